//! The WDS decoders on arbitrary bytes: [MS-WDSMT] packets in every
//! security mode, [MS-WDSMA] and [MS-WDSMSI] packets, [MS-WDSC] control
//! packets with the WdsRpcMessage stubs and the INITIATE variables, and the
//! CryptoAPI key blobs of the reply. A packet that decodes
//! must re-encode to one that decodes the same; and, properly sealed, it
//! must not upset a client or a server session: forged packets are dropped
//! and counted, never a panic.
#![no_main]

use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::Arc;
use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use wdstptc::client::{ClientConfig, ClientMachine};
use wdstptc::codec::ma::AppPacket;
use wdstptc::codec::msi::{Message, Offer};
use wdstptc::codec::mt::{Packet, Security};
use wdstptc::codec::{keyblob, wdsc};
use wdstptc::params::{ClientParams, ServerParams};
use wdstptc::rng::Rng;
use wdstptc::server::{ServerMachine, SessionConfig};

fuzz_target!(|data: &[u8]| {
    let _ = AppPacket::decode(data);
    let _ = wdsc::decode_call(data);
    let _ = wdsc::decode_return(data);
    let _ = keyblob::parse_plaintext_key(data);
    let _ = Security::verifier(data);
    if let Ok(control) = wdsc::Packet::decode(data) {
        assert_eq!(wdsc::Packet::decode(&control.encode()).as_ref(), Ok(&control));
        let _ = wdsc::InitiateRequest::from_packet(&control);
        if let Ok(reply) = wdsc::InitiateReply::from_packet(&control) {
            let _ = wdstptc::initiation::negotiated_modes(&reply.security);
        }
    }
    if let Ok(m) = Message::decode(data) {
        assert_eq!(Message::decode(&m.encode()), Ok(m));
    }
    for sec in [Security::None, Security::Checksum, Security::hmac(b"fuzz")] {
        let _ = Packet::decode(data, &sec);
    }
    let Ok(p) = Packet::decode(data, &Security::None) else {
        return;
    };
    let mut sealed = Vec::new();
    p.encode(&Security::Checksum, &mut sealed);
    assert_eq!(
        Packet::decode(&sealed, &Security::Checksum).as_ref(),
        Ok(&p)
    );

    let now = Instant::now();
    let content: Arc<Vec<u8>> = Arc::new((0..5000u32).map(|i| i as u8).collect());
    let session_id = p.session_id;
    let mut server = ServerMachine::new(
        SessionConfig {
            session_id,
            block_size: 1000,
            content,
            client_security: Security::Checksum,
            server_security: Security::Checksum,
            params: ServerParams::default(),
        },
        now,
        Rng::seeded(1),
    );
    let mut client = ClientMachine::new(
        ClientConfig {
            offer: Offer {
                multicast_addr: Ipv4Addr::new(239, 0, 0, 1),
                server_addr: Ipv4Addr::new(10, 0, 0, 1),
                port: 1,
                session_id,
                content_size: 5000,
                block_size: 1000,
                total_blocks: 5,
            },
            client_name: "fuzz".into(),
            local_ip: Ipv4Addr::new(10, 0, 0, 2),
            mac: vec![0; 6],
            cache_size: 4000,
            client_security: Security::Checksum,
            server_security: Security::Checksum,
            params: ClientParams::default(),
        },
        now,
        Rng::seeded(2),
    );
    let from = SocketAddrV4::new(Ipv4Addr::new(10, 0, 0, 2), 4000);
    for step in 0..3u64 {
        let t = now + Duration::from_millis(step * 300);
        server.handle_datagram(from, &sealed, t);
        client.handle_datagram(&sealed, t);
        server.handle_timeout(t);
        client.handle_timeout(t);
        while server.poll_transmit().is_some() {}
        while client.poll_transmit().is_some() {}
        while client.poll_event().is_some() {}
    }
});
