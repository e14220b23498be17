#include "CapabilityMatrixModel.h"

#include <QBrush>

CapabilityMatrixModel::CapabilityMatrixModel(const Catalog& catalog, Language language, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_language(language)
{
}

void CapabilityMatrixModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

const CatalogEntry* CapabilityMatrixModel::service(int row) const
{
    const QList<CatalogEntry>& services = m_catalog.entries(CatalogKind::Services);
    return row >= 0 && row < services.size() ? &services.at(row) : nullptr;
}

const Criterion* CapabilityMatrixModel::criterion(int column) const
{
    const QList<Criterion>& criteria = m_catalog.criteria();
    return column >= 0 && column < criteria.size() ? &criteria.at(column) : nullptr;
}

QColor CapabilityMatrixModel::scoreColor(int score)
{
    // ColorBrewer GnBu, five classes: ordered by lightness, so the order survives
    // colour-blindness and greyscale printing.
    static const QColor colors[] = {QColor(0xf0, 0xf9, 0xe8), QColor(0xba, 0xe4, 0xbc), QColor(0x7b, 0xcc, 0xc4),
                                    QColor(0x43, 0xa2, 0xca), QColor(0x08, 0x68, 0xac)};
    return colors[qBound(0, score, maxScore)];
}

QColor CapabilityMatrixModel::textColor(int score)
{
    // Dark text on the light cells, white on the darkest one (contrast above 4.5:1 on each).
    return qBound(0, score, maxScore) == maxScore ? QColor(Qt::white) : QColor(0x20, 0x21, 0x24);
}

int CapabilityMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.entries(CatalogKind::Services).size());
}

int CapabilityMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.criteria().size());
}

QVariant CapabilityMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogEntry* s = service(index.row());
    const Criterion* c = criterion(index.column());
    const auto it = s->ratings.constFind(c->id);
    if (it == s->ratings.constEnd()) // the loader requires every rating; stay safe regardless
        return {};
    const Rating& rating = *it;
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return rating.score;
    case Qt::ToolTipRole:
        return rating.why.text(m_language);
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3 of %4")
            .arg(s->label(m_language), c->name.text(m_language))
            .arg(rating.score)
            .arg(maxScore);
    case Qt::BackgroundRole:
        return QBrush(scoreColor(rating.score));
    case Qt::ForegroundRole:
        return QBrush(textColor(rating.score));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case EntryIdRole:
        return s->id;
    case CriterionIdRole:
        return c->id;
    default:
        return {};
    }
}

QVariant CapabilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const Criterion* c = criterion(section);
        if (!c)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return c->name.text(m_language);
        case Qt::ToolTipRole:
            return c->description.text(m_language);
        case RawValueRole:
        case CriterionIdRole:
            return c->id;
        default:
            return {};
        }
    }
    const CatalogEntry* s = service(section);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return s->label(m_language);
    case Qt::ToolTipRole:
        return s->name.text(m_language);
    case RawValueRole:
    case EntryIdRole:
        return s->id;
    default:
        return {};
    }
}
