/*
 * The variadic entry points of winsession's C runtime (libwinsession_crt.a):
 * the printf and scanf families.
 *
 * Rust cannot define a C-variadic function or read a va_list, so each
 * function is defined here: it copies its va_list into a box and calls
 * winsession_format() or winsession_scan() in libwinsession.so with
 * callbacks that fetch the next argument by kind. Parsing, formatting,
 * scanning and I/O are all in Rust (dlls/ucrtbase/src/format.rs, printf.rs
 * and scanf.rs).
 *
 * glibc's names are defined as __wrap_NAME: programs are linked with
 * -Wl,--wrap=NAME for every name in wrapped.txt. MSVC-only names are
 * defined under their own names.
 *
 * Compile without -fshort-wchar: wide strings are declared as
 * unsigned short here, which is wchar_t in the programs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef unsigned short ws_wchar;

/* Mirrors ucrtbase::printf::CArgs. */
struct winsession_crt_args {
    void *va;
    int (*next_int)(void *);
    long long (*next_long_long)(void *);
    double (*next_double)(void *);
    double (*next_long_double)(void *);
    const void *(*next_pointer)(void *);
};

/* Mirrors ucrtbase::printf::Destination. */
struct winsession_crt_dest {
    unsigned kind;
    void *target;
    size_t size;
    size_t count;
};

/* Destination kinds: ucrtbase::printf::DEST_*. */
enum {
    DEST_FILE = 0,
    DEST_C99 = 1,
    DEST_SWPRINTF = 2,
    DEST_LEGACY = 3,
    DEST_SECURE = 4,
    DEST_SECURE_COUNT = 5,
    DEST_COUNT = 6,
    DEST_WSPRINTF = 7,
};

int winsession_format(const void *format, int wide, const struct winsession_crt_dest *dest,
                      const struct winsession_crt_args *args);
int winsession_scan(const void *format, int wide, int secure, unsigned source_kind, const void *source,
                    const struct winsession_crt_args *args);

/* Scan sources: ucrtbase::scanf::SOURCE_*. */
enum { SOURCE_STRING = 0, SOURCE_FILE = 1 };

struct va_box {
    va_list ap;
};

static int next_int(void *va) { return va_arg(((struct va_box *)va)->ap, int); }
static long long next_long_long(void *va) { return va_arg(((struct va_box *)va)->ap, long long); }
static double next_double(void *va) { return va_arg(((struct va_box *)va)->ap, double); }
/* MSVC's long double is double; the caller still passed a long double. */
static double next_long_double(void *va) { return (double)va_arg(((struct va_box *)va)->ap, long double); }
static const void *next_pointer(void *va) { return va_arg(((struct va_box *)va)->ap, const void *); }

static int run(unsigned kind, void *target, size_t size, size_t count, int wide, const void *format,
               va_list ap)
{
    struct va_box box;
    struct winsession_crt_args args = {&box, next_int, next_long_long, next_double, next_long_double,
                                       next_pointer};
    struct winsession_crt_dest dest = {kind, target, size, count};
    int ret;
    va_copy(box.ap, ap);
    ret = winsession_format(format, wide, &dest, &args);
    va_end(box.ap);
    return ret;
}

static int scan(unsigned source_kind, const void *source, int wide, int secure, const void *format,
                va_list ap)
{
    struct va_box box;
    struct winsession_crt_args args = {&box, next_int, next_long_long, next_double, next_long_double,
                                       next_pointer};
    int ret;
    va_copy(box.ap, ap);
    ret = winsession_scan(format, wide, secure, source_kind, source, &args);
    va_end(box.ap);
    return ret;
}

/* Define NAME(params..., fmt, ...) as run(...) over its va_list. */
#define VARIADIC(ret_type, name, params, fmt, call)                                              \
    ret_type name params;                                                                        \
    ret_type name params                                                                         \
    {                                                                                            \
        va_list ap;                                                                              \
        int r;                                                                                   \
        va_start(ap, fmt);                                                                       \
        r = call;                                                                                \
        va_end(ap);                                                                              \
        return r;                                                                                \
    }
#define VALIST(ret_type, name, params, call)                                                     \
    ret_type name params;                                                                        \
    ret_type name params { return call; }

#define NARROW 0
#define WIDE 1

/* ---- glibc's narrow family, with MSVC's extensions ---- */
VARIADIC(int, __wrap_printf, (const char *fmt, ...), fmt, run(DEST_FILE, stdout, 0, 0, NARROW, fmt, ap))
VARIADIC(int, __wrap_fprintf, (FILE *f, const char *fmt, ...), fmt, run(DEST_FILE, f, 0, 0, NARROW, fmt, ap))
VARIADIC(int, __wrap_sprintf, (char *s, const char *fmt, ...), fmt, run(DEST_C99, s, SIZE_MAX, 0, NARROW, fmt, ap))
VARIADIC(int, __wrap_snprintf, (char *s, size_t n, const char *fmt, ...), fmt, run(DEST_C99, s, n, 0, NARROW, fmt, ap))
VALIST(int, __wrap_vprintf, (const char *fmt, va_list ap), run(DEST_FILE, stdout, 0, 0, NARROW, fmt, ap))
VALIST(int, __wrap_vfprintf, (FILE *f, const char *fmt, va_list ap), run(DEST_FILE, f, 0, 0, NARROW, fmt, ap))
VALIST(int, __wrap_vsprintf, (char *s, const char *fmt, va_list ap), run(DEST_C99, s, SIZE_MAX, 0, NARROW, fmt, ap))
VALIST(int, __wrap_vsnprintf, (char *s, size_t n, const char *fmt, va_list ap), run(DEST_C99, s, n, 0, NARROW, fmt, ap))

/* ---- glibc's wide family, for 16-bit wchar_t ---- */
VARIADIC(int, __wrap_wprintf, (const ws_wchar *fmt, ...), fmt, run(DEST_FILE, stdout, 0, 0, WIDE, fmt, ap))
VARIADIC(int, __wrap_fwprintf, (FILE *f, const ws_wchar *fmt, ...), fmt, run(DEST_FILE, f, 0, 0, WIDE, fmt, ap))
VARIADIC(int, __wrap_swprintf, (ws_wchar *s, size_t n, const ws_wchar *fmt, ...), fmt, run(DEST_SWPRINTF, s, n, 0, WIDE, fmt, ap))
VALIST(int, __wrap_vwprintf, (const ws_wchar *fmt, va_list ap), run(DEST_FILE, stdout, 0, 0, WIDE, fmt, ap))
VALIST(int, __wrap_vfwprintf, (FILE *f, const ws_wchar *fmt, va_list ap), run(DEST_FILE, f, 0, 0, WIDE, fmt, ap))
VALIST(int, __wrap_vswprintf, (ws_wchar *s, size_t n, const ws_wchar *fmt, va_list ap), run(DEST_SWPRINTF, s, n, 0, WIDE, fmt, ap))

/* ---- MSVC's legacy counted forms: no NUL when the output fills count ---- */
VARIADIC(int, _snprintf, (char *s, size_t n, const char *fmt, ...), fmt, run(DEST_LEGACY, s, n, n, NARROW, fmt, ap))
VALIST(int, _vsnprintf, (char *s, size_t n, const char *fmt, va_list ap), run(DEST_LEGACY, s, n, n, NARROW, fmt, ap))
VARIADIC(int, _snwprintf, (ws_wchar *s, size_t n, const ws_wchar *fmt, ...), fmt, run(DEST_LEGACY, s, n, n, WIDE, fmt, ap))
VALIST(int, _vsnwprintf, (ws_wchar *s, size_t n, const ws_wchar *fmt, va_list ap), run(DEST_LEGACY, s, n, n, WIDE, fmt, ap))
/* _swprintf: the pre-C99 swprintf without a count. */
VARIADIC(int, _swprintf, (ws_wchar *s, const ws_wchar *fmt, ...), fmt, run(DEST_C99, s, SIZE_MAX, 0, WIDE, fmt, ap))
VALIST(int, _vswprintf, (ws_wchar *s, const ws_wchar *fmt, va_list ap), run(DEST_C99, s, SIZE_MAX, 0, WIDE, fmt, ap))

/* ---- MSVC's secure forms ---- */
VARIADIC(int, sprintf_s, (char *s, size_t size, const char *fmt, ...), fmt, run(DEST_SECURE, s, size, 0, NARROW, fmt, ap))
VALIST(int, vsprintf_s, (char *s, size_t size, const char *fmt, va_list ap), run(DEST_SECURE, s, size, 0, NARROW, fmt, ap))
VARIADIC(int, swprintf_s, (ws_wchar *s, size_t size, const ws_wchar *fmt, ...), fmt, run(DEST_SECURE, s, size, 0, WIDE, fmt, ap))
VALIST(int, vswprintf_s, (ws_wchar *s, size_t size, const ws_wchar *fmt, va_list ap), run(DEST_SECURE, s, size, 0, WIDE, fmt, ap))
VARIADIC(int, _snprintf_s, (char *s, size_t size, size_t count, const char *fmt, ...), fmt, run(DEST_SECURE_COUNT, s, size, count, NARROW, fmt, ap))
VALIST(int, _vsnprintf_s, (char *s, size_t size, size_t count, const char *fmt, va_list ap), run(DEST_SECURE_COUNT, s, size, count, NARROW, fmt, ap))
VARIADIC(int, _snwprintf_s, (ws_wchar *s, size_t size, size_t count, const ws_wchar *fmt, ...), fmt, run(DEST_SECURE_COUNT, s, size, count, WIDE, fmt, ap))
VALIST(int, _vsnwprintf_s, (ws_wchar *s, size_t size, size_t count, const ws_wchar *fmt, va_list ap), run(DEST_SECURE_COUNT, s, size, count, WIDE, fmt, ap))
VARIADIC(int, printf_s, (const char *fmt, ...), fmt, run(DEST_FILE, stdout, 0, 0, NARROW, fmt, ap))
VALIST(int, vprintf_s, (const char *fmt, va_list ap), run(DEST_FILE, stdout, 0, 0, NARROW, fmt, ap))
VARIADIC(int, fprintf_s, (FILE *f, const char *fmt, ...), fmt, run(DEST_FILE, f, 0, 0, NARROW, fmt, ap))
VALIST(int, vfprintf_s, (FILE *f, const char *fmt, va_list ap), run(DEST_FILE, f, 0, 0, NARROW, fmt, ap))
VARIADIC(int, wprintf_s, (const ws_wchar *fmt, ...), fmt, run(DEST_FILE, stdout, 0, 0, WIDE, fmt, ap))
VALIST(int, vwprintf_s, (const ws_wchar *fmt, va_list ap), run(DEST_FILE, stdout, 0, 0, WIDE, fmt, ap))
VARIADIC(int, fwprintf_s, (FILE *f, const ws_wchar *fmt, ...), fmt, run(DEST_FILE, f, 0, 0, WIDE, fmt, ap))
VALIST(int, vfwprintf_s, (FILE *f, const ws_wchar *fmt, va_list ap), run(DEST_FILE, f, 0, 0, WIDE, fmt, ap))

/* ---- the length alone ---- */
VARIADIC(int, _scprintf, (const char *fmt, ...), fmt, run(DEST_COUNT, NULL, 0, 0, NARROW, fmt, ap))
VALIST(int, _vscprintf, (const char *fmt, va_list ap), run(DEST_COUNT, NULL, 0, 0, NARROW, fmt, ap))
VARIADIC(int, _scwprintf, (const ws_wchar *fmt, ...), fmt, run(DEST_COUNT, NULL, 0, 0, WIDE, fmt, ap))
VALIST(int, _vscwprintf, (const ws_wchar *fmt, va_list ap), run(DEST_COUNT, NULL, 0, 0, WIDE, fmt, ap))

/* ---- user32: at most 1024 units with the NUL, no floating point ---- */
VARIADIC(int, wsprintfA, (char *s, const char *fmt, ...), fmt, run(DEST_WSPRINTF, s, 0, 0, NARROW, fmt, ap))
VALIST(int, wvsprintfA, (char *s, const char *fmt, va_list ap), run(DEST_WSPRINTF, s, 0, 0, NARROW, fmt, ap))
VARIADIC(int, wsprintfW, (ws_wchar *s, const ws_wchar *fmt, ...), fmt, run(DEST_WSPRINTF, s, 0, 0, WIDE, fmt, ap))
VALIST(int, wvsprintfW, (ws_wchar *s, const ws_wchar *fmt, va_list ap), run(DEST_WSPRINTF, s, 0, 0, WIDE, fmt, ap))

/* ---- the scanf family; glibc's headers may name the __isoc99_ forms ---- */
#define SCANF_PAIR(name, params, fmt, call)                                                      \
    VARIADIC(int, __wrap_##name, params, fmt, call)                                              \
    VARIADIC(int, __wrap___isoc99_##name, params, fmt, call)
#define VSCANF_PAIR(name, params, call)                                                          \
    VALIST(int, __wrap_##name, params, call)                                                     \
    VALIST(int, __wrap___isoc99_##name, params, call)

SCANF_PAIR(sscanf, (const char *s, const char *fmt, ...), fmt, scan(SOURCE_STRING, s, NARROW, 0, fmt, ap))
SCANF_PAIR(scanf, (const char *fmt, ...), fmt, scan(SOURCE_FILE, stdin, NARROW, 0, fmt, ap))
SCANF_PAIR(fscanf, (FILE *f, const char *fmt, ...), fmt, scan(SOURCE_FILE, f, NARROW, 0, fmt, ap))
VSCANF_PAIR(vsscanf, (const char *s, const char *fmt, va_list ap), scan(SOURCE_STRING, s, NARROW, 0, fmt, ap))
VSCANF_PAIR(vscanf, (const char *fmt, va_list ap), scan(SOURCE_FILE, stdin, NARROW, 0, fmt, ap))
VSCANF_PAIR(vfscanf, (FILE *f, const char *fmt, va_list ap), scan(SOURCE_FILE, f, NARROW, 0, fmt, ap))
SCANF_PAIR(swscanf, (const ws_wchar *s, const ws_wchar *fmt, ...), fmt, scan(SOURCE_STRING, s, WIDE, 0, fmt, ap))
SCANF_PAIR(wscanf, (const ws_wchar *fmt, ...), fmt, scan(SOURCE_FILE, stdin, WIDE, 0, fmt, ap))
SCANF_PAIR(fwscanf, (FILE *f, const ws_wchar *fmt, ...), fmt, scan(SOURCE_FILE, f, WIDE, 0, fmt, ap))
VSCANF_PAIR(vswscanf, (const ws_wchar *s, const ws_wchar *fmt, va_list ap), scan(SOURCE_STRING, s, WIDE, 0, fmt, ap))
VSCANF_PAIR(vwscanf, (const ws_wchar *fmt, va_list ap), scan(SOURCE_FILE, stdin, WIDE, 0, fmt, ap))
VSCANF_PAIR(vfwscanf, (FILE *f, const ws_wchar *fmt, va_list ap), scan(SOURCE_FILE, f, WIDE, 0, fmt, ap))

/* ---- MSVC's secure scanf: an unsigned size follows each %s, %c, %[ buffer ---- */
VARIADIC(int, sscanf_s, (const char *s, const char *fmt, ...), fmt, scan(SOURCE_STRING, s, NARROW, 1, fmt, ap))
VALIST(int, vsscanf_s, (const char *s, const char *fmt, va_list ap), scan(SOURCE_STRING, s, NARROW, 1, fmt, ap))
VARIADIC(int, scanf_s, (const char *fmt, ...), fmt, scan(SOURCE_FILE, stdin, NARROW, 1, fmt, ap))
VALIST(int, vscanf_s, (const char *fmt, va_list ap), scan(SOURCE_FILE, stdin, NARROW, 1, fmt, ap))
VARIADIC(int, fscanf_s, (FILE *f, const char *fmt, ...), fmt, scan(SOURCE_FILE, f, NARROW, 1, fmt, ap))
VALIST(int, vfscanf_s, (FILE *f, const char *fmt, va_list ap), scan(SOURCE_FILE, f, NARROW, 1, fmt, ap))
VARIADIC(int, swscanf_s, (const ws_wchar *s, const ws_wchar *fmt, ...), fmt, scan(SOURCE_STRING, s, WIDE, 1, fmt, ap))
VALIST(int, vswscanf_s, (const ws_wchar *s, const ws_wchar *fmt, va_list ap), scan(SOURCE_STRING, s, WIDE, 1, fmt, ap))
VARIADIC(int, wscanf_s, (const ws_wchar *fmt, ...), fmt, scan(SOURCE_FILE, stdin, WIDE, 1, fmt, ap))
VALIST(int, vwscanf_s, (const ws_wchar *fmt, va_list ap), scan(SOURCE_FILE, stdin, WIDE, 1, fmt, ap))
VARIADIC(int, fwscanf_s, (FILE *f, const ws_wchar *fmt, ...), fmt, scan(SOURCE_FILE, f, WIDE, 1, fmt, ap))
VALIST(int, vfwscanf_s, (FILE *f, const ws_wchar *fmt, va_list ap), scan(SOURCE_FILE, f, WIDE, 1, fmt, ap))
