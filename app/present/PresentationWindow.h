#pragma once

#include "Catalog.h"
#include "PriceBook.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class PresentationEditStrip;
class ReportData;
class ComparisonSession;
class SlideRenderer;
class QTimer;

// The workshop slide show: the current scenario as ten full-screen slides, redrawn from the
// document on every edit. Keys follow presentation software and clickers: → ↓ Space PageDown
// next; ← ↑ PageUp Backspace previous; Home, End; a number then Enter jumps; B or . blanks;
// E opens the live-edit strip; T restarts the timer; Esc leaves.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    // The slides of the session's comparison, redrawn whenever its results change.
    explicit PresentationWindow(ComparisonSession* session, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int currentSlide() const { return m_current; }
    void setCurrentSlide(int index);
    int slideCount() const;
    bool isBlank() const { return m_blank; }
    bool isEditStripVisible() const;
    void setEditStripVisible(bool visible);
    PresentationEditStrip* editStrip() const { return m_strip; }
    const SlideRenderer& renderer() const { return *m_renderer; }
    // What the current slide says, line by line (tests, screen readers).
    QStringList currentSlideText() const;
    // Digits typed so far towards a jump ("" when none).
    QString pendingJump() const { return m_jump; }
    // "12:31": time since the show started (or the timer was restarted).
    QString elapsedText() const;
    void restartTimer();

    // Full screen on the screen of the given window (or the primary one).
    void present(QWidget* over = nullptr);
    // Draws the slides again from the session's results.
    void rebuild();

signals:
    void slideChanged(int index);
    void closed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, const QString& text);
    QRectF slideRect() const;
    void layoutStrip();
    void updateAccessibleText();

    QPointer<ComparisonSession> m_session;
    std::unique_ptr<ReportData> m_data;
    std::unique_ptr<SlideRenderer> m_renderer;
    PresentationEditStrip* m_strip = nullptr;
    QTimer* m_clock = nullptr;
    QTimer* m_cursorTimer = nullptr;
    QElapsedTimer m_elapsed;
    int m_current = 0;
    bool m_blank = false;
    QString m_jump;
};
