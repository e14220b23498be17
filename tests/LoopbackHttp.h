#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the tests of the Price List download: it serves the
// bodies a test gives it, one request a connection (Connection: close), and can answer 304 to a
// matching If-None-Match, send a body slowly, drop the connection halfway or stall after the
// headers. Nothing leaves the machine.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

struct LoopbackRoute
{
    int status = 200;
    QByteArray body;
    QByteArray etag;
    QByteArray lastModified;
    bool dropHalfway = false; // Content-Length of the whole body, half of it sent, then closed
    bool stall = false;       // headers, then nothing
    int chunk = 0;            // > 0: the body in pieces this large ...
    int gapMs = 0;            // ... this far apart
};

inline LoopbackRoute reply(int status, const QByteArray& body, const QByteArray& etag = {})
{
    LoopbackRoute route;
    route.status = status;
    route.body = body;
    route.etag = etag;
    return route;
}

class LoopbackHttp : public QObject
{
public:
    QHash<QByteArray, LoopbackRoute> routes; // path → answer
    QList<QByteArray> requests;              // "GET /path" (+ " If-None-Match: X")
    int bodiesSent = 0;                      // 200 answers begun

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QString url(const QByteArray& path) const { return base() + QString::fromUtf8(path); }

private:
    QTcpServer m_server;

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 304: return "Not Modified";
        case 404: return "Not Found";
        case 500: return "Internal Server Error";
        default: return "Status";
        }
    }

    void handle(QTcpSocket* socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        const QList<QByteArray> lines = request.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        const QByteArray path = first.value(1);
        QByteArray ifNoneMatch;
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "if-none-match")
                ifNoneMatch = line.mid(colon + 1).trimmed();
        }
        requests.append("GET " + path + (ifNoneMatch.isEmpty() ? QByteArray() : " If-None-Match: " + ifNoneMatch));

        LoopbackRoute route;
        if (routes.contains(path)) {
            route = routes.value(path);
        } else {
            route.status = 404;
            route.body = "<html>not found</html>";
        }
        if (!route.etag.isEmpty() && ifNoneMatch == route.etag) {
            socket->write("HTTP/1.1 304 Not Modified\r\nETag: " + route.etag + "\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        if (route.status == 200)
            ++bodiesSent;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason(route.status) + "\r\n";
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(route.body.size()) + "\r\n";
        if (!route.etag.isEmpty())
            head += "ETag: " + route.etag + "\r\n";
        if (!route.lastModified.isEmpty())
            head += "Last-Modified: " + route.lastModified + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (route.stall)
            return;
        if (route.dropHalfway) {
            socket->write(route.body.left(route.body.size() / 2));
            socket->disconnectFromHost();
            return;
        }
        if (route.chunk <= 0) {
            socket->write(route.body);
            socket->disconnectFromHost();
            return;
        }
        auto* timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [guard, timer, sent, route] {
            if (!guard)
                return;
            guard->write(route.body.mid(*sent, route.chunk));
            *sent += route.chunk;
            if (*sent >= route.body.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start(route.gapMs);
    }
};
