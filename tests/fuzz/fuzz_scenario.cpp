// libFuzzer target: the scenario reader (ScenarioFile::parse), the file a user opens.
// Besides not crashing, it checks two promises: a rejected file always gets a message, and a
// scenario that was read is written back to bytes that read again to the same scenario.
#include "FuzzSupport.h"

#include "LoadError.h"
#include "Scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    LoadError error;
    const std::optional<Scenario> scenario = ScenarioFile::parse(bytes, QStringLiteral("fuzz.json"), &error);
    if (!scenario) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "fuzz: a rejected scenario has no error message\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = ScenarioFile::serialize(*scenario);
    LoadError again;
    const std::optional<Scenario> reread = ScenarioFile::parse(written, QStringLiteral("written.json"), &again);
    if (!reread) {
        std::fprintf(stderr, "fuzz: a scenario that was read cannot be read back once written: %s\n%s\n",
                     qPrintable(again.toString()), written.constData());
        std::abort();
    }
    if (ScenarioFile::serialize(*reread) != written) {
        std::fprintf(stderr, "fuzz: a scenario written, read and written again changed:\n%s\n", written.constData());
        std::abort();
    }
    return 0;
}
