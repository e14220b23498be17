#include "ScenarioCommands.h"

#include "ScenarioDocument.h"

EditScenarioCommand::EditScenarioCommand(ScenarioDocument* document, Scenario before, Scenario after,
                                         const QString& text, QString mergeKey)
    : m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
{
    setText(text);
}

bool EditScenarioCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = dynamic_cast<const EditScenarioCommand*>(other);
    if (!edit || edit->m_mergeKey != m_mergeKey || edit->m_document != m_document)
        return false;
    m_after = edit->m_after;
    // Typing a value back to where it was leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

void EditScenarioCommand::redo()
{
    m_document->apply(m_after);
}

void EditScenarioCommand::undo()
{
    m_document->apply(m_before);
}
