// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zonecontents.h"

#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <vector>

namespace nameplan {

// The NSEC3 records of a zone in hash order, the order of the chain (RFC 5155 §7.1), for the
// whole-zone check that looks up the hash of every name of the zone. Owner hashes are held
// inline and a directory on their leading bits narrows each lookup to a handful of neighbours:
// with 100,000 records a binary search over the ring costs more cache misses than the SHA-1
// of the name. SHA-1 output is uniform, so the buckets stay small; any other hash (a malformed
// owner) still sorts and is found correctly, only less quickly.
class Nsec3Ring {
public:
    struct Record {
        // The owner's hash label decoded (at most 63 base32hex characters: 39 octets).
        std::array<char, 40> octets {};
        std::uint8_t size = 0;
        bool valid = false; // RDATA well formed, with the NSEC3PARAM's parameters
        bool optOut = false;
        bool accounted = false; // some name of the zone hashes to it
        std::uint16_t bitmapSize = 0;
        // The type bitmap when it is this short (most are): read with the hash, where a bitmap
        // in the RDATA costs one more cache miss per lookup.
        std::array<char, 16> shortBitmap {};
        const ZoneContents::Name* name = nullptr; // the hashed owner
        QByteArrayView rdata;

        QByteArrayView hash() const { return { octets.data(), size }; }
        // Contract: bitmap is the end of rdata.
        void setTypeBitmap(QByteArrayView bitmap);
        QByteArrayView typeBitmap() const;
    };

    // Sorts the records by hash.
    explicit Nsec3Ring(std::vector<Record> records);

    std::vector<Record>& records() { return m_records; }
    const std::vector<Record>& records() const { return m_records; }
    // The record following the one at index, the last pointing back to the first.
    const Record& next(size_t index) const { return m_records[(index + 1) % m_records.size()]; }
    // The record whose owner hash is hash, or nullptr.
    Record* find(QByteArrayView hash);
    // The record whose span covers hash, i.e. the last one sorting before or at it, wrapping
    // round to the last record for a hash before the first. Contract: the ring is not empty.
    const Record& covering(QByteArrayView hash) const;

private:
    // The bucket of a hash: its leading bits, octets past its end read as zero, so that the
    // bucket never decreases along the sorted records.
    std::uint32_t bucketOf(QByteArrayView hash) const;
    // Indices into m_records of the first record of the hash's bucket and one past its last.
    std::pair<size_t, size_t> bucketRange(QByteArrayView hash) const;

    std::vector<Record> m_records;
    int m_bucketBits = 0;
    std::vector<std::uint32_t> m_bucketStart; // per bucket, and one past the last
};

} // namespace nameplan
