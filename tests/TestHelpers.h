#pragma once

// What the loader tests share to break one file of a fixture: a JSON path such as
// "$.entries[1].name.ja" patched (set or removed) in a copy of a fixture folder.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace TestHelpers {

// A step of a JSON path such as "$.entries[1].name.ja": a key or an index.
struct Step
{
    QString key;
    qsizetype index = -1;
};

inline QList<Step> parsePath(const QString& path)
{
    QList<Step> steps;
    static const QRegularExpression step(QStringLiteral(R"(\.([A-Za-z0-9_-]+)|\[(\d+)\])"));
    auto it = step.globalMatch(path.mid(1)); // after "$"
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).isEmpty())
            steps.append({{}, m.captured(2).toLongLong()});
        else
            steps.append({m.captured(1), -1});
    }
    return steps;
}

// Sets (or, without a value, removes) the node at steps below node.
inline QJsonValue patched(const QJsonValue& node, QList<Step> steps, const std::optional<QJsonValue>& value)
{
    if (steps.isEmpty())
        return *value;
    const Step step = steps.takeFirst();
    if (step.index >= 0) {
        QJsonArray array = node.toArray();
        if (steps.isEmpty() && !value)
            array.removeAt(step.index);
        else if (step.index == array.size()) // one past the end: append
            array.append(patched(QJsonValue(), steps, value));
        else
            array.replace(step.index, patched(array.at(step.index), steps, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty() && !value)
        object.remove(step.key);
    else
        object.insert(step.key, patched(object.value(step.key), steps, value));
    return object;
}

// A copy of a fixture folder in a temporary folder, to break one file of it.
class FixtureCopy
{
public:
    explicit FixtureCopy(const QString& from)
    {
        const QStringList files = QDir(from).entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& name : files)
            QFile::copy(QDir(from).filePath(name), path(name));
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile::remove(path(name));
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QByteArray read(const QString& name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void patch(const QString& name, const QString& jsonPath, const std::optional<QJsonValue>& value)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        write(name, QJsonDocument(patched(root, parsePath(jsonPath), value).toObject()).toJson());
    }

private:
    QTemporaryDir m_dir;
};

// One JSON value written as text: "7", R"("ecs")", "[]".
inline QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson("[" + QByteArray(text) + "]").array().first();
}

} // namespace TestHelpers

Q_DECLARE_METATYPE(std::optional<QJsonValue>)
