//! [MS-WDSC] over TCP: the thin blocking runtime around `dcerpc`'s
//! machines. A client call connects, binds, makes one call and closes; a
//! listener runs one thread per connection (initiation is one short call
//! per client, so connections are few and brief).
//!
//! Endpoint discovery ([MS-WDSC] 2.1: "dynamic endpoints"): ask the
//! endpoint mapper on port 135 for the interface, as Windows' RPC runtime
//! does; if nobody answers there, try TCP 5040, the port Windows WDS
//! servers are observed to use (CONFORMANCE 3.8).

use std::io::{self, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use dcerpc::client::{Client, ClientConfig, ClientEvent};
use dcerpc::server::{Call, Server, ServerConfig, ServerEvent};
use dcerpc::{Acceptor, SecurityContext, SyntaxId, epm};
use windows_sys::Win32::Foundation as f;

use crate::net::{self, Waker};

/// The endpoint mapper's well-known port (C706 appendix H, [MS-RPCE] 2.1.1.1).
pub const EPM_PORT: u16 = 135;
/// The WDS server's endpoint as observed on Windows (CONFORMANCE 3.8).
pub const FALLBACK_PORT: u16 = 5040;

/// `RPC_S_SERVER_UNAVAILABLE`: nobody listens where the interface should be.
pub const RPC_S_SERVER_UNAVAILABLE: u32 = 1722;
/// `RPC_S_CALL_FAILED`: the connection broke during a call.
pub const RPC_S_CALL_FAILED: u32 = 1726;

/// Why a call did not return a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallError {
    /// No connection could be made: the caller may try another way.
    Unreachable,
    /// The server (or the security package) answered with a failure, or
    /// the call broke after it started; a Win32 or RPC status.
    Failed(u32),
}

impl CallError {
    pub fn code(self) -> u32 {
        match self {
            CallError::Unreachable => RPC_S_SERVER_UNAVAILABLE,
            CallError::Failed(c) => c,
        }
    }
}

/// The timeouts of one client call ([MS-WDSC] 3.2.2 leaves them to the
/// client; the values are in `params`).
#[derive(Debug, Clone, Copy)]
pub struct CallLimits {
    pub connect: Duration,
    pub call: Duration,
}

/// Connect to `addr`, bind `interface` (authenticated when `auth` is
/// given), call `opnum` with `stub` and return the response stub.
/// `cancelled` is polled while waiting and ends the call with its code.
pub fn call(
    addr: SocketAddrV4,
    interface: SyntaxId,
    auth: Option<(Box<dyn SecurityContext>, u8)>,
    opnum: u16,
    stub: &[u8],
    limits: CallLimits,
    cancelled: &dyn Fn() -> Option<u32>,
) -> Result<Vec<u8>, CallError> {
    let mut stream = TcpStream::connect_timeout(&SocketAddr::V4(addr), limits.connect)
        .map_err(|_| CallError::Unreachable)?;
    let _ = stream.set_nodelay(true);
    let deadline = Instant::now() + limits.call;
    let mut client = Client::new(ClientConfig {
        auth,
        ..ClientConfig::new(interface)
    });
    let id = client.call(opnum, stub);
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        while let Some(out) = client.poll_transmit() {
            stream
                .write_all(&out)
                .map_err(|_| CallError::Failed(RPC_S_CALL_FAILED))?;
        }
        while let Some(ev) = client.poll_event() {
            match ev {
                ClientEvent::Response { call_id, stub } if call_id == id => return Ok(stub),
                ClientEvent::Fault { call_id, status } if call_id == id => {
                    return Err(CallError::Failed(status));
                }
                ClientEvent::Failed(e) => return Err(CallError::Failed(e.status())),
                _ => {}
            }
        }
        if let Some(code) = cancelled() {
            return Err(CallError::Failed(code));
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(CallError::Failed(f::ERROR_TIMEOUT));
        }
        // Short slices, so a cancel is seen within 100 ms.
        let slice = (deadline - now).min(Duration::from_millis(100));
        let _ = stream.set_read_timeout(Some(slice));
        match stream.read(&mut buf) {
            Ok(0) => return Err(CallError::Failed(RPC_S_CALL_FAILED)),
            Ok(n) => client
                .handle_input(&buf[..n])
                .map_err(|e| CallError::Failed(e.status()))?,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return Err(CallError::Failed(RPC_S_CALL_FAILED)),
        }
    }
}

/// Where `interface` listens on `host`: the endpoint mapper's answer, or
/// [`FALLBACK_PORT`] when no mapper answers. A mapper that answers "not
/// registered" is believed ([MS-RPCE] 3.1.1.5.1.1's EPT_S_NOT_REGISTERED).
pub fn resolve(
    host: Ipv4Addr,
    interface: SyntaxId,
    limits: CallLimits,
    cancelled: &dyn Fn() -> Option<u32>,
) -> Result<u16, CallError> {
    let request = epm::map_request(interface);
    let mapper = SocketAddrV4::new(host, EPM_PORT);
    match call(
        mapper,
        epm::EPM_INTERFACE,
        None,
        epm::OPNUM_EPT_MAP,
        &request,
        limits,
        cancelled,
    ) {
        Ok(stub) => match epm::parse_map_response(&stub) {
            Ok(endpoints) => endpoints
                .first()
                .map(|e| e.port)
                .ok_or(CallError::Unreachable),
            Err(_) => Err(CallError::Unreachable),
        },
        Err(CallError::Unreachable) => Ok(FALLBACK_PORT),
        Err(e) => Err(e),
    }
}

/// What a listener does with a call: the response stub, or a fault status.
pub type Handler = dyn Fn(&Call) -> Result<Vec<u8>, u32> + Send + Sync;

/// At most this many connections at once per listener; more wait in the
/// kernel's backlog (a bound on threads a flood can make us spawn).
const MAX_CONNECTIONS: usize = 64;
/// A connection with no complete call for this long is closed.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// A TCP listener serving one or more interfaces.
pub struct RpcListener {
    stop: Arc<AtomicBool>,
    waker: Arc<Waker>,
    thread: Option<JoinHandle<()>>,
    local: SocketAddrV4,
}

impl RpcListener {
    pub fn start(
        bind: SocketAddrV4,
        interfaces: Vec<SyntaxId>,
        acceptor: Option<Arc<dyn Acceptor>>,
        handler: Arc<Handler>,
    ) -> io::Result<RpcListener> {
        let listener = TcpListener::bind(bind)?;
        listener.set_nonblocking(true)?;
        let local = match listener.local_addr()? {
            SocketAddr::V4(a) => a,
            SocketAddr::V6(_) => return Err(io::ErrorKind::Unsupported.into()),
        };
        let stop = Arc::new(AtomicBool::new(false));
        let waker = Arc::new(Waker::new()?);
        let (s2, w2) = (stop.clone(), waker.clone());
        let thread = std::thread::Builder::new()
            .name(format!("rpc-listen-{}", local.port()))
            .spawn(move || {
                let config = move || ServerConfig {
                    interfaces: interfaces.clone(),
                    acceptor: acceptor.clone(),
                    max_frag: dcerpc::client::DEFAULT_MAX_FRAG,
                    port: local.port(),
                };
                accept_loop(&listener, &s2, &w2, &config, &handler)
            })?;
        Ok(RpcListener {
            stop,
            waker,
            thread: Some(thread),
            local,
        })
    }

    pub fn local_addr(&self) -> SocketAddrV4 {
        self.local
    }
}

impl Drop for RpcListener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.waker.wake();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn accept_loop(
    listener: &TcpListener,
    stop: &Arc<AtomicBool>,
    waker: &Waker,
    config: &dyn Fn() -> ServerConfig,
    handler: &Arc<Handler>,
) {
    let live = Arc::new(AtomicUsize::new(0));
    while !stop.load(Ordering::SeqCst) {
        net::wait(
            &[listener.as_raw_fd()],
            waker,
            Some(Instant::now() + Duration::from_secs(1)),
        );
        while live.load(Ordering::SeqCst) < MAX_CONNECTIONS {
            let Ok((stream, _)) = listener.accept() else {
                break;
            };
            live.fetch_add(1, Ordering::SeqCst);
            let (server, h, s, l) = (
                Server::new(config()),
                handler.clone(),
                stop.clone(),
                live.clone(),
            );
            let spawned = std::thread::Builder::new()
                .name("rpc-conn".into())
                .spawn(move || {
                    serve(stream, server, &*h, &s);
                    l.fetch_sub(1, Ordering::SeqCst);
                });
            if spawned.is_err() {
                live.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }
}

/// One association: read PDUs, answer calls, until the peer leaves, a
/// protocol error, the idle timeout or the listener stops.
fn serve(mut stream: TcpStream, mut server: Server, handler: &Handler, stop: &AtomicBool) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let mut buf = vec![0u8; 16 * 1024];
    let mut idle_since = Instant::now();
    while !stop.load(Ordering::SeqCst) && idle_since.elapsed() < IDLE_TIMEOUT {
        let mut closed = false;
        while let Some(ev) = server.poll_event() {
            match ev {
                ServerEvent::Call(call) => match handler(&call) {
                    Ok(stub) => server.respond(call.call_id, &stub),
                    Err(status) => server.fault(call.call_id, status),
                },
                ServerEvent::Closed(_) => closed = true,
            }
            idle_since = Instant::now();
        }
        while let Some(out) = server.poll_transmit() {
            if stream.write_all(&out).is_err() {
                return;
            }
        }
        if closed {
            return;
        }
        match stream.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if server.handle_input(&buf[..n]).is_err() {
                    // The machine may have queued a last word (a fault or
                    // bind_nak) before giving up on the association.
                    while let Some(out) = server.poll_transmit() {
                        let _ = stream.write_all(&out);
                    }
                    return;
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

/// The endpoint mapper's part: answer `ept_map` for `interfaces` with
/// `endpoint`, "not registered" for anything else.
pub fn endpoint_mapper(interfaces: Vec<SyntaxId>, endpoint: SocketAddrV4) -> Arc<Handler> {
    Arc::new(move |call: &Call| {
        if call.opnum != epm::OPNUM_EPT_MAP {
            return Err(dcerpc::pdu::status::NCA_S_OP_RNG_ERROR);
        }
        let asked =
            epm::parse_map_request(&call.stub).map_err(|_| f::RPC_X_BAD_STUB_DATA as u32)?;
        let found = interfaces
            .iter()
            .any(|i| i.uuid == asked.interface.uuid && i.major == asked.interface.major);
        let endpoints = [epm::TcpEndpoint {
            port: endpoint.port(),
            ip: *endpoint.ip(),
        }];
        // No endpoints: "not registered".
        Ok(epm::map_response(
            &asked,
            if found { &endpoints } else { &[] },
        ))
    })
}
