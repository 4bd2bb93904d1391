// SPDX-License-Identifier: GPL-3.0-or-later
// Outage mode speed (issue 6): on the large example, a click on a component re-analyses,
// pushes the new states into the diagram and repaints. Measured per click, median and p95:
// the re-analysis alone, then click-to-pixels with the view repainting what changed (what a
// user sees), and in the same run its peer: the whole fitted view painted into an image (what
// a full rebuild of the picture costs). Run with QT_QPA_PLATFORM=offscreen.

#include "modelfile.h"
#include "outagesession.h"
#include "topologyscene.h"
#include "topologyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPaintEvent>
#include <QPainter>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace nameplan;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats millis(std::vector<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    const auto at = [&](double q) { return double(nanos[size_t(q * double(nanos.size() - 1))]) / 1e6; };
    return { at(0.5), at(0.95) };
}

void print(const char* what, const Stats& s)
{
    std::printf("  %-52s median %7.1f ms   p95 %7.1f ms\n", what, s.median, s.p95);
}

// Sees the viewport's paint events, so a click is timed until its pixels are painted.
class PaintWatch : public QObject {
public:
    int paints = 0;
    qint64 pixels = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect& r : static_cast<QPaintEvent*>(event)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

// The scene collects changed items and the view schedules the repaint of their area through
// queued events: run them until the paint has happened (bounded: a change may draw nothing).
void waitForPaint(PaintWatch& watch)
{
    const int before = watch.paints;
    for (int i = 0; i < 20 && watch.paints == before; ++i)
        QCoreApplication::processEvents();
}

void pushOutage(OutageSession& session, TopologyScene& scene)
{
    const QStringList outages = session.outages();
    scene.setOutage(QSet<QString>(outages.begin(), outages.end()), session.affectedElements());
}

// Clicks a spread of components on and off again (both directions of a click) and times each.
void measure(
    const char* title, OutageSession& session, TopologyScene& scene, TopologyView& view, const QStringList& ids)
{
    PaintWatch watch;
    view.viewport()->installEventFilter(&watch);
    const int step = std::max(1, int(ids.size()) / 60);
    std::vector<qint64> analysis, incremental, full;
    QImage image(view.viewport()->size() * view.devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.devicePixelRatio());
    for (int round = 0; round < 2; ++round) { // on, then off again: both directions of a click
        for (int i = 0; i < ids.size(); i += step) {
            QElapsedTimer timer;
            timer.start();
            session.toggle(ids[i]);
            analysis.push_back(timer.nsecsElapsed());
            pushOutage(session, scene);
            waitForPaint(watch);
            incremental.push_back(timer.nsecsElapsed());

            timer.restart();
            QPainter painter(&image);
            view.render(&painter);
            painter.end();
            full.push_back(timer.nsecsElapsed() + analysis.back());
        }
    }
    std::printf("%s, %d clicks\n", title, int(analysis.size()));
    const Stats a = millis(analysis);
    const Stats inc = millis(incremental);
    const Stats f = millis(full);
    print("re-analysis", a);
    print("click -> re-analysis + repaint of what changed", inc);
    print("peer: click -> re-analysis + whole view into an image", f);
    std::printf("  repainted area per click: %.0f %% of the view on average\n",
        100.0 * double(watch.pixels) / double(analysis.size())
            / (view.viewport()->width() * view.viewport()->height()));
    std::printf("  ratio whole/changed (median): %.2f; target 50 ms: %s (p95 %.1f ms)\n", f.median / inc.median,
        inc.p95 < 50 ? "met" : "NOT met", inc.p95);
    view.viewport()->removeEventFilter(&watch);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString example = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/global-enterprise.nameplan.json");
    const ModelFile::LoadResult loaded = ModelFile::load(example);
    if (!loaded.usable()) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(example));
        return 1;
    }
    OutageSession session;
    session.setModel(loaded.model);
    TopologyScene scene;
    const QString error = scene.setModel(loaded.model);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "layout failed: %s\n", qPrintable(error));
        return 1;
    }
    TopologyView view(&scene);
    view.resize(1600, 1000);
    view.show();
    for (int i = 0; i < 200 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++i)
        QCoreApplication::processEvents();
    view.fitAll();
    view.viewport()->repaint();

    QStringList ids;
    for (const FaultTree::BasicEvent& event : session.tree().events)
        ids.append(event.id);
    std::printf("global-enterprise: %d diagram boxes, %d links, view 1600x1000\n", int(scene.nodes().size()),
        int(scene.edges().size()));
    measure("fitted (whole estate, texts below legible size skipped)", session, scene, view, ids);
    view.resetTransform(); // 100 %: every text drawn
    measure("at 100 % zoom", session, scene, view, ids);
    return 0;
}
