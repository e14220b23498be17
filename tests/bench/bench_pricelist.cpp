// The AWS Price List import on a whole region's AmazonEC2 offer file (about 450 MB): wall time
// and peak resident memory (VmHWM) of the import, beside a bare parse of the same file with
// Boost.JSON's basic_parser (the import's parser) and RapidJSON's Reader (when built with
// rapidjson-dev) doing nothing, and Python's json.load, each in a process of its own so
// every peak is its own. Figures only: nothing here fails because a machine is slow.
//
//   python3 tests/bench/make_ec2_offer.py /tmp/ec2.json
//   CC_PRICELIST_OFFER=/tmp/ec2.json build/tests/bench/bench_pricelist
#include "OfferFileReader.h"
#include "PriceBookStore.h"
#include "PriceListMapping.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <boost/json/basic_parser_impl.hpp>

#ifdef CC_HAVE_RAPIDJSON
#include <rapidjson/reader.h>
#endif

#include <sys/resource.h>

#include <cstdio>
#include <vector>

namespace {

// Peak resident memory of this process in KiB (VmHWM of /proc/self/status).
long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

int measureImport(const QString& file)
{
    LoadError error;
    const std::optional<OfferImport> offer = OfferFileReader::readFile(file, PriceListMapping::builtin(), &error);
    if (!offer) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const PriceBook book = PriceBookStore::applyImport(std::nullopt, *offer, {});
    const QByteArray json = PriceBookStore::toJson(book);
    std::printf("products=%lld prices=%lld types=%lld book=%lld\n", static_cast<long long>(offer->products),
                static_cast<long long>(offer->prices.size()), static_cast<long long>(offer->instanceTypes.size()),
                static_cast<long long>(json.size()));
    return 0;
}

#ifdef CC_HAVE_RAPIDJSON
// RapidJSON's FileReadStream, over a FILE*, 256 KiB at a time.
class FileStream
{
public:
    using Ch = char;
    explicit FileStream(std::FILE* f)
        : m_file(f)
        , m_buffer(256 * 1024)
    {
        m_current = m_end = m_buffer.data();
        fill();
    }
    Ch Peek() const { return m_current < m_end ? *m_current : '\0'; }
    Ch Take()
    {
        if (m_current >= m_end)
            return '\0';
        const Ch c = *m_current++;
        if (m_current == m_end)
            fill();
        return c;
    }
    size_t Tell() const { return m_consumed + size_t(m_current - m_buffer.data()); }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) {}
    void Flush() {}
    size_t PutEnd(Ch*) { return 0; }

private:
    void fill()
    {
        m_consumed += size_t(m_end - m_buffer.data());
        const size_t n = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
        m_current = m_buffer.data();
        m_end = m_current + n;
    }
    std::FILE* m_file;
    std::vector<char> m_buffer;
    const char* m_current = nullptr;
    const char* m_end = nullptr;
    size_t m_consumed = 0;
};

int measureRapidJson(const QString& file)
{
    std::FILE* f = std::fopen(QFile::encodeName(file).constData(), "rb");
    if (!f)
        return 1;
    FileStream stream(f);
    rapidjson::BaseReaderHandler<> nothing;
    rapidjson::Reader reader;
    const bool ok = !reader.Parse(stream, nothing).IsError();
    std::fclose(f);
    return ok ? 0 : 1;
}
#endif

struct NoBoostHandler
{
    constexpr static std::size_t max_object_size = std::size_t(-1);
    constexpr static std::size_t max_array_size = std::size_t(-1);
    constexpr static std::size_t max_key_size = std::size_t(-1);
    constexpr static std::size_t max_string_size = std::size_t(-1);
    using ec = boost::json::error_code;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_array_begin(ec&) { return true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_key_part(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_key(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_string_part(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_string(boost::json::string_view, std::size_t, ec&) { return true; }
    bool on_number_part(boost::json::string_view, ec&) { return true; }
    bool on_int64(std::int64_t, boost::json::string_view, ec&) { return true; }
    bool on_uint64(std::uint64_t, boost::json::string_view, ec&) { return true; }
    bool on_double(double, boost::json::string_view, ec&) { return true; }
    bool on_bool(bool, ec&) { return true; }
    bool on_null(ec&) { return true; }
    bool on_comment_part(boost::json::string_view, ec&) { return true; }
    bool on_comment(boost::json::string_view, ec&) { return true; }
};

int measureBoostJson(const QString& file)
{
    std::FILE* f = std::fopen(QFile::encodeName(file).constData(), "rb");
    if (!f)
        return 1;
    boost::json::basic_parser<NoBoostHandler> parser{boost::json::parse_options{}};
    std::vector<char> buffer(256 * 1024);
    boost::json::error_code ec;
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), f)) > 0) {
        parser.write_some(true, buffer.data(), n, ec);
        if (ec)
            break;
    }
    if (!ec)
        parser.write_some(false, nullptr, 0, ec);
    std::fclose(f);
    return ec ? 1 : 0;
}

struct Figure
{
    QString what;
    double seconds = 0;
    double cpuSeconds = 0; // user + system: what the work costs on a machine others share
    long peakKiB = 0;
};

QList<Figure> figures;

// Runs this program again in measuring mode (or python3), in a process of its own.
Figure run(const QString& what, const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    p.waitForFinished(-1);
    Figure f{what, double(timer.nsecsElapsed()) / 1e9, 0};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("peak_kib=(\\d+)")).match(out);
    f.peakKiB = m.hasMatch() ? m.captured(1).toLong() : -1;
    const QRegularExpressionMatch cpu = QRegularExpression(QStringLiteral("cpu_s=([0-9.]+)")).match(out);
    f.cpuSeconds = cpu.hasMatch() ? cpu.captured(1).toDouble() : -1;
    if (p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(what), qPrintable(out));
    qInfo("%-28s %6.2f s wall  %6.2f s CPU  %8.1f MiB peak  %s", qPrintable(what), f.seconds, f.cpuSeconds,
          double(f.peakKiB) / 1024.0, qPrintable(out.section(QLatin1Char('\n'), 0, 0)));
    figures.removeIf([&](const Figure& g) { return g.what == what; });
    figures.append(f);
    return f;
}

} // namespace

class BenchPriceList : public QObject
{
    Q_OBJECT

    QString m_file;

    Figure self(const QString& what, const QString& mode)
    {
        return run(what, QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), mode, m_file});
    }

private slots:
    void initTestCase()
    {
        m_file = qEnvironmentVariable("CC_PRICELIST_OFFER");
        if (m_file.isEmpty() || !QFile::exists(m_file))
            QSKIP("set CC_PRICELIST_OFFER to an AmazonEC2 offer file (python3 tests/bench/make_ec2_offer.py /tmp/ec2.json)");
        qInfo("%s: %.1f MB", qPrintable(m_file), double(QFile(m_file).size()) / 1e6);
    }

    void importOffer()
    {
        QBENCHMARK_ONCE { self(QStringLiteral("import (Boost.JSON SAX)"), QStringLiteral("import")); }
    }

    void bareBoostJson()
    {
        QBENCHMARK_ONCE { self(QStringLiteral("bare parse, Boost.JSON"), QStringLiteral("boost")); }
    }

    void bareRapidJson()
    {
#ifdef CC_HAVE_RAPIDJSON
        QBENCHMARK_ONCE { self(QStringLiteral("bare parse, RapidJSON"), QStringLiteral("rapidjson")); }
#else
        QSKIP("built without RapidJSON (rapidjson-dev)");
#endif
    }

    void pythonJsonLoad()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("no python3");
        const QString script = QStringLiteral(
            "import json, sys\n"
            "json.load(open(sys.argv[1]))\n"
            "import resource\n"
            "r = resource.getrusage(resource.RUSAGE_SELF)\n"
            "print('peak_kib=' + [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]"
            " + ' cpu_s=%.3f' % (r.ru_utime + r.ru_stime))\n");
        QBENCHMARK_ONCE { run(QStringLiteral("python3 json.load"), QStringLiteral("python3"), {QStringLiteral("-c"), script, m_file}); }
    }

    void cleanupTestCase()
    {
        if (figures.size() < 2)
            return;
        const Figure& import = figures.constFirst();
        for (const Figure& f : std::as_const(figures).mid(1))
            qInfo("import vs %-24s wall ×%.2f, CPU ×%.2f, memory ×%.3f", qPrintable(f.what), import.seconds / f.seconds,
                  import.cpuSeconds / f.cpuSeconds, double(import.peakKiB) / double(f.peakKiB));
    }
};

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--measure") == 0) {
        QCoreApplication app(argc, argv);
        const QString mode = QString::fromLocal8Bit(argv[2]);
        const QString file = QString::fromLocal8Bit(argv[3]);
        int rc = 2;
        if (mode == u"import")
            rc = measureImport(file);
        else if (mode == u"boost")
            rc = measureBoostJson(file);
#ifdef CC_HAVE_RAPIDJSON
        else if (mode == u"rapidjson")
            rc = measureRapidJson(file);
#endif
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        std::printf("peak_kib=%ld cpu_s=%.3f\n", peakKiB(), cpu);
        return rc;
    }
    QCoreApplication app(argc, argv);
    BenchPriceList bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_pricelist.moc"
