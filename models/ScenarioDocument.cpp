#include "ScenarioDocument.h"

#include "ScenarioCommands.h"

#include <QCoreApplication>
#include <QFileInfo>

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent)
    , m_scenario(defaultScenario())
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument() = default;

Scenario ScenarioDocument::defaultScenario()
{
    Scenario s;
    s.title = QCoreApplication::translate("ScenarioDocument", "New comparison");
    s.region = QStringLiteral("ap-northeast-1");
    s.period.hours = 730;
    s.currency = CurrencySettings{};
    s.workload = Workload{};

    auto option = [](const char* id, const char* service, const char* runtime, const char* instanceType) {
        Option o;
        o.id = QString::fromLatin1(id);
        o.service = QString::fromLatin1(service);
        o.runtime = QString::fromLatin1(runtime);
        o.instanceType = QString::fromLatin1(instanceType);
        return o;
    };
    // The deck's slides 5–16: the four ways it names, on EC2 and on Fargate, plus App Runner.
    // The 2 vCPU / 4 GiB workload fills a c7i.large, but what ECS registers (the memory the OS
    // reports) and what an EKS node keeps back leave less than 4 GiB: a c7i.xlarge holds it.
    s.options = {
        option("ecs-ec2", "ecs", "ec2", "c7i.xlarge"),
        option("ecs-fargate", "ecs", "fargate", ""),
        option("eks-ec2", "eks", "ec2", "c7i.xlarge"),
        option("eks-fargate", "eks", "fargate", ""),
        option("lightsail", "lightsail", "", ""),
        option("elastic-beanstalk", "elastic-beanstalk", "ec2", "c7i.large"),
        option("app-runner", "app-runner", "", ""),
    };
    return s;
}

QString ScenarioDocument::uniqueOptionId(const Scenario& scenario, const QString& base)
{
    auto used = [&scenario](const QString& id) {
        return std::any_of(scenario.options.cbegin(), scenario.options.cend(),
                           [&id](const Option& o) { return o.id == id; });
    };
    const QString stem = base.isEmpty() ? QStringLiteral("option") : base;
    if (!used(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used(candidate))
            return candidate;
    }
}

QString ScenarioDocument::displayName() const
{
    if (!m_scenario.title.trimmed().isEmpty())
        return m_scenario.title.trimmed();
    if (!m_fileName.isEmpty())
        return QFileInfo(m_fileName).completeBaseName();
    return tr("Untitled");
}

bool ScenarioDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ScenarioDocument::reset(const Scenario& scenario, const QString& fileName)
{
    m_undoStack->clear(); // emits cleanChanged(true) when there were unsaved changes
    m_scenario = scenario;
    setFileName(fileName);
    emit changed();
}

bool ScenarioDocument::open(const QString& fileName, LoadError* error)
{
    std::optional<Scenario> scenario = ScenarioFile::read(fileName, error);
    if (!scenario)
        return false;
    reset(*scenario, fileName);
    return true;
}

bool ScenarioDocument::save(const QString& fileName, QString* errorMessage)
{
    if (!ScenarioFile::write(m_scenario, fileName, errorMessage))
        return false;
    setFileName(fileName);
    m_undoStack->setClean();
    return true;
}

void ScenarioDocument::setClean()
{
    m_undoStack->setClean();
}

void ScenarioDocument::setFileName(const QString& fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

void ScenarioDocument::apply(const Scenario& scenario)
{
    m_scenario = scenario;
    emit changed();
}

void ScenarioDocument::edit(const QString& text, const QString& mergeKey,
                            const std::function<void(Scenario&)>& change)
{
    Scenario after = m_scenario;
    change(after);
    if (after == m_scenario)
        return;
    m_undoStack->push(new EditScenarioCommand(this, m_scenario, after, text, mergeKey));
}

void ScenarioDocument::setTitle(const QString& title)
{
    edit(tr("Change title"), QStringLiteral("title"), [&](Scenario& s) { s.title = title; });
}

void ScenarioDocument::setRegion(const QString& region)
{
    edit(tr("Change region"), QStringLiteral("region"), [&](Scenario& s) { s.region = region; });
}

void ScenarioDocument::setTasks(int tasks)
{
    edit(tr("Change tasks"), QStringLiteral("tasks"), [&](Scenario& s) { s.workload.tasks = tasks; });
}

void ScenarioDocument::setVcpu(double vcpu)
{
    edit(tr("Change vCPU"), QStringLiteral("vcpu"), [&](Scenario& s) { s.workload.vcpu = vcpu; });
}

void ScenarioDocument::setMemoryGiB(double memoryGiB)
{
    edit(tr("Change memory"), QStringLiteral("memory"), [&](Scenario& s) { s.workload.memoryGiB = memoryGiB; });
}

void ScenarioDocument::setArch(const QString& arch)
{
    edit(tr("Change architecture"), QStringLiteral("arch"), [&](Scenario& s) { s.workload.arch = arch; });
}

void ScenarioDocument::setOs(const QString& os)
{
    edit(tr("Change operating system"), QStringLiteral("os"), [&](Scenario& s) { s.workload.os = os; });
}

void ScenarioDocument::setEphemeralStorageGiB(double gib)
{
    edit(tr("Change ephemeral storage"), QStringLiteral("ephemeral"),
         [&](Scenario& s) { s.workload.ephemeralStorageGiB = gib; });
}

void ScenarioDocument::setRequestsPerMonth(double requests)
{
    edit(tr("Change requests"), QStringLiteral("requests"),
         [&](Scenario& s) { s.workload.requestsPerMonth = requests; });
}

void ScenarioDocument::setAvgDurationMs(double ms)
{
    edit(tr("Change duration"), QStringLiteral("duration"), [&](Scenario& s) { s.workload.avgDurationMs = ms; });
}

void ScenarioDocument::setPeriod(const Period& period)
{
    edit(tr("Change period"), QStringLiteral("period"), [&](Scenario& s) { s.period = period; });
}

void ScenarioDocument::setCurrency(const CurrencySettings& currency)
{
    edit(tr("Change currency"), QStringLiteral("currency"), [&](Scenario& s) { s.currency = currency; });
}

void ScenarioDocument::setWeight(const QString& criterion, int weight)
{
    if (m_scenario.weight(criterion) == weight)
        return;
    edit(tr("Change weight"), QStringLiteral("weight/") + criterion,
         [&](Scenario& s) { s.setWeight(criterion, weight); });
}

void ScenarioDocument::setScalingUpTo(int tasks)
{
    if (m_scenario.scalingUpTo == tasks)
        return;
    edit(tr("Change scaling range"), QStringLiteral("scalingUpTo"), [&](Scenario& s) { s.scalingUpTo = tasks; });
}

int ScenarioDocument::optionIndex(const QString& optionId) const
{
    for (int i = 0; i < m_scenario.options.size(); ++i)
        if (m_scenario.options.at(i).id == optionId)
            return i;
    return -1;
}

void ScenarioDocument::setOption(const Option& option, const QString& field)
{
    const int index = optionIndex(option.id);
    if (index < 0)
        return;
    edit(tr("Change option"), QStringLiteral("option/") + option.id + QLatin1Char('/') + field,
         [&](Scenario& s) { s.options[index] = option; });
}

void ScenarioDocument::setOptionEnabled(const QString& optionId, bool enabled)
{
    const int index = optionIndex(optionId);
    if (index < 0)
        return;
    // Ticking is a deliberate act of its own: never merged with the previous one.
    edit(enabled ? tr("Compare option") : tr("Leave option out"), {},
         [&](Scenario& s) { s.options[index].enabled = enabled; });
}

QString ScenarioDocument::addOption(Option option, int index)
{
    option.id = uniqueOptionId(m_scenario, option.id);
    edit(tr("Add option"), {}, [&](Scenario& s) {
        if (index < 0 || index > s.options.size())
            s.options.append(option);
        else
            s.options.insert(index, option);
    });
    return option.id;
}

void ScenarioDocument::removeOption(const QString& optionId)
{
    const int index = optionIndex(optionId);
    if (index < 0)
        return;
    edit(tr("Remove option"), {}, [&](Scenario& s) { s.options.removeAt(index); });
}
