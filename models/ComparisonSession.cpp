#include "ComparisonSession.h"

#include "ComparisonModel.h"
#include "CostModel.h"
#include "ScenarioDocument.h"

#include <algorithm>

ComparisonSession::ComparisonSession(const Catalog& catalog, const PriceBooks& prices, Language language,
                                     QObject* parent)
    : ComparisonSession(Scenario{}, catalog, prices, language, parent)
{
}

ComparisonSession::ComparisonSession(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices,
                                     Language language, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_prices(prices)
    , m_language(language)
    , m_document(new ScenarioDocument(this))
    , m_model(new ComparisonModel(this))
{
    m_document->reset(scenario);
    connect(m_document, &ScenarioDocument::changed, this, &ComparisonSession::reevaluate);
    reevaluate();
}

ComparisonSession::~ComparisonSession()
{
    // The document goes first; what listens to it must not hear from a half-destroyed session.
    disconnect(m_document, nullptr, this, nullptr);
}

const Scenario& ComparisonSession::scenario() const
{
    return m_document->scenario();
}

const Comparison& ComparisonSession::comparison() const
{
    return m_model->comparison();
}

void ComparisonSession::setPrices(const PriceBooks& books)
{
    m_prices = books;
    emit pricesChanged();
    reevaluate();
}

void ComparisonSession::setLanguage(Language language)
{
    m_language = language;
    emit languageChanged(language);
    reevaluate();
}

void ComparisonSession::reevaluate()
{
    const Scenario& s = scenario();
    m_scaling.reset();
    m_ranking.reset();
    m_regions.reset();
    m_sideBySide.reset();
    m_model->setComparison(CostModel::evaluate(s, m_catalog, m_prices, m_language), s.currency);
    ++m_evaluations;
    emit resultsChanged();
}

const ScalingData& ComparisonSession::scaling() const
{
    if (!m_scaling) {
        const Scenario& s = scenario();
        m_scaling = Scaling::evaluate(s, m_catalog, m_prices, Scaling::upTo(s), m_language);
    }
    return *m_scaling;
}

QString ComparisonSession::breakEvenSentence(const QLocale& locale) const
{
    const ScalingData& data = scaling();
    return data.series.isEmpty() ? QString() : Scaling::breakEvenSentence(data, locale);
}

const RadarData& ComparisonSession::ranking() const
{
    if (!m_ranking)
        m_ranking = Ranking::evaluate(scenario(), m_catalog, scenario().weights, m_language);
    return *m_ranking;
}

const RegionComparison& ComparisonSession::regions() const
{
    if (!m_regions)
        m_regions = RegionComparison::evaluate(scenario(), m_catalog, m_prices, {}, m_language);
    return *m_regions;
}

RegionComparison ComparisonSession::regions(const QStringList& only) const
{
    if (only.isEmpty())
        return regions();
    return RegionComparison::evaluate(scenario(), m_catalog, m_prices, only, m_language);
}

QStringList ComparisonSession::applicableSecurity() const
{
    QStringList ids;
    const QList<Option>& options = scenario().options;
    for (const CatalogEntry& e : m_catalog.entries(CatalogKind::Security)) {
        if (std::any_of(options.cbegin(), options.cend(), [&](const Option& o) {
                return o.enabled && CostModel::securityApplies(o, e.id, m_catalog);
            }))
            ids << e.id;
    }
    return ids;
}

SideBySide ComparisonSession::sideBySide(std::optional<double> storageSizeGiB) const
{
    const Scenario& s = scenario();
    double size = 100;
    if (storageSizeGiB)
        size = *storageSizeGiB;
    else if (!s.storage.isEmpty())
        size = s.storage.constFirst().sizeGiB;
    if (m_sideBySide && m_sideBySide->storageSizeGiB == size)
        return *m_sideBySide;

    // The cost model prices a scenario that holds every storage entry and the services that
    // apply, and no options, so the figures follow the same rules as the scenario's own.
    SideBySide side;
    side.storageSizeGiB = size;
    side.securityIds = applicableSecurity();
    Scenario probe = s;
    probe.options.clear();
    probe.storage.clear();
    probe.security.clear();
    for (const CatalogEntry& entry : m_catalog.entries(CatalogKind::Storage))
        probe.storage.append(StorageItem{entry.id, entry.id, size});
    for (const QString& id : std::as_const(side.securityIds)) {
        SecurityItem item;
        item.id = id;
        item.service = id;
        for (const SecurityItem& own : s.security)
            if (own.service == id)
                item = own;
        probe.security.append(item);
    }
    const Comparison priced = CostModel::evaluate(probe, m_catalog, m_prices, m_language);
    side.storage = priced.storage;
    side.security = priced.security;
    m_sideBySide = std::move(side);
    return *m_sideBySide;
}
