// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencevalidator.h"

#include "programrun.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace nameplan {

QString ReferenceValidator::delvAnchors(const QString& dsRecords)
{
    QString clause = QStringLiteral("trust-anchors {\n");
    for (const QString& line : dsRecords.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        const int ds = int(f.indexOf(QStringLiteral("DS")));
        const int key = int(f.indexOf(QStringLiteral("DNSKEY")));
        const int at = std::max(ds, key);
        if (at < 0 || f.size() < at + 5)
            continue;
        clause += QStringLiteral("  %1 %2 %3 %4 %5 \"%6\";\n")
                      .arg(f[0], ds >= 0 ? QStringLiteral("static-ds") : QStringLiteral("static-key"), f[at + 1],
                          f[at + 2], f[at + 3], f.mid(at + 4).join(QString()));
    }
    return clause + QStringLiteral("};\n");
}

QString ReferenceValidator::delv(const QString& anchorFile, const QString& anchorZone, const ServerEndpoint& server,
    const QString& name, const QString& type)
{
    ProgramRun::Options options;
    options.mergeChannels = true;
    const ProgramRun run = ProgramRun::run(QStringLiteral("delv"),
        { QLatin1Char('@') + server.address, QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-a"),
            anchorFile, QStringLiteral("+root=") + anchorZone, QStringLiteral("+tcp"), name, type },
        options);
    // A negative answer prints "resolution failed: ncache ..." before "negative response, fully
    // validated": the validation line decides.
    if (run.out.contains("fully validated"))
        return QStringLiteral("secure");
    if (run.out.contains("; unsigned answer") || run.out.contains("negative response, unsigned answer"))
        return QStringLiteral("insecure");
    // A server that does not answer is no verdict at all: delv says "resolution failed" for it too.
    if (run.out.contains("timed out") || run.out.contains("connection refused"))
        return QString::fromUtf8(run.out);
    if (run.out.contains("resolution failed") || run.out.contains("validation failed"))
        return QStringLiteral("bogus");
    return QString::fromUtf8(run.out);
}

QString ReferenceValidator::resolver(const ServerEndpoint& resolver, const QString& name, const QString& type)
{
    const ProgramRun run = ProgramRun::run(QStringLiteral("dig"),
        { QLatin1Char('@') + resolver.address, QStringLiteral("-p"), QString::number(resolver.port),
            QStringLiteral("+dnssec"), QStringLiteral("+time=10"), QStringLiteral("+tries=1"), name, type });
    const QString out = QString::fromUtf8(run.out);
    const QRegularExpressionMatch status = QRegularExpression(QStringLiteral("status: (\\w+)")).match(out);
    const QRegularExpressionMatch flags = QRegularExpression(QStringLiteral(";; flags: ([a-z ]+);")).match(out);
    if (run.exitCode != 0 || !status.hasMatch() || !flags.hasMatch())
        return out;
    if (status.captured(1) == QStringLiteral("SERVFAIL"))
        return QStringLiteral("bogus");
    return flags.captured(1).split(QLatin1Char(' ')).contains(QStringLiteral("ad")) ? QStringLiteral("secure")
                                                                                    : QStringLiteral("insecure");
}

} // namespace nameplan
