#pragma once

// AWS Price List files in their published shape, made by the tests: an offer index, a region
// index per offer and regional offer files with the prices the test names.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <tuple>

namespace fixtures {

struct Item
{
    QString usagetype;      // without the region prefix
    QString usd;            // "0.0505600000"
};

// A regional offer file of offer code for region, one on-demand price per item, padded with
// `padding` products no rule maps (to make the file as large as a test needs).
inline QByteArray offerFile(const QString& code, const QString& region, const QString& location,
                            const QString& version, const QList<Item>& items, int padding = 0)
{
    QJsonObject products;
    QJsonObject onDemand;
    int n = 0;
    auto add = [&](const QString& usagetype, const QString& usd) {
        const QString sku = code.left(6).toUpper() + QString::number(++n).rightJustified(7, QLatin1Char('0'));
        const QJsonObject attributes{{QStringLiteral("servicecode"), code},
                                     {QStringLiteral("location"), location},
                                     {QStringLiteral("regionCode"), region},
                                     {QStringLiteral("usagetype"), QString(QStringLiteral("APN3-") + usagetype)}};
        products.insert(sku, QJsonObject{{QStringLiteral("sku"), sku},
                                         {QStringLiteral("productFamily"), QStringLiteral("Compute")},
                                         {QStringLiteral("attributes"), attributes}});
        const QString rate = sku + QStringLiteral(".JRTCKXETXF.6YS6EN2CT7");
        const QJsonObject dims{{rate, QJsonObject{{QStringLiteral("rateCode"), rate},
                                                  {QStringLiteral("description"), QStringLiteral("a price")},
                                                  {QStringLiteral("beginRange"), QStringLiteral("0")},
                                                  {QStringLiteral("endRange"), QStringLiteral("Inf")},
                                                  {QStringLiteral("unit"), QStringLiteral("Hrs")},
                                                  {QStringLiteral("pricePerUnit"), QJsonObject{{QStringLiteral("USD"), usd}}},
                                                  {QStringLiteral("appliesTo"), QJsonArray()}}}};
        onDemand.insert(sku, QJsonObject{{sku + QStringLiteral(".JRTCKXETXF"),
                                          QJsonObject{{QStringLiteral("offerTermCode"), QStringLiteral("JRTCKXETXF")},
                                                      {QStringLiteral("sku"), sku},
                                                      {QStringLiteral("effectiveDate"), QStringLiteral("2026-10-01T00:00:00Z")},
                                                      {QStringLiteral("priceDimensions"), dims},
                                                      {QStringLiteral("termAttributes"), QJsonObject()}}}});
    };
    for (const Item& item : items)
        add(item.usagetype, item.usd);
    for (int i = 0; i < padding; ++i)
        add(QStringLiteral("Unmapped-Usage-%1").arg(i), QStringLiteral("0.0100000000"));
    const QString date = QStringLiteral("%1-%2-%3T00:00:00Z").arg(version.left(4), version.mid(4, 2), version.mid(6, 2));
    return QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), QStringLiteral("v1.0")},
                                     {QStringLiteral("disclaimer"), QStringLiteral("This pricing list is for informational purposes only.")},
                                     {QStringLiteral("offerCode"), code},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("publicationDate"), date},
                                     {QStringLiteral("products"), products},
                                     {QStringLiteral("terms"), QJsonObject{{QStringLiteral("OnDemand"), onDemand},
                                                                           {QStringLiteral("Reserved"), QJsonObject()}}},
                                     {QStringLiteral("attributesList"), QJsonObject()}})
        .toJson(QJsonDocument::Compact);
}

inline QByteArray offerPath(const QString& code, const QString& version, const QString& region)
{
    return QStringLiteral("/offers/v1.0/aws/%1/%2/%3/index.json").arg(code, version, region).toUtf8();
}

inline QByteArray regionIndexPath(const QString& code)
{
    return QStringLiteral("/offers/v1.0/aws/%1/current/region_index.json").arg(code).toUtf8();
}

inline QByteArray offerIndex(const QStringList& codes)
{
    QJsonObject offers;
    for (const QString& code : codes)
        offers.insert(code, QJsonObject{{QStringLiteral("offerCode"), code},
                                        {QStringLiteral("versionIndexUrl"), QStringLiteral("/offers/v1.0/aws/%1/index.json").arg(code)},
                                        {QStringLiteral("currentVersionUrl"), QStringLiteral("/offers/v1.0/aws/%1/current/index.json").arg(code)},
                                        {QStringLiteral("currentRegionIndexUrl"), QString::fromUtf8(regionIndexPath(code))}});
    return QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), QStringLiteral("v1.0")},
                                     {QStringLiteral("disclaimer"), QStringLiteral("This pricing list is for informational purposes only.")},
                                     {QStringLiteral("publicationDate"), QStringLiteral("2026-10-01T00:00:00Z")},
                                     {QStringLiteral("offers"), offers}})
        .toJson();
}

// regions: region → version of its current offer file.
inline QByteArray regionIndex(const QString& code, const QList<std::pair<QString, QString>>& regions)
{
    QJsonObject object;
    for (const auto& [region, version] : regions)
        object.insert(region, QJsonObject{{QStringLiteral("regionCode"), region},
                                          {QStringLiteral("currentVersionUrl"), QString::fromUtf8(offerPath(code, version, region))}});
    return QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), QStringLiteral("v1.0")},
                                     {QStringLiteral("disclaimer"), QStringLiteral("This pricing list is for informational purposes only.")},
                                     {QStringLiteral("publicationDate"), QStringLiteral("2026-10-01T00:00:00Z")},
                                     {QStringLiteral("regions"), object}})
        .toJson();
}

} // namespace fixtures
