#include "RegionsView.h"

#include "ScenarioDocument.h"

#include <QColor>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

RegionsView::RegionsView(ScenarioDocument* document, const Catalog& catalog, const PriceBooks& prices, QWidget* parent)
    : QWidget(parent), m_document(document), m_catalog(catalog), m_prices(&prices)
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
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void RegionsView::refresh(const PriceBooks* books)
{
    if (books)
        m_prices = books;
    m_regions = RegionComparison::evaluate(m_document->scenario(), m_catalog, *m_prices, {}, m_language);

    // Cheapest first (the comparison's own order: the report and the slides show the same).
    const QList<const RegionTotals*> rows = m_regions.sortedRows();

    m_table->clear();
    m_table->setColumnCount(2 + int(m_regions.optionIds.size()));
    m_table->setRowCount(int(rows.size()));
    QStringList head{tr("Region"), tr("Name")};
    for (const QString& label : std::as_const(m_regions.optionLabels))
        head << tr("%1 (USD/month)").arg(label);
    m_table->setHorizontalHeaderLabels(head);
    // A heat table: each known total tinted from green (the option's cheapest region) to red (its
    // dearest); unknown and unavailable cells stay untinted.
    QHash<QString, std::pair<double, double>> range;
    for (const RegionTotals& row : std::as_const(m_regions.regions))
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
            const bool cheapest = m_regions.cheapestRegion.value(t.id) == row.region;
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
    if (m_regions.cheapestOverallRegion.isEmpty()) {
        m_summary->setText(tr("No option is priced completely in any region."));
    } else {
        const qsizetype i = m_regions.optionIds.indexOf(m_regions.cheapestOverallOption);
        const RegionOptionTotal* t = m_regions.total(m_regions.cheapestOverallRegion, m_regions.cheapestOverallOption);
        m_summary->setText(tr("Cheapest overall: %1 in %2, %3 USD a month (%4 regions with prices).")
                               .arg(m_regions.optionLabels.value(i), m_regions.cheapestOverallRegion,
                                    QString::number(t ? t->monthlyUsd : 0, 'f', 2))
                               .arg(m_regions.regions.size()));
    }
}
