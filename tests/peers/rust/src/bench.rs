//! Client benchmark: winsession's WinHTTP WebSocket client against
//! tokio-tungstenite's and fastwebsockets' clients, in one run, against
//! the same loopback echo server (ws-rust-peer), plus a raw TCP echo as the
//! ceiling for throughput.
//!
//! Usage: ws-bench WS_PORT TCP_PORT [SECONDS]
//! (a) round trips per second with 20-byte binary messages, one at a time;
//! (b) MB/s with 1 MiB binary messages echoed (bytes sent per second).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use fastwebsockets::{Frame, OpCode, Payload};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;
use winhttp::websocket::BufferType;

const SMALL: usize = 20;
const LARGE: usize = 1 << 20;

struct Result {
    round_trips_per_s: f64,
    mb_per_s: f64,
}

fn rate(count: usize, start: Instant) -> f64 {
    count as f64 / start.elapsed().as_secs_f64()
}

fn winhttp_client(port: u16, secs: Duration) -> Result {
    let url = format!("ws://127.0.0.1:{port}/echo");
    let ws = winhttp::client::connect(&url, "bench").unwrap_or_else(|_| panic!("connect {url}"));
    let msg = vec![7u8; LARGE];
    let mut back = vec![0u8; LARGE];
    let echo = |len: usize, back: &mut [u8]| {
        ws.send(BufferType::BinaryMessage, &msg[..len])
            .expect("send");
        let mut got = 0;
        loop {
            let (n, t) = ws.receive(&mut back[got..]).expect("receive");
            got += n;
            if t == BufferType::BinaryMessage {
                break;
            }
        }
        assert_eq!(got, len);
    };
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < secs {
        echo(SMALL, &mut back);
        n += 1;
    }
    let small = rate(n, start);
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < secs {
        echo(LARGE, &mut back);
        n += 1;
    }
    let large = rate(n * LARGE, start) / 1e6;
    let _ = ws.close(1000, b"");
    Result {
        round_trips_per_s: small,
        mb_per_s: large,
    }
}

async fn tungstenite_client(port: u16, secs: Duration) -> Result {
    let (mut ws, _) = tokio_tungstenite::connect_async(format!("ws://127.0.0.1:{port}/echo"))
        .await
        .expect("connect");
    let mut run = async |len: usize| {
        let payload = bytes::Bytes::from(vec![7u8; len]);
        let start = Instant::now();
        let mut n = 0;
        while start.elapsed() < secs {
            ws.send(Message::Binary(payload.clone()))
                .await
                .expect("send");
            match ws.next().await {
                Some(Ok(Message::Binary(b))) => assert_eq!(b.len(), len),
                other => panic!("unexpected {other:?}"),
            }
            n += 1;
        }
        rate(n, start)
    };
    let small = run(SMALL).await;
    let large = run(LARGE).await * LARGE as f64 / 1e6;
    let _ = ws.close(None).await;
    Result {
        round_trips_per_s: small,
        mb_per_s: large,
    }
}

struct SpawnExecutor;

impl<F> hyper::rt::Executor<F> for SpawnExecutor
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    fn execute(&self, fut: F) {
        tokio::task::spawn(fut);
    }
}

type FastWebSocket =
    fastwebsockets::FragmentCollector<hyper_util::rt::TokioIo<hyper::upgrade::Upgraded>>;

async fn fastwebsockets_connect(port: u16) -> FastWebSocket {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("tcp");
    stream.set_nodelay(true).expect("nodelay");
    let req = hyper::Request::builder()
        .method("GET")
        .uri(format!("http://127.0.0.1:{port}/echo"))
        .header("Host", format!("127.0.0.1:{port}"))
        .header("Upgrade", "websocket")
        .header("Connection", "upgrade")
        .header(
            "Sec-WebSocket-Key",
            fastwebsockets::handshake::generate_key(),
        )
        .header("Sec-WebSocket-Version", "13")
        .body(http_body_util::Empty::<bytes::Bytes>::new())
        .expect("request");
    let (ws, _) = fastwebsockets::handshake::client(&SpawnExecutor, req, stream)
        .await
        .expect("handshake");
    fastwebsockets::FragmentCollector::new(ws)
}

async fn fastwebsockets_client(port: u16, secs: Duration) -> Result {
    let mut ws = fastwebsockets_connect(port).await;
    let mut run = async |len: usize| {
        let payload = vec![7u8; len];
        let start = Instant::now();
        let mut n = 0;
        while start.elapsed() < secs {
            ws.write_frame(Frame::binary(Payload::Borrowed(&payload)))
                .await
                .expect("send");
            let frame = ws.read_frame().await.expect("receive");
            assert!(frame.opcode == OpCode::Binary && frame.payload.len() == len);
            n += 1;
        }
        rate(n, start)
    };
    let small = run(SMALL).await;
    let large = run(LARGE).await * LARGE as f64 / 1e6;
    Result {
        round_trips_per_s: small,
        mb_per_s: large,
    }
}

fn tcp_client(port: u16, secs: Duration) -> f64 {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("tcp");
    s.set_nodelay(true).expect("nodelay");
    let msg = vec![7u8; LARGE];
    let mut back = vec![0u8; LARGE];
    let start = Instant::now();
    let mut n = 0;
    while start.elapsed() < secs {
        s.write_all(&msg).expect("write");
        s.read_exact(&mut back).expect("read");
        n += 1;
    }
    rate(n * LARGE, start) / 1e6
}

/// `--conns N PORT SECONDS`: N connections, each keeping one 20-byte
/// message in flight, for winsession in sync mode (a thread per
/// connection, as sync callers do), tokio-tungstenite and fastwebsockets
/// (a task per connection on one thread): total round trips per second.
fn many(args: &[String]) {
    let (Some(n), Some(port), Some(secs)) = (
        args.get(2).and_then(|v| v.parse::<usize>().ok()),
        args.get(3).and_then(|v| v.parse::<u16>().ok()),
        args.get(4).and_then(|v| v.parse::<f64>().ok()),
    ) else {
        eprintln!("usage: ws-bench --conns N WS_PORT SECONDS");
        std::process::exit(2);
    };
    let secs = Duration::from_secs_f64(secs);
    let url = format!("ws://127.0.0.1:{port}/echo");
    let sockets: Vec<_> = (0..n)
        .map(|_| {
            winhttp::client::connect(&url, "bench").unwrap_or_else(|_| panic!("connect {url}"))
        })
        .collect();
    let start = Instant::now();
    let threads: Vec<_> = sockets
        .into_iter()
        .map(|ws| {
            std::thread::spawn(move || {
                let mut back = [0u8; 64];
                let mut count = 0usize;
                while start.elapsed() < secs {
                    ws.send(BufferType::BinaryMessage, &[7u8; SMALL])
                        .expect("send");
                    let (got, t) = ws.receive(&mut back).expect("receive");
                    assert!(got == SMALL && t == BufferType::BinaryMessage);
                    count += 1;
                }
                let _ = ws.close(1000, b"");
                count
            })
        })
        .collect();
    let total: usize = threads.into_iter().map(|t| t.join().expect("thread")).sum();
    let sync = rate(total, start);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let tungstenite = rt.block_on(async {
        let mut clients = Vec::new();
        for _ in 0..n {
            let (ws, _) = tokio_tungstenite::connect_async(url.as_str())
                .await
                .expect("connect");
            clients.push(ws);
        }
        tasks_rate(clients, move |mut ws| async move {
            let payload = bytes::Bytes::from(vec![7u8; SMALL]);
            let mut count = 0usize;
            let start = Instant::now();
            while start.elapsed() < secs {
                ws.send(Message::Binary(payload.clone()))
                    .await
                    .expect("send");
                match ws.next().await {
                    Some(Ok(Message::Binary(b))) => assert_eq!(b.len(), SMALL),
                    other => panic!("unexpected {other:?}"),
                }
                count += 1;
            }
            count
        })
        .await
    });
    let fast = rt.block_on(async {
        let mut clients = Vec::new();
        for _ in 0..n {
            clients.push(fastwebsockets_connect(port).await);
        }
        tasks_rate(clients, move |mut ws| async move {
            let payload = [7u8; SMALL];
            let mut count = 0usize;
            let start = Instant::now();
            while start.elapsed() < secs {
                ws.write_frame(Frame::binary(Payload::Borrowed(&payload)))
                    .await
                    .expect("send");
                let frame = ws.read_frame().await.expect("receive");
                assert!(frame.opcode == OpCode::Binary && frame.payload.len() == SMALL);
                count += 1;
            }
            count
        })
        .await
    });
    println!(
        "conns {n} winsession_sync_rt_per_s {sync:.0} tokio_tungstenite_rt_per_s {tungstenite:.0} fastwebsockets_rt_per_s {fast:.0}"
    );
}

/// Run `each` on every client as its own task on the current runtime and
/// give the total round trips per second.
async fn tasks_rate<C: 'static, F>(clients: Vec<C>, each: impl Fn(C) -> F) -> f64
where
    F: std::future::Future<Output = usize> + 'static,
{
    let start = Instant::now();
    let local = tokio::task::LocalSet::new();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|c| local.spawn_local(each(c)))
        .collect();
    let total = local
        .run_until(async {
            let mut total = 0;
            for t in tasks {
                total += t.await.expect("task");
            }
            total
        })
        .await;
    rate(total, start)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--conns") {
        many(&args);
        return;
    }
    let (Some(ws_port), Some(tcp_port)) = (
        args.get(1).and_then(|p| p.parse::<u16>().ok()),
        args.get(2).and_then(|p| p.parse::<u16>().ok()),
    ) else {
        eprintln!("usage: ws-bench WS_PORT TCP_PORT [SECONDS]");
        std::process::exit(2);
    };
    let secs = Duration::from_secs_f64(args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3.0));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let ours = winhttp_client(ws_port, secs);
    let tungstenite = rt.block_on(tungstenite_client(ws_port, secs));
    let fast = rt.block_on(fastwebsockets_client(ws_port, secs));
    let tcp = tcp_client(tcp_port, secs);
    println!("| client | 20-byte round trips/s | 1 MiB echo MB/s |");
    println!("| --- | --- | --- |");
    for (name, r) in [
        ("winsession (WinHTTP API, sync)", &ours),
        ("tokio-tungstenite 0.28", &tungstenite),
        ("fastwebsockets 0.10", &fast),
    ] {
        println!(
            "| {name} | {:.0} | {:.0} |",
            r.round_trips_per_s, r.mb_per_s
        );
    }
    println!("| raw TCP echo | - | {tcp:.0} |");
    println!();
    println!(
        "ratios: round trips winsession/tokio-tungstenite = {:.2}, winsession/fastwebsockets = {:.2}; throughput winsession/raw TCP = {:.2}, winsession/tokio-tungstenite = {:.2}",
        ours.round_trips_per_s / tungstenite.round_trips_per_s,
        ours.round_trips_per_s / fast.round_trips_per_s,
        ours.mb_per_s / tcp,
        ours.mb_per_s / tungstenite.mb_per_s
    );
}
