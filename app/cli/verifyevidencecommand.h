// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace nameplan {

// `nameplan verify-evidence FILE (--ca CA.pem | --signer CERT.pem) [--signature SIG]
// [--model MODEL]`: checks the detached signature FILE.p7s and, for a JSON bundle, that the
// model hash it records is the hash of the given model file. Exit 0 only when all holds.
class VerifyEvidenceCommand {
public:
    static int run(const QStringList& arguments);
};

} // namespace nameplan
