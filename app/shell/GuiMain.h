#pragma once

#include <QStringList>

class QApplication;

// Starts the window: `container-compare [FILE]`, or `--screenshot OUT.png [--page P] [FILE]`.
int runGui(QApplication& app, const QStringList& arguments);

// True when the arguments ask for an offscreen rendering (--screenshot), which needs no display:
// main() then picks the offscreen platform before the application starts.
bool guiRendersOffscreen(const QStringList& arguments);
