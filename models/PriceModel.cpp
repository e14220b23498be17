#include "PriceModel.h"

#include <QCoreApplication>

#include <cmath>

PriceModel::PriceModel(const PriceBook* book, Language language, QObject* parent)
    : QAbstractTableModel(parent)
    , m_book(book)
    , m_language(language)
{
    rebuildKeys();
}

void PriceModel::rebuildKeys()
{
    m_keys.clear();
    if (m_filtered) {
        m_keys = m_filter;
    } else if (m_book) {
        for (const Price& p : m_book->prices)
            m_keys.append(p.key);
    }
}

void PriceModel::setPriceBook(const PriceBook* book)
{
    beginResetModel();
    m_book = book;
    rebuildKeys();
    endResetModel();
}

void PriceModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void PriceModel::setKeyFilter(const QStringList& keys)
{
    beginResetModel();
    m_filtered = true;
    m_filter = keys;
    m_filter.removeDuplicates();
    rebuildKeys();
    endResetModel();
}

void PriceModel::clearKeyFilter()
{
    beginResetModel();
    m_filtered = false;
    m_filter.clear();
    rebuildKeys();
    endResetModel();
}

QString PriceModel::formatUsd(double usd, const QLocale& locale)
{
    // Ten decimals hold every published rate (0.0000166667 USD per GB-second); the zeros
    // after the last significant digit go, but two decimals stay, as money reads.
    QString text = locale.toString(usd, 'f', 10);
    const QString point = locale.decimalPoint();
    const qsizetype dot = text.indexOf(point);
    if (dot < 0)
        return text;
    qsizetype end = text.size();
    while (end > dot + point.size() + 2 && text.at(end - 1) == locale.zeroDigit().at(0))
        --end;
    text.truncate(end);
    return text;
}

int PriceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.size());
}

int PriceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PriceModel::unitText(const QString& unit)
{
    struct Unit
    {
        const char* id;
        const char* text;
    };
    // The units of resources/FORMAT.md.
    static const Unit units[] = {
        {"USD/hour", QT_TRANSLATE_NOOP("PriceModel", "USD/hour")},
        {"USD/month", QT_TRANSLATE_NOOP("PriceModel", "USD/month")},
        {"USD/vCPU-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/vCPU-hour")},
        {"USD/GB-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/GB-hour")},
        {"USD/GB-month", QT_TRANSLATE_NOOP("PriceModel", "USD/GB-month")},
        {"USD/GB-second", QT_TRANSLATE_NOOP("PriceModel", "USD/GB-second")},
        {"USD/request", QT_TRANSLATE_NOOP("PriceModel", "USD/request")},
        {"USD/image", QT_TRANSLATE_NOOP("PriceModel", "USD/image")},
        {"USD/scan", QT_TRANSLATE_NOOP("PriceModel", "USD/scan")},
        {"USD/instance-month", QT_TRANSLATE_NOOP("PriceModel", "USD/instance-month")},
        {"USD/vCPU-month", QT_TRANSLATE_NOOP("PriceModel", "USD/vCPU-month")},
        {"USD/cluster-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/cluster-hour")},
        {"USD/instance-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/instance-hour")},
        {"USD/4vCPU-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/4vCPU-hour")},
        {"USD/million-requests", QT_TRANSLATE_NOOP("PriceModel", "USD/million-requests")},
        {"USD/million-events", QT_TRANSLATE_NOOP("PriceModel", "USD/million-events")},
        {"USD/web-acl-month", QT_TRANSLATE_NOOP("PriceModel", "USD/web-acl-month")},
        {"USD/rule-month", QT_TRANSLATE_NOOP("PriceModel", "USD/rule-month")},
        {"USD/endpoint-hour", QT_TRANSLATE_NOOP("PriceModel", "USD/endpoint-hour")},
        {"USD/IOPS-month", QT_TRANSLATE_NOOP("PriceModel", "USD/IOPS-month")},
    };
    for (const Unit& u : units)
        if (unit == QLatin1String(u.id))
            return QCoreApplication::translate("PriceModel", u.text);
    return unit;
}

namespace {

bool isEstimate(const Price* price)
{
    return price && price->confidence == Confidence::Estimate;
}

// What a cell shows (DisplayRole) or holds (RawValueRole, raw): a price the book lacks is
// "unknown", never zero.
QVariant cellValue(PriceModel::Column column, const QString& key, const Price* price, bool raw)
{
    const bool estimate = isEstimate(price);
    switch (column) {
    case PriceModel::KeyColumn:
        return key;
    case PriceModel::ValueColumn:
        if (!price)
            return raw ? QVariant() : QVariant(PriceModel::tr("unknown"));
        return raw ? QVariant(price->usd) : QVariant(PriceModel::formatUsd(price->usd));
    case PriceModel::UnitColumn:
        if (!price)
            return QString();
        return raw ? price->unit : PriceModel::unitText(price->unit);
    case PriceModel::SourceColumn:
        return price ? price->source : QString();
    case PriceModel::DateColumn:
        return price ? price->asOf : QString();
    case PriceModel::ConfidenceColumn:
        if (!price)
            return raw ? QVariant() : QVariant(PriceModel::tr("no published price"));
        if (raw)
            return estimate ? QStringLiteral("estimate") : QStringLiteral("confirmed");
        return (estimate ? PriceModel::tr("Estimate (%1)") : PriceModel::tr("Confirmed (%1)")).arg(price->grade);
    case PriceModel::ColumnCount:
        break;
    }
    return {};
}

// Why a price is unknown, its note, its source's title and address, what its confidence means.
QVariant cellToolTip(PriceModel::Column column, const PriceBook* book, const Price* price,
                     const PriceSource* source, Language language)
{
    const bool estimate = isEstimate(price);
    switch (column) {
    case PriceModel::KeyColumn:
    case PriceModel::ValueColumn:
        if (!price)
            return PriceModel::tr("No source gives this price for %1: it is shown as unknown, never as zero.")
                .arg(book ? book->regionName.text(language) : QString());
        return price->note.isEmpty() ? QVariant() : QVariant(price->note.text(language));
    case PriceModel::SourceColumn:
        if (!source)
            return {};
        return source->url.isEmpty() ? source->title : source->title + QLatin1Char('\n') + source->url;
    case PriceModel::ConfidenceColumn:
        if (!price)
            return {};
        return estimate ? PriceModel::tr("An estimate: no primary source confirms this price.")
                        : PriceModel::tr("Confirmed by a published source.");
    default:
        return {};
    }
}

} // namespace

QVariant PriceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& key = m_keys.at(index.row());
    const Price* price = m_book ? m_book->price(key) : nullptr;
    const PriceSource* source = price && m_book ? m_book->source(price->source) : nullptr;

    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case KeyRole:
        return key;
    case KnownRole:
        return price != nullptr;
    case EstimateRole:
        return isEstimate(price);
    case SourceUrlRole:
        return source ? source->url : QString();
    case Qt::DisplayRole:
    case RawValueRole:
        return cellValue(column, key, price, role == RawValueRole);
    case Qt::ToolTipRole:
        return cellToolTip(column, m_book, price, source, m_language);
    case Qt::TextAlignmentRole:
        if (column == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PriceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case KeyColumn:
        return tr("Price");
    case ValueColumn:
        return tr("USD");
    case UnitColumn:
        return tr("Unit");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("As of");
    case ConfidenceColumn:
        return tr("Confidence");
    case ColumnCount:
        break;
    }
    return {};
}
