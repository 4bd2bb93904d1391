// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace nameplan {

class Model;
class ProgressSink;

// Builds the report's content from the model and the outage analysis: single points of
// failure, smallest cuts, the survival curve, every saved scenario (and the requested one)
// with its explanations, the independence report and the control mapping.
class ReportBuilder {
public:
    struct Options {
        QStringList outages; // an extra scenario to report, as given on the command line
        std::optional<qint64> duration; // for that scenario
        int maxOrder = 2; // exhaustive search depth for single points of failure and cuts
        QString pageSize = QStringLiteral("A4");
    };

    // `fileBytes` are the model file exactly as read: their SHA-256 stamps the evidence.
    // Returns an error message in *error (and partial data) when the requested outage names
    // no component.
    static ReportData build(const Model& model, const QByteArray& fileBytes, const QString& modelFile,
        const Options& options, ProgressSink& progress, QString* error);
};

} // namespace nameplan
