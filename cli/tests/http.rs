//! `winsession http` against an HTTP/1.1 server in this process: a
//! TcpListener thread answering canned responses and recording what each
//! request carried.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};

/// A request as the server received it.
#[derive(Debug, Clone)]
struct Received {
    request_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Server {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                std::thread::spawn(move || serve(stream, &log));
            }
        });
        Server { port, received }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        raw.push(byte[0]);
    }
    let head = String::from_utf8(raw).ok()?;
    let mut lines = head.split("\r\n").filter(|l| !l.is_empty());
    let request_line = lines.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.to_string(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    stream.read_exact(&mut body).ok()?;
    Some(Received {
        request_line,
        headers,
        body,
    })
}

fn serve(mut stream: TcpStream, log: &Mutex<Vec<Received>>) {
    let Some(request) = read_request(&mut stream) else {
        return;
    };
    log.lock().unwrap().push(request.clone());
    let target = request.request_line.split(' ').nth(1).unwrap_or("/");
    // A proxy receives the absolute URL.
    let path = match target.strip_prefix("http://") {
        Some(rest) => &rest[rest.find('/').unwrap_or(rest.len())..],
        None => target,
    };
    let (status, extra, body): (&str, &str, Vec<u8>) = match path {
        "/hello" => ("200 OK", "", b"hello, world\n".to_vec()),
        "/echo" => ("200 OK", "", request.body.clone()),
        "/big" => ("200 OK", "", vec![b'x'; 300_000]),
        "/moved" => ("302 Found", "Location: /hello\r\n", Vec::new()),
        "/loop" => ("302 Found", "Location: /loop\r\n", Vec::new()),
        // Basic "ann:secret" (RFC 7617 2).
        "/private" if request.header("Authorization") == Some("Basic YW5uOnNlY3JldA==") => {
            let body = if request.body.is_empty() {
                b"welcome\n".to_vec()
            } else {
                request.body.clone()
            };
            ("200 OK", "", body)
        }
        "/private" => (
            "401 Unauthorized",
            "WWW-Authenticate: Basic realm=\"test\"\r\n",
            b"who are you?\n".to_vec(),
        ),
        _ => ("404 Not Found", "", b"no such page\n".to_vec()),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn winsession(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_winsession"))
        .arg("http")
        .args(args)
        .output()
        .unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("winsession-http-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The names in `path`'s directory holding its file name: the file and
/// any temporary file beside it.
fn leftovers(path: &std::path::Path) -> Vec<String> {
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains(&name))
        .collect()
}

#[test]
fn get_prints_the_body() {
    let server = Server::start();
    let out = winsession(&["get", &server.url("/hello")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    let requests = server.requests();
    assert_eq!(requests[0].request_line, "GET /hello HTTP/1.1");
    assert_eq!(
        requests[0].header("Host"),
        Some(format!("127.0.0.1:{}", server.port).as_str())
    );
}

#[test]
fn output_file_is_written_whole() {
    let server = Server::start();
    let file = scratch("big.bin");
    let out = winsession(&["get", &server.url("/big"), "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(&file).unwrap(), vec![b'x'; 300_000]);
    assert_eq!(leftovers(&file), ["big.bin"]);
    std::fs::remove_file(&file).unwrap();
}

#[test]
fn not_found_exits_22_and_leaves_no_file() {
    let server = Server::start();
    let file = scratch("missing.txt");
    let out = winsession(&["get", &server.url("/nothing"), "-o", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(22), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTTP 404"));
    assert!(leftovers(&file).is_empty());
    // Without -o the error body is still shown.
    let out = winsession(&["get", &server.url("/nothing")]);
    assert_eq!(out.status.code(), Some(22));
    assert_eq!(out.stdout, b"no such page\n");
}

#[test]
fn post_sends_the_body_with_its_length_and_type() {
    let server = Server::start();
    let out = winsession(&["post", &server.url("/echo"), "-d", "a=1", "-d", "b=2"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"a=1&b=2");
    let r = &server.requests()[0];
    assert_eq!(r.request_line, "POST /echo HTTP/1.1");
    assert_eq!(r.header("Content-Length"), Some("7"));
    assert_eq!(
        r.header("Content-Type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(r.body, b"a=1&b=2");
}

#[test]
fn post_a_file_with_the_type_given() {
    let server = Server::start();
    let file = scratch("body.json");
    std::fs::write(&file, br#"{"k": [1, 2]}"#).unwrap();
    let out = winsession(&[
        "post",
        &server.url("/echo"),
        "--data-file",
        file.to_str().unwrap(),
        "-H",
        "Content-Type: application/json",
    ]);
    assert!(out.status.success(), "{out:?}");
    let r = &server.requests()[0];
    assert_eq!(r.body, br#"{"k": [1, 2]}"#);
    assert_eq!(r.header("Content-Type"), Some("application/json"));
    assert_eq!(r.header("Content-Length"), Some("13"));
    std::fs::remove_file(&file).unwrap();
}

#[test]
fn extra_headers_arrive() {
    let server = Server::start();
    let out = winsession(&[
        "get",
        &server.url("/hello"),
        "-H",
        "X-One: 1",
        "-H",
        "Accept: text/plain",
    ]);
    assert!(out.status.success(), "{out:?}");
    let r = &server.requests()[0];
    assert_eq!(r.header("X-One"), Some("1"));
    assert_eq!(r.header("Accept"), Some("text/plain"));
    let out = winsession(&["get", &server.url("/hello"), "-H", "no colon"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn include_prints_the_head_to_stderr() {
    let server = Server::start();
    let out = winsession(&["get", "-i", &server.url("/hello")]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("HTTP/1.1 200 OK\r\n"), "{err}");
    assert!(err.contains("Content-Length: 13\r\n"));
    assert_eq!(out.stdout, b"hello, world\n");
}

#[test]
fn redirects_are_followed_unless_disabled() {
    let server = Server::start();
    let out = winsession(&["get", &server.url("/moved")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    let out = winsession(&["get", "--no-redirects", &server.url("/moved")]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty());
    let out = winsession(&["get", "--max-redirects", "3", &server.url("/loop")]);
    assert_eq!(out.status.code(), Some(47), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ERROR_WINHTTP_REDIRECT_FAILED"));
    // The first request and three redirects.
    let loops = server
        .requests()
        .iter()
        .filter(|r| r.request_line.starts_with("GET /loop "))
        .count();
    assert_eq!(loops, 4);
}

#[test]
fn basic_credentials_go_after_the_401() {
    let server = Server::start();
    let out = winsession(&["get", "--user", "ann:secret", &server.url("/private")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"welcome\n");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].header("Authorization"), None);
    let out = winsession(&["get", "--user", "ann:wrong", &server.url("/private")]);
    assert_eq!(out.status.code(), Some(22));
    // One retry only.
    assert_eq!(server.requests().len(), 4);
}

#[test]
fn a_proxy_gets_the_absolute_url() {
    let server = Server::start();
    let proxy = format!("127.0.0.1:{}", server.port);
    let out = winsession(&["get", "--proxy", &proxy, "http://example.invalid/hello"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    let r = &server.requests()[0];
    assert_eq!(r.request_line, "GET http://example.invalid/hello HTTP/1.1");
    assert_eq!(r.header("Host"), Some("example.invalid"));
}

#[test]
fn failures_name_the_win32_error() {
    // A port nothing listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = winsession(&["get", &format!("http://127.0.0.1:{port}/")]);
    assert_eq!(out.status.code(), Some(7), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("GET http://127.0.0.1:{port}/: ")),
        "{err}"
    );
    assert!(
        err.contains("ERROR_WINHTTP_CANNOT_CONNECT (12029)"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    let out = winsession(&["get", "ftp://example.org/"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ERROR_WINHTTP_UNRECOGNIZED_SCHEME"));
}

#[test]
fn a_silent_server_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Accept, read, never answer.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let started = std::time::Instant::now();
    let out = winsession(&[
        "get",
        "--timeout",
        "1",
        &format!("http://127.0.0.1:{port}/"),
    ]);
    assert_eq!(out.status.code(), Some(28), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("ERROR_WINHTTP_TIMEOUT (12002)"));
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn a_file_body_is_streamed_and_sent_again_after_the_401() {
    let server = Server::start();
    let file = scratch("upload.bin");
    let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&file, &data).unwrap();
    let out = winsession(&[
        "post",
        &server.url("/private"),
        "--data-file",
        file.to_str().unwrap(),
        "-u",
        "ann:secret",
    ]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, data);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_eq!(r.header("Content-Length"), Some("200000"));
        assert_eq!(r.body, data);
    }
    std::fs::remove_file(&file).unwrap();
}
