// SPDX-License-Identifier: GPL-3.0-or-later
#include "domainnamerules.h"

#include <QStringList>

#include <arpa/inet.h>

namespace nameplan {

namespace {
constexpr int maximumLabelLength = 63; // RFC 1035 §2.3.4
constexpr int maximumNameLength = 253; // 255 octets on the wire, less the length octets at both ends
constexpr int maximumIdLength = 128;

bool isLabelCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}
} // namespace

QString DomainNameRules::checkDomain(const QString& name, bool wildcardAllowed)
{
    if (name.isEmpty())
        return QStringLiteral("empty domain name");
    if (name == u".")
        return {};
    QString text = name;
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.size() > maximumNameLength)
        return QStringLiteral("domain name \"%1\" is longer than %2 characters").arg(name).arg(maximumNameLength);
    const QStringList labels = text.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QString& label = labels[i];
        if (label.isEmpty())
            return QStringLiteral("domain name \"%1\" has an empty label").arg(name);
        if (label.size() > maximumLabelLength)
            return QStringLiteral("label \"%1\" of \"%2\" is longer than %3 characters")
                .arg(label, name)
                .arg(maximumLabelLength);
        if (label == u"*" && i == 0 && wildcardAllowed)
            continue;
        for (QChar c : label) {
            if (!isLabelCharacter(c))
                return QStringLiteral("domain name \"%1\" contains '%2'; use letters, digits, '-' and '_'")
                    .arg(name, QString(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QStringLiteral("label \"%1\" of \"%2\" starts or ends with '-'").arg(label, name);
    }
    return {};
}

QString DomainNameRules::checkAddress(const QString& address)
{
    const QByteArray latin = address.toLatin1();
    unsigned char buffer[16];
    if (inet_pton(AF_INET, latin.constData(), buffer) == 1 || inet_pton(AF_INET6, latin.constData(), buffer) == 1)
        return {};
    return QStringLiteral("\"%1\" is not an IPv4 or IPv6 address").arg(address);
}

QString DomainNameRules::checkId(const QString& id)
{
    if (id.isEmpty())
        return QStringLiteral("empty id");
    if (id.size() > maximumIdLength)
        return QStringLiteral("id \"%1\" is longer than %2 characters").arg(id).arg(maximumIdLength);
    const bool startsWell = id[0].isLetterOrNumber() && id[0].unicode() < 0x80;
    for (QChar c : id) {
        if (!startsWell || !(isLabelCharacter(c) || c == u'.'))
            return QStringLiteral("id \"%1\" must start with a letter or digit and use only letters, digits, "
                                  "'-', '_' and '.'")
                .arg(id);
    }
    return {};
}

QString DomainNameRules::normalized(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.') && n.size() > 1)
        n.chop(1);
    return n;
}

bool DomainNameRules::isAtOrBelow(const QString& name, const QString& ancestor)
{
    if (ancestor == u"." || name == ancestor)
        return true;
    return name.endsWith(ancestor) && name.size() > ancestor.size() && name[name.size() - ancestor.size() - 1] == u'.';
}

} // namespace nameplan
