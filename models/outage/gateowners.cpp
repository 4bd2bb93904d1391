// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateowners.h"

#include "model.h"

#include <QHash>

namespace nameplan {

namespace {

// The character mapping of FaultTreeBuilder::uniqueGateId for one key part.
QString safe(const QString& part)
{
    QString id;
    id.reserve(part.size());
    for (QChar c : part) {
        const bool ok = (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' || c == u'.';
        id += ok ? c : QChar(u'_');
    }
    return id;
}

class OwnerTable {
public:
    explicit OwnerTable(const Model& model)
    {
        QStringList populations { QStringLiteral("-") };
        for (const Population& p : model.populations)
            populations.append(safe(p.id));
        addPerPopulation(QStringLiteral("zone"), model.zones, populations);
        addPerPopulation(QStringLiteral("ns"), model.zones, populations);
        addPerPopulation(QStringLiteral("name"), model.names, populations);
        addPerPopulation(QStringLiteral("service"), model.services, populations);
        add(QStringLiteral("down"), model.authorities);
        add(QStringLiteral("resolver"), model.resolvers);
        add(QStringLiteral("path"), model.paths);
        add(QStringLiteral("signer"), model.signers);
        add(QStringLiteral("region"), model.regions);
        add(QStringLiteral("dependency"), model.dependencies);
        for (const Provider& p : model.providers) {
            m_owners.insert(QStringLiteral("plane.") + safe(p.id + QStringLiteral(":serving")), p.id);
            m_owners.insert(QStringLiteral("plane.") + safe(p.id + QStringLiteral(":control")), p.id);
        }
    }

    // A repeated key gets ".<n>" appended (a gate built again after a cut cycle): strip it.
    QString ownerOf(const QString& gateId) const
    {
        if (const auto it = m_owners.constFind(gateId); it != m_owners.cend())
            return *it;
        const qsizetype dot = gateId.lastIndexOf(u'.');
        bool number = false;
        if (dot > 0)
            gateId.mid(dot + 1).toInt(&number);
        return number ? m_owners.value(gateId.left(dot)) : QString();
    }

private:
    template <class List> void add(const QString& kind, const List& list)
    {
        for (const auto& element : list)
            m_owners.insert(kind + u'.' + safe(element.id), element.id);
    }

    template <class List> void addPerPopulation(const QString& kind, const List& list, const QStringList& populations)
    {
        for (const auto& element : list) {
            const QString prefix = kind + u'.' + safe(element.id) + u'.';
            for (const QString& population : populations)
                m_owners.insert(prefix + population, element.id);
        }
    }

    QHash<QString, QString> m_owners;
};

} // namespace

GateOwners::GateOwners(const Model& model, const FaultTree& tree)
{
    const OwnerTable table(model);
    m_gateOwners.reserve(tree.gates.size());
    for (const FaultTree::Gate& gate : tree.gates)
        m_gateOwners.push_back(table.ownerOf(gate.id));
    m_eventOwners.reserve(tree.events.size());
    for (const FaultTree::BasicEvent& event : tree.events) {
        if (event.id.startsWith(QStringLiteral("software:")))
            m_eventOwners.emplace_back();
        else
            m_eventOwners.push_back(event.id.section(u':', 0, 0));
    }
}

} // namespace nameplan
