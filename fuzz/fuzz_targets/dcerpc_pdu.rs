//! The DCE/RPC PDU decoder and both association machines on arbitrary
//! bytes: a PDU that decodes re-encodes to bytes that decode and encode
//! the same; a fresh and a bound server, a binding and a bound client take
//! the bytes as their TCP stream and must report errors, never panic.
#![no_main]

use dcerpc::pdu::Pdu;
use dcerpc::{Client, ClientConfig, Server, ServerConfig, SyntaxId, Uuid};
use libfuzzer_sys::fuzz_target;

const IFACE: SyntaxId = SyntaxId {
    uuid: Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620),
    major: 1,
    minor: 0,
};

fn server() -> Server {
    Server::new(ServerConfig {
        interfaces: vec![IFACE],
        acceptor: None,
        max_frag: 1024,
        port: 5040,
    })
}

fn client() -> Client {
    Client::new(ClientConfig {
        max_frag: 1024,
        ..ClientConfig::new(IFACE)
    })
}

/// Feeds `data` in two pieces, then drains everything the machine made.
fn feed_server(s: &mut Server, data: &[u8]) {
    let (a, b) = data.split_at(data.len() / 3);
    let _ = s.handle_input(a);
    let _ = s.handle_input(b);
    while let Some(e) = s.poll_event() {
        if let dcerpc::ServerEvent::Call(call) = e {
            s.respond(call.call_id, &call.stub);
        }
    }
    while s.poll_transmit().is_some() {}
}

fn feed_client(c: &mut Client, data: &[u8]) {
    let (a, b) = data.split_at(data.len() / 2);
    let _ = c.handle_input(a);
    let _ = c.handle_input(b);
    while c.poll_event().is_some() {}
    while c.poll_transmit().is_some() {}
}

fuzz_target!(|data: &[u8]| {
    if let Ok(p) = Pdu::decode(data) {
        if let Ok(once) = p.encode() {
            let again = Pdu::decode(&once).expect("our own encoding decodes");
            assert_eq!(again.encode().as_ref(), Ok(&once));
        }
    }

    feed_server(&mut server(), data);
    feed_client(&mut client(), data);

    // A bound pair: the fuzz bytes then reach request and response handling.
    let mut c = client();
    c.call(0, b"fuzz");
    let mut s = server();
    while let Some(b) = c.poll_transmit() {
        let _ = s.handle_input(&b);
    }
    let mut to_client = Vec::new();
    while let Some(b) = s.poll_transmit() {
        to_client.extend_from_slice(&b);
    }
    let _ = c.handle_input(&to_client);
    feed_server(&mut s, data);
    feed_client(&mut c, data);
});
