// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>

namespace nameplan {

namespace {
constexpr int recoveryFormat = 1;
const QLatin1StringView suffix(".nameplan-recovery");
} // namespace

QString RecoveryFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryFile::pathFor(int serial)
{
    return directory() + QStringLiteral("/%1-%2").arg(QCoreApplication::applicationPid()).arg(serial) + suffix;
}

// The fields of /proc/<pid>/stat after the command name (field 2, which may contain spaces
// and parentheses, so the fields are taken after the last ')'): [0] is field 3, the state.
// Empty where /proc is unavailable or the process does not exist.
QList<QByteArray> RecoveryFile::procStat(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : line.mid(close + 2).split(' ');
}

// Field 22, the start time in clock ticks since boot: together with the pid it names one
// process, even after the pid is reused.
QString RecoveryFile::processStart(qint64 pid)
{
    const QList<QByteArray> fields = procStat(pid);
    constexpr int startTime = 22 - 3;
    return fields.size() > startTime ? QString::fromLatin1(fields[startTime]) : QString();
}

QString RecoveryFile::write(const QString& path, const QByteArray& model, const QString& originalPath)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
    const qint64 pid = QCoreApplication::applicationPid();
    const QJsonObject wrapper {
        { QStringLiteral("nameplan_recovery"), recoveryFormat },
        { QStringLiteral("pid"), pid },
        { QStringLiteral("process_start"), processStart(pid) },
        { QStringLiteral("original_path"), originalPath },
        { QStringLiteral("written_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("model"), QString::fromUtf8(model) },
    };
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

std::optional<RecoveryFile::Contents> RecoveryFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject wrapper = QJsonDocument::fromJson(file.readAll()).object();
    if (wrapper.value(QStringLiteral("nameplan_recovery")).toInt() != recoveryFormat)
        return std::nullopt;
    return Contents {
        wrapper.value(QStringLiteral("model")).toString().toUtf8(),
        wrapper.value(QStringLiteral("original_path")).toString(),
        wrapper.value(QStringLiteral("pid")).toInteger(),
        wrapper.value(QStringLiteral("process_start")).toString(),
    };
}

bool RecoveryFile::isRunning(qint64 pid, const QString& processStart)
{
    if (pid <= 0)
        return false;
    // kill(pid, 0) checks existence without sending anything; EPERM means it exists.
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A killed process stays a zombie until its parent reaps it: it is gone all the same.
    const QList<QByteArray> fields = procStat(pid);
    if (!fields.isEmpty() && fields.front() == "Z")
        return false;
    const QString start = RecoveryFile::processStart(pid);
    return processStart.isEmpty() || start.isEmpty() || start == processStart;
}

QStringList RecoveryFile::orphans()
{
    const QDir dir(directory());
    QStringList result;
    const QFileInfoList files
        = dir.entryInfoList({ QStringLiteral("*") + suffix }, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        const auto contents = read(info.absoluteFilePath());
        if (contents && !isRunning(contents->pid, contents->processStart))
            result.append(info.absoluteFilePath());
    }
    return result;
}

} // namespace nameplan
