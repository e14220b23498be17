// The Japanese follows resources/translations/GLOSSARY.md: every pattern its tables reject is
// absent from the Japanese text of the catalogs, the price books and the translation catalog, and the
// glossary's own preferred terms and examples pass its rules.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kGlossary = QStringLiteral(CC_SOURCE_DIR "/resources/translations/GLOSSARY.md");
const QString kCatalogs = QStringLiteral(CC_SOURCE_DIR "/resources/catalogs");
const QString kPriceBooks = QStringLiteral(CC_SOURCE_DIR "/resources/prices");
const QString kJapaneseTs = QStringLiteral(CC_SOURCE_DIR "/resources/translations/container-compare_ja.ts");

struct Rule
{
    QString term;     // the row's first cell: the preferred form or the rule's name
    QString example;  // the row's last cell
    QRegularExpression rejected;
    int line = 0;     // in GLOSSARY.md
};

struct Text
{
    QString where; // "services.json $.entries[3].facts[1].ja" or "ts CostModel: \"…\""
    QString text;
};

QStringList cells(const QString& line)
{
    QString inner = line.trimmed();
    inner = inner.mid(1, inner.size() - 2); // drop the outer pipes
    QStringList result;
    for (const QString& cell : inner.split(u'|'))
        result << cell.trimmed();
    return result;
}

// Every row of every table with a "Rejected" column: one rule per pattern in backticks.
QList<Rule> readGlossary(QString* error)
{
    QFile file(kGlossary);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = kGlossary + u": "_s + file.errorString();
        return {};
    }
    static const QRegularExpression backticked(QStringLiteral("`([^`]+)`"));
    QList<Rule> rules;
    QStringList header;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (!line.startsWith(u'|')) {
            header.clear();
            continue;
        }
        const QStringList row = cells(line);
        if (header.isEmpty()) {
            header = row;
            continue;
        }
        if (row.value(0).startsWith(u"---"_s))
            continue;
        const qsizetype column = header.indexOf(u"Rejected"_s);
        if (column < 0)
            continue;
        if (row.size() != header.size()) {
            *error = u"%1:%2: %3 cells, the header has %4"_s.arg(kGlossary).arg(lineNumber).arg(row.size()).arg(
                header.size());
            return {};
        }
        for (const QRegularExpressionMatch& m : backticked.globalMatch(row.at(column))) {
            Rule rule{row.first(), row.last(), QRegularExpression(m.captured(1)), lineNumber};
            if (!rule.rejected.isValid()) {
                *error = u"%1:%2: `%3`: %4"_s.arg(kGlossary).arg(lineNumber).arg(m.captured(1),
                                                                                   rule.rejected.errorString());
                return {};
            }
            rules << rule;
        }
    }
    return rules;
}

void collectJapanese(const QJsonValue& value, const QString& path, const QString& file, QList<Text>* out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"ja" && it.value().isString())
                out->append({file + u' ' + path + u".ja"_s, it.value().toString()});
            else
                collectJapanese(it.value(), path + u'.' + it.key(), file, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectJapanese(array.at(i), path + u'[' + QString::number(i) + u']', file, out);
    }
}

// Every "ja" value of the JSON files of a folder (the catalogs, the price books' notes and names).
QList<Text> jsonTexts(const QString& folder, QString* error)
{
    QList<Text> texts;
    const QStringList files = QDir(folder).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + u": "_s + file.errorString();
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = file.fileName() + u": "_s + parseError.errorString();
            return {};
        }
        collectJapanese(document.object(), u"$"_s, name, &texts);
    }
    return texts;
}

// The translations (and plural forms) of the Japanese catalog, not the English sources.
QList<Text> translationTexts(QString* error)
{
    QList<Text> texts;
    QFile file(kJapaneseTs);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = kJapaneseTs + u": "_s + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            // A plural message's forms are <numerusform> children: their text is read together.
            // Concatenated, not arg(): the source's own %1 must stay as it is.
            const QString where = u"ts "_s + context + u": \""_s + source.left(60) + u"\" (line "_s +
                                  QString::number(xml.lineNumber()) + u')';
            texts.append({where, xml.readElementText(QXmlStreamReader::IncludeChildElements)});
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(kJapaneseTs).arg(xml.lineNumber()).arg(xml.errorString());
    return texts;
}

QStringList violations(const QList<Rule>& rules, const QList<Text>& texts)
{
    QStringList problems;
    for (const Text& t : texts) {
        for (const Rule& rule : rules) {
            const QRegularExpressionMatch m = rule.rejected.match(t.text);
            if (!m.hasMatch())
                continue;
            const qsizetype from = std::max<qsizetype>(0, m.capturedStart() - 12);
            problems << u"%1: \"…%2…\" matches `%3` (GLOSSARY.md line %4: %5)"_s.arg(
                t.where, t.text.mid(from, m.capturedLength() + 24), rule.rejected.pattern(),
                QString::number(rule.line), rule.term);
        }
    }
    return problems;
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void glossaryParses();
    void glossaryFollowsItself();
    void rulesCatchTheVariants_data();
    void rulesCatchTheVariants();
    void catalogsFollowTheGlossary();
    void translationsFollowTheGlossary();
    void priceBooksFollowTheGlossary();
};

void TestGlossary::glossaryParses()
{
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The terms (about 30 rows), the units and the spacing rules: well over 40 patterns.
    QVERIFY2(rules.size() > 40, qPrintable(QString::number(rules.size())));
    QStringList terms;
    for (const Rule& r : rules)
        terms << r.term;
    for (const QString& term : {u"リージョン"_s, u"インスタンス"_s, u"オンデマンド"_s, u"スポットインスタンス"_s,
                                u"リザーブドインスタンス"_s, u"Savings Plans"_s, u"Pod"_s, u"キャパシティ"_s,
                                u"セルフマネージド"_s, u"USD/時間"_s, u"USD/GB-月"_s})
        QVERIFY2(terms.contains(term), qPrintable(term));
}

void TestGlossary::glossaryFollowsItself()
{
    // The preferred form of a term (the first cell) and each rule's example never match a
    // rejected pattern: the glossary cannot reject what it prescribes.
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<Text> own;
    for (const Rule& r : rules) {
        own.append({u"GLOSSARY.md line %1 (term)"_s.arg(r.line), r.term});
        if (!r.example.contains(u'`') && r.example != u"—"_s)
            own.append({u"GLOSSARY.md line %1 (note/example)"_s.arg(r.line), r.example});
    }
    const QStringList problems = violations(rules, own);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGlossary::rulesCatchTheVariants_data()
{
    // What the catalogs and the .ts said before the glossary, each caught by one rule.
    QTest::addColumn<QString>("text");
    QTest::addRow("pod in katakana") << u"Windows ポッドを実行できません"_s;
    QTest::addRow("estimate as 推定値") << u"推定値"_s;
    QTest::addRow("push in Latin") << u"イメージを push する"_s;
    QTest::addRow("pull in Latin") << u"ECR から pull できる"_s;
    QTest::addRow("USD/h") << u"0.10 USD/h"_s;
    QTest::addRow("USD/時") << u"0.10 USD/時 の追加料金"_s;
    QTest::addRow("GB 月") << u"USD/GB 月"_s;
    QTest::addRow("新規顧客") << u"新規顧客 は利用できない"_s;
    QTest::addRow("doubled は") << u"%1 は新規のお客様は利用できません"_s;
    QTest::addRow("S3 スタンダード") << u"Amazon S3 スタンダード"_s;
    QTest::addRow("キャパシティー") << u"余剰キャパシティー"_s;
    QTest::addRow("Web ACL") << u"Web ACL あたり"_s;
    QTest::addRow("セルフ管理") << u"EC2 (セルフ管理)"_s;
    QTest::addRow("スライド 16:9") << u"スライド 16:9"_s;
    QTest::addRow("yen with 円") << u"82.2402 USD (12,747円)"_s;
    QTest::addRow("no space Latin→Japanese") << u"ECSタスク"_s;
    QTest::addRow("no space Japanese→Latin") << u"最大Pod 数"_s;
    QTest::addRow("parenthesis without space") << u"EC2(c7i.large)"_s;
}

void TestGlossary::rulesCatchTheVariants()
{
    QFETCH(QString, text);
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!violations(rules, {{u"sample"_s, text}}).isEmpty(), qPrintable(text));
    // A shortcut key keeps Qt's form: "ファイル(&F)" is not a missing space.
    QVERIFY(violations(rules, {{u"sample"_s, u"ファイル(&F)"_s}}).isEmpty());
}

void TestGlossary::catalogsFollowTheGlossary()
{
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Text> texts = jsonTexts(kCatalogs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Six catalogs, each with names, descriptions, facts and cautions in Japanese.
    QVERIFY2(texts.size() > 600, qPrintable(QString::number(texts.size())));
    const QStringList problems = violations(rules, texts);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestGlossary::translationsFollowTheGlossary()
{
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Text> texts = translationTexts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(texts.size() > 500, qPrintable(QString::number(texts.size())));
    const QStringList problems = violations(rules, texts);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestGlossary::priceBooksFollowTheGlossary()
{
    // The price books' notes and region names are shown beside the prices.
    QString error;
    const QList<Rule> rules = readGlossary(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Text> texts = jsonTexts(kPriceBooks, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(texts.size() > 50, qPrintable(QString::number(texts.size())));
    const QStringList problems = violations(rules, texts);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problems:\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
