#include "NumberField.h"

#include <QLineEdit>
#include <QSignalBlocker>

NumberField::NumberField(QWidget* parent)
    : QDoubleSpinBox(parent)
{
    setKeyboardTracking(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(this, &QDoubleSpinBox::valueChanged, this, [this](double) { setProblem({}); });
}

void NumberField::setValueQuietly(double value)
{
    if (qFuzzyCompare(this->value() + 1, value + 1))
        return;
    const QSignalBlocker blocker(this);
    setValue(value);
}

QString NumberField::reasonFor(const QString& text) const
{
    QString number = text;
    if (!prefix().isEmpty() && number.startsWith(prefix()))
        number.remove(0, prefix().size());
    if (!suffix().isEmpty() && number.endsWith(suffix()))
        number.chop(suffix().size());
    number = number.trimmed();
    if (number.isEmpty())
        return tr("Type a number");
    if (!specialValueText().isEmpty() && text == specialValueText())
        return {};
    bool ok = false;
    double value = locale().toDouble(number, &ok);
    if (!ok)
        value = number.toDouble(&ok);
    if (!ok)
        return tr("Type a number");
    const QString unit = suffix().trimmed();
    auto show = [&](double v) {
        QString s = locale().toString(v, 'f', decimals());
        if (decimals() > 0 && s.contains(locale().decimalPoint())) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(locale().decimalPoint()))
                s.chop(1);
        }
        return unit.isEmpty() ? s : s + QLatin1Char(' ') + unit;
    };
    if (value > maximum())
        return tr("At most %1").arg(show(maximum()));
    if (value < minimum())
        return tr("At least %1").arg(show(minimum()));
    if (m_rule)
        return m_rule(value);
    return {};
}

QValidator::State NumberField::validate(QString& text, int& pos) const
{
    QValidator::State state = QDoubleSpinBox::validate(text, pos);
    QString reason;
    if (state != QValidator::Acceptable) {
        reason = reasonFor(text);
    } else if (m_rule && text != specialValueText()) {
        reason = m_rule(valueFromText(text));
        if (!reason.isEmpty())
            state = QValidator::Intermediate; // kept out of the document until it is possible
    }
    // validate() is const in Qt's interface; the reason is presentation state, not the value.
    const_cast<NumberField*>(this)->setProblem(reason);
    return state;
}

QString NumberField::textFromValue(double value) const
{
    QString text = QDoubleSpinBox::textFromValue(value);
    const QString point = locale().decimalPoint();
    if (decimals() > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

void NumberField::focusOutEvent(QFocusEvent* event)
{
    QDoubleSpinBox::focusOutEvent(event);
    // Leaving the field puts the last accepted value back; its reason no longer applies.
    setProblem({});
}

void NumberField::setProblem(const QString& problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}
