#include "ChartBuilder.h"

#include "ComparisonModel.h"
#include "CostModel.h"
#include "Money.h"
#include "RegionComparison.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Grouped digits even under the C locale the tests run in.
QLocale labelLocale(const QLocale& locale)
{
    QLocale result = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    result.setNumberOptions(result.numberOptions() & ~QLocale::OmitGroupSeparator);
    return result;
}

QString money(double displayAmount, const CurrencySettings& currency, const QLocale& locale)
{
    return Money::symbol(currency.code) + Money::formatNumber(displayAmount, currency.code, labelLocale(locale));
}

// "¥12,747 ($82.24)" — the display currency first, USD beside it when they differ.
QString moneyWithUsd(double displayAmount, double usd, const CurrencySettings& currency, const QLocale& locale)
{
    QString text = money(displayAmount, currency, locale);
    if (currency.code != u"USD")
        text += QStringLiteral(" (") + Money::formatUsd(usd, labelLocale(locale)) + QLatin1Char(')');
    return text;
}

// A round axis maximum a little above the data, so value labels past the bar end fit.
double niceMax(double value, double headroom)
{
    if (!(value > 0))
        return 1;
    const double target = value * headroom;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= target)
            return step * magnitude;
    return 10 * magnitude;
}

void styleChart(QChart* chart, const QString& title, const ChartStyle& style);

// In place of an empty plot (no axes that count 0 0 0 1 1 1, no stray axis title): the chart's
// title and, under it, why there is nothing to draw.
QChart* nothingToDraw(QChart* chart, const QString& title, const ChartStyle& style)
{
    styleChart(chart, title + QStringLiteral("<br><br><span style='font-weight:normal'>%1</span>")
                                  .arg(ChartBuilder::tr("No option can be priced for this workload: "
                                                        "the notes say why.")),
               style);
    chart->legend()->setVisible(false);
    return chart;
}

void styleChart(QChart* chart, const QString& title, const ChartStyle& style)
{
    chart->setTitle(title);
    chart->setTitleFont(style.font(style.titlePointSize, true));
    chart->setTitleBrush(style.foreground);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(style.animations ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(labelLocale(style.locale));
    QLegend* legend = chart->legend();
    legend->setVisible(style.showLegend);
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(style.font(style.legendPointSize));
    legend->setLabelColor(style.foreground);
    legend->setBackgroundVisible(false);
}

void styleAxis(QAbstractAxis* axis, const QString& title, const ChartStyle& style)
{
    axis->setTitleText(title);
    axis->setTitleFont(style.font(style.axisTitlePointSize, true));
    axis->setTitleBrush(style.mutedForeground);
    axis->setLabelsFont(style.font(style.labelPointSize));
    axis->setLabelsColor(style.foreground);
    axis->setLinePenColor(style.grid);
    axis->setGridLineColor(style.grid);
    axis->setMinorGridLineColor(style.grid.lighter(style.dark ? 80 : 110));
}

void showTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

QColor cycled(const QList<QColor>& colors, qsizetype i)
{
    return colors.isEmpty() ? QColor(Qt::gray) : colors.at(i % colors.size());
}

// What a row of the comparison model says, read through its roles so charts show exactly
// what the table shows.
struct Row
{
    QString label;          // the option's label
    QString display_label;  // as the table shows it (the cheapest carries its mark)
    double display = 0;
    double usd = 0;
    bool cheapest = false;
    bool fits = true;
    bool complete = true;
    bool estimate = false;
    int modelRow = 0;
};

QList<Row> availableRows(const ComparisonModel& model)
{
    QList<Row> rows;
    const Comparison& comparison = model.comparison();
    for (int r = 0; r < model.rowCount(); ++r) {
        if (r < comparison.options.size() && !comparison.options.at(r).available)
            continue;
        Row row;
        row.modelRow = r;
        const QModelIndex label = model.index(r, ComparisonModel::OptionColumn);
        row.label = label.data(ComparisonModel::RawValueRole).toString();
        row.display_label = label.data(Qt::DisplayRole).toString();
        if (row.label.isEmpty())
            row.label = row.display_label;
        const QModelIndex total = model.index(r, ComparisonModel::TotalColumn);
        row.display = total.data(ComparisonModel::DisplayAmountRole).toDouble();
        row.usd = model.index(r, ComparisonModel::TotalUsdColumn).data(ComparisonModel::RawValueRole).toDouble();
        row.cheapest = total.data(ComparisonModel::CheapestRole).toBool();
        row.fits = label.data(ComparisonModel::FitRole).toInt() != int(Fit::CannotRun);
        row.complete = total.data(ComparisonModel::KnownRole).toBool();
        row.estimate = total.data(ComparisonModel::EstimateRole).toBool();
        rows.append(row);
    }
    return rows;
}

// A category axis drops a label it already has: two options with the same label (the same
// service added twice) stay apart with invisible zero-width spaces.
QStringList uniqueCategories(const QStringList& labels)
{
    QStringList result;
    for (QString label : labels) {
        while (result.contains(label))
            label += QChar(0x200B);
        result << label;
    }
    return result;
}

// Marks a category whose total leaves out an unknown price, so a short bar is not read as cheap.
QString categoryLabel(const Row& row)
{
    QString label = row.display_label;
    if (!row.complete && row.fits)
        label += QStringLiteral(" ⚠");
    return label;
}

QString rowTip(const Row& row, const CurrencySettings& currency, const QLocale& locale)
{
    QString text = row.label + QStringLiteral(": ") + moneyWithUsd(row.display, row.usd, currency, locale)
                   + QStringLiteral(" / ") + ChartBuilder::tr("month");
    if (row.cheapest)
        text += QLatin1Char('\n') + ChartBuilder::tr("The cheapest complete option");
    if (!row.complete)
        text += QLatin1Char('\n') + ChartBuilder::tr("Some prices are unknown: the total leaves them out");
    if (row.estimate)
        text += QLatin1Char('\n') + ChartBuilder::tr("Includes an estimated price");
    return text;
}

// A one-point series whose label is free text: Qt Charts formats point labels only from
// @xPoint/@yPoint, which cannot group digits or name a currency.
QScatterSeries* textMarker(QChart* chart, const QPointF& at, const QString& text, const QColor& color,
                           qreal markerSize, const ChartStyle& style)
{
    auto* marker = new QScatterSeries;
    marker->append(at);
    marker->setMarkerSize(markerSize);
    marker->setColor(color);
    marker->setBorderColor(style.background);
    marker->setPointLabelsVisible(style.valueLabels);
    // Literal text: escape the placeholder character so a label can never be re-interpreted.
    QString format = text;
    format.replace(QLatin1Char('@'), QStringLiteral("＠"));
    marker->setPointLabelsFormat(format);
    marker->setPointLabelsColor(style.foreground);
    marker->setPointLabelsFont(style.font(style.labelPointSize));
    marker->setPointLabelsClipping(false);
    chart->addSeries(marker);
    return marker;
}

void hideLegendMarkers(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* m : chart->legend()->markers(series))
        m->setVisible(false);
}

// "1 task", "3 tasks": spelled out, so English reads right without a plural-forms catalogue.
QString tasksText(int n)
{
    return Scaling::tasksText(n, QLocale());
}

// Two or three options would otherwise get slabs: keep bars about as thick as with seven.
qreal barWidth(qsizetype rows)
{
    return rows < 4 ? 0.16 * double(rows) + 0.1 : 0.62;
}

// The option names down the left and money along the bottom, as the totals and breakdown bars
// share; headroom leaves room past the longest bar (for its label on the totals).
void attachBarAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, double max,
                   double headroom, const CurrencySettings& currency, const ChartStyle& style,
                   const QString& categoryTitle = {})
{
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(uniqueCategories(categories));
    styleAxis(categoryAxis, categoryTitle.isEmpty() ? ChartBuilder::tr("Option") : categoryTitle, style);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, niceMax(max, headroom));
    valueAxis->setLabelFormat(Money::decimals(currency.code) == 0 || max >= 100 ? QStringLiteral("%.0f")
                                                                                 : QStringLiteral("%.2f"));
    valueAxis->setTickCount(6);
    styleAxis(valueAxis, ChartBuilder::moneyAxisTitle(currency), style);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
}

// Value labels the builder places itself (not Qt Charts), each time the plot area changes, so
// a label that would not fit its segment or would overlap another is left out or moved.
constexpr int valueLabelKey = 0x5643; // QGraphicsItem::data key marking them
constexpr int allowedRectKey = valueLabelKey + 1;

QGraphicsSimpleTextItem* addValueLabel(QChart* chart, const QString& text, const QColor& color, const QFont& font)
{
    auto* item = new QGraphicsSimpleTextItem(text, chart);
    item->setBrush(color);
    item->setPen(Qt::NoPen);
    item->setFont(font);
    item->setZValue(1000); // above the series, the grid and the legend
    item->setVisible(false);
    item->setData(valueLabelKey, true);
    return item;
}

double toPixel(double value, double min, double max, double from, double length)
{
    return max > min ? from + (value - min) / (max - min) * length : from;
}

} // namespace

QList<QGraphicsSimpleTextItem*> ChartBuilder::valueLabels(const QChart* chart)
{
    QList<QGraphicsSimpleTextItem*> labels;
    if (!chart)
        return labels;
    for (QGraphicsItem* item : chart->childItems())
        if (item->data(valueLabelKey).toBool())
            labels << static_cast<QGraphicsSimpleTextItem*>(item);
    return labels;
}

QRectF ChartBuilder::valueLabelRoom(const QGraphicsSimpleTextItem* label)
{
    return label ? label->data(allowedRectKey).toRectF() : QRectF();
}

// ---------------------------------------------------------------------------------------------

ChartStyle ChartStyle::forTheme(bool dark)
{
    ChartStyle s;
    s.dark = dark;
    if (dark) {
        s.background = QColor(0x20, 0x22, 0x26);
        s.foreground = QColor(0xe8, 0xea, 0xed);
        s.mutedForeground = QColor(0xb0, 0xb4, 0xba);
        s.grid = QColor(0x44, 0x48, 0x4f);
        s.cheapest = QColor(0x4c, 0xc3, 0x8a);
        s.breakEven = QColor(0xff, 0xd1, 0x66);
        // Okabe–Ito, lightened for a dark ground: told apart with every kind of colour vision.
        s.series = {QColor(0x5d, 0xb7, 0xf0), QColor(0xf0, 0xa0, 0x30), QColor(0x3d, 0xc9, 0xa0),
                    QColor(0xf5, 0xe8, 0x5a), QColor(0x4a, 0x9c, 0xe0), QColor(0xf0, 0x78, 0x30),
                    QColor(0xe8, 0x9c, 0xc8), QColor(0xc0, 0xc0, 0xc0)};
        s.kinds = {QColor(0x5d, 0xa9, 0xe9), QColor(0xf0, 0xa0, 0x30), QColor(0xc0, 0x8c, 0xe0),
                   QColor(0xf0, 0x6a, 0x6a), QColor(0x3d, 0xc9, 0xa0), QColor(0xe8, 0x9c, 0xc8),
                   QColor(0xb0, 0xb4, 0xba)};
    } else {
        s.background = QColor(Qt::white);
        s.foreground = QColor(0x1f, 0x23, 0x28);
        s.mutedForeground = QColor(0x55, 0x5b, 0x65);
        s.grid = QColor(0xd8, 0xdc, 0xe0);
        s.cheapest = QColor(0x1a, 0x9e, 0x5c);
        s.breakEven = QColor(0xc0, 0x39, 0x2b);
        s.series = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                    QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                    QColor(0x7a, 0x6f, 0x00), QColor(0x55, 0x55, 0x55)};
        s.kinds = {QColor(0x1f, 0x6f, 0xb4), QColor(0xe6, 0x9f, 0x00), QColor(0x8e, 0x5c, 0xb8),
                   QColor(0xd6, 0x45, 0x45), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                   QColor(0x80, 0x86, 0x8e)};
    }
    return s;
}

QFont ChartStyle::font(qreal pointSize, bool bold) const
{
    QFont f;
    if (!fontFamily.isEmpty())
        f.setFamily(fontFamily);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QString ChartBuilder::totalsTitle()
{
    return ChartBuilder::tr("Monthly cost, side by side");
}

QString ChartBuilder::breakdownTitle()
{
    return ChartBuilder::tr("What each monthly bill is made of");
}

QString ChartBuilder::scalingTitle()
{
    return ChartBuilder::tr("Monthly cost as the task count grows");
}

QString ChartBuilder::capabilitiesTitle()
{
    return ChartBuilder::tr("Capabilities scored 0–4, ranked by your weights");
}

QString ChartBuilder::moneyAxisTitle(const CurrencySettings& currency)
{
    if (currency.code == u"USD")
        return ChartBuilder::tr("Monthly cost (USD)");
    //: %1 currency code, %2 the rate
    return ChartBuilder::tr("Monthly cost (%1, 1 USD = %2 %1)")
        .arg(currency.code, QLocale().toString(currency.perUsd, 'g', 10));
}

QChart* ChartBuilder::totals(const ComparisonModel& model, const ChartStyle& style)
{
    auto* chart = new QChart;
    styleChart(chart, totalsTitle(), style);
    const CurrencySettings& currency = model.currency();
    const QList<Row> rows = availableRows(model);
    if (rows.isEmpty())
        return nothingToDraw(chart, totalsTitle(), style);

    auto* set = new QBarSet(ChartBuilder::tr("Monthly total"));
    set->setColor(cycled(style.series, 0));
    set->setBorderColor(cycled(style.series, 0));
    set->setSelectedColor(style.cheapest);
    set->setLabelColor(style.foreground);
    set->setLabelFont(style.font(style.labelPointSize, true));
    QStringList categories;
    QStringList tips;
    double max = 0;
    // Horizontal bars grow upwards from the first category; reversed, the list reads top-down
    // in the scenario's order.
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const Row& row = rows.at(i);
        categories << categoryLabel(row);
        tips << rowTip(row, currency, style.locale);
        set->append(row.display);
        if (row.cheapest)
            set->selectBar(int(set->count() - 1));
        max = std::max(max, row.display);
    }

    auto* series = new QHorizontalBarSeries;
    series->setName(ChartBuilder::tr("Monthly total"));
    series->append(set);
    series->setBarWidth(barWidth(rows.size()));
    series->setLabelsVisible(style.valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(Money::symbol(currency.code) + QStringLiteral("@value"));
    series->setLabelsPrecision(15); // never scientific: 1,234,567 yen stays whole
    chart->addSeries(series);

    attachBarAxes(chart, series, categories, max, 1.22, currency, style);

    if (style.hoverTooltips)
        QObject::connect(set, &QBarSet::hovered, chart,
                         [tips](bool on, int index) { showTip(on && index < tips.size() ? tips.at(index) : QString()); });
    if (style.showLegend && !rows.isEmpty()) {
        // The legend names the highlight: the set's own marker plus one for the cheapest colour.
        const QList<QLegendMarker*> markers = chart->legend()->markers(series);
        if (!markers.isEmpty())
            markers.first()->setLabel(ChartBuilder::tr("Monthly total (%1)").arg(currency.code));
    }
    return chart;
}

QString ChartBuilder::regionsTitle(const QString& optionLabel)
{
    return ChartBuilder::tr("%1 in every region with prices").arg(optionLabel);
}

QStringList ChartBuilder::regionsNotPriced(const RegionComparison& regions, const QString& optionId)
{
    QStringList list;
    for (const RegionTotals& row : regions.regions)
        for (const RegionOptionTotal& t : row.options)
            if (t.id == optionId && !t.known)
                list << (t.available ? ChartBuilder::tr("%1 (a price is unknown)") : ChartBuilder::tr("%1 (not available)"))
                            .arg(row.region);
    return list;
}

namespace {

// What the regions chart of one option shows, bottom-up (the cheapest region ends on top).
struct RegionBars
{
    QStringList categories;
    QList<qreal> values; // display currency
    QStringList tips;
    int cheapest = -1;
    double max = 0;
};

RegionBars regionBars(const RegionComparison& regions, const QString& optionId, const CurrencySettings& currency,
                      const QLocale& locale)
{
    // The regions where the option is priced, cheapest first.
    QList<std::pair<const RegionTotals*, const RegionOptionTotal*>> priced;
    for (const RegionTotals& row : regions.regions)
        for (const RegionOptionTotal& t : row.options)
            if (t.id == optionId && t.known)
                priced.append({&row, &t});
    std::stable_sort(priced.begin(), priced.end(),
                     [](const auto& a, const auto& b) { return a.second->monthlyUsd < b.second->monthlyUsd; });
    const QString cheapest = regions.cheapestRegion.value(optionId);
    RegionBars bars;
    for (qsizetype i = priced.size() - 1; i >= 0; --i) {
        const RegionTotals& row = *priced.at(i).first;
        const double usd = priced.at(i).second->monthlyUsd;
        const double display = Money::toDisplay(usd, currency);
        QString category = (row.name.isEmpty() ? row.region : row.name) + QStringLiteral(" · ") + row.region;
        if (row.region == cheapest) {
            category += QStringLiteral(" ★");
            bars.cheapest = int(bars.values.size());
        }
        bars.categories << category;
        bars.tips << row.region + QStringLiteral(": ") + moneyWithUsd(display, usd, currency, locale) +
                         QStringLiteral(" / ") + ChartBuilder::tr("month");
        bars.values << display;
        bars.max = std::max(bars.max, display);
    }
    bars.categories = uniqueCategories(bars.categories);
    return bars;
}

void connectRegionTips(QChart* chart, QBarSet* set, const QStringList& tips)
{
    QObject::disconnect(set, &QBarSet::hovered, chart, nullptr);
    QObject::connect(set, &QBarSet::hovered, chart,
                     [tips](bool on, int index) { showTip(on && index < tips.size() ? tips.at(index) : QString()); });
}

const char* const regionsOptionProperty = "ccRegionsOption";
const char* const regionsCurrencyProperty = "ccRegionsCurrency";
const char* const regionsTipsProperty = "ccRegionsTips";

QString currencyKey(const CurrencySettings& currency)
{
    return currency.code + QLatin1Char('|') + QString::number(currency.perUsd, 'g', 17) + QLatin1Char('|') + currency.rounding;
}

} // namespace

QChart* ChartBuilder::regions(const RegionComparison& regions, const QString& optionId, const CurrencySettings& currency,
                              const ChartStyle& style)
{
    auto* chart = new QChart;
    const QString title = regionsTitle(regions.optionLabels.value(regions.optionIds.indexOf(optionId), optionId));
    styleChart(chart, title, style);
    const RegionBars bars = regionBars(regions, optionId, currency, style.locale);
    if (bars.values.isEmpty())
        return nothingToDraw(chart, title, style);

    auto* set = new QBarSet(ChartBuilder::tr("Monthly total"));
    set->setColor(cycled(style.series, 0));
    set->setBorderColor(cycled(style.series, 0));
    set->setSelectedColor(style.cheapest);
    set->setLabelColor(style.foreground);
    set->setLabelFont(style.font(style.labelPointSize, true));
    set->append(bars.values);
    if (bars.cheapest >= 0)
        set->selectBar(bars.cheapest);

    auto* series = new QHorizontalBarSeries;
    series->setName(ChartBuilder::tr("Monthly total"));
    series->append(set);
    series->setBarWidth(barWidth(bars.values.size()));
    series->setLabelsVisible(style.valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(Money::symbol(currency.code) + QStringLiteral("@value"));
    series->setLabelsPrecision(15);
    chart->addSeries(series);
    attachBarAxes(chart, series, bars.categories, bars.max, 1.22, currency, style, ChartBuilder::tr("Region"));
    if (style.hoverTooltips) {
        connectRegionTips(chart, set, bars.tips);
        chart->setProperty(regionsTipsProperty, true);
    }
    if (style.showLegend) {
        const QList<QLegendMarker*> markers = chart->legend()->markers(series);
        if (!markers.isEmpty())
            markers.first()->setLabel(ChartBuilder::tr("Monthly total (%1)").arg(currency.code));
    }
    chart->setProperty(regionsOptionProperty, optionId);
    chart->setProperty(regionsCurrencyProperty, currencyKey(currency));
    return chart;
}

bool ChartBuilder::updateRegions(QChart* chart, const RegionComparison& regions, const QString& optionId,
                                 const CurrencySettings& currency, const QLocale& locale)
{
    if (!chart || chart->property(regionsOptionProperty).toString() != optionId ||
        chart->property(regionsCurrencyProperty).toString() != currencyKey(currency))
        return false;
    const QList<QAbstractSeries*> series = chart->series();
    auto* bars = series.size() == 1 ? qobject_cast<QHorizontalBarSeries*>(series.constFirst()) : nullptr;
    QBarCategoryAxis* categoryAxis = nullptr;
    QValueAxis* valueAxis = nullptr;
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
            categoryAxis = c;
        else if (auto* v = qobject_cast<QValueAxis*>(axis))
            valueAxis = v;
    }
    if (!bars || bars->count() != 1 || !categoryAxis || !valueAxis)
        return false;
    QBarSet* set = bars->barSets().constFirst();
    const RegionBars now = regionBars(regions, optionId, currency, locale);
    if (now.values.size() != set->count())
        return false;
    chart->setTitle(regionsTitle(regions.optionLabels.value(regions.optionIds.indexOf(optionId), optionId)));
    categoryAxis->setCategories(now.categories);
    for (int i = 0; i < now.values.size(); ++i)
        set->replace(i, now.values.at(i));
    set->deselectAllBars();
    if (now.cheapest >= 0)
        set->selectBar(now.cheapest);
    valueAxis->setRange(0, niceMax(now.max, 1.22));
    valueAxis->setLabelFormat(Money::decimals(currency.code) == 0 || now.max >= 100 ? QStringLiteral("%.0f")
                                                                                    : QStringLiteral("%.2f"));
    if (chart->property(regionsTipsProperty).toBool())
        connectRegionTips(chart, set, now.tips);
    return true;
}

namespace {

// A segment of a breakdown bar and its label, placed once the plot's size is known.
struct Segment
{
    int category;
    double from;
    double to;
    QGraphicsSimpleTextItem* label;
};

// The bar set of one kind of charge across the rows (drawn bottom up, so the last row first),
// its segments' labels appended to segments; nullptr when no row has a charge of the kind.
QBarSet* kindSet(QChart* chart, const ComparisonModel& model, const QList<Row>& rows, int k,
                 const ChartStyle& style, QList<double>& stacked, QList<Segment>& segments)
{
    const CurrencySettings& currency = model.currency();
    const auto kind = static_cast<LineKind>(k);
    const int column = ComparisonModel::columnOfKind(kind);
    QList<qreal> values;
    QStringList tips;
    bool any = false;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const QModelIndex cell = model.index(rows.at(i).modelRow, column);
        const double value = cell.data(ComparisonModel::DisplayAmountRole).toDouble();
        const double usd = cell.data(ComparisonModel::RawValueRole).toDouble();
        values << value;
        any = any || value > 0;
        tips << rows.at(i).label + QStringLiteral(" — ") + lineKindName(kind) + QStringLiteral(": ")
                    + moneyWithUsd(value, usd, currency, style.locale);
    }
    if (!any)
        return nullptr;
    auto* set = new QBarSet(lineKindName(kind));
    set->append(values);
    const QColor color = cycled(style.kinds, k);
    set->setColor(color);
    set->setBorderColor(style.background);
    // Labels on dark segments are white, on light ones near-black.
    const QColor labelColor = color.lightnessF() > 0.55 ? QColor(0x1f, 0x23, 0x28) : QColor(Qt::white);
    set->setLabelColor(labelColor);
    set->setLabelFont(style.font(style.labelPointSize));
    for (int c = 0; c < int(values.size()); ++c) {
        const double value = values.at(c);
        const double from = stacked[c];
        stacked[c] += value;
        if (value > 0 && style.valueLabels)
            segments << Segment{c, from, from + value,
                                addValueLabel(chart, money(value, currency, style.locale), labelColor,
                                              style.font(style.labelPointSize))};
    }
    if (style.hoverTooltips)
        QObject::connect(set, &QBarSet::hovered, chart, [tips](bool on, int index) {
            showTip(on && index < tips.size() ? tips.at(index) : QString());
        });
    return set;
}

// A label shows only when it fits inside its segment with a little room to spare; the
// segments of one bar do not overlap, so neither do the labels shown.
void placeSegmentLabels(QChart* chart, const QList<Segment>& segments, int categoryCount, qreal thickness)
{
    auto* valueAxis = static_cast<QValueAxis*>(chart->axes(Qt::Horizontal).constFirst());
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [segments, valueAxis, categoryCount, thickness](const QRectF& plot) {
                         const qreal band = plot.height() / std::max(1, categoryCount);
                         for (const Segment& s : segments) {
                             const double left = toPixel(s.from, valueAxis->min(), valueAxis->max(), plot.left(), plot.width());
                             const double right = toPixel(s.to, valueAxis->min(), valueAxis->max(), plot.left(), plot.width());
                             const double centre = plot.bottom() - (s.category + 0.5) * band;
                             const QRectF room(QPointF(left, centre - band * thickness / 2),
                                               QPointF(right, centre + band * thickness / 2));
                             const QRectF text = s.label->boundingRect();
                             const bool fits = text.width() + 6 <= room.width() && text.height() <= room.height() + 2;
                             s.label->setData(allowedRectKey, room);
                             s.label->setPos(room.center() - text.center());
                             s.label->setVisible(fits);
                         }
                     });
}

} // namespace

QChart* ChartBuilder::breakdown(const ComparisonModel& model, const ChartStyle& style)
{
    auto* chart = new QChart;
    styleChart(chart, breakdownTitle(), style);
    const QList<Row> rows = availableRows(model);
    if (rows.isEmpty())
        return nothingToDraw(chart, breakdownTitle(), style);

    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(barWidth(rows.size()));
    QStringList categories;
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        categories << categoryLabel(rows.at(i));

    double max = 0;
    for (const Row& row : rows)
        max = std::max(max, row.display);

    QList<Segment> segments;
    QList<double> stacked(rows.size(), 0.0);
    for (int k = 0; k < lineKindCount; ++k)
        if (QBarSet* set = kindSet(chart, model, rows, k, style, stacked, segments))
            series->append(set);
    // Qt Charts would draw every label, over its neighbours on a thin segment.
    series->setLabelsVisible(false);
    chart->addSeries(series);

    attachBarAxes(chart, series, categories, max, 1.05, model.currency(), style);
    placeSegmentLabels(chart, segments, int(categories.size()), series->barWidth());
    return chart;
}

namespace {

// Whole task counts: a step of 1, 2, 5, 10, 20, 50, … with at most ten of them, and one
// step to spare on the right where the end-of-line values sit.
QValueAxis* taskAxis(const ScalingData& data, const ChartStyle& style)
{
    const int span = std::max(1, data.maxTasks - 1);
    int step = 1;
    for (int m = 1; span > step * 10; m *= 10)
        for (int f : {1, 2, 5})
            if (span > step * 10)
                step = f * m;
    const int ticks = (span + step - 1) / step;
    auto* xAxis = new QValueAxis;
    xAxis->setRange(1, 1 + double(step) * (ticks + 1));
    xAxis->setTickCount(ticks + 2);
    xAxis->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws nothing with localized numbers
    styleAxis(xAxis, ChartBuilder::tr("Tasks running all month"), style);
    return xAxis;
}

// The monthly cost, from 0 to a round figure above the highest point.
QValueAxis* scalingMoneyAxis(const ScalingData& data, const ChartStyle& style)
{
    double max = 0;
    for (const ScalingSeries& s : data.series)
        for (const QPointF& p : s.points)
            max = std::max(max, p.y());
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, niceMax(max, 1.1));
    yAxis->setLabelFormat(Money::decimals(data.currency.code) == 0 || max >= 100 ? QStringLiteral("%.0f")
                                                                                  : QStringLiteral("%.2f"));
    yAxis->setTickCount(6);
    styleAxis(yAxis, ChartBuilder::moneyAxisTitle(data.currency), style);
    return yAxis;
}

// The tooltip of a line: the option, the task count nearest the pointer and its cost.
void connectScalingTips(QChart* chart, QLineSeries* line, const ScalingSeries& s, const CurrencySettings& currency,
                        const ChartStyle& style)
{
    QObject::connect(line, &QLineSeries::hovered, chart, [copy = s, currency, style](const QPointF& p, bool on) {
        if (!on || copy.points.isEmpty()) {
            showTip({});
            return;
        }
        qsizetype nearest = 0;
        for (qsizetype k = 1; k < copy.points.size(); ++k)
            if (std::abs(copy.points.at(k).x() - p.x()) < std::abs(copy.points.at(nearest).x() - p.x()))
                nearest = k;
        const QPointF at = copy.points.at(nearest);
        showTip(copy.label + QStringLiteral(", ") + tasksText(int(at.x()))
                + QStringLiteral(": ")
                + moneyWithUsd(at.y(), copy.usd.at(nearest), currency, style.locale));
    });
}

// A line per option; one that cannot run the workload is drawn dashed and named so.
void addScalingLines(QChart* chart, const ScalingData& data, QValueAxis* xAxis, QValueAxis* yAxis,
                     const ChartStyle& style)
{
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        const ScalingSeries& s = data.series.at(i);
        auto* line = new QLineSeries;
        line->setName(s.fits ? s.label : ChartBuilder::tr("%1 (cannot run this workload)").arg(s.label));
        line->append(s.points);
        QPen pen(cycled(style.series, i));
        pen.setWidthF(2.2);
        if (!s.fits)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(s.points.size() <= 20);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        if (style.hoverTooltips)
            connectScalingTips(chart, line, s, data.currency, style);
    }
}

// The value at the right end of a line, and the label that states it.
struct EndLabel
{
    QPointF end;
    QGraphicsSimpleTextItem* label;
};

// A marker at the right end of each line, where the eye finishes reading it, and (with value
// labels) the label of its value; highest end first.
QList<EndLabel> addLineEnds(QChart* chart, const ScalingData& data, QValueAxis* xAxis, QValueAxis* yAxis,
                            const ChartStyle& style)
{
    QList<qsizetype> byEnd;
    for (qsizetype i = 0; i < data.series.size(); ++i)
        if (!data.series.at(i).points.isEmpty())
            byEnd << i;
    std::sort(byEnd.begin(), byEnd.end(), [&data](qsizetype a, qsizetype b) {
        return data.series.at(a).points.last().y() > data.series.at(b).points.last().y();
    });
    QList<EndLabel> ends;
    for (qsizetype i : byEnd) {
        const QPointF end = data.series.at(i).points.last();
        QScatterSeries* marker = textMarker(chart, end, QString(), cycled(style.series, i), 7, style);
        marker->attachAxis(xAxis);
        marker->attachAxis(yAxis);
        hideLegendMarkers(chart, marker);
        if (style.valueLabels)
            ends << EndLabel{end, addValueLabel(chart, money(end.y(), data.currency, style.locale),
                                                style.foreground, style.font(style.labelPointSize))};
    }
    return ends;
}

// Places the end labels for the plot's present size, from the highest end down: one that would
// overlap the one above moves down below it, and when that takes it more than a line from its
// own end it is left out (the tooltip still tells).
void placeEndLabels(QChart* chart, const QList<EndLabel>& ends, QValueAxis* xAxis, QValueAxis* yAxis,
                    const QRectF& plot)
{
    // The labels' room: the chart beside the plot, short of a legend on the right.
    QRectF frame = chart->rect();
    const QLegend* legend = chart->legend();
    if (legend->isVisible() && legend->alignment() == Qt::AlignRight)
        frame.setRight(std::max(plot.right(), legend->geometry().left() - 4));
    // Room right of the line ends for the widest label: the task axis gains whole steps
    // until it fits (at most five; the plot keeps its size, only the scale changes).
    qreal widest = 0;
    qreal lastX = 0;
    for (const EndLabel& e : ends) {
        widest = std::max(widest, e.label->boundingRect().width());
        lastX = std::max(lastX, e.end.x());
    }
    const double step = xAxis->tickCount() > 1 ? (xAxis->max() - xAxis->min()) / (xAxis->tickCount() - 1) : 1;
    const auto spare = [&] {
        return frame.right() - toPixel(lastX, xAxis->min(), xAxis->max(), plot.left(), plot.width());
    };
    for (int added = 0; !ends.isEmpty() && spare() < widest + 10 && added < 5; ++added) {
        xAxis->setMax(xAxis->max() + step);
        xAxis->setTickCount(xAxis->tickCount() + 1);
    }
    qreal lowest = -std::numeric_limits<qreal>::infinity(); // bottom of the label above
    for (const EndLabel& e : ends) {
        const QPointF at(toPixel(e.end.x(), xAxis->min(), xAxis->max(), plot.left(), plot.width()),
                         toPixel(e.end.y(), yAxis->min(), yAxis->max(), plot.bottom(), -plot.height()));
        const QRectF text = e.label->boundingRect();
        qreal left = at.x() + 7;
        left = std::min(left, frame.right() - text.width() - 2);
        const qreal wanted = at.y() - text.height() / 2;
        const qreal top = std::max(wanted, lowest);
        const QRectF placed(QPointF(left, top), text.size());
        const bool shown = top - wanted <= text.height() && frame.contains(placed);
        e.label->setData(allowedRectKey, frame);
        e.label->setPos(placed.topLeft() - text.topLeft());
        e.label->setVisible(shown);
        if (shown)
            lowest = placed.bottom();
    }
}

// Every crossing of two options is marked; where the cheapest changes, with its task count.
// The legend names each kind of marker once.
void addBreakEvenMarkers(QChart* chart, const ScalingData& data, QValueAxis* xAxis, QValueAxis* yAxis,
                         const ChartStyle& style)
{
    bool firstChange = true;
    bool firstOther = true;
    for (const BreakEven& b : data.breakEvens) {
        QScatterSeries* marker = b.cheapestChanges
                                     ? textMarker(chart, b.at, tasksText(b.tasks), style.breakEven, 12, style)
                                     : textMarker(chart, b.at, QString(), style.mutedForeground, 8, style);
        marker->setMarkerShape(b.cheapestChanges ? QScatterSeries::MarkerShapeRectangle
                                                 : QScatterSeries::MarkerShapeCircle);
        marker->setName(b.cheapestChanges ? ChartBuilder::tr("Break-even: the cheapest option changes")
                                          : ChartBuilder::tr("Two options cross"));
        marker->attachAxis(xAxis);
        marker->attachAxis(yAxis);
        bool& first = b.cheapestChanges ? firstChange : firstOther;
        if (!first)
            hideLegendMarkers(chart, marker);
        first = false;
        if (style.hoverTooltips) {
            const QString tip = ChartBuilder::tr("Between %1 and %2, %3 becomes cheaper than %4")
                                    .arg(style.locale.toString(b.fromTasks), tasksText(b.tasks), b.after, b.before);
            QObject::connect(marker, &QScatterSeries::hovered, chart,
                             [tip](const QPointF&, bool on) { showTip(on ? tip : QString()); });
        }
    }
}

} // namespace

QChart* ChartBuilder::scaling(const ScalingData& data, const ChartStyle& style)
{
    auto* chart = new QChart;
    styleChart(chart, scalingTitle(), style);
    if (data.series.isEmpty())
        return nothingToDraw(chart, scalingTitle(), style);
    // Many long option names read better in a column beside the plot than cut short below it.
    if (data.series.size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);

    QValueAxis* xAxis = taskAxis(data, style);
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis* yAxis = scalingMoneyAxis(data, style);
    chart->addAxis(yAxis, Qt::AlignLeft);

    addScalingLines(chart, data, xAxis, yAxis, style);
    const QList<EndLabel> ends = addLineEnds(chart, data, xAxis, yAxis, style);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, ends, xAxis, yAxis](const QRectF& plot) {
        placeEndLabels(chart, ends, xAxis, yAxis, plot);
    });
    addBreakEvenMarkers(chart, data, xAxis, yAxis, style);
    return chart;
}

namespace {

// Criterion 0 sits at 0° = 360°; the others clockwise at equal steps, each named with its
// weight when that is not 1. Polar charts have no room for an angular axis title: the labels
// name the criteria.
QCategoryAxis* criteriaAxis(const RadarData& data, const ChartStyle& style)
{
    const qsizetype n = data.criteria.size();
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (qsizetype i = 1; i <= n; ++i) {
        const double weight = data.weights.value(i % n);
        QString label = data.criteria.value(i % n);
        if (weight != 1)
            label += QStringLiteral(" ×") + QLocale().toString(weight, 'g', 3);
        angular->append(label, 360.0 * double(i) / double(n));
    }
    styleAxis(angular, QString(), style);
    return angular;
}

// Scores 0 to 4. A radial title would be drawn across the plot; the legend states the scale
// instead.
QValueAxis* scoreAxis(const ChartStyle& style)
{
    auto* radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(radial, QString(), style);
    return radial;
}

// The service's score and why, for the criterion nearest the pointer.
void connectCapabilityTips(QChart* chart, QAreaSeries* area, const RadarData& data, qsizetype i)
{
    const qsizetype n = data.criteria.size();
    QObject::connect(area, &QAreaSeries::hovered, chart, [copy = data, i, n](const QPointF& p, bool on) {
        if (!on) {
            showTip({});
            return;
        }
        const qsizetype c = qsizetype(std::lround(p.x() / (360.0 / double(n)))) % n;
        const RadarService& s = copy.services.at(i);
        showTip(s.label + QStringLiteral(" — ") + copy.criteria.at(c) + QStringLiteral(": ")
                + QString::number(s.scores.value(c)) + QStringLiteral("/4\n") + s.why.value(c));
    });
}

// Service i as a closed outline with a faint fill, named with its rank and weighted score
// ("1. ECS 3.0").
void addServiceArea(QPolarChart* chart, const RadarData& data, qsizetype i, QCategoryAxis* angular,
                    QValueAxis* radial, const ChartStyle& style)
{
    const qsizetype n = data.criteria.size();
    const RadarService& service = data.services.at(i);
    auto* upper = new QLineSeries(chart); // the chart owns it: a QAreaSeries does not own its lines
    for (qsizetype c = 0; c < n; ++c)
        upper->append(360.0 * double(c) / double(n), service.scores.value(c));
    upper->append(360.0, service.scores.value(0));
    auto* area = new QAreaSeries(upper);
    area->setName(QStringLiteral("%1. %2 %3")
                      .arg(service.rank)
                      .arg(service.label, QLocale().toString(service.weightedScore, 'f', 1)));
    QColor color = cycled(style.series, i);
    QPen pen(color);
    pen.setWidthF(2.2);
    area->setPen(pen);
    color.setAlphaF(0.12);
    area->setBrush(color);
    area->setPointLabelsVisible(style.valueLabels && data.services.size() <= 2);
    area->setPointLabelsFormat(QStringLiteral("@yPoint"));
    area->setPointLabelsColor(style.foreground);
    chart->addSeries(area);
    area->attachAxis(angular);
    area->attachAxis(radial);
    // The legend shows the line's colour, not the faint fill.
    for (QLegendMarker* marker : chart->legend()->markers(area)) {
        marker->setBrush(pen.color());
        marker->setPen(QPen(pen.color()));
    }
    if (style.hoverTooltips)
        connectCapabilityTips(chart, area, data, i);
}

} // namespace

QChart* ChartBuilder::capabilities(const RadarData& data, const ChartStyle& style)
{
    auto* chart = new QPolarChart;
    styleChart(chart, capabilitiesTitle(), style);
    // The plot is round: the width it does not use is too narrow for a legend beside it, so the
    // ranking goes below in short entries ("1. ECS 3.0").
    chart->legend()->setFont(style.font(style.legendPointSize * 0.92));

    QCategoryAxis* angular = criteriaAxis(data, style);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    QValueAxis* radial = scoreAxis(style);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    if (data.criteria.isEmpty())
        return chart;

    // Drawn best first, so the legend lists the ranking in order.
    QList<qsizetype> byRank;
    for (qsizetype i = 0; i < data.services.size(); ++i)
        byRank << i;
    std::sort(byRank.begin(), byRank.end(),
              [&data](qsizetype a, qsizetype b) { return data.services.at(a).rank < data.services.at(b).rank; });
    for (qsizetype i : byRank)
        addServiceArea(chart, data, i, angular, radial, style);
    return chart;
}
