//! The event-driven runtime under both modes.
//!
//! - One **reactor**, an epoll (mio) on every asynchronous connection
//!   and their timers, runs each connection's non-blocking step when its
//!   socket is ready or its deadline passes. Steps never block and never
//!   call the application.
//! - A bounded **worker pool** (WINHTTP_OPTION_WORKER_THREAD_COUNT; by
//!   default one thread per CPU, at least two) runs status callbacks and
//!   name resolution, and its idle workers take turns polling the
//!   reactor (leader/follower, as threads wait on an I/O completion
//!   port): the worker that saw an event runs its callback, so a
//!   completion costs no thread handoff.
//! - Each handle delivers its callbacks through a [`Strand`]: a serial
//!   queue on the pool, so one handle's notifications arrive in order and
//!   never two at once, while different handles run in parallel. A
//!   callback that calls the API again (a Receive from inside
//!   READ_COMPLETE) only queues work: no recursion, no deadlock.
//! - Synchronous mode runs the same connection steps on the calling
//!   thread and waits in poll() ([`wait`]) between them: it blocks only
//!   that thread.
//!
//! Decision: mio rather than tokio. The connection logic is already
//! sans-IO, so all it needs from a runtime is readiness and timers; mio
//! gives exactly that with no executor, no task allocations per
//! operation and no runtime to enter from the application's threads.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::io;
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use mio::net::TcpStream;
use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Registry, Token, Waker};
use win32::sync::{lock, wait as wait_on};

type Job = Box<dyn FnOnce() + Send>;

/// Worker threads the pool starts with, unless the application set
/// WINHTTP_OPTION_WORKER_THREAD_COUNT first (0 = the default).
static WORKER_COUNT: AtomicUsize = AtomicUsize::new(0);

/// WINHTTP_OPTION_WORKER_THREAD_COUNT: takes effect if the pool has not
/// started yet, as Windows' option does before the first async session.
pub fn set_worker_count(n: usize) {
    WORKER_COUNT.store(n, Ordering::SeqCst);
}

/// The number of workers the pool has, or will start with.
pub fn worker_count() -> usize {
    match POOL.get() {
        Some(p) => p.threads,
        None => match WORKER_COUNT.load(Ordering::SeqCst) {
            0 => std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
                .max(2),
            n => n,
        },
    }
}

pub struct Pool {
    state: Mutex<PoolState>,
    ready: Condvar,
    threads: usize,
}

struct PoolState {
    jobs: VecDeque<Job>,
    /// Workers waiting on `ready` until notified: a notify is a futex
    /// syscall, made only when someone sleeps.
    sleeping: usize,
    /// Workers waiting on `ready` for at most [`DOZE`]: they look at the
    /// jobs and the poll again by themselves.
    dozing: usize,
    /// The reactor's epoll, when no worker is polling it; `None` while a
    /// worker polls (or if epoll is unavailable).
    poll: Option<(Poll, Events)>,
    /// A worker is blocked in epoll.
    polling: bool,
    /// ... and comes back from it within [`DOZE`].
    poll_dozes: bool,
}

impl PoolState {
    /// Some worker looks at the queue within [`DOZE`] without being woken.
    fn watched(&self) -> bool {
        self.dozing > 0 || (self.polling && self.poll_dozes)
    }
}

/// How long a worker with nothing to do waits before it looks again at the
/// queue and the poll, while the pool is busy. Work posted by a worker
/// wakes nobody (the poster runs it when its job ends), so a job that
/// blocks in an application callback holds what it posted back for at most
/// this long. Waking a second thread for every post costs a context switch
/// per request and, on a machine with few cores, the CPU of the server on
/// the other end (bench/http.sh (b): see BENCHMARKS.md).
const DOZE: Duration = Duration::from_millis(1);

/// Dozes in a row with nothing to do after which a worker sleeps until
/// notified: an idle process wakes no one.
const QUIET_DOZES: u32 = 100;

static POOL: OnceLock<Arc<Pool>> = OnceLock::new();

/// The process's worker pool, started on first use.
pub fn pool() -> &'static Arc<Pool> {
    POOL.get_or_init(|| {
        let pool = Arc::new(Pool {
            state: Mutex::new(PoolState {
                jobs: VecDeque::new(),
                sleeping: 0,
                dozing: 0,
                poll: REACTOR_POLL.get().and_then(|p| lock(p).take()),
                polling: false,
                poll_dozes: false,
            }),
            ready: Condvar::new(),
            threads: worker_count(),
        });
        for i in 0..pool.threads {
            let p = Arc::clone(&pool);
            // A worker that cannot start leaves the others to do its work.
            let _ = std::thread::Builder::new()
                .name(format!("winhttp-worker-{i}"))
                .spawn(move || p.work());
        }
        pool
    })
}

thread_local! {
    /// This thread is one of the pool's workers.
    static WORKER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Pool {
    pub fn execute(&self, job: impl FnOnce() + Send + 'static) {
        let (watched, waiting, polling) = {
            let mut st = lock(&self.state);
            st.jobs.push_back(Box::new(job));
            (st.watched(), st.sleeping + st.dozing, st.polling)
        };
        if WORKER.with(|w| w.get()) && watched {
            // This worker takes the job when its own ends; a dozing (or
            // dozing-polling) worker takes it sooner if that one blocks.
        } else if waiting > 0 {
            self.ready.notify_one();
        } else if polling && let Some(reactor) = REACTOR.get().and_then(Option::as_ref) {
            // Every other worker is busy: the poller takes the job.
            let _ = reactor.waker.wake();
        }
    }

    /// Leader/follower over the reactor, as I/O completion ports work:
    /// an idle worker polls epoll and runs what the events produced
    /// itself, so a completion does not pay a thread handoff. The other
    /// workers doze while the pool is busy and take over the poll, or
    /// help with the jobs, when they look again.
    fn work(&self) {
        WORKER.with(|w| w.set(true));
        let mut quiet = 0;
        let mut st = lock(&self.state);
        loop {
            if let Some(job) = st.jobs.pop_front() {
                quiet = 0;
                drop(st);
                job();
                st = lock(&self.state);
            } else if let Some((mut poll, mut events)) = st.poll.take() {
                st.polling = true;
                st.poll_dozes = quiet < QUIET_DOZES;
                let cap = st.poll_dozes.then_some(DOZE);
                drop(st);
                let turned = match REACTOR.get().and_then(Option::as_ref) {
                    Some(reactor) => reactor.turn(&mut poll, &mut events, cap),
                    None => None,
                };
                st = lock(&self.state);
                st.polling = false;
                match turned {
                    Some(0) => quiet += 1,
                    Some(_) => quiet = 0,
                    None => {}
                }
                if turned.is_some() {
                    st.poll = Some((poll, events));
                }
                // This worker runs the jobs the turn produced; a sleeping
                // one is woken to take the poll only if nobody dozes.
                if !st.jobs.is_empty() && !st.watched() && st.sleeping > 0 {
                    self.ready.notify_one();
                }
            } else if quiet < QUIET_DOZES {
                quiet += 1;
                st.dozing += 1;
                st = wait_on(&self.ready, st, Some(DOZE));
                st.dozing -= 1;
            } else {
                st.sleeping += 1;
                st = wait_on(&self.ready, st, None);
                st.sleeping -= 1;
                quiet = 0;
            }
        }
    }
}

thread_local! {
    /// The strand whose jobs this thread is running now.
    static RUNNING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Jobs a strand runs before letting other strands have the worker.
const STRAND_BATCH: usize = 64;

/// A serial queue of one handle's callbacks on the worker pool.
#[derive(Default)]
pub struct Strand {
    state: Mutex<StrandState>,
    idle: Condvar,
}

#[derive(Default)]
struct StrandState {
    jobs: VecDeque<Job>,
    /// A worker (or a `run_here` caller) is running this strand's jobs.
    running: bool,
    /// A worker is inside one of them right now (an application callback,
    /// which may block).
    executing: bool,
    /// `run_here` callers waiting for `running` to clear.
    waiting: usize,
}

impl StrandState {
    /// Clear `running`; true if a `run_here` caller must be woken.
    fn stop(&mut self) -> bool {
        self.running = false;
        self.waiting > 0
    }
}

impl Strand {
    fn id(self: &Arc<Self>) -> usize {
        Arc::as_ptr(self) as usize
    }

    /// Queue `job` after the strand's earlier jobs, on a worker.
    pub fn post(self: &Arc<Self>, job: impl FnOnce() + Send + 'static) {
        let start = {
            let mut s = lock(&self.state);
            s.jobs.push_back(Box::new(job));
            !std::mem::replace(&mut s.running, true)
        };
        if start {
            let me = Arc::clone(self);
            pool().execute(move || me.drain());
        }
    }

    fn drain(self: Arc<Self>) {
        RUNNING.with(|r| r.set(self.id()));
        for _ in 0..STRAND_BATCH {
            let job = {
                let mut s = lock(&self.state);
                match s.jobs.pop_front() {
                    Some(job) => {
                        s.executing = true;
                        job
                    }
                    None => {
                        s.executing = false;
                        if s.stop() {
                            self.idle.notify_all();
                        }
                        RUNNING.with(|r| r.set(0));
                        return;
                    }
                }
            };
            job();
        }
        lock(&self.state).executing = false;
        RUNNING.with(|r| r.set(0));
        pool().execute(move || self.drain());
    }

    /// Run `job` on this thread, after the strand's queued jobs and while
    /// no worker runs any of them: for the callbacks Windows delivers
    /// inside the call (a cancelled Receive inside Close \[34\]).
    pub fn run_here(self: &Arc<Self>, job: impl FnOnce()) {
        if RUNNING.with(|r| r.get()) == self.id() {
            job();
            return;
        }
        {
            let mut s = lock(&self.state);
            while s.running {
                s.waiting += 1;
                s = wait_on(&self.idle, s, None);
                s.waiting -= 1;
            }
            s.running = true;
        }
        self.run_claimed(job);
    }

    /// Run `job` on this thread after the strand's queued jobs, as
    /// [`run_here`](Self::run_here) does, unless one of them is inside an
    /// application callback on a worker: then queue it behind and return.
    /// For HANDLE_CLOSING, which WinHttpCloseHandle must not wait for, since
    /// that callback may want a lock the closing thread holds (the
    /// WinHttpCloseHandle page: callbacks may still come after it returns).
    pub fn run_here_or_queue(self: &Arc<Self>, job: impl FnOnce() + Send + 'static) {
        if RUNNING.with(|r| r.get()) == self.id() {
            job();
            return;
        }
        {
            let mut s = lock(&self.state);
            while s.running {
                if s.executing {
                    s.jobs.push_back(Box::new(job));
                    return;
                }
                // Queued callbacks not started yet: they run first, here
                // or on the worker about to take them; look again shortly,
                // in case one starts and blocks.
                s.waiting += 1;
                s = wait_on(&self.idle, s, Some(Duration::from_millis(1)));
                s.waiting -= 1;
            }
            s.running = true;
        }
        self.run_claimed(job);
    }

    /// Run `job` with the strand claimed by this thread, then release it
    /// (or hand what was queued meanwhile to a worker).
    fn run_claimed(self: &Arc<Self>, job: impl FnOnce()) {
        RUNNING.with(|r| r.set(self.id()));
        job();
        RUNNING.with(|r| r.set(0));
        let more = {
            let mut s = lock(&self.state);
            if s.jobs.is_empty() {
                if s.stop() {
                    self.idle.notify_all();
                }
                false
            } else {
                true
            }
        };
        if more {
            let me = Arc::clone(self);
            pool().execute(move || me.drain());
        }
    }
}

/// A non-blocking eventfd: a signal one thread gives and another waits
/// for, in poll() (sync mode) or on the reactor (async mode).
pub struct EventFd(std::os::fd::OwnedFd);

impl EventFd {
    pub fn new() -> io::Result<EventFd> {
        // SAFETY: eventfd takes no pointers; a negative result is checked.
        let fd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: `fd` was just opened and nothing else owns it.
        Ok(EventFd(unsafe { std::os::fd::FromRawFd::from_raw_fd(fd) }))
    }

    pub fn fd(&self) -> RawFd {
        std::os::fd::AsRawFd::as_raw_fd(&self.0)
    }

    /// Make the fd readable.
    pub fn signal(&self) {
        let one = 1u64;
        // SAFETY: the fd is open while `self` lives; 8 readable bytes, what
        // an eventfd write takes.
        unsafe { libc::write(self.fd(), (&raw const one).cast(), 8) };
    }

    /// Make it unreadable again, before looking at what was signalled, so
    /// a signal after that look is not lost.
    pub fn clear(&self) {
        let mut count = 0u64;
        // SAFETY: as above; 8 writable bytes, what an eventfd read takes.
        unsafe { libc::read(self.fd(), (&raw mut count).cast(), 8) };
    }
}

/// A connection the reactor drives. Both methods run on the polling
/// worker: they do non-blocking I/O and queue callbacks on strands.
pub trait Source: Send + Sync {
    fn ready(self: Arc<Self>, readable: bool, writable: bool);
    fn timeout(self: Arc<Self>, now: Instant);
}

pub struct Reactor {
    registry: Registry,
    waker: Waker,
    sources: Mutex<HashMap<usize, Weak<dyn Source>>>,
    next_token: AtomicUsize,
    timers: Mutex<BinaryHeap<Reverse<(Instant, usize)>>>,
}

const WAKE: Token = Token(0);

static REACTOR: OnceLock<Option<Reactor>> = OnceLock::new();

/// The reactor's epoll between its creation and the pool's start.
static REACTOR_POLL: OnceLock<Mutex<Option<(Poll, Events)>>> = OnceLock::new();

/// The reactor, started on first use; `None` if epoll is unavailable.
/// The pool's workers take turns polling it.
pub fn reactor() -> io::Result<&'static Reactor> {
    let r = REACTOR.get_or_init(|| {
        let poll = Poll::new().ok()?;
        let registry = poll.registry().try_clone().ok()?;
        let waker = Waker::new(poll.registry(), WAKE).ok()?;
        let _ = REACTOR_POLL.set(Mutex::new(Some((poll, Events::with_capacity(1024)))));
        Some(Reactor {
            registry,
            waker,
            sources: Mutex::new(HashMap::new()),
            next_token: AtomicUsize::new(1),
            timers: Mutex::new(BinaryHeap::new()),
        })
    });
    let reactor = r.as_ref().ok_or_else(|| io::Error::other("no epoll"))?;
    // Hand the epoll to a pool started before the reactor existed.
    let pool = pool();
    if let Some(handover) = REACTOR_POLL.get().and_then(|p| lock(p).take()) {
        lock(&pool.state).poll = Some(handover);
        pool.ready.notify_one();
    }
    Ok(reactor)
}

impl Reactor {
    /// Watch `stream` for `source` (edge-triggered, both directions).
    pub fn register(&self, stream: &mut TcpStream, source: Weak<dyn Source>) -> io::Result<Token> {
        let token = Token(self.next_token.fetch_add(1, Ordering::Relaxed));
        lock(&self.sources).insert(token.0, source);
        if let Err(e) =
            self.registry
                .register(stream, token, Interest::READABLE | Interest::WRITABLE)
        {
            lock(&self.sources).remove(&token.0);
            return Err(e);
        }
        Ok(token)
    }

    /// Watch a readable file descriptor (an eventfd) for `source`.
    pub fn register_fd(&self, fd: RawFd, source: Weak<dyn Source>) -> io::Result<Token> {
        let token = Token(self.next_token.fetch_add(1, Ordering::Relaxed));
        lock(&self.sources).insert(token.0, source);
        if let Err(e) = self
            .registry
            .register(&mut SourceFd(&fd), token, Interest::READABLE)
        {
            lock(&self.sources).remove(&token.0);
            return Err(e);
        }
        Ok(token)
    }

    pub fn deregister_fd(&self, fd: RawFd, token: Token) {
        let _ = self.registry.deregister(&mut SourceFd(&fd));
        lock(&self.sources).remove(&token.0);
    }

    /// A token for `source`'s timers alone, before it has a socket.
    pub fn watch(&self, source: Weak<dyn Source>) -> Token {
        let token = Token(self.next_token.fetch_add(1, Ordering::Relaxed));
        lock(&self.sources).insert(token.0, source);
        token
    }

    /// Give a registered token's events to `source` again after
    /// [`forget`](Self::forget): a pooled connection keeps its epoll
    /// registration while idle, so reusing it costs no epoll_ctl.
    pub fn rebind(&self, token: Token, source: Weak<dyn Source>) {
        lock(&self.sources).insert(token.0, source);
    }

    /// Drop a token from [`watch`](Self::watch).
    pub fn forget(&self, token: Token) {
        lock(&self.sources).remove(&token.0);
    }

    pub fn deregister(&self, stream: &mut TcpStream, token: Token) {
        let _ = self.registry.deregister(stream);
        lock(&self.sources).remove(&token.0);
    }

    /// Call the source's `timeout` at or after `at`.
    pub fn arm(&self, token: Token, at: Instant) {
        let earliest = {
            let mut t = lock(&self.timers);
            let earlier = t.peek().is_none_or(|Reverse((first, _))| at < *first);
            t.push(Reverse((at, token.0)));
            earlier
        };
        if earliest {
            let _ = self.waker.wake();
        }
    }

    fn source(&self, token: usize) -> Option<Arc<dyn Source>> {
        lock(&self.sources).get(&token).and_then(Weak::upgrade)
    }

    /// One turn: wait in epoll until an event, the next deadline or `cap`,
    /// then run the ready sources' steps and the due timers. The number of
    /// sources and timers it ran, or `None` if epoll itself failed: nothing
    /// can be driven any more.
    fn turn(&self, poll: &mut Poll, events: &mut Events, cap: Option<Duration>) -> Option<usize> {
        let next = lock(&self.timers)
            .peek()
            .map(|Reverse((at, _))| at.saturating_duration_since(Instant::now()));
        let timeout = match (next, cap) {
            (Some(t), Some(c)) => Some(t.min(c)),
            (t, c) => t.or(c),
        };
        if let Err(e) = poll.poll(events, timeout)
            && e.kind() != io::ErrorKind::Interrupted
        {
            return None;
        }
        let mut ran = 0;
        for event in events.iter() {
            // A wake counts: it brought a job.
            ran += 1;
            if event.token() == WAKE {
                continue;
            }
            if let Some(source) = self.source(event.token().0) {
                let failed = event.is_error();
                source.ready(
                    event.is_readable() || event.is_read_closed() || failed,
                    event.is_writable() || event.is_write_closed() || failed,
                );
            }
        }
        let now = Instant::now();
        // Collected first: a source may arm its timer again for `now`.
        let due: Vec<usize> = {
            let mut t = lock(&self.timers);
            let mut due = Vec::new();
            while let Some(Reverse((at, token))) = t.peek().copied() {
                if at > now {
                    break;
                }
                t.pop();
                due.push(token);
            }
            due
        };
        ran += due.len();
        for token in due {
            if let Some(source) = self.source(token) {
                source.timeout(now);
            }
        }
        Some(ran)
    }
}

/// What [`wait`] saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woke {
    Ready,
    TimedOut,
    /// The wake descriptor was signalled: another thread cancelled.
    Cancelled,
}

/// Block the calling thread until `fd` is readable (or writable with
/// `write`), `deadline` passes, or `cancel` is signalled.
pub fn wait(
    fd: RawFd,
    write: bool,
    deadline: Option<Instant>,
    cancel: Option<RawFd>,
) -> io::Result<Woke> {
    let mut fds = [
        libc::pollfd {
            fd,
            events: if write { libc::POLLOUT } else { libc::POLLIN },
            revents: 0,
        },
        libc::pollfd {
            fd: cancel.unwrap_or(-1),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    loop {
        let ms = match deadline {
            None => -1,
            Some(d) => {
                let left = d.saturating_duration_since(Instant::now());
                // Round up so a wait never ends just before its deadline.
                (left + Duration::from_micros(999))
                    .as_millis()
                    .min(i32::MAX as u128) as i32
            }
        };
        // SAFETY: `fds` is a valid array of two pollfd; a negative fd is
        // ignored by poll().
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if fds[1].revents != 0 {
            return Ok(Woke::Cancelled);
        }
        if n == 0 {
            return Ok(Woke::TimedOut);
        }
        return Ok(Woke::Ready);
    }
}
