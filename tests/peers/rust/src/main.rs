//! WebSocket peer for the winhttp tests on tokio-tungstenite.
//! Usage: ws-rust-peer PORTFILE. Same paths as tests/peers/ws_python.py:
//! `/` greets ("Request served by ...") then echoes, `/echo` echoes,
//! `/close-first` greets and closes with 1000 "bye".

use futures_util::{SinkExt, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::protocol::frame::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

async fn serve(stream: TcpStream) -> Result<(), Box<dyn std::error::Error>> {
    let mut path = String::new();
    let config = WebSocketConfig::default()
        .max_message_size(None)
        .max_frame_size(None);
    let mut ws = tokio_tungstenite::accept_hdr_async_with_config(
        stream,
        |req: &Request, resp: Response| {
            path = req.uri().path().to_string();
            Ok(resp)
        },
        Some(config),
    )
    .await?;
    if path == "/" || path == "/close-first" {
        ws.send(Message::text("Request served by winsession-rust-peer"))
            .await?;
    }
    if path == "/close-first" {
        ws.close(Some(CloseFrame {
            code: CloseCode::Normal,
            reason: "bye".into(),
        }))
        .await?;
        while ws.next().await.is_some() {}
        return Ok(());
    }
    while let Some(msg) = ws.next().await {
        match msg? {
            m @ (Message::Text(_) | Message::Binary(_)) => ws.send(m).await?,
            _ => {}
        }
    }
    Ok(())
}

/// `--tcp`: a plain TCP echo, the ceiling for the throughput benchmark.
async fn tcp_echo(mut stream: TcpStream) -> std::io::Result<()> {
    let (mut r, mut w) = stream.split();
    tokio::io::copy(&mut r, &mut w).await.map(|_| ())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let tcp = args.iter().any(|a| a == "--tcp");
    let portfile = args
        .iter()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .ok_or("usage: ws-rust-peer [--tcp] PORTFILE")?;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    std::fs::write(portfile, listener.local_addr()?.port().to_string())?;
    loop {
        let (stream, _) = listener.accept().await?;
        stream.set_nodelay(true)?;
        tokio::spawn(async move {
            if tcp {
                let _ = tcp_echo(stream).await;
            } else {
                let _ = serve(stream).await;
            }
        });
    }
}
