/*
 * wtsapi32 conformance, written as Windows code would be: Wine's
 * conformance rows (CONFORMANCE.md section 2), the WTSCloseServer seed's
 * rules, and bad input. Run outside a login session it sees session 0
 * ("Services"); with WTS_EXPECT_INTERACTIVE=1 it is run inside a real
 * login and expects an Active session with the caller's user.
 */
#include <wtsapi32.h>
#include "check.h"
#include "wts_waiter.h"

#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

static char host[256];
static char user[256];
static int interactive;

static LONGLONG now_filetime(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return ((LONGLONG)tv.tv_sec + 11644473600LL) * 10000000LL + (LONGLONG)tv.tv_usec * 10;
}

static void enumerate_processes(void) {
    PWTS_PROCESS_INFOW info = (PWTS_PROCESS_INFOW)0x1;
    DWORD count = 0xdeadbeef;
    /* Rows 1-5: Reserved, Version and NULL out-pointers. */
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 1, 1, &info, &count), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 0, &info, &count), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 2, &info, &count), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 1, NULL, &count), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &info, NULL), ERROR_INVALID_PARAMETER);
    CHECK(info == (PWTS_PROCESS_INFOW)0x1 && count == 0xdeadbeef, "out-parameters touched on failure");

    /* Row 6: success clears the last error; our own process is listed. */
    CHECK_OK(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &info, &count));
    DWORD my_session = 0xdeadbeef;
    CHECK_OK(ProcessIdToSessionId(getpid(), &my_session));
    int found = 0;
    for (DWORD i = 0; i < count; i++) {
        if (info[i].ProcessId != (DWORD)getpid()) continue;
        found = 1;
        CHECK(info[i].SessionId == my_session, "session %u vs %u", info[i].SessionId, my_session);
        CHECK(wide_eq_ci(info[i].pProcessName, "wts_conformance"), "process name");
        const BYTE *sid = (const BYTE *)info[i].pUserSid;
        CHECK(sid != NULL, "no user SID");
        if (sid) {
            DWORD rid;
            memcpy(&rid, sid + 12, 4);
            /* S-1-22-1-<uid>: revision 1, two sub-authorities, authority 22. */
            CHECK(sid[0] == 1 && sid[1] == 2 && sid[7] == 22 && rid == getuid(), "SID is not S-1-22-1-uid");
        }
    }
    CHECK(found, "own process missing from %u processes", count);
    WTSFreeMemory(info);

    /* Rows 7-9: the Ex form. */
    DWORD level = 0;
    count = 0xdeadbeef;
    CHECK_FAILS(WTSEnumerateProcessesExW(WTS_CURRENT_SERVER_HANDLE, &level, WTS_ANY_SESSION, NULL, &count), ERROR_INVALID_PARAMETER);
    CHECK(count == 0xdeadbeef, "count touched");
    LPWSTR raw = (LPWSTR)0x1;
    CHECK_FAILS(WTSEnumerateProcessesExW(WTS_CURRENT_SERVER_HANDLE, &level, WTS_ANY_SESSION, &raw, NULL), ERROR_INVALID_PARAMETER);
    CHECK(raw == (LPWSTR)0x1, "info touched");
    CHECK_OK(WTSEnumerateProcessesExW(WTS_CURRENT_SERVER_HANDLE, &level, WTS_ANY_SESSION, &raw, &count));
    CHECK(level == 0, "level changed");
    CHECK_OK(WTSFreeMemoryExW(WTSTypeProcessInfoLevel0, raw, count));

    /* Level 1, its free checks, and an invalid level set to one. */
    level = 1;
    CHECK_OK(WTSEnumerateProcessesExW(WTS_CURRENT_SERVER_HANDLE, &level, WTS_ANY_SESSION, &raw, &count));
    PWTS_PROCESS_INFO_EXW ex = (PWTS_PROCESS_INFO_EXW)raw;
    found = 0;
    for (DWORD i = 0; i < count; i++)
        if (ex[i].ProcessId == (DWORD)getpid())
            found = ex[i].NumberOfThreads >= 1 && ex[i].WorkingSetSize > 0 && ex[i].HandleCount >= 3;
    CHECK(found, "own process missing or empty in level 1");
    CHECK_FAILS(WTSFreeMemoryExW(WTSTypeProcessInfoLevel1, raw, count + 1), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSFreeMemoryExW(WTSTypeSessionInfoLevel1, raw, count), ERROR_INVALID_PARAMETER);
    CHECK_OK(WTSFreeMemoryExW(WTSTypeProcessInfoLevel1, raw, count));
    level = 5;
    CHECK_FAILS(WTSEnumerateProcessesExW(WTS_CURRENT_SERVER_HANDLE, &level, WTS_ANY_SESSION, &raw, &count), ERROR_INVALID_PARAMETER);
    CHECK(level == 1, "invalid level not set to one");

    /* Only our session's processes, with the A form. */
    level = 0;
    LPSTR araw;
    CHECK_OK(WTSEnumerateProcessesExA(WTS_CURRENT_SERVER_HANDLE, &level, WTS_CURRENT_SESSION, &araw, &count));
    PWTS_PROCESS_INFOA a = (PWTS_PROCESS_INFOA)araw;
    found = 0;
    for (DWORD i = 0; i < count; i++) {
        CHECK(a[i].SessionId == my_session, "foreign session %u", a[i].SessionId);
        if (a[i].ProcessId == (DWORD)getpid()) found = strcmp(a[i].pProcessName, "wts_conformance") == 0;
    }
    CHECK(found, "own process missing from own session (A)");
    WTSFreeMemory(araw);
}

static void query_session(void) {
    LPWSTR buf = NULL;
    LPSTR abuf = NULL;
    DWORD bytes;

    /* Row 1: connect state, 4 bytes. */
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSConnectState, &buf, &bytes));
    CHECK(bytes == 4, "ConnectState bytes %u", bytes);
    WTS_CONNECTSTATE_CLASS state = *(WTS_CONNECTSTATE_CLASS *)buf;
    CHECK(state == (interactive ? WTSActive : WTSDisconnected), "state %d", state);
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSConnectState, &abuf, &bytes));
    CHECK(bytes == 4 && *(WTS_CONNECTSTATE_CLASS *)abuf == state, "A ConnectState");
    WTSFreeMemory(abuf);

    /* Row 2: NULL out-pointers give ERROR_INVALID_USER_BUFFER. */
    bytes = 0;
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, NULL, &bytes), ERROR_INVALID_USER_BUFFER);
    CHECK(bytes == 0, "count changed");
    bytes = 1;
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, NULL, &bytes), ERROR_INVALID_USER_BUFFER);
    CHECK(bytes == 1, "count changed");
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, &buf, NULL), ERROR_INVALID_USER_BUFFER);
    bytes = 0;
    CHECK_FAILS(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, NULL, &bytes), ERROR_INVALID_USER_BUFFER);
    CHECK(bytes == 0, "count changed");
    CHECK_FAILS(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, &abuf, NULL), ERROR_INVALID_USER_BUFFER);

    /* Rows 3-5: names and byte counts including the terminator. */
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, &buf, &bytes));
    CHECK(bytes == (wide_len(buf) + 1) * 2, "UserName bytes %u", bytes);
    CHECK(wide_eq_ci(buf, interactive ? user : ""), "user name");
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSDomainName, &buf, &bytes));
    CHECK(bytes == (wide_len(buf) + 1) * 2 && wide_eq_ci(buf, host), "DomainName is not the host name");
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSDomainName, &abuf, &bytes));
    CHECK(bytes == strlen(abuf) + 1 && strcasecmp(abuf, host) == 0, "A DomainName");
    WTSFreeMemory(abuf);
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSUserName, &abuf, &bytes));
    CHECK(bytes == strlen(abuf) + 1, "A UserName bytes");
    WTSFreeMemory(abuf);

    /* Row 6: protocol type is a USHORT. */
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSClientProtocolType, &abuf, &bytes));
    CHECK(bytes == 2 && *(USHORT *)abuf == WTS_PROTOCOL_TYPE_CONSOLE, "protocol type");
    WTSFreeMemory(abuf);

    /* Rows 7-8: WTSINFO. */
    DWORD my_session;
    CHECK_OK(ProcessIdToSessionId(getpid(), &my_session));
    LONGLONG before = now_filetime();
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSSessionInfo, &buf, &bytes));
    LONGLONG after = now_filetime();
    WTSINFOW *wi = (WTSINFOW *)buf;
    CHECK(bytes == sizeof(WTSINFOW), "WTSINFOW bytes %u", bytes);
    CHECK(wi->State == state && wi->SessionId == my_session, "WTSINFOW state/id");
    CHECK(wi->IncomingBytes == 0 && wi->OutgoingBytes == 0 && wi->IncomingFrames == 0 &&
          wi->OutgoingFrames == 0 && wi->IncomingCompressedBytes == 0 && wi->OutgoingCompressedBytes == 0,
          "counters");
    CHECK(wide_eq_ci(wi->Domain, host), "WTSINFOW.Domain");
    CHECK(wide_eq_ci(wi->UserName, interactive ? user : ""), "WTSINFOW.UserName");
    CHECK(interactive || wide_eq_ci(wi->WinStationName, "Services"), "WTSINFOW.WinStationName");
    CHECK(wi->CurrentTime.QuadPart >= before - 10 && wi->CurrentTime.QuadPart <= after + 10, "CurrentTime");
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSSessionInfo, &abuf, &bytes));
    WTSINFOA *ai = (WTSINFOA *)abuf;
    CHECK(bytes == sizeof(WTSINFOA) && ai->SessionId == my_session, "WTSINFOA");
    CHECK(strcasecmp(ai->Domain, host) == 0 && strcmp(ai->UserName, interactive ? user : "") == 0, "WTSINFOA names");
    WTSFreeMemory(abuf);

    /* The Ex form and the session id. */
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSSessionInfoEx, &buf, &bytes));
    WTSINFOEXW *wx = (WTSINFOEXW *)buf;
    CHECK(bytes == sizeof(WTSINFOEXW) && wx->Level == 1 && wx->Data.WTSInfoExLevel1.SessionId == my_session, "WTSINFOEX");
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSSessionId, &buf, &bytes));
    CHECK(bytes == 4 && *(DWORD *)buf == my_session, "WTSSessionId");
    WTSFreeMemory(buf);

    /* Documented as unsupported; unknown; missing session. */
    buf = (LPWSTR)0x1;
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSIdleTime, &buf, &bytes), ERROR_NOT_SUPPORTED);
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSIncomingBytes, &buf, &bytes), ERROR_NOT_SUPPORTED);
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, (WTS_INFO_CLASS)99, &buf, &bytes), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, 0x7fff0000, WTSUserName, &buf, &bytes), ERROR_CTX_WINSTATION_NOT_FOUND);
    CHECK(buf == (LPWSTR)0x1, "buffer touched on failure");
}

static void enumerate_sessions(void) {
    PWTS_SESSION_INFOW w;
    PWTS_SESSION_INFOA a;
    DWORD wn, an, my_session;
    CHECK_OK(ProcessIdToSessionId(getpid(), &my_session));
    CHECK_FAILS(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 1, 1, &w, &wn), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 2, &w, &wn), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, NULL, &wn), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &w, NULL), ERROR_INVALID_PARAMETER);
    CHECK_OK(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &w, &wn));
    CHECK_OK(WTSEnumerateSessionsA(WTS_CURRENT_SERVER_HANDLE, 0, 1, &a, &an));
    CHECK(wn == an && wn >= (DWORD)(interactive ? 2 : 1), "counts %u %u", wn, an);
    int services = 0, mine = 0;
    for (DWORD i = 0; i < wn && i < an; i++) {
        if (wide_eq_ci(w[i].pWinStationName, "Services"))
            services = w[i].State == WTSDisconnected && w[i].SessionId == 0 && strcmp(a[i].pWinStationName, "Services") == 0;
        if (w[i].SessionId == my_session) mine = w[i].State == (interactive ? WTSActive : WTSDisconnected);
    }
    CHECK(services, "no Disconnected \"Services\" session 0");
    CHECK(mine, "own session missing");
    WTSFreeMemory(w);
    WTSFreeMemory(a);

    DWORD level = 1;
    PWTS_SESSION_INFO_1W one;
    CHECK_OK(WTSEnumerateSessionsExW(WTS_CURRENT_SERVER_HANDLE, &level, 0, &one, &wn));
    CHECK(level == 1 && wn >= 1, "Ex");
    CHECK(one[0].pFarmName && wide_eq_ci(one[0].pFarmName, host), "farm name");
    CHECK_FAILS(WTSFreeMemoryExW(WTSTypeSessionInfoLevel1, one, wn + 3), ERROR_INVALID_PARAMETER);
    CHECK_OK(WTSFreeMemoryExW(WTSTypeSessionInfoLevel1, one, wn));
    level = 2;
    CHECK_FAILS(WTSEnumerateSessionsExW(WTS_CURRENT_SERVER_HANDLE, &level, 0, &one, &wn), ERROR_INVALID_PARAMETER);
    CHECK(level == 2, "level changed");
    CHECK_FAILS(WTSEnumerateSessionsExW(WTS_CURRENT_SERVER_HANDLE, NULL, 0, &one, &wn), ERROR_INVALID_PARAMETER);
    level = 1;
    CHECK_FAILS(WTSEnumerateSessionsExW(WTS_CURRENT_SERVER_HANDLE, &level, 1, &one, &wn), ERROR_INVALID_PARAMETER);
}

/* Every WTS function must refuse a handle that is closed or was never issued. */
static void all_calls_refuse(HANDLE h, DWORD err) {
    PWTS_SESSION_INFOW s;
    PWTS_SESSION_INFO_1W s1;
    PWTS_PROCESS_INFOW p;
    LPWSTR raw, buf;
    DWORD n, level = 1, resp, flags;
    WCHAR title[] = L"t", text[] = L"m";
    CHECK_FAILS(WTSEnumerateSessionsW(h, 0, 1, &s, &n), err);
    CHECK_FAILS(WTSEnumerateSessionsExW(h, &level, 0, &s1, &n), err);
    CHECK_FAILS(WTSEnumerateProcessesW(h, 0, 1, &p, &n), err);
    level = 0;
    CHECK_FAILS(WTSEnumerateProcessesExW(h, &level, WTS_ANY_SESSION, &raw, &n), err);
    CHECK_FAILS(WTSQuerySessionInformationW(h, 0, WTSUserName, &buf, &n), err);
    CHECK_FAILS(WTSLogoffSession(h, 12345, FALSE), err);
    CHECK_FAILS(WTSDisconnectSession(h, 12345, FALSE), err);
    CHECK_FAILS(WTSTerminateProcess(h, 0x7ffffff0, 0), err);
    CHECK_FAILS(WTSSendMessageW(h, 0, title, 2, text, 2, MB_OK, 0, &resp, FALSE), err);
    CHECK_FAILS(WTSWaitSystemEvent(h, WTS_EVENT_ALL, &flags), err);
}

static void *enumerate_loop(void *arg) {
    HANDLE h = arg;
    for (int i = 0; i < 200; i++) {
        PWTS_SESSION_INFOW s;
        DWORD n;
        if (WTSEnumerateSessionsW(h, 0, 1, &s, &n))
            WTSFreeMemory(s);
        else if (GetLastError() != ERROR_INVALID_HANDLE)
            return (void *)1;
    }
    return NULL;
}


static void server_handles(void) {
    /* The seed: a closed handle fails every call; closing twice and closing
     * WTS_CURRENT_SERVER_HANDLE are harmless. */
    HANDLE h = WTSOpenServerW(L"localhost");
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "open localhost");
    PWTS_SESSION_INFOW s;
    DWORD n;
    CHECK_OK(WTSEnumerateSessionsW(h, 0, 1, &s, &n));
    WTSFreeMemory(s);
    WTSCloseServer(h);
    all_calls_refuse(h, ERROR_INVALID_HANDLE);
    WTSCloseServer(h);
    WTSCloseServer(WTS_CURRENT_SERVER_HANDLE);
    CHECK_OK(WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, &s, &n));
    WTSFreeMemory(s);

    /* A stale handle stays stale after its slot is reused. */
    HANDLE h2 = WTSOpenServerA("localhost");
    CHECK(h2 != h, "reused handle value");
    all_calls_refuse(h, ERROR_INVALID_HANDLE);
    CHECK_OK(WTSEnumerateSessionsW(h2, 0, 1, &s, &n));
    WTSFreeMemory(s);
    WTSCloseServer(h2);

    /* Never-issued values. */
    all_calls_refuse((HANDLE)0x1234, ERROR_INVALID_HANDLE);
    all_calls_refuse(INVALID_HANDLE_VALUE, ERROR_INVALID_HANDLE);

    /* An unreachable server: a handle that is not valid, never NULL. */
    setenv("WINSESSION_SSH", "false", 1);
    HANDLE dead = WTSOpenServerW(L"unreachable.invalid");
    CHECK(dead != NULL, "unreachable server gave NULL");
    all_calls_refuse(dead, RPC_S_SERVER_UNAVAILABLE);
    WTSCloseServer(dead);
    all_calls_refuse(dead, ERROR_INVALID_HANDLE);
    dead = WTSOpenServerA("-oProxyCommand=touch /tmp/pwned");
    CHECK(dead != NULL, "bad name gave NULL");
    all_calls_refuse(dead, RPC_S_SERVER_UNAVAILABLE);
    WTSCloseServer(dead);
    dead = WTSOpenServerExW(L"host:99999");
    all_calls_refuse(dead, RPC_S_SERVER_UNAVAILABLE);
    WTSCloseServer(dead);

    /* A close racing calls on other threads. */
    h = WTSOpenServerW(NULL);
    pthread_t t[4];
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, enumerate_loop, h);
    usleep(2000);
    WTSCloseServer(h);
    for (int i = 0; i < 4; i++) {
        void *bad;
        pthread_join(t[i], &bad);
        CHECK(bad == NULL, "racing call failed with the wrong error");
    }

    /* WTS_EVENT_FLUSH wakes a pending wait with WTS_EVENT_NONE; closing the
     * handle ends a pending wait with ERROR_INVALID_HANDLE. */
    h = WTSOpenServerW(L"");
    struct waiter w = {h, WTS_EVENT_ALL, 0, 0, 0, 0};
    pthread_t wt;
    pthread_create(&wt, NULL, wait_event, &w);
    usleep(300000);
    DWORD flags = 0xdeadbeef;
    CHECK_OK(WTSWaitSystemEvent(h, WTS_EVENT_FLUSH, &flags));
    pthread_join(wt, NULL);
    CHECK(w.ret && w.flags == WTS_EVENT_NONE && w.err == 0, "flush: ret %d flags %x err %u", w.ret, w.flags, w.err);
    pthread_create(&wt, NULL, wait_event, &w);
    usleep(300000);
    WTSCloseServer(h);
    pthread_join(wt, NULL);
    CHECK(!w.ret && w.err == ERROR_INVALID_HANDLE, "close: ret %d err %u", w.ret, w.err);
    CHECK_FAILS(WTSWaitSystemEvent(WTS_CURRENT_SERVER_HANDLE, WTS_EVENT_ALL, NULL), ERROR_INVALID_PARAMETER);
}

static void memory(void) {
    WTSFreeMemory(NULL);
    CHECK_OK(WTSFreeMemoryExW(WTSTypeProcessInfoLevel0, NULL, 0));
    DWORD local[4];
    WTSFreeMemory(local); /* not ours: ignored, no crash */
    CHECK_FAILS(WTSFreeMemoryExW(WTSTypeProcessInfoLevel0, local, 1), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSFreeMemoryExA((WTS_TYPE_CLASS)7, local, 1), ERROR_INVALID_PARAMETER);
    LPSTR s;
    DWORD n;
    CHECK_OK(WTSQuerySessionInformationA(WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTSDomainName, &s, &n));
    WTSFreeMemory(s);
    WTSFreeMemory(s); /* double free: ignored, no crash */
}

static void other_calls(void) {
    HANDLE token = (HANDLE)0x1;
    CHECK_FAILS(WTSQueryUserToken(WTS_CURRENT_SESSION, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSQueryUserToken(WTS_CURRENT_SESSION, &token), geteuid() == 0 ? ERROR_NOT_SUPPORTED : ERROR_PRIVILEGE_NOT_HELD);
    CHECK(token == (HANDLE)0x1, "token touched");

    PWTS_SERVER_INFOW servers;
    PWTS_SERVER_INFOA aservers;
    DWORD n;
    CHECK_FAILS(WTSEnumerateServersW(NULL, 1, 1, &servers, &n), ERROR_INVALID_PARAMETER);
    CHECK_OK(WTSEnumerateServersW(NULL, 0, 1, &servers, &n));
    CHECK(n == 1 && wide_eq_ci(servers[0].pServerName, host), "servers");
    WTSFreeMemory(servers);
    CHECK_OK(WTSEnumerateServersA(NULL, 0, 1, &aservers, &n));
    CHECK(n == 1 && strcasecmp(aservers[0].pServerName, host) == 0, "servers A");
    WTSFreeMemory(aservers);

    DWORD console = WTSGetActiveConsoleSessionId();
    CHECK(console == 0xFFFFFFFF || console > 0, "console session %u", console);

    /* Session 0 is the system's: no logoff, no disconnect, no terminal. */
    CHECK_FAILS(WTSLogoffSession(WTS_CURRENT_SERVER_HANDLE, 0, TRUE), ERROR_ACCESS_DENIED);
    CHECK_FAILS(WTSLogoffSession(WTS_CURRENT_SERVER_HANDLE, 0x7fff0000, TRUE), ERROR_CTX_WINSTATION_NOT_FOUND);
    CHECK_FAILS(WTSDisconnectSession(WTS_CURRENT_SERVER_HANDLE, 0, TRUE), ERROR_NOT_SUPPORTED);
    DWORD resp = 0xdeadbeef;
    CHECK_FAILS(WTSSendMessageA(WTS_CURRENT_SERVER_HANDLE, 0, "t", 1, "m", 1, MB_OK, 0, &resp, FALSE), ERROR_NOT_SUPPORTED);
    CHECK_FAILS(WTSSendMessageA(WTS_CURRENT_SERVER_HANDLE, 0, NULL, 1, "m", 1, MB_OK, 0, &resp, FALSE), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSSendMessageA(WTS_CURRENT_SERVER_HANDLE, 0, "t", 1, "m", 1, MB_OK, 0, NULL, FALSE), ERROR_INVALID_PARAMETER);
    CHECK(resp == 0xdeadbeef, "response touched");

    /* WTSTerminateProcess kills; ExitCode cannot be imposed on Linux. */
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    CHECK_OK(WTSTerminateProcess(WTS_CURRENT_SERVER_HANDLE, child, 7));
    int status;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "child not killed");
    CHECK_FAILS(WTSTerminateProcess(WTS_CURRENT_SERVER_HANDLE, 0x7ffffff0, 0), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WTSTerminateProcess(WTS_CURRENT_SERVER_HANDLE, 0, 0), ERROR_INVALID_PARAMETER);

    CHECK_FAILS(ProcessIdToSessionId(getpid(), NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(ProcessIdToSessionId(0x7ffffff0, &n), ERROR_INVALID_PARAMETER);
}

static void *set_error_in_thread(void *arg) {
    (void)arg;
    SetLastError(ERROR_ACCESS_DENIED);
    return (void *)(uintptr_t)GetLastError();
}

static void last_error_is_per_thread(void) {
    SetLastError(ERROR_INVALID_PARAMETER);
    pthread_t t;
    void *seen;
    pthread_create(&t, NULL, set_error_in_thread, NULL);
    pthread_join(t, &seen);
    CHECK((uintptr_t)seen == ERROR_ACCESS_DENIED && GetLastError() == ERROR_INVALID_PARAMETER, "last error leaked across threads");
}

int main(void) {
    gethostname(host, sizeof host);
    struct passwd *pw = getpwuid(getuid());
    snprintf(user, sizeof user, "%s", pw ? pw->pw_name : "");
    interactive = getenv("WTS_EXPECT_INTERACTIVE") != NULL;
    enumerate_processes();
    query_session();
    enumerate_sessions();
    server_handles();
    memory();
    other_calls();
    last_error_is_per_thread();
    return check_summary(interactive ? "wts_conformance (interactive)" : "wts_conformance");
}
