// libFuzzer target: the AWS Price List offer-file reader (OfferFileReader::read), which
// streams files of hundreds of megabytes downloaded from AWS through the built-in mapping.
// A rejected file must always get a message.
#include "FuzzSupport.h"

#include "LoadError.h"
#include "OfferFileReader.h"
#include "PriceListMapping.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    static const PriceListMapping& mapping = PriceListMapping::builtin();
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    LoadError error;
    const std::optional<OfferImport> import =
        OfferFileReader::read(buffer, QStringLiteral("AmazonECS-ap-northeast-1.json"), mapping, &error);
    if (!import && error.isEmpty()) {
        std::fprintf(stderr, "fuzz: a rejected offer file has no error message\n");
        std::abort();
    }
    return 0;
}
