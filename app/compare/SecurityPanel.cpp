#include "SecurityPanel.h"

#include "CatalogModel.h"
#include "CostModel.h"
#include "Money.h"
#include "PricedTable.h"
#include "ScenarioDocument.h"
#include "Theme.h"

#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

SecurityPanel::SecurityPanel(ScenarioDocument* document, const Catalog& catalog, const PriceBooks& prices,
                             QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_prices(prices)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Security services"));
    m_table->setHorizontalHeaderLabels({tr("In scenario"), tr("Service"), tr("Monthly"), tr("USD"), tr("Applies to"),
                                        tr("Billed"), tr("What it does")});
    PricedTable::setUp(m_table, NameColumn, NoteColumn);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing || item->column() != IncludeColumn)
            return;
        toggle(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_document, &ScenarioDocument::changed, this, &SecurityPanel::refresh);
    refresh();
}

void SecurityPanel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QStringList SecurityPanel::applicableServices() const
{
    QStringList ids;
    for (const CatalogEntry& e : m_catalog.entries(CatalogKind::Security)) {
        const QList<Option>& options = m_document->scenario().options;
        if (std::any_of(options.cbegin(), options.cend(), [&](const Option& o) {
                return o.enabled && CostModel::securityApplies(o, e.id, m_catalog);
            }))
            ids << e.id;
    }
    return ids;
}

void SecurityPanel::toggle(const QString& service, bool include)
{
    m_document->edit(include ? tr("Add security service") : tr("Remove security service"), {}, [&](Scenario& s) {
        if (include) {
            SecurityItem item;
            item.id = service;
            item.service = service;
            s.security.append(item);
        } else {
            s.security.erase(std::remove_if(s.security.begin(), s.security.end(),
                                            [&](const SecurityItem& i) { return i.service == service; }),
                             s.security.end());
        }
    });
}

void SecurityPanel::refresh()
{
    m_refreshing = true;
    const Scenario& scenario = m_document->scenario();
    const QStringList ids = applicableServices();

    Scenario probe = scenario;
    probe.options.clear();
    probe.storage.clear();
    probe.security.clear();
    for (const QString& id : ids) {
        // The scenario's own quantities where it has them; otherwise they follow the workload.
        SecurityItem item;
        item.id = id;
        item.service = id;
        for (const SecurityItem& own : scenario.security)
            if (own.service == id)
                item = own;
        probe.security.append(item);
    }
    const Comparison priced = CostModel::evaluate(probe, m_catalog, m_prices, m_language);

    m_table->setRowCount(int(ids.size()));
    double total = 0;
    int included = 0;
    for (int row = 0; row < ids.size(); ++row) {
        const CatalogEntry* e = m_catalog.find(CatalogKind::Security, ids.at(row));
        if (!e)
            continue;
        const SecurityResult* r = row < priced.security.size() ? &priced.security.at(row) : nullptr;
        const bool in = std::any_of(scenario.security.cbegin(), scenario.security.cend(),
                                    [&](const SecurityItem& i) { return i.service == e->id; });
        m_table->setItem(row, IncludeColumn, PricedTable::includeItem(in, e->id));
        auto* name = new QTableWidgetItem(e->name.text(m_language));
        name->setToolTip(e->description.text(m_language));
        m_table->setItem(row, NameColumn, name);
        const QStringList appliesTo = stringList(e->capabilities.value(QStringLiteral("appliesTo")));
        m_table->setItem(row, AppliesColumn,
                         new QTableWidgetItem(appliesTo.isEmpty()
                                                  ? tr("everything")
                                                  : CatalogModel::entryNames(m_catalog, CatalogKind::Runtimes,
                                                                             appliesTo, m_language)));
        m_table->setItem(row, BillingColumn,
                         new QTableWidgetItem(CatalogModel::capabilityText(
                             m_catalog, QStringLiteral("billing"), e->capabilities.value(QStringLiteral("billing")),
                             m_language)));
        if (r && r->known) {
            auto* monthly = numberItem(Money::format(r->monthlyUsd, scenario.currency));
            monthly->setToolTip(r->label);
            if (r->estimate)
                monthly->setIcon(Theme::icon(QStringLiteral("estimate")));
            m_table->setItem(row, MonthlyColumn, monthly);
            m_table->setItem(row, UsdColumn, numberItem(Money::formatUsd(r->monthlyUsd)));
            if (in) {
                total += r->monthlyUsd;
                ++included;
            }
        } else {
            auto* unknown = numberItem(tr("unknown"));
            unknown->setIcon(Theme::icon(QStringLiteral("unknown")));
            m_table->setItem(row, MonthlyColumn, unknown);
            m_table->setItem(row, UsdColumn, numberItem(tr("unknown")));
        }
        QStringList what;
        const QString detects = CatalogModel::capabilityText(
            m_catalog, QStringLiteral("detects"), e->capabilities.value(QStringLiteral("detects")), m_language);
        if (!detects.isEmpty())
            what << detects;
        for (const Fact& f : e->cautions)
            what << f.text.text(m_language);
        auto* note = new QTableWidgetItem(what.join(QStringLiteral(" · ")));
        note->setToolTip(e->description.text(m_language) + QStringLiteral("\n\n") + what.join(QStringLiteral("\n")));
        m_table->setItem(row, NoteColumn, note);
    }
    m_summary->setText(included > 0 ? tr("In the scenario: %1 a month for this workload (services ticked: %2), on top of each "
                                         "option's bill.")
                                          .arg(Money::format(total, scenario.currency))
                                          .arg(included)
                                    : tr("Security services that apply to the compared options, priced for this "
                                         "workload. Tick one to add it to every option's bill."));
    m_refreshing = false;
}
