// The settings the app keeps between runs (app/ui/Settings): each default, each round trip,
// the keys earlier versions wrote (so an update keeps what the user chose), and a nonsense
// value read back as the default.
#include "Money.h"
#include "PriceListDownloader.h"
#include "Settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void defaults()
    {
        QCOMPARE(Settings::language(), QStringLiteral("system"));
        QCOMPARE(Settings::theme(), QStringLiteral("system"));
        const Settings::MoneyDefaults money = Settings::money();
        QCOMPARE(money.currency, QStringLiteral("USD"));
        QCOMPARE(money.perUsd, 155.0); // the deck's rate, slide 16
        QCOMPARE(money.rounding, QStringLiteral("nearest"));
        QCOMPARE(Settings::documentsFolder(), QDir::homePath());
        // One default for every save dialog: the export folder starts where documents do.
        QCOMPARE(Settings::exportFolder(), QDir::homePath());
        QCOMPARE(Settings::reportPageSize(), QString());
        QVERIFY(!Settings::reportLandscape());
        QCOMPARE(Settings::priceListBaseUrl(), PriceListDownloader::defaultBaseUrl());
        QVERIFY(Settings::recentFiles().isEmpty());
    }

    void roundTrips()
    {
        Settings::setLanguage(QStringLiteral("ja"));
        Settings::setTheme(QStringLiteral("dark"));
        Settings::setMoney({QStringLiteral("JPY"), 150.5, QStringLiteral("floor")});
        Settings::setDocumentsFolder(QStringLiteral("/srv/scenarios"));
        Settings::setRecentFiles({QStringLiteral("/srv/scenarios/a.json")});
        Settings::setReportPageSize(QStringLiteral("Letter"));
        Settings::setReportLandscape(true);
        Settings::setPriceListBaseUrl(QStringLiteral("http://mirror.example/aws"));
        QCOMPARE(Settings::language(), QStringLiteral("ja"));
        QCOMPARE(Settings::theme(), QStringLiteral("dark"));
        QCOMPARE(Settings::money().currency, QStringLiteral("JPY"));
        QCOMPARE(Settings::money().perUsd, 150.5);
        QCOMPARE(Settings::money().rounding, QStringLiteral("floor"));
        QCOMPARE(Settings::documentsFolder(), QStringLiteral("/srv/scenarios"));
        // Until something is exported, the export dialog follows the documents folder.
        QCOMPARE(Settings::exportFolder(), QStringLiteral("/srv/scenarios"));
        Settings::setExportFolder(QStringLiteral("/srv/handouts"));
        QCOMPARE(Settings::exportFolder(), QStringLiteral("/srv/handouts"));
        QCOMPARE(Settings::recentFiles(), QStringList{QStringLiteral("/srv/scenarios/a.json")});
        QCOMPARE(Settings::reportPageSize(), QStringLiteral("Letter"));
        QVERIFY(Settings::reportLandscape());
        QCOMPARE(Settings::priceListBaseUrl(), QStringLiteral("http://mirror.example/aws"));
    }

    // What earlier versions stored under these keys is still read.
    void earlierKeysStillRead()
    {
        QSettings s;
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        s.setValue(QStringLiteral("money/currency"), QStringLiteral("JPY"));
        s.setValue(QStringLiteral("money/perUsd"), 148);
        s.setValue(QStringLiteral("files/lastFolder"), QStringLiteral("/home/a/work"));
        s.setValue(QStringLiteral("export/lastFolder"), QStringLiteral("/home/a/out"));
        s.setValue(QStringLiteral("report/pageSize"), QStringLiteral("A4"));
        s.setValue(QStringLiteral("prices/baseUrl"), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(Settings::language(), QStringLiteral("en"));
        QCOMPARE(Settings::money().currency, QStringLiteral("JPY"));
        QCOMPARE(Settings::money().perUsd, 148.0);
        QCOMPARE(Settings::documentsFolder(), QStringLiteral("/home/a/work"));
        QCOMPARE(Settings::exportFolder(), QStringLiteral("/home/a/out"));
        QCOMPARE(Settings::reportPageSize(), QStringLiteral("A4"));
        QCOMPARE(Settings::priceListBaseUrl(), QStringLiteral("http://127.0.0.1:8080"));
    }

    // A value edited by hand or left by another version reads as the default.
    void nonsenseReadsAsTheDefault()
    {
        QSettings s;
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        s.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        s.setValue(QStringLiteral("money/currency"), QStringLiteral("EUR"));
        s.setValue(QStringLiteral("money/perUsd"), 0);
        s.setValue(QStringLiteral("money/rounding"), QStringLiteral("up"));
        s.setValue(QStringLiteral("report/pageSize"), QStringLiteral("A3"));
        QCOMPARE(Settings::language(), QStringLiteral("system"));
        QCOMPARE(Settings::theme(), QStringLiteral("system"));
        QCOMPARE(Settings::money().currency, QStringLiteral("USD"));
        QCOMPARE(Settings::money().perUsd, Money::deckYenPerUsd);
        QCOMPARE(Settings::money().rounding, QStringLiteral("nearest"));
        QCOMPARE(Settings::reportPageSize(), QString());
        s.setValue(QStringLiteral("money/perUsd"), QStringLiteral("many"));
        QCOMPARE(Settings::money().perUsd, Money::deckYenPerUsd);
        s.setValue(QStringLiteral("money/perUsd"), 1e9); // above ScenarioLimits::maxPerUsd
        QCOMPARE(Settings::money().perUsd, Money::deckYenPerUsd);
        // Setting an unknown language stores "system".
        Settings::setLanguage(QStringLiteral("fr"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("system"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
