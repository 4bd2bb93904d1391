// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// The result of one DNSSEC signature check, never a bare bool: the validator maps each status
// to its own verdict and RFC 8914 Extended DNS Error (UnsupportedAlgorithm -> EDE 1 and an
// insecure zone per RFC 4035 §5.2; SignatureInvalid and MalformedKey -> EDE 6, bogus;
// CryptoError -> indeterminate, since the data was never judged).
struct VerifyOutcome {
    enum class Status {
        Valid, // the signature verifies over the data with this key
        SignatureInvalid, // well-formed key, the signature does not match (or has a wrong length)
        UnsupportedAlgorithm, // not an algorithm this build can verify (unknown, or missing in OpenSSL)
        MalformedKey, // the DNSKEY public key field cannot be a key of its algorithm
        CryptoError, // OpenSSL failed for another reason; detail carries its error text
    };

    Status status = Status::CryptoError;
    QString detail; // why, in English, for logs and the JSON evidence; empty when Valid

    bool isValid() const { return status == Status::Valid; }
    bool operator==(const VerifyOutcome&) const = default;

    static VerifyOutcome valid() { return { Status::Valid, {} }; }
    static VerifyOutcome failure(Status status, const QString& detail) { return { status, detail }; }
};

// A stable identifier per status ("valid", "signature-invalid", ...) for JSON and tests.
QString verifyStatusName(VerifyOutcome::Status status);

} // namespace nameplan
