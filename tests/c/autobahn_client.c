/*
 * Drives Autobahn|Testsuite's fuzzingserver through the WinHTTP API:
 * echo every message of every case with its type, answer the server's
 * close with the status it sent, then ask for the reports.
 * Usage: autobahn_client PORT AGENT
 */
#include <winhttp.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static HINTERNET session, connect_h;
static BYTE *message;
static const size_t message_room = 64u << 20;

static HINTERNET open_ws(const char *path) {
    WCHAR wpath[512];
    size_t i;
    for (i = 0; path[i] && i < 511; i++) wpath[i] = (WCHAR)path[i];
    wpath[i] = 0;
    HINTERNET req = WinHttpOpenRequest(connect_h, L"GET", wpath, NULL, NULL, NULL, 0);
    HINTERNET ws = NULL;
    if (req && WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0) &&
        WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0) && WinHttpReceiveResponse(req, NULL))
        ws = WinHttpWebSocketCompleteUpgrade(req, 0);
    if (!ws) fprintf(stderr, "autobahn_client: %s: upgrade failed, error %u\n", path, GetLastError());
    if (req) WinHttpCloseHandle(req);
    return ws;
}

/* Echo messages until the server closes; returns the final error code. */
static DWORD echo_case(HINTERNET ws) {
    for (;;) {
        size_t total = 0;
        DWORD n, rc;
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        do {
            DWORD room = (DWORD)(message_room - total > 1u << 24 ? 1u << 24 : message_room - total);
            rc = WinHttpWebSocketReceive(ws, message + total, room, &n, &type);
            if (rc != NO_ERROR) return rc;
            total += n;
        } while (type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE || type == WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE);
        if (type == WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE) {
            USHORT status = 1000;
            BYTE reason[128];
            DWORD len = 0;
            WinHttpWebSocketQueryCloseStatus(ws, &status, reason, sizeof reason, &len);
            return WinHttpWebSocketClose(ws, status, NULL, 0);
        }
        WINHTTP_WEB_SOCKET_BUFFER_TYPE out = type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE
                                                 ? WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE
                                                 : WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE;
        rc = WinHttpWebSocketSend(ws, out, total ? message : NULL, (DWORD)total);
        if (rc != NO_ERROR) return rc;
    }
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    message = malloc(message_room);
    session = WinHttpOpen(L"winsession-autobahn", 0, NULL, NULL, 0);
    connect_h = WinHttpConnect(session, L"127.0.0.1", (INTERNET_PORT)atoi(argv[1]), 0);
    HINTERNET ws = open_ws("/getCaseCount");
    if (!ws) return 1;
    char text[32] = {0};
    DWORD n;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    if (WinHttpWebSocketReceive(ws, text, sizeof text - 1, &n, &type) != NO_ERROR) return 1;
    int cases = atoi(text);
    echo_case(ws);
    WinHttpCloseHandle(ws);
    printf("autobahn_client: %d cases\n", cases);
    for (int i = 1; i <= cases; i++) {
        char path[256];
        snprintf(path, sizeof path, "/runCase?case=%d&agent=%s", i, argv[2]);
        ws = open_ws(path);
        if (!ws) continue;
        echo_case(ws);
        WinHttpCloseHandle(ws);
    }
    char path[256];
    snprintf(path, sizeof path, "/updateReports?agent=%s", argv[2]);
    ws = open_ws(path);
    if (ws) {
        echo_case(ws);
        WinHttpCloseHandle(ws);
    }
    WinHttpCloseHandle(connect_h);
    WinHttpCloseHandle(session);
    free(message);
    return 0;
}
