#pragma once

#include "LoadError.h"
#include "Localized.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

// Reads JSON with validation; the first problem is recorded as a LoadError naming the file
// and the JSON path. Every getter returns a harmless default once an error is recorded, so
// a loader reads straight through and checks ok() at the end (or at any point).
class JsonReader
{
public:
    explicit JsonReader(QString fileName);

    // Parses bytes into a top-level object; an empty file, a syntax error (with its line and
    // column), random bytes or a non-object top level are errors.
    std::optional<QJsonObject> parseObject(const QByteArray& bytes);

    bool ok() const { return m_error.isEmpty(); }
    const LoadError& error() const { return m_error; }
    void fail(const QString& path, const QString& message);

    // Paths: pass the parent's path and the key; the reader builds "$.a.b[2].c".
    static QString child(const QString& path, const QString& key);
    static QString index(const QString& path, qsizetype i);

    QString requireString(const QJsonObject& o, const QString& path, const QString& key);
    QString optionalString(const QJsonObject& o, const QString& path, const QString& key,
                           const QString& fallback = {});
    // One of the allowed values; the message lists them.
    QString requireEnum(const QJsonObject& o, const QString& path, const QString& key,
                        const QStringList& allowed);
    QString optionalEnum(const QJsonObject& o, const QString& path, const QString& key,
                         const QStringList& allowed, const QString& fallback);
    // Finite numbers within [min, max]; the message states the range.
    double requireNumber(const QJsonObject& o, const QString& path, const QString& key, double min, double max);
    std::optional<double> optionalNumber(const QJsonObject& o, const QString& path, const QString& key,
                                         double min, double max);
    int requireInt(const QJsonObject& o, const QString& path, const QString& key, int min, int max);
    std::optional<int> optionalInt(const QJsonObject& o, const QString& path, const QString& key, int min,
                                   int max);
    bool requireBool(const QJsonObject& o, const QString& path, const QString& key);
    bool optionalBool(const QJsonObject& o, const QString& path, const QString& key, bool fallback);
    QJsonObject requireObject(const QJsonObject& o, const QString& path, const QString& key);
    std::optional<QJsonObject> optionalObject(const QJsonObject& o, const QString& path, const QString& key);
    QJsonArray requireArray(const QJsonObject& o, const QString& path, const QString& key);
    QJsonArray optionalArray(const QJsonObject& o, const QString& path, const QString& key);
    QJsonObject objectAt(const QJsonArray& a, const QString& arrayPath, qsizetype i);
    QStringList optionalStringList(const QJsonObject& o, const QString& path, const QString& key);
    // {"en": "...", "ja": "..."}: English required, Japanese required when requireJapanese.
    LocalizedText requireText(const QJsonObject& o, const QString& path, const QString& key,
                              bool requireJapanese = true);
    LocalizedText optionalText(const QJsonObject& o, const QString& path, const QString& key);
    // An ISO date "2026-09-05" or a month "2026-09".
    QString requireDate(const QJsonObject& o, const QString& path, const QString& key);
    // The header every file of ours carries: "schema" must equal schema, "version" must be
    // one this build reads.
    void requireHeader(const QJsonObject& o, const QString& schema, int maxVersion);
    // A misspelt optional key would otherwise be ignored without a word: every key of o must
    // be one of known.
    void rejectUnknownKeys(const QJsonObject& o, const QString& path, const QStringList& known);
    // "a string", "an array", … for messages.
    static QString typeName(const QJsonValue& value);

private:
    // False when reading has failed already, or (failing now) when o has no key.
    bool present(const QJsonObject& o, const QString& path, const QString& key);
    QString stringValue(const QJsonValue& value, const QString& path, const QString& key, bool nonEmpty);
    std::optional<double> numberValue(const QJsonValue& value, const QString& path, const QString& key, double min,
                                      double max, bool whole);

    QString m_fileName;
    LoadError m_error;
};
