// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace nameplan {

// "About Nameplan": what it is and the versions of the libraries it runs on, which is the
// first thing a bug report needs.
class AboutBox {
public:
    // Rich text naming Nameplan's, Qt's (build and run time), c-ares' and OpenSSL's versions.
    static QString text();
    static void show(QWidget* parent);
};

} // namespace nameplan
