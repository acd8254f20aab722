/*
 * A server that breaks RFC 6455 (tests/peers/ws_rogue.py): each violation
 * fails Receive with ERROR_WINHTTP_INVALID_SERVER_RESPONSE after sending
 * the close status RFC 6455 asks for (1002, or 1007 for invalid UTF-8).
 * Pings are answered with their payload; a server that never answers the
 * close is given WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT, then dropped.
 * Usage: winhttp_rogue PORT
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>
#include <time.h>
#include <unistd.h>

static HINTERNET connect_h;

/* Callbacks for the async part: statuses after a mark, in order. */
static volatile int seen;
static DWORD statuses[8];
static int operation;
static DWORD error;
static volatile int headers_available;
static int async_mode;

static void CALLBACK record(HINTERNET h, DWORD_PTR ctx, DWORD status, LPVOID info, DWORD len) {
    (void)h;
    (void)ctx;
    if (status == WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE) {
        headers_available = 1;
        return;
    }
    if (seen < 8) statuses[seen] = status;
    if (status == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && len == sizeof(WINHTTP_WEB_SOCKET_ASYNC_RESULT)) {
        WINHTTP_WEB_SOCKET_ASYNC_RESULT *r = info;
        operation = r->Operation;
        error = r->AsyncResult.dwError;
    }
    seen++;
}

static HINTERNET open_ws(LPCWSTR path) {
    HINTERNET req = WinHttpOpenRequest(connect_h, L"GET", path, NULL, NULL, NULL, 0);
    WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0);
    headers_available = 0;
    BOOL ok = WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0) && WinHttpReceiveResponse(req, NULL);
    /* In async mode the upgrade waits for HEADERS_AVAILABLE, as Windows
     * code does; the synchronous session has no callback and is done. */
    for (int i = 0; ok && async_mode && !headers_available && i < 500; i++) usleep(10000);
    HINTERNET ws = ok ? WinHttpWebSocketCompleteUpgrade(req, 0) : NULL;
    CHECK(ws != NULL, "upgrade failed");
    WinHttpCloseHandle(req);
    return ws;
}

/* The close code the server saw from the previous connection. */
static void expect_report(const char *want, const char *what) {
    HINTERNET ws = open_ws(L"/report");
    char text[32] = {0};
    DWORD n = 0;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    DWORD rc = WinHttpWebSocketReceive(ws, text, sizeof text - 1, &n, &type);
    CHECK(rc == NO_ERROR && strcmp(text, want) == 0, "%s: the server saw close \"%s\", want \"%s\"", what, text, want);
    WinHttpWebSocketClose(ws, 1000, NULL, 0);
    WinHttpCloseHandle(ws);
}

static void violation(LPCWSTR path, const char *name, const char *close_code) {
    HINTERNET ws = open_ws(path);
    BYTE buf[256];
    DWORD n = 0, rc = 0;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    /* A split text message may hand out its valid first part first. */
    for (int i = 0; i < 4; i++) {
        rc = WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type);
        if (rc != NO_ERROR) break;
    }
    CHECK(rc == ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "%s: Receive gave %u", name, rc);
    /* The connection is gone: later calls fail, none crashes. */
    CHECK(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, buf, 1) != NO_ERROR, "%s: send after failure", name);
    WinHttpCloseHandle(ws);
    expect_report(close_code, name);
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    HINTERNET session = WinHttpOpen(L"winsession-rogue", 0, NULL, NULL, 0);
    connect_h = WinHttpConnect(session, L"127.0.0.1", (INTERNET_PORT)atoi(argv[1]), 0);

    violation(L"/masked", "masked server frame", "1002");
    violation(L"/bad-opcode", "unknown opcode", "1002");
    violation(L"/rsv", "reserved bits", "1002");
    violation(L"/close-len1", "close payload of 1 byte", "1002");
    violation(L"/close-code-1005", "close status 1005 on the wire", "1002");
    violation(L"/bad-utf8", "invalid UTF-8", "1007");
    violation(L"/bad-utf8-split", "invalid UTF-8 across fragments", "1007");
    violation(L"/big-ping", "126-byte ping", "1002");
    violation(L"/continuation-first", "continuation without a message", "1002");

    /* RFC 6455 5.5.3: the pong carries the ping's payload. */
    HINTERNET ws = open_ws(L"/ping");
    char text[32] = {0};
    DWORD n = 0;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    CHECK(WinHttpWebSocketReceive(ws, text, sizeof text - 1, &n, &type) == NO_ERROR && strcmp(text, "pong-ok") == 0,
          "ping answered badly: \"%s\"", text);
    CHECK(WinHttpWebSocketClose(ws, 1000, NULL, 0) == NO_ERROR, "close after ping");
    WinHttpCloseHandle(ws);

    /* A dropped connection mid-message: part of the data, then an error. */
    ws = open_ws(L"/drop-mid");
    BYTE buf[256];
    DWORD rc, total = 0;
    do {
        rc = WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type);
        if (rc == NO_ERROR) total += n;
    } while (rc == NO_ERROR && total < 100);
    CHECK(rc == ERROR_WINHTTP_INVALID_SERVER_RESPONSE && total == 10, "drop mid-message: %u after %u bytes", rc, total);
    WinHttpCloseHandle(ws);

    /* A server that never answers the close: Close waits the close timeout
     * (set to 1 s here), then drops the connection. */
    ws = open_ws(L"/no-close-reply");
    DWORD ms = 1000;
    CHECK_OK(WinHttpSetOption(ws, WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT, &ms, sizeof ms));
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    rc = WinHttpWebSocketClose(ws, 1000, "bye", 3);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double waited = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    CHECK(rc == NO_ERROR && waited >= 0.9 && waited < 5, "Close without an answer: %u after %.2f s", rc, waited);
    USHORT st;
    DWORD rlen;
    CHECK(WinHttpWebSocketQueryCloseStatus(ws, &st, NULL, 0, &rlen) == ERROR_INVALID_OPERATION, "a close status without a close frame");
    CHECK(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, buf, 1) == ERROR_INVALID_OPERATION, "send after close");
    WinHttpCloseHandle(ws);

    /* [47, 61] Async: CloseHandle while a Close waits for an answer that
     * never comes: REQUEST_ERROR (CLOSE, cancelled), then HANDLE_CLOSING,
     * and no CLOSE_COMPLETE. */
    HINTERNET async_session = WinHttpOpen(L"winsession-rogue-async", 0, NULL, NULL, WINHTTP_FLAG_ASYNC);
    WinHttpSetStatusCallback(async_session, record, WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS, 0);
    HINTERNET saved = connect_h;
    connect_h = WinHttpConnect(async_session, L"127.0.0.1", (INTERNET_PORT)atoi(argv[1]), 0);
    async_mode = 1;
    ws = open_ws(L"/no-close-reply");
    CHECK(WinHttpWebSocketClose(ws, 1000, NULL, 0) == NO_ERROR, "async close");
    usleep(100000);
    seen = 0;
    CHECK_OK(WinHttpCloseHandle(ws));
    for (int i = 0; i < 200 && seen < 2; i++) usleep(10000);
    usleep(200000);
    CHECK(seen == 2 && statuses[0] == WINHTTP_CALLBACK_STATUS_REQUEST_ERROR && operation == WINHTTP_WEB_SOCKET_CLOSE_OPERATION &&
              error == ERROR_WINHTTP_OPERATION_CANCELLED && statuses[1] == WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING,
          "[47] after CloseHandle: %d callbacks, %#x (op %d, error %u) then %#x", seen, statuses[0], operation, error, statuses[1]);

    /* Decision (README): a Shutdown behind a Send whose bytes are still
     * queued (the server is not reading yet) is accepted; the close frame
     * follows the message, WRITE_COMPLETE before SHUTDOWN_COMPLETE. */
    static BYTE big[32 << 20];
    ws = open_ws(L"/stall");
    seen = 0;
    CHECK(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, sizeof big) == NO_ERROR, "big send");
    int queued = seen == 0;
    CHECK(WinHttpWebSocketShutdown(ws, 1000, NULL, 0) == NO_ERROR, "shutdown behind a queued send");
    for (int i = 0; i < 500 && seen < 2; i++) usleep(10000);
    CHECK(queued && seen == 2 && statuses[0] == WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE &&
              statuses[1] == WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE,
          "send then shutdown: queued %d, %d callbacks, %#x then %#x", queued, seen, statuses[0], statuses[1]);
    /* The server answers the close once it has read both frames (and
     * recorded what it saw): Close waits for that answer. */
    CHECK(WinHttpWebSocketClose(ws, 1000, NULL, 0) == NO_ERROR, "close after the shutdown");
    for (int i = 0; i < 1000 && seen < 3; i++) usleep(10000);
    CHECK(seen == 3 && statuses[2] == WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE, "the server's close: %d callbacks, %#x",
          seen, statuses[2]);
    WinHttpCloseHandle(ws);

    WinHttpCloseHandle(connect_h);
    WinHttpCloseHandle(async_session);
    connect_h = saved;
    expect_report("stall-ok", "the message before the close frame");

    WinHttpCloseHandle(connect_h);
    WinHttpCloseHandle(session);
    return check_summary("winhttp_rogue");
}
