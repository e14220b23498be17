// `container-compare prices …` run as a user runs it: offer files of a region the app never
// shipped (Osaka) written here in the AWS Price List's shape, imported, then priced by
// `compare`; bad files change nothing. The application data folder is a temporary one
// (XDG_DATA_HOME), never the user's. Expected numbers are literals of the files written here.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString describe(const Result& r)
{
    return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

const QString kRegion = u"ap-northeast-3"_s;
const QString kVersion = u"20261001000000"_s;

struct Item
{
    QString usagetype;
    QString family;
    QJsonObject attributes;
    QList<std::tuple<QString, QString, QString>> dims; // begin, end, USD
};

QJsonObject offer(const QString& code, const QList<Item>& items)
{
    QJsonObject products;
    QJsonObject onDemand;
    int n = 0;
    for (const Item& item : items) {
        const QString sku = code.left(6).toUpper() + QString::number(++n).rightJustified(6, u'0');
        QJsonObject attributes = item.attributes;
        attributes.insert(u"servicecode"_s, code);
        attributes.insert(u"location"_s, u"Asia Pacific (Osaka)"_s);
        attributes.insert(u"regionCode"_s, kRegion);
        attributes.insert(u"usagetype"_s, QString(u"APN3-"_s + item.usagetype));
        products.insert(sku, QJsonObject{{u"sku"_s, sku}, {u"productFamily"_s, item.family}, {u"attributes"_s, attributes}});
        QJsonObject dims;
        int d = 0;
        for (const auto& [begin, end, usd] : item.dims) {
            const QString rate = sku + u".JRTCKXETXF."_s + QString::number(++d);
            dims.insert(rate, QJsonObject{{u"rateCode"_s, rate}, {u"description"_s, u"a price"_s},
                                          {u"beginRange"_s, begin}, {u"endRange"_s, end}, {u"unit"_s, u"Hrs"_s},
                                          {u"pricePerUnit"_s, QJsonObject{{u"USD"_s, usd}}}, {u"appliesTo"_s, QJsonArray()}});
        }
        onDemand.insert(sku, QJsonObject{{sku + u".JRTCKXETXF"_s,
                                          QJsonObject{{u"offerTermCode"_s, u"JRTCKXETXF"_s}, {u"sku"_s, sku},
                                                      {u"effectiveDate"_s, u"2026-10-01T00:00:00Z"_s},
                                                      {u"priceDimensions"_s, dims}, {u"termAttributes"_s, QJsonObject()}}}});
    }
    return {{u"formatVersion"_s, u"v1.0"_s}, {u"disclaimer"_s, u"This pricing list is for informational purposes only."_s},
            {u"offerCode"_s, code}, {u"version"_s, kVersion}, {u"publicationDate"_s, u"2026-10-01T00:00:00Z"_s},
            {u"products"_s, products}, {u"terms"_s, QJsonObject{{u"OnDemand"_s, onDemand}, {u"Reserved"_s, QJsonObject()}}},
            {u"attributesList"_s, QJsonObject()}};
}

QList<std::tuple<QString, QString, QString>> one(const QString& usd)
{
    return {{u"0"_s, u"Inf"_s, usd}};
}

} // namespace

class TestPrices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;   // XDG_DATA_HOME of the runs
    QTemporaryDir m_offers; // the offer files

    Result run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_data.path());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
        process.start(QStringLiteral(CC_APP_BINARY), arguments);
        Result result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            result.err = u"did not finish"_s;
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_offers.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    QString bookFile() const { return m_data.path() + u"/ContainerCompare/container-compare/prices/"_s + kRegion + u".json"_s; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_offers.isValid());
        const QJsonObject linuxAttributes{{u"operatingSystem"_s, u"Linux"_s},   {u"tenancy"_s, u"Shared"_s},
                                {u"preInstalledSw"_s, u"NA"_s},       {u"licenseModel"_s, u"No License required"_s},
                                {u"capacitystatus"_s, u"Used"_s},     {u"marketoption"_s, u"OnDemand"_s},
                                {u"operation"_s, u"RunInstances"_s},  {u"instanceType"_s, u"c7i.large"_s},
                                {u"vcpu"_s, u"2"_s},                  {u"memory"_s, u"4 GiB"_s},
                                {u"physicalProcessor"_s, u"Intel Xeon Scalable (Sapphire Rapids)"_s}};
        QJsonObject windows = linuxAttributes;
        windows.insert(u"operatingSystem"_s, u"Windows"_s);
        windows.insert(u"operation"_s, u"RunInstances:0002"_s);
        const auto json = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
        write(u"ecs.json"_s, json(offer(u"AmazonECS"_s, {{u"Fargate-vCPU-Hours:perCPU"_s, u"Compute"_s, {}, one(u"0.0505600000"_s)},
                                                          {u"Fargate-GB-Hours"_s, u"Compute"_s, {}, one(u"0.0055300000"_s)}})));
        write(u"eks.json"_s, json(offer(u"AmazonEKS"_s, {{u"AmazonEKS-Hours:perCluster"_s, u"Compute"_s, {}, one(u"0.1000000000"_s)}})));
        write(u"ec2.json"_s, json(offer(u"AmazonEC2"_s, {{u"BoxUsage:c7i.large"_s, u"Compute Instance"_s, linuxAttributes, one(u"0.1123500000"_s)},
                                                         {u"BoxUsage:c7i.large"_s, u"Compute Instance"_s, windows, one(u"0.2043500000"_s)}})));
        write(u"lambda.json"_s,
              json(offer(u"AWSLambda"_s,
                         {{u"Lambda-GB-Second"_s, u"Serverless"_s, {{u"group"_s, u"AWS-Lambda-Duration"_s}},
                           {{u"0"_s, u"6000000000"_s, u"0.0000166667"_s}, {u"6000000000"_s, u"15000000000"_s, u"0.0000150000"_s},
                            {u"15000000000"_s, u"Inf"_s, u"0.0000133334"_s}}},
                          {u"Request"_s, u"Serverless"_s, {{u"group"_s, u"AWS-Lambda-Requests"_s}}, one(u"0.0000002000"_s)}})));
        write(u"s3.json"_s, json(offer(u"AmazonS3"_s, {{u"TimedStorage-ByteHrs"_s, u"Storage"_s,
                                                        {{u"volumeType"_s, u"Standard"_s}, {u"storageClass"_s, u"General Purpose"_s}},
                                                        {{u"0"_s, u"51200"_s, u"0.0250000000"_s},
                                                         {u"51200"_s, u"512000"_s, u"0.0240000000"_s},
                                                         {u"512000"_s, u"Inf"_s, u"0.0230000000"_s}}}})));
        write(u"efs.json"_s, json(offer(u"AmazonEFS"_s, {{u"TimedStorage-ByteHrs"_s, u"Storage"_s,
                                                          {{u"storageClass"_s, u"General Purpose"_s}}, one(u"0.3600000000"_s)}})));
        write(u"osaka.json"_s, R"({"schema": "container-compare/scenario", "version": 1, "title": "Osaka",
            "region": "ap-northeast-3", "period": {"hours": 730},
            "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4, "arch": "x86_64", "os": "linux",
                         "requestsPerMonth": 1000000, "avgDurationMs": 100},
            "options": [{"id": "ec2", "service": "ec2-self-managed", "runtime": "ec2", "instanceType": "c7i.large"},
                        {"id": "fargate", "service": "ecs", "runtime": "fargate"},
                        {"id": "eks", "service": "eks", "runtime": "fargate"},
                        {"id": "fn", "service": "lambda"}],
            "storage": [{"id": "objects", "type": "s3-standard", "sizeGiB": 100},
                        {"id": "files", "type": "efs-standard", "sizeGiB": 100}],
            "security": []})");
    }

    void unknownRegionBeforeImport()
    {
        const Result r = run({u"compare"_s, m_offers.filePath(u"osaka.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown region \"ap-northeast-3\""_s), qPrintable(describe(r)));
    }

    // --lang ja: the prices commands' messages are Japanese; the tables stay as they are.
    void japaneseMessages()
    {
        Result r = run({u"prices"_s, u"show"_s, u"xx-nowhere-1"_s, u"--lang"_s, u"ja"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"リージョン「xx-nowhere-1」の価格表はありません"_s), qPrintable(describe(r)));
        r = run({u"prices"_s, u"--lang=ja"_s, u"update"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"リージョンを指定してください"_s), qPrintable(describe(r)));
        r = run({u"prices"_s, u"reset"_s, u"--lang"_s, u"ja"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"リージョンを 1 つ、または --all を指定してください"_s), qPrintable(describe(r)));
        r = run({u"prices"_s, u"list"_s, u"--lang"_s, u"fr"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--lang: unknown language \"fr\""_s), qPrintable(describe(r)));
        // English stays the default.
        r = run({u"prices"_s, u"show"_s, u"xx-nowhere-1"_s});
        QVERIFY2(r.err.contains(u"no price book for region \"xx-nowhere-1\""_s), qPrintable(describe(r)));
        // An offer file that is not one: the reader's reason in Japanese, still exit code 2
        // (3 is for files that cannot be read).
        const QString notAnOffer = write(u"not-an-offer.json"_s, "[]");
        r = run({u"prices"_s, u"import"_s, notAnOffer, u"--lang"_s, u"ja"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"AWS Price List のオファーファイルではありません"_s), qPrintable(describe(r)));
        const QString empty = write(u"empty-offer.json"_s, "");
        r = run({u"prices"_s, u"import"_s, empty, u"--lang"_s, u"ja"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"ファイルが空です"_s), qPrintable(describe(r)));
        // The table's column names are the same in Japanese (they are the JSON/CSV keys).
        r = run({u"prices"_s, u"list"_s, u"--lang"_s, u"ja"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"instance types"_s), qPrintable(describe(r)));
    }

    void badFilesChangeNothing()
    {
        QByteArray ecs;
        {
            QFile f(m_offers.filePath(u"ecs.json"_s));
            QVERIFY(f.open(QIODevice::ReadOnly));
            ecs = f.readAll();
        }
        const QString truncated = write(u"bad/truncated.json"_s, {});
        QDir(m_offers.path()).mkpath(u"bad"_s);
        write(u"bad/truncated.json"_s, ecs.left(ecs.size() / 2));
        write(u"bad/good.json"_s, ecs);
        // A folder with one good file and one truncated one: exit 2, nothing written.
        Result r = run({u"prices"_s, u"import"_s, m_offers.filePath(u"bad"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"truncated.json: byte %1: the file ends early"_s.arg(ecs.size() / 2)), qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(bookFile()));

        QByteArray rds = ecs;
        rds.replace("\"AmazonECS\"", "\"AmazonRDS\"");
        r = run({u"prices"_s, u"import"_s, write(u"rds.json"_s, rds)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"rds.json: $.offerCode: offer \"AmazonRDS\" is not one we import"_s), qPrintable(describe(r)));

        r = run({u"prices"_s, u"import"_s, m_offers.filePath(u"missing.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(bookFile()));
    }

    void importAndCompare()
    {
        Result r = run({u"prices"_s, u"import"_s, m_offers.filePath(u"ecs.json"_s), m_offers.filePath(u"eks.json"_s),
                        m_offers.filePath(u"ec2.json"_s), m_offers.filePath(u"lambda.json"_s),
                        m_offers.filePath(u"s3.json"_s), m_offers.filePath(u"efs.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"ecs.json: AmazonECS ap-northeast-3 version 20261001000000"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"ec2.json: AmazonEC2 ap-northeast-3 version 20261001000000 (2026-10-01T00:00:00Z): "
                                "prices 0, instance types 1"_s),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(bookFile()));

        r = run({u"compare"_s, m_offers.filePath(u"osaka.json"_s), u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject c = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(c.value(u"region"_s).toString(), kRegion);
        QHash<QString, QJsonObject> options;
        for (const QJsonValue& v : c.value(u"options"_s).toArray())
            options.insert(v[u"id"_s].toString(), v.toObject());
        auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
        // What an option costs without the scenario's storage and security, which every option carries.
        auto own = [&](const QString& id) {
            double sum = 0;
            for (const QJsonValue& line : options[id][u"lineItems"_s].toArray()) {
                const QString kind = line[u"kind"_s].toString();
                if (kind != u"storage" && kind != u"security")
                    sum += line[u"monthlyUsd"_s].toDouble();
            }
            return sum;
        };
        // 730 h × 0.11235 (the Linux product, not the Windows one at 0.20435).
        QVERIFY2(near(own(u"ec2"_s), 730 * 0.11235), qPrintable(r.out));
        // 730 h × (2 × 0.05056 + 4 × 0.00553).
        QVERIFY2(near(own(u"fargate"_s), 730 * (2 * 0.05056 + 4 * 0.00553)), qPrintable(r.out));
        bool cluster = false;
        for (const QJsonValue& line : options[u"eks"_s][u"lineItems"_s].toArray())
            cluster |= near(line[u"monthlyUsd"_s].toDouble(), 730 * 0.1);
        QVERIFY2(cluster, qPrintable(r.out));
        // 1,000,000 × 0.1 s × 4 GB = 400,000 GB-s × 0.0000166667, and 1,000,000 × 0.0000002.
        QVERIFY2(near(own(u"fn"_s), 400000 * 0.0000166667 + 1000000 * 0.0000002),
                 qPrintable(r.out));
        for (const QJsonValue& o : c.value(u"options"_s).toArray())
            QVERIFY2(o[u"known"_s].toBool() && !o[u"estimate"_s].toBool(), qPrintable(o[u"id"_s].toString()));
        const QJsonArray storage = c.value(u"storage"_s).toArray();
        QCOMPARE(storage.size(), 2);
        QVERIFY2(near(storage[0][u"monthlyUsd"_s].toDouble(), 100 * 0.025), qPrintable(r.out));
        QVERIFY2(near(storage[1][u"monthlyUsd"_s].toDouble(), 100 * 0.36), qPrintable(r.out));
    }

    void showCitesTheFiles()
    {
        const Result r = run({u"prices"_s, u"show"_s, kRegion, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject book = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(book[u"region"_s].toString(), kRegion);
        QCOMPARE(book[u"name"_s][u"en"_s].toString(), u"Asia Pacific (Osaka)"_s);
        QCOMPARE(book[u"name"_s][u"ja"_s].toString(), u"アジアパシフィック (大阪)"_s);
        QHash<QString, QJsonObject> prices;
        for (const QJsonValue& p : book[u"prices"_s].toArray()) {
            prices.insert(p[u"key"_s].toString(), p.toObject());
            QCOMPARE(p[u"origin"_s].toString(), u"imported"_s);
            QCOMPARE(p[u"confidence"_s].toString(), u"confirmed"_s);
            QCOMPARE(p[u"source"_s][u"version"_s].toString(), kVersion);
            QCOMPARE(p[u"source"_s][u"publicationDate"_s].toString(), u"2026-10-01T00:00:00Z"_s);
        }
        QCOMPARE(prices.size(), 7); // ECS 2, EKS 1, Lambda 2, S3 1, EFS 1
        QCOMPARE(prices[u"fargate.linux-x86.vcpu-hour"_s][u"usd"_s].toDouble(), 0.05056);
        QCOMPARE(prices[u"fargate.linux-x86.vcpu-hour"_s][u"source"_s][u"url"_s].toString(),
                 u"https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/20261001000000/ap-northeast-3/index.json"_s);
        const QJsonArray tiers = prices[u"lambda.x86_64.gb-second"_s][u"tiers"_s].toArray();
        QCOMPARE(tiers.size(), 3);
        QCOMPARE(tiers[1][u"upTo"_s].toDouble(), 15e9);
        QCOMPARE(tiers[1][u"usd"_s].toDouble(), 0.000015);
        const QJsonArray types = book[u"instanceTypes"_s].toArray();
        QCOMPARE(types.size(), 1);
        QCOMPARE(types[0][u"type"_s].toString(), u"c7i.large"_s);
        QCOMPARE(types[0][u"usdPerHour"_s].toDouble(), 0.11235);
        QCOMPARE(types[0][u"source"_s][u"title"_s].toString(), u"AWS Price List, AmazonEC2 offer file 20261001000000"_s);

        const Result list = run({u"prices"_s, u"list"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QVERIFY2(list.out.contains(u"ap-northeast-3,Asia Pacific (Osaka),imported,2026-10-01,7,1,0,"_s), qPrintable(list.out));
        QVERIFY2(list.out.contains(u"ap-northeast-1,Asia Pacific (Tokyo),shipped,"_s), qPrintable(list.out));
    }

    void badImportKeepsTheBook()
    {
        QFile f(bookFile());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QByteArray efs;
        {
            QFile e(m_offers.filePath(u"efs.json"_s));
            QVERIFY(e.open(QIODevice::ReadOnly));
            efs = e.readAll();
        }
        efs.replace("\"0.3600000000\"", "\"free\"");
        const Result r = run({u"prices"_s, u"import"_s, m_offers.filePath(u"ecs.json"_s), write(u"efs-bad.json"_s, efs)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"efs-bad.json: $.terms.OnDemand."_s) && r.err.contains(u"the price \"free\" is not a number"_s),
                 qPrintable(describe(r)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    // A data folder that cannot be written (here: a file where the prices folder belongs) is
    // an input/output error, exit 3, and nothing is half-written.
    void unwritableDataFolder()
    {
        QTemporaryDir blocked;
        QDir(blocked.path()).mkpath(u"ContainerCompare/container-compare"_s);
        QFile file(blocked.filePath(u"ContainerCompare/container-compare/prices"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, blocked.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CC_APP_BINARY), {u"prices"_s, u"import"_s, m_offers.filePath(u"ecs.json"_s)});
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 3);
        QVERIFY2(err.contains(u"cannot create the folder"_s), qPrintable(err));
        QVERIFY(QFileInfo(file.fileName()).isFile());
    }

    void reset()
    {
        Result r = run({u"prices"_s, u"reset"_s, kRegion});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(!QFile::exists(bookFile()));
        r = run({u"prices"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0 && !r.out.contains(kRegion), qPrintable(describe(r)));
        r = run({u"compare"_s, m_offers.filePath(u"osaka.json"_s)});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPrices)
#include "tst_prices.moc"
