// The sentences the status bar, the PDF report and the slides share (models/ComparisonText),
// with the slide-16 figures worked out by hand: EC2 c7i.large at 0.11235 USD/h × 732 h =
// 82.2402 USD; Fargate 732 × (2 × 0.05056 + 4 × 0.00553) = 90.21168 USD.
#include "ComparisonText.h"
#include "PriceBook.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

OptionResult priced(const QString& label, double usd)
{
    OptionResult o;
    o.label = label;
    LineItem compute;
    compute.monthlyUsd = usd;
    o.lineItems << compute;
    return o;
}

// A scenario whose workload is vcpu / memory / tasks on arch and os, with one enabled option
// for each purchase given.
Scenario workloadScenario(double vcpu, double memoryGiB, int tasks, const QString& arch, const QString& os,
                          const QStringList& purchases)
{
    Scenario s;
    s.workload.vcpu = vcpu;
    s.workload.memoryGiB = memoryGiB;
    s.workload.tasks = tasks;
    s.workload.arch = arch;
    s.workload.os = os;
    for (const QString& purchase : purchases) {
        Option o;
        o.id = purchase + QString::number(s.options.size());
        o.service = u"ecs"_s;
        o.runtime = u"ec2"_s;
        o.purchase = purchase;
        s.options << o;
    }
    return s;
}

} // namespace

class TestComparisonText : public QObject
{
    Q_OBJECT

private slots:
    void amountInYenWithUsdBeside()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        // 82.2402 × 155 = 12,747.231 → ¥12,747 (floor); 82.2402 → $82.24.
        QCOMPARE(ComparisonText::amount(82.2402, CurrencySettings{u"JPY"_s, 155, u"floor"_s}, english),
                 u"¥12,747 ($82.24)"_s);
        // In USD nothing is repeated.
        QCOMPARE(ComparisonText::amount(82.2402, CurrencySettings{u"USD"_s, 1, u"nearest"_s}, english), u"$82.24"_s);
    }

    void cheapestNamesTheCheapestThatCounts()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        Comparison c;
        c.options << priced(u"Fargate"_s, 90.21168) << priced(u"EC2 (c7i.large)"_s, 82.2402);
        const CurrencySettings yen{u"JPY"_s, 155, u"floor"_s};
        // 90.21168 × 155 = 13,982.8 → ¥13,982: EC2 is cheaper.
        QCOMPARE(ComparisonText::cheapest(c, yen, english), u"EC2 (c7i.large) — ¥12,747 ($82.24) a month"_s);
        // An option that cannot run the workload is never the cheapest.
        c.options[1].fit = Fit::CannotRun;
        QCOMPARE(ComparisonText::cheapest(c, yen, english), u"Fargate — ¥13,982 ($90.21) a month"_s);
        // Nothing that counts: no sentence.
        c.options[0].available = false;
        QCOMPARE(ComparisonText::cheapest(c, yen, english), QString());
    }

    // The workload as the cover and every slide's footer state it: vCPU, memory, tasks,
    // architecture, OS and the purchase, joined by " · ".
    void workload()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const Catalog& catalog = Catalog::builtin();
        // One task is "1 task"; the catalog's name of on-demand is "On-demand".
        QCOMPARE(ComparisonText::workload(workloadScenario(2, 4, 1, u"x86_64"_s, u"linux"_s, {u"on-demand"_s}), catalog,
                                          Language::English, english),
                 u"2 vCPU · 4 GiB · 1 task · x86_64 · Linux · On-demand"_s);
        // Fractions as they are ("0.5", "1.5"), tasks counted, Windows by name, and two purchases
        // among the options: "mixed purchase options".
        QCOMPARE(ComparisonText::workload(workloadScenario(0.5, 1.5, 3, u"arm64"_s, u"windows"_s,
                                                           {u"spot"_s, u"on-demand"_s}),
                                          catalog, Language::English, english),
                 u"0.5 vCPU · 1.5 GiB · 3 tasks · arm64 · Windows · mixed purchase options"_s);
    }

    // The purchase the enabled options share, by its catalog name; a disabled option does not
    // count, and with no option at all the comparison is on-demand.
    // What a price charges for, by name: the parts after the entry's id, the kind in brackets.
    void priceItems()
    {
        QCOMPARE(ComparisonText::priceItem(u"fargate.linux-x86.vcpu-hour"_s), u"vCPU (Linux x86)"_s);
        QCOMPARE(ComparisonText::priceItem(u"fargate.linux-arm.gb-hour"_s), u"memory (Linux Arm)"_s);
        QCOMPARE(ComparisonText::priceItem(u"fargate.ephemeral.gb-hour"_s), u"ephemeral storage"_s);
        QCOMPARE(ComparisonText::priceItem(u"fargate.windows.os-fee-vcpu-hour"_s), u"OS licence fee (Windows)"_s);
        QCOMPARE(ComparisonText::priceItem(u"storage.ebs-gp3.gb-month"_s), u"stored data"_s);
        QCOMPARE(ComparisonText::priceItem(u"eks.cluster-hour.extended"_s), u"cluster (extended support)"_s);
        QCOMPARE(ComparisonText::priceItem(u"lambda.arm64.gb-second"_s), u"run time (arm64)"_s);
        QCOMPARE(ComparisonText::priceItem(u"lambda.request"_s), u"requests"_s);
        // A part it does not know stays as it is.
        QCOMPARE(ComparisonText::priceItem(u"waf.bot-control"_s), u"bot-control"_s);

        // Every price the shipped books hold gets a name, not its key or a piece of it.
        QStringList unnamed;
        for (const QString& region : PriceBooks::builtin().regions())
            for (const Price& p : PriceBooks::builtin().region(region)->prices) {
                const QString name = ComparisonText::priceItem(p.key);
                // Ids are words joined by "-" ("vcpu-hour", "gb-month"): none may show.
                const QStringList segments = p.key.split(u'.');
                const bool idShows = std::any_of(segments.cbegin(), segments.cend(), [&](const QString& segment) {
                    return segment.contains(u'-') && name.contains(segment);
                });
                if (name.isEmpty() || name.contains(u'.') || idShows || segments.contains(name))
                    unnamed << p.key + u" → "_s + name;
            }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    }

    void purchase()
    {
        const Catalog& catalog = Catalog::builtin();
        Scenario s = workloadScenario(2, 4, 1, u"x86_64"_s, u"linux"_s, {u"spot"_s, u"spot"_s});
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::English), u"Spot"_s);
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::Japanese), u"スポット"_s);
        s.options << workloadScenario(2, 4, 1, u"x86_64"_s, u"linux"_s, {u"savings-plan"_s}).options;
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::English), u"mixed purchase options"_s);
        s.options.last().enabled = false;
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::English), u"Spot"_s);
        // Lightsail has no purchase option to choose (runtimes.json lists spot for ec2 and
        // fargate only): it leaves the comparison on Spot, as the window's form shows it.
        Option lightsail;
        lightsail.id = u"lightsail"_s;
        lightsail.service = u"lightsail"_s;
        lightsail.purchase = u"on-demand"_s;
        s.options << lightsail;
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::English), u"Spot"_s);
        s.options.clear();
        QCOMPARE(ComparisonText::purchase(s, catalog, Language::English), u"On-demand"_s);
        QCOMPARE(ComparisonText::purchaseName(u"reserved"_s, catalog, Language::Japanese), u"リザーブドインスタンス"_s);
        // An id the catalog does not know is shown as it is.
        QCOMPARE(ComparisonText::purchaseName(u"dedicated"_s, catalog, Language::English), u"dedicated"_s);
    }

    // The month: hours when set ("730 h a month", the Pricing Calculator's), else days × hours
    // a day with the product: 30.5 × 24 = 732; 22 × 8 = 176. The short form leaves the product out.
    void period()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        Period hours;
        hours.hours = 730;
        QCOMPARE(ComparisonText::period(hours, english), u"730 h a month"_s);
        QCOMPARE(ComparisonText::periodShort(hours, english), u"730 h a month"_s);
        const Period deck; // 30.5 days of 24 hours
        QCOMPARE(ComparisonText::period(deck, english), u"30.5 days × 24 h = 732 h"_s);
        QCOMPARE(ComparisonText::periodShort(deck, english), u"30.5 days × 24 h"_s);
        Period office;
        office.days = 22;
        office.hoursPerDay = 8;
        QCOMPARE(ComparisonText::period(office, english), u"22 days × 8 h = 176 h"_s);
    }

    // The currency: USD to the cent, or the code, its rate and its rounding.
    void currency()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ComparisonText::currency(CurrencySettings{u"USD"_s, 1, u"nearest"_s}, english), u"USD, to the cent"_s);
        QCOMPARE(ComparisonText::currency(CurrencySettings{u"JPY"_s, 155, u"floor"_s}, english),
                 u"JPY at 1 USD = 155 JPY, rounded down"_s);
        QCOMPARE(ComparisonText::currency(CurrencySettings{u"JPY"_s, 149.5, u"nearest"_s}, english),
                 u"JPY at 1 USD = 149.5 JPY, rounded to the nearest unit"_s);
    }
};

QTEST_GUILESS_MAIN(TestComparisonText)
#include "tst_comparisontext.moc"
