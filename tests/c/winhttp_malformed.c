/*
 * Broken HTTP responses, written as Windows code: every one ends with a
 * documented WinHTTP error at SendRequest/ReceiveResponse or at ReadData,
 * or is read as RFC 9112 says a client reads it; never a crash or a hang.
 * The peer is a one-file Python server started here that answers each path
 * with one kind of damage.
 *
 * Where Windows' behaviour is recorded it is followed: no status line ->
 * ERROR_WINHTTP_INVALID_SERVER_RESPONSE (Wine's test_no_headers); a
 * Content-Length longer than what arrives before the close -> ReadData
 * reports a clean end after the bytes that came (dotnet/corefx #39136:
 * WinHTTP itself does not check; an ERROR_WINHTTP_CONNECTION_ERROR is
 * accepted too); a chunked body cut by the close -> ERROR_WINHTTP_CONNECTION_ERROR
 * (dotnet/runtime #25605). The rest follows the error descriptions of
 * WinHTTP's error page and RFC 9112: a head over
 * WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE (64 KiB by default) ->
 * ERROR_WINHTTP_HEADER_SIZE_OVERFLOW; a chunk size past 64 bits ->
 * ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW ("an overflow condition
 * ... parsing chunked encoding"); other unparsable heads and chunk lines,
 * two different Content-Length values (RFC 9112 6.3) and an empty reply ->
 * ERROR_WINHTTP_INVALID_SERVER_RESPONSE; obs-fold is unfolded (RFC 9112
 * 5.2); silence past the receive timeout -> ERROR_WINHTTP_TIMEOUT.
 * Usage: winhttp_malformed
 */
#include <windows.h>
#include <winhttp.h>
#include "check.h"
#include "py_peer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One response per path, then the connection closes; /silent and
 * /stall-body then say nothing for 8 s; /quit ends the server, and so
 * does a minute without requests. */
static const char broken_server[] =
    "import socket, threading, time\n"
    "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
    "s.bind(('127.0.0.1', 0)); s.listen(16); s.settimeout(0.5)\n"
    "print(s.getsockname()[1], flush=True)\n"
    "filler = b''.join(b'X-Filler-%05d: %s\\r\\n' % (i, b'v' * 80) for i in range(1000))\n"
    "ok = b'HTTP/1.1 200 OK\\r\\n'\n"
    "chunked = ok + b'Transfer-Encoding: chunked\\r\\n\\r\\n'\n"
    "answers = {\n"
    "    b'/no-status-line': b'<html>no status line</html>\\r\\n\\r\\n',\n"
    "    b'/bad-version': b'XTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/non-numeric-status': b'HTTP/1.1 2x0 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/obs-fold': ok + b'X-Folded: a\\r\\n b\\r\\nContent-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/huge-head': ok + filler + b'Content-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/no-colon': ok + b'this line has no colon\\r\\nContent-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/head-cut': ok + b'Content-Length: 2\\r\\n',\n"
    "    b'/chunked-cut': chunked + b'5\\r\\nhello\\r\\n10\\r\\nonly-part',\n"
    "    b'/chunk-overflow': chunked + b'1ffffffffffffffff\\r\\nhello\\r\\n0\\r\\n\\r\\n',\n"
    "    b'/chunk-garbage': chunked + b'zz\\r\\nhello\\r\\n0\\r\\n\\r\\n',\n"
    "    b'/short-body': ok + b'Content-Length: 10\\r\\n\\r\\nhe',\n"
    "    b'/two-lengths': ok + b'Content-Length: 2\\r\\nContent-Length: 3\\r\\n\\r\\nok!',\n"
    "    b'/interim': b'HTTP/1.1 100 Continue\\r\\n\\r\\nHTTP/1.1 103 Early Hints\\r\\nLink: </a>\\r\\n\\r\\n'\n"
    "                 + ok + b'Content-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/lenient': b'HTTP/1.1  200  OK\\r\\nX-Spaced  :   yes\\r\\nContent-Length: 2\\r\\n\\r\\nok',\n"
    "    b'/empty': b'',\n"
    "    b'/silent': b'',\n"
    "    b'/stall-body': ok + b'Content-Length: 10\\r\\n\\r\\nhe',\n"
    "    b'/quit': ok + b'Content-Length: 0\\r\\n\\r\\n',\n"
    "}\n"
    "done = threading.Event()\n"
    "def serve(c):\n"
    "    with c:\n"
    "        d = b''\n"
    "        while b'\\r\\n\\r\\n' not in d:\n"
    "            x = c.recv(65536)\n"
    "            if not x: return\n"
    "            d += x\n"
    "        path = d.split(b' ')[1]\n"
    "        c.sendall(answers.get(path, ok + b'Content-Length: 0\\r\\n\\r\\n'))\n"
    "        if path in (b'/silent', b'/stall-body'): time.sleep(8)\n"
    "        if path == b'/quit': done.set()\n"
    "idle = 0\n"
    "while not done.is_set() and idle < 120:\n"
    "    try: c, _ = s.accept()\n"
    "    except socket.timeout:\n"
    "        idle += 1\n"
    "        continue\n"
    "    idle = 0\n"
    "    c.settimeout(None)\n"
    "    threading.Thread(target=serve, args=(c,), daemon=True).start()\n";

static INTERNET_PORT port;

typedef struct {
    BOOL received;        /* SendRequest and ReceiveResponse succeeded */
    DWORD receive_error;  /* otherwise the error of the one that failed */
    DWORD status;
    char body[4096];
    DWORD body_len;
    BOOL read_ended;      /* ReadData read 0: a clean end */
    DWORD read_error;     /* or failed with this */
    DWORD elapsed_ms;
} Outcome;

/* GET `path` on a session of its own (so no pooled connection is involved)
 * with a receive timeout, then ReadData until 0 or an error. */
static Outcome run(LPCWSTR path, DWORD receive_timeout, DWORD max_header, char *header, DWORD header_size,
                   LPCWSTR header_name) {
    Outcome o;
    memset(&o, 0, sizeof o);
    if (header) header[0] = 0;
    HINTERNET ses = WinHttpOpen(L"winsession-malformed", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                WINHTTP_NO_PROXY_BYPASS, 0);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    HINTERNET req = WinHttpOpenRequest(con, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "open request: %u", GetLastError());
    CHECK_OK(WinHttpSetTimeouts(req, 5000, 5000, 5000, receive_timeout));
    if (max_header)
        CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE, &max_header, sizeof max_header));
    DWORD start = GetTickCount();
    if (!WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0) ||
        !WinHttpReceiveResponse(req, NULL)) {
        o.receive_error = GetLastError();
    } else {
        o.received = TRUE;
        DWORD len = sizeof o.status;
        WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX,
                            &o.status, &len, WINHTTP_NO_HEADER_INDEX);
        if (header) {
            WCHAR wide[256];
            len = sizeof wide;
            if (WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, header_name, wide, &len, WINHTTP_NO_HEADER_INDEX))
                WideCharToMultiByte(CP_UTF8, 0, wide, -1, header, (int)header_size, NULL, NULL);
        }
        /* Bounded: a body that never ends is a failure, not a hang. */
        while (o.body_len < sizeof o.body - 1) {
            DWORD got = 0;
            if (!WinHttpReadData(req, o.body + o.body_len, (DWORD)(sizeof o.body - 1 - o.body_len), &got)) {
                o.read_error = GetLastError();
                break;
            }
            if (!got) {
                o.read_ended = TRUE;
                break;
            }
            o.body_len += got;
        }
        o.body[o.body_len] = 0;
    }
    o.elapsed_ms = GetTickCount() - start;
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
    return o;
}

static Outcome get(LPCWSTR path) { return run(path, 5000, 0, NULL, 0, NULL); }

/* The head is refused with `want`. */
static void refused(LPCWSTR path, const char *name, DWORD want) {
    Outcome o = get(path);
    CHECK(!o.received && o.receive_error == want, "%s: received %d, error %u, want %u", name, o.received,
          o.receive_error, want);
}

/* The head is fine; the body fails with `want` (after `prefix`, if any). */
static void body_fails(LPCWSTR path, const char *name, DWORD want, const char *prefix) {
    Outcome o = get(path);
    CHECK(o.received && o.status == HTTP_STATUS_OK, "%s: head received %d (error %u), status %u", name, o.received,
          o.receive_error, o.status);
    CHECK(!o.read_ended && o.read_error == want, "%s: read ended %d, error %u, want %u (%u bytes)", name,
          o.read_ended, o.read_error, want, o.body_len);
    if (prefix) CHECK(!strncmp(o.body, prefix, strlen(prefix)), "%s: the bytes before the damage: %s", name, o.body);
}

static void test_heads(void) {
    refused(L"/no-status-line", "no status line", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/bad-version", "bad protocol name", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/non-numeric-status", "non-numeric status", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/no-colon", "header line without colon", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/two-lengths", "two different Content-Length", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/empty", "nothing, then close", ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    refused(L"/huge-head", "head over 64 KiB", ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);

    /* A head cut by the close: unparsable, or the connection's end. */
    Outcome o = get(L"/head-cut");
    CHECK(!o.received && (o.receive_error == ERROR_WINHTTP_INVALID_SERVER_RESPONSE ||
                          o.receive_error == ERROR_WINHTTP_CONNECTION_ERROR),
          "head cut by the close: received %d, error %u", o.received, o.receive_error);

    /* The same big head within a raised WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE. */
    char filler[256];
    o = run(L"/huge-head", 5000, 256 * 1024, filler, sizeof filler, L"X-Filler-00999");
    CHECK(o.received && o.status == HTTP_STATUS_OK && o.read_ended && !strcmp(o.body, "ok"),
          "head under a raised limit: received %d (error %u), body %s", o.received, o.receive_error, o.body);
    CHECK(strlen(filler) == 80, "the last of 1000 headers: %zu bytes", strlen(filler));

    /* obs-fold: each fold becomes spaces (RFC 9112 5.2). */
    char folded[64];
    o = run(L"/obs-fold", 5000, 0, folded, sizeof folded, L"X-Folded");
    CHECK(o.received && o.status == HTTP_STATUS_OK && o.read_ended && !strcmp(o.body, "ok"),
          "obs-fold: received %d (error %u), body %s", o.received, o.receive_error, o.body);
    size_t n = strlen(folded), spaces = 0;
    for (size_t i = 1; i + 1 < n; i++) spaces += folded[i] == ' ';
    CHECK(n >= 3 && folded[0] == 'a' && folded[n - 1] == 'b' && spaces == n - 2, "obs-fold unfolded: \"%s\"", folded);
}

/* Interim answers (100 Continue, 103 Early Hints) come before the final
 * one, which is the response (RFC 9110 15.2). */
static void test_interim(void) {
    Outcome o = get(L"/interim");
    CHECK(o.received && o.status == HTTP_STATUS_OK && o.read_ended && !strcmp(o.body, "ok"),
          "interim answers: received %d (error %u), status %u, body %s", o.received, o.receive_error, o.status,
          o.body);
}

/* What Windows' parser takes (Wine's test_bad_header and
 * test_connection_cache): double spaces in the status line, spaces before a
 * header's colon (the name without them). */
static void test_lenient(void) {
    char spaced[32];
    Outcome o = run(L"/lenient", 5000, 0, spaced, sizeof spaced, L"X-Spaced");
    CHECK(o.received && o.status == HTTP_STATUS_OK && o.read_ended && !strcmp(o.body, "ok"),
          "lenient head: received %d (error %u), status %u", o.received, o.receive_error, o.status);
    CHECK(!strcmp(spaced, "yes"), "a header with spaces before its colon: \"%s\"", spaced);
}

static void test_bodies(void) {
    body_fails(L"/chunked-cut", "chunked body cut by the close", ERROR_WINHTTP_CONNECTION_ERROR, "hello");
    body_fails(L"/chunk-overflow", "chunk size past 64 bits", ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW,
               NULL);
    body_fails(L"/chunk-garbage", "chunk size not hexadecimal", ERROR_WINHTTP_INVALID_SERVER_RESPONSE, NULL);

    Outcome o = get(L"/short-body");
    CHECK(o.received && o.status == HTTP_STATUS_OK, "short body: head %d (error %u)", o.received, o.receive_error);
    CHECK(o.body_len == 2 && !memcmp(o.body, "he", 2), "short body: the 2 bytes sent (%u)", o.body_len);
    CHECK(o.read_ended || o.read_error == ERROR_WINHTTP_CONNECTION_ERROR,
          "short body: a clean end or the connection's error: ended %d, error %u", o.read_ended, o.read_error);
}

static void test_silence(void) {
    /* Nothing at all within the receive timeout. */
    Outcome o = run(L"/silent", 1000, 0, NULL, 0, NULL);
    CHECK(!o.received && o.receive_error == ERROR_WINHTTP_TIMEOUT, "silent server: received %d, error %u",
          o.received, o.receive_error);
    CHECK(o.elapsed_ms >= 900 && o.elapsed_ms < 5000, "silent server: timed out after %u ms", o.elapsed_ms);

    /* The head, part of the body, then silence. */
    o = run(L"/stall-body", 1000, 0, NULL, 0, NULL);
    CHECK(o.received && o.body_len == 2 && o.read_error == ERROR_WINHTTP_TIMEOUT,
          "stalled body: head %d (error %u), %u bytes, read error %u", o.received, o.receive_error, o.body_len,
          o.read_error);
    CHECK(o.elapsed_ms < 5000, "stalled body: timed out after %u ms", o.elapsed_ms);
}

int main(void) {
    PyPeer peer;
    if (!py_peer_start(&peer, broken_server, "", "winhttp_malformed")) return check_summary("winhttp_malformed");
    port = (INTERNET_PORT)peer.port;
    test_heads();
    test_interim();
    test_lenient();
    test_bodies();
    test_silence();
    Outcome quit = get(L"/quit");
    CHECK(quit.received && quit.status == HTTP_STATUS_OK, "quit: %u", quit.receive_error);
    py_peer_stop(&peer);
    return check_summary("winhttp_malformed");
}
