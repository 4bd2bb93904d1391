// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace nameplan {

namespace {
constexpr int headerSize = 12;
constexpr char flagResponse = char(0x80);
constexpr char flagAuthoritative = 0x04;
constexpr char flagTruncated = 0x02;

// Offset just past the first question (name, type, class), or the size when it does not fit.
qsizetype questionEnd(const QByteArray& query)
{
    qsizetype at = headerSize;
    while (at < query.size() && query[at] != 0)
        at += 1 + (static_cast<quint8>(query[at]) & 0x3f);
    return qMin(query.size(), at + 1 + 4);
}

void setCount(QByteArray& message, int offset, quint16 count)
{
    qToBigEndian(count, message.data() + offset);
}

// The query's header and question turned into an empty authoritative response.
QByteArray base(const QByteArray& query)
{
    QByteArray reply = query.left(questionEnd(query)).leftJustified(headerSize, '\0');
    reply[2] = char(reply[2] | flagResponse | flagAuthoritative);
    for (int offset : { 6, 8, 10 })
        setCount(reply, offset, 0);
    return reply;
}

// One A record owned by the question name (pointer to offset 12), RDATA 192.0.2.1.
QByteArray answerRecord()
{
    return QByteArray::fromHex("c00c"
                               "0001"
                               "0001"
                               "0000012c"
                               "0004"
                               "c0000201");
}

QByteArray validAnswer(const QByteArray& query)
{
    QByteArray reply = base(query);
    setCount(reply, 6, 1);
    return reply + answerRecord();
}

QByteArray withLengthPrefix(const QByteArray& message)
{
    QByteArray prefix(2, '\0');
    qToBigEndian(static_cast<quint16>(message.size()), prefix.data());
    return prefix + message;
}

// Fixed pseudo-random bytes (a linear congruential generator with a constant seed), so that
// every run, and every sanitizer run, sees the same garbage.
QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    quint32 state = 0x2545f491;
    for (char& byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = static_cast<char>(state >> 24);
    }
    return bytes;
}

QByteArray malformed(const QByteArray& query)
{
    QByteArray reply = base(query);
    setCount(reply, 6, 1);
    // RDLENGTH says 4, two octets follow: a reader trusting RDLENGTH would read past the end.
    return reply
        + QByteArray::fromHex("c00c"
                              "0001"
                              "0001"
                              "0000012c"
                              "0004"
                              "c000");
}

QByteArray compressionLoop(const QByteArray& query)
{
    QByteArray reply = base(query);
    setCount(reply, 6, 1);
    // "aaa" then a pointer back to that label: each pointer is backward, so only a limit on
    // pointers followed (or on name length) ends the walk.
    const auto start = static_cast<quint8>(reply.size());
    reply += QByteArray::fromHex("03616161c0") + char(start);
    return reply
        + QByteArray::fromHex("0001"
                              "0001"
                              "0000012c"
                              "0004"
                              "c0000201");
}

QByteArray wrongQuestion(const QByteArray& query)
{
    QByteArray reply = base(query).left(headerSize);
    setCount(reply, 4, 1);
    setCount(reply, 6, 1);
    const qsizetype end = questionEnd(query);
    reply += QByteArray::fromHex("046576696c07696e76616c696400"); // evil.invalid.
    reply += query.mid(end - 4, 4); // same type and class: only the name differs
    return reply + answerRecord();
}

QByteArray truncatedFlag(QByteArray reply)
{
    reply[2] = char(reply[2] | flagTruncated);
    return reply;
}
}

QList<HostileServer::Mode> HostileServer::allModes()
{
    return { Mode::Malformed, Mode::Oversized, Mode::CompressionLoop, Mode::MismatchedId, Mode::WrongQuestion,
        Mode::ForeverTruncated, Mode::SlowDrip, Mode::Garbage, Mode::CloseMidMessage, Mode::LengthThenNothing,
        Mode::OtherSourcePort };
}

QString HostileServer::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Malformed:
        return QStringLiteral("malformed");
    case Mode::Oversized:
        return QStringLiteral("oversized");
    case Mode::CompressionLoop:
        return QStringLiteral("compression-loop");
    case Mode::MismatchedId:
        return QStringLiteral("mismatched-id");
    case Mode::WrongQuestion:
        return QStringLiteral("wrong-question");
    case Mode::ForeverTruncated:
        return QStringLiteral("forever-truncated");
    case Mode::SlowDrip:
        return QStringLiteral("slow-drip");
    case Mode::Garbage:
        return QStringLiteral("garbage");
    case Mode::CloseMidMessage:
        return QStringLiteral("close-mid-message");
    case Mode::LengthThenNothing:
        return QStringLiteral("length-then-nothing");
    case Mode::OtherSourcePort:
        return QStringLiteral("other-source-port");
    }
    return QString();
}

QByteArray HostileServer::udpReply(Mode mode, const QByteArray& query)
{
    switch (mode) {
    case Mode::Malformed:
        return malformed(query);
    case Mode::Oversized:
        return base(query) + garbage(60000);
    case Mode::CompressionLoop:
        return compressionLoop(query);
    case Mode::MismatchedId: {
        QByteArray reply = validAnswer(query);
        qToBigEndian(static_cast<quint16>(qFromBigEndian<quint16>(reply.constData()) + 1), reply.data());
        return reply;
    }
    case Mode::WrongQuestion:
        return wrongQuestion(query);
    case Mode::Garbage:
        return garbage(200);
    case Mode::OtherSourcePort:
        return validAnswer(query);
    case Mode::ForeverTruncated:
    case Mode::SlowDrip:
    case Mode::CloseMidMessage:
    case Mode::LengthThenNothing:
        // TC sends the client to TCP, where the fault is.
        return truncatedFlag(base(query));
    }
    return QByteArray();
}

QByteArray HostileServer::tcpStream(Mode mode, const QByteArray& query)
{
    switch (mode) {
    case Mode::Oversized:
        return withLengthPrefix(QByteArray(base(query) + garbage(65535)).left(65535));
    case Mode::ForeverTruncated: {
        const QByteArray whole = withLengthPrefix(truncatedFlag(validAnswer(query)));
        return whole.left(whole.size() / 2);
    }
    case Mode::SlowDrip:
        return withLengthPrefix(validAnswer(query));
    case Mode::Garbage:
        return garbage(300);
    case Mode::CloseMidMessage: {
        const QByteArray whole = withLengthPrefix(validAnswer(query));
        return whole.left(2 + (whole.size() - 2) / 2);
    }
    case Mode::LengthThenNothing:
        return QByteArray::fromHex("ffff");
    case Mode::OtherSourcePort:
        return QByteArray(); // no other source over TCP: the connection just closes
    case Mode::Malformed:
    case Mode::CompressionLoop:
    case Mode::MismatchedId:
    case Mode::WrongQuestion:
        return withLengthPrefix(udpReply(mode, query));
    }
    return QByteArray();
}

HostileServer::HostileServer(Mode mode, const ServerEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_mode(mode)
    , m_endpoint(endpoint)
{
}

HostileServer::~HostileServer() = default;

bool HostileServer::start()
{
    const QHostAddress address(m_endpoint.address);
    m_udp = new QUdpSocket(this);
    m_otherPort = new QUdpSocket(this);
    m_tcp = new QTcpServer(this);
    if (!m_udp->bind(address, m_endpoint.port) || !m_otherPort->bind(address, 0)
        || !m_tcp->listen(address, m_endpoint.port)) {
        m_lastError = QStringLiteral("cannot bind %1: %2 %3")
                          .arg(m_endpoint.toString(), m_udp->errorString(), m_tcp->errorString());
        return false;
    }
    connect(m_udp, &QUdpSocket::readyRead, this, &HostileServer::readDatagrams);
    connect(m_tcp, &QTcpServer::newConnection, this, &HostileServer::acceptConnections);
    return true;
}

void HostileServer::readDatagrams()
{
    while (m_udp->hasPendingDatagrams()) {
        QHostAddress sender;
        quint16 port = 0;
        QByteArray query(static_cast<qsizetype>(qMax<qint64>(0, m_udp->pendingDatagramSize())), '\0');
        const qint64 size = m_udp->readDatagram(query.data(), query.size(), &sender, &port);
        if (size < headerSize)
            continue;
        query.truncate(size);
        ++m_queriesSeen;
        QUdpSocket* from = m_mode == Mode::OtherSourcePort ? m_otherPort : m_udp;
        from->writeDatagram(udpReply(m_mode, query), sender, port);
    }
}

void HostileServer::acceptConnections()
{
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serveConnection(socket); });
    }
}

// Answers the first complete query on the connection; later octets are ignored.
void HostileServer::serveConnection(QTcpSocket* socket)
{
    if (socket->property("served").toBool()) {
        socket->readAll();
        return;
    }
    if (socket->bytesAvailable() < 2)
        return;
    QByteArray prefix = socket->peek(2);
    const quint16 length = qFromBigEndian<quint16>(prefix.constData());
    if (socket->bytesAvailable() < 2 + length)
        return;
    socket->read(2);
    const QByteArray query = socket->read(length);
    socket->setProperty("served", true);
    ++m_queriesSeen;
    const QByteArray stream = tcpStream(m_mode, query);
    if (m_mode == Mode::SlowDrip)
        return drip(socket, stream);
    socket->write(stream);
    const bool closes = m_mode == Mode::ForeverTruncated || m_mode == Mode::CloseMidMessage
        || m_mode == Mode::OtherSourcePort || m_mode == Mode::Garbage;
    if (closes)
        socket->disconnectFromHost();
}

void HostileServer::drip(QTcpSocket* socket, const QByteArray& bytes)
{
    auto* timer = new QTimer(socket);
    timer->setInterval(slowDripInterval);
    connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent = qsizetype(0)]() mutable {
        if (sent < bytes.size())
            socket->write(bytes.mid(sent++, 1));
        else
            timer->stop();
    });
    timer->start();
}

} // namespace nameplan
