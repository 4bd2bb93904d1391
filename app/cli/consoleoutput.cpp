// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleoutput.h"

#include <cstdio>

namespace nameplan {

namespace {
void writeLine(FILE* stream, const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void ConsoleOutput::out(const QString& line)
{
    writeLine(stdout, line);
}
void ConsoleOutput::err(const QString& line)
{
    writeLine(stderr, line);
}

void ConsoleOutput::problems(const QString& file, const Problems& problems)
{
    for (const Problem& p : problems) {
        const QString marker = p.severity == Problem::Severity::Warning ? QStringLiteral("warning: ") : QString();
        err(file + QStringLiteral(": ") + marker + p.toString());
    }
}

} // namespace nameplan
