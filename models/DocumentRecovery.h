#pragma once

#include "LoadError.h"
#include "Scenario.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;
class ScenarioDocument;

// A document's unsaved changes found in the recovery folder after the app did not close
// normally.
struct RecoveredDocument
{
    QString path;              // the recovery copy
    QString fileName;          // the file the document came from; empty for one never saved
    QDateTime savedAt;         // when the copy was written
    Scenario scenario;

    // The scenario's title, else the file's name, else "Untitled".
    QString displayName() const;
};

// Autosave and crash recovery for one document. While the document has unsaved changes, a
// recovery copy is written atomically (QSaveFile) into the recovery folder: at most
// interval() after an edit (30 s), and at once on a structural change (an option, storage or
// security item added or removed, a document opened or restored). Saving the document,
// undoing back to the saved state or closing normally removes the copy; only a crash, a
// kill or a power cut leaves it behind.
//
// Each running window holds a lock file beside its copy, so a copy whose lock is free
// belongs to a window that is gone: orphans() finds those, and only those.
class DocumentRecovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentRecovery)

public:
    static constexpr int defaultIntervalMs = 30000;
    static QString schema() { return QStringLiteral("container-compare/recovery"); }
    // <AppDataLocation>/recovery
    static QString defaultFolder();

    DocumentRecovery(ScenarioDocument* document, const QString& folder, QObject* parent = nullptr);
    // A normal end: the copy and the lock are removed.
    ~DocumentRecovery() override;

    QString folder() const { return m_folder; }
    // This window's recovery copy (it exists only while there are unsaved changes).
    QString copyPath() const;
    int interval() const;
    void setInterval(int milliseconds);

    // Writes the copy now; false (and errorMessage) when the folder cannot be written.
    bool writeNow(QString* errorMessage = nullptr);
    // Removes the copy (the document was saved, or closed without saving on purpose).
    void discard();

    // Copies left by windows that are no longer running, newest first. A copy that cannot be
    // read is left where it is and reported in problems (file, JSON path, what is wrong).
    static QList<RecoveredDocument> orphans(const QString& folder, QList<LoadError>* problems = nullptr);
    // Reads one copy.
    static std::optional<RecoveredDocument> read(const QString& path, LoadError* error);
    // Removes a copy that was restored or discarded, with the lock its window left.
    static bool remove(const RecoveredDocument& recovered);

signals:
    // After each copy written (for the status bar and the tests).
    void written(const QString& path);

private:
    void documentChanged();
    void modifiedChanged(bool modified);
    // Writes now after a structural change, else starts the timer unless it runs.
    void schedule();
    QString lockPath() const;
    // What makes a change structural: the ids of options, storage and security items.
    QStringList structure() const;

    ScenarioDocument* m_document;
    QString m_folder;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer;
    QStringList m_structure;
    bool m_structural = false; // a structural change not yet in the copy
    QString m_lastError;
};
