#include "Scenario.h"

#include "Catalog.h"
#include "JsonReader.h"
#include "JsonWriter.h"
#include "PriceBook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <limits>

namespace {

// Limits of the quantities that ScenarioLimits leaves to the file format alone.
constexpr double maxRequestsPerMonth = 1e12;
constexpr double maxDurationMs = 24 * 3600 * 1000.0; // a day: longer runs are no request at all
constexpr double maxDays = ScenarioLimits::maxHours / 24;
constexpr double maxDiscount = 0.95;
constexpr double maxImages = 1e6;
constexpr double maxRescans = 1e8;
constexpr double maxGbScanned = 1e9;
constexpr double maxWatchedVcpus = 1e6;
constexpr double maxScannedInstances = 1e5;
constexpr qint64 maxFileBytes = 16 * 1024 * 1024; // a scenario is a few kilobytes
constexpr double defaultMonthHours = 730;         // the AWS Pricing Calculator's month

QString list(const QStringList& values)
{
    return values.join(QStringLiteral(", "));
}

// The public vocabulary of version 1; the cost model knows each of these.
const QStringList& serviceIds()
{
    static const QStringList ids = {
        QStringLiteral("ecs"),       QStringLiteral("eks"),
        QStringLiteral("lightsail"), QStringLiteral("elastic-beanstalk"),
        QStringLiteral("batch"),     QStringLiteral("app-runner"),
        QStringLiteral("rosa"),      QStringLiteral("ec2-self-managed"),
        QStringLiteral("lambda"),    QStringLiteral("ecs-express-mode"),
        QStringLiteral("ecs-managed-instances"), QStringLiteral("eks-auto-mode"),
        QStringLiteral("eks-hybrid-nodes"),
    };
    return ids;
}

const QStringList& runtimeIds()
{
    static const QStringList ids = {QStringLiteral("ec2"), QStringLiteral("fargate"),
                                    QStringLiteral("ecs-anywhere"), QStringLiteral("eks-anywhere")};
    return ids;
}

const QStringList& purchaseIds()
{
    static const QStringList ids = {QStringLiteral("on-demand"), QStringLiteral("spot"),
                                    QStringLiteral("savings-plan"), QStringLiteral("reserved")};
    return ids;
}

const QStringList& archIds()
{
    static const QStringList ids = {QStringLiteral("x86_64"), QStringLiteral("arm64")};
    return ids;
}

const QStringList& osIds()
{
    static const QStringList ids = {QStringLiteral("linux"), QStringLiteral("windows")};
    return ids;
}

QStringList catalogIds(CatalogKind kind)
{
    QStringList ids;
    for (const CatalogEntry& entry : Catalog::builtin().entries(kind))
        ids << entry.id;
    return ids;
}

// Reads the objects of a scenario into values. Every check goes through the JsonReader, so
// the first problem is the one reported, with its JSON path.
class ScenarioParser
{
    // Its messages are translated in the "ScenarioFile" context, which lupdate then files them under.
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    explicit ScenarioParser(JsonReader& reader) : m_reader(reader) {}

    Scenario scenario(const QJsonObject& root)
    {
        Scenario s;
        m_reader.requireHeader(root, ScenarioFile::schema(), ScenarioFile::version);
        if (!m_reader.ok())
            return s;
        const QString path = QStringLiteral("$");
        checkKeys(root, path,
                  {QStringLiteral("schema"), QStringLiteral("version"), QStringLiteral("title"),
                   QStringLiteral("region"), QStringLiteral("period"), QStringLiteral("currency"),
                   QStringLiteral("workload"), QStringLiteral("options"), QStringLiteral("storage"),
                   QStringLiteral("security"), QStringLiteral("weights"), QStringLiteral("scalingUpTo")});
        s.title = m_reader.optionalString(root, path, QStringLiteral("title"));
        s.region = region(root, path, true).value_or(s.region);
        s.period = period(root, path);
        s.currency = currency(root, path);
        s.workload = workload(root, path);

        const QJsonArray options = m_reader.optionalArray(root, path, QStringLiteral("options"));
        const QString optionsPath = JsonReader::child(path, QStringLiteral("options"));
        if (m_reader.ok() && options.size() > ScenarioLimits::maxOptions)
            m_reader.fail(optionsPath, tr("%1 options are too many; a scenario compares at most %2")
                                           .arg(options.size())
                                           .arg(ScenarioLimits::maxOptions));
        QHash<QString, QString> optionIds;
        for (qsizetype i = 0; i < options.size() && m_reader.ok(); ++i) {
            const QString itemPath = JsonReader::index(optionsPath, i);
            const QJsonObject o = m_reader.objectAt(options, optionsPath, i);
            if (m_reader.ok())
                s.options << option(o, itemPath, s.region, optionIds);
        }

        const QJsonArray storage = m_reader.optionalArray(root, path, QStringLiteral("storage"));
        const QString storagePath = JsonReader::child(path, QStringLiteral("storage"));
        QHash<QString, QString> storageIds;
        for (qsizetype i = 0; i < storage.size() && m_reader.ok(); ++i) {
            const QJsonObject o = m_reader.objectAt(storage, storagePath, i);
            if (m_reader.ok())
                s.storage << storageItem(o, JsonReader::index(storagePath, i), storageIds);
        }

        const QJsonArray security = m_reader.optionalArray(root, path, QStringLiteral("security"));
        const QString securityPath = JsonReader::child(path, QStringLiteral("security"));
        QHash<QString, QString> securityIds;
        for (qsizetype i = 0; i < security.size() && m_reader.ok(); ++i) {
            const QJsonObject o = m_reader.objectAt(security, securityPath, i);
            if (m_reader.ok())
                s.security << securityItem(o, JsonReader::index(securityPath, i), securityIds);
        }
        weights(root, path, s);
        s.scalingUpTo = m_reader.optionalInt(root, path, QStringLiteral("scalingUpTo"), 0, ScenarioLimits::maxTasks)
                            .value_or(0);
        return s;
    }

private:
    // "weights": {"criterion id": 0…5, …}; every id one of the catalog's criteria.
    void weights(const QJsonObject& root, const QString& parent, Scenario& s)
    {
        const std::optional<QJsonObject> o = m_reader.optionalObject(root, parent, QStringLiteral("weights"));
        if (!o || !m_reader.ok())
            return;
        const QString path = JsonReader::child(parent, QStringLiteral("weights"));
        QStringList criteria;
        for (const Criterion& c : Catalog::builtin().criteria())
            criteria << c.id;
        checkKeys(*o, path, criteria);
        for (const QString& id : criteria) {
            if (const std::optional<int> w = m_reader.optionalInt(*o, path, id, 0, ScenarioLimits::maxWeight);
                w && m_reader.ok())
                s.setWeight(id, *w);
        }
    }

    // A misspelt key ("vCPU") would otherwise be ignored silently and its default used.
    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        m_reader.rejectUnknownKeys(o, path, allowed);
    }

    // A size or a count of something that must exist: more than 0, at most max. One message
    // states both ends, so "0" is never offered as a valid lower end.
    std::optional<double> positive(const QJsonObject& o, const QString& path, const QString& key, double max)
    {
        const std::optional<double> value = m_reader.optionalNumber(
            o, path, key, std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max());
        if (!m_reader.ok() || !value)
            return std::nullopt;
        if (*value <= 0 || *value > max) {
            m_reader.fail(JsonReader::child(path, key),
                          tr("must be greater than 0 and at most %1")
                              .arg(QString::fromLatin1(JsonWriter::number(max))));
            return std::nullopt;
        }
        return value;
    }

    double requirePositive(const QJsonObject& o, const QString& path, const QString& key, double max)
    {
        if (m_reader.ok() && !o.contains(key)) {
            m_reader.fail(JsonReader::child(path, key), tr("is missing"));
            return 0;
        }
        return positive(o, path, key, max).value_or(0);
    }

    std::optional<QString> optionalChoice(const QJsonObject& o, const QString& path, const QString& key,
                                          const QStringList& allowed)
    {
        if (!o.contains(key))
            return std::nullopt;
        const QString value = m_reader.optionalEnum(o, path, key, allowed, QString());
        return m_reader.ok() ? std::optional<QString>(value) : std::nullopt;
    }

    // A region must have a price book: without one nothing could be priced.
    std::optional<QString> region(const QJsonObject& o, const QString& path, bool required)
    {
        const QString key = QStringLiteral("region");
        if (!required && !o.contains(key))
            return std::nullopt;
        const QString id =
            required ? m_reader.requireString(o, path, key) : m_reader.optionalString(o, path, key);
        if (!m_reader.ok())
            return std::nullopt;
        const QStringList known = PriceBooks::builtin().regions();
        if (!known.contains(id)) {
            m_reader.fail(JsonReader::child(path, key),
                          tr("unknown region \"%1\"; expected one of: %2").arg(id, list(known)));
            return std::nullopt;
        }
        return id;
    }

    Period period(const QJsonObject& root, const QString& parent)
    {
        Period p;
        const std::optional<QJsonObject> o = m_reader.optionalObject(root, parent, QStringLiteral("period"));
        if (!o || !m_reader.ok()) {
            p.hours = defaultMonthHours;
            return p;
        }
        const QString path = JsonReader::child(parent, QStringLiteral("period"));
        const QString hours = QStringLiteral("hours");
        const QString days = QStringLiteral("days");
        const QString hoursPerDay = QStringLiteral("hoursPerDay");
        checkKeys(*o, path, {hours, days, hoursPerDay});
        if (!m_reader.ok())
            return p;
        if (o->contains(hours) && (o->contains(days) || o->contains(hoursPerDay))) {
            m_reader.fail(path, tr("give \"hours\", or \"days\" and \"hoursPerDay\", not both"));
        } else if (o->contains(hours)) {
            p.hours = m_reader.requireNumber(*o, path, hours, 1, ScenarioLimits::maxHours);
        } else if (o->contains(days)) {
            p.days = requirePositive(*o, path, days, maxDays);
            p.hoursPerDay = positive(*o, path, hoursPerDay, 24).value_or(24);
            if (m_reader.ok() && p.totalHours() < 1)
                m_reader.fail(path, tr("%1 days of %2 hours is less than the shortest period, 1 hour")
                                        .arg(p.days)
                                        .arg(p.hoursPerDay));
        } else {
            m_reader.fail(path, tr("give \"hours\", or \"days\" and \"hoursPerDay\""));
        }
        return p;
    }

    CurrencySettings currency(const QJsonObject& root, const QString& parent)
    {
        CurrencySettings c;
        const std::optional<QJsonObject> o =
            m_reader.optionalObject(root, parent, QStringLiteral("currency"));
        if (!o || !m_reader.ok())
            return c;
        const QString path = JsonReader::child(parent, QStringLiteral("currency"));
        const QString perUsd = QStringLiteral("perUsd");
        checkKeys(*o, path, {QStringLiteral("code"), perUsd, QStringLiteral("rounding")});
        c.code = m_reader.requireEnum(*o, path, QStringLiteral("code"),
                                      {QStringLiteral("USD"), QStringLiteral("JPY")});
        const std::optional<double> rate = positive(*o, path, perUsd, ScenarioLimits::maxPerUsd);
        c.rounding = m_reader.optionalEnum(*o, path, QStringLiteral("rounding"),
                                           {QStringLiteral("floor"), QStringLiteral("nearest")},
                                           QStringLiteral("nearest"));
        if (!m_reader.ok())
            return c;
        if (c.code == u"USD") {
            if (rate && *rate != 1)
                m_reader.fail(JsonReader::child(path, perUsd), tr("must be 1 for USD, or left out"));
            c.perUsd = 1;
        } else if (!rate) {
            m_reader.fail(JsonReader::child(path, perUsd),
                          tr("required for %1: how many %1 one US dollar buys, for example 155").arg(c.code));
        } else {
            c.perUsd = *rate;
        }
        return c;
    }

    Workload workload(const QJsonObject& root, const QString& parent)
    {
        Workload w;
        const std::optional<QJsonObject> o =
            m_reader.optionalObject(root, parent, QStringLiteral("workload"));
        if (!o || !m_reader.ok())
            return w;
        const QString path = JsonReader::child(parent, QStringLiteral("workload"));
        checkKeys(*o, path,
                  {QStringLiteral("tasks"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"),
                   QStringLiteral("arch"), QStringLiteral("os"), QStringLiteral("ephemeralStorageGiB"),
                   QStringLiteral("requestsPerMonth"), QStringLiteral("avgDurationMs")});
        w.tasks = m_reader.optionalInt(*o, path, QStringLiteral("tasks"), 1, ScenarioLimits::maxTasks)
                      .value_or(w.tasks);
        w.vcpu = positive(*o, path, QStringLiteral("vcpu"), ScenarioLimits::maxVcpu).value_or(w.vcpu);
        w.memoryGiB = positive(*o, path, QStringLiteral("memoryGiB"), ScenarioLimits::maxMemoryGiB)
                          .value_or(w.memoryGiB);
        w.arch = m_reader.optionalEnum(*o, path, QStringLiteral("arch"), archIds(), w.arch);
        w.os = m_reader.optionalEnum(*o, path, QStringLiteral("os"), osIds(), w.os);
        // Fargate includes 20 GiB and sells up to 200 GiB; that range is the one a task can ask for.
        w.ephemeralStorageGiB = m_reader
                                    .optionalNumber(*o, path, QStringLiteral("ephemeralStorageGiB"), 20,
                                                    ScenarioLimits::maxEphemeralGiB)
                                    .value_or(w.ephemeralStorageGiB);
        w.requestsPerMonth =
            m_reader.optionalNumber(*o, path, QStringLiteral("requestsPerMonth"), 0, maxRequestsPerMonth)
                .value_or(w.requestsPerMonth);
        w.avgDurationMs = m_reader.optionalNumber(*o, path, QStringLiteral("avgDurationMs"), 0, maxDurationMs)
                              .value_or(w.avgDurationMs);
        return w;
    }

    // Ids name rows in the comparison, the CSV and the JSON: non-empty and unique in their list.
    QString id(const QJsonObject& o, const QString& path, QHash<QString, QString>& seen)
    {
        const QString key = QStringLiteral("id");
        const QString value = m_reader.requireString(o, path, key);
        if (!m_reader.ok())
            return value;
        const QString idPath = JsonReader::child(path, key);
        if (value.trimmed().isEmpty())
            m_reader.fail(idPath, tr("must not be empty"));
        else if (seen.contains(value))
            m_reader.fail(idPath, tr("duplicate id \"%1\"; %2 has it already").arg(value, seen.value(value)));
        else
            seen.insert(value, idPath);
        return value;
    }

    Option option(const QJsonObject& o, const QString& path, const QString& scenarioRegion,
                  QHash<QString, QString>& seen)
    {
        Option option;
        checkKeys(o, path,
                  {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("enabled"),
                   QStringLiteral("service"), QStringLiteral("runtime"), QStringLiteral("instanceType"),
                   QStringLiteral("purchase"), QStringLiteral("discount"), QStringLiteral("support"),
                   QStringLiteral("clusters"), QStringLiteral("nodes"), QStringLiteral("freeTier"),
                   QStringLiteral("region"), QStringLiteral("arch"), QStringLiteral("os"),
                   QStringLiteral("tasks"), QStringLiteral("vcpu"), QStringLiteral("memoryGiB"),
                   QStringLiteral("reservedVcpu"), QStringLiteral("reservedMemoryMiB"),
                   QStringLiteral("registeredMemoryFraction")});
        option.id = id(o, path, seen);
        option.label = m_reader.optionalString(o, path, QStringLiteral("label"));
        option.enabled = m_reader.optionalBool(o, path, QStringLiteral("enabled"), true);
        option.service = m_reader.requireString(o, path, QStringLiteral("service"));
        if (m_reader.ok() && !serviceIds().contains(option.service))
            m_reader.fail(
                JsonReader::child(path, QStringLiteral("service")),
                tr("unknown service \"%1\"; expected one of: %2").arg(option.service, list(serviceIds())));
        option.runtime = runtime(o, path, option.service);
        option.instanceType = m_reader.optionalString(o, path, QStringLiteral("instanceType"));
        option.purchase =
            m_reader.optionalEnum(o, path, QStringLiteral("purchase"), purchaseIds(), option.purchase);
        option.discount = m_reader.optionalNumber(o, path, QStringLiteral("discount"), 0, maxDiscount);
        option.support =
            m_reader.optionalEnum(o, path, QStringLiteral("support"),
                                  {QStringLiteral("standard"), QStringLiteral("extended")}, option.support);
        option.clusters =
            m_reader.optionalInt(o, path, QStringLiteral("clusters"), 1, ScenarioLimits::maxClusters)
                .value_or(option.clusters);
        option.nodes = m_reader.optionalInt(o, path, QStringLiteral("nodes"), 1, ScenarioLimits::maxNodes);
        option.freeTier = m_reader.optionalBool(o, path, QStringLiteral("freeTier"), false);
        option.region = region(o, path, false);
        option.arch = optionalChoice(o, path, QStringLiteral("arch"), archIds());
        option.os = optionalChoice(o, path, QStringLiteral("os"), osIds());
        option.tasks = m_reader.optionalInt(o, path, QStringLiteral("tasks"), 1, ScenarioLimits::maxTasks);
        option.vcpu = positive(o, path, QStringLiteral("vcpu"), ScenarioLimits::maxVcpu);
        option.memoryGiB = positive(o, path, QStringLiteral("memoryGiB"), ScenarioLimits::maxMemoryGiB);
        option.reservedVcpu = m_reader.optionalNumber(o, path, QStringLiteral("reservedVcpu"), 0, ScenarioLimits::maxVcpu);
        option.reservedMemoryMiB =
            m_reader.optionalNumber(o, path, QStringLiteral("reservedMemoryMiB"), 0, ScenarioLimits::maxMemoryGiB * 1024);
        option.registeredMemoryFraction =
            m_reader.optionalNumber(o, path, QStringLiteral("registeredMemoryFraction"), 0.5, 1);

        // Checked last: the region it is looked up in may be the option's own.
        if (m_reader.ok() && !option.instanceType.isEmpty()) {
            const QString regionId = option.region.value_or(scenarioRegion);
            const PriceBook* book = PriceBooks::builtin().region(regionId);
            if (book && !book->instanceType(option.instanceType))
                m_reader.fail(JsonReader::child(path, QStringLiteral("instanceType")),
                              tr("unknown instance type \"%1\"; the %2 price book has no such type")
                                  .arg(option.instanceType, regionId));
        }
        return option;
    }

    // The runtime must be one the service runs on (the services catalog says which). A
    // service with a single runtime needs none written; one that picks its own takes none.
    QString runtime(const QJsonObject& o, const QString& path, const QString& service)
    {
        const QString key = QStringLiteral("runtime");
        QString value = m_reader.optionalString(o, path, key);
        if (!m_reader.ok())
            return value;
        const QString runtimePath = JsonReader::child(path, key);
        if (!value.isEmpty() && !runtimeIds().contains(value)) {
            m_reader.fail(runtimePath,
                          tr("unknown runtime \"%1\"; expected one of: %2").arg(value, list(runtimeIds())));
            return value;
        }
        const CatalogEntry* entry = Catalog::builtin().find(CatalogKind::Services, service);
        if (!entry)
            return value;
        const QStringList& allowed = entry->service.runtimes;
        if (allowed.isEmpty()) {
            if (!value.isEmpty())
                m_reader.fail(runtimePath,
                              tr("%1 chooses its own runtime; leave \"runtime\" out").arg(service));
        } else if (value.isEmpty()) {
            if (allowed.size() == 1)
                value = allowed.constFirst();
            else
                m_reader.fail(runtimePath,
                              tr("required for %1; expected one of: %2").arg(service, list(allowed)));
        } else if (!allowed.contains(value)) {
            m_reader.fail(
                runtimePath,
                tr("%1 does not run on \"%2\"; expected one of: %3").arg(service, value, list(allowed)));
        }
        return value;
    }

    StorageItem storageItem(const QJsonObject& o, const QString& path, QHash<QString, QString>& seen)
    {
        StorageItem item;
        checkKeys(o, path, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("sizeGiB")});
        item.id = id(o, path, seen);
        item.type = m_reader.requireString(o, path, QStringLiteral("type"));
        const QStringList known = catalogIds(CatalogKind::Storage);
        if (m_reader.ok() && !known.contains(item.type))
            m_reader.fail(JsonReader::child(path, QStringLiteral("type")),
                          tr("unknown storage type \"%1\"; expected one of: %2").arg(item.type, list(known)));
        item.sizeGiB = requirePositive(o, path, QStringLiteral("sizeGiB"), ScenarioLimits::maxStorageGiB);
        return item;
    }

    SecurityItem securityItem(const QJsonObject& o, const QString& path, QHash<QString, QString>& seen)
    {
        SecurityItem item;
        checkKeys(o, path,
                  {QStringLiteral("id"), QStringLiteral("service"), QStringLiteral("images"),
                   QStringLiteral("rescans"), QStringLiteral("gbScanned"), QStringLiteral("vcpus"),
                   QStringLiteral("instances")});
        item.id = id(o, path, seen);
        item.service = m_reader.requireString(o, path, QStringLiteral("service"));
        const QStringList known = catalogIds(CatalogKind::Security);
        if (m_reader.ok() && !known.contains(item.service))
            m_reader.fail(
                JsonReader::child(path, QStringLiteral("service")),
                tr("unknown security service \"%1\"; expected one of: %2").arg(item.service, list(known)));
        item.images = m_reader.optionalNumber(o, path, QStringLiteral("images"), 0, maxImages);
        item.rescans = m_reader.optionalNumber(o, path, QStringLiteral("rescans"), 0, maxRescans);
        item.gbScanned = m_reader.optionalNumber(o, path, QStringLiteral("gbScanned"), 0, maxGbScanned);
        item.vcpus = m_reader.optionalNumber(o, path, QStringLiteral("vcpus"), 0, maxWatchedVcpus);
        item.instances =
            m_reader.optionalNumber(o, path, QStringLiteral("instances"), 0, maxScannedInstances);
        return item;
    }

    JsonReader& m_reader;
};

// The documented order of the format's keys; JsonWriter puts any other key after them.
const QStringList& keyOrder()
{
    static const QStringList keys = {
        QStringLiteral("schema"),
        QStringLiteral("version"),
        QStringLiteral("title"),
        QStringLiteral("id"),
        QStringLiteral("label"),
        QStringLiteral("enabled"),
        QStringLiteral("service"),
        QStringLiteral("type"),
        QStringLiteral("runtime"),
        QStringLiteral("instanceType"),
        QStringLiteral("purchase"),
        QStringLiteral("discount"),
        QStringLiteral("support"),
        QStringLiteral("clusters"),
        QStringLiteral("nodes"),
        QStringLiteral("freeTier"),
        QStringLiteral("region"),
        QStringLiteral("period"),
        QStringLiteral("currency"),
        QStringLiteral("workload"),
        QStringLiteral("tasks"),
        QStringLiteral("vcpu"),
        QStringLiteral("memoryGiB"),
        QStringLiteral("reservedVcpu"),
        QStringLiteral("reservedMemoryMiB"),
        QStringLiteral("registeredMemoryFraction"),
        QStringLiteral("sizeGiB"),
        QStringLiteral("arch"),
        QStringLiteral("os"),
        QStringLiteral("ephemeralStorageGiB"),
        QStringLiteral("requestsPerMonth"),
        QStringLiteral("avgDurationMs"),
        QStringLiteral("hours"),
        QStringLiteral("days"),
        QStringLiteral("hoursPerDay"),
        QStringLiteral("code"),
        QStringLiteral("perUsd"),
        QStringLiteral("rounding"),
        QStringLiteral("images"),
        QStringLiteral("rescans"),
        QStringLiteral("gbScanned"),
        QStringLiteral("vcpus"),
        QStringLiteral("instances"),
        QStringLiteral("options"),
        QStringLiteral("storage"),
        QStringLiteral("security"),
        QStringLiteral("weights"),
        QStringLiteral("scalingUpTo"),
    };
    return keys;
}

QJsonObject optionObject(const Option& option)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), option.id);
    if (!option.label.isEmpty())
        o.insert(QStringLiteral("label"), option.label);
    if (!option.enabled)
        o.insert(QStringLiteral("enabled"), false);
    o.insert(QStringLiteral("service"), option.service);
    if (!option.runtime.isEmpty())
        o.insert(QStringLiteral("runtime"), option.runtime);
    if (!option.instanceType.isEmpty())
        o.insert(QStringLiteral("instanceType"), option.instanceType);
    o.insert(QStringLiteral("purchase"), option.purchase);
    if (option.discount)
        o.insert(QStringLiteral("discount"), *option.discount);
    // The support tier and the cluster count only mean something where a cluster is billed.
    const bool billsClusters = option.service == u"eks" || option.service == u"rosa";
    if (billsClusters || option.support != u"standard")
        o.insert(QStringLiteral("support"), option.support);
    if (billsClusters || option.clusters != 1)
        o.insert(QStringLiteral("clusters"), option.clusters);
    if (option.nodes)
        o.insert(QStringLiteral("nodes"), *option.nodes);
    if (option.freeTier)
        o.insert(QStringLiteral("freeTier"), true);
    if (option.region)
        o.insert(QStringLiteral("region"), *option.region);
    if (option.arch)
        o.insert(QStringLiteral("arch"), *option.arch);
    if (option.os)
        o.insert(QStringLiteral("os"), *option.os);
    if (option.tasks)
        o.insert(QStringLiteral("tasks"), *option.tasks);
    if (option.vcpu)
        o.insert(QStringLiteral("vcpu"), *option.vcpu);
    if (option.memoryGiB)
        o.insert(QStringLiteral("memoryGiB"), *option.memoryGiB);
    if (option.reservedVcpu)
        o.insert(QStringLiteral("reservedVcpu"), *option.reservedVcpu);
    if (option.reservedMemoryMiB)
        o.insert(QStringLiteral("reservedMemoryMiB"), *option.reservedMemoryMiB);
    if (option.registeredMemoryFraction)
        o.insert(QStringLiteral("registeredMemoryFraction"), *option.registeredMemoryFraction);
    return o;
}

QJsonObject securityObject(const SecurityItem& item)
{
    QJsonObject o{{QStringLiteral("id"), item.id}, {QStringLiteral("service"), item.service}};
    const auto insert = [&o](const QString& key, const std::optional<double>& value) {
        if (value)
            o.insert(key, *value);
    };
    insert(QStringLiteral("images"), item.images);
    insert(QStringLiteral("rescans"), item.rescans);
    insert(QStringLiteral("gbScanned"), item.gbScanned);
    insert(QStringLiteral("vcpus"), item.vcpus);
    insert(QStringLiteral("instances"), item.instances);
    return o;
}

} // namespace

std::optional<Scenario> ScenarioFile::parse(const QByteArray& bytes, const QString& fileName,
                                            LoadError* error)
{
    JsonReader reader(fileName);
    std::optional<Scenario> scenario;
    if (const std::optional<QJsonObject> root = reader.parseObject(bytes); root && reader.ok())
        scenario = ScenarioParser(reader).scenario(*root);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return scenario;
}

std::optional<Scenario> ScenarioFile::read(const QString& fileName, LoadError* error)
{
    const auto fail = [&](const QString& message) -> std::optional<Scenario> {
        if (error)
            *error = LoadError{fileName, QString(), message};
        return std::nullopt;
    };
    const QFileInfo info(fileName);
    if (!info.exists())
        return fail(tr("no such file"));
    if (info.isDir())
        return fail(tr("is a folder, not a scenario file"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    // Refuse a huge file before reading it: a scenario is a few kilobytes.
    if (file.size() > maxFileBytes)
        return fail(tr("is %1 bytes, too large to be a scenario file").arg(file.size()));
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxFileBytes)
        return fail(tr("is too large to be a scenario file"));
    return parse(bytes, fileName, error);
}

void Scenario::setWeight(const QString& criterion, double weight)
{
    if (weight == 1)
        weights.remove(criterion);
    else
        weights.insert(criterion, weight);
}

QByteArray ScenarioFile::serialize(const Scenario& scenario)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), schema());
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("title"), scenario.title);
    root.insert(QStringLiteral("region"), scenario.region);

    QJsonObject period;
    if (scenario.period.hours) {
        period.insert(QStringLiteral("hours"), *scenario.period.hours);
    } else {
        period.insert(QStringLiteral("days"), scenario.period.days);
        period.insert(QStringLiteral("hoursPerDay"), scenario.period.hoursPerDay);
    }
    root.insert(QStringLiteral("period"), period);

    QJsonObject currency{{QStringLiteral("code"), scenario.currency.code},
                         {QStringLiteral("rounding"), scenario.currency.rounding}};
    // USD is always 1 to the dollar; the format says so by leaving the rate out.
    if (scenario.currency.code != u"USD")
        currency.insert(QStringLiteral("perUsd"), scenario.currency.perUsd);
    root.insert(QStringLiteral("currency"), currency);

    const Workload& w = scenario.workload;
    root.insert(QStringLiteral("workload"),
                QJsonObject{
                    {QStringLiteral("tasks"), w.tasks},
                    {QStringLiteral("vcpu"), w.vcpu},
                    {QStringLiteral("memoryGiB"), w.memoryGiB},
                    {QStringLiteral("arch"), w.arch},
                    {QStringLiteral("os"), w.os},
                    {QStringLiteral("ephemeralStorageGiB"), w.ephemeralStorageGiB},
                    {QStringLiteral("requestsPerMonth"), w.requestsPerMonth},
                    {QStringLiteral("avgDurationMs"), w.avgDurationMs},
                });

    QJsonArray options;
    for (const Option& option : scenario.options)
        options.append(optionObject(option));
    root.insert(QStringLiteral("options"), options);

    QJsonArray storage;
    for (const StorageItem& item : scenario.storage)
        storage.append(QJsonObject{{QStringLiteral("id"), item.id},
                                   {QStringLiteral("type"), item.type},
                                   {QStringLiteral("sizeGiB"), item.sizeGiB}});
    root.insert(QStringLiteral("storage"), storage);

    QJsonArray security;
    for (const SecurityItem& item : scenario.security)
        security.append(securityObject(item));
    root.insert(QStringLiteral("security"), security);
    // What the ranking and the scaling chart depend on travels with the file; left out when
    // they are the defaults, so older files and new ones read the same.
    if (!scenario.weights.isEmpty()) {
        QJsonObject weights;
        for (auto it = scenario.weights.cbegin(); it != scenario.weights.cend(); ++it)
            weights.insert(it.key(), int(it.value()));
        root.insert(QStringLiteral("weights"), weights);
    }
    if (scenario.scalingUpTo > 0)
        root.insert(QStringLiteral("scalingUpTo"), scenario.scalingUpTo);

    return JsonWriter(keyOrder()).write(root);
}

bool ScenarioFile::write(const Scenario& scenario, const QString& fileName, QString* errorMessage)
{
    QSaveFile file(fileName);
    const auto fail = [&]() {
        if (errorMessage)
            *errorMessage = tr("%1: cannot be written: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    const QByteArray bytes = serialize(scenario);
    if (file.write(bytes) != bytes.size())
        return fail();
    if (!file.commit()) {
        if (errorMessage)
            *errorMessage = tr("%1: cannot be written: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}
