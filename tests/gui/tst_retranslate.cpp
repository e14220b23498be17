// Switching the language in a running window (Preferences → Language) turns the whole window
// over at once — menus, toolbar, page list, tabs, form labels and group titles on every page,
// the option editor, the Prices window — and back; no fixed text is left in the old language.

#include "CatalogPage.h"
#include "ComparePage.h"
#include "LearnPage.h"
#include "MainWindow.h"
#include "PricesWindow.h"
#include "Retranslator.h"
#include "ScenarioDocument.h"
#include "Translations.h"
#include "WorkloadForm.h"

#include <QAbstractButton>
#include <QAction>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QStringList texts(QWidget* window)
{
    QStringList all;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets << window;
    for (QWidget* w : widgets) {
        all << w->toolTip() << w->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(w))
            all << label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            all << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            all << group->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            all << edit->placeholderText();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                all << tabs->tabText(i);
        else if (auto* spin = qobject_cast<QDoubleSpinBox*>(w))
            all << spin->suffix() << spin->specialValueText();
        else if (auto* table = qobject_cast<QTableWidget*>(w))
            for (int c = 0; c < table->columnCount(); ++c)
                all << (table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
        else if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i)
                all << list->item(i)->text();
    }
    for (QAction* a : window->findChildren<QAction*>())
        all << a->text();
    all.removeAll(QString());
    return all;
}

QString tabTexts(QTabWidget* tabs)
{
    QStringList t;
    for (int i = 0; i < tabs->count(); ++i)
        t << tabs->tabText(i);
    return t.join(u" | "_s);
}

QListWidget* pageList(MainWindow& w)
{
    for (QListWidget* list : w.findChildren<QListWidget*>())
        if (list->count() == MainWindow::pageCount)
            return list;
    return nullptr;
}

// As Preferences does it: the translators, then the window's language.
void switchTo(MainWindow& w, Language language)
{
    QVERIFY(Translations::install(language));
    w.setLanguage(language);
    QApplication::processEvents(); // the LanguageChange events are posted
    QApplication::processEvents();
}

} // namespace

class TestRetranslate : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void cleanup() { Translations::install(Language::English); }
    void catalogReadsTheTranslations();
    void wholeWindowSwitches();
};

void TestRetranslate::catalogReadsTheTranslations()
{
    // From the Japanese catalog, both ways; a text it does not have stays as it is.
    QCOMPARE(Retranslator::translate(u"&File"_s, Language::English, Language::Japanese), u"ファイル(&F)"_s);
    QCOMPARE(Retranslator::translate(u"ファイル(&F)"_s, Language::Japanese, Language::English), u"&File"_s);
    QCOMPARE(Retranslator::translate(u"Workload"_s, Language::English, Language::Japanese), u"ワークロード"_s);
    QCOMPARE(Retranslator::translate(u"My own title"_s, Language::English, Language::Japanese), u"My own title"_s);
    QCOMPARE(Retranslator::translate(u"&File"_s, Language::English, Language::English), u"&File"_s);
}

void TestRetranslate::wholeWindowSwitches()
{
    QVERIFY(Translations::install(Language::English));
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json")));
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Every page built before the switch.
    for (int p = 0; p < MainWindow::pageCount; ++p)
        w.showPage(MainWindow::Page(p));
    w.showPage(MainWindow::Page::Compare);
    w.document()->setTasks(3); // an undo step to name
    auto* prices = new PricesWindow(&w); // a window the main window owns, open at the switch
    prices->show();
    QCOMPARE(w.fileMenu()->title(), u"&File"_s);

    switchTo(w, Language::Japanese);
    if (qEnvironmentVariableIsSet("CC_SAVE_SWITCHED"))
        w.grab().save(u"/tmp/switched-ja.png"_s);
    QCOMPARE(w.fileMenu()->title(), u"ファイル(&F)"_s);
    QCOMPARE(w.editMenu()->title(), u"編集(&E)"_s);
    QListWidget* pages = pageList(w);
    QVERIFY(pages);
    QCOMPARE(pages->item(0)->text(), u"比較"_s);
    QCOMPARE(pages->item(1)->text(), u"サービス"_s);
    ComparePage* compare = w.comparePage();
    QVERIFY2(tabTexts(compare->chartTabs()).startsWith(u"合計(&O) | 内訳(&B)"_s), qPrintable(tabTexts(compare->chartTabs())));
    QVERIFY2(tabTexts(compare->resultTabs()).startsWith(u"比較(&C)"_s), qPrintable(tabTexts(compare->resultTabs())));
    QStringList groups;
    for (QGroupBox* g : compare->findChildren<QGroupBox*>())
        groups << g->title();
    QVERIFY2(groups.contains(u"ワークロード"_s), qPrintable(groups.join(u", "_s)));
    QStringList labels;
    for (QLabel* l : compare->findChildren<QLabel*>())
        labels << l->text();
    QVERIFY2(labels.contains(u"タスク(&A)"_s), qPrintable(labels.join(u", "_s)));
    QVERIFY2(labels.contains(u"表示する上限"_s), qPrintable(labels.join(u", "_s)));
    CatalogPage* services = w.catalogPage(MainWindow::Page::Services);
    QStringList serviceTabs;
    for (QTabWidget* t : services->findChildren<QTabWidget*>())
        serviceTabs << tabTexts(t);
    QVERIFY2(serviceTabs.join(u' ').contains(u"カタログ(&C) | 機能マトリクス(&M)"_s), qPrintable(serviceTabs.join(u", "_s)));
    QStringList toolbar;
    for (QAction* a : w.mainToolBar()->actions())
        if (auto* b = qobject_cast<QToolButton*>(w.mainToolBar()->widgetForAction(a)))
            toolbar << b->text();
    QVERIFY2(toolbar.contains(u"新規"_s), qPrintable(toolbar.join(u", "_s)));
    QVERIFY2(toolbar.contains(u"元に戻す"_s), qPrintable(toolbar.join(u", "_s)));
    bool undoNamed = false;
    for (QAction* a : w.editMenu()->actions())
        undoNamed = undoNamed || a->text().contains(u"元に戻す"_s);
    QVERIFY(undoNamed);
    QVERIFY2(prices->windowTitle() != u"Prices"_s, qPrintable(prices->windowTitle()));
    // The option list's buttons keep their short names.
    QStringList buttons;
    for (QToolButton* b : compare->findChildren<QToolButton*>())
        buttons << b->text();
    QVERIFY2(buttons.contains(u"複製"_s) && buttons.contains(u"削除"_s), qPrintable(buttons.join(u", "_s)));

    // No fixed text of the catalog is left in English anywhere in the window.
    QStringList english;
    for (const QString& t : texts(&w))
        if (Retranslator::translate(t, Language::English, Language::Japanese) != t)
            english << t;
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u" | "_s)));

    // And back.
    switchTo(w, Language::English);
    QCOMPARE(w.fileMenu()->title(), u"&File"_s);
    QCOMPARE(pageList(w)->item(0)->text(), u"Compare"_s);
    QVERIFY2(tabTexts(compare->chartTabs()).startsWith(u"T&otals | &Breakdown"_s), qPrintable(tabTexts(compare->chartTabs())));
    QStringList japanese;
    for (const QString& t : texts(&w))
        if (Retranslator::translate(t, Language::Japanese, Language::English) != t)
            japanese << t;
    QVERIFY2(japanese.isEmpty(), qPrintable(japanese.join(u" | "_s)));
}

QTEST_MAIN(TestRetranslate)
#include "tst_retranslate.moc"
