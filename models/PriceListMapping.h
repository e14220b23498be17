#pragma once

#include "LoadError.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

// One condition list of the mapping: what a product of an AWS Price List offer file must be
// for a rule to take its on-demand price.
struct ProductMatch
{
    QStringList productFamilies;               // one of these; empty: any
    QList<QPair<QString, QString>> attributes; // present and equal
    QList<QPair<QString, QString>> ifPresent;  // equal when present
};

// A price key of ours found as one product of an offer file.
struct PriceRule
{
    QString key;        // "fargate.linux-x86.vcpu-hour"
    QString unit;       // "USD/vCPU-hour"
    QString usagetype;  // matched after an optional region prefix ("APN1-")
    bool tiered = false; // several price dimensions are the tiers of one price
    ProductMatch match;
};

// EC2 instance types: one product per type, with its vCPU, memory and processor.
struct InstanceTypeRule
{
    QString usagetypePrefix;  // "BoxUsage:" followed by the type
    QString offerUnit;        // "Hrs"
    QString armProcessor;     // a physicalProcessor containing this is arm64
    ProductMatch match;
};

struct OfferMapping
{
    QString offerCode;
    QList<PriceRule> prices;
    std::optional<InstanceTypeRule> instanceTypes;
};

// Which product of which AWS Price List offer becomes which price of ours: the data file
// resources/pricelist/map.json, not code.
class PriceListMapping
{
public:
    static std::optional<PriceListMapping> load(const QString& fileName, LoadError* error);
    // The mapping compiled into the program.
    static const PriceListMapping& builtin();

    const OfferMapping* offer(const QString& offerCode) const;
    const QList<OfferMapping>& offers() const { return m_offers; }
    QStringList offerCodes() const;
    // Every attribute name a rule looks at (the reader keeps only these).
    QStringList attributeNames() const;
    // The Japanese display name of a region, empty when we have none.
    QString japaneseRegionName(const QString& region) const { return m_regionNamesJa.value(region); }

private:
    QList<OfferMapping> m_offers;
    QHash<QString, QString> m_regionNamesJa;
};
