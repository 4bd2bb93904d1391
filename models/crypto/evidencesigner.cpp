// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencesigner.h"

#include "opensslerror.h"
#include "opensslhandles.h"

#include <openssl/crypto.h>
#include <openssl/pem.h>

#include <QFile>
#include <QSaveFile>

namespace nameplan {

namespace {

// Refuses encrypted keys instead of letting OpenSSL prompt on the controlling terminal.
int noPassphrase(char*, int, int, void*)
{
    return 0;
}

// File contents that may be secret: wiped before the memory is released.
class SecretBytes {
public:
    explicit SecretBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

bool readFile(const QString& path, QByteArray& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    out = file.readAll();
    return file.error() == QFileDevice::NoError;
}

QByteArray writePem(CMS_ContentInfo* cms)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_CMS(out.get(), cms) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

EvidenceSigner::Result EvidenceSigner::sign(
    QByteArrayView content, QByteArrayView keyPem, QByteArrayView certificatePem)
{
    BioPtr keyBio = readOnlyBio(keyPem);
    BioPtr certificateBio = readOnlyBio(certificatePem);
    PkeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, &noPassphrase, nullptr) : nullptr);
    if (!key) {
        // The reason only: OpenSSL's text names the decoder that failed, never key bytes.
        return { {}, takeOpenSslErrors(QStringLiteral("the private key is not an unencrypted PEM key")) };
    }
    X509Ptr certificate(certificateBio ? PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate)
        return { {}, takeOpenSslErrors(QStringLiteral("the certificate is not a PEM certificate")) };
    BioPtr contentBio = readOnlyBio(content);
    // Binary: sign the exact bytes. Detached: the signature file does not embed the evidence.
    CmsPtr cms(
        CMS_sign(certificate.get(), key.get(), nullptr, contentBio.get(), CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP));
    if (!cms)
        return { {}, takeOpenSslErrors(QStringLiteral("signing failed")) };
    const QByteArray pem = writePem(cms.get());
    if (pem.isEmpty())
        return { {}, takeOpenSslErrors(QStringLiteral("writing the signature failed")) };
    return { pem, {} };
}

QString EvidenceSigner::signFiles(
    const QStringList& files, const QString& keyPemPath, const QString& certificatePemPath)
{
    QByteArray keyBytes;
    const bool keyRead = readFile(keyPemPath, keyBytes);
    const SecretBytes key(std::move(keyBytes));
    QByteArray certificate;
    if (!keyRead)
        return QStringLiteral("%1: cannot read the private key").arg(keyPemPath);
    if (!readFile(certificatePemPath, certificate))
        return QStringLiteral("%1: cannot read the certificate").arg(certificatePemPath);
    for (const QString& path : files) {
        QByteArray content;
        if (!readFile(path, content))
            return QStringLiteral("%1: cannot read the file to sign").arg(path);
        const Result signature = sign(content, key.bytes(), certificate);
        if (!signature.ok())
            return path + QStringLiteral(": ") + signature.error;
        QSaveFile out(signatureFileFor(path));
        if (!out.open(QIODevice::WriteOnly) || out.write(signature.signaturePem) != signature.signaturePem.size()
            || !out.commit())
            return QStringLiteral("%1: cannot write the signature: %2").arg(signatureFileFor(path), out.errorString());
    }
    return {};
}

QString EvidenceSigner::signatureFileFor(const QString& file)
{
    return file + QStringLiteral(".p7s");
}

} // namespace nameplan
