// The AWS Price List download measured: one region's offer file (e.g. the ~450 MB AmazonEC2 file
// make_ec2_offer.py writes) served by a loopback HTTP server on 127.0.0.1 (its own thread) and
// imported by PriceListDownloader as it arrives, beside the same file imported from disk. Run each
// mode in its own process so that peak memory is the mode's own:
//   bench_pricedownload FILE disk      OfferFileReader::readFile
//   bench_pricedownload FILE net       download + import in one stream
// Prints wall time, CPU time (user + system) and peak resident memory (VmHWM).
#include "../PriceListFixtures.h"
#include "OfferFileReader.h"
#include "PriceListDownloader.h"
#include "PriceListMapping.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double cpuSeconds()
{
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

// Answers GETs one connection at a time with blocking socket calls, in its own thread.
void serve(QTcpServer& server, const QString& file, const QString& region, const QString& code, const QString& version)
{
    for (int served = 0; served < 3;) {
        if (!server.waitForNewConnection(600000))
            return;
        QTcpSocket* socket = server.nextPendingConnection();
        QByteArray request;
        while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(60000))
            request += socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        QByteArray body;
        if (path == "/offers/v1.0/aws/index.json")
            body = fixtures::offerIndex({code});
        else if (path == fixtures::regionIndexPath(code))
            body = fixtures::regionIndex(code, {{region, version}});
        if (!body.isEmpty() || path != fixtures::offerPath(code, version, region)) {
            const int status = body.isEmpty() ? 404 : 200;
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n\r\n" + body);
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(f.size())
                          + "\r\nConnection: close\r\n\r\n");
            QByteArray chunk(256 << 10, Qt::Uninitialized);
            for (qint64 n; (n = f.read(chunk.data(), chunk.size())) > 0;) {
                socket->write(chunk.constData(), n);
                while (socket->bytesToWrite() > (1 << 20))
                    socket->waitForBytesWritten(60000);
            }
        }
        while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(60000)) {
        }
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(60000);
        delete socket;
        ++served;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", QFile::encodeName(data.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompare"));
    QCoreApplication::setApplicationName(QStringLiteral("container-compare"));
    const QStringList args = app.arguments();
    if (args.size() != 3 || (args.at(2) != u"disk" && args.at(2) != u"net")) {
        std::fprintf(stderr, "usage: bench_pricedownload OFFER-FILE disk|net\n");
        return 2;
    }
    const QString file = args.at(1);
    const PriceListMapping& mapping = PriceListMapping::builtin();
    LoadError error;
    QElapsedTimer wall;
    const double cpu0 = cpuSeconds();
    wall.start();
    if (args.at(2) == u"disk") {
        const std::optional<OfferImport> offer = OfferFileReader::readFile(file, mapping, &error);
        if (!offer) {
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        std::printf("disk: %s %s, %lld bytes, %lld instance types, wall %.2f s, cpu %.2f s, peak %lld KiB\n",
                    qPrintable(offer->offerCode), qPrintable(offer->region), offer->bytes, qint64(offer->instanceTypes.size()),
                    double(wall.elapsed()) / 1000, cpuSeconds() - cpu0, peakKiB());
        return 0;
    }
    // The offer and region of the file (the generated EC2 file is Tokyo's).
    const QString code = qEnvironmentVariable("CC_OFFER_CODE", QStringLiteral("AmazonEC2"));
    const QString region = qEnvironmentVariable("CC_REGION", QStringLiteral("ap-northeast-1"));
    const QString version = QStringLiteral("20260101000000");
    QTcpServer* server = nullptr;
    QThread* thread = QThread::create([&] {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        server = &s;
        serve(s, file, region, code, version);
        server = nullptr;
    });
    thread->start();
    while (!server || server->serverPort() == 0)
        QThread::msleep(10);
    PriceListDownloader downloader;
    downloader.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort())));
    bool ok = false;
    QString message;
    qint64 bytes = 0;
    QObject::connect(&downloader, &PriceListDownloader::progress, [&](const PriceDownloadProgress& p) { bytes = p.totalBytes; });
    QObject::connect(&downloader, &PriceListDownloader::finished, [&](bool success, const QString& why) {
        ok = success;
        message = why;
        app.quit();
    });
    wall.restart();
    downloader.start({region});
    app.exec();
    const double seconds = double(wall.elapsed()) / 1000;
    thread->wait();
    delete thread;
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 1;
    }
    std::printf("net:  %s %s, %lld bytes, wall %.2f s (%.1f MB/s), cpu %.2f s (both threads of the import and the "
                "server), peak %lld KiB\n",
                qPrintable(code), qPrintable(region), bytes, seconds, double(bytes) / 1e6 / seconds, cpuSeconds() - cpu0,
                peakKiB());
    return 0;
}
