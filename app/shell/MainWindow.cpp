#include "MainWindow.h"

#include "ActionText.h"
#include "ComparisonSession.h"

#include "Retranslator.h"
#include "Settings.h"

#include "CatalogPage.h"
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "ComparisonText.h"
#include "CostModel.h"
#include "DocumentRecovery.h"
#include "ExportActions.h"
#include "FieldInput.h"
#include "LearnPage.h"
#include "Money.h"
#include "OptionsPanel.h"
#include "ScenarioDocument.h"
#include "SettingsDialog.h"
#include "PricesWindow.h"
#include "RegionsView.h"
#include "Theme.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {

constexpr int maxRecentFiles = 8;

struct PageInfo
{
    const char* id;
    const char* icon;
    const char* name;
    const char* tip;
};

const PageInfo pageInfo[MainWindow::pageCount] = {
    {"compare", "compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"),
     QT_TRANSLATE_NOOP("MainWindow", "Your workload, priced on every option")},
    {"services", "services", QT_TRANSLATE_NOOP("MainWindow", "Services"),
     QT_TRANSLATE_NOOP("MainWindow", "ECS, EKS, Lightsail, Beanstalk, App Runner, … and how they compare")},
    {"runtimes", "runtimes", QT_TRANSLATE_NOOP("MainWindow", "Runtimes"),
     QT_TRANSLATE_NOOP("MainWindow", "EC2, Fargate and Anywhere: what the containers run on")},
    {"storage", "storage", QT_TRANSLATE_NOOP("MainWindow", "Storage"),
     QT_TRANSLATE_NOOP("MainWindow", "EBS, EFS, FSx and S3")},
    {"security", "security", QT_TRANSLATE_NOOP("MainWindow", "Security"),
     QT_TRANSLATE_NOOP("MainWindow", "Inspector, GuardDuty, WAF, Shield, Network Firewall")},
    {"iac", "iac", QT_TRANSLATE_NOOP("MainWindow", "IaC"),
     QT_TRANSLATE_NOOP("MainWindow", "CloudFormation, CDK, Terraform, Ansible, ecspresso, Helm, eksctl")},
    {"learn", "learn", QT_TRANSLATE_NOOP("MainWindow", "Learn"),
     QT_TRANSLATE_NOOP("MainWindow", "Containers vs VMs, LXC vs Docker")},
};

const CatalogKind catalogKinds[5] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                     CatalogKind::Security, CatalogKind::Iac};

Language resolveLanguage(const QString& setting)
{
    return Translations::resolve(setting);
}

} // namespace

// Q_INIT_RESOURCE must be used outside any namespace; the icons live in this static library.
static void initResources()
{
    Q_INIT_RESOURCE(icons);
}

QString MainWindow::pageId(Page page)
{
    return QString::fromLatin1(pageInfo[int(page)].id);
}

std::optional<MainWindow::Page> MainWindow::pageFromId(const QString& id)
{
    for (int i = 0; i < pageCount; ++i)
        if (id == QLatin1String(pageInfo[i].id))
            return Page(i);
    return std::nullopt;
}

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(Catalog::builtin(), PriceBooks::builtin(), parent)
{
}

MainWindow::MainWindow(const Catalog& catalog, const PriceBooks& prices, QWidget* parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    initResources();
    FieldInput::install();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QApplication::windowIcon());
    {
        m_languageSetting = Settings::language();
        const Settings::MoneyDefaults money = Settings::money();
        m_defaultCurrency = money.currency;
        m_defaultRate = money.perUsd;
        m_defaultRounding = money.rounding;
    }
    // The language the translators were installed for (Translations), so that catalog text and
    // labels agree.
    m_textLanguage = Translations::currentLanguage();

    // The one comparison everything in the window shows; it evaluates the new scenario now.
    m_session = new ComparisonSession(newScenario(), catalog, prices, m_textLanguage, this);
    m_document = m_session->document();
    m_model = m_session->model();

    buildPages();
    buildActions();
    buildMenus();

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Summary"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_status, 1);
    m_pricesStatus = new QToolButton(this);
    m_pricesStatus->setAutoRaise(true);
    m_pricesStatus->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pricesStatus->setAccessibleName(tr("Prices as of"));
    m_pricesStatus->setToolTip(tr("The date of the newest price in the region's book. Click to update the prices."));
    connect(m_pricesStatus, &QToolButton::clicked, this, &MainWindow::showPrices);
    statusBar()->addPermanentWidget(m_pricesStatus);

    connect(m_session, &ComparisonSession::resultsChanged, this, &MainWindow::showResults);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::fileNameChanged, this, &MainWindow::updateTitle);

    readSettings();
    showResults(); // the session evaluated the scenario when it was made
    updateTitle();
    showPage(Page::Compare);
    installExportActions();
}

void MainWindow::installExportActions()
{
    // File → Export…/Print…, View → Present, and the two on the tool bar.
    auto* exports = new ExportActions(m_session, this);
    m_fileMenu->insertActions(m_exportSection, exports->exportActions());
    m_fileMenu->insertSeparator(m_exportSection);
    m_fileMenu->insertActions(m_exportSection, exports->printActions());
    m_fileMenu->insertSeparator(m_exportSection);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(exports->presentAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(exports->presentAction());
    m_toolBar->addAction(exports->exportPdfAction());
    addActions(exports->shortcutActions());
    connect(exports, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
}

MainWindow::~MainWindow()
{
    // The document is destroyed with the window's children, after this destructor: its undo
    // stack's last signals must not reach a window that is no longer one.
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
}

Scenario MainWindow::newScenario() const
{
    Scenario s = ScenarioDocument::defaultScenario();
    s.currency.code = m_defaultCurrency;
    s.currency.perUsd = m_defaultCurrency == u"USD" ? 1 : m_defaultRate;
    s.currency.rounding = m_defaultRounding;
    return s;
}

void MainWindow::buildPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setFixedWidth(150);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(Theme::isDark() ? 80 : 104));
    m_nav->setPalette(navPalette);
    for (int i = 0; i < pageCount; ++i) {
        auto* item = new QListWidgetItem(Theme::icon(QString::fromLatin1(pageInfo[i].icon)), tr(pageInfo[i].name), m_nav);
        item->setToolTip(tr(pageInfo[i].tip));
        item->setSizeHint(QSize(140, 34));
    }
    layout->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_comparePage = new ComparePage(m_session, m_stack);
    m_stack->addWidget(m_comparePage);
    // The other pages are built when first shown (ensurePage); until then an empty widget
    // holds their place.
    for (int i = 1; i < pageCount; ++i)
        m_stack->addWidget(new QWidget(m_stack));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_stack->setCurrentIndex(row);
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_pageActions && row >= 0 && row < m_pageActions->actions().size())
            m_pageActions->actions().at(row)->setChecked(true);
        if (m_findAction)
            m_findAction->setEnabled(row >= int(Page::Services) && row <= int(Page::Iac));
    });
}

void MainWindow::buildActions()
{
    m_newAction = new QAction(Theme::icon(QStringLiteral("new")), tr("&New"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a new comparison with the deck's options (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);

    m_openAction = new QAction(Theme::icon(QStringLiteral("open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a scenario file (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString fileName = chooseOpenFile();
        if (!fileName.isEmpty())
            openFile(fileName);
    });

    m_saveAction = new QAction(Theme::icon(QStringLiteral("save")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the scenario (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Undo and Redo name the step ("Undo Change tasks") in the language of the moment.
    QUndoStack* stack = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoText);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    m_undoAction->setIcon(Theme::icon(QStringLiteral("undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    // The toolbar says "Undo"/"Redo" whatever the step (the menu and the tooltip name it), so
    // the buttons after them stay where they are.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction = new QAction(this);
    m_redoAction->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoText);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    m_redoAction->setIcon(Theme::icon(QStringLiteral("redo")));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setIconText(tr("Redo"));
    updateUndoText();

    m_settingsAction = new QAction(Theme::icon(QStringLiteral("settings")), tr("&Preferences…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_findAction = new QAction(tr("&Find in Catalog"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setEnabled(false);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (CatalogPage* page = catalogPage(currentPage()))
            page->focusSearch();
    });

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < pageCount; ++i) {
        auto* action = new QAction(Theme::icon(QString::fromLatin1(pageInfo[i].icon)), tr(pageInfo[i].name), m_pageActions);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_examplesMenu = m_fileMenu->addMenu(tr("&Examples"));
    for (const QString& path : exampleFiles()) {
        LoadError error;
        const std::optional<Scenario> scenario = ScenarioFile::read(path, &error);
        const QString title = scenario && !scenario->title.isEmpty() ? scenario->title : QFileInfo(path).completeBaseName();
        QAction* action = m_examplesMenu->addAction(title);
        action->setToolTip(QFileInfo(path).fileName());
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openExample(path);
        });
    }
    m_examplesMenu->setEnabled(!m_examplesMenu->isEmpty());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_exportSection = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addMenu(m_comparePage->optionsPanel()->addMenu());
    m_editMenu->addAction(m_comparePage->optionsPanel()->duplicateAction());
    m_editMenu->addAction(m_comparePage->optionsPanel()->removeAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_settingsAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions(m_pageActions->actions());
    m_viewMenu->addSeparator();

    // Tools → Prices…: update, import and reset the price books.
    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Prices…"), this, &MainWindow::showPrices);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = m_helpMenu->addAction(tr("&About Container Compare"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = m_helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    retranslateToolbar();

    updateRecentMenu();
}

QString MainWindow::toolbarText(const QString& menuText)
{
    return ActionText::toolbarText(menuText);
}

void MainWindow::updateUndoText()
{
    const QUndoStack* stack = m_document->undoStack();
    m_undoAction->setText(stack->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(stack->undoText()));
    m_redoAction->setText(stack->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(stack->redoText()));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
}

void MainWindow::retranslateToolbar()
{
    for (QAction* action : {m_newAction, m_openAction, m_saveAction})
        action->setIconText(toolbarText(action->text()));
}

QStringList MainWindow::exampleFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.ccompare")}, QDir::Files,
                                             QDir::Name))
        files << dir.filePath(name);
    return files;
}

const Comparison& MainWindow::comparison() const
{
    return m_model->comparison();
}

ChartStyle MainWindow::chartStyle() const
{
    return Theme::chartStyle(language());
}

const ScalingData& MainWindow::scalingData() const
{
    return m_session->scaling();
}

const RadarData& MainWindow::radarData() const
{
    return m_session->ranking();
}

const PriceBooks& MainWindow::prices() const
{
    return m_session->prices();
}

Language MainWindow::language() const
{
    return m_session->language();
}

CatalogPage* MainWindow::catalogPage(Page page) const
{
    const int index = int(page) - int(Page::Services);
    return index >= 0 && index < 5 ? static_cast<CatalogPage*>(ensurePage(int(page))) : nullptr;
}

LearnPage* MainWindow::learnPage() const
{
    return static_cast<LearnPage*>(ensurePage(int(Page::Learn)));
}

QWidget* MainWindow::ensurePage(int index) const
{
    QWidget* page = nullptr;
    if (index == int(Page::Compare)) {
        return m_comparePage;
    } else if (index >= int(Page::Services) && index <= int(Page::Iac)) {
        CatalogPage*& catalogPage = m_catalogPages[index - int(Page::Services)];
        if (catalogPage)
            return catalogPage;
        catalogPage = new CatalogPage(catalogKinds[index - int(Page::Services)], m_session, m_stack);
        page = catalogPage;
    } else if (index == int(Page::Learn)) {
        if (m_learnPage)
            return m_learnPage;
        m_learnPage = new LearnPage(m_session, m_stack);
        page = m_learnPage;
    } else {
        return nullptr;
    }
    // In the place of the empty widget that held it.
    QWidget* placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    return page;
}

void MainWindow::setLanguage(Language language)
{
    m_session->setLanguage(language); // every page follows the session
    emit languageChanged(language);
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, m_stack->currentIndex()));
}

void MainWindow::showResults()
{
    updateStatus();
    emit comparisonUpdated();
}

PricesWindow* MainWindow::showPrices()
{
    auto* prices = findChild<PricesWindow*>();
    if (!prices) {
        prices = new PricesWindow(this);
        connect(prices, &PricesWindow::pricesChanged, this, [prices] {
            // Every window prices with the new books, and so does what opens from now on.
            PriceBooks::setBuiltin(prices->books());
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* window = qobject_cast<MainWindow*>(widget))
                    window->setPrices(prices->books());
        });
    }
    prices->show();
    prices->raise();
    prices->activateWindow();
    return prices;
}

void MainWindow::setPrices(const PriceBooks& books)
{
    // The session's books are replaced in place (the pages hold a reference to them); the
    // region lists and every pointer into the old books are made again.
    m_session->setPrices(books);
    emit pricesChanged();
}

QString MainWindow::statusText() const
{
    return m_status->text() + QStringLiteral("  ·  ") + m_pricesStatus->text();
}

void MainWindow::updateStatus()
{
    const Comparison& c = m_model->comparison();
    const Scenario& scenario = m_document->scenario();
    QStringList parts;
    const QString cheapest = ComparisonText::cheapest(c, scenario.currency, QLocale());
    if (!cheapest.isEmpty()) {
        parts << tr("Cheapest: %1").arg(cheapest);
    } else {
        parts << tr("No option can be priced completely");
    }
    if (const PriceBook* book = m_session->prices().region(scenario.region))
        m_pricesStatus->setText(tr("prices as of %1 (%2)").arg(book->newestDate(), book->regionName.text(language())));
    else
        m_pricesStatus->setText(tr("no prices for %1").arg(scenario.region));
    parts << tr("estimates: %1").arg(c.estimateCount());
    parts << tr("%1 hours").arg(QLocale().toString(c.hours, 'g', 6));
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document->displayName() + QStringLiteral("[*] — ") + tr("Container Compare for AWS"));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->fileName());
}

// --- documents ---------------------------------------------------------------------------------

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    m_document->reset(newScenario());
    m_comparePage->scrollFormToTop();
}

bool MainWindow::openFile(const QString& fileName)
{
    LoadError error;
    // The document is replaced only when the whole file is good.
    if (!m_document->open(fileName, &error)) {
        inform(tr("Cannot open the scenario"), error.toString());
        return false;
    }
    m_lastFolder = QFileInfo(fileName).absolutePath();
    addRecentFile(QFileInfo(fileName).absoluteFilePath());
    // A new document is read from its top: Title and Region first.
    m_comparePage->scrollFormToTop();
    return true;
}

bool MainWindow::openExample(const QString& resourcePath)
{
    LoadError error;
    const std::optional<Scenario> scenario = ScenarioFile::read(resourcePath, &error);
    if (!scenario) {
        inform(tr("Cannot open the example"), error.toString());
        return false;
    }
    // No file name: an example is saved to a place of the user's choosing, never over itself.
    m_document->reset(*scenario);
    m_comparePage->scrollFormToTop();
    return true;
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    return saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString fileName = chooseSaveFile();
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".ccompare");
    return saveTo(fileName);
}

bool MainWindow::saveTo(const QString& fileName)
{
    QString error;
    if (!m_document->save(fileName, &error)) {
        inform(tr("Cannot save the scenario"), error);
        return false;
    }
    m_lastFolder = QFileInfo(fileName).absolutePath();
    addRecentFile(QFileInfo(fileName).absoluteFilePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        ask(tr("Unsaved changes"),
            tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

// --- autosave and recovery ----------------------------------------------------------------------

void MainWindow::enableRecovery(const QString& folder)
{
    delete m_recovery;
    m_recovery = new DocumentRecovery(m_document, folder.isEmpty() ? DocumentRecovery::defaultFolder() : folder, this);
}

int MainWindow::offerRecovery()
{
    QList<LoadError> problems;
    const QList<RecoveredDocument> found =
        DocumentRecovery::orphans(m_recovery ? m_recovery->folder() : DocumentRecovery::defaultFolder(), &problems);
    for (const LoadError& problem : problems)
        qWarning("container-compare: recovery copy left as it is: %s", qPrintable(problem.toString()));
    int restored = 0;
    for (const RecoveredDocument& recovered : found) {
        const QMessageBox::StandardButton answer = askRecovery(recovered);
        if (answer == QMessageBox::Yes) {
            if (restored == 0 && !m_document->isModified()) {
                restored += restore(recovered) ? 1 : 0;
            } else if (m_interactive
                       && QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                  {QStringLiteral("--restore"), recovered.path})) {
                ++restored;
            }
        } else if (answer == QMessageBox::Discard) {
            DocumentRecovery::remove(recovered);
        }
        // Later: the copy stays and is offered again at the next start.
    }
    return restored;
}

bool MainWindow::restore(const RecoveredDocument& recovered)
{
    Scenario saved = newScenario();
    if (!recovered.fileName.isEmpty()) {
        LoadError error;
        if (std::optional<Scenario> file = ScenarioFile::read(recovered.fileName, &error))
            saved = std::move(*file);
    }
    m_document->reset(saved, recovered.fileName);
    m_document->edit(tr("Restore unsaved changes"), {}, [&recovered](Scenario& s) { s = recovered.scenario; });
    DocumentRecovery::remove(recovered);
    if (m_recovery && m_document->isModified())
        m_recovery->writeNow();
    statusBar()->showMessage(tr("Restored the unsaved changes of “%1”").arg(recovered.displayName()), 6000);
    return true;
}

QMessageBox::StandardButton MainWindow::askRecovery(const RecoveredDocument& recovered)
{
    const QString when = QLocale().toString(recovered.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString text = recovered.fileName.isEmpty()
        ? tr("Container Compare for AWS did not close normally. “%1”, never saved, had changes kept at %2. "
             "Restore them?")
              .arg(recovered.displayName(), when)
        : tr("Container Compare for AWS did not close normally. “%1” (%2) had changes that were not saved, "
             "kept at %3. Restore them?")
              .arg(recovered.displayName(), QDir::toNativeSeparators(recovered.fileName), when);
    m_lastMessage = text;
    if (!m_interactive)
        return m_nextAnswers.isEmpty() ? QMessageBox::Ignore : m_nextAnswers.takeFirst();
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes"), text, QMessageBox::NoButton, this);
    box.setInformativeText(tr("Later keeps the copy and asks again at the next start."));
    QPushButton* restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* laterButton = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restoreButton);
    box.setEscapeButton(laterButton);
    box.exec();
    if (box.clickedButton() == restoreButton)
        return QMessageBox::Yes;
    if (box.clickedButton() == discardButton)
        return QMessageBox::Discard;
    return QMessageBox::Ignore;
}

QStringList MainWindow::recentFiles() const
{
    return m_recentFiles;
}

void MainWindow::addRecentFile(const QString& fileName)
{
    m_recentFiles.removeAll(fileName);
    m_recentFiles.prepend(fileName);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    updateRecentMenu();
    writeSettings();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString fileName = m_recentFiles.at(i);
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(fileName).fileName()));
        action->setToolTip(QDir::toNativeSeparators(fileName));
        action->setStatusTip(QDir::toNativeSeparators(fileName));
        connect(action, &QAction::triggered, this, [this, fileName] {
            if (maybeSave())
                openFile(fileName);
        });
    }
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
            m_recentFiles.clear();
            updateRecentMenu();
            writeSettings();
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

// --- dialogs, through the test hooks -------------------------------------------------------------

QMessageBox::StandardButton MainWindow::ask(const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton fallback)
{
    m_lastMessage = text;
    if (!m_interactive)
        return m_nextAnswers.isEmpty() ? fallback : m_nextAnswers.takeFirst();
    return QMessageBox::question(this, title, text, buttons, fallback);
}

void MainWindow::inform(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (m_interactive)
        QMessageBox::warning(this, title, text);
}

QString MainWindow::chooseOpenFile()
{
    if (!m_interactive)
        return m_nextFileNames.isEmpty() ? QString() : m_nextFileNames.takeFirst();
    return QFileDialog::getOpenFileName(this, tr("Open Scenario"), m_lastFolder,
                                        tr("Scenarios (*.ccompare *.json);;All files (*)"));
}

QString MainWindow::chooseSaveFile()
{
    if (!m_interactive)
        return m_nextFileNames.isEmpty() ? QString() : m_nextFileNames.takeFirst();
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty()) {
        QString base = m_document->displayName();
        base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("-"));
        suggestion = QDir(m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder).filePath(base + QStringLiteral(".ccompare"));
    }
    return QFileDialog::getSaveFileName(this, tr("Save Scenario"), suggestion,
                                        tr("Scenarios (*.ccompare);;JSON (*.json)"));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setLanguageSetting(m_languageSetting);
    dialog.setTheme(Theme::current());
    dialog.setDefaultCurrency(m_defaultCurrency, m_defaultRate, m_defaultRounding);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_languageSetting = dialog.languageSetting();
    m_defaultCurrency = dialog.defaultCurrency();
    m_defaultRate = dialog.defaultRate();
    m_defaultRounding = dialog.defaultRounding();
    m_comparePage->setDefaultRate(m_defaultRate);
    if (dialog.theme() != Theme::current()) {
        Theme::apply(dialog.theme());
        restyle();
    }
    Settings::setTheme(Theme::modeId(Theme::current()));
    writeSettings();
    const Language language = resolveLanguage(m_languageSetting);
    if (language != this->language()) {
        // Text made from now on (charts, table headers, notes, the status line) follows at once;
        // menus and labels built already follow on the language change event (changeEvent).
        Translations::install(language);
        setLanguage(language);
    }
}

void MainWindow::showAbout()
{
    const PriceBook* book = m_session->prices().region(m_document->scenario().region);
    QMessageBox::about(
        this, tr("About Container Compare for AWS"),
        tr("<h3>Container Compare for AWS %1</h3>"
           "<p>Puts the ways of running containers on AWS side by side, in capability and in money, for a "
           "workload you describe.</p>"
           "<p>Every price carries its source, the date it was true and whether it is confirmed or an estimate. "
           "Prices here are as of %2. Check them before you buy.</p>")
            .arg(QCoreApplication::applicationVersion(), book ? book->newestDate() : QString()));
}

void MainWindow::restyle()
{
    // Icons are drawn in the palette's colours, and the charts carry their own.
    m_newAction->setIcon(Theme::icon(QStringLiteral("new")));
    m_openAction->setIcon(Theme::icon(QStringLiteral("open")));
    m_saveAction->setIcon(Theme::icon(QStringLiteral("save")));
    m_undoAction->setIcon(Theme::icon(QStringLiteral("undo")));
    m_redoAction->setIcon(Theme::icon(QStringLiteral("redo")));
    m_settingsAction->setIcon(Theme::icon(QStringLiteral("settings")));
    for (int i = 0; i < pageCount; ++i) {
        const QIcon icon = Theme::icon(QString::fromLatin1(pageInfo[i].icon));
        m_nav->item(i)->setIcon(icon);
        m_pageActions->actions().at(i)->setIcon(icon);
    }
    QPalette navPalette = QApplication::palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window).darker(Theme::isDark() ? 80 : 104));
    m_nav->setPalette(navPalette);
    m_comparePage->setChartStyle(chartStyle());
    for (CatalogPage* page : m_catalogPages)
        if (page)
            page->setLanguage(language());
    if (m_learnPage)
        m_learnPage->setLanguage(language());
}

// --- settings ------------------------------------------------------------------------------------

void MainWindow::readSettings()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
        resize(std::min(1440, available.width()), std::min(900, available.height()));
    }
    restoreState(Settings::windowState());
    m_lastFolder = Settings::documentsFolder();
    m_recentFiles = Settings::recentFiles();
    m_comparePage->setDefaultRate(m_defaultRate);
    updateRecentMenu();
}

void MainWindow::writeSettings() const
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setDocumentsFolder(m_lastFolder);
    Settings::setRecentFiles(m_recentFiles);
    Settings::setLanguage(m_languageSetting);
    // What Preferences says a new comparison is priced in; an open file's own currency does not
    // change it.
    Settings::setMoney({m_defaultCurrency, m_defaultRate, m_defaultRounding});
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    if (m_recovery)
        m_recovery->discard(); // a normal close: nothing to recover
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The translators changed (Preferences): every fixed text built in the old language
        // is put into the new one now, and the texts made from data are made again.
        const Language now = Translations::currentLanguage();
        if (now != m_textLanguage) {
            Retranslator::retranslate(this, m_textLanguage, now);
            m_textLanguage = now;
            retranslateToolbar();
            updateUndoText();
            updateTitle();
            if (now != language())
                setLanguage(now);
            else
                m_session->reevaluate();
        }
    }
    if (event->type() == QEvent::PaletteChange && m_comparePage)
        m_comparePage->setChartStyle(chartStyle());
}
