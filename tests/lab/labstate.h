// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nameplan {

// What a running lab looks like from outside: the state file nameplan_labrunner writes for
// CTest fixtures, so tests of the command line (`nameplan check --ns …`) find the servers.
struct LabState {
    struct Server {
        QString name; // "primary", "bind-secondary", "knot-secondary", "lame", "stale", ...
        QString implementation; // "nsd", "bind", "knot", "unbound", "silent"
        QString host; // the NS name the zone gives it ("ns1.example.test.")
        ServerEndpoint endpoint;
    };

    qint64 runnerPid = 0;
    QString zone; // "example.test."
    quint32 serial = 0;
    QString zoneFile; // the primary's zone file (unsigned)
    QList<Server> servers;
    // addDelegatedLab() only: where a walk from the roots starts, the zone that delegates
    // `zone`, and the delegation faults planted there. Empty for the standard lab.
    QList<ServerEndpoint> roots;
    QString parentZone;
    QString missingFromParent; // an NS host the child lists and the parent leaves out
    QString wrongGlueHost; // an NS host whose glue at the parent is wrong
    QString wrongGlueAddress;

    std::optional<Server> server(const QString& name) const;
    QByteArray toJson() const;
    // Nothing when the file is missing or not a lab state; error says why.
    static std::optional<LabState> load(const QString& path, QString* error);
};

} // namespace nameplan
