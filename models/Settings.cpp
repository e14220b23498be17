#include "Settings.h"

#include "Money.h"
#include "PriceListDownloader.h"
#include "Scenario.h"

#include <QDir>
#include <QSettings>

namespace Settings {

namespace {

// The keys, once.
const QString languageKey = QStringLiteral("ui/language");
const QString themeKey = QStringLiteral("ui/theme");
const QString currencyKey = QStringLiteral("money/currency");
const QString perUsdKey = QStringLiteral("money/perUsd");
const QString roundingKey = QStringLiteral("money/rounding");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString documentsFolderKey = QStringLiteral("files/lastFolder");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString exportFolderKey = QStringLiteral("export/lastFolder");
const QString pageSizeKey = QStringLiteral("report/pageSize");
const QString landscapeKey = QStringLiteral("report/landscape");
const QString baseUrlKey = QStringLiteral("prices/baseUrl");

// value when it is one of allowed, else the first of them (the default).
QString oneOf(const QString& key, const QStringList& allowed)
{
    const QString value = QSettings().value(key).toString();
    return allowed.contains(value) ? value : allowed.constFirst();
}

} // namespace

QString language()
{
    return oneOf(languageKey, {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("ja")});
}

void setLanguage(const QString& language)
{
    const bool known = language == u"en" || language == u"ja";
    QSettings().setValue(languageKey, known ? language : QStringLiteral("system"));
}

QString theme()
{
    return oneOf(themeKey, {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")});
}

void setTheme(const QString& theme)
{
    QSettings().setValue(themeKey, theme);
}

MoneyDefaults money()
{
    const QSettings settings;
    MoneyDefaults m;
    m.currency = oneOf(currencyKey, {QStringLiteral("USD"), QStringLiteral("JPY")});
    bool ok = false;
    m.perUsd = settings.value(perUsdKey).toDouble(&ok);
    if (!ok || !(m.perUsd > 0 && m.perUsd <= ScenarioLimits::maxPerUsd))
        m.perUsd = Money::deckYenPerUsd;
    m.rounding = oneOf(roundingKey, {QStringLiteral("nearest"), QStringLiteral("floor")});
    return m;
}

void setMoney(const MoneyDefaults& money)
{
    QSettings settings;
    settings.setValue(currencyKey, money.currency);
    settings.setValue(perUsdKey, money.perUsd);
    settings.setValue(roundingKey, money.rounding);
}

QByteArray windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

QByteArray windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void setWindowState(const QByteArray& state)
{
    QSettings().setValue(stateKey, state);
}

QString documentsFolder()
{
    return QSettings().value(documentsFolderKey, QDir::homePath()).toString();
}

void setDocumentsFolder(const QString& folder)
{
    QSettings().setValue(documentsFolderKey, folder);
}

QStringList recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void setRecentFiles(const QStringList& files)
{
    QSettings().setValue(recentFilesKey, files);
}

QString exportFolder()
{
    return QSettings().value(exportFolderKey, documentsFolder()).toString();
}

void setExportFolder(const QString& folder)
{
    QSettings().setValue(exportFolderKey, folder);
}

QString reportPageSize()
{
    return oneOf(pageSizeKey, {QString(), QStringLiteral("A4"), QStringLiteral("Letter")});
}

void setReportPageSize(const QString& size)
{
    QSettings().setValue(pageSizeKey, size);
}

bool reportLandscape()
{
    return QSettings().value(landscapeKey, false).toBool();
}

void setReportLandscape(bool landscape)
{
    QSettings().setValue(landscapeKey, landscape);
}

QString priceListBaseUrl()
{
    return QSettings().value(baseUrlKey, PriceListDownloader::defaultBaseUrl()).toString();
}

void setPriceListBaseUrl(const QString& url)
{
    QSettings().setValue(baseUrlKey, url);
}

} // namespace Settings
