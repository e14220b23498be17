#include "ExportActions.h"

#include "ComparisonExport.h"
#include "ActionText.h"
#include "ComparisonSession.h"
#include "PresentationWindow.h"
#include "ReportData.h"
#include "ScenarioDocument.h"
#include "Settings.h"
#include "SlideRenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace {

const char* const actionsObjectName = "exportActions";

QString pageSizeId(QPageSize::PageSizeId id)
{
    return id == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

// Letter where it is the norm (the Americas' letter-size countries), A4 elsewhere.
QPageSize::PageSizeId localPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace

ExportActions* ExportActions::of(const QWidget* window)
{
    return window ? window->findChild<ExportActions*>(QLatin1String(actionsObjectName),
                                                      Qt::FindDirectChildrenOnly)
                  : nullptr;
}

ExportActions::ExportActions(ComparisonSession* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
    setObjectName(QLatin1String(actionsObjectName));
    const QString size = Settings::reportPageSize();
    m_page.size = size == u"Letter" ? QPageSize::Letter : size == u"A4" ? QPageSize::A4 : localPageSize();
    m_page.orientation = Settings::reportLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait;
    createActions();
}

QList<QAction*> ExportActions::exportActions() const
{
    return {m_exportPdf, m_exportSlides, m_exportCsv, m_copyTable};
}

QList<QAction*> ExportActions::printActions() const
{
    return {m_pageSetup, m_printPreview, m_print};
}

QList<QAction*> ExportActions::shortcutActions() const
{
    return {m_exportPdf, m_copyTable, m_print, m_present};
}

void ExportActions::createActions()
{
    m_exportPdf = new QAction(this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        const QString name =
            askSaveFile(tr("Export PDF"), suggestedName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
        if (name.isEmpty())
            return;
        QString error;
        report(tr("Export PDF"), exportPdf(name, &error), error);
    });

    m_exportSlides = new QAction(this);
    m_exportSlides->setObjectName(QStringLiteral("exportSlidesAction"));
    connect(m_exportSlides, &QAction::triggered, this, [this] {
        const QString name =
            askSaveFile(tr("Export Slides"), suggestedName(tr("-slides") + QStringLiteral(".pdf")),
                        tr("PDF files (*.pdf)"));
        if (name.isEmpty())
            return;
        QString error;
        report(tr("Export Slides"), exportSlides(name, &error), error);
    });

    m_exportCsv = new QAction(this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString name =
            askSaveFile(tr("Export CSV"), suggestedName(QStringLiteral(".csv")), tr("CSV files (*.csv)"));
        if (name.isEmpty())
            return;
        QString error;
        report(tr("Export CSV"), exportCsv(name, &error), error);
    });

    m_copyTable = new QAction(this);
    m_copyTable->setObjectName(QStringLiteral("copyTableAction"));
    m_copyTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyTable, &QAction::triggered, this, &ExportActions::copyTable);

    m_pageSetup = new QAction(this);
    m_pageSetup->setObjectName(QStringLiteral("pageSetupAction"));
    connect(m_pageSetup, &QAction::triggered, this, &ExportActions::pageSetup);

    m_printPreview = new QAction(this);
    m_printPreview->setObjectName(QStringLiteral("printPreviewAction"));
    connect(m_printPreview, &QAction::triggered, this, &ExportActions::printPreview);

    m_print = new QAction(this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);

    m_present = new QAction(this);
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_present, &QAction::triggered, this, [this] { present(true); });

    retranslate();
    // The session can switch language while it runs; the actions follow.
    connect(m_session, &ComparisonSession::languageChanged, this, &ExportActions::retranslate);
}

void ExportActions::retranslate()
{
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportPdf->setStatusTip(tr("Write the comparison as a PDF handout"));
    m_exportSlides->setText(tr("Export S&lides…"));
    m_exportSlides->setStatusTip(tr("Write the presentation's slides as a 16:9 PDF"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportCsv->setStatusTip(tr("Save the comparison table as CSV: plain numbers, units in the headers"));
    m_copyTable->setText(tr("Copy &Table"));
    m_copyTable->setStatusTip(tr("Copy the comparison as a table that pastes into a spreadsheet"));
    m_pageSetup->setText(tr("Page Set&up…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    m_print->setText(tr("Pr&int…"));
    m_present->setText(tr("&Present"));
    m_present->setStatusTip(tr("Show the comparison as full-screen slides (Esc leaves, E edits live)"));
    m_present->setToolTip(tr("Present the comparison full screen (F5)"));
    for (QAction* onToolbar : {m_present, m_exportPdf})
        onToolbar->setIconText(ActionText::toolbarText(onToolbar->text()));
}

void ExportActions::setPage(const ReportPage& page)
{
    m_page = page;
    Settings::setReportPageSize(pageSizeId(page.size));
    Settings::setReportLandscape(page.orientation == QPageLayout::Landscape);
}

std::unique_ptr<ReportData> ExportActions::reportData() const
{
    return std::make_unique<ReportData>(*m_session);
}

bool ExportActions::exportPdf(const QString& fileName, QString* errorMessage)
{
    const std::unique_ptr<ReportData> data = reportData();
    ReportWriter writer(*data, m_page);
    return writer.writePdf(fileName, errorMessage);
}

bool ExportActions::exportSlides(const QString& fileName, QString* errorMessage)
{
    const std::unique_ptr<ReportData> data = reportData();
    const SlideRenderer slides(*data);
    return slides.writePdf(fileName, errorMessage);
}

bool ExportActions::exportCsv(const QString& fileName, QString* errorMessage)
{
    const QByteArray bytes =
        ComparisonExport::toCsv(m_session->comparison(), m_session->document()->scenario().currency);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}

void ExportActions::copyTable()
{
    // Tab-separated: every spreadsheet splits it into cells on paste.
    const QByteArray table = ComparisonExport::toCsv(
        m_session->comparison(), m_session->document()->scenario().currency, QLatin1Char('\t'));
    auto* mime = new QMimeData;
    mime->setText(QString::fromUtf8(table));
    mime->setData(QStringLiteral("text/tab-separated-values"), table);
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Comparison copied as a table"), 4000);
}

PresentationWindow* ExportActions::presentation() const
{
    return m_presentation;
}

PresentationWindow* ExportActions::present(bool fullScreen)
{
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return m_presentation;
    }
    auto* show = new PresentationWindow(m_session);
    show->setAttribute(Qt::WA_DeleteOnClose);
    // The presentation closes with the window it belongs to; it follows the session itself.
    connect(m_window, &QObject::destroyed, show, &QWidget::close);
    m_presentation = show;
    if (fullScreen) {
        show->present(m_window);
    } else {
        show->resize(1280, 720);
        show->show();
        show->setFocus();
    }
    return show;
}

QString ExportActions::suggestedName(const QString& suffix) const
{
    const ScenarioDocument* document = m_session->document();
    QString base = document->fileName().isEmpty() ? document->displayName()
                                                  : QFileInfo(document->fileName()).completeBaseName();
    base.replace(QLatin1Char('/'), QLatin1Char('-'));
    return base + suffix;
}

QString ExportActions::askSaveFile(const QString& caption, const QString& suggested, const QString& filter)
{
    if (!m_nextFileNames.isEmpty())
        return m_nextFileNames.takeFirst();
    const QString name =
        QFileDialog::getSaveFileName(m_window, caption, QDir(Settings::exportFolder()).filePath(suggested), filter);
    if (!name.isEmpty())
        Settings::setExportFolder(QFileInfo(name).absolutePath());
    return name;
}

void ExportActions::report(const QString& title, bool ok, const QString& errorMessage)
{
    if (ok) {
        emit statusMessage(tr("%1: done").arg(title), 4000);
        return;
    }
    QMessageBox::warning(m_window, title, errorMessage);
}

void ExportActions::printTo(QPrinter* printer)
{
    const std::unique_ptr<ReportData> data = reportData();
    ReportWriter writer(*data, m_page);
    writer.print(printer);
}

void ExportActions::pageSetup()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_page.layout());
    QPageSetupDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportPage page;
    page.size = printer.pageLayout().pageSize().id() == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    page.orientation = printer.pageLayout().orientation();
    setPage(page);
}

void ExportActions::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_page.layout());
    printer.setDocName(m_session->document()->displayName());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { printTo(p); });
    dialog.resize(m_window->size() * 0.9);
    dialog.exec();
}

void ExportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_page.layout());
    printer.setDocName(m_session->document()->displayName());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}
