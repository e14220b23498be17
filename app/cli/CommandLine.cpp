#include "CommandLine.h"

#include "Catalog.h"
#include "CatalogModel.h"
#include "ComparisonExport.h"
#include "CostModel.h"
#include "ExportCommand.h"
#include "JsonWriter.h"
#include "Money.h"
#include "PriceBook.h"
#include "PricesCommand.h"
#include "RegionsExport.h"
#include "Scenario.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace CommandLine {
namespace {

// The deck's rate (slide 16): used when JPY is asked for and the file has no yen rate.
constexpr double defaultYenPerUsd = Money::deckYenPerUsd;

QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QString program()
{
    return QStringLiteral("container-compare");
}

void write(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Results go to stdout; a write that fails (a closed pipe, a full disk) is a failure.
bool print(const QByteArray& bytes)
{
    const bool ok = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    return std::fflush(stdout) == 0 && ok;
}

QString usage()
{
    return tr("Usage:\n"
              "  container-compare [FILE]\n"
              "      open the window, with the scenario FILE if one is given\n"
              "  container-compare compare FILE [--format table|json|csv] [--currency USD|JPY]\n"
              "                                 [--region REGION] [--lang en|ja]\n"
              "      price every option of the scenario FILE for its period and print them\n"
              "  container-compare catalog [services|runtimes|storage|security|iac]\n"
              "                            [--format table|json|csv] [--lang en|ja]\n"
              "      list the catalog entries (all kinds when none is named)\n") +
           tr("  container-compare compare FILE --regions all|R1,R2,... [--format table|json|csv]\n"
              "      each option's monthly total in every region with prices, the cheapest marked\n") +
           exportUsage() + pricesUsage() +
           tr("  container-compare --version | -v\n"
              "  container-compare --help | -h\n");
}

QString help()
{
    QString regions = PriceBooks::builtin().regions().join(QStringLiteral(", "));
    return tr("Container Compare for AWS: what running a workload's containers costs a month on ECS,\n"
              "EKS, Fargate, Lightsail, App Runner, Lambda and the rest, line by line.\n\n") +
           usage() +
           tr("\nOptions of compare:\n"
              "  --format F     table (aligned for a terminal, the default), json, or csv (plain\n"
              "                 numbers, the unit in each column's name)\n"
              "  --currency C   show money in USD or JPY. JPY uses the file's rate and rounding when\n"
              "                 the file is in JPY; otherwise 155 JPY to the dollar, rounded down to\n"
              "                 the yen (the workshop deck's convention). USD is 1 to 1, to the cent.\n"
              "  --region R     the scenario's region (%1); options that name\n"
              "                 their own region keep it\n"
              "  --lang L       en or ja: the language of labels and notes\n\n"
              "Exit status: 0 done, 1 failed, 2 bad input (a message on stderr names the file,\n"
              "the JSON path and the problem; nothing is printed on stdout).\n")
               .arg(regions);
}

// A mistake in the command itself: the problem, then how to use it.
int usageError(const QString& message)
{
    write(stderr, program() + QLatin1String(": ") + message + QLatin1String("\n\n") + usage());
    return 2;
}

// A bad value or a bad file: one line, so scripts and people see the one thing to fix.
int inputError(const QString& message)
{
    write(stderr, program() + QLatin1String(": ") + message + QLatin1Char('\n'));
    return 2;
}

QString choices(const QStringList& values)
{
    return values.join(QStringLiteral(", "));
}

// Options and positional arguments after the command word. Options take a value, either as
// "--format json" or as "--format=json"; "--" ends the options.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> values;
    bool help = false;
};

std::optional<Arguments> parseArguments(const QStringList& arguments, const QStringList& valueOptions,
                                        QString* problem)
{
    Arguments result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument == u"-") {
            result.positional << argument;
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }
        if (argument == u"--help" || argument == u"-h") {
            result.help = true;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        if (!valueOptions.contains(name)) {
            *problem = tr("unknown option %1").arg(name);
            return std::nullopt;
        }
        QString value;
        if (equals >= 0) {
            value = argument.mid(equals + 1);
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            *problem = tr("%1 needs a value").arg(name);
            return std::nullopt;
        }
        result.values.insert(name, value);
    }
    return result;
}

enum class Format { Table, Json, Csv };

std::optional<Format> formatOf(const Arguments& args, QString* problem)
{
    const QString value = args.values.value(QStringLiteral("--format"), QStringLiteral("table"));
    if (value == u"table")
        return Format::Table;
    if (value == u"json")
        return Format::Json;
    if (value == u"csv")
        return Format::Csv;
    *problem = tr("--format: unknown format \"%1\"; expected one of: table, json, csv").arg(value);
    return std::nullopt;
}

std::optional<Language> languageOf(const Arguments& args, QString* problem)
{
    const QString value = args.values.value(QStringLiteral("--lang"), QStringLiteral("en"));
    if (value == u"en" || value == u"ja")
        return languageFromCode(value);
    *problem = tr("--lang: unknown language \"%1\"; expected one of: en, ja").arg(value);
    return std::nullopt;
}

int runCompare(const QStringList& arguments)
{
    QString problem;
    const std::optional<Arguments> args =
        parseArguments(arguments,
                       {QStringLiteral("--format"), QStringLiteral("--currency"), QStringLiteral("--region"),
                        QStringLiteral("--regions"), QStringLiteral("--lang")},
                       &problem);
    if (!args)
        return usageError(QLatin1String("compare: ") + problem);
    if (args->help) {
        print(help().toUtf8());
        return 0;
    }
    if (args->positional.isEmpty())
        return usageError(tr("compare: a scenario FILE is needed"));
    if (args->positional.size() > 1)
        return usageError(
            tr("compare: one scenario FILE at a time; unexpected \"%1\"").arg(args->positional.at(1)));

    const std::optional<Format> format = formatOf(*args, &problem);
    const std::optional<Language> language = format ? languageOf(*args, &problem) : std::nullopt;
    if (!format || !language)
        return inputError(problem);
    // Labels and notes in the asked language: the cost model's notes and the column titles are tr().
    Translations::install(*language);

    std::optional<QString> currencyCode;
    if (args->values.contains(QStringLiteral("--currency"))) {
        const QString code = args->values.value(QStringLiteral("--currency"));
        if (code != u"USD" && code != u"JPY")
            return inputError(tr("--currency: unknown currency \"%1\"; expected one of: USD, JPY").arg(code));
        currencyCode = code;
    }
    std::optional<QString> region;
    if (args->values.contains(QStringLiteral("--region"))) {
        const QString id = args->values.value(QStringLiteral("--region"));
        const QStringList known = PriceBooks::builtin().regions();
        if (!known.contains(id))
            return inputError(
                tr("--region: unknown region \"%1\"; expected one of: %2").arg(id, choices(known)));
        region = id;
    }

    const QString fileName = args->positional.constFirst();
    LoadError error;
    std::optional<Scenario> scenario = ScenarioFile::read(fileName, &error);
    if (!scenario)
        return inputError(error.toString());

    if (currencyCode && *currencyCode != scenario->currency.code) {
        if (*currencyCode == u"JPY")
            scenario->currency =
                CurrencySettings{QStringLiteral("JPY"), defaultYenPerUsd, QStringLiteral("floor")};
        else
            scenario->currency = CurrencySettings{};
    }
    if (region)
        scenario->region = *region;

    if (args->values.contains(QStringLiteral("--regions"))) {
        // The workload in every region asked for (all: every region with a price book).
        const QString value = args->values.value(QStringLiteral("--regions"));
        const QStringList known = PriceBooks::builtin().regions();
        QStringList regions;
        if (value != u"all") {
            for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!known.contains(id.trimmed()))
                    return inputError(tr("--regions: unknown region \"%1\"; expected all or some of: %2").arg(id, choices(known)));
                regions << id.trimmed();
            }
            if (regions.isEmpty())
                return inputError(tr("--regions: expected all or a comma-separated list of regions"));
        }
        const RegionComparison totals =
            RegionComparison::evaluate(*scenario, Catalog::builtin(), PriceBooks::builtin(), regions, *language);
        const QByteArray text = *format == Format::Json  ? RegionsExport::toJson(totals)
                                : *format == Format::Csv ? RegionsExport::toCsv(totals)
                                                         : RegionsExport::toTable(totals).toUtf8();
        if (!print(text)) {
            write(stderr, program() + QLatin1String(": ") + tr("cannot write the output") + QLatin1Char('\n'));
            return 1;
        }
        return 0;
    }
    const Comparison comparison =
        CostModel::evaluate(*scenario, Catalog::builtin(), PriceBooks::builtin(), *language);
    QByteArray output;
    switch (*format) {
    case Format::Table:
        output = ComparisonExport::toTable(comparison, scenario->currency).toUtf8();
        break;
    case Format::Json:
        output = ComparisonExport::toJson(comparison, scenario->currency);
        break;
    case Format::Csv:
        output = ComparisonExport::toCsv(comparison, scenario->currency);
        break;
    }
    if (!print(output)) {
        write(stderr, program() + QLatin1String(": ") + tr("cannot write the output") + QLatin1Char('\n'));
        return 1;
    }
    return 0;
}

QList<CatalogKind> listedKinds()
{
    return {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage, CatalogKind::Security,
            CatalogKind::Iac};
}

QJsonObject textObject(const LocalizedText& text)
{
    QJsonObject o{{QStringLiteral("en"), text.en}};
    if (!text.ja.isEmpty())
        o.insert(QStringLiteral("ja"), text.ja);
    return o;
}

int runCatalog(const QStringList& arguments)
{
    QString problem;
    const std::optional<Arguments> args =
        parseArguments(arguments, {QStringLiteral("--format"), QStringLiteral("--lang")}, &problem);
    if (!args)
        return usageError(QLatin1String("catalog: ") + problem);
    if (args->help) {
        print(help().toUtf8());
        return 0;
    }
    if (args->positional.size() > 1)
        return usageError(tr("catalog: one kind at a time; unexpected \"%1\"").arg(args->positional.at(1)));

    QList<CatalogKind> kinds = listedKinds();
    if (!args->positional.isEmpty()) {
        const QString id = args->positional.constFirst();
        const std::optional<CatalogKind> kind = Catalog::kindFromId(id);
        if (!kind) {
            QStringList known;
            for (const CatalogKind k : listedKinds())
                known << Catalog::kindId(k);
            return usageError(
                tr("catalog: unknown kind \"%1\"; expected one of: %2").arg(id, choices(known)));
        }
        kinds = {*kind};
    }
    const std::optional<Format> format = formatOf(*args, &problem);
    const std::optional<Language> language = format ? languageOf(*args, &problem) : std::nullopt;
    if (!format || !language)
        return inputError(problem);
    // Labels and notes in the asked language: the cost model's notes and the column titles are tr().
    Translations::install(*language);

    const Catalog& catalog = Catalog::builtin();
    QByteArray output;
    if (*format == Format::Json) {
        QJsonArray entries;
        for (const CatalogKind kind : kinds) {
            for (const CatalogEntry& entry : catalog.entries(kind)) {
                QJsonObject o{
                    {QStringLiteral("kind"), Catalog::kindId(kind)},
                    {QStringLiteral("id"), entry.id},
                    {QStringLiteral("name"), textObject(entry.name)},
                    {QStringLiteral("category"), entry.category},
                    {QStringLiteral("description"), textObject(entry.description)},
                    {QStringLiteral("docUrl"), entry.docUrl},
                    {QStringLiteral("capabilities"), entry.capabilities},
                };
                if (!entry.shortName.isEmpty())
                    o.insert(QStringLiteral("shortName"), textObject(entry.shortName));
                entries.append(o);
            }
        }
        const QStringList order = {
            QStringLiteral("kind"),      QStringLiteral("id"),           QStringLiteral("name"),
            QStringLiteral("shortName"), QStringLiteral("category"),     QStringLiteral("description"),
            QStringLiteral("docUrl"),    QStringLiteral("capabilities"), QStringLiteral("en"),
            QStringLiteral("ja"),        QStringLiteral("entries")};
        output = JsonWriter(order).write(QJsonObject{{QStringLiteral("entries"), entries}});
    } else if (*format == Format::Csv) {
        QString text = QStringLiteral("kind,id,name_en,name_ja,category,doc_url\n");
        const QChar comma = QLatin1Char(',');
        for (const CatalogKind kind : kinds) {
            for (const CatalogEntry& entry : catalog.entries(kind)) {
                const QStringList cells = {Catalog::kindId(kind), entry.id,       entry.name.en,
                                           entry.name.ja,         entry.category, entry.docUrl};
                QStringList fields;
                for (const QString& cell : cells)
                    fields << ComparisonExport::csvField(cell, comma);
                text += fields.join(comma) + QLatin1Char('\n');
            }
        }
        output = text.toUtf8();
    } else {
        // Plain columns: the kind (when several are listed), the id, the name, the category.
        QList<QStringList> rows;
        QStringList header;
        if (kinds.size() > 1)
            header << tr("Kind");
        header << tr("Id") << tr("Name") << tr("Category");
        rows << header;
        for (const CatalogKind kind : kinds) {
            for (const CatalogEntry& entry : catalog.entries(kind)) {
                QStringList row;
                if (kinds.size() > 1)
                    row << Catalog::kindId(kind);
                // The table is read by people: the category by its name (JSON and CSV keep the id).
                row << entry.id << entry.name.text(*language)
                    << CatalogModel::capabilityText(catalog, QStringLiteral("category"), entry.category, *language);
                rows << row;
            }
        }
        QList<int> widths(header.size(), 0);
        for (const QStringList& row : rows)
            for (int c = 0; c < row.size(); ++c)
                widths[c] = std::max(widths[c], ComparisonExport::displayWidth(row.at(c)));
        QString text;
        for (const QStringList& row : rows) {
            QString line;
            for (int c = 0; c < row.size(); ++c) {
                if (c > 0)
                    line += QLatin1String("  ");
                line += row.at(c);
                if (c + 1 < row.size())
                    line += QString(widths[c] - ComparisonExport::displayWidth(row.at(c)), QLatin1Char(' '));
            }
            text += line + QLatin1Char('\n');
        }
        output = text.toUtf8();
    }
    if (!print(output)) {
        write(stderr, program() + QLatin1String(": ") + tr("cannot write the output") + QLatin1Char('\n'));
        return 1;
    }
    return 0;
}

} // namespace

bool isCommand(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    static const QStringList commands = {
        QStringLiteral("compare"),   QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("prices"),
        QStringLiteral("--version"), QStringLiteral("-v"),      QStringLiteral("--help"),
        QStringLiteral("-h"),
    };
    return commands.contains(arguments.constFirst());
}

int run(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("a command is needed"));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"--version" || command == u"-v") {
        if (!rest.isEmpty())
            return usageError(tr("%1 takes no arguments").arg(command));
        print((program() + QLatin1Char(' ') + QStringLiteral(CC_VERSION) + QLatin1Char('\n')).toUtf8());
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        print(help().toUtf8());
        return 0;
    }
    if (command == u"compare")
        return runCompare(rest);
    if (command == u"catalog")
        return runCatalog(rest);
    if (command == u"export")
        return runExport(rest);
    if (command == u"prices")
        return runPrices(rest);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option %1").arg(command));
    return usageError(tr("unknown command \"%1\"").arg(command));
}

} // namespace CommandLine
