#include "Money.h"

#include <cmath>

namespace Money {

int decimals(const QString& code)
{
    return code == u"JPY" ? 0 : 2;
}

QString symbol(const QString& code)
{
    if (code == u"JPY")
        return QStringLiteral("¥");
    if (code == u"USD")
        return QStringLiteral("$");
    return code + QLatin1Char(' ');
}

double toDisplay(double usd, const CurrencySettings& currency)
{
    const double rate = currency.code == u"USD" ? 1.0 : currency.perUsd;
    const double scale = std::pow(10.0, decimals(currency.code));
    const double value = usd * rate * scale;
    // A tiny tolerance keeps 82.24 from flooring to 82.23 through binary representation.
    const double rounded = currency.rounding == u"floor" ? std::floor(value + 1e-7) : std::round(value);
    return rounded / scale;
}

static QLocale groupingLocale(const QLocale& locale)
{
    QLocale result = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    result.setNumberOptions(result.numberOptions() & ~QLocale::OmitGroupSeparator);
    return result;
}

QString formatNumber(double displayAmount, const QString& code, const QLocale& locale)
{
    return groupingLocale(locale).toString(displayAmount, 'f', decimals(code));
}

QString format(double usd, const CurrencySettings& currency, const QLocale& locale)
{
    const double amount = toDisplay(usd, currency);
    return symbol(currency.code) + formatNumber(amount, currency.code, locale);
}

QString formatUsd(double usd, const QLocale& locale)
{
    return format(usd, CurrencySettings{}, locale);
}

} // namespace Money
