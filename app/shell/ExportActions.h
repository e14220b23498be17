#pragma once

#include "ReportWriter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ComparisonSession;
class PresentationWindow;
class ReportData;
class QAction;
class QPrinter;

// A comparison's way out: Export PDF…, Export Slides…, Export CSV…, Copy Table, Page Setup…,
// Print Preview…, Print… and Present (F5). It reads one session and hands its actions up: the
// window that owns it puts them into its menus and tool bar, and shows its status messages.
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    // The actions for session's comparison; window is the parent of its dialogs and of this.
    ExportActions(ComparisonSession* session, QWidget* window);
    // The instance made for window, if any.
    static ExportActions* of(const QWidget* window);

    // Where they go: the export group and the print group (File), Present (View, tool bar).
    QList<QAction*> exportActions() const;
    QList<QAction*> printActions() const;
    // The actions with a shortcut that must work wherever the focus is in the window.
    QList<QAction*> shortcutActions() const;

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

signals:
    // A short message for the window's status bar ("Export PDF: done").
    void statusMessage(const QString& text, int timeoutMs);

private:
    void createActions();
    void retranslate();
    QString askSaveFile(const QString& caption, const QString& suggested, const QString& filter);
    void report(const QString& title, bool ok, const QString& errorMessage);
    void printTo(QPrinter* printer);
    void pageSetup();
    void printPreview();
    void print();
    QString suggestedName(const QString& suffix) const;

    ComparisonSession* m_session;
    QWidget* m_window;
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
