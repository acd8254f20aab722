//! `winsession http` against an HTTP/1.1 server in this process: a
//! TcpListener thread answering canned responses and recording what each
//! request carried; a forward proxy in this process for the proxy tests
//! (absolute-form requests and CONNECT tunnels), and for HTTPS the
//! repository's Python origin (tests/peers/http_origin.py) with a
//! throw-away certificate.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// "compressed hello\n" 50 times, as Python's gzip.compress(mtime=0)
/// writes it (fixed Huffman codes and a back-reference: a real deflate
/// stream, not stored blocks).
const GZIPPED: [u8; 46] = [
    31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 75, 206, 207, 45, 40, 74, 45, 46, 78, 77, 81, 200, 72, 205,
    201, 201, 231, 74, 30, 21, 24, 21, 24, 21, 32, 95, 0, 0, 106, 105, 101, 83, 82, 3, 0, 0,
];

/// Basic "pu:pp" (RFC 7617 2), the proxy's credentials.
const PROXY_LOGIN: &str = "Basic cHU6cHA=";

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
    let path = request.request_line.split(' ').nth(1).unwrap_or("/");
    let (status, extra, body): (&str, &str, Vec<u8>) = match path {
        "/hello" => ("200 OK", "", b"hello, world\n".to_vec()),
        "/echo" => ("200 OK", "", request.body.clone()),
        "/big" => ("200 OK", "", vec![b'x'; 300_000]),
        "/moved" => ("302 Found", "Location: /hello\r\n", Vec::new()),
        "/loop" => ("302 Found", "Location: /loop\r\n", Vec::new()),
        "/post-moved" => ("302 Found", "Location: /method\r\n", Vec::new()),
        "/post-kept" => (
            "307 Temporary Redirect",
            "Location: /method\r\n",
            Vec::new(),
        ),
        "/method" => {
            let mut body = format!("{}\n", request.request_line).into_bytes();
            body.extend_from_slice(&request.body);
            ("200 OK", "", body)
        }
        // A cookie set by the redirect, for the next hop.
        "/login" => (
            "302 Found",
            "Set-Cookie: session=abc; Path=/\r\nLocation: /whoami\r\n",
            Vec::new(),
        ),
        "/whoami" => (
            "200 OK",
            "",
            request
                .header("Cookie")
                .unwrap_or("no cookie")
                .as_bytes()
                .to_vec(),
        ),
        "/gzip" => ("200 OK", "Content-Encoding: gzip\r\n", GZIPPED.to_vec()),
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

/// The proxy variables WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY reads here.
const PROXY_VARS: [&str; 8] = [
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "no_proxy",
    "NO_PROXY",
];

/// `winsession http ARGS` with `env` as the only proxy variables set.
fn winsession_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_winsession"));
    for var in PROXY_VARS {
        command.env_remove(var);
    }
    command.envs(env.iter().copied()).arg("http").args(args);
    command.output().unwrap()
}

fn winsession(args: &[&str]) -> Output {
    winsession_env(args, &[])
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
    let url = format!(
        "* URL: {}\r\n* Protocol: HTTP/1.1\r\nHTTP/1.1 200 OK\r\n",
        server.url("/hello")
    );
    assert!(err.starts_with(&url), "{err}");
    assert!(err.contains("Content-Length: 13\r\n"));
    assert_eq!(out.stdout, b"hello, world\n");
}

#[test]
fn redirects_are_followed_unless_disabled() {
    let server = Server::start();
    let out = winsession(&["get", "-i", &server.url("/moved")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    // WinHTTP followed it: one response, from where the redirect led.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!(
            "* URL: {}\r\n* Protocol: HTTP/1.1\r\nHTTP/1.1 200 OK\r\n",
            server.url("/hello")
        )),
        "{err}"
    );
    assert_eq!(err.matches("HTTP/1.1 ").count(), 1, "{err}");
    let out = winsession(&["get", "-i", "--no-redirects", &server.url("/moved")]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("HTTP/1.1 302 Found\r\n"), "{err}");
    assert!(err.contains(&format!("* URL: {}\r\n", server.url("/moved"))));
    let out = winsession(&["get", "--max-redirects", "3", &server.url("/loop")]);
    assert_eq!(out.status.code(), Some(47), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ERROR_WINHTTP_REDIRECT_FAILED (12156)"),
        "{err}"
    );
    assert!(
        err.contains(&format!("GET {}: ", server.url("/loop"))),
        "{err}"
    );
    // The first request and three redirects.
    let loops = server
        .requests()
        .iter()
        .filter(|r| r.request_line.starts_with("GET /loop "))
        .count();
    assert_eq!(loops, 4);
}

#[test]
fn a_302_turns_a_post_into_a_get_and_a_307_keeps_it() {
    let server = Server::start();
    let out = winsession(&["post", &server.url("/post-moved"), "-d", "a=1"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"GET /method HTTP/1.1\n");
    let get = server.requests().pop().unwrap();
    assert_eq!(get.header("Content-Type"), None);
    let out = winsession(&["post", &server.url("/post-kept"), "-d", "a=1"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"POST /method HTTP/1.1\na=1");
}

#[test]
fn a_cookie_set_by_a_redirect_goes_to_the_next_hop() {
    let server = Server::start();
    let out = winsession(&["get", &server.url("/login")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"session=abc");
    assert_eq!(server.requests()[0].header("Cookie"), None);
}

#[test]
fn compressed_bodies_are_decoded() {
    let server = Server::start();
    let out = winsession(&["get", "-i", "--compressed", &server.url("/gzip")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"compressed hello\n".repeat(50));
    // Decoded: the encoding headers are gone, as Windows reports them.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("Content-Encoding"), "{err}");
    let asked = server.requests()[0]
        .header("Accept-Encoding")
        .map(str::to_string);
    assert!(
        asked.as_deref().is_some_and(|a| a.contains("gzip")),
        "{asked:?}"
    );
    // Without --compressed nothing is asked for or decoded.
    let out = winsession(&["get", &server.url("/gzip")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, GZIPPED);
    assert_eq!(server.requests()[1].header("Accept-Encoding"), None);
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

/// A forward proxy: absolute-form requests are passed on in origin form,
/// CONNECT opens a tunnel; with `login`, a request without that
/// Proxy-Authorization gets a 407. One request per connection.
struct Proxy {
    port: u16,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Proxy {
    fn start(login: Option<&'static str>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                std::thread::spawn(move || relay(stream, &log, login));
            }
        });
        Proxy { port, received }
    }

    fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn requests(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

fn relay(mut client: TcpStream, log: &Mutex<Vec<Received>>, login: Option<&str>) {
    let Some(request) = read_request(&mut client) else {
        return;
    };
    log.lock().unwrap().push(request.clone());
    if login.is_some() && request.header("Proxy-Authorization") != login {
        let _ = client.write_all(
            b"HTTP/1.1 407 Proxy Authentication Required\r\n\
              Proxy-Authenticate: Basic realm=\"proxy\"\r\n\
              Content-Length: 0\r\nConnection: close\r\n\r\n",
        );
        return;
    }
    let mut parts = request.request_line.split(' ');
    let (verb, target) = (parts.next().unwrap(), parts.next().unwrap());
    let (authority, path) = match target.strip_prefix("http://") {
        Some(rest) => rest.split_at(rest.find('/').unwrap_or(rest.len())),
        None => (target, ""),
    };
    let Ok(mut upstream) = TcpStream::connect(authority) else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        return;
    };
    if verb == "CONNECT" {
        let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
    } else {
        let mut head = format!("{verb} {path} HTTP/1.1\r\n");
        for (name, value) in &request.headers {
            if !name.eq_ignore_ascii_case("Proxy-Authorization") {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str("\r\n");
        let _ = upstream.write_all(head.as_bytes());
        let _ = upstream.write_all(&request.body);
    }
    let (mut up_read, mut client_write) =
        (upstream.try_clone().unwrap(), client.try_clone().unwrap());
    let back = std::thread::spawn(move || {
        let _ = std::io::copy(&mut up_read, &mut client_write);
        let _ = client_write.shutdown(Shutdown::Write);
    });
    let _ = std::io::copy(&mut client, &mut upstream);
    let _ = upstream.shutdown(Shutdown::Write);
    let _ = back.join();
}

#[test]
fn a_proxy_gets_the_absolute_url() {
    let server = Server::start();
    let proxy = Proxy::start(None);
    let out = winsession(&["get", "--proxy", &proxy.address(), &server.url("/hello")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    let r = &proxy.requests()[0];
    assert_eq!(
        r.request_line,
        format!("GET {} HTTP/1.1", server.url("/hello"))
    );
    assert_eq!(
        r.header("Host"),
        Some(format!("127.0.0.1:{}", server.port).as_str())
    );
    assert_eq!(server.requests()[0].request_line, "GET /hello HTTP/1.1");
}

#[test]
fn proxy_credentials_go_after_the_407() {
    let server = Server::start();
    let proxy = Proxy::start(Some(PROXY_LOGIN));
    let url = format!("http://pu:pp@{}", proxy.address());
    let out = winsession(&["get", "--proxy", &url, &server.url("/hello")]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello, world\n");
    let seen = proxy.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].header("Proxy-Authorization"), None);
    assert_eq!(seen[1].header("Proxy-Authorization"), Some(PROXY_LOGIN));
    // Without credentials the 407 is the answer.
    let out = winsession(&["get", "--proxy", &proxy.address(), &server.url("/hello")]);
    assert_eq!(out.status.code(), Some(22), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("HTTP 407"));
}

#[test]
fn the_environment_names_the_proxy_unless_noproxy() {
    let server = Server::start();
    let proxy = Proxy::start(None);
    let via = format!("http://{}", proxy.address());
    let env = [("http_proxy", via.as_str())];
    let out = winsession_env(&["get", &server.url("/hello")], &env);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(proxy.requests().len(), 1);
    // --noproxy, and no_proxy, send the host direct.
    let out = winsession_env(
        &["get", "--noproxy", "127.0.0.1", &server.url("/hello")],
        &env,
    );
    assert!(out.status.success(), "{out:?}");
    let env = [("http_proxy", via.as_str()), ("no_proxy", "127.0.0.1")];
    let out = winsession_env(&["get", &server.url("/hello")], &env);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(proxy.requests().len(), 1);
    assert_eq!(server.requests().len(), 3);
}

/// A child process killed when dropped.
struct Peer(Child);

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// tests/peers/http_origin.py over TLS with a throw-away self-signed
/// certificate: the peer and its port; None when openssl or python3 is
/// missing.
fn tls_origin(dir: &Path) -> Option<(Peer, u16)> {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .args(["-addext", "basicConstraints=critical,CA:FALSE", "-keyout"])
        .args([&key, Path::new("-out"), &cert])
        .stderr(Stdio::null())
        .status()
        .ok()?;
    assert!(made.success());
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/peers/http_origin.py");
    let port_file = dir.join("tls.port");
    let child = Command::new("python3")
        .arg(script)
        .args([&port_file, &cert, &key])
        .spawn()
        .ok()?;
    let peer = Peer(child);
    for _ in 0..100 {
        if let Ok(port) = std::fs::read_to_string(&port_file) {
            return Some((peer, port.trim().parse().unwrap()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("the TLS origin did not start");
}

#[test]
fn https_goes_through_a_connect_tunnel() {
    let dir = scratch("tls");
    std::fs::create_dir_all(&dir).unwrap();
    let Some((_peer, port)) = tls_origin(&dir) else {
        eprintln!("skipped: openssl or python3 is missing");
        return;
    };
    let proxy = Proxy::start(Some(PROXY_LOGIN));
    let url = format!("https://127.0.0.1:{port}/secure");
    let via = format!("pu:pp@{}", proxy.address());
    let out = winsession(&["get", "-k", "--proxy", &via, &url]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, b"hello /secure");
    // The proxy saw only the CONNECTs: a 407, then the tunnel.
    let seen = proxy.requests();
    assert_eq!(seen.len(), 2, "{seen:?}");
    for r in &seen {
        assert_eq!(r.request_line, format!("CONNECT 127.0.0.1:{port} HTTP/1.1"));
    }
    assert_eq!(seen[0].header("Proxy-Authorization"), None);
    assert_eq!(seen[1].header("Proxy-Authorization"), Some(PROXY_LOGIN));
    // Without -k the throw-away certificate is refused.
    let out = winsession(&["get", "--proxy", &via, &url]);
    assert_eq!(out.status.code(), Some(35), "{out:?}");
    std::fs::remove_dir_all(&dir).unwrap();
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
