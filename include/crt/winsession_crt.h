/*
 * The MSVC-only functions of winsession's C runtime.
 *
 * Included by this folder's <wchar.h>, <stdio.h>, <stdlib.h>, <string.h>
 * and <tchar.h> after glibc's header of the same name. The glibc names
 * (wcslen, wprintf, printf ...) keep glibc's declarations; the compiler
 * driver links programs with -Wl,--wrap for each of them (see
 * sdk/crt/wrapped.txt), so the program's calls reach the 16-bit wchar_t
 * versions in libwinsession.so and libwinsession_crt.a.
 *
 * The _s functions return their error code (and set errno) where MSVC's
 * default invalid-parameter handler would end the process.
 */
#ifndef WINSESSION_CRT_H
#define WINSESSION_CRT_H
#pragma GCC system_header

#include <corecrt.h>
#include <stdarg.h>
#include <stdio.h>

/* glibc's fortified wrappers (__wcscpy_chk, __swprintf_chk ...) assume a
   32-bit wchar_t and would bypass these functions. */
#if defined(__USE_FORTIFY_LEVEL) && __USE_FORTIFY_LEVEL > 0
#error "winsession's C runtime: build with -U_FORTIFY_SOURCE (glibc's fortified wide and printf functions assume a 32-bit wchar_t)"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Wide strings (string.h / wchar.h on Windows). */
int _wcsicmp(const wchar_t *a, const wchar_t *b);
int _wcsnicmp(const wchar_t *a, const wchar_t *b, size_t n);
int _wcsicoll(const wchar_t *a, const wchar_t *b);
wchar_t *_wcsdup(const wchar_t *s);
wchar_t *_wcslwr(wchar_t *s);
wchar_t *_wcsupr(wchar_t *s);
wchar_t *_wcstok(wchar_t *s, const wchar_t *delim);
wchar_t *wcstok_s(wchar_t *s, const wchar_t *delim, wchar_t **context);
errno_t wcscpy_s(wchar_t *dst, rsize_t size, const wchar_t *src);
errno_t wcscat_s(wchar_t *dst, rsize_t size, const wchar_t *src);
errno_t wcsncpy_s(wchar_t *dst, rsize_t size, const wchar_t *src, rsize_t count);
errno_t wcsncat_s(wchar_t *dst, rsize_t size, const wchar_t *src, rsize_t count);

/* Narrow strings (string.h). */
int _stricmp(const char *a, const char *b);
int _strnicmp(const char *a, const char *b, size_t n);
char *_strlwr(char *s);
char *_strupr(char *s);
errno_t strcpy_s(char *dst, rsize_t size, const char *src);
errno_t strcat_s(char *dst, rsize_t size, const char *src);
errno_t strncpy_s(char *dst, rsize_t size, const char *src, rsize_t count);
errno_t strncat_s(char *dst, rsize_t size, const char *src, rsize_t count);
char *_strdup(const char *s);

/* Numbers (stdlib.h). Windows' long is 32-bit: _wtol and _ltow use 32 bits. */
int _wtoi(const wchar_t *s);
long _wtol(const wchar_t *s);
long long _wtoi64(const wchar_t *s);
double _wtof(const wchar_t *s);
long long _wcstoi64(const wchar_t *s, wchar_t **end, int base);
unsigned long long _wcstoui64(const wchar_t *s, wchar_t **end, int base);
wchar_t *_itow(int value, wchar_t *buf, int radix);
wchar_t *_ltow(long value, wchar_t *buf, int radix);
wchar_t *_ultow(unsigned long value, wchar_t *buf, int radix);
wchar_t *_i64tow(long long value, wchar_t *buf, int radix);
wchar_t *_ui64tow(unsigned long long value, wchar_t *buf, int radix);
char *_itoa(int value, char *buf, int radix);
char *_ltoa(long value, char *buf, int radix);
char *_ultoa(unsigned long value, char *buf, int radix);
char *_i64toa(long long value, char *buf, int radix);
char *_ui64toa(unsigned long long value, char *buf, int radix);
errno_t _itow_s(int value, wchar_t *buf, size_t size, int radix);
errno_t _i64tow_s(long long value, wchar_t *buf, size_t size, int radix);
errno_t _ui64tow_s(unsigned long long value, wchar_t *buf, size_t size, int radix);
errno_t _itoa_s(int value, char *buf, size_t size, int radix);
errno_t _i64toa_s(long long value, char *buf, size_t size, int radix);
errno_t _ui64toa_s(unsigned long long value, char *buf, size_t size, int radix);
#ifndef _atoi64
#define _atoi64(s) strtoll((s), NULL, 10)
#define _strtoi64 strtoll
#define _strtoui64 strtoull
#endif

/* Environment, files and processes (stdlib.h / stdio.h / wchar.h). Windows
   paths map to Linux ones as CreateFileW maps them (\ separators, drive
   letters naming the root). */
wchar_t *_wgetenv(const wchar_t *name);
errno_t _wgetenv_s(size_t *required, wchar_t *buf, size_t size, const wchar_t *name);
int _wputenv(const wchar_t *assignment);
errno_t _wputenv_s(const wchar_t *name, const wchar_t *value);
int _wsystem(const wchar_t *command);
FILE *_wfopen(const wchar_t *path, const wchar_t *mode);
errno_t _wfopen_s(FILE **file, const wchar_t *path, const wchar_t *mode);
errno_t fopen_s(FILE **file, const char *path, const char *mode);
int _wremove(const wchar_t *path);
int _wunlink(const wchar_t *path);
int _wrename(const wchar_t *from, const wchar_t *to);
int _putws(const wchar_t *s);
wchar_t *_wcserror(int code);

/* The printf family (stdio.h / wchar.h): MSVC's formats, %s of the
   format's own width, and Microsoft's truncation rules. */
int _snprintf(char *buf, size_t count, const char *fmt, ...);
int _vsnprintf(char *buf, size_t count, const char *fmt, va_list ap);
int _snwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, ...);
int _vsnwprintf(wchar_t *buf, size_t count, const wchar_t *fmt, va_list ap);
int _swprintf(wchar_t *buf, const wchar_t *fmt, ...);
int _vswprintf(wchar_t *buf, const wchar_t *fmt, va_list ap);
int sprintf_s(char *buf, size_t size, const char *fmt, ...);
int vsprintf_s(char *buf, size_t size, const char *fmt, va_list ap);
int swprintf_s(wchar_t *buf, size_t size, const wchar_t *fmt, ...);
int vswprintf_s(wchar_t *buf, size_t size, const wchar_t *fmt, va_list ap);
int _snprintf_s(char *buf, size_t size, size_t count, const char *fmt, ...);
int _vsnprintf_s(char *buf, size_t size, size_t count, const char *fmt, va_list ap);
int _snwprintf_s(wchar_t *buf, size_t size, size_t count, const wchar_t *fmt, ...);
int _vsnwprintf_s(wchar_t *buf, size_t size, size_t count, const wchar_t *fmt, va_list ap);
int printf_s(const char *fmt, ...);
int vprintf_s(const char *fmt, va_list ap);
int fprintf_s(FILE *f, const char *fmt, ...);
int vfprintf_s(FILE *f, const char *fmt, va_list ap);
int wprintf_s(const wchar_t *fmt, ...);
int vwprintf_s(const wchar_t *fmt, va_list ap);
int fwprintf_s(FILE *f, const wchar_t *fmt, ...);
int vfwprintf_s(FILE *f, const wchar_t *fmt, va_list ap);
int _scprintf(const char *fmt, ...);
int _vscprintf(const char *fmt, va_list ap);
int _scwprintf(const wchar_t *fmt, ...);
int _vscwprintf(const wchar_t *fmt, va_list ap);

/* The secure scanf family: an unsigned buffer size, in units, follows each
   %s, %c and %[ pointer; too small a buffer gets an empty string and ends
   the scan (errno ENOMEM). */
int sscanf_s(const char *s, const char *fmt, ...);
int vsscanf_s(const char *s, const char *fmt, va_list ap);
int scanf_s(const char *fmt, ...);
int vscanf_s(const char *fmt, va_list ap);
int fscanf_s(FILE *f, const char *fmt, ...);
int vfscanf_s(FILE *f, const char *fmt, va_list ap);
int swscanf_s(const wchar_t *s, const wchar_t *fmt, ...);
int vswscanf_s(const wchar_t *s, const wchar_t *fmt, va_list ap);
int wscanf_s(const wchar_t *fmt, ...);
int vwscanf_s(const wchar_t *fmt, va_list ap);
int fwscanf_s(FILE *f, const wchar_t *fmt, ...);
int vfwscanf_s(FILE *f, const wchar_t *fmt, va_list ap);

#ifdef __cplusplus
}

/* The C++ overloads the UCRT's headers add: array destinations whose size
   the template deduces, the two-argument wcstok and the count-less
   swprintf. */
extern "C++" {
template <size_t N> inline errno_t wcscpy_s(wchar_t (&dst)[N], const wchar_t *src) { return wcscpy_s(dst, N, src); }
template <size_t N> inline errno_t wcscat_s(wchar_t (&dst)[N], const wchar_t *src) { return wcscat_s(dst, N, src); }
template <size_t N> inline errno_t wcsncpy_s(wchar_t (&dst)[N], const wchar_t *src, rsize_t count) { return wcsncpy_s(dst, N, src, count); }
template <size_t N> inline errno_t wcsncat_s(wchar_t (&dst)[N], const wchar_t *src, rsize_t count) { return wcsncat_s(dst, N, src, count); }
template <size_t N> inline errno_t strcpy_s(char (&dst)[N], const char *src) { return strcpy_s(dst, N, src); }
template <size_t N> inline errno_t strcat_s(char (&dst)[N], const char *src) { return strcat_s(dst, N, src); }
template <size_t N> inline errno_t strncpy_s(char (&dst)[N], const char *src, rsize_t count) { return strncpy_s(dst, N, src, count); }
template <size_t N> inline errno_t strncat_s(char (&dst)[N], const char *src, rsize_t count) { return strncat_s(dst, N, src, count); }
template <size_t N> inline errno_t _itow_s(int value, wchar_t (&buf)[N], int radix) { return _itow_s(value, buf, N, radix); }
template <size_t N> inline errno_t _itoa_s(int value, char (&buf)[N], int radix) { return _itoa_s(value, buf, N, radix); }
template <size_t N> inline int vswprintf_s(wchar_t (&buf)[N], const wchar_t *fmt, va_list ap) { return vswprintf_s(buf, N, fmt, ap); }
template <size_t N> inline int vsprintf_s(char (&buf)[N], const char *fmt, va_list ap) { return vsprintf_s(buf, N, fmt, ap); }
template <size_t N> inline int swprintf_s(wchar_t (&buf)[N], const wchar_t *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vswprintf_s(buf, N, fmt, ap);
    va_end(ap);
    return r;
}
template <size_t N> inline int sprintf_s(char (&buf)[N], const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsprintf_s(buf, N, fmt, ap);
    va_end(ap);
    return r;
}
template <size_t N> inline int _snwprintf_s(wchar_t (&buf)[N], size_t count, const wchar_t *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = _vsnwprintf_s(buf, N, count, fmt, ap);
    va_end(ap);
    return r;
}
template <size_t N> inline int _snprintf_s(char (&buf)[N], size_t count, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = _vsnprintf_s(buf, N, count, fmt, ap);
    va_end(ap);
    return r;
}
inline wchar_t *wcstok(wchar_t *s, const wchar_t *delim) { return _wcstok(s, delim); }
inline int swprintf(wchar_t *buf, const wchar_t *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = _vswprintf(buf, fmt, ap);
    va_end(ap);
    return r;
}
}
#endif

#endif
