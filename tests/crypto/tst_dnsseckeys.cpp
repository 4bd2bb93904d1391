// SPDX-License-Identifier: GPL-3.0-or-later
// Generated keys of every supported algorithm: sign -> verify round trips through the DNSKEY
// public key field, tampering, malformed and unsupported keys, algorithm detection, and one
// key verifying from two threads at once.

#include "dnskeyrdata.h"
#include "dnssecalgorithm.h"
#include "dnsseckey.h"
#include "dnssecsigningkey.h"
#include "wirebuilder.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace nameplan;
using Status = VerifyOutcome::Status;

namespace {

const QList<int> implemented { 5, 7, 8, 10, 13, 14, 15, 16 };

QByteArray sampleData(quint8 algorithm)
{
    return wire::rrsigPrefix(wire::typeA, algorithm, 3, 3600, wire::time("20300101000000"),
               wire::time("20240101000000"), 4711, "example.test")
        + wire::rr("www.example.test", wire::typeA, 3600, QByteArray::fromHex("c0000201"));
}

} // namespace

class TestDnssecKeys : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detectsSupportedAlgorithms()
    {
        const QList<quint8> supported = supportedDnssecAlgorithms();
        // Debian's OpenSSL 3 has every RSA, ECDSA and Ed25519 scheme; Ed448 is detected.
        for (const quint8 required : { 5, 7, 8, 10, 13, 14, 15 })
            QVERIFY2(supported.contains(required), qPrintable(dnssecAlgorithmMnemonic(required)));
        for (const quint8 number : supported)
            QVERIFY(implemented.contains(number));
        // Detection agrees with what the build can actually do.
        QCOMPARE(supported.contains(16), !DnssecSigningKey::generate(16).isNull());
        QVERIFY(!isDnssecAlgorithmSupported(1)); // RSA/MD5: must not be implemented (RFC 8624 §3.1)
        QVERIFY(!isDnssecAlgorithmSupported(3)); // DSA
        QVERIFY(!isDnssecAlgorithmSupported(12)); // GOST
        QCOMPARE(dnssecAlgorithmMnemonic(13), QStringLiteral("ECDSAP256SHA256"));
        QCOMPARE(dnssecAlgorithmMnemonic(253), QStringLiteral("ALGORITHM253"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("algorithm");
        for (const int algorithm : implemented)
            QTest::newRow(qPrintable(dnssecAlgorithmMnemonic(static_cast<quint8>(algorithm)))) << algorithm;
    }

    void roundTrip()
    {
        QFETCH(int, algorithm);
        const auto number = static_cast<quint8>(algorithm);
        if (!isDnssecAlgorithmSupported(number))
            QSKIP("not supported by this OpenSSL build");
        const DnssecSigningKey signer = DnssecSigningKey::generate(number, 1024);
        QVERIFY2(!signer.isNull(), qPrintable(signer.error()));
        QCOMPARE(signer.algorithm(), number);

        const QByteArray data = sampleData(number);
        const std::optional<QByteArray> signature = signer.sign(data);
        QVERIFY(signature);
        const DnssecKey key(number, signer.publicKeyField());
        QCOMPARE(key.loadOutcome(), VerifyOutcome::valid());
        QCOMPARE(key.verify(data, *signature), VerifyOutcome::valid());
        QCOMPARE(key.verify(QByteArray(data + QByteArray(1, '\0')), *signature).status, Status::SignatureInvalid);
        QByteArray tampered = *signature;
        tampered[tampered.size() / 3] = static_cast<char>(tampered[tampered.size() / 3] ^ 0x80);
        QCOMPARE(key.verify(data, tampered).status, Status::SignatureInvalid);

        // Another key of the same algorithm does not verify it.
        const DnssecSigningKey other = DnssecSigningKey::generate(number, 1024);
        QCOMPARE(DnssecKey(number, other.publicKeyField()).verify(data, *signature).status, Status::SignatureInvalid);

        // The DNSKEY RDATA wraps the same field (RFC 4034 §2.1).
        const QByteArray rdata = signer.dnskeyRdata(257);
        QCOMPARE(rdata.first(4), QByteArray(QByteArray::fromHex("010103") + char(number)));
        QCOMPARE(rdata.sliced(4), signer.publicKeyField());
    }

    void keyFieldSizes()
    {
        // RFC 6605 §4 and RFC 8080 §3 sizes; RFC 3110 §2 layout for RSA with exponent 65537.
        QCOMPARE(DnssecSigningKey::generate(13).publicKeyField().size(), 64);
        QCOMPARE(DnssecSigningKey::generate(14).publicKeyField().size(), 96);
        QCOMPARE(DnssecSigningKey::generate(15).publicKeyField().size(), 32);
        const QByteArray rsa = DnssecSigningKey::generate(8, 1024).publicKeyField();
        QCOMPARE(rsa.first(4), QByteArray::fromHex("03010001"));
        QCOMPARE(rsa.size(), 4 + 128);
        QCOMPARE(DnssecKey(8, rsa).bits(), 1024);
    }

    void malformedKeys_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("reason");
        const QByteArray p256 = DnssecSigningKey::generate(13).publicKeyField();
        QByteArray offCurve = p256;
        offCurve[63] = static_cast<char>(offCurve[63] ^ 0x01);
        QTest::newRow("empty RSA") << 8 << QByteArray() << QStringLiteral("too short");
        QTest::newRow("RSA exponent overruns") << 8 << QByteArray::fromHex("0501000100") << QStringLiteral("too short");
        QTest::newRow("RSA no modulus") << 8 << QByteArray::fromHex("03010001") << QStringLiteral("too short");
        QTest::newRow("RSA 2-octet length, truncated")
            << 8 << QByteArray::fromHex("0000") << QStringLiteral("too short");
        QTest::newRow("RSA leading zero") << 8 << QByteArray::fromHex("0301000100ff") << QStringLiteral("leading zero");
        QTest::newRow("RSA over 4096 bits")
            << 8 << QByteArray(QByteArray::fromHex("03010001") + QByteArray(513, '\x7f')) << QStringLiteral("4096");
        QTest::newRow("P-256 short") << 13 << p256.chopped(1) << QStringLiteral("expected 64");
        QTest::newRow("P-256 off the curve") << 13 << offCurve << QStringLiteral("not a point");
        QTest::newRow("P-384 given a P-256 key") << 14 << p256 << QStringLiteral("expected 96");
        QTest::newRow("Ed25519 long") << 15 << QByteArray(33, 'x') << QStringLiteral("expected 32");
    }

    void malformedKeys()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, key);
        QFETCH(QString, reason);
        const DnssecKey dnskey(static_cast<quint8>(algorithm), key);
        QCOMPARE(dnskey.loadOutcome().status, Status::MalformedKey);
        QVERIFY2(dnskey.loadOutcome().detail.contains(reason), qPrintable(dnskey.loadOutcome().detail));
        QVERIFY(!dnskey.isUsable());
        QCOMPARE(dnskey.bits(), 0);
        // Every verification reports the key problem.
        QCOMPARE(dnskey.verify("data", QByteArray(64, 'x')).status, Status::MalformedKey);
    }

    void unsupportedAlgorithms()
    {
        for (const quint8 algorithm : { quint8(0), quint8(1), quint8(3), quint8(6), quint8(12), quint8(253) }) {
            const DnssecKey key(algorithm, QByteArray::fromHex("03010001c0ffee"));
            QCOMPARE(key.loadOutcome().status, Status::UnsupportedAlgorithm);
            QCOMPARE(key.verify("data", "sig").status, Status::UnsupportedAlgorithm);
            QVERIFY(key.loadOutcome().detail.contains(QString::number(algorithm)));
            QVERIFY(DnssecSigningKey::generate(algorithm).isNull());
        }
    }

    void statusNames()
    {
        // Stable identifiers for JSON evidence.
        QCOMPARE(verifyStatusName(Status::Valid), QStringLiteral("valid"));
        QCOMPARE(verifyStatusName(Status::SignatureInvalid), QStringLiteral("signature-invalid"));
        QCOMPARE(verifyStatusName(Status::UnsupportedAlgorithm), QStringLiteral("unsupported-algorithm"));
        QCOMPARE(verifyStatusName(Status::MalformedKey), QStringLiteral("malformed-key"));
        QCOMPARE(verifyStatusName(Status::CryptoError), QStringLiteral("crypto-error"));
    }

    void wrongSignatureLengths()
    {
        // Lengths are checked before OpenSSL sees them: an invalid signature, never a crypto error.
        for (const quint8 algorithm : { quint8(8), quint8(13), quint8(15) }) {
            const DnssecSigningKey signer = DnssecSigningKey::generate(algorithm, 1024);
            const DnssecKey key(algorithm, signer.publicKeyField());
            for (const QByteArray& signature : { QByteArray(), QByteArray(1, 'x'), QByteArray(1000, 'x') }) {
                const VerifyOutcome outcome = key.verify("data", signature);
                QCOMPARE(outcome.status, Status::SignatureInvalid);
                QVERIFY(!outcome.detail.isEmpty());
            }
        }
    }

    void ecdsaZeroSignature()
    {
        // r = s = 0 is out of range (SEC 1 §4.1.4): invalid, not an error.
        const DnssecKey key(13, DnssecSigningKey::generate(13).publicKeyField());
        QCOMPARE(key.verify("data", QByteArray(64, '\0')).status, Status::SignatureInvalid);
    }

    void manyKeysInterleaved()
    {
        // More keys than a thread keeps prepared contexts for, used in turn: every key must
        // still verify its own signature and reject the others'.
        QList<DnssecKey> keys;
        QList<QByteArray> signatures;
        const QByteArray data = sampleData(13);
        for (int i = 0; i < 12; ++i) {
            const quint8 algorithm = i % 2 ? 13 : 15;
            const DnssecSigningKey signer = DnssecSigningKey::generate(algorithm);
            keys.append(DnssecKey(algorithm, signer.publicKeyField()));
            signatures.append(*signer.sign(data));
        }
        for (int round = 0; round < 2; ++round) {
            for (qsizetype k = 0; k < keys.size(); ++k) {
                for (qsizetype s = 0; s < signatures.size(); ++s) {
                    if (keys[k].algorithm() != keys[s].algorithm())
                        continue;
                    QCOMPARE(keys[k].verify(data, signatures[s]).isValid(), k == s);
                }
            }
        }
    }

    void oneKeyTwoThreads_data() { roundTrip_data(); }

    void oneKeyTwoThreads()
    {
        QFETCH(int, algorithm);
        const auto number = static_cast<quint8>(algorithm);
        if (!isDnssecAlgorithmSupported(number))
            QSKIP("not supported by this OpenSSL build");
        const DnssecSigningKey signer = DnssecSigningKey::generate(number, 1024);
        const DnssecKey key(number, signer.publicKeyField());
        const QByteArray data = sampleData(number);
        const QByteArray good = *signer.sign(data);
        QByteArray bad = good;
        bad[5] = static_cast<char>(bad[5] ^ 0x10);
        // Each thread alternates good and bad signatures on the shared key; every answer must
        // be right, so any state shared between the threads' verifications would show.
        std::atomic<int> wrong = 0;
        const auto work = [&] {
            for (int i = 0; i < 200; ++i) {
                if (key.verify(data, good).status != Status::Valid)
                    ++wrong;
                if (key.verify(data, bad).status != Status::SignatureInvalid)
                    ++wrong;
            }
        };
        std::thread first(work);
        std::thread second(work);
        first.join();
        second.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDnssecKeys)
#include "tst_dnsseckeys.moc"
