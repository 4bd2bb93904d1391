// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPainter;
class QPdfWriter;

namespace nameplan {

// Flows headings, paragraphs, tables and graphics onto PDF pages, breaking pages between
// lines and table rows, with a running footer and page numbers. The document is composed
// twice by the same function: a measuring pass that learns on which page every heading lands
// and how many pages there are, and a painting pass that can then print the table of contents
// and "page X of N". All sizes are in points (1/72 inch); everything drawn is vector.
class PdfComposer {
public:
    struct TocEntry {
        int level;
        QString text;
        int page;
    };
    using Compose = std::function<void(PdfComposer&)>;
    using Painting = std::function<void(QPainter&, const QRectF&)>;

    // Writes the PDF. Empty on success, otherwise why not.
    static QString write(const QString& path, const QPageSize& pageSize, const QString& title, const QString& footer,
        const Compose& compose);
    // The pages write() would produce, painted by the same passes onto images of `dpi` (the
    // layout and text metrics stay those of the PDF, so the pages break identically): the
    // preview of the export dialog.
    static std::vector<QImage> paintPages(
        const QPageSize& pageSize, const QString& footer, const Compose& compose, double dpi);

    // Blocks, in reading order.
    void heading(int level, const QString& text); // level 1 starts a new page
    void title(const QString& text); // large, on the current page, not in the contents
    void paragraph(const QString& text, bool muted = false);
    void keyValues(const std::vector<std::pair<QString, QString>>& rows);
    void table(const QStringList& headers, const std::vector<QStringList>& rows, const std::vector<double>& weights);
    void graphic(double heightPt, const Painting& paint);
    void spacer(double heightPt);
    void newPage();
    // The table of contents from the measuring pass (empty during it).
    void tableOfContents();

    double contentWidth() const; // points
    double remainingHeight() const; // points left on the current page
    int pageNumber() const { return m_page; }

private:
    PdfComposer(QPdfWriter* writer, QPainter* painter, const QString& footer);
    // The painting composer after both measuring passes, for `painter` (begun by the caller).
    static PdfComposer prepared(QPdfWriter* writer, QPainter* painter, const QString& footer, const Compose& compose);
    static void setUp(QPdfWriter& writer, const QPageSize& pageSize);
    void beginImagePage();

    double pt(double points) const { return points * m_unit; }
    bool painting() const { return m_painter != nullptr; }
    void ensureSpace(double heightPt);
    void finishPage();
    double layoutText(const QString& text, const QFont& font, double x, double width);
    QFont font(double pointSize, bool bold = false) const;
    void drawRow(const QStringList& cells, const std::vector<double>& widths, double height, bool header);
    double rowHeight(const QStringList& cells, const std::vector<double>& widths, bool header) const;

    QPdfWriter* m_writer;
    QPainter* m_painter; // null in the measuring pass
    QString m_footer;
    double m_unit; // device units per point
    double m_y = 0; // points from the top of the content area
    int m_page = 1;
    int m_pageCount = 0; // known in the painting pass
    std::vector<TocEntry> m_toc; // collected in this pass
    std::vector<TocEntry> m_knownToc; // from the measuring pass
    std::vector<QImage>* m_images = nullptr; // painting onto images instead of the PDF
    double m_imageDpi = 0;
};

} // namespace nameplan
