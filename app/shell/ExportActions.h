#pragma once

#include "ReportWriter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class MainWindow;
class PresentationWindow;
class ReportData;
class QAction;
class QPrinter;

// The window's way out for a comparison: File → Export PDF…, Export Slides…, Export CSV…,
// Copy Table, Page Setup…, Print Preview…, Print…, and View → Present (F5); plus Copy and
// Save as PNG/SVG on every chart of the Compare page. Installed on a main window through its
// public accessors, so the window itself knows nothing about reports.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    // Adds the actions to window's menus and tool bar; the returned object lives as long as
    // the window.
    static ExportActions* install(MainWindow* window);
    // The instance installed on window, if any.
    static ExportActions* of(const MainWindow* window);

    QAction* exportPdfAction() const { return m_exportPdf; }
    QAction* exportSlidesAction() const { return m_exportSlides; }
    QAction* exportCsvAction() const { return m_exportCsv; }
    QAction* copyTableAction() const { return m_copyTable; }
    QAction* pageSetupAction() const { return m_pageSetup; }
    QAction* printPreviewAction() const { return m_printPreview; }
    QAction* printAction() const { return m_print; }
    QAction* presentAction() const { return m_present; }
    PresentationWindow* presentation() const;

    // The paper the report is laid out for (remembered in the settings).
    ReportPage page() const { return m_page; }
    void setPage(const ReportPage& page);

    // The work behind the actions, without dialogs (tests and scripts). Each returns false and
    // sets errorMessage when the file could not be written.
    bool exportPdf(const QString& fileName, QString* errorMessage);
    bool exportSlides(const QString& fileName, QString* errorMessage);
    bool exportCsv(const QString& fileName, QString* errorMessage);
    void copyTable();
    // Opens the slide show of the current document; returns it.
    PresentationWindow* present(bool fullScreen = true);
    // The report of the current document, as the exports and the printer get it.
    std::unique_ptr<ReportData> reportData() const;

    // The next file dialog's answer (tests); an empty list: ask the user.
    void setNextFileName(const QString& fileName) { m_nextFileNames << fileName; }

private:
    explicit ExportActions(MainWindow* window);
    void createActions();
    void installChartMenus();
    void retranslate();
    QString askSaveFile(const QString& caption, const QString& suggested, const QString& filter);
    void report(const QString& title, bool ok, const QString& errorMessage);
    void printTo(QPrinter* printer);
    void pageSetup();
    void printPreview();
    void print();
    QString suggestedName(const QString& suffix) const;

    MainWindow* m_window;
    ReportPage m_page;
    QPointer<PresentationWindow> m_presentation;
    QStringList m_nextFileNames;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportSlides = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_copyTable = nullptr;
    QAction* m_pageSetup = nullptr;
    QAction* m_printPreview = nullptr;
    QAction* m_print = nullptr;
    QAction* m_present = nullptr;
};
