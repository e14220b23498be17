#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <vector>

class QChart;

// Draws charts inside a QTextDocument as vectors. The report's HTML places each chart as an
// image named "chart:N" with its size; this handler, registered for image objects, lays the
// chart out at that size and renders its scene onto the page, so text in the chart stays
// text in the PDF and no bitmap is ever made.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChartObject)

public:
    explicit ReportChartObject(QObject* parent = nullptr);

    // Charts are looked up by index; the report owns them.
    void setCharts(const std::vector<QChart*>& charts) { m_charts = charts; }
    // "chart:N", the image name that stands for chart N.
    static QString resourceName(int chartIndex);
    // N for "chart:N"; -1 for any other name.
    static int chartIndex(const QString& resourceName);

    QSizeF intrinsicSize(QTextDocument* document, int positionInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int positionInDocument,
                    const QTextFormat& format) override;

private:
    std::vector<QChart*> m_charts;
};
