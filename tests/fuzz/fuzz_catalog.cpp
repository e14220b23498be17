// libFuzzer target: the catalog loader (CatalogLoader::load), which reads six files of one
// folder and checks the references between them. The first byte of the input chooses the
// file it replaces (services, runtimes, storage, security, iac, concepts); the rest is that
// file's text, and the other five are the shipped catalogs, so cross-file checks run too.
#include "FuzzSupport.h"

#include "Catalog.h"
#include "CatalogLoader.h"
#include "LoadError.h"

#include <array>

namespace {
const std::array<QString, 6> files = {QStringLiteral("services.json"), QStringLiteral("runtimes.json"),
                                      QStringLiteral("storage.json"),  QStringLiteral("security.json"),
                                      QStringLiteral("iac.json"),      QStringLiteral("concepts.json")};

struct Folder
{
    QString path;
    std::array<QByteArray, 6> shipped;
};

const Folder& folder()
{
    static const Folder f = [] {
        Folder made;
        Catalog::builtin(); // registers the compiled-in resources
        made.path = fuzz::scratch().filePath(QStringLiteral("catalogs"));
        QDir().mkpath(made.path);
        for (size_t i = 0; i < files.size(); ++i) {
            QFile in(QStringLiteral(":/catalogs/") + files[i]);
            if (!in.open(QIODevice::ReadOnly))
                std::abort();
            made.shipped[i] = in.readAll();
            fuzz::writeFile(made.path + u'/' + files[i], made.shipped[i].constData(), made.shipped[i].size());
        }
        return made;
    }();
    return f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    if (size < 1)
        return 0;
    const Folder& f = folder();
    const size_t which = data[0] % files.size();
    const QString path = f.path + u'/' + files[which];
    fuzz::writeFile(path, reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    LoadError error;
    const std::optional<Catalog> catalog = CatalogLoader::load(f.path, &error);
    if (!catalog && error.isEmpty()) {
        std::fprintf(stderr, "fuzz: a rejected catalog has no error message\n");
        std::abort();
    }
    fuzz::writeFile(path, f.shipped[which].constData(), f.shipped[which].size());
    return 0;
}
