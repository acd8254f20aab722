/* sdkddkver.h for winsession: the SDK's version macros. Programs include it
 * (through targetver.h) to state the Windows version they target; the
 * defaults here are Windows 10's, which is what the APIs implemented here
 * behave as (GetVersionExW reports 10.0). */
#ifndef WINSESSION_SDKDDKVER_H
#define WINSESSION_SDKDDKVER_H
#define _WIN32_WINNT_WIN7 0x0601
#define _WIN32_WINNT_WIN8 0x0602
#define _WIN32_WINNT_WINBLUE 0x0603
#define _WIN32_WINNT_WIN10 0x0A00
#define NTDDI_WIN7 0x06010000
#define NTDDI_WIN8 0x06020000
#define NTDDI_WINBLUE 0x06030000
#define NTDDI_WIN10 0x0A000000
#define NTDDI_WIN10_19H1 0x0A000007
#define NTDDI_VERSION_FROM_WIN32_WINNT(ver) ((ver) << 16)
#ifndef _WIN32_WINNT
#define _WIN32_WINNT _WIN32_WINNT_WIN10
#endif
#ifndef NTDDI_VERSION
#define NTDDI_VERSION NTDDI_WIN10_19H1
#endif
#ifndef WINVER
#define WINVER _WIN32_WINNT
#endif
#ifndef _WIN32_IE
#define _WIN32_IE 0x0A00
#endif
#endif
