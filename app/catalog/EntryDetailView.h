#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QTextBrowser>

// The selected catalog entry in full: names in both languages, what it is, the deck's facts
// and cautions, capabilities, prices in the current region with source, date and
// confidence, and the documentation link.
class EntryDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDetailView)

public:
    explicit EntryDetailView(QWidget* parent = nullptr);

    // entry may be null (nothing selected); book may be null (no prices for the region).
    void showEntry(const CatalogEntry* entry, CatalogKind kind, const Catalog& catalog, const PriceBook* book,
                   Language language);
    // The same as HTML, for reuse (report, tests).
    static QString html(const CatalogEntry& entry, CatalogKind kind, const Catalog& catalog, const PriceBook* book,
                        Language language);
    // A capability key as a person reads it ("managedControlPlane" → "Managed control plane").
    static QString capabilityName(const QString& key);
    // A capability's value as the pane shows it: ids by their names, enumerations by what they
    // mean, booleans as yes or no, numbers in the locale.
    static QString capabilityValue(const Catalog& catalog, const QString& key, const QJsonValue& value,
                                   Language language);

private:
    // The pane's sections, top to bottom.
    static QString headingHtml(const CatalogEntry& entry, Language language);
    static QString capabilitiesHtml(const CatalogEntry& entry, const Catalog& catalog, Language language);
    static QString ratingsHtml(const CatalogEntry& entry, const Catalog& catalog, Language language);
    static QString pricesHtml(const CatalogEntry& entry, CatalogKind kind, const PriceBook* book, Language language);
    static QString priceRows(const CatalogEntry& entry, const PriceBook& book);
};
