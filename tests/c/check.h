/* A minimal check harness for the C conformance programs. */
#ifndef WINSESSION_TEST_CHECK_H
#define WINSESSION_TEST_CHECK_H
#include <stdio.h>
#include <stdlib.h>

static int check_failures;
static int check_count;

#define CHECK(cond, ...)                                                        \
    do {                                                                        \
        check_count++;                                                          \
        if (!(cond)) {                                                          \
            check_failures++;                                                   \
            fprintf(stderr, "FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);     \
            fprintf(stderr, __VA_ARGS__);                                       \
            fputc('\n', stderr);                                                \
        }                                                                       \
    } while (0)

/* A call must fail with FALSE and exactly this last error. */
#define CHECK_FAILS(call, err)                                                  \
    do {                                                                        \
        SetLastError(0xdeadbeef);                                               \
        BOOL ok_ = (call);                                                      \
        DWORD e_ = GetLastError();                                              \
        CHECK(!ok_ && e_ == (DWORD)(err), "%s: ret %d, error %u, want %u",      \
              #call, ok_, e_, (unsigned)(err));                                 \
    } while (0)

/* A call must succeed and leave the last error at 0. */
#define CHECK_OK(call)                                                          \
    do {                                                                        \
        SetLastError(0xdeadbeef);                                               \
        BOOL ok_ = (call);                                                      \
        DWORD e_ = GetLastError();                                              \
        CHECK(ok_ && e_ == 0, "%s: ret %d, error %u", #call, ok_, e_);          \
    } while (0)

/* A call that returns its error code (the WebSocket functions). */
#define CHECK_CODE(call, want)                                                  \
    do {                                                                        \
        DWORD got_ = (call);                                                    \
        CHECK(got_ == (DWORD)(want), "%s: %u, want %u", #call, got_, (unsigned)(want)); \
    } while (0)

static inline int check_summary(const char *name) {
    printf("%s: %d checks, %d failed\n", name, check_count, check_failures);
    return check_failures ? 1 : 0;
}

/* Compare a UTF-16 string with ASCII/UTF-8 text, ignoring ASCII case. */
static inline int wide_eq_ci(const WCHAR *w, const char *s) {
    for (; *w && *s; w++, s++) {
        WCHAR a = *w, b = (unsigned char)*s;
        if (a >= 'A' && a <= 'Z') a += 32;
        if (b >= 'A' && b <= 'Z') b += 32;
        if (a != b) return 0;
    }
    return *w == 0 && *s == 0;
}

static inline size_t wide_len(const WCHAR *w) {
    size_t n = 0;
    while (w[n]) n++;
    return n;
}
#endif
