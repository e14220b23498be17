#pragma once

#include "Catalog.h"
#include "Comparison.h"
#include "Localized.h"
#include "PriceBook.h"
#include "Ranking.h"
#include "Scaling.h"
#include "Scenario.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QStringList>

class ComparisonModel;
class QChart;
class QGraphicsSimpleTextItem;
struct RegionComparison;

// How a chart looks, independent of where it is shown: the window, the PDF, the slides and
// image export each pass their own (presentation type is larger, print is light).
struct ChartStyle
{
    bool dark = false;
    QString fontFamily;            // empty: the application's
    qreal titlePointSize = 12;
    qreal axisTitlePointSize = 9;
    qreal labelPointSize = 9;
    qreal legendPointSize = 9;
    QColor background;
    QColor foreground;
    QColor mutedForeground;
    QColor grid;
    QColor cheapest;               // the cheapest option's bar
    QColor breakEven;              // break-even markers
    QList<QColor> series;          // one colour an option (cycled)
    QList<QColor> kinds;           // one colour a line-item kind, in LineKind order
    bool valueLabels = true;
    bool hoverTooltips = true;     // off for print and image export
    bool animations = false;
    bool showLegend = true;
    QLocale locale;                // number grouping of labels
    Language language = Language::English;

    // The window's look on a light or a dark palette; print and slides start from these.
    static ChartStyle forTheme(bool dark);

    QFont font(qreal pointSize, bool bold = false) const;
};

// The one place charts are made. Each function takes data and a style and returns a new
// chart that the caller owns; nothing here knows about windows, so the window, the PDF
// report, the slides and image export show the same charts.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)

public:
    // 1. Monthly total of each available option, the cheapest marked, in the display currency.
    static QChart* totals(const ComparisonModel& model, const ChartStyle& style);
    // 2. Each option's bill stacked by line-item kind.
    static QChart* breakdown(const ComparisonModel& model, const ChartStyle& style);
    // 3. Monthly totals as the task count grows, break-even points marked and labelled.
    static QChart* scaling(const ScalingData& data, const ChartStyle& style);
    // 4. Capability radar of the compared services, ranked by the weights.
    static QChart* capabilities(const RadarData& data, const ChartStyle& style);

    // 5. One option's monthly total in every region where it can be priced (RegionComparison),
    //    cheapest region at the top and marked. A region where the option is unknown or not
    //    available has no bar, never a bar of 0: regionsNotPriced names those regions.
    static QChart* regions(const RegionComparison& regions, const QString& optionId, const CurrencySettings& currency,
                           const ChartStyle& style);
    static QStringList regionsNotPriced(const RegionComparison& regions, const QString& optionId);
    // New figures for a chart regions() made, in place: the bars, the region names (their order
    // may change) and the cheapest mark, with no new chart for the view to lay out. False, and
    // nothing changed, when the chart is of another option or currency or the number of priced
    // regions is not the same: then make a new one.
    static bool updateRegions(QChart* chart, const RegionComparison& regions, const QString& optionId,
                              const CurrencySettings& currency, const QLocale& locale);

    // Titles, also used by the window's tabs and the report's headings.
    static QString totalsTitle();
    static QString breakdownTitle();
    static QString scalingTitle();
    static QString capabilitiesTitle();
    // "ECS on Fargate in every region with prices"
    static QString regionsTitle(const QString& optionLabel);
    // "Monthly cost (JPY)" — the value axis title of the money charts.
    static QString moneyAxisTitle(const CurrencySettings& currency);

    // The value labels the builder placed on a chart (breakdown segments, scaling line ends),
    // shown or left out each time the plot area changes; and the room each one must stay in
    // (its segment, or the chart).
    static QList<QGraphicsSimpleTextItem*> valueLabels(const QChart* chart);
    static QRectF valueLabelRoom(const QGraphicsSimpleTextItem* label);
};
