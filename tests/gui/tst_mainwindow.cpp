// The real window, driven as a user would through QTest on the offscreen platform: the form,
// the options list and undo change the comparison model and the charts; documents save,
// reopen and refuse broken files; unsaved changes are asked about.

#include "CatalogPage.h"
#include "ComparePage.h"
#include "ComparisonModel.h"
#include "EntryDetailView.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "OptionsPanel.h"
#include "ReportData.h"
#include "ScenarioDocument.h"
#include "Scaling.h"
#include "TaskRangeSpinBox.h"
#include "WorkloadForm.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

int rowOf(const ComparisonModel* model, const QString& optionId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ComparisonModel::OptionIdRole).toString() == optionId)
            return r;
    return -1;
}

double totalUsd(const MainWindow& w, const QString& optionId)
{
    const int row = rowOf(w.comparisonModel(), optionId);
    return row < 0 ? -1
                   : w.comparisonModel()->index(row, ComparisonModel::TotalUsdColumn).data(ComparisonModel::RawValueRole).toDouble();
}

// The bar the totals chart draws for an option, found through its category label.
double totalsBar(const MainWindow& w, const QString& optionId)
{
    const int row = rowOf(w.comparisonModel(), optionId);
    if (row < 0)
        return -1;
    const QString label = w.comparisonModel()->index(row, ComparisonModel::OptionColumn).data(Qt::DisplayRole).toString();
    QChart* chart = w.comparePage()->chart(ComparePage::Chart::Totals);
    QBarCategoryAxis* categories = nullptr;
    for (QAbstractAxis* a : chart->axes(Qt::Vertical))
        categories = categories ? categories : qobject_cast<QBarCategoryAxis*>(a);
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    if (!categories || !series)
        return -1;
    const int index = int(categories->categories().indexOf(label));
    return index < 0 ? -1 : series->barSets().first()->at(index);
}

int totalsBarCount(const MainWindow& w)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(w.comparePage()->chart(ComparePage::Chart::Totals)->series().value(0));
    return series ? int(series->barSets().first()->count()) : -1;
}

double displayTotal(const MainWindow& w, const QString& optionId)
{
    const int row = rowOf(w.comparisonModel(), optionId);
    return w.comparisonModel()->index(row, ComparisonModel::TotalColumn).data(ComparisonModel::DisplayAmountRole).toDouble();
}

void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

QAction* actionWith(QMenu* menu, const QKeySequence& shortcut)
{
    for (QAction* a : menu->actions())
        if (a->shortcuts().contains(shortcut))
            return a;
    return nullptr;
}

bool fuzzy(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

QList<double> totals(const MainWindow& w)
{
    QList<double> list;
    for (int r = 0; r < w.comparisonModel()->rowCount(); ++r)
        list << w.comparisonModel()->index(r, ComparisonModel::TotalUsdColumn).data(ComparisonModel::RawValueRole).toDouble();
    return list;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void startsOnTheComparePageWithTheDecksOptions();
    void formEditsFollowIntoModelAndCharts();
    void impossibleInputIsStoppedWithAReason();
    void optionsAddDuplicateRemove();
    void weightsAndScalingRangeBelongToTheScenario();
    void saveAndReopenGiveTheSameComparison();
    void aBrokenFileLeavesTheDocumentAsItWas();
    void unsavedChangesAreAskedAbout();
    void catalogPagesSearchAndShowDetails();
    void pagesAndShortcuts();
    void examplesOpen();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompareTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::startsOnTheComparePageWithTheDecksOptions()
{
    MainWindow w;
    w.setInteractive(false);
    QCOMPARE(w.currentPage(), MainWindow::Page::Compare);
    QCOMPARE(w.comparisonModel()->rowCount(), 7);
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("Container Compare for AWS")));
    QCOMPARE(totalsBarCount(w), 7);
    // ECS on Fargate, 2 vCPU / 4 GiB in Tokyo for 730 h: (2 × 0.05056 + 4 × 0.00553) × 730 = 89.9652 USD.
    QVERIFY(fuzzy(totalUsd(w, QStringLiteral("ecs-fargate")), 89.9652));
    QCOMPARE(totalsBar(w, QStringLiteral("ecs-fargate")), 89.97);
    QVERIFY(w.statusText().contains(QStringLiteral("Cheapest:")));
    QVERIFY(w.statusText().contains(QStringLiteral("prices as of")));
    QVERIFY(w.statusText().contains(QStringLiteral("estimates:")));
}

void TestMainWindow::formEditsFollowIntoModelAndCharts()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    WorkloadForm* form = w.comparePage()->workloadForm();
    const QString fargate = QStringLiteral("ecs-fargate");

    // vCPU 2 → 1: 1 vCPU / 4 GiB is a Fargate size: (0.05056 + 4 × 0.00553) × 730 = 0.07268 × 730 = 53.0564.
    typeInto(form->vcpuField(), QStringLiteral("1"));
    QCOMPARE(w.document()->scenario().workload.vcpu, 1.0);
    QVERIFY(fuzzy(totalUsd(w, fargate), 53.0564));
    QCOMPARE(totalsBar(w, fargate), 53.06);

    // Tasks 1 → 3: 3 × 53.0564 = 159.1692.
    typeInto(form->tasksField(), QStringLiteral("3"));
    QCOMPARE(w.document()->scenario().workload.tasks, 3);
    QVERIFY(fuzzy(totalUsd(w, fargate), 159.1692));
    QCOMPARE(totalsBar(w, fargate), 159.17);
    QCOMPARE(totalsBar(w, fargate), displayTotal(w, fargate));
    // The scaling chart passes through the same figure at 3 tasks.
    bool onLine = false;
    for (QAbstractSeries* s : w.comparePage()->chart(ComparePage::Chart::Scaling)->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && s->type() == QAbstractSeries::SeriesTypeLine
                                                        && line->name() == QStringLiteral("ECS on Fargate"))
            onLine = line->at(2) == QPointF(3, 159.17);
    QVERIFY(onLine);

    // Region Tokyo → N. Virginia: 3 × (0.04048 + 4 × 0.004445) × 730 = 3 × 0.05826 × 730 = 127.5894.
    QComboBox* region = form->regionBox();
    region->setFocus();
    region->setCurrentIndex(region->findData(QStringLiteral("us-east-1")));
    QCOMPARE(w.document()->scenario().region, QStringLiteral("us-east-1"));
    QVERIFY(fuzzy(totalUsd(w, fargate), 127.5894));
    QCOMPARE(totalsBar(w, fargate), 127.59);

    // Leave Lightsail out: ticked off with the keyboard in the options list.
    QListWidget* list = w.comparePage()->optionsPanel()->list();
    w.comparePage()->optionsPanel()->selectOption(QStringLiteral("lightsail"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(w.comparisonModel()->rowCount(), 6);
    QCOMPARE(rowOf(w.comparisonModel(), QStringLiteral("lightsail")), -1);
    QCOMPARE(totalsBarCount(w), 6);
    QVERIFY(w.isWindowModified());

    // Undo, step by step, with Ctrl+Z.
    QAction* undo = actionWith(w.editMenu(), QKeySequence::Undo);
    QVERIFY(undo);
    QVERIFY(undo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.comparisonModel()->rowCount(), 7);
    QCOMPARE(totalsBarCount(w), 7);
    undo->trigger();
    QCOMPARE(w.document()->scenario().region, QStringLiteral("ap-northeast-1"));
    QCOMPARE(form->regionBox()->currentData().toString(), QStringLiteral("ap-northeast-1"));
    QVERIFY(fuzzy(totalUsd(w, fargate), 159.1692));
    undo->trigger();
    QCOMPARE(form->tasksField()->value(), 1.0); // the field follows the document back
    QVERIFY(fuzzy(totalUsd(w, fargate), 53.0564));
    QCOMPARE(totalsBar(w, fargate), 53.06);
    undo->trigger();
    QCOMPARE(form->vcpuField()->value(), 2.0);
    QCOMPARE(totalsBar(w, fargate), 89.97);
    QVERIFY(!w.isWindowModified());

    // Redo with Ctrl+Shift+Z.
    QAction* redo = actionWith(w.editMenu(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(redo);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->scenario().workload.vcpu, 1.0);
    QCOMPARE(totalsBar(w, fargate), 53.06);
}

void TestMainWindow::impossibleInputIsStoppedWithAReason()
{
    MainWindow w;
    w.setInteractive(false);
    WorkloadForm* form = w.comparePage()->workloadForm();
    typeInto(form->tasksField(), QStringLiteral("20000"));
    // "2000" was accepted on the way; the fifth digit is refused at the field, with the reason.
    QCOMPARE(w.document()->scenario().workload.tasks, 2000);
    QVERIFY(form->problemText(form->tasksField()).startsWith(QStringLiteral("At most 10")));
    QTest::keyClick(form->tasksField(), Qt::Key_Backspace);
    QVERIFY(form->problemText(form->tasksField()).isEmpty());

    typeInto(form->memoryField(), QStringLiteral("0"));
    QVERIFY(form->problemText(form->memoryField()).startsWith(QStringLiteral("At least")));
    QCOMPARE(w.document()->scenario().workload.memoryGiB, 4.0);
}

void TestMainWindow::optionsAddDuplicateRemove()
{
    MainWindow w;
    w.setInteractive(false);
    OptionsPanel* options = w.comparePage()->optionsPanel();
    options->selectOption(QStringLiteral("ecs-fargate"));
    options->duplicateAction()->trigger();
    QCOMPARE(w.document()->scenario().options.size(), 8);
    QCOMPARE(w.comparisonModel()->rowCount(), 8);
    QCOMPARE(options->currentOptionId(), QStringLiteral("ecs-fargate-2"));
    QCOMPARE(w.document()->scenario().options.at(2).label, QStringLiteral("ECS on Fargate (copy)"));

    // The add menu offers every service and runtime; adding Lambda shows its inputs.
    QAction* lambda = nullptr;
    for (QAction* a : options->addMenu()->actions())
        if (a->text().contains(QStringLiteral("Lambda")))
            lambda = a;
    QVERIFY(lambda);
    QVERIFY(w.comparePage()->workloadForm()->lambdaGroup()->isHidden());
    lambda->trigger();
    QCOMPARE(w.document()->scenario().options.last().service, QStringLiteral("lambda"));
    QVERIFY(!w.comparePage()->workloadForm()->lambdaGroup()->isHidden());

    options->removeAction()->trigger();
    QCOMPARE(w.document()->scenario().options.size(), 8);
    QVERIFY(w.comparePage()->workloadForm()->lambdaGroup()->isHidden());
}

void TestMainWindow::saveAndReopenGiveTheSameComparison()
{
    const QString file = m_dir.filePath(QStringLiteral("saved.ccompare"));
    QList<double> before;
    {
        MainWindow w;
        w.setInteractive(false);
        w.document()->setTasks(4);
        w.document()->setRegion(QStringLiteral("us-east-1"));
        w.document()->setCurrency(CurrencySettings{QStringLiteral("JPY"), 155, QStringLiteral("floor")});
        w.document()->setOptionEnabled(QStringLiteral("app-runner"), false);
        before = totals(w);
        QVERIFY(w.isWindowModified());
        w.setNextFileName(file);
        QAction* saveAs = actionWith(w.fileMenu(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(saveAs);
        saveAs->trigger();
        QVERIFY(QFile::exists(file));
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.document()->fileName(), file);
        QCOMPARE(w.recentFiles().value(0), file);
    }
    MainWindow again;
    again.setInteractive(false);
    again.setNextFileName(file);
    QAction* open = actionWith(again.fileMenu(), QKeySequence::Open);
    QVERIFY(open);
    open->trigger();
    QCOMPARE(again.document()->fileName(), file);
    QCOMPARE(again.comparisonModel()->rowCount(), 6);
    QCOMPARE(totals(again), before);
    QCOMPARE(again.comparePage()->workloadForm()->tasksField()->value(), 4.0);
    QCOMPARE(again.comparePage()->workloadForm()->currencyBox()->currentData().toString(), QStringLiteral("JPY"));
    // Recent files survive in the settings.
    QCOMPARE(QSettings().value(QStringLiteral("files/recent")).toStringList().value(0), file);
}

void TestMainWindow::aBrokenFileLeavesTheDocumentAsItWas()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.ccompare"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"schema\": \"container-compare/scenario\", \"version\": 1, \"workload\": {\"tasks\": ");
    f.close();

    MainWindow w;
    w.setInteractive(false);
    w.document()->setTasks(5);
    const Scenario scenario = w.document()->scenario();
    const QList<double> before = totals(w);
    QVERIFY(!w.openFile(broken));
    QVERIFY2(w.lastMessage().contains(QStringLiteral("broken.ccompare")), qPrintable(w.lastMessage()));
    QCOMPARE(w.document()->scenario(), scenario);
    QVERIFY(w.document()->fileName().isEmpty());
    QVERIFY(w.isWindowModified());
    QCOMPARE(totals(w), before);
    QVERIFY(w.recentFiles().isEmpty());
}

void TestMainWindow::unsavedChangesAreAskedAbout()
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    w.document()->setTasks(6);

    w.setNextAnswer(QMessageBox::Cancel);
    w.newDocument();
    QCOMPARE(w.document()->scenario().workload.tasks, 6);
    QVERIFY(w.lastMessage().contains(QStringLiteral("not saved")));

    w.setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());

    // Save asks for a name; cancelling that dialog cancels the close too.
    w.setNextAnswer(QMessageBox::Save);
    QVERIFY(!w.close());
    QVERIFY(w.isWindowModified());

    w.setNextAnswer(QMessageBox::Discard);
    w.newDocument();
    QCOMPARE(w.document()->scenario().workload.tasks, 1);
    QVERIFY(!w.isWindowModified());
    QVERIFY(w.close());
}

void TestMainWindow::catalogPagesSearchAndShowDetails()
{
    MainWindow w;
    w.setInteractive(false);
    w.showPage(MainWindow::Page::Storage);
    CatalogPage* page = w.catalogPage(MainWindow::Page::Storage);
    QVERIFY(page);
    const int all = page->proxyModel()->rowCount();
    QVERIFY(all >= 12);
    QTest::keyClicks(page->searchField(), QStringLiteral("efs"));
    QVERIFY(page->proxyModel()->rowCount() < all);
    QVERIFY(page->proxyModel()->rowCount() >= 3);
    QVERIFY(page->selectEntry(QStringLiteral("efs-standard")));
    const QString html = page->detailView()->toPlainText();
    QVERIFY(html.contains(QStringLiteral("EFS")));
    QVERIFY(html.contains(QStringLiteral("Prices in")));
    QVERIFY(html.contains(QStringLiteral("USD/GB-month")));
    page->searchField()->clear();
    QCOMPARE(page->proxyModel()->rowCount(), all);

    // Sorting by name through the proxy.
    page->tableView()->sortByColumn(1, Qt::DescendingOrder);
    const QString first = page->proxyModel()->index(0, 1).data().toString();
    const QString last = page->proxyModel()->index(all - 1, 1).data().toString();
    QVERIFY(QString::localeAwareCompare(first, last) > 0);

    QVERIFY(w.catalogPage(MainWindow::Page::Services)->matrixView());
}

void TestMainWindow::pagesAndShortcuts()
{
    MainWindow w;
    w.setInteractive(false);
    QCOMPARE(MainWindow::pageFromId(QStringLiteral("iac")), std::optional(MainWindow::Page::Iac));
    QVERIFY(!MainWindow::pageFromId(QStringLiteral("nope")));
    QAction* learn = actionWith(w.viewMenu(), QKeySequence(Qt::CTRL | Qt::Key_7));
    QVERIFY(learn);
    learn->trigger();
    QCOMPARE(w.currentPage(), MainWindow::Page::Learn);
    QVERIFY(w.fileMenu()->actions().contains(w.fileExportSection()));
    QVERIFY(w.mainToolBar());
    // Controls carry names for assistive technology.
    for (QWidget* widget : w.comparePage()->workloadForm()->findChildren<QAbstractSpinBox*>())
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    for (QWidget* widget : w.comparePage()->workloadForm()->findChildren<QComboBox*>())
        QVERIFY(!widget->accessibleName().isEmpty());
}

void TestMainWindow::examplesOpen()
{
    const QStringList examples = MainWindow::exampleFiles();
    QVERIFY(examples.contains(QStringLiteral(":/scenarios/slide16.json")));
    MainWindow w;
    w.setInteractive(false);
    QVERIFY(w.openExample(QStringLiteral(":/scenarios/slide16.json")));
    // An example has no file name: saving it asks where, never over the built-in copy.
    QVERIFY(w.document()->fileName().isEmpty());
    QVERIFY(!w.isWindowModified());
    // Slide 16: c7i.large 82.2402 USD = 12,747 JPY; Fargate 90.21168 USD = 13,982 JPY.
    bool ec2 = false, fargate = false;
    for (int r = 0; r < w.comparisonModel()->rowCount(); ++r) {
        const double shown = w.comparisonModel()->index(r, ComparisonModel::TotalColumn).data(ComparisonModel::DisplayAmountRole).toDouble();
        ec2 = ec2 || shown == 12747;
        fargate = fargate || shown == 13982;
    }
    QVERIFY(ec2);
    QVERIFY(fargate);
    // The status bar names the cheapest with its figure in yen and in USD, the estimates and
    // the period: both slide-16 prices are confirmed ones; 30.5 days × 24 h = 732 h.
    const QString status = w.statusText();
    QVERIFY2(status.contains(QStringLiteral("Cheapest: EC2 (c7i.large) — ¥12,747 ($82.24) a month")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("estimates: 0")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("732 hours")), qPrintable(status));
}

// The capability weights and the scaling chart's range are part of the scenario: an edit is
// undoable, is saved with the file, and the report computed from the scenario ranks and scales
// exactly as the window does — also after the file is reopened in another window.
void TestMainWindow::weightsAndScalingRangeBelongToTheScenario()
{
    MainWindow w;
    w.setInteractive(false);
    ComparePage* page = w.comparePage();
    QSpinBox* gpu = nullptr;
    for (QSpinBox* spin : page->findChildren<QSpinBox*>())
        if (spin->property("criterion").toString() == u"gpu")
            gpu = spin;
    QVERIFY(gpu);
    QSpinBox* range = page->scalingRangeBox();
    QVERIFY(range);

    gpu->setValue(4);
    QCOMPARE(w.document()->scenario().weight(QStringLiteral("gpu")), 4.0);
    QVERIFY(w.document()->isModified());
    range->setValue(40);
    QCOMPARE(w.document()->scenario().scalingUpTo, 40);
    // Undo takes the range back first, then the weight, and the fields follow.
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->scenario().scalingUpTo, 0);
    QCOMPARE(range->value(), 0); // Automatic
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->scenario().weight(QStringLiteral("gpu")), 1.0);
    QCOMPARE(gpu->value(), 1);
    w.document()->undoStack()->redo();
    w.document()->undoStack()->redo();
    QCOMPARE(gpu->value(), 4);
    QCOMPARE(range->value(), 40);

    // The window's scaling chart runs to 40 tasks, and so does the report's.
    QCOMPARE(page->scalingData().maxTasks, 40);
    const ReportData report(w.document()->scenario(), w.catalog(), w.prices(), w.language());
    QCOMPARE(report.scaling().maxTasks, 40);
    QCOMPARE(report.scaling().series.constFirst().points.constLast().x(), 40.0);
    // The same weights give the same ranking on screen and in the report.
    const RadarData& screen = page->radarData();
    QCOMPARE(report.radar().weights, screen.weights);
    QCOMPARE(screen.weights.at(screen.criterionIds.indexOf(QStringLiteral("gpu"))), 4.0);
    for (int i = 0; i < screen.services.size(); ++i) {
        QCOMPARE(report.radar().services.at(i).rank, screen.services.at(i).rank);
        QCOMPARE(report.radar().services.at(i).weightedScore, screen.services.at(i).weightedScore);
    }

    // Saved and reopened in a second window: the same weights, range and chart.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("weights.json"));
    QString message;
    QVERIFY2(ScenarioFile::write(w.document()->scenario(), file, &message), qPrintable(message));
    MainWindow other;
    other.setInteractive(false);
    QVERIFY(other.openFile(file));
    QCOMPARE(other.document()->scenario().weight(QStringLiteral("gpu")), 4.0);
    QCOMPARE(other.document()->scenario().scalingUpTo, 40);
    QCOMPARE(other.comparePage()->scalingData().maxTasks, 40);
    QCOMPARE(other.comparePage()->radarData().weights, screen.weights);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
