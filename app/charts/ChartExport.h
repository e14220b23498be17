#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QChartView;
class QPainter;
class QWidget;

// Puts a chart made by ChartBuilder on paper, on the clipboard and into image files. Charts
// are drawn through QGraphicsScene::render, so a PDF or SVG receives vectors and text, and a
// PNG is painted afresh at twice the pixels rather than scaled up from the screen.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Draws the chart into target. A chart that is not in a scene yet is laid out at
    // layoutSize (scene units: what its point sizes are measured against) and scaled to fit;
    // a chart shown in a view is drawn as it is laid out there.
    static void render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& layoutSize);
    // The chart at logicalSize × devicePixelRatio pixels, tagged with that ratio.
    static QImage toImage(QChart* chart, const QSize& logicalSize, qreal devicePixelRatio = 2);
    // An SVG document of the chart (vectors and text).
    static QByteArray toSvg(QChart* chart, const QSize& logicalSize, const QString& title);

    // Atomic writes (QSaveFile). On failure errorMessage says which file and why.
    static bool savePng(QChart* chart, const QSize& logicalSize, const QString& fileName,
                        QString* errorMessage, qreal devicePixelRatio = 2);
    static bool saveSvg(QChart* chart, const QSize& logicalSize, const QString& fileName,
                        QString* errorMessage);
    // The clipboard gets the chart as a 2× image and as SVG, so both slide and vector
    // editors take it.
    static void copy(QChart* chart, const QSize& logicalSize);

    // Puts every text of the chart (title, legend, axes, value labels) in base's font
    // families and spacing, keeping each text's size and weight: the report and the slides
    // draw charts in the document's own fonts, which are embedded and stay searchable.
    static void applyFont(QChart* chart, const QFont& base);

    // The size a chart of this view is exported at: its size on screen.
    static QSize viewSize(const QChartView* view);
    // Copy, Save as PNG… and Save as SVG… in the view's context menu.
    static void installContextMenu(QChartView* view);
    // The file dialogs' answer for the next save (tests); empty: ask the user.
    static void setNextFileName(const QString& fileName);

    // The actions behind the context menu, usable from a window's menus too.
    static void copyView(QChartView* view);
    static bool savePngDialog(QChartView* view, QWidget* parent);
    static bool saveSvgDialog(QChartView* view, QWidget* parent);
};
