// SPDX-License-Identifier: GPL-3.0-or-later
#include "dsdigest.h"

#include "digests.h"

namespace nameplan {

namespace {

std::optional<HashFunction> hashFor(quint8 digestType)
{
    switch (digestType) {
    case DsDigest::sha1:
        return HashFunction::Sha1;
    case DsDigest::sha256:
        return HashFunction::Sha256;
    case DsDigest::sha384:
        return HashFunction::Sha384;
    default:
        return std::nullopt;
    }
}

} // namespace

void canonicalNameWireInto(QByteArrayView nameWire, char* out)
{
    for (const char c : nameWire)
        *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

QByteArray canonicalNameWire(QByteArrayView nameWire)
{
    QByteArray canonical(nameWire.size(), Qt::Uninitialized);
    canonicalNameWireInto(nameWire, canonical.data());
    return canonical;
}

bool DsDigest::isSupported(quint8 digestType)
{
    return hashFor(digestType) && fetchedDigest(*hashFor(digestType));
}

std::optional<QByteArray> DsDigest::compute(quint8 digestType, QByteArrayView ownerWire, QByteArrayView dnskeyRdata)
{
    const std::optional<HashFunction> hash = hashFor(digestType);
    if (!hash)
        return std::nullopt;
    QByteArray input = canonicalNameWire(ownerWire);
    input.append(dnskeyRdata);
    QByteArray digest = hashOf(*hash, input);
    if (digest.isEmpty())
        return std::nullopt;
    return digest;
}

} // namespace nameplan
