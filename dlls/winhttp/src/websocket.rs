//! The WebSocket after the upgrade: WinHttpWebSocketSend, Receive,
//! Shutdown, Close and QueryCloseStatus, blocking, over a [`Wire`].
//!
//! Rules from CONFORMANCE.md (items in brackets):
//! - a received fragment is `*_FRAGMENT` unless it ends a message, which
//!   depends on FIN and on whether the caller's buffer drained the frame
//!   (§5); a close frame reads as `CLOSE_BUFFER_TYPE` with 0 bytes \[35\];
//! - pings are answered with their payload (RFC 6455 §5.5.3, not Wine's
//!   empty pong \[36\]); pongs are dropped;
//! - a server frame that breaks RFC 6455 sends a close frame (1002, or 1007
//!   for invalid UTF-8), drops the connection, and fails with
//!   ERROR_WINHTTP_INVALID_SERVER_RESPONSE; a 64-bit length beyond 4 GiB is
//!   ERROR_NOT_SUPPORTED \[36\];
//! - Close cancels a pending Receive (ERROR_WINHTTP_OPERATION_CANCELLED)
//!   \[34\], sends its close frame unless Shutdown already did \[43\], waits for
//!   the peer's close frame up to the close timeout \[50\], then closes the
//!   connection; a second Close is ERROR_INVALID_OPERATION \[48\].
//! - while waiting for a frame, every keep-alive interval without traffic
//!   sends an unsolicited pong (RFC 6455 §5.5.3 allows it), so Receive
//!   never times out by itself \[62\].

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::ERROR_INVALID_OPERATION;
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::frame::{self, Header, Opcode, Violation};
use crate::utf8::Utf8Validator;
use crate::wire::{ReadError, Wire};

pub const INVALID_OPERATION: Win32Error = Win32Error(ERROR_INVALID_OPERATION);
pub const CANCELLED: Win32Error = Win32Error(wh::ERROR_WINHTTP_OPERATION_CANCELLED);
pub const INVALID_SERVER_RESPONSE: Win32Error =
    Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
pub const CONNECTION_ERROR: Win32Error = Win32Error(wh::ERROR_WINHTTP_CONNECTION_ERROR);

/// How much the reader asks the connection for when it needs a header.
const READ_CHUNK: usize = 64 * 1024;

/// Close statuses this side sends when the server breaks the protocol.
const PROTOCOL_ERROR: u16 = 1002;
const INVALID_PAYLOAD: u16 = 1007;
/// "No status": a close frame without a payload.
pub const EMPTY_CLOSE_STATUS: u16 = 1005;
/// Longest close reason: 125 payload bytes minus the status.
pub const MAX_CLOSE_REASON: usize = 123;

/// WINHTTP_WEB_SOCKET_BUFFER_TYPE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BufferType {
    BinaryMessage,
    BinaryFragment,
    Utf8Message,
    Utf8Fragment,
    Close,
}

impl BufferType {
    pub fn raw(self) -> i32 {
        match self {
            Self::BinaryMessage => wh::WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE,
            Self::BinaryFragment => wh::WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE,
            Self::Utf8Message => wh::WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE,
            Self::Utf8Fragment => wh::WINHTTP_WEB_SOCKET_UTF8_FRAGMENT_BUFFER_TYPE,
            Self::Close => wh::WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE,
        }
    }

    pub fn from_raw(v: i32) -> Option<Self> {
        [
            Self::BinaryMessage,
            Self::BinaryFragment,
            Self::Utf8Message,
            Self::Utf8Fragment,
            Self::Close,
        ]
        .into_iter()
        .find(|t| t.raw() == v)
    }

    fn of(text: bool, last: bool) -> Self {
        match (text, last) {
            (true, true) => Self::Utf8Message,
            (true, false) => Self::Utf8Fragment,
            (false, true) => Self::BinaryMessage,
            (false, false) => Self::BinaryFragment,
        }
    }
}

/// Timers of one WebSocket.
#[derive(Debug, Clone, Copy)]
pub struct Timers {
    pub close_timeout: Duration,
    pub keepalive: Duration,
}

impl Default for Timers {
    fn default() -> Self {
        // WINHTTP_OPTION_WEB_SOCKET_CLOSE_TIMEOUT 10 s, keep-alive 30 s [20].
        Timers {
            close_timeout: Duration::from_secs(10),
            keepalive: Duration::from_secs(30),
        }
    }
}

#[derive(Default)]
struct Flags {
    close_sent: bool,
    close_received: Option<(u16, Vec<u8>)>,
    close_called: bool,
    /// The connection is gone: closed by Close, by a failure or by the peer.
    dead: bool,
    receive_pending: bool,
}

struct Reader {
    buf: Vec<u8>,
    pos: usize,
    /// The data frame being read and how much of it is left.
    frame: Option<(Header, u64)>,
    /// A message is in progress; `true` for text.
    message: Option<bool>,
    utf8: Utf8Validator,
}

pub struct WebSocket {
    wire: Wire,
    flags: Mutex<Flags>,
    /// An open fragmented message we are sending; `true` for text.
    sending: Mutex<Option<bool>>,
    reader: Mutex<Reader>,
    cancel: AtomicU64,
    timers: Mutex<Timers>,
}

/// Masking keys come from the OS CSPRNG, fetched 64 keys at a time rather
/// than with one syscall per frame.
fn next_mask() -> Win32Result<[u8; 4]> {
    thread_local! {
        static POOL: std::cell::RefCell<([u8; 256], usize)> = const { std::cell::RefCell::new(([0; 256], 256)) };
    }
    POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.1 == pool.0.len() {
            getrandom::fill(&mut pool.0).map_err(|_| Win32Error::INTERNAL_ERROR)?;
            pool.1 = 0;
        }
        let at = pool.1;
        pool.1 += 4;
        Ok([pool.0[at], pool.0[at + 1], pool.0[at + 2], pool.0[at + 3]])
    })
}

/// How a read step ended other than with data.
enum Stop {
    Cancelled,
    TimedOut,
    Failed(Win32Error),
}

impl From<Stop> for Win32Error {
    fn from(s: Stop) -> Win32Error {
        match s {
            Stop::Cancelled => CANCELLED,
            Stop::TimedOut => Win32Error::TIMEOUT,
            Stop::Failed(e) => e,
        }
    }
}

impl WebSocket {
    /// Take over a connection after a 101 response; `leftover` holds bytes
    /// already read past the response headers \[10\].
    pub fn new(wire: Wire, leftover: Vec<u8>, timers: Timers) -> WebSocket {
        WebSocket {
            wire,
            flags: Mutex::default(),
            sending: Mutex::default(),
            reader: Mutex::new(Reader {
                buf: leftover,
                pos: 0,
                frame: None,
                message: None,
                utf8: Utf8Validator::default(),
            }),
            cancel: AtomicU64::new(0),
            timers: Mutex::new(timers),
        }
    }

    pub fn set_keepalive(&self, interval: Duration) {
        lock(&self.timers).keepalive = interval;
    }

    pub fn set_close_timeout(&self, timeout: Duration) {
        lock(&self.timers).close_timeout = timeout;
    }

    fn write_frame(&self, opcode: Opcode, fin: bool, payload: &[u8]) -> Win32Result<()> {
        let mask = next_mask()?;
        let header = Header {
            fin,
            opcode,
            mask: Some(mask),
            len: payload.len() as u64,
        };
        let mut head = [0u8; frame::MAX_HEADER];
        let n = frame::encode_header(&header, &mut head);
        let mut out = Vec::with_capacity(n + payload.len());
        out.extend_from_slice(&head[..n]);
        out.extend_from_slice(payload);
        frame::apply_mask(&mut out[n..], mask, 0);
        self.wire.write_all(&out).map_err(|_| {
            self.kill();
            CONNECTION_ERROR
        })
    }

    fn send_close_frame(&self, status: u16, reason: &[u8]) -> Win32Result<()> {
        let mut payload = Vec::with_capacity(2 + reason.len());
        if status != EMPTY_CLOSE_STATUS {
            payload.extend_from_slice(&status.to_be_bytes());
            payload.extend_from_slice(reason);
        }
        let _guard = lock(&self.sending);
        self.write_frame(Opcode::Close, true, &payload)
    }

    fn kill(&self) {
        lock(&self.flags).dead = true;
        self.wire.shutdown();
    }

    /// The server broke RFC 6455: tell it why, then drop the connection.
    fn fail(&self, status: u16) -> Stop {
        let send = {
            let mut f = lock(&self.flags);
            !std::mem::replace(&mut f.close_sent, true) && !f.dead
        };
        if send {
            let _ = self.send_close_frame(status, b"");
        }
        self.kill();
        Stop::Failed(INVALID_SERVER_RESPONSE)
    }

    /// Every header violation is a protocol error (1002).
    fn violation(&self, _: Violation) -> Stop {
        self.fail(PROTOCOL_ERROR)
    }

    /// Read from the connection into `into`, sending a keep-alive pong
    /// whenever the keep-alive interval passes without data.
    fn read_wire(
        &self,
        into: &mut [u8],
        mid_frame: bool,
        ticket: u64,
        deadline: Option<Instant>,
    ) -> Result<usize, Stop> {
        let keepalive = lock(&self.timers).keepalive;
        loop {
            let wait = match deadline {
                Some(d) => d.saturating_duration_since(Instant::now()).min(keepalive),
                None => keepalive,
            };
            match self.wire.read(into, Some(wait)) {
                Ok(0) => {
                    self.kill();
                    return Err(Stop::Failed(if mid_frame {
                        INVALID_SERVER_RESPONSE
                    } else {
                        CONNECTION_ERROR
                    }));
                }
                Ok(n) => return Ok(n),
                Err(ReadError::Woken) => {
                    if self.cancel.load(Ordering::SeqCst) != ticket {
                        return Err(Stop::Cancelled);
                    }
                    self.wire.clear_wake();
                }
                Err(ReadError::TimedOut) => {
                    if deadline.is_some_and(|d| Instant::now() >= d) {
                        return Err(Stop::TimedOut);
                    }
                    let idle_pong = !lock(&self.flags).close_sent;
                    if idle_pong {
                        let _guard = lock(&self.sending);
                        self.write_frame(Opcode::Pong, true, b"")
                            .map_err(Stop::Failed)?;
                    }
                }
                Err(ReadError::Io(_)) => {
                    self.kill();
                    return Err(Stop::Failed(CONNECTION_ERROR));
                }
            }
        }
    }

    /// Read more bytes into the reader's buffer.
    fn fill(&self, r: &mut Reader, ticket: u64, deadline: Option<Instant>) -> Result<(), Stop> {
        if r.pos > 0 && r.pos == r.buf.len() {
            r.buf.clear();
            r.pos = 0;
        }
        let mid_frame = r.frame.is_some() || r.pos < r.buf.len();
        let have = r.buf.len();
        r.buf.resize(have + READ_CHUNK, 0);
        let result = self.read_wire(&mut r.buf[have..], mid_frame, ticket, deadline);
        let n = *result.as_ref().unwrap_or(&0);
        r.buf.truncate(have + n);
        result.map(|_| ())
    }

    /// Handle a whole control frame's payload.
    fn control(&self, opcode: Opcode, payload: Vec<u8>) -> Result<Option<BufferType>, Stop> {
        match opcode {
            Opcode::Ping => {
                if !lock(&self.flags).close_sent {
                    let _guard = lock(&self.sending);
                    self.write_frame(Opcode::Pong, true, &payload)
                        .map_err(Stop::Failed)?;
                }
                Ok(None)
            }
            Opcode::Pong => Ok(None),
            _ => {
                let (status, reason) = match payload.len() {
                    0 => (EMPTY_CLOSE_STATUS, Vec::new()),
                    1 => return Err(self.fail(PROTOCOL_ERROR)),
                    _ => {
                        let status = u16::from_be_bytes([payload[0], payload[1]]);
                        if !frame::valid_close_code(status) {
                            return Err(self.fail(PROTOCOL_ERROR));
                        }
                        if std::str::from_utf8(&payload[2..]).is_err() {
                            return Err(self.fail(INVALID_PAYLOAD));
                        }
                        (status, payload[2..].to_vec())
                    }
                };
                let mut f = lock(&self.flags);
                if f.close_received.is_some() {
                    drop(f);
                    return Err(self.fail(PROTOCOL_ERROR));
                }
                f.close_received = Some((status, reason));
                Ok(Some(BufferType::Close))
            }
        }
    }

    /// Read the next piece of a message, or a close frame, into `out`.
    fn read_piece(
        &self,
        r: &mut Reader,
        out: &mut [u8],
        ticket: u64,
        deadline: Option<Instant>,
    ) -> Result<(usize, BufferType), Stop> {
        loop {
            if let Some((header, remaining)) = r.frame {
                let text = r.message.unwrap_or(false);
                let want = remaining.min(out.len() as u64) as usize;
                if want == 0 && remaining > 0 {
                    return Ok((0, BufferType::of(text, false)));
                }
                let n = if r.pos == r.buf.len() && want > 0 {
                    // Nothing buffered: read the payload straight into the
                    // caller's buffer, with no copy.
                    self.read_wire(&mut out[..want], true, ticket, deadline)?
                } else {
                    let n = want.min(r.buf.len() - r.pos);
                    out[..n].copy_from_slice(&r.buf[r.pos..r.pos + n]);
                    r.pos += n;
                    n
                };
                let left = remaining - n as u64;
                if text && !r.utf8.feed(&out[..n]) {
                    return Err(self.fail(INVALID_PAYLOAD));
                }
                let last = left == 0 && header.fin;
                r.frame = (left > 0).then_some((header, left));
                if last {
                    r.message = None;
                    if text && !r.utf8.finish() {
                        return Err(self.fail(INVALID_PAYLOAD));
                    }
                }
                return Ok((n, BufferType::of(text, last)));
            }
            let (header, used) = loop {
                match frame::decode_header(&r.buf[r.pos..]) {
                    Ok(Some(h)) => break h,
                    Ok(None) => self.fill(r, ticket, deadline)?,
                    Err(v) => return Err(self.violation(v)),
                }
            };
            r.pos += used;
            if header.opcode.is_control() {
                let len = header.len as usize;
                while r.buf.len() - r.pos < len {
                    r.frame = Some((header, 0));
                    self.fill(r, ticket, deadline)?;
                }
                r.frame = None;
                let payload = r.buf[r.pos..r.pos + len].to_vec();
                r.pos += len;
                if let Some(t) = self.control(header.opcode, payload)? {
                    return Ok((0, t));
                }
                continue;
            }
            if header.len > u64::from(u32::MAX) {
                let _ = self.fail(1009);
                return Err(Stop::Failed(Win32Error::NOT_SUPPORTED));
            }
            match (header.opcode, r.message) {
                (Opcode::Continuation, None) => return Err(self.fail(PROTOCOL_ERROR)),
                (Opcode::Text | Opcode::Binary, Some(_)) => return Err(self.fail(PROTOCOL_ERROR)),
                (Opcode::Text, None) => {
                    r.message = Some(true);
                    r.utf8 = Utf8Validator::default();
                }
                (Opcode::Binary, None) => r.message = Some(false),
                _ => {}
            }
            let text = r.message.unwrap_or(false);
            if header.len == 0 {
                if header.fin {
                    r.message = None;
                    if text && !r.utf8.finish() {
                        return Err(self.fail(INVALID_PAYLOAD));
                    }
                }
                return Ok((0, BufferType::of(text, header.fin)));
            }
            r.frame = Some((header, header.len));
        }
    }

    /// WinHttpWebSocketSend. `Close` is not a type one can send \[26\].
    pub fn send(&self, kind: BufferType, data: &[u8]) -> Win32Result<()> {
        let (text, last) = match kind {
            BufferType::BinaryMessage => (false, true),
            BufferType::BinaryFragment => (false, false),
            BufferType::Utf8Message => (true, true),
            BufferType::Utf8Fragment => (true, false),
            BufferType::Close => return Err(Win32Error::INVALID_PARAMETER),
        };
        {
            let f = lock(&self.flags);
            if f.close_sent || f.close_called || f.dead || f.close_received.is_some() {
                return Err(INVALID_OPERATION);
            }
        }
        let mut sending = lock(&self.sending);
        let opcode = match *sending {
            // A fragmented message continues with fragments of its own kind [24].
            Some(open) if open != text => return Err(Win32Error::INVALID_PARAMETER),
            Some(_) => Opcode::Continuation,
            None if text => Opcode::Text,
            None => Opcode::Binary,
        };
        self.write_frame(opcode, last, data)?;
        *sending = if last { None } else { Some(text) };
        Ok(())
    }

    /// Check whether a Receive may start now, and mark it pending.
    pub fn begin_receive(&self) -> Win32Result<u64> {
        let mut f = lock(&self.flags);
        if f.close_called {
            return Err(CANCELLED);
        }
        if f.receive_pending || f.close_received.is_some() {
            return Err(INVALID_OPERATION);
        }
        if f.dead {
            return Err(CONNECTION_ERROR);
        }
        f.receive_pending = true;
        Ok(self.cancel.load(Ordering::SeqCst))
    }

    /// Finish a Receive begun with [`begin_receive`](Self::begin_receive).
    pub fn finish_receive(&self, ticket: u64, out: &mut [u8]) -> Win32Result<(usize, BufferType)> {
        let result = {
            let mut r = lock(&self.reader);
            if self.cancel.load(Ordering::SeqCst) != ticket {
                Err(Stop::Cancelled)
            } else {
                self.read_piece(&mut r, out, ticket, None)
            }
        };
        lock(&self.flags).receive_pending = false;
        result.map_err(Win32Error::from)
    }

    /// WinHttpWebSocketReceive, blocking.
    pub fn receive(&self, out: &mut [u8]) -> Win32Result<(usize, BufferType)> {
        if out.is_empty() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let ticket = self.begin_receive()?;
        self.finish_receive(ticket, out)
    }

    /// WinHttpWebSocketShutdown: send the close frame, keep receiving.
    pub fn shutdown(&self, status: u16, reason: &[u8]) -> Win32Result<()> {
        {
            let mut f = lock(&self.flags);
            if f.close_sent || f.close_called || f.dead {
                return Err(INVALID_OPERATION);
            }
            f.close_sent = true;
        }
        self.send_close_frame(status, reason)
    }

    /// Stop a pending Receive: it fails with ERROR_WINHTTP_OPERATION_CANCELLED.
    pub fn cancel_receive(&self) {
        self.cancel.fetch_add(1, Ordering::SeqCst);
        self.wire.wake();
    }

    /// Start a Close: mark it, cancel a pending Receive and send the close
    /// frame unless one went out already. `Ok(true)` when the peer's close
    /// frame is already here and nothing is left to wait for \[46\].
    pub fn begin_close(&self, status: u16, reason: &[u8]) -> Win32Result<bool> {
        let send = {
            let mut f = lock(&self.flags);
            if f.close_called || f.dead && f.close_received.is_none() {
                return Err(INVALID_OPERATION);
            }
            f.close_called = true;
            !std::mem::replace(&mut f.close_sent, true)
        };
        self.cancel_receive();
        if send {
            self.send_close_frame(status, reason)?;
        }
        let done = lock(&self.flags).close_received.is_some();
        if done {
            self.wire.shutdown();
            lock(&self.flags).dead = true;
        }
        Ok(done)
    }

    /// Finish a Close: wait for the peer's close frame up to the close
    /// timeout, dropping data, then close the connection.
    pub fn finish_close(&self) -> Win32Result<()> {
        let deadline = Instant::now() + lock(&self.timers).close_timeout;
        let mut r = lock(&self.reader);
        self.wire.clear_wake();
        let ticket = self.cancel.load(Ordering::SeqCst);
        let mut scratch = vec![0u8; 4096];
        let result = loop {
            if lock(&self.flags).close_received.is_some() {
                break Ok(());
            }
            match self.read_piece(&mut r, &mut scratch, ticket, Some(deadline)) {
                Ok(_) => {}
                // The peer never answered: close anyway [50].
                Err(Stop::TimedOut) => break Ok(()),
                Err(Stop::Cancelled) => break Err(CANCELLED),
                Err(Stop::Failed(e)) => break Err(e),
            }
        };
        self.wire.shutdown();
        lock(&self.flags).dead = true;
        result
    }

    /// WinHttpWebSocketClose, blocking.
    pub fn close(&self, status: u16, reason: &[u8]) -> Win32Result<()> {
        if self.begin_close(status, reason)? {
            return Ok(());
        }
        self.finish_close()
    }

    /// WinHttpWebSocketQueryCloseStatus: the peer's status and reason.
    pub fn close_status(&self) -> Win32Result<(u16, Vec<u8>)> {
        lock(&self.flags)
            .close_received
            .clone()
            .ok_or(INVALID_OPERATION)
    }

    /// The handle is closing: cancel everything and drop the connection.
    pub fn abort(&self) {
        self.cancel_receive();
        self.kill();
    }

    pub fn receive_pending(&self) -> bool {
        lock(&self.flags).receive_pending
    }
}
