// How long the PDF report and the slide deck of slide16.json take to write (target for the
// report: under 0.5 s). Run on demand: bench_report [-median N]; it prints the figures and
// never fails because a machine is slow.
#include "Catalog.h"
#include "PriceBook.h"
#include "ReportData.h"
#include "ReportWriter.h"
#include "Scenario.h"
#include "SlideRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

class BenchReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        LoadError error;
        const std::optional<Scenario> scenario =
            ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        m_scenario = *scenario;
        // Load the catalogs and price books once, outside the measurement, as the app does.
        Catalog::builtin();
        PriceBooks::builtin();
    }

    // The whole export as the command runs it: evaluate, lay out, draw the charts, write the PDF.
    void reportPdf()
    {
        QBENCHMARK
        {
            const ReportData data(m_scenario, Catalog::builtin(), PriceBooks::builtin(), Language::English);
            ReportWriter writer(data);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writer.writePdf(&buffer));
        }
    }

    void reportPdfJapanese()
    {
        QBENCHMARK
        {
            const ReportData data(m_scenario, Catalog::builtin(), PriceBooks::builtin(), Language::Japanese);
            ReportWriter writer(data);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writer.writePdf(&buffer));
        }
    }

    void slidesPdf()
    {
        QBENCHMARK
        {
            const ReportData data(m_scenario, Catalog::builtin(), PriceBooks::builtin(), Language::English);
            SlideRenderer slides(data);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(slides.writePdf(&buffer));
        }
    }

    // The median of separate runs, printed plainly for the notes.
    void reportMedian()
    {
        QList<qint64> times;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ReportData data(m_scenario, Catalog::builtin(), PriceBooks::builtin(), Language::English);
            ReportWriter writer(data);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writer.writePdf(&buffer));
            times << timer.nsecsElapsed();
        }
        std::sort(times.begin(), times.end());
        const double median = double(times.at(times.size() / 2)) / 1e6;
        qInfo("report of slide16.json: median %.1f ms over %lld runs (target < 500 ms)", median,
              static_cast<long long>(times.size()));
    }

private:
    Scenario m_scenario;
};

QTEST_MAIN(BenchReport)
#include "bench_report.moc"
