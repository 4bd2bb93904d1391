// SPDX-License-Identifier: GPL-3.0-or-later
#include "mefexporter.h"

#include <QSaveFile>
#include <QSet>
#include <QXmlStreamWriter>

namespace nameplan {

namespace {

const QString houseFailed = QStringLiteral("constant_failed");
const QString houseWorking = QStringLiteral("constant_working");

class NameTable {
public:
    NameTable() { m_used = { houseFailed, houseWorking }; }

    QString unique(const QString& prefix, const QString& id)
    {
        QString base = prefix;
        for (QChar c : id)
            base.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('_'));
        QString name = base;
        for (int n = 2; m_used.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        m_used.insert(name);
        return name;
    }

private:
    QSet<QString> m_used;
};

struct Reach {
    std::vector<char> gates;
    std::vector<char> events;
    bool failed = false;
    bool working = false;
};

// What the tops refer to, directly or through gates.
Reach reachFromTops(const FaultTree& tree)
{
    Reach reach { std::vector<char>(tree.gates.size(), 0), std::vector<char>(tree.events.size(), 0) };
    std::vector<FaultTree::NodeRef> stack;
    for (const FaultTree::TopEvent& top : tree.tops)
        stack.push_back(top.root);
    while (!stack.empty()) {
        const FaultTree::NodeRef node = stack.back();
        stack.pop_back();
        switch (node.kind) {
        case FaultTree::NodeKind::Event:
            reach.events[std::size_t(node.index)] = 1;
            break;
        case FaultTree::NodeKind::Failed:
            reach.failed = true;
            break;
        case FaultTree::NodeKind::Working:
            reach.working = true;
            break;
        case FaultTree::NodeKind::Gate: {
            if (std::exchange(reach.gates[std::size_t(node.index)], 1))
                break;
            const FaultTree::Gate& gate = tree.gates[std::size_t(node.index)];
            stack.insert(stack.end(), gate.inputs.begin(), gate.inputs.end());
            if (gate.inputs.empty())
                (gate.type == FaultTree::GateType::Or ? reach.working : reach.failed) = true;
            break;
        }
        }
    }
    return reach;
}

class Writer {
public:
    Writer(const FaultTree& tree, QByteArray& out)
        : m_tree(tree)
        , m_names(MefExporter::names(tree))
        , m_xml(&out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write(const QString& title)
    {
        const Reach reach = reachFromTops(m_tree);
        m_xml.writeStartDocument();
        m_xml.writeComment(QStringLiteral(" Nameplan fault tree: ")
            + QString(title).replace(QStringLiteral("--"), QStringLiteral("- -")) + QLatin1Char(' '));
        m_xml.writeStartElement(QStringLiteral("opsa-mef"));
        m_xml.writeStartElement(QStringLiteral("define-fault-tree"));
        m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("nameplan"));
        for (std::size_t t = 0; t < m_tree.tops.size(); ++t)
            writeTop(t);
        for (std::size_t g = 0; g < m_tree.gates.size(); ++g) {
            if (reach.gates[g])
                writeGate(g);
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("model-data"));
        for (std::size_t e = 0; e < m_tree.events.size(); ++e) {
            if (reach.events[e])
                writeEvent(e);
        }
        if (reach.failed)
            writeHouseEvent(houseFailed, true);
        if (reach.working)
            writeHouseEvent(houseWorking, false);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void writeTop(std::size_t t)
    {
        const FaultTree::TopEvent& top = m_tree.tops[t];
        m_xml.writeStartElement(QStringLiteral("define-gate"));
        m_xml.writeAttribute(QStringLiteral("name"), m_names.tops[t]);
        const QString label = top.populationId.isEmpty()
            ? QStringLiteral("service %1 fails").arg(top.serviceId)
            : QStringLiteral("service %1 fails for population %2").arg(top.serviceId, top.populationId);
        m_xml.writeTextElement(QStringLiteral("label"), label);
        writeReference(top.root);
        m_xml.writeEndElement();
    }

    void writeGate(std::size_t g)
    {
        const FaultTree::Gate& gate = m_tree.gates[g];
        m_xml.writeStartElement(QStringLiteral("define-gate"));
        m_xml.writeAttribute(QStringLiteral("name"), m_names.gates[g]);
        if (!gate.label.isEmpty())
            m_xml.writeTextElement(QStringLiteral("label"), gate.label);
        const bool isOr = gate.type == FaultTree::GateType::Or;
        if (gate.inputs.empty()) {
            writeReference({ isOr ? FaultTree::NodeKind::Working : FaultTree::NodeKind::Failed, -1 });
        } else if (gate.inputs.size() == 1) {
            writeReference(gate.inputs.front());
        } else {
            m_xml.writeStartElement(isOr ? QStringLiteral("or") : QStringLiteral("and"));
            for (const FaultTree::NodeRef& input : gate.inputs)
                writeReference(input);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeReference(const FaultTree::NodeRef& node)
    {
        switch (node.kind) {
        case FaultTree::NodeKind::Event:
            m_xml.writeEmptyElement(QStringLiteral("basic-event"));
            m_xml.writeAttribute(QStringLiteral("name"), m_names.events[std::size_t(node.index)]);
            return;
        case FaultTree::NodeKind::Gate:
            m_xml.writeEmptyElement(QStringLiteral("gate"));
            m_xml.writeAttribute(QStringLiteral("name"), m_names.gates[std::size_t(node.index)]);
            return;
        case FaultTree::NodeKind::Failed:
        case FaultTree::NodeKind::Working:
            m_xml.writeEmptyElement(QStringLiteral("house-event"));
            m_xml.writeAttribute(
                QStringLiteral("name"), node.kind == FaultTree::NodeKind::Failed ? houseFailed : houseWorking);
            return;
        }
    }

    void writeEvent(std::size_t e)
    {
        const FaultTree::BasicEvent& event = m_tree.events[e];
        m_xml.writeStartElement(QStringLiteral("define-basic-event"));
        m_xml.writeAttribute(QStringLiteral("name"), m_names.events[e]);
        QString label = event.label.isEmpty() ? event.id : event.label;
        if (!event.unavailability)
            label += QStringLiteral(" (no unavailability in the model: 0)");
        m_xml.writeTextElement(QStringLiteral("label"), label);
        m_xml.writeEmptyElement(QStringLiteral("float"));
        // 17 significant digits: the double round-trips exactly.
        m_xml.writeAttribute(QStringLiteral("value"), QString::number(event.unavailability.value_or(0.0), 'g', 17));
        m_xml.writeEndElement();
    }

    void writeHouseEvent(const QString& name, bool value)
    {
        m_xml.writeStartElement(QStringLiteral("define-house-event"));
        m_xml.writeAttribute(QStringLiteral("name"), name);
        m_xml.writeEmptyElement(QStringLiteral("constant"));
        m_xml.writeAttribute(QStringLiteral("value"), value ? QStringLiteral("true") : QStringLiteral("false"));
        m_xml.writeEndElement();
    }

    const FaultTree& m_tree;
    const MefExporter::Names m_names;
    QXmlStreamWriter m_xml;
};

} // namespace

MefExporter::Names MefExporter::names(const FaultTree& tree)
{
    NameTable table;
    Names names;
    for (const FaultTree::TopEvent& top : tree.tops) {
        const QString id
            = top.populationId.isEmpty() ? top.serviceId : top.serviceId + QLatin1Char('_') + top.populationId;
        names.tops.push_back(table.unique(QStringLiteral("top_"), id));
    }
    for (const FaultTree::Gate& gate : tree.gates)
        names.gates.push_back(table.unique(QStringLiteral("g_"), gate.id));
    for (const FaultTree::BasicEvent& event : tree.events)
        names.events.push_back(table.unique(QStringLiteral("be_"), event.id));
    return names;
}

QByteArray MefExporter::toXml(const FaultTree& tree, const QString& title)
{
    QByteArray out;
    Writer(tree, out).write(title);
    return out;
}

QString MefExporter::save(const QString& path, const FaultTree& tree, const QString& title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(toXml(tree, title));
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace nameplan
