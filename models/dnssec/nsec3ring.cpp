// SPDX-License-Identifier: GPL-3.0-or-later
#include "nsec3ring.h"

#include <algorithm>
#include <bit>

namespace nameplan {

namespace {
bool hashLess(const Nsec3Ring::Record& a, const Nsec3Ring::Record& b)
{
    return a.hash() < b.hash();
}
} // namespace

void Nsec3Ring::Record::setTypeBitmap(QByteArrayView bitmap)
{
    bitmapSize = std::uint16_t(bitmap.size());
    if (bitmap.size() <= qsizetype(shortBitmap.size()))
        std::copy(bitmap.begin(), bitmap.end(), shortBitmap.begin());
}

QByteArrayView Nsec3Ring::Record::typeBitmap() const
{
    return bitmapSize <= shortBitmap.size() ? QByteArrayView(shortBitmap.data(), bitmapSize) : rdata.last(bitmapSize);
}

Nsec3Ring::Nsec3Ring(std::vector<Record> records)
    : m_records(std::move(records))
{
    // Signers write NSEC3 records in hash order (canonical order of their owners): no sort then.
    if (!std::is_sorted(m_records.begin(), m_records.end(), hashLess))
        std::sort(m_records.begin(), m_records.end(), hashLess);
    // About one record per bucket; 2^24 buckets at most (a 64 MiB directory).
    m_bucketBits = std::min(24, int(std::bit_width(m_records.size())));
    m_bucketStart.assign((size_t(1) << m_bucketBits) + 1, 0);
    size_t index = 0;
    for (std::uint32_t bucket = 0; bucket < m_bucketStart.size(); ++bucket) {
        while (index < m_records.size() && bucketOf(m_records[index].hash()) < bucket)
            ++index;
        m_bucketStart[bucket] = std::uint32_t(index);
    }
    m_bucketStart.back() = std::uint32_t(m_records.size());
}

std::uint32_t Nsec3Ring::bucketOf(QByteArrayView hash) const
{
    std::uint32_t leading = 0;
    for (qsizetype i = 0; i < 4; ++i)
        leading = (leading << 8) | (i < hash.size() ? static_cast<std::uint8_t>(hash[i]) : 0u);
    return m_bucketBits == 0 ? 0 : leading >> (32 - m_bucketBits);
}

std::pair<size_t, size_t> Nsec3Ring::bucketRange(QByteArrayView hash) const
{
    const std::uint32_t bucket = bucketOf(hash);
    return { m_bucketStart[bucket], m_bucketStart[bucket + 1] };
}

Nsec3Ring::Record* Nsec3Ring::find(QByteArrayView hash)
{
    const auto [first, last] = bucketRange(hash);
    for (size_t i = first; i < last; ++i) {
        if (m_records[i].hash() == hash)
            return &m_records[i];
    }
    return nullptr;
}

const Nsec3Ring::Record& Nsec3Ring::covering(QByteArrayView hash) const
{
    // Records in earlier buckets sort before hash and those in later ones after it.
    const auto [first, last] = bucketRange(hash);
    const auto after = std::upper_bound(m_records.begin() + qsizetype(first), m_records.begin() + qsizetype(last), hash,
        [](QByteArrayView h, const Record& r) { return h < r.hash(); });
    return after == m_records.begin() ? m_records.back() : *(after - 1);
}

} // namespace nameplan
