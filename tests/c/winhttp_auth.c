/*
 * Application-driven authentication, written as Windows code: the loop of
 * the WinHttpQueryAuthSchemes page's sample (send, receive, 401 or 407,
 * WinHttpQueryAuthSchemes, WinHttpSetCredentials, send again on the same
 * request handle), Basic only, against a one-file Python server started
 * here. The argument checks follow the ok() lines of Wine's
 * dlls/winhttp/tests/winhttp.c that run on Windows.
 * Usage: winhttp_auth
 */
#include <winhttp.h>
#include "check.h"
#include "http_status.h"
#include "py_peer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 401 with Basic, NTLM and Negotiate challenges until the Authorization is
 * user:pwd or the UTF-8 jörg:päss; /proxy does the same with 407 and
 * Proxy-Authorization puser:ppwd. Every answer echoes what it got in
 * X-Got; /quit ends the server. */
static const char auth_server[] =
    "import socket, re, sys\n"
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(8); s.settimeout(30)\n"
    "print(s.getsockname()[1], flush=True)\n"
    "good = {b'Basic dXNlcjpwd2Q=', b'Basic asO2cmc6cMOkc3M='}\n"
    "while True:\n"
    "    c, _ = s.accept(); d = b''\n"
    "    while b'\\r\\n\\r\\n' not in d:\n"
    "        x = c.recv(65536)\n"
    "        if not x: break\n"
    "        d += x\n"
    "    path = d.split(b' ')[1] if b' ' in d else b''\n"
    "    proxy = path == b'/proxy'\n"
    "    name = b'proxy-authorization' if proxy else b'authorization'\n"
    "    m = re.search(rb'(?i)\\r\\n' + name + rb': *([^\\r]*)', d)\n"
    "    got = m.group(1) if m else b'-'\n"
    "    if path == b'/passport':\n"
    "        c.sendall(b'HTTP/1.1 302 Found\\r\\nContent-Length: 0\\r\\nLocation: /\\r\\n'\n"
    "                  b'WWW-Authenticate: Passport1.4\\r\\n\\r\\n')\n"
    "    elif path == b'/quit' or got in good or (proxy and got == b'Basic cHVzZXI6cHB3ZA=='):\n"
    "        c.sendall(b'HTTP/1.1 200 OK\\r\\nX-Got: ' + got + b'\\r\\nContent-Length: 11\\r\\n\\r\\nhello world')\n"
    "    elif proxy:\n"
    "        c.sendall(b'HTTP/1.1 407 Proxy Authentication Required\\r\\nX-Got: ' + got +\n"
    "                  b'\\r\\nProxy-Authenticate: Basic realm=\"p\"\\r\\nContent-Length: 6\\r\\n\\r\\ndenied')\n"
    "    else:\n"
    "        c.sendall(b'HTTP/1.1 401 Unauthorized\\r\\nX-Got: ' + got +\n"
    "                  b'\\r\\nWWW-Authenticate: Basic realm=\"x, NTLM y\"\\r\\n'\n"
    "                  b'WWW-Authenticate: Bearer, NTLM\\r\\nWWW-Authenticate: Negotiate\\r\\n'\n"
    "                  b'Content-Length: 6\\r\\n\\r\\ndenied')\n"
    "    c.close()\n"
    "    if path == b'/quit': break\n";

static WCHAR wbuf[256];

/* Compare a UTF-16 string with ASCII text. */
static int wide_is(const WCHAR *got, const char *want) {
    size_t i = 0;
    for (; want[i]; i++)
        if (got[i] != (unsigned char)want[i]) return 0;
    return got[i] == 0;
}

/* The X-Got header: what the server received as the authorization. */
static int got_is(HINTERNET req, const char *want) {
    DWORD len = sizeof wbuf;
    return WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, L"X-Got", wbuf, &len, WINHTTP_NO_HEADER_INDEX) &&
           wide_is(wbuf, want);
}

static int body_is(HINTERNET req, const char *want) {
    char body[64];
    DWORD got = 0, n = 0;
    while (got < sizeof body - 1 && WinHttpReadData(req, body + got, (DWORD)(sizeof body - 1 - got), &n) && n)
        got += n;
    body[got] = 0;
    return !strcmp(body, want);
}

/* The checks that need no server. */
static void test_arguments(HINTERNET ses, HINTERNET con) {
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/auth", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "open request");
    DWORD supported = 0xdeadbeef, first = 0xdeadbeef, target = 0xdeadbeef;

    CHECK_FAILS(WinHttpQueryAuthSchemes(NULL, NULL, NULL, NULL), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WinHttpQueryAuthSchemes(NULL, &supported, &first, &target), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WinHttpQueryAuthSchemes(ses, &supported, &first, &target), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpQueryAuthSchemes(con, &supported, &first, &target), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, NULL, NULL, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, &supported, NULL, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, &supported, &first, NULL), ERROR_INVALID_PARAMETER);
    /* Before a response there is nothing to choose from. */
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, &supported, &first, &target), ERROR_INVALID_OPERATION);
    CHECK(supported == 0xdeadbeef && first == 0xdeadbeef && target == 0xdeadbeef, "nothing written");

    CHECK_FAILS(WinHttpSetCredentials(NULL, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"p", NULL),
                ERROR_INVALID_HANDLE);
    CHECK_FAILS(WinHttpSetCredentials(ses, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"p", NULL),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    /* Basic and Digest need both strings; NTLM, Negotiate and Passport take the logged-on user's. */
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, NULL, NULL, NULL),
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"user", NULL, NULL),
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, NULL, L"pwd", NULL),
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_DIGEST, NULL, NULL, NULL),
                ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_NTLM, NULL, NULL, NULL));
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_NEGOTIATE, NULL, NULL, NULL));
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_PASSPORT, NULL, NULL, NULL));
    /* One scheme, a known target, and pAuthParams reserved. */
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER,
                                      WINHTTP_AUTH_SCHEME_BASIC | WINHTTP_AUTH_SCHEME_NTLM, L"u", L"p", NULL),
                ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetCredentials(req, 7, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"p", NULL), ERROR_INVALID_PARAMETER);
    int reserved = 0;
    CHECK_FAILS(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"p", &reserved),
                ERROR_INVALID_PARAMETER);

    /* Credentials are not the USERNAME/PASSWORD options (test_credentials). */
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"user", L"pwd", NULL));
    DWORD size = sizeof wbuf;
    wbuf[0] = 'x';
    CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_USERNAME, wbuf, &size));
    CHECK(size == 0 && wbuf[0] == 0, "username option stays empty: size %u", size);
    CHECK_OK(WinHttpCloseHandle(req));
}

/* The documented sample's loop: answer each challenge once with the next credentials. */
static void test_sample_loop(HINTERNET con) {
    HINTERNET req = WinHttpOpenRequest(con, L"GET", L"/auth", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "open request");
    static const WCHAR *const passwords[] = {L"wrong", L"pwd"};
    static const char *const sent[] = {"-", "Basic dXNlcjp3cm9uZw==", "Basic dXNlcjpwd2Q="};
    int round = 0;
    DWORD status = 0;
    for (;; round++) {
        CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
        CHECK_OK(WinHttpReceiveResponse(req, NULL));
        status = status_of(req);
        CHECK(got_is(req, sent[round]), "round %d: server got the credentials of the round", round);
        if (status != HTTP_STATUS_DENIED || round == 2) break;

        DWORD supported = 0, first = 0, target = 0xdeadbeef;
        CHECK_OK(WinHttpQueryAuthSchemes(req, &supported, &first, &target));
        CHECK(supported == (WINHTTP_AUTH_SCHEME_BASIC | WINHTTP_AUTH_SCHEME_NTLM | WINHTTP_AUTH_SCHEME_NEGOTIATE),
              "supported %#x", supported);
        CHECK(first == WINHTTP_AUTH_SCHEME_BASIC && target == WINHTTP_AUTH_TARGET_SERVER, "first %#x target %u",
              first, target);
        CHECK_OK(WinHttpSetCredentials(req, target, WINHTTP_AUTH_SCHEME_BASIC, L"user", passwords[round], NULL));
    }
    CHECK(round == 2 && status == HTTP_STATUS_OK, "wrong password refused, right one taken: round %d status %u", round,
          status);
    CHECK(body_is(req, "hello world"), "body");
    /* The header went out as a request header, so it can be queried back. */
    DWORD len = sizeof wbuf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_AUTHORIZATION | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, wbuf, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(wbuf, "Basic dXNlcjpwd2Q="), "request header");
    /* A 200 offers nothing. */
    DWORD supported, first, target;
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, &supported, &first, &target), ERROR_INVALID_OPERATION);
    CHECK_OK(WinHttpCloseHandle(req));
}

/* Credentials set before the first send go with it, in UTF-8. */
static void test_preemptive(HINTERNET con) {
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/auth", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"j\x00f6rg",
                                   L"p\x00e4ss", NULL));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "status %u", status_of(req));
    CHECK(got_is(req, "Basic asO2cmc6cMOkc3M="), "UTF-8 credentials");
    CHECK_OK(WinHttpCloseHandle(req));
}

/* WINHTTP_OPTION_USERNAME and _PASSWORD answer a 401 by themselves, once;
 * credentials from WinHttpSetCredentials take precedence over them (Wine's
 * test_basic_authentication, on Windows). */
static void test_option_credentials(HINTERNET con) {
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/auth", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_USERNAME, L"user", 4));
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_PASSWORD, L"pwd", 3));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "options: status %u", status_of(req));
    CHECK(got_is(req, "Basic dXNlcjpwd2Q="), "options: the server got the options' credentials");
    CHECK(body_is(req, "hello world"), "options: body");
    CHECK_OK(WinHttpCloseHandle(req));

    req = WinHttpOpenRequest(con, NULL, L"/auth", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_USERNAME, L"user", 4));
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_PASSWORD, L"pwd", 3));
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"user", L"wrong", NULL));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_DENIED, "set credentials first: status %u", status_of(req));
    CHECK_OK(WinHttpCloseHandle(req));
}

/* With Passport enabled on the session, a redirect carrying a Passport1.4
 * challenge reads as a 401 that keeps its reason (Wine's
 * test_passport_auth, on Windows). */
static void test_passport(unsigned port) {
    HINTERNET ses = WinHttpOpen(L"auth test", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    DWORD option = WINHTTP_ENABLE_PASSPORT_AUTH;
    CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_CONFIGURE_PASSPORT_AUTH, &option, sizeof option));
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)port, 0);
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/passport", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_DENIED, "passport: status %u", status_of(req));
    DWORD len = sizeof wbuf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_TEXT, WINHTTP_HEADER_NAME_BY_INDEX, wbuf, &len,
                                 WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(wbuf, "Found"), "passport: the reason stays");
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* A 407 names the proxy as the target; its credentials go in Proxy-Authorization. */
static void test_proxy_target(HINTERNET con) {
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/proxy", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_PROXY_AUTH_REQ, "status %u", status_of(req));
    DWORD supported = 0, first = 0, target = 0;
    CHECK_OK(WinHttpQueryAuthSchemes(req, &supported, &first, &target));
    CHECK(supported == WINHTTP_AUTH_SCHEME_BASIC && first == WINHTTP_AUTH_SCHEME_BASIC &&
              target == WINHTTP_AUTH_TARGET_PROXY,
          "supported %#x first %#x target %u", supported, first, target);
    CHECK_OK(WinHttpSetCredentials(req, target, first, L"puser", L"ppwd", NULL));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "status %u", status_of(req));
    CHECK(body_is(req, "hello world"), "body");
    CHECK_OK(WinHttpCloseHandle(req));
}

static void test_server(HINTERNET ses) {
    PyPeer peer;
    if (!py_peer_start(&peer, auth_server, "", "winhttp_auth")) return;
    unsigned port = peer.port;
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)port, 0);
    CHECK(con != NULL, "connect");
    test_sample_loop(con);
    test_preemptive(con);
    test_option_credentials(con);
    test_passport(port);
    test_proxy_target(con);
    HINTERNET quit = WinHttpOpenRequest(con, NULL, L"/quit", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSendRequest(quit, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(quit, NULL));
    WinHttpCloseHandle(quit);
    WinHttpCloseHandle(con);
    py_peer_stop(&peer);
}

int main(void) {
    HINTERNET ses = WinHttpOpen(L"auth test", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    CHECK(ses != NULL, "WinHttpOpen: %u", GetLastError());
    HINTERNET con = WinHttpConnect(ses, L"test.example", INTERNET_DEFAULT_HTTP_PORT, 0);
    CHECK(con != NULL, "WinHttpConnect: %u", GetLastError());
    test_arguments(ses, con);
    CHECK_OK(WinHttpCloseHandle(con));
    test_server(ses);
    CHECK_OK(WinHttpCloseHandle(ses));
    return check_summary("winhttp_auth");
}
