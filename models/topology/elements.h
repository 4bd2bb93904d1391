// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The element records an architect draws. They are plain aggregates: the file format, the
// validator, the item models and the property editor all reach their fields through the one
// description in FieldSchema, so a field is added in exactly two places (here and there).

#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace nameplan {

// Fields every element carries.
struct ElementBase {
    QString id; // unique across the whole model; outage sets and references use it
    QString name; // display name
    QString notes;
    QStringList dependencies; // ids of shared dependencies this element lives on
    std::optional<double> unavailability; // steady-state probability of being out, 0..1
    std::optional<double> mtbfHours; // used when unavailability is not given
    std::optional<double> mttrHours;
    std::optional<QPointF> position; // diagram position chosen by the user
};

// A geographic failure domain; regions nest (continent > region > site).
struct Region : ElementBase {
    QString parent;
};

// Operator of authorities. Outage ids "<id>:serving" and "<id>:control" name its two planes.
struct Provider : ElementBase { };

// Transit, anycast network or private link; down when it or a region it runs through is out.
struct NetworkPath : ElementBase {
    QStringList regions;
};

// Any other failure domain components may share: a registrar, a cloud control plane, a team.
struct Dependency : ElementBase {
    QString category;
};

// Where a zone's DNSSEC signatures are made.
struct Signer : ElementBase {
    QString provider; // its control plane re-signs; optional
    QStringList regions;
};

// An authoritative name server.
struct Authority : ElementBase {
    QString hostname;
    QStringList addresses;
    QString provider;
    QStringList regions; // site regions; anycast authorities list several
    QStringList paths;
    QString software; // implementation, e.g. "nsd"; outage id "software:<name>"
    QString role; // "primary", "hidden-primary" or "secondary"
    QString transferFrom; // authority id this one transfers the zones from
};

// A recursive resolver a client population uses.
struct Resolver : ElementBase {
    QStringList addresses;
    QString provider;
    QStringList regions;
    QStringList paths;
};

struct Zone : ElementBase {
    QString domain;
    QStringList authorities; // the NS set
    QString parent; // zone id of the parent zone, when modelled
    QString signer; // empty: unsigned
    std::optional<qint64> soaRefresh; // seconds
    std::optional<qint64> soaRetry;
    std::optional<qint64> soaExpire;
    std::optional<qint64> soaMinimum;
    std::optional<qint64> signatureValidity; // seconds of RRSIG validity left
};

// A record a service needs, possibly a CNAME into another name.
struct Name : ElementBase {
    QString fqdn;
    QString type; // record type mnemonic, e.g. "A"
    QString cname; // id of the name this one is an alias of
};

struct Service : ElementBase {
    QStringList names;
    QStringList services; // services this one depends on
    QString criticality; // "critical", "high", "medium", "low"
    QStringList populations;
};

// Where resolution happens.
struct Population : ElementBase {
    QString region;
    QStringList paths;
    QStringList resolvers;
};

// A named outage combination saved with the model.
struct Scenario : ElementBase {
    QStringList outages; // element ids and plane ids ("aws:control", "software:bind")
    std::optional<qint64> duration; // seconds; unset: long enough for every timer to run out
};

} // namespace nameplan
