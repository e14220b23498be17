#pragma once

#include "Catalog.h"
#include "Comparison.h"
#include "Scenario.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Sentences about a comparison that the status bar, the PDF report and the slides all show:
// written once, so the three never word (or round) them differently.
class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)

public:
    // "¥20,508 ($132.32)": the amount in the display currency, and in USD beside it unless
    // the display currency is USD.
    static QString amount(double usd, const CurrencySettings& currency, const QLocale& locale);
    // "Beanstalk on EC2 (c7i.large) — ¥20,508 ($132.32) a month": the cheapest option that can
    // run the workload with every price known (Comparison::cheapestIndex), or an empty string.
    static QString cheapest(const Comparison& comparison, const CurrencySettings& currency, const QLocale& locale);

    // What the comparison runs, for the report's cover and every slide's footer:
    // "2 vCPU · 4 GiB · 1 task · x86_64 · Linux · On-Demand" (the purchase as purchase() says).
    static QString workload(const Scenario& scenario, const Catalog& catalog, Language language,
                            const QLocale& locale);
    // The month priced: "30.5 days × 24 h = 732 h", or "730 h a month" when hours are set.
    static QString period(const Period& period, const QLocale& locale);
    // The same, short, for a slide's footer: "30.5 days × 24 h" or "730 h a month".
    static QString periodShort(const Period& period, const QLocale& locale);
    // How amounts are shown: "USD, to the cent" or "JPY at 1 USD = 155 JPY, rounded down".
    static QString currency(const CurrencySettings& currency, const QLocale& locale);
    // The purchase option of the enabled options by its catalog name when they all have the
    // same one ("On-Demand" when there are none), else "mixed purchase options".
    static QString purchase(const Scenario& scenario, const Catalog& catalog, Language language);
    // A purchase option's name in the language; the id when the catalog has no such option.
    static QString purchaseName(const QString& id, const Catalog& catalog, Language language);
    // What a price of an entry charges for, by name, for the entry's own price table (the unit
    // beside it says per what): "fargate.linux-x86.vcpu-hour" → "vCPU (Linux x86)",
    // "storage.ebs-gp3.gb-month" → "stored data", "eks.cluster-hour.standard" → "cluster
    // (standard support)". A part it does not know is shown as it is.
    static QString priceItem(const QString& key);
};
