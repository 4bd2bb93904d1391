// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtext.h"

#include <QPointF>
#include <QStringList>

#include <limits>

namespace nameplan {

namespace {

bool isList(FieldType type)
{
    return type == FieldType::AddressList || type == FieldType::ReferenceList || type == FieldType::OutageList;
}

bool isNumber(FieldType type)
{
    return type == FieldType::Seconds || type == FieldType::Probability || type == FieldType::Hours;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<QVariant> pointFromText(const QString& text)
{
    const QStringList parts = text.split(u',');
    bool okX = false;
    bool okY = false;
    if (parts.size() == 2) {
        const double x = parts[0].trimmed().toDouble(&okX);
        const double y = parts[1].trimmed().toDouble(&okY);
        if (okX && okY)
            return QVariant(QPointF(x, y));
    }
    return std::nullopt;
}

} // namespace

QString FieldText::toText(FieldType type, const QVariant& value)
{
    if (!value.isValid())
        return {};
    if (isList(type))
        return value.toStringList().join(QStringLiteral(", "));
    if (type == FieldType::Point) {
        const QPointF p = value.toPointF();
        return number(p.x()) + QStringLiteral(", ") + number(p.y());
    }
    if (type == FieldType::Probability || type == FieldType::Hours)
        return number(value.toDouble());
    return value.toString();
}

std::optional<QVariant> FieldText::fromText(FieldType type, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (isList(type)) {
        QStringList items;
        for (const QString& item : trimmed.split(u',', Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return QVariant(items);
    }
    if (trimmed.isEmpty() && (isNumber(type) || type == FieldType::Point))
        return QVariant();
    if (type == FieldType::Point)
        return pointFromText(trimmed);
    bool ok = false;
    if (type == FieldType::Seconds) {
        const qint64 seconds = trimmed.toLongLong(&ok);
        return ok ? std::optional(QVariant::fromValue(seconds)) : std::nullopt;
    }
    if (isNumber(type)) {
        const double value = trimmed.toDouble(&ok);
        return ok ? std::optional(QVariant(value)) : std::nullopt;
    }
    // Surrounding blanks in an id or a host name are typing accidents; notes keep theirs.
    return QVariant(type == FieldType::Text ? text : trimmed);
}

QVariant FieldText::sortKey(FieldType type, const QVariant& value)
{
    if (type == FieldType::Seconds)
        return value.isValid() ? value.toLongLong() : std::numeric_limits<qint64>::min();
    if (type == FieldType::Probability || type == FieldType::Hours)
        return value.isValid() ? value.toDouble() : -std::numeric_limits<double>::infinity();
    return toText(type, value);
}

} // namespace nameplan
