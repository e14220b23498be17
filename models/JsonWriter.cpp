#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

JsonWriter::JsonWriter(const QStringList& keyOrder)
{
    for (int i = 0; i < keyOrder.size(); ++i)
        m_rank.insert(keyOrder.at(i), i);
}

QByteArray JsonWriter::write(const QJsonValue& value) const
{
    QByteArray out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

QByteArray JsonWriter::number(double value)
{
    // JSON has no NaN or infinity; QJsonDocument writes null for them too.
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    // Whole numbers up to 2^53 are exact in a double and read best without an exponent.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

static QByteArray quoted(const QString& text)
{
    // QJsonDocument knows JSON's escaping rules; let it escape and strip the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

void JsonWriter::writeValue(QByteArray& out, const QJsonValue& value, int depth) const
{
    const QByteArray indent((depth + 1) * 2, ' ');
    const QByteArray closingIndent(depth * 2, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += number(value.toDouble());
        return;
    case QJsonValue::String:
        out += quoted(value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            writeValue(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closingIndent + ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), [this](const QString& a, const QString& b) {
            const int rankA = m_rank.value(a, INT_MAX);
            const int rankB = m_rank.value(b, INT_MAX);
            return rankA != rankB ? rankA < rankB : a < b;
        });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + quoted(keys.at(i)) + ": ";
            writeValue(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closingIndent + '}';
        return;
    }
    }
}
