#pragma once

#include <QStringList>

class QApplication;

// Starts the window: `container-compare [FILE]`, or `--screenshot OUT.png [--page P] [FILE]`.
int runGui(QApplication& app, const QStringList& arguments);
