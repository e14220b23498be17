#include "ComparisonExport.h"

#include "JsonWriter.h"
#include "Money.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <cmath>

namespace {

const std::array<LineKind, lineKindCount>& allKinds()
{
    static const std::array<LineKind, lineKindCount> kinds = {
        LineKind::Compute, LineKind::ControlPlane, LineKind::ServiceFee, LineKind::OverProvisioning,
        LineKind::Storage, LineKind::Security,     LineKind::Requests,
    };
    return kinds;
}

// USD is always shown to the nearest cent, whatever rounding the display currency uses.
const CurrencySettings& usd()
{
    static const CurrencySettings settings;
    return settings;
}

// The order keys appear in; JSON readers do not care, people reading the output do.
const QStringList& jsonKeyOrder()
{
    static const QStringList keys = {
        QStringLiteral("title"),     QStringLiteral("id"),         QStringLiteral("kind"),
        QStringLiteral("label"),     QStringLiteral("service"),    QStringLiteral("type"),
        QStringLiteral("runtime"),   QStringLiteral("region"),     QStringLiteral("hours"),
        QStringLiteral("currency"),  QStringLiteral("code"),       QStringLiteral("perUsd"),
        QStringLiteral("rounding"),  QStringLiteral("cheapest"),   QStringLiteral("instanceType"),
        QStringLiteral("instances"), QStringLiteral("taskVcpu"),   QStringLiteral("taskMemoryGiB"),
        QStringLiteral("sizeGiB"),   QStringLiteral("available"),  QStringLiteral("known"),
        QStringLiteral("estimate"),  QStringLiteral("monthlyUsd"), QStringLiteral("monthly"),
        QStringLiteral("fits"),      QStringLiteral("fit"),        QStringLiteral("reasons"),
        QStringLiteral("lineItems"), QStringLiteral("notes"),      QStringLiteral("options"),
        QStringLiteral("storage"),   QStringLiteral("security"),
    };
    return keys;
}

// A total means something only when the option runs the workload and every price is known.
bool hasTotal(const OptionResult& option)
{
    return option.available && option.complete();
}

QJsonValue usdValue(double value, bool known)
{
    return known ? QJsonValue(ComparisonExport::cleanUsd(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue displayValue(double value, bool known, const CurrencySettings& currency)
{
    return known ? QJsonValue(Money::toDisplay(value, currency)) : QJsonValue(QJsonValue::Null);
}

QString noteMarker(NoteLevel level)
{
    switch (level) {
    case NoteLevel::Info:
        return QStringLiteral("-");
    case NoteLevel::Warning:
        return QStringLiteral("!");
    case NoteLevel::Unavailable:
        return QStringLiteral("x");
    }
    return QStringLiteral("-");
}

// What an option's charges of one kind come to: whether it has any, whether every one of them
// has a published price, whether any is an estimate.
struct KindCharges
{
    bool any = false;
    bool known = true;
    bool estimate = false;
};

KindCharges chargesOf(const OptionResult& option, LineKind kind)
{
    KindCharges charges;
    for (const LineItem& item : option.lineItems) {
        if (item.kind != kind)
            continue;
        charges.any = true;
        charges.known = charges.known && item.known;
        charges.estimate = charges.estimate || item.estimate;
    }
    return charges;
}

QJsonObject currencyObject(const CurrencySettings& currency)
{
    return QJsonObject{{QStringLiteral("code"), currency.code},
                       {QStringLiteral("perUsd"), currency.perUsd},
                       {QStringLiteral("rounding"), currency.rounding}};
}

QJsonArray lineItemsArray(const OptionResult& option, const CurrencySettings& currency)
{
    QJsonArray items;
    for (const LineItem& item : option.lineItems)
        items.append(QJsonObject{
            {QStringLiteral("kind"), lineKindId(item.kind)},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("known"), item.known},
            {QStringLiteral("estimate"), item.estimate},
            {QStringLiteral("monthlyUsd"), usdValue(item.monthlyUsd, item.known)},
            {QStringLiteral("monthly"), displayValue(item.monthlyUsd, item.known, currency)},
        });
    return items;
}

QJsonObject optionObject(const OptionResult& option, const CurrencySettings& currency)
{
    const bool known = hasTotal(option);
    QJsonObject o{
        {QStringLiteral("id"), option.id},
        {QStringLiteral("label"), option.label},
        {QStringLiteral("service"), option.service},
        {QStringLiteral("runtime"), option.runtime},
        {QStringLiteral("region"), option.region},
        {QStringLiteral("available"), option.available},
        {QStringLiteral("fits"), option.fits()},
        {QStringLiteral("fit"), fitId(option.fitStatus())},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(option.reasons)},
        {QStringLiteral("known"), option.complete()},
        {QStringLiteral("estimate"), option.hasEstimate()},
        {QStringLiteral("monthlyUsd"), usdValue(option.monthlyUsd(), known)},
        {QStringLiteral("monthly"), displayValue(option.monthlyUsd(), known, currency)},
    };
    if (!option.instanceType.isEmpty())
        o.insert(QStringLiteral("instanceType"), option.instanceType);
    if (option.instances > 0)
        o.insert(QStringLiteral("instances"), option.instances);
    if (option.taskVcpu > 0) {
        o.insert(QStringLiteral("taskVcpu"), option.taskVcpu);
        o.insert(QStringLiteral("taskMemoryGiB"), option.taskMemoryGiB);
    }
    o.insert(QStringLiteral("lineItems"), lineItemsArray(option, currency));
    QJsonArray notes;
    for (const Note& note : option.notes)
        notes.append(note.text);
    o.insert(QStringLiteral("notes"), notes);
    return o;
}

QJsonArray storageArray(const QList<StorageResult>& storage, const CurrencySettings& currency)
{
    QJsonArray array;
    for (const StorageResult& item : storage)
        array.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("type"), item.type},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("sizeGiB"), item.sizeGiB},
            {QStringLiteral("known"), item.known},
            {QStringLiteral("estimate"), item.estimate},
            {QStringLiteral("monthlyUsd"), usdValue(item.monthlyUsd, item.known)},
            {QStringLiteral("monthly"), displayValue(item.monthlyUsd, item.known, currency)},
        });
    return array;
}

QJsonArray securityArray(const QList<SecurityResult>& security, const CurrencySettings& currency)
{
    QJsonArray array;
    for (const SecurityResult& item : security)
        array.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("service"), item.service},
            {QStringLiteral("label"), item.label},
            {QStringLiteral("known"), item.known},
            {QStringLiteral("estimate"), item.estimate},
            {QStringLiteral("monthlyUsd"), usdValue(item.monthlyUsd, item.known)},
            {QStringLiteral("monthly"), displayValue(item.monthlyUsd, item.known, currency)},
        });
    return array;
}

// Lays out rows of cells in columns two spaces apart; trailing blanks are dropped.
class TextTable
{
public:
    void setColumns(const QStringList& headers, const QList<bool>& rightAligned)
    {
        m_header = headers;
        m_right = rightAligned;
    }
    void addRow(const QStringList& cells) { m_rows << cells; }

    QString render() const
    {
        QList<int> widths(m_header.size(), 0);
        const auto measure = [&widths](const QStringList& cells) {
            for (int c = 0; c < cells.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], ComparisonExport::displayWidth(cells.at(c)));
        };
        measure(m_header);
        for (const QStringList& row : m_rows)
            measure(row);

        QString out;
        const auto line = [&](const QStringList& cells) {
            QString text;
            for (int c = 0; c < widths.size(); ++c) {
                const QString cell = c < cells.size() ? cells.at(c) : QString();
                const QString pad(widths[c] - ComparisonExport::displayWidth(cell), QLatin1Char(' '));
                if (c > 0)
                    text += QLatin1String("  ");
                text += m_right.value(c) ? pad + cell : cell + pad;
            }
            while (text.endsWith(QLatin1Char(' ')))
                text.chop(1);
            out += text + QLatin1Char('\n');
        };
        line(m_header);
        for (const QStringList& row : m_rows)
            line(row);
        return out;
    }

private:
    QStringList m_header;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

// The aligned text of ComparisonExport::toTable, section by section: the heading, the options
// with the legend their marks need, the notes, the storage and the security tables.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExport)

public:
    TextReport(const Comparison& comparison, const CurrencySettings& currency, const QLocale& locale)
        : m_comparison(comparison)
        , m_currency(currency)
        , m_locale(locale)
        , m_code(currency.code)
        , m_showUsd(currency.code != u"USD")
    {
    }

    QString text()
    {
        QString out = heading();
        out += options();
        out += legend();
        out += notes();
        out += storage();
        out += security();
        return out;
    }

private:
    // The title, then the region, hours and currency (with its rate when it is not USD).
    QString heading() const
    {
        QString out;
        if (!m_comparison.title.isEmpty())
            out += m_comparison.title + QLatin1Char('\n');
        QString context = tr("%1 · %2 hours · %3 a month")
                              .arg(m_comparison.region, m_locale.toString(m_comparison.hours, 'g', 10), m_code);
        if (m_showUsd) {
            const QString rounding =
                m_currency.rounding == u"floor" ? tr("rounded down") : tr("rounded to the nearest");
            context += QStringLiteral(" · ") +
                       tr("1 USD = %1 %2, %3").arg(m_locale.toString(m_currency.perUsd, 'g', 10), m_code, rounding);
        }
        return out + context + QLatin1String("\n\n");
    }

    // A column for each kind of charge some option has: a terminal is narrow.
    QList<LineKind> usedKinds() const
    {
        QList<LineKind> kinds;
        for (const LineKind kind : allKinds()) {
            const bool used = std::any_of(
                m_comparison.options.cbegin(), m_comparison.options.cend(), [kind](const OptionResult& o) {
                    return std::any_of(o.lineItems.cbegin(), o.lineItems.cend(),
                                       [kind](const LineItem& i) { return i.kind == kind; });
                });
            if (used || kind == LineKind::Compute)
                kinds << kind;
        }
        return kinds;
    }

    QString options()
    {
        const QList<LineKind> kinds = usedKinds();
        QStringList headers{tr("Option")};
        QList<bool> right{false};
        for (const LineKind kind : kinds) {
            headers << lineKindName(kind);
            right << true;
        }
        headers << tr("Total (%1/month)").arg(m_code);
        right << true;
        if (m_showUsd) {
            headers << tr("Total (USD/month)");
            right << true;
        }
        headers << QString();
        right << false;

        TextTable table;
        table.setColumns(headers, right);
        const int cheapest = m_comparison.cheapestIndex();
        for (int i = 0; i < m_comparison.options.size(); ++i)
            table.addRow(optionRow(m_comparison.options.at(i), kinds, i == cheapest));
        return table.render();
    }

    // The option's name, a cell per kind of charge, its total(s) and what marks it out.
    QStringList optionRow(const OptionResult& option, const QList<LineKind>& kinds, bool cheapest)
    {
        QStringList cells{option.label};
        for (const LineKind kind : kinds) {
            const KindCharges charges = chargesOf(option, kind);
            m_anyEstimate = m_anyEstimate || (charges.any && charges.estimate);
            m_anyUnknown = m_anyUnknown || !charges.known;
            if (!charges.any)
                cells << QStringLiteral("-");
            else if (!charges.known)
                cells << tr("unknown");
            else
                cells << (charges.estimate ? QStringLiteral("~") : QString()) + money(option.monthlyUsd(kind));
        }
        const QString mark = option.hasEstimate() ? QStringLiteral("~") : QString();
        if (!option.available) {
            cells << tr("n/a");
            if (m_showUsd)
                cells << tr("n/a");
        } else if (!option.complete()) {
            cells << tr("unknown");
            if (m_showUsd)
                cells << tr("unknown");
        } else {
            cells << mark + Money::format(option.monthlyUsd(), m_currency, m_locale);
            if (m_showUsd)
                cells << mark + Money::formatUsd(option.monthlyUsd(), m_locale);
        }
        cells << (cheapest ? tr("← cheapest") : !option.fits() ? tr("x cannot run this workload") : QString());
        return cells;
    }

    // What "~" and "unknown" in the option table mean, when they occur there.
    QString legend() const
    {
        QString out;
        if (m_anyEstimate || m_anyUnknown)
            out += QLatin1Char('\n');
        if (m_anyEstimate)
            out +=
                tr("~ includes a price that is an estimate, not a confirmed published rate") + QLatin1Char('\n');
        if (m_anyUnknown)
            out += tr("unknown: no published price; it is left out rather than counted as 0") + QLatin1Char('\n');
        return out;
    }

    QString notes() const
    {
        const bool anyNotes = std::any_of(m_comparison.options.cbegin(), m_comparison.options.cend(),
                                          [](const OptionResult& o) { return !o.notes.isEmpty(); });
        if (!anyNotes)
            return {};
        QString out = QLatin1Char('\n') + tr("Notes") + QLatin1Char('\n');
        for (const OptionResult& option : m_comparison.options) {
            if (option.notes.isEmpty())
                continue;
            out += QLatin1String("  ") + option.label + QLatin1Char('\n');
            for (const Note& note : option.notes)
                out += QLatin1String("    ") + noteMarker(note.level) + QLatin1Char(' ') + note.text +
                       QLatin1Char('\n');
        }
        return out;
    }

    QString storage() const
    {
        if (m_comparison.storage.isEmpty())
            return {};
        TextTable table;
        table.setColumns(withMoneyHeaders({tr("Storage"), tr("Type"), tr("Size GiB")}),
                         withMoneyAlignment({false, false, true}));
        for (const StorageResult& item : m_comparison.storage)
            table.addRow(QStringList{item.id, item.type, m_locale.toString(item.sizeGiB, 'g', 10)} +
                         moneyCells(item.monthlyUsd, item.known, item.estimate));
        return QLatin1Char('\n') + table.render();
    }

    QString security() const
    {
        if (m_comparison.security.isEmpty())
            return {};
        TextTable table;
        table.setColumns(withMoneyHeaders({tr("Security"), tr("Service")}), withMoneyAlignment({false, false}));
        for (const SecurityResult& item : m_comparison.security)
            table.addRow(QStringList{item.id, item.service} + moneyCells(item.monthlyUsd, item.known, item.estimate));
        return QLatin1Char('\n') + table.render();
    }

    // The storage and security tables end in the amount a month, then in USD when that differs.
    QStringList withMoneyHeaders(QStringList headers) const
    {
        headers << tr("%1 a month").arg(m_code);
        if (m_showUsd)
            headers << tr("USD a month");
        return headers;
    }
    QList<bool> withMoneyAlignment(QList<bool> right) const
    {
        right << true;
        if (m_showUsd)
            right << true;
        return right;
    }
    QStringList moneyCells(double usd, bool known, bool estimate) const
    {
        const QString mark = estimate ? QStringLiteral("~") : QString();
        QStringList cells{known ? mark + money(usd) : tr("unknown")};
        if (m_showUsd)
            cells << (known ? mark + dollars(usd) : tr("unknown"));
        return cells;
    }

    QString money(double amountUsd) const
    {
        return Money::formatNumber(Money::toDisplay(amountUsd, m_currency), m_code, m_locale);
    }
    QString dollars(double amountUsd) const
    {
        return Money::formatNumber(Money::toDisplay(amountUsd, usd()), usd().code, m_locale);
    }

    const Comparison& m_comparison;
    const CurrencySettings& m_currency;
    const QLocale& m_locale;
    const QString m_code;
    const bool m_showUsd;
    bool m_anyEstimate = false; // the option table shows a "~" somewhere
    bool m_anyUnknown = false;  // … or an "unknown"
};

} // namespace

double ComparisonExport::cleanUsd(double usd)
{
    const double cleaned = std::round(usd * 1e6) / 1e6;
    return cleaned == 0 ? 0 : cleaned; // no "-0"
}

QString ComparisonExport::plainNumber(double value)
{
    QString text = QString::number(value, 'f', 6);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text == u"-0" ? QStringLiteral("0") : text;
}

QString ComparisonExport::csvField(const QString& text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

int ComparisonExport::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        // Combining marks take no column of their own.
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                          (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QJsonObject ComparisonExport::toJsonObject(const Comparison& comparison, const CurrencySettings& currency)
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), comparison.title);
    root.insert(QStringLiteral("region"), comparison.region);
    root.insert(QStringLiteral("hours"), comparison.hours);
    root.insert(QStringLiteral("currency"), currencyObject(currency));
    const int cheapest = comparison.cheapestIndex();
    root.insert(QStringLiteral("cheapest"), cheapest >= 0 ? QJsonValue(comparison.options.at(cheapest).id)
                                                          : QJsonValue(QJsonValue::Null));
    QJsonArray options;
    for (const OptionResult& option : comparison.options)
        options.append(optionObject(option, currency));
    root.insert(QStringLiteral("options"), options);
    root.insert(QStringLiteral("storage"), storageArray(comparison.storage, currency));
    root.insert(QStringLiteral("security"), securityArray(comparison.security, currency));
    return root;
}

QByteArray ComparisonExport::toJson(const Comparison& comparison, const CurrencySettings& currency)
{
    return JsonWriter(jsonKeyOrder()).write(toJsonObject(comparison, currency));
}

QStringList ComparisonExport::csvHeader(const CurrencySettings& currency)
{
    QStringList header = {
        QStringLiteral("option_id"), QStringLiteral("label"),     QStringLiteral("service"),
        QStringLiteral("runtime"),   QStringLiteral("region"),    QStringLiteral("instance_type"),
        QStringLiteral("instances"), QStringLiteral("task_vcpu"), QStringLiteral("task_memory_gib"),
        QStringLiteral("available"), QStringLiteral("known"),     QStringLiteral("estimate"),
    };
    for (const LineKind kind : allKinds())
        header << lineKindId(kind).replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1String("_usd");
    if (currency.code != u"USD")
        header << QLatin1String("total_") + currency.code.toLower();
    header << QStringLiteral("total_usd") << QStringLiteral("notes") << QStringLiteral("fit")
           << QStringLiteral("reasons");
    return header;
}

QByteArray ComparisonExport::toCsv(const Comparison& comparison, const CurrencySettings& currency,
                                   QChar separator)
{
    const auto row = [separator](const QStringList& cells) -> QString {
        QStringList fields;
        for (const QString& cell : cells)
            fields << csvField(cell, separator);
        return fields.join(separator) + QLatin1Char('\n');
    };
    const auto flag = [](bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); };

    QString out = row(csvHeader(currency));
    for (const OptionResult& option : comparison.options) {
        QStringList cells = {
            option.id,
            option.label,
            option.service,
            option.runtime,
            option.region,
            option.instanceType,
            option.instances > 0 ? QString::number(option.instances) : QString(),
            option.taskVcpu > 0 ? plainNumber(option.taskVcpu) : QString(),
            option.taskVcpu > 0 ? plainNumber(option.taskMemoryGiB) : QString(),
            flag(option.available),
            flag(option.complete()),
            flag(option.hasEstimate()),
        };
        for (const LineKind kind : allKinds()) {
            const KindCharges charges = chargesOf(option, kind);
            // No charge of a kind is a plain 0; a charge whose price is unknown stays empty, and
            // so does every charge of an option that cannot run the workload.
            cells << (!charges.known || !option.available
                          ? QString()
                          : plainNumber(charges.any ? cleanUsd(option.monthlyUsd(kind)) : 0));
        }
        const bool total = hasTotal(option);
        if (currency.code != u"USD")
            cells << (total ? plainNumber(Money::toDisplay(option.monthlyUsd(), currency)) : QString());
        cells << (total ? plainNumber(cleanUsd(option.monthlyUsd())) : QString());
        QStringList notes;
        for (const Note& note : option.notes)
            notes << note.text;
        cells << notes.join(QLatin1String(" | ")) << fitId(option.fitStatus()) << option.reasons.join(QLatin1String(" | "));
        out += row(cells);
    }
    return out.toUtf8();
}

QString ComparisonExport::toTable(const Comparison& comparison, const CurrencySettings& currency,
                                  const QLocale& locale)
{
    return TextReport(comparison, currency, locale).text();
}
