// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceverifier.h"

#include "opensslerror.h"
#include "opensslhandles.h"

#include <openssl/objects.h>
#include <openssl/pem.h>

#include <QFile>

#include <array>

namespace nameplan {

using Status = EvidenceVerdict::Status;

namespace {

EvidenceVerdict verdict(Status status, const QString& detail, const QString& signer = {})
{
    return { status, detail, signer };
}

CmsPtr readCms(QByteArrayView signature)
{
    BioPtr pem = readOnlyBio(signature);
    CmsPtr cms(pem ? PEM_read_bio_CMS(pem.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cms) {
        BioPtr der = readOnlyBio(signature);
        cms.reset(der ? d2i_CMS_bio(der.get(), nullptr) : nullptr);
    }
    clearOpenSslErrors(); // the PEM attempt fails on DER input by design
    return cms;
}

QString subjectOf(X509* certificate)
{
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253) < 0)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(size));
}

// RFC 5652 §5.4: with signed attributes, the signature covers them, and the messageDigest
// attribute binds the content. Compare that attribute with the content's digest now.
std::optional<EvidenceVerdict> checkContent(CMS_SignerInfo* info, QByteArrayView content)
{
    const auto* recorded = static_cast<const ASN1_OCTET_STRING*>(
        CMS_signed_get0_data_by_OBJ(info, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    X509_ALGOR* digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(info, nullptr, nullptr, &digestAlgorithm, nullptr);
    const ASN1_OBJECT* oid = nullptr;
    if (digestAlgorithm)
        X509_ALGOR_get0(&oid, nullptr, nullptr, digestAlgorithm);
    MdPtr md(oid ? EVP_MD_fetch(nullptr, OBJ_nid2sn(OBJ_obj2nid(oid)), nullptr) : nullptr);
    if (!recorded || !md)
        return verdict(Status::MalformedSignature,
            takeOpenSslErrors(QStringLiteral("no message digest or an unknown digest algorithm")));
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest {};
    unsigned int size = 0;
    if (EVP_Digest(content.data(), static_cast<size_t>(content.size()), digest.data(), &size, md.get(), nullptr) != 1)
        return verdict(Status::MalformedSignature, takeOpenSslErrors(QStringLiteral("hashing the content")));
    if (ASN1_STRING_length(recorded) != static_cast<int>(size)
        || CRYPTO_memcmp(ASN1_STRING_get0_data(recorded), digest.data(), size) != 0)
        return verdict(Status::ContentChanged,
            QStringLiteral("the content differs from what was signed (%1 digest mismatch)")
                .arg(QLatin1StringView(EVP_MD_get0_name(md.get()))));
    return std::nullopt;
}

std::optional<EvidenceVerdict> checkCertificate(
    CMS_ContentInfo* cms, X509* signer, QByteArrayView trustedPem, EvidenceVerifier::Trust trust)
{
    BioPtr trustedBio = readOnlyBio(trustedPem);
    X509Ptr trusted(trustedBio ? PEM_read_bio_X509(trustedBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!trusted)
        return verdict(Status::CertificateProblem,
            takeOpenSslErrors(QStringLiteral("the trusted certificate is not a PEM certificate")));
    const bool pinned = trust == EvidenceVerifier::Trust::SignerCertificate;
    if (pinned && X509_cmp(signer, trusted.get()) != 0)
        return verdict(Status::CertificateProblem, QStringLiteral("signed by another certificate than the one given"));
    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    X509StackPtr untrusted(CMS_get1_certs(cms));
    if (!store || !ctx || X509_STORE_add_cert(store.get(), trusted.get()) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), signer, untrusted.get()) != 1
        || X509_STORE_CTX_set_default(ctx.get(), "smime_sign") != 1)
        return verdict(Status::MalformedSignature, takeOpenSslErrors(QStringLiteral("preparing the chain check")));
    // A pinned signer need not be self-signed: it is trusted as it stands.
    if (pinned)
        X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_PARTIAL_CHAIN);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        clearOpenSslErrors();
        return verdict(Status::CertificateProblem, QString::fromUtf8(X509_verify_cert_error_string(error)));
    }
    return std::nullopt;
}

EvidenceVerdict checkSigner(CMS_ContentInfo* cms, CMS_SignerInfo* info, QByteArrayView content,
    QByteArrayView trustedPem, EvidenceVerifier::Trust trust)
{
    X509* signer = nullptr;
    CMS_SignerInfo_get0_algs(info, nullptr, &signer, nullptr, nullptr);
    if (!signer)
        return verdict(Status::CertificateProblem, QStringLiteral("the signer certificate is not included"));
    const QString subject = subjectOf(signer);
    if (CMS_signed_get_attr_count(info) <= 0)
        return verdict(Status::MalformedSignature, QStringLiteral("no signed attributes"), subject);
    if (CMS_SignerInfo_verify(info) != 1) {
        clearOpenSslErrors();
        return verdict(Status::SignatureInvalid, QStringLiteral("the signature does not verify"), subject);
    }
    std::optional<EvidenceVerdict> problem = checkContent(info, content);
    if (!problem)
        problem = checkCertificate(cms, signer, trustedPem, trust);
    if (problem) {
        problem->signer = subject;
        return *problem;
    }
    return verdict(Status::Valid, {}, subject);
}

} // namespace

EvidenceVerdict EvidenceVerifier::verify(
    QByteArrayView content, QByteArrayView signaturePem, QByteArrayView trustedPem, Trust trust)
{
    CmsPtr cms = readCms(signaturePem);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return verdict(Status::MalformedSignature, QStringLiteral("not a CMS SignedData signature"));
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(infos) <= 0)
        return verdict(Status::MalformedSignature, QStringLiteral("the signature has no signer"));
    // Attach the certificates carried in the signature to their signer infos.
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    clearOpenSslErrors();
    EvidenceVerdict result;
    for (int i = 0; i < sk_CMS_SignerInfo_num(infos); ++i) {
        result = checkSigner(cms.get(), sk_CMS_SignerInfo_value(infos, i), content, trustedPem, trust);
        if (!result.isValid())
            return result;
    }
    return result;
}

EvidenceVerdict EvidenceVerifier::verifyFile(
    const QString& file, const QString& signatureFile, const QString& trustedPemFile, Trust trust)
{
    QByteArray contents[3];
    const QString paths[3] = { file, signatureFile, trustedPemFile };
    for (int i = 0; i < 3; ++i) {
        QFile in(paths[i]);
        if (!in.open(QIODevice::ReadOnly))
            return verdict(Status::UnreadableInput, QStringLiteral("%1: %2").arg(paths[i], in.errorString()));
        contents[i] = in.readAll();
    }
    return verify(contents[0], contents[1], contents[2], trust);
}

} // namespace nameplan
