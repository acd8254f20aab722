//! The client side of one connection-oriented association (C706 12.4,
//! [MS-RPCE] 3.3.1) as a sans-IO machine: the caller writes
//! [`Client::poll_transmit`]'s PDUs to the TCP stream, feeds what it reads
//! to [`Client::handle_input`] in any chunking, and takes the outcome from
//! [`Client::poll_event`].

use std::collections::{HashMap, VecDeque};

use crate::pdu::{
    self, AuthVerifier, Bind, BindAck, Body, ContextElement, Pdu, Request, RpcError, pfc, result,
};
use crate::security::{
    RPC_C_AUTHN_LEVEL_CONNECT, RPC_C_AUTHN_LEVEL_PKT_PRIVACY, SecurityContext, Step,
};
use crate::uuid::SyntaxId;

/// The fragment size Windows proposes on TCP.
pub const DEFAULT_MAX_FRAG: u16 = 5840;
/// The largest reassembled message either side accepts.
pub const MAX_MESSAGE: usize = 64 << 20;
/// Our one auth context on the association ([MS-RPCE] 2.2.2.11: fixed for
/// the association's lifetime).
const AUTH_CONTEXT_ID: u32 = 0;
/// The bind and every later auth leg (alter_context, auth3) share this
/// call_id, so requests' call_ids rise in the order they are sent.
const BIND_CALL_ID: u32 = 1;
/// Our one presentation context.
const CONTEXT_ID: u16 = 0;

/// What to bind to and how.
pub struct ClientConfig {
    /// The interface to call.
    pub interface: SyntaxId,
    /// A fresh security context and the `auth_level` (CONNECT or
    /// PKT_PRIVACY), or `None` for an unauthenticated association.
    pub auth: Option<(Box<dyn SecurityContext>, u8)>,
    /// The largest fragment we send or take; [`DEFAULT_MAX_FRAG`] as
    /// Windows.
    pub max_frag: u16,
}

impl ClientConfig {
    /// An unauthenticated association to `interface` with Windows'
    /// fragment size.
    pub fn new(interface: SyntaxId) -> Self {
        ClientConfig {
            interface,
            auth: None,
            max_frag: DEFAULT_MAX_FRAG,
        }
    }
}

/// What the association reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientEvent {
    /// The bind (and every authentication leg) completed; queued calls
    /// are on their way.
    Bound,
    /// A call's whole response stub.
    Response { call_id: u32, stub: Vec<u8> },
    /// The server faulted a call with this status (e.g. `nca_s_op_rng_error`
    /// 0x1c010002, or 5 for access denied).
    Fault { call_id: u32, status: u32 },
    /// The association is unusable; close the connection. See
    /// [`RpcError::status`] for the Win32 code.
    Failed(RpcError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// bind sent, waiting for bind_ack or bind_nak.
    Binding,
    /// alter_context sent for another auth leg.
    AlteringContext,
    Bound,
    Failed,
}

struct Auth {
    ctx: Box<dyn SecurityContext>,
    auth_type: u8,
    level: u8,
    established: bool,
}

impl Auth {
    fn verifier(&self, value: Vec<u8>) -> AuthVerifier {
        AuthVerifier::new(self.auth_type, self.level, AUTH_CONTEXT_ID, value)
    }
}

/// One client association over one connection.
pub struct Client {
    interface: SyntaxId,
    auth: Option<Auth>,
    /// Our receive limit, as proposed in the bind.
    max_frag: u16,
    /// The server's receive limit, from bind_ack.
    max_xmit: u16,
    state: State,
    error: Option<RpcError>,
    recv: Vec<u8>,
    transmits: VecDeque<Vec<u8>>,
    events: VecDeque<ClientEvent>,
    next_call_id: u32,
    /// Calls made before the association was bound.
    queued: VecDeque<(u32, u16, Vec<u8>)>,
    /// Outstanding calls: `None` until the first response fragment.
    outstanding: HashMap<u32, Option<Vec<u8>>>,
    /// Bytes held in partial responses, bounded by [`MAX_MESSAGE`].
    buffered: usize,
}

impl Client {
    /// Starts an association: queues the bind, with the first token when
    /// authenticated. A security package that fails at once, or an
    /// unsupported level, is reported as [`ClientEvent::Failed`].
    pub fn new(cfg: ClientConfig) -> Client {
        let max_frag = cfg.max_frag.max(pdu::MIN_FRAG);
        let mut c = Client {
            interface: cfg.interface,
            auth: None,
            max_frag,
            max_xmit: max_frag,
            state: State::Binding,
            error: None,
            recv: Vec::new(),
            transmits: VecDeque::new(),
            events: VecDeque::new(),
            next_call_id: BIND_CALL_ID + 1,
            queued: VecDeque::new(),
            outstanding: HashMap::new(),
            buffered: 0,
        };
        if let Err(e) = c.start(cfg.auth) {
            c.fail(e);
        }
        c
    }

    fn start(&mut self, auth: Option<(Box<dyn SecurityContext>, u8)>) -> Result<(), RpcError> {
        let mut flags = pfc::FIRST_FRAG | pfc::LAST_FRAG;
        let mut verifier = None;
        if let Some((mut ctx, level)) = auth {
            if level != RPC_C_AUTHN_LEVEL_CONNECT && level != RPC_C_AUTHN_LEVEL_PKT_PRIVACY {
                return Err(RpcError::UnsupportedAuthLevel(level));
            }
            // Our seal signs the header ([MS-RPCE] 3.3.1.5.2.2), so we offer it.
            flags |= pfc::SUPPORT_HEADER_SIGN;
            let (token, established) = match ctx.step(None)? {
                Step::Continue(t) => (t, false),
                Step::Complete(t) => (t.unwrap_or_default(), true),
            };
            let auth_type = ctx.auth_type();
            let a = Auth {
                ctx,
                auth_type,
                level,
                established,
            };
            verifier = Some(a.verifier(token));
            self.auth = Some(a);
        }
        let bind = self.context_pdu(flags, false, verifier);
        self.send(bind)
    }

    /// bind or alter_context offering our one presentation context.
    fn context_pdu(&self, flags: u8, alter: bool, auth: Option<AuthVerifier>) -> Pdu {
        let bind = Bind {
            max_xmit_frag: self.max_frag,
            max_recv_frag: self.max_frag,
            assoc_group_id: 0,
            contexts: vec![ContextElement {
                context_id: CONTEXT_ID,
                abstract_syntax: self.interface,
                transfer_syntaxes: vec![SyntaxId::NDR],
            }],
        };
        let call_id = BIND_CALL_ID;
        let body = if alter {
            Body::AlterContext(bind)
        } else {
            Body::Bind(bind)
        };
        Pdu {
            flags,
            call_id,
            body,
            auth,
        }
    }

    fn take_call_id(&mut self) -> u32 {
        let id = self.next_call_id;
        self.next_call_id = self.next_call_id.wrapping_add(1).max(1);
        id
    }

    fn send(&mut self, p: Pdu) -> Result<(), RpcError> {
        self.transmits.push_back(p.encode()?);
        Ok(())
    }

    /// Records the failure once and returns it.
    fn fail(&mut self, e: RpcError) -> RpcError {
        if self.state != State::Failed {
            self.state = State::Failed;
            self.error = Some(e.clone());
            self.events.push_back(ClientEvent::Failed(e.clone()));
        }
        e
    }

    /// Calls `opnum` with an NDR stub; returns its call_id. Before the
    /// bind completes the call waits; on a failed association it is
    /// dropped (the [`ClientEvent::Failed`] said why).
    pub fn call(&mut self, opnum: u16, stub: &[u8]) -> u32 {
        let call_id = self.take_call_id();
        match self.state {
            State::Bound => {
                if let Err(e) = self.send_request(call_id, opnum, stub) {
                    self.fail(e);
                }
            }
            State::Binding | State::AlteringContext => {
                self.queued.push_back((call_id, opnum, stub.to_vec()));
            }
            State::Failed => {}
        }
        call_id
    }

    /// Sends a request in fragments of at most the server's max_recv_frag,
    /// each sealed at packet privacy.
    fn send_request(&mut self, call_id: u32, opnum: u16, stub: &[u8]) -> Result<(), RpcError> {
        let sealer = self.auth.as_mut().and_then(|a| {
            pdu::Sealer::at_privacy(a.ctx.as_mut(), a.auth_type, a.level, AUTH_CONTEXT_ID)
        });
        let body = |alloc_hint, stub| {
            Body::Request(Request {
                alloc_hint,
                context_id: CONTEXT_ID,
                opnum,
                object: None,
                stub,
            })
        };
        let frags = pdu::encode_fragments(call_id, stub, self.max_xmit, sealer, body)?;
        self.transmits.extend(frags);
        self.outstanding.insert(call_id, None);
        Ok(())
    }

    /// Takes bytes read from the connection, in any chunking. An error is
    /// also reported as [`ClientEvent::Failed`]; after it every call
    /// returns the same error.
    pub fn handle_input(&mut self, bytes: &[u8]) -> Result<(), RpcError> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        self.recv.extend_from_slice(bytes);
        loop {
            let n = match pdu::next_pdu_len(&self.recv, self.max_frag) {
                Ok(Some(n)) if self.recv.len() >= n => n,
                Ok(_) => return Ok(()),
                Err(e) => return Err(self.fail(e.into())),
            };
            let raw: Vec<u8> = self.recv.drain(..n).collect();
            if let Err(e) = self.handle_pdu(raw) {
                return Err(self.fail(e));
            }
        }
    }

    /// The next PDU to write to the connection.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmits.pop_front()
    }

    /// The next event.
    pub fn poll_event(&mut self) -> Option<ClientEvent> {
        self.events.pop_front()
    }

    fn handle_pdu(&mut self, mut raw: Vec<u8>) -> Result<(), RpcError> {
        let sealed_response = raw.get(2) == Some(&(pdu::PacketType::Response as u8));
        if sealed_response
            && self.state == State::Bound
            && let Some(a) = self
                .auth
                .as_mut()
                .filter(|a| a.level == RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
        {
            pdu::unseal(&mut raw, a.ctx.as_mut())?;
        }
        let p = Pdu::decode(&raw)?;
        match (self.state, p.body) {
            (State::Binding, Body::BindAck(ack))
            | (State::AlteringContext, Body::AlterContextResp(ack)) => {
                self.on_context_ack(ack, p.flags, p.auth)
            }
            (State::Binding | State::AlteringContext, Body::BindNak(nak)) => {
                Err(RpcError::BindNak(nak.reason))
            }
            (State::Bound, Body::Response(r)) => {
                if let (Some(a), Some(v)) = (&self.auth, &p.auth)
                    && a.level == RPC_C_AUTHN_LEVEL_PKT_PRIVACY
                    && !v.matches(a.auth_type, a.level, AUTH_CONTEXT_ID)
                {
                    return Err(RpcError::Protocol("response verifier of another context"));
                }
                self.on_response(p.call_id, p.flags, r.stub)
            }
            (_, Body::Fault(f)) => {
                if let Some(partial) = self.outstanding.remove(&p.call_id) {
                    self.buffered -= partial.map_or(0, |b| b.len());
                    self.events.push_back(ClientEvent::Fault {
                        call_id: p.call_id,
                        status: f.status,
                    });
                    Ok(())
                } else {
                    // A fault on the bind or on no call ends the association.
                    Err(RpcError::Fault(f.status))
                }
            }
            (_, Body::Shutdown) => Err(RpcError::Shutdown),
            _ => Err(RpcError::Protocol("unexpected PDU type")),
        }
    }

    /// bind_ack or alter_context_resp: check our context, then run the
    /// next authentication leg ([MS-RPCE] 3.3.1.5.2: a continuing context
    /// goes on in alter_context, a last token goes in auth3).
    fn on_context_ack(
        &mut self,
        ack: BindAck,
        flags: u8,
        verifier: Option<AuthVerifier>,
    ) -> Result<(), RpcError> {
        let ours = ack
            .results
            .first()
            .ok_or(RpcError::Protocol("no presentation result"))?;
        if ours.result != result::ACCEPTANCE || ours.transfer_syntax != SyntaxId::NDR {
            return Err(RpcError::ContextRejected {
                result: ours.result,
                reason: ours.reason,
            });
        }
        if self.state == State::Binding {
            self.max_xmit = ack.max_recv_frag.min(self.max_frag);
            if self.max_xmit < pdu::MIN_FRAG {
                return Err(RpcError::Protocol("server's max_recv_frag too small"));
            }
        }
        if let Some(a) = self.auth.as_mut().filter(|a| !a.established) {
            if self.state == State::Binding {
                // We offered header signing; the server's echo agrees to it.
                a.ctx
                    .set_header_signing(flags & pfc::SUPPORT_HEADER_SIGN != 0);
            }
            let v = verifier.ok_or(RpcError::Protocol("bind_ack without auth verifier"))?;
            if v.trailer.auth_type != a.auth_type || v.trailer.auth_context_id != AUTH_CONTEXT_ID {
                return Err(RpcError::Protocol("bind_ack verifier of another context"));
            }
            let step = a.ctx.step(Some(&v.value))?;
            let flags = pfc::FIRST_FRAG | pfc::LAST_FRAG | pfc::SUPPORT_HEADER_SIGN;
            match step {
                Step::Continue(token) => {
                    let v = a.verifier(token);
                    let alter = self.context_pdu(flags, true, Some(v));
                    self.state = State::AlteringContext;
                    return self.send(alter);
                }
                Step::Complete(token) => {
                    a.established = true;
                    if let Some(token) = token {
                        let v = a.verifier(token);
                        let auth3 = Pdu {
                            flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
                            call_id: BIND_CALL_ID,
                            body: Body::Auth3 {
                                max_xmit_frag: self.max_frag,
                                max_recv_frag: self.max_frag,
                            },
                            auth: Some(v),
                        };
                        self.send(auth3)?;
                    }
                }
            }
        }
        self.state = State::Bound;
        self.events.push_back(ClientEvent::Bound);
        while let Some((call_id, opnum, stub)) = self.queued.pop_front() {
            self.send_request(call_id, opnum, &stub)?;
        }
        Ok(())
    }

    /// One response fragment: fragments of a call arrive in order and
    /// FIRST_FRAG marks the start (C706 12.4.3).
    fn on_response(&mut self, call_id: u32, flags: u8, stub: Vec<u8>) -> Result<(), RpcError> {
        let slot = self
            .outstanding
            .get_mut(&call_id)
            .ok_or(RpcError::Protocol("response to no outstanding call"))?;
        let first = flags & pfc::FIRST_FRAG != 0;
        let buf = match (slot.as_mut(), first) {
            (None, true) => slot.insert(Vec::new()),
            (Some(buf), false) => buf,
            _ => return Err(RpcError::Protocol("response fragments out of order")),
        };
        if self.buffered + stub.len() > MAX_MESSAGE {
            return Err(RpcError::Protocol("response larger than 64 MiB"));
        }
        self.buffered += stub.len();
        buf.extend_from_slice(&stub);
        if flags & pfc::LAST_FRAG != 0 {
            let stub = self
                .outstanding
                .remove(&call_id)
                .flatten()
                .unwrap_or_default();
            self.buffered -= stub.len();
            self.events
                .push_back(ClientEvent::Response { call_id, stub });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
