// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace nameplan {

// Writes RFC 1035 master files for lab zones: SOA, NS with glue, any records in
// presentation form, and a large TXT RRset that cannot fit a 1232-byte UDP answer.
class ZoneFile {
public:
    // origin with or without the trailing dot; the SOA's MNAME is the first name server.
    explicit ZoneFile(const QString& origin, quint32 serial = 1, quint32 ttl = 300);

    QString origin() const { return m_origin; } // always absolute ("example.test.")
    quint32 serial() const { return m_serial; }
    void setSerial(quint32 serial) { m_serial = serial; }

    // An NS at the apex; with an address, an A or AAAA for the host (glue when in-zone).
    void addNameServer(const QString& host, const QString& address = QString());
    // One record: owner relative or absolute, type and RDATA in presentation form.
    void add(const QString& owner, const QString& type, const QString& rdata);
    // `count` TXT records of 255 characters each at owner: count 8 is about 2 KiB of RDATA.
    void addLargeTxt(const QString& owner, int count);

    QString text() const;
    // Empty on success, otherwise why the file could not be written.
    QString write(const QString& path) const;

private:
    QString m_origin;
    quint32 m_serial;
    quint32 m_ttl;
    QStringList m_nameServers;
    QStringList m_records;
};

} // namespace nameplan
