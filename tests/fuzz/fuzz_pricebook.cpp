// libFuzzer target: the price-book loader (PriceBookLoader::loadBook), which reads the
// resources/prices/*.json files and any price book a user points the app at. The input is
// the book's text; its file name is a region's, as a real book's is.
#include "FuzzSupport.h"

#include "LoadError.h"
#include "PriceBookLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QString path = fuzz::scratch().filePath(QStringLiteral("ap-northeast-1.json"));
    fuzz::writeFile(path, reinterpret_cast<const char*>(data), qsizetype(size));
    LoadError error;
    const std::optional<PriceBook> book = PriceBookLoader::loadBook(path, &error);
    if (!book && error.isEmpty()) {
        std::fprintf(stderr, "fuzz: a rejected price book has no error message\n");
        std::abort();
    }
    return 0;
}
