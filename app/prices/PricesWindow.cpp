#include "PricesWindow.h"

#include "OfferFileReader.h"
#include "PriceBookStore.h"
#include "PriceListMapping.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {


QString duration(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("?");
    const qint64 s = qint64(seconds + 0.5);
    return s >= 60 ? PricesWindow::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : PricesWindow::tr("%1 s").arg(s);
}

} // namespace

PricesWindow::PricesWindow(QWidget* parent) : QDialog(parent), m_downloader(new PriceListDownloader(this))
{
    setWindowTitle(tr("Prices"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every region with a price book. Select regions and update them from the AWS Price List, "
                                "import offer files you downloaded (or drop them here), or go back to the shipped prices."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(buildTable(), 1);

    auto* form = new QFormLayout;
    m_otherRegions = new QLineEdit(this);
    m_otherRegions->setPlaceholderText(tr("ap-northeast-3, eu-central-1, …"));
    form->addRow(tr("Also update:"), m_otherRegions);
    m_baseUrl = new QLineEdit(Settings::priceListBaseUrl(), this);
    m_baseUrl->setToolTip(tr("Where the offer files come from: AWS, or a mirror of its files"));
    form->addRow(tr("Price List address:"), m_baseUrl);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addLayout(buildButtons());
    connectDownloader();
    resize(860, 520);
    reload();
}

QTableWidget* PricesWindow::buildTable()
{
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Price books by region"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Region"), tr("Name"), tr("Origin"), tr("As of"), tr("Prices"), tr("Instance types"), tr("Estimates")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return m_table;
}

// Update, Import and Reset on the left, Close on the right.
QHBoxLayout* PricesWindow::buildButtons()
{
    auto* buttons = new QHBoxLayout;
    m_update = new QPushButton(tr("&Update selected"), this);
    m_import = new QPushButton(tr("&Import files…"), this);
    m_reset = new QPushButton(tr("&Reset to shipped"), this);
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_update);
    buttons->addWidget(m_import);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    buttons->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_update, &QPushButton::clicked, this, &PricesWindow::update);
    connect(m_reset, &QPushButton::clicked, this, &PricesWindow::resetSelected);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import AWS Price List offer files"), QString(),
                                                                tr("Offer files (*.json);;All files (*)"));
        if (!files.isEmpty())
            importFiles(files);
    });
    return buttons;
}

void PricesWindow::connectDownloader()
{
    connect(m_downloader, &PriceListDownloader::progress, this, &PricesWindow::showProgress);
    connect(m_downloader, &PriceListDownloader::finished, this, &PricesWindow::updateFinished);
    connect(m_downloader, &PriceListDownloader::regionsListed, this, [this](const QStringList& regions) {
        m_listed = regions;
    });
    connect(m_downloader, &PriceListDownloader::regionFinished, this, [this](const RegionUpdate& u) {
        if (u.outcome == RegionUpdate::Updated)
            reload();
    });
}

void PricesWindow::reload()
{
    const QStringList selected = chosenRegions();
    QStringList problems;
    m_books = PriceBookStore::effective(PriceBooks::shipped(), &problems);
    QStringList imported;
    for (const PriceBook& book : PriceBookStore::importedBooks())
        imported << book.region;
    QStringList regions = m_books.regions();
    for (const QString& region : std::as_const(m_listed))
        if (!regions.contains(region))
            regions << region;
    regions.sort();
    m_table->setRowCount(int(regions.size()));
    for (int r = 0; r < regions.size(); ++r) {
        const QString& region = regions.at(r);
        const PriceBook* book = m_books.region(region);
        const bool shipped = PriceBooks::shipped().region(region) != nullptr;
        QString origin = !book ? tr("no prices yet")
                         : imported.contains(region) ? (shipped ? tr("imported over shipped") : tr("imported"))
                                                     : tr("shipped");
        const QStringList cells{region,
                                book ? book->regionName.en : QString(),
                                origin,
                                book ? book->newestDate() : QString(),
                                book ? QString::number(book->prices.size()) : QString(),
                                book ? QString::number(book->instanceTypes.size()) : QString(),
                                book ? QString::number(book->estimateCount()) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (selected.contains(region))
            m_table->selectRow(r);
    }
    if (!problems.isEmpty())
        m_status->setText(problems.join(QLatin1Char('\n')));
}

QStringList PricesWindow::chosenRegions() const
{
    QStringList regions;
    if (m_table && m_table->selectionModel())
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
            regions << m_table->item(index.row(), 0)->text();
    if (m_otherRegions)
        for (const QString& r : m_otherRegions->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!regions.contains(r.trimmed()))
                regions << r.trimmed();
    return regions;
}

void PricesWindow::update()
{
    const QStringList regions = chosenRegions();
    if (regions.isEmpty()) {
        m_status->setText(tr("Select the regions to update, or type their codes."));
        return;
    }
    const QUrl base(m_baseUrl->text().trimmed());
    if (!base.isValid() || base.isRelative()) {
        m_status->setText(tr("The Price List address “%1” is not a URL.").arg(m_baseUrl->text()));
        return;
    }
    Settings::setPriceListBaseUrl(base.toString());
    m_downloader->setBaseUrl(base);
    m_progress = new QProgressDialog(tr("Reading the offer index…"), tr("Cancel"), 0, 1000, this);
    m_progress->setWindowTitle(tr("Updating prices"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setWindowModality(Qt::WindowModal);
    connect(m_progress, &QProgressDialog::canceled, m_downloader, &PriceListDownloader::cancel);
    m_progress->show();
    m_update->setEnabled(false);
    m_status->setText(tr("Updating %1…").arg(regions.join(QStringLiteral(", "))));
    m_downloader->start(regions);
}

void PricesWindow::showProgress(const PriceDownloadProgress& p)
{
    if (!m_progress || p.url.isEmpty())
        return;
    const QString size = p.fileTotal >= 0 ? tr("%1 of %2 MB").arg(p.fileBytes / 1e6, 0, 'f', 1).arg(p.fileTotal / 1e6, 0, 'f', 1)
                                          : tr("%1 MB").arg(p.fileBytes / 1e6, 0, 'f', 1);
    m_progress->setLabelText(tr("File %1 of %2: %3\n%4, %5 MB/s, %6 left (all files: %7 left)")
                                 .arg(p.file)
                                 .arg(p.files)
                                 .arg(QUrl(p.url).fileName().isEmpty() ? p.url : p.url.section(QLatin1Char('/'), -4))
                                 .arg(size)
                                 .arg(p.bytesPerSecond / 1e6, 0, 'f', 2)
                                 .arg(duration(p.fileSecondsLeft), duration(p.secondsLeft)));
    m_progress->setValue(p.fileTotal > 0 ? int(1000 * p.fileBytes / p.fileTotal) : 0);
}

void PricesWindow::updateFinished(bool ok, const QString& message)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_update->setEnabled(true);
    QStringList lines;
    for (const RegionUpdate& u : m_downloader->results()) {
        switch (u.outcome) {
        case RegionUpdate::Updated:
            lines << tr("%1: updated").arg(u.region);
            for (const QString& change : u.changes.mid(0, 12))
                lines << QStringLiteral("    ") + change;
            if (u.changes.size() > 12)
                lines << tr("    … and %1 more (%2)").arg(u.changes.size() - 12).arg(PriceListDownloader::changesFile(u.region));
            break;
        case RegionUpdate::Unchanged: lines << tr("%1: unchanged (nothing new since the last update)").arg(u.region); break;
        case RegionUpdate::Failed: lines << u.message; break;
        }
    }
    if (!ok && message.startsWith(QStringLiteral("cancelled")))
        lines << tr("Cancelled: the region being updated keeps its prices.");
    else if (!ok && lines.isEmpty())
        lines << message;
    m_status->setText(lines.join(QLatin1Char('\n')));
    reload();
    emit pricesChanged();
}

void PricesWindow::resetSelected()
{
    QStringList lines;
    for (const QString& region : chosenRegions()) {
        QString problem;
        if (PriceBookStore::reset(region, &problem))
            lines << tr("%1: back to the shipped prices").arg(region);
        else if (!problem.isEmpty())
            lines << problem;
        QFile::remove(PriceListDownloader::recordsFile(region));
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    reload();
    emit pricesChanged();
}

void PricesWindow::importFiles(const QStringList& paths)
{
    // Every file is read before anything is written: one bad file changes nothing.
    const PriceListMapping& mapping = PriceListMapping::builtin();
    QMap<QString, std::optional<PriceBook>> books;
    QStringList lines;
    for (const QString& path : paths) {
        LoadError error;
        const std::optional<OfferImport> offer = OfferFileReader::readFile(path, mapping, &error);
        if (!offer) {
            m_status->setText(error.toString() + tr("\nNothing was imported."));
            return;
        }
        if (!books.contains(offer->region)) {
            LoadError bookError;
            books.insert(offer->region, PriceBookStore::importedBook(offer->region, &bookError));
        }
        books[offer->region] = PriceBookStore::applyImport(books.value(offer->region), *offer,
                                                           mapping.japaneseRegionName(offer->region));
        lines << tr("%1: %2 %3 version %4: %5 prices, %6 instance types")
                     .arg(QFileInfo(path).fileName(), offer->offerCode, offer->region, offer->version)
                     .arg(offer->prices.size())
                     .arg(offer->instanceTypes.size());
    }
    for (const std::optional<PriceBook>& book : std::as_const(books)) {
        QString problem;
        if (!PriceBookStore::write(*book, &problem)) {
            m_status->setText(problem);
            return;
        }
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    reload();
    emit pricesChanged();
}

void PricesWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PricesWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty())
        importFiles(paths);
}
