/* The WdsTransportClient API as Windows code uses it (the SDK consumer
 * sample's shape), against a winsession wds server.
 * Usage: wds_client SERVER NAMESPACE OBJECT LOCAL_COPY
 * OBJECT must take the server at least a few hundred ms to send. */
#include <windows.h>
#include <winerror.h>
#include <wdstci.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "check.h"


typedef struct {
    unsigned char *data;      /* what arrived, at its offsets */
    ULONGLONG size;
    atomic_int starts, start_exs, contents, completes, after_complete;
    atomic_int after_close, closed, cancel_after, cancelled_from_callback;
    atomic_uint complete_code;
    ULONG block_size;
    int order_ok, thread_ok;
    pthread_t callback_thread;
    int have_thread;
    void *kept;               /* a buffer kept past its callback */
    unsigned char kept_copy[16];
    ULONG kept_len;
    HANDLE key;
} Consumer;

static int same_thread(Consumer *c) {
    if (!c->have_thread) {
        c->callback_thread = pthread_self();
        c->have_thread = 1;
        return 1;
    }
    return pthread_equal(c->callback_thread, pthread_self());
}

static VOID CALLBACK on_start(HANDLE key, PVOID data, PULARGE_INTEGER size) {
    Consumer *c = data;
    if (!same_thread(c)) c->thread_ok = 0;
    if (atomic_load(&c->contents) || atomic_load(&c->completes)) c->order_ok = 0;
    c->key = key;
    c->size = size->QuadPart;
    c->data = calloc(1, c->size ? c->size : 1);
    atomic_fetch_add(&c->starts, 1);
}

static VOID CALLBACK on_start_ex(HANDLE key, PVOID data, PTRANSPORTCLIENT_SESSION_INFO info) {
    Consumer *c = data;
    (void)key;
    if (atomic_load(&c->starts) != 1 || atomic_load(&c->contents)) c->order_ok = 0;
    if (info->ulStructureLength != sizeof *info || info->ullFileSize.QuadPart != c->size) c->order_ok = 0;
    c->block_size = info->ulBlockSize;
    atomic_fetch_add(&c->start_exs, 1);
}

static VOID CALLBACK on_contents(HANDLE key, PVOID data, PVOID buf, ULONG len, PULARGE_INTEGER off) {
    Consumer *c = data;
    if (!same_thread(c)) c->thread_ok = 0;
    if (atomic_load(&c->completes)) atomic_fetch_add(&c->after_complete, 1);
    if (off->QuadPart + len <= c->size) memcpy(c->data + off->QuadPart, buf, len);
    int n = atomic_fetch_add(&c->contents, 1) + 1;
    if (atomic_load(&c->closed)) {
        /* The handle is closed: the consumer cannot complete, and the
         * session must not stall for it. */
        atomic_fetch_add(&c->after_close, 1);
        return;
    }
    if (n == 3 && !c->kept && len >= sizeof c->kept_copy) {
        if (WdsTransportClientAddRefBuffer(buf) == ERROR_SUCCESS) {
            c->kept = buf;
            c->kept_len = len;
            memcpy(c->kept_copy, buf, sizeof c->kept_copy);
        }
    }
    if (c->cancel_after && n == c->cancel_after) {
        /* "safe to call from within a callback" */
        if (WdsTransportClientCancelSession(key) == ERROR_SUCCESS) atomic_store(&c->cancelled_from_callback, 1);
    }
    /* A completion that matches nothing is refused; the right one works. */
    ULARGE_INTEGER wrong = *off;
    wrong.QuadPart += 1;
    if (WdsTransportClientCompleteReceive(key, len, &wrong) != ERROR_INVALID_PARAMETER) c->order_ok = 0;
    if (WdsTransportClientCompleteReceive(key, len, off) != ERROR_SUCCESS) c->order_ok = 0;
}

static VOID CALLBACK on_complete(HANDLE key, PVOID data, DWORD err) {
    Consumer *c = data;
    (void)key;
    if (!same_thread(c)) c->thread_ok = 0;
    atomic_store(&c->complete_code, err);
    atomic_fetch_add(&c->completes, 1);
}

static VOID CALLBACK on_metadata(HANDLE key, PVOID data, PVOID meta, ULONG len) {
    (void)key; (void)data; (void)meta; (void)len;
}

static WCHAR server[256], ns[256], object[256];

static WDS_TRANSPORTCLIENT_REQUEST request(const WCHAR *obj) {
    WDS_TRANSPORTCLIENT_REQUEST r;
    memset(&r, 0, sizeof r);
    r.ulLength = sizeof r;
    r.ulApiVersion = WDS_TRANSPORTCLIENT_CURRENT_API_VERSION;
    r.ulAuthLevel = WDS_TRANSPORTCLIENT_NO_AUTH;
    r.pwszServer = server;
    r.pwszNamespace = ns;
    r.pwszObjectName = obj;
    r.ulCacheSize = 0x2000000; /* the SDK sample's 32 MiB */
    r.ulProtocol = WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST;
    return r;
}

static void consumer_init(Consumer *c) {
    memset(c, 0, sizeof *c);
    c->order_ok = 1;
    c->thread_ok = 1;
}

static HANDLE open_session(Consumer *c, const WCHAR *obj) {
    WDS_TRANSPORTCLIENT_REQUEST r = request(obj);
    HANDLE h = NULL;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, c, &h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)on_start), 0);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_STARTEX, (PVOID)on_start_ex), 0);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS, (PVOID)on_contents), 0);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_METADATA, (PVOID)on_metadata), 0);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_COMPLETE, (PVOID)on_complete), 0);
    return h;
}

/* Wait for SessionComplete without the handle (after CloseSession). */
static int wait_complete(Consumer *c, int seconds) {
    for (int i = 0; i < seconds * 100 && !atomic_load(&c->completes); i++) usleep(10000);
    return atomic_load(&c->completes);
}

static void to_wide(WCHAR *dst, const char *src) {
    size_t i = 0;
    for (; src[i] && i < 255; i++) dst[i] = (unsigned char)src[i];
    dst[i] = 0;
}

static unsigned char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *len = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc(*len ? *len : 1);
    if (fread(b, 1, *len, f) != *len) { free(b); b = NULL; }
    fclose(f);
    return b;
}

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: %s SERVER NAMESPACE OBJECT LOCAL_COPY\n", argv[0]);
        return 2;
    }
    to_wide(server, argv[1]);
    to_wide(ns, argv[2]);
    to_wide(object, argv[3]);
    size_t want_len = 0;
    unsigned char *want = read_file(argv[4], &want_len);
    CHECK(want != NULL, "cannot read %s", argv[4]);
    if (!want) return check_summary("wds_client");

    WDS_TRANSPORTCLIENT_REQUEST r = request(object);
    HANDLE h = NULL;
    Consumer c;

    /* Before Initialize. */
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), WDSTPC_E_NOT_INITIALIZED);
    CHECK_CODE(WdsTransportClientShutdown(), WDSTPC_E_NOT_INITIALIZED);
    CHECK_CODE(WdsTransportClientInitialize(), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientInitialize(), ERROR_SUCCESS);

    /* WDS_TRANSPORTCLIENT_REQUEST, field by field. */
    CHECK_CODE(WdsTransportClientInitializeSession(NULL, NULL, &h), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, NULL), ERROR_INVALID_PARAMETER);
    r.ulLength = sizeof r - 8;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.ulApiVersion = 2;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.ulAuthLevel = 0;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.ulAuthLevel = 3;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.pwszServer = L"ncacn_ip_tcp:127.0.0.1[";
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.pwszServer = NULL;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.pwszNamespace = L"";
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.pwszObjectName = NULL;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.ulProtocol = 2;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);
    r = request(object); r.pvProtocolData = &r; r.ulProtocolDataLength = 4;
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), ERROR_INVALID_PARAMETER);

    /* Handles and callback registration. */
    r = request(object);
    consumer_init(&c);
    CHECK_CODE(WdsTransportClientInitializeSession(&r, &c, &h), ERROR_SUCCESS);
    CHECK(h != NULL && h != INVALID_HANDLE_VALUE, "handle %p", h);
    CHECK_CODE(WdsTransportClientRegisterCallback(NULL, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)on_start), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientRegisterCallback((HANDLE)0x1234, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)on_start), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_MAX_CALLBACKS, (PVOID)on_start), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, (TRANSPORTCLIENT_CALLBACK_ID)-1, (PVOID)on_start), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_START, NULL), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)on_start), ERROR_SUCCESS);
    /* START alone is not enough: RECEIVE_CONTENTS and COMPLETE are required. */
    CHECK_CODE(WdsTransportClientStartSession(h), WDSTPC_E_CALLBACKS_NOT_REG);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS, (PVOID)on_contents), 0);
    CHECK_CODE(WdsTransportClientStartSession(h), WDSTPC_E_CALLBACKS_NOT_REG);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_COMPLETE, (PVOID)on_complete), 0);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_STARTEX, (PVOID)on_start_ex), 0);
    ULONG status = 99, err = 99;
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(status == WDS_TRANSPORTCLIENT_STATUS_IN_PROGRESS && err == 0, "status %u err %u", status, err);
    CHECK_CODE(WdsTransportClientQueryStatus(h, NULL, &err), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 0), ERROR_INVALID_STATE);

    /* 1. A whole transfer, completing each receive inside its callback. */
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientStartSession(h), WDSTPC_E_ALREADY_IN_PROGRESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_METADATA, (PVOID)on_metadata), WDSTPC_E_ALREADY_IN_PROGRESS);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, INFINITE), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(status == WDS_TRANSPORTCLIENT_STATUS_SUCCESS && err == 0, "status %u err %u", status, err);
    CHECK(atomic_load(&c.starts) == 1 && atomic_load(&c.start_exs) == 1, "starts %d/%d", c.starts, c.start_exs);
    CHECK(atomic_load(&c.completes) == 1 && atomic_load(&c.complete_code) == 0, "complete %d code %u", c.completes, c.complete_code);
    CHECK(atomic_load(&c.after_complete) == 0, "ReceiveContents after SessionComplete");
    CHECK(c.order_ok, "callback order, session info or CompleteReceive checks");
    CHECK(c.thread_ok && c.have_thread && !pthread_equal(c.callback_thread, pthread_self()),
          "callbacks on one thread, not the caller's");
    CHECK(c.key == h, "callbacks get the session handle");
    CHECK(c.block_size > 0 && c.block_size <= 65000, "block size %u", c.block_size);
    CHECK(c.size == want_len && c.data && memcmp(c.data, want, want_len) == 0, "the object arrived intact (%llu bytes)", (unsigned long long)c.size);
    /* The buffer kept with AddRefBuffer outlived its callback. */
    CHECK(c.kept && memcmp(c.kept, c.kept_copy, sizeof c.kept_copy) == 0, "kept buffer intact");
    CHECK_CODE(WdsTransportClientReleaseBuffer(c.kept), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientReleaseBuffer(c.kept), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientAddRefBuffer(want), ERROR_INVALID_PARAMETER);
    CHECK_CODE(WdsTransportClientCancelSession(h), WDSTPC_E_ALREADY_COMPLETED);
    /* QueryStatus stays valid after completion until the handle closes. */
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_INVALID_HANDLE);
    free(c.data);

    /* 2. The seed: CloseSession does not cancel; callbacks continue until
     *    the session completes; the closed handle is refused everywhere. */
    consumer_init(&c);
    h = open_session(&c, object);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    for (int i = 0; i < 500 && atomic_load(&c.contents) < 5; i++) usleep(10000);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 1), ERROR_TIMEOUT);
    atomic_store(&c.closed, 1);
    int before_close = atomic_load(&c.contents);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientCancelSession(h), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientCancelSessionEx(h, 5), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 0), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_INVALID_HANDLE);
    ULARGE_INTEGER zero = {0};
    CHECK_CODE(WdsTransportClientCompleteReceive(h, 1, &zero), ERROR_INVALID_HANDLE);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_INVALID_HANDLE);
    CHECK(wait_complete(&c, 60), "SessionComplete after CloseSession");
    CHECK(atomic_load(&c.complete_code) == 0, "closed session completed with %u", c.complete_code);
    CHECK(before_close > 0 && atomic_load(&c.after_close) > 0,
          "ReceiveContents kept coming after CloseSession (%d before, %d after)", before_close, c.after_close);
    CHECK(c.data && memcmp(c.data, want, want_len) == 0, "closed session still delivered everything");
    CHECK(atomic_load(&c.after_complete) == 0, "SessionComplete was last");
    free(c.data);

    /* 3. CancelSession from inside a callback: ERROR_CANCELLED. */
    consumer_init(&c);
    c.cancel_after = 4;
    h = open_session(&c, object);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 30000), ERROR_SUCCESS);
    CHECK(atomic_load(&c.cancelled_from_callback), "CancelSession inside ReceiveContents");
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(status == WDS_TRANSPORTCLIENT_STATUS_FAILURE && err == ERROR_CANCELLED, "status %u err %u", status, err);
    CHECK(atomic_load(&c.complete_code) == ERROR_CANCELLED, "SessionComplete %u", c.complete_code);
    CHECK_CODE(WdsTransportClientCancelSession(h), WDSTPC_E_ALREADY_COMPLETED);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    free(c.data);

    /* 4. CancelSessionEx from the caller's thread, with its own code. */
    consumer_init(&c);
    h = open_session(&c, object);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    for (int i = 0; i < 500 && atomic_load(&c.contents) < 2; i++) usleep(10000);
    CHECK_CODE(WdsTransportClientCancelSessionEx(h, 0x4242), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 30000), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(status == WDS_TRANSPORTCLIENT_STATUS_FAILURE && err == 0x4242, "status %u err %#x", status, err);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    free(c.data);

    /* 5. What the server refuses arrives in SessionComplete; StartSession
     *    itself succeeds ("may still return success"). */
    consumer_init(&c);
    h = open_session(&c, L"no-such-object.bin");
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 30000), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(status == WDS_TRANSPORTCLIENT_STATUS_FAILURE && err == (ULONG)WDSMCS_E_CONTENT_NOT_FOUND, "err %#x", err);
    CHECK(atomic_load(&c.starts) == 0 && atomic_load(&c.completes) == 1, "only SessionComplete");
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    WCHAR other[] = L"no-such-namespace";
    memcpy(ns, other, sizeof other);
    consumer_init(&c);
    h = open_session(&c, object);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientWaitForCompletion(h, 30000), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(err == (ULONG)WDSMCS_E_NAMESPACE_NOT_FOUND, "err %#x", err);
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);

    /* 6. Shutdown: then nothing works until Initialize again. */
    CHECK_CODE(WdsTransportClientShutdown(), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientInitializeSession(&r, NULL, &h), WDSTPC_E_NOT_INITIALIZED);
    CHECK_CODE(WdsTransportClientShutdown(), WDSTPC_E_NOT_INITIALIZED);
    free(want);
    return check_summary("wds_client");
}
