#pragma once

#include "PriceBook.h"

#include <QAbstractTableModel>
#include <QLocale>

// The prices of one region as a table: key, value, unit, source, date and confidence. It
// shows every price of the book, or only the keys asked for (the prices of one catalog
// entry), where a key the book lacks is a row of its own marked unknown, never zero.
class PriceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceModel)

public:
    enum Column { KeyColumn, ValueColumn, UnitColumn, SourceColumn, DateColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole, // per column: key, double USD (invalid when unknown), unit,
                                     // source id, date, "confirmed"/"estimate"
        KeyRole,                     // QString: the row's price key, in every column
        KnownRole,                   // bool: the book has this price
        EstimateRole,                // bool: the price is an estimate
        SourceUrlRole,               // QString: the source's address, in every column
    };

    explicit PriceModel(const PriceBook* book = nullptr, Language language = Language::English,
                        QObject* parent = nullptr);

    const PriceBook* priceBook() const { return m_book; }
    void setPriceBook(const PriceBook* book);
    Language language() const { return m_language; }
    void setLanguage(Language language);   // notes are in the catalog's languages
    // Only these keys, in this order.
    void setKeyFilter(const QStringList& keys);
    void clearKeyFilter();
    bool isFiltered() const { return m_filtered; }
    QStringList keys() const { return m_keys; }

    // A price as written in the book: never in exponent form, at least two decimals
    // ("0.10", "0.05056", "0.0000166667").
    static QString formatUsd(double usd, const QLocale& locale = QLocale());
    // A price book's unit as the window shows it, in the installed language ("USD/GB-month" →
    // "USD/GB-月"); a unit it does not know as written. Files and exports keep the raw unit.
    static QString unitText(const QString& unit);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildKeys();

    const PriceBook* m_book;
    Language m_language;
    bool m_filtered = false;
    QStringList m_filter;
    QStringList m_keys;           // the rows
};
