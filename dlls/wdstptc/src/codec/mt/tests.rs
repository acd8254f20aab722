use super::*;

fn roundtrip(body: Body<'_>, sec: &Security) -> Vec<u8> {
    let p = Packet::new(0x6D19EE7E, 0x0102030405060708, body);
    let mut out = Vec::new();
    p.encode(sec, &mut out);
    let back = Packet::decode(&out, sec);
    assert_eq!(back.as_ref(), Ok(&p));
    out
}

#[test]
fn security_and_session_header_layout() {
    let out = roundtrip(
        Body::Qcc(Qcc {
            seq: 1,
            qcr_backoff: 0x0203,
        }),
        &Security::None,
    );
    assert_eq!(
        out,
        [
            b'W', b'D', 0, 0, 0, // security header, NONE
            0x6D, 0x19, 0xEE, 0x7E, OP_QCC, 1, 2, 3, 4, 5, 6, 7, 8, // session header
            0, 0, 0, 0, 0, 0, 0, 1, 0x02, 0x03, // QCCSeqNo, QCRBackOff
            0, 0, // OptionsCount
        ]
    );
}

#[test]
fn checksum_is_inverted_byte_sum_of_everything_after_the_security_header() {
    let out = roundtrip(
        Body::Leave {
            client_id: 7,
            reason: LEAVE_COMPLETE,
        },
        &Security::Checksum,
    );
    assert_eq!(&out[..5], &[b'W', b'D', 3, 0, 4]);
    let sum: u32 = out[9..].iter().map(|&b| u32::from(b)).sum();
    assert_eq!(&out[5..9], &(!sum).to_be_bytes());
    let mut bad = out.clone();
    *bad.last_mut().unwrap() ^= 1;
    assert_eq!(
        Packet::decode(&bad, &Security::Checksum),
        Err(DecodeError::BadIntegrity)
    );
    // A packet in another mode is refused, not reinterpreted.
    assert_eq!(
        Packet::decode(&out, &Security::None),
        Err(DecodeError::BadSecurityHeader)
    );
}

#[test]
fn odata_in_hash_mode_has_the_87_byte_overhead_of_conformance_3_4() {
    // 37 security + 13 session + 22 ODATA + 2 options, and the
    // [MS-WDSMA] DATA header (13) inside the payload.
    let sec = Security::hmac(&[0x2F; 24]);
    let block = vec![0xAB; 1385];
    let mut app = Vec::new();
    crate::codec::ma::AppPacket::Data {
        block: 1,
        data: &block,
    }
    .encode(&mut app);
    let out = roundtrip(
        Body::Odata(Data {
            client_id: 9,
            seq: 1,
            trail: 1,
            data: &app,
        }),
        &sec,
    );
    assert_eq!(out.len(), 1385 + 87);
    assert_eq!(
        out.len(),
        1472,
        "the largest UDP payload in a 1500-byte MTU"
    );
    let other = Security::hmac(&[0x30; 24]);
    assert_eq!(Packet::decode(&out, &other), Err(DecodeError::BadIntegrity));
}

/// One packet of every opcode, the JOIN with an extended option.
fn every_packet() -> Vec<Packet<'static>> {
    let ranges = vec![Range::new(3, 5), Range::new(9, 9)];
    let bodies = vec![
        Body::Spm(Spm {
            seq: 1,
            master_client_id: 2,
            min_nack_backoff: 3,
            max_nack_backoff: 4,
            trail: 5,
            lead: 6,
            rtt: 7,
        }),
        Body::Join(Join {
            client_name: "HOST-1".into(),
            ip: &[10, 0, 0, 2],
            mac: &[1, 2, 3, 4, 5, 6],
        }),
        Body::JoinAck(JoinAck {
            client_id: 1,
            min_nack_backoff: 2,
            max_nack_backoff: 3,
            rtt: 4,
            client_time: 5,
        }),
        Body::Qcc(Qcc {
            seq: 1,
            qcr_backoff: 2,
        }),
        Body::Qcr(Qcr {
            client_id: 1,
            qcc_seq: 2,
            backoff: 3,
            server_time: 4,
            hi_odata_seq: 5,
            loss_rate: 6,
            app_data: b"xy",
        }),
        Body::Odata(Data {
            client_id: 1,
            seq: 1,
            trail: 1,
            data: &[0xAB; 1385],
        }),
        Body::Rdata(Data {
            client_id: 1,
            seq: 2,
            trail: 1,
            data: b"d",
        }),
        Body::Ack(Ack {
            client_id: 1,
            seq: 2,
            server_time: 3,
            hi_odata_seq: 4,
            loss_rate: 5,
        }),
        Body::Nack(Nack {
            client_id: 1,
            hi_odata_seq: 2,
            loss_rate: 3,
            ranges: ranges.clone(),
        }),
        Body::Ncf(ranges),
        Body::Leave {
            client_id: 7,
            reason: LEAVE_COMPLETE,
        },
        Body::Poll(Poll {
            seq: 1,
            backoff: 200,
            app_data: &[0, 3, 1],
        }),
        Body::PollAck(PollAck {
            client_id: 1,
            seq: 1,
            app_data: b"a",
        }),
        Body::Kick(vec![(1, KICK_FAIL), (2, KICK_POLICY_NOT_MET)]),
        Body::Demote(Demote {
            lower_session_id: 1,
            maddr: &[239, 0, 0, 1],
            mport: 2,
            uaddr: &[10, 0, 0, 1],
            uport: 2,
            clients: vec![5, 6],
        }),
    ];
    bodies
        .into_iter()
        .map(|body| {
            let mut p = Packet::new(0x6D19EE7E, 0x0102030405060708, body);
            if p.body.opcode() == OP_JOIN {
                p.options.push(Opt {
                    id: OPT_CAPABILITIES,
                    value: &[CAP_MULTISTREAM],
                });
            }
            p
        })
        .collect()
}

#[test]
fn every_opcode_round_trips() {
    let packets = every_packet();
    assert_eq!(packets.len(), 15);
    for p in packets {
        roundtrip(p.body, &Security::Checksum);
    }
}

fn server_key(pem: &str) -> Arc<Signer> {
    Arc::new(Signer::from_pkcs8_pem(pem).unwrap())
}

#[test]
fn signed_packets_verify_with_the_server_public_key() {
    let pair = server_key(crate::codec::keyblob::test_keys::A);
    let sender = Security::Sign(pair.clone());
    let receiver = Security::verifier(&pair.public_key().to_public_key_blob()).unwrap();
    let stranger = Security::Verify(
        server_key(crate::codec::keyblob::test_keys::B)
            .public_key()
            .clone(),
    );
    assert_eq!(sender.overhead(), 5 + 256);
    assert_eq!(receiver.overhead(), 5 + 256);
    for p in every_packet() {
        let mut out = Vec::new();
        p.encode(&sender, &mut out);
        // 2.2.2: SIGN, SecurityDataLen 256, then the Session Header.
        assert_eq!(&out[..5], &[b'W', b'D', 0x02, 0x01, 0x00]);
        assert_eq!(&out[261..265], &0x6D19EE7Eu32.to_be_bytes());
        // 2.2.2.2: the signature covers everything after the header.
        let mut sig = out[5..261].to_vec();
        assert!(pair.public_key().verify_capi(&out[261..], &sig));
        sig.reverse();
        assert!(!pair.public_key().verify_capi(&out[261..], &sig));
        assert_eq!(Packet::decode(&out, &receiver).as_ref(), Ok(&p));
        assert_eq!(Packet::decode(&out, &sender).as_ref(), Ok(&p));
        assert_eq!(
            Packet::decode(&out, &stranger),
            Err(DecodeError::BadIntegrity),
            "signed by another key"
        );
        for at in [5, 260, 261, 265, out.len() - 1] {
            let mut bad = out.clone();
            bad[at] ^= 0x01;
            assert_eq!(
                Packet::decode(&bad, &receiver),
                Err(DecodeError::BadIntegrity),
                "byte {at} of opcode {} flipped",
                p.body.opcode()
            );
        }
        assert_eq!(
            Packet::decode(&out, &Security::Checksum),
            Err(DecodeError::BadSecurityHeader)
        );
    }
}

#[test]
fn sign_mode_refuses_other_modes_and_unsigned_packets() {
    let pair = server_key(crate::codec::keyblob::test_keys::A);
    let receiver = Security::Verify(pair.public_key().clone());
    let qcc = Packet::new(
        1,
        2,
        Body::Qcc(Qcc {
            seq: 1,
            qcr_backoff: 2,
        }),
    );
    let mut hashed = Vec::new();
    qcc.encode(&Security::hmac(&[1; 24]), &mut hashed);
    assert_eq!(
        Packet::decode(&hashed, &receiver),
        Err(DecodeError::BadSecurityHeader)
    );
    // A SIGN header whose length is not the key's signature length.
    let mut short = Vec::new();
    qcc.encode(&Security::Sign(pair.clone()), &mut short);
    short.remove(5);
    short[3..5].copy_from_slice(&255u16.to_be_bytes());
    assert_eq!(
        Packet::decode(&short, &receiver),
        Err(DecodeError::BadSecurityHeader)
    );
    // The receiving side holds no private key: what it encodes is
    // refused, never accepted as signed.
    let mut forged = Vec::new();
    qcc.encode(&receiver, &mut forged);
    assert_eq!(&forged[5..261], &[0u8; 256][..]);
    assert_eq!(
        Packet::decode(&forged, &receiver),
        Err(DecodeError::BadIntegrity)
    );
    assert_eq!(
        Security::verifier(&[6, 2, 0, 0]).map(|_| ()),
        Err(DecodeError::Truncated)
    );
}

#[test]
fn restamp_signs_again() {
    let pair = server_key(crate::codec::keyblob::test_keys::A);
    let sender = Security::Sign(pair.clone());
    let receiver = Security::Verify(pair.public_key().clone());
    let mut out = Vec::new();
    Packet::new(1, 2, Body::Ncf(vec![Range::new(1, 2)])).encode(&sender, &mut out);
    let before = out[5..261].to_vec();
    restamp(&mut out, &sender, 9);
    assert_ne!(&out[5..261], &before[..]);
    assert_eq!(sender_time(&out), Some(9));
    let back = Packet::decode(&out, &receiver).unwrap();
    assert_eq!(
        (back.sender_time, back.body),
        (9, Body::Ncf(vec![Range::new(1, 2)]))
    );
}

#[test]
fn join_name_is_32_bytes_of_utf16le_and_options_follow() {
    let mut p = Packet::new(
        1,
        2,
        Body::Join(Join {
            client_name: "AB".into(),
            ip: &[10, 0, 0, 2],
            mac: &[1, 2, 3, 4, 5, 6],
        }),
    );
    p.options.push(Opt {
        id: OPT_CAPABILITIES,
        value: &[CAP_MULTISTREAM],
    });
    let mut out = Vec::new();
    p.encode(&Security::None, &mut out);
    let body = &out[5 + 13..];
    assert_eq!(&body[..6], &[b'A', 0, b'B', 0, 0, 0]);
    assert_eq!(body[32], 4);
    assert_eq!(&body[33..37], &[10, 0, 0, 2]);
    assert_eq!(body[37], 6);
    assert_eq!(&body[44..], &[0, 1, 0x05, 0x05, 0, 1, CAP_MULTISTREAM]);
    let back = Packet::decode(&out, &Security::None).ok();
    assert_eq!(
        back.and_then(|b| b.option(OPT_CAPABILITIES)),
        Some(&[CAP_MULTISTREAM][..])
    );
}

#[test]
fn join_name_keeps_15_characters_and_ignores_a_16th() {
    let mut out = Vec::new();
    let join = |name: &str| {
        Body::Join(Join {
            client_name: name.into(),
            ip: &[10, 0, 0, 2],
            mac: &[],
        })
    };
    Packet::new(1, 2, join("ABCDEFGHIJKLMNOPQ")).encode(&Security::None, &mut out);
    let body_at = 5 + 13;
    assert_eq!(&out[body_at + 30..body_at + 32], &[0, 0]);
    // A peer that fills the 16th character: it is not part of the name.
    out[body_at + 30] = b'X';
    let back = Packet::decode(&out, &Security::None).map(|p| p.body);
    assert_eq!(back, Ok(join("ABCDEFGHIJKLMNO")));
}

#[test]
fn malformed_packets_are_errors() {
    let mut out = Vec::new();
    Packet::new(1, 2, Body::Ncf(vec![Range::new(1, 2)])).encode(&Security::None, &mut out);
    for cut in 0..out.len() {
        assert!(
            Packet::decode(&out[..cut], &Security::None).is_err(),
            "cut at {cut}"
        );
    }
    let mut long = out.clone();
    long.push(0);
    assert_eq!(
        Packet::decode(&long, &Security::None),
        Err(DecodeError::TrailingBytes)
    );
    let mut unknown = out.clone();
    unknown[5 + 4] = 0x10;
    assert_eq!(
        Packet::decode(&unknown, &Security::None),
        Err(DecodeError::UnknownOpcode(0x10))
    );
    let mut reversed = Vec::new();
    Packet::new(1, 2, Body::Ncf(vec![Range::new(5, 2)])).encode(&Security::None, &mut reversed);
    assert_eq!(
        Packet::decode(&reversed, &Security::None),
        Err(DecodeError::BadField("range"))
    );
    assert_eq!(sender_time(&out), Some(2));
    let mut late = Vec::new();
    Packet::new(1, 2, Body::Ncf(vec![Range::new(1, 2)])).encode(&Security::Checksum, &mut late);
    restamp(&mut late, &Security::Checksum, 9);
    let back = Packet::decode(&late, &Security::Checksum).unwrap();
    assert_eq!(
        (back.sender_time, back.body),
        (9, Body::Ncf(vec![Range::new(1, 2)]))
    );
}
