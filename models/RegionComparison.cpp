#include "RegionComparison.h"

#include "CostModel.h"

#include <algorithm>

RegionComparison RegionComparison::evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& books,
                                            const QStringList& regions, Language language)
{
    RegionComparison out;
    const QStringList chosen = regions.isEmpty() ? books.regions() : regions;
    double best = 0;
    QHash<QString, double> bestOf;
    bool labelled = false;
    for (const QString& region : chosen) {
        Scenario s = scenario;
        s.region = region;
        for (Option& option : s.options)
            option.region.reset();
        RegionTotals row;
        row.region = region;
        if (const PriceBook* book = books.region(region))
            row.name = language == Language::Japanese && !book->regionName.ja.isEmpty() ? book->regionName.ja
                                                                                        : book->regionName.en;
        const Comparison comparison =
            CostModel::evaluate(s, catalog, books, language, labelled ? CostModel::Detail::TotalsOnly : CostModel::Detail::Full);
        for (const OptionResult& option : comparison.options) {
            if (!labelled) {
                out.optionIds << option.id;
                out.optionLabels << option.label;
            }
            RegionOptionTotal t;
            t.id = option.id;
            t.available = option.available;
            t.known = option.available && option.complete();
            t.monthlyUsd = t.known ? option.monthlyUsd() : 0;
            t.rankable = t.known && Comparison::rankable(option);
            if (t.rankable) {
                if (!bestOf.contains(t.id) || t.monthlyUsd < bestOf.value(t.id)) {
                    bestOf.insert(t.id, t.monthlyUsd);
                    out.cheapestRegion.insert(t.id, region);
                }
                if (out.cheapestOverallRegion.isEmpty() || t.monthlyUsd < best) {
                    best = t.monthlyUsd;
                    out.cheapestOverallRegion = region;
                    out.cheapestOverallOption = t.id;
                }
            }
            row.options.append(t);
        }
        labelled = true;
        out.regions.append(row);
    }
    return out;
}

const RegionOptionTotal* RegionComparison::total(const QString& region, const QString& optionId) const
{
    for (const RegionTotals& row : regions)
        if (row.region == region)
            for (const RegionOptionTotal& t : row.options)
                if (t.id == optionId)
                    return &t;
    return nullptr;
}

QList<const RegionTotals*> RegionComparison::sortedRows() const
{
    QList<const RegionTotals*> rows;
    for (const RegionTotals& row : regions)
        rows << &row;
    const auto lowest = [](const RegionTotals* row) {
        double best = -1;
        for (const RegionOptionTotal& t : row->options)
            if (t.rankable && (best < 0 || t.monthlyUsd < best))
                best = t.monthlyUsd;
        return best;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const RegionTotals* a, const RegionTotals* b) {
        const double x = lowest(a);
        const double y = lowest(b);
        if ((x < 0) != (y < 0))
            return y < 0;
        return x < y;
    });
    return rows;
}
