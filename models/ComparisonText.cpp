#include "ComparisonText.h"

#include "Money.h"
#include "Purchase.h"
#include "Scaling.h"

#include <QSet>

#include <algorithm>

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

QString ComparisonText::priceItem(const QString& key)
{
    struct Part
    {
        const char* id;
        const char* text;
        bool qualifier; // says which kind (in brackets), not what is charged for
    };
    // The parts of the price keys of resources/FORMAT.md after the entry's id.
    static const Part parts[] = {
        {"gb-month", QT_TR_NOOP("stored data"), false},
        {"gb-hour", QT_TR_NOOP("memory"), false},
        {"vcpu-hour", QT_TR_NOOP("vCPU"), false},
        {"gb", QT_TR_NOOP("data processed"), false},
        {"gb-second", QT_TR_NOOP("run time"), false},
        {"request", QT_TR_NOOP("requests"), false},
        {"million-requests", QT_TR_NOOP("requests"), false},
        {"rule-month", QT_TR_NOOP("rules"), false},
        {"web-acl-month", QT_TR_NOOP("web ACLs"), false},
        {"os-fee-vcpu-hour", QT_TR_NOOP("OS licence fee"), false},
        {"hcp-cluster-hour", QT_TR_NOOP("hosted control plane"), false},
        {"cluster-hour", QT_TR_NOOP("cluster"), false},
        {"instance-hour", QT_TR_NOOP("instances"), false},
        {"instance-month", QT_TR_NOOP("instances scanned"), false},
        {"month", QT_TR_NOOP("subscription"), false},
        {"endpoint-hour", QT_TR_NOOP("endpoints"), false},
        {"rescan", QT_TR_NOOP("rescans"), false},
        {"image", QT_TR_NOOP("images scanned"), false},
        {"worker-4vcpu-hour", QT_TR_NOOP("worker nodes (4 vCPU)"), false},
        {"vcpu-month", QT_TR_NOOP("vCPU monitored"), false},
        {"ephemeral", QT_TR_NOOP("ephemeral storage"), false},
        {"standard", QT_TR_NOOP("standard support"), true},
        {"extended", QT_TR_NOOP("extended support"), true},
        {"linux-x86", QT_TR_NOOP("Linux x86"), true},
        {"linux-arm", QT_TR_NOOP("Linux Arm"), true},
        {"windows", QT_TR_NOOP("Windows"), true},
        {"arm64", "arm64", true},
        {"x86_64", "x86_64", true},
    };
    QStringList segments = key.split(QLatin1Char('.'));
    // "storage.<entry>.…" and "<entry>.…": what follows the entry's id.
    segments.remove(0, std::min<qsizetype>(segments.size() - 1, segments.constFirst() == u"storage" ? 2 : 1));
    QStringList what;
    QStringList which;
    for (const QString& segment : std::as_const(segments)) {
        const auto known = std::find_if(std::begin(parts), std::end(parts),
                                        [&segment](const Part& p) { return segment == QLatin1String(p.id); });
        if (known == std::end(parts))
            what << segment;
        else
            (known->qualifier ? which : what) << tr(known->text);
    }
    // Ephemeral storage is charged per GB-hour: it is what the price is for, not memory.
    if (what.size() > 1 && segments.contains(QStringLiteral("ephemeral")))
        what = QStringList{tr("ephemeral storage")};
    const QString name = what.join(QStringLiteral(", "));
    return which.isEmpty() ? name : tr("%1 (%2)").arg(name, which.join(QStringLiteral(", ")));
}
