// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QLabel;
class QSpinBox;

namespace nameplan {

// Whole seconds (SOA timers, signature validity, scenario duration), with the same span in
// readable units beside it ("= 2 w 0 d"). The lowest value stands for "unset".
class DurationField : public FieldEditor {
    Q_OBJECT
public:
    explicit DurationField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

    // "1 w 2 d 3 h 4 min 5 s" with zero parts left out; "0 s" for zero.
    static QString readable(qint64 seconds);

protected:
    void display(const QVariant& value) override;

private:
    void showReadable();

    QSpinBox* m_spin;
    QLabel* m_readable;
};

} // namespace nameplan
