#pragma once

#include "RegionComparison.h"

#include <QByteArray>
#include <QString>

// The regions view as text: `container-compare compare FILE --regions all|R1,R2,…`.
namespace RegionsExport {

// A region × option table in USD a month; "unknown" and "unavailable" where they are so, the
// cheapest region of each option marked "*", the cheapest pair overall named below.
QString toTable(const RegionComparison& regions);
// {"regions": [{"region", "name", "options": [{"id", "monthlyUsd" (null when unknown), "known",
// "available"}]}], "cheapest": {"region", "option"} (null when nothing can be ranked),
// "cheapestByOption": {id: region}}
QByteArray toJson(const RegionComparison& regions);
// region,name,option,monthlyUsd,known,available,cheapestForOption
QByteArray toCsv(const RegionComparison& regions);

} // namespace RegionsExport
