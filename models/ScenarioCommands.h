#pragma once

#include "Scenario.h"

#include <QUndoCommand>

class ScenarioDocument;

// One edit of a scenario, kept as the scenario before and after it. A scenario is a few
// hundred bytes, so a snapshot is simpler and safer than a command per field, and undo
// restores exactly what was there. Edits that carry the same merge key (one spin box being
// typed into) merge into one step; an edit that ends where it started drops out of the stack.
class EditScenarioCommand final : public QUndoCommand
{
public:
    // The id Qt compares before asking to merge; the merge key then decides.
    static constexpr int mergeableId = 0x5343; // "SC"

    EditScenarioCommand(ScenarioDocument* document, Scenario before, Scenario after, const QString& text,
                        QString mergeKey = {});

    int id() const override { return m_mergeKey.isEmpty() ? -1 : mergeableId; }
    bool mergeWith(const QUndoCommand* other) override;
    void redo() override;
    void undo() override;

    const QString& mergeKey() const { return m_mergeKey; }
    const Scenario& before() const { return m_before; }
    const Scenario& after() const { return m_after; }

private:
    ScenarioDocument* m_document;
    Scenario m_before;
    Scenario m_after;
    QString m_mergeKey;
};
