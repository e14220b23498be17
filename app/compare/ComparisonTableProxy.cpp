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
    switch (role) {
    case Qt::FontRole:
    case Qt::TextAlignmentRole:
    case Qt::DecorationRole:
    case Qt::ForegroundRole:
    case Qt::ToolTipRole:
        break;
    default:
        return QIdentityProxyModel::data(index, role);
    }
    const QModelIndex source = mapToSource(index);
    const bool cheapest = source.row() == m_cheapestRow;
    const bool labelColumn = index.column() == ComparisonModel::OptionColumn;
    const bool needsFlags = role == Qt::DecorationRole || role == Qt::ToolTipRole;
    const bool known = !needsFlags || source.data(ComparisonModel::KnownRole).toBool();
    const bool estimate = needsFlags && source.data(ComparisonModel::EstimateRole).toBool();

    switch (role) {
    case Qt::FontRole: {
        QFont font = QApplication::font();
        if (!labelColumn)
            font.setStyleHint(QFont::Monospace); // tabular figures line the digits up
        if (cheapest && (labelColumn || index.column() == ComparisonModel::TotalColumn
                         || index.column() == ComparisonModel::TotalUsdColumn))
            font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return labelColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (labelColumn && cheapest)
            return Theme::icon(QStringLiteral("cheapest"));
        if (!labelColumn && !known)
            return Theme::icon(QStringLiteral("unknown"));
        if (!labelColumn && estimate)
            return Theme::icon(QStringLiteral("estimate"));
        break;
    case Qt::ForegroundRole:
        if (cheapest && labelColumn)
            return Theme::good();
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (labelColumn) {
            lines << source.data(Qt::DisplayRole).toString();
            if (cheapest)
                lines << tr("The cheapest complete option");
            for (const QString& note : source.data(ComparisonModel::NotesRole).toStringList())
                lines << QStringLiteral("• ") + note;
        } else {
            const QVariant base = QIdentityProxyModel::data(index, role);
            if (base.isValid())
                lines << base.toString();
            if (!known)
                lines << tr("A price here is unknown: it is left out of the sum, never counted as 0");
            if (estimate)
                lines << tr("Includes an estimated price");
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}
