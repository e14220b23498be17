#pragma once

#include <QSpinBox>

// The largest task count the scaling chart shows: "Automatic (10 tasks)" or a count of its
// own ("24 tasks", "1 task" never reads "1 tasks"). From Automatic the arrows step from the
// automatic count, not from zero; stepping below the smallest count goes back to Automatic.
// Its width fits the longest text it can show.
class TaskRangeSpinBox final : public QSpinBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRangeSpinBox)

public:
    // The smallest count of its own: a line needs two points.
    static constexpr int smallest = 2;

    explicit TaskRangeSpinBox(QWidget* parent = nullptr);

    // The count Automatic stands for now (twice the workload's, at least 10).
    void setAutomaticCount(int tasks);
    int automaticCount() const { return m_automatic; }
    // The count the chart is drawn to.
    int effectiveCount() const { return value() > 0 ? value() : m_automatic; }

    void stepBy(int steps) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    StepEnabled stepEnabled() const override;
    void changeEvent(QEvent* event) override;

private:
    void refreshText();
    int m_automatic = 10;
};
