// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsname.h"

#include "asciicase.h"
#include "wirereader.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace nameplan {

namespace {
// A function, not a global: DnsName constants in other translation units may be built before
// this file's globals (initialisation order across files is unspecified; ASan caught it).
const QByteArray& rootWire()
{
    static const QByteArray wire(1, '\0');
    return wire;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether an octet must be written as "\X" in presentation form: the label separator, the
// escape itself and the characters a zone file gives a meaning (RFC 1035 §5.1).
bool needsBackslash(std::uint8_t c)
{
    switch (c) {
    case '.':
    case '\\':
    case '"':
    case ';':
    case '(':
    case ')':
    case '@':
    case '$':
        return true;
    default:
        return false;
    }
}

void setError(DnsName::TextError* error, DnsName::TextError value)
{
    if (error)
        *error = value;
}

// Presentation text (see fromText) to the whole wire form of the name, origin included, in
// buffer (maxWireLength + 1 octets: a label may start at offset maxWireLength before the name
// is found too long). Returns its length, or 0 with *error set when invalid.
int textToWire(QByteArrayView text, QByteArrayView originWire, std::uint8_t* buffer, DnsName::TextError* error)
{
    using TextError = DnsName::TextError;
    auto failWith = [error](TextError e) {
        setError(error, e);
        return 0;
    };
    setError(error, TextError::None);
    if (text.isEmpty())
        return failWith(TextError::Empty);
    if (text.size() == 1 && (text[0] == '@' || text[0] == '.')) {
        const QByteArrayView wire = text[0] == '@' ? originWire : QByteArrayView("\0", 1);
        std::memcpy(buffer, wire.data(), static_cast<size_t>(wire.size()));
        return static_cast<int>(wire.size());
    }

    int length = 1; // octets written
    int labelStart = 0; // offset of the current label's length octet
    // The length at which the next octet would make the label or the name too long.
    int stop = DnsName::maxLabelLength + 1;
    buffer[0] = 0;
    bool absolute = false;
    const char* s = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        std::uint8_t c = static_cast<std::uint8_t>(s[i]);
        if (c == '.') {
            if (length - labelStart == 1)
                return failWith(TextError::EmptyLabel);
            buffer[labelStart] = static_cast<std::uint8_t>(length - labelStart - 1);
            if (i == n - 1) {
                absolute = true;
                break;
            }
            labelStart = length;
            stop = std::min(labelStart + DnsName::maxLabelLength + 1, DnsName::maxWireLength);
            buffer[length++] = 0;
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= n)
                return failWith(TextError::BadEscape);
            if (isDigit(s[i + 1])) {
                if (i + 3 >= n || !isDigit(s[i + 2]) || !isDigit(s[i + 3]))
                    return failWith(TextError::BadEscape);
                const int value = (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
                if (value > 255)
                    return failWith(TextError::BadEscape);
                c = static_cast<std::uint8_t>(value);
                i += 3;
            } else {
                c = static_cast<std::uint8_t>(s[++i]);
            }
        }
        if (length >= stop)
            return failWith(
                length - labelStart > DnsName::maxLabelLength ? TextError::LabelTooLong : TextError::NameTooLong);
        buffer[length++] = c;
    }
    buffer[labelStart] = static_cast<std::uint8_t>(length - labelStart - 1);
    if (length - labelStart == 1)
        return failWith(TextError::EmptyLabel);
    if (absolute) {
        if (length + 1 > DnsName::maxWireLength)
            return failWith(TextError::NameTooLong);
        buffer[length++] = 0;
        return length;
    }
    if (length + originWire.size() > DnsName::maxWireLength)
        return failWith(TextError::NameTooLong);
    std::memcpy(buffer + length, originWire.data(), static_cast<size_t>(originWire.size()));
    return length + static_cast<int>(originWire.size());
}
} // namespace

DnsName::DnsName()
    : m_wire(rootWire())
{
}

qsizetype DnsName::wireLengthAt(QByteArrayView data)
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(data.data());
    const qsizetype size = data.size();
    qsizetype pos = 0;
    while (pos < size) {
        const std::uint8_t len = p[pos];
        if (len > maxLabelLength)
            return -1;
        if (pos + 1 + len > maxWireLength)
            return -1;
        pos += 1 + len;
        if (len == 0)
            return pos;
    }
    return -1;
}

std::optional<DnsName> DnsName::fromWire(QByteArrayView wire)
{
    if (wireLengthAt(wire) != wire.size())
        return std::nullopt;
    if (wire.size() == 1)
        return DnsName();
    return DnsName(wire.toByteArray());
}

DnsName DnsName::read(WireReader& reader, bool decompress)
{
    const QByteArrayView data = reader.data();
    const auto* p = reinterpret_cast<const std::uint8_t*>(data.data());
    std::uint8_t buffer[maxWireLength];
    int length = 0;
    int pointers = 0;
    qsizetype pos = reader.offset();
    qsizetype limit = pos; // every pointer must target an offset below this
    qsizetype resume = -1;
    while (reader.ok()) {
        if (pos >= data.size()) {
            reader.fail(WireError::Kind::Truncated, pos);
            break;
        }
        const std::uint8_t len = p[pos];
        if (len == 0) {
            buffer[length++] = 0;
            ++pos;
            reader.seek(resume >= 0 ? resume : pos);
            return length == 1 ? DnsName() : DnsName(QByteArray(reinterpret_cast<const char*>(buffer), length));
        }
        if ((len & 0xC0) == 0xC0) {
            if (!decompress) {
                reader.fail(WireError::Kind::CompressionNotAllowed, pos);
                break;
            }
            if (pos + 1 >= data.size()) {
                reader.fail(WireError::Kind::Truncated, pos);
                break;
            }
            const qsizetype target = ((len & 0x3F) << 8) | p[pos + 1];
            if (target > pos) {
                reader.fail(WireError::Kind::ForwardPointer, pos);
                break;
            }
            if (target >= limit) { // back into octets of this very name: following it would loop
                reader.fail(WireError::Kind::CompressionLoop, pos);
                break;
            }
            if (++pointers > maxPointers) {
                reader.fail(WireError::Kind::TooManyPointers, pos);
                break;
            }
            if (resume < 0)
                resume = pos + 2;
            pos = limit = target;
            continue;
        }
        if (len > maxLabelLength) {
            reader.fail(WireError::Kind::LabelTooLong, pos);
            break;
        }
        if (length + 1 + len + 1 > maxWireLength) {
            reader.fail(WireError::Kind::NameTooLong, pos);
            break;
        }
        if (pos + 1 + len > data.size()) {
            reader.fail(WireError::Kind::Truncated, pos);
            break;
        }
        std::memcpy(buffer + length, p + pos, 1 + len);
        length += 1 + len;
        pos += 1 + len;
    }
    return DnsName();
}

std::optional<DnsName> DnsName::fromText(QByteArrayView text, const DnsName& origin, TextError* error)
{
    // "@" and "." share the origin's and the root's octets instead of copying them.
    if (text.size() == 1 && (text[0] == '@' || text[0] == '.')) {
        setError(error, TextError::None);
        return text[0] == '@' ? origin : DnsName();
    }
    std::uint8_t buffer[maxWireLength + 1];
    const int length = textToWire(text, origin.m_wire, buffer, error);
    if (length == 0)
        return std::nullopt;
    return DnsName(QByteArray(reinterpret_cast<const char*>(buffer), length));
}

bool DnsName::appendWireFromText(QByteArray& out, QByteArrayView text, const DnsName& origin, TextError* error)
{
    std::uint8_t buffer[maxWireLength + 1];
    const int length = textToWire(text, origin.m_wire, buffer, error);
    out.append(reinterpret_cast<const char*>(buffer), length);
    return length > 0;
}

QString DnsName::textErrorMessage(TextError error)
{
    switch (error) {
    case TextError::None:
        return QString();
    case TextError::Empty:
        return QStringLiteral("empty domain name");
    case TextError::EmptyLabel:
        return QStringLiteral("empty label in domain name");
    case TextError::LabelTooLong:
        return QStringLiteral("label longer than 63 octets");
    case TextError::NameTooLong:
        return QStringLiteral("domain name longer than 255 octets");
    case TextError::BadEscape:
        return QStringLiteral("invalid escape in domain name");
    }
    return QString();
}

void DnsName::appendText(QByteArray& out) const
{
    appendWireText(out, m_wire);
}

void DnsName::appendWireText(QByteArray& out, QByteArrayView wire)
{
    if (wire.size() <= 1) {
        out.append('.');
        return;
    }
    const auto* p = reinterpret_cast<const std::uint8_t*>(wire.data());
    qsizetype pos = 0;
    while (p[pos] != 0) {
        const std::uint8_t len = p[pos];
        for (qsizetype i = pos + 1; i <= pos + len; ++i) {
            const std::uint8_t c = p[i];
            if (needsBackslash(c)) {
                out.append('\\');
                out.append(static_cast<char>(c));
            } else if (c < 0x21 || c > 0x7e) {
                const char escaped[4] = { '\\', static_cast<char>('0' + c / 100), static_cast<char>('0' + c / 10 % 10),
                    static_cast<char>('0' + c % 10) };
                out.append(escaped, 4);
            } else {
                out.append(static_cast<char>(c));
            }
        }
        out.append('.');
        pos += 1 + len;
    }
}

QString DnsName::toString() const
{
    QByteArray text;
    text.reserve(m_wire.size() + 8);
    appendText(text);
    return QString::fromLatin1(text);
}

int DnsName::labelOffsets(std::uint8_t* offsets) const
{
    const auto* p = reinterpret_cast<const std::uint8_t*>(m_wire.constData());
    int count = 0;
    int pos = 0;
    while (p[pos] != 0) {
        offsets[count++] = static_cast<std::uint8_t>(pos);
        pos += 1 + p[pos];
    }
    return count;
}

int DnsName::labelCount() const
{
    std::uint8_t offsets[128];
    return labelOffsets(offsets);
}

int DnsName::rrsigLabelCount() const
{
    const int count = labelCount();
    return isWildcard() ? count - 1 : count;
}

QByteArrayView DnsName::label(int index) const
{
    std::uint8_t offsets[128];
    const int count = labelOffsets(offsets);
    if (index < 0 || index >= count)
        return {};
    const int pos = offsets[index];
    return QByteArrayView(m_wire).sliced(pos + 1, static_cast<std::uint8_t>(m_wire[pos]));
}

bool DnsName::isWildcard() const
{
    return m_wire.size() > 2 && m_wire[0] == 1 && m_wire[1] == '*';
}

DnsName DnsName::parent() const
{
    if (isRoot())
        return DnsName();
    const qsizetype skip = 1 + static_cast<std::uint8_t>(m_wire[0]);
    return skip + 1 == m_wire.size() ? DnsName() : DnsName(m_wire.sliced(skip));
}

DnsName DnsName::suffix(int count) const
{
    std::uint8_t offsets[128];
    const int total = labelOffsets(offsets);
    if (count >= total)
        return *this;
    if (count <= 0)
        return DnsName();
    return DnsName(m_wire.sliced(offsets[total - count]));
}

bool DnsName::isSubdomainOf(const DnsName& ancestor) const
{
    std::uint8_t offsets[128];
    const int count = labelOffsets(offsets);
    const int ancestorCount = ancestor.labelCount();
    if (ancestorCount > count)
        return false;
    if (ancestorCount == 0)
        return true;
    const QByteArrayView tail = QByteArrayView(m_wire).sliced(offsets[count - ancestorCount]);
    if (tail.size() != ancestor.m_wire.size())
        return false;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        if (asciiLower(static_cast<std::uint8_t>(tail[i])) != asciiLower(static_cast<std::uint8_t>(ancestor.m_wire[i])))
            return false;
    }
    return true;
}

std::optional<DnsName> DnsName::concatenated(const DnsName& suffix) const
{
    if (m_wire.size() - 1 + suffix.m_wire.size() > maxWireLength)
        return std::nullopt;
    if (isRoot())
        return suffix;
    QByteArray wire = m_wire.first(m_wire.size() - 1);
    wire.append(suffix.m_wire);
    return DnsName(std::move(wire));
}

DnsName DnsName::lowercased() const
{
    QByteArray wire = m_wire;
    asciiLowerInPlace(wire.data(), wire.data() + wire.size());
    return DnsName(std::move(wire));
}

int DnsName::canonicalCompare(const DnsName& a, const DnsName& b)
{
    std::uint8_t offsetsA[128];
    std::uint8_t offsetsB[128];
    const int countA = a.labelOffsets(offsetsA);
    const int countB = b.labelOffsets(offsetsB);
    const auto* pa = reinterpret_cast<const std::uint8_t*>(a.m_wire.constData());
    const auto* pb = reinterpret_cast<const std::uint8_t*>(b.m_wire.constData());
    for (int ia = countA - 1, ib = countB - 1; ia >= 0 && ib >= 0; --ia, --ib) {
        const std::uint8_t* la = pa + offsetsA[ia];
        const std::uint8_t* lb = pb + offsetsB[ib];
        const int common = la[0] < lb[0] ? la[0] : lb[0];
        for (int i = 1; i <= common; ++i) {
            const int d = asciiLower(la[i]) - asciiLower(lb[i]);
            if (d != 0)
                return d;
        }
        if (la[0] != lb[0])
            return la[0] - lb[0];
    }
    return countA - countB;
}

bool DnsName::equalsWire(QByteArrayView wire) const
{
    if (m_wire.size() != wire.size())
        return false;
    const auto* pa = reinterpret_cast<const std::uint8_t*>(m_wire.constData());
    const auto* pb = reinterpret_cast<const std::uint8_t*>(wire.data());
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (asciiLower(pa[i]) != asciiLower(pb[i]))
            return false;
    }
    return true;
}

bool operator==(const DnsName& a, const DnsName& b)
{
    return a.equalsWire(b.m_wire);
}

size_t qHash(const DnsName& name, size_t seed)
{
    std::uint8_t buffer[DnsName::maxWireLength];
    const qsizetype size = name.m_wire.size();
    const auto* p = reinterpret_cast<const std::uint8_t*>(name.m_wire.constData());
    for (qsizetype i = 0; i < size; ++i)
        buffer[i] = asciiLower(p[i]);
    return qHashBits(buffer, static_cast<size_t>(size), seed);
}

} // namespace nameplan
