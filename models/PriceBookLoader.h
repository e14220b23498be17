#pragma once

#include "PriceBook.h"

#include <QHash>

#include <optional>

class JsonReader;
class QJsonObject;

// Reads and validates every price book (*.json) of a folder: known regions and units,
// finite non-negative prices, sources that resolve, unique keys and types, ISO dates.
class PriceBookLoader
{
public:
    static std::optional<PriceBooks> load(const QString& directory, LoadError* error);
    static std::optional<PriceBook> loadBook(const QString& fileName, LoadError* error);
    // By family, then vCPU, then memory: the order of a book's instance types. Stable: types
    // alike in all three keep their order.
    static void sortInstanceTypes(QList<InstanceType>& types);

private:
    explicit PriceBookLoader(JsonReader& reader);
    void readBook(const QJsonObject& root, const QString& fileName);
    void readSources(const QJsonObject& root);
    // The fields every priced item shares: value (when valueKey is given), source, date,
    // confidence, grade (required when graded) and note.
    Price readPrice(const QJsonObject& o, const QString& path, const QString& valueKey, bool graded);
    void readPrices(const QJsonObject& root);
    QList<PriceTier> readTiers(const QJsonObject& o, const QString& path);
    void readInstanceTypes(const QJsonObject& root);
    void readLightsailPowers(const QJsonObject& root);
    void readDiscounts(const QJsonObject& root);

    JsonReader& m_reader;
    PriceBook m_book;
};
