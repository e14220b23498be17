// The command line, run as a user runs it: the real binary through QProcess, its exit code,
// its stdout and its stderr.
#include <QDir>
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

// Runs the app from the source folder, so relative paths are the ones the README shows.
Result run(const QStringList& arguments)
{
    QProcess process;
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

QString describe(const Result& r)
{
    return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// A command line refused as bad input: exit code 2, nothing on stdout, the first line of
// stderr as expected.
Result refused(const QStringList& arguments, const QString& firstLine)
{
    const Result r = run(arguments);
    if (r.exitCode != 2 || !r.out.isEmpty())
        QTest::qFail(qPrintable(describe(r)), __FILE__, __LINE__);
    else if (r.err.section(u'\n', 0, 0) != firstLine)
        QTest::qFail(qPrintable(u"first line of stderr: "_s + r.err.section(u'\n', 0, 0) + u"\nexpected: "_s + firstLine),
                     __FILE__, __LINE__);
    return r;
}

const QString slide16 = QStringLiteral("resources/scenarios/slide16.json");

// One CSV line split into its cells, quoted cells ("a, b" and "say ""x""") read back whole.
QStringList csvCells(const QString& line)
{
    QStringList cells{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"')
            cells.last() += line.at(++i);
        else if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            cells << QString();
        else
            cells.last() += c;
    }
    return cells;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void slide16InYen()
    {
        const Result r = run({u"compare"_s, slide16, u"--currency"_s, u"JPY"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
        // 0.11235 USD/h × 732 h = 82.2402 USD × 155 = 12,747.231 → 12,747 JPY
        QVERIFY2(r.out.contains(u"12,747"_s), qPrintable(r.out));
        // (2 × 0.05056 + 4 × 0.00553) USD/h × 732 h = 90.21168 USD × 155 = 13,982.81 → 13,982 JPY
        QVERIFY2(r.out.contains(u"13,982"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"$82.24"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"$90.21"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Total (JPY/month)"_s), qPrintable(r.out));
    }

    // A USD file asked for in JPY uses the deck's 155 and truncates; this run asks for USD
    // first, then JPY, on the same file.
    void currencyOverride()
    {
        const Result usd = run({u"compare"_s, slide16, u"--currency=USD"_s, u"--format"_s, u"json"_s});
        QVERIFY2(usd.exitCode == 0, qPrintable(describe(usd)));
        const QJsonObject usdRoot = QJsonDocument::fromJson(usd.out.toUtf8()).object();
        QCOMPARE(usdRoot.value(u"currency"_s).toObject().value(u"code"_s).toString(), u"USD"_s);
        QCOMPARE(usdRoot.value(u"currency"_s).toObject().value(u"perUsd"_s).toDouble(), 1.0);
        const QJsonArray options = usdRoot.value(u"options"_s).toArray();
        QCOMPARE(options.size(), 2);
        // In USD, "monthly" is the USD figure to the cent: 0.11235 USD/h × 732 h = 82.2402 USD
        // → 82.24; (2 × 0.05056 + 4 × 0.00553) USD/h × 732 h = 90.21168 USD → 90.21.
        const QJsonObject ec2 = options.at(0).toObject();
        const QJsonObject fargate = options.at(1).toObject();
        QCOMPARE(ec2.value(u"id"_s).toString(), u"ec2"_s);
        QCOMPARE(ec2.value(u"monthly"_s).toDouble(), 82.24);
        QCOMPARE(ec2.value(u"monthlyUsd"_s).toDouble(), 82.2402);
        QCOMPARE(fargate.value(u"id"_s).toString(), u"fargate"_s);
        QCOMPARE(fargate.value(u"monthly"_s).toDouble(), 90.21);
        QCOMPARE(fargate.value(u"monthlyUsd"_s).toDouble(), 90.21168);
    }

    void json()
    {
        const Result r = run({u"compare"_s, slide16, u"--currency"_s, u"JPY"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = document.object();
        for (const QString& key :
             {u"title"_s, u"region"_s, u"hours"_s, u"currency"_s, u"options"_s, u"storage"_s, u"security"_s})
            QVERIFY2(root.contains(key), qPrintable(key));
        QCOMPARE(root.value(u"region"_s).toString(), u"ap-northeast-1"_s);
        QCOMPARE(root.value(u"hours"_s).toDouble(), 732.0); // 30.5 days × 24 h
        const QJsonObject currency = root.value(u"currency"_s).toObject();
        QCOMPARE(currency.value(u"code"_s).toString(), u"JPY"_s);
        QCOMPARE(currency.value(u"perUsd"_s).toDouble(), 155.0);
        QCOMPARE(currency.value(u"rounding"_s).toString(), u"floor"_s);

        QList<double> monthly;
        QList<double> monthlyUsd;
        for (const QJsonValue& value : root.value(u"options"_s).toArray()) {
            const QJsonObject option = value.toObject();
            for (const QString& key :
                 {u"id"_s, u"label"_s, u"monthlyUsd"_s, u"monthly"_s, u"lineItems"_s, u"notes"_s})
                QVERIFY2(option.contains(key), qPrintable(key));
            QVERIFY(!option.value(u"id"_s).toString().isEmpty());
            for (const QJsonValue& item : option.value(u"lineItems"_s).toArray()) {
                for (const QString& key : {u"kind"_s, u"label"_s, u"monthlyUsd"_s})
                    QVERIFY2(item.toObject().contains(key), qPrintable(key));
            }
            monthly << option.value(u"monthly"_s).toDouble();
            monthlyUsd << option.value(u"monthlyUsd"_s).toDouble();
        }
        // The slide's two figures, USD and yen.
        QVERIFY2(monthly.contains(12747), qPrintable(r.out));
        QVERIFY2(monthly.contains(13982), qPrintable(r.out));
        QVERIFY2(monthlyUsd.contains(82.2402), qPrintable(r.out));
        QVERIFY2(monthlyUsd.contains(90.21168), qPrintable(r.out));
        for (const QString& list : {u"storage"_s, u"security"_s})
            QVERIFY(root.value(list).isArray());
    }

    void csv()
    {
        const Result r = run({u"compare"_s, slide16, u"--format"_s, u"csv"_s, u"--currency"_s, u"JPY"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        const QStringList header = lines.first().split(u',');
        QCOMPARE(header.first(), u"option_id"_s);
        QVERIFY(header.contains(u"compute_usd"_s));
        QVERIFY(header.contains(u"total_jpy"_s));
        QVERIFY(header.contains(u"total_usd"_s));
        const int jpy = int(header.indexOf(u"total_jpy"_s));
        const int usd = int(header.indexOf(u"total_usd"_s));
        QStringList totals;
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            totals << cells.value(jpy) + u'/' + cells.value(usd);
        }
        // Plain numbers: no grouping, no symbol.
        QVERIFY2(totals.contains(u"12747/82.2402"_s), qPrintable(r.out));
        QVERIFY2(totals.contains(u"13982/90.21168"_s), qPrintable(r.out));
    }

    // Short jobs in Tokyo, 730 h, in USD rounded to the cent (the rates from
    // resources/prices/ap-northeast-1.json):
    //   Lambda x86_64: 43,800 requests × 60 s × 2 GB = 5,256,000 GB-s × 0.0000166667
    //                  = 87.6001752 + 43,800 × 0.0000002 = 0.00876 → 87.6089352 USD ($87.61)
    //   Lambda arm64:  5,256,000 × 0.0000133334 = 70.0803504 + 0.00876 → 70.0891104 USD ($70.09)
    //   Batch on Fargate, 1 vCPU / 2 GB: 730 × (0.05056 + 2 × 0.00553) = 44.9826 USD ($44.98)
    //   the same on Fargate Spot, 70 % off: 44.9826 × 0.3 = 13.49478 USD ($13.49) ← cheapest
    void batchAndLambda()
    {
        const QString file = u"resources/scenarios/batch-and-lambda.json"_s;
        const Result table = run({u"compare"_s, file});
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
        const auto lineOf = [&](const QString& label) {
            for (const QString& line : lines)
                if (line.startsWith(label))
                    return line.simplified();
            return QString();
        };
        QVERIFY2(lineOf(u"Lambda (x86_64, 2 GB)"_s).contains(u"$87.61"_s), qPrintable(table.out));
        QVERIFY2(lineOf(u"Lambda (arm64, 2 GB)"_s).contains(u"$70.09"_s), qPrintable(table.out));
        QVERIFY2(lineOf(u"Batch on Fargate (1 vCPU, 2 GB)"_s).contains(u"$44.98"_s), qPrintable(table.out));
        const QString spot = lineOf(u"Batch on Fargate Spot (1 vCPU, 2 GB)"_s);
        QVERIFY2(spot.contains(u"$13.49"_s), qPrintable(table.out));
        QVERIFY2(spot.contains(u"cheapest"_s), qPrintable(table.out));
        QCOMPARE(table.out.count(u"cheapest"_s), 1);

        const Result json = run({u"compare"_s, file, u"--format=json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u"hours"_s).toDouble(), 730.0);
        QCOMPARE(root.value(u"cheapest"_s).toString(), u"batch-fargate-spot"_s);
        QMap<QString, QPair<double, double>> totals; // id → (monthly, monthlyUsd)
        for (const QJsonValue& value : root.value(u"options"_s).toArray())
            totals.insert(value[u"id"_s].toString(),
                          {value[u"monthly"_s].toDouble(), value[u"monthlyUsd"_s].toDouble()});
        QCOMPARE(totals.size(), 4);
        QCOMPARE(totals.value(u"lambda-x86"_s).first, 87.61);
        QCOMPARE(totals.value(u"lambda-x86"_s).second, 87.608935);
        QCOMPARE(totals.value(u"lambda-arm"_s).first, 70.09);
        QCOMPARE(totals.value(u"lambda-arm"_s).second, 70.08911);
        QCOMPARE(totals.value(u"batch-fargate"_s).first, 44.98);
        QCOMPARE(totals.value(u"batch-fargate"_s).second, 44.9826);
        QCOMPARE(totals.value(u"batch-fargate-spot"_s).first, 13.49);
        QCOMPARE(totals.value(u"batch-fargate-spot"_s).second, 13.49478);

        const Result csv = run({u"compare"_s, file, u"--format"_s, u"csv"_s});
        QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
        const QStringList rows = csv.out.split(u'\n', Qt::SkipEmptyParts);
        const QStringList header = csvCells(rows.value(0));
        QVERIFY2(!header.contains(u"total_jpy"_s), qPrintable(rows.value(0))); // a USD file: one total
        const int id = int(header.indexOf(u"option_id"_s));
        const int compute = int(header.indexOf(u"compute_usd"_s));
        const int requests = int(header.indexOf(u"requests_usd"_s));
        const int total = int(header.indexOf(u"total_usd"_s));
        QVERIFY(id == 0 && compute > 0 && requests > 0 && total > 0);
        QMap<QString, QStringList> cells;
        for (const QString& row : rows.mid(1))
            cells.insert(csvCells(row).value(id), csvCells(row));
        // Plain numbers, to the millionth of a dollar, no symbol, no grouping.
        QCOMPARE(cells.value(u"lambda-x86"_s).value(compute), u"87.600175"_s);
        QCOMPARE(cells.value(u"lambda-x86"_s).value(requests), u"0.00876"_s);
        QCOMPARE(cells.value(u"lambda-x86"_s).value(total), u"87.608935"_s);
        QCOMPARE(cells.value(u"lambda-arm"_s).value(total), u"70.08911"_s);
        QCOMPARE(cells.value(u"batch-fargate"_s).value(compute), u"44.9826"_s);
        QCOMPARE(cells.value(u"batch-fargate"_s).value(requests), u"0"_s);
        QCOMPARE(cells.value(u"batch-fargate"_s).value(total), u"44.9826"_s);
        QCOMPARE(cells.value(u"batch-fargate-spot"_s).value(total), u"13.49478"_s);
    }

    void regionOverride()
    {
        const Result r =
            run({u"compare"_s, slide16, u"--region"_s, u"us-east-1"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"region"_s).toString(),
                 u"us-east-1"_s);

        const Result bad = run({u"compare"_s, slide16, u"--region"_s, u"eu-west-9"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QCOMPARE(bad.err, u"container-compare: --region: unknown region \"eu-west-9\"; expected one of: "
                          "ap-northeast-1, us-east-1\n"_s);
    }

    // Every bad input: exit code 2, nothing on stdout, one line on stderr that names the file,
    // the JSON path and the problem.
    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // what follows "container-compare: FILE: "

        const QString dir = u"tests/data/scenarios/"_s;
        QTest::addRow("truncated") << dir + u"truncated.json"_s
                                   << u"syntax error at line 8, column 56: the file ends too early"_s;
        QTest::addRow("empty") << dir + u"empty.json"_s << u"file is empty"_s;
        QTest::addRow("random bytes")
            << dir + u"random-bytes.json"_s << u"syntax error at line 1, column 2: illegal value"_s;
        QTest::addRow("array") << dir + u"array.json"_s << u"$: expected a JSON object, found an array"_s;
        QTest::addRow("wrong type") << dir + u"wrong-type.json"_s
                                    << u"$.workload.tasks: expected a number, found a string"_s;
        QTest::addRow("negative size")
            << dir + u"negative-size.json"_s << u"$.workload.vcpu: must be greater than 0 and at most 192"_s;
        QTest::addRow("zero size") << dir + u"zero-size.json"_s
                                   << u"$.workload.memoryGiB: must be greater than 0 and at most 1536"_s;
        QTest::addRow("negative storage")
            << dir + u"negative-storage.json"_s
            << u"$.storage[0].sizeGiB: must be greater than 0 and at most 1048576"_s;
        QTest::addRow("absurd count")
            << dir + u"absurd-count.json"_s << u"$.workload.tasks: must be between 1 and 10000"_s;
        QTest::addRow("unknown service")
            << dir + u"unknown-service.json"_s
            << u"$.options[1].service: unknown service \"foo\"; expected one of: ecs, eks, lightsail, "
               "elastic-beanstalk, batch, app-runner, rosa, ec2-self-managed, lambda, ecs-express-mode, "
               "ecs-managed-instances, eks-auto-mode, eks-hybrid-nodes"_s;
        QTest::addRow("unknown region") << dir + u"unknown-region.json"_s
                                        << u"$.region: unknown region \"eu-west-9\"; expected one of: "
                                           "ap-northeast-1, us-east-1"_s;
        QTest::addRow("unsupported version")
            << dir + u"unsupported-version.json"_s
            << u"$.version: unsupported version 2; this build reads version 1"_s;
        QTest::addRow("not a scenario") << dir + u"not-a-scenario.json"_s
                                        << u"$.schema: expected \"container-compare/scenario\", found "
                                           "\"container-compare/catalog\""_s;
        QTest::addRow("missing file") << dir + u"no-such-scenario.json"_s << u"no such file"_s;
        QTest::addRow("folder") << dir << u"is a folder, not a scenario file"_s;
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QVERIFY(
            !QFileInfo::exists(QStringLiteral(CC_SOURCE_DIR "/tests/data/scenarios/no-such-scenario.json")));
        for (const QString& format : {u"table"_s, u"json"_s, u"csv"_s}) {
            const Result r = run({u"compare"_s, file, u"--format"_s, format});
            QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
            QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
            QVERIFY2(r.err.endsWith(u'\n') && r.err.count(u'\n') == 1, qPrintable(describe(r)));
            const QString prefix = u"container-compare: "_s + file + u": "_s;
            QVERIFY2(r.err.startsWith(prefix + expected), qPrintable(describe(r)));
        }
    }

    void version()
    {
        for (const QString& flag : {u"--version"_s, u"-v"_s}) {
            const Result r = run({flag});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QCOMPARE(r.out, u"container-compare " CC_VERSION "\n"_s);
            QVERIFY(r.err.isEmpty());
        }
    }

    void help()
    {
        for (const QString& flag : {u"--help"_s, u"-h"_s}) {
            const Result r = run({flag});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QVERIFY(r.err.isEmpty());
            QVERIFY2(r.out.contains(u"container-compare compare FILE"_s), qPrintable(r.out));
            QVERIFY2(r.out.contains(u"container-compare catalog"_s), qPrintable(r.out));
            // The rule for JPY without a rate in the file is stated.
            QVERIFY2(r.out.contains(u"155 JPY to the dollar"_s), qPrintable(r.out));
        }
        const Result r = run({u"compare"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--currency"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        QTest::addRow("unknown option") << QStringList{u"compare"_s, slide16, u"--colour"_s, u"red"_s}
                                        << u"container-compare: compare: unknown option --colour"_s;
        QTest::addRow("no file") << QStringList{u"compare"_s}
                                 << u"container-compare: compare: a scenario FILE is needed"_s;
        QTest::addRow("two files") << QStringList{u"compare"_s, slide16, slide16}
                                   << u"container-compare: compare: one scenario FILE at a time; unexpected "
                                      "\"resources/scenarios/slide16.json\""_s;
        QTest::addRow("option without value") << QStringList{u"compare"_s, slide16, u"--format"_s}
                                              << u"container-compare: compare: --format needs a value"_s;
        QTest::addRow("unknown catalog")
            << QStringList{u"catalog"_s, u"pizzas"_s}
            << u"container-compare: catalog: unknown kind \"pizzas\"; expected one "
               "of: services, runtimes, storage, security, iac"_s;
        QTest::addRow("version with arguments")
            << QStringList{u"--version"_s, u"now"_s} << u"container-compare: --version takes no arguments"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        const Result r = refused(arguments, firstLine);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.err.contains(u"Usage:"_s), qPrintable(r.err));
    }

    // One parser for every command and the window: the same rules and the same words.
    void sameRulesEverywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("firstLine");
        // "--option=value" is read by the window too (it used to call it an unknown option).
        QTest::addRow("window: joined value")
            << QStringList{u"--size=10x10"_s} << u"container-compare: --size takes WIDTHxHEIGHT, for example 1280x800"_s;
        QTest::addRow("window: missing value")
            << QStringList{u"--page"_s} << u"container-compare: --page needs a value"_s;
        // The window checks --lang as the commands do (it used to fall back to English).
        QTest::addRow("window: unknown language")
            << QStringList{u"--lang"_s, u"fr"_s}
            << u"container-compare: --lang: unknown language \"fr\"; expected one of: en, ja"_s;
        // An empty value is a missing one (compare used to call it an unknown format).
        QTest::addRow("compare: empty value")
            << QStringList{u"compare"_s, slide16, u"--format="_s} << u"container-compare: compare: --format needs a value"_s;
        // The missing value is named under the command (prices used to leave the command out).
        QTest::addRow("prices list: missing value")
            << QStringList{u"prices"_s, u"list"_s, u"--format"_s}
            << u"container-compare: prices list: --format needs a value"_s;
        QTest::addRow("prices update: missing value")
            << QStringList{u"prices"_s, u"update"_s, u"--region"_s}
            << u"container-compare: prices update: --region needs a value"_s;
        // An unknown option is one everywhere (prices update called it an unknown argument,
        // prices list an unexpected one).
        QTest::addRow("prices update: unknown option")
            << QStringList{u"prices"_s, u"update"_s, u"--all"_s, u"--fast"_s}
            << u"container-compare: prices update: unknown option --fast"_s;
        QTest::addRow("prices list: unknown option")
            << QStringList{u"prices"_s, u"list"_s, u"--fast"_s} << u"container-compare: prices list: unknown option --fast"_s;
        QTest::addRow("export: unknown option")
            << QStringList{u"export"_s, slide16, u"--colour=red"_s} << u"container-compare: export: unknown option --colour"_s;
        QTest::addRow("window: unknown option")
            << QStringList{slide16, u"--colour"_s} << u"container-compare: unknown option --colour"_s;
        // A bad --format value is one line in prices as in compare (prices added its usage).
        QTest::addRow("prices list: bad format")
            << QStringList{u"prices"_s, u"list"_s, u"--format=xml"_s}
            << u"container-compare: --format: unknown format \"xml\"; expected one of: table, json, csv"_s;
        // --lang is read before the mistake is reported, wherever it stands (compare used to
        // report a mistake in English and only then read --lang).
        QTest::addRow("compare: ja")
            << QStringList{u"compare"_s, slide16, u"--colour"_s, u"red"_s, u"--lang"_s, u"ja"_s}
            << u"container-compare: compare: 不明なオプション --colour です"_s;
        QTest::addRow("catalog: ja")
            << QStringList{u"catalog"_s, u"--format"_s, u"--lang=ja"_s}
            << u"container-compare: catalog: --format には値が必要です"_s;
        QTest::addRow("export: ja")
            << QStringList{u"export"_s, u"--lang"_s, u"ja"_s, u"--pdf"_s}
            << u"container-compare: export: --pdf には値が必要です"_s;
        QTest::addRow("prices: ja")
            << QStringList{u"prices"_s, u"update"_s, u"--all"_s, u"--fast"_s, u"--lang"_s, u"ja"_s}
            << u"container-compare: prices update: 不明なオプション --fast です"_s;
        QTest::addRow("window: ja")
            << QStringList{u"--lang=ja"_s, u"--colour"_s} << u"container-compare: 不明なオプション --colour です"_s;
    }

    void sameRulesEverywhere()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, firstLine);
        refused(arguments, firstLine);
    }

    // Each command's --help lists every option it takes (prices update used to refuse --help).
    void helpOfEachCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("options");
        QTest::addRow("compare") << QStringList{u"compare"_s}
                                 << QStringList{u"--format F"_s, u"--currency C"_s, u"--region R"_s,
                                                u"--regions LIST"_s, u"--lang L"_s};
        QTest::addRow("catalog") << QStringList{u"catalog"_s} << QStringList{u"--format F"_s, u"--lang L"_s};
        QTest::addRow("export") << QStringList{u"export"_s}
                                << QStringList{u"--pdf OUT"_s, u"--slides OUT"_s, u"--page-size S"_s,
                                               u"--landscape"_s, u"--lang L"_s};
        QTest::addRow("prices") << QStringList{u"prices"_s} << QStringList{u"--lang L"_s};
        QTest::addRow("prices import") << QStringList{u"prices"_s, u"import"_s} << QStringList{u"--lang L"_s};
        QTest::addRow("prices list") << QStringList{u"prices"_s, u"list"_s}
                                     << QStringList{u"--format F"_s, u"--lang L"_s};
        QTest::addRow("prices show") << QStringList{u"prices"_s, u"show"_s}
                                     << QStringList{u"--format F"_s, u"--lang L"_s};
        QTest::addRow("prices reset") << QStringList{u"prices"_s, u"reset"_s}
                                      << QStringList{u"--all"_s, u"--lang L"_s};
        QTest::addRow("prices update") << QStringList{u"prices"_s, u"update"_s}
                                       << QStringList{u"--region, --regions R[,R...]"_s, u"--all"_s,
                                                      u"--base-url URL"_s, u"--keep-downloads DIR"_s, u"--lang L"_s};
        QTest::addRow("window") << QStringList{u"mine.json"_s}
                                << QStringList{u"--screenshot OUT"_s, u"--page P"_s, u"--size WxH"_s,
                                               u"--theme T"_s, u"--chart C"_s, u"--details D"_s, u"--option ID"_s,
                                               u"--restore FILE"_s, u"--lang L"_s};
    }

    void helpOfEachCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, options);
        for (const QString& flag : {u"--help"_s, u"-h"_s}) {
            const Result r = run(arguments + QStringList{flag});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
            for (const QString& option : options)
                QVERIFY2(r.out.contains(u"\n  "_s + option + u' '), qPrintable(option + u"\n"_s + r.out));
            QVERIFY2(r.out.contains(u"\n  -h, --help "_s), qPrintable(r.out));
        }
    }

    // Help in Japanese with --lang ja: the options' descriptions too.
    void helpInJapanese()
    {
        const Result r = run({u"export"_s, u"--help"_s, u"--lang"_s, u"ja"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(u"export のオプション:"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  --landscape    レポートのページを横向きにします"_s), qPrintable(r.out));
    }

    // An unknown option before any command is the window's to refuse (it has options of its
    // own); it must still fail without printing anything on stdout.
    void unknownOptionWithoutCommand()
    {
        const Result r = run({u"--frobnicate"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"--frobnicate"_s), qPrintable(r.err));
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("format")
            << QStringList{u"compare"_s, slide16, u"--format"_s, u"xml"_s}
            << u"container-compare: --format: unknown format \"xml\"; expected one of: table, "
               "json, csv\n"_s;
        QTest::addRow("currency")
            << QStringList{u"compare"_s, slide16, u"--currency"_s, u"EUR"_s}
            << u"container-compare: --currency: unknown currency \"EUR\"; expected one of: "
               "USD, JPY\n"_s;
        QTest::addRow("catalog format")
            << QStringList{u"catalog"_s, u"--format=yaml"_s}
            << u"container-compare: --format: unknown format \"yaml\"; expected one "
               "of: table, json, csv\n"_s;
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Result r = run(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, expected);
    }

    // The export command is its own; here only that bad input is refused the same way.
    void exportOfAMissingFile()
    {
        const Result r = run({u"export"_s, u"tests/data/scenarios/no-such-scenario.json"_s, u"--pdf"_s,
                              QDir::temp().filePath(u"cc-never-written.pdf"_s)});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"container-compare: "_s), qPrintable(r.err));
    }

    void catalogServices()
    {
        const Result r = run({u"catalog"_s, u"services"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 9);
        QVERIFY2(lines.first().startsWith(u"Id"_s), qPrintable(lines.first()));
        QStringList ids;
        for (const QString& line : lines.mid(1))
            ids << line.section(u' ', 0, 0);
        for (const QString& id : {u"ecs"_s, u"eks"_s, u"lightsail"_s, u"app-runner"_s, u"lambda"_s})
            QVERIFY2(ids.contains(id), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Amazon ECS"_s) || r.out.contains(u"Amazon Elastic Container Service"_s),
                 qPrintable(r.out));
        // The category by its name, not its id.
        QVERIFY2(r.out.contains(u"Orchestrator"_s) && !r.out.contains(u" orchestrator"_s), qPrintable(r.out));
        const Result ja = run({u"catalog"_s, u"services"_s, u"--lang"_s, u"ja"_s});
        QVERIFY2(ja.exitCode == 0, qPrintable(describe(ja)));
        QVERIFY2(ja.out.contains(u"オーケストレーター"_s) && !ja.out.contains(u"orchestrator"_s), qPrintable(ja.out));
        QVERIFY2(ja.out.contains(u"Amazon EKS Hybrid Nodes"_s), qPrintable(ja.out));
    }

    void catalogFormats()
    {
        const Result json = run({u"catalog"_s, u"storage"_s, u"--format"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonArray entries =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"entries"_s).toArray();
        QStringList ids;
        for (const QJsonValue& entry : entries) {
            QCOMPARE(entry.toObject().value(u"kind"_s).toString(), u"storage"_s);
            QVERIFY(!entry.toObject().value(u"name"_s).toObject().value(u"en"_s).toString().isEmpty());
            ids << entry.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(ids.contains(u"ebs-gp3"_s) && ids.contains(u"efs-standard"_s), qPrintable(json.out));

        const Result csv = run({u"catalog"_s, u"--format=csv"_s});
        QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
        const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"kind,id,name_en,name_ja,category,doc_url"_s);
        QStringList kinds;
        for (const QString& line : lines.mid(1))
            kinds << line.section(u',', 0, 0);
        kinds.removeDuplicates();
        QCOMPARE(kinds, (QStringList{u"services"_s, u"runtimes"_s, u"storage"_s, u"security"_s, u"iac"_s}));
    }

    // A scenario written by the app is one the command line compares.
    void savedScenarioCompares()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"mine.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema": "container-compare/scenario", "version": 1, "title": "Mine",
                       "region": "us-east-1", "period": {"hours": 730},
                       "workload": {"tasks": 3, "vcpu": 1, "memoryGiB": 2},
                       "options": [{"id": "f", "service": "ecs", "runtime": "fargate"}]})");
        file.close();
        const Result r = run({u"compare"_s, path, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(u"title"_s).toString(), u"Mine"_s);
        QCOMPARE(root.value(u"options"_s).toArray().size(), 1);
        QCOMPARE(root.value(u"options"_s).toArray().at(0).toObject().value(u"id"_s).toString(), u"f"_s);

        // The file is in USD and has no yen rate: JPY is shown at the deck's 155, truncated.
        const Result yen = run({u"compare"_s, path, u"--format"_s, u"json"_s, u"--currency"_s, u"JPY"_s});
        QVERIFY2(yen.exitCode == 0, qPrintable(describe(yen)));
        const QJsonObject yenRoot = QJsonDocument::fromJson(yen.out.toUtf8()).object();
        const QJsonObject currency = yenRoot.value(u"currency"_s).toObject();
        QCOMPARE(currency.value(u"code"_s).toString(), u"JPY"_s);
        QCOMPARE(currency.value(u"perUsd"_s).toDouble(), 155.0);
        QCOMPARE(currency.value(u"rounding"_s).toString(), u"floor"_s);
        const QJsonObject option = yenRoot.value(u"options"_s).toArray().at(0).toObject();
        // 3 tasks × 730 h × (1 × 0.04048 + 2 × 0.004445) USD/h = 3 × 36.0401 = 108.1203 USD
        // (us-east-1 Fargate, x86_64) × 155 = 16,758.6465 → 16,758 JPY, truncated.
        QCOMPARE(option.value(u"monthlyUsd"_s).toDouble(), 108.1203);
        QCOMPARE(option.value(u"monthly"_s).toDouble(), 16758.0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
