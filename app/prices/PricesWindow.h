#pragma once

#include "PriceBook.h"
#include "PriceListDownloader.h"

#include <QDialog>
#include <QStringList>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableWidget;

// Tools → Prices…: every region with a price book (and every region the Price List's region
// indexes list, once they were read), with its book's origin, as-of date, counts and estimates.
// Update selected downloads the regions' offer files from the base URL with a progress dialog
// and Cancel; Import files… reads offer files from disk (also dropped on the window); Reset to
// shipped removes the imported book of the selected regions.
class PricesWindow : public QDialog
{
    Q_OBJECT
public:
    explicit PricesWindow(QWidget* parent = nullptr);

    // The books as they are now: the shipped ones with the imported ones merged over them.
    const PriceBooks& books() const { return m_books; }
    void reload();

    QTableWidget* table() const { return m_table; }
    QLineEdit* baseUrlEdit() const { return m_baseUrl; }
    QLineEdit* otherRegionsEdit() const { return m_otherRegions; }
    QPushButton* updateButton() const { return m_update; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* statusLabel() const { return m_status; }
    QProgressDialog* progressDialog() const { return m_progress; }
    PriceListDownloader* downloader() const { return m_downloader; }
    // The regions the table has selected and the ones typed beside it.
    QStringList chosenRegions() const;
    void importFiles(const QStringList& paths);

signals:
    // The books changed (an update, an import or a reset).
    void pricesChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QTableWidget* buildTable();
    QHBoxLayout* buildButtons();
    void connectDownloader();
    void update();
    void resetSelected();
    void updateFinished(bool ok, const QString& message);
    void showProgress(const PriceDownloadProgress& p);

    PriceBooks m_books;
    QStringList m_listed; // regions the region indexes list
    QTableWidget* m_table = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_otherRegions = nullptr;
    QPushButton* m_update = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_reset = nullptr;
    QLabel* m_status = nullptr;
    QProgressDialog* m_progress = nullptr;
    PriceListDownloader* m_downloader = nullptr;
};
