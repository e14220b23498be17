#include "SlideRenderer.h"

#include "CapabilityMatrixModel.h"
#include "ChartBuilder.h"
#include "ChartExport.h"
#include "ComparisonModel.h"
#include "ComparisonText.h"
#include "Money.h"
#include "PdfFile.h"
#include "ReportData.h"
#include "RegionComparison.h"

#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace {

// Canvas geometry (1920 × 1080): the title band, the body and the footer.
constexpr qreal marginX = 96;
constexpr qreal titleTop = 56;
constexpr qreal titleHeight = 84;
constexpr qreal headlineTop = 146;
constexpr qreal bodyTop = 226;
constexpr qreal footerTop = 1000;
constexpr qreal bodyWidth = SlideRenderer::canvasWidth - 2 * marginX;
constexpr qreal bodyHeight = footerTop - 24 - bodyTop;

// Sizes chosen for the back of a room: nothing below 28 px on a 1080p screen.
constexpr int titlePx = 60;
constexpr int headlinePx = 36;
constexpr int bodyPx = 32;
constexpr int tablePx = 30;
constexpr int footerPx = 28;

const QColor mutedColor(0xd4, 0xd8, 0xde);
const QColor gridColor(0x46, 0x4e, 0x58);
const QColor headerFill(0x26, 0x2d, 0x35);
const QColor cheapestFill(0x1b, 0x5e, 0x3b);
const QColor totalsFill(0x1c, 0x22, 0x29);

SlideBlock textBlock(const QRectF& rect, const QString& text, int px, bool bold = false,
                     const QColor& color = SlideRenderer::foreground(),
                     int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
{
    SlideBlock b;
    b.type = SlideBlock::Type::Text;
    b.rect = rect;
    b.text = text;
    b.pixelSize = px;
    b.bold = bold;
    b.color = color;
    b.flags = flags;
    return b;
}

SlideBlock tableBlock(const QRectF& rect, const SlideTable& table)
{
    SlideBlock b;
    b.type = SlideBlock::Type::Table;
    b.rect = rect;
    b.table = table;
    return b;
}

// The detail after "Name: " in a cost-model label.
QString detailOf(const QString& label, const QString& name)
{
    const QString prefix = name + QStringLiteral(": ");
    return label.startsWith(prefix) ? label.mid(prefix.size()) : label;
}

} // namespace

SlideRenderer::SlideRenderer(const ReportData& data) : m_data(data)
{
    m_charts.resize(SlideCount);
}

SlideRenderer::~SlideRenderer() = default;

QColor SlideRenderer::background()
{
    return QColor(0x0e, 0x11, 0x15);
}

QColor SlideRenderer::foreground()
{
    return QColor(Qt::white);
}

QColor SlideRenderer::accent()
{
    return QColor(0xff, 0xd1, 0x66);
}

QFont SlideRenderer::font(int pixelSize, bool bold) const
{
    QFont f = ReportData::baseFont(m_data.language());
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString SlideRenderer::footerText() const
{
    return m_data.regionName(m_data.scenario().region) + QStringLiteral(" · ") + m_data.workloadText() +
           QStringLiteral(" · ") + m_data.periodShortText();
}

QChart* SlideRenderer::chart(int index) const
{
    if (index != MonthlyCostSlide && index != BreakdownSlide && index != ScalingSlide)
        return nullptr;
    std::unique_ptr<QChart>& slot = m_charts[size_t(index)];
    if (slot)
        return slot.get();
    // The window's dark look, lifted to the deck's contrast and type sizes.
    ChartStyle style = ChartStyle::forTheme(true);
    style.background = background();
    style.foreground = foreground();
    style.mutedForeground = mutedColor;
    style.grid = gridColor;
    style.fontFamily = ReportData::baseFont(m_data.language()).family();
    // Scene units are 1/96 inch: 21 pt is 28 px on the 1080-line canvas.
    style.titlePointSize = 24;
    style.axisTitlePointSize = 19;
    style.labelPointSize = 21;
    style.legendPointSize = 21;
    style.hoverTooltips = false;
    style.animations = false;
    style.locale = m_data.locale();
    style.language = m_data.language();
    QChart* chart = nullptr;
    if (index == MonthlyCostSlide)
        chart = ChartBuilder::totals(m_data.model(), style);
    else if (index == BreakdownSlide)
        chart = ChartBuilder::breakdown(m_data.model(), style);
    else
        chart = ChartBuilder::scaling(m_data.scaling(), style);
    // The slide's title states what the chart shows; a second title would only take room.
    chart->setTitle(QString());
    chart->setMargins(QMargins(0, 0, 0, 0));
    // Lines and markers drawn for a room: twice the window's weight.
    for (QAbstractSeries* series : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            scatter->setMarkerSize(scatter->markerSize() * 1.8);
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            QPen pen = line->pen();
            pen.setWidthF(pen.widthF() * 2.2);
            line->setPen(pen);
        }
    }
    ChartExport::applyFont(chart, ReportData::baseFont(m_data.language()));
    slot.reset(chart);
    return chart;
}

SlideContent SlideRenderer::content(int index) const
{
    switch (index) {
    case TitleSlide:
        return titleContent();
    case WorkloadSlide:
        return workloadContent();
    case PlatformsSlide:
        return platformsContent();
    case MonthlyCostSlide:
        return monthlyCostContent();
    case BreakdownSlide:
        return breakdownContent();
    case ScalingSlide:
        return scalingContent();
    case StorageSlide:
        return storageContent();
    case SecuritySlide:
        return securityContent();
    case RegionsSlide:
        return regionsContent();
    case SummarySlide:
        return summaryContent();
    default:
        return {};
    }
}

// The title slide: what is compared, where, and the date of the prices.
SlideContent SlideRenderer::titleContent() const
{
    const ReportData& d = m_data;
    SlideContent c;
    c.titleSlide = true;
    c.title = d.title();
    c.blocks << textBlock(QRectF(marginX, 250, bodyWidth, 50), tr("Container Compare for AWS"), 36, true,
                          accent());
    c.blocks << textBlock(QRectF(marginX, 316, bodyWidth, 230), c.title, 84, true);
    c.blocks << textBlock(QRectF(marginX, 560, bodyWidth, 60),
                          tr("What running this workload costs a month on AWS, option by option"), 40,
                          false, mutedColor);
    c.blocks << textBlock(QRectF(marginX, 680, bodyWidth, 50), d.regionText(), bodyPx);
    c.blocks << textBlock(QRectF(marginX, 736, bodyWidth, 50), d.workloadText(), bodyPx);
    c.blocks << textBlock(QRectF(marginX, 792, bodyWidth, 50),
                          d.locale().toString(d.date(), QLocale::LongFormat) + QStringLiteral(" · ") +
                              tr("prices as of %1").arg(d.pricesAsOf()),
                          bodyPx, false, mutedColor);
    return c;
}

// The workload every option runs, and the options with what each sets for itself.
SlideContent SlideRenderer::workloadContent() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const Scenario& scenario = d.scenario();
    SlideContent c;
    c.title = tr("The workload");
    QStringList labels;
    bool anyOverride = false;
    for (const OptionResult& o : comparison.options) {
        const QString own = d.overridesText(o.id);
        anyOverride = anyOverride || !own.isEmpty();
        labels << QStringLiteral("•  ") + o.label + (own.isEmpty() ? QString() : QStringLiteral(" — ") + own);
    }
    c.headline = anyOverride ? tr("Every option below runs this for the same month, except what it sets for "
                                  "itself (after its name).")
                             : tr("Every option below runs exactly this, in the same region, for the same month.");
    const Workload& w = scenario.workload;
    SlideTable t;
    t.widths = {0.36, 0.64};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft};
    t.pixelSize = 34;
    t.rows = {
        {tr("Region"), d.regionText()},
        {tr("Tasks"), d.locale().toString(w.tasks)},
        {tr("vCPU per task"), d.locale().toString(w.vcpu, 'g', 10)},
        {tr("Memory per task"), tr("%1 GiB").arg(d.locale().toString(w.memoryGiB, 'g', 10))},
        {tr("Architecture"), w.arch},
        {tr("Operating system"), w.os == u"windows" ? tr("Windows") : tr("Linux")},
        {tr("Period"), d.periodText()},
        {tr("Purchase"), d.purchaseText()},
        {tr("Currency"), d.currencyText()},
    };
    c.blocks << tableBlock(QRectF(marginX, bodyTop, 1040, bodyHeight), t);
    c.blocks << textBlock(QRectF(marginX + 1110, bodyTop, bodyWidth - 1110, 50), tr("Compared"), bodyPx,
                          true, accent());
    c.blocks << textBlock(QRectF(marginX + 1110, bodyTop + 60, bodyWidth - 1110, bodyHeight - 60),
                          labels.join(QLatin1Char('\n')), bodyPx);
    return c;
}

// The capability scores of the compared services, with the weighted score and rank.
SlideContent SlideRenderer::platformsContent() const
{
    const ReportData& d = m_data;
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = tr("The platforms, rated");
    const RadarData& r = d.radar();
    c.headline = tr("0 = cannot, 4 = best of the set; the score weighs each criterion by its weight.");
    SlideTable t;
    t.pixelSize = 28;
    t.header << tr("Criterion");
    const qsizetype n = r.services.size();
    const qreal labelShare = n > 5 ? 0.26 : 0.32;
    t.widths << labelShare;
    t.alignments << Qt::AlignLeft;
    for (const RadarService& s : r.services) {
        t.header << s.label;
        t.widths << (1 - labelShare) / qreal(std::max<qsizetype>(1, n));
        t.alignments << Qt::AlignCenter;
    }
    for (qsizetype k = 0; k < r.criteria.size(); ++k) {
        QStringList row = {r.criteria.at(k)};
        for (qsizetype s = 0; s < n; ++s) {
            const int score = r.services.at(s).scores.value(k);
            row << QString::number(score);
            // The matrix's own scale, as in the window and the handout.
            t.cellFills.insert({int(t.rows.size()), int(s + 1)},
                               CapabilityMatrixModel::scoreColor(score));
            t.cellTexts.insert({int(t.rows.size()), int(s + 1)}, CapabilityMatrixModel::textColor(score));
        }
        t.rows << row;
    }
    QStringList scoreRow = {tr("Weighted score")};
    QStringList rankRow = {tr("Rank")};
    for (const RadarService& s : r.services) {
        scoreRow << d.locale().toString(s.weightedScore, 'f', 1);
        rankRow << QString::number(s.rank);
    }
    t.rowFills.insert(int(t.rows.size()), totalsFill);
    t.rows << scoreRow;
    t.rowFills.insert(int(t.rows.size()), totalsFill);
    t.rows << rankRow;
    c.blocks << tableBlock(body, t);
    return c;
}

// The monthly totals chart, the cheapest option as its statement.
SlideContent SlideRenderer::monthlyCostContent() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const CurrencySettings& currency = d.scenario().currency;
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = ChartBuilder::totalsTitle();
    const QString cheapest = ComparisonText::cheapest(comparison, currency, d.locale());
    if (!cheapest.isEmpty())
        c.headline = tr("Cheapest: %1").arg(cheapest);
    SlideBlock b;
    b.type = SlideBlock::Type::Chart;
    b.rect = body;
    b.chart = MonthlyCostSlide;
    for (int i : d.ranking()) {
        const OptionResult& o = comparison.options.at(i);
        b.chartText << d.optionLabel(o) + QStringLiteral(": ") + d.optionTotal(o);
    }
    c.blocks << b;
    return c;
}

// The breakdown chart, the largest charge that is not the work itself as its statement.
SlideContent SlideRenderer::breakdownContent() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = ChartBuilder::breakdownTitle();
    // The statement: the largest charge that is not the work itself.
    double worst = 0;
    QString worstText;
    for (const OptionResult& o : comparison.options) {
        if (!o.available)
            continue;
        const double waste = o.monthlyUsd(LineKind::OverProvisioning);
        if (waste > worst) {
            worst = waste;
            worstText =
                tr("%1 pays %2 a month for capacity it does not use").arg(o.label, d.money(waste));
        }
    }
    if (worstText.isEmpty()) {
        for (const OptionResult& o : comparison.options) {
            const double fee = o.monthlyUsd(LineKind::ControlPlane);
            if (o.available && fee > worst) {
                worst = fee;
                worstText = tr("The control plane adds %1 a month to %2").arg(d.money(fee), o.label);
            }
        }
    }
    c.headline = worstText;
    SlideBlock b;
    b.type = SlideBlock::Type::Chart;
    b.rect = body;
    b.chart = BreakdownSlide;
    for (const OptionResult& o : comparison.options) {
        if (!o.available)
            continue;
        QStringList parts;
        for (int k = 0; k < lineKindCount; ++k) {
            const double usd = o.monthlyUsd(static_cast<LineKind>(k));
            if (usd > 0)
                parts << lineKindName(static_cast<LineKind>(k)) + QLatin1Char(' ') + d.money(usd);
        }
        b.chartText << o.label + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    }
    c.blocks << b;
    return c;
}

// The scaling chart, the break-even as its statement.
SlideContent SlideRenderer::scalingContent() const
{
    const ReportData& d = m_data;
    const CurrencySettings& currency = d.scenario().currency;
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = ChartBuilder::scalingTitle();
    const ScalingData& s = d.scaling();
    c.headline = Scaling::breakEvenSentence(s, d.locale());
    SlideBlock b;
    b.type = SlideBlock::Type::Chart;
    b.rect = body;
    b.chart = ScalingSlide;
    for (const ScalingSeries& series : s.series)
        if (!series.points.isEmpty())
            b.chartText << tr("%1 at %2: %3")
                               .arg(series.label, d.tasksText(int(series.points.last().x())),
                                    Money::symbol(currency.code) +
                                        Money::formatNumber(series.points.last().y(), currency.code,
                                                            d.locale()));
    b.chartText << c.headline;
    c.blocks << b;
    return c;
}

// Every storage type priced for the same size.
SlideContent SlideRenderer::storageContent() const
{
    const ReportData& d = m_data;
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = tr("Storage for %1 GB, side by side").arg(d.locale().toString(d.storageSizeGiB(), 'g', 10));
    c.headline =
        tr("Block storage is tied to one host and one zone; file storage is shared; S3 is an API.");
    SlideTable t;
    t.header = {tr("Storage"), tr("Kind"), tr("Multi-AZ"), tr("Mounts from"), tr("Monthly")};
    t.widths = {0.36, 0.12, 0.13, 0.2, 0.19};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    t.pixelSize = 28;
    for (const StorageResult& s : d.storageSideBySide()) {
        const CatalogEntry* e = d.catalog().find(CatalogKind::Storage, s.type);
        const QString mounts = e ? d.storageMounts(*e) : QString();
        t.rows << QStringList{e ? e->label(d.language()) : s.type,
                              e ? ReportData::storageKindName(e->storage.kind) : QString(),
                              e ? (e->storage.multiAz ? tr("yes") : tr("no")) : QString(), mounts,
                              s.known ? d.money(s.monthlyUsd) : tr("unknown")};
    }
    c.blocks << tableBlock(body, t);
    return c;
}

// Every security service priced for this workload.
SlideContent SlideRenderer::securityContent() const
{
    const ReportData& d = m_data;
    const QRectF body(marginX, bodyTop, bodyWidth, bodyHeight);
    SlideContent c;
    c.title = tr("Security for this workload");
    c.headline = tr("Inspector finds vulnerable images; GuardDuty watches what running containers do.");
    SlideTable t;
    t.header = {tr("Service"), tr("Priced for"), tr("Monthly")};
    t.widths = {0.34, 0.46, 0.2};
    t.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight};
    t.pixelSize = 28;
    for (const SecurityResult& s : d.securitySideBySide()) {
        const CatalogEntry* e = d.catalog().find(CatalogKind::Security, s.service);
        const QString name = e ? e->name.text(d.language()) : s.service;
        t.rows << QStringList{e ? e->label(d.language()) : s.service, detailOf(s.label, name),
                              s.known ? d.money(s.monthlyUsd) : tr("unknown")};
    }
    c.blocks << tableBlock(body, t);
    return c;
}

// The Regions tab's figures, cheapest region first: each option's total where it has a
// price book; the cheapest region of an option marked ★, the cheapest pair tinted.
SlideContent SlideRenderer::regionsContent() const
{
    const ReportData& d = m_data;
    SlideContent c;
    const RegionComparison& regions = d.regions();
    c.title = tr("This workload in every region with prices");
    if (const RegionOptionTotal* best =
            regions.cheapestOverallRegion.isEmpty()
                ? nullptr
                : regions.total(regions.cheapestOverallRegion, regions.cheapestOverallOption))
        c.headline = tr("Cheapest anywhere: %1 in %2 — %3 a month")
                         .arg(regions.optionLabels.value(regions.optionIds.indexOf(regions.cheapestOverallOption)),
                              d.regionName(regions.cheapestOverallRegion), d.money(best->monthlyUsd));
    else
        c.headline = tr("No option can be priced completely in any region with prices.");
    SlideTable t;
    t.header << tr("Region");
    const qsizetype options = regions.optionIds.size();
    const qreal regionShare = options > 4 ? 0.2 : 0.28;
    t.widths << regionShare;
    t.alignments << Qt::AlignLeft;
    for (const QString& label : regions.optionLabels) {
        t.header << label;
        t.widths << (1 - regionShare) / std::max<qsizetype>(1, options);
        t.alignments << Qt::AlignRight;
    }
    // A room reads ten rows at most: the cheapest ten, and how many more the report lists.
    constexpr int maxRows = 10;
    const QList<const RegionTotals*> rows = regions.sortedRows();
    for (const RegionTotals* row : rows) {
        if (t.rows.size() == maxRows)
            break;
        QStringList cells{row->name.isEmpty() ? row->region : row->name};
        for (const RegionOptionTotal& total : row->options) {
            QString text = !total.available ? tr("not available") : !total.known ? tr("unknown") : d.money(total.monthlyUsd);
            if (regions.cheapestRegion.value(total.id) == row->region)
                text += QStringLiteral(" ★");
            if (row->region == regions.cheapestOverallRegion && total.id == regions.cheapestOverallOption)
                t.cellFills.insert({int(t.rows.size()), int(cells.size())}, cheapestFill);
            else if (!total.known)
                t.cellTexts.insert({int(t.rows.size()), int(cells.size())}, mutedColor);
            cells << text;
        }
        t.rows << cells;
    }
    // Few rows: type as large as the slide allows.
    t.pixelSize = t.rows.size() <= 5 && options <= 4 ? 40 : t.rows.size() <= 8 && options <= 6 ? 34 : 28;
    const qreal tableHeight = rows.size() > maxRows ? bodyHeight - 56 : bodyHeight;
    c.blocks << tableBlock(QRectF(marginX, bodyTop, bodyWidth, tableHeight), t);
    if (rows.size() > maxRows)
        c.blocks << textBlock(QRectF(marginX, bodyTop + tableHeight + 8, bodyWidth, 44),
                              tr("… and %1 more regions in the report").arg(rows.size() - maxRows), 28, false, mutedColor);
    return c;
}

// The options cheapest first beside the services ranked for the weights.
SlideContent SlideRenderer::summaryContent() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    SlideContent c;
    c.title = tr("Summary and ranking");
    const int cheapest = comparison.cheapestIndex();
    const RadarData& r = d.radar();
    QString best;
    for (const RadarService& s : r.services)
        if (s.rank == 1)
            best = s.label;
    if (cheapest >= 0 && !best.isEmpty())
        c.headline = tr("Cheapest: %1 · best fit for the weights: %2")
                         .arg(comparison.options.at(cheapest).label, best);
    SlideTable cost;
    cost.header = {tr("#"), tr("Cost, cheapest first"), tr("Monthly")};
    cost.widths = {0.1, 0.6, 0.3};
    cost.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
    cost.pixelSize = 30;
    int rank = 0;
    for (int i : d.ranking()) {
        const OptionResult& o = comparison.options.at(i);
        if (i == cheapest)
            cost.rowFills.insert(int(cost.rows.size()), cheapestFill);
        cost.rows << QStringList{Comparison::rankable(o) ? QString::number(++rank) : QStringLiteral("–"), d.optionLabel(o),
                                 d.optionTotal(o)};
    }
    // Few rows: type as large as the slide allows.
    cost.pixelSize = cost.rows.size() <= 5 ? 40 : cost.rows.size() <= 9 ? 34 : 30;
    c.blocks << tableBlock(QRectF(marginX, bodyTop, bodyWidth * 0.6, bodyHeight), cost);
    SlideTable fit;
    fit.header = {tr("#"), tr("Fit for the weights"), tr("Score")};
    fit.widths = {0.14, 0.6, 0.26};
    fit.alignments = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight};
    fit.pixelSize = 30;
    QList<RadarService> byRank = r.services;
    std::sort(byRank.begin(), byRank.end(),
              [](const RadarService& a, const RadarService& b) { return a.rank < b.rank; });
    for (const RadarService& s : byRank) {
        if (s.rank == 1)
            fit.rowFills.insert(int(fit.rows.size()), cheapestFill);
        fit.rows << QStringList{QString::number(s.rank), s.label,
                                d.locale().toString(s.weightedScore, 'f', 1)};
    }
    fit.pixelSize = cost.pixelSize;
    c.blocks << tableBlock(QRectF(marginX + bodyWidth * 0.64, bodyTop, bodyWidth * 0.36, bodyHeight),
                           fit);
    return c;
}

QStringList SlideRenderer::text(int index) const
{
    const SlideContent c = content(index);
    QStringList list;
    if (!c.titleSlide)
        list << c.title;
    if (!c.headline.isEmpty())
        list << c.headline;
    for (const SlideBlock& b : c.blocks) {
        switch (b.type) {
        case SlideBlock::Type::Text:
            list << b.text.split(QLatin1Char('\n'));
            break;
        case SlideBlock::Type::Table:
            if (!b.table.header.isEmpty())
                list << b.table.header.join(QLatin1Char('\t'));
            for (const QStringList& row : b.table.rows)
                list << row.join(QLatin1Char('\t'));
            break;
        case SlideBlock::Type::Chart:
            list << b.chartText;
            break;
        }
    }
    list << footerText();
    list << tr("%1 / %2").arg(index + 1).arg(count());
    return list;
}

void SlideRenderer::paintTable(QPainter* painter, const SlideBlock& block) const
{
    const SlideTable& t = block.table;
    const QFont cellFont = font(t.pixelSize);
    const QFont headFont = font(t.pixelSize, true);
    const QFontMetricsF metrics(cellFont);
    const qreal padX = t.pixelSize * 0.5;
    const qreal lineHeight = metrics.height();
    const qsizetype columns = t.widths.size();
    QList<qreal> x;
    qreal at = block.rect.left();
    for (qreal w : t.widths) {
        x << at;
        at += w * block.rect.width();
    }
    x << block.rect.right();

    // Rows as tall as their tallest cell (two lines at most), shrunk together if the table
    // would run past the body.
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        const QFontMetricsF m(f);
        int lines = 1;
        for (qsizetype col = 0; col < std::min(columns, cells.size()); ++col) {
            const qreal width = x.at(col + 1) - x.at(col) - 2 * padX;
            const QRectF need = m.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, cells.at(col));
            lines = std::max(lines, std::min(2, int(std::ceil(need.height() / m.height() - 0.01))));
        }
        return lines * m.height() + lineHeight * 0.55;
    };
    qreal total = t.header.isEmpty() ? 0 : rowHeight(t.header, headFont);
    QList<qreal> heights;
    for (const QStringList& row : t.rows) {
        heights << rowHeight(row, cellFont);
        total += heights.last();
    }
    const qreal squeeze = total > block.rect.height() ? block.rect.height() / total : 1.0;

    qreal y = block.rect.top();
    auto drawRow = [&](const QStringList& cells, qreal height, const QFont& f, const QColor& fill, int row) {
        height *= squeeze;
        if (fill.isValid())
            painter->fillRect(QRectF(block.rect.left(), y, block.rect.width(), height), fill);
        painter->setFont(f);
        for (qsizetype col = 0; col < std::min(columns, cells.size()); ++col) {
            const QRectF cellRect(x.at(col), y, x.at(col + 1) - x.at(col), height);
            const QColor cellFill = row >= 0 ? t.cellFills.value({row, int(col)}) : QColor();
            if (cellFill.isValid())
                painter->fillRect(cellRect.adjusted(2, 2, -2, -2), cellFill);
            const QColor cellText = row >= 0 ? t.cellTexts.value({row, int(col)}) : QColor();
            painter->setPen(cellText.isValid() ? cellText : foreground());
            const Qt::Alignment align = t.alignments.value(col, Qt::AlignLeft);
            const QRectF textRect = cellRect.adjusted(padX, 0, -padX, 0);
            const QFontMetricsF m(f);
            QString text = cells.at(col);
            // A cell that still does not fit in two lines is shortened rather than overflowing.
            if (m.boundingRect(QRectF(0, 0, textRect.width(), 1e6), Qt::TextWordWrap, text).height() >
                height + 1)
                text = m.elidedText(text, Qt::ElideRight, textRect.width() * 1.9);
            painter->drawText(textRect, int(align | Qt::AlignVCenter) | Qt::TextWordWrap, text);
        }
        painter->setPen(QPen(gridColor, 1.5));
        painter->drawLine(QPointF(block.rect.left(), y + height), QPointF(block.rect.right(), y + height));
        y += height;
    };
    if (!t.header.isEmpty())
        drawRow(t.header, rowHeight(t.header, headFont), headFont, headerFill, -1);
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        drawRow(t.rows.at(r), heights.at(r), cellFont, t.rowFills.value(int(r)), int(r));
}

void SlideRenderer::paintBlock(QPainter* painter, const SlideBlock& block) const
{
    switch (block.type) {
    case SlideBlock::Type::Text: {
        painter->setFont(font(block.pixelSize, block.bold));
        painter->setPen(block.color.isValid() ? block.color : foreground());
        painter->drawText(block.rect, block.flags, block.text);
        break;
    }
    case SlideBlock::Type::Table:
        paintTable(painter, block);
        break;
    case SlideBlock::Type::Chart:
        if (QChart* c = chart(block.chart))
            ChartExport::render(c, painter, block.rect, block.rect.size());
        break;
    }
}

void SlideRenderer::paint(QPainter* painter, int index, const QRectF& target, const QString& status) const
{
    painter->save();
    painter->fillRect(target, Qt::black);
    // Letterbox: the largest 16:9 rectangle centred in target.
    const qreal scale = std::min(target.width() / canvasWidth, target.height() / canvasHeight);
    const QSizeF size(canvasWidth * scale, canvasHeight * scale);
    const QPointF origin(target.center().x() - size.width() / 2, target.center().y() - size.height() / 2);
    painter->translate(origin);
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(0, 0, canvasWidth, canvasHeight));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(QRectF(0, 0, canvasWidth, canvasHeight), background());

    const SlideContent c = content(index);
    if (!c.titleSlide) {
        painter->setFont(font(titlePx, true));
        painter->setPen(foreground());
        painter->drawText(QRectF(marginX, titleTop, bodyWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font(titlePx, true)).elidedText(c.title, Qt::ElideRight, bodyWidth));
        painter->fillRect(QRectF(marginX, titleTop + titleHeight + 2, 160, 6), accent());
        if (!c.headline.isEmpty()) {
            // One line at the headline size; a longer statement (a break-even sentence) takes two
            // lines at the smallest size a slide uses rather than losing its end.
            QFont f = font(headlinePx);
            QRectF box(marginX, headlineTop + 14, bodyWidth, 60);
            int flags = Qt::AlignLeft | Qt::AlignVCenter;
            QString text = c.headline;
            if (QFontMetricsF(f).horizontalAdvance(text) > bodyWidth) {
                f = font(footerPx);
                box = QRectF(marginX, headlineTop + 4, bodyWidth, bodyTop - headlineTop - 6);
                flags |= Qt::TextWordWrap;
                if (QFontMetricsF(f).boundingRect(box, flags, text).height() > box.height())
                    text = QFontMetricsF(f).elidedText(text, Qt::ElideRight, bodyWidth * 2 - 40);
            }
            painter->setFont(f);
            painter->setPen(accent());
            painter->drawText(box, flags, text);
        }
    }
    for (const SlideBlock& b : c.blocks)
        paintBlock(painter, b);

    // Footer: the workload (so a photo of the slide explains itself), the number, the clock.
    const QFont f = font(footerPx);
    painter->setFont(f);
    painter->setPen(mutedColor);
    painter->setPen(QPen(gridColor, 2));
    painter->drawLine(QPointF(marginX, footerTop), QPointF(canvasWidth - marginX, footerTop));
    painter->setPen(mutedColor);
    QString right = tr("%1 / %2").arg(index + 1).arg(count());
    if (!status.isEmpty())
        right += QStringLiteral("   ") + status;
    const QFontMetricsF m(f);
    const qreal rightWidth = m.horizontalAdvance(right) + 40;
    const QRectF footer(marginX, footerTop + 8, bodyWidth, canvasHeight - footerTop - 16);
    painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter, right);
    painter->drawText(footer.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      m.elidedText(footerText(), Qt::ElideRight, footer.width() - rightWidth));
    painter->restore();
}

bool SlideRenderer::writePdf(QIODevice* device) const
{
    return PdfFile::write(device, [this](QIODevice* buffer) { return draw(buffer); });
}

bool SlideRenderer::draw(QIODevice* device) const
{
    QPdfWriter writer(device);
    // 13.333 × 7.5 inches: the 16:9 page of presentation software.
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(13.333, 7.5), QPageSize::Inch, tr("Slide 16:9")),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(m_data.title());
    writer.setCreator(tr("Container Compare for AWS"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    for (int i = 0; i < count(); ++i) {
        if (i > 0)
            writer.newPage();
        paint(&painter, i, page);
    }
    return painter.end();
}

bool SlideRenderer::writePdf(const QString& fileName, QString* errorMessage) const
{
    return PdfFile::write(
        fileName, [this](QIODevice* buffer) { return draw(buffer); },
        tr("Cannot write %1: the slides could not be drawn").arg(QDir::toNativeSeparators(fileName)), errorMessage);
}
