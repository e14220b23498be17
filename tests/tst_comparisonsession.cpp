// The comparison session (models/ComparisonSession): the one place that evaluates. Figures are
// slide 16's, worked out by hand from the Tokyo book:
//   EC2 c7i.large: 0.11235 USD/h × 732 h = 82.2402 USD a task
//   Fargate 2 vCPU / 4 GB: (2 × 0.05056 + 4 × 0.00553) × 732 h = 90.21168 USD a task
#include "ComparisonModel.h"
#include "ComparisonSession.h"
#include "Scenario.h"
#include "ScenarioDocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Scenario slide16()
{
    LoadError error;
    std::optional<Scenario> s = ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

double totalOf(const ComparisonSession& session, const QString& optionId)
{
    for (const OptionResult& o : session.comparison().options)
        if (o.id == optionId)
            return o.monthlyUsd();
    return -1;
}

} // namespace

class TestComparisonSession : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesOnceAChange()
    {
        ComparisonSession session(slide16(), Catalog::builtin(), PriceBooks::builtin());
        QCOMPARE(session.evaluations(), 1);
        QVERIFY(qAbs(totalOf(session, u"ec2"_s) - 82.2402) < 1e-6);
        QVERIFY(qAbs(totalOf(session, u"fargate"_s) - 90.21168) < 1e-6);
        // The model the tables and charts read holds the same comparison.
        QCOMPARE(session.model()->rowCount(), 2);

        QSignalSpy results(&session, &ComparisonSession::resultsChanged);
        session.document()->setTasks(3);
        QCOMPARE(results.size(), 1);
        QCOMPARE(session.evaluations(), 2);
        // 3 × 82.2402 = 246.7206; 3 × 90.21168 = 270.63504.
        QVERIFY(qAbs(totalOf(session, u"ec2"_s) - 246.7206) < 1e-6);
        QVERIFY(qAbs(totalOf(session, u"fargate"_s) - 270.63504) < 1e-6);
        // Undo is an edit like any other.
        session.document()->undoStack()->undo();
        QCOMPARE(session.evaluations(), 3);
        QVERIFY(qAbs(totalOf(session, u"ec2"_s) - 82.2402) < 1e-6);
    }

    void scalingAndRankingFollowTheScenario()
    {
        ComparisonSession session(slide16(), Catalog::builtin(), PriceBooks::builtin());
        // The default range for 1 task is 10 (Scaling::defaultRange: at least 10).
        QCOMPARE(session.scaling().maxTasks, 10);
        // EC2 is cheaper at every count (82.2402 n < 90.21168 n): no crossing.
        QVERIFY(session.scaling().breakEvens.isEmpty());
        // The last point of the EC2 line: 10 × 82.2402 = 822.402 USD.
        const ScalingSeries& ec2 = session.scaling().series.constFirst();
        QVERIFY(qAbs(ec2.usd.constLast() - 822.402) < 1e-6);

        session.document()->setScalingUpTo(25);
        QCOMPARE(session.scaling().maxTasks, 25);
        QCOMPARE(session.scaling().series.constFirst().points.constLast().x(), 25.0);

        // One criterion weighted 5, every other 1: the weights the ranking shows.
        const QString first = Catalog::builtin().criteria().constFirst().id;
        session.document()->setWeight(first, 5);
        const RadarData& ranking = session.ranking();
        QCOMPARE(ranking.weights.constFirst(), 5.0);
        for (qsizetype i = 1; i < ranking.weights.size(); ++i)
            QCOMPARE(ranking.weights.at(i), 1.0);
        // Two options of two services: ranks 1 and 2.
        QCOMPARE(ranking.services.size(), 2);
        QCOMPARE(ranking.services.at(0).rank + ranking.services.at(1).rank, 3);
    }

    void languageFirstThenResults()
    {
        ComparisonSession session(slide16(), Catalog::builtin(), PriceBooks::builtin());
        QStringList order;
        connect(&session, &ComparisonSession::languageChanged, this, [&] { order << u"language"_s; });
        connect(&session, &ComparisonSession::resultsChanged, this, [&] {
            order << u"results"_s;
            // By the time the results say so, they are in the new language.
            QCOMPARE(session.language(), Language::Japanese);
        });
        session.setLanguage(Language::Japanese);
        QCOMPARE(order, (QStringList{u"language"_s, u"results"_s}));
        QCOMPARE(session.evaluations(), 2);
    }

    void newPricesReprice()
    {
        ComparisonSession session(slide16(), Catalog::builtin(), PriceBooks::builtin());
        // A Tokyo book in which Fargate's vCPU-hour costs 0.07: (2 × 0.07 + 4 × 0.00553) × 732
        // = (0.14 + 0.02212) × 732 = 118.67184 USD.
        PriceBooks books = PriceBooks::builtin();
        QList<PriceBook> list;
        for (const QString& region : books.regions()) {
            PriceBook book = *books.region(region);
            if (region == u"ap-northeast-1") {
                for (Price& p : book.prices)
                    if (p.key == u"fargate.linux-x86.vcpu-hour")
                        p.usd = 0.07;
            }
            list << book;
        }
        QStringList order;
        connect(&session, &ComparisonSession::pricesChanged, this, [&] { order << u"prices"_s; });
        connect(&session, &ComparisonSession::resultsChanged, this, [&] { order << u"results"_s; });
        session.setPrices(PriceBooks::fromList(list));
        QCOMPARE(order, (QStringList{u"prices"_s, u"results"_s}));
        QVERIFY(qAbs(totalOf(session, u"fargate"_s) - 118.67184) < 1e-6);
        QVERIFY(qAbs(totalOf(session, u"ec2"_s) - 82.2402) < 1e-6);
    }

    void sideBySideListsWhatApplies()
    {
        Scenario s = slide16();
        // Fargate only: the services for EC2 hosts (Inspector for EC2, GuardDuty Malware
        // Protection for EC2; security.json appliesTo ["ec2"]) do not apply.
        s.options.removeFirst();
        ComparisonSession session(s, Catalog::builtin(), PriceBooks::builtin());
        const QStringList ids = session.applicableSecurity();
        QVERIFY(!ids.contains(u"inspector-ec2"_s));
        QVERIFY(!ids.contains(u"guardduty-malware"_s));
        QVERIFY(ids.contains(u"guardduty-runtime"_s)); // ec2 and fargate
        QVERIFY(ids.contains(u"waf"_s));               // applies to everything
        const SideBySide side = session.sideBySide();
        QCOMPARE(side.securityIds, ids);
        QCOMPARE(side.security.size(), ids.size());
        // Every storage type, at 100 GB when the scenario stores nothing; gp3 in Tokyo at
        // 0.096 USD per GB-month for 732 of 730 hours: 100 × 0.096 × 732 / 730 = 9.6263014 USD.
        QCOMPARE(side.storageSizeGiB, 100.0);
        QCOMPARE(side.storage.size(), Catalog::builtin().entries(CatalogKind::Storage).size());
        QVERIFY(qAbs(side.storage.constFirst().monthlyUsd - 9.6263014) < 1e-6);
        // At another size the same rule: 250 × 0.096 × 732 / 730 = 24.065753 USD.
        QVERIFY(qAbs(session.sideBySide(250).storage.constFirst().monthlyUsd - 24.0657534) < 1e-6);

        // With both options back, they all apply.
        ComparisonSession both(slide16(), Catalog::builtin(), PriceBooks::builtin());
        QCOMPARE(both.applicableSecurity().size(), Catalog::builtin().entries(CatalogKind::Security).size());
    }
};

QTEST_GUILESS_MAIN(TestComparisonSession)
#include "tst_comparisonsession.moc"
