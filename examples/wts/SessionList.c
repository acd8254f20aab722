// SessionList: the sessions on this host and the processes of ours, through
// the Terminal Services API, written as a Windows console program would be.
// It checks what it prints: our own process is listed in our own session.
#include <Windows.h>
#include <WtsApi32.h>
#include <tchar.h>
#include "..\Common\Report.h"

#pragma comment(lib, "wtsapi32.lib")

static LPCWSTR StateName(_In_ WTS_CONNECTSTATE_CLASS state)
{
    static const LPCWSTR names[] = {L"Active", L"Connected", L"ConnectQuery", L"Shadow", L"Disconnected",
                                    L"Idle", L"Listen", L"Reset", L"Down", L"Init"};
    return (DWORD)state < ARRAYSIZE(names) ? names[state] : L"?";
}

int __cdecl wmain(int argc, _In_reads_(argc) wchar_t *argv[])
{
    UNREFERENCED_PARAMETER(argc);
    WCHAR computer[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD computerLength = ARRAYSIZE(computer);
    if (!GetComputerNameW(computer, &computerLength))
    {
        ReportError(L"GetComputerNameW", GetLastError());
        return 1;
    }
    SYSTEMTIME now;
    GetLocalTime(&now);
    WCHAR date[64], time[64];
    GetDateFormatW(LOCALE_USER_DEFAULT, DATE_LONGDATE, &now, NULL, date, ARRAYSIZE(date));
    GetTimeFormatW(LOCALE_USER_DEFAULT, 0, &now, NULL, time, ARRAYSIZE(time));
    wprintf(L"%s: sessions on %s at %s %s\n", argv[0], computer, date, time);

    PWTS_SESSION_INFOW sessions = NULL;
    DWORD count = 0;
    if (!WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &sessions, &count))
    {
        ReportError(L"WTSEnumerateSessionsW", GetLastError());
        return 1;
    }
    wprintf(L"%-8s %-16s %-14s %s\n", L"ID", L"STATION", L"STATE", L"USER");
    for (DWORD i = 0; i < count; i++)
    {
        LPWSTR user = NULL;
        DWORD bytes = 0;
        if (!WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, sessions[i].SessionId, WTSUserName, &user,
                                         &bytes))
        {
            user = NULL;
        }
        wprintf(L"%-8lu %-16s %-14s %s\n", sessions[i].SessionId, sessions[i].pWinStationName,
                StateName(sessions[i].State), user && *user ? user : L"-");
        WTSFreeMemory(user);
    }

    DWORD ourSession = 0;
    if (!ProcessIdToSessionId(GetCurrentProcessId(), &ourSession))
    {
        ReportError(L"ProcessIdToSessionId", GetLastError());
        return 1;
    }
    BOOL sessionListed = FALSE;
    for (DWORD i = 0; i < count; i++)
    {
        sessionListed |= sessions[i].SessionId == ourSession;
    }
    WTSFreeMemory(sessions);

    PWTS_PROCESS_INFOW processes = NULL;
    DWORD processCount = 0;
    if (!WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &processes, &processCount))
    {
        ReportError(L"WTSEnumerateProcessesW", GetLastError());
        return 1;
    }
    BOOL found = FALSE;
    for (DWORD i = 0; i < processCount; i++)
    {
        if (processes[i].ProcessId == GetCurrentProcessId())
        {
            found = processes[i].SessionId == ourSession;
            _tprintf(_T("this process: %lu \"%ls\" in session %lu, of %lu processes\n"), processes[i].ProcessId,
                     processes[i].pProcessName, processes[i].SessionId, processCount);
        }
    }
    WTSFreeMemory(processes);
    if (!sessionListed || !found)
    {
        fwprintf(stderr, L"FAIL: session %lu listed: %d, this process found in it: %d\n", ourSession,
                 sessionListed, found);
        return 1;
    }
    return 0;
}
