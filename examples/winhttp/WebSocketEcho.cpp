// WebSocketEcho: send messages to a WebSocket echo server through WinHTTP
// and check that each comes back, then close the connection, the way the
// WinHTTP WebSocket documentation's C++ example goes about it.
// Usage: WebSocketEcho HOST PORT PATH
#include <Windows.h>
#include <WinHttp.h>
#include <string>
#include <vector>
#include "..\Common\Report.h"

#pragma comment(lib, "winhttp.lib")

// Closes a WinHTTP handle when it goes out of scope.
class InternetHandle
{
public:
    explicit InternetHandle(HINTERNET handle = NULL) : m_handle(handle) {}
    ~InternetHandle()
    {
        if (m_handle != NULL)
        {
            WinHttpCloseHandle(m_handle);
        }
    }
    InternetHandle(const InternetHandle &) = delete;
    InternetHandle &operator=(const InternetHandle &) = delete;
    HINTERNET get() const { return m_handle; }
    void reset(HINTERNET handle)
    {
        if (m_handle != NULL)
        {
            WinHttpCloseHandle(m_handle);
        }
        m_handle = handle;
    }

private:
    HINTERNET m_handle;
};

static std::string ToUtf8(_In_ const std::wstring &text)
{
    int bytes = WideCharToMultiByte(CP_UTF8, 0, text.c_str(), (int)text.size(), NULL, 0, NULL, NULL);
    std::string result(bytes, '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.c_str(), (int)text.size(), &result[0], bytes, NULL, NULL);
    return result;
}

static std::wstring FromUtf8(_In_reads_(length) const char *text, _In_ DWORD length)
{
    int chars = MultiByteToWideChar(CP_UTF8, 0, text, (int)length, NULL, 0);
    std::wstring result(chars, L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text, (int)length, &result[0], chars);
    return result;
}

int __cdecl wmain(int argc, _In_reads_(argc) wchar_t *argv[])
{
    if (argc != 4)
    {
        fwprintf(stderr, L"usage: %s HOST PORT PATH\n", argv[0]);
        return 2;
    }
    const INTERNET_PORT port = (INTERNET_PORT)_wtoi(argv[2]);
    InternetHandle session(WinHttpOpen(L"WebSocketEcho/1.0", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0));
    InternetHandle connection(session.get() ? WinHttpConnect(session.get(), argv[1], port, 0) : NULL);
    InternetHandle request(connection.get() ? WinHttpOpenRequest(connection.get(), L"GET", argv[3], NULL, NULL,
                                                                 NULL, 0)
                                            : NULL);
    if (request.get() == NULL)
    {
        ReportError(L"WinHttpOpenRequest", GetLastError());
        return 1;
    }
    if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0) ||
        !WinHttpSendRequest(request.get(), WINHTTP_NO_ADDITIONAL_HEADERS, 0, NULL, 0, 0, 0) ||
        !WinHttpReceiveResponse(request.get(), NULL))
    {
        ReportError(L"the upgrade request", GetLastError());
        return 1;
    }
    DWORD status = 0, statusSize = sizeof(status);
    WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER,
                        WINHTTP_HEADER_NAME_BY_INDEX, &status, &statusSize, WINHTTP_NO_HEADER_INDEX);
    InternetHandle webSocket(WinHttpWebSocketCompleteUpgrade(request.get(), 0));
    if (webSocket.get() == NULL)
    {
        ReportError(L"WinHttpWebSocketCompleteUpgrade", GetLastError());
        return 1;
    }
    request.reset(NULL);
    wprintf(L"connected to ws://%s:%u%s (HTTP %lu)\n", argv[1], port, argv[3], status);

    const std::wstring messages[] = {L"hello", L"gr\u00fc\u00dfe aus K\u00f6ln", L"\u65e5\u672c\u8a9e \U0001F600"};
    int failures = 0;
    for (const std::wstring &message : messages)
    {
        std::string utf8 = ToUtf8(message);
        DWORD error = WinHttpWebSocketSend(webSocket.get(), WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE,
                                           &utf8[0], (DWORD)utf8.size());
        if (error != ERROR_SUCCESS)
        {
            ReportError(L"WinHttpWebSocketSend", error);
            return 1;
        }
        std::vector<char> buffer(1024);
        DWORD received = 0;
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        error = WinHttpWebSocketReceive(webSocket.get(), buffer.data(), (DWORD)buffer.size(), &received, &type);
        if (error != ERROR_SUCCESS)
        {
            ReportError(L"WinHttpWebSocketReceive", error);
            return 1;
        }
        std::wstring echo = FromUtf8(buffer.data(), received);
        BOOL same = type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE && echo == message;
        wprintf(L"sent \"%s\" (%zu UTF-16 units, %zu bytes), echo %s\n", message.c_str(), message.size(),
                utf8.size(), same ? L"equal" : L"DIFFERENT");
        failures += !same;
    }

    static const char reason[] = "done";
    DWORD error = WinHttpWebSocketClose(webSocket.get(), WINHTTP_WEB_SOCKET_SUCCESS_CLOSE_STATUS, (PVOID)reason,
                                        (DWORD)strlen(reason));
    if (error != ERROR_SUCCESS)
    {
        ReportError(L"WinHttpWebSocketClose", error);
        return 1;
    }
    USHORT closeStatus = 0;
    BYTE closeReason[WINHTTP_WEB_SOCKET_MAX_CLOSE_REASON_LENGTH];
    DWORD closeReasonLength = 0;
    error = WinHttpWebSocketQueryCloseStatus(webSocket.get(), &closeStatus, closeReason, ARRAYSIZE(closeReason),
                                             &closeReasonLength);
    if (error != ERROR_SUCCESS)
    {
        ReportError(L"WinHttpWebSocketQueryCloseStatus", error);
        return 1;
    }
    wprintf(L"closed: the server answered %u \"%.*S\"\n", closeStatus, (int)closeReasonLength, (char *)closeReason);
    return failures == 0 && closeStatus == WINHTTP_WEB_SOCKET_SUCCESS_CLOSE_STATUS ? 0 : 1;
}
