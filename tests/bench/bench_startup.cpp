// From launch to the first painted main window: the app against a bare Qt window with one
// table and one chart (bare_window), both started as new processes under one Xvfb in the same
// run (one is started here when there is no DISPLAY). Each prints "shown" when its window has
// painted and quits; the time is taken from QProcess::start to that line.
//
// Prints each start's median over a number of alternating launches and the ratio app / bare
// (goal: at most 1.5). Never fails because the machine is slow.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class BenchStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void start_data();
    void start();
    void ratio();

private:
    qint64 launch(const QString& program, const QStringList& arguments);
    QProcess m_xvfb;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

void BenchStartup::initTestCase()
{
    QVERIFY(m_home.isValid());
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        m_xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                             QStringLiteral("0"), QStringLiteral("1600x1000x24"),
                                             QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY2(m_xvfb.waitForStarted(10000), "Xvfb does not start (install the xvfb package)");
        QByteArray display;
        while (!display.contains('\n') && m_xvfb.waitForReadyRead(20000))
            display += m_xvfb.readAllStandardOutput();
        QVERIFY2(!display.trimmed().isEmpty(), "Xvfb gave no display number");
        m_environment.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(display.trimmed()));
    }
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_environment.insert(QStringLiteral("CC_STARTUP_PROBE"), QStringLiteral("1"));
    // A fresh user: no settings, no recovery copies to offer.
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    // Warm the file cache: the first start of anything reads its libraries from disk.
    launch(QStringLiteral(CC_BARE_BINARY), {});
    launch(QStringLiteral(CC_APP_BINARY), {});
}

void BenchStartup::cleanupTestCase()
{
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        m_xvfb.waitForFinished(5000);
    }
}

qint64 BenchStartup::launch(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    qint64 shown = -1;
    while (process.waitForReadyRead(60000)) {
        out += process.readAllStandardOutput();
        if (out.contains("shown")) {
            shown = timer.nsecsElapsed();
            break;
        }
    }
    process.waitForFinished(30000);
    if (shown < 0)
        qWarning("%s did not show a window: %s", qPrintable(program), process.readAllStandardError().constData());
    return shown;
}

void BenchStartup::start_data()
{
    QTest::addColumn<QString>("program");
    QTest::addRow("bare window (table + chart)") << QStringLiteral(CC_BARE_BINARY);
    QTest::addRow("container-compare") << QStringLiteral(CC_APP_BINARY);
}

void BenchStartup::start()
{
    QFETCH(QString, program);
    QBENCHMARK {
        QVERIFY(launch(program, {}) > 0);
    }
}

void BenchStartup::ratio()
{
    // Alternating launches, so both see the same machine.
    QList<double> bare, app;
    for (int i = 0; i < 9; ++i) {
        bare << launch(QStringLiteral(CC_BARE_BINARY), {}) / 1e6;
        app << launch(QStringLiteral(CC_APP_BINARY), {}) / 1e6;
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double b = median(bare), a = median(app);
    QVERIFY(b > 0 && a > 0);
    qInfo("start-up, median of 9: bare window %.1f ms, container-compare %.1f ms, ratio %.2f (goal <= 1.5)", b, a,
          a / b);
}

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
