#pragma once

#include "ChartBuilder.h"

#include <QMap>
#include <QWidget>

class ComparisonModel;
class ComparisonSession;
class ComparisonTableProxy;
class NumberField;
class OptionsPanel;
class ScenarioDocument;
class SecurityPanel;
class StoragePanel;
class WorkloadForm;
class QChart;
class QChartView;
class QLabel;
class QScrollArea;
class QSpinBox;
class TaskRangeSpinBox;
class QSplitter;
class QTabWidget;
class RegionsView;
class QTableView;
class QTextBrowser;

// The start page: the workload and the options on the left, the answer on the right (charts,
// the comparison table with its notes, storage and security), redrawn after every edit.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)

public:
    enum class Chart { Totals, Breakdown, Scaling, Capabilities };
    static constexpr int chartCount = 4;

    // Shows the session: redrawn after every change of its results, in its language.
    explicit ComparePage(ComparisonSession* session, QWidget* parent = nullptr);

    void setChartStyle(const ChartStyle& style);
    void setDefaultRate(double perUsd);

    // Rebuilds the table's column set, the notes and the chart on show from the session's
    // results; the other charts are rebuilt when they are shown or asked for.
    void updateResults();

    // The chart as it stands for the current comparison (rebuilt first when out of date).
    QChart* chart(Chart which);
    QChartView* chartView(Chart which) const;
    QTabWidget* chartTabs() const { return m_chartTabs; }
    QTabWidget* resultTabs() const { return m_resultTabs; }
    // The Regions tab beside the charts: the workload in every region with prices.
    RegionsView* regionsView() const { return m_regionsView; }
    QTableView* comparisonTable() const { return m_table; }
    QTextBrowser* notesView() const { return m_notes; }
    WorkloadForm* workloadForm() const { return m_form; }
    OptionsPanel* optionsPanel() const { return m_options; }
    StoragePanel* storagePanel() const { return m_storage; }
    SecurityPanel* securityPanel() const { return m_security; }

    // Selects an option and scrolls its editor into view.
    void showOption(const QString& optionId);
    // The form from its top (Title, Region), as after opening a file.
    void scrollFormToTop();
    QScrollArea* formScrollArea() const { return m_formScroll; }
    TaskRangeSpinBox* scalingRangeBox() const { return m_scalingRange; }

    // What the charts were built from (the session's), for image export.
    const ScalingData& scalingData() const;
    // The break-even sentence shown under the scaling chart.
    QLabel* breakEvenLabel() const { return m_breakEven; }
    const RadarData& radarData() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectTableRow(const QString& optionId);
    void fitResultsToTable();
    QWidget* buildFormColumn();
    QWidget* buildChartTabs();
    QWidget* buildResultTabs();
    QWidget* buildTableTab();
    void followSession();
    QChartView* newChartView(Chart which);
    QWidget* buildChartTab(Chart which);
    QWidget* buildCapabilitiesTab();
    void rebuildWeights();
    void syncScenarioFields();
    void updateNotes();
    void updateColumns();
    void rebuildCapabilities();
    void ensureChart(Chart which);
    // The session's language changed: the chart style, the lists and the weights follow it.
    void followLanguage(Language language);

    ComparisonSession* m_session;
    ScenarioDocument* m_document;
    ComparisonModel* m_model;
    const Catalog& m_catalog;
    ChartStyle m_style;
    bool m_dirty[chartCount] = {true, true, true, true};
    bool m_syncingTable = false;
    bool m_regionsStale = false; // the Regions tab is refreshed with the next results

    QSplitter* m_splitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QSplitter* m_tableSplitter = nullptr;
    QScrollArea* m_formScroll = nullptr;
    WorkloadForm* m_form = nullptr;
    OptionsPanel* m_options = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    RegionsView* m_regionsView = nullptr;
    QChartView* m_views[chartCount] = {};
    TaskRangeSpinBox* m_scalingRange = nullptr;
    QLabel* m_breakEven = nullptr;   // the break-even sentence under the scaling chart
    QWidget* m_weightsBox = nullptr;
    QTabWidget* m_resultTabs = nullptr;
    QTableView* m_table = nullptr;
    ComparisonTableProxy* m_tableProxy = nullptr;
    QTextBrowser* m_notes = nullptr;
    StoragePanel* m_storage = nullptr;
    SecurityPanel* m_security = nullptr;
};
