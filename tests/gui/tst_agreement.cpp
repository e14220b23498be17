// The window, the PDF handout and the slides read one comparison session, so they show the
// same totals, the same cheapest option, the same break-even sentence and the same capability
// ranking, for a scenario with its own weights and scaling range, and again after that
// scenario is saved and opened in a second window. Each output is read as a person sees it:
// the window's table and labels, the PDF's text (pdftotext), the slides' text.
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "ComparisonSession.h"
#include "ComparisonText.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "PresentationWindow.h"
#include "ScenarioDocument.h"
#include "SlideRenderer.h"

#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ScreenFigures
{
    QStringList labels;        // the comparison table's option column
    QStringList totals;        // its total column, as shown
    QString cheapest;          // the status bar's "Cheapest: …"
    QString breakEven;         // the sentence under the scaling chart
    QList<RadarService> ranking;
};

ScreenFigures screenOf(MainWindow& w)
{
    ScreenFigures f;
    const ComparisonModel* model = w.comparisonModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        f.labels << model->index(r, ComparisonModel::OptionColumn).data().toString();
        f.totals << model->index(r, ComparisonModel::TotalColumn).data().toString();
    }
    const QStringList parts = w.statusText().split(u"  ·  "_s);
    f.cheapest = parts.constFirst();
    ComparePage* page = w.comparePage();
    page->chart(ComparePage::Chart::Scaling);
    f.breakEven = page->breakEvenLabel()->text();
    f.ranking = page->radarData().services;
    return f;
}

QString pdfLayoutText(const QString& pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString simplified(const QString& text)
{
    return QString(text).replace(u'\n', u' ').simplified();
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: ./test.sh installs it");
    }

    void screenPdfAndSlidesAgree()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"weighted.json"_s);
        {
            MainWindow first;
            first.setInteractive(false);
            QVERIFY(first.openExample(u":/scenarios/deck-default.json"_s));
            // Weights of its own (ease of use ignored, portability 5, GPU 4) and a range of 25
            // tasks: what the comparison depends on beyond the workload.
            ScenarioDocument* doc = first.document();
            doc->setWeight(u"ease"_s, 0);
            doc->setWeight(u"portability"_s, 5);
            doc->setWeight(u"gpu"_s, 4);
            doc->setScalingUpTo(25);
            first.setNextFileName(file);
            QVERIFY(first.saveAs());
            checkAgreement(first, dir.filePath(u"first.pdf"_s));
        }
        // Opened by a colleague: the file carries the weights and the range.
        MainWindow second;
        second.setInteractive(false);
        QVERIFY(second.openFile(file));
        QCOMPARE(second.document()->scenario().weight(u"portability"_s), 5.0);
        QCOMPARE(second.document()->scenario().scalingUpTo, 25);
        checkAgreement(second, dir.filePath(u"second.pdf"_s));
    }

private:
    void checkAgreement(MainWindow& w, const QString& pdf)
    {
        const ScreenFigures screen = screenOf(w);
        QVERIFY(screen.cheapest.startsWith(u"Cheapest: "_s));
        QVERIFY2(screen.breakEven.contains(u"from 1 to 25 tasks"_s), qPrintable(screen.breakEven));
        QCOMPARE(w.session()->scaling().maxTasks, 25);

        // The PDF handout.
        ExportActions* exports = ExportActions::of(&w);
        QVERIFY(exports);
        QString error;
        QVERIFY2(exports->exportPdf(pdf, &error), qPrintable(error));
        const QString layout = pdfLayoutText(pdf);
        const QString text = simplified(layout);
        QVERIFY(!text.isEmpty());
        // The cover's "Cheapest" names the same option and total as the status bar.
        const QString cheapest = screen.cheapest.mid(u"Cheapest: "_s.size());
        QVERIFY2(text.contains(u"Cheapest "_s + cheapest), qPrintable(cheapest));
        QVERIFY2(text.contains(simplified(screen.breakEven)), qPrintable(screen.breakEven));
        // Each option's breakdown is headed by the label and total the table shows.
        for (qsizetype i = 0; i < screen.labels.size(); ++i)
            QVERIFY2(text.contains(screen.labels.at(i)) && text.contains(screen.totals.at(i)),
                     qPrintable(screen.labels.at(i) + u" "_s + screen.totals.at(i)));
        // The capability matrix: each compared service's row ends with its score and rank.
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        for (const RadarService& s : screen.ranking) {
            const QRegularExpression row(u"^\\s*%1\\s.*\\s%2\\s+%3\\s*$"_s.arg(
                                             QRegularExpression::escape(s.label),
                                             QRegularExpression::escape(locale.toString(s.weightedScore, 'f', 2)))
                                             .arg(s.rank),
                                         QRegularExpression::MultilineOption);
            QVERIFY2(row.match(layout).hasMatch(), qPrintable(s.label));
        }

        // The slides, as the presentation shows them.
        PresentationWindow* show = exports->present(false);
        QVERIFY(show);
        const SlideRenderer& slides = show->renderer();
        const QString costs = slides.text(SlideRenderer::MonthlyCostSlide).join(u' ');
        for (const QString& total : screen.totals)
            QVERIFY2(costs.contains(total), qPrintable(total + u" not on: "_s + costs));
        QVERIFY2(simplified(slides.text(SlideRenderer::ScalingSlide).join(u' ')).contains(simplified(screen.breakEven)),
                 qPrintable(screen.breakEven));
        // The summary slide ranks the services as the window does: "rank label score" rows.
        const QStringList summary = slides.text(SlideRenderer::SummarySlide);
        const QString summaryText = summary.join(u' ');
        for (const RadarService& s : screen.ranking)
            QVERIFY2(summaryText.contains(s.label), qPrintable(s.label));
        QVERIFY2(summaryText.contains(cheapest.section(u" — "_s, 0, 0)), qPrintable(summaryText));
        show->close();
        QTest::qWait(0);
    }
};

QTEST_MAIN(TestAgreement)
#include "tst_agreement.moc"
