// The open document: undo and redo of every kind of edit, merging while typing, the
// modified flag, and files that load or fail to load.

#include "ScenarioCommands.h"
#include "ScenarioDocument.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestScenarioDocument : public QObject
{
    Q_OBJECT

private slots:
    void defaultScenarioIsTheDecksSet();
    void editUndoRedo();
    void typingIntoOneFieldMergesIntoOneStep();
    void differentFieldsAreSeparateSteps();
    void typingBackToTheStartLeavesNothingToUndo();
    void anEditThatChangesNothingIsNotRecorded();
    void modifiedFollowsTheCleanState();
    void optionsAddRemoveAndUndoInPlace();
    void tickingIsNeverMerged();
    void optionFieldsMergePerOptionAndField();
    void saveAndOpenRoundTrip();
    void aBrokenFileLeavesTheDocumentAsItWas();
    void resetForgetsHistory();
};

void TestScenarioDocument::defaultScenarioIsTheDecksSet()
{
    const Scenario s = ScenarioDocument::defaultScenario();
    QStringList ids;
    for (const Option& o : s.options)
        ids << o.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("ecs-ec2"), QStringLiteral("ecs-fargate"), QStringLiteral("eks-ec2"),
                              QStringLiteral("eks-fargate"), QStringLiteral("lightsail"),
                              QStringLiteral("elastic-beanstalk"), QStringLiteral("app-runner")}));
    QCOMPARE(s.region, QStringLiteral("ap-northeast-1"));
    QCOMPARE(s.workload.vcpu, 2.0);
    QCOMPARE(s.workload.memoryGiB, 4.0);
    QCOMPARE(s.period.totalHours(), 730.0);
    // ECS and EKS on c7i.xlarge: what a c7i.large registers (ECS) or keeps for the kubelet (EKS)
    // leaves less than the task's 4 GiB; Elastic Beanstalk's plain Docker fills a c7i.large.
    QCOMPARE(s.options.at(0).instanceType, QStringLiteral("c7i.xlarge"));
    QCOMPARE(s.options.at(2).instanceType, QStringLiteral("c7i.xlarge"));
    QCOMPARE(s.options.at(5).instanceType, QStringLiteral("c7i.large"));
}

void TestScenarioDocument::editUndoRedo()
{
    ScenarioDocument doc;
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    doc.setTasks(5);
    QCOMPARE(doc.scenario().workload.tasks, 5);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change tasks"));

    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().workload.tasks, 1);
    QCOMPARE(changed.count(), 2);
    doc.undoStack()->redo();
    QCOMPARE(doc.scenario().workload.tasks, 5);
    QCOMPARE(changed.count(), 3);

    doc.setRegion(QStringLiteral("us-east-1"));
    doc.setCurrency(CurrencySettings{QStringLiteral("JPY"), 155, QStringLiteral("floor")});
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().currency.code, QStringLiteral("USD"));
    QCOMPARE(doc.scenario().region, QStringLiteral("us-east-1"));
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().region, QStringLiteral("ap-northeast-1"));
}

void TestScenarioDocument::typingIntoOneFieldMergesIntoOneStep()
{
    // A spin box sends every keystroke: "1", "12", "128" is one edit of the task count.
    ScenarioDocument doc;
    doc.setTasks(1 + 1);
    doc.setTasks(12);
    doc.setTasks(128);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.scenario().workload.tasks, 128);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().workload.tasks, 1);
    QVERIFY(!doc.undoStack()->canUndo());
}

void TestScenarioDocument::differentFieldsAreSeparateSteps()
{
    ScenarioDocument doc;
    doc.setTasks(2);
    doc.setVcpu(1);
    doc.setTasks(3);
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().workload.tasks, 2);
    QCOMPARE(doc.scenario().workload.vcpu, 1.0);
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario().workload.vcpu, 2.0);
}

void TestScenarioDocument::typingBackToTheStartLeavesNothingToUndo()
{
    ScenarioDocument doc;
    doc.setMemoryGiB(8);
    doc.setMemoryGiB(4);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestScenarioDocument::anEditThatChangesNothingIsNotRecorded()
{
    ScenarioDocument doc;
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    doc.setTasks(1);
    doc.setRegion(QStringLiteral("ap-northeast-1"));
    doc.edit(QStringLiteral("nothing"), {}, [](Scenario&) {});
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestScenarioDocument::modifiedFollowsTheCleanState()
{
    ScenarioDocument doc;
    QSignalSpy modified(&doc, &ScenarioDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    doc.setOs(QStringLiteral("windows"));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    doc.undoStack()->redo();
    doc.setClean();
    QVERIFY(!doc.isModified());
    doc.undoStack()->undo(); // back past the saved state: unsaved again
    QVERIFY(doc.isModified());
}

void TestScenarioDocument::optionsAddRemoveAndUndoInPlace()
{
    ScenarioDocument doc;
    Option o;
    o.id = QStringLiteral("ecs-fargate"); // taken: made unique
    o.service = QStringLiteral("ecs");
    o.runtime = QStringLiteral("fargate");
    o.purchase = QStringLiteral("spot");
    const QString id = doc.addOption(o, 2);
    QCOMPARE(id, QStringLiteral("ecs-fargate-2"));
    QCOMPARE(doc.scenario().options.size(), 8);
    QCOMPARE(doc.scenario().options.at(2).id, id);

    doc.removeOption(QStringLiteral("eks-ec2"));
    QCOMPARE(doc.scenario().options.size(), 7);
    QCOMPARE(doc.optionIndex(QStringLiteral("eks-ec2")), -1);
    doc.undoStack()->undo();
    QCOMPARE(doc.optionIndex(QStringLiteral("eks-ec2")), 3); // back where it was, after the new one
    doc.undoStack()->undo();
    QCOMPARE(doc.optionIndex(id), -1);
    QCOMPARE(doc.scenario(), ScenarioDocument::defaultScenario());
}

void TestScenarioDocument::tickingIsNeverMerged()
{
    ScenarioDocument doc;
    doc.setOptionEnabled(QStringLiteral("lightsail"), false);
    doc.setOptionEnabled(QStringLiteral("app-runner"), false);
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QVERIFY(doc.scenario().options.at(doc.optionIndex(QStringLiteral("app-runner"))).enabled);
    QVERIFY(!doc.scenario().options.at(doc.optionIndex(QStringLiteral("lightsail"))).enabled);
}

void TestScenarioDocument::optionFieldsMergePerOptionAndField()
{
    ScenarioDocument doc;
    Option o = doc.scenario().options.at(0);
    o.label = QStringLiteral("E");
    doc.setOption(o, QStringLiteral("label"));
    o.label = QStringLiteral("EC");
    doc.setOption(o, QStringLiteral("label"));
    QCOMPARE(doc.undoStack()->count(), 1);
    o.instanceType = QStringLiteral("m7i.large");
    doc.setOption(o, QStringLiteral("instanceType"));
    QCOMPARE(doc.undoStack()->count(), 2);
    Option other = doc.scenario().options.at(2);
    other.label = QStringLiteral("K");
    doc.setOption(other, QStringLiteral("label"));
    QCOMPARE(doc.undoStack()->count(), 3);

    const auto* last = dynamic_cast<const EditScenarioCommand*>(doc.undoStack()->command(2));
    QVERIFY(last);
    QCOMPARE(last->mergeKey(), QStringLiteral("option/eks-ec2/label"));
    QCOMPARE(last->id(), EditScenarioCommand::mergeableId);
}

void TestScenarioDocument::saveAndOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("mine.ccompare"));
    ScenarioDocument doc;
    doc.setTitle(QStringLiteral("Round trip"));
    doc.setTasks(4);
    doc.setPeriod(Period{std::nullopt, 30.5, 24});
    QSignalSpy fileName(&doc, &ScenarioDocument::fileNameChanged);
    QString error;
    QVERIFY2(doc.save(file, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.fileName(), file);
    QCOMPARE(fileName.count(), 1);
    QCOMPARE(doc.displayName(), QStringLiteral("Round trip"));

    ScenarioDocument other;
    LoadError loadError;
    QVERIFY2(other.open(file, &loadError), qPrintable(loadError.toString()));
    QCOMPARE(other.scenario(), doc.scenario());
    QCOMPARE(other.fileName(), file);
    QVERIFY(!other.isModified());
}

void TestScenarioDocument::aBrokenFileLeavesTheDocumentAsItWas()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.ccompare"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schema": "container-compare/scenario", "version": 1, "workload": {"tasks": -3}})");
    f.close();

    ScenarioDocument doc;
    doc.setTasks(7);
    const Scenario before = doc.scenario();
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    LoadError error;
    QVERIFY(!doc.open(broken, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.toString().contains(QStringLiteral("broken.ccompare")), qPrintable(error.toString()));
    QCOMPARE(doc.scenario(), before);
    QVERIFY(doc.fileName().isEmpty());
    QVERIFY(doc.isModified());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 0);

    QVERIFY(!doc.open(dir.filePath(QStringLiteral("missing.ccompare")), &error));
    QCOMPARE(doc.scenario(), before);
}

void TestScenarioDocument::resetForgetsHistory()
{
    ScenarioDocument doc;
    doc.setTasks(9);
    Scenario s = ScenarioDocument::defaultScenario();
    s.title = QStringLiteral("Fresh");
    QSignalSpy changed(&doc, &ScenarioDocument::changed);
    doc.reset(s, QStringLiteral("/tmp/x.ccompare"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!doc.undoStack()->canUndo());
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.scenario().title, QStringLiteral("Fresh"));
    QCOMPARE(doc.fileName(), QStringLiteral("/tmp/x.ccompare"));
}

QTEST_GUILESS_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
