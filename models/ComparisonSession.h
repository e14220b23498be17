#pragma once

#include "Catalog.h"
#include "Comparison.h"
#include "Localized.h"
#include "PriceBook.h"
#include "Ranking.h"
#include "RegionComparison.h"
#include "Scaling.h"
#include "Scenario.h"

#include <QObject>
#include <QStringList>

#include <optional>

class ComparisonModel;
class ScenarioDocument;

// Every storage type of the catalog priced for one size, and the security services that apply
// to the compared options: the cost model's own storage and security rules, side by side.
struct SideBySide
{
    double storageSizeGiB = 100;
    QList<StorageResult> storage;     // one an entry of the storage catalog, in catalog order
    QStringList securityIds;          // the services that apply, in catalog order
    QList<SecurityResult> security;   // one a service of securityIds
};

// One comparison as everything shows it: the scenario being edited, the catalogs and price
// books it is priced with and the language its labels and notes are in. It is the only place
// that evaluates the cost model; what is costlier to compute (the scaling lines and their
// break-even points, the capability ranking, every region, the storage and security side by
// side) is computed when first asked for and kept until the next change. The window, the
// presentation, the report, the slides and the command line read one session, so the figures
// on screen, in the PDF and on a slide are the same by construction.
class ComparisonSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonSession)

public:
    // An empty scenario, for a window that opens or makes one.
    ComparisonSession(const Catalog& catalog, const PriceBooks& prices, Language language = Language::English,
                      QObject* parent = nullptr);
    // A scenario of its own (the command line, a report of a file).
    ComparisonSession(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices,
                      Language language = Language::English, QObject* parent = nullptr);
    ~ComparisonSession() override;

    // The scenario and its undo stack; every change of it re-evaluates.
    ScenarioDocument* document() const { return m_document; }
    const Scenario& scenario() const;
    const Catalog& catalog() const { return m_catalog; }
    // A copy (the books share their data); setPrices replaces it.
    const PriceBooks& prices() const { return m_prices; }
    // pricesChanged, then the results with the new books (resultsChanged).
    void setPrices(const PriceBooks& books);
    Language language() const { return m_language; }
    // languageChanged, then the results in that language (resultsChanged).
    void setLanguage(Language language);
    // Evaluates again with nothing changed: after the translations were replaced, so that
    // labels and notes are made in them.
    void reevaluate();

    // The comparison of the scenario as it stands, and the item model the tables and charts read.
    const Comparison& comparison() const;
    ComparisonModel* model() const { return m_model; }

    // The scaling lines from 1 to the scenario's range (Scaling::upTo) and where they cross.
    const ScalingData& scaling() const;
    // "The cheapest option stays …": the sentence under the chart, in the PDF and on a slide.
    QString breakEvenSentence(const QLocale& locale) const;
    // The services of the enabled options ranked with the scenario's weights.
    const RadarData& ranking() const;
    // The workload in every region with a price book.
    const RegionComparison& regions() const;
    // The workload in these regions only (all of them when empty), computed now.
    RegionComparison regions(const QStringList& only) const;
    // The security services that apply to at least one enabled option, in catalog order.
    QStringList applicableSecurity() const;
    // Storage at sizeGiB (the scenario's first storage size when not given, else 100 GiB) and
    // the security services that apply, with the scenario's own quantities where it has them.
    SideBySide sideBySide(std::optional<double> storageSizeGiB = std::nullopt) const;

    // How many times the cost model was run for the scenario itself (not for the scaling
    // lines, regions or side-by-side tables): one a change.
    int evaluations() const { return m_evaluations; }

signals:
    // After every re-evaluation: comparison(), model() and everything computed on demand follow
    // the scenario, the prices and the language as they now are.
    void resultsChanged();
    // Before the results in the new language follow: what shows names can fill its lists again.
    void languageChanged(Language language);
    // The books were replaced (their object is the same); the results follow.
    void pricesChanged();

private:

    const Catalog& m_catalog;
    PriceBooks m_prices;
    Language m_language;
    ScenarioDocument* m_document = nullptr;
    ComparisonModel* m_model = nullptr;
    int m_evaluations = 0;

    mutable std::optional<ScalingData> m_scaling;
    mutable std::optional<RadarData> m_ranking;
    mutable std::optional<RegionComparison> m_regions;
    mutable std::optional<SideBySide> m_sideBySide;
};
