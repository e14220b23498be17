#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

enum class NoteLevel { Info, Warning, Unavailable };

struct Note
{
    NoteLevel level = NoteLevel::Info;
    QString text;
};

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

    bool available = true;        // false: this option cannot run the workload (see notes)
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
};

struct SecurityResult
{
    QString id;
    QString service;
    double monthlyUsd = 0;
    bool known = true;
    bool estimate = false;
    QString label;
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

    // The available, complete option with the lowest total; -1 when none.
    int cheapestIndex() const;
    int estimateCount() const;
};
