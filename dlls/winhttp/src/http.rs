//! HTTP/1.1 for the upgrade: the request head, the response head, and the
//! body of a response that refused the upgrade (WinHttpReadData).

use base64::Engine;
use sha1::{Digest, Sha1};
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

pub use crate::headers::Headers;

/// RFC 6455 §1.3.
const WEBSOCKET_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/// A fresh Sec-WebSocket-Key: 16 random bytes, base64.
pub fn new_key() -> Win32Result<String> {
    let mut raw = [0u8; 16];
    getrandom::fill(&mut raw).map_err(|_| Win32Error::INTERNAL_ERROR)?;
    Ok(base64::engine::general_purpose::STANDARD.encode(raw))
}

/// The Sec-WebSocket-Accept a server must answer `key` with.
pub fn accept_for(key: &str) -> String {
    let mut h = Sha1::new();
    h.update(key.as_bytes());
    h.update(WEBSOCKET_GUID.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(h.finalize())
}

/// Whether `response` names the WebSocket protocol in Upgrade \[RFC 6455
/// 4.1, the client's checks of the server's handshake\].
pub fn upgrades_to_websocket(response: &Response) -> bool {
    response
        .headers
        .get("Upgrade")
        .is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
}

/// Whether `response` completes the opening handshake whose key gives
/// `accept`: a 101 that upgrades to WebSocket with that
/// Sec-WebSocket-Accept \[RFC 6455 4.1\].
pub fn completes_handshake(response: &Response, accept: &str) -> bool {
    response.status == 101
        && upgrades_to_websocket(response)
        && response.headers.get("Sec-WebSocket-Accept") == Some(accept)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// "HTTP/1.1"
    pub version: String,
    pub status: u16,
    pub reason: String,
    pub headers: Headers,
}

impl Response {
    /// "HTTP/1.1 200 OK", the line before the headers.
    pub fn status_line(&self) -> String {
        format!("{} {} {}", self.version, self.status, self.reason)
    }
}

/// Parse a response head from the start of `buf`, at most `max_head`
/// bytes long: `Ok(None)` when incomplete, else the response and the
/// head's length. A longer head is ERROR_WINHTTP_HEADER_SIZE_OVERFLOW;
/// obsolete line folding is unfolded into spaces, as RFC 9112 §5.2 lets a
/// client do; differing Content-Length values are an invalid response
/// (RFC 9112 §6.3 item 5).
pub fn parse_response(
    buf: &[u8],
    max_head: usize,
) -> Result<Option<(Response, usize)>, Win32Error> {
    let bad = Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    let overflow = Win32Error(wh::ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);
    // One slot per line within the limit is enough for any head it allows.
    let window = &buf[..buf.len().min(max_head)];
    let lines = window.iter().filter(|&&b| b == b'\n').count() + 1;
    let mut slots = vec![httparse::EMPTY_HEADER; lines];
    let mut r = httparse::Response::new(&mut slots);
    // As lenient as Windows, whose parser takes `Name  :` and
    // `HTTP/1.1  200  OK` (Wine's test_bad_header and
    // test_connection_cache, on Windows).
    let parsed = httparse::ParserConfig::default()
        .allow_obsolete_multiline_headers_in_responses(true)
        .allow_spaces_after_header_name_in_responses(true)
        .allow_multiple_spaces_in_response_status_delimiters(true)
        .parse_response(&mut r, buf);
    let n = match parsed {
        Ok(httparse::Status::Complete(n)) if n <= max_head => n,
        Ok(httparse::Status::Complete(_)) => return Err(overflow),
        Ok(httparse::Status::Partial) if buf.len() >= max_head => return Err(overflow),
        Ok(httparse::Status::Partial) => return Ok(None),
        // More header lines than the limit's bytes hold.
        Err(httparse::Error::TooManyHeaders) => return Err(overflow),
        Err(_) => return Err(bad),
    };
    let headers: Vec<(String, String)> = r
        .headers
        .iter()
        .map(|h| (h.name.to_string(), unfold(h.value)))
        .collect();
    let mut lengths = headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("Content-Length"))
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim);
    if let Some(first) = lengths.next()
        && lengths.any(|other| other != first)
    {
        return Err(bad);
    }
    Ok(Some((
        Response {
            version: format!("HTTP/1.{}", r.version.unwrap_or(1)),
            status: r.code.ok_or(bad)?,
            reason: r.reason.unwrap_or("").to_string(),
            headers: Headers::new(headers),
        },
        n,
    )))
}

/// A header value with its obsolete folds (CRLF and the whitespace after
/// it) replaced by one space each, trimmed.
fn unfold(value: &[u8]) -> String {
    let text = String::from_utf8_lossy(value);
    if !text.contains('\n') {
        return text.trim().to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split("\r\n");
    if let Some(first) = lines.next() {
        out.push_str(first.trim_end());
    }
    for line in lines {
        out.push(' ');
        out.push_str(line.trim());
    }
    out.trim().to_string()
}

/// How the body of a response ends.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Length(u64),
    /// Chunked: bytes left in the current chunk, or `None` before a size line.
    Chunked(Option<u64>),
    UntilClose,
    Done,
}

impl Body {
    pub fn of(verb: &str, r: &Response) -> Body {
        if verb.eq_ignore_ascii_case("HEAD")
            || r.status == 101
            || r.status == 204
            || r.status == 304
        {
            return Body::Done;
        }
        if r.headers
            .get("Transfer-Encoding")
            .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"))
        {
            return Body::Chunked(None);
        }
        match r.headers.get("Content-Length").and_then(|v| v.parse().ok()) {
            Some(0) => Body::Done,
            Some(n) => Body::Length(n),
            None => Body::UntilClose,
        }
    }
}

/// Move body bytes from `buf` (raw bytes off the wire, consumed as used)
/// into `out`, advancing `body`. Stops when `buf` holds no more usable
/// input or the body is done.
pub fn take_body(body: &mut Body, buf: &mut Vec<u8>, out: &mut Vec<u8>) -> Win32Result<()> {
    loop {
        match body {
            Body::Done => return Ok(()),
            Body::UntilClose => {
                out.append(buf);
                return Ok(());
            }
            // All of the input is body and nothing waits: hand the buffer
            // over rather than copy it.
            Body::Length(left) if out.is_empty() && buf.len() as u64 <= *left => {
                *left -= buf.len() as u64;
                std::mem::swap(out, buf);
                if *left == 0 {
                    *body = Body::Done;
                }
                return Ok(());
            }
            Body::Length(left) => {
                let n = (*left).min(buf.len() as u64) as usize;
                out.extend_from_slice(&buf[..n]);
                buf.drain(..n);
                *left -= n as u64;
                if *left == 0 {
                    *body = Body::Done;
                }
                return Ok(());
            }
            Body::Chunked(Some(0)) => {
                // The CRLF after a chunk's data.
                if buf.len() < 2 {
                    return Ok(());
                }
                buf.drain(..2);
                *body = Body::Chunked(None);
            }
            Body::Chunked(Some(left)) => {
                if buf.is_empty() {
                    return Ok(());
                }
                let n = (*left).min(buf.len() as u64) as usize;
                out.extend(buf.drain(..n));
                *left -= n as u64;
            }
            Body::Chunked(None) => {
                let Some(end) = buf.windows(2).position(|w| w == b"\r\n") else {
                    return Ok(());
                };
                let line = String::from_utf8_lossy(&buf[..end]).to_string();
                let size = u64::from_str_radix(line.split(';').next().unwrap_or("").trim(), 16)
                    .map_err(|e| match e.kind() {
                        std::num::IntErrorKind::PosOverflow => {
                            Win32Error(wh::ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW)
                        }
                        _ => Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE),
                    })?;
                buf.drain(..end + 2);
                if size == 0 {
                    // Trailers are not kept; the body ends here.
                    buf.clear();
                    *body = Body::Done;
                } else {
                    *body = Body::Chunked(Some(size));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_matches_rfc_example() {
        assert_eq!(
            accept_for("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
        assert_eq!(new_key().unwrap().len(), 24);
    }

    #[test]
    fn response_head_and_leftover() {
        let raw = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n\x81\x02hi";
        let (r, n) = parse_response(raw, 65536).unwrap().unwrap();
        assert_eq!(
            (r.status, r.headers.get("upgrade")),
            (101, Some("websocket"))
        );
        assert_eq!(&raw[n..], b"\x81\x02hi");
        assert_eq!(parse_response(&raw[..20], 65536).unwrap(), None);
        assert!(parse_response(b"garbage\r\n\r\n", 65536).is_err());
    }

    #[test]
    fn malformed_heads() {
        let code = |raw: &[u8], max| parse_response(raw, max).map(|_| ()).unwrap_err().0;
        let two = b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n";
        assert_eq!(code(two, 1024), wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
        let same = b"HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\n\r\nabc";
        assert!(parse_response(same, 1024).unwrap().is_some());
        let big = b"HTTP/1.1 200 OK\r\nX: 0123456789\r\n\r\n";
        assert_eq!(code(big, 20), wh::ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);
        assert_eq!(code(&big[..25], 20), wh::ERROR_WINHTTP_HEADER_SIZE_OVERFLOW);
        assert_eq!(parse_response(&big[..25], 1024).unwrap(), None);
        let folded = b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n   b\r\n\tc\r\n\r\n";
        let (r, _) = parse_response(folded, 1024).unwrap().unwrap();
        assert_eq!(r.headers.get("x-folded"), Some("a b c"));
    }

    #[test]
    fn chunk_size_errors() {
        let code = |wire: &[u8]| {
            let mut buf = wire.to_vec();
            take_body(&mut Body::Chunked(None), &mut buf, &mut Vec::new())
                .unwrap_err()
                .0
        };
        assert_eq!(
            code(b"1ffffffffffffffff\r\n"),
            wh::ERROR_WINHTTP_CHUNKED_ENCODING_HEADER_SIZE_OVERFLOW
        );
        assert_eq!(code(b"zz\r\n"), wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    }

    #[test]
    fn chunked_and_length_bodies() {
        let mut body = Body::Chunked(None);
        let mut out = Vec::new();
        let wire = b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n";
        let mut buf = Vec::new();
        for b in wire {
            buf.push(*b);
            take_body(&mut body, &mut buf, &mut out).unwrap();
        }
        assert_eq!(out, b"hello world");
        assert_eq!(body, Body::Done);
        let mut body = Body::Length(3);
        let mut buf = b"abcdef".to_vec();
        let mut out = Vec::new();
        take_body(&mut body, &mut buf, &mut out).unwrap();
        assert_eq!((out.as_slice(), body), (&b"abc"[..], Body::Done));
    }
}
