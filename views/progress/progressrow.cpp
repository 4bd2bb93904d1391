// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace nameplan {

ProgressRow::ProgressRow(QWidget* parent)
    : QWidget(parent)
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cancel);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_status, 1);
    m_bar->setRange(0, range);
    // Idle, neither is shown: a Cancel that cannot cancel anything is only in the way.
    m_cancel->setVisible(false);
    m_bar->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressRow::cancelRequested);
}

void ProgressRow::start(const QString& status)
{
    m_clock.start();
    m_bar->setRange(0, 0);
    m_bar->setVisible(true);
    m_cancel->setVisible(true);
    m_status->setText(status);
}

void ProgressRow::setStatus(const QString& status)
{
    m_status->setText(status);
}

void ProgressRow::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // Permille, so that counts beyond an int's range (RRsets of a huge zone) still fit the bar.
    m_bar->setRange(0, range);
    m_bar->setValue(int(range * qBound(qint64(0), done, total) / total));
}

bool ProgressRow::showTimeLeft()
{
    const int value = m_bar->maximum() == range ? m_bar->value() : 0;
    if (value < range / 50 || value >= range)
        return false; // the first readings are noise; a linear estimate of them is wild
    const qint64 left = m_clock.elapsed() * (range - value) / value;
    m_status->setText(tr("about %n s left", nullptr, int((left + 999) / 1000)));
    return true;
}

void ProgressRow::finish(const QString& status, bool complete)
{
    m_bar->setRange(0, range);
    m_bar->setValue(complete ? range : 0);
    m_bar->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(status);
}

} // namespace nameplan
