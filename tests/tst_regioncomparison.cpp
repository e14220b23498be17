// The regions view: the slide 16 workload (2 vCPU, 4 GiB, one task, 732 hours) priced in both
// shipped regions. Expected totals are worked out by hand from resources/prices/*.json:
//   ap-northeast-1  c7i.large 0.11235 USD/h × 732 h = 82.2402
//                   Fargate (2 × 0.05056 + 4 × 0.00553) × 732 = 0.12324 × 732 = 90.21168
//   us-east-1       c7i.large 0.08925 × 732 = 65.331
//                   Fargate (2 × 0.04048 + 4 × 0.004445) × 732 = 0.09874 × 732 = 72.27768
//                   Windows Fargate (2 × (0.09148 + 0.046) + 4 × 0.01005) × 732 = 0.31516 × 732 = 230.69712
// Windows Fargate has no published Tokyo vCPU price in the shipped book: unknown there, never 0.
#include "Catalog.h"
#include "PriceBook.h"
#include "RegionComparison.h"
#include "Scenario.h"

#include <QTemporaryDir>
#include <QTest>

class TestRegionComparison : public QObject
{
    Q_OBJECT

    std::optional<Scenario> m_scenario;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("regions.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({ "schema": "container-compare/scenario", "version": 1, "title": "Slide 16 in every region",
  "region": "ap-northeast-1", "period": {"days": 30.5, "hoursPerDay": 24},
  "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4, "arch": "x86_64", "os": "linux"},
  "options": [{"id": "ec2", "service": "ec2-self-managed", "runtime": "ec2", "instanceType": "c7i.large"},
              {"id": "fargate", "service": "ecs", "runtime": "fargate"},
              {"id": "win", "service": "ecs", "runtime": "fargate", "os": "windows", "region": "us-east-1"}],
  "storage": [], "security": [] })");
        f.close();
        LoadError error;
        m_scenario = ScenarioFile::read(f.fileName(), &error);
        QVERIFY2(m_scenario, qPrintable(error.toString()));
    }

    void totalsInBothShippedRegions()
    {
        const RegionComparison r = RegionComparison::evaluate(*m_scenario, Catalog::builtin(), PriceBooks::shipped());
        QCOMPARE(r.optionIds, (QStringList{QStringLiteral("ec2"), QStringLiteral("fargate"), QStringLiteral("win")}));
        QCOMPARE(r.regions.size(), 2);
        QCOMPARE(r.regions.at(0).region, QStringLiteral("ap-northeast-1"));
        QCOMPARE(r.regions.at(1).region, QStringLiteral("us-east-1"));
        QCOMPARE(r.regions.at(0).name, QStringLiteral("Asia Pacific (Tokyo)"));

        const auto usd = [&](const char* region, const char* option) {
            const RegionOptionTotal* t = r.total(QString::fromLatin1(region), QString::fromLatin1(option));
            return t && t->known ? t->monthlyUsd : -1.0;
        };
        QCOMPARE(usd("ap-northeast-1", "ec2"), 82.2402);
        QCOMPARE(usd("ap-northeast-1", "fargate"), 90.21168);
        QCOMPARE(usd("us-east-1", "ec2"), 65.331);
        QCOMPARE(usd("us-east-1", "fargate"), 72.27768);
        QCOMPARE(usd("us-east-1", "win"), 230.69712);

        // Unknown stays unknown, never 0, and is never the cheapest.
        const RegionOptionTotal* tokyoWindows = r.total(QStringLiteral("ap-northeast-1"), QStringLiteral("win"));
        QVERIFY(tokyoWindows);
        QVERIFY(!tokyoWindows->known);
        QVERIFY(!tokyoWindows->rankable);

        QCOMPARE(r.cheapestRegion.value(QStringLiteral("ec2")), QStringLiteral("us-east-1"));
        QCOMPARE(r.cheapestRegion.value(QStringLiteral("fargate")), QStringLiteral("us-east-1"));
        QCOMPARE(r.cheapestRegion.value(QStringLiteral("win")), QStringLiteral("us-east-1"));
        QCOMPARE(r.cheapestOverallRegion, QStringLiteral("us-east-1"));
        QCOMPARE(r.cheapestOverallOption, QStringLiteral("ec2"));
    }

    void chosenRegionsOnly()
    {
        const RegionComparison r = RegionComparison::evaluate(*m_scenario, Catalog::builtin(), PriceBooks::shipped(),
                                                              {QStringLiteral("ap-northeast-1")});
        QCOMPARE(r.regions.size(), 1);
        QCOMPARE(r.cheapestOverallRegion, QStringLiteral("ap-northeast-1"));
        QCOMPARE(r.cheapestOverallOption, QStringLiteral("ec2"));
        QVERIFY(!r.cheapestRegion.contains(QStringLiteral("win")));
    }

    void japaneseNames()
    {
        const RegionComparison r = RegionComparison::evaluate(*m_scenario, Catalog::builtin(), PriceBooks::shipped(), {},
                                                              Language::Japanese);
        QVERIFY2(!r.regions.at(0).name.isEmpty() && r.regions.at(0).name != QStringLiteral("Asia Pacific (Tokyo)"),
                 qPrintable(r.regions.at(0).name));
    }

    // Cheapest region first, by the lowest total of the row that may be called cheapest; a row
    // with none (every option unknown or not available there) after them, in the order asked.
    void sortedRowsCheapestFirst()
    {
        RegionComparison r;
        r.optionIds = {QStringLiteral("a"), QStringLiteral("b")};
        auto row = [](const char* region, double a, bool aRankable, double b, bool bRankable) {
            RegionTotals t;
            t.region = QString::fromLatin1(region);
            t.options = {RegionOptionTotal{QStringLiteral("a"), a, true, aRankable, aRankable},
                         RegionOptionTotal{QStringLiteral("b"), b, true, bRankable, bRankable}};
            return t;
        };
        // Lowest rankable totals: r1 50 (a), r2 none, r3 40 (b; its a of 10 is unknown), r4 none.
        r.regions = {row("r1", 50, true, 70, true), row("r2", 0, false, 0, false), row("r3", 10, false, 40, true),
                     row("r4", 0, false, 0, false)};
        QStringList order;
        for (const RegionTotals* t : r.sortedRows())
            order << t->region;
        QCOMPARE(order, QStringList({QStringLiteral("r3"), QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r4")}));
    }
};

QTEST_GUILESS_MAIN(TestRegionComparison)
#include "tst_regioncomparison.moc"
