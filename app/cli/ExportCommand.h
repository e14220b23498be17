#pragma once

#include <QString>
#include <QStringList>

// `container-compare export FILE …`: the PDF report and the slide deck, written headless.
// Kept apart from the rest of the command line so the export can grow on its own.

// Runs the export; arguments are the ones after "export". Returns the exit code (0 ok,
// 1 failure, 2 bad input).
int runExport(const QStringList& arguments);
// The lines `--help` shows for the export command.
QString exportUsage();
