// Evaluating a 20-option scenario (target: under 50 µs) with the built-in catalogs.
#include "CostModel.h"

#include <QTest>

class BenchCostModel : public QObject
{
    Q_OBJECT

private slots:
    void evaluate20Options_data();
    void evaluate20Options();
};

void BenchCostModel::evaluate20Options_data()
{
    QTest::addColumn<CostModel::Detail>("detail");
    // Full: what the table, the PDF and the command line show (labels and notes).
    QTest::addRow("full") << CostModel::Detail::Full;
    // Totals only: what the scaling chart evaluates at every sampled task count.
    QTest::addRow("totals only") << CostModel::Detail::TotalsOnly;
}

void BenchCostModel::evaluate20Options()
{
    QFETCH(CostModel::Detail, detail);
    const Catalog& catalog = Catalog::builtin();
    const PriceBooks& prices = PriceBooks::builtin();
    Scenario s;
    s.region = QStringLiteral("ap-northeast-1");
    s.workload.tasks = 12;
    s.workload.vcpu = 1;
    s.workload.memoryGiB = 3;
    s.storage = {{QStringLiteral("disk"), QStringLiteral("ebs-gp3"), 100}};
    s.security = {{QStringLiteral("gd"), QStringLiteral("guardduty-runtime"), {}, {}, {}, {}, {}}};
    const QList<QPair<QString, QString>> kinds = {
        {QStringLiteral("ecs"), QStringLiteral("ec2")},       {QStringLiteral("ecs"), QStringLiteral("fargate")},
        {QStringLiteral("eks"), QStringLiteral("ec2")},       {QStringLiteral("eks"), QStringLiteral("fargate")},
        {QStringLiteral("lightsail"), QString()},             {QStringLiteral("elastic-beanstalk"), QStringLiteral("ec2")},
        {QStringLiteral("app-runner"), QString()},            {QStringLiteral("batch"), QStringLiteral("fargate")},
        {QStringLiteral("rosa"), QStringLiteral("ec2")},      {QStringLiteral("ec2-self-managed"), QStringLiteral("ec2")}};
    for (int i = 0; i < 20; ++i) {
        Option o;
        o.id = QStringLiteral("o%1").arg(i);
        o.service = kinds[i % kinds.size()].first;
        o.runtime = kinds[i % kinds.size()].second;
        if (o.runtime == u"ec2")
            o.instanceType = i < 10 ? QStringLiteral("c7i.large") : QStringLiteral("m7g.xlarge");
        if (i >= 10)
            o.region = QStringLiteral("us-east-1");
        s.options << o;
    }
    Comparison c;
    QBENCHMARK {
        c = CostModel::evaluate(s, catalog, prices, Language::English, detail);
    }
    QCOMPARE(c.options.size(), 20);
}

QTEST_GUILESS_MAIN(BenchCostModel)
#include "bench_costmodel.moc"
