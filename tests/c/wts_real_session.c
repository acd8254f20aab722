/*
 * A real login session seen through wtsapi32, as a Windows program would.
 *
 * Must run as root inside a private mount namespace with a fresh /run/utmp
 * (tests/wts-real-session.sh sets that up). It starts a real `login -f
 * root` on a pty, and through a server handle (argv[1], default "" for this
 * host; "127.0.0.1:PORT" goes over SSH) checks that:
 *   WTSWaitSystemEvent reports the logon, WTSEnumerateSessions lists the
 *   session with user root on the pty that `who` shows, its processes and
 *   information are right, WTSSendMessage reaches its terminal,
 *   WTSLogoffSession(bWait) ends it, the logoff is reported, and after
 *   WTSCloseServer the handle fails with ERROR_INVALID_HANDLE.
 */
#include <wtsapi32.h>
#include "check.h"
#include "wts_waiter.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char server_name[256];


/* Give a pending wait `seconds` to finish; then flush it, so the thread
 * can always be joined. */
static int wait_done(struct waiter *w, int seconds) {
    for (int i = 0; i < seconds * 20 && !w->done; i++) usleep(50000);
    int done = w->done;
    if (!done) {
        DWORD flags;
        WTSWaitSystemEvent(w->h, WTS_EVENT_FLUSH, &flags);
    }
    return done;
}

/* Start `script -qfec "login -f root" /dev/null`; its output comes back
 * on *out (non-blocking), its input is *in. */
static pid_t start_login(int *in, int *out) {
    int to[2], from[2];
    if (pipe(to) || pipe(from)) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(to[0], 0);
        dup2(from[1], 1);
        dup2(from[1], 2);
        close(to[1]);
        close(from[0]);
        execlp("script", "script", "-qfec", "login -f root", "/dev/null", (char *)NULL);
        _exit(127);
    }
    close(to[0]);
    close(from[1]);
    fcntl(from[0], F_SETFL, O_NONBLOCK);
    *in = to[1];
    *out = from[0];
    return pid;
}

/* Read what the login's terminal shows until `needle` appears. */
static int terminal_shows(int fd, const char *needle, int seconds) {
    static char seen[65536];
    static size_t len;
    for (int i = 0; i < seconds * 20; i++) {
        ssize_t n = read(fd, seen + len, sizeof seen - 1 - len);
        if (n > 0) {
            len += (size_t)n;
            seen[len] = 0;
        }
        if (strstr(seen, needle)) return 1;
        if (len > sizeof seen - 1024) len = 0;
        usleep(50000);
    }
    return 0;
}

static int find_root_session(HANDLE h, DWORD *id, char *station, size_t station_len) {
    PWTS_SESSION_INFOA s;
    DWORD n;
    int found = 0;
    if (!WTSEnumerateSessionsA(h, 0, 1, &s, &n)) return 0;
    for (DWORD i = 0; i < n; i++) {
        LPSTR user;
        DWORD bytes;
        if (s[i].SessionId == 0) continue;
        if (WTSQuerySessionInformationA(h, s[i].SessionId, WTSUserName, &user, &bytes)) {
            if (strcmp(user, "root") == 0 && strncmp(s[i].pWinStationName, "pts/", 4) == 0) {
                *id = s[i].SessionId;
                snprintf(station, station_len, "%s", s[i].pWinStationName);
                found = 1;
            }
            WTSFreeMemory(user);
        }
    }
    WTSFreeMemory(s);
    return found;
}

int main(int argc, char **argv) {
    snprintf(server_name, sizeof server_name, "%s", argc > 1 ? argv[1] : "");
    HANDLE h = WTSOpenServerA(server_name);
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "open %s", server_name);

    DWORD id = 0;
    char station[64] = "";
    CHECK(!find_root_session(h, &id, station, sizeof station), "a root session exists before the test");

    /* The logon is reported while we wait for it. */
    struct waiter logon = {h, WTS_EVENT_LOGON | WTS_EVENT_LOGOFF, 0, 0, 0, 0};
    pthread_t t;
    pthread_create(&t, NULL, wait_event, &logon);
    usleep(500000);
    int in, out;
    pid_t login = start_login(&in, &out);
    CHECK(login > 0, "cannot start login");
    /* The marker is computed, so the echo of the typed line cannot match it. */
    const char *cmd = "echo SHELL-$((40+2)); exec sleep 600\n";
    CHECK(write(in, cmd, strlen(cmd)) == (ssize_t)strlen(cmd), "write to login");
    CHECK(terminal_shows(out, "SHELL-42", 20), "the login shell never ran");
    CHECK(wait_done(&logon, 10), "no event within 10 s of the logon");
    CHECK(logon.ret && (logon.flags & WTS_EVENT_LOGON) && !(logon.flags & WTS_EVENT_LOGOFF),
          "logon event: ret %d flags %#x err %u", logon.ret, logon.flags, logon.err);
    pthread_join(t, NULL);

    CHECK(find_root_session(h, &id, station, sizeof station), "the root session is not listed");
    printf("session %u on %s\n", id, station);

    /* `who` shows the same user on the same terminal. */
    char who_line[256] = "";
    FILE *who = popen("who", "r");
    int who_agrees = 0;
    while (who && fgets(who_line, sizeof who_line, who)) {
        char wuser[64], wline[64];
        if (sscanf(who_line, "%63s %63s", wuser, wline) == 2 && strcmp(wuser, "root") == 0 && strcmp(wline, station) == 0)
            who_agrees = 1;
    }
    if (who) pclose(who);
    CHECK(who_agrees, "who does not show root on %s", station);

    /* Its information. */
    LPWSTR buf;
    DWORD bytes;
    CHECK_OK(WTSQuerySessionInformationW(h, id, WTSConnectState, &buf, &bytes));
    CHECK(*(WTS_CONNECTSTATE_CLASS *)buf == WTSActive, "state %d", *(int *)buf);
    WTSFreeMemory(buf);
    CHECK_OK(WTSQuerySessionInformationW(h, id, WTSSessionInfo, &buf, &bytes));
    WTSINFOW *info = (WTSINFOW *)buf;
    LONGLONG now = ((LONGLONG)time(NULL) + 11644473600LL) * 10000000LL;
    CHECK(wide_eq_ci(info->UserName, "root") && info->SessionId == id, "WTSINFOW");
    CHECK(info->LogonTime.QuadPart > now - 600LL * 10000000 && info->LogonTime.QuadPart <= now + 10000000,
          "logon time is not recent");
    WTSFreeMemory(buf);

    /* Its processes: the shell became `sleep`. */
    DWORD level = 0, n;
    LPWSTR raw;
    CHECK_OK(WTSEnumerateProcessesExW(h, &level, id, &raw, &n));
    PWTS_PROCESS_INFOW procs = (PWTS_PROCESS_INFOW)raw;
    int has_sleep = 0;
    for (DWORD i = 0; i < n; i++) {
        CHECK(procs[i].SessionId == id, "process of session %u listed for %u", procs[i].SessionId, id);
        if (wide_eq_ci(procs[i].pProcessName, "sleep")) has_sleep = 1;
    }
    CHECK(has_sleep, "no sleep process among %u in session %u", n, id);
    CHECK_OK(WTSFreeMemoryExW(WTSTypeProcessInfoLevel0, raw, n));

    /* A message reaches the session's terminal. */
    DWORD response = 0;
    char title[] = "Maintenance", text[] = "winsession-message-42";
    CHECK_OK(WTSSendMessageA(h, id, title, sizeof title - 1, text, sizeof text - 1, MB_OK, 0, &response, FALSE));
    CHECK(response == IDASYNC, "response %u", response);
    CHECK(terminal_shows(out, "winsession-message-42", 10), "message not shown on the terminal");
    CHECK_OK(WTSSendMessageA(h, id, title, sizeof title - 1, text, sizeof text - 1, MB_OK, 5, &response, TRUE));
    CHECK(response == IDOK, "waited response %u", response);
    CHECK_FAILS(WTSDisconnectSession(h, id, TRUE), ERROR_NOT_SUPPORTED);

    /* Log it off, waiting; the logoff is reported. */
    struct waiter logoff = {h, WTS_EVENT_LOGOFF, 0, 0, 0, 0};
    pthread_create(&t, NULL, wait_event, &logoff);
    usleep(500000);
    CHECK_OK(WTSLogoffSession(h, id, TRUE));
    CHECK(!find_root_session(h, &id, station, sizeof station), "the session is still listed after logoff");
    int status = 0, exited = 0;
    for (int i = 0; i < 100 && !exited; i++) {
        exited = waitpid(login, &status, WNOHANG) == login;
        if (!exited) usleep(50000);
    }
    CHECK(exited, "login's terminal did not close");
    CHECK(wait_done(&logoff, 10), "no event within 10 s of the logoff");
    CHECK(logoff.ret && (logoff.flags & WTS_EVENT_LOGOFF), "logoff event: ret %d flags %#x", logoff.ret, logoff.flags);
    pthread_join(t, NULL);
    CHECK_FAILS(WTSLogoffSession(h, id, TRUE), ERROR_CTX_WINSTATION_NOT_FOUND);

    /* The seed: after WTSCloseServer the handle is refused. */
    WTSCloseServer(h);
    PWTS_SESSION_INFOW s;
    CHECK_FAILS(WTSEnumerateSessionsW(h, 0, 1, &s, &n), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WTSQuerySessionInformationW(h, WTS_CURRENT_SESSION, WTSUserName, &buf, &bytes), ERROR_INVALID_HANDLE);
    CHECK_FAILS(WTSLogoffSession(h, id, TRUE), ERROR_INVALID_HANDLE);
    WTSCloseServer(h);
    if (!exited) kill(login, SIGKILL);
    char name[300];
    snprintf(name, sizeof name, "wts_real_session (%s)", server_name[0] ? server_name : "local");
    return check_summary(name);
}
