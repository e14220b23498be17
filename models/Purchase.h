#pragma once

#include "Catalog.h"
#include "Scenario.h"

#include <QString>

// The purchase rules every form shares (the window's form, the option editor and the
// presentation's edit strip): which purchase options an option can take, what choosing one for
// the whole comparison does, and which one the comparison has.
namespace Purchase {

// The runtime a purchase option is listed for: the option's runtime, or its service when it
// has none of its own (Lambda, Lightsail, App Runner).
QString runtimeOf(const Option& option);

// Whether the catalog offers `purchase` for the option's runtime.
bool applies(const Catalog& catalog, const QString& purchase, const Option& option);

// Every option that can take `purchase` takes it; on-demand also clears a discount.
void applyToAll(Scenario& scenario, const Catalog& catalog, const QString& purchase);

// The purchase the comparison's enabled options share, counting each one whose own choice
// applies to it (a Lightsail option has no purchase to choose); "on-demand" when none does, and
// an empty string when they differ ("mixed").
QString shared(const Scenario& scenario, const Catalog& catalog);

} // namespace Purchase
