// The workshop slide show, driven by keys as a presenter (or a clicker) drives it, and the
// live-edit strip changing the numbers on the slide through the document.
#include "Catalog.h"
#include "ChartExport.h"
#include "CostModel.h"
#include "ExportActions.h"
#include "MainWindow.h"
#include "Money.h"
#include "PresentationEditStrip.h"
#include "PresentationWindow.h"
#include "PriceBook.h"
#include "ReportData.h"
#include "ComparisonSession.h"
#include "ScenarioDocument.h"
#include "SlideRenderer.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

Scenario slide16()
{
    LoadError error;
    const std::optional<Scenario> s =
        ScenarioFile::read(QStringLiteral(CC_SOURCE_DIR "/resources/scenarios/slide16.json"), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

// What the totals chart on a slide shows: the values of its bars.
QList<qreal> barValues(QChart* chart)
{
    QList<qreal> values;
    if (!chart)
        return values;
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
    return values;
}

// The presenter's clock, "mm:ss" or "h:mm:ss", in seconds; -1 for anything else.
int seconds(const QString& clock)
{
    const QStringList parts = clock.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    int total = 0;
    for (const QString& part : parts) {
        bool ok = false;
        total = total * 60 + part.toInt(&ok);
        if (!ok)
            return -1;
    }
    return total;
}

// Counts the paint events a widget gets.
struct PaintCounter : QObject
{
    explicit PaintCounter(QWidget* widget) { widget->installEventFilter(this); }
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
    int count = 0;
};

// The slide's headline (the second line of its text).
QString headline(const PresentationWindow& show)
{
    return show.currentSlideText().value(1);
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_session = std::make_unique<ComparisonSession>(slide16(), Catalog::builtin(), PriceBooks::builtin(),
                                                        Language::English);
        m_document = m_session->document();
        m_show = std::make_unique<PresentationWindow>(m_session.get());
        m_show->resize(1280, 720);
        m_show->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_show.get()));
        m_show->activateWindow();
        m_show->setFocus();
    }

    void cleanup()
    {
        m_show.reset();
        m_session.reset();
    }

    void tenSlidesInOrder()
    {
        QCOMPARE(m_show->slideCount(), 10);
        const SlideRenderer& r = m_show->renderer();
        QCOMPARE(r.title(SlideRenderer::MonthlyCostSlide), u"Monthly cost, side by side"_s);
        QCOMPARE(r.title(SlideRenderer::BreakdownSlide), u"What each monthly bill is made of"_s);
        QCOMPARE(r.title(SlideRenderer::ScalingSlide), u"Monthly cost as the task count grows"_s);
        QCOMPARE(r.title(SlideRenderer::WorkloadSlide), u"The workload"_s);
        QCOMPARE(r.title(SlideRenderer::RegionsSlide), u"This workload in every region with prices"_s);
        QCOMPARE(r.title(SlideRenderer::SummarySlide), u"Summary and ranking"_s);
        // The title slide carries the scenario's title; every slide its number and the workload.
        QVERIFY(r.text(SlideRenderer::TitleSlide).contains(u"Slide 16: EC2 vs Fargate (Tokyo)"_s));
        for (int i = 0; i < r.count(); ++i) {
            const QStringList text = r.text(i);
            QVERIFY(text.contains(u"%1 / 10"_s.arg(i + 1)));
            QVERIFY2(text.contains(r.footerText()), qPrintable(text.join(u'\n')));
        }
        QVERIFY(r.footerText().contains(u"2 vCPU · 4 GiB · 1 task · x86_64"_s));
        // The charts are the chart builder's, as on the Compare page.
        QVERIFY(r.chart(SlideRenderer::MonthlyCostSlide));
        QVERIFY(r.chart(SlideRenderer::BreakdownSlide));
        QVERIFY(r.chart(SlideRenderer::ScalingSlide));
        QVERIFY(!r.chart(SlideRenderer::StorageSlide));
    }

    // Body type for the back of the room: nothing under 28 px on the 1080-line canvas.
    void largeType()
    {
        const SlideRenderer& r = m_show->renderer();
        for (int i = 0; i < r.count(); ++i) {
            for (const SlideBlock& b : r.content(i).blocks) {
                if (b.type == SlideBlock::Type::Text)
                    QVERIFY2(b.pixelSize >= 28, qPrintable(u"slide %1: %2 px"_s.arg(i + 1).arg(b.pixelSize)));
                if (b.type == SlideBlock::Type::Table)
                    QVERIFY2(b.table.pixelSize >= 28,
                             qPrintable(u"slide %1: table %2 px"_s.arg(i + 1).arg(b.table.pixelSize)));
            }
        }
    }

    // → ↓ Space PageDown forward; ← ↑ PageUp back; Home, End; digits then Enter jump.
    void keys()
    {
        QSignalSpy changed(m_show.get(), &PresentationWindow::slideChanged);
        QCOMPARE(m_show->currentSlide(), 0);
        QTest::keyClick(m_show.get(), Qt::Key_Right);
        QCOMPARE(m_show->currentSlide(), 1);
        QTest::keyClick(m_show.get(), Qt::Key_Down);
        QCOMPARE(m_show->currentSlide(), 2);
        QTest::keyClick(m_show.get(), Qt::Key_Space);
        QCOMPARE(m_show->currentSlide(), 3);
        QTest::keyClick(m_show.get(), Qt::Key_PageDown);
        QCOMPARE(m_show->currentSlide(), 4);
        QTest::keyClick(m_show.get(), Qt::Key_Left);
        QCOMPARE(m_show->currentSlide(), 3);
        QTest::keyClick(m_show.get(), Qt::Key_Up);
        QCOMPARE(m_show->currentSlide(), 2);
        QTest::keyClick(m_show.get(), Qt::Key_PageUp);
        QCOMPARE(m_show->currentSlide(), 1);
        QTest::keyClick(m_show.get(), Qt::Key_End);
        QCOMPARE(m_show->currentSlide(), 9);
        QTest::keyClick(m_show.get(), Qt::Key_Right); // past the end: stays
        QCOMPARE(m_show->currentSlide(), 9);
        QTest::keyClick(m_show.get(), Qt::Key_Home);
        QCOMPARE(m_show->currentSlide(), 0);
        QTest::keyClick(m_show.get(), Qt::Key_Left); // before the start: stays
        QCOMPARE(m_show->currentSlide(), 0);
        QCOMPARE(changed.count(), 9);
        QCOMPARE(changed.last().constFirst().toInt(), 0);

        QTest::keyClick(m_show.get(), Qt::Key_7);
        QCOMPARE(m_show->pendingJump(), u"7"_s);
        QCOMPARE(m_show->currentSlide(), 0);
        QTest::keyClick(m_show.get(), Qt::Key_Return);
        QCOMPARE(m_show->currentSlide(), 6);
        QVERIFY(m_show->pendingJump().isEmpty());
        // "12" is no slide: the show stays where it is.
        QTest::keyClicks(m_show.get(), u"12"_s);
        QTest::keyClick(m_show.get(), Qt::Key_Enter);
        QCOMPARE(m_show->currentSlide(), 6);
        QTest::keyClicks(m_show.get(), u"2"_s);
        QTest::keyClick(m_show.get(), Qt::Key_Enter);
        QCOMPARE(m_show->currentSlide(), 1);
        QCOMPARE(m_show->currentSlideText().constFirst(), u"The workload"_s);
    }

    // B (or the clicker's ".") blanks the screen and brings it back; Esc leaves.
    void blankAndLeave()
    {
        QTest::keyClick(m_show.get(), Qt::Key_B);
        QVERIFY(m_show->isBlank());
        QVERIFY(m_show->currentSlideText().isEmpty());
        QTest::keyClick(m_show.get(), Qt::Key_B);
        QVERIFY(!m_show->isBlank());
        QTest::keyClick(m_show.get(), Qt::Key_Period);
        QVERIFY(m_show->isBlank());
        // Turning the slide brings the picture back.
        QTest::keyClick(m_show.get(), Qt::Key_PageDown);
        QVERIFY(!m_show->isBlank());
        QCOMPARE(m_show->currentSlide(), 1);
        // F5 from a clicker while presenting changes nothing.
        QTest::keyClick(m_show.get(), Qt::Key_F5);
        QCOMPARE(m_show->currentSlide(), 1);
        QVERIFY(m_show->isVisible());

        QSignalSpy closed(m_show.get(), &PresentationWindow::closed);
        QTest::keyClick(m_show.get(), Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!m_show->isVisible());
    }

    // The clock runs from the start of the show and repaints the show as it goes; T starts it
    // again from zero. (Waits for the clock, never for a fixed time: a slow machine only waits longer.)
    void timer()
    {
        QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d$"_s).match(m_show->elapsedText()).hasMatch());
        QTRY_VERIFY_WITH_TIMEOUT(seconds(m_show->elapsedText()) >= 2, 20000);
        // Nothing else happens on the show meanwhile: a repaint now is the clock's own.
        PaintCounter paints(m_show.get());
        QTRY_VERIFY_WITH_TIMEOUT(paints.count > 0, 10000);

        QElapsedTimer sinceT;
        sinceT.start();
        QTest::keyClick(m_show.get(), Qt::Key_T);
        const int afterT = seconds(m_show->elapsedText());
        QVERIFY2(afterT >= 0 && afterT <= sinceT.elapsed() / 1000, qPrintable(m_show->elapsedText()));
        QTRY_VERIFY_WITH_TIMEOUT(seconds(m_show->elapsedText()) >= 1, 10000);
    }

    // E opens the strip; typing a task count changes the document (undoably), the totals on
    // the slide and the bars of its chart; E or Esc in the strip closes it.
    void liveEditChangesTheSlide()
    {
        QTest::keyClicks(m_show.get(), u"4"_s);
        QTest::keyClick(m_show.get(), Qt::Key_Return);
        QCOMPARE(m_show->currentSlide(), int(SlideRenderer::MonthlyCostSlide));
        // The deck's figure (slide 16): 0.11235 USD/h × 732 h = 82.2402 USD → ¥12,747.
        QCOMPARE(headline(*m_show), u"Cheapest: EC2 (c7i.large) — ¥12,747 ($82.24) a month"_s);
        QVERIFY(m_show->currentSlideText().contains(u"Fargate: ¥13,982"_s));
        const QList<qreal> before = barValues(m_show->renderer().chart(SlideRenderer::MonthlyCostSlide));
        QCOMPARE(before.size(), 2);
        QVERIFY(before.contains(12747));
        QVERIFY(before.contains(13982));

        QTest::keyClick(m_show.get(), Qt::Key_E);
        QVERIFY(m_show->isEditStripVisible());
        PresentationEditStrip* strip = m_show->editStrip();
        QCOMPARE(strip->tasksField()->value(), 1);
        QTRY_VERIFY(strip->tasksField()->hasFocus());

        // The presenter types 3 over the selected 1.
        QTest::keyClick(strip->tasksField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(strip->tasksField(), u"3"_s);
        QCOMPARE(m_document->scenario().workload.tasks, 3);
        QVERIFY(m_document->isModified());

        // Three tasks, one c7i.large each: 3 × 82.2402 = 246.7206 USD × 155 = 38,241.693
        // → ¥38,241; on Fargate 3 × 90.21168 = 270.63504 USD × 155 = 41,948.4312 → ¥41,948.
        QCOMPARE(headline(*m_show), u"Cheapest: EC2 (c7i.large) — ¥38,241 ($246.72) a month"_s);
        QVERIFY(m_show->currentSlideText().contains(u"Fargate: ¥41,948"_s));
        const QList<qreal> after = barValues(m_show->renderer().chart(SlideRenderer::MonthlyCostSlide));
        QCOMPARE(after.size(), 2);
        QVERIFY(after.contains(38241));
        QVERIFY(after.contains(41948));
        QVERIFY(m_show->renderer().footerText().contains(u"3 tasks"_s));

        // vCPU and memory follow the same way.
        strip->vcpuField()->setValue(4);
        QCOMPARE(m_document->scenario().workload.vcpu, 4.0);
        strip->memoryField()->setValue(8);
        QCOMPARE(m_document->scenario().workload.memoryGiB, 8.0);
        QVERIFY(m_show->renderer().footerText().contains(u"4 vCPU · 8 GiB"_s));

        // The region: the footer and the figures follow.
        const int virginia = strip->regionField()->findData(u"us-east-1"_s);
        QVERIFY(virginia >= 0);
        strip->regionField()->setCurrentIndex(virginia);
        QCOMPARE(m_document->scenario().region, u"us-east-1"_s);
        QVERIFY(m_show->renderer().footerText().contains(
            PriceBooks::builtin().region(u"us-east-1"_s)->regionName.en));

        // The purchase option: spot where it applies.
        const int spot = strip->purchaseField()->findData(u"spot"_s);
        QVERIFY(spot >= 0);
        const QString onDemandHeadline = headline(*m_show);
        strip->purchaseField()->setCurrentIndex(spot);
        for (const Option& o : m_document->scenario().options)
            QCOMPARE(o.purchase, u"spot"_s);
        QVERIFY(headline(*m_show) != onDemandHeadline);

        // Every edit is one undo step of its field; undoing them all brings back slide 16.
        while (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        QCOMPARE(m_document->scenario(), slide16());
        QCOMPARE(headline(*m_show), u"Cheapest: EC2 (c7i.large) — ¥12,747 ($82.24) a month"_s);
        QCOMPARE(strip->tasksField()->value(), 1);

        // E in the strip closes it and gives the keys back to the slides.
        QTest::keyClick(strip->tasksField(), Qt::Key_E);
        QVERIFY(!m_show->isEditStripVisible());
        QTest::keyClick(m_show.get(), Qt::Key_Right);
        QCOMPARE(m_show->currentSlide(), int(SlideRenderer::BreakdownSlide));
    }

    // A clicker's PageDown and Esc still work while a field of the strip has the focus.
    void clickerKeysInTheStrip()
    {
        QTest::keyClick(m_show.get(), Qt::Key_E);
        PresentationEditStrip* strip = m_show->editStrip();
        QTRY_VERIFY(strip->tasksField()->hasFocus());
        QTest::keyClick(strip->tasksField(), Qt::Key_PageDown);
        QCOMPARE(m_show->currentSlide(), 1);
        QCOMPARE(m_document->scenario().workload.tasks, 1); // not a step of the spin box
        QTest::keyClick(strip->tasksField(), Qt::Key_PageUp);
        QCOMPARE(m_show->currentSlide(), 0);
        QTest::keyClick(strip->tasksField(), Qt::Key_Escape);
        QVERIFY(!m_show->isEditStripVisible());
        QVERIFY(m_show->isVisible());
    }

    // The slides in Japanese: catalog text and region names in the chosen language.
    void japanese()
    {
        const ReportData data(slide16(), Catalog::builtin(), PriceBooks::builtin(), Language::Japanese);
        const SlideRenderer slides(data);
        const PriceBook* tokyo = PriceBooks::builtin().region(u"ap-northeast-1"_s);
        QVERIFY(slides.text(SlideRenderer::TitleSlide).join(u'\n').contains(tokyo->regionName.ja));
        const QString platforms = slides.text(SlideRenderer::PlatformsSlide).join(u'\n');
        QVERIFY2(platforms.contains(Catalog::builtin().criteria().constFirst().name.ja),
                 qPrintable(platforms));
        QVERIFY(ReportData::baseFont(Language::Japanese).families().contains(u"Noto Sans CJK JP"_s));
    }

    // View → Present (F5) in the main window opens the show on the window's document.
    void presentFromTheWindow()
    {
        MainWindow window;
        window.setInteractive(false);
        window.document()->reset(slide16());
        ExportActions* actions = ExportActions::of(&window);
        QVERIFY(actions);
        QAction* present = actions->presentAction();
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(window.viewMenu()->actions().contains(present));
        PresentationWindow* show = actions->present(false);
        QVERIFY(show);
        QCOMPARE(actions->presentation(), show);
        QVERIFY(show->renderer().text(SlideRenderer::MonthlyCostSlide).join(u'\n').contains(u"¥12,747"_s));
        // An edit in the window shows on the slides at once: two tasks, 2 × 82.2402 = 164.4804 USD
        // × 155 = 25,494.462 → ¥25,494; on Fargate 2 × 90.21168 = 180.42336 USD × 155 = 27,965.6208
        // → ¥27,965.
        window.document()->setTasks(2);
        const QString two = show->renderer().text(SlideRenderer::MonthlyCostSlide).join(u'\n');
        QVERIFY2(two.contains(u"Cheapest: EC2 (c7i.large) — ¥25,494 ($164.48) a month"_s), qPrintable(two));
        QVERIFY2(two.contains(u"Fargate: ¥27,965"_s), qPrintable(two));
        QVERIFY(!two.contains(u"¥12,747"_s));
        show->close();
        QTRY_VERIFY(!actions->presentation());
    }

private:
    std::unique_ptr<ComparisonSession> m_session;
    ScenarioDocument* m_document = nullptr;
    std::unique_ptr<PresentationWindow> m_show;
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
