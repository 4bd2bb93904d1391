// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "livecheckrequest.h"
#include "testlab.h"

namespace nameplan {

// The lab of the per-authority DNSSEC tests: "signed.test." signed at test time and served by a
// healthy NSD (ns1), an NSD serving a copy with the same keys but signatures that ended
// yesterday (ns2), and an NSD serving a copy signed with other keys (ns3); the anchor is the
// healthy keys' DS. Only 127.0.0.0/8.
class DnssecLab {
public:
    // Signs the zones, starts the servers, writes the anchor; false with *error on failure.
    bool start(QString* error);

    LiveCheckRequest request() const;
    QString origin() const { return m_origin; }
    QString anchorFile() const { return m_anchorFile; }
    QString dsRecords() const { return m_dsRecords; }
    TestLab& lab() { return m_lab; }
    LabServer* primary() const { return m_primary; }
    LabServer* expired() const { return m_expired; }
    LabServer* otherKeys() const { return m_otherKeys; }

private:
    bool signExpired(QString* error) const;

    TestLab m_lab;
    QString m_anchorFile;
    QString m_dsRecords;
    LabServer* m_primary = nullptr;
    LabServer* m_expired = nullptr;
    LabServer* m_otherKeys = nullptr;
    const QString m_origin = QStringLiteral("signed.test.");
};

} // namespace nameplan
