// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <openssl/pem.h> // before cms.h, which declares its PEM functions only after pem.h

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/x509.h>

#include <QByteArrayView>

#include <memory>

namespace nameplan {

// Every OpenSSL handle lives in a std::unique_ptr whose deleter is the matching *_free, so that
// no early return can leak one. Private to models/crypto: nothing outside includes OpenSSL.
template <auto FreeFunction> struct OpenSslDeleter {
    template <class T> void operator()(T* handle) const { FreeFunction(handle); }
};

template <class T, auto FreeFunction> using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFunction>>;

using BigNumPtr = OpenSslPtr<BIGNUM, &BN_free>;
using BioPtr = OpenSslPtr<BIO, &BIO_free_all>;
using CmsPtr = OpenSslPtr<CMS_ContentInfo, &CMS_ContentInfo_free>;
using MdCtxPtr = OpenSslPtr<EVP_MD_CTX, &EVP_MD_CTX_free>;
using MdPtr = OpenSslPtr<EVP_MD, &EVP_MD_free>;
using ParamBuildPtr = OpenSslPtr<OSSL_PARAM_BLD, &OSSL_PARAM_BLD_free>;
using ParamPtr = OpenSslPtr<OSSL_PARAM, &OSSL_PARAM_free>;
using PkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, &EVP_PKEY_CTX_free>;
using PkeyPtr = OpenSslPtr<EVP_PKEY, &EVP_PKEY_free>;
using X509Ptr = OpenSslPtr<X509, &X509_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, &X509_STORE_CTX_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, &X509_STORE_free>;

// A STACK_OF(X509) that owns its certificates (CMS_get1_certs hands out such a stack).
struct X509StackDeleter {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

// A read-only memory BIO over bytes that outlive it (no copy).
inline BioPtr readOnlyBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

} // namespace nameplan
