//! The server side of one connection-oriented association (C706 12.5,
//! [MS-RPCE] 3.3.3) as a sans-IO machine: bytes read from one TCP
//! connection in, PDUs to write and whole calls out. The caller answers
//! each [`ServerEvent::Call`] with [`Server::respond`] or
//! [`Server::fault`] (an opnum it does not know is `nca_s_op_rng_error`).

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

use crate::client::MAX_MESSAGE;
use crate::pdu::{
    self, AuthVerifier, Bind, BindAck, BindNak, Body, ContextElement, ContextResult, Fault,
    PacketType, Pdu, Response, RpcError, nak, pfc, reason, result, status,
};
use crate::security::{
    Acceptor, RPC_C_AUTHN_LEVEL_CONNECT, RPC_C_AUTHN_LEVEL_PKT_PRIVACY, SecurityContext, Step,
};
use crate::uuid::{SyntaxId, Uuid};

/// The association group we hand out when a client asks for a new one;
/// one connection is one group here.
const ASSOC_GROUP_ID: u32 = 0x0001_0001;

/// What the server offers.
pub struct ServerConfig {
    /// Interfaces a client may bind to: same UUID and major version, minor
    /// version at most ours (C706 12.5.2.12).
    pub interfaces: Vec<SyntaxId>,
    /// The security packages, or `None` to take unauthenticated binds only.
    pub acceptor: Option<Arc<dyn Acceptor>>,
    /// The largest fragment we send or take.
    pub max_frag: u16,
    /// The TCP port the client connected to, named in bind_ack's secondary
    /// address (C706 12.6.4.4); 0 sends an empty address.
    pub port: u16,
}

/// How a call was authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallAuth {
    pub auth_type: u8,
    pub auth_level: u8,
    /// The authenticated identity, as the security package names it.
    pub peer: Option<String>,
}

/// One whole request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub call_id: u32,
    /// The registered interface the call's presentation context bound.
    pub interface: SyntaxId,
    pub opnum: u16,
    /// The object UUID, when the request carried one.
    pub object: Option<Uuid>,
    pub stub: Vec<u8>,
    pub auth: Option<CallAuth>,
}

/// What the association reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerEvent {
    /// A request to answer with [`Server::respond`] or [`Server::fault`].
    Call(Call),
    /// The association is over: send what [`Server::poll_transmit`] still
    /// holds (a bind_nak or a fault), then close the connection.
    Closed(RpcError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AuthState {
    InProgress,
    Established,
    /// auth3 was refused; the next request is faulted ([MS-RPCE] 3.3.3.4).
    Refused,
}

struct ServerAuth {
    ctx: Box<dyn SecurityContext>,
    auth_type: u8,
    level: u8,
    context_id: u32,
    state: AuthState,
}

impl ServerAuth {
    fn verifier(&self, value: Vec<u8>) -> AuthVerifier {
        AuthVerifier::new(self.auth_type, self.level, self.context_id, value)
    }
}

/// A request being reassembled.
struct Partial {
    call_id: u32,
    context_id: u16,
    opnum: u16,
    object: Option<Uuid>,
    stub: Vec<u8>,
    /// Fragments of a call already faulted are swallowed to its last.
    discard: bool,
}

/// One server association over one connection.
pub struct Server {
    cfg: ServerConfig,
    bound: bool,
    closed: Option<RpcError>,
    /// Accepted presentation contexts and the interface each bound.
    contexts: HashMap<u16, SyntaxId>,
    auth: Option<ServerAuth>,
    header_sign: bool,
    max_xmit: u16,
    max_recv: u16,
    assoc_group_id: u32,
    recv: Vec<u8>,
    transmits: VecDeque<Vec<u8>>,
    events: VecDeque<ServerEvent>,
    partial: Option<Partial>,
    /// Calls delivered and not yet answered, with their context.
    pending: HashMap<u32, u16>,
}

impl Server {
    /// A fresh association waiting for its bind.
    pub fn new(cfg: ServerConfig) -> Server {
        let max_frag = cfg.max_frag.max(pdu::MIN_FRAG);
        Server {
            cfg: ServerConfig { max_frag, ..cfg },
            bound: false,
            closed: None,
            contexts: HashMap::new(),
            auth: None,
            header_sign: false,
            max_xmit: max_frag,
            max_recv: max_frag,
            assoc_group_id: 0,
            recv: Vec::new(),
            transmits: VecDeque::new(),
            events: VecDeque::new(),
            partial: None,
            pending: HashMap::new(),
        }
    }

    /// Takes bytes read from the connection, in any chunking. An error is
    /// also reported as [`ServerEvent::Closed`]; after it every call
    /// returns the same error.
    pub fn handle_input(&mut self, bytes: &[u8]) -> Result<(), RpcError> {
        if let Some(e) = &self.closed {
            return Err(e.clone());
        }
        self.recv.extend_from_slice(bytes);
        while self.closed.is_none() {
            let n = match pdu::next_pdu_len(&self.recv, self.max_recv) {
                Ok(Some(n)) if self.recv.len() >= n => n,
                Ok(_) => return Ok(()),
                Err(e) => {
                    self.close(e.into());
                    break;
                }
            };
            let raw: Vec<u8> = self.recv.drain(..n).collect();
            if let Err(e) = self.handle_pdu(raw) {
                self.close(e);
            }
        }
        self.closed.clone().map_or(Ok(()), Err)
    }

    /// The next PDU to write to the connection.
    pub fn poll_transmit(&mut self) -> Option<Vec<u8>> {
        self.transmits.pop_front()
    }

    /// The next event.
    pub fn poll_event(&mut self) -> Option<ServerEvent> {
        self.events.pop_front()
    }

    /// Answers a call with its response stub, fragmented to the client's
    /// max_recv_frag and sealed at packet privacy. A call_id that is not
    /// pending is ignored.
    pub fn respond(&mut self, call_id: u32, stub: &[u8]) {
        let Some(context_id) = self.pending.remove(&call_id) else {
            return;
        };
        if let Err(e) = self.send_response(call_id, context_id, stub) {
            self.close(e);
        }
    }

    fn send_response(
        &mut self,
        call_id: u32,
        context_id: u16,
        stub: &[u8],
    ) -> Result<(), RpcError> {
        let sealer = self.auth.as_mut().and_then(|a| {
            pdu::Sealer::at_privacy(a.ctx.as_mut(), a.auth_type, a.level, a.context_id)
        });
        let body = |alloc_hint, stub| {
            Body::Response(Response {
                alloc_hint,
                context_id,
                cancel_count: 0,
                stub,
            })
        };
        let frags = pdu::encode_fragments(call_id, stub, self.max_xmit, sealer, body)?;
        self.transmits.extend(frags);
        Ok(())
    }

    /// Answers a call with a fault. `nca_s_op_rng_error` and
    /// `nca_s_unk_if` say the call did not execute (C706 12.6.3.1).
    pub fn fault(&mut self, call_id: u32, status: u32) {
        let Some(context_id) = self.pending.remove(&call_id) else {
            return;
        };
        self.send_fault(call_id, context_id, status);
    }

    /// Faults are not sealed: Windows and Samba send them without a
    /// verifier, and the client cannot rely on a context that failed.
    fn send_fault(&mut self, call_id: u32, context_id: u16, code: u32) {
        let mut flags = pfc::FIRST_FRAG | pfc::LAST_FRAG;
        if matches!(
            code,
            status::NCA_S_OP_RNG_ERROR
                | status::NCA_S_UNK_IF
                | status::NCA_S_PROTO_ERROR
                | status::ERROR_ACCESS_DENIED
        ) {
            flags |= pfc::DID_NOT_EXECUTE;
        }
        let p = Pdu {
            flags,
            call_id,
            body: Body::Fault(Fault {
                alloc_hint: 0,
                context_id,
                cancel_count: 0,
                status: code,
            }),
            auth: None,
        };
        if let Ok(bytes) = p.encode() {
            self.transmits.push_back(bytes);
        }
    }

    fn close(&mut self, e: RpcError) {
        if self.closed.is_none() {
            self.closed = Some(e.clone());
            self.events.push_back(ServerEvent::Closed(e));
        }
    }

    /// Faults `call_id` and ends the association, as Windows does for a
    /// request that fails its security checks (Samba's raw_protocol tests
    /// record it: fault `nca_s_fault_access_denied`, then disconnect).
    fn fault_and_close(&mut self, call_id: u32, code: u32, e: RpcError) {
        self.send_fault(call_id, 0, code);
        self.close(e);
    }

    fn bind_nak(&mut self, call_id: u32, why: u16) {
        let p = Pdu {
            flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
            call_id,
            body: Body::BindNak(BindNak {
                reason: why,
                versions: vec![(5, 0)],
            }),
            auth: None,
        };
        if let Ok(bytes) = p.encode() {
            self.transmits.push_back(bytes);
        }
        self.close(RpcError::BindNak(why));
    }

    fn handle_pdu(&mut self, mut raw: Vec<u8>) -> Result<(), RpcError> {
        let is_request = raw.get(2) == Some(&(PacketType::Request as u8));
        let sealed = self.auth.as_ref().is_some_and(|a| {
            a.level == RPC_C_AUTHN_LEVEL_PKT_PRIVACY && a.state == AuthState::Established
        });
        if is_request && sealed {
            let call_id = pdu::Header::decode(&raw)?.call_id;
            if let Some(a) = self.auth.as_mut()
                && let Err(e) = pdu::unseal(&mut raw, a.ctx.as_mut())
            {
                self.fault_and_close(call_id, status::ERROR_ACCESS_DENIED, e);
                return Ok(());
            }
        }
        let p = Pdu::decode(&raw)?;
        match p.body {
            Body::Bind(b) if !self.bound => self.on_bind(p.call_id, p.flags, b, p.auth),
            Body::AlterContext(b) if self.bound => self.on_alter_context(p.call_id, b, p.auth),
            Body::Auth3 { .. } => self.on_auth3(p.call_id, p.auth),
            Body::Request(q) if self.bound => {
                if let Err(e) = self.check_request_auth(p.auth.as_ref()) {
                    self.fault_and_close(p.call_id, status::ERROR_ACCESS_DENIED, e);
                    return Ok(());
                }
                self.on_request(p.call_id, p.flags, q)
            }
            // A client may cancel or orphan a call; we have no way to stop
            // a call once delivered, so only its partial request goes.
            Body::CoCancel => Ok(()),
            Body::Orphaned => {
                if self
                    .partial
                    .as_ref()
                    .is_some_and(|q| q.call_id == p.call_id)
                {
                    self.partial = None;
                }
                Ok(())
            }
            _ => {
                self.fault_and_close(
                    p.call_id,
                    status::NCA_S_PROTO_ERROR,
                    RpcError::Protocol("unexpected PDU"),
                );
                Ok(())
            }
        }
    }

    /// The result for each offered context ([MS-RPCE] 3.3.1.5.3 for the
    /// bind-time feature negotiation context: we take no feature).
    fn negotiate(&mut self, offered: &[ContextElement]) -> Vec<ContextResult> {
        let none = SyntaxId {
            uuid: Uuid::NIL,
            major: 0,
            minor: 0,
        };
        let mut results = Vec::with_capacity(offered.len());
        for c in offered {
            let features = c
                .transfer_syntaxes
                .first()
                .and_then(pdu::bind_time_features);
            let iface = self.cfg.interfaces.iter().find(|i| {
                i.uuid == c.abstract_syntax.uuid
                    && i.major == c.abstract_syntax.major
                    && c.abstract_syntax.minor <= i.minor
            });
            let (res, why, syntax) = match (features, iface) {
                (Some(_), _) => (result::NEGOTIATE_ACK, 0, none),
                (None, Some(i)) if c.transfer_syntaxes.contains(&SyntaxId::NDR) => {
                    self.contexts.insert(c.context_id, *i);
                    (result::ACCEPTANCE, 0, SyntaxId::NDR)
                }
                (None, Some(_)) => (
                    result::PROVIDER_REJECTION,
                    reason::PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED,
                    none,
                ),
                (None, None) => (
                    result::PROVIDER_REJECTION,
                    reason::ABSTRACT_SYNTAX_NOT_SUPPORTED,
                    none,
                ),
            };
            results.push(ContextResult {
                result: res,
                reason: why,
                transfer_syntax: syntax,
            });
        }
        results
    }

    /// bind: negotiate fragment sizes and contexts, run the first auth leg.
    /// Contexts nobody offers are rejected in bind_ack, not by bind_nak, as
    /// Windows does (Samba raw_protocol tests); bind_nak is for an empty
    /// context list, unusable fragment sizes and refused authentication.
    fn on_bind(
        &mut self,
        call_id: u32,
        flags: u8,
        b: Bind,
        auth: Option<AuthVerifier>,
    ) -> Result<(), RpcError> {
        if b.contexts.is_empty() {
            self.bind_nak(call_id, nak::NOT_SPECIFIED);
            return Ok(());
        }
        self.max_xmit = b.max_recv_frag.min(self.cfg.max_frag);
        self.max_recv = b.max_xmit_frag.min(self.cfg.max_frag);
        if self.max_xmit < pdu::MIN_FRAG || self.max_recv < pdu::MIN_FRAG {
            self.bind_nak(call_id, nak::LOCAL_LIMIT_EXCEEDED);
            return Ok(());
        }
        let mut token = None;
        if let Some(v) = auth {
            let t = v.trailer;
            if t.auth_level != RPC_C_AUTHN_LEVEL_CONNECT
                && t.auth_level != RPC_C_AUTHN_LEVEL_PKT_PRIVACY
            {
                self.bind_nak(call_id, nak::NOT_SPECIFIED);
                return Ok(());
            }
            let Some(mut ctx) = self
                .cfg
                .acceptor
                .as_ref()
                .and_then(|a| a.accept(t.auth_type))
            else {
                self.bind_nak(call_id, nak::AUTHENTICATION_TYPE_NOT_RECOGNIZED);
                return Ok(());
            };
            let (out, state) = match ctx.step(Some(&v.value)) {
                Ok(Step::Continue(out)) => (Some(out), AuthState::InProgress),
                Ok(Step::Complete(out)) => (out, AuthState::Established),
                Err(_) => {
                    self.bind_nak(call_id, nak::INVALID_CHECKSUM);
                    return Ok(());
                }
            };
            let mut a = ServerAuth {
                ctx,
                auth_type: t.auth_type,
                level: t.auth_level,
                context_id: t.auth_context_id,
                state,
            };
            token = out.map(|o| a.verifier(o));
            self.header_sign = flags & pfc::SUPPORT_HEADER_SIGN != 0;
            a.ctx.set_header_signing(self.header_sign);
            self.auth = Some(a);
        }
        let results = self.negotiate(&b.contexts);
        self.assoc_group_id = if b.assoc_group_id != 0 {
            b.assoc_group_id
        } else {
            ASSOC_GROUP_ID
        };
        let secondary_address = if self.cfg.port == 0 {
            Vec::new()
        } else {
            self.cfg.port.to_string().into_bytes()
        };
        let ack = self.ack(results, secondary_address);
        self.bound = true;
        self.send(Pdu {
            flags: self.ack_flags(),
            call_id,
            body: Body::BindAck(ack),
            auth: token,
        })
    }

    fn ack(&self, results: Vec<ContextResult>, secondary_address: Vec<u8>) -> BindAck {
        BindAck {
            max_xmit_frag: self.max_xmit,
            max_recv_frag: self.max_recv,
            assoc_group_id: self.assoc_group_id,
            secondary_address,
            results,
        }
    }

    /// We echo header signing when the client offered it ([MS-RPCE]
    /// 3.3.3.5.4 / 2.2.2.3).
    fn ack_flags(&self) -> u8 {
        let sign = if self.header_sign {
            pfc::SUPPORT_HEADER_SIGN
        } else {
            0
        };
        pfc::FIRST_FRAG | pfc::LAST_FRAG | sign
    }

    fn send(&mut self, p: Pdu) -> Result<(), RpcError> {
        self.transmits.push_back(p.encode()?);
        Ok(())
    }

    /// alter_context: more contexts, or the next auth leg ([MS-RPCE]
    /// 3.3.1.5.2).
    fn on_alter_context(
        &mut self,
        call_id: u32,
        b: Bind,
        auth: Option<AuthVerifier>,
    ) -> Result<(), RpcError> {
        let results = self.negotiate(&b.contexts);
        let mut token = None;
        if let Some(v) = auth {
            let Some(a) = self.auth.as_mut().filter(|a| {
                a.state == AuthState::InProgress && v.matches(a.auth_type, a.level, a.context_id)
            }) else {
                self.fault_and_close(
                    call_id,
                    status::ERROR_ACCESS_DENIED,
                    RpcError::Protocol("alter_context for no auth leg"),
                );
                return Ok(());
            };
            match a.ctx.step(Some(&v.value)) {
                Ok(Step::Continue(out)) => token = Some(a.verifier(out)),
                Ok(Step::Complete(out)) => {
                    a.state = AuthState::Established;
                    token = out.map(|o| a.verifier(o));
                }
                Err(e) => {
                    self.fault_and_close(call_id, status::ERROR_ACCESS_DENIED, e.into());
                    return Ok(());
                }
            }
        }
        let ack = self.ack(results, Vec::new());
        self.send(Pdu {
            flags: self.ack_flags(),
            call_id,
            body: Body::AlterContextResp(ack),
            auth: token,
        })
    }

    /// auth3 carries the client's last token and gets no answer; a refusal
    /// shows at the next request ([MS-RPCE] 3.3.3.4).
    fn on_auth3(&mut self, call_id: u32, auth: Option<AuthVerifier>) -> Result<(), RpcError> {
        let a = self
            .auth
            .as_mut()
            .filter(|a| a.state == AuthState::InProgress);
        let (Some(a), Some(v)) = (a, auth) else {
            self.fault_and_close(
                call_id,
                status::NCA_S_PROTO_ERROR,
                RpcError::Protocol("auth3 outside a handshake"),
            );
            return Ok(());
        };
        a.state = match a.ctx.step(Some(&v.value)) {
            Ok(Step::Complete(_)) if v.matches(a.auth_type, a.level, a.context_id) => {
                AuthState::Established
            }
            _ => AuthState::Refused,
        };
        Ok(())
    }

    /// Whether a request may run: a finished handshake, and at packet
    /// privacy a verifier of our context (already unsealed).
    fn check_request_auth(&self, v: Option<&AuthVerifier>) -> Result<(), RpcError> {
        let refused = || {
            RpcError::Security(crate::SecurityError {
                status: status::ERROR_ACCESS_DENIED,
                message: "request fails the association's security".into(),
            })
        };
        match (&self.auth, v) {
            (None, None) => Ok(()),
            (None, Some(_)) => Err(refused()),
            (Some(a), _) if a.state != AuthState::Established => Err(refused()),
            (Some(a), _) if a.level == RPC_C_AUTHN_LEVEL_CONNECT => Ok(()),
            (Some(a), Some(v)) if v.matches(a.auth_type, a.level, a.context_id) => Ok(()),
            (Some(_), _) => Err(refused()),
        }
    }

    /// One request fragment; the fragments of a call arrive in order with
    /// no other call between them (no PFC_CONC_MPX, C706 12.4.3).
    fn on_request(&mut self, call_id: u32, flags: u8, q: pdu::Request) -> Result<(), RpcError> {
        if flags & pfc::FIRST_FRAG != 0 {
            if self.partial.is_some() {
                return Err(RpcError::Protocol("a new call inside a fragmented one"));
            }
            let known = self.contexts.contains_key(&q.context_id);
            if !known {
                self.send_fault(call_id, q.context_id, status::NCA_S_UNK_IF);
            }
            self.partial = Some(Partial {
                call_id,
                context_id: q.context_id,
                opnum: q.opnum,
                object: q.object,
                stub: Vec::new(),
                discard: !known,
            });
        }
        let Some(part) = self
            .partial
            .as_mut()
            .filter(|p| p.call_id == call_id && p.opnum == q.opnum)
        else {
            return Err(RpcError::Protocol("request fragment of no call"));
        };
        if !part.discard {
            if part.stub.len() + q.stub.len() > MAX_MESSAGE {
                return Err(RpcError::Protocol("request larger than 64 MiB"));
            }
            part.stub.extend_from_slice(&q.stub);
        }
        if flags & pfc::LAST_FRAG == 0 {
            return Ok(());
        }
        let Some(part) = self.partial.take() else {
            return Ok(());
        };
        let Some(interface) = self
            .contexts
            .get(&part.context_id)
            .copied()
            .filter(|_| !part.discard)
        else {
            return Ok(());
        };
        self.pending.insert(call_id, part.context_id);
        let auth = self.auth.as_ref().map(|a| CallAuth {
            auth_type: a.auth_type,
            auth_level: a.level,
            peer: a.ctx.peer_name(),
        });
        self.events.push_back(ServerEvent::Call(Call {
            call_id,
            interface,
            opnum: part.opnum,
            object: part.object,
            stub: part.stub,
            auth,
        }));
        Ok(())
    }
}
