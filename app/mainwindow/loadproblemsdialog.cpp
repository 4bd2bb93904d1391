// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadproblemsdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nameplan {

LoadProblemsDialog::LoadProblemsDialog(const QString& path, const Problems& problems, bool offerRepair, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cannot open %1").arg(QFileInfo(path).fileName()));
    setObjectName(QStringLiteral("loadProblemsDialog"));
    auto* summary = new QLabel(this);
    summary->setWordWrap(true);
    const QString file = QDir::toNativeSeparators(path);
    summary->setText(offerRepair ? tr("%1 does not pass validation. It can be opened anyway so that you can repair "
                                      "it; what is open now will be closed.")
                                       .arg(file)
                                 : tr("%1 cannot be read. Nothing was changed.").arg(file));
    QStringList lines;
    for (const Problem& problem : problems)
        lines.append(problem.toString());
    auto* list = new QPlainTextEdit(lines.join(u'\n'), this);
    list->setReadOnly(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setAccessibleName(tr("Problems found in the file"));
    list->setObjectName(QStringLiteral("problemList"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (offerRepair) {
        QPushButton* repair = buttons->addButton(tr("Open Anyway to Repair"), QDialogButtonBox::AcceptRole);
        repair->setObjectName(QStringLiteral("openAnyway"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace nameplan
