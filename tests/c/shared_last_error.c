/*
 * A program linking both -lwtsapi32 and -lwinhttp sees one per-thread last
 * error and one loaded object (libwinsession.so), as on Windows where
 * GetLastError belongs to kernel32.
 */
#define _GNU_SOURCE
#include <wtsapi32.h>
#include <winhttp.h>
#include "check.h"

#include <link.h>
#include <string.h>

static int winsession_objects;

static int count_objects(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    (void)data;
    if (strstr(info->dlpi_name, "libwinsession.so") || strstr(info->dlpi_name, "libwtsapi32.so") ||
        strstr(info->dlpi_name, "libwinhttp.so"))
        winsession_objects++;
    return 0;
}

int main(void) {
    PWTS_PROCESS_INFOW p;
    DWORD n;
    CHECK_FAILS(WTSEnumerateProcessesW(WTS_CURRENT_SERVER_HANDLE, 1, 1, &p, &n), ERROR_INVALID_PARAMETER);
    HINTERNET s = WinHttpOpen(L"t", 0, NULL, NULL, 0);
    CHECK(WinHttpOpenRequest(s, L"GET", L"/", NULL, NULL, NULL, 0) == NULL, "request on a session");
    CHECK(GetLastError() == ERROR_WINHTTP_INCORRECT_HANDLE_TYPE, "last error %u after a WinHTTP failure", GetLastError());
    /* A WTS call then sees and sets the same value. */
    CHECK_FAILS(WTSEnumerateSessionsW((HANDLE)s, 0, 1, NULL, &n), ERROR_INVALID_PARAMETER);
    SetLastError(0);
    CHECK(WTSEnumerateSessionsW((HANDLE)s, 0, 1, (PWTS_SESSION_INFOW *)&p, &n) == FALSE, "a WinHTTP handle is not a server");
    CHECK(GetLastError() == ERROR_INVALID_HANDLE, "WinHTTP handle used as a WTS server: %u", GetLastError());
    WinHttpCloseHandle(s);
    dl_iterate_phdr(count_objects, NULL);
    CHECK(winsession_objects == 1, "%d winsession objects loaded", winsession_objects);
    return check_summary("shared_last_error");
}
