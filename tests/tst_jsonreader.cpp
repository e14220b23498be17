// JsonReader: every message a user or a data author can meet, word for word.
#include "JsonReader.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void parseErrors_data();
    void parseErrors();
    void parseObject();
    void paths();
    void loadErrorText();
    void typeErrors_data();
    void typeErrors();
    void missingKeys();
    void numberRanges_data();
    void numberRanges();
    void integers();
    void enums();
    void strings();
    void text();
    void dates_data();
    void dates();
    void header_data();
    void header();
    void unknownKeys();
    void firstErrorWins();
};

void TestJsonReader::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::addRow("empty") << QByteArray() << QString() << u"file is empty"_s;
    QTest::addRow("blank") << QByteArray(" \n\t\n") << QString() << u"file is empty"_s;
    QTest::addRow("array") << QByteArray("[1, 2]") << u"$"_s << u"expected a JSON object, found an array"_s;
    QTest::addRow("number") << QByteArray("42") << u"$"_s << u"expected a JSON object, found a number"_s;
    QTest::addRow("string") << QByteArray("\"text\"") << u"$"_s << u"expected a JSON object, found a string"_s;
    QTest::addRow("null") << QByteArray("null") << u"$"_s << u"expected a JSON object, found null"_s;
    // The value after "b" is missing on line 2: the parser stops at the closing brace, the
    // 8th character of " \"b\": }" (Qt's own words for what it found).
    QTest::addRow("missing value") << QByteArray("{\"a\": 1,\n \"b\": }") << QString()
                                   << u"syntax error at line 2, column 8: object is missing after a comma"_s;
    // Truncated: the object never closes; the error is just past the last character.
    QTest::addRow("truncated") << QByteArray("{\"a\": 1,\n \"b\": 2\n\n") << QString()
                               << u"syntax error at line 2, column 8: the file ends too early"_s;
    QTest::addRow("truncated string") << QByteArray("{\"a\": \"tex") << QString()
                                      << u"syntax error at line 1, column 11: the file ends too early"_s;
    // Columns count characters, not UTF-8 bytes: "é" is one column, x the 7th character.
    QTest::addRow("utf8 column") << QByteArray("{\"é\": x}") << QString()
                                 << u"syntax error at line 1, column 7: illegal number"_s;
    QTest::addRow("random bytes") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QString()
                                  << u"syntax error at line 1, column 2: illegal value"_s;
    QTest::addRow("trailing garbage") << QByteArray("{}\n}") << QString()
                                      << u"syntax error at line 2, column 1: garbage at the end of the document"_s;
    QTest::addRow("huge number") << QByteArray("{\"a\": 1e999}") << QString()
                                 << u"syntax error at line 1, column 12: illegal number"_s;
}

void TestJsonReader::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(QString, message);

    JsonReader reader(u"broken.json"_s);
    QVERIFY(!reader.parseObject(bytes));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().file, u"broken.json"_s);
    QCOMPARE(reader.error().path, path);
    QCOMPARE(reader.error().message, message);
}

void TestJsonReader::parseObject()
{
    JsonReader reader(u"good.json"_s);
    const std::optional<QJsonObject> o = reader.parseObject("{\"a\": [1, 2], \"b\": {\"c\": \"d\"}}");
    QVERIFY(reader.ok());
    QVERIFY(o);
    QCOMPARE(o->value(u"a"_s).toArray().size(), 2);
    QCOMPARE(o->value(u"b"_s).toObject().value(u"c"_s).toString(), u"d"_s);
}

void TestJsonReader::paths()
{
    QCOMPARE(JsonReader::child(u"$"_s, u"entries"_s), u"$.entries"_s);
    QCOMPARE(JsonReader::index(u"$.entries"_s, 3), u"$.entries[3]"_s);
    QCOMPARE(JsonReader::child(JsonReader::child(JsonReader::index(u"$.entries"_s, 3), u"name"_s), u"ja"_s),
             u"$.entries[3].name.ja"_s);
    QCOMPARE(JsonReader::child(u"$.maxPodsBySize"_s, u"2xlarge"_s), u"$.maxPodsBySize.2xlarge"_s);
    // Keys that are not plain words are quoted, so the path stays unambiguous.
    QCOMPARE(JsonReader::child(u"$"_s, u"a.b"_s), uR"($["a.b"])"_s);
    QCOMPARE(JsonReader::child(u"$"_s, u"say \"hi\""_s), uR"($["say \"hi\""])"_s);
}

void TestJsonReader::loadErrorText()
{
    QCOMPARE((LoadError{u"services.json"_s, u"$.entries[3].name.ja"_s, u"is missing"_s}).toString(),
             u"services.json: $.entries[3].name.ja: is missing"_s);
    QCOMPARE((LoadError{u"empty.json"_s, {}, u"file is empty"_s}).toString(), u"empty.json: file is empty"_s);
    QVERIFY(LoadError().isEmpty());
    QVERIFY(!(LoadError{{}, {}, u"x"_s}).isEmpty());
}

void TestJsonReader::typeErrors_data()
{
    QTest::addColumn<QString>("getter");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");

    QTest::addRow("number from string") << u"number"_s << uR"({"x": "1"})"_s << u"expected a number, found a string"_s;
    QTest::addRow("number from bool") << u"number"_s << uR"({"x": true})"_s << u"expected a number, found a boolean"_s;
    QTest::addRow("number from null") << u"number"_s << uR"({"x": null})"_s << u"expected a number, found null"_s;
    QTest::addRow("int from array") << u"int"_s << uR"({"x": [1]})"_s << u"expected a number, found an array"_s;
    QTest::addRow("string from number") << u"string"_s << uR"({"x": 1})"_s << u"expected a string, found a number"_s;
    QTest::addRow("string from object") << u"string"_s << uR"({"x": {}})"_s << u"expected a string, found an object"_s;
    QTest::addRow("bool from string") << u"bool"_s << uR"({"x": "true"})"_s << u"expected true or false, found a string"_s;
    QTest::addRow("object from array") << u"object"_s << uR"({"x": []})"_s << u"expected an object, found an array"_s;
    QTest::addRow("array from object") << u"array"_s << uR"({"x": {}})"_s << u"expected an array, found an object"_s;
    QTest::addRow("text from string") << u"text"_s << uR"({"x": "hello"})"_s << u"expected an object, found a string"_s;
}

void TestJsonReader::typeErrors()
{
    QFETCH(QString, getter);
    QFETCH(QString, json);
    QFETCH(QString, message);

    JsonReader reader(u"f.json"_s);
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString key = u"x"_s;
    const QString path = u"$.a"_s;
    if (getter == u"number")
        QCOMPARE(reader.requireNumber(o, path, key, 0, 10), 0.0);
    else if (getter == u"int")
        QCOMPARE(reader.requireInt(o, path, key, 0, 10), 0);
    else if (getter == u"string")
        QCOMPARE(reader.requireString(o, path, key), QString());
    else if (getter == u"bool")
        QCOMPARE(reader.requireBool(o, path, key), false);
    else if (getter == u"object")
        QVERIFY(reader.requireObject(o, path, key).isEmpty());
    else if (getter == u"array")
        QVERIFY(reader.requireArray(o, path, key).isEmpty());
    else if (getter == u"text")
        QVERIFY(reader.requireText(o, path, key).isEmpty());
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().path, u"$.a.x"_s);
    QCOMPARE(reader.error().message, message);
    QCOMPARE(reader.error().toString(), u"f.json: $.a.x: "_s + message);
}

void TestJsonReader::missingKeys()
{
    const QJsonObject o = object("{}");
    {
        JsonReader reader(u"f.json"_s);
        reader.requireNumber(o, u"$.options[2]"_s, u"vcpu"_s, 0, 1);
        QCOMPARE(reader.error().toString(), u"f.json: $.options[2].vcpu: is missing"_s);
    }
    {
        // Optional getters return their fallback without an error when the key is absent.
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.optionalNumber(o, u"$"_s, u"x"_s, 0, 1), std::nullopt);
        QCOMPARE(reader.optionalInt(o, u"$"_s, u"x"_s, 0, 1), std::nullopt);
        QCOMPARE(reader.optionalString(o, u"$"_s, u"x"_s, u"fallback"_s), u"fallback"_s);
        QCOMPARE(reader.optionalEnum(o, u"$"_s, u"x"_s, {u"a"_s}, u"a"_s), u"a"_s);
        QCOMPARE(reader.optionalBool(o, u"$"_s, u"x"_s, true), true);
        QVERIFY(!reader.optionalObject(o, u"$"_s, u"x"_s));
        QVERIFY(reader.optionalArray(o, u"$"_s, u"x"_s).isEmpty());
        QVERIFY(reader.optionalStringList(o, u"$"_s, u"x"_s).isEmpty());
        QVERIFY(reader.optionalText(o, u"$"_s, u"x"_s).isEmpty());
        QVERIFY(reader.ok());
    }
}

void TestJsonReader::numberRanges_data()
{
    constexpr double noMax = std::numeric_limits<double>::max();
    constexpr double noMin = std::numeric_limits<double>::lowest();
    QTest::addColumn<QString>("json");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::addRow("inside") << uR"({"x": 5})"_s << 1.0 << 10000.0 << QString();
    QTest::addRow("at min") << uR"({"x": 1})"_s << 1.0 << 10000.0 << QString();
    QTest::addRow("at max") << uR"({"x": 10000})"_s << 1.0 << 10000.0 << QString();
    QTest::addRow("below") << uR"({"x": 0})"_s << 1.0 << 10000.0 << u"must be between 1 and 10000"_s;
    QTest::addRow("above") << uR"({"x": 10001})"_s << 1.0 << 10000.0 << u"must be between 1 and 10000"_s;
    QTest::addRow("fraction bounds") << uR"({"x": 0.1})"_s << 0.25 << 192.0 << u"must be between 0.25 and 192"_s;
    QTest::addRow("negative") << uR"({"x": -0.01})"_s << 0.0 << noMax << u"must be at least 0"_s;
    QTest::addRow("too big") << uR"({"x": 5})"_s << noMin << 4.0 << u"must be at most 4"_s;
    QTest::addRow("large bound") << uR"({"x": 2000000})"_s << 0.0 << 1048576.0 << u"must be between 0 and 1048576"_s;
}

void TestJsonReader::numberRanges()
{
    QFETCH(QString, json);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(QString, message);

    JsonReader reader(u"f.json"_s);
    const double value = reader.requireNumber(QJsonDocument::fromJson(json.toUtf8()).object(), u"$"_s, u"x"_s, min, max);
    if (message.isEmpty()) {
        QVERIFY2(reader.ok(), qPrintable(reader.error().toString()));
        QCOMPARE(value, QJsonDocument::fromJson(json.toUtf8()).object().value(u"x"_s).toDouble());
    } else {
        QCOMPARE(reader.error().path, u"$.x"_s);
        QCOMPARE(reader.error().message, message);
    }
}

void TestJsonReader::integers()
{
    {
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.requireInt(object(R"({"tasks": 3})"), u"$"_s, u"tasks"_s, 1, 10000), 3);
        QVERIFY(reader.ok());
    }
    {
        JsonReader reader(u"f.json"_s);
        reader.requireInt(object(R"({"tasks": 2.5})"), u"$"_s, u"tasks"_s, 1, 10000);
        QCOMPARE(reader.error().toString(), u"f.json: $.tasks: must be a whole number"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        reader.requireInt(object(R"({"tasks": 1e12})"), u"$"_s, u"tasks"_s, 1, 10000);
        QCOMPARE(reader.error().toString(), u"f.json: $.tasks: must be between 1 and 10000"_s);
    }
}

void TestJsonReader::enums()
{
    const QStringList allowed = {u"linux"_s, u"windows"_s};
    {
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.requireEnum(object(R"({"os": "windows"})"), u"$"_s, u"os"_s, allowed), u"windows"_s);
        QVERIFY(reader.ok());
    }
    {
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.requireEnum(object(R"({"os": "macos"})"), u"$"_s, u"os"_s, allowed), QString());
        QCOMPARE(reader.error().toString(), uR"(f.json: $.os: unknown value "macos"; expected one of: linux, windows)"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.optionalEnum(object(R"({"os": "Linux"})"), u"$"_s, u"os"_s, allowed, u"linux"_s), u"linux"_s);
        QCOMPARE(reader.error().message, uR"(unknown value "Linux"; expected one of: linux, windows)"_s);
    }
}

void TestJsonReader::strings()
{
    {
        JsonReader reader(u"f.json"_s);
        reader.requireString(object(R"({"id": "  "})"), u"$"_s, u"id"_s);
        QCOMPARE(reader.error().toString(), u"f.json: $.id: must not be empty"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        QCOMPARE(reader.optionalStringList(object(R"({"ids": ["a", "b"]})"), u"$"_s, u"ids"_s),
                 QStringList({u"a"_s, u"b"_s}));
        QVERIFY(reader.ok());
        QVERIFY(reader.optionalStringList(object(R"({"ids": ["a", 2]})"), u"$"_s, u"ids"_s).isEmpty());
        QCOMPARE(reader.error().toString(), u"f.json: $.ids[1]: expected a string, found a number"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        const QJsonArray array = object(R"({"a": [{}, 3]})").value(u"a"_s).toArray();
        reader.objectAt(array, u"$.a"_s, 0);
        QVERIFY(reader.ok());
        reader.objectAt(array, u"$.a"_s, 1);
        QCOMPARE(reader.error().toString(), u"f.json: $.a[1]: expected an object, found a number"_s);
    }
}

void TestJsonReader::text()
{
    {
        JsonReader reader(u"f.json"_s);
        const LocalizedText t =
            reader.requireText(object(R"({"name": {"en": "Fargate", "ja": "ファーゲート"}})"), u"$"_s, u"name"_s);
        QVERIFY(reader.ok());
        QCOMPARE(t.en, u"Fargate"_s);
        QCOMPARE(t.ja, u"ファーゲート"_s);
        QCOMPARE(t.text(Language::Japanese), u"ファーゲート"_s);
        QCOMPARE(t.text(Language::English), u"Fargate"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        reader.requireText(object(R"({"name": {"en": "Fargate"}})"), u"$.entries[3]"_s, u"name"_s);
        QCOMPARE(reader.error().toString(), u"f.json: $.entries[3].name.ja: is missing"_s);
    }
    {
        JsonReader reader(u"f.json"_s);
        reader.requireText(object(R"({"name": {"ja": "ファーゲート"}})"), u"$"_s, u"name"_s);
        QCOMPARE(reader.error().toString(), u"f.json: $.name.en: is missing"_s);
    }
    {
        // Japanese may be left out where the caller says so; the text falls back to English.
        JsonReader reader(u"f.json"_s);
        const LocalizedText t = reader.requireText(object(R"({"note": {"en": "Only English"}})"), u"$"_s, u"note"_s, false);
        QVERIFY(reader.ok());
        QCOMPARE(t.text(Language::Japanese), u"Only English"_s);
    }
    QCOMPARE(languageCode(Language::Japanese), u"ja"_s);
    QCOMPARE(languageCode(Language::English), u"en"_s);
    QCOMPARE(languageFromCode(u"ja"_s), Language::Japanese);
    QCOMPARE(languageFromCode(u"ja_JP"_s), Language::Japanese);
    QCOMPARE(languageFromCode(u"en"_s), Language::English);
    QCOMPARE(languageFromCode(u"fr"_s), Language::English);
    QCOMPARE(languageFromCode(QString()), Language::English);
}

void TestJsonReader::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::addRow("day") << u"2026-09-05"_s << true;
    QTest::addRow("month") << u"2026-09"_s << true;
    QTest::addRow("leap day") << u"2028-02-29"_s << true;
    QTest::addRow("not a leap day") << u"2026-02-29"_s << false;
    QTest::addRow("month 13") << u"2026-13"_s << false;
    QTest::addRow("year only") << u"2026"_s << false;
    QTest::addRow("slashes") << u"2026/09/05"_s << false;
    QTest::addRow("words") << u"late 2026"_s << false;
}

void TestJsonReader::dates()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    JsonReader reader(u"f.json"_s);
    QJsonObject o;
    o.insert(u"asOf"_s, date);
    const QString read = reader.requireDate(o, u"$.prices[0]"_s, u"asOf"_s);
    if (valid) {
        QVERIFY(reader.ok());
        QCOMPARE(read, date);
    } else {
        QCOMPARE(reader.error().toString(),
                 u"f.json: $.prices[0].asOf: expected a date like 2026-09-05 or a month like 2026-09, found \""_s + date
                     + u'"');
    }
}

void TestJsonReader::header_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::addRow("good") << uR"({"schema": "container-compare/catalog", "version": 1})"_s << QString();
    QTest::addRow("newer") << uR"({"schema": "container-compare/catalog", "version": 7})"_s
                           << u"f.json: $.version: unsupported version 7; this build reads version 1"_s;
    QTest::addRow("zero") << uR"({"schema": "container-compare/catalog", "version": 0})"_s
                          << u"f.json: $.version: unsupported version 0; this build reads version 1"_s;
    QTest::addRow("text version") << uR"({"schema": "container-compare/catalog", "version": "1"})"_s
                                  << u"f.json: $.version: expected a number, found a string"_s;
    QTest::addRow("fractional version") << uR"({"schema": "container-compare/catalog", "version": 1.5})"_s
                                        << u"f.json: $.version: must be a whole number"_s;
    QTest::addRow("no version") << uR"({"schema": "container-compare/catalog"})"_s
                                << u"f.json: $.version: is missing"_s;
    QTest::addRow("no schema") << uR"({"version": 1})"_s << u"f.json: $.schema: is missing"_s;
    QTest::addRow("other schema") << uR"({"schema": "container-compare/scenario", "version": 1})"_s
                                  << uR"(f.json: $.schema: expected "container-compare/catalog", found "container-compare/scenario")"_s;
}

void TestJsonReader::header()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    JsonReader reader(u"f.json"_s);
    reader.requireHeader(QJsonDocument::fromJson(json.toUtf8()).object(), u"container-compare/catalog"_s, 1);
    QCOMPARE(reader.error().toString(), error);

    // A build that reads two versions says so.
    if (json.contains(u"\"version\": 7")) {
        JsonReader newer(u"f.json"_s);
        newer.requireHeader(QJsonDocument::fromJson(json.toUtf8()).object(), u"container-compare/catalog"_s, 2);
        QCOMPARE(newer.error().message, u"unsupported version 7; this build reads versions 1 to 2"_s);
    }
}

void TestJsonReader::unknownKeys()
{
    JsonReader reader(u"f.json"_s);
    reader.rejectUnknownKeys(object(R"({"id": "a", "name": "b"})"), u"$.entries[0]"_s, {u"id"_s, u"name"_s});
    QVERIFY(reader.ok());
    reader.rejectUnknownKeys(object(R"({"id": "a", "docURL": "b"})"), u"$.entries[0]"_s,
                             {u"id"_s, u"docUrl"_s});
    QCOMPARE(reader.error().toString(), u"f.json: $.entries[0].docURL: unknown key; expected one of: id, docUrl"_s);
}

void TestJsonReader::firstErrorWins()
{
    JsonReader reader(u"f.json"_s);
    const QJsonObject o = object(R"({"a": "x", "b": "y"})");
    reader.requireNumber(o, u"$"_s, u"a"_s, 0, 1);
    reader.requireNumber(o, u"$"_s, u"b"_s, 0, 1);
    reader.fail(u"$.c"_s, u"later"_s);
    QCOMPARE(reader.error().path, u"$.a"_s);
    // Once failed, getters return harmless defaults.
    QCOMPARE(reader.requireString(object(R"({"s": "text"})"), u"$"_s, u"s"_s), QString());
    QCOMPARE(reader.requireInt(object(R"({"n": 5})"), u"$"_s, u"n"_s, 0, 10), 0);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
