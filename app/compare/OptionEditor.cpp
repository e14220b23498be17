#include "OptionEditor.h"

#include "ComparisonSession.h"
#include "PurchaseField.h"

#include "CostModel.h"
#include "Money.h"
#include "NumberField.h"
#include "Purchase.h"
#include "ScenarioDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace {

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    const QSignalBlocker blocker(box);
    box->setCurrentIndex(std::max(index, 0));
}

} // namespace

OptionEditor::OptionEditor(ComparisonSession* session, QWidget* parent)
    : QGroupBox(tr("Selected option"), parent)
    , m_session(session)
    , m_document(session->document())
    , m_catalog(session->catalog())
    , m_prices(session->prices())
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    addLabelAndRuntime();
    addInstanceType();
    addRegionAndArch();
    addPurchase();
    addSupport();
    addSizes();
    addHostReservation();

    m_freeTier = new QCheckBox(tr("Apply the monthly free tier"), this);
    m_freeTier->setAccessibleName(tr("Apply Lambda's monthly free tier"));
    m_form->addRow(QString(), m_freeTier);
    connect(m_freeTier, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_refreshing)
            change(QStringLiteral("freeTier"), [&](Option& o) { o.freeTier = on; });
    });

    // The session's language, and its prices (which the lists show): the lists follow them.
    connect(m_session, &ComparisonSession::languageChanged, this, &OptionEditor::setLanguage);
    connect(m_session, &ComparisonSession::pricesChanged, this, [this] { setLanguage(m_session->language()); });
    setLanguage(m_session->language());
}

void OptionEditor::addLabelAndRuntime()
{
    m_label = new QLineEdit(this);
    m_label->setAccessibleName(tr("Option label"));
    m_form->addRow(tr("&Label"), m_label);
    connect(m_label, &QLineEdit::textEdited, this,
            [this](const QString& text) { change(QStringLiteral("label"), [&](Option& o) { o.label = text; }); });

    m_runtime = new QComboBox(this);
    m_runtime->setAccessibleName(tr("Runs on"));
    m_form->addRow(tr("Runs &on"), m_runtime);
    connect(m_runtime, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString runtime = m_runtime->currentData().toString();
        change(QStringLiteral("runtime"), [&](Option& o) {
            o.runtime = runtime;
            if (!CostModel::pricesHosts(o))
                o.instanceType.clear();
        });
    });
}

void OptionEditor::addInstanceType()
{
    m_instanceType = new QComboBox(this);
    m_instanceType->setAccessibleName(tr("Instance type"));
    m_instanceType->setToolTip(tr("The EC2 type the hosts run on, with its size and on-demand price here"));
    m_instanceType->setMaxVisibleItems(16);
    m_instanceType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instanceType->setMinimumContentsLength(12);
    m_form->addRow(tr("&Instance"), m_instanceType);
    m_archFix = new QPushButton(this);
    m_archFix->setToolTip(tr("The instance type runs another architecture than the option: switch to the same size "
                             "for the option's architecture"));
    m_form->addRow(QString(), m_archFix);
    connect(m_archFix, &QPushButton::clicked, this, [this] {
        const QString type = m_archFixType;
        change(QStringLiteral("instanceType"), [&](Option& o) { o.instanceType = type; });
    });
    connect(m_instanceType, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString type = m_instanceType->currentData().toString();
        change(QStringLiteral("instanceType"), [&](Option& o) { o.instanceType = type; });
    });
}

void OptionEditor::addRegionAndArch()
{
    m_region = new QComboBox(this);
    m_region->setAccessibleName(tr("Option region"));
    m_form->addRow(tr("Re&gion"), m_region);
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString region = m_region->currentData().toString();
        change(QStringLiteral("region"), [&](Option& o) {
            o.region = region.isEmpty() ? std::nullopt : std::optional<QString>(region);
        });
    });

    m_arch = new QComboBox(this);
    m_arch->setAccessibleName(tr("Option architecture"));
    m_form->addRow(tr("A&rch"), m_arch);
    connect(m_arch, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString arch = m_arch->currentData().toString();
        change(QStringLiteral("arch"), [&](Option& o) {
            o.arch = arch.isEmpty() ? std::nullopt : std::optional<QString>(arch);
            // A type of the other architecture would be repriced on a bigger sibling: pick anew.
            if (const PriceBook* book = m_prices.region(o.region.value_or(m_document->scenario().region)))
                if (const InstanceType* t = book->instanceType(o.instanceType))
                    if (t->arch != o.arch.value_or(m_document->scenario().workload.arch))
                        o.instanceType.clear();
        });
    });
}

void OptionEditor::addPurchase()
{
    auto* purchaseRow = new PurchaseField(this);
    m_purchase = purchaseRow->purchaseBox();
    m_purchase->setAccessibleName(tr("Option purchase option"));
    m_discount = purchaseRow->discountField();
    m_discount->setAccessibleName(tr("Option discount in percent"));
    m_form->addRow(tr("&Buy"), purchaseRow);
    connect(m_purchase, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString purchase = m_purchase->currentData().toString();
        change(QStringLiteral("purchase"), [&](Option& o) {
            o.purchase = purchase;
            if (purchase == u"on-demand")
                o.discount.reset();
        });
    });
    onNumber(m_discount, QStringLiteral("discount"), [](Option& o, double v) {
        o.discount = v <= 0 ? std::nullopt : std::optional<double>(v / 100);
    });
}

void OptionEditor::addSupport()
{
    m_support = new QComboBox(this);
    m_support->setAccessibleName(tr("EKS support tier"));
    m_support->addItem(tr("Standard support"), QStringLiteral("standard"));
    m_support->addItem(tr("Extended support"), QStringLiteral("extended"));
    m_support->setToolTip(tr("A cluster left on an old Kubernetes version moves to extended support, "
                             "which costs six times as much an hour"));
    m_form->addRow(tr("&Support"), m_support);
    connect(m_support, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_refreshing)
            return;
        const QString support = m_support->currentData().toString();
        change(QStringLiteral("support"), [&](Option& o) { o.support = support; });
    });
}

NumberField* OptionEditor::addNumber(const QString& label, const QString& name, double min, double max,
                                     int decimals, const QString& special, const QString& suffix)
{
    auto* field = new NumberField(this);
    field->setDecimals(decimals);
    field->setRange(min, max);
    field->setSpecialValueText(special);
    field->setSuffix(suffix);
    field->setAccessibleName(name);
    m_form->addRow(label, field);
    return field;
}

void OptionEditor::onNumber(NumberField* field, const QString& name, const std::function<void(Option&, double)>& edit)
{
    connect(field, &QDoubleSpinBox::valueChanged, this, [this, name, edit](double v) {
        if (!m_refreshing)
            change(name, [&](Option& o) { edit(o, v); });
    });
}

// How many clusters, nodes and tasks, and each task's size; 0 keeps the workload's.
void OptionEditor::addSizes()
{
    m_clusters = addNumber(tr("Cl&usters"), tr("Clusters"), 1, ScenarioLimits::maxClusters, 0, QString(), QString());
    onNumber(m_clusters, QStringLiteral("clusters"), [](Option& o, double v) { o.clusters = int(v); });
    m_nodes = addNumber(tr("&Nodes"), tr("Nodes, 0 for as many as the tasks need"), 0, ScenarioLimits::maxNodes, 0,
                        tr("as the tasks need"), QString());
    onNumber(m_nodes, QStringLiteral("nodes"),
             [](Option& o, double v) { o.nodes = v < 1 ? std::nullopt : std::optional<int>(int(v)); });
    m_tasks = addNumber(tr("T&asks"), tr("Tasks for this option, 0 for the workload's"), 0,
                        ScenarioLimits::maxTasks, 0, tr("the workload's"), QString());
    onNumber(m_tasks, QStringLiteral("tasks"),
             [](Option& o, double v) { o.tasks = v < 1 ? std::nullopt : std::optional<int>(int(v)); });
    m_vcpu = addNumber(tr("v&CPU"), tr("vCPU for this option, 0 for the workload's"), 0, ScenarioLimits::maxVcpu,
                       3, tr("the workload's"), tr(" vCPU"));
    m_vcpu->setSingleStep(0.25);
    onNumber(m_vcpu, QStringLiteral("vcpu"),
             [](Option& o, double v) { o.vcpu = v <= 0 ? std::nullopt : std::optional<double>(v); });
    m_memory = addNumber(tr("&Memory"), tr("Memory for this option in GiB, 0 for the workload's"), 0,
                         ScenarioLimits::maxMemoryGiB, 3, tr("the workload's"), tr(" GiB"));
    m_memory->setSingleStep(0.5);
    onNumber(m_memory, QStringLiteral("memory"),
             [](Option& o, double v) { o.memoryGiB = v <= 0 ? std::nullopt : std::optional<double>(v); });
}

// What the hosts keep back before tasks are placed (the agent's registered memory,
// ECS_RESERVED_MEMORY, a CPU reservation); 0 keeps the catalog's value.
void OptionEditor::addHostReservation()
{
    m_registeredMemory = addNumber(tr("Registere&d memory"),
                                   tr("Share of an instance's memory the agent registers, 0 for the catalog's"), 0,
                                   100, 3, tr("the catalog's"), tr(" %"));
    m_registeredMemory->setToolTip(tr("The agent registers the memory the OS reports, a little below the instance's "
                                      "size; tasks are placed against what was registered."));
    onNumber(m_registeredMemory, QStringLiteral("registeredMemory"), [](Option& o, double v) {
        o.registeredMemoryFraction = v < 50 ? std::nullopt : std::optional<double>(v / 100);
    });
    m_reservedMemory = addNumber(tr("Reserved memor&y"),
                                 tr("Memory each host keeps back in MiB (ECS_RESERVED_MEMORY)"), 0,
                                 ScenarioLimits::maxMemoryGiB * 1024, 0, tr("the catalog's"), tr(" MiB"));
    m_reservedMemory->setSingleStep(64);
    onNumber(m_reservedMemory, QStringLiteral("reservedMemory"), [](Option& o, double v) {
        o.reservedMemoryMiB = v <= 0 ? std::nullopt : std::optional<double>(v);
    });
    m_reservedVcpu = addNumber(tr("Reserved vC&PU"), tr("vCPU each host keeps back"), 0, ScenarioLimits::maxVcpu,
                               3, tr("the catalog's"), tr(" vCPU"));
    m_reservedVcpu->setSingleStep(0.25);
    onNumber(m_reservedVcpu, QStringLiteral("reservedVcpu"), [](Option& o, double v) {
        o.reservedVcpu = v <= 0 ? std::nullopt : std::optional<double>(v);
    });
}

void OptionEditor::setLanguage(Language language)
{
    m_language = language;
    m_refreshing = true;
    m_region->clear();
    m_region->addItem(tr("The scenario's region"), QString());
    for (const PriceBook& book : m_prices.books())
        m_region->addItem(book.regionName.text(language) + QStringLiteral(" — ") + book.region, book.region);
    m_arch->clear();
    m_arch->addItem(tr("The workload's"), QString());
    m_arch->addItem(tr("x86_64"), QStringLiteral("x86_64"));
    m_arch->addItem(tr("arm64 (Graviton)"), QStringLiteral("arm64"));
    m_purchase->clear();
    for (const PurchaseOption& p : m_catalog.purchaseOptions())
        m_purchase->addItem(p.name.text(language), p.id);
    if (m_purchase->count() == 0)
        m_purchase->addItem(tr("On-demand"), QStringLiteral("on-demand"));
    m_instanceTypesKey.clear();
    m_refreshing = false;
    refresh();
}

void OptionEditor::setOptionId(const QString& optionId)
{
    if (m_optionId == optionId)
        return;
    m_optionId = optionId;
    refresh();
}

const Option* OptionEditor::option() const
{
    const int index = m_document->optionIndex(m_optionId);
    return index < 0 ? nullptr : &m_document->scenario().options.at(index);
}

void OptionEditor::change(const QString& field, const std::function<void(Option&)>& edit)
{
    const Option* current = option();
    if (!current)
        return;
    Option copy = *current;
    edit(copy);
    m_document->setOption(copy, field);
}

void OptionEditor::setRowVisible(QWidget* field, bool visible)
{
    field->setVisible(visible);
    if (QWidget* label = m_form->labelForField(field))
        label->setVisible(visible);
}

void OptionEditor::fillInstanceTypes(const Option& option)
{
    const Scenario& s = m_document->scenario();
    const QString region = option.region.value_or(s.region);
    const QString arch = option.arch.value_or(s.workload.arch);
    const QString key = region + QLatin1Char('/') + arch + QLatin1Char('/') + option.instanceType;
    if (key == m_instanceTypesKey)
        return;
    m_instanceTypesKey = key;
    const QSignalBlocker blocker(m_instanceType);
    m_instanceType->clear();
    m_instanceType->addItem(tr("Automatic: the cheapest that holds a task"), QString());
    const PriceBook* book = m_prices.region(region);
    if (!book)
        return;
    const QLocale locale;
    bool listed = option.instanceType.isEmpty();
    for (const InstanceType& t : book->instanceTypes) {
        if (t.arch != arch && t.type != option.instanceType)
            continue;
        // "c7i.large — 2 vCPU · 4 GiB · $0.11235/h": enough to choose without leaving the list.
        QString text = tr("%1 — %2 vCPU · %3 GiB · $%4/h")
                           .arg(t.type, locale.toString(t.vcpu, 'g', 4), locale.toString(t.memoryGiB, 'g', 5),
                                QString::number(t.onDemand.usd, 'g', 6));
        if (t.gpus > 0)
            text += tr(" · GPU: %1").arg(t.gpus);
        if (t.onDemand.confidence == Confidence::Estimate)
            text += tr(" (estimate)");
        m_instanceType->addItem(text, t.type);
        const int row = m_instanceType->count() - 1;
        m_instanceType->setItemData(row,
                                    tr("Source %1, as of %2").arg(t.onDemand.source, t.onDemand.asOf),
                                    Qt::ToolTipRole);
        listed = listed || t.type == option.instanceType;
    }
    if (!listed)
        m_instanceType->addItem(tr("%1 (no price in %2)").arg(option.instanceType, region), option.instanceType);
}

void OptionEditor::refresh()
{
    const Option* o = option();
    setEnabled(o != nullptr);
    if (!o) {
        setTitle(tr("Selected option"));
        return;
    }
    m_refreshing = true;
    const Scenario& s = m_document->scenario();
    Option unlabelled = *o;
    unlabelled.label.clear();
    const QString defaultLabel = CostModel::labelOf(s, unlabelled, m_catalog, m_prices, m_language);
    setTitle(tr("Selected option: %1").arg(o->label.isEmpty() ? defaultLabel : o->label));
    if (m_label->text() != o->label)
        m_label->setText(o->label);
    m_label->setPlaceholderText(defaultLabel);

    const CatalogEntry* service = m_catalog.find(CatalogKind::Services, o->service);
    refreshRuntimes(*o, service);
    const bool hosts = CostModel::pricesHosts(*o);
    refreshInstanceType(*o, hosts);
    const bool fixedHosts = hosts && service && service->hostReservation && service->hostReservation->model == u"fixed";
    for (NumberField* f : {m_registeredMemory, m_reservedMemory, m_reservedVcpu})
        setRowVisible(f, fixedHosts);
    m_registeredMemory->setValueQuietly(o->registeredMemoryFraction ? *o->registeredMemoryFraction * 100 : 0);
    m_reservedMemory->setValueQuietly(o->reservedMemoryMiB.value_or(0));
    m_reservedVcpu->setValueQuietly(o->reservedVcpu.value_or(0));
    selectData(m_region, o->region.value_or(QString()));
    selectData(m_arch, o->arch.value_or(QString()));
    m_region->setItemText(0, tr("The scenario's (%1)").arg(s.region));
    m_arch->setItemText(0, tr("The workload's (%1)").arg(s.workload.arch));
    refreshPurchase(*o);

    setRowVisible(m_support, o->service == u"eks");
    selectData(m_support, o->support);
    setRowVisible(m_clusters, o->service == u"eks" || o->service == u"rosa");
    m_clusters->setValueQuietly(o->clusters);
    setRowVisible(m_nodes, hosts || o->runtime.endsWith(QStringLiteral("anywhere")));
    m_nodes->setValueQuietly(o->nodes.value_or(0));
    m_tasks->setValueQuietly(o->tasks.value_or(0));
    m_vcpu->setValueQuietly(o->vcpu.value_or(0));
    m_memory->setValueQuietly(o->memoryGiB.value_or(0));
    setRowVisible(m_freeTier, o->service == u"lambda");
    m_freeTier->setChecked(o->freeTier);
    m_refreshing = false;
}

// The runtimes the option's service runs on, by name; the row only when there is a choice.
void OptionEditor::refreshRuntimes(const Option& o, const CatalogEntry* service)
{
    {
        const QSignalBlocker blocker(m_runtime);
        m_runtime->clear();
        const QStringList runtimes = service ? service->service.runtimes : QStringList();
        for (const QString& r : runtimes) {
            const CatalogEntry* runtime = nullptr;
            for (const CatalogEntry& e : m_catalog.entries(CatalogKind::Runtimes))
                if (e.capabilities.value(QStringLiteral("runtime")).toString() == r && !runtime)
                    runtime = &e;
            m_runtime->addItem(runtime ? runtime->label(m_language) : r, r);
        }
        if (m_runtime->findData(o.runtime) < 0 && !o.runtime.isEmpty())
            m_runtime->addItem(o.runtime, o.runtime);
        selectData(m_runtime, o.runtime);
    }
    setRowVisible(m_runtime, m_runtime->count() > 1);
}

void OptionEditor::refreshInstanceType(const Option& o, bool hosts)
{
    const Scenario& s = m_document->scenario();
    setRowVisible(m_instanceType, hosts);
    if (hosts) {
        fillInstanceTypes(o);
        selectData(m_instanceType, o.instanceType);
    }
    // An instance of another architecture cannot run the option's images: offer the same size.
    m_archFixType.clear();
    const QString arch = o.arch.value_or(s.workload.arch);
    if (const PriceBook* book = hosts ? m_prices.region(o.region.value_or(s.region)) : nullptr)
        if (const InstanceType* t = book->instanceType(o.instanceType); t && t->arch != arch)
            if (const InstanceType* same = CostModel::matchingInstanceType(*book, *t, arch))
                m_archFixType = same->type;
    m_archFix->setText(tr("Use %1 (%2)").arg(m_archFixType, arch));
    setRowVisible(m_archFix, !m_archFixType.isEmpty());
}

void OptionEditor::refreshPurchase(const Option& o)
{
    selectData(m_purchase, o.purchase);
    // Purchases this option's runtime is not sold under are shown but cannot be chosen.
    if (auto* items = qobject_cast<QStandardItemModel*>(m_purchase->model())) {
        for (int i = 0; i < m_purchase->count(); ++i)
            if (QStandardItem* item = items->item(i))
                item->setEnabled(Purchase::applies(m_catalog, m_purchase->itemData(i).toString(), o));
    }
    m_discount->setEnabled(o.purchase != u"on-demand");
    m_discount->setValueQuietly(o.discount ? *o.discount * 100 : 0);
    const bool lightsailLike = o.service == u"lightsail" || o.service == u"app-runner";
    setRowVisible(m_purchase->parentWidget(), !lightsailLike);
}
