#include "FieldInput.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QWheelEvent>

namespace {

// The field a wheel or key event is for: a spin box or combo box, or the line edit inside one.
QWidget* fieldOf(QObject* watched)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return nullptr;
    if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget))
        return widget;
    if (qobject_cast<QLineEdit*>(widget) && widget->parentWidget()
        && (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) || qobject_cast<QComboBox*>(widget->parentWidget())))
        return widget->parentWidget();
    return nullptr;
}

bool isDocumentUndoKey(const QKeyEvent* key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
           || QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::Key_Y)
           || QKeySequence(key->keyCombination()) == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

} // namespace

void FieldInput::install()
{
    static QPointer<FieldInput> installed;
    if (installed || !qApp)
        return;
    installed = new FieldInput(qApp);
    qApp->installEventFilter(installed);
}

bool FieldInput::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // Focus by click or Tab, never by the wheel passing over.
        if (QWidget* field = fieldOf(watched); field && field == watched)
            field->setFocusPolicy(Qt::StrongFocus);
        break;
    case QEvent::Wheel:
        if (QWidget* field = fieldOf(watched); field && !field->hasFocus() && field->parentWidget()) {
            // Not for this field: the form around it scrolls instead.
            QCoreApplication::sendEvent(field->parentWidget(), event);
            return true;
        }
        break;
    case QEvent::ShortcutOverride:
        // A number field does not claim the undo keys: the window's Undo and Redo take them.
        if (QWidget* field = fieldOf(watched); field && qobject_cast<QAbstractSpinBox*>(field)
                                               && isDocumentUndoKey(static_cast<QKeyEvent*>(event)))
            return true;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
