//! The WebSocket handle: WinHttpWebSocketSend, Receive, Shutdown, Close,
//! QueryCloseStatus and CloseHandle, in both modes, over the sans-IO
//! [`Machine`] and a non-blocking [`Transport`].
//!
//! Async mode (WINHTTP_FLAG_ASYNC), as CONFORMANCE.md B8 gives it: a Send
//! or Shutdown whose bytes the socket takes at once completes on the
//! calling thread before returning (WRITE_COMPLETE, SHUTDOWN_COMPLETE)
//! \[23, 39\]; one that must wait completes from the reactor, and a second
//! Send meanwhile is ERROR_INVALID_OPERATION \[26\]. Receive always
//! completes on a worker (READ_COMPLETE) \[29\]. Close cancels a pending
//! Receive inside the call \[34\] and completes inside the call when the
//! peer's close frame is already here \[46\], else from a worker \[45\].
//! The calls return NO_ERROR, not ERROR_IO_PENDING. CloseHandle cancels
//! what is pending (REQUEST_ERROR) and HANDLE_CLOSING comes last \[47, 60\].
//! Callbacks for one handle go through its [`Strand`], in order.
//!
//! Sync mode runs the same steps on the calling thread and waits in
//! poll() between them; a Close or CloseHandle on another thread wakes a
//! blocked Receive through an eventfd.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use mio::Token;
use win32::sync::lock;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

pub use crate::frame::{EMPTY_CLOSE_STATUS, MAX_CLOSE_REASON};
pub use crate::machine::{
    BufferType, CANCELLED, CONNECTION_ERROR, INVALID_OPERATION, INVALID_SERVER_RESPONSE, Timers,
};

use crate::api::Notify;
use crate::machine::{Machine, random_mask};
use crate::runtime::{self, Source, Strand, Woke};
use crate::transport::{Input, Transport};

/// How much one read asks the socket for.
const READ_CHUNK: usize = 64 * 1024;

thread_local! {
    /// Where reads land before the machine takes what it needs, shared by
    /// every connection a thread drives, so an idle one holds no buffer.
    static SCRATCH: RefCell<Vec<u8>> = RefCell::new(vec![0; READ_CHUNK]);
}

/// Which WebSocket operation an async result is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Send,
    Receive,
    Close,
    Shutdown,
}

impl Operation {
    fn raw(self) -> i32 {
        match self {
            Operation::Send => wh::WINHTTP_WEB_SOCKET_SEND_OPERATION,
            Operation::Receive => wh::WINHTTP_WEB_SOCKET_RECEIVE_OPERATION,
            Operation::Close => wh::WINHTTP_WEB_SOCKET_CLOSE_OPERATION,
            Operation::Shutdown => wh::WINHTTP_WEB_SOCKET_SHUTDOWN_OPERATION,
        }
    }
}

/// A buffer the application lends an async Receive until it completes.
struct Lent(*mut u8, usize);
// SAFETY: the application keeps the buffer alive and untouched until the
// operation completes, as WinHTTP's contract requires.
unsafe impl Send for Lent {}

/// A finished async operation, to be reported by callback.
enum Completion {
    Read(usize, BufferType),
    Wrote(usize, BufferType),
    ShutDown,
    Closed,
    Failed(Operation, Win32Error),
    HandleClosing,
}

impl Completion {
    /// The operation a Send's or Shutdown's completion belongs to.
    fn operation(&self) -> Operation {
        match self {
            Completion::ShutDown => Operation::Shutdown,
            _ => Operation::Send,
        }
    }

    /// The same operation, failed with `e`.
    fn failed(self, e: Win32Error) -> Completion {
        Completion::Failed(self.operation(), e)
    }
}

struct Core {
    transport: Transport,
    machine: Machine,
    token: Option<Token>,
    /// The deadline the reactor will wake us for.
    armed: Option<Instant>,
    receive: Option<Lent>,
    /// A synchronous Receive is in progress.
    receiving: bool,
    /// Bumped to cancel a blocked synchronous Receive.
    cancel_ticket: u64,
    close_pending: bool,
    /// Sends and a Shutdown whose bytes are still queued, in order.
    write_owed: VecDeque<Completion>,
    /// A write to the socket failed: the connection is gone.
    write_failed: bool,
    handle_closed: bool,
    shut: bool,
}

pub struct WebSocket {
    pub notify: Notify,
    pub async_mode: bool,
    strand: Arc<Strand>,
    core: Mutex<Core>,
    /// Wakes a blocked synchronous Receive (sync mode only).
    wake: Option<OwnedFd>,
}

fn eventfd() -> Win32Result<OwnedFd> {
    // SAFETY: eventfd takes no pointers; the result is checked.
    let fd = unsafe { libc::eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK) };
    if fd < 0 {
        return Err(Win32Error::from(std::io::Error::last_os_error()));
    }
    // SAFETY: eventfd succeeded, so the descriptor is open and ours.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

impl Core {
    /// Push queued output; `false` while some is left. A failed write
    /// fails the machine and the owed writes.
    fn flush(&mut self) -> bool {
        loop {
            let pending = self.machine.transmit();
            if pending.is_empty() {
                break;
            }
            match self.transport.write(pending) {
                Ok(0) => return false,
                Ok(n) => self.machine.advance_transmit(n),
                Err(_) => {
                    self.write_failed = true;
                    self.machine.feed_error();
                    let n = self.machine.transmit().len();
                    self.machine.advance_transmit(n);
                    break;
                }
            }
        }
        match self.transport.flush() {
            Ok(done) => done,
            Err(_) => {
                self.write_failed = true;
                self.machine.feed_error();
                true
            }
        }
    }

    /// Once `push` has everything out (or failed): the owed writes'
    /// completions, in order.
    fn settle_writes(&mut self) -> impl Iterator<Item = Completion> + use<'_> {
        let failed = self.write_failed;
        self.write_owed.drain(..).map(move |c| {
            if failed {
                c.failed(CONNECTION_ERROR)
            } else {
                c
            }
        })
    }

    /// Read what the socket has into the machine; `false` when it had
    /// nothing (wait for readable).
    fn pull(&mut self, now: Instant) -> bool {
        SCRATCH.with(|s| {
            let mut scratch = s.borrow_mut();
            match self.transport.read(&mut scratch) {
                Ok(Input::Data(n)) => {
                    self.machine.feed(&scratch[..n], now);
                    true
                }
                Ok(Input::WouldBlock) => false,
                Ok(Input::Eof) => {
                    self.machine.feed_eof();
                    true
                }
                Err(_) => {
                    self.machine.feed_error();
                    true
                }
            }
        })
    }

    /// The next piece into `out`, or `None` until the socket has more.
    fn receive_into(
        &mut self,
        out: &mut [u8],
        now: Instant,
    ) -> Option<Win32Result<(usize, BufferType)>> {
        loop {
            if let Some(r) = self.machine.read(out) {
                // Answers to pings go out with the next flush.
                self.flush();
                return Some(r);
            }
            let direct = self.machine.direct_read_len(out.len());
            if direct > 0 {
                match self.transport.read(&mut out[..direct]) {
                    Ok(Input::Data(n)) => return Some(self.machine.read_direct(&out[..n], now)),
                    Ok(Input::WouldBlock) => return None,
                    Ok(Input::Eof) => self.machine.feed_eof(),
                    Err(_) => self.machine.feed_error(),
                }
                continue;
            }
            if !self.pull(now) {
                return None;
            }
        }
    }

    /// Close waits: drop data until the peer's close frame.
    fn close_step(&mut self, now: Instant) -> Option<Win32Result<()>> {
        loop {
            if let Some(r) = self.machine.drain_close() {
                return Some(r);
            }
            if !self.pull(now) {
                return None;
            }
        }
    }

    /// Flush, and once the handshake is over and our bytes are out, drop
    /// the TCP connection; `false` while output is left.
    fn push(&mut self) -> bool {
        let flushed = self.flush();
        if flushed && self.machine.is_finished() && !self.shut {
            self.shut = true;
            self.transport.shutdown();
        }
        flushed
    }

    /// Run every pending async operation as far as the socket allows.
    fn step(&mut self, now: Instant, done: &mut Vec<Completion>) {
        if self.handle_closed {
            return;
        }
        if let Some(Lent(ptr, len)) = self.receive {
            // SAFETY: the application lends the buffer until completion.
            let out = unsafe { std::slice::from_raw_parts_mut(ptr, len) };
            if let Some(r) = self.receive_into(out, now) {
                self.receive = None;
                done.push(match r {
                    Ok((n, kind)) => Completion::Read(n, kind),
                    Err(e) => Completion::Failed(Operation::Receive, e),
                });
            }
        }
        if self.close_pending
            && let Some(r) = self.close_step(now)
        {
            self.close_pending = false;
            done.push(match r {
                Ok(()) => Completion::Closed,
                Err(e) => Completion::Failed(Operation::Close, e),
            });
        }
        if self.push() {
            done.extend(self.settle_writes());
        }
    }

    /// Ask the reactor for the machine's next deadline, unless an earlier
    /// wake-up is already due.
    fn arm(&mut self) {
        let (Some(token), Some(at)) = (self.token, self.machine.poll_timeout()) else {
            return;
        };
        if self.armed.is_some_and(|armed| armed <= at) {
            return;
        }
        if let Ok(reactor) = runtime::reactor() {
            reactor.arm(token, at);
            self.armed = Some(at);
        }
    }
}

impl WebSocket {
    /// Take over a connection after a 101 response; `leftover` holds bytes
    /// read past the response headers \[10\].
    pub fn new(
        notify: Notify,
        async_mode: bool,
        transport: Transport,
        leftover: Vec<u8>,
        pending_handshake: Option<String>,
    ) -> Win32Result<Arc<WebSocket>> {
        let mut machine = Machine::new(leftover, Timers::default(), Instant::now(), random_mask);
        if let Some(accept) = pending_handshake {
            machine.expect_handshake(accept);
        }
        let wake = if async_mode { None } else { Some(eventfd()?) };
        let ws = Arc::new(WebSocket {
            notify,
            async_mode,
            strand: Arc::default(),
            core: Mutex::new(Core {
                transport,
                machine,
                token: None,
                armed: None,
                receive: None,
                receiving: false,
                cancel_ticket: 0,
                close_pending: false,
                write_owed: VecDeque::new(),
                write_failed: false,
                handle_closed: false,
                shut: false,
            }),
            wake,
        });
        if async_mode {
            let reactor = runtime::reactor().map_err(Win32Error::from)?;
            let source: Weak<dyn Source> = Arc::downgrade(&(Arc::clone(&ws) as Arc<dyn Source>));
            let mut core = lock(&ws.core);
            let token = reactor
                .register(core.transport.stream_mut(), source)
                .map_err(Win32Error::from)?;
            core.token = Some(token);
            core.arm();
        }
        Ok(ws)
    }

    pub fn set_keepalive(&self, interval: Duration) {
        let mut core = lock(&self.core);
        let timers = Timers {
            keepalive: interval,
            ..core.machine.timers()
        };
        core.machine.set_timers(timers, Instant::now());
        core.arm();
    }

    pub fn set_close_timeout(&self, timeout: Duration) {
        let mut core = lock(&self.core);
        let timers = Timers {
            close_timeout: timeout,
            ..core.machine.timers()
        };
        core.machine.set_timers(timers, Instant::now());
    }

    fn status(&self, status: u32, bytes: usize, kind: BufferType) {
        self.notify.send_value(
            status,
            wh::WINHTTP_WEB_SOCKET_STATUS {
                dwBytesTransferred: bytes as u32,
                eBufferType: kind.raw(),
            },
        );
    }

    fn report(&self, done: Completion) {
        match done {
            Completion::Read(n, kind) => {
                self.status(wh::WINHTTP_CALLBACK_STATUS_READ_COMPLETE, n, kind)
            }
            Completion::Wrote(n, kind) => {
                self.status(wh::WINHTTP_CALLBACK_STATUS_WRITE_COMPLETE, n, kind)
            }
            Completion::ShutDown => self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_SHUTDOWN_COMPLETE,
                std::ptr::null_mut(),
                0,
            ),
            Completion::Closed => self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_CLOSE_COMPLETE,
                std::ptr::null_mut(),
                0,
            ),
            Completion::Failed(op, e) => {
                let result = wh::WINHTTP_WEB_SOCKET_ASYNC_RESULT {
                    AsyncResult: wh::WINHTTP_ASYNC_RESULT {
                        dwResult: if op == Operation::Send || op == Operation::Shutdown {
                            wh::API_WRITE_DATA as usize
                        } else {
                            0
                        },
                        dwError: e.0,
                    },
                    Operation: op.raw(),
                };
                self.notify
                    .send_value(wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR, result);
            }
            Completion::HandleClosing => self
                .notify
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING),
        }
    }

    /// Queue completions on the strand, in order.
    fn post(self: &Arc<Self>, done: Vec<Completion>) {
        for d in done {
            let me = Arc::clone(self);
            self.strand.post(move || me.report(d));
        }
    }

    /// Block until the socket is ready, the deadline passes, or (with
    /// `cancellable`) another thread cancels.
    fn block(&self, fd: i32, write: bool, deadline: Option<Instant>, cancellable: bool) -> Woke {
        let cancel = if cancellable {
            self.wake.as_ref().map(|f| f.as_raw_fd())
        } else {
            None
        };
        runtime::wait(fd, write, deadline, cancel).unwrap_or(Woke::Ready)
    }

    fn signal_wake(&self) {
        if let Some(fd) = &self.wake {
            let one = 1u64;
            // SAFETY: writing 8 bytes from a valid u64 to our eventfd.
            unsafe { libc::write(fd.as_raw_fd(), (&one as *const u64).cast(), 8) };
        }
    }

    fn clear_wake(&self) {
        if let Some(fd) = &self.wake {
            let mut v = 0u64;
            // SAFETY: reading 8 bytes into a valid u64 from our non-blocking eventfd.
            unsafe { libc::read(fd.as_raw_fd(), (&mut v as *mut u64).cast(), 8) };
        }
    }

    /// Flush on the calling thread until everything queued is out.
    fn flush_blocking(&self) -> Win32Result<()> {
        loop {
            let (flushed, fd, failed) = {
                let mut core = lock(&self.core);
                let flushed = core.push();
                let failed = core.machine.state() == crate::machine::State::Failed;
                (flushed, core.transport.fd(), failed)
            };
            if failed && !flushed {
                return Err(CONNECTION_ERROR);
            }
            if flushed {
                return Ok(());
            }
            self.block(fd, true, None, false);
        }
    }

    /// WinHttpWebSocketSend.
    pub fn send(self: &Arc<Self>, kind: BufferType, data: &[u8]) -> Win32Result<()> {
        self.write_op(Completion::Wrote(data.len(), kind), |core| {
            if !core.write_owed.is_empty() {
                // A send is still queued [26].
                return Err(INVALID_OPERATION);
            }
            core.machine.send(kind, data)
        })
    }

    /// WinHttpWebSocketShutdown: send the close frame, keep receiving.
    /// Decision: behind a Send whose bytes are still queued it is
    /// accepted (the Shutdown page lists no "send pending" error); the
    /// close frame follows those bytes and WRITE_COMPLETE comes first.
    pub fn shutdown(self: &Arc<Self>, status: u16, reason: &[u8]) -> Win32Result<()> {
        self.write_op(Completion::ShutDown, |core| {
            core.machine.shutdown(status, reason)
        })
    }

    /// Queue a frame with `queue`, then flush: in sync mode until it is
    /// out; in async mode as far as the socket takes it, completing on the
    /// calling thread if it all went \[21\] and from the reactor otherwise.
    fn write_op(
        self: &Arc<Self>,
        done: Completion,
        queue: impl FnOnce(&mut Core) -> Win32Result<()>,
    ) -> Win32Result<()> {
        if !self.async_mode {
            queue(&mut lock(&self.core))?;
            return self.flush_blocking();
        }
        let reports: Vec<Completion> = {
            let mut core = lock(&self.core);
            queue(&mut core)?;
            core.write_owed.push_back(done);
            if core.push() {
                core.settle_writes().collect()
            } else {
                Vec::new()
            }
        };
        for r in reports {
            self.report(r);
        }
        Ok(())
    }

    /// WinHttpWebSocketReceive, blocking.
    pub fn receive(&self, out: &mut [u8]) -> Win32Result<(usize, BufferType)> {
        if out.is_empty() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let ticket = {
            let mut core = lock(&self.core);
            core.machine.check_receive()?;
            if core.receiving {
                return Err(INVALID_OPERATION);
            }
            core.receiving = true;
            core.cancel_ticket
        };
        let result = loop {
            let (fd, deadline) = {
                let mut core = lock(&self.core);
                if core.cancel_ticket != ticket {
                    break Err(CANCELLED);
                }
                let now = Instant::now();
                if let Some(r) = core.receive_into(out, now) {
                    break r;
                }
                core.push();
                (core.transport.fd(), core.machine.poll_timeout())
            };
            match self.block(fd, false, deadline, true) {
                Woke::Ready => {}
                Woke::TimedOut => lock(&self.core).machine.handle_timeout(Instant::now()),
                Woke::Cancelled => self.clear_wake(),
            }
        };
        lock(&self.core).receiving = false;
        result
    }

    /// WinHttpWebSocketReceive in async mode: the buffer is filled on a
    /// worker, and the out-parameters are never written \[29\].
    ///
    /// # Safety
    /// `buf` stays valid for `len` bytes until READ_COMPLETE or
    /// REQUEST_ERROR is delivered.
    pub unsafe fn receive_async(self: &Arc<Self>, buf: *mut u8, len: usize) -> Win32Result<()> {
        let mut core = lock(&self.core);
        core.machine.check_receive()?;
        if core.receive.is_some() {
            return Err(INVALID_OPERATION);
        }
        core.receive = Some(Lent(buf, len));
        let mut done = Vec::new();
        core.step(Instant::now(), &mut done);
        core.arm();
        // Completions go to a worker even when the data is already here.
        self.post(done);
        Ok(())
    }

    /// WinHttpWebSocketClose.
    pub fn close(self: &Arc<Self>, status: u16, reason: &[u8]) -> Win32Result<()> {
        let (done_now, cancelled) = {
            let mut core = lock(&self.core);
            let done_now = core.machine.close(status, reason, Instant::now())?;
            core.cancel_ticket += 1;
            let cancelled = core.receive.take().is_some();
            (done_now, cancelled)
        };
        if !self.async_mode {
            self.signal_wake();
            self.flush_blocking()?;
            if done_now {
                return Ok(());
            }
            return loop {
                let (fd, deadline) = {
                    let mut core = lock(&self.core);
                    if let Some(r) = core.close_step(Instant::now()) {
                        core.push();
                        break r;
                    }
                    (core.transport.fd(), core.machine.poll_timeout())
                };
                if self.block(fd, false, deadline, false) == Woke::TimedOut {
                    lock(&self.core).machine.handle_timeout(Instant::now());
                }
            };
        }
        if cancelled {
            // The cancelled receive is reported inside this call [34].
            self.strand
                .run_here(|| self.report(Completion::Failed(Operation::Receive, CANCELLED)));
        }
        if done_now {
            let mut core = lock(&self.core);
            core.push();
            drop(core);
            self.strand.run_here(|| self.report(Completion::Closed));
            return Ok(());
        }
        let mut core = lock(&self.core);
        core.close_pending = true;
        let mut done = Vec::new();
        core.step(Instant::now(), &mut done);
        core.arm();
        self.post(done);
        Ok(())
    }

    /// WinHttpWebSocketQueryCloseStatus: the peer's status and reason.
    pub fn close_status(&self) -> Win32Result<(u16, Vec<u8>)> {
        lock(&self.core).machine.close_status()
    }

    /// WinHttpCloseHandle: cancel what is pending (each reports
    /// REQUEST_ERROR, cancelled), drop the connection, then HANDLE_CLOSING
    /// last \[47, 60\].
    pub fn close_handle(self: &Arc<Self>) {
        let mut done = Vec::new();
        {
            let mut core = lock(&self.core);
            core.handle_closed = true;
            core.cancel_ticket += 1;
            core.machine.abort();
            if core.receive.take().is_some() {
                done.push(Completion::Failed(Operation::Receive, CANCELLED));
            }
            if std::mem::take(&mut core.close_pending) {
                done.push(Completion::Failed(Operation::Close, CANCELLED));
            }
            done.extend(core.write_owed.drain(..).map(|c| c.failed(CANCELLED)));
            if let (Some(token), Ok(reactor)) = (core.token.take(), runtime::reactor()) {
                reactor.deregister(core.transport.stream_mut(), token);
            }
            core.shut = true;
            core.transport.shutdown();
        }
        self.signal_wake();
        if self.async_mode {
            // HANDLE_CLOSING after the cancellations, inside the call.
            self.post(done);
            let me = Arc::clone(self);
            self.strand
                .run_here_or_queue(move || me.report(Completion::HandleClosing));
        } else {
            done.push(Completion::HandleClosing);
            for d in done {
                self.report(d);
            }
        }
    }

    /// Is an async Receive pending?
    pub fn receive_pending(&self) -> bool {
        lock(&self.core).receive.is_some()
    }
}

/// The reactor's side: readiness and deadlines run the pending operations.
impl Source for WebSocket {
    fn ready(self: Arc<Self>, _readable: bool, _writable: bool) {
        self.drive(|_| {});
    }

    fn timeout(self: Arc<Self>, now: Instant) {
        self.drive(|core| {
            core.armed = None;
            core.machine.handle_timeout(now);
        });
    }
}

impl WebSocket {
    fn drive(self: &Arc<Self>, before: impl FnOnce(&mut Core)) {
        let mut done = Vec::new();
        let mut core = lock(&self.core);
        before(&mut core);
        core.step(Instant::now(), &mut done);
        core.arm();
        // Posted under the lock so completions keep their order.
        self.post(done);
    }
}
