// SPDX-License-Identifier: GPL-3.0-or-later
// Queries per second against a local NSD (issue 4 item 9): Nameplan's engine (DnsTransport on
// c-ares, then DnsMessage::parse of every answer) side by side with dnsperf on the same query
// list, in one run, against the same server. NSD is started on loopback by the test lab with a
// generated zone. Target: at least 0.5x dnsperf's rate. Both keep the same number of queries
// outstanding; each side runs ROUNDS times, alternating, and the medians are compared.
//   bench_transport [NAMES [QUERIES [ROUNDS [OUTSTANDING]]]]   (default 100000 50000 3 64)

#include "dnsmessage.h"
#include "dnstransport.h"
#include "querybuilder.h"
#include "testlab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace nameplan;
using namespace std::chrono_literals;

namespace {
const QString origin = QStringLiteral("bench.test.");

void print(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int argument(const QStringList& arguments, int index, int fallback)
{
    return arguments.size() > index ? qMax(1, arguments.at(index).toInt()) : fallback;
}

// host0..hostN-1 A, in a fixed pseudo-random order (seeded), so both sides ask the same list.
QStringList queryNames(int names, int queries)
{
    QRandomGenerator random(20240101);
    QStringList list;
    list.reserve(queries);
    for (int i = 0; i < queries; ++i)
        list << QStringLiteral("host%1.%2").arg(random.bounded(names)).arg(origin);
    return list;
}

struct EngineRun {
    double qps = 0;
    int answered = 0;
    int failed = 0;
};

// Sends every query, at most `outstanding` in flight, each reply parsed in full.
EngineRun runEngine(const QList<QByteArray>& queries, const ServerEndpoint& server, int outstanding)
{
    DnsTransport transport;
    transport.setMaxInFlightPerChannel(outstanding);
    QueryOptions options;
    options.ednsBufferSize = 512;
    EngineRun run;
    qsizetype next = 0;
    QEventLoop loop;
    const auto sendNext = [&] {
        if (next < queries.size())
            transport.send(queries.at(next++), server, options);
    };
    QObject::connect(&transport, &DnsTransport::finished, &loop, [&](const TransportResult& result) {
        const bool valid = result.ok() && DnsMessage::parse(result.response).isValid();
        (valid ? run.answered : run.failed) += 1;
        sendNext();
        if (transport.pendingCount() == 0)
            loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < outstanding; ++i)
        sendNext();
    QTimer::singleShot(10min, &loop, &QEventLoop::quit);
    loop.exec();
    run.qps = double(run.answered + run.failed) / (double(clock.nsecsElapsed()) / 1e9);
    return run;
}

// dnsperf over the same list once; its "Queries per second" line.
double runDnsperf(const QString& file, const ServerEndpoint& server, int outstanding, QString* failure)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("dnsperf"),
        { QStringLiteral("-s"), server.address, QStringLiteral("-p"), QString::number(server.port),
            QStringLiteral("-d"), file, QStringLiteral("-n"), QStringLiteral("1"), QStringLiteral("-c"),
            QStringLiteral("1"), QStringLiteral("-q"), QString::number(outstanding) });
    if (!process.waitForFinished(10 * 60 * 1000)) {
        process.kill();
        process.waitForFinished(1000);
        *failure = QStringLiteral("dnsperf did not finish");
        return 0;
    }
    const QString output = QString::fromUtf8(process.readAll());
    const auto match = QRegularExpression(QStringLiteral("Queries per second:\\s*([0-9.]+)")).match(output);
    if (!match.hasMatch())
        *failure = output.left(500);
    return match.hasMatch() ? match.captured(1).toDouble() : 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int names = argument(arguments, 1, 100000);
    const int count = argument(arguments, 2, 50000);
    const int rounds = argument(arguments, 3, 3);
    const int outstanding = argument(arguments, 4, 64);

    TestLab lab;
    NsdServer* nsd = lab.addNsd(QStringLiteral("nsd"));
    ZoneFile zone(origin, 1);
    zone.addNameServer(QStringLiteral("ns1"), nsd->endpoint().address);
    for (int i = 0; i < names; ++i)
        zone.add(QStringLiteral("host%1").arg(i), QStringLiteral("A"),
            QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 255).arg((i >> 8) & 255).arg(i & 255));
    nsd->addPrimaryZone(origin, lab.writeZone(zone));
    if (!lab.startAll(60s)) {
        print(QStringLiteral("cannot start NSD: ") + lab.lastError());
        lab.printLogs();
        return 1;
    }

    const QStringList list = queryNames(names, count);
    const QString file = lab.directory() + QStringLiteral("/queries.txt");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    QList<QByteArray> queries;
    for (qsizetype i = 0; i < list.size(); ++i) {
        out.write((list.at(i) + QStringLiteral(" A\n")).toUtf8());
        // IDs cycle over 16 bits: far more than `outstanding`, so never two alike in flight.
        queries << QueryBuilder(*DnsName::fromText(list.at(i).toUtf8()), rrtype::A)
                       .setId(static_cast<std::uint16_t>(i))
                       .build();
    }
    out.close();

    print(QStringLiteral("NSD at %1 serving %2 names; %3 A queries, %4 outstanding, %5 rounds")
              .arg(nsd->endpoint().toString())
              .arg(names)
              .arg(count)
              .arg(outstanding)
              .arg(rounds));
    QList<double> ours;
    QList<double> theirs;
    for (int round = 0; round < rounds; ++round) {
        const EngineRun engine = runEngine(queries, nsd->endpoint(), outstanding);
        QString failure;
        const double dnsperf = runDnsperf(file, nsd->endpoint(), outstanding, &failure);
        if (!failure.isEmpty())
            print(QStringLiteral("  dnsperf: ") + failure);
        print(QStringLiteral("  round %1: nameplan %2 q/s (%3 parsed, %4 failed), dnsperf %5 q/s")
                  .arg(round + 1)
                  .arg(engine.qps, 0, 'f', 0)
                  .arg(engine.answered)
                  .arg(engine.failed)
                  .arg(dnsperf, 0, 'f', 0));
        ours << engine.qps;
        theirs << dnsperf;
    }
    const double ratio = median(theirs) > 0 ? median(ours) / median(theirs) : 0;
    print(QStringLiteral("median: nameplan %1 q/s, dnsperf %2 q/s, ratio %3x (target 0.5x)")
              .arg(median(ours), 0, 'f', 0)
              .arg(median(theirs), 0, 'f', 0)
              .arg(ratio, 0, 'f', 2));
    lab.stopAll();
    return 0;
}
