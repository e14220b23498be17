#pragma once

#include "Catalog.h"
#include "ChartBuilder.h"
#include "Localized.h"
#include "PriceBook.h"
#include "ComparisonSession.h"
#include "RegionComparison.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class ComparisonSession;

// The Compare page's Regions tab: the current workload's monthly total per enabled option in
// every region that has a price book, cheapest region first, the cheapest region of each option
// in bold and the cheapest pair overall named above; unknown and unavailable shown as such.
// "Show" turns the table into horizontal bars of one option across the regions (ChartBuilder).
class RegionsView : public QWidget
{
    Q_OBJECT
public:
    // Shows the session's regions (ComparisonSession::regions) in its language.
    explicit RegionsView(const ComparisonSession* session, QWidget* parent = nullptr);

    void setChartStyle(const ChartStyle& style);
    // Shows the session's figures as they now are.
    void refresh();
    const RegionComparison& regions() const;
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    // What is shown: the table (empty id) or the chart of one option.
    QComboBox* showBox() const { return m_show; }
    void showChart(const QString& optionId);
    QChartView* chartView() const { return m_chartView; }
    // Under the chart: the regions where the option has no bar, and why.
    QLabel* notPriced() const { return m_notPriced; }

private:
    void fillShowBox();
    void fillTable();
    void updateChart();

    const ComparisonSession* m_session;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_show = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_notPriced = nullptr;
    ChartStyle m_style = ChartStyle::forTheme(false);
    QString m_chartOption; // empty: the table
    bool m_tableStale = true;
    bool m_chartFresh = false; // the chart on show was made with the current style
};
