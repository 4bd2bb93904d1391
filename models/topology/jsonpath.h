// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace nameplan {

// A location in a JSON document such as `zones[3].authorities[1]`, built as a chain of
// stack-allocated steps and turned into text only when a problem is reported: formatting
// every path eagerly made loading a 20,000-element model several times slower.
// A step refers to its parent, so it must not outlive it (pass steps down, never store them).
class JsonPath {
public:
    JsonPath() = default;

    JsonPath key(const QString& key) const { return JsonPath(this, key, -1); }
    JsonPath index(qsizetype index) const { return JsonPath(this, {}, index); }
    QString toString() const
    {
        QString prefix = m_parent ? m_parent->toString() : QString();
        if (m_index >= 0)
            return prefix + u'[' + QString::number(m_index) + u']';
        if (prefix.isEmpty())
            return m_key;
        return m_key.isEmpty() ? prefix : prefix + u'.' + m_key;
    }

private:
    JsonPath(const JsonPath* parent, const QString& key, qsizetype index)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
    {
    }

    const JsonPath* m_parent = nullptr;
    QString m_key;
    qsizetype m_index = -1;
};

} // namespace nameplan
