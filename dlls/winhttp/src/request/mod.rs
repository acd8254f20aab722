//! The request handle: WinHttpSendRequest, ReceiveResponse,
//! QueryHeaders, QueryDataAvailable, ReadData and the upgrade, as
//! non-blocking steps both modes share.
//!
//! Each call sets a goal (the request sent, the response head read, body
//! bytes ready) and `Request::advance` moves the exchange toward it as
//! far as the socket allows, collecting the notifications Windows gives
//! on the way, in Windows' order (CONFORMANCE.md B8 item 55, Wine's
//! `notification.c` tables, which pass on Windows): RESOLVING_NAME,
//! NAME_RESOLVED, CONNECTING_TO_SERVER, CONNECTED_TO_SERVER,
//! SENDING_REQUEST, REQUEST_SENT, SENDREQUEST_COMPLETE; then
//! RECEIVING_RESPONSE, RESPONSE_RECEIVED, HEADERS_AVAILABLE.
//!
//! In async mode the calls return at once: the steps run on a worker, then
//! on the reactor as the socket becomes ready, and the notifications reach
//! the callback through the handle's strand, never on the calling thread.
//! A host name is resolved on the worker pool (getaddrinfo blocks); an IP
//! literal needs no lookup. In sync mode the same steps run on the calling
//! thread, which waits in poll() between them.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, Weak};
use std::time::Instant;

use mio::Token;
use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::api::{Connection, Notify, Session};
use crate::auth::{self, AuthState, Credential, Offer};
use crate::handshake::Handshake;
use crate::http::{self, Body, Headers, Response};
use crate::options::{Credentials, Options, Proxy, Slot};
use crate::query::{self, HeaderValue, Message};
use crate::redirect::{Redirect, Target};
use crate::runtime::{self, Source, Strand};
use crate::transport::Transport;
use crate::websocket::WebSocket;

mod exchange;
mod h2;

use exchange::lookup;

fn werr(code: u32) -> Win32Error {
    Win32Error(code)
}

/// The two sides a request authenticates to.
#[derive(Clone, Copy)]
struct AuthTarget {
    /// The status that challenges, its challenge header, the answer's.
    status: u16,
    challenge: &'static str,
    header: &'static str,
}

impl AuthTarget {
    /// Server, then proxy.
    const ALL: [AuthTarget; 2] = [
        AuthTarget {
            status: 401,
            challenge: "WWW-Authenticate",
            header: "Authorization",
        },
        AuthTarget {
            status: 407,
            challenge: "Proxy-Authenticate",
            header: "Proxy-Authorization",
        },
    ];
}

/// An object name as the request line carries it: one without a leading
/// `/` gets one, as Windows sends `GET /big` for "big" (Wine's
/// test_multiple_reads); `*` and absolute URLs stay.
fn rooted(path: &str) -> String {
    if path.starts_with('/') || path == "*" || path.contains("://") {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// An IPv6 literal in brackets, as URLs and Host headers write it.
fn bracketed(host: &str) -> String {
    if host.contains(':') {
        format!("[{host}]")
    } else {
        host.to_string()
    }
}

/// WINHTTP_OPTION_URL's form of a target: scheme, host, the port when not
/// the scheme's default, path.
fn url_of(to: &Target) -> String {
    let scheme = if to.secure { "https" } else { "http" };
    format!("{scheme}://{}{}", Request::authority(to, false), to.path)
}

/// What a call waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Goal {
    Send,
    /// WinHttpWriteData: request body bytes after the head.
    Write,
    Receive,
    Data,
    /// WinHttpReadData(Ex) in async mode with nothing ready: the bytes go
    /// to the caller's buffer when they come.
    Read,
}

impl Goal {
    /// The API a failure reports in REQUEST_ERROR's dwResult.
    fn api(self) -> u32 {
        match self {
            Goal::Send => wh::API_SEND_REQUEST,
            Goal::Write => wh::API_WRITE_DATA,
            Goal::Receive => wh::API_RECEIVE_RESPONSE,
            Goal::Data => wh::API_QUERY_DATA_AVAILABLE,
            Goal::Read => wh::API_READ_DATA,
        }
    }
}

/// A notification to deliver, with its status information.
enum Note {
    Plain(u32),
    Text(u32, String),
    Number(u32, u32),
    /// READ_COMPLETE: the caller's buffer and the bytes put in it.
    Read(usize, u32),
    Failed(u32, Win32Error),
}

/// An async read waiting for body bytes: the caller's buffer, which the
/// contract keeps valid until READ_COMPLETE.
#[derive(Clone, Copy)]
struct PendingRead {
    buffer: usize,
    capacity: usize,
    /// WINHTTP_READ_DATA_EX_FLAG_FILL_BUFFER: complete only when full or
    /// at the end of the body.
    fill: bool,
}

/// Decoded bytes made ready at a time: a compressed body that expands a
/// thousandfold still arrives in steps of this size.
const DECODE_STEP: usize = 256 * 1024;

/// WinHttpReadDataEx's flag (winhttp.h; windows-sys lacks it).
pub const READ_DATA_EX_FLAG_FILL_BUFFER: u64 = 1;

enum Phase {
    Idle,
    Failed(Win32Error),
    /// An idle connection to the server from the session's pool, if one
    /// is alive; else RESOLVING_NAME is next.
    Reuse,
    /// RESOLVING_NAME is next.
    Resolve,
    /// The lookup runs off the reactor.
    Resolving,
    Connect {
        addrs: Vec<SocketAddr>,
        next: usize,
    },
    Connecting {
        addrs: Vec<SocketAddr>,
        next: usize,
    },
    /// The body of a 401 or 407 read and dropped, then `out` (the next
    /// handshake leg) sent on the same connection.
    Drain {
        out: Vec<u8>,
    },
    /// HTTP/2: the stream is started, then its events taken up to Sent.
    H2Open,
    H2Send,
    /// The CONNECT to the proxy, then its answer, before TLS.
    Tunnel {
        at: usize,
    },
    TunnelReply,
    Handshake,
    Send {
        out: Vec<u8>,
        at: usize,
        /// The head (REQUEST_SENT follows), or WriteData's bytes.
        head: bool,
    },
    Sent,
    Receive,
    Headers,
}

enum Progress {
    Done,
    Wait {
        write: bool,
    },
    /// Start the name lookup.
    Resolve,
    /// The lookup is running: its end (or the resolve timeout) drives on.
    Resolving,
    Failed(Win32Error),
}

#[derive(Default)]
struct RequestState {
    /// Where the request goes (the host without brackets): where it was
    /// opened for, then where redirects lead.
    to: Target,
    /// The verb, which a redirect may change to GET.
    verb: String,
    /// SendRequest's optional data, sent again after a 307 or 308.
    optional: Vec<u8>,
    /// More of the body comes through WriteData.
    expect_write: bool,
    /// The HTTP/2 stream this exchange runs on, if any; its response head
    /// and end when they came before their phase.
    h2: Option<h2::H2Link>,
    h2_head: Option<(u16, Vec<(String, String)>)>,
    h2_end: bool,
    /// WINHTTP_OPTION_HTTP_PROTOCOL_USED: WINHTTP_PROTOCOL_FLAG_HTTP2 once
    /// a response came over HTTP/2.
    protocol: u32,
    /// Redirects followed since SendRequest.
    redirects: u32,
    /// A redirect led to another server: the server credentials stay
    /// behind.
    left_origin: bool,
    /// Body bytes went through WriteData: they cannot be sent again.
    streamed: bool,
    /// The handshakes with the server and the proxy (AuthTarget::ALL's
    /// order).
    handshakes: [Option<Handshake>; 2],
    /// The place under WINHTTP_OPTION_MAX_CONNS_PER_SERVER for the
    /// connection about to be opened, and (sync mode) the signal that a
    /// place or an idle connection came free.
    permit: Option<crate::gate::Permit>,
    freed: Option<Arc<runtime::EventFd>>,
    /// The USERNAME/PASSWORD options were tried on this send, per side.
    option_tried: [bool; 2],
    /// WINHTTP_OPTION_DECOMPRESSION's decoder for this response, and the
    /// encoded body bytes waiting for it.
    decoder: Option<crate::decode::Decoder>,
    encoded: Vec<u8>,
    /// The request headers: added by the application, then completed
    /// by SendRequest, and sent as they are.
    headers: Headers,
    upgrade: bool,
    key: Option<String>,
    transport: Option<Transport>,
    token: Option<Token>,
    phase: Option<Phase>,
    raw: Vec<u8>,
    response: Option<Response>,
    body: Option<Body>,
    body_ready: Vec<u8>,
    upgraded: bool,
    /// The async call in progress.
    goal: Option<Goal>,
    deadline: Option<Instant>,
    armed: Option<Instant>,
    closed: bool,
    /// The request head and data SendRequest built, until sent.
    pending_head: Vec<u8>,
    /// ReceiveResponse came while the send was still going.
    receive_queued: bool,
    /// The async read in progress.
    pending_read: Option<PendingRead>,
    /// The bytes of the WriteData in progress (WRITE_COMPLETE's count).
    writing: u32,
    /// The connection's local and remote addresses, kept after the
    /// connection goes back to the pool.
    addresses: Option<(SocketAddr, SocketAddr)>,
    /// What the connection's TLS handshake settled on, kept likewise
    /// (WINHTTP_OPTION_SECURITY_INFO).
    security: Option<crate::tls::Negotiated>,
    /// The proxy this exchange goes through, if any.
    via: Option<crate::proxy::Via>,
    /// The CONNECT to `via` for this request, until the proxy answers it.
    tunnel_head: Vec<u8>,
    /// The proxy refused the CONNECT: its answer is this request's
    /// response, and the connection is not the tunnel it should have been.
    tunnel_refused: bool,
    /// The head sent on a pooled connection, to send again on a new one
    /// if the server had closed the pooled one (RFC 9112 §9.3.1: a request
    /// that got no answer may be retried).
    retry_head: Option<Vec<u8>>,
    /// Lookups started: a lookup that ends after its request moved on
    /// (timed out, closed, sent again) is ignored.
    lookups: u64,
}

impl RequestState {
    /// The exchange goes through a CONNECT tunnel to its proxy: HTTPS, and
    /// WebSocket upgrades, which forward proxies do not pass on in absolute
    /// form (the "HTTPS and WebSocket through CONNECT").
    fn tunnels(&self) -> bool {
        self.via.is_some() && (self.to.secure || self.upgrade)
    }

    fn drop_transport(&mut self) {
        // The link deregisters its eventfd as it goes.
        if self.h2.take().is_some() {
            self.token = None;
        }
        let token = self.token.take();
        // Nothing to release: do not start the reactor just to close.
        if token.is_none() && self.transport.is_none() {
            return;
        }
        match (self.transport.take(), token, runtime::reactor()) {
            (Some(mut t), token, reactor) => {
                if let (Some(token), Ok(reactor)) = (token, reactor) {
                    reactor.deregister(t.stream_mut(), token);
                }
                t.shutdown();
            }
            (None, Some(token), Ok(reactor)) => reactor.forget(token),
            _ => {}
        }
    }
}

pub struct Request {
    pub notify: Notify,
    pub session: Arc<Session>,
    version: String,
    pub options: Mutex<Options>,
    /// WINHTTP_OPTION_USERNAME, _PASSWORD and the proxy's.
    pub credentials: Mutex<Credentials>,
    /// WinHttpSetCredentials' credentials, kept apart from the options:
    /// setting them leaves WINHTTP_OPTION_USERNAME empty (Wine's
    /// `test_credentials`, on Windows).
    auth: Mutex<AuthState>,
    /// WINHTTP_OPTION_PROXY, from the session when opened.
    pub proxy: Mutex<Proxy>,
    /// The connection's handle (WINHTTP_OPTION_PARENT_HANDLE).
    pub parent: usize,
    strand: Arc<Strand>,
    state: Mutex<RequestState>,
}

impl Request {
    pub fn new(
        conn: &Arc<Connection>,
        verb: &str,
        path: &str,
        version: &str,
        flags: u32,
    ) -> Request {
        let secure = flags & wh::WINHTTP_FLAG_SECURE != 0;
        let options = Options::for_request(&lock(&conn.session.options));
        let default_port = if secure { 443 } else { 80 };
        let or = |s: &str, default: &str| {
            if s.is_empty() {
                default.to_string()
            } else {
                s.to_string()
            }
        };
        Request {
            notify: Notify::inherit(&conn.notify, conn.notify.context()),
            session: Arc::clone(&conn.session),
            version: or(version, "HTTP/1.1"),
            options: Mutex::new(options),
            credentials: Mutex::default(),
            auth: Mutex::default(),
            proxy: Mutex::new(lock(&conn.session.proxy).clone()),
            parent: conn.notify.handle(),
            strand: Arc::default(),
            state: Mutex::new(RequestState {
                to: Target {
                    secure,
                    host: conn.host.clone(),
                    port: if conn.port == 0 {
                        default_port
                    } else {
                        conn.port
                    },
                    path: crate::path::escape(&rooted(&or(path, "/")), flags),
                },
                verb: or(verb, "GET"),
                ..RequestState::default()
            }),
        }
    }

    /// WINHTTP_OPTION_URL: the scheme, host, port (when not the scheme's
    /// default) and path the request goes to.
    pub fn url(&self) -> String {
        url_of(&lock(&self.state).to)
    }

    /// `host[:port]`, an IPv6 address in brackets; the port only when it
    /// is not the scheme's default, unless `with_port` (CONNECT's form).
    fn authority(to: &Target, with_port: bool) -> String {
        let host = bracketed(&to.host);
        let default_port = if to.secure { 443 } else { 80 };
        if to.port == default_port && !with_port {
            host
        } else {
            format!("{host}:{}", to.port)
        }
    }

    /// The host and port the connection goes to: the proxy's, or the
    /// server's.
    fn endpoint(&self, st: &RequestState) -> (String, u16) {
        match &st.via {
            Some(via) => (via.host.clone(), via.port),
            None => (st.to.host.clone(), st.to.port),
        }
    }

    /// The local and remote addresses of the request's connection, once
    /// it has one (WINHTTP_OPTION_CONNECTION_INFO).
    pub fn addresses(&self) -> Option<(SocketAddr, SocketAddr)> {
        lock(&self.state).addresses
    }

    /// What the TLS handshake of the request's connection settled on, once
    /// it has one (WINHTTP_OPTION_SECURITY_INFO).
    pub fn security(&self) -> Option<crate::tls::Negotiated> {
        lock(&self.state).security
    }

    pub fn set_upgrade(&self) {
        lock(&self.state).upgrade = true;
    }

    /// WinHttpAddRequestHeaders.
    pub fn add_headers(&self, text: &str, modifiers: u32) -> Win32Result<()> {
        lock(&self.state).headers.apply_block(text, modifiers)
    }

    /// WinHttpAddRequestHeadersEx: headers already checked.
    pub fn add_header_list(&self, headers: &[(String, String)], modifiers: u32) -> Win32Result<()> {
        lock(&self.state).headers.apply_all(headers, modifiers)
    }

    /// WinHttpSetCredentials: used from the next SendRequest on, the
    /// first included (Wine's `test_basic_authentication`: credentials
    /// set before the first send go with it).
    pub fn set_credentials(&self, target: u32, credential: Credential) {
        lock(&self.auth).set(target, credential);
    }

    /// WinHttpQueryAuthSchemes: what the last response's challenges offer;
    /// ERROR_INVALID_OPERATION before a response (Wine's tests, on Windows).
    pub fn auth_offer(&self) -> Win32Result<Offer> {
        let st = lock(&self.state);
        let response = st.response.as_ref().ok_or(werr(
            windows_sys::Win32::Foundation::ERROR_INVALID_OPERATION,
        ))?;
        auth::offer(response.status, &response.headers)
    }

    /// The request line, with the path escaped as OpenRequest's flags say.
    fn request_line(&self, st: &RequestState) -> String {
        format!("{} {} {}", st.verb, st.to.path, self.version)
    }

    /// Complete the stored headers for sending, as Windows does when it
    /// sends (what the application set is kept): Host and User-Agent,
    /// Content-Length when there is a body or the verb is POST or PUT, and
    /// the WebSocket upgrade's headers [2, 3], which replace any set
    /// before. Returns the WebSocket key.
    fn complete_headers(&self, st: &mut RequestState, length: u32) -> Win32Result<Option<String>> {
        // ADD_IF_NEW: a header the application set stays as it is.
        let add_if_new = |h: &mut Headers, name: &str, value: &str| {
            let _ = h.apply(name, value, wh::WINHTTP_ADDREQ_FLAG_ADD_IF_NEW);
        };
        let host = Self::authority(&st.to, false);
        add_if_new(&mut st.headers, "Host", &host);
        let agent = lock(&self.session.agent).clone();
        if !agent.is_empty() {
            add_if_new(&mut st.headers, "User-Agent", &agent);
        }
        let key = if st.upgrade {
            let key = http::new_key()?;
            for (name, value) in [
                ("Upgrade", "websocket"),
                ("Connection", "Upgrade"),
                ("Sec-WebSocket-Key", key.as_str()),
                ("Sec-WebSocket-Version", "13"),
            ] {
                st.headers.remove(name);
                st.headers.push(name, value);
            }
            Some(key)
        } else {
            None
        };
        // A chunked body is framed by the application through WriteData
        // (WinHttpSendRequest's page, "Transfer-Encoding Header").
        let chunked = st.headers.get("Transfer-Encoding").is_some();
        if !chunked && (length > 0 || ["POST", "PUT"].contains(&st.verb.as_str())) {
            add_if_new(&mut st.headers, "Content-Length", &length.to_string());
        }
        self.authorize(st)?;
        Ok(key)
    }

    /// WinHttpSendRequest: connect and send the head (and `data`). With the
    /// upgrade option, the WebSocket headers are added now [2, 3]. A second
    /// call on the same handle starts over on a new connection.
    pub fn send(self: &Arc<Self>, extra: &str, data: &[u8], total: u32) -> Win32Result<()> {
        let opts = *lock(&self.options);
        // A send buffer under 16 bytes cannot hold the request [16].
        if opts.get(Slot::WebSocketSendBuffer) < 16 {
            return Err(Win32Error::NOT_ENOUGH_MEMORY);
        }
        if !extra.is_empty() {
            self.add_headers(extra, wh::WINHTTP_ADDREQ_FLAG_ADD)?;
        }
        {
            let mut st = lock(&self.state);
            if st.goal.is_some() {
                return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
            }
            let length = (data.len() as u32).max(total);
            Self::check_body_length(&st.headers, length)?;
            // With decompression on, WinHTTP states the encodings it
            // decodes, over any the application set.
            if let Some(accepted) = crate::decode::accept_encoding(opts.get(Slot::Decompression)) {
                st.headers.remove("Accept-Encoding");
                st.headers.push("Accept-Encoding", accepted);
            }
            st.optional = data.to_vec();
            st.expect_write =
                (total as usize) > data.len() || st.headers.get("Transfer-Encoding").is_some();
            st.redirects = 0;
            st.left_origin = false;
            st.streamed = false;
            st.option_tried = [false; 2];
            let key = self.complete_headers(&mut st, length)?;
            let via = crate::proxy::route(&lock(&self.proxy), st.to.secure, &st.to.host);
            // Sent again on the same handle (the QueryAuthSchemes loop):
            // the connection carries on once the last body is read and
            // dropped, as connection-based schemes need.
            let carry_on = via == st.via && self.can_drain(&st) && st.h2.is_none();
            st.via = via;
            let mut out = self.wire_head(&mut st).into_bytes();
            out.extend_from_slice(data);
            st.decoder = None;
            st.encoded.clear();
            st.body_ready.clear();
            st.response = None;
            if carry_on {
                st.phase = Some(Phase::Drain { out });
            } else {
                st.drop_transport();
                st.raw.clear();
                st.body = None;
                st.phase = Some(if self.h2_eligible(&st, &opts) {
                    Phase::H2Open
                } else {
                    Phase::Reuse
                });
                st.pending_head = out;
            }
            st.h2_head = None;
            st.h2_end = false;
            st.protocol = 0;
            st.key = key;
            st.upgraded = false;
            st.retry_head = None;
            st.writing = 0;
            st.tunnel_refused = false;
            if !carry_on {
                st.addresses = None;
                st.security = None;
            }
            st.receive_queued = false;
            st.pending_read = None;
        }
        self.start(Goal::Send)
    }

    /// Whether the connection of the last response can carry the next
    /// request: kept alive, its body of known length, no upgrade or
    /// refused tunnel on it.
    fn can_drain(&self, st: &RequestState) -> bool {
        st.transport.is_some()
            && !st.upgrade
            && !st.tunnel_refused
            && matches!(
                st.body,
                Some(Body::Length(_) | Body::Chunked(_) | Body::Done)
            )
            && st
                .response
                .as_ref()
                .is_some_and(|r| crate::pool::keeps_alive(&st.headers, &r.version, &r.headers))
    }

    /// The head as it goes on the wire. Through a proxy, plain HTTP names
    /// the whole URL in the request line (RFC 9112 §3.2.2); HTTPS and
    /// WebSocket upgrades go through a CONNECT tunnel (RFC 9110 §9.3.6),
    /// which carries the proxy's credentials, so the tunneled request does
    /// not.
    fn wire_head(&self, st: &mut RequestState) -> String {
        let mut sent = self.sent_headers(st);
        match (&st.via, st.tunnels()) {
            (None, _) => sent.raw_crlf(&self.request_line(st)),
            (Some(_), false) => {
                sent.raw_crlf(&format!("{} {} {}", st.verb, url_of(&st.to), self.version))
            }
            (Some(_), true) => {
                let target = Self::authority(&st.to, true);
                let mut connect = Headers::default();
                connect.push("Host", &target);
                if let Some(agent) = sent.get("User-Agent") {
                    connect.push("User-Agent", agent);
                }
                if let Some(credential) = sent.get("Proxy-Authorization") {
                    connect.push("Proxy-Authorization", credential);
                }
                st.tunnel_head = connect
                    .raw_crlf(&format!("CONNECT {target} HTTP/1.1"))
                    .into_bytes();
                sent.remove("Proxy-Authorization");
                sent.raw_crlf(&self.request_line(st))
            }
        }
    }

    /// The request headers as they go: the stored ones and the session's
    /// cookies, after any Cookie the application set (Wine's
    /// test_cookies).
    fn sent_headers(&self, st: &RequestState) -> Headers {
        let mut sent = st.headers.clone();
        if let Some(cookies) = self.cookie_header(&st.to) {
            let _ = sent.apply(
                "Cookie",
                &cookies,
                wh::WINHTTP_ADDREQ_FLAG_ADD | wh::WINHTTP_ADDREQ_FLAG_COALESCE_WITH_SEMICOLON,
            );
        }
        sent
    }

    /// WINHTTP_OPTION_HTTP_PROTOCOL_USED.
    pub fn protocol_used(&self) -> u32 {
        lock(&self.state).protocol
    }

    /// Whether the session keeps cookies for this request.
    fn cookies_enabled(&self) -> bool {
        lock(&self.options).get(Slot::DisableFeatures) & wh::WINHTTP_DISABLE_COOKIES == 0
    }

    /// The session's cookies for `to`, as a Cookie header's value.
    fn cookie_header(&self, to: &Target) -> Option<String> {
        if !self.cookies_enabled() {
            return None;
        }
        let path = to.path.split('?').next().unwrap_or("/");
        lock(&self.session.cookies).header(&to.host, path, to.secure, std::time::SystemTime::now())
    }

    /// What a response's head changes before the application sees it:
    /// its cookies go to the session's jar, and a body WinHTTP decodes
    /// loses Content-Encoding and Content-Length, as Windows reports it.
    fn took_response(&self, st: &mut RequestState, response: &mut Response, opts: &Options) {
        if self.cookies_enabled() {
            let path = st.to.path.split('?').next().unwrap_or("/");
            lock(&self.session.cookies).store(
                &st.to.host,
                path,
                response.headers.get_all("Set-Cookie"),
                std::time::SystemTime::now(),
            );
        }
        let has_body = st.body.as_ref().is_some_and(|b| *b != Body::Done);
        st.decoder = crate::decode::Decoder::for_response(
            opts.get(Slot::Decompression),
            response.headers.get("Content-Encoding"),
        )
        .filter(|_| has_body);
        if st.decoder.is_some() {
            response.headers.remove("Content-Encoding");
            response.headers.remove("Content-Length");
        }
    }

    /// Follow a redirect: the next request goes to `next.to` with the verb
    /// (and body) the status allows, after WINHTTP_CALLBACK_STATUS_REDIRECT
    /// with the new URL.
    fn follow(
        &self,
        st: &mut RequestState,
        next: Redirect,
        notes: &mut Vec<Note>,
    ) -> Win32Result<()> {
        let mut to = next.to;
        to.host = to
            .host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        notes.push(Note::Text(
            wh::WINHTTP_CALLBACK_STATUS_REDIRECT,
            url_of(&to),
        ));
        // The redirect's own body is not read: its connection went back to
        // the pool if that body was already over, else it is closed.
        st.drop_transport();
        st.raw.clear();
        st.response = None;
        st.body = None;
        st.body_ready.clear();
        if (&to.host, to.port, to.secure) != (&st.to.host, st.to.port, st.to.secure) {
            // Another server: its own Host, and the credentials meant for
            // this one do not follow.
            st.headers.remove("Host");
            st.headers.remove("Authorization");
            st.left_origin = true;
        }
        if !next.keep_body {
            st.optional.clear();
            for name in ["Content-Length", "Content-Type", "Transfer-Encoding"] {
                st.headers.remove(name);
            }
        }
        st.to = to;
        st.verb = next.verb;
        st.redirects += 1;
        let length = st.optional.len() as u32;
        st.key = self.complete_headers(st, length)?;
        st.via = crate::proxy::route(&lock(&self.proxy), st.to.secure, &st.to.host);
        let mut out = self.wire_head(st).into_bytes();
        out.extend_from_slice(&st.optional);
        st.pending_head = out;
        st.retry_head = None;
        st.writing = 0;
        st.tunnel_refused = false;
        st.deadline = None;
        let opts = *lock(&self.options);
        st.phase = Some(if self.h2_eligible(st, &opts) {
            Phase::H2Open
        } else {
            Phase::Reuse
        });
        Ok(())
    }

    /// The redirect this response asks for under the request's options.
    fn redirect_for(
        &self,
        st: &RequestState,
        response: &Response,
        opts: &Options,
    ) -> Win32Result<Option<Redirect>> {
        let rules = crate::redirect::Rules {
            policy: opts.get(Slot::RedirectPolicy),
            disabled: opts.get(Slot::DisableFeatures) & wh::WINHTTP_DISABLE_REDIRECTS != 0,
            max: opts.get(Slot::MaxRedirects),
        };
        let from = Target {
            host: bracketed(&st.to.host),
            ..st.to.clone()
        };
        let next = crate::redirect::next(
            &rules,
            st.redirects,
            u32::from(response.status),
            &st.verb,
            &from,
            response.headers.get("Location"),
        )?;
        // A body sent through WriteData is gone: a redirect that must send
        // it again (307, 308) goes to the application instead.
        Ok(next.filter(|n| !(n.keep_body && st.streamed)))
    }

    /// The authorization headers of the request about to go: Basic as set;
    /// Digest answering the challenge of the response this request got
    /// last; NTLM and Negotiate opening a new handshake (the
    /// WinHttpSetCredentials page: WinHTTP runs their legs itself).
    fn authorize(&self, st: &mut RequestState) -> Win32Result<()> {
        let mut auth = lock(&self.auth).clone();
        if st.left_origin {
            auth.server = None;
        }
        auth.apply(&mut st.headers);
        for (slot, credential) in [auth.server, auth.proxy].into_iter().enumerate() {
            let target = AuthTarget::ALL[slot];
            st.handshakes[slot] = None;
            let Some(credential) = credential else {
                continue;
            };
            // No identity to use, or a logon refused before anything is
            // sent (Kerberos asks the KDC here): the request goes without,
            // and the server's 401 reaches the application.
            let Ok(Some(mut handshake)) = Handshake::for_credential(&credential, &st.to.host)
            else {
                continue;
            };
            let value = match (&handshake, &st.response) {
                (Handshake::Digest { .. }, Some(r)) if r.status == target.status => {
                    let challenges: Vec<&str> = r.headers.get_all(target.challenge).collect();
                    handshake
                        .answer(&challenges, &st.verb, &st.to.path)
                        .ok()
                        .flatten()
                }
                (Handshake::Digest { .. }, _) => None,
                _ => match handshake.opening() {
                    Ok(value) => value,
                    Err(_) => continue,
                },
            };
            if let Some(value) = value {
                st.headers.remove(target.header);
                st.headers.push(target.header, &value);
            }
            st.handshakes[slot] = Some(handshake);
        }
        Ok(())
    }

    /// The next leg of a connection-based handshake this 401 or 407
    /// asks for: the request again, with the answer, for the same
    /// connection; `None` when the response goes to the application.
    fn next_leg(&self, st: &mut RequestState, response: &Response) -> Option<Vec<u8>> {
        let slot = AuthTarget::ALL
            .iter()
            .position(|t| t.status == response.status)?;
        let target = AuthTarget::ALL[slot];
        let challenges: Vec<&str> = response.headers.get_all(target.challenge).collect();
        let value = match st.handshakes[slot].as_mut() {
            Some(Handshake::Digest { .. }) => return None,
            Some(handshake) => handshake
                .answer(&challenges, &st.verb, &st.to.path)
                .ok()??,
            None => self
                .option_credentials(st, slot, &challenges)
                .or_else(|| self.autologon(st, slot, &challenges))?,
        };
        st.headers.remove(target.header);
        st.headers.push(target.header, &value);
        let mut out = self.wire_head(st).into_bytes();
        out.extend_from_slice(&st.optional);
        Some(out)
    }

    /// WINHTTP_OPTION_USERNAME and _PASSWORD (or the proxy's), when
    /// WinHttpSetCredentials gave none for this side: the first challenge
    /// they can answer, in the server's order, is answered once per send
    /// (WinHttpSetCredentials' credentials take precedence: Wine's
    /// test_basic_authentication, on Windows).
    fn option_credentials(
        &self,
        st: &mut RequestState,
        slot: usize,
        challenges: &[&str],
    ) -> Option<String> {
        if st.option_tried[slot] {
            return None;
        }
        let set = lock(&self.auth).clone();
        if [set.server, set.proxy][slot].is_some() {
            return None;
        }
        let options = lock(&self.credentials).clone();
        let (user, password) = [
            (options.username, options.password),
            (options.proxy_username, options.proxy_password),
        ]
        .into_iter()
        .nth(slot)?;
        if user.is_empty() {
            return None;
        }
        // The server's first scheme these credentials can answer.
        let scheme = crate::auth::offered_schemes(challenges)
            .into_iter()
            .find(|s| *s != wh::WINHTTP_AUTH_SCHEME_PASSPORT)?;
        st.option_tried[slot] = true;
        let credential = crate::auth::Credential {
            scheme,
            user: Some(user),
            password: Some(password),
        };
        if scheme == wh::WINHTTP_AUTH_SCHEME_BASIC {
            return credential.preemptive();
        }
        let mut handshake = Handshake::for_credential(&credential, &st.to.host).ok()??;
        let value = match handshake {
            Handshake::Digest { .. } => handshake.answer(challenges, &st.verb, &st.to.path),
            Handshake::Context { .. } => handshake.opening(),
        }
        .ok()??;
        st.handshakes[slot] = Some(handshake);
        Some(value)
    }

    /// WINHTTP_OPTION_AUTOLOGON_POLICY: with no credentials set, a
    /// challenge for Negotiate or NTLM is answered with the process's
    /// identity (secur32's default: NTLM_USER_FILE) under LOW, and under
    /// MEDIUM (the default) for intranet names, taken to be names without
    /// a dot (decision: there are no security zones here); never under
    /// HIGH.
    fn autologon(&self, st: &mut RequestState, slot: usize, challenges: &[&str]) -> Option<String> {
        let credentials = lock(&self.auth).clone();
        if [credentials.server, credentials.proxy][slot].is_some() {
            return None;
        }
        let host = &st.to.host;
        // WinINet's `<local>`: a name without a dot (an address is not one).
        let intranet = !host.contains(['.', ':']);
        let allowed = match lock(&self.options).get(Slot::AutologonPolicy) {
            wh::WINHTTP_AUTOLOGON_SECURITY_LEVEL_LOW => true,
            wh::WINHTTP_AUTOLOGON_SECURITY_LEVEL_MEDIUM => intranet,
            _ => false,
        };
        if !allowed {
            return None;
        }
        let scheme = crate::auth::offered_schemes(challenges)
            .into_iter()
            .find(|s| {
                [
                    wh::WINHTTP_AUTH_SCHEME_NEGOTIATE,
                    wh::WINHTTP_AUTH_SCHEME_NTLM,
                ]
                .contains(s)
            })?;
        let default = crate::auth::Credential {
            scheme,
            user: None,
            password: None,
        };
        let mut handshake = Handshake::for_credential(&default, host).ok()??;
        let value = handshake.opening().ok()??;
        st.handshakes[slot] = Some(handshake);
        Some(value)
    }

    /// The rules of WinHttpSendRequest's page: a Content-Length header
    /// under 2^32 must match the total length (larger ones go with
    /// WINHTTP_IGNORE_REQUEST_TOTAL_LENGTH). With Transfer-Encoding the
    /// optional data goes as it is, already framed by the application
    /// (the page says 87, but Windows sends it: Wine's
    /// test_chunked_request).
    fn check_body_length(headers: &Headers, length: u32) -> Win32Result<()> {
        if headers.get("Transfer-Encoding").is_some() {
            return Ok(());
        }
        if let Some(declared) = headers.get("Content-Length") {
            let declared: u64 = declared
                .trim()
                .parse()
                .map_err(|_| Win32Error::INVALID_PARAMETER)?;
            if declared <= u64::from(u32::MAX) && declared != u64::from(length) {
                return Err(Win32Error::INVALID_PARAMETER);
            }
        }
        Ok(())
    }

    /// WinHttpWriteData: request body bytes after SendRequest, sent as
    /// they are (a chunked body is framed by the application).
    pub fn write(self: &Arc<Self>, data: &[u8]) -> Win32Result<()> {
        {
            let mut st = lock(&self.state);
            if st.goal.is_some() || !matches!(st.phase, Some(Phase::Sent)) {
                return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
            }
            let opts = *lock(&self.options);
            st.deadline =
                crate::options::timeout(opts.get(Slot::SendTimeout)).map(|t| Instant::now() + t);
            st.writing = data.len() as u32;
            st.streamed = true;
            st.phase = Some(Phase::Send {
                out: data.to_vec(),
                at: 0,
                head: false,
            });
        }
        self.start(Goal::Write)
    }

    /// WinHttpReceiveResponse: read the response head.
    pub fn receive_response(self: &Arc<Self>) -> Win32Result<()> {
        {
            let mut st = lock(&self.state);
            // Called before SENDREQUEST_COMPLETE: it follows the send.
            if st.goal == Some(Goal::Send) && !st.receive_queued {
                st.receive_queued = true;
                return Ok(());
            }
            if st.goal.is_some() || !matches!(st.phase, Some(Phase::Sent)) {
                return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
            }
            st.phase = Some(Phase::Receive);
        }
        self.start(Goal::Receive)
    }

    /// WinHttpQueryDataAvailable: body bytes ready to read, reading from
    /// the connection if none are. In async mode `Ok(None)` means the
    /// answer comes with DATA_AVAILABLE.
    pub fn data_available(self: &Arc<Self>) -> Win32Result<Option<u32>> {
        {
            let mut st = lock(&self.state);
            if st.goal.is_some() || st.body.is_none() {
                return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
            }
            if let Some(n) = self.body_ready(&mut st)? {
                return Ok(Some(n));
            }
        }
        if self.session.async_mode {
            self.start(Goal::Data)?;
            return Ok(None);
        }
        self.start(Goal::Data)?;
        Ok(Some(lock(&self.state).body_ready.len() as u32))
    }

    /// WinHttpReadData(Ex) in sync mode: copy what is ready, reading first
    /// when nothing is; with `fill`, read until `out` is full or the body
    /// ends.
    pub fn read(self: &Arc<Self>, out: &mut [u8], fill: bool) -> Win32Result<usize> {
        let mut n = 0;
        loop {
            n += Self::take_ready(&mut lock(&self.state), &mut out[n..]);
            if n == out.len() || (n > 0 && !fill) {
                return Ok(n);
            }
            // Nothing more ready: a zero answer is the end of the body.
            if self.data_available()? == Some(0) {
                return Ok(n);
            }
        }
    }

    /// WinHttpReadData(Ex) in async mode: `Some(n)` when bytes (or the end)
    /// are here now, else `None` and READ_COMPLETE brings them into
    /// `buffer` later.
    pub fn read_async(
        self: &Arc<Self>,
        buffer: *mut u8,
        capacity: usize,
        fill: bool,
    ) -> Win32Result<Option<usize>> {
        {
            let mut st = lock(&self.state);
            if st.goal.is_some() || st.body.is_none() {
                return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
            }
            let pending = PendingRead {
                buffer: buffer as usize,
                capacity,
                fill,
            };
            if self.read_satisfied(&mut st, pending)? {
                return Ok(Some(Self::fill_pending(&mut st, pending)));
            }
            st.pending_read = Some(pending);
        }
        self.start(Goal::Read)?;
        Ok(None)
    }

    /// Whether `read` can complete now: bytes ready (enough of them with
    /// `fill`), or the body is over.
    fn read_satisfied(&self, st: &mut RequestState, read: PendingRead) -> Win32Result<bool> {
        let ready = self.body_ready(st)?;
        let over = Self::body_over(st);
        Ok(match ready {
            None => false,
            Some(n) => !read.fill || n as usize >= read.capacity || over || read.capacity == 0,
        })
    }

    /// Copy ready body bytes into a pending read's buffer.
    fn fill_pending(st: &mut RequestState, read: PendingRead) -> usize {
        let out: &mut [u8] = if read.capacity == 0 {
            &mut []
        } else {
            // SAFETY: the caller of WinHttpReadData(Ex) keeps `buffer` valid
            // and writable for `capacity` bytes until READ_COMPLETE, which
            // this copy precedes.
            unsafe { std::slice::from_raw_parts_mut(read.buffer as *mut u8, read.capacity) }
        };
        Self::take_ready(st, out)
    }

    /// Move ready body bytes into `out`.
    fn take_ready(st: &mut RequestState, out: &mut [u8]) -> usize {
        let n = out.len().min(st.body_ready.len());
        out[..n].copy_from_slice(&st.body_ready[..n]);
        st.body_ready.drain(..n);
        n
    }

    /// Body bytes ready now, or `None` when the socket must be read. The
    /// connection goes back to the session's pool when the body is over.
    fn body_ready(&self, st: &mut RequestState) -> Win32Result<Option<u32>> {
        let RequestState {
            body,
            raw,
            body_ready,
            decoder,
            encoded,
            ..
        } = st;
        let Some(body) = body.as_mut() else {
            return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
        };
        match decoder {
            None => http::take_body(body, raw, body_ready)?,
            Some(decoder) => {
                http::take_body(body, raw, encoded)?;
                if body_ready.is_empty() {
                    decoder.decode(encoded, body_ready, DECODE_STEP)?;
                }
                // The body ended inside the compressed stream.
                if *body == Body::Done && body_ready.is_empty() && !decoder.finished() {
                    return Err(werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
                }
            }
        }
        if *body == Body::Done && !st.upgraded {
            self.recycle(st);
        }
        if !st.body_ready.is_empty() || Self::body_over(st) {
            return Ok(Some(st.body_ready.len() as u32));
        }
        Ok(None)
    }

    /// Nothing more will come: the body is over on the wire and decoded.
    fn body_over(st: &RequestState) -> bool {
        st.upgraded
            || (st.body == Some(Body::Done) && st.decoder.as_ref().is_none_or(|d| d.finished()))
    }

    /// Return a finished exchange's connection to the pool when both sides
    /// keep it alive and nothing follows the response on it.
    fn recycle(&self, st: &mut RequestState) {
        let reusable = st.raw.is_empty()
            && !st.upgrade
            && !st.tunnel_refused
            && lock(&self.options).get(Slot::DisableFeatures) & wh::WINHTTP_DISABLE_KEEP_ALIVE == 0
            && st
                .response
                .as_ref()
                .is_some_and(|r| crate::pool::keeps_alive(&st.headers, &r.version, &r.headers));
        if !reusable {
            return;
        }
        let Some(transport) = st.transport.take() else {
            return;
        };
        // The socket stays registered; its events go nowhere until reused.
        let token = st.token.take();
        if let (Some(token), Ok(reactor)) = (token, runtime::reactor()) {
            reactor.forget(token);
        }
        let limit = match lock(&self.session.options).get(Slot::MaxConnsPerServer) {
            0 => usize::MAX,
            n => n as usize,
        };
        crate::pool::shared().put(
            self.server(st),
            transport,
            token,
            st.addresses,
            limit,
            Instant::now(),
        );
    }

    /// The pool's key for this request's connections.
    fn server(&self, st: &RequestState) -> crate::pool::Server {
        crate::pool::Server {
            host: st.to.host.clone(),
            port: st.to.port,
            secure: st.to.secure,
            via: st.via.clone(),
            tls: if st.to.secure {
                let opts = lock(&self.options);
                (
                    opts.get(Slot::SecurityFlags),
                    opts.get(Slot::SecureProtocols),
                )
            } else {
                (0, 0)
            },
        }
    }

    fn start(self: &Arc<Self>, goal: Goal) -> Win32Result<()> {
        if !self.session.async_mode {
            return self.run_blocking(goal);
        }
        lock(&self.state).goal = Some(goal);
        if goal == Goal::Receive {
            self.strand.post({
                let me = Arc::clone(self);
                move || {
                    me.notify.send(
                        wh::WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE,
                        std::ptr::null_mut(),
                        0,
                    )
                }
            });
        }
        // The first step runs on a worker: the caller returns at once.
        let me = Arc::clone(self);
        runtime::pool().execute(move || me.drive());
        Ok(())
    }

    fn deliver(&self, note: Note) {
        match note {
            Note::Plain(status) => self.notify.send(status, std::ptr::null_mut(), 0),
            Note::Number(status, n) => self.notify.send_value(status, n),
            Note::Read(buffer, n) => self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_READ_COMPLETE,
                buffer as *mut std::ffi::c_void,
                n,
            ),
            Note::Text(status, text) => {
                let mut wide: Vec<u16> = text.encode_utf16().chain([0]).collect();
                let bytes = (wide.len() * 2) as u32;
                self.notify.send(status, wide.as_mut_ptr().cast(), bytes);
            }
            Note::Failed(api, e) => self.notify.send_value(
                wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
                wh::WINHTTP_ASYNC_RESULT {
                    dwResult: api as usize,
                    dwError: e.0,
                },
            ),
        }
    }

    fn post(self: &Arc<Self>, notes: Vec<Note>) {
        for note in notes {
            let me = Arc::clone(self);
            self.strand.post(move || me.deliver(note));
        }
    }

    /// Sync mode: run the steps on the calling thread.
    fn run_blocking(self: &Arc<Self>, goal: Goal) -> Win32Result<()> {
        if goal == Goal::Receive {
            self.deliver(Note::Plain(wh::WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE));
        }
        loop {
            let mut notes = Vec::new();
            let (progress, fd, deadline, endpoint) = {
                let mut st = lock(&self.state);
                let p = self.advance(&mut st, goal, Instant::now(), &mut notes);
                let fd = st
                    .transport
                    .as_ref()
                    .map(Transport::fd)
                    .or(st.h2.as_ref().map(h2::H2Link::fd))
                    .or(st.freed.as_ref().map(|f| f.fd()));
                (p, fd, st.deadline, self.endpoint(&st))
            };
            for n in notes {
                self.deliver(n);
            }
            match progress {
                Progress::Done => return Ok(()),
                Progress::Failed(e) => return Err(e),
                Progress::Resolve | Progress::Resolving => {
                    let (host, port) = endpoint;
                    let resolved = match deadline {
                        None => lookup(&host, port),
                        Some(d) => resolve_until(host, port, d),
                    };
                    let mut notes = Vec::new();
                    self.resolved(&mut lock(&self.state), resolved, &mut notes);
                    for n in notes {
                        self.deliver(n);
                    }
                }
                Progress::Wait { write } => {
                    if let Some(fd) = fd
                        && runtime::wait(fd, write, deadline, None).is_err()
                    {
                        return Err(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                    }
                }
            }
        }
    }

    /// Async mode: one round of steps, on a worker or the reactor.
    fn drive(self: &Arc<Self>) {
        let mut st = lock(&self.state);
        if st.closed {
            return;
        }
        let Some(goal) = st.goal else {
            return;
        };
        let mut notes = Vec::new();
        match self.advance(&mut st, goal, Instant::now(), &mut notes) {
            Progress::Done if goal == Goal::Send && st.receive_queued => {
                st.receive_queued = false;
                notes.push(Note::Plain(
                    wh::WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE,
                ));
                notes.push(Note::Plain(wh::WINHTTP_CALLBACK_STATUS_RECEIVING_RESPONSE));
                self.post(notes);
                st.goal = Some(Goal::Receive);
                st.phase = Some(Phase::Receive);
                drop(st);
                self.drive();
            }
            Progress::Done => {
                st.goal = None;
                notes.push(match goal {
                    Goal::Send => Note::Plain(wh::WINHTTP_CALLBACK_STATUS_SENDREQUEST_COMPLETE),
                    Goal::Write => {
                        Note::Number(wh::WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE, st.writing)
                    }
                    Goal::Read => match st.pending_read.take() {
                        Some(read) => {
                            let n = Self::fill_pending(&mut st, read);
                            Note::Read(read.buffer, n as u32)
                        }
                        None => Note::Read(0, 0),
                    },
                    Goal::Receive => Note::Plain(wh::WINHTTP_CALLBACK_STATUS_HEADERS_AVAILABLE),
                    Goal::Data => Note::Number(
                        wh::WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE,
                        st.body_ready.len() as u32,
                    ),
                });
                self.post(notes);
            }
            Progress::Failed(e) => {
                st.goal = None;
                st.receive_queued = false;
                st.drop_transport();
                notes.push(Note::Failed(goal.api(), e));
                self.post(notes);
            }
            Progress::Wait { .. } => {
                self.post(notes);
                if let (Some(token), Some(at), Ok(reactor)) =
                    (st.token, st.deadline, runtime::reactor())
                    && st.armed.is_none_or(|armed| at < armed)
                {
                    reactor.arm(token, at);
                    st.armed = Some(at);
                }
            }
            Progress::Resolve => {
                self.post(notes);
                let started = st.lookups;
                if let (Some(at), Ok(reactor)) = (st.deadline, runtime::reactor()) {
                    // The resolve timeout fires on the reactor while the
                    // lookup still blocks this worker.
                    let source: Weak<dyn Source> =
                        Arc::downgrade(&(Arc::clone(self) as Arc<dyn Source>));
                    let token = reactor.watch(source);
                    st.token = Some(token);
                    reactor.arm(token, at);
                }
                let (host, port) = self.endpoint(&st);
                drop(st);
                // Name resolution blocks: it runs here, on a worker.
                let resolved = lookup(&host, port);
                let mut st = lock(&self.state);
                if st.lookups != started || !matches!(st.phase, Some(Phase::Resolving)) || st.closed
                {
                    return;
                }
                st.drop_transport();
                st.deadline = None;
                let mut notes = Vec::new();
                self.resolved(&mut st, resolved, &mut notes);
                self.post(notes);
                drop(st);
                self.drive();
            }
            Progress::Resolving => self.post(notes),
        }
    }
}

/// Sync mode with a resolve timeout: the lookup runs on a thread of its
/// own (getaddrinfo cannot be interrupted), the caller waits until
/// `deadline`, and a late answer is dropped.
fn resolve_until(host: String, port: u16, deadline: Instant) -> Win32Result<Vec<SocketAddr>> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("winhttp-resolve".into())
        .spawn(move || {
            let _ = tx.send(lookup(&host, port));
        })
        .map_err(Win32Error::from)?;
    rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
        .unwrap_or(Err(werr(wh::ERROR_WINHTTP_TIMEOUT)))
}

impl Request {
    /// Run a query on the side of the exchange `level` names: the request
    /// headers with WINHTTP_QUERY_FLAG_REQUEST_HEADERS (readable before
    /// the request is sent), else the response's, once it has come.
    pub fn with_message<R>(
        &self,
        level: u32,
        f: impl FnOnce(&Message<'_>) -> Win32Result<R>,
    ) -> Win32Result<R> {
        let st = lock(&self.state);
        // The verb is the request's either way, answered before a response
        // too (Wine's test_OpenRequest, on Windows).
        let request_side = level & wh::WINHTTP_QUERY_FLAG_REQUEST_HEADERS != 0
            || level & 0xFFFF == wh::WINHTTP_QUERY_REQUEST_METHOD;
        let message = if request_side {
            Message {
                headers: &st.headers,
                start_line: self.request_line(&st),
                status: None,
                verb: &st.verb,
            }
        } else {
            let r = st
                .response
                .as_ref()
                .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
            Message {
                headers: &r.headers,
                start_line: r.status_line(),
                status: Some((&r.version, r.status, &r.reason)),
                verb: &st.verb,
            }
        };
        f(&message)
    }

    /// WinHttpQueryHeaders for one info level (and custom name): the
    /// answer, and whether it came from a header by name (the index moves
    /// on).
    pub fn query_header(
        &self,
        level: u32,
        name: Option<&str>,
        index: u32,
    ) -> Win32Result<(HeaderValue, bool)> {
        self.with_message(level, |m| query::query(m, level, name, index))
    }

    /// WinHttpWebSocketCompleteUpgrade: the 101 response's connection
    /// becomes a WebSocket [5, 10, 11].
    pub fn complete_upgrade(&self, context: usize) -> Win32Result<Arc<WebSocket>> {
        let mut st = lock(&self.state);
        if !st.upgrade || st.upgraded {
            return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
        }
        let expected = st.key.as_deref().map(http::accept_for);
        let pending_handshake = match st.response.as_ref() {
            Some(response) => {
                if response.status != 101 {
                    return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
                }
                if !expected
                    .as_deref()
                    .is_some_and(|accept| http::completes_handshake(response, accept))
                {
                    return Err(werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE));
                }
                None
            }
            // Sent and not received yet: Windows upgrades all the same
            // (Wine's test_websocket: SendRequest again, then CompleteUpgrade
            // with no ReceiveResponse, on Windows). The socket reads and
            // checks the 101 before the first frame.
            None if st.goal.is_none() && matches!(st.phase, Some(Phase::Sent)) => expected,
            None => return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE)),
        };
        let mut transport = st
            .transport
            .take()
            .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
        if let (Some(token), Ok(reactor)) = (st.token.take(), runtime::reactor()) {
            reactor.deregister(transport.stream_mut(), token);
        }
        let leftover = std::mem::take(&mut st.raw);
        st.upgraded = true;
        st.phase = None;
        WebSocket::new(
            Notify::inherit(&self.notify, context),
            self.session.async_mode,
            transport,
            leftover,
            pending_handshake,
        )
    }

    /// WinHttpCloseHandle: cancel a call in progress (REQUEST_ERROR,
    /// cancelled), drop the connection, HANDLE_CLOSING last.
    pub fn close_handle(self: &Arc<Self>) {
        let mut notes = Vec::new();
        {
            let mut st = lock(&self.state);
            st.closed = true;
            if let Some(goal) = st.goal.take() {
                notes.push(Note::Failed(
                    goal.api(),
                    werr(wh::ERROR_WINHTTP_OPERATION_CANCELLED),
                ));
            }
            st.drop_transport();
        }
        if self.session.async_mode {
            // After the queued notifications, and before CloseHandle
            // returns unless a callback of this handle is running.
            self.post(notes);
            let me = Arc::clone(self);
            self.strand.run_here_or_queue(move || {
                me.notify
                    .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)
            });
        } else {
            self.notify
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING);
        }
    }
}

impl Source for Request {
    fn ready(self: Arc<Self>, _readable: bool, _writable: bool) {
        self.drive();
    }

    fn timeout(self: Arc<Self>, _now: Instant) {
        lock(&self.state).armed = None;
        self.drive();
    }
}
