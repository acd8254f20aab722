/*
 * The libcurl side of bench/http.sh: the same measurements as
 * winhttp_bench.c against the same nginx, with libcurl's own idioms.
 * Usage: curl_bench sync PORT SECONDS        one easy handle reused in a loop
 *        curl_bench async PORT SECONDS N     the multi interface, N transfers in flight
 *        curl_bench download PORT            GET /big, a write callback that discards
 * Prints the same line as winhttp_bench; any failure exits 1.
 */
#include <curl/curl.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SMALL_SIZE 100
#define BIG_SIZE (1ull << 30)
#define MAX_CHAINS 1024

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static size_t count_bytes(char *data, size_t size, size_t n, void *user) {
    (void)data;
    *(unsigned long long *)user += size * n;
    return size * n;
}

static CURL *easy_for(const char *url, unsigned long long *counter) {
    CURL *easy = curl_easy_init();
    if (!easy) exit(1);
    curl_easy_setopt(easy, CURLOPT_URL, url);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, count_bytes);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, counter);
    return easy;
}

static void check(CURL *easy, CURLcode rc, unsigned long long got, unsigned long long want) {
    long code = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &code);
    if (rc != CURLE_OK || code != 200 || got != want) {
        printf("FAILED: %s, status %ld, %llu bytes\n", curl_easy_strerror(rc), code, got);
        exit(1);
    }
}

static void run_sync(const char *url, double seconds) {
    unsigned long long got = 0;
    CURL *easy = easy_for(url, &got);
    long requests = 0;
    double start = now(), end = start + seconds, t;
    do {
        got = 0;
        CURLcode rc = curl_easy_perform(easy);
        check(easy, rc, got, SMALL_SIZE);
        requests++;
        t = now();
    } while (t < end);
    printf("requests %ld requests_per_s %.0f\n", requests, requests / (t - start));
    curl_easy_cleanup(easy);
}

static void run_async(const char *url, double seconds, int n) {
    static unsigned long long got[MAX_CHAINS];
    CURL *easy[MAX_CHAINS];
    CURLM *multi = curl_multi_init();
    for (int i = 0; i < n; i++) {
        easy[i] = easy_for(url, &got[i]);
        curl_easy_setopt(easy[i], CURLOPT_PRIVATE, &got[i]);
        curl_multi_add_handle(multi, easy[i]);
    }
    long completed = 0;
    int running = n;
    double start = now(), end = start + seconds;
    while (running > 0) {
        int still;
        if (curl_multi_perform(multi, &still) != CURLM_OK) exit(1);
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(multi, &left))) {
            if (msg->msg != CURLMSG_DONE) continue;
            CURL *e = msg->easy_handle;
            unsigned long long *counter;
            curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&counter);
            check(e, msg->data.result, *counter, SMALL_SIZE);
            completed++;
            curl_multi_remove_handle(multi, e);
            if (now() < end) {
                /* The next request on this chain. */
                *counter = 0;
                curl_multi_add_handle(multi, e);
            } else {
                running--;
            }
        }
        if (running > 0 && curl_multi_poll(multi, NULL, 0, 1000, NULL) != CURLM_OK) exit(1);
    }
    double elapsed = now() - start;
    printf("requests %ld requests_per_s %.0f\n", completed, completed / elapsed);
    for (int i = 0; i < n; i++) curl_easy_cleanup(easy[i]);
    curl_multi_cleanup(multi);
}

static void run_download(const char *url) {
    unsigned long long got = 0;
    CURL *easy = easy_for(url, &got);
    double start = now();
    CURLcode rc = curl_easy_perform(easy);
    double elapsed = now() - start;
    check(easy, rc, got, BIG_SIZE);
    printf("bytes %llu mb_per_s %.0f\n", got, got / 1e6 / elapsed);
    curl_easy_cleanup(easy);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s sync|async|download PORT [SECONDS [TRANSFERS]]\n", argv[0]);
        return 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int port = atoi(argv[2]);
    double seconds = argc > 3 ? atof(argv[3]) : 3;
    char url[64];
    if (strcmp(argv[1], "download") == 0) {
        snprintf(url, sizeof url, "http://127.0.0.1:%d/big", port);
        run_download(url);
        return 0;
    }
    snprintf(url, sizeof url, "http://127.0.0.1:%d/small", port);
    if (strcmp(argv[1], "sync") == 0) {
        run_sync(url, seconds);
    } else if (strcmp(argv[1], "async") == 0) {
        int n = argc > 4 ? atoi(argv[4]) : 100;
        if (n < 1 || n > MAX_CHAINS) return 2;
        run_async(url, seconds, n);
    } else {
        return 2;
    }
    curl_global_cleanup();
    return 0;
}
