//! The WebSocket connection as a sans-IO state machine, in the shape of
//! quinn-proto and this repository's `wdstptc` machines: bytes from the
//! peer and timer expiries in; bytes to send, delivered fragments, the
//! close status and the next deadline out. It owns no socket and no
//! thread, so every rule below is unit-tested without either; the
//! runtime ([`crate::websocket`] over [`crate::runtime`]) moves the bytes.
//!
//! Rules from CONFORMANCE.md (items in brackets):
//! - a received fragment is `*_FRAGMENT` unless it ends a message, which
//!   depends on FIN and on whether the caller's buffer drained the frame
//!   (§5); a close frame reads as `CLOSE_BUFFER_TYPE` with 0 bytes \[35\];
//! - pings are answered with their payload (RFC 6455 §5.5.3, not Wine's
//!   empty pong \[36\]); pongs are dropped;
//! - a server frame that breaks RFC 6455 queues a close frame (1002, or
//!   1007 for invalid UTF-8), fails the connection, and the read fails with
//!   ERROR_WINHTTP_INVALID_SERVER_RESPONSE; a 64-bit length beyond 4 GiB
//!   is ERROR_NOT_SUPPORTED \[36\];
//! - Close sends its close frame unless Shutdown already did \[43\], then
//!   drops data until the peer's close frame or the close timeout \[50\]; a
//!   second Close is ERROR_INVALID_OPERATION \[48\]; a Receive after Close
//!   is cancelled \[34\];
//! - while open, every keep-alive interval without traffic from the peer
//!   asks for an unsolicited pong (RFC 6455 §5.5.3 allows it), so a
//!   Receive never times out by itself \[62\].

use std::time::{Duration, Instant};

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::ERROR_INVALID_OPERATION;
use windows_sys::Win32::Networking::WinHttp as wh;

use crate::frame::{self, Header, INVALID_PAYLOAD, Opcode, PROTOCOL_ERROR};
use crate::http;
use crate::utf8::Utf8Validator;

pub const INVALID_OPERATION: Win32Error = Win32Error(ERROR_INVALID_OPERATION);
pub const CANCELLED: Win32Error = Win32Error(wh::ERROR_WINHTTP_OPERATION_CANCELLED);
pub const INVALID_SERVER_RESPONSE: Win32Error =
    Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);
pub const CONNECTION_ERROR: Win32Error = Win32Error(wh::ERROR_WINHTTP_CONNECTION_ERROR);

/// "Message too big" (RFC 6455 §7.4.1), for frames beyond 4 GiB.
const MESSAGE_TOO_BIG: u16 = 1009;
/// Input kept after it is consumed is released above this size, so an
/// idle connection holds no large buffer.
const KEEP_INPUT: usize = 4096;

/// The largest handshake answer read ahead of the frames: the default of
/// WINHTTP_OPTION_MAX_RESPONSE_HEADER_SIZE.
const HANDSHAKE_MAX_HEAD: usize = 64 * 1024;

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

/// Where the closing handshake stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Neither side has sent a close frame.
    Open,
    /// Ours went out (Shutdown or Close); the peer's has not arrived.
    CloseSent,
    /// The peer's arrived; ours has not gone out.
    CloseReceived,
    /// Both went out, or Close gave up waiting: the connection may go.
    Closed,
    /// The peer broke the protocol or the connection dropped.
    Failed,
}

/// Where masking keys come from: the OS CSPRNG in use, a fixed sequence
/// in tests.
pub type MaskSource = fn() -> Win32Result<[u8; 4]>;

/// Masking keys from the OS CSPRNG, fetched 64 keys at a time rather than
/// with one syscall per frame.
pub fn random_mask() -> Win32Result<[u8; 4]> {
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

pub struct Machine {
    state: State,
    /// The peer's close status and reason.
    peer_close: Option<(u16, Vec<u8>)>,
    /// Close was called: reads are cancelled, data is dropped.
    close_called: bool,
    /// What the read that meets a failure returns; later ones get
    /// CONNECTION_ERROR.
    failure: Option<Win32Error>,
    input: Vec<u8>,
    pos: usize,
    /// The data frame being read and how much of it is left.
    frame: Option<(Header, u64)>,
    /// A message is in progress; `true` for text.
    message: Option<bool>,
    utf8: Utf8Validator,
    /// An open fragmented message we are sending; `true` for text.
    sending: Option<bool>,
    output: Vec<u8>,
    timers: Timers,
    keepalive_at: Instant,
    close_deadline: Option<Instant>,
    masks: MaskSource,
    /// The Sec-WebSocket-Accept of an opening handshake whose answer has
    /// not been read: it comes before the first frame.
    handshake: Option<String>,
}

impl Machine {
    /// A connection after a 101 response; `leftover` holds bytes already
    /// read past the response headers \[10\].
    pub fn new(leftover: Vec<u8>, timers: Timers, now: Instant, masks: MaskSource) -> Machine {
        Machine {
            state: State::Open,
            peer_close: None,
            close_called: false,
            failure: None,
            input: leftover,
            pos: 0,
            frame: None,
            message: None,
            utf8: Utf8Validator::default(),
            sending: None,
            output: Vec::new(),
            timers,
            keepalive_at: now + timers.keepalive,
            close_deadline: None,
            masks,
            handshake: None,
        }
    }

    /// The server's answer to the opening handshake is still to come (a
    /// socket made before ReceiveResponse): the first bytes read must be a
    /// 101 with `accept` \[RFC 6455 4.1\], or the connection fails.
    pub fn expect_handshake(&mut self, accept: String) {
        self.handshake = Some(accept);
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn set_timers(&mut self, timers: Timers, now: Instant) {
        self.timers = timers;
        self.keepalive_at = now + timers.keepalive;
    }

    pub fn timers(&self) -> Timers {
        self.timers
    }

    /// The connection has nothing more to do once its output is flushed.
    pub fn is_finished(&self) -> bool {
        matches!(self.state, State::Closed | State::Failed)
    }

    // ---- input ----

    /// Bytes from the peer.
    pub fn feed(&mut self, data: &[u8], now: Instant) {
        if self.pos == self.input.len() {
            self.input.clear();
            self.pos = 0;
        }
        self.input.extend_from_slice(data);
        self.keepalive_at = now + self.timers.keepalive;
    }

    /// The peer closed the connection. Inside a frame that is a broken
    /// frame, else a dropped connection.
    pub fn feed_eof(&mut self) {
        if self.is_finished() {
            return;
        }
        let mid_frame = self.frame.is_some() || self.pos < self.input.len();
        self.state = State::Failed;
        self.failure = Some(if mid_frame {
            INVALID_SERVER_RESPONSE
        } else {
            CONNECTION_ERROR
        });
    }

    /// The transport failed.
    pub fn feed_error(&mut self) {
        if !self.is_finished() {
            self.state = State::Failed;
            self.failure = Some(CONNECTION_ERROR);
        }
    }

    fn release_input(&mut self) {
        if self.pos == self.input.len() {
            self.pos = 0;
            if self.input.capacity() > KEEP_INPUT {
                self.input = Vec::new();
            } else {
                self.input.clear();
            }
        }
    }

    // ---- output ----

    /// Bytes to send, in order.
    pub fn transmit(&self) -> &[u8] {
        &self.output
    }

    /// `n` bytes of [`transmit`](Self::transmit) went out.
    pub fn advance_transmit(&mut self, n: usize) {
        self.output.drain(..n.min(self.output.len()));
        if self.output.is_empty() && self.output.capacity() > 1 << 20 {
            self.output = Vec::new();
        }
    }

    fn queue_frame(&mut self, opcode: Opcode, fin: bool, payload: &[u8]) -> Win32Result<()> {
        let mask = (self.masks)()?;
        let header = Header {
            fin,
            opcode,
            mask: Some(mask),
            len: payload.len() as u64,
        };
        let mut head = [0u8; frame::MAX_HEADER];
        let n = frame::encode_header(&header, &mut head);
        self.output.reserve(n + payload.len());
        self.output.extend_from_slice(&head[..n]);
        let at = self.output.len();
        self.output.extend_from_slice(payload);
        frame::apply_mask(&mut self.output[at..], mask, 0);
        Ok(())
    }

    fn queue_close(&mut self, status: u16, reason: &[u8]) -> Win32Result<()> {
        self.queue_frame(Opcode::Close, true, &frame::encode_close(status, reason))
    }

    /// The server broke RFC 6455: tell it why, then fail \[36\].
    fn fail(&mut self, status: u16, error: Win32Error) -> Win32Error {
        if matches!(self.state, State::Open | State::CloseReceived) {
            let _ = self.queue_close(status, b"");
        }
        self.state = State::Failed;
        self.failure = None;
        error
    }

    // ---- the API's verbs ----

    /// WinHttpWebSocketSend. `Close` is not a type one can send \[26\].
    pub fn send(&mut self, kind: BufferType, data: &[u8]) -> Win32Result<()> {
        let (text, last) = match kind {
            BufferType::BinaryMessage => (false, true),
            BufferType::BinaryFragment => (false, false),
            BufferType::Utf8Message => (true, true),
            BufferType::Utf8Fragment => (true, false),
            BufferType::Close => return Err(Win32Error::INVALID_PARAMETER),
        };
        if self.state != State::Open || self.close_called {
            return Err(INVALID_OPERATION);
        }
        let opcode = match self.sending {
            // A fragmented message continues with fragments of its own kind [24].
            Some(open) if open != text => return Err(Win32Error::INVALID_PARAMETER),
            Some(_) => Opcode::Continuation,
            None if text => Opcode::Text,
            None => Opcode::Binary,
        };
        self.queue_frame(opcode, last, data)?;
        self.sending = if last { None } else { Some(text) };
        Ok(())
    }

    /// May a Receive start now?
    pub fn check_receive(&self) -> Win32Result<()> {
        if self.close_called {
            return Err(CANCELLED);
        }
        match self.state {
            State::CloseReceived | State::Closed => Err(INVALID_OPERATION),
            State::Failed => Err(CONNECTION_ERROR),
            State::Open | State::CloseSent => Ok(()),
        }
    }

    /// WinHttpWebSocketShutdown: queue our close frame, keep receiving.
    pub fn shutdown(&mut self, status: u16, reason: &[u8]) -> Win32Result<()> {
        match self.state {
            State::Open if !self.close_called => {}
            _ => return Err(INVALID_OPERATION),
        }
        self.queue_close(status, reason)?;
        self.state = State::CloseSent;
        Ok(())
    }

    /// WinHttpWebSocketClose: queue our close frame unless one went out
    /// \[43\], and wait for the peer's up to the close timeout. `Ok(true)`
    /// when the peer's close frame is already here \[46\].
    pub fn close(&mut self, status: u16, reason: &[u8], now: Instant) -> Win32Result<bool> {
        if self.close_called || self.state == State::Failed {
            return Err(INVALID_OPERATION);
        }
        self.close_called = true;
        match self.state {
            State::Open => {
                self.queue_close(status, reason)?;
                self.state = State::CloseSent;
            }
            State::CloseReceived => {
                self.queue_close(status, reason)?;
                self.state = State::Closed;
            }
            _ => {}
        }
        if self.state == State::CloseSent {
            self.close_deadline = Some(now + self.timers.close_timeout);
            return Ok(false);
        }
        self.state = State::Closed;
        Ok(true)
    }

    /// While Close waits: drop data until the peer's close frame. `None`
    /// while more input is needed; `Some(Ok)` once the connection may go.
    pub fn drain_close(&mut self) -> Option<Win32Result<()>> {
        let mut scratch = [0u8; 4096];
        loop {
            match self.state {
                State::Closed => return Some(Ok(())),
                State::Failed => {
                    return Some(Err(self.failure.take().unwrap_or(CONNECTION_ERROR)));
                }
                _ => {}
            }
            match self.next_piece(&mut scratch)? {
                Ok(_) => {}
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// WinHttpWebSocketQueryCloseStatus: the peer's status and reason.
    pub fn close_status(&self) -> Win32Result<(u16, Vec<u8>)> {
        self.peer_close.clone().ok_or(INVALID_OPERATION)
    }

    /// The handle is closing: nothing more goes in or out.
    pub fn abort(&mut self) {
        self.close_called = true;
        if !self.is_finished() {
            self.state = State::Failed;
            self.failure = Some(CANCELLED);
        }
    }

    // ---- timers ----

    /// When [`handle_timeout`](Self::handle_timeout) wants to run next.
    pub fn poll_timeout(&self) -> Option<Instant> {
        match self.state {
            State::Open => Some(self.keepalive_at),
            State::CloseSent => self.close_deadline,
            _ => None,
        }
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        match self.state {
            State::Open if now >= self.keepalive_at => {
                // An unsolicited pong keeps the connection alive [62].
                let _ = self.queue_frame(Opcode::Pong, true, b"");
                self.keepalive_at = now + self.timers.keepalive;
            }
            State::CloseSent if self.close_deadline.is_some_and(|d| now >= d) => {
                // The peer never answered our close: close anyway [50].
                self.state = State::Closed;
            }
            _ => {}
        }
    }

    // ---- reading ----

    /// How many payload bytes the runtime may read from the transport
    /// straight into a caller's buffer of `room` bytes: nonzero only when
    /// nothing is buffered and a data frame's payload is next, so large
    /// messages skip a copy.
    pub fn direct_read_len(&self, room: usize) -> usize {
        match self.frame {
            Some((_, remaining)) if self.pos == self.input.len() && self.state_readable() => {
                remaining.min(room as u64) as usize
            }
            _ => 0,
        }
    }

    fn state_readable(&self) -> bool {
        matches!(self.state, State::Open | State::CloseSent)
    }

    /// Account for `data`, payload the runtime read straight into the
    /// caller's buffer (at most [`direct_read_len`](Self::direct_read_len)).
    pub fn read_direct(&mut self, data: &[u8], now: Instant) -> Win32Result<(usize, BufferType)> {
        self.keepalive_at = now + self.timers.keepalive;
        self.payload_read(data)
    }

    /// The next piece of a message, or the close frame, into `out`;
    /// `None` while more input is needed.
    pub fn read(&mut self, out: &mut [u8]) -> Option<Win32Result<(usize, BufferType)>> {
        if self.state == State::Failed {
            return Some(Err(self.failure.take().unwrap_or(CONNECTION_ERROR)));
        }
        self.next_piece(out)
    }

    fn payload_read(&mut self, data: &[u8]) -> Win32Result<(usize, BufferType)> {
        let Some((header, remaining)) = self.frame else {
            return Err(CONNECTION_ERROR);
        };
        let text = self.message.unwrap_or(false);
        let n = data.len();
        let left = remaining - n as u64;
        if text && !self.utf8.feed(data) {
            return Err(self.fail(INVALID_PAYLOAD, INVALID_SERVER_RESPONSE));
        }
        let last = left == 0 && header.fin;
        self.frame = (left > 0).then_some((header, left));
        if last {
            self.message = None;
            if text && !self.utf8.finish() {
                return Err(self.fail(INVALID_PAYLOAD, INVALID_SERVER_RESPONSE));
            }
        }
        Ok((n, BufferType::of(text, last)))
    }

    fn next_piece(&mut self, out: &mut [u8]) -> Option<Win32Result<(usize, BufferType)>> {
        loop {
            if let Some(accept) = &self.handshake {
                match http::parse_response(&self.input[self.pos..], HANDSHAKE_MAX_HEAD) {
                    Ok(None) => return None,
                    Ok(Some((response, used))) if http::completes_handshake(&response, accept) => {
                        self.pos += used;
                        self.handshake = None;
                        continue;
                    }
                    // No WebSocket was established: the connection is
                    // dropped without a close frame \[RFC 6455 4.1, 7.1.7\].
                    _ => {
                        self.state = State::Failed;
                        return Some(Err(INVALID_SERVER_RESPONSE));
                    }
                }
            }
            if let Some((_, remaining)) = self.frame {
                let text = self.message.unwrap_or(false);
                let want = remaining.min(out.len() as u64) as usize;
                if want == 0 {
                    return Some(Ok((0, BufferType::of(text, false))));
                }
                let n = want.min(self.input.len() - self.pos);
                if n == 0 {
                    self.release_input();
                    return None;
                }
                out[..n].copy_from_slice(&self.input[self.pos..self.pos + n]);
                self.pos += n;
                let piece = self.payload_read(&out[..n]);
                self.release_input();
                return Some(piece);
            }
            let (header, used) = match frame::decode_header(&self.input[self.pos..]) {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.release_input();
                    return None;
                }
                Err(_) => return Some(Err(self.fail(PROTOCOL_ERROR, INVALID_SERVER_RESPONSE))),
            };
            if header.opcode.is_control() {
                let len = header.len as usize;
                // A control frame is handled whole: wait until it all is here.
                if self.input.len() - self.pos - used < len {
                    return None;
                }
                let start = self.pos + used;
                let payload = self.input[start..start + len].to_vec();
                self.pos = start + len;
                match self.control(header.opcode, &payload) {
                    Ok(Some(t)) => {
                        self.release_input();
                        return Some(Ok((0, t)));
                    }
                    Ok(None) => continue,
                    Err(e) => return Some(Err(e)),
                }
            }
            self.pos += used;
            if header.len > u64::from(u32::MAX) {
                return Some(Err(self.fail(MESSAGE_TOO_BIG, Win32Error::NOT_SUPPORTED)));
            }
            match (header.opcode, self.message) {
                (Opcode::Continuation, None) | (Opcode::Text | Opcode::Binary, Some(_)) => {
                    return Some(Err(self.fail(PROTOCOL_ERROR, INVALID_SERVER_RESPONSE)));
                }
                (Opcode::Text, None) => {
                    self.message = Some(true);
                    self.utf8 = Utf8Validator::default();
                }
                (Opcode::Binary, None) => self.message = Some(false),
                _ => {}
            }
            self.frame = Some((header, header.len));
            if header.len == 0 {
                return Some(self.payload_read(&[]));
            }
        }
    }

    /// A whole control frame: answer a ping, drop a pong, take a close.
    fn control(&mut self, opcode: Opcode, payload: &[u8]) -> Win32Result<Option<BufferType>> {
        match opcode {
            Opcode::Ping => {
                if self.state == State::Open {
                    self.queue_frame(Opcode::Pong, true, payload)?;
                }
                Ok(None)
            }
            Opcode::Pong => Ok(None),
            _ => {
                let (status, reason) = frame::decode_close(payload)
                    .map_err(|status| self.fail(status, INVALID_SERVER_RESPONSE))?;
                self.peer_close = Some((status, reason));
                self.state = match self.state {
                    State::CloseSent => State::Closed,
                    _ => State::CloseReceived,
                };
                Ok(Some(BufferType::Close))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed_mask() -> Win32Result<[u8; 4]> {
        Ok([0, 0, 0, 0])
    }

    fn machine() -> (Machine, Instant) {
        let now = Instant::now();
        (
            Machine::new(Vec::new(), Timers::default(), now, fixed_mask),
            now,
        )
    }

    /// An unmasked server frame.
    fn server_frame(fin: bool, opcode: Opcode, payload: &[u8]) -> Vec<u8> {
        let mut head = [0u8; frame::MAX_HEADER];
        let h = Header {
            fin,
            opcode,
            mask: None,
            len: payload.len() as u64,
        };
        let n = frame::encode_header(&h, &mut head);
        let mut v = head[..n].to_vec();
        v.extend_from_slice(payload);
        v
    }

    /// Decode the client frames the machine queued (zero mask).
    fn sent(m: &mut Machine) -> Vec<(Opcode, bool, Vec<u8>)> {
        let mut out = Vec::new();
        let bytes = m.transmit().to_vec();
        m.advance_transmit(bytes.len());
        let mut at = 0;
        while at < bytes.len() {
            let b0 = bytes[at];
            let len = (bytes[at + 1] & 0x7F) as usize;
            assert!(len < 126);
            let opcode = match b0 & 0x0F {
                0 => Opcode::Continuation,
                1 => Opcode::Text,
                2 => Opcode::Binary,
                8 => Opcode::Close,
                9 => Opcode::Ping,
                _ => Opcode::Pong,
            };
            out.push((opcode, b0 & 0x80 != 0, bytes[at + 6..at + 6 + len].to_vec()));
            at += 6 + len;
        }
        out
    }

    /// RFC 6455 1.3's example key and its accept value.
    const SAMPLE_ACCEPT: &str = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    fn handshake_answer(accept: &str) -> Vec<u8> {
        format!(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn a_pending_handshake_is_read_before_the_first_frame() {
        assert_eq!(http::accept_for("dGhlIHNhbXBsZSBub25jZQ=="), SAMPLE_ACCEPT);
        let (mut m, now) = machine();
        m.expect_handshake(SAMPLE_ACCEPT.to_string());
        let mut wire = handshake_answer(SAMPLE_ACCEPT);
        wire.extend(server_frame(true, Opcode::Text, b"hi"));
        let mut buf = [0u8; 8];
        // Half the head: nothing yet.
        m.feed(&wire[..20], now);
        assert!(m.read(&mut buf).is_none());
        m.feed(&wire[20..], now);
        assert_eq!(m.read(&mut buf), Some(Ok((2, BufferType::Utf8Message))));
        assert_eq!(&buf[..2], b"hi");
    }

    #[test]
    fn a_wrong_handshake_answer_fails_without_a_close_frame() {
        for answer in [
            handshake_answer("d3JvbmcgYWNjZXB0IHZhbHVlIQ=="),
            b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".to_vec(),
            b"\x81\x02hi".to_vec(),
        ] {
            let (mut m, now) = machine();
            m.expect_handshake(SAMPLE_ACCEPT.to_string());
            m.feed(&answer, now);
            let mut buf = [0u8; 8];
            assert_eq!(m.read(&mut buf), Some(Err(INVALID_SERVER_RESPONSE)));
            assert!(m.transmit().is_empty());
            assert_eq!(m.state(), State::Failed);
        }
    }

    #[test]
    fn fragments_follow_fin_and_the_callers_buffer() {
        let (mut m, now) = machine();
        let mut buf = [0u8; 3];
        assert!(m.read(&mut buf).is_none());
        m.feed(&server_frame(false, Opcode::Binary, b"abcd"), now);
        assert_eq!(m.read(&mut buf), Some(Ok((3, BufferType::BinaryFragment))));
        assert_eq!(m.read(&mut buf), Some(Ok((1, BufferType::BinaryFragment))));
        assert!(m.read(&mut buf).is_none());
        m.feed(&server_frame(true, Opcode::Continuation, b"ef"), now);
        assert_eq!(m.read(&mut buf), Some(Ok((2, BufferType::BinaryMessage))));
        assert_eq!(&buf[..2], b"ef");
        // An empty text message is a whole message of 0 bytes.
        m.feed(&server_frame(true, Opcode::Text, b""), now);
        assert_eq!(m.read(&mut buf), Some(Ok((0, BufferType::Utf8Message))));
    }

    #[test]
    fn bytes_arrive_one_at_a_time() {
        let (mut m, now) = machine();
        let wire = server_frame(true, Opcode::Text, "wörld".as_bytes());
        let mut got = Vec::new();
        let mut buf = [0u8; 64];
        for b in &wire {
            m.feed(&[*b], now);
            while let Some(r) = m.read(&mut buf) {
                let (n, t) = r.unwrap();
                got.extend_from_slice(&buf[..n]);
                if t == BufferType::Utf8Message {
                    break;
                }
            }
        }
        assert_eq!(got, "wörld".as_bytes());
    }

    #[test]
    fn direct_reads_skip_the_buffer() {
        let (mut m, now) = machine();
        let payload = vec![5u8; 300];
        let wire = server_frame(true, Opcode::Binary, &payload);
        // The header and 10 bytes arrive; the rest goes straight to the caller.
        m.feed(&wire[..14], now);
        let mut buf = vec![0u8; 1000];
        assert_eq!(m.read(&mut buf), Some(Ok((10, BufferType::BinaryFragment))));
        assert_eq!(m.direct_read_len(1000), 290);
        assert_eq!(m.direct_read_len(100), 100);
        buf[..290].copy_from_slice(&wire[14..]);
        assert_eq!(
            m.read_direct(&buf[..290], now),
            Ok((290, BufferType::BinaryMessage))
        );
        assert_eq!(m.direct_read_len(1000), 0);
    }

    #[test]
    fn pings_are_answered_with_their_payload_and_pongs_dropped() {
        let (mut m, now) = machine();
        let mut wire = server_frame(true, Opcode::Ping, b"hi");
        wire.extend(server_frame(true, Opcode::Pong, b"x"));
        wire.extend(server_frame(true, Opcode::Binary, b"z"));
        m.feed(&wire, now);
        let mut buf = [0u8; 8];
        assert_eq!(m.read(&mut buf), Some(Ok((1, BufferType::BinaryMessage))));
        assert_eq!(sent(&mut m), vec![(Opcode::Pong, true, b"hi".to_vec())]);
    }

    #[test]
    fn a_partial_control_frame_waits_whole() {
        let (mut m, now) = machine();
        let wire = server_frame(true, Opcode::Ping, b"12345");
        m.feed(&wire[..4], now);
        let mut buf = [0u8; 8];
        assert!(m.read(&mut buf).is_none());
        assert!(m.transmit().is_empty());
        m.feed(&wire[4..], now);
        assert!(m.read(&mut buf).is_none());
        assert_eq!(sent(&mut m), vec![(Opcode::Pong, true, b"12345".to_vec())]);
    }

    #[test]
    fn violations_queue_a_close_and_fail() {
        for (wire, status, error) in [
            (vec![0x91, 0x00], 1002u16, INVALID_SERVER_RESPONSE),
            (
                server_frame(true, Opcode::Continuation, b"x"),
                1002,
                INVALID_SERVER_RESPONSE,
            ),
            (
                server_frame(true, Opcode::Text, b"\xff"),
                1007,
                INVALID_SERVER_RESPONSE,
            ),
            (
                server_frame(true, Opcode::Close, b"\x03"),
                1002,
                INVALID_SERVER_RESPONSE,
            ),
            (
                vec![0x82, 127, 0, 0, 0, 1, 0, 0, 0, 0],
                1009,
                Win32Error::NOT_SUPPORTED,
            ),
        ] {
            let (mut m, now) = machine();
            m.feed(&wire, now);
            let mut buf = [0u8; 8];
            assert_eq!(m.read(&mut buf), Some(Err(error)));
            assert_eq!(m.state(), State::Failed);
            assert_eq!(
                sent(&mut m),
                vec![(Opcode::Close, true, status.to_be_bytes().to_vec())]
            );
            assert_eq!(m.check_receive(), Err(CONNECTION_ERROR));
            assert_eq!(m.read(&mut buf), Some(Err(CONNECTION_ERROR)));
        }
    }

    #[test]
    fn eof_inside_a_frame_is_a_bad_response_else_a_dropped_connection() {
        let (mut m, now) = machine();
        m.feed(&server_frame(true, Opcode::Binary, b"abc")[..3], now);
        let mut buf = [0u8; 1];
        assert_eq!(m.read(&mut buf), Some(Ok((1, BufferType::BinaryFragment))));
        m.feed_eof();
        assert_eq!(m.read(&mut buf), Some(Err(INVALID_SERVER_RESPONSE)));
        let (mut m, _) = machine();
        m.feed_eof();
        assert_eq!(m.read(&mut buf), Some(Err(CONNECTION_ERROR)));
    }

    #[test]
    fn sending_rules() {
        let (mut m, _) = machine();
        m.send(BufferType::BinaryFragment, b"a").unwrap();
        // A fragmented message continues with fragments of its own kind [24].
        assert_eq!(
            m.send(BufferType::Utf8Message, b"b"),
            Err(Win32Error::INVALID_PARAMETER)
        );
        m.send(BufferType::BinaryMessage, b"c").unwrap();
        assert_eq!(
            m.send(BufferType::Close, b""),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            sent(&mut m),
            vec![
                (Opcode::Binary, false, b"a".to_vec()),
                (Opcode::Continuation, true, b"c".to_vec())
            ]
        );
    }

    #[test]
    fn shutdown_then_the_peers_close_then_close_completes_at_once() {
        let (mut m, now) = machine();
        m.shutdown(1000, b"done").unwrap();
        assert_eq!(m.state(), State::CloseSent);
        assert_eq!(m.shutdown(1000, b""), Err(INVALID_OPERATION));
        assert_eq!(
            m.send(BufferType::BinaryMessage, b"x"),
            Err(INVALID_OPERATION)
        );
        assert_eq!(m.check_receive(), Ok(()));
        m.feed(&server_frame(true, Opcode::Close, b"\x03\xe8ok"), now);
        let mut buf = [0u8; 8];
        assert_eq!(m.read(&mut buf), Some(Ok((0, BufferType::Close))));
        assert_eq!(m.close_status(), Ok((1000, b"ok".to_vec())));
        assert_eq!(m.check_receive(), Err(INVALID_OPERATION));
        // Shutdown already sent ours: Close sends nothing more [43, 46].
        sent(&mut m);
        assert_eq!(m.close(1000, b"", now), Ok(true));
        assert!(m.transmit().is_empty());
        assert_eq!(m.close(1000, b"", now), Err(INVALID_OPERATION));
    }

    #[test]
    fn close_drops_data_until_the_peers_close() {
        let (mut m, now) = machine();
        assert_eq!(m.close(1000, b"bye", now), Ok(false));
        assert_eq!(m.check_receive(), Err(CANCELLED));
        assert_eq!(
            sent(&mut m),
            vec![(Opcode::Close, true, b"\x03\xe8bye".to_vec())]
        );
        assert!(m.drain_close().is_none());
        m.feed(&server_frame(true, Opcode::Binary, b"late"), now);
        assert!(m.drain_close().is_none());
        m.feed(&server_frame(true, Opcode::Close, b""), now);
        assert_eq!(m.drain_close(), Some(Ok(())));
        assert_eq!(
            m.close_status(),
            Ok((frame::EMPTY_CLOSE_STATUS, Vec::new()))
        );
        assert!(m.is_finished());
    }

    #[test]
    fn the_peers_close_first_then_close_answers_it() {
        let (mut m, now) = machine();
        m.feed(&server_frame(true, Opcode::Close, b"\x03\xe9"), now);
        let mut buf = [0u8; 8];
        assert_eq!(m.read(&mut buf), Some(Ok((0, BufferType::Close))));
        assert_eq!(m.state(), State::CloseReceived);
        assert_eq!(m.close(1000, b"", now), Ok(true));
        assert_eq!(
            sent(&mut m),
            vec![(Opcode::Close, true, b"\x03\xe8".to_vec())]
        );
        assert_eq!(m.state(), State::Closed);
    }

    #[test]
    fn the_close_timeout_gives_up_waiting() {
        let (mut m, now) = machine();
        m.close(1000, b"", now).unwrap();
        let deadline = m.poll_timeout().unwrap();
        assert_eq!(deadline, now + Duration::from_secs(10));
        m.handle_timeout(deadline - Duration::from_millis(1));
        assert_eq!(m.state(), State::CloseSent);
        m.handle_timeout(deadline);
        assert_eq!(m.drain_close(), Some(Ok(())));
        assert_eq!(m.close_status(), Err(INVALID_OPERATION));
    }

    #[test]
    fn keepalive_pongs_only_after_silence() {
        let (mut m, now) = machine();
        let at = m.poll_timeout().unwrap();
        assert_eq!(at, now + Duration::from_secs(30));
        m.feed(
            &server_frame(true, Opcode::Binary, b"x"),
            now + Duration::from_secs(20),
        );
        m.handle_timeout(at);
        assert!(m.transmit().is_empty());
        let at = m.poll_timeout().unwrap();
        m.handle_timeout(at);
        assert_eq!(sent(&mut m), vec![(Opcode::Pong, true, Vec::new())]);
        m.shutdown(1000, b"").unwrap();
        assert_eq!(m.poll_timeout(), None);
    }

    #[test]
    fn abort_cancels_everything() {
        let (mut m, _) = machine();
        m.abort();
        let mut buf = [0u8; 4];
        assert_eq!(m.read(&mut buf), Some(Err(CANCELLED)));
        assert_eq!(m.check_receive(), Err(CANCELLED));
    }
}
