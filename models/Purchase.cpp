#include "Purchase.h"

namespace Purchase {

QString runtimeOf(const Option& option)
{
    return option.runtime.isEmpty() ? option.service : option.runtime;
}

bool applies(const Catalog& catalog, const QString& purchase, const Option& option)
{
    const QString runtime = runtimeOf(option);
    for (const PurchaseOption& p : catalog.purchaseOptions())
        if (p.id == purchase)
            return p.runtimes.contains(runtime);
    // A catalog without purchase options: on-demand and the EC2/Fargate discounts.
    return runtime == u"ec2" || runtime == u"fargate";
}

void applyToAll(Scenario& scenario, const Catalog& catalog, const QString& purchase)
{
    for (Option& o : scenario.options) {
        if (!applies(catalog, purchase, o))
            continue;
        o.purchase = purchase;
        if (purchase == u"on-demand")
            o.discount.reset();
    }
}

QString shared(const Scenario& scenario, const Catalog& catalog)
{
    QString purchase;
    for (const Option& o : scenario.options) {
        if (!o.enabled || !applies(catalog, o.purchase, o))
            continue;
        if (purchase.isEmpty())
            purchase = o.purchase;
        else if (purchase != o.purchase)
            return QString();
    }
    return purchase.isEmpty() ? QStringLiteral("on-demand") : purchase;
}

} // namespace Purchase
