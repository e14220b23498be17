#include "WorkloadForm.h"

#include "ComparisonSession.h"
#include "PurchaseField.h"

#include "NumberField.h"
#include "Purchase.h"
#include "ScenarioDocument.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    if (index >= 0 && index != box->currentIndex()) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(index);
    }
}

} // namespace

WorkloadForm::WorkloadForm(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_catalog(session->catalog())
    , m_prices(session->prices())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(buildWorkloadGroup());
    outer->addWidget(buildPurchaseGroup());
    outer->addWidget(buildLambdaGroup());
    setTabOrders();

    connect(m_document, &ScenarioDocument::changed, this, &WorkloadForm::refresh);
    // The session's language, and its prices (which the lists show): the lists follow them.
    connect(m_session, &ComparisonSession::languageChanged, this, &WorkloadForm::setLanguage);
    connect(m_session, &ComparisonSession::pricesChanged, this, [this] { setLanguage(m_session->language()); });
    setLanguage(m_session->language()); // fills the lists and shows the scenario
}

QFormLayout* WorkloadForm::newForm(QGroupBox* group)
{
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

// What runs: title, region, the task's size, architecture, OS, storage and the period.
QGroupBox* WorkloadForm::buildWorkloadGroup()
{
    auto* group = new QGroupBox(tr("Workload"), this);
    QFormLayout* form = newForm(group);

    m_title = new QLineEdit(group);
    m_title->setAccessibleName(tr("Scenario title"));
    m_title->setPlaceholderText(tr("Name this comparison"));
    form->addRow(tr("T&itle"), m_title);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& text) { m_document->setTitle(text); });

    m_region = new QComboBox(group);
    m_region->setAccessibleName(tr("Region"));
    form->addRow(tr("&Region"), m_region);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            m_document->setRegion(m_region->currentData().toString());
    });

    addTaskSize(form);
    form->addRow(tr("Architecture"), buildArchRow(group));

    m_os = new QComboBox(group);
    m_os->setAccessibleName(tr("Operating system"));
    m_os->addItem(tr("Linux"), QStringLiteral("linux"));
    m_os->addItem(tr("Windows"), QStringLiteral("windows"));
    form->addRow(tr("&OS"), m_os);
    connect(m_os, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            m_document->setOs(m_os->currentData().toString());
    });

    m_ephemeral = addNumber(form, tr("Ephemera&l"), tr("Ephemeral storage per task in GiB"), 20,
                            ScenarioLimits::maxEphemeralGiB, 0, 1, tr(" GiB"));
    m_ephemeral->setToolTip(tr("Task storage on Fargate; above 20 GiB it is billed"));
    connect(m_ephemeral, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { m_document->setEphemeralStorageGiB(v); });

    QWidget* period = buildPeriodBox(group);
    form->addRow(tr("&Period"), period);
    qobject_cast<QLabel*>(form->labelForField(period))->setBuddy(m_monthMode);
    return group;
}

void WorkloadForm::addTaskSize(QFormLayout* form)
{
    m_tasks = addNumber(form, tr("T&asks"), tr("Tasks"), 1, ScenarioLimits::maxTasks, 0, 1, QString());
    m_tasks->setToolTip(tr("Copies of the container running all month"));
    connect(m_tasks, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_document->setTasks(int(v)); });

    m_vcpu = addNumber(form, tr("vCP&U"), tr("vCPU per task"), 0.125, ScenarioLimits::maxVcpu, 3, 0.25,
                       tr(" vCPU"));
    m_vcpu->setToolTip(tr("vCPU each task needs"));
    connect(m_vcpu, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_document->setVcpu(v); });

    m_memory = addNumber(form, tr("&Memory"), tr("Memory per task in GiB"), 0.125, ScenarioLimits::maxMemoryGiB, 3,
                         0.5, tr(" GiB"));
    m_memory->setToolTip(tr("Memory each task needs, in GiB"));
    connect(m_memory, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_document->setMemoryGiB(v); });
}

QWidget* WorkloadForm::buildArchRow(QWidget* parent)
{
    auto* archRow = new QWidget(parent);
    auto* archLayout = new QHBoxLayout(archRow);
    archLayout->setContentsMargins(0, 0, 0, 0);
    m_x86 = new QRadioButton(tr("x86_64"), archRow);
    m_arm = new QRadioButton(tr("arm64 (Graviton)"), archRow);
    m_x86->setAccessibleName(tr("Architecture x86_64"));
    m_arm->setAccessibleName(tr("Architecture arm64"));
    m_arch = new QButtonGroup(this);
    m_arch->addButton(m_x86);
    m_arch->addButton(m_arm);
    archLayout->addWidget(m_x86);
    archLayout->addWidget(m_arm);
    archLayout->addStretch();
    connect(m_arch, &QButtonGroup::buttonToggled, this, [this](QAbstractButton* button, bool checked) {
        if (checked && !m_refreshing)
            m_document->setArch(button == m_arm ? QStringLiteral("arm64") : QStringLiteral("x86_64"));
    });
    return archRow;
}

// The period: a 730-hour month (AWS's calculator) or days × hours a day (the deck's 30.5 days).
QWidget* WorkloadForm::buildPeriodBox(QWidget* parent)
{
    auto* periodBox = new QWidget(parent);
    auto* periodLayout = new QVBoxLayout(periodBox);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->setSpacing(2);
    auto* monthRow = new QHBoxLayout;
    m_monthMode = new QRadioButton(periodBox);
    m_monthMode->setAccessibleName(tr("Period in hours"));
    m_monthHours = new NumberField(periodBox);
    m_monthHours->setRange(1, ScenarioLimits::maxHours);
    m_monthHours->setDecimals(1);
    m_monthHours->setSuffix(tr(" h"));
    m_monthHours->setAccessibleName(tr("Hours in the period"));
    monthRow->addWidget(m_monthMode);
    monthRow->addWidget(m_monthHours, 1);
    monthRow->addWidget(new QLabel(tr("a month"), periodBox));
    periodLayout->addLayout(monthRow);
    periodLayout->addLayout(buildDaysRow(periodBox));
    m_periodProblem = new QLabel(periodBox);
    m_periodProblem->setWordWrap(true);
    m_periodProblem->hide();
    periodLayout->addWidget(m_periodProblem);
    connectPeriod();
    return periodBox;
}

QHBoxLayout* WorkloadForm::buildDaysRow(QWidget* periodBox)
{
    auto* daysRow = new QHBoxLayout;
    m_daysMode = new QRadioButton(periodBox);
    m_daysMode->setAccessibleName(tr("Period in days"));
    m_days = new NumberField(periodBox);
    m_days->setRange(0.5, ScenarioLimits::maxHours / 24.0);
    m_days->setDecimals(1);
    m_days->setSingleStep(0.5);
    m_days->setSuffix(tr(" d"));
    m_days->setAccessibleName(tr("Days in the period"));
    m_hoursPerDay = new NumberField(periodBox);
    m_hoursPerDay->setRange(0.5, 24);
    m_hoursPerDay->setDecimals(1);
    m_hoursPerDay->setSuffix(tr(" h/d"));
    m_hoursPerDay->setAccessibleName(tr("Hours a day"));
    m_days->setRule([this](double days) {
        return days * m_hoursPerDay->value() > ScenarioLimits::maxHours
                   ? tr("At most %1 hours in all").arg(QLocale().toString(ScenarioLimits::maxHours, 'f', 0))
                   : QString();
    });
    daysRow->addWidget(m_daysMode);
    daysRow->addWidget(m_days, 1);
    daysRow->addWidget(new QLabel(QStringLiteral("×"), periodBox));
    daysRow->addWidget(m_hoursPerDay, 1);
    return daysRow;
}

void WorkloadForm::connectPeriod()
{
    auto* periodModes = new QButtonGroup(this);
    periodModes->addButton(m_monthMode);
    periodModes->addButton(m_daysMode);
    connect(periodModes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked)
            applyPeriod();
    });
    for (NumberField* f : {m_monthHours, m_days, m_hoursPerDay}) {
        connect(f, &QDoubleSpinBox::valueChanged, this, [this](double) { applyPeriod(); });
        connect(f, &NumberField::problemChanged, this, [this](const QString& problem) {
            m_periodProblem->setText(QStringLiteral("⚠ ") + problem);
            m_periodProblem->setVisible(!problem.isEmpty());
        });
    }
}

// How capacity is bought, for every option it applies to (an option can override it), and the
// currency money is shown in.
QGroupBox* WorkloadForm::buildPurchaseGroup()
{
    auto* buyGroup = new QGroupBox(tr("Purchase and money"), this);
    QFormLayout* buyForm = newForm(buyGroup);
    buyForm->addRow(tr("&Buy"), buildPurchaseRow(buyGroup));
    m_purchaseHint = new QLabel(buyGroup);
    m_purchaseHint->setWordWrap(true);
    QFont small = m_purchaseHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_purchaseHint->setFont(small);
    buyForm->addRow(QString(), m_purchaseHint);

    buyForm->addRow(tr("&Currency"), buildMoneyRow(buyGroup));
    m_rounding = new QComboBox(buyGroup);
    m_rounding->setAccessibleName(tr("Rounding"));
    m_rounding->addItem(tr("Round to nearest"), QStringLiteral("nearest"));
    m_rounding->addItem(tr("Truncate (floor)"), QStringLiteral("floor"));
    buyForm->addRow(tr("Ro&unding"), m_rounding);
    connect(m_rounding, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            applyCurrency();
    });
    return buyGroup;
}

QWidget* WorkloadForm::buildPurchaseRow(QWidget* parent)
{
    auto* purchaseRow = new PurchaseField(parent);
    m_purchase = purchaseRow->purchaseBox();
    m_purchase->setAccessibleName(tr("Purchase option"));
    m_discount = purchaseRow->discountField();
    m_discount->setAccessibleName(tr("Discount off on-demand in percent"));
    m_discount->setToolTip(tr("Fraction off on-demand; \"default\" uses the catalog's figure"));
    connect(m_purchase, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            applyPurchase();
    });
    connect(m_discount, &QDoubleSpinBox::valueChanged, this, [this](double) {
        if (!m_refreshing)
            applyDiscount();
    });
    return purchaseRow;
}

QWidget* WorkloadForm::buildMoneyRow(QWidget* parent)
{
    auto* moneyRow = new QWidget(parent);
    auto* moneyLayout = new QHBoxLayout(moneyRow);
    moneyLayout->setContentsMargins(0, 0, 0, 0);
    m_currency = new QComboBox(moneyRow);
    m_currency->setAccessibleName(tr("Display currency"));
    m_currency->addItem(tr("USD"), QStringLiteral("USD"));
    m_currency->addItem(tr("JPY"), QStringLiteral("JPY"));
    m_rate = new NumberField(moneyRow);
    m_rate->setRange(0.0001, ScenarioLimits::maxPerUsd);
    m_rate->setDecimals(4);
    m_rate->setPrefix(tr("1 USD = "));
    m_rate->setAccessibleName(tr("Exchange rate, units of the display currency per USD"));
    moneyLayout->addWidget(m_currency, 1);
    moneyLayout->addWidget(m_rate, 2);
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this](int) {
        if (!m_refreshing)
            applyCurrency();
    });
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, [this](double) {
        if (!m_refreshing)
            applyCurrency();
    });
    return moneyRow;
}

// Lambda bills requests and GB-seconds: asked only when Lambda is compared.
QGroupBox* WorkloadForm::buildLambdaGroup()
{
    m_lambdaGroup = new QGroupBox(tr("Lambda"), this);
    QFormLayout* lambdaForm = newForm(m_lambdaGroup);
    m_requests = addNumber(lambdaForm, tr("Re&quests"), tr("Requests a month"), 0, 1e12, 0, 100000, QString());
    m_requests->setSuffix(tr(" /month"));
    m_requests->setGroupSeparatorShown(true);
    m_duration = addNumber(lambdaForm, tr("&Duration"), tr("Average duration of a request in milliseconds"), 0,
                           15 * 60 * 1000, 0, 10, tr(" ms"));
    m_duration->setGroupSeparatorShown(true);
    m_duration->setToolTip(tr("Lambda stops a call at 15 minutes"));
    connect(m_requests, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_document->setRequestsPerMonth(v); });
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_document->setAvgDurationMs(v); });
    return m_lambdaGroup;
}

// Top to bottom, as the fields read.
void WorkloadForm::setTabOrders()
{
    const QList<QWidget*> chain = {m_title,   m_region,      m_tasks,    m_vcpu,     m_memory,  m_x86,
                                   m_os,      m_ephemeral,   m_monthMode, m_monthHours, m_daysMode, m_days,
                                   m_hoursPerDay, m_purchase, m_discount, m_currency, m_rate,    m_rounding,
                                   m_requests, m_duration};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

NumberField* WorkloadForm::addNumber(QFormLayout* form, const QString& label, const QString& accessibleName,
                                     double min, double max, int decimals, double step, const QString& suffix)
{
    auto* field = new NumberField(this);
    field->setDecimals(decimals);
    field->setRange(min, max);
    field->setSingleStep(step);
    field->setSuffix(suffix);
    field->setAccessibleName(accessibleName);
    form->addRow(label, withProblem(field));
    if (auto* labelWidget = qobject_cast<QLabel*>(form->labelForField(field->parentWidget())))
        labelWidget->setBuddy(field);
    return field;
}

// The field with the reason for refused input right under it, hidden while there is none.
QWidget* WorkloadForm::withProblem(NumberField* field)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    field->setParent(box);
    layout->addWidget(field);
    auto* problem = new QLabel(box);
    problem->setWordWrap(true);
    problem->hide();
    QPalette palette = problem->palette();
    palette.setColor(QPalette::WindowText, Theme::bad());
    problem->setPalette(palette);
    problem->setAccessibleName(field->accessibleName() + tr(": problem"));
    layout->addWidget(problem);
    m_problems.insert(field, problem);
    connect(field, &NumberField::problemChanged, problem, [problem](const QString& text) {
        problem->setText(QStringLiteral("⚠ ") + text);
        problem->setVisible(!text.isEmpty());
    });
    return box;
}

QString WorkloadForm::problemText(NumberField* field) const
{
    if (field == m_monthHours || field == m_days || field == m_hoursPerDay)
        return m_periodProblem->isVisible() ? field->problem() : QString();
    return field->problem();
}

QWidget* WorkloadForm::lastControl() const
{
    return m_lambdaGroup->isVisible() ? static_cast<QWidget*>(m_duration) : static_cast<QWidget*>(m_rounding);
}

void WorkloadForm::setLanguage(Language language)
{
    m_language = language;
    m_refreshing = true;
    fillRegions();
    fillPurchases();
    m_refreshing = false;
    refresh();
}

void WorkloadForm::fillRegions()
{
    const QSignalBlocker blocker(m_region);
    m_region->clear();
    for (const PriceBook& book : m_prices.books())
        m_region->addItem(book.regionName.text(m_language) + QStringLiteral(" — ") + book.region, book.region);
}

void WorkloadForm::fillPurchases()
{
    const QSignalBlocker blocker(m_purchase);
    m_purchase->clear();
    for (const PurchaseOption& p : m_catalog.purchaseOptions())
        m_purchase->addItem(p.name.text(m_language), p.id);
    if (m_purchase->count() == 0) // catalogs without purchase options still offer on-demand
        m_purchase->addItem(tr("On-demand"), QStringLiteral("on-demand"));
}

QString WorkloadForm::purchaseHint(const QString& purchase) const
{
    const PriceBook* book = m_prices.region(m_document->scenario().region);
    QStringList parts;
    for (const PurchaseOption& p : m_catalog.purchaseOptions()) {
        if (p.id != purchase)
            continue;
        if (!p.description.isEmpty())
            parts << p.description.text(m_language);
        if (book) {
            for (const QString& runtime : p.runtimes) {
                const std::optional<Discount> d = book->discount(purchase, runtime);
                if (!d)
                    continue;
                QString text = tr("%1: default −%2 %").arg(runtime, QLocale().toString(d->fraction * 100, 'g', 3));
                if (d->confidence == Confidence::Estimate)
                    text += tr(" (estimate)");
                parts << text;
            }
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void WorkloadForm::applyPurchase()
{
    const QString purchase = m_purchase->currentData().toString();
    if (purchase.isEmpty())
        return; // "mixed" is a state, not a choice
    m_document->edit(tr("Change purchase option"), QStringLiteral("purchase"),
                     [&](Scenario& s) { Purchase::applyToAll(s, m_catalog, purchase); });
}

void WorkloadForm::applyDiscount()
{
    const double percent = m_discount->value();
    m_document->edit(tr("Change discount"), QStringLiteral("discount"), [&](Scenario& s) {
        for (Option& o : s.options) {
            if (o.purchase == u"on-demand")
                continue;
            if (percent <= 0)
                o.discount.reset();
            else
                o.discount = percent / 100.0;
        }
    });
}

void WorkloadForm::applyPeriod()
{
    if (m_refreshing)
        return;
    Period period = m_document->scenario().period;
    if (m_monthMode->isChecked()) {
        period.hours = m_monthHours->value();
    } else {
        if (m_days->value() * m_hoursPerDay->value() > ScenarioLimits::maxHours)
            return;
        period.hours.reset();
        period.days = m_days->value();
        period.hoursPerDay = m_hoursPerDay->value();
    }
    m_document->setPeriod(period);
}

void WorkloadForm::applyCurrency()
{
    CurrencySettings currency = m_document->scenario().currency;
    const QString code = m_currency->currentData().toString();
    if (code != currency.code && code != u"USD" && currency.perUsd == 1)
        currency.perUsd = m_defaultRate; // a fresh switch to yen starts at the usual rate
    else if (code == currency.code)
        currency.perUsd = m_rate->value();
    currency.code = code;
    if (code == u"USD")
        currency.perUsd = 1;
    currency.rounding = m_rounding->currentData().toString();
    m_document->setCurrency(currency);
}

void WorkloadForm::refresh()
{
    m_refreshing = true;
    const Scenario& s = m_document->scenario();
    if (m_title->text() != s.title)
        m_title->setText(s.title);
    selectData(m_region, s.region);
    m_tasks->setValueQuietly(s.workload.tasks);
    m_vcpu->setValueQuietly(s.workload.vcpu);
    m_memory->setValueQuietly(s.workload.memoryGiB);
    (s.workload.arch == u"arm64" ? m_arm : m_x86)->setChecked(true);
    selectData(m_os, s.workload.os);
    m_ephemeral->setValueQuietly(s.workload.ephemeralStorageGiB);
    refreshPeriod(s);
    refreshPurchase(s);
    refreshCurrency(s);

    const bool lambda = std::any_of(s.options.cbegin(), s.options.cend(),
                                    [](const Option& o) { return o.enabled && o.service == u"lambda"; });
    m_lambdaGroup->setVisible(lambda);
    m_requests->setValueQuietly(s.workload.requestsPerMonth);
    m_duration->setValueQuietly(s.workload.avgDurationMs);
    m_refreshing = false;
}

void WorkloadForm::refreshPeriod(const Scenario& s)
{
    (s.period.hours ? m_monthMode : m_daysMode)->setChecked(true);
    m_monthHours->setValueQuietly(s.period.hours.value_or(730));
    m_days->setValueQuietly(s.period.days);
    m_hoursPerDay->setValueQuietly(s.period.hoursPerDay);
    m_monthHours->setEnabled(bool(s.period.hours));
    m_days->setEnabled(!s.period.hours);
    m_hoursPerDay->setEnabled(!s.period.hours);
}

// The purchase the options share (Purchase::shared); "mixed" when their own choices differ.
void WorkloadForm::refreshPurchase(const Scenario& s)
{
    const QString purchase = Purchase::shared(s, m_catalog);
    QList<double> discounts;
    bool anyDefaultDiscount = false;
    for (const Option& o : s.options) {
        if (o.purchase != u"on-demand") {
            if (o.discount)
                discounts << *o.discount;
            else
                anyDefaultDiscount = true;
        }
    }
    {
        const QSignalBlocker blocker(m_purchase);
        const int mixed = m_purchase->findData(QString());
        if (mixed >= 0)
            m_purchase->removeItem(mixed);
        if (purchase.isEmpty()) {
            m_purchase->addItem(tr("Mixed (set per option)"), QString());
            m_purchase->setCurrentIndex(m_purchase->count() - 1);
        } else {
            selectData(m_purchase, purchase);
        }
    }
    const bool onDemandOnly = purchase == u"on-demand";
    m_discount->setEnabled(!onDemandOnly);
    const bool sameDiscount = !discounts.isEmpty() && !anyDefaultDiscount
                              && std::all_of(discounts.cbegin(), discounts.cend(),
                                             [&](double d) { return qFuzzyCompare(d, discounts.first()); });
    m_discount->setValueQuietly(sameDiscount ? discounts.first() * 100 : 0);
    m_purchaseHint->setText(purchaseHint(purchase));
    m_purchaseHint->setVisible(!m_purchaseHint->text().isEmpty());
}

void WorkloadForm::refreshCurrency(const Scenario& s)
{
    selectData(m_currency, s.currency.code);
    m_rate->setValueQuietly(s.currency.perUsd);
    m_rate->setEnabled(s.currency.code != u"USD");
    m_rate->setSuffix(QLatin1Char(' ') + s.currency.code);
    selectData(m_rounding, s.currency.rounding);
}
