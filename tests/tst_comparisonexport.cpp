// JSON, CSV and the terminal table of a hand-built comparison. The figures are the deck's
// slide 16 (Tokyo, 30.5 days × 24 h = 732 h, 1 USD = 155 JPY, truncated to the yen):
//   EC2 c7i.large: 0.11235 USD/h × 732 h = 82.2402 USD; × 155 = 12,747.231 → 12,747 JPY
//   Fargate 2 vCPU / 4 GB: 2 × 0.05056 × 732 = 74.01984 USD and 4 × 0.00553 × 732 = 16.19184 USD,
//     together 90.21168 USD; × 155 = 13,982.8104 → 13,982 JPY
// and, beside them, an option with an unknown price and one that cannot run the workload.
#include "ComparisonExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

CurrencySettings yen()
{
    return CurrencySettings{u"JPY"_s, 155, u"floor"_s};
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

Comparison slide16()
{
    Comparison c;
    c.title = u"Slide 16"_s;
    c.region = u"ap-northeast-1"_s;
    c.hours = 732;

    OptionResult ec2;
    ec2.id = u"ec2"_s;
    ec2.label = u"EC2 (c7i.large)"_s;
    ec2.service = u"ec2-self-managed"_s;
    ec2.runtime = u"ec2"_s;
    ec2.region = c.region;
    ec2.instanceType = u"c7i.large"_s;
    ec2.instances = 1;
    ec2.taskVcpu = 2;
    ec2.taskMemoryGiB = 4;
    ec2.lineItems << LineItem{LineKind::Compute, u"c7i.large × 1 × 732 h × 0.11235 USD/h"_s, 0.11235 * 732};
    c.options << ec2;

    OptionResult fargate;
    fargate.id = u"fargate"_s;
    fargate.label = u"ECS on Fargate"_s;
    fargate.service = u"ecs"_s;
    fargate.runtime = u"fargate"_s;
    fargate.region = c.region;
    fargate.taskVcpu = 2;
    fargate.taskMemoryGiB = 4;
    fargate.lineItems << LineItem{LineKind::Compute, u"2 vCPU × 732 h × 0.05056 USD"_s, 2 * 0.05056 * 732}
                      << LineItem{LineKind::Compute, u"4 GB × 732 h × 0.00553 USD"_s, 4 * 0.00553 * 732};
    c.options << fargate;

    // EKS control plane 0.10 USD/h × 732 h = 73.2 USD (marked an estimate here to see the mark);
    // the nodes' price is unknown, so there is no total.
    OptionResult eks;
    eks.id = u"eks"_s;
    eks.label = u"EKS on EC2"_s;
    eks.service = u"eks"_s;
    eks.runtime = u"ec2"_s;
    eks.region = c.region;
    eks.lineItems << LineItem{LineKind::Compute, u"m7i.large nodes"_s, 0, false, false}
                  << LineItem{LineKind::ControlPlane, u"1 cluster × 732 h × 0.10 USD"_s, 73.2, true, true};
    eks.notes << Note{NoteLevel::Warning, u"No published price for m7i.large, so no total"_s};
    c.options << eks;

    OptionResult appRunner;
    appRunner.id = u"app-runner"_s;
    appRunner.label = u"App Runner"_s;
    appRunner.service = u"app-runner"_s;
    appRunner.region = c.region;
    appRunner.available = false;
    appRunner.notes << Note{NoteLevel::Unavailable, u"App Runner is closed to new customers"_s};
    c.options << appRunner;

    // EFS Standard 100 GB × 0.36 USD = 36 USD; × 155 = 5,580 JPY.
    StorageResult efs;
    efs.id = u"shared"_s;
    efs.type = u"efs-standard"_s;
    efs.sizeGiB = 100;
    efs.monthlyUsd = 36;
    efs.estimate = true;
    efs.label = u"EFS Standard 100 GB"_s;
    c.storage << efs;

    SecurityResult guardDuty;
    guardDuty.id = u"runtime"_s;
    guardDuty.service = u"guardduty-runtime"_s;
    guardDuty.known = false;
    guardDuty.label = u"GuardDuty runtime monitoring"_s;
    c.security << guardDuty;
    return c;
}

} // namespace

class TestComparisonExport : public QObject
{
    Q_OBJECT

private slots:
    void json()
    {
        const QByteArray bytes = ComparisonExport::toJson(slide16(), yen());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"title"_s).toString(), u"Slide 16"_s);
        QCOMPARE(root.value(u"region"_s).toString(), u"ap-northeast-1"_s);
        QCOMPARE(root.value(u"hours"_s).toDouble(), 732.0);
        const QJsonObject currency = root.value(u"currency"_s).toObject();
        QCOMPARE(currency.value(u"code"_s).toString(), u"JPY"_s);
        QCOMPARE(currency.value(u"perUsd"_s).toDouble(), 155.0);
        QCOMPARE(currency.value(u"rounding"_s).toString(), u"floor"_s);
        QCOMPARE(root.value(u"cheapest"_s).toString(), u"ec2"_s);

        const QJsonArray options = root.value(u"options"_s).toArray();
        QCOMPARE(options.size(), 4);
        const QJsonObject ec2 = options.at(0).toObject();
        QCOMPARE(ec2.value(u"id"_s).toString(), u"ec2"_s);
        QCOMPARE(ec2.value(u"label"_s).toString(), u"EC2 (c7i.large)"_s);
        QCOMPARE(ec2.value(u"monthlyUsd"_s).toDouble(), 82.2402);
        QCOMPARE(ec2.value(u"monthly"_s).toDouble(), 12747.0);
        QCOMPARE(ec2.value(u"known"_s).toBool(), true);
        QCOMPARE(ec2.value(u"instanceType"_s).toString(), u"c7i.large"_s);
        const QJsonArray items = ec2.value(u"lineItems"_s).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"kind"_s).toString(), u"compute"_s);
        QCOMPARE(items.at(0).toObject().value(u"label"_s).toString(),
                 u"c7i.large × 1 × 732 h × 0.11235 USD/h"_s);
        QCOMPARE(items.at(0).toObject().value(u"monthlyUsd"_s).toDouble(), 82.2402);
        QCOMPARE(ec2.value(u"notes"_s).toArray(), QJsonArray());

        const QJsonObject fargate = options.at(1).toObject();
        QCOMPARE(fargate.value(u"monthlyUsd"_s).toDouble(), 90.21168);
        QCOMPARE(fargate.value(u"monthly"_s).toDouble(), 13982.0);
        QCOMPARE(fargate.value(u"lineItems"_s).toArray().size(), 2);

        // Unknown is null and "known": false, never 0.
        const QJsonObject eks = options.at(2).toObject();
        QVERIFY(eks.value(u"monthlyUsd"_s).isNull());
        QVERIFY(eks.value(u"monthly"_s).isNull());
        QCOMPARE(eks.value(u"known"_s).toBool(), false);
        QCOMPARE(eks.value(u"estimate"_s).toBool(), true);
        const QJsonObject unknownNodes = eks.value(u"lineItems"_s).toArray().at(0).toObject();
        QVERIFY(unknownNodes.value(u"monthlyUsd"_s).isNull());
        QCOMPARE(unknownNodes.value(u"known"_s).toBool(), false);
        const QJsonObject controlPlane = eks.value(u"lineItems"_s).toArray().at(1).toObject();
        QCOMPARE(controlPlane.value(u"kind"_s).toString(), u"control-plane"_s);
        QCOMPARE(controlPlane.value(u"monthlyUsd"_s).toDouble(), 73.2);
        QCOMPARE(controlPlane.value(u"monthly"_s).toDouble(), 11346.0); // 73.2 × 155 = 11,346
        QCOMPARE(eks.value(u"notes"_s).toArray(),
                 QJsonArray{u"No published price for m7i.large, so no total"_s});

        const QJsonObject appRunner = options.at(3).toObject();
        QCOMPARE(appRunner.value(u"available"_s).toBool(), false);
        QVERIFY(appRunner.value(u"monthlyUsd"_s).isNull());

        const QJsonArray storage = root.value(u"storage"_s).toArray();
        QCOMPARE(storage.size(), 1);
        QCOMPARE(storage.at(0).toObject().value(u"id"_s).toString(), u"shared"_s);
        QCOMPARE(storage.at(0).toObject().value(u"type"_s).toString(), u"efs-standard"_s);
        QCOMPARE(storage.at(0).toObject().value(u"monthlyUsd"_s).toDouble(), 36.0);
        QCOMPARE(storage.at(0).toObject().value(u"monthly"_s).toDouble(), 5580.0);
        const QJsonArray security = root.value(u"security"_s).toArray();
        QCOMPARE(security.at(0).toObject().value(u"service"_s).toString(), u"guardduty-runtime"_s);
        QVERIFY(security.at(0).toObject().value(u"monthlyUsd"_s).isNull());
        QCOMPARE(security.at(0).toObject().value(u"known"_s).toBool(), false);

        // The documented keys come first, in the documented order.
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.startsWith(
            u"{\n  \"title\": \"Slide 16\",\n  \"region\": \"ap-northeast-1\",\n  \"hours\": 732,\n"
            "  \"currency\": {\n"_s));
        QVERIFY(text.indexOf(u"\"options\""_s) < text.indexOf(u"\"storage\""_s));
        QVERIFY(text.indexOf(u"\"storage\""_s) < text.indexOf(u"\"security\""_s));
    }

    void noCheapestIsNull()
    {
        Comparison c = slide16();
        c.options.remove(0, 2);
        const QJsonObject root = ComparisonExport::toJsonObject(c, yen());
        QVERIFY(root.value(u"cheapest"_s).isNull());
    }

    void csv()
    {
        const QString expected =
            u"option_id,label,service,runtime,region,instance_type,instances,task_vcpu,task_memory_gib,"
            u"available,"
            "known,estimate,compute_usd,control_plane_usd,service_fee_usd,over_provisioning_usd,storage_usd,"
            "security_usd,requests_usd,total_jpy,total_usd,notes,fit,reasons\n"
            "ec2,EC2 "
            "(c7i.large),ec2-self-managed,ec2,ap-northeast-1,c7i.large,1,2,4,true,true,false,82.2402,0,0,0,"
            "0,0,0,12747,82.2402,,fits,\n"
            "fargate,ECS on "
            "Fargate,ecs,fargate,ap-northeast-1,,,2,4,true,true,false,90.21168,0,0,0,0,0,0,13982,"
            "90.21168,,fits,\n"
            "eks,EKS on EC2,eks,ec2,ap-northeast-1,,,,,true,false,true,,73.2,0,0,0,0,0,,,"
            "\"No published price for m7i.large, so no total\",fits,\n"
            "app-runner,App Runner,app-runner,,ap-northeast-1,,,,,false,true,false,,,,,,,,,,"
            "App Runner is closed to new customers,cannot-run,\n"_s;
        QCOMPARE(QString::fromUtf8(ComparisonExport::toCsv(slide16(), yen())), expected);
    }

    void csvInUsdHasOneTotal()
    {
        const QStringList header = ComparisonExport::csvHeader(CurrencySettings{});
        QCOMPARE(header.count(u"total_usd"_s), 1);
        QVERIFY(!header.contains(u"total_jpy"_s));
        const QString firstRow =
            QString::fromUtf8(ComparisonExport::toCsv(slide16(), CurrencySettings{})).section(u'\n', 1, 1);
        // The total, the (empty) notes, the fit and its (empty) reasons.
        QVERIFY2(firstRow.endsWith(u",82.2402,,fits,"_s), qPrintable(firstRow));
    }

    void tabSeparatedForSpreadsheets()
    {
        const QString text = QString::fromUtf8(ComparisonExport::toCsv(slide16(), yen(), u'\t'));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).split(u'\t').size(), ComparisonExport::csvHeader(yen()).size());
        // A comma needs no quotes between tabs.
        QVERIFY(lines.at(3).endsWith(u"\tNo published price for m7i.large, so no total\tfits\t"_s));
    }

    void csvField()
    {
        const QChar comma(u',');
        QCOMPARE(ComparisonExport::csvField(u"plain"_s, comma), u"plain"_s);
        QCOMPARE(ComparisonExport::csvField(u"a, b"_s, comma), u"\"a, b\""_s);
        QCOMPARE(ComparisonExport::csvField(u"say \"hi\""_s, comma), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(ComparisonExport::csvField(u"two\nlines"_s, comma), u"\"two\nlines\""_s);
    }

    void plainNumbers()
    {
        QCOMPARE(ComparisonExport::plainNumber(12747), u"12747"_s);
        QCOMPARE(ComparisonExport::plainNumber(82.24), u"82.24"_s);
        QCOMPARE(ComparisonExport::plainNumber(0.000001), u"0.000001"_s);
        QCOMPARE(ComparisonExport::plainNumber(1.23456789), u"1.234568"_s);
        QCOMPARE(ComparisonExport::plainNumber(1e12), u"1000000000000"_s);
        QCOMPARE(ComparisonExport::plainNumber(-0.0), u"0"_s);
        QCOMPARE(ComparisonExport::cleanUsd(0.11235 * 732), 82.2402);
    }

    void table()
    {
        const QString expected =
            u"Slide 16\n"
            "ap-northeast-1 · 732 hours · JPY a month · 1 USD = 155 JPY, rounded down\n"
            "\n"
            "Option           Compute  Control plane  Total (JPY/month)  Total (USD/month)\n"
            "EC2 (c7i.large)   12,747              -            ¥12,747             $82.24  "
            "← cheapest\n"
            "ECS on Fargate    13,982              -            ¥13,982             $90.21\n"
            "EKS on EC2       unknown        ~11,346            unknown            unknown\n"
            "App Runner             -              -                n/a                n/a  "
            "x cannot run this workload\n"
            "\n"
            "~ includes a price that is an estimate, not a confirmed published rate\n"
            "unknown: no published price; it is left out rather than counted as 0\n"
            "\n"
            "Notes\n"
            "  EKS on EC2\n"
            "    ! No published price for m7i.large, so no total\n"
            "  App Runner\n"
            "    x App Runner is closed to new customers\n"
            "\n"
            "Storage  Type          Size GiB  JPY a month  USD a month\n"
            "shared   efs-standard       100       ~5,580       ~36.00\n"
            "\n"
            "Security  Service            JPY a month  USD a month\n"
            "runtime   guardduty-runtime      unknown      unknown\n"_s;
        const QString actual = ComparisonExport::toTable(slide16(), yen(), english());
        QCOMPARE(actual, expected);
    }

    void tableInUsd()
    {
        const QString text = ComparisonExport::toTable(slide16(), CurrencySettings{}, english());
        QVERIFY2(text.contains(u"Total (USD/month)"_s), qPrintable(text));
        QCOMPARE(text.count(u"Total ("_s), 1);
        QVERIFY2(text.contains(u"82.24"_s), qPrintable(text));
        QVERIFY2(text.contains(u"$90.21"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"1 USD ="_s), qPrintable(text));
    }

    // Japanese labels take two columns a character; the columns still line up.
    void tableAlignsWideCharacters()
    {
        QCOMPARE(ComparisonExport::displayWidth(u"ECS"_s), 3);
        QCOMPARE(ComparisonExport::displayWidth(u"ファーゲート"_s), 12);
        Comparison c = slide16();
        c.options[1].label = u"ECS (ファーゲート)"_s; // 6 + 12 = 18 columns, 12 characters
        const QStringList lines = ComparisonExport::toTable(c, yen(), english()).split(u'\n');
        const QString header = lines.at(3);
        const QString fargate = lines.at(5);
        const int totalEnd = header.indexOf(u"Total (JPY/month)"_s) + 17;
        QVERIFY2(ComparisonExport::displayWidth(fargate.left(fargate.indexOf(u"¥13,982"_s) + 7)) == totalEnd,
                 qPrintable(header + u'\n' + fargate));
    }
};

QTEST_MAIN(TestComparisonExport)
#include "tst_comparisonexport.moc"
