// The yardstick of bench_startup: the least a Qt Widgets app with a table and a Qt Charts chart
// does to show a window. Like the app under CC_STARTUP_PROBE=1, it prints "shown" once the
// window has been painted, and quits.
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>

#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("shown\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* splitter = new QSplitter(Qt::Vertical, &window);
    auto* table = new QTableWidget(7, 4, splitter);
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 4; ++c)
            table->setItem(r, c, new QTableWidgetItem(QString::number(r * 10 + c)));
    auto* set = new QBarSet(QStringLiteral("USD"));
    QStringList names;
    for (int i = 0; i < 7; ++i) {
        *set << 50 + 10 * i;
        names << QStringLiteral("Option %1").arg(i + 1);
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    new QChartView(chart, splitter);
    window.setCentralWidget(splitter);
    window.resize(1440, 900);
    FirstPaint probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
