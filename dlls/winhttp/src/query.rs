//! WinHttpQueryHeaders' answers for one side of the exchange (the request
//! with WINHTTP_QUERY_FLAG_REQUEST_HEADERS, else the response): the info
//! level picks a header by name or a piece of the start line, the index
//! picks among headers of one name, and the modifier flags convert the
//! text (the WinHttpQueryHeaders page, "Query Info Flags").

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::SYSTEMTIME;
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::headers::{Headers, query_name};

/// An answer, before it is written to the caller's buffer.
#[derive(Clone, Copy)]
pub enum Converted {
    Number(u32),
    Number64(u64),
    Time(SYSTEMTIME),
}

/// An answer: text, or the number or time a modifier asked for.
pub enum HeaderValue {
    Text(String),
    Converted(Converted),
}

impl HeaderValue {
    /// The bytes for the caller's buffer (text with its terminator, as
    /// UTF-16 or, with `wide` false, as bytes) and the length reported on
    /// success, which leaves the terminator out (Wine's tests: "test1" is
    /// 10 bytes, 12 needed).
    pub fn to_bytes(&self, wide: bool) -> (Vec<u8>, usize) {
        match self {
            HeaderValue::Text(t) if wide => {
                let bytes: Vec<u8> = t
                    .encode_utf16()
                    .chain([0])
                    .flat_map(u16::to_ne_bytes)
                    .collect();
                let reported = bytes.len() - 2;
                (bytes, reported)
            }
            HeaderValue::Text(t) => {
                let mut bytes = t.as_bytes().to_vec();
                bytes.push(0);
                (bytes, t.len())
            }
            HeaderValue::Converted(Converted::Number(n)) => (n.to_ne_bytes().to_vec(), 4),
            HeaderValue::Converted(Converted::Number64(n)) => (n.to_ne_bytes().to_vec(), 8),
            HeaderValue::Converted(Converted::Time(st)) => {
                let fields = [
                    st.wYear,
                    st.wMonth,
                    st.wDayOfWeek,
                    st.wDay,
                    st.wHour,
                    st.wMinute,
                    st.wSecond,
                    st.wMilliseconds,
                ];
                let bytes: Vec<u8> = fields.iter().flat_map(|f| f.to_ne_bytes()).collect();
                let reported = bytes.len();
                (bytes, reported)
            }
        }
    }
}

/// One side of the exchange as a query reads it.
pub struct Message<'a> {
    pub headers: &'a Headers,
    /// The request line, or the status line.
    pub start_line: String,
    /// A response's version, status code and reason; `None` for the request.
    pub status: Option<(&'a str, u16, &'a str)>,
    /// The request's verb (WINHTTP_QUERY_REQUEST_METHOD, either side).
    pub verb: &'a str,
}

/// The modifier flags that convert the text.
const CONVERSIONS: [u32; 3] = [
    wh::WINHTTP_QUERY_FLAG_NUMBER,
    wh::WINHTTP_QUERY_FLAG_NUMBER64,
    wh::WINHTTP_QUERY_FLAG_SYSTEMTIME,
];

/// Answer `level` (with `name` for WINHTTP_QUERY_CUSTOM, `index` among
/// headers of one name). The flag says the answer came from a header by
/// name, so the caller's index moves on; raw headers and the start line
/// leave it alone (Wine's tests, which pass on Windows).
pub fn query(
    msg: &Message<'_>,
    level: u32,
    name: Option<&str>,
    index: u32,
) -> Win32Result<(HeaderValue, bool)> {
    let id = level & 0xFFFF;
    let conversions: Vec<u32> = CONVERSIONS.into_iter().filter(|f| level & f != 0).collect();
    // Decision: two conversions at once is an argument error.
    if conversions.len() > 1 {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let not_found = Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND);
    let (text, by_name) = match id {
        wh::WINHTTP_QUERY_RAW_HEADERS_CRLF => (msg.headers.raw_crlf(&msg.start_line), false),
        wh::WINHTTP_QUERY_RAW_HEADERS => {
            // Each line ends with a NUL, and the string's own terminator
            // ends the block: its length counts one NUL after the last line
            // (Wine's test_basic_request, on Windows).
            let mut raw = msg.headers.raw_crlf(&msg.start_line).replace("\r\n", "\0");
            if raw.ends_with("\0\0") {
                raw.pop();
            }
            (raw, false)
        }
        wh::WINHTTP_QUERY_REQUEST_METHOD => (msg.verb.to_string(), false),
        wh::WINHTTP_QUERY_VERSION => (msg.status.ok_or(not_found)?.0.to_string(), false),
        wh::WINHTTP_QUERY_STATUS_CODE => (msg.status.ok_or(not_found)?.1.to_string(), false),
        wh::WINHTTP_QUERY_STATUS_TEXT => (msg.status.ok_or(not_found)?.2.to_string(), false),
        _ => {
            let name = match id {
                wh::WINHTTP_QUERY_CUSTOM => name.ok_or(Win32Error::INVALID_PARAMETER)?,
                // Decision: a number past the SDK's last level is an
                // argument error; a gap in the table is no header.
                _ if id > wh::WINHTTP_QUERY_MAX => return Err(Win32Error::INVALID_PARAMETER),
                _ => query_name(id).ok_or(not_found)?,
            };
            let value = msg.headers.nth(name, index as usize).ok_or(not_found)?;
            (value.to_string(), true)
        }
    };
    let value = match conversions.first() {
        None => HeaderValue::Text(text),
        Some(&flag) => HeaderValue::Converted(convert(&text, flag)?),
    };
    Ok((value, by_name))
}

/// WinHttpQueryHeadersEx's answer: the headers as name and value pairs,
/// all of them (WINHTTP_QUERY_EX_ALL_HEADERS) or the `index`th of one
/// name, and whether the index moves on. The start line, the raw forms
/// and the conversions are ERROR_INVALID_PARAMETER (the
/// WinHttpQueryHeadersEx page); so, by the same rule, is the method.
pub fn entries(
    msg: &Message<'_>,
    level: u32,
    name: Option<&str>,
    index: u32,
) -> Win32Result<(Vec<(String, String)>, bool)> {
    let id = level & 0xFFFF;
    if CONVERSIONS.iter().any(|f| level & f != 0) {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let name = match id {
        wh::WINHTTP_QUERY_EX_ALL_HEADERS => {
            let all = msg
                .headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            return Ok((all, false));
        }
        wh::WINHTTP_QUERY_CUSTOM => name.ok_or(Win32Error::INVALID_PARAMETER)?,
        _ => query_name(id).ok_or(Win32Error::INVALID_PARAMETER)?,
    };
    let (stored, value) = msg
        .headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
        .nth(index as usize)
        .ok_or(Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND))?;
    Ok((vec![(stored.to_string(), value.to_string())], true))
}

/// The leading decimal digits of `text` (after white space), as a number.
/// Decision: text without digits, or a number too large, is
/// ERROR_WINHTTP_INVALID_QUERY_REQUEST.
fn leading_number(text: &str) -> Win32Result<u64> {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text[..end]
        .parse()
        .map_err(|_| Win32Error(wh::ERROR_WINHTTP_INVALID_QUERY_REQUEST))
}

fn convert(text: &str, flag: u32) -> Win32Result<Converted> {
    Ok(match flag {
        wh::WINHTTP_QUERY_FLAG_NUMBER => Converted::Number(
            u32::try_from(leading_number(text)?)
                .map_err(|_| Win32Error(wh::ERROR_WINHTTP_INVALID_QUERY_REQUEST))?,
        ),
        wh::WINHTTP_QUERY_FLAG_NUMBER64 => Converted::Number64(leading_number(text)?),
        _ => Converted::Time(crate::time::parse(text)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(headers: &Headers) -> Message<'_> {
        Message {
            headers,
            start_line: "POST /x HTTP/1.1".into(),
            status: None,
            verb: "POST",
        }
    }

    fn text(v: Win32Result<(HeaderValue, bool)>) -> (String, bool) {
        match v {
            Ok((HeaderValue::Text(t), by_name)) => (t, by_name),
            _ => panic!("not text"),
        }
    }

    fn sample() -> Headers {
        let mut h = Headers::default();
        h.apply_block(
            "Accept: */*\r\nContent-Length: 42\r\nWarning: a\r\nwarning: b\r\n\
             Date: Mon, 28 Jul 2008 10:05:52 GMT\r\nBig: 99999999999",
            wh::WINHTTP_ADDREQ_FLAG_ADD,
        )
        .unwrap();
        h
    }

    #[test]
    fn by_level_name_and_index() {
        let h = sample();
        let m = request(&h);
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_ACCEPT, None, 0)),
            ("*/*".into(), true)
        );
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_WARNING, None, 1)),
            ("b".into(), true)
        );
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_CUSTOM, Some("WARNING"), 0)).0,
            "a"
        );
        let not_found = Win32Error(wh::ERROR_WINHTTP_HEADER_NOT_FOUND);
        for (level, index) in [
            (wh::WINHTTP_QUERY_WARNING, 2),
            (wh::WINHTTP_QUERY_USER_AGENT, 0),
            (wh::WINHTTP_QUERY_STATUS_CODE, 0),
            (71, 0),
        ] {
            assert!(matches!(query(&m, level, None, index), Err(e) if e == not_found));
        }
        assert!(matches!(
            query(&m, wh::WINHTTP_QUERY_CUSTOM, None, 0),
            Err(Win32Error::INVALID_PARAMETER)
        ));
        assert!(matches!(
            query(&m, wh::WINHTTP_QUERY_MAX + 1, None, 0),
            Err(Win32Error::INVALID_PARAMETER)
        ));
    }

    #[test]
    fn raw_headers_and_method() {
        let mut h = Headers::default();
        h.push("A", "1");
        let m = request(&h);
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_RAW_HEADERS_CRLF, None, 0)),
            ("POST /x HTTP/1.1\r\nA: 1\r\n\r\n".into(), false)
        );
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_RAW_HEADERS, None, 0)).0,
            "POST /x HTTP/1.1\0A: 1\0"
        );
        assert_eq!(
            text(query(&m, wh::WINHTTP_QUERY_REQUEST_METHOD, None, 0)).0,
            "POST"
        );
    }

    #[test]
    fn conversions() {
        let h = sample();
        let m = request(&h);
        let number = |level| match query(&m, level, None, 0) {
            Ok((HeaderValue::Converted(c), _)) => c,
            _ => panic!("not converted"),
        };
        assert!(matches!(
            number(wh::WINHTTP_QUERY_CONTENT_LENGTH | wh::WINHTTP_QUERY_FLAG_NUMBER),
            Converted::Number(42)
        ));
        assert!(matches!(
            number(wh::WINHTTP_QUERY_CONTENT_LENGTH | wh::WINHTTP_QUERY_FLAG_NUMBER64),
            Converted::Number64(42)
        ));
        let Converted::Time(t) = number(wh::WINHTTP_QUERY_DATE | wh::WINHTTP_QUERY_FLAG_SYSTEMTIME)
        else {
            panic!("not a time")
        };
        assert_eq!((t.wYear, t.wMonth, t.wDay, t.wHour), (2008, 7, 28, 10));
        let bad = Win32Error(wh::ERROR_WINHTTP_INVALID_QUERY_REQUEST);
        let big = query(
            &m,
            wh::WINHTTP_QUERY_CUSTOM | wh::WINHTTP_QUERY_FLAG_NUMBER,
            Some("Big"),
            0,
        );
        assert!(matches!(big, Err(e) if e == bad));
        let big = query(
            &m,
            wh::WINHTTP_QUERY_CUSTOM | wh::WINHTTP_QUERY_FLAG_NUMBER64,
            Some("Big"),
            0,
        );
        assert!(matches!(
            big,
            Ok((
                HeaderValue::Converted(Converted::Number64(99999999999)),
                true
            ))
        ));
        assert!(matches!(
            query(
                &m,
                wh::WINHTTP_QUERY_ACCEPT | wh::WINHTTP_QUERY_FLAG_NUMBER,
                None,
                0
            ),
            Err(e) if e == bad
        ));
        assert!(matches!(
            query(
                &m,
                wh::WINHTTP_QUERY_CONTENT_LENGTH
                    | wh::WINHTTP_QUERY_FLAG_NUMBER
                    | wh::WINHTTP_QUERY_FLAG_NUMBER64,
                None,
                0
            ),
            Err(Win32Error::INVALID_PARAMETER)
        ));
    }

    #[test]
    fn extended_entries() {
        let h = sample();
        let m = request(&h);
        let (all, by_name) = entries(&m, wh::WINHTTP_QUERY_EX_ALL_HEADERS, None, 0).unwrap();
        assert_eq!((all.len(), by_name), (h.len(), false));
        let (one, by_name) = entries(&m, wh::WINHTTP_QUERY_CUSTOM, Some("WARNING"), 1).unwrap();
        assert_eq!((one, by_name), (vec![("warning".into(), "b".into())], true));
        for level in [
            wh::WINHTTP_QUERY_STATUS_CODE,
            wh::WINHTTP_QUERY_RAW_HEADERS_CRLF,
            wh::WINHTTP_QUERY_CONTENT_LENGTH | wh::WINHTTP_QUERY_FLAG_NUMBER,
        ] {
            assert!(matches!(
                entries(&m, level, None, 0),
                Err(Win32Error::INVALID_PARAMETER)
            ));
        }
    }

    #[test]
    fn byte_forms() {
        let (bytes, reported) = HeaderValue::Text("test1".into()).to_bytes(true);
        assert_eq!((bytes.len(), reported), (12, 10));
        let (bytes, reported) = HeaderValue::Text("ab".into()).to_bytes(false);
        assert_eq!((bytes, reported), (b"ab\0".to_vec(), 2));
        let (bytes, reported) = HeaderValue::Converted(Converted::Number(7)).to_bytes(true);
        assert_eq!((bytes, reported), (7u32.to_ne_bytes().to_vec(), 4));
    }
}
