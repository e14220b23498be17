#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

// Writes a PDF that the report or the slides draw: into memory first, so that its text maps
// can be corrected (ReportPdfText) before a byte is written, then to the file through
// QSaveFile, so that the file appears complete or not at all and an old one stays as it was
// when anything fails.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    // Draws a whole PDF onto a device; false when it could not be drawn.
    using Draw = std::function<bool(QIODevice*)>;

    // Writes the drawn PDF to an open device (the caller commits it).
    static bool write(QIODevice* device, const Draw& draw);
    // Writes the drawn PDF to fileName atomically. On failure errorMessage says why: the
    // file's problem, or drawFailed ("Cannot write report.pdf: the PDF could not be drawn").
    static bool write(const QString& fileName, const Draw& draw, const QString& drawFailed,
                      QString* errorMessage);
};
