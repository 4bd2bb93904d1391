// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace nameplan {

// Writes JSON with keys in the order the caller gives them. QJsonDocument sorts keys
// alphabetically; model files keep "id" first and related fields together so that they
// read well and diff cleanly in review.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray(); // elements on their own lines
    void endArray();
    void key(const QString& key);

    void value(const QString& text);
    void value(qint64 number);
    void value(double number);
    // A short array of scalars on one line: ["a", "b"].
    void inlineList(const QStringList& texts);
    void inlinePair(double first, double second);

    QByteArray finish();

private:
    void beforeValue();
    void newline();
    void writeString(const QString& text);

    QByteArray m_out;
    struct Level {
        bool isObject;
        int items;
    };
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace nameplan
