// The direction of use between the source folders, read from the #include "…" lines of
// app/ and models/: models/ uses nothing from app/; each folder of app/ uses only folders in a
// lower layer (never one beside it or above it); nothing outside app/shell/ includes the main
// window; no include cycle between folders; only the comparison session runs the cost model. The README's Layout section shows the same layers.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {

// app/'s folders by layer, lowest first; models/ lies below them all. A folder may include a
// folder of a lower layer only.
const QList<QStringList>& appLayers()
{
    static const QList<QStringList> layers = {
        {QStringLiteral("charts")},
        {QStringLiteral("ui")},
        {QStringLiteral("report")},
        {QStringLiteral("compare"), QStringLiteral("catalog"), QStringLiteral("prices"),
         QStringLiteral("present"), QStringLiteral("cli")},
        {QStringLiteral("shell")},
    };
    return layers;
}

// "models" is layer 0, app/'s folders 1 and up; -1 for a folder not in the table.
int layerOf(const QString& folder)
{
    if (folder == QLatin1String("models"))
        return 0;
    for (qsizetype i = 0; i < appLayers().size(); ++i)
        if (appLayers().at(i).contains(folder))
            return int(i) + 1;
    return -1;
}

QString layerNames(int below)
{
    QStringList names{QStringLiteral("models")};
    for (qsizetype i = 0; i + 1 < below && i < appLayers().size(); ++i)
        names += appLayers().at(i);
    return names.join(QLatin1String(", "));
}

struct Include
{
    QString file;   // the including file, relative to the source root ("app/ui/Theme.h")
    int line = 0;   // 1-based
    QString target; // the included header, relative to the source root
    QString fromFolder;
    QString toFolder;
};

QString location(const Include& include)
{
    return QStringLiteral("%1:%2").arg(include.file).arg(include.line);
}

// A source file's folder: "models", or the feature folder of app/ it sits in; an empty string
// for a file directly in app/.
QString folderOf(const QString& relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'));
    if (parts.first() == QLatin1String("models"))
        return parts.first();
    return parts.size() > 2 ? parts.at(1) : QString();
}

// Every #include "…" of app/ and models/ that names one of their headers, resolved to the
// header's folder. Problems with the tree itself (a source file directly in app/, a folder
// that has no layer, two headers of one name) go to problems.
QList<Include> readIncludes(const QString& root, QStringList* problems)
{
    QStringList files;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("models")}) {
        QDirIterator it(root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();

    QHash<QString, QString> headerByName; // "Theme.h" → "app/ui/Theme.h"
    for (const QString& file : std::as_const(files)) {
        const QString folder = folderOf(file);
        if (folder.isEmpty()) {
            *problems << QStringLiteral("%1: a source file directly in app/; it belongs in a feature folder")
                             .arg(file);
            continue;
        }
        if (layerOf(folder) < 0) {
            *problems
                << QStringLiteral("%1: folder %2 has no layer in tests/tst_layering.cpp").arg(file, folder);
            continue;
        }
        if (!file.endsWith(QLatin1String(".h")))
            continue;
        const QString name = QFileInfo(file).fileName();
        if (headerByName.contains(name))
            *problems << QStringLiteral("%1 and %2: two headers of one name; #include \"%3\" is ambiguous")
                             .arg(headerByName.value(name), file, name);
        headerByName.insert(name, file);
    }

    static const QRegularExpression includeLine(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QList<Include> includes;
    for (const QString& file : std::as_const(files)) {
        const QString folder = folderOf(file);
        if (layerOf(folder) < 0)
            continue;
        QFile source(root + QLatin1Char('/') + file);
        if (!source.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *problems << QStringLiteral("%1: cannot be read: %2").arg(file, source.errorString());
            continue;
        }
        int lineNumber = 0;
        while (!source.atEnd()) {
            const QString line = QString::fromUtf8(source.readLine());
            ++lineNumber;
            const QRegularExpressionMatch match = includeLine.match(line);
            if (!match.hasMatch())
                continue;
            // Includes are written by name ("Theme.h") or with their folder ("ui/Theme.h").
            const QString name = QFileInfo(match.captured(1)).fileName();
            const QString target = headerByName.value(name);
            if (target.isEmpty())
                continue; // a generated or system header
            includes.append({file, lineNumber, target, folder, folderOf(target)});
        }
    }
    return includes;
}

// Every broken rule, one line each, naming the including file and line.
QStringList layeringViolations(const QList<Include>& includes)
{
    QStringList violations;
    for (const Include& include : includes) {
        if (include.fromFolder == include.toFolder)
            continue;
        const int from = layerOf(include.fromFolder);
        const int to = layerOf(include.toFolder);
        if (include.fromFolder == QLatin1String("models")) {
            violations << QStringLiteral("%1: includes %2; models/ uses nothing from app/")
                              .arg(location(include), include.target);
        } else if (to >= from) {
            violations << QStringLiteral("%1: includes %2; %3/ may use only the layers below it (%4)")
                              .arg(location(include), include.target, include.fromFolder, layerNames(from));
        }
    }
    return violations;
}

QStringList mainWindowViolations(const QList<Include>& includes)
{
    QStringList violations;
    for (const Include& include : includes)
        if (QFileInfo(include.target).fileName() == QLatin1String("MainWindow.h") &&
            include.fromFolder != QLatin1String("shell"))
            violations << QStringLiteral("%1: includes %2; only app/shell/ knows the main window")
                              .arg(location(include), include.target);
    return violations;
}

// The first cycle in the graph of folders (an edge: some file of one includes a header of the
// other), written as the chain of includes that closes it; empty when there is none.
QStringList folderCycle(const QList<Include>& includes)
{
    QMap<QString, QMap<QString, Include>> edges; // from → to → the first include that makes it
    for (const Include& include : includes)
        if (include.fromFolder != include.toFolder && !edges[include.fromFolder].contains(include.toFolder))
            edges[include.fromFolder].insert(include.toFolder, include);

    QSet<QString> done;
    QStringList path;
    std::function<QStringList(const QString&)> visit = [&](const QString& folder) -> QStringList {
        if (const qsizetype at = path.indexOf(folder); at >= 0) {
            QStringList cycle;
            const QStringList loop = path.mid(at) << folder;
            for (qsizetype i = 0; i + 1 < loop.size(); ++i) {
                const Include& include = edges.value(loop.at(i)).value(loop.at(i + 1));
                cycle << QStringLiteral("%1/ → %2/ (%3: includes %4)")
                             .arg(loop.at(i), loop.at(i + 1), location(include), include.target);
            }
            return cycle;
        }
        if (done.contains(folder))
            return {};
        path << folder;
        for (const QString& next : edges.value(folder).keys())
            if (QStringList cycle = visit(next); !cycle.isEmpty())
                return cycle;
        path.removeLast();
        done.insert(folder);
        return {};
    };
    for (const QString& folder : edges.keys())
        if (QStringList cycle = visit(folder); !cycle.isEmpty())
            return cycle;
    return {};
}

// Outside the rules themselves (the cost model, scaling, regions, ranking), only the comparison
// session evaluates: everything else reads its results. A call in a comment does not count.
QStringList evaluationViolations(const QString& root)
{
    static const QRegularExpression call(
        QStringLiteral("\\b(CostModel|Scaling|RegionComparison|Ranking)::evaluate\\s*\\("));
    static const QSet<QString> allowed = {
        QStringLiteral("models/ComparisonSession.cpp"), QStringLiteral("models/CostModel.cpp"),
        QStringLiteral("models/Scaling.cpp"),           QStringLiteral("models/RegionComparison.cpp"),
        QStringLiteral("models/Ranking.cpp")};
    QStringList violations;
    for (const QString& top : {QStringLiteral("app"), QStringLiteral("models")}) {
        QDirIterator it(root + QLatin1Char('/') + top, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString file = QDir(root).relativeFilePath(path);
            if (allowed.contains(file))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString code = lines.at(i).section(QLatin1String("//"), 0, 0);
                const QRegularExpressionMatch m = call.match(code);
                if (m.hasMatch())
                    violations << QStringLiteral("%1:%2: calls %3::evaluate; only the comparison session "
                                                 "evaluates (models/ComparisonSession)")
                                      .arg(file)
                                      .arg(i + 1)
                                      .arg(m.captured(1));
            }
        }
    }
    violations.sort();
    return violations;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(file.write(text), text.size());
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void sourceTreeKeepsTheLayers();
    void plantedViolationsAreNamed();
};

void TestLayering::sourceTreeKeepsTheLayers()
{
    QStringList problems;
    const QList<Include> includes = readIncludes(QStringLiteral(CC_SOURCE_DIR), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The tree is read at all: the window's own file includes it, and so do the tests' targets.
    QVERIFY(includes.size() > 100);
    QVERIFY(std::any_of(includes.cbegin(), includes.cend(), [](const Include& include) {
        return include.file == QLatin1String("app/shell/MainWindow.cpp") &&
               include.target == QLatin1String("app/shell/MainWindow.h");
    }));

    // All three rules at once, so one run lists every broken include.
    const QStringList violations = layeringViolations(includes) + mainWindowViolations(includes) +
                                   folderCycle(includes) + evaluationViolations(QStringLiteral(CC_SOURCE_DIR));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

// A small tree with one of each mistake: every one is found, with its file and line.
void TestLayering::plantedViolationsAreNamed()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString r = root.path();
    writeFile(r + QStringLiteral("/models/Catalog.h"), "#pragma once\n");
    writeFile(r + QStringLiteral("/models/Money.cpp"), "#include \"Catalog.h\"\n\n#include \"Theme.h\"\n");
    writeFile(r + QStringLiteral("/app/ui/Theme.h"), "#pragma once\n");
    writeFile(r + QStringLiteral("/app/ui/Theme.cpp"),
              "#include \"Theme.h\"\n#include \"ui_generated.h\"\n#include \"ReportData.h\"\n");
    writeFile(r + QStringLiteral("/app/report/ReportData.h"), "#pragma once\n#include \"ui/Theme.h\"\n");
    writeFile(r + QStringLiteral("/app/compare/ComparePage.cpp"),
              "#include \"Theme.h\"\n#include \"CatalogPage.h\"\n");
    writeFile(r + QStringLiteral("/app/catalog/CatalogPage.h"), "#pragma once\n");
    writeFile(r + QStringLiteral("/app/catalog/CatalogPage.cpp"),
              "#include \"CatalogPage.h\"\n// #include \"MainWindow.h\" in a comment counts not\n"
              "#include \"MainWindow.h\"\n");
    writeFile(r + QStringLiteral("/app/shell/MainWindow.h"), "#pragma once\n");
    writeFile(r + QStringLiteral("/app/report/ReportData.cpp"),
              "#include \"ReportData.h\"\n// CostModel::evaluate(s) in a comment counts not\n"
              "    m_comparison = CostModel::evaluate(s, catalog, prices);\n");
    writeFile(r + QStringLiteral("/models/ComparisonSession.cpp"), "    Scaling::evaluate(s, c, p, 10);\n");

    QStringList problems;
    const QList<Include> includes = readIncludes(r, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    const QStringList layers = layeringViolations(includes);
    QCOMPARE(
        layers,
        QStringList({
            QStringLiteral("app/catalog/CatalogPage.cpp:3: includes app/shell/MainWindow.h; catalog/ may "
                           "use only the layers below it (models, charts, ui, report)"),
            QStringLiteral("app/compare/ComparePage.cpp:2: includes app/catalog/CatalogPage.h; compare/ "
                           "may use only the layers below it (models, charts, ui, report)"),
            QStringLiteral("app/ui/Theme.cpp:3: includes app/report/ReportData.h; ui/ may use only the "
                           "layers below it (models, charts)"),
            QStringLiteral("models/Money.cpp:3: includes app/ui/Theme.h; models/ uses nothing from app/"),
        }));
    QCOMPARE(
        mainWindowViolations(includes),
        QStringList(QStringLiteral("app/catalog/CatalogPage.cpp:3: includes app/shell/MainWindow.h; only "
                                   "app/shell/ knows the main window")));
    // ui → report (Theme.cpp:3) and report → ui (ReportData.h:2) close a loop.
    QCOMPARE(
        folderCycle(includes),
        QStringList({QStringLiteral("ui/ → report/ (app/ui/Theme.cpp:3: includes app/report/ReportData.h)"),
                     QStringLiteral("report/ → ui/ (app/report/ReportData.h:2: includes app/ui/Theme.h)")}));

    // Only the session evaluates: the report's own call is named, the session's is not.
    QCOMPARE(evaluationViolations(r),
             QStringList(QStringLiteral("app/report/ReportData.cpp:3: calls CostModel::evaluate; only the "
                                        "comparison session evaluates (models/ComparisonSession)")));

    // A source file left directly in app/ and a folder without a layer are named too.
    writeFile(r + QStringLiteral("/app/Stray.cpp"), "\n");
    writeFile(r + QStringLiteral("/app/newfeature/Thing.h"), "#pragma once\n");
    problems.clear();
    readIncludes(r, &problems);
    QCOMPARE(problems,
             QStringList({QStringLiteral("app/Stray.cpp: a source file directly in app/; it belongs in a "
                                         "feature folder"),
                          QStringLiteral("app/newfeature/Thing.h: folder newfeature has no layer in "
                                         "tests/tst_layering.cpp")}));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
