// SPDX-License-Identifier: GPL-3.0-or-later
#include "stringlistfield.h"

#include "domainnamerules.h"

#include <QGridLayout>
#include <QListWidget>
#include <QToolButton>

namespace nameplan {

namespace {
constexpr int visibleRows = 3;
}

StringListField::StringListField(const FieldSpec& spec, QWidget* parent)
    : FieldEditor(spec, parent)
    , m_list(new QListWidget(this))
{
    auto* add = new QToolButton(this);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add an entry"));
    add->setAccessibleName(tr("Add to %1").arg(spec.label));
    auto* remove = new QToolButton(this);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove the selected entry"));
    remove->setAccessibleName(tr("Remove from %1").arg(spec.label));
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(2);
    layout->addWidget(m_list, 0, 0, 3, 1);
    layout->addWidget(add, 0, 1);
    layout->addWidget(remove, 1, 1);
    setFocusProxy(m_list);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * visibleRows + 2 * m_list->frameWidth() + 10);
    connect(add, &QToolButton::clicked, this, &StringListField::addRow);
    connect(remove, &QToolButton::clicked, this, &StringListField::removeCurrentRow);
    connect(m_list, &QListWidget::itemChanged, this, &StringListField::itemEdited);
}

QVariant StringListField::value() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString text = m_list->item(row)->text().trimmed();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

void StringListField::display(const QVariant& value)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& text : value.toStringList()) {
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        markItem(item);
    }
}

// The new row is committed once the user typed something into it (itemEdited).
void StringListField::addRow()
{
    const QSignalBlocker blocker(m_list);
    auto* item = new QListWidgetItem(m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void StringListField::removeCurrentRow()
{
    delete m_list->currentItem();
    commit();
}

void StringListField::markItem(QListWidgetItem* item)
{
    const QString problem
        = spec().type == FieldType::AddressList ? DomainNameRules::checkAddress(item->text().trimmed()) : QString();
    item->setToolTip(problem);
    item->setForeground(problem.isEmpty() ? m_list->palette().text() : QBrush(QColor(0xc0, 0x39, 0x2b)));
}

void StringListField::itemEdited(QListWidgetItem* item)
{
    {
        const QSignalBlocker blocker(m_list);
        markItem(item);
    }
    commit();
}

} // namespace nameplan
