/* The Media Session's rules without a topology, as Windows code sees them
 * through lpVtbl (CONFORMANCE.md rows A, B, C, F, G, J1-J5, J10), and the
 * seed's Close rules: Close is asynchronous and MESessionClosed is the last
 * event; after Close only GetClock, GetFullTopology, GetSessionCapabilities
 * and Shutdown work, other commands answer MF_E_INVALIDREQUEST in their
 * event; after Shutdown everything returns MF_E_SHUTDOWN. */
#include <pthread.h>
#include <time.h>
#include "mfapi.h"
#include "mferror.h"
#include "mfidl.h"
#include "check.h"
#include "mf_callback.h"
#include "mf_events.h"

/* An IMFAsyncCallback written in C: Invoke ends the request and records the
 * event and the thread it ran on. */
typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
    IMFMediaEventGenerator *source;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int invoked;
    MediaEventType type;
    HRESULT status, end_hr;
    pthread_t thread;
} Callback;

static HRESULT STDMETHODCALLTYPE cb_params(IMFAsyncCallback *This, DWORD *flags, DWORD *queue) {
    (void)This; (void)flags; (void)queue;
    return E_NOTIMPL;
}
static HRESULT STDMETHODCALLTYPE cb_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    Callback *cb = (Callback *)This;
    IMFMediaEvent *event = NULL;
    pthread_mutex_lock(&cb->lock);
    cb->end_hr = cb->source->lpVtbl->EndGetEvent(cb->source, result, &event);
    if (event) {
        event->lpVtbl->GetType(event, &cb->type);
        event->lpVtbl->GetStatus(event, &cb->status);
        event->lpVtbl->Release(event);
    }
    cb->thread = pthread_self();
    cb->invoked++;
    pthread_cond_broadcast(&cb->cond);
    pthread_mutex_unlock(&cb->lock);
    return S_OK;
}
static const IMFAsyncCallbackVtbl cb_vtbl = {cb_qi, cb_addref, cb_release, cb_params, cb_invoke};

static void cb_init(Callback *cb, IMFMediaEventGenerator *source) {
    cb->iface.lpVtbl = &cb_vtbl;
    cb->refs = 1;
    cb->source = source;
    pthread_mutex_init(&cb->lock, NULL);
    pthread_cond_init(&cb->cond, NULL);
    cb->invoked = 0;
}

static int cb_wait(Callback *cb, int count, int ms) {
    struct timespec until = deadline_in(ms);
    pthread_mutex_lock(&cb->lock);
    while (cb->invoked < count)
        if (pthread_cond_timedwait(&cb->cond, &cb->lock, &until)) break;
    int n = cb->invoked;
    pthread_mutex_unlock(&cb->lock);
    return n >= count;
}

/* `*refs` once it reaches `want`, or after `ms`: the work queue releases
 * its references to a callback after Invoke returns, so right after the
 * callback signals from inside Invoke they may still be held. */
static LONG refs_settled(const LONG *refs, LONG want, int ms) {
    struct timespec ms1 = {0, 1000000L};
    for (int i = 0; i < ms && __atomic_load_n(refs, __ATOMIC_SEQ_CST) != want; i++)
        nanosleep(&ms1, NULL);
    return __atomic_load_n(refs, __ATOMIC_SEQ_CST);
}

/* An IMFAsyncCallback for timers: Invoke records the state and status. */
typedef struct {
    IMFAsyncCallback iface;
    LONG refs;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int fired;
    IUnknown *state;
    HRESULT status;
} TimerCallback;

static ULONG STDMETHODCALLTYPE timer_addref(IMFAsyncCallback *This) {
    return (ULONG)__atomic_add_fetch(&((TimerCallback *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static ULONG STDMETHODCALLTYPE timer_release(IMFAsyncCallback *This) {
    return (ULONG)__atomic_sub_fetch(&((TimerCallback *)This)->refs, 1, __ATOMIC_SEQ_CST);
}
static HRESULT STDMETHODCALLTYPE timer_invoke(IMFAsyncCallback *This, IMFAsyncResult *result) {
    TimerCallback *cb = (TimerCallback *)This;
    pthread_mutex_lock(&cb->lock);
    cb->status = result->lpVtbl->GetStatus(result);
    IUnknown *state = NULL;
    if (SUCCEEDED(result->lpVtbl->GetState(result, &state))) {
        cb->state = state;
        state->lpVtbl->Release(state);
    }
    cb->fired++;
    pthread_cond_broadcast(&cb->cond);
    pthread_mutex_unlock(&cb->lock);
    return S_OK;
}
static const IMFAsyncCallbackVtbl timer_vtbl = {cb_qi, timer_addref, timer_release, cb_params, timer_invoke};

static void timer_init(TimerCallback *cb) {
    cb->iface.lpVtbl = &timer_vtbl;
    cb->refs = 1;
    pthread_mutex_init(&cb->lock, NULL);
    pthread_cond_init(&cb->cond, NULL);
    cb->fired = 0;
    cb->state = NULL;
    cb->status = E_FAIL;
}

/* How many times the timer fired, once it fired or `ms` passed. */
static int timer_fired(TimerCallback *cb, int ms) {
    struct timespec until = deadline_in(ms);
    pthread_mutex_lock(&cb->lock);
    while (!cb->fired)
        if (pthread_cond_timedwait(&cb->cond, &cb->lock, &until)) break;
    int n = cb->fired;
    pthread_mutex_unlock(&cb->lock);
    return n;
}

/* IMFTimer on the presentation clock: the SetTimer page's rules, and J10. */
static void clock_timers(void) {
    IMFPresentationClock *pc = NULL;
    IMFPresentationTimeSource *ts = NULL;
    IMFTimer *timer = NULL;
    HR(MFCreatePresentationClock(&pc), S_OK);
    HR(MFCreateSystemTimeSource(&ts), S_OK);
    HR(pc->lpVtbl->SetTimeSource(pc, ts), S_OK);
    HR(pc->lpVtbl->QueryInterface(pc, &IID_IMFTimer, (void **)&timer), S_OK);

    /* On a stopped clock the timer is set but waits for a Start. */
    TimerCallback passed, later, cancelled;
    timer_init(&passed);
    timer_init(&later);
    timer_init(&cancelled);
    IUnknown *key = NULL, *state = (IUnknown *)&later.iface;
    HR(pc->lpVtbl->Stop(pc), S_OK);
    HR(timer->lpVtbl->SetTimer(timer, 0, 100000, &passed.iface, state, &key), MF_S_CLOCK_STOPPED);
    CHECK(key != NULL, "no cancellation key");
    CHECK(timer_fired(&passed, 100) == 0, "a timer fired on a stopped clock");

    /* J10: started at 20 ms, the timer at 10 ms has passed; it fires in
     * under 200 ms, with the caller's state and S_OK. */
    HR(pc->lpVtbl->Start(pc, 200000), S_OK);
    CHECK(timer_fired(&passed, 200) == 1, "J10: no timer within 200 ms");
    CHECK(passed.state == state && passed.status == S_OK, "timer result: state %p, status %#x",
          (void *)passed.state, (unsigned)passed.status);
    HR(timer->lpVtbl->CancelTimer(timer, key), S_OK); /* fired already: nothing to cancel */
    key->lpVtbl->Release(key);

    /* A relative timer, with no key asked for; a cancelled one never fires. */
    IUnknown *cancel_key = NULL;
    HR(timer->lpVtbl->SetTimer(timer, MFTIMER_RELATIVE, 3000000, &cancelled.iface, NULL, &cancel_key), S_OK);
    HR(timer->lpVtbl->SetTimer(timer, MFTIMER_RELATIVE, 500000, &later.iface, NULL, NULL), S_OK);
    HR(timer->lpVtbl->CancelTimer(timer, cancel_key), S_OK);
    cancel_key->lpVtbl->Release(cancel_key);
    CHECK(timer_fired(&later, 2000) == 1, "a relative timer 50 ms ahead did not fire");
    CHECK(timer_fired(&cancelled, 400) == 0, "a cancelled timer fired");

    /* A shut-down clock takes no timer (documented). */
    IMFShutdown *sd = NULL;
    HR(pc->lpVtbl->QueryInterface(pc, &IID_IMFShutdown, (void **)&sd), S_OK);
    HR(sd->lpVtbl->Shutdown(sd), S_OK);
    HR(timer->lpVtbl->SetTimer(timer, 0, 0, &later.iface, NULL, NULL), MF_E_SHUTDOWN);
    sd->lpVtbl->Release(sd);
    timer->lpVtbl->Release(timer);
    ts->lpVtbl->Release(ts);
    pc->lpVtbl->Release(pc);
}

static void rows_a_and_j(void) {
    IMFMediaSession *s = NULL;
    HR(MFCreateMediaSession(NULL, &s), S_OK);                                   /* A1 */
    IUnknown *unk = NULL;
    HR(s->lpVtbl->QueryInterface(s, &IID_IMFGetService, (void **)&unk), S_OK); /* A2 */
    unk->lpVtbl->Release(unk);
    HR(s->lpVtbl->QueryInterface(s, &IID_IMFRateControl, (void **)&unk), S_OK);
    unk->lpVtbl->Release(unk);
    HR(s->lpVtbl->QueryInterface(s, &IID_IMFAttributes, (void **)&unk), E_NOINTERFACE); /* A3 */
    CHECK(unk == NULL, "failed QueryInterface leaves NULL");

    /* A5: an unregistered topology loader and no quality manager. */
    IMFAttributes *attrs = NULL;
    HR(MFCreateAttributes(&attrs, 2), S_OK);
    const GUID unregistered = {0x6b3c2a1d, 0x5e4f, 0x4a0b, {0x9c, 0x8d, 0x7e, 0x6f, 0x5a, 0x4b, 0x3c, 0x2d}};
    HR(attrs->lpVtbl->SetGUID(attrs, &MF_SESSION_TOPOLOADER, &unregistered), S_OK);
    HR(attrs->lpVtbl->SetGUID(attrs, &MF_SESSION_QUALITY_MANAGER, &GUID_NULL), S_OK);
    IMFMediaSession *configured = NULL;
    HR(MFCreateMediaSession(attrs, &configured), S_OK);
    if (configured) {
        HR(configured->lpVtbl->Shutdown(configured), S_OK);
        configured->lpVtbl->Release(configured);
    }
    attrs->lpVtbl->Release(attrs);

    IMFGetService *gs = NULL;
    IMFRateControl *rc = NULL;
    s->lpVtbl->QueryInterface(s, &IID_IMFGetService, (void **)&gs);
    HR(gs->lpVtbl->GetService(gs, &MF_RATE_CONTROL_SERVICE, &IID_IMFRateControl, (void **)&rc), S_OK); /* A4 */
    BOOL thin = TRUE;
    float rate = 0;
    HR(rc->lpVtbl->GetRate(rc, NULL, NULL), E_POINTER);                        /* A7 */
    HR(rc->lpVtbl->GetRate(rc, &thin, NULL), E_POINTER);
    HR(rc->lpVtbl->GetRate(rc, &thin, &rate), S_OK);                           /* A8 */
    CHECK(rate == 1.0f && !thin, "rate %f thin %d", rate, thin);
    HR(rc->lpVtbl->SetRate(rc, FALSE, 1.5f), S_OK);                            /* A10 */
    expect_event_value(s, MESessionRateChanged, S_OK, VT_R4, "A10 rate changed");

    IMFClock *clock = NULL;
    HR(s->lpVtbl->GetClock(s, &clock), S_OK);                                  /* A6 */
    IMFShutdown *sd = NULL;
    HR(clock->lpVtbl->QueryInterface(clock, &IID_IMFShutdown, (void **)&sd), S_OK);
    MFSHUTDOWN_STATUS status = -1;
    HR(sd->lpVtbl->GetShutdownStatus(sd, &status), MF_E_INVALIDREQUEST);
    IMFPresentationClock *pc = NULL;
    HR(clock->lpVtbl->QueryInterface(clock, &IID_IMFPresentationClock, (void **)&pc), S_OK);
    MFTIME t = 0;
    HR(pc->lpVtbl->GetTime(pc, &t), MF_E_CLOCK_NO_TIME_SOURCE);                /* J1 */
    HR(pc->lpVtbl->GetTime(pc, NULL), E_POINTER);
    MFCLOCK_STATE state = -1;
    HR(pc->lpVtbl->GetState(pc, 0, &state), S_OK);                             /* J2 */
    CHECK(state == MFCLOCK_STATE_INVALID, "clock state %d", state);
    HR(pc->lpVtbl->Start(pc, 0), MF_E_CLOCK_NO_TIME_SOURCE);                   /* J3 */
    IMFRateControl *clock_rate = NULL;
    HR(clock->lpVtbl->QueryInterface(clock, &IID_IMFRateControl, (void **)&clock_rate), S_OK);
    HR(clock_rate->lpVtbl->SetRate(clock_rate, FALSE, 1.5f), MF_E_CLOCK_NO_TIME_SOURCE); /* A9 */
    clock_rate->lpVtbl->Release(clock_rate);

    HR(s->lpVtbl->Shutdown(s), S_OK);                                          /* G1 */
    HR(sd->lpVtbl->GetShutdownStatus(sd, &status), S_OK);                      /* G4 */
    CHECK(status == MFSHUTDOWN_COMPLETED, "clock status %d", status);
    HR(s->lpVtbl->QueryInterface(s, &IID_IMFGetService, (void **)&unk), S_OK); /* G2 */
    unk->lpVtbl->Release(unk);
    IMFRateSupport *rs = NULL;
    HR(gs->lpVtbl->GetService(gs, &MF_RATE_CONTROL_SERVICE, &IID_IMFRateSupport, (void **)&rs), MF_E_SHUTDOWN); /* G3 */
    pc->lpVtbl->Release(pc);
    sd->lpVtbl->Release(sd);
    clock->lpVtbl->Release(clock);
    rc->lpVtbl->Release(rc);
    gs->lpVtbl->Release(gs);
    CHECK(s->lpVtbl->Release(s) == 0, "last reference");

    /* J4, J5 on a clock of its own with the system time source. */
    HR(MFCreatePresentationClock(&pc), S_OK);
    IMFPresentationTimeSource *ts = NULL;
    HR(MFCreateSystemTimeSource(&ts), S_OK);
    HR(pc->lpVtbl->AddClockStateSink(pc, NULL), E_INVALIDARG);
    HR(pc->lpVtbl->SetTimeSource(pc, ts), S_OK);
    HR(pc->lpVtbl->Stop(pc), S_OK);
    HR(pc->lpVtbl->Pause(pc), MF_E_INVALIDREQUEST);
    HR(pc->lpVtbl->Stop(pc), MF_E_CLOCK_STATE_ALREADY_SET);
    HR(pc->lpVtbl->Start(pc, 0), S_OK);
    HR(pc->lpVtbl->Start(pc, 0), S_OK);
    HR(pc->lpVtbl->GetState(pc, 0, &state), S_OK);
    CHECK(state == MFCLOCK_STATE_RUNNING, "state %d", state);
    IMFRateControl *rate_control = NULL;
    HR(pc->lpVtbl->QueryInterface(pc, &IID_IMFRateControl, (void **)&rate_control), S_OK);
    HR(rate_control->lpVtbl->SetRate(rate_control, TRUE, 1.0f), MF_E_THINNING_UNSUPPORTED); /* J7 */
    HR(rate_control->lpVtbl->SetRate(rate_control, FALSE, 0.0f), S_OK);                     /* J8 */
    HR(rate_control->lpVtbl->SetRate(rate_control, FALSE, 1.0f), S_OK);
    rate_control->lpVtbl->Release(rate_control);
    HR(pc->lpVtbl->Pause(pc), S_OK);
    HR(pc->lpVtbl->Pause(pc), MF_E_CLOCK_STATE_ALREADY_SET);
    MFTIME t1 = 0, t2 = 0;
    pc->lpVtbl->GetTime(pc, &t1);
    struct timespec twenty_ms = {0, 20000000L};
    nanosleep(&twenty_ms, NULL);
    pc->lpVtbl->GetTime(pc, &t2);
    CHECK(t1 == t2, "a paused clock stands still: %lld then %lld", (long long)t1, (long long)t2); /* J11 */
    LONGLONG source_time = 0;
    MFTIME source_system = 0;
    HR(ts->lpVtbl->GetCorrelatedTime(ts, 0, &source_time, &source_system), S_OK);
    CHECK(source_time == t1, "J6: paused at %lld, the time source says %lld", (long long)t1,
          (long long)source_time);
    HR(pc->lpVtbl->Start(pc, PRESENTATION_CURRENT_POSITION), S_OK);
    nanosleep(&twenty_ms, NULL);
    pc->lpVtbl->GetTime(pc, &t2);
    CHECK(t2 > t1, "a running clock moves: %lld then %lld", (long long)t1, (long long)t2);
    HR(pc->lpVtbl->Stop(pc), S_OK);
    pc->lpVtbl->GetTime(pc, &t2);
    CHECK(t2 == 0, "a stopped clock reads 0: %lld", (long long)t2);

    /* J9: after its own Shutdown the clock still answers. */
    IMFShutdown *clock_shutdown = NULL;
    HR(pc->lpVtbl->QueryInterface(pc, &IID_IMFShutdown, (void **)&clock_shutdown), S_OK);
    HR(clock_shutdown->lpVtbl->Shutdown(clock_shutdown), S_OK);
    MFSHUTDOWN_STATUS shut = 0;
    HR(clock_shutdown->lpVtbl->GetShutdownStatus(clock_shutdown, &shut), S_OK);
    CHECK(shut == MFSHUTDOWN_COMPLETED, "J9: status %d", (int)shut);
    IMFPresentationTimeSource *kept = NULL;
    HR(pc->lpVtbl->GetTimeSource(pc, &kept), S_OK);
    if (kept) kept->lpVtbl->Release(kept);
    HR(pc->lpVtbl->GetTime(pc, &t2), S_OK);
    HR(pc->lpVtbl->Start(pc, 0), S_OK);
    HR(clock_shutdown->lpVtbl->Shutdown(clock_shutdown), S_OK);
    clock_shutdown->lpVtbl->Release(clock_shutdown);
    ts->lpVtbl->Release(ts);
    pc->lpVtbl->Release(pc);
}

static void rows_b_c_f_g(void) {
    IMFMediaSession *s = NULL;
    HR(MFCreateMediaSession(NULL, &s), S_OK);
    IMFMediaEvent *e = NULL;
    HR(s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &e), MF_E_NO_EVENTS_AVAILABLE); /* B1 */
    HR(s->lpVtbl->BeginGetEvent(s, NULL, NULL), E_INVALIDARG);                       /* B2 */

    Callback cb, other;
    cb_init(&cb, (IMFMediaEventGenerator *)s);
    cb_init(&other, (IMFMediaEventGenerator *)s);
    IUnknown *state = (IUnknown *)&other.iface;
    HR(s->lpVtbl->BeginGetEvent(s, &cb.iface, NULL), S_OK);                          /* B3 */
    CHECK(cb.refs == 2, "the pending request holds one reference: %d", (int)cb.refs);
    HR(s->lpVtbl->BeginGetEvent(s, &cb.iface, NULL), MF_S_MULTIPLE_BEGIN);
    HR(s->lpVtbl->BeginGetEvent(s, &cb.iface, state), MF_E_MULTIPLE_BEGIN);         /* B4 */
    HR(s->lpVtbl->BeginGetEvent(s, &other.iface, NULL), MF_E_MULTIPLE_SUBSCRIBERS);  /* B5 */
    CHECK(other.refs == 1, "a refused subscriber gains no reference: %d", (int)other.refs);
    HR(s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &e), MF_E_MULTIPLE_SUBSCRIBERS); /* B6 */

    /* B7: a result the session did not produce. */
    IMFAsyncResult *foreign = NULL;
    HR(MFCreateAsyncResult(NULL, &cb.iface, NULL, &foreign), S_OK);
    HR(s->lpVtbl->EndGetEvent(s, foreign, &e), E_FAIL);
    foreign->lpVtbl->Release(foreign);

    /* C1: Start with no topology; the event reaches the callback on another thread. */
    PROPVARIANT start;
    PropVariantInit(&start);
    HR(s->lpVtbl->Start(s, &GUID_NULL, &start), S_OK);
    CHECK(cb_wait(&cb, 1, 1000), "the callback was invoked");
    CHECK(cb.end_hr == S_OK && cb.type == MESessionStarted && cb.status == MF_E_INVALIDREQUEST,
          "C1: end 0x%08x type %u status 0x%08x", (unsigned)cb.end_hr, (unsigned)cb.type, (unsigned)cb.status);
    CHECK(!pthread_equal(cb.thread, pthread_self()), "callbacks run on a work-queue thread");
    LONG refs = refs_settled(&cb.refs, 1, 1000);
    CHECK(refs == 1, "the finished request released its reference: %d", (int)refs);

    HR(s->lpVtbl->Stop(s), S_OK);                                                   /* C2 */
    expect_event(s, MESessionStopped, MF_E_INVALIDREQUEST, "C2 stop");
    HR(s->lpVtbl->Pause(s), S_OK);                                                  /* C3 */
    expect_event(s, MESessionPaused, MF_E_INVALIDREQUEST, "C3 pause");
    HR(s->lpVtbl->ClearTopologies(s), S_OK);                                        /* C4 */
    expect_event(s, MESessionTopologiesCleared, S_OK, "C4 clear");
    HR(s->lpVtbl->ClearTopologies(s), S_OK);
    expect_event(s, MESessionTopologiesCleared, S_OK, "C4 clear twice");
    HR(s->lpVtbl->QueueEvent(s, MEUnknown, &GUID_NULL, S_OK, NULL), S_OK);         /* B11 */
    expect_event(s, MEUnknown, S_OK, "B11 application event");

    HR(s->lpVtbl->Close(s), S_OK);                                                  /* C5, F1 */
    expect_event(s, MESessionClosed, S_OK, "C5 closed");
    HR(s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &e), MF_E_NO_EVENTS_AVAILABLE); /* F2: the last */

    /* F7: still valid after Close. */
    IMFClock *clock = NULL;
    DWORD caps = 0xffffffff;
    IMFTopology *full = NULL;
    HR(s->lpVtbl->GetClock(s, &clock), S_OK);
    clock->lpVtbl->Release(clock);
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), S_OK);
    CHECK(caps == 0, "caps %u", (unsigned)caps);
    HR(s->lpVtbl->GetFullTopology(s, MFSESSION_GETFULLTOPOLOGY_CURRENT, 0, &full), MF_E_INVALIDREQUEST);
    /* F8, C6: everything else answers MF_E_INVALIDREQUEST. */
    check_commands_after_close(s);
    IMFTopology *some = NULL;
    IMFTopologyNode *node = NULL;
    HR(MFCreateTopology(&some), S_OK);
    HR(MFCreateTopologyNode(MF_TOPOLOGY_OUTPUT_NODE, &node), S_OK);
    HR(some->lpVtbl->AddNode(some, node), S_OK);
    HR(s->lpVtbl->SetTopology(s, 0, some), MF_E_INVALIDREQUEST);                    /* F12 */
    node->lpVtbl->Release(node);
    some->lpVtbl->Release(some);

    /* B8: Shutdown with a request pending never invokes it. */
    int before = cb.invoked;
    HR(s->lpVtbl->BeginGetEvent(s, &cb.iface, NULL), S_OK);
    HR(s->lpVtbl->Shutdown(s), S_OK);                                               /* C7, G1 */
    HR(s->lpVtbl->QueueEvent(s, MEUnknown, &GUID_NULL, S_OK, NULL), MF_E_SHUTDOWN); /* B9 */
    CHECK(!cb_wait(&cb, before + 1, 200), "B8: the pending callback is dropped");

    /* G5-G11 */
    HR(s->lpVtbl->ClearTopologies(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Pause(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Stop(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Close(s), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Start(s, &GUID_NULL, NULL), E_POINTER);
    HR(s->lpVtbl->Start(s, &GUID_NULL, &start), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetClock(s, &clock), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetSessionCapabilities(s, &caps), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetSessionCapabilities(s, NULL), E_POINTER);
    HR(s->lpVtbl->GetFullTopology(s, MFSESSION_GETFULLTOPOLOGY_CURRENT, 0, &full), MF_E_SHUTDOWN);
    HR(s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &e), MF_E_SHUTDOWN);
    HR(s->lpVtbl->BeginGetEvent(s, &other.iface, NULL), MF_E_SHUTDOWN);
    HR(s->lpVtbl->Shutdown(s), MF_E_SHUTDOWN);
    CHECK(s->lpVtbl->Release(s) == 0, "last reference");
}

/* A GetEvent blocked on an empty queue wakes with MF_E_SHUTDOWN (B10). */
static void *shut_later(void *q) {
    struct timespec fifty_ms = {0, 50000000L};
    nanosleep(&fifty_ms, NULL);
    ((IMFMediaEventQueue *)q)->lpVtbl->Shutdown((IMFMediaEventQueue *)q);
    return NULL;
}

static void event_queue(void) {
    IMFMediaEventQueue *q = NULL;
    HR(MFCreateEventQueue(&q), S_OK);
    IMFMediaEvent *e = NULL;
    PROPVARIANT v;
    PropVariantInit(&v);
    v.vt = VT_UI8;
    v.uhVal.QuadPart = 42;
    HR(MFCreateMediaEvent(MEError, &GUID_NULL, E_FAIL, &v, &e), S_OK);
    HR(q->lpVtbl->QueueEvent(q, e), S_OK);
    e->lpVtbl->Release(e);
    e = NULL;
    HR(q->lpVtbl->GetEvent(q, 0, &e), S_OK);
    PropVariantInit(&v);
    HR(e->lpVtbl->GetValue(e, &v), S_OK);
    CHECK(v.vt == VT_UI8 && v.uhVal.QuadPart == 42, "event value round trip");
    HR(e->lpVtbl->SetUINT32(e, &MF_EVENT_SESSIONCAPS, 7), S_OK);
    UINT32 u = 0;
    HR(e->lpVtbl->GetUINT32(e, &MF_EVENT_SESSIONCAPS, &u), S_OK);
    CHECK(u == 7, "attribute %u", u);
    HR(e->lpVtbl->GetUINT32(e, &MF_EVENT_TOPOLOGY_STATUS, &u), MF_E_ATTRIBUTENOTFOUND);
    HR(e->lpVtbl->GetUINT64(e, &MF_EVENT_SESSIONCAPS, NULL), E_POINTER);
    e->lpVtbl->Release(e);
    pthread_t t;
    pthread_create(&t, NULL, shut_later, q);
    HR(q->lpVtbl->GetEvent(q, 0, &e), MF_E_SHUTDOWN);
    pthread_join(t, NULL);
    HR(q->lpVtbl->GetEvent(q, MF_EVENT_FLAG_NO_WAIT, &e), MF_E_SHUTDOWN);         /* B9 */
    HR(q->lpVtbl->QueueEventParamVar(q, MEUnknown, &GUID_NULL, S_OK, NULL), MF_E_SHUTDOWN);
    CHECK(q->lpVtbl->Release(q) == 0, "last reference");
}

int main(void) {
    HR(MFStartup(0x00010070, MFSTARTUP_FULL), MF_E_BAD_STARTUP_VERSION);
    HR(MFStartup(MF_VERSION, MFSTARTUP_FULL), S_OK);
    rows_a_and_j();
    clock_timers();
    rows_b_c_f_g();
    event_queue();
    HR(MFShutdown(), S_OK);
    return check_summary("mf_session");
}
