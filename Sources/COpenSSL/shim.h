#ifndef CLAIMTRACE_COPENSSL_SHIM_H
#define CLAIMTRACE_COPENSSL_SHIM_H
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/sha.h>
#endif
