#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QStringList>

// Writes indented JSON with the keys of every object in a stated order. QJsonDocument sorts
// keys alphabetically, which scatters a document's header and puts "id" after "discount";
// files that people read, diff and edit by hand keep the order their format documents.
class JsonWriter
{
public:
    // Keys named in keyOrder come first, in that order; any other key follows, sorted.
    explicit JsonWriter(const QStringList& keyOrder);

    // Two-space indentation, UTF-8, a final newline.
    QByteArray write(const QJsonValue& value) const;

    // A number as JSON writes it: whole numbers without a fraction ("730"), others in the
    // shortest form that reads back to the same double ("30.5", "0.11235").
    static QByteArray number(double value);

private:
    void writeValue(QByteArray& out, const QJsonValue& value, int depth) const;
    QHash<QString, int> m_rank;
};
