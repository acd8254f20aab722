//! The WinHTTP handle objects and what each call does to them.
//!
//! Session → Connection → Request → WebSocket, each behind a handle from
//! the shared table. Every handle has a [`Notify`]: its status callback,
//! notification mask and context, inherited from its parent when created.
//!
//! Async mode (WINHTTP_FLAG_ASYNC on the session), as CONFORMANCE.md B8
//! gives it: Send and Shutdown complete on the calling thread before
//! returning (WRITE_COMPLETE, SHUTDOWN_COMPLETE); Receive completes on a
//! worker thread (READ_COMPLETE); Close completes inline when the peer's
//! close frame is already here, else on a worker (CLOSE_COMPLETE). The
//! calls return NO_ERROR, not ERROR_IO_PENDING. The HTTP calls run on the
//! calling thread and deliver their notifications there before returning.
//! HANDLE_CLOSING is always a handle's last callback.

use std::ffi::c_void;
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::http::{self, Body, Headers, Response};
use crate::websocket::{BufferType, Timers, WebSocket};
use crate::wire::{ReadError, Wire};

fn werr(code: u32) -> Win32Error {
    Win32Error(code)
}

/// A status callback as C code registers it.
pub type StatusCallback = wh::WINHTTP_STATUS_CALLBACK;

/// A handle's callback, mask and context.
pub struct Notify {
    handle: OnceLock<usize>,
    callback: Mutex<(StatusCallback, u32)>,
    context: AtomicUsize,
}

impl Notify {
    fn root() -> Notify {
        Notify {
            handle: OnceLock::new(),
            callback: Mutex::new((None, 0)),
            context: AtomicUsize::new(0),
        }
    }

    fn inherit(parent: &Notify, context: usize) -> Notify {
        Notify {
            handle: OnceLock::new(),
            callback: Mutex::new(*lock(&parent.callback)),
            context: AtomicUsize::new(context),
        }
    }

    /// Record the handle value callbacks report.
    pub fn bind(&self, handle: usize) {
        let _ = self.handle.set(handle);
    }

    /// WinHttpSetStatusCallback: returns the previous callback.
    pub fn set_callback(&self, callback: StatusCallback, mask: u32) -> StatusCallback {
        std::mem::replace(&mut *lock(&self.callback), (callback, mask)).0
    }

    pub fn context(&self) -> usize {
        self.context.load(Ordering::SeqCst)
    }

    pub fn set_context(&self, v: usize) {
        self.context.store(v, Ordering::SeqCst);
    }

    /// Deliver one notification if the mask asks for it. No lock is held
    /// while the callback runs.
    pub(crate) fn send(&self, status: u32, info: *mut c_void, len: u32) {
        let (callback, mask) = *lock(&self.callback);
        if let Some(f) = callback
            && mask & status != 0
        {
            let h = self.handle.get().copied().unwrap_or(0);
            // SAFETY: the application registered this function for exactly
            // this signature; `info` is valid for `len` bytes for the call.
            unsafe { f(h as *mut c_void, self.context(), status, info, len) };
        }
    }

    pub(crate) fn send_value<T>(&self, status: u32, mut value: T) {
        self.send(status, (&mut value as *mut T).cast(), size_of::<T>() as u32);
    }

    /// HANDLE_CREATED or HANDLE_CLOSING, which carry the handle itself.
    pub(crate) fn send_handle(&self, status: u32) {
        let h = self.handle.get().copied().unwrap_or(0) as *mut c_void;
        self.send_value(status, h);
    }
}

/// Options a session hands to its requests.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub receive_buffer: u32,
    pub send_buffer: u32,
    pub resolve_ms: i32,
    pub connect_ms: i32,
    pub send_ms: i32,
    pub receive_ms: i32,
    pub security_flags: u32,
}

impl Default for Options {
    fn default() -> Self {
        // WinHttpSetTimeouts defaults and the WebSocket buffer sizes [12, 62].
        Options {
            receive_buffer: 32768,
            send_buffer: 32768,
            resolve_ms: 0,
            connect_ms: 60_000,
            send_ms: 30_000,
            receive_ms: 30_000,
            security_flags: 0,
        }
    }
}

fn timeout(ms: i32) -> Option<Duration> {
    (ms > 0).then(|| Duration::from_millis(ms as u64))
}

impl Options {
    /// WinHttpSetTimeouts: 0 and -1 mean infinite, other negatives are
    /// invalid.
    pub fn set_timeouts(
        &mut self,
        resolve: i32,
        connect: i32,
        send: i32,
        receive: i32,
    ) -> Win32Result<()> {
        if [resolve, connect, send, receive].iter().any(|&t| t < -1) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        (
            self.resolve_ms,
            self.connect_ms,
            self.send_ms,
            self.receive_ms,
        ) = (resolve, connect, send, receive);
        Ok(())
    }
}

pub struct Session {
    pub notify: Notify,
    pub agent: String,
    pub async_mode: bool,
    pub options: Mutex<Options>,
}

impl Session {
    pub fn new(agent: &str, async_mode: bool) -> Session {
        Session {
            notify: Notify::root(),
            agent: agent.to_string(),
            async_mode,
            options: Mutex::default(),
        }
    }
}

pub struct Connection {
    pub notify: Notify,
    pub session: Arc<Session>,
    pub host: String,
    pub port: u16,
}

impl Connection {
    pub fn new(session: &Arc<Session>, host: &str, port: u16) -> Win32Result<Connection> {
        if host.is_empty() || host.contains(['/', ' ']) {
            return Err(werr(wh::ERROR_WINHTTP_INVALID_URL));
        }
        Ok(Connection {
            notify: Notify::inherit(&session.notify, session.notify.context()),
            session: Arc::clone(session),
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string(),
            port,
        })
    }
}

#[derive(Default)]
struct RequestState {
    headers: Headers,
    upgrade: bool,
    key: Option<String>,
    sent: Option<Headers>,
    wire: Option<Wire>,
    raw: Vec<u8>,
    response: Option<Response>,
    body: Option<Body>,
    body_ready: Vec<u8>,
    upgraded: bool,
}

pub struct Request {
    pub notify: Notify,
    pub session: Arc<Session>,
    host: String,
    port: u16,
    verb: String,
    path: String,
    version: String,
    secure: bool,
    pub options: Mutex<Options>,
    state: Mutex<RequestState>,
}

/// An answer from WinHttpQueryHeaders.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderValue {
    Text(String),
    Number(u32),
}

/// Standard header names by WINHTTP_QUERY_* id.
fn query_name(id: u32) -> Option<&'static str> {
    Some(match id {
        wh::WINHTTP_QUERY_CONTENT_TYPE => "Content-Type",
        wh::WINHTTP_QUERY_CONTENT_LENGTH => "Content-Length",
        wh::WINHTTP_QUERY_DATE => "Date",
        wh::WINHTTP_QUERY_CONNECTION => "Connection",
        wh::WINHTTP_QUERY_CONTENT_ENCODING => "Content-Encoding",
        wh::WINHTTP_QUERY_LOCATION => "Location",
        wh::WINHTTP_QUERY_SERVER => "Server",
        wh::WINHTTP_QUERY_USER_AGENT => "User-Agent",
        wh::WINHTTP_QUERY_WWW_AUTHENTICATE => "WWW-Authenticate",
        wh::WINHTTP_QUERY_SET_COOKIE => "Set-Cookie",
        wh::WINHTTP_QUERY_HOST => "Host",
        wh::WINHTTP_QUERY_TRANSFER_ENCODING => "Transfer-Encoding",
        wh::WINHTTP_QUERY_UPGRADE => "Upgrade",
        _ => return None,
    })
}

impl Request {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        conn: &Arc<Connection>,
        verb: &str,
        path: &str,
        version: &str,
        secure: bool,
    ) -> Request {
        let options = *lock(&conn.session.options);
        let default_port = if secure { 443 } else { 80 };
        Request {
            notify: Notify::inherit(&conn.notify, conn.notify.context()),
            session: Arc::clone(&conn.session),
            host: conn.host.clone(),
            port: if conn.port == 0 {
                default_port
            } else {
                conn.port
            },
            verb: if verb.is_empty() {
                "GET".into()
            } else {
                verb.to_string()
            },
            path: if path.is_empty() {
                "/".into()
            } else {
                path.to_string()
            },
            version: if version.is_empty() {
                "HTTP/1.1".into()
            } else {
                version.to_string()
            },
            secure,
            options: Mutex::new(options),
            state: Mutex::default(),
        }
    }

    pub fn set_upgrade(&self) {
        lock(&self.state).upgrade = true;
    }

    /// WinHttpAddRequestHeaders.
    pub fn add_headers(&self, text: &str, modifiers: u32) -> Win32Result<()> {
        let lines = http::parse_header_lines(text)?;
        let mut st = lock(&self.state);
        for (name, value) in lines {
            if modifiers & wh::WINHTTP_ADDREQ_FLAG_REPLACE != 0 {
                st.headers.remove(&name);
                if !value.is_empty() {
                    st.headers.set(&name, &value, false);
                }
            } else if modifiers & wh::WINHTTP_ADDREQ_FLAG_ADD_IF_NEW != 0
                && st.headers.get(&name).is_some()
            {
                return Err(werr(wh::ERROR_WINHTTP_HEADER_ALREADY_EXISTS));
            } else {
                st.headers.set(&name, &value, false);
            }
        }
        Ok(())
    }

    fn connect(&self, opts: &Options) -> Win32Result<TcpStream> {
        let addrs: Vec<_> = (self.host.as_str(), self.port)
            .to_socket_addrs()
            .map_err(|_| werr(wh::ERROR_WINHTTP_NAME_NOT_RESOLVED))?
            .collect();
        self.notify.send(
            wh::WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER,
            std::ptr::null_mut(),
            0,
        );
        let mut last = werr(wh::ERROR_WINHTTP_CANNOT_CONNECT);
        for addr in addrs {
            let attempt = match timeout(opts.connect_ms) {
                Some(t) => TcpStream::connect_timeout(&addr, t),
                None => TcpStream::connect(addr),
            };
            match attempt {
                Ok(s) => {
                    self.notify.send(
                        wh::WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
                        std::ptr::null_mut(),
                        0,
                    );
                    s.set_write_timeout(timeout(opts.send_ms))
                        .map_err(Win32Error::from)?;
                    return Ok(s);
                }
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                    last = werr(wh::ERROR_WINHTTP_TIMEOUT)
                }
                Err(_) => last = werr(wh::ERROR_WINHTTP_CANNOT_CONNECT),
            }
        }
        Err(last)
    }

    /// TLS on a new connection; any failure is ERROR_WINHTTP_SECURE_FAILURE.
    fn handshake(&self, stream: TcpStream, opts: &Options) -> Win32Result<Wire> {
        let secure_failure = werr(wh::ERROR_WINHTTP_SECURE_FAILURE);
        let config = crate::tls::client_config(opts.security_flags).map_err(|_| secure_failure)?;
        let name = rustls::pki_types::ServerName::try_from(self.host.clone())
            .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_URL))?;
        let conn = rustls::ClientConnection::new(config, name).map_err(|_| secure_failure)?;
        Wire::new_tls(stream, conn, timeout(opts.receive_ms)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::WouldBlock
                || e.kind() == std::io::ErrorKind::TimedOut
            {
                werr(wh::ERROR_WINHTTP_TIMEOUT)
            } else {
                secure_failure
            }
        })
    }

    /// WinHttpSendRequest: connect and send the head (and `data`). With the
    /// upgrade option, the WebSocket headers are added now [2, 3].
    pub fn send(&self, extra: &str, data: &[u8], total: u32) -> Win32Result<()> {
        let opts = *lock(&self.options);
        // A send buffer under 16 bytes cannot hold the request [16].
        if opts.send_buffer < 16 {
            return Err(Win32Error::NOT_ENOUGH_MEMORY);
        }
        if !extra.is_empty() {
            self.add_headers(extra, wh::WINHTTP_ADDREQ_FLAG_ADD)?;
        }
        let mut headers = Headers::default();
        let default_port = if self.secure { 443 } else { 80 };
        let host = if self.host.contains(':') {
            format!("[{}]", self.host)
        } else {
            self.host.clone()
        };
        let host = if self.port == default_port {
            host
        } else {
            format!("{host}:{}", self.port)
        };
        headers.set("Host", &host, true);
        if !self.session.agent.is_empty() {
            headers.set("User-Agent", &self.session.agent, true);
        }
        let (upgrade, user) = {
            let st = lock(&self.state);
            (st.upgrade, st.headers.clone())
        };
        for (n, v) in &user.0 {
            headers.set(n, v, true);
        }
        let key = if upgrade {
            let key = http::new_key()?;
            headers.set("Upgrade", "websocket", true);
            headers.set("Connection", "Upgrade", true);
            headers.set("Sec-WebSocket-Key", &key, true);
            headers.set("Sec-WebSocket-Version", "13", true);
            Some(key)
        } else {
            None
        };
        let length = (data.len() as u32).max(total);
        if length > 0 && headers.get("Content-Length").is_none() {
            headers.set("Content-Length", &length.to_string(), true);
        }
        let stream = self.connect(&opts)?;
        let wire = if self.secure {
            self.handshake(stream, &opts)?
        } else {
            Wire::new(stream).map_err(Win32Error::from)?
        };
        let head = http::request_head(&self.verb, &self.path, &self.version, &headers);
        self.notify.send(
            wh::WINHTTP_CALLBACK_STATUS_SENDING_REQUEST,
            std::ptr::null_mut(),
            0,
        );
        let mut out = head.into_bytes();
        out.extend_from_slice(data);
        wire.write_all(&out)
            .map_err(|_| werr(wh::ERROR_WINHTTP_CONNECTION_ERROR))?;
        self.notify
            .send_value(wh::WINHTTP_CALLBACK_STATUS_REQUEST_SENT, out.len() as u32);
        {
            let mut st = lock(&self.state);
            st.key = key;
            st.sent = Some(headers);
            st.wire = Some(wire);
            st.raw.clear();
            st.response = None;
            st.body = None;
            st.body_ready.clear();
            st.upgraded = false;
        }
        if self.session.async_mode {
            self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE,
                std::ptr::null_mut(),
                0,
            );
        }
        Ok(())
    }

    fn read_more(&self, st: &mut RequestState, receive_ms: i32) -> Win32Result<usize> {
        let wire = st
            .wire
            .as_ref()
            .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
        let mut chunk = [0u8; 16 * 1024];
        match wire.read(&mut chunk, timeout(receive_ms)) {
            Ok(n) => {
                st.raw.extend_from_slice(&chunk[..n]);
                Ok(n)
            }
            Err(ReadError::TimedOut) => Err(werr(wh::ERROR_WINHTTP_TIMEOUT)),
            Err(ReadError::Woken) => Err(werr(wh::ERROR_WINHTTP_OPERATION_CANCELLED)),
            Err(ReadError::Io(_)) => Err(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR)),
        }
    }

    /// WinHttpReceiveResponse: read the response head.
    pub fn receive_response(&self) -> Win32Result<()> {
        let receive_ms = lock(&self.options).receive_ms;
        self.notify.send(
            wh::WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
            std::ptr::null_mut(),
            0,
        );
        let mut st = lock(&self.state);
        if st.sent.is_none() || st.response.is_some() {
            return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
        }
        let (response, used) = loop {
            if let Some(done) = http::parse_response(&st.raw)? {
                break done;
            }
            if self.read_more(&mut st, receive_ms)? == 0 {
                return Err(werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
            }
        };
        st.raw.drain(..used);
        let upgrading = response.status == 101 && st.upgrade;
        st.body = Some(if upgrading {
            Body::Done
        } else {
            Body::of(&self.verb, &response)
        });
        st.response = Some(response);
        drop(st);
        self.notify
            .send_value(wh::WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED, used as u32);
        if self.session.async_mode {
            self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE,
                std::ptr::null_mut(),
                0,
            );
        }
        Ok(())
    }

    /// WinHttpQueryHeaders for one info level (and custom name).
    pub fn query_header(
        &self,
        level: u32,
        name: Option<&str>,
        index: u32,
    ) -> Win32Result<HeaderValue> {
        let st = lock(&self.state);
        let id = level & 0xFFFF;
        let number = level & wh::WINHTTP_QUERY_FLAG_NUMBER != 0;
        let headers = if level & wh::WINHTTP_QUERY_FLAG_REQUEST_HEADERS != 0 {
            st.sent.as_ref().unwrap_or(&st.headers)
        } else {
            &st.response
                .as_ref()
                .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?
                .headers
        };
        let text = match (id, st.response.as_ref()) {
            (wh::WINHTTP_QUERY_STATUS_CODE, Some(r))
                if level & wh::WINHTTP_QUERY_FLAG_REQUEST_HEADERS == 0 =>
            {
                r.status.to_string()
            }
            (wh::WINHTTP_QUERY_STATUS_TEXT, Some(r)) => r.reason.clone(),
            (wh::WINHTTP_QUERY_VERSION, Some(r)) => r.version.clone(),
            (wh::WINHTTP_QUERY_RAW_HEADERS_CRLF, Some(r)) => r.raw_crlf(),
            (wh::WINHTTP_QUERY_RAW_HEADERS, Some(r)) => r.raw_crlf().replace("\r\n", "\0"),
            _ => {
                let name = if id == wh::WINHTTP_QUERY_CUSTOM {
                    name.ok_or(Win32Error::INVALID_PARAMETER)?
                } else {
                    query_name(id).ok_or(werr(wh::ERROR_WINHTTP_HEADER_NOT_FOUND))?
                };
                headers
                    .0
                    .iter()
                    .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                    .nth(index as usize)
                    .map(|(_, v)| v.clone())
                    .ok_or(werr(wh::ERROR_WINHTTP_HEADER_NOT_FOUND))?
            }
        };
        if number {
            return text
                .trim()
                .parse()
                .map(HeaderValue::Number)
                .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_QUERY_REQUEST));
        }
        Ok(HeaderValue::Text(text))
    }

    /// Body bytes ready to read, reading from the connection if none are.
    pub fn data_available(&self) -> Win32Result<u32> {
        let receive_ms = lock(&self.options).receive_ms;
        let mut guard = lock(&self.state);
        let st = &mut *guard;
        loop {
            let body = st
                .body
                .as_mut()
                .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
            http::take_body(body, &mut st.raw, &mut st.body_ready)?;
            let (done, until_close) = (*body == Body::Done, *body == Body::UntilClose);
            if !st.body_ready.is_empty() || done || st.upgraded {
                return Ok(st.body_ready.len() as u32);
            }
            if self.read_more(st, receive_ms)? == 0 {
                if until_close {
                    st.body = Some(Body::Done);
                    return Ok(0);
                }
                return Err(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
            }
        }
    }

    /// WinHttpReadData.
    pub fn read(&self, out: &mut [u8]) -> Win32Result<usize> {
        if lock(&self.state).body_ready.is_empty() {
            self.data_available()?;
        }
        let mut st = lock(&self.state);
        let n = out.len().min(st.body_ready.len());
        out[..n].copy_from_slice(&st.body_ready[..n]);
        st.body_ready.drain(..n);
        Ok(n)
    }

    /// WinHttpWebSocketCompleteUpgrade: the 101 response's connection
    /// becomes a WebSocket [5, 10, 11].
    pub fn complete_upgrade(&self) -> Win32Result<Arc<WebSocket>> {
        let mut st = lock(&self.state);
        let response = st
            .response
            .as_ref()
            .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
        if response.status != 101 || !st.upgrade || st.upgraded {
            return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
        }
        let expected = st.key.as_deref().map(http::accept_for);
        let accepted = response.headers.get("Sec-WebSocket-Accept");
        let upgrade_ok = response
            .headers
            .get("Upgrade")
            .is_some_and(|u| u.eq_ignore_ascii_case("websocket"));
        if expected.as_deref() != accepted || !upgrade_ok {
            return Err(werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
        }
        let wire = st
            .wire
            .take()
            .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
        let leftover = std::mem::take(&mut st.raw);
        st.upgraded = true;
        Ok(Arc::new(WebSocket::new(wire, leftover, Timers::default())))
    }
}

/// Which WebSocket operation an async result is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Send,
    Receive,
    Close,
    Shutdown,
}

impl Operation {
    fn raw(self) -> i32 {
        match self {
            Operation::Send => wh::WINHTTP_WEB_SOCKET_SEND_OPERATION,
            Operation::Receive => wh::WINHTTP_WEB_SOCKET_RECEIVE_OPERATION,
            Operation::Close => wh::WINHTTP_WEB_SOCKET_CLOSE_OPERATION,
            Operation::Shutdown => wh::WINHTTP_WEB_SOCKET_SHUTDOWN_OPERATION,
        }
    }
}

#[derive(Default)]
struct Pending {
    in_flight: u32,
    closing: bool,
    closing_sent: bool,
}

/// A WebSocket handle.
pub struct Socket {
    pub notify: Notify,
    pub ws: Arc<WebSocket>,
    pub async_mode: bool,
    pending: Mutex<Pending>,
    /// Signalled each time a worker finishes.
    settled: Condvar,
}

/// A buffer the application lends an async Receive until it completes.
struct Lent(*mut u8, usize);
// SAFETY: the application keeps the buffer alive and untouched until the
// operation completes, as WinHTTP's contract requires.
unsafe impl Send for Lent {}

impl Socket {
    pub fn new(request: &Request, ws: Arc<WebSocket>, context: usize) -> Socket {
        Socket {
            notify: Notify::inherit(&request.notify, context),
            ws,
            async_mode: request.session.async_mode,
            pending: Mutex::default(),
            settled: Condvar::new(),
        }
    }

    fn error(&self, op: Operation, e: Win32Error) {
        let result = wh::WINHTTP_WEB_SOCKET_ASYNC_RESULT {
            AsyncResult: wh::WINHTTP_ASYNC_RESULT {
                dwResult: if op == Operation::Send || op == Operation::Shutdown {
                    wh::API_WRITE_DATA as usize
                } else {
                    0
                },
                dwError: e.0,
            },
            Operation: op.raw(),
        };
        self.notify
            .send_value(wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, result);
    }

    fn status(&self, status: u32, bytes: usize, kind: BufferType) {
        self.notify.send_value(
            status,
            wh::WINHTTP_WEB_SOCKET_STATUS {
                dwBytesTransferred: bytes as u32,
                eBufferType: kind.raw(),
            },
        );
    }

    /// Run `body` on a worker; a handle closed meanwhile turns its result
    /// into a cancellation, and the last worker sends HANDLE_CLOSING.
    fn spawn(
        self: &Arc<Self>,
        op: Operation,
        body: impl FnOnce(&Socket) -> Win32Result<Option<(usize, BufferType)>> + Send + 'static,
    ) {
        lock(&self.pending).in_flight += 1;
        let me = Arc::clone(self);
        std::thread::spawn(move || {
            let result = body(&me);
            let closing = lock(&me.pending).closing;
            match (result, closing) {
                (_, true) => me.error(op, crate::websocket::CANCELLED),
                (Ok(Some((n, kind))), false) => {
                    me.status(wh::WINHTTP_CALLBACK_STATUS_READ_COMPLETE, n, kind)
                }
                (Ok(None), false) => me.notify.send(
                    wh::WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE,
                    std::ptr::null_mut(),
                    0,
                ),
                (Err(e), false) => me.error(op, e),
            }
            me.finish_one();
        });
    }

    fn finish_one(&self) {
        let send_closing = {
            let mut p = lock(&self.pending);
            p.in_flight -= 1;
            p.in_flight == 0 && p.closing && !std::mem::replace(&mut p.closing_sent, true)
        };
        self.settled.notify_all();
        if send_closing {
            self.notify
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING);
        }
    }

    /// WinHttpWebSocketSend.
    pub fn send(&self, kind: BufferType, data: &[u8]) -> Win32Result<()> {
        let r = self.ws.send(kind, data);
        if self.async_mode {
            match r {
                Ok(()) => self.status(wh::WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE, data.len(), kind),
                // Argument and state errors are returned, not called back.
                Err(e)
                    if e == Win32Error::INVALID_PARAMETER
                        || e == crate::websocket::INVALID_OPERATION =>
                {
                    return Err(e);
                }
                Err(e) => self.error(Operation::Send, e),
            }
            return Ok(());
        }
        r
    }

    /// WinHttpWebSocketShutdown.
    pub fn shutdown(&self, status: u16, reason: &[u8]) -> Win32Result<()> {
        let r = self.ws.shutdown(status, reason);
        if self.async_mode {
            match r {
                Ok(()) => self.notify.send(
                    wh::WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE,
                    std::ptr::null_mut(),
                    0,
                ),
                Err(e) if e == crate::websocket::INVALID_OPERATION => return Err(e),
                Err(e) => self.error(Operation::Shutdown, e),
            }
            return Ok(());
        }
        r
    }

    /// WinHttpWebSocketReceive in async mode: the buffer is filled on a
    /// worker, and the out-parameters are never written \[29\].
    ///
    /// # Safety
    /// `buf` stays valid for `len` bytes until READ_COMPLETE or
    /// REQUEST_ERROR is delivered.
    pub unsafe fn receive_async(self: &Arc<Self>, buf: *mut u8, len: usize) -> Win32Result<()> {
        let ticket = self.ws.begin_receive()?;
        let lent = Lent(buf, len);
        self.spawn(Operation::Receive, move |me| {
            let lent = lent;
            // SAFETY: the caller lends the buffer until completion.
            let out = unsafe { std::slice::from_raw_parts_mut(lent.0, lent.1) };
            me.ws.finish_receive(ticket, out).map(Some)
        });
        Ok(())
    }

    /// WinHttpWebSocketClose.
    pub fn close(self: &Arc<Self>, status: u16, reason: &[u8]) -> Win32Result<()> {
        let had_receive = self.ws.receive_pending();
        let done = self.ws.begin_close(status, reason)?;
        if !self.async_mode {
            return if done { Ok(()) } else { self.ws.finish_close() };
        }
        if had_receive {
            // The cancelled receive is reported inside this call [34]: wait
            // for its worker to deliver REQUEST_ERROR.
            let mut p = lock(&self.pending);
            while p.in_flight > 0 {
                p = win32::sync::wait(&self.settled, p, None);
            }
        }
        if done {
            self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE,
                std::ptr::null_mut(),
                0,
            );
        } else {
            self.spawn(Operation::Close, |me| me.ws.finish_close().map(|()| None));
        }
        Ok(())
    }

    /// WinHttpCloseHandle: cancel what is pending (each reports
    /// REQUEST_ERROR, cancelled), then HANDLE_CLOSING last.
    pub fn close_handle(&self) {
        let idle = {
            let mut p = lock(&self.pending);
            p.closing = true;
            let idle = p.in_flight == 0 && !p.closing_sent;
            p.closing_sent |= idle;
            idle
        };
        self.ws.abort();
        if idle {
            self.notify
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING);
        }
    }
}
