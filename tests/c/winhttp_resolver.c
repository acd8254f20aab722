/*
 * WinHTTP's asynchronous proxy resolver, written as Windows code:
 * WinHttpCreateProxyResolver on an asynchronous session, WinHttpGetProxyForUrlEx
 * (and Ex2) answering through the session's status callback on another thread,
 * WinHttpGetProxyResult(Ex) and WinHttpFreeProxyResult(Ex), WinHttpResetAutoProxy
 * and closing the resolver. Without PAC or WPAD the answer is the static
 * configuration when WINHTTP_AUTOPROXY_ALLOW_STATIC allows it; on Linux that
 * comes from the http_proxy / https_proxy / no_proxy environment, which the
 * program sets before each question. Error codes are those of Microsoft's pages
 * (WinHttpCreateProxyResolver, WinHttpGetProxyForUrlEx, WinHttpGetProxyResult,
 * WinHttpResetAutoProxy). Every result is freed, so valgrind sees no leak.
 * Usage: winhttp_resolver
 */
#include <windows.h>
#include <winhttp.h>
#include "check.h"

#include <string.h>

#define MAX_NOTES 64

struct note {
    HINTERNET handle;
    DWORD_PTR context;
    DWORD status;
    DWORD thread;
    int info_null;
    DWORD len;
    WINHTTP_ASYNC_RESULT result;
};

static CRITICAL_SECTION lock;
static struct note notes[MAX_NOTES];
static int nnotes;
static HANDLE arrived;

static void CALLBACK callback(HINTERNET h, DWORD_PTR ctx, DWORD status, LPVOID info, DWORD len) {
    EnterCriticalSection(&lock);
    if (nnotes < MAX_NOTES) {
        struct note *n = &notes[nnotes++];
        memset(n, 0, sizeof *n);
        n->handle = h;
        n->context = ctx;
        n->status = status;
        n->thread = GetCurrentThreadId();
        n->info_null = info == NULL;
        n->len = len;
        if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && info && len == sizeof(WINHTTP_ASYNC_RESULT))
            memcpy(&n->result, info, sizeof n->result);
    }
    LeaveCriticalSection(&lock);
    SetEvent(arrived);
}

/* Wait up to five seconds for notification number `index`; a zeroed note if it
   never comes. */
static struct note wait_note(int index) {
    struct note n;
    memset(&n, 0, sizeof n);
    for (int i = 0; i < 50; i++) {
        EnterCriticalSection(&lock);
        int have = nnotes > index;
        if (have) n = notes[index];
        LeaveCriticalSection(&lock);
        if (have) break;
        WaitForSingleObject(arrived, 100);
    }
    return n;
}

static int note_count(void) {
    EnterCriticalSection(&lock);
    int n = nnotes;
    LeaveCriticalSection(&lock);
    return n;
}

static void clear_environment(void) {
    static const char *const names[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                        "all_proxy",  "ALL_PROXY",  "no_proxy",    "NO_PROXY"};
    for (size_t i = 0; i < ARRAYSIZE(names); i++) unsetenv(names[i]);
}

static int wide_is(const WCHAR *got, const WCHAR *want) {
    if (!got || !want) return got == want;
    return wide_len(got) == wide_len(want) && !memcmp(got, want, wide_len(want) * sizeof(WCHAR));
}

static const WINHTTP_AUTOPROXY_OPTIONS static_options = {
    WINHTTP_AUTOPROXY_AUTO_DETECT | WINHTTP_AUTOPROXY_ALLOW_STATIC,
    WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A, NULL, NULL, 0, FALSE};

static void test_arguments(void) {
    HINTERNET resolver = (HINTERNET)0xdeadbeef, sync, ses, con;
    WINHTTP_AUTOPROXY_OPTIONS options = static_options;
    WINHTTP_PROXY_RESULT result = {0, NULL};
    BYTE selection[4] = {0};

    sync = WinHttpOpen(L"winetest", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    ses = WinHttpOpen(L"winetest", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, WINHTTP_FLAG_ASYNC);
    CHECK(sync && ses, "sessions opened");
    con = WinHttpConnect(ses, L"localhost", 80, 0);
    CHECK(con != NULL, "connection opened");

    /* WinHttpCreateProxyResolver: NULL, another kind of handle, a
       synchronous session. */
    CHECK_CODE(WinHttpCreateProxyResolver(NULL, &resolver), ERROR_INVALID_HANDLE);
    CHECK_CODE(WinHttpCreateProxyResolver(con, &resolver), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpCreateProxyResolver(sync, &resolver), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK(resolver == (HINTERNET)0xdeadbeef, "no handle handed out on failure");
    CHECK_CODE(WinHttpCreateProxyResolver(ses, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpCreateProxyResolver(ses, &resolver), ERROR_SUCCESS);
    CHECK(resolver && resolver != (HINTERNET)0xdeadbeef, "a resolver handle");

    /* Nothing resolved yet. */
    CHECK_CODE(WinHttpGetProxyResult(resolver, &result), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    CHECK(result.cEntries == 0 && result.pEntries == NULL, "result untouched");
    CHECK_CODE(WinHttpGetProxyResult(ses, &result), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpGetProxyResult(NULL, &result), ERROR_INVALID_HANDLE);
    CHECK_CODE(WinHttpGetProxyResult(resolver, NULL), ERROR_INVALID_PARAMETER);

    /* WinHttpGetProxyForUrlEx checks everything before going asynchronous. */
    CHECK_CODE(WinHttpGetProxyForUrlEx(NULL, L"http://winehq.org", &options, 0), ERROR_INVALID_HANDLE);
    CHECK_CODE(WinHttpGetProxyForUrlEx(ses, L"http://winehq.org", &options, 0), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpGetProxyForUrlEx(con, L"http://winehq.org", &options, 0), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, NULL, &options, 0), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"", &options, 0), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"http://winehq.org", NULL, 0), ERROR_INVALID_PARAMETER);
    options.dwFlags = 0;
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"http://winehq.org", &options, 0), ERROR_INVALID_PARAMETER);
    options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
    options.dwAutoDetectFlags = 0;
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"http://winehq.org", &options, 0), ERROR_INVALID_PARAMETER);
    options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"http://winehq.org", &options, 0), ERROR_INVALID_PARAMETER);
    options = static_options;
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"http:", &options, 0), ERROR_WINHTTP_INVALID_URL);
    CHECK_CODE(WinHttpGetProxyForUrlEx(resolver, L"gopher://winehq.org", &options, 0),
               ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
    CHECK_CODE(WinHttpGetProxyForUrlEx2(resolver, L"http://winehq.org", &options, sizeof selection, NULL, 0),
               ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpGetProxyForUrlEx2(ses, L"http://winehq.org", &options, sizeof selection, selection, 0),
               ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    /* WinHttpResetAutoProxy: a session of either mode, the required
       WINHTTP_RESET_OUT_OF_PROC, no unknown flag. */
    CHECK_CODE(WinHttpResetAutoProxy(NULL, WINHTTP_RESET_ALL | WINHTTP_RESET_OUT_OF_PROC), ERROR_INVALID_HANDLE);
    CHECK_CODE(WinHttpResetAutoProxy(con, WINHTTP_RESET_ALL | WINHTTP_RESET_OUT_OF_PROC),
               ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpResetAutoProxy(resolver, WINHTTP_RESET_ALL | WINHTTP_RESET_OUT_OF_PROC),
               ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_CODE(WinHttpResetAutoProxy(ses, WINHTTP_RESET_ALL | WINHTTP_RESET_OUT_OF_PROC), ERROR_SUCCESS);
    CHECK_CODE(WinHttpResetAutoProxy(sync, WINHTTP_RESET_STATE | WINHTTP_RESET_OUT_OF_PROC), ERROR_SUCCESS);
    CHECK_CODE(WinHttpResetAutoProxy(ses, WINHTTP_RESET_ALL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpResetAutoProxy(ses, 0), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpResetAutoProxy(ses, 0x80000000 | WINHTTP_RESET_OUT_OF_PROC), ERROR_INVALID_PARAMETER);

    /* The result functions accept NULL. */
    WinHttpFreeProxyResult(NULL);
    WinHttpFreeProxyResultEx(NULL);

    CHECK_OK(WinHttpCloseHandle(resolver));
    CHECK_FAILS(WinHttpCloseHandle(resolver), ERROR_INVALID_HANDLE);
    CHECK_OK(WinHttpCloseHandle(con));
    CHECK_OK(WinHttpCloseHandle(ses));
    CHECK_OK(WinHttpCloseHandle(sync));
}

/* Ask for `url` and wait for the answer: the completion's note. */
static struct note ask(HINTERNET resolver, const WCHAR *url, const WINHTTP_AUTOPROXY_OPTIONS *options,
                       DWORD_PTR context) {
    int mark = note_count();
    DWORD err = WinHttpGetProxyForUrlEx(resolver, url, options, context);
    CHECK(err == ERROR_IO_PENDING, "WinHttpGetProxyForUrlEx: %u, want ERROR_IO_PENDING", err);
    struct note n = wait_note(mark);
    CHECK(n.handle == resolver, "the resolver's handle");
    CHECK(n.context == context, "the call's context: %#lx", (unsigned long)n.context);
    CHECK(n.thread != 0 && n.thread != GetCurrentThreadId(), "from another thread");
    return n;
}

/* The single entry of a completed question, checked and freed. */
static void check_entry(HINTERNET resolver, BOOL proxy, BOOL bypass, const WCHAR *host, WORD port) {
    WINHTTP_PROXY_RESULT result;
    memset(&result, 0xcc, sizeof result);
    CHECK_CODE(WinHttpGetProxyResult(resolver, &result), ERROR_SUCCESS);
    CHECK(result.cEntries == 1 && result.pEntries, "one entry: %u", result.cEntries);
    if (result.cEntries == 1 && result.pEntries) {
        const WINHTTP_PROXY_RESULT_ENTRY *e = &result.pEntries[0];
        CHECK(e->fProxy == proxy && e->fBypass == bypass, "fProxy %d fBypass %d", e->fProxy, e->fBypass);
        CHECK(wide_is(e->pwszProxy, host), "proxy host");
        CHECK(e->ProxyPort == port, "port %u", e->ProxyPort);
        CHECK(e->ProxyScheme == (proxy ? WINHTTP_INTERNET_SCHEME_HTTP : 0), "scheme %d", e->ProxyScheme);
    }
    WinHttpFreeProxyResult(&result);
    CHECK(result.cEntries == 0 && result.pEntries == NULL, "freed result emptied");
}

static void test_resolve(void) {
    HINTERNET ses, resolver = NULL;
    WINHTTP_AUTOPROXY_OPTIONS options = static_options;
    WINHTTP_PROXY_RESULT_EX result_ex;
    BYTE selection[4] = {1, 2, 3, 4};
    struct note n;

    ses = WinHttpOpen(L"winetest", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, WINHTTP_FLAG_ASYNC);
    CHECK(ses != NULL, "async session");
    /* The callback is set on the session before the resolver is created
       (WinHttpGetProxyForUrlEx's page); the resolver inherits it. */
    CHECK(WinHttpSetStatusCallback(ses, callback,
                                   WINHTTP_CALLBACK_FLAG_REQUEST_ERROR | WINHTTP_CALLBACK_FLAG_GETPROXYFORURL_COMPLETE |
                                       WINHTTP_CALLBACK_FLAG_HANDLES,
                                   0) == NULL,
          "no previous callback");
    int mark = note_count();
    CHECK_CODE(WinHttpCreateProxyResolver(ses, &resolver), ERROR_SUCCESS);
    n = wait_note(mark);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_HANDLE_CREATED && n.handle == resolver, "HANDLE_CREATED: %#x",
          n.status);

    /* A proxy per scheme and a bypass list in the environment. */
    clear_environment();
    setenv("http_proxy", "http://proxy.corp:3128/", 1);
    setenv("https_proxy", "http://secure.corp:8443", 1);
    setenv("no_proxy", ".internal", 1);

    n = ask(resolver, L"http://example.com/path?q=1", &options, 0x1234);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE, "complete: %#x", n.status);
    CHECK(n.info_null && n.len == 0, "no status information");
    check_entry(resolver, TRUE, FALSE, L"proxy.corp", 3128);
    /* The result can be asked for again; each copy is freed. */
    check_entry(resolver, TRUE, FALSE, L"proxy.corp", 3128);

    /* https takes its own proxy; the Ex forms. */
    int before = note_count();
    DWORD err = WinHttpGetProxyForUrlEx2(resolver, L"https://example.com/", &options, sizeof selection, selection, 7);
    CHECK(err == ERROR_IO_PENDING, "Ex2: %u", err);
    n = wait_note(before);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE && n.context == 7, "Ex2 complete: %#x",
          n.status);
    memset(&result_ex, 0xcc, sizeof result_ex);
    CHECK_CODE(WinHttpGetProxyResultEx(resolver, &result_ex), ERROR_SUCCESS);
    CHECK(result_ex.cEntries == 1 && result_ex.pEntries && result_ex.pEntries[0].fProxy &&
              wide_is(result_ex.pEntries[0].pwszProxy, L"secure.corp") && result_ex.pEntries[0].ProxyPort == 8443,
          "https proxy");
    CHECK(result_ex.hProxyDetectionHandle == NULL && result_ex.dwProxyInterfaceAffinity == 0, "nothing detected");
    WinHttpFreeProxyResultEx(&result_ex);
    CHECK(result_ex.cEntries == 0 && result_ex.pEntries == NULL, "freed result emptied");

    /* A host of the bypass list goes direct, marked bypassed. */
    n = ask(resolver, L"http://build.internal/", &options, 1);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE, "complete: %#x", n.status);
    check_entry(resolver, FALSE, TRUE, NULL, 0);

    /* No proxy configured: direct. */
    clear_environment();
    n = ask(resolver, L"http://example.com/", &options, 2);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE, "complete: %#x", n.status);
    check_entry(resolver, FALSE, FALSE, NULL, 0);

    /* Without ALLOW_STATIC nothing is found: REQUEST_ERROR, and no result. */
    options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
    n = ask(resolver, L"http://example.com/", &options, 3);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, "request error: %#x", n.status);
    CHECK(n.len == sizeof(WINHTTP_ASYNC_RESULT) && n.result.dwResult == API_GET_PROXY_FOR_URL &&
              n.result.dwError == ERROR_WINHTTP_AUTODETECTION_FAILED,
          "API_GET_PROXY_FOR_URL, AUTODETECTION_FAILED: %lu %u", (unsigned long)n.result.dwResult, n.result.dwError);
    WINHTTP_PROXY_RESULT result = {0, NULL};
    CHECK_CODE(WinHttpGetProxyResult(resolver, &result), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
    options.dwAutoDetectFlags = 0;
    options.lpszAutoConfigUrl = L"http://wpad/wpad.dat";
    n = ask(resolver, L"https://example.com/", &options, 4);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && n.result.dwError == ERROR_WINHTTP_AUTODETECTION_FAILED,
          "no PAC: %#x %u", n.status, n.result.dwError);

    /* Closing: HANDLE_CLOSING is the resolver's last notification. */
    mark = note_count();
    CHECK_OK(WinHttpCloseHandle(resolver));
    n = wait_note(mark);
    CHECK(n.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && n.handle == resolver, "HANDLE_CLOSING: %#x", n.status);

    /* Closing with a question in flight: it completes before the close, or
       ends cancelled; HANDLE_CLOSING comes last either way. */
    CHECK_CODE(WinHttpCreateProxyResolver(ses, &resolver), ERROR_SUCCESS);
    options = static_options;
    mark = note_count();
    err = WinHttpGetProxyForUrlEx(resolver, L"http://example.com/", &options, 5);
    CHECK(err == ERROR_IO_PENDING, "pending: %u", err);
    CHECK_OK(WinHttpCloseHandle(resolver));
    int closing = -1;
    for (int i = mark; i < mark + 3 && closing < 0; i++) {
        n = wait_note(i);
        if (n.handle != resolver) continue;
        if (n.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) closing = i;
        else if (n.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR)
            CHECK(n.result.dwError == ERROR_WINHTTP_OPERATION_CANCELLED, "cancelled: %u", n.result.dwError);
        else
            CHECK(n.status == WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE, "completion: %#x", n.status);
    }
    CHECK(closing >= 0, "HANDLE_CLOSING after the close");
    Sleep(100);
    CHECK(note_count() == closing + 1, "nothing after HANDLE_CLOSING");

    CHECK_OK(WinHttpCloseHandle(ses));
}

int main(void) {
    InitializeCriticalSection(&lock);
    arrived = CreateEventW(NULL, FALSE, FALSE, NULL);
    clear_environment();
    test_arguments();
    test_resolve();
    clear_environment();
    CloseHandle(arrived);
    DeleteCriticalSection(&lock);
    return check_summary("winhttp_resolver");
}
