#include "OfferFileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <boost/json/basic_parser_impl.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

struct CompiledMatch
{
    std::vector<std::string> families;
    std::vector<std::pair<int, std::string>> attributes;
    std::vector<std::pair<int, std::string>> ifPresent;
};

struct CompiledPriceRule
{
    int offer = 0;
    const PriceRule* rule = nullptr;
    std::string usagetype;
    CompiledMatch match;
};

struct CompiledInstanceRule
{
    int offer = 0;
    const InstanceTypeRule* rule = nullptr;
    std::string prefix;
    std::string offerUnit;
    std::string arm;
    CompiledMatch match;
};

struct Dimension
{
    std::string unit;
    std::string beginRange;
    std::string endRange;
    std::string usd;
    bool hasUsd = false;
    std::string path;
};

// A product the mapping wants, waiting for its on-demand term.
struct Kept
{
    std::string sku;
    int offer = 0;
    const CompiledPriceRule* priceRule = nullptr;
    const CompiledInstanceRule* instanceRule = nullptr;
    std::string instanceType;
    std::string vcpu;
    std::string memory;
    std::string processor;
    std::string gpu;
    std::string gpuMemory;
    std::vector<Dimension> dimensions;
    bool termSeen = false;
    std::string termPath;
};

// Hash maps keyed by std::string, looked up by std::string_view without a copy.
struct ViewHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template<typename T>
using ViewMap = std::unordered_map<std::string, T, ViewHash, std::equal_to<>>;

bool isRegionPrefix(std::string_view s)
{
    if (s.size() < 2 || s.size() > 6)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// usagetype is wanted, or a region prefix ("APN1-") followed by wanted.
bool usagetypeMatches(std::string_view usagetype, std::string_view wanted)
{
    if (usagetype == wanted)
        return true;
    if (usagetype.size() <= wanted.size() + 1 || usagetype.substr(usagetype.size() - wanted.size()) != wanted)
        return false;
    const size_t dash = usagetype.size() - wanted.size() - 1;
    return usagetype[dash] == '-' && isRegionPrefix(usagetype.substr(0, dash));
}

std::string_view withoutRegionPrefix(std::string_view usagetype)
{
    const size_t dash = usagetype.find('-');
    if (dash != std::string_view::npos && isRegionPrefix(usagetype.substr(0, dash)))
        return usagetype.substr(dash + 1);
    return usagetype;
}

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A decimal string of the Price List ("0.0000166667", "Inf") read exactly, without locale.
std::optional<double> decimal(const std::string& s)
{
    bool ok = false;
    const double value = QByteArray::fromRawData(s.data(), qsizetype(s.size())).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

class OfferHandler
{
public:
    OfferHandler(const PriceListMapping& mapping, OfferImport& result)
        : m_mapping(mapping)
        , m_result(result)
    {
        const QStringList names = mapping.attributeNames();
        for (const QString& name : names) {
            m_attributeNames.push_back(name.toStdString());
        }
        for (size_t i = 0; i < m_attributeNames.size(); ++i) {
            m_attributeIds.emplace(m_attributeNames[i], int(i));
            m_attributeSlots[slot(m_attributeNames[i])].push_back(int(i));
        }
        m_values.resize(m_attributeNames.size());
        m_owned.resize(m_attributeNames.size());
        m_present.resize(m_attributeNames.size());
        m_usagetype = id("usagetype");
        m_regionCode = id("regionCode");
        m_location = id("location");
        m_instanceType = id("instanceType");
        m_vcpu = id("vcpu");
        m_memory = id("memory");
        m_processor = id("physicalProcessor");
        m_gpu = id("gpu");
        m_gpuMemory = id("gpuMemory");

        const QList<OfferMapping>& offers = mapping.offers();
        for (qsizetype o = 0; o < offers.size(); ++o) {
            for (const PriceRule& rule : offers[o].prices)
                m_priceRules.push_back({int(o), &rule, rule.usagetype.toStdString(), compile(rule.match)});
            if (offers[o].instanceTypes) {
                const InstanceTypeRule& rule = *offers[o].instanceTypes;
                m_instanceRules.push_back({int(o), &rule, rule.usagetypePrefix.toStdString(),
                                           rule.offerUnit.toStdString(), rule.armProcessor.toStdString(),
                                           compile(rule.match)});
            }
        }
        m_keys.resize(16);
    }

    // The second pass, when terms came before products in a file that can be read again.
    void startTermsPass()
    {
        m_termsOnly = true;
        m_depth = 0;
        m_skipping = false;
        m_skipNext = false;
    }

    bool needsTermsPass() const { return m_termsBeforeProducts; }

    // The reader's two input buffers, used in turn: a value read from one stays there until
    // the reader refills that buffer, and evict() copies it out first.
    void setBuffers(const char* a, size_t aSize, const char* b, size_t bSize)
    {
        m_buffers[0][0] = a;
        m_buffers[0][1] = a + aSize;
        m_buffers[1][0] = b;
        m_buffers[1][1] = b + bSize;
    }
    void evict(const char* begin, const char* end)
    {
        const auto fix = [&](std::string_view& view, std::string& owned) {
            if (!view.empty() && view.data() >= begin && view.data() < end) {
                owned.assign(view.data(), view.size());
                view = owned;
            }
        };
        for (size_t i = 0; i < m_values.size(); ++i)
            fix(m_values[i], m_owned[i]);
        fix(m_family, m_familyOwned);
        fix(m_skuField, m_skuOwned);
    }
    const QString& errorPath() const { return m_errorPath; }
    const QString& errorMessage() const { return m_errorMessage; }
    std::vector<Kept>& kept() { return m_kept; }
    bool sawProducts() const { return m_sawProducts; }
    // Where the reader is: the path of the innermost value it follows.
    QString where() const { return path(m_skipping ? m_skipBase : m_depth); }
    int offerIndex() const { return m_offerIndex; }

    // --- events (Boost.JSON's basic_parser through BoostHandler below) ---
    bool Scalar() { return scalar({}); }
    bool String(std::string_view value) { return scalar(value, true); }
    bool Key(std::string_view key)
    {
        if (m_skipping)
            return true;
        // An attribute's name: only whether we want it matters (the hottest path, so a
        // table by length and end letters rather than a hash of the whole name).
        if (m_depth == 4 && m_section == Section::Products) {
            m_attribute = -1;
            for (const int candidate : m_attributeSlots[slot(key)]) {
                if (m_attributeNames[size_t(candidate)] == key) {
                    m_attribute = candidate;
                    break;
                }
            }
            return true;
        }
        if (size_t(m_depth) >= m_keys.size())
            m_keys.resize(size_t(m_depth) + 8);
        m_keys[size_t(m_depth)].assign(key);
        switch (m_section) {
        case Section::Top:
            if (m_depth == 1) {
                if (key == "products") {
                    m_sawProducts = true;
                    if (m_termsOnly)
                        m_skipNext = true;
                    else
                        m_section = Section::Products;
                } else if (key == "terms") {
                    if (!m_termsOnly && !m_productsDone)
                        m_termsBeforeProducts = true, m_skipNext = true;
                    else
                        m_section = Section::Terms;
                } else if (key != "offerCode" && key != "version" && key != "publicationDate"
                           && key != "formatVersion") {
                    m_skipNext = true;
                }
            }
            return true;
        case Section::Products:
            return productKey(key);
        case Section::Terms:
            return termKey(key);
        }
        return true;
    }

    bool StartObject() { return start(true); }
    bool EndObject() { return end(); }
    bool StartArray() { return start(false); }
    bool EndArray() { return end(); }

private:
    enum class Section { Top, Products, Terms };

    static size_t slot(std::string_view name)
    {
        if (name.empty())
            return 0;
        return (name.size() * 31 + size_t(uchar(name.front())) * 7 + size_t(uchar(name.back()))) % kSlots;
    }

    int id(const char* name) const
    {
        const auto it = m_attributeIds.find(std::string_view(name));
        return it == m_attributeIds.end() ? -1 : it->second;
    }

    CompiledMatch compile(const ProductMatch& m) const
    {
        CompiledMatch c;
        for (const QString& f : m.productFamilies)
            c.families.push_back(f.toStdString());
        for (const auto& [name, value] : m.attributes)
            c.attributes.emplace_back(id(name.toStdString().c_str()), value.toStdString());
        for (const auto& [name, value] : m.ifPresent)
            c.ifPresent.emplace_back(id(name.toStdString().c_str()), value.toStdString());
        return c;
    }

    bool fail(const QString& message, int depth = -1)
    {
        if (m_errorMessage.isEmpty()) {
            m_errorMessage = message;
            m_errorPath = path(depth < 0 ? m_depth : depth);
        }
        return false;
    }

    QString path(int depth) const
    {
        QString p = QStringLiteral("$");
        for (int d = 1; d <= depth && size_t(d) < m_keys.size(); ++d)
            p += QLatin1Char('.') + q(m_keys[size_t(d)]);
        return p;
    }

    bool start(bool object)
    {
        if (m_skipping || m_skipNext) {
            if (!m_skipping) {
                m_skipping = true;
                m_skipBase = m_depth;
                m_skipNext = false;
            }
            ++m_depth;
            return true;
        }
        ++m_depth;
        if (m_depth == 1) {
            if (!object)
                return fail(QCoreApplication::translate("OfferFileReader", "not an AWS Price List offer file: the top level is an array, not an object"), 0);
            return true;
        }
        if (m_section == Section::Products) {
            if (m_depth == 2 && !object)
                return fail(QCoreApplication::translate("OfferFileReader", "\"products\" is an array: this is a Savings Plans file, not a regional offer file"), 1);
            if (m_depth == 3) {
                if (!object)
                    return fail(QCoreApplication::translate("OfferFileReader", "a product must be an object"));
                beginProduct();
            } else if (m_depth == 4 && object && m_keys[3] == "attributes") {
                // the product's attributes
            } else if (m_depth >= 4) {
                return skipFrom(m_depth - 1);
            }
            return true;
        }
        if (m_section == Section::Terms) {
            if (m_depth == 2 && !object)
                return fail(QCoreApplication::translate("OfferFileReader", "\"terms\" must be an object"), 1);
            if (m_depth == 6 && m_keys[5] != "priceDimensions")
                return skipFrom(m_depth - 1);
            if (m_depth == 8 && m_keys[7] != "pricePerUnit")
                return skipFrom(m_depth - 1);
            if (m_depth == 7)
                m_dimension = Dimension{};
            if (m_depth > 8)
                return skipFrom(m_depth - 1);
            return true;
        }
        // Any other object or array at the top level is skipped when its key is read.
        return true;
    }

    // Skips the value that has just started (m_depth already counts it).
    bool skipFrom(int base)
    {
        m_skipping = true;
        m_skipBase = base;
        return true;
    }

    bool end()
    {
        --m_depth;
        if (m_skipping) {
            if (m_depth == m_skipBase)
                m_skipping = false;
            return true;
        }
        if (m_section == Section::Products) {
            if (m_depth == 2)
                return endProduct();
            if (m_depth == 1) {
                m_section = Section::Top;
                m_productsDone = true;
            }
        } else if (m_section == Section::Terms) {
            if (m_depth == 6 && m_current) {
                m_current->dimensions.push_back(std::move(m_dimension));
            } else if (m_depth == 4 && m_current) {
                m_current->termSeen = true;
            } else if (m_depth == 3) {
                m_current = nullptr;
            } else if (m_depth == 1) {
                m_section = Section::Top;
            }
        }
        return true;
    }

    bool scalar(std::string_view value, bool isString = false)
    {
        if (m_skipping)
            return true;
        if (m_skipNext) {
            m_skipNext = false;
            return true;
        }
        if (m_depth == 1 && m_section == Section::Top) {
            const std::string& key = m_keys[1];
            if (!isString && key != "products" && key != "terms")
                return true;
            if (key == "offerCode") {
                m_result.offerCode = q(std::string(value));
                m_offerIndex = int(m_mapping.offerCodes().indexOf(m_result.offerCode));
                if (m_offerIndex < 0)
                    return fail(QCoreApplication::translate("OfferFileReader", "offer \"%1\" is not one we import; expected one of: %2")
                                    .arg(m_result.offerCode, m_mapping.offerCodes().join(QStringLiteral(", "))),
                                1);
            } else if (key == "version") {
                m_result.version = q(std::string(value));
            } else if (key == "publicationDate") {
                m_result.publicationDate = q(std::string(value));
            } else if (key == "products" || key == "terms") {
                return fail(QCoreApplication::translate("OfferFileReader", "must be an object"), 1);
            }
            return true;
        }
        if (m_depth == 1 && m_section != Section::Top)
            return fail(QCoreApplication::translate("OfferFileReader", "must be an object"), 1);
        if (m_section == Section::Products) {
            if (m_depth == 2)
                return fail(QCoreApplication::translate("OfferFileReader", "a product must be an object"), 2);
            if (m_depth == 3) {
                if (m_keys[3] == "productFamily")
                    keep(value, m_family, m_familyOwned);
                else if (m_keys[3] == "sku")
                    keep(value, m_skuField, m_skuOwned);
            } else if (m_depth == 4 && m_attribute >= 0) {
                keep(value, m_values[size_t(m_attribute)], m_owned[size_t(m_attribute)]);
                m_present[size_t(m_attribute)] = true;
            }
            return true;
        }
        if (m_section == Section::Terms && m_current) {
            if (m_depth == 7) {
                const std::string& key = m_keys[7];
                if (key == "unit")
                    m_dimension.unit.assign(value);
                else if (key == "beginRange")
                    m_dimension.beginRange.assign(value);
                else if (key == "endRange")
                    m_dimension.endRange.assign(value);
            } else if (m_depth == 8 && m_keys[8] == "USD") {
                if (!isString)
                    return fail(QCoreApplication::translate("OfferFileReader", "the price must be a decimal string such as \"0.0404800000\""));
                m_dimension.usd.assign(value);
                m_dimension.hasUsd = true;
                m_dimension.path = path(8).toStdString();
            }
        }
        return true;
    }

    bool productKey(std::string_view key)
    {
        if (m_depth == 1) {
            m_section = Section::Top;
            return Key(key);
        }
        if (m_depth == 4) {
            const auto it = m_attributeIds.find(key);
            m_attribute = it == m_attributeIds.end() ? -1 : it->second;
        } else if (m_depth == 3) {
            if (key != "attributes" && key != "sku" && key != "productFamily")
                m_skipNext = true;
        }
        return true;
    }

    bool termKey(std::string_view key)
    {
        if (m_depth == 2) {
            m_current = nullptr;
            if (key != "OnDemand")
                m_skipNext = true;
        } else if (m_depth == 3) {
            const auto it = m_index.find(key);
            if (it == m_index.end()) {
                m_current = nullptr;
                m_skipNext = true;
            } else {
                m_current = &m_kept[it->second];
                if (m_current->termSeen)
                    return fail(QCoreApplication::translate("OfferFileReader", "SKU %1 has a second set of on-demand terms (first at %2)")
                                    .arg(q(std::string(key)), q(m_current->termPath)),
                                3);
                m_current->termPath = path(3).toStdString();
            }
        } else if (m_depth == 4) {
            if (m_current && m_current->termSeen)
                return fail(QCoreApplication::translate("OfferFileReader", "SKU %1 has two on-demand terms; which one applies is unclear")
                                .arg(q(m_current->sku)),
                            4);
        } else if (m_depth == 5) {
            if (key != "priceDimensions")
                m_skipNext = true;
        } else if (m_depth == 7) {
            if (key != "unit" && key != "beginRange" && key != "endRange" && key != "pricePerUnit")
                m_skipNext = true;
        }
        return true;
    }

    void keep(std::string_view value, std::string_view& view, std::string& owned)
    {
        for (const auto& buffer : m_buffers) {
            if (value.data() >= buffer[0] && value.data() + value.size() <= buffer[1]) {
                view = value;
                return;
            }
        }
        owned.assign(value.data(), value.size());
        view = owned;
    }

    void beginProduct()
    {
        std::fill(m_present.begin(), m_present.end(), false);
        m_family = {};
        m_skuField = {};
        m_attribute = -1;
    }

    bool attributeIs(int attribute, std::string_view value) const
    {
        return attribute >= 0 && m_present[size_t(attribute)] && m_values[size_t(attribute)] == value;
    }

    bool matches(const CompiledMatch& m) const
    {
        if (!m.families.empty()
            && std::find(m.families.begin(), m.families.end(), m_family) == m.families.end())
            return false;
        for (const auto& [attribute, value] : m.attributes) {
            if (!attributeIs(attribute, value))
                return false;
        }
        for (const auto& [attribute, value] : m.ifPresent) {
            if (attribute >= 0 && m_present[size_t(attribute)] && m_values[size_t(attribute)] != value)
                return false;
        }
        return true;
    }

    bool offerAllowed(int offer) const { return m_offerIndex < 0 || offer == m_offerIndex; }

    bool endProduct()
    {
        ++m_result.products;
        if (m_usagetype < 0 || !m_present[size_t(m_usagetype)])
            return true;
        const std::string_view usagetype = m_values[size_t(m_usagetype)];
        Kept kept;
        for (const CompiledPriceRule& rule : m_priceRules) {
            if (offerAllowed(rule.offer) && usagetypeMatches(usagetype, rule.usagetype)) {
                if (matches(rule.match)) {
                    kept.priceRule = &rule;
                    kept.offer = rule.offer;
                } else {
                    ++m_result.skipped;
                }
                break;
            }
        }
        if (!kept.priceRule) {
            for (const CompiledInstanceRule& rule : m_instanceRules) {
                if (!offerAllowed(rule.offer))
                    continue;
                const std::string_view bare = withoutRegionPrefix(usagetype);
                if (bare.substr(0, rule.prefix.size()) != rule.prefix)
                    continue;
                if (!matches(rule.match)) {
                    ++m_result.skipped;
                    continue;
                }
                const std::string type(bare.substr(rule.prefix.size()));
                if (m_instanceType < 0 || !m_present[size_t(m_instanceType)]
                    || m_values[size_t(m_instanceType)] != type) {
                    ++m_result.skipped;
                    continue;
                }
                kept.instanceRule = &rule;
                kept.offer = rule.offer;
                kept.instanceType = type;
                auto value = [&](int attribute) {
                    return attribute >= 0 && m_present[size_t(attribute)] ? std::string(m_values[size_t(attribute)])
                                                                          : std::string();
                };
                kept.vcpu = value(m_vcpu);
                kept.memory = value(m_memory);
                kept.processor = value(m_processor);
                kept.gpu = value(m_gpu);
                kept.gpuMemory = value(m_gpuMemory);
                break;
            }
        }
        if (!kept.priceRule && !kept.instanceRule)
            return true;

        kept.sku = m_keys[2];
        if (!m_skuField.empty() && m_skuField != kept.sku)
            return fail(QCoreApplication::translate("OfferFileReader", "the product's sku \"%1\" differs from its key \"%2\"")
                            .arg(q(std::string(m_skuField)), q(kept.sku)),
                        2);
        if (m_index.find(std::string_view(kept.sku)) != m_index.end())
            return fail(QCoreApplication::translate("OfferFileReader", "duplicate SKU %1").arg(q(kept.sku)), 2);
        // One region per file: the regional files carry regionCode on every product.
        if (m_regionCode >= 0 && m_present[size_t(m_regionCode)]) {
            const QString region = q(std::string(m_values[size_t(m_regionCode)]));
            if (m_result.region.isEmpty()) {
                m_result.region = region;
                m_regionPath = path(2);
                if (m_location >= 0 && m_present[size_t(m_location)])
                    m_result.location = q(std::string(m_values[size_t(m_location)]));
            } else if (region != m_result.region) {
                m_keys[3] = "attributes";
                m_keys[4] = "regionCode";
                return fail(QCoreApplication::translate("OfferFileReader", "products of two regions, %1 and %2 (at %3): import a regional file")
                                .arg(region, m_result.region, m_regionPath),
                            4);
            }
        } else {
            m_keys[3] = "attributes";
            m_keys[4] = "regionCode";
            return fail(QStringLiteral("the product has no regionCode (a file from before 2022?): "
                                       "use a current regional offer file"),
                        4);
        }
        m_index.emplace(kept.sku, m_kept.size());
        m_kept.push_back(std::move(kept));
        return true;
    }

    const PriceListMapping& m_mapping;
    OfferImport& m_result;

    std::vector<std::string> m_attributeNames;
    ViewMap<int> m_attributeIds;
    static constexpr size_t kSlots = 1024;
    std::vector<std::vector<int>> m_attributeSlots = std::vector<std::vector<int>>(kSlots);
    // The wanted attributes of the product being read: views into the input buffers where
    // the value lies whole in one (the usual case), else into m_owned.
    std::vector<std::string_view> m_values;
    std::vector<std::string> m_owned;
    const char* m_buffers[2][2] = {{nullptr, nullptr}, {nullptr, nullptr}};
    std::vector<bool> m_present;
    int m_usagetype = -1, m_regionCode = -1, m_location = -1, m_instanceType = -1, m_vcpu = -1, m_memory = -1,
        m_processor = -1, m_gpu = -1, m_gpuMemory = -1;
    std::vector<CompiledPriceRule> m_priceRules;
    std::vector<CompiledInstanceRule> m_instanceRules;

    std::vector<std::string> m_keys;
    int m_depth = 0;
    bool m_skipping = false;
    bool m_skipNext = false;
    int m_skipBase = 0;
    Section m_section = Section::Top;
    bool m_termsOnly = false;
    bool m_termsBeforeProducts = false;
    bool m_productsDone = false;
    bool m_sawProducts = false;
    int m_offerIndex = -1;

    std::string_view m_family;
    std::string_view m_skuField;
    std::string m_familyOwned;
    std::string m_skuOwned;
    int m_attribute = -1;
    QString m_regionPath;

    std::vector<Kept> m_kept;
    ViewMap<size_t> m_index;
    Kept* m_current = nullptr;
    Dimension m_dimension;

    QString m_errorPath;
    QString m_errorMessage;
};

// Boost.JSON's basic_parser handler: hands whole keys and strings (joined when a buffer
// boundary splits them) and every other event to the OfferHandler.
class BoostHandler
{
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using ec = boost::json::error_code;
    using sv = boost::json::string_view;

    explicit BoostHandler(OfferHandler& handler)
        : m_h(handler)
    {
    }

    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec& e) { return ok(m_h.StartObject(), e); }
    bool on_object_end(std::size_t, ec& e) { return ok(m_h.EndObject(), e); }
    bool on_array_begin(ec& e) { return ok(m_h.StartArray(), e); }
    bool on_array_end(std::size_t, ec& e) { return ok(m_h.EndArray(), e); }
    bool on_key_part(sv s, std::size_t, ec&)
    {
        m_part.append(s.data(), s.size());
        return true;
    }
    bool on_key(sv s, std::size_t, ec& e) { return ok(m_h.Key(whole(s)), e); }
    bool on_string_part(sv s, std::size_t, ec&)
    {
        m_part.append(s.data(), s.size());
        return true;
    }
    bool on_string(sv s, std::size_t, ec& e) { return ok(m_h.String(whole(s)), e); }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec& e) { return ok(m_h.Scalar(), e); }
    bool on_uint64(std::uint64_t, sv, ec& e) { return ok(m_h.Scalar(), e); }
    bool on_double(double, sv, ec& e) { return ok(m_h.Scalar(), e); }
    bool on_bool(bool, ec& e) { return ok(m_h.Scalar(), e); }
    bool on_null(ec& e) { return ok(m_h.Scalar(), e); }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }

private:
    static bool ok(bool result, ec& e)
    {
        if (!result)
            e = boost::system::errc::make_error_code(boost::system::errc::operation_canceled);
        return result;
    }
    // The last piece s, joined to the pieces before it when there were any.
    std::string_view whole(sv s)
    {
        if (m_part.empty())
            return {s.data(), s.size()};
        m_part.append(s.data(), s.size());
        m_joined.swap(m_part);
        m_part.clear();
        return m_joined;
    }

    OfferHandler& m_h;
    std::string m_part;
    std::string m_joined;
};

// Where reading an offer file failed, and why; read() adds the file's name.
struct Failure
{
    QString where;
    QString message;
};

QString atByte(size_t offset)
{
    return QCoreApplication::translate("OfferFileReader", "byte %1").arg(offset);
}

// One pass over the device: Boost.JSON's basic_parser, fed 256 KiB at a time, so the file is
// never in memory whole. result.bytes is how much was read.
std::optional<Failure> parsePass(QIODevice& device, OfferHandler& handler, OfferImport& result)
{
    boost::json::basic_parser<BoostHandler> parser(boost::json::parse_options{}, handler);
    constexpr size_t blockSize = 256 * 1024;
    std::vector<char> buffers(2 * blockSize);
    handler.setBuffers(buffers.data(), blockSize, buffers.data() + blockSize, blockSize);
    boost::json::error_code ec;
    qint64 fed = 0;
    qint64 at = 0;
    for (int turn = 0;; turn ^= 1) {
        char* block = buffers.data() + size_t(turn) * blockSize;
        handler.evict(block, block + blockSize);
        qint64 n = device.read(block, qint64(blockSize));
        // A stream (a process, a socket) may have nothing yet without being at its end.
        while (n == 0 && device.isSequential() && device.waitForReadyRead(60000))
            n = device.read(block, qint64(blockSize));
        if (n < 0)
            return Failure{atByte(size_t(fed)), QCoreApplication::translate("OfferFileReader", "read error: %1").arg(device.errorString())};
        const bool more = n > 0;
        const size_t used = parser.write_some(more, block, size_t(n), ec);
        at = fed + qint64(used);
        fed += n;
        if (ec || !more)
            break;
    }
    result.bytes = fed;
    if (!ec)
        return std::nullopt;
    if (!handler.errorMessage().isEmpty())
        return Failure{handler.errorPath(), handler.errorMessage()};
    if (ec == boost::json::error::incomplete) {
        if (fed == 0)
            return Failure{{}, QCoreApplication::translate("OfferFileReader", "the file is empty")};
        return Failure{atByte(size_t(fed)),
                       QCoreApplication::translate("OfferFileReader", "the file ends early, inside %1 (truncated download?)").arg(handler.where())};
    }
    return Failure{atByte(size_t(at)), QCoreApplication::translate("OfferFileReader", "not valid JSON: %1").arg(QString::fromStdString(ec.message()))};
}

// Every price dimension of a kept product's on-demand term has a USD price that is a number.
std::optional<Failure> checkDimensions(const Kept& kept)
{
    const QString sku = q(kept.sku);
    const QString termPath = q(kept.termPath);
    if (kept.dimensions.empty())
        return Failure{termPath, QCoreApplication::translate("OfferFileReader", "SKU %1 has an on-demand term without a price").arg(sku)};
    for (const Dimension& d : kept.dimensions) {
        if (!d.hasUsd)
            return Failure{termPath, QCoreApplication::translate("OfferFileReader", "SKU %1: a price dimension has no USD price").arg(sku)};
        if (!decimal(d.usd) || *decimal(d.usd) < 0)
            return Failure{q(d.path), QCoreApplication::translate("OfferFileReader", "SKU %1: the price \"%2\" is not a number").arg(sku, q(d.usd))};
    }
    return std::nullopt;
}

// A tiered price: the dimensions sorted by where they begin, each beginning where the one
// before ends, only the last open-ended.
std::optional<Failure> readTiers(Kept& kept, Price& price)
{
    const QString sku = q(kept.sku);
    const QString termPath = q(kept.termPath);
    std::vector<Dimension>& dims = kept.dimensions;
    std::sort(dims.begin(), dims.end(), [](const Dimension& a, const Dimension& b) {
        return decimal(a.beginRange).value_or(0) < decimal(b.beginRange).value_or(0);
    });
    double previousEnd = 0;
    for (size_t i = 0; i < dims.size(); ++i) {
        const Dimension& d = dims[i];
        const std::optional<double> begin = decimal(d.beginRange);
        if (!begin || *begin != previousEnd)
            return Failure{termPath, QCoreApplication::translate("OfferFileReader", "SKU %1: the tiers do not follow each other (a tier begins at \"%2\")")
                                         .arg(sku, q(d.beginRange))};
        PriceTier tier;
        tier.usd = *decimal(d.usd);
        const bool last = i + 1 == dims.size();
        if (d.endRange == "Inf") {
            if (!last)
                return Failure{termPath, QCoreApplication::translate("OfferFileReader", "SKU %1: a tier before the last one is open-ended").arg(sku)};
        } else {
            const std::optional<double> end = decimal(d.endRange);
            if (!end || *end <= *begin || last)
                return Failure{termPath, QCoreApplication::translate("OfferFileReader", "SKU %1: the tier from \"%2\" has no usable end \"%3\"")
                                             .arg(sku, q(d.beginRange), q(d.endRange))};
            tier.upTo = *end;
            previousEnd = *end;
        }
        price.tiers.append(tier);
    }
    price.usd = price.tiers.constFirst().usd;
    return std::nullopt;
}

// The price a kept product of a price rule gives: one dimension, or tiers when the rule says so.
std::optional<Failure> readPrice(Kept& kept, Price& price)
{
    const PriceRule& rule = *kept.priceRule->rule;
    price.key = rule.key;
    price.unit = rule.unit;
    if (kept.dimensions.size() == 1) {
        price.usd = *decimal(kept.dimensions.front().usd);
        return std::nullopt;
    }
    if (!rule.tiered)
        return Failure{q(kept.termPath), QCoreApplication::translate("OfferFileReader", "SKU %1 (%2) has %3 price dimensions; the mapping reads it as one price")
                                             .arg(q(kept.sku), rule.key).arg(kept.dimensions.size())};
    return readTiers(kept, price);
}

// The instance type a kept product of an instance rule describes; nullopt when it is not an
// on-demand hourly price of a machine with a usable size (it is skipped).
std::optional<InstanceType> readInstanceType(const Kept& kept)
{
    const CompiledInstanceRule& rule = *kept.instanceRule;
    const std::vector<Dimension>& dims = kept.dimensions;
    if (dims.size() != 1 || dims.front().unit != rule.offerUnit)
        return std::nullopt;
    const double usd = *decimal(dims.front().usd);
    // A 0.00 hour is never the on-demand price of an instance (host and capacity-block
    // twins are): leave it out.
    if (usd <= 0)
        return std::nullopt;
    QString memory = q(kept.memory);
    memory.remove(QLatin1Char(','));
    memory.remove(QStringLiteral("GiB"));
    bool vcpuOk = false;
    bool memoryOk = false;
    InstanceType t;
    t.type = q(kept.instanceType);
    t.vcpu = q(kept.vcpu).toDouble(&vcpuOk);
    t.memoryGiB = memory.trimmed().toDouble(&memoryOk);
    if (!vcpuOk || !memoryOk || t.vcpu <= 0 || t.memoryGiB <= 0)
        return std::nullopt;
    t.arch = q(kept.processor).contains(q(rule.arm)) ? QStringLiteral("arm64") : QStringLiteral("x86_64");
    t.gpus = q(kept.gpu).toInt();
    if (t.gpus > 0)
        t.gpuName = kept.gpuMemory.empty() || kept.gpuMemory == "NA"
                        ? QStringLiteral("GPU")
                        : QStringLiteral("GPU, %1").arg(q(kept.gpuMemory));
    t.onDemand.key = t.type;
    t.onDemand.usd = usd;
    t.onDemand.unit = QStringLiteral("USD/hour");
    return t;
}

// Prices and instance types from the kept products that have an on-demand term; no price key
// and no instance type may come from two SKUs.
std::optional<Failure> collectProducts(OfferHandler& handler, OfferImport& result)
{
    QHash<QString, QString> seenKeys;   // key → SKU
    QHash<QString, QString> seenTypes;  // type → SKU
    const QString skuPath = QStringLiteral("$.products.");
    for (Kept& kept : handler.kept()) {
        if (!kept.termSeen || (handler.offerIndex() >= 0 && kept.offer != handler.offerIndex()))
            continue;
        const QString sku = q(kept.sku);
        if (std::optional<Failure> failure = checkDimensions(kept))
            return failure;
        if (kept.priceRule) {
            Price price;
            if (std::optional<Failure> failure = readPrice(kept, price))
                return failure;
            if (seenKeys.contains(price.key))
                return Failure{skuPath + sku,
                               QCoreApplication::translate("OfferFileReader", "SKU %1 and SKU %2 both give %3").arg(seenKeys.value(price.key), sku, price.key)};
            seenKeys.insert(price.key, sku);
            result.prices.append(price);
            continue;
        }
        const std::optional<InstanceType> t = readInstanceType(kept);
        if (!t) {
            ++result.skipped;
            continue;
        }
        if (seenTypes.contains(t->type))
            return Failure{skuPath + sku,
                           QCoreApplication::translate("OfferFileReader", "SKU %1 and SKU %2 are both the on-demand Linux price of %3")
                               .arg(seenTypes.value(t->type), sku, t->type)};
        seenTypes.insert(t->type, sku);
        result.instanceTypes.append(*t);
    }
    return std::nullopt;
}

} // namespace

std::optional<OfferImport> OfferFileReader::readFile(const QString& path, const PriceListMapping& mapping,
                                                     LoadError* error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    // Unbuffered: the reader reads large blocks itself; Qt's buffer would only copy them.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = {path, {}, QCoreApplication::translate("OfferFileReader", "cannot be read: %1").arg(file.errorString())};
        return std::nullopt;
    }
    std::optional<OfferImport> result = read(file, path, mapping, error);
    if (result)
        result->fileName = name;
    return result;
}

std::optional<OfferImport> OfferFileReader::read(QIODevice& device, const QString& fileName,
                                                 const PriceListMapping& mapping, LoadError* error)
{
    OfferImport result;
    result.fileName = fileName;
    auto failed = [&](const Failure& failure) -> std::optional<OfferImport> {
        if (error)
            *error = {fileName, failure.where, failure.message};
        return std::nullopt;
    };

    OfferHandler handler(mapping, result);
    if (std::optional<Failure> failure = parsePass(device, handler, result))
        return failed(*failure);
    if (result.offerCode.isEmpty())
        return failed({QStringLiteral("$"), QCoreApplication::translate("OfferFileReader", "not an AWS Price List offer file: it has no \"offerCode\"")});
    if (handler.needsTermsPass()) {
        // "terms" came before "products": read the terms again once the products are known.
        if (device.isSequential() || !device.seek(0))
            return failed({QStringLiteral("$.terms"),
                           QCoreApplication::translate("OfferFileReader", "the terms come before the products and the input cannot be read twice")});
        handler.startTermsPass();
        if (std::optional<Failure> failure = parsePass(device, handler, result))
            return failed(*failure);
    }
    if (std::optional<Failure> failure = collectProducts(handler, result))
        return failed(*failure);
    if (result.prices.isEmpty() && result.instanceTypes.isEmpty())
        return failed({QStringLiteral("$.products"),
                       QCoreApplication::translate("OfferFileReader", "no usable product: none of its %1 products is an on-demand price we map for %2")
                           .arg(result.products)
                           .arg(result.offerCode)});
    std::sort(result.prices.begin(), result.prices.end(), [](const Price& a, const Price& b) { return a.key < b.key; });
    std::sort(result.instanceTypes.begin(), result.instanceTypes.end(),
              [](const InstanceType& a, const InstanceType& b) { return a.type < b.type; });
    if (error)
        *error = {};
    return result;
}
