#include "DocumentRecovery.h"

#include "ScenarioDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace {

const QLatin1String copySuffix(".ccrecovery");
const QLatin1String lockSuffix(".lock");

QString lockPathOf(const QString& copyPath)
{
    return QString(copyPath.left(copyPath.size() - copySuffix.size()) + lockSuffix);
}

} // namespace

QString RecoveredDocument::displayName() const
{
    if (!scenario.title.trimmed().isEmpty())
        return scenario.title.trimmed();
    if (!fileName.isEmpty())
        return QFileInfo(fileName).completeBaseName();
    return QCoreApplication::translate("ScenarioDocument", "Untitled");
}

QString DocumentRecovery::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

DocumentRecovery::DocumentRecovery(ScenarioDocument* document, const QString& folder, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_folder(folder)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_timer(new QTimer(this))
{
    QDir().mkpath(m_folder);
    // Held while this window runs: a copy whose lock is free was left by a window that is gone.
    m_lock = std::make_unique<QLockFile>(lockPath());
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        m_lastError = QStringLiteral("%1: cannot be locked").arg(QDir::toNativeSeparators(lockPath()));

    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    m_structure = structure();
    connect(m_document, &ScenarioDocument::changed, this, &DocumentRecovery::documentChanged);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &DocumentRecovery::modifiedChanged);
    connect(m_document, &ScenarioDocument::fileNameChanged, this, [this] {
        if (m_document->isModified())
            writeNow();
    });
    if (m_document->isModified())
        writeNow();
}

DocumentRecovery::~DocumentRecovery()
{
    discard();
    if (m_lock)
        m_lock->unlock(); // removes the lock file
}

QString DocumentRecovery::copyPath() const
{
    return m_folder + QLatin1Char('/') + m_id + copySuffix;
}

QString DocumentRecovery::lockPath() const
{
    return m_folder + QLatin1Char('/') + m_id + lockSuffix;
}

int DocumentRecovery::interval() const
{
    return m_timer->interval();
}

void DocumentRecovery::setInterval(int milliseconds)
{
    m_timer->setInterval(std::max(0, milliseconds));
}

QStringList DocumentRecovery::structure() const
{
    const Scenario& s = m_document->scenario();
    QStringList ids;
    for (const Option& o : s.options)
        ids << QStringLiteral("option:") + o.id;
    for (const StorageItem& i : s.storage)
        ids << QStringLiteral("storage:") + i.id;
    for (const SecurityItem& i : s.security)
        ids << QStringLiteral("security:") + i.id;
    return ids;
}

// The undo stack marks the document modified only after an edit's changed(): the first edit
// after a save reaches documentChanged() while the document still reads as saved, and is
// acted on in modifiedChanged(true) right after.
void DocumentRecovery::documentChanged()
{
    const QStringList now = structure();
    m_structural = m_structural || now != m_structure;
    m_structure = now;
    if (m_document->isModified())
        schedule();
}

void DocumentRecovery::modifiedChanged(bool modified)
{
    if (modified) {
        schedule();
    } else {
        m_structural = false;
        discard();
    }
}

void DocumentRecovery::schedule()
{
    if (m_structural) {
        m_structural = false;
        writeNow();
    } else if (!m_timer->isActive()) {
        m_timer->start(); // not restarted by later edits: a copy is never more than one interval behind
    }
}

bool DocumentRecovery::writeNow(QString* errorMessage)
{
    m_timer->stop();
    QJsonObject root;
    root.insert(QStringLiteral("schema"), schema());
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("fileName"), m_document->fileName());
    root.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("scenario"),
                QJsonDocument::fromJson(ScenarioFile::serialize(m_document->scenario())).object());

    QDir().mkpath(m_folder);
    QSaveFile file(copyPath());
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = file.errorString();
    else if (file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0)
        error = file.errorString();
    else if (!file.commit())
        error = file.errorString();
    if (!error.isEmpty()) {
        m_lastError = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(copyPath()), error);
        if (errorMessage)
            *errorMessage = m_lastError;
        return false;
    }
    emit written(copyPath());
    return true;
}

void DocumentRecovery::discard()
{
    m_timer->stop();
    QFile::remove(copyPath());
}

std::optional<RecoveredDocument> DocumentRecovery::read(const QString& path, LoadError* error)
{
    auto fail = [&](const QString& jsonPath, const QString& message) -> std::optional<RecoveredDocument> {
        if (error)
            *error = LoadError{QFileInfo(path).fileName(), jsonPath, message};
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail({}, QCoreApplication::translate("DocumentRecovery", "cannot be read: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail({}, QCoreApplication::translate("DocumentRecovery", "not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!json.isObject())
        return fail(QStringLiteral("$"), QCoreApplication::translate("DocumentRecovery", "must be an object"));
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("schema")).toString() != schema())
        return fail(QStringLiteral("$.schema"), QCoreApplication::translate("DocumentRecovery", "must be \"%1\"").arg(schema()));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("$.version"), QCoreApplication::translate("DocumentRecovery", "must be 1"));
    RecoveredDocument recovered;
    recovered.path = path;
    recovered.fileName = root.value(QStringLiteral("fileName")).toString();
    recovered.savedAt = QDateTime::fromString(root.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (!recovered.savedAt.isValid())
        return fail(QStringLiteral("$.savedAt"), QCoreApplication::translate("DocumentRecovery", "must be an ISO 8601 date and time"));
    if (!root.value(QStringLiteral("scenario")).isObject())
        return fail(QStringLiteral("$.scenario"), QCoreApplication::translate("DocumentRecovery", "must be an object"));
    LoadError scenarioError;
    std::optional<Scenario> scenario = ScenarioFile::parse(
        QJsonDocument(root.value(QStringLiteral("scenario")).toObject()).toJson(), QFileInfo(path).fileName(),
        &scenarioError);
    if (!scenario) {
        const QString inner = scenarioError.path.startsWith(u'$') ? scenarioError.path.mid(1) : scenarioError.path;
        return fail(QStringLiteral("$.scenario") + inner, scenarioError.message);
    }
    recovered.scenario = std::move(*scenario);
    return recovered;
}

QList<RecoveredDocument> DocumentRecovery::orphans(const QString& folder, QList<LoadError>* problems)
{
    QList<RecoveredDocument> found;
    const QDir dir(folder);
    const QStringList patterns{QStringLiteral("*.ccrecovery")};
    for (const QString& name : dir.entryList(patterns, QDir::Files)) {
        const QString path = dir.filePath(name);
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0);
        // The lock of a running window is held; one whose window died is stale and taken over.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        LoadError error;
        if (std::optional<RecoveredDocument> recovered = read(path, &error))
            found.append(std::move(*recovered));
        else if (problems)
            problems->append(error);
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredDocument& a, const RecoveredDocument& b) { return a.savedAt > b.savedAt; });
    return found;
}

bool DocumentRecovery::remove(const RecoveredDocument& recovered)
{
    QFile::remove(lockPathOf(recovered.path));
    return QFile::remove(recovered.path);
}
