#pragma once

#include "LoadError.h"
#include "PriceBook.h"
#include "PriceListMapping.h"

#include <QList>
#include <QString>

#include <optional>

class QIODevice;

// What one AWS Price List offer file gives us: the prices and EC2 instance types our mapping
// finds in it, all for one region.
struct OfferImport
{
    QString fileName;              // as read ("index.json", "AmazonEC2-ap-northeast-3.json")
    QString offerCode;             // "AmazonECS"
    QString version;               // "20250828172723"
    QString publicationDate;       // "2025-08-28T17:27:23Z"
    QString region;                // "ap-northeast-3", from the products' regionCode
    QString location;              // "Asia Pacific (Osaka)"
    QList<Price> prices;           // key, usd (and tiers), unit; source and dates set by the caller
    QList<InstanceType> instanceTypes;
    qint64 bytes = 0;              // bytes read
    qint64 products = 0;           // products in the file
    qint64 skipped = 0;            // products of a mapped kind left out (traps, 0.00 prices)

    // "2025-08-28" (the publication date's day).
    QString asOf() const { return publicationDate.left(10); }
};

// Reads an AWS Price List regional offer file (JSON) in one streaming pass from any
// QIODevice, keeping only the products the mapping wants and their on-demand terms: its
// memory does not grow with the file. Errors name the file and the JSON path or byte offset.
class OfferFileReader
{
public:
    static std::optional<OfferImport> read(QIODevice& device, const QString& fileName,
                                           const PriceListMapping& mapping, LoadError* error);
    static std::optional<OfferImport> readFile(const QString& path, const PriceListMapping& mapping,
                                               LoadError* error);
};
