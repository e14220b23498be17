#pragma once

#include "Catalog.h"
#include "Money.h"
#include "PriceBook.h"

#include <QWidget>

class NumberField;
struct Scenario;
class ComparisonSession;
class ScenarioDocument;
class QButtonGroup;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

// The left column's upper half: what the user runs and how money is shown. Every change is
// an undoable edit of the document; the form follows the document back on undo and open.
class WorkloadForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkloadForm)

public:
    // Edits the session's scenario, in the session's language.
    explicit WorkloadForm(ComparisonSession* session,
                 QWidget* parent = nullptr);

    void setLanguage(Language language);
    // The rate offered when the currency is switched away from USD (from the settings).
    void setDefaultRate(double perUsd) { m_defaultRate = perUsd; }

    // For tests and the presentation's edit strip: the controls, by what they edit.
    QComboBox* regionBox() const { return m_region; }
    NumberField* tasksField() const { return m_tasks; }
    NumberField* vcpuField() const { return m_vcpu; }
    NumberField* memoryField() const { return m_memory; }
    QComboBox* purchaseBox() const { return m_purchase; }
    QComboBox* currencyBox() const { return m_currency; }
    NumberField* rateField() const { return m_rate; }
    NumberField* daysField() const { return m_days; }
    NumberField* hoursPerDayField() const { return m_hoursPerDay; }
    NumberField* monthHoursField() const { return m_monthHours; }
    QGroupBox* lambdaGroup() const { return m_lambdaGroup; }
    // The reason shown beside a field, empty when its input is fine.
    QString problemText(NumberField* field) const;

    // The widget a tab from the form's last control should reach (the options list follows).
    QWidget* lastControl() const;

public slots:
    void refresh();

private:
    // The form's parts, one builder each, top to bottom.
    static QFormLayout* newForm(QGroupBox* group);
    QGroupBox* buildWorkloadGroup();
    void addTaskSize(QFormLayout* form);
    QWidget* buildArchRow(QWidget* parent);
    QWidget* buildPeriodBox(QWidget* parent);
    QHBoxLayout* buildDaysRow(QWidget* periodBox);
    void connectPeriod();
    QGroupBox* buildPurchaseGroup();
    QWidget* buildPurchaseRow(QWidget* parent);
    QWidget* buildMoneyRow(QWidget* parent);
    QGroupBox* buildLambdaGroup();
    void setTabOrders();
    void refreshPeriod(const Scenario& s);
    void refreshPurchase(const Scenario& s);
    void refreshCurrency(const Scenario& s);

    NumberField* addNumber(QFormLayout* form, const QString& label, const QString& accessibleName, double min,
                           double max, int decimals, double step, const QString& suffix);
    QWidget* withProblem(NumberField* field);
    void fillRegions();
    void fillPurchases();
    void applyPurchase();
    void applyDiscount();
    void applyPeriod();
    void applyCurrency();
    QString purchaseHint(const QString& purchase) const;
    // Options a form-wide purchase applies to: those whose runtime the purchase option covers.

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language = Language::English;
    double m_defaultRate = Money::deckYenPerUsd;
    bool m_refreshing = false;

    QLineEdit* m_title = nullptr;
    QComboBox* m_region = nullptr;
    NumberField* m_tasks = nullptr;
    NumberField* m_vcpu = nullptr;
    NumberField* m_memory = nullptr;
    QButtonGroup* m_arch = nullptr;
    QRadioButton* m_x86 = nullptr;
    QRadioButton* m_arm = nullptr;
    QComboBox* m_os = nullptr;
    NumberField* m_ephemeral = nullptr;
    QRadioButton* m_monthMode = nullptr;
    QRadioButton* m_daysMode = nullptr;
    NumberField* m_monthHours = nullptr;
    NumberField* m_days = nullptr;
    NumberField* m_hoursPerDay = nullptr;
    QLabel* m_periodProblem = nullptr;
    QComboBox* m_purchase = nullptr;
    NumberField* m_discount = nullptr;
    QLabel* m_purchaseHint = nullptr;
    QComboBox* m_currency = nullptr;
    NumberField* m_rate = nullptr;
    QComboBox* m_rounding = nullptr;
    QGroupBox* m_lambdaGroup = nullptr;
    NumberField* m_requests = nullptr;
    NumberField* m_duration = nullptr;
    QHash<NumberField*, QLabel*> m_problems;
};
