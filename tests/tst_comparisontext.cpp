// The sentences the status bar, the PDF report and the slides share (models/ComparisonText),
// with the slide-16 figures worked out by hand: EC2 c7i.large at 0.11235 USD/h × 732 h =
// 82.2402 USD; Fargate 732 × (2 × 0.05056 + 4 × 0.00553) = 90.21168 USD.
#include "ComparisonText.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestComparisonText)
#include "tst_comparisontext.moc"
