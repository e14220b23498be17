// Loading and validating every catalog and price book compiled into the binary, as the app
// does once at start. Target: under 20 ms for all of them. Run on demand; it never fails
// because a machine is slow.
#include "Catalog.h"
#include "PriceBook.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

class BenchCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadCatalogs();
    void loadPriceBooks();
    void loadEverything();
    void median();
};

void BenchCatalog::initTestCase()
{
    // The first use registers the compiled-in resources and proves they load.
    QVERIFY(!Catalog::builtin().entries(CatalogKind::Services).isEmpty());
    QVERIFY(!PriceBooks::builtin().books().isEmpty());
}

void BenchCatalog::loadCatalogs()
{
    QBENCHMARK {
        LoadError error;
        const std::optional<Catalog> catalog = Catalog::load(u":/catalogs"_s, &error);
        QVERIFY(catalog);
    }
}

void BenchCatalog::loadPriceBooks()
{
    QBENCHMARK {
        LoadError error;
        const std::optional<PriceBooks> books = PriceBooks::load(u":/prices"_s, &error);
        QVERIFY(books);
    }
}

void BenchCatalog::loadEverything()
{
    QBENCHMARK {
        LoadError error;
        QVERIFY(Catalog::load(u":/catalogs"_s, &error));
        QVERIFY(PriceBooks::load(u":/prices"_s, &error));
    }
}

namespace {

// CPU time of this thread: what the loading costs, without the time other processes of a
// busy machine take the core away.
qint64 threadCpuNanoseconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.at(nanoseconds.size() / 2) / 1e6;
}

} // namespace

void BenchCatalog::median()
{
    // QBENCHMARK reports a mean; the median of many runs is steadier on a shared machine.
    constexpr int runs = 101;
    QList<qint64> wall;
    QList<qint64> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNanoseconds();
        LoadError error;
        const bool ok = Catalog::load(u":/catalogs"_s, &error) && PriceBooks::load(u":/prices"_s, &error);
        cpu.append(threadCpuNanoseconds() - cpuStart);
        wall.append(timer.nsecsElapsed());
        QVERIFY2(ok, qPrintable(error.toString()));
    }
    qInfo("all catalogs and price books, median of %d runs: %.3f ms wall clock, %.3f ms CPU (target < 20 ms)",
          runs, medianMs(wall), medianMs(cpu));
}

QTEST_GUILESS_MAIN(BenchCatalog)
#include "bench_catalog.moc"
