// The chart builder, from a comparison made by hand: which series, which values, titles and
// axis titles; the break-even search; the scaling data and the capability ranking from the
// built-in catalogs.

#include "ChartBuilder.h"
#include "ComparisonModel.h"
#include "CostModel.h"
#include "Money.h"
#include "RegionComparison.h"
#include "Scenario.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <memory>

namespace {

LineItem item(LineKind kind, double usd, bool estimate = false, bool known = true)
{
    return LineItem{kind, QStringLiteral("line"), usd, known, estimate};
}

// Two options and one that cannot run, in yen at the deck's 155 and truncated.
Comparison handMade()
{
    Comparison c;
    c.title = QStringLiteral("By hand");
    c.region = QStringLiteral("ap-northeast-1");
    c.hours = 732;
    OptionResult ec2;
    ec2.id = QStringLiteral("ec2");
    ec2.label = QStringLiteral("ECS on EC2");
    ec2.lineItems = {item(LineKind::Compute, 82.2402)}; // c7i.large 0.11235 USD/h × 732 h
    OptionResult eks;
    eks.id = QStringLiteral("eks");
    eks.label = QStringLiteral("EKS on Fargate");
    // 2 vCPU / 4 GiB + 256 MiB → 2 vCPU / 5 GiB: (2 × 0.05056 + 5 × 0.00553) × 732 = 94.2136,
    // of which 1 GiB is over-provisioning: 0.00553 × 732 = 4.04796; cluster 0.10 × 732 = 73.2.
    eks.lineItems = {item(LineKind::Compute, 94.2136 - 4.04796), item(LineKind::OverProvisioning, 4.04796),
                     item(LineKind::ControlPlane, 73.2, true)};
    OptionResult none;
    none.id = QStringLiteral("none");
    none.label = QStringLiteral("Cannot run");
    none.available = false;
    c.options = {ec2, eks, none};
    return c;
}

CurrencySettings yen()
{
    return CurrencySettings{QStringLiteral("JPY"), 155, QStringLiteral("floor")};
}

template<typename Series>
QList<Series*> seriesOf(QChart* chart)
{
    QList<Series*> result;
    for (QAbstractSeries* s : chart->series())
        if (auto* typed = qobject_cast<Series*>(s))
            result << typed;
    return result;
}

QAbstractAxis* axis(QChart* chart, Qt::Alignment alignment)
{
    const QList<QAbstractAxis*> axes = chart->axes(alignment == Qt::AlignLeft || alignment == Qt::AlignRight
                                                       ? Qt::Vertical
                                                       : Qt::Horizontal);
    for (QAbstractAxis* a : axes)
        if (a->alignment() == alignment)
            return a;
    return nullptr;
}

} // namespace

class TestChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void totalsShowTheDisplayAmounts();
    void totalsFollowTheCurrency();
    void breakdownStacksTheKinds();
    void breakEvenWhereTheCheapestChanges();
    void scalingChartMarksBreakEvens();
    void scalingDataComesFromTheCostModel();
    void scalingChartTruncatesLikeTheDeck();
    void radarRanksByTheWeights();
    void sameLabelsStayApart();
    void stylesDiffer();
    void regionsBarsOneOption();
};

void TestChartBuilder::sameLabelsStayApart()
{
    Comparison c = handMade();
    c.options[1].label = c.options[0].label; // the same service added twice
    ComparisonModel model;
    model.setComparison(c, yen());
    const std::unique_ptr<QChart> chart(ChartBuilder::totals(model, ChartStyle::forTheme(false)));
    auto* categories = qobject_cast<QBarCategoryAxis*>(axis(chart.get(), Qt::AlignLeft));
    QCOMPARE(categories->count(), 2);
    QCOMPARE(seriesOf<QAbstractBarSeries>(chart.get()).first()->barSets().first()->count(), 2);
}

void TestChartBuilder::totalsShowTheDisplayAmounts()
{
    ComparisonModel model;
    model.setComparison(handMade(), yen());
    const std::unique_ptr<QChart> chart(ChartBuilder::totals(model, ChartStyle::forTheme(false)));
    QCOMPARE(chart->title(), ChartBuilder::totalsTitle());
    const auto bars = seriesOf<QAbstractBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->count(), 1);
    const QBarSet* set = bars.first()->barSets().first();
    // The unavailable option has no bar; the list reads top-down, so the last option comes first.
    QCOMPARE(set->count(), 2);
    // 82.2402 × 155 = 12,747.231 → 12,747; 167.4136 × 155 = 25,949.108 → 25,949.
    QCOMPARE(set->at(1), 12747.0);
    QCOMPARE(set->at(0), 25949.0);
    QVERIFY(set->isBarSelected(1)); // the cheapest is highlighted
    QVERIFY(!set->isBarSelected(0));
    QVERIFY(bars.first()->isLabelsVisible());

    auto* categories = qobject_cast<QBarCategoryAxis*>(axis(chart.get(), Qt::AlignLeft));
    QVERIFY(categories);
    QCOMPARE(categories->count(), 2);
    QVERIFY(categories->at(1).startsWith(QStringLiteral("ECS on EC2")));
    QVERIFY(categories->at(1).contains(QStringLiteral("★")));
    QCOMPARE(categories->at(0), QStringLiteral("EKS on Fargate"));
    auto* values = qobject_cast<QValueAxis*>(axis(chart.get(), Qt::AlignBottom));
    QVERIFY(values);
    QCOMPARE(values->titleText(), QStringLiteral("Monthly cost (JPY, 1 USD = 155 JPY)"));
    QCOMPARE(values->min(), 0.0);
    QVERIFY(values->max() > 25949.0); // room for the value labels
    QVERIFY(chart->legend()->isVisible());
}

void TestChartBuilder::totalsFollowTheCurrency()
{
    ComparisonModel model;
    model.setComparison(handMade(), CurrencySettings{});
    const std::unique_ptr<QChart> chart(ChartBuilder::totals(model, ChartStyle::forTheme(false)));
    const QBarSet* set = seriesOf<QAbstractBarSeries>(chart.get()).first()->barSets().first();
    QCOMPARE(set->at(1), 82.24); // nearest cent
    QCOMPARE(set->at(0), 167.41);
    QCOMPARE(qobject_cast<QValueAxis*>(axis(chart.get(), Qt::AlignBottom))->titleText(),
             QStringLiteral("Monthly cost (USD)"));
}

void TestChartBuilder::breakdownStacksTheKinds()
{
    ComparisonModel model;
    model.setComparison(handMade(), yen());
    const std::unique_ptr<QChart> chart(ChartBuilder::breakdown(model, ChartStyle::forTheme(false)));
    QCOMPARE(chart->title(), ChartBuilder::breakdownTitle());
    const auto bars = seriesOf<QAbstractBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first()->type(), QAbstractSeries::SeriesTypeHorizontalStackedBar);
    QStringList names;
    for (const QBarSet* set : bars.first()->barSets())
        names << set->label();
    // Only the kinds some option has, in the order the breakdown stacks them.
    QCOMPARE(names, (QStringList{lineKindName(LineKind::Compute), lineKindName(LineKind::ControlPlane),
                                 lineKindName(LineKind::OverProvisioning)}));
    const QBarSet* compute = bars.first()->barSets().at(0);
    const QBarSet* control = bars.first()->barSets().at(1);
    QCOMPARE(compute->at(1), 12747.0);              // ECS on EC2, the second category from the bottom
    QCOMPARE(control->at(1), 0.0);
    QCOMPARE(control->at(0), 11346.0);              // 73.2 × 155 = 11,346
    QCOMPARE(compute->at(0), std::floor((94.2136 - 4.04796) * 155 + 1e-7)); // 13,975.6… → 13,975
    QCOMPARE(qobject_cast<QValueAxis*>(axis(chart.get(), Qt::AlignBottom))->titleText(),
             QStringLiteral("Monthly cost (JPY, 1 USD = 155 JPY)"));
}

void TestChartBuilder::breakEvenWhereTheCheapestChanges()
{
    // A: 100 + 10 n; B: 50 n. B is cheaper at 1 and 2 tasks (50 < 110, 100 < 120), A from 3
    // (130 < 150). Between 2 and 3 the lines meet where 120 + 10 t = 100 + 50 t: t = 0.5, at 125.
    ScalingSeries a{QStringLiteral("a"), QStringLiteral("A"), {}, {}};
    ScalingSeries b{QStringLiteral("b"), QStringLiteral("B"), {}, {}};
    for (int n = 1; n <= 5; ++n) {
        a.points << QPointF(n, 100 + 10 * n);
        b.points << QPointF(n, 50 * n);
    }
    const QList<BreakEven> found = Scaling::findBreakEvens({a, b});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().before, QStringLiteral("B"));
    QCOMPARE(found.first().after, QStringLiteral("A"));
    QCOMPARE(found.first().tasks, 3);
    QCOMPARE(found.first().at, QPointF(2.5, 125));

    // Equal lines never change hands.
    QVERIFY(Scaling::findBreakEvens({a, a}).isEmpty());
}

void TestChartBuilder::scalingChartMarksBreakEvens()
{
    ScalingData data;
    data.currency = CurrencySettings{};
    data.maxTasks = 5;
    ScalingSeries a{QStringLiteral("a"), QStringLiteral("A"), {}, {}};
    ScalingSeries b{QStringLiteral("b"), QStringLiteral("B"), {}, {}};
    for (int n = 1; n <= 5; ++n) {
        a.points << QPointF(n, 100 + 10 * n);
        a.usd << 100 + 10 * n;
        b.points << QPointF(n, 50 * n);
        b.usd << 50 * n;
    }
    data.series = {a, b};
    data.breakEvens = Scaling::findBreakEvens(data.series);
    const std::unique_ptr<QChart> chart(ChartBuilder::scaling(data, ChartStyle::forTheme(false)));
    QCOMPARE(chart->title(), ChartBuilder::scalingTitle());
    const auto lines = seriesOf<QLineSeries>(chart.get());
    // QScatterSeries derives from QXYSeries, not QLineSeries: these are the two options.
    QList<QLineSeries*> optionLines;
    for (QLineSeries* l : lines)
        if (l->type() == QAbstractSeries::SeriesTypeLine)
            optionLines << l;
    QCOMPARE(optionLines.size(), 2);
    QCOMPARE(optionLines.at(0)->name(), QStringLiteral("A"));
    QCOMPARE(optionLines.at(0)->at(4), QPointF(5, 150));
    QCOMPARE(optionLines.at(1)->at(0), QPointF(1, 50));

    bool marked = false;
    QStringList endLabels;
    for (QScatterSeries* s : seriesOf<QScatterSeries>(chart.get())) {
        if (s->count() == 1 && s->at(0) == QPointF(2.5, 125)) {
            marked = true;
            QCOMPARE(s->pointLabelsFormat(), QStringLiteral("3 tasks"));
            QVERIFY(s->pointLabelsVisible());
        }
    }
    for (const QGraphicsSimpleTextItem* label : ChartBuilder::valueLabels(chart.get()))
        endLabels << label->text();
    QVERIFY(marked);
    QVERIFY(endLabels.contains(QStringLiteral("$250.00"))); // B at 5 tasks, the top line's end
    QCOMPARE(qobject_cast<QValueAxis*>(axis(chart.get(), Qt::AlignBottom))->titleText(),
             QStringLiteral("Tasks running all month"));
    QCOMPARE(qobject_cast<QValueAxis*>(axis(chart.get(), Qt::AlignLeft))->titleText(),
             QStringLiteral("Monthly cost (USD)"));
}

void TestChartBuilder::scalingDataComesFromTheCostModel()
{
    Scenario s;
    s.region = QStringLiteral("ap-northeast-1");
    s.period.hours = 730;
    Option fargate;
    fargate.id = QStringLiteral("fargate");
    fargate.service = QStringLiteral("ecs");
    fargate.runtime = QStringLiteral("fargate");
    s.options = {fargate};
    const ScalingData data = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 10);
    QCOMPARE(data.series.size(), 1);
    QCOMPARE(data.series.first().points.size(), 10);
    // 2 vCPU / 4 GiB on Fargate in Tokyo: (2 × 0.05056 + 4 × 0.00553) × 730 = 0.12324 × 730 = 89.9652 USD a task.
    QCOMPARE(data.series.first().points.at(0).x(), 1.0);
    QVERIFY(qFuzzyCompare(data.series.first().usd.at(0), 89.9652));
    QVERIFY(qFuzzyCompare(data.series.first().usd.at(9), 899.652));
    QCOMPARE(data.series.first().points.at(9).y(), 899.65);
    QVERIFY(data.breakEvens.isEmpty());

    // Sampled, not every count, when the range is large.
    const ScalingData wide = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 1000, Language::English, 20);
    QCOMPARE(wide.series.first().points.size(), 20);
    QCOMPARE(wide.series.first().points.first().x(), 1.0);
    QCOMPARE(wide.series.first().points.last().x(), 1000.0);
}

// The scaling chart shows each count's total as the scenario's currency shows it: slide 16 in
// yen, truncated. Fargate at 1 task: 732 h × (2 × 0.05056 + 4 × 0.00553) = 90.21168 USD × 155
// = 13,982.8104 → 13,982 (13,983 if it were rounded); at 10 tasks 902.1168 × 155 = 139,828.104
// → 139,828. c7i.large: 82.2402 × 155 = 12,747.231 → 12,747; 10 instances 127,472.31 → 127,472.
void TestChartBuilder::scalingChartTruncatesLikeTheDeck()
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
    QVERIFY2(s, qPrintable(error.toString()));
    const ScalingData data = Scaling::evaluate(*s, Catalog::builtin(), PriceBooks::builtin(),
                                                       Scaling::defaultRange(s->workload.tasks));
    QCOMPARE(data.maxTasks, 10);
    QCOMPARE(data.series.size(), 2);
    const ScalingSeries& ec2 = data.series.at(0);
    const ScalingSeries& fargate = data.series.at(1);
    QCOMPARE(ec2.label, QStringLiteral("EC2 (c7i.large)"));
    QCOMPARE(fargate.label, QStringLiteral("Fargate"));
    QCOMPARE(ec2.points.size(), 10);
    QCOMPARE(fargate.points.size(), 10);
    QCOMPARE(ec2.points.at(0), QPointF(1, 12747));
    QCOMPARE(fargate.points.at(0), QPointF(1, 13982));
    // 3 tasks: 246.7206 × 155 = 38,241.693 → 38,241; 270.63504 × 155 = 41,948.4312 → 41,948.
    QCOMPARE(ec2.points.at(2), QPointF(3, 38241));
    QCOMPARE(fargate.points.at(2), QPointF(3, 41948));
    QCOMPARE(ec2.points.at(9), QPointF(10, 127472));
    QCOMPARE(fargate.points.at(9), QPointF(10, 139828));
    // EC2 stays the cheaper from 1 to 10 tasks: no crossing.
    QVERIFY(data.breakEvens.isEmpty());

    // The chart draws those figures, and its end labels print them in yen.
    const std::unique_ptr<QChart> chart(ChartBuilder::scaling(data, ChartStyle::forTheme(false)));
    QList<QLineSeries*> lines;
    for (QLineSeries* l : seriesOf<QLineSeries>(chart.get()))
        if (l->type() == QAbstractSeries::SeriesTypeLine)
            lines << l;
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1)->at(0), QPointF(1, 13982));
    QCOMPARE(lines.at(1)->at(9), QPointF(10, 139828));
    QStringList labels;
    for (const QGraphicsSimpleTextItem* label : ChartBuilder::valueLabels(chart.get()))
        labels << label->text();
    QVERIFY2(labels.contains(QStringLiteral("¥139,828")), qPrintable(labels.join(QStringLiteral(" | "))));
    QVERIFY2(labels.contains(QStringLiteral("¥127,472")), qPrintable(labels.join(QStringLiteral(" | "))));
}

void TestChartBuilder::radarRanksByTheWeights()
{
    const Catalog& catalog = Catalog::builtin();
    QVERIFY(!catalog.criteria().isEmpty());
    Scenario s = Scenario{};
    for (const char* service : {"ecs", "eks", "lightsail"}) {
        Option o;
        o.id = QString::fromLatin1(service);
        o.service = o.id;
        s.options << o;
    }
    Option off;
    off.id = QStringLiteral("lambda");
    off.service = QStringLiteral("lambda");
    off.enabled = false; // not compared, not on the radar
    s.options << off;

    // Only the first criterion counts: the ranking is that criterion's scores.
    const QString first = catalog.criteria().first().id;
    QMap<QString, double> weights;
    for (const Criterion& c : catalog.criteria())
        weights.insert(c.id, c.id == first ? 1 : 0);
    const RadarData data = Ranking::evaluate(s, catalog, weights);
    QCOMPARE(data.services.size(), 3);
    QCOMPARE(data.criteria.size(), catalog.criteria().size());
    for (const RadarService& service : data.services) {
        const int score = catalog.find(CatalogKind::Services, service.id)->ratings.value(first).score;
        QCOMPARE(service.weightedScore, double(score));
        QCOMPARE(service.scores.first(), score);
    }
    for (const RadarService& a : data.services)
        for (const RadarService& b : data.services)
            if (a.weightedScore > b.weightedScore)
                QVERIFY(a.rank < b.rank);

    const std::unique_ptr<QChart> chart(ChartBuilder::capabilities(data, ChartStyle::forTheme(true)));
    QVERIFY(qobject_cast<QPolarChart*>(chart.get()));
    QCOMPARE(chart->title(), ChartBuilder::capabilitiesTitle());
    const auto areas = seriesOf<QAreaSeries>(chart.get());
    QCOMPARE(areas.size(), 3);
    QVERIFY(areas.first()->name().startsWith(QStringLiteral("1. ")));
    // A closed outline: one point a criterion plus the first again at 360°.
    QCOMPARE(areas.first()->upperSeries()->count(), int(catalog.criteria().size()) + 1);
    QCOMPARE(areas.first()->upperSeries()->at(int(catalog.criteria().size())).x(), 360.0);
}

void TestChartBuilder::stylesDiffer()
{
    const ChartStyle light = ChartStyle::forTheme(false);
    const ChartStyle dark = ChartStyle::forTheme(true);
    QVERIFY(light.background.lightnessF() > 0.9);
    QVERIFY(dark.background.lightnessF() < 0.2);
    QVERIFY(dark.foreground.lightnessF() > 0.8);
    QCOMPARE(light.kinds.size(), lineKindCount);
    QCOMPARE(dark.kinds.size(), lineKindCount);
}

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"

// One option across the regions, from a region comparison made by hand: a bar per region where
// it is priced, cheapest on top and marked; where it is unknown or not available, no bar at all.
void TestChartBuilder::regionsBarsOneOption()
{
    RegionComparison r;
    r.optionIds = {QStringLiteral("fg")};
    r.optionLabels = {QStringLiteral("ECS on Fargate")};
    auto row = [](const char* region, const char* name, double usd, bool available, bool known) {
        RegionTotals t;
        t.region = QString::fromLatin1(region);
        t.name = QString::fromLatin1(name);
        t.options = {RegionOptionTotal{QStringLiteral("fg"), usd, available, known, known}};
        return t;
    };
    // 730 × (2 × 0.05056 + 4 × 0.00553) = 89.9652 (Tokyo); 730 × (2 × 0.04048 + 4 × 0.004445)
    // = 72.0802 (N. Virginia); Osaka unknown; a fourth region where it cannot run.
    r.regions = {row("ap-northeast-1", "Asia Pacific (Tokyo)", 89.9652, true, true),
                 row("ap-northeast-3", "Asia Pacific (Osaka)", 0, true, false),
                 row("eu-west-9", "Nowhere", 0, false, false),
                 row("us-east-1", "US East (N. Virginia)", 72.0802, true, true)};
    r.cheapestRegion.insert(QStringLiteral("fg"), QStringLiteral("us-east-1"));
    const std::unique_ptr<QChart> chart(
        ChartBuilder::regions(r, QStringLiteral("fg"), CurrencySettings{}, ChartStyle::forTheme(false)));
    QCOMPARE(chart->title(), QStringLiteral("ECS on Fargate in every region with prices"));
    const auto bars = seriesOf<QAbstractBarSeries>(chart.get());
    QCOMPARE(bars.size(), 1);
    const QBarSet* set = bars.first()->barSets().first();
    QCOMPARE(set->count(), 2); // Osaka and the fourth region have no bar, not a bar of 0
    // Bottom-up: Tokyo (89.9652 → $89.97), then N. Virginia (72.0802 → $72.08) on top, marked.
    QCOMPARE(set->at(0), 89.97);
    QCOMPARE(set->at(1), 72.08);
    QVERIFY(set->isBarSelected(1));
    QVERIFY(!set->isBarSelected(0));
    auto* categories = qobject_cast<QBarCategoryAxis*>(axis(chart.get(), Qt::AlignLeft));
    QVERIFY(categories);
    QCOMPARE(categories->at(0), QStringLiteral("Asia Pacific (Tokyo) · ap-northeast-1"));
    QCOMPARE(categories->at(1), QStringLiteral("US East (N. Virginia) · us-east-1 ★"));
    QCOMPARE(categories->titleText(), QStringLiteral("Region"));
    QCOMPARE(ChartBuilder::regionsNotPriced(r, QStringLiteral("fg")),
             QStringList({QStringLiteral("ap-northeast-3 (a price is unknown)"), QStringLiteral("eu-west-9 (not available)")}));

    // New figures in place: Tokyo now 50.00, the cheaper, so it moves to the top with the mark.
    RegionComparison cheaper = r;
    cheaper.regions[0].options[0].monthlyUsd = 50;
    cheaper.cheapestRegion.insert(QStringLiteral("fg"), QStringLiteral("ap-northeast-1"));
    QVERIFY(ChartBuilder::updateRegions(chart.get(), cheaper, QStringLiteral("fg"), CurrencySettings{}, QLocale::c()));
    QCOMPARE(set->at(0), 72.08);
    QCOMPARE(set->at(1), 50.0);
    QVERIFY(set->isBarSelected(1));
    QVERIFY(!set->isBarSelected(0));
    QCOMPARE(categories->at(0), QStringLiteral("US East (N. Virginia) · us-east-1"));
    QCOMPARE(categories->at(1), QStringLiteral("Asia Pacific (Tokyo) · ap-northeast-1 ★"));
    // Another option, another currency or another number of bars: a new chart is needed.
    QVERIFY(!ChartBuilder::updateRegions(chart.get(), cheaper, QStringLiteral("other"), CurrencySettings{}, QLocale::c()));
    QVERIFY(!ChartBuilder::updateRegions(chart.get(), cheaper, QStringLiteral("fg"), yen(), QLocale::c()));
    RegionComparison fewer = cheaper;
    fewer.regions.removeLast();
    QVERIFY(!ChartBuilder::updateRegions(chart.get(), fewer, QStringLiteral("fg"), CurrencySettings{}, QLocale::c()));
    QCOMPARE(set->count(), 2);
    QCOMPARE(set->at(1), 50.0);
}
