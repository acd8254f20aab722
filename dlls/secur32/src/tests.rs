//! Client against server in memory, and against Impacket's NTLM.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use windows_sys::Win32::Foundation::{
    SEC_E_INVALID_HANDLE, SEC_E_INVALID_TOKEN, SEC_E_LOGON_DENIED, SEC_E_MESSAGE_ALTERED,
    SEC_E_NO_AUTHENTICATING_AUTHORITY, SEC_E_NO_CREDENTIALS, SEC_E_OUT_OF_SEQUENCE,
};

use crate::{
    ClientContext, Credentials, DceContext, Package, SecResult, ServerContext, ServerCredentials,
    ServiceKey, Step,
};

const SPN: &str = "host/wds.test";

/// A user database file, written where only this test looks.
fn user_file(text: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("secur32-{}-{n}.users", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

fn server(package: Package) -> ServerContext {
    let path = user_file("# test users\nWDS:alice:Secret123\nWDS:bob:Hunter2\n");
    let mut credentials = ServerCredentials::new();
    credentials.add_user_file(&path).unwrap();
    std::fs::remove_file(path).unwrap();
    ServerContext::new(package, credentials).unwrap()
}

fn client(package: Package, user: &str, password: &str) -> ClientContext {
    ClientContext::new(package, Some(Credentials::new("WDS", user, password)), SPN).unwrap()
}

/// Runs the legs until both sides are established.
fn handshake(client: &mut ClientContext, server: &mut ServerContext) -> SecResult<()> {
    let (mut client_done, mut server_done) = (false, false);
    let mut to_server = match client.step(None)? {
        Step::Continue(token) => Some(token),
        Step::Complete(token) => {
            client_done = true;
            token
        }
    };
    for _ in 0..6 {
        let to_client = match to_server.take() {
            Some(token) => match server.step(Some(&token))? {
                Step::Continue(token) => Some(token),
                Step::Complete(token) => {
                    server_done = true;
                    token
                }
            },
            None => None,
        };
        if client_done && server_done {
            return Ok(());
        }
        let token = to_client.expect("the server must answer an unfinished client");
        to_server = match client.step(Some(&token))? {
            Step::Continue(token) => Some(token),
            Step::Complete(token) => {
                client_done = true;
                token
            }
        };
        if client_done && server_done {
            return Ok(());
        }
    }
    panic!("the handshake did not finish");
}

/// A request PDU laid out as [MS-RPCE] 2.2.2.11 puts it: 24-byte header,
/// stub, 8-byte sec_trailer; the signature follows on the wire.
fn request_pdu(stub: &[u8]) -> (Vec<u8>, std::ops::Range<usize>) {
    let mut pdu = vec![
        5, 0, 0, 3, 0x10, 0, 0, 0, 0x50, 0, 16, 0, 7, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0,
    ];
    let start = pdu.len();
    pdu.extend_from_slice(stub);
    let end = pdu.len();
    pdu.extend_from_slice(&[10, 6, 0, 0, 0, 0, 0, 0]);
    (pdu, start..end)
}

fn round_trip(client: &mut ClientContext, server: &mut ServerContext) {
    let stub = b"WDSCPL initiate request".to_vec();
    let (mut pdu, range) = request_pdu(&stub);
    let plain = pdu.clone();
    let signature = client.seal_dce(&mut pdu, range.clone()).unwrap();
    assert_eq!(signature.len(), client.signature_len());
    assert_ne!(pdu[range.clone()], stub[..], "the stub must be encrypted");
    assert_eq!(
        pdu[..range.start],
        plain[..range.start],
        "the header stays clear"
    );
    assert_eq!(
        pdu[range.end..],
        plain[range.end..],
        "the trailer stays clear"
    );
    server
        .unseal_dce(&mut pdu, range.clone(), &signature)
        .unwrap();
    assert_eq!(pdu, plain);

    let (mut reply, range) = request_pdu(b"reply");
    let plain = reply.clone();
    let signature = server.seal_dce(&mut reply, range.clone()).unwrap();
    client.unseal_dce(&mut reply, range, &signature).unwrap();
    assert_eq!(reply, plain);
}

#[test]
fn ntlm_client_and_server_seal_both_ways() {
    let mut client = client(Package::Ntlm, "alice", "Secret123");
    let mut server = server(Package::Ntlm);
    handshake(&mut client, &mut server).unwrap();
    assert_eq!(
        client.signature_len(),
        16,
        "[MS-NLMP] 2.2.2.9.1 NTLMSSP_MESSAGE_SIGNATURE"
    );
    assert_eq!(server.peer_name(), None, "no name before a PDU verified");
    round_trip(&mut client, &mut server);
    assert_eq!(server.peer_name(), Some("WDS\\alice"));
    // Sequence numbers advance: a second exchange still verifies.
    round_trip(&mut client, &mut server);
}

#[test]
fn negotiate_falls_back_to_ntlm_and_seals() {
    let mut client = client(Package::Negotiate, "bob", "Hunter2");
    let mut server = server(Package::Negotiate);
    handshake(&mut client, &mut server).unwrap();
    round_trip(&mut client, &mut server);
    assert_eq!(server.peer_name(), Some("WDS\\bob"));
}

#[test]
fn negotiate_server_with_a_service_key_still_takes_ntlm() {
    let mut credentials = ServerCredentials::new();
    credentials.add_user(Credentials::new("WDS", "alice", "Secret123"));
    credentials.set_service_key(ServiceKey {
        components: vec!["host".into(), "wds.test".into()],
        realm: "WDS.TEST".into(),
        enctype: 18,
        kvno: 1,
        key: vec![7; 32],
    });
    let mut server = ServerContext::new(Package::Negotiate, credentials).unwrap();
    let mut client = client(Package::Negotiate, "alice", "Secret123");
    handshake(&mut client, &mut server).unwrap();
    round_trip(&mut client, &mut server);
    assert_eq!(server.peer_name(), Some("WDS\\alice"));
}

#[test]
fn wrong_password_is_logon_denied() {
    for package in [Package::Ntlm, Package::Negotiate] {
        let mut client = client(package, "alice", "wrong");
        let mut server = server(package);
        let err = handshake(&mut client, &mut server).unwrap_err();
        assert_eq!(err.status(), SEC_E_LOGON_DENIED, "{package:?}: {err}");
    }
}

#[test]
fn unknown_user_is_logon_denied() {
    for package in [Package::Ntlm, Package::Negotiate] {
        let mut client = client(package, "mallory", "Secret123");
        let mut server = server(package);
        let err = handshake(&mut client, &mut server).unwrap_err();
        assert_eq!(err.status(), SEC_E_LOGON_DENIED, "{package:?}: {err}");
    }
}

#[test]
fn altered_header_trailer_or_stub_is_message_altered() {
    for offset in [2usize, 30, 49] {
        let mut client = client(Package::Ntlm, "alice", "Secret123");
        let mut server = server(Package::Ntlm);
        handshake(&mut client, &mut server).unwrap();
        let (mut pdu, range) = request_pdu(b"WDSCPL initiate request");
        let signature = client.seal_dce(&mut pdu, range.clone()).unwrap();
        pdu[offset] ^= 0x01;
        let err = server.unseal_dce(&mut pdu, range, &signature).unwrap_err();
        assert_eq!(err.status(), SEC_E_MESSAGE_ALTERED, "byte {offset}");
        assert_eq!(server.peer_name(), None);
    }
}

/// Windows' NTLM signs the header and sec_trailer even when the RPC
/// runtime passes them read-only for want of header signing.
#[test]
fn ntlm_signs_the_header_without_header_signing_too() {
    let mut client = client(Package::Ntlm, "alice", "Secret123");
    let mut server = server(Package::Ntlm);
    handshake(&mut client, &mut server).unwrap();
    client.set_header_signing(false);
    server.set_header_signing(false);
    round_trip(&mut client, &mut server);
    let (mut pdu, range) = request_pdu(b"WDSCPL initiate request");
    let signature = client.seal_dce(&mut pdu, range.clone()).unwrap();
    pdu[2] ^= 1;
    let err = server.unseal_dce(&mut pdu, range, &signature).unwrap_err();
    assert_eq!(err.status(), SEC_E_MESSAGE_ALTERED);
}

#[test]
fn misuse_gives_sspi_errors() {
    let mut client = client(Package::Ntlm, "alice", "Secret123");
    let (mut pdu, range) = request_pdu(b"x");
    let err = client.seal_dce(&mut pdu, range).unwrap_err();
    assert_eq!(err.status(), SEC_E_OUT_OF_SEQUENCE);

    let mut server = server(Package::Ntlm);
    handshake(&mut client, &mut server).unwrap();
    let len = pdu.len();
    let err = client.seal_dce(&mut pdu, 4..len + 1).unwrap_err();
    assert_eq!(err.status(), SEC_E_INVALID_TOKEN);
    let err = server.step(Some(b"late token")).unwrap_err();
    assert_eq!(err.status(), SEC_E_OUT_OF_SEQUENCE);

    let err = ServerContext::new(Package::Ntlm, ServerCredentials::new())
        .err()
        .unwrap();
    assert_eq!(err.status(), SEC_E_NO_CREDENTIALS);
    let err = ServerContext::new(Package::Kerberos, ServerCredentials::new())
        .err()
        .unwrap();
    assert_eq!(err.status(), SEC_E_NO_CREDENTIALS);
}

#[test]
fn garbage_tokens_are_refused_not_panics() {
    let mut server = server(Package::Ntlm);
    assert!(server.step(Some(b"")).is_err());
    // picky-krb panics on this SPNEGO token; the context turns it into
    // an error and refuses further use.
    let mut server = self::server(Package::Negotiate);
    let err = server.step(Some(&[0x60, 0x80, 0xff, 0x00])).unwrap_err();
    assert_eq!(err.status(), SEC_E_INVALID_TOKEN);
    assert_eq!(
        server.step(Some(&[])).unwrap_err().status(),
        SEC_E_INVALID_HANDLE
    );
    let mut client = client(Package::Ntlm, "alice", "Secret123");
    client.step(None).unwrap();
    assert!(client.step(Some(b"NTLMSSP\0\x02\0\0\0")).is_err());
}

/// Impacket (a third party) plays the NTLM client and seals a request the
/// way its DCE/RPC layer does; our server must accept it, and Impacket
/// must verify and decrypt our sealed reply.
struct Impacket {
    child: std::process::Child,
    lines: BufReader<std::process::ChildStdout>,
}

impl Impacket {
    fn start(user: &str, password: &str) -> Option<Self> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pydeps = root.join("target/pydeps");
        if !pydeps.join("impacket").is_dir() {
            println!(
                "note: skipping the Impacket interop test: {} has no impacket",
                pydeps.display()
            );
            return None;
        }
        let spawned = Command::new("python3")
            .arg(root.join("tests/ntlm_vectors.py"))
            .args([user, password, "WDS"])
            .env("PYTHONPATH", &pydeps)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn();
        let mut child = match spawned {
            Ok(child) => child,
            Err(e) => {
                println!("note: skipping the Impacket interop test: python3: {e}");
                return None;
            }
        };
        let lines = BufReader::new(child.stdout.take().unwrap());
        Some(Self { child, lines })
    }

    fn receive(&mut self, tag: &str) -> Vec<String> {
        let mut line = String::new();
        self.lines.read_line(&mut line).unwrap();
        let mut fields = line.split_whitespace().map(str::to_owned);
        assert_eq!(
            fields.next().as_deref(),
            Some(tag),
            "Impacket said {line:?}"
        );
        fields.collect()
    }

    fn send(&mut self, line: &str) {
        let stdin = self.child.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }
}

impl Drop for Impacket {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// Handshake with Impacket as the client; returns its sealed request.
fn impacket_handshake(impacket: &mut Impacket, server: &mut ServerContext) -> Vec<String> {
    let negotiate = unhex(&impacket.receive("NEGOTIATE")[0]);
    let Step::Continue(challenge) = server.step(Some(&negotiate)).unwrap() else {
        panic!("NTLM answers NEGOTIATE with CHALLENGE");
    };
    impacket.send(&format!("CHALLENGE {}", hex(&challenge)));
    let authenticate = unhex(&impacket.receive("AUTHENTICATE")[0]);
    assert_eq!(
        server.step(Some(&authenticate)).unwrap(),
        Step::Complete(None)
    );
    impacket.receive("SEALED")
}

#[test]
fn impacket_client_interoperates_at_packet_privacy() {
    let Some(mut impacket) = Impacket::start("alice", "Secret123") else {
        return;
    };
    let mut server = server(Package::Ntlm);
    let sealed = impacket_handshake(&mut impacket, &mut server);
    let (mut pdu, start, end) = (
        unhex(&sealed[0]),
        sealed[1].parse().unwrap(),
        sealed[2].parse().unwrap(),
    );
    let (signature, plain) = (unhex(&sealed[3]), unhex(&sealed[4]));
    server.unseal_dce(&mut pdu, start..end, &signature).unwrap();
    assert_eq!(pdu[start..end], plain[..]);
    assert_eq!(server.peer_name(), Some("WDS\\alice"));

    let (mut reply, range) = request_pdu(b"reply from secur32!!");
    let signature = server.seal_dce(&mut reply, range.clone()).unwrap();
    impacket.send(&format!(
        "SEALED {} {} {} {}",
        hex(&reply),
        range.start,
        range.end,
        hex(&signature)
    ));
    let verdict = impacket.receive("OK");
    assert_eq!(unhex(&verdict[0]), b"reply from secur32!!");
}

/// Impacket sends no MIC, so sspi cannot refuse its wrong password during
/// the handshake; the first sealed PDU then fails and no name is given.
#[test]
fn impacket_wrong_password_fails_at_the_first_pdu() {
    let Some(mut impacket) = Impacket::start("alice", "wrong") else {
        return;
    };
    let mut server = server(Package::Ntlm);
    let sealed = impacket_handshake(&mut impacket, &mut server);
    let (mut pdu, start, end) = (
        unhex(&sealed[0]),
        sealed[1].parse().unwrap(),
        sealed[2].parse().unwrap(),
    );
    let signature = unhex(&sealed[3]);
    let err = server
        .unseal_dce(&mut pdu, start..end, &signature)
        .unwrap_err();
    assert_eq!(err.status(), SEC_E_MESSAGE_ALTERED);
    assert_eq!(server.peer_name(), None);
}

/// Kerberos against a real KDC: run by tests/wds-kerberos.sh inside the
/// realm's network namespace (`cargo test -p secur32 -- --ignored`), with
/// the client's password in `NTLM_USER_FILE`, the service key in
/// `KRB5_KTNAME`, the KDC in `KRB5_CONFIG`, and the SPN and the expected
/// peer name in `SECUR32_TEST_SPN` / `SECUR32_TEST_PEER`.
#[test]
#[ignore = "needs a KDC (tests/wds-kerberos.sh)"]
fn kerberos_against_a_real_kdc() {
    let spn = std::env::var("SECUR32_TEST_SPN").unwrap();
    let peer = std::env::var("SECUR32_TEST_PEER").unwrap();
    for package in [Package::Kerberos, Package::Negotiate] {
        let mut client = ClientContext::new(package, None, &spn).unwrap();
        let credentials = ServerCredentials::from_environment(Some(&spn)).unwrap();
        let mut server = ServerContext::new(package, credentials).unwrap();
        handshake(&mut client, &mut server).unwrap_or_else(|e| panic!("{package:?}: {e}"));
        round_trip(&mut client, &mut server);
        assert_eq!(server.peer_name(), Some(peer.as_str()), "{package:?}");
        round_trip(&mut client, &mut server);
        // Without header signing Kerberos checks the stub alone.
        client.set_header_signing(false);
        server.set_header_signing(false);
        round_trip(&mut client, &mut server);
        let (mut pdu, range) = request_pdu(b"WDSCPL initiate request");
        let signature = client.seal_dce(&mut pdu, range.clone()).unwrap();
        pdu[2] ^= 1;
        server
            .unseal_dce(&mut pdu, range.clone(), &signature)
            .unwrap();
        let signature = client.seal_dce(&mut pdu, range.clone()).unwrap();
        pdu[range.start] ^= 1;
        let err = server.unseal_dce(&mut pdu, range, &signature).unwrap_err();
        assert_eq!(err.status(), SEC_E_MESSAGE_ALTERED, "{package:?}");
    }
}

/// sspi's Kerberos client needs an input buffer even on the first leg;
/// without one it failed with SEC_E_INVALID_TOKEN before asking any KDC.
/// With none to ask, the first leg must say so.
#[test]
fn kerberos_first_leg_looks_for_a_kdc() {
    let credentials = Credentials::new("NO-KDC.INVALID", "alice", "Secret123");
    let mut client = ClientContext::new(Package::Kerberos, Some(credentials), SPN).unwrap();
    let err = client.step(None).unwrap_err();
    assert_eq!(err.status(), SEC_E_NO_AUTHENTICATING_AUTHORITY, "{err}");
}
