// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoneverification.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace nameplan {

class ZoneProblemModel;

// What a whole-zone verification found: a banner with the verdict (secure / insecure /
// bogus / indeterminate, coloured as in the DNSSEC chain view) and its reason, the counts
// (RRsets, signatures, keys, the NSEC/NSEC3 chain, the earliest expiry) and the problems as a
// sortable table. Also shows why there is no verdict (an unreadable file, a failed transfer).
class ZoneVerifyResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ZoneVerifyResultsView(QWidget* parent = nullptr);

    void setOutcome(const ZoneVerification::Source& source, const ZoneVerification::Outcome& outcome, qint64 now);
    // No verdict: the banner says why (neutral for a cancel, bogus-coloured for an error).
    void showMessage(const QString& text, bool error);
    void clear();

    QString bannerText() const;
    // The counts as "label: value" lines, for tests and the clipboard.
    QStringList countLines() const;
    ZoneProblemModel* problems() const { return m_model; }
    QTableView* table() const { return m_table; }

private:
    void setBanner(const QString& html, const QColor& fill);
    void addCount(const QString& label, const QString& value);
    QString chainText(const ZoneVerifier::Result& result) const;
    QString expiryText(const ZoneVerifier::Result& result, qint64 now) const;

    QLabel* m_banner;
    QWidget* m_counts;
    QLabel* m_problemsTitle;
    ZoneProblemModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
};

} // namespace nameplan
