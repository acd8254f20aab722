//! The WdsTransportClient API in Rust: a session is initialised from a
//! request, started with its callbacks, and runs on two threads of its own:
//! the network thread drives `ClientMachine`; the dispatcher runs the
//! consumer's callbacks one at a time, in order (SessionStart,
//! SessionStartEx, ReceiveMetadata, ReceiveContents..., SessionComplete,
//! always last). The docs leave threading open; serialised callbacks on
//! one thread per session are our choice, and they may call any API
//! function, including CompleteReceive and CancelSession.

use std::collections::HashMap;
use std::net::{SocketAddr, SocketAddrV4, ToSocketAddrs};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use win32::Win32Error;
use win32::sync::lock;
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::System::DeploymentServices as ds;

use crate::client::{ClientConfig, ClientEvent, ClientMachine, ClientStats, Outcome};
use crate::codec::msi::{self, Message, Request as MsiRequest};
use crate::codec::mt::{self, Security};
use crate::codec::wdsc::{self, InitiateRequest};
use crate::initiation::{self, Negotiated};
use crate::net::{self, Waker};
use crate::params::{ClientParams, DEFAULT_CACHE_SIZE};
use crate::rng::Rng;
use crate::rpc::{CallError, CallLimits};

/// A WDSTPC_E_* HRESULT as the DWORD the client API returns.
pub fn tpc(code: windows_sys::core::HRESULT) -> Win32Error {
    Win32Error(code as u32)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthLevel {
    /// WDS_TRANSPORTCLIENT_AUTH: an authenticated [MS-WDSC] request.
    Auth,
    /// WDS_TRANSPORTCLIENT_NO_AUTH.
    NoAuth,
}

/// WDS_TRANSPORTCLIENT_REQUEST, after validation.
#[derive(Debug, Clone)]
pub struct Request {
    /// A host name or address: initiation over [MS-WDSC] RPC, its endpoint
    /// found through the endpoint mapper, then (anonymous requests only)
    /// UDP 5041. Our extensions: "host:port" asks UDP initiation on that
    /// port only; `ncacn_ip_tcp:host[port]`, an RPC string binding, asks
    /// RPC at exactly that endpoint.
    pub server: String,
    pub namespace: String,
    pub object: String,
    /// ulCacheSize; 0 (WDS_TRANSPORTCLIENT_NO_CACHE) means [MS-WDSMA]'s
    /// default of 2 MiB.
    pub cache_size: u64,
    pub auth: AuthLevel,
}

/// TRANSPORTCLIENT_SESSION_INFO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionInfo {
    pub file_size: u64,
    pub block_size: u32,
}

/// A received block, reference-counted so a consumer may keep it past its
/// callback (WdsTransportClientAddRefBuffer / ReleaseBuffer).
#[derive(Clone)]
pub struct Buffer(Arc<Vec<u8>>);

impl Buffer {
    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }
    pub fn as_ptr(&self) -> *const u8 {
        self.0.as_ptr()
    }
}

type Registry = Mutex<HashMap<usize, (Buffer, usize)>>;

fn buffers() -> &'static Registry {
    static B: OnceLock<Registry> = OnceLock::new();
    B.get_or_init(Registry::default)
}

fn lend(b: &Buffer) {
    lock(buffers())
        .entry(b.as_ptr() as usize)
        .or_insert_with(|| (b.clone(), 0))
        .1 += 1;
}

/// WdsTransportClientAddRefBuffer: only a buffer we handed out counts.
pub fn add_ref_buffer(p: *const u8) -> Result<(), Win32Error> {
    match lock(buffers()).get_mut(&(p as usize)) {
        Some(e) => {
            e.1 += 1;
            Ok(())
        }
        None => Err(Win32Error::INVALID_PARAMETER),
    }
}

/// WdsTransportClientReleaseBuffer.
pub fn release_buffer(p: *const u8) -> Result<(), Win32Error> {
    let mut map = lock(buffers());
    let Some(e) = map.get_mut(&(p as usize)) else {
        return Err(Win32Error::INVALID_PARAMETER);
    };
    e.1 -= 1;
    if e.1 == 0 {
        map.remove(&(p as usize));
    }
    Ok(())
}

type Cb<T> = Option<Box<dyn FnMut(T) + Send>>;
pub type ContentsCallback = Box<dyn FnMut(&Buffer, u64) + Send>;
pub type MetadataCallback = Box<dyn FnMut(&[u8]) + Send>;

/// The six callbacks of TRANSPORTCLIENT_CALLBACK_ID. START, RECEIVE_CONTENTS
/// and SESSION_COMPLETE are required (RegisterCallback's page).
#[derive(Default)]
pub struct Callbacks {
    pub session_start: Cb<u64>,
    pub session_start_ex: Cb<SessionInfo>,
    pub receive_contents: Option<ContentsCallback>,
    /// Called once, after the start callbacks and before any contents,
    /// when an RPC initiation reply carries ContentMetadata ([MS-WDSMSI]
    /// 2.2.1); the UDP reply has none (2.2.2.2).
    pub receive_metadata: Option<MetadataCallback>,
    pub session_complete: Cb<u32>,
    /// Registered but never called: our servers never negotiate a range
    /// (SESSION_NEGOTIATE has no documentation at all).
    pub session_negotiate: Cb<SessionInfo>,
}

/// WDS_TRANSPORTCLIENT_STATUS_*, with the error for FAILURE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    InProgress,
    Success,
    Failure(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Created,
    Running,
    /// SessionComplete has returned.
    Completed(u32),
}

struct Control {
    cancel: Option<u32>,
    waker: Option<Arc<Waker>>,
}

pub struct ClientSession {
    request: Request,
    params: ClientParams,
    phase: Mutex<Phase>,
    completed: Condvar,
    control: Mutex<Control>,
    /// Deliveries not yet completed: offset -> size.
    outstanding: Mutex<HashMap<u64, u32>>,
    /// Bytes completed since the network thread last looked.
    freed: AtomicU64,
    closed: AtomicBool,
    stats: Mutex<ClientStats>,
}

/// The library-wide state Initialize and Shutdown manage.
struct Library {
    initialized: bool,
    sessions: Vec<Weak<ClientSession>>,
}

fn library() -> &'static Mutex<Library> {
    static L: OnceLock<Mutex<Library>> = OnceLock::new();
    L.get_or_init(|| {
        Mutex::new(Library {
            initialized: false,
            sessions: Vec::new(),
        })
    })
}

/// WdsTransportClientInitialize. Calling it again is harmless.
pub fn initialize() {
    lock(library()).initialized = true;
}

/// WdsTransportClientShutdown: sessions still running are cancelled (they
/// complete with ERROR_CANCELLED); calls made afterwards fail with
/// WDSTPC_E_NOT_INITIALIZED until Initialize runs again.
pub fn shutdown() -> Result<(), Win32Error> {
    let sessions = {
        let mut lib = lock(library());
        if !lib.initialized {
            return Err(tpc(ds::WDSTPC_E_NOT_INITIALIZED));
        }
        lib.initialized = false;
        std::mem::take(&mut lib.sessions)
    };
    for s in sessions.iter().filter_map(Weak::upgrade) {
        let _ = s.cancel(f::ERROR_CANCELLED);
    }
    Ok(())
}

pub fn check_initialized() -> Result<(), Win32Error> {
    if lock(library()).initialized {
        Ok(())
    } else {
        Err(tpc(ds::WDSTPC_E_NOT_INITIALIZED))
    }
}

impl ClientSession {
    /// WdsTransportClientInitializeSession: only sets the session up.
    pub fn new(request: Request) -> Result<Arc<ClientSession>, Win32Error> {
        Self::with_params(request, ClientParams::default())
    }

    pub fn with_params(
        request: Request,
        params: ClientParams,
    ) -> Result<Arc<ClientSession>, Win32Error> {
        check_initialized()?;
        if request.server.is_empty() || request.namespace.is_empty() || request.object.is_empty() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Target::parse(&request.server)?;
        let s = Arc::new(ClientSession {
            request,
            params,
            phase: Mutex::new(Phase::Created),
            completed: Condvar::new(),
            control: Mutex::new(Control {
                cancel: None,
                waker: None,
            }),
            outstanding: Mutex::new(HashMap::new()),
            freed: AtomicU64::new(0),
            closed: AtomicBool::new(false),
            stats: Mutex::new(ClientStats::default()),
        });
        let mut lib = lock(library());
        lib.sessions.retain(|w| w.strong_count() > 0);
        lib.sessions.push(Arc::downgrade(&s));
        Ok(s)
    }

    pub fn request(&self) -> &Request {
        &self.request
    }

    pub fn is_started(&self) -> bool {
        *lock(&self.phase) != Phase::Created
    }

    pub fn stats(&self) -> ClientStats {
        *lock(&self.stats)
    }

    /// WdsTransportClientStartSession. Returns at once: initiation, the
    /// transfer and any failure arrive through the callbacks.
    pub fn start(self: &Arc<Self>, callbacks: Callbacks) -> Result<(), Win32Error> {
        check_initialized()?;
        if callbacks.session_start.is_none()
            || callbacks.receive_contents.is_none()
            || callbacks.session_complete.is_none()
        {
            return Err(tpc(ds::WDSTPC_E_CALLBACKS_NOT_REG));
        }
        {
            let mut phase = lock(&self.phase);
            if *phase != Phase::Created {
                return Err(tpc(ds::WDSTPC_E_ALREADY_IN_PROGRESS));
            }
            *phase = Phase::Running;
        }
        let waker = Arc::new(Waker::new().map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)?);
        lock(&self.control).waker = Some(waker.clone());
        let (tx, rx) = mpsc::channel();
        let me = self.clone();
        let dispatcher = std::thread::Builder::new()
            .name("wds-callbacks".into())
            .spawn(move || me.dispatch(rx, callbacks))
            .map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)?;
        let me = self.clone();
        let spawned = std::thread::Builder::new()
            .name("wds-client".into())
            .spawn(move || {
                let code = me.run(&tx, &waker);
                let _ = tx.send(Dispatch::Complete(code));
            });
        if spawned.is_err() {
            drop(dispatcher);
            return Err(Win32Error::NOT_ENOUGH_MEMORY);
        }
        Ok(())
    }

    /// WdsTransportClientCompleteReceive: `size` and `offset` must match a
    /// ReceiveContents call not yet completed.
    pub fn complete_receive(&self, size: u32, offset: u64) -> Result<(), Win32Error> {
        let mut out = lock(&self.outstanding);
        match out.get(&offset) {
            Some(&s) if s == size => {
                out.remove(&offset);
                self.freed.fetch_add(u64::from(size), Ordering::SeqCst);
                Ok(())
            }
            _ => Err(Win32Error::INVALID_PARAMETER),
        }
    }

    /// WdsTransportClientCancelSession(Ex): the session completes with
    /// `code` (ERROR_CANCELLED for CancelSession).
    pub fn cancel(&self, code: u32) -> Result<(), Win32Error> {
        match *lock(&self.phase) {
            Phase::Completed(_) => return Err(tpc(ds::WDSTPC_E_ALREADY_COMPLETED)),
            Phase::Created | Phase::Running => {}
        }
        let mut c = lock(&self.control);
        c.cancel.get_or_insert(code);
        if let Some(w) = &c.waker {
            w.wake();
        }
        Ok(())
    }

    /// WdsTransportClientWaitForCompletion: ERROR_TIMEOUT if the session is
    /// still running after `timeout` (None: INFINITE). The docs name no
    /// code; ERROR_TIMEOUT is the Win32 error (WAIT_TIMEOUT is a wait
    /// result, not an error).
    pub fn wait(&self, timeout: Option<Duration>) -> Result<(), Win32Error> {
        let mut phase = lock(&self.phase);
        if *phase == Phase::Created {
            // Nothing to wait for until StartSession.
            return Err(Win32Error(f::ERROR_INVALID_STATE));
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        while !matches!(*phase, Phase::Completed(_)) {
            match deadline {
                None => {
                    phase = self
                        .completed
                        .wait(phase)
                        .unwrap_or_else(|e| e.into_inner())
                }
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return Err(Win32Error::TIMEOUT);
                    }
                    phase = self
                        .completed
                        .wait_timeout(phase, left)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
        Ok(())
    }

    /// WdsTransportClientQueryStatus.
    pub fn status(&self) -> Status {
        match *lock(&self.phase) {
            Phase::Completed(0) => Status::Success,
            Phase::Completed(e) => Status::Failure(e),
            _ => Status::InProgress,
        }
    }

    /// WdsTransportClientCloseSession: the session is not cancelled; from
    /// now on each ReceiveContents counts as completed when its callback
    /// returns, since the consumer can no longer call CompleteReceive.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        let mut out = lock(&self.outstanding);
        let bytes: u64 = out.values().map(|&s| u64::from(s)).sum();
        out.clear();
        self.freed.fetch_add(bytes, Ordering::SeqCst);
    }

    fn dispatch(self: Arc<Self>, rx: mpsc::Receiver<Dispatch>, mut cb: Callbacks) {
        while let Ok(d) = rx.recv() {
            match d {
                Dispatch::Start(info) => {
                    if let Some(f) = cb.session_start.as_mut() {
                        f(info.file_size);
                    }
                    if let Some(f) = cb.session_start_ex.as_mut() {
                        f(info);
                    }
                }
                Dispatch::Metadata(m) => {
                    if let Some(f) = cb.receive_metadata.as_mut() {
                        f(&m);
                    }
                }
                Dispatch::Blocks(blocks) => {
                    for (offset, data) in blocks {
                        self.deliver(&mut cb, offset, data);
                    }
                }
                Dispatch::Complete(code) => {
                    if let Some(f) = cb.session_complete.as_mut() {
                        f(code);
                    }
                    *lock(&self.phase) = Phase::Completed(code);
                    self.completed.notify_all();
                    return;
                }
            }
        }
    }

    /// One ReceiveContents call, with the buffer lent for its duration.
    fn deliver(&self, cb: &mut Callbacks, offset: u64, data: Vec<u8>) {
        let buf = Buffer(Arc::new(data));
        let size = buf.0.len() as u32;
        lend(&buf);
        if !self.closed.load(Ordering::SeqCst) {
            lock(&self.outstanding).insert(offset, size);
        }
        if let Some(f) = cb.receive_contents.as_mut() {
            f(&buf, offset);
        }
        let _ = release_buffer(buf.as_ptr());
        if self.closed.load(Ordering::SeqCst) {
            // Closed before or during the callback: nobody can complete
            // this delivery but us.
            lock(&self.outstanding).remove(&offset);
            self.freed.fetch_add(u64::from(size), Ordering::SeqCst);
        }
    }

    fn cancel_code(&self) -> Option<u32> {
        lock(&self.control).cancel
    }

    /// The network thread: initiation, then the transport until it ends.
    /// Returns the code for SessionComplete.
    fn run(&self, tx: &mpsc::Sender<Dispatch>, waker: &Arc<Waker>) -> u32 {
        let negotiated = match self.initiate(waker) {
            Ok(n) => n,
            Err(code) => return code,
        };
        let info = SessionInfo {
            file_size: negotiated.offer.content_size,
            block_size: negotiated.offer.block_size,
        };
        let _ = tx.send(Dispatch::Start(info));
        if let Some(m) = negotiated.metadata.clone() {
            let _ = tx.send(Dispatch::Metadata(m));
        }
        match self.transfer(negotiated, tx, waker) {
            Ok(outcome) => outcome_code(outcome),
            Err(code) => code,
        }
    }

    /// [MS-WDSMSI] 1.4: an authenticated request goes over [MS-WDSC] RPC
    /// only. An anonymous one tries RPC first, the mechanism every Windows
    /// server version takes (1.4.2's note lists only three that listen on
    /// UDP), and falls back to UDP 5041 when no RPC endpoint answers; on a
    /// host that refuses the connections that costs two round trips.
    fn initiate(&self, waker: &Arc<Waker>) -> Result<Negotiated, u32> {
        let target = Target::parse(&self.request.server).map_err(|e| e.0)?;
        let rpc_host = match &target {
            Target::Udp(host, port) => {
                if self.request.auth == AuthLevel::NoAuth {
                    return self.initiate_udp(&resolve(host, *port)?, waker);
                }
                (host.clone(), None)
            }
            Target::Default(host) => (host.clone(), None),
            Target::Rpc(host, port) => (host.clone(), Some(*port)),
        };
        let host = *resolve(&rpc_host.0, 0)?.ip();
        let request = InitiateRequest {
            namespace: self.request.namespace.clone(),
            content: self.request.object.clone(),
            client: client_name(),
            cap: Some(wdsc::CAP_CHECKSUM),
        };
        let auth = match self.request.auth {
            AuthLevel::Auth => Some(crate::rpc_auth::client_context(&rpc_host.0)?),
            AuthLevel::NoAuth => None,
        };
        let limits = CallLimits {
            connect: self.params.rpc_connect_timeout,
            call: self.params.rpc_call_timeout,
        };
        let cancelled = || self.cancel_code();
        match initiation::request_rpc(host, rpc_host.1, &request, auth, limits, &cancelled) {
            Ok(n) => Ok(n),
            Err(CallError::Unreachable)
                if self.request.auth == AuthLevel::NoAuth
                    && matches!(target, Target::Default(_)) =>
            {
                self.initiate_udp(&SocketAddrV4::new(host, msi::UDP_PORT), waker)
            }
            Err(e) => Err(e.code()),
        }
    }

    /// [MS-WDSMSI] over UDP: a request every second until a reply comes.
    /// The session is CHECKSUM both ways (3.1.5.3) and has no metadata.
    fn initiate_udp(&self, server: &SocketAddrV4, waker: &Arc<Waker>) -> Result<Negotiated, u32> {
        let server = *server;
        let sock = net::connected_socket(server).map_err(os_error)?;
        let local = net::local_ipv4(&sock).map_err(|_| f::ERROR_NETWORK_UNREACHABLE)?;
        let request = Message::Request(MsiRequest {
            namespace: self.request.namespace.clone(),
            content: self.request.object.clone(),
            mac: net::mac_for(local),
            ipv6_capable: false,
        })
        .encode();
        let mut buf = [0u8; 1500];
        for _ in 0..self.params.initiate_attempts {
            // A refused send (nobody on the port yet) is retried like a loss.
            let _ = sock.send(&request);
            let deadline = Instant::now() + self.params.initiate_retry;
            while Instant::now() < deadline {
                if let Some(code) = self.cancel_code() {
                    return Err(code);
                }
                net::wait(&[sock.as_raw_fd()], waker, Some(deadline));
                while let Ok(n) = sock.recv(&mut buf) {
                    match Message::decode(&buf[..n]) {
                        Ok(Message::Reply(offer)) => {
                            return Ok(Negotiated {
                                offer,
                                client_security: Security::Checksum,
                                server_security: Security::Checksum,
                                metadata: None,
                            });
                        }
                        Ok(Message::Error(code)) => return Err(code),
                        _ => {}
                    }
                }
            }
        }
        Err(f::ERROR_TIMEOUT)
    }

    fn transfer(
        &self,
        negotiated: Negotiated,
        tx: &mpsc::Sender<Dispatch>,
        waker: &Arc<Waker>,
    ) -> Result<Outcome, u32> {
        let offer = negotiated.offer;
        let server = SocketAddrV4::new(offer.server_addr, offer.port);
        let uni = net::connected_socket(server).map_err(os_error)?;
        let local = net::local_ipv4(&uni).map_err(os_error)?;
        let group = net::group_socket(offer.multicast_addr, offer.port, local).map_err(os_error)?;
        let cfg = ClientConfig {
            client_name: client_name(),
            local_ip: local,
            mac: net::mac_for(local),
            cache_size: if self.request.cache_size == 0 {
                DEFAULT_CACHE_SIZE
            } else {
                self.request.cache_size
            },
            client_security: negotiated.client_security,
            server_security: negotiated.server_security,
            params: self.params.clone(),
            offer,
        };
        let mut m = ClientMachine::new(cfg, Instant::now(), Rng::from_os());
        // The data comes in batches (and, where the kernel coalesces them,
        // GRO runs); our ACKs go out a batch per system call.
        let mut receivers = [net::Receiver::new(32), net::Receiver::new(4)];
        net::Receiver::enable_gro(group.as_raw_fd());
        let mut sender = net::Sender::default();
        let mut outgoing: Vec<Vec<u8>> = Vec::new();
        let fds = [group.as_raw_fd(), uni.as_raw_fd()];
        let mut last_stats = Instant::now();
        loop {
            outgoing.extend(std::iter::from_fn(|| m.poll_transmit()));
            while !outgoing.is_empty() {
                let out: Vec<(Option<SocketAddrV4>, &[u8])> =
                    outgoing.iter().map(|p| (None, p.as_slice())).collect();
                match sender.send(uni.as_raw_fd(), &out) {
                    Ok(n) => {
                        outgoing.drain(..n);
                    }
                    // A full socket buffer loses what is left, as the
                    // network would; the protocol repairs it.
                    Err(_) => outgoing.clear(),
                }
            }
            // One message per batch: a wake-up per block would cost more
            // than the block.
            let mut blocks = Vec::new();
            let mut finished = None;
            while let Some(ev) = m.poll_event() {
                match ev {
                    ClientEvent::Block { offset, data, .. } => blocks.push((offset, data)),
                    ClientEvent::Finished(o) => finished = Some(o),
                }
            }
            if !blocks.is_empty() {
                let _ = tx.send(Dispatch::Blocks(blocks));
            }
            if let Some(o) = finished {
                *lock(&self.stats) = m.stats();
                return Ok(o);
            }
            let ready = net::wait(&fds, waker, m.poll_timeout());
            for ((fd, rx), r) in fds.into_iter().zip(&mut receivers).zip(ready) {
                if !r {
                    continue;
                }
                for _ in 0..8 {
                    let now = Instant::now();
                    let filled = rx.recv(fd, |_, data| m.handle_datagram(data, now));
                    if filled < 4 {
                        break;
                    }
                }
            }
            let now = Instant::now();
            let freed = self.freed.swap(0, Ordering::SeqCst);
            if freed > 0 {
                m.cache_done(freed);
            }
            if let Some(code) = self.cancel_code() {
                m.cancel(code, now);
            }
            m.handle_timeout(now);
            if now.saturating_duration_since(last_stats) >= Duration::from_millis(100) {
                *lock(&self.stats) = m.stats();
                last_stats = now;
            }
        }
    }
}

/// Where a request's `server` string points (see [`Request::server`]).
enum Target {
    Default(String),
    Udp(String, u16),
    Rpc(String, u16),
}

impl Target {
    fn parse(server: &str) -> Result<Target, Win32Error> {
        let bad = Win32Error::INVALID_PARAMETER;
        if let Some(binding) = server.strip_prefix("ncacn_ip_tcp:") {
            let (host, rest) = binding.split_once('[').ok_or(bad)?;
            let port = rest
                .strip_suffix(']')
                .and_then(|p| p.parse().ok())
                .ok_or(bad)?;
            return Ok(Target::Rpc(host.to_string(), port));
        }
        match server.rsplit_once(':') {
            Some((host, port)) if server.parse::<std::net::Ipv6Addr>().is_err() => Ok(Target::Udp(
                host.to_string(),
                port.parse().map_err(|_| bad)?,
            )),
            _ => Ok(Target::Default(server.to_string())),
        }
    }
}

/// The first IPv4 address of `host`.
fn resolve(host: &str, port: u16) -> Result<SocketAddrV4, u32> {
    (host, port)
        .to_socket_addrs()
        .map_err(|_| Win32Error::BAD_NETPATH.0)?
        .find_map(|a| match a {
            SocketAddr::V4(v4) => Some(v4),
            SocketAddr::V6(_) => None,
        })
        .ok_or(Win32Error::BAD_NETPATH.0)
}

/// What the dispatcher thread is asked to call.
enum Dispatch {
    Start(SessionInfo),
    /// ReceiveMetadata, after the start callbacks and before any contents.
    Metadata(Vec<u8>),
    /// ReceiveContents calls to make, in order: (offset, data).
    Blocks(Vec<(u64, Vec<u8>)>),
    Complete(u32),
}

/// SessionComplete's dwError for each way a session ends. The kick and
/// demote codes are the WDSTPC_E_* HRESULTs whose names match the wire
/// reasons (constants.md 6); inactivity is ERROR_TIMEOUT.
pub fn outcome_code(o: Outcome) -> u32 {
    match o {
        Outcome::Complete => 0,
        Outcome::Cancelled(code) => code,
        Outcome::Inactive => f::ERROR_TIMEOUT,
        Outcome::Kicked(mt::KICK_POLICY_NOT_MET) => tpc(ds::WDSTPC_E_KICKED_POLICY_NOT_MET).0,
        Outcome::Kicked(mt::KICK_FALLBACK) => tpc(ds::WDSTPC_E_KICKED_FALLBACK).0,
        Outcome::Kicked(mt::KICK_FAIL) => tpc(ds::WDSTPC_E_KICKED_FAIL).0,
        Outcome::Kicked(_) => tpc(ds::WDSTPC_E_KICKED_UNKNOWN).0,
        Outcome::Demoted => tpc(ds::WDSTPC_E_CLIENT_DEMOTE_NOT_SUPPORTED).0,
    }
}

/// A socket error as the Win32 code SessionComplete reports.
fn os_error(e: std::io::Error) -> u32 {
    Win32Error::from_errno(e.raw_os_error().unwrap_or(0)).0
}

/// The machine name for JOIN: at most 15 characters and the NUL.
fn client_name() -> String {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most buf.len() bytes into `buf`.
    let ok = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } == 0;
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    let name = if ok {
        String::from_utf8_lossy(&buf[..end]).into_owned()
    } else {
        String::new()
    };
    name.chars().take(15).collect()
}
