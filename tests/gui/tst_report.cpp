// The PDF report: paper sizes and page counts (read back with poppler's pdfinfo), the sections
// a handout needs, charts as vectors, the same pages through a printer, atomic writes, and
// text that a search finds in both languages.
#include "Catalog.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "PdfFile.h"
#include "PriceBook.h"
#include "ReportData.h"
#include "ReportPdfText.h"
#include "ReportWriter.h"
#include "ScenarioDocument.h"
#include "SlideRenderer.h"

#include <QAction>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

Scenario scenario(const QString& name)
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/") + name, &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

QString runTool(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct PdfInfo
{
    int pages = 0;
    double width = 0;
    double height = 0;
};

PdfInfo pdfInfo(const QString& pdf)
{
    const QString out = runTool(u"pdfinfo"_s, {pdf});
    PdfInfo info;
    const auto pages =
        QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(out);
    const auto size =
        QRegularExpression(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s, QRegularExpression::MultilineOption)
            .match(out);
    if (pages.hasMatch())
        info.pages = pages.captured(1).toInt();
    if (size.hasMatch()) {
        info.width = size.captured(1).toDouble();
        info.height = size.captured(2).toDouble();
    }
    return info;
}

QString pdfText(const QString& pdf)
{
    return runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).simplified();
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

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Without poppler nothing here can be checked: that is a failure, not a pass.
        for (const char* tool : {"pdfinfo", "pdftotext", "pdfimages"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(u"%1 is not installed: install poppler-utils (./test.sh does)"_s.arg(
                         QString::fromLatin1(tool))));
        QVERIFY(m_dir.isValid());
    }

    void paper_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("height");
        // A4 210 × 297 mm = 595.28 × 841.89 pt; Letter 8.5 × 11 in = 612 × 792 pt.
        QTest::addRow("A4 portrait") << int(QPageSize::A4) << false << 595.28 << 841.89;
        QTest::addRow("A4 landscape") << int(QPageSize::A4) << true << 841.89 << 595.28;
        QTest::addRow("Letter portrait") << int(QPageSize::Letter) << false << 612.0 << 792.0;
        QTest::addRow("Letter landscape") << int(QPageSize::Letter) << true << 792.0 << 612.0;
    }

    // The paper asked for; the writer's page count is the file's, and every page says
    // "Page X of Y" with that count.
    void paper()
    {
        QFETCH(int, size);
        QFETCH(bool, landscape);
        QFETCH(double, width);
        QFETCH(double, height);
        const ReportData data(scenario(u"deck-default.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                              Language::English);
        ReportPage page;
        page.size = QPageSize::PageSizeId(size);
        page.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        ReportWriter writer(data, page);
        const QString pdf =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".pdf"_s);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));
        const PdfInfo info = pdfInfo(pdf);
        QVERIFY2(qAbs(info.width - width) < 1 && qAbs(info.height - height) < 1,
                 qPrintable(u"%1 × %2 pt"_s.arg(info.width).arg(info.height)));
        QCOMPARE(info.pages, writer.pageCount());
        QVERIFY(info.pages >= 6);
        const QString text = pdfText(pdf);
        for (int p = 1; p <= info.pages; ++p)
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(p).arg(info.pages)),
                     qPrintable(QString::number(p)));
        // The header repeats the title on every page after the cover.
        QCOMPARE(int(text.count(u"The deck's platforms side by side (Tokyo)"_s)) >= info.pages, true);
    }

    // Cover, summary, charts, breakdown per option, matrix, storage, security, assumptions,
    // sources: in this order, and the charts drawn as vectors — no picture in the file.
    void sectionsAndVectorCharts()
    {
        const Scenario s = scenario(u"slide16.json"_s);
        const ReportData data(s, Catalog::builtin(), PriceBooks::builtin(), Language::English);
        ReportWriter writer(data);
        const QString pdf = m_dir.filePath(u"sections.pdf"_s);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));

        const QString plain = writer.plainText();
        qsizetype at = 0;
        for (const QString& heading :
             {u"Slide 16: EC2 vs Fargate (Tokyo)"_s, u"Summary: every option, cheapest first"_s, u"Charts"_s,
              u"Breakdown by option"_s, u"Capability matrix"_s, u"Why these scores"_s,
              u"Storage side by side"_s, u"Security side by side"_s, u"Assumptions"_s, u"Price sources"_s,
              u"Prices behind the figures"_s}) {
            const qsizetype next = plain.indexOf(heading, at);
            QVERIFY2(next >= at, qPrintable(u"missing or out of order: "_s + heading));
            at = next;
        }
        // A breakdown table for each option, headed by its total, with its line items: the
        // deck's 0.11235 USD/h × 732 h = 82.2402 USD × 155 = 12,747.231 → ¥12,747 and
        // (2 × 0.05056 + 4 × 0.00553) × 732 = 90.21168 USD × 155 = 13,982.8104 → ¥13,982.
        QVERIFY(plain.contains(u"EC2 (c7i.large) — ¥12,747"_s));
        QVERIFY(plain.contains(u"Fargate — ¥13,982"_s));
        QVERIFY(!plain.contains(u"¥13,983"_s)); // truncated, never rounded
        for (const OptionResult& o : data.comparison().options)
            for (const LineItem& item : o.lineItems)
                QVERIFY2(plain.contains(item.label), qPrintable(item.label));
        // The assumptions name the period, the rate and Fargate's rounding rule.
        QVERIFY(plain.contains(u"A month is 30.5 days of 24 hours: 732 hours of running."_s));
        QVERIFY(plain.contains(u"1 USD = 155 JPY"_s));
        QVERIFY(plain.contains(u"Fargate bills only its documented CPU and memory pairs"_s));

        // Text in the charts is text in the PDF; and the file holds no bitmap at all.
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Monthly cost, side by side"_s));
        QVERIFY(text.contains(u"Tasks running all month"_s));
        const QString images = runTool(u"pdfimages"_s, {u"-list"_s, pdf});
        const QStringList rows = images.trimmed().split(u'\n');
        QCOMPARE(rows.size(), 2); // the header and its rule: no image rows
    }

    // The scenario's own storage and the side-by-side table at its size, every row with its
    // figure: slide 16 with 200 GB of EBS gp3 and 50 GB of EFS Standard, 732 h = 732/730 of a
    // month, yen at 155 truncated.
    //   gp3 200 × 0.096 × 732/730 = 19.2526027 USD × 155 = 2,984.15 → ¥2,984
    //   EFS 50 × 0.36 × 732/730 = 18.0493151 USD × 155 = 2,797.64 → ¥2,797
    // Side by side at 200 GB: gp2 200 × 0.12 → 24.0657534 → ¥3,730; io2 200 × 0.142 →
    // 28.4778082 → ¥4,414; EFS Standard 200 × 0.36 → 72.1972603 → ¥11,190; FSx ONTAP 200 × 0.30
    // → 60.1643836 → 9,325.48 → ¥9,325; S3 Standard 200 × 0.025 → 5.0136986 → 777.12 → ¥777;
    // the six without a Tokyo price: unknown.
    // The totals gain both: EC2 82.2402 + 19.2526027 + 18.0493151 = 119.5421178 USD × 155
    // = 18,529.03 → ¥18,529; Fargate 90.21168 + 37.3019178 = 127.5135978 USD × 155
    // = 19,764.61 → ¥19,764.
    void storageRows()
    {
        Scenario s = scenario(u"slide16.json"_s);
        s.storage = {{u"disk"_s, u"ebs-gp3"_s, 200}, {u"shared"_s, u"efs-standard"_s, 50}};
        const ReportData data(s, Catalog::builtin(), PriceBooks::builtin(), Language::English);
        ReportWriter writer(data);
        QString error;
        QVERIFY2(writer.writePdf(m_dir.filePath(u"storage.pdf"_s), &error), qPrintable(error));
        const QString plain = writer.plainText().simplified();

        QVERIFY2(plain.contains(u"EC2 (c7i.large) — ¥18,529"_s), qPrintable(plain));
        QVERIFY2(plain.contains(u"Fargate — ¥19,764"_s), qPrintable(plain));

        const qsizetype sideBySide = plain.indexOf(u"Storage side by side"_s);
        const qsizetype own = plain.indexOf(u"Storage in this scenario"_s);
        const qsizetype security = plain.indexOf(u"Security side by side"_s);
        QVERIFY2(sideBySide >= 0 && own > sideBySide && security > own, qPrintable(plain));
        QVERIFY(plain.mid(sideBySide, own - sideBySide).contains(u"priced for 200 GB"_s));
        const QList<QPair<QString, QString>> rows = {
            {u"Amazon EBS gp3 (General Purpose SSD)"_s, u"¥2,984"_s},
            {u"Amazon EBS gp2 (previous General Purpose SSD)"_s, u"¥3,730"_s},
            {u"Amazon EBS io2 (Provisioned IOPS SSD)"_s, u"¥4,414"_s},
            {u"Amazon EFS Standard (Regional, Multi-AZ)"_s, u"¥11,190"_s},
            {u"Amazon EFS One Zone"_s, u"unknown"_s},
            {u"Amazon EFS Infrequent Access"_s, u"unknown"_s},
            {u"Amazon FSx for NetApp ONTAP"_s, u"¥9,325"_s},
            {u"Amazon FSx for OpenZFS"_s, u"unknown"_s},
            {u"Amazon FSx for Windows File Server"_s, u"unknown"_s},
            {u"Amazon FSx for Lustre"_s, u"unknown"_s},
            {u"Amazon S3 Standard"_s, u"¥777"_s},
            {u"Amazon S3 Standard-Infrequent Access"_s, u"unknown"_s},
        };
        qsizetype at = sideBySide;
        for (int i = 0; i < rows.size(); ++i) {
            at = plain.indexOf(rows.at(i).first, at);
            QVERIFY2(at >= 0 && at < own, qPrintable(u"missing or out of order: "_s + rows.at(i).first));
            const qsizetype next = i + 1 < rows.size() ? plain.indexOf(rows.at(i + 1).first, at + 1) : own;
            QVERIFY2(next > at, qPrintable(u"no row after "_s + rows.at(i).first));
            const QString row = plain.mid(at, next - at);
            QVERIFY2(row.contains(rows.at(i).second), qPrintable(row));
        }
        const QString mine = plain.mid(own, security - own);
        QVERIFY2(inOrder(mine, {u"Amazon EBS gp3 (General Purpose SSD): 200 GB × 0.096 USD/GB-month"_s, u"¥2,984"_s,
                                u"Amazon EFS Standard (Regional, Multi-AZ): 50 GB × 0.36 USD/GB-month"_s, u"¥2,797"_s}),
                 qPrintable(mine));
    }

    // EKS on Fargate beside slide 16's two options, read back from the PDF: the pod's 2 vCPU /
    // 4 GiB plus 256 MiB rounds up to the 2 vCPU / 5 GB size, (2 × 0.05056 + 5 × 0.00553) × 732
    // = 94.25964 USD, and the cluster costs 0.10 USD/h × 732 h = 73.20 USD: 167.45964 USD × 155
    // = 25,956.24 → ¥25,956 ($167.46). (Without the cluster fee it would be ¥14,610; one memory
    // size more, ¥26,583.)
    void eksOnFargate()
    {
        Scenario s = scenario(u"slide16.json"_s);
        Option eks;
        eks.id = u"eks"_s;
        eks.service = u"eks"_s;
        eks.runtime = u"fargate"_s;
        eks.label = u"EKS on Fargate"_s;
        s.options.append(eks);
        const ReportData data(s, Catalog::builtin(), PriceBooks::builtin(), Language::English);
        ReportWriter writer(data);
        const QString pdf = m_dir.filePath(u"eks.pdf"_s);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"EKS on Fargate — ¥25,956"_s), qPrintable(text));
        QVERIFY2(text.contains(u"$167.46"_s), qPrintable(text));
        // Still third: ¥12,747 and ¥13,982 are cheaper.
        QVERIFY2(inOrder(text, {u"Summary: every option, cheapest first"_s, u"EC2 (c7i.large)"_s, u"Fargate"_s,
                                u"EKS on Fargate"_s, u"Charts"_s}),
                 qPrintable(text));
    }

    void blocksStayOnTheirPage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("japanese");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        for (const QString& file : {u"deck-default.json"_s, u"slide16.json"_s, u"batch-and-lambda.json"_s,
                                     u"graviton.json"_s, u"tokyo-vs-virginia.json"_s})
            for (bool japanese : {false, true}) {
                const QString name = file.section(u'.', 0, 0) + (japanese ? u" ja"_s : u" en"_s);
                QTest::addRow("%s A4", qPrintable(name)) << file << japanese << int(QPageSize::A4) << false;
                QTest::addRow("%s A4 landscape", qPrintable(name)) << file << japanese << int(QPageSize::A4) << true;
                QTest::addRow("%s Letter", qPrintable(name)) << file << japanese << int(QPageSize::Letter) << false;
            }
    }

    // Page-fit and keep-with-next. In the layout: every line of text and every chart lies
    // inside one page's body (nothing runs under the footer or across a page break), and every
    // heading is on the page of the first line or table row it introduces. In the PDF, page by
    // page: each option's heading ("Batch on EC2 — ¥22,460") is on the page of its table's
    // header and first item.
    void blocksStayOnTheirPage()
    {
        QFETCH(QString, file);
        QFETCH(bool, japanese);
        QFETCH(int, size);
        QFETCH(bool, landscape);
        const ReportData data(scenario(file), Catalog::builtin(), PriceBooks::builtin(),
                              japanese ? Language::Japanese : Language::English);
        ReportPage page;
        page.size = QPageSize::PageSizeId(size);
        page.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        ReportWriter writer(data, page);
        const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".pdf"_s);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));

        const qreal body = writer.document()->pageSize().height();
        const QList<ReportWriter::Placement> lines = writer.placements();
        QVERIFY(lines.size() > 100);
        int charts = 0;
        for (const ReportWriter::Placement& p : lines) {
            const bool chart = p.text.contains(QChar::ObjectReplacementCharacter);
            charts += chart ? 1 : 0;
            // Line positions are rounded to 1/64 px: a pixel's leeway.
            QVERIFY2(p.rect.top() >= p.page * body - 1 && p.rect.bottom() <= (p.page + 1) * body + 1,
                     qPrintable(u"%1 \"%2\" runs from %3 to %4 px; page %5 ends at %6"_s
                                    .arg(chart ? u"A chart"_s : u"A line"_s, p.text.left(40))
                                    .arg(p.rect.top())
                                    .arg(p.rect.bottom())
                                    .arg(p.page + 1)
                                    .arg((p.page + 1) * body)));
        }
        QCOMPARE(charts, 4); // totals, breakdown, scaling, radar: each checked above
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).headingLevel == 0)
                continue;
            qsizetype next = i + 1;
            while (next < lines.size() && lines.at(next).headingLevel == lines.at(i).headingLevel &&
                   !lines.at(next).firstLine)
                ++next; // the heading's own second line
            if (next < lines.size())
                QVERIFY2(lines.at(next).page == lines.at(i).page,
                         qPrintable(u"\"%1\" on page %2, \"%3\" after it on page %4"_s
                                        .arg(lines.at(i).text)
                                        .arg(lines.at(i).page + 1)
                                        .arg(lines.at(next).text)
                                        .arg(lines.at(next).page + 1)));
        }

        // The option headings read back from the PDF, one page at a time.
        const int pages = pdfInfo(pdf).pages;
        QCOMPARE(pages, writer.pageCount());
        QStringList pageTexts;
        for (int p = 1; p <= pages; ++p)
            pageTexts << runTool(u"pdftotext"_s, {u"-f"_s, QString::number(p), u"-l"_s, QString::number(p),
                                                  u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                             .simplified();
        const QString kind = ReportWriter::tr("Kind"); // the table's first column, as the report says it
        int checked = 0;
        for (const OptionResult& o : data.comparison().options) {
            if (o.lineItems.isEmpty())
                continue;
            const QString heading = data.optionLabel(o) + u" — "_s + data.optionTotal(o);
            int found = -1;
            for (int p = 0; p < pages && found < 0; ++p)
                if (pageTexts.at(p).contains(heading) && p > 1) // past the cover and the summary
                    found = p;
            QVERIFY2(found >= 0, qPrintable(heading));
            QVERIFY2(inOrder(pageTexts.at(found), {heading, kind, o.lineItems.first().label.section(u' ', 0, 0).left(10)}),
                     qPrintable(u"\"%1\", page %2: %3"_s.arg(heading).arg(found + 1).arg(pageTexts.at(found))));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    // Print and Print Preview paint the same pages on a printer.
    void printer()
    {
        const ReportData data(scenario(u"slide16.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                              Language::English);
        ReportWriter writer(data, ReportPage{QPageSize::Letter, QPageLayout::Portrait});
        QPrinter printer(QPrinter::HighResolution);
        const QString pdf = m_dir.filePath(u"printed.pdf"_s);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageLayout(ReportPage{QPageSize::Letter, QPageLayout::Portrait}.layout());
        writer.print(&printer);
        const PdfInfo info = pdfInfo(pdf);
        QCOMPARE(info.pages, writer.pageCount());
        QVERIFY(qAbs(info.width - 612) < 1);
        QVERIFY(pdfText(pdf).contains(u"¥13,982"_s));
    }

    // A file that cannot be written: false, a message naming it, and nothing left behind.
    void unwritable()
    {
        const ReportData data(scenario(u"slide16.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                              Language::English);
        ReportWriter writer(data);
        const QString pdf = m_dir.filePath(u"no/such/folder/report.pdf"_s);
        QString error;
        QVERIFY(!writer.writePdf(pdf, &error));
        QVERIFY2(error.contains(u"report.pdf"_s), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
    }

    // The sources section lists what the cost model recorded, not keys worked out again: the
    // storage price of an option priced in another region, only the Lightsail power priced,
    // no WAF rule or request price (no figure uses them), and no discount the model did not
    // apply (Fargate Spot is for ECS only, so EKS on Fargate at spot is priced on-demand).
    void sourcesAreWhatTheCostModelRead()
    {
        const auto has = [](const ReportData& data, const QString& region, const QString& item) {
            return std::any_of(data.priceRows().cbegin(), data.priceRows().cend(),
                               [&](const ReportPriceRow& r) { return r.region == region && r.item == item; });
        };
        const ReportData regions(scenario(u"tokyo-vs-virginia.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                                 Language::English);
        // The N. Virginia options mount 100 GB of gp3 at N. Virginia's price.
        QVERIFY(has(regions, u"us-east-1"_s, u"storage.ebs-gp3.gb-month"_s));
        QVERIFY(has(regions, u"ap-northeast-1"_s, u"storage.ebs-gp3.gb-month"_s));
        QVERIFY(has(regions, u"ap-northeast-1"_s, u"waf.web-acl-month"_s));
        QVERIFY(!has(regions, u"ap-northeast-1"_s, u"waf.rule-month"_s));

        Scenario s = scenario(u"deck-default.json"_s);
        for (Option& o : s.options)
            if (o.id == u"eks-fargate")
                o.purchase = u"spot"_s;
        const ReportData deck(s, Catalog::builtin(), PriceBooks::builtin(), Language::English);
        QVERIFY(deck.discounts().isEmpty());
        // 2 vCPU / 4 GiB: Lightsail's "large" power is the one priced; "nano" is not.
        QVERIFY(has(deck, u"ap-northeast-1"_s, u"Lightsail large"_s));
        QVERIFY(!has(deck, u"ap-northeast-1"_s, u"Lightsail nano"_s));

        // An ECS on Fargate option at spot: the book's 70 % (FG-PAGE), as the model applied it.
        for (Option& o : s.options)
            if (o.id == u"ecs-fargate")
                o.purchase = u"spot"_s;
        const ReportData spot(s, Catalog::builtin(), PriceBooks::builtin(), Language::English);
        QCOMPARE(spot.discounts().size(), 1);
        QCOMPARE(spot.discounts().first().fraction, 0.7);
        QCOMPARE(spot.discounts().first().source, u"FG-PAGE"_s);
    }

    // The one PDF writer of the report and the slides: a drawing that fails leaves the file
    // that was there as it was, with no temporary file beside it, and says so with the
    // caller's words; a good one replaces it whole.
    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pdf = dir.filePath(u"report.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("previous");
        }
        QString error;
        const auto halfThenFail = [](QIODevice* device) {
            device->write("%PDF-1.4\nhalf");
            return false;
        };
        QVERIFY(!PdfFile::write(pdf, halfThenFail, u"could not be drawn"_s, &error));
        QCOMPARE(error, u"could not be drawn"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("previous"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.pdf"_s});

        // Both writers go through it: the report's and the slides' own failure to open.
        const ReportData data(scenario(u"slide16.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                              Language::English);
        const QString missing = dir.filePath(u"no/such/folder/slides.pdf"_s);
        QVERIFY(!SlideRenderer(data).writePdf(missing, &error));
        QVERIFY2(error.startsWith(u"Cannot write "_s) && error.contains(u"slides.pdf"_s), qPrintable(error));

        const auto whole = [](QIODevice* device) { return device->write("%PDF-1.4\nwhole\n%%EOF\n") > 0; };
        QVERIFY(PdfFile::write(pdf, whole, QString(), &error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("%PDF-1.4\nwhole\n%%EOF\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.pdf"_s});
    }

    // Japanese: every kanji comes out of the PDF as the kanji, not as its Kangxi radical.
    void japaneseTextIsSearchable()
    {
        QCOMPARE(ReportPdfText::ideographForRadical(0x2F47), char16_t(0x65E5)); // ⽇ → 日
        QCOMPARE(ReportPdfText::ideographForRadical(0x2F49), char16_t(0x6708)); // ⽉ → 月
        QCOMPARE(ReportPdfText::ideographForRadical(0x65E5), char16_t(0));      // already a kanji
        const QByteArray cmap = "2 beginbfrange\n<0001> <0003> [<2F47> <0041> <2F49>]\n<0004> <0005> <2F00>\n"
                                "endbfrange\n1 beginbfchar\n<2F47> <2F00>\nendbfchar\n";
        const QByteArray fixed = ReportPdfText::fixToUnicodeMaps(cmap);
        QCOMPARE(fixed.size(), cmap.size());
        QCOMPARE(fixed,
                 QByteArray("2 beginbfrange\n<0001> <0003> [<65E5> <0041> <6708>]\n<0004> <0005> <2F00>\n"
                            "endbfrange\n1 beginbfchar\n<2F47> <4E00>\nendbfchar\n"));

        const ReportData data(scenario(u"slide16.json"_s), Catalog::builtin(), PriceBooks::builtin(),
                              Language::Japanese);
        ReportWriter writer(data);
        const QString pdf = m_dir.filePath(u"ja.pdf"_s);
        QString error;
        QVERIFY2(writer.writePdf(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(text.contains(tokyo->regionName.ja));
        QVERIFY(text.contains(u"¥12,747"_s));
        QVERIFY(text.contains(u"2 vCPU"_s));
        for (const QChar c : text)
            QVERIFY2(!(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF),
                     qPrintable(u"a radical in the text: U+%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'))));
        // No ligature either: "ﬁ" would hide "first" from a search.
        const QString english = pdfText(m_dir.filePath(u"sections.pdf"_s));
        QVERIFY(english.contains(u"first"_s));
        for (const QChar c : english)
            QVERIFY(!(c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06));
    }

    // File → Export PDF…, Export Slides…, Export CSV…, Copy Table, Page Setup…, Print
    // Preview…, Print… in the window's File menu; the export writes the window's document.
    void windowActions()
    {
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(scenario(u"slide16.json"_s));
        ExportActions* actions = ExportActions::of(&window);
        QVERIFY(actions);
        const QList<QAction*> file = window.fileMenu()->actions();
        for (QAction* a : {actions->exportPdfAction(), actions->exportSlidesAction(),
                           actions->exportCsvAction(), actions->copyTableAction(), actions->pageSetupAction(),
                           actions->printPreviewAction(), actions->printAction()})
            QVERIFY2(file.contains(a), qPrintable(a->text()));
        QCOMPARE(actions->printAction()->shortcut(), QKeySequence(QKeySequence::Print));

        actions->setPage(ReportPage{QPageSize::A4, QPageLayout::Landscape});
        const QString pdf = m_dir.filePath(u"window.pdf"_s);
        actions->setNextFileName(pdf);
        actions->exportPdfAction()->trigger();
        const PdfInfo info = pdfInfo(pdf);
        QVERIFY(info.pages > 0);
        QVERIFY(info.width > info.height);
        QVERIFY(pdfText(pdf).contains(u"¥12,747"_s));

        const QString slides = m_dir.filePath(u"window-slides.pdf"_s);
        actions->setNextFileName(slides);
        actions->exportSlidesAction()->trigger();
        QCOMPARE(pdfInfo(slides).pages, 10);
        // The remembered paper is back to the usual one for the next test run.
        actions->setPage(ReportPage{});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
