// SPDX-License-Identifier: GPL-3.0-or-later
// NSEC3 hashes of RFC 5155 Appendix A (SHA-1, salt aabbccdd, 12 iterations), the iteration
// budget of RFC 9276 §3.2, and unknown hash algorithms (RFC 5155 §8.1).

#include "nsec3hash.h"
#include "wirebuilder.h"

#include <QCryptographicHash>
#include <QTest>

using namespace nameplan;
using Status = Nsec3Hash::Result::Status;

namespace {

// RFC 4648 §7 "base32hex", lower case and unpadded as NSEC3 owner labels are written.
QByteArray base32hex(const QByteArray& bytes)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuv";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

const QByteArray appendixSalt = QByteArray::fromHex("aabbccdd");

} // namespace

class TestNsec3Hash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendixA_data()
    {
        QTest::addColumn<QByteArray>("owner");
        QTest::addColumn<QByteArray>("hash");
        // RFC 5155 Appendix A, the hashed owner names listed with the example zone.
        const char* const rows[][2] = {
            { "example", "0p9mhaveqvm6t7vbl5lop2u3t2rp3tom" },
            { "a.example", "35mthgpgcu1qg68fab165klnsnk3dpvl" },
            { "ai.example", "gjeqe526plbf1g8mklp59enfd789njgi" },
            { "ns1.example", "2t7b4g4vsa5smi47k61mv5bv1a22bojr" },
            { "ns2.example", "q04jkcevqvmu85r014c7dkba38o0ji5r" },
            { "w.example", "k8udemvp1j2f7eg6jebps17vp3n8i58h" },
            { "*.w.example", "r53bq7cc2uvmubfu5ocmm6pers9tk9en" },
            { "x.w.example", "b4um86eghhds6nea196smvmlo4ors995" },
            { "y.w.example", "ji6neoaepv8b5o6k4ev33abha8ht9fgc" },
            { "x.y.w.example", "2vptu5timamqttgl4luu9kg21e0aor3s" },
            { "xx.example", "t644ebqk9bibcna874givr6joj62mlhv" },
            { "2t7b4g4vsa5smi47k61mv5bv1a22bojr.example", "kohar7mbb8dc2ce8a9qvl8hon4k53uhi" },
        };
        for (const auto& row : rows)
            QTest::newRow(row[0]) << wire::name(row[0]) << QByteArray(row[1]);
    }

    void appendixA()
    {
        QFETCH(QByteArray, owner);
        QFETCH(QByteArray, hash);
        const Nsec3Hash::Result result = Nsec3Hash::compute(Nsec3Hash::sha1, owner, appendixSalt, 12, 12);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.hash.size(), 20);
        QCOMPARE(base32hex(result.hash), hash);
    }

    void hashesTheCanonicalForm()
    {
        // RFC 5155 §5 hashes the canonical (lower-case) owner name.
        QCOMPARE(Nsec3Hash::compute(Nsec3Hash::sha1, wire::name("A.EXAMPLE"), appendixSalt, 12, 100).hash,
            Nsec3Hash::compute(Nsec3Hash::sha1, wire::name("a.example"), appendixSalt, 12, 100).hash);
    }

    void definitionAgainstQtSha1()
    {
        // RFC 5155 §5 step by step with Qt's independent SHA-1: IH(salt, x, 0) = H(x || salt),
        // IH(salt, x, 1) = H(IH(salt, x, 0) || salt); RFC 9276 §3.1's 0 iterations, no salt.
        const QByteArray owner = wire::name("example");
        const auto sha1
            = [](const QByteArray& data) { return QCryptographicHash::hash(data, QCryptographicHash::Sha1); };
        QCOMPARE(Nsec3Hash::compute(Nsec3Hash::sha1, owner, {}, 0, 0).hash, sha1(owner));
        QCOMPARE(Nsec3Hash::compute(Nsec3Hash::sha1, owner, appendixSalt, 0, 0).hash, sha1(owner + appendixSalt));
        QCOMPARE(Nsec3Hash::compute(Nsec3Hash::sha1, owner, appendixSalt, 1, 1).hash,
            sha1(sha1(owner + appendixSalt) + appendixSalt));
    }

    void intoBufferAsCompute()
    {
        Nsec3Hash::Digest digest {};
        QCOMPARE(
            Nsec3Hash::computeInto(Nsec3Hash::sha1, wire::name("A.Example"), appendixSalt, 12, 12, digest), Status::Ok);
        QCOMPARE(QByteArray(digest.data(), digest.size()),
            Nsec3Hash::compute(Nsec3Hash::sha1, wire::name("a.example"), appendixSalt, 12, 12).hash);
        QCOMPARE(Nsec3Hash::computeInto(Nsec3Hash::sha1, wire::name("example"), appendixSalt, 12, 11, digest),
            Status::IterationsOverLimit);
        QCOMPARE(Nsec3Hash::computeInto(2, wire::name("example"), appendixSalt, 12, 100, digest),
            Status::UnsupportedHashAlgorithm);
    }

    void iterationBudget()
    {
        // More iterations than the caller's limit are refused without hashing (RFC 9276 §3.2).
        const Nsec3Hash::Result over = Nsec3Hash::compute(Nsec3Hash::sha1, wire::name("example"), appendixSalt, 12, 11);
        QCOMPARE(over.status, Status::IterationsOverLimit);
        QVERIFY(over.hash.isEmpty());
        QCOMPARE(Nsec3Hash::compute(Nsec3Hash::sha1, wire::name("example"), appendixSalt, 65535, 150).status,
            Status::IterationsOverLimit);
    }

    void unknownHashAlgorithm()
    {
        // RFC 5155 §8.1: only SHA-1 (1) is defined; others must be ignored by the caller.
        for (const quint8 algorithm : { quint8(0), quint8(2), quint8(255) })
            QCOMPARE(Nsec3Hash::compute(algorithm, wire::name("example"), appendixSalt, 12, 100).status,
                Status::UnsupportedHashAlgorithm);
    }
};

QTEST_GUILESS_MAIN(TestNsec3Hash)
#include "tst_nsec3hash.moc"
