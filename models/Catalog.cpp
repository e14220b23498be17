#include "Catalog.h"

#include "CatalogLoader.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace: cc_models is a static library, and the
// compiled-in data would otherwise be dropped by the linker.
static void initCatalogResources()
{
    Q_INIT_RESOURCE(resources);
}

std::optional<Catalog> Catalog::load(const QString& directory, LoadError* error)
{
    return CatalogLoader::load(directory, error);
}

const Catalog& Catalog::builtin()
{
    static const Catalog catalog = [] {
        initCatalogResources();
        LoadError error;
        std::optional<Catalog> loaded = load(QStringLiteral(":/catalogs"), &error);
        if (!loaded)
            qFatal("The built-in catalogs are broken: %s", qPrintable(error.toString()));
        return std::move(*loaded);
    }();
    return catalog;
}

const QList<CatalogEntry>& Catalog::entries(CatalogKind kind) const
{
    static const QList<CatalogEntry> none;
    const auto it = m_entries.constFind(kind);
    return it == m_entries.constEnd() ? none : *it;
}

const CatalogEntry* Catalog::find(CatalogKind kind, const QString& id) const
{
    for (const CatalogEntry& entry : entries(kind)) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString Catalog::kindId(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Services:
        return QStringLiteral("services");
    case CatalogKind::Runtimes:
        return QStringLiteral("runtimes");
    case CatalogKind::Storage:
        return QStringLiteral("storage");
    case CatalogKind::Security:
        return QStringLiteral("security");
    case CatalogKind::Iac:
        return QStringLiteral("iac");
    case CatalogKind::Concepts:
        return QStringLiteral("concepts");
    }
    return {};
}

std::optional<CatalogKind> Catalog::kindFromId(const QString& id)
{
    for (CatalogKind kind : {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage, CatalogKind::Security,
                             CatalogKind::Iac, CatalogKind::Concepts}) {
        if (kindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}
