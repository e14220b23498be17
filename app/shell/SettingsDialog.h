#pragma once

#include "Theme.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

// Preferences: the language, the look, and the currency a new comparison starts in.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // "system", "en" or "ja".
    void setLanguageSetting(const QString& setting);
    QString languageSetting() const;
    void setTheme(Theme::Mode mode);
    Theme::Mode theme() const;
    void setDefaultCurrency(const QString& code, double perUsd, const QString& rounding);
    QString defaultCurrency() const;
    double defaultRate() const;
    QString defaultRounding() const;

private:
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_currency = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QComboBox* m_rounding = nullptr;
};
