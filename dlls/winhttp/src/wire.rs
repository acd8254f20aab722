//! The connection under a request or WebSocket: a TCP stream, or TLS over
//! one, whose reads can be woken from another thread.
//!
//! Reads wait in poll() on the socket and a wake pipe, so a Close can
//! cancel a Receive blocked on another thread, and a wait can time out to
//! drive the keep-alive. Writes go through `send(MSG_NOSIGNAL)` (std's
//! TcpStream does that), so a dead peer is an error, never SIGPIPE.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::Mutex;

use rustls::ClientConnection;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::time::Duration;
use win32::sync::lock;

/// Why a read returned without data.
#[derive(Debug)]
pub enum ReadError {
    /// [`Wire::wake`] was called.
    Woken,
    TimedOut,
    Io(io::Error),
}

pub struct Wire {
    stream: TcpStream,
    /// The TLS session of a wss:// connection. Reads wait on the socket
    /// without holding it, so a Send can go on during a blocked Receive.
    tls: Option<Mutex<ClientConnection>>,
    wake_read: OwnedFd,
    wake_write: OwnedFd,
}

impl Wire {
    pub fn new(stream: TcpStream) -> io::Result<Wire> {
        let mut fds = [0; 2];
        // SAFETY: `fds` has room for the two descriptors pipe2 writes.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: pipe2 succeeded, so both descriptors are open and ours.
        let (wake_read, wake_write) =
            unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        stream.set_nodelay(true)?;
        Ok(Wire {
            stream,
            tls: None,
            wake_read,
            wake_write,
        })
    }

    /// Run a TLS handshake on a new connection, bounded by `timeout`.
    pub fn new_tls(
        stream: TcpStream,
        mut tls: ClientConnection,
        timeout: Option<Duration>,
    ) -> io::Result<Wire> {
        stream.set_read_timeout(timeout)?;
        let mut socket = &stream;
        while tls.is_handshaking() {
            tls.complete_io(&mut socket)?;
        }
        stream.set_read_timeout(None)?;
        let mut wire = Wire::new(stream)?;
        wire.tls = Some(Mutex::new(tls));
        Ok(wire)
    }

    /// Read at least one byte, unless woken or `timeout` passes first.
    pub fn read(&self, buf: &mut [u8], timeout: Option<Duration>) -> Result<usize, ReadError> {
        let Some(tls) = &self.tls else {
            return self.read_socket(buf, timeout);
        };
        let mut raw = [0u8; 16 * 1024];
        loop {
            {
                let mut conn = lock(tls);
                match conn.reader().read(buf) {
                    Ok(n) => return Ok(n),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(ReadError::Io(e)),
                }
            }
            let n = self.read_socket(&mut raw, timeout)?;
            if n == 0 {
                return Ok(0);
            }
            let mut conn = lock(tls);
            let mut pending = &raw[..n];
            while !pending.is_empty() {
                conn.read_tls(&mut pending).map_err(ReadError::Io)?;
                conn.process_new_packets()
                    .map_err(|e| ReadError::Io(io::Error::new(io::ErrorKind::InvalidData, e)))?;
            }
            // Key updates and alerts may need an answer.
            let mut socket = &self.stream;
            while conn.wants_write() {
                conn.write_tls(&mut socket).map_err(ReadError::Io)?;
            }
        }
    }

    fn read_socket(&self, buf: &mut [u8], timeout: Option<Duration>) -> Result<usize, ReadError> {
        // Data already waiting needs no poll(): one syscall instead of two.
        // SAFETY: `buf` is valid for `buf.len()` bytes.
        let n = unsafe {
            libc::recv(
                self.stream.as_raw_fd(),
                buf.as_mut_ptr().cast(),
                buf.len(),
                libc::MSG_DONTWAIT,
            )
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::WouldBlock && e.kind() != io::ErrorKind::Interrupted {
            return Err(ReadError::Io(e));
        }
        let mut fds = [
            libc::pollfd {
                fd: self.stream.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.wake_read.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let ms = timeout.map_or(-1, |t| t.as_millis().min(i32::MAX as u128) as i32);
        loop {
            // SAFETY: `fds` is a valid array of two pollfd.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
            if n < 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(ReadError::Io(e));
            }
            if n == 0 {
                return Err(ReadError::TimedOut);
            }
            if fds[1].revents != 0 {
                return Err(ReadError::Woken);
            }
            return (&self.stream).read(buf).map_err(ReadError::Io);
        }
    }

    pub fn write_all(&self, data: &[u8]) -> io::Result<()> {
        let Some(tls) = &self.tls else {
            return (&self.stream).write_all(data);
        };
        // rustls takes plaintext only up to its buffer limit, so hand it
        // over in pieces and send the records after each.
        let mut conn = lock(tls);
        let mut socket = &self.stream;
        let mut rest = data;
        while !rest.is_empty() {
            let n = conn.writer().write(rest)?;
            rest = &rest[n..];
            let flushed = conn.wants_write();
            while conn.wants_write() {
                conn.write_tls(&mut socket)?;
            }
            if n == 0 && !flushed {
                return Err(io::ErrorKind::WriteZero.into());
            }
        }
        Ok(())
    }

    /// Make a pending or the next read return [`ReadError::Woken`].
    pub fn wake(&self) {
        let byte = 1u8;
        // SAFETY: writing one byte from a valid buffer to our pipe. A full
        // pipe already wakes readers, so the result does not matter.
        unsafe { libc::write(self.wake_write.as_raw_fd(), (&byte as *const u8).cast(), 1) };
    }

    /// Forget earlier wake-ups.
    pub fn clear_wake(&self) {
        let mut buf = [0u8; 64];
        // SAFETY: reading into a valid buffer from our non-blocking pipe.
        while unsafe {
            libc::read(
                self.wake_read.as_raw_fd(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        } > 0
        {}
    }

    pub fn shutdown(&self) {
        let _ = self.stream.shutdown(Shutdown::Both);
    }
}
