#pragma once

#include "Localized.h"

#include <QLocale>
#include <QString>

// The language the app speaks: chosen from the setting (QSettings "ui/language": "system",
// "en" or "ja") or the system locale, and installed as translators — ours, embedded as
// :/i18n/container-compare_<lang>.qm, and Qt's own (dialog buttons, context menus) — plus a
// default QLocale that formats numbers and money for that language.
namespace Translations {

// The settings key and its values.
QString setting();                       // the stored value; "system" when unset or unknown
void setSetting(const QString& setting); // "system", "en" or "ja"; anything else is "system"

// The language a setting selects: "en" and "ja" as named, anything else the system locale's.
Language resolve(const QString& setting);
Language systemLanguage();

// Installs the translators and the default locale for language, replacing those installed
// before; widgets built earlier keep their text. Needs a QCoreApplication. Returns false when
// the app's own translation could not be loaded (English needs none: false only for Japanese).
bool install(Language language);
// Installs the language of the stored setting: once, after QApplication, before any window.
Language installFromSettings();

// The installed language, or the setting's when nothing was installed yet.
Language currentLanguage();
// The locale numbers, money and dates are shown in: the system's, except Japanese on a system
// that is not Japanese (ja_JP) and English on a Japanese one (en_US).
QLocale localeFor(Language language);

// The resource path of our translation for language; Qt's own catalog folder.
QString resourcePath(Language language);
QString qtTranslationsPath();

} // namespace Translations
