#include "LoadError.h"

QString LoadError::toString() const
{
    QString text = file;
    if (!path.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    return text + message;
}
