// The desktop integration files as configured in the build folder: the MIME type recognises
// scenario files by name and by content, and the .desktop entry, the AppStream metainfo and
// the icons agree on the one application id. (packaging/tests/package-test.sh checks the
// built .deb itself.)
#include "Scenario.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString appId = QStringLiteral(CC_APP_ID);
const QString scenarioMimeType = u"application/vnd.containercompare.scenario+json"_s;

QString packagingBuildFile(const QString& suffix)
{
    return QStringLiteral(CC_BINARY_DIR) + u"/packaging/"_s + appId + suffix;
}

QByteArray readAll(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(fileName));
    return file.readAll();
}

// The "Key=value" lines of the [Desktop Entry] group, localized keys included ("Name[ja]").
QHash<QString, QString> desktopEntry(const QString& fileName)
{
    QHash<QString, QString> entry;
    const QStringList lines = QString::fromUtf8(readAll(fileName)).split(u'\n');
    QString group;
    for (const QString& line : lines) {
        if (line.startsWith(u'[')) {
            group = line;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (group == u"[Desktop Entry]" && eq > 0)
            entry.insert(line.left(eq), line.mid(eq + 1));
    }
    return entry;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void mimeTypeByExtension();
    void mimeTypeByContent_data();
    void mimeTypeByContent();
    void savedScenarioIsRecognised();
    void shippedExamplesAreRecognised();
    void mimeTypeIsJson();

    void desktopEntry();
    void metainfo();
    void icons_data();
    void icons();

private:
    QTemporaryDir m_dataDir;
};

void TestPackage::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    // A data folder holding only our MIME package, searched before the system's, so the
    // database sees our type beside the system's application/json. Qt reads the XML directly.
    QVERIFY(QDir().mkpath(m_dataDir.filePath(u"mime/packages"_s)));
    QVERIFY(QFile::copy(packagingBuildFile(u".xml"_s),
                        m_dataDir.filePath(u"mime/packages/"_s + appId + u".xml"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataDir.filePath(u"home"_s)));
    const QByteArray systemDirs = qgetenv("XDG_DATA_DIRS");
    qputenv("XDG_DATA_DIRS",
            QFile::encodeName(m_dataDir.path()) + ':' +
                (systemDirs.isEmpty() ? QByteArray("/usr/local/share:/usr/share") : systemDirs));
}

void TestPackage::mimeTypeByExtension()
{
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(u"slide16.ccompare"_s, QMimeDatabase::MatchExtension).name(),
             scenarioMimeType);
    QCOMPARE(db.suffixForFileName(u"x.ccompare"_s), u"ccompare"_s);
}

void TestPackage::mimeTypeByContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("isScenario");
    QTest::addRow("indented")
        << QByteArray("{\n  \"schema\": \"container-compare/scenario\",\n  \"version\": 1\n}\n") << true;
    QTest::addRow("compact") << QByteArray(R"({"schema":"container-compare/scenario","version":1})") << true;
    // A scenario whose header comes after a 2 KiB title is still within the 4 KiB sniffed.
    QTest::addRow("late header") << QByteArray(R"({"title": ")" + QByteArray(2048, 'x') +
                                               R"(", "schema": "container-compare/scenario"})")
                                 << true;
    QTest::addRow("catalog") << QByteArray(R"({"schema": "container-compare/catalog", "version": 1})")
                             << false;
    QTest::addRow("other json") << QByteArray(R"({"name": "container-compare/scenario"})") << false;
}

void TestPackage::mimeTypeByContent()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, isScenario);
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForData(data).name() == scenarioMimeType, isScenario);
    // A file saved without our extension, say from a mail attachment, is known by its content.
    QCOMPARE(db.mimeTypeForFileNameAndData(u"attachment"_s, data).name() == scenarioMimeType, isScenario);
}

void TestPackage::savedScenarioIsRecognised()
{
    // What File > Save writes must be what the magic rule matches.
    Scenario scenario;
    scenario.title = u"A saved scenario"_s;
    QMimeDatabase db;
    QCOMPARE(db.mimeTypeForData(ScenarioFile::serialize(scenario)).name(), scenarioMimeType);
}

void TestPackage::shippedExamplesAreRecognised()
{
    const QDir examples(QStringLiteral(CC_SOURCE_DIR) + u"/resources/scenarios"_s);
    const QStringList files = examples.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY2(files.contains(u"slide16.json"_s), qPrintable(files.join(u", "_s)));
    QMimeDatabase db;
    for (const QString& file : files)
        QVERIFY2(db.mimeTypeForData(readAll(examples.filePath(file))).name() == scenarioMimeType,
                 qPrintable(file));
}

void TestPackage::mimeTypeIsJson()
{
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(scenarioMimeType);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(u"application/json"_s));
    QCOMPARE(type.comment(), u"Container Compare scenario"_s);
    QCOMPARE(type.iconName(), appId);
}

void TestPackage::desktopEntry()
{
    const QHash<QString, QString> entry = ::desktopEntry(packagingBuildFile(u".desktop"_s));
    QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
    // %f: a file manager starts one process per file, each opening its scenario.
    QCOMPARE(entry.value(u"Exec"_s), u"container-compare %f"_s);
    QCOMPARE(entry.value(u"Icon"_s), appId);
    QCOMPARE(entry.value(u"MimeType"_s), scenarioMimeType + u';');
    // The X11 window class is the application name set in main.cpp.
    QCOMPARE(entry.value(u"StartupWMClass"_s), u"container-compare"_s);
    for (const QString& key : {u"Name"_s, u"GenericName"_s, u"Comment"_s, u"Keywords"_s}) {
        QVERIFY2(!entry.value(key).isEmpty(), qPrintable(key));
        const QString ja = entry.value(key + u"[ja]"_s);
        QVERIFY2(ja.contains(QRegularExpression(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s)),
                 qPrintable(key + u"[ja] = "_s + ja));
    }
}

void TestPackage::metainfo()
{
    QXmlStreamReader xml(readAll(packagingBuildFile(u".metainfo.xml"_s)));
    QString id, launchable, binary, mediatype, releaseVersion, releaseDate;
    QStringList screenshots;
    bool japaneseSummary = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"release") {
            releaseVersion = xml.attributes().value(u"version"_s).toString();
            releaseDate = xml.attributes().value(u"date"_s).toString();
        } else if (name == u"summary" && xml.attributes().value(u"xml:lang"_s) == u"ja") {
            japaneseSummary = true;
        } else if (name == u"id") {
            id = xml.readElementText();
        } else if (name == u"launchable") {
            launchable = xml.readElementText();
        } else if (name == u"binary") {
            binary = xml.readElementText();
        } else if (name == u"mediatype") {
            mediatype = xml.readElementText();
        } else if (name == u"image") {
            screenshots << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + u".desktop"_s);
    QCOMPARE(binary, u"container-compare"_s);
    QCOMPARE(mediatype, scenarioMimeType);
    QCOMPARE(releaseVersion, QStringLiteral(CC_VERSION));
    QCOMPARE(releaseDate, u"2026-11-27"_s);
    QVERIFY(japaneseSummary);
    QCOMPARE(screenshots.size(), 3);
    for (const QString& url : std::as_const(screenshots)) {
        QVERIFY2(url.startsWith(u"https://"_s) && url.contains(u"/packaging/screenshots/"_s), qPrintable(url));
        // The picture the store shows is one the repository really holds.
        const QString inRepository = url.mid(url.indexOf(u"/packaging/screenshots/"_s) + 1);
        QVERIFY2(QFile::exists(QStringLiteral(CC_SOURCE_DIR "/") + inRepository), qPrintable(inRepository));
    }
}

void TestPackage::icons_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%d", size) << size;
}

void TestPackage::icons()
{
    QFETCH(int, size);
    const QString file =
        QStringLiteral(CC_SOURCE_DIR "/packaging/icons/hicolor/%1x%1/container-compare.png").arg(size);
    QImage image(file);
    QVERIFY2(!image.isNull(), qPrintable(file));
    QCOMPARE(image.size(), QSize(size, size));
    // The rounded square leaves its corners transparent and fills the middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
