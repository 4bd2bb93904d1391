// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <ares.h>
#include <openssl/crypto.h>

namespace nameplan {

QString AboutBox::text()
{
    const QString title
        = QCoreApplication::translate("AboutBox", "<h3>Nameplan %1</h3>").arg(QStringLiteral(NAMEPLAN_VERSION));
    const QString body = QCoreApplication::translate("AboutBox",
        "<p>A workbench for DNS resilience planning: model the authorities behind your services, find what "
        "fails under which outage, and check that reality matches the model.</p>"
        "<p>Qt %1 (built with %2)<br>c-ares %3<br>%4</p>"
        "<p>Licensed under the GNU General Public License, version 3 or later.</p>");
    return title
        + body.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(ares_version(nullptr)), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
}

void AboutBox::show(QWidget* parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("AboutBox", "About Nameplan"), text());
}

} // namespace nameplan
