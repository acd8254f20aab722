//! Idle keep-alive connections, kept per server for the whole process as
//! WinHTTP keeps them (a new session's request to the same server gets the
//! last one's connection: Wine's test_persistent_connection, on Windows),
//! so the next request skips the lookup, the connect and the TLS
//! handshake. TLS connections are kept apart by the security settings
//! they were checked under.
//!
//! A connection comes back here only once its response body has been read
//! to the end and both sides allow keep-alive ([`keeps_alive`]). It is
//! taken again only if the peer has neither closed it nor sent anything
//! unasked (a peek that would block), and not after [`IDLE_TIMEOUT`].

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use mio::Token;
use win32::sync::lock;

use crate::gate::Gate;
use crate::headers::Headers;
use crate::transport::Transport;

/// How long an idle connection is kept. Windows does not document it;
/// servers commonly close idle connections after 5 to 75 s (nginx 75 s,
/// Apache 5 s), and a stale one costs a retry, so 30 s.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// How long after it came back a connection is reused without checking
/// that the server still has it open.
const FRESH: Duration = Duration::from_millis(500);
/// Idle connections kept per server at most, whatever
/// WINHTTP_OPTION_MAX_CONNS_PER_SERVER says (its default is unlimited):
/// enough for a thousand requests in flight to find theirs again.
pub const MAX_IDLE_PER_SERVER: usize = 1024;

/// A pooled connection as `take` gives it: the transport, its reactor
/// token (async mode) and its local and remote addresses.
pub type Taken = (Transport, Option<Token>, Option<(SocketAddr, SocketAddr)>);

/// Where a connection goes: the server, and whether it speaks TLS.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Server {
    pub host: String,
    pub port: u16,
    pub secure: bool,
    /// The proxy the connection goes through (a tunnel to the server when
    /// `secure`).
    pub via: Option<crate::proxy::Via>,
    /// WINHTTP_OPTION_SECURITY_FLAGS and _SECURE_PROTOCOLS the TLS
    /// connection was made under: a connection whose certificate was let
    /// through by an IGNORE flag is never handed to a request without it.
    pub tls: (u32, u32),
}

/// The process's pool.
pub fn shared() -> MutexGuard<'static, Pool> {
    static SHARED: LazyLock<Mutex<Pool>> = LazyLock::new(Mutex::default);
    lock(&SHARED)
}

struct Idle {
    transport: Transport,
    since: Instant,
    /// Its local and remote addresses, which cannot change: kept so a
    /// reuse asks the socket nothing.
    addresses: Option<(SocketAddr, SocketAddr)>,
    /// The reactor token the connection stays registered under (async
    /// mode); it has no source while idle, so its events are dropped, and
    /// closing the socket takes it out of epoll.
    token: Option<Token>,
}

#[derive(Default)]
pub struct Pool {
    idle: HashMap<Server, Vec<Idle>>,
    /// WINHTTP_OPTION_MAX_CONNS_PER_SERVER's count, per server.
    gates: HashMap<Server, Arc<Gate>>,
    /// When expired connections were last looked for.
    swept: Option<Instant>,
}

/// How often a put or take looks for expired connections.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

impl Pool {
    /// Keep `transport` for the next request to `server`; `limit` is the
    /// most idle connections kept for it.
    pub fn put(
        &mut self,
        server: Server,
        transport: Transport,
        token: Option<Token>,
        addresses: Option<(SocketAddr, SocketAddr)>,
        limit: usize,
        now: Instant,
    ) {
        self.expire(now);
        let idle = self.idle.entry(server.clone()).or_default();
        if idle.len() >= limit.min(MAX_IDLE_PER_SERVER) {
            // The oldest goes: it is the likeliest to be closed by the peer.
            idle.remove(0);
        }
        idle.push(Idle {
            transport,
            since: now,
            addresses,
            token,
        });
        // A request waiting under the connection limit may take it.
        if let Some(gate) = self.gates.get(&server) {
            gate.notify();
        }
    }

    /// A live idle connection to `server`, its reactor token and its
    /// addresses, the most recently used first.
    /// `retryable`: the request can go again on a new connection if this
    /// one fails before an answer (no WriteData body to follow), so a
    /// fresh connection need not be checked.
    pub fn take(&mut self, server: &Server, now: Instant, retryable: bool) -> Option<Taken> {
        self.expire(now);
        let idle = self.idle.get_mut(server)?;
        while let Some(mut conn) = idle.pop() {
            let idle_for = now.duration_since(conn.since);
            // A connection back for less than FRESH is taken without the
            // peek: a server that closed it that soon costs one retry on a
            // new connection (RFC 9112 9.3.1), the peek costs every reuse
            // a system call.
            if idle_for < IDLE_TIMEOUT
                && ((retryable && idle_for < FRESH) || conn.transport.is_idle())
            {
                return Some((conn.transport, conn.token, conn.addresses));
            }
        }
        None
    }

    /// The connection count of `server`, against which a new connection
    /// asks for a place.
    pub fn gate(&mut self, server: &Server) -> Arc<Gate> {
        Arc::clone(self.gates.entry(server.clone()).or_default())
    }

    /// Idle connections kept now, for every server.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.idle.values().map(Vec::len).sum()
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn expire(&mut self, now: Instant) {
        if self
            .swept
            .is_some_and(|at| now.duration_since(at) < SWEEP_EVERY)
        {
            return;
        }
        self.swept = Some(now);
        self.idle.retain(|_, idle| {
            idle.retain(|c| now.duration_since(c.since) < IDLE_TIMEOUT);
            !idle.is_empty()
        });
    }
}

/// Whether a connection may carry another request after this exchange
/// (RFC 9112 §9.3): HTTP/1.1 unless either side said `Connection: close`;
/// HTTP/1.0 only with `Connection: keep-alive`.
pub fn keeps_alive(request: &Headers, version: &str, response: &Headers) -> bool {
    let says = |h: &Headers, token: &str| {
        h.get_all("Connection")
            .any(|v| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
    };
    if says(request, "close") || says(response, "close") {
        return false;
    }
    version != "HTTP/1.0" || says(response, "keep-alive")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    fn headers(pairs: &[(&str, &str)]) -> Headers {
        Headers::new(
            pairs
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn keep_alive_rules() {
        let none = headers(&[]);
        assert!(keeps_alive(&none, "HTTP/1.1", &none));
        assert!(!keeps_alive(
            &none,
            "HTTP/1.1",
            &headers(&[("Connection", "Close")])
        ));
        assert!(!keeps_alive(
            &headers(&[("Connection", "close")]),
            "HTTP/1.1",
            &none
        ));
        assert!(!keeps_alive(&none, "HTTP/1.0", &none));
        assert!(keeps_alive(
            &none,
            "HTTP/1.0",
            &headers(&[("Connection", "Keep-Alive")])
        ));
    }

    fn connected(listener: &TcpListener) -> (Transport, std::net::TcpStream) {
        let stream = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        stream.set_nonblocking(true).unwrap();
        let (peer, _) = listener.accept().unwrap();
        (
            Transport::plain(mio::net::TcpStream::from_std(stream)),
            peer,
        )
    }

    #[test]
    fn dead_stale_and_chatty_connections_are_not_reused() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let server = Server {
            host: "127.0.0.1".into(),
            port: 1,
            secure: false,
            via: None,
            tls: (0, 0),
        };
        let now = Instant::now();
        let mut pool = Pool::default();
        let (live, _live_peer) = connected(&listener);
        pool.put(server.clone(), live, None, None, 8, now);
        assert!(pool.take(&server, now, true).is_some());
        assert!(pool.take(&server, now, true).is_none());

        let (closed, peer) = connected(&listener);
        drop(peer);
        std::thread::sleep(Duration::from_millis(50));
        pool.put(server.clone(), closed, None, None, 8, now);
        let later = now + FRESH;
        assert!(
            pool.take(&server, later, true).is_none(),
            "closed by the peer"
        );

        let (chatty, mut peer) = connected(&listener);
        std::io::Write::write_all(&mut peer, b"HTTP/1.1 408 Timeout\r\n\r\n").unwrap();
        std::thread::sleep(Duration::from_millis(50));
        pool.put(server.clone(), chatty, None, None, 8, now);
        assert!(pool.take(&server, later, true).is_none(), "unasked bytes");

        // Just back: taken without the peek when a retry can cover a
        // close, checked when it cannot.
        for retryable in [false, true] {
            let (fresh, peer) = connected(&listener);
            drop(peer);
            std::thread::sleep(Duration::from_millis(50));
            pool.put(server.clone(), fresh, None, None, 8, now);
            assert_eq!(pool.take(&server, now, retryable).is_some(), retryable);
        }

        let (old, _old_peer) = connected(&listener);
        pool.put(server.clone(), old, None, None, 8, now);
        assert!(
            pool.take(&server, now + IDLE_TIMEOUT, true).is_none(),
            "idle too long"
        );
        assert!(pool.is_empty());

        let mut peers = Vec::new();
        for _ in 0..3 {
            let (t, p) = connected(&listener);
            peers.push(p);
            pool.put(server.clone(), t, None, None, 2, now);
        }
        assert_eq!(pool.len(), 2, "the limit per server");
    }
}
