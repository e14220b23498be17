#include "SecurityPanel.h"

#include "ComparisonSession.h"

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

SecurityPanel::SecurityPanel(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_catalog(session->catalog())
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
    connect(m_session, &ComparisonSession::resultsChanged, this, &SecurityPanel::refresh);
    refresh();
}

QStringList SecurityPanel::applicableServices() const
{
    return m_session->applicableSecurity();
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
    const SideBySide side = m_session->sideBySide();
    const QStringList& ids = side.securityIds;
    const QList<SecurityResult>& priced = side.security;

    m_table->setRowCount(int(ids.size()));
    double total = 0;
    int included = 0;
    for (int row = 0; row < ids.size(); ++row) {
        const CatalogEntry* e = m_catalog.find(CatalogKind::Security, ids.at(row));
        if (!e)
            continue;
        const SecurityResult* r = row < priced.size() ? &priced.at(row) : nullptr;
        const bool in = std::any_of(scenario.security.cbegin(), scenario.security.cend(),
                                    [&](const SecurityItem& i) { return i.service == e->id; });
        m_table->setItem(row, IncludeColumn, PricedTable::includeItem(in, e->id));
        auto* name = new QTableWidgetItem(e->name.text(m_session->language()));
        name->setToolTip(e->description.text(m_session->language()));
        m_table->setItem(row, NameColumn, name);
        const QStringList appliesTo = stringList(e->capabilities.value(QStringLiteral("appliesTo")));
        m_table->setItem(row, AppliesColumn,
                         new QTableWidgetItem(appliesTo.isEmpty()
                                                  ? tr("everything")
                                                  : CatalogModel::entryNames(m_catalog, CatalogKind::Runtimes,
                                                                             appliesTo, m_session->language())));
        m_table->setItem(row, BillingColumn,
                         new QTableWidgetItem(CatalogModel::capabilityText(
                             m_catalog, QStringLiteral("billing"), e->capabilities.value(QStringLiteral("billing")),
                             m_session->language())));
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
            m_catalog, QStringLiteral("detects"), e->capabilities.value(QStringLiteral("detects")), m_session->language());
        if (!detects.isEmpty())
            what << detects;
        for (const Fact& f : e->cautions)
            what << f.text.text(m_session->language());
        auto* note = new QTableWidgetItem(what.join(QStringLiteral(" · ")));
        note->setToolTip(e->description.text(m_session->language()) + QStringLiteral("\n\n") + what.join(QStringLiteral("\n")));
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
