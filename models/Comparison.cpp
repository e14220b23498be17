#include "Comparison.h"

#include <QCoreApplication>

#include <array>

QString lineKindId(LineKind kind)
{
    switch (kind) {
    case LineKind::Compute: return QStringLiteral("compute");
    case LineKind::ControlPlane: return QStringLiteral("control-plane");
    case LineKind::ServiceFee: return QStringLiteral("service-fee");
    case LineKind::OverProvisioning: return QStringLiteral("over-provisioning");
    case LineKind::Storage: return QStringLiteral("storage");
    case LineKind::Security: return QStringLiteral("security");
    case LineKind::Requests: return QStringLiteral("requests");
    }
    return {};
}

QString lineKindName(LineKind kind)
{
    static constexpr std::array<const char*, lineKindCount> names = {
        QT_TRANSLATE_NOOP("LineKind", "Compute"),
        QT_TRANSLATE_NOOP("LineKind", "Control plane"),
        QT_TRANSLATE_NOOP("LineKind", "Service fee"),
        QT_TRANSLATE_NOOP("LineKind", "Over-provisioning"),
        QT_TRANSLATE_NOOP("LineKind", "Storage"),
        QT_TRANSLATE_NOOP("LineKind", "Security"),
        QT_TRANSLATE_NOOP("LineKind", "Requests"),
    };
    return QCoreApplication::translate("LineKind", names[static_cast<size_t>(kind)]);
}

QString noteMark(NoteLevel level)
{
    switch (level) {
    case NoteLevel::Info: return QStringLiteral("ℹ");
    case NoteLevel::Warning: return QStringLiteral("⚠");
    case NoteLevel::Unavailable: return QStringLiteral("✖");
    }
    return {};
}

QString fitId(Fit fit)
{
    switch (fit) {
    case Fit::Fits: return QStringLiteral("fits");
    case Fit::FitsWithChanges: return QStringLiteral("fits-with-changes");
    case Fit::CannotRun: return QStringLiteral("cannot-run");
    }
    return {};
}

QString fitName(Fit fit)
{
    switch (fit) {
    case Fit::Fits: return QCoreApplication::translate("Fit", "Fits");
    case Fit::FitsWithChanges: return QCoreApplication::translate("Fit", "Fits with changes");
    case Fit::CannotRun: return QCoreApplication::translate("Fit", "Cannot run this workload");
    }
    return {};
}

double OptionResult::monthlyUsd() const
{
    double sum = 0;
    for (const LineItem& item : lineItems)
        if (item.known)
            sum += item.monthlyUsd;
    return sum;
}

double OptionResult::monthlyUsd(LineKind kind) const
{
    double sum = 0;
    for (const LineItem& item : lineItems)
        if (item.known && item.kind == kind)
            sum += item.monthlyUsd;
    return sum;
}

bool OptionResult::complete() const
{
    return std::all_of(lineItems.cbegin(), lineItems.cend(), [](const LineItem& i) { return i.known; });
}

bool OptionResult::hasEstimate() const
{
    return std::any_of(lineItems.cbegin(), lineItems.cend(), [](const LineItem& i) { return i.estimate; });
}

bool Comparison::rankable(const OptionResult& o)
{
    return o.fits() && o.complete();
}

int Comparison::cheapestIndex() const
{
    int best = -1;
    for (int i = 0; i < options.size(); ++i) {
        const OptionResult& o = options.at(i);
        if (!rankable(o))
            continue;
        if (best < 0 || o.monthlyUsd() < options.at(best).monthlyUsd())
            best = i;
    }
    return best;
}

int Comparison::estimateCount() const
{
    int count = 0;
    for (const OptionResult& o : options)
        for (const LineItem& item : o.lineItems)
            count += item.estimate ? 1 : 0;
    for (const StorageResult& s : storage)
        count += s.estimate ? 1 : 0;
    for (const SecurityResult& s : security)
        count += s.estimate ? 1 : 0;
    return count;
}
