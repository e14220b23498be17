// The rules of the cost model, one data row each. Every expected figure is written out from
// the published rates in resources/prices (sources in /shared/reference/prices.md).
#include "CostModel.h"
#include "Money.h"

#include <QTest>

Q_DECLARE_METATYPE(Scenario)

namespace {

constexpr double monthHours = 730;   // the AWS Pricing Calculator month
constexpr double deckHours = 30.5 * 24; // the deck's 30.5-day month = 732 h

Scenario scenario(const QString& region, double hours, const Option& option, const Workload& workload = {})
{
    Scenario s;
    s.title = QStringLiteral("rule");
    s.region = region;
    s.period.hours = hours;
    s.workload = workload;
    Option o = option;
    if (o.id.isEmpty())
        o.id = QStringLiteral("o");
    s.options = {o};
    return s;
}

Option option(const QString& service, const QString& runtime, const QString& instanceType = {})
{
    Option o;
    o.service = service;
    o.runtime = runtime;
    o.instanceType = instanceType;
    return o;
}

Workload workload(int tasks, double vcpu, double memoryGiB, const QString& arch = QStringLiteral("x86_64"),
                  const QString& os = QStringLiteral("linux"))
{
    Workload w;
    w.tasks = tasks;
    w.vcpu = vcpu;
    w.memoryGiB = memoryGiB;
    w.arch = arch;
    w.os = os;
    return w;
}

OptionResult evaluateOne(const Scenario& s)
{
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    Q_ASSERT(c.options.size() == 1);
    return c.options.first();
}

bool hasNote(const OptionResult& r, const QString& fragment)
{
    for (const Note& n : r.notes)
        if (n.text.contains(fragment))
            return true;
    return false;
}

// "price ap-northeast-1 fargate.linux-x86.vcpu-hour compute": one recorded price a line.
QStringList describe(const QList<PriceUse>& uses)
{
    QStringList list;
    for (const PriceUse& u : uses) {
        const QString kind = u.kind == PriceUse::Kind::Price          ? QStringLiteral("price")
                             : u.kind == PriceUse::Kind::InstanceType ? QStringLiteral("instance")
                                                                      : QStringLiteral("lightsail");
        list << QStringList{kind, u.region, u.key, lineKindId(u.use)}.join(QLatin1Char(' '));
    }
    return list;
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void slide16();
    void pricesHosts();
    void fargateRoundsToCheapestFit();
    void kubeletReservationMovesUpASize();
    void unknownPriceIsNotZero();
    void appRunnerIsFlaggedClosed();
    void lambdaStopsAt15Minutes();
    void storageAndSecurityLineItems();
    void optionOverridesWorkloadAndRegion();
    void disabledOptionsAreNotCompared();
    void storageThatCannotBeMountedIsSaid();
    void feesNobodyPublishedLeaveTheTotalUnknown();
    void notesNameTheRuntime();
    void pricesUsedAreRecorded();
    void discountsRecordWhatWasApplied();
};

void TestCostModel::rules_data()
{
    QTest::addColumn<Scenario>("input");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("overProvisioning");
    QTest::addColumn<double>("controlPlane");

    // Fargate, Tokyo, 2 vCPU / 4 GB is a valid size: 730 × (2 × 0.05056 + 4 × 0.00553) = 89.9652.
    QTest::addRow("fargate exact size") << scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                    option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                                                    workload(1, 2, 4))
                                        << 730 * (2 * 0.05056 + 4 * 0.00553) << 0.0 << 0.0;
    // 1 vCPU takes 2–8 GB, so 10 GiB needs 2 vCPU: paid 730 × (2 × 0.05056 + 10 × 0.00553) = 114.1866,
    // of which 730 × 1 × 0.05056 = 36.9088 is the extra vCPU.
    QTest::addRow("fargate rounds up")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours, option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                    workload(1, 1, 10))
        << 730 * (2 * 0.05056 + 10 * 0.00553) << 730 * 0.05056 << 0.0;
    // ARM (Graviton) Fargate, Tokyo: 730 × (2 × 0.04045 + 4 × 0.00442) = 71.9634.
    QTest::addRow("fargate arm64")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours, option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                    workload(1, 2, 4, QStringLiteral("arm64")))
        << 730 * (2 * 0.04045 + 4 * 0.00442) << 0.0 << 0.0;
    // Windows, us-east-1, 1 vCPU / 2 GB: 730 × (0.09148 + 2 × 0.01005) + the OS fee 730 × 1 × 0.046.
    QTest::addRow("fargate windows fee")
        << scenario(QStringLiteral("us-east-1"), monthHours, option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                    workload(1, 1, 2, QStringLiteral("x86_64"), QStringLiteral("windows")))
        << 730 * (0.09148 + 2 * 0.01005) + 730 * 1 * 0.046 << 0.0 << 0.0;
    {
        // 50 GB of ephemeral storage, 30 above the 20 included: 30 × 730 × 0.000133 = 2.9127.
        Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours,
                              option(QStringLiteral("ecs"), QStringLiteral("fargate")), workload(1, 2, 4));
        s.workload.ephemeralStorageGiB = 50;
        QTest::addRow("fargate ephemeral above 20 GB")
            << s << 730 * (2 * 0.05056 + 4 * 0.00553) + 30 * 730 * 0.000133 << 0.0 << 0.0;
    }
    {
        // Fargate Spot at a stated 70 % off: 0.3 × 730 × (2 × 0.05056 + 4 × 0.00553) = 26.98956.
        Option o = option(QStringLiteral("ecs"), QStringLiteral("fargate"));
        o.purchase = QStringLiteral("spot");
        o.discount = 0.7;
        QTest::addRow("fargate spot") << scenario(QStringLiteral("ap-northeast-1"), monthHours, o, workload(1, 2, 4))
                                      << 0.3 * 730 * (2 * 0.05056 + 4 * 0.00553) << 0.0 << 0.0;
    }
    // EKS on Fargate: 1 vCPU / 2 GiB + 256 MiB = 2.25 GiB → 1 vCPU / 3 GB.
    // Paid 730 × (0.05056 + 3 × 0.00553) = 49.0195; asked 730 × (0.05056 + 2 × 0.00553) = 44.9826;
    // over-provisioning 730 × 1 × 0.00553 = 4.0369; cluster 730 × 0.10 = 73.
    QTest::addRow("eks fargate adds 256 MiB")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours, option(QStringLiteral("eks"), QStringLiteral("fargate")),
                    workload(1, 1, 2))
        << 730 * (0.05056 + 3 * 0.00553) + 730 * 0.10 << 730 * 1 * 0.00553 << 730 * 0.10;
    // ECS on EC2: 5 tasks of 1 vCPU / 1.5 GiB. A c7i.large registers 97.473 % of its 4 GiB,
    // 3.899 GiB (4,096 × 0.97473 = 3,992.5 MiB), so 2 tasks (3 GiB, 2 vCPU) fit on each:
    // 3 hosts × 730 × 0.11235 = 246.0465; 1 of 6 vCPU slots idle → 246.0465 / 6 = 41.00775 unused
    // (memory: 7.5 of 12 GiB used, less than the CPU's 5 of 6).
    QTest::addRow("ecs on ec2 packing")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours,
                    option(QStringLiteral("ecs"), QStringLiteral("ec2"), QStringLiteral("c7i.large")), workload(5, 1, 1.5))
        << 3 * 730 * 0.11235 << 3 * 730 * 0.11235 / 6 << 0.0;
    {
        // EC2 Spot at a stated 60 % off: 0.4 × 730 × 0.11235 = 32.8062.
        Option o = option(QStringLiteral("ec2-self-managed"), QStringLiteral("ec2"), QStringLiteral("c7i.large"));
        o.purchase = QStringLiteral("spot");
        o.discount = 0.6;
        QTest::addRow("ec2 spot") << scenario(QStringLiteral("ap-northeast-1"), monthHours, o, workload(1, 2, 4))
                                  << 0.4 * 730 * 0.11235 << 0.0 << 0.0;
    }
    {
        // EKS extended support: 0.60 USD/h × 730 = 438 on top of c7i.xlarge 0.2247 × 730 = 164.031.
        Option o = option(QStringLiteral("eks"), QStringLiteral("ec2"), QStringLiteral("c7i.xlarge"));
        o.support = QStringLiteral("extended");
        QTest::addRow("eks extended support")
            << scenario(QStringLiteral("ap-northeast-1"), monthHours, o, workload(1, 2, 4))
            << 0.2247 * 730 + 0.60 * 730 << 0.2247 * 730 / 2 << 0.60 * 730;
    }
    {
        // ECS Anywhere: 3 registered hosts × 730 h × 0.01025 = 22.4475; the hosts are the user's.
        Option o = option(QStringLiteral("ecs"), QStringLiteral("ecs-anywhere"));
        o.nodes = 3;
        QTest::addRow("ecs anywhere") << scenario(QStringLiteral("us-east-1"), monthHours, o, workload(3, 2, 4))
                                      << 3 * 730 * 0.01025 << 0.0 << 0.0;
    }
    // ROSA, us-east-1, m7i.xlarge workers (4 vCPU, 0.2016 USD/h), at least 2:
    // EC2 2 × 730 × 0.2016 = 294.336; service fee (2 × 4 / 4) × 730 × 0.171 = 249.66;
    // cluster 730 × 0.25 = 182.5.
    QTest::addRow("rosa")
        << scenario(QStringLiteral("us-east-1"), monthHours,
                    option(QStringLiteral("rosa"), QStringLiteral("ec2"), QStringLiteral("m7i.xlarge")), workload(1, 2, 4))
        << 2 * 730 * 0.2016 + 2 * 730 * 0.171 + 730 * 0.25
        << 2 * 730 * 0.2016 * (1 - 2.0 / 8.0) << 730 * 0.25; // 2 of the 8 worker vCPUs used
    // Lightsail: a 1 vCPU / 2 GB task takes the Medium power, 40 USD/month a node, 2 nodes.
    QTest::addRow("lightsail")
        << scenario(QStringLiteral("us-east-1"), monthHours, option(QStringLiteral("lightsail"), QString()),
                    workload(2, 1, 2))
        << 2 * 40.0 << 0.0 << 0.0;
    // App Runner, us-east-1, 1 vCPU / 2 GB active all month: 730 × (0.064 + 2 × 0.007) = 56.94.
    QTest::addRow("app runner")
        << scenario(QStringLiteral("us-east-1"), monthHours, option(QStringLiteral("app-runner"), QString()),
                    workload(1, 1, 2))
        << 730 * (0.064 + 2 * 0.007) << 0.0 << 0.0;
    {
        // Lambda: 1M requests × 0.2 s × 0.5 GB = 100,000 GB-s × 0.0000166667 = 1.66667,
        // plus 1M × 0.0000002 = 0.2 for the requests; no free tier.
        Scenario s = scenario(QStringLiteral("us-east-1"), monthHours, option(QStringLiteral("lambda"), QString()),
                              workload(1, 1, 0.5));
        s.workload.requestsPerMonth = 1e6;
        s.workload.avgDurationMs = 200;
        QTest::addRow("lambda") << s << 100000 * 0.0000166667 + 1e6 * 0.0000002 << 0.0 << 0.0;
    }
    // Batch costs what it runs on: the Fargate figure of the first row.
    QTest::addRow("batch on fargate")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours, option(QStringLiteral("batch"), QStringLiteral("fargate")),
                    workload(1, 2, 4))
        << 730 * (2 * 0.05056 + 4 * 0.00553) << 0.0 << 0.0;
    // Elastic Beanstalk costs the EC2 it creates: c7i.large 730 × 0.11235 = 82.0155.
    QTest::addRow("beanstalk on ec2")
        << scenario(QStringLiteral("ap-northeast-1"), monthHours,
                    option(QStringLiteral("elastic-beanstalk"), QStringLiteral("ec2"), QStringLiteral("c7i.large")),
                    workload(1, 2, 4))
        << 730 * 0.11235 << 0.0 << 0.0;
}

void TestCostModel::rules()
{
    QFETCH(Scenario, input);
    QFETCH(double, total);
    QFETCH(double, overProvisioning);
    QFETCH(double, controlPlane);
    const OptionResult r = evaluateOne(input);
    QVERIFY2(r.available, qPrintable(r.notes.isEmpty() ? QString() : r.notes.last().text));
    QVERIFY(r.complete());
    QCOMPARE(qRound64(r.monthlyUsd() * 1e6), qRound64(total * 1e6));
    QCOMPARE(qRound64(r.monthlyUsd(LineKind::OverProvisioning) * 1e6), qRound64(overProvisioning * 1e6));
    QCOMPARE(qRound64(r.monthlyUsd(LineKind::ControlPlane) * 1e6), qRound64(controlPlane * 1e6));
}

void TestCostModel::pricesHosts()
{
    // Hosts priced by their instance type: an EC2 runtime, or a service that always runs on
    // EC2 (ROSA, self-managed EC2) even when the option names no runtime.
    const auto option = [](const char* service, const char* runtime) {
        Option o;
        o.service = QLatin1String(service);
        o.runtime = QLatin1String(runtime);
        return o;
    };
    QVERIFY(CostModel::pricesHosts(option("ecs", "ec2")));
    QVERIFY(CostModel::pricesHosts(option("elastic-beanstalk", "ec2")));
    QVERIFY(CostModel::pricesHosts(option("rosa", "")));
    QVERIFY(CostModel::pricesHosts(option("ec2-self-managed", "")));
    QVERIFY(!CostModel::pricesHosts(option("ecs", "fargate")));
    QVERIFY(!CostModel::pricesHosts(option("ecs", "ecs-anywhere")));
    QVERIFY(!CostModel::pricesHosts(option("lightsail", "")));
    QVERIFY(!CostModel::pricesHosts(option("lambda", "")));
}

void TestCostModel::slide16()
{
    // Slide 16: Tokyo, 2 vCPU / 4 GiB, x86_64, Linux, on-demand, 30.5 days, 1 USD = 155 JPY, floor.
    Scenario s;
    s.region = QStringLiteral("ap-northeast-1");
    s.period.days = 30.5;
    s.period.hoursPerDay = 24;
    s.currency = {QStringLiteral("JPY"), 155, QStringLiteral("floor")};
    s.workload = workload(1, 2, 4);
    Option ec2 = option(QStringLiteral("ec2-self-managed"), QStringLiteral("ec2"), QStringLiteral("c7i.large"));
    ec2.id = QStringLiteral("ec2");
    Option fargate = option(QStringLiteral("ecs"), QStringLiteral("fargate"));
    fargate.id = QStringLiteral("fargate");
    s.options = {ec2, fargate};
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.hours, deckHours);
    // 0.11235 USD/h × 732 h = 82.2402 USD; × 155 = 12,747.231 → 12,747 JPY.
    QCOMPARE(qRound64(c.options[0].monthlyUsd() * 1e4), qRound64(82.2402 * 1e4));
    QCOMPARE(Money::toDisplay(c.options[0].monthlyUsd(), s.currency), 12747.0);
    QCOMPARE(Money::formatUsd(c.options[0].monthlyUsd(), QLocale::c()), QStringLiteral("$82.24"));
    QCOMPARE(Money::format(c.options[0].monthlyUsd(), s.currency, QLocale::c()), QStringLiteral("¥12,747"));
    // 732 × (2 × 0.05056 + 4 × 0.00553) = 90.21168 USD; × 155 = 13,982.8104 → 13,982 JPY.
    QCOMPARE(qRound64(c.options[1].monthlyUsd() * 1e5), qRound64(90.21168 * 1e5));
    QCOMPARE(Money::toDisplay(c.options[1].monthlyUsd(), s.currency), 13982.0);
    QCOMPARE(Money::formatUsd(c.options[1].monthlyUsd(), QLocale::c()), QStringLiteral("$90.21"));
    QCOMPARE(c.cheapestIndex(), 0);
}

void TestCostModel::fargateRoundsToCheapestFit()
{
    const Catalog& catalog = Catalog::builtin();
    // 1 vCPU / 10 GiB: both 2 vCPU / 10 GB and 4 vCPU / 10 GB fit; 2 vCPU is cheaper.
    const auto size = CostModel::fargateSize(catalog, 1, 10, QStringLiteral("linux"), 0.05056, 0.00553);
    QVERIFY(size);
    QCOMPARE(size->vcpu, 2.0);
    QCOMPARE(size->memoryGiB, 10.0);
    // 0.25 vCPU / 0.5 GB is the smallest Linux size; Windows starts at 1 vCPU / 2 GB.
    QCOMPARE(CostModel::fargateSize(catalog, 0.1, 0.1, QStringLiteral("linux"), 0.05056, 0.00553)->memoryGiB, 0.5);
    QCOMPARE(CostModel::fargateSize(catalog, 0.1, 0.1, QStringLiteral("windows"), 0.09148, 0.01005)->vcpu, 1.0);
    // Nothing has 17 vCPU.
    QVERIFY(!CostModel::fargateSize(catalog, 17, 32, QStringLiteral("linux"), 0.05056, 0.00553));

    const OptionResult r = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                                                workload(1, 1, 10)));
    QVERIFY(hasNote(r, QStringLiteral("1 vCPU / 10 GiB up to 2 vCPU / 10 GiB")));
    QCOMPARE(r.taskVcpu, 2.0);
}

void TestCostModel::kubeletReservationMovesUpASize()
{
    // The EKS AMI keeps back on c7i.large: CPU 6 % of core 1 + 1 % of core 2 = 0.07 vCPU;
    // memory 255 + 11 × 29 pods + 100 eviction = 674 MiB. A 2 vCPU task no longer fits.
    const PriceBook* tokyo = PriceBooks::builtin().region(QStringLiteral("ap-northeast-1"));
    const CatalogEntry* eks = Catalog::builtin().find(CatalogKind::Services, QStringLiteral("eks"));
    QVERIFY(tokyo && eks);
    const InstanceType* large = tokyo->instanceType(QStringLiteral("c7i.large"));
    QVERIFY(large);
    const auto [cpu, memory] = CostModel::reserved(*large, eks->hostReservation);
    QCOMPARE(qRound(cpu * 1000), 70);
    QCOMPARE(qRound(memory * 1024), 674);
    QCOMPARE(CostModel::tasksPerHost(*large, eks->hostReservation, 2, 4), 0);
    // Self-managed Docker keeps back nothing: one 2 vCPU / 4 GiB task fills a c7i.large.
    const CatalogEntry* self = Catalog::builtin().find(CatalogKind::Services, QStringLiteral("ec2-self-managed"));
    QCOMPARE(CostModel::tasksPerHost(*large, self->hostReservation, 2, 4), 1);
    // The ECS agent registers 97.473 % of it: 4,096 MiB × 0.97473 = 3,992.5 MiB < 4,096 MiB.
    const CatalogEntry* ecs = Catalog::builtin().find(CatalogKind::Services, QStringLiteral("ecs"));
    QCOMPARE(qRound(CostModel::reserved(*large, ecs->hostReservation).second * 1024 * 10), qRound((4096 - 4096 * 0.97473) * 10));
    QCOMPARE(CostModel::tasksPerHost(*large, ecs->hostReservation, 2, 4), 0);

    // So EKS on c7i.large is priced on c7i.xlarge: 730 × 0.2247 + 730 × 0.10 = 237.031.
    const OptionResult r = evaluateOne(
        scenario(QStringLiteral("ap-northeast-1"), monthHours,
                 option(QStringLiteral("eks"), QStringLiteral("ec2"), QStringLiteral("c7i.large")), workload(1, 2, 4)));
    QCOMPARE(r.instanceType, QStringLiteral("c7i.xlarge"));
    QCOMPARE(qRound64(r.monthlyUsd() * 1e4), qRound64((730 * 0.2247 + 730 * 0.10) * 1e4));
    QVERIFY(hasNote(r, QStringLiteral("c7i.large cannot hold")));
}

void TestCostModel::unknownPriceIsNotZero()
{
    // No Windows Fargate rate has been published for Tokyo: the compute line is unknown.
    const OptionResult r = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                                                workload(1, 1, 2, QStringLiteral("x86_64"), QStringLiteral("windows"))));
    QVERIFY(!r.complete());
    QVERIFY(hasNote(r, QStringLiteral("No published price")));
    bool unknownCompute = false;
    for (const LineItem& item : r.lineItems)
        unknownCompute = unknownCompute || (item.kind == LineKind::Compute && !item.known);
    QVERIFY(unknownCompute);

    // An incomplete option is never marked cheapest.
    Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours,
                          option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                          workload(1, 1, 2, QStringLiteral("x86_64"), QStringLiteral("windows")));
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.cheapestIndex(), -1);
}

void TestCostModel::appRunnerIsFlaggedClosed()
{
    const OptionResult r = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                option(QStringLiteral("app-runner"), QString()), workload(1, 1, 2)));
    QVERIFY(hasNote(r, QStringLiteral("closed to new customers")));
    // Tokyo: 730 × (0.081 + 2 × 0.009) = 72.27.
    QCOMPARE(qRound64(r.monthlyUsd() * 1e4), qRound64(730 * (0.081 + 2 * 0.009) * 1e4));
}

void TestCostModel::lambdaStopsAt15Minutes()
{
    Scenario s = scenario(QStringLiteral("us-east-1"), monthHours, option(QStringLiteral("lambda"), QString()),
                          workload(1, 1, 1));
    s.workload.requestsPerMonth = 1000;
    s.workload.avgDurationMs = 16 * 60 * 1000;
    const OptionResult r = evaluateOne(s);
    QVERIFY(!r.available);
    QVERIFY(hasNote(r, QStringLiteral("15 minutes")));

    // The free tier only when asked: 1M × 0.1 s × 1 GB = 100,000 GB-s, all inside 400,000.
    s.workload.requestsPerMonth = 1e6;
    s.workload.avgDurationMs = 100;
    s.options[0].freeTier = true;
    QCOMPARE(evaluateOne(s).monthlyUsd(), 0.0);
    s.options[0].freeTier = false;
    QCOMPARE(qRound64(evaluateOne(s).monthlyUsd() * 1e6), qRound64((100000 * 0.0000166667 + 0.2) * 1e6));
}

void TestCostModel::storageAndSecurityLineItems()
{
    Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours,
                          option(QStringLiteral("ecs"), QStringLiteral("fargate")), workload(2, 2, 4));
    s.storage = {{QStringLiteral("disk"), QStringLiteral("ebs-gp3"), 100},
                 {QStringLiteral("nas"), QStringLiteral("efs-standard"), 100}};
    s.security = {{QStringLiteral("scan"), QStringLiteral("inspector-ecr"), 10.0, 5.0, {}, {}, {}}};
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.storage.size(), 2);
    // gp3 Tokyo 100 GB × 0.096 = 9.60; EFS Standard Tokyo 100 GB × 0.36 = 36.00 (730 h = one month).
    QCOMPARE(qRound64(c.storage[0].monthlyUsd * 1e6), qRound64(100 * 0.096 * 1e6));
    QCOMPARE(qRound64(c.storage[1].monthlyUsd * 1e6), qRound64(100 * 0.36 * 1e6));
    // The deck: EFS Multi-AZ ≈ 3.75 × gp3.
    QCOMPARE(qRound(c.storage[1].monthlyUsd / c.storage[0].monthlyUsd * 100), 375);
    // Inspector Tokyo: 10 images × 0.11 + 5 rescans × 0.01 = 1.15.
    QCOMPARE(c.security.size(), 1);
    QCOMPARE(qRound64(c.security[0].monthlyUsd * 1e6), qRound64((10 * 0.11 + 5 * 0.01) * 1e6));
    // The same figures are line items of the option.
    const OptionResult& o = c.options.first();
    QCOMPARE(qRound64(o.monthlyUsd(LineKind::Storage) * 1e6), qRound64((9.6 + 36) * 1e6));
    QCOMPARE(qRound64(o.monthlyUsd(LineKind::Security) * 1e6), qRound64(1.15 * 1e6));

    // GuardDuty runtime monitoring, us-east-1: 2 tasks × 2 vCPU = 4 vCPU × 1.50 = 6.00 a month.
    Scenario g = scenario(QStringLiteral("us-east-1"), monthHours,
                          option(QStringLiteral("ecs"), QStringLiteral("fargate")), workload(2, 2, 4));
    g.security = {{QStringLiteral("gd"), QStringLiteral("guardduty-runtime"), {}, {}, {}, {}, {}}};
    const OptionResult go = evaluateOne(g);
    QCOMPARE(qRound64(go.monthlyUsd(LineKind::Security) * 1e6), qRound64(4 * 1.50 * 1e6));
}

void TestCostModel::optionOverridesWorkloadAndRegion()
{
    // One scenario, Tokyo and N. Virginia: c7i.large 0.11235 vs 0.08925 USD/h over 730 h.
    Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours,
                          option(QStringLiteral("ec2-self-managed"), QStringLiteral("ec2"), QStringLiteral("c7i.large")),
                          workload(1, 2, 4));
    Option virginia = s.options.first();
    virginia.id = QStringLiteral("virginia");
    virginia.region = QStringLiteral("us-east-1");
    Option bigger = s.options.first();
    bigger.id = QStringLiteral("bigger");
    bigger.instanceType = QStringLiteral("c7i.xlarge");
    bigger.vcpu = 4;
    bigger.memoryGiB = 8;
    s.options << virginia << bigger;
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.options.size(), 3);
    QCOMPARE(qRound64(c.options[0].monthlyUsd() * 1e4), qRound64(730 * 0.11235 * 1e4));
    QCOMPARE(qRound64(c.options[1].monthlyUsd() * 1e4), qRound64(730 * 0.08925 * 1e4));
    QCOMPARE(c.options[1].region, QStringLiteral("us-east-1"));
    QCOMPARE(qRound64(c.options[2].monthlyUsd() * 1e4), qRound64(730 * 0.2247 * 1e4));
    QCOMPARE(c.cheapestIndex(), 1);
}

void TestCostModel::disabledOptionsAreNotCompared()
{
    Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours,
                          option(QStringLiteral("ecs"), QStringLiteral("fargate")), workload(1, 2, 4));
    Option off = s.options.first();
    off.id = QStringLiteral("off");
    off.enabled = false;
    s.options << off;
    QCOMPARE(CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin()).options.size(), 1);
}

// Lightsail and App Runner mount neither EBS nor EFS (the storage catalog's "mountFrom" is EC2
// and Fargate): the option says so for each, by name; ECS on Fargate mounts both, says nothing
// and pays for both: 50 GB × 0.096 + 10 GB × 0.36 = 4.80 + 3.60 = 8.40 USD (Tokyo, 730 h).
void TestCostModel::storageThatCannotBeMountedIsSaid()
{
    Option lightsail = option(QStringLiteral("lightsail"), QString());
    lightsail.id = QStringLiteral("ls");
    lightsail.label = QStringLiteral("Lightsail");
    Option appRunner = option(QStringLiteral("app-runner"), QString());
    appRunner.id = QStringLiteral("ar");
    appRunner.label = QStringLiteral("App Runner");
    Option fargate = option(QStringLiteral("ecs"), QStringLiteral("fargate"));
    fargate.id = QStringLiteral("fg");
    fargate.label = QStringLiteral("ECS on Fargate");
    Scenario s = scenario(QStringLiteral("ap-northeast-1"), monthHours, lightsail, workload(1, 1, 2));
    s.options = {lightsail, appRunner, fargate};
    s.storage = {{QStringLiteral("disk"), QStringLiteral("ebs-gp3"), 50},
                 {QStringLiteral("nas"), QStringLiteral("efs-standard"), 10}};
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.options.size(), 3);
    for (int i : {0, 1}) {
        const OptionResult& o = c.options.at(i);
        QVERIFY2(hasNote(o, QStringLiteral("Amazon EBS gp3 (General Purpose SSD) cannot be mounted from %1").arg(o.label)),
                 qPrintable(o.label));
        QVERIFY2(hasNote(o, QStringLiteral("Amazon EFS Standard (Regional, Multi-AZ) cannot be mounted from %1").arg(o.label)),
                 qPrintable(o.label));
    }
    const OptionResult& f = c.options.at(2);
    QVERIFY(!hasNote(f, QStringLiteral("cannot be mounted")));
    QCOMPARE(qRound64(f.monthlyUsd(LineKind::Storage) * 1e6), qRound64((50 * 0.096 + 10 * 0.36) * 1e6));
}

void TestCostModel::feesNobodyPublishedLeaveTheTotalUnknown()
{
    // ECS Managed Instances and EKS Auto Mode: the instance is priced as EC2, the management fee
    // per instance is in no price book, so the option is incomplete (never cheapest, never a
    // total that is too low). Tokyo, c7i.large, 1 task of 1 vCPU / 2 GiB, 730 h:
    // the instance costs 730 × 0.11235 = 82.0155 USD (slide 16's c7i.large rate), split between
    // the workload's share and the capacity it leaves unused.
    for (const QString& service : {QStringLiteral("ecs-managed-instances"), QStringLiteral("eks-auto-mode")}) {
        const OptionResult r = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                    option(service, QStringLiteral("ec2"), QStringLiteral("c7i.large")),
                                                    workload(1, 1, 2)));
        QVERIFY2(r.available, qPrintable(service));
        QVERIFY2(!r.complete(), qPrintable(service));
        bool unknownFee = false;
        double instance = 0;
        for (const LineItem& item : r.lineItems) {
            unknownFee = unknownFee || (item.kind == LineKind::ServiceFee && !item.known);
            if ((item.kind == LineKind::Compute || item.kind == LineKind::OverProvisioning) && item.known)
                instance += item.monthlyUsd;
        }
        QVERIFY2(unknownFee, qPrintable(service));
        QCOMPARE(qRound64(instance * 1e4), qRound64(730 * 0.11235 * 1e4));
        QVERIFY2(hasNote(r, QStringLiteral("management fee per instance")), qPrintable(service));
    }
    // EKS Auto Mode keeps the cluster fee of any EKS cluster: 730 × 0.10 = 73 USD, known.
    const OptionResult autoMode = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                       option(QStringLiteral("eks-auto-mode"), QStringLiteral("ec2"),
                                                              QStringLiteral("c7i.large")),
                                                       workload(1, 1, 2)));
    double controlPlane = 0;
    for (const LineItem& item : autoMode.lineItems)
        if (item.kind == LineKind::ControlPlane && item.known)
            controlPlane += item.monthlyUsd;
    QCOMPARE(qRound64(controlPlane * 100), qRound64(730 * 0.10 * 100));

    // EKS Hybrid Nodes: your own servers; the cluster fee is known, the nodes' fee is not.
    const OptionResult hybrid = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                     option(QStringLiteral("eks-hybrid-nodes"), QString()),
                                                     workload(1, 1, 2)));
    QVERIFY(!hybrid.complete());
    QVERIFY(hasNote(hybrid, QStringLiteral("fee for the nodes you bring")));
    double hybridControlPlane = 0;
    for (const LineItem& item : hybrid.lineItems)
        if (item.kind == LineKind::ControlPlane && item.known)
            hybridControlPlane += item.monthlyUsd;
    QCOMPARE(qRound64(hybridControlPlane * 100), qRound64(730 * 0.10 * 100));
}

void TestCostModel::notesNameTheRuntime()
{
    // A note names the runtime as the window does ("ECS Anywhere"), not by its id.
    const OptionResult r = evaluateOne(scenario(QStringLiteral("ap-northeast-1"), monthHours,
                                                option(QStringLiteral("batch"), QStringLiteral("ecs-anywhere")),
                                                workload(1, 1, 2)));
    QVERIFY(!r.available);
    QVERIFY(hasNote(r, QStringLiteral("does not run on ECS Anywhere.")));
    QVERIFY(!hasNote(r, QStringLiteral("ecs-anywhere")));
}

// Every result names the prices it was made from, in the order its rules read them, so that
// nobody has to work the keys out again (the report's sources section reads these).
void TestCostModel::pricesUsedAreRecorded()
{
    const QString tokyo = QStringLiteral("ap-northeast-1");
    Scenario s = scenario(tokyo, monthHours, option(QStringLiteral("ecs"), QStringLiteral("fargate")),
                          workload(1, 2, 4));
    s.workload.requestsPerMonth = 1000000;
    s.workload.avgDurationMs = 100;
    Option eks = option(QStringLiteral("eks"), QStringLiteral("ec2"), QStringLiteral("c7i.xlarge"));
    eks.id = QStringLiteral("eks");
    Option lambda = option(QStringLiteral("lambda"), QString());
    lambda.id = QStringLiteral("lambda");
    lambda.arch = QStringLiteral("arm64");
    s.options << eks << lambda;
    // S3 is reached by its API, so all three options can use it; Inspector ECR covers all three.
    s.storage = {{QStringLiteral("s3"), QStringLiteral("s3-standard"), 100}};
    s.security = {{QStringLiteral("scan"), QStringLiteral("inspector-ecr"), 10.0, 0.0, {}, {}, {}}};
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.options.size(), 3);

    // The storage and security items: S3 Standard's GB-month; Inspector's image and rescan
    // rates (the rescan rate is a rate of the figure even for 0 rescans).
    const QStringList storage = {QStringLiteral("price ap-northeast-1 storage.s3-standard.gb-month storage")};
    const QStringList security = {QStringLiteral("price ap-northeast-1 inspector-ecr.image security"),
                                  QStringLiteral("price ap-northeast-1 inspector-ecr.rescan security")};
    QCOMPARE(describe(c.storage.first().pricesUsed), storage);
    QCOMPARE(describe(c.security.first().pricesUsed), security);

    // ECS on Fargate, Linux x86_64: the family's vCPU-hour, then its GB-hour; nothing else.
    QCOMPARE(describe(c.options[0].pricesUsed),
             QStringList({QStringLiteral("price ap-northeast-1 fargate.linux-x86.vcpu-hour compute"),
                          QStringLiteral("price ap-northeast-1 fargate.linux-x86.gb-hour compute")})
                 + storage + security);
    // EKS on EC2: the instance type it runs on, then the cluster fee in standard support (the
    // option's default), filed under "eks.cluster-hour.standard".
    QCOMPARE(describe(c.options[1].pricesUsed),
             QStringList({QStringLiteral("instance ap-northeast-1 c7i.xlarge compute"),
                          QStringLiteral("price ap-northeast-1 eks.cluster-hour.standard control-plane")})
                 + storage + security);
    // Lambda on arm64: the arm64 GB-second, then the request price.
    QCOMPARE(describe(c.options[2].pricesUsed),
             QStringList({QStringLiteral("price ap-northeast-1 lambda.arm64.gb-second compute"),
                          QStringLiteral("price ap-northeast-1 lambda.request requests")})
                 + storage + security);
    // On-demand: no discount.
    for (const OptionResult& o : c.options)
        QVERIFY(!o.discount);

    // A Lightsail power is recorded by its id (the power chosen, not every one the book has).
    Scenario l = scenario(tokyo, monthHours, option(QStringLiteral("lightsail"), QString()), workload(1, 1, 2));
    const OptionResult lightsail = evaluateOne(l);
    QCOMPARE(lightsail.pricesUsed.size(), 1);
    QCOMPARE(lightsail.pricesUsed.first().kind, PriceUse::Kind::LightsailPower);
    QCOMPARE(lightsail.pricesUsed.first().key, lightsail.instanceType);
}

// The discount recorded is the one the total was priced with: its purchase, fraction and
// source (or the scenario's own figure); none where the model priced on-demand instead.
void TestCostModel::discountsRecordWhatWasApplied()
{
    const QString tokyo = QStringLiteral("ap-northeast-1");
    // Tokyo's book: spot on EC2 60 % off (source SKY, 2026-07-20, estimate); Compute Savings
    // Plans on Fargate 19 % off (SP-FIX, 2026-04-10, estimate).
    Option spot = option(QStringLiteral("eks"), QStringLiteral("ec2"), QStringLiteral("c7i.xlarge"));
    spot.purchase = QStringLiteral("spot");
    const OptionResult eks = evaluateOne(scenario(tokyo, monthHours, spot, workload(1, 2, 4)));
    QVERIFY(eks.discount);
    QCOMPARE(eks.discount->purchase, QStringLiteral("spot"));
    QCOMPARE(eks.discount->runtime, QStringLiteral("ec2"));
    QCOMPARE(eks.discount->fraction, 0.6);
    QCOMPARE(eks.discount->source, QStringLiteral("SKY"));
    QCOMPARE(eks.discount->asOf, QStringLiteral("2026-07-20"));
    QCOMPARE(eks.discount->confidence, Confidence::Estimate);
    QVERIFY(!eks.discount->fromScenario);
    // What was applied: 1 host of c7i.xlarge × 730 h × 0.2247 USD/h × (1 − 0.6) = 65.6124,
    // split between the task's share and the capacity left over.
    QCOMPARE(qRound64((eks.monthlyUsd(LineKind::Compute) + eks.monthlyUsd(LineKind::OverProvisioning)) * 1e4),
             qRound64(730 * 0.2247 * (1 - 0.6) * 1e4));

    Option plan = option(QStringLiteral("ecs"), QStringLiteral("fargate"));
    plan.purchase = QStringLiteral("savings-plan");
    const OptionResult fargate = evaluateOne(scenario(tokyo, monthHours, plan, workload(1, 2, 4)));
    QVERIFY(fargate.discount);
    QCOMPARE(fargate.discount->runtime, QStringLiteral("fargate"));
    QCOMPARE(fargate.discount->fraction, 0.19);
    QCOMPARE(fargate.discount->source, QStringLiteral("SP-FIX"));
    QCOMPARE(fargate.discount->asOf, QStringLiteral("2026-04-10"));
    // 1 task × 730 h × (2 vCPU × 0.05056 + 4 GB × 0.00553) × (1 − 0.19) = 730 × 0.12324 × 0.81.
    QCOMPARE(qRound64(fargate.monthlyUsd(LineKind::Compute) * 1e4), qRound64(730 * 0.12324 * 0.81 * 1e4));

    // Fargate Spot is for ECS only: EKS on Fargate at spot is priced on-demand, so the book's
    // 70 % for Fargate Spot is not applied and not recorded.
    Option eksSpot = option(QStringLiteral("eks"), QStringLiteral("fargate"));
    eksSpot.purchase = QStringLiteral("spot");
    QVERIFY(!evaluateOne(scenario(tokyo, monthHours, eksSpot, workload(1, 2, 4))).discount);

    // The scenario's own figure: 25 % off a c7i.large, no source.
    Option own = option(QStringLiteral("ec2-self-managed"), QStringLiteral("ec2"), QStringLiteral("c7i.large"));
    own.purchase = QStringLiteral("reserved");
    own.discount = 0.25;
    const OptionResult reserved = evaluateOne(scenario(tokyo, monthHours, own, workload(1, 2, 4)));
    QVERIFY(reserved.discount);
    QVERIFY(reserved.discount->fromScenario);
    QCOMPARE(reserved.discount->fraction, 0.25);
    QVERIFY(reserved.discount->source.isEmpty());
    // 730 h × 0.11235 USD/h × (1 − 0.25); c7i.large holds the 2 vCPU / 4 GiB task exactly.
    QCOMPARE(qRound64(reserved.monthlyUsd() * 1e4), qRound64(730 * 0.11235 * 0.75 * 1e4));
}

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
