#include "CatalogLoader.h"

#include "JsonReader.h"
#include "PriceBook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

const QString kSchema = QStringLiteral("container-compare/catalog");
constexpr int kVersion = 1;

// The largest sizes any AWS runtime offers, as sanity bounds for the numbers of the files.
constexpr double kMaxVcpu = 192;
constexpr double kMaxMemoryGiB = 1536;
constexpr double kMaxMiB = 1024.0 * 1024.0;
constexpr int kMaxRunMinutes = 366 * 24 * 60;

QString quoted(const QString& text)
{
    return QLatin1Char('"') % text % QLatin1Char('"');
}

QString fileNameOf(CatalogKind kind)
{
    return Catalog::kindId(kind) + QStringLiteral(".json");
}

const QStringList& entryKeys(CatalogKind kind)
{
    static const QStringList common = {
        QStringLiteral("id"),       QStringLiteral("name"),     QStringLiteral("shortName"),
        QStringLiteral("description"), QStringLiteral("category"), QStringLiteral("facts"),
        QStringLiteral("cautions"), QStringLiteral("docUrl"),   QStringLiteral("priceKeys"),
        QStringLiteral("capabilities")};
    static const QStringList services = common + QStringList{QStringLiteral("ratings"), QStringLiteral("hostReservation")};
    return kind == CatalogKind::Services ? services : common;
}

QStringList topLevelKeys(CatalogKind kind)
{
    QStringList keys = {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("kind"),
                        QStringLiteral("entries")};
    if (kind == CatalogKind::Services)
        keys << QStringLiteral("criteria");
    if (kind == CatalogKind::Runtimes)
        keys << QStringLiteral("purchaseOptions") << QStringLiteral("taskSizes");
    return keys;
}

// Ids are used in scenario files and on the command line: keep them plain, lowercase words
// and digits joined by single hyphens.
bool checkId(JsonReader& reader, const QString& id, const QString& path)
{
    if (!reader.ok())
        return false;
    bool valid = !id.isEmpty() && id.front() != u'-' && id.back() != u'-';
    for (qsizetype i = 0; valid && i < id.size(); ++i) {
        const QChar c = id.at(i);
        valid = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c == u'-' && id.at(i - 1) != u'-');
    }
    if (!valid) {
        reader.fail(path, QCoreApplication::translate("CatalogLoader", "must be lowercase letters, digits and single hyphens, found %1")
                              .arg(quoted(id)));
        return false;
    }
    return true;
}

// Records id as seen at path; a second occurrence fails with the first one's path.
void checkUnique(JsonReader& reader, QHash<QString, QString>& seen, const QString& id, const QString& path)
{
    if (!reader.ok())
        return;
    const auto it = seen.constFind(id);
    if (it != seen.constEnd()) {
        reader.fail(path, QCoreApplication::translate("CatalogLoader", "duplicate id %1 (first at %2)").arg(quoted(id), *it));
        return;
    }
    seen.insert(id, path);
}

// The top-level lists of named things (criteria, purchase options) read alike: a list that must
// not be empty, each item an object with an id unique in the list, a name and a description;
// readRest reads what else the item has and rejects keys it does not know.
template <typename Item, typename ReadRest>
void readNamedList(JsonReader& reader, const QJsonObject& root, const QString& key, const QString& emptyProblem,
                   QList<Item>& into, ReadRest readRest)
{
    const QString top = QStringLiteral("$");
    const QString listPath = JsonReader::child(top, key);
    const QJsonArray array = reader.requireArray(root, top, key);
    if (reader.ok() && array.isEmpty())
        reader.fail(listPath, emptyProblem);
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject o = reader.objectAt(array, listPath, i);
        Item item;
        item.id = reader.requireString(o, p, QStringLiteral("id"));
        checkId(reader, item.id, JsonReader::child(p, QStringLiteral("id")));
        checkUnique(reader, seen, item.id, JsonReader::child(p, QStringLiteral("id")));
        item.name = reader.requireText(o, p, QStringLiteral("name"));
        item.description = reader.requireText(o, p, QStringLiteral("description"));
        readRest(o, p, item);
        into.append(item);
    }
}

// The kubelet model's "cpuTiers": [cores, fraction] pairs, each a whole number of cores, the
// last 0 (every remaining core).
QList<QPair<double, double>> readCpuTiers(JsonReader& reader, const QJsonObject& object, const QString& p)
{
    QList<QPair<double, double>> cpuTiers;
    const QString tiersPath = JsonReader::child(p, QStringLiteral("cpuTiers"));
    const QJsonArray tiers = reader.requireArray(object, p, QStringLiteral("cpuTiers"));
    if (reader.ok() && tiers.isEmpty())
        reader.fail(tiersPath, QCoreApplication::translate("CatalogLoader", "must list at least one tier"));
    for (qsizetype i = 0; i < tiers.size() && reader.ok(); ++i) {
        const QString tierPath = JsonReader::index(tiersPath, i);
        const QJsonArray tier = tiers.at(i).toArray();
        const bool shape = tiers.at(i).isArray() && tier.size() == 2 && tier.at(0).isDouble()
                           && tier.at(1).isDouble();
        if (!shape) {
            reader.fail(tierPath, QCoreApplication::translate("CatalogLoader", "expected [cores, fraction], found %1")
                                      .arg(JsonReader::typeName(tiers.at(i))));
            break;
        }
        const double cores = tier.at(0).toDouble();
        const double fraction = tier.at(1).toDouble();
        const bool last = i == tiers.size() - 1;
        if (cores != std::floor(cores) || cores < 0 || cores > kMaxVcpu)
            reader.fail(JsonReader::index(tierPath, 0), QCoreApplication::translate("CatalogLoader", "must be a whole number of cores"));
        else if (last && cores != 0)
            reader.fail(JsonReader::index(tierPath, 0),
                        QCoreApplication::translate("CatalogLoader", "the last tier must be 0 cores: it covers every remaining core"));
        else if (!last && cores == 0)
            reader.fail(JsonReader::index(tierPath, 0), QCoreApplication::translate("CatalogLoader", "only the last tier may be 0 cores"));
        else if (!(fraction >= 0 && fraction <= 1))
            reader.fail(JsonReader::index(tierPath, 1), QCoreApplication::translate("CatalogLoader", "must be between 0 and 1"));
        cpuTiers.append({cores, fraction});
    }
    return cpuTiers;
}

// A task size's "memoryGiB": the sizes listed, each between 0.5 GiB and the largest.
QList<double> listedMemory(JsonReader& reader, const QJsonObject& s, const QString& p)
{
    QList<double> memory;
    const QString memoryPath = JsonReader::child(p, QStringLiteral("memoryGiB"));
    const QJsonArray values = reader.requireArray(s, p, QStringLiteral("memoryGiB"));
    if (reader.ok() && values.isEmpty())
        reader.fail(memoryPath, QCoreApplication::translate("CatalogLoader", "must list at least one size"));
    for (qsizetype j = 0; j < values.size() && reader.ok(); ++j) {
        const QJsonValue v = values.at(j);
        if (!v.isDouble())
            reader.fail(JsonReader::index(memoryPath, j),
                        QCoreApplication::translate("CatalogLoader", "expected a number, found %1").arg(JsonReader::typeName(v)));
        else if (!(v.toDouble() >= 0.5 && v.toDouble() <= kMaxMemoryGiB))
            reader.fail(JsonReader::index(memoryPath, j),
                        QCoreApplication::translate("CatalogLoader", "must be between 0.5 and %1").arg(kMaxMemoryGiB));
        else
            memory.append(v.toDouble());
    }
    return memory;
}

// A task size's "memoryGiBFrom", "memoryGiBTo" and "memoryGiBStep": every size from one to the
// other, the step apart.
QList<double> memoryRange(JsonReader& reader, const QJsonObject& s, const QString& p)
{
    QList<double> memory;
    const double from = reader.requireNumber(s, p, QStringLiteral("memoryGiBFrom"), 0.5, kMaxMemoryGiB);
    const double to = reader.requireNumber(s, p, QStringLiteral("memoryGiBTo"), 0.5, kMaxMemoryGiB);
    const double step = reader.requireNumber(s, p, QStringLiteral("memoryGiBStep"), 0.5, kMaxMemoryGiB);
    if (reader.ok()) {
        const double steps = (to - from) / step;
        if (to < from)
            reader.fail(JsonReader::child(p, QStringLiteral("memoryGiBTo")),
                        QCoreApplication::translate("CatalogLoader", "must not be less than memoryGiBFrom"));
        else if (std::abs(steps - std::round(steps)) > 1e-9)
            reader.fail(JsonReader::child(p, QStringLiteral("memoryGiBTo")),
                        QCoreApplication::translate("CatalogLoader", "must be memoryGiBFrom plus a whole number of steps"));
        else
            for (int n = 0; n <= std::lround(steps); ++n)
                memory.append(from + n * step);
    }
    return memory;
}

} // namespace

CatalogLoader::CatalogLoader(QString directory)
    : m_directory(std::move(directory))
{
}

const QStringList& CatalogLoader::runtimeOptionIds()
{
    static const QStringList ids = {QStringLiteral("ec2"), QStringLiteral("fargate"), QStringLiteral("ecs-anywhere"),
                                    QStringLiteral("eks-anywhere")};
    return ids;
}

std::optional<Catalog> CatalogLoader::load(const QString& directory, LoadError* error)
{
    CatalogLoader loader(directory);
    static const CatalogKind order[] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                        CatalogKind::Security, CatalogKind::Iac,      CatalogKind::Concepts};
    bool ok = true;
    for (CatalogKind kind : order) {
        if (!loader.readFile(kind)) {
            ok = false;
            break;
        }
    }
    if (ok)
        ok = loader.resolveReferences();
    if (!ok) {
        if (error)
            *error = loader.m_error;
        return std::nullopt;
    }
    if (error)
        *error = {};
    return std::move(loader.m_catalog);
}

bool CatalogLoader::readFile(CatalogKind kind)
{
    const QString fileName = QDir(m_directory).filePath(fileNameOf(kind));
    JsonReader reader(fileName);
    const QFileInfo info(fileName);
    QFile file(fileName);
    if (!info.exists()) {
        reader.fail({}, QCoreApplication::translate("CatalogLoader", "file is missing"));
    } else if (info.isDir()) {
        reader.fail({}, QCoreApplication::translate("CatalogLoader", "is a folder, not a file"));
    } else if (!file.open(QIODevice::ReadOnly)) {
        reader.fail({}, QCoreApplication::translate("CatalogLoader", "cannot be read: %1").arg(file.errorString()));
    }
    std::optional<QJsonObject> root;
    if (reader.ok())
        root = reader.parseObject(file.readAll());
    if (!root) {
        m_error = reader.error();
        return false;
    }

    const QString top = QStringLiteral("$");
    reader.requireHeader(*root, kSchema, kVersion);
    const QString declared = reader.requireString(*root, top, QStringLiteral("kind"));
    if (reader.ok() && declared != Catalog::kindId(kind))
        reader.fail(JsonReader::child(top, QStringLiteral("kind")),
                    QCoreApplication::translate("CatalogLoader", "expected %1 in %2, found %3")
                        .arg(quoted(Catalog::kindId(kind)), fileNameOf(kind), quoted(declared)));
    reader.rejectUnknownKeys(*root, top, topLevelKeys(kind));

    if (kind == CatalogKind::Services)
        readCriteria(reader, *root);

    const QString entriesPath = JsonReader::child(top, QStringLiteral("entries"));
    const QJsonArray array = reader.requireArray(*root, top, QStringLiteral("entries"));
    if (reader.ok() && array.isEmpty())
        reader.fail(entriesPath, QCoreApplication::translate("CatalogLoader", "must list at least one entry"));
    QList<CatalogEntry> entries;
    QHash<QString, QString> seen;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString path = JsonReader::index(entriesPath, i);
        const QJsonObject o = reader.objectAt(array, entriesPath, i);
        CatalogEntry entry;
        readEntry(reader, kind, o, path, entry);
        checkUnique(reader, seen, entry.id, JsonReader::child(path, QStringLiteral("id")));
        entries.append(std::move(entry));
    }

    if (kind == CatalogKind::Runtimes) {
        readPurchaseOptions(reader, *root);
        readTaskSizes(reader, *root);
    }

    if (!reader.ok()) {
        m_error = reader.error();
        return false;
    }
    m_catalog.m_entries.insert(kind, std::move(entries));
    return true;
}

void CatalogLoader::readEntry(JsonReader& reader, CatalogKind kind, const QJsonObject& o, const QString& path,
                              CatalogEntry& entry)
{
    entry.id = reader.requireString(o, path, QStringLiteral("id"));
    checkId(reader, entry.id, JsonReader::child(path, QStringLiteral("id")));
    entry.name = reader.requireText(o, path, QStringLiteral("name"));
    entry.shortName = reader.optionalText(o, path, QStringLiteral("shortName"));
    entry.description = reader.requireText(o, path, QStringLiteral("description"));
    entry.category = reader.requireString(o, path, QStringLiteral("category"));
    entry.facts = readFacts(reader, o, path, QStringLiteral("facts"));
    entry.cautions = readFacts(reader, o, path, QStringLiteral("cautions"));
    entry.docUrl = reader.requireString(o, path, QStringLiteral("docUrl"));
    if (reader.ok() && !entry.docUrl.startsWith(QLatin1String("https://")))
        reader.fail(JsonReader::child(path, QStringLiteral("docUrl")),
                    QCoreApplication::translate("CatalogLoader", "must be an https:// address, found %1").arg(quoted(entry.docUrl)));
    entry.priceKeys = reader.optionalStringList(o, path, QStringLiteral("priceKeys"));
    if (reader.ok() && kind == CatalogKind::Storage && entry.priceKeys.isEmpty())
        reader.fail(JsonReader::child(path, QStringLiteral("priceKeys")),
                    QCoreApplication::translate("CatalogLoader", "must name the GB-month price first"));

    entry.capabilities = reader.requireObject(o, path, QStringLiteral("capabilities"));
    const QString capabilitiesPath = JsonReader::child(path, QStringLiteral("capabilities"));
    switch (kind) {
    case CatalogKind::Services:
        readServiceCapabilities(reader, entry.capabilities, capabilitiesPath, entry);
        readRatings(reader, o, path, entry);
        entry.hostReservation = readHostReservation(reader, o, path);
        break;
    case CatalogKind::Runtimes:
        readRuntimeCapabilities(reader, entry.capabilities, capabilitiesPath);
        break;
    case CatalogKind::Storage:
        readStorageCapabilities(reader, entry.capabilities, capabilitiesPath, entry);
        break;
    case CatalogKind::Security:
        readSecurityCapabilities(reader, entry.capabilities, capabilitiesPath);
        break;
    case CatalogKind::Iac:
        readIacCapabilities(reader, entry.capabilities, capabilitiesPath);
        break;
    case CatalogKind::Concepts:
        readConceptCapabilities(reader, entry.capabilities, capabilitiesPath);
        break;
    }
    reader.rejectUnknownKeys(o, path, entryKeys(kind));
}

QList<Fact> CatalogLoader::readFacts(JsonReader& reader, const QJsonObject& o, const QString& path,
                                     const QString& key)
{
    const QJsonArray array = reader.optionalArray(o, path, key);
    const QString arrayPath = JsonReader::child(path, key);
    QList<Fact> facts;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString p = JsonReader::index(arrayPath, i);
        const QJsonObject f = reader.objectAt(array, arrayPath, i);
        Fact fact;
        fact.text.en = reader.requireString(f, p, QStringLiteral("en"));
        fact.text.ja = reader.requireString(f, p, QStringLiteral("ja"));
        fact.slide = reader.requireInt(f, p, QStringLiteral("slide"), 0, deckSlideCount);
        fact.source = reader.optionalString(f, p, QStringLiteral("source"));
        if (!fact.source.isEmpty() && !fact.source.startsWith(QLatin1String("https://")))
            reader.fail(JsonReader::child(p, QStringLiteral("source")),
                        QCoreApplication::translate("CatalogLoader", "must be an https:// address, found %1")
                            .arg(quoted(fact.source)));
        if (f.contains(QStringLiteral("asOf")))
            fact.asOf = reader.requireDate(f, p, QStringLiteral("asOf"));
        // A source is read on a date: one without the other says too little.
        if (reader.ok() && fact.source.isEmpty() != fact.asOf.isEmpty())
            reader.fail(p, QCoreApplication::translate("CatalogLoader", "give both source and asOf, or neither"));
        if (reader.ok() && !fact.source.isEmpty() && fact.slide != 0)
            reader.fail(JsonReader::child(p, QStringLiteral("source")),
                        QCoreApplication::translate("CatalogLoader", "only a fact of slide 0 names another source"));
        static const QStringList factKeys = {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("slide"),
                                             QStringLiteral("source"), QStringLiteral("asOf")};
        reader.rejectUnknownKeys(f, p, factKeys);
        facts.append(fact);
    }
    return reader.ok() ? facts : QList<Fact>();
}

QStringList CatalogLoader::requireStringList(JsonReader& reader, const QJsonObject& o, const QString& path,
                                             const QString& key, const QStringList& allowed)
{
    if (reader.ok() && !o.contains(key))
        reader.fail(JsonReader::child(path, key), QCoreApplication::translate("CatalogLoader", "is missing"));
    const QStringList list = reader.optionalStringList(o, path, key);
    if (!allowed.isEmpty()) {
        for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
            if (!allowed.contains(list.at(i)))
                reader.fail(JsonReader::index(JsonReader::child(path, key), i),
                            QCoreApplication::translate("CatalogLoader", "unknown value %1; expected one of: %2")
                                .arg(quoted(list.at(i)), allowed.join(QStringLiteral(", "))));
        }
    }
    return reader.ok() ? list : QStringList();
}

void CatalogLoader::refer(CatalogKind from, const QString& path, const QStringList& ids, Target target,
                          const QString& what)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_references.append({from, JsonReader::index(path, i), ids.at(i), target, what});
}

void CatalogLoader::referOne(CatalogKind from, const QString& path, const QString& id, Target target,
                             const QString& what)
{
    m_references.append({from, path, id, target, what});
}

void CatalogLoader::readServiceCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path,
                                            CatalogEntry& entry)
{
    ServiceCapabilities& c = entry.service;
    const QString runtimesPath = JsonReader::child(path, QStringLiteral("runtimes"));
    if (reader.ok() && !o.contains(QStringLiteral("runtimes")))
        reader.fail(runtimesPath, QCoreApplication::translate("CatalogLoader", "is missing"));
    c.runtimes = reader.optionalStringList(o, path, QStringLiteral("runtimes"));
    for (qsizetype i = 0; i < c.runtimes.size() && reader.ok(); ++i) {
        if (!runtimeOptionIds().contains(c.runtimes.at(i)))
            reader.fail(JsonReader::index(runtimesPath, i),
                        QCoreApplication::translate("CatalogLoader", "unknown runtime %1; expected one of: %2")
                            .arg(quoted(c.runtimes.at(i)), runtimeOptionIds().join(QStringLiteral(", "))));
    }
    c.orchestrator = reader.requireEnum(o, path, QStringLiteral("orchestrator"),
                                        {QStringLiteral("ecs"), QStringLiteral("kubernetes"),
                                         QStringLiteral("openshift"), QStringLiteral("none"), QStringLiteral("own")});
    c.managedControlPlane = reader.requireBool(o, path, QStringLiteral("managedControlPlane"));
    c.gpu = reader.requireBool(o, path, QStringLiteral("gpu"));
    c.portableBeyondAws = reader.requireBool(o, path, QStringLiteral("portableBeyondAws"));
    c.pullsFromEcr = reader.requireBool(o, path, QStringLiteral("pullsFromEcr"));
    c.availableToNewCustomers = reader.requireBool(o, path, QStringLiteral("availableToNewCustomers"));
    c.successor = reader.optionalString(o, path, QStringLiteral("successor"));
    if (reader.ok() && o.contains(QStringLiteral("successor")))
        referOne(CatalogKind::Services, JsonReader::child(path, QStringLiteral("successor")), c.successor,
                 Target::Services, QCoreApplication::translate("CatalogLoader", "service"));
    c.maxRunMinutes = reader.optionalInt(o, path, QStringLiteral("maxRunMinutes"), 1, kMaxRunMinutes);
    c.storage = requireStringList(reader, o, path, QStringLiteral("storage"));
    refer(CatalogKind::Services, JsonReader::child(path, QStringLiteral("storage")), c.storage, Target::Storage,
          QCoreApplication::translate("CatalogLoader", "storage"));
    if (const std::optional<QJsonObject> on = reader.optionalObject(o, path, QStringLiteral("storageOn"))) {
        const QString onPath = JsonReader::child(path, QStringLiteral("storageOn"));
        for (auto it = on->constBegin(); it != on->constEnd() && reader.ok(); ++it) {
            if (!c.runtimes.contains(it.key())) {
                reader.fail(JsonReader::child(onPath, it.key()),
                            QCoreApplication::translate("CatalogLoader", "the service does not run on %1").arg(quoted(it.key())));
                break;
            }
            const QStringList ids = requireStringList(reader, *on, onPath, it.key());
            refer(CatalogKind::Services, JsonReader::child(onPath, it.key()), ids, Target::Storage,
                  QCoreApplication::translate("CatalogLoader", "storage"));
            for (qsizetype i = 0; i < ids.size() && reader.ok(); ++i)
                if (!c.storage.contains(ids.at(i)))
                    reader.fail(JsonReader::index(JsonReader::child(onPath, it.key()), i),
                                QCoreApplication::translate("CatalogLoader", "%1 is not in the service's storage list").arg(quoted(ids.at(i))));
            c.storageOn.insert(it.key(), ids);
        }
    }
    c.pricing = reader.requireEnum(o, path, QStringLiteral("pricing"),
                                   {QStringLiteral("underlying"), QStringLiteral("fixed-monthly"),
                                    QStringLiteral("per-vcpu-gb"), QStringLiteral("per-request"), QStringLiteral("plus-fee"),
                                    QStringLiteral("per-hour")});
    static const QStringList serviceCapabilityKeys = {QStringLiteral("runtimes"), QStringLiteral("orchestrator"),
                              QStringLiteral("managedControlPlane"), QStringLiteral("gpu"),
                              QStringLiteral("portableBeyondAws"), QStringLiteral("pullsFromEcr"),
                              QStringLiteral("availableToNewCustomers"), QStringLiteral("successor"),
                              QStringLiteral("maxRunMinutes"), QStringLiteral("storage"), QStringLiteral("storageOn"),
                              QStringLiteral("pricing")};
    reader.rejectUnknownKeys(o, path, serviceCapabilityKeys);
}

void CatalogLoader::readRuntimeCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path)
{
    reader.requireEnum(o, path, QStringLiteral("runtime"), runtimeOptionIds());
    const QStringList arch = requireStringList(reader, o, path, QStringLiteral("arch"),
                                               {QStringLiteral("x86_64"), QStringLiteral("arm64")});
    if (reader.ok() && arch.isEmpty())
        reader.fail(JsonReader::child(path, QStringLiteral("arch")), QCoreApplication::translate("CatalogLoader", "must name at least one"));
    reader.requireBool(o, path, QStringLiteral("serverless"));
    reader.requireBool(o, path, QStringLiteral("gpu"));
    reader.requireBool(o, path, QStringLiteral("spot"));
    reader.requireBool(o, path, QStringLiteral("onPremises"));
    const QStringList services = requireStringList(reader, o, path, QStringLiteral("services"));
    refer(CatalogKind::Runtimes, JsonReader::child(path, QStringLiteral("services")), services, Target::Services,
          QCoreApplication::translate("CatalogLoader", "service"));
    static const QStringList runtimeCapabilityKeys = {QStringLiteral("runtime"), QStringLiteral("arch"), QStringLiteral("serverless"),
                              QStringLiteral("gpu"), QStringLiteral("spot"), QStringLiteral("onPremises"),
                              QStringLiteral("services")};
    reader.rejectUnknownKeys(o, path, runtimeCapabilityKeys);
}

void CatalogLoader::readStorageCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path,
                                            CatalogEntry& entry)
{
    StorageCapabilities& c = entry.storage;
    c.kind = reader.requireEnum(o, path, QStringLiteral("kind"),
                                {QStringLiteral("block"), QStringLiteral("file"), QStringLiteral("object")});
    c.multiAz = reader.requireBool(o, path, QStringLiteral("multiAz"));
    c.sharedAcrossHosts = reader.requireBool(o, path, QStringLiteral("sharedAcrossHosts"));
    c.mountFrom = requireStringList(reader, o, path, QStringLiteral("mountFrom"));
    refer(CatalogKind::Storage, JsonReader::child(path, QStringLiteral("mountFrom")), c.mountFrom, Target::Runtimes,
          QCoreApplication::translate("CatalogLoader", "runtime"));
    c.access = reader.requireEnum(o, path, QStringLiteral("access"),
                                  {QStringLiteral("mount"), QStringLiteral("bind-mount"), QStringLiteral("api")});
    static const QStringList storageCapabilityKeys = {QStringLiteral("kind"), QStringLiteral("multiAz"), QStringLiteral("sharedAcrossHosts"),
                              QStringLiteral("mountFrom"), QStringLiteral("access")};
    reader.rejectUnknownKeys(o, path, storageCapabilityKeys);
}

void CatalogLoader::readSecurityCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path)
{
    reader.requireBool(o, path, QStringLiteral("containerSpecific"));
    const QStringList appliesTo = requireStringList(reader, o, path, QStringLiteral("appliesTo"));
    refer(CatalogKind::Security, JsonReader::child(path, QStringLiteral("appliesTo")), appliesTo, Target::Runtimes,
          QCoreApplication::translate("CatalogLoader", "runtime"));
    // Services that choose where they run (App Runner, Lambda) are named themselves.
    const QStringList services = reader.optionalStringList(o, path, QStringLiteral("appliesToServices"));
    refer(CatalogKind::Security, JsonReader::child(path, QStringLiteral("appliesToServices")), services,
          Target::Services, QCoreApplication::translate("CatalogLoader", "service"));
    reader.requireEnum(o, path, QStringLiteral("billing"),
                       {QStringLiteral("free"), QStringLiteral("per-image"), QStringLiteral("per-instance-month"),
                        QStringLiteral("per-vcpu-month"), QStringLiteral("per-gb-scanned"),
                        QStringLiteral("per-web-acl"), QStringLiteral("per-month"),
                        QStringLiteral("per-endpoint-hour")});
    // What it detects and how it tells: prose, in both languages.
    reader.requireText(o, path, QStringLiteral("detects"));
    reader.requireText(o, path, QStringLiteral("notifies"));
    static const QStringList securityCapabilityKeys = {QStringLiteral("containerSpecific"), QStringLiteral("appliesTo"),
                              QStringLiteral("appliesToServices"),
                              QStringLiteral("billing"), QStringLiteral("detects"), QStringLiteral("notifies")};
    reader.rejectUnknownKeys(o, path, securityCapabilityKeys);
}

void CatalogLoader::readIacCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path)
{
    reader.requireEnum(o, path, QStringLiteral("layer"),
                       {QStringLiteral("infrastructure"), QStringLiteral("application")});
    const QStringList targets = requireStringList(
        reader, o, path, QStringLiteral("targets"),
        {QStringLiteral("ecs"), QStringLiteral("eks"), QStringLiteral("aws"), QStringLiteral("multi-cloud")});
    if (reader.ok() && targets.isEmpty())
        reader.fail(JsonReader::child(path, QStringLiteral("targets")), QCoreApplication::translate("CatalogLoader", "must name at least one"));
    reader.requireString(o, path, QStringLiteral("vendor"));
    reader.requireBool(o, path, QStringLiteral("openSource"));
    reader.requireString(o, path, QStringLiteral("language"));
    static const QStringList iacCapabilityKeys = {QStringLiteral("layer"), QStringLiteral("targets"), QStringLiteral("vendor"),
                              QStringLiteral("openSource"), QStringLiteral("language")};
    reader.rejectUnknownKeys(o, path, iacCapabilityKeys);
}

void CatalogLoader::readConceptCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path)
{
    reader.requireText(o, path, QStringLiteral("leftName"));
    reader.requireText(o, path, QStringLiteral("rightName"));
    const QString comparisonPath = JsonReader::child(path, QStringLiteral("comparison"));
    const QJsonArray rows = reader.requireArray(o, path, QStringLiteral("comparison"));
    if (reader.ok() && rows.isEmpty())
        reader.fail(comparisonPath, QCoreApplication::translate("CatalogLoader", "must list at least one aspect"));
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        const QString p = JsonReader::index(comparisonPath, i);
        const QJsonObject row = reader.objectAt(rows, comparisonPath, i);
        reader.requireText(row, p, QStringLiteral("aspect"));
        reader.requireText(row, p, QStringLiteral("left"));
        reader.requireText(row, p, QStringLiteral("right"));
        static const QStringList comparisonRowKeys = {QStringLiteral("aspect"), QStringLiteral("left"), QStringLiteral("right")};
        reader.rejectUnknownKeys(row, p, comparisonRowKeys);
    }
    static const QStringList conceptCapabilityKeys = {QStringLiteral("leftName"), QStringLiteral("rightName"), QStringLiteral("comparison")};
    reader.rejectUnknownKeys(o, path, conceptCapabilityKeys);
}

std::optional<HostReservation> CatalogLoader::readHostReservation(JsonReader& reader, const QJsonObject& o,
                                                                  const QString& path)
{
    const std::optional<QJsonObject> object = reader.optionalObject(o, path, QStringLiteral("hostReservation"));
    if (!object)
        return std::nullopt;
    const QString p = JsonReader::child(path, QStringLiteral("hostReservation"));
    HostReservation r;
    r.model = reader.requireEnum(*object, p, QStringLiteral("model"), {QStringLiteral("fixed"), QStringLiteral("kubelet")});
    if (r.model == QLatin1String("fixed")) {
        r.vcpu = reader.requireNumber(*object, p, QStringLiteral("vcpu"), 0, kMaxVcpu);
        r.memoryMiB = reader.requireNumber(*object, p, QStringLiteral("memoryMiB"), 0, kMaxMiB);
        if (const std::optional<double> fraction =
                reader.optionalNumber(*object, p, QStringLiteral("registeredMemoryFraction"), 0.5, 1)) {
            r.registeredMemoryFraction = *fraction;
            r.registeredMemorySource = reader.requireString(*object, p, QStringLiteral("registeredMemorySource"));
        }
        static const QStringList fixedReservationKeys = {QStringLiteral("model"), QStringLiteral("vcpu"), QStringLiteral("memoryMiB"),
                                  QStringLiteral("registeredMemoryFraction"), QStringLiteral("registeredMemorySource"),
                                  QStringLiteral("why")};
        reader.rejectUnknownKeys(*object, p, fixedReservationKeys);
    } else if (r.model == QLatin1String("kubelet")) {
        r.cpuTiers = readCpuTiers(reader, *object, p);
        r.memoryBaseMiB = reader.requireNumber(*object, p, QStringLiteral("memoryBaseMiB"), 0, kMaxMiB);
        r.memoryPerPodMiB = reader.requireNumber(*object, p, QStringLiteral("memoryPerPodMiB"), 0, kMaxMiB);
        r.evictionMiB = reader.requireNumber(*object, p, QStringLiteral("evictionMiB"), 0, kMaxMiB);
        const QJsonObject pods = reader.requireObject(*object, p, QStringLiteral("maxPodsBySize"));
        const QString podsPath = JsonReader::child(p, QStringLiteral("maxPodsBySize"));
        for (auto it = pods.constBegin(); it != pods.constEnd() && reader.ok(); ++it)
            r.maxPodsBySize.insert(it.key(), reader.requireInt(pods, podsPath, it.key(), 1, 1000));
        if (reader.ok() && pods.isEmpty())
            reader.fail(podsPath, QCoreApplication::translate("CatalogLoader", "must list at least one size"));
        static const QStringList kubeletReservationKeys = {QStringLiteral("model"), QStringLiteral("cpuTiers"), QStringLiteral("memoryBaseMiB"),
                                  QStringLiteral("memoryPerPodMiB"), QStringLiteral("evictionMiB"),
                                  QStringLiteral("maxPodsBySize"), QStringLiteral("why")};
        reader.rejectUnknownKeys(*object, p, kubeletReservationKeys);
    }
    r.why = reader.requireText(*object, p, QStringLiteral("why"));
    if (!reader.ok())
        return std::nullopt;
    return r;
}

void CatalogLoader::readCriteria(JsonReader& reader, const QJsonObject& root)
{
    readNamedList(reader, root, QStringLiteral("criteria"), QCoreApplication::translate("CatalogLoader", "must list at least one criterion"),
                  m_catalog.m_criteria, [&](const QJsonObject& o, const QString& p, Criterion&) {
                      static const QStringList criterionKeys = {QStringLiteral("id"), QStringLiteral("name"),
                                                                QStringLiteral("description")};
                      reader.rejectUnknownKeys(o, p, criterionKeys);
                  });
}

void CatalogLoader::readRatings(JsonReader& reader, const QJsonObject& o, const QString& path, CatalogEntry& entry)
{
    const QJsonObject ratings = reader.requireObject(o, path, QStringLiteral("ratings"));
    const QString ratingsPath = JsonReader::child(path, QStringLiteral("ratings"));
    QStringList ids;
    for (const Criterion& criterion : std::as_const(m_catalog.m_criteria)) {
        if (!reader.ok())
            break;
        ids.append(criterion.id);
        const QString p = JsonReader::child(ratingsPath, criterion.id);
        const QJsonObject r = reader.requireObject(ratings, ratingsPath, criterion.id);
        Rating rating;
        rating.score = reader.requireInt(r, p, QStringLiteral("score"), 0, 4);
        rating.why = reader.requireText(r, p, QStringLiteral("why"));
        static const QStringList ratingKeys = {QStringLiteral("score"), QStringLiteral("why")};
        reader.rejectUnknownKeys(r, p, ratingKeys);
        entry.ratings.insert(criterion.id, rating);
    }
    // A rating of a criterion that does not exist is a typo of one that does.
    reader.rejectUnknownKeys(ratings, ratingsPath, ids);
}

void CatalogLoader::readPurchaseOptions(JsonReader& reader, const QJsonObject& root)
{
    readNamedList(reader, root, QStringLiteral("purchaseOptions"), QCoreApplication::translate("CatalogLoader", "must list at least one purchase option"),
                  m_catalog.m_purchaseOptions, [&](const QJsonObject& o, const QString& p, PurchaseOption& option) {
                      option.runtimes = requireStringList(reader, o, p, QStringLiteral("runtimes"));
                      refer(CatalogKind::Runtimes, JsonReader::child(p, QStringLiteral("runtimes")), option.runtimes,
                            Target::RuntimesOrServices, QCoreApplication::translate("CatalogLoader", "runtime or service"));
                      static const QStringList purchaseOptionKeys = {QStringLiteral("id"), QStringLiteral("name"),
                                                                     QStringLiteral("description"),
                                                                     QStringLiteral("runtimes")};
                      reader.rejectUnknownKeys(o, p, purchaseOptionKeys);
                  });
}

void CatalogLoader::readTaskSizes(JsonReader& reader, const QJsonObject& root)
{
    const QString top = QStringLiteral("$");
    const QJsonObject sizes = reader.requireObject(root, top, QStringLiteral("taskSizes"));
    const QString p = JsonReader::child(top, QStringLiteral("taskSizes"));
    m_catalog.m_fargateSizes = readTaskSizeList(reader, sizes, p, QStringLiteral("fargate"));
    m_catalog.m_appRunnerSizes = readTaskSizeList(reader, sizes, p, QStringLiteral("app-runner"));
    static const QStringList taskSizeKindKeys = {QStringLiteral("fargate"), QStringLiteral("app-runner")};
    reader.rejectUnknownKeys(sizes, p, taskSizeKindKeys);
}

QList<TaskSize> CatalogLoader::readTaskSizeList(JsonReader& reader, const QJsonObject& o, const QString& path,
                                                const QString& key)
{
    const QString listPath = JsonReader::child(path, key);
    const QJsonArray array = reader.requireArray(o, path, key);
    if (reader.ok() && array.isEmpty())
        reader.fail(listPath, QCoreApplication::translate("CatalogLoader", "must list at least one size"));
    QList<TaskSize> sizes;
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        const QString p = JsonReader::index(listPath, i);
        const QJsonObject s = reader.objectAt(array, listPath, i);
        const double vcpu = reader.requireNumber(s, p, QStringLiteral("vcpu"), 0.25, kMaxVcpu);
        const QStringList os = requireStringList(reader, s, p, QStringLiteral("os"),
                                                 {QStringLiteral("linux"), QStringLiteral("windows")});
        if (reader.ok() && os.isEmpty())
            reader.fail(JsonReader::child(p, QStringLiteral("os")), QCoreApplication::translate("CatalogLoader", "must name at least one"));

        QList<double> memory;
        const bool listed = s.contains(QStringLiteral("memoryGiB"));
        const bool ranged = s.contains(QStringLiteral("memoryGiBFrom")) || s.contains(QStringLiteral("memoryGiBTo"))
                            || s.contains(QStringLiteral("memoryGiBStep"));
        if (reader.ok() && listed == ranged) {
            reader.fail(p, listed ? QCoreApplication::translate("CatalogLoader", "give either memoryGiB or memoryGiBFrom/To/Step, not both")
                                  : QCoreApplication::translate("CatalogLoader", "needs memoryGiB or memoryGiBFrom/To/Step"));
        } else if (listed) {
            memory = listedMemory(reader, s, p);
        } else {
            memory = memoryRange(reader, s, p);
        }
        static const QStringList taskSizeKeys = {QStringLiteral("vcpu"), QStringLiteral("memoryGiB"), QStringLiteral("memoryGiBFrom"),
                                  QStringLiteral("memoryGiBTo"), QStringLiteral("memoryGiBStep"), QStringLiteral("os")};
        reader.rejectUnknownKeys(s, p, taskSizeKeys);
        for (double m : std::as_const(memory))
            sizes.append({vcpu, m, os});
    }
    if (!reader.ok())
        return {};
    std::stable_sort(sizes.begin(), sizes.end(), [](const TaskSize& a, const TaskSize& b) {
        return a.vcpu != b.vcpu ? a.vcpu < b.vcpu : a.memoryGiB < b.memoryGiB;
    });
    return sizes;
}

bool CatalogLoader::resolveReferences()
{
    auto idsOf = [this](CatalogKind kind) {
        QSet<QString> ids;
        for (const CatalogEntry& e : m_catalog.entries(kind))
            ids.insert(e.id);
        return ids;
    };
    const QSet<QString> services = idsOf(CatalogKind::Services);
    const QSet<QString> runtimes = idsOf(CatalogKind::Runtimes);
    const QSet<QString> storage = idsOf(CatalogKind::Storage);
    for (const Reference& ref : std::as_const(m_references)) {
        bool found = false;
        QString where;
        switch (ref.target) {
        case Target::Services:
            found = services.contains(ref.id);
            where = fileNameOf(CatalogKind::Services);
            break;
        case Target::Runtimes:
            found = runtimes.contains(ref.id);
            where = fileNameOf(CatalogKind::Runtimes);
            break;
        case Target::Storage:
            found = storage.contains(ref.id);
            where = fileNameOf(CatalogKind::Storage);
            break;
        case Target::RuntimesOrServices:
            found = runtimes.contains(ref.id) || runtimeOptionIds().contains(ref.id) || services.contains(ref.id);
            where = fileNameOf(CatalogKind::Runtimes) + QStringLiteral(" or ") + fileNameOf(CatalogKind::Services);
            break;
        }
        if (!found) {
            m_error.file = QDir(m_directory).filePath(fileNameOf(ref.from));
            m_error.path = ref.path;
            m_error.message = QCoreApplication::translate("CatalogLoader", "unknown %1 %2: no entry of %3 has that id").arg(ref.what, quoted(ref.id), where);
            return false;
        }
    }
    return true;
}

QList<LoadError> CatalogLoader::unpricedKeys(const Catalog& catalog, const PriceBooks& books)
{
    QList<LoadError> errors;
    static const CatalogKind kinds[] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                        CatalogKind::Security, CatalogKind::Iac,      CatalogKind::Concepts};
    for (CatalogKind kind : kinds) {
        const QList<CatalogEntry>& entries = catalog.entries(kind);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QStringList& keys = entries.at(i).priceKeys;
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const bool priced = std::any_of(books.books().cbegin(), books.books().cend(),
                                                [&](const PriceBook& book) { return book.price(keys.at(k)); });
                if (!priced)
                    errors.append({fileNameOf(kind),
                                   JsonReader::index(JsonReader::child(JsonReader::index(QStringLiteral("$.entries"), i),
                                                                       QStringLiteral("priceKeys")),
                                                     k),
                                   QCoreApplication::translate("CatalogLoader", "no price book has the key %1").arg(quoted(keys.at(k)))});
            }
        }
    }
    return errors;
}
