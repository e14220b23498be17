#include "CostModel.h"

#include "ComparisonText.h"
#include "PriceModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace CostModel {
namespace {

constexpr double eps = 1e-9;

// Numbers in labels and notes: short, without trailing zeros ("0.11235", "2", "0.5").
QString num(double value)
{
    // Whole numbers are most of what labels show, and integer formatting is much cheaper.
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString gib(double value)
{
    return num(std::round(value * 1000) / 1000);
}

// The effective inputs of one option: its own fields over the workload's and the scenario's.
struct Inputs
{
    QString region;
    QString arch;
    QString os;
    int tasks = 1;
    double vcpu = 0;
    double memoryGiB = 0;
    double ephemeralGiB = 20;
    double requests = 0;
    double durationMs = 0;
    double hours = 0;
};

Inputs inputsOf(const Scenario& s, const Option& o)
{
    Inputs in;
    in.region = o.region.value_or(s.region);
    in.arch = o.arch.value_or(s.workload.arch);
    in.os = o.os.value_or(s.workload.os);
    in.tasks = o.tasks.value_or(s.workload.tasks);
    in.vcpu = o.vcpu.value_or(s.workload.vcpu);
    in.memoryGiB = o.memoryGiB.value_or(s.workload.memoryGiB);
    in.ephemeralGiB = s.workload.ephemeralStorageGiB;
    in.requests = s.workload.requestsPerMonth;
    in.durationMs = s.workload.avgDurationMs;
    in.hours = s.period.totalHours();
    return in;
}

// Builds one OptionResult; every rule below adds line items and notes to it.
class Evaluation
{
    // Its notes are translated in the "CostModel" context, which lupdate then files them under.
    Q_DECLARE_TR_FUNCTIONS(CostModel)

public:
    Evaluation(const Scenario& s, const Option& o, const Catalog& c, const PriceBooks& p, Language l, Detail d)
        : m_scenario(s), m_option(o), m_catalog(c), m_prices(p), m_language(l), m_detail(d == Detail::Full),
          m_in(inputsOf(s, o))
    {
        m_result.id = o.id;
        m_result.service = o.service;
        m_result.runtime = o.runtime;
        m_result.region = m_in.region;
        m_result.label = o.label.isEmpty() ? defaultLabel(o, c, l) : o.label;
        m_book = p.region(m_in.region);
        m_service = c.find(CatalogKind::Services, o.service);
    }

    OptionResult run()
    {
        if (!m_book) {
            unavailable([&] { return tr("There is no price book for the region %1.").arg(m_in.region); });
            return m_result;
        }
        if (!m_service) {
            unavailable([&] { return tr("Unknown service \"%1\".").arg(m_option.service); });
            return m_result;
        }
        if (!m_service->service.availableToNewCustomers) {
            note(NoteLevel::Warning, [&] {
                QString text = tr("%1 is closed to new customers; only existing customers can use it.")
                                   .arg(m_service->name.text(m_language));
                if (const CatalogEntry* next = m_catalog.find(CatalogKind::Services, m_service->service.successor))
                    text += QLatin1Char(' ') + tr("AWS points new users to %1.").arg(next->name.text(m_language));
                return text;
            });
        }
        priceCompute();
        if (m_result.available) {
            priceStorage();
            priceSecurity();
        }
        // A label made here names what was priced, not what was asked for.
        if (m_option.label.isEmpty() && !m_result.instanceType.isEmpty() && m_option.runtime == u"ec2"
            && m_result.instanceType != m_option.instanceType) {
            Option priced = m_option;
            priced.instanceType = m_result.instanceType;
            m_result.label = defaultLabel(priced, m_catalog, m_language);
        }
        return m_result;
    }

private:
    // --- helpers -------------------------------------------------------------------------

    // Text is made only when the caller wants it: the scaling chart evaluates a scenario
    // dozens of times for its totals alone, and formatting labels is most of the cost.
    template <typename Text>
    void note(NoteLevel level, Text&& text)
    {
        if (m_detail)
            m_result.notes.append({level, text()});
    }

    // Nothing can be priced: the option cannot run the workload at all.
    template <typename Text>
    void unavailable(Text&& why)
    {
        m_result.available = false;
        cannotRun(why);
    }

    // Priced, but the option does not meet what the scenario asks for: never the cheapest.
    template <typename Text>
    void cannotRun(Text&& why)
    {
        m_result.fit = Fit::CannotRun;
        reason(NoteLevel::Unavailable, why);
    }

    // Priced after a change the model made so that the workload fits.
    template <typename Text>
    void changed(Text&& what)
    {
        if (m_result.fit == Fit::Fits)
            m_result.fit = Fit::FitsWithChanges;
        reason(NoteLevel::Warning, what);
    }

    template <typename Text>
    void reason(NoteLevel level, Text&& text)
    {
        if (!m_detail)
            return;
        const QString t = text();
        m_result.reasons.append(t);
        m_result.notes.append({level, t});
    }

    template <typename Text>
    void add(LineKind kind, Text&& label, double usd, bool estimate)
    {
        m_result.lineItems.append({kind, m_detail ? label() : QString(), usd, true, estimate});
    }

    template <typename Text>
    void addUnknown(LineKind kind, Text&& label)
    {
        m_result.lineItems.append({kind, m_detail ? label() : QString(), 0, false, false});
    }

    // A price of the option's region for a line item of a kind, or nullptr with an "unknown"
    // note. A price found is recorded on the result.
    template <typename Text>
    const Price* price(const QString& key, LineKind use, Text&& what)
    {
        const Price* p = m_book->price(key);
        if (!p)
            note(NoteLevel::Warning,
                 [&] { return tr("No published price for %1 in %2: shown as unknown.").arg(what(), m_in.region); });
        else if (p->confidence == Confidence::Estimate && m_detail && !m_estimateNoted.contains(key)) {
            m_estimateNoted.append(key);
            note(NoteLevel::Info, [&] { return tr("The price of %1 (%2 %3) is an estimate.").arg(what(), num(p->usd), PriceModel::unitText(p->unit)); });
        }
        if (p)
            used(PriceUse::Kind::Price, key, use);
        return p;
    }

    void used(PriceUse::Kind kind, const QString& key, LineKind use)
    {
        const PriceUse u{kind, m_book->region, key, use};
        if (!m_result.pricesUsed.contains(u))
            m_result.pricesUsed.append(u);
    }

    // The discount off on-demand for the option's purchase option on a runtime ("ec2",
    // "fargate", "lambda"), with a note saying what it is and where it comes from.
    double discount(const QString& runtime)
    {
        const QString& purchase = m_option.purchase;
        if (purchase == u"on-demand")
            return 0;
        if (m_option.discount) {
            note(NoteLevel::Info, [&] { return tr("%1 priced at %2% off on-demand (your figure).")
                                      .arg(purchaseName(purchase), num(*m_option.discount * 100)); });
            m_result.discount = DiscountUse{purchase, runtime, *m_option.discount, true, {}, {}, Confidence::Estimate};
            return *m_option.discount;
        }
        const std::optional<Discount> d = m_book->discount(purchase, runtime);
        if (!d) {
            note(NoteLevel::Warning,
                 [&] { return tr("%1 is not offered for %2 here or has no stated discount: priced on-demand.")
                     .arg(purchaseName(purchase), runtimeName(runtime)); });
            return 0;
        }
        const PriceSource* src = m_book->source(d->source);
        note(NoteLevel::Info,
             [&] { return tr("%1 priced at %2% off on-demand (%3, source %4, %5).")
                 .arg(purchaseName(purchase), num(d->fraction * 100),
                      d->confidence == Confidence::Estimate ? tr("estimate") : tr("confirmed"),
                      src ? src->title : d->source, d->asOf); });
        m_discountEstimate = d->confidence == Confidence::Estimate;
        m_result.discount = DiscountUse{purchase, runtime, d->fraction, false, d->source, d->asOf, d->confidence};
        return d->fraction;
    }

    // A runtime by its name ("ecs-anywhere" → "ECS Anywhere"); an id the catalog lacks ("lambda")
    // as itself.
    QString runtimeName(const QString& id) const
    {
        const CatalogEntry* runtime = m_catalog.find(CatalogKind::Runtimes, id);
        return runtime ? runtime->label(m_language) : id;
    }

    QString purchaseName(const QString& id) const
    {
        return ComparisonText::purchaseName(id, m_catalog, m_language);
    }

    // Splits a cost into what the workload asked for and the capacity paid for but unused.
    template <typename Label, typename WasteLabel>
    void addWithWaste(Label&& label, double cost, double usedShare, bool estimate, WasteLabel&& wasteLabel)
    {
        usedShare = std::clamp(usedShare, 0.0, 1.0);
        add(LineKind::Compute, label, cost * usedShare, estimate);
        if (cost * (1 - usedShare) > eps)
            add(LineKind::OverProvisioning, wasteLabel, cost * (1 - usedShare), estimate);
    }

    // --- compute -------------------------------------------------------------------------

    void priceCompute()
    {
        const QString& svc = m_option.service;
        const QString& rt = m_option.runtime;
        if (svc == u"lightsail")
            return priceLightsail();
        // Nodes on servers of your own joined to EKS (EKS Hybrid Nodes): the servers are not
        // priced here and the fee for the nodes is not in the price books, so the total is
        // unknown; the cluster fee is known.
        if (m_service->service.pricing == u"plus-fee" && m_service->service.runtimes.isEmpty()) {
            addUnknown(LineKind::ServiceFee, [&] {
                return tr("%1: the fee for your own nodes (no published price here)").arg(m_service->name.text(m_language));
            });
            note(NoteLevel::Warning, [&] {
                return tr("%1 charges a fee for the nodes you bring, which the price books do not hold: its total is "
                          "unknown. Your own servers are not priced.")
                    .arg(m_service->name.text(m_language));
            });
            if (m_service->service.orchestrator == u"kubernetes")
                priceEksControlPlane();
            return;
        }
        if (svc == u"app-runner")
            return priceAppRunner();
        if (svc == u"lambda")
            return priceLambda();
        if (svc == u"ecs-express-mode") {
            note(NoteLevel::Info, [&] { return tr("ECS Express Mode runs the service on Fargate; the load balancer it "
                                     "creates is billed separately and not included."); });
            return priceFargate(false);
        }
        if (svc == u"batch")
            note(NoteLevel::Info, [&] { return tr("AWS Batch adds no charge: you pay for the EC2 or Fargate capacity it runs."); });
        if (svc == u"elastic-beanstalk")
            note(NoteLevel::Info, [&] { return tr("Elastic Beanstalk adds no charge: you pay for the EC2 instances it creates; "
                                     "its load balancer and monitoring are not included."); });

        if (!m_service->service.runtimes.isEmpty() && !m_service->service.runtimes.contains(rt)) {
            unavailable([&] { return tr("%1 does not run on %2.").arg(m_service->name.text(m_language), runtimeName(rt)); });
            return;
        }
        if (rt == u"fargate")
            priceFargate(svc == u"eks");
        else if (rt == u"ec2")
            priceHosts();
        else if (rt == u"ecs-anywhere")
            priceEcsAnywhere();
        else if (rt == u"eks-anywhere")
            priceEksAnywhere();
        else
            unavailable([&] { return tr("Choose where %1 runs (EC2, Fargate or Anywhere).").arg(m_service->name.text(m_language)); });

        if ((svc == u"eks" || svc == u"eks-auto-mode") && rt != u"eks-anywhere" && m_result.available)
            priceEksControlPlane();
        // ECS Managed Instances, EKS Auto Mode: the instances are priced as EC2; the management
        // fee per instance is not in the price books, so the total is unknown, never too low.
        if (m_service->service.pricing == u"plus-fee" && m_result.available) {
            addUnknown(LineKind::ServiceFee, [&] {
                return tr("%1: management fee per instance (no published price here)").arg(m_service->name.text(m_language));
            });
            note(NoteLevel::Warning, [&] {
                return tr("%1 adds a management fee per instance that the price books do not hold: its total is unknown.")
                    .arg(m_service->name.text(m_language));
            });
        }
    }

    void priceEksControlPlane()
    {
        const bool extended = m_option.support == u"extended";
        const QString key = extended ? QStringLiteral("eks.cluster-hour.extended")
                                     : QStringLiteral("eks.cluster-hour.standard");
        const QString what = extended ? tr("the EKS cluster in extended support") : tr("the EKS cluster");
        const Price* p = price(key, LineKind::ControlPlane, [&] { return what; });
        const auto label = [&] { return tr("%1 cluster × %2 h × %3 USD/h (%4 support)")
                                  .arg(m_option.clusters)
                                  .arg(num(m_in.hours), p ? num(p->usd) : tr("unknown"),
                                       extended ? tr("extended") : tr("standard")); };
        if (!p)
            return addUnknown(LineKind::ControlPlane, label);
        add(LineKind::ControlPlane, label, m_option.clusters * m_in.hours * p->usd,
            p->confidence == Confidence::Estimate);
        if (extended)
            note(NoteLevel::Warning, [&] { return tr("Extended support costs 0.60 USD/h per cluster instead of 0.10: "
                                        "keep the Kubernetes version current."); });
    }

    void priceFargate(bool eks)
    {
        double vcpu = m_in.vcpu;
        double memory = m_in.memoryGiB;
        QString arch = m_in.arch;
        const QString& os = m_in.os;
        if (eks) {
            if (os == u"windows")
                return unavailable([&] { return tr("EKS on Fargate does not run Windows pods."); });
            if (arch == u"arm64") {
                changed([&] { return tr("EKS on Fargate runs x86_64 pods only: priced as x86_64."); });
                arch = QStringLiteral("x86_64");
            }
            memory += 0.25;
            note(NoteLevel::Info, [&] { return tr("EKS on Fargate adds 256 MiB to each pod for the kubelet, kube-proxy and "
                                     "containerd: %1 GiB before rounding.").arg(gib(memory)); });
        }
        if (os == u"windows" && arch == u"arm64") {
            changed([&] { return tr("Windows on Fargate runs on x86_64 only: priced as x86_64."); });
            arch = QStringLiteral("x86_64");
        }

        double off = 0;
        const QString& purchase = m_option.purchase;
        if (purchase == u"spot") {
            if (eks || arch == u"arm64" || os == u"windows")
                note(NoteLevel::Warning, [&] { return tr("Fargate Spot is for ECS tasks on Linux x86_64 only: priced on-demand."); });
            else
                off = discount(QStringLiteral("fargate"));
        } else if (purchase == u"reserved") {
            note(NoteLevel::Warning, [&] { return tr("Fargate has no reserved capacity (use Savings Plans): priced on-demand."); });
        } else {
            off = discount(QStringLiteral("fargate"));
        }

        const QString family = os == u"windows" ? QStringLiteral("windows")
                               : arch == u"arm64" ? QStringLiteral("linux-arm")
                                                  : QStringLiteral("linux-x86");
        const Price* cpu = price(QStringLiteral("fargate.%1.vcpu-hour").arg(family), LineKind::Compute, [&] { return tr("Fargate %1 vCPU").arg(family); });
        const Price* gb = price(QStringLiteral("fargate.%1.gb-hour").arg(family), LineKind::Compute, [&] { return tr("Fargate %1 memory").arg(family); });

        const std::optional<TaskSize> size =
            fargateSize(m_catalog, vcpu, memory, os, cpu ? cpu->usd : 1.0, gb ? gb->usd : 0.1);
        if (!size)
            return unavailable([&] { return tr("No Fargate task size has %1 vCPU and %2 GiB for %3.")
                                   .arg(num(vcpu), gib(memory), os == u"windows" ? tr("Windows") : tr("Linux")); });
        m_result.taskVcpu = size->vcpu;
        m_result.taskMemoryGiB = size->memoryGiB;
        m_result.instances = m_in.tasks;
        if (std::abs(size->vcpu - vcpu) > eps || std::abs(size->memoryGiB - memory) > eps)
            note(NoteLevel::Info, [&] { return tr("Fargate rounded %1 vCPU / %2 GiB up to %3 vCPU / %4 GiB, the cheapest "
                                     "task size that fits; the difference is over-provisioning.")
                                      .arg(num(vcpu), gib(memory), num(size->vcpu), gib(size->memoryGiB)); });

        const auto label = [&] { return tr("%1 task × %2 h × (%3 vCPU × %4 + %5 GB × %6 USD/h)")
                                  .arg(m_in.tasks)
                                  .arg(num(m_in.hours), num(size->vcpu), cpu ? num(cpu->usd) : tr("unknown"),
                                       gib(size->memoryGiB), gb ? num(gb->usd) : tr("unknown")); };
        if (!cpu || !gb) {
            addUnknown(LineKind::Compute, label);
        } else {
            const double taskHours = m_in.tasks * m_in.hours * (1 - off);
            const bool estimate = cpu->confidence == Confidence::Estimate || gb->confidence == Confidence::Estimate
                                  || (off > 0 && m_discountEstimate);
            // What was asked for is compute; what the size adds on top is over-provisioning.
            const double asked = taskHours * (m_in.vcpu * cpu->usd + m_in.memoryGiB * gb->usd);
            const double paid = taskHours * (size->vcpu * cpu->usd + size->memoryGiB * gb->usd);
            add(LineKind::Compute, label, asked, estimate);
            if (paid - asked > eps)
                add(LineKind::OverProvisioning,
                    [&] { return tr("%1 vCPU / %2 GiB paid above the %3 vCPU / %4 GiB asked for")
                        .arg(num(size->vcpu - m_in.vcpu), gib(size->memoryGiB - m_in.memoryGiB), num(m_in.vcpu),
                             gib(m_in.memoryGiB)); },
                    paid - asked, estimate);
        }
        if (os == u"windows") {
            const Price* fee = price(QStringLiteral("fargate.windows.os-fee-vcpu-hour"), LineKind::Compute, [&] { return tr("the Windows OS licence"); });
            const auto feeLabel = [&] { return tr("Windows OS licence: %1 vCPU × %2 task × %3 h")
                                         .arg(num(size->vcpu))
                                         .arg(m_in.tasks)
                                         .arg(num(m_in.hours)); };
            if (fee)
                add(LineKind::Compute, feeLabel, size->vcpu * m_in.tasks * m_in.hours * fee->usd,
                    fee->confidence == Confidence::Estimate);
            else
                addUnknown(LineKind::Compute, feeLabel);
        }
        if (m_in.ephemeralGiB > 20 + eps) {
            const double extra = m_in.ephemeralGiB - 20;
            const Price* eph = price(QStringLiteral("fargate.ephemeral.gb-hour"), LineKind::Storage, [&] { return tr("Fargate ephemeral storage"); });
            const auto ephLabel = [&] {
                return tr("Ephemeral storage: %1 GB above the 20 GB included × %2 task × %3 h")
                    .arg(num(extra))
                    .arg(m_in.tasks)
                    .arg(num(m_in.hours));
            };
            if (eph)
                add(LineKind::Storage, ephLabel, extra * m_in.tasks * m_in.hours * eph->usd,
                    eph->confidence == Confidence::Estimate);
            else
                addUnknown(LineKind::Storage, ephLabel);
        }
    }

    // The instance type to price: the option's, or the cheapest of the architecture that holds
    // a task. When the chosen type cannot hold one task, the next size of its family that can.
    const InstanceType* chooseInstanceType(const std::optional<HostReservation>& reservation)
    {
        const auto fits = [&](const InstanceType& t) {
            return tasksPerHost(t, reservation, m_in.vcpu, m_in.memoryGiB) > 0;
        };
        if (m_option.instanceType.isEmpty()) {
            const InstanceType* best = nullptr;
            for (const InstanceType& t : m_book->instanceTypes)
                if (t.arch == m_in.arch && t.gpus == 0 && fits(t)
                    && (!best || t.onDemand.usd < best->onDemand.usd))
                    best = &t;
            if (best)
                note(NoteLevel::Info, [&] { return tr("Priced on %1, the cheapest %2 instance type here that holds a task.")
                                          .arg(best->type, m_in.arch); });
            return best;
        }
        const InstanceType* chosen = m_book->instanceType(m_option.instanceType);
        if (!chosen)
            return nullptr;
        if (fits(*chosen))
            return chosen;
        const InstanceType* bigger = nullptr;
        for (const InstanceType& t : m_book->instanceTypes)
            if (t.family() == chosen->family() && t.vcpu >= chosen->vcpu && fits(t)
                && (!bigger || t.onDemand.usd < bigger->onDemand.usd))
                bigger = &t;
        const auto [resCpu, resMem] = reserved(*chosen, reservation);
        if (bigger)
            changed([&] { return tr("%1 cannot hold one %2 vCPU / %3 GiB task after the host keeps back %4 vCPU / %5 GiB: "
                    "priced on %6.")
                     .arg(chosen->type, num(m_in.vcpu), gib(m_in.memoryGiB), gib(resCpu), gib(resMem),
                          bigger->type); });
        return bigger;
    }

    void priceHosts()
    {
        const bool rosa = m_option.service == u"rosa";
        const std::optional<HostReservation> reservation = hostReservation(*m_service, m_option);
        if (m_in.os == u"windows")
            note(NoteLevel::Warning, [&] { return tr("The price books hold Linux instance prices: Windows licences are not "
                                        "included."); });
        if (const InstanceType* asked = m_option.instanceType.isEmpty() ? nullptr : m_book->instanceType(m_option.instanceType);
            asked && asked->arch != m_in.arch) {
            const InstanceType* same = matchingInstanceType(*m_book, *asked, m_in.arch);
            return unavailable([&] {
                QString text = tr("%1 is an %2 instance type and cannot run %3 images.").arg(asked->type, asked->arch, m_in.arch);
                if (same)
                    text += QLatin1Char(' ') + tr("Choose %1, the same size for %2.").arg(same->type, m_in.arch);
                return text;
            });
        }
        if (reservation && reservation->registeredMemoryFraction < 1)
            note(NoteLevel::Info, [&] {
                return tr("%1 places tasks against the memory its agent registers: %2 % of an instance's size, what the "
                          "OS reports (source: %3).")
                    .arg(m_service->label(m_language), num(reservation->registeredMemoryFraction * 100),
                         reservation->registeredMemorySource);
            });
        const InstanceType* type = chooseInstanceType(reservation);
        if (!type) {
            if (!m_option.instanceType.isEmpty() && !m_book->instanceType(m_option.instanceType))
                return unavailable([&] { return tr("The instance type %1 has no price in %2.").arg(m_option.instanceType, m_in.region); });
            return unavailable([&] { return tr("No instance type here holds a %1 vCPU / %2 GiB task.")
                                   .arg(num(m_in.vcpu), gib(m_in.memoryGiB)); });
        }

        const int perHost = tasksPerHost(*type, reservation, m_in.vcpu, m_in.memoryGiB);
        int instances = (m_in.tasks + perHost - 1) / perHost;
        if (m_option.nodes) {
            if (*m_option.nodes * perHost < m_in.tasks)
                note(NoteLevel::Warning, [&] { return tr("%1 nodes hold only %2 of the %3 tasks.")
                                             .arg(*m_option.nodes)
                                             .arg(*m_option.nodes * perHost)
                                             .arg(m_in.tasks); });
            instances = *m_option.nodes;
        }
        if (rosa && instances < 2) {
            note(NoteLevel::Info, [&] { return tr("ROSA runs at least 2 worker nodes."); });
            instances = 2;
        }
        m_result.instanceType = type->type;
        m_result.instances = instances;
        used(PriceUse::Kind::InstanceType, type->type, LineKind::Compute);
        m_result.taskVcpu = m_in.vcpu;
        m_result.taskMemoryGiB = m_in.memoryGiB;
        if (reservation && (reserved(*type, reservation).first > eps || reserved(*type, reservation).second > eps)) {
            const auto [resCpu, resMem] = reserved(*type, reservation);
            note(NoteLevel::Info, [&] {
                return tr("Each %1 keeps back %2 vCPU / %3 GiB for its agent: %n task(s) a host.", nullptr, perHost)
                    .arg(type->type, num(std::round(resCpu * 1000) / 1000), gib(resMem));
            });
        }

        const double off = discount(QStringLiteral("ec2"));
        const double rate = type->onDemand.usd * (1 - off);
        const bool estimate = type->onDemand.confidence == Confidence::Estimate || (off > 0 && m_discountEstimate);
        const double cost = instances * m_in.hours * rate;
        const double usedShare = std::max(m_in.tasks * m_in.vcpu / (instances * type->vcpu),
                                          m_in.tasks * m_in.memoryGiB / (instances * type->memoryGiB));
        addWithWaste([&] { return tr("%1 × %2 × %3 h × %4 USD/h").arg(type->type).arg(instances).arg(num(m_in.hours), num(rate)); },
                     cost, usedShare, estimate,
                     [&] { return tr("Capacity of %1 × %2 paid for but not asked for").arg(type->type).arg(instances); });
        if (type->onDemand.confidence == Confidence::Estimate)
            note(NoteLevel::Info, [&] { return tr("The price of %1 is an estimate.").arg(type->type); });

        if (rosa) {
            const Price* fee = price(QStringLiteral("rosa.worker-4vcpu-hour"), LineKind::ServiceFee, [&] { return tr("the ROSA worker fee"); });
            const double fourVcpus = instances * type->vcpu / 4;
            const auto label = [&] { return tr("ROSA service fee: %1 × 4 vCPU × %2 h").arg(num(fourVcpus), num(m_in.hours)); };
            if (fee)
                add(LineKind::ServiceFee, label, fourVcpus * m_in.hours * fee->usd,
                    fee->confidence == Confidence::Estimate);
            else
                addUnknown(LineKind::ServiceFee, label);
            const Price* cluster = price(QStringLiteral("rosa.hcp-cluster-hour"), LineKind::ControlPlane, [&] { return tr("the ROSA cluster fee"); });
            const auto clusterLabel = [&] { return tr("ROSA cluster fee: %1 cluster × %2 h").arg(m_option.clusters).arg(num(m_in.hours)); };
            if (cluster)
                add(LineKind::ControlPlane, clusterLabel, m_option.clusters * m_in.hours * cluster->usd,
                    cluster->confidence == Confidence::Estimate);
            else
                addUnknown(LineKind::ControlPlane, clusterLabel);
        }
    }

    void priceEcsAnywhere()
    {
        const int nodes = m_option.nodes.value_or(1);
        m_result.instances = nodes;
        m_result.taskVcpu = m_in.vcpu;
        m_result.taskMemoryGiB = m_in.memoryGiB;
        note(NoteLevel::Info, [&] {
            return tr("Your own %n host(s) run the tasks: the servers, power and network are yours and not "
                      "included. Reaching VPC resources needs Direct Connect or Site-to-Site VPN.",
                      nullptr, nodes);
        });
        const Price* p = price(QStringLiteral("ecs-anywhere.instance-hour"), LineKind::ServiceFee, [&] { return tr("ECS Anywhere"); });
        const auto label = [&] { return tr("ECS Anywhere: %1 host × %2 h × %3 USD/h")
                                  .arg(nodes)
                                  .arg(num(m_in.hours), p ? num(p->usd) : tr("unknown")); };
        if (p)
            add(LineKind::ServiceFee, label, nodes * m_in.hours * p->usd, p->confidence == Confidence::Estimate);
        else
            addUnknown(LineKind::ServiceFee, label);
    }

    void priceEksAnywhere()
    {
        const int nodes = m_option.nodes.value_or(1);
        m_result.instances = nodes;
        m_result.taskVcpu = m_in.vcpu;
        m_result.taskMemoryGiB = m_in.memoryGiB;
        note(NoteLevel::Info, [&] { return tr("Your own hosts run the cluster: the servers, power and network are yours and "
                                 "not included."); });
        const Price* p = price(QStringLiteral("eks-anywhere.cluster-month"), LineKind::ControlPlane, [&] { return tr("the EKS Anywhere subscription"); });
        const auto label = [&] { return tr("EKS Anywhere Enterprise Subscription: %1 cluster").arg(m_option.clusters); };
        if (p)
            add(LineKind::ControlPlane, label, m_option.clusters * p->usd * m_in.hours / hoursPerMonth,
                p->confidence == Confidence::Estimate);
        else
            addUnknown(LineKind::ControlPlane, label);
    }

    void priceLightsail()
    {
        const LightsailPower* power = nullptr;
        for (const LightsailPower& p : m_book->lightsailPowers)
            if (p.vcpu + eps >= m_in.vcpu && p.memoryGiB + eps >= m_in.memoryGiB
                && (!power || p.monthly.usd < power->monthly.usd))
                power = &p;
        if (!power)
            return unavailable([&] { return tr("No Lightsail container power has %1 vCPU and %2 GiB.")
                                   .arg(num(m_in.vcpu), gib(m_in.memoryGiB)); });
        note(NoteLevel::Info, [&] { return tr("Lightsail runs one node of the %1 power (%2 vCPU / %3 GB) per task at a fixed "
                                 "monthly price.")
                                  .arg(power->id, num(power->vcpu), gib(power->memoryGiB)); });
        if (!m_service->service.pullsFromEcr)
            note(NoteLevel::Warning, [&] { return tr("Lightsail cannot pull images from ECR: push them to the container service."); });
        else
            note(NoteLevel::Info, [&] { return tr("Lightsail pulls from a private ECR repository only after you grant it access; "
                                     "the deck (slide 8) says to push images to the container service."); });
        m_result.instanceType = power->id;
        m_result.instances = m_in.tasks;
        used(PriceUse::Kind::LightsailPower, power->id, LineKind::Compute);
        m_result.taskVcpu = power->vcpu;
        m_result.taskMemoryGiB = power->memoryGiB;
        const double months = std::min(1.0, m_in.hours / hoursPerMonth);
        const double cost = m_in.tasks * power->monthly.usd * months;
        const double usedShare = std::max(m_in.vcpu / power->vcpu, m_in.memoryGiB / power->memoryGiB);
        addWithWaste([&] { return tr("%1 × %2 node × %3 USD/month").arg(power->id).arg(m_in.tasks).arg(num(power->monthly.usd)); },
                     cost, usedShare, power->monthly.confidence == Confidence::Estimate,
                     [&] { return tr("Capacity of the %1 power paid for but not asked for").arg(power->id); });
        if (power->monthly.confidence == Confidence::Estimate)
            note(NoteLevel::Info, [&] { return tr("The %1 power's price is an estimate.").arg(power->id); });
    }

    void priceAppRunner()
    {
        const Price* cpu = price(QStringLiteral("app-runner.vcpu-hour"), LineKind::Compute, [&] { return tr("App Runner vCPU"); });
        const Price* gb = price(QStringLiteral("app-runner.gb-hour"), LineKind::Compute, [&] { return tr("App Runner memory"); });
        const TaskSize* size = nullptr;
        const double cpuRate = cpu ? cpu->usd : 1.0;
        const double gbRate = gb ? gb->usd : 0.1;
        for (const TaskSize& s : m_catalog.appRunnerSizes())
            if (s.vcpu + eps >= m_in.vcpu && s.memoryGiB + eps >= m_in.memoryGiB
                && (!size || s.vcpu * cpuRate + s.memoryGiB * gbRate < size->vcpu * cpuRate + size->memoryGiB * gbRate))
                size = &s;
        if (!size)
            return unavailable([&] { return tr("No App Runner instance size has %1 vCPU and %2 GiB.")
                                   .arg(num(m_in.vcpu), gib(m_in.memoryGiB)); });
        m_result.instances = m_in.tasks;
        m_result.taskVcpu = size->vcpu;
        m_result.taskMemoryGiB = size->memoryGiB;
        note(NoteLevel::Info, [&] { return tr("App Runner is priced with every instance active for the whole period."); });
        const auto label = [&] { return tr("%1 instance × %2 h × (%3 vCPU × %4 + %5 GB × %6 USD/h)")
                                  .arg(m_in.tasks)
                                  .arg(num(m_in.hours), num(size->vcpu), cpu ? num(cpu->usd) : tr("unknown"),
                                       gib(size->memoryGiB), gb ? num(gb->usd) : tr("unknown")); };
        if (!cpu || !gb)
            return addUnknown(LineKind::Compute, label);
        const double off = discount(QStringLiteral("app-runner"));
        const double hours = m_in.tasks * m_in.hours * (1 - off);
        const double asked = hours * (m_in.vcpu * cpu->usd + m_in.memoryGiB * gb->usd);
        const double paid = hours * (size->vcpu * cpu->usd + size->memoryGiB * gb->usd);
        const bool estimate = cpu->confidence == Confidence::Estimate || gb->confidence == Confidence::Estimate;
        add(LineKind::Compute, label, asked, estimate);
        if (paid - asked > eps)
            add(LineKind::OverProvisioning,
                [&] { return tr("%1 vCPU / %2 GiB paid above what was asked for").arg(num(size->vcpu - m_in.vcpu),
                                                                     gib(size->memoryGiB - m_in.memoryGiB)); },
                paid - asked, estimate);
    }

    void priceLambda()
    {
        constexpr double maxMemoryGiB = 10240.0 / 1024.0;
        constexpr double maxDurationMs = 15 * 60 * 1000;
        if (m_in.memoryGiB > maxMemoryGiB + eps)
            return unavailable([&] { return tr("Lambda functions have at most 10,240 MB of memory."); });
        if (m_in.durationMs > maxDurationMs)
            return unavailable([&] { return tr("Lambda stops a call after 15 minutes: a %1 s run does not fit.")
                                   .arg(num(m_in.durationMs / 1000)); });
        if (m_in.requests <= 0 || m_in.durationMs <= 0)
            note(NoteLevel::Warning, [&] { return tr("Set the requests a month and the average duration to price Lambda."); });
        const QString arch = m_in.arch == u"arm64" ? QStringLiteral("arm64") : QStringLiteral("x86_64");
        m_result.taskVcpu = 0;
        m_result.taskMemoryGiB = m_in.memoryGiB;
        m_result.instances = 0;

        double gbSeconds = m_in.requests * (m_in.durationMs / 1000) * m_in.memoryGiB;
        double requests = m_in.requests;
        if (m_option.freeTier) {
            gbSeconds = std::max(0.0, gbSeconds - 400000);
            requests = std::max(0.0, requests - 1000000);
            note(NoteLevel::Info, [&] { return tr("The monthly free tier (400,000 GB-s and 1M requests) is applied."); });
        } else {
            note(NoteLevel::Info, [&] { return tr("No free tier applied."); });
        }
        const double off = discount(QStringLiteral("lambda"));
        const Price* gbs = price(QStringLiteral("lambda.%1.gb-second").arg(arch), LineKind::Compute, [&] { return tr("Lambda %1 duration").arg(arch); });
        const auto label = [&] { return tr("%1 GB-s (%2 requests × %3 ms × %4 GB)")
                                  .arg(num(gbSeconds), num(m_in.requests), num(m_in.durationMs), gib(m_in.memoryGiB)); };
        if (gbs) {
            // Duration is tiered by the GB-seconds of a month: the line shows each tier it reaches.
            QList<TierUse> tiers;
            const double cost = gbs->costOf(gbSeconds, &tiers);
            const auto tieredLabel = [&] {
                return tiers.size() > 1 ? label() + QStringLiteral(": ") + Price::arithmetic(tiers) : label();
            };
            add(LineKind::Compute, tieredLabel, cost * (1 - off), gbs->confidence == Confidence::Estimate);
        } else
            addUnknown(LineKind::Compute, label);
        const Price* req = price(QStringLiteral("lambda.request"), LineKind::Requests, [&] { return tr("Lambda requests"); });
        const auto reqLabel = [&] { return tr("%1 requests").arg(num(requests)); };
        if (req)
            add(LineKind::Requests, reqLabel, requests * req->usd, req->confidence == Confidence::Estimate);
        else
            addUnknown(LineKind::Requests, reqLabel);
    }

    // --- storage and security -------------------------------------------------------------

    // Storage the option cannot use is not added to its total: the option does not meet the
    // workload instead.
    void priceStorage()
    {
        for (const StorageItem& item : m_scenario.storage) {
            if (!canMount(m_option, item.type, m_catalog)) {
                cannotRun([&] {
                    const CatalogEntry* e = m_catalog.find(CatalogKind::Storage, item.type);
                    return tr("%1 cannot be mounted from %2: not added to its total.")
                        .arg(e ? e->name.text(m_language) : item.type, m_result.label);
                });
                continue;
            }
            const StorageResult r = priceStorageItem(item, m_catalog, *m_book, m_in.hours, m_language, m_detail);
            m_result.lineItems.append({LineKind::Storage, r.label, r.monthlyUsd, r.known, r.estimate});
            for (const PriceUse& u : r.pricesUsed)
                used(u.kind, u.key, u.use);
        }
    }

    void priceSecurity()
    {
        SecurityFootprint footprint;
        if (pricesHosts(m_option)) {
            footprint.instances = m_result.instances;
            if (const InstanceType* t = m_book->instanceType(m_result.instanceType))
                footprint.vcpus = m_result.instances * t->vcpu;
        } else {
            footprint.instances = 0;
            footprint.vcpus = m_in.tasks * std::max(m_result.taskVcpu, m_in.vcpu);
        }
        for (const SecurityItem& item : m_scenario.security) {
            if (!securityApplies(m_option, item.service, m_catalog)) {
                cannotRun([&] {
                    const CatalogEntry* e = m_catalog.find(CatalogKind::Security, item.service);
                    return tr("%1 does not cover %2: not added to its total.")
                        .arg(e ? e->name.text(m_language) : item.service, m_result.label);
                });
                continue;
            }
            const SecurityResult r = priceSecurityItem(item, footprint, m_catalog, *m_book, m_in.hours, m_language, m_detail);
            m_result.lineItems.append({LineKind::Security, r.label, r.monthlyUsd, r.known, r.estimate});
            for (const PriceUse& u : r.pricesUsed)
                used(u.kind, u.key, u.use);
        }
    }

public:
    struct SecurityFootprint
    {
        double instances = 0;
        double vcpus = 0;
    };

    static StorageResult priceStorageItem(const StorageItem& item, const Catalog& catalog, const PriceBook& book,
                                          double hours, Language language, bool detail)
    {
        StorageResult r;
        r.id = item.id;
        r.type = item.type;
        r.sizeGiB = item.sizeGiB;
        const CatalogEntry* e = catalog.find(CatalogKind::Storage, item.type);
        const QString key = e && !e->priceKeys.isEmpty() ? e->priceKeys.first()
                                                         : QStringLiteral("storage.%1.gb-month").arg(item.type);
        const Price* p = book.price(key);
        if (detail)
            r.label = tr("%1: %2 GB × %3 USD/GB-month")
                          .arg(e ? e->name.text(language) : item.type, num(item.sizeGiB),
                               p ? num(p->usd) : tr("unknown"));
        if (!p) {
            r.known = false;
            return r;
        }
        r.pricesUsed.append({PriceUse::Kind::Price, book.region, key, LineKind::Storage});
        // S3 Standard is tiered by the GB stored a month (50 TB, 500 TB).
        QList<TierUse> tiers;
        r.monthlyUsd = p->costOf(item.sizeGiB, &tiers) * hours / hoursPerMonth;
        if (detail && tiers.size() > 1)
            r.label += QStringLiteral(": ") + Price::arithmetic(tiers);
        r.estimate = p->confidence == Confidence::Estimate;
        return r;
    }

    static SecurityResult priceSecurityItem(const SecurityItem& item, const SecurityFootprint& footprint,
                                            const Catalog& catalog, const PriceBook& book, double hours,
                                            Language language, bool detail)
    {
        SecurityResult r;
        r.id = item.id;
        r.service = item.service;
        const double months = hours / hoursPerMonth;
        QList<QPair<const char*, double>> parts; // price key → quantity
        const QString& s = item.service;
        const double instances = item.instances.value_or(footprint.instances);
        const double vcpus = item.vcpus.value_or(footprint.vcpus);
        const bool free = s == u"inspector-basic" || s == u"shield-standard";
        if (s == u"inspector-ecr")
            parts = {{"inspector-ecr.image", item.images.value_or(0)}, {"inspector-ecr.rescan", item.rescans.value_or(0)}};
        else if (s == u"inspector-ec2")
            parts = {{"inspector-ec2.instance-month", instances * months}};
        else if (s == u"guardduty-runtime")
            parts = {{"guardduty-runtime.vcpu-month", vcpus * months}};
        else if (s == u"guardduty-malware")
            parts = {{"guardduty-malware.gb", item.gbScanned.value_or(0)}};
        else if (s == u"waf")
            parts = {{"waf.web-acl-month", months}};
        else if (s == u"shield-advanced")
            parts = {{"shield-advanced.month", months}};
        else if (s == u"network-firewall")
            parts = {{"network-firewall.endpoint-hour", hours}};

        if (detail) {
            const CatalogEntry* e = catalog.find(CatalogKind::Security, item.service);
            const QString name = e ? e->name.text(language) : item.service;
            QString what;
            if (free)
                what = tr("no charge");
            else if (s == u"inspector-ecr")
                what = tr("images pushed: %1, rescans: %2").arg(num(item.images.value_or(0)), num(item.rescans.value_or(0)));
            else if (s == u"inspector-ec2")
                what = tr("instances scanned: %1").arg(num(instances));
            else if (s == u"guardduty-runtime")
                what = tr("vCPUs watched: %1").arg(num(vcpus));
            else if (s == u"guardduty-malware")
                what = tr("%1 GB scanned").arg(num(item.gbScanned.value_or(0)));
            else if (s == u"waf")
                what = tr("1 web ACL; rules and requests not included");
            else if (s == u"shield-advanced")
                what = tr("subscription");
            else if (s == u"network-firewall")
                what = tr("1 endpoint; data processed not included");
            r.label = tr("%1: %2").arg(name, what);
        }
        if (free)
            return r;
        if (parts.isEmpty())
            r.known = false;
        for (const auto& [key, quantity] : parts) {
            // A rate the item names is read even for none of it ("rescans: 0"): it is a rate
            // of the figure all the same.
            const QString priceKey = QString::fromLatin1(key);
            const Price* p = book.price(priceKey);
            if (p)
                r.pricesUsed.append({PriceUse::Kind::Price, book.region, priceKey, LineKind::Security});
            if (quantity <= 0)
                continue;
            if (!p) {
                r.known = false;
                continue;
            }
            r.monthlyUsd += quantity * p->usd;
            r.estimate = r.estimate || p->confidence == Confidence::Estimate;
        }
        return r;
    }

private:
    const Scenario& m_scenario;
    const Option& m_option;
    const Catalog& m_catalog;
    const PriceBooks& m_prices;
    Language m_language;
    bool m_detail = true;
    Inputs m_in;
    const PriceBook* m_book = nullptr;
    const CatalogEntry* m_service = nullptr;
    OptionResult m_result;
    QStringList m_estimateNoted;
    bool m_discountEstimate = false;
};

} // namespace

std::optional<TaskSize> fargateSize(const Catalog& catalog, double vcpu, double memoryGiB, const QString& os,
                                    double vcpuRate, double gbRate)
{
    const TaskSize* best = nullptr;
    double bestPrice = 0;
    for (const TaskSize& s : catalog.fargateSizes()) {
        // The sizes too small go first: two comparisons of numbers, no string.
        if (s.vcpu + eps < vcpu || s.memoryGiB + eps < memoryGiB || !s.os.contains(os))
            continue;
        const double price = s.vcpu * vcpuRate + s.memoryGiB * gbRate;
        if (!best || price < bestPrice - eps) {
            best = &s;
            bestPrice = price;
        }
    }
    return best ? std::optional<TaskSize>(*best) : std::nullopt;
}

QPair<double, double> reserved(const InstanceType& type, const std::optional<HostReservation>& reservation)
{
    if (!reservation)
        return {0, 0};
    if (reservation->model != u"kubelet")
        return {reservation->vcpu,
                reservation->memoryMiB / 1024 + type.memoryGiB * (1 - reservation->registeredMemoryFraction)};
    double cpu = 0;
    double remaining = type.vcpu;
    for (const auto& [cores, fraction] : reservation->cpuTiers) {
        const double n = cores <= 0 ? remaining : std::min(cores, remaining);
        cpu += n * fraction;
        remaining -= n;
        if (remaining <= 0)
            break;
    }
    const int maxPods = reservation->maxPodsBySize.value(type.size(), 110);
    const double memoryMiB =
        reservation->memoryBaseMiB + reservation->memoryPerPodMiB * maxPods + reservation->evictionMiB;
    return {cpu, memoryMiB / 1024};
}

QString placeOf(const Option& option, const Catalog& catalog)
{
    if (!option.runtime.isEmpty())
        return option.runtime;
    const CatalogEntry* service = catalog.find(CatalogKind::Services, option.service);
    if (service && service->service.runtimes.size() == 1)
        return service->service.runtimes.first();
    return option.service;
}

bool pricesHosts(const Option& option)
{
    return option.runtime == u"ec2" || option.service == u"rosa" || option.service == u"ec2-self-managed";
}

bool canMount(const Option& option, const QString& storageType, const Catalog& catalog)
{
    const CatalogEntry* storage = catalog.find(CatalogKind::Storage, storageType);
    const CatalogEntry* service = catalog.find(CatalogKind::Services, option.service);
    if (!storage || !service)
        return false;
    if (storage->storage.access == u"api")
        return true;
    const QString place = placeOf(option, catalog);
    const ServiceCapabilities& caps = service->service;
    const QStringList& mountable = caps.storageOn.contains(place) ? caps.storageOn[place] : caps.storage;
    if (!mountable.contains(storageType))
        return false;
    // A runtime mounts only what the storage can be mounted from; a service that chooses its
    // own place (Lambda) is covered by its own list.
    return !caps.runtimes.contains(place) || storage->storage.mountFrom.contains(place);
}

bool securityApplies(const Option& option, const QString& securityService, const Catalog& catalog)
{
    const CatalogEntry* e = catalog.find(CatalogKind::Security, securityService);
    if (!e)
        return false;
    const auto holds = [](const QJsonArray& ids, const QString& id) {
        return std::any_of(ids.begin(), ids.end(), [&](const QJsonValueConstRef v) { return v.toString() == id; });
    };
    const QJsonArray appliesTo = e->capabilities.value(QLatin1String("appliesTo")).toArray();
    return appliesTo.isEmpty() || holds(appliesTo, placeOf(option, catalog))
           || holds(e->capabilities.value(QLatin1String("appliesToServices")).toArray(), option.service);
}

std::optional<HostReservation> hostReservation(const CatalogEntry& service, const Option& option)
{
    std::optional<HostReservation> r = service.hostReservation;
    if (!r || r->model != u"fixed")
        return r;
    if (option.reservedVcpu)
        r->vcpu = *option.reservedVcpu;
    if (option.reservedMemoryMiB)
        r->memoryMiB = *option.reservedMemoryMiB;
    if (option.registeredMemoryFraction)
        r->registeredMemoryFraction = *option.registeredMemoryFraction;
    return r;
}

const InstanceType* matchingInstanceType(const PriceBook& book, const InstanceType& type, const QString& arch)
{
    if (type.arch == arch)
        return &type;
    // "c7i.large" → family "c7i", size "large"; class "c", generation 7: the same size of the
    // same class and the nearest generation for the other architecture (c7i.large →
    // c7g.large, t3.large → t4g.large). Views, not copies: this runs over every type.
    const auto familyOf = [](const QString& t) { return QStringView(t).left(t.indexOf(QLatin1Char('.'))); };
    const auto sizeOf = [](const QString& t) {
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        return dot < 0 ? QStringView() : QStringView(t).mid(dot + 1);
    };
    const auto classOf = [](QStringView family) {
        qsizetype i = 0;
        while (i < family.size() && !family.at(i).isDigit())
            ++i;
        return family.left(i);
    };
    const auto generationOf = [](QStringView family) {
        int g = 0;
        for (QChar c : family)
            if (c.isDigit())
                g = g * 10 + c.digitValue();
            else if (g > 0)
                break;
        return g;
    };
    const QStringView family = familyOf(type.type);
    const QStringView size = sizeOf(type.type);
    const QStringView cls = classOf(family);
    const int generation = generationOf(family);
    const InstanceType* best = nullptr;
    int bestDistance = 0;
    for (const InstanceType& t : book.instanceTypes) {
        if (t.arch != arch || t.gpus != type.gpus || sizeOf(t.type) != size)
            continue;
        const QStringView other = familyOf(t.type);
        if (classOf(other) != cls)
            continue;
        const int distance = std::abs(generationOf(other) - generation);
        if (!best || distance < bestDistance
            || (distance == bestDistance && t.onDemand.usd < best->onDemand.usd))
            best = &t, bestDistance = distance;
    }
    return best;
}

int tasksPerHost(const InstanceType& type, const std::optional<HostReservation>& reservation, double vcpu,
                 double memoryGiB)
{
    const auto [resCpu, resMem] = reserved(type, reservation);
    const double cpu = type.vcpu - resCpu;
    const double mem = type.memoryGiB - resMem;
    if (vcpu <= 0 || memoryGiB <= 0 || cpu + eps < vcpu || mem + eps < memoryGiB)
        return 0;
    return static_cast<int>(std::min(std::floor(cpu / vcpu + eps), std::floor(mem / memoryGiB + eps)));
}

QString defaultLabel(const Option& option, const Catalog& catalog, Language language)
{
    const CatalogEntry* service = catalog.find(CatalogKind::Services, option.service);
    const QString name = service ? service->label(language) : option.service;
    QString where;
    if (option.runtime == u"ec2")
        where = option.instanceType.isEmpty() ? QStringLiteral("EC2")
                                              : QStringLiteral("EC2 (%1)").arg(option.instanceType);
    else if (option.runtime == u"fargate")
        where = QStringLiteral("Fargate");
    else if (option.runtime == u"ecs-anywhere" || option.runtime == u"eks-anywhere")
        where = QStringLiteral("Anywhere");
    if (where.isEmpty() || option.service == u"ec2-self-managed" || option.service == u"ecs-express-mode")
        return option.service == u"ec2-self-managed" && !option.instanceType.isEmpty()
                   ? QStringLiteral("%1 (%2)").arg(name, option.instanceType)
                   : name;
    return QCoreApplication::translate("CostModel", "%1 on %2").arg(name, where);
}

QString labelOf(const Scenario& scenario, const Option& option, const Catalog& catalog, const PriceBooks& prices,
                Language language)
{
    if (!option.label.isEmpty())
        return option.label;
    return evaluateOption(scenario, option, catalog, prices, language, Detail::TotalsOnly).label;
}

OptionResult evaluateOption(const Scenario& scenario, const Option& option, const Catalog& catalog,
                            const PriceBooks& prices, Language language, Detail detail)
{
    return Evaluation(scenario, option, catalog, prices, language, detail).run();
}

Comparison evaluate(const Scenario& scenario, const Catalog& catalog, const PriceBooks& prices, Language language,
                    Detail detail)
{
    Comparison c;
    c.title = scenario.title;
    c.region = scenario.region;
    c.hours = scenario.period.totalHours();
    for (const Option& option : scenario.options)
        if (option.enabled)
            c.options.append(evaluateOption(scenario, option, catalog, prices, language, detail));
    if (const PriceBook* book = prices.region(scenario.region)) {
        for (const StorageItem& item : scenario.storage)
            c.storage.append(Evaluation::priceStorageItem(item, catalog, *book, c.hours, language, detail == Detail::Full));
        const Evaluation::SecurityFootprint footprint{double(scenario.workload.tasks),
                                                      scenario.workload.tasks * scenario.workload.vcpu};
        for (const SecurityItem& item : scenario.security)
            c.security.append(
                Evaluation::priceSecurityItem(item, footprint, catalog, *book, c.hours, language, detail == Detail::Full));
    }
    return c;
}

} // namespace CostModel
