#include "PdfFile.h"

#include "ReportPdfText.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

bool PdfFile::write(QIODevice* device, const Draw& draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!draw(&buffer))
        return false;
    const QByteArray pdf = ReportPdfText::fixToUnicodeMaps(buffer.data());
    return device->write(pdf) == pdf.size();
}

bool PdfFile::write(const QString& fileName, const Draw& draw, const QString& drawFailed, QString* errorMessage)
{
    const auto fail = [&](const QString& why) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), why);
        return false;
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (!write(&file, draw)) {
        file.cancelWriting();
        if (errorMessage)
            *errorMessage = drawFailed;
        return false;
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
