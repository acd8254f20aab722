//! Impacket (a third party) reads the PDUs our machines put on the wire,
//! field by field, with its own parsers (impacket.dcerpc.v5.rpcrt), and
//! builds a bind and requests with its own padding for our decoder. The
//! reverse direction of tests/wds-rpc.sh, where Impacket is the client.
//! Skips with a note when target/pydeps has no Impacket
//! (scripts/test.sh installs it there).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::ops::Range;
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;

use dcerpc::pdu::{self, Body, Pdu, pfc, result, status};
use dcerpc::security::{RPC_C_AUTHN_LEVEL_PKT_PRIVACY, RPC_C_AUTHN_WINNT};
use dcerpc::{
    Acceptor, Call, Client, ClientConfig, ClientEvent, SecurityContext, SecurityError, Server,
    ServerConfig, ServerEvent, Step, SyntaxId, Uuid,
};
use serde_json::{Value, json};

const IFACE: SyntaxId = SyntaxId {
    uuid: Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620),
    major: 1,
    minor: 0,
};
const PORT: u16 = 49664;

/// tests/dcerpc_parse.py, one JSON line each way.
struct Impacket {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: BufReader<ChildStdout>,
}

impl Impacket {
    fn start() -> Option<Self> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pydeps = root.join("target/pydeps");
        if !pydeps.join("impacket").is_dir() {
            println!(
                "note: skipping the Impacket PDU test: {} has no impacket",
                pydeps.display()
            );
            return None;
        }
        let spawned = Command::new("python3")
            .arg(root.join("tests/dcerpc_parse.py"))
            .env("PYTHONPATH", &pydeps)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(e) => {
                println!("note: skipping the Impacket PDU test: python3: {e}");
                return None;
            }
        };
        let stdin = child.stdin.take();
        let lines = BufReader::new(child.stdout.take().unwrap());
        Some(Self {
            child,
            stdin,
            lines,
        })
    }

    fn ask(&mut self, request: Value) -> Value {
        let stdin = self.stdin.as_mut().unwrap();
        writeln!(stdin, "{request}").unwrap();
        stdin.flush().unwrap();
        let mut line = String::new();
        self.lines.read_line(&mut line).unwrap();
        let v: Value = serde_json::from_str(&line).unwrap();
        assert!(v.get("error").is_none(), "Impacket refused {request}: {v}");
        v
    }

    /// Impacket's reading of one of our PDUs, with the checks every PDU
    /// must pass: version 5.0, little-endian drep, frag_len the length.
    fn parse(&mut self, pdu: &[u8]) -> Value {
        let v = self.ask(json!({"op": "parse", "hex": hex(pdu)}));
        assert_eq!((&v["ver_major"], &v["ver_minor"]), (&json!(5), &json!(0)));
        assert_eq!(v["representation"], 0x10, "drep (C706 14.1)");
        assert_eq!(v["frag_len"], pdu.len());
        assert_eq!(v["len"], pdu.len());
        if v["auth_len"] != 0 {
            // C706 13.2.6.1: the trailer is at least 4-aligned.
            assert_eq!(v["trailer_offset"].as_u64().unwrap() % 4, 0, "{v}");
        }
        v
    }

    /// Bytes Impacket built.
    fn build(&mut self, request: Value) -> Vec<u8> {
        unhex(self.ask(request)["hex"].as_str().unwrap())
    }
}

impl Drop for Impacket {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let _ = self.child.wait();
    }
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// A `p_syntax_id_t` as the helper prints it.
fn syntax(s: SyntaxId) -> Value {
    json!({"uuid": s.uuid.to_string(), "version": format!("{}.{}", s.major, s.minor)})
}

/// TEST ONLY, NOT SECURITY: a toy package with a 2- or 3-leg handshake,
/// XOR "encryption" and an FNV-1a checksum as "signature", so real
/// sealed PDUs can be produced without crypto.
struct Toy {
    server: bool,
    legs: u8,
    leg: u8,
}

const KEY: u8 = 0x5A;

fn fnv(b: &[u8]) -> Vec<u8> {
    let h = b.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &x| {
        (h ^ u64::from(x)).wrapping_mul(0x100_0000_01b3)
    });
    [h.to_le_bytes(), h.to_be_bytes()].concat()
}

impl SecurityContext for Toy {
    fn auth_type(&self) -> u8 {
        RPC_C_AUTHN_WINNT
    }
    fn step(&mut self, input: Option<&[u8]>) -> Result<Step, SecurityError> {
        self.leg += 1;
        let input = input.unwrap_or_default();
        Ok(match (self.server, self.leg, self.legs) {
            (false, 1, _) => Step::Continue(b"C1".to_vec()),
            (false, 2, 2) if input == b"S1" => Step::Complete(Some(b"C2".to_vec())),
            (false, 2, 3) if input == b"S1" => Step::Continue(b"C2".to_vec()),
            (false, 3, 3) if input == b"S2" => Step::Complete(None),
            (true, 1, _) if input == b"C1" => Step::Continue(b"S1".to_vec()),
            (true, 2, 2) if input == b"C2" => Step::Complete(None),
            (true, 2, 3) if input == b"C2" => Step::Complete(Some(b"S2".to_vec())),
            _ => {
                return Err(SecurityError {
                    status: 0x8009_030C,
                    message: "toy refuses".into(),
                });
            }
        })
    }
    fn signature_len(&self) -> usize {
        16
    }
    fn seal(&mut self, pdu: &mut [u8], stub: Range<usize>) -> Result<Vec<u8>, SecurityError> {
        let sig = fnv(pdu);
        pdu[stub].iter_mut().for_each(|b| *b ^= KEY);
        Ok(sig)
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
}

struct ToyAcceptor(u8);

impl Acceptor for ToyAcceptor {
    fn accept(&self, auth_type: u8) -> Option<Box<dyn SecurityContext>> {
        (auth_type == RPC_C_AUTHN_WINNT).then(|| {
            Box::new(Toy {
                server: true,
                legs: self.0,
                leg: 0,
            }) as Box<dyn SecurityContext>
        })
    }
}

/// A client and a server, sealed with `legs` toy legs or unauthenticated.
fn pair(legs: Option<u8>, max_frag: u16) -> (Client, Server) {
    let auth = legs.map(|legs| {
        let ctx = Box::new(Toy {
            server: false,
            legs,
            leg: 0,
        }) as Box<dyn SecurityContext>;
        (ctx, RPC_C_AUTHN_LEVEL_PKT_PRIVACY)
    });
    let client = Client::new(ClientConfig {
        interface: IFACE,
        auth,
        max_frag,
    });
    let server = Server::new(ServerConfig {
        interfaces: vec![IFACE],
        acceptor: legs.map(|l| Arc::new(ToyAcceptor(l)) as Arc<dyn Acceptor>),
        max_frag,
        port: PORT,
    });
    (client, server)
}

/// What crossed the wire, each way, and the client's events.
struct Wire {
    to_server: Vec<Vec<u8>>,
    to_client: Vec<Vec<u8>>,
    events: Vec<ClientEvent>,
}

/// Moves whole PDUs both ways until both sides are quiet; `on_call`
/// answers the server's calls.
fn pump(c: &mut Client, s: &mut Server, mut on_call: impl FnMut(&mut Server, Call)) -> Wire {
    let mut wire = Wire {
        to_server: Vec::new(),
        to_client: Vec::new(),
        events: Vec::new(),
    };
    loop {
        let mut moved = false;
        while let Some(b) = c.poll_transmit() {
            moved = true;
            let _ = s.handle_input(&b);
            wire.to_server.push(b);
        }
        while let Some(e) = s.poll_event() {
            if let ServerEvent::Call(call) = e {
                on_call(s, call);
            }
        }
        while let Some(b) = s.poll_transmit() {
            moved = true;
            let _ = c.handle_input(&b);
            wire.to_client.push(b);
        }
        if !moved {
            break;
        }
    }
    wire.events = std::iter::from_fn(|| c.poll_event()).collect();
    wire
}

fn echo(s: &mut Server, call: Call) {
    let mut out = call.stub.clone();
    out.reverse();
    s.respond(call.call_id, &out);
}

fn stub_of(v: &Value) -> Vec<u8> {
    unhex(v["stub"].as_str().unwrap())
}

/// Our bind, offering IFACE over NDR, as Impacket reads it.
fn check_bind(v: &Value, ptype: u8, max_frag: u16) {
    assert_eq!(v["type"], ptype);
    assert_eq!(v["call_id"], 1);
    assert_eq!(
        (&v["max_tfrag"], &v["max_rfrag"]),
        (&json!(max_frag), &json!(max_frag))
    );
    assert_eq!(v["assoc_group"], 0);
    assert_eq!(v["ctx_num"], 1);
    assert_eq!(
        v["ctx_items"],
        json!([{"ctx_id": 0, "trans_items": 1, "abstract": syntax(IFACE),
                "transfer": syntax(SyntaxId::NDR)}])
    );
}

/// Our bind_ack or alter_context_resp accepting IFACE, as Impacket reads it.
fn check_ack(v: &Value, ptype: u8, sec_addr: Option<&str>) {
    assert_eq!(v["type"], ptype);
    assert_eq!(v["call_id"], 1);
    assert_eq!(v["assoc_group"], 0x0001_0001);
    match sec_addr {
        // port_any_t counts its NUL (C706 12.6.4.4).
        Some(a) => assert_eq!(
            (&v["sec_addr"], &v["sec_addr_len"]),
            (&json!(a), &json!(a.len() + 1))
        ),
        None => assert_eq!(v["sec_addr_len"], 0),
    }
    assert_eq!(
        v["results"],
        json!([{"result": 0, "reason": 0, "transfer": syntax(SyntaxId::NDR)}])
    );
}

/// The toy verifier of our one auth context ([MS-RPCE] 2.2.2.11).
fn check_trailer(v: &Value, pad: usize) {
    assert_eq!(
        v["sec_trailer"],
        json!({"auth_type": RPC_C_AUTHN_WINNT, "auth_level": RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
               "auth_pad_len": pad, "auth_rsvrd": 0, "auth_ctx_id": 0})
    );
}

#[test]
fn unauthenticated_association_as_impacket_reads_it() {
    let Some(mut py) = Impacket::start() else {
        return;
    };
    let (mut c, mut s) = pair(None, 5840);
    let id = c.call(7, b"thirteen byte");
    let wire = pump(&mut c, &mut s, echo);
    assert_eq!(wire.events.len(), 2, "{:?}", wire.events);
    let [bind, request] = &wire.to_server[..] else {
        panic!("{} PDUs to the server", wire.to_server.len())
    };
    let [ack, response] = &wire.to_client[..] else {
        panic!("{} PDUs to the client", wire.to_client.len())
    };

    let v = py.parse(bind);
    check_bind(&v, 11, 5840);
    assert_eq!(v["flags"], pfc::FIRST_FRAG | pfc::LAST_FRAG);
    assert_eq!((&v["auth_len"], &v["trailing"]), (&json!(0), &json!("")));

    let v = py.parse(ack);
    check_ack(&v, 12, Some("49664"));
    assert_eq!(
        (&v["max_tfrag"], &v["max_rfrag"]),
        (&json!(5840), &json!(5840))
    );
    assert_eq!(v["flags"], pfc::FIRST_FRAG | pfc::LAST_FRAG);
    // 26 + 6 address bytes is already 4-aligned.
    assert_eq!(v["pad"], "");

    let v = py.parse(request);
    assert_eq!(v["type"], 0);
    assert_eq!(v["flags"], pfc::FIRST_FRAG | pfc::LAST_FRAG);
    assert_eq!(v["call_id"], id);
    assert_eq!(
        (&v["alloc_hint"], &v["ctx_id"], &v["op_num"]),
        (&json!(13), &json!(0), &json!(7))
    );
    assert_eq!((&v["uuid"], &v["header_size"]), (&json!(""), &json!(24)));
    assert_eq!(stub_of(&v), b"thirteen byte");

    let v = py.parse(response);
    assert_eq!(v["type"], 2);
    assert_eq!(v["flags"], pfc::FIRST_FRAG | pfc::LAST_FRAG);
    assert_eq!(v["call_id"], id);
    assert_eq!(
        (&v["alloc_hint"], &v["ctx_id"], &v["cancel_count"]),
        (&json!(13), &json!(0), &json!(0))
    );
    assert_eq!(stub_of(&v), b"etyb neetriht");
}

/// A 10 KiB stub at max_frag 1024: each fragment's flags and alloc_hint
/// (C706 12.6.3.1: what remains of the stub), and the stubs Impacket cuts
/// out reassemble to the bytes sent; sealed fragments keep their 16-byte
/// stub alignment ([MS-RPCE] 2.2.2.11) and decrypt to the same bytes.
#[test]
fn fragmented_request_as_impacket_reads_it() {
    let Some(mut py) = Impacket::start() else {
        return;
    };
    let big: Vec<u8> = (0..10 * 1024u32).map(|i| (i * 7 + i / 251) as u8).collect();
    for legs in [None, Some(2)] {
        let (mut c, mut s) = pair(legs, 1024);
        let id = c.call(5, &big);
        let mut got = None;
        let wire = pump(&mut c, &mut s, |s, call| {
            got = Some(call.stub.clone());
            s.respond(call.call_id, b"ok");
        });
        assert_eq!(got.as_deref(), Some(&big[..]), "our server reassembles");
        let frags: Vec<_> = wire
            .to_server
            .iter()
            .filter(|p| p[2] == pdu::PacketType::Request as u8)
            .collect();
        assert!(frags.len() > 10, "{} fragments", frags.len());
        let mut reassembled = Vec::new();
        for (i, f) in frags.iter().enumerate() {
            assert!(f.len() <= 1024);
            let v = py.parse(f);
            let mut flags = 0;
            if i == 0 {
                flags |= pfc::FIRST_FRAG;
            }
            if i + 1 == frags.len() {
                flags |= pfc::LAST_FRAG;
            }
            assert_eq!(v["flags"], flags, "fragment {i}");
            assert_eq!(v["call_id"], id);
            assert_eq!((&v["ctx_id"], &v["op_num"]), (&json!(0), &json!(5)));
            assert_eq!(
                v["alloc_hint"],
                big.len() - reassembled.len(),
                "fragment {i}"
            );
            let mut stub = stub_of(&v);
            if legs.is_some() {
                let pad = (16 - stub.len() % 16) % 16;
                check_trailer(&v, pad);
                assert_eq!(v["auth_len"], 16);
                stub.iter_mut().for_each(|b| *b ^= KEY);
            } else {
                assert_eq!(v["auth_len"], 0);
            }
            reassembled.extend_from_slice(&stub);
        }
        assert_eq!(reassembled, big);
    }
}

/// The handshake's bind family with verifiers, and sealed requests and
/// responses of every stub length mod 16: the trailer's fields, auth_length
/// against frag_length, and the stub padded to 16 bytes from its start
/// ([MS-RPCE] 2.2.2.11 asks for the sec_trailer 16-aligned "with respect
/// to the beginning of the PDU body"; Windows and Samba count from the
/// stub's start, as pdu.rs does).
#[test]
fn sealed_association_as_impacket_reads_it() {
    let Some(mut py) = Impacket::start() else {
        return;
    };
    // Two legs: bind, bind_ack, auth3.
    let (mut c, mut s) = pair(Some(2), 1024);
    let stubs: Vec<Vec<u8>> = (1..=17u8).map(|n| (0..n).collect()).collect();
    let ids: Vec<u32> = stubs.iter().map(|st| c.call(2, st)).collect();
    let wire = pump(&mut c, &mut s, echo);
    assert_eq!(wire.events.len(), 1 + stubs.len(), "{:?}", wire.events);
    let (handshake, requests) = wire.to_server.split_at(2);
    let (ack, responses) = wire.to_client.split_first().unwrap();

    let v = py.parse(&handshake[0]);
    check_bind(&v, 11, 1024);
    assert_eq!(
        v["flags"],
        pfc::FIRST_FRAG | pfc::LAST_FRAG | pfc::SUPPORT_HEADER_SIGN
    );
    check_trailer(&v, 0);
    assert_eq!(
        (&v["auth_len"], &v["auth_data"]),
        (&json!(2), &json!(hex(b"C1")))
    );
    assert_eq!(
        v["trailing"], "",
        "a bind body is 4-aligned: no auth padding"
    );

    let v = py.parse(ack);
    check_ack(&v, 12, Some("49664"));
    assert_eq!(
        v["flags"],
        pfc::FIRST_FRAG | pfc::LAST_FRAG | pfc::SUPPORT_HEADER_SIGN
    );
    check_trailer(&v, 0);
    assert_eq!(v["auth_data"], hex(b"S1"));

    // [MS-RPCE] 2.2.2.10: four pad bytes (ours carry max_xmit_frag and
    // max_recv_frag, as DCE's auth3 does), then the trailer at offset 20.
    let v = py.parse(&handshake[1]);
    assert_eq!(v["type"], 16);
    assert_eq!((&v["call_id"], &v["flags"]), (&json!(1), &json!(3)));
    assert_eq!(
        (&v["pad"], &v["trailer_offset"]),
        (&json!("00040004"), &json!(20))
    );
    check_trailer(&v, 0);
    assert_eq!(v["auth_data"], hex(b"C2"));

    for (i, (q, r)) in requests.iter().zip(responses).enumerate() {
        let plain = &stubs[i];
        let pad = (16 - plain.len() % 16) % 16;
        for (pdu, ptype) in [(q, 0), (r, 2)] {
            let v = py.parse(pdu);
            assert_eq!((&v["type"], &v["call_id"]), (&json!(ptype), &json!(ids[i])));
            check_trailer(&v, pad);
            assert_eq!(v["auth_len"], 16);
            let header = v["header_size"].as_u64().unwrap() as usize;
            let trailer = v["trailer_offset"].as_u64().unwrap() as usize;
            assert_eq!((trailer - header) % 16, 0, "stub + pad is 16-aligned");
            assert_eq!(trailer, header + plain.len() + pad);
            assert_eq!(v["frag_len"], trailer + 8 + 16);
            assert_eq!(v["alloc_hint"], plain.len());
            let mut stub = stub_of(&v);
            stub.iter_mut().for_each(|b| *b ^= KEY);
            let mut want = plain.clone();
            if ptype == 2 {
                want.reverse();
            }
            assert_eq!(stub, want, "PTYPE {ptype}, {} stub bytes", plain.len());
        }
    }

    // Three legs: the second goes in alter_context, the third comes back
    // in alter_context_resp, whose secondary address is empty.
    let (mut c, mut s) = pair(Some(3), 1024);
    let wire = pump(&mut c, &mut s, echo);
    assert_eq!(wire.events, vec![ClientEvent::Bound]);
    let v = py.parse(&wire.to_server[1]);
    check_bind(&v, 14, 1024);
    check_trailer(&v, 0);
    assert_eq!(v["auth_data"], hex(b"C2"));
    let v = py.parse(&wire.to_client[1]);
    check_ack(&v, 15, None);
    check_trailer(&v, 0);
    assert_eq!(v["auth_data"], hex(b"S2"));
}

#[test]
fn faults_bind_nak_and_feature_negotiation_as_impacket_reads_them() {
    let Some(mut py) = Impacket::start() else {
        return;
    };
    // Faults: a call that did not execute, and one that did.
    let (mut c, mut s) = pair(None, 1024);
    let a = c.call(99, b"x");
    let b = c.call(1, b"y");
    let wire = pump(&mut c, &mut s, |s, call| {
        let code = if call.opnum == 99 {
            status::NCA_S_OP_RNG_ERROR
        } else {
            0x6f7 // rpc_x_bad_stub_data
        };
        s.fault(call.call_id, code);
    });
    let faults = &wire.to_client[1..];
    let expect = [
        (a, status::NCA_S_OP_RNG_ERROR, "nca_s_op_rng_error", true),
        (b, 0x6f7, "rpc_x_bad_stub_data", false),
    ];
    assert_eq!(faults.len(), expect.len());
    for (f, (id, code, name, dne)) in faults.iter().zip(expect) {
        let v = py.parse(f);
        assert_eq!((&v["type"], &v["call_id"]), (&json!(3), &json!(id)));
        assert_eq!(v["status"], code);
        assert!(v["status_name"].as_str().unwrap().starts_with(name), "{v}");
        assert_eq!(v["did_not_execute"], dne);
        assert_eq!((&v["ctx_id"], &v["auth_len"]), (&json!(0), &json!(0)));
        // C706 12.6.4.7: status, then four reserved bytes.
        assert_eq!(v["frag_len"], 32);
    }

    // bind_nak: an authenticated bind to a server without packages.
    let (mut c, _) = pair(Some(2), 1024);
    let mut s = Server::new(ServerConfig {
        interfaces: vec![IFACE],
        acceptor: None,
        max_frag: 1024,
        port: PORT,
    });
    let wire = pump(&mut c, &mut s, echo);
    let v = py.parse(&wire.to_client[0]);
    assert_eq!((&v["type"], &v["call_id"]), (&json!(13), &json!(1)));
    assert_eq!(v["reason"], pdu::nak::AUTHENTICATION_TYPE_NOT_RECOGNIZED);
    // C706 12.6.4.5: one supported version, 5.0.
    assert_eq!(v["versions"], "010500");

    // Bind-time feature negotiation ([MS-RPCE] 3.3.1.5.3): our second
    // context offers the feature syntax; the server's answer is
    // negotiate_ack with no feature taken.
    let features = SyntaxId {
        uuid: Uuid::from_u128(0x6cb71c2c_9812_4540_0300_000000000000),
        major: 1,
        minor: 0,
    };
    let bind = Pdu {
        flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
        call_id: 1,
        body: Body::Bind(pdu::Bind {
            max_xmit_frag: 4280,
            max_recv_frag: 4280,
            assoc_group_id: 0,
            contexts: vec![
                pdu::ContextElement {
                    context_id: 0,
                    abstract_syntax: IFACE,
                    transfer_syntaxes: vec![SyntaxId::NDR],
                },
                pdu::ContextElement {
                    context_id: 1,
                    abstract_syntax: IFACE,
                    transfer_syntaxes: vec![features],
                },
            ],
        }),
        auth: None,
    }
    .encode()
    .unwrap();
    let v = py.parse(&bind);
    assert_eq!(v["ctx_num"], 2);
    assert_eq!(v["ctx_items"][1]["ctx_id"], 1);
    assert_eq!(v["ctx_items"][1]["transfer"], syntax(features));
    let (_, mut s) = pair(None, 4280);
    s.handle_input(&bind).unwrap();
    let v = py.parse(&s.poll_transmit().unwrap());
    assert_eq!(v["type"], 12);
    let nil = SyntaxId {
        uuid: Uuid::NIL,
        major: 0,
        minor: 0,
    };
    assert_eq!(
        v["results"],
        json!([
            {"result": result::ACCEPTANCE, "reason": 0, "transfer": syntax(SyntaxId::NDR)},
            {"result": result::NEGOTIATE_ACK, "reason": 0, "transfer": syntax(nil)},
        ])
    );
}

/// The other way round: Impacket's bind, alter_context and requests (its
/// trailer only 4-aligned, 0xFF / 0xBB padding) through our decoder, and
/// through our server.
#[test]
fn impacket_built_pdus_as_we_read_them() {
    let Some(mut py) = Impacket::start() else {
        return;
    };
    let token = b"NTLMSSP\0\x01\0\0\0toy";
    for alter in [false, true] {
        let bytes = py.build(json!({
            "op": "build_bind", "iface": IFACE.uuid.to_string(), "version": "1.0",
            "ctx_id": 0, "call_id": 1, "alter": alter,
            "auth": {"type": RPC_C_AUTHN_WINNT, "level": RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
                     "token": hex(token)},
        }));
        let p = Pdu::decode(&bytes).unwrap();
        assert_eq!((p.call_id, p.flags), (1, pfc::FIRST_FRAG | pfc::LAST_FRAG));
        let (Body::Bind(b) | Body::AlterContext(b)) = &p.body else {
            panic!("{:?}", p.body)
        };
        assert_eq!(matches!(p.body, Body::AlterContext(_)), alter);
        assert_eq!(
            (b.max_xmit_frag, b.max_recv_frag, b.assoc_group_id),
            (4280, 4280, 0)
        );
        assert_eq!(
            b.contexts,
            vec![pdu::ContextElement {
                context_id: 0,
                abstract_syntax: IFACE,
                transfer_syntaxes: vec![SyntaxId::NDR],
            }]
        );
        let auth = p.auth.unwrap();
        assert!(auth.matches(RPC_C_AUTHN_WINNT, RPC_C_AUTHN_LEVEL_PKT_PRIVACY, 79231));
        assert_eq!(auth.value, token);
    }

    // Requests with every stub length mod 4, so Impacket pads 0 to 3
    // bytes; our decoder strips exactly auth_pad_length.
    for n in 4..8u8 {
        let stub: Vec<u8> = (0..n).collect();
        let bytes = py.build(json!({
            "op": "build_request", "opnum": 3, "ctx_id": 0, "call_id": 7, "stub": hex(&stub),
            "auth": {"type": RPC_C_AUTHN_WINNT, "level": RPC_C_AUTHN_LEVEL_PKT_PRIVACY,
                     "sig_len": 16},
        }));
        let p = Pdu::decode(&bytes).unwrap();
        let Body::Request(q) = &p.body else {
            panic!("{:?}", p.body)
        };
        assert_eq!(
            (q.alloc_hint, q.context_id, q.opnum, q.object),
            (u32::from(n), 0, 3, None)
        );
        assert_eq!(q.stub, stub);
        let auth = p.auth.unwrap();
        assert_eq!(
            usize::from(auth.trailer.auth_pad_length),
            (4 - (24 + stub.len()) % 4) % 4
        );
        assert_eq!(auth.value, (0..16).collect::<Vec<u8>>());
    }

    // An object UUID (PFC_OBJECT_UUID) request, unauthenticated.
    let object = Uuid::from_u128(0x0011_2233_4455_6677_8899_aabb_ccdd_eeff);
    let bytes = py.build(json!({
        "op": "build_request", "opnum": 1, "ctx_id": 0, "call_id": 2,
        "stub": hex(b"payload"), "object": hex(&object.to_le_bytes()),
    }));
    let p = Pdu::decode(&bytes).unwrap();
    assert_ne!(p.flags & pfc::OBJECT_UUID, 0);
    let Body::Request(q) = &p.body else {
        panic!("{:?}", p.body)
    };
    assert_eq!(
        (q.object, q.stub.as_slice()),
        (Some(object), &b"payload"[..])
    );

    // Our server takes Impacket's unauthenticated bind and request.
    let bind = py.build(json!({
        "op": "build_bind", "iface": IFACE.uuid.to_string(), "version": "1.0",
        "ctx_id": 0, "call_id": 1,
    }));
    let (_, mut s) = pair(None, 4280);
    s.handle_input(&bind).unwrap();
    let Body::BindAck(ack) = Pdu::decode(&s.poll_transmit().unwrap()).unwrap().body else {
        panic!("no bind_ack")
    };
    assert_eq!(ack.results[0].result, result::ACCEPTANCE);
    s.handle_input(&bytes).unwrap();
    let Some(ServerEvent::Call(call)) = s.poll_event() else {
        panic!("no call")
    };
    assert_eq!(
        (call.call_id, call.opnum, call.object, call.stub.as_slice()),
        (2, 1, Some(object), &b"payload"[..])
    );
}
