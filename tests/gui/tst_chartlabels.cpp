// Value labels on the breakdown and scaling charts, in the window's size, a small one and the
// slides' large type: a label is shown only inside its own segment, and no two shown labels
// overlap; the line-end labels of the scaling chart move down or stay out rather than
// overlap.

#include "ChartBuilder.h"
#include "ChartExport.h"
#include "ComparisonModel.h"
#include "Scaling.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QTest>

#include <memory>

namespace {

LineItem item(LineKind kind, double usd)
{
    return LineItem{kind, QStringLiteral("line"), usd, true, false};
}

// Two options with a thick and two thin segments each, in yen at 155 and truncated:
//   Batch:  compute 73 USD → 73 × 155 = 11,315; storage 12.11 USD → 1,877.05 → 1,877;
//           control plane 4.04 USD → 626.2 → 626.
//   Lambda: compute 20 USD → 3,100; requests 0.8 USD → 124.
Comparison thinSegments()
{
    Comparison c;
    c.title = QStringLiteral("Thin segments");
    c.region = QStringLiteral("ap-northeast-1");
    c.hours = 730;
    OptionResult batch;
    batch.id = QStringLiteral("batch");
    batch.label = QStringLiteral("Batch on EC2");
    batch.lineItems = {item(LineKind::Compute, 73), item(LineKind::Storage, 12.11),
                       item(LineKind::ControlPlane, 4.04)};
    OptionResult lambda;
    lambda.id = QStringLiteral("lambda");
    lambda.label = QStringLiteral("Lambda");
    lambda.lineItems = {item(LineKind::Compute, 20), item(LineKind::Requests, 0.8)};
    c.options = {batch, lambda};
    return c;
}

struct Shown
{
    QString text;
    QRectF rect;
    QRectF room;
};

// Lays the chart out at size (as the window, the report and the slides do) and returns the
// labels shown, in chart coordinates.
QList<Shown> shownLabels(QChart* chart, const QSize& size, QStringList* hidden = nullptr)
{
    ChartExport::toImage(chart, size, 1);
    QList<Shown> shown;
    for (const QGraphicsSimpleTextItem* label : ChartBuilder::valueLabels(chart)) {
        if (!label->isVisible()) {
            if (hidden)
                *hidden << label->text();
            continue;
        }
        shown << Shown{label->text(), label->mapRectToParent(label->boundingRect()), ChartBuilder::valueLabelRoom(label)};
    }
    return shown;
}

QString describe(const QList<Shown>& labels)
{
    QStringList parts;
    for (const Shown& s : labels)
        parts << QStringLiteral("%1 at %2,%3 %4×%5 in %6,%7 %8×%9")
                     .arg(s.text)
                     .arg(s.rect.x())
                     .arg(s.rect.y())
                     .arg(s.rect.width())
                     .arg(s.rect.height())
                     .arg(s.room.x())
                     .arg(s.room.y())
                     .arg(s.room.width())
                     .arg(s.room.height());
    return parts.join(QStringLiteral("; "));
}

void verifyApart(const QList<Shown>& labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).rect.intersects(labels.at(j).rect),
                     qPrintable(QStringLiteral("%1 overlaps %2: ").arg(labels.at(i).text, labels.at(j).text)
                                + describe(labels)));
}

ChartStyle slideStyle()
{
    // The slides' type (SlideRenderer): 21 pt labels on a dark ground.
    ChartStyle style = ChartStyle::forTheme(true);
    style.titlePointSize = 30;
    style.axisTitlePointSize = 20;
    style.labelPointSize = 21;
    style.legendPointSize = 20;
    return style;
}

} // namespace

class TestChartLabels : public QObject
{
    Q_OBJECT

private slots:
    void breakdownLabelsFitTheirSegments_data();
    void breakdownLabelsFitTheirSegments();
    void scalingEndLabelsDoNotOverlap_data();
    void scalingEndLabelsDoNotOverlap();
};

void TestChartLabels::breakdownLabelsFitTheirSegments_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("slide");
    QTest::addRow("window") << QSize(960, 540) << false;
    QTest::addRow("small") << QSize(480, 300) << false;
    QTest::addRow("slide") << QSize(1600, 760) << true;
}

void TestChartLabels::breakdownLabelsFitTheirSegments()
{
    QFETCH(QSize, size);
    QFETCH(bool, slide);
    ComparisonModel model;
    model.setComparison(thinSegments(), CurrencySettings{QStringLiteral("JPY"), 155, QStringLiteral("floor")});
    const std::unique_ptr<QChart> chart(
        ChartBuilder::breakdown(model, slide ? slideStyle() : ChartStyle::forTheme(false)));
    // One label a segment: 3 + 2.
    QCOMPARE(ChartBuilder::valueLabels(chart.get()).size(), 5);
    QStringList hidden;
    const QList<Shown> shown = shownLabels(chart.get(), size, &hidden);
    for (const Shown& s : shown)
        QVERIFY2(s.room.contains(s.rect), qPrintable(QStringLiteral("%1 leaves its segment: ").arg(s.text) + describe(shown)));
    verifyApart(shown);
    QStringList texts;
    for (const Shown& s : shown)
        texts << s.text;
    // The axis runs to a round 15,000 or so: 626 yen is about 4 % of it, far too thin for a
    // four-digit label at any of these sizes; 11,315 is three quarters of it and always fits.
    QVERIFY2(texts.contains(QStringLiteral("¥11,315")), qPrintable(describe(shown)));
    QVERIFY2(hidden.contains(QStringLiteral("¥626")), qPrintable(hidden.join(u',')));
    QVERIFY2(hidden.contains(QStringLiteral("¥124")), qPrintable(hidden.join(u',')));
}

void TestChartLabels::scalingEndLabelsDoNotOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("slide");
    QTest::addColumn<bool>("many");
    for (bool many : {false, true}) {
        const char* options = many ? "six options" : "three options";
        QTest::addRow("window, %s", options) << QSize(960, 540) << false << many;
        QTest::addRow("short, %s", options) << QSize(700, 260) << false << many;
        QTest::addRow("report, %s", options) << QSize(680, 340) << false << many;
        QTest::addRow("slide, %s", options) << QSize(1600, 760) << true << many;
    }
}

void TestChartLabels::scalingEndLabelsDoNotOverlap()
{
    QFETCH(QSize, size);
    QFETCH(bool, slide);
    QFETCH(bool, many);
    // Three lines from 1 to 10 tasks: A ends at 10 × 100 = 1,000, B at 10 × 101 = 1,010 (1 %
    // apart, one label's height or less at any size), C at 10 × 40 = 400.
    ScalingData data;
    data.currency = CurrencySettings{};
    data.maxTasks = 10;
    const auto line = [](const QString& id, double perTask) {
        ScalingSeries s{id, id.toUpper(), {}, {}};
        for (int n = 1; n <= 10; ++n) {
            s.points << QPointF(n, perTask * n);
            s.usd << perTask * n;
        }
        return s;
    };
    data.series = {line(QStringLiteral("a"), 100), line(QStringLiteral("b"), 101), line(QStringLiteral("c"), 40)};
    // With more than four options the legend stands on the right, where the labels also go:
    // D, E, F end at 10 × 20 = 200, 10 × 21 = 210 and 10 × 22 = 220.
    if (many)
        data.series << line(QStringLiteral("d"), 20) << line(QStringLiteral("e"), 21) << line(QStringLiteral("f"), 22);
    data.breakEvens = Scaling::findBreakEvens(data.series);
    const std::unique_ptr<QChart> chart(ChartBuilder::scaling(data, slide ? slideStyle() : ChartStyle::forTheme(false)));
    QCOMPARE(ChartBuilder::valueLabels(chart.get()).size(), data.series.size());
    const QList<Shown> shown = shownLabels(chart.get(), size);
    verifyApart(shown);
    const QRectF legend = chart->legend()->geometry();
    for (const Shown& s : shown) {
        QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(s.rect), qPrintable(describe(shown)));
        QVERIFY2(s.room.contains(s.rect), qPrintable(describe(shown)));
        QVERIFY2(!legend.intersects(s.rect),
                 qPrintable(QStringLiteral("%1 over the legend: ").arg(s.text) + describe(shown)));
    }
    // No label covers the end of a line, where its marker sits.
    for (QAbstractSeries* series : chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        if (!line || line->type() != QAbstractSeries::SeriesTypeLine || line->count() == 0)
            continue;
        const QPointF end = chart->mapToPosition(line->at(line->count() - 1), line);
        for (const Shown& s : shown)
            QVERIFY2(!s.rect.adjusted(-2, -2, 2, 2).contains(end),
                     qPrintable(QStringLiteral("%1 covers the end of %2: ").arg(s.text, line->name()) + describe(shown)));
    }
    QStringList texts;
    for (const Shown& s : shown)
        texts << s.text;
    // The highest end and the far lower one always have their label.
    QVERIFY2(texts.contains(QStringLiteral("$1,010.00")), qPrintable(describe(shown)));
    QVERIFY2(texts.contains(QStringLiteral("$400.00")), qPrintable(describe(shown)));
}

QTEST_MAIN(TestChartLabels)
#include "tst_chartlabels.moc"
