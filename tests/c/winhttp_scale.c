/*
 * Many WebSockets in asynchronous mode, driven the way event-driven
 * Windows code drives WinHTTP: every step is taken from the status
 * callback (SENDREQUEST_COMPLETE -> ReceiveResponse, HEADERS_AVAILABLE ->
 * CompleteUpgrade and a Receive). With a Receive pending on every socket
 * it reports the process's threads and resident memory, then echoes one
 * message on every socket.
 * Usage: winhttp_scale PORT COUNT [SECONDS [WORKERS]]   (the peer echoes on
 * /echo; WORKERS sets WINHTTP_OPTION_WORKER_THREAD_COUNT first)
 * Prints one line of figures: sockets, threads, KiB per idle socket,
 * seconds to open all, seconds for the echo round. With SECONDS (the
 * benchmark, bench/run.sh), every socket then echoes 16-byte messages one
 * after another for that long, each Send and Receive issued from the last
 * READ_COMPLETE, and the line ends with the round trips per second.
 */
#include <winhttp.h>
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define MESSAGE 16
#define IN_FLIGHT 256

struct sock {
    HINTERNET request;
    HINTERNET ws;
    BYTE buf[64];
    volatile LONG echoed;
};

static struct sock *socks;
static volatile LONG upgraded, failed, echoed, upgrades_started;
static volatile int benchmarking;
static volatile LONG round_trips;
static double bench_end;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A field of /proc/self/status, in its own unit (kB for VmRSS). */
static long status_field(const char *name) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    size_t n = strlen(name);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, name, n) == 0 && line[n] == ':') v = atol(line + n + 1);
    if (f) fclose(f);
    return v;
}

static void CALLBACK callback(HINTERNET h, DWORD_PTR ctx, DWORD status, LPVOID info, DWORD len) {
    struct sock *s = &socks[ctx - 1];
    (void)len;
    switch (status) {
    case WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE:
        if (!WinHttpReceiveResponse(h, NULL)) InterlockedIncrement(&failed);
        break;
    case WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE:
        s->ws = WinHttpWebSocketCompleteUpgrade(h, ctx);
        if (!s->ws || WinHttpWebSocketReceive(s->ws, s->buf, sizeof s->buf, NULL, NULL) != NO_ERROR)
            InterlockedIncrement(&failed);
        else
            InterlockedIncrement(&upgraded);
        break;
    case WINHTTP_CALLBACK_STATUS_READ_COMPLETE: {
        WINHTTP_WEB_SOCKET_STATUS *st = info;
        if (h == s->ws && st->dwBytesTransferred == MESSAGE && memcmp(s->buf, &ctx, sizeof ctx) == 0) {
            if (benchmarking) {
                InterlockedIncrement(&round_trips);
                if (now() < bench_end) {
                    BYTE msg[MESSAGE] = {0};
                    memcpy(msg, &ctx, sizeof ctx);
                    if (WinHttpWebSocketSend(h, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, msg, sizeof msg) != NO_ERROR ||
                        WinHttpWebSocketReceive(h, s->buf, sizeof s->buf, NULL, NULL) != NO_ERROR)
                        InterlockedIncrement(&failed);
                } else {
                    InterlockedIncrement(&echoed);
                }
                break;
            }
            s->echoed = 1;
            InterlockedIncrement(&echoed);
        } else if (h == s->ws) {
            InterlockedIncrement(&failed);
        }
        break;
    }
    case WINHTTP_CALLBACK_STATUS_REQUEST_ERROR: {
        WINHTTP_ASYNC_RESULT *r = info;
        /* Cancelled receives at the end are expected; anything else is not. */
        if (r->dwError != ERROR_WINHTTP_OPERATION_CANCELLED) InterlockedIncrement(&failed);
        break;
    }
    default:
        break;
    }
}

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    INTERNET_PORT port = (INTERNET_PORT)atoi(argv[1]);
    int count = atoi(argv[2]);
    socks = calloc((size_t)count, sizeof *socks);
    if (argc > 4) {
        DWORD want = (DWORD)atoi(argv[4]);
        CHECK_OK(WinHttpSetOption(NULL, WINHTTP_OPTION_WORKER_THREAD_COUNT, &want, sizeof want));
    }
    HINTERNET session = WinHttpOpen(L"winsession-scale", 0, NULL, NULL, WINHTTP_FLAG_ASYNC);
    DWORD workers = 0, size = sizeof workers;
    CHECK_OK(WinHttpQueryOption(NULL, WINHTTP_OPTION_WORKER_THREAD_COUNT, &workers, &size));
    WinHttpSetStatusCallback(session, callback,
                             WINHTTP_CALLBACK_FLAG_ALL_COMPLETIONS | WINHTTP_CALLBACK_FLAG_SENDREQUEST_COMPLETE |
                                 WINHTTP_CALLBACK_FLAG_HEADERS_AVAILABLE,
                             0);
    HINTERNET connect = WinHttpConnect(session, L"127.0.0.1", port, 0);
    long rss_before = status_field("VmRSS");

    double t0 = now();
    for (int i = 0; i < count && failed == 0; i++) {
        /* Keep a bounded number of handshakes in flight, as a client
         * opening thousands of connections would. */
        while (i - upgraded >= IN_FLIGHT && failed == 0) usleep(1000);
        struct sock *s = &socks[i];
        s->request = WinHttpOpenRequest(connect, L"GET", L"/echo", NULL, NULL, NULL, 0);
        if (!s->request || !WinHttpSetOption(s->request, WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, NULL, 0) ||
            !WinHttpSendRequest(s->request, NULL, 0, NULL, 0, 0, (DWORD_PTR)(i + 1))) {
            InterlockedIncrement(&failed);
            break;
        }
    }
    for (int i = 0; i < 60000 && upgraded + failed < count; i++) usleep(1000);
    double opened = now() - t0;
    CHECK(upgraded == count && failed == 0, "upgraded %d of %d, %d failures", (int)upgraded, count, (int)failed);
    for (int i = 0; i < count; i++)
        if (socks[i].request) WinHttpCloseHandle(socks[i].request);
    usleep(200000);

    long threads = status_field("Threads");
    long rss_idle = status_field("VmRSS");
    double per_socket = (double)(rss_idle - rss_before) / count;
    /* The pool, the reactor and this thread: never one per socket. */
    CHECK(threads <= (long)workers + 3, "%ld threads for %d sockets (%u workers)", threads, count, workers);

    double t1 = now();
    for (int i = 0; i < count; i++) {
        BYTE msg[MESSAGE] = {0};
        DWORD_PTR ctx = (DWORD_PTR)(i + 1);
        memcpy(msg, &ctx, sizeof ctx);
        if (!socks[i].ws || WinHttpWebSocketSend(socks[i].ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, msg, sizeof msg) != NO_ERROR)
            InterlockedIncrement(&failed);
    }
    for (int i = 0; i < 60000 && echoed + failed < count; i++) usleep(1000);
    double round = now() - t1;
    CHECK(echoed == count && failed == 0, "echoed %d of %d, %d failures", (int)echoed, count, (int)failed);

    printf("sockets %d threads %ld workers %u kib_per_idle_socket %.1f open_s %.3f echo_round_s %.3f", count, threads,
           workers, per_socket, opened, round);
    if (argc > 3) {
        /* Each socket keeps one message in flight until the time is up. */
        double seconds = atof(argv[3]);
        echoed = 0;
        benchmarking = 1;
        double t2 = now();
        bench_end = t2 + seconds;
        for (int i = 0; i < count; i++) {
            BYTE msg[MESSAGE] = {0};
            DWORD_PTR ctx = (DWORD_PTR)(i + 1);
            memcpy(msg, &ctx, sizeof ctx);
            if (WinHttpWebSocketReceive(socks[i].ws, socks[i].buf, sizeof socks[i].buf, NULL, NULL) != NO_ERROR ||
                WinHttpWebSocketSend(socks[i].ws, WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, msg, sizeof msg) != NO_ERROR)
                InterlockedIncrement(&failed);
        }
        for (int i = 0; i < 600000 && echoed + failed < count; i++) usleep(100);
        CHECK(failed == 0, "%d failures while benchmarking", (int)failed);
        printf(" round_trips_per_s %.0f", round_trips / (now() - t2));
    }
    printf("\n");
    for (int i = 0; i < count; i++)
        if (socks[i].ws) WinHttpCloseHandle(socks[i].ws);
    WinHttpCloseHandle(connect);
    WinHttpCloseHandle(session);
    return check_summary("winhttp_scale");
}
