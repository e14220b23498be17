#include "Catalog.h"
#include "CommandLine.h"
#include "DesktopIntegration.h"
#include "GuiMain.h"
#include "PriceBook.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <thread>

#include <unistd.h>

// Qt warns on stderr when XDG_RUNTIME_DIR is unset (CI, ssh, cron) and then uses
// /tmp/runtime-<user>; make that folder ourselves so commands keep stderr for real errors.
static void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-cc-%1").arg(::getuid());
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompare"));
    QCoreApplication::setApplicationName(QStringLiteral("container-compare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    ensureRuntimeDirectory();
    if (CommandLine::isCommand(arguments)) {
        // Commands run headless: no display is needed, even for PDF export.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return CommandLine::run(arguments);
    }
    // --screenshot renders the window without a display; --help needs none either.
    if (guiRendersOffscreen(arguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The catalogs and the price books are read on a second thread while Qt connects to the
    // display, loads its plugins and fonts: the window needs both the moment it is built.
    std::thread preload([] {
        Catalog::builtin();
        PriceBooks::builtin();
    });
    QApplication app(argc, argv);
    DesktopIntegration::apply();
    preload.join();
    return runGui(app, arguments);
}
