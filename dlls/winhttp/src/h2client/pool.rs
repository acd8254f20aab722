//! The HTTP/2 thread, and its connections pooled per server and TLS
//! settings.
//!
//! Each pool slot is an async mutex over at most one connection: the
//! first request to a server holds it while connecting, so requests
//! started together wait and then share that one connection instead of
//! each opening its own (RFC 9113 9.1: "Clients SHOULD NOT open more than
//! one HTTP/2 connection to a given host and port pair").

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use h2::client::SendRequest;
use rustls::ClientConfig;
use rustls::pki_types::ServerName;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::runtime::Handle;
use tokio::task::AbortHandle;
use tokio_rustls::TlsConnector;
use win32::sync::lock;
use windows_sys::Win32::Networking::WinHttp as wh;

use super::{
    CONNECTION_WINDOW, Failure, H2Request, Handover, ProxyHop, STREAM_WINDOW, h2_error, werr,
};

/// How long a server that declined "h2" goes straight to HTTP/1.1: long
/// enough to spare a handshake per request, short enough to notice a
/// server that starts speaking HTTP/2.
const NOT_H2_MEMORY: Duration = Duration::from_secs(10 * 60);

/// What a connection is shared by: the server, the proxy it goes through
/// and the TLS settings that decide whether a certificate is accepted.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    host: String,
    port: u16,
    /// The proxy's name and port.
    proxy: Option<(String, u16)>,
    security_flags: u32,
    secure_protocols: u32,
}

/// The largest CONNECT reply read before the tunnel is given up.
const MAX_TUNNEL_REPLY: usize = 64 * 1024;

/// The server's name as the pool and the not-h2 memory compare it.
fn server_name(host: &str) -> String {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase()
}

/// A pooled connection, as one request uses it.
#[derive(Clone)]
pub(super) struct Conn {
    pub send: SendRequest<Bytes>,
    pub local: SocketAddr,
    pub remote: SocketAddr,
    /// What its TLS handshake settled on.
    pub negotiated: Option<crate::tls::Negotiated>,
    pub reused: bool,
    /// Set once the connection must take no new request.
    closed: Arc<AtomicBool>,
}

impl Conn {
    /// Takes the connection out of the pool: it is closing.
    pub fn retire(&self) {
        self.closed.store(true, Ordering::SeqCst);
    }
}

type Slot = Arc<tokio::sync::Mutex<Option<Conn>>>;

pub(super) struct Runtime {
    handle: Handle,
    slots: Mutex<HashMap<Key, Slot>>,
    /// Client configurations with ALPN, per (security flags, protocols):
    /// sharing one keeps its TLS session cache across connections.
    configs: Mutex<HashMap<(u32, u32), Arc<ClientConfig>>>,
}

/// The HTTP/2 thread's runtime, started on first use; `None` if the
/// thread could not start.
pub(super) fn runtime() -> Option<&'static Runtime> {
    static RUNTIME: OnceLock<Option<Runtime>> = OnceLock::new();
    RUNTIME
        .get_or_init(|| {
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::Builder::new()
                .name("winhttp-h2".into())
                .spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_io()
                        .enable_time()
                        .thread_name("winhttp-h2-resolve")
                        .build();
                    match runtime {
                        Ok(runtime) => {
                            let _ = tx.send(Some(runtime.handle().clone()));
                            // Runs every spawned task, for the life of the process.
                            runtime.block_on(std::future::pending::<()>());
                        }
                        Err(_) => {
                            let _ = tx.send(None);
                        }
                    }
                })
                .ok()?;
            let handle = rx.recv().ok().flatten()?;
            Some(Runtime {
                handle,
                slots: Mutex::new(HashMap::new()),
                configs: Mutex::new(HashMap::new()),
            })
        })
        .as_ref()
}

/// Servers that answered ALPN without "h2", and when.
fn not_h2() -> &'static Mutex<HashMap<(String, u16), Instant>> {
    static NOT_H2: OnceLock<Mutex<HashMap<(String, u16), Instant>>> = OnceLock::new();
    NOT_H2.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Whether this server recently declined HTTP/2: its requests go
/// straight to HTTP/1.1.
pub fn known_not_h2(host: &str, port: u16) -> bool {
    let mut servers = lock(not_h2());
    let key = (server_name(host), port);
    match servers.get(&key) {
        Some(at) if at.elapsed() < NOT_H2_MEMORY => true,
        Some(_) => {
            servers.remove(&key);
            false
        }
        None => false,
    }
}

impl Runtime {
    pub fn spawn(&'static self, task: impl Future<Output = ()> + Send + 'static) -> AbortHandle {
        self.handle.spawn(task).abort_handle()
    }

    /// A connection for this request: the pooled one while it lives,
    /// else a new one.
    pub async fn connection(&self, req: &H2Request) -> Result<Conn, Failure> {
        let key = Key {
            host: server_name(&req.host),
            port: req.port,
            proxy: req
                .proxy
                .as_ref()
                .map(|hop| (server_name(&hop.host), hop.port)),
            security_flags: req.security_flags,
            secure_protocols: req.secure_protocols,
        };
        let slot = Arc::clone(lock(&self.slots).entry(key.clone()).or_default());
        let mut held = slot.lock().await;
        if let Some(conn) = held.as_ref().filter(|c| !c.closed.load(Ordering::SeqCst)) {
            return Ok(Conn {
                reused: true,
                ..conn.clone()
            });
        }
        *held = None;
        // Decided while this request waited for the slot.
        if known_not_h2(&key.host, key.port) {
            return Err(Failure::NotH2(None));
        }
        let conn = connect(
            &key,
            req.proxy.as_ref(),
            self.config(&key)?,
            Arc::clone(&slot),
        )
        .await?;
        *held = Some(conn.clone());
        Ok(conn)
    }

    fn config(&self, key: &Key) -> Result<Arc<ClientConfig>, Failure> {
        let mut configs = lock(&self.configs);
        if let Some(config) = configs.get(&(key.security_flags, key.secure_protocols)) {
            return Ok(Arc::clone(config));
        }
        let base =
            crate::tls::client_config(key.security_flags, key.secure_protocols).map_err(|_| {
                Failure::Secure(wh::WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR)
            })?;
        let mut config = (*base).clone();
        // RFC 9113 3.2: "h2" by ALPN; HTTP/1.1 stays possible.
        config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        let config = Arc::new(config);
        configs.insert(
            (key.security_flags, key.secure_protocols),
            Arc::clone(&config),
        );
        Ok(config)
    }
}

/// Resolves, connects (through the proxy's tunnel if there is one), shakes
/// hands with TLS and HTTP/2, and starts the task that drives the
/// connection until it closes.
async fn connect(
    key: &Key,
    hop: Option<&ProxyHop>,
    config: Arc<ClientConfig>,
    slot: Slot,
) -> Result<Conn, Failure> {
    let not_resolved = || werr(wh::ERROR_WINHTTP_NAME_NOT_RESOLVED);
    let (first_host, first_port) = match &key.proxy {
        Some((host, port)) => (host, *port),
        None => (&key.host, key.port),
    };
    let addrs: Vec<SocketAddr> = match first_host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, first_port)],
        Err(_) => tokio::net::lookup_host((first_host.as_str(), first_port))
            .await
            .map_err(|_| not_resolved())?
            .collect(),
    };
    if addrs.is_empty() {
        return Err(not_resolved().into());
    }
    let mut tcp = None;
    for addr in addrs {
        if let Ok(stream) = TcpStream::connect(addr).await {
            tcp = Some(stream);
            break;
        }
    }
    let mut tcp = tcp.ok_or_else(|| werr(wh::ERROR_WINHTTP_CANNOT_CONNECT))?;
    if let Some(hop) = hop {
        tunnel(&mut tcp, hop).await?;
    }
    // Small frames (headers, WINDOW_UPDATE) must not wait for Nagle.
    let _ = tcp.set_nodelay(true);
    let lost = |_| Failure::Error(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
    let local = tcp.local_addr().map_err(lost)?;
    let remote = tcp.peer_addr().map_err(lost)?;
    let name =
        ServerName::try_from(key.host.clone()).map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_URL))?;
    let tls = TlsConnector::from(config)
        .connect(name, tcp)
        .await
        .map_err(|e| Failure::Secure(crate::tls::failure_flags(&e)))?;
    if tls.get_ref().1.alpn_protocol() != Some(b"h2") {
        lock(not_h2()).insert((key.host.clone(), key.port), Instant::now());
        let (tcp, tls) = tls.into_inner();
        let handover = tcp
            .into_std()
            .ok()
            .map(|stream| Box::new(Handover { stream, tls }));
        return Err(Failure::NotH2(handover));
    }
    let negotiated = crate::tls::Negotiated::of(tls.get_ref().1);
    let (send, connection) = h2::client::Builder::new()
        .initial_window_size(STREAM_WINDOW)
        .initial_connection_window_size(CONNECTION_WINDOW)
        // WinHTTP has no use for pushed responses (RFC 9113 8.4).
        .enable_push(false)
        .handshake(tls)
        .await
        .map_err(|e| h2_error(&e))?;
    let closed = Arc::new(AtomicBool::new(false));
    let driven = Arc::clone(&closed);
    tokio::spawn(async move {
        // Ends on GOAWAY, on an error, or when every handle is gone.
        let _ = connection.await;
        driven.store(true, Ordering::SeqCst);
        let mut held = slot.lock().await;
        if held
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(&c.closed, &driven))
        {
            *held = None;
        }
    });
    Ok(Conn {
        send,
        local,
        remote,
        negotiated,
        reused: false,
        closed,
    })
}

/// Opens the CONNECT tunnel to the server on `tcp`, a connection to the
/// proxy (RFC 9110 9.3.6). Any answer but a 2xx leaves the request to
/// HTTP/1.1, which makes the CONNECT again and shows the proxy's answer (a
/// 407 for the QueryAuthSchemes loop) to the application.
async fn tunnel(tcp: &mut TcpStream, hop: &ProxyHop) -> Result<(), Failure> {
    let lost = |_| Failure::Error(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
    tcp.write_all(&hop.connect).await.map_err(lost)?;
    let mut reply = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = tcp.read(&mut buf).await.map_err(lost)?;
        if n == 0 {
            return Err(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR).into());
        }
        reply.extend_from_slice(&buf[..n]);
        match crate::http::parse_response(&reply, MAX_TUNNEL_REPLY) {
            Ok(None) => {}
            // Nothing may follow the 2xx before the client's TLS.
            Ok(Some((answer, used))) => {
                return if (200..300).contains(&answer.status) && used == reply.len() {
                    Ok(())
                } else {
                    Err(Failure::NotH2(None))
                };
            }
            Err(e) => return Err(e.into()),
        }
    }
}
