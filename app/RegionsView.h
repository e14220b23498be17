#pragma once

#include "Catalog.h"
#include "Localized.h"
#include "PriceBook.h"
#include "RegionComparison.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class ScenarioDocument;

// The Compare page's Regions tab: the current workload's monthly total per enabled option in
// every region that has a price book, cheapest region first, the cheapest region of each option
// in bold and the cheapest pair overall named above; unknown and unavailable shown as such.
class RegionsView : public QWidget
{
    Q_OBJECT
public:
    RegionsView(ScenarioDocument* document, const Catalog& catalog, const PriceBooks& prices, QWidget* parent = nullptr);

    void setLanguage(Language language) { m_language = language; }
    // Recomputes from the document and the price books (books: null keeps the current ones).
    void refresh(const PriceBooks* books = nullptr);
    const RegionComparison& regions() const { return m_regions; }
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    const PriceBooks* m_prices;
    Language m_language = Language::English;
    RegionComparison m_regions;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};
