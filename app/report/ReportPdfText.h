#pragma once

#include <QByteArray>

// Keeps the text of the PDFs we write searchable. Qt's PDF writer gives each embedded glyph
// the lowest code point that maps to it; CJK fonts such as Noto Sans CJK share a glyph between
// a kanji and its Kangxi radical (日 U+65E5 and ⽇ U+2F47, 月 and ⽉, 一 and ⼀, about 200
// of them), so a copy or a search of "月額" finds radicals instead. This rewrites those
// entries of the ToUnicode maps back to the unified ideographs. Both are four hex digits, so
// the file keeps its length and every offset in it stays right.
namespace ReportPdfText {

// Returns the PDF with the ToUnicode maps corrected; anything else is left as it was.
QByteArray fixToUnicodeMaps(const QByteArray& pdf);
// The ideograph a radical stands for (U+2F47 → U+65E5), or 0 when it stands for none.
char16_t ideographForRadical(char16_t radical);

} // namespace ReportPdfText
