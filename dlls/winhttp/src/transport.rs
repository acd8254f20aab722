//! The bytes under a request or WebSocket: a non-blocking TCP stream, or
//! TLS over one. Every call returns at once; "would block" is an answer,
//! and the runtime decides whether to wait on the reactor or in poll().
//!
//! rustls is itself sans-IO: its records go through `read_tls` /
//! `write_tls` on the socket, and the plaintext through its reader and
//! writer. Writes go through `send(MSG_NOSIGNAL)` (std's TcpStream, which
//! mio's wraps, does that), so a dead peer is an error, never SIGPIPE.

use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::os::fd::{AsRawFd, RawFd};

use mio::net::TcpStream;
use rustls::ClientConnection;

use crate::gate::Permit;

/// What a read found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Data(usize),
    /// Nothing now: wait for the socket to become readable.
    WouldBlock,
    /// The peer closed the connection.
    Eof,
}

pub struct Transport {
    stream: TcpStream,
    tls: Option<Box<ClientConnection>>,
    /// Its place under WINHTTP_OPTION_MAX_CONNS_PER_SERVER, freed as the
    /// connection closes.
    permit: Option<Permit>,
}

fn would_block(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
    )
}

impl Transport {
    pub fn plain(stream: TcpStream) -> Transport {
        Transport {
            stream,
            tls: None,
            permit: None,
        }
    }

    /// Start TLS on a connected stream; drive it with [`handshake`](Self::handshake).
    pub fn start_tls(&mut self, tls: ClientConnection) {
        self.tls = Some(Box::new(tls));
    }

    /// Hold `permit` for as long as the connection lives.
    pub fn hold(&mut self, permit: Permit) {
        self.permit = Some(permit);
    }

    /// Whether reads go through TLS (plaintext may wait in rustls while
    /// the socket still holds records).
    pub fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// What the TLS handshake settled on; `None` over plain TCP or before
    /// the handshake ends.
    pub fn negotiated(&self) -> Option<crate::tls::Negotiated> {
        crate::tls::Negotiated::of(self.tls.as_deref()?)
    }

    /// The local and peer addresses of the socket.
    pub fn addresses(&self) -> io::Result<(std::net::SocketAddr, std::net::SocketAddr)> {
        Ok((self.stream.local_addr()?, self.stream.peer_addr()?))
    }

    pub fn stream_mut(&mut self) -> &mut TcpStream {
        &mut self.stream
    }

    pub fn fd(&self) -> RawFd {
        self.stream.as_raw_fd()
    }

    /// A non-blocking connect has finished: `Ok(true)` connected,
    /// `Ok(false)` still in progress, `Err` refused or unreachable.
    pub fn connected(&self) -> io::Result<bool> {
        if let Some(e) = self.stream.take_error()? {
            return Err(e);
        }
        match self.stream.peer_addr() {
            Ok(_) => {
                self.stream.set_nodelay(true)?;
                Ok(true)
            }
            Err(e) if e.kind() == io::ErrorKind::NotConnected => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Advance the TLS handshake as far as the socket allows: `Ok(true)`
    /// once it is complete.
    pub fn handshake(&mut self) -> io::Result<bool> {
        let Some(tls) = self.tls.as_deref_mut() else {
            return Ok(true);
        };
        loop {
            while tls.wants_write() {
                match tls.write_tls(&mut self.stream) {
                    Ok(_) => {}
                    Err(e) if would_block(&e) => return Ok(false),
                    Err(e) => return Err(e),
                }
            }
            if !tls.is_handshaking() {
                return Ok(true);
            }
            match tls.read_tls(&mut self.stream) {
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(_) => {
                    tls.process_new_packets()
                        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
                }
                Err(e) if would_block(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
    }

    /// Plaintext from the peer into `buf`.
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<Input> {
        let Some(tls) = self.tls.as_deref_mut() else {
            return match self.stream.read(buf) {
                Ok(0) => Ok(Input::Eof),
                Ok(n) => Ok(Input::Data(n)),
                Err(e) if would_block(&e) => Ok(Input::WouldBlock),
                Err(e) => Err(e),
            };
        };
        loop {
            match tls.reader().read(buf) {
                Ok(0) => return Ok(Input::Eof),
                Ok(n) => return Ok(Input::Data(n)),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(Input::Eof),
                Err(e) => return Err(e),
            }
            match tls.read_tls(&mut self.stream) {
                Ok(0) => return Ok(Input::Eof),
                Ok(_) => {
                    tls.process_new_packets()
                        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
                    // Key updates and alerts may need an answer.
                    Self::flush_tls(tls, &mut self.stream)?;
                }
                Err(e) if would_block(&e) => return Ok(Input::WouldBlock),
                Err(e) => return Err(e),
            }
        }
    }

    /// Hand plaintext to the connection: how much it took (0 when it must
    /// wait for the socket to become writable).
    pub fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let Some(tls) = self.tls.as_deref_mut() else {
            return match self.stream.write(data) {
                Ok(n) => Ok(n),
                Err(e) if would_block(&e) => Ok(0),
                Err(e) => Err(e),
            };
        };
        // rustls takes plaintext only up to its buffer limit; records it
        // cannot send yet stay queued inside it until the next flush.
        let n = tls.writer().write(data)?;
        Self::flush_tls(tls, &mut self.stream)?;
        Ok(n)
    }

    /// Push queued TLS records: `Ok(true)` when none are left.
    pub fn flush(&mut self) -> io::Result<bool> {
        match self.tls.as_deref_mut() {
            Some(tls) => Self::flush_tls(tls, &mut self.stream),
            None => Ok(true),
        }
    }

    fn flush_tls(tls: &mut ClientConnection, stream: &mut TcpStream) -> io::Result<bool> {
        while tls.wants_write() {
            match tls.write_tls(stream) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        Ok(true)
    }

    /// Whether a kept-alive connection can carry a new request: the peer
    /// has neither closed it nor sent anything unasked. TLS records are
    /// read through rustls, so a session ticket sent after the handshake
    /// does not count as data.
    pub fn is_idle(&mut self) -> bool {
        if self.tls.is_some() {
            let mut byte = [0u8; 1];
            return matches!(self.read(&mut byte), Ok(Input::WouldBlock));
        }
        let mut byte = [0u8; 1];
        matches!(self.stream.peek(&mut byte), Err(e) if would_block(&e))
    }

    pub fn shutdown(&self) {
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}
