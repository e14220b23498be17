// `container-compare prices update` run as a user runs it, against a loopback HTTP server started
// by this test on 127.0.0.1 (the AWS Price List's paths, files generated here). The application
// data folder is a temporary one (XDG_DATA_HOME). Expected prices are literals of the served files.
#include "../LoopbackHttp.h"
#include "../PriceListFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fixtures;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(r.exitCode).arg(r.out, r.err);
}

const QString kRegion = QStringLiteral("ap-northeast-3");
const QString kVersion = QStringLiteral("20261001000000");

} // namespace

class TestPricesUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    LoopbackHttp m_http;

    // The server answers while the command runs: wait on the process's signal, not blocking.
    Result run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.remove(QStringLiteral("http_proxy"));
        env.remove(QStringLiteral("HTTP_PROXY"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CC_APP_BINARY), arguments);
        Result result;
        if (!finished.wait(300000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    QString bookFile() const
    {
        return m_data.path() + QStringLiteral("/ContainerCompare/container-compare/prices/") + kRegion + QStringLiteral(".json");
    }
    QByteArray book() const
    {
        QFile f(bookFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY(m_http.listen());
        m_http.routes.insert("/offers/v1.0/aws/index.json", reply(200, offerIndex({QStringLiteral("AmazonECS"), QStringLiteral("AmazonEKS")})));
        // The region indexes also list a Local Zone, which --all leaves out.
        for (const QString& code : {QStringLiteral("AmazonECS"), QStringLiteral("AmazonEKS")})
            m_http.routes.insert(regionIndexPath(code), reply(200, regionIndex(code, {{kRegion, kVersion}, {QStringLiteral("us-west-2-den-1"), kVersion}})));
        m_http.routes.insert(offerPath(QStringLiteral("AmazonECS"), kVersion, kRegion),
                             reply(200, offerFile(QStringLiteral("AmazonECS"), kRegion, QStringLiteral("Asia Pacific (Osaka)"), kVersion,
                                             {{QStringLiteral("Fargate-vCPU-Hours:perCPU"), QStringLiteral("0.0505600000")},
                                              {QStringLiteral("Fargate-GB-Hours"), QStringLiteral("0.0055300000")}}),
                              "\"ecs-1\""));
        m_http.routes.insert(offerPath(QStringLiteral("AmazonEKS"), kVersion, kRegion),
                             reply(200, offerFile(QStringLiteral("AmazonEKS"), kRegion, QStringLiteral("Asia Pacific (Osaka)"), kVersion,
                                             {{QStringLiteral("AmazonEKS-Hours:perCluster"), QStringLiteral("0.1000000000")}}),
                              "\"eks-1\""));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no region") << QStringList{} << "which regions";
        QTest::newRow("both") << QStringList{QStringLiteral("--all"), QStringLiteral("--region"), kRegion} << "not both";
        QTest::newRow("not a region") << QStringList{QStringLiteral("--region"), QStringLiteral("Osaka!")} << "not a region code";
        QTest::newRow("bad URL") << QStringList{QStringLiteral("--all"), QStringLiteral("--base-url"), QStringLiteral("ftp://mirror")} << "--base-url";
        QTest::newRow("unknown") << QStringList{QStringLiteral("--all"), QStringLiteral("--fast")} << "--fast";
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Result r = run(QStringList{QStringLiteral("prices"), QStringLiteral("update")} + arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
        QVERIFY(book().isEmpty());
    }

    void httpErrorExits3()
    {
        LoopbackRoute& eks = m_http.routes[offerPath(QStringLiteral("AmazonEKS"), kVersion, kRegion)];
        const LoopbackRoute good = eks;
        eks.status = 404;
        const Result r = run({QStringLiteral("prices"), QStringLiteral("update"), QStringLiteral("--region"), kRegion,
                              QStringLiteral("--base-url"), m_http.base()});
        eks = good;
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(m_http.url(offerPath(QStringLiteral("AmazonEKS"), kVersion, kRegion))), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("404")), qPrintable(describe(r)));
        QVERIFY(book().isEmpty());
    }

    // --lang ja: the download's failure reads in Japanese, with the URL and the status kept.
    void httpErrorInJapanese()
    {
        LoopbackRoute& eks = m_http.routes[offerPath(QStringLiteral("AmazonEKS"), kVersion, kRegion)];
        const LoopbackRoute good = eks;
        eks.status = 404;
        const Result r = run({QStringLiteral("prices"), QStringLiteral("update"), QStringLiteral("--region"), kRegion,
                              QStringLiteral("--base-url"), m_http.base(), QStringLiteral("--lang"), QStringLiteral("ja")});
        eks = good;
        QVERIFY2(r.exitCode == 3, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(m_http.url(offerPath(QStringLiteral("AmazonEKS"), kVersion, kRegion))), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("404")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("。ap-northeast-3 の料金は変更されていません")), qPrintable(describe(r)));
        QVERIFY2(!r.err.contains(QStringLiteral("are unchanged")), qPrintable(describe(r)));
        QVERIFY(book().isEmpty());
    }

    void updateFillsANewRegion()
    {
        QTemporaryDir keep;
        const Result r = run({QStringLiteral("prices"), QStringLiteral("update"), QStringLiteral("--all"), QStringLiteral("--base-url"),
                              m_http.base() + QLatin1Char('/'), QStringLiteral("--keep-downloads"), keep.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("AmazonECS ap-northeast-3 version 20261001000000")), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("ap-northeast-3: updated")), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("us-west-2-den-1")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("[1/2] ")) && r.err.contains(QStringLiteral("MB/s")), qPrintable(describe(r)));
        QVERIFY(QFile::exists(keep.filePath(QStringLiteral("offers/v1.0/aws/AmazonEKS/20261001000000/ap-northeast-3/index.json"))));

        const Result show = run({QStringLiteral("prices"), QStringLiteral("show"), kRegion, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(show.exitCode == 0, qPrintable(describe(show)));
        const QJsonArray prices = QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("prices")).toArray();
        QHash<QString, double> usd;
        for (const QJsonValue& p : prices)
            if (p.toObject().value(QStringLiteral("origin")).toString() == u"imported")
                usd.insert(p.toObject().value(QStringLiteral("key")).toString(), p.toObject().value(QStringLiteral("usd")).toDouble());
        QCOMPARE(usd.value(QStringLiteral("fargate.linux-x86.vcpu-hour")), 0.05056);
        QCOMPARE(usd.value(QStringLiteral("fargate.linux-x86.gb-hour")), 0.00553);
        QCOMPARE(usd.value(QStringLiteral("eks.cluster-hour.standard")), 0.1);

        // Again: both files unchanged (304), nothing downloaded, the book as it was.
        const QByteArray before = book();
        const Result again = run({QStringLiteral("prices"), QStringLiteral("update"), QStringLiteral("--region"), kRegion,
                                  QStringLiteral("--base-url"), m_http.base()});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("ap-northeast-3: unchanged")), qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("HTTP 304")), qPrintable(describe(again)));
        QCOMPARE(book(), before);
    }
};

QTEST_GUILESS_MAIN(TestPricesUpdate)
#include "tst_pricesupdate.moc"
