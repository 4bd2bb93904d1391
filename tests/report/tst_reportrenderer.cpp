// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF renderer on hand-made report data: every section present, page numbers, vector
// text that pdftotext can read, every page non-blank.

#include "modelfile.h"
#include "reportdata.h"
#include "reportrenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace nameplan;

namespace {
// Standard output of a tool that succeeded; nullopt when it failed or hung.
std::optional<QString> run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

ReportData sampleData(const Model& model)
{
    ReportData data;
    data.title = model.title;
    data.author = model.author;
    data.modelFile = QStringLiteral("acme-identity.nameplan.json");
    data.modelSha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    data.nameplanVersion = QStringLiteral("0.1.0");
    data.generatedAt = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    data.spofs = { QStringLiteral("shieldco") };
    data.spofLabels = { QStringLiteral("ShieldCo DDoS scrubbing") };
    data.services.push_back({ QStringLiteral("sso"), QStringLiteral("Single sign-on"), QStringLiteral("critical"), 1, 1,
        { QStringLiteral("shieldco") }, 0.00041, {} });
    ReportScenario s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("DDoS vendor outage");
    s.outages = { QStringLiteral("shieldco") };
    s.outageLabels = { QStringLiteral("ShieldCo DDoS scrubbing") };
    s.duration = QStringLiteral("until every timer runs out");
    s.failures.push_back({ QStringLiteral("sso"), QStringLiteral("Single sign-on"), QStringLiteral("EU staff"),
        QStringLiteral("zone acme.example: ns1 down (shieldco out)") });
    s.affectedElements = { QStringLiteral("sso") };
    s.servicePopulationPairs = 20;
    data.scenarios.push_back(s);
    data.survivalCurve = { { 0, 1, {} }, { 1, 0.93, {} }, { 2, 0.81, {} } };
    data.controls.push_back(
        { QStringLiteral("shieldco is a single point of failure of Single sign-on"), QStringLiteral("high"),
            { QStringLiteral("NIST CSF 2.0 PR.IR-03"), QStringLiteral("ACME-DNS-07") }, QStringLiteral("spof"), true });
    data.controlMapping.push_back({ QStringLiteral("dnssec-signed"), QStringLiteral("DNSSEC-signed zone"), {},
        QStringLiteral("out of scope"), true });
    return data;
}
} // namespace

class TestReportRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersEverySection_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("612 x 792 pts (letter)");
    }

    void rendersEverySection()
    {
        QFETCH(QString, pageSize);
        QFETCH(QString, pdfinfoSize);
        const ModelFile::LoadResult model
            = ModelFile::load(QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json"));
        QVERIFY(model.usable());
        ReportData data = sampleData(model.model);
        data.pageSize = pageSize;
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("evidence.pdf"));
        QCOMPARE(ReportRenderer::writePdf(data, model.model, pdf), QString());

        const QString text = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
                                 .value_or(QString());
        for (const char* expected : { "Contents", "Executive summary", "Single points of failure", "shieldco",
                 "DDoS vendor outage", "Independence of the authorities", "Control mapping", "Methodology and glossary",
                 "0123456789abcdef0123456789abcdef", "page 1 of", "NIST CSF 2.0 PR.IR-03" }) {
            QVERIFY2(text.contains(QString::fromLatin1(expected)), expected);
        }
        for (const char* expected : { "Mapping by kind of", "not mapped", "out of scope", "model" })
            QVERIFY2(text.contains(QString::fromLatin1(expected)), expected);
        // A cell's items are lines of their own, not run together.
        QVERIFY(!text.contains(QStringLiteral("PR.IR-03ACME")));
        const QString info = run(QStringLiteral("pdfinfo"), { pdf }).value_or(QString());
        QVERIFY2(info.contains(pdfinfoSize), qPrintable(info));

        // Every page has something on it.
        QVERIFY(run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                dir.filePath(QStringLiteral("page")) }));
        const QStringList pages = QDir(dir.path()).entryList({ QStringLiteral("page*.png") });
        QVERIFY(pages.size() >= 5);
        for (const QString& page : pages) {
            const QImage image(dir.filePath(page));
            int ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += qGray(image.pixel(x, y)) < 200;
            }
            QVERIFY2(ink > 20, qPrintable(page));
        }
        if (pageSize == u"A4") {
            QFile::remove(QStringLiteral(NAMEPLAN_BINARY_DIR "/tst_reportrenderer.pdf"));
            QFile::copy(pdf, QStringLiteral(NAMEPLAN_BINARY_DIR "/tst_reportrenderer.pdf"));
        }
    }
};

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
