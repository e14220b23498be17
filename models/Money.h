#pragma once

#include "Scenario.h"

#include <QLocale>

// Converts and formats money for display: USD inside, the display currency outside.
namespace Money {

// The exchange rate the deck uses (slide 16: 1 USD = 155 JPY): the rate a yen comparison
// starts with.
inline constexpr double deckYenPerUsd = 155;

// USD → display currency after the scenario's rounding, to the currency's smallest unit
// (yen; cents). 90.21168 USD at 155 JPY, floor → 13982.
double toDisplay(double usd, const CurrencySettings& currency);
int decimals(const QString& code);  // JPY 0, USD 2
// "¥12,747", "$82.24" in the locale's grouping.
QString format(double usd, const CurrencySettings& currency, const QLocale& locale = QLocale());
QString formatUsd(double usd, const QLocale& locale = QLocale());
// A plain number without a symbol, grouped: "12,747", "82.24".
QString formatNumber(double displayAmount, const QString& code, const QLocale& locale = QLocale());
QString symbol(const QString& code);

} // namespace Money
