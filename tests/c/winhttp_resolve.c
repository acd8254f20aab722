/*
 * WinHttpSetTimeouts' resolve timeout, against a name server that never
 * answers (tests/winhttp-peers.sh runs this in a private mount namespace
 * whose /etc/resolv.conf names a silent server on 127.0.0.2).
 * Sync: SendRequest fails with ERROR_WINHTTP_TIMEOUT once the resolve
 * timeout passes, long before the resolver gives up. Async: SendRequest
 * returns at once; RESOLVING_NAME, then REQUEST_ERROR {API_SEND_REQUEST,
 * ERROR_WINHTTP_TIMEOUT} from a worker, no NAME_RESOLVED; HANDLE_CLOSING
 * last.
 * Usage: winhttp_resolve
 */
#include <winhttp.h>
#include "check.h"

#include <time.h>
#include <unistd.h>

#define NAME L"never.answers.winsession.test"
#define RESOLVE_MS 400

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static volatile LONG done;
static DWORD seen[8];
static volatile LONG count;
static WINHTTP_ASYNC_RESULT failure;

static void CALLBACK record(HINTERNET h, DWORD_PTR ctx, DWORD status, LPVOID info, DWORD len) {
    (void)h;
    (void)ctx;
    LONG i = __atomic_fetch_add(&count, 1, __ATOMIC_SEQ_CST);
    if (i < 8) seen[i] = status;
    if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && len == sizeof failure) failure = *(WINHTTP_ASYNC_RESULT *)info;
    if (status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING) __atomic_store_n(&done, 1, __ATOMIC_SEQ_CST);
}

int main(void) {
    /* Sync. */
    HINTERNET session = WinHttpOpen(L"winsession-resolve", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    CHECK_OK(WinHttpSetTimeouts(session, RESOLVE_MS, 5000, 5000, 5000));
    HINTERNET connect = WinHttpConnect(session, NAME, 80, 0);
    HINTERNET request = WinHttpOpenRequest(connect, L"GET", L"/", NULL, NULL, NULL, 0);
    double start = now();
    CHECK_FAILS(WinHttpSendRequest(request, NULL, 0, NULL, 0, 0, 0), ERROR_WINHTTP_TIMEOUT);
    double took = now() - start;
    CHECK(took >= RESOLVE_MS / 1000.0 - 0.05 && took < 1.5, "sync: failed after %.3f s, want about %.1f", took,
          RESOLVE_MS / 1000.0);
    WinHttpCloseHandle(request);
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);

    /* Async. */
    session = WinHttpOpen(L"winsession-resolve", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, WINHTTP_FLAG_ASYNC);
    CHECK_OK(WinHttpSetTimeouts(session, RESOLVE_MS, 5000, 5000, 5000));
    connect = WinHttpConnect(session, NAME, 80, 0);
    request = WinHttpOpenRequest(connect, L"GET", L"/", NULL, NULL, NULL, 0);
    WinHttpSetStatusCallback(request, record, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
    start = now();
    CHECK_OK(WinHttpSendRequest(request, NULL, 0, NULL, 0, 0, 0));
    CHECK(now() - start < 0.2, "async SendRequest took %.3f s", now() - start);
    while (__atomic_load_n(&count, __ATOMIC_SEQ_CST) < 2 && now() - start < 5) usleep(5000);
    took = now() - start;
    CHECK(count == 2 && seen[0] == WINHTTP_CALLBACK_STATUS_RESOLVING_NAME &&
              seen[1] == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
          "async: %ld notifications, %#x then %#x", (long)count, seen[0], seen[1]);
    CHECK(failure.dwResult == API_SEND_REQUEST && failure.dwError == ERROR_WINHTTP_TIMEOUT,
          "async: REQUEST_ERROR {%lu, %u}", (unsigned long)failure.dwResult, failure.dwError);
    CHECK(took >= RESOLVE_MS / 1000.0 - 0.05 && took < 1.5, "async: failed after %.3f s", took);
    CHECK_OK(WinHttpCloseHandle(request));
    while (!__atomic_load_n(&done, __ATOMIC_SEQ_CST) && now() - start < 5) usleep(5000);
    CHECK(count == 3 && seen[2] == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, "async: %ld notifications, last %#x",
          (long)count, seen[count > 0 && count <= 8 ? count - 1 : 0]);
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    return check_summary("winhttp_resolve");
}
