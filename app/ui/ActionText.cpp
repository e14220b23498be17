#include "ActionText.h"

#include <QRegularExpression>

QString ActionText::toolbarText(const QString& menuText)
{
    static const QRegularExpression japaneseKey(QStringLiteral("\\s*\\(&[^&)]\\)"));
    QString text = menuText;
    text.remove(japaneseKey);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}
