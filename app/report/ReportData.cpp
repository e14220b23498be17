#include "ReportData.h"

#include "CatalogModel.h"

#include "ComparisonModel.h"
#include "ComparisonSession.h"
#include "ComparisonText.h"
#include "CostModel.h"
#include "Money.h"

#include <QFontDatabase>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Short numbers in sentences: "2", "0.5", "30.5".
QString num(double value, const QLocale& locale)
{
    return locale.toString(value, 'g', 10);
}

// A price the cost model recorded, as the sources section lists it; nullopt when its book
// no longer holds it.
std::optional<ReportPriceRow> priceRow(const PriceBooks& prices, const PriceUse& use)
{
    const PriceBook* book = prices.region(use.region);
    if (!book)
        return std::nullopt;
    const Price* price = nullptr;
    QString item = use.key;
    if (use.kind == PriceUse::Kind::Price) {
        price = book->price(use.key);
    } else if (use.kind == PriceUse::Kind::InstanceType) {
        if (const InstanceType* type = book->instanceType(use.key))
            price = &type->onDemand;
    } else {
        item = ReportData::tr("Lightsail %1").arg(use.key);
        for (const LightsailPower& power : book->lightsailPowers)
            if (power.id == use.key)
                price = &power.monthly;
    }
    if (!price)
        return std::nullopt;
    ReportPriceRow row{book->region, item, price->usd, price->unit, price->source, price->asOf,
                       price->confidence, price->grade, {}, {}};
    if (const PriceSource* source = book->source(price->source)) {
        row.offerVersion = source->version;
        row.offerPublished = source->publicationDate;
    }
    return row;
}

// A compute rule's prices in the order the option's book lists them.
QList<PriceUse> inBookOrder(QList<PriceUse> uses, const PriceBook* book)
{
    if (!book)
        return uses;
    const auto position = [book](const PriceUse& use) {
        const auto at = std::find_if(book->prices.cbegin(), book->prices.cend(),
                                     [&use](const Price& p) { return p.key == use.key; });
        return at - book->prices.cbegin();
    };
    std::stable_sort(uses.begin(), uses.end(),
                     [&](const PriceUse& a, const PriceUse& b) { return position(a) < position(b); });
    return uses;
}

// Every price the cost model recorded for the report, in the order the sources section lists
// them: what the options' compute rules read, then the instance types chosen, then what the
// storage and the security items read (side by side, in the scenario and in each option).
QList<PriceUse> pricesInReportOrder(const Comparison& comparison, const QList<StorageResult>& storageSideBySide,
                                    const QList<SecurityResult>& securitySideBySide, const PriceBooks& prices)
{
    const auto isItem = [](const PriceUse& u) { return u.use == LineKind::Storage || u.use == LineKind::Security; };
    QList<PriceUse> list;
    for (const OptionResult& r : comparison.options) {
        QList<PriceUse> rules;
        for (const PriceUse& use : r.pricesUsed)
            if (use.kind != PriceUse::Kind::InstanceType && !isItem(use))
                rules << use;
        list << inBookOrder(rules, prices.region(r.region));
    }
    for (const OptionResult& r : comparison.options)
        for (const PriceUse& use : r.pricesUsed)
            if (use.kind == PriceUse::Kind::InstanceType)
                list << use;
    const auto optionItems = [&](LineKind kind) {
        for (const OptionResult& r : comparison.options)
            for (const PriceUse& use : r.pricesUsed)
                if (use.use == kind)
                    list << use;
    };
    for (const StorageResult& s : storageSideBySide + comparison.storage)
        list << s.pricesUsed;
    optionItems(LineKind::Storage);
    for (const SecurityResult& s : securitySideBySide + comparison.security)
        list << s.pricesUsed;
    optionItems(LineKind::Security);
    return list;
}

} // namespace


ReportData::ReportData(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices,
                       Language language)
    : ReportData(ComparisonSession(scenario, catalog, prices, language))
{
}

ReportData::ReportData(const ComparisonSession& session)
    : m_scenario(session.scenario()), m_catalog(session.catalog()), m_prices(session.prices()),
      m_language(session.language()),
      m_locale(m_language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_model(std::make_unique<ComparisonModel>()), m_date(QDate::currentDate())
{
    // The session's own figures, copied: the report shows what the window shows, and a report
    // written while the user goes on editing keeps the figures it started with.
    m_comparison = session.comparison();
    m_model->setComparison(m_comparison, m_scenario.currency);
    m_scaling = session.scaling();
    m_radar = session.ranking();
    const SideBySide side = session.sideBySide();
    m_storageSizeGiB = side.storageSizeGiB;
    m_storageSideBySide = side.storage;
    m_securitySideBySide = side.security;
    m_regions = session.regions();

    collectPrices();
    collectDiscounts();
}

ReportData::~ReportData() = default;

QString ReportData::title() const
{
    const QString t = m_scenario.title.trimmed();
    return t.isEmpty() ? tr("Untitled comparison") : t;
}

QString ReportData::regionName(const QString& region) const
{
    if (const PriceBook* book = m_prices.region(region))
        if (!book->regionName.isEmpty())
            return book->regionName.text(m_language);
    return region;
}

QString ReportData::regionText() const
{
    return regionName(m_scenario.region) + QStringLiteral(" · ") + m_scenario.region;
}

QString ReportData::workloadText() const
{
    return ComparisonText::workload(m_scenario, m_catalog, m_language, m_locale);
}

QString ReportData::overridesText(const QString& optionId) const
{
    const auto it = std::find_if(m_scenario.options.cbegin(), m_scenario.options.cend(),
                                 [&](const Option& o) { return o.id == optionId; });
    if (it == m_scenario.options.cend())
        return {};
    const Option& o = *it;
    const Workload& w = m_scenario.workload;
    QStringList parts;
    if (o.region && *o.region != m_scenario.region)
        parts << regionName(*o.region);
    if (o.arch && *o.arch != w.arch)
        parts << *o.arch;
    if (o.os && *o.os != w.os)
        parts << (*o.os == u"windows" ? tr("Windows") : tr("Linux"));
    if (o.tasks && *o.tasks != w.tasks)
        parts << tasksText(*o.tasks);
    if (o.vcpu && *o.vcpu != w.vcpu)
        parts << tr("%1 vCPU").arg(num(*o.vcpu, m_locale));
    if (o.memoryGiB && *o.memoryGiB != w.memoryGiB)
        parts << tr("%1 GiB").arg(num(*o.memoryGiB, m_locale));
    return parts.join(QStringLiteral(" · "));
}

QString ReportData::tasksText(int tasks) const
{
    return Scaling::tasksText(tasks, m_locale);
}

QString ReportData::periodText() const
{
    return ComparisonText::period(m_scenario.period, m_locale);
}

QString ReportData::periodShortText() const
{
    return ComparisonText::periodShort(m_scenario.period, m_locale);
}

QString ReportData::currencyText() const
{
    return ComparisonText::currency(m_scenario.currency, m_locale);
}

QString ReportData::purchaseName(const QString& id) const
{
    return ComparisonText::purchaseName(id, m_catalog, m_language);
}

QString ReportData::storageMounts(const CatalogEntry& storage) const
{
    if (storage.storage.access == u"api")
        return tr("API only");
    return CatalogModel::entryNames(m_catalog, CatalogKind::Runtimes, storage.storage.mountFrom, m_language);
}

QString ReportData::storageKindName(const QString& kind)
{
    if (kind == u"block")
        return tr("block");
    if (kind == u"file")
        return tr("file");
    if (kind == u"object")
        return tr("object");
    return kind;
}

QString ReportData::purchaseText() const
{
    return ComparisonText::purchase(m_scenario, m_catalog, m_language);
}

QString ReportData::money(double usd) const
{
    return Money::format(usd, m_scenario.currency, m_locale);
}

QString ReportData::usd(double usd) const
{
    return Money::formatUsd(usd, m_locale);
}

QString ReportData::optionTotal(const OptionResult& option) const
{
    if (!option.available)
        return tr("not available");
    if (!option.complete())
        return option.monthlyUsd() > 0 ? tr("%1 + unknown").arg(money(option.monthlyUsd())) : tr("unknown");
    return money(option.monthlyUsd());
}

QString ReportData::optionLabel(const OptionResult& option) const
{
    return option.fits() || !option.available ? option.label
                                              : tr("%1 (cannot run this workload)").arg(option.label);
}

QString ReportData::confidenceName(Confidence confidence) const
{
    return confidence == Confidence::Estimate ? tr("estimate") : tr("confirmed");
}

QList<int> ReportData::ranking() const
{
    QList<int> order;
    for (int i = 0; i < m_comparison.options.size(); ++i)
        order << i;
    const auto group = [this](int i) {
        const OptionResult& o = m_comparison.options.at(i);
        return !o.available ? 3 : !o.fits() ? 2 : (o.complete() ? 0 : 1);
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ga = group(a), gb = group(b);
        if (ga != gb)
            return ga < gb;
        return ga < 3 && m_comparison.options.at(a).monthlyUsd() < m_comparison.options.at(b).monthlyUsd();
    });
    return order;
}

QString ReportData::keyNote(const OptionResult& option) const
{
    if (!option.fits() && !option.reasons.isEmpty())
        return option.reasons.first();
    for (NoteLevel level : {NoteLevel::Unavailable, NoteLevel::Warning, NoteLevel::Info})
        for (const Note& n : option.notes)
            if (n.level == level)
                return n.text;
    return {};
}

QStringList ReportData::assumptions() const
{
    QStringList list;
    const Period& p = m_scenario.period;
    if (p.hours)
        list << tr("A month is %1 hours, the AWS Pricing Calculator's convention.")
                    .arg(num(*p.hours, m_locale));
    else
        list << tr("A month is %1 days of %2 hours: %3 hours of running.")
                    .arg(num(p.days, m_locale), num(p.hoursPerDay, m_locale), num(p.totalHours(), m_locale));
    list << tr("Monthly prices (plans, GB-months) are prorated over 730 hours.");
    const CurrencySettings& c = m_scenario.currency;
    if (c.code == u"USD")
        list << tr("Prices are in USD as published; totals are shown to the cent.");
    else
        list << tr("Prices are published in USD and shown in %1 at 1 USD = %2 %1, %3; USD is shown beside "
                   "to the cent.")
                    .arg(c.code, num(c.perUsd, m_locale),
                         c.rounding == u"floor" ? tr("rounded down to the whole unit")
                                                : tr("rounded to the nearest unit"));
    list << tr("Fargate bills only its documented CPU and memory pairs: a task between them is billed at the "
               "cheapest pair that fits, and the difference is shown as over-provisioning.");
    for (const OptionResult& o : m_comparison.options) {
        if (o.runtime == u"fargate" && o.available && o.taskVcpu > 0)
            list << tr("%1: each task is billed as %2 vCPU / %3 GiB.")
                        .arg(o.label, num(o.taskVcpu, m_locale), num(o.taskMemoryGiB, m_locale));
    }
    QSet<QString> reservations;
    for (const OptionResult& o : m_comparison.options) {
        if (!o.available || o.instanceType.isEmpty() || o.instances <= 0)
            continue;
        list << (o.instances == 1 ? tr("%1: one %2 host carries the tasks.").arg(o.label, o.instanceType)
                                  : tr("%1: %2 hosts of %3 carry the tasks.")
                                        .arg(o.label, m_locale.toString(o.instances), o.instanceType));
        const CatalogEntry* service = m_catalog.find(CatalogKind::Services, o.service);
        if (service && service->hostReservation && !reservations.contains(service->id)) {
            reservations.insert(service->id);
            const QString why = service->hostReservation->why.text(m_language);
            if (!why.isEmpty())
                list << service->label(m_language) + QStringLiteral(": ") + why;
        }
    }
    for (const ReportDiscountRow& d : m_discounts) {
        if (d.fromScenario)
            list << tr("%1: %2 at %3% off on-demand, the scenario's own figure.")
                        .arg(d.option, d.purchase, num(d.fraction * 100, m_locale));
        else
            list << tr("%1: %2 at %3% off on-demand (%4, source %5, %6).")
                        .arg(d.option, d.purchase, num(d.fraction * 100, m_locale),
                             confidenceName(d.confidence), d.source, d.asOf);
    }
    list << tr(
        "Only the line items shown are priced: data transfer, load balancers, NAT gateways and logs are "
        "not included unless listed.");
    list << tr("A price nobody published is shown as unknown and left out of a total, never counted as zero; "
               "a total that leaves one out says so.");
    list << tr("Figures marked as estimates come from prices that could not be confirmed; see the sources.");
    return list;
}

void ReportData::collectDiscounts()
{
    // The discounts the cost model applied, as it recorded them: an option it priced
    // on-demand instead (a purchase its runtime does not offer) has none, and its note says so.
    for (const OptionResult& r : m_comparison.options) {
        if (!r.discount)
            continue;
        const DiscountUse& d = *r.discount;
        ReportDiscountRow row;
        row.option = r.label;
        row.purchase = purchaseName(d.purchase);
        row.fraction = d.fraction;
        row.fromScenario = d.fromScenario;
        if (!d.fromScenario) {
            row.source = d.source;
            row.asOf = d.asOf;
            row.confidence = d.confidence;
        }
        m_discounts << row;
    }
}

void ReportData::collectPrices()
{
    QSet<QString> seen;
    for (const PriceUse& use : pricesInReportOrder(m_comparison, m_storageSideBySide, m_securitySideBySide, m_prices)) {
        const std::optional<ReportPriceRow> row = priceRow(m_prices, use);
        if (!row || seen.contains(row->region + QLatin1Char('|') + row->item))
            continue;
        seen.insert(row->region + QLatin1Char('|') + row->item);
        m_priceRows << *row;
    }
}

QList<PriceSource> ReportData::sources() const
{
    // The sources the listed prices and discounts cite, in the order the books list them.
    QSet<QString> cited;
    QSet<QString> regions;
    for (const ReportPriceRow& r : m_priceRows) {
        cited.insert(r.source);
        regions.insert(r.region);
    }
    for (const ReportDiscountRow& d : m_discounts)
        if (!d.source.isEmpty())
            cited.insert(d.source);
    regions.insert(m_scenario.region);
    QList<PriceSource> list;
    QSet<QString> listed;
    for (const PriceBook& book : m_prices.books()) {
        if (!regions.contains(book.region))
            continue;
        for (const PriceSource& s : book.sources) {
            if (!cited.contains(s.id) || listed.contains(s.id))
                continue;
            listed.insert(s.id);
            list << s;
        }
    }
    return list;
}

QString ReportData::regionBookText(const QString& region) const
{
    const PriceBook* book = m_prices.region(region);
    if (!book)
        return tr("no price book");
    QStringList offers;
    for (const PriceSource& s : book->sources)
        if (!s.version.isEmpty())
            offers << tr("%1 version %2, published %3")
                          .arg(s.id.section(QLatin1Char('-'), 0, 0), s.version,
                               s.publicationDate.isEmpty() ? s.date : s.publicationDate);
    QString text = tr("prices as of %1").arg(book->newestDate());
    if (!offers.isEmpty())
        text += tr("; AWS Price List offer files: %1").arg(offers.join(QStringLiteral("; ")));
    return text;
}

QString ReportData::pricesAsOf() const
{
    QString newest;
    for (const ReportPriceRow& r : m_priceRows)
        newest = std::max(newest, r.asOf);
    return newest;
}

QStringList ReportData::fontFamilies(Language language)
{
    // Latin letters and digits come first from a plain sans with wide coverage (¥, ★, ×): Qt's
    // PDF writer cannot map the digit forms Noto Sans CJK substitutes in Latin runs back to
    // text, and those digits would vanish from a search or a copy. Kana and kanji then come
    // from Noto Sans CJK JP (fonts-noto-cjk), named explicitly so that a Japanese handout never
    // falls back to another language's forms or to boxes.
    if (language == Language::Japanese)
        return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK JP"),
                QStringLiteral("Noto Sans JP"), QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")};
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
            QStringLiteral("Noto Sans CJK JP")};
}

QFont ReportData::baseFont(Language language)
{
    QFont font;
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString& family : fontFamilies(language))
        if (installed.contains(family))
            families << family;
    if (!families.isEmpty())
        font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    // Any letter spacing other than none turns off ligatures in Qt's shaping; a ligature
    // ("ﬁ") would otherwise come out of the PDF as one character and "first" not be found.
    font.setLetterSpacing(QFont::PercentageSpacing, 100.01);
    return font;
}
