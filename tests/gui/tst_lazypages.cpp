// The window builds only the Compare page at start; the catalog and Learn pages are built
// the first time they are shown or asked for, in the window's language and with the prices
// of the scenario's region at that moment.

#include "CatalogModel.h"
#include "CatalogPage.h"
#include "LearnPage.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"

#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

class TestLazyPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheComparePageIsBuiltAtStart();
    void aPageIsBuiltWhenShownWithTheCurrentRegion();
    void askingForAPageBuildsItOnce();
};

void TestLazyPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLazyPages::onlyTheComparePageIsBuiltAtStart()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.findChildren<CatalogPage*>().size(), 0);
    QCOMPARE(w.findChildren<LearnPage*>().size(), 0);
    QCOMPARE(w.currentPage(), MainWindow::Page::Compare);
}

void TestLazyPages::aPageIsBuiltWhenShownWithTheCurrentRegion()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.document()->setRegion(QStringLiteral("us-east-1"));
    w.showPage(MainWindow::Page::Storage);
    QCOMPARE(w.currentPage(), MainWindow::Page::Storage);
    const QList<CatalogPage*> built = w.findChildren<CatalogPage*>();
    QCOMPARE(built.size(), 1);
    CatalogPage* storage = built.first();
    QCOMPARE(storage->kind(), CatalogKind::Storage);
    QVERIFY(storage->isVisible());
    QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), storage);
    QVERIFY(storage->model()->priceBook());
    QCOMPARE(storage->model()->priceBook()->region, QStringLiteral("us-east-1"));
    // A later region change reaches it like any page.
    w.document()->setRegion(QStringLiteral("ap-northeast-1"));
    QCOMPARE(storage->model()->priceBook()->region, QStringLiteral("ap-northeast-1"));
    // The pages keep their places: Learn is still the last.
    w.showPage(MainWindow::Page::Learn);
    QCOMPARE(w.currentPage(), MainWindow::Page::Learn);
    QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), w.learnPage());
    w.showPage(MainWindow::Page::Storage);
    QCOMPARE(w.findChild<QStackedWidget*>()->currentWidget(), storage);
}

void TestLazyPages::askingForAPageBuildsItOnce()
{
    MainWindow w;
    w.setInteractive(false);
    CatalogPage* services = w.catalogPage(MainWindow::Page::Services);
    QVERIFY(services);
    QCOMPARE(services->kind(), CatalogKind::Services);
    QCOMPARE(w.catalogPage(MainWindow::Page::Services), services);
    QCOMPARE(w.findChildren<CatalogPage*>().size(), 1);
    QCOMPARE(w.currentPage(), MainWindow::Page::Compare);
    QVERIFY(!w.catalogPage(MainWindow::Page::Compare));
}

QTEST_MAIN(TestLazyPages)
#include "tst_lazypages.moc"
