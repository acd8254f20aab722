/*
 * HTTP/2, written as Windows code: WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL
 * asks for it, ALPN gives it (through a proxy's CONNECT tunnel too),
 * WINHTTP_OPTION_HTTP_PROTOCOL_USED reports it; a server that offers only
 * HTTP/1.1 gets HTTP/1.1; requests in flight together share one
 * connection. Run by tests/winhttp-h2.sh against nginx and tinyproxy.
 * Usage: winhttp_h2 H2_PORT H1_PORT BIG_FILE OPEN_PROXY_PORT AUTH_PROXY_PORT
 */
#include <winsock2.h>
#include <schannel.h>
#include <winhttp.h>
#include "check.h"
#include "http_status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static INTERNET_PORT h2_port, h1_port;

static HINTERNET open_session(DWORD flags, BOOL h2) {
    HINTERNET ses = WinHttpOpen(L"winsession-h2", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                WINHTTP_NO_PROXY_BYPASS, flags);
    DWORD protocol = WINHTTP_PROTOCOL_FLAG_HTTP2;
    if (h2) CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, &protocol, sizeof protocol));
    return ses;
}

static DWORD protocol_used(HINTERNET req) {
    DWORD used = 0xdead, size = sizeof used;
    if (!WinHttpQueryOption(req, WINHTTP_OPTION_HTTP_PROTOCOL_USED, &used, &size)) return 0xbad;
    return used;
}

/* The whole body, or NULL; its length in *len. */
/* WINHTTP_OPTION_SECURITY_INFO (schannel.h before winhttp.h declares it). */
static WINHTTP_SECURITY_INFO security_info(HINTERNET req) {
    WINHTTP_SECURITY_INFO info;
    DWORD size = sizeof info;
    memset(&info, 0xcc, sizeof info);
    BOOL ok = WinHttpQueryOption(req, WINHTTP_OPTION_SECURITY_INFO, &info, &size);
    CHECK(ok && size == sizeof info, "SECURITY_INFO: error %lu, size %lu", (unsigned long)GetLastError(),
          (unsigned long)size);
    return info;
}

/* What a TLS 1.2 or 1.3 connection with an AEAD suite reports. */
static void check_security(HINTERNET req, DWORD protocol, const char *what) {
    WINHTTP_SECURITY_INFO info = security_info(req);
    SecPkgContext_ConnectionInfo *c = &info.ConnectionInfo;
    SecPkgContext_CipherInfo *p = &info.CipherInfo;
    CHECK(c->dwProtocol == protocol, "%s: dwProtocol %#lx", what, (unsigned long)c->dwProtocol);
    CHECK((c->aiCipher == CALG_AES_128 && c->dwCipherStrength == 128) ||
              (c->aiCipher == CALG_AES_256 && c->dwCipherStrength == 256) ||
              (c->aiCipher == 0 && !wcscmp(p->szCipher, L"CHACHA20_POLY1305")),
          "%s: aiCipher %#x strength %lu", what, c->aiCipher, (unsigned long)c->dwCipherStrength);
    CHECK(c->aiHash == CALG_SHA_256 || c->aiHash == CALG_SHA_384, "%s: aiHash %#x", what, c->aiHash);
    CHECK(c->aiExch == CALG_ECDH_EPHEM && c->dwExchStrength >= 255, "%s: aiExch %#x strength %lu", what, c->aiExch,
          (unsigned long)c->dwExchStrength);
    CHECK(p->dwVersion == SECPKGCONTEXT_CIPHERINFO_V1 &&
              p->dwProtocol == (protocol == SP_PROT_TLS1_3_CLIENT ? 0x304u : 0x303u),
          "%s: CipherInfo version %lu protocol %#lx", what, (unsigned long)p->dwVersion, (unsigned long)p->dwProtocol);
    CHECK(!wcsncmp(p->szCipherSuite, L"TLS_", 4) && p->dwCipherSuite == p->dwBaseCipherSuite &&
              p->dwCipherSuite != 0,
          "%s: suite %#lx %ls", what, (unsigned long)p->dwCipherSuite, p->szCipherSuite);
    CHECK(protocol == SP_PROT_TLS1_3_CLIENT || !wcscmp(p->szCertificate, L"RSA") ||
              !wcscmp(p->szCertificate, L"ECDSA"),
          "%s: certificate %ls", what, p->szCertificate);
}

static char *read_all(HINTERNET req, DWORD *len) {
    DWORD cap = 1 << 16, got = 0, n = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!WinHttpQueryDataAvailable(req, &n)) break;
        if (!n) {
            buf[got] = 0;
            *len = got;
            return buf;
        }
        if (got + n > cap) {
            while (got + n > cap) cap *= 2;
            buf = realloc(buf, cap + 1);
        }
        DWORD read = 0;
        if (!WinHttpReadData(req, buf + got, n, &read)) break;
        got += read;
    }
    free(buf);
    return NULL;
}

static HINTERNET get(HINTERNET con, LPCWSTR verb, LPCWSTR path, const char *data) {
    HINTERNET req = WinHttpOpenRequest(con, verb, path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES,
                                       WINHTTP_FLAG_SECURE);
    DWORD len = data ? (DWORD)strlen(data) : 0;
    BOOL ok = WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, (LPVOID)data, len, len, 0) &&
              WinHttpReceiveResponse(req, NULL);
    CHECK(ok, "%ls %ls: error %lu", verb, path, (unsigned long)GetLastError());
    return req;
}

static void test_sync(const char *big_path) {
    HINTERNET ses = open_session(0, TRUE);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", h2_port, 0);
    DWORD len = 0;

    /* Zeros before a connection (Wine's test_WinHttpQueryOption, on Windows). */
    HINTERNET req = WinHttpOpenRequest(con, L"GET", L"/hello", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES,
                                       WINHTTP_FLAG_SECURE);
    WINHTTP_SECURITY_INFO none = security_info(req);
    CHECK(none.ConnectionInfo.dwProtocol == 0 && none.ConnectionInfo.dwCipherStrength == 0 &&
              none.CipherInfo.szCipherSuite[0] == 0,
          "SECURITY_INFO before sending: protocol %#lx", (unsigned long)none.ConnectionInfo.dwProtocol);
    WinHttpCloseHandle(req);

    req = get(con, L"GET", L"/hello", NULL);
    CHECK(status_of(req) == 200, "GET status %lu", (unsigned long)status_of(req));
    CHECK(protocol_used(req) == WINHTTP_PROTOCOL_FLAG_HTTP2, "protocol used %#lx", (unsigned long)protocol_used(req));
    check_security(req, SP_PROT_TLS1_3_CLIENT, "h2");
    char *body = read_all(req, &len);
    CHECK(body && !strcmp(body, "hello over h2\n"), "GET body: %s", body ? body : "(failed)");
    free(body);
    WinHttpCloseHandle(req);

    req = get(con, L"POST", L"/echo-method", "a=1&b=2");
    body = read_all(req, &len);
    CHECK(body && !strcmp(body, "POST HTTP/2.0\n"), "the server saw: %s", body ? body : "(failed)");
    free(body);
    WinHttpCloseHandle(req);

    req = get(con, L"HEAD", L"/hello", NULL);
    body = read_all(req, &len);
    CHECK(status_of(req) == 200 && body && len == 0, "HEAD: status %lu, %lu body bytes", (unsigned long)status_of(req),
          (unsigned long)len);
    free(body);
    WinHttpCloseHandle(req);

    req = get(con, L"GET", L"/missing", NULL);
    CHECK(status_of(req) == 404, "missing: status %lu", (unsigned long)status_of(req));
    WinHttpCloseHandle(req);

    req = get(con, L"GET", L"/moved", NULL);
    body = read_all(req, &len);
    CHECK(status_of(req) == 200 && body && !strcmp(body, "hello over h2\n") &&
              protocol_used(req) == WINHTTP_PROTOCOL_FLAG_HTTP2,
          "redirect over h2: status %lu body %s", (unsigned long)status_of(req), body ? body : "(failed)");
    free(body);
    WinHttpCloseHandle(req);

    /* A download larger than the stream's window, byte for byte. */
    req = get(con, L"GET", L"/big", NULL);
    body = read_all(req, &len);
    FILE *f = fopen(big_path, "rb");
    char *want = malloc(4 << 20);
    size_t want_len = f ? fread(want, 1, 4 << 20, f) : 0;
    if (f) fclose(f);
    CHECK(body && len == want_len && !memcmp(body, want, len), "big download: %lu of %lu bytes",
          (unsigned long)len, (unsigned long)want_len);
    free(want);
    free(body);
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);

    /* Without the option: HTTP/1.1 to the same server. */
    ses = open_session(0, FALSE);
    con = WinHttpConnect(ses, L"127.0.0.1", h2_port, 0);
    req = get(con, L"GET", L"/echo-method", NULL);
    body = read_all(req, &len);
    CHECK(protocol_used(req) == 0 && body && !strcmp(body, "GET HTTP/1.1\n"), "default protocol: %#lx %s",
          (unsigned long)protocol_used(req), body ? body : "(failed)");
    free(body);
    /* Kept after the body is read and the connection went back to the pool. */
    check_security(req, SP_PROT_TLS1_3_CLIENT, "HTTP/1.1 over TLS 1.3");
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);

    /* TLS 1.2 only (WINHTTP_OPTION_SECURE_PROTOCOLS): an ECDHE suite. */
    ses = open_session(0, FALSE);
    DWORD tls12 = WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2;
    CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_SECURE_PROTOCOLS, &tls12, sizeof tls12));
    con = WinHttpConnect(ses, L"127.0.0.1", h2_port, 0);
    req = get(con, L"GET", L"/hello", NULL);
    body = read_all(req, &len);
    free(body);
    check_security(req, SP_PROT_TLS1_2_CLIENT, "TLS 1.2");
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);

    /* A server that offers only HTTP/1.1 in ALPN gets HTTP/1.1, twice. */
    ses = open_session(0, TRUE);
    con = WinHttpConnect(ses, L"127.0.0.1", h1_port, 0);
    for (int i = 0; i < 2; i++) {
        req = get(con, L"GET", L"/hello", NULL);
        body = read_all(req, &len);
        CHECK(status_of(req) == 200 && protocol_used(req) == 0 && body && !strcmp(body, "hello over h2\n"),
              "HTTP/1.1 server, try %d: status %lu protocol %#lx", i, (unsigned long)status_of(req),
              (unsigned long)protocol_used(req));
        free(body);
        WinHttpCloseHandle(req);
    }
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* ---- async: requests in flight together, multiplexed ---- */

#define PARALLEL 10

typedef struct {
    HANDLE done;
    char body[64];
    DWORD got;
    DWORD error;
    LONG finished;
} Flight;

static void CALLBACK on_status(HINTERNET h, DWORD_PTR context, DWORD status, LPVOID info, DWORD len) {
    Flight *f = (Flight *)context;
    if (!f) return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (!WinHttpReceiveResponse(h, NULL)) f->error = GetLastError();
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        if (status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE) {
            f->got += len;
            if (len == 0) {
                InterlockedExchange(&f->finished, 1);
                SetEvent(f->done);
                break;
            }
        }
        if (!WinHttpReadData(h, f->body + f->got, (DWORD)(sizeof f->body - 1 - f->got), NULL)) f->error = GetLastError();
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        f->error = ((WINHTTP_ASYNC_RESULT *)info)->dwError;
        SetEvent(f->done);
        break;
    }
}

static void test_async(void) {
    HINTERNET ses = open_session(WINHTTP_FLAG_ASYNC, TRUE);
    WinHttpSetStatusCallback(ses, on_status, WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS, 0);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", h2_port, 0);
    static Flight flights[PARALLEL];
    HINTERNET reqs[PARALLEL];
    for (int i = 0; i < PARALLEL; i++) {
        flights[i].done = CreateEventW(NULL, TRUE, FALSE, NULL);
        reqs[i] = WinHttpOpenRequest(con, L"GET", L"/hello", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES,
                                     WINHTTP_FLAG_SECURE);
        CHECK_OK(WinHttpSendRequest(reqs[i], WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0,
                                    (DWORD_PTR)&flights[i]));
    }
    unsigned first_port = 0;
    int same = 1, ok = 0;
    for (int i = 0; i < PARALLEL; i++) {
        WaitForSingleObject(flights[i].done, 20000);
        ok += flights[i].finished && !flights[i].error && !strcmp(flights[i].body, "hello over h2\n") &&
              protocol_used(reqs[i]) == WINHTTP_PROTOCOL_FLAG_HTTP2;
        WINHTTP_CONNECTION_INFO info;
        DWORD size = sizeof info;
        unsigned port = 0;
        if (WinHttpQueryOption(reqs[i], WINHTTP_OPTION_CONNECTION_INFO, &info, &size)) {
            const BYTE *p = (const BYTE *)&((SOCKADDR_IN *)&info.LocalAddress)->sin_port;
            port = (unsigned)(p[0] << 8 | p[1]);
        }
        if (i == 0) first_port = port;
        same &= port && port == first_port;
    }
    CHECK(ok == PARALLEL, "async: %d of %d requests completed over h2 with their body", ok, PARALLEL);
    CHECK(same, "async: the requests in flight together did not share one connection");
    for (int i = 0; i < PARALLEL; i++) {
        WinHttpSetStatusCallback(reqs[i], NULL, 0, 0);
        WinHttpCloseHandle(reqs[i]);
        CloseHandle(flights[i].done);
    }
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* ---- through a proxy: h2 inside its CONNECT tunnel ---- */

/* The open proxy's tunnel carries h2; the authenticating one answers the
 * CONNECT with 407 first (over HTTP/1.1, for the QueryAuthSchemes loop),
 * and the request sent again with Basic credentials goes over h2. */
static void test_proxy(INTERNET_PORT open_proxy, INTERNET_PORT auth_proxy) {
    for (int authenticate = 0; authenticate < 2; authenticate++) {
        const char *what = authenticate ? "h2 through an authenticating proxy" : "h2 through a proxy";
        INTERNET_PORT proxy_port = authenticate ? auth_proxy : open_proxy;
        WCHAR proxy[64];
        swprintf(proxy, 64, L"127.0.0.1:%u", proxy_port);
        HINTERNET ses = WinHttpOpen(L"winsession-h2", WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, WINHTTP_NO_PROXY_BYPASS, 0);
        DWORD protocol = WINHTTP_PROTOCOL_FLAG_HTTP2;
        CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, &protocol, sizeof protocol));
        HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", h2_port, 0);
        HINTERNET req = get(con, L"GET", L"/hello", NULL);
        if (authenticate) {
            CHECK(status_of(req) == 407 && protocol_used(req) == 0, "%s: status %lu protocol %#lx before credentials",
                  what, (unsigned long)status_of(req), (unsigned long)protocol_used(req));
            CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"puser", L"ppwd",
                                           NULL));
            CHECK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, NULL, 0, 0, 0) &&
                      WinHttpReceiveResponse(req, NULL),
                  "%s: sent again: error %lu", what, (unsigned long)GetLastError());
        }
        DWORD len = 0;
        char *body = read_all(req, &len);
        CHECK(status_of(req) == 200 && protocol_used(req) == WINHTTP_PROTOCOL_FLAG_HTTP2 && body &&
                  !strcmp(body, "hello over h2\n"),
              "%s: status %lu protocol %#lx body %s", what, (unsigned long)status_of(req),
              (unsigned long)protocol_used(req), body ? body : "(failed)");
        free(body);
        WINHTTP_CONNECTION_INFO info;
        DWORD size = sizeof info;
        CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size));
        const BYTE *remote = (const BYTE *)&((SOCKADDR_IN *)&info.RemoteAddress)->sin_port;
        CHECK((remote[0] << 8 | remote[1]) == proxy_port, "%s: connected to port %u, not the proxy's", what,
              remote[0] << 8 | remote[1]);
        WinHttpCloseHandle(req);
        WinHttpCloseHandle(con);
        WinHttpCloseHandle(ses);
    }
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: winhttp_h2 H2_PORT H1_PORT BIG_FILE OPEN_PROXY_PORT AUTH_PROXY_PORT\n");
        return 2;
    }
    h2_port = (INTERNET_PORT)atoi(argv[1]);
    h1_port = (INTERNET_PORT)atoi(argv[2]);
    test_sync(argv[3]);
    test_async();
    test_proxy((INTERNET_PORT)atoi(argv[4]), (INTERNET_PORT)atoi(argv[5]));
    return check_summary("winhttp_h2");
}
