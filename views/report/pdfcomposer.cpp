// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcomposer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <numeric>

namespace nameplan {

namespace {
constexpr int resolution = 300; // device units per inch: fine enough that text metrics do not round
constexpr double footerReserve = 28; // points kept free at the bottom of every page
constexpr double cellPadding = 4;
constexpr double bodySize = 9.5;
const QColor rule(0xc8, 0xcd, 0xd3);
const QColor shade(0xf2, 0xf4, 0xf7);
const QColor muted(0x5f, 0x66, 0x70);
const QColor accent(0x1f, 0x4e, 0x8c);

// Wraps at word boundaries, breaking a word only when it is longer than the line (ids and
// hashes): the width of the box in device units. Draws when a painter is given; returns the
// height in device units either way.
double wrappedText(
    const QString& text, const QFont& font, QPaintDevice* device, double width, QPainter* painter, const QPointF& at)
{
    // QTextLayout breaks lines only at U+2028; cells list items one per line with '\n'.
    QTextLayout layout(QString(text).replace(u'\n', QChar::LineSeparator), font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, at);
    return height;
}
} // namespace

void PdfComposer::setUp(QPdfWriter& writer, const QPageSize& pageSize)
{
    writer.setResolution(resolution);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(50, 48, 50, 40), QPageLayout::Point);
}

PdfComposer PdfComposer::prepared(QPdfWriter* writer, QPainter* painter, const QString& footer, const Compose& compose)
{
    // Two measuring passes: the first learns the headings, the second lays the table of
    // contents out too, so its page numbers are the ones the painting pass produces.
    PdfComposer headings(writer, nullptr, footer);
    compose(headings);
    PdfComposer measuring(writer, nullptr, footer);
    measuring.m_knownToc = headings.m_toc;
    compose(measuring);

    PdfComposer composer(writer, painter, footer);
    composer.m_pageCount = measuring.m_page;
    composer.m_knownToc = measuring.m_toc;
    return composer;
}

QString PdfComposer::write(
    const QString& path, const QPageSize& pageSize, const QString& title, const QString& footer, const Compose& compose)
{
    QPdfWriter writer(path);
    setUp(writer, pageSize);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Nameplan"));

    QPainter painter;
    PdfComposer composer = prepared(&writer, &painter, footer, compose);
    if (!painter.begin(&writer))
        return QStringLiteral("cannot write %1").arg(path);
    compose(composer);
    composer.finishPage();
    if (!painter.end())
        return QStringLiteral("cannot finish %1").arg(path);
    return {};
}

std::vector<QImage> PdfComposer::paintPages(
    const QPageSize& pageSize, const QString& footer, const Compose& compose, double dpi)
{
    // The writer is only measured (layout, font metrics), never painted on: nothing is written.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUp(writer, pageSize);

    QPainter painter;
    std::vector<QImage> images;
    PdfComposer composer = prepared(&writer, &painter, footer, compose);
    composer.m_images = &images;
    composer.m_imageDpi = dpi;
    composer.beginImagePage();
    compose(composer);
    composer.finishPage();
    painter.end();
    return images;
}

// A white page of m_imageDpi whose logical resolution is the PDF's, so fonts given in points
// come out at the sizes the layout measured; the painter is scaled down and moved inside the
// margins, where the PDF's painter starts.
void PdfComposer::beginImagePage()
{
    const QPageLayout layout = m_writer->pageLayout();
    const QRect full = layout.fullRectPixels(resolution);
    const QRect paint = layout.paintRectPixels(resolution);
    const double scale = m_imageDpi / resolution;
    QImage image(QSize(qRound(full.width() * scale), qRound(full.height() * scale)), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(resolution / 0.0254));
    image.setDotsPerMeterY(qRound(resolution / 0.0254));
    image.fill(Qt::white);
    m_images->push_back(image);
    m_painter->begin(&m_images->back());
    m_painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_painter->scale(scale, scale);
    m_painter->translate(paint.topLeft() - full.topLeft());
}

PdfComposer::PdfComposer(QPdfWriter* writer, QPainter* painter, const QString& footer)
    : m_writer(writer)
    , m_painter(painter)
    , m_footer(footer)
    , m_unit(resolution / 72.0)
{
}

QFont PdfComposer::font(double pointSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

double PdfComposer::contentWidth() const
{
    return m_writer->pageLayout().paintRectPixels(resolution).width() / m_unit;
}

double PdfComposer::remainingHeight() const
{
    return m_writer->pageLayout().paintRectPixels(resolution).height() / m_unit - footerReserve - m_y;
}

void PdfComposer::ensureSpace(double heightPt)
{
    if (heightPt > remainingHeight() && m_y > 0)
        newPage();
}

void PdfComposer::newPage()
{
    finishPage();
    if (painting() && m_images) {
        m_painter->end();
        beginImagePage();
    } else if (painting()) {
        m_writer->newPage();
    }
    ++m_page;
    m_y = 0;
}

void PdfComposer::finishPage()
{
    if (!painting())
        return;
    const QRect area = m_writer->pageLayout().paintRectPixels(resolution);
    const double y = area.height() - pt(footerReserve) + pt(10);
    m_painter->setPen(QPen(rule, pt(0.5)));
    m_painter->drawLine(QPointF(0, y), QPointF(area.width(), y));
    m_painter->setFont(font(7.5));
    m_painter->setPen(muted);
    const QRectF text(0, y + pt(3), area.width(), pt(12));
    m_painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter->drawText(
        text, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("page %1 of %2").arg(m_page).arg(m_pageCount));
}

// Lays out `text` line by line at the current position, breaking pages between lines.
// Returns the height used on the last page.
double PdfComposer::layoutText(const QString& text, const QFont& f, double x, double width)
{
    QTextLayout layout(text, f, m_writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double used = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(pt(width));
        const double height = line.height() / m_unit;
        ensureSpace(height);
        line.setPosition(QPointF(0, 0));
        if (painting())
            line.draw(m_painter, QPointF(pt(x), pt(m_y)));
        m_y += height;
        used += height;
    }
    layout.endLayout();
    return used;
}

void PdfComposer::heading(int level, const QString& text)
{
    if (level == 1 && m_y > 0)
        newPage();
    const double size = level == 1 ? 17 : (level == 2 ? 13 : 11);
    ensureSpace(size * 3);
    m_y += level == 1 ? 0 : size * 0.6;
    m_toc.push_back({ level, text, m_page });
    if (painting())
        m_painter->setPen(accent);
    layoutText(text, font(size, true), 0, contentWidth());
    if (level == 1 && painting()) {
        m_painter->setPen(QPen(accent, pt(1)));
        m_painter->drawLine(QPointF(0, pt(m_y + 3)), QPointF(pt(contentWidth()), pt(m_y + 3)));
    }
    m_y += level == 1 ? 12 : 5;
}

void PdfComposer::title(const QString& text)
{
    if (painting())
        m_painter->setPen(accent);
    layoutText(text, font(24, true), 0, contentWidth());
    m_y += 14;
}

void PdfComposer::paragraph(const QString& text, bool mutedText)
{
    if (painting())
        m_painter->setPen(mutedText ? muted : QColor(Qt::black));
    for (const QString& block : text.split(u'\n')) {
        layoutText(block, font(bodySize), 0, contentWidth());
        m_y += 2;
    }
    m_y += 5;
}

void PdfComposer::spacer(double heightPt)
{
    m_y += heightPt;
    ensureSpace(0);
}

double PdfComposer::rowHeight(const QStringList& cells, const std::vector<double>& widths, bool header) const
{
    double height = 0;
    const QFont cellFont = font(8.5, header);
    for (qsizetype c = 0; c < cells.size() && size_t(c) < widths.size(); ++c) {
        height = std::max(
            height, wrappedText(cells[c], cellFont, m_writer, pt(widths[size_t(c)] - 2 * cellPadding), nullptr, {}));
    }
    return height / m_unit + 2 * cellPadding;
}

void PdfComposer::drawRow(const QStringList& cells, const std::vector<double>& widths, double height, bool header)
{
    if (!painting())
        return;
    const double width = std::accumulate(widths.begin(), widths.end(), 0.0);
    if (header) {
        m_painter->fillRect(QRectF(0, pt(m_y), pt(width), pt(height)), shade);
    }
    m_painter->setPen(QPen(rule, pt(0.5)));
    m_painter->drawLine(QPointF(0, pt(m_y + height)), QPointF(pt(width), pt(m_y + height)));
    const QFont cellFont = font(8.5, header);
    m_painter->setPen(header ? accent : QColor(Qt::black));
    m_painter->save();
    m_painter->setClipRect(QRectF(0, pt(m_y), pt(width), pt(height)));
    double x = 0;
    for (qsizetype c = 0; c < cells.size() && size_t(c) < widths.size(); ++c) {
        wrappedText(cells[c], cellFont, m_writer, pt(widths[size_t(c)] - 2 * cellPadding), m_painter,
            QPointF(pt(x + cellPadding), pt(m_y + cellPadding)));
        x += widths[size_t(c)];
    }
    m_painter->restore();
}

void PdfComposer::table(
    const QStringList& headers, const std::vector<QStringList>& rows, const std::vector<double>& weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> widths;
    for (double w : weights)
        widths.push_back(contentWidth() * w / total);
    const double headerHeight = headers.isEmpty() ? 0 : rowHeight(headers, widths, true);
    const auto drawHeader = [&] {
        if (headers.isEmpty())
            return;
        drawRow(headers, widths, headerHeight, true);
        m_y += headerHeight;
    };
    ensureSpace(headerHeight + (rows.empty() ? 0 : rowHeight(rows.front(), widths, false)));
    drawHeader();
    for (const QStringList& row : rows) {
        const double height = std::min(rowHeight(row, widths, false), remainingHeight() + m_y - headerHeight - 1);
        if (height > remainingHeight()) {
            newPage();
            drawHeader(); // repeated on every page the table spans
        }
        drawRow(row, widths, height, false);
        m_y += height;
    }
    m_y += 10;
}

void PdfComposer::keyValues(const std::vector<std::pair<QString, QString>>& rows)
{
    std::vector<QStringList> cells;
    for (const auto& [key, value] : rows)
        cells.push_back({ key, value });
    table({}, cells, { 1, 3 });
}

void PdfComposer::graphic(double heightPt, const Painting& paint)
{
    const double height = std::min(heightPt, remainingHeight() + m_y);
    ensureSpace(height);
    if (painting()) {
        m_painter->save();
        paint(*m_painter, QRectF(0, pt(m_y), pt(contentWidth()), pt(height)));
        m_painter->restore();
    }
    m_y += height + 8;
}

void PdfComposer::tableOfContents()
{
    if (painting())
        m_painter->setPen(QColor(Qt::black));
    const QFontMetricsF metrics(font(bodySize), m_writer);
    for (const TocEntry& entry : m_knownToc) {
        if (entry.level > 2)
            continue;
        const double indent = entry.level == 1 ? 0 : 16;
        const double height = metrics.height() / m_unit + 4;
        ensureSpace(height);
        if (painting()) {
            m_painter->setFont(font(bodySize, entry.level == 1));
            const QRectF line(pt(indent), pt(m_y), pt(contentWidth() - indent), pt(height));
            m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            m_painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(entry.page));
        }
        m_y += height;
    }
    m_y += 8;
}

} // namespace nameplan
