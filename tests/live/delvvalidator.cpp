// SPDX-License-Identifier: GPL-3.0-or-later
#include "delvvalidator.h"

#include "programrun.h"

#include <QStringList>

#include <algorithm>

namespace nameplan {

QString DelvValidator::trustAnchors(const QString& dsRecords)
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

QString DelvValidator::status(const ServerEndpoint& server, const QString& anchorFile, const QString& zone,
    const QString& name, const QString& type)
{
    const ProgramRun run = ProgramRun::run(QStringLiteral("delv"),
        { QLatin1Char('@') + server.address, QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-a"),
            anchorFile, QStringLiteral("+root=") + zone, QStringLiteral("+tcp"), name, type },
        { QString(), 30000, true });
    if (run.out.contains("; fully validated"))
        return QStringLiteral("secure");
    if (run.out.contains("; unsigned answer"))
        return QStringLiteral("insecure");
    if (run.out.contains("resolution failed") || run.out.contains("validation failed"))
        return QStringLiteral("bogus");
    return QString::fromUtf8(run.out);
}

} // namespace nameplan
