//! Against a real HTTP/2 server in the process: h2's server side over
//! tokio-rustls, with a throw-away certificate.

use std::io::{Read, Write};
use std::sync::Condvar;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

use h2::server::SendResponse;
use rustls::pki_types::PrivateKeyDer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_rustls::TlsAcceptor;
use tokio_rustls::server::TlsStream;

use super::*;

const BIG: usize = 8 << 20;

fn big_body() -> Vec<u8> {
    (0..BIG).map(|i| (i % 251) as u8).collect()
}

struct Server {
    port: u16,
    accepted: Arc<AtomicUsize>,
}

/// A TLS server on 127.0.0.1 offering `alpn`; it answers HTTP/2 by path
/// (see `respond`) and HTTP/1.1 with one fixed response.
fn server(alpn: &[&[u8]]) -> Server {
    let certified = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_owned()]).unwrap();
    let key = PrivateKeyDer::Pkcs8(certified.signing_key.serialize_der().into());
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![certified.cert.der().clone()], key)
        .unwrap();
    config.alpn_protocols = alpn.iter().map(|p| p.to_vec()).collect();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&accepted);
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            let acceptor = TlsAcceptor::from(Arc::new(config));
            while let Ok((tcp, _)) = listener.accept().await {
                counter.fetch_add(1, SeqCst);
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    if tls.get_ref().1.alpn_protocol() == Some(b"h2") {
                        serve_h2(tls).await;
                    } else {
                        serve_http1(tls).await;
                    }
                });
            }
        });
    });
    Server { port, accepted }
}

async fn serve_h2(tls: TlsStream<tokio::net::TcpStream>) {
    let Ok(mut conn) = h2::server::handshake(tls).await else {
        return;
    };
    while let Some(Ok((request, respond))) = conn.accept().await {
        if request.uri().path() == "/goaway" {
            conn.graceful_shutdown();
        }
        tokio::spawn(respond_to(request, respond));
    }
}

async fn serve_http1(mut tls: TlsStream<tokio::net::TcpStream>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.ends_with(b"\r\n\r\n") {
        match tls.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
    let _ = tls.write_all(reply).await;
    let _ = tls.shutdown().await;
}

fn header(request: &http::Request<RecvStream>, name: &str) -> String {
    request
        .headers()
        .get(name)
        .map_or("-".to_owned(), |v| v.to_str().unwrap().to_owned())
}

async fn respond_to(request: http::Request<RecvStream>, mut respond: SendResponse<Bytes>) {
    let reply = |status: u16| http::Response::builder().status(status);
    match request.uri().path() {
        "/headers" => {
            let response = reply(201)
                .header("x-echo", header(&request, "x-test"))
                .header("x-dropped", header(&request, "x-drop"))
                .header("x-te", header(&request, "te"))
                .header("x-method", request.method().as_str())
                .header("x-authority", request.uri().authority().unwrap().as_str())
                .body(())
                .unwrap();
            let mut sending = respond.send_response(response, false).unwrap();
            sending
                .send_data(Bytes::from_static(b"hello"), true)
                .unwrap();
        }
        "/post" => {
            let mut body = request.into_body();
            let mut got = Vec::new();
            while let Some(data) = body.data().await {
                let data = data.unwrap();
                body.flow_control().release_capacity(data.len()).unwrap();
                got.extend_from_slice(&data);
            }
            let mut sending = respond
                .send_response(reply(200).body(()).unwrap(), false)
                .unwrap();
            sending.send_data(got.into(), true).unwrap();
        }
        "/reset" => respond.send_reset(Reason::INTERNAL_ERROR),
        "/big" => {
            let mut sending = respond
                .send_response(reply(200).body(()).unwrap(), false)
                .unwrap();
            sending.send_data(big_body().into(), true).unwrap();
        }
        "/slow" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            let _ = respond.send_response(reply(200).body(()).unwrap(), true);
        }
        _ => {
            let mut sending = respond
                .send_response(reply(200).body(()).unwrap(), false)
                .unwrap();
            sending.send_data(Bytes::from_static(b"ok"), true).unwrap();
        }
    }
}

fn request(port: u16, path: &str) -> H2Request {
    H2Request {
        host: "127.0.0.1".into(),
        port,
        security_flags: wh::SECURITY_FLAG_IGNORE_UNKNOWN_CA,
        secure_protocols: wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_2
            | wh::WINHTTP_FLAG_SECURE_PROTOCOL_TLS1_3,
        method: "GET".into(),
        path: path.into(),
        authority: format!("127.0.0.1:{port}"),
        ..H2Request::default()
    }
}

#[derive(Default)]
struct Waiter {
    woken: Mutex<bool>,
    signal: Condvar,
}

/// A started request and what its wake callback signals.
struct Client {
    stream: H2Stream,
    waiter: Arc<Waiter>,
}

fn open(req: H2Request) -> Client {
    let waiter = Arc::new(Waiter::default());
    let signal = Arc::clone(&waiter);
    let stream = start(
        req,
        Box::new(move || {
            *signal.woken.lock().unwrap() = true;
            signal.signal.notify_all();
        }),
    );
    Client { stream, waiter }
}

impl Client {
    /// The next event, waiting on the wake callback as the engine would.
    fn next(&self) -> Event {
        let limit = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(event) = self.stream.try_next() {
                return event;
            }
            let mut woken = self.waiter.woken.lock().unwrap();
            while !*woken {
                assert!(Instant::now() < limit, "no event");
                woken = self
                    .waiter
                    .signal
                    .wait_timeout(woken, Duration::from_millis(100))
                    .unwrap()
                    .0;
            }
            *woken = false;
        }
    }

    /// Connected, Sent and Head: the status, headers and whether the
    /// connection was reused.
    /// Connected and Sent come again when the request is retried on a
    /// new connection.
    fn head(&self) -> (u16, Vec<(String, String)>, bool) {
        let Event::Connected { mut reused, .. } = self.next() else {
            panic!("not connected");
        };
        loop {
            match self.next() {
                Event::Sent => {}
                Event::Connected { reused: again, .. } => reused = again,
                Event::Head { status, headers } => return (status, headers, reused),
                other => panic!("{other:?}"),
            }
        }
    }

    /// The body up to End.
    fn body(&self) -> Vec<u8> {
        let mut body = Vec::new();
        loop {
            match self.next() {
                Event::Data(data) => body.extend_from_slice(&data),
                Event::End => return body,
                other => panic!("{other:?}"),
            }
        }
    }

    /// Connected and Sent, then the failure.
    fn failure(&self) -> Win32Error {
        loop {
            match self.next() {
                Event::Connected { .. } | Event::Sent => {}
                Event::Failed(e) => return e,
                other => panic!("{other:?}"),
            }
        }
    }
}

fn value<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

#[test]
fn get_with_headers_gets_status_headers_and_body() {
    let server = server(&[b"h2"]);
    let mut req = request(server.port, "/headers?q=1");
    req.headers = vec![
        ("X-Test".into(), "abc".into()),
        ("Connection".into(), "keep-alive, X-Drop".into()),
        ("X-Drop".into(), "1".into()),
        ("Keep-Alive".into(), "5".into()),
        ("TE".into(), "trailers".into()),
        ("Host".into(), "example.test".into()),
    ];
    let client = open(req);
    let (status, headers, reused) = client.head();
    assert_eq!(status, 201);
    assert!(!reused);
    assert_eq!(value(&headers, "x-echo"), "abc");
    assert_eq!(value(&headers, "x-dropped"), "-");
    assert_eq!(value(&headers, "x-te"), "trailers");
    assert_eq!(value(&headers, "x-method"), "GET");
    assert_eq!(value(&headers, "x-authority"), "example.test");
    assert_eq!(client.body(), b"hello");
    assert!(client.stream.try_next().is_none());
}

#[test]
fn post_body_arrives() {
    let server = server(&[b"h2"]);
    let mut req = request(server.port, "/post");
    req.method = "POST".into();
    // Past the server's default 64 KiB window: sent as it opens.
    req.body = (0..200_000u32).map(|i| (i % 199) as u8).collect();
    let sent = req.body.clone();
    let client = open(req);
    assert_eq!(client.head().0, 200);
    assert_eq!(client.body(), sent);
}

#[test]
fn concurrent_requests_share_one_connection() {
    let server = server(&[b"h2"]);
    let clients: Vec<Client> = (0..20)
        .map(|i| open(request(server.port, &format!("/n{i}"))))
        .collect();
    let mut reused = 0;
    for client in &clients {
        let (status, _, was_reused) = client.head();
        assert_eq!(status, 200);
        assert_eq!(client.body(), b"ok");
        reused += usize::from(was_reused);
    }
    assert_eq!(reused, 19);
    assert_eq!(server.accepted.load(SeqCst), 1);
}

#[test]
fn http11_only_server_gives_not_h2_and_its_connection() {
    let server = server(&[b"http/1.1"]);
    assert!(!known_not_h2("127.0.0.1", server.port));
    let client = open(request(server.port, "/"));
    let Event::NotH2(Some(handover)) = client.next() else {
        panic!("expected NotH2 with the connection");
    };
    assert!(client.stream.try_next().is_none());
    assert!(known_not_h2("127.0.0.1", server.port));
    // The handed-over connection carries HTTP/1.1.
    handover.stream.set_nonblocking(false).unwrap();
    let mut tls = rustls::StreamOwned::new(handover.tls, handover.stream);
    tls.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut reply = Vec::new();
    let _ = tls.read_to_end(&mut reply);
    assert!(reply.starts_with(b"HTTP/1.1 200 OK"), "{reply:?}");
    // Known now: no new connection.
    let again = open(request(server.port, "/"));
    assert!(matches!(again.next(), Event::NotH2(None)));
    assert_eq!(server.accepted.load(SeqCst), 1);
}

#[test]
fn reset_stream_fails_with_invalid_server_response() {
    let server = server(&[b"h2"]);
    let client = open(request(server.port, "/reset"));
    assert_eq!(
        client.failure(),
        werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE)
    );
    // The connection survives a reset stream.
    let next = open(request(server.port, "/"));
    assert!(next.head().2);
    assert_eq!(server.accepted.load(SeqCst), 1);
}

#[test]
fn large_response_streams_with_bounded_queue() {
    let server = server(&[b"h2"]);
    let client = open(request(server.port, "/big"));
    assert_eq!(client.head().0, 200);
    // A slow reader: the window fills, then the server must wait.
    std::thread::sleep(Duration::from_millis(300));
    let body = client.body();
    assert_eq!(body.len(), BIG);
    assert!(body == big_body());
    let peak = client.stream.peak_queued();
    // The window filled while nobody read, and bounded the queue.
    let window = STREAM_WINDOW as usize;
    assert!(peak > window / 2 && peak <= window, "peak {peak}");
}

#[test]
fn receive_timeout_waits_for_a_slow_reader() {
    let server = server(&[b"h2"]);
    let mut req = request(server.port, "/big");
    req.receive_timeout = Some(Duration::from_millis(200));
    let client = open(req);
    assert_eq!(client.head().0, 200);
    // The server is blocked by the full window, not late: no timeout.
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(client.body().len(), BIG);
}

#[test]
fn cancel_resets_only_the_stream() {
    let server = server(&[b"h2"]);
    let client = open(request(server.port, "/big"));
    assert_eq!(client.head().0, 200);
    drop(client);
    let next = open(request(server.port, "/"));
    let (status, _, reused) = next.head();
    assert_eq!((status, reused), (200, true));
    assert_eq!(next.body(), b"ok");
    assert_eq!(server.accepted.load(SeqCst), 1);
}

#[test]
fn goaway_takes_the_connection_out_of_the_pool() {
    let server = server(&[b"h2"]);
    let first = open(request(server.port, "/goaway"));
    assert_eq!(first.head().0, 200);
    assert_eq!(first.body(), b"ok");
    for _ in 0..3 {
        let next = open(request(server.port, "/"));
        assert_eq!(next.head().0, 200);
        assert_eq!(next.body(), b"ok");
    }
    assert_eq!(server.accepted.load(SeqCst), 2);
}

#[test]
fn unknown_ca_fails_unless_ignored() {
    let server = server(&[b"h2"]);
    let mut req = request(server.port, "/");
    req.security_flags = 0;
    let client = open(req);
    match client.next() {
        Event::SecureFailure(flags) => {
            assert_eq!(flags, wh::WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(client.failure(), werr(wh::ERROR_WINHTTP_SECURE_FAILURE));
    // SECURITY_FLAG_IGNORE_UNKNOWN_CA lets the self-signed certificate pass.
    let ignored = open(request(server.port, "/"));
    assert_eq!(ignored.head().0, 200);
}

#[test]
fn refused_connection_cannot_connect() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = open(request(port, "/"));
    assert_eq!(client.failure(), werr(wh::ERROR_WINHTTP_CANNOT_CONNECT));
}

#[test]
fn unknown_name_is_not_resolved() {
    let mut req = request(443, "/");
    // RFC 6761 6.4: never resolves.
    req.host = "nothing.invalid".into();
    let client = open(req);
    assert_eq!(client.failure(), werr(wh::ERROR_WINHTTP_NAME_NOT_RESOLVED));
}

#[test]
fn receive_timeout_fails_with_timeout() {
    let server = server(&[b"h2"]);
    let mut req = request(server.port, "/slow");
    req.receive_timeout = Some(Duration::from_millis(200));
    let client = open(req);
    assert_eq!(client.failure(), werr(wh::ERROR_WINHTTP_TIMEOUT));
}

#[test]
fn request_head_maps_to_pseudo_headers() {
    let mut req = request(443, "*");
    req.method = "OPTIONS".into();
    req.headers = vec![
        ("Transfer-Encoding".into(), "chunked".into()),
        ("Upgrade".into(), "websocket".into()),
        ("TE".into(), "gzip".into()),
        ("Accept".into(), "*/*".into()),
    ];
    let head = request_head(&req).unwrap();
    assert_eq!(head.method(), Method::OPTIONS);
    assert_eq!(head.uri().authority().unwrap(), "127.0.0.1:443");
    assert_eq!(head.uri().path_and_query().unwrap(), "*");
    let names: Vec<&str> = head.headers().keys().map(|n| n.as_str()).collect();
    assert_eq!(names, ["accept"]);
    req.headers = vec![("Bad Name".into(), "x".into())];
    assert_eq!(
        request_head(&req).unwrap_err(),
        werr(wh::ERROR_WINHTTP_INVALID_HEADER)
    );
    req.headers.clear();
    for path in ["relative", "/with space", "*"] {
        req.path = path.into();
        req.method = "GET".into();
        assert_eq!(
            request_head(&req).unwrap_err(),
            werr(wh::ERROR_WINHTTP_INVALID_URL),
            "{path}"
        );
    }
    req.path = String::new();
    assert_eq!(request_head(&req).unwrap().uri().path(), "/");
    req.method = "BAD METHOD".into();
    assert_eq!(
        request_head(&req).unwrap_err(),
        Win32Error::INVALID_PARAMETER
    );
}

#[test]
fn h2_errors_map_to_winhttp_errors() {
    let protocol = h2::Error::from(Reason::PROTOCOL_ERROR);
    assert_eq!(
        h2_error(&protocol),
        werr(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE)
    );
    assert!(!unprocessed(&protocol));
}

/// A forward proxy on 127.0.0.1 that answers each CONNECT with `answer`;
/// after a 2xx it pipes the connection to the server the CONNECT names.
/// The CONNECT heads it read come back through the returned receiver.
fn proxy(answer: &'static str) -> (u16, std::sync::mpsc::Receiver<String>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (heads, received) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for mut client in listener.incoming().map_while(Result::ok) {
            let heads = heads.clone();
            std::thread::spawn(move || {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && client.read(&mut byte).unwrap() == 1 {
                    head.push(byte[0]);
                }
                let head = String::from_utf8(head).unwrap();
                let target = head.split(' ').nth(1).unwrap().to_owned();
                heads.send(head).unwrap();
                client.write_all(answer.as_bytes()).unwrap();
                if !answer.starts_with("HTTP/1.1 2") {
                    return;
                }
                let server = std::net::TcpStream::connect(target).unwrap();
                let (mut up, mut down) = (server.try_clone().unwrap(), client.try_clone().unwrap());
                std::thread::spawn(move || std::io::copy(&mut down, &mut up));
                let (mut from, mut to) = (server, client);
                let _ = std::io::copy(&mut from, &mut to);
            });
        }
    });
    (port, received)
}

/// The proxy on `port`, and the CONNECT to 127.0.0.1:`server` the engine
/// would send it.
fn hop(port: u16, server: u16) -> Option<ProxyHop> {
    Some(ProxyHop {
        host: "127.0.0.1".into(),
        port,
        connect: format!(
            "CONNECT 127.0.0.1:{server} HTTP/1.1\r\nHost: 127.0.0.1:{server}\r\nProxy-Authorization: Basic cHVzZXI6cHB3ZA==\r\n\r\n"
        )
        .into_bytes(),
    })
}

#[test]
fn h2_goes_through_a_proxy_tunnel() {
    let server = server(&[b"h2"]);
    let (port, heads) = proxy("HTTP/1.1 200 Connection established\r\n\r\n");
    let proxy = hop(port, server.port);
    let sent = proxy.as_ref().map(|h| h.connect.clone());
    let client = open(H2Request {
        proxy,
        ..request(server.port, "/")
    });
    let (status, _, _) = client.head();
    assert_eq!(status, 200);
    assert_eq!(client.body(), b"ok");
    // The proxy read the CONNECT as given, and the tunnel reached the server.
    assert_eq!(Some(heads.recv().unwrap().into_bytes()), sent);
    assert_eq!(server.accepted.load(SeqCst), 1);
}

#[test]
fn a_refused_tunnel_leaves_the_request_to_http11() {
    let server = server(&[b"h2"]);
    let (port, _heads) =
        proxy("HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n");
    let client = open(H2Request {
        proxy: hop(port, server.port),
        ..request(server.port, "/")
    });
    assert!(matches!(client.next(), Event::NotH2(None)));
    // The server is not to blame: it is not remembered as lacking h2.
    assert!(!known_not_h2("127.0.0.1", server.port));
    assert_eq!(server.accepted.load(SeqCst), 0);
}
