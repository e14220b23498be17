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
};
