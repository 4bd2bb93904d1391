// SPDX-License-Identifier: GPL-3.0-or-later
// Detached CMS signatures over evidence files: sign, verify against a CA and against a pinned
// signer, and name exactly what failed after tampering. Every signature is cross-checked with
// `openssl cms -verify`. Keys and certificates are made at test time with the openssl tool.

#include "evidencesigner.h"
#include "evidenceverifier.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nameplan;
using Status = EvidenceVerdict::Status;
using Trust = EvidenceVerifier::Trust;

class TestEvidenceSignature : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    QByteArray read(const char* name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void write(const char* name, const QByteArray& bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    // Runs the openssl tool with fixed arguments in the test directory; bounded wait.
    int openssl(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return -1;
        }
        if (process.exitCode() != 0)
            qWarning().noquote() << "openssl" << arguments.join(u' ') << "->" << process.readAll();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    int opensslVerify(const char* content, const char* signature, const char* caFile) const
    {
        return openssl({ QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
            QStringLiteral("-inform"), QStringLiteral("PEM"), QStringLiteral("-in"), QString::fromLatin1(signature),
            QStringLiteral("-content"), QString::fromLatin1(content), QStringLiteral("-CAfile"),
            QString::fromLatin1(caFile), QStringLiteral("-out"), QStringLiteral("verified.out") });
    }

    // A key and a certificate: self-signed when issuer is null, else signed by issuer.
    void makeCertificate(const char* stem, const char* subject, const char* issuer)
    {
        const QString key = QString::fromLatin1(stem) + QStringLiteral(".key");
        const QString cert = QString::fromLatin1(stem) + QStringLiteral(".pem");
        const QString csr = QString::fromLatin1(stem) + QStringLiteral(".csr");
        const QStringList ecKey { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
            QStringLiteral("-subj"), QString::fromLatin1(subject) };
        if (!issuer) {
            QCOMPARE(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-days"),
                                 QStringLiteral("2"), QStringLiteral("-out"), cert }
                         + ecKey),
                0);
            return;
        }
        QCOMPARE(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-out"), csr } + ecKey), 0);
        write("leaf.ext", "keyUsage=critical,digitalSignature\nbasicConstraints=CA:FALSE\n");
        QCOMPARE(openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                     QStringLiteral("-CA"), QString::fromLatin1(issuer) + QStringLiteral(".pem"),
                     QStringLiteral("-CAkey"), QString::fromLatin1(issuer) + QStringLiteral(".key"),
                     QStringLiteral("-set_serial"), QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"), cert }),
            0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        makeCertificate("ca", "/CN=Nameplan Test CA", nullptr);
        makeCertificate("signer", "/CN=Nameplan Evidence Signer", "ca");
        makeCertificate("otherca", "/CN=Another CA", nullptr);
        makeCertificate("self", "/CN=Self-signed Signer", nullptr);
        write("evidence.pdf", QByteArray("%PDF-1.7\n") + QByteArray(5000, '\x8f') + "\n%%EOF\n");
        write("evidence.json", R"({"model":"acme","sha256":"00ff"})");
    }

    void signsFilesAndVerifiesAgainstTheCa()
    {
        const QStringList files { path("evidence.pdf"), path("evidence.json") };
        QCOMPARE(EvidenceSigner::signFiles(files, path("signer.key"), path("signer.pem")), QString());
        for (const char* name : { "evidence.pdf", "evidence.json" }) {
            const QString file = path(name);
            QVERIFY(read(name).size() > 0);
            QVERIFY(QFile(EvidenceSigner::signatureFileFor(file)).size() > 0);
            const EvidenceVerdict verdict = EvidenceVerifier::verifyFile(
                file, EvidenceSigner::signatureFileFor(file), path("ca.pem"), Trust::CaCertificate);
            QVERIFY2(verdict.isValid(), qPrintable(verdict.detail));
            QVERIFY2(
                verdict.signer.contains(QStringLiteral("CN=Nameplan Evidence Signer")), qPrintable(verdict.signer));
        }
        // The reference tool agrees: the signature is a standard detached CMS signature.
        QCOMPARE(opensslVerify("evidence.pdf", "evidence.pdf.p7s", "ca.pem"), 0);
        QCOMPARE(opensslVerify("evidence.json", "evidence.json.p7s", "ca.pem"), 0);
        // The signature file holds no private key material.
        QVERIFY(!read("evidence.pdf.p7s").contains("PRIVATE KEY"));
    }

    void oneChangedByteIsContentChanged()
    {
        QByteArray pdf = read("evidence.pdf");
        const QByteArray signature = EvidenceSigner::sign(pdf, read("signer.key"), read("signer.pem")).signaturePem;
        QVERIFY(!signature.isEmpty());
        write("tampered.pdf", pdf);
        write("tampered.pdf.p7s", signature);
        QCOMPARE(opensslVerify("tampered.pdf", "tampered.pdf.p7s", "ca.pem"), 0);

        pdf[100] = static_cast<char>(pdf[100] ^ 0x01);
        write("tampered.pdf", pdf);
        const EvidenceVerdict verdict = EvidenceVerifier::verify(pdf, signature, read("ca.pem"), Trust::CaCertificate);
        QCOMPARE(verdict.status, Status::ContentChanged);
        QVERIFY(verdict.detail.contains(QStringLiteral("differs")));
        QVERIFY(opensslVerify("tampered.pdf", "tampered.pdf.p7s", "ca.pem") != 0);
    }

    void changedSignatureIsSignatureInvalid()
    {
        const QByteArray json = read("evidence.json");
        const QByteArray pem = EvidenceSigner::sign(json, read("signer.key"), read("signer.pem")).signaturePem;
        // Flip a bit in the last octet of the DER, inside the ECDSA signature value.
        QByteArray der = QByteArray::fromBase64(
            pem.sliced(pem.indexOf('\n') + 1, pem.indexOf("-----END") - pem.indexOf('\n') - 1));
        QVERIFY(der.size() > 100);
        der[der.size() - 2] = static_cast<char>(der[der.size() - 2] ^ 0x01);
        const EvidenceVerdict verdict = EvidenceVerifier::verify(json, der, read("ca.pem"), Trust::CaCertificate);
        QCOMPARE(verdict.status, Status::SignatureInvalid);
        QVERIFY(verdict.signer.contains(QStringLiteral("Nameplan Evidence Signer")));
    }

    void untrustedSignerIsCertificateProblem()
    {
        const QByteArray json = read("evidence.json");
        const QByteArray signature = EvidenceSigner::sign(json, read("signer.key"), read("signer.pem")).signaturePem;
        const EvidenceVerdict wrongCa
            = EvidenceVerifier::verify(json, signature, read("otherca.pem"), Trust::CaCertificate);
        QCOMPARE(wrongCa.status, Status::CertificateProblem);
        QVERIFY2(wrongCa.detail.contains(QStringLiteral("issuer certificate")), qPrintable(wrongCa.detail));
        write("untrusted.json", json);
        write("untrusted.json.p7s", signature);
        QVERIFY(opensslVerify("untrusted.json", "untrusted.json.p7s", "otherca.pem") != 0);

        const EvidenceVerdict wrongPin
            = EvidenceVerifier::verify(json, signature, read("self.pem"), Trust::SignerCertificate);
        QCOMPARE(wrongPin.status, Status::CertificateProblem);
    }

    void pinnedSigners()
    {
        const QByteArray json = read("evidence.json");
        // A self-signed signer, verified against itself, by us and by the reference tool.
        const QByteArray selfSigned = EvidenceSigner::sign(json, read("self.key"), read("self.pem")).signaturePem;
        QVERIFY(EvidenceVerifier::verify(json, selfSigned, read("self.pem"), Trust::SignerCertificate).isValid());
        write("self.json", json);
        write("self.json.p7s", selfSigned);
        QCOMPARE(opensslVerify("self.json", "self.json.p7s", "self.pem"), 0);
        // A CA-issued signer pinned directly, without its CA.
        const QByteArray issued = EvidenceSigner::sign(json, read("signer.key"), read("signer.pem")).signaturePem;
        QVERIFY(EvidenceVerifier::verify(json, issued, read("signer.pem"), Trust::SignerCertificate).isValid());
    }

    void signingFailuresNameTheProblem()
    {
        const EvidenceSigner::Result mismatched = EvidenceSigner::sign("x", read("self.key"), read("signer.pem"));
        QVERIFY(!mismatched.ok());
        QVERIFY(!mismatched.error.isEmpty());
        const EvidenceSigner::Result notAKey = EvidenceSigner::sign("x", "garbage", read("signer.pem"));
        QVERIFY(notAKey.error.contains(QStringLiteral("private key")));
        QVERIFY(!notAKey.error.contains(QStringLiteral("garbage")));
        const QString missing = EvidenceSigner::signFiles({ path("nope.pdf") }, path("signer.key"), path("signer.pem"));
        QVERIFY(missing.contains(QStringLiteral("nope.pdf")));
        QCOMPARE(
            EvidenceVerifier::verifyFile(path("nope.pdf"), path("nope.pdf.p7s"), path("ca.pem"), Trust::CaCertificate)
                .status,
            Status::UnreadableInput);
    }

    void garbageIsMalformed()
    {
        QCOMPARE(EvidenceVerifier::verify("x", "not a signature", read("ca.pem"), Trust::CaCertificate).status,
            Status::MalformedSignature);
        QCOMPARE(
            EvidenceVerifier::verify("x", {}, read("ca.pem"), Trust::CaCertificate).status, Status::MalformedSignature);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceSignature)
#include "tst_evidencesignature.moc"
