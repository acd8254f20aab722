/*
 * windows.h for winsession: the Windows SDK's umbrella header for C and C++
 * code built on Linux against libwinsession.
 *
 * Compile with -fshort-wchar: WCHAR is 16-bit UTF-16, as on Windows, and
 * L"..." literals are UTF-16. "ANSI" (char) strings are UTF-8.
 *
 * As on Windows, WIN32_LEAN_AND_MEAN leaves out the COM and shell headers.
 * glibc's <wchar.h> is not included: its wide functions take 32-bit
 * wchar_t; the wide C runtime comes from include/crt.
 */
#ifndef WINSESSION_WINDOWS_H
#define WINSESSION_WINDOWS_H

#include <stdarg.h>
#include "sdkddkver.h"
#include "windef.h"
#include "winbase.h"
#include "winerror.h"
#include "winnls.h"
#include "winuser.h"

#ifndef WIN32_LEAN_AND_MEAN
#include "shellapi.h"
#include "apiquery2.h"
#include "objbase.h"
#endif

#endif
