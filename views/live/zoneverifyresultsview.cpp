// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneverifyresultsview.h"

#include "rrtype.h"
#include "verdictcolours.h"
#include "zoneproblemmodel.h"

#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nameplan {

namespace {
bool isChainProblem(const Verdict& problem)
{
    return problem.type == rrtype::NSEC || problem.type == rrtype::NSEC3 || problem.type == rrtype::NSEC3PARAM
        || problem.reason == Verdict::Reason::NsecMissing;
}
} // namespace

ZoneVerifyResultsView::ZoneVerifyResultsView(QWidget* parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_problemsTitle(new QLabel(this))
    , m_model(new ZoneProblemModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setAccessibleName(tr("Verdict"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    m_counts->setAccessibleName(tr("Counts"));
    new QFormLayout(m_counts);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ZoneProblemModel::SortRole);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Problems"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ZoneProblemModel::OwnerColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_counts);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_table, 1);
    clear();
}

void ZoneVerifyResultsView::clear()
{
    setBanner(tr("No verification yet: choose a zone and press Verify."), palette().color(QPalette::AlternateBase));
    auto* form = static_cast<QFormLayout*>(m_counts->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_counts->hide();
    m_problemsTitle->clear();
    m_model->setProblems({});
}

void ZoneVerifyResultsView::showMessage(const QString& text, bool error)
{
    clear();
    const VerdictColours colours(palette());
    setBanner(text.toHtmlEscaped(), colours.fill(error ? Verdict::Status::Bogus : Verdict::Status::Indeterminate));
}

void ZoneVerifyResultsView::setBanner(const QString& html, const QColor& fill)
{
    QPalette shade = m_banner->palette();
    shade.setColor(QPalette::Window, fill);
    m_banner->setPalette(shade);
    m_banner->setText(html);
}

void ZoneVerifyResultsView::addCount(const QString& label, const QString& value)
{
    auto* text = new QLabel(value, m_counts);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout*>(m_counts->layout())->addRow(label, text);
}

QString ZoneVerifyResultsView::chainText(const ZoneVerifier::Result& result) const
{
    if (result.overall.reason == Verdict::Reason::Canceled)
        return tr("not checked (cancelled)");
    if (result.denial == QLatin1String("none"))
        return tr("none: neither NSEC nor NSEC3PARAM at the apex");
    const qsizetype broken = std::count_if(result.problems.begin(), result.problems.end(), isChainProblem);
    const QString kind = result.denial.toUpper();
    if (broken == 0)
        return tr("%1, complete").arg(kind);
    return broken == 1 ? tr("%1, 1 problem").arg(kind) : tr("%1, %2 problems").arg(kind).arg(broken);
}

QString ZoneVerifyResultsView::expiryText(const ZoneVerifier::Result& result, qint64 now) const
{
    if (!result.validUntil)
        return tr("no signature held");
    const QDateTime until = QDateTime::fromSecsSinceEpoch(*result.validUntil, Qt::UTC);
    const qint64 days = (*result.validUntil - now) / 86400;
    const QString when = until.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return days == 1 ? tr("%1 (in 1 day)").arg(when) : tr("%1 (in %2 days)").arg(when).arg(days);
}

void ZoneVerifyResultsView::setOutcome(
    const ZoneVerification::Source& source, const ZoneVerification::Outcome& outcome, qint64 now)
{
    clear();
    const ZoneVerifier::Result& result = outcome.result;
    const Verdict& overall = result.overall;
    const QLocale locale;
    QString headline
        = QStringLiteral("<span style='font-size:large'><b>%1</b></span> — %2")
              .arg(Verdict::statusName(overall.status).toUpper(), source.origin.toString().toHtmlEscaped());
    if (overall.isSecure()) {
        headline += QStringLiteral("<br>")
            + tr("Every signature and the %1 chain verified.").arg(result.denial.toUpper()).toHtmlEscaped();
    } else {
        if (result.problemCount > 1)
            headline += QStringLiteral(" · ") + tr("%1 problems").arg(locale.toString(result.problemCount));
        headline += QStringLiteral("<br>") + overall.toString().toHtmlEscaped();
    }
    setBanner(headline, VerdictColours(palette()).fill(overall.status));

    addCount(tr("Source:"),
        source.axfr ? tr("AXFR from %1").arg(source.axfr->toString()) : QDir::toNativeSeparators(source.file));
    addCount(tr("Keys:"),
        tr("%1, %2").arg(Verdict::statusName(result.keys.status),
            result.anchored ? tr("anchored") : tr("not anchored (the zone's own keys taken as given)")));
    addCount(tr("RRsets:"),
        tr("%1 signed, %2 secure").arg(locale.toString(result.rrsets), locale.toString(result.secureRrsets)));
    addCount(tr("Signatures:"), tr("%1 RRSIG records").arg(locale.toString(outcome.signatures)));
    addCount(tr("Denial chain:"), chainText(result));
    addCount(tr("Earliest expiry:"), expiryText(result, now));
    addCount(tr("Time:"), tr("%1 s").arg(locale.toString(double(outcome.millis) / 1000.0, 'f', 2)));
    m_counts->show();

    m_model->setProblems(result.problems);
    m_problemsTitle->setText(result.problemCount > result.problems.size()
            ? tr("Problems: %1 (the first %2 listed)")
                  .arg(locale.toString(result.problemCount), locale.toString(result.problems.size()))
            : tr("Problems: %1").arg(locale.toString(result.problemCount)));
    m_table->resizeColumnsToContents();
}

QString ZoneVerifyResultsView::bannerText() const
{
    return m_banner->text();
}

QStringList ZoneVerifyResultsView::countLines() const
{
    QStringList lines;
    const auto* form = static_cast<const QFormLayout*>(m_counts->layout());
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto* label = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto* value = qobject_cast<QLabel*>(form->itemAt(row, QFormLayout::FieldRole)->widget());
        lines.append(label->text() + QLatin1Char(' ') + value->text());
    }
    return lines;
}

} // namespace nameplan
