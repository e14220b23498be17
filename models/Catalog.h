#pragma once

#include "LoadError.h"
#include "Localized.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// One statement from the workshop deck (or beside it), in both languages, with the slide it
// comes from (0 when it is not from the deck).
struct Fact
{
    LocalizedText text;
    int slide = 0;
    // Where a fact that is not the deck's (slide 0) was read, and when: an https:// address and
    // an ISO date. Optional in the file; the deck's facts have neither.
    QString source;
    QString asOf;
};

// How well a service does on one criterion of the capability matrix, and why.
struct Rating
{
    int score = 0; // 0 (cannot) … 4 (best of the set)
    LocalizedText why;
};

// A criterion of the capability matrix ("ease", "portability", …).
struct Criterion
{
    QString id;
    LocalizedText name;
    LocalizedText description;
};

// Structured capabilities of a service (the "capabilities" object of services.json).
struct ServiceCapabilities
{
    QStringList runtimes;          // runtime ids it can run on: "ec2", "fargate", "ecs-anywhere", …
    QString orchestrator;          // "ecs", "kubernetes", "openshift", "none", …
    bool managedControlPlane = false;
    bool gpu = false;
    bool portableBeyondAws = false;
    bool pullsFromEcr = true;
    bool availableToNewCustomers = true;
    QString successor;             // service id users are pointed to when closed ("ecs-express-mode")
    std::optional<int> maxRunMinutes; // absent: no limit
    QStringList storage;           // storage ids it can mount
    QMap<QString, QStringList> storageOn; // runtime id → storage ids, where a runtime mounts fewer
    QString pricing;               // "fixed-monthly", "per-hour", "per-vcpu-gb", "per-request", "underlying"
};

// Structured capabilities of a storage entry.
struct StorageCapabilities
{
    QString kind;                  // "block", "file", "object"
    bool multiAz = false;
    bool sharedAcrossHosts = false;
    QStringList mountFrom;         // runtime ids: "ec2", "fargate", …; empty for API-only storage
    QString access;                // "mount", "bind-mount", "api"
};

// What a host keeps back for its agent before tasks are packed onto it.
struct HostReservation
{
    QString model;                 // "fixed" or "kubelet"
    double vcpu = 0;               // fixed model
    double memoryMiB = 0;          // fixed model
    // kubelet model (the EKS-optimized AMI's formula): CPU in tiers of cores, memory as
    // base + per-pod × max pods + eviction threshold.
    QList<QPair<double, double>> cpuTiers; // (cores in this tier, fraction reserved); last tier open
    double memoryBaseMiB = 0;
    double memoryPerPodMiB = 0;
    double evictionMiB = 0;
    QMap<QString, int> maxPodsBySize; // "large" → 29
    // The share of the nominal memory the agent registers: the OS reports less than the
    // instance's size (kernel, platform), and a scheduler places tasks against what was
    // registered. 1 when nothing is known; the source is where the figure was published.
    double registeredMemoryFraction = 1;
    QString registeredMemorySource;
    LocalizedText why;
};

// A service, runtime, storage, security, IaC or concept entry. Fields that do not apply to a
// kind stay empty.
struct CatalogEntry
{
    QString id;
    LocalizedText name;
    LocalizedText shortName;       // for chart labels; falls back to name
    LocalizedText description;
    QList<Fact> facts;
    QList<Fact> cautions;
    QString category;              // kind-specific grouping ("orchestrator", "block", "scanning", …)
    QString docUrl;
    QStringList priceKeys;         // price-book keys that price this entry (for the detail pane)
    QJsonObject capabilities;      // the raw, validated capabilities object, for display
    QMap<QString, Rating> ratings; // services only: criterion id → rating

    ServiceCapabilities service;   // services only
    StorageCapabilities storage;   // storage only
    std::optional<HostReservation> hostReservation; // services that pack tasks onto hosts

    QString label(Language language) const
    {
        return shortName.isEmpty() ? name.text(language) : shortName.text(language);
    }
};

// A documented CPU/memory size of a task (Fargate) or an instance (App Runner).
struct TaskSize
{
    double vcpu = 0;
    double memoryGiB = 0;
    QStringList os;                // "linux", "windows"
};

// A way to buy capacity ("on-demand", "spot", "savings-plan", "reserved").
struct PurchaseOption
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    QStringList runtimes;          // runtime ids it applies to
};

enum class CatalogKind { Services, Runtimes, Storage, Security, Iac, Concepts };

// Every catalog the app knows, loaded from resources/catalogs/*.json and validated.
class Catalog
{
public:
    // Loads services.json, runtimes.json, storage.json, security.json, iac.json and
    // concepts.json from a folder (":/catalogs" for the built-in ones).
    static std::optional<Catalog> load(const QString& directory, LoadError* error);
    // The catalogs compiled into the binary; aborts with the loader's message if they are
    // broken, which a test prevents from ever shipping.
    static const Catalog& builtin();

    const QList<CatalogEntry>& entries(CatalogKind kind) const;
    const CatalogEntry* find(CatalogKind kind, const QString& id) const;

    const QList<Criterion>& criteria() const { return m_criteria; }
    const QList<PurchaseOption>& purchaseOptions() const { return m_purchaseOptions; }
    const QList<TaskSize>& fargateSizes() const { return m_fargateSizes; }
    const QList<TaskSize>& appRunnerSizes() const { return m_appRunnerSizes; }

    static QString kindId(CatalogKind kind); // "services", …
    static std::optional<CatalogKind> kindFromId(const QString& id);

private:
    QMap<CatalogKind, QList<CatalogEntry>> m_entries;
    QList<Criterion> m_criteria;
    QList<PurchaseOption> m_purchaseOptions;
    QList<TaskSize> m_fargateSizes;
    QList<TaskSize> m_appRunnerSizes;
    friend class CatalogLoader;
};
