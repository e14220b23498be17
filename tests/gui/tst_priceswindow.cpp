// Tools → Prices… updates a region from a loopback HTTP server started here (127.0.0.1): the
// window lists the new region with its book, the Compare page's Regions tab then shows it, and
// Cancel in the progress dialog leaves the book as it was. Prices are literals of the files served.
#include "../LoopbackHttp.h"
#include "../PriceListFixtures.h"
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "PriceBookStore.h"
#include "PresentationWindow.h"
#include "PricesWindow.h"
#include "RegionsView.h"
#include "ScenarioDocument.h"
#include "SlideRenderer.h"
#include "WorkloadForm.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fixtures;

namespace {

const QString kRegion = QStringLiteral("ap-northeast-3");

int rowOf(QTableWidget* table, const QString& region)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0) && table->item(r, 0)->text() == region)
            return r;
    return -1;
}

// The Compare page's total (USD a month) of an option, as its table shows it.
double totalOf(MainWindow& window, const QString& optionId)
{
    const ComparisonModel* model = window.comparisonModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ComparisonModel::OptionIdRole).toString() == optionId) {
            const QModelIndex total = model->index(r, ComparisonModel::TotalColumn);
            return total.data(ComparisonModel::KnownRole).toBool() ? total.data(ComparisonModel::RawValueRole).toDouble() : -1;
        }
    return -2;
}

// The Regions tab's cell of an option in a region, as shown.
QString regionsCell(RegionsView* view, const QString& region, const QString& optionId)
{
    const int row = rowOf(view->table(), region);
    const qsizetype column = view->regions().optionIds.indexOf(optionId);
    if (row < 0 || column < 0)
        return {};
    return view->table()->item(row, 2 + int(column))->text();
}

} // namespace

class TestPricesWindow : public QObject
{
    Q_OBJECT

    LoopbackHttp m_http;

    void serve(const QString& version, const QString& vcpu, int padding = 0)
    {
        m_http.routes.insert("/offers/v1.0/aws/index.json", reply(200, offerIndex({QStringLiteral("AmazonECS"), QStringLiteral("AmazonEKS")})));
        for (const QString& code : {QStringLiteral("AmazonECS"), QStringLiteral("AmazonEKS")})
            m_http.routes.insert(regionIndexPath(code), reply(200, regionIndex(code, {{kRegion, version}})));
        m_http.routes.insert(offerPath(QStringLiteral("AmazonECS"), version, kRegion),
                             reply(200, offerFile(QStringLiteral("AmazonECS"), kRegion, QStringLiteral("Asia Pacific (Osaka)"), version,
                                                  {{QStringLiteral("Fargate-vCPU-Hours:perCPU"), vcpu},
                                                   {QStringLiteral("Fargate-GB-Hours"), QStringLiteral("0.0055300000")}},
                                                  padding)));
        m_http.routes.insert(offerPath(QStringLiteral("AmazonEKS"), version, kRegion),
                             reply(200, offerFile(QStringLiteral("AmazonEKS"), kRegion, QStringLiteral("Asia Pacific (Osaka)"), version,
                                                  {{QStringLiteral("AmazonEKS-Hours:perCluster"), QStringLiteral("0.1000000000")}})));
    }

    static PricesWindow* openPrices(MainWindow& window)
    {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* action : menu->menu()->actions())
                    if (action->text() == QStringLiteral("&Prices…"))
                        action->trigger();
        return window.findChild<PricesWindow*>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(PriceBookStore::directory()).removeRecursively();
        qunsetenv("http_proxy");
        QVERIFY(m_http.listen());
    }
    void cleanupTestCase() { QDir(PriceBookStore::directory()).removeRecursively(); }

    void updateFromTheWindow()
    {
        serve(QStringLiteral("20261001000000"), QStringLiteral("0.0505600000"));
        MainWindow window;
        window.show();
        PricesWindow* prices = openPrices(window);
        QVERIFY(prices);
        QVERIFY(prices->isVisible());
        QCOMPARE(rowOf(prices->table(), kRegion), -1);
        QVERIFY(rowOf(prices->table(), QStringLiteral("ap-northeast-1")) >= 0);

        prices->baseUrlEdit()->setText(m_http.base());
        prices->otherRegionsEdit()->setText(kRegion);
        QSignalSpy finished(prices->downloader(), &PriceListDownloader::finished);
        QSignalSpy progress(prices->downloader(), &PriceListDownloader::progress);
        prices->updateButton()->click();
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QVERIFY(prices->progressDialog() == nullptr);
        QVERIFY2(prices->statusLabel()->text().contains(QStringLiteral("ap-northeast-3: updated")),
                 qPrintable(prices->statusLabel()->text()));

        const int row = rowOf(prices->table(), kRegion);
        QVERIFY(row >= 0);
        QCOMPARE(prices->table()->item(row, 1)->text(), QStringLiteral("Asia Pacific (Osaka)"));
        QCOMPARE(prices->table()->item(row, 2)->text(), QStringLiteral("imported"));
        QCOMPARE(prices->table()->item(row, 3)->text(), QStringLiteral("2026-10-01"));
        QCOMPARE(prices->table()->item(row, 4)->text(), QStringLiteral("3"));
        const PriceBook* book = prices->books().region(kRegion);
        QVERIFY(book);
        QCOMPARE(book->price(QStringLiteral("fargate.linux-x86.vcpu-hour"))->usd, 0.05056);

        // The Regions tab now has the region.
        RegionsView* regions = window.comparePage()->regionsView();
        QVERIFY(rowOf(regions->table(), kRegion) >= 0);
        bool listed = false;
        for (const RegionTotals& r : regions->regions().regions)
            listed = listed || (r.region == kRegion && r.name == QStringLiteral("Asia Pacific (Osaka)"));
        QVERIFY(listed);
        window.comparePage()->chartTabs()->setCurrentWidget(regions);
        QVERIFY(rowOf(regions->table(), QStringLiteral("us-east-1")) >= 0);
    }

    void cancelKeepsTheBook()
    {
        const QByteArray before = [] {
            QFile f(PriceBookStore::fileName(kRegion));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        serve(QStringLiteral("20261101000000"), QStringLiteral("0.0700000000"), 12000);
        m_http.routes[offerPath(QStringLiteral("AmazonECS"), QStringLiteral("20261101000000"), kRegion)].chunk = 16 * 1024;
        m_http.routes[offerPath(QStringLiteral("AmazonECS"), QStringLiteral("20261101000000"), kRegion)].gapMs = 50;
        MainWindow window;
        PricesWindow* prices = openPrices(window);
        QVERIFY(prices);
        prices->baseUrlEdit()->setText(m_http.base());
        prices->otherRegionsEdit()->setText(kRegion);
        QSignalSpy finished(prices->downloader(), &PriceListDownloader::finished);
        bool cancelled = false;
        connect(prices->downloader(), &PriceListDownloader::progress, this, [&](const PriceDownloadProgress& p) {
            if (!cancelled && p.fileBytes > 0 && prices->progressDialog()) {
                cancelled = true;
                QVERIFY(prices->progressDialog()->labelText().contains(QStringLiteral("MB/s")));
                // The dialog's Cancel button, as a user presses it.
                QPushButton* button = nullptr;
                for (QPushButton* b : prices->progressDialog()->findChildren<QPushButton*>())
                    if (b->text() == QStringLiteral("Cancel"))
                        button = b;
                QVERIFY(button);
                button->click();
            }
        });
        prices->updateButton()->click();
        QVERIFY(finished.wait(300000));
        QVERIFY(cancelled);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(prices->statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(prices->statusLabel()->text()));
        QFile f(PriceBookStore::fileName(kRegion));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(prices->books().region(kRegion)->price(QStringLiteral("fargate.linux-x86.vcpu-hour"))->usd, 0.05056);
    }

    // The open comparison prices with the new book as soon as an update ends: no edit, no
    // restart. The scenario is in the imported region; the second update raises its Fargate vCPU
    // price, the totals and the status bar's as-of date follow.
    void openComparisonRecomputes()
    {
        MainWindow window;
        window.show();
        QComboBox* region = nullptr;
        for (QComboBox* box : window.comparePage()->workloadForm()->findChildren<QComboBox*>())
            if (box->accessibleName() == QStringLiteral("Region"))
                region = box;
        QVERIFY(region);
        // The earlier update's book (version 20261001000000): the form offers its region.
        const int osaka = region->findData(kRegion);
        QVERIFY(osaka >= 0);
        region->setCurrentIndex(osaka);
        QCOMPARE(window.document()->scenario().region, kRegion);
        // The default workload: 1 task of 2 vCPU / 4 GiB, Linux x86, 730 h, 20 GB of ephemeral
        // storage (all included). ECS on Fargate: 730 × (2 × 0.05056 + 4 × 0.00553)
        // = 730 × (0.10112 + 0.02212) = 730 × 0.12324 = 89.9652 USD. EKS on Fargate runs the
        // 4 GiB plus the 256 MiB it keeps for itself on the 5 GB task size and adds the cluster:
        // 730 × (0.10112 + 5 × 0.00553) = 730 × 0.12877 = 94.0021, + 730 × 0.10 = 73 → 167.0021 USD.
        QVERIFY(qAbs(totalOf(window, QStringLiteral("ecs-fargate")) - 89.9652) < 1e-9);
        QVERIFY(qAbs(totalOf(window, QStringLiteral("eks-fargate")) - 167.0021) < 1e-9);
        QVERIFY2(window.pricesStatus()->text().contains(QStringLiteral("prices as of 2026-10-01 (Asia Pacific (Osaka))")),
                 qPrintable(window.pricesStatus()->text()));

        // A slide show open beside the window: its cost slide has the same figure (89.9652 → $89.97).
        PresentationWindow* show = ExportActions::of(&window)->present(false);
        QVERIFY(show);
        QVERIFY(show->renderer().text(SlideRenderer::MonthlyCostSlide).join(u'\n').contains(QStringLiteral("$89.97")));

        // The status bar's as-of entry opens the Prices window.
        window.pricesStatus()->click();
        auto* prices = window.findChild<PricesWindow*>();
        QVERIFY(prices);
        QVERIFY(prices->isVisible());
        serve(QStringLiteral("20261201000000"), QStringLiteral("0.0700000000"));
        prices->baseUrlEdit()->setText(m_http.base());
        prices->otherRegionsEdit()->setText(kRegion);
        QSignalSpy finished(prices->downloader(), &PriceListDownloader::finished);
        prices->updateButton()->click();
        QVERIFY(finished.wait(300000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

        // ECS on Fargate: 730 × (2 × 0.07 + 4 × 0.00553) = 730 × (0.14 + 0.02212) = 730 × 0.16212
        // = 118.3476 USD; EKS on Fargate: 730 × (0.14 + 5 × 0.00553) = 730 × 0.16765 = 122.3845,
        // + 73 → 195.3845 USD.
        QVERIFY2(qAbs(totalOf(window, QStringLiteral("ecs-fargate")) - 118.3476) < 1e-9,
                 qPrintable(QString::number(totalOf(window, QStringLiteral("ecs-fargate")), 'f', 6)));
        QVERIFY(qAbs(totalOf(window, QStringLiteral("eks-fargate")) - 195.3845) < 1e-9);
        QVERIFY2(window.pricesStatus()->text().contains(QStringLiteral("prices as of 2026-12-01 (Asia Pacific (Osaka))")),
                 qPrintable(window.pricesStatus()->text()));
        QVERIFY(window.statusText().contains(QStringLiteral("prices as of 2026-12-01")));
        // The slide show follows (118.3476 → $118.35).
        QVERIFY2(show->renderer().text(SlideRenderer::MonthlyCostSlide).join(u'\n').contains(QStringLiteral("$118.35")),
                 qPrintable(show->renderer().text(SlideRenderer::MonthlyCostSlide).join(u'\n')));
        // The Regions tab: the region's row with the new totals (two decimals: 118.35, 195.38).
        RegionsView* regions = window.comparePage()->regionsView();
        window.comparePage()->chartTabs()->setCurrentWidget(regions);
        QVERIFY2(regionsCell(regions, kRegion, QStringLiteral("ecs-fargate")).startsWith(QStringLiteral("118.35")),
                 qPrintable(regionsCell(regions, kRegion, QStringLiteral("ecs-fargate"))));
        QVERIFY(regionsCell(regions, kRegion, QStringLiteral("eks-fargate")).startsWith(QStringLiteral("195.38")));
        // As bars: ECS on Fargate in every region, the new figure among them (118.3476 → $118.35).
        regions->showChart(QStringLiteral("ecs-fargate"));
        QVERIFY(regions->chartView()->isVisible());
        bool bar = false;
        for (QAbstractSeries* series : regions->chartView()->chart()->series())
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
                for (qsizetype i = 0; i < bars->barSets().first()->count(); ++i)
                    bar = bar || bars->barSets().first()->at(i) == 118.35;
        QVERIFY(bar);
        // A window opened from now on prices with the new book too.
        QCOMPARE(PriceBooks::builtin().region(kRegion)->price(QStringLiteral("fargate.linux-x86.vcpu-hour"))->usd, 0.07);

        // Reset to shipped: the region has no book any more, so nothing is priced there and the
        // status bar says so; the Regions tab no longer lists it.
        prices->otherRegionsEdit()->clear();
        prices->table()->clearSelection();
        prices->table()->selectRow(rowOf(prices->table(), kRegion));
        prices->resetButton()->click();
        QVERIFY(!PriceBooks::builtin().region(kRegion));
        QVERIFY2(window.pricesStatus()->text().contains(QStringLiteral("no prices for ap-northeast-3")),
                 qPrintable(window.pricesStatus()->text()));
        QVERIFY(totalOf(window, QStringLiteral("ecs-fargate")) < 0);
        QCOMPARE(window.document()->scenario().region, kRegion); // the scenario is not changed behind the user's back
        regions->showChart(QString());
        QCOMPARE(rowOf(regions->table(), kRegion), -1);

        // Importing an offer file brings it back: 730 × (2 × 0.05056 + 4 × 0.00553) = 89.9652 again.
        QTemporaryDir files;
        QVERIFY(files.isValid());
        QFile offer(files.filePath(QStringLiteral("ecs.json")));
        QVERIFY(offer.open(QIODevice::WriteOnly));
        offer.write(offerFile(QStringLiteral("AmazonECS"), kRegion, QStringLiteral("Asia Pacific (Osaka)"), QStringLiteral("20261001000000"),
                              {{QStringLiteral("Fargate-vCPU-Hours:perCPU"), QStringLiteral("0.0505600000")},
                               {QStringLiteral("Fargate-GB-Hours"), QStringLiteral("0.0055300000")}}));
        offer.close();
        prices->importFiles({offer.fileName()});
        QVERIFY(qAbs(totalOf(window, QStringLiteral("ecs-fargate")) - 89.9652) < 1e-9);
        QVERIFY2(window.pricesStatus()->text().contains(QStringLiteral("prices as of 2026-10-01 (Asia Pacific (Osaka))")),
                 qPrintable(window.pricesStatus()->text()));
        QVERIFY(rowOf(regions->table(), kRegion) >= 0);
    }
};

QTEST_MAIN(TestPricesWindow)
#include "tst_priceswindow.moc"
