#include "ExportCommand.h"

#include "Catalog.h"
#include "PriceBook.h"
#include "ReportData.h"
#include "ReportWriter.h"
#include "Scenario.h"
#include "SlideRenderer.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace {

void writeError(const QString& message)
{
    const QByteArray bytes = (QLatin1String("container-compare: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int badInput(const QString& message)
{
    writeError(message);
    return 2;
}

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
        return QCoreApplication::translate("ExportCommand", "%1: %2 is a folder, not a file name").arg(option, QDir::toNativeSeparators(fileName));
    if (!info.absoluteDir().exists())
        return QCoreApplication::translate("ExportCommand", "%1: the folder %2 does not exist")
            .arg(option, QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

} // namespace

int runExport(const QStringList& arguments)
{
    ExportRequest request;
    QStringList positional;
    bool landscape = false;
    QString pageSize = QStringLiteral("A4");
    QString lang = QStringLiteral("en");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            const QByteArray bytes = exportUsage().toUtf8();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return 0;
        }
        if (argument == u"--landscape") {
            landscape = true;
            continue;
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            positional << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? argument : argument.left(equals);
        static const QStringList valued = {QStringLiteral("--pdf"), QStringLiteral("--slides"),
                                           QStringLiteral("--lang"), QStringLiteral("--page-size")};
        if (!valued.contains(name))
            return badInput(QCoreApplication::translate("ExportCommand", "export: unknown option %1").arg(name));
        QString value;
        if (equals >= 0)
            value = argument.mid(equals + 1);
        else if (i + 1 < arguments.size())
            value = arguments.at(++i);
        if (value.isEmpty())
            return badInput(QCoreApplication::translate("ExportCommand", "export: %1 needs a value").arg(name));
        if (name == u"--pdf")
            request.pdf = value;
        else if (name == u"--slides")
            request.slides = value;
        else if (name == u"--lang")
            lang = value;
        else
            pageSize = value;
    }

    if (lang != u"en" && lang != u"ja")
        return badInput(QCoreApplication::translate("ExportCommand", "--lang: unknown language \"%1\"; expected one of: en, ja").arg(lang));
    request.language = languageFromCode(lang);
    // From here on the messages, the scenario's load errors among them, speak the asked language,
    // and so do the report's headings.
    if (request.language == Language::Japanese)
        Translations::install(request.language);

    if (positional.isEmpty())
        return badInput(QCoreApplication::translate("ExportCommand", "export: a scenario FILE is needed"));
    if (positional.size() > 1)
        return badInput(QCoreApplication::translate("ExportCommand", "export: one scenario FILE at a time; unexpected \"%1\"").arg(positional.at(1)));
    request.scenarioFile = positional.constFirst();
    if (request.pdf.isEmpty() && request.slides.isEmpty())
        return badInput(QCoreApplication::translate("ExportCommand", "export: say what to write: --pdf OUT.pdf or --slides OUT.pdf"));
    if (pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        request.page.size = QPageSize::A4;
    else if (pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        request.page.size = QPageSize::Letter;
    else
        return badInput(
            QCoreApplication::translate("ExportCommand", "--page-size: unknown page size \"%1\"; expected one of: A4, Letter").arg(pageSize));
    request.page.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (!request.pdf.isEmpty() && !request.slides.isEmpty() &&
        QFileInfo(request.pdf).absoluteFilePath() == QFileInfo(request.slides).absoluteFilePath())
        return badInput(QCoreApplication::translate("ExportCommand", "export: --pdf and --slides name the same file"));
    if (!request.pdf.isEmpty())
        if (const QString problem = outputProblem(QStringLiteral("--pdf"), request.pdf); !problem.isEmpty())
            return badInput(problem);
    if (!request.slides.isEmpty())
        if (const QString problem = outputProblem(QStringLiteral("--slides"), request.slides);
            !problem.isEmpty())
            return badInput(problem);

    LoadError error;
    const std::optional<Scenario> scenario = ScenarioFile::read(request.scenarioFile, &error);
    if (!scenario)
        return badInput(error.toString());

    const ReportData data(*scenario, Catalog::builtin(), PriceBooks::builtin(), request.language);
    QString message;
    if (!request.pdf.isEmpty()) {
        ReportWriter writer(data, request.page);
        if (!writer.writePdf(request.pdf, &message)) {
            writeError(message);
            return 1;
        }
    }
    if (!request.slides.isEmpty()) {
        SlideRenderer renderer(data);
        if (!renderer.writePdf(request.slides, &message)) {
            writeError(message);
            return 1;
        }
    }
    return 0;
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
