// How the window takes input where a new user stumbled: the wheel over a field it has not
// focused scrolls instead of changing a value; Ctrl+Z and Ctrl+Shift+Z in a number field undo
// and redo the document; catalog search finds what the facts say, says when nothing matches,
// Esc clears it and Down moves into the results; the currency chosen in Preferences is kept.

#include "CatalogModel.h"
#include "CatalogPage.h"
#include "ComparePage.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ScenarioDocument.h"
#include "WorkloadForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

namespace {

void wheelOver(QWidget* widget, int steps)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

QStringList matches(CatalogPage* page, const QString& text)
{
    page->searchField()->setText(text);
    QStringList ids;
    for (int r = 0; r < page->proxyModel()->rowCount(); ++r)
        ids << page->proxyModel()->index(r, CatalogModel::IdColumn).data(CatalogModel::RawValueRole).toString();
    return ids;
}

} // namespace

class TestInput : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void wheelChangesOnlyAFocusedField();
    void undoKeysInANumberFieldUndoTheDocument();
    void searchFindsTheFacts();
    void searchKeys();
    void preferredCurrencyIsKept();
};

void TestInput::wheelChangesOnlyAFocusedField()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    NumberField* tasks = w.comparePage()->workloadForm()->tasksField();
    QCOMPARE(w.document()->scenario().workload.tasks, 1);
    QVERIFY(!tasks->hasFocus());
    wheelOver(tasks, 1);
    QCOMPARE(tasks->value(), 1.0);
    QCOMPARE(w.document()->scenario().workload.tasks, 1);
    QCOMPARE(tasks->focusPolicy(), Qt::StrongFocus);
    // Once the user has put the cursor in it, the wheel steps it: 1 → 2 tasks.
    tasks->setFocus();
    QTRY_VERIFY(tasks->hasFocus());
    wheelOver(tasks, 1);
    QCOMPARE(tasks->value(), 2.0);
}

void TestInput::undoKeysInANumberFieldUndoTheDocument()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.document()->setTasks(3);
    QCOMPARE(w.document()->scenario().workload.tasks, 3);
    NumberField* vcpu = w.comparePage()->workloadForm()->vcpuField();
    vcpu->setFocus();
    QTRY_VERIFY(vcpu->hasFocus());
    QTest::keyClick(vcpu, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->scenario().workload.tasks, 1);
    QTest::keyClick(vcpu, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->scenario().workload.tasks, 3);
    QTest::keyClick(vcpu, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(vcpu, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(w.document()->scenario().workload.tasks, 3);
}

void TestInput::searchFindsTheFacts()
{
    MainWindow w;
    w.setInteractive(false);
    w.showPage(MainWindow::Page::Iac);
    CatalogPage* iac = w.catalogPage(MainWindow::Page::Iac);
    // Slide 19: ecspresso, the open-source tool KAYAC wrote for ECS.
    QVERIFY(matches(iac, QStringLiteral("ecspresso")).contains(QStringLiteral("ecspresso")));
    QVERIFY(matches(iac, QStringLiteral("KAYAC")).contains(QStringLiteral("ecspresso")));
    QVERIFY(matches(iac, QStringLiteral("カヤック")).contains(QStringLiteral("ecspresso")));
    w.showPage(MainWindow::Page::Runtimes);
    CatalogPage* runtimes = w.catalogPage(MainWindow::Page::Runtimes);
    // Slide 13: EC2 is the realistic choice for GPUs; slide 12: EC2 and Fargate offer Spot.
    QVERIFY(matches(runtimes, QStringLiteral("GPU")).contains(QStringLiteral("ec2")));
    QVERIFY(matches(runtimes, QStringLiteral("Spot")).size() >= 2);
    // Nothing matches: the page says so.
    QVERIFY(matches(runtimes, QStringLiteral("zzqx")).isEmpty());
    QVERIFY(!runtimes->noMatchesLabel()->isHidden());
    QVERIFY(runtimes->noMatchesLabel()->text().contains(QStringLiteral("zzqx")));
    QVERIFY(!matches(runtimes, QString()).isEmpty());
    QVERIFY(runtimes->noMatchesLabel()->isHidden());
}

void TestInput::searchKeys()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    w.showPage(MainWindow::Page::Services);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    CatalogPage* services = w.catalogPage(MainWindow::Page::Services);
    QLineEdit* search = services->searchField();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Kubernetes"));
    const int found = services->proxyModel()->rowCount();
    QVERIFY(found > 0);
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(services->tableView()->hasFocus());
    QCOMPARE(services->tableView()->selectionModel()->selectedRows().size(), 1);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(services->proxyModel()->rowCount() > found);
}

void TestInput::preferredCurrencyIsKept()
{
    // Preferences says USD; the window then shows a JPY file and closes. A new comparison on
    // the next start is still in USD.
    QSettings().setValue(QStringLiteral("money/currency"), QStringLiteral("USD"));
    {
        MainWindow w;
        w.setInteractive(false);
        QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json")));
        QCOMPARE(w.document()->scenario().currency.code, QStringLiteral("JPY"));
        w.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("money/currency")).toString(), QStringLiteral("USD"));
    MainWindow next;
    next.setInteractive(false);
    QCOMPARE(next.document()->scenario().currency.code, QStringLiteral("USD"));
}

QTEST_MAIN(TestInput)
#include "tst_input.moc"
