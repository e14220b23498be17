#include "PurchaseField.h"

#include "NumberField.h"

#include <QComboBox>
#include <QHBoxLayout>

PurchaseField::PurchaseField(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_purchase = new QComboBox(this);
    m_discount = new NumberField(this);
    m_discount->setRange(0, 95);
    m_discount->setDecimals(1);
    m_discount->setPrefix(tr("−"));
    m_discount->setSuffix(tr(" %"));
    m_discount->setSpecialValueText(tr("default"));
    layout->addWidget(m_purchase, 2);
    layout->addWidget(m_discount, 1);
}
