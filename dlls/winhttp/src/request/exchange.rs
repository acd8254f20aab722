//! The steps of one exchange: name lookup, connect, TLS, sending the
//! head and body, reading the response head and body bytes. Each step
//! runs as far as the socket allows and says what it waits for.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Weak};
use std::time::Instant;

use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

/// One read from the socket.
const PULL_CHUNK: usize = 64 * 1024;
/// Input gathered before the step hands it on.
const PULL_MAX: usize = 256 * 1024;

thread_local! {
    /// Where socket reads land before they join a request's input: one per
    /// thread, so ten thousand idle requests hold none.
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A deadline that never comes, for an infinite receive timeout.
fn far_future(now: Instant) -> Instant {
    now + std::time::Duration::from_secs(100 * 365 * 24 * 3600)
}

use super::{Goal, Note, Phase, Progress, Request, RequestState, werr};
use crate::http::{self, Body, Response};
use crate::options::{INFINITE, Options, Slot, timeout};
use crate::runtime::{self, Source};
use crate::transport::{Input, Transport};

/// getaddrinfo: blocks until the resolver answers.
pub(super) fn lookup(host: &str, port: u16) -> Win32Result<Vec<SocketAddr>> {
    let addrs: Vec<_> = (host, port)
        .to_socket_addrs()
        .map_err(|_| werr(wh::ERROR_WINHTTP_NAME_NOT_RESOLVED))?
        .collect();
    if addrs.is_empty() {
        return Err(werr(wh::ERROR_WINHTTP_NAME_NOT_RESOLVED));
    }
    Ok(addrs)
}

impl Request {
    pub(super) fn resolved(
        &self,
        st: &mut RequestState,
        addrs: Win32Result<Vec<SocketAddr>>,
        notes: &mut Vec<Note>,
    ) {
        match addrs {
            Ok(addrs) => {
                notes.push(Note::Text(
                    wh::WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
                    addrs[0].ip().to_string(),
                ));
                st.phase = Some(Phase::Connect { addrs, next: 0 });
            }
            Err(e) => st.phase = Some(Phase::Failed(e)),
        }
    }

    /// Move the exchange toward `goal` as far as the socket allows.
    pub(super) fn advance(
        self: &Arc<Self>,
        st: &mut RequestState,
        goal: Goal,
        now: Instant,
        notes: &mut Vec<Note>,
    ) -> Progress {
        let opts = *lock(&self.options);
        loop {
            let phase = st.phase.take().unwrap_or(Phase::Idle);
            match phase {
                Phase::Idle => {
                    return Progress::Failed(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
                }
                Phase::Failed(e) => return Progress::Failed(e),
                Phase::H2Open => {
                    if let Err(e) = self.h2_open(st, &opts) {
                        return Progress::Failed(e);
                    }
                    st.phase = Some(Phase::H2Send);
                }
                Phase::H2Send => {
                    if let Some(progress) = self.h2_send(st, &opts, now, notes) {
                        return progress;
                    }
                }
                Phase::Reuse => {
                    if let Some(freed) = &st.freed {
                        freed.clear();
                    }
                    let retryable = !st.expect_write;
                    let pooled = crate::pool::shared().take(&self.server(st), now, retryable);
                    let Some((mut transport, token, addresses)) = pooled else {
                        match self.place_for_connection(st) {
                            Ok(true) => st.phase = Some(Phase::Resolve),
                            Ok(false) => {
                                st.phase = Some(Phase::Reuse);
                                return Progress::Wait { write: false };
                            }
                            Err(e) => return Progress::Failed(e),
                        }
                        continue;
                    };
                    match (token, runtime::reactor()) {
                        (Some(token), Ok(reactor)) => {
                            let source: Weak<dyn Source> =
                                Arc::downgrade(&(Arc::clone(self) as Arc<dyn Source>));
                            reactor.rebind(token, source);
                            st.token = Some(token);
                        }
                        _ => {
                            if let Err(e) = self.watch(st, &mut transport) {
                                return Progress::Failed(e);
                            }
                        }
                    }
                    st.addresses = addresses;
                    st.transport = Some(transport);
                    st.retry_head = Some(st.pending_head.clone());
                    self.begin_send(st, &opts, now, notes);
                }
                Phase::Resolve => {
                    let (host, port) = self.endpoint(st);
                    notes.push(Note::Text(
                        wh::WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,
                        host.clone(),
                    ));
                    if let Ok(ip) = host.parse::<IpAddr>() {
                        self.resolved(st, Ok(vec![SocketAddr::new(ip, port)]), notes);
                        continue;
                    }
                    st.phase = Some(Phase::Resolving);
                    st.deadline = timeout(opts.get(Slot::ResolveTimeout)).map(|t| now + t);
                    st.lookups += 1;
                    return Progress::Resolve;
                }
                Phase::Resolving => {
                    if st.deadline.is_some_and(|d| now >= d) {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
                    }
                    st.phase = Some(Phase::Resolving);
                    return Progress::Resolving;
                }
                Phase::Connect { addrs, next } => {
                    let Some(addr) = addrs.get(next).copied() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_CANNOT_CONNECT));
                    };
                    notes.push(Note::Text(
                        wh::WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER,
                        addr.ip().to_string(),
                    ));
                    let Ok(stream) = mio::net::TcpStream::connect(addr) else {
                        st.phase = Some(Phase::Connect {
                            addrs,
                            next: next + 1,
                        });
                        continue;
                    };
                    let mut transport = Transport::plain(stream);
                    if let Some(permit) = st.permit.take() {
                        transport.hold(permit);
                    }
                    if let Err(e) = self.watch(st, &mut transport) {
                        return Progress::Failed(e);
                    }
                    st.transport = Some(transport);
                    st.deadline = timeout(opts.get(Slot::ConnectTimeout)).map(|t| now + t);
                    st.phase = Some(Phase::Connecting { addrs, next });
                }
                Phase::Connecting { addrs, next } => {
                    let Some(t) = st.transport.as_ref() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_CANNOT_CONNECT));
                    };
                    match t.connected() {
                        Ok(true) => {
                            st.addresses = t.addresses().ok();
                            notes.push(Note::Text(
                                wh::WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
                                addrs[next].ip().to_string(),
                            ));
                            if st.tunnels() {
                                st.deadline = timeout(opts.get(Slot::SendTimeout)).map(|t| now + t);
                                st.phase = Some(Phase::Tunnel { at: 0 });
                            } else if st.to.secure {
                                if let Err(e) = self.start_tls(st, &opts) {
                                    return Progress::Failed(e);
                                }
                                st.deadline =
                                    timeout(opts.get(Slot::ReceiveTimeout)).map(|t| now + t);
                                st.phase = Some(Phase::Handshake);
                            } else {
                                self.begin_send(st, &opts, now, notes);
                            }
                        }
                        Ok(false) => {
                            if st.deadline.is_some_and(|d| now >= d) {
                                return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
                            }
                            st.phase = Some(Phase::Connecting { addrs, next });
                            return Progress::Wait { write: true };
                        }
                        Err(_) => {
                            st.drop_transport();
                            if next + 1 >= addrs.len() {
                                return Progress::Failed(werr(wh::ERROR_WINHTTP_CANNOT_CONNECT));
                            }
                            st.phase = Some(Phase::Connect {
                                addrs,
                                next: next + 1,
                            });
                        }
                    }
                }
                Phase::Tunnel { mut at } => {
                    let Some(t) = st.transport.as_mut() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                    };
                    while at < st.tunnel_head.len() {
                        match t.write(&st.tunnel_head[at..]) {
                            Ok(0) => break,
                            Ok(n) => at += n,
                            Err(_) => {
                                return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                            }
                        }
                    }
                    if at < st.tunnel_head.len() {
                        if st.deadline.is_some_and(|d| now >= d) {
                            return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
                        }
                        st.phase = Some(Phase::Tunnel { at });
                        return Progress::Wait { write: true };
                    }
                    st.deadline = timeout(opts.get(Slot::ReceiveTimeout)).map(|t| now + t);
                    st.phase = Some(Phase::TunnelReply);
                }
                Phase::TunnelReply => match http::parse_response(
                    &st.raw,
                    opts.get(Slot::MaxResponseHeaderSize) as usize,
                ) {
                    Err(e) => return Progress::Failed(e),
                    Ok(Some((reply, used))) if (200..300).contains(&reply.status) => {
                        st.raw.drain(..used);
                        if !st.to.secure {
                            // A ws:// upgrade: the tunnel carries it as is.
                            self.begin_send(st, &opts, now, notes);
                            continue;
                        }
                        if let Err(e) = self.start_tls(st, &opts) {
                            return Progress::Failed(e);
                        }
                        st.phase = Some(Phase::Handshake);
                    }
                    Ok(Some(_)) => {
                        // The proxy's refusal (407, 403, 502...) is what
                        // ReceiveResponse reads: it stays in the input.
                        st.tunnel_refused = true;
                        st.deadline = None;
                        st.phase = Some(Phase::Sent);
                    }
                    Ok(None) => {
                        st.phase = Some(Phase::TunnelReply);
                        if let Some(progress) = Self::pull_head(st, now, false) {
                            return progress;
                        }
                    }
                },
                Phase::Handshake => {
                    let Some(t) = st.transport.as_mut() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_SECURE_FAILURE));
                    };
                    match t.handshake() {
                        Ok(true) => self.begin_send(st, &opts, now, notes),
                        Ok(false) => {
                            if st.deadline.is_some_and(|d| now >= d) {
                                return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
                            }
                            st.phase = Some(Phase::Handshake);
                            return Progress::Wait { write: false };
                        }
                        Err(e) => {
                            notes.push(Note::Number(
                                wh::WINHTTP_CALLBACK_STATUS_SECURE_FAILURE,
                                crate::tls::failure_flags(&e),
                            ));
                            return Progress::Failed(werr(wh::ERROR_WINHTTP_SECURE_FAILURE));
                        }
                    }
                }
                Phase::Send { out, mut at, head } => {
                    let Some(t) = st.transport.as_mut() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                    };
                    while at < out.len() {
                        match t.write(&out[at..]) {
                            Ok(0) => break,
                            Ok(n) => at += n,
                            Err(_) if head && Self::retry_fresh(st) => break,
                            Err(_) => {
                                return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                            }
                        }
                    }
                    if st.phase.is_some() {
                        // Retrying on a new connection.
                        continue;
                    }
                    let Some(t) = st.transport.as_mut() else {
                        return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                    };
                    let flushed = matches!(t.flush(), Ok(true));
                    if at < out.len() || !flushed {
                        if st.deadline.is_some_and(|d| now >= d) {
                            return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
                        }
                        st.phase = Some(Phase::Send { out, at, head });
                        return Progress::Wait { write: true };
                    }
                    if head {
                        notes.push(Note::Number(
                            wh::WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
                            out.len() as u32,
                        ));
                    }
                    st.deadline = None;
                    st.phase = Some(Phase::Sent);
                }
                Phase::Sent if goal == Goal::Receive => {
                    // Sent again on a new connection after the pooled one
                    // failed (retry_fresh): read the answer there.
                    st.phase = Some(Phase::Receive);
                }
                Phase::Sent => {
                    st.phase = Some(Phase::Sent);
                    return if matches!(goal, Goal::Send | Goal::Write) {
                        Progress::Done
                    } else {
                        Progress::Failed(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))
                    };
                }
                Phase::Receive => {
                    if st.deadline.is_none() {
                        st.deadline = timeout(opts.get(Slot::ReceiveTimeout)).map(|t| now + t);
                    }
                    let parsed = if st.h2.is_some() {
                        Ok(Self::h2_head(st))
                    } else {
                        http::parse_response(
                            &st.raw,
                            opts.get(Slot::MaxResponseHeaderSize) as usize,
                        )
                    };
                    match parsed {
                        Err(e) => return Progress::Failed(e),
                        Ok(Some((mut response, used))) => {
                            st.raw.drain(..used);
                            st.retry_head = None;
                            let upgrading = response.status == 101 && st.upgrade;
                            if (100..200).contains(&response.status) && !upgrading {
                                // An interim answer (100 Continue, 103 Early
                                // Hints): noted, and the final one read next
                                // (RFC 9110 15.2).
                                notes.push(Note::Number(
                                    wh::WINHTTP_CALLBACK_STATUS_INTERMEDIATE_RESPONSE,
                                    u32::from(response.status),
                                ));
                                st.phase = Some(Phase::Receive);
                                continue;
                            }
                            st.body = Some(if upgrading {
                                Body::Done
                            } else {
                                Body::of(&st.verb, &response)
                            });
                            if !upgrading {
                                self.took_response(st, &mut response, &opts);
                                self.passport_challenge(&mut response);
                                if let Some(out) = self.next_leg(st, &response) {
                                    st.decoder = None;
                                    st.deadline = None;
                                    st.phase = Some(Phase::Drain { out });
                                    continue;
                                }
                                match self.redirect_for(st, &response, &opts) {
                                    Err(e) => return Progress::Failed(e),
                                    Ok(Some(next)) => {
                                        // If the redirect's body is already
                                        // here, its connection can serve the
                                        // next request.
                                        st.decoder = None;
                                        st.response = Some(response);
                                        if let Err(e) = self.body_ready(st) {
                                            return Progress::Failed(e);
                                        }
                                        if let Err(e) = self.follow(st, next, notes) {
                                            return Progress::Failed(e);
                                        }
                                        continue;
                                    }
                                    Ok(None) => {}
                                }
                            }
                            st.response = Some(response);
                            st.deadline = None;
                            if !upgrading {
                                // A body already here (or none at all) may
                                // free the connection now. A malformed one
                                // fails when it is read, as it fails again
                                // then.
                                let _ = self.body_ready(st);
                            }
                            notes.push(Note::Number(
                                wh::WINHTTP_CALLBACK_STATUS_RESPONSE_RECEIVED,
                                used as u32,
                            ));
                            st.phase = Some(Phase::Headers);
                        }
                        Ok(None) => {
                            st.phase = Some(Phase::Receive);
                            if let Some(progress) = Self::pull_head(st, now, true) {
                                return progress;
                            }
                        }
                    }
                }
                Phase::Drain { out } => {
                    let done = match st.body.as_mut() {
                        Some(body) => {
                            let mut dropped = Vec::new();
                            if let Err(e) = http::take_body(body, &mut st.raw, &mut dropped) {
                                return Progress::Failed(e);
                            }
                            *body == Body::Done
                        }
                        None => true,
                    };
                    if done {
                        st.body = None;
                        // If the server closed this connection after its
                        // answer, the request goes again on a new one.
                        st.retry_head = Some(out.clone());
                        st.deadline = timeout(opts.get(Slot::SendTimeout)).map(|t| now + t);
                        st.phase = Some(Phase::Send {
                            out,
                            at: 0,
                            head: true,
                        });
                        continue;
                    }
                    st.phase = Some(Phase::Drain { out });
                    match Self::pull(st) {
                        Ok(Input::Data(_)) => {}
                        Ok(Input::WouldBlock) => return Self::wait_for_body(st, &opts, now),
                        Ok(Input::Eof) | Err(_) => {
                            return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                        }
                    }
                }
                Phase::Headers => {
                    st.phase = Some(Phase::Headers);
                    let satisfied = match (goal, st.pending_read) {
                        (Goal::Data, _) => self.body_ready(st).map(|n| n.is_some()),
                        (Goal::Read, Some(read)) => self.read_satisfied(st, read),
                        _ => Ok(true),
                    };
                    match satisfied {
                        Err(e) => return Progress::Failed(e),
                        Ok(true) => return Progress::Done,
                        Ok(false) => {}
                    }
                    match Self::pull(st) {
                        Ok(Input::Data(_)) => st.deadline = None,
                        Ok(Input::WouldBlock) => return Self::wait_for_body(st, &opts, now),
                        Ok(Input::Eof) => {
                            st.deadline = None;
                            if st.body == Some(Body::UntilClose) {
                                st.body = Some(Body::Done);
                                return Progress::Done;
                            }
                            return Progress::Failed(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                        }
                        Err(e) => return Progress::Failed(e),
                    }
                }
            }
        }
    }

    /// With WINHTTP_ENABLE_PASSPORT_AUTH on the session, a redirect that
    /// carries a Passport1.4 challenge reads as the 401 it means, its
    /// reason phrase kept (Wine's test_passport_auth, on Windows).
    fn passport_challenge(&self, response: &mut Response) {
        // Only redirects can be one: every other response skips the lock.
        if !(300..400).contains(&response.status)
            || lock(&self.session.options).get(Slot::PassportAuth)
                & wh::WINHTTP_ENABLE_PASSPORT_AUTH
                == 0
        {
            return;
        }
        let values: Vec<&str> = response.headers.get_all("WWW-Authenticate").collect();
        if crate::auth::offered_schemes(&values).contains(&wh::WINHTTP_AUTH_SCHEME_PASSPORT) {
            response.status = 401;
        }
    }

    /// WINHTTP_OPTION_MAX_CONNS_PER_SERVER: whether a new connection may be
    /// opened now (its place kept in `st.permit`); if not, the request
    /// waits until one of the server's connections closes or goes back to
    /// the pool, woken on a worker (async mode) or through an eventfd its
    /// caller polls (sync mode).
    fn place_for_connection(self: &Arc<Self>, st: &mut RequestState) -> Win32Result<bool> {
        // The session's option: the pool is the session's.
        let limit = lock(&self.session.options).get(Slot::MaxConnsPerServer);
        if limit == INFINITE || st.permit.is_some() {
            return Ok(true);
        }
        let wake: crate::gate::Waker = if self.session.async_mode {
            let me = Arc::downgrade(self);
            Box::new(move || {
                if let Some(me) = me.upgrade() {
                    runtime::pool().execute(move || me.drive());
                }
            })
        } else {
            let freed = match &st.freed {
                Some(freed) => Arc::clone(freed),
                None => {
                    let freed = Arc::new(runtime::EventFd::new().map_err(Win32Error::from)?);
                    st.freed = Some(Arc::clone(&freed));
                    freed
                }
            };
            Box::new(move || freed.signal())
        };
        let gate = crate::pool::shared().gate(&self.server(st));
        st.permit = gate.try_open(limit as usize, wake);
        Ok(st.permit.is_some())
    }

    /// In async mode, the reactor watches the connection for this request.
    pub(super) fn watch(
        self: &Arc<Self>,
        st: &mut RequestState,
        transport: &mut Transport,
    ) -> Win32Result<()> {
        if !self.session.async_mode {
            return Ok(());
        }
        let source: Weak<dyn Source> = Arc::downgrade(&(Arc::clone(self) as Arc<dyn Source>));
        let token = runtime::reactor()
            .and_then(|r| r.register(transport.stream_mut(), source))
            .map_err(Win32Error::from)?;
        st.token = Some(token);
        Ok(())
    }

    /// A pooled connection failed before any answer came: the server had
    /// closed it. Send the request again on a new connection, once.
    fn retry_fresh(st: &mut RequestState) -> bool {
        if st.writing != 0 || !st.raw.is_empty() {
            return false;
        }
        let Some(head) = st.retry_head.take() else {
            return false;
        };
        st.drop_transport();
        st.pending_head = head;
        st.deadline = None;
        st.phase = Some(Phase::Resolve);
        true
    }

    /// Wait for body bytes, each wait bounded by the receive timeout.
    fn wait_for_body(st: &mut RequestState, opts: &Options, now: Instant) -> Progress {
        let deadline = *st.deadline.get_or_insert_with(|| {
            timeout(opts.get(Slot::ReceiveTimeout)).map_or(far_future(now), |t| now + t)
        });
        if now >= deadline {
            return Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT));
        }
        Progress::Wait { write: false }
    }

    /// Read more of a response head: `None` to parse again, else what
    /// the step answers. A pooled connection that ends before any answer
    /// is retried on a new one when `may_retry`.
    fn pull_head(st: &mut RequestState, now: Instant, may_retry: bool) -> Option<Progress> {
        match Self::pull(st) {
            Ok(Input::Data(_)) => None,
            Ok(Input::WouldBlock) if st.deadline.is_some_and(|d| now >= d) => {
                Some(Progress::Failed(werr(wh::ERROR_WINHTTP_TIMEOUT)))
            }
            Ok(Input::WouldBlock) => Some(Progress::Wait { write: false }),
            Ok(Input::Eof) | Err(_) if may_retry && Self::retry_fresh(st) => None,
            Ok(Input::Eof) => Some(Progress::Failed(werr(
                wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE,
            ))),
            Err(e) => Some(Progress::Failed(e)),
        }
    }

    /// Read what the socket has onto the raw input: as much as is there,
    /// up to [`PULL_MAX`], so one ReadData moves more than one segment.
    fn pull(st: &mut RequestState) -> Win32Result<Input> {
        if st.h2.is_some() {
            return Self::h2_pull(st);
        }
        let RequestState { transport, raw, .. } = st;
        let t = transport
            .as_mut()
            .ok_or(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE))?;
        SCRATCH.with_borrow_mut(|scratch| {
            if scratch.is_empty() {
                scratch.resize(PULL_CHUNK, 0);
            }
            let mut total = 0;
            while raw.len() < PULL_MAX {
                match t.read(scratch) {
                    Ok(Input::Data(n)) => {
                        raw.extend_from_slice(&scratch[..n]);
                        total += n;
                        // A short read from TCP took what the socket had:
                        // asking again would only hear "would block" (TLS
                        // may still hold records: read on).
                        if n < scratch.len() && !t.is_tls() {
                            break;
                        }
                    }
                    Ok(other) if total == 0 => return Ok(other),
                    Err(_) if total == 0 => {
                        return Err(werr(wh::ERROR_WINHTTP_CONNECTION_ERROR));
                    }
                    // What was read counts now; the end or the error comes
                    // with the next read.
                    Ok(_) | Err(_) => break,
                }
            }
            Ok(Input::Data(total))
        })
    }

    fn start_tls(&self, st: &mut RequestState, opts: &Options) -> Win32Result<()> {
        let secure_failure = werr(wh::ERROR_WINHTTP_SECURE_FAILURE);
        let config = crate::tls::client_config(
            opts.get(Slot::SecurityFlags),
            opts.get(Slot::SecureProtocols),
        )
        .map_err(|_| secure_failure)?;
        let name = rustls::pki_types::ServerName::try_from(st.to.host.clone())
            .map_err(|_| werr(wh::ERROR_WINHTTP_INVALID_URL))?;
        let conn = rustls::ClientConnection::new(config, name).map_err(|_| secure_failure)?;
        st.transport.as_mut().ok_or(secure_failure)?.start_tls(conn);
        Ok(())
    }

    pub(super) fn begin_send(
        &self,
        st: &mut RequestState,
        opts: &Options,
        now: Instant,
        notes: &mut Vec<Note>,
    ) {
        notes.push(Note::Plain(wh::WINHTTP_CALLBACK_STATUS_SENDING_REQUEST));
        st.security = st.transport.as_ref().and_then(Transport::negotiated);
        st.deadline = timeout(opts.get(Slot::SendTimeout)).map(|t| now + t);
        st.phase = Some(Phase::Send {
            out: std::mem::take(&mut st.pending_head),
            at: 0,
            head: true,
        });
    }
}
