// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidenceverdict.h"

#include <QByteArrayView>
#include <QString>

namespace nameplan {

// Checks a detached CMS signature written by EvidenceSigner (or `openssl cms -sign -binary`)
// step by step, so that the verdict names what failed: first the signature over the signed
// attributes, then the message digest against the content, then the signer certificate.
class EvidenceVerifier {
public:
    enum class Trust {
        CaCertificate, // trustedPem is a CA: the signer certificate must chain to it
        SignerCertificate, // trustedPem is the expected signer itself (self-signed or pinned)
    };

    // Contract: signaturePem is PEM ("-----BEGIN CMS-----") or DER; the certificate is checked
    // for the S/MIME signing purpose at the current time, as `openssl cms -verify` does.
    static EvidenceVerdict verify(
        QByteArrayView content, QByteArrayView signaturePem, QByteArrayView trustedPem, Trust trust);

    // The same for files; UnreadableInput names a file that cannot be read.
    static EvidenceVerdict verifyFile(
        const QString& file, const QString& signatureFile, const QString& trustedPemFile, Trust trust);
};

} // namespace nameplan
