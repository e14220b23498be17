#include "CommandLine.h"
#include "DesktopIntegration.h"
#include "GuiMain.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompare"));
    QCoreApplication::setApplicationName(QStringLiteral("container-compare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CC_VERSION));

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isCommand(arguments)) {
        // Commands run headless: no display is needed, even for PDF export.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return CommandLine::run(arguments);
    }
    // --screenshot renders the window without a display.
    if (guiRendersOffscreen(arguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    DesktopIntegration::apply();
    return runGui(app, arguments);
}
