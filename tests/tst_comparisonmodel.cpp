// The comparison as a Qt table model: rows, money columns, raw values and live updates.
#include "ComparisonModel.h"
#include "Money.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

OptionResult result(const QString& id, double compute, double controlPlane, bool known = true)
{
    OptionResult r;
    r.id = id;
    r.label = id.toUpper();
    r.lineItems = {{LineKind::Compute, QStringLiteral("compute"), compute, true, false},
                   {LineKind::ControlPlane, QStringLiteral("cluster"), controlPlane, known, false}};
    return r;
}

Comparison comparison(double scale = 1)
{
    Comparison c;
    c.title = QStringLiteral("t");
    c.region = QStringLiteral("ap-northeast-1");
    c.hours = 732;
    c.options = {result(QStringLiteral("ec2"), 82.2402 * scale, 0), result(QStringLiteral("eks"), 82.2402, 73.2),
                 result(QStringLiteral("anywhere"), 10, 0, false)};
    return c;
}

const CurrencySettings yen{QStringLiteral("JPY"), 155, QStringLiteral("floor")};

} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT

private slots:
    void underModelTester();
    void valuesAndRoles();
    void liveUpdateKeepsRows();
    void optionChangeResets();
};

void TestComparisonModel::underModelTester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(comparison(), yen);
    model.setComparison(comparison(2), yen);
    model.setComparison(Comparison{}, yen);
    QCOMPARE(model.rowCount(), 0);
    model.setComparison(comparison(), yen);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ComparisonModel::ColumnCount));
}

void TestComparisonModel::valuesAndRoles()
{
    ComparisonModel model;
    model.setComparison(comparison(), yen);
    // 82.2402 USD × 155 = 12,747.231 → ¥12,747.
    const QModelIndex ec2Total = model.index(0, ComparisonModel::TotalColumn);
    QCOMPARE(ec2Total.data().toString(), QStringLiteral("¥12,747"));
    QCOMPARE(ec2Total.data(ComparisonModel::DisplayAmountRole).toDouble(), 12747.0);
    QCOMPARE(ec2Total.data(ComparisonModel::RawValueRole).toDouble(), 82.2402);
    QCOMPARE(model.index(0, ComparisonModel::TotalUsdColumn).data().toString(), QStringLiteral("$82.24"));
    // EKS: 82.2402 + 73.2 = 155.4402 USD → × 155 = 24,093.231 → ¥24,093.
    QCOMPARE(model.index(1, ComparisonModel::TotalColumn).data(ComparisonModel::DisplayAmountRole).toDouble(), 24093.0);
    QCOMPARE(model.index(1, ComparisonModel::ControlPlaneColumn).data(ComparisonModel::RawValueRole).toDouble(), 73.2);
    // The cheapest complete option is marked; the incomplete one never is.
    QVERIFY(model.index(0, 0).data(ComparisonModel::CheapestRole).toBool());
    QVERIFY(!model.index(2, 0).data(ComparisonModel::CheapestRole).toBool());
    // An unknown price shows as unknown, not as a number.
    QVERIFY(!model.index(2, ComparisonModel::ControlPlaneColumn).data(ComparisonModel::KnownRole).toBool());
    QVERIFY(model.index(2, ComparisonModel::ControlPlaneColumn).data().toString().contains(QStringLiteral("unknown")));
    QVERIFY(model.index(2, ComparisonModel::TotalColumn).data().toString().contains(QStringLiteral("unknown")));
    QCOMPARE(model.index(1, 0).data(ComparisonModel::OptionIdRole).toString(), QStringLiteral("eks"));
    QCOMPARE(ComparisonModel::kindOfColumn(ComparisonModel::OverProvisioningColumn), LineKind::OverProvisioning);
    QCOMPARE(ComparisonModel::columnOfKind(LineKind::Security), int(ComparisonModel::SecurityColumn));
    QVERIFY(model.headerData(ComparisonModel::TotalColumn, Qt::Horizontal).toString().contains(QStringLiteral("JPY")));
}

void TestComparisonModel::liveUpdateKeepsRows()
{
    ComparisonModel model;
    model.setComparison(comparison(), yen);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setComparison(comparison(2), yen);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ComparisonModel::TotalColumn).data(ComparisonModel::RawValueRole).toDouble(), 2 * 82.2402);
}

void TestComparisonModel::optionChangeResets()
{
    ComparisonModel model;
    model.setComparison(comparison(), yen);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Comparison fewer = comparison();
    fewer.options.removeLast();
    model.setComparison(fewer, yen);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"
