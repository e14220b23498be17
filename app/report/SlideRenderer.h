#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QStringList>

#include <memory>
#include <vector>

class QChart;
class QIODevice;
class QPainter;
class ReportData;

// A table on a slide: cells as text, widths as fractions of the table, optional fills.
struct SlideTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<qreal> widths;                     // fractions of the table's width, one a column
    QList<Qt::Alignment> alignments;         // one a column
    QMap<int, QColor> rowFills;              // row → background (the cheapest, the totals)
    QMap<QPair<int, int>, QColor> cellFills; // (row, column) → background (scores)
    QMap<QPair<int, int>, QColor> cellTexts; // (row, column) → text colour on that background
    int pixelSize = 30;
};

// One thing drawn on a slide, placed in the 1920 × 1080 canvas.
struct SlideBlock
{
    enum class Type { Text, Table, Chart };
    Type type = Type::Text;
    QRectF rect;
    // Text
    QString text;
    int pixelSize = 36;
    bool bold = false;
    QColor color;
    int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    // Table
    SlideTable table;
    // Chart: which of the slide renderer's charts, and what its bars and lines say in words
    int chart = -1;
    QStringList chartText;
};

// What one slide shows: its title, a one-line statement under it and its blocks.
struct SlideContent
{
    QString title;
    QString headline;
    QList<SlideBlock> blocks;
    bool titleSlide = false;
};

// The workshop deck: ten slides drawn from the same report data, charts and models as the
// window and the handout, in one high-contrast style with type for the back of a room. The
// presentation window and the 16:9 PDF both paint through here, so they cannot differ.
class SlideRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SlideRenderer)

public:
    enum Slide {
        TitleSlide,
        WorkloadSlide,
        PlatformsSlide,
        MonthlyCostSlide,
        BreakdownSlide,
        ScalingSlide,
        StorageSlide,
        SecuritySlide,
        RegionsSlide,
        SummarySlide,
        SlideCount
    };

    static constexpr qreal canvasWidth = 1920;
    static constexpr qreal canvasHeight = 1080;

    explicit SlideRenderer(const ReportData& data);
    ~SlideRenderer();
    SlideRenderer(const SlideRenderer&) = delete;
    SlideRenderer& operator=(const SlideRenderer&) = delete;

    int count() const { return SlideCount; }
    SlideContent content(int index) const;
    QString title(int index) const { return content(index).title; }
    // Every piece of text the slide shows (title, headline, tables, the charts' labels).
    QStringList text(int index) const;
    // The chart a slide shows, or nullptr; built on first use, owned by the renderer.
    QChart* chart(int index) const;
    // The footer's workload line: a photo of any slide says what it compares.
    QString footerText() const;

    // Paints slide index into target, 16:9, letterboxed on black. status is drawn at the
    // footer's right beside the slide number (the presenter's clock), when given.
    void paint(QPainter* painter, int index, const QRectF& target, const QString& status = {}) const;
    // The 16:9 PDF of the deck, written atomically.
    bool writePdf(const QString& fileName, QString* errorMessage) const;
    bool writePdf(QIODevice* device) const;

    // The deck's colours, for the presentation window's own chrome.
    static QColor background();
    static QColor foreground();
    static QColor accent();
    QFont font(int pixelSize, bool bold = false) const;

private:
    // One function a slide, in the order of Slide.
    SlideContent titleContent() const;
    SlideContent workloadContent() const;
    SlideContent platformsContent() const;
    SlideContent monthlyCostContent() const;
    SlideContent breakdownContent() const;
    SlideContent scalingContent() const;
    SlideContent storageContent() const;
    SlideContent securityContent() const;
    SlideContent regionsContent() const;
    SlideContent summaryContent() const;
    void paintBlock(QPainter* painter, const SlideBlock& block) const;
    void paintTable(QPainter* painter, const SlideBlock& block) const;
    bool draw(QIODevice* device) const;

    const ReportData& m_data;
    mutable std::vector<std::unique_ptr<QChart>> m_charts; // one a slide; empty until shown
};
