use super::seal::sealed_layout;
use super::*;
use crate::security::SecurityError;

const WDSC: SyntaxId = SyntaxId {
    uuid: Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620),
    major: 1,
    minor: 0,
};

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn bind(auth: Option<AuthVerifier>) -> Pdu {
    Pdu {
        flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
        call_id: 1,
        body: Body::Bind(Bind {
            max_xmit_frag: 5840,
            max_recv_frag: 5840,
            assoc_group_id: 0,
            contexts: vec![ContextElement {
                context_id: 0,
                abstract_syntax: WDSC,
                transfer_syntaxes: vec![SyntaxId::NDR],
            }],
        }),
        auth,
    }
}

/// Derived by hand from C706 12.6.3.1 and 12.6.4.3: header (version
/// 5.0, bind, first|last, drep 10 00 00 00, frag_length 72), fragment
/// sizes 5840, group 0, one context holding [MS-WDSC]'s interface v1.0
/// and NDR 2.0 (the NDR bytes are those of every Windows bind in public
/// Wireshark captures: 045d888a eb1cc911 9fe80800 2b104860 02000000).
#[test]
fn bind_known_answer() {
    let want = hex("05000b03 10000000 48000000 01000000
         d016d016 00000000 01000000 00000100
         9473921a 2e355345 ae3f7cf4 aafca620 01000000
         045d888a eb1cc911 9fe80800 2b104860 02000000");
    let p = bind(None);
    assert_eq!(p.encode().unwrap(), want);
    assert_eq!(Pdu::decode(&want).unwrap(), p);
}

/// C706 12.6.4.9: alloc_hint 4, context 0, opnum 0, then the stub.
#[test]
fn request_known_answer() {
    let want = hex("05000003 10000000 1c000000 02000000 04000000 0000 0000 01020304");
    let p = Pdu {
        flags: pfc::FIRST_FRAG | pfc::LAST_FRAG,
        call_id: 2,
        body: Body::Request(Request {
            alloc_hint: 4,
            context_id: 0,
            opnum: 0,
            object: None,
            stub: vec![1, 2, 3, 4],
        }),
        auth: None,
    };
    assert_eq!(p.encode().unwrap(), want);
    assert_eq!(Pdu::decode(&want).unwrap(), p);
}

fn verifier(pad: u8, value: &[u8]) -> AuthVerifier {
    let mut v = AuthVerifier::new(10, 6, 7, value.to_vec());
    v.trailer.auth_pad_length = pad;
    v
}

#[test]
fn every_pdu_round_trips() {
    let ack = BindAck {
        max_xmit_frag: 4280,
        max_recv_frag: 4280,
        assoc_group_id: 0x1234,
        secondary_address: b"49664".to_vec(),
        results: vec![
            ContextResult {
                result: 0,
                reason: 0,
                transfer_syntax: SyntaxId::NDR,
            },
            ContextResult {
                result: result::PROVIDER_REJECTION,
                reason: reason::PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED,
                transfer_syntax: SyntaxId {
                    uuid: Uuid::NIL,
                    major: 0,
                    minor: 0,
                },
            },
        ],
    };
    let Body::Bind(b) = bind(None).body else {
        unreachable!()
    };
    let bodies = [
        (Body::Bind(b.clone()), Some(verifier(0, b"token"))),
        (Body::AlterContext(b), None),
        (Body::BindAck(ack.clone()), Some(verifier(0, b"t"))),
        (
            Body::AlterContextResp(BindAck {
                secondary_address: Vec::new(),
                ..ack
            }),
            None,
        ),
        (
            Body::BindNak(BindNak {
                reason: nak::INVALID_CHECKSUM,
                versions: vec![(5, 0)],
            }),
            None,
        ),
        (
            Body::Request(Request {
                alloc_hint: 3,
                context_id: 1,
                opnum: 9,
                object: Some(WDSC.uuid),
                stub: vec![1, 2, 3],
            }),
            Some(verifier(13, &[0xAA; 16])),
        ),
        (
            Body::Response(Response {
                alloc_hint: 0,
                context_id: 1,
                cancel_count: 2,
                stub: vec![9; 40],
            }),
            Some(verifier(8, &[0xBB; 16])),
        ),
        (
            Body::Fault(Fault {
                alloc_hint: 0,
                context_id: 0,
                cancel_count: 0,
                status: status::NCA_S_OP_RNG_ERROR,
            }),
            None,
        ),
        (
            Body::Auth3 {
                max_xmit_frag: 5840,
                max_recv_frag: 5840,
            },
            Some(verifier(0, b"last")),
        ),
        (Body::Shutdown, None),
        (Body::CoCancel, None),
        (Body::Orphaned, Some(verifier(0, b"x"))),
    ];
    for (body, auth) in bodies {
        let mut flags = pfc::FIRST_FRAG | pfc::LAST_FRAG;
        if matches!(&body, Body::Request(q) if q.object.is_some()) {
            flags |= pfc::OBJECT_UUID;
        }
        let p = Pdu {
            flags,
            call_id: 77,
            body,
            auth,
        };
        let bytes = p.encode().unwrap();
        assert_eq!(
            Pdu::decode(&bytes).unwrap(),
            p,
            "{:?}",
            p.body.packet_type()
        );
        assert_eq!(next_pdu_len(&bytes, u16::MAX), Ok(Some(bytes.len())));
    }
}

/// [MS-RPCE] 2.2.2.12: the trailer starts 16-aligned from the stub.
#[test]
fn sealed_stub_is_padded_to_16() {
    let p = Pdu {
        flags: 3,
        call_id: 5,
        body: Body::Request(Request {
            alloc_hint: 5,
            context_id: 0,
            opnum: 0,
            object: None,
            stub: vec![1; 5],
        }),
        auth: Some(verifier(0, &[0; 16])),
    };
    let b = p.encode().unwrap();
    assert_eq!(b.len(), 24 + 16 + 8 + 16);
    assert_eq!(&b[10..12], &[16, 0]);
    assert_eq!(&b[40..48], &[10, 6, 11, 0, 7, 0, 0, 0]);
    let (stub, value) = sealed_layout(&b).unwrap();
    assert_eq!((stub, value), (24..40, 48));
}

#[test]
fn bind_time_feature_syntax() {
    let s = SyntaxId {
        uuid: Uuid::from_u128(0x6cb71c2c_9812_4540_0300_000000000000),
        major: 1,
        minor: 0,
    };
    assert_eq!(bind_time_features(&s), Some(3));
    assert_eq!(bind_time_features(&SyntaxId::NDR), None);
}

#[test]
fn malformed_input_is_an_error() {
    let good = bind(Some(verifier(0, b"token"))).encode().unwrap();
    // Truncated anywhere.
    for n in 0..good.len() {
        assert!(Pdu::decode(&good[..n]).is_err(), "prefix {n}");
    }
    // Wrong version.
    let mut b = good.clone();
    b[0] = 4;
    assert_eq!(Pdu::decode(&b), Err(PduError::BadVersion(4, 0)));
    assert_eq!(next_pdu_len(&b, u16::MAX), Err(PduError::BadVersion(4, 0)));
    // Big-endian peer.
    let mut b = good.clone();
    b[4] = 0x00;
    assert_eq!(Pdu::decode(&b), Err(PduError::BigEndian));
    // frag_length lies: longer than the bytes, under the header, over
    // the negotiated maximum.
    let mut b = good.clone();
    b[8] = b[8].wrapping_add(1);
    assert_eq!(
        Pdu::decode(&b),
        Err(PduError::BadFragLength(u16::from_le_bytes([b[8], b[9]])))
    );
    b[8..10].copy_from_slice(&15u16.to_le_bytes());
    assert_eq!(next_pdu_len(&b, u16::MAX), Err(PduError::BadFragLength(15)));
    let req = Pdu {
        flags: 3,
        call_id: 1,
        body: Body::Request(Request {
            alloc_hint: 0,
            context_id: 0,
            opnum: 0,
            object: None,
            stub: vec![0; 100],
        }),
        auth: None,
    }
    .encode()
    .unwrap();
    assert_eq!(next_pdu_len(&req, 64), Err(PduError::BadFragLength(124)));
    // A bind carries tokens and is never fragmented: no limit but 65535.
    assert_eq!(next_pdu_len(&good, 64), Ok(Some(good.len())));
    assert_eq!(next_pdu_len(&good[..9], 64), Ok(None));
    // auth_length larger than the PDU.
    let mut b = good.clone();
    b[10..12].copy_from_slice(&200u16.to_le_bytes());
    assert_eq!(Pdu::decode(&b), Err(PduError::BadAuthLength(200)));
    // auth_pad_length longer than the stub.
    let mut r = Pdu {
        flags: 3,
        call_id: 1,
        body: Body::Response(Response {
            alloc_hint: 0,
            context_id: 0,
            cancel_count: 0,
            stub: vec![0; 16],
        }),
        auth: Some(verifier(0, &[0; 16])),
    }
    .encode()
    .unwrap();
    r[24 + 16 + 2] = 200;
    assert_eq!(Pdu::decode(&r), Err(PduError::BadField("auth_pad_length")));
    // An unknown PTYPE, and a context count beyond the bytes.
    let mut b = good.clone();
    b[2] = 1;
    assert_eq!(Pdu::decode(&b), Err(PduError::UnknownType(1)));
    let mut b = good;
    b[24] = 255;
    assert_eq!(Pdu::decode(&b), Err(PduError::Truncated));
}

#[test]
fn fragments_fit_and_cover() {
    let stub: Vec<u8> = (0..5000u32).map(|i| i as u8).collect();
    let body = |alloc_hint, stub| {
        Body::Response(Response {
            alloc_hint,
            context_id: 0,
            cancel_count: 0,
            stub,
        })
    };
    let frags = encode_fragments(9, &stub, 1024, None, body).unwrap();
    let mut joined = Vec::new();
    for (i, f) in frags.iter().enumerate() {
        assert!(f.len() <= 1024);
        let p = Pdu::decode(f).unwrap();
        let Body::Response(r) = p.body else { panic!() };
        assert_eq!(p.flags & pfc::FIRST_FRAG != 0, i == 0);
        assert_eq!(p.flags & pfc::LAST_FRAG != 0, i + 1 == frags.len());
        assert_eq!(r.alloc_hint as usize, stub.len() - joined.len());
        joined.extend_from_slice(&r.stub);
    }
    assert_eq!(joined, stub);
    let empty = encode_fragments(9, &[], 1024, None, body).unwrap();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0][3], pfc::FIRST_FRAG | pfc::LAST_FRAG);
}

#[test]
fn errors_map_to_win32_status() {
    assert_eq!(RpcError::Protocol("x").status(), 1728);
    assert_eq!(
        RpcError::BindNak(nak::AUTHENTICATION_TYPE_NOT_RECOGNIZED).status(),
        5
    );
    assert_eq!(
        RpcError::ContextRejected {
            result: 2,
            reason: 1
        }
        .status(),
        1717
    );
    assert_eq!(
        RpcError::Fault(status::NCA_S_OP_RNG_ERROR).status(),
        0x1c01_0002
    );
    let e = SecurityError {
        status: 1326,
        message: "logon failure".into(),
    };
    assert_eq!(RpcError::Security(e).status(), 1326);
}
