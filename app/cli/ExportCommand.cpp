#include "ExportCommand.h"

#include "Arguments.h"

#include "Catalog.h"
#include "PriceBook.h"
#include "ReportData.h"
#include "ReportWriter.h"
#include "Scenario.h"
#include "SlideRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>


namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

struct ExportRequest
{
    QString scenarioFile;
    QString pdf;
    QString slides;
    Language language = Language::English;
    ReportPage page;
};

// Checks an output path before any work: its folder exists and it is not a folder itself.
QString outputProblem(const QString& option, const QString& fileName)
{
    const QFileInfo info(fileName);
    if (info.isDir())
        return ExportCommand::tr("%1: %2 is a folder, not a file name").arg(option, QDir::toNativeSeparators(fileName));
    if (!info.absoluteDir().exists())
        return ExportCommand::tr("%1: the folder %2 does not exist")
            .arg(option, QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

Cli::Arguments exportArguments()
{
    Cli::Arguments args(QStringLiteral("export"));
    args.usage(exportUsage, false)
        .option({QStringLiteral("--pdf")}, QStringLiteral("OUT"),
                QT_TRANSLATE_NOOP("Arguments", "write the PDF report to OUT"))
        .option({QStringLiteral("--slides")}, QStringLiteral("OUT"),
                QT_TRANSLATE_NOOP("Arguments", "write the presentation's slides (16:9) to OUT"))
        .option({QStringLiteral("--page-size")}, QStringLiteral("S"),
                QT_TRANSLATE_NOOP("Arguments", "the report's paper: A4 (the default) or Letter"))
        .flag({QStringLiteral("--landscape")}, QT_TRANSLATE_NOOP("Arguments", "the report's pages across"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the report, the slides and the messages"));
    return args;
}

// The outputs: at least one, not the same file twice, each a file name in a folder that exists.
bool checkOutputs(const Cli::Arguments& args, const ExportRequest& request)
{
    if (request.pdf.isEmpty() && request.slides.isEmpty()) {
        args.usageError(ExportCommand::tr("say what to write: --pdf OUT.pdf or --slides OUT.pdf"));
        return false;
    }
    if (!request.pdf.isEmpty() && !request.slides.isEmpty() &&
        QFileInfo(request.pdf).absoluteFilePath() == QFileInfo(request.slides).absoluteFilePath()) {
        args.usageError(ExportCommand::tr("--pdf and --slides name the same file"));
        return false;
    }
    const QString pdfProblem = request.pdf.isEmpty() ? QString() : outputProblem(QStringLiteral("--pdf"), request.pdf);
    const QString slidesProblem =
        request.slides.isEmpty() ? QString() : outputProblem(QStringLiteral("--slides"), request.slides);
    if (!pdfProblem.isEmpty() || !slidesProblem.isEmpty()) {
        Cli::inputError(pdfProblem.isEmpty() ? slidesProblem : pdfProblem);
        return false;
    }
    return true;
}

// --page-size and --landscape: the report's page.
std::optional<ReportPage> pageOf(const Cli::Arguments& args)
{
    ReportPage page;
    const QString size = args.value(QStringLiteral("--page-size"), QStringLiteral("A4"));
    if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0) {
        page.size = QPageSize::A4;
    } else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0) {
        page.size = QPageSize::Letter;
    } else {
        Cli::inputError(
            ExportCommand::tr("--page-size: unknown page size \"%1\"; expected one of: A4, Letter").arg(size));
        return std::nullopt;
    }
    page.orientation = args.isSet(QStringLiteral("--landscape")) ? QPageLayout::Landscape : QPageLayout::Portrait;
    return page;
}

// The request the arguments make, every part checked before anything is written.
std::optional<ExportRequest> requestOf(const Cli::Arguments& args)
{
    if (!args.requireScenarioFile())
        return std::nullopt;
    ExportRequest request;
    request.scenarioFile = args.positional().constFirst();
    request.pdf = args.value(QStringLiteral("--pdf"));
    request.slides = args.value(QStringLiteral("--slides"));
    request.language = args.languageValue();
    if (!checkOutputs(args, request))
        return std::nullopt;
    const std::optional<ReportPage> page = pageOf(args);
    if (!page)
        return std::nullopt;
    request.page = *page;
    return request;
}

int writeOutputs(const ExportRequest& request, const ReportData& data)
{
    QString message;
    if (!request.pdf.isEmpty()) {
        ReportWriter writer(data, request.page);
        if (!writer.writePdf(request.pdf, &message)) {
            Cli::error(message);
            return 1;
        }
    }
    if (!request.slides.isEmpty()) {
        SlideRenderer renderer(data);
        if (!renderer.writePdf(request.slides, &message)) {
            Cli::error(message);
            return 1;
        }
    }
    return 0;
}

} // namespace

int runExport(const QStringList& arguments)
{
    // From --lang on, the messages, the scenario's load errors among them, speak the asked
    // language, and so do the report's headings.
    Cli::Arguments args = exportArguments();
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    const std::optional<ExportRequest> request = requestOf(args);
    if (!request)
        return 2;
    LoadError error;
    const std::optional<Scenario> scenario = ScenarioFile::read(request->scenarioFile, &error);
    if (!scenario)
        return Cli::inputError(error.toString());
    const ReportData data(*scenario, Catalog::builtin(), PriceBooks::builtin(), request->language);
    return writeOutputs(*request, data);
}

QString exportUsage()
{
    return QCoreApplication::translate(
        "CommandLine",
        "  container-compare export FILE --pdf OUT.pdf [--lang en|ja] [--page-size A4|Letter] [--landscape]\n"
        "      write the PDF report of the scenario FILE (cover, summary, charts, breakdown,\n"
        "      capabilities, storage, security, assumptions and price sources)\n"
        "  container-compare export FILE --slides OUT.pdf [--lang en|ja]\n"
        "      write the presentation's slides as a 16:9 PDF\n");
}
