#include "GuiMain.h"

#include "Arguments.h"
#include "CommandLine.h"

#include "ComparePage.h"
#include "DocumentRecovery.h"
#include "OptionsPanel.h"
#include "PricesWindow.h"
#include "RegionsView.h"
#include "Localized.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace {

struct GuiArguments
{
    QString file;
    QString screenshot;
    QString page = QStringLiteral("compare");
    QString theme;                 // light, dark; empty: the setting
    std::optional<Language> language; // --lang; none: the setting
    QString chart;                 // totals, breakdown, scaling, capabilities, regions, regions-chart
    QString details;               // comparison, storage, security: the tab under the charts
    QString option;                // an option id to select, its editor scrolled into view
    QString restore;               // a recovery copy to open (a further window of offerRecovery)
    QSize size{1440, 900};
};

class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

Cli::Arguments guiArguments()
{
    Cli::Arguments args;
    args.usage(CommandLine::help, false)
        .option({QStringLiteral("--screenshot")}, QStringLiteral("OUT"),
                QT_TRANSLATE_NOOP("Arguments", "render the window offscreen to the PNG file OUT and quit"))
        .option({QStringLiteral("--page")}, QStringLiteral("P"),
                QT_TRANSLATE_NOOP("Arguments", "the page shown: compare, services, runtimes, storage, security,\n"
                                               "iac, learn or prices"))
        .option({QStringLiteral("--size")}, QStringLiteral("WxH"),
                QT_TRANSLATE_NOOP("Arguments", "the screenshot's size, 1440x900 unless given"))
        .option({QStringLiteral("--theme")}, QStringLiteral("T"), QT_TRANSLATE_NOOP("Arguments", "light or dark"))
        .option({QStringLiteral("--chart")}, QStringLiteral("C"),
                QT_TRANSLATE_NOOP("Arguments", "the chart shown: totals, breakdown, scaling, capabilities,\n"
                                               "regions or regions-chart"))
        .option({QStringLiteral("--details")}, QStringLiteral("D"),
                QT_TRANSLATE_NOOP("Arguments", "the tab under the charts: comparison, storage or security"))
        .option({QStringLiteral("--option")}, QStringLiteral("ID"),
                QT_TRANSLATE_NOOP("Arguments", "the option selected, its editor scrolled into view"))
        .option({QStringLiteral("--restore")}, QStringLiteral("FILE"),
                QT_TRANSLATE_NOOP("Arguments", "open a recovery copy of unsaved changes"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the window"));
    return args;
}

// --page and --size: checked against what the window can show.
bool readPageAndSize(const Cli::Arguments& args, GuiArguments& a)
{
    a.page = args.value(QStringLiteral("--page"), a.page);
    if (a.page != u"prices" && !MainWindow::pageFromId(a.page)) {
        args.usageError(GuiMain::tr("unknown page \"%1\": use compare, services, runtimes, storage, "
                                    "security, iac or learn")
                            .arg(a.page));
        return false;
    }
    if (args.isSet(QStringLiteral("--size"))) {
        const QStringList parts = args.value(QStringLiteral("--size")).split(QLatin1Char('x'));
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 320 || h < 240 || w > 8192 || h > 8192) {
            args.usageError(GuiMain::tr("--size takes WIDTHxHEIGHT, for example 1280x800"));
            return false;
        }
        a.size = QSize(w, h);
    }
    return true;
}

// The window's options; nothing when they have a mistake (reported) or ask for help (shown).
std::optional<GuiArguments> parse(const QStringList& arguments, int* exitCode)
{
    Cli::Arguments args = guiArguments();
    *exitCode = 2;
    if (!args.parse(arguments))
        return std::nullopt;
    if (args.helpRequested()) {
        *exitCode = args.showHelp();
        return std::nullopt;
    }
    if (args.positional().size() > 1) {
        args.usageError(GuiMain::tr("only one scenario file can be opened"));
        return std::nullopt;
    }
    GuiArguments a;
    a.file = args.positional().value(0);
    if (!readPageAndSize(args, a))
        return std::nullopt;
    a.screenshot = args.value(QStringLiteral("--screenshot"));
    a.theme = args.value(QStringLiteral("--theme"));
    a.language = args.languageGiven() ? std::optional<Language>(args.languageValue()) : std::nullopt;
    a.chart = args.value(QStringLiteral("--chart"));
    a.details = args.value(QStringLiteral("--details"));
    a.option = args.value(QStringLiteral("--option"));
    a.restore = args.value(QStringLiteral("--restore"));
    return a;
}

// Runs the event loop until the window is laid out and painted: layouts, chart geometry and
// text layout finish over a few event-loop turns, so turns are run until one of them changes
// nothing the window shows (two grabs in a row are the same). No fixed sleep: a loaded
// machine takes more turns, not a worse picture; the limit only guards against a window
// that never stops changing.
QPixmap settledGrab(QApplication& app, QWidget& window)
{
    QElapsedTimer timer;
    timer.start();
    QImage previous;
    QPixmap pixmap;
    while (true) {
        QCoreApplication::sendPostedEvents();
        app.processEvents(QEventLoop::AllEvents);
        pixmap = window.grab();
        QImage image = pixmap.toImage();
        if (image == previous || timer.elapsed() > 20000)
            return pixmap;
        previous = std::move(image);
    }
}

// CC_STARTUP_PROBE=1 (tests/bench/bench_startup): print "shown" once the window has painted
// for the first time, and quit.
class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout) << "shown" << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

bool guiRendersOffscreen(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == u"--")
            break;
        if (argument == u"--screenshot" || argument.startsWith(QLatin1String("--screenshot=")) ||
            argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

namespace {

// The look: the user's choice, or a fixed one for a reproducible screenshot.
void applyTheme(const GuiArguments& args)
{
    Theme::Mode mode = Theme::modeFromId(Settings::theme());
    if (!args.theme.isEmpty())
        mode = Theme::modeFromId(args.theme);
    else if (!args.screenshot.isEmpty())
        mode = Theme::Mode::Light;
    Theme::apply(mode);
}

// The page, chart and details tab the arguments name.
void showRequestedView(MainWindow& window, const GuiArguments& args)
{
    // "prices": the Prices window (Tools → Prices…) over the Compare page.
    window.showPage(*MainWindow::pageFromId(args.page == u"prices" ? QStringLiteral("compare") : args.page));
    if (!args.chart.isEmpty()) {
        const QStringList charts = {QStringLiteral("totals"), QStringLiteral("breakdown"), QStringLiteral("scaling"),
                                    QStringLiteral("capabilities"), QStringLiteral("regions")};
        const bool regionsChart = args.chart == u"regions-chart";
        window.comparePage()->chartTabs()->setCurrentIndex(
            std::max(0, int(charts.indexOf(regionsChart ? QStringLiteral("regions") : args.chart))));
        // "regions-chart": the Regions tab as bars of the option that is cheapest anywhere.
        if (regionsChart) {
            RegionsView* regions = window.comparePage()->regionsView();
            regions->refresh();
            const QString option = regions->regions().cheapestOverallOption;
            regions->showChart(option.isEmpty() ? regions->regions().optionIds.value(0) : option);
        }
    }
    if (!args.details.isEmpty()) {
        const QStringList tabs = {QStringLiteral("comparison"), QStringLiteral("storage"), QStringLiteral("security")};
        window.comparePage()->resultTabs()->setCurrentIndex(std::max(0, int(tabs.indexOf(args.details))));
    }
}

// The window for a person: recovery on, shown, the event loop run until it closes.
int runInteractive(QApplication& app, MainWindow& window, const GuiArguments& args)
{
    if (!args.option.isEmpty())
        window.comparePage()->showOption(args.option);
    // Unsaved changes are copied for recovery from now on; after a crash, the next start
    // offers what was left (or restores the one copy it was started for).
    window.enableRecovery();
    if (qEnvironmentVariableIsSet("CC_STARTUP_PROBE"))
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    if (!args.restore.isEmpty()) {
        LoadError error;
        if (const std::optional<RecoveredDocument> recovered = DocumentRecovery::read(args.restore, &error))
            window.restore(*recovered);
        else
            Cli::error(error.toString());
    } else {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    return app.exec();
}

// --screenshot: the window (or the Prices window over it) rendered offscreen to a PNG.
int takeScreenshot(QApplication& app, MainWindow& window, const GuiArguments& args)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(args.size);
    window.show();
    window.resize(args.size);
    QPixmap pixmap = settledGrab(app, window);
    if (args.page == u"prices") {
        auto* prices = new PricesWindow(&window);
        prices->setAttribute(Qt::WA_DontShowOnScreen);
        prices->show();
        pixmap = settledGrab(app, *prices);
    }
    if (!args.option.isEmpty()) {
        window.comparePage()->showOption(args.option); // needs the laid-out form
        pixmap = settledGrab(app, window);
    }
    const QString out = QFileInfo(args.screenshot).absoluteFilePath();
    if (pixmap.isNull() || !pixmap.save(out, "PNG")) {
        Cli::error(GuiMain::tr("cannot write %1").arg(out));
        return 1;
    }
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}

} // namespace

int runGui(QApplication& app, const QStringList& arguments)
{
    // The translators go in before any widget is built: widgets take their text when made
    // (--lang, read by the parser, replaces the setting's).
    Translations::installFromSettings();
    int exitCode = 0;
    const std::optional<GuiArguments> args = parse(arguments, &exitCode);
    if (!args)
        return exitCode;
    const bool screenshot = !args->screenshot.isEmpty();
    applyTheme(*args);

    MainWindow window;
    if (args->language)
        window.setLanguage(*args->language);
    if (screenshot)
        window.setInteractive(false);
    if (!args->file.isEmpty() && !window.openFile(QFileInfo(args->file).absoluteFilePath()) && screenshot) {
        Cli::error(window.lastMessage());
        return 2;
    }
    showRequestedView(window, *args);
    return screenshot ? takeScreenshot(app, window, *args) : runInteractive(app, window, *args);
}
