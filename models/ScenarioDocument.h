#pragma once

#include "LoadError.h"
#include "Scenario.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

// The open document: a scenario, the file it came from, whether it has unsaved changes and
// its undo history. Every change goes through an undoable command, so the window, the
// presentation's live-edit strip and the tests all edit the same way; changed() follows
// every edit, undo and redo.
class ScenarioDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioDocument)

public:
    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    // The deck's set of options under the deck's workload (2 vCPU, 4 GiB, x86_64, Linux,
    // Tokyo), with a 730-hour month: what a new document starts from.
    static Scenario defaultScenario();
    // An option id not yet used in the scenario, made from base ("ecs-ec2", "ecs-ec2-2", …).
    static QString uniqueOptionId(const Scenario& scenario, const QString& base);

    const Scenario& scenario() const { return m_scenario; }
    QString fileName() const { return m_fileName; }
    // The title, else the file's name without its folder and suffix, else "Untitled".
    QString displayName() const;
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    // Replaces the whole document (New, Open, Examples): forgets the undo history and marks
    // it as saved.
    void reset(const Scenario& scenario, const QString& fileName = {});
    // Reads a scenario file. On failure the document is left exactly as it was and error
    // holds the loader's message.
    bool open(const QString& fileName, LoadError* error);
    // Writes atomically; on success the document takes the name and is marked saved.
    bool save(const QString& fileName, QString* errorMessage);
    // Marks the current state as the saved one (after a save done elsewhere).
    void setClean();

    // The one way to edit: change is applied to a copy of the scenario and pushed as one
    // command; nothing is pushed when it changes nothing. Edits with the same non-empty
    // mergeKey in a row merge into one undo step (typing into one field).
    void edit(const QString& text, const QString& mergeKey, const std::function<void(Scenario&)>& change);

    // Convenience edits used by the forms; each merges with the previous edit of its field.
    void setTitle(const QString& title);
    void setRegion(const QString& region);
    void setTasks(int tasks);
    void setVcpu(double vcpu);
    void setMemoryGiB(double memoryGiB);
    void setArch(const QString& arch);
    void setOs(const QString& os);
    void setEphemeralStorageGiB(double gib);
    void setRequestsPerMonth(double requests);
    void setAvgDurationMs(double ms);
    void setPeriod(const Period& period);
    void setCurrency(const CurrencySettings& currency);
    void setWeight(const QString& criterion, int weight);
    void setScalingUpTo(int tasks);
    // Options are addressed by id, which stays put while rows move.
    void setOption(const Option& option, const QString& field);
    void setOptionEnabled(const QString& optionId, bool enabled);
    // Inserts at index (appends when out of range); the id is made unique first. Returns it.
    QString addOption(Option option, int index = -1);
    void removeOption(const QString& optionId);
    int optionIndex(const QString& optionId) const;

signals:
    // The scenario changed (an edit, undo, redo, reset or open).
    void changed();
    void fileNameChanged(const QString& fileName);
    void modifiedChanged(bool modified);

private:
    friend class EditScenarioCommand;
    // Used by the commands: replaces the scenario without recording anything.
    void apply(const Scenario& scenario);
    void setFileName(const QString& fileName);

    Scenario m_scenario;
    QString m_fileName;
    QUndoStack* m_undoStack;
};
