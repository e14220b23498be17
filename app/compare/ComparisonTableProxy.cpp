#include "ComparisonTableProxy.h"

#include "ComparisonModel.h"
#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

ComparisonTableProxy::ComparisonTableProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{
}

void ComparisonTableProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QIdentityProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ComparisonTableProxy::findCheapest);
        connect(model, &QAbstractItemModel::dataChanged, this, &ComparisonTableProxy::findCheapest);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ComparisonTableProxy::findCheapest);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ComparisonTableProxy::findCheapest);
    }
    findCheapest();
}

void ComparisonTableProxy::findCheapest()
{
    m_cheapestRow = -1;
    if (!sourceModel())
        return;
    for (int row = 0; row < sourceModel()->rowCount() && m_cheapestRow < 0; ++row)
        if (sourceModel()->index(row, 0).data(ComparisonModel::CheapestRole).toBool())
            m_cheapestRow = row;
}

QVariant ComparisonTableProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool labelColumn = index.column() == ComparisonModel::OptionColumn;
    const auto cheapest = [&] { return mapToSource(index).row() == m_cheapestRow; };
    switch (role) {
    case Qt::FontRole:
        return font(index, cheapest());
    case Qt::TextAlignmentRole:
        return labelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (const QVariant icon = decoration(index, cheapest()); icon.isValid())
            return icon;
        break;
    case Qt::ForegroundRole:
        if (labelColumn && cheapest())
            return Theme::good();
        break;
    case Qt::ToolTipRole:
        return toolTip(index, cheapest());
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

// Tabular figures line the digits up; the cheapest option's label and totals are bold.
QFont ComparisonTableProxy::font(const QModelIndex& index, bool cheapest) const
{
    const bool labelColumn = index.column() == ComparisonModel::OptionColumn;
    QFont font = QApplication::font();
    if (!labelColumn)
        font.setStyleHint(QFont::Monospace);
    if (cheapest && (labelColumn || index.column() == ComparisonModel::TotalColumn
                     || index.column() == ComparisonModel::TotalUsdColumn))
        font.setBold(true);
    return font;
}

// A star on the cheapest option's label; on an amount, a mark for an unknown or estimated price.
QVariant ComparisonTableProxy::decoration(const QModelIndex& index, bool cheapest) const
{
    const QModelIndex source = mapToSource(index);
    if (index.column() == ComparisonModel::OptionColumn)
        return cheapest ? QVariant(Theme::icon(QStringLiteral("cheapest"))) : QVariant();
    if (!source.data(ComparisonModel::KnownRole).toBool())
        return Theme::icon(QStringLiteral("unknown"));
    if (source.data(ComparisonModel::EstimateRole).toBool())
        return Theme::icon(QStringLiteral("estimate"));
    return {};
}

// The label's tooltip: the option, whether it is the cheapest, and its notes; an amount's: the
// source's tooltip and what is unknown or estimated in it.
QString ComparisonTableProxy::toolTip(const QModelIndex& index, bool cheapest) const
{
    const QModelIndex source = mapToSource(index);
    QStringList lines;
    if (index.column() == ComparisonModel::OptionColumn) {
        lines << source.data(Qt::DisplayRole).toString();
        if (cheapest)
            lines << tr("The cheapest complete option");
        for (const QString& note : source.data(ComparisonModel::NotesRole).toStringList())
            lines << QStringLiteral("• ") + note;
    } else {
        const QVariant base = QIdentityProxyModel::data(index, Qt::ToolTipRole);
        if (base.isValid())
            lines << base.toString();
        if (!source.data(ComparisonModel::KnownRole).toBool())
            lines << tr("A price here is unknown: it is left out of the sum, never counted as 0");
        if (source.data(ComparisonModel::EstimateRole).toBool())
            lines << tr("Includes an estimated price");
    }
    return lines.join(QLatin1Char('\n'));
}
