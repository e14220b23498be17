#include "ReportChartObject.h"

#include "ChartExport.h"

#include <QChart>
#include <QPainter>

ReportChartObject::ReportChartObject(QObject* parent)
    : QObject(parent)
{
}

QTextCharFormat ReportChartObject::format(int chartIndex, const QSizeF& size)
{
    QTextCharFormat f;
    f.setObjectType(objectType);
    f.setProperty(ChartIndex, chartIndex);
    f.setProperty(ChartWidth, size.width());
    f.setProperty(ChartHeight, size.height());
    return f;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument* document, int positionInDocument, const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    return QSizeF(format.property(ChartWidth).toReal(), format.property(ChartHeight).toReal());
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document,
                                   int positionInDocument, const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(positionInDocument);
    const int index = format.property(ChartIndex).toInt();
    if (index < 0 || size_t(index) >= m_charts.size())
        return;
    painter->save();
    ChartExport::render(m_charts.at(size_t(index)), painter, rect, rect.size());
    painter->restore();
}
