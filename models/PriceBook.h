#pragma once

#include "LoadError.h"
#include "Localized.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

enum class Confidence { Confirmed, Estimate };

// Where a price was read, and when that was true.
struct PriceSource
{
    QString id;                    // "SKY", "JP-FIX", …
    QString title;
    QString url;
    QString date;                  // ISO date or month of the source
    // An AWS Price List offer file: its version ("20250828172723"), publication date
    // ("2025-08-28T17:27:23Z") and the name of the file it was imported from.
    QString version;
    QString publicationDate;
    QString file;
};

// One tier of a tiered price: the price of each unit a month above the previous tier's upTo
// and up to this one (both counted from zero, as the Price List's beginRange and endRange);
// the last tier has no upTo.
struct PriceTier
{
    std::optional<double> upTo;
    double usd = 0;
};

// How much of a quantity falls in one tier, and what it costs there.
struct TierUse
{
    double quantity = 0;
    double usd = 0;
    double cost = 0;
};

// One published price: a value in USD per unit, its source, the date it was true and how
// sure we are. A price that nobody could find is not in the book at all.
struct Price
{
    QString key;                   // "fargate.linux-x86.vcpu-hour", …
    double usd = 0;                // the first tier's price when tiered
    QList<PriceTier> tiers;        // empty, or two or more tiers in order

    // The cost of quantity units a month: across the tiers when tiered, else quantity × usd.
    // uses, when given, receives each tier the quantity reaches.
    double costOf(double quantity, QList<TierUse>* uses = nullptr) const;
    // "6000000000 × 0.0000166667 + 1000000000 × 0.000015": the arithmetic of costOf.
    static QString arithmetic(const QList<TierUse>& uses);
    QString unit;                  // one of PriceBook::knownUnits()
    QString source;                // a PriceSource id
    QString asOf;                  // date the price was true
    Confidence confidence = Confidence::Confirmed;
    QString grade;                 // the reference's code: A, B, C, D or U
    LocalizedText note;
};

// An EC2 instance type with its on-demand Linux price in one region.
struct InstanceType
{
    QString type;                  // "c7i.large"
    QString arch;                  // "x86_64" or "arm64"
    double vcpu = 0;
    double memoryGiB = 0;
    int gpus = 0;
    QString gpuName;
    Price onDemand;                // unit "USD/hour"
    std::optional<double> spotMinUsdPerHour; // a snapshot, not a quote
    std::optional<double> spotMaxUsdPerHour;

    QString family() const { return type.section(QLatin1Char('.'), 0, 0); }
    QString size() const { return type.section(QLatin1Char('.'), 1); }
};

// A Lightsail container service power (one node) and its monthly price.
struct LightsailPower
{
    QString id;                    // "nano", "micro", …
    double vcpu = 0;
    double memoryGiB = 0;
    Price monthly;                 // unit "USD/month"
};

// The default discount off on-demand for a purchase option on a runtime, with its source.
struct Discount
{
    QString purchase;              // "spot", "savings-plan", "reserved"
    QString runtime;               // "ec2", "fargate", "lambda"
    double fraction = 0;           // 0.6 = 60 % off
    QString source;
    QString asOf;
    Confidence confidence = Confidence::Estimate;
    LocalizedText note;
};

// The prices of one region.
class PriceBook
{
public:
    QString region;                // "ap-northeast-1"
    LocalizedText regionName;      // "Asia Pacific (Tokyo)"
    QString currency = QStringLiteral("USD");

    const Price* price(const QString& key) const;
    const InstanceType* instanceType(const QString& type) const;
    std::optional<Discount> discount(const QString& purchase, const QString& runtime) const;

    QList<Price> prices;
    QList<InstanceType> instanceTypes;  // sorted by family, then vCPU
    QList<LightsailPower> lightsailPowers; // sorted by vCPU, then memory
    QList<Discount> discounts;
    QList<PriceSource> sources;

    const PriceSource* source(const QString& id) const;
    // The newest "asOf" of every price in the book ("2026-10-10").
    QString newestDate() const;
    // How many prices in the book are estimates.
    int estimateCount() const;

    static const QStringList& knownUnits();
    // The regions a price book may be for ("ap-northeast-1", "us-east-1"): the one list.
    static const QStringList& knownRegions();

    // Builds the look-up tables price() and instanceType() use; PriceBooks does it for every
    // book it holds. A book changed after that still answers correctly: a hit is checked
    // against the list, and a key the tables do not know is looked for in the list.
    void index();

private:
    QHash<QString, qsizetype> m_priceIndex;
    QHash<QString, qsizetype> m_typeIndex;
};

// The price books of every region, loaded from resources/prices/*.json.
class PriceBooks
{
public:
    static std::optional<PriceBooks> load(const QString& directory, LoadError* error);
    // The books the app prices with: the shipped ones, with the books imported from the AWS
    // Price List (PriceBookStore) merged over them key by key. Read at first use, and again
    // after setBuiltin (when the Prices window updated, imported or reset a book).
    static const PriceBooks& builtin();
    // Replaces the books builtin() returns. Pointers to the old books' contents go stale:
    // whoever holds one looks it up again (MainWindow::setPrices).
    static void setBuiltin(PriceBooks books);
    // The books compiled into the program, nothing imported.
    static const PriceBooks& shipped();
    static PriceBooks fromList(QList<PriceBook> books);

    const PriceBook* region(const QString& id) const;
    QStringList regions() const; // ids, sorted
    const QList<PriceBook>& books() const { return m_books; }

private:
    QList<PriceBook> m_books;
    friend class PriceBookLoader;
};
