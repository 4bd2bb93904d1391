// SPDX-License-Identifier: GPL-3.0-or-later
// `nameplan report` and `nameplan verify-evidence` end to end, as a reviewer uses them: the
// PDF carries the model hash, every critical service and the single points of failure the
// analysis finds; the JSON bundle says the same; signatures verify with Nameplan and with
// `openssl cms`, and fail once one byte changes.

#include "programrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using nameplan::ProgramRun;

namespace {

ProgramRun run(const QString& program, const QStringList& arguments)
{
    return ProgramRun::run(program, arguments, { {}, 120000, false });
}

const QString nameplanProgram = QStringLiteral(NAMEPLAN_BINARY_DIR "/app/nameplan");
const QString acme = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/acme-identity.nameplan.json");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char c = 0;
    QVERIFY(file.getChar(&c));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(c ^ 0x01)));
}

} // namespace

class TestReportCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A self-signed signing certificate made for this test only.
        const ProgramRun openssl = run(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), path("key.pem"), QStringLiteral("-out"), path("cert.pem"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Nameplan test reviewer"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=digitalSignature"), QStringLiteral("-addext"),
                QStringLiteral("extendedKeyUsage=emailProtection") });
        QVERIFY2(openssl.exitCode == 0, openssl.err.constData());
        const ProgramRun report = run(nameplanProgram,
            { QStringLiteral("report"), acme, QStringLiteral("--json"), path("bundle.json"), QStringLiteral("--sign"),
                path("key.pem"), QStringLiteral("--cert"), path("cert.pem"), QStringLiteral("-o"),
                path("evidence.pdf") });
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY(QFile::exists(path("evidence.pdf.p7s")));
        QVERIFY(QFile::exists(path("bundle.json.p7s")));
    }

    void pdfCarriesHashServicesAndSpofs()
    {
        const ProgramRun text = run(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path("evidence.pdf"), QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        const QString pages = QString::fromUtf8(text.out);
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(readAll(acme), QCryptographicHash::Sha256).toHex());
        QVERIFY2(pages.contains(hash), "the cover names the SHA-256 of the model file");
        for (const char* service : { "Single sign-on", "Identity provider", "Token endpoint" })
            QVERIFY2(pages.contains(QString::fromLatin1(service)), service);
        // The planted shared dependency: every public authority sits behind the same DDoS vendor.
        QVERIFY(pages.contains(QStringLiteral("shieldco")));
        QVERIFY(pages.contains(QStringLiteral("dependency shieldco")));
        for (const char* section : { "Executive summary", "Outage scenarios", "Hidden primary lost for 3 weeks",
                 "Independence of the authorities", "Control mapping", "Methodology and glossary" })
            QVERIFY2(pages.contains(QString::fromLatin1(section)), section);
        // Without --with-live the report stays off the network and says so.
        QVERIFY(pages.contains(QStringLiteral("Failover drills")));
        QVERIFY(pages.contains(QStringLiteral("Failover drills were not run")));
        QVERIFY(pages.contains(QStringLiteral("Live checks were not run")));
        QVERIFY(pages.contains(QStringLiteral("DNSSEC was not checked: the live checks were not run.")));
    }

    void everyPageIsNonBlank()
    {
        const ProgramRun render = run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("15"), QStringLiteral("-gray"), path("evidence.pdf"),
                path("page") });
        QCOMPARE(render.exitCode, 0);
        const QStringList pages = QDir(m_dir.path()).entryList({ QStringLiteral("page*.pgm") });
        QVERIFY(pages.size() >= 8);
        for (const QString& page : pages) {
            const QImage image(m_dir.filePath(page));
            int ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += qGray(image.pixel(x, y)) < 180;
            }
            QVERIFY2(ink > 10, qPrintable(page));
        }
    }

    void bundleSaysTheSame()
    {
        const QJsonObject bundle = QJsonDocument::fromJson(readAll(path("bundle.json"))).object();
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash(readAll(acme), QCryptographicHash::Sha256).toHex());
        QCOMPARE(bundle.value(QStringLiteral("model")).toObject().value(QStringLiteral("sha256")).toString(), hash);
        const QJsonArray spofs = bundle.value(QStringLiteral("single_points_of_failure_at_once")).toArray();
        QVERIFY(spofs.contains(QStringLiteral("shieldco")));
        QCOMPARE(bundle.value(QStringLiteral("services")).toArray().size(), 8);
        QVERIFY(bundle.value(QStringLiteral("drills")).toArray().isEmpty());
        QVERIFY(bundle.value(QStringLiteral("drill_status")).toString().contains(QStringLiteral("--with-live")));
        QVERIFY(bundle.value(QStringLiteral("live_checks")).toObject().isEmpty());
        QVERIFY(bundle.value(QStringLiteral("dnssec")).toArray().isEmpty());
        QVERIFY(bundle.value(QStringLiteral("live_status")).toString().contains(QStringLiteral("--with-live")));
    }

    void signaturesVerifyAndDetectTampering_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("pdf") << QStringLiteral("evidence.pdf");
        QTest::newRow("bundle") << QStringLiteral("bundle.json");
    }

    void signaturesVerifyAndDetectTampering()
    {
        QFETCH(QString, file);
        const QString original = m_dir.filePath(file);
        const QString copy = m_dir.filePath(QStringLiteral("copy-") + file);
        QFile::remove(copy);
        QVERIFY(QFile::copy(original, copy));
        const QStringList opensslVerify { QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
            QStringLiteral("-inform"), QStringLiteral("PEM"), QStringLiteral("-in"), original + QStringLiteral(".p7s"),
            QStringLiteral("-content"), copy, QStringLiteral("-CAfile"), path("cert.pem"), QStringLiteral("-purpose"),
            QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null") };
        QCOMPARE(run(QStringLiteral("openssl"), opensslVerify).exitCode, 0);
        const QStringList ours { QStringLiteral("verify-evidence"), copy, QStringLiteral("--signature"),
            original + QStringLiteral(".p7s"), QStringLiteral("--signer"), path("cert.pem") };
        const ProgramRun valid = run(nameplanProgram, ours);
        QVERIFY2(valid.exitCode == 0, valid.err.constData());

        flipByte(copy, QFileInfo(copy).size() / 2);
        QVERIFY(run(QStringLiteral("openssl"), opensslVerify).exitCode != 0);
        const ProgramRun tampered = run(nameplanProgram, ours);
        QCOMPARE(tampered.exitCode, 1);
        QVERIFY2(tampered.err.contains("NOT verified"), tampered.err.constData());
    }

    void bundleIsTiedToItsModel()
    {
        const QStringList base { QStringLiteral("verify-evidence"), path("bundle.json"), QStringLiteral("--signer"),
            path("cert.pem"), QStringLiteral("--model") };
        QCOMPARE(run(nameplanProgram, base + QStringList { acme }).exitCode, 0);
        const QString other = QStringLiteral(NAMEPLAN_SOURCE_DIR "/resources/examples/global-enterprise.nameplan.json");
        const ProgramRun wrong = run(nameplanProgram, base + QStringList { other });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("different model"), wrong.err.constData());
    }

    void badRequestsSayWhy()
    {
        const ProgramRun unknown = run(nameplanProgram,
            { QStringLiteral("report"), acme, QStringLiteral("--outage"), QStringLiteral("mars"), QStringLiteral("-o"),
                path("x.pdf") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("mars"), unknown.err.constData());
        const ProgramRun half = run(nameplanProgram,
            { QStringLiteral("report"), acme, QStringLiteral("--sign"), path("key.pem"), QStringLiteral("-o"),
                path("x.pdf") });
        QCOMPARE(half.exitCode, 2);
        QVERIFY(half.err.contains("--sign and --cert go together"));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
