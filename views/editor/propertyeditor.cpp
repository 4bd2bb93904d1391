// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyeditor.h"

#include "fieldeditor.h"
#include "fieldeditorfactory.h"
#include "fieldschema.h"
#include "modeldocument.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nameplan {

namespace {
constexpr int idField = 0; // FieldSchema puts the id first in every kind

// FieldSchema labels are English; the views translate them in one context.
QString fieldLabel(const FieldSpec& spec)
{
    const QString label = QCoreApplication::translate("FieldSchema", spec.label.toUtf8().constData());
    return spec.required ? label + QStringLiteral(" *") : label;
}
} // namespace

PropertyEditor::PropertyEditor(ModelDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Properties"));

    connect(document, &ModelDocument::fieldChanged, this, &PropertyEditor::onFieldChanged);
    // Insertions and removals change the reference candidates (and may remove this element).
    connect(document, &ModelDocument::inserted, this, &PropertyEditor::refresh);
    connect(document, &ModelDocument::removed, this, &PropertyEditor::refresh);
    connect(document, &ModelDocument::reset, this, &PropertyEditor::refresh);
    showElement(ElementKind::Region, {});
}

void PropertyEditor::showElement(ElementKind kind, const QString& id)
{
    if (!m_formBuilt || kind != m_kind)
        buildForm(kind);
    m_id = id;
    refresh();
}

void PropertyEditor::buildForm(ElementKind kind)
{
    clearForm();
    m_kind = kind;
    m_formBuilt = true;
    m_form = new QWidget;
    auto* outer = new QVBoxLayout(m_form);
    outer->setContentsMargins({});
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // spare height goes below the fields, not between them
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const FieldSpec& spec : FieldSchema::fields(kind)) {
        FieldEditor* editor = FieldEditorFactory::create(spec, m_form);
        const QString label = fieldLabel(spec);
        editor->setObjectName(QStringLiteral("field_") + spec.key);
        editor->setAccessibleName(label);
        editor->setToolTip(tr("%1 (file key \"%2\")").arg(label, spec.key));
        auto* labelWidget = new QLabel(label, m_form);
        labelWidget->setBuddy(editor);
        form->addRow(labelWidget, editor);
        m_editors.insert(spec.key, editor);
        const QString key = spec.key;
        connect(editor, &FieldEditor::edited, this, [this, key](const QVariant& value) { apply(key, value); });
    }
    m_scroll->setWidget(m_form);
}

void PropertyEditor::clearForm()
{
    m_editors.clear();
    delete m_scroll->takeWidget();
    m_form = nullptr;
}

int PropertyEditor::currentRow() const
{
    if (m_id.isEmpty())
        return -1;
    const auto location = m_document->model().locate(m_id);
    return location && location->first == m_kind ? location->second : -1;
}

// Shows the current values and candidates, or the placeholder when the element is gone.
void PropertyEditor::refresh()
{
    const int row = currentRow();
    m_form->setVisible(row >= 0);
    if (row < 0) {
        m_header->setText(tr("<i>Select an element to edit its properties.</i>"));
        return;
    }
    const ElementBase& element = m_document->model().element(m_kind, row);
    const QString title = element.name.isEmpty() ? element.id : element.name;
    m_header->setText(tr("<b>%1</b><br><small>%2 · %3</small>")
                          .arg(title.toHtmlEscaped(),
                              QCoreApplication::translate("ElementKind", elementKindNoun(m_kind).toUtf8().constData())
                                  .toHtmlEscaped(),
                              element.id.toHtmlEscaped()));
    const auto specs = FieldSchema::fields(m_kind);
    for (int field = 0; field < int(specs.size()); ++field) {
        if (FieldEditor* editor = m_editors.value(specs[size_t(field)].key)) {
            const FieldType type = specs[size_t(field)].type;
            if (type == FieldType::Reference || type == FieldType::ReferenceList)
                editor->setCandidates(idsOf(specs[size_t(field)].target));
        }
        refreshField(field);
    }
}

void PropertyEditor::refreshField(int field)
{
    const int row = currentRow();
    const FieldSpec& spec = FieldSchema::fields(m_kind)[size_t(field)];
    if (FieldEditor* editor = m_editors.value(spec.key); editor && row >= 0)
        editor->setValue(FieldSchema::value(m_document->model(), m_kind, row, field));
}

void PropertyEditor::onFieldChanged(ElementKind kind, int row, int field)
{
    // A renamed id changes reference candidates everywhere and maybe this element's own id
    // (undo of a rename): follow the element by its row, which a rename does not move.
    if (field == idField) {
        if (kind == m_kind && !m_id.isEmpty() && currentRow() < 0)
            m_id = m_document->model().element(kind, row).id;
        refresh();
        return;
    }
    if (kind == m_kind && row == currentRow()) {
        refreshField(field);
        if (FieldSchema::fields(kind)[size_t(field)].key == QLatin1StringView("name"))
            refresh(); // the header shows the name
    }
}

void PropertyEditor::apply(const QString& fieldKey, const QVariant& value)
{
    const QString id = m_id;
    if (fieldKey == QLatin1StringView("id"))
        m_id = value.toString(); // the rename's fieldChanged finds the element under its new id
    if (!m_document->setField(m_kind, id, fieldKey, value)) {
        m_id = id;
        const QString shown = value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", "))
                                                                       : value.toString();
        Q_EMIT editRefused(tr("%1 of %2 cannot be set to \"%3\"").arg(fieldKey, id, shown));
        refresh();
    }
}

QStringList PropertyEditor::idsOf(ElementKind kind) const
{
    const Model& model = m_document->model();
    QStringList ids;
    ids.reserve(model.count(kind));
    for (int row = 0; row < model.count(kind); ++row)
        ids.append(model.element(kind, row).id);
    return ids;
}

} // namespace nameplan
