#include "Arguments.h"

#include "ComparisonExport.h"
#include "Translations.h"

#include <cstdio>

namespace Cli {

namespace {

// Where an option's help text starts: "  --format F     table (…" — two spaces, the name and
// its value padded to 14, one space.
constexpr qsizetype helpColumn = 17;

QString helpEntry(const QString& title, const QString& description)
{
    QString entry = QLatin1String("  ") + title.leftJustified(helpColumn - 3) + QLatin1Char(' ');
    entry += description.split(QLatin1Char('\n')).join(QLatin1Char('\n') + QString(helpColumn, QLatin1Char(' ')));
    return entry + QLatin1Char('\n');
}

// "--name=value" split at the "="; the name alone when there is none.
QString optionName(const QString& argument)
{
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    return equals < 0 ? argument : argument.left(equals);
}

} // namespace

QString program()
{
    return QStringLiteral("container-compare");
}

void writeError(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void error(const QString& message)
{
    writeError(program() + QLatin1String(": ") + message + QLatin1Char('\n'));
}

bool print(const QByteArray& bytes)
{
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

bool print(const QString& text)
{
    return print(text.toUtf8());
}

int inputError(const QString& message)
{
    error(message);
    return 2;
}

QString columns(const QList<QStringList>& rows)
{
    QList<int> widths(rows.value(0).size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], ComparisonExport::displayWidth(row.at(c)));
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            line += row.at(c);
            if (c + 1 < row.size())
                line += QString(widths.value(c) - ComparisonExport::displayWidth(row.at(c)), QLatin1Char(' '));
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

std::optional<Format> formatFromId(const QString& id, QString* problem)
{
    if (id == u"table")
        return Format::Table;
    if (id == u"json")
        return Format::Json;
    if (id == u"csv")
        return Format::Csv;
    *problem = Arguments::tr("--format: unknown format \"%1\"; expected one of: table, json, csv").arg(id);
    return std::nullopt;
}

std::optional<Language> languageFromId(const QString& id, QString* problem)
{
    if (id == u"en" || id == u"ja")
        return languageFromCode(id);
    *problem = Arguments::tr("--lang: unknown language \"%1\"; expected one of: en, ja").arg(id);
    return std::nullopt;
}

std::optional<QString> takeLanguageId(QStringList& arguments)
{
    std::optional<QString> id;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (optionName(argument) != u"--lang")
            continue;
        if (argument != u"--lang") {
            id = argument.mid(7);
            arguments.removeAt(i);
        } else {
            id = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        }
        --i;
    }
    return id;
}

Arguments::Arguments(const QString& command)
    : m_command(command)
{
}

Arguments& Arguments::option(const QStringList& names, const QString& valueName, const char* description,
                             const QString& argument)
{
    m_options.append(Option{names, valueName, description, argument});
    return *this;
}

Arguments& Arguments::flag(const QStringList& names, const char* description)
{
    m_options.append(Option{names, QString(), description, QString()});
    return *this;
}

Arguments& Arguments::language(const char* description, std::optional<Language> whenAbsent)
{
    m_hasLanguage = true;
    m_whenAbsent = whenAbsent;
    return option({QStringLiteral("--lang")}, QStringLiteral("L"), description);
}

Arguments& Arguments::usage(std::function<QString()> text, bool showOnError)
{
    m_usage = std::move(text);
    m_usageOnError = showOnError;
    return *this;
}

Arguments& Arguments::subCommands()
{
    m_subCommands = true;
    return *this;
}

const Arguments::Option* Arguments::find(const QString& name) const
{
    for (const Option& option : m_options)
        if (option.names.contains(name))
            return &option;
    return nullptr;
}

// --lang first: the messages of every later mistake speak the language asked for.
bool Arguments::applyLanguage(QStringList& arguments)
{
    if (!m_hasLanguage)
        return true;
    const std::optional<QString> id = takeLanguageId(arguments);
    m_languageGiven = id.has_value();
    m_language = m_whenAbsent.value_or(Language::English);
    if (id && id->isEmpty()) {
        usageError(tr("%1 needs a value").arg(QStringLiteral("--lang")));
        return false;
    }
    if (id) {
        QString problem;
        const std::optional<Language> language = languageFromId(*id, &problem);
        if (!language) {
            inputError(problem);
            return false;
        }
        m_language = *language;
    }
    if (m_languageGiven || m_whenAbsent)
        Translations::install(m_language);
    return true;
}

bool Arguments::readOption(const QStringList& arguments, qsizetype& i)
{
    const QString& argument = arguments.at(i);
    const QString name = optionName(argument);
    if (argument == u"--help" || argument == u"-h") {
        m_help = true;
        return true;
    }
    const Option* option = find(name);
    if (!option) {
        usageError(tr("unknown option %1").arg(name));
        return false;
    }
    if (option->valueName.isEmpty()) {
        if (name != argument) {
            usageError(tr("%1 takes no value").arg(name));
            return false;
        }
        m_values[option->names.constFirst()] << QString();
        return true;
    }
    QString value;
    if (name != argument)
        value = argument.mid(name.size() + 1);
    else if (i + 1 < arguments.size())
        value = arguments.at(++i);
    if (value.isEmpty()) {
        usageError(tr("%1 needs a value").arg(name));
        return false;
    }
    m_values[option->names.constFirst()] << value;
    return true;
}

bool Arguments::parse(const QStringList& commandArguments)
{
    QStringList arguments = commandArguments;
    if (!applyLanguage(arguments))
        return false;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (m_subCommands && !m_positional.isEmpty()) {
            m_positional << arguments.mid(i);
            break;
        }
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == u"-") {
            m_positional << argument;
        } else if (argument == u"--") {
            optionsEnded = true;
        } else if (!readOption(arguments, i)) {
            return false;
        }
    }
    return true;
}

bool Arguments::isSet(const QString& name) const
{
    return m_values.contains(name);
}

QString Arguments::value(const QString& name, const QString& fallback) const
{
    const QStringList all = m_values.value(name);
    return all.isEmpty() ? fallback : all.constLast();
}

QStringList Arguments::values(const QString& name) const
{
    return m_values.value(name);
}

std::optional<Format> Arguments::format() const
{
    QString problem;
    const std::optional<Format> format = formatFromId(value(QStringLiteral("--format"), QStringLiteral("table")), &problem);
    if (!format)
        inputError(problem);
    return format;
}

QString Arguments::optionsHelp() const
{
    QString text;
    for (const Option& option : m_options) {
        QString title = option.names.join(QLatin1String(", "));
        if (!option.valueName.isEmpty())
            title += QLatin1Char(' ') + option.valueName;
        QString description = tr(option.description);
        if (!option.argument.isEmpty())
            description = description.arg(option.argument);
        text += helpEntry(title, description);
    }
    return text;
}

QString Arguments::helpText() const
{
    QString text = m_usage ? m_usage() : QString();
    if (!m_options.isEmpty())
        text += QLatin1Char('\n') +
                (m_command.isEmpty() ? tr("Options of the window:\n") : tr("Options of %1:\n").arg(m_command)) +
                optionsHelp();
    return text + helpEntry(QStringLiteral("-h, --help"), tr("this help"));
}

int Arguments::showHelp() const
{
    print(helpText());
    return 0;
}

QString Arguments::prefixed(const QString& message) const
{
    return m_command.isEmpty() ? message : m_command + QLatin1String(": ") + message;
}

int Arguments::usageError(const QString& message) const
{
    if (m_usageOnError && m_usage)
        writeError(program() + QLatin1String(": ") + prefixed(message) + QLatin1String("\n\n") + m_usage());
    else
        error(prefixed(message));
    return 2;
}

bool Arguments::requireScenarioFile() const
{
    if (m_positional.isEmpty()) {
        usageError(tr("a scenario FILE is needed"));
        return false;
    }
    if (m_positional.size() > 1) {
        usageError(tr("one scenario FILE at a time; unexpected \"%1\"").arg(m_positional.at(1)));
        return false;
    }
    return true;
}

bool Arguments::requireNoPositional() const
{
    if (m_positional.isEmpty())
        return true;
    usageError(tr("unexpected argument \"%1\"").arg(m_positional.constFirst()));
    return false;
}

} // namespace Cli
