// MulticastReceive: receive one object from a WDS multicast server into a
// file, as a Windows consumer of the WDS transport client writes it: the
// callbacks write each block at its offset with WriteFile and an
// OVERLAPPED, a critical section guards the totals, and the main thread
// waits on an event with a timeout.
// Usage: MulticastReceive SERVER NAMESPACE OBJECT OUTPUT_FILE
#include <Windows.h>
#include <wdstci.h>
#include "..\Common\Report.h"

#pragma comment(lib, "wdstptc.lib")

typedef struct _RECEIVE_CONTEXT
{
    HANDLE File;
    HANDLE Done;
    CRITICAL_SECTION Lock;
    ULONGLONG Expected;
    ULONGLONG Received;
    DWORD Blocks;
    DWORD Result;
} RECEIVE_CONTEXT;

static VOID CALLBACK OnSessionStart(_In_ HANDLE hSessionKey, _In_opt_ PVOID pCallerData,
                                    _In_ PULARGE_INTEGER pFileSize)
{
    UNREFERENCED_PARAMETER(hSessionKey);
    RECEIVE_CONTEXT *context = (RECEIVE_CONTEXT *)pCallerData;
    context->Expected = pFileSize->QuadPart;
    wprintf(L"session started: %I64u bytes to receive\n", pFileSize->QuadPart);
}

static VOID CALLBACK OnReceiveContents(_In_ HANDLE hSessionKey, _In_opt_ PVOID pCallerData,
                                       _In_reads_bytes_(ulSize) PVOID pContents, _In_ ULONG ulSize,
                                       _In_ PULARGE_INTEGER pullContentOffset)
{
    RECEIVE_CONTEXT *context = (RECEIVE_CONTEXT *)pCallerData;
    OVERLAPPED overlapped;
    ZeroMemory(&overlapped, sizeof(overlapped));
    overlapped.Offset = pullContentOffset->LowPart;
    overlapped.OffsetHigh = pullContentOffset->HighPart;
    DWORD written = 0;
    if (!WriteFile(context->File, pContents, ulSize, &written, &overlapped) || written != ulSize)
    {
        ReportError(L"WriteFile", GetLastError());
        WdsTransportClientCancelSessionEx(hSessionKey, GetLastError());
        return;
    }
    EnterCriticalSection(&context->Lock);
    context->Received += written;
    context->Blocks++;
    LeaveCriticalSection(&context->Lock);
    WdsTransportClientCompleteReceive(hSessionKey, ulSize, pullContentOffset);
}

static VOID CALLBACK OnSessionComplete(_In_ HANDLE hSessionKey, _In_opt_ PVOID pCallerData, _In_ DWORD dwError)
{
    UNREFERENCED_PARAMETER(hSessionKey);
    RECEIVE_CONTEXT *context = (RECEIVE_CONTEXT *)pCallerData;
    context->Result = dwError;
    SetEvent(context->Done);
}

int __cdecl wmain(int argc, _In_reads_(argc) wchar_t **argv)
{
    if (argc != 5)
    {
        fwprintf(stderr, L"usage: %s SERVER NAMESPACE OBJECT OUTPUT_FILE\n", argv[0]);
        return 2;
    }
    RECEIVE_CONTEXT context;
    ZeroMemory(&context, sizeof(context));
    InitializeCriticalSection(&context.Lock);
    context.Done = CreateEventW(NULL, TRUE, FALSE, NULL);
    context.File = CreateFileW(argv[4], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
    if (context.File == INVALID_HANDLE_VALUE || context.Done == NULL)
    {
        ReportError(L"CreateFileW", GetLastError());
        return 1;
    }

    DWORD error = WdsTransportClientInitialize();
    if (error != ERROR_SUCCESS)
    {
        ReportError(L"WdsTransportClientInitialize", error);
        return 1;
    }
    WDS_TRANSPORTCLIENT_REQUEST request;
    ZeroMemory(&request, sizeof(request));
    request.ulLength = sizeof(request);
    request.ulApiVersion = WDS_TRANSPORTCLIENT_CURRENT_API_VERSION;
    request.ulAuthLevel = WDS_TRANSPORTCLIENT_NO_AUTH;
    request.pwszServer = argv[1];
    request.pwszNamespace = argv[2];
    request.pwszObjectName = argv[3];
    request.ulProtocol = WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST;
    HANDLE session = NULL;
    error = WdsTransportClientInitializeSession(&request, &context, &session);
    if (error != ERROR_SUCCESS)
    {
        ReportError(L"WdsTransportClientInitializeSession", error);
        return 1;
    }
    WdsTransportClientRegisterCallback(session, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)OnSessionStart);
    WdsTransportClientRegisterCallback(session, WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS, (PVOID)OnReceiveContents);
    WdsTransportClientRegisterCallback(session, WDS_TRANSPORTCLIENT_SESSION_COMPLETE, (PVOID)OnSessionComplete);
    error = WdsTransportClientStartSession(session);
    if (error != ERROR_SUCCESS)
    {
        ReportError(L"WdsTransportClientStartSession", error);
        return 1;
    }
    ReportStep(L"waiting for the object");
    if (WaitForSingleObject(context.Done, 120 * 1000) == WAIT_TIMEOUT)
    {
        fwprintf(stderr, L"FAIL: no completion in 120 s\n");
        WdsTransportClientCancelSession(session);
    }
    WdsTransportClientCloseSession(session);
    WdsTransportClientShutdown();

    LARGE_INTEGER size;
    GetFileSizeEx(context.File, &size);
    CloseHandle(context.File);
    CloseHandle(context.Done);
    DeleteCriticalSection(&context.Lock);
    if (context.Result != ERROR_SUCCESS)
    {
        ReportError(L"the session", context.Result);
        return 1;
    }
    wprintf(L"received %I64u of %I64u bytes in %lu blocks; the file holds %lld bytes\n", context.Received,
            context.Expected, context.Blocks, size.QuadPart);
    ReportStep(L"done");
    return context.Received == context.Expected && (ULONGLONG)size.QuadPart == context.Expected ? 0 : 1;
}
