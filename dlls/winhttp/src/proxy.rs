//! Proxy configuration mapped onto what Linux users configure: the
//! `http_proxy`, `https_proxy`, `all_proxy` and `no_proxy` environment
//! variables stand where Windows keeps the Internet Options (IE) settings
//! and the registry's WinHTTP default ("netsh winhttp").
//!
//! Decisions where the two worlds differ:
//! - **No PAC, no WPAD**: proxy auto-config scripts are not evaluated and
//!   nothing is auto-detected, so the IE configuration never names a script
//!   and auto-detection fails as it does on a Windows network without WPAD.
//! - **WinINet's string forms**: the proxy list is `host:port` when HTTP and
//!   HTTPS go through the same proxy, else `http=host:port;https=host:port`
//!   ("WINHTTP_PROXY_INFO"). The URL's scheme, path and credentials are
//!   dropped: the strings carry no credentials on Windows, and anything
//!   reading the configuration must not see a password. A proxy without a
//!   port keeps none, so WinHTTP's default (80) applies, as in Go's
//!   net/http (curl would use 1080).
//! - **Only HTTP proxies**: a `socks*://` or `https://` proxy URL is left
//!   out, as WinHTTP speaks plain HTTP to its proxy.
//! - **Lower case first**: `http_proxy` before `HTTP_PROXY` and so on; in a
//!   CGI program (`REQUEST_METHOD` set) `HTTP_PROXY` is ignored, because a
//!   request's `Proxy:` header arrives there under that name ("httpoxy";
//!   curl and Go's net/http do the same).
//! - **Bypass list**: `no_proxy`'s entries (commas or spaces between them)
//!   become WinINet's semicolon list. A name matches itself and its
//!   subdomains on Linux, so `example.com` becomes `example.com;*.example.com`
//!   and `.example.com` becomes `*.example.com`; an octet-aligned IPv4 CIDR
//!   becomes a wildcard (`10.0.0.0/8` → `10.*`), and one WinINet cannot
//!   express is left out. `<local>` (names without a dot) is kept when
//!   written, never added: Linux tools proxy dotless names.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Mutex;

use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::options::Proxy;

/// The proxy settings of an environment, in WinINet's string forms; empty
/// when unset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EnvConfig {
    pub proxy: String,
    pub bypass: String,
}

impl EnvConfig {
    /// The settings `var` gives (a variable's value, None when unset).
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> EnvConfig {
        let value = |names: &[&str]| {
            names
                .iter()
                .filter_map(|n| var(n))
                .find(|v| !v.trim().is_empty())
        };
        let http_names: &[&str] = if var("REQUEST_METHOD").is_some() {
            &["http_proxy"]
        } else {
            &["http_proxy", "HTTP_PROXY"]
        };
        let all = value(&["all_proxy", "ALL_PROXY"]).and_then(|v| proxy_host(&v));
        let pick = |names: &[&str]| match value(names) {
            // A variable that is set but names no usable proxy still wins
            // over all_proxy, as it does for curl.
            Some(v) => proxy_host(&v),
            None => all.clone(),
        };
        let http = pick(http_names);
        let https = pick(&["https_proxy", "HTTPS_PROXY"]);
        let proxy = match (http, https) {
            (Some(a), Some(b)) if a == b => a,
            (http, https) => [("http", http), ("https", https)]
                .into_iter()
                .filter_map(|(scheme, host)| host.map(|h| format!("{scheme}={h}")))
                .collect::<Vec<_>>()
                .join(";"),
        };
        let bypass = value(&["no_proxy", "NO_PROXY"])
            .map(|v| bypass_list(&v))
            .unwrap_or_default();
        EnvConfig { proxy, bypass }
    }

    /// The process environment's settings, read now.
    pub fn current() -> EnvConfig {
        EnvConfig::from_lookup(|name| std::env::var(name).ok())
    }

    /// As a WINHTTP_PROXY_INFO: a named proxy when one is set, else no
    /// proxy (and no strings, as Windows reports a direct configuration).
    pub fn to_proxy(&self) -> Proxy {
        if self.proxy.is_empty() {
            Proxy::default()
        } else {
            Proxy {
                access: wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY,
                proxy: self.proxy.clone(),
                bypass: self.bypass.clone(),
            }
        }
    }
}

/// `host[:port]` of a proxy URL or bare `host:port`; None for a scheme
/// WinHTTP cannot speak to or an empty host. User information is dropped.
fn proxy_host(value: &str) -> Option<String> {
    let value = value.trim();
    let rest = match value.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => rest,
        Some(_) => return None,
        None => value,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    (!host.is_empty()).then(|| host.to_string())
}

/// WinINet's bypass list for a `no_proxy` value.
fn bypass_list(value: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for entry in value.split([',', ' ', '\t']).filter(|e| !e.is_empty()) {
        for rule in bypass_rules(entry) {
            if !out.contains(&rule) {
                out.push(rule);
            }
        }
    }
    out.join(";")
}

/// The WinINet rules matching what one `no_proxy` entry matches.
fn bypass_rules(entry: &str) -> Vec<String> {
    if entry == "*" || entry == "<local>" || entry.starts_with("*.") {
        return vec![entry.to_string()];
    }
    if let Some(domain) = entry.strip_prefix('.') {
        return vec![format!("*.{domain}")];
    }
    if let Some((address, bits)) = entry.split_once('/') {
        return cidr_rule(address, bits).into_iter().collect();
    }
    let host = entry
        .trim_start_matches('[')
        .split(']')
        .next()
        .unwrap_or(entry);
    if host.parse::<IpAddr>().is_ok() {
        return vec![entry.to_string()];
    }
    vec![entry.to_string(), format!("*.{entry}")]
}

/// An octet-aligned IPv4 CIDR as a wildcard; None for one a wildcard
/// cannot express.
fn cidr_rule(address: &str, bits: &str) -> Option<String> {
    let octets = address.parse::<Ipv4Addr>().ok()?.octets();
    let kept = match bits.parse::<u8>().ok()? {
        32 => return Some(address.to_string()),
        0 => return Some("*".to_string()),
        n @ (8 | 16 | 24) => usize::from(n / 8),
        _ => return None,
    };
    let prefix: Vec<String> = octets[..kept].iter().map(u8::to_string).collect();
    Some(format!("{}.*", prefix.join(".")))
}

/// Where a request's connection goes through a named proxy: the proxy's
/// host and port (80 when the entry names none, as WinHTTP defaults).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Via {
    pub host: String,
    pub port: u16,
}

/// The proxy a request to `host` goes through under `proxy`, or None to go
/// direct: only a named proxy routes; its list is WinINet's
/// (`[scheme=][http://]host[:port]` entries between `;` or spaces, a
/// scheme's own entry before a plain one), and a host its bypass list
/// matches goes direct ("WINHTTP_PROXY_INFO"; Wine's tests of
/// WinHttpOpen with WINHTTP_ACCESS_TYPE_NAMED_PROXY).
pub fn route(proxy: &Proxy, secure: bool, host: &str) -> Option<Via> {
    if proxy.access != wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY || bypassed(&proxy.bypass, host) {
        return None;
    }
    let scheme = if secure { "https" } else { "http" };
    let entries: Vec<&str> = proxy
        .proxy
        .split([';', ' ', '\t'])
        .filter(|e| !e.is_empty())
        .collect();
    let own = entries.iter().find_map(|e| {
        e.split_once('=')
            .filter(|(s, _)| s.eq_ignore_ascii_case(scheme))
            .map(|(_, v)| v)
    });
    let chosen = own.or_else(|| entries.iter().copied().find(|e| !e.contains('=')))?;
    let authority = proxy_host(chosen)?;
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(':') && !authority.ends_with(']') => {
            (h.to_string(), p.parse().ok()?)
        }
        _ => (authority, 80),
    };
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_string();
    Some(Via { host, port })
}

/// Whether WinINet's bypass list sends `host` direct: `<local>` matches
/// names without a dot, `*` is a wildcard, case does not matter.
fn bypassed(list: &str, host: &str) -> bool {
    list.split([';', ' ', '\t'])
        .filter(|e| !e.is_empty())
        .any(|rule| {
            if rule.eq_ignore_ascii_case("<local>") {
                return !host.contains('.') && !host.contains(':');
            }
            wildcard(&rule.to_ascii_lowercase(), &host.to_ascii_lowercase())
        })
}

/// `*` matches any run of characters.
fn wildcard(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, rest)) => {
            let Some(after) = text.strip_prefix(head) else {
                return false;
            };
            (0..=after.len())
                .filter(|&i| after.is_char_boundary(i))
                .any(|i| wildcard(rest, &after[i..]))
        }
    }
}

/// The process's default configuration once WinHttpSetDefaultProxyConfiguration
/// has replaced it; until then the environment is read on each use, as
/// Windows reads the registry.
static DEFAULT: Mutex<Option<Proxy>> = Mutex::new(None);

/// WinHttpGetDefaultProxyConfiguration's answer.
pub fn default_config() -> Proxy {
    lock(&DEFAULT)
        .clone()
        .unwrap_or_else(|| EnvConfig::current().to_proxy())
}

/// WinHttpSetDefaultProxyConfiguration, for this process only: the
/// registry's value has no Linux counterpart to write.
pub fn set_default_config(proxy: Proxy) {
    *lock(&DEFAULT) = Some(proxy);
}

/// The checks WinHttpSetDefaultProxyConfiguration makes: only
/// WINHTTP_ACCESS_TYPE_NO_PROXY and NAMED_PROXY, the latter with a proxy
/// name ("WinHttpSetDefaultProxyConfiguration"; Wine's
/// `test_set_default_proxy_config`). A direct configuration keeps no
/// strings.
pub fn checked_default(access: u32, proxy: String, bypass: String) -> Win32Result<Proxy> {
    match access {
        wh::WINHTTP_ACCESS_TYPE_NO_PROXY => Ok(Proxy::default()),
        // A proxy name must be ASCII (Wine's test_set_default_proxy_config).
        wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY if !proxy.is_empty() && proxy.is_ascii() => Ok(Proxy {
            access,
            proxy,
            bypass,
        }),
        _ => Err(Win32Error::INVALID_PARAMETER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Variables set, and the proxy and bypass strings they give.
    type Case<'a> = (&'a [(&'a str, &'a str)], &'a str, &'a str);

    fn env(vars: &[(&str, &str)]) -> EnvConfig {
        EnvConfig::from_lookup(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn environment_to_wininet_strings() {
        let cases: &[Case] = &[
            (&[], "", ""),
            (
                &[("http_proxy", "http://proxy:3128/")],
                "http=proxy:3128",
                "",
            ),
            (
                &[
                    ("http_proxy", "http://proxy:3128"),
                    ("https_proxy", "proxy:3128"),
                ],
                "proxy:3128",
                "",
            ),
            (
                &[("HTTP_PROXY", "http://a:1"), ("HTTPS_PROXY", "http://b:2")],
                "http=a:1;https=b:2",
                "",
            ),
            // Lower case wins.
            (
                &[("http_proxy", "low:1"), ("HTTP_PROXY", "up:2")],
                "http=low:1",
                "",
            ),
            // Credentials are dropped, including an '@' in the password.
            (
                &[("all_proxy", "http://user:p@ss@proxy.corp:8080")],
                "proxy.corp:8080",
                "",
            ),
            (
                &[("all_proxy", "all:1"), ("https_proxy", "tls:2")],
                "http=all:1;https=tls:2",
                "",
            ),
            // WinHTTP cannot use a SOCKS proxy.
            (&[("all_proxy", "socks5h://localhost:1080")], "", ""),
            (&[("http_proxy", "   ")], "", ""),
            (
                &[("https_proxy", "http://[::1]:3128")],
                "https=[::1]:3128",
                "",
            ),
            (
                &[
                    ("http_proxy", "p:1"),
                    ("no_proxy", "localhost, .corp.example,example.com 127.0.0.1"),
                ],
                "http=p:1",
                "localhost;*.localhost;*.corp.example;example.com;*.example.com;127.0.0.1",
            ),
            (
                &[(
                    "NO_PROXY",
                    "10.0.0.0/8,192.168.1.0/24,172.16.0.0/12,[::1],*.x,<local>",
                )],
                "",
                "10.*;192.168.1.*;[::1];*.x;<local>",
            ),
            (&[("no_proxy", "*")], "", "*"),
        ];
        for (vars, proxy, bypass) in cases {
            let got = env(vars);
            assert_eq!(
                (got.proxy.as_str(), got.bypass.as_str()),
                (*proxy, *bypass),
                "{vars:?}"
            );
        }
    }

    #[test]
    fn routes_through_the_named_proxy_unless_bypassed() {
        let named = |list: &str, bypass: &str| Proxy {
            access: wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY,
            proxy: list.into(),
            bypass: bypass.into(),
        };
        let via = |host: &str, port| {
            Some(Via {
                host: host.into(),
                port,
            })
        };
        let p = named("proxy:3128", "*.internal;<local>;10.*");
        assert_eq!(route(&p, false, "example.com"), via("proxy", 3128));
        assert_eq!(route(&p, true, "example.com"), via("proxy", 3128));
        assert_eq!(route(&p, false, "a.b.internal"), None);
        assert_eq!(route(&p, false, "intranet"), None);
        assert_eq!(route(&p, false, "10.1.2.3"), None);
        assert_eq!(route(&p, false, "100.1.2.3"), via("proxy", 3128));
        let p = named("http=web:8080;https=secure:8443", "");
        assert_eq!(route(&p, false, "h"), via("web", 8080));
        assert_eq!(route(&p, true, "h"), via("secure", 8443));
        let p = named("https=secure:8443", "");
        assert_eq!(route(&p, false, "h"), None, "no entry for http");
        assert_eq!(route(&named("http://p", ""), false, "h"), via("p", 80));
        assert_eq!(
            route(&named("[::1]:3128", ""), false, "h"),
            via("::1", 3128)
        );
        assert_eq!(route(&named("p:notaport", ""), false, "h"), None);
        assert_eq!(route(&Proxy::default(), false, "h"), None);
        assert!(wildcard("*.example.*", "www.example.org"));
        assert!(!wildcard("*.example.com", "example.com"));
    }

    #[test]
    fn cgi_programs_ignore_upper_case_http_proxy() {
        let got = env(&[("REQUEST_METHOD", "GET"), ("HTTP_PROXY", "evil:80")]);
        assert_eq!(got.proxy, "");
        let got = env(&[("REQUEST_METHOD", "GET"), ("http_proxy", "ok:80")]);
        assert_eq!(got.proxy, "http=ok:80");
    }

    #[test]
    fn a_named_proxy_only_when_one_is_set() {
        let direct = env(&[("no_proxy", "localhost")]).to_proxy();
        assert_eq!(direct, Proxy::default());
        let named = env(&[("all_proxy", "p:1"), ("no_proxy", "h")]).to_proxy();
        assert_eq!(named.access, wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY);
        assert_eq!(
            (named.proxy.as_str(), named.bypass.as_str()),
            ("p:1", "h;*.h")
        );
    }

    #[test]
    fn default_configuration_rules() {
        let named = wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY;
        assert_eq!(
            checked_default(named, String::new(), "x".into()),
            Err(Win32Error::INVALID_PARAMETER)
        );
        for access in [
            wh::WINHTTP_ACCESS_TYPE_DEFAULT_PROXY,
            wh::WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY,
            0xdead_beef,
        ] {
            assert_eq!(
                checked_default(access, "p:1".into(), String::new()),
                Err(Win32Error::INVALID_PARAMETER)
            );
        }
        assert_eq!(
            checked_default(wh::WINHTTP_ACCESS_TYPE_NO_PROXY, "p:1".into(), "b".into()),
            Ok(Proxy::default())
        );
        assert_eq!(
            checked_default(named, "p:1".into(), String::new()).map(|p| p.proxy),
            Ok("p:1".to_string())
        );
    }
}
