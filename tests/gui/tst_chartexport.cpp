// Charts and data out of the window: a chart copied, saved as PNG at twice the pixels and as
// SVG (vectors and text), from the Compare page's context menus; the comparison as CSV and as
// a table that pastes into a spreadsheet.
#include "ChartBuilder.h"
#include "ChartExport.h"
#include "ComparePage.h"
#include "ComparisonExport.h"
#include "ComparisonModel.h"
#include "CostModel.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

Scenario slide16()
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

// How many distinct colours an image holds: a blank render has one.
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Scenario s = slide16();
        m_model.setComparison(CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin()), s.currency);
        ChartStyle style = ChartStyle::forTheme(false);
        style.hoverTooltips = false;
        m_chart.reset(ChartBuilder::totals(m_model, style));
    }

    // PNG at twice the pixels of the size asked for, tagged so it shows at that size.
    void pngAtTwiceThePixels()
    {
        const QImage image = ChartExport::toImage(m_chart.get(), QSize(640, 360), 2);
        QCOMPARE(image.size(), QSize(1280, 720));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(colourCount(image) > 10); // bars, text and axes, not an empty frame

        const QString file = m_dir.filePath(u"totals.png"_s);
        QString error;
        QVERIFY2(ChartExport::savePng(m_chart.get(), QSize(640, 360), file, &error), qPrintable(error));
        QImage saved(file);
        QCOMPARE(saved.size(), QSize(1280, 720));
        // The chart is still the caller's, and can be drawn again.
        QVERIFY(!m_chart->scene());
        QCOMPARE(ChartExport::toImage(m_chart.get(), QSize(320, 180), 2).size(), QSize(640, 360));
    }

    // SVG keeps vectors and text: the title and the totals are text in the file.
    void svgKeepsText()
    {
        const QString file = m_dir.filePath(u"totals.svg"_s);
        QString error;
        QVERIFY2(ChartExport::saveSvg(m_chart.get(), QSize(800, 450), file, &error), qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY(svg.contains(u"<svg"_s));
        QVERIFY(svg.contains(u"viewBox=\"0 0 800 450\""_s));
        QVERIFY(svg.contains(u"Monthly cost, side by side"_s));
        // 0.11235 USD/h × 732 h = 82.2402 USD × 155 = 12,747 JPY (floor), as the bar's label.
        QVERIFY2(svg.contains(u"12,747"_s), "the value label is text in the SVG");
        QVERIFY(!svg.contains(u"<image"_s));
    }

    void copy()
    {
        ChartExport::copy(m_chart.get(), QSize(640, 360));
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).size(), QSize(1280, 720));
        QVERIFY(mime->data(u"image/svg+xml"_s).contains("<svg"));
    }

    void unwritable()
    {
        const QString file = m_dir.filePath(u"no/such/folder/chart.png"_s);
        QString error;
        QVERIFY(!ChartExport::savePng(m_chart.get(), QSize(100, 100), file, &error));
        QVERIFY2(error.contains(u"chart.png"_s), qPrintable(error));
        QVERIFY(!QFile::exists(file));
    }

    // Every chart of the Compare page has Copy, Save as PNG… and Save as SVG… in its context
    // menu; saving writes what the view shows, at twice its size.
    void compareTabContextMenus()
    {
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(slide16());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ComparePage* page = window.comparePage();
        QVERIFY(page);
        for (ComparePage::Chart which : {ComparePage::Chart::Totals, ComparePage::Chart::Breakdown,
                                         ComparePage::Chart::Scaling, ComparePage::Chart::Capabilities}) {
            QChartView* view = page->chartView(which);
            QVERIFY(view);
            QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
            QStringList names;
            for (QAction* a : view->actions())
                names << a->objectName();
            QVERIFY2(names.contains(u"chartCopyAction"_s) && names.contains(u"chartSavePngAction"_s) &&
                         names.contains(u"chartSaveSvgAction"_s),
                     qPrintable(names.join(u", "_s)));
        }
        QChartView* totals = page->chartView(ComparePage::Chart::Totals);
        const QString png = m_dir.filePath(u"window-totals.png"_s);
        ChartExport::setNextFileName(png);
        totals->findChild<QAction*>(u"chartSavePngAction"_s)->trigger();
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), ChartExport::viewSize(totals) * 2);

        const QString svg = m_dir.filePath(u"window-totals.svg"_s);
        ChartExport::setNextFileName(svg);
        totals->findChild<QAction*>(u"chartSaveSvgAction"_s)->trigger();
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("12,747"));
    }

    // Export CSV… writes the comparison as plain numbers with the unit in the header; Copy Table
    // puts the same rows, tab-separated, on the clipboard. Slide 16 by hand:
    //   EC2 c7i.large: 1 instance × 732 h × 0.11235 USD/h = 82.2402 USD × 155 = 12,747.231 → 12747
    //   Fargate 2 vCPU / 4 GB: 732 h × (2 × 0.05056 + 4 × 0.00553) = 90.21168 USD × 155
    //                         = 13,982.8104 → 13982 (truncated, not rounded)
    void csvAndTable()
    {
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(slide16());
        ExportActions* actions = ExportActions::of(&window);
        QVERIFY(actions);

        const QString csv = m_dir.filePath(u"comparison.csv"_s);
        actions->setNextFileName(csv);
        actions->exportCsvAction()->trigger();
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        checkSlide16Rows(text, u','); // QVERIFY/QCOMPARE inside
        if (QTest::currentTestFailed())
            return;

        actions->copyTableAction()->trigger();
        const QString table = QApplication::clipboard()->text();
        checkSlide16Rows(table, u'\t');
        if (QTest::currentTestFailed())
            return;
        // The same rows, cell for cell, only the separator differs.
        const QStringList csvLines = text.split(u'\n', Qt::SkipEmptyParts);
        const QStringList tableLines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(tableLines.size(), csvLines.size());
        for (int i = 0; i < csvLines.size(); ++i)
            QCOMPARE(cellsOf(tableLines.at(i), u'\t'), cellsOf(csvLines.at(i), u','));
    }

private:
    // One line of a CSV (or tab-separated) table split into its cells, quoted cells read whole.
    static QStringList cellsOf(const QString& line, QChar separator)
    {
        QStringList cells{QString()};
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"')
                cells.last() += line.at(++i);
            else if (c == u'"')
                quoted = !quoted;
            else if (c == separator && !quoted)
                cells << QString();
            else
                cells.last() += c;
        }
        return cells;
    }

    // Slide 16's two rows, the columns found by their header names.
    static void checkSlide16Rows(const QString& table, QChar separator)
    {
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // the header and one row an option
        const QStringList header = cellsOf(lines.at(0), separator);
        QCOMPARE(header.first(), u"option_id"_s);
        const auto cell = [&](int row, const QString& column) {
            const qsizetype at = header.indexOf(column);
            return at < 0 ? u"(no column %1)"_s.arg(column) : cellsOf(lines.at(row), separator).value(at);
        };
        QCOMPARE(cell(1, u"option_id"_s), u"ec2"_s);
        QCOMPARE(cell(1, u"label"_s), u"EC2 (c7i.large)"_s);
        QCOMPARE(cell(1, u"instance_type"_s), u"c7i.large"_s);
        QCOMPARE(cell(1, u"instances"_s), u"1"_s);
        QCOMPARE(cell(1, u"task_vcpu"_s), u"2"_s);
        QCOMPARE(cell(1, u"task_memory_gib"_s), u"4"_s);
        QCOMPARE(cell(1, u"compute_usd"_s), u"82.2402"_s);
        QCOMPARE(cell(1, u"control_plane_usd"_s), u"0"_s);
        QCOMPARE(cell(1, u"over_provisioning_usd"_s), u"0"_s); // 2 vCPU / 4 GiB fill a c7i.large
        QCOMPARE(cell(1, u"total_jpy"_s), u"12747"_s);
        QCOMPARE(cell(1, u"total_usd"_s), u"82.2402"_s);
        QCOMPARE(cell(2, u"option_id"_s), u"fargate"_s);
        QCOMPARE(cell(2, u"label"_s), u"Fargate"_s);
        QCOMPARE(cell(2, u"runtime"_s), u"fargate"_s);
        QCOMPARE(cell(2, u"region"_s), u"ap-northeast-1"_s);
        QCOMPARE(cell(2, u"instance_type"_s), QString());
        QCOMPARE(cell(2, u"compute_usd"_s), u"90.21168"_s);
        QCOMPARE(cell(2, u"over_provisioning_usd"_s), u"0"_s); // 2 vCPU / 4 GB is a Fargate size
        QCOMPARE(cell(2, u"total_jpy"_s), u"13982"_s);
        QCOMPARE(cell(2, u"total_usd"_s), u"90.21168"_s);
    }

    QTemporaryDir m_dir;
    ComparisonModel m_model;
    std::unique_ptr<QChart> m_chart;
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
