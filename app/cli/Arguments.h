#pragma once

#include "Localized.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The one argument parser of the command line and of the window's start-up options. Each
// command declares its options (name, value, the line --help shows) and gets the same rules:
//  - an option's value follows it ("--format json") or is joined by "=" ("--format=json");
//    an empty value is a missing one;
//  - "--" ends the options, "-" is a file argument (standard input or output);
//  - -h and --help print the command's usage and options on stdout (exit code 0);
//  - --lang en|ja is read before anything else and installed, so every later message,
//    the mistakes in the command line among them, is in that language;
//  - a mistake in the command line is "container-compare: COMMAND: problem" on stderr, exit
//    code 2, followed by the usage for the commands that show it; a bad value is one line.
namespace Cli {

QString program(); // "container-compare"

// Text to stderr, flushed. Errors name the program first: see error().
void writeError(const QString& text);
// One line on stderr: "container-compare: " + message.
void error(const QString& message);
// Results to stdout; false when the write failed (a closed pipe, a full disk).
bool print(const QByteArray& bytes);
bool print(const QString& text);

// Rows in columns as wide as their widest cell (by display width: a Japanese character
// takes two), two spaces apart: the table format of compare, catalog and prices.
QString columns(const QList<QStringList>& rows);

// --format table|json|csv, shared by compare, catalog, prices list and prices show.
enum class Format { Table, Json, Csv };
std::optional<Format> formatFromId(const QString& id, QString* problem);

// --lang en|ja: the language a value names, or nothing with the problem set.
std::optional<Language> languageFromId(const QString& id, QString* problem);
// Takes every "--lang L" / "--lang=L" before "--" out of arguments. Returns the last value
// (empty when it has none), nothing when the option is not there.
std::optional<QString> takeLanguageId(QStringList& arguments);

class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)

public:
    // command: the words a mistake is reported under ("compare", "prices update"); empty for
    // the window's own options (its help heads them "Options of the window").
    explicit Arguments(const QString& command = {});

    // An option with a value: names (the first is the one shown and looked up by value()),
    // the value's placeholder in help ("F"), and the help text, marked with
    // QT_TRANSLATE_NOOP("Arguments", …) and translated when help is shown, in the language
    // --lang installed (continuation lines are indented under the first; argument fills %1).
    Arguments& option(const QStringList& names, const QString& valueName, const char* description,
                      const QString& argument = {});
    // An option without a value.
    Arguments& flag(const QStringList& names, const char* description);
    // --lang en|ja. whenAbsent: the language installed when the option is not given (none: the
    // translators stay as they are).
    Arguments& language(const char* description, std::optional<Language> whenAbsent = std::nullopt);
    // The usage lines --help shows above the options; with showOnError they follow a mistake.
    // Made when shown, so they are in the language --lang installed.
    Arguments& usage(std::function<QString()> text, bool showOnError);

    // The first argument that is not an option names a sub-command: it and everything after
    // it are left in positional() as they are, for the sub-command's own parser (--lang is
    // read wherever it is).
    Arguments& subCommands();

    // Reads arguments; a mistake is reported on stderr and false returned (exit code 2).
    bool parse(const QStringList& arguments);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString& name) const;
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const; // every occurrence, in order
    const QStringList& positional() const { return m_positional; }
    // The language asked for (--lang), or the one used when it was not given.
    Language languageValue() const { return m_language; }
    bool languageGiven() const { return m_languageGiven; }
    // The value of --format (table when not given), or nothing with the mistake reported.
    std::optional<Format> format() const;

    // The options block of help: one entry per option, in the order declared.
    QString optionsHelp() const;
    // Usage and options, as --help prints them.
    QString helpText() const;
    // Prints helpText() on stdout; returns 0.
    int showHelp() const;

    // A mistake in the command line, under the command's name; returns 2.
    int usageError(const QString& message) const;
    // Exactly one positional argument, the scenario FILE: false with the mistake reported
    // when there is none or more than one.
    bool requireScenarioFile() const;
    // No positional argument: false with the mistake reported otherwise.
    bool requireNoPositional() const;

private:
    struct Option
    {
        QStringList names;
        QString valueName; // empty: a flag
        const char* description = nullptr;
        QString argument;
    };
    const Option* find(const QString& name) const;
    bool readOption(const QStringList& arguments, qsizetype& i);
    bool applyLanguage(QStringList& arguments);
    QString prefixed(const QString& message) const;

    QString m_command;
    std::function<QString()> m_usage;
    bool m_usageOnError = false;
    bool m_subCommands = false;
    QList<Option> m_options;
    bool m_hasLanguage = false;
    std::optional<Language> m_whenAbsent;

    bool m_help = false;
    QMap<QString, QStringList> m_values; // by the option's first name
    QStringList m_positional;
    Language m_language = Language::English;
    bool m_languageGiven = false;
};

// A bad value or a bad file: one line on stderr ("container-compare: " + message); returns 2.
int inputError(const QString& message);

} // namespace Cli
