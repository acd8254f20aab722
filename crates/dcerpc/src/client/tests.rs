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
