#include "PricesUpdateCommand.h"

#include "PriceListDownloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRegularExpression>

#include <cstdio>

namespace {

void writeTo(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int usageError(const QString& message)
{
    writeTo(stderr, QStringLiteral("container-compare: ") + message + QStringLiteral("\n\n") + pricesUpdateUsage());
    return 2;
}

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

int runPricesUpdate(const QStringList& arguments)
{
    QStringList regions;
    bool all = false;
    QString base = PriceListDownloader::defaultBaseUrl();
    QString keep;
    static const QRegularExpression regionCode(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        QString value;
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const bool takesValue = a.startsWith(QLatin1String("--region")) || a.startsWith(QLatin1String("--base-url"))
                                || a.startsWith(QLatin1String("--keep-downloads"));
        if (takesValue) {
            if (eq > 0) {
                value = a.mid(eq + 1);
                a = a.left(eq);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: %1 needs a value").arg(a));
            }
        }
        if (a == u"--all") {
            all = true;
        } else if (a == u"--region" || a == u"--regions") {
            for (const QString& r : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!regionCode.match(r.trimmed()).hasMatch())
                    return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: \"%1\" is not a region code (like ap-northeast-3)").arg(r));
                if (!regions.contains(r.trimmed()))
                    regions << r.trimmed();
            }
            if (value.trimmed().isEmpty())
                return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: --region needs one or more region codes"));
        } else if (a == u"--base-url") {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || !(url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"file"))
                return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: --base-url \"%1\" is not an http, https or file URL").arg(value));
            base = value;
        } else if (a == u"--keep-downloads") {
            if (value.isEmpty())
                return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: --keep-downloads needs a folder"));
            keep = value;
        } else {
            return usageError(QCoreApplication::translate("PricesUpdateCommand", "prices update: unknown argument \"%1\"").arg(a));
        }
    }
    if (all == !regions.isEmpty())
        return usageError(all ? QCoreApplication::translate("PricesUpdateCommand", "prices update: give --region or --all, not both")
                              : QCoreApplication::translate("PricesUpdateCommand", "prices update: which regions? --region R[,R...] or --all"));

    PriceListDownloader downloader;
    downloader.setBaseUrl(QUrl(base));
    downloader.setKeepDownloads(keep);
    QString shownUrl;
    QObject::connect(&downloader, &PriceListDownloader::progress, [&](const PriceDownloadProgress& p) {
        if (p.url.isEmpty())
            return;
        if (p.url != shownUrl) {
            shownUrl = p.url;
            writeTo(stderr, QStringLiteral("[%1/%2] %3\n").arg(p.file).arg(p.files).arg(p.url));
        }
        writeTo(stderr, QCoreApplication::translate("PricesUpdateCommand", "  %1 of %2 MB, %3 MB/s, %4 left; all files: %5 MB, %6 left\n")
                            .arg(megabytes(p.fileBytes), p.fileTotal >= 0 ? megabytes(p.fileTotal) : QStringLiteral("?"))
                            .arg(QString::number(p.bytesPerSecond / 1e6, 'f', 2), duration(p.fileSecondsLeft),
                                 megabytes(p.totalBytes), duration(p.secondsLeft)));
    });
    QObject::connect(&downloader, &PriceListDownloader::fileFinished,
                     [&](const QString&, const QString& line) { writeTo(stdout, line + QLatin1Char('\n')); });
    QObject::connect(&downloader, &PriceListDownloader::regionFinished, [&](const RegionUpdate& u) {
        switch (u.outcome) {
        case RegionUpdate::Updated:
            writeTo(stdout, QCoreApplication::translate("PricesUpdateCommand", "%1: updated\n").arg(u.region));
            for (const QString& change : u.changes)
                writeTo(stdout, QCoreApplication::translate("PricesUpdateCommand", "  changed %1\n").arg(change));
            break;
        case RegionUpdate::Unchanged:
            writeTo(stdout, QCoreApplication::translate("PricesUpdateCommand", "%1: unchanged\n").arg(u.region));
            break;
        case RegionUpdate::Failed:
            writeTo(stderr, QStringLiteral("container-compare: %1\n").arg(u.message));
            break;
        }
    });
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&downloader, &PriceListDownloader::finished, &loop, [&](bool success, const QString& why) {
        ok = success;
        message = why;
        loop.quit();
    });
    downloader.start(regions, all);
    if (downloader.isRunning())
        loop.exec();
    if (!ok) {
        bool reported = false;
        for (const RegionUpdate& u : downloader.results())
            reported = reported || u.outcome == RegionUpdate::Failed;
        if (!reported)
            writeTo(stderr, QStringLiteral("container-compare: %1\n").arg(message));
        return 3;
    }
    return 0;
}
