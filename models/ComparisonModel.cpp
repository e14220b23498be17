#include "ComparisonModel.h"

#include "Money.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

ComparisonModel::ComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(const Comparison& comparison, const CurrencySettings& currency)
{
    const auto ids = [](const Comparison& c) {
        QStringList list;
        for (const OptionResult& o : c.options)
            list << o.id;
        return list;
    };
    const bool sameRows = ids(comparison) == ids(m_comparison);
    if (!sameRows)
        beginResetModel();
    m_comparison = comparison;
    m_currency = currency;
    m_cheapest = m_comparison.cheapestIndex();
    if (!sameRows) {
        endResetModel();
    } else if (!m_comparison.options.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    // The currency shows in the total column's title.
    emit headerDataChanged(Qt::Horizontal, TotalColumn, TotalColumn);
}

std::optional<LineKind> ComparisonModel::kindOfColumn(int column)
{
    if (column < ComputeColumn || column > RequestsColumn)
        return std::nullopt;
    return static_cast<LineKind>(column - ComputeColumn);
}

int ComparisonModel::columnOfKind(LineKind kind)
{
    return ComputeColumn + static_cast<int>(kind);
}

int ComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_comparison.options.size());
}

int ComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The cell's USD amount, and whether every line item in it is known / any is an estimate.
struct CellAmount
{
    double usd = 0;
    bool known = true;
    bool estimate = false;
    bool any = false;
};

CellAmount cellAmount(const OptionResult& o, int column)
{
    CellAmount cell;
    if (const auto kind = ComparisonModel::kindOfColumn(column)) {
        for (const LineItem& item : o.lineItems) {
            if (item.kind != *kind)
                continue;
            cell.any = true;
            cell.known = cell.known && item.known;
            cell.estimate = cell.estimate || item.estimate;
            if (item.known)
                cell.usd += item.monthlyUsd;
        }
    } else if (column == ComparisonModel::TotalColumn || column == ComparisonModel::TotalUsdColumn) {
        cell.usd = o.monthlyUsd();
        cell.known = o.complete() && o.available;
        cell.estimate = o.hasEstimate();
        cell.any = true;
    }
    return cell;
}

// The option's name (the cheapest starred, one that cannot run marked), or the cell's money.
QString displayText(const OptionResult& o, int column, const CellAmount& cell, bool cheapest,
                    const CurrencySettings& currency)
{
    if (column == ComparisonModel::OptionColumn)
        return cheapest ? ComparisonModel::tr("%1 ★").arg(o.label)
               : o.fits() ? o.label
                          : ComparisonModel::tr("%1 %2 cannot run").arg(o.label, noteMark(NoteLevel::Unavailable));
    if (!o.available)
        return column == ComparisonModel::TotalColumn ? ComparisonModel::tr("not available") : QString();
    if (!cell.any)
        return QStringLiteral("–");
    const bool inUsd = column == ComparisonModel::TotalUsdColumn;
    if (!cell.known)
        return cell.usd > 0 ? ComparisonModel::tr("%1 + unknown").arg(inUsd ? Money::formatUsd(cell.usd)
                                                                             : Money::format(cell.usd, currency))
                            : ComparisonModel::tr("unknown");
    return inUsd ? Money::formatUsd(cell.usd) : Money::format(cell.usd, currency);
}

// A charge column lists its line items; the option column why it cannot run (or what was
// changed); the totals the option's notes.
QVariant toolTip(const OptionResult& o, int column)
{
    QStringList lines;
    if (const auto kind = ComparisonModel::kindOfColumn(column)) {
        for (const LineItem& item : o.lineItems)
            if (item.kind == *kind)
                lines << (item.known ? item.label + QStringLiteral(" = ") + Money::formatUsd(item.monthlyUsd)
                                     : item.label + QStringLiteral(" = ") + ComparisonModel::tr("unknown"))
                             + (item.estimate ? QStringLiteral(" ") + ComparisonModel::tr("(estimate)") : QString());
    } else if (column == ComparisonModel::OptionColumn && !o.reasons.isEmpty()) {
        lines << fitName(o.fit) + QLatin1Char(':');
        for (const QString& r : o.reasons)
            lines << QStringLiteral("• ") + r;
    } else {
        for (const Note& n : o.notes)
            lines << n.text;
    }
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

QStringList noteTexts(const OptionResult& o)
{
    QStringList notes;
    for (const Note& n : o.notes)
        notes << n.text;
    return notes;
}

} // namespace

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OptionResult& o = m_comparison.options.at(index.row());
    const int column = index.column();
    const bool cheapest = index.row() == m_cheapest;
    const CellAmount cell = cellAmount(o, column);

    switch (role) {
    case Qt::DisplayRole:
        return displayText(o, column, cell, cheapest, m_currency);
    case RawValueRole:
        if (column == OptionColumn)
            return o.label;
        return cell.usd;
    case DisplayAmountRole:
        if (column == OptionColumn)
            return {};
        return column == TotalUsdColumn ? Money::toDisplay(cell.usd, CurrencySettings{})
                                        : Money::toDisplay(cell.usd, m_currency);
    case KnownRole:
        return cell.known && o.available;
    case EstimateRole:
        return cell.estimate;
    case CheapestRole:
        return cheapest;
    case OptionIdRole:
        return o.id;
    case FitRole:
        return int(o.fitStatus());
    case ReasonsRole:
        return o.reasons;
    case NotesRole:
        return noteTexts(o);
    case Qt::ToolTipRole:
        return toolTip(o, column);
    case Qt::TextAlignmentRole:
        return column == OptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cheapest || column == TotalColumn) {
            QFont font;
            font.setBold(cheapest);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!o.available || !o.fits() || (column != OptionColumn && !cell.known))
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == OptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (const auto kind = kindOfColumn(section))
        return lineKindName(*kind);
    switch (section) {
    case OptionColumn: return tr("Option");
    case TotalColumn: return tr("Total (%1/month)").arg(m_currency.code);
    case TotalUsdColumn: return tr("Total (USD/month)");
    default: return {};
    }
}
