// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace nameplan {

// The most recently opened or saved model files, kept in QSettings and shown in a menu.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int maximumEntries = 8;

    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    // Moves the file to the top of the list (absolute path).
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* m_menu;
};

} // namespace nameplan
