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

QVariant ComparisonTableProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const bool cheapest = source.data(ComparisonModel::CheapestRole).toBool();
    const bool known = source.data(ComparisonModel::KnownRole).toBool();
    const bool estimate = source.data(ComparisonModel::EstimateRole).toBool();
    const bool labelColumn = index.column() == ComparisonModel::OptionColumn;

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
