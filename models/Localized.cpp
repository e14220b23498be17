#include "Localized.h"

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Language languageFromCode(const QString& code)
{
    // "ja", "ja_JP", "ja-JP": any Japanese locale name selects Japanese.
    return code == QLatin1String("ja") || code.startsWith(QLatin1String("ja_")) || code.startsWith(QLatin1String("ja-"))
               ? Language::Japanese
               : Language::English;
}
