// `container-compare export`, run as a user runs it: the real binary through QProcess, then
// the PDF read back with poppler's pdfinfo, pdftotext and pdffonts (poppler-utils, installed
// by ./test.sh), so what is checked is what a reader of the file gets.
#include "../PriceListFixtures.h"
#include "Catalog.h"
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

#include <algorithm>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// dataHome, when given, is the run's XDG_DATA_HOME: the application data folder (imported
// price books) of that run, never the user's.
Result runProgram(const QString& program, const QStringList& arguments, const QString& dataHome = {})
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CC_SOURCE_DIR));
    if (!dataHome.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dataHome);
        process.setProcessEnvironment(env);
    }
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

Result app(const QStringList& arguments, const QString& dataHome = {})
{
    return runProgram(QStringLiteral(CC_APP_BINARY), arguments, dataHome);
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

// The PDF's text as laid out on the page (pdftotext -layout): a table row is one line, its
// cells in order; each line simplified.
QStringList pdfLines(const QString& pdf)
{
    const Result r = runProgram(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QStringList lines;
    for (const QString& line : r.out.split(u'\n'))
        lines << line.simplified();
    return lines;
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

// An option or a storage row as the report shows it: its name, its monthly figure and, for
// a currency other than USD, the USD figure beside it.
struct Row
{
    QString label;
    QString total;
    QString usd;
};

// The text from one heading to the next (empty if the first is missing).
QString section(const QString& text, const QString& from, const QString& to)
{
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(to, start + from.size());
    return text.mid(start, end < 0 ? -1 : end - start);
}

// Whether the parts occur in the text in this order.
bool inOrder(const QString& text, const QStringList& parts)
{
    qsizetype at = 0;
    for (const QString& part : parts) {
        at = text.indexOf(part, at);
        if (at < 0)
            return false;
        at += part.size();
    }
    return true;
}

// Where two options' monthly totals cross as the task count grows: at `from` tasks `before` is
// the cheaper (or as cheap), at `to` tasks `after` is; `cheapest` when the cheapest of all
// changes there.
struct Crossing
{
    QString before;
    QString after;
    int from = 0;
    int to = 0;
    bool cheapest = false;
};

QString tasks(int n)
{
    return n == 1 ? u"1 task"_s : u"%1 tasks"_s.arg(n);
}

// The sentence the report prints under the scaling chart and the slide puts in its headline,
// written out from the crossings found by hand: each change of the cheapest, then the other
// crossings (by name, up to three). Only this helper knows the wording.
QString breakEvenSentence(const QList<Crossing>& crossings, int maxTasks)
{
    if (crossings.isEmpty())
        return u"No two options cross from 1 to %1: the order stays the same."_s.arg(tasks(maxTasks));
    QStringList sentences;
    QList<Crossing> others;
    for (const Crossing& c : crossings) {
        if (c.cheapest)
            sentences << u"The cheapest changes between %1 and %2: from %2 on, %3 is cheaper than %4."_s.arg(
                QString::number(c.from), tasks(c.to), c.after, c.before);
        else
            others << c;
    }
    if (sentences.isEmpty())
        sentences << u"The cheapest option stays the same from 1 to %1."_s.arg(tasks(maxTasks));
    if (others.size() > 3)
        sentences << u"%1 other crossings between options, marked on the chart."_s.arg(others.size());
    else
        for (const Crossing& c : others)
            sentences << u"%1 becomes cheaper than %2 between %3 and %4."_s.arg(c.after, c.before, QString::number(c.from),
                                                                              tasks(c.to));
    return sentences.join(u' ');
}

// batch-and-lambda.json's crossings from 1 to 10 tasks (worked out in reportFiguresByHand_data),
// in the order of where the lines meet: Batch 44.9826 t = 70.0891104 at t = 1.56 and
// = 87.6089352 at t = 1.95; Spot 13.49478 t = 70.0891104 at t = 5.19 and = 87.6089352 at t = 6.49.
QList<Crossing> batchAndLambdaCrossings()
{
    const QString batch = u"Batch on Fargate (1 vCPU, 2 GB)"_s;
    const QString spot = u"Batch on Fargate Spot (1 vCPU, 2 GB)"_s;
    const QString arm = u"Lambda (arm64, 2 GB)"_s;
    const QString x86 = u"Lambda (x86_64, 2 GB)"_s;
    return {{batch, arm, 1, 2, false}, {batch, x86, 1, 2, false}, {spot, arm, 5, 6, true}, {spot, x86, 6, 7, false}};
}

// The table rows between two headings of the laid-out text, in this order: each row a line that
// starts with `prefix` (the rank, if any) and the row's name, and holds its figures.
bool tableHasRows(const QStringList& lines, const QString& from, const QString& to, const QList<Row>& rows,
                  bool ranked = false)
{
    qsizetype at = lines.indexOf(from);
    const qsizetype end = at < 0 ? -1 : lines.indexOf(to, at + 1);
    if (at < 0 || end < 0) {
        qWarning("no lines from \"%s\" to \"%s\"", qPrintable(from), qPrintable(to));
        return false;
    }
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const QString start = (ranked ? QString::number(i + 1) + u' ' : QString()) + row.label + u' ';
        qsizetype line = at + 1;
        while (line < end && !lines.at(line).startsWith(start))
            ++line;
        if (line >= end) {
            qWarning("no row \"%s…\" (in order) from \"%s\" to \"%s\":\n%s", qPrintable(start), qPrintable(from),
                     qPrintable(to), qPrintable(lines.mid(at, end - at).join(u'\n')));
            return false;
        }
        // The figures follow the name (and the cells between) on the row's line.
        const QString cells = lines.at(line).mid(start.size());
        QStringList figures = {row.total, row.usd};
        figures.removeAll(QString());
        if (!inOrder(cells, figures)) {
            qWarning("%s: %s not in \"%s\"", qPrintable(row.label), qPrintable(figures.join(u' ')),
                     qPrintable(lines.at(line)));
            return false;
        }
        at = line;
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(QList<Row>)

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Without poppler nothing here can be checked: that is a failure, not a pass.
        for (const char* tool : {"pdfinfo", "pdftotext", "pdffonts"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(u"%1 is not installed: install poppler-utils (./test.sh does)"_s.arg(
                         QString::fromLatin1(tool))));
        QVERIFY(m_dir.isValid());
    }

    // Every total, the cheapest, the ranking, the break-even sentence and every storage row of
    // the report, read back from the PDF and written out here from the published rates.
    void reportFiguresByHand_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QList<Row>>("ranking");     // cheapest first
        QTest::addColumn<QList<Row>>("storage");     // the storage table, in catalog order
        QTest::addColumn<QList<Row>>("security");    // the security table, in catalog order
        QTest::addColumn<QString>("breakEven"); // the sentence under the scaling chart

        // Slide 16 (the deck): Tokyo, 30.5 days × 24 h = 732 h, JPY at 155, truncated.
        //   EC2 c7i.large: 0.11235 USD/h × 732 h = 82.2402 USD × 155 = 12,747.231 → ¥12,747
        //   Fargate 2 vCPU / 4 GB: (2 × 0.05056 + 4 × 0.00553) × 732 = 90.21168 USD × 155
        //                          = 13,982.8104 → ¥13,982
        // Storage, 100 GB for 732/730 of a month (Tokyo GB-month rates):
        //   gp3 0.096 → 9.6263014 USD × 155 = 1,492.08 → ¥1,492      gp2 0.12 → 12.032877 → ¥1,865
        //   io2 0.142 → 14.238904 → ¥2,207                           EFS Standard 0.36 → 36.098630 → ¥5,595
        //   FSx ONTAP 0.30 → 30.082192 → 4,662.74 → ¥4,662           S3 Standard 0.025 → 2.5068493 → 388.56 → ¥388
        //   no Tokyo price: EFS One Zone, EFS IA, FSx OpenZFS, FSx Windows, FSx Lustre, S3 Standard-IA.
        // Security, for 1 task of 2 vCPU over 732/730 of a month: nothing scanned or pushed
        // costs nothing; WAF one web ACL 5.00 → 5.0136986 USD × 155 = 777.12 → ¥777; Shield
        // Advanced 3,000 → 3,008.2191781 USD × 155 = 466,273.97 → ¥466,273; no Tokyo price for
        // Inspector EC2, GuardDuty Runtime Monitoring or Network Firewall.
        // EC2 is cheaper at every task count (82.2402 n < 90.21168 n): no break-even.
        QTest::addRow("slide16") << slide16
                                 << QList<Row>{{u"EC2 (c7i.large)"_s, u"¥12,747"_s, u"$82.24"_s},
                                               {u"Fargate"_s, u"¥13,982"_s, u"$90.21"_s}}
                                 << QList<Row>{{u"Amazon EBS gp3 (General Purpose SSD)"_s, u"¥1,492"_s, u"$9.63"_s},
                                               {u"Amazon EBS gp2 (previous General Purpose SSD)"_s, u"¥1,865"_s, u"$12.03"_s},
                                               {u"Amazon EBS io2 (Provisioned IOPS SSD)"_s, u"¥2,207"_s, u"$14.24"_s},
                                               {u"Amazon EFS Standard (Regional, Multi-AZ)"_s, u"¥5,595"_s, u"$36.10"_s},
                                               {u"Amazon EFS One Zone"_s, u"unknown"_s, {}},
                                               {u"Amazon EFS Infrequent Access"_s, u"unknown"_s, {}},
                                               {u"Amazon FSx for NetApp ONTAP"_s, u"¥4,662"_s, u"$30.08"_s},
                                               {u"Amazon FSx for OpenZFS"_s, u"unknown"_s, {}},
                                               {u"Amazon FSx for Windows File Server"_s, u"unknown"_s, {}},
                                               {u"Amazon FSx for Lustre"_s, u"unknown"_s, {}},
                                               {u"Amazon S3 Standard"_s, u"¥388"_s, u"$2.51"_s},
                                               {u"Amazon S3 Standard-Infrequent Access"_s, u"unknown"_s, {}}}
                                 << QList<Row>{{u"ECR basic scan"_s, u"¥0"_s, u"$0.00"_s},
                                               {u"Inspector (ECR)"_s, u"¥0"_s, u"$0.00"_s},
                                               {u"Inspector (EC2)"_s, u"unknown"_s, {}},
                                               {u"GuardDuty Runtime"_s, u"unknown"_s, {}},
                                               {u"GuardDuty Malware"_s, u"¥0"_s, u"$0.00"_s},
                                               {u"WAF"_s, u"¥777"_s, u"$5.01"_s},
                                               {u"Shield Standard"_s, u"¥0"_s, u"$0.00"_s},
                                               {u"Shield Advanced"_s, u"¥466,273"_s, u"$3,008.22"_s},
                                               {u"Network Firewall"_s, u"unknown"_s, {}}}
                                 << breakEvenSentence({}, 10);

        // Short jobs (Tokyo, 730 h, USD to the cent):
        //   Batch on Fargate Spot, 1 vCPU / 2 GB: 730 × (0.05056 + 2 × 0.00553) × (1 − 0.70)
        //                                         = 44.9826 × 0.3 = 13.49478 USD → $13.49
        //   Batch on Fargate: 44.9826 USD → $44.98
        //   Lambda arm64: 43,800 × 60 s × 2 GB = 5,256,000 GB-s × 0.0000133334 + 43,800 × 0.0000002
        //                 = 70.0803504 + 0.00876 = 70.0891104 USD → $70.09
        //   Lambda x86_64: 5,256,000 × 0.0000166667 + 0.00876 = 87.6089352 USD → $87.61
        // Storage, 100 GB for one month: gp3 $9.60, gp2 $12.00, io2 $14.20, EFS $36.00,
        // ONTAP $30.00, S3 $2.50.
        // Lambda's cost does not grow with the task count, Batch's does (n tasks cost n times
        // one), so each Batch line crosses each Lambda line once:
        //   Batch 44.9826 n: below Lambda arm64's 70.0891104 at 1, above at 2 (89.97); below
        //   Lambda x86_64's 87.6089352 at 1, above at 2.
        //   Spot 13.49478 n: below arm64 at 5 (67.47), above at 6 (80.97) — there the cheapest
        //   changes; below x86_64 at 6 (80.97), above at 7 (94.46).
        // Batch and Spot never cross (Spot is 0.3 times Batch), nor do the two Lambdas.
        QTest::addRow("batch-and-lambda")
            << u"resources/scenarios/batch-and-lambda.json"_s
            << QList<Row>{{u"Batch on Fargate Spot (1 vCPU, 2 GB)"_s, u"$13.49"_s, {}},
                          {u"Batch on Fargate (1 vCPU, 2 GB)"_s, u"$44.98"_s, {}},
                          {u"Lambda (arm64, 2 GB)"_s, u"$70.09"_s, {}},
                          {u"Lambda (x86_64, 2 GB)"_s, u"$87.61"_s, {}}}
            << QList<Row>{{u"Amazon EBS gp3 (General Purpose SSD)"_s, u"$9.60"_s, {}},
                          {u"Amazon EBS gp2 (previous General Purpose SSD)"_s, u"$12.00"_s, {}},
                          {u"Amazon EBS io2 (Provisioned IOPS SSD)"_s, u"$14.20"_s, {}},
                          {u"Amazon EFS Standard (Regional, Multi-AZ)"_s, u"$36.00"_s, {}},
                          {u"Amazon EFS One Zone"_s, u"unknown"_s, {}},
                          {u"Amazon EFS Infrequent Access"_s, u"unknown"_s, {}},
                          {u"Amazon FSx for NetApp ONTAP"_s, u"$30.00"_s, {}},
                          {u"Amazon FSx for OpenZFS"_s, u"unknown"_s, {}},
                          {u"Amazon FSx for Windows File Server"_s, u"unknown"_s, {}},
                          {u"Amazon FSx for Lustre"_s, u"unknown"_s, {}},
                          {u"Amazon S3 Standard"_s, u"$2.50"_s, {}},
                          {u"Amazon S3 Standard-Infrequent Access"_s, u"unknown"_s, {}}}
            // Security: the services that apply to a compared option, as the window's Security
            // panel lists them. Inspector (EC2) and GuardDuty Malware scan EC2 hosts only
            // (security.json: appliesTo ["ec2"]); Batch here runs on Fargate and Lambda on its
            // own, so neither is listed.
            << QList<Row>{{u"ECR basic scan"_s, u"$0.00"_s, {}},
                          {u"Inspector (ECR)"_s, u"$0.00"_s, {}},
                          {u"GuardDuty Runtime"_s, u"unknown"_s, {}},
                          {u"WAF"_s, u"$5.00"_s, {}},
                          {u"Shield Standard"_s, u"$0.00"_s, {}},
                          {u"Shield Advanced"_s, u"$3,000.00"_s, {}},
                          {u"Network Firewall"_s, u"unknown"_s, {}}}
            << breakEvenSentence(batchAndLambdaCrossings(), 10);
    }

    void reportFiguresByHand()
    {
        QFETCH(QString, scenario);
        QFETCH(QList<Row>, ranking);
        QFETCH(QList<Row>, storage);
        QFETCH(QList<Row>, security);
        QFETCH(QString, breakEven);
        const QString pdf = m_dir.filePath(QFileInfo(scenario).completeBaseName() + u"-figures.pdf"_s);
        const Result r = app({u"export"_s, scenario, u"--pdf"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        const QString text = pdfText(pdf);

        // The cover names the cheapest with its total (and USD beside yen), as the status bar
        // and the slides word it.
        const Row& cheapest = ranking.first();
        const QString cheapestLabel = QString(cheapest.label).remove(u" ★"_s);
        const QString amount = cheapest.usd.isEmpty() ? cheapest.total : cheapest.total + u" ("_s + cheapest.usd + u")"_s;
        QVERIFY2(text.contains(u"Cheapest %1 — %2 a month"_s.arg(cheapestLabel, amount)), qPrintable(text.left(1500)));
        // The summary ranks them cheapest first, each with its total (and USD beside yen); the
        // star marks the cheapest only.
        const QStringList lines = pdfLines(pdf);
        QList<Row> ranked = ranking;
        ranked.first().label += u" ★"_s;
        QVERIFY(tableHasRows(lines, u"Summary: every option, cheapest first"_s, u"Charts"_s, ranked, true));
        const QString summary = section(text, u"Summary: every option, cheapest first"_s, u"Charts"_s);
        QCOMPARE(summary.count(u"★"_s), 2); // the cheapest's mark and the legend under the table
        // Each option's breakdown is headed by its total.
        for (const Row& row : ranking)
            QVERIFY2(text.contains(row.label + u" — "_s + row.total),
                     qPrintable(u"no heading \"%1 — %2\""_s.arg(row.label, row.total)));
        // The sentence under the scaling chart.
        const QString charts = section(text, u"Charts"_s, u"Breakdown by option"_s);
        QVERIFY2(charts.contains(breakEven), qPrintable(u"not in the report: "_s + breakEven + u"\n" + charts));
        // Every row of the storage and security tables, in order, each with its monthly figure.
        QVERIFY(tableHasRows(lines, u"Storage side by side"_s, u"Security side by side"_s, storage));
        QVERIFY(tableHasRows(lines, u"Security side by side"_s, u"Assumptions"_s, security));
        // …and no row of a service that applies to none of the options.
        const QString securityText = section(text, u"Security side by side"_s, u"Assumptions"_s);
        for (const QString& name : {u"Inspector (EC2)"_s, u"GuardDuty Malware"_s, u"Network Firewall"_s}) {
            const bool listed = std::any_of(security.cbegin(), security.cend(), [&](const Row& r) { return r.label == name; });
            QVERIFY2(securityText.contains(name) == listed, qPrintable(name + u": "_s + securityText));
        }
    }

    // deck-default (Tokyo, 730 h, JPY at 155 truncated; EBS gp3, EFS and S3 100 GB each,
    // Inspector for 20 images): what can run the workload is ranked, what cannot is listed after
    // it with its reason and never called cheapest.
    //   Beanstalk c7i.large  730 × 0.11235 = 82.0155 + 9.60 + 36 + 2.50 + 20 × 0.11 = 132.3155
    //                        × 155 = 20,508.9 → ¥20,508
    //   ECS on Fargate       730 × (2 × 0.05056 + 4 × 0.00553) = 89.9652 + 50.30 = 140.2652 → ¥21,741
    //   ECS on c7i.xlarge    (c7i.large registers 3,992.5 of the task's 4,096 MiB) 730 × 0.2247
    //                        = 164.031 + 50.30 = 214.331 → ¥33,221
    //   EKS on c7i.xlarge    164.031 + 73 cluster + 50.30 = 287.331 → ¥44,536 (the fee an estimate)
    //   cannot run: Lightsail 80 + S3 2.50 = 82.50 → ¥12,787; App Runner 730 × (2 × 0.081 + 4 ×
    //   0.009) = 144.54 + 2.50 + 2.20 = 149.24 → ¥23,132; EKS on Fargate (no EBS) 730 × (2 ×
    //   0.05056 + 5 × 0.00553) = 94.0021 + 73 + 36 + 2.50 + 2.20 = 207.7021 → ¥32,193.
    // Only App Runner (144.54 n + 4.70) and EKS on Fargate (94.0021 n + 113.70) cross: App
    // Runner is cheaper at 2 tasks (293.78 < 301.7042), EKS on Fargate at 3 (395.7063 < 438.32).
    void deckDefaultFiguresByHand()
    {
        const QString pdf = m_dir.filePath(u"deck-default-figures.pdf"_s);
        const Result r = app({u"export"_s, deckDefault, u"--pdf"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Cheapest Beanstalk on EC2 (c7i.large) — ¥20,508 ($132.32) a month"_s), qPrintable(text.left(1500)));
        const QStringList lines = pdfLines(pdf);
        const QList<Row> ranked = {{u"Beanstalk on EC2 (c7i.large) ★"_s, u"¥20,508"_s, u"$132.32"_s},
                                   {u"ECS on Fargate"_s, u"¥21,741"_s, u"$140.27"_s},
                                   {u"ECS on EC2 (c7i.xlarge)"_s, u"¥33,221"_s, u"$214.33"_s},
                                   {u"EKS on EC2 (c7i.xlarge)"_s, u"¥44,536"_s, u"$287.33"_s}};
        QVERIFY(tableHasRows(lines, u"Summary: every option, cheapest first"_s, u"Charts"_s, ranked, true));
        const QList<Row> headings = {{u"Beanstalk on EC2 (c7i.large)"_s, u"¥20,508"_s, {}},
                                     {u"ECS on Fargate"_s, u"¥21,741"_s, {}},
                                     {u"ECS on EC2 (c7i.xlarge)"_s, u"¥33,221"_s, {}},
                                     {u"EKS on EC2 (c7i.xlarge)"_s, u"¥44,536"_s, {}},
                                     {u"Lightsail (cannot run this workload)"_s, u"¥12,787"_s, {}},
                                     {u"App Runner (cannot run this workload)"_s, u"¥23,132"_s, {}},
                                     {u"EKS on Fargate (cannot run this workload)"_s, u"¥32,193"_s, {}}};
        for (const Row& row : headings)
            QVERIFY2(text.contains(row.label + u" — "_s + row.total),
                     qPrintable(u"no heading \"%1 — %2\""_s.arg(row.label, row.total)));
        // Lightsail's reason stands in the summary beside it.
        const QString summary = section(text, u"Summary: every option, cheapest first"_s, u"Charts"_s);
        QVERIFY(summary.contains(u"cannot be mounted from"_s));
        QCOMPARE(summary.count(u"★"_s), 2);
        const QString charts = section(text, u"Charts"_s, u"Breakdown by option"_s);
        const QString sentence = u"The cheapest option stays the same from 1 to 10 tasks. EKS on Fargate becomes "
                                 u"cheaper than App Runner between 2 and 3 tasks."_s;
        QVERIFY2(charts.simplified().contains(sentence), qPrintable(charts));
        // The scenario's storage, 100 GB each for a 730-hour month: gp3 9.60 USD → ¥1,488,
        // EFS Standard 36.00 → ¥5,580, S3 Standard 2.50 → ¥387.
        const QList<Row> storage = {{u"Amazon EBS gp3 (General Purpose SSD)"_s, u"¥1,488"_s, u"$9.60"_s},
                                    {u"Amazon EFS Standard (Regional, Multi-AZ)"_s, u"¥5,580"_s, u"$36.00"_s},
                                    {u"Amazon S3 Standard"_s, u"¥387"_s, u"$2.50"_s}};
        QVERIFY(tableHasRows(lines, u"Storage side by side"_s, u"Security side by side"_s, storage));
        // Where each storage mounts from, by the runtimes' short names (EBS gp3: ec2 and fargate
        // in the catalog, "EC2" and "Fargate"), never by their ids.
        const QString storageTable = section(text, u"Storage side by side"_s, u"Security side by side"_s).simplified();
        QVERIFY2(storageTable.contains(u"block no EC2, Fargate ¥1,488"_s), qPrintable(storageTable));
        QVERIFY2(!storageTable.contains(u"ec2, fargate"_s), qPrintable(storageTable));
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

    // The deck as a 16:9 PDF: ten slides, each option's total on the cost slides.
    void slides()
    {
        const QString pdf = m_dir.filePath(u"slides.pdf"_s);
        const Result r = app({u"export"_s, slide16, u"--slides"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, 10);
        QVERIFY2(qAbs(info.width / info.height - 16.0 / 9.0) < 0.01,
                 qPrintable(u"%1 × %2"_s.arg(info.width).arg(info.height)));
        const QString text = pdfText(pdf);
        for (const QString& s : {u"EC2 (c7i.large)"_s, u"Fargate"_s, u"¥12,747"_s, u"¥13,982"_s,
                                 u"Monthly cost, side by side"_s})
            QVERIFY2(text.contains(s), qPrintable(s));
        // The slide numbers; pdftotext reads the narrow gaps around the slash as no space.
        QString compact = text;
        compact.remove(u' ');
        for (int slide = 1; slide <= 10; ++slide)
            QVERIFY2(compact.contains(u"%1/10"_s.arg(slide)), qPrintable(QString::number(slide)));

        // The scaling slide: c7i.large stays the cheaper at every count (82.2402 n < 90.21168 n).
        QVERIFY2(text.contains(breakEvenSentence({}, 10)), qPrintable(text));

        const QString ja = m_dir.filePath(u"slides-ja.pdf"_s);
        const Result rj = app({u"export"_s, slide16, u"--slides"_s, ja, u"--lang=ja"_s});
        QVERIFY2(rj.exitCode == 0, qPrintable(describe(rj)));
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(pdfText(ja).contains(tokyo->regionName.ja));
    }

    // The slides of a scenario whose cheapest changes with the task count (figures as in
    // reportFiguresByHand): each total on the cost slide, and the scaling slide's headline
    // saying from how many tasks which option is the cheaper.
    void slidesWithABreakEven()
    {
        const QString pdf = m_dir.filePath(u"slides-batch.pdf"_s);
        const Result r = app({u"export"_s, u"resources/scenarios/batch-and-lambda.json"_s, u"--slides"_s, pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        for (const QString& s : {u"Batch on Fargate Spot (1 vCPU, 2 GB)"_s, u"$13.49"_s, u"$44.98"_s, u"$70.09"_s,
                                 u"$87.61"_s})
            QVERIFY2(text.contains(s), qPrintable(s + u" not in: "_s + text));
        QVERIFY2(text.contains(u"Cheapest: Batch on Fargate Spot (1 vCPU, 2 GB) — $13.49 a month"_s), qPrintable(text));
        // The headline is one line on the slide: it is cut ("…") after the first crossing's
        // names; the first change of the cheapest and its direction are there.
        const QString sentence = breakEvenSentence(batchAndLambdaCrossings(), 10);
        const QString shown = sentence.left(sentence.indexOf(u" is cheaper than"_s));
        QVERIFY2(text.contains(shown), qPrintable(u"not on the slides: "_s + shown + u"\n" + text));
    }

    // The Regions section and slide, with a region imported from AWS Price List offer files
    // (Osaka, written here) beside the two shipped books. The scenario: Tokyo, 720 h, USD, one
    // task of 2 vCPU / 4 GiB, Linux x86, 20 GB ephemeral (included). Every option is priced in
    // each region with that region's book:
    //   ECS on Fargate   Tokyo     720 × (2 × 0.05056 + 4 × 0.00553) = 720 × 0.12324 = 88.7328
    //                    Osaka     720 × (2 × 0.04 + 4 × 0.004)     = 720 × 0.096   = 69.12
    //                    N. Va.    720 × (2 × 0.04048 + 4 × 0.004445) = 720 × 0.09874 = 71.0928
    //   EKS on Fargate   (4 GiB + the 256 MiB EKS keeps → the 5 GB task size) plus the cluster
    //                    Tokyo     720 × (0.10112 + 5 × 0.00553) = 92.7144 + 720 × 0.10 = 164.7144
    //                    N. Va.    720 × (0.08096 + 5 × 0.004445) = 74.2932 + 72 = 146.2932
    //                    Osaka     unknown: the imported book has no EKS cluster price
    //   ECS on c7i.xlarge Tokyo    720 × 0.2247 = 161.784;  N. Va. 720 × 0.1785 = 128.52
    //                    Osaka     not available: the book has no instance types
    // Cheapest: ECS on Fargate in Osaka; EKS on Fargate and ECS on EC2 in N. Virginia. Rows by
    // their lowest total: Osaka 69.12, N. Virginia 71.09, Tokyo 88.73.
    void regionsByHand()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString version = u"20261001000000"_s;
        const QString ecs = m_dir.filePath(u"osaka-ecs.json"_s);
        {
            QFile f(ecs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fixtures::offerFile(u"AmazonECS"_s, u"ap-northeast-3"_s, u"Asia Pacific (Osaka)"_s, version,
                                        {{u"Fargate-vCPU-Hours:perCPU"_s, u"0.0400000000"_s},
                                         {u"Fargate-GB-Hours"_s, u"0.0040000000"_s}}));
        }
        Result r = app({u"prices"_s, u"import"_s, ecs}, data.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));

        const QString scenario = m_dir.filePath(u"regions.json"_s);
        {
            QFile f(scenario);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema": "container-compare/scenario", "version": 1, "title": "Every region",
                "region": "ap-northeast-1", "period": {"hours": 720},
                "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4, "arch": "x86_64", "os": "linux"},
                "options": [{"id": "fg", "service": "ecs", "runtime": "fargate", "label": "ECS on Fargate"},
                            {"id": "eks", "service": "eks", "runtime": "fargate", "label": "EKS on Fargate"},
                            {"id": "ec2", "service": "ecs", "runtime": "ec2", "instanceType": "c7i.xlarge",
                             "label": "ECS on c7i.xlarge"}],
                "storage": [], "security": []})");
        }
        const QString pdf = m_dir.filePath(u"regions.pdf"_s);
        r = app({u"export"_s, scenario, u"--pdf"_s, pdf}, data.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        const QString regions = section(text, u"Regions"_s, u"Breakdown by option"_s);
        QVERIFY2(regions.contains(u"Cheapest anywhere: ECS on Fargate in Asia Pacific (Osaka) (ap-northeast-3), $69.12 a month."_s),
                 qPrintable(regions));
        // One line a region, cheapest first: its code, then each option's total in the
        // scenario's order; ★ the option's cheapest region; never 0 for what has no price.
        const QStringList lines = pdfLines(pdf);
        const qsizetype from = lines.indexOf(u"Regions"_s);
        const qsizetype to = lines.indexOf(u"Breakdown by option"_s, from);
        QVERIFY2(from >= 0 && to > from, qPrintable(lines.join(u'\n')));
        const QStringList table = lines.mid(from, to - from);
        const QStringList expected = {u"ap-northeast-3 $69.12 ★ unknown not available"_s,
                                      u"us-east-1 $71.09 $146.29 ★ $128.52 ★"_s,
                                      u"ap-northeast-1 $88.73 $164.71 $161.78"_s};
        qsizetype at = 0;
        for (const QString& row : expected) {
            const qsizetype found = table.indexOf(row, at);
            QVERIFY2(found >= 0, qPrintable(u"no row \"%1\" (in order) in:\n%2"_s.arg(row, table.join(u'\n'))));
            at = found + 1;
        }
        QVERIFY(!regions.contains(u"$0.00"_s));
        // What each region's book is: the imported one names its offer file's version and date.
        QVERIFY2(regions.contains(u"ap-northeast-3: prices as of 2026-10-01; AWS Price List offer files: AmazonECS version "
                                  u"20261001000000, published 2026-10-01T00:00:00Z"_s),
                 qPrintable(regions));

        // The deck's Regions slide: the same figures, the same marks.
        const QString slides = m_dir.filePath(u"regions-slides.pdf"_s);
        r = app({u"export"_s, scenario, u"--slides"_s, slides}, data.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString deck = pdfText(slides);
        QVERIFY2(deck.contains(u"This workload in every region with prices"_s), qPrintable(deck));
        QVERIFY2(deck.contains(u"Cheapest anywhere: ECS on Fargate in Asia Pacific (Osaka) — $69.12 a month"_s), qPrintable(deck));
        QVERIFY2(inOrder(deck, {u"Asia Pacific (Osaka)"_s, u"$69.12 ★"_s, u"unknown"_s, u"not available"_s}), qPrintable(deck));
        QVERIFY2(inOrder(deck, {u"$146.29 ★"_s, u"$128.52 ★"_s}), qPrintable(deck));
    }

    // A report priced with imported prices cites, for each, the offer file it came from: its
    // version and publication date, beside the price and in the sources. The scenario is in
    // Osaka, whose only book is the one imported here (ECS on Fargate: 730 × (2 × 0.04 + 4 ×
    // 0.004) = 730 × 0.096 = 70.08 USD).
    void importedPricesCiteTheirOfferFile()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString ecs = m_dir.filePath(u"osaka-ecs-2.json"_s);
        {
            QFile f(ecs);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fixtures::offerFile(u"AmazonECS"_s, u"ap-northeast-3"_s, u"Asia Pacific (Osaka)"_s, u"20261115093000"_s,
                                        {{u"Fargate-vCPU-Hours:perCPU"_s, u"0.0400000000"_s},
                                         {u"Fargate-GB-Hours"_s, u"0.0040000000"_s}}));
        }
        Result r = app({u"prices"_s, u"import"_s, ecs}, data.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString scenario = m_dir.filePath(u"osaka.json"_s);
        {
            QFile f(scenario);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"schema": "container-compare/scenario", "version": 1, "title": "Osaka",
                "region": "ap-northeast-3", "period": {"hours": 730},
                "workload": {"tasks": 1, "vcpu": 2, "memoryGiB": 4, "arch": "x86_64", "os": "linux"},
                "options": [{"id": "fg", "service": "ecs", "runtime": "fargate", "label": "ECS on Fargate"}],
                "storage": [], "security": []})");
        }
        const QString pdf = m_dir.filePath(u"osaka.pdf"_s);
        r = app({u"export"_s, scenario, u"--pdf"_s, pdf}, data.path());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Cheapest ECS on Fargate — $70.08 a month"_s), qPrintable(text.left(1500)));
        const QString sources = text.mid(text.indexOf(u"Price sources"_s));
        // The fixture's publication date is the version's day at midnight UTC.
        QVERIFY2(sources.contains(u"AmazonECS-20261115093000"_s), qPrintable(sources));
        QVERIFY2(sources.contains(u"AWS Price List offer file version 20261115093000, published 2026-11-15T00:00:00Z, file "
                                  u"osaka-ecs-2.json"_s),
                 qPrintable(sources));
        // Both prices behind the figure, each with its offer file's version and date.
        const QString behind = text.mid(text.indexOf(u"Prices behind the figures"_s));
        QCOMPARE(behind.count(u"version 20261115093000"_s), 2);
        QCOMPARE(behind.count(u"published 2026-11-15T00:00:00Z"_s), 2);
        const QStringList lines = pdfLines(pdf);
        const qsizetype at = lines.indexOf(u"Prices behind the figures"_s);
        QVERIFY(at >= 0);
        // gb-hour (0.004 USD) then vcpu-hour (0.04 USD), the book's order, each with its file's id.
        QVERIFY2(inOrder(lines.mid(at).join(u'\n'), {u"fargate.linux-x86.gb-hour 0.004 USD/GB-hour AmazonECS-20261115093000"_s,
                                                      u"version 20261115093000"_s, u"published 2026-11-15T00:00:00Z"_s,
                                                      u"fargate.linux-x86.vcpu-hour 0.04 USD/vCPU-hour AmazonECS-20261115093000"_s,
                                                      u"version 20261115093000"_s, u"published 2026-11-15T00:00:00Z"_s}),
                 qPrintable(lines.mid(at).join(u'\n')));
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
        // With --lang ja the messages are Japanese, the scenario's load errors among them.
        QTest::addRow("ja: no output") << QStringList{u"export"_s, slide16, u"--lang"_s, u"ja"_s}
                                       << u"書き出すものを指定してください"_s;
        QTest::addRow("ja: no file") << QStringList{u"export"_s, u"--pdf"_s, out, u"--lang"_s, u"ja"_s}
                                     << u"シナリオファイル (FILE) が必要です"_s;
        QTest::addRow("ja: same file")
            << QStringList{u"export"_s, slide16, u"--pdf"_s, out, u"--slides"_s, out, u"--lang"_s, u"ja"_s}
            << u"同じファイルが指定されています"_s;
        QTest::addRow("ja: truncated")
            << QStringList{u"export"_s, data + u"truncated.json"_s, u"--pdf"_s, out, u"--lang"_s, u"ja"_s}
            << u"構文エラーがあります"_s;
        QTest::addRow("ja: empty file")
            << QStringList{u"export"_s, data + u"empty.json"_s, u"--pdf"_s, out, u"--lang"_s, u"ja"_s}
            << u"ファイルが空です"_s;
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
