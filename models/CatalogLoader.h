#pragma once

#include "Catalog.h"

#include <QList>
#include <QStringList>

#include <optional>

class JsonReader;
class PriceBooks;

// Reads and validates the six catalog files of a folder into a Catalog: structure, types,
// English and Japanese text, unique ids and references between the catalogs.
class CatalogLoader
{
public:
    static std::optional<Catalog> load(const QString& directory, LoadError* error);

    // The runtime ids an option can name: what a service's "runtimes" may list.
    static const QStringList& runtimeOptionIds();
    // The slides of the workshop deck; a fact's "slide" is 0 or one of them.
    static constexpr int deckSlideCount = 29;

    // Catalog price keys that no price book has, one error per key, naming the catalog file
    // and the JSON path of the key. Empty when every key is priced in at least one region.
    static QList<LoadError> unpricedKeys(const Catalog& catalog, const PriceBooks& books);

private:
    // An id named in one catalog that must exist in another; checked once all are read.
    enum class Target { Services, Runtimes, Storage, RuntimesOrServices };
    struct Reference
    {
        CatalogKind from;
        QString path;
        QString id;
        Target target;
        QString what;          // "storage id", "service id", … for the message
    };

    explicit CatalogLoader(QString directory);
    bool readFile(CatalogKind kind);
    void readEntry(JsonReader& reader, CatalogKind kind, const QJsonObject& o, const QString& path,
                   CatalogEntry& entry);
    void readServiceCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path,
                                 CatalogEntry& entry);
    void readRuntimeCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path);
    void readStorageCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path,
                                 CatalogEntry& entry);
    void readSecurityCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path);
    void readIacCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path);
    void readConceptCapabilities(JsonReader& reader, const QJsonObject& o, const QString& path);
    std::optional<HostReservation> readHostReservation(JsonReader& reader, const QJsonObject& o,
                                                       const QString& path);
    QList<Fact> readFacts(JsonReader& reader, const QJsonObject& o, const QString& path, const QString& key);
    void readCriteria(JsonReader& reader, const QJsonObject& root);
    void readRatings(JsonReader& reader, const QJsonObject& o, const QString& path, CatalogEntry& entry);
    void readPurchaseOptions(JsonReader& reader, const QJsonObject& root);
    void readTaskSizes(JsonReader& reader, const QJsonObject& root);
    QList<TaskSize> readTaskSizeList(JsonReader& reader, const QJsonObject& o, const QString& path,
                                     const QString& key);
    // A required array of non-empty strings, each one of allowed when allowed is not empty.
    QStringList requireStringList(JsonReader& reader, const QJsonObject& o, const QString& path,
                                  const QString& key, const QStringList& allowed = {});
    void refer(CatalogKind from, const QString& path, const QStringList& ids, Target target,
               const QString& what);
    void referOne(CatalogKind from, const QString& path, const QString& id, Target target, const QString& what);
    bool resolveReferences();

    QString m_directory;
    Catalog m_catalog;
    LoadError m_error;
    QList<Reference> m_references;
};
