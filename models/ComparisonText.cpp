#include "ComparisonText.h"

#include "Money.h"

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
