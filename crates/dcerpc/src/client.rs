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
        let sealer = self
            .auth
            .as_mut()
            .filter(|a| a.level == RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
            .map(|a| pdu::Sealer {
                ctx: a.ctx.as_mut(),
                auth_type: a.auth_type,
                auth_level: a.level,
                auth_context_id: AUTH_CONTEXT_ID,
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
                self.on_context_ack(ack, p.auth)
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
mod tests {
    //! The association pumped through memory: a [`Client`] against a
    //! [`Server`], unauthenticated and sealed with a toy package.
    use super::*;
    use crate::pdu::{ContextElement, PacketType, nak, reason, status};
    use crate::security::SecurityError;
    use crate::security::{Acceptor, RPC_C_AUTHN_WINNT};
    use crate::server::{Call, CallAuth, Server, ServerConfig, ServerEvent};
    use crate::uuid::Uuid;
    use std::ops::Range;
    use std::sync::Arc;

    const IFACE: SyntaxId = SyntaxId {
        uuid: Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620),
        major: 1,
        minor: 0,
    };
    const LOGON_DENIED: u32 = 0x8009_030C;

    /// TEST ONLY, NOT SECURITY: a toy package with a 2- or 3-leg handshake,
    /// XOR "encryption" and an FNV-1a checksum as "signature", so the
    /// machines' sealing and framing can be checked without crypto.
    struct Toy {
        server: bool,
        legs: u8,
        leg: u8,
        accept_token: &'static [u8],
    }

    const KEY: u8 = 0x5A;

    fn fnv(b: &[u8]) -> [u8; 16] {
        let h = b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &x| {
            (h ^ u64::from(x)).wrapping_mul(0x100_0000_01b3)
        });
        let mut s = [0u8; 16];
        s[..8].copy_from_slice(&h.to_le_bytes());
        s[8..].copy_from_slice(&h.to_le_bytes());
        s
    }

    impl SecurityContext for Toy {
        fn auth_type(&self) -> u8 {
            RPC_C_AUTHN_WINNT
        }
        fn step(&mut self, input: Option<&[u8]>) -> Result<Step, SecurityError> {
            let refuse = || SecurityError {
                status: LOGON_DENIED,
                message: "toy refuses".into(),
            };
            self.leg += 1;
            let input = input.unwrap_or_default();
            Ok(match (self.server, self.leg, self.legs) {
                (false, 1, _) => Step::Continue(b"C1".to_vec()),
                (false, 2, 2) if input == b"S1" => Step::Complete(Some(b"C2".to_vec())),
                (false, 2, 3) if input == b"S1" => Step::Continue(b"C2".to_vec()),
                (false, 3, 3) if input == b"S2" => Step::Complete(None),
                (true, 1, _) if input == self.accept_token => Step::Continue(b"S1".to_vec()),
                (true, 2, 2) if input == b"C2" => Step::Complete(None),
                (true, 2, 3) if input == b"C2" => Step::Complete(Some(b"S2".to_vec())),
                _ => return Err(refuse()),
            })
        }
        fn signature_len(&self) -> usize {
            16
        }
        fn seal(&mut self, pdu: &mut [u8], stub: Range<usize>) -> Result<Vec<u8>, SecurityError> {
            let sig = fnv(pdu);
            pdu[stub].iter_mut().for_each(|b| *b ^= KEY);
            Ok(sig.to_vec())
        }
        fn unseal(
            &mut self,
            pdu: &mut [u8],
            stub: Range<usize>,
            signature: &[u8],
        ) -> Result<(), SecurityError> {
            pdu[stub].iter_mut().for_each(|b| *b ^= KEY);
            if fnv(pdu) != signature {
                return Err(SecurityError {
                    status: 5,
                    message: "toy signature mismatch".into(),
                });
            }
            Ok(())
        }
        fn peer_name(&self) -> Option<String> {
            self.server.then(|| "TOY\\alice".to_string())
        }
    }

    struct ToyAcceptor {
        legs: u8,
        accept_token: &'static [u8],
    }

    impl Acceptor for ToyAcceptor {
        fn accept(&self, auth_type: u8) -> Option<Box<dyn SecurityContext>> {
            (auth_type == RPC_C_AUTHN_WINNT).then(|| {
                Box::new(Toy {
                    server: true,
                    legs: self.legs,
                    leg: 0,
                    accept_token: self.accept_token,
                }) as Box<dyn SecurityContext>
            })
        }
    }

    fn toy_client(legs: u8) -> Box<dyn SecurityContext> {
        Box::new(Toy {
            server: false,
            legs,
            leg: 0,
            accept_token: b"",
        })
    }

    fn server(max_frag: u16, legs: Option<(u8, &'static [u8])>) -> Server {
        Server::new(ServerConfig {
            interfaces: vec![IFACE],
            acceptor: legs.map(|(legs, accept_token)| {
                Arc::new(ToyAcceptor { legs, accept_token }) as Arc<dyn Acceptor>
            }),
            max_frag,
            port: 49664,
        })
    }

    /// What crossed the wire, each way.
    #[derive(Default)]
    struct Wire {
        to_server: Vec<Vec<u8>>,
        to_client: Vec<Vec<u8>>,
        closed: Vec<RpcError>,
    }

    /// Moves PDUs both ways in odd-sized chunks until both sides are quiet;
    /// `on_call` answers the server's calls.
    fn pump(
        c: &mut Client,
        s: &mut Server,
        mut on_call: impl FnMut(&mut Server, Call),
    ) -> (Vec<ClientEvent>, Wire) {
        let mut wire = Wire::default();
        loop {
            let mut moved = false;
            while let Some(b) = c.poll_transmit() {
                moved = true;
                for chunk in b.chunks(7) {
                    let _ = s.handle_input(chunk);
                }
                wire.to_server.push(b);
            }
            while let Some(e) = s.poll_event() {
                match e {
                    ServerEvent::Call(call) => on_call(s, call),
                    ServerEvent::Closed(e) => wire.closed.push(e),
                }
            }
            while let Some(b) = s.poll_transmit() {
                moved = true;
                for chunk in b.chunks(13) {
                    let _ = c.handle_input(chunk);
                }
                wire.to_client.push(b);
            }
            if !moved {
                break;
            }
        }
        (std::iter::from_fn(|| c.poll_event()).collect(), wire)
    }

    fn echo(s: &mut Server, call: Call) {
        let mut out = call.stub.clone();
        out.reverse();
        s.respond(call.call_id, &out);
    }

    #[test]
    fn unauthenticated_bind_call_response() {
        let mut c = Client::new(ClientConfig::new(IFACE));
        let id = c.call(0, b"hello");
        let mut s = server(5840, None);
        let mut seen = Vec::new();
        let (events, wire) = pump(&mut c, &mut s, |s, call| {
            seen.push(call.clone());
            echo(s, call);
        });
        assert_eq!(
            events,
            vec![
                ClientEvent::Bound,
                ClientEvent::Response {
                    call_id: id,
                    stub: b"olleh".to_vec()
                }
            ]
        );
        assert_eq!(seen.len(), 1);
        assert_eq!(
            (seen[0].interface, seen[0].opnum, seen[0].auth.clone()),
            (IFACE, 0, None)
        );
        // bind_ack names the port as C706 12.6.4.4's port_any_t.
        let Body::BindAck(ack) = Pdu::decode(&wire.to_client[0]).unwrap().body else {
            panic!()
        };
        assert_eq!(ack.secondary_address, b"49664");
        assert!(wire.closed.is_empty());
    }

    #[test]
    fn big_messages_are_fragmented_both_ways() {
        let big: Vec<u8> = (0..200 * 1024u32)
            .map(|i| (i * 7 + i / 251) as u8)
            .collect();
        for legs in [None, Some(2)] {
            let auth = legs.map(|l| (toy_client(l), RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
            let mut c = Client::new(ClientConfig {
                interface: IFACE,
                auth,
                max_frag: 1024,
            });
            let id = c.call(3, &big);
            let mut s = server(1024, legs.map(|l| (l, &b"C1"[..])));
            let (events, wire) = pump(&mut c, &mut s, |s, call| {
                assert_eq!(call.stub.len(), 200 * 1024);
                echo(s, call);
            });
            let mut want = big.clone();
            want.reverse();
            assert_eq!(
                events,
                vec![
                    ClientEvent::Bound,
                    ClientEvent::Response {
                        call_id: id,
                        stub: want
                    }
                ]
            );
            assert!(wire.to_server.len() > 200 && wire.to_client.len() > 200);
            assert!(
                wire.to_server
                    .iter()
                    .chain(&wire.to_client)
                    .all(|p| p.len() <= 1024)
            );
        }
    }

    #[test]
    fn unknown_interface_fails_the_bind() {
        let other = SyntaxId { major: 2, ..IFACE };
        let mut c = Client::new(ClientConfig::new(other));
        c.call(0, b"x");
        let mut s = server(5840, None);
        let (events, _) = pump(&mut c, &mut s, |_, _| panic!("no call expected"));
        let want = RpcError::ContextRejected {
            result: result::PROVIDER_REJECTION,
            reason: reason::ABSTRACT_SYNTAX_NOT_SUPPORTED,
        };
        assert_eq!(events, vec![ClientEvent::Failed(want.clone())]);
        assert_eq!(want.status(), status::RPC_S_UNKNOWN_IF);
    }

    #[test]
    fn faults_reach_the_caller() {
        let mut c = Client::new(ClientConfig::new(IFACE));
        let id = c.call(42, b"");
        let mut s = server(5840, None);
        let (events, wire) = pump(&mut c, &mut s, |s, call| {
            s.fault(call.call_id, status::NCA_S_OP_RNG_ERROR)
        });
        assert_eq!(
            events,
            vec![
                ClientEvent::Bound,
                ClientEvent::Fault {
                    call_id: id,
                    status: status::NCA_S_OP_RNG_ERROR
                }
            ]
        );
        let fault = Pdu::decode(wire.to_client.last().unwrap()).unwrap();
        assert_ne!(fault.flags & pfc::DID_NOT_EXECUTE, 0);
    }

    #[test]
    fn privacy_seals_the_stub_on_the_wire() {
        for legs in [2, 3] {
            let secret = b"PLAINTEXT SECRET STUB".to_vec();
            let auth = Some((toy_client(legs), RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
            let mut c = Client::new(ClientConfig {
                interface: IFACE,
                auth,
                max_frag: 5840,
            });
            let id = c.call(0, &secret);
            let mut s = server(5840, Some((legs, b"C1")));
            let mut peer = None;
            let (events, wire) = pump(&mut c, &mut s, |s, call| {
                peer = call.auth.clone();
                s.respond(call.call_id, &call.stub);
            });
            assert_eq!(
                events,
                vec![
                    ClientEvent::Bound,
                    ClientEvent::Response {
                        call_id: id,
                        stub: secret.clone()
                    }
                ]
            );
            assert_eq!(
                peer,
                Some(CallAuth {
                    auth_type: RPC_C_AUTHN_WINNT,
                    auth_level: RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
                    peer: Some("TOY\\alice".into())
                })
            );
            // bind, then auth3 (2 legs) or alter_context (3 legs), then the request.
            let types: Vec<u8> = wire.to_server.iter().map(|p| p[2]).collect();
            let third_leg = if legs == 2 {
                PacketType::Auth3
            } else {
                PacketType::AlterContext
            };
            assert_eq!(
                types,
                vec![
                    PacketType::Bind as u8,
                    third_leg as u8,
                    PacketType::Request as u8
                ]
            );
            assert_ne!(wire.to_server[0][3] & pfc::SUPPORT_HEADER_SIGN, 0);
            assert_ne!(wire.to_client[0][3] & pfc::SUPPORT_HEADER_SIGN, 0);
            let on_wire = |p: &Vec<u8>| p.windows(secret.len()).any(|w| w == secret.as_slice());
            assert!(!wire.to_server.iter().chain(&wire.to_client).any(on_wire));
        }
    }

    /// Bind, and the third leg if any, for a sealed association; returns
    /// the parties ready for calls.
    fn sealed_pair() -> (Client, Server) {
        let auth = Some((toy_client(2), RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
        let mut c = Client::new(ClientConfig {
            interface: IFACE,
            auth,
            max_frag: 5840,
        });
        let mut s = server(5840, Some((2, b"C1")));
        let (events, _) = pump(&mut c, &mut s, |_, _| {});
        assert_eq!(events, vec![ClientEvent::Bound]);
        (c, s)
    }

    #[test]
    fn a_tampered_request_header_is_faulted_and_closes() {
        let (mut c, mut s) = sealed_pair();
        c.call(0, b"stub");
        let mut req = c.poll_transmit().unwrap();
        req[20] ^= 1; // the opnum, covered by header signing
        assert!(s.handle_input(&req).is_err());
        let ServerEvent::Closed(RpcError::Security(e)) = s.poll_event().unwrap() else {
            panic!()
        };
        assert_eq!(e.status, 5);
        let Body::Fault(f) = Pdu::decode(&s.poll_transmit().unwrap()).unwrap().body else {
            panic!()
        };
        assert_eq!(f.status, status::ERROR_ACCESS_DENIED);
    }

    #[test]
    fn a_tampered_response_fails_the_client() {
        let (mut c, mut s) = sealed_pair();
        c.call(0, b"stub");
        s.handle_input(&c.poll_transmit().unwrap()).unwrap();
        let Some(ServerEvent::Call(call)) = s.poll_event() else {
            panic!()
        };
        s.respond(call.call_id, b"answer");
        let mut resp = s.poll_transmit().unwrap();
        resp[13] ^= 0x80; // the call_id
        assert!(matches!(c.handle_input(&resp), Err(RpcError::Security(_))));
        assert!(matches!(
            c.poll_event(),
            Some(ClientEvent::Failed(RpcError::Security(_)))
        ));
    }

    #[test]
    fn an_unsealed_request_on_a_sealed_association_is_refused() {
        let (_, mut s) = sealed_pair();
        let plain = Pdu {
            flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
            call_id: 9,
            body: Body::Request(pdu::Request {
                alloc_hint: 1,
                context_id: 0,
                opnum: 0,
                object: None,
                stub: vec![1],
            }),
            auth: None,
        };
        assert!(s.handle_input(&plain.encode().unwrap()).is_err());
        assert!(matches!(s.poll_event(), Some(ServerEvent::Closed(_))));
    }

    #[test]
    fn refused_credentials_give_bind_nak_and_access_denied() {
        let auth = Some((toy_client(2), RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
        let mut c = Client::new(ClientConfig {
            interface: IFACE,
            auth,
            max_frag: 5840,
        });
        let mut s = server(5840, Some((2, b"someone else")));
        let (events, wire) = pump(&mut c, &mut s, |_, _| {});
        assert_eq!(
            events,
            vec![ClientEvent::Failed(RpcError::BindNak(
                nak::INVALID_CHECKSUM
            ))]
        );
        assert_eq!(
            RpcError::BindNak(nak::INVALID_CHECKSUM).status(),
            status::ERROR_ACCESS_DENIED
        );
        assert_eq!(wire.closed, vec![RpcError::BindNak(nak::INVALID_CHECKSUM)]);
        // A server without security packages does not recognise the type.
        let mut c = Client::new(ClientConfig {
            interface: IFACE,
            auth: Some((toy_client(2), 6)),
            max_frag: 5840,
        });
        let (events, _) = pump(&mut c, &mut server(5840, None), |_, _| {});
        assert_eq!(
            events,
            vec![ClientEvent::Failed(RpcError::BindNak(
                nak::AUTHENTICATION_TYPE_NOT_RECOGNIZED
            ))]
        );
    }

    #[test]
    fn bind_time_feature_context_gets_negotiate_ack() {
        let mut s = server(5840, None);
        let features = SyntaxId {
            uuid: Uuid::from_u128(0x6cb71c2c_9812_4540_0300_000000000000),
            major: 1,
            minor: 0,
        };
        let bind = Pdu {
            flags: 3,
            call_id: 1,
            body: Body::Bind(Bind {
                max_xmit_frag: 5840,
                max_recv_frag: 5840,
                assoc_group_id: 0,
                contexts: vec![
                    ContextElement {
                        context_id: 0,
                        abstract_syntax: IFACE,
                        transfer_syntaxes: vec![SyntaxId::NDR],
                    },
                    ContextElement {
                        context_id: 1,
                        abstract_syntax: IFACE,
                        transfer_syntaxes: vec![features],
                    },
                ],
            }),
            auth: None,
        };
        s.handle_input(&bind.encode().unwrap()).unwrap();
        let Body::BindAck(ack) = Pdu::decode(&s.poll_transmit().unwrap()).unwrap().body else {
            panic!()
        };
        assert_eq!(ack.results[0].result, result::ACCEPTANCE);
        assert_eq!(
            (ack.results[1].result, ack.results[1].reason),
            (result::NEGOTIATE_ACK, 0)
        );
    }

    #[test]
    fn garbage_and_out_of_order_pdus_close_the_association() {
        let mut s = server(5840, None);
        assert!(s.handle_input(&[5, 0, 0, 3, 0, 0, 0, 0, 16, 0]).is_err()); // big-endian
        let mut s = server(5840, None);
        let req = Pdu {
            flags: 3,
            call_id: 1,
            body: Body::Request(pdu::Request {
                alloc_hint: 0,
                context_id: 0,
                opnum: 0,
                object: None,
                stub: vec![],
            }),
            auth: None,
        };
        assert_eq!(
            s.handle_input(&req.encode().unwrap()),
            Err(RpcError::Protocol("unexpected PDU"))
        );
        let mut c = Client::new(ClientConfig::new(IFACE));
        assert!(c.handle_input(&req.encode().unwrap()).is_err());
        assert_eq!(
            c.handle_input(&[]),
            Err(RpcError::Protocol("unexpected PDU type"))
        );
    }

    #[test]
    fn integrity_level_is_refused_up_front() {
        let auth = Some((toy_client(2), 5));
        let mut c = Client::new(ClientConfig {
            interface: IFACE,
            auth,
            max_frag: 5840,
        });
        assert_eq!(
            c.poll_event(),
            Some(ClientEvent::Failed(RpcError::UnsupportedAuthLevel(5)))
        );
        assert_eq!(c.poll_transmit(), None);
        assert_eq!(
            RpcError::UnsupportedAuthLevel(5).status(),
            status::RPC_S_UNKNOWN_AUTHN_LEVEL
        );
    }

    #[test]
    fn call_ids_rise_and_auth_legs_reuse_the_bind_id() {
        let auth = Some((toy_client(3), RPC_C_AUTHN_LEVEL_PKT_PRIVACY));
        let mut c = Client::new(ClientConfig {
            interface: IFACE,
            auth,
            max_frag: 5840,
        });
        let ids = [c.call(0, b"a"), c.call(1, b"b")];
        let mut s = server(5840, Some((3, b"C1")));
        let (events, wire) = pump(&mut c, &mut s, echo);
        assert_eq!(ids, [2, 3]);
        assert_eq!(events.len(), 3);
        let call_ids: Vec<u32> = wire
            .to_server
            .iter()
            .map(|p| Pdu::decode(p).unwrap().call_id)
            .collect();
        assert_eq!(call_ids, vec![1, 1, 2, 3]);
    }
}
