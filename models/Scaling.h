#pragma once

#include "Catalog.h"
#include "Localized.h"
#include "PriceBook.h"
#include "Scenario.h"

#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>

// One option's monthly total as the task count grows.
struct ScalingSeries
{
    QString optionId;
    QString label;
    QList<QPointF> points;         // x: tasks, y: monthly total in the display currency
    QList<double> usd;             // the same totals in USD, one per point
    bool fits = true;              // meets the workload; lines that do not are drawn apart and never the cheapest
};

// Where two cost lines cross as tasks grow: at `fromTasks` `before` is cheaper (or as cheap),
// at `tasks` `after` is cheaper. Between two sampled counts that are more than one task apart
// the whole task counts are searched, so `tasks` is always the first count at which `after` is
// cheaper and `fromTasks` the one before it whenever the samples allow.
struct BreakEven
{
    QString beforeId;              // option ids
    QString afterId;
    QString before;                // option labels
    QString after;
    int fromTasks = 0;
    int tasks = 0;
    QPointF at;                    // where the two lines cross (tasks, display amount)
    bool cheapestChanges = false;  // the cheapest of all options changes here
};

struct ScalingData
{
    QList<ScalingSeries> series;
    QList<BreakEven> breakEvens;   // in order of task count
    CurrencySettings currency;
    int maxTasks = 0;
};

namespace Scaling {

// Evaluates the scenario at task counts from 1 to maxTasks (at most `samples` of them), and
// finds every crossing of two lines.
ScalingData evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices, int maxTasks,
                     Language language = Language::English, int samples = 40);

// Every pair of series whose lines cross between two sampled task counts, marked where the
// cheapest of the options that meet the workload changes.
QList<BreakEven> findBreakEvens(const QList<ScalingSeries>& series);

// The range the window and the report show: at least 10 tasks, twice the workload's otherwise.
int defaultRange(int tasks);
// The largest task count a scenario's scaling chart shows: its own (scalingUpTo) or the default.
int upTo(const Scenario& scenario);

// "1 task", "10 tasks" in the locale's digits.
QString tasksText(int tasks, const QLocale& locale);

// The sentence the chart, the report and the slides print under the scaling chart: every
// change of the cheapest option, and the other crossings (named when there are few).
QString breakEvenSentence(const ScalingData& data, const QLocale& locale);

} // namespace Scaling
