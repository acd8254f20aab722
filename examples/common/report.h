// report.h: how the examples report progress and failures, the way Windows
// console programs commonly do (wide output, FormatMessage for Win32 errors).
// The examples include it as "..\Common\Report.h": a different case and
// backslashes, which the winsession drivers resolve as Windows does.
#pragma once

#include <windows.h>
#include <stdio.h>
#include <wchar.h>

// Print a Win32 error code with the system's text for it.
static inline void ReportError(_In_z_ LPCWSTR what, _In_ DWORD error)
{
    LPWSTR text = NULL;
    DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                      FORMAT_MESSAGE_IGNORE_INSERTS,
                                  NULL, error, 0, (LPWSTR)&text, 0, NULL);
    fwprintf(stderr, L"%s failed: %lu (%s)\n", what, error, length ? text : L"no text");
    if (text != NULL)
    {
        LocalFree(text);
    }
}

// Print a step that succeeded, with the milliseconds since the program began.
static inline void ReportStep(_In_z_ LPCWSTR step)
{
    static ULONGLONG start;
    if (start == 0)
    {
        start = GetTickCount64();
    }
    wprintf(L"[%5I64u ms] %s\n", GetTickCount64() - start, step);
}
