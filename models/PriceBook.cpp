#include "PriceBook.h"

#include "PriceBookLoader.h"
#include "PriceBookStore.h"

#include <QtGlobal>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside any namespace: cc_models is a static library, and the
// compiled-in data would otherwise be dropped by the linker.
static void initPriceResources()
{
    Q_INIT_RESOURCE(resources);
}

double Price::costOf(double quantity, QList<TierUse>* uses) const
{
    if (uses)
        uses->clear();
    if (tiers.isEmpty()) {
        if (uses)
            uses->append({quantity, usd, quantity * usd});
        return quantity * usd;
    }
    double total = 0;
    double below = 0;
    for (const PriceTier& tier : tiers) {
        if (quantity <= below)
            break;
        const double top = tier.upTo ? std::min(quantity, *tier.upTo) : quantity;
        const double inTier = top - below;
        total += inTier * tier.usd;
        if (uses)
            uses->append({inTier, tier.usd, inTier * tier.usd});
        if (!tier.upTo)
            break;
        below = *tier.upTo;
    }
    return total;
}

QString Price::arithmetic(const QList<TierUse>& uses)
{
    // Prices as the Price List writes them, without trailing zeros ("0.0000166667", "0.000015").
    const auto plain = [](double value) {
        QString text = QString::number(value, 'f', 10);
        while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
            text.chop(1);
        return text;
    };
    QStringList parts;
    for (const TierUse& u : uses)
        parts << plain(u.quantity) + QStringLiteral(" × ") + plain(u.usd);
    return parts.join(QStringLiteral(" + "));
}

namespace {

// The element of list whose key(element) is key: through the index when it knows the key and
// still points at it, else by a walk over the list.
template<typename T, typename Key>
const T* lookUp(const QList<T>& list, const QHash<QString, qsizetype>& index, const QString& key, Key keyOf)
{
    if (const auto it = index.constFind(key); it != index.cend()) {
        if (*it < list.size() && keyOf(list.at(*it)) == key)
            return &list.at(*it);
    }
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T& item) { return keyOf(item) == key; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const Price* PriceBook::price(const QString& key) const
{
    return lookUp(prices, m_priceIndex, key, [](const Price& p) -> const QString& { return p.key; });
}

const InstanceType* PriceBook::instanceType(const QString& type) const
{
    return lookUp(instanceTypes, m_typeIndex, type, [](const InstanceType& t) -> const QString& { return t.type; });
}

void PriceBook::index()
{
    m_priceIndex.clear();
    m_typeIndex.clear();
    m_priceIndex.reserve(prices.size());
    m_typeIndex.reserve(instanceTypes.size());
    // The first of a key wins, as in a walk over the list.
    for (qsizetype i = 0; i < prices.size(); ++i) {
        if (!m_priceIndex.contains(prices.at(i).key))
            m_priceIndex.insert(prices.at(i).key, i);
    }
    for (qsizetype i = 0; i < instanceTypes.size(); ++i) {
        if (!m_typeIndex.contains(instanceTypes.at(i).type))
            m_typeIndex.insert(instanceTypes.at(i).type, i);
    }
}

std::optional<Discount> PriceBook::discount(const QString& purchase, const QString& runtime) const
{
    for (const Discount& d : discounts) {
        if (d.purchase == purchase && d.runtime == runtime)
            return d;
    }
    return std::nullopt;
}

const PriceSource* PriceBook::source(const QString& id) const
{
    const auto it = std::find_if(sources.cbegin(), sources.cend(), [&](const PriceSource& s) { return s.id == id; });
    return it == sources.cend() ? nullptr : &*it;
}

QString PriceBook::newestDate() const
{
    // ISO dates and months compare correctly as text.
    QString newest;
    for (const Price& p : prices)
        newest = std::max(newest, p.asOf);
    for (const InstanceType& t : instanceTypes)
        newest = std::max(newest, t.onDemand.asOf);
    for (const LightsailPower& l : lightsailPowers)
        newest = std::max(newest, l.monthly.asOf);
    for (const Discount& d : discounts)
        newest = std::max(newest, d.asOf);
    return newest;
}

int PriceBook::estimateCount() const
{
    int count = 0;
    for (const Price& p : prices)
        count += p.confidence == Confidence::Estimate;
    for (const InstanceType& t : instanceTypes)
        count += t.onDemand.confidence == Confidence::Estimate;
    for (const LightsailPower& l : lightsailPowers)
        count += l.monthly.confidence == Confidence::Estimate;
    for (const Discount& d : discounts)
        count += d.confidence == Confidence::Estimate;
    return count;
}

const QStringList& PriceBook::knownUnits()
{
    static const QStringList units = {
        QStringLiteral("USD/hour"),           QStringLiteral("USD/month"),
        QStringLiteral("USD/vCPU-hour"),      QStringLiteral("USD/GB-hour"),
        QStringLiteral("USD/GB-month"),       QStringLiteral("USD/GB-second"),
        QStringLiteral("USD/request"),        QStringLiteral("USD/image"),
        QStringLiteral("USD/scan"),           QStringLiteral("USD/instance-month"),
        QStringLiteral("USD/vCPU-month"),     QStringLiteral("USD/GB"),
        QStringLiteral("USD/cluster-hour"),   QStringLiteral("USD/instance-hour"),
        QStringLiteral("USD/4vCPU-hour"),     QStringLiteral("USD/million-requests"),
        QStringLiteral("USD/million-events"), QStringLiteral("USD/web-acl-month"),
        QStringLiteral("USD/rule-month"),     QStringLiteral("USD/endpoint-hour"),
    };
    return units;
}

const QStringList& PriceBook::knownRegions()
{
    static const QStringList regions = {QStringLiteral("ap-northeast-1"), QStringLiteral("us-east-1")};
    return regions;
}

std::optional<PriceBooks> PriceBooks::load(const QString& directory, LoadError* error)
{
    return PriceBookLoader::load(directory, error);
}

namespace {

PriceBooks& builtinBooks()
{
    static PriceBooks books = [] {
        QStringList problems;
        PriceBooks merged = PriceBookStore::effective(PriceBooks::shipped(), &problems);
        // A broken imported book is left out (its region keeps the shipped prices), not fatal.
        for (const QString& problem : std::as_const(problems))
            qWarning("An imported price book is left out: %s", qPrintable(problem));
        return merged;
    }();
    return books;
}

} // namespace

const PriceBooks& PriceBooks::builtin()
{
    return builtinBooks();
}

void PriceBooks::setBuiltin(PriceBooks books)
{
    builtinBooks() = std::move(books);
}

PriceBooks PriceBooks::fromList(QList<PriceBook> list)
{
    std::sort(list.begin(), list.end(), [](const PriceBook& a, const PriceBook& b) { return a.region < b.region; });
    PriceBooks books;
    books.m_books = std::move(list);
    for (PriceBook& book : books.m_books)
        book.index();
    return books;
}

const PriceBooks& PriceBooks::shipped()
{
    static const PriceBooks books = [] {
        initPriceResources();
        LoadError error;
        std::optional<PriceBooks> loaded = load(QStringLiteral(":/prices"), &error);
        if (!loaded)
            qFatal("The built-in price books are broken: %s", qPrintable(error.toString()));
        return std::move(*loaded);
    }();
    return books;
}

const PriceBook* PriceBooks::region(const QString& id) const
{
    const auto it = std::find_if(m_books.cbegin(), m_books.cend(), [&](const PriceBook& b) { return b.region == id; });
    return it == m_books.cend() ? nullptr : &*it;
}

QStringList PriceBooks::regions() const
{
    QStringList ids;
    for (const PriceBook& book : m_books)
        ids.append(book.region);
    ids.sort();
    return ids;
}
