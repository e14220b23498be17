#include "PriceBookLoader.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace {

const QString kSchema = QStringLiteral("container-compare/pricebook");
constexpr int kVersion = 1;
constexpr double kNoMax = std::numeric_limits<double>::max();

QString quoted(const QString& text)
{
    return QLatin1Char('"') % text % QLatin1Char('"');
}

QString top()
{
    return QStringLiteral("$");
}

// Records key as seen at path; a second occurrence fails with the first one's path.
void checkUnique(JsonReader& reader, QHash<QString, QString>& seen, const QString& what, const QString& key,
                 const QString& path)
{
    if (!reader.ok())
        return;
    const auto it = seen.constFind(key);
    if (it != seen.constEnd()) {
        reader.fail(path, QCoreApplication::translate("PriceBookLoader", "duplicate %1 %2 (first at %3)").arg(what, quoted(key), *it));
        return;
    }
    seen.insert(key, path);
}

} // namespace

PriceBookLoader::PriceBookLoader(JsonReader& reader)
    : m_reader(reader)
{
}

std::optional<PriceBooks> PriceBookLoader::load(const QString& directory, LoadError* error)
{
    auto failed = [&](const QString& message) -> std::optional<PriceBooks> {
        if (error)
            *error = {directory, {}, message};
        return std::nullopt;
    };
    const QFileInfo info(directory);
    if (!info.exists())
        return failed(QCoreApplication::translate("PriceBookLoader", "folder is missing"));
    if (!info.isDir())
        return failed(QCoreApplication::translate("PriceBookLoader", "is a file, not a folder"));
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return failed(QCoreApplication::translate("PriceBookLoader", "holds no price book (*.json)"));

    PriceBooks books;
    for (const QString& name : files) {
        std::optional<PriceBook> book = loadBook(dir.filePath(name), error);
        if (!book)
            return std::nullopt;
        books.m_books.append(std::move(*book));
    }
    // The file name is the region, so two books never share one; keep them in region order.
    std::sort(books.m_books.begin(), books.m_books.end(),
              [](const PriceBook& a, const PriceBook& b) { return a.region < b.region; });
    for (PriceBook& book : books.m_books)
        book.index();
    if (error)
        *error = {};
    return books;
}

std::optional<PriceBook> PriceBookLoader::loadBook(const QString& fileName, LoadError* error)
{
    JsonReader reader(fileName);
    const QFileInfo info(fileName);
    QFile file(fileName);
    if (!info.exists())
        reader.fail({}, QCoreApplication::translate("PriceBookLoader", "file is missing"));
    else if (info.isDir())
        reader.fail({}, QCoreApplication::translate("PriceBookLoader", "is a folder, not a file"));
    else if (!file.open(QIODevice::ReadOnly))
        reader.fail({}, QCoreApplication::translate("PriceBookLoader", "cannot be read: %1").arg(file.errorString()));
    std::optional<QJsonObject> root;
    if (reader.ok())
        root = reader.parseObject(file.readAll());

    PriceBookLoader loader(reader);
    if (root)
        loader.readBook(*root, info.fileName());
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    if (error)
        *error = {};
    return std::move(loader.m_book);
}

void PriceBookLoader::readBook(const QJsonObject& root, const QString& fileName)
{
    JsonReader& r = m_reader;
    r.requireHeader(root, kSchema, kVersion);
    // Any AWS region code: the shipped books and every region imported from the Price List.
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    m_book.region = r.requireString(root, top(), QStringLiteral("region"));
    if (r.ok() && !regionPattern.match(m_book.region).hasMatch())
        r.fail(JsonReader::child(top(), QStringLiteral("region")),
               QCoreApplication::translate("PriceBookLoader", "must be an AWS region code like \"ap-northeast-1\", found %1").arg(quoted(m_book.region)));
    const QString expectedName = m_book.region + QStringLiteral(".json");
    if (r.ok() && fileName != expectedName)
        r.fail(JsonReader::child(top(), QStringLiteral("region")),
               QCoreApplication::translate("PriceBookLoader", "%1 belongs in %2, not in %3").arg(quoted(m_book.region), expectedName, fileName));
    m_book.regionName = r.requireText(root, top(), QStringLiteral("regionName"));
    static const QStringList bookKeys = {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("region"),
                         QStringLiteral("regionName"), QStringLiteral("sources"), QStringLiteral("prices"),
                         QStringLiteral("instanceTypes"), QStringLiteral("lightsailPowers"),
                         QStringLiteral("discounts")};
    r.rejectUnknownKeys(root, top(), bookKeys);
    readSources(root);
    readPrices(root);
    readInstanceTypes(root);
    readLightsailPowers(root);
    readDiscounts(root);
}

void PriceBookLoader::readSources(const QJsonObject& root)
{
    JsonReader& r = m_reader;
    const QString listPath = JsonReader::child(top(), QStringLiteral("sources"));
    const QJsonArray array = r.requireArray(root, top(), QStringLiteral("sources"));
    if (r.ok() && array.isEmpty())
        r.fail(listPath, QCoreApplication::translate("PriceBookLoader", "must list at least one source"));
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = r.objectAt(array, listPath, i);
        PriceSource source;
        source.id = r.requireString(o, p, QStringLiteral("id"));
        checkUnique(r, seen, QCoreApplication::translate("PriceBookLoader", "source id"), source.id, JsonReader::child(p, QStringLiteral("id")));
        source.title = r.requireString(o, p, QStringLiteral("title"));
        // Some sources are repositories whose address was not recorded, or are undated: the
        // address and the date are optional, and checked when given.
        source.url = r.optionalString(o, p, QStringLiteral("url"));
        if (r.ok() && o.contains(QStringLiteral("url")) && !source.url.startsWith(QLatin1String("https://"))
            && !source.url.startsWith(QLatin1String("http://")))
            r.fail(JsonReader::child(p, QStringLiteral("url")),
                   QCoreApplication::translate("PriceBookLoader", "must be an http(s):// address, found %1").arg(quoted(source.url)));
        if (o.contains(QStringLiteral("date")))
            source.date = r.requireDate(o, p, QStringLiteral("date"));
        // An AWS Price List offer file: its version, publication date and file name.
        source.version = r.optionalString(o, p, QStringLiteral("version"));
        source.publicationDate = r.optionalString(o, p, QStringLiteral("publicationDate"));
        source.file = r.optionalString(o, p, QStringLiteral("file"));
        static const QStringList sourceKeys = {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("url"),
                                   QStringLiteral("date"), QStringLiteral("version"),
                                   QStringLiteral("publicationDate"), QStringLiteral("file")};
        r.rejectUnknownKeys(o, p, sourceKeys);
        m_book.sources.append(source);
    }
}

Price PriceBookLoader::readPrice(const QJsonObject& o, const QString& path, const QString& valueKey, bool graded)
{
    JsonReader& r = m_reader;
    Price price;
    if (!valueKey.isEmpty())
        price.usd = r.requireNumber(o, path, valueKey, 0, kNoMax);
    price.source = r.requireString(o, path, QStringLiteral("source"));
    if (r.ok() && !m_book.source(price.source))
        r.fail(JsonReader::child(path, QStringLiteral("source")),
               QCoreApplication::translate("PriceBookLoader", "unknown source %1; $.sources has no such id").arg(quoted(price.source)));
    price.asOf = r.requireDate(o, path, QStringLiteral("asOf"));
    const QString confidence = r.requireEnum(o, path, QStringLiteral("confidence"),
                                             {QStringLiteral("confirmed"), QStringLiteral("estimate")});
    price.confidence = confidence == QLatin1String("estimate") ? Confidence::Estimate : Confidence::Confirmed;
    const QStringList grades = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                QStringLiteral("U")};
    price.grade = graded ? r.requireEnum(o, path, QStringLiteral("grade"), grades)
                         : r.optionalEnum(o, path, QStringLiteral("grade"), grades, {});
    // D is derived by arithmetic and U is unconfirmed: neither may be called confirmed.
    if (r.ok() && price.confidence == Confidence::Confirmed
        && (price.grade == QLatin1String("D") || price.grade == QLatin1String("U")))
        r.fail(JsonReader::child(path, QStringLiteral("grade")),
               QCoreApplication::translate("PriceBookLoader", "a confirmed price must be graded A, B or C, found %1; mark it an estimate")
                   .arg(quoted(price.grade)));
    price.note = r.optionalText(o, path, QStringLiteral("note"));
    return price;
}

void PriceBookLoader::readPrices(const QJsonObject& root)
{
    JsonReader& r = m_reader;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*(\\.[a-z0-9_-]+)+$"));
    const QString listPath = JsonReader::child(top(), QStringLiteral("prices"));
    const QJsonArray array = r.requireArray(root, top(), QStringLiteral("prices"));
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = r.objectAt(array, listPath, i);
        const QString key = r.requireString(o, p, QStringLiteral("key"));
        const QString keyPath = JsonReader::child(p, QStringLiteral("key"));
        if (r.ok() && !keyPattern.match(key).hasMatch())
            r.fail(keyPath, QCoreApplication::translate("PriceBookLoader", "must be dotted lowercase words like \"eks.cluster-hour.standard\", found %1")
                                .arg(quoted(key)));
        checkUnique(r, seen, QStringLiteral("key"), key, keyPath);
        const QString unit = r.requireEnum(o, p, QStringLiteral("unit"), PriceBook::knownUnits());
        // A price is one "usd", or "tiers" of a price that falls with the quantity a month.
        const bool tiered = o.contains(QStringLiteral("tiers"));
        if (r.ok() && tiered && o.contains(QStringLiteral("usd")))
            r.fail(JsonReader::child(p, QStringLiteral("tiers")), QCoreApplication::translate("PriceBookLoader", "give \"usd\" or \"tiers\", not both"));
        Price price = readPrice(o, p, tiered ? QString() : QStringLiteral("usd"), true);
        if (tiered) {
            price.tiers = readTiers(o, p);
            if (!price.tiers.isEmpty())
                price.usd = price.tiers.constFirst().usd;
        }
        price.key = key;
        price.unit = unit;
        static const QStringList priceKeys = {QStringLiteral("key"), QStringLiteral("usd"), QStringLiteral("tiers"),
                             QStringLiteral("unit"), QStringLiteral("source"), QStringLiteral("asOf"),
                             QStringLiteral("confidence"), QStringLiteral("grade"), QStringLiteral("note")};
        r.rejectUnknownKeys(o, p, priceKeys);
        m_book.prices.append(price);
    }
}

QList<PriceTier> PriceBookLoader::readTiers(const QJsonObject& o, const QString& path)
{
    JsonReader& r = m_reader;
    const QString listPath = JsonReader::child(path, QStringLiteral("tiers"));
    const QJsonArray array = r.requireArray(o, path, QStringLiteral("tiers"));
    if (r.ok() && array.size() < 2)
        r.fail(listPath, QCoreApplication::translate("PriceBookLoader", "must list at least two tiers; a single price is \"usd\""));
    QList<PriceTier> tiers;
    double previous = 0;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject t = r.objectAt(array, listPath, i);
        PriceTier tier;
        tier.usd = r.requireNumber(t, p, QStringLiteral("usd"), 0, kNoMax);
        const bool last = i + 1 == array.size();
        if (last) {
            if (r.ok() && t.contains(QStringLiteral("upTo")))
                r.fail(JsonReader::child(p, QStringLiteral("upTo")),
                       QCoreApplication::translate("PriceBookLoader", "the last tier has no upper bound: leave \"upTo\" out"));
        } else {
            tier.upTo = r.requireNumber(t, p, QStringLiteral("upTo"), 0, kNoMax);
            if (r.ok() && *tier.upTo <= previous)
                r.fail(JsonReader::child(p, QStringLiteral("upTo")),
                       QCoreApplication::translate("PriceBookLoader", "must be greater than the previous tier's upTo (%1)").arg(previous));
            previous = tier.upTo.value_or(previous);
        }
        r.rejectUnknownKeys(t, p, {QStringLiteral("upTo"), QStringLiteral("usd")});
        tiers.append(tier);
    }
    return tiers;
}

void PriceBookLoader::readInstanceTypes(const QJsonObject& root)
{
    JsonReader& r = m_reader;
    static const QRegularExpression typePattern(QStringLiteral("^[a-z][a-z0-9-]*\\.[a-z0-9-]+$"));
    const QString listPath = JsonReader::child(top(), QStringLiteral("instanceTypes"));
    const QJsonArray array = r.requireArray(root, top(), QStringLiteral("instanceTypes"));
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = r.objectAt(array, listPath, i);
        InstanceType t;
        t.type = r.requireString(o, p, QStringLiteral("type"));
        const QString typePath = JsonReader::child(p, QStringLiteral("type"));
        if (r.ok() && !typePattern.match(t.type).hasMatch())
            r.fail(typePath, QCoreApplication::translate("PriceBookLoader", "must be family.size like \"c7i.large\", found %1").arg(quoted(t.type)));
        checkUnique(r, seen, QStringLiteral("type"), t.type, typePath);
        t.arch = r.requireEnum(o, p, QStringLiteral("arch"), {QStringLiteral("x86_64"), QStringLiteral("arm64")});
        t.vcpu = r.requireNumber(o, p, QStringLiteral("vcpu"), 1, 1024);
        t.memoryGiB = r.requireNumber(o, p, QStringLiteral("memoryGiB"), 0.5, 32768);
        t.gpus = r.optionalInt(o, p, QStringLiteral("gpus"), 0, 64).value_or(0);
        t.gpuName = r.optionalString(o, p, QStringLiteral("gpuName"));
        if (r.ok() && t.gpus > 0 && t.gpuName.trimmed().isEmpty())
            r.fail(JsonReader::child(p, QStringLiteral("gpuName")), QCoreApplication::translate("PriceBookLoader", "must name the GPU of a GPU type"));
        t.onDemand = readPrice(o, p, QStringLiteral("usdPerHour"), true);
        t.onDemand.key = t.type;
        t.onDemand.unit = QStringLiteral("USD/hour");
        t.spotMinUsdPerHour = r.optionalNumber(o, p, QStringLiteral("spotUsdPerHourMin"), 0, kNoMax);
        t.spotMaxUsdPerHour = r.optionalNumber(o, p, QStringLiteral("spotUsdPerHourMax"), 0, kNoMax);
        if (r.ok() && t.spotMinUsdPerHour.has_value() != t.spotMaxUsdPerHour.has_value())
            r.fail(p, QCoreApplication::translate("PriceBookLoader", "give both spotUsdPerHourMin and spotUsdPerHourMax, or neither"));
        if (r.ok() && t.spotMinUsdPerHour && *t.spotMinUsdPerHour > *t.spotMaxUsdPerHour)
            r.fail(JsonReader::child(p, QStringLiteral("spotUsdPerHourMin")),
                   QCoreApplication::translate("PriceBookLoader", "must not exceed spotUsdPerHourMax"));
        static const QStringList instanceTypeKeys = {QStringLiteral("type"), QStringLiteral("arch"), QStringLiteral("vcpu"),
                             QStringLiteral("memoryGiB"), QStringLiteral("gpus"), QStringLiteral("gpuName"),
                             QStringLiteral("usdPerHour"), QStringLiteral("source"), QStringLiteral("asOf"),
                             QStringLiteral("confidence"), QStringLiteral("grade"), QStringLiteral("note"),
                             QStringLiteral("spotUsdPerHourMin"), QStringLiteral("spotUsdPerHourMax")};
        r.rejectUnknownKeys(o, p, instanceTypeKeys);
        m_book.instanceTypes.append(t);
    }
    sortInstanceTypes(m_book.instanceTypes);
}

void PriceBookLoader::sortInstanceTypes(QList<InstanceType>& types)
{
    // The family is split off the name once, not in every comparison.
    struct SortKey
    {
        QString family;
        double vcpu;
        double memoryGiB;
        qsizetype index;
    };
    QList<SortKey> keys;
    keys.reserve(types.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        const InstanceType& t = types.at(i);
        keys.append({t.family(), t.vcpu, t.memoryGiB, i});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const SortKey& a, const SortKey& b) {
        if (a.family != b.family)
            return a.family < b.family;
        if (a.vcpu != b.vcpu)
            return a.vcpu < b.vcpu;
        return a.memoryGiB < b.memoryGiB;
    });
    QList<InstanceType> sorted;
    sorted.reserve(keys.size());
    for (const SortKey& key : std::as_const(keys))
        sorted.append(std::move(types[key.index]));
    types = std::move(sorted);
}

void PriceBookLoader::readLightsailPowers(const QJsonObject& root)
{
    JsonReader& r = m_reader;
    const QString listPath = JsonReader::child(top(), QStringLiteral("lightsailPowers"));
    const QJsonArray array = r.optionalArray(root, top(), QStringLiteral("lightsailPowers"));
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = r.objectAt(array, listPath, i);
        LightsailPower power;
        power.id = r.requireString(o, p, QStringLiteral("id"));
        checkUnique(r, seen, QStringLiteral("id"), power.id, JsonReader::child(p, QStringLiteral("id")));
        power.vcpu = r.requireNumber(o, p, QStringLiteral("vcpu"), 0.125, 64);
        power.memoryGiB = r.requireNumber(o, p, QStringLiteral("memoryGiB"), 0.125, 1024);
        power.monthly = readPrice(o, p, QStringLiteral("usdPerMonth"), true);
        power.monthly.key = QStringLiteral("lightsail.") + power.id;
        power.monthly.unit = QStringLiteral("USD/month");
        static const QStringList lightsailPowerKeys = {QStringLiteral("id"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"),
                             QStringLiteral("usdPerMonth"), QStringLiteral("source"), QStringLiteral("asOf"),
                             QStringLiteral("confidence"), QStringLiteral("grade"), QStringLiteral("note")};
        r.rejectUnknownKeys(o, p, lightsailPowerKeys);
        m_book.lightsailPowers.append(power);
    }
    std::stable_sort(m_book.lightsailPowers.begin(), m_book.lightsailPowers.end(),
                     [](const LightsailPower& a, const LightsailPower& b) {
                         return a.vcpu != b.vcpu ? a.vcpu < b.vcpu : a.memoryGiB < b.memoryGiB;
                     });
}

void PriceBookLoader::readDiscounts(const QJsonObject& root)
{
    JsonReader& r = m_reader;
    const QString listPath = JsonReader::child(top(), QStringLiteral("discounts"));
    const QJsonArray array = r.optionalArray(root, top(), QStringLiteral("discounts"));
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = r.objectAt(array, listPath, i);
        Discount d;
        d.purchase = r.requireEnum(o, p, QStringLiteral("purchase"),
                                   {QStringLiteral("spot"), QStringLiteral("savings-plan"), QStringLiteral("reserved")});
        d.runtime = r.requireEnum(o, p, QStringLiteral("runtime"),
                                  {QStringLiteral("ec2"), QStringLiteral("fargate"), QStringLiteral("lambda")});
        checkUnique(r, seen, QStringLiteral("discount"), d.purchase + QLatin1Char('/') + d.runtime, p);
        d.fraction = r.requireNumber(o, p, QStringLiteral("fraction"), 0, 1);
        const Price price = readPrice(o, p, {}, false);
        d.source = price.source;
        d.asOf = price.asOf;
        d.confidence = price.confidence;
        d.note = price.note;
        static const QStringList discountKeys = {QStringLiteral("purchase"), QStringLiteral("runtime"), QStringLiteral("fraction"),
                             QStringLiteral("source"), QStringLiteral("asOf"), QStringLiteral("confidence"),
                             QStringLiteral("grade"), QStringLiteral("note")};
        r.rejectUnknownKeys(o, p, discountKeys);
        m_book.discounts.append(d);
    }
}
