// The one argument parser every command and the window declare their options to
// (app/cli/Arguments): the rules it applies the same way for all of them.
#include "Arguments.h"
#include "Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Cli::Arguments sample()
{
    Cli::Arguments args(u"sample"_s);
    args.option({u"--format"_s}, u"F"_s, QT_TRANSLATE_NOOP("Arguments", "table (aligned for a terminal, the default), json, or csv"))
        .option({u"--region"_s, u"--regions"_s}, u"R"_s, QT_TRANSLATE_NOOP("Arguments", "the regions to update, by code (ap-northeast-3)"))
        .flag({u"--all"_s}, QT_TRANSLATE_NOOP("Arguments", "every region the Price List has"))
        .language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the messages"));
    return args;
}

} // namespace

class TestArguments : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(Language::English); }

    void valuesFollowOrAreJoined()
    {
        Cli::Arguments args = sample();
        QVERIFY(args.parse({u"a.json"_s, u"--format"_s, u"json"_s, u"--region=us-east-1"_s, u"--regions"_s,
                            u"ap-northeast-1"_s, u"--all"_s}));
        QCOMPARE(args.value(u"--format"_s), u"json"_s);
        // An option spelt two ways is one option; every occurrence is kept, the last one counts.
        QCOMPARE(args.values(u"--region"_s), (QStringList{u"us-east-1"_s, u"ap-northeast-1"_s}));
        QCOMPARE(args.value(u"--region"_s), u"ap-northeast-1"_s);
        QVERIFY(args.isSet(u"--all"_s));
        QCOMPARE(args.positional(), QStringList{u"a.json"_s});
        QVERIFY(!args.helpRequested());
        QCOMPARE(*args.format(), Cli::Format::Json);
    }

    void doubleDashEndsOptions()
    {
        Cli::Arguments args = sample();
        QVERIFY(args.parse({u"--"_s, u"--format"_s, u"-"_s}));
        QCOMPARE(args.positional(), (QStringList{u"--format"_s, u"-"_s}));
        QVERIFY(!args.isSet(u"--format"_s));
    }

    void mistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("unknown option") << QStringList{u"--colour"_s, u"red"_s};
        QTest::addRow("unknown option with a value") << QStringList{u"--colour=red"_s};
        QTest::addRow("unknown short option") << QStringList{u"-x"_s};
        QTest::addRow("missing value") << QStringList{u"--format"_s};
        QTest::addRow("empty value") << QStringList{u"--format="_s};
        QTest::addRow("value for a flag") << QStringList{u"--all=yes"_s};
        QTest::addRow("missing language") << QStringList{u"--lang"_s};
        QTest::addRow("unknown language") << QStringList{u"--lang=fr"_s};
    }

    void mistakes()
    {
        QFETCH(QStringList, arguments);
        Cli::Arguments args = sample();
        QVERIFY(!args.parse(arguments));
    }

    void helpListsEveryOption()
    {
        Cli::Arguments args = sample();
        QVERIFY(args.parse({u"-h"_s}));
        QVERIFY(args.helpRequested());
        const QString help = args.helpText();
        for (const QString& option : {u"--format F"_s, u"--region, --regions R"_s, u"--all"_s, u"--lang L"_s,
                                      u"-h, --help"_s})
            QVERIFY2(help.contains(option), qPrintable(help));
        // Every description starts in one column: two spaces, the option padded to 14, a space.
        QVERIFY2(help.contains(u"  --format F     table (aligned"_s), qPrintable(help));
    }

    // --lang is read first, wherever it stands, so the mistakes before it are reported in it.
    void languageComesFirst()
    {
        Cli::Arguments args = sample();
        QVERIFY(args.parse({u"a.json"_s, u"--lang"_s, u"ja"_s}));
        QVERIFY(args.languageGiven());
        QCOMPARE(args.languageValue(), Language::Japanese);
        QCOMPARE(Translations::currentLanguage(), Language::Japanese);
        QCOMPARE(args.positional(), QStringList{u"a.json"_s});
        QCOMPARE(Cli::Arguments::tr("unknown option %1").arg(u"--colour"_s), u"不明なオプション --colour です"_s);
        QCOMPARE(Cli::Arguments::tr("%1 needs a value").arg(u"--format"_s), u"--format には値が必要です"_s);
    }

    void languageWhenAbsent()
    {
        Cli::Arguments args = sample();
        QVERIFY(args.parse({}));
        QVERIFY(!args.languageGiven());
        QCOMPARE(args.languageValue(), Language::English);
    }

    void takeLanguageRemovesIt()
    {
        QStringList arguments{u"show"_s, u"--lang=ja"_s, u"x"_s, u"--lang"_s, u"en"_s, u"--"_s, u"--lang"_s};
        QCOMPARE(Cli::takeLanguageId(arguments), u"en"_s); // the last one counts
        QCOMPARE(arguments, (QStringList{u"show"_s, u"x"_s, u"--"_s, u"--lang"_s}));
        QStringList none{u"show"_s};
        QVERIFY(!Cli::takeLanguageId(none));
        QStringList missing{u"show"_s, u"--lang"_s};
        QCOMPARE(Cli::takeLanguageId(missing), QString());
        QCOMPARE(missing, QStringList{u"show"_s});
    }

    void subCommandsKeepTheirArguments()
    {
        Cli::Arguments args(u"prices"_s);
        args.subCommands().language(QT_TRANSLATE_NOOP("Arguments", "en or ja: the language of the messages"));
        QVERIFY(args.parse({u"update"_s, u"--region"_s, u"x"_s, u"--lang=en"_s, u"--fast"_s}));
        QCOMPARE(args.positional(), (QStringList{u"update"_s, u"--region"_s, u"x"_s, u"--fast"_s}));
    }

    void formats()
    {
        QString problem;
        QCOMPARE(*Cli::formatFromId(u"table"_s, &problem), Cli::Format::Table);
        QCOMPARE(*Cli::formatFromId(u"csv"_s, &problem), Cli::Format::Csv);
        QVERIFY(!Cli::formatFromId(u"xml"_s, &problem));
        QCOMPARE(problem, u"--format: unknown format \"xml\"; expected one of: table, json, csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestArguments)
#include "tst_arguments.moc"
