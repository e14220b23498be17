#include "PricesUpdateCommand.h"

#include "Arguments.h"

#include "PriceListDownloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <memory>

namespace {

class PricesUpdateCommand
{
    Q_DECLARE_TR_FUNCTIONS(PricesUpdateCommand)
};

QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qint64(seconds + 0.5);
    return s >= 60 ? QCoreApplication::translate("PricesUpdateCommand", "%1 min %2 s").arg(s / 60).arg(s % 60) : QStringLiteral("%1 s").arg(s);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

} // namespace

QString pricesUpdateUsage()
{
    return QCoreApplication::translate("PricesUpdateCommand", "  container-compare prices update --region R[,R...] | --all [--base-url URL] [--keep-downloads DIR]\n"
                          "      download the regions' AWS Price List offer files and import them as they arrive\n"
                          "      (default base URL %1)\n")
        .arg(PriceListDownloader::defaultBaseUrl());
}

namespace {

struct UpdateRequest
{
    QStringList regions;
    bool all = false;
    QString base = PriceListDownloader::defaultBaseUrl();
    QString keep;
};

// --region R[,R...] (repeatable, also spelt --regions), --all, --base-url, --keep-downloads.
std::optional<UpdateRequest> requestOf(const Cli::Arguments& args)
{
    static const QRegularExpression regionCode(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    UpdateRequest request;
    request.all = args.isSet(QStringLiteral("--all"));
    for (const QString& value : args.values(QStringLiteral("--region"))) {
        for (const QString& r : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!regionCode.match(r.trimmed()).hasMatch()) {
                args.usageError(PricesUpdateCommand::tr("\"%1\" is not a region code (like ap-northeast-3)").arg(r));
                return std::nullopt;
            }
            if (!request.regions.contains(r.trimmed()))
                request.regions << r.trimmed();
        }
        if (value.trimmed().isEmpty()) {
            args.usageError(PricesUpdateCommand::tr("--region needs one or more region codes"));
            return std::nullopt;
        }
    }
    if (args.isSet(QStringLiteral("--base-url"))) {
        const QString value = args.value(QStringLiteral("--base-url"));
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() ||
            !(url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"file")) {
            args.usageError(PricesUpdateCommand::tr("--base-url \"%1\" is not an http, https or file URL").arg(value));
            return std::nullopt;
        }
        request.base = value;
    }
    request.keep = args.value(QStringLiteral("--keep-downloads"));
    if (request.all == !request.regions.isEmpty()) {
        args.usageError(request.all ? PricesUpdateCommand::tr("give --region or --all, not both")
                                    : PricesUpdateCommand::tr("which regions? --region R[,R...] or --all"));
        return std::nullopt;
    }
    return request;
}

// Progress on stderr: each file's address once, then its bytes, speed and time left.
void showProgress(PriceListDownloader& downloader)
{
    auto shownUrl = std::make_shared<QString>();
    QObject::connect(&downloader, &PriceListDownloader::progress, [shownUrl](const PriceDownloadProgress& p) {
        if (p.url.isEmpty())
            return;
        if (p.url != *shownUrl) {
            *shownUrl = p.url;
            Cli::writeError(QStringLiteral("[%1/%2] %3\n").arg(p.file).arg(p.files).arg(p.url));
        }
        Cli::writeError(QCoreApplication::translate("PricesUpdateCommand", "  %1 of %2 MB, %3 MB/s, %4 left; all files: %5 MB, %6 left\n")
                            .arg(megabytes(p.fileBytes), p.fileTotal >= 0 ? megabytes(p.fileTotal) : QStringLiteral("?"))
                            .arg(QString::number(p.bytesPerSecond / 1e6, 'f', 2), duration(p.fileSecondsLeft),
                                 megabytes(p.totalBytes), duration(p.secondsLeft)));
    });
}

// Results on stdout: each file imported, each region updated or unchanged; failures on stderr.
void showResults(PriceListDownloader& downloader)
{
    QObject::connect(&downloader, &PriceListDownloader::fileFinished,
                     [](const QString&, const QString& line) { Cli::print(line + QLatin1Char('\n')); });
    QObject::connect(&downloader, &PriceListDownloader::regionFinished, [](const RegionUpdate& u) {
        switch (u.outcome) {
        case RegionUpdate::Updated:
            Cli::print(QCoreApplication::translate("PricesUpdateCommand", "%1: updated\n").arg(u.region));
            for (const QString& change : u.changes)
                Cli::print(QCoreApplication::translate("PricesUpdateCommand", "  changed %1\n").arg(change));
            break;
        case RegionUpdate::Unchanged:
            Cli::print(QCoreApplication::translate("PricesUpdateCommand", "%1: unchanged\n").arg(u.region));
            break;
        case RegionUpdate::Failed:
            Cli::error(u.message);
            break;
        }
    });
}

// Runs the download to its end; 0 when every region was updated, 3 otherwise.
int download(PriceListDownloader& downloader, const UpdateRequest& request)
{
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&downloader, &PriceListDownloader::finished, &loop, [&](bool success, const QString& why) {
        ok = success;
        message = why;
        loop.quit();
    });
    downloader.start(request.regions, request.all);
    if (downloader.isRunning())
        loop.exec();
    if (ok)
        return 0;
    bool reported = false;
    for (const RegionUpdate& u : downloader.results())
        reported = reported || u.outcome == RegionUpdate::Failed;
    if (!reported)
        Cli::error(message);
    return 3;
}

} // namespace

int runPricesUpdate(const QStringList& arguments)
{
    Cli::Arguments args(QStringLiteral("prices update"));
    args.usage(pricesUpdateUsage, true)
        .option({QStringLiteral("--region"), QStringLiteral("--regions")}, QStringLiteral("R[,R...]"),
                QT_TRANSLATE_NOOP("Arguments", "the regions to update, by code (ap-northeast-3)"))
        .flag({QStringLiteral("--all")}, QT_TRANSLATE_NOOP("Arguments", "every region the Price List has"))
        .option({QStringLiteral("--base-url")}, QStringLiteral("URL"),
                QT_TRANSLATE_NOOP("Arguments", "where the offer files are (http, https or file)"))
        .option({QStringLiteral("--keep-downloads")}, QStringLiteral("DIR"),
                QT_TRANSLATE_NOOP("Arguments", "keep the downloaded offer files in DIR"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the messages"));
    if (!args.parse(arguments))
        return 2;
    if (args.helpRequested())
        return args.showHelp();
    if (!args.requireNoPositional())
        return 2;
    const std::optional<UpdateRequest> request = requestOf(args);
    if (!request)
        return 2;
    PriceListDownloader downloader;
    downloader.setBaseUrl(QUrl(request->base));
    downloader.setKeepDownloads(request->keep);
    showProgress(downloader);
    showResults(downloader);
    return download(downloader, *request);
}
