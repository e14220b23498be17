#include "EntryDetailView.h"

#include "CatalogModel.h"
#include "ComparisonText.h"
#include "Money.h"
#include "PriceModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

struct KeyName
{
    const char* key;
    const char* name;
};

const KeyName capabilityNames[] = {
    {"runtimes", QT_TRANSLATE_NOOP("EntryDetailView", "Runs on")},
    {"orchestrator", QT_TRANSLATE_NOOP("EntryDetailView", "Orchestrator")},
    {"managedControlPlane", QT_TRANSLATE_NOOP("EntryDetailView", "Managed control plane")},
    {"gpu", QT_TRANSLATE_NOOP("EntryDetailView", "GPU")},
    {"portableBeyondAws", QT_TRANSLATE_NOOP("EntryDetailView", "Portable beyond AWS")},
    {"pullsFromEcr", QT_TRANSLATE_NOOP("EntryDetailView", "Pulls images from ECR")},
    {"availableToNewCustomers", QT_TRANSLATE_NOOP("EntryDetailView", "Open to new customers")},
    {"successor", QT_TRANSLATE_NOOP("EntryDetailView", "Successor")},
    {"maxRunMinutes", QT_TRANSLATE_NOOP("EntryDetailView", "Longest run (minutes)")},
    {"storage", QT_TRANSLATE_NOOP("EntryDetailView", "Storage it can mount")},
    {"storageOn", QT_TRANSLATE_NOOP("EntryDetailView", "Storage it can mount, by runtime")},
    {"pricing", QT_TRANSLATE_NOOP("EntryDetailView", "Pricing")},
    {"runtime", QT_TRANSLATE_NOOP("EntryDetailView", "Runtime")},
    {"arch", QT_TRANSLATE_NOOP("EntryDetailView", "Architectures")},
    {"serverless", QT_TRANSLATE_NOOP("EntryDetailView", "Serverless")},
    {"spot", QT_TRANSLATE_NOOP("EntryDetailView", "Spot capacity")},
    {"onPremises", QT_TRANSLATE_NOOP("EntryDetailView", "On premises")},
    {"services", QT_TRANSLATE_NOOP("EntryDetailView", "Services")},
    {"kind", QT_TRANSLATE_NOOP("EntryDetailView", "Kind")},
    {"multiAz", QT_TRANSLATE_NOOP("EntryDetailView", "Multi-AZ")},
    {"sharedAcrossHosts", QT_TRANSLATE_NOOP("EntryDetailView", "Shared across hosts")},
    {"mountFrom", QT_TRANSLATE_NOOP("EntryDetailView", "Mounts from")},
    {"access", QT_TRANSLATE_NOOP("EntryDetailView", "Access")},
    {"containerSpecific", QT_TRANSLATE_NOOP("EntryDetailView", "Container-specific")},
    {"appliesTo", QT_TRANSLATE_NOOP("EntryDetailView", "Applies to")},
    {"appliesToServices", QT_TRANSLATE_NOOP("EntryDetailView", "Services that choose where they run")},
    {"billing", QT_TRANSLATE_NOOP("EntryDetailView", "Billed")},
    {"detects", QT_TRANSLATE_NOOP("EntryDetailView", "Detects")},
    {"notifies", QT_TRANSLATE_NOOP("EntryDetailView", "Notifies through")},
    {"layer", QT_TRANSLATE_NOOP("EntryDetailView", "Layer")},
    {"targets", QT_TRANSLATE_NOOP("EntryDetailView", "Targets")},
    {"vendor", QT_TRANSLATE_NOOP("EntryDetailView", "Vendor")},
    {"openSource", QT_TRANSLATE_NOOP("EntryDetailView", "Open source")},
    {"language", QT_TRANSLATE_NOOP("EntryDetailView", "Language")},
};

QString valueText(const QJsonValue& value, Language language)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? EntryDetailView::tr("yes") : EntryDetailView::tr("no");
    case QJsonValue::Double: return QLocale().toString(value.toDouble(), 'g', 8);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << valueText(v, language);
        return parts.isEmpty() ? EntryDetailView::tr("none") : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("en")))
            return language == Language::Japanese && o.contains(QStringLiteral("ja")) ? o.value(QStringLiteral("ja")).toString()
                                                                                     : o.value(QStringLiteral("en")).toString();
        return {};
    }
    default: return {};
    }
}

QString factList(const QList<Fact>& facts, Language language, const QString& mark)
{
    QString html = QStringLiteral("<ul>");
    for (const Fact& f : facts) {
        html += QStringLiteral("<li>") + mark + esc(f.text.text(language));
        if (f.slide > 0)
            html += QStringLiteral(" <span style='color:gray'>(") + EntryDetailView::tr("slide %1").arg(f.slide) + QStringLiteral(")</span>");
        else if (!f.source.isEmpty())
            html += QStringLiteral(" <span style='color:gray'>(<a href='%1'>%2</a>)</span>")
                        .arg(esc(f.source), EntryDetailView::tr("source, read %1").arg(esc(f.asOf)));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString priceRow(const Price& p, const PriceBook& book, const QString& what)
{
    const PriceSource* source = book.source(p.source);
    QString sourceText = source ? esc(source->title.isEmpty() ? source->id : source->title) : esc(p.source);
    if (source && !source->url.isEmpty())
        sourceText = QStringLiteral("<a href='%1'>%2</a>").arg(esc(source->url), sourceText);
    const bool estimate = p.confidence == Confidence::Estimate;
    return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b> %3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
        .arg(esc(what), QString::number(p.usd, 'g', 8), esc(PriceModel::unitText(p.unit)), sourceText, esc(p.asOf),
             (estimate ? QStringLiteral("⚠ ") + EntryDetailView::tr("estimate") : EntryDetailView::tr("confirmed"))
                 + (p.grade.isEmpty() ? QString() : QStringLiteral(" (") + esc(p.grade) + QLatin1Char(')')));
}

} // namespace

EntryDetailView::EntryDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setAccessibleName(tr("Details of the selected entry"));
    setPlaceholderText(tr("Select an entry to see its details."));
}

QString EntryDetailView::capabilityName(const QString& key)
{
    for (const KeyName& k : capabilityNames)
        if (key == QLatin1String(k.key))
            return tr(k.name);
    return key;
}

void EntryDetailView::showEntry(const CatalogEntry* entry, CatalogKind kind, const Catalog& catalog,
                                const PriceBook* book, Language language)
{
    if (!entry) {
        clear();
        return;
    }
    setHtml(html(*entry, kind, catalog, book, language));
}

QString EntryDetailView::html(const CatalogEntry& e, CatalogKind kind, const Catalog& catalog, const PriceBook* book,
                              Language language)
{
    QString h = headingHtml(e, language);
    if (!e.facts.isEmpty())
        h += QStringLiteral("<h3>") + tr("What the deck says") + QStringLiteral("</h3>") + factList(e.facts, language, QString());
    if (!e.cautions.isEmpty())
        h += QStringLiteral("<h3>") + tr("Cautions") + QStringLiteral("</h3>")
             + factList(e.cautions, language, QStringLiteral("⚠ "));
    if (!e.capabilities.isEmpty() && kind != CatalogKind::Concepts)
        h += capabilitiesHtml(e, catalog, language);
    if (!e.ratings.isEmpty())
        h += ratingsHtml(e, catalog, language);
    if (e.hostReservation && !e.hostReservation->why.isEmpty())
        h += QStringLiteral("<h3>") + tr("What each host keeps back") + QStringLiteral("</h3><p>")
             + esc(e.hostReservation->why.text(language)) + QStringLiteral("</p>");
    if (kind != CatalogKind::Concepts && kind != CatalogKind::Iac)
        h += pricesHtml(e, kind, book, language);
    if (!e.docUrl.isEmpty())
        h += QStringLiteral("<p><a href='%1'>%2</a> <span style='color:gray'>%1</span></p>").arg(esc(e.docUrl), tr("Documentation"));
    return h;
}

// The name in the language, the other language's name under it when it differs, and what it is.
QString EntryDetailView::headingHtml(const CatalogEntry& e, Language language)
{
    QString h = QStringLiteral("<h2 style='margin-bottom:0'>") + esc(e.name.text(language)) + QStringLiteral("</h2>");
    const Language other = language == Language::Japanese ? Language::English : Language::Japanese;
    if (e.name.text(other) != e.name.text(language))
        h += QStringLiteral("<p style='margin-top:0;color:gray'>") + esc(e.name.text(other)) + QStringLiteral("</p>");
    return h + QStringLiteral("<p>") + esc(e.description.text(language)) + QStringLiteral("</p>");
}

QString EntryDetailView::capabilitiesHtml(const CatalogEntry& e, const Catalog& catalog, Language language)
{
    QString h = QStringLiteral("<h3>") + tr("Capabilities") + QStringLiteral("</h3><table cellspacing='0' cellpadding='3'>");
    for (auto it = e.capabilities.constBegin(); it != e.capabilities.constEnd(); ++it)
        h += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>")
                 .arg(esc(capabilityName(it.key())), esc(capabilityValue(catalog, it.key(), it.value(), language)));
    return h + QStringLiteral("</table>");
}

QString EntryDetailView::capabilityValue(const Catalog& catalog, const QString& key, const QJsonValue& value,
                                         Language language)
{
    // Ids become names ("ecs-anywhere" → "ECS Anywhere", "underlying" → what it means).
    const QString named = CatalogModel::capabilityText(catalog, key, value, language);
    return named.isEmpty() ? valueText(value, language) : named;
}

QString EntryDetailView::ratingsHtml(const CatalogEntry& e, const Catalog& catalog, Language language)
{
    QString h = QStringLiteral("<h3>") + tr("How it rates") + QStringLiteral("</h3><table cellspacing='0' cellpadding='3'>");
    for (const Criterion& c : catalog.criteria()) {
        if (!e.ratings.contains(c.id))
            continue;
        const Rating r = e.ratings.value(c.id);
        h += QStringLiteral("<tr><td>%1</td><td><b>%2</b>/4</td><td>%3</td></tr>")
                 .arg(esc(c.name.text(language)))
                 .arg(r.score)
                 .arg(esc(r.why.text(language)));
    }
    return h + QStringLiteral("</table>");
}

QString EntryDetailView::pricesHtml(const CatalogEntry& e, CatalogKind kind, const PriceBook* book, Language language)
{
    QString h = QStringLiteral("<h3>") + (book ? tr("Prices in %1").arg(esc(book->regionName.text(language)))
                                                : tr("Prices"))
                + QStringLiteral("</h3>");
    const QString rows = book ? priceRows(e, *book) : QString();
    const QString billing = e.capabilities.value(QStringLiteral("billing")).toString();
    if (rows.isEmpty() && billing == u"free")
        h += QStringLiteral("<p>") + tr("Free.") + QStringLiteral("</p>");
    else if (rows.isEmpty() && (kind == CatalogKind::Services || kind == CatalogKind::Runtimes))
        h += QStringLiteral("<p>") + tr("Priced as what it runs on (see the Compare page).") + QStringLiteral("</p>");
    else if (rows.isEmpty())
        h += QStringLiteral("<p>") + tr("No price for this in the region's price book: shown as unknown.")
             + QStringLiteral("</p>");
    else
        h += QStringLiteral("<table cellspacing='0' cellpadding='3'><tr><th align='left'>%1</th><th align='right'>%2</th>"
                            "<th align='left'>%3</th><th align='left'>%4</th><th align='left'>%5</th></tr>")
                 .arg(tr("What"), tr("USD"), tr("Source"), tr("As of"), tr("Confidence"))
             + rows + QStringLiteral("</table>");
    return h;
}

// The entry's prices in the book; for EC2 the large instance types of its architectures, for
// Lightsail its plans.
QString EntryDetailView::priceRows(const CatalogEntry& e, const PriceBook& book)
{
    QString rows;
    for (const QString& key : e.priceKeys)
        if (const Price* p = book.price(key))
            rows += priceRow(*p, book, ComparisonText::priceItem(key));
        else
            rows += QStringLiteral("<tr><td>%1</td><td colspan='4'>%2</td></tr>")
                        .arg(esc(ComparisonText::priceItem(key)), tr("unknown: no published price here"));
    if (e.capabilities.value(QStringLiteral("runtime")).toString() == u"ec2") {
        const QJsonArray archs = e.capabilities.value(QStringLiteral("arch")).toArray();
        int shown = 0;
        for (const InstanceType& t : book.instanceTypes) {
            if (!archs.contains(QJsonValue(t.arch)) || t.gpus > 0 || shown >= 12)
                continue;
            if (t.size() != u"large")
                continue;
            rows += priceRow(t.onDemand, book,
                             tr("%1 (%2 vCPU, %3 GiB)").arg(t.type, QLocale().toString(t.vcpu), QLocale().toString(t.memoryGiB)));
            ++shown;
        }
    }
    if (e.id == u"lightsail")
        for (const LightsailPower& p : book.lightsailPowers)
            rows += priceRow(p.monthly, book,
                             tr("%1 (%2 vCPU, %3 GiB)").arg(p.id, QLocale().toString(p.vcpu), QLocale().toString(p.memoryGiB)));
    return rows;
}
