//! The cookie jar a WinHTTP session keeps: Set-Cookie headers of the
//! responses go in, the Cookie header of the next requests comes out,
//! unless WINHTTP_DISABLE_COOKIES ("automatic addition of cookie headers to
//! requests is disabled; returned cookies are not added to the cookie
//! database", WINHTTP_OPTION_DISABLE_FEATURE).
//!
//! The rules are RFC 6265 (parsing 5.2, storage 5.3, the Cookie header
//! 5.4) where Windows agrees; what Wine's `test_cookies` records for
//! Windows:
//! - the jar is per session: a new session sends no cookie, another
//!   connect handle of the same session sends them all;
//! - names are case-sensitive (`name` and `NAME` are two cookies) and the
//!   spaces around name and value are dropped (`name = value ` is
//!   `name=value`);
//! - cookies of the same path go out newest first (`NAME=value;
//!   name=value` after `name` then `NAME` were set), where RFC 6265 5.4
//!   would put the older first; longer paths still go first;
//! - a Cookie header the application adds (WinHttpAddRequestHeaders or
//!   WinHttpSendRequest's headers) comes first and the jar's cookies are
//!   coalesced after it with "; " (`name=value2; NAME=value; name=value`):
//!   the caller does this with WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON,
//!   as Wine's `add_cookie_headers` does;
//! - `Domain = localhost` on a request to `localhost` and a Path other
//!   than the request's are accepted (cookie4/cookie5).
//!
//! Decisions where Windows is not recorded: Expires and Max-Age are obeyed
//! (RFC 6265 5.3 steps 3 and 11); without a public suffix list, a Domain
//! attribute without an inner dot is accepted only when it is the request
//! host itself, and then as host-only (5.3 step 5), so `Domain=com` is
//! refused. The jar is bounded (6.1's minimums): a Set-Cookie line longer
//! than 4096 bytes is ignored, a domain keeps its 50 newest cookies and
//! the jar 3000, expired ones going first.

use std::time::{Duration, SystemTime};

use windows_sys::Win32::Foundation::{FILETIME, SYSTEMTIME};

/// RFC 6265 6.1: at least 4096 bytes per cookie, as its name, value and
/// attributes measure.
pub const MAX_COOKIE_BYTES: usize = 4096;
/// RFC 6265 6.1: at least 50 cookies per domain.
pub const MAX_COOKIES_PER_DOMAIN: usize = 50;
/// RFC 6265 6.1: at least 3000 cookies in all.
pub const MAX_COOKIES: usize = 3000;
/// RFC 6265bis 5.6.2: 400 days.
const MAX_AGE_CAP_SECS: u64 = 400 * 24 * 60 * 60;

#[derive(Debug)]
struct Cookie {
    name: String,
    value: String,
    /// Lower case, no leading dot.
    domain: String,
    host_only: bool,
    path: String,
    /// `None`: a session cookie, kept as long as the jar.
    expires: Option<SystemTime>,
    secure: bool,
    /// Creation order, which the Cookie header's order follows.
    created: u64,
}

impl Cookie {
    fn is_expired(&self, now: SystemTime) -> bool {
        self.expires.is_some_and(|t| t <= now)
    }

    fn same_slot(&self, other: &Cookie) -> bool {
        self.name == other.name && self.domain == other.domain && self.path == other.path
    }
}

/// A session's cookies.
#[derive(Debug, Default)]
pub struct CookieJar {
    cookies: Vec<Cookie>,
    next_created: u64,
}

impl CookieJar {
    pub fn new() -> CookieJar {
        CookieJar::default()
    }

    /// How many cookies the jar holds, expired ones not yet dropped
    /// included.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.cookies.len()
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.cookies.is_empty()
    }

    /// Take the Set-Cookie header values of a response to a request for
    /// `path` (its query, if any, is ignored) on `host`, received at `now`.
    /// A value that is not a cookie is ignored, as RFC 6265 5.2 says.
    pub fn store<'a>(
        &mut self,
        host: &str,
        path: &str,
        set_cookie_values: impl IntoIterator<Item = &'a str>,
        now: SystemTime,
    ) {
        let host = host.to_ascii_lowercase();
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        for line in set_cookie_values {
            if let Some(cookie) = self.parse(&host, path, line, now) {
                self.insert(cookie, now);
            }
        }
    }

    /// The Cookie header's value for a request for `path` on `host`
    /// (`secure`: over https), or `None` when no cookie applies.
    pub fn header(&self, host: &str, path: &str, secure: bool, now: SystemTime) -> Option<String> {
        let host = host.to_ascii_lowercase();
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        let mut matching: Vec<&Cookie> = self
            .cookies
            .iter()
            .filter(|c| {
                !c.is_expired(now)
                    && (secure || !c.secure)
                    && path_matches(path, &c.path)
                    && if c.host_only {
                        host == c.domain
                    } else {
                        domain_matches(&host, &c.domain)
                    }
            })
            .collect();
        if matching.is_empty() {
            return None;
        }
        // Longer paths first (RFC 6265 5.4 step 2); then newest first, as
        // Windows sends them (Wine's test_cookies, /cookie2).
        matching.sort_by(|a, b| {
            b.path
                .len()
                .cmp(&a.path.len())
                .then(b.created.cmp(&a.created))
        });
        let pairs: Vec<String> = matching
            .iter()
            .map(|c| format!("{}={}", c.name, c.value))
            .collect();
        Some(pairs.join("; "))
    }

    /// RFC 6265 5.2 and 5.3 steps 1-10: the cookie `line` sets, or `None`.
    fn parse(
        &mut self,
        host: &str,
        request_path: &str,
        line: &str,
        now: SystemTime,
    ) -> Option<Cookie> {
        if line.len() > MAX_COOKIE_BYTES {
            return None;
        }
        let (pair, attributes) = line.split_once(';').unwrap_or((line, ""));
        let (name, value) = pair.split_once('=')?;
        let (name, value) = (trim_wsp(name), trim_wsp(value));
        // A control character could end the Cookie header line.
        if name.is_empty() || line.chars().any(|c| c.is_ascii_control() && c != '\t') {
            return None;
        }
        let mut expires = None;
        let mut max_age = None;
        let mut domain = None;
        let mut path = None;
        let mut secure = false;
        for attribute in attributes.split(';') {
            let (key, val) = attribute.split_once('=').unwrap_or((attribute, ""));
            let (key, val) = (trim_wsp(key), trim_wsp(val));
            if key.eq_ignore_ascii_case("expires") {
                if let Some(t) = parse_cookie_date(val) {
                    expires = Some(t);
                }
            } else if key.eq_ignore_ascii_case("max-age") {
                if let Some(t) = parse_max_age(val, now) {
                    max_age = Some(t);
                }
            } else if key.eq_ignore_ascii_case("domain") {
                // 5.2.3: an empty value is ignored, a leading dot dropped.
                if let Some(d) = val
                    .strip_prefix('.')
                    .or(Some(val))
                    .filter(|d| !d.is_empty())
                {
                    domain = Some(d.to_ascii_lowercase());
                }
            } else if key.eq_ignore_ascii_case("path") {
                // 5.2.4: a value not starting with '/' means the default.
                path = val.starts_with('/').then(|| val.to_owned());
            } else if key.eq_ignore_ascii_case("secure") {
                secure = true;
            }
            // HttpOnly only hides a cookie from scripts; an HTTP client
            // sends it like any other. Others are ignored (5.2 step 6).
        }
        let (domain, host_only) = match domain {
            // 5.3 step 5, with "has no inner dot" standing in for the
            // public suffix list.
            Some(d) if !d.contains('.') => (d == host).then_some((d, true))?,
            // 5.3 step 6: a host can set cookies for itself and its
            // parent domains only.
            Some(d) => domain_matches(host, &d).then_some((d, false))?,
            None => (host.to_owned(), true),
        };
        let created = self.next_created;
        self.next_created += 1;
        Some(Cookie {
            name: name.to_owned(),
            value: value.to_owned(),
            domain,
            host_only,
            path: path.unwrap_or_else(|| default_path(request_path)),
            // 5.3 step 3: Max-Age wins over Expires.
            expires: max_age.or(expires),
            secure,
            created,
        })
    }

    /// RFC 6265 5.3 steps 11-12: replace the cookie of the same name,
    /// domain and path (keeping its creation time), drop an expired one,
    /// then keep the jar within its bounds.
    fn insert(&mut self, mut cookie: Cookie, now: SystemTime) {
        if let Some(i) = self.cookies.iter().position(|c| c.same_slot(&cookie)) {
            cookie.created = self.cookies[i].created;
            self.cookies.swap_remove(i);
        }
        if cookie.is_expired(now) {
            return;
        }
        let domain = cookie.domain.clone();
        self.cookies.push(cookie);
        let in_domain = self.cookies.iter().filter(|c| c.domain == domain).count();
        if in_domain > MAX_COOKIES_PER_DOMAIN {
            self.evict(now, |c| c.domain == domain);
        }
        if self.cookies.len() > MAX_COOKIES {
            self.evict(now, |_| true);
        }
    }

    /// Drop the expired cookies, or failing any, the oldest of those
    /// `among` picks (5.3 step 12).
    fn evict(&mut self, now: SystemTime, among: impl Fn(&Cookie) -> bool) {
        let before = self.cookies.len();
        self.cookies.retain(|c| !c.is_expired(now));
        if self.cookies.len() < before {
            return;
        }
        if let Some(oldest) = self
            .cookies
            .iter()
            .enumerate()
            .filter(|(_, c)| among(c))
            .min_by_key(|(_, c)| c.created)
            .map(|(i, _)| i)
        {
            self.cookies.swap_remove(oldest);
        }
    }
}

/// RFC 6265 5.2: WSP is space and horizontal tab.
fn trim_wsp(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

/// RFC 6265 5.1.4: the request path up to its last '/', or "/".
fn default_path(request_path: &str) -> String {
    match request_path.rfind('/') {
        Some(slash) if slash > 0 && request_path.starts_with('/') => {
            request_path[..slash].to_owned()
        }
        _ => "/".to_owned(),
    }
}

/// RFC 6265 5.1.4 path-match.
fn path_matches(request_path: &str, cookie_path: &str) -> bool {
    let request_path = if request_path.is_empty() {
        "/"
    } else {
        request_path
    };
    match request_path.strip_prefix(cookie_path) {
        Some(rest) => rest.is_empty() || cookie_path.ends_with('/') || rest.starts_with('/'),
        None => false,
    }
}

/// RFC 6265 5.1.3 domain-match, both sides lower case.
fn domain_matches(host: &str, domain: &str) -> bool {
    if host == domain {
        return true;
    }
    let is_ip = host.starts_with('[') || host.parse::<std::net::IpAddr>().is_ok();
    !is_ip
        && host
            .strip_suffix(domain)
            .is_some_and(|head| head.ends_with('.'))
}

/// RFC 6265 5.2.2: Max-Age's delta-seconds; zero or less expires the
/// cookie at once.
fn parse_max_age(value: &str, now: SystemTime) -> Option<SystemTime> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if value.starts_with('-') || digits.bytes().all(|b| b == b'0') {
        return Some(SystemTime::UNIX_EPOCH);
    }
    // RFC 6265bis 5.6.2 caps Max-Age at 400 days, which also keeps a huge
    // delta from overflowing the clock.
    let seconds = digits
        .parse::<u64>()
        .unwrap_or(u64::MAX)
        .min(MAX_AGE_CAP_SECS);
    Some(now.checked_add(Duration::from_secs(seconds)).unwrap_or(now))
}

/// RFC 6265 5.1.1's cookie-date: tokens in any order, the first that fits
/// each of time, day, month and year; `None` for no date.
fn parse_cookie_date(text: &str) -> Option<SystemTime> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let is_delimiter = |c: char| matches!(c, '\t' | ' '..='/' | ';'..='@' | '['..='`' | '{'..='~');
    let (mut time, mut day, mut month, mut year) = (None, None, None, None);
    for token in text.split(is_delimiter).filter(|t| !t.is_empty()) {
        if time.is_none()
            && let Some(t) = parse_time(token)
        {
            time = Some(t);
        } else if day.is_none()
            && let Some(d) = leading_number(token, 1, 2)
        {
            day = Some(d);
        } else if month.is_none()
            && let Some(m) = token
                .get(..3)
                .and_then(|p| MONTHS.iter().position(|m| m.eq_ignore_ascii_case(p)))
        {
            month = Some(m + 1);
        } else if year.is_none()
            && let Some(y) = leading_number(token, 2, 4)
        {
            year = Some(y);
        }
    }
    let (hour, minute, second) = time?;
    let year = match year? {
        y @ 70..=99 => y + 1900,
        y @ 0..=69 => y + 2000,
        y => y,
    };
    let day = day?;
    if !(1..=31).contains(&day) || year < 1601 || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let st = SYSTEMTIME {
        wYear: u16::try_from(year).ok()?,
        wMonth: u16::try_from(month?).ok()?,
        wDayOfWeek: 0,
        wDay: u16::try_from(day).ok()?,
        wHour: u16::try_from(hour).ok()?,
        wMinute: u16::try_from(minute).ok()?,
        wSecond: u16::try_from(second).ok()?,
        wMilliseconds: 0,
    };
    let mut ft = FILETIME {
        dwLowDateTime: 0,
        dwHighDateTime: 0,
    };
    // kernel32's calendar refuses a day the month does not have (5.1.1
    // step 5's "fail to parse").
    // SAFETY: both pointers are to locals of the right types.
    if unsafe { kernel32::time::SystemTimeToFileTime(&st, &mut ft) } == 0 {
        return None;
    }
    let ticks = (i64::from(ft.dwHighDateTime) << 32) | i64::from(ft.dwLowDateTime);
    Some(win32::time::from_filetime(ticks))
}

/// `min..=max` digits, then nothing or a non-digit and anything
/// (5.1.1's `1*2DIGIT ( non-digit *OCTET )` and its kin).
fn leading_number(token: &str, min: usize, max: usize) -> Option<u32> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    if !(min..=max).contains(&digits) {
        return None;
    }
    token[..digits].parse().ok()
}

/// 5.1.1's hms-time: `h:m:s`, one or two digits each, then nothing or a
/// non-digit and anything.
fn parse_time(token: &str) -> Option<(u32, u32, u32)> {
    let mut fields = token.splitn(3, ':');
    let hour = fields.next()?;
    let minute = fields.next()?;
    let last = fields.next()?;
    let exact = |f: &str| (1..=2).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit());
    if !exact(hour) || !exact(minute) {
        return None;
    }
    Some((
        hour.parse().ok()?,
        minute.parse().ok()?,
        leading_number(last, 1, 2)?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2020-06-01 00:00:00 UTC, before cookie4's expiry in Wine's test.
    fn june_2020() -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(1_590_969_600)
    }

    fn jar_with(host: &str, path: &str, lines: &[&str]) -> CookieJar {
        let mut jar = CookieJar::new();
        jar.store(host, path, lines.iter().copied(), june_2020());
        jar
    }

    fn header(jar: &CookieJar, host: &str, path: &str) -> Option<String> {
        jar.header(host, path, false, june_2020())
    }

    #[test]
    fn windows_trims_and_keeps_case_distinct_names_newest_first() {
        // Wine's test_cookies: /cookie sets these, /cookie2 must get
        // "NAME=value; name=value".
        let jar = jar_with("localhost", "/cookie", &["name = value ", "NAME = value "]);
        assert_eq!(
            header(&jar, "localhost", "/cookie2").as_deref(),
            Some("NAME=value; name=value")
        );
        assert_eq!(
            header(&jar, "LOCALHOST", "/").as_deref(),
            Some("NAME=value; name=value")
        );
    }

    #[test]
    fn cookie4_sets_a_cookie_for_cookie5() {
        let jar = jar_with(
            "localhost",
            "/cookie4",
            &[
                "name2=value; Domain = localhost; Path=/cookie5;Expires=Wed, 13 Jan 2021 22:23:01 GMT; HttpOnly; ",
            ],
        );
        assert_eq!(
            header(&jar, "localhost", "/cookie5").as_deref(),
            Some("name2=value")
        );
        assert_eq!(header(&jar, "localhost", "/cookie4"), None);
        assert_eq!(header(&jar, "other", "/cookie5"), None);
        // Past its Expires it is gone.
        let later = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(jar.header("localhost", "/cookie5", false, later), None);
    }

    #[test]
    fn same_name_domain_and_path_replaces() {
        let mut jar = jar_with("h", "/", &["a=1", "b=2"]);
        jar.store("h", "/", ["a=3"], june_2020());
        assert_eq!(jar.len(), 2);
        // The replaced cookie keeps its creation time, so its place.
        assert_eq!(header(&jar, "h", "/").as_deref(), Some("b=2; a=3"));
        // Another path is another cookie.
        jar.store("h", "/", ["a=4; Path=/sub"], june_2020());
        assert_eq!(
            header(&jar, "h", "/sub/x").as_deref(),
            Some("a=4; b=2; a=3")
        );
    }

    #[test]
    fn longer_paths_first() {
        let jar = jar_with(
            "h",
            "/",
            &["deep=1; Path=/a/b", "root=1; Path=/", "mid=1; Path=/a"],
        );
        assert_eq!(
            header(&jar, "h", "/a/b/c").as_deref(),
            Some("deep=1; mid=1; root=1")
        );
        assert_eq!(header(&jar, "h", "/a/bc").as_deref(), Some("mid=1; root=1"));
        assert_eq!(header(&jar, "h", "/ab").as_deref(), Some("root=1"));
    }

    #[test]
    fn default_path_and_path_match() {
        assert_eq!(default_path("/cookie"), "/");
        assert_eq!(default_path("/a/b/c"), "/a/b");
        assert_eq!(default_path(""), "/");
        assert_eq!(default_path("relative"), "/");
        assert!(path_matches("/a/b", "/a"));
        assert!(path_matches("/a/", "/a/"));
        assert!(path_matches("/a/b", "/a/"));
        assert!(!path_matches("/ab", "/a"));
        assert!(path_matches("", "/"));
        let jar = jar_with("h", "/dir/page?x=/y", &["c=1"]);
        assert_eq!(header(&jar, "h", "/dir/other?q").as_deref(), Some("c=1"));
        assert_eq!(header(&jar, "h", "/elsewhere"), None);
        // A Path not starting with '/' is the default path.
        let jar = jar_with("h", "/dir/page", &["c=1; Path=nope"]);
        assert_eq!(header(&jar, "h", "/other"), None);
        assert_eq!(header(&jar, "h", "/dir/x").as_deref(), Some("c=1"));
    }

    #[test]
    fn domains() {
        let jar = jar_with("www.example.com", "/", &["a=1; Domain=.Example.COM", "b=2"]);
        assert_eq!(
            header(&jar, "www.example.com", "/").as_deref(),
            Some("b=2; a=1")
        );
        assert_eq!(header(&jar, "api.example.com", "/").as_deref(), Some("a=1"));
        assert_eq!(header(&jar, "example.com", "/").as_deref(), Some("a=1"));
        assert_eq!(header(&jar, "badexample.com", "/"), None);
        // Host-only without Domain: not for subdomains.
        assert_eq!(
            header(&jar, "x.www.example.com", "/").as_deref(),
            Some("a=1")
        );
        // Another site's domain, a top-level domain, a subdomain: refused.
        let jar = jar_with(
            "www.example.com",
            "/",
            &[
                "x=1; Domain=other.com",
                "y=1; Domain=com",
                "z=1; Domain=sub.www.example.com",
            ],
        );
        assert!(jar.is_empty());
        // An empty Domain is ignored: host-only.
        let jar = jar_with("h.example", "/", &["e=1; Domain="]);
        assert_eq!(header(&jar, "h.example", "/").as_deref(), Some("e=1"));
        assert_eq!(header(&jar, "x.h.example", "/"), None);
        // IP addresses match only themselves.
        assert!(!domain_matches("1.2.3.4", "3.4"));
        assert!(!domain_matches("[::1]", "1]"));
    }

    #[test]
    fn secure_cookies_only_over_https() {
        let jar = jar_with("h", "/", &["s=1; Secure", "p=1"]);
        assert_eq!(
            jar.header("h", "/", false, june_2020()).as_deref(),
            Some("p=1")
        );
        assert_eq!(
            jar.header("h", "/", true, june_2020()).as_deref(),
            Some("p=1; s=1")
        );
    }

    #[test]
    fn expiry() {
        let now = june_2020();
        let mut jar = CookieJar::new();
        jar.store(
            "h",
            "/",
            [
                "gone=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
                "maxage=1; Max-Age=60",
                "wins=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60",
                "kept=1; Max-Age=x",
            ],
            now,
        );
        assert_eq!(
            jar.header("h", "/", false, now).as_deref(),
            Some("kept=1; wins=1; maxage=1")
        );
        let later = now + Duration::from_secs(61);
        assert_eq!(
            jar.header("h", "/", false, later).as_deref(),
            Some("kept=1")
        );
        // Max-Age=0 or negative deletes the stored cookie.
        jar.store("h", "/", ["kept=; Max-Age=0", "maxage=1; Max-Age=-5"], now);
        assert_eq!(jar.header("h", "/", false, now).as_deref(), Some("wins=1"));
        assert_eq!(jar.len(), 1);
        // A huge Max-Age does not overflow: it is 400 days.
        jar.store("h", "/", ["long=1; Max-Age=99999999999999999999999"], now);
        let day_399 = now + Duration::from_secs(399 * 86_400);
        assert!(
            jar.header("h", "/", false, day_399)
                .unwrap()
                .contains("long=1")
        );
        let day_401 = now + Duration::from_secs(401 * 86_400);
        assert_eq!(jar.header("h", "/", false, day_401), None);
    }

    #[test]
    fn malformed_lines_are_ignored() {
        let long = format!("big={}", "x".repeat(MAX_COOKIE_BYTES));
        let jar = jar_with(
            "h",
            "/",
            &[
                "",
                "novalue",
                "=nameless",
                " =x",
                ";a=1",
                &long,
                "c=1\r\nInjected: x",
                "d=\0",
            ],
        );
        assert!(jar.is_empty());
        // An empty value is a cookie; odd attributes are skipped.
        let jar = jar_with(
            "h",
            "/",
            &["e=; ;=; Foo; Max-Age; Expires=never; Path; HttpOnly"],
        );
        assert_eq!(header(&jar, "h", "/").as_deref(), Some("e="));
        // The value keeps its '=' and quotes.
        let jar = jar_with("h", "/", &["q=\"a=b\""]);
        assert_eq!(header(&jar, "h", "/").as_deref(), Some("q=\"a=b\""));
    }

    #[test]
    fn bounded_per_domain_and_in_all() {
        let now = june_2020();
        let mut jar = CookieJar::new();
        let lines: Vec<String> = (0..MAX_COOKIES_PER_DOMAIN + 10)
            .map(|i| format!("c{i}=1"))
            .collect();
        jar.store("h", "/", lines.iter().map(String::as_str), now);
        assert_eq!(jar.len(), MAX_COOKIES_PER_DOMAIN);
        let header = jar.header("h", "/", false, now).unwrap();
        assert!(header.starts_with("c59=1; "), "{header}");
        assert!(!header.contains("c9=1"), "the oldest went: {header}");

        let mut jar = CookieJar::new();
        for host in 0..(MAX_COOKIES / MAX_COOKIES_PER_DOMAIN + 5) {
            let lines: Vec<String> = (0..MAX_COOKIES_PER_DOMAIN)
                .map(|i| format!("c{i}=1"))
                .collect();
            jar.store(
                &format!("h{host}"),
                "/",
                lines.iter().map(String::as_str),
                now,
            );
        }
        assert_eq!(jar.len(), MAX_COOKIES);
        assert_eq!(
            jar.header("h0", "/", false, now),
            None,
            "the oldest host's went"
        );
        assert!(jar.header("h64", "/", false, now).is_some());
    }

    #[test]
    fn expired_cookies_are_evicted_before_live_ones() {
        let now = june_2020();
        let mut jar = CookieJar::new();
        jar.store("h", "/", ["short=1; Max-Age=1"], now);
        let later = now + Duration::from_secs(10);
        let lines: Vec<String> = (0..MAX_COOKIES_PER_DOMAIN)
            .map(|i| format!("c{i}=1"))
            .collect();
        jar.store("h", "/", lines.iter().map(String::as_str), later);
        assert_eq!(jar.len(), MAX_COOKIES_PER_DOMAIN);
        assert!(
            jar.header("h", "/", false, later)
                .unwrap()
                .ends_with("c0=1")
        );
    }

    fn date(text: &str) -> Option<u64> {
        parse_cookie_date(text).map(|t| t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs())
    }

    #[test]
    fn cookie_dates() {
        // RFC 1123, RFC 850, asctime and the sloppy forms servers send.
        assert_eq!(date("Wed, 13 Jan 2021 22:23:01 GMT"), Some(1_610_576_581));
        assert_eq!(
            date("Wednesday, 13-Jan-21 22:23:01 GMT"),
            Some(1_610_576_581)
        );
        assert_eq!(date("Wed Jan 13 22:23:01 2021"), Some(1_610_576_581));
        assert_eq!(date("13 january 2021 22:23:01"), Some(1_610_576_581));
        assert_eq!(date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(date("01-Jan-70 00:00:00"), Some(0));
        assert_eq!(
            date("Sat, 01 Jan 2000 00:00:00 GMT+0100"),
            Some(946_684_800)
        );
        // Missing or impossible parts.
        for bad in [
            "",
            "never",
            "Wed, 13 Jan 2021",
            "Wed, 32 Jan 2021 22:23:01",
            "Wed, 30 Feb 2021 22:23:01",
            "Wed, 13 Foo 2021 22:23:01",
            "Wed, 13 Jan 2021 24:00:00",
            "Wed, 13 Jan 1600 22:23:01",
            "Wed, 13 Jan 99999 22:23:01",
            "Wed, 130 Jan 2021 22:23:01",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
    }
}
