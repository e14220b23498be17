// Autosave and recovery of a document: when the recovery copy is written (after the interval,
// at once on a structural change), when it goes away (save, undo to the saved state, a
// normal end), which copies count as left behind, and copies that cannot be read.

#include "DocumentRecovery.h"
#include "ScenarioDocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDocumentRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingIsWrittenWhileThereAreNoChanges();
    void anEditIsCopiedAfterTheInterval();
    void laterEditsDoNotPostponeTheCopy();
    void aStructuralChangeIsCopiedAtOnce();
    void savingRemovesTheCopy();
    void undoingBackToTheSavedStateRemovesTheCopy();
    void aNormalEndRemovesTheCopyAndTheLock();
    void onlyCopiesOfWindowsThatAreGoneAreOrphans();
    void orphansComeNewestFirstAndRemoveCleanly();
    void aCopyThatCannotBeReadIsReportedAndLeft();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->filePath(QStringLiteral("recovery")); }
    QStringList copies() const
    {
        return QDir(folder()).entryList({QStringLiteral("*.ccrecovery")}, QDir::Files, QDir::Name);
    }
};

void TestDocumentRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDocumentRecovery::nothingIsWrittenWhileThereAreNoChanges()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    recovery.setInterval(10);
    QTest::qWait(100);
    QVERIFY(copies().isEmpty());
    // The lock that marks this window as running is there.
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.lock")}, QDir::Files).size(), 1);
    QCOMPARE(recovery.interval(), 10);
}

void TestDocumentRecovery::anEditIsCopiedAfterTheInterval()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    QCOMPARE(recovery.interval(), 30000);
    recovery.setInterval(50);
    QSignalSpy written(&recovery, &DocumentRecovery::written);
    doc.setTitle(QStringLiteral("Batch in Tokyo"));
    doc.setVcpu(4);
    QVERIFY(!QFile::exists(recovery.copyPath())); // not at once: an ordinary edit waits for the interval
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
    LoadError error;
    const std::optional<RecoveredDocument> copy = DocumentRecovery::read(recovery.copyPath(), &error);
    QVERIFY2(copy, qPrintable(error.toString()));
    QCOMPARE(copy->scenario.title, QStringLiteral("Batch in Tokyo"));
    QCOMPARE(copy->scenario.workload.vcpu, 4.0);
    QVERIFY(copy->scenario.options == doc.scenario().options);
    QCOMPARE(copy->scenario.region, doc.scenario().region);
    QVERIFY(copy->fileName.isEmpty());
    QVERIFY(qAbs(copy->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(copy->displayName(), QStringLiteral("Batch in Tokyo"));
}

void TestDocumentRecovery::laterEditsDoNotPostponeTheCopy()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    recovery.setInterval(300);
    QSignalSpy written(&recovery, &DocumentRecovery::written);
    QElapsedTimer typing;
    typing.start();
    // Typing without a pause for longer than the interval still gets a copy within it.
    for (int i = 1; written.isEmpty() && typing.elapsed() < 20000; ++i) {
        doc.setTasks(i);
        QTest::qWait(20);
    }
    QCOMPARE(written.size(), 1);
}

void TestDocumentRecovery::aStructuralChangeIsCopiedAtOnce()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    Option lambda;
    lambda.id = QStringLiteral("lambda");
    lambda.service = QStringLiteral("lambda");
    doc.addOption(lambda);
    // No event loop has run: the copy was written by the edit itself.
    LoadError error;
    std::optional<RecoveredDocument> copy = DocumentRecovery::read(recovery.copyPath(), &error);
    QVERIFY2(copy, qPrintable(error.toString()));
    QCOMPARE(copy->scenario.options.size(), 8);
    QCOMPARE(copy->scenario.options.last().id, QStringLiteral("lambda"));

    doc.removeOption(QStringLiteral("ecs-ec2"));
    copy = DocumentRecovery::read(recovery.copyPath(), &error);
    QVERIFY2(copy, qPrintable(error.toString()));
    QCOMPARE(copy->scenario.options.size(), 7);
    QCOMPARE(copy->scenario.options.first().id, QStringLiteral("ecs-fargate"));
}

void TestDocumentRecovery::savingRemovesTheCopy()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    doc.removeOption(QStringLiteral("lightsail"));
    QVERIFY(QFile::exists(recovery.copyPath()));
    QString error;
    const QString file = m_dir->filePath(QStringLiteral("saved.ccompare"));
    QVERIFY2(doc.save(file, &error), qPrintable(error));
    QVERIFY(!QFile::exists(recovery.copyPath()));
    // Unsaved again: the copy names the file it belongs to.
    doc.removeOption(QStringLiteral("app-runner"));
    LoadError loadError;
    const std::optional<RecoveredDocument> copy = DocumentRecovery::read(recovery.copyPath(), &loadError);
    QVERIFY2(copy, qPrintable(loadError.toString()));
    QCOMPARE(copy->fileName, file);
}

void TestDocumentRecovery::undoingBackToTheSavedStateRemovesTheCopy()
{
    ScenarioDocument doc;
    DocumentRecovery recovery(&doc, folder());
    doc.removeOption(QStringLiteral("lightsail"));
    QVERIFY(QFile::exists(recovery.copyPath()));
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    QVERIFY(!QFile::exists(recovery.copyPath()));
    doc.undoStack()->redo();
    QVERIFY(QFile::exists(recovery.copyPath()));
}

void TestDocumentRecovery::aNormalEndRemovesTheCopyAndTheLock()
{
    ScenarioDocument doc;
    {
        DocumentRecovery recovery(&doc, folder());
        doc.removeOption(QStringLiteral("lightsail"));
        QCOMPARE(copies().size(), 1);
    }
    QVERIFY(QDir(folder()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestDocumentRecovery::onlyCopiesOfWindowsThatAreGoneAreOrphans()
{
    ScenarioDocument running;
    DocumentRecovery live(&running, folder());
    running.setTitle(QStringLiteral("Still open"));
    QVERIFY(live.writeNow());
    // A window that is gone left its copy and no lock (or a lock nobody holds).
    ScenarioDocument gone;
    gone.setTitle(QStringLiteral("Left behind"));
    {
        DocumentRecovery dead(&gone, folder());
        QVERIFY(dead.writeNow());
        QVERIFY(QFile::copy(dead.copyPath(), folder() + QStringLiteral("/gone.ccrecovery")));
    }
    const QList<RecoveredDocument> found = DocumentRecovery::orphans(folder());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().scenario.title, QStringLiteral("Left behind"));
    QCOMPARE(found.first().path, folder() + QStringLiteral("/gone.ccrecovery"));
    // Looking did not take the running window's lock away.
    QCOMPARE(copies().size(), 2);
    QVERIFY(QFile::exists(live.copyPath()));
    QVERIFY(DocumentRecovery::orphans(folder()).size() == 1);
}

void TestDocumentRecovery::orphansComeNewestFirstAndRemoveCleanly()
{
    QDir().mkpath(folder());
    for (const auto& [name, time] : {std::pair{"older", "2026-01-01T10:00:00.000Z"},
                                     std::pair{"newer", "2026-03-01T10:00:00.000Z"}}) {
        ScenarioDocument doc;
        doc.setTitle(QString::fromLatin1(name));
        QByteArray scenario = ScenarioFile::serialize(doc.scenario());
        QFile f(folder() + u'/' + QString::fromLatin1(name) + QStringLiteral(".ccrecovery"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray bytes = QByteArray(R"({"schema": "container-compare/recovery", "version": 1, "fileName": "", "savedAt": ")")
            + QByteArray(time) + QByteArray("\", \"scenario\": ") + scenario + QByteArray("}");
        f.write(bytes);
    }
    QList<RecoveredDocument> found = DocumentRecovery::orphans(folder());
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).scenario.title, QStringLiteral("newer"));
    QCOMPARE(found.at(1).scenario.title, QStringLiteral("older"));
    QVERIFY(DocumentRecovery::remove(found.at(0)));
    found = DocumentRecovery::orphans(folder());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).scenario.title, QStringLiteral("older"));
}

void TestDocumentRecovery::aCopyThatCannotBeReadIsReportedAndLeft()
{
    QDir().mkpath(folder());
    auto write = [this](const char* name, const QByteArray& bytes) {
        QFile f(folder() + u'/' + QString::fromLatin1(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("cut.ccrecovery", R"({"schema": "container-compare/recovery", "vers)");
    write("other.ccrecovery", R"({"schema": "something-else", "version": 1})");
    // A whole copy but for one value out of range.
    QJsonObject scenario = QJsonDocument::fromJson(ScenarioFile::serialize(ScenarioDocument::defaultScenario())).object();
    QJsonObject workload = scenario.value(QStringLiteral("workload")).toObject();
    workload.insert(QStringLiteral("vcpu"), -2);
    scenario.insert(QStringLiteral("workload"), workload);
    const QJsonObject copy{{QStringLiteral("schema"), DocumentRecovery::schema()},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("fileName"), QString()},
                           {QStringLiteral("savedAt"), QStringLiteral("2026-01-01T10:00:00.000Z")},
                           {QStringLiteral("scenario"), scenario}};
    write("bad.ccrecovery", QJsonDocument(copy).toJson());
    QList<LoadError> problems;
    QVERIFY(DocumentRecovery::orphans(folder(), &problems).isEmpty());
    QCOMPARE(problems.size(), 3);
    QMap<QString, LoadError> byFile;
    for (const LoadError& p : problems)
        byFile.insert(p.file, p);
    QCOMPARE(byFile.value(QStringLiteral("other.ccrecovery")).path, QStringLiteral("$.schema"));
    QVERIFY(byFile.value(QStringLiteral("cut.ccrecovery")).message.startsWith(QStringLiteral("not JSON at byte")));
    QCOMPARE(byFile.value(QStringLiteral("bad.ccrecovery")).path, QStringLiteral("$.scenario.workload.vcpu"));
    QCOMPARE(copies().size(), 3); // nothing lost
}

QTEST_GUILESS_MAIN(TestDocumentRecovery)
#include "tst_documentrecovery.moc"
