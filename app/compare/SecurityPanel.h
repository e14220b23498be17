#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QWidget>

class ComparisonSession;
class ScenarioDocument;
class QLabel;
class QTableWidget;

// The security services that apply to the compared options and what each costs a month
// for this workload. Ticking one adds it to the scenario, so every option's bill carries it.
class SecurityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPanel)

public:
    // Follows the session: refreshed after every change of its results (scenario, prices, language).
    explicit SecurityPanel(ComparisonSession* session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The security catalog ids that apply to the enabled options.
    QStringList applicableServices() const;

public slots:
    void refresh();

private:
    enum Column { IncludeColumn, NameColumn, MonthlyColumn, UsdColumn, AppliesColumn, BillingColumn, NoteColumn,
                  ColumnCount };
    void toggle(const QString& service, bool include);

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    bool m_refreshing = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
