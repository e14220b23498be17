// The window starts in Japanese when the setting says so: the translators are installed before
// the window is built, and the Compare page shows Japanese menus, form labels, table headers,
// status and notes, with money in yen as the deck prints it (slide 16: ¥12,747 and $82.24).

#include "../CatalogIds.h"
#include "Catalog.h"
#include "CatalogModel.h"
#include "ComparePage.h"
#include "Comparison.h"
#include "ComparisonModel.h"
#include "DocumentRecovery.h"
#include "EntryDetailView.h"
#include "CostModel.h"
#include "LoadError.h"
#include "MainWindow.h"
#include "Money.h"
#include "PriceBook.h"
#include "PriceModel.h"
#include "Scenario.h"
#include "Settings.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

bool hasJapanese(const QString& text)
{
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
            return true;
    }
    return false;
}

QString slide16()
{
    return QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json");
}

int rowOf(const ComparisonModel* model, const QString& optionId)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ComparisonModel::OptionIdRole).toString() == optionId)
            return r;
    return -1;
}

} // namespace

class TestJapanese : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void languageFollowsTheSetting();
    void comparePageSpeaksJapanese();
    void moneyIsInYenAsTheDeckPrintsIt();
    void modelMessagesAreJapanese();
    void fileErrorsAreJapanese();
    void detailPaneNamesWhatItShows();
    void detailPaneShowsNoId();
    void unitsAreJapanese();
    void qtsOwnButtonsAreJapanese();
    void englishComesBackWithPluralForms();
};

void TestJapanese::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContainerCompareTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_japanese"));
    QSettings().clear();
    // What a user who chose 日本語 in Preferences has; the test runs under LANGUAGE=en, LC_ALL=C.
    Translations::setSetting(QStringLiteral("ja"));
    QCOMPARE(Translations::installFromSettings(), Language::Japanese);
}

void TestJapanese::cleanupTestCase()
{
    QSettings().clear();
}

void TestJapanese::languageFollowsTheSetting()
{
    QCOMPARE(Settings::language(), QStringLiteral("ja"));
    QCOMPARE(Translations::setting(), QStringLiteral("ja"));
    QCOMPARE(Translations::currentLanguage(), Language::Japanese);
    QCOMPARE(Translations::resolve(QStringLiteral("en")), Language::English);
    QCOMPARE(Translations::resolve(QStringLiteral("ja")), Language::Japanese);
    // "system" under LANGUAGE=en is English.
    QCOMPARE(Translations::resolve(QStringLiteral("system")), Language::English);
    // The catalog is embedded, and it is what the translator reads.
    QVERIFY(QFile::exists(Translations::resourcePath(Language::Japanese)));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    // Numbers follow the language: the C locale of the test becomes Japanese; English keeps the
    // system's conventions.
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(Translations::localeFor(Language::Japanese), QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(Translations::localeFor(Language::English), QLocale::system());
}

void TestJapanese::comparePageSpeaksJapanese()
{
    MainWindow window;
    window.setInteractive(false);
    QCOMPARE(window.language(), Language::Japanese);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // A new comparison is "新しい比較 — Container Compare for AWS".
    QVERIFY2(hasJapanese(window.windowTitle()), qPrintable(window.windowTitle()));

    // Menus: ファイル(&F), 編集(&E), 表示(&V), ヘルプ(&H).
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(window.editMenu()->title(), QStringLiteral("編集(&E)"));
    QCOMPARE(window.viewMenu()->title(), QStringLiteral("表示(&V)"));
    QCOMPARE(window.helpMenu()->title(), QStringLiteral("ヘルプ(&H)"));
    for (QAction* action : window.menuBar()->actions())
        QVERIFY2(hasJapanese(action->text()), qPrintable(action->text()));

    QVERIFY(window.openFile(slide16()));
    QCOMPARE(window.currentPage(), MainWindow::Page::Compare);

    // Form labels on the Compare page.
    QStringList labels;
    for (const QLabel* label : window.comparePage()->findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty())
            labels << label->text();
    for (const QString& expected :
         {QStringLiteral("リージョン(&R)"), QStringLiteral("タスク(&A)"), QStringLiteral("メモリ(&M)"),
          QStringLiteral("アーキテクチャ"), QStringLiteral("期間(&P)"), QStringLiteral("通貨(&C)")})
        QVERIFY2(labels.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + labels.join(u'|')));

    // The comparison table's headers, as the view shows them.
    const QTableView* table = window.comparePage()->comparisonTable();
    QVERIFY(table);
    QAbstractItemModel* shown = table->model();
    QStringList headers;
    for (int c = 0; c < shown->columnCount(); ++c)
        headers << shown->headerData(c, Qt::Horizontal).toString();
    QVERIFY2(headers.contains(QStringLiteral("構成")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.contains(QStringLiteral("合計 (JPY/月)")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.contains(QStringLiteral("合計 (USD/月)")), qPrintable(headers.join(u'|')));
    QVERIFY2(headers.contains(QStringLiteral("コンピューティング")), qPrintable(headers.join(u'|')));

    // The status line: "最安: EC2 (c7i.large)、月額 ¥12,747 ($82.24) · 2026-… 時点の価格 (…東京…) …".
    const QString status = window.statusText();
    QVERIFY2(status.startsWith(QStringLiteral("最安: ")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("¥12,747")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("時点の価格")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("東京")),
             qPrintable(status)); // the region's name from the price book
}

void TestJapanese::moneyIsInYenAsTheDeckPrintsIt()
{
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(slide16()));
    const ComparisonModel* model = window.comparisonModel();

    // Slide 16: EC2 c7i.large in Tokyo at 0.11235 USD/h for 30.5 days × 24 h = 732 h:
    // 0.11235 × 732 = 82.2402 USD; × 155 = 12,747.231 JPY, rounded down → ¥12,747.
    const int ec2 = rowOf(model, QStringLiteral("ec2"));
    QVERIFY2(ec2 >= 0, "slide16.json has the option \"ec2\"");
    QCOMPARE(model->index(ec2, ComparisonModel::TotalColumn).data().toString().remove(QStringLiteral(" ★")),
             QStringLiteral("¥12,747"));
    QCOMPARE(model->index(ec2, ComparisonModel::TotalUsdColumn).data().toString(), QStringLiteral("$82.24"));
    // Fargate: (2 × 0.05056 + 4 × 0.00553) × 732 = 0.12324 × 732 = 90.21168 USD × 155 = 13,982.81 → ¥13,982.
    const int fargate = rowOf(model, QStringLiteral("fargate"));
    QVERIFY2(fargate >= 0, "slide16.json has the option \"fargate\"");
    QCOMPARE(model->index(fargate, ComparisonModel::TotalColumn).data().toString(),
             QStringLiteral("¥13,982"));
    QCOMPARE(model->index(fargate, ComparisonModel::TotalUsdColumn).data().toString(),
             QStringLiteral("$90.21"));

    // The same through Money with the locale the language installed.
    const CurrencySettings yen{QStringLiteral("JPY"), 155, QStringLiteral("floor")};
    QCOMPARE(Money::format(82.2402, yen, QLocale()), QStringLiteral("¥12,747"));
    QCOMPARE(Money::formatUsd(82.2402, QLocale()), QStringLiteral("$82.24"));
}

void TestJapanese::modelMessagesAreJapanese()
{
    // The cost model's notes and the scenario reader's messages are translated in the contexts
    // lupdate files them under ("CostModel", "ScenarioFile"); a mismatch would leave them English.
    LoadError error;
    const std::optional<Scenario> scenario =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/deck-default.json"), &error);
    QVERIFY2(scenario, qPrintable(error.toString()));
    const Comparison comparison =
        CostModel::evaluate(*scenario, Catalog::builtin(), PriceBooks::builtin(), Language::Japanese);
    QStringList notes;
    for (const OptionResult& option : comparison.options)
        for (const Note& note : option.notes)
            notes << note.text;
    QVERIFY(!notes.isEmpty());
    for (const QString& note : std::as_const(notes))
        QVERIFY2(hasJapanese(note), qPrintable(note));
    // EKS on Fargate, 2 vCPU / 4 GiB + 256 MiB: rounded up to the 2 vCPU / 5 GiB size.
    QVERIFY2(notes.filter(QStringLiteral("切り上げました")).size() == 1, qPrintable(notes.join(u'\n')));

    const QByteArray badRegion = R"({"schema": "container-compare/scenario", "version": 1, "title": "x",
        "region": "mars-1", "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4}, "options": []})";
    QVERIFY(!ScenarioFile::parse(badRegion, QStringLiteral("bad.json"), &error));
    QVERIFY2(error.toString().contains(QStringLiteral("不明なリージョン「mars-1」")),
             qPrintable(error.toString()));
}

void TestJapanese::fileErrorsAreJapanese()
{
    // A scenario without a region: the JSON path, then the problem in Japanese (not
    // "$.region: is missing").
    const QByteArray noRegion = R"({"schema": "container-compare/scenario", "version": 1, "title": "x",
        "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4}, "options": []})";
    LoadError error;
    QVERIFY(!ScenarioFile::parse(noRegion, QStringLiteral("bad.json"), &error));
    QCOMPARE(error.path, QStringLiteral("$.region"));
    QCOMPARE(error.message, QStringLiteral("がありません"));

    // A syntax error: our sentence and Qt's reason both Japanese, not
    // "syntax error at line 1, column 2: 無効な値です".
    QVERIFY(!ScenarioFile::parse(QByteArray("\x7f" "ELF\x02\x01\x01", 7), QStringLiteral("bad.json"), &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("1 行 2 列目に構文エラーがあります: ")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("syntax")), qPrintable(error.message));
    QVERIFY2(hasJapanese(error.message.mid(error.message.indexOf(QStringLiteral(": ")))), qPrintable(error.message));
    // A file cut short says so at the place where it ends.
    QVERIFY(!ScenarioFile::parse(QByteArray("{x"), QStringLiteral("bad.json"), &error));
    QCOMPARE(error.message, QStringLiteral("1 行 3 列目に構文エラーがあります: ファイルが途中で終わっています"));

    // A wrong type: "数値が必要です (見つかった値: 文字列)".
    const QByteArray textTasks = R"({"schema": "container-compare/scenario", "version": 1, "title": "x",
        "region": "ap-northeast-1", "workload": {"tasks": "one", "vcpu": 2, "memoryGiB": 4}, "options": []})";
    QVERIFY(!ScenarioFile::parse(textTasks, QStringLiteral("bad.json"), &error));
    QCOMPARE(error.path, QStringLiteral("$.workload.tasks"));
    QCOMPARE(error.message, QStringLiteral("数値が必要です (見つかった値: 文字列)"));

    // The catalog and price-book loaders speak Japanese too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir fixture(QStringLiteral(CC_SOURCE_DIR "/tests/data/catalog-minimal"));
    for (const QString& name : fixture.entryList({QStringLiteral("*.json")}, QDir::Files))
        QVERIFY(QFile::copy(fixture.filePath(name), dir.filePath(name)));
    QFile runtimes(dir.filePath(QStringLiteral("runtimes.json")));
    QVERIFY(runtimes.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(runtimes.open(QIODevice::WriteOnly | QIODevice::Truncate));
    runtimes.write("[]");
    runtimes.close();
    QVERIFY(!Catalog::load(dir.path(), &error));
    QCOMPARE(error.message, QStringLiteral("JSON オブジェクトが必要ですが、配列があります"));

    QTemporaryDir books;
    QVERIFY(books.isValid());
    QVERIFY(!PriceBooks::load(books.path(), &error));
    QVERIFY2(hasJapanese(error.message), qPrintable(error.toString()));

    // A recovery copy that is not a scenario: "$: オブジェクトにする必要があります".
    const QString recovery = dir.filePath(QStringLiteral("recovery.json"));
    QFile copy(recovery);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write("[]");
    copy.close();
    QVERIFY(!DocumentRecovery::read(recovery, &error));
    QCOMPARE(error.path, QStringLiteral("$"));
    QCOMPARE(error.message, QStringLiteral("オブジェクトにする必要があります"));
}

void TestJapanese::detailPaneNamesWhatItShows()
{
    // The catalog's detail pane shows names, not the ids behind them.
    const Catalog& catalog = Catalog::builtin();
    const CatalogEntry* ecs = catalog.find(CatalogKind::Services, QStringLiteral("ecs"));
    QVERIFY(ecs);
    const QString html = EntryDetailView::html(*ecs, CatalogKind::Services, catalog, nullptr, Language::Japanese);
    QVERIFY2(html.contains(QStringLiteral("ECS Anywhere")), qPrintable(html));
    for (const QString& id : {QStringLiteral(">underlying<"), QStringLiteral("ebs-gp3, "), QStringLiteral("ec2, fargate"),
                              QStringLiteral(">ecs<")})
        QVERIFY2(!html.contains(id), qPrintable(id + QStringLiteral(" in ") + html));
    // "料金体系" is followed by what it means.
    QVERIFY2(html.contains(QCoreApplication::translate("CatalogModel", "What it runs on")), qPrintable(html));
    // Every capability has a name: no JSON key shows ("appliesToServices", "storageOn").
    const CatalogEntry* basic = catalog.find(CatalogKind::Security, QStringLiteral("inspector-basic"));
    const QString basicHtml = EntryDetailView::html(*basic, CatalogKind::Security, catalog, nullptr, Language::Japanese);
    QVERIFY2(!basicHtml.contains(QStringLiteral("appliesToServices")), qPrintable(basicHtml));
    const CatalogEntry* eks = catalog.find(CatalogKind::Services, QStringLiteral("eks"));
    const QString eksHtml = EntryDetailView::html(*eks, CatalogKind::Services, catalog, nullptr, Language::Japanese);
    QVERIFY2(!eksHtml.contains(QStringLiteral("storageOn")), qPrintable(eksHtml));
    // A security service says what it detects in Japanese.
    const CatalogEntry* guardDuty = catalog.find(CatalogKind::Security, QStringLiteral("guardduty-runtime"));
    const QString security = EntryDetailView::html(*guardDuty, CatalogKind::Security, catalog, nullptr, Language::Japanese);
    QVERIFY2(security.contains(QStringLiteral("権限昇格")), qPrintable(security));
    QVERIFY2(!security.contains(QStringLiteral("privilege escalation")), qPrintable(security));
}

void TestJapanese::detailPaneShowsNoId()
{
    // Every capability of every entry as the detail pane shows it, in both languages: a name,
    // never an id the catalogs hold; and its row is named, never the JSON key.
    const Catalog& catalog = Catalog::builtin();
    const QSet<QString> ids = CatalogIds::ids(catalog);
    for (Language language : {Language::English, Language::Japanese}) {
        for (CatalogKind kind : CatalogIds::kNamedKinds) {
            for (const CatalogEntry& e : catalog.entries(kind)) {
                for (auto it = e.capabilities.constBegin(); it != e.capabilities.constEnd(); ++it) {
                    QVERIFY2(EntryDetailView::capabilityName(it.key()) != it.key(), qPrintable(it.key()));
                    if (CatalogIds::isNameAlready(it.key()))
                        continue;
                    const QString text = EntryDetailView::capabilityValue(catalog, it.key(), it.value(), language);
                    QVERIFY2(!text.isEmpty(), qPrintable(e.id + QLatin1Char('.') + it.key()));
                    QVERIFY2(CatalogIds::idsIn(text, ids).isEmpty(),
                             qPrintable(e.id + QLatin1Char('.') + it.key() + QStringLiteral(": ") + text));
                }
            }
        }
    }
    // A value the catalog has no name for would show as itself, and be caught.
    QVERIFY(!CatalogIds::idsIn(EntryDetailView::capabilityValue(catalog, QStringLiteral("unheardOf"),
                                                                QJsonValue(QStringLiteral("underlying")),
                                                                Language::English),
                               ids)
                 .isEmpty());
}

void TestJapanese::unitsAreJapanese()
{
    // The price books' units as the glossary writes them; the files keep the raw unit.
    QCOMPARE(PriceModel::unitText(QStringLiteral("USD/GB-month")), QStringLiteral("USD/GB-月"));
    QCOMPARE(PriceModel::unitText(QStringLiteral("USD/hour")), QStringLiteral("USD/時間"));
    QCOMPARE(PriceModel::unitText(QStringLiteral("USD/cluster-hour")), QStringLiteral("USD/クラスター時間"));
    QCOMPARE(PriceModel::unitText(QStringLiteral("USD/furlong")), QStringLiteral("USD/furlong"));
    // Every unit the shipped books use has a Japanese name.
    for (const PriceBook& book : PriceBooks::builtin().books())
        for (const Price& p : book.prices)
            QVERIFY2(hasJapanese(PriceModel::unitText(p.unit)) || p.unit == u"USD/GB", qPrintable(p.unit));
    // The storage catalog's price column: "0.096 USD/GB-月" in Tokyo.
    CatalogModel storage(Catalog::builtin(), CatalogKind::Storage, Language::Japanese,
                         PriceBooks::builtin().region(QStringLiteral("ap-northeast-1")));
    const int column = storage.section(CatalogModel::FromPriceColumn);
    const int gp3 = storage.rowOf(QStringLiteral("ebs-gp3"));
    QVERIFY(column >= 0 && gp3 >= 0);
    const QString shown = storage.index(gp3, column).data().toString();
    QVERIFY2(shown.endsWith(QStringLiteral(" USD/GB-月")), qPrintable(shown));
    QCOMPARE(storage.index(gp3, column).data(CatalogModel::UnitRole).toString(), QStringLiteral("USD/GB-month"));
}

void TestJapanese::qtsOwnButtonsAreJapanese()
{
    // Qt's own catalog (qtbase_ja.qm, package qt6-translations-l10n) translates standard buttons.
    // Without it the check cannot be made: that is a failure, not a pass (./test.sh installs it).
    QVERIFY2(QFile::exists(Translations::qtTranslationsPath() + QStringLiteral("/qtbase_ja.qm")),
             qPrintable(QStringLiteral("qtbase_ja.qm is not in %1: install qt6-translations-l10n")
                            .arg(Translations::qtTranslationsPath())));
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
}

void TestJapanese::englishComesBackWithPluralForms()
{
    QVERIFY(Translations::install(Language::English));
    QCOMPARE(Translations::currentLanguage(), Language::English);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    // English speaks in the source text; its own embedded catalog adds the plural forms.
    QTranslator plurals;
    QVERIFY(plurals.load(Translations::resourcePath(Language::English)));
    QVERIFY(!plurals.isEmpty());
    QCOMPARE(QCoreApplication::translate("CatalogModel", "%n min", nullptr, 1), QStringLiteral("1 min"));
    QCOMPARE(QCoreApplication::translate("CatalogModel", "%n min", nullptr, 15), QStringLiteral("15 min"));
    QVERIFY(QLocale().language() != QLocale::Japanese);
    MainWindow window;
    QCOMPARE(window.language(), Language::English);
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
}

QTEST_MAIN(TestJapanese)
#include "tst_japanese.moc"
