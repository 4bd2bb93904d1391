// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>

namespace nameplan {

// Signs lab zones at test time with the real tools from Debian: BIND's dnssec-keygen +
// dnssec-signzone or ldns-keygen + ldns-signzone. One KSK and one ZSK per zone; NSEC or
// NSEC3 (RFC 5155) with iterations, salt and opt-out; chosen inception and expiration.
class ZoneSigner {
public:
    enum class Tool { Bind, Ldns };

    struct Spec {
        Tool tool = Tool::Bind;
        // Mnemonic both tool sets take: RSASHA1, RSASHA256, RSASHA512, ECDSAP256SHA256,
        // ECDSAP384SHA384, ED25519, ED448.
        QString algorithm = QStringLiteral("ECDSAP256SHA256");
        int rsaBits = 2048; // only for RSA algorithms
        bool nsec3 = false;
        int nsec3Iterations = 0; // RFC 9276 §3.1 recommends 0
        QString nsec3SaltHex; // empty: no salt
        bool optOut = false;
        QDateTime inception = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QDateTime expiration = QDateTime::currentDateTimeUtc().addDays(30);
    };

    struct Result {
        QString error; // empty on success; otherwise the failing command and its output
        QString signedFile; // the signed zone, next to the input
        QString dnskeyRecords; // KSK and ZSK in presentation form: a private trust anchor
        QString dsRecords; // DS (SHA-256) of the KSK, for the parent or an anchor file
        QStringList keyBases; // key file names without .key/.private, KSK first
        bool ok() const { return error.isEmpty(); }
    };

    // Generates keys in keyDirectory (created if missing) and signs zoneFile for origin.
    static Result sign(const QString& zoneFile, const QString& origin, const QString& keyDirectory, const Spec& spec);
    // Signs zoneFile again into outputFile with the BIND keys sign() left in keyDirectory, over
    // another validity window: what a secondary left behind serves (expired) or a signer with
    // a wrong clock writes (not yet valid). Empty on success, otherwise the tool's output.
    static QString resign(const QString& zoneFile, const QString& origin, const QString& keyDirectory,
        const QDateTime& inception, const QDateTime& expiration, const QString& outputFile);

private:
    struct Run {
        int exitCode = -1;
        QString output; // standard output only: key names and DS records, without warnings
        QString errors; // standard error: warnings (deprecated algorithms) and failures
        QString all() const { return output + errors; }
    };
    static Run run(const QString& program, const QStringList& arguments, const QString& directory);
    static QString timestamp(const QDateTime& time);
    static bool isRsa(const QString& algorithm);
    static Result signWithBind(const QString& zoneFile, const QString& origin, const QString& keys, const Spec& spec);
    static Result signWithLdns(const QString& zoneFile, const QString& origin, const QString& keys, const Spec& spec);
    static bool finish(Result& result, const QString& keys);
};

} // namespace nameplan
