#include "OptionsPanel.h"

#include "ComparisonSession.h"

#include "CostModel.h"
#include "OptionEditor.h"
#include "ScenarioDocument.h"
#include "Theme.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int OptionIdRole = Qt::UserRole;

// The services the Add menu offers (not ECS Express Mode, which a scenario file can still name).
// ECS Managed Instances, EKS Auto Mode and EKS Hybrid Nodes have fees no price book holds:
// they are offered all the same, and priced as far as the prices go (their totals unknown).
const QStringList& scenarioServices()
{
    static const QStringList ids = {QStringLiteral("ecs"),        QStringLiteral("eks"),
                                    QStringLiteral("lightsail"),  QStringLiteral("elastic-beanstalk"),
                                    QStringLiteral("batch"),      QStringLiteral("app-runner"),
                                    QStringLiteral("rosa"),       QStringLiteral("ec2-self-managed"),
                                    QStringLiteral("lambda"),     QStringLiteral("ecs-managed-instances"),
                                    QStringLiteral("eks-auto-mode"), QStringLiteral("eks-hybrid-nodes")};
    return ids;
}

} // namespace

OptionsPanel::OptionsPanel(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_catalog(session->catalog())
    , m_prices(session->prices())
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* group = new QGroupBox(tr("Options to compare"), this);
    auto* layout = new QVBoxLayout(group);
    outer->addWidget(group);
    layout->addWidget(buildList(group), 1);
    layout->addLayout(buildButtons(group));

    m_editor = new OptionEditor(m_session, this);
    outer->addWidget(m_editor);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_refreshing)
            return;
        m_document->setOptionEnabled(item->data(OptionIdRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        m_editor->setOptionId(current ? current->data(OptionIdRole).toString() : QString());
        updateActions();
    });

    setTabOrder(m_list, m_addButton);
    setTabOrder(m_addButton, m_duplicateButton);
    setTabOrder(m_duplicateButton, m_removeButton);

    connect(m_document, &ScenarioDocument::changed, this, &OptionsPanel::refresh);
    // The session's language, and its prices (which the lists show): the lists follow them.
    connect(m_session, &ComparisonSession::languageChanged, this, &OptionsPanel::setLanguage);
    connect(m_session, &ComparisonSession::pricesChanged, this, [this] { setLanguage(m_session->language()); });
    setLanguage(m_session->language()); // fills the add menu and the list
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QListWidget* OptionsPanel::buildList(QWidget* parent)
{
    m_list = new QListWidget(parent);
    m_list->setAccessibleName(tr("Options to compare"));
    m_list->setToolTip(tr("Ticked options are compared. Space ticks, Delete removes."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(170);
    m_list->setSpacing(2);
    return m_list;
}

// Add (a menu of services), Duplicate and Remove under the list.
QHBoxLayout* OptionsPanel::buildButtons(QWidget* parent)
{
    auto* buttons = new QHBoxLayout;
    m_addMenu = new QMenu(tr("Add Option"), this);
    m_addMenu->setIcon(Theme::icon(QStringLiteral("add")));
    m_addButton = new QToolButton(parent);
    m_addButton->setText(tr("&Add"));
    m_addButton->setIcon(Theme::icon(QStringLiteral("add")));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(m_addMenu);
    m_addButton->setAccessibleName(tr("Add an option"));

    m_duplicate = new QAction(Theme::icon(QStringLiteral("duplicate")), tr("&Duplicate Option"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setToolTip(tr("Copy the selected option, to vary one thing (Ctrl+D)"));
    connect(m_duplicate, &QAction::triggered, this, &OptionsPanel::duplicateCurrent);
    m_remove = new QAction(Theme::icon(QStringLiteral("remove")), tr("Re&move Option"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove->setToolTip(tr("Remove the selected option (Delete)"));
    connect(m_remove, &QAction::triggered, this, &OptionsPanel::removeCurrent);
    m_list->addAction(m_remove);

    m_duplicateButton = new QToolButton(parent);
    m_duplicateButton->setDefaultAction(m_duplicate);
    m_duplicate->setIconText(tr("Duplicate")); // the button's text (the menu says more)
    m_duplicateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeButton = new QToolButton(parent);
    m_removeButton->setDefaultAction(m_remove);
    m_remove->setIconText(tr("Remove"));
    m_removeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    return buttons;
}

void OptionsPanel::setLanguage(Language language)
{
    m_language = language;
    fillAddMenu();
    refresh();
}

void OptionsPanel::fillAddMenu()
{
    m_addMenu->clear();
    for (const CatalogEntry& service : m_catalog.entries(CatalogKind::Services)) {
        if (!scenarioServices().contains(service.id))
            continue;
        QStringList runtimes = service.service.runtimes;
        if (runtimes.isEmpty())
            runtimes << QString();
        for (const QString& runtime : runtimes) {
            Option probe;
            probe.service = service.id;
            probe.runtime = runtime;
            const QString text = CostModel::defaultLabel(probe, m_catalog, m_language);
            QAction* action = m_addMenu->addAction(text);
            action->setToolTip(service.description.text(m_language));
            const QString serviceId = service.id;
            connect(action, &QAction::triggered, this, [this, serviceId, runtime] { addOption(serviceId, runtime); });
        }
    }
}

void OptionsPanel::addOption(const QString& service, const QString& runtime)
{
    Option option;
    option.service = service;
    option.runtime = runtime;
    option.id = runtime.isEmpty() ? service : service + QLatin1Char('-') + runtime;
    const QString id = m_document->addOption(option);
    selectOption(id);
}

void OptionsPanel::duplicateCurrent()
{
    const int index = m_document->optionIndex(currentOptionId());
    if (index < 0)
        return;
    Option copy = m_document->scenario().options.at(index);
    const QString label = copy.label.isEmpty() ? CostModel::defaultLabel(copy, m_catalog, m_language) : copy.label;
    copy.label = tr("%1 (copy)").arg(label);
    const QString id = m_document->addOption(copy, index + 1);
    selectOption(id);
}

void OptionsPanel::removeCurrent()
{
    const int row = m_list->currentRow();
    const QString id = currentOptionId();
    if (id.isEmpty())
        return;
    m_document->removeOption(id);
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

QString OptionsPanel::currentOptionId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(OptionIdRole).toString() : QString();
}

void OptionsPanel::selectOption(const QString& optionId)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(OptionIdRole).toString() == optionId)
            m_list->setCurrentRow(row);
}

QString OptionsPanel::summary(const Option& option) const
{
    QStringList parts;
    const QString label = CostModel::labelOf(m_document->scenario(), option, m_catalog, m_prices, m_language);
    if (!option.instanceType.isEmpty() && !label.contains(option.instanceType))
        parts << (option.label.isEmpty() ? tr("asked for %1").arg(option.instanceType) : option.instanceType);
    if (option.purchase != u"on-demand") {
        QString purchase = option.purchase;
        for (const PurchaseOption& p : m_catalog.purchaseOptions())
            if (p.id == option.purchase)
                purchase = p.name.text(m_language);
        if (option.discount)
            purchase += QStringLiteral(" −") + QLocale().toString(*option.discount * 100, 'g', 3) + QStringLiteral(" %");
        parts << purchase;
    }
    if (option.region)
        parts << *option.region;
    if (option.arch)
        parts << *option.arch;
    if (option.service == u"eks" && option.support == u"extended")
        parts << tr("extended support");
    if (option.tasks)
        parts << tr("tasks: %1").arg(*option.tasks);
    if (option.vcpu || option.memoryGiB)
        parts << tr("%1 vCPU / %2 GiB")
                     .arg(QLocale().toString(option.vcpu.value_or(m_document->scenario().workload.vcpu), 'g', 4),
                          QLocale().toString(option.memoryGiB.value_or(m_document->scenario().workload.memoryGiB),
                                             'g', 5));
    if (option.nodes)
        parts << tr("nodes: %1").arg(*option.nodes);
    return parts.join(QStringLiteral(" · "));
}

void OptionsPanel::updateItem(QListWidgetItem* item, const Option& option)
{
    const QString label = CostModel::labelOf(m_document->scenario(), option, m_catalog, m_prices, m_language);
    const QString detail = summary(option);
    const QString text = detail.isEmpty() ? label : label + QLatin1Char('\n') + detail;
    if (item->text() != text)
        item->setText(text);
    item->setData(OptionIdRole, option.id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    const Qt::CheckState state = option.enabled ? Qt::Checked : Qt::Unchecked;
    if (item->checkState() != state)
        item->setCheckState(state);
    const CatalogEntry* service = m_catalog.find(CatalogKind::Services, option.service);
    item->setToolTip(service ? service->name.text(m_language) + QStringLiteral("\n")
                                   + service->description.text(m_language)
                             : label);
    item->setData(Qt::AccessibleTextRole, QString(label + (option.enabled ? tr(", compared") : tr(", left out"))));
}

void OptionsPanel::refresh()
{
    m_refreshing = true;
    const QList<Option>& options = m_document->scenario().options;
    const QString current = currentOptionId();
    bool sameRows = m_list->count() == options.size();
    for (int i = 0; sameRows && i < options.size(); ++i)
        sameRows = m_list->item(i)->data(OptionIdRole).toString() == options.at(i).id;
    if (!sameRows) {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Option& option : options) {
            auto* item = new QListWidgetItem(m_list);
            updateItem(item, option);
        }
    } else {
        for (int i = 0; i < options.size(); ++i)
            updateItem(m_list->item(i), options.at(i));
    }
    if (!sameRows) {
        int row = -1;
        for (int i = 0; i < options.size(); ++i)
            if (options.at(i).id == current)
                row = i;
        m_list->setCurrentRow(row >= 0 ? row : (options.isEmpty() ? -1 : 0));
    }
    m_refreshing = false;
    m_editor->setOptionId(currentOptionId());
    m_editor->refresh();
    updateActions();
}

void OptionsPanel::updateActions()
{
    const bool any = !currentOptionId().isEmpty();
    m_duplicate->setEnabled(any && m_document->scenario().options.size() < ScenarioLimits::maxOptions);
    m_remove->setEnabled(any);
    m_addButton->setEnabled(m_document->scenario().options.size() < ScenarioLimits::maxOptions);
}
