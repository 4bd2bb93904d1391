// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

#include <QVariant>
#include <QWidget>

namespace nameplan {

// One field of the property editor. Values travel in FieldSchema's QVariant form (an invalid
// QVariant is an unset optional). setValue() only shows a value; edited() fires once per user
// change that differs from what was shown, so that every undo step is a real change.
class FieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FieldEditor(const FieldSpec& spec, QWidget* parent = nullptr);

    const FieldSpec& spec() const { return m_spec; }
    void setValue(const QVariant& value);
    virtual QVariant value() const = 0;
    // The ids a reference may point at (target kind); editors without choices ignore them.
    virtual void setCandidates(const QStringList& ids);

Q_SIGNALS:
    void edited(const QVariant& value);

protected:
    virtual void display(const QVariant& value) = 0;
    const QVariant& shownValue() const { return m_shown; }
    // Subclasses call this when the user finished a change.
    void commit();

private:
    FieldSpec m_spec;
    QVariant m_shown;
};

} // namespace nameplan
