#pragma once

#include "Catalog.h"

#include <QAbstractTableModel>
#include <QColor>

// The capability matrix: a row per service, a column per criterion of services.json. A cell
// is the score 0–4, coloured by score, with the reason as its tooltip. The headers name the
// services (vertical) and the criteria (horizontal).
class CapabilityMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMatrixModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole, // int score; in headers the criterion's or service's id
        EntryIdRole,                 // QString: the service's id
        CriterionIdRole,             // QString: the criterion's id
    };
    static constexpr int maxScore = 4;

    explicit CapabilityMatrixModel(const Catalog& catalog, Language language = Language::English,
                                   QObject* parent = nullptr);

    Language language() const { return m_language; }
    void setLanguage(Language language);
    const CatalogEntry* service(int row) const;
    const Criterion* criterion(int column) const;

    // A sequential scale, light (0, cannot) to dark (4, best), readable with colour-blindness;
    // textColor() keeps the score legible on it. The charts and the PDF use the same colours.
    static QColor scoreColor(int score);
    static QColor textColor(int score);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog& m_catalog;
    Language m_language;
};
