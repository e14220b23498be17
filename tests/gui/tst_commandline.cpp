// Which arguments start the command-line mode instead of the window, and what the command
// line answers to a command it does not know.
#include "CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void isCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("command");
        QTest::addRow("compare") << QStringList{u"compare"_s, u"a.json"_s} << true;
        QTest::addRow("catalog") << QStringList{u"catalog"_s} << true;
        QTest::addRow("export") << QStringList{u"export"_s, u"a.json"_s, u"--pdf"_s, u"a.pdf"_s} << true;
        QTest::addRow("--version") << QStringList{u"--version"_s} << true;
        QTest::addRow("-v") << QStringList{u"-v"_s} << true;
        QTest::addRow("--help") << QStringList{u"--help"_s} << true;
        QTest::addRow("-h") << QStringList{u"-h"_s} << true;
        QTest::addRow("nothing") << QStringList{} << false;
        QTest::addRow("a file") << QStringList{u"resources/scenarios/slide16.json"_s} << false;
        QTest::addRow("a file named like a command later")
            << QStringList{u"mine.json"_s, u"compare"_s} << false;
        QTest::addRow("--screenshot") << QStringList{u"--screenshot"_s, u"out.png"_s} << false;
    }

    void isCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, command);
        QCOMPARE(CommandLine::isCommand(arguments), command);
    }

    void unknownCommandIsBadInput()
    {
        QCOMPARE(CommandLine::run({u"compair"_s}), 2);
        QCOMPARE(CommandLine::run({u"--frobnicate"_s}), 2);
        QCOMPARE(CommandLine::run({}), 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
