#include "ExportCommand.h"

#include <QCoreApplication>

#include <cstdio>

int runExport(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    // The PDF report and the slides come with the report engine; until then say so plainly.
    const QString message =
        QLatin1String("container-compare: ") +
        QCoreApplication::translate("CommandLine", "export: not available in this build") + QLatin1Char('\n');
    const QByteArray bytes = message.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return 2;
}

QString exportUsage()
{
    return QCoreApplication::translate("CommandLine",
                                       "  container-compare export FILE --pdf OUT.pdf [--lang en|ja]\n"
                                       "      (not available in this build)\n");
}
