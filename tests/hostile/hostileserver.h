// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace nameplan {

// A loopback DNS peer that misbehaves on purpose, one way per instance, to prove that the
// transport and the parser end every exchange with an error, in time, without reading out of
// bounds. It serves UDP and TCP on one endpoint from the thread that owns it: BlockingExchange
// runs a local event loop, so a test can ask it synchronously. Every reply is built from the
// query, so that c-ares gets as far as it can before meeting the fault.
class HostileServer : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Malformed, // right ID and question, an answer whose RDATA runs past the end
        Oversized, // right header and question, then ~60 KiB of junk (UDP and TCP)
        CompressionLoop, // answer owner is a compression pointer to itself
        MismatchedId, // a well-formed answer with the ID + 1
        WrongQuestion, // a well-formed answer to another name
        ForeverTruncated, // UDP with TC; over TCP a reply with TC cut short, then close
        SlowDrip, // TCP: one byte of a valid reply per slowDripInterval
        Garbage, // fixed pseudo-random bytes, short and long, on both transports
        CloseMidMessage, // TCP: length prefix and half the reply, then close
        LengthThenNothing, // TCP: a length prefix announcing 65535 octets, then silence
        OtherSourcePort, // UDP: the right answer, sent from another port
    };
    static QList<Mode> allModes();
    static QString modeName(Mode mode);

    static constexpr std::chrono::milliseconds slowDripInterval { 700 };

    HostileServer(Mode mode, const ServerEndpoint& endpoint, QObject* parent = nullptr);
    ~HostileServer() override;

    bool start();
    QString lastError() const { return m_lastError; }
    ServerEndpoint endpoint() const { return m_endpoint; }
    // Queries received so far (UDP datagrams plus complete TCP queries): proof the fault was met.
    int queriesSeen() const { return m_queriesSeen; }

    // The reply to `query` for `mode` over UDP; empty when the mode sends nothing there.
    static QByteArray udpReply(Mode mode, const QByteArray& query);
    // The octets written on a TCP connection (length prefix included) for `mode`.
    static QByteArray tcpStream(Mode mode, const QByteArray& query);

private:
    void readDatagrams();
    void acceptConnections();
    void serveConnection(QTcpSocket* socket);
    void drip(QTcpSocket* socket, const QByteArray& bytes);

    Mode m_mode;
    ServerEndpoint m_endpoint;
    QUdpSocket* m_udp = nullptr;
    QUdpSocket* m_otherPort = nullptr;
    QTcpServer* m_tcp = nullptr;
    QString m_lastError;
    int m_queriesSeen = 0;
};

} // namespace nameplan
