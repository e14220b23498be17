// A region imported from the AWS Price List is a region of the window: the form offers it with
// the name its book carries.
#include "MainWindow.h"
#include "PriceBook.h"
#include "PriceBookStore.h"

#include <QComboBox>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportedRegion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The test's own data folder; written before the app reads its books for the first time.
        QStandardPaths::setTestModeEnabled(true);
        QDir(PriceBookStore::directory()).removeRecursively();
        PriceBook osaka;
        osaka.region = u"ap-northeast-3"_s;
        osaka.regionName = {u"Asia Pacific (Osaka)"_s, u"アジアパシフィック (大阪)"_s};
        PriceSource source;
        source.id = u"AmazonECS-20261001000000"_s;
        source.title = u"AWS Price List, AmazonECS offer file 20261001000000"_s;
        source.date = u"2026-10-01"_s;
        osaka.sources.append(source);
        Price vcpu;
        vcpu.key = u"fargate.linux-x86.vcpu-hour"_s;
        vcpu.usd = 0.05056;
        vcpu.unit = u"USD/vCPU-hour"_s;
        vcpu.source = source.id;
        vcpu.asOf = u"2026-10-01"_s;
        vcpu.grade = u"A"_s;
        Price gb = vcpu;
        gb.key = u"fargate.linux-x86.gb-hour"_s;
        gb.usd = 0.00553;
        gb.unit = u"USD/GB-hour"_s;
        osaka.prices = {gb, vcpu};
        QString problem;
        QVERIFY2(PriceBookStore::write(osaka, &problem), qPrintable(problem));
    }

    void cleanupTestCase() { QDir(PriceBookStore::directory()).removeRecursively(); }

    void formOffersTheRegion()
    {
        QCOMPARE(PriceBooks::builtin().regions(), QStringList({u"ap-northeast-1"_s, u"ap-northeast-3"_s, u"us-east-1"_s}));
        MainWindow window;
        QComboBox* region = nullptr;
        for (QComboBox* box : window.findChildren<QComboBox*>()) {
            if (box->accessibleName() == u"Region" && box->findData(u"us-east-1"_s) >= 0) {
                region = box;
                break;
            }
        }
        QVERIFY(region);
        const int osaka = region->findData(u"ap-northeast-3"_s);
        QVERIFY(osaka >= 0);
        QCOMPARE(region->itemText(osaka), u"Asia Pacific (Osaka) — ap-northeast-3"_s);
    }
};

QTEST_MAIN(TestImportedRegion)
#include "tst_importedregion.moc"
