// Alt keys, one owner each. In every window — the main window on each page and each tab, the
// option editor for each option, the Prices window, Preferences and the presentation's edit
// strip — no two things in sight (menu titles, labels with a buddy, buttons, check boxes, tabs,
// group boxes) answer the same Alt key; within each menu no two items share a key. In English
// and in Japanese, whose keys are written "vCPU(&U)".

#include "ComparePage.h"
#include "MainWindow.h"
#include "OptionsPanel.h"
#include "PresentationEditStrip.h"
#include "PresentationWindow.h"
#include "PriceBook.h"
#include "PricesWindow.h"
#include "ScenarioDocument.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QRegularExpression>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QString keyOf(const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::PortableText);
}

struct Owner
{
    QString key;
    QString what;
    const QObject* group; // siblings: the same parent widget, or the same tab bar
};

// Each Alt key in sight in window, with what answers it.
QList<Owner> keysInSight(QWidget* window)
{
    QList<Owner> keys;
    const auto add = [&keys](const QString& text, const QString& what, const QObject* group) {
        if (const QString key = keyOf(text); !key.isEmpty())
            keys << Owner{key, what + u" \""_s + text + u'"', group};
    };
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* menu : bar->actions())
                if (menu->isVisible())
                    add(menu->text(), u"menu"_s, nullptr); // a menu's key is the whole window's
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->buddy())
                add(label->text(), u"label"_s, label->parentWidget());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            // A toolbar button shows its action's text without the key; a tab bar's scroll
            // arrows have none.
            if (!qobject_cast<QToolButton*>(button) || !button->text().isEmpty())
                add(button->text(), u"button"_s, button->parentWidget());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    add(tabs->tabText(i), u"tab"_s, tabs);
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            add(group->title(), u"group"_s, group->parentWidget());
        }
    }
    return keys;
}

// Two siblings with one key, or anything with a menu's key.
QStringList clashes(QWidget* window, const QString& state)
{
    const QList<Owner> keys = keysInSight(window);
    QStringList found;
    for (qsizetype i = 0; i < keys.size(); ++i)
        for (qsizetype j = i + 1; j < keys.size(); ++j) {
            const Owner& a = keys.at(i);
            const Owner& b = keys.at(j);
            if (a.key == b.key && (a.group == b.group || !a.group || !b.group))
                found << state + u": Alt+"_s + a.key.section(u'+', -1) + u" — "_s + a.what + u", "_s + b.what;
        }
    return found;
}

QStringList menuClashes(QMenu* menu, const QString& path)
{
    QStringList found;
    QMultiMap<QString, QString> keys;
    for (QAction* a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator())
            continue;
        if (const QString key = keyOf(a->text()); !key.isEmpty())
            keys.insert(key, a->text());
        if (a->menu())
            found << menuClashes(a->menu(), path + u" → "_s + a->text());
    }
    for (const QString& key : keys.uniqueKeys())
        if (keys.count(key) > 1)
            found << path + u": Alt+"_s + key.section(u'+', -1) + u" — "_s + QStringList(keys.values(key)).join(u", "_s);
    return found;
}

// Every tab of every tab widget in sight, one at a time.
QStringList clashesOverTabs(QWidget* window, const QString& state)
{
    QStringList found = clashes(window, state);
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            found << clashes(window, state + u", tab "_s + tabs->tabText(i));
        }
        tabs->setCurrentIndex(current);
    }
    return found;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }
    void cleanup() { Translations::install(Language::English); }
    void oneOwnerPerKey_data();
    void oneOwnerPerKey();
    void toolbarShowsNoKeys();
};

void TestMnemonics::oneOwnerPerKey_data()
{
    QTest::addColumn<bool>("japanese");
    QTest::addRow("English") << false;
    QTest::addRow("Japanese") << true;
}

void TestMnemonics::oneOwnerPerKey()
{
    QFETCH(bool, japanese);
    QVERIFY(Translations::install(japanese ? Language::Japanese : Language::English));
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openFile(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json")));
    w.resize(1440, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QStringList found;
    int checked = 0;
    for (int p = 0; p < MainWindow::pageCount; ++p) {
        w.showPage(MainWindow::Page(p));
        QApplication::processEvents();
        const QString page = u"page "_s + MainWindow::pageId(MainWindow::Page(p));
        found << clashesOverTabs(&w, page);
        checked += int(keysInSight(&w).size());
    }
    // The option editor changes its fields with the option: each one in turn.
    w.showPage(MainWindow::Page::Compare);
    OptionsPanel* options = w.comparePage()->optionsPanel();
    for (const Option& o : w.document()->scenario().options) {
        options->selectOption(o.id);
        QApplication::processEvents();
        found << clashes(&w, u"option "_s + o.id);
    }
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            found << menuClashes(menu->menu(), menu->text());

    PricesWindow prices(&w);
    prices.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prices));
    found << clashesOverTabs(&prices, u"Prices"_s);
    checked += int(keysInSight(&prices).size());

    SettingsDialog settings(&w);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    found << clashesOverTabs(&settings, u"Preferences"_s);
    checked += int(keysInSight(&settings).size());

    PresentationWindow show(w.session());
    show.resize(1440, 900);
    show.show();
    QVERIFY(QTest::qWaitForWindowExposed(&show));
    show.setEditStripVisible(true);
    QApplication::processEvents();
    found << clashes(&show, u"Presentation"_s);
    checked += int(keysInSight(&show).size());

    found.removeDuplicates();
    QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // the walk saw the windows' keys
}

// A toolbar button has no Alt key, so it shows none: "PDF をエクスポート…", not
// "PDF をエクスポート(P)…" beside "プレゼンテーション(P)".
void TestMnemonics::toolbarShowsNoKeys()
{
    QCOMPARE(MainWindow::toolbarText(u"開く(&O)…"_s), u"開く…"_s);
    QCOMPARE(MainWindow::toolbarText(u"Export &PDF…"_s), u"Export PDF…"_s);
    QCOMPARE(MainWindow::toolbarText(u"Save && Close"_s), u"Save & Close"_s);
    for (bool japanese : {false, true}) {
        QVERIFY(Translations::install(japanese ? Language::Japanese : Language::English));
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList texts;
        for (QAction* a : w.mainToolBar()->actions())
            if (auto* button = qobject_cast<QToolButton*>(w.mainToolBar()->widgetForAction(a)))
                texts << button->text();
        QVERIFY(texts.size() >= 7);
        for (const QString& text : texts)
            QVERIFY2(!text.contains(u'&') && !QRegularExpression(u"\\([A-Z]\\)"_s).match(text).hasMatch(),
                     qPrintable(texts.join(u" | "_s)));
    }
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
