#include "PresentationWindow.h"

#include "PresentationEditStrip.h"
#include "ReportData.h"
#include "ComparisonSession.h"
#include "SlideRenderer.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>
#include <QWheelEvent>

PresentationWindow::PresentationWindow(ComparisonSession* session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Presentation"));
    setAccessibleName(tr("Presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 270);

    m_strip = new PresentationEditStrip(session, this);
    m_strip->hide();
    connect(m_strip, &PresentationEditStrip::closeRequested, this, [this] { setEditStripVisible(false); });
    connect(m_strip, &PresentationEditStrip::navigationKey, this,
            [this](int key, Qt::KeyboardModifiers modifiers) { handleKey(key, modifiers, QString()); });

    // The presenter's clock: only the footer changes each second.
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] { update(); });
    m_cursorTimer = new QTimer(this);
    m_cursorTimer->setSingleShot(true);
    m_cursorTimer->setInterval(2000);
    connect(m_cursorTimer, &QTimer::timeout, this, [this] { setCursor(Qt::BlankCursor); });

    // Every edit, in the window or on the strip, a new language or new prices: the slides
    // are drawn again from the session's results.
    connect(session, &ComparisonSession::resultsChanged, this, &PresentationWindow::rebuild);
    rebuild();
    restartTimer();
    m_clock->start();
}

PresentationWindow::~PresentationWindow()
{
    // The renderer refers to the data: let it go first.
    m_renderer.reset();
    m_data.reset();
}

void PresentationWindow::rebuild()
{
    if (!m_session)
        return;
    m_renderer.reset();
    m_data = std::make_unique<ReportData>(*m_session);
    m_renderer = std::make_unique<SlideRenderer>(*m_data);
    updateAccessibleText();
    update();
}

int PresentationWindow::slideCount() const
{
    return m_renderer ? m_renderer->count() : 0;
}

void PresentationWindow::setCurrentSlide(int index)
{
    index = std::clamp(index, 0, std::max(0, slideCount() - 1));
    m_jump.clear();
    if (index == m_current)
        return update();
    m_current = index;
    updateAccessibleText();
    update();
    emit slideChanged(m_current);
}

bool PresentationWindow::isEditStripVisible() const
{
    return m_strip->isVisible();
}

void PresentationWindow::setEditStripVisible(bool visible)
{
    if (visible == m_strip->isVisibleTo(this))
        return;
    m_strip->setVisible(visible);
    layoutStrip();
    if (visible) {
        m_strip->refresh();
        m_strip->tasksField()->setFocus();
        m_strip->tasksField()->selectAll();
    } else {
        setFocus();
    }
    update();
}

QStringList PresentationWindow::currentSlideText() const
{
    if (!m_renderer)
        return {};
    if (m_blank)
        return {};
    return m_renderer->text(m_current);
}

QString PresentationWindow::elapsedText() const
{
    const qint64 seconds = m_elapsed.isValid() ? m_elapsed.elapsed() / 1000 : 0;
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

void PresentationWindow::restartTimer()
{
    m_elapsed.start();
    update();
}

void PresentationWindow::present(QWidget* over)
{
    QScreen* screen = over && over->screen() ? over->screen() : QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    m_cursorTimer->start();
}

QRectF PresentationWindow::slideRect() const
{
    QRectF area = rect();
    if (m_strip->isVisibleTo(this))
        area.setBottom(m_strip->geometry().top());
    return area;
}

void PresentationWindow::layoutStrip()
{
    const int height = m_strip->sizeHint().height();
    m_strip->setGeometry(0, this->height() - height, width(), height);
}

void PresentationWindow::updateAccessibleText()
{
    setAccessibleDescription(currentSlideText().join(QLatin1Char('\n')));
}

void PresentationWindow::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    if (m_blank || !m_renderer) {
        painter.fillRect(rect(), Qt::black);
        return;
    }
    painter.fillRect(rect(), Qt::black);
    QString status = elapsedText();
    if (!m_jump.isEmpty())
        status = tr("go to %1").arg(m_jump) + QStringLiteral("   ") + status;
    m_renderer->paint(&painter, m_current, slideRect(), status);
}

namespace {

// What a key does in the show (a clicker sends Page Up/Down, F5 and B or Period).
enum class SlideKey { None, Next, Previous, First, Last, Blank, EditStrip, RestartTimer, Ignore, Close };

SlideKey slideKeyFor(int key, Qt::KeyboardModifiers modifiers)
{
    switch (key) {
    case Qt::Key_Space:
        return modifiers & Qt::ShiftModifier ? SlideKey::Previous : SlideKey::Next;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_N:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return SlideKey::Next;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_P:
        return SlideKey::Previous;
    case Qt::Key_Home:
        return SlideKey::First;
    case Qt::Key_End:
        return SlideKey::Last;
    case Qt::Key_B:
    case Qt::Key_Period:
        return SlideKey::Blank;
    case Qt::Key_E:
        return SlideKey::EditStrip;
    case Qt::Key_T:
        return SlideKey::RestartTimer;
    case Qt::Key_F5: // a clicker's start button while the show runs: nothing to start
        return SlideKey::Ignore;
    case Qt::Key_Escape:
        return SlideKey::Close;
    default:
        return SlideKey::None;
    }
}

} // namespace

bool PresentationWindow::handleKey(int key, Qt::KeyboardModifiers modifiers, const QString& text)
{
    Q_UNUSED(text);
    // Digits build a slide number; Enter jumps there.
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(modifiers & (Qt::ControlModifier | Qt::AltModifier))) {
        if (m_jump.size() < 3)
            m_jump += QChar(u'0' + (key - Qt::Key_0));
        update();
        return true;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_jump.isEmpty()) {
        const int number = m_jump.toInt();
        m_jump.clear();
        m_blank = false;
        if (number >= 1 && number <= slideCount())
            setCurrentSlide(number - 1);
        update();
        return true;
    }
    const bool hadJump = !m_jump.isEmpty();
    m_jump.clear();
    if (hadJump)
        update();

    const SlideKey action = slideKeyFor(key, modifiers);
    switch (action) {
    case SlideKey::Next:
    case SlideKey::First:
    case SlideKey::Last:
        m_blank = false;
        setCurrentSlide(action == SlideKey::Next ? m_current + 1 : action == SlideKey::First ? 0 : slideCount() - 1);
        return true;
    case SlideKey::Previous:
        // Shift+Space goes back and leaves a blanked screen blank.
        if (key != Qt::Key_Space)
            m_blank = false;
        setCurrentSlide(m_current - 1);
        return true;
    case SlideKey::Blank:
        m_blank = !m_blank;
        updateAccessibleText();
        update();
        return true;
    case SlideKey::EditStrip:
        setEditStripVisible(!isEditStripVisible());
        return true;
    case SlideKey::RestartTimer:
        restartTimer();
        return true;
    case SlideKey::Ignore:
        return true;
    case SlideKey::Close:
        if (m_blank) {
            m_blank = false;
            update();
        }
        close();
        return true;
    case SlideKey::None:
        break;
    }
    return false;
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key(), event->modifiers(), event->text()))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        setCurrentSlide(m_current + 1);
    else if (event->button() == Qt::RightButton)
        setCurrentSlide(m_current - 1);
    setFocus();
}

void PresentationWindow::mouseMoveEvent(QMouseEvent* event)
{
    // The pointer shows while it moves and hides again when still.
    unsetCursor();
    m_cursorTimer->start();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta < 0)
        setCurrentSlide(m_current + 1);
    else if (delta > 0)
        setCurrentSlide(m_current - 1);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutStrip();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    m_clock->stop();
    emit closed();
    QWidget::closeEvent(event);
}
