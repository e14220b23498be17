#pragma once

#include <QString>

namespace ActionText {

// A menu item's text as a tool bar button shows it: without its Alt key, whether written
// "&Open…" or, in Japanese, "開く(&O)…" (the button has no key, so it shows no "(O)").
QString toolbarText(const QString& menuText);

} // namespace ActionText
