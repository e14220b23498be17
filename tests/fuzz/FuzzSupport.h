#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: a QCoreApplication (for translate() and the resource
// system) and a scratch folder in memory when /dev/shm exists.
namespace fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = [] {
        qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
        return new QCoreApplication(argc, argv);
    }();
    (void)app;
}

inline const QTemporaryDir& scratch()
{
    static const QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                       ? QStringLiteral("/dev/shm/cc-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/cc-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "fuzz: cannot make a scratch folder\n");
        std::abort();
    }
    return dir;
}

inline void writeFile(const QString& path, const char* data, qsizetype size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data, size) != size) {
        std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

} // namespace fuzz
