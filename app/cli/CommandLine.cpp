#include "CommandLine.h"

#include "Arguments.h"

#include "Catalog.h"
#include "CatalogModel.h"
#include "ComparisonExport.h"
#include "ComparisonSession.h"
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


namespace CommandLine {
namespace {

// The deck's rate (slide 16): used when JPY is asked for and the file has no yen rate.
constexpr double defaultYenPerUsd = Money::deckYenPerUsd;

// The texts of the command line, in Linguist's "CommandLine" context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString usage()
{
    return Text::tr("Usage:\n"
              "  container-compare [FILE]\n"
              "      open the window, with the scenario FILE if one is given\n"
              "  container-compare compare FILE [--format table|json|csv] [--currency USD|JPY]\n"
              "                                 [--region REGION] [--lang en|ja]\n"
              "      price every option of the scenario FILE for its period and print them\n"
              "  container-compare catalog [services|runtimes|storage|security|iac]\n"
              "                            [--format table|json|csv] [--lang en|ja]\n"
              "      list the catalog entries (all kinds when none is named)\n") +
           Text::tr("  container-compare compare FILE --regions all|R1,R2,... [--format table|json|csv]\n"
              "      each option's monthly total in every region with prices, the cheapest marked\n") +
           exportUsage() + pricesUsage() +
           Text::tr("  container-compare --version | -v\n"
              "  container-compare --help | -h\n");
}

// compare's options: --help of compare and the program's --help list them.
Cli::Arguments compareArguments()
{
    Cli::Arguments args(QStringLiteral("compare"));
    args.usage(usage, true)
        .option({QStringLiteral("--format")}, QStringLiteral("F"),
                QT_TRANSLATE_NOOP("Arguments", "table (aligned for a terminal, the default), json, or csv (plain\n"
                                               "numbers, the unit in each column's name)"))
        .option({QStringLiteral("--currency")}, QStringLiteral("C"),
                QT_TRANSLATE_NOOP("Arguments",
                                  "show money in USD or JPY. JPY uses the file's rate and rounding when\n"
                                  "the file is in JPY; otherwise 155 JPY to the dollar, rounded down to\n"
                                  "the yen (the workshop deck's convention). USD is 1 to 1, to the cent."))
        .option({QStringLiteral("--region")}, QStringLiteral("R"),
                QT_TRANSLATE_NOOP("Arguments", "the scenario's region (%1); options that name\n"
                                               "their own region keep it"),
                PriceBooks::builtin().regions().join(QStringLiteral(", ")))
        .option({QStringLiteral("--regions")}, QStringLiteral("LIST"),
                QT_TRANSLATE_NOOP("Arguments", "all, or regions R1,R2,...: each option's monthly total in every\n"
                                               "one of them instead, the cheapest marked"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of labels and notes"), Language::English);
    return args;
}

// A mistake in the command line before any command: the problem, then how to use it.
int usageError(const QString& message)
{
    return Cli::Arguments().usage(usage, true).usageError(message);
}

QString choices(const QStringList& values)
{
    return values.join(QStringLiteral(", "));
}

// Results to stdout: a write that fails (a closed pipe, a full disk) is a failure.
int printResult(const QByteArray& output)
{
    if (Cli::print(output))
        return 0;
    Cli::error(Text::tr("cannot write the output"));
    return 1;
}

// What compare was asked for, its values checked against what they may be.
struct CompareRequest
{
    Cli::Format format = Cli::Format::Table;
    Language language = Language::English;
    std::optional<QString> currency;
    std::optional<QString> region;
    std::optional<QStringList> regions; // empty: all regions with a price book
};

// --currency and --region: nothing when not given; a bad one is reported (false).
bool readCurrencyAndRegion(const Cli::Arguments& args, CompareRequest& request)
{
    if (args.isSet(QStringLiteral("--currency"))) {
        const QString code = args.value(QStringLiteral("--currency"));
        if (code != u"USD" && code != u"JPY") {
            Cli::inputError(Text::tr("--currency: unknown currency \"%1\"; expected one of: USD, JPY").arg(code));
            return false;
        }
        request.currency = code;
    }
    if (args.isSet(QStringLiteral("--region"))) {
        const QString id = args.value(QStringLiteral("--region"));
        const QStringList known = PriceBooks::builtin().regions();
        if (!known.contains(id)) {
            Cli::inputError(Text::tr("--region: unknown region \"%1\"; expected one of: %2").arg(id, choices(known)));
            return false;
        }
        request.region = id;
    }
    return true;
}

// --regions all|R1,R2,...: the workload in every region asked for.
bool readRegions(const Cli::Arguments& args, CompareRequest& request)
{
    if (!args.isSet(QStringLiteral("--regions")))
        return true;
    const QString value = args.value(QStringLiteral("--regions"));
    const QStringList known = PriceBooks::builtin().regions();
    QStringList regions;
    if (value != u"all") {
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(id.trimmed())) {
                Cli::inputError(Text::tr("--regions: unknown region \"%1\"; expected all or some of: %2")
                                    .arg(id, choices(known)));
                return false;
            }
            regions << id.trimmed();
        }
        if (regions.isEmpty()) {
            Cli::inputError(Text::tr("--regions: expected all or a comma-separated list of regions"));
            return false;
        }
    }
    request.regions = regions;
    return true;
}

// The scenario FILE with the currency and region asked for in place of its own.
std::optional<Scenario> readScenario(const QString& fileName, const CompareRequest& request)
{
    LoadError error;
    std::optional<Scenario> scenario = ScenarioFile::read(fileName, &error);
    if (!scenario) {
        Cli::inputError(error.toString());
        return std::nullopt;
    }
    if (request.currency && *request.currency != scenario->currency.code) {
        if (*request.currency == u"JPY")
            scenario->currency = CurrencySettings{QStringLiteral("JPY"), defaultYenPerUsd, QStringLiteral("floor")};
        else
            scenario->currency = CurrencySettings{};
    }
    if (request.region)
        scenario->region = *request.region;
    return scenario;
}

int printRegions(const Scenario& scenario, const CompareRequest& request)
{
    const ComparisonSession session(scenario, Catalog::builtin(), PriceBooks::builtin(), request.language);
    const RegionComparison totals = session.regions(*request.regions);
    return printResult(request.format == Cli::Format::Json  ? RegionsExport::toJson(totals)
                       : request.format == Cli::Format::Csv ? RegionsExport::toCsv(totals)
                                                            : RegionsExport::toTable(totals).toUtf8());
}

int printComparison(const Scenario& scenario, const CompareRequest& request)
{
    const ComparisonSession session(scenario, Catalog::builtin(), PriceBooks::builtin(), request.language);
    const Comparison& comparison = session.comparison();
    switch (request.format) {
    case Cli::Format::Table:
        return printResult(ComparisonExport::toTable(comparison, scenario.currency).toUtf8());
    case Cli::Format::Json:
        return printResult(ComparisonExport::toJson(comparison, scenario.currency));
    case Cli::Format::Csv:
        return printResult(ComparisonExport::toCsv(comparison, scenario.currency));
    }
    return 1;
}

int runCompare(const QStringList& arguments)
{
    // Labels and notes in the asked language: the cost model's notes and the column titles are tr().
    Cli::Arguments args = compareArguments();
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    if (!args.requireScenarioFile())
        return 2;
    CompareRequest request;
    const std::optional<Cli::Format> format = args.format();
    if (!format || !readCurrencyAndRegion(args, request) || !readRegions(args, request))
        return 2;
    request.format = *format;
    request.language = args.languageValue();
    const std::optional<Scenario> scenario = readScenario(args.positional().constFirst(), request);
    if (!scenario)
        return 2;
    return request.regions ? printRegions(*scenario, request) : printComparison(*scenario, request);
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

QByteArray catalogJson(const Catalog& catalog, const QList<CatalogKind>& kinds)
{
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
    return JsonWriter(order).write(QJsonObject{{QStringLiteral("entries"), entries}});
}

QByteArray catalogCsv(const Catalog& catalog, const QList<CatalogKind>& kinds)
{
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
    return text.toUtf8();
}

// Plain columns: the kind (when several are listed), the id, the name, the category.
QByteArray catalogTable(const Catalog& catalog, const QList<CatalogKind>& kinds, Language language)
{
    QList<QStringList> rows;
    QStringList header;
    if (kinds.size() > 1)
        header << Text::tr("Kind");
    header << Text::tr("Id") << Text::tr("Name") << Text::tr("Category");
    rows << header;
    for (const CatalogKind kind : kinds) {
        for (const CatalogEntry& entry : catalog.entries(kind)) {
            QStringList row;
            if (kinds.size() > 1)
                row << Catalog::kindId(kind);
            // The table is read by people: the category by its name (JSON and CSV keep the id).
            row << entry.id << entry.name.text(language)
                << CatalogModel::capabilityText(catalog, QStringLiteral("category"), entry.category, language);
            rows << row;
        }
    }
    return Cli::columns(rows).toUtf8();
}

// The kinds catalog lists: the one named, or all of them.
std::optional<QList<CatalogKind>> catalogKinds(const Cli::Arguments& args)
{
    if (args.positional().size() > 1) {
        args.usageError(Text::tr("one kind at a time; unexpected \"%1\"").arg(args.positional().at(1)));
        return std::nullopt;
    }
    if (args.positional().isEmpty())
        return listedKinds();
    const QString id = args.positional().constFirst();
    const std::optional<CatalogKind> kind = Catalog::kindFromId(id);
    if (!kind) {
        QStringList known;
        for (const CatalogKind k : listedKinds())
            known << Catalog::kindId(k);
        args.usageError(Text::tr("unknown kind \"%1\"; expected one of: %2").arg(id, choices(known)));
        return std::nullopt;
    }
    return QList<CatalogKind>{*kind};
}

int runCatalog(const QStringList& arguments)
{
    Cli::Arguments args(QStringLiteral("catalog"));
    args.usage(usage, true)
        .option({QStringLiteral("--format")}, QStringLiteral("F"),
                QT_TRANSLATE_NOOP("Arguments", "table (aligned for a terminal, the default), json, or csv (plain\n"
                                               "numbers, the unit in each column's name)"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of labels and notes"), Language::English);
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    const std::optional<QList<CatalogKind>> kinds = catalogKinds(args);
    if (!kinds)
        return 2;
    const std::optional<Cli::Format> format = args.format();
    if (!format)
        return 2;
    const Catalog& catalog = Catalog::builtin();
    switch (*format) {
    case Cli::Format::Json:
        return printResult(catalogJson(catalog, *kinds));
    case Cli::Format::Csv:
        return printResult(catalogCsv(catalog, *kinds));
    case Cli::Format::Table:
        return printResult(catalogTable(catalog, *kinds, args.languageValue()));
    }
    return 1;
}

} // namespace

QString help()
{
    return Text::tr("Container Compare for AWS: what running a workload's containers costs a month on ECS,\n"
              "EKS, Fargate, Lightsail, App Runner, Lambda and the rest, line by line.\n\n") +
           usage() + QLatin1Char('\n') + Cli::Arguments::tr("Options of %1:\n").arg(QStringLiteral("compare")) +
           compareArguments().optionsHelp() +
           Text::tr("\nExit status: 0 done, 1 failed, 2 bad input (a message on stderr names the file,\n"
              "the JSON path and the problem; nothing is printed on stdout).\n");
}

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
        return usageError(Text::tr("a command is needed"));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == u"--version" || command == u"-v") {
        if (!rest.isEmpty())
            return usageError(Text::tr("%1 takes no arguments").arg(command));
        Cli::print(Cli::program() + QLatin1Char(' ') + QStringLiteral(CC_VERSION) + QLatin1Char('\n'));
        return 0;
    }
    if (command == u"--help" || command == u"-h") {
        Cli::print(help());
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
        return usageError(Text::tr("unknown option %1").arg(command));
    return usageError(Text::tr("unknown command \"%1\"").arg(command));
}

} // namespace CommandLine
