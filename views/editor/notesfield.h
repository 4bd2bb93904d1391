// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QPlainTextEdit;

namespace nameplan {

// Free-form notes over several lines; committed when the editor loses focus, so that a
// paragraph is one undo step rather than one per keystroke.
class NotesField : public FieldEditor {
    Q_OBJECT
public:
    explicit NotesField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

protected:
    void display(const QVariant& value) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_edit;
};

} // namespace nameplan
