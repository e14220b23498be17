#pragma once

#include "Catalog.h"
#include "PriceBook.h"
#include "Scenario.h"

#include <QPointer>
#include <QWidget>

class ComparisonSession;
class ScenarioDocument;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QSpinBox;

// The five inputs a presenter changes in front of a room — tasks, vCPU, memory, region and
// purchase option — in one strip over the slide. Every change is an ordinary undoable edit
// of the document, so the slide, the window behind it and Undo all follow.
class PresentationEditStrip final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationEditStrip)

public:
    // Edits the session's scenario; names in the session's language.
    explicit PresentationEditStrip(ComparisonSession* session, QWidget* parent = nullptr);

    QSpinBox* tasksField() const { return m_tasks; }
    QDoubleSpinBox* vcpuField() const { return m_vcpu; }
    QDoubleSpinBox* memoryField() const { return m_memory; }
    QComboBox* regionField() const { return m_region; }
    QComboBox* purchaseField() const { return m_purchase; }

    // Takes the document's values (after an edit, undo or a new file).
    void refresh();

signals:
    // Keys the strip does not keep for its fields: the presentation acts on them.
    void navigationKey(int key, Qt::KeyboardModifiers modifiers);
    void closeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyStyle();
    void addField(QGridLayout* layout, const QString& label, QWidget* field);
    void addSizeFields(QGridLayout* layout);
    void addChoiceFields(QGridLayout* layout);
    void connectFields();
    void applyPurchase();

    QPointer<ScenarioDocument> m_document;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language;
    QSpinBox* m_tasks = nullptr;
    QDoubleSpinBox* m_vcpu = nullptr;
    QDoubleSpinBox* m_memory = nullptr;
    QComboBox* m_region = nullptr;
    QComboBox* m_purchase = nullptr;
    bool m_refreshing = false;
};
