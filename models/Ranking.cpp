#include "Ranking.h"

#include <algorithm>

RadarData Ranking::evaluate(const Scenario& scenario, const Catalog& catalog, const QMap<QString, double>& weights,
                           Language language)
{
    RadarData data;
    for (const Criterion& c : catalog.criteria()) {
        data.criterionIds << c.id;
        data.criteria << c.name.text(language);
        data.weights << std::max(0.0, weights.value(c.id, 1.0));
    }
    double weightSum = 0;
    for (double w : data.weights)
        weightSum += w;

    QStringList seen;
    for (const Option& option : scenario.options) {
        if (!option.enabled || seen.contains(option.service))
            continue;
        const CatalogEntry* entry = catalog.find(CatalogKind::Services, option.service);
        if (!entry)
            continue;
        seen << option.service;
        RadarService service;
        service.id = entry->id;
        service.label = entry->label(language);
        double sum = 0;
        for (qsizetype i = 0; i < data.criterionIds.size(); ++i) {
            const Rating rating = entry->ratings.value(data.criterionIds.at(i));
            service.scores << rating.score;
            service.why << rating.why.text(language);
            sum += data.weights.at(i) * rating.score;
        }
        service.weightedScore = weightSum > 0 ? sum / weightSum : 0;
        data.services << service;
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < data.services.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&data](qsizetype a, qsizetype b) {
        return data.services.at(a).weightedScore > data.services.at(b).weightedScore + 1e-9;
    });
    for (qsizetype r = 0; r < order.size(); ++r)
        data.services[order.at(r)].rank = int(r + 1);
    return data;
}
