/*
 * WinHTTP's proxy configuration functions, written as Windows code: the IE
 * configuration, the default configuration (get and set), WinHTTP_OPTION_PROXY
 * on sessions opened with the default and automatic access types,
 * WinHttpGetProxyForUrl and WinHttpDetectAutoProxyConfigUrl. On Linux the
 * configuration comes from the http_proxy / https_proxy / all_proxy /
 * no_proxy environment, which the program sets before each call. Argument
 * checks and error codes are Windows' (the ok() lines of Wine's
 * dlls/winhttp/tests/winhttp.c). Every string handed out is freed with
 * GlobalFree, so valgrind sees no leak.
 * Usage: winhttp_proxy
 */
#include <winhttp.h>
#include "check.h"

#include <string.h>

static int wide_is(const WCHAR *got, const WCHAR *want) {
    if (!got || !want) return got == want;
    return wide_len(got) == wide_len(want) && !memcmp(got, want, wide_len(want) * sizeof(WCHAR));
}

static void clear_environment(void) {
    static const char *const names[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
                                        "all_proxy",  "ALL_PROXY",  "no_proxy",    "NO_PROXY",
                                        "REQUEST_METHOD"};
    for (size_t i = 0; i < ARRAYSIZE(names); i++) unsetenv(names[i]);
}

static void free_config(WINHTTP_CURRENT_USER_IE_PROXY_CONFIG *cfg) {
    GlobalFree(cfg->lpszAutoConfigUrl);
    GlobalFree(cfg->lpszProxy);
    GlobalFree(cfg->lpszProxyBypass);
}

static void free_info(WINHTTP_PROXY_INFO *info) {
    GlobalFree(info->lpszProxy);
    GlobalFree(info->lpszProxyBypass);
}

static void test_ie_config(void) {
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG cfg;

    CHECK_FAILS(WinHttpGetIEProxyConfigForCurrentUser(NULL), ERROR_INVALID_PARAMETER);

    clear_environment();
    memset(&cfg, 0xcc, sizeof cfg);
    CHECK_OK(WinHttpGetIEProxyConfigForCurrentUser(&cfg));
    CHECK(!cfg.fAutoDetect && !cfg.lpszAutoConfigUrl && !cfg.lpszProxy && !cfg.lpszProxyBypass,
          "no environment: nothing configured");
    free_config(&cfg);

    /* One proxy for both schemes, credentials dropped; no_proxy's names
     * match their subdomains, as on Linux. */
    setenv("http_proxy", "http://user:secret@proxy.corp:3128/", 1);
    setenv("HTTPS_PROXY", "proxy.corp:3128", 1);
    setenv("no_proxy", "localhost,.internal 10.0.0.0/8", 1);
    CHECK_OK(WinHttpGetIEProxyConfigForCurrentUser(&cfg));
    CHECK(!cfg.fAutoDetect && !cfg.lpszAutoConfigUrl, "no auto-detection, no PAC");
    CHECK(wide_is(cfg.lpszProxy, L"proxy.corp:3128"), "one proxy");
    CHECK(wide_is(cfg.lpszProxyBypass, L"localhost;*.localhost;*.internal;10.*"), "bypass list");
    free_config(&cfg);

    /* Different proxies per scheme, all_proxy filling the gap. */
    clear_environment();
    setenv("all_proxy", "http://fallback:8080", 1);
    setenv("https_proxy", "http://secure:8443", 1);
    CHECK_OK(WinHttpGetIEProxyConfigForCurrentUser(&cfg));
    CHECK(wide_is(cfg.lpszProxy, L"http=fallback:8080;https=secure:8443"), "per-scheme proxies");
    CHECK(!cfg.lpszProxyBypass, "no bypass list");
    free_config(&cfg);

    /* A CGI program never takes HTTP_PROXY (it may be a request header). */
    clear_environment();
    setenv("REQUEST_METHOD", "GET", 1);
    setenv("HTTP_PROXY", "attacker:80", 1);
    CHECK_OK(WinHttpGetIEProxyConfigForCurrentUser(&cfg));
    CHECK(!cfg.lpszProxy, "HTTP_PROXY ignored under CGI");
    free_config(&cfg);
    clear_environment();
}

static void test_default_config(void) {
    WINHTTP_PROXY_INFO info, set;
    DWORD size;

    CHECK_FAILS(WinHttpGetDefaultProxyConfiguration(NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpSetDefaultProxyConfiguration(NULL), ERROR_INVALID_PARAMETER);

    /* Until set, the default follows the environment. */
    clear_environment();
    memset(&info, 0xcc, sizeof info);
    CHECK_OK(WinHttpGetDefaultProxyConfiguration(&info));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NO_PROXY && !info.lpszProxy && !info.lpszProxyBypass,
          "direct by default");
    free_info(&info);

    setenv("http_proxy", "http://envproxy:3128", 1);
    setenv("https_proxy", "http://envproxy:3128", 1);
    setenv("no_proxy", "example.com", 1);
    CHECK_OK(WinHttpGetDefaultProxyConfiguration(&info));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && wide_is(info.lpszProxy, L"envproxy:3128") &&
              wide_is(info.lpszProxyBypass, L"example.com;*.example.com"),
          "named from the environment");
    free_info(&info);

    /* A session with the default access type reports it, as Windows
     * reports the registry's configuration; the automatic type reports the
     * environment too. */
    HINTERNET ses = WinHttpOpen(L"proxy test", WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, NULL, NULL, 0);
    CHECK(ses != NULL, "session %u", GetLastError());
    size = sizeof info;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_PROXY, &info, &size));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && wide_is(info.lpszProxy, L"envproxy:3128"),
          "default session reports the default configuration");
    free_info(&info);
    CHECK_OK(WinHttpCloseHandle(ses));
    ses = WinHttpOpen(L"proxy test", WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY, NULL, NULL, 0);
    CHECK(ses != NULL, "session %u", GetLastError());
    size = sizeof info;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_PROXY, &info, &size));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && wide_is(info.lpszProxy, L"envproxy:3128"),
          "automatic session reports the environment");
    free_info(&info);
    CHECK_OK(WinHttpCloseHandle(ses));

    /* Set: only NO_PROXY and NAMED_PROXY, a named one with a name. */
    memset(&set, 0, sizeof set);
    set.dwAccessType = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    set.lpszProxyBypass = L"<local>";
    CHECK_FAILS(WinHttpSetDefaultProxyConfiguration(&set), ERROR_INVALID_PARAMETER);
    set.lpszProxy = L"";
    CHECK_FAILS(WinHttpSetDefaultProxyConfiguration(&set), ERROR_INVALID_PARAMETER);
    set.lpszProxy = L"named:8080";
    set.dwAccessType = WINHTTP_ACCESS_TYPE_DEFAULT_PROXY;
    CHECK_FAILS(WinHttpSetDefaultProxyConfiguration(&set), ERROR_INVALID_PARAMETER);
    set.dwAccessType = WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY;
    CHECK_FAILS(WinHttpSetDefaultProxyConfiguration(&set), ERROR_INVALID_PARAMETER);
    set.dwAccessType = WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    CHECK_OK(WinHttpSetDefaultProxyConfiguration(&set));
    CHECK_OK(WinHttpGetDefaultProxyConfiguration(&info));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY && wide_is(info.lpszProxy, L"named:8080") &&
              wide_is(info.lpszProxyBypass, L"<local>"),
          "set replaces the environment's");
    free_info(&info);

    ses = WinHttpOpen(L"proxy test", WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, NULL, NULL, 0);
    size = sizeof info;
    CHECK_OK(WinHttpQueryOption(ses, WINHTTP_OPTION_PROXY, &info, &size));
    CHECK(wide_is(info.lpszProxy, L"named:8080"), "a new default session sees the set configuration");
    free_info(&info);
    CHECK_OK(WinHttpCloseHandle(ses));

    set.dwAccessType = WINHTTP_ACCESS_TYPE_NO_PROXY;
    CHECK_OK(WinHttpSetDefaultProxyConfiguration(&set));
    CHECK_OK(WinHttpGetDefaultProxyConfiguration(&info));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NO_PROXY && !info.lpszProxy && !info.lpszProxyBypass,
          "set to direct");
    free_info(&info);
    clear_environment();
}

static void test_proxy_for_url(void) {
    WINHTTP_AUTOPROXY_OPTIONS options;
    WINHTTP_PROXY_INFO info;

    memset(&options, 0, sizeof options);
    memset(&info, 0, sizeof info);
    CHECK_FAILS(WinHttpGetProxyForUrl(NULL, NULL, NULL, NULL), ERROR_INVALID_HANDLE);

    HINTERNET ses = WinHttpOpen(L"proxy test", WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL, 0);
    HINTERNET con = WinHttpConnect(ses, L"example.com", 0, 0);
    CHECK(ses && con, "handles %u", GetLastError());
    CHECK_FAILS(WinHttpGetProxyForUrl(con, L"http://winehq.org", &options, &info),
                ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

    CHECK_FAILS(WinHttpGetProxyForUrl(ses, NULL, NULL, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"", NULL, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", NULL, NULL), ERROR_INVALID_PARAMETER);
    /* No way asked for. */
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", &options, &info), ERROR_INVALID_PARAMETER);
    options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
    options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DNS_A;
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", &options, NULL), ERROR_INVALID_PARAMETER);
    options.dwAutoDetectFlags = 0;
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", &options, &info), ERROR_INVALID_PARAMETER);
    /* A configuration URL flag without the URL. */
    options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT | WINHTTP_AUTOPROXY_CONFIG_URL;
    options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DNS_A;
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", &options, &info), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"", &options, &info), ERROR_INVALID_PARAMETER);

    /* Well-formed calls: no WPAD and no PAC, so detection fails. */
    options.dwFlags = WINHTTP_AUTOPROXY_AUTO_DETECT;
    options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A;
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http://winehq.org", &options, &info),
                ERROR_WINHTTP_AUTODETECTION_FAILED);
    CHECK(!info.lpszProxy && !info.lpszProxyBypass, "nothing handed out");
    options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
    options.dwAutoDetectFlags = 0;
    options.lpszAutoConfigUrl = L"http://wpad/wpad.dat";
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"https://winehq.org/path", &options, &info),
                ERROR_WINHTTP_AUTODETECTION_FAILED);
    /* WINHTTP_AUTOPROXY_ALLOW_STATIC: the default configuration answers
       when detection finds nothing (Wine's test_WinHttpGetProxyForUrl). */
    options.dwFlags = WINHTTP_AUTOPROXY_ALLOW_STATIC | WINHTTP_AUTOPROXY_AUTO_DETECT;
    options.dwAutoDetectFlags = WINHTTP_AUTO_DETECT_TYPE_DHCP | WINHTTP_AUTO_DETECT_TYPE_DNS_A;
    options.lpszAutoConfigUrl = NULL;
    memset(&info, 0, sizeof info);
    WINHTTP_PROXY_INFO direct = {WINHTTP_ACCESS_TYPE_NO_PROXY, NULL, NULL};
    CHECK_OK(WinHttpSetDefaultProxyConfiguration(&direct));
    CHECK_OK(WinHttpGetProxyForUrl(ses, L"http://winehq.com/", &options, &info));
    CHECK(info.dwAccessType == WINHTTP_ACCESS_TYPE_NO_PROXY && !info.lpszProxy && !info.lpszProxyBypass,
          "static: access %u", info.dwAccessType);
    options.dwFlags = WINHTTP_AUTOPROXY_CONFIG_URL;
    options.dwAutoDetectFlags = 0;
    options.lpszAutoConfigUrl = L"http://wpad/wpad.dat";
    /* Malformed URLs fail as WinHttpCrackUrl fails them. */
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"http:", &options, &info), ERROR_WINHTTP_INVALID_URL);
    CHECK_FAILS(WinHttpGetProxyForUrl(ses, L"gopher://winehq.org", &options, &info),
                ERROR_WINHTTP_UNRECOGNIZED_SCHEME);

    CHECK_OK(WinHttpCloseHandle(con));
    CHECK_OK(WinHttpCloseHandle(ses));
}

static void test_detect(void) {
    WCHAR *url = (WCHAR *)0xdeadbeef;

    CHECK_FAILS(WinHttpDetectAutoProxyConfigUrl(0, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpDetectAutoProxyConfigUrl(0, &url), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpDetectAutoProxyConfigUrl(WINHTTP_AUTO_DETECT_TYPE_DNS_A, NULL), ERROR_INVALID_PARAMETER);
    CHECK_FAILS(WinHttpDetectAutoProxyConfigUrl(WINHTTP_AUTO_DETECT_TYPE_DNS_A, &url),
                ERROR_WINHTTP_AUTODETECTION_FAILED);
    CHECK(url == NULL, "url cleared");
    url = (WCHAR *)0xdeadbeef;
    CHECK_FAILS(WinHttpDetectAutoProxyConfigUrl(WINHTTP_AUTO_DETECT_TYPE_DHCP, &url),
                ERROR_WINHTTP_AUTODETECTION_FAILED);
    CHECK(url == NULL, "url cleared");
}

int main(void) {
    test_ie_config();
    test_default_config();
    test_proxy_for_url();
    test_detect();
    return check_summary("winhttp_proxy");
}
