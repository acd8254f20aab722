/*
 * WinHttpCrackUrl and WinHttpCreateUrl, written as Windows code would use
 * them, checked against what Windows answers (Microsoft's pages for the two
 * functions and URL_COMPONENTS, and the Windows results Wine's
 * dlls/winhttp/tests/url.c records). Needs no server.
 * Usage: winhttp_url
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>
#include <wchar.h>

/* Does the counted string (p, n) equal the terminated `want`? */
static int same(const WCHAR *p, DWORD n, const WCHAR *want) {
    return p && wide_len(want) == n && !memcmp(p, want, n * sizeof(WCHAR));
}

/* Every part wanted as a pointer into the caller's URL. */
static void want_pointers(URL_COMPONENTS *uc) {
    memset(uc, 0, sizeof *uc);
    uc->dwStructSize = sizeof *uc;
    uc->dwSchemeLength = uc->dwHostNameLength = uc->dwUserNameLength = (DWORD)-1;
    uc->dwPasswordLength = uc->dwUrlPathLength = uc->dwExtraInfoLength = (DWORD)-1;
}

struct buffers {
    WCHAR scheme[16], user[16], pass[16], host[48], path[96], extra[48];
};

/* Every part wanted in a buffer of its full size. */
static void want_buffers(URL_COMPONENTS *uc, struct buffers *b) {
    memset(uc, 0, sizeof *uc);
    memset(b, 0, sizeof *b);
    uc->dwStructSize = sizeof *uc;
    uc->lpszScheme = b->scheme;   uc->dwSchemeLength = ARRAYSIZE(b->scheme);
    uc->lpszUserName = b->user;   uc->dwUserNameLength = ARRAYSIZE(b->user);
    uc->lpszPassword = b->pass;   uc->dwPasswordLength = ARRAYSIZE(b->pass);
    uc->lpszHostName = b->host;   uc->dwHostNameLength = ARRAYSIZE(b->host);
    uc->lpszUrlPath = b->path;    uc->dwUrlPathLength = ARRAYSIZE(b->path);
    uc->lpszExtraInfo = b->extra; uc->dwExtraInfoLength = ARRAYSIZE(b->extra);
}

static void crack_into_pointers(void) {
    static const WCHAR url[] = L"http://alice:secret@example.org/files/index.html?page=2";
    URL_COMPONENTS uc;
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(url, 0, 0, &uc));
    CHECK(uc.nScheme == INTERNET_SCHEME_HTTP, "scheme %d", uc.nScheme);
    CHECK(uc.nPort == INTERNET_DEFAULT_HTTP_PORT, "port %u", uc.nPort);
    CHECK(uc.lpszScheme == url && uc.dwSchemeLength == 4, "scheme length %u", uc.dwSchemeLength);
    CHECK(uc.lpszUserName == url + 7 && uc.dwUserNameLength == 5, "user length %u", uc.dwUserNameLength);
    CHECK(uc.lpszPassword == url + 13 && uc.dwPasswordLength == 6, "password length %u", uc.dwPasswordLength);
    CHECK(uc.lpszHostName == url + 20 && uc.dwHostNameLength == 11, "host length %u", uc.dwHostNameLength);
    CHECK(uc.lpszUrlPath == url + 31 && uc.dwUrlPathLength == 17, "path length %u", uc.dwUrlPathLength);
    CHECK(uc.lpszExtraInfo == url + 48 && uc.dwExtraInfoLength == 7, "extra length %u", uc.dwExtraInfoLength);

    /* No user, no path: user and password NULL, path and extra empty at the end. */
    static const WCHAR bare[] = L"https://example.org";
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(bare, 0, 0, &uc));
    CHECK(uc.nScheme == INTERNET_SCHEME_HTTPS && uc.nPort == INTERNET_DEFAULT_HTTPS_PORT,
          "scheme %d port %u", uc.nScheme, uc.nPort);
    CHECK(uc.lpszUserName == NULL && uc.dwUserNameLength == 0, "user %p", (void *)uc.lpszUserName);
    CHECK(uc.lpszPassword == NULL && uc.dwPasswordLength == 0, "password %p", (void *)uc.lpszPassword);
    CHECK(uc.lpszUrlPath == bare + 19 && uc.dwUrlPathLength == 0, "path length %u", uc.dwUrlPathLength);
    CHECK(uc.lpszExtraInfo == bare + 19 && uc.dwExtraInfoLength == 0, "extra length %u", uc.dwExtraInfoLength);

    /* A trailing '?' is one unit of extra information; an '@' in the query is not a user. */
    static const WCHAR query[] = L"http://h.example/p?mail=a@b.c";
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(query, 0, 0, &uc));
    CHECK(uc.lpszUserName == NULL, "user found in the query");
    CHECK(same(uc.lpszHostName, uc.dwHostNameLength, L"h.example"), "host");
    CHECK(same(uc.lpszExtraInfo, uc.dwExtraInfoLength, L"?mail=a@b.c"), "extra");
    static const WCHAR lone[] = L"https://example.org/post?";
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(lone, 0, 0, &uc));
    CHECK(uc.lpszUrlPath == lone + 19 && uc.dwUrlPathLength == 5, "path length %u", uc.dwUrlPathLength);
    CHECK(uc.lpszExtraInfo == lone + 24 && uc.dwExtraInfoLength == 1, "extra length %u", uc.dwExtraInfoLength);

    /* Only a '/' ends the host: "winehq?" is the host, path and extra are empty. */
    static const WCHAR no_path[] = L"http://winehq?";
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(no_path, 0, 0, &uc));
    CHECK(uc.lpszUrlPath == no_path + 14 && uc.dwUrlPathLength == 0, "path length %u", uc.dwUrlPathLength);
    CHECK(uc.lpszExtraInfo == no_path + 14 && uc.dwExtraInfoLength == 0, "extra length %u", uc.dwExtraInfoLength);

    /* A part not wanted (NULL, 0) is left alone. */
    want_pointers(&uc);
    uc.dwSchemeLength = 0;
    CHECK_OK(WinHttpCrackUrl(url, 0, 0, &uc));
    CHECK(uc.lpszScheme == NULL && uc.dwSchemeLength == 0, "scheme was written");
    CHECK(uc.nScheme == INTERNET_SCHEME_HTTP, "nScheme %d", uc.nScheme);

    /* dwUrlLength counts the URL; what follows is not read. */
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(url, 31, 0, &uc));
    CHECK(same(uc.lpszHostName, uc.dwHostNameLength, L"example.org"), "host");
    CHECK(uc.lpszUrlPath == url + 31 && uc.dwUrlPathLength == 0, "path length %u", uc.dwUrlPathLength);
}

static void crack_into_buffers(void) {
    static const WCHAR url[] = L"http://alice:secret@example.org/files/index.html?page=2";
    URL_COMPONENTS uc;
    struct buffers b;
    want_buffers(&uc, &b);
    CHECK_OK(WinHttpCrackUrl(url, 0, 0, &uc));
    CHECK(uc.lpszScheme == b.scheme && !wcscmp(b.scheme, L"http") && uc.dwSchemeLength == 4, "scheme");
    CHECK(!wcscmp(b.user, L"alice") && uc.dwUserNameLength == 5, "user");
    CHECK(!wcscmp(b.pass, L"secret") && uc.dwPasswordLength == 6, "password");
    CHECK(!wcscmp(b.host, L"example.org") && uc.dwHostNameLength == 11, "host");
    CHECK(!wcscmp(b.path, L"/files/index.html") && uc.dwUrlPathLength == 17, "path");
    CHECK(!wcscmp(b.extra, L"?page=2") && uc.dwExtraInfoLength == 7, "extra");

    /* Short buffers get the size they need (NUL included); the rest are filled. */
    want_buffers(&uc, &b);
    uc.dwSchemeLength = 1;
    uc.dwHostNameLength = 11;
    SetLastError(0xdeadbeef);
    CHECK(!WinHttpCrackUrl(url, 0, 0, &uc), "short buffers succeeded");
    CHECK(GetLastError() == ERROR_INSUFFICIENT_BUFFER, "error %u", GetLastError());
    CHECK(uc.dwSchemeLength == 5 && uc.dwHostNameLength == 12, "needed %u and %u",
          uc.dwSchemeLength, uc.dwHostNameLength);
    CHECK(!wcscmp(b.path, L"/files/index.html") && uc.dwUrlPathLength == 17, "path");

    /* Without a place for the extra information the path keeps the query. */
    static const WCHAR wss[] = L"https://chat.example.com:8443/socket/v2?token=abc";
    WCHAR host[32], path[64];
    memset(&uc, 0, sizeof uc);
    uc.dwStructSize = sizeof uc;
    uc.lpszHostName = host; uc.dwHostNameLength = ARRAYSIZE(host);
    uc.lpszUrlPath = path;  uc.dwUrlPathLength = ARRAYSIZE(path);
    CHECK_OK(WinHttpCrackUrl(wss, 0, 0, &uc));
    CHECK(!wcscmp(host, L"chat.example.com") && uc.nPort == 8443, "host, port %u", uc.nPort);
    CHECK(!wcscmp(path, L"/socket/v2?token=abc") && uc.dwUrlPathLength == 20, "path length %u",
          uc.dwUrlPathLength);

    /* An IPv6 literal keeps its brackets; its colons are not the port's. */
    want_buffers(&uc, &b);
    CHECK_OK(WinHttpCrackUrl(L"http://[::1]:8080/", 0, 0, &uc));
    CHECK(!wcscmp(b.host, L"[::1]") && uc.nPort == 8080, "host, port %u", uc.nPort);
}

static void crack_errors(void) {
    URL_COMPONENTS uc;
    static const WCHAR *unrecognized[] = { L"", L"http", L"example.org", L"ftp://example.org/" };
    for (size_t i = 0; i < ARRAYSIZE(unrecognized); i++) {
        want_pointers(&uc);
        CHECK_FAILS(WinHttpCrackUrl(unrecognized[i], 0, 0, &uc), ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
    }
    static const WCHAR *invalid[] = { L"HTTP:example.org", L"http:/example.org", L"http://",
                                      L"http://h:65536/", L"http://h:8o/", L"http://[::1/" };
    for (size_t i = 0; i < ARRAYSIZE(invalid); i++) {
        want_pointers(&uc);
        CHECK_FAILS(WinHttpCrackUrl(invalid[i], 0, 0, &uc), ERROR_WINHTTP_INVALID_URL);
    }
    want_pointers(&uc);
    CHECK_FAILS(WinHttpCrackUrl(NULL, 0, 0, &uc), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpCrackUrl(L"http://h/", 0, 0, NULL), ERROR_INVALID_PARAMETER);
    uc.dwStructSize = 0;
    CHECK_FAILS(WinHttpCrackUrl(L"http://h/", 0, 0, &uc), ERROR_INVALID_PARAMETER);

    /* A buffer with length 0 is refused and nothing is written. */
    WCHAR scheme[8] = L"old";
    want_pointers(&uc);
    uc.lpszScheme = scheme;
    uc.dwSchemeLength = 0;
    CHECK_FAILS(WinHttpCrackUrl(L"http://h/", 0, 0, &uc), ERROR_INVALID_PARAMETER);
    CHECK(!wcscmp(scheme, L"old") && uc.nScheme == 0 && uc.nPort == 0, "written before failing");
    CHECK(uc.lpszHostName == NULL && uc.dwHostNameLength == (DWORD)-1, "host written");

    /* ICU_REJECT_USERPWD turns embedded credentials away. */
    want_pointers(&uc);
    CHECK_FAILS(WinHttpCrackUrl(L"http://u:p@h/", 0, ICU_REJECT_USERPWD, &uc), ERROR_WINHTTP_INVALID_URL);
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(L"http://h/", 0, ICU_REJECT_USERPWD, &uc));
}

static void crack_ports(void) {
    static const struct { const WCHAR *url; INTERNET_PORT port; } cases[] = {
        { L"http://h:42/x", 42 }, { L"http://h:0", 0 }, { L"http://h:", 80 },
        { L"http://h:/", 80 }, { L"https://h:80/", 80 }, { L"https://h", 443 },
        { L"http://h:65535", 65535 },
    };
    for (size_t i = 0; i < ARRAYSIZE(cases); i++) {
        URL_COMPONENTS uc;
        want_pointers(&uc);
        uc.nPort = 1;
        CHECK_OK(WinHttpCrackUrl(cases[i].url, 0, 0, &uc));
        CHECK(uc.nPort == cases[i].port, "case %zu: port %u, want %u", i, uc.nPort, cases[i].port);
    }
}

static void crack_decode_and_escape(void) {
    static const WCHAR url[] = L"http://h/a%20b%3Fc?q=%41%23";
    URL_COMPONENTS uc;
    struct buffers b;
    /* Decoding or escaping needs buffers for what it changes. */
    want_pointers(&uc);
    CHECK_FAILS(WinHttpCrackUrl(url, 0, ICU_DECODE, &uc), ERROR_INVALID_PARAMETER);
    want_pointers(&uc);
    CHECK_FAILS(WinHttpCrackUrl(url, 0, ICU_ESCAPE, &uc), ERROR_INVALID_PARAMETER);

    /* The URL is split first, so a decoded '?' stays in the path. */
    want_buffers(&uc, &b);
    CHECK_OK(WinHttpCrackUrl(url, 0, ICU_DECODE, &uc));
    CHECK(!wcscmp(b.path, L"/a b?c") && uc.dwUrlPathLength == 6, "path length %u", uc.dwUrlPathLength);
    CHECK(!wcscmp(b.extra, L"?q=A#") && uc.dwExtraInfoLength == 5, "extra length %u", uc.dwExtraInfoLength);

    /* ICU_ESCAPE escapes the path, not the host. */
    want_buffers(&uc, &b);
    CHECK_OK(WinHttpCrackUrl(L"http://a b/path with spaces", 0, ICU_ESCAPE | ICU_DECODE, &uc));
    CHECK(!wcscmp(b.host, L"a b"), "host escaped");
    CHECK(!wcscmp(b.path, L"/path%20with%20spaces") && uc.dwUrlPathLength == 21, "path length %u",
          uc.dwUrlPathLength);
}

/* The components every CreateUrl case starts from. */
static void sample(URL_COMPONENTS *uc) {
    memset(uc, 0, sizeof *uc);
    uc->dwStructSize = sizeof *uc;
    uc->lpszScheme = (LPWSTR)L"http";
    uc->nScheme = INTERNET_SCHEME_HTTP;
    uc->lpszHostName = (LPWSTR)L"www.example.org";
    uc->nPort = INTERNET_DEFAULT_HTTP_PORT;
    uc->lpszUserName = (LPWSTR)L"alice";
    uc->lpszPassword = (LPWSTR)L"secret";
    uc->lpszUrlPath = (LPWSTR)L"/site/about";
    uc->lpszExtraInfo = (LPWSTR)L"?query";
}

/* Create into a large buffer; NULL on failure. */
static const WCHAR *create(URL_COMPONENTS *uc, DWORD flags) {
    static WCHAR url[512];
    DWORD len = ARRAYSIZE(url);
    url[0] = 0;
    SetLastError(0xdeadbeef);
    if (!WinHttpCreateUrl(uc, flags, url, &len)) return NULL;
    CHECK(GetLastError() == ERROR_SUCCESS, "error %u after success", GetLastError());
    CHECK(len == wide_len(url), "length %u for %zu units", len, wide_len(url));
    return url;
}

static void create_urls(void) {
    static const WCHAR full[] = L"http://alice:secret@www.example.org/site/about?query";
    URL_COMPONENTS uc;
    const WCHAR *url;

    sample(&uc);
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, full), "full URL");
    /* Lengths count the strings when nonzero. */
    uc.lpszUserName = (LPWSTR)L"alice-and-more";
    uc.dwUserNameLength = 5;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, full), "counted user name");
    /* Without a scheme name nScheme gives it, 0 meaning HTTP. */
    sample(&uc);
    uc.lpszScheme = NULL;
    uc.nScheme = 0;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, full), "nScheme 0");
    uc.nScheme = INTERNET_SCHEME_HTTPS;
    uc.nPort = INTERNET_DEFAULT_HTTPS_PORT;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"https://alice:secret@www.example.org/site/about?query"), "https");
    /* The name wins over nScheme; only http and https have ports left out. */
    sample(&uc);
    uc.lpszScheme = (LPWSTR)L"ftp";
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"ftp://alice:secret@www.example.org:80/site/about?query"), "ftp");
    sample(&uc);
    uc.nPort = 42;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://alice:secret@www.example.org:42/site/about?query"), "port 42");
    sample(&uc);
    uc.lpszScheme = NULL;
    uc.nScheme = 0;
    uc.nPort = 0;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://alice:secret@www.example.org:0/site/about?query"), "port 0");

    /* User names and passwords. */
    sample(&uc);
    uc.lpszPassword = (LPWSTR)L"";
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://alice:@www.example.org/site/about?query"), "empty password");
    uc.lpszPassword = NULL;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://alice@www.example.org/site/about?query"), "no password");
    uc.lpszUserName = NULL;
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://www.example.org/site/about?query"), "no user");
    uc.lpszUserName = (LPWSTR)L"";
    uc.lpszPassword = (LPWSTR)L"";
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://:@www.example.org/site/about?query"), "empty both");
    WCHAR buf[128];
    DWORD len = ARRAYSIZE(buf);
    sample(&uc);
    uc.lpszUserName = NULL;
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, buf, &len), ERROR_INVALID_PARAMETER);
    sample(&uc);
    CHECK_FAILS(WinHttpCreateUrl(&uc, ICU_REJECT_USERPWD, buf, &len), ERROR_WINHTTP_INVALID_URL);

    /* A path without its slash gets one after the host; an IPv6 host gets brackets. */
    memset(&uc, 0, sizeof uc);
    uc.dwStructSize = sizeof uc;
    uc.lpszHostName = (LPWSTR)L"::1";
    uc.nPort = 8080;
    uc.lpszUrlPath = (LPWSTR)L"chat";
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://[::1]:8080/chat"), "IPv6 host");
}

static void create_lengths(void) {
    URL_COMPONENTS uc;
    WCHAR buf[128];
    DWORD len = (DWORD)-1;
    /* 48 units and the NUL. */
    const DWORD needed = wide_len(L"http://alice:secret@www.example.org/site/about?query") + 1;

    CHECK_FAILS(WinHttpCreateUrl(NULL, 0, NULL, &len), ERROR_INVALID_PARAMETER);
    CHECK(len == (DWORD)-1, "length changed to %u", len);
    memset(&uc, 0, sizeof uc);
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, NULL, &len), ERROR_INVALID_PARAMETER);
    CHECK(len == (DWORD)-1, "length changed to %u", len);
    sample(&uc);
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, NULL, NULL), ERROR_INVALID_PARAMETER);

    /* Asking the size: 0 with no buffer, or a buffer too short. */
    len = 0;
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, NULL, &len), ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == needed, "needed %u, want %u", len, needed);
    len = needed - 1;
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, buf, &len), ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == needed, "needed %u, want %u", len, needed);
    /* Room claimed but no buffer. */
    len = 256;
    CHECK_FAILS(WinHttpCreateUrl(&uc, 0, NULL, &len), ERROR_INVALID_PARAMETER);
    CHECK(len == 256, "length changed to %u", len);
    /* Exactly enough. */
    len = needed;
    CHECK_OK(WinHttpCreateUrl(&uc, 0, buf, &len));
    CHECK(len == needed - 1 && wide_len(buf) == needed - 1, "length %u", len);
}

static void create_escaped(void) {
    URL_COMPONENTS uc;
    const WCHAR *url;
    sample(&uc);
    uc.lpszExtraInfo = (LPWSTR)L" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    url = create(&uc, ICU_ESCAPE);
    CHECK(url && !wcscmp(url, L"http://alice:secret@www.example.org/site/about"
                              L"%20!%22%23$%25&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D%7E"),
          "escaped punctuation");
    /* Without ICU_ESCAPE nothing changes. */
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http://alice:secret@www.example.org/site/about"
                              L" !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"), "unescaped punctuation");

    /* Controls in the extra information or the path, with no host. */
    memset(&uc, 0, sizeof uc);
    uc.dwStructSize = sizeof uc;
    uc.lpszExtraInfo = (LPWSTR)L"\r\x1f \n\x7f\r\n";
    url = create(&uc, ICU_ESCAPE);
    CHECK(url && !wcscmp(url, L"http://%0D%1F%20%0A%7F%0D%0A"), "escaped controls");
    uc.lpszUrlPath = uc.lpszExtraInfo;
    uc.lpszExtraInfo = NULL;
    url = create(&uc, ICU_ESCAPE);
    CHECK(url && !wcscmp(url, L"http://%0D%1F%20%0A%7F%0D%0A"), "escaped path");

    /* Non-ASCII: kept as is, or escaped as UTF-8 (the ANSI code page here). */
    uc.lpszUrlPath = (LPWSTR)L"/text=\xfb00";
    url = create(&uc, 0);
    CHECK(url && !wcscmp(url, L"http:///text=\xfb00"), "unicode path");
    url = create(&uc, ICU_ESCAPE);
    CHECK(url && !wcscmp(url, L"http:///text=%EF%AC%80"), "escaped unicode path");
}

/* What a WebSocket client does: crack a URL, connect to its parts, rebuild it. */
static void round_trip(void) {
    static const WCHAR original[] = L"https://echo.example.net:9443/ws/chat?room=7";
    WCHAR rebuilt[128];
    DWORD len = ARRAYSIZE(rebuilt);
    URL_COMPONENTS uc;
    want_pointers(&uc);
    CHECK_OK(WinHttpCrackUrl(original, 0, 0, &uc));
    uc.lpszScheme = NULL; /* nScheme from the crack */
    CHECK_OK(WinHttpCreateUrl(&uc, 0, rebuilt, &len));
    CHECK(!wcscmp(rebuilt, original) && len == wide_len(original), "round trip, length %u", len);
}

int main(void) {
    crack_into_pointers();
    crack_into_buffers();
    crack_errors();
    crack_ports();
    crack_decode_and_escape();
    create_urls();
    create_lengths();
    create_escaped();
    round_trip();
    return check_summary("winhttp_url");
}
