// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlmappingdialog.h"

#include "controlcatalogue.h"
#include "modeldocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nameplan {

namespace {
// Controls are one cell of text: a semicolon separates them because control names such as
// "NIST SP 800-53 CP-2, CP-10" may contain commas.
const QString separator = QStringLiteral("; ");

QStringList splitControls(const QString& text)
{
    QStringList controls;
    for (const QString& part : text.split(u';')) {
        if (!part.trimmed().isEmpty())
            controls.append(part.trimmed());
    }
    return controls;
}
} // namespace

ControlMappingDialog::ControlMappingDialog(ModelDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_table(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Control Mapping"));
    setObjectName(QStringLiteral("controlMappingDialog"));
    auto* intro = new QLabel(tr("How the evidence report ties each kind of finding to the controls auditors ask about "
                                "(NIST CSF 2.0, NIST SP 800-207). Editing a row makes the model decide it; an empty "
                                "list of controls means \"not mapped\". Separate controls with \";\". Every change "
                                "can be undone."),
        this);
    intro->setWordWrap(true);
    createTable();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resetSelected = buttons->addButton(tr("Reset &Selected to Default"), QDialogButtonBox::ResetRole);
    m_resetSelected->setObjectName(QStringLiteral("resetSelected"));
    QPushButton* resetAll = buttons->addButton(tr("Reset &All to Defaults"), QDialogButtonBox::ResetRole);
    resetAll->setObjectName(QStringLiteral("resetAll"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resetSelected, &QPushButton::clicked, this, &ControlMappingDialog::resetSelected);
    connect(resetAll, &QPushButton::clicked, this,
        [this] { m_document->setControlMapping({}, tr("Reset the control mapping to the defaults")); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_refreshing)
            commitRow(item->row());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_resetSelected->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_document, &ModelDocument::controlMappingChanged, this, &ControlMappingDialog::refresh);
    connect(m_document, &ModelDocument::reset, this, &ControlMappingDialog::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    refresh();
    m_resetSelected->setEnabled(false);
    resize(1040, 340);
}

// One row per kind of finding, in the kinds' fixed order; the kind and where its mapping
// comes from are not editable.
void ControlMappingDialog::createTable()
{
    m_table->setObjectName(QStringLiteral("controlMappingTable"));
    m_table->setHorizontalHeaderLabels({ tr("Kind of finding"), tr("Controls"), tr("Note"), tr("Mapping") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ControlsColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(KindColumn, 260);
    m_table->setColumnWidth(NoteColumn, 190);
    m_table->setColumnWidth(SourceColumn, 130);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

// Rows: every kind of finding the report makes, then each entry of the file whose kind the
// report does not know (a typo, or a file from another version), so that it can be seen and
// removed here rather than only in a text editor.
QStringList ControlMappingDialog::rowFindings(const Model& model)
{
    QStringList findings;
    for (FindingKind kind : allFindingKinds)
        findings.append(findingKindId(kind));
    for (const ControlMappingEntry& entry : model.controlMapping) {
        if (!findings.contains(entry.finding))
            findings.append(entry.finding);
    }
    return findings;
}

// Updates the items in place: refresh() also runs while the table reports an edit, and the
// item being edited must outlive that. Only rows of unknown kinds come and go.
void ControlMappingDialog::refresh()
{
    m_refreshing = true;
    m_findings = rowFindings(m_document->model());
    const int oldCount = m_table->rowCount();
    m_table->setRowCount(int(m_findings.size()));
    for (int row = oldCount; row < m_table->rowCount(); ++row) {
        for (int column = KindColumn; column <= SourceColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (const auto kind = findingKindFromId(m_findings[row]))
            showKind(row, *kind);
        else
            showUnknown(row);
    }
    m_table->resizeRowsToContents();
    m_refreshing = false;
}

void ControlMappingDialog::showKind(int row, FindingKind kind)
{
    const ControlCatalogue::Mapping mapping = ControlCatalogue::effective(m_document->model(), kind);
    const bool unmapped = mapping.fromModel && mapping.controls.isEmpty();
    const QString source = unmapped ? tr("model: not mapped") : mapping.fromModel ? tr("model") : tr("default");
    // Greyed: what applies until the model decides otherwise.
    const QColor colour = palette().color(mapping.fromModel ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    setRow(row, { findingKindTitle(kind), mapping.controls.join(separator), mapping.note, source }, colour, true);
    m_table->item(row, KindColumn)->setToolTip(findingKindId(kind));
    m_table->item(row, ControlsColumn)
        ->setToolTip(unmapped ? tr("Not mapped: the report says so for this kind of finding") : QString());
}

void ControlMappingDialog::showUnknown(int row)
{
    const QString id = m_findings[row];
    const auto& mapping = m_document->model().controlMapping;
    const auto entry
        = std::find_if(mapping.begin(), mapping.end(), [&](const ControlMappingEntry& e) { return e.finding == id; });
    setRow(row, { tr("Unknown kind \"%1\"").arg(id), entry->controls.join(separator), entry->note, tr("ignored") },
        palette().color(QPalette::Active, QPalette::Text), false);
    const QString why = tr("The report makes no finding of kind \"%1\": reset this row to remove the entry").arg(id);
    for (int column = KindColumn; column <= SourceColumn; ++column)
        m_table->item(row, column)->setToolTip(why);
}

void ControlMappingDialog::setRow(int row, const QStringList& texts, const QColor& colour, bool editable)
{
    for (int column = KindColumn; column <= SourceColumn; ++column) {
        QTableWidgetItem* item = m_table->item(row, column);
        item->setText(texts[column]);
        item->setForeground(column == KindColumn ? palette().color(QPalette::Active, QPalette::Text) : colour);
        const bool cellEditable = editable && (column == ControlsColumn || column == NoteColumn);
        item->setFlags(cellEditable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
    }
}

// Turns the row into the model's entry for its kind: replaced in place, so the file keeps
// the order the reviewer gave, or appended when the kind had the default.
void ControlMappingDialog::commitRow(int row)
{
    const std::optional<FindingKind> kind = findingKindFromId(m_findings[row]);
    if (!kind)
        return; // unknown kinds are not editable; only reset removes them
    const ControlMappingEntry entry { m_findings[row], splitControls(m_table->item(row, ControlsColumn)->text()),
        m_table->item(row, NoteColumn)->text().trimmed() };
    std::vector<ControlMappingEntry> mapping = m_document->model().controlMapping;
    const auto it = std::find_if(
        mapping.begin(), mapping.end(), [&](const ControlMappingEntry& e) { return e.finding == entry.finding; });
    if (it == mapping.end()) {
        mapping.push_back(entry);
    } else {
        *it = entry;
        // A file that mapped the kind twice keeps only the entry the row shows (the first).
        const auto sameKind = [&](const ControlMappingEntry& e) { return e.finding == entry.finding; };
        mapping.erase(std::remove_if(it + 1, mapping.end(), sameKind), mapping.end());
    }
    m_document->setControlMapping(mapping, tr("Map \"%1\" findings to controls").arg(findingKindTitle(*kind)));
    // The document ignores an edit that changes nothing (and then announces nothing): show
    // the model's state either way, e.g. the tidied list of controls.
    refresh();
}

void ControlMappingDialog::resetSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(m_findings[index.row()]);
    std::vector<ControlMappingEntry> mapping = m_document->model().controlMapping;
    std::erase_if(mapping, [&](const ControlMappingEntry& e) { return ids.contains(e.finding); });
    m_document->setControlMapping(
        mapping, tr("Reset the control mapping of %n kind(s) of finding", nullptr, int(ids.size())));
}

} // namespace nameplan
