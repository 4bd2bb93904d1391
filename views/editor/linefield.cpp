// SPDX-License-Identifier: GPL-3.0-or-later
#include "linefield.h"

#include "domainnamerules.h"

#include <QHBoxLayout>
#include <QLineEdit>

namespace nameplan {

LineField::LineField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_edit(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setClearButtonEnabled(spec.type == FieldType::Text);
    if (spec.type == FieldType::Domain)
        m_edit->setPlaceholderText(tr("e.g. ns1.example.net"));
    connect(m_edit, &QLineEdit::editingFinished, this, &LineField::commit);
    connect(m_edit, &QLineEdit::textChanged, this, &LineField::showCheck);
}

QVariant LineField::value() const
{
    return m_edit->text().trimmed();
}

void LineField::display(const QVariant& value)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(value.toString());
    showCheck();
}

// Marks the line with the reason a domain name or id is not acceptable (empty: fine).
void LineField::showCheck()
{
    const QString text = m_edit->text().trimmed();
    QString problem;
    if (!text.isEmpty() && spec().type == FieldType::Domain)
        problem = DomainNameRules::checkDomain(text);
    else if (spec().type == FieldType::Id)
        problem = DomainNameRules::checkId(text);
    m_edit->setToolTip(problem);
    m_edit->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { color: #c0392b; }"));
}

} // namespace nameplan
