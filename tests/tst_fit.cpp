// Fit before price: an option is checked against the whole workload before it is priced, and an
// option that cannot meet it is never the cheapest. Every figure is worked out by hand from the
// Tokyo book (resources/prices/ap-northeast-1.json) and the rules in DESIGN.md.
#include "Catalog.h"
#include "Comparison.h"
#include "CostModel.h"
#include "PriceBook.h"
#include "Scaling.h"
#include "Scenario.h"
#include "ScenarioDocument.h"

#include <QtTest>

namespace {

// Tokyo rates, USD.
constexpr double c7iLarge = 0.11235;   // per hour
constexpr double c7iXlarge = 0.2247;
constexpr double c7i2xlarge = 0.4494;
constexpr double fargateVcpu = 0.05056; // per vCPU-hour, Linux x86
constexpr double fargateGb = 0.00553;   // per GB-hour
constexpr double appRunnerVcpu = 0.081;
constexpr double appRunnerGb = 0.009;
constexpr double eksCluster = 0.10;
constexpr double lightsailLarge = 80;  // the large power, a month
constexpr double ebsGp3 = 0.096;       // per GB-month
constexpr double efsStandard = 0.36;
constexpr double s3Standard = 0.025;
constexpr double inspectorImage = 0.11;
constexpr double hours = 730;

Scenario deckDefault()
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

const OptionResult& optionById(const Comparison& c, const QString& id)
{
    for (const OptionResult& o : c.options)
        if (o.id == id)
            return o;
    qFatal("no option %s", qPrintable(id));
}

qint64 cents(double usd)
{
    return qRound64(usd * 100);
}

bool anyReasonContains(const OptionResult& o, const QString& text)
{
    return std::any_of(o.reasons.cbegin(), o.reasons.cend(), [&](const QString& r) { return r.contains(text); });
}

} // namespace

class TestFit : public QObject
{
    Q_OBJECT

private slots:
    void storageAnOptionCannotMountIsNotSummed();
    void cannotRunIsNeverCheapest();
    void ecsPlacesByRegisteredMemory();
    void registeredMemoryCanBeOverridden();
    void architectureIsHonoured();
    void sameSizeForTheOtherArchitecture();
    void templateLabelsSayWhatIsPriced();
    void nothingFitsAHugeTask();
    void everyCrossingIsFound();
    void crossingsBetweenSamplesAreExact();
    void breakEvenSentenceNamesTheCrossings();
};

void TestFit::storageAnOptionCannotMountIsNotSummed()
{
    const Comparison c = CostModel::evaluate(deckDefault(), Catalog::builtin(), PriceBooks::builtin());
    // Lightsail mounts neither EBS nor EFS, and its images are not in ECR: only S3 (an API) is
    // added. 80 a month for the large power + 100 GB × 0.025 = 82.50.
    const OptionResult& lightsail = optionById(c, QStringLiteral("lightsail"));
    QCOMPARE(lightsail.fit, Fit::CannotRun);
    QVERIFY(lightsail.available);
    QCOMPARE(cents(lightsail.monthlyUsd()), cents(lightsailLarge + 100 * s3Standard));
    QCOMPARE(cents(lightsail.monthlyUsd(LineKind::Storage)), cents(100 * s3Standard));
    QCOMPARE(lightsail.monthlyUsd(LineKind::Security), 0.0);
    QVERIFY(anyReasonContains(lightsail, QStringLiteral("Amazon EBS gp3")));
    QVERIFY(anyReasonContains(lightsail, QStringLiteral("Amazon EFS Standard")));
    QVERIFY(anyReasonContains(lightsail, QStringLiteral("Inspector")));
    QCOMPARE(lightsail.reasons.size(), 3);

    // App Runner pulls from ECR, so Inspector covers it: 730 × (2 × 0.081 + 4 × 0.009) = 144.54,
    // + S3 2.50 + 20 images × 0.11 = 2.20 → 149.24; EBS and EFS are left out and said.
    const OptionResult& appRunner = optionById(c, QStringLiteral("app-runner"));
    QCOMPARE(appRunner.fit, Fit::CannotRun);
    QCOMPARE(cents(appRunner.monthlyUsd()),
             cents(hours * (2 * appRunnerVcpu + 4 * appRunnerGb) + 100 * s3Standard + 20 * inspectorImage));
    QCOMPARE(appRunner.reasons.size(), 2);

    // EKS on Fargate mounts EFS but not EBS: 730 × (2 × 0.05056 + 5 × 0.00553) = 94.0021 for the
    // 2 vCPU / 5 GB size, + 73 cluster + EFS 36 + S3 2.50 + Inspector 2.20 = 207.7021.
    const OptionResult& eksFargate = optionById(c, QStringLiteral("eks-fargate"));
    QCOMPARE(eksFargate.fit, Fit::CannotRun);
    QCOMPARE(cents(eksFargate.monthlyUsd()),
             cents(hours * (2 * fargateVcpu + 5 * fargateGb) + hours * eksCluster + 100 * efsStandard
                   + 100 * s3Standard + 20 * inspectorImage));
    QVERIFY(anyReasonContains(eksFargate, QStringLiteral("Amazon EBS gp3")));
    QVERIFY(!anyReasonContains(eksFargate, QStringLiteral("Amazon EFS")));

    // ECS on Fargate mounts all three: 730 × (2 × 0.05056 + 4 × 0.00553) = 89.9652 + 9.60 + 36
    // + 2.50 + 2.20 = 140.2652, and fits as described.
    const OptionResult& ecsFargate = optionById(c, QStringLiteral("ecs-fargate"));
    QCOMPARE(ecsFargate.fit, Fit::Fits);
    QVERIFY(ecsFargate.reasons.isEmpty());
    QCOMPARE(cents(ecsFargate.monthlyUsd()), cents(hours * (2 * fargateVcpu + 4 * fargateGb) + 100 * ebsGp3
                                                   + 100 * efsStandard + 100 * s3Standard + 20 * inspectorImage));
}

void TestFit::cannotRunIsNeverCheapest()
{
    // Lightsail's 82.50 is the lowest total, but it cannot run the workload. Of those that can,
    // Elastic Beanstalk on c7i.large (plain Docker keeps nothing back): 730 × 0.11235 = 82.0155
    // + 9.60 + 36 + 2.50 + 2.20 = 132.3155.
    const Comparison c = CostModel::evaluate(deckDefault(), Catalog::builtin(), PriceBooks::builtin());
    QVERIFY(c.cheapestIndex() >= 0);
    const OptionResult& cheapest = c.options.at(c.cheapestIndex());
    QCOMPARE(cheapest.id, QStringLiteral("beanstalk"));
    QCOMPARE(cents(cheapest.monthlyUsd()),
             cents(hours * c7iLarge + 100 * (ebsGp3 + efsStandard + s3Standard) + 20 * inspectorImage));
    QVERIFY(optionById(c, QStringLiteral("lightsail")).monthlyUsd() < cheapest.monthlyUsd());
    QVERIFY(!Comparison::rankable(optionById(c, QStringLiteral("lightsail"))));
}

void TestFit::ecsPlacesByRegisteredMemory()
{
    // The ECS agent registers 97.473 % of the memory (AWS: an m4.large's 8,192 MiB registers
    // 7,985 MiB). A c7i.large registers 4,096 × 0.97473 = 3,992.5 MiB < the 4,096 MiB task, so
    // deck-default's ECS option moves to c7i.xlarge (7,985 MiB: one task) and says why:
    // 730 × 0.2247 = 164.031, half of it capacity not asked for, + 50.30 storage and security.
    const Comparison c = CostModel::evaluate(deckDefault(), Catalog::builtin(), PriceBooks::builtin());
    const OptionResult& ecs = optionById(c, QStringLiteral("ecs-ec2"));
    QCOMPARE(ecs.instanceType, QStringLiteral("c7i.xlarge"));
    QCOMPARE(ecs.instances, 1);
    QCOMPARE(ecs.fit, Fit::FitsWithChanges);
    QVERIFY(anyReasonContains(ecs, QStringLiteral("c7i.large cannot hold one 2 vCPU / 4 GiB task")));
    QCOMPARE(ecs.label, QStringLiteral("ECS on EC2 (c7i.xlarge)"));
    QCOMPARE(cents(ecs.monthlyUsd()), cents(hours * c7iXlarge + 100 * (ebsGp3 + efsStandard + s3Standard)
                                            + 20 * inspectorImage));
    QCOMPARE(cents(ecs.monthlyUsd(LineKind::OverProvisioning)), cents(hours * c7iXlarge / 2));

    // Slide 16's self-managed EC2 keeps nothing back: the 2 vCPU / 4 GiB task fits c7i.large,
    // 732 h × 0.11235 = 82.2402 exactly.
    LoadError error;
    const std::optional<Scenario> slide16 =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
    QVERIFY2(slide16, qPrintable(error.toString()));
    const Comparison deck = CostModel::evaluate(*slide16, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(deck.options.first().instanceType, QStringLiteral("c7i.large"));
    QCOMPARE(deck.options.first().fit, Fit::Fits);
    QCOMPARE(qRound64(deck.options.first().monthlyUsd() * 1e4), qRound64(732 * c7iLarge * 1e4));
}

void TestFit::registeredMemoryCanBeOverridden()
{
    Scenario s = deckDefault();
    s.storage.clear();
    s.security.clear();
    Option& ecs = s.options.first();
    QCOMPARE(ecs.id, QStringLiteral("ecs-ec2"));
    // Registering the whole 4 GiB (a user's own measurement) puts the task back on c7i.large.
    ecs.registeredMemoryFraction = 1.0;
    OptionResult r = CostModel::evaluateOption(s, ecs, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(r.instanceType, QStringLiteral("c7i.large"));
    QCOMPARE(r.fit, Fit::Fits);
    QCOMPARE(cents(r.monthlyUsd()), cents(hours * c7iLarge));
    // ECS_RESERVED_MEMORY=256 takes it away again: 4,096 − 256 < 4,096 → c7i.xlarge.
    ecs.reservedMemoryMiB = 256;
    r = CostModel::evaluateOption(s, ecs, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(r.instanceType, QStringLiteral("c7i.xlarge"));
    // A CPU reservation of 0.5 vCPU on c7i.xlarge leaves 3.5 vCPU: 2 vCPU tasks, one a host; with
    // 1 vCPU / 1 GiB tasks, 3 a host (3.5 / 1), so 4 tasks need 2 hosts: 2 × 730 × 0.2247.
    ecs.reservedMemoryMiB.reset();
    ecs.registeredMemoryFraction.reset();
    ecs.instanceType = QStringLiteral("c7i.xlarge");
    ecs.reservedVcpu = 0.5;
    s.workload.vcpu = 1;
    s.workload.memoryGiB = 1;
    s.workload.tasks = 4;
    r = CostModel::evaluateOption(s, ecs, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(r.instances, 2);
    QCOMPARE(cents(r.monthlyUsd()), cents(2 * hours * c7iXlarge));
    // The overrides survive a save and a load.
    LoadError error;
    const std::optional<Scenario> back =
        ScenarioFile::parse(ScenarioFile::serialize(s), QStringLiteral("override.json"), &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->options.first().reservedVcpu, std::optional<double>(0.5));
    QCOMPARE(*back, s);
}

void TestFit::architectureIsHonoured()
{
    // An arm64 workload on ECS with c7i.large (x86_64): an error in the option, not an x86 price.
    Scenario s = deckDefault();
    s.workload.arch = QStringLiteral("arm64");
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    const OptionResult& ecs = optionById(c, QStringLiteral("ecs-ec2"));
    QVERIFY(!ecs.available);
    QCOMPARE(ecs.fit, Fit::CannotRun);
    QVERIFY(anyReasonContains(ecs, QStringLiteral("c7i.large is an x86_64 instance type and cannot run arm64")));
    QVERIFY(anyReasonContains(ecs, QStringLiteral("Choose c7g.large")));
    QCOMPARE(ecs.monthlyUsd(), 0.0);
    // Beanstalk on c7i.large and EKS on c7i.xlarge too; the cheapest is an option that runs arm64.
    QVERIFY(!optionById(c, QStringLiteral("beanstalk")).available);
    QVERIFY(anyReasonContains(optionById(c, QStringLiteral("eks-ec2")), QStringLiteral("Choose c7g.xlarge")));
    QVERIFY(c.cheapestIndex() >= 0);
    QCOMPARE(c.options.at(c.cheapestIndex()).id, QStringLiteral("ecs-fargate"));
    // After the fix (c7g.large for arm64: 2 vCPU / 4 GiB, 0.091 USD/h) the task still needs the
    // next size for ECS's registered memory: c7g.xlarge, 730 × 0.1819 = 132.787.
    s.options.first().instanceType = QStringLiteral("c7g.large");
    const OptionResult fixed = CostModel::evaluateOption(s, s.options.first(), Catalog::builtin(), PriceBooks::builtin());
    QVERIFY(fixed.available);
    QCOMPARE(fixed.instanceType, QStringLiteral("c7g.xlarge"));
    QCOMPARE(cents(fixed.monthlyUsd(LineKind::Compute) + fixed.monthlyUsd(LineKind::OverProvisioning)),
             cents(hours * 0.1819));
}

void TestFit::sameSizeForTheOtherArchitecture()
{
    const PriceBook* tokyo = PriceBooks::builtin().region(QStringLiteral("ap-northeast-1"));
    QVERIFY(tokyo);
    const auto match = [&](const char* type, const char* arch) -> QString {
        const InstanceType* t = tokyo->instanceType(QString::fromLatin1(type));
        if (!t)
            return QStringLiteral("missing ") + QString::fromLatin1(type);
        const InstanceType* m = CostModel::matchingInstanceType(*tokyo, *t, QString::fromLatin1(arch));
        return m ? m->type : QString();
    };
    QCOMPARE(match("c7i.large", "arm64"), QStringLiteral("c7g.large"));
    QCOMPARE(match("c7i.xlarge", "arm64"), QStringLiteral("c7g.xlarge"));
    QCOMPARE(match("m7i.xlarge", "arm64"), QStringLiteral("m7g.xlarge"));
    QCOMPARE(match("t3.large", "arm64"), QStringLiteral("t4g.large"));
    QCOMPARE(match("c7g.large", "arm64"), QStringLiteral("c7g.large"));
    // Back to x86_64: a c-class large of generation 7.
    const InstanceType* back = CostModel::matchingInstanceType(
        *tokyo, *tokyo->instanceType(QStringLiteral("c7g.large")), QStringLiteral("x86_64"));
    QVERIFY(back);
    QCOMPARE(back->arch, QStringLiteral("x86_64"));
    QCOMPARE(back->size(), QStringLiteral("large"));
    QVERIFY(back->family().startsWith(QStringLiteral("c7")));
}

void TestFit::templateLabelsSayWhatIsPriced()
{
    // The New comparison template: every option on EC2 is labelled with the instance it is
    // priced on, and none needed a change to fit the 2 vCPU / 4 GiB workload.
    const Scenario s = ScenarioDocument::defaultScenario();
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    int onEc2 = 0;
    for (const OptionResult& o : c.options) {
        QVERIFY2(o.fit != Fit::FitsWithChanges, qPrintable(o.label));
        if (o.instanceType.isEmpty() || o.runtime != u"ec2")
            continue;
        ++onEc2;
        QVERIFY2(o.label.contains(o.instanceType), qPrintable(o.label + QStringLiteral(" / ") + o.instanceType));
    }
    QCOMPARE(onEc2, 3);
    QCOMPARE(optionById(c, QStringLiteral("eks-ec2")).label, QStringLiteral("EKS on EC2 (c7i.xlarge)"));
    // An option without a label whose chosen instance is too small is labelled with the one priced.
    Scenario small = s;
    small.options = {s.options.first()};
    small.options.first().instanceType = QStringLiteral("c7i.large");
    const OptionResult moved =
        CostModel::evaluateOption(small, small.options.first(), Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(moved.label, QStringLiteral("ECS on EC2 (c7i.xlarge)"));
}

void TestFit::nothingFitsAHugeTask()
{
    // 50 vCPU / 4 GiB: no Fargate size has it (16 vCPU at most), nor a Lightsail power (4) or an
    // App Runner size (4), and the EC2 options' c7i family stops at c7i.4xlarge (16 vCPU) in the
    // Tokyo book: nothing can be priced, and nothing is cheapest.
    Scenario s = ScenarioDocument::defaultScenario();
    s.workload.vcpu = 50;
    s.workload.memoryGiB = 4;
    const Comparison c = CostModel::evaluate(s, Catalog::builtin(), PriceBooks::builtin());
    QCOMPARE(c.cheapestIndex(), -1);
    for (const OptionResult& o : c.options) {
        QVERIFY2(!o.available, qPrintable(o.label));
        QCOMPARE(o.fit, Fit::CannotRun);
        QVERIFY(!o.reasons.isEmpty());
    }
    const ScalingData scaling = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 10);
    QVERIFY(scaling.series.isEmpty());
    QVERIFY(scaling.breakEvens.isEmpty());
}

void TestFit::everyCrossingIsFound()
{
    // deck-default from 1 to 10 tasks (USD a month, n tasks):
    //   ECS on EC2 (c7i.xlarge)  164.031 n + 50.30        ECS on Fargate  89.9652 n + 50.30
    //   EKS on EC2 (c7i.xlarge)  164.031 n + 73 + 50.30   Beanstalk       82.0155 n + 50.30
    //   EKS on Fargate (cannot)  94.0021 n + 73 + 40.70   Lightsail (cannot)  80 n + 2.50
    //   App Runner (cannot)      144.54 n + 4.70
    // Beanstalk stays the cheapest that fits. The one pair that crosses: App Runner against EKS
    // on Fargate — at 2 tasks 293.78 < 301.7042, at 3 tasks 438.32 > 395.7063.
    const ScalingData d = Scaling::evaluate(deckDefault(), Catalog::builtin(), PriceBooks::builtin(), 10);
    QCOMPARE(d.maxTasks, 10);
    QCOMPARE(d.series.size(), 7);
    QCOMPARE(d.breakEvens.size(), 1);
    const BreakEven& b = d.breakEvens.first();
    QCOMPARE(b.before, QStringLiteral("App Runner"));
    QCOMPARE(b.after, QStringLiteral("EKS on Fargate"));
    QCOMPARE(b.fromTasks, 2);
    QCOMPARE(b.tasks, 3);
    QVERIFY(!b.cheapestChanges);
    // Where the lines meet: 144.54 n + 4.70 = 94.0021 n + 113.70 → n = 109 / 50.5379 = 2.1568;
    // in yen (1 USD = 155, floored per point) the interpolation lands within a hundredth of it.
    QVERIFY(qAbs(b.at.x() - 109 / (144.54 - 94.0021)) < 0.01);
    // The lines of options that cannot run are marked as such.
    for (const ScalingSeries& series : d.series)
        QCOMPARE(series.fits, series.optionId != u"lightsail" && series.optionId != u"app-runner"
                                  && series.optionId != u"eks-fargate");
}

void TestFit::crossingsBetweenSamplesAreExact()
{
    // Self-managed c7i.2xlarge (8 vCPU / 16 GiB) holds 8 tasks of 1 vCPU / 2 GiB:
    // ⌈n / 8⌉ × 730 × 0.4494 = 328.062 per 8 tasks; ECS on Fargate: n × 730 × (0.05056 + 2 ×
    // 0.00553) = 44.9826 n. Fargate is cheaper up to 7 (314.8782 < 328.062), the host from 8
    // (359.8608 > 328.062), Fargate again at 9 (404.8434 < 656.124) up to 14 (629.7564), the
    // host again at 15 (674.739 > 656.124): 7 → 8, 8 → 9 and 14 → 15.
    Scenario s = ScenarioDocument::defaultScenario();
    s.workload = Workload{};
    s.workload.vcpu = 1;
    s.workload.memoryGiB = 2;
    Option host;
    host.id = QStringLiteral("host");
    host.service = QStringLiteral("ec2-self-managed");
    host.runtime = QStringLiteral("ec2");
    host.instanceType = QStringLiteral("c7i.2xlarge");
    Option fargate;
    fargate.id = QStringLiteral("fargate");
    fargate.service = QStringLiteral("ecs");
    fargate.runtime = QStringLiteral("fargate");
    s.options = {host, fargate};
    s.storage.clear();
    s.security.clear();

    const ScalingData every = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 16);
    QList<QPair<int, int>> found;
    for (const BreakEven& b : every.breakEvens)
        found << qMakePair(b.fromTasks, b.tasks);
    QCOMPARE(found, (QList<QPair<int, int>>{{7, 8}, {8, 9}, {14, 15}}));
    QCOMPARE(every.breakEvens.at(0).after, QStringLiteral("EC2 (self-managed) (c7i.2xlarge)"));
    QCOMPARE(every.breakEvens.at(1).after, QStringLiteral("ECS on Fargate"));
    for (const BreakEven& b : every.breakEvens)
        QVERIFY(b.cheapestChanges);
    // They meet where 44.9826 n = 328.062, n = 7.2931 (the points are display amounts, rounded
    // to the cent, so the marker sits within a thousandth of a task of it).
    QVERIFY2(qAbs(every.breakEvens.at(0).at.x() - 328.062 / 44.9826) < 1e-3, qPrintable(QString::number(every.breakEvens.at(0).at.x(), 'g', 10)));

    // Five samples from 1 to 21: 1, 6, 11, 16, 21. Fargate is cheaper at 1, 6 and 11, the host
    // at 16 (2 hosts 656.124 < 719.7216); 21 needs 3 hosts (984.186 > 944.6346): Fargate.
    const ScalingData sampled = Scaling::evaluate(s, Catalog::builtin(), PriceBooks::builtin(), 21,
                                                  Language::English, 5);
    found.clear();
    for (const BreakEven& b : sampled.breakEvens)
        found << qMakePair(b.fromTasks, b.tasks);
    // Each crossing is still pinned to the first whole task count: 11 → 16 narrows to 14 → 15,
    // 16 → 21 to 16 → 17 (17 tasks need 3 hosts: 984.186 > 764.7042).
    QCOMPARE(found, (QList<QPair<int, int>>{{14, 15}, {16, 17}}));
}

void TestFit::breakEvenSentenceNamesTheCrossings()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const ScalingData deck = Scaling::evaluate(deckDefault(), Catalog::builtin(), PriceBooks::builtin(), 10);
    QCOMPARE(Scaling::breakEvenSentence(deck, english),
             QStringLiteral("The cheapest option stays the same from 1 to 10 tasks. "
                            "EKS on Fargate becomes cheaper than App Runner between 2 and 3 tasks."));

    ScalingData none;
    none.maxTasks = 10;
    QCOMPARE(Scaling::breakEvenSentence(none, english),
             QStringLiteral("No two options cross from 1 to 10 tasks: the order stays the same."));

    // The cheapest changing hands is named first, with its direction and task counts.
    ScalingData change;
    change.maxTasks = 10;
    BreakEven b;
    b.before = QStringLiteral("Fargate");
    b.after = QStringLiteral("EC2");
    b.fromTasks = 7;
    b.tasks = 8;
    b.cheapestChanges = true;
    change.breakEvens = {b};
    QCOMPARE(Scaling::breakEvenSentence(change, english),
             QStringLiteral("The cheapest changes between 7 and 8 tasks: from 8 tasks on, EC2 is cheaper than "
                            "Fargate."));
    // More than three other crossings are counted, not listed.
    BreakEven other;
    other.before = QStringLiteral("A");
    other.after = QStringLiteral("B");
    other.fromTasks = 1;
    other.tasks = 2;
    change.breakEvens << other << other << other << other;
    QVERIFY(Scaling::breakEvenSentence(change, english)
                .endsWith(QStringLiteral("4 other crossings between options, marked on the chart.")));
}

QTEST_GUILESS_MAIN(TestFit)
#include "tst_fit.moc"
