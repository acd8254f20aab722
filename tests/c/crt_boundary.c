/*
 * The C runtime's boundary with glibc, as Windows code uses it: MSVC's
 * printf formats, wide strings of 16-bit wchar_t, the _s functions, and a
 * check that the wide functions this program calls are winsession's, not
 * glibc's 32-bit ones.
 */
#define _GNU_SOURCE /* dladdr */
#define UNICODE
#define _UNICODE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tchar.h>
#include <unistd.h>
#include <wchar.h>

typedef wchar_t WCHAR;
#include "check.h"

/* Run `body` with stdout redirected to a temporary file; `out` gets what
   it printed. */
#define CAPTURE(out, body)                                                      \
    do {                                                                        \
        fflush(stdout);                                                         \
        FILE *tmp_ = tmpfile();                                                 \
        int saved_ = dup(1);                                                    \
        dup2(fileno(tmp_), 1);                                                  \
        body;                                                                   \
        fflush(stdout);                                                         \
        dup2(saved_, 1);                                                        \
        close(saved_);                                                          \
        rewind(tmp_);                                                           \
        size_t n_ = fread(out, 1, sizeof(out) - 1, tmp_);                       \
        out[n_] = 0;                                                            \
        fclose(tmp_);                                                           \
    } while (0)

static int units_eq(const wchar_t *got, const wchar_t *want) {
    return wide_len(got) == wide_len(want) && memcmp(got, want, wide_len(want) * 2) == 0;
}

/* The shared object that defines the function at `address`. */
static const char *defining_object(const void *address) {
    Dl_info info;
    if (!dladdr(address, &info) || !info.dli_fname) return "(unknown)";
    return info.dli_fname;
}

static void printf_formats(void) {
    char out[256];
    const wchar_t *wide = L"wide";
    long long big = -1234567890123LL;
    size_t size = 42;

    CAPTURE(out, printf("%d|%5.2f|%-4s|%x\n", -7, 3.14159, "ab", 255));
    CHECK(strcmp(out, "-7| 3.14|ab  |ff\n") == 0, "got '%s'", out);

    CAPTURE(out, wprintf(L"%s %d\n", L"x", 1));
    CHECK(strcmp(out, "x 1\n") == 0, "got '%s'", out);

    CAPTURE(out, printf("%ws|%S|%I64d|%Iu|%lld\n", wide, L"\u00e9t\u00e9", big, size, 5LL));
    CHECK(strcmp(out, "wide|\xc3\xa9t\xc3\xa9|-1234567890123|42|5\n") == 0, "got '%s'", out);

    CAPTURE(out, wprintf(L"%hs|%S|%ls|%c|%I32x|%ld\n", "narrow", "ansi", L"\U0001F389", L'\u20ac', 0xbeef, -2L));
    CHECK(strcmp(out, "narrow|ansi|\xf0\x9f\x8e\x89|\xe2\x82\xac|beef|-2\n") == 0, "got '%s'", out);

    CAPTURE(out, _tprintf(_T("%s!\n"), _T("tchar")));
    CHECK(strcmp(out, "tchar!\n") == 0, "got '%s'", out);

    CAPTURE(out, printf("%s %ls\n", (char *)NULL, (wchar_t *)NULL));
    CHECK(strcmp(out, "(null) (null)\n") == 0, "got '%s'", out);

    char narrow[32];
    CHECK(snprintf(narrow, sizeof narrow, "%I64u-%hs", 18446744073709551615ULL, "z") == 22, "snprintf");
    CHECK(strcmp(narrow, "18446744073709551615-z") == 0, "got '%s'", narrow);
    CHECK(snprintf(narrow, 4, "%d", 123456) == 6 && strcmp(narrow, "123") == 0, "C99 truncation: '%s'", narrow);
    CHECK(_scprintf("%ws", L"four") == 4, "_scprintf");
}

static void wide_buffers(void) {
    wchar_t buf[16];
    int r = swprintf(buf, 16, L"%d-%s-%hs", 42, L"w", "n");
    CHECK(r == 6 && units_eq(buf, L"42-w-n"), "swprintf: %d", r);
    const wchar_t pair_text[] = {0xD83C, 0xDF89, 0};
    CHECK(units_eq(pair_text, L"\U0001F389"), "the compiler's UTF-16 literal");
    r = swprintf(buf, 16, L"[%s]", L"\U0001F389");
    CHECK(r == 4 && buf[1] == 0xD83C && buf[2] == 0xDF89 && buf[4] == 0, "surrogate pair units: %d", r);
    CHECK(swprintf(buf, 4, L"%s", L"toolong") == -1 && buf[3] == 0, "swprintf overflow is -1");

    /* _snwprintf: no NUL when the output is exactly count units long,
       -1 when longer. */
    wmemset(buf, L'#', 16);
    r = _snwprintf(buf, 5, L"%s", L"abcde");
    CHECK(r == 5 && buf[4] == L'e' && buf[5] == L'#', "_snwprintf exact: %d", r);
    r = _snwprintf(buf, 3, L"%s", L"abcde");
    CHECK(r == -1 && buf[2] == L'c' && buf[3] == L'd', "_snwprintf truncation: %d", r);
    r = _snwprintf_s(buf, 16, _TRUNCATE, L"%d", 12345);
    CHECK(r == 5 && units_eq(buf, L"12345"), "_snwprintf_s: %d", r);
    r = _snwprintf_s(buf, 4, _TRUNCATE, L"%d", 12345);
    CHECK(r == -1 && units_eq(buf, L"123"), "_snwprintf_s _TRUNCATE: %d", r);
    errno = 0;
    r = swprintf_s(buf, 3, L"%s", L"abc");
    CHECK(r == -1 && buf[0] == 0 && errno == ERANGE, "swprintf_s too small: %d errno %d", r, errno);
    r = swprintf_s(buf, _countof(buf), L"%I64d", -5LL);
    CHECK(r == 2 && units_eq(buf, L"-5"), "swprintf_s");
    TCHAR tbuf[8];
    r = _stprintf_s(tbuf, _countof(tbuf), _T("%c%s"), _T('o'), _T("k"));
    CHECK(r == 2 && units_eq(tbuf, L"ok"), "_stprintf_s: %d", r);
}

static void wide_strings(void) {
    const wchar_t pair[] = L"\U0001F389";
    CHECK(wcslen(pair) == 2, "wcslen of a surrogate pair: %zu", wcslen(pair));
    CHECK(wcslen(L"h\u00e9llo") == 5, "wcslen");
    wchar_t buf[32];
    wcscpy(buf, L"Hello");
    wcscat(buf, L", World");
    CHECK(units_eq(buf, L"Hello, World"), "wcscpy/wcscat");
    CHECK(wcscmp(buf, L"Hello, World") == 0 && wcscmp(L"a", L"b") < 0, "wcscmp");
    CHECK(wcschr(buf, L',') == buf + 5 && wcsrchr(buf, L'o') == buf + 8, "wcschr/wcsrchr");
    CHECK(wcsstr(buf, L"World") == buf + 7, "wcsstr");
    CHECK(_wcsicmp(L"\u00c4rger", L"\u00e4RGER") == 0 && _wcsicmp(L"abc", L"ABD") < 0, "_wcsicmp");
    CHECK(_wcsnicmp(L"WINDOWS", L"window", 6) == 0, "_wcsnicmp");
    CHECK(_tcsicmp(_T("TChar"), _T("tchar")) == 0, "_tcsicmp");
    CHECK(wcscpy_s(buf, _countof(buf), L"safe") == 0 && units_eq(buf, L"safe"), "wcscpy_s");
    CHECK(wcscpy_s(buf, 3, L"toolong") == ERANGE && buf[0] == 0, "wcscpy_s too small");

    _itow(-255, buf, 10);
    CHECK(units_eq(buf, L"-255"), "_itow decimal");
    _itow(255, buf, 16);
    CHECK(units_eq(buf, L"ff"), "_itow hex");
    CHECK(_itow_s(7, buf, 2, 10) == 0 && units_eq(buf, L"7"), "_itow_s");

    wchar_t *end;
    long v = wcstol(L"  -0x7fZ", &end, 16);
    CHECK(v == -127 && *end == L'Z', "wcstol: %ld", v);
    CHECK(wcstoul(L"4294967295", NULL, 10) == 4294967295UL, "wcstoul");
    CHECK(_wtoi(L"123abc") == 123 && _wtoi64(L"9000000000") == 9000000000LL, "_wtoi");
    CHECK(wcstod(L"2.5", NULL) == 2.5, "wcstod");
    CHECK(towupper(L'\u00e9') == L'\u00c9' && iswalpha(L'\u00e9') && !iswdigit(L'x'), "ctype");

    char mb[16];
    CHECK(wcstombs(mb, L"\u00e9t\u00e9", sizeof mb) == 5 && strcmp(mb, "\xc3\xa9t\xc3\xa9") == 0, "wcstombs");
    CHECK(mbstowcs(buf, "\xc3\xa9t\xc3\xa9", 32) == 3 && units_eq(buf, L"\u00e9t\u00e9"), "mbstowcs");
}

static void scanning(void) {
    wchar_t name[16];
    int count = 0;
    /* A Windows LONG is 32-bit: %ld must store 4 bytes, not glibc's 8. */
    struct { int value; int after; } msvc_long = {0, 0x5a5a5a5a};
    long long big = 0;
    int r = swscanf(L"caf\u00e9 12 -7 9000000000", L"%15s %d %ld %I64d", name, &count, &msvc_long.value, &big);
    CHECK(r == 4 && units_eq(name, L"caf\u00e9") && count == 12 && msvc_long.value == -7 && big == 9000000000LL,
          "swscanf: %d", r);
    CHECK(msvc_long.after == 0x5a5a5a5a, "%%ld stored past a 32-bit LONG");
    char narrow[16];
    r = sscanf("key=value;", "%[^=]=%15[^;]", narrow, narrow + 8);
    CHECK(r == 2 && strcmp(narrow, "key") == 0 && strcmp(narrow + 8, "value") == 0, "sscanf scansets: %d", r);
    wchar_t small[4];
    r = swscanf_s(L"ab 5", L"%s %d", small, (unsigned)_countof(small), &count);
    CHECK(r == 2 && units_eq(small, L"ab") && count == 5, "swscanf_s: %d", r);
    r = swscanf_s(L"toolong 6", L"%s %d", small, (unsigned)_countof(small), &count);
    CHECK(r == 0 && small[0] == 0 && count == 5, "swscanf_s too small: %d", r);
    r = _stscanf_s(_T("x7"), _T("x%d"), &count);
    CHECK(r == 1 && count == 7, "_stscanf_s: %d", r);
    double d = 0;
    CHECK(swscanf(L"x", L"%lf", &d) == 0 && swscanf(L"", L"%lf", &d) == EOF, "swscanf failures");
}

static void files_and_environment(void) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/crt_boundary_%d.txt", (int)getpid());
    wchar_t wpath[64];
    mbstowcs(wpath, path, 64);
    FILE *f = NULL;
    CHECK(_wfopen_s(&f, wpath, L"w, ccs=UTF-8") == 0 && f, "_wfopen_s");
    if (f) {
        fwprintf(f, L"%s=%d\n", L"\u00e9", 1);
        fputws(L"end\n", f);
        fclose(f);
    }
    f = _wfopen(wpath, L"rt");
    CHECK(f != NULL, "_wfopen");
    if (f) {
        wchar_t line[16];
        CHECK(fgetws(line, 16, f) && units_eq(line, L"\u00e9=1\n"), "fgetws");
        wchar_t word[8];
        CHECK(fwscanf(f, L"%7s", word) == 1 && units_eq(word, L"end"), "fwscanf");
        fclose(f);
    }
    CHECK(_wremove(wpath) == 0, "_wremove");

    CHECK(_wputenv(L"CRT_BOUNDARY=\u00fc") == 0, "_wputenv");
    const wchar_t *value = _wgetenv(L"CRT_BOUNDARY");
    CHECK(value && units_eq(value, L"\u00fc"), "_wgetenv");
    CHECK(strcmp(getenv("CRT_BOUNDARY"), "\xc3\xbc") == 0, "the narrow environment agrees");
}

static void not_glibc(void) {
    const void *wide_functions[] = {(const void *)&wcslen, (const void *)&wcscmp, (const void *)&wcstol,
                                    (const void *)&towlower, (const void *)&mbstowcs, (const void *)&_wcsicmp};
    for (size_t i = 0; i < sizeof wide_functions / sizeof wide_functions[0]; i++) {
        const char *lib = defining_object(wide_functions[i]);
        CHECK(strstr(lib, "libwinsession") != NULL, "wide function %zu comes from %s", i, lib);
    }
    /* The variadic entry points are linked into the program itself and call
       into libwinsession.so. */
    const char *self = defining_object((const void *)&wprintf);
    CHECK(strstr(self, "libc.so") == NULL, "wprintf comes from %s", self);
    /* Narrow string functions stay glibc's. */
    const char *narrow = defining_object((const void *)&strlen);
    CHECK(strstr(narrow, "libc.so") != NULL, "strlen comes from %s", narrow);
}

int main(void) {
    printf_formats();
    wide_buffers();
    wide_strings();
    scanning();
    files_and_environment();
    not_glibc();
    return check_summary("crt_boundary");
}
