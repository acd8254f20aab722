//! The transport server runtime: the [MS-WDSMSI] UDP listener on port 5041,
//! the [MS-WDSC] RPC endpoint (and an endpoint mapper when asked), and one
//! thread per multicast session, driving `ServerMachine` with a socket, a
//! clock and the rate cap.
//!
//! Sessions are auto-cast: the first request for a (namespace, content)
//! creates one, later requests join it, and it lives until its
//! InactivityTimeout passes with no client. A session has one pair of
//! packet-security modes, and a pre-OS request (UDP, or Cap with
//! BOOT_DEVICE) must get CHECKSUM both ways ([MS-WDSMSI] 3.1.5.2), so
//! pre-OS and other clients of the same content get separate sessions.

use std::collections::HashMap;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use win32::sync::lock;
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::DeploymentServices as ds;

use dcerpc::Acceptor;
use dcerpc::server::CallAuth;

use crate::codec::keyblob;
use crate::codec::msi::{self, Message, Offer};
use crate::codec::mt::{Security, Signer};
use crate::codec::wdsc::{self, InitiateReply, InitiateRequest, ReplySecurity};
use crate::initiation::{self, CALG_HMAC, CALG_SHA_256, Caller};
use crate::net::{self, Waker};
use crate::params::{self, ServerParams};
use crate::provider::{ContentProvider, OpenError};
use crate::rng::Rng;
use crate::rpc::{self, RpcListener};
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
    /// The [MS-WDSC] RPC endpoint's TCP port (0: any), or `None` for UDP
    /// initiation only.
    pub rpc_port: Option<u16>,
    /// Run an endpoint mapper on TCP 135 that points at the RPC endpoint.
    pub endpoint_mapper: bool,
    /// The security packages authenticated calls may use; `None` takes
    /// anonymous calls only.
    pub acceptor: Option<Arc<dyn Acceptor>>,
    /// Who may use each namespace; a namespace not listed is open to all.
    pub access: Vec<(String, NamespaceAccess)>,
    /// The packet security of sessions started over RPC by clients that
    /// are not pre-OS ([MS-WDSMSI] 3.1.1.3's ServerSecurityMode and
    /// ClientSecurityMode).
    pub rpc_security: RpcSecurity,
}

/// [MS-WDSMSI] 3.1.5.1: the mode pairs a server offers clients that are
/// not pre-OS.
#[derive(Clone)]
pub enum RpcSecurity {
    None,
    Checksum,
    /// HMAC both ways with a key made per session (the spec's example).
    Hash,
    /// The server signs with this key, the clients HMAC.
    Sign(Arc<Signer>),
}

/// Per-namespace access ([MS-WDSMSI] 3.1.1.1's AllowUnauthenticated, and
/// the provider's UserAccessCheck).
#[derive(Clone, Debug, Default)]
pub struct NamespaceAccess {
    /// Anonymous requests (RPC without authentication, or UDP) are refused.
    pub require_authentication: bool,
    /// Authenticated users allowed in: `user`, `DOMAIN\user`, `user@REALM`
    /// or `@group` (a local group of the user's local account). Empty:
    /// any authenticated user.
    pub allowed: Vec<String>,
}

impl NamespaceAccess {
    /// WdsTransportProviderUserAccessCheck's decision for `who`.
    fn admits(&self, who: Option<&str>) -> bool {
        let Some(who) = who else {
            return !self.require_authentication;
        };
        if self.allowed.is_empty() {
            return true;
        }
        let (user, domain) = principal(who);
        self.allowed
            .iter()
            .any(|entry| match entry.strip_prefix('@') {
                Some(group) => win32::account::user_in_group(user, group),
                None => {
                    // The same user, and the same domain or realm when the
                    // entry names one: NTLM's `WDS.TEST\alice` and
                    // Kerberos' `alice@WDS.TEST` are one person.
                    let (u, d) = principal(entry);
                    u.eq_ignore_ascii_case(user)
                        && d.is_none_or(|d| domain.is_some_and(|w| w.eq_ignore_ascii_case(d)))
                }
            })
    }
}

/// A principal as (user, domain or realm): `DOMAIN\user`, `user@REALM`
/// or a bare `user`.
fn principal(name: &str) -> (&str, Option<&str>) {
    if let Some((domain, user)) = name.split_once('\\') {
        return (user, Some(domain));
    }
    match name.rsplit_once('@') {
        Some((user, realm)) => (user, Some(realm)),
        None => (name, None),
    }
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
            rpc_port: None,
            endpoint_mapper: false,
            acceptor: None,
            access: Vec::new(),
            rpc_security: RpcSecurity::Hash,
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

/// What every client of one session is told: where and what, the packet
/// security, and the content's metadata (read once, when the session
/// opened the content).
#[derive(Clone)]
struct Terms {
    offer: Offer,
    security: ReplySecurity,
    metadata: Option<Vec<u8>>,
}

struct SessionHandle {
    terms: Terms,
    report: Arc<Mutex<SessionReport>>,
    stop: Arc<AtomicBool>,
    waker: Arc<Waker>,
    thread: Option<JoinHandle<()>>,
}

/// A session's key: namespace (lower case), content, and whether its
/// clients are pre-OS.
type SessionKey = (String, String, bool);

struct Shared {
    cfg: ServerConfig,
    sessions: Mutex<HashMap<SessionKey, SessionHandle>>,
    next_session: Mutex<(u32, u32)>,
    stop: AtomicBool,
}

pub struct TransportServer {
    shared: Arc<Shared>,
    listener: Option<JoinHandle<()>>,
    waker: Arc<Waker>,
    local: SocketAddrV4,
    /// The RPC endpoint, then the endpoint mapper; dropped (stopped) first.
    rpc: Vec<RpcListener>,
}

fn offer_error(e: OpenError) -> u32 {
    match e {
        OpenError::NotFound => ds::WDSMCS_E_CONTENT_NOT_FOUND as u32,
        OpenError::AccessDenied => f::ERROR_ACCESS_DENIED,
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
        let rpc = start_rpc(&shared)?;
        let (s2, w2) = (shared.clone(), waker.clone());
        let listener = std::thread::Builder::new()
            .name("wds-initiation".into())
            .spawn(move || listen(s2, sock, w2))?;
        Ok(TransportServer {
            shared,
            listener: Some(listener),
            waker,
            local,
            rpc,
        })
    }

    /// Where the [MS-WDSC] RPC endpoint listens, if it runs.
    pub fn rpc_addr(&self) -> Option<SocketAddrV4> {
        self.rpc.first().map(RpcListener::local_addr)
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
        self.rpc.clear();
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
                    let caller = Caller {
                        auth: None,
                        pre_os: true,
                    };
                    match session_for(&shared, &req.namespace, &req.content, &caller) {
                        Ok(terms) => Message::Reply(terms.offer),
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
    let done: Vec<SessionKey> = sessions
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

/// Start the RPC endpoint and the endpoint mapper the configuration asks
/// for.
fn start_rpc(shared: &Arc<Shared>) -> io::Result<Vec<RpcListener>> {
    let cfg = &shared.cfg;
    let Some(port) = cfg.rpc_port else {
        return Ok(Vec::new());
    };
    let s = shared.clone();
    let handler: Arc<rpc::Handler> = Arc::new(move |call| {
        initiation::serve_call(call, &|req, caller| initiate_rpc(&s, req, caller))
    });
    let endpoint = RpcListener::start(
        SocketAddrV4::new(cfg.interface, port),
        vec![initiation::INTERFACE],
        cfg.acceptor.clone(),
        handler,
    )?;
    let mut listeners = vec![];
    if cfg.endpoint_mapper {
        let mapper = rpc::endpoint_mapper(vec![initiation::INTERFACE], endpoint.local_addr());
        listeners.push(RpcListener::start(
            SocketAddrV4::new(cfg.interface, rpc::EPM_PORT),
            vec![dcerpc::epm::EPM_INTERFACE],
            None,
            mapper,
        )?);
    }
    listeners.insert(0, endpoint);
    Ok(listeners)
}

/// [MS-WDSMSI] 3.1.5.2: WDSMC_OP_INITIATE over RPC.
fn initiate_rpc(
    shared: &Arc<Shared>,
    req: &InitiateRequest,
    caller: &Caller<'_>,
) -> Result<InitiateReply, u32> {
    let Terms {
        offer,
        security,
        metadata,
    } = session_for(shared, &req.namespace, &req.content, caller)?;
    // "when server or client security mode is set to CHECKSUM, the request
    // MUST include the Cap variable [with] WDSMC_CLIENT_CAP_CHECKSUM".
    let modes = security.modes.unwrap_or((wdsc::SEC_NONE, wdsc::SEC_NONE));
    if (modes.0 == wdsc::SEC_CHECKSUM || modes.1 == wdsc::SEC_CHECKSUM)
        && req.cap.is_none_or(|c| c & wdsc::CAP_CHECKSUM == 0)
    {
        return Err(ds::WDSMCS_E_CLIENT_DOESNOT_SUPPORT_SECURITY_MODE as u32);
    }
    Ok(InitiateReply {
        offer,
        security,
        metadata,
        user_sid: match caller.auth {
            None => Some(ANONYMOUS_SID.to_vec()),
            Some(auth) => user_sid(auth),
        },
    })
}

/// S-1-5-7, the anonymous logon, for unauthenticated callers.
const ANONYMOUS_SID: [u8; 12] = [1, 1, 0, 0, 0, 0, 0, 5, 7, 0, 0, 0];

/// [MS-WDSMSI] 3.1.5.2's UserSid: an authenticated user who has a local
/// account is S-1-22-1-UID, as Samba names Unix users (the same rule as
/// wtsapi32's); one who has none gets no SID (nothing on Linux gives it
/// one).
fn user_sid(auth: &CallAuth) -> Option<Vec<u8>> {
    let name = auth.peer.as_deref()?;
    win32::account::uid_of(principal(name).0).map(|uid| win32::account::unix_user_sid(uid).to_vec())
}

fn lookup(shared: &Shared, namespace: &str) -> Result<Arc<dyn ContentProvider>, u32> {
    shared
        .cfg
        .namespaces
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(namespace))
        .map(|(_, p)| p.clone())
        .ok_or(ds::WDSMCS_E_NAMESPACE_NOT_FOUND as u32)
}

/// The security a new session of this kind gets ([MS-WDSMSI] 3.1.5.2).
fn session_security(
    cfg: &ServerConfig,
    pre_os: bool,
) -> Result<(ReplySecurity, Security, Security), u32> {
    let checksum = || {
        let reply = ReplySecurity {
            modes: Some((wdsc::SEC_CHECKSUM, wdsc::SEC_CHECKSUM)),
            ..ReplySecurity::default()
        };
        (reply, Security::Checksum, Security::Checksum)
    };
    // A fresh key per session, from the kernel's CSPRNG.
    let hmac_key = || {
        let mut key = [0u8; 24];
        getrandom::fill(&mut key)
            .map(|()| key)
            .map_err(|_| f::ERROR_INTERNAL_ERROR)
    };
    let hash_reply = |key: &[u8; 24], server_mode| ReplySecurity {
        modes: Some((wdsc::SEC_HASH, server_mode)),
        sym_key: Some(keyblob::plaintext_key_blob(key)),
        hash_alg: Some(CALG_SHA_256),
        hmac_alg: Some(CALG_HMAC),
        ..ReplySecurity::default()
    };
    if pre_os {
        return Ok(checksum());
    }
    Ok(match &cfg.rpc_security {
        RpcSecurity::None => (
            ReplySecurity {
                modes: Some((wdsc::SEC_NONE, wdsc::SEC_NONE)),
                ..ReplySecurity::default()
            },
            Security::None,
            Security::None,
        ),
        RpcSecurity::Checksum => checksum(),
        RpcSecurity::Hash => {
            let key = hmac_key()?;
            (
                hash_reply(&key, wdsc::SEC_HASH),
                Security::hmac(&key),
                Security::hmac(&key),
            )
        }
        RpcSecurity::Sign(signer) => {
            // 3.1.5.2: SIGN hands out SignKey and SymKey both.
            let key = hmac_key()?;
            let mut reply = hash_reply(&key, wdsc::SEC_SIGN);
            reply.sign_key = Some(signer.public_key_blob());
            (reply, Security::hmac(&key), Security::Sign(signer.clone()))
        }
    })
}

/// [MS-WDSMSI] 3.1.5.2 and 3.1.5.3: check access, then find or start the
/// session for a request.
fn session_for(
    shared: &Arc<Shared>,
    namespace: &str,
    content: &str,
    caller: &Caller<'_>,
) -> Result<Terms, u32> {
    let cfg = &shared.cfg;
    let provider = lookup(shared, namespace)?;
    let access = cfg
        .access
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(namespace))
        .map(|(_, a)| a.clone())
        .unwrap_or_default();
    if !access.admits(caller.auth.map(|a| a.peer.as_deref().unwrap_or(""))) {
        return Err(f::ERROR_ACCESS_DENIED);
    }
    let key = (
        namespace.to_ascii_lowercase(),
        content.to_string(),
        caller.pre_os,
    );
    if let Some(s) = lock(&shared.sessions).get(&key)
        && !lock(&s.report).finished
    {
        return Ok(s.terms.clone());
    }
    let opened = provider.open(content).map_err(offer_error)?;
    let metadata = Some(opened.metadata()).filter(|m| !m.is_empty());
    let (reply_security, client_security, server_security) = session_security(cfg, caller.pre_os)?;
    let (session_id, index) = {
        let mut n = lock(&shared.next_session);
        let ids = *n;
        *n = (ids.0.wrapping_add(1), ids.1.wrapping_add(1));
        ids
    };
    let internal = |_| f::ERROR_INTERNAL_ERROR;
    let group = Ipv4Addr::from(u32::from(cfg.multicast_base).wrapping_add(index));
    let sock = net::server_socket(cfg.interface, 0).map_err(internal)?;
    let port = sock.local_addr().map_err(internal)?.port();
    let session = SessionConfig {
        session_id,
        block_size: cfg.block_size,
        content: opened,
        client_security,
        server_security,
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
    let terms = Terms {
        offer: offer.clone(),
        security: reply_security,
        metadata,
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
            terms: terms.clone(),
            report,
            stop,
            waker,
            thread: Some(thread),
        },
    );
    Ok(terms)
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

/// Datagrams handed to the kernel per system call at most: a GSO run of
/// unfragmented datagrams (44 of 1472 bytes fill 64 KiB) and then some.
const SEND_BATCH: usize = 64;
/// Datagrams taken from the socket per system call at most.
const RECV_BATCH: usize = 32;

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
    // Paid for (within the rate cap) but not yet taken by the kernel.
    let mut batch: Vec<(SocketAddrV4, Vec<u8>)> = Vec::with_capacity(SEND_BATCH);
    // The next datagram, waiting for the rate cap.
    let mut held: Option<(Dest, Vec<u8>)> = None;
    let mut sender = net::Sender::default();
    let mut receiver = net::Receiver::new(RECV_BATCH);
    net::Receiver::enable_gro(sock.as_raw_fd());
    let mut last_report = now;
    while !stop.load(Ordering::SeqCst) && !m.is_terminated() {
        // Send what the machine has, within the rate cap, a batch per
        // system call.
        let mut resume = None;
        loop {
            let now = Instant::now();
            while batch.len() < SEND_BATCH && resume.is_none() {
                let Some((dest, pkt)) = held.take().or_else(|| m.poll_transmit()) else {
                    break;
                };
                if let Some(p) = pacer.as_mut()
                    && let Err(at) = p.take(pkt.len(), now)
                {
                    held = Some((dest, pkt));
                    resume = Some(at);
                    break;
                }
                let to = match dest {
                    Dest::Group => group,
                    Dest::Client(a) => a,
                };
                batch.push((to, pkt));
            }
            if batch.is_empty() {
                break;
            }
            for (_, pkt) in &mut batch {
                m.restamp_if_late(pkt, now);
            }
            let out: Vec<(Option<SocketAddrV4>, &[u8])> = batch
                .iter()
                .map(|(to, p)| (Some(*to), p.as_slice()))
                .collect();
            match sender.send(sock.as_raw_fd(), &out) {
                Ok(n) => {
                    batch.drain(..n);
                }
                Err(_) => {
                    // The socket buffer is full: try again in a moment.
                    resume = Some(now + Duration::from_micros(200));
                    break;
                }
            }
            if held.is_some() && batch.is_empty() {
                break;
            }
        }
        let deadline = [m.poll_timeout(), resume].into_iter().flatten().min();
        let ready = net::wait(&[sock.as_raw_fd()], &waker, deadline);
        if ready.first() == Some(&true) {
            for _ in 0..8 {
                let now = Instant::now();
                let filled = receiver.recv(sock.as_raw_fd(), |from, data| {
                    if let Some(from) = from {
                        m.handle_datagram(from, data, now);
                    }
                });
                if filled < RECV_BATCH {
                    break;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_matches_a_principal_in_either_form() {
        let open = NamespaceAccess::default();
        assert!(open.admits(None) && open.admits(Some("WDS\\bob")));
        let acl = NamespaceAccess {
            require_authentication: true,
            allowed: vec!["alice@WDS.TEST".into(), "carol".into(), "@root".into()],
        };
        assert!(!acl.admits(None));
        assert!(acl.admits(Some("alice@wds.test")));
        assert!(acl.admits(Some("WDS.TEST\\Alice")));
        assert!(!acl.admits(Some("OTHER\\alice")));
        assert!(!acl.admits(Some("alice")));
        assert!(acl.admits(Some("carol@ANY.REALM")) && acl.admits(Some("X\\carol")));
        assert!(acl.admits(Some("root@LOCAL")));
        assert!(!acl.admits(Some("bob@WDS.TEST")));
        assert_eq!(principal("D\\u"), ("u", Some("D")));
        assert_eq!(principal("u@R"), ("u", Some("R")));
        assert_eq!(principal("u"), ("u", None));
    }
}
