#pragma once

#include "PriceBook.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The kinds of line item, in the order the breakdown chart stacks them.
enum class LineKind { Compute, ControlPlane, ServiceFee, OverProvisioning, Storage, Security, Requests };
inline constexpr int lineKindCount = 7;

QString lineKindId(LineKind kind);          // "compute", "control-plane", … (JSON, CSV)
QString lineKindName(LineKind kind);        // translated column title

// One charge of an option's monthly bill.
struct LineItem
{
    LineKind kind = LineKind::Compute;
    QString label;                // "c7i.large × 1 × 732 h × 0.11235 USD/h"
    double monthlyUsd = 0;        // meaningful only when known
    bool known = true;            // false: no published price; shown as unknown, never 0
    bool estimate = false;        // priced from an estimate
};

// A published price the cost model read to make a figure: where the region's book files it,
// so that a reader (the report's sources) finds its USD, unit, source and date there.
struct PriceUse
{
    enum class Kind {
        Price,         // a price key: "fargate.linux-x86.vcpu-hour"
        InstanceType,  // an instance type's on-demand rate: "c7i.large"
        LightsailPower // a Lightsail container power's monthly price: "micro"
    };
    Kind kind = Kind::Price;
    QString region;
    QString key;
    // What the price went into: a compute rule's line items, or a storage or security item.
    LineKind use = LineKind::Compute;

    bool operator==(const PriceUse&) const = default;
};

// The discount off on-demand the cost model applied to an option's price.
struct DiscountUse
{
    QString purchase;          // "spot", "savings-plan", "reserved"
    QString runtime;           // where the book files it: "ec2", "fargate", "lambda", "app-runner"
    double fraction = 0;       // 0.6 = 60 % off
    bool fromScenario = false; // the option's own figure: no source, no date
    QString source;            // the book's PriceSource id
    QString asOf;
    Confidence confidence = Confidence::Estimate;
};

enum class NoteLevel { Info, Warning, Unavailable };

// The mark drawn before a note in the window: "ℹ", "⚠" or "✖" — characters every font we
// depend on has (DejaVu Sans, Noto CJK), so none shows as an empty box.
QString noteMark(NoteLevel level);

struct Note
{
    NoteLevel level = NoteLevel::Info;
    QString text;
};

// Whether an option can run the whole workload (compute, storage, security, architecture,
// OS, run-time limits) as the scenario describes it.
enum class Fit {
    Fits,            // as described
    FitsWithChanges, // after a change the model made (a bigger instance, another architecture, …)
    CannotRun        // not at all, or not with everything the scenario asks for
};

QString fitId(Fit fit);    // "fits", "fits-with-changes", "cannot-run" (JSON, CSV)
QString fitName(Fit fit);  // translated

// The cost of one option: line items, their sum and the notes a user needs.
struct OptionResult
{
    QString id;                   // the scenario option's id
    QString label;                // "ECS on Fargate"
    QString service;
    QString runtime;
    QString region;
    QString instanceType;         // chosen instance type, when hosts are priced
    int instances = 0;            // hosts or nodes paid for
    double taskVcpu = 0;          // the size each task is billed at
    double taskMemoryGiB = 0;
    QList<LineItem> lineItems;
    QList<Note> notes;
    // The prices its figures were made from, in the order the rules read them (its storage
    // and security items' included), and the discount applied, if any.
    QList<PriceUse> pricesUsed;
    std::optional<DiscountUse> discount;

    bool available = true;        // false: nothing could be priced (see notes)
    Fit fit = Fit::Fits;          // CannotRun whenever available is false
    QStringList reasons;          // why it cannot run, or what was changed to make it fit
    // Meets the workload, perhaps with changes; an option that could not be priced never does.
    bool fits() const { return available && fit != Fit::CannotRun; }
    Fit fitStatus() const { return fits() ? fit : Fit::CannotRun; }
    double monthlyUsd() const;    // sum of known line items
    double monthlyUsd(LineKind kind) const;
    bool complete() const;        // every line item known
    bool hasEstimate() const;
};

struct StorageResult
{
    QString id;
    QString type;
    double sizeGiB = 0;
    double monthlyUsd = 0;
    bool known = true;
    bool estimate = false;
    QString label;
    QList<PriceUse> pricesUsed;
};

struct SecurityResult
{
    QString id;
    QString service;
    double monthlyUsd = 0;
    bool known = true;
    bool estimate = false;
    QString label;
    QList<PriceUse> pricesUsed;
};

// The result of evaluating a scenario: one OptionResult per enabled option, in scenario order.
struct Comparison
{
    QString title;
    QString region;
    double hours = 0;
    QList<OptionResult> options;
    QList<StorageResult> storage;
    QList<SecurityResult> security;

    // The option with the lowest total among those that meet the workload and are priced
    // completely; -1 when none.
    int cheapestIndex() const;
    // Options counted by cheapestIndex: available, complete and meeting the workload.
    static bool rankable(const OptionResult& option);
    int estimateCount() const;
};
