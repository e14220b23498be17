#include "JsonReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Range ends in messages: "10000", not "1e+04"; "0.25" as written.
QString formatNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

QString rangeMessage(double min, double max)
{
    const bool hasMin = min > std::numeric_limits<double>::lowest();
    const bool hasMax = max < std::numeric_limits<double>::max();
    if (hasMin && hasMax)
        return QCoreApplication::translate("JsonReader", "must be between %1 and %2").arg(formatNumber(min), formatNumber(max));
    if (hasMin)
        return QCoreApplication::translate("JsonReader", "must be at least %1").arg(formatNumber(min));
    if (hasMax)
        return QCoreApplication::translate("JsonReader", "must be at most %1").arg(formatNumber(max));
    return QCoreApplication::translate("JsonReader", "must be a finite number");
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') % text % QLatin1Char('"');
}

} // namespace

JsonReader::JsonReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray& bytes)
{
    if (!ok())
        return std::nullopt;
    if (bytes.trimmed().isEmpty()) {
        fail({}, QCoreApplication::translate("JsonReader", "file is empty"));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top level; a lone string or number is valid
        // JSON nonetheless, and "expected an object" says better what is wrong with it.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            fail(QStringLiteral("$"), QCoreApplication::translate("JsonReader", "expected a JSON object, found %1")
                                          .arg(typeName(wrapped.array().first())));
            return std::nullopt;
        }
        // Qt names the token it stopped at ("invalid termination by number"); for a file cut
        // short, saying so is clearer, at the place where the text ends.
        qsizetype contentEnd = bytes.size();
        while (contentEnd > 0 && QChar::isSpace(uchar(bytes.at(contentEnd - 1))))
            --contentEnd;
        qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), bytes.size());
        const bool truncated = offset >= contentEnd
                               && (parseError.error == QJsonParseError::UnterminatedObject
                                   || parseError.error == QJsonParseError::UnterminatedArray
                                   || parseError.error == QJsonParseError::UnterminatedString
                                   || parseError.error == QJsonParseError::TerminationByNumber);
        if (truncated)
            offset = contentEnd;
        // (lastIndexOf from -1 would search from the end.)
        const qsizetype lineStart = offset > 0 ? bytes.lastIndexOf('\n', offset - 1) + 1 : 0;
        const qsizetype line = bytes.left(lineStart).count('\n') + 1;
        // Columns count characters, not UTF-8 bytes, as an editor does.
        const qsizetype column = QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size() + 1;
        fail({}, QCoreApplication::translate("JsonReader", "syntax error at line %1, column %2: %3")
                     .arg(line)
                     .arg(column)
                     .arg(truncated ? QCoreApplication::translate("JsonReader", "the file ends too early") : parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(QStringLiteral("$"), QCoreApplication::translate("JsonReader", "expected a JSON object, found an array"));
        return std::nullopt;
    }
    return document.object();
}

void JsonReader::fail(const QString& path, const QString& message)
{
    // The first problem is the one reported: later ones are often its consequences.
    if (!ok())
        return;
    m_error.file = m_fileName;
    m_error.path = path;
    m_error.message = message;
}

QString JsonReader::child(const QString& path, const QString& key)
{
    // Plain keys read as "$.a.b"; any other is quoted, so the path stays unambiguous. (Checked
    // by hand: this runs for every value of every file.)
    const bool plain = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
               || c == u'-';
    });
    if (plain)
        return path % QLatin1Char('.') % key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path % QLatin1String("[\"") % escaped % QLatin1String("\"]");
}

QString JsonReader::index(const QString& path, qsizetype i)
{
    return path % QLatin1Char('[') % QString::number(i) % QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("JsonReader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonReader", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("JsonReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("JsonReader", "nothing");
}

// Each getter looks its key up once: QJsonObject searches its keys one by one, and this runs
// for every value of every file at start-up.
QString JsonReader::requireString(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!ok())
        return {};
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "is missing"));
        return {};
    }
    return stringValue(it.value(), path, key, true);
}

QString JsonReader::optionalString(const QJsonObject& o, const QString& path, const QString& key,
                                   const QString& fallback)
{
    if (!ok())
        return fallback;
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return fallback;
    const QString value = stringValue(it.value(), path, key, false);
    return ok() ? value : fallback;
}

QString JsonReader::stringValue(const QJsonValue& value, const QString& path, const QString& key, bool nonEmpty)
{
    if (!value.isString()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "expected a string, found %1").arg(typeName(value)));
        return {};
    }
    QString text = value.toString();
    if (nonEmpty && text.trimmed().isEmpty()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "must not be empty"));
        return {};
    }
    return text;
}

QString JsonReader::requireEnum(const QJsonObject& o, const QString& path, const QString& key,
                                const QStringList& allowed)
{
    const QString value = requireString(o, path, key);
    if (!ok())
        return {};
    if (!allowed.contains(value)) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "unknown value %1; expected one of: %2")
                                   .arg(quoted(value), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return value;
}

QString JsonReader::optionalEnum(const QJsonObject& o, const QString& path, const QString& key,
                                 const QStringList& allowed, const QString& fallback)
{
    if (!ok() || !o.contains(key))
        return fallback;
    const QString value = requireEnum(o, path, key, allowed);
    return ok() ? value : fallback;
}

double JsonReader::requireNumber(const QJsonObject& o, const QString& path, const QString& key, double min,
                                 double max)
{
    if (!ok())
        return 0;
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "is missing"));
        return 0;
    }
    return numberValue(it.value(), path, key, min, max, false).value_or(0);
}

std::optional<double> JsonReader::optionalNumber(const QJsonObject& o, const QString& path, const QString& key,
                                                 double min, double max)
{
    if (!ok())
        return std::nullopt;
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return std::nullopt;
    return numberValue(it.value(), path, key, min, max, false);
}

int JsonReader::requireInt(const QJsonObject& o, const QString& path, const QString& key, int min, int max)
{
    if (!ok())
        return 0;
    const auto it = o.constFind(key);
    if (it == o.constEnd()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "is missing"));
        return 0;
    }
    return static_cast<int>(numberValue(it.value(), path, key, min, max, true).value_or(0));
}

std::optional<int> JsonReader::optionalInt(const QJsonObject& o, const QString& path, const QString& key, int min,
                                           int max)
{
    if (!ok())
        return std::nullopt;
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return std::nullopt;
    const std::optional<double> number = numberValue(it.value(), path, key, min, max, true);
    return number ? std::optional<int>(static_cast<int>(*number)) : std::nullopt;
}

std::optional<double> JsonReader::numberValue(const QJsonValue& value, const QString& path, const QString& key,
                                              double min, double max, bool whole)
{
    if (!value.isDouble()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "expected a number, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number)) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "must be a finite number"));
        return std::nullopt;
    }
    if (whole && number != std::floor(number)) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "must be a whole number"));
        return std::nullopt;
    }
    if (number < min || number > max) {
        fail(child(path, key), rangeMessage(min, max));
        return std::nullopt;
    }
    return number;
}

bool JsonReader::requireBool(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!ok())
        return false;
    if (!o.contains(key)) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "is missing"));
        return false;
    }
    return optionalBool(o, path, key, false);
}

bool JsonReader::optionalBool(const QJsonObject& o, const QString& path, const QString& key, bool fallback)
{
    if (!ok())
        return fallback;
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return fallback;
    const QJsonValue value = it.value();
    if (!value.isBool()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "expected true or false, found %1").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

bool JsonReader::present(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!ok())
        return false;
    if (!o.contains(key)) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "is missing"));
        return false;
    }
    return true;
}

QJsonObject JsonReader::requireObject(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!present(o, path, key))
        return {};
    return optionalObject(o, path, key).value_or(QJsonObject());
}

std::optional<QJsonObject> JsonReader::optionalObject(const QJsonObject& o, const QString& path,
                                                      const QString& key)
{
    if (!ok())
        return std::nullopt;
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return std::nullopt;
    const QJsonValue value = it.value();
    if (!value.isObject()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "expected an object, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toObject();
}

QJsonArray JsonReader::requireArray(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!present(o, path, key))
        return {};
    return optionalArray(o, path, key);
}

QJsonArray JsonReader::optionalArray(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!ok())
        return {};
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return {};
    const QJsonValue value = it.value();
    if (!value.isArray()) {
        fail(child(path, key), QCoreApplication::translate("JsonReader", "expected an array, found %1").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::objectAt(const QJsonArray& a, const QString& arrayPath, qsizetype i)
{
    if (!ok())
        return {};
    const QJsonValue value = a.at(i);
    if (!value.isObject()) {
        fail(index(arrayPath, i), QCoreApplication::translate("JsonReader", "expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::optionalStringList(const QJsonObject& o, const QString& path, const QString& key)
{
    const QJsonArray array = optionalArray(o, path, key);
    QStringList list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && ok(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isString())
            fail(index(child(path, key), i), QCoreApplication::translate("JsonReader", "expected a string, found %1").arg(typeName(value)));
        else if (value.toString().trimmed().isEmpty())
            fail(index(child(path, key), i), QCoreApplication::translate("JsonReader", "must not be empty"));
        else
            list.append(value.toString());
    }
    return ok() ? list : QStringList();
}

LocalizedText JsonReader::requireText(const QJsonObject& o, const QString& path, const QString& key,
                                      bool requireJapanese)
{
    const QJsonObject text = requireObject(o, path, key);
    if (!ok())
        return {};
    const QString p = child(path, key);
    LocalizedText result;
    result.en = requireString(text, p, QStringLiteral("en"));
    result.ja = requireJapanese ? requireString(text, p, QStringLiteral("ja"))
                                : optionalString(text, p, QStringLiteral("ja"));
    return ok() ? result : LocalizedText();
}

LocalizedText JsonReader::optionalText(const QJsonObject& o, const QString& path, const QString& key)
{
    if (!ok() || !o.contains(key))
        return {};
    return requireText(o, path, key, false);
}

QString JsonReader::requireDate(const QJsonObject& o, const QString& path, const QString& key)
{
    const QString value = requireString(o, path, key);
    if (!ok())
        return {};
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$"));
    const QRegularExpressionMatch match = shape.match(value);
    bool valid = match.hasMatch();
    if (valid) {
        const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        valid = QDate(match.captured(1).toInt(), match.captured(2).toInt(), day).isValid();
    }
    if (!valid) {
        fail(child(path, key),
             QCoreApplication::translate("JsonReader", "expected a date like 2026-09-05 or a month like 2026-09, found %1").arg(quoted(value)));
        return {};
    }
    return value;
}

void JsonReader::requireHeader(const QJsonObject& o, const QString& schema, int maxVersion)
{
    const QString root = QStringLiteral("$");
    const QString found = requireString(o, root, QStringLiteral("schema"));
    if (!ok())
        return;
    if (found != schema) {
        fail(child(root, QStringLiteral("schema")),
             QCoreApplication::translate("JsonReader", "expected %1, found %2").arg(quoted(schema), quoted(found)));
        return;
    }
    const int version = requireInt(o, root, QStringLiteral("version"), std::numeric_limits<int>::min(),
                                   std::numeric_limits<int>::max());
    if (ok() && (version < 1 || version > maxVersion)) {
        const QString reads = maxVersion == 1 ? QCoreApplication::translate("JsonReader", "version 1")
                                              : QCoreApplication::translate("JsonReader", "versions 1 to %1").arg(maxVersion);
        fail(child(root, QStringLiteral("version")),
             QCoreApplication::translate("JsonReader", "unsupported version %1; this build reads %2").arg(version).arg(reads));
    }
}

void JsonReader::rejectUnknownKeys(const QJsonObject& o, const QString& path, const QStringList& known)
{
    if (!ok())
        return;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(child(path, it.key()),
                 QCoreApplication::translate("JsonReader", "unknown key; expected one of: %1").arg(known.join(QStringLiteral(", "))));
            return;
        }
    }
}
