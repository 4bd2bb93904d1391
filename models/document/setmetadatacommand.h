// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace nameplan {

class ModelDocument;

// Changes the model's title, author and description together.
class SetMetadataCommand : public QUndoCommand {
public:
    struct Metadata {
        QString title;
        QString author;
        QString description;
    };

    SetMetadataCommand(ModelDocument* document, const Metadata& before, const Metadata& after);

    void redo() override;
    void undo() override;

private:
    void apply(const Metadata& metadata);

    ModelDocument* m_document;
    Metadata m_before;
    Metadata m_after;
};

} // namespace nameplan
