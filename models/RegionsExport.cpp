#include "RegionsExport.h"

#include "JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

// The texts of this file, in Linguist's "RegionsExport" context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RegionsExport)
};

QString cell(const RegionOptionTotal& t)
{
    if (!t.available)
        return Text::tr("unavailable");
    if (!t.known)
        return Text::tr("unknown");
    return QString::number(t.monthlyUsd, 'f', 2);
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

namespace RegionsExport {

QString toTable(const RegionComparison& r)
{
    QList<QStringList> rows;
    QStringList head{Text::tr("Region"), Text::tr("Name")};
    for (const QString& label : r.optionLabels)
        head << Text::tr("%1 (USD/month)").arg(label);
    rows << head;
    for (const RegionTotals& region : r.regions) {
        QStringList row{region.region, region.name};
        for (const RegionOptionTotal& t : region.options) {
            QString text = cell(t);
            if (r.cheapestRegion.value(t.id) == region.region)
                text += QStringLiteral(" *");
            row << text;
        }
        rows << row;
    }
    QList<int> widths(head.size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i) {
            const bool number = i >= 2;
            const QString padded = number ? row.at(i).rightJustified(widths[i]) : row.at(i).leftJustified(widths[i]);
            line += (i ? QStringLiteral("  ") : QString()) + padded;
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    out += Text::tr("* the cheapest region of the option; unknown and unavailable are never cheapest\n");
    if (r.cheapestOverallRegion.isEmpty()) {
        out += Text::tr("Cheapest overall: none (no option is priced completely and meets the workload)\n");
    } else {
        const qsizetype i = r.optionIds.indexOf(r.cheapestOverallOption);
        const RegionOptionTotal* t = r.total(r.cheapestOverallRegion, r.cheapestOverallOption);
        out += Text::tr("Cheapest overall: %1 in %2, %3 USD/month\n")
                   .arg(r.optionLabels.value(i), r.cheapestOverallRegion, QString::number(t ? t->monthlyUsd : 0, 'f', 2));
    }
    return out;
}

QByteArray toJson(const RegionComparison& r)
{
    QJsonArray regions;
    for (const RegionTotals& region : r.regions) {
        QJsonArray options;
        for (const RegionOptionTotal& t : region.options)
            options.append(QJsonObject{{QStringLiteral("id"), t.id},
                                       {QStringLiteral("monthlyUsd"), t.known ? QJsonValue(t.monthlyUsd) : QJsonValue()},
                                       {QStringLiteral("known"), t.known},
                                       {QStringLiteral("available"), t.available}});
        regions.append(QJsonObject{{QStringLiteral("region"), region.region},
                                   {QStringLiteral("name"), region.name},
                                   {QStringLiteral("options"), options}});
    }
    QJsonObject byOption;
    for (auto it = r.cheapestRegion.begin(); it != r.cheapestRegion.end(); ++it)
        byOption.insert(it.key(), it.value());
    const QJsonValue cheapest = r.cheapestOverallRegion.isEmpty()
                                    ? QJsonValue()
                                    : QJsonValue(QJsonObject{{QStringLiteral("region"), r.cheapestOverallRegion},
                                                             {QStringLiteral("option"), r.cheapestOverallOption}});
    const JsonWriter writer({QStringLiteral("regions"), QStringLiteral("region"), QStringLiteral("name"),
                             QStringLiteral("options"), QStringLiteral("id"), QStringLiteral("monthlyUsd"),
                             QStringLiteral("known"), QStringLiteral("available"), QStringLiteral("cheapest"),
                             QStringLiteral("option")});
    return writer.write(QJsonObject{{QStringLiteral("regions"), regions},
                                    {QStringLiteral("cheapest"), cheapest},
                                    {QStringLiteral("cheapestByOption"), byOption}});
}

QByteArray toCsv(const RegionComparison& r)
{
    QString out = QStringLiteral("region,name,option,monthlyUsd,known,available,cheapestForOption\n");
    for (const RegionTotals& region : r.regions)
        for (const RegionOptionTotal& t : region.options)
            out += QStringList{region.region, csvField(region.name), csvField(t.id),
                               t.known ? QString::number(t.monthlyUsd, 'f', 6) : QString(),
                               t.known ? QStringLiteral("true") : QStringLiteral("false"),
                               t.available ? QStringLiteral("true") : QStringLiteral("false"),
                               r.cheapestRegion.value(t.id) == region.region ? QStringLiteral("true") : QStringLiteral("false")}
                       .join(QLatin1Char(','))
                   + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace RegionsExport
