#pragma once

#include <QString>

// The two languages the catalogs, the window and the reports speak.
enum class Language { English, Japanese };

// A piece of catalog text in both languages; Japanese falls back to English when absent.
struct LocalizedText
{
    QString en;
    QString ja;

    QString text(Language language) const { return language == Language::Japanese && !ja.isEmpty() ? ja : en; }
    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;
};

QString languageCode(Language language);          // "en" / "ja"
Language languageFromCode(const QString& code);  // anything but "ja" is English
