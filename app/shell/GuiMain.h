#pragma once

#include <QStringList>

class QApplication;

// Starts the window: `container-compare [FILE]`, or `--screenshot OUT.png [--page P] [FILE]`.
int runGui(QApplication& app, const QStringList& arguments);

// True when the arguments need no display: an offscreen rendering (--screenshot) or the help
// (--help); main() then picks the offscreen platform before the application starts.
bool guiRendersOffscreen(const QStringList& arguments);
