//! A request over HTTP/2 (`crate::h2client`), under the same phases as
//! HTTP/1.1: the stream's events stand in for the socket. An eventfd the
//! h2 thread writes to when events are ready is what the reactor (async
//! mode) or poll() (sync mode) waits on, so nothing blocks and no thread
//! is spent per request.
//!
//! Decisions: HTTP/2 is used for https (through a proxy's CONNECT tunnel
//! when there is one) when WINHTTP_OPTION_ENABLE_HTTP_PROTOCOL asks for
//! it, the whole body is
//! known at SendRequest (a body streamed with WriteData goes over
//! HTTP/1.1), and no connection-based scheme (NTLM, Negotiate) is running,
//! since those bind to a connection, which HTTP/2 shares (RFC 9113 8.2.2
//! forbids what they rely on). A server that does not choose "h2" in ALPN
//! gets the request over HTTP/1.1 on the TLS connection just made; a
//! proxy that refuses the tunnel (a 407) gets it over HTTP/1.1 too, whose
//! CONNECT shows the answer to the application.

use std::os::fd::RawFd;
use std::sync::{Arc, Weak};

use mio::Token;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

use super::{Note, Phase, Progress, Request, RequestState, werr};
use crate::h2client::{self, Event, H2Request, H2Stream, ProxyHop};
use crate::handshake::Handshake;
use crate::http::Response;
use crate::options::{Options, Slot, timeout};
use crate::runtime::{self, EventFd, Source};
use crate::transport::{Input, Transport};

/// One request's HTTP/2 stream and what wakes its waiter.
pub(super) struct H2Link {
    stream: H2Stream,
    wake: Arc<EventFd>,
    token: Option<Token>,
}

impl H2Link {
    pub(super) fn fd(&self) -> RawFd {
        self.wake.fd()
    }

    /// Clear the eventfd before taking events, so a wake after the last
    /// one taken is not lost.
    fn reset(&self) {
        self.wake.clear();
    }
}

impl Drop for H2Link {
    fn drop(&mut self) {
        self.stream.cancel();
        if let (Some(token), Ok(reactor)) = (self.token.take(), runtime::reactor()) {
            reactor.deregister_fd(self.wake.fd(), token);
        }
    }
}

impl Request {
    /// Whether this exchange goes over HTTP/2 (see the module's
    /// decisions).
    pub(super) fn h2_eligible(&self, st: &RequestState, opts: &Options) -> bool {
        opts.get(Slot::EnableHttpProtocol) & wh::WINHTTP_PROTOCOL_FLAG_HTTP2 != 0
            && st.to.secure
            && !st.upgrade
            && !st.expect_write
            && !st
                .handshakes
                .iter()
                .flatten()
                .any(|h| matches!(h, Handshake::Context { .. }))
            && !h2client::known_not_h2(&st.to.host, st.to.port)
    }

    /// Start the stream: the request as HTTP/1.1 would send it, its
    /// headers mapped by `h2client`.
    pub(super) fn h2_open(
        self: &Arc<Self>,
        st: &mut RequestState,
        opts: &Options,
    ) -> Win32Result<()> {
        let wake = Arc::new(EventFd::new().map_err(Win32Error::from)?);
        let token = if self.session.async_mode {
            let source: Weak<dyn Source> = Arc::downgrade(&(Arc::clone(self) as Arc<dyn Source>));
            Some(
                runtime::reactor()
                    .map_err(Win32Error::from)?
                    .register_fd(wake.fd(), source)?,
            )
        } else {
            None
        };
        let writer = Arc::clone(&wake);
        let signal = Box::new(move || writer.signal());
        let mut sent = self.sent_headers(st);
        // Through a proxy the credentials go on the CONNECT only, the one
        // `wire_head` made for HTTP/1.1.
        let proxy = st.via.as_ref().map(|via| ProxyHop {
            host: via.host.clone(),
            port: via.port,
            connect: st.tunnel_head.clone(),
        });
        sent.remove("Proxy-Authorization");
        let request = H2Request {
            host: st.to.host.clone(),
            port: st.to.port,
            security_flags: opts.get(Slot::SecurityFlags),
            secure_protocols: opts.get(Slot::SecureProtocols),
            method: st.verb.clone(),
            path: st.to.path.clone(),
            authority: Self::authority(&st.to, false),
            headers: sent
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            proxy,
            body: st.optional.clone(),
            connect_timeout: timeout(opts.get(Slot::ConnectTimeout)),
            receive_timeout: timeout(opts.get(Slot::ReceiveTimeout)),
        };
        // Nothing of an earlier stream (a redirect's) carries over.
        st.h2_head = None;
        st.h2_end = false;
        st.h2 = Some(H2Link {
            stream: h2client::start(request, signal),
            wake,
            token,
        });
        st.token = token;
        Ok(())
    }

    /// Take the stream's events up to `Sent`: the connection's
    /// notifications, then the send's; a server without "h2" gets the
    /// request over HTTP/1.1 instead.
    pub(super) fn h2_send(
        self: &Arc<Self>,
        st: &mut RequestState,
        opts: &Options,
        now: std::time::Instant,
        notes: &mut Vec<Note>,
    ) -> Option<Progress> {
        let link = st.h2.as_ref()?;
        link.reset();
        while let Some(event) = st.h2.as_ref().and_then(|l| l.stream.try_next()) {
            match event {
                Event::Connected {
                    local,
                    remote,
                    reused,
                    negotiated,
                } => {
                    st.addresses = Some((local, remote));
                    st.security = negotiated;
                    if !reused {
                        let ip = remote.ip().to_string();
                        notes.push(Note::Text(
                            wh::WINHTTP_CALLBACK_STATUS_RESOLVING_NAME,
                            st.to.host.clone(),
                        ));
                        notes.push(Note::Text(
                            wh::WINHTTP_CALLBACK_STATUS_NAME_RESOLVED,
                            ip.clone(),
                        ));
                        notes.push(Note::Text(
                            wh::WINHTTP_CALLBACK_STATUS_CONNECTING_TO_SERVER,
                            ip.clone(),
                        ));
                        notes.push(Note::Text(
                            wh::WINHTTP_CALLBACK_STATUS_CONNECTED_TO_SERVER,
                            ip,
                        ));
                    }
                }
                Event::SecureFailure(flags) => {
                    notes.push(Note::Number(
                        wh::WINHTTP_CALLBACK_STATUS_SECURE_FAILURE,
                        flags,
                    ));
                }
                Event::Sent => {
                    notes.push(Note::Plain(wh::WINHTTP_CALLBACK_STATUS_SENDING_REQUEST));
                    notes.push(Note::Number(
                        wh::WINHTTP_CALLBACK_STATUS_REQUEST_SENT,
                        st.optional.len() as u32,
                    ));
                    st.phase = Some(Phase::Sent);
                    return None;
                }
                Event::NotH2(handover) => {
                    st.h2 = None;
                    st.token = None;
                    let Some(handover) = handover else {
                        st.phase = Some(Phase::Reuse);
                        return None;
                    };
                    let mut transport =
                        Transport::plain(mio::net::TcpStream::from_std(handover.stream));
                    transport.start_tls(handover.tls);
                    if let Err(e) = self.watch(st, &mut transport) {
                        return Some(Progress::Failed(e));
                    }
                    st.addresses = transport.addresses().ok();
                    st.transport = Some(transport);
                    self.begin_send(st, opts, now, notes);
                    return None;
                }
                Event::Failed(e) => return Some(Progress::Failed(e)),
                other => Self::h2_keep(st, other),
            }
        }
        st.phase = Some(Phase::H2Send);
        Some(Progress::Wait { write: false })
    }

    /// A response event that came early: kept for its phase.
    fn h2_keep(st: &mut RequestState, event: Event) {
        match event {
            Event::Head { status, headers } => st.h2_head = Some((status, headers)),
            Event::Data(data) => st.raw.extend_from_slice(&data),
            Event::End => st.h2_end = true,
            _ => {}
        }
    }

    /// The response head once it has come, as HTTP/1.1's parser gives it
    /// (nothing of the input is the head: `used` is 0).
    pub(super) fn h2_head(st: &mut RequestState) -> Option<(Response, usize)> {
        let (status, headers) = st.h2_head.take()?;
        st.protocol = wh::WINHTTP_PROTOCOL_FLAG_HTTP2;
        Some((
            Response {
                version: "HTTP/2".to_string(),
                status,
                reason: String::new(),
                headers: crate::headers::Headers::new(headers),
            },
            0,
        ))
    }

    /// `pull` over the stream: its data onto the raw input, `Eof` at its
    /// end.
    pub(super) fn h2_pull(st: &mut RequestState) -> Win32Result<Input> {
        let Some(link) = st.h2.as_ref() else {
            return Err(werr(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE));
        };
        link.reset();
        let before = st.raw.len();
        while let Some(event) = st.h2.as_ref().and_then(|l| l.stream.try_next()) {
            match event {
                Event::Failed(e) => return Err(e),
                other => Self::h2_keep(st, other),
            }
        }
        Ok(if st.raw.len() > before || st.h2_head.is_some() {
            Input::Data(st.raw.len() - before)
        } else if st.h2_end {
            Input::Eof
        } else {
            Input::WouldBlock
        })
    }
}
