#pragma once

// Ties the running window to the installed desktop entry, so the desktop shows the app's icon
// and name (Wayland matches windows to .desktop files by this id; X11 by WM_CLASS, which is
// the application name and the entry's StartupWMClass).
namespace DesktopIntegration {

// Call once the QGuiApplication exists: sets the desktop file name (the application id) and
// the window icon (the theme's icon when installed, else the one compiled in).
void apply();

} // namespace DesktopIntegration
