/*
 * Request headers and request paths, written as Windows code and checked
 * against what Windows answers (the ok() lines of Wine's
 * dlls/winhttp/tests/winhttp.c that run on Windows, and Microsoft's pages
 * for WinHttpAddRequestHeaders, WinHttpQueryHeaders(Ex) and
 * WinHttpOpenRequest). Everything up to WinHttpSendRequest needs no server.
 * Then, when python3 is there, a one-file echo server started here checks
 * that what the server receives is what WINHTTP_QUERY_RAW_HEADERS_CRLF
 * reported for the request, path escapes included.
 * Usage: winhttp_headers
 */
#include <winhttp.h>
#include "check.h"
#include "py_peer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static WCHAR buf[1024];

/* Compare a UTF-16 string with ASCII text, case included. */
static int wide_is(const WCHAR *got, const char *want) {
    size_t i = 0;
    for (; want[i]; i++)
        if (got[i] != (unsigned char)want[i]) return 0;
    return got[i] == 0;
}

/* Query a request header by name; the text, or NULL with the error kept. */
static const WCHAR *req_custom(HINTERNET req, const WCHAR *name, DWORD *index) {
    DWORD len = sizeof buf;
    if (!WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, name, buf, &len, index))
        return NULL;
    return buf;
}

/* The request's headers as WINHTTP_QUERY_RAW_HEADERS_CRLF gives them, in ASCII. */
static int raw_request(HINTERNET req, char *out, size_t room) {
    DWORD len = sizeof buf;
    if (!WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                             WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX))
        return 0;
    size_t n = len / sizeof(WCHAR);
    if (n + 1 > room) return 0;
    for (size_t i = 0; i < n; i++) out[i] = (char)buf[i];
    out[n] = 0;
    return 1;
}

/* The add/replace/coalesce rules, one name added again and again. */
static void test_modifiers(HINTERNET req) {
    DWORD index = 0, len, err;

    CHECK(!req_custom(req, L"Warning", &index), "no Warning yet");
    CHECK(GetLastError() == ERROR_WINHTTP_HEADER_NOT_FOUND, "error %u", GetLastError());
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning:first", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));

    index = 0;
    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"warning", buf,
                                 &len, &index));
    CHECK(wide_is(buf, "first") && len == 5 * sizeof(WCHAR) && index == 1, "len %u index %u", len, index);
    len = sizeof buf;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Warning", buf,
                                    &len, &index),
                ERROR_WINHTTP_HEADER_NOT_FOUND);

    /* Room for the text but not its terminator: the size with it, buffer untouched. */
    WCHAR guard[16];
    memset(guard, 0xab, sizeof guard);
    memcpy(buf, guard, sizeof guard);
    index = 0;
    len = 5 * sizeof(WCHAR);
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Warning", buf,
                                    &len, &index),
                ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == 6 * sizeof(WCHAR) && index == 0, "len %u index %u", len, index);
    CHECK(!memcmp(buf, guard, sizeof guard), "buffer untouched");

    /* A second header of the name; REPLACE drops the first and appends. */
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: second", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: third", (DWORD)-1, WINHTTP_ADDREQ_FLAG_REPLACE));
    index = 0;
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "second") && index == 1, "index 0 after replace");
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "third") && index == 2, "index 1 after replace");
    CHECK(!req_custom(req, L"Warning", &index), "only two");

    CHECK_FAILS(WinHttpAddRequestHeaders(req, L"Warning: fourth", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD_IF_NEW),
                ERROR_WINHTTP_HEADER_ALREADY_EXISTS);

    /* The coalescing flags merge into the first header of the name. */
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: fourth", (DWORD)-1, WINHTTP_ADDREQ_FLAG_COALESCE));
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: fifth", (DWORD)-1, WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA));
    CHECK_OK(
        WinHttpAddRequestHeaders(req, L"Warning: sixth", (DWORD)-1, WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON));
    index = 0;
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "second, fourth, fifth; sixth"), "coalesced");
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "third"), "second one untouched");

    /* ADD | REPLACE: replace the first. */
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: seventh", (DWORD)-1,
                                      WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE));
    index = 0;
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "third"), "third first now");
    CHECK(req_custom(req, L"Warning", &index) && wide_is(buf, "seventh"), "seventh last");

    /* REPLACE alone needs the header; an empty value removes it. */
    SetLastError(0xdeadbeef);
    CHECK(!WinHttpAddRequestHeaders(req, L"name: value", (DWORD)-1, WINHTTP_ADDREQ_FLAG_REPLACE), "replace absent");
    err = GetLastError();
    CHECK(err == ERROR_WINHTTP_HEADER_NOT_FOUND, "error %u", err);
    CHECK_OK(WinHttpAddRequestHeaders(req, L"name: value", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    index = 0;
    CHECK(req_custom(req, L"NAME", &index) && wide_is(buf, "value") && index == 1, "added");
    CHECK_OK(WinHttpAddRequestHeaders(req, L"name:", (DWORD)-1, WINHTTP_ADDREQ_FLAG_REPLACE));
    index = 0;
    CHECK(!req_custom(req, L"name", &index) && GetLastError() == ERROR_WINHTTP_HEADER_NOT_FOUND, "removed");
    /* No modifier at all adds. */
    CHECK_OK(WinHttpAddRequestHeaders(req, L"name: again", (DWORD)-1, 0));
    index = 0;
    CHECK(req_custom(req, L"name", &index) && wide_is(buf, "again"), "added with 0");
}

static void test_malformed(HINTERNET req) {
    static const WCHAR *const bad[] = {L":", L":b", L"cd", L" e :f", L"two words: x"};
    DWORD index;
    for (size_t i = 0; i < ARRAYSIZE(bad); i++)
        CHECK_FAILS(WinHttpAddRequestHeaders(req, bad[i], (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD),
                    ERROR_INVALID_PARAMETER);
    /* A bad line anywhere in the block: nothing of it is added. */
    CHECK_FAILS(WinHttpAddRequestHeaders(req, L"X-Before: 1\r\nno colon\r\n", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD),
                ERROR_INVALID_PARAMETER);
    index = 0;
    CHECK(!req_custom(req, L"X-Before", &index), "nothing added");

    CHECK_OK(WinHttpAddRequestHeaders(req, L"a:", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    DWORD len = sizeof buf;
    index = 0;
    memset(buf, 0xff, sizeof buf);
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"a", buf, &len,
                                 &index));
    CHECK(buf[0] == 0 && len == 0, "empty value, len %u", len);
    CHECK_OK(WinHttpAddRequestHeaders(req, L"field: value ", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    index = 0;
    CHECK(req_custom(req, L"field", &index) && (wide_is(buf, "value") || wide_is(buf, "value ")), "field");

    /* A zero length is an argument error; -1 reads to the terminator. */
    CHECK_FAILS(WinHttpAddRequestHeaders(req, L"Range: bytes=0-773\r\n", 0,
                                         WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE),
                ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Range: bytes=0-773\r\n", (DWORD)-1,
                                      WINHTTP_ADDREQ_FLAG_ADD | WINHTTP_ADDREQ_FLAG_REPLACE));
    len = sizeof buf;
    index = 0;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_RANGE | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, &index));
    CHECK(wide_is(buf, "bytes=0-773") && len == 11 * sizeof(WCHAR) && index == 1, "range len %u", len);
    CHECK_FAILS(WinHttpAddRequestHeaders(req, NULL, (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD), ERROR_INVALID_PARAMETER);
}

/* Several headers in one call, CRLF-separated, with a counted length. */
static void test_block(HINTERNET req) {
    static const WCHAR block[] = L"X-One: 1\r\nX-Two: 2\r\nX-Three: 3";
    DWORD index = 0;
    /* The length stops inside the third line: "X-Th" has no colon. */
    CHECK_FAILS(WinHttpAddRequestHeaders(req, block, 24, WINHTTP_ADDREQ_FLAG_ADD), ERROR_INVALID_PARAMETER);
    /* Up to the end of the second line. */
    CHECK_OK(WinHttpAddRequestHeaders(req, block, 20, WINHTTP_ADDREQ_FLAG_ADD));
    CHECK(req_custom(req, L"X-One", &index) && wide_is(buf, "1"), "one");
    index = 0;
    CHECK(req_custom(req, L"x-two", &index) && wide_is(buf, "2"), "two");
    index = 0;
    CHECK(!req_custom(req, L"X-Three", &index), "three is past the length");
    CHECK_FAILS(WinHttpAddRequestHeaders(req, block, (DWORD)wide_len(block), WINHTTP_ADDREQ_FLAG_ADD_IF_NEW),
                ERROR_WINHTTP_HEADER_ALREADY_EXISTS);
    index = 0;
    CHECK(!req_custom(req, L"X-Three", &index), "ADD_IF_NEW stopped at X-One");
}

/* Raw headers of a request not sent yet: the request line, the headers, the blank line. */
static void test_raw(HINTERNET req) {
    DWORD index = 0, len = sizeof buf, needed;

    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, NULL, &len, &index),
                ERROR_INSUFFICIENT_BUFFER);
    CHECK(len > 40 && index == 0, "needed %u", len);
    len = 10;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, NULL, &len, &index),
                ERROR_INSUFFICIENT_BUFFER);
    len = 0;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, NULL, &len, &index),
                ERROR_INSUFFICIENT_BUFFER);
    needed = len;
    len = sizeof buf;
    memset(buf, 0xff, sizeof buf);
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS_CRLF | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, &index));
    CHECK(len + sizeof(WCHAR) == needed && buf[len / 2] == 0 && len == wide_len(buf) * sizeof(WCHAR), "len %u",
          len);
    CHECK(wide_is(buf, "POST /posttest.php HTTP/1.1\r\nWarning: first\r\n\r\n"), "raw CRLF");
    CHECK(index == 0, "index untouched");

    len = 0;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, NULL, &len, &index),
                ERROR_INSUFFICIENT_BUFFER);
    needed = len;
    len = sizeof buf;
    memset(buf, 0xff, sizeof buf);
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_RAW_HEADERS | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, &index));
    CHECK(len + sizeof(WCHAR) == needed && buf[len / 2] == 0 && buf[len / 2 - 1] == 0, "double NUL, len %u", len);
    CHECK(wide_is(buf, "POST /posttest.php HTTP/1.1"), "first line");
    CHECK(index == 0, "index untouched");
}

/* Info levels, conversions and their buffer sizes on request headers. */
static void test_levels(HINTERNET con) {
    static const WCHAR *types[] = {L"text/html", L"image/*", NULL};
    HINTERNET req = WinHttpOpenRequest(con, L"PUT", L"/levels", NULL, L"http://referrer.example/", types, 0);
    CHECK(req != NULL, "open: %u", GetLastError());
    DWORD len, index, number;
    ULONGLONG number64;
    SYSTEMTIME st;

    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_ACCEPT | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(buf, "text/html, image/*"), "accept types");
    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_REFERER | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(buf, "http://referrer.example/"), "referer");

    CHECK_OK(WinHttpAddRequestHeaders(req,
                                      L"Content-Type: text/plain\r\nMax-Forwards: 10\r\n"
                                      L"If-Modified-Since: Mon, 28 Jul 2008 10:05:52 GMT\r\n",
                                      (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    len = 4;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX),
                ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == 11 * sizeof(WCHAR), "content type needs %u", len);
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(buf, "text/plain") && len == 10 * sizeof(WCHAR), "content type");

    number = 0;
    len = 2;
    CHECK_FAILS(WinHttpQueryHeaders(req,
                                    WINHTTP_QUERY_MAX_FORWARDS | WINHTTP_QUERY_FLAG_NUMBER |
                                        WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, &number, &len, WINHTTP_NO_HEADER_INDEX),
                ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == sizeof number, "number needs %u", len);
    CHECK_OK(WinHttpQueryHeaders(req,
                                 WINHTTP_QUERY_MAX_FORWARDS | WINHTTP_QUERY_FLAG_NUMBER |
                                     WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &number, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(number == 10 && len == sizeof number, "number %u len %u", number, len);
    len = sizeof number64;
    CHECK_OK(WinHttpQueryHeaders(req,
                                 WINHTTP_QUERY_MAX_FORWARDS | WINHTTP_QUERY_FLAG_NUMBER64 |
                                     WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &number64, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(number64 == 10 && len == sizeof number64, "number64 len %u", len);
    len = sizeof st;
    CHECK_OK(WinHttpQueryHeaders(req,
                                 WINHTTP_QUERY_IF_MODIFIED_SINCE | WINHTTP_QUERY_FLAG_SYSTEMTIME |
                                     WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &st, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(len == sizeof st && st.wYear == 2008 && st.wMonth == 7 && st.wDay == 28 && st.wHour == 10 &&
              st.wMinute == 5 && st.wSecond == 52,
          "systemtime");

    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_REQUEST_METHOD | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(wide_is(buf, "PUT"), "method");
    len = sizeof buf;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, WINHTTP_NO_HEADER_INDEX),
                ERROR_WINHTTP_HEADER_NOT_FOUND);
    len = sizeof buf;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONTENT_TYPE, WINHTTP_HEADER_NAME_BY_INDEX, buf, &len,
                                    WINHTTP_NO_HEADER_INDEX),
                ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONTENT_TYPE | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, buf, NULL, WINHTTP_NO_HEADER_INDEX),
                ERROR_INVALID_PARAMETER);

    /* Past the last header of a name: not found, index kept. */
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Via: a\r\nVia: b", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    index = 1;
    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_VIA | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                 WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, &index));
    CHECK(wide_is(buf, "b") && index == 2, "via index 1");
    len = sizeof buf;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_VIA | WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                    WINHTTP_HEADER_NAME_BY_INDEX, buf, &len, &index),
                ERROR_WINHTTP_HEADER_NOT_FOUND);
    CHECK(index == 2, "index kept");

    /* The Ex forms. */
    WINHTTP_EXTENDED_HEADER added[2] = {{{.pwszName = L"X-Ex"}, {.pwszValue = L"one"}},
                                        {{.pwszName = L"X-Ex"}, {.pwszValue = L"two"}}};
    CHECK_CODE(WinHttpAddRequestHeadersEx(req, WINHTTP_ADDREQ_FLAG_ADD, WINHTTP_EXTENDED_HEADER_FLAG_UNICODE, 0, 2,
                                          added),
               ERROR_SUCCESS);
    WINHTTP_EXTENDED_HEADER bad = {{.pwszName = L"bad name"}, {.pwszValue = L"x"}};
    CHECK_CODE(WinHttpAddRequestHeadersEx(req, WINHTTP_ADDREQ_FLAG_ADD, WINHTTP_EXTENDED_HEADER_FLAG_UNICODE, 0, 1,
                                          &bad),
               ERROR_INVALID_PARAMETER);
    WINHTTP_EXTENDED_HEADER narrow = {{.pszName = "X-Narrow"}, {.pszValue = "n"}};
    CHECK_CODE(WinHttpAddRequestHeadersEx(req, WINHTTP_ADDREQ_FLAG_ADD, 0, 0, 1, &narrow), ERROR_SUCCESS);
    index = 0;
    CHECK(req_custom(req, L"X-Narrow", &index) && wide_is(buf, "n"), "narrow added");

    static ULONGLONG block[256];
    WINHTTP_EXTENDED_HEADER *got = NULL;
    DWORD count = 0;
    WINHTTP_HEADER_NAME name = {.pwszName = L"x-ex"};
    len = 0;
    index = 1;
    CHECK_CODE(WinHttpQueryHeadersEx(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, 0, 0, &index,
                                     &name, NULL, &len, &got, &count),
               ERROR_INSUFFICIENT_BUFFER);
    CHECK(len > sizeof(WINHTTP_EXTENDED_HEADER) && len <= sizeof block, "ex needs %u", len);
    CHECK_CODE(WinHttpQueryHeadersEx(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, 0, 0, &index,
                                     &name, block, &len, &got, &count),
               ERROR_SUCCESS);
    CHECK(count == 1 && got && wide_is(got[0].pwszName, "X-Ex") && wide_is(got[0].pwszValue, "two") && index == 2,
          "ex by name");
    len = sizeof block;
    CHECK_CODE(WinHttpQueryHeadersEx(req, WINHTTP_QUERY_EX_ALL_HEADERS | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, 0, 0,
                                     NULL, NULL, block, &len, &got, &count),
               ERROR_SUCCESS);
    CHECK(count == 10 && wide_is(got[count - 1].pwszName, "X-Narrow") && wide_is(got[count - 1].pwszValue, "n"),
          "ex all: %u", count);
    len = sizeof block;
    CHECK_CODE(WinHttpQueryHeadersEx(req,
                                     WINHTTP_QUERY_MAX_FORWARDS | WINHTTP_QUERY_FLAG_NUMBER |
                                         WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                     0, 0, NULL, NULL, block, &len, &got, &count),
               ERROR_INVALID_PARAMETER);
    WINHTTP_HEADER_NAME wire = {.pszName = "Referer"};
    len = sizeof block;
    CHECK_CODE(WinHttpQueryHeadersEx(req,
                                     WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_WIRE_ENCODING |
                                         WINHTTP_QUERY_FLAG_REQUEST_HEADERS,
                                     0, 0, NULL, &wire, block, &len, &got, &count),
               ERROR_SUCCESS);
    CHECK(count == 1 && !strcmp(got[0].pszValue, "http://referrer.example/"), "wire encoding");

    CHECK_OK(WinHttpCloseHandle(req));
}

/* The request line for a path under each escaping flag. */
static int request_line_is(HINTERNET con, const WCHAR *path, DWORD flags, const char *want) {
    char raw[2048];
    HINTERNET req = WinHttpOpenRequest(con, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, flags);
    int ok = req && raw_request(req, raw, sizeof raw) && !strncmp(raw, want, strlen(want)) &&
             !strncmp(raw + strlen(want), " HTTP/1.1\r\n", 11);
    if (!ok) fprintf(stderr, "  got [%.200s]\n", req ? raw : "(no request)");
    if (req) WinHttpCloseHandle(req);
    return ok;
}

static void test_escapes(HINTERNET con) {
    static const WCHAR path[] = L"/esc\x1f\x7f< %p?\x1f\x7f !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /* The characters Wine's test_request_path_escapes records Windows escaping. */
    CHECK(request_line_is(con, path, 0,
                          "GET /esc%1F%7F%3C%20%p?%1F%7F%20!%22%23$%&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D~"),
          "default");
    CHECK(request_line_is(con, path, WINHTTP_FLAG_ESCAPE_PERCENT,
                          "GET /esc%1F%7F%3C%20%25p?%1F%7F%20!%22%23$%25&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D~"),
          "escape percent");
    CHECK(request_line_is(con, path, WINHTTP_FLAG_ESCAPE_DISABLE,
                          "GET /esc\x1f\x7f<%20%p?\x1f\x7f%20!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
          "escape disable");
    CHECK(request_line_is(con, path, WINHTTP_FLAG_ESCAPE_DISABLE_QUERY,
                          "GET /esc%1F%7F%3C%20%p?\x1f\x7f%20!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
          "escape disable query");
    CHECK(request_line_is(con, L"/q&text=one\x80\x7f~", 0, "GET /q&text=one%C2%80%7F~"), "non-ASCII");
    CHECK(request_line_is(con, L"/q&text=two\x80\x7f~", WINHTTP_FLAG_ESCAPE_DISABLE, "GET /q&text=two%C2%80\x7f~"),
          "non-ASCII, escape disable");
    /* With escaping off a trailing CR LF is left out, never sent raw. */
    CHECK(request_line_is(con, L"/q~\r\n", WINHTTP_FLAG_ESCAPE_DISABLE, "GET /q~"), "CR LF, escape disable");
    /* An object name without its leading slash gets one. */
    CHECK(request_line_is(con, L"big", 0, "GET /big"), "no leading slash");
    CHECK(request_line_is(con, L"/q&text=\x541b\x306e\x540d\x306f", 0,
                          "GET /q&text=%E5%90%9B%E3%81%AE%E5%90%8D%E3%81%AF"),
          "UTF-8");
    CHECK(request_line_is(con, NULL, 0, "GET /"), "default path");

    /* WINHTTP_FLAG_REFRESH adds the no-cache headers to the handle. */
    HINTERNET req = WinHttpOpenRequest(con, NULL, L"/", NULL, NULL, NULL, WINHTTP_FLAG_REFRESH);
    DWORD index = 0;
    CHECK(req && req_custom(req, L"Pragma", &index) && wide_is(buf, "no-cache"), "pragma");
    index = 0;
    CHECK(req && req_custom(req, L"Cache-Control", &index) && wide_is(buf, "no-cache"), "cache-control");
    WinHttpCloseHandle(req);
}

/* ---- against a server: what it receives is what the handle reported ---- */

static const char echo_server[] =
    "import socket, re, sys\n"
    "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(4)\n"
    "print(s.getsockname()[1], flush=True)\n"
    "for _ in range(int(sys.argv[1])):\n"
    "    c, _ = s.accept(); d = b''\n"
    "    while b'\\r\\n\\r\\n' not in d:\n"
    "        x = c.recv(65536)\n"
    "        if not x: break\n"
    "        d += x\n"
    "    head, _, rest = d.partition(b'\\r\\n\\r\\n')\n"
    "    m = re.search(rb'(?i)\\r\\ncontent-length: *(\\d+)', head)\n"
    "    while m and len(rest) < int(m.group(1)): rest += c.recv(65536)\n"
    "    body = head + b'\\r\\n\\r\\n' + rest\n"
    "    c.sendall(b'HTTP/1.1 200 OK\\r\\nX-Echo: a\\r\\nx-echo: b\\r\\n'\n"
    "              b'Date: Mon, 28 Jul 2008 10:05:52 GMT\\r\\nContent-Length: %d\\r\\n\\r\\n' % len(body) + body)\n"
    "    c.close()\n";

/* Send a request, read the echo, and compare it with the raw request headers. */
static void exchange(HINTERNET con, const WCHAR *verb, const WCHAR *path, DWORD flags, const char *body,
                     const char *line) {
    static char received[8192];
    char reported[4096];
    HINTERNET req = WinHttpOpenRequest(con, verb, path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, flags);
    CHECK(req != NULL, "open");
    CHECK_OK(WinHttpAddRequestHeaders(req, L"X-Multi: 1\r\nX-Multi: 2\r\nX-Merged: a", (DWORD)-1,
                                      WINHTTP_ADDREQ_FLAG_ADD));
    CHECK_OK(WinHttpAddRequestHeaders(req, L"X-Merged: b", (DWORD)-1, WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON));
    DWORD body_len = body ? (DWORD)strlen(body) : 0;
    CHECK_OK(WinHttpSendRequest(req, L"X-Sent: with-send", (DWORD)-1, (void *)body, body_len, body_len, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));

    size_t got = 0;
    DWORD n = 0;
    while (WinHttpReadData(req, received + got, (DWORD)(sizeof received - 1 - got), &n) && n) got += n;
    received[got] = 0;

    /* The request headers after the send are the ones the server got. */
    CHECK(raw_request(req, reported, sizeof reported), "raw request after send");
    size_t head = strlen(reported);
    CHECK(got == head + body_len && !memcmp(received, reported, head), "server got [%.300s]\nreported [%.300s]",
          received, reported);
    CHECK(!body || !strcmp(received + head, body), "body");
    CHECK(!strncmp(received, line, strlen(line)), "request line [%.100s]", received);
    CHECK(strstr(received, "\r\nX-Multi: 1\r\nX-Multi: 2\r\nX-Merged: a; b\r\nX-Sent: with-send\r\n") != NULL,
          "headers in order");
    CHECK(strstr(received, "\r\nHost: 127.0.0.1:") && strstr(received, "\r\nUser-Agent: headers test\r\n"),
          "host and agent");
    DWORD index = 0;
    CHECK(req_custom(req, L"User-Agent", &index) && wide_is(buf, "headers test"), "agent is a request header now");

    /* Response headers, by name and index, and converted. */
    DWORD status = 0, len = sizeof status;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &status, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(status == 200, "status %u", status);
    index = 1;
    len = sizeof buf;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, L"X-ECHO", buf, &len, &index));
    CHECK(wide_is(buf, "b") && index == 2, "second echo header");
    SYSTEMTIME st;
    len = sizeof st;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_DATE | WINHTTP_QUERY_FLAG_SYSTEMTIME,
                                 WINHTTP_HEADER_NAME_BY_INDEX, &st, &len, WINHTTP_NO_HEADER_INDEX));
    CHECK(st.wYear == 2008 && st.wDayOfWeek == 1, "date");
    CHECK_OK(WinHttpCloseHandle(req));
}

static void test_server(void) {
    PyPeer peer;
    /* Two connections, one per exchange below; then the server exits. */
    if (!py_peer_start(&peer, echo_server, "2", "winhttp_headers")) return;
    unsigned port = peer.port;
    HINTERNET ses = WinHttpOpen(L"headers test", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    HINTERNET con = WinHttpConnect(ses, L"127.0.0.1", (INTERNET_PORT)port, 0);
    CHECK(con != NULL, "connect");
    exchange(con, L"GET", L"/echo path?x=<1>&y=\x00e4", 0, NULL, "GET /echo%20path?x=%3C1%3E&y=%C3%A4 HTTP/1.1\r\n");
    exchange(con, L"POST", L"/form 100%", WINHTTP_FLAG_ESCAPE_PERCENT, "a=1&b=2", "POST /form%20100%25 HTTP/1.1\r\n");
    WinHttpCloseHandle(con);
    WinHttpCloseHandle(ses);
    py_peer_stop(&peer);
}

int main(void) {
    HINTERNET ses = WinHttpOpen(L"headers test", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    CHECK(ses != NULL, "WinHttpOpen: %u", GetLastError());
    HINTERNET con = WinHttpConnect(ses, L"test.example", INTERNET_DEFAULT_HTTP_PORT, 0);
    CHECK(con != NULL, "WinHttpConnect: %u", GetLastError());
    HINTERNET req = WinHttpOpenRequest(con, L"POST", L"/posttest.php", NULL, WINHTTP_NO_REFERER,
                                       WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "WinHttpOpenRequest: %u", GetLastError());

    CHECK_FAILS(WinHttpAddRequestHeaders(ses, L"A: b", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpAddRequestHeaders(NULL, L"A: b", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD), ERROR_INVALID_HANDLE);

    CHECK(!req_custom(req, L"Warning", NULL) && GetLastError() == ERROR_WINHTTP_HEADER_NOT_FOUND, "empty store");
    test_modifiers(req);
    CHECK_OK(WinHttpCloseHandle(req));

    req = WinHttpOpenRequest(con, L"POST", L"/posttest.php", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpAddRequestHeaders(req, L"Warning: first", (DWORD)-1, WINHTTP_ADDREQ_FLAG_ADD));
    test_raw(req);
    test_malformed(req);
    test_block(req);
    CHECK_OK(WinHttpCloseHandle(req));

    test_levels(con);
    test_escapes(con);
    CHECK_OK(WinHttpCloseHandle(con));
    CHECK_OK(WinHttpCloseHandle(ses));

    test_server();
    return check_summary("winhttp_headers");
}
