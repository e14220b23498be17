#pragma once

#include <QStringList>

// The command-line mode: compare, catalog, export, --version, --help.
namespace CommandLine {

// True when the arguments (without the program name) ask for a command rather than the window.
bool isCommand(const QStringList& arguments);
// Runs the command; returns the process exit code (0 ok, 1 failure, 2 bad input).
// Writes results to stdout and errors to stderr.
int run(const QStringList& arguments);
// What --help prints: what the program does, the usage of every command, compare's options.
QString help();

} // namespace CommandLine
