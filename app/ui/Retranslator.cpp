#include "Retranslator.h"

#include "Translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSpinBox>
#include <QTabBar>
#include <QTableWidget>
#include <QWidget>
#include <QtEndian>

namespace {

struct Catalog
{
    QHash<QString, QString> toJapanese; // source → translation
    QHash<QString, QString> toEnglish;  // translation → source
};

// The .qm file format (as Qt's QTranslator reads it): a 16-byte magic, then blocks of a tag
// byte, a 32-bit big-endian length and the data. The messages block holds, for each message,
// fields of a tag byte and data — translations as UTF-16BE, source, context and comment as
// UTF-8, each after a 32-bit length — ended by a tag 1.
Catalog readCatalog()
{
    Catalog catalog;
    QFile file(Translations::resourcePath(Language::Japanese));
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    const QByteArray qm = file.readAll();
    const auto* data = reinterpret_cast<const uchar*>(qm.constData());
    const qsizetype size = qm.size();
    const auto read32 = [&](qsizetype at) -> qsizetype {
        return at + 4 <= size ? qsizetype(qFromBigEndian<quint32>(data + at)) : -1;
    };
    constexpr uchar messagesTag = 0x69;
    enum : uchar { End = 1, Translation = 3, Obsolete1 = 5, SourceText = 6, Context = 7, Comment = 8 };
    qsizetype at = 16;
    while (at + 5 <= size) {
        const uchar tag = data[at];
        const qsizetype length = read32(at + 1);
        if (length < 0 || at + 5 + length > size)
            break;
        if (tag == messagesTag) {
            qsizetype m = at + 5;
            const qsizetype end = m + length;
            while (m < end) {
                QStringList translations;
                QString source;
                bool good = true;
                while (good && m < end) {
                    const uchar field = data[m++];
                    if (field == End)
                        break;
                    if (field == Obsolete1) {
                        m += 4;
                        continue;
                    }
                    const qsizetype n = read32(m);
                    m += 4;
                    if (n == qsizetype(0xffffffff)) // a null translation
                        continue;
                    if (n < 0 || m + n > end) {
                        good = false;
                        break;
                    }
                    if (field == Translation) {
                        QString text(n / 2, Qt::Uninitialized);
                        for (qsizetype i = 0; i < n / 2; ++i)
                            text[i] = QChar(qFromBigEndian<quint16>(data + m + 2 * i));
                        translations << text;
                    } else if (field == SourceText) {
                        source = QString::fromUtf8(qm.constData() + m, n);
                    } else if (field != Context && field != Comment) {
                        good = false;
                    }
                    m += n;
                }
                if (!good)
                    break;
                // Plural forms have more than one translation: they are always made with a
                // count, never a fixed text.
                if (translations.size() == 1 && !source.isEmpty() && !translations.first().isEmpty()
                    && translations.first() != source) {
                    catalog.toJapanese.insert(source, translations.first());
                    catalog.toEnglish.insert(translations.first(), source);
                }
            }
        }
        at += 5 + length;
    }
    return catalog;
}

const Catalog& catalog()
{
    static const Catalog c = readCatalog();
    return c;
}

} // namespace

QString Retranslator::translate(const QString& text, Language from, Language to)
{
    if (from == to || text.isEmpty())
        return text;
    const QHash<QString, QString>& map = to == Language::Japanese ? catalog().toJapanese : catalog().toEnglish;
    return map.value(text, text);
}

int Retranslator::retranslate(QWidget* window, Language from, Language to)
{
    if (from == to || !window)
        return 0;
    int changed = 0;
    // Only a text the catalog knows is replaced: a tooltip Qt derives from an action's text,
    // or a label showing data, is left alone.
    const auto put = [&](const QString& text, const auto& set) {
        const QString other = translate(text, from, to);
        if (other != text) {
            set(other);
            ++changed;
        }
    };
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        put(w->windowTitle(), [w](const QString& t) { w->setWindowTitle(t); });
        put(w->toolTip(), [w](const QString& t) { w->setToolTip(t); });
        put(w->statusTip(), [w](const QString& t) { w->setStatusTip(t); });
        put(w->accessibleName(), [w](const QString& t) { w->setAccessibleName(t); });
        put(w->accessibleDescription(), [w](const QString& t) { w->setAccessibleDescription(t); });
        if (auto* label = qobject_cast<QLabel*>(w)) {
            put(label->text(), [label](const QString& t) { label->setText(t); });
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            put(button->text(), [button](const QString& t) { button->setText(t); });
        } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
            put(group->title(), [group](const QString& t) { group->setTitle(t); });
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            put(edit->placeholderText(), [edit](const QString& t) { edit->setPlaceholderText(t); });
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                put(tabs->tabText(i), [tabs, i](const QString& t) { tabs->setTabText(i, t); });
                put(tabs->tabToolTip(i), [tabs, i](const QString& t) { tabs->setTabToolTip(i, t); });
            }
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem* item = list->item(i);
                put(item->text(), [item](const QString& t) { item->setText(t); });
                put(item->toolTip(), [item](const QString& t) { item->setToolTip(t); });
            }
        } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
            for (int c = 0; c < table->columnCount(); ++c)
                if (QTableWidgetItem* item = table->horizontalHeaderItem(c)) {
                    put(item->text(), [item](const QString& t) { item->setText(t); });
                    put(item->toolTip(), [item](const QString& t) { item->setToolTip(t); });
                }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                put(combo->itemText(i), [combo, i](const QString& t) { combo->setItemText(i, t); });
        } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
            put(spin->suffix(), [spin](const QString& t) { spin->setSuffix(t); });
            put(spin->prefix(), [spin](const QString& t) { spin->setPrefix(t); });
            put(spin->specialValueText(), [spin](const QString& t) { spin->setSpecialValueText(t); });
        } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
            put(spin->suffix(), [spin](const QString& t) { spin->setSuffix(t); });
            put(spin->prefix(), [spin](const QString& t) { spin->setPrefix(t); });
            put(spin->specialValueText(), [spin](const QString& t) { spin->setSpecialValueText(t); });
        } else if (auto* menu = qobject_cast<QMenu*>(w)) {
            put(menu->title(), [menu](const QString& t) { menu->setTitle(t); });
        }
    }
    // Actions: the window's own, its menus' and its widgets' (a menu title is its action's
    // text, already done above; the same text twice is harmless: it no longer matches).
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QWidget* w : std::as_const(widgets))
        for (QAction* a : w->actions())
            if (!actions.contains(a))
                actions << a;
    for (QAction* a : std::as_const(actions)) {
        // A tooltip or a button text Qt makes from the text follows the text by itself.
        const QString plain = QString(a->text()).remove(QLatin1Char('&'));
        if (a->toolTip() != plain)
            put(a->toolTip(), [a](const QString& t) { a->setToolTip(t); });
        if (a->iconText() != plain && a->iconText() != QString(plain).remove(QStringLiteral("...")))
            put(a->iconText(), [a](const QString& t) { a->setIconText(t); });
        put(a->text(), [a](const QString& t) { a->setText(t); });
        put(a->statusTip(), [a](const QString& t) { a->setStatusTip(t); });
    }
    return changed;
}
