#include "PriceListDownloader.h"

#include "PriceBookStore.h"
#include "PriceListMapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <cstring>
#include <functional>

// The bytes of a download on their way from the network (the GUI thread) to the offer-file reader
// (its own thread): a bounded buffer. read() waits for bytes, returns 0 at the end of the body and
// -1 when the download failed; the network side stops taking bytes from the reply while it is
// full, so Qt stops reading the socket and memory stays bounded.
class OfferPipe : public QIODevice
{
public:
    static constexpr qint64 capacity = 1024 * 1024;

    explicit OfferPipe(std::function<void()> drained) : m_drained(std::move(drained))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

    // Network side.
    void push(const QByteArray& bytes)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed)
            return;
        if (m_offset > 0 && m_offset * 2 >= m_buffer.size()) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
        m_buffer.append(bytes);
        if (m_buffer.size() - m_offset >= capacity)
            m_full = true;
        m_ready.wakeAll();
    }
    bool full() const
    {
        QMutexLocker lock(&m_mutex);
        return m_buffer.size() - m_offset >= capacity;
    }
    void closeWrite()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_ready.wakeAll();
    }
    void fail(const QString& why)
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_failed = true;
        m_why = why;
        m_ready.wakeAll();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        QMutexLocker lock(&m_mutex);
        while (m_buffer.size() == m_offset && !m_closed)
            m_ready.wait(&m_mutex);
        if (m_failed) {
            setErrorString(m_why);
            return -1;
        }
        const qint64 n = std::min<qint64>(maxSize, m_buffer.size() - m_offset);
        if (n > 0)
            std::memcpy(data, m_buffer.constData() + m_offset, size_t(n));
        m_offset += n;
        if (m_full && m_buffer.size() - m_offset < capacity / 2) {
            m_full = false;
            m_drained();
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    bool m_closed = false;
    bool m_failed = false;
    bool m_full = false;
    QString m_why;
    std::function<void()> m_drained;
};

namespace {

QString tr_(const char* text)
{
    return QString::fromUtf8(text);
}

QJsonObject recordToJson(const DownloadRecord& r)
{
    return QJsonObject{{QStringLiteral("url"), r.url},
                       {QStringLiteral("etag"), r.etag},
                       {QStringLiteral("lastModified"), r.lastModified},
                       {QStringLiteral("version"), r.version},
                       {QStringLiteral("publicationDate"), r.publicationDate}};
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

} // namespace

PriceListDownloader::PriceListDownloader(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_base(defaultBaseUrl())
{
    qRegisterMetaType<PriceDownloadProgress>();
    qRegisterMetaType<RegionUpdate>();
    // The reader thread looks at the mapping: build it here, once, before any thread starts.
    PriceListMapping::builtin();
}

PriceListDownloader::~PriceListDownloader()
{
    // Nothing more runs: the reply's finished signal must not start the next file now.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    if (m_pipe)
        m_pipe->fail(QStringLiteral("cancelled"));
    if (m_reader) {
        m_reader->wait();
        delete m_reader;
    }
}

QString PriceListDownloader::defaultBaseUrl()
{
    return QStringLiteral("https://pricing.us-east-1.amazonaws.com");
}

QUrl PriceListDownloader::offerIndexUrl(const QUrl& base)
{
    QString s = base.toString();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return QUrl(s + QStringLiteral("/offers/v1.0/aws/index.json"));
}

QString PriceListDownloader::recordsFile(const QString& region)
{
    return PriceBookStore::directory() + QLatin1Char('/') + region + QStringLiteral(".downloads");
}

QList<DownloadRecord> PriceListDownloader::records(const QString& region)
{
    QList<DownloadRecord> out;
    // Records only mean something while the book they produced is there.
    if (!QFileInfo::exists(PriceBookStore::fileName(region)))
        return out;
    QFile file(recordsFile(region));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject files = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        out.append({it.key(), o.value(QStringLiteral("url")).toString(), o.value(QStringLiteral("etag")).toString(),
                    o.value(QStringLiteral("lastModified")).toString(), o.value(QStringLiteral("version")).toString(),
                    o.value(QStringLiteral("publicationDate")).toString()});
    }
    return out;
}

QString PriceListDownloader::changesFile(const QString& region)
{
    return PriceBookStore::directory() + QLatin1Char('/') + region + QStringLiteral(".changes");
}

QJsonArray PriceListDownloader::changedPrices(const PriceBook& before, const PriceBook& after)
{
    QMap<QString, std::pair<std::optional<double>, QString>> old;
    QMap<QString, std::pair<std::optional<double>, QString>> now;
    for (const Price& p : before.prices)
        old.insert(p.key, {p.usd, p.unit});
    for (const InstanceType& t : before.instanceTypes)
        old.insert(t.type, {t.onDemand.usd, t.onDemand.unit});
    for (const Price& p : after.prices)
        now.insert(p.key, {p.usd, p.unit});
    for (const InstanceType& t : after.instanceTypes)
        now.insert(t.type, {t.onDemand.usd, t.onDemand.unit});
    QStringList keys = old.keys() + now.keys();
    keys.removeDuplicates();
    keys.sort();
    QJsonArray out;
    for (const QString& key : keys) {
        const std::optional<double> a = old.value(key).first;
        const std::optional<double> b = now.value(key).first;
        if (a == b)
            continue;
        QJsonObject change{{QStringLiteral("key"), key},
                           {QStringLiteral("unit"), now.contains(key) ? now.value(key).second : old.value(key).second},
                           {QStringLiteral("old"), a ? QJsonValue(*a) : QJsonValue()},
                           {QStringLiteral("new"), b ? QJsonValue(*b) : QJsonValue()}};
        if (a && b && *a != 0)
            change.insert(QStringLiteral("percent"), (*b - *a) / *a * 100);
        out.append(change);
    }
    return out;
}

QNetworkReply* PriceListDownloader::get(const QUrl& url, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return m_network->get(request);
}

QString PriceListDownloader::httpStatus(QNetworkReply* reply) const
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    QString s = status.isValid() ? QStringLiteral("HTTP %1").arg(status.toInt()) : QString();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (!reason.isEmpty())
        s += QLatin1Char(' ') + reason;
    if (reply->error() != QNetworkReply::NoError) {
        QString why = reply->errorString();
        if (reply->error() == QNetworkReply::OperationCanceledError && !m_cancelled)
            why = tr("no data for %1 s (timed out)").arg(m_timeoutMs / 1000.0);
        s = s.isEmpty() ? why : s + QStringLiteral(" (") + why + QLatin1Char(')');
    }
    return s.isEmpty() ? tr("no response") : s;
}

void PriceListDownloader::start(const QStringList& regions, bool all)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_all = all;
    m_wanted = regions;
    m_offerCodes = PriceListMapping::builtin().offerCodes();
    m_regionIndexUrls.clear();
    m_offerUrls.clear();
    m_jobs.clear();
    m_results.clear();
    m_firstFailure.clear();
    m_nextOffer = 0;
    m_job = 0;
    m_fileInJob = 0;
    m_totalBytes = 0;
    m_doneFileBytes = 0;
    m_filesDone = 0;
    m_fileNumber = 0;
    m_clock.start();
    m_progressClock.start();
    fetchIndex();
}

void PriceListDownloader::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_pipe)
        m_pipe->fail(QStringLiteral("cancelled"));
    if (m_reply)
        m_reply->abort();
}

static QUrl resolveAgainst(const QUrl& base, const QString& path)
{
    const QUrl url(path);
    if (!url.isRelative())
        return url;
    QString s = base.toString();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return QUrl(s + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
}

void PriceListDownloader::fetchIndex()
{
    m_reply = get(offerIndexUrl(m_base));
    connect(m_reply, &QNetworkReply::finished, this, &PriceListDownloader::indexArrived);
}

static std::optional<QJsonObject> jsonOf(QNetworkReply* reply, QString* problem)
{
    QJsonParseError error;
    const QByteArray bytes = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = PriceListDownloader::tr("byte %1: not valid JSON: %2").arg(error.offset).arg(error.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *problem = PriceListDownloader::tr("$: not a JSON object");
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> PriceListDownloader::finishedIndex(QString* url)
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    *url = reply->url().toString();
    if (m_cancelled) {
        done();
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(QStringLiteral("%1: %2").arg(*url, httpStatus(reply)));
        return std::nullopt;
    }
    QString problem;
    std::optional<QJsonObject> index = jsonOf(reply, &problem);
    if (!index)
        fail(QStringLiteral("%1: %2").arg(*url, problem));
    return index;
}

void PriceListDownloader::indexArrived()
{
    QString url;
    const std::optional<QJsonObject> index = finishedIndex(&url);
    if (!index)
        return;
    const QJsonValue offers = index->value(QStringLiteral("offers"));
    if (!offers.isObject())
        return fail(tr("%1: $.offers: missing; not an AWS Price List offer index").arg(url));
    for (const QString& code : std::as_const(m_offerCodes)) {
        const QString path = offers.toObject().value(code).toObject().value(QStringLiteral("currentRegionIndexUrl")).toString();
        if (!path.isEmpty())
            m_regionIndexUrls.insert(code, resolveAgainst(m_base, path));
    }
    if (m_regionIndexUrls.isEmpty())
        return fail(tr("%1: $.offers: none of the offers we read (%2) is listed")
                        .arg(url, m_offerCodes.join(QStringLiteral(", "))));
    fetchNextRegionIndex();
}

void PriceListDownloader::fetchNextRegionIndex()
{
    while (m_nextOffer < m_offerCodes.size() && !m_regionIndexUrls.contains(m_offerCodes.at(m_nextOffer)))
        ++m_nextOffer;
    if (m_nextOffer >= m_offerCodes.size())
        return planRegions();
    m_reply = get(m_regionIndexUrls.value(m_offerCodes.at(m_nextOffer)));
    connect(m_reply, &QNetworkReply::finished, this, &PriceListDownloader::regionIndexArrived);
}

void PriceListDownloader::regionIndexArrived()
{
    QString url;
    const std::optional<QJsonObject> index = finishedIndex(&url);
    if (!index)
        return;
    const QJsonValue regions = index->value(QStringLiteral("regions"));
    if (!regions.isObject())
        return fail(tr("%1: $.regions: missing or not an object; not a region index").arg(url));
    const QString code = m_offerCodes.at(m_nextOffer);
    const QJsonObject object = regions.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = it.value().toObject().value(QStringLiteral("currentVersionUrl")).toString();
        if (path.isEmpty())
            return fail(tr("%1: $.regions.%2.currentVersionUrl: missing").arg(url, it.key()));
        m_offerUrls[code].insert(it.key(), resolveAgainst(m_base, path));
    }
    ++m_nextOffer;
    fetchNextRegionIndex();
}

void PriceListDownloader::planRegions()
{
    // AWS Regions only: the indexes also list Local Zones and Wavelength zones.
    static const QRegularExpression awsRegion(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-\\d+$"));
    QStringList listed;
    for (const QString& code : std::as_const(m_offerCodes))
        for (const QString& region : m_offerUrls.value(code).keys())
            if (awsRegion.match(region).hasMatch() && !listed.contains(region))
                listed << region;
    listed.sort();
    emit regionsListed(listed);
    const QStringList regions = m_all ? listed : m_wanted;
    int files = 0;
    for (const QString& region : std::as_const(regions)) {
        RegionJob job;
        job.region = region;
        for (const QString& code : std::as_const(m_offerCodes))
            if (m_offerUrls.value(code).contains(region))
                job.files.append({code, m_offerUrls.value(code).value(region)});
        if (job.files.isEmpty()) {
            QStringList indexes;
            for (const QString& code : std::as_const(m_offerCodes))
                if (m_regionIndexUrls.contains(code))
                    indexes << m_regionIndexUrls.value(code).toString();
            RegionUpdate update;
            update.region = region;
            update.message = tr("%1: no region index lists this region (%2)").arg(region, indexes.join(QStringLiteral(", ")));
            if (m_firstFailure.isEmpty())
                m_firstFailure = update.message;
            m_results.append(update);
            emit regionFinished(update);
            continue;
        }
        files += int(job.files.size());
        m_jobs.append(job);
    }
    m_fileNumber = files;
    m_job = 0;
    m_fileInJob = 0;
    nextFile();
}

QString PriceListDownloader::keepPath(const QUrl& url) const
{
    QString path = url.path();
    path.remove(QStringLiteral(".."));
    return QDir(m_keep).filePath(path.startsWith(QLatin1Char('/')) ? path.mid(1) : path);
}

void PriceListDownloader::nextFile()
{
    if (m_cancelled)
        return done();
    if (m_job >= m_jobs.size())
        return done();
    RegionJob& job = m_jobs[m_job];
    if (m_fileInJob >= job.files.size())
        return finishRegion();
    const OfferFile& file = job.files.at(m_fileInJob);

    QList<QPair<QByteArray, QByteArray>> headers;
    for (const DownloadRecord& r : records(job.region)) {
        if (r.offerCode != file.offerCode || r.url != file.url.toString())
            continue;
        if (!r.etag.isEmpty())
            headers.append({"If-None-Match", r.etag.toUtf8()});
        if (!r.lastModified.isEmpty())
            headers.append({"If-Modified-Since", r.lastModified.toUtf8()});
    }
    m_import.reset();
    m_readError = {};
    m_replyDone = false;
    m_readerDone = true; // until a reader starts
    m_notModified = false;
    m_fileError.clear();
    m_fileBytes = 0;
    m_fileTotal = -1;
    m_keepFile.reset();
    if (!m_keep.isEmpty()) {
        const QString path = keepPath(file.url);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            failRegion(tr("%1: the folder cannot be made").arg(QFileInfo(path).absolutePath()));
            return;
        }
        m_keepFile = std::make_unique<QSaveFile>(path);
        if (!m_keepFile->open(QIODevice::WriteOnly)) {
            failRegion(tr("%1: cannot be written: %2").arg(path, m_keepFile->errorString()));
            return;
        }
    }
    m_reply = get(file.url, headers);
    m_reply->setReadBufferSize(OfferPipe::capacity);
    connect(m_reply, &QNetworkReply::readyRead, this, &PriceListDownloader::offerReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PriceListDownloader::offerFinished);
    emitProgress();
}

void PriceListDownloader::offerReadyRead()
{
    QNetworkReply* reply = m_reply;
    if (!reply || !m_fileError.isEmpty() || m_cancelled)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool http = reply->url().scheme().startsWith(QLatin1String("http"));
    if (http && status != 200) {
        reply->readAll(); // an error page or a 304's empty body: not an offer file
        return;
    }
    if (!m_pipe) {
        bool ok = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        // A compressed body's Content-Length counts compressed bytes; Qt hands over the inflated ones.
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        m_fileTotal = ok && (encoding.isEmpty() || encoding == "identity") ? length : -1;
        m_pipe = std::make_unique<OfferPipe>([this] {
            QMetaObject::invokeMethod(this, &PriceListDownloader::offerReadyRead, Qt::QueuedConnection);
        });
        m_readerDone = false;
        const QString name = reply->url().toString();
        OfferPipe* pipe = m_pipe.get();
        m_reader = QThread::create([this, pipe, name] {
            m_import = OfferFileReader::read(*pipe, name, PriceListMapping::builtin(), &m_readError);
        });
        connect(m_reader, &QThread::finished, this, &PriceListDownloader::readerDone);
        m_reader->start();
    }
    // Take bytes while the pipe has room; once the reply has finished take them all (Qt's read
    // buffer holds at most the pipe's capacity).
    while (reply->bytesAvailable() > 0 && (m_replyDone || !m_pipe->full())) {
        const QByteArray chunk = reply->read(std::min<qint64>(reply->bytesAvailable(), 256 * 1024));
        if (chunk.isEmpty())
            break;
        if (m_keepFile)
            m_keepFile->write(chunk);
        m_pipe->push(chunk);
        m_fileBytes += chunk.size();
        m_totalBytes += chunk.size();
    }
    if (m_progressClock.elapsed() >= 100) {
        m_progressClock.restart();
        emitProgress();
    }
}

void PriceListDownloader::offerFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_replyDone = true;
    const QString url = reply->url().toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool http = reply->url().scheme().startsWith(QLatin1String("http"));
    if (m_cancelled) {
        // cancel() has failed the pipe already.
    } else if (!m_fileError.isEmpty()) {
        // The reader stopped first (bad content) and the reply was aborted for it.
    } else if (http && status == 304) {
        m_notModified = true;
    } else if (reply->error() != QNetworkReply::NoError || (http && status != 200)) {
        m_fileError = QStringLiteral("%1: %2").arg(url, httpStatus(reply));
        if (m_fileBytes > 0)
            m_fileError += tr(" after %1 bytes").arg(m_fileBytes);
    } else {
        offerReadyRead(); // whatever is left
        if (m_fileTotal >= 0 && m_fileBytes < m_fileTotal)
            m_fileError = tr("%1: %2: the body ends after %3 of %4 bytes (truncated)")
                              .arg(url, httpStatus(reply))
                              .arg(m_fileBytes)
                              .arg(m_fileTotal);
        else if (!m_pipe)
            m_fileError = tr("%1: %2: the body is empty").arg(url, httpStatus(reply));
    }
    if (!m_notModified && m_fileError.isEmpty() && !m_cancelled) {
        DownloadRecord record;
        record.offerCode = m_jobs.at(m_job).files.at(m_fileInJob).offerCode;
        record.url = m_jobs.at(m_job).files.at(m_fileInJob).url.toString();
        record.etag = QString::fromUtf8(reply->rawHeader("ETag"));
        record.lastModified = QString::fromUtf8(reply->rawHeader("Last-Modified"));
        m_jobs[m_job].newRecords.append(record);
    }
    if (m_pipe) {
        if (m_fileError.isEmpty() && !m_cancelled)
            m_pipe->closeWrite();
        else
            m_pipe->fail(m_fileError.isEmpty() ? QStringLiteral("cancelled") : m_fileError);
    }
    reply->deleteLater();
    m_reply = nullptr;
    if (m_readerDone)
        finishFile();
}

void PriceListDownloader::readerDone()
{
    m_readerDone = true;
    if (!m_replyDone) {
        // The reader has stopped before the body ended: what it read is not a usable offer file.
        // No more bytes are wanted.
        if (m_fileError.isEmpty() && !m_cancelled) {
            const QString url = m_reply ? m_reply->url().toString() : QString();
            m_fileError = !m_import ? QStringLiteral("%1: HTTP 200: %2").arg(url, m_readError.toString())
                                    : tr("%1: HTTP 200: data after the end of the offer file").arg(url);
        }
        if (m_reply)
            m_reply->abort();
        return;
    }
    finishFile();
}

void PriceListDownloader::finishFile()
{
    if (m_reader) {
        m_reader->wait();
        delete m_reader;
        m_reader = nullptr;
    }
    m_pipe.reset();
    const bool kept = m_keepFile != nullptr;
    std::unique_ptr<QSaveFile> keepFile = std::move(m_keepFile);
    RegionJob& job = m_jobs[m_job];
    const OfferFile file = job.files.at(m_fileInJob);
    const QString url = file.url.toString();
    ++m_filesDone;
    m_doneFileBytes += m_fileBytes;
    emitProgress();
    if (m_cancelled) {
        if (keepFile)
            keepFile->cancelWriting();
        return done();
    }
    if (m_fileError.isEmpty() && !m_notModified && !m_import) {
        // A read error means the pipe failed, which only a network error does; anything else is
        // the content.
        m_fileError = QStringLiteral("%1: HTTP 200: %2").arg(url, m_readError.toString());
    }
    if (m_fileError.isEmpty() && m_import && m_import->region != job.region)
        m_fileError = tr("%1: the file's products are for %2, not %3").arg(url, m_import->region, job.region);
    if (!m_fileError.isEmpty()) {
        if (keepFile)
            keepFile->cancelWriting();
        return failRegion(m_fileError);
    }
    QString line;
    if (m_notModified) {
        if (keepFile)
            keepFile->cancelWriting();
        ++job.unchanged;
        line = tr("%1 %2: unchanged since the last update (HTTP 304), not downloaded").arg(file.offerCode, job.region);
    } else {
        if (keepFile && !keepFile->commit())
            return failRegion(tr("%1: cannot be written: %2").arg(keepPath(file.url), keepFile->errorString()));
        DownloadRecord& record = job.newRecords.last();
        record.version = m_import->version;
        record.publicationDate = m_import->publicationDate;
        line = tr("%1 %2 version %3 (%4): %5 MB, prices %6, instance types %7%8")
                   .arg(m_import->offerCode, job.region, m_import->version, m_import->publicationDate, megabytes(m_fileBytes))
                   .arg(m_import->prices.size())
                   .arg(m_import->instanceTypes.size())
                   .arg(kept ? tr(", kept in ") + keepPath(file.url) : QString());
        job.imports.append(*m_import);
    }
    m_import.reset();
    job.lines << line;
    emit fileFinished(url, line);
    ++m_fileInJob;
    nextFile();
}

void PriceListDownloader::finishRegion()
{
    RegionJob& job = m_jobs[m_job];
    RegionUpdate update;
    update.region = job.region;
    update.lines = job.lines;
    if (job.imports.isEmpty()) {
        update.outcome = RegionUpdate::Unchanged;
    } else {
        LoadError bookError;
        std::optional<PriceBook> book = PriceBookStore::importedBook(job.region, &bookError);
        if (!book && !bookError.isEmpty())
            return failRegion(bookError.toString() +
                              tr(" (reset it with: container-compare prices reset %1)").arg(job.region));
        const PriceBook* shipped = PriceBooks::shipped().region(job.region);
        const PriceBook before = book || shipped ? PriceBookStore::merge(shipped, book ? &*book : nullptr) : PriceBook{};
        const PriceListMapping& mapping = PriceListMapping::builtin();
        for (const OfferImport& offer : std::as_const(job.imports))
            book = PriceBookStore::applyImport(book, offer, mapping.japaneseRegionName(job.region));
        QString problem;
        if (!PriceBookStore::write(*book, &problem))
            return failRegion(problem);
        // What changed, as the app prices it (imported over shipped), kept beside the book.
        const QJsonArray changes = changedPrices(before, PriceBookStore::merge(shipped, &*book));
        for (const QJsonValue& v : changes) {
            const QJsonObject c = v.toObject();
            const auto number = [](const QJsonValue& x) {
                return x.isDouble() ? QString::number(x.toDouble(), 'g', 10) : QStringLiteral("none");
            };
            update.changes << QStringLiteral("%1: %2 → %3 %4%5")
                                  .arg(c.value(QStringLiteral("key")).toString(), number(c.value(QStringLiteral("old"))),
                                       number(c.value(QStringLiteral("new"))), c.value(QStringLiteral("unit")).toString(),
                                       c.contains(QStringLiteral("percent"))
                                           ? QStringLiteral(" (%1%2 %)")
                                                 .arg(c.value(QStringLiteral("percent")).toDouble() >= 0 ? QStringLiteral("+") : QString())
                                                 .arg(c.value(QStringLiteral("percent")).toDouble(), 0, 'f', 1)
                                           : QString());
        }
        QSaveFile changesSave(changesFile(job.region));
        if (changesSave.open(QIODevice::WriteOnly)) {
            changesSave.write(QJsonDocument(QJsonObject{{QStringLiteral("region"), job.region},
                                                        {QStringLiteral("changes"), changes}})
                                  .toJson());
            changesSave.commit();
        }
        // The download records, beside the book.
        QJsonObject files;
        for (const DownloadRecord& r : records(job.region))
            files.insert(r.offerCode, recordToJson(r));
        for (const DownloadRecord& r : std::as_const(job.newRecords))
            files.insert(r.offerCode, recordToJson(r));
        QSaveFile save(recordsFile(job.region));
        if (save.open(QIODevice::WriteOnly)) {
            save.write(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson());
            save.commit();
        }
        update.outcome = RegionUpdate::Updated;
    }
    m_results.append(update);
    emit regionFinished(update);
    ++m_job;
    m_fileInJob = 0;
    nextFile();
}

void PriceListDownloader::failRegion(const QString& message)
{
    RegionJob& job = m_jobs[m_job];
    RegionUpdate update;
    update.region = job.region;
    update.lines = job.lines;
    update.message = message + tr("; the prices of %1 are unchanged").arg(job.region);
    if (m_firstFailure.isEmpty())
        m_firstFailure = update.message;
    m_results.append(update);
    emit regionFinished(update);
    // The rest of this region's files are not needed any more.
    m_filesDone += std::max(0, int(job.files.size()) - m_fileInJob - 1);
    ++m_job;
    m_fileInJob = 0;
    nextFile();
}

void PriceListDownloader::fail(const QString& message)
{
    m_firstFailure = message + tr_("; no prices were changed");
    done();
}

void PriceListDownloader::done()
{
    if (!m_running)
        return;
    m_running = false;
    emitProgress();
    const bool ok = !m_cancelled && m_firstFailure.isEmpty();
    emit finished(ok, m_cancelled ? tr_("cancelled; the region being updated keeps its prices") : m_firstFailure);
}

void PriceListDownloader::emitProgress()
{
    PriceDownloadProgress p;
    if (m_job < m_jobs.size() && m_fileInJob < m_jobs.at(m_job).files.size())
        p.url = m_jobs.at(m_job).files.at(m_fileInJob).url.toString();
    p.files = m_fileNumber;
    p.file = std::min(m_filesDone + 1, std::max(m_fileNumber, 1));
    p.fileBytes = m_fileBytes;
    p.fileTotal = m_fileTotal;
    p.totalBytes = m_totalBytes;
    const double seconds = m_clock.elapsed() / 1000.0;
    p.bytesPerSecond = seconds > 0 ? double(m_totalBytes) / seconds : 0;
    if (p.bytesPerSecond > 0) {
        if (m_fileTotal >= 0)
            p.fileSecondsLeft = double(std::max<qint64>(0, m_fileTotal - m_fileBytes)) / p.bytesPerSecond;
        // Files not yet begun are taken to be as large as the average file so far.
        const int remaining = std::max(0, m_fileNumber - m_filesDone - 1);
        const double average = m_filesDone > 0 ? double(m_doneFileBytes) / m_filesDone : 0;
        if (p.fileSecondsLeft >= 0 && (remaining == 0 || m_filesDone > 0))
            p.secondsLeft = p.fileSecondsLeft + remaining * average / p.bytesPerSecond;
    }
    emit progress(p);
}
