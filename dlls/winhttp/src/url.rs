//! WinHttpCrackUrl and WinHttpCreateUrl: URL parsing and assembly with WinHTTP's rules.
//!
//! Everything works on UTF-16 code units, so a position here is the offset
//! WinHttpCrackUrl hands back as a pointer into the caller's string. The
//! rules are Microsoft's pages for WinHttpCrackUrl, WinHttpCreateUrl and
//! URL_COMPONENTS, and where those are silent, what Windows answers in
//! Wine's conformance test `dlls/winhttp/tests/url.c`.

use std::ops::Range;

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

/// The six strings of URL_COMPONENTS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Scheme,
    UserName,
    Password,
    HostName,
    UrlPath,
    ExtraInfo,
}

impl Part {
    /// Every part, in the order of [`Cracked::answers`].
    pub const ALL: [Part; 6] = [
        Part::Scheme,
        Part::UserName,
        Part::Password,
        Part::HostName,
        Part::UrlPath,
        Part::ExtraInfo,
    ];
}

/// How the caller asked WinHttpCrackUrl for one part, from its pointer and
/// length members (URL_COMPONENTS remarks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// Pointer and length both zero: the part is not returned.
    Nothing,
    /// NULL pointer, nonzero length: a pointer into the caller's URL.
    Pointer,
    /// The caller's buffer of this many WCHARs, the NUL included.
    Buffer(u32),
}

impl Want {
    /// A buffer of length 0 cannot hold even the NUL: Windows answers
    /// ERROR_INVALID_PARAMETER and changes nothing (Wine's url.c test).
    pub fn of(pointer_is_null: bool, len: u32) -> Win32Result<Want> {
        match (pointer_is_null, len) {
            (true, 0) => Ok(Want::Nothing),
            (true, _) => Ok(Want::Pointer),
            (false, 0) => Err(Win32Error::INVALID_PARAMETER),
            (false, capacity) => Ok(Want::Buffer(capacity)),
        }
    }
}

/// What WinHttpCrackUrl writes back for one part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Answer {
    /// Not asked for: pointer and length stay as they are.
    #[default]
    Keep,
    /// The pointer becomes the URL's address plus `start`, the length `len`.
    Point { start: usize, len: usize },
    /// Asked for by pointer but absent from the URL (a user name or
    /// password): NULL and 0.
    Null,
    /// Copy these units and a NUL into the buffer; the length becomes their
    /// count.
    Copy(Vec<u16>),
    /// The buffer is too small: the length becomes the size needed, NUL
    /// included, and the call fails with ERROR_INSUFFICIENT_BUFFER after
    /// the other parts are written.
    TooSmall(u32),
}

/// WinHttpCrackUrl's result: the numbers and one answer per [`Part::ALL`].
#[derive(Debug)]
pub struct Cracked {
    pub scheme: wh::WINHTTP_INTERNET_SCHEME,
    pub port: u16,
    pub answers: [Answer; 6],
}

impl Cracked {
    /// ERROR_INSUFFICIENT_BUFFER once everything is written, as Windows
    /// reports every short buffer's size in one call (Wine's url.c test).
    pub fn status(&self) -> Win32Result<()> {
        if self
            .answers
            .iter()
            .any(|a| matches!(a, Answer::TooSmall(_)))
        {
            Err(Win32Error::INSUFFICIENT_BUFFER)
        } else {
            Ok(())
        }
    }
}

const INVALID_URL: Win32Error = Win32Error(wh::ERROR_WINHTTP_INVALID_URL);
const UNRECOGNIZED_SCHEME: Win32Error = Win32Error(wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME);

/// Where each part lies in the URL.
struct Layout {
    scheme: wh::WINHTTP_INTERNET_SCHEME,
    port: u16,
    scheme_name: Range<usize>,
    user: Option<Range<usize>>,
    password: Option<Range<usize>>,
    host: Range<usize>,
    path: Range<usize>,
    extra: Range<usize>,
}

fn is(unit: u16, ascii: u8) -> bool {
    unit == u16::from(ascii)
}

fn find(url: &[u16], within: Range<usize>, ascii: u8) -> Option<usize> {
    url[within.clone()]
        .iter()
        .position(|&u| is(u, ascii))
        .map(|i| within.start + i)
}

fn eq_ascii_ignore_case(units: &[u16], name: &str) -> bool {
    units.len() == name.len()
        && units
            .iter()
            .zip(name.bytes())
            .all(|(&u, b)| u8::try_from(u).is_ok_and(|u| u.eq_ignore_ascii_case(&b)))
}

/// The scheme number of a scheme name; WinHTTP knows only HTTP and HTTPS.
fn scheme_number(name: &[u16]) -> Option<wh::WINHTTP_INTERNET_SCHEME> {
    if eq_ascii_ignore_case(name, "http") {
        Some(wh::WINHTTP_INTERNET_SCHEME_HTTP)
    } else if eq_ascii_ignore_case(name, "https") {
        Some(wh::WINHTTP_INTERNET_SCHEME_HTTPS)
    } else {
        None
    }
}

fn default_port(scheme: wh::WINHTTP_INTERNET_SCHEME) -> Option<u16> {
    match scheme {
        wh::WINHTTP_INTERNET_SCHEME_HTTP => Some(wh::INTERNET_DEFAULT_HTTP_PORT),
        wh::WINHTTP_INTERNET_SCHEME_HTTPS => Some(wh::INTERNET_DEFAULT_HTTPS_PORT),
        _ => None,
    }
}

/// An explicit port: decimal digits up to 65535. An empty one means the
/// scheme's default (`http://host:` is port 80, `:65536` is
/// ERROR_WINHTTP_INVALID_URL, `:0` is port 0: Wine's url.c test).
fn parse_port(digits: &[u16], scheme: wh::WINHTTP_INTERNET_SCHEME) -> Win32Result<u16> {
    if digits.is_empty() {
        return default_port(scheme).ok_or(INVALID_URL);
    }
    let mut port: u32 = 0;
    for &u in digits {
        let digit = char::from_u32(u32::from(u))
            .and_then(|c| c.to_digit(10))
            .ok_or(INVALID_URL)?;
        port = port * 10 + digit;
        if port > u32::from(u16::MAX) {
            return Err(INVALID_URL);
        }
    }
    u16::try_from(port).map_err(|_| INVALID_URL)
}

/// Split `url` as `scheme://[user[:password]@]host[:port][/path][?extra]`.
fn layout(url: &[u16], flags: u32) -> Win32Result<Layout> {
    let colon = find(url, 0..url.len(), b':').ok_or(UNRECOGNIZED_SCHEME)?;
    let scheme = scheme_number(&url[..colon]).ok_or(UNRECOGNIZED_SCHEME)?;
    // A known scheme without "//" (`http:host`, `http:/host`) is a bad URL.
    let authority_start = colon + 3;
    if url.len() < authority_start || !is(url[colon + 1], b'/') || !is(url[colon + 2], b'/') {
        return Err(INVALID_URL);
    }
    // The authority ends only at '/': Windows reads `http://winehq?` as the
    // host `winehq?` with an empty path at the end (Wine's url.c test).
    let authority_end = find(url, authority_start..url.len(), b'/').unwrap_or(url.len());
    if authority_start == authority_end {
        return Err(INVALID_URL);
    }

    let (user, password, host_start) = match url[authority_start..authority_end]
        .iter()
        .rposition(|&u| is(u, b'@'))
    {
        Some(i) => {
            if flags & wh::ICU_REJECT_USERPWD != 0 {
                return Err(INVALID_URL);
            }
            let at = authority_start + i;
            match find(url, authority_start..at, b':') {
                Some(c) => (Some(authority_start..c), Some(c + 1..at), at + 1),
                None => (Some(authority_start..at), None, at + 1),
            }
        }
        None => (None, None, authority_start),
    };

    // An IPv6 literal keeps its brackets, which WinHttpConnect and a Host
    // header both take as they are; its colons are not the port's.
    let host_end = if host_start < authority_end && is(url[host_start], b'[') {
        let close = find(url, host_start..authority_end, b']').ok_or(INVALID_URL)?;
        if close + 1 < authority_end && !is(url[close + 1], b':') {
            return Err(INVALID_URL);
        }
        close + 1
    } else {
        find(url, host_start..authority_end, b':').unwrap_or(authority_end)
    };
    if host_start == host_end {
        return Err(INVALID_URL);
    }
    let port = if host_end < authority_end {
        parse_port(&url[host_end + 1..authority_end], scheme)?
    } else {
        default_port(scheme).ok_or(INVALID_URL)?
    };

    // URL_COMPONENTS: the extra information is "?something or #something".
    let extra_start = url[authority_end..]
        .iter()
        .position(|&u| is(u, b'?') || is(u, b'#'))
        .map_or(url.len(), |i| authority_end + i);
    Ok(Layout {
        scheme,
        port,
        scheme_name: 0..colon,
        user,
        password,
        host: host_start..host_end,
        path: authority_end..extra_start,
        extra: extra_start..url.len(),
    })
}

/// ICU_DECODE: each `%xx` becomes the code unit xx; other encodings such as
/// UTF-8 are not decoded (WinHttpCrackUrl).
fn decode(units: &[u16]) -> Vec<u16> {
    let hex = |u: u16| char::from_u32(u32::from(u)).and_then(|c| c.to_digit(16));
    let mut out = Vec::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        if is(units[i], b'%')
            && let (Some(&a), Some(&b)) = (units.get(i + 1), units.get(i + 2))
            && let (Some(hi), Some(lo)) = (hex(a), hex(b))
        {
            // Two hex digits are at most 0xff.
            out.push(u16::try_from(hi * 16 + lo).unwrap_or(u16::MAX));
            i += 3;
        } else {
            out.push(units[i]);
            i += 1;
        }
    }
    out
}

/// The ASCII characters ICU_ESCAPE turns into `%xx`: controls, space, DEL
/// and these, as Windows escapes them (Wine's url.c test); `!$&'()*+,-./:;=?@_`
/// and letters and digits stay.
fn needs_escape(c: u8) -> bool {
    c <= b' ' || c == 0x7f || b"\"#%<>[\\]^`{|}~".contains(&c)
}

/// ICU_ESCAPE. Windows escapes a non-ASCII character in the ANSI code page
/// and fails with ERROR_INVALID_PARAMETER when it has none there, but
/// succeeds when that code page is UTF-8 (Wine's url.c test); ours is
/// UTF-8, so such a character becomes its UTF-8 bytes as `%xx`, and only a
/// lone surrogate, which UTF-8 cannot carry, fails.
fn escape(units: &[u16]) -> Win32Result<Vec<u16>> {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(units.len());
    for c in char::decode_utf16(units.iter().copied()) {
        let c = c.map_err(|_| Win32Error::INVALID_PARAMETER)?;
        let mut utf8 = [0u8; 4];
        match c.encode_utf8(&mut utf8).as_bytes() {
            &[ascii] if !needs_escape(ascii) => out.push(u16::from(ascii)),
            bytes => {
                for &byte in bytes {
                    out.extend([
                        u16::from(b'%'),
                        u16::from(HEX[usize::from(byte >> 4)]),
                        u16::from(HEX[usize::from(byte & 0xf)]),
                    ]);
                }
            }
        }
    }
    Ok(out)
}

/// WinHttpCrackUrl over the `url` units with `flags`, answering each part as
/// `wants` (indexed like [`Part::ALL`]) asks.
pub fn crack(url: &[u16], flags: u32, wants: &[Want; 6]) -> Win32Result<Cracked> {
    let l = layout(url, flags)?;
    let want = |part: Part| wants[part as usize];
    // Without a place for the extra information the path keeps the query
    // (Windows' answer for url21 in Wine's url.c test).
    let path = if want(Part::ExtraInfo) == Want::Nothing {
        l.path.start..l.extra.end
    } else {
        l.path.clone()
    };
    let span = |part: Part| -> Option<Range<usize>> {
        match part {
            Part::Scheme => Some(l.scheme_name.clone()),
            Part::UserName => l.user.clone(),
            Part::Password => l.password.clone(),
            Part::HostName => Some(l.host.clone()),
            Part::UrlPath => Some(path.clone()),
            Part::ExtraInfo => Some(l.extra.clone()),
        }
    };

    let transforms = flags & (wh::ICU_DECODE | wh::ICU_ESCAPE) != 0;
    // ICU_DECODE and ICU_ESCAPE "can be used only if the user provides
    // buffers" (WinHttpCrackUrl); an empty part has nothing to change.
    if transforms
        && Part::ALL
            .iter()
            .any(|&p| want(p) == Want::Pointer && span(p).is_some_and(|s| !s.is_empty()))
    {
        return Err(Win32Error::INVALID_PARAMETER);
    }

    let mut answers: [Answer; 6] = Default::default();
    for part in Part::ALL {
        let span = span(part);
        answers[part as usize] = match want(part) {
            Want::Nothing => Answer::Keep,
            Want::Pointer => match span {
                Some(s) => Answer::Point {
                    start: s.start,
                    len: s.len(),
                },
                None => Answer::Null,
            },
            Want::Buffer(capacity) => {
                let mut value = span.map(|s| url[s].to_vec()).unwrap_or_default();
                if flags & wh::ICU_DECODE != 0 {
                    value = decode(&value);
                }
                if flags & wh::ICU_ESCAPE != 0 && matches!(part, Part::UrlPath | Part::ExtraInfo) {
                    value = escape(&value)?;
                }
                if value.len() < capacity as usize {
                    Answer::Copy(value)
                } else {
                    Answer::TooSmall(u32::try_from(value.len() + 1).unwrap_or(u32::MAX))
                }
            }
        };
    }
    Ok(Cracked {
        scheme: l.scheme,
        port: l.port,
        answers,
    })
}

/// WinHttpCreateUrl's input: each string is the caller's (pointer NULL:
/// `None`), already measured.
#[derive(Clone, Copy, Debug, Default)]
pub struct Parts<'a> {
    pub scheme: Option<&'a [u16]>,
    pub scheme_number: wh::WINHTTP_INTERNET_SCHEME,
    pub host: Option<&'a [u16]>,
    pub port: u16,
    pub user: Option<&'a [u16]>,
    pub password: Option<&'a [u16]>,
    pub path: Option<&'a [u16]>,
    pub extra: Option<&'a [u16]>,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

/// WinHttpCreateUrl: `scheme://[user[:password]@][host[:port]][/]path extra`,
/// without the NUL.
pub fn create(parts: &Parts, flags: u32) -> Win32Result<Vec<u16>> {
    if flags & wh::ICU_REJECT_USERPWD != 0 && (parts.user.is_some() || parts.password.is_some()) {
        return Err(INVALID_URL);
    }
    // A password needs a user name before it (Wine's url.c test).
    if parts.user.is_none() && parts.password.is_some() {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let mut out = Vec::new();
    // The name wins over nScheme, and only a name Windows knows has a
    // default port to leave out: `ftp` with port 80 keeps `:80`.
    let scheme = match parts.scheme {
        Some(name) => {
            out.extend_from_slice(name);
            scheme_number(name).unwrap_or(0)
        }
        None => {
            let scheme = match parts.scheme_number {
                // A zeroed nScheme is HTTP (Wine's url.c test).
                0 | wh::WINHTTP_INTERNET_SCHEME_HTTP => wh::WINHTTP_INTERNET_SCHEME_HTTP,
                wh::WINHTTP_INTERNET_SCHEME_HTTPS => wh::WINHTTP_INTERNET_SCHEME_HTTPS,
                _ => return Err(Win32Error::INVALID_PARAMETER),
            };
            push_str(
                &mut out,
                if scheme == wh::WINHTTP_INTERNET_SCHEME_HTTPS {
                    "https"
                } else {
                    "http"
                },
            );
            scheme
        }
    };
    push_str(&mut out, "://");
    if let Some(user) = parts.user {
        out.extend_from_slice(user);
        if let Some(password) = parts.password {
            out.push(u16::from(b':'));
            out.extend_from_slice(password);
        }
        out.push(u16::from(b'@'));
    }
    if let Some(host) = parts.host {
        // An IPv6 address goes in brackets so its colons are not a port's.
        let bare_ipv6 =
            host.iter().any(|&u| is(u, b':')) && !host.first().is_some_and(|&u| is(u, b'['));
        if bare_ipv6 {
            out.push(u16::from(b'['));
        }
        out.extend_from_slice(host);
        if bare_ipv6 {
            out.push(u16::from(b']'));
        }
        if default_port(scheme) != Some(parts.port) {
            push_str(&mut out, &format!(":{}", parts.port));
        }
        if let Some(path) = parts.path
            && !path.first().is_some_and(|&u| is(u, b'/'))
        {
            out.push(u16::from(b'/'));
        }
    }
    // ICU_ESCAPE covers the path and the extra information only
    // (WinHttpCreateUrl).
    for text in [parts.path, parts.extra].into_iter().flatten() {
        if flags & wh::ICU_ESCAPE != 0 {
            out.extend(escape(text)?);
        } else {
            out.extend_from_slice(text);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    fn text(units: &[u16]) -> String {
        String::from_utf16_lossy(units)
    }

    const POINTERS: [Want; 6] = [Want::Pointer; 6];

    fn buffers(capacity: u32) -> [Want; 6] {
        [Want::Buffer(capacity); 6]
    }

    fn point(c: &Cracked, part: Part) -> (usize, usize) {
        match c.answers[part as usize] {
            Answer::Point { start, len } => (start, len),
            ref other => panic!("{part:?}: {other:?}"),
        }
    }

    fn copied(c: &Cracked, part: Part) -> String {
        match &c.answers[part as usize] {
            Answer::Copy(v) => text(v),
            other => panic!("{part:?}: {other:?}"),
        }
    }

    fn crack_err(url: &str, flags: u32) -> u32 {
        crack(&w(url), flags, &POINTERS).unwrap_err().0
    }

    #[test]
    fn wants_from_pointer_and_length() {
        assert_eq!(Want::of(true, 0), Ok(Want::Nothing));
        assert_eq!(Want::of(true, u32::MAX), Ok(Want::Pointer));
        assert_eq!(Want::of(false, 7), Ok(Want::Buffer(7)));
        assert_eq!(Want::of(false, 0), Err(Win32Error::INVALID_PARAMETER));
    }

    #[test]
    fn pointers_into_the_url_for_every_part() {
        let url = "http://username:password@www.winehq.org/site/about";
        let c = crack(&w(url), 0, &POINTERS).unwrap();
        assert_eq!(c.scheme, wh::WINHTTP_INTERNET_SCHEME_HTTP);
        assert_eq!(c.port, 80);
        assert_eq!(point(&c, Part::Scheme), (0, 4));
        assert_eq!(point(&c, Part::UserName), (7, 8));
        assert_eq!(point(&c, Part::Password), (16, 8));
        assert_eq!(point(&c, Part::HostName), (25, 14));
        assert_eq!(point(&c, Part::UrlPath), (39, 11));
        // No extra information: an empty string at the end.
        assert_eq!(point(&c, Part::ExtraInfo), (50, 0));
        assert_eq!(c.status(), Ok(()));
    }

    #[test]
    fn absent_parts() {
        let c = crack(&w("http://www.winehq.org"), 0, &POINTERS).unwrap();
        assert_eq!(c.answers[Part::UserName as usize], Answer::Null);
        assert_eq!(c.answers[Part::Password as usize], Answer::Null);
        assert_eq!(point(&c, Part::HostName), (7, 14));
        assert_eq!(point(&c, Part::UrlPath), (21, 0));
        assert_eq!(point(&c, Part::ExtraInfo), (21, 0));
        // In buffers they are empty strings.
        let c = crack(&w("http://www.winehq.org"), 0, &buffers(20)).unwrap();
        assert_eq!(copied(&c, Part::UserName), "");
        assert_eq!(copied(&c, Part::UrlPath), "");
    }

    #[test]
    fn https_and_a_lone_question_mark() {
        let c = crack(&w("https://www.winehq.org/post?"), 0, &POINTERS).unwrap();
        assert_eq!(c.scheme, wh::WINHTTP_INTERNET_SCHEME_HTTPS);
        assert_eq!(c.port, 443);
        assert_eq!(point(&c, Part::Scheme), (0, 5));
        assert_eq!(point(&c, Part::UrlPath), (22, 5));
        assert_eq!(point(&c, Part::ExtraInfo), (27, 1));
    }

    #[test]
    fn only_a_slash_ends_the_host() {
        let c = crack(&w("http://winehq?"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::HostName), (7, 7));
        assert_eq!(point(&c, Part::UrlPath), (14, 0));
        assert_eq!(point(&c, Part::ExtraInfo), (14, 0));
        let c = crack(&w("http://winehq/post;a"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::UrlPath), (13, 7));
        assert_eq!(point(&c, Part::ExtraInfo), (20, 0));
    }

    #[test]
    fn an_at_sign_after_the_path_is_not_a_user() {
        let url = "http://example.net/path?var1=example@example.com&var2=x&var3=y";
        let c = crack(&w(url), 0, &POINTERS).unwrap();
        assert_eq!(c.answers[Part::UserName as usize], Answer::Null);
        assert_eq!(point(&c, Part::HostName), (7, 11));
        assert_eq!(point(&c, Part::UrlPath), (18, 5));
        assert_eq!(point(&c, Part::ExtraInfo), (23, 39));
    }

    #[test]
    fn fragment_is_extra_information() {
        let c = crack(&w("http://h/p#top"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::UrlPath), (8, 2));
        assert_eq!(point(&c, Part::ExtraInfo), (10, 4));
    }

    #[test]
    fn path_keeps_the_query_when_extra_is_not_wanted() {
        let url = "https://nba2k19-ws.2ksports.com:19133/nba/v4/Accounts/get_account?x=3789526775265663876";
        let mut wants = [Want::Nothing; 6];
        wants[Part::UrlPath as usize] = Want::Buffer(80);
        wants[Part::HostName as usize] = Want::Buffer(40);
        let c = crack(&w(url), 0, &wants).unwrap();
        assert_eq!(c.port, 19133);
        assert_eq!(copied(&c, Part::UrlPath), &url[37..]);
        assert_eq!(copied(&c, Part::HostName), "nba2k19-ws.2ksports.com");
        assert_eq!(c.answers[Part::Scheme as usize], Answer::Keep);
    }

    #[test]
    fn copies_and_short_buffers() {
        let url = "http://username:password@www.winehq.org/site/about?query";
        let c = crack(&w(url), 0, &buffers(20)).unwrap();
        assert_eq!(copied(&c, Part::Scheme), "http");
        assert_eq!(copied(&c, Part::Password), "password");
        assert_eq!(copied(&c, Part::ExtraInfo), "?query");
        let mut wants = buffers(20);
        wants[Part::Scheme as usize] = Want::Buffer(1);
        wants[Part::HostName as usize] = Want::Buffer(14);
        let c = crack(&w(url), 0, &wants).unwrap();
        assert_eq!(c.answers[Part::Scheme as usize], Answer::TooSmall(5));
        // 14 units need 15 with the NUL.
        assert_eq!(c.answers[Part::HostName as usize], Answer::TooSmall(15));
        assert_eq!(copied(&c, Part::UrlPath), "/site/about");
        assert_eq!(c.status(), Err(Win32Error::INSUFFICIENT_BUFFER));
    }

    #[test]
    fn scheme_errors() {
        let unrecognized = wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME;
        for url in ["", "http", "www", "www.winehq.org", "ftp://host/"] {
            assert_eq!(crack_err(url, 0), unrecognized, "{url:?}");
        }
        let invalid = wh::ERROR_WINHTTP_INVALID_URL;
        for url in [
            "HTTP:www.winehq.org",
            "http:/www.winehq.org",
            "http://",
            "http:",
            "http://user@/x",
        ] {
            assert_eq!(crack_err(url, 0), invalid, "{url:?}");
        }
        // The scheme's case does not matter.
        let c = crack(&w("HTTPS://h"), 0, &POINTERS).unwrap();
        assert_eq!((c.scheme, c.port), (wh::WINHTTP_INTERNET_SCHEME_HTTPS, 443));
    }

    #[test]
    fn ports() {
        let port = |url: &str| {
            crack(&w(url), 0, &POINTERS)
                .map(|c| c.port)
                .map_err(|e| e.0)
        };
        assert_eq!(port("http://winehq.org:42/x"), Ok(42));
        assert_eq!(port("http://winehq.org:0"), Ok(0));
        assert_eq!(port("http://winehq.org:"), Ok(80));
        assert_eq!(port("http://winehq.org:/"), Ok(80));
        assert_eq!(port("https://winehq.org:80"), Ok(80));
        assert_eq!(port("http://winehq.org:65535"), Ok(65535));
        let invalid = Err(wh::ERROR_WINHTTP_INVALID_URL);
        assert_eq!(port("http://winehq.org:65536"), invalid);
        assert_eq!(port("http://winehq.org:99999999999/"), invalid);
        assert_eq!(port("http://winehq.org:8o/"), invalid);
        assert_eq!(port("http://winehq.org:-1"), invalid);
    }

    #[test]
    fn ipv6_literals_keep_their_brackets() {
        let c = crack(&w("http://[::1]:8080/chat"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::HostName), (7, 5));
        assert_eq!(c.port, 8080);
        assert_eq!(point(&c, Part::UrlPath), (17, 5));
        let c = crack(&w("wss://[fe80::1]"), 0, &POINTERS);
        assert_eq!(c.unwrap_err().0, wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME);
        let c = crack(&w("https://[fe80::1]"), 0, &POINTERS).unwrap();
        assert_eq!((point(&c, Part::HostName), c.port), ((8, 9), 443));
        let invalid = wh::ERROR_WINHTTP_INVALID_URL;
        assert_eq!(crack_err("http://[::1/", 0), invalid);
        assert_eq!(crack_err("http://[::1]x/", 0), invalid);
    }

    #[test]
    fn users_and_passwords() {
        let c = crack(&w("http://:@h/"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::UserName), (7, 0));
        assert_eq!(point(&c, Part::Password), (8, 0));
        let c = crack(&w("http://me@h/"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::UserName), (7, 2));
        assert_eq!(c.answers[Part::Password as usize], Answer::Null);
        // The last '@' before the path ends the user information.
        let c = crack(&w("http://me:p@ss@h/"), 0, &POINTERS).unwrap();
        assert_eq!(point(&c, Part::Password), (10, 4));
        assert_eq!(point(&c, Part::HostName), (15, 1));
        let invalid = wh::ERROR_WINHTTP_INVALID_URL;
        assert_eq!(
            crack_err("http://me:pw@h/", wh::ICU_REJECT_USERPWD),
            invalid
        );
        assert!(crack(&w("http://h/a@b"), wh::ICU_REJECT_USERPWD, &POINTERS).is_ok());
    }

    const ESCAPE: &str = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const ESCAPED: &str = "%20!%22%23$%25&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D%7E";

    #[test]
    fn decoding_needs_buffers() {
        let url = format!("http://username:password@www.winehq.org/site/about{ESCAPED}");
        let err = crack(&w(&url), wh::ICU_DECODE, &POINTERS).unwrap_err();
        assert_eq!(err, Win32Error::INVALID_PARAMETER);
        let mut wants = buffers(20);
        wants[Part::UrlPath as usize] = Want::Buffer(80);
        wants[Part::ExtraInfo as usize] = Want::Buffer(40);
        let c = crack(&w(&url), wh::ICU_DECODE, &wants).unwrap();
        // Split before decoding: the decoded '?' and '#' stay in the path.
        assert_eq!(
            copied(&c, Part::UrlPath),
            format!("/site/about{}", &ESCAPE[..21])
        );
        assert_eq!(copied(&c, Part::ExtraInfo), &ESCAPE[21..]);
        // Not UTF-8: each %xx is one code unit.
        let c = crack(&w("http://h/%C3%A9%4"), wh::ICU_DECODE, &buffers(20)).unwrap();
        assert_eq!(copied(&c, Part::UrlPath), "/\u{c3}\u{a9}%4");
        // Empty parts asked by pointer are allowed.
        let mut wants = buffers(20);
        wants[Part::UserName as usize] = Want::Pointer;
        let c = crack(&w("http://h/%41"), wh::ICU_DECODE, &wants).unwrap();
        assert_eq!(c.answers[Part::UserName as usize], Answer::Null);
        assert_eq!(copied(&c, Part::UrlPath), "/A");
    }

    #[test]
    fn crack_escapes_path_and_extra_only() {
        let mut wants = [Want::Nothing; 6];
        wants[Part::HostName as usize] = Want::Buffer(20);
        wants[Part::UrlPath as usize] = Want::Buffer(40);
        let url = "http://winehq.o g/path with spaces";
        let c = crack(&w(url), wh::ICU_ESCAPE | wh::ICU_DECODE, &wants).unwrap();
        assert_eq!(copied(&c, Part::HostName), "winehq.o g");
        assert_eq!(copied(&c, Part::UrlPath), "/path%20with%20spaces");
        let err = crack(&w(url), wh::ICU_ESCAPE, &POINTERS).unwrap_err();
        assert_eq!(err, Win32Error::INVALID_PARAMETER);
    }

    #[test]
    fn escape_rules() {
        assert_eq!(text(&escape(&w(ESCAPE)).unwrap()), ESCAPED);
        assert_eq!(
            text(&escape(&w("\r\u{1f} \n\u{7f}\r\n")).unwrap()),
            "%0D%1F%20%0A%7F%0D%0A"
        );
        assert_eq!(
            text(&escape(&w("?text=\u{fb00}")).unwrap()),
            "?text=%EF%AC%80"
        );
        assert_eq!(text(&escape(&w("AZaz09")).unwrap()), "AZaz09");
        assert_eq!(escape(&[0xd800]), Err(Win32Error::INVALID_PARAMETER));
    }

    fn sample<'a>(units: &'a [Vec<u16>; 6]) -> Parts<'a> {
        Parts {
            scheme: Some(&units[0]),
            scheme_number: wh::WINHTTP_INTERNET_SCHEME_HTTP,
            host: Some(&units[1]),
            port: 80,
            user: Some(&units[2]),
            password: Some(&units[3]),
            path: Some(&units[4]),
            extra: Some(&units[5]),
        }
    }

    fn sample_units() -> [Vec<u16>; 6] {
        [
            "http",
            "www.winehq.org",
            "username",
            "password",
            "/site/about",
            "?query",
        ]
        .map(w)
    }

    fn created(parts: &Parts, flags: u32) -> Result<String, u32> {
        create(parts, flags).map(|v| text(&v)).map_err(|e| e.0)
    }

    #[test]
    fn create_full_url() {
        let u = sample_units();
        let full = "http://username:password@www.winehq.org/site/about?query";
        assert_eq!(created(&sample(&u), 0), Ok(full.into()));
        // Without a name, nScheme (or 0 for HTTP) gives it.
        let parts = Parts {
            scheme: None,
            scheme_number: 0,
            ..sample(&u)
        };
        assert_eq!(created(&parts, 0), Ok(full.into()));
        let parts = Parts {
            scheme: None,
            scheme_number: 2,
            port: 443,
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            full.replacen("http", "https", 1)
        );
        let parts = Parts {
            scheme: None,
            scheme_number: 3,
            ..sample(&u)
        };
        assert_eq!(created(&parts, 0), Err(87));
    }

    #[test]
    fn create_users_and_passwords() {
        let u = sample_units();
        let empty: &[u16] = &[];
        let with = |user, password| {
            created(
                &Parts {
                    user,
                    password,
                    ..sample(&u)
                },
                0,
            )
        };
        assert_eq!(
            with(Some(&u[2]), Some(empty)).unwrap(),
            "http://username:@www.winehq.org/site/about?query"
        );
        assert_eq!(
            with(Some(&u[2]), None).unwrap(),
            "http://username@www.winehq.org/site/about?query"
        );
        assert_eq!(
            with(Some(empty), Some(empty)).unwrap(),
            "http://:@www.winehq.org/site/about?query"
        );
        assert_eq!(
            with(None, None).unwrap(),
            "http://www.winehq.org/site/about?query"
        );
        assert_eq!(with(None, Some(&u[3])), Err(87));
        let parts = sample(&u);
        assert_eq!(
            created(&parts, wh::ICU_REJECT_USERPWD),
            Err(wh::ERROR_WINHTTP_INVALID_URL)
        );
    }

    #[test]
    fn create_ports() {
        let u = sample_units();
        let ftp = w("ftp");
        let parts = Parts {
            scheme: Some(&ftp),
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            "ftp://username:password@www.winehq.org:80/site/about?query"
        );
        let parts = Parts {
            port: 42,
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            "http://username:password@www.winehq.org:42/site/about?query"
        );
        let parts = Parts {
            scheme: None,
            scheme_number: 0,
            port: 0,
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            "http://username:password@www.winehq.org:0/site/about?query"
        );
        let v6 = w("::1");
        let parts = Parts {
            host: Some(&v6),
            user: None,
            password: None,
            port: 8080,
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            "http://[::1]:8080/site/about?query"
        );
    }

    #[test]
    fn create_escapes_and_slashes() {
        let u = sample_units();
        let escape_units = w(ESCAPE);
        let parts = Parts {
            extra: Some(&escape_units),
            ..sample(&u)
        };
        let url = created(&parts, wh::ICU_ESCAPE).unwrap();
        assert_eq!(
            url,
            format!("http://username:password@www.winehq.org/site/about{ESCAPED}")
        );
        assert_eq!(url.len(), 113);
        let controls = w("\r\u{1f} \n\u{7f}\r\n");
        let only_extra = Parts {
            extra: Some(&controls),
            ..Parts::default()
        };
        assert_eq!(
            created(&only_extra, wh::ICU_ESCAPE).unwrap(),
            "http://%0D%1F%20%0A%7F%0D%0A"
        );
        let only_path = Parts {
            path: Some(&controls),
            ..Parts::default()
        };
        assert_eq!(
            created(&only_path, wh::ICU_ESCAPE).unwrap(),
            "http://%0D%1F%20%0A%7F%0D%0A"
        );
        let unicode = w("/text=\u{fb00}");
        let parts = Parts {
            path: Some(&unicode),
            ..Parts::default()
        };
        assert_eq!(created(&parts, 0).unwrap(), "http:///text=\u{fb00}");
        assert_eq!(
            created(&parts, wh::ICU_ESCAPE).unwrap(),
            "http:///text=%EF%AC%80"
        );
        let lone = [u16::from(b'/'), 0xdc00];
        let parts = Parts {
            path: Some(&lone),
            ..Parts::default()
        };
        assert_eq!(created(&parts, wh::ICU_ESCAPE), Err(87));
        // A host and a path without its slash get one between them.
        let relative = w("site");
        let parts = Parts {
            path: Some(&relative),
            ..sample(&u)
        };
        assert_eq!(
            created(&parts, 0).unwrap(),
            "http://username:password@www.winehq.org/site?query"
        );
    }
}
