#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QChart;
class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;
class ReportData;
class ReportChartObject;

// The paper a report is laid out for.
struct ReportPage
{
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    QPageLayout layout() const;
};

// The PDF handout of a comparison: cover, summary, the window's charts (as vectors), a
// breakdown per option, the capability matrix, storage and security side by side, the
// assumptions and the price sources, with a header and "page X of Y" on every page. The same
// pages go to a PDF file, a printer or a print preview.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(const ReportData& data, const ReportPage& page = {});
    ~ReportWriter();
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    // Writes the report atomically: the file appears complete or not at all.
    bool writePdf(const QString& fileName, QString* errorMessage);
    // Writes to an open device (the caller commits it).
    bool writePdf(QIODevice* device);
    // Paints on a printer or a preview; the device's own page layout is used.
    void print(QPagedPaintDevice* device);

    // Pages of the last layout (after writePdf or print).
    int pageCount() const { return m_pageCount; }
    // The report's text as laid out (for tests and accessibility).
    QString plainText() const;
    QTextDocument* document() const { return m_document.get(); }

    // Where each line of the last layout went, in CSS pixels from the top of the first page's
    // body (each page's body is document()->pageSize().height() tall): for tests of the
    // pagination and for accessibility.
    struct Placement
    {
        QRectF rect;
        int page = 0;
        QString text;         // the line's text (U+FFFC for a chart)
        int headingLevel = 0; // 1 or 2 for a heading's line
        bool firstLine = false;
    };
    QList<Placement> placements() const;

private:
    // Lays the document out for a body of bodyWidth × bodyHeight (CSS pixels, 1/96 inch).
    void build(qreal bodyWidth, qreal bodyHeight);
    QString html(qreal bodyWidth, qreal bodyHeight);
    // The report's sections in HTML, in the order html() puts them.
    QString coverHtml(qreal bodyHeight) const;
    QString summaryHtml() const;
    QString chartsHtml(qreal bodyWidth, qreal bodyHeight) const;
    QString regionsHtml() const;
    QString breakdownHtml() const;
    QString capabilitiesHtml() const;
    QString storageHtml() const;
    QString securityHtml() const;
    QString assumptionsHtml() const;
    QString sourcesHtml() const;
    void fitBlocksToPages(qreal bodyHeight);
    void paint(QPainter* painter, QPagedPaintDevice* device);
    bool draw(QIODevice* device);

    const ReportData& m_data;
    ReportPage m_page;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ReportChartObject> m_chartObject;
    std::vector<std::unique_ptr<QChart>> m_charts;
    int m_pageCount = 0;
};
