// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPlainTextEdit>

namespace nameplan {

NotesField::NotesField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 5);
    m_edit->installEventFilter(this);
}

QVariant NotesField::value() const
{
    return m_edit->toPlainText();
}

void NotesField::display(const QVariant& value)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(value.toString());
}

bool NotesField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        commit();
    return FieldEditor::eventFilter(watched, event);
}

} // namespace nameplan
