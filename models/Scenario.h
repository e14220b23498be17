#pragma once

#include "LoadError.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What the user runs: the same for every option unless an option overrides it.
struct Workload
{
    int tasks = 1;
    double vcpu = 2;
    double memoryGiB = 4;
    QString arch = QStringLiteral("x86_64"); // "x86_64" or "arm64"
    QString os = QStringLiteral("linux");    // "linux" or "windows"
    double ephemeralStorageGiB = 20;
    double requestsPerMonth = 0;  // Lambda and App Runner
    double avgDurationMs = 0;     // Lambda

    friend bool operator==(const Workload&, const Workload&) = default;
};

// The billing period: hours, or days × hours a day.
struct Period
{
    std::optional<double> hours;  // set: {"hours": 730}
    double days = 30.5;           // otherwise {"days": …, "hoursPerDay": …}
    double hoursPerDay = 24;

    double totalHours() const { return hours ? *hours : days * hoursPerDay; }
    friend bool operator==(const Period&, const Period&) = default;
};

// How USD is shown: the display currency, its rate and its rounding.
struct CurrencySettings
{
    QString code = QStringLiteral("USD"); // "USD" or "JPY"
    double perUsd = 1;
    QString rounding = QStringLiteral("nearest"); // "floor" or "nearest"

    friend bool operator==(const CurrencySettings&, const CurrencySettings&) = default;
};

// One way to run the workload. Unset fields take the workload's or the scenario's value.
struct Option
{
    QString id;
    QString label;                // optional; a label is made from service and runtime
    QString service;              // "ecs", "eks", "lightsail", "elastic-beanstalk", "batch",
                                  // "app-runner", "rosa", "ec2-self-managed", "lambda"
    QString runtime;              // "ec2", "fargate", "ecs-anywhere", "eks-anywhere"; empty for
                                  // services that choose their own (Lightsail, App Runner, Lambda)
    QString instanceType;
    QString purchase = QStringLiteral("on-demand"); // "on-demand", "spot", "savings-plan", "reserved"
    std::optional<double> discount; // fraction off on-demand; overrides the catalog default
    QString support = QStringLiteral("standard"); // EKS: "standard" or "extended"
    int clusters = 1;
    std::optional<int> nodes;     // hosts the user owns (Anywhere) or fixed worker count
    bool enabled = true;          // unchecked options stay in the file but are not compared
    bool freeTier = false;        // Lambda: apply the monthly free tier

    std::optional<QString> region;
    std::optional<QString> arch;
    std::optional<QString> os;
    std::optional<int> tasks;
    std::optional<double> vcpu;
    std::optional<double> memoryGiB;

    // Hosts whose agent places tasks (ECS, Batch): what each keeps back, over the catalog's
    // defaults — ECS_RESERVED_MEMORY, a CPU reservation and the share of the nominal memory
    // the agent registers.
    std::optional<double> reservedVcpu;
    std::optional<double> reservedMemoryMiB;
    std::optional<double> registeredMemoryFraction;

    friend bool operator==(const Option&, const Option&) = default;
};

// Storage priced beside the options.
struct StorageItem
{
    QString id;
    QString type;                 // a storage catalog id: "ebs-gp3", "efs-standard", …
    double sizeGiB = 100;

    friend bool operator==(const StorageItem&, const StorageItem&) = default;
};

// A security service priced beside the options. Quantities left unset follow the workload.
struct SecurityItem
{
    QString id;
    QString service;              // a security catalog id: "guardduty-runtime", "inspector-ecr", …
    std::optional<double> images;        // Inspector ECR: images pushed a month
    std::optional<double> rescans;       // Inspector ECR: rescans a month
    std::optional<double> gbScanned;     // GuardDuty malware protection
    std::optional<double> vcpus;         // GuardDuty runtime monitoring: vCPUs watched
    std::optional<double> instances;     // Inspector EC2: instances scanned

    friend bool operator==(const SecurityItem&, const SecurityItem&) = default;
};

// The user's document: a workload, the options to compare and how to show money.
struct Scenario
{
    QString title;
    QString region = QStringLiteral("ap-northeast-1");
    Period period;
    CurrencySettings currency;
    Workload workload;
    QList<Option> options;
    QList<StorageItem> storage;
    QList<SecurityItem> security;
    // How much each capability criterion counts in the ranking: criterion id → 0 (ignore) to
    // ScenarioLimits::maxWeight. A criterion not listed counts 1 (kept out: setWeight drops it).
    QMap<QString, double> weights;
    // The largest task count of the scaling chart; 0 = twice the workload's.
    int scalingUpTo = 0;

    // The weight of one criterion (1 when not listed).
    double weight(const QString& criterion) const { return weights.value(criterion, 1); }
    void setWeight(const QString& criterion, double weight);

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// Limits enforced on every scenario, stated once.
namespace ScenarioLimits {
inline constexpr int maxTasks = 10000;
inline constexpr double maxVcpu = 192;
inline constexpr double maxMemoryGiB = 1536;
inline constexpr double maxHours = 744 * 12;
inline constexpr int maxOptions = 64;
inline constexpr int maxClusters = 100;
inline constexpr int maxNodes = 10000;
inline constexpr double maxStorageGiB = 1024.0 * 1024.0; // 1 PiB
inline constexpr double maxEphemeralGiB = 200;
inline constexpr double maxPerUsd = 100000;
inline constexpr int maxWeight = 5;
}

// Reads and writes version 1 of the public scenario format ("container-compare/scenario").
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    static constexpr int version = 1;
    static QString schema() { return QStringLiteral("container-compare/scenario"); }

    // Validates structure, types and limits; ids of services, runtimes, storage, security and
    // regions are checked against the catalogs when given.
    static std::optional<Scenario> parse(const QByteArray& bytes, const QString& fileName, LoadError* error);
    static std::optional<Scenario> read(const QString& fileName, LoadError* error);
    static QByteArray serialize(const Scenario& scenario);
    // Writes atomically (QSaveFile); returns false and sets errorMessage on failure.
    static bool write(const Scenario& scenario, const QString& fileName, QString* errorMessage);
};
