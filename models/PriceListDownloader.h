#pragma once

#include "OfferFileReader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;
class QThread;
class OfferPipe;

// Progress of an update: the file being fetched and the whole update.
struct PriceDownloadProgress
{
    QString url;                 // the file being fetched
    int file = 0;                // its number, from 1
    int files = 0;               // files known so far (region offer files; grows as indexes arrive)
    qint64 fileBytes = 0;        // bytes of this file received
    qint64 fileTotal = -1;       // its Content-Length, -1 unknown
    qint64 totalBytes = 0;       // bytes received by the whole update
    double bytesPerSecond = 0;   // over the whole update
    double fileSecondsLeft = -1; // -1 unknown
    double secondsLeft = -1;     // the whole update, estimated from the files seen so far; -1 unknown
};

// What became of one region.
struct RegionUpdate
{
    enum Outcome { Updated, Unchanged, Failed };
    QString region;
    Outcome outcome = Failed;
    QStringList lines;           // one per offer file: "AmazonECS ap-northeast-3 version … : prices 9"
    QStringList changes;         // prices that changed: "fargate.linux-x86.vcpu-hour: 0.05056 → 0.07 USD/vCPU-hour (+38.4 %)"
    QString message;             // why it failed (names the URL and the HTTP status)
};

// One offer file's download record, kept next to the imported book so that an unchanged file is
// not downloaded again (If-None-Match / If-Modified-Since).
struct DownloadRecord
{
    QString offerCode;
    QString url;
    QString etag;
    QString lastModified;
    QString version;
    QString publicationDate;
};

// Fetches AWS Price List offer files with QNetworkAccessManager and imports them as they arrive:
// the offer index, each mapped offer's region_index.json, then each chosen region's offer file,
// whose bytes go straight into OfferFileReader (on a reader thread) as they come in — the file is
// never in memory whole and touches the disk only when a keep-downloads folder is set. A region's
// book is written (atomically, through PriceBookStore) only when every one of its files was read
// whole; any failure or a cancel leaves it exactly as it was.
class PriceListDownloader : public QObject
{
    Q_OBJECT
public:
    explicit PriceListDownloader(QObject* parent = nullptr);
    ~PriceListDownloader() override;

    static QString defaultBaseUrl(); // https://pricing.us-east-1.amazonaws.com
    void setBaseUrl(const QUrl& url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    // A folder where every fetched file is also written, under its path in the Price List
    // (the folder then serves as a mirror: --base-url file:///DIR). Empty: nothing kept.
    void setKeepDownloads(const QString& directory) { m_keep = directory; }
    // No byte for this long fails the file (milliseconds).
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Regions to update; all: every AWS Region the region indexes list.
    void start(const QStringList& regions, bool all = false);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<RegionUpdate>& results() const { return m_results; }

    // The URL of the offer index under a base URL.
    static QUrl offerIndexUrl(const QUrl& base);
    // Where the download records of a region are kept: prices/<region>.downloads.
    static QString recordsFile(const QString& region);
    static QList<DownloadRecord> records(const QString& region);
    // The prices the last update of a region changed: prices/<region>.changes (JSON).
    static QString changesFile(const QString& region);
    // before → after, key by key (prices and instance types); new and removed keys included.
    static QJsonArray changedPrices(const PriceBook& before, const PriceBook& after);

signals:
    // Every AWS Region the region indexes list (Local and Wavelength Zones left out), sorted.
    void regionsListed(const QStringList& regions);
    void progress(const PriceDownloadProgress& progress);
    void fileFinished(const QString& url, const QString& line);
    void regionFinished(const RegionUpdate& update);
    // ok: no region failed and nothing was cancelled; message: the first failure.
    void finished(bool ok, const QString& message);

private:
    struct OfferFile
    {
        QString offerCode;
        QUrl url;
    };
    struct RegionJob
    {
        QString region;
        QList<OfferFile> files;
        QList<OfferImport> imports;
        QList<DownloadRecord> newRecords;
        int unchanged = 0;
        QStringList lines;
    };

    QNetworkReply* get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    void fetchIndex();
    // The JSON object of the index reply that has just finished, or nullopt once the download
    // was cancelled or failed (done() or fail() has then been called); url names the reply.
    std::optional<QJsonObject> finishedIndex(QString* url);
    void indexArrived();
    void fetchNextRegionIndex();
    void regionIndexArrived();
    void planRegions();
    void nextFile();
    void offerReadyRead();
    void offerFinished();
    void readerDone();
    void finishFile();
    void finishRegion();
    void fail(const QString& message);
    void failRegion(const QString& message);
    void done();
    void emitProgress();
    QString httpStatus(QNetworkReply* reply) const;
    bool keepOpen(const QUrl& url);
    QString keepPath(const QUrl& url) const;

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_base;
    QString m_keep;
    int m_timeoutMs = 120000;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_all = false;
    QStringList m_wanted;
    QStringList m_offerCodes;
    QHash<QString, QUrl> m_regionIndexUrls;          // offer → region index URL
    QHash<QString, QHash<QString, QUrl>> m_offerUrls; // offer → region → offer file URL
    int m_nextOffer = 0;
    QList<RegionJob> m_jobs;
    int m_job = 0;
    int m_fileInJob = 0;
    QList<RegionUpdate> m_results;
    QString m_firstFailure;

    // The file being fetched.
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<OfferPipe> m_pipe;
    QThread* m_reader = nullptr;
    std::optional<OfferImport> m_import;
    LoadError m_readError;
    std::unique_ptr<QSaveFile> m_keepFile;
    bool m_replyDone = false;
    bool m_readerDone = false;
    bool m_notModified = false;
    QString m_fileError;
    qint64 m_fileBytes = 0;
    qint64 m_fileTotal = -1;
    qint64 m_totalBytes = 0;
    qint64 m_doneFileBytes = 0;
    int m_filesDone = 0;
    int m_fileNumber = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
};

Q_DECLARE_METATYPE(PriceDownloadProgress)
Q_DECLARE_METATYPE(RegionUpdate)
