// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace nameplan {

// The outage options the analysis commands share (analyze, report, drill, export-mef):
// --outage, --duration and --max-order, with one wording of their help and one reading of
// their values, so that every command accepts exactly the same text.
class OutageOptions {
public:
    enum Part { Outage = 1, Duration = 2, MaxOrder = 4 };

    // parts: which of the three the command takes (an OR of Part).
    explicit OutageOptions(int parts);

    void addTo(QCommandLineParser& parser) const;
    // Reads the values after parser.process(); empty on success, otherwise what is wrong,
    // naming the option.
    QString read(const QCommandLineParser& parser);

    QStringList outages; // every --outage given, split at commas
    std::optional<qint64> durationSeconds; // none: until every timer runs out
    int maxOrder = 2;

private:
    int m_parts;
    QCommandLineOption m_outage;
    QCommandLineOption m_duration;
    QCommandLineOption m_maxOrder;
};

} // namespace nameplan
