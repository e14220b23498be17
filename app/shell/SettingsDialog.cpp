#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setAccessibleName(tr("Language"));
    form->addRow(tr("&Language"), m_language);
    m_languageNote = new QLabel(tr("The whole window switches language at once."), this);
    m_languageNote->setWordWrap(true);
    form->addRow(QString(), m_languageNote);

    m_theme = new QComboBox(this);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(Theme::modeName(mode), Theme::modeId(mode));
    m_theme->setAccessibleName(tr("Appearance"));
    form->addRow(tr("&Appearance"), m_theme);

    m_currency = new QComboBox(this);
    m_currency->addItem(tr("USD"), QStringLiteral("USD"));
    m_currency->addItem(tr("JPY"), QStringLiteral("JPY"));
    m_currency->setAccessibleName(tr("Currency of a new comparison"));
    form->addRow(tr("New comparisons in"), m_currency);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setRange(0.0001, 100000);
    m_rate->setDecimals(4);
    m_rate->setPrefix(tr("1 USD = "));
    m_rate->setSuffix(tr(" JPY"));
    m_rate->setAccessibleName(tr("Default exchange rate"));
    form->addRow(tr("&Rate"), m_rate);
    m_rounding = new QComboBox(this);
    m_rounding->addItem(tr("Round to nearest"), QStringLiteral("nearest"));
    m_rounding->addItem(tr("Truncate (floor)"), QStringLiteral("floor"));
    m_rounding->setAccessibleName(tr("Default rounding"));
    form->addRow(tr("R&ounding"), m_rounding);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::setLanguageSetting(const QString& setting)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(setting)));
}

QString SettingsDialog::languageSetting() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setTheme(Theme::Mode mode)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::modeId(mode))));
}

Theme::Mode SettingsDialog::theme() const
{
    return Theme::modeFromId(m_theme->currentData().toString());
}

void SettingsDialog::setDefaultCurrency(const QString& code, double perUsd, const QString& rounding)
{
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(code)));
    m_rate->setValue(perUsd);
    m_rounding->setCurrentIndex(std::max(0, m_rounding->findData(rounding)));
}

QString SettingsDialog::defaultCurrency() const
{
    return m_currency->currentData().toString();
}

double SettingsDialog::defaultRate() const
{
    return m_rate->value();
}

QString SettingsDialog::defaultRounding() const
{
    return m_rounding->currentData().toString();
}
