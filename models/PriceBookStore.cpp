#include "PriceBookStore.h"

#include "JsonWriter.h"
#include "PriceBookLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace {

QJsonObject textObject(const LocalizedText& text)
{
    return {{QStringLiteral("en"), text.en}, {QStringLiteral("ja"), text.ja}};
}

QString confidenceName(Confidence c)
{
    return c == Confidence::Estimate ? QStringLiteral("estimate") : QStringLiteral("confirmed");
}

void writePriceFields(QJsonObject& o, const Price& p)
{
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("asOf"), p.asOf);
    o.insert(QStringLiteral("confidence"), confidenceName(p.confidence));
    if (!p.grade.isEmpty())
        o.insert(QStringLiteral("grade"), p.grade);
    if (!p.note.en.isEmpty())
        o.insert(QStringLiteral("note"), textObject(p.note));
}

// Sources no price refers to any more are dropped.
void pruneSources(PriceBook& book)
{
    QSet<QString> used;
    for (const Price& p : std::as_const(book.prices))
        used.insert(p.source);
    for (const InstanceType& t : std::as_const(book.instanceTypes))
        used.insert(t.onDemand.source);
    for (const LightsailPower& l : std::as_const(book.lightsailPowers))
        used.insert(l.monthly.source);
    for (const Discount& d : std::as_const(book.discounts))
        used.insert(d.source);
    book.sources.removeIf([&](const PriceSource& s) { return !used.contains(s.id); });
}

} // namespace

QString PriceBookStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/prices");
}

QString PriceBookStore::fileName(const QString& region)
{
    return directory() + QLatin1Char('/') + region + QStringLiteral(".json");
}

QList<PriceBook> PriceBookStore::importedBooks(QStringList* problems)
{
    QList<PriceBook> books;
    const QDir dir(directory());
    if (!dir.exists())
        return books;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        LoadError error;
        std::optional<PriceBook> book = PriceBookLoader::loadBook(dir.filePath(name), &error);
        if (book)
            books.append(std::move(*book));
        else if (problems)
            problems->append(error.toString());
    }
    return books;
}

std::optional<PriceBook> PriceBookStore::importedBook(const QString& region, LoadError* error)
{
    if (!QFileInfo::exists(fileName(region))) {
        if (error)
            *error = {};
        return std::nullopt;
    }
    return PriceBookLoader::loadBook(fileName(region), error);
}

PriceBooks PriceBookStore::effective(const PriceBooks& shipped, QStringList* problems)
{
    const QList<PriceBook> imported = importedBooks(problems);
    if (imported.isEmpty())
        return shipped;
    QList<PriceBook> books;
    for (const PriceBook& book : shipped.books()) {
        const auto it = std::find_if(imported.cbegin(), imported.cend(),
                                     [&](const PriceBook& b) { return b.region == book.region; });
        books.append(it == imported.cend() ? book : merge(&book, &*it));
    }
    for (const PriceBook& book : imported) {
        if (!shipped.region(book.region))
            books.append(merge(nullptr, &book));
    }
    return PriceBooks::fromList(std::move(books));
}

PriceBook PriceBookStore::merge(const PriceBook* shipped, const PriceBook* imported)
{
    if (!shipped)
        return *imported;
    PriceBook book = *shipped;
    if (!imported)
        return book;
    for (const PriceSource& s : imported->sources) {
        if (!book.source(s.id))
            book.sources.append(s);
    }
    for (const Price& p : imported->prices) {
        const auto it = std::find_if(book.prices.begin(), book.prices.end(),
                                     [&](const Price& q) { return q.key == p.key; });
        if (it == book.prices.end())
            book.prices.append(p);
        else
            *it = p;
    }
    for (InstanceType t : imported->instanceTypes) {
        const auto it = std::find_if(book.instanceTypes.begin(), book.instanceTypes.end(),
                                     [&](const InstanceType& s) { return s.type == t.type; });
        if (it == book.instanceTypes.end()) {
            book.instanceTypes.append(t);
            continue;
        }
        // The shipped book names the GPU and keeps a spot snapshot; the Price List has neither.
        if (t.gpus > 0 && t.gpus == it->gpus && !it->gpuName.isEmpty())
            t.gpuName = it->gpuName;
        if (!t.spotMinUsdPerHour) {
            t.spotMinUsdPerHour = it->spotMinUsdPerHour;
            t.spotMaxUsdPerHour = it->spotMaxUsdPerHour;
        }
        *it = t;
    }
    PriceBookLoader::sortInstanceTypes(book.instanceTypes);
    pruneSources(book);
    return book;
}

QString PriceBookStore::sourceId(const QString& offerCode, const QString& version)
{
    return offerCode + QLatin1Char('-') + version;
}

QString PriceBookStore::offerUrl(const QString& offerCode, const QString& version, const QString& region)
{
    return QStringLiteral("https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/%1/%2/%3/index.json")
        .arg(offerCode, version, region);
}

PriceBook PriceBookStore::applyImport(const std::optional<PriceBook>& existing, const OfferImport& offer,
                                      const QString& japaneseRegionName)
{
    PriceBook book;
    if (existing) {
        book = *existing;
    } else {
        book.region = offer.region;
        const QString english = offer.location.isEmpty() ? offer.region : offer.location;
        book.regionName = {english, japaneseRegionName.isEmpty() ? english : japaneseRegionName};
    }
    PriceSource source;
    source.id = sourceId(offer.offerCode, offer.version);
    source.title = QStringLiteral("AWS Price List, %1 offer file %2").arg(offer.offerCode, offer.version);
    source.url = offerUrl(offer.offerCode, offer.version, offer.region);
    source.date = offer.asOf();
    source.version = offer.version;
    source.publicationDate = offer.publicationDate;
    source.file = offer.fileName;
    book.sources.removeIf([&](const PriceSource& s) { return s.id == source.id; });
    book.sources.append(source);

    auto stamp = [&](Price& p) {
        p.source = source.id;
        p.asOf = offer.asOf();
        p.confidence = Confidence::Confirmed;
        p.grade = QStringLiteral("A");
    };
    for (Price p : offer.prices) {
        stamp(p);
        const auto it = std::find_if(book.prices.begin(), book.prices.end(),
                                     [&](const Price& q) { return q.key == p.key; });
        if (it == book.prices.end())
            book.prices.append(p);
        else
            *it = p;
    }
    std::sort(book.prices.begin(), book.prices.end(), [](const Price& a, const Price& b) { return a.key < b.key; });
    if (!offer.instanceTypes.isEmpty()) {
        book.instanceTypes.clear();
        for (InstanceType t : offer.instanceTypes) {
            stamp(t.onDemand);
            book.instanceTypes.append(t);
        }
        PriceBookLoader::sortInstanceTypes(book.instanceTypes);
    }
    pruneSources(book);
    return book;
}

namespace {

QJsonArray sourcesArray(const QList<PriceSource>& sources)
{
    QJsonArray array;
    for (const PriceSource& s : sources) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}};
        if (!s.url.isEmpty())
            o.insert(QStringLiteral("url"), s.url);
        if (!s.date.isEmpty())
            o.insert(QStringLiteral("date"), s.date);
        if (!s.version.isEmpty())
            o.insert(QStringLiteral("version"), s.version);
        if (!s.publicationDate.isEmpty())
            o.insert(QStringLiteral("publicationDate"), s.publicationDate);
        if (!s.file.isEmpty())
            o.insert(QStringLiteral("file"), s.file);
        array.append(o);
    }
    return array;
}

// A price is one "usd", or "tiers" of {"upTo", "usd"} with the last one open-ended.
QJsonObject priceObject(const Price& p)
{
    QJsonObject o{{QStringLiteral("key"), p.key}, {QStringLiteral("unit"), p.unit}};
    if (p.tiers.isEmpty()) {
        o.insert(QStringLiteral("usd"), p.usd);
    } else {
        QJsonArray tiers;
        for (const PriceTier& t : p.tiers) {
            QJsonObject to;
            if (t.upTo)
                to.insert(QStringLiteral("upTo"), *t.upTo);
            to.insert(QStringLiteral("usd"), t.usd);
            tiers.append(to);
        }
        o.insert(QStringLiteral("tiers"), tiers);
    }
    writePriceFields(o, p);
    return o;
}

QJsonArray pricesArray(const QList<Price>& prices)
{
    QJsonArray array;
    for (const Price& p : prices)
        array.append(priceObject(p));
    return array;
}

QJsonArray instanceTypesArray(const QList<InstanceType>& instanceTypes)
{
    QJsonArray array;
    for (const InstanceType& t : instanceTypes) {
        QJsonObject o{{QStringLiteral("type"), t.type},           {QStringLiteral("arch"), t.arch},
                      {QStringLiteral("vcpu"), t.vcpu},           {QStringLiteral("memoryGiB"), t.memoryGiB},
                      {QStringLiteral("gpus"), t.gpus},           {QStringLiteral("gpuName"), t.gpuName},
                      {QStringLiteral("usdPerHour"), t.onDemand.usd}};
        writePriceFields(o, t.onDemand);
        if (t.spotMinUsdPerHour && t.spotMaxUsdPerHour) {
            o.insert(QStringLiteral("spotUsdPerHourMin"), *t.spotMinUsdPerHour);
            o.insert(QStringLiteral("spotUsdPerHourMax"), *t.spotMaxUsdPerHour);
        }
        array.append(o);
    }
    return array;
}

QJsonArray lightsailPowersArray(const QList<LightsailPower>& powers)
{
    QJsonArray array;
    for (const LightsailPower& l : powers) {
        QJsonObject o{{QStringLiteral("id"), l.id},
                      {QStringLiteral("vcpu"), l.vcpu},
                      {QStringLiteral("memoryGiB"), l.memoryGiB},
                      {QStringLiteral("usdPerMonth"), l.monthly.usd}};
        writePriceFields(o, l.monthly);
        array.append(o);
    }
    return array;
}

QJsonArray discountsArray(const QList<Discount>& discounts)
{
    QJsonArray array;
    for (const Discount& d : discounts) {
        QJsonObject o{{QStringLiteral("purchase"), d.purchase},
                      {QStringLiteral("runtime"), d.runtime},
                      {QStringLiteral("fraction"), d.fraction},
                      {QStringLiteral("source"), d.source},
                      {QStringLiteral("asOf"), d.asOf},
                      {QStringLiteral("confidence"), confidenceName(d.confidence)}};
        if (!d.note.en.isEmpty())
            o.insert(QStringLiteral("note"), textObject(d.note));
        array.append(o);
    }
    return array;
}

} // namespace

QByteArray PriceBookStore::toJson(const PriceBook& book)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("container-compare/pricebook"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("region"), book.region);
    root.insert(QStringLiteral("regionName"), textObject(book.regionName));
    root.insert(QStringLiteral("sources"), sourcesArray(book.sources));
    root.insert(QStringLiteral("prices"), pricesArray(book.prices));
    root.insert(QStringLiteral("instanceTypes"), instanceTypesArray(book.instanceTypes));
    if (!book.lightsailPowers.isEmpty())
        root.insert(QStringLiteral("lightsailPowers"), lightsailPowersArray(book.lightsailPowers));
    if (!book.discounts.isEmpty())
        root.insert(QStringLiteral("discounts"), discountsArray(book.discounts));
    static const JsonWriter writer(
        {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("region"), QStringLiteral("regionName"),
         QStringLiteral("sources"), QStringLiteral("prices"), QStringLiteral("instanceTypes"),
         QStringLiteral("lightsailPowers"), QStringLiteral("discounts"), QStringLiteral("id"), QStringLiteral("key"),
         QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("url"), QStringLiteral("date"),
         QStringLiteral("usd"), QStringLiteral("tiers"), QStringLiteral("upTo"), QStringLiteral("unit"),
         QStringLiteral("arch"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"), QStringLiteral("gpus"),
         QStringLiteral("gpuName"), QStringLiteral("usdPerHour"), QStringLiteral("source"), QStringLiteral("asOf"),
         QStringLiteral("confidence"), QStringLiteral("grade"), QStringLiteral("en"), QStringLiteral("ja")});
    return writer.write(root);
}

bool PriceBookStore::write(const PriceBook& book, QString* problem)
{
    const QString name = fileName(book.region);
    if (!QDir().mkpath(directory())) {
        if (problem)
            *problem = QCoreApplication::translate("PriceBookStore", "%1: cannot create the folder").arg(directory());
        return false;
    }
    QSaveFile file(name);
    const QByteArray bytes = toJson(book);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (problem)
            *problem = QCoreApplication::translate("PriceBookStore", "%1: cannot be written: %2").arg(name, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool PriceBookStore::reset(const QString& region, QString* problem)
{
    QFile file(fileName(region));
    if (!file.exists())
        return false;
    if (!file.remove()) {
        if (problem)
            *problem = QCoreApplication::translate("PriceBookStore", "%1: cannot be removed: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}
