/* A thread blocked in WTSWaitSystemEvent, for the wtsapi32 C tests. */
#ifndef WINSESSION_TEST_WTS_WAITER_H
#define WINSESSION_TEST_WTS_WAITER_H
#include <wtsapi32.h>

struct waiter {
    HANDLE h;
    DWORD mask;
    BOOL ret;
    DWORD err;
    DWORD flags;
    volatile int done;
};

/* pthread start routine: wait once, record the outcome. */
static inline void *wait_event(void *arg) {
    struct waiter *w = arg;
    w->done = 0;
    w->flags = 0xdeadbeef;
    w->ret = WTSWaitSystemEvent(w->h, w->mask, &w->flags);
    w->err = GetLastError();
    w->done = 1;
    return NULL;
}
#endif
