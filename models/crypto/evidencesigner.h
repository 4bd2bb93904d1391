// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace nameplan {

// Detached CMS signatures (RFC 5652 SignedData, PEM-armoured) over evidence files: the PDF
// report and the JSON bundle (issue 7). The signature carries the signer certificate and signed
// attributes (content type, signing time, SHA-256 message digest), so `openssl cms -verify
// -binary -content FILE` checks it as well as EvidenceVerifier does.
//
// Key material is handled only in memory, is wiped after use, and never appears in an error.
// Encrypted private keys are refused rather than prompting on a terminal.
class EvidenceSigner {
public:
    struct Result {
        QByteArray signaturePem; // empty on failure
        QString error;
        bool ok() const { return !signaturePem.isEmpty(); }
    };

    // Signs content with a PEM private key and its PEM certificate (binary mode: no MIME
    // canonicalisation, the bytes are signed as they are).
    static Result sign(QByteArrayView content, QByteArrayView keyPem, QByteArrayView certificatePem);

    // Writes signatureFileFor(f) next to every file f, each saved atomically. Returns an empty
    // string on success, otherwise the first failure (naming the file); files signed before
    // the failure keep their signatures.
    static QString signFiles(const QStringList& files, const QString& keyPemPath, const QString& certificatePemPath);

    // Where the detached signature of a file goes: the file name plus ".p7s".
    static QString signatureFileFor(const QString& file);
};

} // namespace nameplan
