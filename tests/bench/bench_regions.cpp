// The regions view for 30 regions × 8 options: evaluating the workload in every region
// (RegionComparison) and filling the Regions tab's table from it (RegionsView), and the same
// with the tab showing one option as bars (ChartBuilder::regions) as well. Thirty books are
// made from the two shipped ones under other region codes. Budget: 16 ms median for each.
#include "Catalog.h"
#include "ChartBuilder.h"
#include "PriceBook.h"
#include "RegionComparison.h"
#include "ComparisonSession.h"
#include "RegionsView.h"
#include "Scenario.h"
#include "ScenarioDocument.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QTableWidget>
#include <QTest>

#include <memory>

class BenchRegions : public QObject
{
    Q_OBJECT

    PriceBooks m_books;
    Scenario m_scenario;

private slots:
    void initTestCase()
    {
        QList<PriceBook> books;
        const QList<PriceBook>& shipped = PriceBooks::shipped().books();
        for (int i = 0; i < 30; ++i) {
            PriceBook book = shipped.at(i % shipped.size());
            book.region = QStringLiteral("xx-bench-%1").arg(i + 1);
            books.append(book);
        }
        m_books = PriceBooks::fromList(books);
        QCOMPARE(m_books.regions().size(), 30);
        LoadError error;
        std::optional<Scenario> scenario =
            ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json"), &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        Option lambda;
        lambda.id = QStringLiteral("lambda");
        lambda.service = QStringLiteral("lambda");
        scenario->options.append(lambda);
        m_scenario = *scenario;
        QCOMPARE(m_scenario.options.size(), 8);
    }

    void evaluate()
    {
        QBENCHMARK {
            const RegionComparison r = RegionComparison::evaluate(m_scenario, Catalog::builtin(), m_books);
            QCOMPARE(r.regions.size(), 30);
        }
    }

    void evaluateAndFillTheTab()
    {
        ComparisonSession session(m_scenario, Catalog::builtin(), m_books);
        RegionsView view(&session);
        view.resize(1000, 600);
        view.show();
        QBENCHMARK {
            session.reevaluate(); // as after an edit: the regions are computed again when shown
            view.refresh();
            QCOMPARE(view.table()->rowCount(), 30);
        }
    }

    // The chart alone, from the evaluated regions.
    void chartOnly()
    {
        const RegionComparison r = RegionComparison::evaluate(m_scenario, Catalog::builtin(), m_books);
        QBENCHMARK {
            std::unique_ptr<QChart> chart(ChartBuilder::regions(r, r.optionIds.constFirst(), m_scenario.currency, ChartStyle::forTheme(false)));
        }
    }

    void evaluateFillAndChart()
    {
        ComparisonSession session(m_scenario, Catalog::builtin(), m_books);
        RegionsView view(&session);
        view.resize(1000, 600);
        view.show();
        view.refresh();
        view.showChart(m_scenario.options.constFirst().id);
        QBENCHMARK {
            session.reevaluate();
            view.refresh();
            const auto* bars = qobject_cast<QAbstractBarSeries*>(view.chartView()->chart()->series().constFirst());
            QCOMPARE(bars->barSets().constFirst()->count(), 30);
        }
    }
};

QTEST_MAIN(BenchRegions)
#include "bench_regions.moc"
