// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-zone DNSSEC verification of 100,000-name zones (issue 5 item 7): `nameplan verify-zone`
// side by side with ldns-verify-zone, dnssec-verify, validns and kzonecheck in one run, and the
// `openssl speed -multi 2` verify rate as the physical limit. Zones are generated and signed at
// benchmark time: one ECDSA P-256 + NSEC, one RSA-2048 + NSEC3. Targets: on the ECDSA zone at
// least 2x faster than the fastest peer; on both zones at least 80 % of the openssl rate.
// Wall time on a shared machine says as much about the load as about the tools, so the CPU time
// of each tool (its user + system time) is printed too, with the ratios it gives, and every
// tool and both openssl rates are measured REPEATS times, the best run of each kept (a virtual
// machine's two cores do not always scale alike from one minute to the next).
//   bench_verifyzone [NAMES [REPEATS]]   (defaults 100000 and 3)

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {
constexpr int toolTimeoutMs = 30 * 60 * 1000;

void print(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

struct Run {
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; // user + system time of the program and the children it waited for
    QByteArray output;
};

// CPU time of the children waited for so far: QProcess waits for each, so the difference over
// one run is that run's CPU time (the runs are one after the other).
double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

Run run(const QString& program, const QStringList& arguments, const QString& directory)
{
    const double cpuBefore = childrenCpuSeconds();
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return result;
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAll();
    return result;
}

bool writeZone(const QString& path, int names)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("$TTL 3600\n@ IN SOA ns1 hostmaster 1 3600 600 864000 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n");
    for (int i = 0; i < names; ++i)
        file.write(QStringLiteral("host%1 IN A 10.%2.%3.%4\n")
                       .arg(i)
                       .arg((i >> 16) & 255)
                       .arg((i >> 8) & 255)
                       .arg(i & 255)
                       .toUtf8());
    return true;
}

// Signs with ldns (ECDSA, fast single-threaded) or dnssec-signzone on both cores (RSA).
std::optional<QString> sign(const QString& dir, const QString& algorithm, bool nsec3)
{
    const QString origin = QStringLiteral("bench.test");
    const QString zone = dir + QStringLiteral("/zone");
    if (nsec3) {
        const QStringList common { QStringLiteral("-q"), QStringLiteral("-K"), dir, QStringLiteral("-a"), algorithm,
            QStringLiteral("-b"), QStringLiteral("2048") };
        if (run(QStringLiteral("dnssec-keygen"),
                common + QStringList { QStringLiteral("-f"), QStringLiteral("KSK"), origin }, dir)
                    .exitCode
                != 0
            || run(QStringLiteral("dnssec-keygen"), common + QStringList { origin }, dir).exitCode != 0)
            return std::nullopt;
        const Run signer = run(QStringLiteral("dnssec-signzone"),
            { QStringLiteral("-S"), QStringLiteral("-K"), dir, QStringLiteral("-n"), QStringLiteral("2"),
                QStringLiteral("-o"), origin, QStringLiteral("-3"), QStringLiteral("-"), QStringLiteral("-H"),
                QStringLiteral("0"), QStringLiteral("-f"), zone + QStringLiteral(".signed"), zone },
            dir);
        return signer.exitCode == 0 ? std::optional(zone + QStringLiteral(".signed")) : std::nullopt;
    }
    const Run ksk
        = run(QStringLiteral("ldns-keygen"), { QStringLiteral("-a"), algorithm, QStringLiteral("-k"), origin }, dir);
    const Run zsk = run(QStringLiteral("ldns-keygen"), { QStringLiteral("-a"), algorithm, origin }, dir);
    if (ksk.exitCode != 0 || zsk.exitCode != 0)
        return std::nullopt;
    const Run signer = run(QStringLiteral("ldns-signzone"),
        { QStringLiteral("-o"), origin, zone, QString::fromUtf8(ksk.output.trimmed()),
            QString::fromUtf8(zsk.output.trimmed()) },
        dir);
    return signer.exitCode == 0 ? std::optional(zone + QStringLiteral(".signed")) : std::nullopt;
}

qint64 countRrsigs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 count = 0;
    while (!file.atEnd())
        count += file.readLine().contains("\tRRSIG\t") ? 1 : 0;
    return count;
}

int repeats = 3; // runs of each measurement; the best is kept

// The last number on the line of `openssl speed [-multi 2]` that names the algorithm: verify/s.
double opensslVerifyRateOnce(const QString& algorithm, const QString& linePattern, bool bothCores)
{
    QStringList arguments { QStringLiteral("speed"), QStringLiteral("-seconds"), QStringLiteral("3") };
    if (bothCores)
        arguments << QStringLiteral("-multi") << QStringLiteral("2");
    arguments << algorithm;
    const Run speed = run(QStringLiteral("openssl"), arguments, QStringLiteral("."));
    const QRegularExpression line(linePattern + QStringLiteral(".*\\s([0-9.]+)\\s*$"));
    double rate = 0;
    for (const QByteArray& text : speed.output.split('\n')) {
        const auto match = line.match(QString::fromUtf8(text));
        if (match.hasMatch())
            rate = match.captured(1).toDouble();
    }
    return rate;
}

double opensslVerifyRate(const QString& algorithm, const QString& linePattern, bool bothCores)
{
    double best = 0;
    for (int i = 0; i < repeats; ++i)
        best = std::max(best, opensslVerifyRateOnce(algorithm, linePattern, bothCores));
    return best;
}

struct Peer {
    QString name;
    QString program;
    QStringList arguments; // ZONE is replaced by the file
};

std::optional<Run> timeOne(const Peer& peer, const QString& zone, const QString& dir)
{
    QStringList arguments = peer.arguments;
    arguments.replaceInStrings(QStringLiteral("ZONE"), zone);
    std::optional<Run> best;
    for (int i = 0; i < repeats; ++i) {
        const Run result = run(peer.program, arguments, dir);
        if (result.exitCode != 0) {
            print(QStringLiteral("  %1: exit %2: %3")
                      .arg(peer.name)
                      .arg(result.exitCode)
                      .arg(QString::fromUtf8(result.output.left(300))));
            return std::nullopt;
        }
        if (!best || result.seconds < best->seconds)
            best = result;
    }
    return best;
}

struct OpensslRates {
    double bothCores = 0; // verify/s of `openssl speed -multi 2`: the wall-clock floor
    double oneCore = 0; // verify/s of `openssl speed`: the CPU-time floor
};

void benchZone(const QString& title, const QString& zone, const OpensslRates& openssl, const QString& dir)
{
    const qint64 signatures = countRrsigs(zone);
    const auto floor = [signatures](double rate) { return rate > 0 ? double(signatures) / rate : 0; };
    print(QStringLiteral(
        "\n%1: %2 RRSIGs, best of %7 runs each; openssl speed -multi 2: %3 verify/s, floor %4 s; one core: %5 "
        "verify/s, %6 CPU s")
              .arg(title)
              .arg(signatures)
              .arg(openssl.bothCores, 0, 'f', 0)
              .arg(floor(openssl.bothCores), 0, 'f', 2)
              .arg(openssl.oneCore, 0, 'f', 0)
              .arg(floor(openssl.oneCore), 0, 'f', 2)
              .arg(repeats));
    const QList<Peer> peers {
        { QStringLiteral("nameplan verify-zone"), QStringLiteral(NAMEPLAN_CLI),
            { QStringLiteral("verify-zone"), QStringLiteral("--file"), QStringLiteral("ZONE"),
                QStringLiteral("--origin"), QStringLiteral("bench.test") } },
        { QStringLiteral("ldns-verify-zone"), QStringLiteral("ldns-verify-zone"), { QStringLiteral("ZONE") } },
        { QStringLiteral("dnssec-verify"), QStringLiteral("dnssec-verify"),
            { QStringLiteral("-o"), QStringLiteral("bench.test"), QStringLiteral("ZONE") } },
        { QStringLiteral("validns"), QStringLiteral("validns"),
            { QStringLiteral("-z"), QStringLiteral("bench.test"), QStringLiteral("-p"), QStringLiteral("all"),
                QStringLiteral("ZONE") } },
        { QStringLiteral("kzonecheck"), QStringLiteral("kzonecheck"),
            { QStringLiteral("-o"), QStringLiteral("bench.test"), QStringLiteral("-d"), QStringLiteral("on"),
                QStringLiteral("ZONE") } },
    };
    std::optional<Run> ours;
    std::optional<Run> fastestPeer;
    std::optional<Run> leanestPeer; // least CPU time
    QString fastestName;
    QString leanestName;
    for (const Peer& peer : peers) {
        if (QStandardPaths::findExecutable(peer.program).isEmpty() && !QFile::exists(peer.program)) {
            print(QStringLiteral("  %1: not installed, skipped").arg(peer.name));
            continue;
        }
        const std::optional<Run> result = timeOne(peer, zone, dir);
        if (!result)
            continue;
        print(QStringLiteral("  %1: %2 s wall (%3 signatures/s), %4 s CPU")
                  .arg(peer.name, -22)
                  .arg(result->seconds, 0, 'f', 2)
                  .arg(double(signatures) / result->seconds, 0, 'f', 0)
                  .arg(result->cpuSeconds, 0, 'f', 2));
        if (peer.program == QStringLiteral(NAMEPLAN_CLI)) {
            ours = result;
            continue;
        }
        if (!fastestPeer || result->seconds < fastestPeer->seconds) {
            fastestPeer = result;
            fastestName = peer.name;
        }
        if (!leanestPeer || result->cpuSeconds < leanestPeer->cpuSeconds) {
            leanestPeer = result;
            leanestName = peer.name;
        }
    }
    if (!ours)
        return;
    if (fastestPeer)
        print(QStringLiteral("  ratio (wall): nameplan %1x faster than the fastest peer (%2); target 2x on ECDSA")
                  .arg(fastestPeer->seconds / ours->seconds, 0, 'f', 2)
                  .arg(fastestName));
    if (openssl.bothCores > 0)
        print(QStringLiteral("  ratio (wall): nameplan reaches %1 % of the openssl -multi 2 verify rate; target 80 %")
                  .arg(100.0 * floor(openssl.bothCores) / ours->seconds, 0, 'f', 0));
    if (leanestPeer && ours->cpuSeconds > 0)
        print(QStringLiteral("  ratio (CPU): the leanest peer (%1) spends %2x nameplan's CPU time")
                  .arg(leanestName)
                  .arg(leanestPeer->cpuSeconds / ours->cpuSeconds, 0, 'f', 2));
    if (openssl.oneCore > 0 && ours->cpuSeconds > 0)
        print(QStringLiteral("  ratio (CPU): nameplan reaches %1 % of the openssl one-core verify rate per CPU second")
                  .arg(100.0 * floor(openssl.oneCore) / ours->cpuSeconds, 0, 'f', 0));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int names = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    repeats = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 3;
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    struct Case {
        QString title;
        QString algorithm;
        bool nsec3;
        QString speedName;
        QString speedLine;
    };
    const QList<Case> cases {
        { QStringLiteral("ECDSA P-256 + NSEC"), QStringLiteral("ECDSAP256SHA256"), false, QStringLiteral("ecdsap256"),
            QStringLiteral("256 bits ecdsa \\(nistp256\\)") },
        { QStringLiteral("RSA-2048 + NSEC3"), QStringLiteral("RSASHA256"), true, QStringLiteral("rsa2048"),
            QStringLiteral("rsa 2048 bits") },
    };
    for (const Case& c : cases) {
        const QString dir = temp.filePath(c.speedName);
        QDir().mkpath(dir);
        if (!writeZone(dir + QStringLiteral("/zone"), names))
            return 1;
        QElapsedTimer timer;
        timer.start();
        const auto zone = sign(dir, c.algorithm, c.nsec3);
        if (!zone) {
            print(QStringLiteral("%1: signing failed").arg(c.title));
            return 1;
        }
        print(QStringLiteral("%1: %2 names generated and signed in %3 s")
                  .arg(c.title)
                  .arg(names)
                  .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        const OpensslRates rates { opensslVerifyRate(c.speedName, c.speedLine, true),
            opensslVerifyRate(c.speedName, c.speedLine, false) };
        benchZone(c.title, *zone, rates, dir);
    }
    return 0;
}
