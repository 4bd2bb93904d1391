// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

#include <vector>

namespace nameplan {

class Model;
struct ReportData;

// The evidence report as a PDF for the design review: cover, contents, executive summary,
// each scenario with the diagram of what failed, the independence report, live results,
// control mapping, methodology and glossary. Diagrams and charts are painted from the same
// scenes the workbench shows, so the PDF is vector graphics, not screenshots. Needs a
// QApplication (the offscreen platform is enough).
class ReportRenderer {
public:
    // Empty on success, otherwise why the file could not be written.
    static QString writePdf(const ReportData& data, const Model& model, const QString& path);
    // The same pages, painted by the same composition onto images of `dpi`: the preview.
    static std::vector<QImage> renderPages(const ReportData& data, const Model& model, double dpi);
};

} // namespace nameplan
