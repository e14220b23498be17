// Crash recovery end to end. A window is started in a process of its own, edited through the
// keyboard and killed with SIGKILL; a new window then offers the document and restores what
// was typed. And a process that saves over and over, killed at random moments, never leaves
// a truncated or empty scenario file or recovery copy.
//
// This executable is also the child process: "--edit FOLDER" and "--save FOLDER".

#include "ComparePage.h"
#include "DocumentRecovery.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ScenarioDocument.h"
#include "WorkloadForm.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

namespace {

const QString typedTitle = QStringLiteral("Nightly batch, before the crash");

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

QLineEdit* titleField(MainWindow& w)
{
    for (QLineEdit* edit : w.comparePage()->workloadForm()->findChildren<QLineEdit*>())
        if (edit->accessibleName() == u"Scenario title")
            return edit;
    return nullptr;
}

// The child that is killed: a window with autosave, edited by keyboard, that says "ready" once
// the last edit is in its recovery copy and then runs until it is killed.
int runEditingChild(const QString& folder)
{
    MainWindow w;
    w.setInteractive(false);
    w.enableRecovery(folder);
    w.recovery()->setInterval(100);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 3;
    QLineEdit* title = titleField(w);
    if (!title)
        return 4;
    typeInto(title, typedTitle);
    typeInto(w.comparePage()->workloadForm()->vcpuField(), QStringLiteral("4"));
    typeInto(w.comparePage()->workloadForm()->tasksField(), QStringLiteral("3"));
    title->setFocus(); // the number fields take their value on leaving too
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        QTest::qWait(50);
        LoadError error;
        const std::optional<RecoveredDocument> copy = DocumentRecovery::read(w.recovery()->copyPath(), &error);
        if (copy && copy->scenario.title == typedTitle && copy->scenario.workload.vcpu == 4
            && copy->scenario.workload.tasks == 3) {
            std::printf("ready\n");
            std::fflush(stdout);
            return QApplication::exec();
        }
    }
    return 5;
}

// The child that saves: two different scenarios in turn over one file, and its recovery copy,
// as fast as it can, until it is killed.
int runSavingChild(const QString& folder)
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder + QStringLiteral("/recovery"));
    const QString file = folder + QStringLiteral("/scenario.ccompare");
    Scenario small = ScenarioDocument::defaultScenario();
    small.title = QStringLiteral("small");
    small.options.resize(1);
    Scenario large = ScenarioDocument::defaultScenario();
    large.title = QStringLiteral("large");
    for (int i = 0; i < 40; ++i) {
        Option o = large.options.at(i % 7);
        o.id = QStringLiteral("copy-%1").arg(i);
        o.label = QString(200, QLatin1Char('x'));
        large.options.append(o);
    }
    bool announced = false;
    for (quint64 i = 0;; ++i) {
        const Scenario& next = i % 2 ? large : small;
        doc.edit(QStringLiteral("next"), {}, [&next](Scenario& s) { s = next; });
        QString error;
        if (!recovery.writeNow(&error) || !ScenarioFile::write(next, file, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 6;
        }
        if (!announced) {
            std::printf("saving\n");
            std::fflush(stdout);
            announced = true;
        }
    }
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aKilledWindowsEditsAreRestored();
    void laterKeepsTheCopyAndDiscardRemovesIt();
    void aNormalCloseLeavesNothingToRecover();
    void savesKilledAtRandomMomentsNeverTruncate();

private:
    QProcess* startChild(const QString& mode, const QString& folder, const QByteArray& ready);
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QProcess* TestRecovery::startChild(const QString& mode, const QString& folder, const QByteArray& ready)
{
    auto* child = new QProcess(this);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {mode, folder});
    if (!child->waitForStarted(60000))
        return nullptr;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    // Generous: a loaded machine or a sanitizer build starts slowly; a fast one does not wait.
    while (!out.contains(ready) && child->state() == QProcess::Running && timer.elapsed() < 240000) {
        child->waitForReadyRead(1000);
        out += child->readAllStandardOutput();
    }
    return out.contains(ready) ? child : nullptr;
}

void TestRecovery::aKilledWindowsEditsAreRestored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    QProcess* child = startChild(QStringLiteral("--edit"), folder, "ready");
    QVERIFY2(child, "the editing window did not get ready");
    QCOMPARE(::kill(pid_t(child->processId()), SIGKILL), 0);
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.ccrecovery")}, QDir::Files).size(), 1);

    // The next start.
    MainWindow w;
    w.setInteractive(false);
    w.enableRecovery(folder);
    w.setNextAnswer(QMessageBox::Yes); // Restore
    QCOMPARE(w.offerRecovery(), 1);
    QVERIFY(w.lastMessage().contains(typedTitle));
    const Scenario& s = w.document()->scenario();
    QCOMPARE(s.title, typedTitle);
    QCOMPARE(s.workload.vcpu, 4.0);
    QCOMPARE(s.workload.tasks, 3);
    // Everything else is the new document the child started from.
    QVERIFY(s.options == ScenarioDocument::defaultScenario().options);
    // The window shows it, and it is unsaved work: one undoable step.
    QCOMPARE(titleField(w)->text(), typedTitle);
    QCOMPARE(w.comparePage()->workloadForm()->vcpuField()->value(), 4.0);
    QVERIFY(w.document()->isModified());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    // The dead window's copy is gone; this window keeps its own.
    const QStringList left = QDir(folder).entryList({QStringLiteral("*.ccrecovery")}, QDir::Files);
    QCOMPARE(left, QStringList{QFileInfo(w.recovery()->copyPath()).fileName()});
    // Nothing more to offer.
    MainWindow again;
    again.setInteractive(false);
    again.enableRecovery(folder);
    QCOMPARE(again.offerRecovery(), 0);
}

void TestRecovery::laterKeepsTheCopyAndDiscardRemovesIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    {
        ScenarioDocument doc;
        DocumentRecovery recovery(&doc, folder);
        doc.removeOption(QStringLiteral("lightsail"));
        // What a window that died leaves: the copy, and no lock held.
        QVERIFY(QFile::copy(recovery.copyPath(), folder + QStringLiteral("/left.ccrecovery")));
    }
    {
        MainWindow w;
        w.setInteractive(false);
        w.enableRecovery(folder);
        w.setNextAnswer(QMessageBox::Ignore); // Later
        QCOMPARE(w.offerRecovery(), 0);
        QVERIFY(!w.document()->isModified());
        QVERIFY(QFile::exists(folder + QStringLiteral("/left.ccrecovery")));
    }
    MainWindow w;
    w.setInteractive(false);
    w.enableRecovery(folder);
    w.setNextAnswer(QMessageBox::Discard);
    QCOMPARE(w.offerRecovery(), 0);
    QVERIFY(!QFile::exists(folder + QStringLiteral("/left.ccrecovery")));
    QCOMPARE(w.document()->scenario().options.size(), 7);
}

void TestRecovery::aNormalCloseLeavesNothingToRecover()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("recovery"));
    MainWindow w;
    w.setInteractive(false);
    w.enableRecovery(folder);
    w.show();
    w.document()->removeOption(QStringLiteral("lightsail"));
    QVERIFY(QFile::exists(w.recovery()->copyPath()));
    w.setNextAnswer(QMessageBox::Discard); // "Save the changes first?" — no
    QVERIFY(w.close());
    QVERIFY(QDir(folder).entryList({QStringLiteral("*.ccrecovery")}, QDir::Files).isEmpty());
}

void TestRecovery::savesKilledAtRandomMomentsNeverTruncate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("scenario.ccompare"));
    QRandomGenerator random(QRandomGenerator::global()->generate());
    QStringList delays;
    for (int round = 0; round < 20; ++round) {
        QProcess* child = startChild(QStringLiteral("--save"), dir.path(), "saving");
        QVERIFY2(child, "the saving process did not start saving");
        const int delay = int(random.bounded(60));
        delays << QString::number(delay);
        QTest::qSleep(delay);
        QCOMPARE(::kill(pid_t(child->processId()), SIGKILL), 0);
        QVERIFY(child->waitForFinished(30000));
        delete child;

        LoadError error;
        const std::optional<Scenario> saved = ScenarioFile::read(file, &error);
        QVERIFY2(saved, qPrintable(QStringLiteral("after killing %1 ms into saving (delays %2): %3")
                                       .arg(delay)
                                       .arg(delays.join(u','), error.toString())));
        QVERIFY(saved->title == u"small" || saved->title == u"large");
        QCOMPARE(saved->options.size(), saved->title == u"small" ? 1 : 47);
        const QList<RecoveredDocument> copies = DocumentRecovery::orphans(dir.filePath(QStringLiteral("recovery")));
        QVERIFY(!copies.isEmpty());
        for (const RecoveredDocument& copy : copies)
            QVERIFY(copy.scenario.title == u"small" || copy.scenario.title == u"large");
    }
}

int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"--edit")
        return runEditingChild(arguments.at(2));
    if (arguments.size() == 3 && arguments.at(1) == u"--save")
        return runSavingChild(arguments.at(2));
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
