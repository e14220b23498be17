#pragma once

#include "LoadError.h"
#include "OfferFileReader.h"
#include "PriceBook.h"

#include <QList>
#include <QStringList>

#include <optional>

// The price books imported from the AWS Price List, one per region, in
// QStandardPaths::AppDataLocation/prices/<region>.json in the price-book format. An imported
// book holds only what was imported; its prices win over the shipped book's key by key.
class PriceBookStore
{
public:
    // ".../prices" under the application data folder.
    static QString directory();
    static QString fileName(const QString& region);

    // Every imported book that loads; a broken one is left out and reported in problems.
    static QList<PriceBook> importedBooks(QStringList* problems = nullptr);
    static std::optional<PriceBook> importedBook(const QString& region, LoadError* error);

    // The shipped books with the imported ones merged over them.
    static PriceBooks effective(const PriceBooks& shipped, QStringList* problems = nullptr);
    // imported over shipped (either may be absent, not both): imported prices and instance
    // types replace the shipped ones with the same key or type; the rest is kept as it was.
    static PriceBook merge(const PriceBook* shipped, const PriceBook* imported);

    // The book an offer file makes of an imported book (or of nothing): its prices replace
    // those with the same key; an EC2 file's instance types replace all imported types.
    // Every price is confirmed, its source the offer file (code, version, publication date,
    // file name, and the file's address in the AWS Price List).
    static PriceBook applyImport(const std::optional<PriceBook>& existing, const OfferImport& offer,
                                 const QString& japaneseRegionName);

    // The book as JSON in the price-book format (resources/FORMAT.md).
    static QByteArray toJson(const PriceBook& book);
    // Writes the book atomically (QSaveFile): the old file stays whole if anything fails.
    static bool write(const PriceBook& book, QString* problem);
    // Removes the imported book of region; true when there was one and it is gone.
    static bool reset(const QString& region, QString* problem);

    // The source id of an offer file: "AmazonECS-20250828172723".
    static QString sourceId(const QString& offerCode, const QString& version);
    // https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/CODE/VERSION/REGION/index.json
    static QString offerUrl(const QString& offerCode, const QString& version, const QString& region);
};
