// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace nameplan {

class OutageSession;

// One change of the outage set; undo restores the set that was there before.
class OutageChangeCommand : public QUndoCommand {
public:
    OutageChangeCommand(OutageSession* session, const QStringList& before, const QStringList& after);

    void undo() override;
    void redo() override;

private:
    OutageSession* m_session;
    QStringList m_before;
    QStringList m_after;
};

} // namespace nameplan
