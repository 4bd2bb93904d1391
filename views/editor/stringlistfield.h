// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QListWidget;
class QListWidgetItem;

namespace nameplan {

// A free list of strings (IP addresses, outage ids): editable rows with add and remove
// buttons. Addresses are checked as typed; empty rows are dropped on commit.
class StringListField : public FieldEditor {
    Q_OBJECT
public:
    explicit StringListField(const FieldSpec& spec, QWidget* parent = nullptr);
    QVariant value() const override;

protected:
    void display(const QVariant& value) override;

private:
    void addRow();
    void removeCurrentRow();
    void markItem(QListWidgetItem* item);
    void itemEdited(QListWidgetItem* item);

    QListWidget* m_list;
};

} // namespace nameplan
