#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QAbstractTableModel>

// One catalog (services, runtimes, …) as a table: a row per entry; the id, name, category and
// description columns, then the columns that matter for the kind (what a service runs on,
// whether storage is shared, …) and, where the kind is priced, its price in a region.
// DisplayRole is text in the model's language; RawValueRole the value behind it.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    // Every column a catalog table can show. The first four are at these positions for every
    // kind; columns(kind) lists which of the others a kind shows, in order, and section()
    // finds where one of them is.
    enum Column {
        IdColumn,
        NameColumn,
        CategoryColumn,
        DescriptionColumn,
        // services
        RunsOnColumn,              // raw: QStringList of runtime ids (empty: its own)
        OrchestratorColumn,        // raw: "ecs", "kubernetes", …
        ManagedControlPlaneColumn, // raw: bool
        GpuColumn,                 // raw: bool (services and runtimes)
        PortableColumn,            // raw: bool
        MaxRunColumn,              // raw: int minutes; invalid for no limit
        PricingColumn,             // raw: "underlying", "per-hour", …
        AvailableColumn,           // raw: bool, open to new customers
        // runtimes
        ArchColumn,                // raw: QStringList
        ServerlessColumn,          // raw: bool
        SpotColumn,                // raw: bool
        OnPremisesColumn,          // raw: bool
        // storage
        StorageKindColumn,         // raw: "block", "file", "object"
        MultiAzColumn,             // raw: bool
        SharedColumn,              // raw: bool, shared across hosts
        MountFromColumn,           // raw: QStringList of runtime ids
        AccessColumn,              // raw: "mount", "bind-mount", "api"
        // security
        ContainerSpecificColumn,   // raw: bool
        AppliesToColumn,           // raw: QStringList of runtime ids
        BillingColumn,             // raw: "free", "per-image", …
        // IaC
        LayerColumn,               // raw: "infrastructure", "application"
        TargetsColumn,             // raw: QStringList
        VendorColumn,              // raw: QString
        OpenSourceColumn,          // raw: bool
        IacLanguageColumn,         // raw: QString
        // concepts
        ComparesColumn,            // raw: QStringList {left name, right name}
        // services, runtimes, storage, security
        FromPriceColumn,           // raw: double USD in its unit; invalid when not known
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        EntryIdRole,               // QString: the entry's id, in every column
        SearchTextRole,            // QString: id, names and description in both languages
        EstimateRole,              // bool: the price shown is an estimate (FromPriceColumn)
        UnitRole,                  // QString: the price's unit (FromPriceColumn)
        SortRole,                  // what a sort compares: numbers and booleans as numbers (an
                                   // unknown price or no run limit sorts last), everything else
                                   // as the text the user sees
    };

    CatalogModel(const Catalog& catalog, CatalogKind kind, Language language = Language::English,
                 const PriceBook* prices = nullptr, QObject* parent = nullptr);

    CatalogKind kind() const { return m_kind; }
    Language language() const { return m_language; }
    void setLanguage(Language language);
    const PriceBook* priceBook() const { return m_prices; }
    // The region whose prices the price column shows; nullptr shows none.
    void setPriceBook(const PriceBook* prices);

    static QList<Column> columns(CatalogKind kind);
    // A capability's value as the window names it: runtime, service and storage ids by their
    // entries' names ("ecs-anywhere" → "ECS Anywhere"), enumerations by their translated names
    // ("underlying" → "What it runs on"; "category" too), {en, ja} texts in the language, lists
    // joined by ", ".
    // Booleans and numbers are left to the caller (an empty string).
    static QString capabilityText(const Catalog& catalog, const QString& key, const QJsonValue& value,
                                  Language language);
    // The names of catalog entries of a kind, in the language; an unknown id shows as itself.
    static QString entryNames(const Catalog& catalog, CatalogKind kind, const QStringList& ids, Language language);
    Column columnAt(int section) const;
    int section(Column column) const; // -1 when this kind does not show it
    const CatalogEntry* entry(int row) const;
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What the price column shows for an entry.
    struct FromPrice
    {
        bool applies = false;      // false: nothing to show
        bool known = false;
        double usd = 0;
        QString unit;
        QString what;              // the key or instance type it comes from
        const Price* price = nullptr;
    };
    FromPrice fromPrice(const CatalogEntry& entry) const;
    QVariant displayText(const CatalogEntry& entry, Column column) const;
    QVariant rawValue(const CatalogEntry& entry, Column column) const;
    static QVariant capabilityValue(const CatalogEntry& entry, Column column);
    QStringList comparedNames(const CatalogEntry& entry) const;
    static QString searchText(const CatalogEntry& entry);
    QVariant toolTip(const CatalogEntry& entry, Column column) const;
    QVariant priceToolTip(const CatalogEntry& entry) const;
    QString runtimeLabels(const QStringList& ids) const;

    const Catalog& m_catalog;
    CatalogKind m_kind;
    Language m_language;
    const PriceBook* m_prices;
    QList<Column> m_columns;
};
