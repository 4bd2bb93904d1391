// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// Drains this thread's OpenSSL error queue into one line ("context: reason; reason").
// OpenSSL keeps one queue per thread, so a failure reported here is the caller's own.
// Error strings name the failing routine and reason, never key material.
QString takeOpenSslErrors(const QString& context);

// Discards this thread's queued OpenSSL errors, after a failure that is an expected outcome
// (a signature that does not verify) so that it does not leak into a later report.
void clearOpenSslErrors();

} // namespace nameplan
