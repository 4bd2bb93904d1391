// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace nameplan {

class WireReader;

// A domain name held in uncompressed wire form (RFC 1035 §3.1: length-prefixed labels ending
// with the zero-length root label). Case is preserved as received; equality and hashing are
// ASCII case-insensitive (RFC 4343 §3). A DnsName is always valid: at most 255 octets, labels
// of at most 63 octets, hence at most 127 labels plus the root. Default-constructed: the root.
class DnsName {
public:
    static constexpr int maxWireLength = 255;
    static constexpr int maxLabelLength = 63;
    static constexpr int maxPointers = 64; // far above any real name: 127 labels need far fewer

    enum class TextError { None, Empty, EmptyLabel, LabelTooLong, NameTooLong, BadEscape };

    DnsName();

    // From uncompressed wire octets that hold exactly one name; nullopt when invalid.
    static std::optional<DnsName> fromWire(QByteArrayView wire);
    // Length of the uncompressed name at the start of data, or -1 when data does not start
    // with a valid one.
    static qsizetype wireLengthAt(QByteArrayView data);
    // Reads a name at the reader's offset (RFC 1035 §4.1.4). With decompress, pointers are
    // followed; each must point strictly before every octet of the name read so far (so no
    // loop is possible) and at most maxPointers are followed. Without decompress a pointer is
    // an error (RFC 3597 §4). On error the reader holds it and the root is returned. The
    // reader ends after the name's last octet in place (after the first pointer, if any).
    static DnsName read(WireReader& reader, bool decompress);
    // Presentation form (RFC 1035 §5.1): labels separated by '.', "\X" quotes X, "\DDD" is the
    // octet DDD (decimal, at most 255). A name without a final unescaped '.' is relative and
    // gets origin appended; "@" alone is the origin. nullopt and *error set when invalid.
    static std::optional<DnsName> fromText(
        QByteArrayView text, const DnsName& origin = DnsName(), TextError* error = nullptr);
    // The wire form of what fromText reads, appended to out without making a DnsName (for a
    // name inside RDATA); false and *error set when invalid, out left as it was.
    static bool appendWireFromText(
        QByteArray& out, QByteArrayView text, const DnsName& origin, TextError* error = nullptr);
    static QString textErrorMessage(TextError error);

    // Absolute presentation form with a final '.', escaping '.', '\', '"', ';', '(', ')', '@',
    // '$' as "\X" and octets outside 0x21..0x7e as "\DDD", so that fromText reads it back.
    QString toString() const;
    void appendText(QByteArray& out) const;
    // The same for a valid uncompressed wire name given as octets (see wireLengthAt).
    static void appendWireText(QByteArray& out, QByteArrayView wire);

    QByteArrayView wire() const { return m_wire; }
    bool isRoot() const { return m_wire.size() == 1; }
    // Labels excluding the root label ("www.example." has 2).
    int labelCount() const;
    // The RRSIG Labels field value (RFC 4034 §3.1.3): labelCount() without a leading "*".
    int rrsigLabelCount() const;
    // Label i counted from the left (0 = leftmost), without its length octet.
    QByteArrayView label(int index) const;
    bool isWildcard() const;
    // The name with the leftmost label removed; the root's parent is the root.
    DnsName parent() const;
    // The name made of the rightmost `count` labels (count <= labelCount()).
    DnsName suffix(int count) const;
    // RFC 1034 §3.1: true when this name ends with ancestor's labels, including equality.
    bool isSubdomainOf(const DnsName& ancestor) const;
    // this + suffix when this is treated as relative (its root label dropped); nullopt when
    // the result would exceed 255 octets.
    std::optional<DnsName> concatenated(const DnsName& suffix) const;
    // ASCII letters lowercased: the form RFC 4034 §6.2 puts owners and listed RDATA names in.
    DnsName lowercased() const;

    // RFC 4034 §6.1 canonical order: negative, zero or positive as a sorts before, equal to
    // or after b. Labels are compared right to left as lowercased octet strings; a missing
    // label sorts first.
    static int canonicalCompare(const DnsName& a, const DnsName& b);
    static bool canonicalLess(const DnsName& a, const DnsName& b) { return canonicalCompare(a, b) < 0; }

    // Equality with a name given in wire form (RFC 4343 §3, as operator==), without making a
    // DnsName of it: whole-zone checks compare the next name of every NSEC in place.
    bool equalsWire(QByteArrayView wire) const;

    friend bool operator==(const DnsName& a, const DnsName& b);
    friend size_t qHash(const DnsName& name, size_t seed);

private:
    explicit DnsName(QByteArray wire)
        : m_wire(std::move(wire))
    {
    }
    // Offsets of each label's length octet, left to right; returns the count.
    int labelOffsets(std::uint8_t* offsets) const;

    QByteArray m_wire;
};

bool operator==(const DnsName& a, const DnsName& b);
size_t qHash(const DnsName& name, size_t seed = 0);

} // namespace nameplan
