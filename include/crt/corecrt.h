/*
 * corecrt.h: the basic types and macros of Microsoft's C runtime, for
 * winsession's C runtime (libwinsession.so, dlls/ucrtbase).
 */
#ifndef WINSESSION_CORECRT_H
#define WINSESSION_CORECRT_H
#pragma GCC system_header

#include <stddef.h>

#if !defined(__SIZEOF_WCHAR_T__) || __SIZEOF_WCHAR_T__ != 2
#error "winsession's C runtime needs a 16-bit wchar_t: compile with -fshort-wchar (winsession-cc does)"
#endif

#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif

#ifndef _RSIZE_T_DEFINED
#define _RSIZE_T_DEFINED
typedef size_t rsize_t;
#endif

/* The count of the _sn*printf_s and strncpy_s families meaning "as much as fits". */
#ifndef _TRUNCATE
#define _TRUNCATE ((size_t)-1)
#endif

/* errno value of the _s functions when _TRUNCATE cut the result. */
#ifndef STRUNCATE
#define STRUNCATE 80
#endif

#ifndef _MAX_PATH
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256
#endif

/* The number of elements of an array; in C++ a pointer does not compile. */
#ifndef _countof
#ifdef __cplusplus
extern "C++" {
template <typename T, size_t N> char (*winsession_countof_helper(T (&)[N]))[N];
}
#define _countof(a) (sizeof(*winsession_countof_helper(a)))
#else
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#endif
#endif

#endif
