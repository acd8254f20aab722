/*
 * WinHTTP WebSocket in asynchronous mode (WINHTTP_FLAG_ASYNC): callback
 * order, threads and status-information lengths, as Windows showed them
 * in Wine's notification tests (winhttp/CONFORMANCE.md B3-B9).
 * Usage: winhttp_async PORT
 */
#include <winhttp.h>
#include "check.h"

#include <pthread.h>
#include <string.h>
#include <unistd.h>

#define MAX_EVENTS 256

struct event {
    HINTERNET handle;
    DWORD_PTR context;
    DWORD status;
    DWORD len;
    int on_main;
    WINHTTP_WEB_SOCKET_STATUS ws_status;
    WINHTTP_WEB_SOCKET_ASYNC_RESULT result;
    int info_null;
};

static struct event events[MAX_EVENTS];
static int nevents;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_t main_thread;

static void CALLBACK callback(HINTERNET h, DWORD_PTR ctx, DWORD status, LPVOID info, DWORD len) {
    pthread_mutex_lock(&lock);
    if (nevents < MAX_EVENTS) {
        struct event *e = &events[nevents++];
        memset(e, 0, sizeof *e);
        e->handle = h;
        e->context = ctx;
        e->status = status;
        e->len = len;
        e->on_main = pthread_equal(pthread_self(), main_thread);
        e->info_null = info == NULL;
        if (status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE || status == WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE)
            if (len == sizeof(WINHTTP_WEB_SOCKET_STATUS) && info) memcpy(&e->ws_status, info, sizeof e->ws_status);
        if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && len == sizeof(WINHTTP_WEB_SOCKET_ASYNC_RESULT) && info)
            memcpy(&e->result, info, sizeof e->result);
    }
    pthread_mutex_unlock(&lock);
}

static int count(void) {
    pthread_mutex_lock(&lock);
    int n = nevents;
    pthread_mutex_unlock(&lock);
    return n;
}

/* Wait until event number `index` exists, then return a copy. */
static struct event wait_event(int index, int seconds) {
    struct event e;
    memset(&e, 0, sizeof e);
    for (int i = 0; i < seconds * 100 && count() <= index; i++) usleep(10000);
    pthread_mutex_lock(&lock);
    if (nevents > index) e = events[index];
    pthread_mutex_unlock(&lock);
    return e;
}

static HINTERNET open_ws(HINTERNET connect, LPCWSTR path, DWORD_PTR ctx) {
    HINTERNET req = WinHttpOpenRequest(connect, L"GET", path, NULL, NULL, NULL, 0);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0));
    int mark = count();
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, ctx));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    /* As Windows code does: the upgrade after HEADERS_AVAILABLE. */
    for (int i = 0; i < 500; i++, usleep(10000)) {
        int found = 0;
        pthread_mutex_lock(&lock);
        for (int j = mark; j < nevents; j++) found |= events[j].status == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE;
        pthread_mutex_unlock(&lock);
        if (found) break;
    }
    SetLastError(0xdeadbeef);
    HINTERNET ws = WinHttpWebSocketCompleteUpgrade(req, ctx);
    CHECK(ws != NULL && GetLastError() == ERROR_SUCCESS, "CompleteUpgrade");
    WinHttpCloseHandle(req);
    return ws;
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    main_thread = pthread_self();
    INTERNET_PORT port = (INTERNET_PORT)atoi(argv[1]);
    HINTERNET session = WinHttpOpen(L"winsession-async", 0, NULL, NULL, WINHTTP_FLAG_ASYNC);
    CHECK(WinHttpSetStatusCallback(session, callback, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0) != WINHTTP_INVALID_STATUS_CALLBACK, "set callback");
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    struct event e = wait_event(0, 1);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_HANDLE_CREATED && e.handle == connect, "[55] connect's HANDLE_CREATED");

    /* [55] the HTTP part, in order, on the calling thread. */
    HINTERNET req = WinHttpOpenRequest(connect, L"GET", L"/", NULL, NULL, NULL, 0);
    DWORD_PTR ctx = 0x1234;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_CONTEXT_VALUE, &ctx, sizeof ctx));
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0));
    /* [17] an async SendRequest that cannot send returns TRUE and reports
     * REQUEST_ERROR; with a proper buffer the same request then works. */
    DWORD small = 15;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, &small, sizeof small));
    int before = count();
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, ctx));
    e = wait_event(before, 1);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && e.handle == req, "[17] REQUEST_ERROR: %#x", e.status);
    small = 32768;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, &small, sizeof small));
    before = count();
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, ctx));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    DWORD want[] = {WINHTTP_CALLBACK_STATUS_RESOLVING_NAME, WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
                    WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER, WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
                    WINHTTP_CALLBACK_STATUS_SENDING_REQUEST, WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
                    WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE, WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
                    WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        e = wait_event(before + (int)i, 2);
        CHECK(e.status == want[i] && e.handle == req && e.context == ctx, "HTTP event %zu: %#x, want %#x", i, e.status, want[i]);
    }
    before = count();
    HINTERNET ws = WinHttpWebSocketCompleteUpgrade(req, ctx);
    e = wait_event(before, 1);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_HANDLE_CREATED && e.handle == ws && e.on_main, "[6] HANDLE_CREATED for the websocket");
    before = count();
    CHECK_OK(WinHttpCloseHandle(req));
    e = wait_event(before, 1);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && e.handle == req, "[9] request closing");

    /* [29, 55, 56] Receive returns at once; out-parameters untouched;
     * READ_COMPLETE on a worker with an 8-byte status. */
    static BYTE buf[65536];
    DWORD n = 0xdeadbeef;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type = (WINHTTP_WEB_SOCKET_BUFFER_TYPE)0xdeadbeef;
    before = count();
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    CHECK(n == 0xdeadbeef && type == (WINHTTP_WEB_SOCKET_BUFFER_TYPE)0xdeadbeef, "[29] out-parameters written");
    e = wait_event(before, 5);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE && !e.on_main && e.len == 8 && e.handle == ws && e.context == ctx,
          "greeting READ_COMPLETE: %#x main %d len %u", e.status, e.on_main, e.len);
    CHECK(e.ws_status.eBufferType == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE && buf[0] == 'R', "greeting type %d", e.ws_status.eBufferType);

    /* [31] a second Receive while one is pending. */
    before = count();
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), ERROR_INVALID_OPERATION);
    /* [23] Send completes on the calling thread before returning. */
    static BYTE data[16384];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (BYTE)i;
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, data, 8192), NO_ERROR);
    e = wait_event(before, 0);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE && e.on_main && e.len == 8 && e.ws_status.dwBytesTransferred == 8192,
          "[23] WRITE_COMPLETE inline: %#x main %d", e.status, e.on_main);
    /* [24] a text fragment cannot interrupt it: no callback. */
    int mark = count();
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE, data, 1), ERROR_INVALID_PARAMETER);
    CHECK(count() == mark, "a callback for a refused send");
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, data + 8192, 8192), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, NULL, 0), NO_ERROR);
    /* [30] the echo arrives in pieces summing to 16384 bytes. */
    DWORD total = 0;
    int idx = before;
    for (;;) {
        e = wait_event(idx++, 5);
        if (e.status == WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE) continue;
        CHECK(e.status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE, "expected READ_COMPLETE, got %#x", e.status);
        if (e.status != WINHTTP_CALLBACK_STATUS_READ_COMPLETE) break;
        CHECK(memcmp(buf, data + total, e.ws_status.dwBytesTransferred) == 0, "echo bytes differ at %u", total);
        total += e.ws_status.dwBytesTransferred;
        if (e.ws_status.eBufferType == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE) break;
        CHECK_CODE(WinHttpWebSocketReceive(ws, buf, 4096, &n, &type), NO_ERROR);
    }
    CHECK(total == 16384, "[30] echo total %u", total);

    /* [34, 45] Close with a Receive pending: the receive is cancelled
     * inside the call, CLOSE_COMPLETE follows from a worker. */
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    before = count();
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, "bye", 3), NO_ERROR);
    e = wait_event(before, 0);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && e.len == sizeof(WINHTTP_WEB_SOCKET_ASYNC_RESULT) &&
              e.result.Operation == WINHTTP_WEB_SOCKET_RECEIVE_OPERATION && e.result.AsyncResult.dwResult == 0 &&
              e.result.AsyncResult.dwError == ERROR_WINHTTP_OPERATION_CANCELLED,
          "[34] cancelled receive: %#x op %d err %u", e.status, e.result.Operation, e.result.AsyncResult.dwError);
    e = wait_event(before + 1, 12);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE && !e.on_main && e.info_null && e.len == 0, "[45] CLOSE_COMPLETE: %#x", e.status);
    USHORT st = 0;
    DWORD rlen;
    BYTE reason[128];
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, sizeof reason, &rlen), NO_ERROR);
    CHECK(st == 1000, "close status %u", st);
    before = count();
    CHECK_OK(WinHttpCloseHandle(ws));
    e = wait_event(before, 2);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && e.handle == ws, "[55] HANDLE_CLOSING");
    usleep(200000);
    CHECK(count() == before + 1, "callbacks after HANDLE_CLOSING");

    /* [39, 32, 46] Shutdown completes inline; the server's close reads as
     * CLOSE_BUFFER_TYPE; then Close completes inside the call. */
    ws = open_ws(connect, L"/echo", 7);
    before = count();
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, "done", 4), NO_ERROR);
    e = wait_event(before, 0);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE && e.on_main, "[39] SHUTDOWN_COMPLETE inline: %#x", e.status);
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, NULL, 0), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, data, 1), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    e = wait_event(before + 1, 5);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_READ_COMPLETE && e.ws_status.eBufferType == WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE &&
              e.ws_status.dwBytesTransferred == 0, "[32] close frame read: %#x type %d", e.status, e.ws_status.eBufferType);
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), ERROR_INVALID_OPERATION);
    before = count();
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 0), NO_ERROR);
    e = wait_event(before, 0);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE && e.on_main && e.info_null && e.len == 0, "[46] CLOSE_COMPLETE inside Close: %#x", e.status);
    WinHttpCloseHandle(ws);

    /* [60] CloseHandle with a Receive pending: REQUEST_ERROR, then
     * HANDLE_CLOSING, then nothing. */
    ws = open_ws(connect, L"/echo", 8);
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    usleep(50000);
    before = count();
    CHECK_OK(WinHttpCloseHandle(ws));
    e = wait_event(before, 2);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && e.result.Operation == WINHTTP_WEB_SOCKET_RECEIVE_OPERATION &&
              e.result.AsyncResult.dwError == ERROR_WINHTTP_OPERATION_CANCELLED, "[60] cancelled receive: %#x", e.status);
    e = wait_event(before + 1, 2);
    CHECK(e.status == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING && e.handle == ws, "[60] HANDLE_CLOSING last: %#x", e.status);
    usleep(200000);
    CHECK(count() == before + 2, "callbacks after HANDLE_CLOSING");

    /* [58] ALL_COMPLETIONS does not include SHUTDOWN_COMPLETE. */
    ws = open_ws(connect, L"/echo", 9);
    WinHttpSetStatusCallback(ws, callback, WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS, 0);
    before = count();
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, NULL, 0), NO_ERROR);
    CHECK(count() == before, "[58] SHUTDOWN_COMPLETE passed the ALL_COMPLETIONS mask");
    WinHttpCloseHandle(ws);

    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    return check_summary("winhttp_async");
}
