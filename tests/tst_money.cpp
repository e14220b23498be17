// Display currency: rate, rounding and formatting.
#include "Money.h"

#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void toDisplay_data();
    void toDisplay();
    void format();
};

void TestMoney::toDisplay_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("perUsd");
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<double>("expected");
    // 82.2402 × 155 = 12,747.231 → floor 12,747; nearest 12,747.
    QTest::addRow("slide16 ec2 floor") << 82.2402 << QStringLiteral("JPY") << 155.0 << QStringLiteral("floor") << 12747.0;
    // 90.21168 × 155 = 13,982.8104 → floor 13,982; nearest 13,983.
    QTest::addRow("slide16 fargate floor") << 90.21168 << QStringLiteral("JPY") << 155.0 << QStringLiteral("floor") << 13982.0;
    QTest::addRow("slide16 fargate nearest") << 90.21168 << QStringLiteral("JPY") << 155.0 << QStringLiteral("nearest") << 13983.0;
    // USD keeps cents: 90.21168 → 90.21 either way; 0.125 → 0.13 nearest, 0.12 floor.
    QTest::addRow("usd cents") << 90.21168 << QStringLiteral("USD") << 1.0 << QStringLiteral("nearest") << 90.21;
    QTest::addRow("usd floor") << 0.129 << QStringLiteral("USD") << 1.0 << QStringLiteral("floor") << 0.12;
    // 82.24 must not floor to 82.23 through binary representation.
    QTest::addRow("usd exact cents floor") << 82.24 << QStringLiteral("USD") << 1.0 << QStringLiteral("floor") << 82.24;
    // USD ignores a stray rate.
    QTest::addRow("usd ignores rate") << 10.0 << QStringLiteral("USD") << 155.0 << QStringLiteral("floor") << 10.0;
}

void TestMoney::toDisplay()
{
    QFETCH(double, usd);
    QFETCH(QString, code);
    QFETCH(double, perUsd);
    QFETCH(QString, rounding);
    QFETCH(double, expected);
    QCOMPARE(Money::toDisplay(usd, {code, perUsd, rounding}), expected);
}

void TestMoney::format()
{
    const CurrencySettings yen{QStringLiteral("JPY"), 155, QStringLiteral("floor")};
    QCOMPARE(Money::format(82.2402, yen, QLocale::c()), QStringLiteral("¥12,747"));
    QCOMPARE(Money::format(82.2402, yen, QLocale(QLocale::Japanese, QLocale::Japan)), QStringLiteral("¥12,747"));
    QCOMPARE(Money::formatUsd(82.2402, QLocale::c()), QStringLiteral("$82.24"));
    QCOMPARE(Money::formatUsd(1234.5, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("$1,234.50"));
    QCOMPARE(Money::formatNumber(12747, QStringLiteral("JPY"), QLocale::c()), QStringLiteral("12,747"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
