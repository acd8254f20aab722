/*
 * wss:// through WinHTTP: certificate errors fail as WinHTTP's do
 * (ERROR_WINHTTP_SECURE_FAILURE) unless WINHTTP_OPTION_SECURITY_FLAGS
 * relaxes exactly that error. The server's certificate is for IP
 * 127.0.0.1 only, signed by a throw-away CA.
 * Usage: winhttp_tls PORT untrusted   (the CA is not in the trust store)
 *        winhttp_tls PORT trusted     (SSL_CERT_FILE names the CA)
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>

static HINTERNET session;
static INTERNET_PORT port;

/* Upgrade over TLS to HOST with FLAGS; echo a message when it works.
 * Returns the error of the first failing call, or 0. */
static DWORD try_wss(LPCWSTR host, DWORD flags) {
    HINTERNET c = WinHttpConnect(session, host, port, 0);
    HINTERNET req = WinHttpOpenRequest(c, L"GET", L"/echo", NULL, NULL, NULL, WINHTTP_FLAG_SECURE);
    DWORD err = 0;
    WinHttpSetOption(req, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0);
    if (flags) WinHttpSetOption(req, WINHTTP_OPTION_SECURITY_FLAGS, &flags, sizeof flags);
    if (!WinHttpSendRequest(req, NULL, 0, NULL, 0, 0, 0) || !WinHttpReceiveResponse(req, NULL)) {
        err = GetLastError();
    } else {
        HINTERNET ws = WinHttpWebSocketCompleteUpgrade(req, 0);
        CHECK(ws != NULL, "upgrade over TLS");
        static BYTE out[200000], in[200000];
        for (size_t i = 0; i < sizeof out; i++) out[i] = (BYTE)(i * 13);
        DWORD n, total = 0;
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        CHECK(WinHttpWebSocketSend(ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, out, sizeof out) == NO_ERROR, "send over TLS");
        do {
            if (WinHttpWebSocketReceive(ws, in + total, sizeof in - total, &n, &type) != NO_ERROR) break;
            total += n;
        } while (type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE);
        CHECK(total == sizeof out && memcmp(in, out, total) == 0, "TLS echo of %u bytes", total);
        CHECK(WinHttpWebSocketClose(ws, 1000, NULL, 0) == NO_ERROR, "close over TLS");
        USHORT st = 0;
        DWORD rlen;
        BYTE reason[128];
        WinHttpWebSocketQueryCloseStatus(ws, &st, reason, sizeof reason, &rlen);
        CHECK(st == 1000, "TLS close status %u", st);
        WinHttpCloseHandle(ws);
    }
    WinHttpCloseHandle(req);
    WinHttpCloseHandle(c);
    return err;
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    port = (INTERNET_PORT)atoi(argv[1]);
    int trusted = strcmp(argv[2], "trusted") == 0;
    session = WinHttpOpen(L"winsession-tls", 0, NULL, NULL, 0);
    if (!trusted) {
        CHECK(try_wss(L"127.0.0.1", 0) == ERROR_WINHTTP_SECURE_FAILURE, "an unknown CA was accepted");
        CHECK(try_wss(L"127.0.0.1", SECURITY_FLAG_IGNORE_CERT_CN_INVALID) == ERROR_WINHTTP_SECURE_FAILURE, "the wrong flag relaxed an unknown CA");
        CHECK(try_wss(L"127.0.0.1", SECURITY_FLAG_IGNORE_UNKNOWN_CA) == 0, "IGNORE_UNKNOWN_CA did not relax it");
        /* Ignoring the CA still checks the name. */
        CHECK(try_wss(L"localhost", SECURITY_FLAG_IGNORE_UNKNOWN_CA) == ERROR_WINHTTP_SECURE_FAILURE, "a wrong name passed");
        CHECK(try_wss(L"localhost", SECURITY_FLAG_IGNORE_UNKNOWN_CA | SECURITY_FLAG_IGNORE_CERT_CN_INVALID) == 0, "both flags");
    } else {
        CHECK(try_wss(L"127.0.0.1", 0) == 0, "a certificate from the trusted CA was refused");
        CHECK(try_wss(L"localhost", 0) == ERROR_WINHTTP_SECURE_FAILURE, "a wrong name passed");
        CHECK(try_wss(L"localhost", SECURITY_FLAG_IGNORE_CERT_CN_INVALID) == 0, "IGNORE_CERT_CN_INVALID did not relax the name");
    }
    WinHttpCloseHandle(session);
    return check_summary(trusted ? "winhttp_tls (trusted CA)" : "winhttp_tls (unknown CA)");
}
