#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QSvgRenderer>

namespace {

Theme::Mode g_mode = Theme::Mode::System;
QHash<QString, QIcon>& iconCache()
{
    static QHash<QString, QIcon> cache;
    return cache;
}
QPalette& systemPalette()
{
    static QPalette palette;
    return palette;
}
bool g_systemPaletteSaved = false;

// The colours that differ between the light and dark palettes; the roles they fill are set in
// one place so the two themes cannot drift apart role by role.
struct PaletteColors {
    QColor window, base, text, accent, alternateBase, toolTipBase, placeholder, button, link, linkVisited, light,
        midlight, mid, dark, shadow, disabledText;
};

QPalette paletteOf(const PaletteColors& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.linkVisited);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    return p;
}

// deviceSize in device pixels; the pixmap says it is for dpr device pixels per logical one.
QPixmap renderIcon(const QByteArray& svg, const QColor& color, const QSize& deviceSize, qreal dpr)
{
    QByteArray colored = svg;
    colored.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(colored);
    QPixmap pixmap(deviceSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

// A monochrome SVG icon drawn in the palette's text colour for each mode (normal, disabled,
// selected), rendered only when a size is first asked for: building the window asks for
// dozens of icons, painting it for a few sizes of each.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(QByteArray svg, const QPalette& palette)
        : m_svg(std::move(svg))
        , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
        , m_selected(palette.color(QPalette::HighlightedText))
    {
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // size is in device pixels (QIcon::pixmap passes the logical size × scale).
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor& color = mode == QIcon::Disabled ? m_disabled : mode == QIcon::Selected ? m_selected : m_normal;
        const QString key = QStringLiteral("%1x%2@%3/%4").arg(size.width()).arg(size.height()).arg(scale).arg(int(mode));
        if (const auto it = m_rendered.constFind(key); it != m_rendered.cend())
            return *it;
        const QPixmap pixmap = renderIcon(m_svg, color, size, scale);
        m_rendered.insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size() * dpr, mode, state, dpr));
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new SvgIconEngine(*this); }
    QString key() const override { return QStringLiteral("ContainerCompareSvg"); }

private:
    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_selected;
    QHash<QString, QPixmap> m_rendered;
};

} // namespace

QString Theme::modeId(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::modeFromId(const QString& id)
{
    if (id == u"light")
        return Mode::Light;
    if (id == u"dark")
        return Mode::Dark;
    return Mode::System;
}

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light: return tr("Light");
    case Mode::Dark: return tr("Dark");
    case Mode::System: break;
    }
    return tr("Follow the system");
}

QPalette Theme::lightPalette()
{
    const QColor text(0x1f, 0x23, 0x28), accent(0x1f, 0x6f, 0xb4);
    return paletteOf({.window = QColor(0xf4, 0xf5, 0xf7),
                      .base = Qt::white,
                      .text = text,
                      .accent = accent,
                      .alternateBase = QColor(0xf0, 0xf3, 0xf6),
                      .toolTipBase = QColor(0xff, 0xff, 0xf0),
                      .placeholder = QColor(0x80, 0x86, 0x8e),
                      .button = QColor(0xfa, 0xfb, 0xfc),
                      .link = accent,
                      .linkVisited = QColor(0x6a, 0x3d, 0x9a),
                      .light = Qt::white,
                      .midlight = QColor(0xe6, 0xe8, 0xeb),
                      .mid = QColor(0xc4, 0xc8, 0xcd),
                      .dark = QColor(0x9a, 0xa0, 0xa8),
                      .shadow = QColor(0x60, 0x66, 0x6e),
                      .disabledText = QColor(0x9a, 0xa0, 0xa8)});
}

QPalette Theme::darkPalette()
{
    return paletteOf({.window = QColor(0x2a, 0x2d, 0x32),
                      .base = QColor(0x20, 0x22, 0x26),
                      .text = QColor(0xe8, 0xea, 0xed),
                      .accent = QColor(0x4c, 0x9b, 0xe8),
                      .alternateBase = QColor(0x27, 0x2a, 0x2f),
                      .toolTipBase = QColor(0x33, 0x36, 0x3c),
                      .placeholder = QColor(0x8a, 0x90, 0x98),
                      .button = QColor(0x33, 0x37, 0x3d),
                      .link = QColor(0x7c, 0xb8, 0xf5),
                      .linkVisited = QColor(0xc0, 0x9c, 0xf0),
                      .light = QColor(0x44, 0x48, 0x4f),
                      .midlight = QColor(0x3a, 0x3e, 0x44),
                      .mid = QColor(0x30, 0x33, 0x38),
                      .dark = QColor(0x1a, 0x1c, 0x1f),
                      .shadow = QColor(0x10, 0x11, 0x13),
                      .disabledText = QColor(0x76, 0x7b, 0x83)});
}

void Theme::apply(Mode mode)
{
    if (!g_systemPaletteSaved) {
        systemPalette() = QApplication::palette();
        g_systemPaletteSaved = true;
    }
    g_mode = mode;
    // Fusion draws the same on every desktop and honours the palette fully, dark included.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (mode) {
    case Mode::Light: QApplication::setPalette(lightPalette()); break;
    case Mode::Dark: QApplication::setPalette(darkPalette()); break;
    case Mode::System:
        QApplication::setPalette(isDark(systemPalette()) ? darkPalette() : lightPalette());
        break;
    }
    iconCache().clear();
}

Theme::Mode Theme::current()
{
    return g_mode;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

ChartStyle Theme::chartStyle(Language language)
{
    ChartStyle style = ChartStyle::forTheme(isDark());
    style.language = language;
    style.locale = language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan) : QLocale();
    style.background = QApplication::palette().color(QPalette::Base);
    const QFont font = QApplication::font();
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    style.titlePointSize = base + 3;
    style.axisTitlePointSize = base;
    style.labelPointSize = base;
    style.legendPointSize = base;
    return style;
}

QIcon Theme::icon(const QString& name)
{
    const bool dark = isDark();
    const QString key = name + (dark ? QStringLiteral("/dark") : QStringLiteral("/light"));
    auto it = iconCache().constFind(key);
    if (it != iconCache().constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    QIcon icon;
    if (file.open(QIODevice::ReadOnly))
        icon = QIcon(new SvgIconEngine(file.readAll(), QApplication::palette()));
    iconCache().insert(key, icon);
    return icon;
}

QColor Theme::good()
{
    return isDark() ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1a, 0x7f, 0x4b);
}

QColor Theme::warning()
{
    return isDark() ? QColor(0xf0, 0xb4, 0x4c) : QColor(0xa8, 0x5d, 0x00);
}

QColor Theme::bad()
{
    return isDark() ? QColor(0xf2, 0x7a, 0x6e) : QColor(0xb3, 0x26, 0x1e);
}

QColor Theme::muted()
{
    return QApplication::palette().color(QPalette::PlaceholderText);
}
