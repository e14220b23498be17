#include "ReportChartObject.h"

#include "ChartExport.h"

#include <QChart>
#include <QPainter>
#include <QTextImageFormat>

ReportChartObject::ReportChartObject(QObject* parent) : QObject(parent) {}

QString ReportChartObject::resourceName(int chartIndex)
{
    return QStringLiteral("chart:%1").arg(chartIndex);
}

int ReportChartObject::chartIndex(const QString& resourceName)
{
    if (!resourceName.startsWith(QLatin1String("chart:")))
        return -1;
    bool ok = false;
    const int index = resourceName.mid(6).toInt(&ok);
    return ok ? index : -1;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* document, int positionInDocument,
                                        const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    const QTextImageFormat image = format.toImageFormat();
    return QSizeF(image.width(), image.height());
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                   int positionInDocument, const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    const int index = chartIndex(format.toImageFormat().name());
    if (index < 0 || size_t(index) >= m_charts.size())
        return;
    painter->save();
    ChartExport::render(m_charts.at(size_t(index)), painter, rect, rect.size());
    painter->restore();
}
