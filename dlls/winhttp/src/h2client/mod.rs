//! HTTP/2 over TLS (RFC 9113, negotiated with ALPN "h2", RFC 7301) for
//! WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL, through the `h2` crate.
//!
//! Decision: `h2` runs on an async runtime, the engine on mio. One
//! background thread ("winhttp-h2") runs a tokio current-thread runtime
//! for every HTTP/2 connection of the process, so the engine's reactor
//! never blocks and no request costs a thread. Connections are pooled per
//! server and TLS settings (`pool.rs`): concurrent requests to one server
//! are streams multiplexed over one connection (RFC 9113 5).
//!
//! The engine drives one request through an [`H2Stream`]: [`start`] it,
//! then take [`Event`]s with [`H2Stream::try_next`] (never blocks) right
//! after `start` and whenever `wake` runs, until it answers `None`.
//! Response data is flow-controlled end to end: the stream's HTTP/2
//! window is given back to the server only as the engine takes `Data`
//! (RFC 9113 5.2), so a slow reader holds at most [`STREAM_WINDOW`] bytes
//! per request however large the download.

mod pool;
#[cfg(test)]
mod tests;

use std::collections::VecDeque;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use h2::{FlowControl, Reason, RecvStream};
use http::header::{HeaderName, HeaderValue};
use http::{Method, Request, Uri};
use tokio::task::AbortHandle;
use win32::Win32Error;
use win32::sync::lock;
use windows_sys::Win32::Networking::WinHttp as wh;

pub use pool::known_not_h2;

/// The receive window of each stream: what one request may hold in
/// memory before the engine takes it (RFC 9113 6.9.2, SETTINGS_INITIAL_WINDOW_SIZE).
pub const STREAM_WINDOW: u32 = 1 << 20;
/// The connection's receive window: room for 16 streams at full speed.
const CONNECTION_WINDOW: u32 = 16 << 20;

/// One request to send over HTTP/2.
#[derive(Debug, Clone, Default)]
pub struct H2Request {
    /// The server's name or address (IPv6 with or without brackets).
    pub host: String,
    pub port: u16,
    /// WINHTTP_OPTION_SECURITY_FLAGS (SECURITY_FLAG_IGNORE_*).
    pub security_flags: u32,
    /// WINHTTP_OPTION_SECURE_PROTOCOLS (WINHTTP_FLAG_SECURE_PROTOCOL_*).
    pub secure_protocols: u32,
    pub method: String,
    /// The path and query, as sent in a request line ("/a?b", or "*").
    pub path: String,
    /// `:authority`, `host[:port]`; a Host header replaces it.
    pub authority: String,
    /// The request headers, in order; connection-specific ones are
    /// dropped (RFC 9113 8.2.2).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The proxy whose CONNECT tunnel carries the connection, if any.
    pub proxy: Option<ProxyHop>,
    /// Limit on name resolution, TCP connect and TLS handshake together.
    pub connect_timeout: Option<Duration>,
    /// Limit on each wait for the response head and for response data
    /// while the engine has taken everything (WINHTTP_OPTION_RECEIVE_TIMEOUT).
    pub receive_timeout: Option<Duration>,
}

/// A proxy on the way: the connection is a CONNECT tunnel through it (RFC
/// 9110 9.3.6), as HTTP/1.1's HTTPS requests take.
#[derive(Debug, Clone)]
pub struct ProxyHop {
    pub host: String,
    pub port: u16,
    /// The CONNECT request as HTTP/1.1 sends it (the engine's `wire_head`),
    /// proxy credentials included.
    pub connect: Vec<u8>,
}

/// What happens to a request, in this order: `Connected`, `Sent` (both
/// again if the request is retried on a new connection, RFC 9113 8.7),
/// `Head`, any `Data`, then `End`. `NotH2` or `Failed` (after
/// `SecureFailure` for a failed handshake) may end it at any point.
#[derive(Debug)]
pub enum Event {
    /// A connection carries the request; `reused` when it already existed.
    Connected {
        local: SocketAddr,
        remote: SocketAddr,
        reused: bool,
        /// What its TLS handshake settled on.
        negotiated: Option<crate::tls::Negotiated>,
    },
    /// The server did not choose "h2" in ALPN: send the request over
    /// HTTP/1.1. The TLS connection just made comes along when this
    /// request made it (the engine may send its request on it).
    NotH2(Option<Box<Handover>>),
    /// The TLS handshake failed: the WINHTTP_CALLBACK_STATUS_FLAG_* bits
    /// for WINHTTP_CALLBACK_STATUS_SECURE_FAILURE; `Failed` follows.
    SecureFailure(u32),
    /// The request head and body were handed to the connection.
    Sent,
    /// The final response head (1xx responses are skipped).
    Head {
        status: u16,
        headers: Vec<(String, String)>,
    },
    Data(Bytes),
    /// The response body is complete.
    End,
    Failed(Win32Error),
}

/// A TLS connection whose server answered ALPN without "h2".
#[derive(Debug)]
pub struct Handover {
    /// Non-blocking, connected.
    pub stream: std::net::TcpStream,
    /// Its handshake is complete.
    pub tls: rustls::ClientConnection,
}

/// Why a request ended before its response did.
enum Failure {
    NotH2(Option<Box<Handover>>),
    /// The TLS handshake failed, with these SECURE_FAILURE flags.
    Secure(u32),
    Error(Win32Error),
}

impl From<Win32Error> for Failure {
    fn from(e: Win32Error) -> Self {
        Failure::Error(e)
    }
}

fn werr(code: u32) -> Win32Error {
    Win32Error(code)
}

/// The events of one request, shared by the runtime (producer) and the
/// engine (consumer).
struct Shared {
    queue: Mutex<Queue>,
    wake: Box<dyn Fn() + Send + Sync>,
}

struct Queue {
    events: VecDeque<Event>,
    /// The response body's window, released as Data is taken.
    flow: Option<FlowControl>,
    /// Bytes of Data in `events`.
    queued: usize,
    /// When the engine last took an event: receive timeouts count from
    /// here, not from when the window filled up.
    taken_at: Instant,
    #[cfg(test)]
    peak: usize,
}

impl Shared {
    fn new(wake: Box<dyn Fn() + Send + Sync>) -> Self {
        Shared {
            queue: Mutex::new(Queue {
                events: VecDeque::new(),
                flow: None,
                queued: 0,
                taken_at: Instant::now(),
                #[cfg(test)]
                peak: 0,
            }),
            wake,
        }
    }

    /// Queues an event; wakes the engine when the queue was empty (it
    /// takes events until `None`, so a non-empty queue is already known).
    fn push(&self, event: Event) {
        let was_empty = {
            let mut q = lock(&self.queue);
            if let Event::Data(data) = &event {
                q.queued += data.len();
                #[cfg(test)]
                {
                    q.peak = q.peak.max(q.queued);
                }
            }
            let was_empty = q.events.is_empty();
            q.events.push_back(event);
            was_empty
        };
        if was_empty {
            (self.wake)();
        }
    }

    /// When the engine began waiting, or `None` while it has events to take.
    fn waiting_since(&self) -> Option<Instant> {
        let q = lock(&self.queue);
        q.events.is_empty().then_some(q.taken_at)
    }
}

/// One request in flight; dropping it cancels the request.
pub struct H2Stream {
    shared: Arc<Shared>,
    task: Option<AbortHandle>,
}

/// Starts a request. `wake` runs on the HTTP/2 thread whenever events
/// become ready after the queue was found empty; it must not block.
pub fn start(req: H2Request, wake: Box<dyn Fn() + Send + Sync>) -> H2Stream {
    let shared = Arc::new(Shared::new(wake));
    let task = match pool::runtime() {
        Some(runtime) => {
            let events = Arc::clone(&shared);
            Some(runtime.spawn(async move {
                if let Err(failure) = exchange(req, runtime, &events).await {
                    match failure {
                        Failure::NotH2(handover) => events.push(Event::NotH2(handover)),
                        Failure::Secure(flags) => {
                            events.push(Event::SecureFailure(flags));
                            events.push(Event::Failed(werr(wh::ERROR_WINHTTP_SECURE_FAILURE)));
                        }
                        Failure::Error(e) => events.push(Event::Failed(e)),
                    }
                }
            }))
        }
        None => {
            // The thread could not start; the engine takes this right after start.
            lock(&shared.queue)
                .events
                .push_back(Event::Failed(Win32Error::NOT_ENOUGH_MEMORY));
            None
        }
    };
    H2Stream { shared, task }
}

impl H2Stream {
    /// The next event, if one is ready. Taking `Data` gives its bytes of
    /// window back to the server.
    pub fn try_next(&self) -> Option<Event> {
        let (event, release) = {
            let mut q = lock(&self.shared.queue);
            let event = q.events.pop_front()?;
            q.taken_at = Instant::now();
            let release = match &event {
                Event::Data(data) => {
                    q.queued -= data.len();
                    q.flow.clone().map(|flow| (flow, data.len()))
                }
                _ => None,
            };
            (event, release)
        };
        if let Some((mut flow, n)) = release {
            // Fails only once the stream is gone, when no window matters.
            let _ = flow.release_capacity(n);
        }
        Some(event)
    }

    /// Cancels the request: the stream is reset with CANCEL (RFC 9113
    /// 8.7) unless it has ended; the connection stays for other requests.
    pub fn cancel(&self) {
        if let Some(task) = &self.task {
            task.abort();
        }
    }

    /// The most Data bytes the queue has held.
    #[cfg(test)]
    fn peak_queued(&self) -> usize {
        lock(&self.shared.queue).peak
    }
}

impl Drop for H2Stream {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Sends the request and queues its response.
async fn exchange(
    mut req: H2Request,
    runtime: &'static pool::Runtime,
    events: &Shared,
) -> Result<(), Failure> {
    let head = request_head(&req)?;
    let body = Bytes::from(std::mem::take(&mut req.body));
    let mut retried = false;
    let (response, _sending) = loop {
        let conn = within(req.connect_timeout, runtime.connection(&req)).await??;
        events.push(Event::Connected {
            local: conn.local,
            remote: conn.remote,
            reused: conn.reused,
            negotiated: conn.negotiated,
        });
        let sent = async {
            let mut sender = conn.send.clone().ready().await?;
            let (response, mut sending) = sender.send_request(head.clone(), body.is_empty())?;
            if !body.is_empty() {
                sending.send_data(body.clone(), true)?;
            }
            Ok::<_, h2::Error>((response, sending))
        }
        .await;
        let (response, sending) = match sent {
            Ok(sent) => sent,
            // Nothing reached the server: the pooled connection was closing.
            Err(_) if !retried => {
                conn.retire();
                retried = true;
                continue;
            }
            Err(e) => return Err(h2_error(&e).into()),
        };
        events.push(Event::Sent);
        match within(req.receive_timeout, response).await? {
            Ok(response) => break (response, sending),
            Err(e) if !retried && unprocessed(&e) => {
                conn.retire();
                retried = true;
            }
            Err(e) => return Err(h2_error(&e).into()),
        }
    };
    let (parts, mut body) = response.into_parts();
    lock(&events.queue).flow = Some(body.flow_control().clone());
    events.push(Event::Head {
        status: parts.status.as_u16(),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                (name.as_str().to_owned(), value)
            })
            .collect(),
    });
    while let Some(data) = next_data(&mut body, req.receive_timeout, events).await? {
        if !data.is_empty() {
            events.push(Event::Data(data));
        }
    }
    events.push(Event::End);
    Ok(())
}

/// The next piece of the response body. The receive timeout runs only
/// while the engine waits: a full window it has not taken is not the
/// server's delay.
async fn next_data(
    body: &mut RecvStream,
    limit: Option<Duration>,
    events: &Shared,
) -> Result<Option<Bytes>, Win32Error> {
    let Some(limit) = limit else {
        return body.data().await.transpose().map_err(|e| h2_error(&e));
    };
    let mut deadline = Instant::now() + limit;
    loop {
        let wait = tokio::time::timeout_at(deadline.into(), body.data());
        if let Ok(data) = wait.await {
            return data.transpose().map_err(|e| h2_error(&e));
        }
        deadline = match events.waiting_since() {
            None => Instant::now() + limit,
            Some(since) if since + limit > Instant::now() => since + limit,
            Some(_) => return Err(werr(wh::ERROR_WINHTTP_TIMEOUT)),
        };
    }
}

/// `f`, or ERROR_WINHTTP_TIMEOUT once `limit` passes.
async fn within<F: Future>(limit: Option<Duration>, f: F) -> Result<F::Output, Win32Error> {
    match limit {
        Some(limit) => tokio::time::timeout(limit, f)
            .await
            .map_err(|_| werr(wh::ERROR_WINHTTP_TIMEOUT)),
        None => Ok(f.await),
    }
}

/// Whether the server said it did not process the request, so it may be
/// sent again on a new connection (RFC 9113 8.7: REFUSED_STREAM, or a
/// graceful GOAWAY that left the stream out).
fn unprocessed(e: &h2::Error) -> bool {
    e.is_remote()
        && (e.reason() == Some(Reason::REFUSED_STREAM)
            || (e.is_go_away() && e.reason() == Some(Reason::NO_ERROR)))
}

/// The WinHTTP error for an HTTP/2 failure.
fn h2_error(e: &h2::Error) -> Win32Error {
    if let Some(io) = e.get_io() {
        return werr(match io.kind() {
            std::io::ErrorKind::TimedOut => wh::ERROR_WINHTTP_TIMEOUT,
            _ => wh::ERROR_WINHTTP_CONNECTION_ERROR,
        });
    }
    match e.reason() {
        // The server closed the connection in good order.
        Some(Reason::NO_ERROR) if e.is_go_away() => werr(wh::ERROR_WINHTTP_CONNECTION_ERROR),
        // A reset stream, or a protocol error either side detected.
        Some(_) => werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE),
        // A request h2 refused to send.
        None => werr(wh::ERROR_WINHTTP_INTERNAL_ERROR),
    }
}

/// Header fields that only make sense for one HTTP/1.1 connection: an
/// HTTP/2 request must not carry them (RFC 9113 8.2.2).
const CONNECTION_SPECIFIC: [&str; 5] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "upgrade",
];

/// The request's head as h2 sends it: pseudo-headers from the method,
/// the path and the authority (RFC 9113 8.3.1), the other fields without
/// the connection-specific ones.
fn request_head(req: &H2Request) -> Result<Request<()>, Win32Error> {
    let method =
        Method::from_bytes(req.method.as_bytes()).map_err(|_| Win32Error::INVALID_PARAMETER)?;
    // Fields the Connection header names are connection-specific too.
    let nominated: Vec<String> = req
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("connection"))
        .flat_map(|(_, value)| value.split(','))
        .map(|token| token.trim().to_ascii_lowercase())
        .collect();
    let mut authority = req.authority.as_str();
    let mut request = Request::builder().method(method);
    for (name, value) in &req.headers {
        let lower = name.to_ascii_lowercase();
        if lower == "host" {
            // Host becomes :authority (RFC 9113 8.3.1).
            authority = value.trim();
            continue;
        }
        if CONNECTION_SPECIFIC.contains(&lower.as_str())
            || nominated.contains(&lower)
            // TE may only say "trailers" (RFC 9113 8.2.2).
            || (lower == "te" && !value.trim().eq_ignore_ascii_case("trailers"))
        {
            continue;
        }
        let name = HeaderName::from_bytes(lower.as_bytes())
            .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_HEADER))?;
        let value = HeaderValue::from_bytes(value.trim().as_bytes())
            .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_HEADER))?;
        request = request.header(name, value);
    }
    // :path is origin-form, or "*" for OPTIONS (RFC 9113 8.3.1).
    let path = match req.path.as_str() {
        "" => "/",
        "*" if req.method == "OPTIONS" => "*",
        path if path.starts_with('/') => path,
        _ => return Err(werr(wh::ERROR_WINHTTP_INVALID_URL)),
    };
    let uri = Uri::builder()
        .scheme("https")
        .authority(authority)
        .path_and_query(path)
        .build()
        .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_URL))?;
    request
        .uri(uri)
        .body(())
        .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_HEADER))
}
