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
struct QmFile
{
    QByteArray qm;

    const uchar* data() const { return reinterpret_cast<const uchar*>(qm.constData()); }
    qsizetype size() const { return qm.size(); }
    // The 32-bit length at `at`; -1 past the end.
    qsizetype read32(qsizetype at) const
    {
        return at + 4 <= size() ? qsizetype(qFromBigEndian<quint32>(data() + at)) : -1;
    }
};

struct QmMessage
{
    QStringList translations;
    QString source;
};

// One message's fields from `m` up to its end tag; false when the block is damaged.
bool readMessage(const QmFile& file, qsizetype& m, qsizetype end, QmMessage& message)
{
    enum : uchar { End = 1, Translation = 3, Obsolete1 = 5, SourceText = 6, Context = 7, Comment = 8 };
    while (m < end) {
        const uchar field = file.data()[m++];
        if (field == End)
            return true;
        if (field == Obsolete1) {
            m += 4;
            continue;
        }
        const qsizetype n = file.read32(m);
        m += 4;
        if (n == qsizetype(0xffffffff)) // a null translation
            continue;
        if (n < 0 || m + n > end)
            return false;
        if (field == Translation) {
            QString text(n / 2, Qt::Uninitialized);
            for (qsizetype i = 0; i < n / 2; ++i)
                text[i] = QChar(qFromBigEndian<quint16>(file.data() + m + 2 * i));
            message.translations << text;
        } else if (field == SourceText) {
            message.source = QString::fromUtf8(file.qm.constData() + m, n);
        } else if (field != Context && field != Comment) {
            return false;
        }
        m += n;
    }
    return true;
}

void readMessages(const QmFile& file, qsizetype m, qsizetype end, Catalog& catalog)
{
    while (m < end) {
        QmMessage message;
        if (!readMessage(file, m, end, message))
            return;
        // Plural forms have more than one translation: they are always made with a count,
        // never a fixed text.
        if (message.translations.size() == 1 && !message.source.isEmpty() && !message.translations.first().isEmpty()
            && message.translations.first() != message.source) {
            catalog.toJapanese.insert(message.source, message.translations.first());
            catalog.toEnglish.insert(message.translations.first(), message.source);
        }
    }
}

Catalog readCatalog()
{
    Catalog catalog;
    QFile qm(Translations::resourcePath(Language::Japanese));
    if (!qm.open(QIODevice::ReadOnly))
        return catalog;
    const QmFile file{qm.readAll()};
    constexpr uchar messagesTag = 0x69;
    qsizetype at = 16;
    while (at + 5 <= file.size()) {
        const uchar tag = file.data()[at];
        const qsizetype length = file.read32(at + 1);
        if (length < 0 || at + 5 + length > file.size())
            break;
        if (tag == messagesTag)
            readMessages(file, at + 5, at + 5 + length, catalog);
        at += 5 + length;
    }
    return catalog;
}

const Catalog& catalog()
{
    static const Catalog c = readCatalog();
    return c;
}

// Replaces a text the catalog knows by its counterpart and counts the replacements. Only a
// text the catalog knows is replaced: a tooltip Qt derives from an action's text, or a label
// showing data, is left alone.
struct Replacer
{
    Language from;
    Language to;
    int changed = 0;

    template <typename Set>
    void put(const QString& text, const Set& set)
    {
        const QString other = Retranslator::translate(text, from, to);
        if (other != text) {
            set(other);
            ++changed;
        }
    }
};

// What every widget has: title, tips, accessible name and description.
void retranslateCommon(Replacer& r, QWidget* w)
{
    r.put(w->windowTitle(), [w](const QString& t) { w->setWindowTitle(t); });
    r.put(w->toolTip(), [w](const QString& t) { w->setToolTip(t); });
    r.put(w->statusTip(), [w](const QString& t) { w->setStatusTip(t); });
    r.put(w->accessibleName(), [w](const QString& t) { w->setAccessibleName(t); });
    r.put(w->accessibleDescription(), [w](const QString& t) { w->setAccessibleDescription(t); });
}

// The texts of widgets that hold items: tabs, list items, table headers, combo box items.
bool retranslateItems(Replacer& r, QWidget* w)
{
    if (auto* tabs = qobject_cast<QTabBar*>(w)) {
        for (int i = 0; i < tabs->count(); ++i) {
            r.put(tabs->tabText(i), [tabs, i](const QString& t) { tabs->setTabText(i, t); });
            r.put(tabs->tabToolTip(i), [tabs, i](const QString& t) { tabs->setTabToolTip(i, t); });
        }
    } else if (auto* list = qobject_cast<QListWidget*>(w)) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            r.put(item->text(), [item](const QString& t) { item->setText(t); });
            r.put(item->toolTip(), [item](const QString& t) { item->setToolTip(t); });
        }
    } else if (auto* table = qobject_cast<QTableWidget*>(w)) {
        for (int c = 0; c < table->columnCount(); ++c)
            if (QTableWidgetItem* item = table->horizontalHeaderItem(c)) {
                r.put(item->text(), [item](const QString& t) { item->setText(t); });
                r.put(item->toolTip(), [item](const QString& t) { item->setToolTip(t); });
            }
    } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            r.put(combo->itemText(i), [combo, i](const QString& t) { combo->setItemText(i, t); });
    } else {
        return false;
    }
    return true;
}

// A spin box's suffix, prefix and the text it shows at its minimum.
template <typename Spin>
void retranslateSpin(Replacer& r, Spin* spin)
{
    r.put(spin->suffix(), [spin](const QString& t) { spin->setSuffix(t); });
    r.put(spin->prefix(), [spin](const QString& t) { spin->setPrefix(t); });
    r.put(spin->specialValueText(), [spin](const QString& t) { spin->setSpecialValueText(t); });
}

// The text a widget of its kind shows: a label's, a button's, a group's title, a placeholder, …
void retranslateWidget(Replacer& r, QWidget* w)
{
    retranslateCommon(r, w);
    if (auto* label = qobject_cast<QLabel*>(w)) {
        r.put(label->text(), [label](const QString& t) { label->setText(t); });
    } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        r.put(button->text(), [button](const QString& t) { button->setText(t); });
    } else if (auto* group = qobject_cast<QGroupBox*>(w)) {
        r.put(group->title(), [group](const QString& t) { group->setTitle(t); });
    } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        r.put(edit->placeholderText(), [edit](const QString& t) { edit->setPlaceholderText(t); });
    } else if (retranslateItems(r, w)) {
        return;
    } else if (auto* spin = qobject_cast<QSpinBox*>(w)) {
        retranslateSpin(r, spin);
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(w)) {
        retranslateSpin(r, spin);
    } else if (auto* menu = qobject_cast<QMenu*>(w)) {
        r.put(menu->title(), [menu](const QString& t) { menu->setTitle(t); });
    }
}

// Actions: the window's own, its menus' and its widgets' (a menu title is its action's text,
// already done with the menu; the same text twice is harmless: it no longer matches).
void retranslateActions(Replacer& r, QWidget* window, const QList<QWidget*>& widgets)
{
    QList<QAction*> actions = window->findChildren<QAction*>();
    for (QWidget* w : widgets)
        for (QAction* a : w->actions())
            if (!actions.contains(a))
                actions << a;
    for (QAction* a : std::as_const(actions)) {
        // A tooltip or a button text Qt makes from the text follows the text by itself.
        const QString plain = QString(a->text()).remove(QLatin1Char('&'));
        if (a->toolTip() != plain)
            r.put(a->toolTip(), [a](const QString& t) { a->setToolTip(t); });
        if (a->iconText() != plain && a->iconText() != QString(plain).remove(QStringLiteral("...")))
            r.put(a->iconText(), [a](const QString& t) { a->setIconText(t); });
        r.put(a->text(), [a](const QString& t) { a->setText(t); });
        r.put(a->statusTip(), [a](const QString& t) { a->setStatusTip(t); });
    }
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
    Replacer replacer{from, to};
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets))
        retranslateWidget(replacer, w);
    retranslateActions(replacer, window, widgets);
    return replacer.changed;
}
