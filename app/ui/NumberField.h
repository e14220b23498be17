#pragma once

#include <QDoubleSpinBox>

#include <functional>

// A spin box that says why it refuses input. Typing past the range (or a value a rule
// forbids) is stopped at the field, and problemChanged() carries the reason for the label
// beside it; an accepted value clears it.
class NumberField final : public QDoubleSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    explicit NumberField(QWidget* parent = nullptr);

    // A rule beyond the range: returns the reason a value is impossible, or an empty string.
    void setRule(std::function<QString(double)> rule) { m_rule = std::move(rule); }
    QString problem() const { return m_problem; }
    // Sets the value without emitting valueChanged (updating from the document).
    void setValueQuietly(double value);

    QValidator::State validate(QString& text, int& pos) const override;
    // No trailing zeros: "2 vCPU", "0.25 vCPU", "155 JPY".
    QString textFromValue(double value) const override;

signals:
    void problemChanged(const QString& problem);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void setProblem(const QString& problem);
    QString reasonFor(const QString& text) const;

    std::function<QString(double)> m_rule;
    QString m_problem;
};
