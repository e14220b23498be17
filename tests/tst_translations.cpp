// The translations are complete: every message of the Japanese catalog is translated (no
// unfinished, empty, vanished or obsolete entries), keeps its placeholders and its shortcut
// key; the English catalog gives both plural forms of every %n message; and both catalogs hold
// exactly the messages that app/ and models/ ask for today, so a new tr() string without a
// translation fails here (lupdate is run on copies of the catalogs; the sources are not touched).

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;        // "", "unfinished", "vanished", "obsolete"
    QString translation; // the text, when not numerus
    QStringList forms;   // the plural forms, when numerus
    qint64 line = 0;     // in the .ts file, for messages

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    // Concatenated, not arg(): the source's own %1 must stay as it is.
    QString what() const { return context + QStringLiteral(" \"") + source.left(80) + u'"'; }
    QString where() const { return what() + QStringLiteral(" (.ts line ") + QString::number(line) + u')'; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& fileName)
{
    TsFile ts;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = fileName + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            message.line = xml.lineNumber();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString catalogPath(const QString& language)
{
    return QStringLiteral(CC_SOURCE_DIR "/resources/translations/container-compare_%1.ts").arg(language);
}

// %1 … %99 and %n, each once: a translation may reorder them, not drop or invent one.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> result;
    for (const QRegularExpressionMatch& m : re.globalMatch(text))
        result.insert(m.captured(0));
    return result;
}

// The shortcut letter of "&File" / "Sc&aling"; "&&" is a literal ampersand.
bool hasMnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

bool hasJapanese(const QString& text)
{
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF00 && u <= 0xFFEF))
            return true;
    }
    return false;
}

QString lupdatePath()
{
    const QString bundled = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFile::exists(bundled))
        return bundled;
    for (const QString& name :
         {QStringLiteral("lupdate-qt6"), QStringLiteral("lupdate6"), QStringLiteral("lupdate")})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void japaneseIsComplete();
    void englishGivesBothPluralForms();
    void catalogsHoldWhatTheSourcesAsk_data();
    void catalogsHoldWhatTheSourcesAsk();
};

void TestTranslations::japaneseIsComplete()
{
    const TsFile ts = readTs(catalogPath(QStringLiteral("ja")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.language.startsWith(QLatin1String("ja")), qPrintable(ts.language));
    // The window, the reports and the cost model's notes: hundreds of messages, not a stub.
    QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    int japanese = 0;
    for (const TsMessage& m : ts.messages) {
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(": ") + m.where();
            continue;
        }
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        // Japanese has one plural form.
        if (m.numerus && m.forms.size() != 1)
            problems << QStringLiteral("%1 plural forms, expected 1: ").arg(m.forms.size()) + m.where();
        for (const QString& text : texts) {
            if (text.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty: ") + m.where();
                continue;
            }
            if (placeholders(text) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(text) + m.where();
            if (hasMnemonic(m.source) && !hasMnemonic(text) && !m.source.startsWith(u'<'))
                problems << QStringLiteral("shortcut key lost in \"%1\": ").arg(text) + m.where();
            // A leading or trailing space is part of a suffix (" GiB") or a joined phrase.
            if (m.source.startsWith(u' ') != text.startsWith(u' ') ||
                m.source.endsWith(u' ') != text.endsWith(u' '))
                problems << QStringLiteral("leading/trailing space differs in \"%1\": ").arg(text) +
                                m.where();
        }
        if (hasJapanese(texts.value(0)))
            ++japanese;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Product names, units and "x86_64" stay as they are; nearly everything else is Japanese.
    QVERIFY2(
        japanese * 100 > ts.messages.size() * 85,
        qPrintable(
            QStringLiteral("%1 of %2 translations contain Japanese").arg(japanese).arg(ts.messages.size())));
}

void TestTranslations::englishGivesBothPluralForms()
{
    const TsFile ts = readTs(catalogPath(QStringLiteral("en")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("en"));
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        if (!m.numerus)
            problems << QStringLiteral("not a plural message (lupdate -pluralonly keeps only those): ") +
                            m.where();
        else if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(": ") + m.where();
        else if (m.forms.size() != 2)
            problems << QStringLiteral("%1 plural forms, expected 2 (one, other): ").arg(m.forms.size()) +
                            m.where();
        else
            for (const QString& form : m.forms)
                if (form.trimmed().isEmpty() || placeholders(form) != placeholders(m.source) ||
                    form.contains(QLatin1String("(s)")))
                    problems << QStringLiteral("bad form \"%1\": ").arg(form) + m.where();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogsHoldWhatTheSourcesAsk_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("options");
    QTest::addRow("ja") << QStringLiteral("ja") << QStringList{};
    QTest::addRow("en") << QStringLiteral("en") << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::catalogsHoldWhatTheSourcesAsk()
{
    QFETCH(QString, language);
    QFETCH(QStringList, options);
    const QString lupdate = lupdatePath();
    QVERIFY2(!lupdate.isEmpty(), "lupdate not found (Debian: qt6-l10n-tools)");

    // lupdate merges today's sources into a copy: what it adds is a message nobody translated,
    // what it drops a translation nobody asks for.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("container-compare_%1.ts").arg(language));
    QVERIFY(QFile::copy(catalogPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, QStringList{QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("-ts"),
                                       copy, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                       QStringLiteral("none")} +
                               options);
    QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAll())));

    const TsFile committed = readTs(catalogPath(language));
    const TsFile fresh = readTs(copy);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QSet<QString> committedKeys;
    for (const TsMessage& m : committed.messages)
        committedKeys.insert(m.key());
    QSet<QString> freshKeys;
    QStringList problems;
    for (const TsMessage& m : fresh.messages) {
        freshKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            problems << QStringLiteral("new, not translated: ") + m.what();
        else if (m.type == u"unfinished")
            problems << QStringLiteral("unfinished after lupdate: ") + m.what();
    }
    for (const TsMessage& m : committed.messages)
        if (!freshKeys.contains(m.key()))
            problems << QStringLiteral("no longer in the sources (obsolete): ") + m.where();
    const QString fix =
        QStringLiteral("\nRun: lupdate app models -ts resources/translations/container-compare_%1.ts %2"
                       "-no-obsolete -locations relative (or `ninja update_translations`), then translate.")
            .arg(language, options.isEmpty() ? QString() : options.join(u' ') + u' ');
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + fix));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
