// The window builds only the Compare page at start; the catalog and Learn pages are built
// the first time they are shown or asked for, in the window's language and with the prices
// of the scenario's region at that moment.

#include "CatalogModel.h"
#include "CatalogPage.h"
#include "LearnPage.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"
#include "Theme.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>

#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

namespace {

// The colour most of the drawn (opaque) pixels of an icon have.
QColor inkOf(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most)
            best = it.key(), most = it.value();
    return QColor::fromRgb(best);
}

} // namespace

class TestLazyPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheComparePageIsBuiltAtStart();
    void aPageIsBuiltWhenShownWithTheCurrentRegion();
    void askingForAPageBuildsItOnce();
    void iconsAreDrawnWhenAskedInThePalettesColours();
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

// The window's icons are SVGs drawn in the palette's text colour, rendered when a size is first
// painted rather than at start (every size and mode of every icon used to be rendered while the
// window was built).
void TestLazyPages::iconsAreDrawnWhenAskedInThePalettesColours()
{
    const QIcon icon = Theme::icon(QStringLiteral("compare"));
    QVERIFY(!icon.isNull());
    const QPalette palette = QApplication::palette();
    for (const int size : {16, 20, 37}) {
        const QPixmap normal = icon.pixmap(QSize(size, size), 1.0, QIcon::Normal);
        QCOMPARE(normal.size(), QSize(size, size));
        QCOMPARE(inkOf(normal), palette.color(QPalette::Active, QPalette::WindowText));
    }
    QCOMPARE(inkOf(icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled)), palette.color(QPalette::Disabled, QPalette::WindowText));
    QCOMPARE(inkOf(icon.pixmap(QSize(24, 24), 1.0, QIcon::Selected)), palette.color(QPalette::HighlightedText));
    // At twice the density: twice the pixels for the same logical size.
    const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0, QIcon::Normal);
    QCOMPARE(sharp.size(), QSize(48, 48));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    // A name with no picture gives no icon.
    QVERIFY(Theme::icon(QStringLiteral("no-such-icon")).isNull());
}

QTEST_MAIN(TestLazyPages)
#include "tst_lazypages.moc"
