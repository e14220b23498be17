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

QVariant ComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OptionResult& o = m_comparison.options.at(index.row());
    const int column = index.column();
    const bool cheapest = index.row() == m_cheapest;

    // The cell's USD amount, and whether every line item in it is known / any is an estimate.
    double usd = 0;
    bool known = true;
    bool estimate = false;
    bool any = false;
    if (const auto kind = kindOfColumn(column)) {
        for (const LineItem& item : o.lineItems) {
            if (item.kind != *kind)
                continue;
            any = true;
            known = known && item.known;
            estimate = estimate || item.estimate;
            if (item.known)
                usd += item.monthlyUsd;
        }
    } else if (column == TotalColumn || column == TotalUsdColumn) {
        usd = o.monthlyUsd();
        known = o.complete() && o.available;
        estimate = o.hasEstimate();
        any = true;
    }

    switch (role) {
    case Qt::DisplayRole:
        if (column == OptionColumn)
            return cheapest ? tr("%1 ★").arg(o.label)
                   : o.fits() ? o.label
                              : tr("%1 %2 cannot run").arg(o.label, noteMark(NoteLevel::Unavailable));
        if (!o.available)
            return column == TotalColumn ? tr("not available") : QString();
        if (!any)
            return QStringLiteral("–");
        if (!known)
            return usd > 0 ? tr("%1 + unknown").arg(column == TotalUsdColumn ? Money::formatUsd(usd)
                                                                             : Money::format(usd, m_currency))
                           : tr("unknown");
        return column == TotalUsdColumn ? Money::formatUsd(usd) : Money::format(usd, m_currency);
    case RawValueRole:
        if (column == OptionColumn)
            return o.label;
        return usd;
    case DisplayAmountRole:
        if (column == OptionColumn)
            return {};
        return column == TotalUsdColumn ? Money::toDisplay(usd, CurrencySettings{}) : Money::toDisplay(usd, m_currency);
    case KnownRole:
        return known && o.available;
    case EstimateRole:
        return estimate;
    case CheapestRole:
        return cheapest;
    case OptionIdRole:
        return o.id;
    case FitRole:
        return int(o.fitStatus());
    case ReasonsRole:
        return o.reasons;
    case NotesRole: {
        QStringList notes;
        for (const Note& n : o.notes)
            notes << n.text;
        return notes;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (const auto kind = kindOfColumn(column)) {
            for (const LineItem& item : o.lineItems)
                if (item.kind == *kind)
                    lines << (item.known ? item.label + QStringLiteral(" = ") + Money::formatUsd(item.monthlyUsd)
                                         : item.label + QStringLiteral(" = ") + tr("unknown"))
                                 + (item.estimate ? QStringLiteral(" ") + tr("(estimate)") : QString());
        } else if (column == OptionColumn && !o.reasons.isEmpty()) {
            lines << fitName(o.fit) + QLatin1Char(':');
            for (const QString& r : o.reasons)
                lines << QStringLiteral("• ") + r;
        } else {
            for (const Note& n : o.notes)
                lines << n.text;
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
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
        if (!o.available || !o.fits() || (column != OptionColumn && !known))
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
