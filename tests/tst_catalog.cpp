// The catalogs: the built-in ones load and hold every product of the deck in both languages;
// each validation rule names the file, the JSON path and the problem exactly.
#include "Catalog.h"
#include "CatalogLoader.h"

#include "TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestHelpers;

namespace {

const QString kFixture = QStringLiteral(CC_SOURCE_DIR "/tests/data/catalog-minimal");
const QString kSourceCatalogs = QStringLiteral(CC_SOURCE_DIR "/resources/catalogs");

const CatalogKind kAllKinds[] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                 CatalogKind::Security, CatalogKind::Iac,      CatalogKind::Concepts};

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoads();
    void sourceTreeMatchesBuiltin();
    void deckProductsPresent_data();
    void deckProductsPresent();
    void everyEntryInBothLanguages();
    void deckSlidesCovered();
    void servicesFacts();
    void ratingsForEveryCriterion();
    void fargateSizes();
    void purchaseOptions();
    void kindIds();
    void factsBesideTheDeckNameTheirSource();
    void contentThatAged();
    void newOptions_data();
    void newOptions();
    void revisedRatingsGiveTheirReason();
    void securityTextInBothLanguages();

    void fixtureLoads();
    void brokenFixture_data();
    void brokenFixture();
    void brokenFile_data();
    void brokenFile();
    void missingFile();
};

void TestCatalog::builtinLoads()
{
    LoadError error;
    const std::optional<Catalog> catalog = Catalog::load(u":/catalogs"_s, &error);
    QVERIFY2(catalog, qPrintable(error.toString()));
    QVERIFY(error.isEmpty());
    const Catalog& builtin = Catalog::builtin();
    for (CatalogKind kind : kAllKinds) {
        QVERIFY(!builtin.entries(kind).isEmpty());
        QCOMPARE(builtin.entries(kind).size(), catalog->entries(kind).size());
    }
    // Loaded once: the same object every time.
    QCOMPARE(&Catalog::builtin(), &builtin);
}

void TestCatalog::sourceTreeMatchesBuiltin()
{
    // The files in the source tree are the ones compiled in (the .qrc lists them all).
    LoadError error;
    const std::optional<Catalog> fromDisk = Catalog::load(kSourceCatalogs, &error);
    QVERIFY2(fromDisk, qPrintable(error.toString()));
    for (CatalogKind kind : kAllKinds) {
        QCOMPARE(fromDisk->entries(kind).size(), Catalog::builtin().entries(kind).size());
        for (const CatalogEntry& e : fromDisk->entries(kind))
            QVERIFY2(Catalog::builtin().find(kind, e.id), qPrintable(e.id));
    }
}

void TestCatalog::deckProductsPresent_data()
{
    QTest::addColumn<CatalogKind>("kind");
    QTest::addColumn<QString>("id");
    // Every product the deck names (slides 5, 10, 12, 18–19, 21–29), and the ones beside them
    // that FORMAT.md lists.
    const QStringList services = {u"ecs"_s,       u"eks"_s,  u"lightsail"_s,        u"elastic-beanstalk"_s,
                                  u"batch"_s,     u"app-runner"_s, u"ecs-express-mode"_s, u"rosa"_s,
                                  u"ec2-self-managed"_s, u"lambda"_s,
                                  // Beside the deck: the current options its reader expects.
                                  u"ecs-managed-instances"_s, u"eks-auto-mode"_s, u"eks-hybrid-nodes"_s};
    const QStringList runtimes = {u"ec2"_s,         u"ec2-graviton"_s, u"fargate"_s,     u"fargate-arm64"_s,
                                  u"fargate-spot"_s, u"ecs-anywhere"_s, u"eks-anywhere"_s};
    const QStringList storage = {u"ebs-gp3"_s,    u"ebs-gp2"_s,     u"ebs-io2"_s,      u"efs-standard"_s,
                                 u"efs-one-zone"_s, u"efs-ia"_s,     u"fsx-ontap"_s,    u"fsx-openzfs"_s,
                                 u"fsx-windows"_s, u"fsx-lustre"_s,  u"s3-standard"_s,  u"s3-standard-ia"_s};
    const QStringList security = {u"inspector-basic"_s,   u"inspector-ecr"_s,     u"inspector-ec2"_s,
                                  u"guardduty-runtime"_s, u"guardduty-malware"_s, u"waf"_s,
                                  u"shield-standard"_s,   u"shield-advanced"_s,   u"network-firewall"_s};
    const QStringList iac = {u"cloudformation"_s, u"cdk"_s,  u"terraform"_s, u"ansible"_s,
                             u"ecspresso"_s,      u"helm"_s, u"eksctl"_s};
    const QStringList concepts = {u"container-virtualization"_s, u"vm-vs-container"_s, u"lxc-vs-docker"_s};
    const QList<QPair<CatalogKind, QStringList>> all = {
        {CatalogKind::Services, services}, {CatalogKind::Runtimes, runtimes}, {CatalogKind::Storage, storage},
        {CatalogKind::Security, security}, {CatalogKind::Iac, iac},           {CatalogKind::Concepts, concepts}};
    for (const auto& [kind, ids] : all) {
        for (const QString& id : ids)
            QTest::addRow("%s/%s", qPrintable(Catalog::kindId(kind)), qPrintable(id)) << kind << id;
    }
}

void TestCatalog::deckProductsPresent()
{
    QFETCH(CatalogKind, kind);
    QFETCH(QString, id);
    const CatalogEntry* entry = Catalog::builtin().find(kind, id);
    QVERIFY2(entry, qPrintable(Catalog::kindId(kind) + u" lacks "_s + id));
    QCOMPARE(entry->id, id);
    QVERIFY(entry->docUrl.startsWith(u"https://"_s));
}

void TestCatalog::everyEntryInBothLanguages()
{
    for (CatalogKind kind : kAllKinds) {
        for (const CatalogEntry& e : Catalog::builtin().entries(kind)) {
            const QByteArray where = (Catalog::kindId(kind) + u'/' + e.id).toUtf8();
            QVERIFY2(!e.name.en.isEmpty() && !e.name.ja.isEmpty(), where.constData());
            QVERIFY2(!e.description.en.isEmpty() && !e.description.ja.isEmpty(), where.constData());
            QVERIFY2(!e.category.isEmpty(), where.constData());
            for (const QList<Fact>* list : {&e.facts, &e.cautions}) {
                for (const Fact& f : *list)
                    QVERIFY2(!f.text.en.isEmpty() && !f.text.ja.isEmpty(), where.constData());
            }
            // The Japanese text is Japanese, not a copy of the English, wherever it is prose.
            if (e.description.en.size() > 40)
                QVERIFY2(e.description.ja != e.description.en, where.constData());
        }
    }
    for (const Criterion& c : Catalog::builtin().criteria())
        QVERIFY(!c.name.en.isEmpty() && !c.name.ja.isEmpty() && !c.description.ja.isEmpty());
}

void TestCatalog::deckSlidesCovered()
{
    // Every slide with content (not the title and section slides 1, 4, 11, 17, 20, 26) is the
    // source of at least one fact or caution.
    QSet<int> cited;
    for (CatalogKind kind : kAllKinds) {
        for (const CatalogEntry& e : Catalog::builtin().entries(kind)) {
            for (const Fact& f : e.facts)
                cited.insert(f.slide);
            for (const Fact& f : e.cautions)
                cited.insert(f.slide);
        }
    }
    const QSet<int> sectionSlides = {1, 4, 11, 17, 20, 26};
    for (int slide = 2; slide <= CatalogLoader::deckSlideCount; ++slide) {
        if (!sectionSlides.contains(slide))
            QVERIFY2(cited.contains(slide), qPrintable(u"no fact cites slide "_s + QString::number(slide)));
    }
}

void TestCatalog::servicesFacts()
{
    const Catalog& c = Catalog::builtin();
    // Slide 7: the control plane is managed; EKS is Kubernetes, which carries over beyond AWS.
    const CatalogEntry* eks = c.find(CatalogKind::Services, u"eks"_s);
    QVERIFY(eks);
    QVERIFY(eks->service.managedControlPlane);
    QCOMPARE(eks->service.orchestrator, u"kubernetes"_s);
    QVERIFY(eks->service.portableBeyondAws);
    QVERIFY(eks->service.runtimes.contains(u"fargate"_s));
    QVERIFY(eks->hostReservation);
    QCOMPARE(eks->hostReservation->model, u"kubelet"_s);
    // Slide 6: ECS runs nowhere but AWS.
    const CatalogEntry* ecs = c.find(CatalogKind::Services, u"ecs"_s);
    QVERIFY(ecs);
    QVERIFY(!ecs->service.portableBeyondAws);
    QVERIFY(ecs->service.runtimes.contains(u"ec2"_s));
    QVERIFY(ecs->service.runtimes.contains(u"fargate"_s));
    QVERIFY(ecs->service.runtimes.contains(u"ecs-anywhere"_s));
    // Slide 8: at the time of the deck Lightsail could not use images in ECR. The catalog keeps
    // that claim (cited to slide 8) beside the later change that lets it pull from ECR.
    const CatalogEntry* lightsail = c.find(CatalogKind::Services, u"lightsail"_s);
    QVERIFY(lightsail);
    const bool slide8Ecr = std::any_of(lightsail->cautions.cbegin(), lightsail->cautions.cend(), [](const Fact& f) {
        return f.slide == 8 && f.text.en.contains(u"ECR"_s);
    }) || std::any_of(lightsail->facts.cbegin(), lightsail->facts.cend(), [](const Fact& f) {
        return f.slide == 8 && f.text.en.contains(u"ECR"_s);
    });
    QVERIFY(slide8Ecr);
    QCOMPARE(lightsail->service.pricing, u"fixed-monthly"_s);
    // App Runner is closed to new customers since 2026-04-30; ECS Express Mode is beside it.
    const CatalogEntry* appRunner = c.find(CatalogKind::Services, u"app-runner"_s);
    QVERIFY(appRunner);
    QVERIFY(!appRunner->service.availableToNewCustomers);
    QCOMPARE(appRunner->service.successor, u"ecs-express-mode"_s);
    // Slide 10: Lambda stops a call at 15 minutes.
    const CatalogEntry* lambda = c.find(CatalogKind::Services, u"lambda"_s);
    QVERIFY(lambda);
    QCOMPARE(lambda->service.maxRunMinutes, std::optional<int>(15));
    QVERIFY(lambda->service.runtimes.isEmpty());
    // Slide 24: FSx is for EC2 only, bind-mounted into containers.
    const CatalogEntry* ontap = c.find(CatalogKind::Storage, u"fsx-ontap"_s);
    QVERIFY(ontap);
    QCOMPARE(ontap->storage.access, u"bind-mount"_s);
    QVERIFY(!ontap->storage.mountFrom.contains(u"fargate"_s));
    // Slide 23: EFS is shared and mountable from Fargate; slide 22: EBS is not shared.
    const CatalogEntry* efs = c.find(CatalogKind::Storage, u"efs-standard"_s);
    QVERIFY(efs);
    QVERIFY(efs->storage.sharedAcrossHosts);
    QVERIFY(efs->storage.mountFrom.contains(u"fargate"_s));
    QVERIFY(!c.find(CatalogKind::Storage, u"ebs-gp3"_s)->storage.sharedAcrossHosts);
    // Every storage entry names its GB-month price first.
    for (const CatalogEntry& e : c.entries(CatalogKind::Storage))
        QVERIFY2(e.priceKeys.value(0).endsWith(u".gb-month"_s), qPrintable(e.id));
}

void TestCatalog::ratingsForEveryCriterion()
{
    const Catalog& c = Catalog::builtin();
    QVERIFY(c.criteria().size() >= 3);
    for (const CatalogEntry& e : c.entries(CatalogKind::Services)) {
        QCOMPARE(e.ratings.size(), c.criteria().size());
        for (const Criterion& criterion : c.criteria()) {
            QVERIFY2(e.ratings.contains(criterion.id), qPrintable(e.id + u'/' + criterion.id));
            const Rating r = e.ratings.value(criterion.id);
            QVERIFY(r.score >= 0 && r.score <= 4);
            QVERIFY2(!r.why.en.isEmpty() && !r.why.ja.isEmpty(), qPrintable(e.id + u'/' + criterion.id));
        }
    }
}

void TestCatalog::fargateSizes()
{
    const QList<TaskSize>& sizes = Catalog::builtin().fargateSizes();
    auto has = [&](double vcpu, double memory, const QString& os) {
        return std::any_of(sizes.cbegin(), sizes.cend(), [&](const TaskSize& s) {
            return s.vcpu == vcpu && s.memoryGiB == memory && s.os.contains(os);
        });
    };
    // Slide 14: at 1 vCPU the memory is 2 to 8 GB.
    for (int gib = 2; gib <= 8; ++gib)
        QVERIFY2(has(1, gib, u"linux"_s), qPrintable(QString::number(gib)));
    QVERIFY(!has(1, 1, u"linux"_s));
    QVERIFY(!has(1, 9, u"linux"_s));
    // Slide 16's task: 2 vCPU and 4 GiB is a valid pair.
    QVERIFY(has(2, 4, u"linux"_s));
    QVERIFY(has(0.25, 0.5, u"linux"_s));
    // 8 vCPU runs from 16 to 60 GiB in steps of 4 (12 sizes).
    const auto eight = std::count_if(sizes.cbegin(), sizes.cend(), [](const TaskSize& s) { return s.vcpu == 8; });
    QCOMPARE(eight, 12);
    QVERIFY(has(8, 60, u"linux"_s));
    QVERIFY(!has(8, 18, u"linux"_s));
    // Sorted by vCPU, then memory.
    for (qsizetype i = 1; i < sizes.size(); ++i) {
        QVERIFY(sizes.at(i - 1).vcpu < sizes.at(i).vcpu
                || (sizes.at(i - 1).vcpu == sizes.at(i).vcpu && sizes.at(i - 1).memoryGiB <= sizes.at(i).memoryGiB));
    }
    QVERIFY(!Catalog::builtin().appRunnerSizes().isEmpty());
}

void TestCatalog::purchaseOptions()
{
    QStringList ids;
    for (const PurchaseOption& p : Catalog::builtin().purchaseOptions()) {
        ids.append(p.id);
        QVERIFY(!p.name.ja.isEmpty());
        QVERIFY(!p.runtimes.isEmpty());
    }
    for (const QString& id : {u"on-demand"_s, u"spot"_s, u"savings-plan"_s, u"reserved"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void TestCatalog::kindIds()
{
    for (CatalogKind kind : kAllKinds)
        QCOMPARE(Catalog::kindFromId(Catalog::kindId(kind)), std::optional<CatalogKind>(kind));
    QCOMPARE(Catalog::kindId(CatalogKind::Iac), u"iac"_s);
    QCOMPARE(Catalog::kindFromId(u"prices"_s), std::nullopt);
}

void TestCatalog::factsBesideTheDeckNameTheirSource()
{
    // A fact that is not the deck's may name where and when it was read; when it does, both are
    // well formed. The facts moved off slides that do not say them (27, 7, 15) and the new
    // entries' facts all do.
    static const QRegularExpression date(u"^\\d{4}-\\d{2}(-\\d{2})?$"_s);
    int sourced = 0;
    for (CatalogKind kind : kAllKinds) {
        for (const CatalogEntry& e : Catalog::builtin().entries(kind)) {
            for (const QList<Fact>* list : {&e.facts, &e.cautions}) {
                for (const Fact& f : *list) {
                    if (f.source.isEmpty())
                        continue;
                    ++sourced;
                    QVERIFY2(f.slide == 0, qPrintable(e.id));
                    QVERIFY2(f.source.startsWith(u"https://"_s), qPrintable(e.id + u' ' + f.source));
                    QVERIFY2(date.match(f.asOf).hasMatch(), qPrintable(e.id + u' ' + f.asOf));
                }
            }
        }
    }
    QVERIFY2(sourced >= 30, qPrintable(QString::number(sourced)));
    // Slide 27 only says WAF, Shield and Network Firewall can be used and are not container-
    // specific: what they protect and how they are set up is cited to their documentation.
    for (const QString& id : {u"waf"_s, u"shield-standard"_s, u"shield-advanced"_s, u"network-firewall"_s}) {
        const CatalogEntry* e = Catalog::builtin().find(CatalogKind::Security, id);
        QVERIFY(e);
        for (const Fact& f : e->cautions)
            QVERIFY2(f.slide != 27, qPrintable(id + u": "_s + f.text.en));
        QVERIFY2(std::any_of(e->cautions.cbegin(), e->cautions.cend(),
                             [](const Fact& f) { return f.source.startsWith(u"https://docs.aws.amazon.com/"_s); }),
                 qPrintable(id));
    }
}

namespace {

const Fact* factCiting(const CatalogEntry& e, int slide, const QString& fragment)
{
    for (const QList<Fact>* list : {&e.facts, &e.cautions})
        for (const Fact& f : *list)
            if (f.slide == slide && f.text.en.contains(fragment))
                return &f;
    return nullptr;
}

bool anySays(const CatalogEntry& e, const QString& fragment)
{
    for (const QList<Fact>* list : {&e.facts, &e.cautions})
        for (const Fact& f : *list)
            if (f.text.en.contains(fragment))
                return true;
    return false;
}

} // namespace

void TestCatalog::contentThatAged()
{
    const Catalog& c = Catalog::builtin();
    const CatalogEntry* eks = c.find(CatalogKind::Services, u"eks"_s);
    QVERIFY(eks);
    // Slide 7 says 0.10 USD/h and 0.60 USD/h; the monthly figures are arithmetic on the price
    // page, filed under slide 0 with the source.
    for (const Fact& f : eks->facts + eks->cautions)
        if (f.slide == 7)
            QVERIFY2(!f.text.en.contains(u"730-hour"_s) && !f.text.en.contains(u"438"_s), qPrintable(f.text.en));
    const Fact* monthly = factCiting(*eks, 0, u"438 USD"_s);
    QVERIFY(monthly);
    QVERIFY(!monthly->source.isEmpty());
    // Slide 19 says applications *can* be deployed with Ansible, not that they usually are.
    const Fact* ansible = factCiting(*eks, 19, u"Ansible"_s);
    QVERIFY(ansible);
    QVERIFY2(!ansible->text.en.contains(u"usually"_s), qPrintable(ansible->text.en));
    QVERIFY(ansible->text.en.contains(u"can"_s));
    const CatalogEntry* ansibleTool = c.find(CatalogKind::Iac, u"ansible"_s);
    QVERIFY(factCiting(*ansibleTool, 19, u"can generally be deployed"_s));
    // Slide 15: the fee is the deck's; its amount is the price page's.
    const CatalogEntry* anywhere = c.find(CatalogKind::Runtimes, u"ecs-anywhere"_s);
    for (const Fact& f : anywhere->facts)
        if (f.slide == 15)
            QVERIFY2(!f.text.en.contains(u"USD"_s), qPrintable(f.text.en));
    QVERIFY(factCiting(*anywhere, 0, u"0.01025 USD"_s));
    // For EKS, what slide 15 describes is Hybrid Nodes; EKS Anywhere says so.
    QVERIFY(anySays(*c.find(CatalogKind::Runtimes, u"eks-anywhere"_s), u"EKS Hybrid Nodes"_s));
    // EBS: the deck's "EC2 only" is the deck's, beside the later attachment to ECS on Fargate.
    for (const QString& id : {u"ebs-gp3"_s, u"ebs-gp2"_s, u"ebs-io2"_s}) {
        const CatalogEntry* ebs = c.find(CatalogKind::Storage, id);
        const Fact* deck = factCiting(*ebs, 22, u"EC2 only"_s);
        QVERIFY2(deck && deck->text.en.startsWith(u"The deck"_s), qPrintable(id));
        QVERIFY(ebs->storage.mountFrom.contains(u"fargate"_s));
    }
    // Lightsail: the deck's claim about ECR is the deck's; pulling from ECR is documented.
    const CatalogEntry* lightsail = c.find(CatalogKind::Services, u"lightsail"_s);
    const Fact* ecrClaim = factCiting(*lightsail, 8, u"ECR"_s);
    QVERIFY(ecrClaim && ecrClaim->text.en.startsWith(u"The deck says"_s));
    QVERIFY(lightsail->service.pullsFromEcr);
    const Fact* ecrNow = factCiting(*lightsail, 0, u"ECR private repositories"_s);
    QVERIFY(ecrNow && ecrNow->source.contains(u"lightsail"_s));
    // eksctl is AWS's now.
    const CatalogEntry* eksctl = c.find(CatalogKind::Iac, u"eksctl"_s);
    QVERIFY(eksctl->capabilities.value(u"vendor"_s).toString().startsWith(u"AWS"_s));
    // The Copilot CLI reached end of support on 2026-06-12.
    const CatalogEntry* ecs = c.find(CatalogKind::Services, u"ecs"_s);
    const Fact* copilot = factCiting(*ecs, 0, u"Copilot"_s);
    QVERIFY(copilot && copilot->text.en.contains(u"2026-06-12"_s));
    QVERIFY(!ecs->ratings.value(u"ecosystem"_s).why.en.contains(u"Copilot help"_s));
    // Fargate: 200 GiB is the total an ECS task can have, not what can be added.
    const CatalogEntry* fargate = c.find(CatalogKind::Runtimes, u"fargate"_s);
    QVERIFY(factCiting(*fargate, 0, u"up to 200 GiB in total"_s));
    QVERIFY(!anySays(*fargate, u"up to 200 GiB can be added"_s));
    // Graviton has GPU instances (G5g), though no price book holds one.
    const CatalogEntry* graviton = c.find(CatalogKind::Runtimes, u"ec2-graviton"_s);
    QVERIFY(graviton->capabilities.value(u"gpu"_s).toBool());
    QVERIFY(anySays(*graviton, u"G5g"_s));
    // Mountpoint for S3 and the FSx CSI drivers beside the deck's "API" and "bind mount".
    QVERIFY(anySays(*c.find(CatalogKind::Storage, u"s3-standard"_s), u"Mountpoint for Amazon S3"_s));
    for (const QString& id : {u"fsx-lustre"_s, u"fsx-ontap"_s, u"fsx-openzfs"_s})
        QVERIFY2(anySays(*c.find(CatalogKind::Storage, id), u"CSI driver"_s), qPrintable(id));
}

void TestCatalog::newOptions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("orchestrator");
    QTest::addColumn<QStringList>("runtimes");
    QTest::addRow("ECS Managed Instances") << u"ecs-managed-instances"_s << u"ecs"_s << QStringList{u"ec2"_s};
    QTest::addRow("EKS Auto Mode") << u"eks-auto-mode"_s << u"kubernetes"_s << QStringList{u"ec2"_s};
    QTest::addRow("EKS Hybrid Nodes") << u"eks-hybrid-nodes"_s << u"kubernetes"_s << QStringList{};
}

void TestCatalog::newOptions()
{
    QFETCH(QString, id);
    QFETCH(QString, orchestrator);
    QFETCH(QStringList, runtimes);
    const Catalog& c = Catalog::builtin();
    const CatalogEntry* e = c.find(CatalogKind::Services, id);
    QVERIFY(e);
    QCOMPARE(e->service.orchestrator, orchestrator);
    QCOMPARE(e->service.runtimes, runtimes);
    QVERIFY(e->service.managedControlPlane);
    // Their fee is in no price book: the pricing says so, and no price key pretends otherwise.
    QCOMPARE(e->service.pricing, u"plus-fee"_s);
    for (const QString& key : e->priceKeys)
        QVERIFY2(key.startsWith(u"eks.cluster-hour."_s), qPrintable(key));
    // Facts and cautions, each from the deck or from a named, dated documentation page.
    QVERIFY(e->facts.size() >= 2);
    QVERIFY(!e->cautions.isEmpty());
    for (const Fact& f : e->facts + e->cautions)
        QVERIFY2(f.slide > 0 || (f.source.startsWith(u"https://"_s) && !f.asOf.isEmpty()), qPrintable(f.text.en));
    // Every criterion rated with a reason in both languages.
    QCOMPARE(e->ratings.size(), c.criteria().size());
    for (const Rating& r : e->ratings)
        QVERIFY(!r.why.en.isEmpty() && !r.why.ja.isEmpty());
    // Hybrid Nodes is what slide 15 describes for EKS.
    if (id == u"eks-hybrid-nodes")
        QVERIFY(factCiting(*e, 15, u"managed control plane"_s));
}

void TestCatalog::revisedRatingsGiveTheirReason()
{
    const Catalog& c = Catalog::builtin();
    auto rating = [&](const QString& id, const QString& criterion) {
        const CatalogEntry* e = c.find(CatalogKind::Services, id);
        return e ? e->ratings.value(criterion) : Rating{-1, {}};
    };
    // EKS: a minor version about every 4 months, three upgrades a year in standard support.
    QCOMPARE(rating(u"eks"_s, u"ops-burden"_s).score, 1);
    QVERIFY(rating(u"eks"_s, u"ops-burden"_s).why.en.contains(u"three control-plane upgrades a year"_s));
    // Auto Mode argues the other way: AWS runs the nodes and add-ons.
    QVERIFY(rating(u"eks-auto-mode"_s, u"ops-burden"_s).score > rating(u"eks"_s, u"ops-burden"_s).score);
    // EKS portability: IRSA / Pod Identity, the load balancer controller and the VPC CNI stay behind.
    QCOMPARE(rating(u"eks"_s, u"portability"_s).score, 3);
    QVERIFY(rating(u"eks"_s, u"portability"_s).why.en.contains(u"Pod Identity"_s));
    // The same cost structure (no fee of its own: one instance or task) rates the same.
    for (const QString& id : {u"ecs"_s, u"elastic-beanstalk"_s, u"batch"_s, u"ec2-self-managed"_s})
        QVERIFY2(rating(id, u"cost-small"_s).score == 4, qPrintable(id));
    // App Runner: nothing to patch, but a forced migration is operations work.
    QVERIFY(rating(u"app-runner"_s, u"ops-burden"_s).score <= 2);
    QVERIFY(rating(u"app-runner"_s, u"ops-burden"_s).why.en.contains(u"migration"_s));
    // Lightsail: power, scale, ports and health checks can be set.
    QCOMPARE(rating(u"lightsail"_s, u"control"_s).score, 1);
    QVERIFY(rating(u"lightsail"_s, u"control"_s).why.en.contains(u"health check"_s));
}

void TestCatalog::securityTextInBothLanguages()
{
    // What a security service detects and how it notifies are prose, shown in the language.
    for (const CatalogEntry& e : Catalog::builtin().entries(CatalogKind::Security)) {
        for (const char* key : {"detects", "notifies"}) {
            const QJsonObject text = e.capabilities.value(QLatin1String(key)).toObject();
            QVERIFY2(!text.value(u"en"_s).toString().isEmpty(), qPrintable(e.id + u' ' + QLatin1String(key)));
            const QString ja = text.value(u"ja"_s).toString();
            QVERIFY2(std::any_of(ja.cbegin(), ja.cend(),
                                 [](QChar ch) { return ch.unicode() >= 0x3040 && ch.unicode() <= 0x9FFF; }),
                     qPrintable(e.id + u' ' + QLatin1String(key) + u' ' + ja));
        }
    }
}

void TestCatalog::fixtureLoads()
{
    LoadError error;
    const std::optional<Catalog> c = Catalog::load(kFixture, &error);
    QVERIFY2(c, qPrintable(error.toString()));
    QCOMPARE(c->entries(CatalogKind::Services).size(), 3);
    QCOMPARE(c->criteria().size(), 2);

    const CatalogEntry* ecs = c->find(CatalogKind::Services, u"ecs"_s);
    QVERIFY(ecs);
    QCOMPARE(ecs->name.ja, u"Amazon ECS"_s);
    QCOMPARE(ecs->label(Language::English), u"ECS"_s);
    QCOMPARE(ecs->facts.size(), 1);
    QCOMPARE(ecs->facts.first().slide, 6);
    QCOMPARE(ecs->cautions.first().text.ja, u"ノウハウはAWSに依存する。"_s);
    QCOMPARE(ecs->service.runtimes, QStringList({u"ec2"_s, u"fargate"_s}));
    QCOMPARE(ecs->service.storage, QStringList({u"ebs-gp3"_s, u"efs-standard"_s}));
    QCOMPARE(ecs->ratings.value(u"ease"_s).score, 3);
    QCOMPARE(ecs->ratings.value(u"portability"_s).why.ja, u"AWSのみ。"_s);
    QCOMPARE(ecs->hostReservation->model, u"fixed"_s);
    QCOMPARE(ecs->capabilities.value(u"orchestrator"_s).toString(), u"ecs"_s);

    const CatalogEntry* eks = c->find(CatalogKind::Services, u"eks"_s);
    QCOMPARE(eks->label(Language::Japanese), u"Amazon EKS"_s); // no shortName: the name
    QCOMPARE(eks->hostReservation->cpuTiers.size(), 4);
    QCOMPARE(eks->hostReservation->cpuTiers.at(0), qMakePair(1.0, 0.06));
    QCOMPARE(eks->hostReservation->cpuTiers.at(3), qMakePair(0.0, 0.0025));
    QCOMPARE(eks->hostReservation->memoryBaseMiB, 255.0);
    QCOMPARE(eks->hostReservation->maxPodsBySize.value(u"large"_s), 29);

    const CatalogEntry* appRunner = c->find(CatalogKind::Services, u"app-runner"_s);
    QCOMPARE(appRunner->service.successor, u"ecs"_s);
    QCOMPARE(appRunner->service.maxRunMinutes, std::optional<int>(15));
    QVERIFY(!appRunner->service.availableToNewCustomers);
    QVERIFY(!appRunner->hostReservation);
    QVERIFY(!c->find(CatalogKind::Services, u"lambda"_s));

    // 0.25 vCPU: 3 sizes; 2 vCPU: 4 to 16 GiB = 13 sizes; 8 vCPU: 16 to 60 by 4 = 12 sizes.
    QCOMPARE(c->fargateSizes().size(), 3 + 13 + 12);
    QCOMPARE(c->fargateSizes().at(3).vcpu, 2.0);
    QCOMPARE(c->fargateSizes().at(3).memoryGiB, 4.0);
    QCOMPARE(c->fargateSizes().at(3).os, QStringList({u"linux"_s, u"windows"_s}));
    QCOMPARE(c->fargateSizes().last().memoryGiB, 60.0);
    QCOMPARE(c->appRunnerSizes().size(), 3);
    QCOMPARE(c->purchaseOptions().size(), 2);
    QCOMPARE(c->purchaseOptions().at(1).runtimes, QStringList({u"ec2"_s, u"fargate-spot"_s}));

    const CatalogEntry* efs = c->find(CatalogKind::Storage, u"efs-standard"_s);
    QCOMPARE(efs->storage.kind, u"file"_s);
    QVERIFY(efs->storage.multiAz);
    QCOMPARE(efs->storage.mountFrom, QStringList({u"ec2"_s, u"fargate"_s}));
    QCOMPARE(c->entries(CatalogKind::Concepts).first().capabilities.value(u"comparison"_s).toArray().size(), 1);
}

void TestCatalog::brokenFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("change");                  // a JSON path in the file
    QTest::addColumn<std::optional<QJsonValue>>("value"); // nullopt: remove it
    QTest::addColumn<QString>("errorFile");               // the file the error names
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const std::optional<QJsonValue> removed;
    const QString services = u"services.json"_s;

    QTest::addRow("duplicate id") << services << u"$.entries[1].id"_s << std::optional(json(R"("ecs")")) << services
                                  << u"$.entries[1].id"_s << uR"(duplicate id "ecs" (first at $.entries[0].id))"_s;
    QTest::addRow("missing ja") << services << u"$.entries[1].name.ja"_s << removed << services
                                << u"$.entries[1].name.ja"_s << u"is missing"_s;
    QTest::addRow("empty ja") << services << u"$.entries[0].description.ja"_s << std::optional(json(R"("")"))
                              << services << u"$.entries[0].description.ja"_s << u"must not be empty"_s;
    QTest::addRow("missing ja in caution")
        << u"storage.json"_s << u"$.entries[0].cautions[0].ja"_s << removed << u"storage.json"_s
        << u"$.entries[0].cautions[0].ja"_s << u"is missing"_s;
    QTest::addRow("unknown runtime") << services << u"$.entries[0].capabilities.runtimes[1]"_s
                                     << std::optional(json(R"("fargot")")) << services
                                     << u"$.entries[0].capabilities.runtimes[1]"_s
                                     << uR"(unknown runtime "fargot"; expected one of: ec2, fargate, ecs-anywhere, eks-anywhere)"_s;
    QTest::addRow("unknown storage") << services << u"$.entries[1].capabilities.storage[0]"_s
                                     << std::optional(json(R"("ebs-gp9")")) << services
                                     << u"$.entries[1].capabilities.storage[0]"_s
                                     << uR"(unknown storage "ebs-gp9": no entry of storage.json has that id)"_s;
    QTest::addRow("unknown successor") << services << u"$.entries[2].capabilities.successor"_s
                                       << std::optional(json(R"("ecs-express")")) << services
                                       << u"$.entries[2].capabilities.successor"_s
                                       << uR"(unknown service "ecs-express": no entry of services.json has that id)"_s;
    QTest::addRow("runtime names unknown service")
        << u"runtimes.json"_s << u"$.entries[0].capabilities.services[1]"_s << std::optional(json(R"("eks2")"))
        << u"runtimes.json"_s << u"$.entries[0].capabilities.services[1]"_s
        << uR"(unknown service "eks2": no entry of services.json has that id)"_s;
    QTest::addRow("storage mounted from unknown runtime")
        << u"storage.json"_s << u"$.entries[1].capabilities.mountFrom[1]"_s << std::optional(json(R"("lambda")"))
        << u"storage.json"_s << u"$.entries[1].capabilities.mountFrom[1]"_s
        << uR"(unknown runtime "lambda": no entry of runtimes.json has that id)"_s;
    QTest::addRow("purchase option for unknown runtime")
        << u"runtimes.json"_s << u"$.purchaseOptions[1].runtimes[1]"_s << std::optional(json(R"("fargate-spt")"))
        << u"runtimes.json"_s << u"$.purchaseOptions[1].runtimes[1]"_s
        << uR"(unknown runtime or service "fargate-spt": no entry of runtimes.json or services.json has that id)"_s;
    QTest::addRow("bad version") << u"iac.json"_s << u"$.version"_s << std::optional(json("2")) << u"iac.json"_s
                                 << u"$.version"_s << u"unsupported version 2; this build reads version 1"_s;
    QTest::addRow("wrong schema") << u"concepts.json"_s << u"$.schema"_s
                                  << std::optional(json(R"("container-compare/pricebook")")) << u"concepts.json"_s
                                  << u"$.schema"_s
                                  << uR"(expected "container-compare/catalog", found "container-compare/pricebook")"_s;
    QTest::addRow("wrong kind") << u"security.json"_s << u"$.kind"_s << std::optional(json(R"("storage")"))
                                << u"security.json"_s << u"$.kind"_s
                                << uR"(expected "security" in security.json, found "storage")"_s;
    QTest::addRow("bad type bool") << services << u"$.entries[0].capabilities.gpu"_s << std::optional(json(R"("yes")"))
                                   << services << u"$.entries[0].capabilities.gpu"_s
                                   << u"expected true or false, found a string"_s;
    QTest::addRow("bad type number") << u"runtimes.json"_s << u"$.taskSizes.fargate[0].vcpu"_s
                                     << std::optional(json(R"("0.25")")) << u"runtimes.json"_s
                                     << u"$.taskSizes.fargate[0].vcpu"_s << u"expected a number, found a string"_s;
    QTest::addRow("bad type list") << services << u"$.entries[0].capabilities.storage"_s
                                   << std::optional(json(R"("ebs-gp3")")) << services
                                   << u"$.entries[0].capabilities.storage"_s << u"expected an array, found a string"_s;
    QTest::addRow("missing capability") << services << u"$.entries[0].capabilities.pricing"_s << removed << services
                                        << u"$.entries[0].capabilities.pricing"_s << u"is missing"_s;
    QTest::addRow("unknown orchestrator")
        << services << u"$.entries[0].capabilities.orchestrator"_s << std::optional(json(R"("swarm")")) << services
        << u"$.entries[0].capabilities.orchestrator"_s
        << uR"(unknown value "swarm"; expected one of: ecs, kubernetes, openshift, none, own)"_s;
    QTest::addRow("missing rating") << services << u"$.entries[1].ratings.portability"_s << removed << services
                                    << u"$.entries[1].ratings.portability"_s << u"is missing"_s;
    QTest::addRow("score out of range") << services << u"$.entries[0].ratings.ease.score"_s << std::optional(json("5"))
                                        << services << u"$.entries[0].ratings.ease.score"_s
                                        << u"must be between 0 and 4"_s;
    QTest::addRow("rating of unknown criterion")
        << services << u"$.entries[0].ratings.speed"_s
        << std::optional(json(R"({"score": 1, "why": {"en": "x", "ja": "x"}})")) << services
        << u"$.entries[0].ratings.speed"_s << u"unknown key; expected one of: ease, portability"_s;
    QTest::addRow("id not lowercase") << services << u"$.entries[0].id"_s << std::optional(json(R"("ECS")"))
                                      << services << u"$.entries[0].id"_s
                                      << uR"(must be lowercase letters, digits and single hyphens, found "ECS")"_s;
    QTest::addRow("slide out of range") << services << u"$.entries[0].facts[0].slide"_s << std::optional(json("30"))
                                        << services << u"$.entries[0].facts[0].slide"_s
                                        << u"must be between 0 and 29"_s;
    QTest::addRow("plain http") << services << u"$.entries[1].docUrl"_s
                                << std::optional(json(R"("http://docs.aws.amazon.com/eks/")")) << services
                                << u"$.entries[1].docUrl"_s
                                << uR"(must be an https:// address, found "http://docs.aws.amazon.com/eks/")"_s;
    QTest::addRow("kubelet open tier not last")
        << services << u"$.entries[1].hostReservation.cpuTiers[3][0]"_s << std::optional(json("4")) << services
        << u"$.entries[1].hostReservation.cpuTiers[3][0]"_s
        << u"the last tier must be 0 cores: it covers every remaining core"_s;
    QTest::addRow("unknown host model") << services << u"$.entries[0].hostReservation.model"_s
                                        << std::optional(json(R"("dynamic")")) << services
                                        << u"$.entries[0].hostReservation.model"_s
                                        << uR"(unknown value "dynamic"; expected one of: fixed, kubelet)"_s;
    QTest::addRow("memory not on a step")
        << u"runtimes.json"_s << u"$.taskSizes.fargate[2].memoryGiBTo"_s << std::optional(json("62"))
        << u"runtimes.json"_s << u"$.taskSizes.fargate[2].memoryGiBTo"_s
        << u"must be memoryGiBFrom plus a whole number of steps"_s;
    QTest::addRow("memory list and range") << u"runtimes.json"_s << u"$.taskSizes.fargate[0].memoryGiBFrom"_s
                                           << std::optional(json("1")) << u"runtimes.json"_s
                                           << u"$.taskSizes.fargate[0]"_s
                                           << u"give either memoryGiB or memoryGiBFrom/To/Step, not both"_s;
    QTest::addRow("unknown os") << u"runtimes.json"_s << u"$.taskSizes.fargate[1].os[1]"_s
                                << std::optional(json(R"("macos")")) << u"runtimes.json"_s
                                << u"$.taskSizes.fargate[1].os[1]"_s
                                << uR"(unknown value "macos"; expected one of: linux, windows)"_s;
    QTest::addRow("unknown capability key")
        << u"iac.json"_s << u"$.entries[0].capabilities.licence"_s << std::optional(json(R"("MIT")")) << u"iac.json"_s
        << u"$.entries[0].capabilities.licence"_s
        << u"unknown key; expected one of: layer, targets, vendor, openSource, language"_s;
    QTest::addRow("misspelt entry key") << u"iac.json"_s << u"$.entries[0].docURL"_s
                                        << std::optional(json(R"("https://x")")) << u"iac.json"_s
                                        << u"$.entries[0].docURL"_s
                                        << u"unknown key; expected one of: id, name, shortName, description, category, "
                                           u"facts, cautions, docUrl, priceKeys, capabilities"_s;
    QTest::addRow("concept without right name")
        << u"concepts.json"_s << u"$.entries[0].capabilities.rightName"_s << removed << u"concepts.json"_s
        << u"$.entries[0].capabilities.rightName"_s << u"is missing"_s;
    QTest::addRow("no entries") << u"iac.json"_s << u"$.entries"_s << std::optional(json("[]")) << u"iac.json"_s
                                << u"$.entries"_s << u"must list at least one entry"_s;
    QTest::addRow("storage without price") << u"storage.json"_s << u"$.entries[0].priceKeys"_s << removed
                                           << u"storage.json"_s << u"$.entries[0].priceKeys"_s
                                           << u"must name the GB-month price first"_s;
    QTest::addRow("entry not an object") << u"security.json"_s << u"$.entries[0]"_s << std::optional(json("7"))
                                         << u"security.json"_s << u"$.entries[0]"_s
                                         << u"expected an object, found a number"_s;
    QTest::addRow("fact source without date")
        << services << u"$.entries[0].facts[0]"_s
        << std::optional(json(R"({"en": "x", "ja": "x", "slide": 0, "source": "https://docs.aws.amazon.com/x"})"))
        << services << u"$.entries[0].facts[0]"_s << u"give both source and asOf, or neither"_s;
    QTest::addRow("fact source on a deck slide")
        << services << u"$.entries[0].facts[0]"_s
        << std::optional(json(R"({"en": "x", "ja": "x", "slide": 6, "source": "https://docs.aws.amazon.com/x", "asOf": "2026-11-29"})"))
        << services << u"$.entries[0].facts[0].source"_s << u"only a fact of slide 0 names another source"_s;
    QTest::addRow("fact source not https")
        << services << u"$.entries[0].facts[0]"_s
        << std::optional(json(R"({"en": "x", "ja": "x", "slide": 0, "source": "ftp://x", "asOf": "2026-11-29"})"))
        << services << u"$.entries[0].facts[0].source"_s << uR"(must be an https:// address, found "ftp://x")"_s;
    QTest::addRow("detects not in both languages")
        << u"security.json"_s << u"$.entries[0].capabilities.detects"_s << std::optional(json(R"("vulnerabilities")"))
        << u"security.json"_s << u"$.entries[0].capabilities.detects"_s << u"expected an object, found a string"_s;
    QTest::addRow("no criteria") << services << u"$.criteria"_s << removed << services << u"$.criteria"_s
                                 << u"is missing"_s;
}

void TestCatalog::brokenFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, change);
    QFETCH(std::optional<QJsonValue>, value);
    QFETCH(QString, errorFile);
    QFETCH(QString, path);
    QFETCH(QString, message);

    FixtureCopy copy(kFixture);
    copy.patch(file, change, value);
    LoadError error;
    QVERIFY(!Catalog::load(copy.dir(), &error));
    QCOMPARE(error.file, copy.path(errorFile));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
    QCOMPARE(error.toString(), copy.path(errorFile) + u": "_s + path + u": "_s + message);
}

void TestCatalog::brokenFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << QByteArray() << QString() << u"file is empty"_s;
    QTest::addRow("truncated") << QByteArray("{\n  \"schema\": \"container-compare/catalog\",\n  \"version\": 1,\n  \"ent")
                               << QString() << u"syntax error at line 4, column 7: the file ends too early"_s;
    QTest::addRow("array") << QByteArray("[]") << u"$"_s << u"expected a JSON object, found an array"_s;
    QTest::addRow("random bytes") << QByteArray("\x7f" "ELF\x02\x01\x01", 7) << QString()
                                  << u"syntax error at line 1, column 2: illegal value"_s;
}

void TestCatalog::brokenFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, message);
    FixtureCopy copy(kFixture);
    copy.write(u"runtimes.json"_s, bytes);
    LoadError error;
    QVERIFY(!Catalog::load(copy.dir(), &error));
    QCOMPARE(error.file, copy.path(u"runtimes.json"_s));
    QCOMPARE(error.path, path);
    QCOMPARE(error.message, message);
}

void TestCatalog::missingFile()
{
    FixtureCopy copy(kFixture);
    QVERIFY(QFile::remove(copy.path(u"concepts.json"_s)));
    LoadError error;
    QVERIFY(!Catalog::load(copy.dir(), &error));
    QCOMPARE(error.toString(), copy.path(u"concepts.json"_s) + u": file is missing"_s);

    QVERIFY(QDir(copy.dir()).mkdir(u"concepts.json"_s));
    QVERIFY(!Catalog::load(copy.dir(), &error));
    QCOMPARE(error.toString(), copy.path(u"concepts.json"_s) + u": is a folder, not a file"_s);

    QVERIFY(!Catalog::load(copy.dir() + u"/nowhere"_s, &error));
    QCOMPARE(error.toString(), copy.dir() + u"/nowhere/services.json: file is missing"_s);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
