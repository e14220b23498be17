#include "ComparisonText.h"

#include "Money.h"
#include "Purchase.h"
#include "Scaling.h"

#include <QSet>

namespace {

// Short numbers in sentences: "2", "0.5", "30.5".
QString num(double value, const QLocale& locale)
{
    return locale.toString(value, 'g', 10);
}

} // namespace

QString ComparisonText::amount(double usd, const CurrencySettings& currency, const QLocale& locale)
{
    QString text = Money::format(usd, currency, locale);
    if (currency.code != u"USD")
        text += QStringLiteral(" (") + Money::formatUsd(usd, locale) + QLatin1Char(')');
    return text;
}

QString ComparisonText::cheapest(const Comparison& comparison, const CurrencySettings& currency, const QLocale& locale)
{
    const int index = comparison.cheapestIndex();
    if (index < 0)
        return QString();
    const OptionResult& o = comparison.options.at(index);
    return tr("%1 — %2 a month").arg(o.label, amount(o.monthlyUsd(), currency, locale));
}

QString ComparisonText::workload(const Scenario& scenario, const Catalog& catalog, Language language,
                                 const QLocale& locale)
{
    const Workload& w = scenario.workload;
    QStringList parts;
    parts << tr("%1 vCPU").arg(num(w.vcpu, locale)) << tr("%1 GiB").arg(num(w.memoryGiB, locale))
          << Scaling::tasksText(w.tasks, locale) << w.arch << (w.os == u"windows" ? tr("Windows") : tr("Linux"))
          << purchase(scenario, catalog, language);
    return parts.join(QStringLiteral(" · "));
}

QString ComparisonText::period(const Period& period, const QLocale& locale)
{
    if (period.hours)
        return tr("%1 h a month").arg(num(*period.hours, locale));
    //: %1 days × %2 hours a day = %3 hours
    return tr("%1 days × %2 h = %3 h")
        .arg(num(period.days, locale), num(period.hoursPerDay, locale), num(period.totalHours(), locale));
}

QString ComparisonText::periodShort(const Period& period, const QLocale& locale)
{
    if (period.hours)
        return tr("%1 h a month").arg(num(*period.hours, locale));
    //: %1 days × %2 hours a day
    return tr("%1 days × %2 h").arg(num(period.days, locale), num(period.hoursPerDay, locale));
}

QString ComparisonText::currency(const CurrencySettings& currency, const QLocale& locale)
{
    if (currency.code == u"USD")
        return tr("USD, to the cent");
    const QString rounding = currency.rounding == u"floor" ? tr("rounded down") : tr("rounded to the nearest unit");
    //: %1 currency code, %2 rate, %3 how amounts are rounded
    return tr("%1 at 1 USD = %2 %1, %3").arg(currency.code, num(currency.perUsd, locale), rounding);
}

QString ComparisonText::purchase(const Scenario& scenario, const Catalog& catalog, Language language)
{
    // The form's own rule: an option whose purchase does not apply to it (Lightsail has none to
    // choose) does not make the comparison "mixed".
    const QString shared = Purchase::shared(scenario, catalog);
    return shared.isEmpty() ? tr("mixed purchase options") : purchaseName(shared, catalog, language);
}

QString ComparisonText::purchaseName(const QString& id, const Catalog& catalog, Language language)
{
    for (const PurchaseOption& p : catalog.purchaseOptions())
        if (p.id == id)
            return p.name.text(language);
    return id;
}
