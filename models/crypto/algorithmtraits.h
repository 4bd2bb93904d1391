// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "digests.h"
#include "dnssecalgorithm.h"

namespace nameplan {

// How each algorithm is built and verified with EVP. Private to models/crypto.
struct AlgorithmTraits {
    enum class Family { Rsa, Ecdsa, Eddsa };

    DnssecAlgorithm algorithm;
    Family family;
    const char* keyType; // EVP_PKEY_CTX_new_from_name / EVP_KEYMGMT name
    const char* signatureName; // EVP_SIGNATURE name, for detection
    const char* curve; // EC group name, or nullptr
    HashFunction hash; // unused for EdDSA, which hashes internally (RFC 8032 "pure" mode)
    int fieldBytes; // ECDSA: size of r and of s, and of each public key coordinate; EdDSA: key size
    const char* mnemonic;
};

// The traits of an implemented algorithm number, or nullptr.
const AlgorithmTraits* algorithmTraits(quint8 number);

} // namespace nameplan
