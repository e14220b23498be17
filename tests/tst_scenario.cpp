// The scenario file, version 1: what it reads, what it refuses (with the exact message), the
// limits at both ends, and that writing and reading again gives the same scenario.
#include "Scenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataDir()
{
    return QStringLiteral(CC_SOURCE_DIR "/tests/data/scenarios");
}

// The smallest complete scenario; rows of the tests change one value in it.
QJsonObject base()
{
    return QJsonDocument::fromJson(R"({
        "schema": "container-compare/scenario", "version": 1, "title": "Base",
        "region": "ap-northeast-1",
        "period": {"hours": 730},
        "currency": {"code": "USD"},
        "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4},
        "options": [
            {"id": "ecs-ec2", "service": "ecs", "runtime": "ec2", "instanceType": "c7i.large"},
            {"id": "ecs-fargate", "service": "ecs", "runtime": "fargate"}
        ],
        "storage": [{"id": "data", "type": "ebs-gp3", "sizeGiB": 100}],
        "security": [{"id": "scan", "service": "inspector-ecr"}]
    })")
        .object();
}

// Sets (or, with an undefined value, removes) the value at "a/b/0/c" inside a JSON value.
QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        while (array.size() <= index)
            array.append(QJsonObject());
        array[index] = path.isEmpty() ? value : withValue(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        object.insert(key, withValue(object.value(key), path, value));
    }
    return object;
}

QByteArray baseWith(const QString& path, const QJsonValue& value)
{
    return QJsonDocument(withValue(base(), path.split(u'/'), value).toObject()).toJson();
}

// "$.path: message", or "" when the bytes parse.
QString problem(const QByteArray& bytes)
{
    LoadError error;
    const std::optional<Scenario> scenario = ScenarioFile::parse(bytes, u"test.json"_s, &error);
    if (scenario) {
        // A scenario that parses leaves the error alone.
        return error.isEmpty() ? QString() : u"parsed, but an error was set: "_s + error.toString();
    }
    if (error.file != u"test.json")
        return u"the error names the file "_s + error.file;
    return error.path.isEmpty() ? error.message : error.path + u": "_s + error.message;
}

// Every field of the format set to something other than its default.
Scenario everything()
{
    Scenario s;
    s.title = u"Everything — すべて"_s;
    s.region = u"us-east-1"_s;
    s.period.hours.reset();
    s.period.days = 30.5;
    s.period.hoursPerDay = 12.5;
    s.currency = CurrencySettings{u"JPY"_s, 155.25, u"floor"_s};
    s.workload.tasks = 7;
    s.workload.vcpu = 0.25;
    s.workload.memoryGiB = 0.5;
    s.workload.arch = u"arm64"_s;
    s.workload.os = u"windows"_s;
    s.workload.ephemeralStorageGiB = 21.5;
    s.workload.requestsPerMonth = 1234567;
    s.workload.avgDurationMs = 120.5;

    Option eks;
    eks.id = u"eks-ec2"_s;
    eks.label = u"EKS \"spot\" nodes"_s;
    eks.service = u"eks"_s;
    eks.runtime = u"ec2"_s;
    eks.instanceType = u"m7g.large"_s;
    eks.purchase = u"spot"_s;
    eks.discount = 0.6;
    eks.support = u"extended"_s;
    eks.clusters = 3;
    eks.nodes = 4;
    eks.region = u"ap-northeast-1"_s;
    eks.arch = u"arm64"_s;
    eks.os = u"linux"_s;
    eks.tasks = 12;
    eks.vcpu = 1.5;
    eks.memoryGiB = 3.25;
    s.options << eks;

    Option lambda;
    lambda.id = u"lambda"_s;
    lambda.service = u"lambda"_s;
    lambda.enabled = false;
    lambda.freeTier = true;
    s.options << lambda;

    Option anywhere;
    anywhere.id = u"anywhere"_s;
    anywhere.service = u"ecs"_s;
    anywhere.runtime = u"ecs-anywhere"_s;
    anywhere.purchase = u"savings-plan"_s;
    anywhere.nodes = 2;
    s.options << anywhere;

    s.storage << StorageItem{u"shared"_s, u"efs-standard"_s, 250.75}
              << StorageItem{u"logs"_s, u"s3-standard"_s, 1};
    SecurityItem scan;
    scan.id = u"scan"_s;
    scan.service = u"inspector-ecr"_s;
    scan.images = 20;
    scan.rescans = 100;
    SecurityItem runtime;
    runtime.id = u"runtime"_s;
    runtime.service = u"guardduty-runtime"_s;
    runtime.vcpus = 8;
    SecurityItem malware;
    malware.id = u"malware"_s;
    malware.service = u"guardduty-malware"_s;
    malware.gbScanned = 50;
    malware.instances = 3;
    s.security << scan << runtime << malware;
    s.setWeight(u"gpu"_s, 0);
    s.setWeight(u"cost-small"_s, 5);
    s.scalingUpTo = 40;
    return s;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void readsTheBase()
    {
        LoadError error;
        const std::optional<Scenario> s =
            ScenarioFile::parse(QJsonDocument(base()).toJson(), u"base.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->title, u"Base"_s);
        QCOMPARE(s->region, u"ap-northeast-1"_s);
        QCOMPARE(s->period.totalHours(), 730.0);
        QCOMPARE(s->currency, CurrencySettings{});
        QCOMPARE(s->workload.tasks, 1);
        QCOMPARE(s->workload.vcpu, 2.0);
        QCOMPARE(s->workload.memoryGiB, 4.0);
        QCOMPARE(s->options.size(), 2);
        QCOMPARE(s->options.at(0).instanceType, u"c7i.large"_s);
        QCOMPARE(s->options.at(0).purchase, u"on-demand"_s);
        QVERIFY(!s->options.at(0).discount);
        QVERIFY(s->options.at(1).enabled);
        QCOMPARE(s->storage.size(), 1);
        QCOMPARE(s->storage.at(0).sizeGiB, 100.0);
        QCOMPARE(s->security.at(0).service, u"inspector-ecr"_s);
    }

    // The options beside the deck (ECS Managed Instances, EKS Auto Mode, EKS Hybrid Nodes) can be
    // named: the first two run on EC2 only (the runtime may be left out), Hybrid Nodes on your
    // own servers (no runtime).
    void servicesBesideTheDeck()
    {
        const QByteArray bytes = R"({"schema": "container-compare/scenario", "version": 1, "region": "ap-northeast-1",
            "options": [{"id": "mi", "service": "ecs-managed-instances", "instanceType": "c7i.large"},
                        {"id": "auto", "service": "eks-auto-mode", "runtime": "ec2", "instanceType": "c7i.large"},
                        {"id": "hybrid", "service": "eks-hybrid-nodes"}]})";
        LoadError error;
        const std::optional<Scenario> s = ScenarioFile::parse(bytes, u"beside.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->options.at(0).runtime, u"ec2"_s);
        QCOMPARE(s->options.at(1).runtime, u"ec2"_s);
        QVERIFY(s->options.at(2).runtime.isEmpty());

        const QByteArray hybridOnEc2 = R"({"schema": "container-compare/scenario", "version": 1, "region": "ap-northeast-1",
            "options": [{"id": "hybrid", "service": "eks-hybrid-nodes", "runtime": "ec2"}]})";
        QVERIFY(!ScenarioFile::parse(hybridOnEc2, u"bad.json"_s, &error));
        QCOMPARE(error.path, u"$.options[0].runtime"_s);
        QCOMPARE(error.message, u"eks-hybrid-nodes chooses its own runtime; leave \"runtime\" out"_s);
    }

    // What a file may leave out, and what the reader puts in its place.
    void defaults()
    {
        const QByteArray bytes = R"({"schema": "container-compare/scenario", "version": 1,
                                     "region": "us-east-1"})";
        LoadError error;
        const std::optional<Scenario> s = ScenarioFile::parse(bytes, u"min.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->title, QString());
        QVERIFY(s->period.hours);
        QCOMPARE(*s->period.hours, 730.0); // the AWS Pricing Calculator's month
        QCOMPARE(s->currency.code, u"USD"_s);
        QCOMPARE(s->currency.perUsd, 1.0);
        QCOMPARE(s->workload, Workload{});
        QVERIFY(s->options.isEmpty());
        QVERIFY(s->storage.isEmpty());
        QVERIFY(s->security.isEmpty());
    }

    void daysAndHoursPerDay()
    {
        // The deck's month: 30.5 days × 24 h = 732 h.
        LoadError error;
        std::optional<Scenario> s =
            ScenarioFile::parse(baseWith(u"period"_s, QJsonObject{{u"days"_s, 30.5}, {u"hoursPerDay"_s, 24}}),
                                u"t.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QVERIFY(!s->period.hours);
        QCOMPARE(s->period.totalHours(), 732.0);
        // hoursPerDay may be left out: a day is 24 hours. 10 × 24 = 240 h.
        s = ScenarioFile::parse(baseWith(u"period"_s, QJsonObject{{u"days"_s, 10}}), u"t.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->period.totalHours(), 240.0);
    }

    void singleRuntimeIsImplied()
    {
        // Self-managed on EC2 runs on EC2 alone; the file need not say so.
        LoadError error;
        const std::optional<Scenario> s =
            ScenarioFile::parse(baseWith(u"options/0"_s, QJsonObject{{u"id"_s, u"self"_s},
                                                                     {u"service"_s, u"ec2-self-managed"_s}}),
                                u"t.json"_s, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->options.at(0).runtime, u"ec2"_s);
    }

    void instanceTypeIsLookedUpInTheOptionsRegion()
    {
        // c7i.large is in both books; the option's region, not the scenario's, is the one used.
        QJsonObject option{{u"id"_s, u"virginia"_s},
                           {u"service"_s, u"ecs"_s},
                           {u"runtime"_s, u"ec2"_s},
                           {u"instanceType"_s, u"c7i.large"_s},
                           {u"region"_s, u"us-east-1"_s}};
        QCOMPARE(problem(baseWith(u"options/0"_s, option)), QString());
        option.insert(u"instanceType"_s, u"c7i.huge"_s);
        QCOMPARE(
            problem(baseWith(u"options/0"_s, option)),
            u"$.options[0].instanceType: unknown instance type \"c7i.huge\"; the us-east-1 price book has no "
            "such type"_s);
    }

    void roundTrip()
    {
        const Scenario s = everything();
        const QByteArray bytes = ScenarioFile::serialize(s);
        LoadError error;
        const std::optional<Scenario> back = ScenarioFile::parse(bytes, u"round.json"_s, &error);
        QVERIFY2(back, qPrintable(error.toString() + u"\n"_s + QString::fromUtf8(bytes)));
        QCOMPARE(back->title, s.title);
        QCOMPARE(back->period, s.period);
        QCOMPARE(back->currency, s.currency);
        QCOMPARE(back->workload, s.workload);
        QCOMPARE(back->options.size(), s.options.size());
        for (int i = 0; i < s.options.size(); ++i)
            QVERIFY2(back->options.at(i) == s.options.at(i), qPrintable(s.options.at(i).id));
        QCOMPARE(back->storage, s.storage);
        QCOMPARE(back->security, s.security);
        QVERIFY(*back == s);
        // Writing the result again gives the same bytes: saving twice changes nothing.
        QCOMPARE(ScenarioFile::serialize(*back), bytes);
    }

    // The capability weights and the scaling range travel with the file; a criterion left at 1
    // and the default range are not written, so older files read the same as before.
    void weightsAndScalingRange()
    {
        const Scenario s = everything();
        QCOMPARE(s.weight(u"gpu"_s), 0.0);
        QCOMPARE(s.weight(u"cost-small"_s), 5.0);
        QCOMPARE(s.weight(u"ease"_s), 1.0);
        const QJsonObject root = QJsonDocument::fromJson(ScenarioFile::serialize(s)).object();
        QCOMPARE(root.value(u"weights"_s).toObject(),
                 QJsonObject({{u"cost-small"_s, 5}, {u"gpu"_s, 0}}));
        QCOMPARE(root.value(u"scalingUpTo"_s).toInt(), 40);

        Scenario plain = s;
        plain.setWeight(u"gpu"_s, 1);          // back to the default: dropped
        plain.setWeight(u"cost-small"_s, 1);
        plain.scalingUpTo = 0;
        QVERIFY(plain.weights.isEmpty());
        const QJsonObject plainRoot = QJsonDocument::fromJson(ScenarioFile::serialize(plain)).object();
        QVERIFY(!plainRoot.contains(u"weights"_s));
        QVERIFY(!plainRoot.contains(u"scalingUpTo"_s));

        // A file that lists a weight of 1 reads the same as one that leaves it out.
        QJsonObject listed = plainRoot;
        listed.insert(u"weights"_s, QJsonObject({{u"ease"_s, 1}}));
        LoadError error;
        const std::optional<Scenario> back =
            ScenarioFile::parse(QJsonDocument(listed).toJson(), u"listed.json"_s, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == plain);
    }

    void roundTripOfHours()
    {
        Scenario s;
        s.period.hours = 8928;
        s.options << Option{};
        s.options[0].id = u"fargate"_s;
        s.options[0].service = u"ecs"_s;
        s.options[0].runtime = u"fargate"_s;
        LoadError error;
        const std::optional<Scenario> back =
            ScenarioFile::parse(ScenarioFile::serialize(s), u"h.json"_s, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == s);
    }

    // The file is meant to be read and edited by people: the header first, the documented order.
    void serializedLayout()
    {
        Scenario s;
        s.title = u"Slide 16"_s;
        s.period.hours.reset();
        s.currency = CurrencySettings{u"JPY"_s, 155, u"floor"_s};
        Option option;
        option.id = u"fargate"_s;
        option.service = u"ecs"_s;
        option.runtime = u"fargate"_s;
        s.options << option;
        const QByteArray expected = R"({
  "schema": "container-compare/scenario",
  "version": 1,
  "title": "Slide 16",
  "region": "ap-northeast-1",
  "period": {
    "days": 30.5,
    "hoursPerDay": 24
  },
  "currency": {
    "code": "JPY",
    "perUsd": 155,
    "rounding": "floor"
  },
  "workload": {
    "tasks": 1,
    "vcpu": 2,
    "memoryGiB": 4,
    "arch": "x86_64",
    "os": "linux",
    "ephemeralStorageGiB": 20,
    "requestsPerMonth": 0,
    "avgDurationMs": 0
  },
  "options": [
    {
      "id": "fargate",
      "service": "ecs",
      "runtime": "fargate",
      "purchase": "on-demand"
    }
  ],
  "storage": [],
  "security": []
}
)";
        QCOMPARE(QString::fromUtf8(ScenarioFile::serialize(s)), QString::fromUtf8(expected));
    }

    void shippedScenariosReadAndRoundTrip()
    {
        const QDir dir(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios"));
        const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files);
        QVERIFY2(files.contains(u"slide16.json"_s), "resources/scenarios/slide16.json is shipped");
        for (const QString& name : files) {
            LoadError error;
            const std::optional<Scenario> s = ScenarioFile::read(dir.filePath(name), &error);
            QVERIFY2(s, qPrintable(error.toString()));
            const std::optional<Scenario> back =
                ScenarioFile::parse(ScenarioFile::serialize(*s), name, &error);
            QVERIFY2(back, qPrintable(error.toString()));
            QVERIFY2(*back == *s, qPrintable(name));
        }
    }

    void slide16IsTheDecksConditions()
    {
        LoadError error;
        const std::optional<Scenario> s =
            ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->region, u"ap-northeast-1"_s);
        QCOMPARE(s->period.totalHours(), 732.0); // 30.5 days × 24 h
        QCOMPARE(s->currency.code, u"JPY"_s);
        QCOMPARE(s->currency.perUsd, 155.0);
        QCOMPARE(s->currency.rounding, u"floor"_s);
        QCOMPARE(s->workload.vcpu, 2.0);
        QCOMPARE(s->workload.memoryGiB, 4.0);
        QCOMPARE(s->workload.arch, u"x86_64"_s);
        QCOMPARE(s->workload.os, u"linux"_s);
    }

    void writeAndReadBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"saved.json"_s);
        const Scenario s = everything();
        QString message;
        QVERIFY2(ScenarioFile::write(s, path, &message), qPrintable(message));
        LoadError error;
        const std::optional<Scenario> back = ScenarioFile::read(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == s);
        // Only the file itself is left behind: QSaveFile wrote and renamed it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"saved.json"_s});
    }

    void writeFailureLeavesTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder where the file should go cannot be replaced by a file.
        const QString path = dir.filePath(u"taken"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"taken"_s));
        QString message;
        QVERIFY(!ScenarioFile::write(everything(), path, &message));
        QVERIFY2(message.startsWith(path + u": cannot be written: "_s), qPrintable(message));
        QVERIFY(QFileInfo(path).isDir());
        // A folder that does not exist.
        message.clear();
        QVERIFY(!ScenarioFile::write(everything(), dir.filePath(u"missing/s.json"_s), &message));
        QVERIFY2(message.contains(u"cannot be written"_s), qPrintable(message));
    }

    // The bad inputs the command line is tried with, as files.
    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // "$.path: message" after "FILE: "

        QTest::addRow("truncated") << u"truncated.json"_s
                                   << u"syntax error at line 8, column 56: the file ends too early"_s;
        QTest::addRow("empty") << u"empty.json"_s << u"file is empty"_s;
        QTest::addRow("random bytes")
            << u"random-bytes.json"_s << u"syntax error at line 1, column 2: illegal value"_s;
        QTest::addRow("array") << u"array.json"_s << u"$: expected a JSON object, found an array"_s;
        QTest::addRow("wrong type") << u"wrong-type.json"_s
                                    << u"$.workload.tasks: expected a number, found a string"_s;
        QTest::addRow("negative size")
            << u"negative-size.json"_s << u"$.workload.vcpu: must be greater than 0 and at most 192"_s;
        QTest::addRow("zero size") << u"zero-size.json"_s
                                   << u"$.workload.memoryGiB: must be greater than 0 and at most 1536"_s;
        QTest::addRow("absurd count")
            << u"absurd-count.json"_s << u"$.workload.tasks: must be between 1 and 10000"_s;
        QTest::addRow("unknown service")
            << u"unknown-service.json"_s
            << u"$.options[1].service: unknown service \"foo\"; expected one of: ecs, eks, lightsail, "
               "elastic-beanstalk, batch, app-runner, rosa, ec2-self-managed, lambda, ecs-express-mode, "
               "ecs-managed-instances, eks-auto-mode, eks-hybrid-nodes"_s;
        QTest::addRow("unknown region") << u"unknown-region.json"_s
                                        << u"$.region: unknown region \"eu-west-9\"; expected one of: "
                                           "ap-northeast-1, us-east-1"_s;
        QTest::addRow("unsupported version")
            << u"unsupported-version.json"_s
            << u"$.version: unsupported version 2; this build reads version 1"_s;
        QTest::addRow("negative storage")
            << u"negative-storage.json"_s
            << u"$.storage[0].sizeGiB: must be greater than 0 and at most 1048576"_s;
        QTest::addRow("not a scenario") << u"not-a-scenario.json"_s
                                        << u"$.schema: expected \"container-compare/scenario\", found "
                                           "\"container-compare/catalog\""_s;
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = dataDir() + u'/' + file;
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        LoadError error;
        QVERIFY(!ScenarioFile::read(path, &error));
        QCOMPARE(error.file, path);
        QCOMPARE(error.path.isEmpty() ? error.message : error.path + u": "_s + error.message, expected);
        QVERIFY(error.toString().startsWith(path + u": "_s));
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LoadError error;
        const QString missing = dir.filePath(u"nothing-here.json"_s);
        QVERIFY(!ScenarioFile::read(missing, &error));
        QCOMPARE(error.toString(), missing + u": no such file"_s);
        QVERIFY(!ScenarioFile::read(dir.path(), &error));
        QCOMPARE(error.toString(), dir.path() + u": is a folder, not a scenario file"_s);
    }

    // One change to the base scenario each, and the message it must give, word for word.
    void badValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
        QTest::addColumn<QString>("expected");

        const QJsonValue removed(QJsonValue::Undefined);
        QTest::addRow("schema missing") << u"schema"_s << removed << u"$.schema: is missing"_s;
        QTest::addRow("version missing") << u"version"_s << removed << u"$.version: is missing"_s;
        QTest::addRow("version 0") << u"version"_s << QJsonValue(0)
                                   << u"$.version: unsupported version 0; this build reads version 1"_s;
        QTest::addRow("version text")
            << u"version"_s << QJsonValue(u"1"_s) << u"$.version: expected a number, found a string"_s;
        QTest::addRow("unknown top-level key")
            << u"colour"_s << QJsonValue(u"red"_s)
            << u"$.colour: unknown key; expected one of: schema, version, title, region, period, currency, "
               "workload, options, storage, security, weights, scalingUpTo"_s;
        QTest::addRow("weights not an object")
            << u"weights"_s << QJsonValue(3) << u"$.weights: expected an object, found a number"_s;
        QTest::addRow("weight of an unknown criterion")
            << u"weights/speed"_s << QJsonValue(2) << u"$.weights.speed: unknown key; expected one of: "_s;
        QTest::addRow("weight above 5")
            << u"weights/gpu"_s << QJsonValue(6) << u"$.weights.gpu: must be between 0 and 5"_s;
        QTest::addRow("weight not whole")
            << u"weights/gpu"_s << QJsonValue(1.5) << u"$.weights.gpu: must be a whole number"_s;
        QTest::addRow("scaling range negative")
            << u"scalingUpTo"_s << QJsonValue(-1) << u"$.scalingUpTo: must be between 0 and 10000"_s;
        QTest::addRow("title number")
            << u"title"_s << QJsonValue(3) << u"$.title: expected a string, found a number"_s;
        QTest::addRow("region missing") << u"region"_s << removed << u"$.region: is missing"_s;
        QTest::addRow("region empty") << u"region"_s << QJsonValue(u""_s) << u"$.region: must not be empty"_s;

        QTest::addRow("period both")
            << u"period"_s << QJsonValue(QJsonObject{{u"hours"_s, 730}, {u"days"_s, 30}})
            << u"$.period: give \"hours\", or \"days\" and \"hoursPerDay\", not both"_s;
        QTest::addRow("period neither") << u"period"_s << QJsonValue(QJsonObject{})
                                        << u"$.period: give \"hours\", or \"days\" and \"hoursPerDay\""_s;
        QTest::addRow("hoursPerDay alone") << u"period"_s << QJsonValue(QJsonObject{{u"hoursPerDay"_s, 8}})
                                           << u"$.period: give \"hours\", or \"days\" and \"hoursPerDay\""_s;
        QTest::addRow("period array") << u"period"_s << QJsonValue(QJsonArray{730})
                                      << u"$.period: expected an object, found an array"_s;
        QTest::addRow("period misspelt") << u"period/hour"_s << QJsonValue(730)
                                         << u"$.period.hour: unknown key; expected one of: hours, days, "
                                            "hoursPerDay"_s;
        QTest::addRow("period too short")
            << u"period"_s << QJsonValue(QJsonObject{{u"days"_s, 0.01}, {u"hoursPerDay"_s, 24}})
            << u"$.period: 0.01 days of 24 hours is less than the shortest period, 1 hour"_s;

        QTest::addRow("currency code")
            << u"currency/code"_s << QJsonValue(u"EUR"_s)
            << u"$.currency.code: unknown value \"EUR\"; expected one of: USD, JPY"_s;
        QTest::addRow("currency rounding")
            << u"currency/rounding"_s << QJsonValue(u"up"_s)
            << u"$.currency.rounding: unknown value \"up\"; expected one of: floor, "
               "nearest"_s;
        QTest::addRow("USD at 155") << u"currency/perUsd"_s << QJsonValue(155)
                                    << u"$.currency.perUsd: must be 1 for USD, or left out"_s;
        QTest::addRow("JPY without rate")
            << u"currency"_s << QJsonValue(QJsonObject{{u"code"_s, u"JPY"_s}})
            << u"$.currency.perUsd: required for JPY: how many JPY one US dollar buys, for example 155"_s;
        QTest::addRow("JPY at 0") << u"currency"_s
                                  << QJsonValue(QJsonObject{{u"code"_s, u"JPY"_s}, {u"perUsd"_s, 0}})
                                  << u"$.currency.perUsd: must be greater than 0 and at most 100000"_s;
        QTest::addRow("JPY negative")
            << u"currency"_s << QJsonValue(QJsonObject{{u"code"_s, u"JPY"_s}, {u"perUsd"_s, -155}})
            << u"$.currency.perUsd: must be greater than 0 and at most 100000"_s;

        QTest::addRow("tasks fraction")
            << u"workload/tasks"_s << QJsonValue(1.5) << u"$.workload.tasks: must be a whole number"_s;
        QTest::addRow("tasks null") << u"workload/tasks"_s << QJsonValue(QJsonValue::Null)
                                    << u"$.workload.tasks: expected a number, found null"_s;
        QTest::addRow("vcpu text") << u"workload/vcpu"_s << QJsonValue(u"2"_s)
                                   << u"$.workload.vcpu: expected a number, found a string"_s;
        QTest::addRow("arch")
            << u"workload/arch"_s << QJsonValue(u"aarch64"_s)
            << u"$.workload.arch: unknown value \"aarch64\"; expected one of: x86_64, arm64"_s;
        QTest::addRow("os") << u"workload/os"_s << QJsonValue(u"macos"_s)
                            << u"$.workload.os: unknown value \"macos\"; expected one of: linux, windows"_s;
        QTest::addRow("workload misspelt")
            << u"workload/vCPU"_s << QJsonValue(2)
            << u"$.workload.vCPU: unknown key; expected one of: tasks, vcpu, memoryGiB, arch, os, "
               "ephemeralStorageGiB, requestsPerMonth, avgDurationMs"_s;
        QTest::addRow("requests negative") << u"workload/requestsPerMonth"_s << QJsonValue(-1)
                                           << u"$.workload.requestsPerMonth: must be between 0 and "
                                              "1000000000000"_s;

        QTest::addRow("options object") << u"options"_s << QJsonValue(QJsonObject{})
                                        << u"$.options: expected an array, found an object"_s;
        QTest::addRow("option not object") << u"options/1"_s << QJsonValue(u"ecs"_s)
                                           << u"$.options[1]: expected an object, found a string"_s;
        QTest::addRow("option id missing")
            << u"options/1/id"_s << removed << u"$.options[1].id: is missing"_s;
        QTest::addRow("option id empty")
            << u"options/1/id"_s << QJsonValue(u" "_s) << u"$.options[1].id: must not be empty"_s;
        QTest::addRow("option id duplicate")
            << u"options/1/id"_s << QJsonValue(u"ecs-ec2"_s)
            << u"$.options[1].id: duplicate id \"ecs-ec2\"; $.options[0].id has it already"_s;
        QTest::addRow("service missing")
            << u"options/0/service"_s << removed << u"$.options[0].service: is missing"_s;
        QTest::addRow("runtime unknown")
            << u"options/1/runtime"_s << QJsonValue(u"k8s"_s)
            << u"$.options[1].runtime: unknown runtime \"k8s\"; expected one of: ec2, fargate, ecs-anywhere, "
               "eks-anywhere"_s;
        QTest::addRow("runtime wrong for service")
            << u"options/1/runtime"_s << QJsonValue(u"eks-anywhere"_s)
            << u"$.options[1].runtime: ecs does not run on \"eks-anywhere\"; expected one of: ec2, fargate, "
               "ecs-anywhere"_s;
        QTest::addRow("runtime missing") << u"options/1/runtime"_s << removed
                                         << u"$.options[1].runtime: required for ecs; expected one of: ec2, "
                                            "fargate, ecs-anywhere"_s;
        QTest::addRow("runtime for lightsail")
            << u"options/1"_s
            << QJsonValue(
                   QJsonObject{{u"id"_s, u"ls"_s}, {u"service"_s, u"lightsail"_s}, {u"runtime"_s, u"ec2"_s}})
            << u"$.options[1].runtime: lightsail chooses its own runtime; leave \"runtime\" out"_s;
        QTest::addRow("instance type unknown") << u"options/0/instanceType"_s << QJsonValue(u"c7i.gigantic"_s)
                                               << u"$.options[0].instanceType: unknown instance type "
                                                  u"\"c7i.gigantic\"; the ap-northeast-1 price book "
                                                  "has no such type"_s;
        QTest::addRow("purchase")
            << u"options/0/purchase"_s << QJsonValue(u"free"_s)
            << u"$.options[0].purchase: unknown value \"free\"; expected one of: on-demand, "
               "spot, savings-plan, reserved"_s;
        QTest::addRow("discount text") << u"options/0/discount"_s << QJsonValue(u"60%"_s)
                                       << u"$.options[0].discount: expected a number, found a string"_s;
        QTest::addRow("support")
            << u"options/0/support"_s << QJsonValue(u"premium"_s)
            << u"$.options[0].support: unknown value \"premium\"; expected one of: standard, "
               "extended"_s;
        QTest::addRow("enabled text") << u"options/0/enabled"_s << QJsonValue(u"no"_s)
                                      << u"$.options[0].enabled: expected true or false, found a string"_s;
        QTest::addRow("freeTier number")
            << u"options/0/freeTier"_s << QJsonValue(1)
            << u"$.options[0].freeTier: expected true or false, found a number"_s;
        QTest::addRow("option region")
            << u"options/0/region"_s << QJsonValue(u"mars-1"_s)
            << u"$.options[0].region: unknown region \"mars-1\"; expected one of: ap-northeast-1, us-east-1"_s;
        QTest::addRow("option arch")
            << u"options/0/arch"_s << QJsonValue(u"riscv"_s)
            << u"$.options[0].arch: unknown value \"riscv\"; expected one of: x86_64, "
               "arm64"_s;
        QTest::addRow("option vcpu zero") << u"options/1/vcpu"_s << QJsonValue(0)
                                          << u"$.options[1].vcpu: must be greater than 0 and at most 192"_s;
        QTest::addRow("option memory negative")
            << u"options/1/memoryGiB"_s << QJsonValue(-4)
            << u"$.options[1].memoryGiB: must be greater than 0 and at most 1536"_s;
        QTest::addRow("option tasks zero")
            << u"options/1/tasks"_s << QJsonValue(0) << u"$.options[1].tasks: must be between 1 and 10000"_s;
        QTest::addRow("option misspelt")
            << u"options/1/instance"_s << QJsonValue(u"c7i.large"_s)
            << u"$.options[1].instance: unknown key; expected one of: id, label, enabled, service, runtime, "
               "instanceType, purchase, discount, support, clusters, nodes, freeTier, region, arch, os, "
               "tasks, "
               "vcpu, memoryGiB, reservedVcpu, reservedMemoryMiB, registeredMemoryFraction"_s;

        QTest::addRow("storage type")
            << u"storage/0/type"_s << QJsonValue(u"floppy"_s)
            << u"$.storage[0].type: unknown storage type \"floppy\"; expected one of: "_s;
        QTest::addRow("storage size missing")
            << u"storage/0/sizeGiB"_s << removed << u"$.storage[0].sizeGiB: is missing"_s;
        QTest::addRow("storage id duplicate")
            << u"storage/1"_s
            << QJsonValue(
                   QJsonObject{{u"id"_s, u"data"_s}, {u"type"_s, u"efs-standard"_s}, {u"sizeGiB"_s, 5}})
            << u"$.storage[1].id: duplicate id \"data\"; $.storage[0].id has it already"_s;
        QTest::addRow("security service")
            << u"security/0/service"_s << QJsonValue(u"antivirus"_s)
            << u"$.security[0].service: unknown security service \"antivirus\"; "
               "expected one of: "_s;
        QTest::addRow("security images negative") << u"security/0/images"_s << QJsonValue(-3)
                                                  << u"$.security[0].images: must be between 0 and 1000000"_s;
    }

    void badValues()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QString actual = problem(baseWith(path, value));
        // Lists of catalog ids are checked up to "expected one of: ": the catalog may grow.
        if (expected.endsWith(u"expected one of: "_s))
            QVERIFY2(actual.startsWith(expected), qPrintable(actual));
        else
            QCOMPARE(actual, expected);
    }

    // Each limit: the value at the limit is read, the next one is refused with the limit named.
    void limits_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // empty: accepted

        const auto accept = [](const char* name, const QString& path, const QJsonValue& value) {
            QTest::addRow("%s", name) << path << value << QString();
        };
        const auto refuse = [](const char* name, const QString& path, const QJsonValue& value,
                               const QString& expected) {
            QTest::addRow("%s", name) << path << value << expected;
        };

        accept("1 task", u"workload/tasks"_s, 1);
        accept("10000 tasks", u"workload/tasks"_s, ScenarioLimits::maxTasks);
        refuse("0 tasks", u"workload/tasks"_s, 0, u"$.workload.tasks: must be between 1 and 10000"_s);
        refuse("10001 tasks", u"workload/tasks"_s, 10001, u"$.workload.tasks: must be between 1 and 10000"_s);
        accept("0.125 vCPU", u"workload/vcpu"_s, 0.125);
        accept("192 vCPU", u"workload/vcpu"_s, ScenarioLimits::maxVcpu);
        refuse("193 vCPU", u"workload/vcpu"_s, 193,
               u"$.workload.vcpu: must be greater than 0 and at most 192"_s);
        accept("1536 GiB", u"workload/memoryGiB"_s, ScenarioLimits::maxMemoryGiB);
        refuse("1537 GiB", u"workload/memoryGiB"_s, 1537,
               u"$.workload.memoryGiB: must be greater than 0 and at most 1536"_s);
        accept("20 GiB ephemeral", u"workload/ephemeralStorageGiB"_s, 20);
        accept("200 GiB ephemeral", u"workload/ephemeralStorageGiB"_s, ScenarioLimits::maxEphemeralGiB);
        refuse("19 GiB ephemeral", u"workload/ephemeralStorageGiB"_s, 19,
               u"$.workload.ephemeralStorageGiB: must be between 20 and 200"_s);
        refuse("201 GiB ephemeral", u"workload/ephemeralStorageGiB"_s, 201,
               u"$.workload.ephemeralStorageGiB: must be between 20 and 200"_s);
        accept("15 minutes", u"workload/avgDurationMs"_s, 900000);
        refuse("a day and a bit", u"workload/avgDurationMs"_s, 86400001,
               u"$.workload.avgDurationMs: must be between 0 and 86400000"_s);

        accept("1 hour", u"period"_s, QJsonObject{{u"hours"_s, 1}});
        accept("8928 hours", u"period"_s, QJsonObject{{u"hours"_s, ScenarioLimits::maxHours}});
        refuse("0.5 hours", u"period"_s, QJsonObject{{u"hours"_s, 0.5}},
               u"$.period.hours: must be between 1 and 8928"_s);
        refuse("8929 hours", u"period"_s, QJsonObject{{u"hours"_s, 8929}},
               u"$.period.hours: must be between 1 and 8928"_s);
        accept("372 days", u"period"_s, QJsonObject{{u"days"_s, 372}, {u"hoursPerDay"_s, 24}});
        refuse("373 days", u"period"_s, QJsonObject{{u"days"_s, 373}},
               u"$.period.days: must be greater than 0 and at most 372"_s);
        refuse("0 days", u"period"_s, QJsonObject{{u"days"_s, 0}},
               u"$.period.days: must be greater than 0 and at most 372"_s);
        accept("8 hours a day", u"period"_s, QJsonObject{{u"days"_s, 22}, {u"hoursPerDay"_s, 8}});
        refuse("25 hours a day", u"period"_s, QJsonObject{{u"days"_s, 30}, {u"hoursPerDay"_s, 25}},
               u"$.period.hoursPerDay: must be greater than 0 and at most 24"_s);
        refuse("0 hours a day", u"period"_s, QJsonObject{{u"days"_s, 30}, {u"hoursPerDay"_s, 0}},
               u"$.period.hoursPerDay: must be greater than 0 and at most 24"_s);

        accept("100000 yen", u"currency"_s,
               QJsonObject{{u"code"_s, u"JPY"_s}, {u"perUsd"_s, ScenarioLimits::maxPerUsd}});
        refuse("100001 yen", u"currency"_s, QJsonObject{{u"code"_s, u"JPY"_s}, {u"perUsd"_s, 100001}},
               u"$.currency.perUsd: must be greater than 0 and at most 100000"_s);
        accept("USD at 1", u"currency"_s, QJsonObject{{u"code"_s, u"USD"_s}, {u"perUsd"_s, 1}});

        accept("discount 0", u"options/0/discount"_s, 0);
        accept("discount 0.95", u"options/0/discount"_s, 0.95);
        refuse("discount 0.96", u"options/0/discount"_s, 0.96,
               u"$.options[0].discount: must be between 0 and 0.95"_s);
        refuse("discount negative", u"options/0/discount"_s, -0.1,
               u"$.options[0].discount: must be between 0 and 0.95"_s);
        accept("100 clusters", u"options/0/clusters"_s, ScenarioLimits::maxClusters);
        refuse("0 clusters", u"options/0/clusters"_s, 0,
               u"$.options[0].clusters: must be between 1 and 100"_s);
        refuse("101 clusters", u"options/0/clusters"_s, 101,
               u"$.options[0].clusters: must be between 1 and 100"_s);
        accept("10000 nodes", u"options/0/nodes"_s, ScenarioLimits::maxNodes);
        refuse("0 nodes", u"options/0/nodes"_s, 0, u"$.options[0].nodes: must be between 1 and 10000"_s);
        refuse("10001 nodes", u"options/0/nodes"_s, 10001,
               u"$.options[0].nodes: must be between 1 and 10000"_s);
        accept("option 10000 tasks", u"options/1/tasks"_s, 10000);
        refuse("option 10001 tasks", u"options/1/tasks"_s, 10001,
               u"$.options[1].tasks: must be between 1 and 10000"_s);
        accept("option 192 vCPU", u"options/1/vcpu"_s, 192);
        refuse("option 1537 GiB", u"options/1/memoryGiB"_s, 1537,
               u"$.options[1].memoryGiB: must be greater than 0 and at most 1536"_s);

        accept("1 PiB of storage", u"storage/0/sizeGiB"_s, ScenarioLimits::maxStorageGiB);
        refuse("more than 1 PiB", u"storage/0/sizeGiB"_s, ScenarioLimits::maxStorageGiB + 1,
               u"$.storage[0].sizeGiB: must be greater than 0 and at most 1048576"_s);
        refuse("no storage", u"storage/0/sizeGiB"_s, 0,
               u"$.storage[0].sizeGiB: must be greater than 0 and at most 1048576"_s);
    }

    void limits()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(problem(baseWith(path, value)), expected);
    }

    void optionCount()
    {
        const auto withOptions = [](int count) {
            QJsonArray options;
            for (int i = 0; i < count; ++i)
                options.append(QJsonObject{{u"id"_s, u"o%1"_s.arg(i)}, {u"service"_s, u"lambda"_s}});
            return baseWith(u"options"_s, options);
        };
        QCOMPARE(problem(withOptions(ScenarioLimits::maxOptions)), QString());
        QCOMPARE(problem(withOptions(ScenarioLimits::maxOptions + 1)),
                 u"$.options: 65 options are too many; a scenario compares at most 64"_s);
    }

    void hugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"huge.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(17 * 1024 * 1024)); // sparse: no disk is spent on it
        file.close();
        LoadError error;
        QVERIFY(!ScenarioFile::read(file.fileName(), &error));
        QCOMPARE(error.toString(),
                 file.fileName() + u": is 17825792 bytes, too large to be a scenario file"_s);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
