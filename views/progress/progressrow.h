// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nameplan {

// Cancel, a progress bar and a status line in one row, as every long job in the workbench shows
// them: busy until the job can count, then the share done and, from the pace so far, the time
// left. Idle, the bar and Cancel are out of the way. The owner names the parts (object and
// accessible names) and says what the job does in the status; the row keeps the clock.
class ProgressRow : public QWidget {
    Q_OBJECT
public:
    explicit ProgressRow(QWidget* parent = nullptr);

    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* bar() const { return m_bar; }
    QLabel* statusLabel() const { return m_status; }

    // Running from now: the bar busy, Cancel shown, the clock restarted.
    void start(const QString& status);
    void setStatus(const QString& status);
    // The bar at done of total (busy while total is 0).
    void setProgress(qint64 done, qint64 total);
    // "about N s left" from the pace so far, once there is enough of it (2 % done) to mean
    // something; false, and the status unchanged, before.
    bool showTimeLeft();
    // Idle again; a complete job leaves its bar full, anything else an empty one.
    void finish(const QString& status, bool complete = false);
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void cancelRequested();

private:
    static constexpr int range = 1000;

    QPushButton* m_cancel;
    QProgressBar* m_bar;
    QLabel* m_status;
    QElapsedTimer m_clock;
};

} // namespace nameplan
