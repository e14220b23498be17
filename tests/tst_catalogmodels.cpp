// The catalog, price and capability-matrix item models: under QAbstractItemModelTester, with
// their display text, raw values, tooltips and the signals a language or region change sends.
#include "CapabilityMatrixModel.h"
#include "CatalogIds.h"
#include "CatalogModel.h"
#include "PriceModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kCatalogFixture = QStringLiteral(CC_SOURCE_DIR "/tests/data/catalog-minimal");
const QString kPriceFixture = QStringLiteral(CC_SOURCE_DIR "/tests/data/prices-minimal");

const CatalogKind kAllKinds[] = {CatalogKind::Services, CatalogKind::Runtimes, CatalogKind::Storage,
                                 CatalogKind::Security, CatalogKind::Iac,      CatalogKind::Concepts};

} // namespace

class TestCatalogModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtinModelsPassTester();
    void columnsPerKind();
    void servicesTable();
    void runtimesTable();
    void storageTable();
    void securityIacConcepts();
    void languageSwitch();
    void priceBookSwitch();
    void searchText();
    void capabilityValuesAreNames();
    void noIdShows();

    void priceModel();
    void priceFilter();
    void priceLanguage();
    void formatUsd_data();
    void formatUsd();

    void capabilityMatrix();
    void capabilityMatrixLanguage();
    void scoreColors();

private:
    std::optional<Catalog> m_catalog;
    std::optional<PriceBooks> m_prices;
    const PriceBook* m_tokyo = nullptr;
    const PriceBook* m_virginia = nullptr;
};

void TestCatalogModels::initTestCase()
{
    // Numbers read the same on every machine.
    QLocale::setDefault(QLocale::c());
    LoadError error;
    m_catalog = Catalog::load(kCatalogFixture, &error);
    QVERIFY2(m_catalog, qPrintable(error.toString()));
    m_prices = PriceBooks::load(kPriceFixture, &error);
    QVERIFY2(m_prices, qPrintable(error.toString()));
    m_tokyo = m_prices->region(u"ap-northeast-1"_s);
    m_virginia = m_prices->region(u"us-east-1"_s);
    QVERIFY(m_tokyo && m_virginia);
}

void TestCatalogModels::builtinModelsPassTester()
{
    const Catalog& catalog = Catalog::builtin();
    for (CatalogKind kind : kAllKinds) {
        for (const PriceBook& book : PriceBooks::builtin().books()) {
            CatalogModel model(catalog, kind, Language::English, &book);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model.rowCount(), catalog.entries(kind).size());
            // Every cell answers every role without tripping the tester.
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const QModelIndex index = model.index(row, column);
                    QVERIFY(index.data(Qt::DisplayRole).isValid());
                    QCOMPARE(index.data(CatalogModel::EntryIdRole).toString(), catalog.entries(kind).at(row).id);
                }
                // Every priced entry shows a price or says unknown, never an empty cell.
                const int price = model.section(CatalogModel::FromPriceColumn);
                if (price >= 0 && !catalog.entries(kind).at(row).priceKeys.isEmpty()
                    && catalog.entries(kind).at(row).service.pricing != u"underlying")
                    QVERIFY(!model.index(row, price).data().toString().isEmpty());
            }
            model.setLanguage(Language::Japanese);
            model.setPriceBook(nullptr);
            model.setPriceBook(&book);
        }
    }
    for (const PriceBook& book : PriceBooks::builtin().books()) {
        PriceModel prices(&book);
        QAbstractItemModelTester tester(&prices, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(prices.rowCount(), book.prices.size());
        prices.setKeyFilter(catalog.find(CatalogKind::Services, u"eks"_s)->priceKeys);
        QCOMPARE(prices.rowCount(), 2);
        prices.setLanguage(Language::Japanese);
        prices.clearKeyFilter();
        prices.setPriceBook(nullptr);
        QCOMPARE(prices.rowCount(), 0);
    }
    CapabilityMatrixModel matrix(catalog);
    QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matrix.rowCount(), catalog.entries(CatalogKind::Services).size());
    QCOMPARE(matrix.columnCount(), catalog.criteria().size());
    matrix.setLanguage(Language::Japanese);
}

void TestCatalogModels::columnsPerKind()
{
    for (CatalogKind kind : kAllKinds) {
        CatalogModel model(*m_catalog, kind);
        const QList<CatalogModel::Column> columns = CatalogModel::columns(kind);
        QCOMPARE(model.columnCount(), columns.size());
        // The common columns sit at the same place for every kind.
        QCOMPARE(model.section(CatalogModel::IdColumn), 0);
        QCOMPARE(model.section(CatalogModel::NameColumn), 1);
        QCOMPARE(model.section(CatalogModel::CategoryColumn), 2);
        QCOMPARE(model.section(CatalogModel::DescriptionColumn), 3);
        for (int s = 0; s < model.columnCount(); ++s) {
            QCOMPARE(model.section(model.columnAt(s)), s);
            QVERIFY(!model.headerData(s, Qt::Horizontal).toString().isEmpty());
            QCOMPARE(model.headerData(s, Qt::Horizontal, CatalogModel::RawValueRole).toInt(), int(model.columnAt(s)));
        }
        QCOMPARE(model.columnAt(model.columnCount()), CatalogModel::ColumnCount);
    }
    CatalogModel services(*m_catalog, CatalogKind::Services);
    QCOMPARE(services.section(CatalogModel::StorageKindColumn), -1);
    QVERIFY(services.section(CatalogModel::ManagedControlPlaneColumn) > 3);
    QCOMPARE(services.headerData(services.section(CatalogModel::RunsOnColumn), Qt::Horizontal).toString(), u"Runs on"_s);
    QCOMPARE(CatalogModel(*m_catalog, CatalogKind::Iac).section(CatalogModel::FromPriceColumn), -1);
}

void TestCatalogModels::servicesTable()
{
    CatalogModel model(*m_catalog, CatalogKind::Services, Language::English, m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    const int ecs = model.rowOf(u"ecs"_s);
    const int eks = model.rowOf(u"eks"_s);
    const int appRunner = model.rowOf(u"app-runner"_s);
    QCOMPARE(model.rowOf(u"lambda"_s), -1);
    QCOMPARE(model.entry(ecs)->id, u"ecs"_s);
    QCOMPARE(model.entry(99), nullptr);

    auto cell = [&](int row, CatalogModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, model.section(column)).data(role);
    };
    QCOMPARE(cell(ecs, CatalogModel::IdColumn).toString(), u"ecs"_s);
    QCOMPARE(cell(ecs, CatalogModel::NameColumn).toString(), u"Amazon ECS"_s);
    QCOMPARE(cell(ecs, CatalogModel::NameColumn, Qt::ToolTipRole).toString(), u"AWS's own orchestrator."_s);
    QCOMPARE(cell(ecs, CatalogModel::CategoryColumn).toString(), u"Orchestrator"_s);
    QCOMPARE(cell(ecs, CatalogModel::CategoryColumn, CatalogModel::RawValueRole).toString(), u"orchestrator"_s);
    // A category the window has no name for shows its id.
    QCOMPARE(cell(appRunner, CatalogModel::CategoryColumn).toString(), u"managed-app"_s);
    // Runs on: the runtimes' labels; raw, their ids.
    QCOMPARE(cell(ecs, CatalogModel::RunsOnColumn).toString(), u"Amazon EC2, AWS Fargate"_s);
    QCOMPARE(cell(ecs, CatalogModel::RunsOnColumn, CatalogModel::RawValueRole).toStringList(),
             QStringList({u"ec2"_s, u"fargate"_s}));
    QCOMPARE(cell(appRunner, CatalogModel::RunsOnColumn).toString(), u"Its own"_s);
    QCOMPARE(cell(eks, CatalogModel::OrchestratorColumn).toString(), u"Kubernetes"_s);
    QCOMPARE(cell(eks, CatalogModel::OrchestratorColumn, CatalogModel::RawValueRole).toString(), u"kubernetes"_s);
    QCOMPARE(cell(eks, CatalogModel::ManagedControlPlaneColumn).toString(), u"Yes"_s);
    QCOMPARE(cell(eks, CatalogModel::PortableColumn).toString(), u"Yes"_s);
    QCOMPARE(cell(ecs, CatalogModel::PortableColumn).toString(), u"No"_s);
    QCOMPARE(cell(ecs, CatalogModel::PortableColumn, CatalogModel::RawValueRole), QVariant(false));
    QCOMPARE(cell(ecs, CatalogModel::GpuColumn, CatalogModel::RawValueRole), QVariant(true));
    QCOMPARE(cell(ecs, CatalogModel::GpuColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignCenter);
    // Longest run: "15 min" or no limit (raw: minutes, or nothing).
    QCOMPARE(cell(appRunner, CatalogModel::MaxRunColumn).toString(), u"15 min"_s);
    QCOMPARE(cell(appRunner, CatalogModel::MaxRunColumn, CatalogModel::RawValueRole), QVariant(15));
    QCOMPARE(cell(ecs, CatalogModel::MaxRunColumn).toString(), u"No limit"_s);
    // Sorting reads numbers as numbers and names as shown.
    QCOMPARE(cell(appRunner, CatalogModel::MaxRunColumn, CatalogModel::SortRole), QVariant(15));
    QCOMPARE(cell(ecs, CatalogModel::PortableColumn, CatalogModel::SortRole), QVariant(0));
    QCOMPARE(cell(eks, CatalogModel::PortableColumn, CatalogModel::SortRole), QVariant(1));
    QCOMPARE(cell(ecs, CatalogModel::RunsOnColumn, CatalogModel::SortRole).toString(), u"Amazon EC2, AWS Fargate"_s);
    QCOMPARE(cell(ecs, CatalogModel::CategoryColumn, CatalogModel::SortRole).toString(), u"Orchestrator"_s);
    QVERIFY(!cell(ecs, CatalogModel::MaxRunColumn, CatalogModel::RawValueRole).isValid());
    QCOMPARE(cell(appRunner, CatalogModel::PricingColumn).toString(), u"Per vCPU and GB"_s);
    QCOMPARE(cell(appRunner, CatalogModel::PricingColumn, CatalogModel::RawValueRole).toString(), u"per-vcpu-gb"_s);
    QCOMPARE(cell(appRunner, CatalogModel::AvailableColumn).toString(), u"No"_s);
    QCOMPARE(cell(appRunner, CatalogModel::AvailableColumn, Qt::ToolTipRole).toString(),
             u"Closed to new customers; see Amazon ECS."_s);
    // Price from: EKS's first key, 0.10 USD per cluster-hour in Tokyo (fixture, confirmed).
    QCOMPARE(cell(eks, CatalogModel::FromPriceColumn).toString(), u"0.10 USD/cluster-hour"_s);
    QCOMPARE(cell(eks, CatalogModel::FromPriceColumn, CatalogModel::RawValueRole), QVariant(0.10));
    QCOMPARE(cell(eks, CatalogModel::FromPriceColumn, CatalogModel::UnitRole).toString(), u"USD/cluster-hour"_s);
    QCOMPARE(cell(eks, CatalogModel::FromPriceColumn, CatalogModel::EstimateRole), QVariant(false));
    QCOMPARE(cell(eks, CatalogModel::FromPriceColumn, Qt::ToolTipRole).toString(),
             u"eks.cluster-hour.standard in Asia Pacific (Tokyo), as of 2026-07-20; source: SkyPilot catalog (confirmed)"_s);
    // ECS has no fee of its own: nothing to show, and the tooltip says why.
    QCOMPARE(cell(ecs, CatalogModel::FromPriceColumn).toString(), QString());
    QVERIFY(!cell(ecs, CatalogModel::FromPriceColumn, CatalogModel::RawValueRole).isValid());
    QCOMPARE(cell(ecs, CatalogModel::FromPriceColumn, Qt::ToolTipRole).toString(),
             u"No fee of its own: you pay for the EC2, Fargate or servers it runs on."_s);
}

void TestCatalogModels::runtimesTable()
{
    CatalogModel model(*m_catalog, CatalogKind::Runtimes, Language::English, m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto cell = [&](const QString& id, CatalogModel::Column column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(id), model.section(column)).data(role);
    };
    QCOMPARE(cell(u"fargate"_s, CatalogModel::ArchColumn).toString(), u"x86_64, arm64"_s);
    QCOMPARE(cell(u"fargate"_s, CatalogModel::ArchColumn, CatalogModel::RawValueRole).toStringList(),
             QStringList({u"x86_64"_s, u"arm64"_s}));
    QCOMPARE(cell(u"fargate"_s, CatalogModel::ServerlessColumn).toString(), u"Yes"_s);
    QCOMPARE(cell(u"fargate-spot"_s, CatalogModel::SpotColumn, CatalogModel::RawValueRole), QVariant(true));
    QCOMPARE(cell(u"eks-anywhere"_s, CatalogModel::OnPremisesColumn).toString(), u"Yes"_s);
    QCOMPARE(cell(u"ec2"_s, CatalogModel::GpuColumn, CatalogModel::RawValueRole), QVariant(true));
    // Fargate: its first key, 0.05056 USD per vCPU-hour in Tokyo.
    QCOMPARE(cell(u"fargate"_s, CatalogModel::FromPriceColumn).toString(), u"0.05056 USD/vCPU-hour"_s);
    // EC2 lists no key: it starts at the cheapest instance type of its architecture, here
    // c7i.large at 0.11235 (c7i.xlarge 0.2247 and g5.xlarge 1.459 cost more).
    QCOMPARE(cell(u"ec2"_s, CatalogModel::FromPriceColumn).toString(), u"0.11235 USD/hour"_s);
    QVERIFY(cell(u"ec2"_s, CatalogModel::FromPriceColumn, Qt::ToolTipRole).toString().startsWith(u"c7i.large in "_s));
    // No key and not EC2: nothing to show.
    QCOMPARE(cell(u"eks-anywhere"_s, CatalogModel::FromPriceColumn).toString(), QString());
}

void TestCatalogModels::storageTable()
{
    CatalogModel model(*m_catalog, CatalogKind::Storage, Language::English, m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto cell = [&](const QString& id, CatalogModel::Column column, int role = Qt::DisplayRole) {
        return model.index(model.rowOf(id), model.section(column)).data(role);
    };
    QCOMPARE(cell(u"ebs-gp3"_s, CatalogModel::StorageKindColumn).toString(), u"Block"_s);
    QCOMPARE(cell(u"ebs-gp3"_s, CatalogModel::StorageKindColumn, CatalogModel::RawValueRole).toString(), u"block"_s);
    QCOMPARE(cell(u"ebs-gp3"_s, CatalogModel::SharedColumn).toString(), u"No"_s);
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::MultiAzColumn).toString(), u"Yes"_s);
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::MountFromColumn).toString(), u"Amazon EC2, AWS Fargate"_s);
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::AccessColumn).toString(), u"Mount"_s);
    // GB-month prices: gp3 0.096 confirmed; EFS 0.36 an estimate, marked "≈".
    QCOMPARE(cell(u"ebs-gp3"_s, CatalogModel::FromPriceColumn).toString(), u"0.096 USD/GB-month"_s);
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::FromPriceColumn).toString(), u"≈ 0.36 USD/GB-month"_s);
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::FromPriceColumn, CatalogModel::RawValueRole), QVariant(0.36));
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::FromPriceColumn, CatalogModel::EstimateRole), QVariant(true));
    QCOMPARE(cell(u"efs-standard"_s, CatalogModel::DescriptionColumn).toString(), u"A shared file system."_s);
}

void TestCatalogModels::securityIacConcepts()
{
    CatalogModel security(*m_catalog, CatalogKind::Security, Language::English, m_tokyo);
    QCOMPARE(security.index(0, security.section(CatalogModel::BillingColumn)).data().toString(), u"Per image"_s);
    QCOMPARE(security.index(0, security.section(CatalogModel::AppliesToColumn)).data().toString(),
             u"Amazon EC2, AWS Fargate"_s);
    QCOMPARE(security.index(0, security.section(CatalogModel::ContainerSpecificColumn)).data().toString(), u"Yes"_s);
    QCOMPARE(security.index(0, security.section(CatalogModel::FromPriceColumn)).data().toString(),
             u"≈ 0.09 USD/image"_s);

    CatalogModel iac(*m_catalog, CatalogKind::Iac);
    QAbstractItemModelTester tester(&iac, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(iac.index(0, iac.section(CatalogModel::LayerColumn)).data().toString(), u"Application"_s);
    QCOMPARE(iac.index(0, iac.section(CatalogModel::TargetsColumn)).data().toString(), u"ECS"_s);
    QCOMPARE(iac.index(0, iac.section(CatalogModel::TargetsColumn)).data(CatalogModel::RawValueRole).toStringList(),
             QStringList({u"ecs"_s}));
    QCOMPARE(iac.index(0, iac.section(CatalogModel::VendorColumn)).data().toString(), u"KAYAC"_s);
    QCOMPARE(iac.index(0, iac.section(CatalogModel::OpenSourceColumn)).data().toString(), u"Yes"_s);
    QCOMPARE(iac.index(0, iac.section(CatalogModel::IacLanguageColumn)).data().toString(), u"Go"_s);

    CatalogModel concepts(*m_catalog, CatalogKind::Concepts, Language::Japanese);
    QCOMPARE(concepts.columnCount(), 5);
    QCOMPARE(concepts.index(0, concepts.section(CatalogModel::ComparesColumn)).data().toString(), u"LXC vs Docker"_s);
    QCOMPARE(concepts.index(0, CatalogModel::NameColumn).data().toString(), u"LXCとDocker"_s);
}

void TestCatalogModels::languageSwitch()
{
    CatalogModel model(*m_catalog, CatalogKind::Storage, Language::English, m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setLanguage(Language::Japanese);
    QCOMPARE(model.language(), Language::Japanese);
    QCOMPARE(data.count(), 1);
    // Every cell: the first row and column to the last.
    QCOMPARE(data.first().at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(data.first().at(1).value<QModelIndex>(), model.index(model.rowCount() - 1, model.columnCount() - 1));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.first().at(1).toInt(), 0);
    QCOMPARE(headers.first().at(2).toInt(), model.columnCount() - 1);
    QCOMPARE(resets.count(), 0); // rows and selection stay
    const int efs = model.rowOf(u"efs-standard"_s);
    QCOMPARE(model.index(efs, CatalogModel::NameColumn).data().toString(), u"Amazon EFS 標準"_s);
    QCOMPARE(model.index(efs, CatalogModel::NameColumn).data(CatalogModel::RawValueRole).toString(),
             u"Amazon EFS 標準"_s);
    QCOMPARE(model.index(efs, CatalogModel::DescriptionColumn).data().toString(), u"共有ファイルシステム。"_s);

    // The same language again changes nothing and says nothing.
    model.setLanguage(Language::Japanese);
    QCOMPARE(data.count(), 1);
    QCOMPARE(headers.count(), 1);
    model.setLanguage(Language::English);
    QCOMPARE(data.count(), 2);
    QCOMPARE(model.index(efs, CatalogModel::NameColumn).data().toString(), u"Amazon EFS Standard"_s);
}

void TestCatalogModels::priceBookSwitch()
{
    CatalogModel model(*m_catalog, CatalogKind::Storage, Language::English, m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    const int price = model.section(CatalogModel::FromPriceColumn);
    const int gp3 = model.rowOf(u"ebs-gp3"_s);

    model.setPriceBook(m_virginia);
    QCOMPARE(model.priceBook(), m_virginia);
    QCOMPARE(data.count(), 1);
    // Only the price column changes.
    QCOMPARE(data.first().at(0).value<QModelIndex>(), model.index(0, price));
    QCOMPARE(data.first().at(1).value<QModelIndex>(), model.index(model.rowCount() - 1, price));
    // The N. Virginia fixture has no gp3 price: unknown, never zero.
    QCOMPARE(model.index(gp3, price).data().toString(), u"unknown"_s);
    QVERIFY(!model.index(gp3, price).data(CatalogModel::RawValueRole).isValid());
    QCOMPARE(model.index(gp3, price).data(Qt::ToolTipRole).toString(),
             u"storage.ebs-gp3.gb-month: no published price in US East (N. Virginia); shown as unknown, never as zero."_s);

    model.setPriceBook(nullptr);
    QCOMPARE(data.count(), 2);
    QCOMPARE(model.index(gp3, price).data().toString(), QString());
    model.setPriceBook(nullptr);
    QCOMPARE(data.count(), 2);
}

void TestCatalogModels::searchText()
{
    CatalogModel model(*m_catalog, CatalogKind::Storage);
    const QString text = model.index(model.rowOf(u"efs-standard"_s), 2).data(CatalogModel::SearchTextRole).toString();
    // Both languages, whatever the model's language: a search in either finds the entry.
    QVERIFY(text.contains(u"efs-standard"_s));
    QVERIFY(text.contains(u"Amazon EFS Standard"_s));
    QVERIFY(text.contains(u"Amazon EFS 標準"_s));
    QVERIFY(text.contains(u"共有ファイルシステム"_s));
}

void TestCatalogModels::capabilityValuesAreNames()
{
    // The detail pane and the Security/Storage panels name what the catalogs hold as ids.
    const Catalog& c = Catalog::builtin();
    const CatalogEntry* ecs = c.find(CatalogKind::Services, u"ecs"_s);
    QVERIFY(ecs);
    const auto text = [&](const CatalogEntry* e, const char* key, Language language = Language::English) {
        return CatalogModel::capabilityText(c, QLatin1String(key), e->capabilities.value(QLatin1String(key)), language);
    };
    // Runtimes by their short names ("ecs-anywhere" → "ECS Anywhere").
    const QString runsOn = text(ecs, "runtimes");
    QVERIFY2(runsOn.contains(u"ECS Anywhere"_s), qPrintable(runsOn));
    QVERIFY2(!runsOn.contains(u"ecs-anywhere"_s), qPrintable(runsOn));
    // Storage by name, not "ebs-gp3, efs-standard".
    const QString storage = text(ecs, "storage");
    QVERIFY2(!storage.contains(u"ebs-gp3"_s) && !storage.contains(u"efs-standard"_s), qPrintable(storage));
    QVERIFY2(storage.contains(u"EFS"_s), qPrintable(storage));
    // Enumerations by what they mean.
    QCOMPARE(text(ecs, "pricing"), u"What it runs on"_s);
    QCOMPARE(text(ecs, "orchestrator"), u"ECS"_s);
    const CatalogEntry* appRunner = c.find(CatalogKind::Services, u"app-runner"_s);
    QCOMPARE(text(appRunner, "successor"), c.find(CatalogKind::Services, u"ecs-express-mode"_s)->label(Language::English));
    const CatalogEntry* inspector = c.find(CatalogKind::Security, u"inspector-ecr"_s);
    QCOMPARE(text(inspector, "billing"), u"Per image"_s);
    // Prose in the language asked for.
    QCOMPARE(text(inspector, "detects", Language::Japanese),
             inspector->capabilities.value(u"detects"_s).toObject().value(u"ja"_s).toString());
    QVERIFY(text(inspector, "detects", Language::English).startsWith(u"Vulnerabilities"_s));
    // EKS on Fargate mounts EFS only: the runtime and the storage by name.
    const CatalogEntry* eks = c.find(CatalogKind::Services, u"eks"_s);
    const QString storageOn = text(eks, "storageOn");
    QVERIFY2(storageOn.startsWith(u"Fargate: "_s) && !storageOn.contains(u"efs-"_s), qPrintable(storageOn));
    // Booleans and numbers are the caller's.
    QVERIFY(text(eks, "gpu").isEmpty());
    // Names of a list of ids, and an unknown id as itself.
    QCOMPARE(CatalogModel::entryNames(c, CatalogKind::Runtimes, {u"ec2"_s, u"nowhere"_s}, Language::English),
             c.find(CatalogKind::Runtimes, u"ec2"_s)->label(Language::English) + u", nowhere"_s);
}

void TestCatalogModels::noIdShows()
{
    // Every cell of every catalog table, every capability value and the matrix's headers, in
    // both languages: names, never the ids the catalogs hold ("ecs", "ec2, fargate",
    // "underlying", "per-image", "ebs-gp3"). The id column and the names and descriptions
    // (free text) are left out; architectures, vendors and languages are names already.
    const Catalog& c = Catalog::builtin();
    const QSet<QString> ids = CatalogIds::ids(c);
    // The set holds what the issue named, so the test would see it.
    for (const char* id : {"ecs", "fargate", "ecs-anywhere", "underlying", "per-image", "ebs-gp3", "bind-mount"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    const PriceBooks& prices = PriceBooks::shipped();
    const PriceBook* tokyo = prices.region(u"ap-northeast-1"_s);
    for (Language language : {Language::English, Language::Japanese}) {
        for (CatalogKind kind : CatalogIds::kNamedKinds) {
            CatalogModel model(c, kind, language, tokyo);
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    switch (model.columnAt(column)) {
                    case CatalogModel::IdColumn:
                    case CatalogModel::NameColumn:
                    case CatalogModel::DescriptionColumn:
                    case CatalogModel::ArchColumn:
                    case CatalogModel::VendorColumn:
                    case CatalogModel::IacLanguageColumn:
                        continue;
                    default:
                        break;
                    }
                    const QString text = model.index(row, column).data().toString();
                    const QStringList found = CatalogIds::idsIn(text, ids);
                    QVERIFY2(found.isEmpty(), qPrintable(model.entry(row)->id + u": "_s + text));
                }
            }
            for (const CatalogEntry& e : c.entries(kind)) {
                for (auto it = e.capabilities.constBegin(); it != e.capabilities.constEnd(); ++it) {
                    if (CatalogIds::isNameAlready(it.key()))
                        continue;
                    const QString text = CatalogModel::capabilityText(c, it.key(), it.value(), language);
                    QVERIFY2(CatalogIds::idsIn(text, ids).isEmpty(), qPrintable(e.id + u"."_s + it.key() + u": "_s + text));
                }
            }
        }
        CapabilityMatrixModel matrix(c, language);
        for (int row = 0; row < matrix.rowCount(); ++row) {
            const QString name = matrix.headerData(row, Qt::Vertical).toString();
            QVERIFY2(!ids.contains(name) && name != matrix.service(row)->id, qPrintable(name));
        }
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const QString name = matrix.headerData(column, Qt::Horizontal).toString();
            QVERIFY2(name != matrix.criterion(column)->id, qPrintable(name));
        }
    }
    // The check itself: an id in a list is found, a name is not.
    QCOMPARE(CatalogIds::idsIn(u"EC2, fargate"_s, ids), QStringList{u"fargate"_s});
    QVERIFY(CatalogIds::idsIn(u"EC2, Fargate, ECS Anywhere"_s, ids).isEmpty());
}

void TestCatalogModels::priceModel()
{
    PriceModel model(m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(PriceModel::ColumnCount));
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.headerData(PriceModel::ValueColumn, Qt::Horizontal).toString(), u"USD"_s);
    QCOMPARE(model.headerData(PriceModel::DateColumn, Qt::Horizontal).toString(), u"As of"_s);

    // Row 1: Fargate GB-hour, 0.00553 USD (JP-FIX, 2026-07-07, grade A).
    auto cell = [&](int row, PriceModel::Column column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(1, PriceModel::KeyColumn).toString(), u"fargate.linux-x86.gb-hour"_s);
    QCOMPARE(cell(1, PriceModel::ValueColumn).toString(), u"0.00553"_s);
    QCOMPARE(cell(1, PriceModel::ValueColumn, PriceModel::RawValueRole), QVariant(0.00553));
    QCOMPARE(cell(1, PriceModel::ValueColumn, Qt::ToolTipRole).toString(), u"One source says 0.005536."_s);
    QCOMPARE(cell(1, PriceModel::UnitColumn).toString(), u"USD/GB-hour"_s);
    QCOMPARE(cell(1, PriceModel::SourceColumn).toString(), u"JP-FIX"_s);
    QCOMPARE(cell(1, PriceModel::SourceColumn, Qt::ToolTipRole).toString(), u"Price List documents in a test fixture"_s);
    QCOMPARE(cell(1, PriceModel::DateColumn).toString(), u"2026-07-07"_s);
    QCOMPARE(cell(1, PriceModel::ConfidenceColumn).toString(), u"Confirmed (A)"_s);
    QCOMPARE(cell(1, PriceModel::ConfidenceColumn, PriceModel::RawValueRole).toString(), u"confirmed"_s);
    QCOMPARE(cell(1, PriceModel::DateColumn, PriceModel::KeyRole).toString(), u"fargate.linux-x86.gb-hour"_s);
    QCOMPARE(cell(1, PriceModel::DateColumn, PriceModel::KnownRole), QVariant(true));
    QCOMPARE(cell(1, PriceModel::ValueColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    // Row 2: EKS 0.10, source SKY with its address.
    QCOMPARE(cell(2, PriceModel::ValueColumn).toString(), u"0.10"_s);
    QCOMPARE(cell(2, PriceModel::SourceColumn, Qt::ToolTipRole).toString(),
             u"SkyPilot catalog\nhttps://github.com/skypilot-org/skypilot-catalog"_s);
    QCOMPARE(cell(2, PriceModel::KeyColumn, PriceModel::SourceUrlRole).toString(),
             u"https://github.com/skypilot-org/skypilot-catalog"_s);
    // Row 4: EFS, an estimate (grade U).
    QCOMPARE(cell(4, PriceModel::ConfidenceColumn).toString(), u"Estimate (U)"_s);
    QCOMPARE(cell(4, PriceModel::ConfidenceColumn, PriceModel::RawValueRole).toString(), u"estimate"_s);
    QCOMPARE(cell(4, PriceModel::KeyColumn, PriceModel::EstimateRole), QVariant(true));
    QCOMPARE(cell(3, PriceModel::DateColumn).toString(), u"2026-09"_s);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setPriceBook(m_virginia);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(0, PriceModel::ValueColumn).toString(), u"0.04048"_s);
}

void TestCatalogModels::priceFilter()
{
    PriceModel model(m_tokyo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // An entry's keys, in its order; a key the book lacks is a row marked unknown.
    model.setKeyFilter({u"eks.cluster-hour.standard"_s, u"eks.cluster-hour.extended"_s, u"eks.cluster-hour.standard"_s});
    QCOMPARE(resets.count(), 1);
    QVERIFY(model.isFiltered());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keys(), QStringList({u"eks.cluster-hour.standard"_s, u"eks.cluster-hour.extended"_s}));
    QCOMPARE(model.index(0, PriceModel::ValueColumn).data().toString(), u"0.10"_s);
    QCOMPARE(model.index(1, PriceModel::KeyColumn).data().toString(), u"eks.cluster-hour.extended"_s);
    QCOMPARE(model.index(1, PriceModel::ValueColumn).data().toString(), u"unknown"_s);
    QVERIFY(!model.index(1, PriceModel::ValueColumn).data(PriceModel::RawValueRole).isValid());
    QCOMPARE(model.index(1, PriceModel::ValueColumn).data(PriceModel::KnownRole), QVariant(false));
    QCOMPARE(model.index(1, PriceModel::ConfidenceColumn).data().toString(), u"no published price"_s);
    QCOMPARE(model.index(1, PriceModel::UnitColumn).data().toString(), QString());
    QCOMPARE(model.index(1, PriceModel::ValueColumn).data(Qt::ToolTipRole).toString(),
             u"No source gives this price for Asia Pacific (Tokyo): it is shown as unknown, never as zero."_s);

    // The filter outlives a change of region.
    model.setPriceBook(m_virginia);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PriceModel::ValueColumn).data().toString(), u"unknown"_s);

    model.setKeyFilter({});
    QCOMPARE(model.rowCount(), 0);
    model.clearKeyFilter();
    QVERIFY(!model.isFiltered());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.count(), 4);
}

void TestCatalogModels::priceLanguage()
{
    PriceModel model(m_tokyo);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Japanese);
    QCOMPARE(data.count(), 1);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.first().at(1).value<QModelIndex>(), model.index(5, PriceModel::ColumnCount - 1));
    QCOMPARE(model.index(1, PriceModel::KeyColumn).data(Qt::ToolTipRole).toString(), u"0.005536とする資料もある。"_s);
    model.setLanguage(Language::Japanese);
    QCOMPARE(data.count(), 1);
}

void TestCatalogModels::formatUsd_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    const QLocale c = QLocale::c();
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::addRow("cents") << 0.1 << c << u"0.10"_s;
    QTest::addRow("whole") << 7.0 << c << u"7.00"_s;
    QTest::addRow("zero") << 0.0 << c << u"0.00"_s;
    QTest::addRow("five decimals") << 0.05056 << c << u"0.05056"_s;
    QTest::addRow("per GB-second") << 0.0000166667 << c << u"0.0000166667"_s;
    QTest::addRow("per request") << 0.0000002 << c << u"0.0000002"_s;
    QTest::addRow("grouped") << 1234.5 << us << u"1,234.50"_s;
    QTest::addRow("decimal comma") << 0.11235 << german << u"0,11235"_s;
}

void TestCatalogModels::formatUsd()
{
    QFETCH(double, usd);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(PriceModel::formatUsd(usd, locale), text);
}

void TestCatalogModels::capabilityMatrix()
{
    CapabilityMatrixModel model(*m_catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 2);
    const QModelIndex ecsEase = model.index(0, 0);
    QCOMPARE(ecsEase.data(), QVariant(3));
    QCOMPARE(ecsEase.data(CapabilityMatrixModel::RawValueRole), QVariant(3));
    QCOMPARE(ecsEase.data(Qt::ToolTipRole).toString(), u"Few concepts."_s);
    QCOMPARE(ecsEase.data(Qt::BackgroundRole).value<QBrush>().color(), CapabilityMatrixModel::scoreColor(3));
    QCOMPARE(ecsEase.data(Qt::ForegroundRole).value<QBrush>().color(), CapabilityMatrixModel::textColor(3));
    QCOMPARE(ecsEase.data(CapabilityMatrixModel::EntryIdRole).toString(), u"ecs"_s);
    QCOMPARE(ecsEase.data(CapabilityMatrixModel::CriterionIdRole).toString(), u"ease"_s);
    QCOMPARE(ecsEase.data(Qt::AccessibleTextRole).toString(), u"ECS, Ease of use: 3 of 4"_s);
    QCOMPARE(ecsEase.data(Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignCenter);
    // EKS scores 4 on portability; App Runner 4 on ease.
    QCOMPARE(model.index(1, 1).data(), QVariant(4));
    QCOMPARE(model.index(1, 1).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::white));
    QCOMPARE(model.index(0, 1).data(), QVariant(0));
    QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), u"An image and a port."_s);

    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Ease of use"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).toString(), u"How quickly a container runs."_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal, CapabilityMatrixModel::CriterionIdRole).toString(), u"portability"_s);
    // Services by their short label; the full name in the tooltip.
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"ECS"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(), u"Amazon ECS"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), u"Amazon EKS"_s);
    QCOMPARE(model.headerData(2, Qt::Vertical, CapabilityMatrixModel::EntryIdRole).toString(), u"app-runner"_s);
    QCOMPARE(model.service(2)->id, u"app-runner"_s);
    QCOMPARE(model.criterion(1)->id, u"portability"_s);
    QCOMPARE(model.service(3), nullptr);
    QCOMPARE(model.criterion(-1), nullptr);
}

void TestCatalogModels::capabilityMatrixLanguage()
{
    CapabilityMatrixModel model(*m_catalog, Language::English);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Japanese);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.first().at(1).value<QModelIndex>(), model.index(2, 1));
    QCOMPARE(headers.count(), 2); // criteria and services
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"概念が少ない。"_s);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"使いやすさ"_s);
    QCOMPARE(model.index(0, 0).data(), QVariant(3)); // the score does not change with the language
    model.setLanguage(Language::Japanese);
    QCOMPARE(data.count(), 1);
}

void TestCatalogModels::scoreColors()
{
    // Five distinct colours, darker with every point, so the order reads in greyscale too.
    for (int score = 1; score <= CapabilityMatrixModel::maxScore; ++score) {
        QVERIFY(CapabilityMatrixModel::scoreColor(score) != CapabilityMatrixModel::scoreColor(score - 1));
        QVERIFY(CapabilityMatrixModel::scoreColor(score).lightness()
                < CapabilityMatrixModel::scoreColor(score - 1).lightness());
    }
    // Out-of-range scores clamp rather than crash.
    QCOMPARE(CapabilityMatrixModel::scoreColor(-1), CapabilityMatrixModel::scoreColor(0));
    QCOMPARE(CapabilityMatrixModel::scoreColor(9), CapabilityMatrixModel::scoreColor(4));
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
