#include "RegionsView.h"

#include "ComparisonText.h"

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

RegionsView::RegionsView(const ComparisonSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Monthly total in every region"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_show);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(showLabel);
    top->addWidget(m_show);
    layout->addLayout(top);

    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Monthly total of one option in every region"));
    m_notPriced = new QLabel(this);
    m_notPriced->setWordWrap(true);
    auto* chartPage = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_notPriced);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(chartPage);
    layout->addWidget(m_stack, 1);
    connect(m_show, &QComboBox::activated, this, [this](int index) { showChart(m_show->itemData(index).toString()); });
    // The chart's labels are in the session's language: a new chart after a change.
    connect(m_session, &ComparisonSession::languageChanged, this, [this] { m_chartFresh = false; });
}

const RegionComparison& RegionsView::regions() const
{
    return m_session->regions();
}

void RegionsView::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    m_chartFresh = false; // the colours and type: a new chart
    if (!m_chartOption.isEmpty())
        updateChart();
}

void RegionsView::showChart(const QString& optionId)
{
    m_chartOption = regions().optionIds.contains(optionId) ? optionId : QString();
    const int index = m_show->findData(m_chartOption);
    if (index >= 0)
        m_show->setCurrentIndex(index);
    m_stack->setCurrentIndex(m_chartOption.isEmpty() ? 0 : 1);
    if (m_chartOption.isEmpty() && m_tableStale)
        fillTable();
    updateChart();
}

void RegionsView::fillShowBox()
{
    const QSignalBlocker blocker(m_show);
    m_show->clear();
    m_show->addItem(tr("Table of every option"), QString());
    for (qsizetype i = 0; i < regions().optionIds.size(); ++i)
        m_show->addItem(tr("Chart of %1").arg(regions().optionLabels.at(i)), regions().optionIds.at(i));
    if (!regions().optionIds.contains(m_chartOption))
        m_chartOption.clear();
    m_show->setCurrentIndex(std::max(0, m_show->findData(m_chartOption)));
    m_stack->setCurrentIndex(m_chartOption.isEmpty() ? 0 : 1);
    if (m_chartOption.isEmpty() && m_tableStale)
        fillTable();
}

void RegionsView::updateChart()
{
    if (m_chartOption.isEmpty()) {
        if (QChart* old = m_chartView->chart(); old && !old->series().isEmpty()) {
            m_chartView->setChart(new QChart);
            delete old;
        }
        m_notPriced->clear();
        return;
    }
    ChartStyle style = m_style;
    style.language = m_session->language();
    // Live edits change the figures, rarely the regions: the chart on show takes them in place
    // (a new chart costs the view a whole new layout).
    const CurrencySettings& currency = m_session->scenario().currency;
    if (!m_chartFresh || !ChartBuilder::updateRegions(m_chartView->chart(), regions(), m_chartOption, currency, style.locale)) {
        QChart* old = m_chartView->chart();
        m_chartView->setChart(ChartBuilder::regions(regions(), m_chartOption, currency, style));
        delete old;
        m_chartFresh = true;
    }
    const QStringList missing = ChartBuilder::regionsNotPriced(regions(), m_chartOption);
    m_notPriced->setText(missing.isEmpty() ? QString() : tr("No bar: %1.").arg(missing.join(QStringLiteral(", "))));
    m_notPriced->setVisible(!missing.isEmpty());
}

void RegionsView::refresh()
{

    // The table is filled when it shows: a chart of one option leaves it for later.
    m_tableStale = true;
    if (m_chartOption.isEmpty())
        fillTable();
    if (regions().cheapestOverallRegion.isEmpty()) {
        m_summary->setText(tr("No option is priced completely in any region."));
    } else {
        const qsizetype i = regions().optionIds.indexOf(regions().cheapestOverallOption);
        const RegionOptionTotal* t = regions().total(regions().cheapestOverallRegion, regions().cheapestOverallOption);
        // In the scenario's currency, as the table and the chart beside it.
        m_summary->setText(tr("Cheapest overall: %1 in %2, %3 a month (%4 regions with prices).")
                               .arg(regions().optionLabels.value(i), regions().cheapestOverallRegion,
                                    ComparisonText::amount(t ? t->monthlyUsd : 0, m_session->scenario().currency,
                                                           QLocale()))
                               .arg(regions().regions.size()));
    }
    fillShowBox();
    if (!m_chartOption.isEmpty())
        updateChart();
}

void RegionsView::fillTable()
{
    m_tableStale = false;
    // Cheapest first (the comparison's own order: the report and the slides show the same).
    const QList<const RegionTotals*> rows = regions().sortedRows();

    m_table->clear();
    m_table->setColumnCount(2 + int(regions().optionIds.size()));
    m_table->setRowCount(int(rows.size()));
    QStringList head{tr("Region"), tr("Name")};
    for (const QString& label : std::as_const(regions().optionLabels))
        head << tr("%1 (USD/month)").arg(label);
    m_table->setHorizontalHeaderLabels(head);
    // A heat table: each known total tinted from green (the option's cheapest region) to red (its
    // dearest); unknown and unavailable cells stay untinted.
    QHash<QString, std::pair<double, double>> range;
    for (const RegionTotals& row : std::as_const(regions().regions))
        for (const RegionOptionTotal& t : row.options)
            if (t.known) {
                auto it = range.find(t.id);
                if (it == range.end())
                    range.insert(t.id, {t.monthlyUsd, t.monthlyUsd});
                else
                    *it = {std::min(it->first, t.monthlyUsd), std::max(it->second, t.monthlyUsd)};
            }
    for (int r = 0; r < rows.size(); ++r) {
        const RegionTotals& row = *rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.region));
        m_table->setItem(r, 1, new QTableWidgetItem(row.name));
        for (int c = 0; c < row.options.size(); ++c) {
            const RegionOptionTotal& t = row.options.at(c);
            QString text = !t.available ? tr("unavailable") : !t.known ? tr("unknown") : QString::number(t.monthlyUsd, 'f', 2);
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            const bool cheapest = regions().cheapestRegion.value(t.id) == row.region;
            if (cheapest) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                text += QStringLiteral(" ★");
                item->setToolTip(tr("The cheapest region for this option"));
            } else if (!t.known) {
                item->setForeground(palette().color(QPalette::PlaceholderText));
                item->setToolTip(t.available ? tr("A price this option needs is not known in this region")
                                             : tr("This option cannot be priced in this region"));
            }
            if (t.known) {
                const auto [low, high] = range.value(t.id);
                const double share = high > low ? (t.monthlyUsd - low) / (high - low) : 0;
                item->setBackground(QColor::fromHsvF(float(0.33 * (1 - share)), 0.28f, 1.0f));
                item->setForeground(QColor(Qt::black));
            }
            item->setText(text);
            m_table->setItem(r, 2 + c, item);
        }
    }
}
