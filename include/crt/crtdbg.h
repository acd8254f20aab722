/*
 * crtdbg.h for winsession: the debug CRT's assertions and reports, as
 * programs built in a Debug configuration use them. Where MSVC's debug CRT
 * shows a dialog, this writes the report to stderr: a failed _ASSERT or
 * _ASSERTE prints the expression (for _ASSERTE), the file and the line,
 * then aborts. Without _DEBUG they compile to nothing, as in the SDK.
 * The debug heap is not provided: the _Crt* heap functions accept their
 * arguments and report nothing (a leak checker here is valgrind).
 */
#ifndef WINSESSION_CRTDBG_H
#define WINSESSION_CRTDBG_H
#include <stdio.h>
#include <stdlib.h>

#define _CRT_WARN 0
#define _CRT_ERROR 1
#define _CRT_ASSERT 2
#define _CRTDBG_MODE_FILE 0x1
#define _CRTDBG_MODE_DEBUG 0x2
#define _CRTDBG_MODE_WNDW 0x4
#define _CRTDBG_REPORT_MODE (-1)
#define _CRTDBG_ALLOC_MEM_DF 0x01
#define _CRTDBG_DELAY_FREE_MEM_DF 0x02
#define _CRTDBG_CHECK_ALWAYS_DF 0x04
#define _CRTDBG_CHECK_CRT_DF 0x10
#define _CRTDBG_LEAK_CHECK_DF 0x20
#define _CRTDBG_REPORT_FLAG (-1)

static inline int _CrtSetDbgFlag(int flag) {
    static int current = _CRTDBG_ALLOC_MEM_DF;
    int previous = current;
    if (flag != _CRTDBG_REPORT_FLAG) current = flag;
    return previous;
}
static inline int _CrtSetReportMode(int type, int mode) {
    (void)type;
    (void)mode;
    return _CRTDBG_MODE_FILE;
}
static inline int _CrtDumpMemoryLeaks(void) { return 0; }
static inline int _CrtCheckMemory(void) { return 1; }

#ifdef _DEBUG
#define _CRT_REPORT_AT(file, line, ...) \
    (fprintf(stderr, "%s(%d): ", file, line), fprintf(stderr, __VA_ARGS__), fputc('\n', stderr))
#define _ASSERT_EXPR(expr, text)                                                                  \
    ((void)((expr) || (fprintf(stderr, "%s(%d): Assertion failed: %s\n", __FILE__, __LINE__, text), \
                       abort(), 0)))
#define _ASSERT(expr) _ASSERT_EXPR((expr), "(no expression)")
#define _ASSERTE(expr) _ASSERT_EXPR((expr), #expr)
#define _RPT0(type, msg) ((void)(type), fputs(msg, stderr))
#define _RPT1(type, fmt, a) ((void)(type), fprintf(stderr, fmt, a))
#define _RPT2(type, fmt, a, b) ((void)(type), fprintf(stderr, fmt, a, b))
#define _RPTF0(type, msg) ((void)(type), _CRT_REPORT_AT(__FILE__, __LINE__, "%s", msg))
#define _RPTF1(type, fmt, a) ((void)(type), _CRT_REPORT_AT(__FILE__, __LINE__, fmt, a))
#else
#define _ASSERT_EXPR(expr, text) ((void)0)
#define _ASSERT(expr) ((void)0)
#define _ASSERTE(expr) ((void)0)
#define _RPT0(type, msg) ((void)0)
#define _RPT1(type, fmt, a) ((void)0)
#define _RPT2(type, fmt, a, b) ((void)0)
#define _RPTF0(type, msg) ((void)0)
#define _RPTF1(type, fmt, a) ((void)0)
#endif
#endif
