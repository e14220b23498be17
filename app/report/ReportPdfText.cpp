#include "ReportPdfText.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <cstring>

namespace ReportPdfText {
namespace {

bool isRadical(char16_t c)
{
    // CJK Radicals Supplement and Kangxi Radicals.
    return c >= 0x2E80 && c <= 0x2FDF;
}

bool isUnifiedIdeograph(char16_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

// For radicals without a compatibility decomposition: the ideograph that the CJK font draws
// with the same glyph, found through the font's own character map.
char16_t sameGlyphIdeograph(char16_t radical)
{
    static const QHash<quint32, char16_t> byGlyph = [] {
        QHash<quint32, char16_t> map;
        if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK JP")))
            return map;
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        const QRawFont raw = QRawFont::fromFont(font);
        if (!raw.isValid())
            return map;
        QList<QChar> chars;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            chars << QChar(c);
        QList<quint32> glyphs(chars.size());
        int count = int(glyphs.size());
        if (!raw.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
            return map;
        for (int i = 0; i < count; ++i)
            if (glyphs.at(i) != 0 && !map.contains(glyphs.at(i)))
                map.insert(glyphs.at(i), chars.at(i).unicode());
        return map;
    }();
    if (byGlyph.isEmpty())
        return 0;
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    const QRawFont raw = QRawFont::fromFont(font);
    const QList<quint32> glyph = raw.glyphIndexesForString(QString(QChar(radical)));
    return glyph.isEmpty() ? 0 : byGlyph.value(glyph.constFirst(), 0);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Rewrites "<XXXX>" destination codes in one line of a bfrange or bfchar section; the first
// `skip` codes of the line are sources (glyph numbers) and stay.
void fixLine(char* begin, char* end, int skip)
{
    // "<first> <last> <u>" with first ≠ last maps a run of glyphs to a run of code points:
    // changing its start would shift the whole run, so such a line is left alone.
    if (skip == 2 && !std::memchr(begin, '[', size_t(end - begin))) {
        const QByteArray line(begin, end - begin);
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) != parts.at(1))
            return;
    }
    int seen = 0;
    for (char* p = begin; p + 5 < end; ++p) {
        if (p[0] != '<' || p[5] != '>')
            continue;
        int value = 0;
        bool hex = true;
        for (int i = 1; i <= 4 && hex; ++i) {
            const int v = hexValue(p[i]);
            hex = v >= 0;
            value = value * 16 + v;
        }
        if (!hex)
            continue;
        if (seen++ < skip)
            continue;
        const char16_t ideograph = ideographForRadical(char16_t(value));
        if (ideograph == 0)
            continue;
        const QByteArray text = QByteArray::number(int(ideograph), 16).toUpper().rightJustified(4, '0');
        std::copy(text.cbegin(), text.cend(), p + 1);
    }
}

void fixSection(QByteArray& pdf, const char* beginMarker, const char* endMarker, int skip)
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype start = pdf.indexOf(beginMarker, from);
        if (start < 0)
            return;
        const qsizetype stop = pdf.indexOf(endMarker, start);
        if (stop < 0)
            return;
        char* data = pdf.data();
        qsizetype lineStart = start;
        while (lineStart < stop) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > stop)
                lineEnd = stop;
            fixLine(data + lineStart, data + lineEnd, skip);
            lineStart = lineEnd + 1;
        }
        from = stop;
    }
}

} // namespace

char16_t ideographForRadical(char16_t radical)
{
    if (!isRadical(radical))
        return 0;
    // Kangxi radicals decompose to their ideograph (NFKC); the supplement's variants mostly
    // do not, and are matched through the font.
    const QString normalized = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (normalized.size() == 1 && isUnifiedIdeograph(normalized.at(0).unicode()))
        return normalized.at(0).unicode();
    return sameGlyphIdeograph(radical);
}

QByteArray fixToUnicodeMaps(const QByteArray& pdf)
{
    if (!pdf.contains("beginbfrange") && !pdf.contains("beginbfchar"))
        return pdf;
    QByteArray fixed = pdf;
    // "<first> <last> [<u1> <u2> …]" or "<first> <last> <u>": two sources, then destinations.
    fixSection(fixed, "beginbfrange", "endbfrange", 2);
    // "<glyph> <u>": one source, one destination.
    fixSection(fixed, "beginbfchar", "endbfchar", 1);
    return fixed;
}

} // namespace ReportPdfText
