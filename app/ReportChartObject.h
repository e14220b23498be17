#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <vector>

class QChart;

// Draws a chart inside a QTextDocument as vectors: the report places an object character
// where a chart goes, and this handler lays the chart out at the object's size and renders
// its scene onto the page, so text in the chart stays text in the PDF.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ReportChartObject)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    enum Property { ChartIndex = QTextFormat::UserProperty + 1, ChartWidth, ChartHeight };

    explicit ReportChartObject(QObject* parent = nullptr);

    // Charts are looked up by index; the report owns them.
    void setCharts(const std::vector<QChart*>& charts) { m_charts = charts; }
    static QTextCharFormat format(int chartIndex, const QSizeF& size);

    QSizeF intrinsicSize(QTextDocument* document, int positionInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int positionInDocument,
                    const QTextFormat& format) override;

private:
    std::vector<QChart*> m_charts;
};
