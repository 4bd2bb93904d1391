// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonesigner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace nameplan {

namespace {
constexpr int toolTimeoutMs = 60000; // RSA key generation is the slow part

QString readKeyRecord(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QString records;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith(';'))
            records += QString::fromUtf8(line.trimmed()) + QLatin1Char('\n');
    }
    return records;
}
}

ZoneSigner::Run ZoneSigner::run(const QString& program, const QStringList& arguments, const QString& directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(toolTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.errors = program + QStringLiteral(": did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString ZoneSigner::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

bool ZoneSigner::isRsa(const QString& algorithm)
{
    return algorithm.startsWith(QStringLiteral("RSA"));
}

ZoneSigner::Result ZoneSigner::sign(
    const QString& zoneFile, const QString& origin, const QString& keyDirectory, const Spec& spec)
{
    if (!QDir().mkpath(keyDirectory))
        return Result { QStringLiteral("cannot create ") + keyDirectory, {}, {}, {}, {} };
    return spec.tool == Tool::Bind ? signWithBind(zoneFile, origin, keyDirectory, spec)
                                   : signWithLdns(zoneFile, origin, keyDirectory, spec);
}

QString ZoneSigner::resign(const QString& zoneFile, const QString& origin, const QString& keyDirectory,
    const QDateTime& inception, const QDateTime& expiration, const QString& outputFile)
{
    // -P: dnssec-signzone would otherwise refuse to write a zone whose signatures do not verify now.
    const Run signer = run(QStringLiteral("dnssec-signzone"),
        { QStringLiteral("-S"), QStringLiteral("-P"), QStringLiteral("-K"), keyDirectory, QStringLiteral("-o"), origin,
            QStringLiteral("-f"), outputFile, QStringLiteral("-s"), timestamp(inception), QStringLiteral("-e"),
            timestamp(expiration), zoneFile },
        keyDirectory);
    return signer.exitCode == 0 ? QString() : QStringLiteral("dnssec-signzone: ") + signer.all();
}

ZoneSigner::Result ZoneSigner::signWithBind(
    const QString& zoneFile, const QString& origin, const QString& keys, const Spec& spec)
{
    Result result;
    for (const bool ksk : { true, false }) {
        QStringList arguments { QStringLiteral("-q"), QStringLiteral("-K"), keys, QStringLiteral("-a"),
            spec.algorithm };
        if (isRsa(spec.algorithm))
            arguments << QStringLiteral("-b") << QString::number(spec.rsaBits);
        if (ksk)
            arguments << QStringLiteral("-f") << QStringLiteral("KSK");
        if (spec.nsec3 && spec.algorithm == QStringLiteral("RSASHA1"))
            arguments << QStringLiteral("-3");
        arguments << origin;
        const Run keygen = run(QStringLiteral("dnssec-keygen"), arguments, keys);
        if (keygen.exitCode != 0)
            return Result { QStringLiteral("dnssec-keygen: ") + keygen.all(), {}, {}, {}, {} };
        result.keyBases << keygen.output.trimmed();
    }
    result.signedFile = zoneFile + QStringLiteral(".signed");
    QStringList arguments { QStringLiteral("-S"), QStringLiteral("-K"), keys, QStringLiteral("-o"), origin,
        QStringLiteral("-f"), result.signedFile, QStringLiteral("-s"), timestamp(spec.inception), QStringLiteral("-e"),
        timestamp(spec.expiration) };
    if (spec.nsec3) {
        arguments << QStringLiteral("-3") << (spec.nsec3SaltHex.isEmpty() ? QStringLiteral("-") : spec.nsec3SaltHex)
                  << QStringLiteral("-H") << QString::number(spec.nsec3Iterations);
        if (spec.optOut)
            arguments << QStringLiteral("-A");
    }
    arguments << zoneFile;
    const Run signer = run(QStringLiteral("dnssec-signzone"), arguments, keys);
    if (signer.exitCode != 0)
        return Result { QStringLiteral("dnssec-signzone: ") + signer.all(), {}, {}, {}, {} };
    return finish(result, keys) ? result : Result { QStringLiteral("cannot read the keys in ") + keys, {}, {}, {}, {} };
}

ZoneSigner::Result ZoneSigner::signWithLdns(
    const QString& zoneFile, const QString& origin, const QString& keys, const Spec& spec)
{
    Result result;
    for (const bool ksk : { true, false }) {
        QStringList arguments { QStringLiteral("-a"), spec.algorithm };
        if (isRsa(spec.algorithm))
            arguments << QStringLiteral("-b") << QString::number(spec.rsaBits);
        if (ksk)
            arguments << QStringLiteral("-k");
        arguments << origin;
        const Run keygen = run(QStringLiteral("ldns-keygen"), arguments, keys);
        if (keygen.exitCode != 0)
            return Result { QStringLiteral("ldns-keygen: ") + keygen.all(), {}, {}, {}, {} };
        result.keyBases << keygen.output.trimmed();
    }
    result.signedFile = zoneFile + QStringLiteral(".signed");
    QStringList arguments { QStringLiteral("-i"), timestamp(spec.inception), QStringLiteral("-e"),
        timestamp(spec.expiration), QStringLiteral("-o"), origin, QStringLiteral("-f"), result.signedFile };
    if (spec.nsec3) {
        arguments << QStringLiteral("-n") << QStringLiteral("-t") << QString::number(spec.nsec3Iterations);
        if (!spec.nsec3SaltHex.isEmpty())
            arguments << QStringLiteral("-s") << spec.nsec3SaltHex;
        if (spec.optOut)
            arguments << QStringLiteral("-p");
    }
    arguments << zoneFile;
    for (const QString& base : std::as_const(result.keyBases))
        arguments << QDir(keys).filePath(base);
    const Run signer = run(QStringLiteral("ldns-signzone"), arguments, keys);
    if (signer.exitCode != 0)
        return Result { QStringLiteral("ldns-signzone: ") + signer.all(), {}, {}, {}, {} };
    return finish(result, keys) ? result : Result { QStringLiteral("cannot read the keys in ") + keys, {}, {}, {}, {} };
}

// Collects the DNSKEYs and the KSK's DS (digest type 2, SHA-256: RFC 4509).
bool ZoneSigner::finish(Result& result, const QString& keys)
{
    const QDir directory(keys);
    for (const QString& base : std::as_const(result.keyBases))
        result.dnskeyRecords += readKeyRecord(directory.filePath(base + QStringLiteral(".key")));
    const Run ds = run(QStringLiteral("dnssec-dsfromkey"),
        { QStringLiteral("-2"), directory.filePath(result.keyBases.constFirst() + QStringLiteral(".key")) }, keys);
    result.dsRecords = ds.output.trimmed() + QLatin1Char('\n');
    return ds.exitCode == 0 && !result.dnskeyRecords.isEmpty();
}

} // namespace nameplan
