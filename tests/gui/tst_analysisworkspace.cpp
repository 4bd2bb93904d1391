// SPDX-License-Identifier: GPL-3.0-or-later
// The Analysis tab's progress row, offscreen over the bundled ACME example: a real run ends
// "Up to date" with a full bar, and the time left reads in real plural forms, in English and in
// German (the catalogues the build compiles).

#include "analysisjob.h"
#include "analysisworkspace.h"
#include "exampledocument.h"
#include "modeldocument.h"

#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QTranslator>

using namespace nameplan;

class TestAnalysisWorkspace : public QObject {
    Q_OBJECT

private:
    ModelDocument* m_document = nullptr;
    AnalysisWorkspace* m_workspace = nullptr;

    QLabel* status() const { return m_workspace->findChild<QLabel*>(QStringLiteral("analysisStatus")); }

private Q_SLOTS:
    void init()
    {
        m_document = new ModelDocument(this);
        QVERIFY(ExampleDocument::open(*m_document));
        m_workspace = new AnalysisWorkspace(m_document);
        QVERIFY(status());
    }

    void cleanup()
    {
        delete m_workspace;
        delete m_document;
    }

    void runEndsUpToDateWithAFullBar()
    {
        m_workspace->runNow();
        QTRY_COMPARE_WITH_TIMEOUT(status()->text(), QStringLiteral("Up to date"), 60000);
        const QProgressBar* bar = m_workspace->findChild<QProgressBar*>(QStringLiteral("analysisProgress"));
        QCOMPARE(bar->value(), bar->maximum());
    }

    // Closing the workbench mid-analysis: the job cancels and says so while it is deleted, which
    // must not reach the workspace's handlers after the workspace is gone (the sanitizer stage
    // reports such a call as a member access on the wrong type).
    void destroyedWhileAnalysing()
    {
        m_workspace->runNow();
        QVERIFY(m_workspace->job()->isRunning());
        delete m_workspace;
        m_workspace = nullptr;
    }

    void timeLeftInPluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("msLeft");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en, none yet") << QStringLiteral("en") << qint64(-1) << QStringLiteral("Analysing…");
        QTest::newRow("en, one") << QStringLiteral("en") << qint64(400) << QStringLiteral("about 1 s left");
        QTest::newRow("en, many") << QStringLiteral("en") << qint64(41200) << QStringLiteral("about 42 s left");
        QTest::newRow("de, none yet") << QStringLiteral("de") << qint64(-1) << QStringLiteral("Analyse läuft…");
        QTest::newRow("de, one") << QStringLiteral("de") << qint64(1000) << QStringLiteral("noch etwa 1 s");
        QTest::newRow("de, many") << QStringLiteral("de") << qint64(1001) << QStringLiteral("noch etwa 2 s");
    }

    // The estimate is the job's (AnalysisJob paces its own search); the tab only words it.
    void timeLeftInPluralForms()
    {
        QFETCH(QString, language);
        QFETCH(qint64, msLeft);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(
            QStringLiteral("nameplan_") + language, QStringLiteral(NAMEPLAN_BINARY_DIR "/packaging/translations")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        Q_EMIT m_workspace->job()->progressChanged(500, msLeft);
        QCOMPARE(status()->text(), expected);
    }
};

QTEST_MAIN(TestAnalysisWorkspace)
#include "tst_analysisworkspace.moc"
