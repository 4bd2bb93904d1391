// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// What checking a detached evidence signature found; exactly one cause per failure, so that an
// auditor reads "the PDF changed after signing" rather than "verification failed".
struct EvidenceVerdict {
    enum class Status {
        Valid, // signature, content and certificate all check out
        ContentChanged, // the signed message digest does not match the file as it is now
        SignatureInvalid, // the signature over the signed attributes does not verify
        CertificateProblem, // the signer's certificate does not chain to the trust given, or is not
                            // the pinned signer, or is expired / unfit for signing (detail says which)
        MalformedSignature, // not a CMS SignedData that Nameplan can check
        UnreadableInput, // a file could not be read
    };

    Status status = Status::MalformedSignature;
    QString detail; // English, for the CLI, logs and JSON; empty when Valid
    QString signer; // the signer certificate's subject (RFC 2253), when known

    bool isValid() const { return status == Status::Valid; }
};

} // namespace nameplan
