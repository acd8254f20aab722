//! A WebSocket client in one call, over the same objects the C ABI uses:
//! session, connection, request, upgrade.

use std::sync::Arc;

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::api::{Connection, Session};
use crate::query::{Converted, HeaderValue};
use crate::request::Request;
use crate::websocket::WebSocket;

/// The parts of a ws:// or wss:// URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub secure: bool,
    pub host: String,
    pub port: u16,
    pub path: String,
}

impl Url {
    pub fn parse(url: &str) -> Win32Result<Url> {
        let bad = Win32Error(wh::ERROR_WINHTTP_INVALID_URL);
        let (secure, rest) = if let Some(r) = url.strip_prefix("ws://") {
            (false, r)
        } else if let Some(r) = url.strip_prefix("wss://") {
            (true, r)
        } else {
            return Err(Win32Error(wh::ERROR_WINHTTP_UNRECOGNIZED_SCHEME));
        };
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], rest[i..].to_string()),
            None => (rest, "/".to_string()),
        };
        let path = if path.starts_with('?') {
            format!("/{path}")
        } else {
            path
        };
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (h, after) = v6.split_once(']').ok_or(bad)?;
            (h, after.strip_prefix(':'))
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (authority, None),
            }
        };
        let port = match port {
            Some(p) => p.parse::<u16>().map_err(|_| bad)?,
            None if secure => 443,
            None => 80,
        };
        if host.is_empty() {
            return Err(bad);
        }
        Ok(Url {
            secure,
            host: host.to_string(),
            port,
            path,
        })
    }
}

/// What a refused upgrade answered.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub status: u16,
    pub body: Vec<u8>,
}

/// Connect and upgrade. `Err(Ok(refused))` when the server answered with
/// something other than 101.
pub fn connect(url: &str, agent: &str) -> Result<Arc<WebSocket>, Result<Refused, Win32Error>> {
    let url = Url::parse(url).map_err(Err)?;
    let session = Arc::new(Session::new(agent, false, Default::default()));
    let conn = Arc::new(Connection::new(&session, &url.host, url.port).map_err(Err)?);
    let request = Arc::new(Request::new(
        &conn,
        "GET",
        &url.path,
        "",
        if url.secure {
            wh::WINHTTP_FLAG_SECURE
        } else {
            0
        },
    ));
    request.set_upgrade();
    request.send("", &[], 0).map_err(Err)?;
    request.receive_response().map_err(Err)?;
    match request.complete_upgrade(0) {
        Ok(ws) => Ok(ws),
        Err(e) if e.0 == wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE => {
            let status = match request.query_header(
                wh::WINHTTP_QUERY_STATUS_CODE | wh::WINHTTP_QUERY_FLAG_NUMBER,
                None,
                0,
            ) {
                Ok((HeaderValue::Converted(Converted::Number(n)), _)) => n as u16,
                _ => 0,
            };
            let mut body = Vec::new();
            let mut chunk = [0u8; 4096];
            while let Ok(n) = request.read(&mut chunk, false) {
                if n == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..n]);
            }
            Err(Ok(Refused { status, body }))
        }
        Err(e) => Err(Err(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let u = Url::parse("ws://127.0.0.1:9001/runCase?case=1").unwrap();
        assert_eq!(
            (u.secure, u.host.as_str(), u.port, u.path.as_str()),
            (false, "127.0.0.1", 9001, "/runCase?case=1")
        );
        let u = Url::parse("wss://example.org").unwrap();
        assert_eq!((u.secure, u.port, u.path.as_str()), (true, 443, "/"));
        let u = Url::parse("ws://[::1]:8080?x").unwrap();
        assert_eq!(
            (u.host.as_str(), u.port, u.path.as_str()),
            ("::1", 8080, "/?x")
        );
        assert!(Url::parse("http://x").is_err());
        assert!(Url::parse("ws://:80/").is_err());
        assert!(Url::parse("ws://h:99999/").is_err());
    }
}
