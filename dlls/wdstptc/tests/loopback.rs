//! A transport server and clients on loopback, through the public Rust API.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::net::Ipv4Addr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wdstptc::provider::{Content, ContentProvider, OpenError};
use wdstptc::session::{self, AuthLevel, Callbacks, ClientSession, Request, Status};
use wdstptc::transport_server::{ServerConfig, TransportServer};

struct Memory(HashMap<String, Arc<Vec<u8>>>);

impl ContentProvider for Memory {
    fn open(&self, name: &str) -> Result<Arc<dyn Content>, OpenError> {
        self.0
            .get(name)
            .map(|c| c.clone() as Arc<dyn Content>)
            .ok_or(OpenError::NotFound)
    }
}

fn content(len: usize, seed: u64) -> Vec<u8> {
    let mut rng = wdstptc::rng::Rng::seeded(seed);
    (0..len).map(|_| rng.next_u64() as u8).collect()
}

fn server(files: &[(&str, Vec<u8>)], group: u8) -> TransportServer {
    let mut cfg = ServerConfig::new(Ipv4Addr::LOCALHOST);
    cfg.initiation_port = 0;
    cfg.multicast_base = Ipv4Addr::new(239, 255, 91, group);
    let map = files
        .iter()
        .map(|(n, c)| (n.to_string(), Arc::new(c.clone())))
        .collect();
    cfg.namespaces.push(("test".into(), Arc::new(Memory(map))));
    TransportServer::start(cfg).unwrap()
}

struct Received {
    data: Mutex<Vec<u8>>,
    started: Mutex<Option<u64>>,
    complete: Mutex<Vec<u32>>,
}

fn receive(srv: &TransportServer, object: &str, cache: u64) -> (Arc<ClientSession>, Arc<Received>) {
    session::initialize();
    let s = ClientSession::new(Request {
        server: srv.local_addr().to_string(),
        namespace: "TEST".into(),
        object: object.into(),
        cache_size: cache,
        auth: AuthLevel::NoAuth,
    })
    .unwrap();
    let r = Arc::new(Received {
        data: Mutex::new(Vec::new()),
        started: Mutex::new(None),
        complete: Mutex::new(Vec::new()),
    });
    let (r1, r2, r3) = (r.clone(), r.clone(), r.clone());
    let s2 = s.clone();
    s.start(Callbacks {
        session_start: Some(Box::new(move |size| {
            *r1.started.lock().unwrap() = Some(size);
            r1.data.lock().unwrap().resize(size as usize, 0);
        })),
        receive_contents: Some(Box::new(move |buf, offset| {
            let mut d = r2.data.lock().unwrap();
            d[offset as usize..offset as usize + buf.as_slice().len()]
                .copy_from_slice(buf.as_slice());
            s2.complete_receive(buf.as_slice().len() as u32, offset)
                .unwrap();
        })),
        session_complete: Some(Box::new(move |code| r3.complete.lock().unwrap().push(code))),
        ..Callbacks::default()
    })
    .unwrap();
    (s, r)
}

#[test]
fn three_clients_receive_identical_copies_on_loopback() {
    let file = content(3 << 20, 1);
    let srv = server(&[("a.bin", file.clone())], 1);
    let clients: Vec<_> = (0..3).map(|_| receive(&srv, "a.bin", 0)).collect();
    for (s, r) in &clients {
        s.wait(Some(Duration::from_secs(60))).unwrap();
        assert_eq!(s.status(), Status::Success);
        assert_eq!(*r.started.lock().unwrap(), Some(file.len() as u64));
        assert_eq!(*r.complete.lock().unwrap(), [0]);
        assert!(*r.data.lock().unwrap() == file);
    }
    let reports = srv.reports();
    assert_eq!(reports.len(), 1, "one auto-cast session for one object");
}

#[test]
fn unknown_content_and_namespace_complete_with_the_server_error() {
    let srv = server(&[("a.bin", content(10, 2))], 2);
    let (s, r) = receive(&srv, "missing.bin", 0);
    s.wait(Some(Duration::from_secs(10))).unwrap();
    assert_eq!(s.status(), Status::Failure(0xC1210103));
    assert_eq!(*r.complete.lock().unwrap(), [0xC1210103]);
    assert_eq!(*r.started.lock().unwrap(), None);
}

#[test]
fn a_small_cache_stalls_the_client_but_loses_nothing() {
    let file = content(600_000, 3);
    let srv = server(&[("b.bin", file.clone())], 3);
    // Room for two blocks at a time.
    let (s, r) = receive(&srv, "b.bin", 2 * 1385);
    s.wait(Some(Duration::from_secs(60))).unwrap();
    assert_eq!(s.status(), Status::Success);
    assert!(*r.data.lock().unwrap() == file);
}
