// SPDX-License-Identifier: GPL-3.0-or-later
// The plain English counts of reports, the command line and live findings: the singular for
// exactly one, the plural for none and for many, an irregular plural where one is given.

#include "countednoun.h"

#include <QTest>

using namespace nameplan;

class TestCountedNoun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numberChoosesTheForm_data()
    {
        QTest::addColumn<qsizetype>("count");
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << qsizetype(0) << QString() << QStringLiteral("0 zones");
        QTest::newRow("one") << qsizetype(1) << QString() << QStringLiteral("1 zone");
        QTest::newRow("two") << qsizetype(2) << QString() << QStringLiteral("2 zones");
        QTest::newRow("many") << qsizetype(100000) << QString() << QStringLiteral("100000 zones");
        QTest::newRow("irregular one") << qsizetype(1) << QStringLiteral("zonae") << QStringLiteral("1 zone");
        QTest::newRow("irregular many") << qsizetype(3) << QStringLiteral("zonae") << QStringLiteral("3 zonae");
    }
    void numberChoosesTheForm()
    {
        QFETCH(qsizetype, count);
        QFETCH(QString, plural);
        QFETCH(QString, expected);
        QCOMPARE(countedNoun(count, QStringLiteral("zone"), plural), expected);
    }
};

QTEST_GUILESS_MAIN(TestCountedNoun)
#include "tst_countednoun.moc"
