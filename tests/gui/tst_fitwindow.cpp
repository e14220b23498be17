// What the window, the charts and the notes show of fit: a workload nothing can price draws a
// message instead of empty axes; an option that cannot run is flagged in the table and never
// the cheapest in the status bar; an instance of the wrong architecture is fixed in one click;
// the notes' marks are characters the fonts we depend on have.

#include "ChartBuilder.h"
#include "ComparePage.h"
#include "ComparisonExport.h"
#include "Comparison.h"
#include "ComparisonModel.h"
#include "CostModel.h"
#include "MainWindow.h"
#include "OptionEditor.h"
#include "OptionsPanel.h"
#include "ScenarioDocument.h"

#include <QChart>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QRawFont>
#include <QSettings>
#include <QTest>

namespace {

int rowOf(const ComparisonModel* model, const QString& optionId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ComparisonModel::OptionIdRole).toString() == optionId)
            return r;
    return -1;
}

} // namespace

class TestFitWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void nothingPriceableDrawsAMessage();
    void noteMarksHaveGlyphs();
    void cannotRunIsFlaggedAndNeverCheapest();
    void wrongArchitectureIsFixedInOneClick();
    void instanceTypeRowFollowsTheCostModel();
    void jsonSaysWhatFits();
};

void TestFitWindow::nothingPriceableDrawsAMessage()
{
    Scenario s = ScenarioDocument::defaultScenario();
    s.workload.vcpu = 50;
    s.workload.memoryGiB = 4;
    ComparisonModel model;
    model.setComparison(CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin()), s.currency);
    const ChartStyle style = ChartStyle::forTheme(false);
    const ScalingData scaling = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 10);
    const std::unique_ptr<QChart> charts[] = {std::unique_ptr<QChart>(ChartBuilder::totals(model, style)),
                                              std::unique_ptr<QChart>(ChartBuilder::breakdown(model, style)),
                                              std::unique_ptr<QChart>(ChartBuilder::scaling(scaling, style))};
    for (const auto& chart : charts) {
        // No axes to count "0 0 0 1 1 1", no "Option" axis title, no empty legend: the title and
        // the reason.
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->axes().isEmpty());
        QVERIFY(!chart->legend()->isVisible());
        QVERIFY2(chart->title().contains(QStringLiteral("No option can be priced for this workload")),
                 qPrintable(chart->title()));
    }
    QVERIFY(charts[0]->title().startsWith(ChartBuilder::totalsTitle()));
    QVERIFY(charts[2]->title().startsWith(ChartBuilder::scalingTitle()));
}

void TestFitWindow::noteMarksHaveGlyphs()
{
    // The fonts the package depends on or recommends: DejaVu Sans (Debian's default sans) and
    // Noto Sans CJK for Japanese. Each mark must be drawable by one of them.
    const QStringList families = QFontDatabase::families();
    QStringList ours;
    for (const QString& f : families)
        if (f.startsWith(QStringLiteral("DejaVu Sans")) || f.startsWith(QStringLiteral("Noto Sans CJK")))
            ours << f;
    QVERIFY2(!ours.isEmpty(), qPrintable(families.join(QStringLiteral(", "))));
    for (NoteLevel level : {NoteLevel::Info, NoteLevel::Warning, NoteLevel::Unavailable}) {
        const QString mark = noteMark(level);
        QCOMPARE(mark.size(), 1);
        bool drawn = false;
        for (const QString& f : ours)
            drawn = drawn || QRawFont::fromFont(QFont(f)).supportsCharacter(mark.at(0));
        QVERIFY2(drawn, qPrintable(QStringLiteral("no font of ours has U+%1").arg(mark.at(0).unicode(), 4, 16)));
    }
}

void TestFitWindow::cannotRunIsFlaggedAndNeverCheapest()
{
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json")));
    const ComparisonModel* model = w.comparisonModel();
    // Lightsail's total is the lowest (80 + 2.50 = 82.50 USD) but it mounts neither EBS nor EFS.
    const int lightsail = rowOf(model, QStringLiteral("lightsail"));
    QVERIFY(lightsail >= 0);
    const QModelIndex label = model->index(lightsail, ComparisonModel::OptionColumn);
    QCOMPARE(label.data(ComparisonModel::FitRole).toInt(), int(Fit::CannotRun));
    QVERIFY(label.data(Qt::DisplayRole).toString().contains(QStringLiteral("cannot run")));
    QVERIFY(label.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be mounted from Lightsail")));
    QVERIFY(!model->index(lightsail, ComparisonModel::TotalColumn).data(ComparisonModel::CheapestRole).toBool());
    // The cheapest that runs it: Elastic Beanstalk on c7i.large, 730 × 0.11235 + 9.60 + 36 + 2.50
    // + 2.20 = 132.3155 USD → ¥20,508 (× 155, floored).
    const int beanstalk = rowOf(model, QStringLiteral("beanstalk"));
    QVERIFY(model->index(beanstalk, ComparisonModel::TotalColumn).data(ComparisonModel::CheapestRole).toBool());
    QVERIFY2(w.statusText().contains(QStringLiteral("Cheapest: Beanstalk on EC2 (c7i.large)")), qPrintable(w.statusText()));
    QVERIFY2(w.statusText().contains(QStringLiteral("¥20,508")), qPrintable(w.statusText()));

    // Under the scaling chart, the crossing of App Runner (144.54 n + 4.70 USD) and EKS on
    // Fargate (94.0021 n + 113.70): App Runner is cheaper at 2 tasks, EKS on Fargate at 3.
    w.comparePage()->chart(ComparePage::Chart::Scaling);
    QCOMPARE(w.comparePage()->breakEvenLabel()->text(),
             QStringLiteral("The cheapest option stays the same from 1 to 10 tasks. "
                            "EKS on Fargate becomes cheaper than App Runner between 2 and 3 tasks."));
}

void TestFitWindow::wrongArchitectureIsFixedInOneClick()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    ScenarioDocument* doc = w.document();
    doc->setArch(QStringLiteral("arm64"));
    OptionsPanel* panel = w.comparePage()->optionsPanel();
    panel->selectOption(QStringLiteral("elastic-beanstalk"));
    QPushButton* fix = panel->editor()->archFixButton();
    QTRY_VERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Use c7g.large (arm64)"));
    QVERIFY(!doc->scenario().options.at(5).instanceType.isEmpty());
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(doc->scenario().options.at(5).id, QStringLiteral("elastic-beanstalk"));
    QCOMPARE(doc->scenario().options.at(5).instanceType, QStringLiteral("c7g.large"));
    QTRY_VERIFY(!fix->isVisible());
    // Priced on Graviton now: 730 × 0.091 = 66.43 USD, and it fits.
    const int row = rowOf(w.comparisonModel(), QStringLiteral("elastic-beanstalk"));
    QCOMPARE(w.comparisonModel()->index(row, ComparisonModel::OptionColumn).data(ComparisonModel::FitRole).toInt(),
             int(Fit::Fits));
    QCOMPARE(qRound64(w.comparisonModel()->index(row, ComparisonModel::TotalUsdColumn)
                          .data(ComparisonModel::RawValueRole).toDouble() * 100),
             qRound64(730 * 0.091 * 100));
    // One undo brings the x86 type back.
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario().options.at(5).instanceType, QStringLiteral("c7i.large"));
}

void TestFitWindow::instanceTypeRowFollowsTheCostModel()
{
    // The option editor offers an instance type exactly where the cost model prices hosts by
    // their type (CostModel::pricesHosts): EC2 runtimes, and ROSA and self-managed EC2 even
    // when the option names no runtime; never Fargate, Lightsail or App Runner.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    ScenarioDocument* doc = w.document();
    for (const char* service : {"rosa", "ec2-self-managed"}) {
        Option o;
        o.service = QLatin1String(service);
        doc->addOption(o);
    }
    OptionsPanel* panel = w.comparePage()->optionsPanel();
    QComboBox* instanceType = panel->editor()->instanceTypeBox();
    int hosts = 0;
    for (const Option& o : doc->scenario().options) {
        panel->selectOption(o.id);
        QTRY_COMPARE(panel->editor()->optionId(), o.id);
        QVERIFY2(instanceType->isVisible() == CostModel::pricesHosts(o), qPrintable(o.id));
        hosts += CostModel::pricesHosts(o) ? 1 : 0;
    }
    // ECS, EKS and Beanstalk on EC2 in the deck's scenario, and the two added here.
    QCOMPARE(hosts, 5);
    // Moving an option off EC2 forgets its instance type, as the model would not price one.
    panel->selectOption(QStringLiteral("ecs-ec2"));
    const int index = doc->optionIndex(QStringLiteral("ecs-ec2"));
    Option onFargate = doc->scenario().options.at(index);
    onFargate.instanceType = QStringLiteral("c7i.large");
    doc->setOption(onFargate, QStringLiteral("instanceType"));
    QComboBox* runtime = nullptr;
    for (QComboBox* box : panel->editor()->findChildren<QComboBox*>())
        if (box->accessibleName() == u"Runs on")
            runtime = box;
    QVERIFY(runtime);
    runtime->setCurrentIndex(runtime->findData(QStringLiteral("fargate")));
    QCOMPARE(doc->scenario().options.at(index).runtime, QStringLiteral("fargate"));
    QVERIFY(doc->scenario().options.at(index).instanceType.isEmpty());
    QVERIFY(!instanceType->isVisible());
}

void TestFitWindow::jsonSaysWhatFits()
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json"), &error);
    QVERIFY2(s, qPrintable(error.toString()));
    const QJsonObject root =
        ComparisonExport::toJsonObject(CostModel::evaluate(*s, Catalog::builtin(), PriceBooks::builtin()), s->currency);
    QCOMPARE(root.value(QStringLiteral("cheapest")).toString(), QStringLiteral("beanstalk"));
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue& v : root.value(QStringLiteral("options")).toArray())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    const QJsonObject lightsail = byId.value(QStringLiteral("lightsail"));
    QCOMPARE(lightsail.value(QStringLiteral("fits")).toBool(true), false);
    QCOMPARE(lightsail.value(QStringLiteral("fit")).toString(), QStringLiteral("cannot-run"));
    QCOMPARE(lightsail.value(QStringLiteral("reasons")).toArray().size(), 3);
    // Still priced (80 + 2.50 = 82.50 USD), so a reader sees what it would cost.
    QCOMPARE(lightsail.value(QStringLiteral("monthlyUsd")).toDouble(), 82.5);
    const QJsonObject ecs = byId.value(QStringLiteral("ecs-ec2"));
    QCOMPARE(ecs.value(QStringLiteral("fits")).toBool(), true);
    QCOMPARE(ecs.value(QStringLiteral("fit")).toString(), QStringLiteral("fits-with-changes"));
    QCOMPARE(ecs.value(QStringLiteral("instanceType")).toString(), QStringLiteral("c7i.xlarge"));
    QCOMPARE(byId.value(QStringLiteral("ecs-fargate")).value(QStringLiteral("fit")).toString(), QStringLiteral("fits"));
    QVERIFY(byId.value(QStringLiteral("ecs-fargate")).value(QStringLiteral("reasons")).toArray().isEmpty());
}

QTEST_MAIN(TestFitWindow)
#include "tst_fitwindow.moc"
