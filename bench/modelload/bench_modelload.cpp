// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a 20,000-element model: Nameplan's full load (parse, structure, validation) side
// by side with the floor of the same work, QJsonDocument's parse alone, and with Python's
// json module on the same file. Target (issue 2): full load under 1 s.

#include "modelfile.h"
#include "modelwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace nameplan;

namespace {

template <class T> T element(const QString& id)
{
    T e;
    e.id = id;
    e.name = QStringLiteral("Element ") + id;
    return e;
}

// A model shaped like a real estate, scaled: per cell of 40 elements, regions, paths,
// authorities, zones, names and services referring to each other.
Model largeModel(int elements)
{
    Model m;
    m.title = QStringLiteral("Benchmark estate");
    m.providers = { element<Provider>(QStringLiteral("p1")), element<Provider>(QStringLiteral("p2")) };
    for (int cell = 0; m.elementCount() < elements; ++cell) {
        const QString c = QString::number(cell);
        Region r = element<Region>(QStringLiteral("r") + c);
        m.regions.push_back(r);
        NetworkPath p = element<NetworkPath>(QStringLiteral("path") + c);
        p.regions = { r.id };
        m.paths.push_back(p);
        QStringList ns;
        for (int a = 0; a < 4; ++a) {
            Authority au = element<Authority>(QStringLiteral("ns%1-%2").arg(cell).arg(a));
            au.hostname = QStringLiteral("ns%1.cell%2.example.net").arg(a).arg(cell);
            au.addresses = { QStringLiteral("192.0.2.%1").arg(a + 1), QStringLiteral("2001:db8::%1").arg(a + 1) };
            au.provider = a % 2 ? QStringLiteral("p2") : QStringLiteral("p1");
            au.regions = { r.id };
            au.paths = { p.id };
            au.software = QStringLiteral("nsd");
            au.role = a == 0 ? QStringLiteral("primary") : QStringLiteral("secondary");
            if (a > 0)
                au.transferFrom = ns.first();
            ns.append(au.id);
            m.authorities.push_back(au);
        }
        for (int z = 0; z < 3; ++z) {
            Zone zone = element<Zone>(QStringLiteral("z%1-%2").arg(cell).arg(z));
            zone.domain = QStringLiteral("zone%1.cell%2.example").arg(z).arg(cell);
            zone.authorities = ns;
            zone.soaRefresh = 3600;
            zone.soaRetry = 900;
            zone.soaExpire = 604800;
            zone.soaMinimum = 300;
            m.zones.push_back(zone);
            for (int n = 0; n < 8; ++n) {
                Name name = element<Name>(QStringLiteral("n%1-%2-%3").arg(cell).arg(z).arg(n));
                name.fqdn = QStringLiteral("host%1.").arg(n) + zone.domain;
                name.type = QStringLiteral("A");
                m.names.push_back(name);
                Service s = element<Service>(QStringLiteral("s%1-%2-%3").arg(cell).arg(z).arg(n));
                s.names = { name.id };
                s.criticality = QStringLiteral("high");
                m.services.push_back(s);
            }
        }
    }
    return m;
}

double medianMs(const std::function<void()>& work, int runs = 7)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.nameplan.json"));
    const Model model = largeModel(20000);
    if (const QString error = ModelFile::save(path, model); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 size = QFileInfo(path).size();
    std::printf("model: %d elements, %.1f MiB\n", model.elementCount(), size / 1048576.0);

    bool ok = true;
    const double full = medianMs([&] { ok = ok && ModelFile::load(path).usable(); });
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    const double parse = medianMs([&] { ok = ok && !QJsonDocument::fromJson(bytes).isNull(); });
    const double save = medianMs([&] { ok = ok && ModelFile::save(path, model).isEmpty(); });

    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import json,sys,time\nt=time.perf_counter()\njson.load(open(sys.argv[1]))\n"
                           "print((time.perf_counter()-t)*1000)"),
            path });
    const bool pythonRan = python.waitForFinished(60000) && python.exitCode() == 0;
    const double pythonMs = pythonRan ? python.readAllStandardOutput().trimmed().toDouble() : 0.0;

    std::printf("nameplan load (parse + structure + validation): %8.1f ms  (target < 1000 ms)\n", full);
    std::printf("QJsonDocument parse only (floor):               %8.1f ms  ratio %.2fx\n", parse, full / parse);
    if (pythonRan)
        std::printf(
            "python3 json.load (peer, parse only):           %8.1f ms  ratio %.2fx\n", pythonMs, full / pythonMs);
    std::printf("nameplan save (canonical JSON, atomic):         %8.1f ms\n", save);
    return ok && full < 1000.0 ? 0 : 1;
}
