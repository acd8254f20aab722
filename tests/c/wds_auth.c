/* A consumer written as Windows code is (the SDK multicast consumer
 * sample's shape): an authenticated or anonymous request, the start,
 * metadata, contents and complete callbacks, WaitForCompletion, then
 * CloseSession and Shutdown.
 * Usage: wds_auth SERVER NAMESPACE OBJECT LOCAL_COPY AUTH|NO_AUTH
 *                 [EXPECTED_ERROR [EXPECTED_METADATA]]
 * With EXPECTED_ERROR (decimal or 0x hex) other than 0, the session must
 * complete with exactly that error and deliver nothing. EXPECTED_METADATA
 * "-" means ReceiveMetadata must not be called. */
#include <windows.h>
#include <winerror.h>
#include <wdstci.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct {
    unsigned char *data;
    ULONGLONG size;
    atomic_int starts, contents, completes, metadata_calls, order_ok;
    atomic_uint error;
    char metadata[256];
} Consumer;

static VOID CALLBACK on_start(HANDLE key, PVOID ctx, PULARGE_INTEGER size) {
    Consumer *c = ctx;
    (void)key;
    c->size = size->QuadPart;
    c->data = calloc(1, c->size ? c->size : 1);
    atomic_fetch_add(&c->starts, 1);
}

static VOID CALLBACK on_metadata(HANDLE key, PVOID ctx, PVOID meta, ULONG len) {
    Consumer *c = ctx;
    (void)key;
    /* ReceiveMetadata comes after SessionStart and before any contents. */
    if (atomic_load(&c->starts) != 1 || atomic_load(&c->contents)) atomic_store(&c->order_ok, 0);
    size_t n = len < sizeof c->metadata - 1 ? len : sizeof c->metadata - 1;
    memcpy(c->metadata, meta, n);
    c->metadata[n] = 0;
    atomic_fetch_add(&c->metadata_calls, 1);
}

static VOID CALLBACK on_contents(HANDLE key, PVOID ctx, PVOID buf, ULONG len, PULARGE_INTEGER off) {
    Consumer *c = ctx;
    if (off->QuadPart + len <= c->size) memcpy(c->data + off->QuadPart, buf, len);
    atomic_fetch_add(&c->contents, 1);
    WdsTransportClientCompleteReceive(key, len, off);
}

static VOID CALLBACK on_complete(HANDLE key, PVOID ctx, DWORD err) {
    Consumer *c = ctx;
    (void)key;
    atomic_store(&c->error, err);
    atomic_fetch_add(&c->completes, 1);
}

static WCHAR *widen(const char *s) {
    size_t n = strlen(s);
    WCHAR *w = calloc(n + 1, sizeof *w);
    for (size_t i = 0; i < n; i++) w[i] = (unsigned char)s[i];
    return w;
}

int main(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr, "usage: %s SERVER NAMESPACE OBJECT LOCAL_COPY AUTH|NO_AUTH [ERROR [METADATA]]\n", argv[0]);
        return 2;
    }
    DWORD expected = argc > 6 ? (DWORD)strtoul(argv[6], NULL, 0) : 0;
    const char *expected_metadata = argc > 7 ? argv[7] : NULL;
    FILE *f = fopen(argv[4], "rb");
    CHECK(f != NULL, "cannot open %s", argv[4]);
    if (!f) return check_summary("wds_auth");
    fseek(f, 0, SEEK_END);
    long want_len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *want = malloc(want_len ? (size_t)want_len : 1);
    CHECK(fread(want, 1, (size_t)want_len, f) == (size_t)want_len, "read %s", argv[4]);
    fclose(f);

    WDS_TRANSPORTCLIENT_REQUEST r;
    ZeroMemory(&r, sizeof r);
    r.ulLength = sizeof r;
    r.ulApiVersion = WDS_TRANSPORTCLIENT_CURRENT_API_VERSION;
    r.ulAuthLevel = strcmp(argv[5], "AUTH") == 0 ? WDS_TRANSPORTCLIENT_AUTH : WDS_TRANSPORTCLIENT_NO_AUTH;
    r.pwszServer = widen(argv[1]);
    r.pwszNamespace = widen(argv[2]);
    r.pwszObjectName = widen(argv[3]);
    r.ulCacheSize = 0x2000000;
    r.ulProtocol = WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST;

    Consumer c;
    memset(&c, 0, sizeof c);
    atomic_store(&c.order_ok, 1);
    HANDLE h = NULL;
    CHECK_CODE(WdsTransportClientInitialize(), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientInitializeSession(&r, &c, &h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_START, (PVOID)on_start), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_METADATA, (PVOID)on_metadata), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS, (PVOID)on_contents), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientRegisterCallback(h, WDS_TRANSPORTCLIENT_SESSION_COMPLETE, (PVOID)on_complete), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientStartSession(h), ERROR_SUCCESS);
    DWORD waited = WdsTransportClientWaitForCompletion(h, INFINITE);
    ULONG status = 0, err = 0;
    CHECK_CODE(WdsTransportClientQueryStatus(h, &status, &err), ERROR_SUCCESS);
    CHECK(atomic_load(&c.completes) == 1, "%d completions", atomic_load(&c.completes));
    if (expected == 0) {
        CHECK_CODE(waited, ERROR_SUCCESS);
        CHECK(status == WDS_TRANSPORTCLIENT_STATUS_SUCCESS && err == 0, "status %lu error %lu", (unsigned long)status, (unsigned long)err);
        CHECK(c.size == (ULONGLONG)want_len && memcmp(c.data, want, (size_t)want_len) == 0,
              "received %llu bytes, not the %ld expected", (unsigned long long)c.size, want_len);
        CHECK(atomic_load(&c.order_ok), "metadata out of order");
        if (expected_metadata && strcmp(expected_metadata, "-") == 0) {
            CHECK(atomic_load(&c.metadata_calls) == 0, "metadata called %d times", atomic_load(&c.metadata_calls));
        } else if (expected_metadata) {
            CHECK(atomic_load(&c.metadata_calls) == 1 && strcmp(c.metadata, expected_metadata) == 0,
                  "metadata calls %d, \"%s\"", atomic_load(&c.metadata_calls), c.metadata);
        }
    } else {
        CHECK(atomic_load(&c.error) == expected, "completed with %#lx, not %#lx",
              (unsigned long)atomic_load(&c.error), (unsigned long)expected);
        CHECK(status == WDS_TRANSPORTCLIENT_STATUS_FAILURE && err == expected, "status %lu error %#lx", (unsigned long)status, (unsigned long)err);
        CHECK(atomic_load(&c.starts) == 0 && atomic_load(&c.contents) == 0, "delivered %d starts, %d blocks",
              atomic_load(&c.starts), atomic_load(&c.contents));
    }
    CHECK_CODE(WdsTransportClientCloseSession(h), ERROR_SUCCESS);
    CHECK_CODE(WdsTransportClientShutdown(), ERROR_SUCCESS);
    free(c.data);
    free(want);
    return check_summary("wds_auth");
}
