/* The IUnknown part of an IMFAsyncCallback written in C, and a deadline for
 * waiting on it, shared by the Media Foundation tests: the test's object starts with
 * { IMFAsyncCallback iface; LONG refs; }, lives as long as the test, and
 * counts its references so the test can check them. */
#ifndef WINSESSION_TEST_MF_CALLBACK_H
#define WINSESSION_TEST_MF_CALLBACK_H
#include <time.h>

typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
} CallbackHead;

static HRESULT STDMETHODCALLTYPE cb_qi(IMFAsyncCallback *This, REFIID riid, void **out) {
    if (IsEqualIID(riid, &IID_IMFAsyncCallback) || IsEqualIID(riid, &IID_IUnknown)) {
        *out = This;
        This->lpVtbl->AddRef(This);
        return S_OK;
    }
    *out = NULL;
    return E_NOINTERFACE;
}
static ULONG STDMETHODCALLTYPE cb_addref(IMFAsyncCallback *This) {
    return (ULONG)__atomic_add_fetch(&((CallbackHead *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static ULONG STDMETHODCALLTYPE cb_release(IMFAsyncCallback *This) {
    return (ULONG)__atomic_sub_fetch(&((CallbackHead *)This)->refs, 1, __ATOMIC_SEQ_CST);
}

/* CLOCK_REALTIME `ms` from now, for pthread_cond_timedwait. */
static inline struct timespec deadline_in(int ms) {
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += ms / 1000;
    until.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) { until.tv_sec++; until.tv_nsec -= 1000000000L; }
    return until;
}
#endif
