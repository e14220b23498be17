#pragma once

#include "Comparison.h"
#include "Scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

// Renders a comparison as JSON, CSV or an aligned text table: the command line prints these,
// and the window reuses them for "Save as CSV" and "Copy". Money is USD inside; "monthly" and
// the display-currency columns are Money::toDisplay, after the currency's rounding. A price
// nobody published is never written as 0: JSON has null and "known": false, CSV an empty cell,
// the table "unknown".
class ComparisonExport
{
public:
    // {"title", "region", "hours", "currency": {"code", "perUsd", "rounding"}, "cheapest",
    //  "options": [{"id", "label", …, "monthlyUsd", "monthly", "lineItems": [{"kind", "label",
    //  "monthlyUsd", …}], "notes": […]}], "storage": [{"id", "type", "monthlyUsd", "monthly", …}],
    //  "security": [{"id", "service", "monthlyUsd", "monthly", …}]}
    static QJsonObject toJsonObject(const Comparison& comparison, const CurrencySettings& currency);
    // The object above, indented, its keys in the documented order.
    static QByteArray toJson(const Comparison& comparison, const CurrencySettings& currency);

    // One row per option: plain numbers ("12747", "82.2402"), the units in the headers
    // ("compute_usd", "total_jpy", "total_usd"). separator '\t' gives a table that pastes into
    // a spreadsheet.
    static QStringList csvHeader(const CurrencySettings& currency);
    static QByteArray toCsv(const Comparison& comparison, const CurrencySettings& currency,
                            QChar separator = QLatin1Char(','));

    // Aligned columns for a terminal: option, a column per line-item kind that occurs, the
    // total in the display currency and in USD, then the notes, storage and security. Numbers
    // are grouped for the locale ("12,747").
    static QString toTable(const Comparison& comparison, const CurrencySettings& currency,
                           const QLocale& locale = QLocale());

    // USD without the noise of binary fractions (82.24020000000001 → 82.2402).
    static double cleanUsd(double usd);
    // A number for CSV: no grouping, '.' as decimal point, no exponent, no trailing zeros.
    static QString plainNumber(double value);
    // A CSV field, quoted when it holds the separator, a quote or a line break.
    static QString csvField(const QString& text, QChar separator);
    // Columns a terminal gives the text: East Asian wide characters take two.
    static int displayWidth(const QString& text);
};
