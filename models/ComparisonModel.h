#pragma once

#include "Comparison.h"
#include "Scenario.h"

#include <QAbstractTableModel>

// The comparison as a table: one row per option, a column per line-item kind and the totals.
// DisplayRole is formatted money in the display currency; RawValueRole is the USD number.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    enum Column {
        OptionColumn,
        ComputeColumn,
        ControlPlaneColumn,
        ServiceFeeColumn,
        OverProvisioningColumn,
        StorageColumn,
        SecurityColumn,
        RequestsColumn,
        TotalColumn,      // display currency
        TotalUsdColumn,   // USD
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // double USD for money columns; label for OptionColumn
        DisplayAmountRole,           // double in the display currency after rounding
        KnownRole,                   // bool: false when a price in the cell is unknown
        EstimateRole,                // bool: a figure in the cell is an estimate
        CheapestRole,                // bool: this row is the cheapest complete option
        OptionIdRole,                // QString: the scenario option id
        NotesRole,                   // QStringList: the option's notes
        FitRole,                     // int (Fit): whether the option meets the workload
        ReasonsRole,                 // QStringList: why it cannot, or what was changed
    };

    explicit ComparisonModel(QObject* parent = nullptr);

    // Replaces the comparison. Keeps rows when the option ids are unchanged (dataChanged only),
    // so views and charts keep their selection during live edits.
    void setComparison(const Comparison& comparison, const CurrencySettings& currency);
    const Comparison& comparison() const { return m_comparison; }
    const CurrencySettings& currency() const { return m_currency; }

    // The line-item kind a money column shows; nullopt for the label and total columns.
    static std::optional<LineKind> kindOfColumn(int column);
    static int columnOfKind(LineKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Comparison m_comparison;
    CurrencySettings m_currency;
    int m_cheapest = -1; // Comparison::cheapestIndex(), worked out once a comparison
};
