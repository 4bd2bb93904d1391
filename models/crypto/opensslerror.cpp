// SPDX-License-Identifier: GPL-3.0-or-later
#include "opensslerror.h"

#include <openssl/err.h>

#include <QStringList>

namespace nameplan {

QString takeOpenSslErrors(const QString& context)
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons.append(QString::fromUtf8(text));
    }
    if (reasons.isEmpty())
        return context;
    return context + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace nameplan
