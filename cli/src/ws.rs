//! `winsession ws connect URL`: an interactive WebSocket client in the
//! spirit of websocat, over the winhttp crate. Lines from stdin go out as
//! text messages; messages in are printed (binary ones as a byte count);
//! EOF, Ctrl-C or SIGTERM close with 1000 and a reason; the peer's close
//! status and reason are printed on stderr.

use std::io::{BufRead, Write};
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::Subcommand;
use winhttp::websocket::{BufferType, CANCELLED, WebSocket};

#[derive(Subcommand)]
pub enum Command {
    /// Connect to a ws:// URL; lines in, messages out.
    Connect {
        url: String,
        /// The close status to send on EOF or interrupt.
        #[arg(long, default_value_t = 1000)]
        status: u16,
        /// The close reason (at most 123 bytes).
        #[arg(long, default_value = "bye")]
        reason: String,
    },
}

enum Event {
    Line(String),
    InputEnded,
    Interrupted,
    PeerClosed,
    Failed(win32::Win32Error),
}

fn print_messages(ws: Arc<WebSocket>, tx: mpsc::Sender<Event>) {
    let mut buf = vec![0u8; 64 * 1024];
    let mut message = Vec::new();
    loop {
        match ws.receive(&mut buf) {
            Ok((_, BufferType::Close)) => {
                let _ = tx.send(Event::PeerClosed);
                return;
            }
            Ok((n, kind)) => {
                message.extend_from_slice(&buf[..n]);
                let mut out = std::io::stdout().lock();
                match kind {
                    BufferType::Utf8Message => {
                        let _ = out.write_all(&message);
                        let _ = out.write_all(b"\n");
                    }
                    BufferType::BinaryMessage => {
                        let _ = writeln!(out, "[binary message, {} bytes]", message.len());
                    }
                    _ => continue,
                }
                let _ = out.flush();
                message.clear();
            }
            Err(e) if e == CANCELLED => return,
            Err(e) => {
                let _ = tx.send(Event::Failed(e));
                return;
            }
        }
    }
}

fn report_close(ws: &WebSocket) {
    match ws.close_status() {
        Ok((status, reason)) => eprintln!(
            "winsession: closed, peer said {status} {:?}",
            String::from_utf8_lossy(&reason)
        ),
        Err(_) => eprintln!("winsession: closed, the peer sent no close frame"),
    }
}

pub fn run(command: Command) -> Result<(), String> {
    let Command::Connect {
        url,
        status,
        reason,
    } = command;
    if reason.len() > winhttp::websocket::MAX_CLOSE_REASON {
        return Err("the close reason is longer than 123 bytes".into());
    }
    let (tx, rx) = mpsc::channel();
    crate::signals::on_interrupt({
        let tx = tx.clone();
        move || {
            let _ = tx.send(Event::Interrupted);
        }
    })?;
    let ws = match winhttp::client::connect(&url, "winsession") {
        Ok(ws) => ws,
        Err(Ok(refused)) => {
            return Err(format!(
                "{url}: the server refused the upgrade with HTTP {}: {}",
                refused.status,
                String::from_utf8_lossy(&refused.body).trim()
            ));
        }
        Err(Err(e)) => return Err(format!("{url}: {e}")),
    };
    eprintln!("winsession: connected to {url}");
    {
        let (ws, tx) = (Arc::clone(&ws), tx.clone());
        std::thread::spawn(move || print_messages(ws, tx));
    }
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            match line {
                Ok(l) => {
                    if tx.send(Event::Line(l)).is_err() {
                        return;
                    }
                }
                Err(_) => break,
            }
        }
        let _ = tx.send(Event::InputEnded);
    });
    loop {
        match rx.recv() {
            Ok(Event::Line(l)) => ws
                .send(BufferType::Utf8Message, l.as_bytes())
                .map_err(|e| format!("send: {e}"))?,
            Ok(Event::InputEnded | Event::Interrupted) => {
                // Half-close, and keep printing what the peer still sends
                // until its close frame arrives (or the close timeout).
                ws.shutdown(status, reason.as_bytes())
                    .map_err(|e| format!("shutdown: {e}"))?;
                let deadline = Instant::now() + CLOSE_WAIT;
                loop {
                    match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                        Ok(Event::PeerClosed) | Err(_) => break,
                        Ok(Event::Failed(e)) => return Err(format!("receive: {e}")),
                        Ok(_) => {}
                    }
                }
                return finish(&ws, status, &reason);
            }
            Ok(Event::PeerClosed) | Err(_) => return finish(&ws, status, &reason),
            Ok(Event::Failed(e)) => return Err(format!("receive: {e}")),
        }
    }
}

/// How long to wait for the peer's close frame after ours.
const CLOSE_WAIT: Duration = Duration::from_secs(10);

fn finish(ws: &Arc<WebSocket>, status: u16, reason: &str) -> Result<(), String> {
    ws.close(status, reason.as_bytes())
        .map_err(|e| format!("close: {e}"))?;
    report_close(ws);
    Ok(())
}
