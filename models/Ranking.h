#pragma once

#include "Catalog.h"
#include "Localized.h"
#include "Scenario.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The compared services rated on every criterion, with the user's weights and the ranking
// they give.
struct RadarService
{
    QString id;
    QString label;
    QList<int> scores;             // one a criterion, 0–4
    QStringList why;               // one a criterion
    double weightedScore = 0;      // Σ weight × score / Σ weight
    int rank = 0;                  // 1 = best for these weights
};

struct RadarData
{
    QStringList criterionIds;
    QStringList criteria;          // names in the chosen language
    QList<double> weights;         // one a criterion, ≥ 0
    QList<RadarService> services;  // in scenario order
};

namespace Ranking {

// The services of the enabled options, rated, weighted (missing weights count 1) and ranked.
RadarData evaluate(const Scenario& scenario, const Catalog& catalog, const QMap<QString, double>& weights,
                   Language language = Language::English);

} // namespace Ranking
