/* MFASYNCRESULT and mfplat's work queues as Windows code uses them: the
 * result's fields read and written in place, hEvent signalled by a work item
 * without a callback and closed at the last Release, serial order on an
 * allocated queue, callbacks never on the caller's thread, scheduled items
 * and their cancellation, periodic callbacks, queue and platform locks, and
 * NULL arguments. Expectations are Windows' as Wine's mfplat tests record
 * them. */
#include <pthread.h>
#include <stddef.h>
#include <time.h>
#include "mfapi.h"
#include "mferror.h"
#include "check.h"
#include "mf_callback.h"

#define HR(call, want)                                                          \
    do {                                                                        \
        HRESULT hr_ = (call);                                                   \
        CHECK(hr_ == (HRESULT)(want), "%s: %#x, want %#x", #call,               \
              (unsigned)hr_, (unsigned)(want));                                 \
    } while (0)

#define MAX_CALLS 64
/* State objects that say their number: tokens[i] is state i. */
typedef struct { IUnknown iface; LONG refs; } Token;
static HRESULT STDMETHODCALLTYPE token_qi(IUnknown *This, REFIID riid, void **out) {
    if (!IsEqualIID(riid, &IID_IUnknown)) { *out = NULL; return E_NOINTERFACE; }
    *out = This;
    This->lpVtbl->AddRef(This);
    return S_OK;
}
static ULONG STDMETHODCALLTYPE token_addref(IUnknown *This) {
    return (ULONG)__atomic_add_fetch(&((Token *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static ULONG STDMETHODCALLTYPE token_release(IUnknown *This) {
    return (ULONG)__atomic_sub_fetch(&((Token *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static const IUnknownVtbl token_vtbl = {token_qi, token_addref, token_release};
static Token tokens[MAX_CALLS];
#define TOKEN(i) (&tokens[i].iface)

/* An IMFAsyncCallback that records the order of its invocations, their
 * threads, and may name a queue in GetParameters. */
typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
    DWORD queue;         /* 0: GetParameters answers E_NOTIMPL */
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int calls;
    int order[MAX_CALLS];
    pthread_t threads[MAX_CALLS];
    int overlap, running;
} Callback;

static HRESULT STDMETHODCALLTYPE cb_params(IMFAsyncCallback *This, DWORD *flags, DWORD *queue) {
    Callback *cb = (Callback *)This;
    CHECK(flags && queue, "GetParameters without out-pointers");
    if (!cb->queue) return E_NOTIMPL;
    *flags = 0;
    *queue = cb->queue;
    return S_OK;
}
static HRESULT STDMETHODCALLTYPE cb_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    Callback *cb = (Callback *)This;
    IUnknown *state = result->lpVtbl->GetStateNoAddRef(result);
    pthread_mutex_lock(&cb->lock);
    if (cb->running++) cb->overlap = 1;
    pthread_mutex_unlock(&cb->lock);
    struct timespec pause = {0, 200000L};
    nanosleep(&pause, NULL);
    pthread_mutex_lock(&cb->lock);
    cb->running--;
    if (cb->calls < MAX_CALLS) {
        cb->order[cb->calls] = state ? (int)((Token *)state - tokens) : -1;
        cb->threads[cb->calls] = pthread_self();
    }
    cb->calls++;
    pthread_cond_broadcast(&cb->cond);
    pthread_mutex_unlock(&cb->lock);
    return S_OK;
}
static const IMFAsyncCallbackVtbl cb_vtbl = {cb_qi, cb_addref, cb_release, cb_params, cb_invoke};

static void cb_init(Callback *cb, DWORD queue) {
    memset(cb, 0, sizeof(*cb));
    cb->iface.lpVtbl = &cb_vtbl;
    cb->refs = 1;
    cb->queue = queue;
    pthread_mutex_init(&cb->lock, NULL);
    pthread_cond_init(&cb->cond, NULL);
}

static int cb_wait(Callback *cb, int count, int ms) {
    struct timespec until = deadline_in(ms);
    pthread_mutex_lock(&cb->lock);
    while (cb->calls < count)
        if (pthread_cond_timedwait(&cb->cond, &cb->lock, &until)) break;
    int n = cb->calls;
    pthread_mutex_unlock(&cb->lock);
    return n;
}

/* The queue releases its references after Invoke returns. */
static LONG refs_settled(const LONG *refs, LONG want) {
    struct timespec ms1 = {0, 1000000L};
    for (int i = 0; i < 2000 && __atomic_load_n(refs, __ATOMIC_SEQ_CST) != want; i++)
        nanosleep(&ms1, NULL);
    return __atomic_load_n(refs, __ATOMIC_SEQ_CST);
}

static void test_layout(void) {
    CHECK(offsetof(MFASYNCRESULT, overlapped) == 8, "overlapped at %zu", offsetof(MFASYNCRESULT, overlapped));
    CHECK(offsetof(MFASYNCRESULT, pCallback) == 40, "pCallback at %zu", offsetof(MFASYNCRESULT, pCallback));
    CHECK(offsetof(MFASYNCRESULT, hrStatusResult) == 48, "hrStatusResult");
    CHECK(offsetof(MFASYNCRESULT, dwBytesTransferred) == 52, "dwBytesTransferred");
    CHECK(offsetof(MFASYNCRESULT, hEvent) == 56, "hEvent");
    CHECK(sizeof(MFASYNCRESULT) == 64, "size %zu", sizeof(MFASYNCRESULT));
}

static void test_async_result(void) {
    Callback cb;
    cb_init(&cb, 0);
    IMFAsyncResult *result = NULL, *result2 = NULL;
    IUnknown *unk;

    CHECK(FAILED(MFCreateAsyncResult(NULL, NULL, NULL, NULL)), "NULL out");
    HR(MFCreateAsyncResult(NULL, NULL, NULL, &result), S_OK);
    MFASYNCRESULT *data = (MFASYNCRESULT *)result;
    CHECK(!data->pCallback && data->hrStatusResult == S_OK && !data->dwBytesTransferred && !data->hEvent,
          "fresh fields");
    const unsigned char *bytes = (const unsigned char *)result;
    int zero = 1;
    for (size_t i = 8; i < 64; i++) zero &= bytes[i] == 0;
    CHECK(zero, "the fields after the vtable start zeroed");

    HR(result->lpVtbl->GetState(result, NULL), E_POINTER);
    unk = (IUnknown *)0xdeadbeef;
    HR(result->lpVtbl->GetState(result, &unk), E_POINTER);
    CHECK(unk == (IUnknown *)0xdeadbeef, "GetState left *out alone");
    HR(result->lpVtbl->GetObject(result, NULL), E_POINTER);
    HR(result->lpVtbl->GetObject(result, &unk), E_POINTER);
    CHECK(unk == (IUnknown *)0xdeadbeef, "GetObject left *out alone");
    CHECK(result->lpVtbl->GetStateNoAddRef(result) == NULL, "no state");

    /* hrStatusResult is the status itself, both ways. */
    HR(result->lpVtbl->GetStatus(result), S_OK);
    data->hrStatusResult = 123;
    HR(result->lpVtbl->GetStatus(result), 123);
    HR(result->lpVtbl->SetStatus(result, E_FAIL), S_OK);
    CHECK(data->hrStatusResult == E_FAIL, "SetStatus wrote hrStatusResult: %#x", (unsigned)data->hrStatusResult);

    HR(result->lpVtbl->QueryInterface(result, &IID_IUnknown, (void **)&unk), S_OK);
    CHECK(unk == (IUnknown *)result, "IUnknown is the result");
    unk->lpVtbl->Release(unk);
    unk = (IUnknown *)0xdeadbeef;
    HR(result->lpVtbl->QueryInterface(result, &IID_IMFAsyncCallback, (void **)&unk), E_NOINTERFACE);
    CHECK(unk == NULL, "E_NOINTERFACE clears *out");
    HR(result->lpVtbl->QueryInterface(result, &IID_IUnknown, NULL), E_POINTER);

    /* Object, callback and state. */
    HR(MFCreateAsyncResult((IUnknown *)result, &cb.iface, (IUnknown *)result, &result2), S_OK);
    data = (MFASYNCRESULT *)result2;
    CHECK(data->pCallback == &cb.iface, "pCallback is the callback");
    CHECK(cb.refs == 2, "the result references its callback: %d", (int)cb.refs);
    HR(result2->lpVtbl->GetObject(result2, &unk), S_OK);
    CHECK(unk == (IUnknown *)result, "GetObject");
    unk->lpVtbl->Release(unk);
    HR(result2->lpVtbl->GetState(result2, &unk), S_OK);
    CHECK(unk == (IUnknown *)result, "GetState");
    unk->lpVtbl->Release(unk);
    CHECK(result2->lpVtbl->GetStateNoAddRef(result2) == (IUnknown *)result, "GetStateNoAddRef");
    CHECK(result2->lpVtbl->Release(result2) == 0, "last release");
    CHECK(cb.refs == 1, "callback released: %d", (int)cb.refs);
    CHECK(result->lpVtbl->Release(result) == 0, "last release");

    /* A set hEvent is closed at the last Release. */
    HR(MFCreateAsyncResult(NULL, &cb.iface, NULL, &result), S_OK);
    HANDLE event = CreateEventA(NULL, FALSE, FALSE, NULL);
    ((MFASYNCRESULT *)result)->hEvent = event;
    CHECK(WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "event open");
    CHECK(result->lpVtbl->Release(result) == 0, "last release");
    CHECK(WaitForSingleObject(event, 0) == WAIT_FAILED && GetLastError() == ERROR_INVALID_HANDLE,
          "hEvent closed by the last Release");
}

static void test_invoke_callback(void) {
    Callback cb;
    cb_init(&cb, 0);
    IMFAsyncResult *result;

    HR(MFInvokeCallback(NULL), E_POINTER);
    HR(MFCreateAsyncResult(NULL, &cb.iface, TOKEN(7), &result), S_OK);
    /* With a callback, hEvent is not signalled (Wine's tests). */
    MFASYNCRESULT *data = (MFASYNCRESULT *)result;
    data->hEvent = CreateEventA(NULL, FALSE, FALSE, NULL);
    HR(MFInvokeCallback(result), S_OK);
    CHECK(cb_wait(&cb, 1, 2000) == 1, "invoked");
    CHECK(!pthread_equal(cb.threads[0], pthread_self()), "not on the caller's thread");
    CHECK(WaitForSingleObject(data->hEvent, 100) == WAIT_TIMEOUT, "hEvent not signalled");
    refs_settled(&cb.refs, 2);
    CHECK(result->lpVtbl->Release(result) == 0, "last release");

    /* Without a callback, the work item signals hEvent. */
    HR(MFCreateAsyncResult(NULL, NULL, NULL, &result), S_OK);
    HANDLE event = CreateEventA(NULL, TRUE, FALSE, NULL), dup;
    DuplicateHandle(GetCurrentProcess(), event, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS);
    ((MFASYNCRESULT *)result)->hEvent = event;
    HR(MFPutWorkItemEx(MFASYNC_CALLBACK_QUEUE_STANDARD, result), S_OK);
    CHECK(WaitForSingleObject(dup, 2000) == WAIT_OBJECT_0, "hEvent signalled");
    result->lpVtbl->Release(result);
    CloseHandle(dup);

    /* The queue GetParameters names; an unknown one is refused. */
    Callback mt;
    cb_init(&mt, MFASYNC_CALLBACK_QUEUE_MULTITHREADED);
    HR(MFCreateAsyncResult(NULL, &mt.iface, NULL, &result), S_OK);
    HR(MFInvokeCallback(result), S_OK);
    CHECK(cb_wait(&mt, 1, 2000) == 1, "invoked on the multithreaded queue");
    mt.queue = 0x6;
    HR(MFInvokeCallback(result), MF_E_INVALID_WORKQUEUE);
    refs_settled(&mt.refs, 2);
    result->lpVtbl->Release(result);
    CHECK(mt.refs == 1 && cb.refs == 1, "callbacks released: %d %d", (int)mt.refs, (int)cb.refs);
}

static void test_serial_queue(void) {
    Callback cb;
    cb_init(&cb, 0);
    DWORD queue = 0;

    HR(MFAllocateWorkQueue(NULL), E_POINTER);
    HR(MFAllocateWorkQueue(&queue), S_OK);
    CHECK(queue & MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK, "private id %#x", (unsigned)queue);
    for (int i = 1; i <= 40; i++)
        HR(MFPutWorkItem(queue, &cb.iface, TOKEN(i)), S_OK);
    CHECK(cb_wait(&cb, 40, 5000) == 40, "all ran");
    int in_order = 1, off_thread = 1;
    for (int i = 0; i < 40; i++) {
        in_order &= cb.order[i] == i + 1;
        off_thread &= !pthread_equal(cb.threads[i], pthread_self());
        if (i) off_thread &= pthread_equal(cb.threads[i], cb.threads[0]);
    }
    CHECK(in_order, "serial order");
    CHECK(off_thread, "one queue thread, not the caller's");
    CHECK(!cb.overlap, "one at a time");

    /* Locks: the queue lives while locked. */
    HR(MFLockWorkQueue(queue), S_OK);
    HR(MFUnlockWorkQueue(queue), S_OK);
    HR(MFPutWorkItem(queue, &cb.iface, NULL), S_OK);
    HR(MFUnlockWorkQueue(queue), S_OK);
    CHECK(cb_wait(&cb, 41, 2000) == 41, "an item put before the last unlock still runs");
    HR(MFUnlockWorkQueue(queue), MF_E_INVALID_WORKQUEUE);
    HR(MFLockWorkQueue(queue), MF_E_INVALID_WORKQUEUE);
    HR(MFPutWorkItem(queue, &cb.iface, NULL), MF_E_INVALID_WORKQUEUE);
    HR(MFUnlockWorkQueue(MFASYNC_CALLBACK_QUEUE_STANDARD), S_OK);
    HR(MFUnlockWorkQueue(MFASYNC_CALLBACK_QUEUE_UNDEFINED), S_OK);
    HR(MFUnlockWorkQueue(0x20), S_OK);
    HR(MFLockWorkQueue(MFASYNC_CALLBACK_QUEUE_MULTITHREADED), S_OK);
    HR(MFPutWorkItem(0x6, &cb.iface, NULL), MF_E_INVALID_WORKQUEUE);
    HR(MFPutWorkItem(MFASYNC_CALLBACK_QUEUE_STANDARD, NULL, NULL), E_POINTER);
    HR(MFPutWorkItemEx(MFASYNC_CALLBACK_QUEUE_STANDARD, NULL), E_POINTER);

    /* Every kind of queue. */
    static const MFASYNC_WORKQUEUE_TYPE kinds[] = {MF_STANDARD_WORKQUEUE, MF_WINDOW_WORKQUEUE,
                                                   MF_MULTITHREADED_WORKQUEUE};
    for (unsigned k = 0; k < 3; k++) {
        HR(MFAllocateWorkQueueEx(kinds[k], &queue), S_OK);
        HR(MFPutWorkItem2(queue, 0, &cb.iface, NULL), S_OK);
        CHECK(cb_wait(&cb, 42 + (int)k, 2000) == 42 + (int)k, "kind %u ran", k);
        HR(MFUnlockWorkQueue(queue), S_OK);
    }
    HR(MFAllocateWorkQueueEx((MFASYNC_WORKQUEUE_TYPE)9, &queue), E_INVALIDARG);

    /* The standard queues by id. */
    static const DWORD ids[] = {MFASYNC_CALLBACK_QUEUE_STANDARD, MFASYNC_CALLBACK_QUEUE_RT,
                                MFASYNC_CALLBACK_QUEUE_IO, MFASYNC_CALLBACK_QUEUE_TIMER,
                                MFASYNC_CALLBACK_QUEUE_MULTITHREADED, MFASYNC_CALLBACK_QUEUE_LONG_FUNCTION};
    for (unsigned i = 0; i < 6; i++) HR(MFPutWorkItem(ids[i], &cb.iface, NULL), S_OK);
    CHECK(cb_wait(&cb, 50, 2000) == 50, "the standard queues ran: %d", cb.calls);
    CHECK(refs_settled(&cb.refs, 1) == 1, "every reference released: %d", (int)cb.refs);
    int states_released = 1;
    for (int i = 1; i <= 40; i++) states_released &= refs_settled(&tokens[i].refs, 1) == 1;
    CHECK(states_released, "every state released");
}

static void test_scheduled(void) {
    Callback cb;
    cb_init(&cb, 0);
    MFWORKITEM_KEY key = 0, key2 = 0;
    IMFAsyncResult *result;

    HR(MFScheduleWorkItem(&cb.iface, NULL, -5000, &key), S_OK);
    HR(MFCancelWorkItem(key), S_OK);
    HR(MFCancelWorkItem(key), MF_E_NOT_FOUND);
    CHECK(refs_settled(&cb.refs, 1) == 1, "cancelled item released");

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    HR(MFScheduleWorkItem(&cb.iface, TOKEN(5), -100, &key), S_OK);
    CHECK(cb_wait(&cb, 1, 3000) == 1, "fired");
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000;
    CHECK(ms >= 95, "after the delay: %ld ms", ms);
    CHECK(cb.order[0] == 5 && !pthread_equal(cb.threads[0], pthread_self()), "with its state, off thread");
    HR(MFCancelWorkItem(key), MF_E_NOT_FOUND);

    HR(MFCreateAsyncResult(NULL, &cb.iface, NULL, &result), S_OK);
    HR(MFScheduleWorkItemEx(result, 0, NULL), S_OK);
    CHECK(cb_wait(&cb, 2, 2000) == 2, "zero timeout fires at once");
    HR(MFScheduleWorkItemEx(NULL, -10, &key), E_POINTER);

    /* Waiting items: a NULL event is accepted and never fires. */
    HR(MFPutWaitingWorkItem(NULL, 0, result, &key), S_OK);
    HANDLE event = CreateEventA(NULL, FALSE, FALSE, NULL);
    HR(MFPutWaitingWorkItem(event, 0, result, &key2), S_OK);
    CHECK(key != key2, "distinct keys");
    HR(MFCancelWorkItem(key), S_OK);
    SetEvent(event);
    CHECK(cb_wait(&cb, 3, 2000) == 3, "the waiting item ran when its event was set");
    CHECK(WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "the auto-reset event was taken");
    HR(MFCancelWorkItem(key2), MF_E_NOT_FOUND);
    HR(MFPutWaitingWorkItem(event, 0, result, &key2), S_OK);
    HR(MFCancelWorkItem(key2), S_OK);
    HR(MFPutWaitingWorkItem(event, 0, NULL, &key2), E_POINTER);
    CloseHandle(event);
    result->lpVtbl->Release(result);
    CHECK(refs_settled(&cb.refs, 1) == 1, "references released: %d", (int)cb.refs);
}

static LONG ticks;
static IUnknown *tick_context;
static void CALLBACK on_tick(IUnknown *context) {
    tick_context = context;
    __atomic_add_fetch(&ticks, 1, __ATOMIC_SEQ_CST);
}

static void test_periodic(void) {
    Callback ctx;
    cb_init(&ctx, 0);
    DWORD period = 0, key = 0;

    HR(MFGetTimerPeriodicity(NULL), E_POINTER);
    HR(MFGetTimerPeriodicity(&period), S_OK);
    CHECK(period == 10, "period %u", (unsigned)period);
    HR(MFAddPeriodicCallback(NULL, NULL, &key), E_INVALIDARG);
    HR(MFAddPeriodicCallback(on_tick, (IUnknown *)&ctx.iface, &key), S_OK);
    CHECK(key != 0, "key");
    CHECK(ctx.refs == 2, "context referenced");
    Sleep(10 * period);
    HR(MFRemovePeriodicCallback(key), S_OK);
    LONG seen = __atomic_load_n(&ticks, __ATOMIC_SEQ_CST);
    CHECK(seen >= 3, "ticks %d", (int)seen);
    CHECK(tick_context == (IUnknown *)&ctx.iface, "with its context");
    Sleep(50);
    CHECK(__atomic_load_n(&ticks, __ATOMIC_SEQ_CST) == seen, "none after removal");
    CHECK(ctx.refs == 1, "context released");
    HR(MFRemovePeriodicCallback(key), MF_E_NOT_FOUND);
}

static void test_platform(void) {
    Callback cb;
    cb_init(&cb, 0);
    DWORD queue, queue2;
    MFWORKITEM_KEY key;

    HR(MFAllocateWorkQueue(&queue), S_OK);
    HR(MFScheduleWorkItem(&cb.iface, NULL, -60000, &key), S_OK);
    HR(MFShutdown(), S_OK);
    CHECK(refs_settled(&cb.refs, 1) == 1, "shutdown released the scheduled item");
    HR(MFCancelWorkItem(key), MF_E_NOT_FOUND);
    HR(MFAllocateWorkQueue(&queue2), MF_E_SHUTDOWN);
    HR(MFPutWorkItem(MFASYNC_CALLBACK_QUEUE_STANDARD, &cb.iface, NULL), MF_E_SHUTDOWN);
    HR(MFUnlockWorkQueue(queue), MF_E_INVALID_WORKQUEUE);
    HR(MFShutdown(), S_OK);

    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    HR(MFAllocateWorkQueue(&queue), S_OK);
    HR(MFUnlockWorkQueue(queue), S_OK);
    HR(MFUnlockPlatform(), S_OK);
    HR(MFAllocateWorkQueue(&queue), MF_E_SHUTDOWN);
    HR(MFLockPlatform(), S_OK);
    HR(MFAllocateWorkQueue(&queue), S_OK);
    HR(MFUnlockWorkQueue(queue), S_OK);
    HR(MFShutdown(), S_OK);
}

int main(void) {
    for (int i = 0; i < MAX_CALLS; i++) {
        tokens[i].iface.lpVtbl = &token_vtbl;
        tokens[i].refs = 1;
    }
    HR(MFAllocateWorkQueue(&(DWORD){0}), MF_E_SHUTDOWN);
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    test_layout();
    test_async_result();
    test_invoke_callback();
    test_serial_queue();
    test_scheduled();
    test_periodic();
    test_platform();
    return check_summary("mf_work_queue");
}
