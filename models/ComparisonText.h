#pragma once

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
};
