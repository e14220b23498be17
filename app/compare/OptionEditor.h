#pragma once

#include "Catalog.h"
#include "PriceBook.h"
#include "Scenario.h"

#include <QGroupBox>

#include <functional>

class NumberField;
class ComparisonSession;
class ScenarioDocument;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

// The selected option's own settings: what overrides the workload for it alone (instance
// type with its size and price, region, architecture, purchase, EKS support tier, …).
class OptionEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionEditor)

public:
    // Edits one option of the session's scenario, in the session's language.
    explicit OptionEditor(ComparisonSession* session,
                 QWidget* parent = nullptr);

    void setLanguage(Language language);
    void setOptionId(const QString& optionId);
    QString optionId() const { return m_optionId; }

    QComboBox* instanceTypeBox() const { return m_instanceType; }
    QComboBox* regionBox() const { return m_region; }
    QComboBox* archBox() const { return m_arch; }
    QComboBox* purchaseBox() const { return m_purchase; }
    QComboBox* supportBox() const { return m_support; }
    // Offered when the instance type's architecture is not the option's: the same size for it.
    QPushButton* archFixButton() const { return m_archFix; }
    NumberField* reservedMemoryField() const { return m_reservedMemory; }
    NumberField* reservedVcpuField() const { return m_reservedVcpu; }
    NumberField* registeredMemoryField() const { return m_registeredMemory; }

public slots:
    void refresh();

private:
    // The editor's rows, top to bottom.
    void addLabelAndRuntime();
    void addInstanceType();
    void addRegionAndArch();
    void addPurchase();
    void addSupport();
    void addSizes();
    void addHostReservation();
    NumberField* addNumber(const QString& label, const QString& name, double min, double max, int decimals,
                           const QString& special, const QString& suffix);
    // A number field's edits, made to the option as one undoable change named `name`.
    void onNumber(NumberField* field, const QString& name, const std::function<void(Option&, double)>& edit);
    void refreshRuntimes(const Option& o, const CatalogEntry* service);
    void refreshInstanceType(const Option& o, bool hosts);
    void refreshPurchase(const Option& o);

    const Option* option() const;
    void change(const QString& field, const std::function<void(Option&)>& edit);
    void fillInstanceTypes(const Option& option);
    void setRowVisible(QWidget* field, bool visible);

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language = Language::English;
    QString m_optionId;
    bool m_refreshing = false;
    QString m_instanceTypesKey; // region and arch the instance list was filled for

    QFormLayout* m_form = nullptr;
    QLineEdit* m_label = nullptr;
    QComboBox* m_runtime = nullptr;
    QComboBox* m_instanceType = nullptr;
    QPushButton* m_archFix = nullptr;
    QString m_archFixType;      // the instance type the button switches to
    QComboBox* m_region = nullptr;
    QComboBox* m_arch = nullptr;
    QComboBox* m_purchase = nullptr;
    NumberField* m_discount = nullptr;
    QComboBox* m_support = nullptr;
    NumberField* m_clusters = nullptr;
    NumberField* m_nodes = nullptr;
    NumberField* m_tasks = nullptr;
    NumberField* m_vcpu = nullptr;
    NumberField* m_memory = nullptr;
    QCheckBox* m_freeTier = nullptr;
    NumberField* m_reservedMemory = nullptr;
    NumberField* m_reservedVcpu = nullptr;
    NumberField* m_registeredMemory = nullptr;
};
