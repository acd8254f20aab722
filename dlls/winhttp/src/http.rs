//! HTTP/1.1 for the upgrade: the request head, the response head, and the
//! body of a response that refused the upgrade (WinHttpReadData).

use base64::Engine;
use sha1::{Digest, Sha1};
use win32::{Win32Error, Win32Result};

pub use crate::headers::Headers;

/// RFC 6455 §1.3.
const WEBSOCKET_GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
/// The longest response head we accept.
pub const MAX_HEAD: usize = 64 * 1024;

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

/// Parse a response head from the start of `buf`: `Ok(None)` when
/// incomplete, else the response and the head's length.
pub fn parse_response(buf: &[u8]) -> Result<Option<(Response, usize)>, Win32Error> {
    let mut slots = [httparse::EMPTY_HEADER; 128];
    let mut r = httparse::Response::new(&mut slots);
    let bad =
        Win32Error(windows_sys::Win32::Networking::WinHttp::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
    match r.parse(buf) {
        Ok(httparse::Status::Complete(n)) => {
            let headers = r
                .headers
                .iter()
                .map(|h| {
                    (
                        h.name.to_string(),
                        String::from_utf8_lossy(h.value).trim().to_string(),
                    )
                })
                .collect();
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
        Ok(httparse::Status::Partial) if buf.len() < MAX_HEAD => Ok(None),
        _ => Err(bad),
    }
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
            Body::Length(left) => {
                let n = (*left).min(buf.len() as u64) as usize;
                out.extend(buf.drain(..n));
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
                    .map_err(|_| Win32Error(windows_sys::Win32::Networking::WinHttp::ERROR_WINHTTP_INVALID_SERVER_RESPONSE))?;
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
        let (r, n) = parse_response(raw).unwrap().unwrap();
        assert_eq!(
            (r.status, r.headers.get("upgrade")),
            (101, Some("websocket"))
        );
        assert_eq!(&raw[n..], b"\x81\x02hi");
        assert_eq!(parse_response(&raw[..20]).unwrap(), None);
        assert!(parse_response(b"garbage\r\n\r\n").is_err());
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
