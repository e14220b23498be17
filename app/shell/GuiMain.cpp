#include "GuiMain.h"

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
    QString language;              // en, ja; empty: the setting
    QString chart;                 // totals, breakdown, scaling, capabilities, regions, regions-chart
    QString details;               // comparison, storage, security: the tab under the charts
    QString option;                // an option id to select, its editor scrolled into view
    QString restore;               // a recovery copy to open (a further window of offerRecovery)
    QSize size{1440, 900};
    QString error;
};

GuiArguments parse(const QStringList& arguments)
{
    GuiArguments a;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        auto value = [&](const QString& name) -> QString {
            if (i + 1 >= arguments.size()) {
                a.error = QCoreApplication::translate("GuiMain", "%1 needs a value").arg(name);
                return {};
            }
            return arguments.at(++i);
        };
        if (arg == u"--screenshot") {
            a.screenshot = value(arg);
        } else if (arg == u"--page") {
            a.page = value(arg);
            if (a.page != u"prices" && !MainWindow::pageFromId(a.page))
                a.error = QCoreApplication::translate("GuiMain",
                                                      "unknown page \"%1\": use compare, services, runtimes, storage, "
                                                      "security, iac or learn")
                              .arg(a.page);
        } else if (arg == u"--size") {
            const QStringList parts = value(arg).split(QLatin1Char('x'));
            const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
            if (parts.size() != 2 || w < 320 || h < 240 || w > 8192 || h > 8192)
                a.error = QCoreApplication::translate("GuiMain", "--size takes WIDTHxHEIGHT, for example 1280x800");
            else
                a.size = QSize(w, h);
        } else if (arg == u"--theme") {
            a.theme = value(arg);
        } else if (arg == u"--lang") {
            a.language = value(arg);
        } else if (arg == u"--chart") {
            a.chart = value(arg);
        } else if (arg == u"--details") {
            a.details = value(arg);
        } else if (arg == u"--option") {
            a.option = value(arg);
        } else if (arg == u"--restore") {
            a.restore = value(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            a.error = QCoreApplication::translate("GuiMain", "unknown option %1").arg(arg);
        } else if (a.file.isEmpty()) {
            a.file = arg;
        } else {
            a.error = QCoreApplication::translate("GuiMain", "only one scenario file can be opened");
        }
        if (!a.error.isEmpty())
            break;
    }
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
    return arguments.contains(QStringLiteral("--screenshot"));
}

int runGui(QApplication& app, const QStringList& arguments)
{
    // The translators go in before any widget is built: widgets take their text when made.
    Translations::installFromSettings();
    const GuiArguments args = parse(arguments);
    if (!args.language.isEmpty())
        Translations::install(languageFromCode(args.language));
    QTextStream err(stderr);
    if (!args.error.isEmpty()) {
        err << "container-compare: " << args.error << Qt::endl;
        return 2;
    }
    const bool screenshot = !args.screenshot.isEmpty();

    // The look: the user's choice, or a fixed one for a reproducible screenshot.
    Theme::Mode mode = Theme::modeFromId(Settings::theme());
    if (!args.theme.isEmpty())
        mode = Theme::modeFromId(args.theme);
    else if (screenshot)
        mode = Theme::Mode::Light;
    Theme::apply(mode);

    MainWindow window;
    if (!args.language.isEmpty())
        window.setLanguage(languageFromCode(args.language));
    if (screenshot)
        window.setInteractive(false);

    if (!args.file.isEmpty() && !window.openFile(QFileInfo(args.file).absoluteFilePath()) && screenshot) {
        err << "container-compare: " << window.lastMessage() << Qt::endl;
        return 2;
    }
    // "prices": the Prices window (Tools → Prices…) over the Compare page.
    const bool pricesPage = args.page == u"prices";
    window.showPage(*MainWindow::pageFromId(pricesPage ? QStringLiteral("compare") : args.page));
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
    if (!screenshot) {
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
                err << "container-compare: " << error.toString() << Qt::endl;
        } else {
            QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        }
        return app.exec();
    }

    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(args.size);
    window.show();
    window.resize(args.size);
    QPixmap pixmap = settledGrab(app, window);
    if (pricesPage) {
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
        err << "container-compare: " << QCoreApplication::translate("GuiMain", "cannot write %1").arg(out) << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << out << Qt::endl;
    return 0;
}
