// The comparison's sentences in Japanese (models/ComparisonText with the app's Japanese
// translation installed), each written out from the rules and the translations of their parts:
// "%1 h a month" → "月 %1 時間", "%1 days × %2 h = %3 h" → "%1 日 × %2 時間 = %3 時間",
// "%1 at 1 USD = %2 %1, %3" → "%1 (1 USD = %2 %1、%3)", "rounded down" → "切り捨て",
// "1 task" → "1 タスク", "%1 tasks" → "%1 タスク", "mixed purchase options" → "購入オプションが混在".
#include "Catalog.h"
#include "ComparisonText.h"
#include "RegionsExport.h"
#include "Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestComparisonTextJa : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(Language::Japanese)); }
    void cleanupTestCase() { Translations::install(Language::English); }

    void workload()
    {
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        Scenario s;
        s.workload.vcpu = 2;
        s.workload.memoryGiB = 4;
        s.workload.tasks = 1;
        Option o;
        o.id = u"o"_s;
        o.service = u"ecs"_s;
        o.runtime = u"fargate"_s;
        s.options << o;
        // On-demand by the catalog's Japanese name, "オンデマンド".
        QCOMPARE(ComparisonText::workload(s, Catalog::builtin(), Language::Japanese, japanese),
                 u"2 vCPU · 4 GiB · 1 タスク · x86_64 · Linux · オンデマンド"_s);
        s.workload.tasks = 12;
        Option spot = o;
        spot.id = u"spot"_s;
        spot.purchase = u"spot"_s;
        s.options << spot;
        QCOMPARE(ComparisonText::workload(s, Catalog::builtin(), Language::Japanese, japanese),
                 u"2 vCPU · 4 GiB · 12 タスク · x86_64 · Linux · 購入オプションが混在"_s);
    }

    // The regions table in Japanese: every cell that is not a figure is translated, the
    // unpriced "unknown" → "不明" and the unavailable "unavailable" → "利用不可" included.
    void regionsTable()
    {
        RegionComparison r;
        r.optionIds = {u"a"_s, u"b"_s};
        r.optionLabels = {u"A"_s, u"B"_s};
        RegionOptionTotal unknown;
        unknown.id = u"a"_s;
        unknown.available = true;
        RegionOptionTotal unavailable;
        unavailable.id = u"b"_s;
        r.regions << RegionTotals{u"ap-northeast-1"_s, u"アジアパシフィック (東京)"_s, {unknown, unavailable}};
        const QString table = RegionsExport::toTable(r);
        QVERIFY2(table.contains(u"不明"_s), qPrintable(table));
        QVERIFY2(table.contains(u"利用不可"_s), qPrintable(table));
        QVERIFY2(!table.contains(u"unknown"_s) && !table.contains(u"unavailable"_s), qPrintable(table));
    }

    void periodAndCurrency()
    {
        const QLocale japanese(QLocale::Japanese, QLocale::Japan);
        Period hours;
        hours.hours = 730;
        QCOMPARE(ComparisonText::period(hours, japanese), u"月 730 時間"_s);
        const Period deck; // 30.5 days × 24 h = 732 h
        QCOMPARE(ComparisonText::period(deck, japanese), u"30.5 日 × 24 時間 = 732 時間"_s);
        QCOMPARE(ComparisonText::periodShort(deck, japanese), u"30.5 日 × 24 時間"_s);
        QCOMPARE(ComparisonText::currency(CurrencySettings{u"JPY"_s, 155, u"floor"_s}, japanese),
                 u"JPY (1 USD = 155 JPY、切り捨て)"_s);
        QCOMPARE(ComparisonText::currency(CurrencySettings{u"USD"_s, 1, u"nearest"_s}, japanese),
                 u"USD (セント単位)"_s);
    }
};

QTEST_MAIN(TestComparisonTextJa)
#include "tst_comparisontext_ja.moc"
