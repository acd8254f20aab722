/*
 * The WinHTTP side of bench/http.sh, written as Windows code against the
 * SDK's winhttp.h (built with winsession-cc, linked -lwinhttp).
 * Usage: winhttp_bench sync PORT SECONDS        small GETs, one at a time
 *        winhttp_bench async PORT SECONDS N     small GETs, N chains in flight
 *        winhttp_bench download PORT            GET /big into a 1 MiB buffer
 * The server (nginx) serves /small (SMALL_SIZE bytes) and /big
 * (BIG_SIZE bytes). Prints one line: "requests N requests_per_s R" or
 * "bytes N mb_per_s R" (MB = 10^6 bytes). Any failure, a wrong status or
 * a wrong body length makes it print what failed and exit 1; a chain
 * that does not finish within a minute of the end exits 3 (a hang).
 */
#include <windows.h>
#include <winhttp.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SMALL_SIZE 100
#define BIG_SIZE (1ull << 30)
#define MAX_CHAINS 1024

static LARGE_INTEGER frequency;

static double now(void) {
    LARGE_INTEGER t;
    QueryPerformanceCounter(&t);
    return (double)t.QuadPart / (double)frequency.QuadPart;
}

static void die(const char *what) {
    printf("FAILED %s: error %lu\n", what, (unsigned long)GetLastError());
    exit(1);
}

static DWORD status_code(HINTERNET request) {
    DWORD code = 0, size = sizeof code;
    if (!WinHttpQueryHeaders(request, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX,
                             &code, &size, WINHTTP_NO_HEADER_INDEX))
        return 0;
    return code;
}

/* (a) One connect handle, a request after another, each body read with
 * the documented QueryDataAvailable/ReadData loop. */
static void run_sync(HINTERNET connect, double seconds) {
    BYTE buf[4096];
    long requests = 0;
    double start = now(), end = start + seconds, t;
    do {
        HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/small", NULL, WINHTTP_NO_REFERER,
                                               WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
        if (!request) die("WinHttpOpenRequest");
        if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
            die("WinHttpSendRequest");
        if (!WinHttpReceiveResponse(request, NULL)) die("WinHttpReceiveResponse");
        if (status_code(request) != 200) die("status");
        DWORD got = 0, available, read;
        for (;;) {
            if (!WinHttpQueryDataAvailable(request, &available)) die("WinHttpQueryDataAvailable");
            if (available == 0) break;
            if (!WinHttpReadData(request, buf, available < sizeof buf ? available : sizeof buf, &read))
                die("WinHttpReadData");
            got += read;
        }
        if (got != SMALL_SIZE) die("body length");
        WinHttpCloseHandle(request);
        requests++;
        t = now();
    } while (t < end);
    printf("requests %ld requests_per_s %.0f\n", requests, requests / (t - start));
}

/* (b) N request chains: each step is taken from the status callback, and
 * each finished request opens the next one on its chain. */
struct chain {
    HINTERNET request;
    DWORD got;
    BYTE buf[4096];
};

static HINTERNET async_connect;
static double async_end;
static volatile LONG completed, active, failures;

static void start_request(struct chain *c) {
    c->got = 0;
    c->request = WinHttpOpenRequest(async_connect, L"GET", L"/small", NULL, WINHTTP_NO_REFERER,
                                    WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    if (!c->request ||
        !WinHttpSendRequest(c->request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, (DWORD_PTR)c)) {
        printf("FAILED opening a request: error %lu\n", (unsigned long)GetLastError());
        InterlockedIncrement(&failures);
        if (c->request) WinHttpCloseHandle(c->request);
        InterlockedDecrement(&active);
    }
}

static void finish_request(struct chain *c, BOOL ok) {
    if (!ok) InterlockedIncrement(&failures);
    WinHttpCloseHandle(c->request);
    InterlockedIncrement(&completed);
    if (ok && failures == 0 && now() < async_end)
        start_request(c);
    else
        InterlockedDecrement(&active);
}

static void CALLBACK on_status(HINTERNET h, DWORD_PTR context, DWORD status, LPVOID info, DWORD length) {
    struct chain *c = (struct chain *)context;
    if (!c || h != c->request) return;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (!WinHttpReceiveResponse(h, NULL)) finish_request(c, FALSE);
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
        if (status_code(h) != 200 || !WinHttpQueryDataAvailable(h, NULL)) finish_request(c, FALSE);
        break;
    case WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE: {
        DWORD available = *(DWORD *)info;
        if (available == 0)
            finish_request(c, c->got == SMALL_SIZE);
        else if (!WinHttpReadData(h, c->buf, available < sizeof c->buf ? available : sizeof c->buf, NULL))
            finish_request(c, FALSE);
        break;
    }
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE:
        c->got += length;
        if (length == 0)
            finish_request(c, c->got == SMALL_SIZE);
        else if (!WinHttpQueryDataAvailable(h, NULL))
            finish_request(c, FALSE);
        break;
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        WINHTTP_ASYNC_RESULT *r = info;
        printf("FAILED REQUEST_ERROR api %lu error %lu\n", (unsigned long)r->dwResult, (unsigned long)r->dwError);
        finish_request(c, FALSE);
        break;
    }
    default:
        break;
    }
}

static void run_async(INTERNET_PORT port, double seconds, int n) {
    static struct chain chains[MAX_CHAINS];
    HINTERNET session = WinHttpOpen(L"winhttp_bench", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                    WINHTTP_NO_PROXY_BYPASS, WINHTTP_FLAG_ASYNC);
    if (!session) die("WinHttpOpen");
    if (WinHttpSetStatusCallback(session, on_status, WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS, 0) ==
        WINHTTP_INVALID_STATUS_CALLBACK)
        die("WinHttpSetStatusCallback");
    async_connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    if (!async_connect) die("WinHttpConnect");
    double start = now();
    async_end = start + seconds;
    active = n;
    for (int i = 0; i < n; i++) start_request(&chains[i]);
    while (active > 0 && now() < async_end + 60) Sleep(1);
    double elapsed = now() - start;
    if (active > 0) {
        printf("HUNG: %ld of %d chains unfinished a minute after the end (%ld requests done)\n", (long)active, n,
               (long)completed);
        exit(3);
    }
    if (failures) {
        printf("FAILED: %ld requests failed\n", (long)failures);
        exit(1);
    }
    printf("requests %ld requests_per_s %.0f\n", (long)completed, completed / elapsed);
    WinHttpCloseHandle(async_connect);
    WinHttpCloseHandle(session);
}

/* (c) One GET of the big file, ReadData in a loop into a 1 MiB buffer. */
static void run_download(HINTERNET connect) {
    static BYTE buf[1 << 20];
    unsigned long long total = 0;
    double start = now();
    HINTERNET request =
        WinHttpOpenRequest(connect, L"GET", L"/big", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    if (!request) die("WinHttpOpenRequest");
    if (!WinHttpSendRequest(request, WINHTTP_NO_ADDITIONAL_HEADERS, 0, WINHTTP_NO_REQUEST_DATA, 0, 0, 0))
        die("WinHttpSendRequest");
    if (!WinHttpReceiveResponse(request, NULL)) die("WinHttpReceiveResponse");
    if (status_code(request) != 200) die("status");
    DWORD read;
    do {
        if (!WinHttpReadData(request, buf, sizeof buf, &read)) die("WinHttpReadData");
        total += read;
    } while (read > 0);
    double elapsed = now() - start;
    WinHttpCloseHandle(request);
    if (total != BIG_SIZE) die("body length");
    printf("bytes %llu mb_per_s %.0f\n", total, total / 1e6 / elapsed);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s sync|async|download PORT [SECONDS [CHAINS]]\n", argv[0]);
        return 2;
    }
    QueryPerformanceFrequency(&frequency);
    INTERNET_PORT port = (INTERNET_PORT)atoi(argv[2]);
    double seconds = argc > 3 ? atof(argv[3]) : 3;
    if (strcmp(argv[1], "async") == 0) {
        int n = argc > 4 ? atoi(argv[4]) : 100;
        if (n < 1 || n > MAX_CHAINS) return 2;
        run_async(port, seconds, n);
        return 0;
    }
    HINTERNET session = WinHttpOpen(L"winhttp_bench", WINHTTP_ACCESS_TYPE_NO_PROXY, WINHTTP_NO_PROXY_NAME,
                                    WINHTTP_NO_PROXY_BYPASS, 0);
    if (!session) die("WinHttpOpen");
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    if (!connect) die("WinHttpConnect");
    if (strcmp(argv[1], "sync") == 0)
        run_sync(connect, seconds);
    else if (strcmp(argv[1], "download") == 0)
        run_download(connect);
    else
        return 2;
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    return 0;
}
