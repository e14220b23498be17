#pragma once

#include <QWidget>

class NumberField;
class QComboBox;

// A purchase option and its discount side by side, as the workload form and the option editor
// both show them: the purchase option's list, and "−x %" off on-demand ("default": the
// catalog's own figure). The owner fills the list and names both for screen readers.
class PurchaseField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseField)

public:
    explicit PurchaseField(QWidget* parent = nullptr);

    QComboBox* purchaseBox() const { return m_purchase; }
    NumberField* discountField() const { return m_discount; }

private:
    QComboBox* m_purchase = nullptr;
    NumberField* m_discount = nullptr;
};
