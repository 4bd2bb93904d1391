// SPDX-License-Identifier: GPL-3.0-or-later
#include "careschannel.h"

#include <QSocketNotifier>

#include <ares.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <memory>
#include <mutex>

namespace nameplan {

namespace {

void initialiseLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

quint16 wireId(const unsigned char* bytes)
{
    return static_cast<quint16>((bytes[0] << 8) | bytes[1]);
}

// The byte and bit of TC in the DNS header (RFC 1035 §4.1.1).
constexpr int flagsByte = 2;
constexpr unsigned char truncatedBit = 0x02;
constexpr int headerSize = 12;

TransportError errorFor(int status)
{
    switch (status) {
    case ARES_SUCCESS:
        return TransportError::None;
    case ARES_ETIMEOUT:
        return TransportError::Timeout;
    case ARES_ECONNREFUSED:
        return TransportError::ConnectionRefused;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION:
        return TransportError::Cancelled;
    case ARES_EBADRESP:
        return TransportError::Malformed;
    case ARES_EBADQUERY:
        return TransportError::BadQuery;
    case ARES_ENOMEM:
        return TransportError::ResourceFailure;
    default:
        return TransportError::Other;
    }
}

struct AnswerContext {
    CaresChannel* channel;
    quint64 id;
};

} // namespace

// c-ares calls these with the CaresChannel as user data. The socket functions are the
// plain system calls; wrapping them is how the channel learns which sockets are TCP and
// which UDP answers came back truncated, which c-ares 1.18 does not report.
struct CaresHooks {
    static void socketState(void* data, ares_socket_t fd, int readable, int writable)
    {
        auto* self = static_cast<CaresChannel*>(data);
        if (self->m_destroying)
            return;
        CaresChannel::Notifiers& notifiers = self->m_notifiers[fd];
        self->updateNotifier(notifiers.read, fd, readable != 0, true);
        self->updateNotifier(notifiers.write, fd, writable != 0, false);
        if (!notifiers.read && !notifiers.write)
            self->m_notifiers.remove(fd);
    }

    static void answer(void* arg, int status, int, unsigned char* bytes, int length)
    {
        const std::unique_ptr<AnswerContext> context(static_cast<AnswerContext*>(arg));
        if (!context->channel->m_destroying)
            context->channel->complete(context->id, status, bytes, length);
    }

    static ares_socket_t open(int domain, int type, int protocol, void* data)
    {
        // c-ares leaves socket options to replaced socket functions: without O_NONBLOCK its
        // read loop (read until EAGAIN) would block the event loop.
        const ares_socket_t fd = ::socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
        if (fd >= 0)
            static_cast<CaresChannel*>(data)->noteSocket(fd, (type & 0xf) == SOCK_STREAM, true);
        return fd;
    }

    static int close(ares_socket_t fd, void* data)
    {
        static_cast<CaresChannel*>(data)->noteSocket(fd, false, false);
        return ::close(fd);
    }

    static int connect(ares_socket_t fd, const struct sockaddr* address, ares_socklen_t length, void*)
    {
        return ::connect(fd, address, length);
    }

    static ares_ssize_t receive(ares_socket_t fd, void* buffer, size_t length, int flags, struct sockaddr* from,
        ares_socklen_t* fromLength, void* data)
    {
        const ares_ssize_t got = ::recvfrom(fd, buffer, length, flags, from, fromLength);
        static_cast<CaresChannel*>(data)->noteReceived(fd, static_cast<const unsigned char*>(buffer), got);
        return got;
    }

    // sendmsg with MSG_NOSIGNAL, not writev: a server closing TCP must not raise SIGPIPE.
    static ares_ssize_t send(ares_socket_t fd, const struct iovec* vector, int count, void*)
    {
        msghdr message {};
        message.msg_iov = const_cast<iovec*>(vector);
        message.msg_iovlen = static_cast<size_t>(count);
        return ::sendmsg(fd, &message, MSG_NOSIGNAL);
    }
};

namespace {
const ares_socket_functions socketFunctions
    = { &CaresHooks::open, &CaresHooks::close, &CaresHooks::connect, &CaresHooks::receive, &CaresHooks::send };
}

CaresChannel::CaresChannel(
    const ServerEndpoint& server, const QueryOptions& options, int maxInFlight, FinishedFn onFinished, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_options(options)
    , m_maxInFlight(qMax(1, maxInFlight))
    , m_onFinished(std::move(onFinished))
{
    initialiseLibrary();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // timeouts are measured and reported
    connect(&m_timer, &QTimer::timeout, this, [this] { process(ARES_SOCKET_BAD, ARES_SOCKET_BAD); });

    ares_options settings {};
    settings.flags = ARES_FLAG_EDNS | ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES
        | (options.forceTcp ? ARES_FLAG_USEVC : 0);
    settings.timeout = static_cast<int>(options.attemptTimeout.count());
    settings.tries = qMax(1, options.attempts);
    settings.ednspsz = options.ednsBufferSize;
    settings.sock_state_cb = &CaresHooks::socketState;
    settings.sock_state_cb_data = this;
    const int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_EDNSPSZ | ARES_OPT_SOCK_STATE_CB;
    int status = ares_init_options(&m_channel, &settings, mask);
    if (status == ARES_SUCCESS) {
        ares_set_socket_functions(m_channel, &socketFunctions, this);
        status = ares_set_servers_ports_csv(m_channel, server.toString().toLatin1().constData());
    }
    if (status != ARES_SUCCESS)
        m_initError = QString::fromUtf8(ares_strerror(status));
}

CaresChannel::~CaresChannel()
{
    m_destroying = true;
    if (m_channel)
        ares_destroy(m_channel);
}

void CaresChannel::enqueue(quint64 id, const QByteArray& query)
{
    m_queue.push_back({ id, query });
    settle();
}

void CaresChannel::forget(quint64 id)
{
    const auto found = m_inFlight.find(id);
    if (found != m_inFlight.end()) {
        found->forgotten = true;
        return;
    }
    std::erase_if(m_queue, [id](const Queued& queued) { return queued.id == id; });
}

void CaresChannel::cancelAll()
{
    m_queue.clear();
    for (InFlight& query : m_inFlight)
        query.forgotten = true;
    if (m_channel)
        ares_cancel(m_channel);
    settle();
}

void CaresChannel::startQueued()
{
    while (!m_queue.empty() && inFlight() < m_maxInFlight) {
        const Queued next = std::move(m_queue.front());
        m_queue.pop_front();
        if (!m_initError.isEmpty()) {
            m_done.push_back(TransportResult::failure(next.id, m_server, TransportError::BadServer, m_initError));
            continue;
        }
        InFlight& started = m_inFlight[next.id];
        started.wireId
            = next.query.size() >= 2 ? wireId(reinterpret_cast<const unsigned char*>(next.query.constData())) : 0;
        started.clock.start();
        // ares_send copies the bytes; it may call back at once (e.g. ARES_EBADQUERY).
        ares_send(m_channel, reinterpret_cast<const unsigned char*>(next.query.constData()),
            static_cast<int>(next.query.size()), &CaresHooks::answer, new AnswerContext { this, next.id });
    }
}

void CaresChannel::complete(quint64 id, int status, const unsigned char* answer, int length)
{
    const auto found = m_inFlight.find(id);
    if (found == m_inFlight.end())
        return;
    const InFlight query = *found;
    m_inFlight.erase(found);
    const bool truncated = m_truncatedWireIds.remove(query.wireId);
    if (query.forgotten)
        return;

    TransportResult result = TransportResult::failure(id, m_server, errorFor(status));
    result.latency = std::chrono::microseconds(query.clock.nsecsElapsed() / 1000);
    result.truncatedOverUdp = truncated && !m_options.forceTcp;
    // c-ares only goes to TCP when asked to or after a truncated UDP answer.
    result.overTcp = m_options.forceTcp || truncated;
    if (result.error == TransportError::Other)
        result.detail = QString::fromUtf8(ares_strerror(status));
    if (result.ok()) {
        if (!answer || length < headerSize)
            result.error = TransportError::Malformed;
        else
            result.response = QByteArray(reinterpret_cast<const char*>(answer), length);
    }
    m_done.push_back(result);
}

void CaresChannel::noteSocket(int fd, bool tcp, bool open)
{
    if (open && tcp)
        m_tcpSockets.insert(fd);
    else if (!open)
        m_tcpSockets.remove(fd);
}

void CaresChannel::noteReceived(int fd, const unsigned char* bytes, long length)
{
    if (length >= headerSize && !m_tcpSockets.contains(fd) && (bytes[flagsByte] & truncatedBit))
        m_truncatedWireIds.insert(wireId(bytes));
}

void CaresChannel::updateNotifier(QSocketNotifier*& notifier, int fd, bool wanted, bool forRead)
{
    if (wanted && !notifier) {
        notifier = new QSocketNotifier(fd, forRead ? QSocketNotifier::Read : QSocketNotifier::Write, this);
        connect(notifier, &QSocketNotifier::activated, this,
            [this, fd, forRead] { forRead ? process(fd, ARES_SOCKET_BAD) : process(ARES_SOCKET_BAD, fd); });
    } else if (!wanted && notifier) {
        // c-ares may close the socket from inside this notifier's own signal: disable it now,
        // delete it later (PLATFORM-NOTES).
        notifier->setEnabled(false);
        notifier->deleteLater();
        notifier = nullptr;
    }
}

void CaresChannel::process(int readFd, int writeFd)
{
    ares_process_fd(m_channel, readFd, writeFd);
    settle();
}

// Starts what the queue allows and reports what ended, until neither changes anything. The
// results leave only after c-ares has returned, so a caller never re-enters c-ares from its
// own callback.
void CaresChannel::settle()
{
    if (m_settling)
        return;
    m_settling = true;
    for (;;) {
        startQueued();
        if (m_done.empty())
            break;
        const std::vector<TransportResult> done = std::exchange(m_done, {});
        for (const TransportResult& result : done)
            m_onFinished(result);
    }
    rearmTimer();
    m_settling = false;
}

void CaresChannel::rearmTimer()
{
    timeval wait {};
    if (!m_channel || !ares_timeout(m_channel, nullptr, &wait)) {
        m_timer.stop();
        return;
    }
    m_timer.start(static_cast<int>(wait.tv_sec * 1000 + (wait.tv_usec + 999) / 1000));
}

} // namespace nameplan
