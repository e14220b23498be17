#pragma once

#include "Catalog.h"

#include <QHeaderView>
#include <QTableView>

class CapabilityMatrixModel;
class QFontMetrics;

// A horizontal header whose titles wrap between words to the width of their section and grow
// the header's height to fit, a word too long for its section ending in "…": nothing is cut
// off at either end.
class WrappingHeaderView final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingHeaderView)

public:
    explicit WrappingHeaderView(QWidget* parent = nullptr);

    // The lines a title is drawn in within width pixels.
    static QStringList wrap(const QString& text, const QFontMetrics& metrics, int width);
    // The lines of section logicalIndex as drawn now, and the width they have.
    QStringList sectionLines(int logicalIndex) const;
    int textWidth(int logicalIndex) const;

    QSize sizeHint() const override;
    // Asks the view to lay the header out again (after the titles or the widths changed).
    void refit();

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    static constexpr int margin = 4;
    QString title(int logicalIndex) const;
    int m_fittedHeight = -1;
};

// Services × criteria over the capability matrix model: each cell coloured by how well the
// service does, its tooltip saying why.
class CapabilityMatrixView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityMatrixView)

public:
    explicit CapabilityMatrixView(const Catalog& catalog, QWidget* parent = nullptr);

    void setLanguage(Language language);
    CapabilityMatrixModel* matrixModel() const { return m_model; }
    WrappingHeaderView* header() const { return m_header; }

private:
    CapabilityMatrixModel* m_model;
    WrappingHeaderView* m_header;
};
