/*
 * Requests through a named proxy, written as Windows code: plain HTTP in
 * the proxy's absolute form, HTTPS through a CONNECT tunnel, the bypass
 * list, WINHTTP_OPTION_PROXY on one request, kept-alive connections to the
 * proxy, and the 407 dance of the WinHttpQueryAuthSchemes page's sample
 * with WINHTTP_AUTH_TARGET_PROXY, for both; a WebSocket (ws://) through
 * a CONNECT tunnel, with and without the 407. Run by tests/winhttp-proxy.sh
 * against tinyproxy, two Python origins and a Python WebSocket peer.
 * Usage: winhttp_via_proxy OPEN_PROXY_PORT AUTH_PROXY_PORT ORIGIN_PORT TLS_ORIGIN_PORT WS_PORT
 */
#include <winsock2.h>
#include <winhttp.h>
#include "check.h"
#include "http_status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static WCHAR wbuf[512];

/* The X-Via header the origin echoes: "-" when the request came direct. */
static int via_seen(HINTERNET req) {
    DWORD len = sizeof wbuf;
    if (!WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, L"X-Via", wbuf, &len, WINHTTP_NO_HEADER_INDEX)) return -1;
    return !(wbuf[0] == '-' && wbuf[1] == 0);
}

static int body_is(HINTERNET req, const char *want) {
    char body[128];
    DWORD got = 0, n = 0;
    while (got < sizeof body - 1 && WinHttpReadData(req, body + got, (DWORD)(sizeof body - 1 - got), &n) && n)
        got += n;
    body[got] = 0;
    if (strcmp(body, want)) fprintf(stderr, "body: '%s', want '%s'\n", body, want);
    return !strcmp(body, want);
}

/* The connection's remote and local ports (WINHTTP_OPTION_CONNECTION_INFO). */
static void ports_of(HINTERNET req, unsigned *remote, unsigned *local) {
    WINHTTP_CONNECTION_INFO info;
    DWORD len = sizeof info;
    *remote = *local = 0;
    if (!WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &len)) return;
    /* sin_port is in network byte order. */
    const BYTE *r = (const BYTE *)&((SOCKADDR_IN *)&info.RemoteAddress)->sin_port;
    const BYTE *l = (const BYTE *)&((SOCKADDR_IN *)&info.LocalAddress)->sin_port;
    *remote = (unsigned)(r[0] << 8 | r[1]);
    *local = (unsigned)(l[0] << 8 | l[1]);
}

static HINTERNET open_get(HINTERNET con, const WCHAR *path, BOOL secure) {
    HINTERNET req = WinHttpOpenRequest(con, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES,
                                       secure ? WINHTTP_FLAG_SECURE : 0);
    if (req && secure) {
        DWORD flags = SECURITY_FLAG_IGNORE_UNKNOWN_CA;
        WinHttpSetOption(req, WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags);
    }
    return req;
}

/* Send and receive; the status, or 0 with the error printed. */
static DWORD exchange(HINTERNET req, const char *what) {
    if (!WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0) ||
        !WinHttpReceiveResponse(req, NULL)) {
        fprintf(stderr, "%s: error %lu\n", what, (unsigned long)GetLastError());
        return 0;
    }
    return status_of(req);
}

/* GET http and https through the open proxy; the bypass list; keep-alive. */
static void test_open_proxy(unsigned proxy_port, unsigned origin, unsigned tls_origin) {
    WCHAR proxy[64];
    swprintf(proxy, 64, L"127.0.0.1:%u", proxy_port);
    HINTERNET ses = WinHttpOpen(L"winsession-test", WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, WINHTTP_NO_PROXY_BYPASS, 0);
    CHECK(ses != NULL, "open session");
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)origin, 0);
    unsigned remote, first_local = 0, local;
    for (int i = 0; i < 2; i++) {
        HINTERNET req = open_get(con, L"/plain?x=1", FALSE);
        CHECK(exchange(req, "plain via proxy") == 200, "plain via proxy: status");
        CHECK(via_seen(req) == 1, "the origin saw no Via: the request went direct");
        ports_of(req, &remote, &local);
        CHECK(remote == proxy_port, "plain: connected to port %u, not the proxy's %u", remote, proxy_port);
        CHECK(body_is(req, "hello /plain?x=1"), "plain via proxy: body");
        /* tinyproxy answers in HTTP/1.0 and closes: no reuse to check here (the tunnel's is, below). */
        WinHttpCloseHandle(req);
    }
    WinHttpCloseHandle(con);

    con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)tls_origin, 0);
    for (int i = 0; i < 2; i++) {
        HINTERNET req = open_get(con, L"/tunnel", TRUE);
        CHECK(exchange(req, "https via CONNECT") == 200, "https via CONNECT: status");
        CHECK(via_seen(req) == 0, "a tunneled request carries no Via");
        ports_of(req, &remote, &local);
        CHECK(remote == proxy_port, "https: connected to port %u, not the proxy's %u", remote, proxy_port);
        CHECK(body_is(req, "hello /tunnel"), "https via CONNECT: body");
        if (i == 0) first_local = local;
        else CHECK(local == first_local, "the tunnel was not reused (%u, %u)", first_local, local);
        WinHttpCloseHandle(req);
    }
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);

    /* The bypass list sends the origin's host direct. */
    ses = WinHttpOpen(L"winsession-test", WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, L"<local>;127.0.0.*", 0);
    con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)origin, 0);
    HINTERNET req = open_get(con, L"/direct", FALSE);
    CHECK(exchange(req, "bypassed") == 200, "bypassed: status");
    CHECK(via_seen(req) == 0, "a bypassed host went through the proxy");
    ports_of(req, &remote, &local);
    CHECK(remote == origin, "bypassed: connected to port %u, not the origin's %u", remote, origin);
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);

    /* No proxy for the session, one for the request (WINHTTP_OPTION_PROXY). */
    ses = WinHttpOpen(L"winsession-test", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)origin, 0);
    req = open_get(con, L"/option", FALSE);
    WINHTTP_PROXY_INFO info = {WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, NULL};
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_PROXY, &info, sizeof info));
    CHECK(exchange(req, "request proxy") == 200, "request proxy: status");
    CHECK(via_seen(req) == 1, "WINHTTP_OPTION_PROXY on the request was not used");
    WinHttpCloseHandle(req);
    req = open_get(con, L"/option", FALSE);
    CHECK(exchange(req, "session direct") == 200 && via_seen(req) == 0, "the next request goes direct again");
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* A session whose named proxy is 127.0.0.1:PROXY_PORT, and its connect
 * handle to 127.0.0.1:PORT. */
static HINTERNET connect_via(unsigned proxy_port, unsigned port, HINTERNET *ses) {
    WCHAR proxy[64];
    swprintf(proxy, 64, L"127.0.0.1:%u", proxy_port);
    *ses = WinHttpOpen(L"winsession-test", WINHTTP_ACCESS_TYPE_NAMED_PROXY, proxy, WINHTTP_NO_PROXY_BYPASS, 0);
    return WinHttpConnect(*ses, L"127.0.0.1", (INTERNET_PORT)port, 0);
}

/* The 407 dance on the same request handle, as the documented sample does. */
static void test_proxy_auth(unsigned proxy_port, unsigned port, BOOL secure) {
    const char *what = secure ? "CONNECT 407" : "plain 407";
    HINTERNET ses, con = connect_via(proxy_port, port, &ses);
    HINTERNET req = open_get(con, L"/secret", secure);
    CHECK(exchange(req, what) == 407, "%s: no 407 before credentials", what);
    DWORD supported = 0, first = 0, target = 0;
    CHECK_OK(WinHttpQueryAuthSchemes(req, &supported, &first, &target));
    CHECK((supported & WINHTTP_AUTH_SCHEME_BASIC) && first == WINHTTP_AUTH_SCHEME_BASIC &&
              target == WINHTTP_AUTH_TARGET_PROXY,
          "%s: schemes %#lx first %#lx target %#lx", what, (unsigned long)supported, (unsigned long)first,
          (unsigned long)target);
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"puser", L"wrong", NULL));
    /* tinyproxy answers a wrong password with 401 where others say 407. */
    DWORD status = exchange(req, what);
    CHECK(status == 407 || status == 401, "%s: a wrong password got %lu", what, (unsigned long)status);
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"puser", L"ppwd", NULL));
    CHECK(exchange(req, what) == 200, "%s: the right password was refused", what);
    CHECK(body_is(req, "hello /secret"), "%s: body", what);
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* A ws:// upgrade through the proxy: a CONNECT tunnel (a forward proxy
 * passes no Upgrade on in absolute form), then the echo; through the
 * authenticating proxy the CONNECT's 407 is the response first. */
static void test_websocket(unsigned proxy_port, unsigned ws_port, BOOL authenticate) {
    const char *what = authenticate ? "WebSocket, 407" : "WebSocket";
    HINTERNET ses, con = connect_via(proxy_port, ws_port, &ses);
    HINTERNET req = WinHttpOpenRequest(con, L"GET", L"/echo", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0));
    if (authenticate) {
        CHECK(exchange(req, what) == 407, "%s: no 407 before credentials", what);
        CHECK(WinHttpWebSocketCompleteUpgrade(req, 0) == NULL, "%s: a socket from the 407", what);
        CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_PROXY, WINHTTP_AUTH_SCHEME_BASIC, L"puser", L"ppwd", NULL));
    }
    DWORD status = exchange(req, what);
    CHECK(status == 101, "%s: status %lu", what, (unsigned long)status);
    unsigned remote, local;
    ports_of(req, &remote, &local);
    CHECK(remote == proxy_port, "%s: connected to port %u, not the proxy's %u", what, remote, proxy_port);
    HINTERNET ws = WinHttpWebSocketCompleteUpgrade(req, 0);
    CHECK(ws != NULL, "%s: CompleteUpgrade: %lu", what, (unsigned long)GetLastError());
    if (ws) {
        BYTE buf[16] = "through";
        DWORD n = 0;
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, buf, 7), NO_ERROR);
        CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
        CHECK(n == 7 && !memcmp(buf, "through", 7) && type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE,
              "%s: echo of %lu bytes", what, (unsigned long)n);
        CHECK_CODE(WinHttpWebSocketClose(ws, WINHTTP_WEB_SOCKET_SUCCESS_CLOSE_STATUS, NULL, 0), NO_ERROR);
        WinHttpCloseHandle(ws);
    }
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: winhttp_via_proxy OPEN_PROXY_PORT AUTH_PROXY_PORT ORIGIN_PORT TLS_ORIGIN_PORT WS_PORT\n");
        return 2;
    }
    unsigned open_proxy = (unsigned)atoi(argv[1]), auth_proxy = (unsigned)atoi(argv[2]);
    unsigned origin = (unsigned)atoi(argv[3]), tls_origin = (unsigned)atoi(argv[4]);
    unsigned ws_origin = (unsigned)atoi(argv[5]);
    test_open_proxy(open_proxy, origin, tls_origin);
    test_proxy_auth(auth_proxy, origin, FALSE);
    test_proxy_auth(auth_proxy, tls_origin, TRUE);
    test_websocket(open_proxy, ws_origin, FALSE);
    test_websocket(auth_proxy, ws_origin, TRUE);
    return check_summary("winhttp_via_proxy");
}
