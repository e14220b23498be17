#pragma once

#include "Catalog.h"
#include "Localized.h"
#include "PriceBook.h"
#include "Scenario.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One option's monthly total in one region.
struct RegionOptionTotal
{
    QString id;
    double monthlyUsd = 0;  // the sum of its known line items; meaningful when known
    bool available = false; // the option can be priced in this region at all
    bool known = false;     // available and every line item priced
    bool rankable = false;  // known and meeting the workload: may be called cheapest
};

struct RegionTotals
{
    QString region;        // "us-east-1"
    QString name;          // "US East (N. Virginia)", in the asked language where we have it
    QList<RegionOptionTotal> options; // in the scenario's order of enabled options
};

// The scenario's workload priced in every region that has a price book: each enabled option's
// monthly total per region, the cheapest region of each option and the cheapest pair overall.
// An option's own region is set aside here: every option is priced in the region of the row.
// Unknown and unavailable stay so — never 0, never cheapest.
struct RegionComparison
{
    QStringList optionIds;
    QStringList optionLabels;
    QList<RegionTotals> regions;           // in the order asked (all: sorted by region code)
    QHash<QString, QString> cheapestRegion; // option id → region; absent when none is rankable
    QString cheapestOverallRegion;          // empty when nothing is rankable
    QString cheapestOverallOption;

    // regions empty: every region with a book.
    static RegionComparison evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& books,
                                     const QStringList& regions = {}, Language language = Language::English);
    const RegionOptionTotal* total(const QString& region, const QString& optionId) const;
    // The rows cheapest first, by the lowest total of the row that may be called cheapest; the
    // rows with none after them in the order asked. Pointers into regions.
    QList<const RegionTotals*> sortedRows() const;
};
