#pragma once

#include "Localized.h"

#include <QString>

class QWidget;

// A window built in one language, put into the other when the user switches while it is open
// (QEvent::LanguageChange): every fixed text of every widget, tab, list item, menu and action
// in it — labels, buttons, group titles, tabs, placeholders, tooltips, accessible names — is
// looked up (and table headers) in the application's own translation catalog (the Japanese .qm, which carries each
// source text with its translation) and replaced by its counterpart. Texts made from data or
// with figures in them are not in the catalog and are left to the code that makes them (it
// runs again on the language change).
namespace Retranslator {

// text in language to, when the catalog has it in language from; otherwise text unchanged.
QString translate(const QString& text, Language from, Language to);
// Puts every fixed text of window (and of the windows it owns) from one language into the other.
// Returns how many texts changed.
int retranslate(QWidget* window, Language from, Language to);

} // namespace Retranslator
