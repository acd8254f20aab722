/*
 * windows.h for winsession: the Win32 base types, shaped like the Windows
 * SDK's, for C and C++ code built on Linux against libwinsession.
 *
 * Compile with -fshort-wchar: WCHAR is 16-bit UTF-16, as on Windows, and
 * L"..." literals are UTF-16. "ANSI" (char) strings are UTF-8.
 */
#ifndef WINSESSION_WINDOWS_H
#define WINSESSION_WINDOWS_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#if !defined(__cplusplus)
_Static_assert(sizeof(wchar_t) == 2, "compile with -fshort-wchar: WCHAR must be 16-bit");
#else
static_assert(sizeof(wchar_t) == 2, "compile with -fshort-wchar: WCHAR must be 16-bit");
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define WINAPI
#define CALLBACK
#define APIENTRY
#define WINBASEAPI
#define VOID void
#define CONST const

typedef int BOOL;
typedef BOOL *PBOOL, *LPBOOL;
typedef unsigned char BYTE, UCHAR, BOOLEAN;
typedef BYTE *PBYTE, *LPBYTE;
typedef char CHAR;
typedef short SHORT;
typedef unsigned short WORD, USHORT;
typedef wchar_t WCHAR;
typedef int INT, LONG;
typedef unsigned int UINT, DWORD, ULONG;
typedef int32_t INT32;
typedef uint32_t UINT32;
typedef int64_t LONGLONG, INT64;
typedef uint64_t ULONGLONG, UINT64, DWORD64;
typedef intptr_t INT_PTR, LONG_PTR;
typedef uintptr_t UINT_PTR, ULONG_PTR, DWORD_PTR, SIZE_T;
typedef DWORD *PDWORD, *LPDWORD;
typedef ULONG *PULONG;
typedef LONG *PLONG;
typedef void *PVOID, *LPVOID;
typedef const void *LPCVOID;
typedef void *HANDLE;
typedef HANDLE *PHANDLE, *LPHANDLE;
typedef void *PSID;
typedef CHAR *PCHAR, *LPCH, *PSTR, *LPSTR;
typedef const CHAR *PCSTR, *LPCSTR;
typedef WCHAR *PWCHAR, *LPWCH, *PWSTR, *LPWSTR;
typedef const WCHAR *PCWSTR, *LPCWSTR;
typedef LONG HRESULT;

#ifdef UNICODE
typedef WCHAR TCHAR;
typedef LPWSTR LPTSTR;
typedef LPCWSTR LPCTSTR;
#define TEXT(s) L##s
#else
typedef CHAR TCHAR;
typedef LPSTR LPTSTR;
typedef LPCSTR LPCTSTR;
#define TEXT(s) s
#endif

typedef union _LARGE_INTEGER {
    struct {
        DWORD LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        DWORD LowPart;
        DWORD HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef struct _FILETIME {
    DWORD dwLowDateTime;
    DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif
#ifndef NULL
#define NULL ((void *)0)
#endif
#define MAX_PATH 260
#define INVALID_HANDLE_VALUE ((HANDLE)(LONG_PTR)-1)
#define INFINITE 0xFFFFFFFF

/* Per-thread last error, one value across every winsession library. */
DWORD WINAPI GetLastError(void);
void WINAPI SetLastError(DWORD dwErrCode);

/* kernel32 functions winsession implements. */
DWORD WINAPI WTSGetActiveConsoleSessionId(void);
BOOL WINAPI ProcessIdToSessionId(DWORD dwProcessId, DWORD *pSessionId);

#ifdef __cplusplus
}
#endif

#include "winerror.h"
#include "winuser.h"

#endif
