#include "CapabilityMatrixView.h"

#include "CapabilityMatrixModel.h"

#include <QHeaderView>

CapabilityMatrixView::CapabilityMatrixView(const Catalog& catalog, QWidget* parent)
    : QTableView(parent)
    , m_model(new CapabilityMatrixModel(catalog, Language::English, this))
{
    setAccessibleName(tr("Capability matrix"));
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setMinimumSectionSize(28);
    setShowGrid(true);
}

void CapabilityMatrixView::setLanguage(Language language)
{
    m_model->setLanguage(language);
}
