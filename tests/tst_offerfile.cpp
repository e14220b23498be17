// The AWS Price List import: the streaming offer-file reader, the mapping of every product we
// read, the traps it leaves out, tiers, bad input, and the imported books it writes and merges
// over the shipped ones. Every offer file is small, written here in the real files' shape
// (AWS's `"key" : value` spacing, products before terms, Reserved terms, attributesList), and
// every expected number is a literal of the file the test wrote.
#include "Catalog.h"
#include "Comparison.h"
#include "CostModel.h"
#include "OfferFileReader.h"
#include "PriceBook.h"
#include "PriceBookLoader.h"
#include "PriceBookStore.h"
#include "PriceListMapping.h"
#include "Scenario.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Dim
{
    QString usd;
    QString begin = u"0"_s;
    QString end = u"Inf"_s;
    QString unit = u"Hrs"_s;
};

struct Product
{
    QString sku;
    QString family;
    QList<QPair<QString, QString>> attributes;
    QList<Dim> onDemand;
    bool reserved = false; // adds a Reserved term with an upfront fee
};

QString quoted(const QString& s)
{
    QString escaped = s;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u"\""_s + escaped + u"\""_s;
}

QString productJson(const Product& p)
{
    QString attributes;
    for (const auto& [name, value] : p.attributes)
        attributes += (attributes.isEmpty() ? u""_s : u",\n"_s) + u"        "_s + quoted(name) + u" : "_s + quoted(value);
    return u"    "_s + quoted(p.sku) + u" : {\n      \"sku\" : "_s + quoted(p.sku) + u",\n      \"productFamily\" : "_s
           + quoted(p.family) + u",\n      \"attributes\" : {\n"_s + attributes + u"\n      }\n    }"_s;
}

QString termJson(const Product& p, const QList<Dim>& dims, const QString& code, const QString& termAttributes)
{
    QString dimensions;
    int i = 0;
    for (const Dim& d : dims) {
        const QString rate = p.sku + u"."_s + code + u".RATE"_s + QString::number(i++);
        dimensions += (dimensions.isEmpty() ? u""_s : u",\n"_s) + u"          "_s + quoted(rate) + u" : {\n"_s
                      + u"            \"rateCode\" : "_s + quoted(rate) + u",\n"_s
                      + u"            \"description\" : \"a price\",\n"_s
                      + (d.begin.isEmpty() ? u""_s : u"            \"beginRange\" : "_s + quoted(d.begin) + u",\n"_s)
                      + (d.end.isEmpty() ? u""_s : u"            \"endRange\" : "_s + quoted(d.end) + u",\n"_s)
                      + u"            \"unit\" : "_s + quoted(d.unit) + u",\n"_s
                      + u"            \"pricePerUnit\" : {\n              \"USD\" : "_s + d.usd + u"\n            },\n"_s
                      + u"            \"appliesTo\" : [ ]\n          }"_s;
    }
    return u"      "_s + quoted(p.sku + u"."_s + code) + u" : {\n        \"offerTermCode\" : "_s + quoted(code)
           + u",\n        \"sku\" : "_s + quoted(p.sku) + u",\n        \"effectiveDate\" : \"2026-10-01T00:00:00Z\",\n"_s
           + u"        \"priceDimensions\" : {\n"_s + dimensions + u"\n        },\n        \"termAttributes\" : { "_s
           + termAttributes + u" }\n      }"_s;
}

// dims are written as given; a price is a JSON string ("\"0.05\"") unless the test says otherwise.
QByteArray offerFile(const QString& offerCode, const QList<Product>& products, bool termsFirst = false)
{
    QString productText;
    QString onDemand;
    QString reserved;
    for (const Product& p : products) {
        productText += (productText.isEmpty() ? u""_s : u",\n"_s) + productJson(p);
        if (!p.onDemand.isEmpty())
            onDemand += (onDemand.isEmpty() ? u""_s : u",\n"_s) + u"    "_s + quoted(p.sku) + u" : {\n"_s
                        + termJson(p, p.onDemand, u"JRTCKXETXF"_s, {}) + u"\n    }"_s;
        if (p.reserved) {
            const QList<Dim> dims = {Dim{u"\"0.0300000000\""_s}, Dim{u"\"250\""_s, {}, {}, u"Quantity"_s}};
            reserved += (reserved.isEmpty() ? u""_s : u",\n"_s) + u"    "_s + quoted(p.sku) + u" : {\n"_s
                        + termJson(p, dims, u"6QCMYABX3D"_s,
                                   u"\"LeaseContractLength\" : \"1yr\", \"OfferingClass\" : \"standard\", "
                                   "\"PurchaseOption\" : \"All Upfront\""_s)
                        + u"\n    }"_s;
        }
    }
    const QString header = u"{\n  \"formatVersion\" : \"v1.0\",\n  \"disclaimer\" : \"This pricing list is for informational purposes only.\",\n"
                           "  \"offerCode\" : "_s + quoted(offerCode) + u",\n  \"version\" : \"20261001000000\",\n"
                           "  \"publicationDate\" : \"2026-10-01T00:00:00Z\",\n"_s;
    const QString productsPart = u"  \"products\" : {\n"_s + productText + u"\n  }"_s;
    const QString termsPart = u"  \"terms\" : {\n    \"OnDemand\" : {\n"_s + onDemand + u"\n    },\n    \"Reserved\" : {\n"_s
                              + reserved + u"\n    }\n  }"_s;
    const QString body = termsFirst ? termsPart + u",\n"_s + productsPart : productsPart + u",\n"_s + termsPart;
    return (header + body + u",\n  \"attributesList\" : { }\n}\n"_s).toUtf8();
}

Dim price(const QString& usd, const QString& unit = u"Hrs"_s)
{
    return Dim{u"\""_s + usd + u"\""_s, u"0"_s, u"Inf"_s, unit};
}

// The on-demand Linux c7i.large of N. Virginia (no usagetype prefix there), 0.08925 USD/h.
Product c7iLarge()
{
    return {u"GOODSKU7I"_s,
            u"Compute Instance"_s,
            {{u"servicecode"_s, u"AmazonEC2"_s},
             {u"location"_s, u"US East (N. Virginia)"_s},
             {u"locationType"_s, u"AWS Region"_s},
             {u"regionCode"_s, u"us-east-1"_s},
             {u"instanceType"_s, u"c7i.large"_s},
             {u"vcpu"_s, u"2"_s},
             {u"memory"_s, u"4 GiB"_s},
             {u"physicalProcessor"_s, u"Intel Xeon Scalable (Sapphire Rapids)"_s},
             {u"tenancy"_s, u"Shared"_s},
             {u"operatingSystem"_s, u"Linux"_s},
             {u"licenseModel"_s, u"No License required"_s},
             {u"usagetype"_s, u"BoxUsage:c7i.large"_s},
             {u"operation"_s, u"RunInstances"_s},
             {u"capacitystatus"_s, u"Used"_s},
             {u"preInstalledSw"_s, u"NA"_s},
             {u"marketoption"_s, u"OnDemand"_s}},
            {price(u"0.0892500000"_s)},
            true};
}

// p with attribute name set to value (added when absent).
Product with(Product p, const QString& sku, const QList<QPair<QString, QString>>& changes, const QString& usd)
{
    p.sku = sku;
    p.reserved = false;
    for (const auto& [name, value] : changes) {
        auto it = std::find_if(p.attributes.begin(), p.attributes.end(), [&](const auto& a) { return a.first == name; });
        if (it == p.attributes.end())
            p.attributes.append({name, value});
        else
            it->second = value;
    }
    p.onDemand = {price(usd)};
    return p;
}

// A small product of a service file: region prefix APN1 (Tokyo) on the usagetype.
Product tokyo(const QString& sku, const QString& family, const QString& usagetype,
              const QList<QPair<QString, QString>>& extra, const QList<Dim>& dims)
{
    Product p{sku, family, {{u"location"_s, u"Asia Pacific (Tokyo)"_s}, {u"regionCode"_s, u"ap-northeast-1"_s},
                            {u"usagetype"_s, usagetype}}, dims, false};
    p.attributes += extra;
    return p;
}

std::optional<OfferImport> readBytes(const QByteArray& bytes, LoadError* error, const QString& name = u"offer.json"_s)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return OfferFileReader::read(buffer, name, PriceListMapping::builtin(), error);
}

const Price* findPrice(const OfferImport& offer, const QString& key)
{
    for (const Price& p : offer.prices) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Product)

class TestOfferFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PriceBookStore::directory()).removeRecursively();
    }
    void cleanup() { QDir(PriceBookStore::directory()).removeRecursively(); }

    void mappingFileLoads()
    {
        const PriceListMapping& m = PriceListMapping::builtin();
        QCOMPARE(m.offerCodes(),
                 QStringList({u"AmazonECS"_s, u"AmazonEKS"_s, u"AWSLambda"_s, u"AmazonS3"_s, u"AmazonEFS"_s, u"AmazonEC2"_s}));
        QCOMPARE(m.japaneseRegionName(u"ap-northeast-3"_s), u"アジアパシフィック (大阪)"_s);
        // Every key the mapping gives is a key of the price-book format.
        for (const OfferMapping& o : m.offers()) {
            for (const PriceRule& r : o.prices)
                QVERIFY2(PriceBook::knownUnits().contains(r.unit), qPrintable(r.key));
        }
    }

    // One row per mapping rule: a file with that product (and a near miss) gives that price.
    void everyMappingRow_data()
    {
        QTest::addColumn<QString>("offer");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("usagetype");
        QTest::addColumn<QStringList>("attributes"); // name=value
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("usd");
        QTest::addColumn<double>("expected");
        const QString ecs = u"AmazonECS"_s;
        QTest::newRow("fargate x86 vCPU") << ecs << u"Compute"_s << u"APN1-Fargate-vCPU-Hours:perCPU"_s << QStringList()
                                          << u"fargate.linux-x86.vcpu-hour"_s << u"0.0505600000"_s << 0.05056;
        QTest::newRow("fargate x86 GB") << ecs << u"Compute"_s << u"APN1-Fargate-GB-Hours"_s << QStringList()
                                        << u"fargate.linux-x86.gb-hour"_s << u"0.0055300000"_s << 0.00553;
        QTest::newRow("fargate arm vCPU") << ecs << u"Compute"_s << u"APN1-Fargate-ARM-vCPU-Hours:perCPU"_s << QStringList()
                                          << u"fargate.linux-arm.vcpu-hour"_s << u"0.0404500000"_s << 0.04045;
        QTest::newRow("fargate arm GB") << ecs << u"Compute"_s << u"APN1-Fargate-ARM-GB-Hours"_s << QStringList()
                                        << u"fargate.linux-arm.gb-hour"_s << u"0.0044200000"_s << 0.00442;
        QTest::newRow("fargate windows vCPU") << ecs << u"Compute"_s << u"APN1-Fargate-Windows-vCPU-Hours:perCPU"_s
                                              << QStringList() << u"fargate.windows.vcpu-hour"_s << u"0.0914800000"_s << 0.09148;
        QTest::newRow("fargate windows OS fee") << ecs << u"Compute"_s << u"APN1-Fargate-Windows-OS-Hours:perCPU"_s
                                                << QStringList() << u"fargate.windows.os-fee-vcpu-hour"_s << u"0.0460000000"_s
                                                << 0.046;
        QTest::newRow("fargate windows GB") << ecs << u"Compute"_s << u"APN1-Fargate-Windows-GB-Hours"_s << QStringList()
                                            << u"fargate.windows.gb-hour"_s << u"0.0100500000"_s << 0.01005;
        QTest::newRow("fargate ephemeral") << ecs << u"Compute"_s << u"APN1-Fargate-EphemeralStorage-GB-Hours"_s
                                           << QStringList() << u"fargate.ephemeral.gb-hour"_s << u"0.0001330000"_s << 0.000133;
        QTest::newRow("ecs anywhere") << ecs << u"Compute"_s << u"APN1-ECS-Anywhere-Instance-hours"_s << QStringList()
                                      << u"ecs-anywhere.instance-hour"_s << u"0.0102500000"_s << 0.01025;
        QTest::newRow("eks cluster") << u"AmazonEKS"_s << u"Compute"_s << u"APN1-AmazonEKS-Hours:perCluster"_s
                                     << QStringList() << u"eks.cluster-hour.standard"_s << u"0.1000000000"_s << 0.1;
        QTest::newRow("lambda x86") << u"AWSLambda"_s << u"Serverless"_s << u"APN1-Lambda-GB-Second"_s
                                    << QStringList({u"group=AWS-Lambda-Duration"_s}) << u"lambda.x86_64.gb-second"_s
                                    << u"0.0000166667"_s << 0.0000166667;
        QTest::newRow("lambda arm") << u"AWSLambda"_s << u"Serverless"_s << u"APN1-Lambda-GB-Second-ARM"_s
                                    << QStringList({u"group=AWS-Lambda-Duration-ARM"_s}) << u"lambda.arm64.gb-second"_s
                                    << u"0.0000133334"_s << 0.0000133334;
        QTest::newRow("lambda requests") << u"AWSLambda"_s << u"Serverless"_s << u"APN1-Request"_s
                                         << QStringList({u"group=AWS-Lambda-Requests"_s}) << u"lambda.request"_s
                                         << u"0.0000002000"_s << 0.0000002;
        QTest::newRow("s3 standard") << u"AmazonS3"_s << u"Storage"_s << u"APN1-TimedStorage-ByteHrs"_s
                                     << QStringList({u"volumeType=Standard"_s, u"storageClass=General Purpose"_s})
                                     << u"storage.s3-standard.gb-month"_s << u"0.0250000000"_s << 0.025;
        QTest::newRow("s3 standard-ia") << u"AmazonS3"_s << u"Storage"_s << u"APN1-TimedStorage-SIA-ByteHrs"_s
                                        << QStringList({u"volumeType=Standard - Infrequent Access"_s})
                                        << u"storage.s3-standard-ia.gb-month"_s << u"0.0138000000"_s << 0.0138;
        QTest::newRow("efs standard") << u"AmazonEFS"_s << u"Storage"_s << u"APN1-TimedStorage-ByteHrs"_s
                                      << QStringList({u"storageClass=General Purpose"_s})
                                      << u"storage.efs-standard.gb-month"_s << u"0.3600000000"_s << 0.36;
        QTest::newRow("efs one zone") << u"AmazonEFS"_s << u"Storage"_s << u"APN1-TimedStorage-Z-ByteHrs"_s
                                      << QStringList({u"storageClass=One Zone-General Purpose"_s})
                                      << u"storage.efs-one-zone.gb-month"_s << u"0.1920000000"_s << 0.192;
        QTest::newRow("efs ia") << u"AmazonEFS"_s << u"Storage"_s << u"APN1-IATimedStorage-ByteHrs"_s
                                << QStringList({u"storageClass=Infrequent Access"_s}) << u"storage.efs-ia.gb-month"_s
                                << u"0.0250000000"_s << 0.025;
        QTest::newRow("ebs gp3") << u"AmazonEC2"_s << u"Storage"_s << u"APN1-EBS:VolumeUsage.gp3"_s
                                 << QStringList({u"volumeApiName=gp3"_s}) << u"storage.ebs-gp3.gb-month"_s
                                 << u"0.0960000000"_s << 0.096;
        QTest::newRow("ebs gp2") << u"AmazonEC2"_s << u"Storage"_s << u"APN1-EBS:VolumeUsage.gp2"_s
                                 << QStringList({u"volumeApiName=gp2"_s}) << u"storage.ebs-gp2.gb-month"_s
                                 << u"0.1200000000"_s << 0.12;
        QTest::newRow("ebs io2") << u"AmazonEC2"_s << u"Storage"_s << u"APN1-EBS:VolumeUsage.io2"_s
                                 << QStringList({u"volumeApiName=io2"_s}) << u"storage.ebs-io2.gb-month"_s
                                 << u"0.1420000000"_s << 0.142;
    }
    void everyMappingRow()
    {
        QFETCH(QString, offer);
        QFETCH(QString, family);
        QFETCH(QString, usagetype);
        QFETCH(QStringList, attributes);
        QFETCH(QString, key);
        QFETCH(QString, usd);
        QFETCH(double, expected);
        QList<QPair<QString, QString>> extra;
        for (const QString& a : attributes)
            extra.append({a.section(u'=', 0, 0), a.section(u'=', 1)});
        const Product wanted = tokyo(u"SKUWANTED1"_s, family, usagetype, extra, {price(usd, u"Units"_s)});
        // A near miss: the same usagetype with another prefix word is not ours.
        const Product other = tokyo(u"SKUOTHER01"_s, family, u"APN1-Other-"_s + usagetype.mid(5), extra,
                                    {price(u"9.9900000000"_s)});
        // The free tier (location Any, usagetype Global-…) is never a regional price.
        Product global = tokyo(u"SKUGLOBAL1"_s, family, u"Global-"_s + usagetype.mid(5), extra, {price(u"0.0000000000"_s)});
        LoadError error;
        const std::optional<OfferImport> result = readBytes(offerFile(offer, {other, wanted, global}), &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->offerCode, offer);
        QCOMPARE(result->region, u"ap-northeast-1"_s);
        QCOMPARE(result->location, u"Asia Pacific (Tokyo)"_s);
        QCOMPARE(result->version, u"20261001000000"_s);
        QCOMPARE(result->asOf(), u"2026-10-01"_s);
        QCOMPARE(result->products, qint64(3));
        QCOMPARE(result->prices.size(), 1);
        QCOMPARE(result->prices.constFirst().key, key);
        QCOMPARE(result->prices.constFirst().usd, expected);
    }

    void instanceTypes()
    {
        Product graviton = with(c7iLarge(), u"GOODSKU7G"_s,
                                {{u"instanceType"_s, u"c7g.xlarge"_s}, {u"usagetype"_s, u"BoxUsage:c7g.xlarge"_s},
                                 {u"vcpu"_s, u"4"_s}, {u"memory"_s, u"8 GiB"_s},
                                 {u"physicalProcessor"_s, u"AWS Graviton3 Processor"_s}},
                                u"0.1450000000"_s);
        Product metal = with(c7iLarge(), u"GOODSKUMTL"_s,
                             {{u"instanceType"_s, u"c7i.metal-48xl"_s}, {u"usagetype"_s, u"BoxUsage:c7i.metal-48xl"_s},
                              {u"vcpu"_s, u"192"_s}, {u"memory"_s, u"384 GiB"_s}},
                             u"8.5680000000"_s);
        metal.family = u"Compute Instance (bare metal)"_s;
        Product gpu = with(c7iLarge(), u"GOODSKUG5X"_s,
                           {{u"instanceType"_s, u"g5.xlarge"_s}, {u"usagetype"_s, u"BoxUsage:g5.xlarge"_s},
                            {u"vcpu"_s, u"4"_s}, {u"memory"_s, u"16 GiB"_s}, {u"gpu"_s, u"1"_s},
                            {u"gpuMemory"_s, u"24 GiB"_s}},
                           u"1.0060000000"_s);
        Product big = with(c7iLarge(), u"GOODSKUX8G"_s,
                           {{u"instanceType"_s, u"x8g.48xlarge"_s}, {u"usagetype"_s, u"BoxUsage:x8g.48xlarge"_s},
                            {u"vcpu"_s, u"192"_s}, {u"memory"_s, u"3,072 GiB"_s},
                            {u"physicalProcessor"_s, u"AWS Graviton4 Processor"_s}},
                           u"18.6720000000"_s);
        LoadError error;
        const auto result = readBytes(offerFile(u"AmazonEC2"_s, {c7iLarge(), graviton, metal, gpu, big}), &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->region, u"us-east-1"_s);
        QCOMPARE(result->instanceTypes.size(), 5);
        const InstanceType& c7g = result->instanceTypes.at(0); // sorted by type
        QCOMPARE(c7g.type, u"c7g.xlarge"_s);
        QCOMPARE(c7g.arch, u"arm64"_s);
        QCOMPARE(c7g.vcpu, 4.0);
        QCOMPARE(c7g.memoryGiB, 8.0);
        QCOMPARE(c7g.onDemand.usd, 0.145);
        const InstanceType& c7i = result->instanceTypes.at(1);
        QCOMPARE(c7i.type, u"c7i.large"_s);
        QCOMPARE(c7i.arch, u"x86_64"_s);
        QCOMPARE(c7i.onDemand.usd, 0.08925);
        QCOMPARE(c7i.onDemand.unit, u"USD/hour"_s);
        QCOMPARE(result->instanceTypes.at(2).type, u"c7i.metal-48xl"_s);
        QCOMPARE(result->instanceTypes.at(2).vcpu, 192.0);
        QCOMPARE(result->instanceTypes.at(3).gpus, 1);
        QCOMPARE(result->instanceTypes.at(4).memoryGiB, 3072.0);
    }

    // Each trap sits beside the real on-demand product of the same type with a price of its
    // own: the import keeps 0.08925 and nothing else; alone, the trap is no usable product.
    void traps_data()
    {
        QTest::addColumn<Product>("trap");
        const Product good = c7iLarge();
        QTest::newRow("capacity block 0.00 twin")
            << with(good, u"TRAPCB"_s, {{u"marketoption"_s, u"CapacityBlock"_s}, {u"operation"_s, u"RunInstances:CB"_s}},
                    u"0.0000000000"_s);
        QTest::newRow("capacity block twin, same operation")
            << with(good, u"TRAPCB2"_s, {{u"marketoption"_s, u"CapacityBlock"_s}}, u"0.0000000000"_s);
        QTest::newRow("unused capacity reservation")
            << with(good, u"TRAPUCR"_s,
                    {{u"capacitystatus"_s, u"UnusedCapacityReservation"_s}, {u"usagetype"_s, u"UnusedBox:c7i.large"_s}},
                    u"0.0892500000"_s);
        QTest::newRow("allocated capacity reservation")
            << with(good, u"TRAPACR"_s,
                    {{u"capacitystatus"_s, u"AllocatedCapacityReservation"_s}, {u"usagetype"_s, u"Reservation:c7i.large"_s}},
                    u"0.0000000000"_s);
        QTest::newRow("allocated capacity reservation, BoxUsage")
            << with(good, u"TRAPACR2"_s, {{u"capacitystatus"_s, u"AllocatedCapacityReservation"_s}}, u"0.0000000000"_s);
        QTest::newRow("windows") << with(good, u"TRAPWIN"_s,
                                         {{u"operatingSystem"_s, u"Windows"_s}, {u"operation"_s, u"RunInstances:0002"_s}},
                                         u"0.1812500000"_s);
        QTest::newRow("rhel") << with(good, u"TRAPRHEL"_s,
                                      {{u"operatingSystem"_s, u"RHEL"_s}, {u"operation"_s, u"RunInstances:0010"_s}},
                                      u"0.1181200000"_s);
        QTest::newRow("suse") << with(good, u"TRAPSUSE"_s,
                                      {{u"operatingSystem"_s, u"SUSE"_s}, {u"operation"_s, u"RunInstances:000g"_s}},
                                      u"0.1452500000"_s);
        QTest::newRow("ubuntu pro") << with(good, u"TRAPUPRO"_s,
                                            {{u"operatingSystem"_s, u"Ubuntu Pro"_s}, {u"operation"_s, u"RunInstances:0g00"_s}},
                                            u"0.0962500000"_s);
        QTest::newRow("sql server on linux")
            << with(good, u"TRAPSQL"_s, {{u"preInstalledSw"_s, u"SQL Web"_s}, {u"operation"_s, u"RunInstances:0200"_s}},
                    u"0.1012500000"_s);
        QTest::newRow("linux operation with SQL") << with(good, u"TRAPSQL2"_s, {{u"preInstalledSw"_s, u"SQL Std"_s}},
                                                          u"0.5692500000"_s);
        QTest::newRow("bring your own licence")
            << with(good, u"TRAPBYOL"_s,
                    {{u"licenseModel"_s, u"Bring your own license"_s}, {u"operation"_s, u"RunInstances:0800"_s}},
                    u"0.0892500000"_s);
        QTest::newRow("dedicated") << with(good, u"TRAPDED"_s,
                                           {{u"tenancy"_s, u"Dedicated"_s}, {u"usagetype"_s, u"DedicatedUsage:c7i.large"_s}},
                                           u"0.0981800000"_s);
        QTest::newRow("dedicated, BoxUsage") << with(good, u"TRAPDED2"_s, {{u"tenancy"_s, u"Dedicated"_s}}, u"0.0981800000"_s);
        QTest::newRow("host") << with(good, u"TRAPHOST"_s,
                                      {{u"tenancy"_s, u"Host"_s}, {u"usagetype"_s, u"HostBoxUsage:c7i.large"_s}},
                                      u"0.0000000000"_s);
        QTest::newRow("host, BoxUsage") << with(good, u"TRAPHOST2"_s, {{u"tenancy"_s, u"Host"_s}}, u"0.0000000000"_s);
        Product transfer{u"TRAPDT"_s,
                         u"Data Transfer"_s,
                         {{u"servicecode"_s, u"AWSDataTransfer"_s},
                          {u"transferType"_s, u"AWS Outbound"_s},
                          {u"fromLocation"_s, u"US East (N. Virginia)"_s},
                          {u"fromRegionCode"_s, u"us-east-1"_s},
                          {u"usagetype"_s, u"DataTransfer-Out-Bytes"_s},
                          {u"operation"_s, u""_s}},
                         {price(u"0.0900000000"_s, u"GB"_s)},
                         false};
        QTest::newRow("data transfer") << transfer;
        QTest::newRow("data transfer in a compute product")
            << with(good, u"TRAPDT2"_s, {{u"servicecode"_s, u"AWSDataTransfer"_s}}, u"0.0200000000"_s);
        QTest::newRow("local zone")
            << with(good, u"TRAPLZ"_s,
                    {{u"locationType"_s, u"AWS Local Zone"_s}, {u"location"_s, u"US East (Boston)"_s},
                     {u"regionCode"_s, u"us-east-1-bos-1"_s}, {u"usagetype"_s, u"BOS1-BoxUsage:c7i.large"_s}},
                    u"0.1070000000"_s);
        QTest::newRow("spot market option") << with(good, u"TRAPSPOT"_s, {{u"marketoption"_s, u"Spot"_s}}, u"0.0300000000"_s);
    }
    void traps()
    {
        QFETCH(Product, trap);
        LoadError error;
        // The trap both before and after the real product: order does not matter.
        for (const QList<Product>& products : {QList<Product>{trap, c7iLarge()}, QList<Product>{c7iLarge(), trap}}) {
            const auto result = readBytes(offerFile(u"AmazonEC2"_s, products), &error);
            QVERIFY2(result, qPrintable(error.toString()));
            QCOMPARE(result->instanceTypes.size(), 1);
            QCOMPARE(result->instanceTypes.constFirst().type, u"c7i.large"_s);
            QCOMPARE(result->instanceTypes.constFirst().onDemand.usd, 0.08925);
            QVERIFY(result->prices.isEmpty());
        }
        QVERIFY(!readBytes(offerFile(u"AmazonEC2"_s, {trap}), &error));
        QCOMPARE(error.path, u"$.products"_s);
        QVERIFY2(error.message.startsWith(u"no usable product"_s), qPrintable(error.message));
    }

    void reservedTermsAreIgnored()
    {
        // c7iLarge() carries a Reserved term of 0.03 USD/h with a 250 USD upfront fee.
        LoadError error;
        const auto result = readBytes(offerFile(u"AmazonEC2"_s, {c7iLarge()}), &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->instanceTypes.constFirst().onDemand.usd, 0.08925);
    }

    // A file of several read blocks (256 KiB each): products and prices that straddle a block
    // boundary come out whole.
    void manyBlocks()
    {
        QList<Product> products;
        for (int i = 0; i < 700; ++i) {
            const QString type = u"m%1x.%2xlarge"_s.arg(i / 10).arg(i % 10 + 1);
            products << with(c7iLarge(), u"SKU%1"_s.arg(i, 6, 10, QLatin1Char('0')),
                             {{u"instanceType"_s, type}, {u"usagetype"_s, u"BoxUsage:"_s + type},
                              {u"physicalProcessor"_s, u"Intel Xeon Scalable (Sapphire Rapids), a long processor name "
                                                       "that makes the product a little longer"_s}},
                             u"%1"_s.arg(1 + i / 1000.0, 0, 'f', 10));
            products << with(c7iLarge(), u"WIN%1"_s.arg(i, 6, 10, QLatin1Char('0')),
                             {{u"instanceType"_s, type}, {u"usagetype"_s, u"BoxUsage:"_s + type},
                              {u"operatingSystem"_s, u"Windows"_s}, {u"operation"_s, u"RunInstances:0002"_s}},
                             u"9.0000000000"_s);
        }
        const QByteArray bytes = offerFile(u"AmazonEC2"_s, products);
        QVERIFY(bytes.size() > 4 * 256 * 1024);
        LoadError error;
        const auto result = readBytes(bytes, &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->instanceTypes.size(), 700);
        QCOMPARE(result->products, qint64(1400));
        for (const InstanceType& t : result->instanceTypes) {
            const QString number = t.type.section(u'.', 0, 0).mid(1).chopped(1);
            const int i = number.toInt() * 10 + t.type.section(u'.', 1).chopped(6).toInt() - 1;
            QCOMPARE(t.onDemand.usd, 1 + i / 1000.0);
            QCOMPARE(t.vcpu, 2.0);
            QCOMPARE(t.memoryGiB, 4.0);
        }
    }

    void termsBeforeProductsOnAStream()
    {
        // A network reply cannot be read twice: terms before products are refused there.
        class Stream : public QIODevice
        {
        public:
            explicit Stream(QByteArray data)
                : m_data(std::move(data))
            {
            }
            bool isSequential() const override { return true; }
            qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

        protected:
            qint64 readData(char* out, qint64 max) override
            {
                const qint64 n = std::min(max, m_data.size() - m_at);
                memcpy(out, m_data.constData() + m_at, size_t(n));
                m_at += n;
                return n;
            }
            qint64 writeData(const char*, qint64) override { return -1; }

        private:
            QByteArray m_data;
            qint64 m_at = 0;
        };
        Stream stream(offerFile(u"AmazonEC2"_s, {c7iLarge()}, true));
        stream.open(QIODevice::ReadOnly);
        LoadError error;
        QVERIFY(!OfferFileReader::read(stream, u"reply"_s, PriceListMapping::builtin(), &error));
        QVERIFY2(error.path == u"$.terms"_s, qPrintable(error.toString()));
        QVERIFY2(error.message.contains(u"cannot be read twice"_s), qPrintable(error.message));
        // In the usual order, a stream is read in its one pass.
        Stream ordered(offerFile(u"AmazonEC2"_s, {c7iLarge()}));
        ordered.open(QIODevice::ReadOnly);
        const auto result = OfferFileReader::read(ordered, u"reply"_s, PriceListMapping::builtin(), &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->instanceTypes.constFirst().onDemand.usd, 0.08925);
    }

    // A process's output is a stream whose bytes come later than the first read asks.
    void fromAProcess()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"ec2.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(offerFile(u"AmazonEC2"_s, {c7iLarge()}));
        file.close();
        QProcess process;
        process.start(u"sh"_s, {u"-c"_s, u"sleep 0.3; cat \"$0\""_s, file.fileName()});
        QVERIFY(process.waitForStarted());
        LoadError error;
        const auto result = OfferFileReader::read(process, u"ec2.json"_s, PriceListMapping::builtin(), &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->instanceTypes.constFirst().onDemand.usd, 0.08925);
        process.waitForFinished();
    }

    void termsBeforeProducts()
    {
        LoadError error;
        const QByteArray bytes = offerFile(u"AmazonEC2"_s, {c7iLarge()}, true);
        QVERIFY(bytes.indexOf("\"terms\"") < bytes.indexOf("\"products\""));
        const auto result = readBytes(bytes, &error);
        QVERIFY2(result, qPrintable(error.toString()));
        QCOMPARE(result->instanceTypes.constFirst().onDemand.usd, 0.08925);
    }

    void tiers()
    {
        // Lambda x86: 6 and 9 billion GB-seconds, written out of order; S3 Standard in GB.
        const QList<Dim> lambda = {Dim{u"\"0.0000150000\""_s, u"6000000000"_s, u"15000000000"_s, u"Lambda-GB-Second"_s},
                                   Dim{u"\"0.0000166667\""_s, u"0"_s, u"6000000000"_s, u"Lambda-GB-Second"_s},
                                   Dim{u"\"0.0000133334\""_s, u"15000000000"_s, u"Inf"_s, u"Lambda-GB-Second"_s}};
        LoadError error;
        auto result = readBytes(offerFile(u"AWSLambda"_s, {tokyo(u"LAMBDA1"_s, u"Serverless"_s, u"APN1-Lambda-GB-Second"_s,
                                                                 {{u"group"_s, u"AWS-Lambda-Duration"_s}}, lambda)}),
                                &error);
        QVERIFY2(result, qPrintable(error.toString()));
        const Price* p = findPrice(*result, u"lambda.x86_64.gb-second"_s);
        QVERIFY(p);
        QCOMPARE(p->tiers.size(), 3);
        QCOMPARE(p->usd, 0.0000166667);
        QCOMPARE(p->tiers[0].upTo.value(), 6e9);
        QCOMPARE(p->tiers[0].usd, 0.0000166667);
        QCOMPARE(p->tiers[1].upTo.value(), 15e9);
        QCOMPARE(p->tiers[1].usd, 0.000015);
        QVERIFY(!p->tiers[2].upTo);
        QCOMPARE(p->tiers[2].usd, 0.0000133334);

        const QList<Dim> s3 = {Dim{u"\"0.0250000000\""_s, u"0"_s, u"51200"_s, u"GB-Mo"_s},
                               Dim{u"\"0.0240000000\""_s, u"51200"_s, u"512000"_s, u"GB-Mo"_s},
                               Dim{u"\"0.0230000000\""_s, u"512000"_s, u"Inf"_s, u"GB-Mo"_s}};
        result = readBytes(offerFile(u"AmazonS3"_s, {tokyo(u"S3STD"_s, u"Storage"_s, u"APN1-TimedStorage-ByteHrs"_s,
                                                           {{u"volumeType"_s, u"Standard"_s},
                                                            {u"storageClass"_s, u"General Purpose"_s}},
                                                           s3)}),
                           &error);
        QVERIFY2(result, qPrintable(error.toString()));
        p = findPrice(*result, u"storage.s3-standard.gb-month"_s);
        QVERIFY(p);
        QCOMPARE(p->tiers.size(), 3);
        QCOMPARE(p->tiers[0].upTo.value(), 51200.0);
        QCOMPARE(p->tiers[1].upTo.value(), 512000.0);
        QCOMPARE(p->tiers[2].usd, 0.023);

        // Tiers that leave a gap are refused, naming the term.
        const QList<Dim> gap = {Dim{u"\"0.0250000000\""_s, u"0"_s, u"51200"_s, u"GB-Mo"_s},
                                Dim{u"\"0.0230000000\""_s, u"60000"_s, u"Inf"_s, u"GB-Mo"_s}};
        QVERIFY(!readBytes(offerFile(u"AmazonS3"_s, {tokyo(u"S3GAP"_s, u"Storage"_s, u"APN1-TimedStorage-ByteHrs"_s,
                                                          {{u"volumeType"_s, u"Standard"_s},
                                                           {u"storageClass"_s, u"General Purpose"_s}},
                                                          gap)}),
                           &error));
        QCOMPARE(error.path, u"$.terms.OnDemand.S3GAP"_s);
        QVERIFY2(error.message.contains(u"do not follow"_s), qPrintable(error.message));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const Product fargate = tokyo(u"FGVCPU"_s, u"Compute"_s, u"APN1-Fargate-vCPU-Hours:perCPU"_s, {},
                                      {price(u"0.0505600000"_s)});
        const QByteArray good = offerFile(u"AmazonECS"_s, {fargate});
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"byte %1"_s.arg(good.size() / 2)
                                   << u"the file ends early"_s;
        QTest::newRow("empty") << QByteArray() << QString() << u"the file is empty"_s;
        QTest::newRow("not json") << QByteArray("PK\x03\x04 not json") << u"byte 0"_s << u"not valid JSON"_s;
        QTest::newRow("not an offer file") << QByteArray(R"({"schema": "container-compare/scenario", "version": 1})")
                                           << u"$"_s << u"not an AWS Price List offer file"_s;
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << u"$"_s << u"the top level is an array"_s;
        QTest::newRow("savings plans file")
            << QByteArray(R"({"version": "1", "publicationDate": "2026-10-01T00:00:00Z", "regionCode": "us-east-1",
                             "products": [{"sku": "X", "productFamily": "EC2InstanceSavingsPlans"}], "terms": {}})")
            << u"$.products"_s << u"Savings Plans file"_s;
        QByteArray rds = good;
        rds.replace("\"AmazonECS\"", "\"AmazonRDS\"");
        QTest::newRow("offer we do not map") << rds << u"$.offerCode"_s << u"offer \"AmazonRDS\" is not one we import"_s;
        const Product other = tokyo(u"OTHER1"_s, u"Compute"_s, u"APN1-ECS-EC2-vCPU-Hours"_s, {}, {price(u"0.0000000000"_s)});
        QTest::newRow("no usable product") << offerFile(u"AmazonECS"_s, {other}) << u"$.products"_s
                                           << u"no usable product: none of its 1 products"_s;
        QByteArray text = good;
        text.replace("\"0.0505600000\"", "\"0.05O56\"");
        QTest::newRow("price not a number")
            << text << u"$.terms.OnDemand.FGVCPU.FGVCPU.JRTCKXETXF.priceDimensions.FGVCPU.JRTCKXETXF.RATE0.pricePerUnit.USD"_s
            << u"the price \"0.05O56\" is not a number"_s;
        QByteArray number = good;
        number.replace("\"0.0505600000\"", "0.05056");
        QTest::newRow("price a JSON number")
            << number << u"$.terms.OnDemand.FGVCPU.FGVCPU.JRTCKXETXF.priceDimensions.FGVCPU.JRTCKXETXF.RATE0.pricePerUnit.USD"_s
            << u"must be a decimal string"_s;
        QByteArray twice = offerFile(u"AmazonECS"_s, {fargate, fargate});
        QTest::newRow("duplicate SKU") << twice << u"$.products.FGVCPU"_s << u"duplicate SKU FGVCPU"_s;
        Product osaka = fargate;
        osaka.sku = u"FGOSAKA"_s;
        osaka.attributes[1].second = u"ap-northeast-3"_s;
        QTest::newRow("two regions") << offerFile(u"AmazonECS"_s, {fargate, osaka})
                                     << u"$.products.FGOSAKA.attributes.regionCode"_s << u"products of two regions"_s;
        Product twin = fargate;
        twin.sku = u"FGTWIN"_s;
        QTest::newRow("two products give one key") << offerFile(u"AmazonECS"_s, {fargate, twin}) << u"$.products.FGTWIN"_s
                                                   << u"SKU FGVCPU and SKU FGTWIN both give fargate.linux-x86.vcpu-hour"_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(QString, message);
        LoadError error;
        QVERIFY(!readBytes(bytes, &error, u"AmazonECS-ap-northeast-1.json"_s));
        QCOMPARE(error.file, u"AmazonECS-ap-northeast-1.json"_s);
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    }

    // An imported book: written to the application data folder, read back by the price-book
    // loader, merged over the shipped book key by key, for a shipped region and a new one.
    void importWritesAndMerges()
    {
        QVERIFY(PriceBookStore::directory().contains(u"qttest"_s)); // never the real data folder
        const Product fargate = tokyo(u"FGVCPU"_s, u"Compute"_s, u"APN1-Fargate-vCPU-Hours:perCPU"_s, {},
                                      {price(u"0.0511100000"_s)});
        LoadError error;
        auto offer = readBytes(offerFile(u"AmazonECS"_s, {fargate}), &error, u"AmazonECS-tokyo.json"_s);
        QVERIFY2(offer, qPrintable(error.toString()));
        const PriceBook imported = PriceBookStore::applyImport(std::nullopt, *offer, u"アジアパシフィック (東京)"_s);
        QString problem;
        QVERIFY2(PriceBookStore::write(imported, &problem), qPrintable(problem));
        const auto reloaded = PriceBookStore::importedBook(u"ap-northeast-1"_s, &error);
        QVERIFY2(reloaded, qPrintable(error.toString()));
        QCOMPARE(reloaded->prices.size(), 1);
        QCOMPARE(reloaded->prices.constFirst().usd, 0.05111);
        QCOMPARE(reloaded->prices.constFirst().confidence, Confidence::Confirmed);
        const PriceSource* source = reloaded->source(reloaded->prices.constFirst().source);
        QVERIFY(source);
        QCOMPARE(source->id, u"AmazonECS-20261001000000"_s);
        QCOMPARE(source->version, u"20261001000000"_s);
        QCOMPARE(source->publicationDate, u"2026-10-01T00:00:00Z"_s);
        QCOMPARE(source->file, u"AmazonECS-tokyo.json"_s);
        QCOMPARE(source->url,
                 u"https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/20261001000000/ap-northeast-1/index.json"_s);

        const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped());
        const PriceBook* tokyoBook = books.region(u"ap-northeast-1"_s);
        QVERIFY(tokyoBook);
        // The imported key wins; a key the import did not have keeps the shipped value and mark.
        QCOMPARE(tokyoBook->price(u"fargate.linux-x86.vcpu-hour"_s)->usd, 0.05111);
        const Price* shippedGb = PriceBooks::shipped().region(u"ap-northeast-1"_s)->price(u"fargate.linux-x86.gb-hour"_s);
        QCOMPARE(tokyoBook->price(u"fargate.linux-x86.gb-hour"_s)->usd, shippedGb->usd);
        QCOMPARE(tokyoBook->price(u"fargate.linux-x86.gb-hour"_s)->source, shippedGb->source);
        QCOMPARE(tokyoBook->instanceTypes.size(), PriceBooks::shipped().region(u"ap-northeast-1"_s)->instanceTypes.size());
        QCOMPARE(tokyoBook->regionName.en, u"Asia Pacific (Tokyo)"_s);
        QCOMPARE(books.region(u"us-east-1"_s)->prices.size(), PriceBooks::shipped().region(u"us-east-1"_s)->prices.size());
    }

    void importNewRegion()
    {
        Product osaka = tokyo(u"FGOSAKA"_s, u"Compute"_s, u"APN3-Fargate-vCPU-Hours:perCPU"_s, {},
                              {price(u"0.0505600000"_s)});
        osaka.attributes[0].second = u"Asia Pacific (Osaka)"_s;
        osaka.attributes[1].second = u"ap-northeast-3"_s;
        Product c7i = with(c7iLarge(), u"OSAKAC7I"_s,
                           {{u"location"_s, u"Asia Pacific (Osaka)"_s}, {u"regionCode"_s, u"ap-northeast-3"_s},
                            {u"usagetype"_s, u"APN3-BoxUsage:c7i.large"_s}},
                           u"0.1123500000"_s);
        LoadError error;
        const auto ecs = readBytes(offerFile(u"AmazonECS"_s, {osaka}), &error);
        QVERIFY2(ecs, qPrintable(error.toString()));
        const auto ec2 = readBytes(offerFile(u"AmazonEC2"_s, {c7i}), &error);
        QVERIFY2(ec2, qPrintable(error.toString()));
        const QString ja = PriceListMapping::builtin().japaneseRegionName(u"ap-northeast-3"_s);
        PriceBook book = PriceBookStore::applyImport(std::nullopt, *ecs, ja);
        book = PriceBookStore::applyImport(book, *ec2, ja);
        QString problem;
        QVERIFY2(PriceBookStore::write(book, &problem), qPrintable(problem));
        // Written atomically: no temporary file is left beside the book.
        QCOMPARE(QDir(PriceBookStore::directory()).entryList(QDir::Files), QStringList({u"ap-northeast-3.json"_s}));

        const PriceBooks books = PriceBookStore::effective(PriceBooks::shipped());
        QCOMPARE(books.regions(), QStringList({u"ap-northeast-1"_s, u"ap-northeast-3"_s, u"us-east-1"_s}));
        const PriceBook* b = books.region(u"ap-northeast-3"_s);
        QCOMPARE(b->regionName.en, u"Asia Pacific (Osaka)"_s);
        QCOMPARE(b->regionName.ja, u"アジアパシフィック (大阪)"_s);
        QCOMPARE(b->price(u"fargate.linux-x86.vcpu-hour"_s)->usd, 0.05056);
        QCOMPARE(b->instanceType(u"c7i.large"_s)->onDemand.usd, 0.11235);
        QCOMPARE(b->sources.size(), 2);

        // A failed read changes nothing on disk.
        const QByteArray before = [] {
            QFile f(PriceBookStore::fileName(u"ap-northeast-3"_s));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        QByteArray broken = offerFile(u"AmazonECS"_s, {osaka});
        QVERIFY(!readBytes(broken.left(broken.size() - 40), &error));
        QFile f(PriceBookStore::fileName(u"ap-northeast-3"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);

        // Reset: the shipped books alone again.
        QVERIFY(PriceBookStore::reset(u"ap-northeast-3"_s, &problem));
        QCOMPARE(PriceBookStore::effective(PriceBooks::shipped()).regions(),
                 QStringList({u"ap-northeast-1"_s, u"us-east-1"_s}));
    }

    void tieredCost()
    {
        Price p;
        p.tiers = {{6e9, 0.0000166667}, {15e9, 0.000015}, {std::nullopt, 0.0000133334}};
        p.usd = 0.0000166667;
        QList<TierUse> uses;
        // Inside the first tier: as untiered.
        QCOMPARE(p.costOf(1e6, &uses), 1e6 * 0.0000166667);
        QCOMPARE(uses.size(), 1);
        // 20 billion GB-s: 6 billion at the first rate, 9 at the second, 5 at the last.
        QCOMPARE(p.costOf(20e9, &uses), 6e9 * 0.0000166667 + 9e9 * 0.000015 + 5e9 * 0.0000133334);
        QCOMPARE(uses.size(), 3);
        QCOMPARE(uses[1].quantity, 9e9);
        QCOMPARE(Price::arithmetic(uses), u"6000000000 × 0.0000166667 + 9000000000 × 0.000015 + 5000000000 × 0.0000133334"_s);
    }

    // The shipped us-east-1 book carries Lambda's published duration tiers, and the cost model
    // prices a very large workload across them, showing the arithmetic in the line.
    void lambdaAcrossTiers()
    {
        const Price* x86 = PriceBooks::shipped().region(u"us-east-1"_s)->price(u"lambda.x86_64.gb-second"_s);
        QCOMPARE(x86->tiers.size(), 3);
        QCOMPARE(x86->tiers[0].upTo.value(), 6e9);
        QCOMPARE(x86->tiers[1].upTo.value(), 15e9);
        QCOMPARE(x86->tiers[2].usd, 0.0000133334);
        const Price* arm = PriceBooks::shipped().region(u"us-east-1"_s)->price(u"lambda.arm64.gb-second"_s);
        QCOMPARE(arm->tiers[0].upTo.value(), 7.5e9);
        QCOMPARE(arm->tiers[1].upTo.value(), 18.75e9);

        QTemporaryDir dir;
        QFile file(dir.filePath(u"lambda.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 1 billion requests × 2 s × 10 GiB = 20 billion GB-seconds a month.
        file.write(R"({"schema": "container-compare/scenario", "version": 1, "title": "Big Lambda",
            "region": "us-east-1", "period": {"hours": 730},
            "workload": {"tasks": 1, "vcpu": 1, "memoryGiB": 10, "arch": "x86_64", "os": "linux",
                         "requestsPerMonth": 1000000000, "avgDurationMs": 2000},
            "options": [{"id": "fn", "service": "lambda"}], "storage": [], "security": []})");
        file.close();
        LoadError error;
        const std::optional<Scenario> scenario = ScenarioFile::read(file.fileName(), &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        const Comparison c = CostModel::evaluate(*scenario, Catalog::builtin(), PriceBooks::shipped(), Language::English);
        const LineItem& duration = c.options.constFirst().lineItems.constFirst();
        QCOMPARE(duration.monthlyUsd, 6e9 * 0.0000166667 + 9e9 * 0.000015 + 5e9 * 0.0000133334);
        QVERIFY2(duration.label.contains(u"6000000000 × 0.0000166667 + 9000000000 × 0.000015"_s), qPrintable(duration.label));
    }

    // S3 Standard's published volume bands in both shipped books (50 TB = 51,200 GB and
    // 500 TB = 512,000 GB, as the Price List's beginRange/endRange give them), and Tokyo's
    // Lambda x86 duration bands; a 600,000 GB bucket is priced across all three bands.
    void shippedS3AndTokyoLambdaTiers()
    {
        const PriceBook* tokyo = PriceBooks::shipped().region(u"ap-northeast-1"_s);
        const PriceBook* virginia = PriceBooks::shipped().region(u"us-east-1"_s);
        const Price* s3Tokyo = tokyo->price(u"storage.s3-standard.gb-month"_s);
        const Price* s3Virginia = virginia->price(u"storage.s3-standard.gb-month"_s);
        QCOMPARE(s3Tokyo->tiers.size(), 3);
        QCOMPARE(s3Virginia->tiers.size(), 3);
        QCOMPARE(s3Tokyo->tiers[0].upTo.value(), 51200.0);
        QCOMPARE(s3Tokyo->tiers[1].upTo.value(), 512000.0);
        QVERIFY(!s3Tokyo->tiers[2].upTo);
        // The first band stays the single rate slide 25 and the earlier tests use.
        QCOMPARE(s3Tokyo->usd, 0.025);
        QCOMPARE(s3Virginia->usd, 0.023);

        // Tokyo: 51,200 × 0.025 + 460,800 × 0.024 + 88,000 × 0.023 = 1,280 + 11,059.2 + 2,024.
        QCOMPARE(s3Tokyo->costOf(600000), 51200 * 0.025 + 460800 * 0.024 + 88000 * 0.023);
        // us-east-1: 51,200 × 0.023 + 460,800 × 0.022 + 88,000 × 0.021.
        QCOMPARE(s3Virginia->costOf(600000), 51200 * 0.023 + 460800 * 0.022 + 88000 * 0.021);
        // Below the first band's end: the single rate.
        QCOMPARE(s3Tokyo->costOf(100), 100 * 0.025);

        const Price* lambda = tokyo->price(u"lambda.x86_64.gb-second"_s);
        QCOMPARE(lambda->tiers.size(), 3);
        QCOMPARE(lambda->tiers[0].upTo.value(), 6e9);
        QCOMPARE(lambda->tiers[1].upTo.value(), 15e9);
        QCOMPARE(lambda->costOf(20e9), 6e9 * 0.0000166667 + 9e9 * 0.000015 + 5e9 * 0.0000133334);
        // Every band's source is listed in the book.
        for (const QString& id : {u"S3-BANDS-APN1"_s, u"LAMBDA-APN1-TIERS"_s}) {
            const bool listed = std::any_of(tokyo->sources.cbegin(), tokyo->sources.cend(),
                                            [&](const PriceSource& s) { return s.id == id; });
            QVERIFY2(listed, qPrintable(id));
        }
    }

    void tiersRoundTrip()
    {
        PriceBook book;
        book.region = u"eu-west-1"_s;
        book.regionName = {u"Europe (Ireland)"_s, u"欧州 (アイルランド)"_s};
        book.sources.append({u"AWSLambda-20261001000000"_s, u"AWS Price List"_s, {}, u"2026-10-01"_s, {}, {}, {}});
        Price p;
        p.key = u"lambda.x86_64.gb-second"_s;
        p.unit = u"USD/GB-second"_s;
        p.source = u"AWSLambda-20261001000000"_s;
        p.asOf = u"2026-10-01"_s;
        p.grade = u"A"_s;
        p.tiers = {{6e9, 0.0000166667}, {15e9, 0.000015}, {std::nullopt, 0.0000133334}};
        p.usd = 0.0000166667;
        book.prices.append(p);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"eu-west-1.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PriceBookStore::toJson(book));
        file.close();
        LoadError error;
        const auto loaded = PriceBookLoader::loadBook(file.fileName(), &error);
        QVERIFY2(loaded, qPrintable(error.toString()));
        const Price* q = loaded->price(u"lambda.x86_64.gb-second"_s);
        QCOMPARE(q->tiers.size(), 3);
        QCOMPARE(q->tiers[1].upTo.value(), 15e9);
        QCOMPARE(q->tiers[2].usd, 0.0000133334);
        QCOMPARE(q->usd, 0.0000166667);
    }
};

QTEST_GUILESS_MAIN(TestOfferFile)
#include "tst_offerfile.moc"
