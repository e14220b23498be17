#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QWidget>

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
    SecurityPanel(ScenarioDocument* document, const Catalog& catalog, const PriceBooks& prices,
                  QWidget* parent = nullptr);

    void setLanguage(Language language);
    QTableWidget* table() const { return m_table; }
    // The security catalog ids that apply to the enabled options.
    QStringList applicableServices() const;

public slots:
    void refresh();

private:
    enum Column { IncludeColumn, NameColumn, MonthlyColumn, UsdColumn, AppliesColumn, BillingColumn, NoteColumn,
                  ColumnCount };
    void toggle(const QString& service, bool include);

    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language = Language::English;
    bool m_refreshing = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
