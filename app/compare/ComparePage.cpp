#include "ComparePage.h"
#include "ComparisonSession.h"
#include "RegionsView.h"

#include "ChartExport.h"
#include "ComparisonModel.h"
#include "ComparisonTableProxy.h"
#include "OptionEditor.h"
#include "OptionsPanel.h"
#include "ScenarioDocument.h"
#include "SecurityPanel.h"
#include "StoragePanel.h"
#include "TaskRangeSpinBox.h"
#include "Theme.h"
#include "WorkloadForm.h"

#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QEvent>
#include <QFocusEvent>
#include <QItemSelectionModel>

namespace {

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old; // QChartView does not own a chart it lets go of
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ComparePage::ComparePage(ComparisonSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
    , m_model(session->model())
    , m_catalog(session->catalog())
    , m_style(ChartStyle::forTheme(false))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);
    // Left: the form column; right: charts above, the table, notes, storage and security below.
    m_splitter->addWidget(buildFormColumn());
    m_resultsSplitter = new QSplitter(Qt::Vertical);
    m_resultsSplitter->setChildrenCollapsible(false);
    m_resultsSplitter->addWidget(buildChartTabs());
    m_resultsSplitter->addWidget(buildResultTabs());
    m_resultsSplitter->setStretchFactor(0, 1);
    m_resultsSplitter->setStretchFactor(1, 1);
    m_splitter->addWidget(m_resultsSplitter);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // QScrollArea keeps the first size hint it is asked for, taken before the window is shown,
    // when labels are not laid out yet (Japanese ones then measure far wider than they end up,
    // which left an empty band beside the form and squeezed the charts). Once the window is up,
    // size the form column from what it needs now.
    QTimer::singleShot(0, this, [this] {
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() != 2 || !m_formScroll->widget())
            return;
        const int wanted = m_formScroll->widget()->sizeHint().width() + m_formScroll->verticalScrollBar()->sizeHint().width();
        const int form = std::clamp(wanted, m_formScroll->minimumWidth(), m_formScroll->maximumWidth());
        m_splitter->setSizes({form, sizes.at(0) + sizes.at(1) - form});
        fitResultsToTable();
    });

    setTabOrder(m_formScroll, m_chartTabs);
    setTabOrder(m_chartTabs, m_resultTabs);
    setTabOrder(m_resultTabs, m_table);
    followSession();
}

void ComparePage::followSession()
{
    // The session says when its language, prices and results change; the results are redrawn
    // once a change, after the lists that show names and prices are filled again.
    connect(m_session, &ComparisonSession::languageChanged, this, &ComparePage::followLanguage);
    connect(m_session, &ComparisonSession::pricesChanged, this, [this] {
        m_regionsStale = true; // the Regions tab lists the regions of the new books at once
    });
    connect(m_session, &ComparisonSession::resultsChanged, this, &ComparePage::updateResults);
    followLanguage(m_session->language());
    updateResults();
}

QWidget* ComparePage::buildFormColumn()
{
    // The workload and the options, scrolling when the window is short.
    auto* formColumn = new QWidget;
    auto* formLayout = new QVBoxLayout(formColumn);
    formLayout->setContentsMargins(8, 8, 8, 8);
    m_form = new WorkloadForm(m_session, formColumn);
    m_options = new OptionsPanel(m_session, formColumn);
    formLayout->addWidget(m_form);
    formLayout->addWidget(m_options);
    formLayout->addStretch();
    m_formScroll = new QScrollArea;
    m_formScroll->setWidget(formColumn);
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formScroll->setMinimumWidth(360);
    m_formScroll->setMaximumWidth(460);
    m_formScroll->setAccessibleName(tr("Workload and options"));
    return m_formScroll;
}

QWidget* ComparePage::buildChartTabs()
{
    m_chartTabs = new QTabWidget;
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->addTab(buildChartTab(Chart::Totals), Theme::icon(QStringLiteral("compare")), tr("T&otals"));
    m_chartTabs->addTab(buildChartTab(Chart::Breakdown), tr("&Breakdown"));
    m_chartTabs->addTab(buildChartTab(Chart::Scaling), tr("Sc&aling"));
    m_chartTabs->addTab(buildCapabilitiesTab(), tr("Capab&ilities"));
    m_chartTabs->setTabToolTip(0, ChartBuilder::totalsTitle());
    m_chartTabs->setTabToolTip(1, ChartBuilder::breakdownTitle());
    m_chartTabs->setTabToolTip(2, ChartBuilder::scalingTitle());
    m_chartTabs->setTabToolTip(3, ChartBuilder::capabilitiesTitle());
    m_regionsView = new RegionsView(m_session);
    m_chartTabs->addTab(m_regionsView, tr("Re&gions"));
    m_chartTabs->setTabToolTip(4, tr("Each option's monthly total in every region with prices"));
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < chartCount)
            ensureChart(Chart(index));
        else if (m_chartTabs->widget(index) == m_regionsView)
            m_regionsView->refresh();
    });
    return m_chartTabs;
}

QWidget* ComparePage::buildResultTabs()
{
    m_resultTabs = new QTabWidget;
    m_resultTabs->setAccessibleName(tr("Details"));
    m_resultTabs->setDocumentMode(true);
    m_resultTabs->addTab(buildTableTab(), tr("&Comparison"));
    m_storage = new StoragePanel(m_session);
    m_resultTabs->addTab(m_storage, Theme::icon(QStringLiteral("storage")), tr("&Storage"));
    m_security = new SecurityPanel(m_session);
    m_resultTabs->addTab(m_security, Theme::icon(QStringLiteral("security")), tr("Securit&y"));
    return m_resultTabs;
}

QWidget* ComparePage::buildTableTab()
{
    m_tableSplitter = new QSplitter(Qt::Vertical);
    m_table = new QTableView(m_tableSplitter);
    m_table->setAccessibleName(tr("Comparison table"));
    m_tableProxy = new ComparisonTableProxy(this);
    m_tableProxy->setSourceModel(m_model);
    m_table->setModel(m_tableProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::OptionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setWordWrap(false);
    // Tab leaves the table (the arrows move within it); the row under the cursor is the
    // option the editor shows.
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid() || m_syncingTable)
                    return;
                const QString id = current.data(ComparisonModel::OptionIdRole).toString();
                if (id.isEmpty() || id == m_options->currentOptionId())
                    return;
                m_options->selectOption(id);
                m_formScroll->ensureWidgetVisible(m_options->editor(), 0, 8);
            });
    m_notes = new QTextBrowser(m_tableSplitter);
    m_notes->setAccessibleName(tr("Notes on the options"));
    m_notes->setOpenExternalLinks(true);
    m_tableSplitter->addWidget(m_table);
    m_tableSplitter->addWidget(m_notes);
    m_tableSplitter->setStretchFactor(0, 3);
    m_tableSplitter->setStretchFactor(1, 2);
    return m_tableSplitter;
}

QChartView* ComparePage::newChartView(Chart which)
{
    auto* view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    view->setAccessibleName(which == Chart::Totals         ? ChartBuilder::totalsTitle()
                            : which == Chart::Breakdown    ? ChartBuilder::breakdownTitle()
                            : which == Chart::Capabilities ? ChartBuilder::capabilitiesTitle()
                                                           : ChartBuilder::scalingTitle());
    view->setFocusPolicy(Qt::NoFocus);
    ChartExport::installContextMenu(view); // Copy, Save as PNG/SVG
    m_views[int(which)] = view;
    return view;
}

QWidget* ComparePage::buildChartTab(Chart which)
{
    QChartView* view = newChartView(which);
    if (which != Chart::Scaling)
        return view;

    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    // The same sentence the report and the slides print under this chart.
    m_breakEven = new QLabel(tab);
    m_breakEven->setWordWrap(true);
    m_breakEven->setContentsMargins(8, 0, 8, 0);
    m_breakEven->setAccessibleName(tr("Where the lines cross"));
    layout->addWidget(m_breakEven);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(8, 0, 8, 4);
    auto* label = new QLabel(tr("Show up to"), tab);
    m_scalingRange = new TaskRangeSpinBox(tab);
    m_scalingRange->setAutomaticCount(Scaling::defaultRange(m_document->scenario().workload.tasks));
    label->setBuddy(m_scalingRange);
    row->addWidget(label);
    row->addWidget(m_scalingRange);
    row->addStretch();
    layout->addLayout(row);
    // The range is part of the scenario (saved with it, undoable, the same in the report).
    connect(m_scalingRange, &QSpinBox::valueChanged, this, [this](int tasks) { m_document->setScalingUpTo(tasks); });
    return tab;
}

QWidget* ComparePage::buildCapabilitiesTab()
{
    auto* tab = new QWidget;
    auto* layout = new QHBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(newChartView(Chart::Capabilities), 1);
    m_weightsBox = new QGroupBox(tr("Your weights"), tab);
    m_weightsBox->setToolTip(tr("How much each criterion counts in the ranking (0 = ignore)"));
    m_weightsBox->setMaximumWidth(250);
    new QFormLayout(m_weightsBox);
    layout->addWidget(m_weightsBox);
    return tab;
}

void ComparePage::rebuildWeights()
{
    auto* form = static_cast<QFormLayout*>(m_weightsBox->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const Criterion& c : m_catalog.criteria()) {
        auto* spin = new QSpinBox(m_weightsBox);
        spin->setRange(0, 5);
        spin->setValue(int(m_document->scenario().weight(c.id)));
        spin->setProperty("criterion", c.id);
        spin->setAccessibleName(tr("Weight of %1").arg(c.name.text(m_session->language())));
        spin->setToolTip(c.description.text(m_session->language()));
        auto* label = new QLabel(c.name.text(m_session->language()), m_weightsBox);
        label->setWordWrap(true);
        label->setBuddy(spin);
        form->addRow(label, spin);
        const QString id = c.id;
        // The weights are part of the scenario: saved with it, undoable, the same in the report.
        connect(spin, &QSpinBox::valueChanged, this, [this, id](int value) { m_document->setWeight(id, value); });
    }
}

// The weight and range fields show the scenario's values (after an undo, an open or a new
// comparison).
void ComparePage::syncScenarioFields()
{
    const Scenario& scenario = m_document->scenario();
    for (QSpinBox* spin : m_weightsBox->findChildren<QSpinBox*>()) {
        const int weight = int(scenario.weight(spin->property("criterion").toString()));
        if (spin->value() != weight) {
            const QSignalBlocker blocker(spin);
            spin->setValue(weight);
        }
    }
    if (m_scalingRange->value() != scenario.scalingUpTo) {
        const QSignalBlocker blocker(m_scalingRange);
        m_scalingRange->setValue(scenario.scalingUpTo);
    }
}

void ComparePage::followLanguage(Language language)
{
    m_style = Theme::chartStyle(language);
    m_regionsView->setChartStyle(m_style);
    rebuildWeights();
    // The results follow when the session has evaluated the scenario in the new language.
}

void ComparePage::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    m_regionsView->setChartStyle(style);
    updateResults();
}

void ComparePage::setDefaultRate(double perUsd)
{
    m_form->setDefaultRate(perUsd);
}

void ComparePage::fitResultsToTable()
{
    // The charts take what the details leave: the table shows every option (up to ten) and
    // the notes below it about as many lines, as long as the charts keep 380 px (the scaling
    // chart's money axis then has room for its title).
    const QList<int> outer = m_resultsSplitter->sizes();
    const QList<int> inner = m_tableSplitter->sizes();
    if (outer.size() != 2 || inner.size() != 2)
        return;
    const int rows = std::clamp(m_tableProxy->rowCount(), 4, 10);
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int tableWanted = m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight
                            + m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth();
    const int notesWanted = 9 * m_notes->fontMetrics().lineSpacing() + 2 * m_notes->frameWidth() + 8;
    const int tabBar = m_resultTabs->tabBar()->sizeHint().height();
    const int total = outer.at(0) + outer.at(1);
    const int details = std::min(total - 380, tabBar + tableWanted + notesWanted + m_tableSplitter->handleWidth());
    if (details <= outer.at(1))
        return;
    m_resultsSplitter->setSizes({total - details, details});
    const int room = details - tabBar - 6 - m_tableSplitter->handleWidth(); // 6: the tab page's frame
    const int table = std::min(tableWanted, room - notesWanted / 2);
    m_tableSplitter->setSizes({table, room - table});
}

bool ComparePage::eventFilter(QObject* watched, QEvent* event)
{
    // Focus coming into the table lands on the row of the option the editor shows (or the
    // first), so the focused row is always marked.
    // (A click marks the row clicked instead.)
    if (watched == m_table && event->type() == QEvent::FocusIn && m_tableProxy->rowCount() > 0
        && static_cast<QFocusEvent*>(event)->reason() != Qt::MouseFocusReason)
        selectTableRow(m_options->currentOptionId());
    return QWidget::eventFilter(watched, event);
}

void ComparePage::selectTableRow(const QString& optionId)
{
    int row = 0;
    for (int r = 0; r < m_tableProxy->rowCount(); ++r)
        if (m_tableProxy->index(r, ComparisonModel::OptionColumn).data(ComparisonModel::OptionIdRole).toString()
            == optionId)
            row = r;
    const QModelIndex index = m_tableProxy->index(row, ComparisonModel::OptionColumn);
    if (!index.isValid())
        return;
    m_syncingTable = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_syncingTable = false;
}

void ComparePage::scrollFormToTop()
{
    m_formScroll->verticalScrollBar()->setValue(0);
}

void ComparePage::showOption(const QString& optionId)
{
    m_options->selectOption(optionId);
    // The editor's top at the top of the column, so as much of it shows as fits.
    const int top = m_options->editor()->mapTo(m_formScroll->widget(), QPoint(0, 0)).y();
    m_formScroll->verticalScrollBar()->setValue(top - 8);
}

QChart* ComparePage::chart(Chart which)
{
    ensureChart(which);
    return m_views[int(which)]->chart();
}

const ScalingData& ComparePage::scalingData() const
{
    return m_session->scaling();
}

const RadarData& ComparePage::radarData() const
{
    return m_session->ranking();
}

void ComparePage::ensureChart(Chart which)
{
    if (!m_dirty[int(which)])
        return;
    m_dirty[int(which)] = false;
    switch (which) {
    case Chart::Totals: replaceChart(m_views[int(which)], ChartBuilder::totals(*m_model, m_style)); break;
    case Chart::Breakdown: replaceChart(m_views[int(which)], ChartBuilder::breakdown(*m_model, m_style)); break;
    case Chart::Scaling:
        replaceChart(m_views[int(which)], ChartBuilder::scaling(m_session->scaling(), m_style));
        m_breakEven->setText(m_session->breakEvenSentence(m_style.locale));
        break;
    case Chart::Capabilities: rebuildCapabilities(); break;
    }
}

QChartView* ComparePage::chartView(Chart which) const
{
    return m_views[int(which)];
}

void ComparePage::rebuildCapabilities()
{
    m_dirty[int(Chart::Capabilities)] = false;
    replaceChart(m_views[int(Chart::Capabilities)], ChartBuilder::capabilities(m_session->ranking(), m_style));
}

void ComparePage::updateResults()
{
    m_scalingRange->setAutomaticCount(Scaling::defaultRange(m_document->scenario().workload.tasks));
    syncScenarioFields();
    updateColumns();
    updateNotes();
    // Only the chart on show is drawn now: an edit must redraw within a frame, and the
    // scaling chart alone evaluates the scenario dozens of times.
    for (bool& dirty : m_dirty)
        dirty = true;
    const int current = m_chartTabs->currentIndex();
    if (current >= 0 && current < chartCount)
        ensureChart(Chart(current));
    else if (m_chartTabs->currentWidget() == m_regionsView)
        m_regionsStale = true;
    if (m_regionsStale)
        m_regionsView->refresh();
    m_regionsStale = false;
}

void ComparePage::updateColumns()
{
    // Only the kinds of charge some option has; USD beside the total when it is not the display currency.
    for (int column = 0; column < ComparisonModel::ColumnCount; ++column) {
        bool show = true;
        if (ComparisonModel::kindOfColumn(column)) {
            show = false;
            for (int row = 0; row < m_model->rowCount() && !show; ++row) {
                const QModelIndex cell = m_model->index(row, column);
                show = cell.data(ComparisonModel::RawValueRole).toDouble() != 0
                       || !cell.data(ComparisonModel::KnownRole).toBool();
            }
        } else if (column == ComparisonModel::TotalUsdColumn) {
            show = m_model->currency().code != u"USD";
        }
        m_table->setColumnHidden(column, !show);
    }
}

void ComparePage::updateNotes()
{
    const Comparison& comparison = m_model->comparison();
    QString html;
    for (const OptionResult& option : comparison.options) {
        if (option.notes.isEmpty())
            continue;
        html += QStringLiteral("<p style='margin:4px 0 0 0'><b>") + escaped(option.label) + QStringLiteral("</b></p><ul style='margin:0'>");
        for (const Note& note : option.notes) {
            const QString mark = noteMark(note.level) + QLatin1Char(' ');
            QString color;
            switch (note.level) {
            case NoteLevel::Unavailable: color = Theme::bad().name(); break;
            case NoteLevel::Warning: color = Theme::warning().name(); break;
            case NoteLevel::Info: break;
            }
            html += QStringLiteral("<li>") + mark
                    + (color.isEmpty() ? escaped(note.text)
                                       : QStringLiteral("<span style='color:%1'>%2</span>").arg(color, escaped(note.text)))
                    + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>") + tr("No notes: every figure comes straight from a confirmed price.") + QStringLiteral("</p>");
    m_notes->setHtml(html);
    int warnings = 0;
    for (const OptionResult& option : comparison.options)
        for (const Note& note : option.notes)
            warnings += note.level != NoteLevel::Info ? 1 : 0;
    m_resultTabs->setTabText(0, warnings > 0 ? tr("&Comparison (⚠ %1)").arg(warnings) : tr("&Comparison"));
}
