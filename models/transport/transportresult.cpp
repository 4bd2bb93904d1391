// SPDX-License-Identifier: GPL-3.0-or-later
#include "transportresult.h"

namespace nameplan {

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::Timeout:
        return QStringLiteral("timeout");
    case TransportError::ConnectionRefused:
        return QStringLiteral("connection refused");
    case TransportError::Malformed:
        return QStringLiteral("malformed response");
    case TransportError::BadQuery:
        return QStringLiteral("bad query");
    case TransportError::BadServer:
        return QStringLiteral("bad server address");
    case TransportError::Cancelled:
        return QStringLiteral("cancelled");
    case TransportError::DeadlineExceeded:
        return QStringLiteral("deadline exceeded");
    case TransportError::ResourceFailure:
        return QStringLiteral("resource failure");
    case TransportError::Other:
        return QStringLiteral("other error");
    }
    return QStringLiteral("unknown");
}

TransportResult TransportResult::failure(
    quint64 queryId, const ServerEndpoint& server, TransportError error, const QString& detail)
{
    TransportResult result;
    result.queryId = queryId;
    result.server = server;
    result.error = error;
    result.detail = detail;
    result.observedAt = QDateTime::currentDateTimeUtc();
    return result;
}

QString TransportResult::summary() const
{
    QString text = server.toString() + (overTcp ? QStringLiteral(" tcp ") : QStringLiteral(" udp "));
    if (truncatedOverUdp)
        text += QStringLiteral("(after TC) ");
    if (!ok())
        return text + transportErrorName(error) + (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    return text + QString::number(latency.count()) + QStringLiteral(" us ") + QString::number(response.size())
        + QStringLiteral(" bytes");
}

} // namespace nameplan
