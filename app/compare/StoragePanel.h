#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QWidget>

class NumberField;
class ComparisonSession;
class ScenarioDocument;
class QLabel;
class QTableWidget;

// Storage priced side by side for a size the user types, with the deck's cautions beside
// each (EBS tied to one host and one AZ, FSx for EC2 only, S3 through an API). Ticking a
// row adds it to the scenario, so each option's bill carries it too.
class StoragePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePanel)

public:
    // Follows the session: refreshed after every change of its results (scenario, prices, language).
    explicit StoragePanel(ComparisonSession* session, QWidget* parent = nullptr);

    NumberField* sizeField() const { return m_size; }
    QTableWidget* table() const { return m_table; }

public slots:
    void refresh();

private:
    enum Column { IncludeColumn, NameColumn, MonthlyColumn, UsdColumn, RateColumn, KindColumn, CautionColumn,
                  ColumnCount };
    void applySize(double size);
    void toggle(const QString& type, bool include);

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    bool m_refreshing = false;
    NumberField* m_size = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
