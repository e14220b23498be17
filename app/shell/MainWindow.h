#pragma once

#include "Catalog.h"
#include "ChartBuilder.h"
#include "Comparison.h"
#include "Money.h"
#include "PriceBook.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStringList>

#include <optional>

class CatalogPage;
class ComparePage;
class DocumentRecovery;
struct RecoveredDocument;
class ComparisonModel;
class ComparisonSession;
class LearnPage;
class ScenarioDocument;
class PricesWindow;
class QActionGroup;
class QLabel;
class QToolButton;
class QListWidget;
class QStackedWidget;

// The main window: the page list on the left, the pages, the menus, the document's life
// (new, open, save, recent, examples) and the settings it remembers. Every edit of the
// document re-evaluates the comparison and redraws what shows it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Compare, Services, Runtimes, Storage, Security, Iac, Learn };
    static constexpr int pageCount = 7;
    static QString pageId(Page page);                          // "compare", "services", …
    static std::optional<Page> pageFromId(const QString& id);

    // The built-in catalogs and price books.
    explicit MainWindow(QWidget* parent = nullptr);
    MainWindow(const Catalog& catalog, const PriceBooks& prices, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The one comparison the window shows: what the report, the slides, the presentation and
    // image export build from.
    ComparisonSession* session() const { return m_session; }
    ScenarioDocument* document() const { return m_document; }
    ComparisonModel* comparisonModel() const { return m_model; }
    const Comparison& comparison() const;
    const Catalog& catalog() const { return m_catalog; }
    const PriceBooks& prices() const;
    // Prices with these books from now on: everything on show is looked up and evaluated again
    // (the open comparison, the Regions tab, the catalog pages, the status bar's as-of date).
    void setPrices(const PriceBooks& books);
    // Tools → Prices… (also the status bar's "prices as of"): the window's one Prices window.
    PricesWindow* showPrices();
    // The status bar's "prices as of …" entry; clicking it opens the Prices window.
    QToolButton* pricesStatus() const { return m_pricesStatus; }
    Language language() const;
    void setLanguage(Language language);
    // The chart style of the window's current palette.
    ChartStyle chartStyle() const;
    const ScalingData& scalingData() const;
    const RadarData& radarData() const;

    ComparePage* comparePage() const { return m_comparePage; }
    // The catalog and Learn pages are built when first shown (or asked for here), so that
    // start-up builds only the Compare page.
    CatalogPage* catalogPage(Page page) const;
    LearnPage* learnPage() const;

    // Where later features hang their actions: insert export actions before
    // fileExportSection() in fileMenu(); add presentation actions to viewMenu().
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    QAction* fileExportSection() const { return m_exportSection; }

    void showPage(Page page);
    Page currentPage() const;

    // The document's life. Each returns false when it did not happen (cancelled or failed).
    void newDocument();
    bool openFile(const QString& fileName);
    bool openExample(const QString& resourcePath);
    bool save();
    bool saveAs();
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    QStringList recentFiles() const;
    static QStringList exampleFiles(); // ":/scenarios/…"
    // A menu item's text as a toolbar button shows it: without its Alt key, whether written
    // "&Open…" or, in Japanese, "開く(&O)…" (the button has no key, so it shows no "(O)").
    static QString toolbarText(const QString& menuText);

    // Autosave: from now on, unsaved changes are copied into folder (the app's data folder
    // when empty) so that they survive a crash; a normal close removes the copy.
    void enableRecovery(const QString& folder = {});
    DocumentRecovery* recovery() const { return m_recovery; }
    // After a start: offers each document that a window which did not close normally left
    // behind (Restore, Discard or Later). The first restored goes into this window, any
    // further one into a window of its own. Returns how many were restored.
    int offerRecovery();
    // Puts a recovered document into this window: its file (when it still reads) as the
    // saved state and the recovered changes as one undoable, unsaved step.
    bool restore(const RecoveredDocument& recovered);

    // Hooks that make dialogs testable. When not interactive, questions take the next queued
    // answer (Cancel when none), file dialogs the next queued name (cancelled when none), and
    // messages are recorded in lastMessage() instead of shown.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    void setNextAnswer(QMessageBox::StandardButton answer) { m_nextAnswers.append(answer); }
    void setNextFileName(const QString& fileName) { m_nextFileNames.append(fileName); }
    QString lastMessage() const { return m_lastMessage; }
    QString statusText() const;

signals:
    // After every re-evaluation: the comparison model and the charts are up to date.
    void comparisonUpdated();
    void languageChanged(Language language);
    // setPrices: the window prices with new books (after comparisonUpdated).
    void pricesChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateToolbar();
    void updateUndoText();
    void buildPages();
    // The page at index, built now if it was not yet.
    QWidget* ensurePage(int index) const;
    void buildActions();
    void buildMenus();
    void installExportActions();
    // After every evaluation of the session: what the window shows beside the Compare page.
    void showResults();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void addRecentFile(const QString& fileName);
    void readSettings();
    void writeSettings() const;
    void showSettings();
    void showAbout();
    void restyle();
    Scenario newScenario() const;
    QMessageBox::StandardButton ask(const QString& title, const QString& text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton fallback);
    void inform(const QString& title, const QString& text);
    QMessageBox::StandardButton askRecovery(const RecoveredDocument& recovered);
    QString chooseOpenFile();
    QString chooseSaveFile();
    bool saveTo(const QString& fileName);

    const Catalog& m_catalog;
    ComparisonSession* m_session = nullptr;
    ScenarioDocument* m_document = nullptr;
    ComparisonModel* m_model = nullptr;
    DocumentRecovery* m_recovery = nullptr;

    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    ComparePage* m_comparePage = nullptr;
    mutable CatalogPage* m_catalogPages[5] = {};
    mutable LearnPage* m_learnPage = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_pricesStatus = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_examplesMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    Language m_textLanguage = Language::English; // what the window's fixed texts are in
    QAction* m_redoAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_exportSection = nullptr;
    QActionGroup* m_pageActions = nullptr;

    bool m_interactive = true;
    QList<QMessageBox::StandardButton> m_nextAnswers;
    QStringList m_nextFileNames;
    QString m_lastMessage;
    QString m_lastFolder;
    QStringList m_recentFiles;
    double m_defaultRate = Money::deckYenPerUsd;
    QString m_defaultCurrency = QStringLiteral("USD");
    QString m_defaultRounding = QStringLiteral("nearest");
    QString m_languageSetting = QStringLiteral("system");
};
