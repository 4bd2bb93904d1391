// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a 20,000-element model through ModelDocument: what one keystroke, one removal (with
// its reference scan), one undo, the problems refresh, an autosave and a save cost. The peer
// for each edit is the bare Model operation it wraps, so the ratio is the document's overhead
// (undo command, signals, id look-up). Interactive target: every edit well under 100 ms.

#include "elementtablemodel.h"
#include "fieldschema.h"
#include "modeldocument.h"
#include "modelwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace nameplan;

namespace {

// Cells of 40 elements that refer to each other like a real estate (authorities in regions
// and on paths, zones served by them, names in zones, services needing names).
Model largeModel(int elements)
{
    Model m;
    Provider provider;
    provider.id = QStringLiteral("p1");
    m.providers.push_back(provider);
    for (int cell = 0; m.elementCount() < elements; ++cell) {
        Region r;
        r.id = QStringLiteral("r%1").arg(cell);
        m.regions.push_back(r);
        QStringList ns;
        for (int a = 0; a < 4; ++a) {
            Authority au;
            au.id = QStringLiteral("ns%1-%2").arg(cell).arg(a);
            au.hostname = QStringLiteral("ns%1.cell%2.example.net").arg(a).arg(cell);
            au.addresses = { QStringLiteral("192.0.2.%1").arg(a + 1) };
            au.provider = provider.id;
            au.regions = { r.id };
            au.role = a == 0 ? QStringLiteral("primary") : QStringLiteral("secondary");
            ns.append(au.id);
            m.authorities.push_back(au);
        }
        for (int z = 0; z < 3; ++z) {
            Zone zone;
            zone.id = QStringLiteral("z%1-%2").arg(cell).arg(z);
            zone.domain = QStringLiteral("zone%1.cell%2.example").arg(z).arg(cell);
            zone.authorities = ns;
            m.zones.push_back(zone);
            for (int n = 0; n < 8; ++n) {
                Name name;
                name.id = QStringLiteral("n%1-%2-%3").arg(cell).arg(z).arg(n);
                name.fqdn = QStringLiteral("host%1.").arg(n) + zone.domain;
                name.type = QStringLiteral("A");
                m.names.push_back(name);
                Service s;
                s.id = QStringLiteral("s%1-%2-%3").arg(cell).arg(z).arg(n);
                s.names = { name.id };
                m.services.push_back(s);
            }
        }
    }
    return m;
}

double medianMs(const std::function<void()>& work, int runs = 9)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* what, double ms, double peerMs = -1)
{
    if (peerMs > 0)
        std::printf("%-52s %9.3f ms  (bare Model %7.3f ms, %.0fx)\n", what, ms, peerMs, ms / peerMs);
    else
        std::printf("%-52s %9.3f ms\n", what, ms);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    const Model model = largeModel(20000);
    std::printf("model: %d elements\n", model.elementCount());

    ModelDocument document;
    document.replaceModel(model, QStringLiteral("Load"));
    ElementTableModel table(&document, ElementKind::Service);
    Model bare = model;
    const QString lastService = model.services.back().id;
    const int notes = FieldSchema::indexOf(ElementKind::Service, u"notes");
    const int lastRow = int(model.services.size()) - 1;

    int keystroke = 0;
    const double edit = medianMs([&] {
        document.setField(ElementKind::Service, lastService, QStringLiteral("notes"), QString::number(++keystroke));
    });
    const double bareEdit = medianMs(
        [&] { FieldSchema::setValue(bare, ElementKind::Service, lastRow, notes, QString::number(++keystroke)); });
    report("setField, last of 9,000 services (merged keystroke)", edit, bareEdit);

    const double validate = medianMs([&] {
        document.setField(ElementKind::Service, lastService, QStringLiteral("criticality"), QStringLiteral("low"));
        document.setField(ElementKind::Service, lastService, QStringLiteral("criticality"), QString());
        (void)document.problems();
    });
    report("problems() after an edit (one ModelValidator pass)", validate);

    int removed = 0;
    const double remove = medianMs([&] { document.removeElements({ model.authorities[size_t(removed++)].id }); });
    const double bareRemove = medianMs([&] { bare.removeElement(ElementKind::Authority, 0); });
    report("removeElements(one authority) incl. reference scan", remove, bareRemove);
    const double undo = medianMs([&] { document.undoStack()->undo(); });
    report("undo of that removal", undo);
    const double add = medianMs([&] { document.addElement(ElementKind::Authority); });
    report("addElement(authority)", add);

    document.setAutosaveInterval(60000);
    const double autosave = medianMs([&] {
        document.setField(ElementKind::Service, lastService, QStringLiteral("notes"), QString::number(++keystroke));
        document.writeRecoveryNow();
    });
    report("writeRecoveryNow (canonical JSON + atomic write)", autosave);
    const QString path = dir.filePath(QStringLiteral("large.nameplan.json"));
    const double save = medianMs([&] { document.save(path); });
    report("save (canonical JSON + QSaveFile)", save);
    const double changed = medianMs([&] { (void)document.fileChangedOnDisk(); });
    report("fileChangedOnDisk (size + SHA-256)", changed);
    return 0;
}
