// The window at the size a laptop gives it (1440 × 900): capability matrix headers wrap inside
// their sections; the scaling chart's "Show up to" box reads in full and steps from the
// automatic count; Tab leaves the comparison table, the focused row is marked and clicking a
// row selects that option in the editor; opening a file shows the form from its top; the
// toolbar's buttons keep their places while the Undo step changes.

#include "CapabilityMatrixView.h"
#include "CatalogPage.h"
#include "ComparePage.h"
#include "ComparisonSession.h"
#include "ComparisonModel.h"
#include "MainWindow.h"
#include "OptionEditor.h"
#include "OptionsPanel.h"
#include "PresentationEditStrip.h"
#include "PriceBook.h"
#include "ScenarioDocument.h"
#include "TaskRangeSpinBox.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>
#include <QScopeGuard>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestWindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void matrixHeadersWrapInsideTheirSections();
    void scalingRangeReadsInFullAndStepsFromAutomatic();
    void tabLeavesTheComparisonTable();
    void clickingARowSelectsTheOption();
    void openingAFileShowsTheFormFromTheTop();
    void toolbarButtonsKeepTheirPlaces();
    void tableAndNotesShowEnough();
    void presentationStripLabelsReadInFull_data();
    void presentationStripLabelsReadInFull();
};

void TestWindowLayout::matrixHeadersWrapInsideTheirSections()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Page::Services);
    CatalogPage* page = w.catalogPage(MainWindow::Page::Services);
    QVERIFY(page && page->matrixView());
    CapabilityMatrixView* view = page->matrixView();
    for (QTabWidget* tabs : page->findChildren<QTabWidget*>())
        tabs->setCurrentIndex(tabs->count() - 1);
    QTRY_VERIFY(view->isVisible());
    WrappingHeaderView* header = view->header();
    QTRY_VERIFY(header->height() > 0);
    QApplication::processEvents();
    if (qEnvironmentVariableIsSet("CC_SAVE_MATRIX"))
        w.grab().save(u"/tmp/matrix.png"_s);
    const QFontMetrics metrics = header->fontMetrics();
    int wrapped = 0;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        const QStringList lines = header->sectionLines(c);
        // Every line fits the section's width; the lines together fit the header's height.
        for (const QString& line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= header->sectionSize(c),
                     qPrintable(u"\"%1\" is %2 px in a %3 px section"_s.arg(line)
                                    .arg(metrics.horizontalAdvance(line))
                                    .arg(header->sectionSize(c))));
        QVERIFY2(lines.size() * metrics.lineSpacing() <= header->height(),
                 qPrintable(u"%1 lines in a %2 px header"_s.arg(lines.size()).arg(header->height())));
        // At this width no word is cut: the lines are the title's words.
        QCOMPARE(lines.join(u' '), title);
        wrapped += lines.size() > 1 ? 1 : 0;
    }
    // "Portability beyond AWS" does not fit a column of 1440 px shared by the criteria.
    QVERIFY(wrapped > 0);

    // The wrapping itself: words kept whole, a word wider than the room elided, not cut.
    const QFontMetrics fm(QApplication::font());
    const QStringList two = WrappingHeaderView::wrap(u"Portability beyond AWS"_s, fm,
                                                      fm.horizontalAdvance(u"Portability beyond"_s));
    QCOMPARE(two, (QStringList{u"Portability beyond"_s, u"AWS"_s}));
    const QStringList narrow = WrappingHeaderView::wrap(u"Portability"_s, fm, fm.horizontalAdvance(u"Port"_s));
    QCOMPARE(narrow.size(), 1);
    QVERIFY(narrow.first().endsWith(QChar(0x2026)));
    QVERIFY(narrow.first().startsWith(u"P"_s));
}

void TestWindowLayout::scalingRangeReadsInFullAndStepsFromAutomatic()
{
    TaskRangeSpinBox box;
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    // The workload's 4 tasks: twice is 8, and the automatic count is at least 10.
    box.setAutomaticCount(10);
    QCOMPARE(box.value(), 0);
    QCOMPARE(box.text(), u"Automatic (10 tasks)"_s);
    // The whole text fits the field, for the longest count too.
    const QLineEdit* edit = box.findChild<QLineEdit*>();
    QVERIFY(edit);
    box.resize(box.sizeHint());
    QVERIFY2(edit->fontMetrics().horizontalAdvance(box.text()) <= edit->width(),
             qPrintable(u"%1 px of text in %2 px"_s.arg(edit->fontMetrics().horizontalAdvance(box.text())).arg(edit->width())));
    box.setValue(box.maximum());
    QVERIFY(edit->fontMetrics().horizontalAdvance(box.text()) <= edit->width());
    // Up from Automatic: 10 + 1 = 11, not 1; down from 2 back to Automatic; "1 tasks" never.
    box.setValue(0);
    box.stepUp();
    QCOMPARE(box.value(), 11);
    QCOMPARE(box.text(), u"11 tasks"_s);
    box.setValue(0);
    box.stepDown();
    QCOMPARE(box.value(), 9);
    box.setValue(TaskRangeSpinBox::smallest);
    QCOMPARE(box.text(), u"2 tasks"_s);
    box.stepDown();
    QCOMPARE(box.value(), 0);
    QCOMPARE(box.effectiveCount(), 10);
    // Typed: "24" is 24 tasks; the automatic text reads back as Automatic.
    box.findChild<QLineEdit*>()->selectAll();
    QTest::keyClicks(&box, u"24"_s);
    QTest::keyClick(&box, Qt::Key_Return);
    QCOMPARE(box.value(), 24);
    box.setValue(0);
    box.interpretText();
    QCOMPARE(box.value(), 0);
}

void TestWindowLayout::tabLeavesTheComparisonTable()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTableView* table = w.comparePage()->comparisonTable();
    QVERIFY(table->model()->rowCount() >= 3);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    // Focus marks a row: the one of the option the editor shows.
    QVERIFY(table->currentIndex().isValid());
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    QCOMPARE(table->currentIndex().data(ComparisonModel::OptionIdRole).toString(),
             w.comparePage()->optionsPanel()->currentOptionId());
    // The arrows move within the table, one Tab leaves it.
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
    // Back with Shift+Tab, forward again: still one key each way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Tab);
    QTRY_VERIFY(!table->hasFocus());
}

void TestWindowLayout::clickingARowSelectsTheOption()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTableView* table = w.comparePage()->comparisonTable();
    OptionsPanel* options = w.comparePage()->optionsPanel();
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 3);
    for (int r : {rows - 1, 1, 0}) {
        const QModelIndex index = table->model()->index(r, ComparisonModel::OptionColumn);
        const QString id = index.data(ComparisonModel::OptionIdRole).toString();
        QVERIFY(!id.isEmpty());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(options->currentOptionId(), id);
    }
}

void TestWindowLayout::openingAFileShowsTheFormFromTheTop()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QScrollBar* bar = w.comparePage()->formScrollArea()->verticalScrollBar();
    QVERIFY2(bar->maximum() > 0, "the form is taller than the window at 1440 × 900");
    bar->setValue(bar->maximum());
    QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json")));
    QTest::qWait(50);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum());
    QVERIFY(w.openExample(MainWindow::exampleFiles().constFirst()));
    QTest::qWait(50);
    QCOMPARE(bar->value(), 0);
}

void TestWindowLayout::toolbarButtonsKeepTheirPlaces()
{
    MainWindow w;
    w.setInteractive(false);
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QToolBar* bar = w.mainToolBar();
    const QList<QAction*> actions = bar->actions();
    const auto places = [&] {
        QList<QRect> rects;
        for (QAction* a : actions)
            if (QWidget* button = bar->widgetForAction(a))
                rects << button->geometry();
        return rects;
    };
    const QList<QRect> before = places();
    // Steps with names of different lengths, then an undo.
    w.document()->setTasks(3);
    w.document()->setTitle(u"A much longer title for the undo text to name"_s);
    QApplication::processEvents();
    QCOMPARE(places(), before);
    w.document()->undoStack()->undo();
    QApplication::processEvents();
    QCOMPARE(places(), before);
}

void TestWindowLayout::tableAndNotesShowEnough()
{
    // The deck's seven options at 1440 × 900: every row of the table in sight, the notes at
    // least six lines, and the charts still 380 px or more.
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json")));
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(50);
    QTableView* table = w.comparePage()->comparisonTable();
    const int rows = table->model()->rowCount();
    QCOMPARE(rows, 7);
    const int lastBottom = table->rowViewportPosition(rows - 1) + table->rowHeight(rows - 1);
    QVERIFY2(lastBottom <= table->viewport()->height(),
             qPrintable(u"the last row ends at %1 px in a %2 px table"_s.arg(lastBottom).arg(table->viewport()->height())));
    const QWidget* notes = w.comparePage()->notesView();
    const int lines = notes->height() / notes->fontMetrics().lineSpacing();
    QVERIFY2(lines >= 6, qPrintable(u"%1 lines of notes"_s.arg(lines)));
    QVERIFY(w.comparePage()->chartTabs()->height() >= 380);
}

void TestWindowLayout::presentationStripLabelsReadInFull_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("japanese");
    for (bool japanese : {false, true}) {
        QTest::addRow("1440 %s", japanese ? "ja" : "en") << 1440 << japanese;
        QTest::addRow("1280 %s", japanese ? "ja" : "en") << 1280 << japanese;
    }
}

void TestWindowLayout::presentationStripLabelsReadInFull()
{
    QFETCH(int, width);
    QFETCH(bool, japanese);
    Translations::install(japanese ? Language::Japanese : Language::English);
    const auto restore = qScopeGuard([] { Translations::install(Language::English); });
    ComparisonSession session(ScenarioDocument::defaultScenario(), Catalog::builtin(), PriceBooks::builtin(),
                              japanese ? Language::Japanese : Language::English);
    // As the presentation window places it: across the bottom, as wide as the screen.
    QWidget screen;
    screen.resize(width, 400);
    auto* strip = new PresentationEditStrip(&session, &screen);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    strip->setGeometry(0, 0, width, strip->sizeHint().height());
    QApplication::processEvents();
    QVERIFY2(strip->minimumSizeHint().width() <= width,
             qPrintable(u"the strip needs %1 px"_s.arg(strip->minimumSizeHint().width())));
    if (qEnvironmentVariableIsSet("CC_SAVE_STRIP"))
        strip->grab().save(u"/tmp/strip-%1-%2.png"_s.arg(width).arg(japanese ? u"ja"_s : u"en"_s));
    const QList<QLabel*> labels = strip->findChildren<QLabel*>();
    QVERIFY(labels.size() >= 5);
    for (const QLabel* label : labels) {
        const QString text = label->text().remove(u'&');
        const int needed = label->fontMetrics().horizontalAdvance(text);
        QVERIFY2(label->contentsRect().width() >= needed,
                 qPrintable(u"\"%1\" needs %2 px and has %3"_s.arg(text).arg(needed).arg(label->contentsRect().width())));
    }
    // Every field inside the strip, none pushed past its right edge.
    for (const QWidget* field : strip->findChildren<QWidget*>())
        if (field->isVisible() && field->parentWidget() == strip)
            QVERIFY2(field->geometry().right() <= strip->width(), qPrintable(field->accessibleName()));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
