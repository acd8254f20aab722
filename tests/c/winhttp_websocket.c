/*
 * WinHTTP WebSocket conformance in synchronous mode, written as Windows
 * code would be, against a real peer (tests/peers: Python websockets,
 * Node ws, a Rust server). Rows refer to winhttp/CONFORMANCE.md section 2.
 * Usage: winhttp_websocket PORT [PEER-NAME]
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>

static INTERNET_PORT port;

/* Open a request to PATH and upgrade it; returns the request, and the
 * websocket through *ws (NULL when the upgrade was refused). */
static HINTERNET upgrade(HINTERNET connect, LPCWSTR path, HINTERNET *ws) {
    HINTERNET req = WinHttpOpenRequest(connect, L"GET", path, NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK(req != NULL, "OpenRequest");
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, NULL, 0, 0, 0));
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    *ws = WinHttpWebSocketCompleteUpgrade(req, 0);
    return req;
}

static DWORD status_code(HINTERNET req) {
    DWORD status = 0, len = sizeof status;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, NULL, &status, &len, NULL));
    return status;
}

static void handshake_rows(HINTERNET session, HINTERNET connect) {
    DWORD value, len = sizeof value;
    WCHAR text[256];
    /* [12] session defaults. */
    CHECK_OK(WinHttpQueryOption(session, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, &len));
    CHECK(value == 32768 && len == 4, "receive buffer %u len %u", value, len);
    CHECK_OK(WinHttpQueryOption(session, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, &value, &len));
    CHECK(value == 32768, "send buffer %u", value);
    /* [14] not on a connection. [15] keep-alive is not for sessions. */
    CHECK_FAILS(WinHttpQueryOption(connect, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, &len), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    CHECK_FAILS(WinHttpQueryOption(session, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, &len), ERROR_INVALID_PARAMETER);

    HINTERNET req = WinHttpOpenRequest(connect, L"GET", L"/", NULL, NULL, NULL, 0);
    CHECK(req != NULL, "OpenRequest");
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0)); /* [1] */
    /* [13] a request inherits, and its own setting stays its own. */
    value = 1048576;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, sizeof value));
    len = sizeof value;
    CHECK_OK(WinHttpQueryOption(session, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, &len));
    CHECK(value == 32768, "session changed to %u", value);
    value = 20000;
    CHECK_FAILS(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, sizeof value), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    /* [2] before SendRequest. */
    len = sizeof text;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_UPGRADE, NULL, text, &len, NULL), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    len = sizeof text;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Sec-WebSocket-Key", text, &len, NULL), ERROR_WINHTTP_HEADER_NOT_FOUND);
    /* [16] a send buffer under 16 bytes cannot send the request. */
    value = 15;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, &value, sizeof value));
    CHECK_FAILS(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0), ERROR_NOT_ENOUGH_MEMORY);
    value = 16;
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_WEB_SOCKET_SEND_BUFFER_SIZE, &value, sizeof value));
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0));
    /* [3] the handshake headers exist now; response headers do not yet. */
    len = sizeof text;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Sec-WebSocket-Key", text, &len, NULL));
    CHECK(len == 24 * 2, "key length %u", len);
    len = sizeof text;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Sec-WebSocket-Version", text, &len, NULL));
    CHECK(wide_eq_ci(text, "13"), "version");
    len = sizeof text;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_UPGRADE, NULL, text, &len, NULL), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    /* [4] */
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    DWORD avail = 0xdeadbeef;
    CHECK_OK(WinHttpQueryDataAvailable(req, &avail));
    CHECK(avail == 0, "data available %u", avail);
    CHECK(status_code(req) == 101, "status");
    len = sizeof text;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_UPGRADE, NULL, text, &len, NULL));
    CHECK(wide_eq_ci(text, "websocket") && len == 9 * 2, "Upgrade header");
    len = sizeof text;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONNECTION, NULL, text, &len, NULL));
    CHECK(wide_eq_ci(text, "upgrade"), "Connection header");
    len = sizeof text;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CONTENT_LENGTH, NULL, text, &len, NULL), ERROR_WINHTTP_HEADER_NOT_FOUND);
    len = 2;
    CHECK_FAILS(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM, L"Sec-WebSocket-Accept", text, &len, NULL), ERROR_INSUFFICIENT_BUFFER);
    CHECK(len == 29 * 2, "needed %u bytes", len);
    /* [5] */
    SetLastError(0xdeadbeef);
    HINTERNET ws = WinHttpWebSocketCompleteUpgrade(req, 0);
    CHECK(ws != NULL && GetLastError() == ERROR_SUCCESS, "CompleteUpgrade");
    len = sizeof text;
    CHECK_FAILS(WinHttpQueryHeaders(ws, WINHTTP_QUERY_UPGRADE, NULL, text, &len, NULL), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    len = sizeof text;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_UPGRADE, NULL, text, &len, NULL));
    /* [18] buffer options are not for websockets; [19] keep-alive is. */
    len = sizeof value;
    CHECK_FAILS(WinHttpQueryOption(ws, WINHTTP_OPTION_WEB_SOCKET_RECEIVE_BUFFER_SIZE, &value, &len), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);
    value = 20000;
    CHECK_FAILS(WinHttpSetOption(ws, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, 2), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetOption(ws, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, 8), ERROR_INVALID_PARAMETER);
    CHECK_OK(WinHttpSetOption(ws, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, 4));
    value = 10000;
    CHECK_FAILS(WinHttpSetOption(ws, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, &value, 4), ERROR_INVALID_PARAMETER);
    len = 0;
    CHECK_FAILS(WinHttpQueryOption(ws, WINHTTP_OPTION_WEB_SOCKET_KEEPALIVE_INTERVAL, NULL, &len), ERROR_INVALID_PARAMETER);
    /* [10] CompleteUpgrade on bad handles. */
    SetLastError(0);
    CHECK(WinHttpWebSocketCompleteUpgrade((HINTERNET)0x1234, 0) == NULL && GetLastError() == ERROR_INVALID_HANDLE, "bad handle");
    CHECK(WinHttpWebSocketCompleteUpgrade(connect, 0) == NULL && GetLastError() == ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, "wrong type");
    /* [9] the request may go; the websocket keeps working. */
    CHECK_OK(WinHttpCloseHandle(req));

    BYTE buf[256];
    DWORD n;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    /* [28] the greeting. */
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    CHECK(type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE && n > 0 && buf[0] == 'R', "greeting");
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 0), NO_ERROR);
    CHECK_OK(WinHttpCloseHandle(ws));
}

static void message_rows(HINTERNET connect) {
    HINTERNET ws, req = upgrade(connect, L"/echo", &ws);
    CHECK(ws != NULL, "upgrade /echo");
    WinHttpCloseHandle(req);
    static BYTE big[16 << 20], back[16 << 20];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (BYTE)(i * 7 + (i >> 11));
    DWORD n;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;

    /* [21, 27, 26] argument errors. */
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, NULL, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE, big, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketReceive(ws, NULL, 0, &n, &type), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back, 0, &n, &type), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketReceive(ws, NULL, 1, &n, &type), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketSend((HINTERNET)0x1234, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, 1), ERROR_INVALID_HANDLE);
    CHECK_CODE(WinHttpWebSocketSend(connect, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, 1), ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    /* [21] an empty binary message echoes as one. */
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, NULL, 0), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back, 16, &n, &type), NO_ERROR);
    CHECK(n == 0 && type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, "empty echo: %u type %d", n, type);

    /* [22, 28] 256 bytes read through a 128-byte buffer. */
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, 256), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back, 128, &n, &type), NO_ERROR);
    CHECK(n == 128 && type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, "first half: %u %d", n, type);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back + 128, 128, &n, &type), NO_ERROR);
    CHECK(n == 128 && type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, "second half: %u %d", n, type);
    CHECK(memcmp(big, back, 256) == 0, "256 bytes differ");

    /* [24, 30] a fragmented 16 KiB message; a text fragment may not
     * interrupt it; an empty final binary message ends it. */
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, big, 8192), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE, big, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, big, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE, big + 8192, 8192), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, NULL, 0), NO_ERROR);
    DWORD total = 0;
    do {
        CHECK_CODE(WinHttpWebSocketReceive(ws, back + total, 1000, &n, &type), NO_ERROR);
        total += n;
    } while (type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE && total < 16384);
    CHECK(total == 16384 && type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE && memcmp(big, back, 16384) == 0,
          "16 KiB fragmented echo: %u bytes, type %d", total, type);

    /* Text, and sizes up to 16 MiB, each echoed byte for byte. */
    const char *hello = "héllo, wörld";
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, (PVOID)hello, (DWORD)strlen(hello)), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back, sizeof back, &n, &type), NO_ERROR);
    CHECK(type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE && n == strlen(hello) && memcmp(back, hello, n) == 0, "text echo");
    DWORD sizes[] = {1, 125, 126, 65535, 65536, 1 << 20, 16 << 20};
    for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
        CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, sizes[s]), NO_ERROR);
        total = 0;
        do {
            CHECK_CODE(WinHttpWebSocketReceive(ws, back + total, sizeof back - total, &n, &type), NO_ERROR);
            total += n;
        } while (type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE);
        CHECK(total == sizes[s] && memcmp(big, back, total) == 0, "echo of %u bytes: got %u", sizes[s], total);
    }

    /* [38, 42, 51, 53] argument and state errors around the close. */
    USHORT st = 0xbeef;
    BYTE reason[200];
    DWORD rlen = 0xdeadbeef;
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, NULL, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, reason, 128), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 1), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, reason, 128), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, NULL, NULL, 0, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, NULL, 0, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, 0, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, 128, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, NULL, NULL, 0, &rlen), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, NULL, 1, &rlen), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, sizeof reason, &rlen), ERROR_INVALID_OPERATION);
    CHECK(st == 0xbeef && rlen == 0xdeadbeef, "outputs touched before the close");

    /* [38, 25, 43, 52, 48, 37] shutdown, then close. */
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, "success", 8), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, 1), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketShutdown(ws, 1000, NULL, 0), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 129), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, "success2", 9), NO_ERROR);
    /* [52, 54] Peers answer with an empty reason (ws.ifelse.io) or echo
     * ours ("success" and its NUL): a zero-length buffer is enough only
     * for the first. */
    DWORD code = WinHttpWebSocketQueryCloseStatus(ws, &st, NULL, 0, &rlen);
    CHECK(st == 1000 && ((rlen == 0 && code == NO_ERROR) || (rlen == 8 && code == ERROR_INSUFFICIENT_BUFFER)),
          "close status %u, reason length %u, code %u", st, rlen, code);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, 128, &rlen), NO_ERROR);
    CHECK(st == 1000 && (rlen == 0 || memcmp(reason, "success", 8) == 0), "peer's close %u, reason length %u", st, rlen);
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 0), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketReceive(ws, back, 16, &n, &type), ERROR_WINHTTP_OPERATION_CANCELLED);
    CHECK_OK(WinHttpCloseHandle(ws));
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, big, 1), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WinHttpCloseHandle(ws), ERROR_INVALID_HANDLE);
}

static void server_closes_first(HINTERNET connect) {
    HINTERNET ws, req = upgrade(connect, L"/close-first", &ws);
    CHECK(ws != NULL, "upgrade /close-first");
    BYTE buf[128], reason[128];
    DWORD n, rlen;
    USHORT st;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    /* [35] the close frame reads as CLOSE_BUFFER_TYPE with no bytes. */
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), NO_ERROR);
    CHECK(type == WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE && n == 0, "close frame: type %d, %u bytes", type, n);
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, 2, &rlen), ERROR_INSUFFICIENT_BUFFER);
    CHECK(st == 1000 && rlen == 3, "[54] status and required length set");
    CHECK_CODE(WinHttpWebSocketQueryCloseStatus(ws, &st, reason, sizeof reason, &rlen), NO_ERROR);
    CHECK(st == 1000 && rlen == 3 && memcmp(reason, "bye", 3) == 0, "server's close");
    /* [33, 26] nothing more to receive or send. */
    CHECK_CODE(WinHttpWebSocketReceive(ws, buf, sizeof buf, &n, &type), ERROR_INVALID_OPERATION);
    CHECK_CODE(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, buf, 1), ERROR_INVALID_OPERATION);
    /* [46] Close answers at once. */
    CHECK_CODE(WinHttpWebSocketClose(ws, 1000, NULL, 0), NO_ERROR);
    WinHttpCloseHandle(ws);
    WinHttpCloseHandle(req);
}

static void refused_upgrade(HINTERNET connect) {
    HINTERNET ws, req = upgrade(connect, L"/refuse", &ws);
    /* [11] not a 101: no websocket, and the response reads as any other. */
    CHECK(ws == NULL && GetLastError() == ERROR_WINHTTP_INCORRECT_HANDLE_STATE, "refused upgrade gave %p, error %u", ws, GetLastError());
    CHECK(status_code(req) == 403, "status");
    char body[64] = {0};
    DWORD avail = 0, n = 0, total = 0;
    CHECK_OK(WinHttpQueryDataAvailable(req, &avail));
    CHECK(avail > 0, "no body available");
    while (WinHttpReadData(req, body + total, sizeof body - 1 - total, &n) && n > 0) total += n;
    CHECK(strcmp(body, "forbidden") == 0, "body \"%s\"", body);
    CHECK_OK(WinHttpCloseHandle(req));

    /* Upgraded before the answer was received (as Windows allows): the
     * refusal shows at the first Receive. */
    req = WinHttpOpenRequest(connect, L"GET", L"/refuse", NULL, WINHTTP_NO_REFERER, WINHTTP_DEFAULT_ACCEPT_TYPES, 0);
    CHECK_OK(WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0));
    CHECK_OK(WinHttpSendRequest(req, WINHTTP_NO_ADDITIONAL_HEADERS, 0, NULL, 0, 0, 0));
    ws = WinHttpWebSocketCompleteUpgrade(req, 0);
    CHECK(ws != NULL, "an upgrade before ReceiveResponse: %u", GetLastError());
    if (ws) {
        BYTE b[8];
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        CHECK_CODE(WinHttpWebSocketReceive(ws, b, sizeof b, &n, &type), ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
        CHECK_OK(WinHttpCloseHandle(ws));
    }
    CHECK_OK(WinHttpCloseHandle(req));
}

/* [7, 8] SendRequest again on an upgraded request gives a new key and a
 * second websocket; handles outlive the connection handle. */
static void second_upgrade(HINTERNET session) {
    HINTERNET c = WinHttpConnect(session, L"127.0.0.1", port, 0);
    HINTERNET ws1, req = upgrade(c, L"/echo", &ws1);
    WCHAR key1[64], key2[64];
    DWORD len = sizeof key1;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Sec-WebSocket-Key", key1, &len, NULL));
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0));
    len = sizeof key2;
    CHECK_OK(WinHttpQueryHeaders(req, WINHTTP_QUERY_CUSTOM | WINHTTP_QUERY_FLAG_REQUEST_HEADERS, L"Sec-WebSocket-Key", key2, &len, NULL));
    CHECK(memcmp(key1, key2, sizeof(WCHAR) * 24) != 0, "[7] the same key twice");
    CHECK_OK(WinHttpReceiveResponse(req, NULL));
    HINTERNET ws2 = WinHttpWebSocketCompleteUpgrade(req, 0);
    CHECK(ws1 && ws2 && ws1 != ws2, "[7] a second, distinct websocket");
    /* A third time, upgraded with no ReceiveResponse (Wine's
     * test_websocket, on Windows): the 101 is read before the first frame. */
    CHECK_OK(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0));
    HINTERNET ws3 = WinHttpWebSocketCompleteUpgrade(req, 0);
    CHECK(ws3 && ws3 != ws2, "a third websocket before ReceiveResponse: %u", GetLastError());
    CHECK_FAILS(WinHttpWebSocketCompleteUpgrade(req, 0) != NULL, ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    CHECK_OK(WinHttpCloseHandle(c));
    BYTE b[8] = "ping";
    DWORD n;
    WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
    CHECK_CODE(WinHttpWebSocketSend(ws2, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, b, 4), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws2, b, sizeof b, &n, &type), NO_ERROR);
    CHECK(n == 4 && memcmp(b, "ping", 4) == 0, "[8] echo after the connection handle closed");
    memcpy(b, "pong", 4);
    CHECK_CODE(WinHttpWebSocketSend(ws3, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, b, 4), NO_ERROR);
    CHECK_CODE(WinHttpWebSocketReceive(ws3, b, sizeof b, &n, &type), NO_ERROR);
    CHECK(n == 4 && memcmp(b, "pong", 4) == 0 && type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE,
          "echo on the socket upgraded before ReceiveResponse: %u bytes", n);
    CHECK_OK(WinHttpCloseHandle(ws3));
    CHECK_OK(WinHttpCloseHandle(ws1));
    CHECK_OK(WinHttpCloseHandle(ws2));
    DWORD_PTR ctx;
    len = sizeof ctx;
    CHECK_OK(WinHttpQueryOption(req, WINHTTP_OPTION_CONTEXT_VALUE, &ctx, &len));
    CHECK_OK(WinHttpCloseHandle(req));
}

static void unreachable(HINTERNET session) {
    /* Port 1 on loopback: nothing listens there. */
    HINTERNET c = WinHttpConnect(session, L"127.0.0.1", 1, 0);
    HINTERNET req = WinHttpOpenRequest(c, L"GET", L"/", NULL, NULL, NULL, 0);
    CHECK_FAILS(WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0), ERROR_WINHTTP_CANNOT_CONNECT);
    CHECK_FAILS(WinHttpReceiveResponse(req, NULL), ERROR_WINHTTP_INCORRECT_HANDLE_STATE);
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(c);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s PORT [PEER]\n", argv[0]);
        return 2;
    }
    port = (INTERNET_PORT)atoi(argv[1]);
    HINTERNET session = WinHttpOpen(L"winsession-test", WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, NULL, NULL, 0);
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    CHECK(session && connect, "open/connect");
    handshake_rows(session, connect);
    message_rows(connect);
    server_closes_first(connect);
    if (argc < 3 || strcmp(argv[2], "python") == 0) refused_upgrade(connect);
    second_upgrade(session);
    unreachable(session);
    CHECK_OK(WinHttpCloseHandle(connect));
    CHECK_OK(WinHttpCloseHandle(session));
    char name[64];
    snprintf(name, sizeof name, "winhttp_websocket (%s)", argc > 2 ? argv[2] : "python");
    return check_summary(name);
}
