/*
 * Server authentication with Digest, NTLM and Negotiate (Kerberos), written
 * as Windows code, against peers no one here wrote: httpbin's
 * /digest-auth (tests/peers/httpbin/serve.py) and pyspnego's NTLM and
 * SPNEGO acceptor (tests/peers/http_auth_server.py) behind a throw-away MIT
 * realm, both started here. Each scheme runs the loop of the
 * WinHttpQueryAuthSchemes page's sample: send, receive, 401,
 * WinHttpQueryAuthSchemes (supported, first, target), WinHttpSetCredentials
 * with that scheme, send again on the same request handle, 200. Then: a
 * wrong password gets a 401 back (for NTLM and Negotiate the server's
 * second 401, after WinHTTP ran the handshake), NULL credentials mean the
 * default credentials, and NTLM's legs stay on one kept-alive connection
 * (WINHTTP_OPTION_CONNECTION_INFO, and the server's own count of requests
 * on the connection).
 *
 * Default credentials: WINHTTP_OPTION_AUTOLOGON_POLICY's page says LOW
 * logs on "with the default credentials for all requests" and HIGH uses
 * none (when the server is named by its machine name, as here). On this
 * platform the default credentials are the process's identity as secur32
 * documents it: the first REALM:user:password line of NTLM_USER_FILE
 * (NTLM with the realm as the domain; Kerberos asks the KDC of KRB5_CONFIG).
 * So with LOW and no credentials at all the application sees the 200, and
 * WinHttpSetCredentials(NTLM or NEGOTIATE, NULL, NULL) is that identity.
 *
 * Usage: winhttp_auth_schemes REPOSITORY HOST DOMAIN SERVER_USERS [KEYTAB]
 * REPOSITORY holds tests/peers and target/pydeps (httpbin, gunicorn,
 * pyspnego, gssapi); HOST is the server's name (the SPN is HTTP/HOST),
 * resolving to 127.0.0.1; DOMAIN is the realm and NTLM domain of the user
 * alice, password Secret123, whom SERVER_USERS lists for the NTLM acceptor
 * and NTLM_USER_FILE names as this process's identity; KEYTAB holds
 * HTTP/HOST's key (without it the Kerberos checks are skipped).
 * tests/winhttp-auth-peers.sh sets all of this up.
 */
#include <windows.h>
#include <winsock2.h>
#include <winhttp.h>
#include "check.h"
#include "http_status.h"
#include "py_peer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PASSWORD L"Secret123"

static char repository[512], host[256], domain[128], server_users[512], keytab[512];
static WCHAR whost[256];
static WCHAR domain_user[256]; /* DOMAIN\alice, the down-level logon name */
static char ntlm_user[256];    /* DOMAIN\alice as the NTLM acceptor names the client */
static char kerberos_user[256]; /* alice@DOMAIN as Kerberos names the client */

/* ---- helpers, as Windows code writes them ---- */

static void to_wide(const char *text, WCHAR *wide, int count) {
    if (!MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, count)) wide[0] = 0;
}

/* A response header as ASCII text; "" when absent. The last four answers
 * stay valid, so one message can show several headers. */
static const char *header_of(HINTERNET req, LPCWSTR name) {
    static char texts[4][1024];
    static unsigned next;
    char *text = texts[next++ % 4];
    WCHAR wide[1024];
    DWORD len = sizeof wide;
    text[0] = 0;
    if (WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, name, wide, &len, WINHTTP_NO_HEADER_INDEX))
        WideCharToMultiByte(CP_UTF8, 0, wide, -1, text, sizeof texts[0], NULL, NULL);
    return text;
}

/* A header of the request that went out last; "" when absent. */
static const char *request_header_of(HINTERNET req, DWORD level) {
    static char text[2048];
    WCHAR wide[2048];
    DWORD len = sizeof wide;
    text[0] = 0;
    if (WinHttpQueryHeaders(req, level | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, WINHTTP_HEADER_NAME_BY_INDEX, wide, &len,
                            WINHTTP_NO_HEADER_INDEX))
        WideCharToMultiByte(CP_UTF8, 0, wide, -1, text, sizeof text, NULL, NULL);
    return text;
}

/* The number the server put in a header; -1 when absent. */
static long number_of(HINTERNET req, LPCWSTR name) {
    const char *text = header_of(req, name);
    return *text ? strtol(text, NULL, 10) : -1;
}

/* The local port of the connection the response came on (the
 * WINHTTP_OPTION_CONNECTION_INFO page: "the request that generated the
 * response"); 0 when the option fails. */
static unsigned local_port(HINTERNET req) {
    WINHTTP_CONNECTION_INFO info;
    DWORD size = sizeof info;
    memset(&info, 0, sizeof info);
    info.cbSize = sizeof info;
    if (!WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size)) return 0;
    const SOCKADDR *local = (const SOCKADDR *)&info.LocalAddress;
    /* sin_port and sin6_port both open sa_data, in network order. */
    return ((unsigned char)local->sa_data[0] << 8) | (unsigned char)local->sa_data[1];
}

/* A session of its own for each scenario: connections are pooled per
 * session, so no scenario finds another's connection. */
static HINTERNET new_session(void) {
    HINTERNET ses = WinHttpOpen(L"winsession-auth-test/1.0", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                WINHTTP_NO_PROXY_BYPASS, 0);
    CHECK(ses != NULL, "WinHttpOpen: %u", GetLastError());
    /* A hang is a failure, not a stuck test. */
    CHECK_OK(WinHttpSetTimeouts(ses, 10000, 10000, 15000, 15000));
    return ses;
}

static HINTERNET open_get(HINTERNET con, LPCWSTR path) {
    HINTERNET req = WinHttpOpenRequest(con, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "WinHttpOpenRequest: %u", GetLastError());
    return req;
}

/* Send, receive, and the status (0 when a call failed). A failure message
 * that shows body_of(req) shows the peer's reason for a 401. */
static DWORD roundtrip(HINTERNET req, const char *what) {
    SetLastError(0xdeadbeef);
    if (!WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0)) {
        CHECK(0, "%s: WinHttpSendRequest: %u", what, GetLastError());
        return 0;
    }
    if (!WinHttpReceiveResponse(req, NULL)) {
        CHECK(0, "%s: WinHttpReceiveResponse: %u", what, GetLastError());
        return 0;
    }
    return status_of(req);
}

static void set_autologon(HINTERNET req, DWORD level) {
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_AUTOLOGON_POLICY, &level, sizeof level));
}

/* WinHttpQueryAuthSchemes on a 401 must offer these, for the server. */
static void expect_schemes(HINTERNET req, DWORD supported, DWORD first, const char *what) {
    DWORD got_supported = 0, got_first = 0, target = 0xdeadbeef;
    CHECK_OK(WinHttpQueryAuthSchemes(req, &got_supported, &got_first, &target));
    CHECK(got_supported == supported && got_first == first && target == WINHTTP_AUTH_TARGET_SERVER,
          "%s: supported %#x (want %#x), first %#x (want %#x), target %u", what, got_supported, supported, got_first,
          first, target);
}

/* The whole body, NUL-terminated, in a static buffer. */
static const char *body_of(HINTERNET req) {
    static char body[4096];
    DWORD got = 0, n = 0;
    while (got < sizeof body - 1 && WinHttpReadData(req, body + got, (DWORD)(sizeof body - 1 - got), &n) && n)
        got += n;
    body[got] = 0;
    return body;
}

/* One scenario's handles: a session of its own, its connection, a GET. */
typedef struct {
    HINTERNET ses, con, req;
} Scenario;

static Scenario open_scenario(LPCWSTR server, unsigned port, LPCWSTR path) {
    Scenario s;
    s.ses = new_session();
    s.con = WinHttpConnect(s.ses, server, (INTERNET_PORT)port, 0);
    s.req = open_get(s.con, path);
    return s;
}

static void close_scenario(Scenario *s) {
    WinHttpCloseHandle(s->req);
    WinHttpCloseHandle(s->con);
    WinHttpCloseHandle(s->ses);
}

/* The sample's first step: a scenario of its own whose first answer is a
 * 401; the status. */
static DWORD first_challenge(Scenario *s, LPCWSTR server, unsigned port, LPCWSTR path, const char *what) {
    *s = open_scenario(server, port, path);
    DWORD status = roundtrip(s->req, what);
    CHECK(status == HTTP_STATUS_DENIED, "%s: first response %u", what, status);
    return status;
}

/* WinHttpSetCredentials for the server, then the request sent (in the
 * sample's loop, again on its handle); the status. */
static DWORD send_with_credentials(HINTERNET req, DWORD scheme, LPCWSTR user, LPCWSTR password, const char *what) {
    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, scheme, user, password, NULL));
    return roundtrip(req, what);
}

/* ---- Digest (RFC 7616) against httpbin ---- */

/* The sample's loop with a wrong password first: each 401 offers Digest
 * alone; the wrong password's answer is refused with another 401, the
 * right one is taken. httpbin's /digest-auth/auth/user/passwd/ALG. */
static void test_digest(unsigned port, LPCWSTR path, int wrong_first, const char *what) {
    Scenario s;
    DWORD status = first_challenge(&s, L"127.0.0.1", port, path, what);
    HINTERNET req = s.req;
    if (status == HTTP_STATUS_DENIED) expect_schemes(req, WINHTTP_AUTH_SCHEME_DIGEST, WINHTTP_AUTH_SCHEME_DIGEST, what);
    if (wrong_first) {
        status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_DIGEST, L"user", L"wrong", what);
        CHECK(status == HTTP_STATUS_DENIED, "%s: wrong password answered %u, want 401", what, status);
        if (status == HTTP_STATUS_DENIED)
            expect_schemes(req, WINHTTP_AUTH_SCHEME_DIGEST, WINHTTP_AUTH_SCHEME_DIGEST, what);
    }
    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_DIGEST, L"user", L"passwd", what);
    CHECK(status == HTTP_STATUS_OK, "%s: right password answered %u: %s", what, status, body_of(req));
    const char *sent = request_header_of(req, WINHTTP_QUERY_AUTHORIZATION);
    CHECK(!strncmp(sent, "Digest ", 7) && strstr(sent, "username=\"user\""), "%s: Authorization sent: %s", what, sent);
    const char *body = body_of(req);
    CHECK(strstr(body, "\"authenticated\": true") && strstr(body, "\"user\": \"user\""), "%s: body %s", what, body);
    /* A 200 offers nothing to choose from. */
    DWORD supported, first, target;
    CHECK_FAILS(WinHttpQueryAuthSchemes(req, &supported, &first, &target), ERROR_INVALID_OPERATION);
    close_scenario(&s);
}

/* ---- NTLM ([MS-NLMP]) over HTTP ([MS-NTHT]) ---- */

/* The sample's loop: 401 offering NTLM; a wrong password (WinHTTP sends
 * NEGOTIATE, gets the CHALLENGE, sends AUTHENTICATE, and hands the
 * server's refusal back as a 401); the right one, 200. Every leg on the
 * connection of the first response. */
static void test_ntlm_sample(unsigned port, const char *what) {
    Scenario s;
    DWORD status = first_challenge(&s, whost, port, L"/ntlm", what);
    HINTERNET req = s.req;
    unsigned port0 = local_port(req);
    CHECK(port0 != 0 && number_of(req, L"X-Client-Port") == (long)port0,
          "%s: CONNECTION_INFO's local port %u is the port the server saw (%s)", what, port0,
          header_of(req, L"X-Client-Port"));
    if (status == HTTP_STATUS_DENIED) expect_schemes(req, WINHTTP_AUTH_SCHEME_NTLM, WINHTTP_AUTH_SCHEME_NTLM, what);

    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_NTLM, domain_user, L"wrong", what);
    CHECK(status == HTTP_STATUS_DENIED, "%s: wrong password answered %u, want the server's second 401", what, status);
    /* Request 1 was the bare 401, 2 the NEGOTIATE leg, 3 the refused AUTHENTICATE. */
    CHECK(number_of(req, L"X-Connection-Request") == 3 && local_port(req) == port0,
          "%s: the wrong password's legs on the first connection: request %s, port %u (first %u)", what,
          header_of(req, L"X-Connection-Request"), local_port(req), port0);
    if (status == HTTP_STATUS_DENIED) expect_schemes(req, WINHTTP_AUTH_SCHEME_NTLM, WINHTTP_AUTH_SCHEME_NTLM, what);

    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_NTLM, domain_user, PASSWORD, what);
    CHECK(status == HTTP_STATUS_OK, "%s: right password answered %u: %s", what, status, body_of(req));
    CHECK(!strcmp(header_of(req, L"X-Auth-User"), ntlm_user), "%s: the server took %s, want %s", what,
          header_of(req, L"X-Auth-User"), ntlm_user);
    CHECK(!strcmp(header_of(req, L"X-Auth-Mech"), "ntlm"), "%s: mechanism %s", what, header_of(req, L"X-Auth-Mech"));
    /* The server refuses an AUTHENTICATE on a connection without its
     * CHALLENGE, so the 200 itself says the handshake's legs shared one;
     * CONNECTION_INFO must name that connection. */
    CHECK(number_of(req, L"X-Connection-Request") >= 2 && number_of(req, L"X-Client-Port") == (long)local_port(req),
          "%s: NEGOTIATE and AUTHENTICATE on one connection: request %s on port %s, CONNECTION_INFO %u", what,
          header_of(req, L"X-Connection-Request"), header_of(req, L"X-Client-Port"), local_port(req));
    /* And the kept-alive connection of the first 401 served the whole loop:
     * WinHTTP drains an unread 401 body when the request is sent again. */
    CHECK(number_of(req, L"X-Connection-Request") == 5 && local_port(req) == port0,
          "%s: the whole loop on the first connection: request %s, port %u (first %u)", what,
          header_of(req, L"X-Connection-Request"), local_port(req), port0);
    const char *sent = request_header_of(req, WINHTTP_QUERY_AUTHORIZATION);
    CHECK(!strncmp(sent, "NTLM TlRMTVNTUAAD", 17), "%s: the last Authorization is an AUTHENTICATE_MESSAGE: %.40s",
          what, sent);
    char want_body[300];
    snprintf(want_body, sizeof want_body, "hello %s\n", ntlm_user);
    const char *body = body_of(req);
    CHECK(!strcmp(body, want_body), "%s: body %s", what, body);
    close_scenario(&s);
}

/* Default credentials: with policy LOW, (a) NULL credentials set before
 * the first send, and (b) no credentials at all, both log on as the
 * process's identity; (c) with HIGH and no credentials the 401 reaches the
 * application. */
static void test_default_credentials(unsigned port, LPCWSTR path, DWORD scheme, const char *want_user,
                                     const char *want_mech, const char *what) {
    Scenario s = open_scenario(whost, port, path);
    HINTERNET req = s.req;
    set_autologon(req, WINHTTP_AUTOLOGON_SECURITY_LEVEL_LOW);
    DWORD status = send_with_credentials(req, scheme, NULL, NULL, what);
    CHECK(status == HTTP_STATUS_OK, "%s: SetCredentials(NULL, NULL), policy LOW: status %u: %s", what, status, body_of(req));
    CHECK(!strcmp(header_of(req, L"X-Auth-User"), want_user) && !strcmp(header_of(req, L"X-Auth-Mech"), want_mech),
          "%s: NULL credentials logged on as %s by %s, want %s by %s", what, header_of(req, L"X-Auth-User"),
          header_of(req, L"X-Auth-Mech"), want_user, want_mech);
    body_of(req);
    WinHttpCloseHandle(req);

    req = s.req = open_get(s.con, path);
    set_autologon(req, WINHTTP_AUTOLOGON_SECURITY_LEVEL_LOW);
    status = roundtrip(req, what);
    CHECK(status == HTTP_STATUS_OK, "%s: no credentials, policy LOW (automatic logon): status %u: %s", what, status,
          body_of(req));
    CHECK(!strcmp(header_of(req, L"X-Auth-User"), want_user), "%s: automatic logon as %s, want %s", what,
          header_of(req, L"X-Auth-User"), want_user);
    body_of(req);
    WinHttpCloseHandle(req);

    req = s.req = open_get(s.con, path);
    set_autologon(req, WINHTTP_AUTOLOGON_SECURITY_LEVEL_HIGH);
    status = roundtrip(req, what);
    CHECK(status == HTTP_STATUS_DENIED, "%s: no credentials, policy HIGH: status %u, want 401", what, status);
    CHECK(!*request_header_of(req, WINHTTP_QUERY_AUTHORIZATION), "%s: HIGH sent an Authorization: %s", what,
          request_header_of(req, WINHTTP_QUERY_AUTHORIZATION));
    close_scenario(&s);
}

/* ---- Negotiate (RFC 4559): Kerberos by name, NTLM by address ---- */

/* The sample's loop by name: 401 offering Negotiate then NTLM; a wrong
 * password (the KDC refuses pre-authentication, so no token can be made,
 * or the server refuses NTLM's): 401; the right one: Kerberos, one leg,
 * with the server's mutual-authentication token on the 200. */
static void test_negotiate_kerberos(unsigned port, const char *what) {
    Scenario s;
    DWORD status = first_challenge(&s, whost, port, L"/negotiate", what);
    HINTERNET req = s.req;
    DWORD both = WINHTTP_AUTH_SCHEME_NEGOTIATE | WINHTTP_AUTH_SCHEME_NTLM;
    if (status == HTTP_STATUS_DENIED) expect_schemes(req, both, WINHTTP_AUTH_SCHEME_NEGOTIATE, what);

    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_NEGOTIATE, domain_user, L"wrong", what);
    CHECK(status == HTTP_STATUS_DENIED, "%s: wrong password answered %u, want 401", what, status);
    if (status == HTTP_STATUS_DENIED) expect_schemes(req, both, WINHTTP_AUTH_SCHEME_NEGOTIATE, what);

    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_NEGOTIATE, domain_user, PASSWORD, what);
    CHECK(status == HTTP_STATUS_OK, "%s: right password answered %u: %s", what, status, body_of(req));
    CHECK(!strcmp(header_of(req, L"X-Auth-User"), kerberos_user) && !strcmp(header_of(req, L"X-Auth-Mech"), "kerberos"),
          "%s: the server took %s by %s, want %s by kerberos", what, header_of(req, L"X-Auth-User"),
          header_of(req, L"X-Auth-Mech"), kerberos_user);
    const char *sent = request_header_of(req, WINHTTP_QUERY_AUTHORIZATION);
    CHECK(!strncmp(sent, "Negotiate YII", 13), "%s: the Authorization is a GSS-framed NegTokenInit: %.40s", what, sent);
    char want_body[300];
    snprintf(want_body, sizeof want_body, "hello %s\n", kerberos_user);
    const char *body = body_of(req);
    CHECK(!strcmp(body, want_body), "%s: body %s", what, body);
    close_scenario(&s);
}

/* By address the SPN is HTTP/127.0.0.1: Negotiate takes NTLM inside
 * SPNEGO, as Windows does without TryIPSPN, and its legs stay on one
 * connection. */
static void test_negotiate_by_address(unsigned port, const char *what) {
    Scenario s;
    DWORD status = first_challenge(&s, L"127.0.0.1", port, L"/negotiate", what);
    HINTERNET req = s.req;
    unsigned port0 = local_port(req);
    status = send_with_credentials(req, WINHTTP_AUTH_SCHEME_NEGOTIATE, domain_user, PASSWORD, what);
    CHECK(status == HTTP_STATUS_OK, "%s: status %u: %s", what, status, body_of(req));
    CHECK(!strcmp(header_of(req, L"X-Auth-User"), ntlm_user) && !strcmp(header_of(req, L"X-Auth-Mech"), "ntlm"),
          "%s: the server took %s by %s, want %s by ntlm", what, header_of(req, L"X-Auth-User"),
          header_of(req, L"X-Auth-Mech"), ntlm_user);
    CHECK(number_of(req, L"X-Connection-Request") == 3 && local_port(req) == port0 && port0 != 0,
          "%s: both legs on the first connection: request %s, port %u (first %u)", what,
          header_of(req, L"X-Connection-Request"), local_port(req), port0);
    close_scenario(&s);
}

/* ---- the peers ---- */

/* Start tests/peers/SCRIPT with ARGS; 1 when it serves, else a failure
 * saying what is missing. */
static int start_peer(PyPeer *peer, const char *script_name, const char *args, const char *missing) {
    char script[700];
    snprintf(script, sizeof script, "%s/tests/peers/%s", repository, script_name);
    /* py_peer_run leaves the inline-script path alone: no path to remove. */
    memset(peer, 0, sizeof *peer);
    int started = py_peer_run(peer, script, args, "winhttp_auth_schemes");
    CHECK(started == 1, "%s", missing);
    return started == 1;
}

static void run_digest(void) {
    char args[700];
    snprintf(args, sizeof args, "%s/target/pydeps 180", repository);
    PyPeer peer;
    if (!start_peer(&peer, "httpbin/serve.py", args,
                    "httpbin did not start: scripts/test.sh installs httpbin and gunicorn into target/pydeps"))
        return;
    test_digest(peer.port, L"/digest-auth/auth/user/passwd/MD5", 1, "Digest MD5");
    /* RFC 7616's SHA-256, which httpbin offers alongside MD5. */
    test_digest(peer.port, L"/digest-auth/auth/user/passwd/SHA-256", 0, "Digest SHA-256");
    py_peer_stop(&peer);
}

static void run_ntlm_and_negotiate(void) {
    char args[2100];
    snprintf(args, sizeof args, "%s/target/pydeps %s %s 180", repository, server_users, keytab[0] ? keytab : "-");
    PyPeer peer;
    if (!start_peer(&peer, "http_auth_server.py", args,
                    "the NTLM/Negotiate peer did not start: scripts/test.sh installs pyspnego into target/pydeps"))
        return;
    test_ntlm_sample(peer.port, "NTLM sample loop");
    test_default_credentials(peer.port, L"/ntlm", WINHTTP_AUTH_SCHEME_NTLM, ntlm_user, "ntlm", "NTLM default credentials");
    test_negotiate_by_address(peer.port, "Negotiate by address (NTLM inside SPNEGO)");
    if (keytab[0]) {
        test_negotiate_kerberos(peer.port, "Negotiate (Kerberos) sample loop");
        test_default_credentials(peer.port, L"/negotiate", WINHTTP_AUTH_SCHEME_NEGOTIATE, kerberos_user, "kerberos",
                                 "Negotiate default credentials");
    } else {
        printf("winhttp_auth_schemes: no keytab, Kerberos checks skipped\n");
    }
    py_peer_stop(&peer);
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: winhttp_auth_schemes REPOSITORY HOST DOMAIN SERVER_USERS [KEYTAB]\n");
        return 2;
    }
    snprintf(repository, sizeof repository, "%s", argv[1]);
    snprintf(host, sizeof host, "%s", argv[2]);
    snprintf(domain, sizeof domain, "%s", argv[3]);
    snprintf(server_users, sizeof server_users, "%s", argv[4]);
    snprintf(keytab, sizeof keytab, "%s", argc > 5 ? argv[5] : "");
    to_wide(host, whost, 256);
    char user[256];
    snprintf(user, sizeof user, "%s\\alice", domain);
    to_wide(user, domain_user, 256);
    snprintf(ntlm_user, sizeof ntlm_user, "%s\\alice", domain);
    snprintf(kerberos_user, sizeof kerberos_user, "alice@%s", domain);

    run_digest();
    run_ntlm_and_negotiate();
    return check_summary("winhttp_auth_schemes");
}
