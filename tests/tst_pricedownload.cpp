// The Price List download against a loopback HTTP server started here (127.0.0.1, a free port):
// offer index → region index → offer file streamed into the reader, with the answers a real
// server can give — normal, slow, dropped halfway, 404, 500, not JSON, stalled, 304. Every
// expected price is a literal of the files this test serves; on every failure the region's book
// must be byte for byte what it was.
#include "LoopbackHttp.h"
#include "PriceBookStore.h"
#include "PriceListDownloader.h"
#include "PriceListFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fixtures;

namespace {

const QString kRegion = QStringLiteral("ap-northeast-3");
const QString kLocation = QStringLiteral("Asia Pacific (Osaka)");

struct Run
{
    bool ok = false;
    QString message;
    QList<PriceDownloadProgress> progress;
    QList<RegionUpdate> results;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPriceDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    LoopbackHttp m_http;
    QString m_ecsVersion;
    QString m_eksVersion;

    // The ECS and EKS files of kRegion at these versions (the region indexes point to them).
    void serve(const QString& ecsVersion, const QByteArray& ecsBody, const QString& eksVersion, const QByteArray& eksBody)
    {
        m_ecsVersion = ecsVersion;
        m_eksVersion = eksVersion;
        m_http.routes.insert("/offers/v1.0/aws/index.json", reply(200, offerIndex({QStringLiteral("AmazonECS"), QStringLiteral("AmazonEKS")})));
        m_http.routes.insert(regionIndexPath(QStringLiteral("AmazonECS")),
                             reply(200, regionIndex(QStringLiteral("AmazonECS"), {{kRegion, ecsVersion}})));
        m_http.routes.insert(regionIndexPath(QStringLiteral("AmazonEKS")),
                             reply(200, regionIndex(QStringLiteral("AmazonEKS"), {{kRegion, eksVersion}})));
        LoopbackRoute ecs = reply(200, ecsBody);
        ecs.etag = "\"ecs-" + ecsVersion.toUtf8() + '"';
        m_http.routes.insert(offerPath(QStringLiteral("AmazonECS"), ecsVersion, kRegion), ecs);
        LoopbackRoute eks = reply(200, eksBody);
        eks.etag = "\"eks-" + eksVersion.toUtf8() + '"';
        eks.lastModified = "Thu, 01 Oct 2026 00:00:00 GMT";
        m_http.routes.insert(offerPath(QStringLiteral("AmazonEKS"), eksVersion, kRegion), eks);
    }
    LoopbackRoute& ecsRoute() { return m_http.routes[offerPath(QStringLiteral("AmazonECS"), m_ecsVersion, kRegion)]; }
    LoopbackRoute& eksRoute() { return m_http.routes[offerPath(QStringLiteral("AmazonEKS"), m_eksVersion, kRegion)]; }
    QString ecsUrl() const { return m_http.url(offerPath(QStringLiteral("AmazonECS"), m_ecsVersion, kRegion)); }
    QString eksUrl() const { return m_http.url(offerPath(QStringLiteral("AmazonEKS"), m_eksVersion, kRegion)); }

    static QByteArray ecs(const QString& version, const QString& vcpu, const QString& gb, int padding = 0)
    {
        return offerFile(QStringLiteral("AmazonECS"), kRegion, kLocation, version,
                         {{QStringLiteral("Fargate-vCPU-Hours:perCPU"), vcpu}, {QStringLiteral("Fargate-GB-Hours"), gb}}, padding);
    }
    static QByteArray eks(const QString& version, const QString& hour)
    {
        return offerFile(QStringLiteral("AmazonEKS"), kRegion, kLocation, version, {{QStringLiteral("AmazonEKS-Hours:perCluster"), hour}});
    }

    Run update(const QStringList& regions, const std::function<void(PriceListDownloader&)>& setup = {},
               const std::function<void(PriceListDownloader&, const PriceDownloadProgress&)>& onProgress = {})
    {
        PriceListDownloader downloader;
        downloader.setBaseUrl(QUrl(m_http.base()));
        if (setup)
            setup(downloader);
        Run run;
        connect(&downloader, &PriceListDownloader::progress, this, [&](const PriceDownloadProgress& p) {
            run.progress.append(p);
            if (onProgress)
                onProgress(downloader, p);
        });
        QSignalSpy finished(&downloader, &PriceListDownloader::finished);
        downloader.start(regions);
        if (!finished.wait(300000))
            return run;
        run.ok = finished.at(0).at(0).toBool();
        run.message = finished.at(0).at(1).toString();
        run.results = downloader.results();
        return run;
    }

    double price(const QString& key)
    {
        LoadError error;
        const std::optional<PriceBook> book = PriceBookStore::importedBook(kRegion, &error);
        if (!book)
            return -1;
        const Price* p = book->price(key);
        return p ? p->usd : -1;
    }
    QByteArray book() const { return readAll(PriceBookStore::fileName(kRegion)); }
    int offerRequests() const
    {
        int n = 0;
        for (const QByteArray& r : m_http.requests)
            n += r.contains("/ap-northeast-3/index.json") ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
        qunsetenv("http_proxy");
        qunsetenv("HTTP_PROXY");
        QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompare"));
        QCoreApplication::setApplicationName(QStringLiteral("container-compare"));
        QVERIFY(m_http.listen());
    }

    void normalDownload()
    {
        const QByteArray ecsBody = ecs(QStringLiteral("20261001000000"), QStringLiteral("0.0505600000"), QStringLiteral("0.0055300000"));
        const QByteArray eksBody = eks(QStringLiteral("20261001000000"), QStringLiteral("0.1000000000"));
        serve(QStringLiteral("20261001000000"), ecsBody, QStringLiteral("20261001000000"), eksBody);
        QVERIFY(book().isEmpty());

        const Run run = update({kRegion});
        QVERIFY2(run.ok, qPrintable(run.message));
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.at(0).outcome, RegionUpdate::Updated);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.05056);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.gb-hour")), 0.00553);
        QCOMPARE(price(QStringLiteral("eks.cluster-hour.standard")), 0.1);

        // Progress: both files, their sizes as served, and the whole.
        QVERIFY(!run.progress.isEmpty());
        QCOMPARE(run.progress.constLast().totalBytes, ecsBody.size() + eksBody.size());
        QCOMPARE(run.progress.constLast().files, 2);
        bool sawEcsTotal = false;
        for (const PriceDownloadProgress& p : run.progress)
            sawEcsTotal = sawEcsTotal || (p.url == ecsUrl() && p.fileTotal == ecsBody.size() && p.fileBytes == ecsBody.size());
        QVERIFY(sawEcsTotal);

        // The validators are kept beside the book.
        const QList<DownloadRecord> records = PriceListDownloader::records(kRegion);
        QCOMPARE(records.size(), 2);
        for (const DownloadRecord& r : records) {
            if (r.offerCode == u"AmazonECS") {
                QCOMPARE(r.etag, QStringLiteral("\"ecs-20261001000000\""));
                QCOMPARE(r.url, ecsUrl());
                QCOMPARE(r.version, QStringLiteral("20261001000000"));
                QCOMPARE(r.publicationDate, QStringLiteral("2026-10-01T00:00:00Z"));
            } else {
                QCOMPARE(r.offerCode, QStringLiteral("AmazonEKS"));
                QCOMPARE(r.lastModified, QStringLiteral("Thu, 01 Oct 2026 00:00:00 GMT"));
            }
        }
    }

    void unchangedFileIsNotDownloadedAgain()
    {
        const QByteArray before = book();
        QVERIFY(!before.isEmpty());
        const int sent = m_http.bodiesSent;
        m_http.requests.clear();
        const Run run = update({kRegion});
        QVERIFY2(run.ok, qPrintable(run.message));
        QCOMPARE(run.results.at(0).outcome, RegionUpdate::Unchanged);
        QVERIFY(m_http.requests.contains("GET " + offerPath(QStringLiteral("AmazonECS"), m_ecsVersion, kRegion)
                                         + " If-None-Match: \"ecs-20261001000000\""));
        // Only the index and the two region indexes were sent whole.
        QCOMPARE(m_http.bodiesSent - sent, 3);
        QCOMPARE(book(), before);
    }

    void failureLeavesTheBook_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("drop");
        QTest::addColumn<bool>("stall");
        QTest::addColumn<QString>("says");
        const QByteArray good = eks(QStringLiteral("20261101000000"), QStringLiteral("0.2000000000"));
        QTest::newRow("404") << 404 << QByteArray("<html>no such file</html>") << false << false << "404";
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << false << false << "500";
        QTest::newRow("not JSON") << 200 << QByteArray("<html>a login page</html>") << false << false << "not valid JSON";
        QTest::newRow("JSON, not an offer file") << 200 << QByteArray("{\"hello\": [1, 2]}") << false << false << "offer";
        QTest::newRow("truncated body") << 200 << good.left(good.size() / 2) << false << false << "ends early";
        QTest::newRow("connection dropped halfway") << 200 << good << true << false << "bytes";
        QTest::newRow("timeout") << 200 << good << false << true << "timed out";
    }

    void failureLeavesTheBook()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, drop);
        QFETCH(bool, stall);
        QFETCH(QString, says);
        const QByteArray before = book();
        QVERIFY(!before.isEmpty());
        // The ECS file is new and good (its prices would change the book); the EKS file fails.
        serve(QStringLiteral("20261101000000"), ecs(QStringLiteral("20261101000000"), QStringLiteral("0.0600000000"), QStringLiteral("0.0070000000")),
              QStringLiteral("20261101000000"), body);
        eksRoute().status = status;
        eksRoute().dropHalfway = drop;
        eksRoute().stall = stall;
        const Run run = update({kRegion}, [&](PriceListDownloader& d) {
            if (stall)
                d.setTransferTimeout(1500);
        });
        QVERIFY(!run.ok);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.at(0).outcome, RegionUpdate::Failed);
        const QString message = run.results.at(0).message;
        QVERIFY2(message.contains(eksUrl()), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("unchanged")), qPrintable(message));
        QCOMPARE(book(), before);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.05056);
    }

    void slowDownloadReportsProgress()
    {
        // About 3 MB in 64 KiB pieces 5 ms apart.
        const QByteArray ecsBody = ecs(QStringLiteral("20261201000000"), QStringLiteral("0.0700000000"), QStringLiteral("0.0080000000"), 12000);
        QVERIFY(ecsBody.size() > 2000000);
        serve(QStringLiteral("20261201000000"), ecsBody, QStringLiteral("20261201000000"),
              eks(QStringLiteral("20261201000000"), QStringLiteral("0.1000000000")));
        ecsRoute().chunk = 64 * 1024;
        ecsRoute().gapMs = 5;
        const Run run = update({kRegion});
        QVERIFY2(run.ok, qPrintable(run.message));
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.07);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.gb-hour")), 0.008);
        // What changed: (0.07 − 0.05056) / 0.05056 = +38.4 %, (0.008 − 0.00553) / 0.00553 = +44.7 %;
        // the EKS hour stayed 0.1.
        QCOMPARE(run.results.at(0).changes,
                 (QStringList{QStringLiteral("fargate.linux-x86.gb-hour: 0.00553 → 0.008 USD/GB-hour (+44.7 %)"),
                              QStringLiteral("fargate.linux-x86.vcpu-hour: 0.05056 → 0.07 USD/vCPU-hour (+38.4 %)")}));
        QFile changes(PriceListDownloader::changesFile(kRegion));
        QVERIFY(changes.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(changes.readAll()).object().value(QStringLiteral("changes")).toArray().size(), 2);
        // Several reports during the file, its bytes growing to its size.
        QList<qint64> seen;
        for (const PriceDownloadProgress& p : run.progress) {
            if (p.url != ecsUrl())
                continue;
            QCOMPARE(p.fileTotal < 0 || p.fileTotal == ecsBody.size(), true);
            if (seen.isEmpty() || p.fileBytes > seen.constLast())
                seen << p.fileBytes;
        }
        QVERIFY2(seen.size() >= 3, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.constLast(), ecsBody.size());
        QVERIFY(run.progress.constLast().bytesPerSecond > 0);
    }

    void cancelLeavesTheBook()
    {
        const QByteArray before = book();
        serve(QStringLiteral("20270101000000"),
              ecs(QStringLiteral("20270101000000"), QStringLiteral("0.0900000000"), QStringLiteral("0.0090000000"), 12000),
              QStringLiteral("20270101000000"), eks(QStringLiteral("20270101000000"), QStringLiteral("0.1000000000")));
        ecsRoute().chunk = 16 * 1024;
        ecsRoute().gapMs = 50;
        bool cancelled = false;
        const Run run = update({kRegion}, {}, [&](PriceListDownloader& d, const PriceDownloadProgress& p) {
            if (!cancelled && p.fileBytes > 0) {
                cancelled = true;
                d.cancel();
            }
        });
        QVERIFY(cancelled);
        QVERIFY(!run.ok);
        QVERIFY2(run.message.contains(QStringLiteral("cancelled")), qPrintable(run.message));
        QCOMPARE(book(), before);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.07);
    }

    void destroyedMidDownload()
    {
        const QByteArray before = book();
        serve(QStringLiteral("20270111000000"),
              ecs(QStringLiteral("20270111000000"), QStringLiteral("0.0910000000"), QStringLiteral("0.0091000000"), 12000),
              QStringLiteral("20270111000000"), eks(QStringLiteral("20270111000000"), QStringLiteral("0.1000000000")));
        ecsRoute().chunk = 16 * 1024;
        ecsRoute().gapMs = 50;
        auto* downloader = new PriceListDownloader;
        downloader->setBaseUrl(QUrl(m_http.base()));
        bool began = false;
        connect(downloader, &PriceListDownloader::progress, this, [&](const PriceDownloadProgress& p) { began = began || p.fileBytes > 0; });
        downloader->start({kRegion});
        QTRY_VERIFY_WITH_TIMEOUT(began, 300000);
        delete downloader;
        QCOMPARE(book(), before);
    }

    void badOfferIndexChangesNothing()
    {
        const QByteArray before = book();
        m_http.routes.insert("/offers/v1.0/aws/index.json", reply(200, "this is not JSON"));
        const Run run = update({kRegion});
        QVERIFY(!run.ok);
        QVERIFY2(run.message.contains(m_http.url("/offers/v1.0/aws/index.json")), qPrintable(run.message));
        QVERIFY2(run.message.contains(QStringLiteral("not valid JSON")), qPrintable(run.message));
        QCOMPARE(book(), before);

        m_http.routes.insert("/offers/v1.0/aws/index.json", reply(500, "busy"));
        const Run busy = update({kRegion});
        QVERIFY(!busy.ok);
        QVERIFY2(busy.message.contains(QStringLiteral("500")), qPrintable(busy.message));
        QCOMPARE(book(), before);
    }

    void regionNotListed()
    {
        serve(QStringLiteral("20270201000000"), ecs(QStringLiteral("20270201000000"), QStringLiteral("0.0500000000"), QStringLiteral("0.0050000000")),
              QStringLiteral("20270201000000"), eks(QStringLiteral("20270201000000"), QStringLiteral("0.1000000000")));
        const Run run = update({QStringLiteral("eu-south-9")});
        QVERIFY(!run.ok);
        QVERIFY2(run.message.contains(QStringLiteral("eu-south-9")), qPrintable(run.message));
        QVERIFY(!QFile::exists(PriceBookStore::fileName(QStringLiteral("eu-south-9"))));
    }

    void keepDownloads()
    {
        QTemporaryDir keep;
        const QByteArray ecsBody = ecs(QStringLiteral("20270301000000"), QStringLiteral("0.0510000000"), QStringLiteral("0.0056000000"));
        serve(QStringLiteral("20270301000000"), ecsBody, QStringLiteral("20270301000000"),
              eks(QStringLiteral("20270301000000"), QStringLiteral("0.1000000000")));
        const Run run = update({kRegion}, [&](PriceListDownloader& d) { d.setKeepDownloads(keep.path()); });
        QVERIFY2(run.ok, qPrintable(run.message));
        QCOMPARE(readAll(keep.filePath(QStringLiteral("offers/v1.0/aws/AmazonECS/20270301000000/ap-northeast-3/index.json"))), ecsBody);
        QCOMPARE(price(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.051);
    }
};

QTEST_GUILESS_MAIN(TestPriceDownload)
#include "tst_pricedownload.moc"
