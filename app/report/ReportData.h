#pragma once

#include "Catalog.h"
#include "ChartBuilder.h"
#include "Comparison.h"
#include "Localized.h"
#include "PriceBook.h"
#include "RegionComparison.h"
#include "Scenario.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QMap>
#include <QStringList>

#include <memory>

class ComparisonModel;
class ComparisonSession;

// One published price the comparison leans on, as the report's sources section lists it.
struct ReportPriceRow
{
    QString region;
    QString item; // price key or instance type ("fargate.linux-x86.vcpu-hour", "c7i.large")
    double usd = 0;
    QString unit;
    QString source; // a PriceSource id
    QString asOf;
    Confidence confidence = Confidence::Confirmed;
    QString grade;
    // An imported price: the version and publication date of the AWS Price List offer file
    // it was read from (its source's); empty for a price the program ships.
    QString offerVersion;
    QString offerPublished;
};

// A discount applied to an option's on-demand price, and where its figure comes from.
struct ReportDiscountRow
{
    QString option;   // option label
    QString purchase; // purchase option name in the report's language
    double fraction = 0;
    QString source; // PriceSource id, or empty when the scenario sets it
    QString asOf;
    bool fromScenario = false;
    Confidence confidence = Confidence::Estimate;
};

// Everything the PDF report and the slides show about one scenario, computed once from the
// same models as the window (cost model, comparison model, chart builder data), so the
// handout, the deck and the screen agree figure for figure.
class ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    // Everything the report shows follows the scenario, its capability weights and scaling
    // range included, so the PDF, the slides and the window agree.
    // The figures of a session (the window's, the command line's): the same comparison, scaling
    // lines, ranking, regions and side-by-side tables, copied.
    explicit ReportData(const ComparisonSession& session);
    // A session of its own over the scenario.
    ReportData(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices, Language language);
    ~ReportData();
    ReportData(const ReportData&) = delete;
    ReportData& operator=(const ReportData&) = delete;

    const Scenario& scenario() const { return m_scenario; }
    const Catalog& catalog() const { return m_catalog; }
    const PriceBooks& prices() const { return m_prices; }
    Language language() const { return m_language; }
    const QLocale& locale() const { return m_locale; }
    const Comparison& comparison() const { return m_comparison; }
    // The comparison as the window's item model: what the charts read.
    const ComparisonModel& model() const { return *m_model; }
    const ScalingData& scaling() const { return m_scaling; }
    const RadarData& radar() const { return m_radar; }

    // The title, or "Untitled comparison".
    QString title() const;
    // "Asia Pacific (Tokyo) · ap-northeast-1"
    QString regionText() const;
    QString regionName(const QString& region) const;
    // "2 vCPU · 4 GiB · 1 task · x86_64 · Linux · on-demand"
    QString workloadText() const;
    // What an option sets for itself over the workload and the scenario: "arm64 · us-east-1 ·
    // 4 tasks"; empty when it runs exactly the workload.
    QString overridesText(const QString& optionId) const;
    // "1 task", "12 tasks": counted words without the "(s)" an untranslated plural leaves.
    QString tasksText(int tasks) const;
    // "30.5 days × 24 h = 732 h" or "730 h a month"
    QString periodText() const;
    // The same, short, for a slide's footer: "30.5 days × 24 h" or "730 h a month".
    QString periodShortText() const;
    // "JPY, 1 USD = 155 JPY, rounded down to the yen" or "USD, to the cent"
    QString currencyText() const;
    // The purchase option of every option when they agree, else "mixed".
    QString purchaseText() const;
    QString purchaseName(const QString& id) const;
    // "block", "file", "object" in the report's language.
    static QString storageKindName(const QString& kind);
    // Where a storage type mounts from, by name ("Amazon EC2, AWS Fargate"), or "API only":
    // the one wording of the report's and the slides' storage tables.
    QString storageMounts(const CatalogEntry& storage) const;

    // Money as every view shows it: Money::format in the display currency; USD beside it.
    QString money(double usd) const;
    QString usd(double usd) const;
    // An option's total: money, "unknown"/"+ unknown", or "not available".
    QString optionTotal(const OptionResult& option) const;
    // The option's label, and "(cannot run this workload)" after it when it does not meet it.
    QString optionLabel(const OptionResult& option) const;
    QString confidenceName(Confidence confidence) const;

    // Option indices, cheapest first: complete options by total, then incomplete ones, then
    // those that cannot run the workload.
    QList<int> ranking() const;
    // The one note a reader should see beside an option's total (warnings first).
    QString keyNote(const OptionResult& option) const;

    // Every storage type of the catalog priced for the same size, and every security service
    // for this workload: the cost model's own storage and security rules, applied side by side.
    double storageSizeGiB() const { return m_storageSizeGiB; }
    const QList<StorageResult>& storageSideBySide() const { return m_storageSideBySide; }
    const QList<SecurityResult>& securitySideBySide() const { return m_securitySideBySide; }

    // The workload priced in every region with a price book: the Regions tab's computation
    // (RegionComparison), the same figures the window shows.
    const RegionComparison& regions() const { return m_regions; }
    // What a region's book is: "as of 2026-10-10", and for a book imported from the AWS Price
    // List each offer file it holds ("AmazonECS version 20261001000000, published …").
    QString regionBookText(const QString& region) const;

    // What the figures assume, one sentence an item.
    QStringList assumptions() const;
    const QList<ReportDiscountRow>& discounts() const { return m_discounts; }
    // The prices behind the figures and the sources they were read from.
    const QList<ReportPriceRow>& priceRows() const { return m_priceRows; }
    QList<PriceSource> sources() const;
    // The newest date any listed price was true.
    QString pricesAsOf() const;

    // The font the report and slides draw with: a CJK font for Japanese, set explicitly so a
    // Japanese handout never falls back to boxes.
    static QFont baseFont(Language language);
    static QStringList fontFamilies(Language language);

    // The date printed on the cover; today unless set (golden files, tests).
    QDate date() const { return m_date; }
    void setDate(const QDate& date) { m_date = date; }

private:
    void collectPrices();
    void collectDiscounts();

    Scenario m_scenario;
    const Catalog& m_catalog;
    PriceBooks m_prices; // a copy: the books share their data
    Language m_language;
    QLocale m_locale;
    Comparison m_comparison;
    std::unique_ptr<ComparisonModel> m_model;
    ScalingData m_scaling;
    RadarData m_radar;
    double m_storageSizeGiB = 100;
    QList<StorageResult> m_storageSideBySide;
    QList<SecurityResult> m_securitySideBySide;
    RegionComparison m_regions;
    QList<ReportPriceRow> m_priceRows;
    QList<ReportDiscountRow> m_discounts;
    QDate m_date;
};
