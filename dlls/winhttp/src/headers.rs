//! The header store WinHTTP keeps for a request and for its response: an
//! ordered multimap with case-insensitive names (RFC 9110 5.1), and the
//! rules of WinHttpAddRequestHeaders' modifiers and WinHttpQueryHeaders'
//! info levels.
//!
//! The modifier rules are what Wine's `test_WinHttpAddHeaders` records
//! for Windows: REPLACE removes the first header of the name and, with a
//! value, appends the new one at the end; COALESCE merges into the first
//! header of the name; ADD_IF_NEW fails when the name exists.

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

/// Headers in order, as sent or received; names compare without case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Headers(Vec<(String, String)>);

impl Headers {
    pub fn new(pairs: Vec<(String, String)>) -> Headers {
        Headers(pairs)
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.nth(name, 0)
    }

    /// The `index`th value of `name` (WinHttpQueryHeaders' lpdwIndex).
    pub fn nth(&self, name: &str, index: usize) -> Option<&str> {
        self.get_all(name).nth(index)
    }

    /// Every value of `name`, in order.
    pub fn get_all<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v.as_str()))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.0
            .iter()
            .position(|(n, _)| n.eq_ignore_ascii_case(name))
    }

    /// Append a header, whatever is there already.
    pub fn push(&mut self, name: &str, value: &str) {
        self.0.push((name.to_string(), value.to_string()));
    }

    /// Remove every header of `name`.
    pub fn remove(&mut self, name: &str) {
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// One header under WinHttpAddRequestHeaders' `modifiers`.
    pub fn apply(&mut self, name: &str, value: &str, modifiers: u32) -> Win32Result<()> {
        let found = self.position(name);
        if found.is_some() && modifiers & wh::WINHTTP_ADDREQ_FLAG_ADD_IF_NEW != 0 {
            return Err(Win32Error(wh::ERROR_WINHTTP_HEADER_ALREADY_EXISTS));
        }
        if modifiers & wh::WINHTTP_ADDREQ_FLAG_REPLACE != 0 {
            match found {
                Some(at) => {
                    self.0.remove(at);
                    // An empty value removes the header.
                    if value.is_empty() {
                        return Ok(());
                    }
                }
                None if modifiers & wh::WINHTTP_ADDREQ_FLAG_ADD == 0 => {
                    return Err(Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND));
                }
                None => {}
            }
            self.push(name, value);
            return Ok(());
        }
        // COALESCE is COALESCE_WITH_COMMA (the same bit in the SDK).
        let separator = if modifiers & wh::WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA != 0 {
            Some(',')
        } else if modifiers & wh::WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON != 0 {
            Some(';')
        } else {
            None
        };
        match (separator, found) {
            (Some(sep), Some(at)) => {
                let slot = &mut self.0[at].1;
                slot.push(sep);
                slot.push(' ');
                slot.push_str(value);
            }
            _ => self.push(name, value),
        }
        Ok(())
    }

    /// Several headers, as WinHttpAddRequestHeaders takes them. The block
    /// is checked whole first, so a malformed line adds nothing ("the
    /// invalid header is not added"); a modifier failure stops at that
    /// header, the earlier ones kept.
    pub fn apply_block(&mut self, block: &str, modifiers: u32) -> Win32Result<()> {
        self.apply_all(&parse_lines(block)?, modifiers)
    }

    /// Checked headers in order, stopping at the first that fails.
    pub fn apply_all(&mut self, headers: &[(String, String)], modifiers: u32) -> Win32Result<()> {
        for (name, value) in headers {
            self.apply(name, value, modifiers)?;
        }
        Ok(())
    }

    /// `first` (a request or status line), the headers and the blank line,
    /// CRLF-separated (WINHTTP_QUERY_RAW_HEADERS_CRLF, and the bytes sent).
    pub fn raw_crlf(&self, first: &str) -> String {
        let mut s = String::with_capacity(first.len() + 2 + self.0.len() * 32);
        s.push_str(first);
        s.push_str("\r\n");
        for (n, v) in &self.0 {
            s.push_str(n);
            s.push_str(": ");
            s.push_str(v);
            s.push_str("\r\n");
        }
        s.push_str("\r\n");
        s
    }
}

/// RFC 9110 5.6.2: a token character.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Split a header block into "Name: value" pairs. Lines end with CRLF
/// (a lone CR or LF is taken as one too); empty lines are skipped. A line
/// without a colon, with an empty name or with a name that is not an
/// RFC 9110 token (" e :f") is ERROR_INVALID_PARAMETER, as Wine's tests
/// record for Windows. Values are trimmed of surrounding white space.
pub fn parse_lines(text: &str) -> Win32Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for line in text.split(['\r', '\n']).filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or(Win32Error::INVALID_PARAMETER)?;
        out.push(checked(name, value)?);
    }
    Ok(out)
}

/// A header as it may be added: the name an RFC 9110 token, the value
/// without control characters but tab, trimmed of surrounding white space
/// (WinHttpAddRequestHeaders: "Headers must be well formed").
pub fn checked(name: &str, value: &str) -> Win32Result<(String, String)> {
    if name.is_empty() || !name.chars().all(is_tchar) {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let value = value.trim_matches([' ', '\t']);
    if value.chars().any(|c| c.is_control() && c != '\t') {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    Ok((name.to_string(), value.to_string()))
}

/// The header name of a WINHTTP_QUERY_* info level, as the SDK lists
/// them; `None` for the levels that are no header (status line, raw
/// headers, method) and for numbers no level has.
pub fn query_name(level: u32) -> Option<&'static str> {
    Some(match level {
        wh::WINHTTP_QUERY_MIME_VERSION => "Mime-Version",
        wh::WINHTTP_QUERY_CONTENT_TYPE => "Content-Type",
        wh::WINHTTP_QUERY_CONTENT_TRANSFER_ENCODING => "Content-Transfer-Encoding",
        wh::WINHTTP_QUERY_CONTENT_ID => "Content-ID",
        wh::WINHTTP_QUERY_CONTENT_DESCRIPTION => "Content-Description",
        wh::WINHTTP_QUERY_CONTENT_LENGTH => "Content-Length",
        wh::WINHTTP_QUERY_CONTENT_LANGUAGE => "Content-Language",
        wh::WINHTTP_QUERY_ALLOW => "Allow",
        wh::WINHTTP_QUERY_PUBLIC => "Public",
        wh::WINHTTP_QUERY_DATE => "Date",
        wh::WINHTTP_QUERY_EXPIRES => "Expires",
        wh::WINHTTP_QUERY_LAST_MODIFIED => "Last-Modified",
        wh::WINHTTP_QUERY_MESSAGE_ID => "Message-ID",
        wh::WINHTTP_QUERY_URI => "URI",
        wh::WINHTTP_QUERY_DERIVED_FROM => "Derived-From",
        wh::WINHTTP_QUERY_COST => "Cost",
        wh::WINHTTP_QUERY_LINK => "Link",
        wh::WINHTTP_QUERY_PRAGMA => "Pragma",
        wh::WINHTTP_QUERY_CONNECTION => "Connection",
        wh::WINHTTP_QUERY_ACCEPT => "Accept",
        wh::WINHTTP_QUERY_ACCEPT_CHARSET => "Accept-Charset",
        wh::WINHTTP_QUERY_ACCEPT_ENCODING => "Accept-Encoding",
        wh::WINHTTP_QUERY_ACCEPT_LANGUAGE => "Accept-Language",
        wh::WINHTTP_QUERY_AUTHORIZATION => "Authorization",
        wh::WINHTTP_QUERY_CONTENT_ENCODING => "Content-Encoding",
        wh::WINHTTP_QUERY_FORWARDED => "Forwarded",
        wh::WINHTTP_QUERY_FROM => "From",
        wh::WINHTTP_QUERY_IF_MODIFIED_SINCE => "If-Modified-Since",
        wh::WINHTTP_QUERY_LOCATION => "Location",
        wh::WINHTTP_QUERY_ORIG_URI => "Orig-Uri",
        wh::WINHTTP_QUERY_REFERER => "Referer",
        wh::WINHTTP_QUERY_RETRY_AFTER => "Retry-After",
        wh::WINHTTP_QUERY_SERVER => "Server",
        wh::WINHTTP_QUERY_TITLE => "Title",
        wh::WINHTTP_QUERY_USER_AGENT => "User-Agent",
        wh::WINHTTP_QUERY_WWW_AUTHENTICATE => "WWW-Authenticate",
        wh::WINHTTP_QUERY_PROXY_AUTHENTICATE => "Proxy-Authenticate",
        wh::WINHTTP_QUERY_ACCEPT_RANGES => "Accept-Ranges",
        wh::WINHTTP_QUERY_SET_COOKIE => "Set-Cookie",
        wh::WINHTTP_QUERY_COOKIE => "Cookie",
        wh::WINHTTP_QUERY_REFRESH => "Refresh",
        wh::WINHTTP_QUERY_CONTENT_DISPOSITION => "Content-Disposition",
        wh::WINHTTP_QUERY_AGE => "Age",
        wh::WINHTTP_QUERY_CACHE_CONTROL => "Cache-Control",
        wh::WINHTTP_QUERY_CONTENT_BASE => "Content-Base",
        wh::WINHTTP_QUERY_CONTENT_LOCATION => "Content-Location",
        wh::WINHTTP_QUERY_CONTENT_MD5 => "Content-MD5",
        wh::WINHTTP_QUERY_CONTENT_RANGE => "Content-Range",
        wh::WINHTTP_QUERY_ETAG => "ETag",
        wh::WINHTTP_QUERY_HOST => "Host",
        wh::WINHTTP_QUERY_IF_MATCH => "If-Match",
        wh::WINHTTP_QUERY_IF_NONE_MATCH => "If-None-Match",
        wh::WINHTTP_QUERY_IF_RANGE => "If-Range",
        wh::WINHTTP_QUERY_IF_UNMODIFIED_SINCE => "If-Unmodified-Since",
        wh::WINHTTP_QUERY_MAX_FORWARDS => "Max-Forwards",
        wh::WINHTTP_QUERY_PROXY_AUTHORIZATION => "Proxy-Authorization",
        wh::WINHTTP_QUERY_RANGE => "Range",
        wh::WINHTTP_QUERY_TRANSFER_ENCODING => "Transfer-Encoding",
        wh::WINHTTP_QUERY_UPGRADE => "Upgrade",
        wh::WINHTTP_QUERY_VARY => "Vary",
        wh::WINHTTP_QUERY_VIA => "Via",
        wh::WINHTTP_QUERY_WARNING => "Warning",
        wh::WINHTTP_QUERY_EXPECT => "Expect",
        wh::WINHTTP_QUERY_PROXY_CONNECTION => "Proxy-Connection",
        wh::WINHTTP_QUERY_UNLESS_MODIFIED_SINCE => "Unless-Modified-Since",
        wh::WINHTTP_QUERY_PROXY_SUPPORT => "Proxy-Support",
        wh::WINHTTP_QUERY_AUTHENTICATION_INFO => "Authentication-Info",
        wh::WINHTTP_QUERY_PASSPORT_URLS => "PassportURLs",
        wh::WINHTTP_QUERY_PASSPORT_CONFIG => "PassportConfig",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADD: u32 = wh::WINHTTP_ADDREQ_FLAG_ADD;
    const REPLACE: u32 = wh::WINHTTP_ADDREQ_FLAG_REPLACE;

    fn values(h: &Headers, name: &str) -> Vec<String> {
        (0..)
            .map_while(|i| h.nth(name, i).map(str::to_string))
            .collect()
    }

    #[test]
    fn names_compare_without_case_and_keep_order() {
        let mut h = Headers::default();
        h.apply_block("X-A: 1\r\nx-a: 2\r\nOther: o\r\n", ADD)
            .unwrap();
        assert_eq!(values(&h, "X-A"), ["1", "2"]);
        assert_eq!(h.nth("x-A", 2), None);
        assert_eq!(
            h.raw_crlf("GET / HTTP/1.1"),
            "GET / HTTP/1.1\r\nX-A: 1\r\nx-a: 2\r\nOther: o\r\n\r\n"
        );
        h.remove("X-a");
        assert_eq!(h.len(), 1);
    }

    #[test]
    fn modifiers_follow_windows() {
        let mut h = Headers::default();
        h.apply("Warning", "one", ADD).unwrap();
        h.apply("Warning", "two", ADD).unwrap();
        // REPLACE drops the first and appends.
        h.apply("Warning", "three", REPLACE).unwrap();
        assert_eq!(values(&h, "warning"), ["two", "three"]);
        assert_eq!(
            h.apply("Warning", "x", wh::WINHTTP_ADDREQ_FLAG_ADD_IF_NEW),
            Err(Win32Error(wh::ERROR_WINHTTP_HEADER_ALREADY_EXISTS))
        );
        h.apply("Warning", "four", wh::WINHTTP_ADDREQ_FLAG_COALESCE)
            .unwrap();
        h.apply(
            "Warning",
            "five",
            wh::WINHTTP_ADDREQ_FLAG_COALESCE_WITH_COMMA,
        )
        .unwrap();
        h.apply(
            "Warning",
            "six",
            wh::WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON,
        )
        .unwrap();
        assert_eq!(values(&h, "Warning"), ["two, four, five; six", "three"]);
        // Coalescing a new name adds it.
        h.apply("New", "n", wh::WINHTTP_ADDREQ_FLAG_COALESCE)
            .unwrap();
        assert_eq!(h.get("new"), Some("n"));
        // REPLACE without ADD needs the header; an empty value removes it.
        assert_eq!(
            h.apply("Absent", "v", REPLACE),
            Err(Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND))
        );
        h.apply("Absent", "v", REPLACE | ADD).unwrap();
        h.apply("Absent", "", REPLACE).unwrap();
        assert_eq!(h.get("Absent"), None);
        // No modifier at all adds.
        h.apply("Plain", "p", 0).unwrap();
        assert_eq!(h.get("plain"), Some("p"));
    }

    #[test]
    fn malformed_lines_are_refused_and_add_nothing() {
        for bad in [":", ":b", "cd", " e :f", "a b: c", "ok: 1\r\nbad"] {
            let mut h = Headers::default();
            assert_eq!(
                h.apply_block(bad, ADD),
                Err(Win32Error::INVALID_PARAMETER),
                "{bad:?}"
            );
            assert!(h.is_empty(), "{bad:?}");
        }
        let mut h = Headers::default();
        h.apply_block("a:", ADD).unwrap();
        assert_eq!(h.get("a"), Some(""));
        h.apply_block("field: value \r\n", ADD).unwrap();
        assert_eq!(h.get("field"), Some("value"));
        // A block with only line ends adds nothing and succeeds.
        h.apply_block("\r\n", ADD).unwrap();
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn info_level_names() {
        assert_eq!(query_name(wh::WINHTTP_QUERY_ACCEPT), Some("Accept"));
        assert_eq!(query_name(wh::WINHTTP_QUERY_WARNING), Some("Warning"));
        assert_eq!(query_name(wh::WINHTTP_QUERY_STATUS_CODE), None);
        assert_eq!(query_name(wh::WINHTTP_QUERY_RAW_HEADERS_CRLF), None);
        assert_eq!(query_name(wh::WINHTTP_QUERY_MAX + 1), None);
    }
}
