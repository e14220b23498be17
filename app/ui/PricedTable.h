#pragma once

class QTableWidget;
class QTableWidgetItem;
class QString;

// The look shared by the panels that list catalog entries with their monthly price (storage,
// security): one place so the two tables stay alike.
namespace PricedTable {

// Read-only rows selected whole, one line a row; the name column sized by hand and the note
// column taking the rest. Header labels and accessible name stay with the caller.
void setUp(QTableWidget* table, int nameColumn, int noteColumn);

// The "In scenario" check box of a row; the entry's id rides in Qt::UserRole for the toggle.
QTableWidgetItem* includeItem(bool included, const QString& id);

} // namespace PricedTable
