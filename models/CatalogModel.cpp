#include "CatalogModel.h"

#include "PriceModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <iterator>
#include <limits>

namespace {

// Ids of the catalogs' enumerations and how the window names them.
struct Name
{
    const char* id;
    const char* text;
};

const Name kOrchestrators[] = {
    {"ecs", QT_TRANSLATE_NOOP("CatalogModel", "ECS")},
    {"kubernetes", QT_TRANSLATE_NOOP("CatalogModel", "Kubernetes")},
    {"openshift", QT_TRANSLATE_NOOP("CatalogModel", "OpenShift")},
    {"none", QT_TRANSLATE_NOOP("CatalogModel", "None")},
    {"own", QT_TRANSLATE_NOOP("CatalogModel", "Its own")},
};

const Name kPricing[] = {
    {"underlying", QT_TRANSLATE_NOOP("CatalogModel", "What it runs on")},
    {"fixed-monthly", QT_TRANSLATE_NOOP("CatalogModel", "Fixed monthly plan")},
    {"per-vcpu-gb", QT_TRANSLATE_NOOP("CatalogModel", "Per vCPU and GB")},
    {"per-request", QT_TRANSLATE_NOOP("CatalogModel", "Per request and GB-second")},
    {"per-hour", QT_TRANSLATE_NOOP("CatalogModel", "Per hour")},
    {"plus-fee", QT_TRANSLATE_NOOP("CatalogModel", "What it runs on, plus a fee of its own")},
};

const Name kStorageKinds[] = {
    {"block", QT_TRANSLATE_NOOP("CatalogModel", "Block")},
    {"file", QT_TRANSLATE_NOOP("CatalogModel", "File")},
    {"object", QT_TRANSLATE_NOOP("CatalogModel", "Object")},
};

const Name kAccess[] = {
    {"mount", QT_TRANSLATE_NOOP("CatalogModel", "Mount")},
    {"bind-mount", QT_TRANSLATE_NOOP("CatalogModel", "Bind mount from the host")},
    {"api", QT_TRANSLATE_NOOP("CatalogModel", "API")},
};

const Name kBilling[] = {
    {"free", QT_TRANSLATE_NOOP("CatalogModel", "Free")},
    {"per-image", QT_TRANSLATE_NOOP("CatalogModel", "Per image")},
    {"per-instance-month", QT_TRANSLATE_NOOP("CatalogModel", "Per instance a month")},
    {"per-vcpu-month", QT_TRANSLATE_NOOP("CatalogModel", "Per vCPU a month")},
    {"per-gb-scanned", QT_TRANSLATE_NOOP("CatalogModel", "Per GB scanned")},
    {"per-web-acl", QT_TRANSLATE_NOOP("CatalogModel", "Per web ACL and request")},
    {"per-month", QT_TRANSLATE_NOOP("CatalogModel", "Per month")},
    {"per-endpoint-hour", QT_TRANSLATE_NOOP("CatalogModel", "Per endpoint-hour")},
};

const Name kLayers[] = {
    {"infrastructure", QT_TRANSLATE_NOOP("CatalogModel", "Infrastructure")},
    {"application", QT_TRANSLATE_NOOP("CatalogModel", "Application")},
};

const Name kTargets[] = {
    {"ecs", QT_TRANSLATE_NOOP("CatalogModel", "ECS")},
    {"eks", QT_TRANSLATE_NOOP("CatalogModel", "EKS")},
    {"aws", QT_TRANSLATE_NOOP("CatalogModel", "AWS")},
    {"multi-cloud", QT_TRANSLATE_NOOP("CatalogModel", "Multi-cloud")},
};

const Name kCategories[] = {
    {"orchestrator", QT_TRANSLATE_NOOP("CatalogModel", "Orchestrator")},
    {"paas", QT_TRANSLATE_NOOP("CatalogModel", "Platform (PaaS)")},
    {"vps", QT_TRANSLATE_NOOP("CatalogModel", "Virtual private server")},
    {"batch", QT_TRANSLATE_NOOP("CatalogModel", "Batch")},
    {"serverless", QT_TRANSLATE_NOOP("CatalogModel", "Serverless")},
    {"self-managed", QT_TRANSLATE_NOOP("CatalogModel", "Self-managed")},
    {"compute", QT_TRANSLATE_NOOP("CatalogModel", "Compute")},
    {"on-premises", QT_TRANSLATE_NOOP("CatalogModel", "On premises")},
    {"block", QT_TRANSLATE_NOOP("CatalogModel", "Block")},
    {"file", QT_TRANSLATE_NOOP("CatalogModel", "File")},
    {"object", QT_TRANSLATE_NOOP("CatalogModel", "Object")},
    {"scanning", QT_TRANSLATE_NOOP("CatalogModel", "Scanning")},
    {"threat-detection", QT_TRANSLATE_NOOP("CatalogModel", "Threat detection")},
    {"firewall", QT_TRANSLATE_NOOP("CatalogModel", "Firewall")},
    {"ddos", QT_TRANSLATE_NOOP("CatalogModel", "DDoS protection")},
    {"infrastructure", QT_TRANSLATE_NOOP("CatalogModel", "Infrastructure")},
    {"application", QT_TRANSLATE_NOOP("CatalogModel", "Application")},
    {"concept", QT_TRANSLATE_NOOP("CatalogModel", "Concept")},
};

// Each column's header, in the order of CatalogModel::Column.
const char* const kHeaders[] = {
    QT_TRANSLATE_NOOP("CatalogModel", "Id"),
    QT_TRANSLATE_NOOP("CatalogModel", "Name"),
    QT_TRANSLATE_NOOP("CatalogModel", "Category"),
    QT_TRANSLATE_NOOP("CatalogModel", "Description"),
    QT_TRANSLATE_NOOP("CatalogModel", "Runs on"),
    QT_TRANSLATE_NOOP("CatalogModel", "Orchestrator"),
    QT_TRANSLATE_NOOP("CatalogModel", "Managed control plane"),
    QT_TRANSLATE_NOOP("CatalogModel", "GPU"),
    QT_TRANSLATE_NOOP("CatalogModel", "Portable beyond AWS"),
    QT_TRANSLATE_NOOP("CatalogModel", "Longest run"),
    QT_TRANSLATE_NOOP("CatalogModel", "Billed by"),
    QT_TRANSLATE_NOOP("CatalogModel", "Open to new customers"),
    QT_TRANSLATE_NOOP("CatalogModel", "Architectures"),
    QT_TRANSLATE_NOOP("CatalogModel", "Serverless"),
    QT_TRANSLATE_NOOP("CatalogModel", "Spot"),
    QT_TRANSLATE_NOOP("CatalogModel", "On premises"),
    QT_TRANSLATE_NOOP("CatalogModel", "Kind"),
    QT_TRANSLATE_NOOP("CatalogModel", "Multi-AZ"),
    QT_TRANSLATE_NOOP("CatalogModel", "Shared across hosts"),
    QT_TRANSLATE_NOOP("CatalogModel", "Mount from"),
    QT_TRANSLATE_NOOP("CatalogModel", "Access"),
    QT_TRANSLATE_NOOP("CatalogModel", "Container-specific"),
    QT_TRANSLATE_NOOP("CatalogModel", "Applies to"),
    QT_TRANSLATE_NOOP("CatalogModel", "Billing"),
    QT_TRANSLATE_NOOP("CatalogModel", "Layer"),
    QT_TRANSLATE_NOOP("CatalogModel", "Targets"),
    QT_TRANSLATE_NOOP("CatalogModel", "Vendor"),
    QT_TRANSLATE_NOOP("CatalogModel", "Open source"),
    QT_TRANSLATE_NOOP("CatalogModel", "Language"),
    QT_TRANSLATE_NOOP("CatalogModel", "Compares"),
    QT_TRANSLATE_NOOP("CatalogModel", "Price from"),
};
static_assert(std::size(kHeaders) == CatalogModel::ColumnCount, "a header for every column");

// The translated name of id, or id itself when the table does not know it (a new value in
// the data still shows).
template <size_t N>
QString nameOf(const Name (&table)[N], const QString& id)
{
    for (const Name& n : table) {
        if (id == QLatin1String(n.id))
            return QCoreApplication::translate("CatalogModel", n.text);
    }
    return id;
}

template <size_t N>
QString namesOf(const Name (&table)[N], const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids)
        names.append(nameOf(table, id));
    return names.join(QStringLiteral(", "));
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CatalogModel", "Yes")
                 : QCoreApplication::translate("CatalogModel", "No");
}

bool isBoolColumn(CatalogModel::Column column)
{
    switch (column) {
    case CatalogModel::ManagedControlPlaneColumn:
    case CatalogModel::GpuColumn:
    case CatalogModel::PortableColumn:
    case CatalogModel::AvailableColumn:
    case CatalogModel::ServerlessColumn:
    case CatalogModel::SpotColumn:
    case CatalogModel::OnPremisesColumn:
    case CatalogModel::MultiAzColumn:
    case CatalogModel::SharedColumn:
    case CatalogModel::ContainerSpecificColumn:
    case CatalogModel::OpenSourceColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

CatalogModel::CatalogModel(const Catalog& catalog, CatalogKind kind, Language language, const PriceBook* prices,
                           QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_kind(kind)
    , m_language(language)
    , m_prices(prices)
    , m_columns(columns(kind))
{
}

QList<CatalogModel::Column> CatalogModel::columns(CatalogKind kind)
{
    QList<Column> list = {IdColumn, NameColumn, CategoryColumn, DescriptionColumn};
    switch (kind) {
    case CatalogKind::Services:
        list << RunsOnColumn << OrchestratorColumn << ManagedControlPlaneColumn << GpuColumn << PortableColumn
             << MaxRunColumn << PricingColumn << AvailableColumn << FromPriceColumn;
        break;
    case CatalogKind::Runtimes:
        list << ArchColumn << ServerlessColumn << GpuColumn << SpotColumn << OnPremisesColumn << FromPriceColumn;
        break;
    case CatalogKind::Storage:
        list << StorageKindColumn << MultiAzColumn << SharedColumn << MountFromColumn << AccessColumn
             << FromPriceColumn;
        break;
    case CatalogKind::Security:
        list << ContainerSpecificColumn << AppliesToColumn << BillingColumn << FromPriceColumn;
        break;
    case CatalogKind::Iac:
        list << LayerColumn << TargetsColumn << VendorColumn << OpenSourceColumn << IacLanguageColumn;
        break;
    case CatalogKind::Concepts:
        list << ComparesColumn;
        break;
    }
    return list;
}

CatalogModel::Column CatalogModel::columnAt(int section) const
{
    return section >= 0 && section < m_columns.size() ? m_columns.at(section) : ColumnCount;
}

int CatalogModel::section(Column column) const
{
    return static_cast<int>(m_columns.indexOf(column));
}

const CatalogEntry* CatalogModel::entry(int row) const
{
    const QList<CatalogEntry>& entries = m_catalog.entries(m_kind);
    return row >= 0 && row < entries.size() ? &entries.at(row) : nullptr;
}

int CatalogModel::rowOf(const QString& id) const
{
    const QList<CatalogEntry>& entries = m_catalog.entries(m_kind);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void CatalogModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void CatalogModel::setPriceBook(const PriceBook* prices)
{
    if (prices == m_prices)
        return;
    m_prices = prices;
    const int column = section(FromPriceColumn);
    if (column >= 0 && rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.entries(m_kind).size());
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QString CatalogModel::entryNames(const Catalog& catalog, CatalogKind kind, const QStringList& ids, Language language)
{
    QStringList labels;
    for (const QString& id : ids) {
        const CatalogEntry* entry = catalog.find(kind, id);
        labels.append(entry ? entry->label(language) : id);
    }
    return labels.join(QStringLiteral(", "));
}

QString CatalogModel::capabilityText(const Catalog& catalog, const QString& key, const QJsonValue& value,
                                     Language language)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("en"))) {
            const QString ja = o.value(QStringLiteral("ja")).toString();
            return language == Language::Japanese && !ja.isEmpty() ? ja : o.value(QStringLiteral("en")).toString();
        }
        // storageOn: runtime → the storage it mounts there.
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            parts << entryNames(catalog, CatalogKind::Runtimes, {it.key()}, language) + QStringLiteral(": ")
                         + capabilityText(catalog, QStringLiteral("storage"), it.value(), language);
        return parts.join(QStringLiteral("; "));
    }
    const QStringList ids = value.isArray() ? stringList(value) : QStringList{value.toString()};
    if (!value.isArray() && !value.isString())
        return {};
    if (value.isArray() && ids.isEmpty())
        return key == u"runtimes" ? tr("Its own") : key == u"mountFrom" ? tr("API only") : QString();
    static const QStringList runtimeKeys = {QStringLiteral("runtimes"), QStringLiteral("runtime"),
                                            QStringLiteral("mountFrom"), QStringLiteral("appliesTo")};
    static const QStringList serviceKeys = {QStringLiteral("services"), QStringLiteral("successor"),
                                            QStringLiteral("appliesToServices")};
    if (runtimeKeys.contains(key))
        return entryNames(catalog, CatalogKind::Runtimes, ids, language);
    if (serviceKeys.contains(key))
        return entryNames(catalog, CatalogKind::Services, ids, language);
    if (key == u"storage")
        return entryNames(catalog, CatalogKind::Storage, ids, language);
    if (key == u"orchestrator")
        return namesOf(kOrchestrators, ids);
    if (key == u"pricing")
        return namesOf(kPricing, ids);
    if (key == u"kind")
        return namesOf(kStorageKinds, ids);
    if (key == u"access")
        return namesOf(kAccess, ids);
    if (key == u"billing")
        return namesOf(kBilling, ids);
    if (key == u"layer")
        return namesOf(kLayers, ids);
    if (key == u"targets")
        return namesOf(kTargets, ids);
    if (key == u"category")
        return namesOf(kCategories, ids);
    // Architectures, vendors, languages: names already.
    return ids.join(QStringLiteral(", "));
}

QString CatalogModel::runtimeLabels(const QStringList& ids) const
{
    QStringList labels;
    for (const QString& id : ids) {
        const CatalogEntry* runtime = m_catalog.find(CatalogKind::Runtimes, id);
        labels.append(runtime ? runtime->label(m_language) : id);
    }
    return labels.join(QStringLiteral(", "));
}

CatalogModel::FromPrice CatalogModel::fromPrice(const CatalogEntry& e) const
{
    FromPrice from;
    if (!m_prices || section(FromPriceColumn) < 0)
        return from;
    const QJsonObject& caps = e.capabilities;

    // Free services cost nothing, and that is known.
    if (m_kind == CatalogKind::Security && caps.value(QStringLiteral("billing")).toString() == QLatin1String("free")) {
        from.applies = from.known = true;
        return from;
    }
    if (m_kind == CatalogKind::Services) {
        // A service without a fee of its own costs what it runs on: no price of its own to show.
        if (e.service.pricing == QLatin1String("underlying"))
            return from;
        // A fixed monthly plan starts at the smallest plan of the region.
        if (e.service.pricing == QLatin1String("fixed-monthly")) {
            from.applies = true;
            for (const LightsailPower& power : m_prices->lightsailPowers) {
                if (!from.known || power.monthly.usd < from.usd) {
                    from.known = true;
                    from.usd = power.monthly.usd;
                    from.unit = power.monthly.unit;
                    from.what = power.id;
                    from.price = &power.monthly;
                }
            }
            return from;
        }
    }
    // EC2 starts at the cheapest instance type of its architectures.
    if (m_kind == CatalogKind::Runtimes && e.priceKeys.isEmpty()
        && caps.value(QStringLiteral("runtime")).toString() == QLatin1String("ec2")) {
        const QStringList arch = stringList(caps.value(QStringLiteral("arch")));
        from.applies = true;
        for (const InstanceType& type : m_prices->instanceTypes) {
            if (arch.contains(type.arch) && (!from.known || type.onDemand.usd < from.usd)) {
                from.known = true;
                from.usd = type.onDemand.usd;
                from.unit = type.onDemand.unit;
                from.what = type.type;
                from.price = &type.onDemand;
            }
        }
        return from;
    }
    if (e.priceKeys.isEmpty())
        return from;
    // Otherwise the entry's first price: the one its catalog lists first (for storage, the
    // GB-month price).
    from.applies = true;
    from.what = e.priceKeys.first();
    if (const Price* p = m_prices->price(from.what)) {
        from.known = true;
        from.usd = p->usd;
        from.unit = p->unit;
        from.price = p;
    }
    return from;
}

QVariant CatalogModel::rawValue(const CatalogEntry& e, Column column) const
{
    switch (column) {
    case IdColumn:
        return e.id;
    case NameColumn:
        return e.name.text(m_language);
    case CategoryColumn:
        return e.category;
    case DescriptionColumn:
        return e.description.text(m_language);
    case RunsOnColumn:
        return e.service.runtimes;
    case OrchestratorColumn:
        return e.service.orchestrator;
    case ManagedControlPlaneColumn:
        return e.service.managedControlPlane;
    case GpuColumn:
        return m_kind == CatalogKind::Services ? e.service.gpu
                                               : e.capabilities.value(QStringLiteral("gpu")).toBool();
    case PortableColumn:
        return e.service.portableBeyondAws;
    case MaxRunColumn:
        return e.service.maxRunMinutes ? QVariant(*e.service.maxRunMinutes) : QVariant();
    case PricingColumn:
        return e.service.pricing;
    case AvailableColumn:
        return e.service.availableToNewCustomers;
    case StorageKindColumn:
        return e.storage.kind;
    case MultiAzColumn:
        return e.storage.multiAz;
    case SharedColumn:
        return e.storage.sharedAcrossHosts;
    case MountFromColumn:
        return e.storage.mountFrom;
    case AccessColumn:
        return e.storage.access;
    case ComparesColumn:
        return comparedNames(e);
    case FromPriceColumn: {
        const FromPrice from = fromPrice(e);
        return from.known ? QVariant(from.usd) : QVariant();
    }
    default:
        return capabilityValue(e, column);
    }
}

// The columns read straight from an entry's capabilities, by their key.
QVariant CatalogModel::capabilityValue(const CatalogEntry& e, Column column)
{
    struct KeyOf
    {
        Column column;
        const char* key;
    };
    static const KeyOf keys[] = {
        {ArchColumn, "arch"},           {ServerlessColumn, "serverless"},
        {SpotColumn, "spot"},           {OnPremisesColumn, "onPremises"},
        {ContainerSpecificColumn, "containerSpecific"}, {AppliesToColumn, "appliesTo"},
        {BillingColumn, "billing"},     {LayerColumn, "layer"},
        {TargetsColumn, "targets"},     {VendorColumn, "vendor"},
        {OpenSourceColumn, "openSource"}, {IacLanguageColumn, "language"},
    };
    for (const KeyOf& k : keys) {
        if (k.column != column)
            continue;
        const QJsonValue value = e.capabilities.value(QLatin1String(k.key));
        if (isBoolColumn(column))
            return value.toBool();
        if (column == ArchColumn || column == AppliesToColumn || column == TargetsColumn)
            return stringList(value);
        return value.toString();
    }
    return {};
}

// A concept's two sides, in the model's language.
QStringList CatalogModel::comparedNames(const CatalogEntry& e) const
{
    const auto text = [&](const char* key) {
        const QJsonObject o = e.capabilities.value(QLatin1String(key)).toObject();
        const QString ja = o.value(QStringLiteral("ja")).toString();
        return m_language == Language::Japanese && !ja.isEmpty() ? ja : o.value(QStringLiteral("en")).toString();
    };
    return {text("leftName"), text("rightName")};
}

QVariant CatalogModel::displayText(const CatalogEntry& e, Column column) const
{
    if (isBoolColumn(column))
        return yesNo(rawValue(e, column).toBool());
    switch (column) {
    case CategoryColumn:
        return nameOf(kCategories, e.category);
    case RunsOnColumn:
        return e.service.runtimes.isEmpty() ? tr("Its own") : runtimeLabels(e.service.runtimes);
    case OrchestratorColumn:
        return nameOf(kOrchestrators, e.service.orchestrator);
    case MaxRunColumn:
        return e.service.maxRunMinutes ? tr("%n min", nullptr, *e.service.maxRunMinutes) : tr("No limit");
    case PricingColumn:
        return nameOf(kPricing, e.service.pricing);
    case ArchColumn:
        return stringList(e.capabilities.value(QStringLiteral("arch"))).join(QStringLiteral(", "));
    case StorageKindColumn:
        return nameOf(kStorageKinds, e.storage.kind);
    case MountFromColumn:
        return e.storage.mountFrom.isEmpty() ? tr("API only") : runtimeLabels(e.storage.mountFrom);
    case AccessColumn:
        return nameOf(kAccess, e.storage.access);
    case AppliesToColumn:
        return runtimeLabels(stringList(e.capabilities.value(QStringLiteral("appliesTo"))));
    case BillingColumn:
        return nameOf(kBilling, e.capabilities.value(QStringLiteral("billing")).toString());
    case LayerColumn:
        return nameOf(kLayers, e.capabilities.value(QStringLiteral("layer")).toString());
    case TargetsColumn:
        return namesOf(kTargets, stringList(e.capabilities.value(QStringLiteral("targets"))));
    case ComparesColumn: {
        const QStringList names = rawValue(e, column).toStringList();
        return tr("%1 vs %2").arg(names.value(0), names.value(1));
    }
    case FromPriceColumn: {
        const FromPrice from = fromPrice(e);
        if (!from.applies)
            return QString();
        if (!from.known)
            return tr("unknown");
        if (!from.price) // free
            return tr("Free");
        // "≈" marks an estimate where it is shown.
        const QString value = PriceModel::formatUsd(from.usd) + QLatin1Char(' ') + PriceModel::unitText(from.unit);
        return from.price->confidence == Confidence::Estimate ? QStringLiteral("≈ ") + value : value;
    }
    default:
        return rawValue(e, column);
    }
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry& e = *entry(index.row());
    const Column column = columnAt(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, column);
    case RawValueRole:
        return rawValue(e, column);
    case EntryIdRole:
        return e.id;
    case SearchTextRole:
        return searchText(e);
    case EstimateRole: {
        if (column != FromPriceColumn)
            return false;
        const FromPrice from = fromPrice(e);
        return from.price && from.price->confidence == Confidence::Estimate;
    }
    case UnitRole:
        return column == FromPriceColumn ? fromPrice(e).unit : QString();
    case SortRole: {
        if (isBoolColumn(column))
            return rawValue(e, column).toBool() ? 1 : 0;
        if (column == FromPriceColumn || column == MaxRunColumn)
            return rawValue(e, column); // invalid sorts after every number
        return displayText(e, column);
    }
    case Qt::TextAlignmentRole:
        if (isBoolColumn(column))
            return QVariant::fromValue(Qt::AlignCenter);
        if (column == FromPriceColumn || column == MaxRunColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(e, column);
    default:
        return {};
    }
}

// Everything the entry says: names, description, the deck's facts and cautions in both
// languages, and its capability values ("GPU", "Spot", "ecspresso", "KAYAC" all match).
QString CatalogModel::searchText(const CatalogEntry& e)
{
    QStringList texts{e.id, e.name.en, e.name.ja, e.shortName.en, e.shortName.ja, e.description.en,
                      e.description.ja, e.category};
    for (const QList<Fact>* list : {&e.facts, &e.cautions})
        for (const Fact& f : *list)
            texts << f.text.en << f.text.ja;
    for (auto it = e.capabilities.constBegin(); it != e.capabilities.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString()) {
            texts << v.toString();
        } else if (v.isArray()) {
            for (const QJsonValue& item : v.toArray())
                if (item.isString())
                    texts << item.toString();
        } else if (v.isObject()) {
            // {en, ja} prose (what a security service detects, how it notifies).
            const QJsonObject o = v.toObject();
            texts << o.value(QStringLiteral("en")).toString() << o.value(QStringLiteral("ja")).toString();
        } else if (v.isBool() && v.toBool()) {
            texts << it.key();
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QVariant CatalogModel::toolTip(const CatalogEntry& e, Column column) const
{
    switch (column) {
    case NameColumn:
    case DescriptionColumn:
        return e.description.text(m_language);
    case AvailableColumn:
        if (!e.service.availableToNewCustomers && !e.service.successor.isEmpty()) {
            const CatalogEntry* successor = m_catalog.find(CatalogKind::Services, e.service.successor);
            return tr("Closed to new customers; see %1.")
                .arg(successor ? successor->name.text(m_language) : e.service.successor);
        }
        return {};
    case FromPriceColumn:
        return priceToolTip(e);
    default:
        return {};
    }
}

// Where the price shown comes from, or why there is none.
QVariant CatalogModel::priceToolTip(const CatalogEntry& e) const
{
    const FromPrice from = fromPrice(e);
    if (!from.applies) {
        return m_kind == CatalogKind::Services && e.service.pricing == QLatin1String("underlying")
                   ? QVariant(tr("No fee of its own: you pay for the EC2, Fargate or servers it runs on."))
                   : QVariant();
    }
    if (!from.known)
        return tr("%1: no published price in %2; shown as unknown, never as zero.")
            .arg(from.what, m_prices->regionName.text(m_language));
    if (!from.price)
        return tr("No charge.");
    const PriceSource* source = m_prices->source(from.price->source);
    const QString confidence = from.price->confidence == Confidence::Estimate ? tr("estimate") : tr("confirmed");
    return tr("%1 in %2, as of %3; source: %4 (%5)")
        .arg(from.what, m_prices->regionName.text(m_language), from.price->asOf,
             source ? source->title : from.price->source, confidence);
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = columnAt(section);
    if (column == ColumnCount)
        return {};
    if (role == RawValueRole)
        return int(column);
    if (role == Qt::ToolTipRole && column == FromPriceColumn)
        return tr("The lowest or first listed price in the selected region; ≈ marks an estimate.");
    if (role != Qt::DisplayRole)
        return {};
    return tr(kHeaders[column]);
}
