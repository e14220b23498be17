#include "StoragePanel.h"

#include "ComparisonSession.h"

#include "CatalogModel.h"
#include "CostModel.h"
#include "Money.h"
#include "NumberField.h"
#include "PricedTable.h"
#include "ScenarioDocument.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Reads like a number column: right-aligned, sorted by value.
QTableWidgetItem* numberItem(const QString& text, double value)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

StoragePanel::StoragePanel(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_catalog(session->catalog())
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Price storage of"), this);
    m_size = new NumberField(this);
    m_size->setRange(1, ScenarioLimits::maxStorageGiB);
    m_size->setDecimals(0);
    m_size->setSingleStep(10);
    m_size->setSuffix(tr(" GiB"));
    m_size->setGroupSeparatorShown(true);
    m_size->setAccessibleName(tr("Storage size in GiB"));
    m_size->setValue(100);
    label->setBuddy(m_size);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(label);
    top->addWidget(m_size);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);
    auto* problem = new QLabel(this);
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, Theme::bad());
    problem->setPalette(palette);
    problem->hide();
    layout->addWidget(problem);
    connect(m_size, &NumberField::problemChanged, problem, [problem](const QString& text) {
        problem->setText(QStringLiteral("⚠ ") + text);
        problem->setVisible(!text.isEmpty());
    });

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Storage prices"));
    m_table->setHorizontalHeaderLabels({tr("In scenario"), tr("Storage"), tr("Monthly"), tr("USD"), tr("USD/GB-month"),
                                        tr("Kind"), tr("Caution (from the deck)")});
    PricedTable::setUp(m_table, NameColumn, CautionColumn);
    layout->addWidget(m_table, 1);

    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!m_refreshing)
            applySize(v);
        refresh();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing || item->column() != IncludeColumn)
            return;
        toggle(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_session, &ComparisonSession::resultsChanged, this, &StoragePanel::refresh);
    refresh();
}

void StoragePanel::applySize(double size)
{
    // The typed size is the size of everything stored in the scenario.
    if (m_document->scenario().storage.isEmpty())
        return;
    m_document->edit(tr("Change storage size"), QStringLiteral("storage-size"), [&](Scenario& s) {
        for (StorageItem& item : s.storage)
            item.sizeGiB = size;
    });
}

void StoragePanel::toggle(const QString& type, bool include)
{
    m_document->edit(include ? tr("Add storage") : tr("Remove storage"), {}, [&](Scenario& s) {
        if (include) {
            QString id = type;
            for (int n = 2; std::any_of(s.storage.cbegin(), s.storage.cend(),
                                        [&](const StorageItem& i) { return i.id == id; });
                 ++n)
                id = type + QLatin1Char('-') + QString::number(n);
            s.storage.append(StorageItem{id, type, m_size->value()});
        } else {
            s.storage.erase(std::remove_if(s.storage.begin(), s.storage.end(),
                                           [&](const StorageItem& i) { return i.type == type; }),
                            s.storage.end());
        }
    });
}

void StoragePanel::refresh()
{
    m_refreshing = true;
    const Scenario& scenario = m_document->scenario();
    if (!scenario.storage.isEmpty())
        m_size->setValueQuietly(scenario.storage.first().sizeGiB);

    // Every storage entry at the typed size, priced by the cost model like the scenario's own.
    const QList<CatalogEntry>& entries = m_catalog.entries(CatalogKind::Storage);
    const QList<StorageResult> priced = m_session->sideBySide(m_size->value()).storage;
    const PriceBook* book = m_session->prices().region(scenario.region);

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(entries.size()));
    double cheapest = -1;
    QString cheapestName;
    for (int row = 0; row < entries.size(); ++row) {
        const CatalogEntry& e = entries.at(row);
        const StorageResult* r = row < priced.size() ? &priced.at(row) : nullptr;
        const bool included = std::any_of(scenario.storage.cbegin(), scenario.storage.cend(),
                                          [&](const StorageItem& i) { return i.type == e.id; });
        auto* include = PricedTable::includeItem(included, e.id);
        include->setToolTip(tr("Add %1 to every option's bill").arg(e.name.text(m_session->language())));
        m_table->setItem(row, IncludeColumn, include);
        auto* name = new QTableWidgetItem(e.name.text(m_session->language()));
        name->setToolTip(e.description.text(m_session->language()));
        m_table->setItem(row, NameColumn, name);
        QString kind = e.storage.kind;
        if (e.storage.multiAz)
            kind += tr(", multi-AZ");
        if (e.storage.sharedAcrossHosts)
            kind += tr(", shared");
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kind));
        if (r && r->known) {
            auto* monthly = numberItem(Money::format(r->monthlyUsd, scenario.currency), r->monthlyUsd);
            if (r->estimate) {
                monthly->setIcon(Theme::icon(QStringLiteral("estimate")));
                monthly->setToolTip(tr("Priced from an estimate"));
            }
            m_table->setItem(row, MonthlyColumn, monthly);
            m_table->setItem(row, UsdColumn, numberItem(Money::formatUsd(r->monthlyUsd), r->monthlyUsd));
            if (cheapest < 0 || r->monthlyUsd < cheapest) {
                cheapest = r->monthlyUsd;
                cheapestName = e.name.text(m_session->language());
            }
        } else {
            auto* unknown = numberItem(tr("unknown"), -1);
            unknown->setIcon(Theme::icon(QStringLiteral("unknown")));
            unknown->setToolTip(tr("No published price in this region"));
            m_table->setItem(row, MonthlyColumn, unknown);
            m_table->setItem(row, UsdColumn, numberItem(tr("unknown"), -1));
        }
        const Price* price = book && !e.priceKeys.isEmpty() ? book->price(e.priceKeys.first()) : nullptr;
        auto* rate = numberItem(price ? QString::number(price->usd, 'g', 6) : tr("unknown"), price ? price->usd : -1);
        if (price)
            rate->setToolTip(tr("Source %1, as of %2, %3")
                                 .arg(price->source, price->asOf,
                                      price->confidence == Confidence::Estimate ? tr("estimate") : tr("confirmed")));
        m_table->setItem(row, RateColumn, rate);
        QStringList cautions;
        for (const Fact& f : e.cautions)
            cautions << f.text.text(m_session->language());
        if (!e.storage.mountFrom.isEmpty())
            cautions << tr("Mounts from: %1")
                            .arg(CatalogModel::entryNames(m_catalog, CatalogKind::Runtimes, e.storage.mountFrom,
                                                          m_session->language()));
        auto* caution = new QTableWidgetItem(cautions.join(QStringLiteral(" · ")));
        caution->setToolTip(cautions.join(QStringLiteral("\n")));
        m_table->setItem(row, CautionColumn, caution);
    }
    m_summary->setText(cheapest >= 0 ? tr("a month, in %1. Cheapest: %2, %3.")
                                           .arg(scenario.region, cheapestName,
                                                Money::format(cheapest, scenario.currency))
                                     : tr("a month, in %1.").arg(scenario.region));
    m_refreshing = false;
}
