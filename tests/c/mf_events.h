/* Waiting for Media Session events the way Wine's tests do: skip other
 * events until the wanted type arrives, then check its status, value type
 * and extended type (CONFORMANCE 2.4). Include after check.h. */
#ifndef WINSESSION_TEST_MF_EVENTS_H
#define WINSESSION_TEST_MF_EVENTS_H
#include <time.h>

#define HR(call, want) CHECK_CODE((DWORD)(call), (DWORD)(want))

/* Waits up to `ms` for an event of `type`; returns its value (the caller
 * clears it) or VT_EMPTY when none came. */
static PROPVARIANT expect_event_within(IMFMediaSession *s, MediaEventType type, HRESULT status,
                                       VARTYPE vt, int ms, const char *what) {
    PROPVARIANT v;
    PropVariantInit(&v);
    for (int waited = 0; waited <= ms; ) {
        IMFMediaEvent *e = NULL;
        HRESULT hr = s->lpVtbl->GetEvent(s, MF_EVENT_FLAG_NO_WAIT, &e);
        if (hr == MF_E_NO_EVENTS_AVAILABLE) {
            struct timespec one_ms = {0, 1000000L};
            nanosleep(&one_ms, NULL);
            waited++;
            continue;
        }
        CHECK(hr == S_OK, "%s: GetEvent 0x%08x", what, (unsigned)hr);
        if (hr != S_OK) return v;
        MediaEventType t = 0;
        HRESULT st = 0;
        GUID ext;
        e->lpVtbl->GetType(e, &t);
        e->lpVtbl->GetStatus(e, &st);
        e->lpVtbl->GetExtendedType(e, &ext);
        e->lpVtbl->GetValue(e, &v);
        e->lpVtbl->Release(e);
        if (t != type) { PropVariantClear(&v); continue; }
        CHECK(st == status, "%s: status 0x%08x, want 0x%08x", what, (unsigned)st, (unsigned)status);
        CHECK(v.vt == vt, "%s: value type %u", what, v.vt);
        CHECK(IsEqualGUID(&ext, &GUID_NULL), "%s: extended type not GUID_NULL", what);
        return v;
    }
    CHECK(0, "%s: no event %u within %d ms", what, (unsigned)type, ms);
    return v;
}

static void expect_event_value(IMFMediaSession *s, MediaEventType type, HRESULT status, VARTYPE vt,
                               const char *what) {
    PROPVARIANT v = expect_event_within(s, type, status, vt, 1000, what);
    PropVariantClear(&v);
}

static void expect_event(IMFMediaSession *s, MediaEventType type, HRESULT status, const char *what) {
    expect_event_value(s, type, status, VT_EMPTY, what);
}

/* F8, F10, F11, C6: after Close every command is accepted and answers
 * MF_E_INVALIDREQUEST in its event; a second Close too. */
static void check_commands_after_close(IMFMediaSession *s) {
    PROPVARIANT empty;
    PropVariantInit(&empty);
    HR(s->lpVtbl->ClearTopologies(s), S_OK);
    expect_event(s, MESessionTopologiesCleared, MF_E_INVALIDREQUEST, "C6 clear after close");
    HR(s->lpVtbl->Start(s, NULL, &empty), S_OK);
    expect_event(s, MESessionStarted, MF_E_INVALIDREQUEST, "F11 start after close");
    HR(s->lpVtbl->Pause(s), S_OK);
    expect_event(s, MESessionPaused, MF_E_INVALIDREQUEST, "F11 pause after close");
    HR(s->lpVtbl->Stop(s), S_OK);
    expect_event(s, MESessionStopped, MF_E_INVALIDREQUEST, "F11 stop after close");
    HR(s->lpVtbl->Close(s), S_OK);
    expect_event(s, MESessionClosed, MF_E_INVALIDREQUEST, "F10 close twice");
}

#endif
