// The purchase rules the window's form, the option editor and the presentation strip share
// (models/Purchase), against the built-in catalog's purchase options: on-demand for ec2,
// fargate and lambda; spot for ec2 and fargate; savings plans for ec2, fargate and lambda;
// reserved instances for ec2 only.
#include "Catalog.h"
#include "Purchase.h"
#include "Scenario.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Option option(const QString& id, const QString& service, const QString& runtime)
{
    Option o;
    o.id = id;
    o.service = service;
    o.runtime = runtime;
    return o;
}

// ECS on EC2, ECS on Fargate, Lambda and Lightsail, all on-demand.
Scenario fourOptions()
{
    Scenario s;
    s.options << option(u"ecs-ec2"_s, u"ecs"_s, u"ec2"_s) << option(u"ecs-fargate"_s, u"ecs"_s, u"fargate"_s)
              << option(u"fn"_s, u"lambda"_s, QString()) << option(u"ls"_s, u"lightsail"_s, QString());
    return s;
}

} // namespace

class TestPurchase : public QObject
{
    Q_OBJECT

private slots:
    void runtimeOfAnOptionWithoutOne()
    {
        QCOMPARE(Purchase::runtimeOf(option(u"a"_s, u"ecs"_s, u"fargate"_s)), u"fargate"_s);
        QCOMPARE(Purchase::runtimeOf(option(u"b"_s, u"lambda"_s, QString())), u"lambda"_s);
    }

    void appliesFollowsTheCatalog()
    {
        const Catalog& c = Catalog::builtin();
        const Option ec2 = option(u"a"_s, u"ecs"_s, u"ec2"_s);
        const Option fargate = option(u"b"_s, u"ecs"_s, u"fargate"_s);
        const Option lambda = option(u"c"_s, u"lambda"_s, QString());
        const Option lightsail = option(u"d"_s, u"lightsail"_s, QString());
        QVERIFY(Purchase::applies(c, u"reserved"_s, ec2));
        QVERIFY(!Purchase::applies(c, u"reserved"_s, fargate));
        QVERIFY(Purchase::applies(c, u"spot"_s, fargate));
        QVERIFY(!Purchase::applies(c, u"spot"_s, lambda));
        QVERIFY(Purchase::applies(c, u"savings-plan"_s, lambda));
        // Lightsail sells plans, not purchase options.
        QVERIFY(!Purchase::applies(c, u"on-demand"_s, lightsail));
        QVERIFY(!Purchase::applies(c, u"spot"_s, lightsail));
    }

    // Choosing spot for the comparison: EC2 and Fargate take it; Lambda stays on-demand (no
    // spot), so the comparison is mixed; Lightsail never counts.
    void applyToAllAndShared()
    {
        const Catalog& c = Catalog::builtin();
        Scenario s = fourOptions();
        QCOMPARE(Purchase::shared(s, c), u"on-demand"_s);
        Purchase::applyToAll(s, c, u"spot"_s);
        QCOMPARE(s.options[0].purchase, u"spot"_s);
        QCOMPARE(s.options[1].purchase, u"spot"_s);
        QCOMPARE(s.options[2].purchase, u"on-demand"_s);
        QCOMPARE(s.options[3].purchase, u"on-demand"_s);
        QCOMPARE(Purchase::shared(s, c), QString()); // mixed: spot and Lambda's on-demand

        // With Lambda disabled, the enabled options that choose agree: spot.
        s.options[2].enabled = false;
        QCOMPARE(Purchase::shared(s, c), u"spot"_s);

        // Savings plans reach Lambda too; a discount set per option is cleared by on-demand.
        s.options[2].enabled = true;
        Purchase::applyToAll(s, c, u"savings-plan"_s);
        QCOMPARE(s.options[2].purchase, u"savings-plan"_s);
        QCOMPARE(Purchase::shared(s, c), u"savings-plan"_s);
        s.options[0].discount = 0.3;
        Purchase::applyToAll(s, c, u"on-demand"_s);
        QCOMPARE(s.options[0].purchase, u"on-demand"_s);
        QVERIFY(!s.options[0].discount);
        QCOMPARE(Purchase::shared(s, c), u"on-demand"_s);
    }

    // Only Lightsail: nothing to choose, the comparison reads as on-demand.
    void nothingToChoose()
    {
        Scenario s;
        s.options << option(u"ls"_s, u"lightsail"_s, QString());
        QCOMPARE(Purchase::shared(s, Catalog::builtin()), u"on-demand"_s);
    }
};

QTEST_GUILESS_MAIN(TestPurchase)
#include "tst_purchase.moc"
