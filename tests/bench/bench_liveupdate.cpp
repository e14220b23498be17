// What one edit costs on the Compare page with 8 options: evaluating the scenario, updating
// the comparison model, and rebuilding the four charts (the scaling chart evaluates the
// scenario again at each sampled task count). One frame at 60 Hz is 16.7 ms.

#include "ChartBuilder.h"
#include "ComparisonModel.h"
#include "CostModel.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"

#include <QChart>
#include <QChartView>
#include <QPainter>
#include <QTest>

#include <memory>

class BenchLiveUpdate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void evaluate();
    void modelUpdate();
    void chartsRebuild();
    void wholeEdit();
    void wholeEditDrawn();
    void windowEdit();

private:
    Scenario m_scenario;
    int m_tasks = 1;
};

void BenchLiveUpdate::initTestCase()
{
    // The deck's seven options and one more (ECS on Fargate Spot): eight.
    m_scenario = ScenarioDocument::defaultScenario();
    Option spot;
    spot.id = QStringLiteral("ecs-fargate-spot");
    spot.service = QStringLiteral("ecs");
    spot.runtime = QStringLiteral("fargate");
    spot.purchase = QStringLiteral("spot");
    m_scenario.options << spot;
    m_scenario.currency = CurrencySettings{QStringLiteral("JPY"), 155, QStringLiteral("floor")};
    QCOMPARE(m_scenario.options.size(), 8);
    QCOMPARE(CostModel::evaluate(m_scenario, Catalog::builtin(), PriceBooks::builtin()).options.size(), 8);
}

void BenchLiveUpdate::evaluate()
{
    Scenario s = m_scenario;
    QBENCHMARK {
        s.workload.tasks = 1 + (m_tasks++ % 20);
        const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
        QVERIFY(!c.options.isEmpty());
    }
}

void BenchLiveUpdate::modelUpdate()
{
    ComparisonModel model;
    const Comparison a = CostModel::evaluate(m_scenario, Catalog::builtin(), PriceBooks::builtin());
    Scenario other = m_scenario;
    other.workload.tasks = 5;
    const Comparison b = CostModel::evaluate(other, Catalog::builtin(), PriceBooks::builtin());
    bool flip = false;
    QBENCHMARK {
        model.setComparison((flip = !flip) ? a : b, m_scenario.currency);
    }
}

void BenchLiveUpdate::chartsRebuild()
{
    ComparisonModel model;
    model.setComparison(CostModel::evaluate(m_scenario, Catalog::builtin(), PriceBooks::builtin()), m_scenario.currency);
    const ChartStyle style = ChartStyle::forTheme(false);
    QBENCHMARK {
        const ScalingData scaling = Scaling::evaluate(m_scenario, Catalog::builtin(), PriceBooks::builtin(),
                                                              Scaling::defaultRange(m_scenario.workload.tasks));
        const RadarData radar = Ranking::evaluate(m_scenario, Catalog::builtin(), {});
        std::unique_ptr<QChart> totals(ChartBuilder::totals(model, style));
        std::unique_ptr<QChart> breakdown(ChartBuilder::breakdown(model, style));
        std::unique_ptr<QChart> lines(ChartBuilder::scaling(scaling, style));
        std::unique_ptr<QChart> radarChart(ChartBuilder::capabilities(radar, style));
    }
}

// evaluate + model update + the four charts rebuilt: what the window does after each keystroke.
void BenchLiveUpdate::wholeEdit()
{
    ComparisonModel model;
    const ChartStyle style = ChartStyle::forTheme(false);
    Scenario s = m_scenario;
    QBENCHMARK {
        s.workload.tasks = 1 + (m_tasks++ % 20);
        model.setComparison(CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin()), s.currency);
        const ScalingData scaling = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(),
                                                              Scaling::defaultRange(s.workload.tasks));
        const RadarData radar = Ranking::evaluate(s, Catalog::builtin(), {});
        std::unique_ptr<QChart> totals(ChartBuilder::totals(model, style));
        std::unique_ptr<QChart> breakdown(ChartBuilder::breakdown(model, style));
        std::unique_ptr<QChart> lines(ChartBuilder::scaling(scaling, style));
        std::unique_ptr<QChart> radarChart(ChartBuilder::capabilities(radar, style));
    }
}

// The same, with the visible chart laid out and painted in a view the window's size.
void BenchLiveUpdate::wholeEditDrawn()
{
    ComparisonModel model;
    const ChartStyle style = ChartStyle::forTheme(false);
    Scenario s = m_scenario;
    QChartView view;
    view.resize(760, 420);
    QImage target(760, 420, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK {
        s.workload.tasks = 1 + (m_tasks++ % 20);
        model.setComparison(CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin()), s.currency);
        const ScalingData scaling = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(),
                                                              Scaling::defaultRange(s.workload.tasks));
        const RadarData radar = Ranking::evaluate(s, Catalog::builtin(), {});
        QChart* old = view.chart();
        view.setChart(ChartBuilder::totals(model, style));
        delete old;
        std::unique_ptr<QChart> breakdown(ChartBuilder::breakdown(model, style));
        std::unique_ptr<QChart> lines(ChartBuilder::scaling(scaling, style));
        std::unique_ptr<QChart> radarChart(ChartBuilder::capabilities(radar, style));
        QPainter painter(&target);
        view.render(&painter);
    }
}

// The window itself: one document edit re-evaluates, updates the model, the table, the notes,
// the storage and security panels and the chart on show, then paints the window.
void BenchLiveUpdate::windowEdit()
{
    MainWindow window;
    window.setInteractive(false);
    window.document()->reset(m_scenario);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.comparisonModel()->rowCount(), 8);
    QImage target(window.size(), QImage::Format_ARGB32_Premultiplied);
    const bool paint = !qEnvironmentVariableIsSet("BENCH_NO_PAINT");
    QBENCHMARK {
        window.document()->setTasks(1 + (m_tasks++ % 20));
        if (paint) {
            QPainter painter(&target);
            window.render(&painter);
        }
    }
}

QTEST_MAIN(BenchLiveUpdate)
#include "bench_liveupdate.moc"
