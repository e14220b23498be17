#include "ReportWriter.h"

#include "CapabilityMatrixModel.h"
#include "ChartBuilder.h"
#include "ChartExport.h"
#include "ComparisonModel.h"
#include "ComparisonText.h"
#include "Money.h"
#include "PdfFile.h"
#include "ReportChartObject.h"
#include "ReportData.h"
#include "RegionComparison.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace {

// The document is laid out in CSS pixels (1/96 inch) whatever the device, so one layout
// serves a 1200 dpi PDF, a printer and the preview alike; painting scales to the device.
constexpr qreal cssDpi = 96;
constexpr qreal headerHeight = 30;
constexpr qreal footerHeight = 26;

// Print colours: dark text on white, tints that survive a black-and-white printer.
const char* const textColor = "#1f2328";
const char* const mutedColor = "#555b65";
const char* const ruleColor = "#c8ccd2";
const char* const headColor = "#eef1f4";
const char* const cheapColor = "#e3f4ea";
const char* const warnColor = "#8a4b00";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString& html, const QString& attributes = {})
{
    return QStringLiteral("<td%1>%2</td>")
        .arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

QString numberCell(const QString& text, bool bold = false)
{
    const QString body = bold ? QStringLiteral("<b>%1</b>").arg(esc(text)) : esc(text);
    return QStringLiteral("<td align=\"right\" style=\"white-space:nowrap\">%1</td>").arg(body);
}

// widths: percentages of the table, one a column (0 leaves a column to the layout). A caption
// goes in the header too: it repeats on every page the table runs onto and is never left
// alone at the foot of a page.
QString headerRow(const QStringList& titles, const QList<bool>& rightAligned = {},
                  const QList<int>& widths = {}, const QString& caption = {})
{
    QString row = QStringLiteral("<thead>");
    if (!caption.isEmpty())
        row += QStringLiteral("<tr><th colspan=\"%1\" align=\"left\" bgcolor=\"#ffffff\" "
                              "style=\"font-size:15px; padding-top:6px; padding-bottom:6px\">%2</th></tr>")
                   .arg(titles.size())
                   .arg(esc(caption));
    row += QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(headColor));
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const int width = widths.value(i);
        row +=
            QStringLiteral("<th align=\"%1\"%2>%3</th>")
                .arg(rightAligned.value(i) ? QStringLiteral("right") : QStringLiteral("left"),
                     width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(), esc(titles.at(i)));
    }
    return row + QStringLiteral("</tr></thead>");
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse:collapse; border-color:%1; border-style:solid\">")
        .arg(QLatin1String(ruleColor));
}

QString muted(const QString& html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(mutedColor), html);
}

QString small(const QString& html)
{
    return QStringLiteral("<span style=\"font-size:10px\">%1</span>").arg(html);
}

QString heading(const QString& text, bool newPage)
{
    return QStringLiteral("<h1 style=\"font-size:21px; margin-top:%1px; margin-bottom:8px;%2\">%3</h1>")
        .arg(newPage ? 0 : 14)
        .arg(newPage ? QStringLiteral(" page-break-before:always") : QString(), esc(text));
}

QString subheading(const QString& text)
{
    return QStringLiteral("<h2 style=\"font-size:15px; margin-top:12px; margin-bottom:5px\">%1</h2>")
        .arg(esc(text));
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p style=\"margin-top:3px; margin-bottom:5px\">%1</p>").arg(html);
}

// "App Runner: us-east-1; Graviton: arm64", or "none: every option runs the workload as stated".
QString optionOverrides(const ReportData& d)
{
    QStringList parts;
    for (const OptionResult& o : d.comparison().options)
        if (const QString own = d.overridesText(o.id); !own.isEmpty())
            parts << o.label + QStringLiteral(": ") + own;
    return parts.isEmpty() ? ReportWriter::tr("none: every option runs the workload as stated")
                           : parts.join(QStringLiteral("; "));
}

QString noteLevelName(NoteLevel level)
{
    switch (level) {
    case NoteLevel::Info:
        return ReportWriter::tr("Note");
    case NoteLevel::Warning:
        return ReportWriter::tr("Caution");
    case NoteLevel::Unavailable:
        return ReportWriter::tr("Not available");
    }
    return {};
}

// "Ease of use ×1, Scalability ×2, …"
QString weightsText(const RadarData& radar, const QLocale& locale)
{
    QStringList parts;
    for (qsizetype i = 0; i < radar.criteria.size(); ++i)
        parts << radar.criteria.at(i) + QStringLiteral(" ×") +
                     locale.toString(radar.weights.value(i), 'g', 3);
    return parts.join(QStringLiteral(", "));
}

QString estimatesText(int count)
{
    if (count == 0)
        return ReportWriter::tr("No figure rests on an estimated price.");
    if (count == 1)
        return ReportWriter::tr("One figure rests on an estimated price.");
    return ReportWriter::tr("%1 figures rest on estimated prices.").arg(count);
}

QString estimateMark(bool estimate)
{
    return estimate ? QStringLiteral(" *") : QString();
}

// Where a block's lines sit in the document (line positions are relative to this point).
QPointF blockOrigin(const QAbstractTextDocumentLayout* layout, const QTextBlock& block)
{
    const QRectF box = layout->blockBoundingRect(block);
    return box.topLeft() - block.layout()->boundingRect().topLeft();
}

int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

// The bottom of what a heading introduces: the first line of the next paragraph or, for a
// table (directly, or under a one-paragraph lead-in), its header rows and first body row.
qreal introducedBottom(const QTextDocument* document, const QTextBlock& heading)
{
    const QAbstractTextDocumentLayout* layout = document->documentLayout();
    QTextBlock next = heading.next();
    if (!next.isValid())
        return -1;
    const auto tableAt = [](const QTextBlock& block) { return QTextCursor(block).currentTable(); };
    qreal bottom = -1;
    if (!tableAt(next) && next.layout()->lineCount() > 0) {
        const QTextLine first = next.layout()->lineAt(0);
        bottom = blockOrigin(layout, next).y() + first.rect().bottom();
        // A lead-in paragraph stays with the table it introduces.
        const QTextBlock after = next.next();
        if (after.isValid() && tableAt(after) && tableAt(after) != tableAt(next))
            next = after;
        else
            return bottom;
    }
    QTextTable* table = tableAt(next);
    if (!table || table->rows() == 0)
        return bottom;
    const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (!cell.isValid())
            continue;
        const QTextBlock last = cell.lastCursorPosition().block();
        bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
    }
    return bottom;
}

} // namespace

QPageLayout ReportPage::layout() const
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
}

ReportWriter::ReportWriter(const ReportData& data, const ReportPage& page) : m_data(data), m_page(page) {}

ReportWriter::~ReportWriter()
{
    // The document refers to the chart handler; drop it first.
    m_document.reset();
}

// The cover: title, what the report is, and the facts it rests on.
QString ReportWriter::coverHtml(qreal bodyHeight) const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    QString h;
    h += QStringLiteral("<p style=\"margin-top:%1px; font-size:13px; color:%2\">%3</p>")
             .arg(int(bodyHeight * 0.18))
             .arg(QLatin1String(mutedColor), esc(tr("Container Compare for AWS")));
    h += QStringLiteral(
             "<p style=\"font-size:30px; font-weight:bold; margin-top:6px; margin-bottom:4px\">%1</p>")
             .arg(esc(d.title()));
    h += QStringLiteral("<p style=\"font-size:16px; margin-bottom:28px; color:%1\">%2</p>")
             .arg(QLatin1String(mutedColor),
                  esc(tr("What running this workload costs a month, option by option")));
    QList<QPair<QString, QString>> facts = {
        {tr("Date"), d.locale().toString(d.date(), QLocale::LongFormat)},
        {tr("Region"), d.regionText()},
        {tr("Workload"), d.workloadText()},
        {tr("Options' own settings"), optionOverrides(d)},
        {tr("Period"), d.periodText()},
        {tr("Currency and rate"), d.currencyText()},
        {tr("Options compared"), QString::number(comparison.options.size())},
        {tr("Prices as of"), d.pricesAsOf()},
    };
    const QString cheapestText = ComparisonText::cheapest(comparison, d.scenario().currency, d.locale());
    if (!cheapestText.isEmpty())
        facts.insert(3, {tr("Cheapest"), cheapestText});
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\" style=\"font-size:14px\">");
    for (const auto& [key, value] : facts)
        h += QStringLiteral("<tr><td style=\"color:%1; padding-right:18px\">%2</td><td>%3</td></tr>")
                 .arg(QLatin1String(mutedColor), esc(key), esc(value));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p style=\"margin-top:40px; font-size:11px; color:%1\">%2</p>")
             .arg(QLatin1String(mutedColor), esc(tr("Figures marked * rest on an estimated price. Prices are "
                                                    "published in USD; the sources and "
                                                    "their dates are listed at the end of this report.")));
    return h;
}

// Every option, cheapest first, with its total and the note that matters most.
QString ReportWriter::summaryHtml() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const bool showUsd = d.scenario().currency.code != u"USD";
    const int cheapest = comparison.cheapestIndex();
    QString h;
    h += heading(tr("Summary: every option, cheapest first"), true);
    h += tableStart();
    QStringList titles = {tr("#"), tr("Option"), tr("Monthly total")};
    QList<bool> right = {true, false, true};
    QList<int> widths = {4, 30, 16};
    if (showUsd) {
        titles << tr("USD");
        right << true;
        widths << 11;
    }
    titles << tr("Key note");
    right << false;
    h += headerRow(titles, right, widths);
    int rank = 0;
    for (int i : d.ranking()) {
        const OptionResult& o = comparison.options.at(i);
        const bool isCheapest = i == cheapest;
        h += isCheapest ? QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(cheapColor))
                        : QStringLiteral("<tr>");
        h += numberCell(Comparison::rankable(o) ? QString::number(++rank) : QStringLiteral("–"));
        h += cell((isCheapest ? QStringLiteral("<b>%1</b> ★").arg(esc(o.label)) : esc(d.optionLabel(o))),
                  QStringLiteral("style=\"white-space:nowrap\""));
        h += numberCell(d.optionTotal(o) + estimateMark(o.hasEstimate()), true);
        if (showUsd)
            h += numberCell(o.available ? d.usd(o.monthlyUsd()) : QString());
        h += cell(small(esc(d.keyNote(o))));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += paragraph(small(muted(esc(tr("★ the cheapest option that can run the workload, every price known. %1 a month; %2.")
                                       .arg(d.periodText(), d.currencyText())) +
                               QStringLiteral(" ") + esc(estimatesText(comparison.estimateCount())))));
    return h;
}

// The window's charts, drawn as vectors, and the break-even in words.
QString ReportWriter::chartsHtml(qreal bodyWidth, qreal bodyHeight) const
{
    const ReportData& d = m_data;
    QString h;
    h += heading(tr("Charts"), false);
    // Charts go in as images named "chart:N" with their size; the report's chart handler,
    // registered for images, draws them as vectors (nothing is ever loaded as a bitmap).
    const qreal chartHeight = std::min(bodyWidth * 0.5, (bodyHeight - 90) / 2);
    for (int i = 0; i < int(m_charts.size()); ++i) {
        // The radar is round with its legend beside it: it needs more height than the bars.
        const QSizeF size(bodyWidth, i == 3 ? std::min(bodyHeight - 60, bodyWidth * 0.62) : chartHeight);
        h += QStringLiteral("<p align=\"center\" style=\"margin-top:4px; margin-bottom:10px\">"
                            "<img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                 .arg(ReportChartObject::resourceName(i))
                 .arg(size.width(), 0, 'f', 2)
                 .arg(size.height(), 0, 'f', 2);
        if (i == 2) {
            // Break-even, in words under the scaling chart.
            h += paragraph(small(esc(Scaling::breakEvenSentence(d.scaling(), d.locale()))));
        }
    }
    return h;
}

// The Regions tab's table: each option's monthly total in every region that has a price
// book, cheapest region first; the cheapest region of each option in bold with ★, the
// cheapest pair overall tinted; what cannot be priced says so, never 0.
QString ReportWriter::regionsHtml() const
{
    const ReportData& d = m_data;
    QString h;
    const RegionComparison& regions = d.regions();
    h += heading(tr("Regions"), true);
    if (regions.cheapestOverallRegion.isEmpty()) {
        h += paragraph(esc(tr("No option can be priced completely in any region with prices.")));
    } else {
        const RegionOptionTotal* best = regions.total(regions.cheapestOverallRegion, regions.cheapestOverallOption);
        h += paragraph(esc(tr("Cheapest anywhere: %1 in %2, %3 a month.")
                               .arg(regions.optionLabels.value(regions.optionIds.indexOf(regions.cheapestOverallOption)),
                                    d.regionName(regions.cheapestOverallRegion) + QStringLiteral(" (") +
                                        regions.cheapestOverallRegion + QLatin1Char(')'),
                                    d.money(best ? best->monthlyUsd : 0))));
    }
    const int optionCount = int(regions.optionIds.size());
    QStringList cols = {tr("Region")};
    QList<bool> r = {false};
    const int regionWidth = 22;
    QList<int> w = {regionWidth};
    for (const QString& label : regions.optionLabels) {
        cols << label;
        r << true;
        w << (optionCount > 0 ? (100 - regionWidth) / optionCount : 0);
    }
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
             "style=\"border-collapse:collapse; border-color:%1; border-style:solid; font-size:%2px\">")
             .arg(QLatin1String(ruleColor))
             .arg(optionCount > 5 ? 10 : 12);
    h += headerRow(cols, r, w);
    for (const RegionTotals* row : regions.sortedRows()) {
        h += QStringLiteral("<tr>");
        h += cell(QStringLiteral("<b>%1</b><br/>").arg(esc(row->region)) + small(muted(esc(row->name))));
        for (const RegionOptionTotal& t : row->options) {
            const bool cheapestForOption = regions.cheapestRegion.value(t.id) == row->region;
            const bool cheapestOverall =
                row->region == regions.cheapestOverallRegion && t.id == regions.cheapestOverallOption;
            QString text = !t.available ? tr("not available") : !t.known ? tr("unknown") : d.money(t.monthlyUsd);
            QString body = esc(text);
            if (cheapestForOption)
                body = QStringLiteral("<b>%1 ★</b>").arg(body);
            else if (!t.known)
                body = muted(body);
            h += QStringLiteral("<td align=\"right\"%1 style=\"white-space:nowrap\">%2</td>")
                     .arg(cheapestOverall ? QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(cheapColor)) : QString(),
                          body);
        }
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += paragraph(small(muted(esc(tr("★ the cheapest region for the option; shaded: the cheapest anywhere. Every option is "
                                      "priced in the row's region with that region's book (%1); “unknown”: a price it "
                                      "needs is not in the book; “not available”: it cannot run there as set.")
                                       .arg(d.periodText())))));
    QStringList books;
    for (const RegionTotals& row : regions.regions)
        books << QStringLiteral("<b>%1</b>: %2").arg(esc(row.region), esc(d.regionBookText(row.region)));
    h += paragraph(small(muted(books.join(QStringLiteral("<br/>")))));
    return h;
}

// Each option's line items, total and notes.
QString ReportWriter::breakdownHtml() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const bool showUsd = d.scenario().currency.code != u"USD";
    QString h;
    h += heading(tr("Breakdown by option"), true);
    for (const OptionResult& o : comparison.options) {
        h += subheading(d.optionLabel(o) + QStringLiteral(" — ") + d.optionTotal(o) + estimateMark(o.hasEstimate()));
        if (!o.lineItems.isEmpty()) {
            h += tableStart();
            QStringList cols = {tr("Kind"), tr("Item"), tr("Monthly")};
            QList<bool> r = {false, false, true};
            if (showUsd) {
                cols << tr("USD");
                r << true;
            }
            h += headerRow(cols, r);
            for (const LineItem& item : o.lineItems) {
                h += QStringLiteral("<tr>");
                h += cell(esc(lineKindName(item.kind)), QStringLiteral("style=\"white-space:nowrap\""));
                h += cell(small(esc(item.label)));
                h += numberCell(item.known ? d.money(item.monthlyUsd) + estimateMark(item.estimate)
                                           : tr("unknown"));
                if (showUsd)
                    h += numberCell(item.known ? d.usd(item.monthlyUsd) : QString());
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("<tr bgcolor=\"%1\">").arg(QLatin1String(headColor));
            h += cell(QStringLiteral("<b>%1</b>").arg(esc(tr("Total"))));
            h += cell(QString());
            h += numberCell(d.optionTotal(o), true);
            if (showUsd)
                h += numberCell(o.available ? d.usd(o.monthlyUsd()) : QString(), true);
            h += QStringLiteral("</tr></table>");
        }
        if (!o.notes.isEmpty()) {
            h += QStringLiteral("<ul style=\"margin-top:4px; margin-bottom:6px\">");
            for (const Note& n : o.notes) {
                const QString level = esc(noteLevelName(n.level)) + QStringLiteral(": ");
                h += QStringLiteral("<li>%1</li>")
                         .arg(small(n.level == NoteLevel::Info
                                        ? muted(level) + esc(n.text)
                                        : QStringLiteral("<span style=\"color:%1\">%2</span>")
                                              .arg(QLatin1String(warnColor), level + esc(n.text))));
            }
            h += QStringLiteral("</ul>");
        }
    }
    return h;
}

// Every service of the catalog, as the window's matrix shows it (same model, same colours);
// the compared ones in bold with their weighted score and rank.
QString ReportWriter::capabilitiesHtml() const
{
    const ReportData& d = m_data;
    QString h;
    const RadarData& radar = d.radar();
    const CapabilityMatrixModel matrix(d.catalog(), d.language());
    h += heading(tr("Capability matrix"), true);
    h += paragraph(
        small(muted(esc(tr("Every service rated 0 (cannot) to 4 (best of the set) on each criterion. "
                           "The services compared here are in bold; their score weighs each criterion "
                           "by its weight (%1).")
                            .arg(weightsText(radar, d.locale()))))));
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
             "style=\"border-collapse:collapse; border-color:%1; border-style:solid; font-size:10px\">")
             .arg(QLatin1String(ruleColor));
    // Criterion names are long and the columns narrow: a smaller type keeps words whole.
    const double criterionWidth = matrix.columnCount() > 0 ? (100.0 - 12 - 6 - 5) / matrix.columnCount() : 0;
    h += QStringLiteral("<thead><tr bgcolor=\"%1\"><th align=\"left\" width=\"12%\">%2</th>")
             .arg(QLatin1String(headColor), esc(tr("Service")));
    for (int c = 0; c < matrix.columnCount(); ++c)
        h += QStringLiteral("<th align=\"center\" width=\"%1%\"><span style=\"font-size:8px\">%2</span></th>")
                 .arg(criterionWidth, 0, 'f', 1)
                 .arg(esc(matrix.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
    h += QStringLiteral(
             "<th align=\"center\" width=\"6%\"><span style=\"font-size:8px\">%1</span></th>"
             "<th align=\"center\" width=\"5%\"><span style=\"font-size:8px\">%2</span></th></tr></thead>")
             .arg(esc(tr("Score")), esc(tr("Rank")));
    for (int r = 0; r < matrix.rowCount(); ++r) {
        const QString id = matrix.headerData(r, Qt::Vertical, CapabilityMatrixModel::EntryIdRole).toString();
        const auto compared = std::find_if(radar.services.cbegin(), radar.services.cend(),
                                           [&id](const RadarService& s) { return s.id == id; });
        const bool isCompared = compared != radar.services.cend();
        const QString name = esc(matrix.headerData(r, Qt::Vertical, Qt::DisplayRole).toString());
        h += QStringLiteral("<tr>") + cell(isCompared ? QStringLiteral("<b>%1</b>").arg(name) : name);
        for (int c = 0; c < matrix.columnCount(); ++c) {
            const QModelIndex index = matrix.index(r, c);
            const int score = index.data(CapabilityMatrixModel::RawValueRole).toInt();
            h += QStringLiteral("<td align=\"center\" bgcolor=\"%1\"><span style=\"color:%2\">%3</span></td>")
                     .arg(CapabilityMatrixModel::scoreColor(score).name(),
                          CapabilityMatrixModel::textColor(score).name())
                     .arg(isCompared ? QStringLiteral("<b>%1</b>").arg(score) : QString::number(score));
        }
        h += isCompared
                 ? QStringLiteral("<td align=\"center\"><b>%1</b></td><td align=\"center\"><b>%2</b></td>")
                       .arg(d.locale().toString(compared->weightedScore, 'f', 2))
                       .arg(compared->rank)
                 : QStringLiteral("<td></td><td></td>");
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += subheading(tr("Why these scores"));
    for (const RadarService& s : radar.services) {
        QStringList reasons;
        for (qsizetype c = 0; c < radar.criteria.size(); ++c)
            reasons << QStringLiteral("<i>%1 %2</i>: %3")
                           .arg(esc(radar.criteria.at(c)))
                           .arg(s.scores.value(c))
                           .arg(esc(s.why.value(c)));
        h += paragraph(
            small(QStringLiteral("<b>%1</b> — ").arg(esc(s.label)) + reasons.join(QStringLiteral(" · "))));
    }
    return h;
}

// Every storage type side by side, then the scenario's own storage.
QString ReportWriter::storageHtml() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const bool showUsd = d.scenario().currency.code != u"USD";
    const Catalog& catalog = d.catalog();
    QString h;
    h += heading(tr("Storage side by side"), true);
    h += paragraph(small(muted(esc(tr("Every storage type priced for %1 GB for the period, with the cautions "
                                      "that matter for containers.")
                                       .arg(d.locale().toString(d.storageSizeGiB(), 'g', 10))))));
    h += tableStart();
    {
        QStringList cols = {tr("Storage"), tr("Kind"), tr("Multi-AZ"), tr("Mounts from"), tr("Monthly")};
        QList<bool> r = {false, false, false, false, true};
        if (showUsd) {
            cols << tr("USD");
            r << true;
        }
        h += headerRow(cols, r);
    }
    for (const StorageResult& s : d.storageSideBySide()) {
        const CatalogEntry* e = catalog.find(CatalogKind::Storage, s.type);
        const QString name = e ? e->name.text(d.language()) : s.type;
        const QString caution =
            e && !e->cautions.isEmpty() ? e->cautions.constFirst().text.text(d.language()) : QString();
        const QString mounts = e ? d.storageMounts(*e) : QString();
        h += QStringLiteral("<tr>");
        h += cell(esc(name) +
                  (caution.isEmpty() ? QString() : QStringLiteral("<br/>") + small(muted(esc(caution)))));
        h += cell(esc(e ? ReportData::storageKindName(e->storage.kind) : QString()));
        h += cell(esc(e ? (e->storage.multiAz ? tr("yes") : tr("no")) : QString()));
        h += cell(small(esc(mounts)));
        h += numberCell(s.known ? d.money(s.monthlyUsd) + estimateMark(s.estimate) : tr("unknown"));
        if (showUsd)
            h += numberCell(s.known ? d.usd(s.monthlyUsd) : QString());
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (!comparison.storage.isEmpty()) {
        h += subheading(tr("Storage in this scenario"));
        h += tableStart() + headerRow({tr("Item"), tr("Monthly")}, {false, true});
        for (const StorageResult& s : comparison.storage)
            h += QStringLiteral("<tr>") + cell(esc(s.label)) +
                 numberCell(s.known ? d.money(s.monthlyUsd) + estimateMark(s.estimate) : tr("unknown")) +
                 QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    return h;
}

// Every security service side by side, then the scenario's own security.
QString ReportWriter::securityHtml() const
{
    const ReportData& d = m_data;
    const Comparison& comparison = d.comparison();
    const bool showUsd = d.scenario().currency.code != u"USD";
    const Catalog& catalog = d.catalog();
    QString h;
    h += heading(tr("Security side by side"), false);
    h += paragraph(small(muted(esc(
        tr("What each security service would cost a month for this workload (%1).").arg(d.workloadText())))));
    h += tableStart();
    {
        QStringList cols = {tr("Service"), tr("What it does"), tr("Monthly")};
        QList<bool> r = {false, false, true};
        if (showUsd) {
            cols << tr("USD");
            r << true;
        }
        h += headerRow(cols, r);
    }
    for (const SecurityResult& s : d.securitySideBySide()) {
        const CatalogEntry* e = catalog.find(CatalogKind::Security, s.service);
        const QString name = e ? e->label(d.language()) : s.service;
        const QString caution =
            e && !e->cautions.isEmpty() ? e->cautions.constFirst().text.text(d.language()) : QString();
        h += QStringLiteral("<tr>");
        h += cell(esc(name), QStringLiteral("style=\"white-space:nowrap\""));
        h += cell(small(esc(e ? e->description.text(d.language()) : QString()) +
                        (caution.isEmpty() ? QString() : QStringLiteral("<br/>") + muted(esc(caution))) +
                        QStringLiteral("<br/>") + muted(esc(s.label))));
        h += numberCell(s.known ? d.money(s.monthlyUsd) + estimateMark(s.estimate) : tr("unknown"));
        if (showUsd)
            h += numberCell(s.known ? d.usd(s.monthlyUsd) : QString());
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (!comparison.security.isEmpty()) {
        h += subheading(tr("Security in this scenario"));
        h += tableStart() + headerRow({tr("Item"), tr("Monthly")}, {false, true});
        for (const SecurityResult& s : comparison.security)
            h += QStringLiteral("<tr>") + cell(esc(s.label)) +
                 numberCell(s.known ? d.money(s.monthlyUsd) + estimateMark(s.estimate) : tr("unknown")) +
                 QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    return h;
}

// What the figures assume, one item a sentence.
QString ReportWriter::assumptionsHtml() const
{
    const ReportData& d = m_data;
    QString h;
    h += heading(tr("Assumptions"), true);
    h += QStringLiteral("<ul>");
    for (const QString& a : d.assumptions())
        h += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(esc(a));
    h += QStringLiteral("</ul>");
    return h;
}

// The price sources, the prices behind the figures and the discounts applied.
QString ReportWriter::sourcesHtml() const
{
    const ReportData& d = m_data;
    QString h;
    h += heading(tr("Price sources"), false);
    h += tableStart() + headerRow({tr("Source"), tr("Title"), tr("Date")});
    for (const PriceSource& s : d.sources()) {
        h +=
            QStringLiteral("<tr>") +
            cell(QStringLiteral("<b>%1</b>").arg(esc(s.id)), QStringLiteral("style=\"white-space:nowrap\"")) +
            cell(esc(s.title) +
                 (s.version.isEmpty()
                      ? QString()
                      : QStringLiteral("<br/>") +
                            small(esc(tr("AWS Price List offer file version %1, published %2%3")
                                          .arg(s.version, s.publicationDate.isEmpty() ? s.date : s.publicationDate,
                                               s.file.isEmpty() ? QString() : tr(", file %1").arg(s.file))))) +
                 QStringLiteral("<br/>") + small(muted(esc(s.url)))) +
            cell(esc(s.date), QStringLiteral("style=\"white-space:nowrap\"")) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    h += paragraph(QString());
    // Small type: a price key, an offer file's source id and its version stay on one line each.
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                        "style=\"border-collapse:collapse; border-color:%1; border-style:solid; font-size:10px\">")
             .arg(QLatin1String(ruleColor)) +
         headerRow({tr("Region"), tr("Price"), tr("USD"), tr("Unit"), tr("Source"), tr("As of"), tr("Confidence")},
                   {false, false, true, false, false, false, false}, {}, tr("Prices behind the figures"));
    for (const ReportPriceRow& p : d.priceRows()) {
        const QString confidence = d.confidenceName(p.confidence) +
                                   (p.grade.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.grade));
        h += QStringLiteral("<tr>") + cell(small(esc(p.region)), QStringLiteral("style=\"white-space:nowrap\"")) +
             cell(small(esc(p.item)), QStringLiteral("style=\"white-space:nowrap\"")) +
             numberCell(QLocale::c().toString(p.usd, 'g', 10)) +
             cell(small(esc(p.unit)), QStringLiteral("style=\"white-space:nowrap\"")) +
             cell(esc(p.source) + (p.offerVersion.isEmpty()
                                       ? QString()
                                       : QStringLiteral("<br/>") +
                                             muted(esc(tr("version %1").arg(p.offerVersion)) + QStringLiteral("<br/>") +
                                                   esc(tr("published %1").arg(p.offerPublished)))),
                  QStringLiteral("style=\"white-space:nowrap\"")) +
             cell(small(esc(p.asOf)), QStringLiteral("style=\"white-space:nowrap\"")) +
             cell(p.confidence == Confidence::Estimate ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                                             .arg(QLatin1String(warnColor), esc(confidence))
                                                       : esc(confidence)) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (!d.discounts().isEmpty()) {
        h += paragraph(QString());
        h += tableStart() + headerRow({tr("Option"), tr("Purchase"), tr("Off on-demand"), tr("Source"),
                                       tr("As of"), tr("Confidence")},
                                      {false, false, true, false, false, false}, {}, tr("Discounts"));
        for (const ReportDiscountRow& r : d.discounts())
            h += QStringLiteral("<tr>") + cell(esc(r.option)) + cell(esc(r.purchase)) +
                 numberCell(d.locale().toString(r.fraction * 100, 'g', 4) + QLatin1Char('%')) +
                 cell(esc(r.fromScenario ? tr("the scenario") : r.source)) + cell(esc(r.asOf)) +
                 cell(esc(r.fromScenario ? QString() : d.confidenceName(r.confidence))) +
                 QStringLiteral("</tr>");
        h += QStringLiteral("</table>");
    }
    return h;
}

QString ReportWriter::html(qreal bodyWidth, qreal bodyHeight)
{
    QString h = QStringLiteral("<html><body style=\"color:%1\">").arg(QLatin1String(textColor));
    h += coverHtml(bodyHeight);
    h += summaryHtml();
    h += chartsHtml(bodyWidth, bodyHeight);
    h += regionsHtml();
    h += breakdownHtml();
    h += capabilitiesHtml();
    h += storageHtml();
    h += securityHtml();
    h += assumptionsHtml();
    h += sourcesHtml();
    h += QStringLiteral("</body></html>");
    return h;
}

void ReportWriter::build(qreal bodyWidth, qreal bodyHeight)
{
    const ReportData& d = m_data;
    // Print style: the window's light look, smaller type, no hover tips or animation.
    ChartStyle style = ChartStyle::forTheme(false);
    style.fontFamily = ReportData::baseFont(d.language()).family();
    style.titlePointSize = 10.5;
    style.axisTitlePointSize = 7.5;
    style.labelPointSize = 7.5;
    style.legendPointSize = 7.5;
    style.hoverTooltips = false;
    style.animations = false;
    style.locale = d.locale();
    style.language = d.language();

    m_charts.clear();
    m_charts.emplace_back(ChartBuilder::totals(d.model(), style));
    m_charts.emplace_back(ChartBuilder::breakdown(d.model(), style));
    m_charts.emplace_back(ChartBuilder::scaling(d.scaling(), style));
    if (!d.radar().services.isEmpty())
        m_charts.emplace_back(ChartBuilder::capabilities(d.radar(), style));
    for (const auto& chart : m_charts)
        ChartExport::applyFont(chart.get(), ReportData::baseFont(d.language()));

    m_document = std::make_unique<QTextDocument>();
    if (!m_chartObject)
        m_chartObject = std::make_unique<ReportChartObject>();
    std::vector<QChart*> charts;
    for (const auto& chart : m_charts)
        charts.push_back(chart.get());
    m_chartObject->setCharts(charts);

    QFont font = ReportData::baseFont(d.language());
    font.setPixelSize(12);
    font.setHintingPreference(QFont::PreferNoHinting);
    m_document->setDefaultFont(font);
    // Fractional glyph advances: the layout then measures the same on screen, paper and PDF.
    m_document->setUseDesignMetrics(true);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(QSizeF(bodyWidth, bodyHeight));
    m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, m_chartObject.get());
    m_document->setHtml(html(bodyWidth, bodyHeight));
    fitBlocksToPages(bodyHeight);
    m_pageCount = m_document->pageCount();
}

void ReportWriter::fitBlocksToPages(qreal bodyHeight)
{
    // Page-fit and keep-with-next, block by block from the top. A block with a line across a
    // page break (Qt 6.4 leaves a chart, being one tall line, across it) starts the next page; a heading whose first paragraph or first table row would start the next
    // page starts that page itself. Moving a block moves everything after it, so the blocks
    // after it are measured again; each block moves at most once.
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    QTextDocument* document = m_document.get();
    const auto moveToNextPage = [document](const QTextBlock& block) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        QTextCursor(block).setBlockFormat(format);
        // The layout after a change of format is incremental, and Qt 6.4 then drops the lines
        // of later blocks that start a page; laying the whole document out again keeps them.
        document->markContentsDirty(0, document->characterCount());
    };
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        if (format.headingLevel() > 0) {
            const qreal bottom = introducedBottom(m_document.get(), block);
            if (bottom >= 0 && pageOf(top + 1, bodyHeight) != pageOf(bottom - 1, bodyHeight))
                moveToNextPage(block);
            continue;
        }
        if (QTextCursor(block).currentTable())
            continue; // Qt moves a table row that does not fit to the next page itself
        const QTextLayout* lines = block.layout();
        const QPointF origin = blockOrigin(layout, block);
        for (int i = 0; lines && i < lines->lineCount(); ++i) {
            const QRectF line = lines->lineAt(i).rect().translated(origin);
            if (pageOf(line.top() + 1, bodyHeight) != pageOf(line.bottom() - 1, bodyHeight)) {
                // Only a line no taller than a page can fit one; html() sizes the charts so.
                if (line.height() <= bodyHeight)
                    moveToNextPage(block);
                break;
            }
        }
    }
}

QList<ReportWriter::Placement> ReportWriter::placements() const
{
    QList<Placement> result;
    if (!m_document)
        return result;
    const qreal pageHeight = m_document->pageSize().height();
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout* lines = block.layout();
        if (!lines)
            continue;
        const QPointF origin = blockOrigin(layout, block);
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            Placement p;
            p.rect = line.rect().translated(origin);
            p.page = pageOf(p.rect.top() + 1, pageHeight); // positions are rounded to 1/64 px
            p.text = block.text().mid(line.textStart(), line.textLength());
            p.headingLevel = block.blockFormat().headingLevel();
            p.firstLine = i == 0;
            result << p;
        }
    }
    return result;
}

void ReportWriter::paint(QPainter* painter, QPagedPaintDevice* device)
{
    const QPageLayout layout = device->pageLayout();
    const QRectF paint = layout.paintRect(QPageLayout::Inch);
    const qreal width = paint.width() * cssDpi;
    const qreal height = paint.height() * cssDpi;
    const qreal bodyHeight = height - headerHeight - footerHeight;
    build(width, bodyHeight);

    const qreal scale = device->logicalDpiX() / cssDpi;
    painter->save();
    painter->scale(scale, scale);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    QFont bandFont = ReportData::baseFont(m_data.language());
    bandFont.setPixelSize(10);
    bandFont.setHintingPreference(QFont::PreferNoHinting);
    const QColor muted{QLatin1String(mutedColor)};
    const QColor rule{QLatin1String(ruleColor)};
    const QString title = m_data.title();
    const QString product = tr("Container Compare for AWS");
    const QString date = m_data.locale().toString(m_data.date(), QLocale::ShortFormat);

    for (int page = 0; page < m_pageCount; ++page) {
        if (page > 0)
            device->newPage();
        // Header and footer: the cover keeps only its footer.
        painter->setFont(bandFont);
        painter->setPen(muted);
        if (page > 0) {
            const QRectF band(0, 0, width, headerHeight - 10);
            painter->drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter->drawText(band, Qt::AlignRight | Qt::AlignVCenter, product);
            painter->setPen(QPen(rule, 0.75));
            painter->drawLine(QPointF(0, headerHeight - 8), QPointF(width, headerHeight - 8));
        }
        const QRectF footer(0, height - footerHeight + 8, width, footerHeight - 8);
        painter->setPen(QPen(rule, 0.75));
        painter->drawLine(QPointF(0, height - footerHeight + 4), QPointF(width, height - footerHeight + 4));
        painter->setPen(muted);
        painter->drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                          page == 0 ? product : title + QStringLiteral(" · ") + date);
        painter->drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                          tr("Page %1 of %2").arg(page + 1).arg(m_pageCount));

        painter->save();
        const QRectF clip(0, page * bodyHeight, width, bodyHeight);
        painter->translate(0, headerHeight - page * bodyHeight);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines are placed to 1/64 px: the first line of the next page can start a hair above
        // this page's end. Drawn here it would be clipped away yet stay in the PDF as hidden
        // text (found twice by a search); a pixel's margin leaves it to its own page.
        context.clip = clip.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, QColor(QLatin1String(textColor)));
        m_document->documentLayout()->draw(painter, context);
        painter->restore();
    }
    painter->restore();
}

bool ReportWriter::writePdf(QIODevice* device)
{
    return PdfFile::write(device, [this](QIODevice* buffer) { return draw(buffer); });
}

bool ReportWriter::draw(QIODevice* device)
{
    QPdfWriter writer(device);
    writer.setPageLayout(m_page.layout());
    writer.setTitle(m_data.title());
    writer.setCreator(tr("Container Compare for AWS"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    paint(&painter, &writer);
    return painter.end();
}

bool ReportWriter::writePdf(const QString& fileName, QString* errorMessage)
{
    return PdfFile::write(
        fileName, [this](QIODevice* buffer) { return draw(buffer); },
        tr("Cannot write %1: the PDF could not be drawn").arg(QDir::toNativeSeparators(fileName)), errorMessage);
}

void ReportWriter::print(QPagedPaintDevice* device)
{
    QPainter painter;
    if (!painter.begin(device))
        return;
    paint(&painter, device);
    painter.end();
}

QString ReportWriter::plainText() const
{
    return m_document ? m_document->toPlainText() : QString();
}
