#include "DesktopIntegration.h"

#include <QGuiApplication>
#include <QIcon>

namespace DesktopIntegration {

void apply()
{
    const QString appId = QStringLiteral(CC_APP_ID);
    QGuiApplication::setDesktopFileName(appId);

    // The compiled-in sizes (packaging/CMakeLists.txt) keep the icon sharp at every size
    // without the SVG icon engine; the SVG covers the rest. They are the same pictures the
    // package installs into the hicolor theme, so the theme is not searched for them: that
    // search walks the icon folders on every start.
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/desktop/hicolor/%1x%1/container-compare.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/desktop/container-compare.svg"));
    QGuiApplication::setWindowIcon(icon);
}

} // namespace DesktopIntegration
