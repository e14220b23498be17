#include "TaskRangeSpinBox.h"

#include "Scaling.h"
#include "Scenario.h"

#include <QEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyleOptionSpinBox>

TaskRangeSpinBox::TaskRangeSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setRange(0, ScenarioLimits::maxTasks);
    setValue(0);
    setKeyboardTracking(false);
    setAccessibleName(tr("Largest task count on the scaling chart"));
    setToolTip(tr("Automatic: twice the workload's task count, at least 10"));
}

void TaskRangeSpinBox::setAutomaticCount(int tasks)
{
    if (tasks == m_automatic)
        return;
    m_automatic = tasks;
    refreshText();
}

void TaskRangeSpinBox::refreshText()
{
    // setSuffix() is QAbstractSpinBox's way to redraw the text and measure it again; the
    // box has no suffix of its own (the count is spelled out by textFromValue).
    setSuffix(QString());
    updateGeometry();
}

void TaskRangeSpinBox::changeEvent(QEvent* event)
{
    QSpinBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Largest task count on the scaling chart"));
        setToolTip(tr("Automatic: twice the workload's task count, at least 10"));
        refreshText();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
    }
}

void TaskRangeSpinBox::stepBy(int steps)
{
    const int from = value() > 0 ? value() : m_automatic;
    const int to = from + steps * singleStep();
    setValue(to < smallest ? 0 : std::min(to, maximum()));
    selectAll();
}

QAbstractSpinBox::StepEnabled TaskRangeSpinBox::stepEnabled() const
{
    StepEnabled enabled = StepNone;
    if (effectiveCount() < maximum())
        enabled |= StepUpEnabled;
    if (value() > 0 || m_automatic > smallest)
        enabled |= StepDownEnabled;
    return enabled;
}

QString TaskRangeSpinBox::textFromValue(int value) const
{
    if (value == 0)
        return tr("Automatic (%1)").arg(Scaling::tasksText(m_automatic, locale()));
    return Scaling::tasksText(value, locale());
}

int TaskRangeSpinBox::valueFromText(const QString& text) const
{
    if (text.trimmed() == textFromValue(0).trimmed())
        return 0;
    QString digits = text;
    digits.remove(locale().groupSeparator());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\d+")).match(digits);
    if (!m.hasMatch())
        return 0;
    const int n = m.captured().toInt();
    return n == 0 ? 0 : std::clamp(n, smallest, maximum());
}

QValidator::State TaskRangeSpinBox::validate(QString& input, int& pos) const
{
    Q_UNUSED(pos);
    if (input.trimmed().isEmpty())
        return QValidator::Intermediate;
    if (input.trimmed() == textFromValue(0).trimmed())
        return QValidator::Acceptable;
    QString digits = input;
    digits.remove(locale().groupSeparator());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\d+")).match(digits);
    if (!m.hasMatch())
        return QValidator::Intermediate;
    bool ok = false;
    const int n = m.captured().toInt(&ok);
    if (!ok || n > maximum())
        return QValidator::Invalid;
    return n >= smallest ? QValidator::Acceptable : QValidator::Intermediate;
}

QSize TaskRangeSpinBox::sizeHint() const
{
    ensurePolished();
    const QFontMetrics metrics(font());
    int width = 0;
    for (int v : {0, smallest, maximum()})
        width = std::max(width, metrics.horizontalAdvance(textFromValue(v)));
    // Automatic can stand for any count: measure it with the widest.
    width = std::max(width, metrics.horizontalAdvance(
                                tr("Automatic (%1)").arg(Scaling::tasksText(maximum(), locale()))));
    width += 2; // the text cursor
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    const QSize contents(width, lineEdit()->sizeHint().height());
    return style()->sizeFromContents(QStyle::CT_SpinBox, &option, contents, this);
}

QSize TaskRangeSpinBox::minimumSizeHint() const
{
    return sizeHint();
}
