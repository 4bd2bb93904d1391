// SPDX-License-Identifier: GPL-3.0-or-later
// The evidence report of the large example (issue 7 item 6: under 5 s): `nameplan report
// global-enterprise.nameplan.json -o X.pdf` (and with --json) end to end, several runs, the
// median; then the same work in this process split into its phases (load, analysis in
// ReportBuilder, composing and painting the PDF, the JSON bundle) so that the costs show.
//   bench_report [RUNS]   (default 5)

#include "modelfile.h"
#include "progresssink.h"
#include "reportbuilder.h"
#include "reportrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
const QString example = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/global-enterprise.nameplan.json");

void print(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

// Seconds for one run of the command line, or -1 when it failed.
double runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(NAMEPLAN_CLI), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(1000);
        return -1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        print(QStringLiteral("  failed: %1").arg(QString::fromUtf8(process.readAll().left(300))));
        return -1;
    }
    return seconds;
}

void benchCli(const QString& title, const QStringList& arguments, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        if (const double seconds = runCli(arguments); seconds >= 0)
            times.push_back(seconds);
    if (times.empty())
        return;
    const double middle = median(times);
    print(QStringLiteral("  %1 median %2 s (min %3, max %4, %5 runs); target 5 s: %6x headroom")
              .arg(title, -22)
              .arg(middle, 0, 'f', 2)
              .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 2)
              .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 2)
              .arg(times.size())
              .arg(5.0 / middle, 0, 'f', 1));
}

double seconds(QElapsedTimer& timer)
{
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    return elapsed;
}

// One run of the phases in this process; the sums over the runs are in `totals`.
bool phases(const QString& directory, std::vector<std::vector<double>>& totals)
{
    QElapsedTimer timer;
    timer.start();
    const nameplan::ModelFile::LoadResult model = nameplan::ModelFile::load(example);
    if (!model.usable())
        return false;
    totals[0].push_back(seconds(timer));
    nameplan::NoProgress progress;
    QString error;
    const nameplan::ReportData data = nameplan::ReportBuilder::build(
        model.model, model.bytes, QFileInfo(example).fileName(), nameplan::ReportBuilder::Options {}, progress, &error);
    totals[1].push_back(seconds(timer));
    if (!nameplan::ReportRenderer::writePdf(data, model.model, directory + QStringLiteral("/phases.pdf")).isEmpty())
        return false;
    totals[2].push_back(seconds(timer));
    const QByteArray bundle = QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented);
    totals[3].push_back(seconds(timer));
    return !bundle.isEmpty();
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTemporaryDir directory;
    const QString pdf = directory.filePath(QStringLiteral("report.pdf"));
    print(QStringLiteral("nameplan report %1, end to end (the app binary):").arg(QFileInfo(example).fileName()));
    benchCli(QStringLiteral("-o X.pdf"), { QStringLiteral("report"), example, QStringLiteral("-o"), pdf }, runs);
    benchCli(QStringLiteral("-o X.pdf --json X.json"),
        { QStringLiteral("report"), example, QStringLiteral("-o"), pdf, QStringLiteral("--json"),
            directory.filePath(QStringLiteral("report.json")) },
        runs);
    print(QStringLiteral("  PDF size: %1 KiB").arg(QFileInfo(pdf).size() / 1024));

    std::vector<std::vector<double>> totals(4);
    for (int i = 0; i < runs; ++i)
        if (!phases(directory.path(), totals)) {
            print(QStringLiteral("the in-process run failed"));
            return 1;
        }
    print(QStringLiteral("\nphases in one process (median of %1 runs):").arg(runs));
    const QStringList names { QStringLiteral("load the model"), QStringLiteral("ReportBuilder (analysis)"),
        QStringLiteral("compose, paint and write the PDF"), QStringLiteral("JSON bundle") };
    for (int i = 0; i < 4; ++i)
        print(QStringLiteral("  %1 %2 s").arg(names[i], -34).arg(median(totals[i]), 0, 'f', 3));
    return 0;
}
