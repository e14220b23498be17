#pragma once

// What the catalog tests share to catch an id where a person expects a name: every id and
// enumeration value the catalogs hold, and the parts of a shown text that are one of them.
#include "Catalog.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace CatalogIds {

inline const CatalogKind kNamedKinds[] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                          CatalogKind::Security, CatalogKind::Iac};

// Capabilities whose values are names already: architectures ("x86_64", "arm64"), vendors and
// languages as their makers write them.
inline bool isNameAlready(const QString& key)
{
    return key == u"arch" || key == u"vendor" || key == u"language";
}

// Every entry id of every kind, every category, and every string a capability holds (runtime,
// service and storage ids, "underlying", "per-image", "bind-mount", …).
inline QSet<QString> ids(const Catalog& catalog)
{
    QSet<QString> ids;
    for (CatalogKind kind : kNamedKinds) {
        for (const CatalogEntry& e : catalog.entries(kind)) {
            ids << e.id << e.category;
            for (auto it = e.capabilities.constBegin(); it != e.capabilities.constEnd(); ++it) {
                if (isNameAlready(it.key()))
                    continue;
                if (it.value().isString())
                    ids << it.value().toString();
                for (const QJsonValue& v : it.value().toArray())
                    ids << v.toString();
                // storageOn: {runtime id: [storage ids]}.
                const QJsonObject o = it.value().toObject();
                if (!o.contains(QStringLiteral("en")))
                    for (auto v = o.constBegin(); v != o.constEnd(); ++v) {
                        ids << v.key();
                        for (const QJsonValue& item : v.value().toArray())
                            ids << item.toString();
                    }
            }
        }
    }
    ids.remove(QString());
    return ids;
}

// The parts of text (split at list and label separators) that are ids.
inline QStringList idsIn(const QString& text, const QSet<QString>& ids)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;:]\\s*"));
    QStringList found;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (ids.contains(part.trimmed()))
            found << part.trimmed();
    return found;
}

} // namespace CatalogIds
