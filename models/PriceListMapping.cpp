#include "PriceListMapping.h"

#include "JsonReader.h"
#include "PriceBook.h"

#include <QFile>
#include <QSet>

static void initPriceListResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

const QString kSchema = QStringLiteral("container-compare/pricelist-map");
constexpr int kVersion = 1;

QList<QPair<QString, QString>> stringPairs(JsonReader& r, const QJsonObject& o, const QString& path,
                                           const QString& key)
{
    QList<QPair<QString, QString>> pairs;
    const std::optional<QJsonObject> object = r.optionalObject(o, path, key);
    if (!object)
        return pairs;
    const QString p = JsonReader::child(path, key);
    for (auto it = object->constBegin(); it != object->constEnd() && r.ok(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            r.fail(JsonReader::child(p, it.key()), QStringLiteral("must be a non-empty string"));
        pairs.append({it.key(), it.value().toString()});
    }
    return pairs;
}

ProductMatch readMatch(JsonReader& r, const QJsonObject& o, const QString& path)
{
    ProductMatch m;
    m.productFamilies = r.optionalStringList(o, path, QStringLiteral("productFamily"));
    m.attributes = stringPairs(r, o, path, QStringLiteral("attributes"));
    m.ifPresent = stringPairs(r, o, path, QStringLiteral("ifPresent"));
    return m;
}

// prices[j] of an offer: a key no other rule of the file gives (keys holds those read so far).
PriceRule readPriceRule(JsonReader& r, const QJsonArray& prices, const QString& pricesPath, qsizetype j,
                        QSet<QString>& keys)
{
    const QString pp = JsonReader::index(pricesPath, j);
    const QJsonObject po = r.objectAt(prices, pricesPath, j);
    PriceRule rule;
    rule.key = r.requireString(po, pp, QStringLiteral("key"));
    if (r.ok() && keys.contains(rule.key))
        r.fail(JsonReader::child(pp, QStringLiteral("key")),
               QStringLiteral("key \"%1\" is mapped twice").arg(rule.key));
    keys.insert(rule.key);
    rule.unit = r.requireEnum(po, pp, QStringLiteral("unit"), PriceBook::knownUnits());
    rule.usagetype = r.requireString(po, pp, QStringLiteral("usagetype"));
    rule.tiered = r.optionalBool(po, pp, QStringLiteral("tiered"), false);
    rule.match = readMatch(r, po, pp);
    r.rejectUnknownKeys(po, pp, {QStringLiteral("key"), QStringLiteral("unit"), QStringLiteral("usagetype"),
                                 QStringLiteral("tiered"), QStringLiteral("productFamily"),
                                 QStringLiteral("attributes"), QStringLiteral("ifPresent")});
    return rule;
}

// An offer's "instanceTypes", when it has one.
std::optional<InstanceTypeRule> readInstanceTypeRule(JsonReader& r, const QJsonObject& o, const QString& p)
{
    const std::optional<QJsonObject> it = r.optionalObject(o, p, QStringLiteral("instanceTypes"));
    if (!it)
        return std::nullopt;
    const QString ip = JsonReader::child(p, QStringLiteral("instanceTypes"));
    InstanceTypeRule rule;
    rule.usagetypePrefix = r.requireString(*it, ip, QStringLiteral("usagetypePrefix"));
    rule.offerUnit = r.requireString(*it, ip, QStringLiteral("offerUnit"));
    rule.armProcessor = r.requireString(*it, ip, QStringLiteral("armProcessor"));
    rule.match = readMatch(r, *it, ip);
    r.rejectUnknownKeys(*it, ip, {QStringLiteral("usagetypePrefix"), QStringLiteral("offerUnit"),
                                  QStringLiteral("armProcessor"), QStringLiteral("productFamily"),
                                  QStringLiteral("attributes"), QStringLiteral("ifPresent")});
    return rule;
}

// offers[i]: an offer code the mapping does not have yet, its price rules and instance rule.
OfferMapping readOffer(JsonReader& r, const QJsonArray& offers, const QString& offersPath, qsizetype i,
                       const PriceListMapping& mapping, QSet<QString>& keys)
{
    const QString p = JsonReader::index(offersPath, i);
    const QJsonObject o = r.objectAt(offers, offersPath, i);
    OfferMapping offer;
    offer.offerCode = r.requireString(o, p, QStringLiteral("offerCode"));
    if (r.ok() && mapping.offer(offer.offerCode))
        r.fail(JsonReader::child(p, QStringLiteral("offerCode")),
               QStringLiteral("offer \"%1\" is mapped twice").arg(offer.offerCode));
    r.rejectUnknownKeys(o, p, {QStringLiteral("offerCode"), QStringLiteral("prices"),
                               QStringLiteral("instanceTypes")});
    const QString pricesPath = JsonReader::child(p, QStringLiteral("prices"));
    const QJsonArray prices = r.optionalArray(o, p, QStringLiteral("prices"));
    for (qsizetype j = 0; j < prices.size() && r.ok(); ++j)
        offer.prices.append(readPriceRule(r, prices, pricesPath, j, keys));
    offer.instanceTypes = readInstanceTypeRule(r, o, p);
    return offer;
}

} // namespace

std::optional<PriceListMapping> PriceListMapping::load(const QString& fileName, LoadError* error)
{
    JsonReader r(fileName);
    QFile file(fileName);
    std::optional<QJsonObject> root;
    if (!file.open(QIODevice::ReadOnly))
        r.fail({}, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    else
        root = r.parseObject(file.readAll());
    PriceListMapping mapping;
    if (root) {
        const QString top = QStringLiteral("$");
        r.requireHeader(*root, kSchema, kVersion);
        r.rejectUnknownKeys(*root, top,
                            {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("about"),
                             QStringLiteral("offers"), QStringLiteral("regionNamesJa")});
        const QString offersPath = JsonReader::child(top, QStringLiteral("offers"));
        const QJsonArray offers = r.requireArray(*root, top, QStringLiteral("offers"));
        QSet<QString> keys;
        for (qsizetype i = 0; i < offers.size() && r.ok(); ++i)
            mapping.m_offers.append(readOffer(r, offers, offersPath, i, mapping, keys));
        if (const std::optional<QJsonObject> names = r.optionalObject(*root, top, QStringLiteral("regionNamesJa"))) {
            for (auto it = names->constBegin(); it != names->constEnd(); ++it)
                mapping.m_regionNamesJa.insert(it.key(), it.value().toString());
        }
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (error)
        *error = {};
    return mapping;
}

const PriceListMapping& PriceListMapping::builtin()
{
    static const PriceListMapping mapping = [] {
        initPriceListResources();
        LoadError error;
        std::optional<PriceListMapping> loaded = load(QStringLiteral(":/pricelist/map.json"), &error);
        if (!loaded)
            qFatal("The built-in price list mapping is broken: %s", qPrintable(error.toString()));
        return std::move(*loaded);
    }();
    return mapping;
}

const OfferMapping* PriceListMapping::offer(const QString& offerCode) const
{
    for (const OfferMapping& o : m_offers) {
        if (o.offerCode == offerCode)
            return &o;
    }
    return nullptr;
}

QStringList PriceListMapping::offerCodes() const
{
    QStringList codes;
    for (const OfferMapping& o : m_offers)
        codes.append(o.offerCode);
    return codes;
}

QStringList PriceListMapping::attributeNames() const
{
    QStringList names = {QStringLiteral("usagetype"), QStringLiteral("regionCode"), QStringLiteral("location"),
                         QStringLiteral("instanceType"), QStringLiteral("vcpu"), QStringLiteral("memory"),
                         QStringLiteral("physicalProcessor"), QStringLiteral("gpu"), QStringLiteral("gpuMemory")};
    auto add = [&](const ProductMatch& m) {
        for (const auto& pair : m.attributes)
            names.append(pair.first);
        for (const auto& pair : m.ifPresent)
            names.append(pair.first);
    };
    for (const OfferMapping& o : m_offers) {
        for (const PriceRule& rule : o.prices)
            add(rule.match);
        if (o.instanceTypes)
            add(o.instanceTypes->match);
    }
    names.removeDuplicates();
    return names;
}
