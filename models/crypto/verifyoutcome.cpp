// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifyoutcome.h"

namespace nameplan {

QString verifyStatusName(VerifyOutcome::Status status)
{
    switch (status) {
    case VerifyOutcome::Status::Valid:
        return QStringLiteral("valid");
    case VerifyOutcome::Status::SignatureInvalid:
        return QStringLiteral("signature-invalid");
    case VerifyOutcome::Status::UnsupportedAlgorithm:
        return QStringLiteral("unsupported-algorithm");
    case VerifyOutcome::Status::MalformedKey:
        return QStringLiteral("malformed-key");
    case VerifyOutcome::Status::CryptoError:
        return QStringLiteral("crypto-error");
    }
    return QStringLiteral("crypto-error");
}

} // namespace nameplan
