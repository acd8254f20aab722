//! The transport server runtime: the [MS-WDSMSI] UDP listener on port 5041
//! and one thread per multicast session, driving `ServerMachine` with a
//! socket, a clock and the rate cap.
//!
//! Sessions are auto-cast: the first request for a (namespace, content)
//! creates one, later requests join it, and it lives until its
//! InactivityTimeout passes with no client.

use std::collections::HashMap;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use win32::sync::lock;
use windows_sys::Win32::System::DeploymentServices as ds;

use crate::codec::msi::{self, Message, Offer};
use crate::codec::mt::Security;
use crate::net::{self, Waker};
use crate::params::{self, ServerParams};
use crate::provider::{ContentProvider, OpenError};
use crate::rng::Rng;
use crate::server::{Dest, ServerMachine, ServerStats, SessionConfig};

#[derive(Clone)]
pub struct ServerConfig {
    /// The address of the interface to serve on; multicast leaves only
    /// through it.
    pub interface: Ipv4Addr,
    /// The UDP port for session initiation ([MS-WDSMSI] 1.9: 5041).
    pub initiation_port: u16,
    pub namespaces: Vec<(String, Arc<dyn ContentProvider>)>,
    /// Session n uses group `multicast_base + n`.
    pub multicast_base: Ipv4Addr,
    pub block_size: u32,
    /// A cap on the bytes per second the sessions put on the wire, if any.
    pub rate: Option<u64>,
    pub params: ServerParams,
}

impl ServerConfig {
    pub fn new(interface: Ipv4Addr) -> Self {
        ServerConfig {
            interface,
            initiation_port: msi::UDP_PORT,
            namespaces: Vec::new(),
            multicast_base: Ipv4Addr::new(239, 195, 0, 1),
            block_size: params::DEFAULT_BLOCK_SIZE,
            rate: None,
            params: ServerParams::default(),
        }
    }
}

/// What a session reports to whoever watches the server.
#[derive(Debug, Clone)]
pub struct SessionReport {
    pub namespace: String,
    pub content: String,
    pub offer: Offer,
    pub stats: ServerStats,
    pub finished: bool,
}

struct SessionHandle {
    offer: Offer,
    report: Arc<Mutex<SessionReport>>,
    stop: Arc<AtomicBool>,
    waker: Arc<Waker>,
    thread: Option<JoinHandle<()>>,
}

struct Shared {
    cfg: ServerConfig,
    sessions: Mutex<HashMap<(String, String), SessionHandle>>,
    next_session: Mutex<(u32, u32)>,
    stop: AtomicBool,
}

pub struct TransportServer {
    shared: Arc<Shared>,
    listener: Option<JoinHandle<()>>,
    waker: Arc<Waker>,
    local: SocketAddrV4,
}

fn offer_error(e: OpenError) -> u32 {
    match e {
        OpenError::NotFound => ds::WDSMCS_E_CONTENT_NOT_FOUND as u32,
        OpenError::AccessDenied => windows_sys::Win32::Foundation::ERROR_ACCESS_DENIED,
    }
}

impl TransportServer {
    pub fn start(cfg: ServerConfig) -> io::Result<TransportServer> {
        if cfg.block_size == 0 || cfg.block_size > params::MAX_BLOCK_SIZE {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "block size out of range",
            ));
        }
        let sock = UdpSocket::bind(SocketAddrV4::new(cfg.interface, cfg.initiation_port))?;
        sock.set_nonblocking(true)?;
        let local = match sock.local_addr()? {
            SocketAddr::V4(a) => a,
            SocketAddr::V6(_) => return Err(io::ErrorKind::Unsupported.into()),
        };
        let mut rng = Rng::from_os();
        let shared = Arc::new(Shared {
            next_session: Mutex::new((rng.next_u64() as u32, 0)),
            cfg,
            sessions: Mutex::new(HashMap::new()),
            stop: AtomicBool::new(false),
        });
        let waker = Arc::new(Waker::new()?);
        let (s2, w2) = (shared.clone(), waker.clone());
        let listener = std::thread::Builder::new()
            .name("wds-initiation".into())
            .spawn(move || listen(s2, sock, w2))?;
        Ok(TransportServer {
            shared,
            listener: Some(listener),
            waker,
            local,
        })
    }

    /// Where clients send session requests.
    pub fn local_addr(&self) -> SocketAddrV4 {
        self.local
    }

    pub fn reports(&self) -> Vec<SessionReport> {
        lock(&self.shared.sessions)
            .values()
            .map(|s| lock(&s.report).clone())
            .collect()
    }

    /// Stop every session at once, as a server that disappears would.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.waker.wake();
        if let Some(t) = self.listener.take() {
            let _ = t.join();
        }
        let sessions: Vec<SessionHandle> = lock(&self.shared.sessions)
            .drain()
            .map(|(_, s)| s)
            .collect();
        for mut s in sessions {
            s.stop.store(true, Ordering::SeqCst);
            s.waker.wake();
            if let Some(t) = s.thread.take() {
                let _ = t.join();
            }
        }
    }
}

impl Drop for TransportServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn listen(shared: Arc<Shared>, sock: UdpSocket, waker: Arc<Waker>) {
    let mut buf = vec![0u8; 2048];
    while !shared.stop.load(Ordering::SeqCst) {
        net::wait(
            &[sock.as_raw_fd()],
            &waker,
            Some(Instant::now() + Duration::from_secs(1)),
        );
        while let Ok((n, from)) = sock.recv_from(&mut buf) {
            let SocketAddr::V4(from) = from else { continue };
            let reply = match Message::decode(&buf[..n]) {
                Ok(Message::Request(req)) => {
                    match session_for(&shared, &req.namespace, &req.content) {
                        Ok(offer) => Message::Reply(offer),
                        Err(code) => Message::Error(code),
                    }
                }
                // Not a request: not for us to answer.
                _ => continue,
            };
            let _ = sock.send_to(&reply.encode(), from);
        }
        reap(&shared);
    }
}

/// Forget sessions whose thread has ended.
fn reap(shared: &Shared) {
    let mut sessions = lock(&shared.sessions);
    let done: Vec<(String, String)> = sessions
        .iter()
        .filter(|(_, s)| lock(&s.report).finished)
        .map(|(k, _)| k.clone())
        .collect();
    for k in done {
        if let Some(mut s) = sessions.remove(&k)
            && let Some(t) = s.thread.take()
        {
            let _ = t.join();
        }
    }
}

/// [MS-WDSMSI] 3.1.5.3: find or start the session for a request.
fn session_for(shared: &Arc<Shared>, namespace: &str, content: &str) -> Result<Offer, u32> {
    let key = (namespace.to_ascii_lowercase(), content.to_string());
    if let Some(s) = lock(&shared.sessions).get(&key)
        && !lock(&s.report).finished
    {
        return Ok(s.offer.clone());
    }
    let cfg = &shared.cfg;
    let provider = cfg
        .namespaces
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(namespace))
        .map(|(_, p)| p.clone())
        .ok_or(ds::WDSMCS_E_NAMESPACE_NOT_FOUND as u32)?;
    let opened = provider.open(content).map_err(offer_error)?;
    let (session_id, index) = {
        let mut n = lock(&shared.next_session);
        let ids = *n;
        *n = (ids.0.wrapping_add(1), ids.1.wrapping_add(1));
        ids
    };
    let internal = |_| windows_sys::Win32::Foundation::ERROR_INTERNAL_ERROR;
    let group = Ipv4Addr::from(u32::from(cfg.multicast_base).wrapping_add(index));
    let sock = net::server_socket(cfg.interface, 0).map_err(internal)?;
    let port = sock.local_addr().map_err(internal)?.port();
    let session = SessionConfig {
        session_id,
        block_size: cfg.block_size,
        content: opened,
        // [MS-WDSMSI] 3.1.5.3: a UDP request always gets CHECKSUM both ways.
        client_security: Security::Checksum,
        server_security: Security::Checksum,
        params: cfg.params.clone(),
    };
    let offer = Offer {
        multicast_addr: group,
        server_addr: cfg.interface,
        port,
        session_id,
        content_size: session.content.size(),
        block_size: cfg.block_size,
        total_blocks: session.total_blocks(),
    };
    let report = Arc::new(Mutex::new(SessionReport {
        namespace: namespace.to_string(),
        content: content.to_string(),
        offer: offer.clone(),
        stats: ServerStats::default(),
        finished: false,
    }));
    let stop = Arc::new(AtomicBool::new(false));
    let waker = Arc::new(Waker::new().map_err(internal)?);
    let target = SocketAddrV4::new(group, port);
    let (r2, s2, w2, rate) = (report.clone(), stop.clone(), waker.clone(), cfg.rate);
    let thread = std::thread::Builder::new()
        .name(format!("wds-session-{session_id:08x}"))
        .spawn(move || run_session(session, sock, target, rate, r2, s2, w2))
        .map_err(internal)?;
    lock(&shared.sessions).insert(
        key,
        SessionHandle {
            offer: offer.clone(),
            report,
            stop,
            waker,
            thread: Some(thread),
        },
    );
    Ok(offer)
}

/// A token bucket over the bytes put on the wire.
struct Pacer {
    rate: f64,
    burst: f64,
    tokens: f64,
    last: Instant,
}

impl Pacer {
    fn new(rate: u64, now: Instant) -> Self {
        let rate = rate as f64;
        // Two milliseconds of burst, and never less than one 64 KiB datagram.
        let burst = (rate * 0.002).max(65536.0);
        Pacer {
            rate,
            burst,
            tokens: burst,
            last: now,
        }
    }

    /// Take `bytes`, or say when there will be enough.
    fn take(&mut self, bytes: usize, now: Instant) -> Result<(), Instant> {
        let dt = now.saturating_duration_since(self.last).as_secs_f64();
        self.tokens = (self.tokens + dt * self.rate).min(self.burst);
        self.last = now;
        let need = bytes as f64;
        if self.tokens >= need {
            self.tokens -= need;
            Ok(())
        } else {
            Err(now + Duration::from_secs_f64((need - self.tokens) / self.rate))
        }
    }
}

fn run_session(
    cfg: SessionConfig,
    sock: UdpSocket,
    group: SocketAddrV4,
    rate: Option<u64>,
    report: Arc<Mutex<SessionReport>>,
    stop: Arc<AtomicBool>,
    waker: Arc<Waker>,
) {
    let now = Instant::now();
    let mut m = ServerMachine::new(cfg, now, Rng::from_os());
    let mut pacer = rate.map(|r| Pacer::new(r, now));
    let mut held: Option<(Dest, Vec<u8>)> = None;
    let mut buf = vec![0u8; 65536];
    let mut last_report = now;
    while !stop.load(Ordering::SeqCst) && !m.is_terminated() {
        // Send what the machine has, within the rate cap.
        let mut resume = None;
        while let Some((dest, mut pkt)) = held.take().or_else(|| m.poll_transmit()) {
            if let Some(p) = pacer.as_mut()
                && let Err(at) = p.take(pkt.len(), Instant::now())
            {
                held = Some((dest, pkt));
                resume = Some(at);
                break;
            }
            let to = match dest {
                Dest::Group => group,
                Dest::Client(a) => a,
            };
            m.restamp_if_late(&mut pkt, Instant::now());
            if let Err(e) = sock.send_to(&pkt, to)
                && e.kind() == io::ErrorKind::WouldBlock
            {
                // The socket buffer is full: try again in a moment.
                held = Some((dest, pkt));
                resume = Some(Instant::now() + Duration::from_micros(200));
                break;
            }
        }
        let deadline = [m.poll_timeout(), resume].into_iter().flatten().min();
        let ready = net::wait(&[sock.as_raw_fd()], &waker, deadline);
        if ready.first() == Some(&true) {
            for _ in 0..256 {
                let Ok((n, from)) = sock.recv_from(&mut buf) else {
                    break;
                };
                if let SocketAddr::V4(from) = from {
                    m.handle_datagram(from, &buf[..n], Instant::now());
                }
            }
        }
        let now = Instant::now();
        m.handle_timeout(now);
        if now.saturating_duration_since(last_report) >= Duration::from_millis(100) {
            lock(&report).stats = m.stats();
            last_report = now;
        }
    }
    let mut r = lock(&report);
    r.stats = m.stats();
    r.finished = true;
}
