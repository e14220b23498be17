#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Everything the app keeps between runs, each with its key and its default in this one place.
// A value read back that makes no sense (edited by hand, or from an older version) gives the
// default.
namespace Settings {

// The interface language: "system", "en" or "ja".
QString language();
void setLanguage(const QString& language);

// The look: "system", "light" or "dark" (Theme::modeId).
QString theme();
void setTheme(const QString& theme);

// What a new comparison is priced in (Preferences): "USD" or "JPY", yen to the dollar,
// "nearest" or "floor".
struct MoneyDefaults
{
    QString currency;
    double perUsd = 0;
    QString rounding;
};
MoneyDefaults money();
void setMoney(const MoneyDefaults& money);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray windowState();
void setWindowState(const QByteArray& state);

// The folder the Open and Save dialogs start in (the home folder at first) and the recent files.
QString documentsFolder();
void setDocumentsFolder(const QString& folder);
QStringList recentFiles();
void setRecentFiles(const QStringList& files);

// The folder the export dialogs start in: the last export's, else the documents folder.
QString exportFolder();
void setExportFolder(const QString& folder);

// The PDF report's paper: "A4", "Letter", or "" for the one the locale uses; and landscape.
QString reportPageSize();
void setReportPageSize(const QString& size);
bool reportLandscape();
void setReportLandscape(bool landscape);

// Where Tools → Prices… downloads the AWS Price List from (a mirror, for air-gapped users).
QString priceListBaseUrl();
void setPriceListBaseUrl(const QString& url);

} // namespace Settings
