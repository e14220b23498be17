// `container-compare export`, run as a user runs it: the real binary through QProcess, then
// the PDF read back with poppler's pdfinfo, pdftotext and pdffonts (poppler-utils, installed
// by ./test.sh), so what is checked is what a reader of the file gets.
#include "Catalog.h"
#include "Money.h"
#include "PriceBook.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
    process.start(program, arguments);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Result app(const QStringList& arguments)
{
    return runProgram(QStringLiteral(CC_APP_BINARY), arguments);
}

QString describe(const Result& r)
{
    return u"exit %1\n--- stdout\n%2--- stderr\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// The PDF's text with every run of white space made one space: table cells and wrapped lines
// come out of pdftotext on lines of their own, the words within a cell stay together.
QString pdfText(const QString& pdf)
{
    const Result r = runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    return r.out.simplified();
}

// pdfinfo's "Pages:" and "Page size:" (in points).
struct PdfInfo
{
    int pages = 0;
    double width = 0;
    double height = 0;
};

PdfInfo pdfInfo(const QString& pdf)
{
    const Result r = runProgram(u"pdfinfo"_s, {pdf});
    PdfInfo info;
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpression size(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s,
                                  QRegularExpression::MultilineOption);
    if (const auto m = pages.match(r.out); m.hasMatch())
        info.pages = m.captured(1).toInt();
    if (const auto m = size.match(r.out); m.hasMatch()) {
        info.width = m.captured(1).toDouble();
        info.height = m.captured(2).toDouble();
    }
    return info;
}

const QString slide16 = u"resources/scenarios/slide16.json"_s;
const QString deckDefault = u"resources/scenarios/deck-default.json"_s;

// Money as the report prints it: the JSON's display figure, formatted by Money (the report
// uses Money::format, which is Money::formatNumber of the same rounded figure).
QString formatted(double amount, const QString& code)
{
    return Money::symbol(code) +
           Money::formatNumber(amount, code, QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("poppler-utils is not installed (./test.sh installs it)");
        QVERIFY(m_dir.isValid());
    }

    // Every option's label and monthly total in the report, exactly as `compare --format json`
    // gives them, in the display currency and in USD beside it.
    void totalsMatchTheCommandLine_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addRow("slide16") << slide16;
        if (QFile::exists(QStringLiteral(CC_SOURCE_DIR "/") + deckDefault))
            QTest::addRow("deck-default") << deckDefault;
        QTest::addRow("tokyo-vs-virginia") << u"resources/scenarios/tokyo-vs-virginia.json"_s;
    }

    void totalsMatchTheCommandLine()
    {
        QFETCH(QString, scenario);
        const Result json = app({u"compare"_s, scenario, u"--format"_s, u"json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(describe(json)));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QString code = root.value(u"currency"_s).toObject().value(u"code"_s).toString();
        QVERIFY(!code.isEmpty());

        const QString pdf = m_dir.filePath(QFileInfo(scenario).completeBaseName() + u".pdf"_s);
        const Result r = app({u"export"_s, scenario, u"--pdf"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        const QString text = pdfText(pdf);

        const QJsonArray options = root.value(u"options"_s).toArray();
        QVERIFY(!options.isEmpty());
        for (const QJsonValue& value : options) {
            const QJsonObject option = value.toObject();
            const QString label = option.value(u"label"_s).toString();
            QVERIFY2(text.contains(label), qPrintable(u"label not in the report: "_s + label));
            if (option.value(u"monthly"_s).isNull())
                continue; // an unknown total is printed as "unknown", never as a number
            const QString total = formatted(option.value(u"monthly"_s).toDouble(), code);
            QVERIFY2(text.contains(total), qPrintable(u"%1: %2 not in the report"_s.arg(label, total)));
            if (code != u"USD") {
                const QString usd = Money::formatUsd(option.value(u"monthlyUsd"_s).toDouble(),
                                                     QLocale(QLocale::English, QLocale::UnitedStates));
                QVERIFY2(text.contains(usd), qPrintable(u"%1: %2 not in the report"_s.arg(label, usd)));
            }
        }
        if (scenario == slide16) {
            // The deck's own figures (slide 16): 0.11235 USD/h × 732 h = 82.2402 USD → ¥12,747;
            // (2 × 0.05056 + 4 × 0.00553) USD/h × 732 h = 90.21168 USD → ¥13,982.
            QVERIFY(text.contains(u"¥12,747"_s));
            QVERIFY(text.contains(u"¥13,982"_s));
            QVERIFY(text.contains(u"$82.24"_s));
            QVERIFY(text.contains(u"$90.21"_s));
        }
    }

    // A4 and Letter, portrait and landscape: the paper asked for, and "Page X of Y" on every
    // page agreeing with the page count.
    void pageSizeAndCount_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        // A4 is 210 × 297 mm = 595.28 × 841.89 pt; Letter 8.5 × 11 in = 612 × 792 pt.
        QTest::addRow("default A4 portrait") << QStringList{} << 595.28 << 841.89;
        QTest::addRow("A4 landscape") << QStringList{u"--landscape"_s} << 841.89 << 595.28;
        QTest::addRow("Letter portrait") << QStringList{u"--page-size"_s, u"Letter"_s} << 612.0 << 792.0;
        QTest::addRow("Letter landscape")
            << QStringList{u"--page-size=Letter"_s, u"--landscape"_s} << 792.0 << 612.0;
    }

    void pageSizeAndCount()
    {
        QFETCH(QStringList, options);
        QFETCH(double, width);
        QFETCH(double, height);
        const QString pdf = m_dir.filePath(
            u"size-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const Result r = app(QStringList{u"export"_s, deckDefault, u"--pdf"_s, pdf} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const PdfInfo info = pdfInfo(pdf);
        QVERIFY2(qAbs(info.width - width) < 1 && qAbs(info.height - height) < 1,
                 qPrintable(u"page size %1 × %2 pt"_s.arg(info.width).arg(info.height)));
        // Cover, summary and charts, breakdown, matrix, storage, security, assumptions, sources.
        QVERIFY2(info.pages >= 6, qPrintable(QString::number(info.pages)));
        const QString text = pdfText(pdf);
        for (int page = 1; page <= info.pages; ++page)
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(info.pages)),
                     qPrintable(u"no \"Page %1 of %2\""_s.arg(page).arg(info.pages)));
        QVERIFY(!text.contains(u"Page %1 of"_s.arg(info.pages + 1)));
    }

    // The sections a handout needs, and the sources with their dates and confidence.
    void sections()
    {
        const QString pdf = m_dir.filePath(u"sections.pdf"_s);
        const Result r = app({u"export"_s, slide16, u"--pdf"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        for (const QString& heading :
             {u"Summary: every option, cheapest first"_s, u"Monthly cost, side by side"_s,
              u"What each monthly bill is made of"_s, u"Monthly cost as the task count grows"_s,
              u"Breakdown by option"_s, u"Capability matrix"_s, u"Storage side by side"_s,
              u"Security side by side"_s, u"Assumptions"_s, u"Price sources"_s,
              u"Prices behind the figures"_s})
            QVERIFY2(text.contains(heading), qPrintable(u"missing: "_s + heading));
        // The cover: title, region, workload, currency and rate.
        QVERIFY(text.contains(u"Slide 16: EC2 vs Fargate (Tokyo)"_s));
        QVERIFY(text.contains(u"ap-northeast-1"_s));
        QVERIFY(text.contains(u"30.5 days × 24 h = 732 h"_s));
        QVERIFY(text.contains(u"JPY at 1 USD = 155 JPY"_s));

        // The prices behind slide 16 with their source, date and confidence, from the book.
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(tokyo);
        const InstanceType* c7i = tokyo->instanceType(u"c7i.large"_s);
        const Price* vcpu = tokyo->price(u"fargate.linux-x86.vcpu-hour"_s);
        QVERIFY(c7i && vcpu);
        for (const Price* p : {&c7i->onDemand, vcpu}) {
            const PriceSource* source = tokyo->source(p->source);
            QVERIFY(source);
            QVERIFY2(text.contains(source->id), qPrintable(source->id));
            QVERIFY2(text.contains(source->date), qPrintable(source->date));
            QVERIFY2(text.contains(p->asOf), qPrintable(p->asOf));
        }
        QVERIFY(text.contains(u"fargate.linux-x86.vcpu-hour"_s));
        QVERIFY(text.contains(u"0.05056"_s));
        QVERIFY(text.contains(u"0.11235"_s));
        QVERIFY(text.contains(u"confirmed"_s));
    }

    // A Japanese report: Japanese text that pdftotext can read, drawn with an embedded CJK font.
    void japanese()
    {
        const QString pdf = m_dir.filePath(u"ja.pdf"_s);
        const Result r = app({u"export"_s, slide16, u"--pdf"_s, pdf, u"--lang"_s, u"ja"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(tokyo && !tokyo->regionName.ja.isEmpty());
        QVERIFY2(text.contains(tokyo->regionName.ja), qPrintable(tokyo->regionName.ja));
        const Criterion& criterion = Catalog::builtin().criteria().constFirst();
        QVERIFY2(text.contains(criterion.name.ja), qPrintable(criterion.name.ja));
        QVERIFY(text.contains(u"¥12,747"_s));

        const Result fonts = runProgram(u"pdffonts"_s, {pdf});
        QVERIFY2(fonts.exitCode == 0, qPrintable(describe(fonts)));
        bool cjkEmbedded = false;
        for (const QString& line : fonts.out.split(u'\n')) {
            // name type encoding emb sub uni …: a Noto CJK font with "yes" under emb.
            const QStringList columns = line.simplified().split(u' ');
            if (line.contains(u"CJK"_s, Qt::CaseInsensitive) && columns.size() > 4 &&
                columns.at(columns.size() - 5) == u"yes")
                cjkEmbedded = true;
        }
        QVERIFY2(cjkEmbedded, qPrintable(fonts.out));
    }

    // The deck as a 16:9 PDF: nine slides, each option's total on the cost slides.
    void slides()
    {
        const QString pdf = m_dir.filePath(u"slides.pdf"_s);
        const Result r = app({u"export"_s, slide16, u"--slides"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, 9);
        QVERIFY2(qAbs(info.width / info.height - 16.0 / 9.0) < 0.01,
                 qPrintable(u"%1 × %2"_s.arg(info.width).arg(info.height)));
        const QString text = pdfText(pdf);
        for (const QString& s : {u"EC2 (c7i.large)"_s, u"Fargate"_s, u"¥12,747"_s, u"¥13,982"_s,
                                 u"Monthly cost, side by side"_s})
            QVERIFY2(text.contains(s), qPrintable(s));
        // The slide numbers; pdftotext reads the narrow gaps around the slash as no space.
        QString compact = text;
        compact.remove(u' ');
        for (int slide = 1; slide <= 9; ++slide)
            QVERIFY2(compact.contains(u"%1/9"_s.arg(slide)), qPrintable(QString::number(slide)));

        const QString ja = m_dir.filePath(u"slides-ja.pdf"_s);
        const Result rj = app({u"export"_s, slide16, u"--slides"_s, ja, u"--lang=ja"_s});
        QVERIFY2(rj.exitCode == 0, qPrintable(describe(rj)));
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(pdfText(ja).contains(tokyo->regionName.ja));
    }

    // Bad input: exit code 2, one message on stderr, nothing on stdout, no file written.
    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = u"@OUT@"_s;
        const QString data = u"tests/data/scenarios/"_s;
        QTest::addRow("missing file")
            << QStringList{u"export"_s, u"no/such/file.json"_s, u"--pdf"_s, out} << u"no/such/file.json"_s;
        QTest::addRow("empty file") << QStringList{u"export"_s, data + u"empty.json"_s, u"--pdf"_s, out}
                                    << u"empty.json"_s;
        QTest::addRow("truncated") << QStringList{u"export"_s, data + u"truncated.json"_s, u"--pdf"_s, out}
                                   << u"truncated.json"_s;
        QTest::addRow("random bytes")
            << QStringList{u"export"_s, data + u"random-bytes.json"_s, u"--slides"_s, out}
            << u"random-bytes.json"_s;
        QTest::addRow("unknown service")
            << QStringList{u"export"_s, data + u"unknown-service.json"_s, u"--pdf"_s, out}
            << u"unknown-service.json"_s;
        QTest::addRow("a folder") << QStringList{u"export"_s, u"resources"_s, u"--pdf"_s, out}
                                  << u"resources"_s;
        QTest::addRow("no output") << QStringList{u"export"_s, slide16} << u"--pdf"_s;
        QTest::addRow("no file") << QStringList{u"export"_s, u"--pdf"_s, out} << u"FILE"_s;
        QTest::addRow("unknown option")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, out, u"--colour"_s, u"red"_s} << u"--colour"_s;
        QTest::addRow("bad language")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, out, u"--lang"_s, u"fr"_s} << u"fr"_s;
        QTest::addRow("bad page size")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, out, u"--page-size"_s, u"A3"_s} << u"A3"_s;
        QTest::addRow("pdf without value") << QStringList{u"export"_s, slide16, u"--pdf"_s} << u"--pdf"_s;
        QTest::addRow("missing output folder")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, u"@DIR@/no/such/folder/out.pdf"_s}
            << u"does not exist"_s;
        QTest::addRow("output is a folder")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, u"@DIR@"_s} << u"folder"_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"out.pdf"_s);
        for (QString& a : arguments)
            a.replace(u"@OUT@"_s, out).replace(u"@DIR@"_s, dir.path());
        const Result r = app(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        // One message: a line, not a page of usage or a trace.
        QVERIFY2(r.err.trimmed().count(u'\n') == 0, qPrintable(describe(r)));
        // Nothing left behind: not the PDF, not a temporary file beside it.
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(QDir(dir.path()).entryList(QDir::Files).join(u", "_s)));
    }

    // A failed export leaves an existing file as it was; a good one replaces it whole and
    // leaves no temporary file.
    void neverHalfWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"report.pdf"_s);
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("previous");
        }
        const Result bad = app({u"export"_s, u"tests/data/scenarios/truncated.json"_s, u"--pdf"_s, out});
        QCOMPARE(bad.exitCode, 2);
        {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("previous"));
        }
        const Result good = app({u"export"_s, slide16, u"--pdf"_s, out});
        QVERIFY2(good.exitCode == 0, qPrintable(describe(good)));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.pdf"_s});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
