// The price books: the built-in ones load with the published figures; each validation rule
// names the file, the JSON path and the problem exactly.
#include "Catalog.h"
#include "CatalogLoader.h"
#include "PriceBook.h"

#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestHelpers;

namespace {

const QString kFixture = QStringLiteral(CC_SOURCE_DIR "/tests/data/prices-minimal");
const QString kCatalogFixture = QStringLiteral(CC_SOURCE_DIR "/tests/data/catalog-minimal");
const QString kSourcePrices = QStringLiteral(CC_SOURCE_DIR "/resources/prices");

// Counts "confidence": "estimate" in a book's JSON, independently of the loader.
int estimatesInFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    int count = 0;
    for (const QString& list : {u"prices"_s, u"instanceTypes"_s, u"lightsailPowers"_s, u"discounts"_s}) {
        for (const QJsonValue& v : root.value(list).toArray())
            count += v.toObject().value(u"confidence"_s).toString() == u"estimate";
    }
    return count;
}

} // namespace

class TestPriceBook : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads();
    void tokyoSlide16Rates();
    void virginiaRates();
    void controlPlaneFees();
    void referenceInstanceTypes_data();
    void referenceInstanceTypes();
    void instanceTypesSorted();
    void unitsMatchKeys();
    void estimatesCounted();
    void catalogPriceKeysResolve();

    void fixtureLoads();
    void unpricedKeysReported();
    void brokenBook_data();
    void brokenBook();
    void brokenFile_data();
    void brokenFile();
    void folders();
    void lookUpAfterChanges();
};

void TestPriceBook::builtinLoads()
{
    LoadError error;
    const std::optional<PriceBooks> books = PriceBooks::load(u":/prices"_s, &error);
    QVERIFY2(books, qPrintable(error.toString()));
    QCOMPARE(books->regions(), QStringList({u"ap-northeast-1"_s, u"us-east-1"_s}));
    QCOMPARE(PriceBooks::builtin().regions(), books->regions());
    QCOMPARE(&PriceBooks::builtin(), &PriceBooks::builtin());
    // The source tree holds the same books as the binary.
    const std::optional<PriceBooks> fromDisk = PriceBooks::load(kSourcePrices, &error);
    QVERIFY2(fromDisk, qPrintable(error.toString()));
    QCOMPARE(fromDisk->regions(), books->regions());
    for (const PriceBook& book : books->books()) {
        QCOMPARE(book.currency, u"USD"_s);
        QVERIFY(!book.regionName.en.isEmpty());
        QVERIFY(!book.regionName.ja.isEmpty());
        QVERIFY(!book.prices.isEmpty());
        QVERIFY(!book.lightsailPowers.isEmpty());
        QVERIFY(!book.discounts.isEmpty());
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}(-\\d{2})?$"_s).match(book.newestDate()).hasMatch());
        QCOMPARE(fromDisk->region(book.region)->prices.size(), book.prices.size());
    }
}

void TestPriceBook::tokyoSlide16Rates()
{
    const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
    QVERIFY(tokyo);
    QCOMPARE(tokyo->regionName.en, u"Asia Pacific (Tokyo)"_s);
    // Slide 16: c7i.large × 732 h = 82.2402 USD → 0.11235 USD/h (SKY, grade B).
    const InstanceType* c7i = tokyo->instanceType(u"c7i.large"_s);
    QVERIFY(c7i);
    QCOMPARE(c7i->onDemand.usd, 0.11235);
    QCOMPARE(c7i->onDemand.unit, u"USD/hour"_s);
    QCOMPARE(c7i->onDemand.confidence, Confidence::Confirmed);
    QCOMPARE(c7i->vcpu, 2.0);
    QCOMPARE(c7i->memoryGiB, 4.0);
    QCOMPARE(c7i->arch, u"x86_64"_s);
    QCOMPARE(c7i->family(), u"c7i"_s);
    QCOMPARE(c7i->size(), u"large"_s);
    QVERIFY(tokyo->source(c7i->onDemand.source));
    QVERIFY(qFuzzyCompare(c7i->onDemand.usd * 732, 82.2402));
    // Fargate, Linux x86: 0.05056 USD per vCPU-hour and 0.00553 USD per GB-hour (Price List
    // APN1-Fargate-*, grade A); 732 × (2 × 0.05056 + 4 × 0.00553) = 90.21168.
    const Price* vcpu = tokyo->price(u"fargate.linux-x86.vcpu-hour"_s);
    const Price* gb = tokyo->price(u"fargate.linux-x86.gb-hour"_s);
    QVERIFY(vcpu && gb);
    QCOMPARE(vcpu->usd, 0.05056);
    QCOMPARE(vcpu->unit, u"USD/vCPU-hour"_s);
    QCOMPARE(gb->usd, 0.00553);
    QCOMPARE(gb->unit, u"USD/GB-hour"_s);
    QCOMPARE(vcpu->confidence, Confidence::Confirmed);
    QVERIFY(qFuzzyCompare(732 * (2 * vcpu->usd + 4 * gb->usd), 90.21168));
    QVERIFY(!tokyo->price(u"no.such.key"_s));
    QVERIFY(!tokyo->instanceType(u"c7i.huge"_s));
}

void TestPriceBook::virginiaRates()
{
    const PriceBook* virginia = PriceBooks::builtin().region(u"us-east-1"_s);
    QVERIFY(virginia);
    // prices.md: us-east-1 c7i.large 0.08925 (SKY, KARP); Fargate 0.04048 per vCPU-hour
    // (0.000011244 per vCPU-second × 3600) and 0.004445 per GB-hour.
    QCOMPARE(virginia->instanceType(u"c7i.large"_s)->onDemand.usd, 0.08925);
    QCOMPARE(virginia->price(u"fargate.linux-x86.vcpu-hour"_s)->usd, 0.04048);
    QCOMPARE(virginia->price(u"fargate.linux-x86.gb-hour"_s)->usd, 0.004445);
    QVERIFY(!PriceBooks::builtin().region(u"eu-west-1"_s));
}

void TestPriceBook::controlPlaneFees()
{
    // Slide 7: 0.10 USD per cluster-hour, 0.60 in extended support.
    for (const PriceBook& book : PriceBooks::builtin().books()) {
        const Price* standard = book.price(u"eks.cluster-hour.standard"_s);
        const Price* extended = book.price(u"eks.cluster-hour.extended"_s);
        QVERIFY2(standard && extended, qPrintable(book.region));
        QCOMPARE(standard->usd, 0.10);
        QCOMPARE(extended->usd, 0.60);
        QCOMPARE(standard->unit, u"USD/cluster-hour"_s);
        // ROSA: 0.171 USD per 4 vCPU-hour of workers and 0.25 USD/h a cluster.
        if (const Price* rosa = book.price(u"rosa.worker-4vcpu-hour"_s))
            QCOMPARE(rosa->usd, 0.171);
        if (const Price* hcp = book.price(u"rosa.hcp-cluster-hour"_s))
            QCOMPARE(hcp->usd, 0.25);
        const std::optional<Discount> spot = book.discount(u"spot"_s, u"ec2"_s);
        QVERIFY2(spot, qPrintable(book.region));
        QVERIFY(spot->fraction > 0 && spot->fraction < 1);
        QVERIFY(book.source(spot->source));
        QVERIFY(!book.discount(u"spot"_s, u"ecs-anywhere"_s));
    }
}

void TestPriceBook::referenceInstanceTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("tokyo");
    QTest::addColumn<double>("virginia");
    // prices.md, section 1: on-demand Linux USD per hour.
    QTest::addRow("t3.medium") << u"t3.medium"_s << 0.0544 << 0.0416;
    QTest::addRow("t4g.medium") << u"t4g.medium"_s << 0.0432 << 0.0336;
    QTest::addRow("c7i.large") << u"c7i.large"_s << 0.11235 << 0.08925;
    QTest::addRow("c7i.xlarge") << u"c7i.xlarge"_s << 0.2247 << 0.1785;
    QTest::addRow("c7g.large") << u"c7g.large"_s << 0.091 << 0.0725;
    QTest::addRow("c7g.xlarge") << u"c7g.xlarge"_s << 0.1819 << 0.145;
    QTest::addRow("m7i.large") << u"m7i.large"_s << 0.1302 << 0.1008;
    QTest::addRow("m7i.xlarge") << u"m7i.xlarge"_s << 0.2604 << 0.2016;
    QTest::addRow("m7g.large") << u"m7g.large"_s << 0.1054 << 0.0816;
    QTest::addRow("m7g.xlarge") << u"m7g.xlarge"_s << 0.2108 << 0.1632;
    QTest::addRow("r7i.large") << u"r7i.large"_s << 0.1596 << 0.1323;
    QTest::addRow("r7g.large") << u"r7g.large"_s << 0.1292 << 0.1071;
    QTest::addRow("g5.xlarge") << u"g5.xlarge"_s << 1.459 << 1.006;
    QTest::addRow("g4dn.xlarge") << u"g4dn.xlarge"_s << 0.71 << 0.526;
}

void TestPriceBook::referenceInstanceTypes()
{
    QFETCH(QString, type);
    QFETCH(double, tokyo);
    QFETCH(double, virginia);
    const InstanceType* t = PriceBooks::builtin().region(u"ap-northeast-1"_s)->instanceType(type);
    const InstanceType* v = PriceBooks::builtin().region(u"us-east-1"_s)->instanceType(type);
    QVERIFY(t && v);
    QCOMPARE(t->onDemand.usd, tokyo);
    QCOMPARE(v->onDemand.usd, virginia);
    if (type.startsWith(u'g')) {
        QCOMPARE(t->gpus, 1);
        QVERIFY(!t->gpuName.isEmpty());
    } else {
        QCOMPARE(t->gpus, 0);
    }
    QCOMPARE(t->arch, type.contains(u"g."_s) || type.startsWith(u"t4g"_s) ? u"arm64"_s : u"x86_64"_s);
}

void TestPriceBook::instanceTypesSorted()
{
    for (const PriceBook& book : PriceBooks::builtin().books()) {
        for (qsizetype i = 1; i < book.instanceTypes.size(); ++i) {
            const InstanceType& a = book.instanceTypes.at(i - 1);
            const InstanceType& b = book.instanceTypes.at(i);
            QVERIFY2(a.family() < b.family() || (a.family() == b.family() && a.vcpu <= b.vcpu),
                     qPrintable(a.type + u" before "_s + b.type));
        }
        for (qsizetype i = 1; i < book.lightsailPowers.size(); ++i)
            QVERIFY(book.lightsailPowers.at(i - 1).vcpu <= book.lightsailPowers.at(i).vcpu);
    }
}

void TestPriceBook::unitsMatchKeys()
{
    // FORMAT.md's key table: a key that is present carries this unit.
    const QList<QPair<QString, QString>> units = {
        {u"fargate.linux-x86.vcpu-hour"_s, u"USD/vCPU-hour"_s},   {u"fargate.linux-x86.gb-hour"_s, u"USD/GB-hour"_s},
        {u"fargate.linux-arm.vcpu-hour"_s, u"USD/vCPU-hour"_s},   {u"fargate.linux-arm.gb-hour"_s, u"USD/GB-hour"_s},
        {u"fargate.windows.vcpu-hour"_s, u"USD/vCPU-hour"_s},     {u"fargate.windows.gb-hour"_s, u"USD/GB-hour"_s},
        {u"fargate.ephemeral.gb-hour"_s, u"USD/GB-hour"_s},       {u"eks.cluster-hour.standard"_s, u"USD/cluster-hour"_s},
        {u"eks.cluster-hour.extended"_s, u"USD/cluster-hour"_s},  {u"eks-anywhere.cluster-month"_s, u"USD/month"_s},
        {u"ecs-anywhere.instance-hour"_s, u"USD/instance-hour"_s}, {u"rosa.worker-4vcpu-hour"_s, u"USD/4vCPU-hour"_s},
        {u"rosa.hcp-cluster-hour"_s, u"USD/cluster-hour"_s},      {u"lambda.x86_64.gb-second"_s, u"USD/GB-second"_s},
        {u"lambda.arm64.gb-second"_s, u"USD/GB-second"_s},        {u"lambda.request"_s, u"USD/request"_s},
        {u"inspector-ecr.image"_s, u"USD/image"_s},               {u"inspector-ecr.rescan"_s, u"USD/scan"_s},
        {u"inspector-ec2.instance-month"_s, u"USD/instance-month"_s},
        {u"guardduty-runtime.vcpu-month"_s, u"USD/vCPU-month"_s}, {u"guardduty-malware.gb"_s, u"USD/GB"_s},
        {u"shield-advanced.month"_s, u"USD/month"_s},             {u"network-firewall.endpoint-hour"_s, u"USD/endpoint-hour"_s},
    };
    for (const PriceBook& book : PriceBooks::builtin().books()) {
        for (const auto& [key, unit] : units) {
            if (const Price* p = book.price(key))
                QVERIFY2(p->unit == unit, qPrintable(book.region + u": "_s + key + u" is in "_s + p->unit));
        }
        for (const Price& p : book.prices) {
            QVERIFY(PriceBook::knownUnits().contains(p.unit));
            if (p.key.startsWith(u"storage."_s))
                QVERIFY2(p.unit == u"USD/GB-month", qPrintable(p.key));
        }
    }
}

void TestPriceBook::estimatesCounted()
{
    for (const PriceBook& book : PriceBooks::builtin().books()) {
        const int inFile = estimatesInFile(kSourcePrices + u'/' + book.region + u".json"_s);
        QCOMPARE(book.estimateCount(), inFile);
        QVERIFY(book.estimateCount() > 0); // prices.md marks several figures U
    }
    // The fixture: EFS (U) and Inspector (D) among the prices, both Lightsail powers and the
    // spot discount: 2 + 2 + 1 = 5.
    LoadError error;
    const std::optional<PriceBooks> books = PriceBooks::load(kFixture, &error);
    QVERIFY2(books, qPrintable(error.toString()));
    QCOMPARE(books->region(u"ap-northeast-1"_s)->estimateCount(), 5);
    QCOMPARE(books->region(u"us-east-1"_s)->estimateCount(), 0);
}

void TestPriceBook::catalogPriceKeysResolve()
{
    const QList<LoadError> unpriced = CatalogLoader::unpricedKeys(Catalog::builtin(), PriceBooks::builtin());
    QStringList messages;
    for (const LoadError& e : unpriced)
        messages.append(e.toString());
    QVERIFY2(unpriced.isEmpty(), qPrintable(messages.join(u'\n')));
    // Every storage entry's first key is its GB-month price in at least one region.
    for (const CatalogEntry& e : Catalog::builtin().entries(CatalogKind::Storage)) {
        bool found = false;
        for (const PriceBook& book : PriceBooks::builtin().books()) {
            if (const Price* p = book.price(e.priceKeys.value(0)))
                found = found || p->unit == u"USD/GB-month";
        }
        QVERIFY2(found, qPrintable(e.id));
    }
}

void TestPriceBook::fixtureLoads()
{
    LoadError error;
    const std::optional<PriceBooks> books = PriceBooks::load(kFixture, &error);
    QVERIFY2(books, qPrintable(error.toString()));
    QCOMPARE(books->books().size(), 2);
    const PriceBook* tokyo = books->region(u"ap-northeast-1"_s);
    QVERIFY(tokyo);
    QCOMPARE(tokyo->regionName.ja, u"アジアパシフィック (東京)"_s);
    QCOMPARE(tokyo->sources.size(), 2);
    QCOMPARE(tokyo->source(u"JP-FIX"_s)->url, QString()); // no address recorded
    QCOMPARE(tokyo->source(u"SKY"_s)->date, u"2026-07-20"_s);
    QCOMPARE(tokyo->prices.size(), 6);
    const Price* gb = tokyo->price(u"fargate.linux-x86.gb-hour"_s);
    QCOMPARE(gb->usd, 0.00553);
    QCOMPARE(gb->source, u"JP-FIX"_s);
    QCOMPARE(gb->asOf, u"2026-07-07"_s);
    QCOMPARE(gb->grade, u"A"_s);
    QCOMPARE(gb->note.ja, u"0.005536とする資料もある。"_s);
    QCOMPARE(tokyo->price(u"inspector-ecr.image"_s)->confidence, Confidence::Estimate);
    // Instance types sorted by family, then vCPU: c7i.large, c7i.xlarge, g5.xlarge.
    QCOMPARE(tokyo->instanceTypes.size(), 3);
    QCOMPARE(tokyo->instanceTypes.at(0).type, u"c7i.large"_s);
    QCOMPARE(tokyo->instanceTypes.at(1).type, u"c7i.xlarge"_s);
    QCOMPARE(tokyo->instanceTypes.at(2).gpuName, u"NVIDIA A10G"_s);
    QCOMPARE(tokyo->instanceTypes.at(0).spotMinUsdPerHour, std::optional<double>(0.03));
    QCOMPARE(tokyo->instanceTypes.at(1).spotMaxUsdPerHour, std::nullopt);
    // Lightsail powers sorted by vCPU, then memory: nano before micro.
    QCOMPARE(tokyo->lightsailPowers.at(0).id, u"nano"_s);
    QCOMPARE(tokyo->lightsailPowers.at(0).monthly.usd, 7.0);
    QCOMPARE(tokyo->lightsailPowers.at(0).monthly.unit, u"USD/month"_s);
    QCOMPARE(tokyo->discount(u"spot"_s, u"ec2"_s)->fraction, 0.6);
    QCOMPARE(tokyo->discount(u"spot"_s, u"ec2"_s)->note.en, u"Moves by the hour."_s);
    QVERIFY(!tokyo->discount(u"savings-plan"_s, u"ec2"_s));
    // "2026-10-07" (Inspector) is newer than "2026-09-05" and the month "2026-09".
    QCOMPARE(tokyo->newestDate(), u"2026-10-07"_s);
    QCOMPARE(books->region(u"us-east-1"_s)->instanceTypes.first().gpus, 0);

    // Every fixture catalog key has a price in the fixture books.
    const std::optional<Catalog> catalog = Catalog::load(kCatalogFixture, &error);
    QVERIFY2(catalog, qPrintable(error.toString()));
    QVERIFY(CatalogLoader::unpricedKeys(*catalog, *books).isEmpty());
}

void TestPriceBook::unpricedKeysReported()
{
    FixtureCopy prices(kFixture);
    prices.patch(u"ap-northeast-1.json"_s, u"$.prices[5]"_s, std::nullopt); // inspector-ecr.image
    LoadError error;
    const std::optional<PriceBooks> books = PriceBooks::load(prices.dir(), &error);
    QVERIFY2(books, qPrintable(error.toString()));
    const std::optional<Catalog> catalog = Catalog::load(kCatalogFixture, &error);
    QVERIFY(catalog);
    const QList<LoadError> unpriced = CatalogLoader::unpricedKeys(*catalog, *books);
    QCOMPARE(unpriced.size(), 1);
    QCOMPARE(unpriced.first().toString(),
             u"security.json: $.entries[0].priceKeys[0]: no price book has the key \"inspector-ecr.image\""_s);
}

void TestPriceBook::brokenBook_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");
    QTest::addColumn<std::optional<QJsonValue>>("value"); // nullopt: remove it
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const std::optional<QJsonValue> removed;
    const QString tokyo = u"ap-northeast-1.json"_s;

    QTest::addRow("unknown unit") << tokyo << u"$.prices[0].unit"_s << std::optional(json(R"("USD/vCPU-hr")"))
                                  << u"$.prices[0].unit"_s
                                  << uR"(unknown value "USD/vCPU-hr"; expected one of: )"_s
                                         + PriceBook::knownUnits().join(u", "_s);
    QTest::addRow("negative price") << tokyo << u"$.prices[1].usd"_s << std::optional(json("-0.00553"))
                                    << u"$.prices[1].usd"_s << u"must be at least 0"_s;
    QTest::addRow("string price") << tokyo << u"$.prices[1].usd"_s << std::optional(json(R"("0.00553")"))
                                  << u"$.prices[1].usd"_s << u"expected a number, found a string"_s;
    QTest::addRow("NaN as text") << tokyo << u"$.prices[0].usd"_s << std::optional(json(R"("NaN")"))
                                 << u"$.prices[0].usd"_s << u"expected a number, found a string"_s;
    QTest::addRow("null price") << tokyo << u"$.prices[0].usd"_s << std::optional(json("null"))
                                << u"$.prices[0].usd"_s << u"expected a number, found null"_s;
    QTest::addRow("missing price") << tokyo << u"$.prices[0].usd"_s << removed << u"$.prices[0].usd"_s
                                   << u"is missing"_s;
    QTest::addRow("negative hourly") << tokyo << u"$.instanceTypes[1].usdPerHour"_s << std::optional(json("-1"))
                                     << u"$.instanceTypes[1].usdPerHour"_s << u"must be at least 0"_s;
    QTest::addRow("unknown source") << tokyo << u"$.prices[0].source"_s << std::optional(json(R"("SKY2")"))
                                    << u"$.prices[0].source"_s << uR"(unknown source "SKY2"; $.sources has no such id)"_s;
    QTest::addRow("unknown source of a type")
        << tokyo << u"$.instanceTypes[0].source"_s << std::optional(json(R"("KARP")")) << u"$.instanceTypes[0].source"_s
        << uR"(unknown source "KARP"; $.sources has no such id)"_s;
    QTest::addRow("not a region code") << tokyo << u"$.region"_s << std::optional(json(R"("Tokyo")")) << u"$.region"_s
                                       << uR"(must be an AWS region code like "ap-northeast-1", found "Tokyo")"_s;
    QTest::addRow("region in the wrong file")
        << u"us-east-1.json"_s << u"$.region"_s << std::optional(json(R"("ap-northeast-1")")) << u"$.region"_s
        << uR"("ap-northeast-1" belongs in ap-northeast-1.json, not in us-east-1.json)"_s;
    QTest::addRow("duplicate key") << tokyo << u"$.prices[1].key"_s
                                   << std::optional(json(R"("fargate.linux-x86.vcpu-hour")")) << u"$.prices[1].key"_s
                                   << uR"(duplicate key "fargate.linux-x86.vcpu-hour" (first at $.prices[0].key))"_s;
    QTest::addRow("duplicate type") << tokyo << u"$.instanceTypes[1].type"_s << std::optional(json(R"("c7i.xlarge")"))
                                    << u"$.instanceTypes[1].type"_s
                                    << uR"(duplicate type "c7i.xlarge" (first at $.instanceTypes[0].type))"_s;
    QTest::addRow("duplicate source") << tokyo << u"$.sources[1].id"_s << std::optional(json(R"("SKY")"))
                                      << u"$.sources[1].id"_s
                                      << uR"(duplicate source id "SKY" (first at $.sources[0].id))"_s;
    QTest::addRow("duplicate discount")
        << tokyo << u"$.discounts[1]"_s
        << std::optional(json(R"({"purchase": "spot", "runtime": "ec2", "fraction": 0.5, "source": "SKY",
                                  "asOf": "2026-07-20", "confidence": "estimate"})"))
        << u"$.discounts[1]"_s << uR"(duplicate discount "spot/ec2" (first at $.discounts[0]))"_s;
    QTest::addRow("bad date") << tokyo << u"$.prices[2].asOf"_s << std::optional(json(R"("2026/07/20")"))
                              << u"$.prices[2].asOf"_s
                              << uR"(expected a date like 2026-09-05 or a month like 2026-09, found "2026/07/20")"_s;
    QTest::addRow("bad source date") << tokyo << u"$.sources[0].date"_s << std::optional(json(R"("undated")"))
                                     << u"$.sources[0].date"_s
                                     << uR"(expected a date like 2026-09-05 or a month like 2026-09, found "undated")"_s;
    QTest::addRow("unknown confidence") << tokyo << u"$.prices[0].confidence"_s << std::optional(json(R"("sure")"))
                                        << u"$.prices[0].confidence"_s
                                        << uR"(unknown value "sure"; expected one of: confirmed, estimate)"_s;
    QTest::addRow("confirmed but unconfirmed") << tokyo << u"$.prices[0].grade"_s << std::optional(json(R"("U")"))
                                               << u"$.prices[0].grade"_s
                                               << uR"(a confirmed price must be graded A, B or C, found "U"; mark it an estimate)"_s;
    QTest::addRow("unknown grade") << tokyo << u"$.prices[0].grade"_s << std::optional(json(R"("E")"))
                                   << u"$.prices[0].grade"_s << uR"(unknown value "E"; expected one of: A, B, C, D, U)"_s;
    QTest::addRow("bad key") << tokyo << u"$.prices[0].key"_s << std::optional(json(R"("Fargate vCPU")"))
                             << u"$.prices[0].key"_s
                             << uR"(must be dotted lowercase words like "eks.cluster-hour.standard", found "Fargate vCPU")"_s;
    QTest::addRow("GPU without a name") << tokyo << u"$.instanceTypes[2].gpuName"_s << std::optional(json(R"("")"))
                                        << u"$.instanceTypes[2].gpuName"_s << u"must name the GPU of a GPU type"_s;
    QTest::addRow("spot range reversed") << tokyo << u"$.instanceTypes[1].spotUsdPerHourMin"_s
                                         << std::optional(json("0.05")) << u"$.instanceTypes[1].spotUsdPerHourMin"_s
                                         << u"must not exceed spotUsdPerHourMax"_s;
    QTest::addRow("bad instance type") << tokyo << u"$.instanceTypes[0].type"_s << std::optional(json(R"("c7i")"))
                                       << u"$.instanceTypes[0].type"_s
                                       << uR"(must be family.size like "c7i.large", found "c7i")"_s;
    QTest::addRow("discount above 1") << tokyo << u"$.discounts[0].fraction"_s << std::optional(json("1.5"))
                                      << u"$.discounts[0].fraction"_s << u"must be between 0 and 1"_s;
    QTest::addRow("unknown purchase") << tokyo << u"$.discounts[0].purchase"_s << std::optional(json(R"("spots")"))
                                      << u"$.discounts[0].purchase"_s
                                      << uR"(unknown value "spots"; expected one of: spot, savings-plan, reserved)"_s;
    QTest::addRow("bad version") << tokyo << u"$.version"_s << std::optional(json("7")) << u"$.version"_s
                                 << u"unsupported version 7; this build reads version 1"_s;
    QTest::addRow("catalog schema") << tokyo << u"$.schema"_s << std::optional(json(R"("container-compare/catalog")"))
                                    << u"$.schema"_s
                                    << uR"(expected "container-compare/pricebook", found "container-compare/catalog")"_s;
    QTest::addRow("missing ja") << tokyo << u"$.regionName.ja"_s << removed << u"$.regionName.ja"_s << u"is missing"_s;
    QTest::addRow("misspelt key") << tokyo << u"$.prices[0].asof"_s << std::optional(json(R"("2026-07-07")"))
                                  << u"$.prices[0].asof"_s
                                  << u"unknown key; expected one of: key, usd, tiers, unit, source, asOf, confidence, grade, note"_s;
    QTest::addRow("no sources") << tokyo << u"$.sources"_s << std::optional(json("[]")) << u"$.sources"_s
                                << u"must list at least one source"_s;
}

void TestPriceBook::brokenBook()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(std::optional<QJsonValue>, value);
    QFETCH(QString, path);
    QFETCH(QString, message);

    FixtureCopy copy(kFixture);
    copy.patch(file, change, value);
    LoadError error;
    QVERIFY(!PriceBooks::load(copy.dir(), &error));
    QCOMPARE(error.file, copy.path(file));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
    QCOMPARE(error.toString(), copy.path(file) + u": "_s + path + u": "_s + message);
}

void TestPriceBook::brokenFile_data()
{
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("with");
    QTest::addColumn<QString>("message");
    // JSON has no NaN or infinity; a price written so is a syntax error at its place: line 11
    // of the fixture is the Fargate vCPU price, its value starts in column 51 ("NaN"), and Qt
    // stops just after an out-of-range number ("1e999" ends in column 55).
    QTest::addRow("NaN") << u"\"usd\": 0.05056"_s << u"\"usd\": NaN"_s
                         << u"syntax error at line 11, column 51: illegal number"_s;
    QTest::addRow("infinite") << u"\"usd\": 0.05056"_s << u"\"usd\": 1e999"_s
                              << u"syntax error at line 11, column 56: illegal number"_s;
}

void TestPriceBook::brokenFile()
{
    QFETCH(QString, replace);
    QFETCH(QString, with);
    QFETCH(QString, message);
    FixtureCopy copy(kFixture);
    const QString name = u"ap-northeast-1.json"_s;
    QString text = QString::fromUtf8(copy.read(name));
    QVERIFY(text.contains(replace));
    copy.write(name, text.replace(replace, with).toUtf8());
    LoadError error;
    QVERIFY(!PriceBooks::load(copy.dir(), &error));
    QCOMPARE(error.file, copy.path(name));
    QCOMPARE(error.path, QString());
    QCOMPARE(error.message, message);
}

void TestPriceBook::folders()
{
    LoadError error;
    QTemporaryDir empty;
    QVERIFY(!PriceBooks::load(empty.path(), &error));
    QCOMPARE(error.toString(), empty.path() + u": holds no price book (*.json)"_s);
    QVERIFY(!PriceBooks::load(empty.path() + u"/nowhere"_s, &error));
    QCOMPARE(error.toString(), empty.path() + u"/nowhere: folder is missing"_s);
    QVERIFY(!PriceBooks::load(kFixture + u"/us-east-1.json"_s, &error));
    QCOMPARE(error.message, u"is a file, not a folder"_s);

    FixtureCopy copy(kFixture);
    copy.write(u"ap-northeast-1.json"_s, QByteArray());
    QVERIFY(!PriceBooks::load(copy.dir(), &error));
    QCOMPARE(error.toString(), copy.path(u"ap-northeast-1.json"_s) + u": file is empty"_s);
}

// price() and instanceType() answer from look-up tables built when the books are loaded; a book
// changed afterwards (as the importer and the tests change them) must still answer as a walk
// over its lists would.
void TestPriceBook::lookUpAfterChanges()
{
    PriceBook book;
    Price a;
    a.key = u"fargate.linux-x86.vcpu-hour"_s;
    a.usd = 0.05056;
    Price b;
    b.key = u"eks.cluster-hour"_s;
    b.usd = 0.10;
    book.prices = {a, b};
    InstanceType t;
    t.type = u"c7i.large"_s;
    book.instanceTypes = {t};
    book.index();
    QCOMPARE(book.price(u"eks.cluster-hour"_s)->usd, 0.10);
    QCOMPARE(book.instanceType(u"c7i.large"_s)->type, u"c7i.large"_s);
    QVERIFY(!book.price(u"lambda.request"_s));

    // A price added after the tables were built is found.
    Price c;
    c.key = u"lambda.request"_s;
    c.usd = 0.0000002;
    book.prices.append(c);
    QCOMPARE(book.price(u"lambda.request"_s)->usd, 0.0000002);
    // A list reordered: each key still finds its own price, never its neighbour's.
    std::swap(book.prices[0], book.prices[1]);
    QCOMPARE(book.price(u"fargate.linux-x86.vcpu-hour"_s)->usd, 0.05056);
    QCOMPARE(book.price(u"eks.cluster-hour"_s)->usd, 0.10);
    // A key renamed: the old name is gone, the new one found.
    book.prices[0].key = u"eks.extended-cluster-hour"_s;
    QVERIFY(!book.price(u"eks.cluster-hour"_s));
    QCOMPARE(book.price(u"eks.extended-cluster-hour"_s)->usd, 0.10);
    // A type removed.
    book.instanceTypes.clear();
    QVERIFY(!book.instanceType(u"c7i.large"_s));

    // Two prices under one key: the first wins, with or without the tables.
    Price first = a, second = a;
    second.usd = 0.9;
    PriceBook twice;
    twice.prices = {first, second};
    QCOMPARE(twice.price(a.key)->usd, 0.05056);
    twice.index();
    QCOMPARE(twice.price(a.key)->usd, 0.05056);
}

QTEST_GUILESS_MAIN(TestPriceBook)
#include "tst_pricebook.moc"
