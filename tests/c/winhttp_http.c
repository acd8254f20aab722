/*
 * The WinHTTP HTTP client against a server no one here wrote: httpbin from
 * PyPI under gunicorn (tests/peers/httpbin/serve.py), written as Windows
 * code. REST GET with headers, form POST, WinHttpWriteData with a total
 * length and chunked upload, downloads (Content-Length and chunked,
 * WinHttpReadDataEx), HEAD/204/304, keep-alive reuse, redirects and their
 * policies, cookies, gzip/deflate decompression, Basic authentication and
 * asynchronous mode. Expectations are Windows' documented behaviour and the
 * ok() lines of Wine's dlls/winhttp/tests/winhttp.c and notification.c
 * that hold on Windows (cited by test name).
 *
 * Usage: winhttp_http [REPOSITORY]
 * REPOSITORY (default: the current directory) holds
 * tests/peers/httpbin/serve.py and target/pydeps, where scripts/test.sh
 * installs httpbin and gunicorn. Without python3 the server checks are
 * skipped; with python3 but without httpbin the test fails.
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

/* WINHTTP_CONNECTION_INFO as the SDK lays it out (pack 8 on 64-bit, which
 * is the natural layout here). */
typedef struct {
    DWORD cbSize;
    SOCKADDR_STORAGE LocalAddress;
    SOCKADDR_STORAGE RemoteAddress;
} connection_info;

typedef DWORD(WINAPI *read_data_ex_fn)(HINTERNET, LPVOID, DWORD, DWORD *, ULONGLONG, DWORD, LPCVOID);

#define AGENT L"winsession-http-test/1.0"
#define BODY_SEEN 300 /* how much of a body a failure message shows */

static INTERNET_PORT port;
static char base_url[64]; /* http://127.0.0.1:PORT */

/* ---- helpers, as Windows code writes them ---- */

/* A response header as ASCII text; "" when absent. */
static const char *header_of(HINTERNET req, DWORD level, LPCWSTR name) {
    static char text[1024];
    WCHAR wide[1024];
    DWORD len = sizeof wide;
    text[0] = 0;
    if (!WinHttpQueryHeaders(req, level, name, wide, &len, WINHTTP_NO_HEADER_INDEX)) return text;
    WideCharToMultiByte(CP_UTF8, 0, wide, -1, text, sizeof text, NULL, NULL);
    return text;
}

static DWORD number_header(HINTERNET req, DWORD level) {
    DWORD value = 0, len = sizeof value;
    if (!WinHttpQueryHeaders(req, level | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX, &value, &len,
                             WINHTTP_NO_HEADER_INDEX))
        return (DWORD)-1;
    return value;
}

/* WINHTTP_OPTION_URL as ASCII text. */
static const char *url_of(HINTERNET req) {
    static char text[512];
    WCHAR wide[512];
    DWORD len = sizeof wide;
    text[0] = 0;
    if (WinHttpQueryOption(req, WINHTTP_OPTION_URL, wide, &len))
        WideCharToMultiByte(CP_UTF8, 0, wide, -1, text, sizeof text, NULL, NULL);
    return text;
}

typedef struct {
    char *data;
    DWORD len;
    int ok;       /* every call succeeded and the body ended with a 0 */
    DWORD error;  /* the last error of the call that failed */
} Body;

/* The loop of the WinHttpReadData page's sample: QueryDataAvailable, then
 * ReadData of that much, until QueryDataAvailable says 0. */
static Body read_body(HINTERNET req) {
    Body b = {malloc(1), 0, 1, 0};
    for (;;) {
        DWORD available = 0, got = 0;
        if (!WinHttpQueryDataAvailable(req, &available)) {
            b.ok = 0;
            b.error = GetLastError();
            break;
        }
        if (!available) break;
        char *grown = realloc(b.data, b.len + available + 1);
        if (!grown) {
            b.ok = 0;
            break;
        }
        b.data = grown;
        if (!WinHttpReadData(req, b.data + b.len, available, &got) || !got) {
            b.ok = 0;
            b.error = GetLastError();
            break;
        }
        b.len += got;
    }
    b.data[b.len] = 0;
    return b;
}

/* A download: ReadData into a fixed buffer until it reads 0. */
static Body download(HINTERNET req, DWORD chunk) {
    Body b = {malloc(chunk + 1), 0, 1, 0};
    for (;;) {
        DWORD got = 0;
        char *grown = realloc(b.data, b.len + chunk + 1);
        if (!grown) {
            b.ok = 0;
            break;
        }
        b.data = grown;
        if (!WinHttpReadData(req, b.data + b.len, chunk, &got)) {
            b.ok = 0;
            b.error = GetLastError();
            break;
        }
        if (!got) break;
        b.len += got;
    }
    b.data[b.len] = 0;
    return b;
}

/* Whether httpbin's JSON has "key": VALUE, VALUE written as JSON (a quoted
 * string, true, a number); spaces around the colon do not matter. */
static int json_has(const char *json, const char *key, const char *value) {
    char quoted[128];
    snprintf(quoted, sizeof quoted, "\"%s\"", key);
    for (const char *at = strstr(json, quoted); at; at = strstr(at + 1, quoted)) {
        const char *p = at + strlen(quoted);
        while (*p == ' ' || *p == '\n') p++;
        if (*p++ != ':') continue;
        while (*p == ' ' || *p == '\n') p++;
        if (!strncmp(p, value, strlen(value))) return 1;
    }
    return 0;
}

static HINTERNET open_request(HINTERNET con, LPCWSTR verb, LPCWSTR path) {
    HINTERNET req =
        WinHttpOpenRequest(con, verb, path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "WinHttpOpenRequest: %u", GetLastError());
    return req;
}

/* SendRequest with optional data of `len` bytes (the whole body), then
 * ReceiveResponse; both must succeed. */
static int exchange(HINTERNET req, LPCWSTR headers, const void *data, DWORD len) {
    SetLastError(0xdeadbeef);
    BOOL sent = WinHttpSendRequest(req, headers ? headers : WINHTTP_NO_ADDITIONAL_HEADERS, headers ? (DWORD)-1L : 0,
                                   (LPVOID)data, len, len, 0);
    CHECK(sent, "WinHttpSendRequest: %u", GetLastError());
    if (!sent) return 0;
    BOOL received = WinHttpReceiveResponse(req, NULL);
    CHECK(received, "WinHttpReceiveResponse: %u", GetLastError());
    return received;
}

/* GET (or another verb) PATH and the whole body. */
static Body fetch(HINTERNET con, LPCWSTR verb, LPCWSTR path, DWORD *status) {
    HINTERNET req = open_request(con, verb, path);
    Body b = {NULL, 0, 0, 0};
    *status = 0;
    if (req && exchange(req, NULL, NULL, 0)) {
        *status = status_of(req);
        b = read_body(req);
    }
    if (!b.data) b.data = calloc(1, 1);
    WinHttpCloseHandle(req);
    return b;
}

/* The local port of the connection a request used (WINHTTP_OPTION_CONNECTION_INFO). */
static unsigned local_port(HINTERNET req) {
    connection_info info;
    DWORD size = sizeof info;
    memset(&info, 0, sizeof info);
    if (!WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size)) return 0;
    /* sin_port and sin6_port both open sa_data, in network order. */
    const SOCKADDR *local = (const SOCKADDR *)&info.LocalAddress;
    return ((unsigned char)local->sa_data[0] << 8) | (unsigned char)local->sa_data[1];
}

/* ---- REST GET ---- */

static void test_rest_get(HINTERNET con) {
    HINTERNET req = open_request(con, L"GET", L"/get?x=1");
    CHECK_OK(WinHttpAddRequestHeaders(req, L"X-Winsession-Test: hello", (DWORD)-1L, WINHTTP_ADDREQ_FLAG_ADD));
    CHECK_OK(WinHttpSendRequest(req, L"X-Second: two\r\n", (DWORD)-1L, WINHTTP_NO_REQUEST_DATA, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "GET /get: status %u", status_of(req));
    CHECK(!strcmp(header_of(req, WINHTTP_QUERY_STATUS_TEXT, WINHTTP_HEADER_NAME_BY_INDEX), "OK"), "status text");
    CHECK(!strcmp(header_of(req, WINHTTP_QUERY_VERSION, WINHTTP_HEADER_NAME_BY_INDEX), "HTTP/1.1"), "version");
    CHECK(!strcmp(header_of(req, WINHTTP_QUERY_CONTENT_TYPE, WINHTTP_HEADER_NAME_BY_INDEX), "application/json"),
          "Content-Type: %s", header_of(req, WINHTTP_QUERY_CONTENT_TYPE, WINHTTP_HEADER_NAME_BY_INDEX));
    DWORD length = number_header(req, WINHTTP_QUERY_CONTENT_LENGTH);
    Body b = read_body(req);
    CHECK(b.ok, "read the body: error %u", b.error);
    CHECK(b.len == length && length > 0, "body %u bytes, Content-Length %u", b.len, length);
    CHECK(json_has(b.data, "X-Winsession-Test", "\"hello\""), "added header echoed: %.*s", BODY_SEEN, b.data);
    CHECK(json_has(b.data, "X-Second", "\"two\""), "SendRequest's header echoed");
    CHECK(json_has(b.data, "User-Agent", "\"winsession-http-test/1.0\""), "the session's agent echoed");
    char host[40];
    snprintf(host, sizeof host, "\"127.0.0.1:%u\"", port);
    CHECK(json_has(b.data, "Host", host), "Host with the port");
    CHECK(json_has(b.data, "x", "\"1\""), "query string echoed");
    /* After the end: no more data, and ReadData reads 0 (the sample's loop end). */
    DWORD available = 0xdeadbeef, got = 0xdeadbeef;
    char byte;
    CHECK_OK(WinHttpQueryDataAvailable(req, &available));
    CHECK(available == 0, "available after the end: %u", available);
    CHECK(WinHttpReadData(req, &byte, 1, &got) && got == 0, "ReadData after the end: %u", got);
    free(b.data);
    CHECK_OK(WinHttpCloseHandle(req));
}

/* ---- request bodies ---- */

static void test_post_form(HINTERNET con) {
    static char form[] = "name=winsession&lang=c";
    HINTERNET req = open_request(con, L"POST", L"/post");
    if (exchange(req, L"Content-Type: application/x-www-form-urlencoded", form, (DWORD)strlen(form))) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "POST /post: %u", status_of(req));
        Body b = read_body(req);
        CHECK(b.ok, "read: %u", b.error);
        CHECK(json_has(b.data, "name", "\"winsession\"") && json_has(b.data, "lang", "\"c\""), "form fields: %.*s",
              BODY_SEEN, b.data);
        CHECK(json_has(b.data, "Content-Length", "\"22\""), "Content-Length sent");
        CHECK(json_has(b.data, "Content-Type", "\"application/x-www-form-urlencoded\""), "Content-Type sent");
        free(b.data);
    }
    WinHttpCloseHandle(req);
}

/* SendRequest's dwTotalLength announces the body; WinHttpWriteData sends it
 * (the WinHttpWriteData page: "dwTotalLength ... the sum of the optional
 * data and the data written"). */
static void test_write_data(HINTERNET con) {
    static const char *const parts[] = {"first;", "second;", "third"};
    HINTERNET req = open_request(con, L"POST", L"/post");
    CHECK_OK(WinHttpSendRequest(req, L"Content-Type: text/plain", (DWORD)-1L, WINHTTP_NO_REQUEST_DATA, 0, 18, 0));
    for (int i = 0; i < 3; i++) {
        DWORD written = 0xdeadbeef;
        CHECK_OK(WinHttpWriteData(req, parts[i], (DWORD)strlen(parts[i]), &written));
        CHECK(written == strlen(parts[i]), "part %d: wrote %u", i, written);
    }
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "POST with WriteData: %u", status_of(req));
    Body b = read_body(req);
    CHECK(json_has(b.data, "data", "\"first;second;third\""), "written body arrived: %.*s", BODY_SEEN, b.data);
    CHECK(json_has(b.data, "Content-Length", "\"18\""), "Content-Length is the total length");
    free(b.data);
    WinHttpCloseHandle(req);

    /* Optional data in SendRequest, the rest with WriteData. */
    req = open_request(con, L"PUT", L"/put");
    CHECK_OK(WinHttpSendRequest(req, L"Content-Type: text/plain", (DWORD)-1L, "abc", 3, 6, 0));
    DWORD written = 0;
    CHECK_OK(WinHttpWriteData(req, "def", 3, &written));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    b = read_body(req);
    CHECK(json_has(b.data, "data", "\"abcdef\""), "optional + written: %.*s", BODY_SEEN, b.data);
    free(b.data);
    WinHttpCloseHandle(req);

    /* The application's Expect: 100-continue: the body follows, and an
     * interim 100 from the server is skipped. */
    req = open_request(con, L"POST", L"/post");
    CHECK_OK(WinHttpSendRequest(req, L"Expect: 100-continue\r\nContent-Type: text/plain", (DWORD)-1L,
                                WINHTTP_NO_REQUEST_DATA, 0, 5, 0));
    CHECK_OK(WinHttpWriteData(req, "hello", 5, &written));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "POST with Expect: 100-continue: %u", status_of(req));
    b = read_body(req);
    CHECK(json_has(b.data, "data", "\"hello\""), "the body after Expect: %.*s", BODY_SEEN, b.data);
    free(b.data);
    WinHttpCloseHandle(req);
}

/* The SendRequest page, "Transfer-Encoding Header": with the header and
 * WINHTTP_IGNORE_REQUEST_TOTAL_LENGTH the application writes the chunks
 * (size lines and the zero-length last chunk) itself with WriteData; WinHTTP
 * sends them as they are (Wine's test_chunked_request: the server reads
 * exactly what was passed) and sends no Content-Length. */
static void test_chunked_upload(HINTERNET con) {
    static const char *const chunks[] = {"5\r\nhello\r\n", "6\r\n world\r\n", "0\r\n\r\n"};
    HINTERNET req = open_request(con, L"PUT", L"/put");
    CHECK_OK(WinHttpSendRequest(req, L"Transfer-Encoding: chunked\r\nContent-Type: text/plain", (DWORD)-1L,
                                WINHTTP_NO_REQUEST_DATA, 0, WINHTTP_IGNORE_REQUEST_TOTAL_LENGTH, 0));
    for (int i = 0; i < 3; i++) {
        DWORD written = 0;
        CHECK_OK(WinHttpWriteData(req, chunks[i], (DWORD)strlen(chunks[i]), &written));
        CHECK(written == strlen(chunks[i]), "chunk %d: wrote %u", i, written);
    }
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    CHECK(status_of(req) == HTTP_STATUS_OK, "chunked PUT: %u", status_of(req));
    Body b = read_body(req);
    CHECK(json_has(b.data, "data", "\"hello world\""), "httpbin saw the chunked body: %.*s", BODY_SEEN, b.data);
    CHECK(json_has(b.data, "Transfer-Encoding", "\"chunked\""), "Transfer-Encoding sent");
    CHECK(!json_has(b.data, "Content-Length", "\""), "no Content-Length with chunked");
    free(b.data);
    WinHttpCloseHandle(req);
}

/* ---- downloads ---- */

static void test_downloads(HINTERNET con) {
    /* httpbin caps /bytes and /stream-bytes at 100 KiB; the same seed gives
     * the same bytes, once with Content-Length and once chunked. */
    HINTERNET req = open_request(con, L"GET", L"/bytes/102400?seed=7");
    Body fixed = {calloc(1, 1), 0, 0, 0};
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(number_header(req, WINHTTP_QUERY_CONTENT_LENGTH) == 102400, "Content-Length");
        free(fixed.data);
        fixed = download(req, 8192);
        CHECK(fixed.ok && fixed.len == 102400, "/bytes: %u bytes, error %u", fixed.len, fixed.error);
    }
    WinHttpCloseHandle(req);

    req = open_request(con, L"GET", L"/stream-bytes/102400?seed=7&chunk_size=4096");
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(!strcmp(header_of(req, WINHTTP_QUERY_TRANSFER_ENCODING, WINHTTP_HEADER_NAME_BY_INDEX), "chunked"),
              "Transfer-Encoding: %s", header_of(req, WINHTTP_QUERY_TRANSFER_ENCODING, WINHTTP_HEADER_NAME_BY_INDEX));
        Body chunked = download(req, 5000);
        CHECK(chunked.ok && chunked.len == 102400, "/stream-bytes: %u bytes, error %u", chunked.len, chunked.error);
        CHECK(chunked.len == fixed.len && !memcmp(chunked.data, fixed.data, fixed.len), "chunked bytes equal");
        free(chunked.data);
    }
    WinHttpCloseHandle(req);

    /* WinHttpReadDataEx (Windows 11, so resolved as Windows code does):
     * FILL_BUFFER fills the buffer unless the response ends first. */
    read_data_ex_fn read_data_ex =
        (read_data_ex_fn)(void *)GetProcAddress(GetModuleHandleW(L"winhttp.dll"), "WinHttpReadDataEx");
    CHECK(read_data_ex != NULL, "WinHttpReadDataEx exported");
    req = open_request(con, L"GET", L"/stream-bytes/102400?seed=7&chunk_size=1000");
    if (read_data_ex && exchange(req, NULL, NULL, 0)) {
        char *buf = malloc(65536);
        DWORD got = 0, total = 0;
        DWORD error = read_data_ex(req, buf, 65536, &got, WINHTTP_READ_DATA_EX_FLAG_FILL_BUFFER, 0, NULL);
        CHECK(error == ERROR_SUCCESS && got == 65536, "ReadDataEx FILL_BUFFER: error %u, %u bytes", error, got);
        CHECK(got <= fixed.len && !memcmp(buf, fixed.data, got), "ReadDataEx bytes");
        total = got;
        do {
            got = 0;
            error = read_data_ex(req, buf, 65536, &got, WINHTTP_READ_DATA_EX_FLAG_FILL_BUFFER, 0, NULL);
            total += got;
        } while (error == ERROR_SUCCESS && got);
        CHECK(error == ERROR_SUCCESS && total == 102400, "ReadDataEx to the end: error %u, %u bytes", error, total);
        free(buf);
    }
    WinHttpCloseHandle(req);
    free(fixed.data);

    /* /stream/N: N JSON lines, chunked. */
    DWORD status;
    Body lines = fetch(con, L"GET", L"/stream/5", &status);
    int newlines = 0;
    for (DWORD i = 0; i < lines.len; i++) newlines += lines.data[i] == '\n';
    CHECK(status == HTTP_STATUS_OK && lines.ok && newlines == 5 && json_has(lines.data, "id", "4"),
          "/stream/5: status %u, %d lines", status, newlines);
    free(lines.data);

    /* Ten downloads, one after the other on the kept-alive connection. */
    DWORD all = 0;
    for (int i = 0; i < 10; i++) {
        Body part = fetch(con, L"GET", L"/bytes/102400", &status);
        all += part.ok && status == HTTP_STATUS_OK ? part.len : 0;
        free(part.data);
    }
    CHECK(all == 1024000, "ten downloads: %u bytes", all);
}

/* ---- responses without a body (Wine's test_head_request, test_no_content, test_not_modified) ---- */

static void check_no_body(HINTERNET req, const char *what) {
    DWORD available = 0xdeadbeef, got = 0xdeadbeef;
    char buf[64];
    CHECK(WinHttpQueryDataAvailable(req, &available) && available == 0, "%s: available %u", what, available);
    CHECK(WinHttpReadData(req, buf, sizeof buf, &got) && got == 0, "%s: ReadData read %u", what, got);
    available = 0xdeadbeef;
    CHECK(WinHttpQueryDataAvailable(req, &available) && available == 0, "%s: available again %u", what, available);
}

static void test_no_body(HINTERNET con) {
    HINTERNET req = open_request(con, L"HEAD", L"/get");
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "HEAD: %u", status_of(req));
        DWORD length = number_header(req, WINHTTP_QUERY_CONTENT_LENGTH);
        CHECK(length > 0 && length != (DWORD)-1, "HEAD keeps the GET's Content-Length: %u", length);
        check_no_body(req, "HEAD");
    }
    WinHttpCloseHandle(req);

    req = open_request(con, L"GET", L"/status/204");
    DWORD available = 12345;
    /* Before the request is sent there is nothing to query. */
    CHECK_FAILS(WinHttpQueryDataAvailable(req, &available), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    CHECK(available == 12345, "available untouched");
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_NO_CONTENT, "204: %u", status_of(req));
        check_no_body(req, "204");
    }
    WinHttpCloseHandle(req);

    req = open_request(con, L"GET", L"/status/304");
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_NOT_MODIFIED, "304: %u", status_of(req));
        check_no_body(req, "304");
    }
    WinHttpCloseHandle(req);

    /* The connection those used is still in step: a GET after them works. */
    DWORD status;
    Body b = fetch(con, L"GET", L"/get", &status);
    CHECK(status == HTTP_STATUS_OK && b.ok && json_has(b.data, "url", "\""), "GET after HEAD/204/304: %u", status);
    free(b.data);
}

/* ---- keep-alive (Wine's notification.c cache_test: a second request on the
 * session, even through a new connect handle, connects no more) ---- */

static LONG connections_made;

static void CALLBACK count_connections(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID info, DWORD len) {
    (void)handle, (void)context, (void)info, (void)len;
    if (status == WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER) InterlockedIncrement(&connections_made);
}

static unsigned port_of_get(HINTERNET con, DWORD disable) {
    HINTERNET req = open_request(con, L"GET", L"/get");
    unsigned local = 0;
    if (disable) CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_DISABLE_FEATURE, &disable, sizeof disable));
    if (exchange(req, NULL, NULL, 0)) {
        local = local_port(req);
        Body b = read_body(req);
        CHECK(b.ok && status_of(req) == HTTP_STATUS_OK, "GET: %u", status_of(req));
        free(b.data);
    }
    WinHttpCloseHandle(req);
    return local;
}

static void test_keep_alive(void) {
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    CHECK(WinHttpSetStatusCallback(ses, count_connections, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) !=
              WINHTTP_INVALID_STATUS_CALLBACK,
          "status callback");
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);

    /* Wine's test_connection_info: the state, the size, then the addresses. */
    HINTERNET req = open_request(con, L"GET", L"/get");
    connection_info info;
    DWORD size = sizeof info;
    CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size),
                ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    unsigned first = 0;
    if (exchange(req, NULL, NULL, 0)) {
        size = 0;
        CHECK_FAILS(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size), ERROR_INSUFFICIENT_BUFFER);
        size = sizeof info;
        memset(&info, 0, sizeof info);
        CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_CONNECTION_INFO, &info, &size));
        CHECK(info.cbSize == sizeof info, "cbSize %u", info.cbSize);
        const SOCKADDR *remote = (const SOCKADDR *)&info.RemoteAddress;
        unsigned remote_port = ((unsigned char)remote->sa_data[0] << 8) | (unsigned char)remote->sa_data[1];
        CHECK(remote->sa_family == AF_INET && remote_port == port, "remote address: family %u port %u",
              remote->sa_family, remote_port);
        first = local_port(req);
        Body b = read_body(req);
        free(b.data);
    }
    WinHttpCloseHandle(req);

    unsigned second = port_of_get(con, 0);
    CHECK(first && second == first, "second request on the same connection: ports %u, %u", first, second);
    HINTERNET con2 = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    unsigned third = port_of_get(con2, 0);
    CHECK(third == first, "a new connect handle of the session reuses it too: ports %u, %u", first, third);
    /* At most one: a connection an earlier session kept may serve them all. */
    CHECK(connections_made <= 1, "one TCP connection for three requests: %d", (int)connections_made);

    /* WINHTTP_DISABLE_KEEP_ALIVE: that request's connection is not kept. */
    unsigned closing = port_of_get(con, WINHTTP_DISABLE_KEEP_ALIVE);
    LONG before = connections_made;
    unsigned after = port_of_get(con, 0);
    CHECK(closing && after && after != closing && connections_made == before + 1,
          "after DISABLE_KEEP_ALIVE a new connection: ports %u, %u, connections %d", closing, after,
          (int)connections_made);
    WinHttpCloseHandle(con2);
    WinHttpCloseHandle(con);

    /* Another session gets the same kept-alive connection: Windows keeps
       them for the process (Wine's test_persistent_connection). */
    HINTERNET other = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    HINTERNET other_con = WinHttpConnect(other, L"127.0.0.1", port, 0);
    unsigned elsewhere = port_of_get(other_con, 0);
    CHECK(elsewhere && elsewhere == after, "another session, the same connection: %u, %u", elsewhere, after);
    WinHttpCloseHandle(other_con);
    WinHttpCloseHandle(other);
    WinHttpCloseHandle(ses);
}

/* WINHTTP_OPTION_MAX_CONNS_PER_SERVER: six threads ask at once, the
 * session opens two connections and the others wait for them. */
#define CAPPED_THREADS 6
static HINTERNET capped_con;
static LONG capped_ok;

static DWORD WINAPI capped_get(LPVOID unused) {
    (void)unused;
    DWORD status = 0;
    Body b = fetch(capped_con, L"GET", L"/delay/1", &status);
    if (b.ok && status == HTTP_STATUS_OK) InterlockedIncrement(&capped_ok);
    free(b.data);
    return 0;
}

static void test_connection_limit(void) {
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    DWORD limit = 2;
    CHECK_OK(WinHttpSetOption(ses, WINHTTP_OPTION_MAX_CONNS_PER_SERVER, &limit, sizeof limit));
    WinHttpSetStatusCallback(ses, count_connections, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
    capped_con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    LONG before = connections_made;
    HANDLE threads[CAPPED_THREADS];
    for (int i = 0; i < CAPPED_THREADS; i++) threads[i] = CreateThread(NULL, 0, capped_get, NULL, 0, NULL);
    WaitForMultipleObjects(CAPPED_THREADS, threads, TRUE, 60000);
    for (int i = 0; i < CAPPED_THREADS; i++) CloseHandle(threads[i]);
    LONG made = connections_made - before;
    CHECK(capped_ok == CAPPED_THREADS, "%d of %d requests answered under the limit", (int)capped_ok, CAPPED_THREADS);
    CHECK(made >= 1 && made <= 2, "%d connections opened with a limit of 2", (int)made);
    WinHttpCloseHandle(capped_con);
    WinHttpCloseHandle(ses);
}

/* ---- redirects ---- */

static void test_redirects(HINTERNET con) {
    char want[128];
    /* Followed by default (WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP);
     * WINHTTP_OPTION_URL then names where the response came from. */
    HINTERNET req = open_request(con, L"GET", L"/redirect/3");
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "/redirect/3 followed: %u", status_of(req));
        snprintf(want, sizeof want, "%s/get", base_url);
        CHECK(!strcmp(url_of(req), want), "URL after redirects: %s", url_of(req));
        Body b = read_body(req);
        CHECK(json_has(b.data, "url", "\"http://127.0.0.1:"), "the final body: %.*s", BODY_SEEN, b.data);
        free(b.data);
    }
    WinHttpCloseHandle(req);

    /* REDIRECT_POLICY_NEVER on the request: the 302 itself. */
    req = open_request(con, L"GET", L"/redirect/3");
    DWORD policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy));
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_REDIRECT, "policy NEVER: %u", status_of(req));
        CHECK(!strcmp(header_of(req, WINHTTP_QUERY_LOCATION, WINHTTP_HEADER_NAME_BY_INDEX), "/relative-redirect/2"),
              "Location: %s", header_of(req, WINHTTP_QUERY_LOCATION, WINHTTP_HEADER_NAME_BY_INDEX));
        snprintf(want, sizeof want, "%s/redirect/3", base_url);
        CHECK(!strcmp(url_of(req), want), "URL stays: %s", url_of(req));
        Body b = read_body(req);
        CHECK(b.ok, "302 body read: %u", b.error);
        free(b.data);
    }
    WinHttpCloseHandle(req);

    /* WINHTTP_DISABLE_REDIRECTS: the same. */
    req = open_request(con, L"GET", L"/redirect/1");
    DWORD disable = WINHTTP_DISABLE_REDIRECTS;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_DISABLE_FEATURE, &disable, sizeof disable));
    if (exchange(req, NULL, NULL, 0)) CHECK(status_of(req) == HTTP_STATUS_REDIRECT, "DISABLE_REDIRECTS: %u", status_of(req));
    WinHttpCloseHandle(req);

    /* 303 turns a POST into a GET without the body (RFC 9110 15.4.4). */
    static char form[] = "a=1";
    req = open_request(con, L"POST", L"/redirect-to?url=/anything&status_code=303");
    if (exchange(req, L"Content-Type: application/x-www-form-urlencoded", form, 3)) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "303 followed: %u", status_of(req));
        Body b = read_body(req);
        CHECK(json_has(b.data, "method", "\"GET\""), "303: GET after POST: %.*s", BODY_SEEN, b.data);
        CHECK(!json_has(b.data, "a", "\"1\""), "303: the body is not sent again");
        free(b.data);
    }
    WinHttpCloseHandle(req);

    /* 307 keeps the method and the body (RFC 9110 15.4.8; Wine's test_redirect). */
    static char keep[] = "keep=me";
    req = open_request(con, L"POST", L"/redirect-to?url=/anything&status_code=307");
    if (exchange(req, L"Content-Type: text/plain", keep, 7)) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "307 followed: %u", status_of(req));
        Body b = read_body(req);
        CHECK(json_has(b.data, "method", "\"POST\"") && json_has(b.data, "data", "\"keep=me\""),
              "307: POST with its body: %.*s", BODY_SEEN, b.data);
        free(b.data);
    }
    WinHttpCloseHandle(req);
}

/* A session with one DWORD option set. */
static HINTERNET session_with(DWORD option, DWORD value) {
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    CHECK_OK(WinHttpSetOption(ses, option, &value, sizeof value));
    return ses;
}

/* The policy set on the session is the requests' (the option is inherited). */
static void test_session_redirect_policy(void) {
    HINTERNET ses = session_with(WINHTTP_OPTION_REDIRECT_POLICY, WINHTTP_OPTION_REDIRECT_POLICY_NEVER);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    HINTERNET req = open_request(con, L"GET", L"/redirect/1");
    if (exchange(req, NULL, NULL, 0)) CHECK(status_of(req) == HTTP_STATUS_REDIRECT, "session NEVER: %u", status_of(req));
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* ---- cookies: kept per session, sent back, WINHTTP_DISABLE_COOKIES ---- */

static void test_cookies(void) {
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    DWORD status;
    /* /cookies/set answers Set-Cookie and a redirect to /cookies, which
     * already carries the cookie. */
    Body b = fetch(con, L"GET", L"/cookies/set?a=1", &status);
    CHECK(status == HTTP_STATUS_OK && json_has(b.data, "a", "\"1\""), "set and redirected: %u %.*s", status, BODY_SEEN,
          b.data);
    free(b.data);
    b = fetch(con, L"GET", L"/cookies", &status);
    CHECK(status == HTTP_STATUS_OK && json_has(b.data, "a", "\"1\""), "the next request sends it: %.*s", BODY_SEEN,
          b.data);
    free(b.data);

    HINTERNET req = open_request(con, L"GET", L"/cookies");
    DWORD disable = WINHTTP_DISABLE_COOKIES;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_DISABLE_FEATURE, &disable, sizeof disable));
    if (exchange(req, NULL, NULL, 0)) {
        b = read_body(req);
        CHECK(!json_has(b.data, "a", "\"1\""), "DISABLE_COOKIES sends none: %.*s", BODY_SEEN, b.data);
        free(b.data);
    }
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(con);

    /* Another session has its own cookies; with DISABLE_COOKIES a Set-Cookie
     * is not kept. */
    HINTERNET other = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    con = WinHttpConnect(other, L"127.0.0.1", port, 0);
    b = fetch(con, L"GET", L"/cookies", &status);
    CHECK(status == HTTP_STATUS_OK && !json_has(b.data, "a", "\"1\""), "no cookie in another session: %.*s", BODY_SEEN,
          b.data);
    free(b.data);
    req = open_request(con, L"GET", L"/cookies/set?b=2");
    DWORD policy = WINHTTP_OPTION_REDIRECT_POLICY_NEVER;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_DISABLE_FEATURE, &disable, sizeof disable));
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_REDIRECT_POLICY, &policy, sizeof policy));
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_REDIRECT, "/cookies/set not followed: %u", status_of(req));
        CHECK(strstr(header_of(req, WINHTTP_QUERY_SET_COOKIE, WINHTTP_HEADER_NAME_BY_INDEX), "b=2") != NULL,
              "Set-Cookie still readable: %s", header_of(req, WINHTTP_QUERY_SET_COOKIE, WINHTTP_HEADER_NAME_BY_INDEX));
    }
    WinHttpCloseHandle(req);
    b = fetch(con, L"GET", L"/cookies", &status);
    CHECK(status == HTTP_STATUS_OK && !json_has(b.data, "b", "\"2\""), "a cookie refused is not kept: %.*s", BODY_SEEN,
          b.data);
    free(b.data);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(other);
    WinHttpCloseHandle(ses);
}

/* ---- decompression (WINHTTP_OPTION_DECOMPRESSION) ---- */

static void test_decompression(HINTERNET con) {
    static const struct {
        LPCWSTR path;
        const char *flag;
        const char *encoding;
        unsigned char magic;
    } cases[] = {{L"/gzip", "gzipped", "gzip", 0x1f}, {L"/deflate", "deflated", "deflate", 0x78}};
    for (int i = 0; i < 2; i++) {
        HINTERNET req = open_request(con, L"GET", cases[i].path);
        DWORD flags = WINHTTP_DECOMPRESSION_FLAG_ALL;
        CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_DECOMPRESSION, &flags, sizeof flags));
        if (exchange(req, NULL, NULL, 0)) {
            Body b = read_body(req);
            CHECK(b.ok && json_has(b.data, cases[i].flag, "true"), "%s decoded: %.*s", cases[i].encoding, BODY_SEEN,
                  b.data);
            /* WinHTTP offers what it decodes (as .NET's WinHttpHandler relies on). */
            const char *offered = strstr(b.data, "\"Accept-Encoding\"");
            char value[80] = "";
            if (offered) snprintf(value, sizeof value, "%.*s", (int)strcspn(offered, "\n"), offered);
            CHECK(strstr(value, "gzip") && strstr(value, "deflate"), "%s: Accept-Encoding offered: %s",
                  cases[i].encoding, value);
            free(b.data);
        }
        WinHttpCloseHandle(req);

        /* Without the option the encoded bytes arrive as sent. */
        req = open_request(con, L"GET", cases[i].path);
        if (exchange(req, NULL, NULL, 0)) {
            const char *encoding = header_of(req, WINHTTP_QUERY_CONTENT_ENCODING, WINHTTP_HEADER_NAME_BY_INDEX);
            CHECK(!strcmp(encoding, cases[i].encoding), "Content-Encoding: %s", encoding);
            DWORD length = number_header(req, WINHTTP_QUERY_CONTENT_LENGTH);
            Body b = read_body(req);
            CHECK(b.ok && b.len == length && b.len > 2 && (unsigned char)b.data[0] == cases[i].magic,
                  "%s raw: %u bytes of %u, first %#x", cases[i].encoding, b.len, length,
                  b.len ? (unsigned char)b.data[0] : 0);
            free(b.data);
        }
        WinHttpCloseHandle(req);
    }
}

/* Set on the session, the option is every request's. */
static void test_session_decompression(void) {
    HINTERNET ses = session_with(WINHTTP_OPTION_DECOMPRESSION, WINHTTP_DECOMPRESSION_FLAG_ALL);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    DWORD status;
    Body b = fetch(con, L"GET", L"/gzip", &status);
    CHECK(status == HTTP_STATUS_OK && json_has(b.data, "gzipped", "true"), "session decompression: %.*s", BODY_SEEN,
          b.data);
    free(b.data);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

/* ---- Basic authentication (Wine's test_basic_authentication) ---- */

static void test_basic_auth(HINTERNET con) {
    HINTERNET req = open_request(con, L"GET", L"/basic-auth/u/p");
    if (!exchange(req, NULL, NULL, 0)) {
        WinHttpCloseHandle(req);
        return;
    }
    CHECK(status_of(req) == HTTP_STATUS_DENIED, "first answer: %u", status_of(req));
    DWORD supported = 0, first = 0, target = 0;
    CHECK_OK(WinHttpQueryAuthSchemes(req, &supported, &first, &target));
    CHECK(supported == WINHTTP_AUTH_SCHEME_BASIC && first == WINHTTP_AUTH_SCHEME_BASIC &&
              target == WINHTTP_AUTH_TARGET_SERVER,
          "schemes %#x first %#x target %#x", supported, first, target);
    Body b = read_body(req);
    free(b.data);

    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"wrong", NULL));
    if (exchange(req, NULL, NULL, 0)) CHECK(status_of(req) == HTTP_STATUS_DENIED, "wrong password: %u", status_of(req));
    b = read_body(req);
    free(b.data);

    CHECK_OK(WinHttpSetCredentials(req, WINHTTP_AUTH_TARGET_SERVER, WINHTTP_AUTH_SCHEME_BASIC, L"u", L"p", NULL));
    if (exchange(req, NULL, NULL, 0)) {
        CHECK(status_of(req) == HTTP_STATUS_OK, "with credentials: %u", status_of(req));
        b = read_body(req);
        CHECK(json_has(b.data, "authenticated", "true") && json_has(b.data, "user", "\"u\""), "authenticated: %.*s",
              BODY_SEEN, b.data);
        free(b.data);
    }
    WinHttpCloseHandle(req);
}

/* ---- asynchronous mode (Wine's notification.c test_async and redirect_test) ---- */

typedef struct {
    HANDLE completed; /* set by every completion and by HANDLE_CLOSING */
    DWORD status;     /* the last completion */
    DWORD thread;     /* the thread it came on */
    DWORD available;  /* DATA_AVAILABLE's count */
    DWORD read;       /* READ_COMPLETE's length */
    DWORD error;      /* REQUEST_ERROR's dwError */
    LONG redirects;
    char redirect_url[256];
} AsyncState;

static void CALLBACK async_callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID info, DWORD len) {
    AsyncState *state = (AsyncState *)context;
    (void)handle;
    if (!state) return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_REDIRECT:
        /* lpvStatusInformation is the new URL; the length counts characters. */
        InterlockedIncrement(&state->redirects);
        if (info) WideCharToMultiByte(CP_UTF8, 0, (LPCWSTR)info, -1, state->redirect_url, sizeof state->redirect_url, NULL, NULL);
        return;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE:
        state->available = info && len == sizeof(DWORD) ? *(DWORD *)info : 0xdeadbeef;
        break;
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        state->read = len;
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR:
        state->error = info ? ((WINHTTP_ASYNC_RESULT *)info)->dwError : 0xdeadbeef;
        break;
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
    case WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING:
        break;
    default:
        return;
    }
    state->status = status;
    state->thread = GetCurrentThreadId();
    SetEvent(state->completed);
}

/* Wait for the next completion (ten seconds at most, so a missing one fails
 * instead of hanging). */
static DWORD await_completion(AsyncState *state) {
    if (WaitForSingleObject(state->completed, 10000) != WAIT_OBJECT_0) return 0;
    return state->status;
}

/* Wine's test_async: a QueryDataAvailable or ReadData that completes at
 * once leaves ERROR_SUCCESS and has called back on the calling thread before
 * returning; one that pends leaves ERROR_IO_PENDING and calls back on
 * another thread. */
static int thread_agrees(DWORD error, DWORD callback_thread) {
    if (error == ERROR_SUCCESS) return callback_thread == GetCurrentThreadId();
    return error == ERROR_IO_PENDING && callback_thread != GetCurrentThreadId();
}

/* SendRequest, ReceiveResponse and the DATA_AVAILABLE / READ_COMPLETE loop
 * of the asynchronous sample; the body into `out`. */
static DWORD async_get(HINTERNET con, LPCWSTR path, AsyncState *state, Body *out) {
    HINTERNET req = WinHttpOpenRequest(con, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    DWORD status = 0;
    int data_thread_wrong = 0, read_thread_wrong = 0;
    char path_text[128];
    WideCharToMultiByte(CP_UTF8, 0, path, -1, path_text, sizeof path_text, NULL, NULL);
    out->data = calloc(1, 1);
    out->len = 0;
    out->ok = 0;
    CHECK(req != NULL, "async open request");
    if (!req) return 0;
    SetLastError(0xdeadbeef);
    CHECK(WinHttpSendRequest(req, L"X-Winsession-Test: async", (DWORD)-1L, WINHTTP_NO_REQUEST_DATA, 0, 0,
                             (DWORD_PTR)state) &&
              GetLastError() == ERROR_SUCCESS,
          "async SendRequest: %u", GetLastError());
    DWORD done = await_completion(state);
    CHECK(done == WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, "SENDREQUEST_COMPLETE: %#x", done);
    if (done == WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE) {
        CHECK(WinHttpReceiveResponse(req, NULL), "async ReceiveResponse: %u", GetLastError());
        done = await_completion(state);
        CHECK(done == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE, "HEADERS_AVAILABLE: %#x (error %u)", done, state->error);
    }
    if (done == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE) {
        status = status_of(req);
        for (int round = 0; round < 1000; round++) {
            SetLastError(0xdeadbeef);
            BOOL queried = WinHttpQueryDataAvailable(req, NULL);
            DWORD error = GetLastError();
            CHECK(queried && (error == ERROR_SUCCESS || error == ERROR_IO_PENDING), "async QueryDataAvailable: %u", error);
            if (!queried || await_completion(state) != WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE) {
                CHECK(0, "DATA_AVAILABLE: %#x (error %u)", state->status, state->error);
                break;
            }
            data_thread_wrong += !thread_agrees(error, state->thread);
            if (!state->available) {
                out->ok = 1;
                break;
            }
            DWORD want = state->available;
            char *grown = realloc(out->data, out->len + want + 1);
            if (!grown) break;
            out->data = grown;
            SetLastError(0xdeadbeef);
            BOOL read = WinHttpReadData(req, out->data + out->len, want, NULL);
            error = GetLastError();
            CHECK(read, "async ReadData: %u", error);
            if (!read || await_completion(state) != WINHTTP_CALLBACK_STATUS_READ_COMPLETE) {
                CHECK(0, "READ_COMPLETE: %#x (error %u)", state->status, state->error);
                break;
            }
            read_thread_wrong += !thread_agrees(error, state->thread);
            CHECK(state->read > 0 && state->read <= want, "READ_COMPLETE length %u of %u", state->read, want);
            out->len += state->read;
        }
        out->data[out->len] = 0;
        CHECK(!data_thread_wrong && !read_thread_wrong,
              "%s: completions on a thread the last error does not announce: %d DATA_AVAILABLE, %d READ_COMPLETE",
              path_text, data_thread_wrong, read_thread_wrong);
    }
    CHECK_OK(WinHttpCloseHandle(req));
    done = await_completion(state);
    CHECK(done == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, "HANDLE_CLOSING: %#x", done);
    return status;
}

static void test_async(void) {
    static AsyncState state;
    state.completed = CreateEventW(NULL, FALSE, FALSE, NULL);
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS,
                                WINHTTP_FLAG_ASYNC);
    CHECK(ses != NULL, "async session");
    CHECK(WinHttpSetStatusCallback(ses, async_callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) !=
              WINHTTP_INVALID_STATUS_CALLBACK,
          "async callback");
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    Body b;
    DWORD status = async_get(con, L"/get", &state, &b);
    CHECK(status == HTTP_STATUS_OK, "async GET: %u", status);
    CHECK(b.ok && json_has(b.data, "X-Winsession-Test", "\"async\""), "async body: %.*s", BODY_SEEN, b.data);
    free(b.data);

    /* A larger body comes in several DATA_AVAILABLE/READ_COMPLETE rounds. */
    status = async_get(con, L"/stream-bytes/102400?chunk_size=4096", &state, &b);
    CHECK(status == HTTP_STATUS_OK && b.ok && b.len == 102400, "async download: %u bytes", b.len);
    free(b.data);

    /* Redirects inside ReceiveResponse, each announced by REDIRECT. */
    state.redirects = 0;
    status = async_get(con, L"/redirect/2", &state, &b);
    CHECK(status == HTTP_STATUS_OK && b.ok, "async redirects followed: %u", status);
    CHECK(state.redirects == 2, "two REDIRECT notifications: %d", (int)state.redirects);
    size_t n = strlen(state.redirect_url);
    CHECK(n >= 4 && !strcmp(state.redirect_url + n - 4, "/get"), "the last REDIRECT names /get: %s", state.redirect_url);
    free(b.data);

    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
    CloseHandle(state.completed);
}

/* A callback that blocks holds back only its own handle: request A's
 * HEADERS_AVAILABLE starts request B and waits for B's HEADERS_AVAILABLE,
 * which other threads must deliver meanwhile (the pool's rule in
 * dlls/winhttp/src/runtime.rs: work a callback posts is looked at again
 * within a millisecond by another worker). */
typedef struct {
    HINTERNET a, b;
    HANDLE b_headers, a_done;
    DWORD waited, waited_ms;
} BlockState;

static void CALLBACK blocking_callback(HINTERNET handle, DWORD_PTR context, DWORD status, LPVOID info, DWORD len) {
    BlockState *st = (BlockState *)context;
    (void)info, (void)len;
    if (!st) return;
    if (handle == st->a && status == WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE) {
        WinHttpReceiveResponse(handle, NULL);
    } else if (handle == st->a && status == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE) {
        ULONGLONG start = GetTickCount64();
        if (WinHttpSendRequest(st->b, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, context))
            st->waited = WaitForSingleObject(st->b_headers, 5000);
        st->waited_ms = (DWORD)(GetTickCount64() - start);
        SetEvent(st->a_done);
    } else if (handle == st->b && status == WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE) {
        WinHttpReceiveResponse(handle, NULL);
    } else if (handle == st->b && status == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE) {
        SetEvent(st->b_headers);
    }
}

static void test_blocked_callback(void) {
    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS,
                                WINHTTP_FLAG_ASYNC);
    WinHttpSetStatusCallback(ses, blocking_callback, WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS, 0);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    /* Once while the pool is busy, once after it has been quiet a while. */
    for (int round = 0; round < 2; round++) {
        static BlockState st;
        memset(&st, 0, sizeof st);
        st.b_headers = CreateEventW(NULL, FALSE, FALSE, NULL);
        st.a_done = CreateEventW(NULL, FALSE, FALSE, NULL);
        if (round == 1) Sleep(500);
        st.a = WinHttpOpenRequest(con, L"GET", L"/get", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
        st.b = WinHttpOpenRequest(con, L"GET", L"/get", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
        CHECK(WinHttpSendRequest(st.a, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, (DWORD_PTR)&st),
              "blocked callback: SendRequest A: %u", GetLastError());
        CHECK(WaitForSingleObject(st.a_done, 10000) == WAIT_OBJECT_0, "round %d: A's callback returned", round);
        CHECK(st.waited == WAIT_OBJECT_0 && st.waited_ms < 1000,
              "round %d: B's headers came while A's callback blocked (wait %u after %u ms)", round, st.waited,
              st.waited_ms);
        WinHttpCloseHandle(st.a);
        WinHttpCloseHandle(st.b);
        Sleep(50); /* HANDLE_CLOSING is not waited for: the events outlive it */
        CloseHandle(st.b_headers);
        CloseHandle(st.a_done);
    }
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
}

int main(int argc, char **argv) {
    const char *root = argc > 1 ? argv[1] : ".";
    char script[512], args[512];
    snprintf(script, sizeof script, "%s/tests/peers/httpbin/serve.py", root);
    snprintf(args, sizeof args, "%s/target/pydeps 300", root);
    PyPeer peer;
    memset(&peer, 0, sizeof peer);
    int started = py_peer_run(&peer, script, args, "winhttp_http");
    if (started == 0) return check_summary("winhttp_http");
    CHECK(started == 1, "httpbin did not start: scripts/test.sh installs httpbin and gunicorn into target/pydeps");
    if (started != 1) return check_summary("winhttp_http");
    port = (INTERNET_PORT)peer.port;
    snprintf(base_url, sizeof base_url, "http://127.0.0.1:%u", port);

    HINTERNET ses = WinHttpOpen(AGENT, WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME, WINHTTP_NO_PROXY_BYPASS, 0);
    CHECK(ses != NULL, "WinHttpOpen: %u", GetLastError());
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", port, 0);
    CHECK(con != NULL, "WinHttpConnect: %u", GetLastError());
    test_rest_get(con);
    test_post_form(con);
    test_write_data(con);
    test_chunked_upload(con);
    test_downloads(con);
    test_no_body(con);
    test_redirects(con);
    test_decompression(con);
    test_basic_auth(con);
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
    test_keep_alive();
    test_connection_limit();
    test_session_redirect_policy();
    test_cookies();
    test_session_decompression();
    test_async();
    test_blocked_callback();
    py_peer_stop(&peer);
    return check_summary("winhttp_http");
}
