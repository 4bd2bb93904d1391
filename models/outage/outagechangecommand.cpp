// SPDX-License-Identifier: GPL-3.0-or-later
#include "outagechangecommand.h"

#include "outagesession.h"

#include <QCoreApplication>

namespace nameplan {

OutageChangeCommand::OutageChangeCommand(OutageSession* session, const QStringList& before, const QStringList& after)
    : m_session(session)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("OutageChangeCommand", "Change outages"));
}

void OutageChangeCommand::undo()
{
    m_session->applyOutages(m_before);
}

void OutageChangeCommand::redo()
{
    m_session->applyOutages(m_after);
}

} // namespace nameplan
