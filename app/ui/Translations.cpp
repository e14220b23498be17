#include "Translations.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <optional>

// Q_INIT_RESOURCE must be used outside any namespace. The .qm files are embedded in cc_app
// (app/CMakeLists.txt); naming their resources here makes sure the linker keeps them even when
// nothing else in the executable refers to the resource objects.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(cc_app_translations);
    Q_INIT_RESOURCE(cc_app_translations_en);
}

namespace Translations {

namespace {

// Owned by the application object, so they go with it; QPointer notices when it has.
QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;
std::optional<Language> s_installed;

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

} // namespace

QString setting()
{
    return Settings::language();
}

void setSetting(const QString& setting)
{
    Settings::setLanguage(setting);
}

Language systemLanguage()
{
    // uiLanguages() follows LANGUAGE, then LC_ALL/LC_MESSAGES/LANG: the first one we speak wins,
    // as gettext picks from LANGUAGE.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::Japanese)
            return Language::Japanese;
        if (locale.language() == QLocale::English)
            return Language::English;
    }
    return Language::English;
}

Language resolve(const QString& setting)
{
    if (setting == u"ja")
        return Language::Japanese;
    if (setting == u"en")
        return Language::English;
    return systemLanguage();
}

QString resourcePath(Language language)
{
    return QStringLiteral(":/i18n/container-compare_%1.qm").arg(languageCode(language));
}

QString qtTranslationsPath()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QLocale localeFor(Language language)
{
    const QLocale system = QLocale::system();
    if (language == Language::Japanese)
        return system.language() == QLocale::Japanese ? system : QLocale(QLocale::Japanese, QLocale::Japan);
    // English has no locale of its own here: a German or British system keeps its conventions.
    // Only a Japanese system that asks for English gets English ones. The C locale (tests,
    // containers) stays C: Money groups digits there by itself.
    return system.language() == QLocale::Japanese ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

bool install(Language language)
{
    initTranslationResources();
    remove(s_app);
    remove(s_qt);
    QObject* owner = QCoreApplication::instance();

    // English is the source language; its catalog only holds the plural forms ("1 task", "2 tasks").
    bool loaded = false;
    auto* app = new QTranslator(owner);
    if (app->load(resourcePath(language))) {
        QCoreApplication::installTranslator(app);
        s_app = app;
        loaded = true;
    } else {
        delete app;
    }

    if (language == Language::Japanese) {
        // Qt's own strings (OK/Cancel, the line edit's context menu); missing when the
        // qt6-translations-l10n package is not installed, which only leaves them in English.
        auto* qt = new QTranslator(owner);
        if (qt->load(QLocale(QLocale::Japanese, QLocale::Japan), QStringLiteral("qtbase"),
                     QStringLiteral("_"), qtTranslationsPath())) {
            QCoreApplication::installTranslator(qt);
            s_qt = qt;
        } else {
            delete qt;
        }
    }

    QLocale::setDefault(localeFor(language));
    s_installed = language;
    return loaded || language == Language::English;
}

Language installFromSettings()
{
    const Language language = resolve(setting());
    install(language);
    return language;
}

Language currentLanguage()
{
    return s_installed ? *s_installed : resolve(setting());
}

} // namespace Translations
