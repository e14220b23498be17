#include "ChartExport.h"

#include "ChartBuilder.h"
#include "Settings.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QXYSeries>

namespace {

QString& nextFileName()
{
    static QString name;
    return name;
}

// Lays a chart out in a private scene for the time of one drawing, then hands it back
// unchanged in ownership: the caller still owns the chart.
class SceneLease
{
public:
    SceneLease(QChart* chart, const QSizeF& size) : m_chart(chart)
    {
        if (chart->scene()) {
            m_borrowed = true;
            return;
        }
        m_scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
        // Qt Charts places axes, labels and legend on posted layout requests; run them now so
        // the chart is complete before it is drawn.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(chart, 0);
        chart->layout()->activate();
    }
    ~SceneLease()
    {
        if (!m_borrowed)
            m_scene.removeItem(m_chart);
    }
    SceneLease(const SceneLease&) = delete;
    SceneLease& operator=(const SceneLease&) = delete;

    QGraphicsScene* scene() const
    {
        return m_borrowed ? m_chart->scene() : const_cast<QGraphicsScene*>(&m_scene);
    }
    QRectF source() const { return m_chart->sceneBoundingRect(); }

private:
    QChart* m_chart;
    QGraphicsScene m_scene;
    bool m_borrowed = false;
};

bool commit(QSaveFile& file, const QByteArray& bytes, QString* errorMessage)
{
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = ChartExport::tr("Cannot write %1: %2")
                                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

QString chartName(const QChart* chart)
{
    QString name = chart->title().trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name.isEmpty() ? ChartExport::tr("chart") : name;
}

QString askFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (!nextFileName().isEmpty())
        return std::exchange(nextFileName(), QString());
    const QString name =
        QFileDialog::getSaveFileName(parent, caption, QDir(Settings::exportFolder()).filePath(suggested), filter);
    if (!name.isEmpty())
        Settings::setExportFolder(QFileInfo(name).absolutePath());
    return name;
}

} // namespace

void ChartExport::applyFont(QChart* chart, const QFont& base)
{
    if (!chart)
        return;
    const auto adapt = [&base](const QFont& font) {
        QFont f = base;
        if (font.pointSizeF() > 0)
            f.setPointSizeF(font.pointSizeF());
        else if (font.pixelSize() > 0)
            f.setPixelSize(font.pixelSize());
        f.setWeight(font.weight());
        f.setItalic(font.italic());
        return f;
    };
    chart->setTitleFont(adapt(chart->titleFont()));
    chart->legend()->setFont(adapt(chart->legend()->font()));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(adapt(axis->labelsFont()));
        axis->setTitleFont(adapt(axis->titleFont()));
    }
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(adapt(set->labelFont()));
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            xy->setPointLabelsFont(adapt(xy->pointLabelsFont()));
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            area->setPointLabelsFont(adapt(area->pointLabelsFont()));
        }
    }
    for (QGraphicsSimpleTextItem* label : ChartBuilder::valueLabels(chart))
        label->setFont(adapt(label->font()));
}

void ChartExport::render(QChart* chart, QPainter* painter, const QRectF& target, const QSizeF& layoutSize)
{
    if (!chart || !painter)
        return;
    SceneLease lease(chart, layoutSize);
    lease.scene()->render(painter, target, lease.source(), Qt::KeepAspectRatio);
}

QImage ChartExport::toImage(QChart* chart, const QSize& logicalSize, qreal devicePixelRatio)
{
    QImage image(logicalSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart ? chart->backgroundBrush().color() : QColor(Qt::white));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), QSizeF(logicalSize));
    painter.end();
    return image;
}

QByteArray ChartExport::toSvg(QChart* chart, const QSize& logicalSize, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(logicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), logicalSize));
    generator.setTitle(title);
    generator.setDescription(tr("Made with Container Compare for AWS"));
    QPainter painter(&generator);
    render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), QSizeF(logicalSize));
    painter.end();
    return buffer.data();
}

bool ChartExport::savePng(QChart* chart, const QSize& logicalSize, const QString& fileName,
                          QString* errorMessage, qreal devicePixelRatio)
{
    const QImage image = toImage(chart, logicalSize, devicePixelRatio);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (errorMessage)
            *errorMessage = tr("Cannot encode the chart as PNG.");
        return false;
    }
    QSaveFile file(fileName);
    return commit(file, buffer.data(), errorMessage);
}

bool ChartExport::saveSvg(QChart* chart, const QSize& logicalSize, const QString& fileName,
                          QString* errorMessage)
{
    QSaveFile file(fileName);
    return commit(file, toSvg(chart, logicalSize, chart ? chart->title() : QString()), errorMessage);
}

void ChartExport::copy(QChart* chart, const QSize& logicalSize)
{
    auto* mime = new QMimeData;
    mime->setImageData(toImage(chart, logicalSize, 2));
    mime->setData(QStringLiteral("image/svg+xml"),
                  toSvg(chart, logicalSize, chart ? chart->title() : QString()));
    QApplication::clipboard()->setMimeData(mime);
}

QSize ChartExport::viewSize(const QChartView* view)
{
    const QSize size = view->viewport()->size();
    return size.isEmpty() ? QSize(960, 540) : size;
}

void ChartExport::setNextFileName(const QString& fileName)
{
    nextFileName() = fileName;
}

void ChartExport::copyView(QChartView* view)
{
    copy(view->chart(), viewSize(view));
}

bool ChartExport::savePngDialog(QChartView* view, QWidget* parent)
{
    const QString name =
        askFileName(parent, tr("Save Chart as PNG"), chartName(view->chart()) + QStringLiteral(".png"),
                    tr("PNG images (*.png)"));
    if (name.isEmpty())
        return false;
    QString error;
    if (!savePng(view->chart(), viewSize(view), name, &error)) {
        QMessageBox::warning(parent, tr("Save Chart as PNG"), error);
        return false;
    }
    return true;
}

bool ChartExport::saveSvgDialog(QChartView* view, QWidget* parent)
{
    const QString name =
        askFileName(parent, tr("Save Chart as SVG"), chartName(view->chart()) + QStringLiteral(".svg"),
                    tr("SVG images (*.svg)"));
    if (name.isEmpty())
        return false;
    QString error;
    if (!saveSvg(view->chart(), viewSize(view), name, &error)) {
        QMessageBox::warning(parent, tr("Save Chart as SVG"), error);
        return false;
    }
    return true;
}

void ChartExport::installContextMenu(QChartView* view)
{
    if (!view || view->property("cc_chartExportMenu").toBool())
        return;
    view->setProperty("cc_chartExportMenu", true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copyAction = new QAction(tr("Copy Chart"), view);
    auto* pngAction = new QAction(tr("Save Chart as PNG…"), view);
    auto* svgAction = new QAction(tr("Save Chart as SVG…"), view);
    copyAction->setObjectName(QStringLiteral("chartCopyAction"));
    pngAction->setObjectName(QStringLiteral("chartSavePngAction"));
    svgAction->setObjectName(QStringLiteral("chartSaveSvgAction"));
    QObject::connect(copyAction, &QAction::triggered, view, [view] { copyView(view); });
    QObject::connect(pngAction, &QAction::triggered, view, [view] { savePngDialog(view, view->window()); });
    QObject::connect(svgAction, &QAction::triggered, view, [view] { saveSvgDialog(view, view->window()); });
    view->addActions({copyAction, pngAction, svgAction});
}
