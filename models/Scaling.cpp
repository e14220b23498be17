#include "Scaling.h"

#include "CostModel.h"
#include "Money.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Scaling {
namespace {

constexpr double eps = 1e-9;

// The sentences are translated in the "Scaling" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Scaling)
};

std::optional<double> valueAt(const ScalingSeries& series, double x)
{
    for (const QPointF& p : series.points)
        if (p.x() == x)
            return p.y();
    return std::nullopt;
}

// The option's monthly total in USD at a task count, or nullopt when it cannot be priced.
std::optional<double> totalAt(const Scenario& scenario, const QString& optionId, int tasks, const Catalog& catalog,
                              const PriceBooks& prices)
{
    Scenario s = scenario;
    s.workload.tasks = tasks;
    for (const Option& o : s.options)
        if (o.id == optionId) {
            const OptionResult r = CostModel::evaluateOption(s, o, catalog, prices, Language::English,
                                                             CostModel::Detail::TotalsOnly);
            if (!Comparison::rankable(r))
                return std::nullopt;
            return r.monthlyUsd();
        }
    return std::nullopt;
}

// Narrows each crossing found between two samples far apart to the first whole task count at
// which the later-cheaper option is cheaper.
void refine(QList<BreakEven>& breakEvens, const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices)
{
    for (BreakEven& b : breakEvens) {
        int low = b.fromTasks;  // `before` is cheaper or equal here
        int high = b.tasks;     // `after` is cheaper here
        while (high - low > 1) {
            const int mid = low + (high - low) / 2;
            const std::optional<double> before = totalAt(scenario, b.beforeId, mid, catalog, prices);
            const std::optional<double> after = totalAt(scenario, b.afterId, mid, catalog, prices);
            if (!before || !after)
                break;
            if (*after < *before - eps)
                high = mid;
            else
                low = mid;
        }
        b.fromTasks = low;
        b.tasks = high;
    }
}

} // namespace

int upTo(const Scenario& scenario)
{
    return scenario.scalingUpTo > 0 ? scenario.scalingUpTo : defaultRange(scenario.workload.tasks);
}

int defaultRange(int tasks)
{
    return std::clamp(tasks * 2, 10, ScenarioLimits::maxTasks);
}

ScalingData evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices, int maxTasks,
                     Language language, int samples)
{
    ScalingData data;
    data.currency = scenario.currency;
    data.maxTasks = std::clamp(maxTasks, 1, ScenarioLimits::maxTasks);
    samples = std::max(samples, 2);

    QList<int> counts;
    if (data.maxTasks <= samples) {
        for (int n = 1; n <= data.maxTasks; ++n)
            counts << n;
    } else {
        for (int i = 0; i < samples; ++i) {
            const int n = 1 + int(std::lround(double(i) * (data.maxTasks - 1) / (samples - 1)));
            if (counts.isEmpty() || counts.last() != n)
                counts << n;
        }
    }

    QMap<QString, int> seriesOf; // option id → index in data.series
    Scenario s = scenario;
    for (int n : counts) {
        s.workload.tasks = n;
        const Comparison comparison = CostModel::evaluate(s, catalog, prices, language, CostModel::Detail::TotalsOnly);
        for (const OptionResult& option : comparison.options) {
            if (!option.available || !option.complete())
                continue;
            auto it = seriesOf.find(option.id);
            if (it == seriesOf.end()) {
                it = seriesOf.insert(option.id, int(data.series.size()));
                data.series.append(ScalingSeries{option.id, option.label, {}, {}});
            }
            ScalingSeries& series = data.series[*it];
            // A line that fails to meet the workload at any count is drawn apart as a whole.
            series.fits = series.fits && option.fits();
            const double usd = option.monthlyUsd();
            series.points.append(QPointF(n, Money::toDisplay(usd, scenario.currency)));
            series.usd.append(usd);
        }
    }

    data.breakEvens = findBreakEvens(data.series);
    refine(data.breakEvens, scenario, catalog, prices);
    return data;
}

namespace {

// Every task count some series was sampled at, ascending.
QList<double> taskCounts(const QList<ScalingSeries>& series)
{
    QList<double> counts;
    for (const ScalingSeries& s : series)
        for (const QPointF& p : s.points)
            if (!counts.contains(p.x()))
                counts << p.x();
    std::sort(counts.begin(), counts.end());
    return counts;
}

// Where the lines of a and b cross between two sampled counts: the crossing interpolated
// between the last count where they differed and the first where the other is cheaper.
void appendCrossings(const ScalingSeries& a, const ScalingSeries& b, const QList<double>& counts,
                     QList<BreakEven>& found)
{
    // The sign of a − b at the last count where the two differed, and where that was.
    int lastSign = 0;
    double lastX = 0;
    for (double x : counts) {
        const std::optional<double> ya = valueAt(a, x), yb = valueAt(b, x);
        if (!ya || !yb)
            continue;
        const double d = *ya - *yb;
        const int sign = d > eps ? 1 : (d < -eps ? -1 : 0);
        if (sign == 0)
            continue;
        if (lastSign != 0 && sign != lastSign) {
            // lastSign < 0: a was cheaper, now b is.
            const ScalingSeries& before = lastSign < 0 ? a : b;
            const ScalingSeries& after = lastSign < 0 ? b : a;
            const double b0 = *valueAt(before, lastX), b1 = *valueAt(before, x);
            const double a0 = *valueAt(after, lastX), a1 = *valueAt(after, x);
            const double denominator = (b1 - b0) - (a1 - a0);
            const double t = std::clamp(std::abs(denominator) > 1e-12 ? (a0 - b0) / denominator : 1.0, 0.0, 1.0);
            BreakEven e;
            e.beforeId = before.optionId;
            e.afterId = after.optionId;
            e.before = before.label;
            e.after = after.label;
            e.fromTasks = int(lastX);
            e.tasks = int(x);
            e.at = QPointF(lastX + t * (x - lastX), b0 + t * (b1 - b0));
            found.append(e);
        }
        lastSign = sign;
        lastX = x;
    }
}

// Marks the crossings where the cheapest fitting option changes hands.
void markCheapestChanges(const QList<ScalingSeries>& series, const QList<double>& counts, QList<BreakEven>& found)
{
    QString previous;
    for (double x : counts) {
        QString cheapest;
        double best = 0;
        for (const ScalingSeries& s : series) {
            const std::optional<double> y = s.fits ? valueAt(s, x) : std::nullopt;
            if (y && (cheapest.isEmpty() || *y < best - eps || (s.optionId == previous && *y <= best + eps))) {
                cheapest = s.optionId;
                best = *y;
            }
        }
        if (!previous.isEmpty() && !cheapest.isEmpty() && cheapest != previous)
            for (BreakEven& e : found)
                if (e.beforeId == previous && e.afterId == cheapest && e.tasks == int(x))
                    e.cheapestChanges = true;
        if (!cheapest.isEmpty())
            previous = cheapest;
    }
}

} // namespace

QList<BreakEven> findBreakEvens(const QList<ScalingSeries>& series)
{
    const QList<double> counts = taskCounts(series);
    QList<BreakEven> found;
    for (qsizetype i = 0; i < series.size(); ++i)
        for (qsizetype j = i + 1; j < series.size(); ++j)
            appendCrossings(series.at(i), series.at(j), counts, found);
    markCheapestChanges(series, counts, found);
    std::stable_sort(found.begin(), found.end(), [](const BreakEven& l, const BreakEven& r) {
        return l.at.x() < r.at.x();
    });
    return found;
}

QString tasksText(int tasks, const QLocale& locale)
{
    return tasks == 1 ? Text::tr("1 task") : Text::tr("%1 tasks").arg(locale.toString(tasks));
}

QString breakEvenSentence(const ScalingData& data, const QLocale& locale)
{
    if (data.breakEvens.isEmpty())
        return Text::tr("No two options cross from 1 to %1: the order stays the same.").arg(tasksText(data.maxTasks, locale));
    const auto between = [&](const BreakEven& b) {
        return Text::tr("between %1 and %2").arg(locale.toString(b.fromTasks), tasksText(b.tasks, locale));
    };
    QStringList sentences;
    QList<const BreakEven*> others;
    for (const BreakEven& b : data.breakEvens) {
        if (b.cheapestChanges)
            sentences << Text::tr("The cheapest changes %1: from %2 on, %3 is cheaper than %4.")
                             .arg(between(b), tasksText(b.tasks, locale), b.after, b.before);
        else
            others << &b;
    }
    if (sentences.isEmpty())
        sentences << Text::tr("The cheapest option stays the same from 1 to %1.").arg(tasksText(data.maxTasks, locale));
    constexpr int named = 3;
    if (!others.isEmpty() && others.size() <= named) {
        for (const BreakEven* b : others)
            sentences << Text::tr("%1 becomes cheaper than %2 %3.").arg(b->after, b->before, between(*b));
    } else if (!others.isEmpty()) {
        sentences << Text::tr("%1 other crossings between options, marked on the chart.").arg(locale.toString(others.size()));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace Scaling
