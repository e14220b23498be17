#pragma once

#include "ChartBuilder.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>

// The window's look: light or dark palette on the Fusion style, the icons drawn in the
// palette's text colour, and the chart style that matches.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Mode { System, Light, Dark };

    static QString modeId(Mode mode);           // "system", "light", "dark"
    static Mode modeFromId(const QString& id);  // anything else: System
    static QString modeName(Mode mode);         // translated

    // Applies the mode to the application (style, palette, a fresh icon cache).
    static void apply(Mode mode);
    static Mode current();
    static bool isDark(const QPalette& palette);
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();

    // The chart style for the current palette.
    static ChartStyle chartStyle(Language language);

    // An icon from :/icons drawn in the palette's text colour (disabled: its muted colour).
    static QIcon icon(const QString& name);

    // Colours with a meaning, readable on the current palette.
    static QColor good();
    static QColor warning();
    static QColor bad();
    static QColor muted();
};
