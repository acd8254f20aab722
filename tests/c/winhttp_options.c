/*
 * The WinHTTP option table on real session, connection and request handles,
 * WinHttpSetTimeouts, and WinHttpTimeFromSystemTime / TimeToSystemTime,
 * written as Windows code and checked against what Windows answers (the
 * ok() lines Wine's dlls/winhttp/tests/winhttp.c runs on Windows, and
 * Microsoft's "Option Flags" page). Opening handles needs no server.
 * Usage: winhttp_options
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>

static int wide_is(const WCHAR *got, const WCHAR *want) {
    return wide_len(got) == wide_len(want) && !memcmp(got, want, wide_len(want) * sizeof(WCHAR));
}

/* Query a DWORD option; 0xdeadbeef when the call fails. */
static DWORD query_dword(HINTERNET h, DWORD option) {
    DWORD value = 0xdeadbeef, size = sizeof value;
    if (!WinHttpQueryOption(h, option, &value, &size) || size != sizeof value) return 0xdeadbeef;
    return value;
}

static BOOL set_dword(HINTERNET h, DWORD option, DWORD value) {
    return WinHttpSetOption(h, option, &value, sizeof value);
}

static void test_time(void) {
    static const SYSTEMTIME when = {2008, 7, 1, 28, 10, 5, 52, 0};
    WCHAR text[WINHTTP_TIME_FORMAT_BUFSIZE / sizeof(WCHAR) + 1];
    SYSTEMTIME got, now, back;

    CHECK_FAILS(WinHttpTimeFromSystemTime(&when, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpTimeFromSystemTime(NULL, text), ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpTimeFromSystemTime(&when, text));
    CHECK(wide_is(text, L"Mon, 28 Jul 2008 10:05:52 GMT"), "formatted date");

    CHECK_FAILS(WinHttpTimeToSystemTime(L"Mon, 28 Jul 2008 10:05:52 GMT", NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpTimeToSystemTime(NULL, &got), ERROR_INVALID_PARAMETER);
    static const WCHAR *const forms[] = {
        L"Mon, 28 Jul 2008 10:05:52 GMT\n", /* RFC 1123 */
        L" mon 28 jul 2008 10 05 52\n",     /* Windows' leniency */
        L"Monday, 28-Jul-08 10:05:52 GMT",  /* RFC 850 */
        L"Mon Jul 28 10:05:52 2008",        /* asctime */
    };
    for (size_t i = 0; i < ARRAYSIZE(forms); i++) {
        memset(&got, 0xcc, sizeof got);
        CHECK_OK(WinHttpTimeToSystemTime(forms[i], &got));
        CHECK(!memcmp(&got, &when, sizeof got), "form %zu: %u-%u-%u dow %u %u:%u:%u.%u", i, got.wYear, got.wMonth,
              got.wDay, got.wDayOfWeek, got.wHour, got.wMinute, got.wSecond, got.wMilliseconds);
    }
    CHECK_FAILS(WinHttpTimeToSystemTime(L"Mon, 28 Foo 2008 10:05:52 GMT", &got), ERROR_INVALID_PARAMETER);

    /* Today's date, as a Windows program builds If-Modified-Since. */
    GetSystemTime(&now);
    now.wMilliseconds = 0;
    CHECK_OK(WinHttpTimeFromSystemTime(&now, text));
    CHECK_OK(WinHttpTimeToSystemTime(text, &back));
    CHECK(!memcmp(&now, &back, sizeof now), "today round-trips");
}

/* Options the library does not know, and the buffer rules of a DWORD. */
static void test_arguments(HINTERNET ses, HINTERNET con, HINTERNET req) {
    char buffer[64];
    DWORD size = sizeof buffer, value;
    HINTERNET handles[] = {ses, con, req};

    for (size_t i = 0; i < ARRAYSIZE(handles); i++) {
        CHECK_FAILS(WinHttpSetOption(handles[i], 0, buffer, sizeof buffer), ERROR_WINHTTP_INVALID_OPTION);
        size = sizeof buffer;
        CHECK_FAILS(WinHttpQueryOption(handles[i], 0, buffer, &size), ERROR_INVALID_PARAMETER);
        /* Every handle reports 0 workers. */
        value = 0xdeadbeef;
        size = sizeof value + 1;
        CHECK_OK(WinHttpQueryOption(handles[i], WINHTTP_OPTION_WORKER_THREAD_COUNT, &value, &size));
        CHECK(value == 0 && size == sizeof value, "workers %u size %u", value, size);
    }
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, NULL, NULL), ERROR_INVALID_PARAMETER);
    size = 0xdeadbeef;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, NULL, &size), ERROR_INSUFFICIENT_BUFFER);
    CHECK(size == 4, "size %u", size);
    size = 3;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, &value, &size), ERROR_INSUFFICIENT_BUFFER);
    CHECK(size == 4, "size %u", size);
    CHECK(query_dword(ses, WINHTTP_OPTION_REDIRECT_POLICY) == WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP,
          "default redirect policy");
    value = WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS;
    CHECK_FAILS(WinHttpSetOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, NULL, sizeof value), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, &value, 3), ERROR_INSUFFICIENT_BUFFER);
    CHECK_FAILS(WinHttpSetOption(ses, WINHTTP_OPTION_REDIRECT_POLICY, &value, 5), ERROR_INSUFFICIENT_BUFFER);
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_REDIRECT_POLICY, WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS));
    CHECK(query_dword(ses, WINHTTP_OPTION_REDIRECT_POLICY) == WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS, "policy set");
    CHECK_FAILS(set_dword(con, WINHTTP_OPTION_REDIRECT_POLICY, 0), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpSetTimeouts(NULL, 0, 0, 0, 0), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WinHttpQueryOption(NULL, WINHTTP_OPTION_CONTEXT_VALUE, buffer, &size), ERROR_INVALID_HANDLE);
}

static void test_features(HINTERNET ses, HINTERNET con, HINTERNET req) {
    DWORD value, size;

    CHECK_FAILS(set_dword(ses, WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(set_dword(con, WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_OK(set_dword(req, WINHTTP_OPTION_DISABLE_FEATURE, 0));
    CHECK_OK(set_dword(req, WINHTTP_OPTION_DISABLE_FEATURE, 0xffffffff));
    CHECK_OK(set_dword(req, WINHTTP_OPTION_DISABLE_FEATURE, WINHTTP_DISABLE_COOKIES));
    size = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_DISABLE_FEATURE, &value, &size), ERROR_INVALID_PARAMETER);
    size = 0;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_DISABLE_FEATURE, NULL, &size), ERROR_INVALID_PARAMETER);

    value = 0xdeadbeef;
    size = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_ENABLE_FEATURE, &value, &size), ERROR_INVALID_PARAMETER);
    CHECK(value == 0xdeadbeef, "buffer untouched: %#x", value);
    value = WINHTTP_ENABLE_SSL_REVOCATION;
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_ENABLE_FEATURE, NULL, sizeof value), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_ENABLE_FEATURE, &value, 0), ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_ENABLE_FEATURE, &value, sizeof value));
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_ENABLE_FEATURE, 0xdeadbeef), ERROR_INVALID_PARAMETER);

    CHECK(query_dword(ses, WINHTTP_OPTION_CONNECT_RETRIES) == 5, "default retries");
    CHECK_OK(set_dword(req, WINHTTP_OPTION_CONNECT_RETRIES, 6));
    CHECK(query_dword(req, WINHTTP_OPTION_CONNECT_RETRIES) == 6, "retries set");

    CHECK(query_dword(req, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS) == 10, "default redirects");
    CHECK_OK(set_dword(req, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, 2));
    CHECK(query_dword(req, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS) == 2, "redirects set");
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS, &value, 2),
                ERROR_INVALID_PARAMETER);

    CHECK(query_dword(ses, WINHTTP_OPTION_MAX_CONNS_PER_SERVER) == 0xffffffff, "default connections");
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_MAX_CONNS_PER_SERVER, 16));
    CHECK(query_dword(ses, WINHTTP_OPTION_MAX_CONNS_PER_SERVER) == 16, "connections set");
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_MAX_CONNS_PER_SERVER, 2), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_MAX_CONNS_PER_1_0_SERVER, 4));

    CHECK_OK(set_dword(ses, WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_GZIP));
    /* Set only: Windows answers a query with 87 (Wine's test_WinHttpQueryOption). */
    value = 0xdead;
    size = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_DECOMPRESSION, &value, &size), ERROR_INVALID_PARAMETER);
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, WINHTTP_PROTOCOL_FLAG_HTTP2));
    CHECK_FAILS(WinHttpSetOption(ses, WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, &value, 2), ERROR_INVALID_PARAMETER);
    CHECK(query_dword(req, WINHTTP_OPTION_HTTP_PROTOCOL_USED) == 0, "HTTP/1.1 used");
    size = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_HTTP_PROTOCOL_USED, &value, &size),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    CHECK(query_dword(req, WINHTTP_OPTION_SECURITY_FLAGS) == 0, "no security flags");
    CHECK_OK(set_dword(req, WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_CERT_WRONG_USAGE));
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_SECURE), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_STRENGTH_STRONG),
                ERROR_INVALID_PARAMETER);
    CHECK_OK(set_dword(req, WINHTTP_OPTION_SECURITY_FLAGS, SECURITY_FLAG_IGNORE_UNKNOWN_CA |
                                                            SECURITY_FLAG_IGNORE_CERT_DATE_INVALID |
                                                            SECURITY_FLAG_IGNORE_CERT_CN_INVALID));
    CHECK_OK(set_dword(req, WINHTTP_OPTION_SECURITY_FLAGS, 0));
    CHECK_FAILS(set_dword(con, WINHTTP_OPTION_SECURE_PROTOCOLS, WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
}

/* test_timeouts: a session's values, read through its connection, copied
 * into each new request; a connection takes none itself. */
static void test_timeouts(HINTERNET ses, HINTERNET con) {
    static const DWORD timeouts[] = {WINHTTP_OPTION_RESOLVE_TIMEOUT, WINHTTP_OPTION_CONNECT_TIMEOUT,
                                     WINHTTP_OPTION_SEND_TIMEOUT, WINHTTP_OPTION_RECEIVE_TIMEOUT};
    static const DWORD values[] = {0x0123, 0x4567, 0x89ab, 0xcdef};
    HINTERNET req;

    for (int i = 0; i < 4; i++) {
        int args[4] = {0, 0, 0, 0};
        args[i] = -2;
        CHECK_FAILS(WinHttpSetTimeouts(ses, args[0], args[1], args[2], args[3]), ERROR_INVALID_PARAMETER);
        CHECK_FAILS(WinHttpSetTimeouts(con, args[0], args[1], args[2], args[3]), ERROR_INVALID_PARAMETER);
    }
    CHECK_OK(WinHttpSetTimeouts(ses, -1, -1, -1, -1));
    CHECK(query_dword(ses, WINHTTP_OPTION_RESOLVE_TIMEOUT) == 0xffffffff, "-1 reads back as ~0");
    CHECK_OK(WinHttpSetTimeouts(ses, 0, 0, 0, 0));
    CHECK_OK(WinHttpSetTimeouts(ses, 0x0123, 0x4567, 0x89ab, 0xcdef));
    for (int i = 0; i < 4; i++) {
        CHECK(query_dword(ses, timeouts[i]) == values[i], "session timeout %d", i);
        CHECK(query_dword(con, timeouts[i]) == values[i], "connection reads the session's %d", i);
        CHECK_OK(set_dword(ses, timeouts[i], 0xbeefdead));
        CHECK(query_dword(ses, timeouts[i]) == 0xbeefdead, "set by option %d", i);
        CHECK_FAILS(set_dword(con, timeouts[i], 0), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
        CHECK_OK(set_dword(ses, timeouts[i], 0xdead));
        CHECK(query_dword(con, timeouts[i]) == 0xdead, "connection follows the session %d", i);
    }
    CHECK_FAILS(WinHttpSetTimeouts(con, -1, -1, -1, -1), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpSetTimeouts(con, 0, 0, 0, 0), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    req = WinHttpOpenRequest(con, NULL, NULL, NULL, NULL, NULL, 0);
    CHECK(req != NULL, "request %u", GetLastError());
    for (int i = 0; i < 4; i++) CHECK(query_dword(req, timeouts[i]) == 0xdead, "request inherits %d", i);
    CHECK_FAILS(WinHttpSetTimeouts(req, 0, 0, -2, 0), ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpSetTimeouts(req, 0xcdef, 0x89ab, 0x4567, 0x0123));
    for (int i = 0; i < 4; i++) {
        CHECK(query_dword(req, timeouts[i]) == values[3 - i], "request timeout %d", i);
        CHECK(query_dword(ses, timeouts[i]) == 0xdead, "the session keeps its own %d", i);
        CHECK_OK(set_dword(ses, timeouts[i], 0xbeef));
        CHECK(query_dword(req, timeouts[i]) == values[3 - i], "an open request keeps its own %d", i);
    }

    CHECK(query_dword(req, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 0xffffffff, "response timeout");
    CHECK(query_dword(con, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 0xffffffff, "through the connection");
    CHECK(query_dword(ses, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 0xffffffff, "on the session");
    CHECK_OK(set_dword(req, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, 30000));
    CHECK(query_dword(req, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 30000, "response timeout on the request");
    /* Stored no shorter than the handle's receive timeout (Wine's
     * test_timeouts, on Windows: 30000 on a request receiving for
     * 0xbeefdead reads 0xbeefdead; 48878 on a session at 48879 reads 48879). */
    CHECK_OK(set_dword(req, WINHTTP_OPTION_RECEIVE_TIMEOUT, 0xbeefdead));
    CHECK_OK(set_dword(req, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, 30000));
    CHECK(query_dword(req, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 0xbeefdead, "raised to the receive timeout");
    CHECK_FAILS(set_dword(con, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, 30000), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK(query_dword(ses, WINHTTP_OPTION_RECEIVE_TIMEOUT) == 0xbeef, "the session receives for 48879");
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, 48878));
    CHECK(query_dword(ses, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 48879, "48878 reads 48879");
    CHECK_OK(set_dword(ses, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT, 48880));
    CHECK(query_dword(ses, WINHTTP_OPTION_RECEIVE_RESPONSE_TIMEOUT) == 48880, "response timeout set");
    CHECK_OK(WinHttpCloseHandle(req));
}

/* Strings: lengths set in WCHARs, read back in bytes without the NUL. */
static void test_strings(HINTERNET ses, HINTERNET con, HINTERNET req) {
    static const DWORD credentials[] = {WINHTTP_OPTION_USERNAME, WINHTTP_OPTION_PASSWORD,
                                        WINHTTP_OPTION_PROXY_USERNAME, WINHTTP_OPTION_PROXY_PASSWORD};
    static const WCHAR *const texts[] = {L"user", L"pass", L"proxyuser", L"proxypass"};
    WCHAR buffer[64];
    DWORD size;

    for (int i = 0; i < 4; i++) {
        buffer[0] = 'x';
        size = 32;
        CHECK_OK(WinHttpQueryOption(req, credentials[i], buffer, &size));
        CHECK(!buffer[0] && size == 0, "empty %d: size %u", i, size);
        CHECK_OK(WinHttpSetOption(req, credentials[i], (void *)texts[i], (DWORD)wide_len(texts[i])));
        size = sizeof buffer;
        CHECK_OK(WinHttpQueryOption(req, credentials[i], buffer, &size));
        CHECK(wide_is(buffer, texts[i]) && size == wide_len(texts[i]) * sizeof(WCHAR), "text %d size %u", i, size);
        size = 0;
        CHECK_FAILS(WinHttpQueryOption(req, credentials[i], NULL, &size), ERROR_INSUFFICIENT_BUFFER);
        CHECK(size == (wide_len(texts[i]) + 1) * sizeof(WCHAR), "needed %u", size);
        CHECK_FAILS(WinHttpSetOption(ses, credentials[i], (void *)texts[i], 4), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    }

    size = sizeof buffer;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_USER_AGENT, buffer, &size));
    CHECK(wide_is(buffer, L"winetest") && size == 16, "agent, size %u", size);
    CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_USER_AGENT, (void *)L"agent/2", 7));
    size = sizeof buffer;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_USER_AGENT, buffer, &size));
    CHECK(wide_is(buffer, L"agent/2"), "agent set");

    size = sizeof buffer;
    CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_URL, buffer, &size));
    CHECK(wide_is(buffer, L"http://example.com/"), "url");
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_URL, buffer, 4), ERROR_WINHTTP_OPTION_NOT_SETTABLE);
    size = sizeof buffer;
    CHECK_FAILS(WinHttpQueryOption(con, WINHTTP_OPTION_URL, buffer, &size), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    HINTERNET other = WinHttpConnect(ses, L"example.com", 8080, 0);
    HINTERNET secure = WinHttpOpenRequest(other, L"POST", L"/form?x=1", NULL, NULL, NULL, WINHTTP_FLAG_SECURE);
    size = sizeof buffer;
    CHECK_OK(WinHttpQueryOption(secure, WINHTTP_OPTION_URL, buffer, &size));
    CHECK(wide_is(buffer, L"https://example.com:8080/form?x=1"), "url with port");
    CHECK_OK(WinHttpCloseHandle(secure));
    CHECK_OK(WinHttpCloseHandle(other));
}

static void test_handles(HINTERNET ses, HINTERNET con, HINTERNET req) {
    HINTERNET parent = NULL;
    DWORD_PTR context = 0;
    DWORD size, value;
    unsigned char info[512];

    CHECK(query_dword(ses, WINHTTP_OPTION_HANDLE_TYPE) == WINHTTP_HANDLE_TYPE_SESSION, "session");
    CHECK(query_dword(con, WINHTTP_OPTION_HANDLE_TYPE) == WINHTTP_HANDLE_TYPE_CONNECT, "connect");
    CHECK(query_dword(req, WINHTTP_OPTION_HANDLE_TYPE) == WINHTTP_HANDLE_TYPE_REQUEST, "request");
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_HANDLE_TYPE, 1), ERROR_WINHTTP_OPTION_NOT_SETTABLE);

    size = sizeof parent;
    CHECK_OK(WinHttpQueryOption(con, WINHTTP_OPTION_PARENT_HANDLE, &parent, &size));
    CHECK(parent == ses && size == sizeof parent, "connection's parent");
    size = sizeof parent;
    CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_PARENT_HANDLE, &parent, &size));
    CHECK(parent == con, "request's parent");
    size = sizeof parent;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_PARENT_HANDLE, &parent, &size),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    context = 0xdeadbeef;
    CHECK_OK(WinHttpSetOption(con, WINHTTP_OPTION_CONTEXT_VALUE, &context, sizeof context));
    context = 0;
    size = sizeof context;
    CHECK_OK(WinHttpQueryOption(con, WINHTTP_OPTION_CONTEXT_VALUE, &context, &size));
    CHECK(context == 0xdeadbeef, "context");

    /* No connection before WinHttpSendRequest: the buffer is checked first. */
    size = sizeof info;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, info, &size),
                ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    size = 0;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, info, &size), ERROR_INSUFFICIENT_BUFFER);
    CHECK(size > 2 * 128 && size <= sizeof info, "connection info size %u", size);

    value = 20000;
    CHECK_FAILS(set_dword(req, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, value),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    size = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(con, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, &size),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK(query_dword(req, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE) == 32768, "send buffer");
}

static void test_proxy(void) {
    WINHTTP_PROXY_INFO info;
    DWORD size;
    HINTERNET ses = WinHttpOpen(L"winetest", WINHTTP_ACCESS_TYPE_NAMED_PROXY, L"proxy:8080", L"<local>", 0);
    CHECK(ses != NULL, "session %u", GetLastError());

    memset(&info, 0, sizeof info);
    size = sizeof info;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_PROXY, &info, &size));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && info.lpszProxy && info.lpszProxyBypass &&
              wide_is(info.lpszProxy, L"proxy:8080") && wide_is(info.lpszProxyBypass, L"<local>"),
          "named proxy");
    GlobalFree(info.lpszProxy);
    GlobalFree(info.lpszProxyBypass);

    HINTERNET con = WinHttpConnect(ses, L"example.com", 0, 0);
    HINTERNET req = WinHttpOpenRequest(con, NULL, NULL, NULL, NULL, NULL, 0);
    info.dwAccessType = WINHTTP_ACCESS_TYPE_NO_PROXY;
    info.lpszProxy = info.lpszProxyBypass = NULL;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_PROXY, &info, sizeof info));
    size = sizeof info;
    CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_PROXY, &info, &size));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NO_PROXY && !info.lpszProxy && !info.lpszProxyBypass,
          "request without proxy");
    info.dwAccessType = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_PROXY, &info, sizeof info), ERROR_INVALID_PARAMETER);
    size = 0;
    CHECK_FAILS(WinHttpQueryOption(ses, WINHTTP_OPTION_PROXY, NULL, &size), ERROR_INSUFFICIENT_BUFFER);
    CHECK(size == sizeof info, "proxy size %u", size);
    CHECK_FAILS(WinHttpSetOption(con, WINHTTP_OPTION_PROXY, &info, sizeof info), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    CHECK_OK(WinHttpCloseHandle(req));
    CHECK_OK(WinHttpCloseHandle(con));
    CHECK_OK(WinHttpCloseHandle(ses));
}

int main(void) {
    test_time();

    HINTERNET ses = WinHttpOpen(L"winetest", 0, NULL, NULL, 0);
    CHECK(ses != NULL, "session %u", GetLastError());
    HINTERNET con = WinHttpConnect(ses, L"example.com", INTERNET_DEFAULT_HTTP_PORT, 0);
    CHECK(con != NULL, "connection %u", GetLastError());
    HINTERNET req = WinHttpOpenRequest(con, NULL, NULL, NULL, NULL, NULL, 0);
    CHECK(req != NULL, "request %u", GetLastError());

    test_arguments(ses, con, req);
    test_features(ses, con, req);
    test_strings(ses, con, req);
    test_handles(ses, con, req);
    CHECK_OK(WinHttpCloseHandle(req));
    test_timeouts(ses, con);
    CHECK_OK(WinHttpCloseHandle(con));
    CHECK_OK(WinHttpCloseHandle(ses));
    test_proxy();
    return check_summary("winhttp_options");
}
