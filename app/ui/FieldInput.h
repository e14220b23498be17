#pragma once

#include <QObject>

// How number fields and drop-down lists take input in a scrolled form, as careful desktop apps
// do: the mouse wheel changes a field only once it has focus (click or Tab into it), otherwise
// it scrolls the form; and Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a number field undo and redo the
// document's edits, like everywhere else in the window, instead of the field's own text undo.
class FieldInput final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldInput)

public:
    // Installs the one filter on the application (again is a no-op).
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FieldInput(QObject* parent) : QObject(parent) {}
};
