#include "PricedTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace PricedTable {

void setUp(QTableWidget* table, int nameColumn, int noteColumn)
{
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a row, the long text elided and whole in its tooltip: wrapped cautions made rows
    // taller than the panel.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(nameColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(noteColumn, QHeaderView::Stretch);
    table->setColumnWidth(nameColumn, 230);
    table->setAlternatingRowColors(true);
}

QTableWidgetItem* includeItem(bool included, const QString& id)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(included ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::UserRole, id);
    return item;
}

} // namespace PricedTable
