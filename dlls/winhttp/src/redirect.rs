//! Deciding an automatic redirect: whether WinHttpReceiveResponse follows a
//! 3xx response, where to, and with which verb and body.
//!
//! What Windows does:
//! - the policy is WINHTTP_OPTION_REDIRECT_POLICY (default
//!   DISALLOW_HTTPS_TO_HTTP) and WINHTTP_DISABLE_REDIRECTS turns redirects
//!   off ("WinHttpSetOption" option flags page); a redirect not followed
//!   hands the 3xx response to the application;
//! - an https to http redirect under DISALLOW_HTTPS_TO_HTTP fails the call
//!   with ERROR_WINHTTP_REDIRECT_FAILED ("the scheme changed",
//!   WinHttpReceiveResponse; Wine's `handle_redirect` does the same);
//! - WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS defaults to 10; the
//!   redirect past that many fails with ERROR_WINHTTP_REDIRECT_FAILED
//!   (Windows 10 1703 on follows exactly N: dotnet/corefx#8945; Wine counts
//!   the same way);
//! - a redirect without a Location header fails: WinHTTP reports it as an
//!   error rather than returning the 3xx (dotnet/corefx#24819); Wine's
//!   answer is the header lookup's ERROR_WINHTTP_HEADER_NOT_FOUND;
//! - 300, 301, 302, 303, 307 and 308 are followed, with a POST becoming a
//!   GET without its body on 300/301/302, everything but HEAD becoming a GET
//!   on 303, and 307/308 keeping verb and body: the redirect tests of .NET's
//!   WinHttpHandler, which pass on native WinHTTP (dotnet/corefx#22707,
//!   #30398; RFC 9110 15.4). Wine follows only 301, 302 and 307.
//!
//! The Location is a URI reference resolved against the request's URL
//! (RFC 9110 10.2.2, RFC 3986 5.2); its fragment is dropped, as a request
//! target has none (RFC 9110 7.1).
//!
//! Decisions where Windows is not recorded: a Location with another scheme
//! is ERROR_WINHTTP_UNRECOGNIZED_SCHEME and one that cannot be parsed (an
//! empty one, a bad port, a host with spaces) ERROR_WINHTTP_INVALID_URL, the
//! errors WinHttpReceiveResponse documents for them; user name and password
//! in a Location are dropped, not sent.

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::url::{self, Answer, Part, Want};

/// WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS' default ("the default is
/// 10", the option flags page).
pub const DEFAULT_MAX_REDIRECTS: u32 = 10;

const REDIRECT_FAILED: Win32Error = Win32Error(wh::ERROR_WINHTTP_REDIRECT_FAILED);
const INVALID_URL: Win32Error = Win32Error(wh::ERROR_WINHTTP_INVALID_URL);
const UNRECOGNIZED_SCHEME: Win32Error = Win32Error(wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
const HEADER_NOT_FOUND: Win32Error = Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND);

/// Where a request goes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Target {
    pub secure: bool,
    /// As WinHttpConnect takes it: an IPv6 literal keeps its brackets.
    pub host: String,
    pub port: u16,
    /// The path and query as they go into the request line, escaped.
    pub path: String,
}

impl Target {
    /// The absolute URL, the default port left out (as WINHTTP_OPTION_URL
    /// and WINHTTP_CALLBACK_STATUS_REDIRECT give it).
    pub fn url(&self) -> String {
        let (scheme, default) = if self.secure {
            ("https", wh::INTERNET_DEFAULT_HTTPS_PORT)
        } else {
            ("http", wh::INTERNET_DEFAULT_HTTP_PORT)
        };
        if self.port == default {
            format!("{scheme}://{}{}", self.host, self.path)
        } else {
            format!("{scheme}://{}:{}{}", self.host, self.port, self.path)
        }
    }
}

/// The request to send instead of the redirected one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redirect {
    pub to: Target,
    pub verb: String,
    /// Whether the optional data (the request body) is sent again.
    pub keep_body: bool,
}

/// The handle's redirect settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// A WINHTTP_OPTION_REDIRECT_POLICY_* value.
    pub policy: u32,
    /// WINHTTP_DISABLE_REDIRECTS is set in WINHTTP_OPTION_DISABLE_FEATURE.
    pub disabled: bool,
    /// WINHTTP_OPTION_MAX_HTTP_AUTOMATIC_REDIRECTS.
    pub max: u32,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            policy: wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP,
            disabled: false,
            max: DEFAULT_MAX_REDIRECTS,
        }
    }
}

/// Whether WinHTTP follows a response with this status by itself.
pub fn is_followed_status(status: u32) -> bool {
    matches!(
        status,
        wh::HTTP_STATUS_AMBIGUOUS
            | wh::HTTP_STATUS_MOVED
            | wh::HTTP_STATUS_REDIRECT
            | wh::HTTP_STATUS_REDIRECT_METHOD
            | wh::HTTP_STATUS_REDIRECT_KEEP_VERB
            | wh::HTTP_STATUS_PERMANENT_REDIRECT
    )
}

/// The redirect to follow after a response with `status` and the Location
/// header `location` to the request `verb` on `from`, `followed` redirects
/// into this request; `None` when the response goes to the application.
pub fn next(
    rules: &Rules,
    followed: u32,
    status: u32,
    verb: &str,
    from: &Target,
    location: Option<&str>,
) -> Win32Result<Option<Redirect>> {
    if !is_followed_status(status)
        || rules.disabled
        || rules.policy == wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER
    {
        return Ok(None);
    }
    if followed >= rules.max {
        return Err(REDIRECT_FAILED);
    }
    let to = resolve(from, location.ok_or(HEADER_NOT_FOUND)?)?;
    if from.secure
        && !to.secure
        && rules.policy == wh::WINHTTP_OPTION_REDIRECT_POLICY_DISALLOW_HTTPS_TO_HTTP
    {
        return Err(REDIRECT_FAILED);
    }
    let becomes_get = match status {
        wh::HTTP_STATUS_REDIRECT_METHOD => verb != "HEAD",
        wh::HTTP_STATUS_REDIRECT_KEEP_VERB | wh::HTTP_STATUS_PERMANENT_REDIRECT => false,
        _ => verb == "POST",
    };
    Ok(Some(if becomes_get {
        Redirect {
            to,
            verb: "GET".to_owned(),
            keep_body: false,
        }
    } else {
        Redirect {
            to,
            verb: verb.to_owned(),
            keep_body: true,
        }
    }))
}

/// The scheme of a URI reference, if it has one (RFC 3986 3.1: a letter,
/// then letters, digits, `+`, `-`, `.`, up to the first `:`).
fn scheme_of(reference: &str) -> Option<&str> {
    let colon = reference.find(':')?;
    let scheme = &reference[..colon];
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// `location` resolved against `from` (RFC 3986 5.2.2).
pub fn resolve(from: &Target, location: &str) -> Win32Result<Target> {
    let reference = location.trim_matches([' ', '\t']);
    // An empty Location names nothing to go to.
    if reference.is_empty() {
        return Err(INVALID_URL);
    }
    // A request target has no fragment (RFC 9110 7.1).
    let reference = reference.split_once('#').map_or(reference, |(r, _)| r);
    if let Some(scheme) = scheme_of(reference) {
        let secure = if scheme.eq_ignore_ascii_case("https") {
            true
        } else if scheme.eq_ignore_ascii_case("http") {
            false
        } else {
            return Err(UNRECOGNIZED_SCHEME);
        };
        return absolute(secure, &reference[scheme.len() + 1..]);
    }
    if reference.starts_with("//") {
        return absolute(from.secure, reference);
    }
    let (base_path, base_query) = from.path.split_once('?').unwrap_or((&from.path, ""));
    let (ref_path, ref_query) = match reference.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (reference, None),
    };
    let (path, query) = if ref_path.is_empty() {
        (base_path.to_owned(), ref_query.unwrap_or(base_query))
    } else if ref_path.starts_with('/') {
        (remove_dot_segments(ref_path), ref_query.unwrap_or(""))
    } else {
        (
            remove_dot_segments(&merge(base_path, ref_path)),
            ref_query.unwrap_or(""),
        )
    };
    Ok(Target {
        secure: from.secure,
        host: from.host.clone(),
        port: from.port,
        path: request_path(&path, query),
    })
}

/// `//authority[path][?query]` after a known scheme, through
/// WinHttpCrackUrl's parser.
fn absolute(secure: bool, rest: &str) -> Win32Result<Target> {
    let after_slashes = rest.strip_prefix("//").ok_or(INVALID_URL)?;
    // WinHttpCrackUrl ends the authority only at '/'; in a URI reference a
    // '?' ends it too (RFC 3986 3.2), so give the query its path.
    let authority_len = after_slashes
        .find(['/', '?'])
        .unwrap_or(after_slashes.len());
    let (authority, tail) = after_slashes.split_at(authority_len);
    let tail = if tail.starts_with('?') {
        format!("/{tail}")
    } else {
        tail.to_owned()
    };
    let scheme = if secure { "https" } else { "http" };
    let units: Vec<u16> = format!("{scheme}://{authority}{tail}")
        .encode_utf16()
        .collect();
    let mut wants = [Want::Nothing; 6];
    wants[Part::HostName as usize] = Want::Pointer;
    wants[Part::UrlPath as usize] = Want::Pointer;
    let cracked = url::crack(&units, 0, &wants)?;
    let text = |part: Part| match cracked.answers[part as usize] {
        Answer::Point { start, len } => {
            String::from_utf16(&units[start..start + len]).map_err(|_| INVALID_URL)
        }
        _ => Ok(String::new()),
    };
    let host = text(Part::HostName)?;
    if host.chars().any(|c| c <= ' ' || c == '\u{7f}') {
        return Err(INVALID_URL);
    }
    // Without a place for the extra information the path keeps the query.
    let full = text(Part::UrlPath)?;
    let (path, query) = full.split_once('?').unwrap_or((&full, ""));
    let path = if path.is_empty() {
        "/".to_owned()
    } else {
        remove_dot_segments(path)
    };
    Ok(Target {
        secure,
        host,
        port: cracked.port,
        path: request_path(&path, query),
    })
}

/// Path and query joined and escaped as WinHttpOpenRequest escapes a path
/// by default, so spaces and raw UTF-8 from a server go out as `%XX`.
fn request_path(path: &str, query: &str) -> String {
    let path = if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("/{path}")
    };
    let joined = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    crate::path::escape(&joined, 0)
}

/// RFC 3986 5.2.3: the base path up to its last '/', then the reference.
fn merge(base_path: &str, reference: &str) -> String {
    match base_path.rfind('/') {
        Some(slash) => format!("{}{reference}", &base_path[..=slash]),
        None => format!("/{reference}"),
    }
}

/// RFC 3986 5.2.4.
fn remove_dot_segments(path: &str) -> String {
    fn drop_last_segment(out: &mut String) {
        match out.rfind('/') {
            Some(slash) => out.truncate(slash),
            None => out.clear(),
        }
    }
    let mut input = path;
    let mut out = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input
            .strip_prefix("../")
            .or_else(|| input.strip_prefix("./"))
        {
            input = rest;
        } else if input.starts_with("/./") {
            input = &input[2..];
        } else if input == "/." {
            input = "/";
        } else if input.starts_with("/../") {
            input = &input[3..];
            drop_last_segment(&mut out);
        } else if input == "/.." {
            input = "/";
            drop_last_segment(&mut out);
        } else if input == "." || input == ".." {
            input = "";
        } else {
            let first = usize::from(input.starts_with('/'));
            let end = input[first..].find('/').map_or(input.len(), |i| i + first);
            out.push_str(&input[..end]);
            input = &input[end..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(secure: bool, host: &str, port: u16, path: &str) -> Target {
        Target {
            secure,
            host: host.to_owned(),
            port,
            path: path.to_owned(),
        }
    }

    fn base() -> Target {
        // RFC 3986 5.4's base "http://a/b/c/d;p?q".
        target(false, "a", 80, "/b/c/d;p?q")
    }

    fn resolved(location: &str) -> String {
        resolve(&base(), location).unwrap().url()
    }

    #[test]
    fn rfc3986_normal_examples() {
        // RFC 3986 5.4.1 (those without a fragment or another scheme).
        for (reference, expected) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g/"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q"),
            ("g#s", "http://a/b/c/g"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ] {
            assert_eq!(resolved(reference), expected, "{reference}");
        }
    }

    #[test]
    fn rfc3986_abnormal_examples() {
        // RFC 3986 5.4.2.
        for (reference, expected) in [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
        ] {
            assert_eq!(resolved(reference), expected, "{reference}");
        }
        // "http:g" is the one strict parsers may refuse (5.4.2): WinHTTP's
        // parser wants "//" after a known scheme.
        assert_eq!(resolve(&base(), "http:g"), Err(INVALID_URL));
    }

    #[test]
    fn absolute_locations() {
        let to = resolve(&base(), "https://Example.com:8443/x/../y?q=1#frag").unwrap();
        assert_eq!(to, target(true, "Example.com", 8443, "/y?q=1"));
        let to = resolve(&base(), "HTTP://host").unwrap();
        assert_eq!(to, target(false, "host", 80, "/"));
        let to = resolve(&base(), "http://host?x=1").unwrap();
        assert_eq!(to, target(false, "host", 80, "/?x=1"));
        let to = resolve(&base(), "http://user:pw@host:81/p").unwrap();
        assert_eq!(to, target(false, "host", 81, "/p"));
        let to = resolve(&base(), "http://[::1]:8080/v6").unwrap();
        assert_eq!(to, target(false, "[::1]", 8080, "/v6"));
        // Scheme-relative keeps the request's scheme and its default port.
        let from = target(true, "a", 8443, "/p");
        let to = resolve(&from, "//b/c").unwrap();
        assert_eq!(to, target(true, "b", 443, "/c"));
    }

    #[test]
    fn relative_locations_keep_host_port_and_scheme() {
        let from = target(true, "h", 4443, "/dir/page?old");
        assert_eq!(
            resolve(&from, "next?new").unwrap(),
            target(true, "h", 4443, "/dir/next?new")
        );
        assert_eq!(
            resolve(&from, "/temporary").unwrap(),
            target(true, "h", 4443, "/temporary")
        );
        assert_eq!(resolve(&from, "  ../up  ").unwrap().path, "/up");
    }

    #[test]
    fn unsafe_characters_are_escaped() {
        assert_eq!(
            resolve(&base(), "/a b/\u{e9}?q=<x>").unwrap().path,
            "/a%20b/%C3%A9?q=%3Cx%3E"
        );
        assert_eq!(
            resolve(&base(), "/x\r\nInjected: 1").unwrap().path,
            "/x%0D%0AInjected:%201"
        );
    }

    #[test]
    fn bad_locations() {
        assert_eq!(resolve(&base(), ""), Err(INVALID_URL));
        assert_eq!(resolve(&base(), " \t"), Err(INVALID_URL));
        assert_eq!(
            resolve(&base(), "ftp://host/file"),
            Err(UNRECOGNIZED_SCHEME)
        );
        assert_eq!(
            resolve(&base(), "javascript:alert(1)"),
            Err(UNRECOGNIZED_SCHEME)
        );
        assert_eq!(resolve(&base(), "http://host:99999/"), Err(INVALID_URL));
        assert_eq!(resolve(&base(), "http://"), Err(INVALID_URL));
        assert_eq!(resolve(&base(), "http:///path"), Err(INVALID_URL));
        assert_eq!(resolve(&base(), "http://ho st/"), Err(INVALID_URL));
        assert_eq!(resolve(&base(), "http://[::1/"), Err(INVALID_URL));
        // A colon after a slash is no scheme: a relative path.
        assert_eq!(resolved("a/b:c"), "http://a/b/c/a/b:c");
    }

    fn follow(status: u32, verb: &str) -> Redirect {
        next(&Rules::default(), 0, status, verb, &base(), Some("/new"))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn followed_statuses() {
        for status in [300, 301, 302, 303, 307, 308] {
            assert!(is_followed_status(status), "{status}");
            assert_eq!(follow(status, "GET").to, target(false, "a", 80, "/new"));
        }
        for status in [200, 304, 305, 306, 309, 401] {
            let decision = next(&Rules::default(), 0, status, "GET", &base(), Some("/new"));
            assert_eq!(decision, Ok(None), "{status}");
        }
    }

    #[test]
    fn verb_and_body_rules() {
        for status in [300, 301, 302] {
            let r = follow(status, "POST");
            assert_eq!((r.verb.as_str(), r.keep_body), ("GET", false));
            let r = follow(status, "PUT");
            assert_eq!((r.verb.as_str(), r.keep_body), ("PUT", true));
            let r = follow(status, "HEAD");
            assert_eq!((r.verb.as_str(), r.keep_body), ("HEAD", true));
        }
        for verb in ["POST", "PUT", "DELETE", "GET"] {
            let r = follow(303, verb);
            assert_eq!((r.verb.as_str(), r.keep_body), ("GET", false));
        }
        let r = follow(303, "HEAD");
        assert_eq!(r.verb, "HEAD");
        for status in [307, 308] {
            let r = follow(status, "POST");
            assert_eq!((r.verb.as_str(), r.keep_body), ("POST", true));
        }
    }

    #[test]
    fn policies() {
        let secure = target(true, "s", 443, "/");
        let to_http = Some("http://plain/");
        let always = Rules {
            policy: wh::WINHTTP_OPTION_REDIRECT_POLICY_ALWAYS,
            ..Rules::default()
        };
        let r = next(&always, 0, 302, "GET", &secure, to_http)
            .unwrap()
            .unwrap();
        assert_eq!(r.to, target(false, "plain", 80, "/"));
        assert_eq!(
            next(&Rules::default(), 0, 302, "GET", &secure, to_http),
            Err(REDIRECT_FAILED)
        );
        // http to https and https to https are followed by default.
        let r = next(
            &Rules::default(),
            0,
            301,
            "GET",
            &base(),
            Some("https://s/"),
        );
        assert!(r.unwrap().unwrap().to.secure);
        let never = Rules {
            policy: wh::WINHTTP_OPTION_REDIRECT_POLICY_NEVER,
            ..Rules::default()
        };
        assert_eq!(next(&never, 0, 302, "GET", &secure, to_http), Ok(None));
        let disabled = Rules {
            disabled: true,
            ..Rules::default()
        };
        assert_eq!(next(&disabled, 0, 302, "GET", &secure, to_http), Ok(None));
        // Not followed, the response is the application's even without a
        // Location.
        assert_eq!(next(&never, 0, 302, "GET", &secure, None), Ok(None));
    }

    #[test]
    fn redirect_limit() {
        let rules = Rules::default();
        assert!(
            next(&rules, 9, 302, "GET", &base(), Some("/x"))
                .unwrap()
                .is_some()
        );
        assert_eq!(
            next(&rules, 10, 302, "GET", &base(), Some("/x")),
            Err(REDIRECT_FAILED)
        );
        let none = Rules { max: 0, ..rules };
        assert_eq!(
            next(&none, 0, 302, "GET", &base(), Some("/x")),
            Err(REDIRECT_FAILED)
        );
        // A 200 after the limit is no redirect.
        assert_eq!(next(&rules, 50, 200, "GET", &base(), None), Ok(None));
    }

    #[test]
    fn missing_or_bad_location_fails_the_redirect() {
        let rules = Rules::default();
        assert_eq!(
            next(&rules, 0, 301, "GET", &base(), None),
            Err(HEADER_NOT_FOUND)
        );
        assert_eq!(
            next(&rules, 0, 301, "GET", &base(), Some("gopher://x/")),
            Err(UNRECOGNIZED_SCHEME)
        );
    }

    #[test]
    fn url_leaves_default_ports_out() {
        assert_eq!(target(true, "h", 443, "/p?q").url(), "https://h/p?q");
        assert_eq!(target(true, "h", 80, "/").url(), "https://h:80/");
        assert_eq!(target(false, "h", 8080, "/").url(), "http://h:8080/");
    }
}
