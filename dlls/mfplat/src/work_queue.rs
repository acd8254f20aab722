//! Media Foundation's work queues ("Work Queues", "Work Queue Identifiers"):
//! the platform's standard queues, queues the application allocates, the
//! timer queue's scheduled items and periodic callbacks, items that wait for
//! an event, and the platform lock (MFStartup/MFShutdown,
//! MFLockPlatform/MFUnlockPlatform).
//!
//! Each queue owns a few threads of its own, started when work first
//! arrives: a serial queue (STANDARD, RT, IO, TIMER, and every
//! MF_STANDARD_WORKQUEUE or MF_WINDOW_WORKQUEUE allocated) one, which runs
//! its items one at a time in the order they were put; a multithreaded queue
//! (MULTITHREADED, LONG_FUNCTION, MF_MULTITHREADED_WORKQUEUE) up to
//! [`POOL_THREADS`]. Callbacks never run on the thread that put them. The
//! timer queue's one thread also keeps a deadline heap for
//! MFScheduleWorkItem and MFAddPeriodicCallback; one more thread waits, in
//! kernel32's wait machinery, on the events of every MFPutWaitingWorkItem.
//!
//! The crate's own objects use [`put`] and [`invoke`], which run on the
//! standard queue whether or not MFStartup was called; the exported
//! functions answer MF_E_SHUTDOWN while the platform is shut down, as their
//! pages say.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::ffi::c_void;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

use kernel32::object::KernelObject;
use windows_core::{HRESULT, IUnknown, Interface, Result};

use crate::async_result::{AsyncResult, callback_of, event_of};
use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, MF_E_INVALID_WORKQUEUE, MF_E_NOT_FOUND, MF_E_SHUTDOWN,
    MF_MULTITHREADED_WORKQUEUE, MF_STANDARD_WORKQUEUE, MF_WINDOW_WORKQUEUE,
    MFASYNC_CALLBACK_QUEUE_IO, MFASYNC_CALLBACK_QUEUE_LONG_FUNCTION,
    MFASYNC_CALLBACK_QUEUE_MULTITHREADED, MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK,
    MFASYNC_CALLBACK_QUEUE_RT, MFASYNC_CALLBACK_QUEUE_STANDARD, MFASYNC_CALLBACK_QUEUE_TIMER,
};
use crate::com::{Agile, E_INVALIDARG, fail};
use win32::sync::{lock, wait};

/// MFGetTimerPeriodicity: what Windows answers (Wine's tests).
pub const TIMER_PERIOD_MS: u32 = 10;

/// The most threads a multithreaded queue runs at once.
pub const POOL_THREADS: usize = 4;

type Job = Box<dyn FnOnce() + Send>;

/// A periodic callback's call, shared between its runs.
type Tick = Arc<dyn Fn() + Send + Sync>;

/// One work queue: its pending items and, for the timer queue, deadlines.
struct Queue {
    name: String,
    max_threads: usize,
    state: Mutex<QueueState>,
    /// Work arrived, a deadline moved, or a periodic callback finished.
    changed: Condvar,
}

#[derive(Default)]
struct QueueState {
    jobs: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// Unlocked for the last time: the threads leave once the items put
    /// before are done.
    closed: bool,
    timers: Timers,
}

/// The timer queue's deadlines. The heap may hold stale entries (cancelled
/// or moved); an entry counts only while `entries` has it with that time.
#[derive(Default)]
struct Timers {
    heap: BinaryHeap<Reverse<(Instant, TimerKey)>>,
    entries: HashMap<TimerKey, Timed>,
    /// The periodic callback running now, and on which thread.
    running: Option<(TimerKey, ThreadId)>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
enum TimerKey {
    /// MFScheduleWorkItem(Ex): cancelled with MFCancelWorkItem.
    Item(u64),
    /// MFAddPeriodicCallback: removed with MFRemovePeriodicCallback.
    Periodic(u32),
}

enum Timed {
    Once {
        due: Instant,
        job: Job,
    },
    Every {
        due: Instant,
        period: Duration,
        tick: Tick,
    },
}

impl Timed {
    fn due(&self) -> Instant {
        match self {
            Timed::Once { due, .. } | Timed::Every { due, .. } => *due,
        }
    }
}

/// What the timer thread does next.
enum Next {
    Run(Job),
    Tick(TimerKey, Tick),
    Sleep(Option<Duration>),
}

impl Timers {
    fn insert(&mut self, key: TimerKey, timed: Timed) {
        self.heap.push(Reverse((timed.due(), key)));
        self.entries.insert(key, timed);
    }

    /// The earliest live deadline: its work when it is due, else how long
    /// to sleep.
    fn next(&mut self, now: Instant) -> Next {
        while let Some(Reverse((due, key))) = self.heap.peek().copied() {
            if self.entries.get(&key).map(Timed::due) != Some(due) {
                self.heap.pop();
                continue;
            }
            if due > now {
                return Next::Sleep(Some(due - now));
            }
            self.heap.pop();
            return match self.entries.remove(&key) {
                Some(Timed::Once { job, .. }) => Next::Run(job),
                Some(Timed::Every { period, tick, .. }) => {
                    // Late ticks are not made up in a burst.
                    let due = (due + period).max(now);
                    self.insert(
                        key,
                        Timed::Every {
                            due,
                            period,
                            tick: Arc::clone(&tick),
                        },
                    );
                    Next::Tick(key, tick)
                }
                None => continue,
            };
        }
        Next::Sleep(None)
    }
}

impl Queue {
    fn new(name: String, max_threads: usize) -> Arc<Queue> {
        Arc::new(Queue {
            name,
            max_threads,
            state: Mutex::new(QueueState::default()),
            changed: Condvar::new(),
        })
    }

    /// Adds `job`; false when the queue was closed.
    fn push(self: &Arc<Self>, job: Job) -> bool {
        let mut state = lock(&self.state);
        if state.closed {
            return false;
        }
        state.jobs.push_back(job);
        self.wake(&mut state);
        true
    }

    /// Wakes an idle thread, or starts one while the queue has fewer than
    /// its share.
    fn wake(self: &Arc<Self>, state: &mut QueueState) {
        if state.idle == 0 && state.threads < self.max_threads {
            let queue = Arc::clone(self);
            let started = std::thread::Builder::new()
                .name(self.name.clone())
                .spawn(move || queue.work());
            match started {
                Ok(_) => state.threads += 1,
                Err(e) => eprintln!("winsession: cannot start {}: {e}", self.name),
            }
        }
        self.changed.notify_all();
    }

    /// A queue thread: items in order, then due deadlines, else sleep.
    fn work(self: Arc<Self>) {
        let mut state = lock(&self.state);
        loop {
            let next = match state.jobs.pop_front() {
                Some(job) => Next::Run(job),
                None => state.timers.next(Instant::now()),
            };
            match next {
                Next::Run(job) => {
                    drop(state);
                    job();
                    state = lock(&self.state);
                }
                Next::Tick(key, tick) => {
                    state.timers.running = Some((key, std::thread::current().id()));
                    drop(state);
                    tick();
                    drop(tick);
                    state = lock(&self.state);
                    state.timers.running = None;
                    self.changed.notify_all();
                }
                Next::Sleep(_) if state.closed => {
                    state.threads -= 1;
                    return;
                }
                Next::Sleep(timeout) => {
                    state.idle += 1;
                    state = wait(&self.changed, state, timeout);
                    state.idle -= 1;
                }
            }
        }
    }

    /// Stops taking items; with `discard`, the items not yet started are
    /// released without running (MFShutdown), else they still run.
    fn close(&self, discard: bool) {
        let dropped = {
            let mut state = lock(&self.state);
            state.closed = true;
            self.changed.notify_all();
            if discard {
                std::mem::take(&mut state.jobs)
            } else {
                VecDeque::new()
            }
        };
        // Released outside the lock: a Release may call back into MF.
        drop(dropped);
    }

    fn add_timer(self: &Arc<Self>, key: TimerKey, timed: Timed) {
        let mut state = lock(&self.state);
        state.timers.insert(key, timed);
        self.wake(&mut state);
    }

    /// Removes a deadline; a periodic callback running on another thread is
    /// waited for, so that its context may go once this returns.
    fn remove_timer(&self, key: TimerKey) -> Option<Timed> {
        let mut state = lock(&self.state);
        let removed = state.timers.entries.remove(&key);
        let me = std::thread::current().id();
        while matches!(state.timers.running, Some((k, t)) if k == key && t != me) {
            state = wait(&self.changed, state, None);
        }
        removed
    }

    fn clear_timers(&self) -> Vec<Timed> {
        let mut state = lock(&self.state);
        state.timers.heap.clear();
        state.timers.entries.drain().map(|(_, t)| t).collect()
    }
}

// ---- the platform ---------------------------------------------------------------

/// The platform lock (MFStartup and MFLockPlatform count up, MFShutdown and
/// MFUnlockPlatform down) and the queues the application allocated.
#[derive(Default)]
struct Platform {
    locks: u32,
    queues: HashMap<u32, UserQueue>,
    /// The high word of the next queue id.
    next_id: u16,
}

struct UserQueue {
    queue: Arc<Queue>,
    locks: u32,
}

fn platform() -> &'static Mutex<Platform> {
    static PLATFORM: OnceLock<Mutex<Platform>> = OnceLock::new();
    PLATFORM.get_or_init(Mutex::default)
}

/// The platform's queue `id`, started on first use.
fn standard(id: u32) -> Option<Arc<Queue>> {
    static QUEUES: [OnceLock<Arc<Queue>>; 8] = [const { OnceLock::new() }; 8];
    let threads = match id as i32 {
        MFASYNC_CALLBACK_QUEUE_MULTITHREADED | MFASYNC_CALLBACK_QUEUE_LONG_FUNCTION => POOL_THREADS,
        MFASYNC_CALLBACK_QUEUE_STANDARD
        | MFASYNC_CALLBACK_QUEUE_TIMER
        | MFASYNC_CALLBACK_QUEUE_RT
        | MFASYNC_CALLBACK_QUEUE_IO => 1,
        _ => return None,
    };
    let slot = QUEUES.get(id as usize)?;
    Some(Arc::clone(slot.get_or_init(|| {
        Queue::new(format!("mf-queue-{id}"), threads)
    })))
}

fn timer_queue() -> Arc<Queue> {
    // The timer queue is one of the ids `standard` knows.
    standard(MFASYNC_CALLBACK_QUEUE_TIMER as u32)
        .unwrap_or_else(|| Queue::new("mf-queue-4".into(), 1))
}

/// MFStartup and MFLockPlatform.
pub fn lock_platform() {
    let mut platform = lock(platform());
    platform.locks = platform.locks.saturating_add(1);
}

/// MFShutdown and MFUnlockPlatform: at the last unlock the platform shuts
/// down: allocated queues go (their pending items released unrun), and
/// scheduled, waiting and periodic items are cancelled ("MFShutdown shuts
/// down the work queue threads", MFInvokeCallback page). The standard
/// queues keep running the crate's own completions. Already shut down: no
/// effect (Wine's tests).
pub fn unlock_platform() {
    let queues: Vec<UserQueue> = {
        let mut platform = lock(platform());
        if platform.locks == 0 {
            return;
        }
        platform.locks -= 1;
        if platform.locks > 0 {
            return;
        }
        platform.queues.drain().map(|(_, q)| q).collect()
    };
    for q in &queues {
        q.queue.close(true);
    }
    drop(timer_queue().clear_timers());
    drop(waits::clear());
}

fn started() -> Result<()> {
    if lock(platform()).locks == 0 {
        return fail(MF_E_SHUTDOWN);
    }
    Ok(())
}

/// A queue by id: a platform queue, or one allocated and still locked.
fn find(id: u32) -> Result<Arc<Queue>> {
    let found = if id & MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK != 0 {
        lock(platform())
            .queues
            .get(&id)
            .map(|q| Arc::clone(&q.queue))
    } else {
        standard(id)
    };
    found.ok_or_else(|| MF_E_INVALID_WORKQUEUE.into())
}

/// MFAllocateWorkQueueEx: a queue of its own, locked once. Ids carry a
/// non-zero high word (MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK, "Work Queue
/// Identifiers").
pub fn allocate(kind: i32) -> Result<u32> {
    let threads = match kind {
        MF_STANDARD_WORKQUEUE | MF_WINDOW_WORKQUEUE => 1,
        MF_MULTITHREADED_WORKQUEUE => POOL_THREADS,
        _ => return fail(E_INVALIDARG),
    };
    let mut platform = lock(platform());
    if platform.locks == 0 {
        return fail(MF_E_SHUTDOWN);
    }
    for _ in 0..=u16::MAX {
        platform.next_id = platform.next_id.wrapping_add(1).max(1);
        let id = u32::from(platform.next_id) << 16 | 1;
        if let std::collections::hash_map::Entry::Vacant(slot) = platform.queues.entry(id) {
            let queue = Queue::new(format!("mf-queue-{id:#x}"), threads);
            slot.insert(UserQueue { queue, locks: 1 });
            return Ok(id);
        }
    }
    fail(crate::com::E_OUTOFMEMORY)
}

/// MFAllocateSerialWorkQueue: a serial queue; `target` must be a queue
/// (this one runs its items on its own thread rather than on the target's).
pub fn allocate_serial(target: u32) -> Result<u32> {
    find(target)?;
    allocate(MF_STANDARD_WORKQUEUE)
}

/// MFLockWorkQueue. Platform queue ids always succeed (Wine's tests, as on
/// Windows); an allocated id no longer locked is MF_E_INVALID_WORKQUEUE.
pub fn lock_queue(id: u32) -> Result<()> {
    if id & MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK == 0 {
        return Ok(());
    }
    match lock(platform()).queues.get_mut(&id) {
        Some(q) => {
            q.locks += 1;
            Ok(())
        }
        None => fail(MF_E_INVALID_WORKQUEUE),
    }
}

/// MFUnlockWorkQueue: the last unlock frees the id; items already put
/// still run.
pub fn unlock_queue(id: u32) -> Result<()> {
    if id & MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK == 0 {
        return Ok(());
    }
    let closed = {
        let mut platform = lock(platform());
        let Some(q) = platform.queues.get_mut(&id) else {
            return fail(MF_E_INVALID_WORKQUEUE);
        };
        q.locks -= 1;
        if q.locks > 0 {
            return Ok(());
        }
        platform.queues.remove(&id)
    };
    if let Some(q) = closed {
        q.queue.close(false);
    }
    Ok(())
}

// ---- work items -----------------------------------------------------------------

/// A result's work: `pCallback->Invoke(result)`, or, with no callback,
/// `hEvent` signalled (the MFASYNCRESULT page).
fn dispatch(result: Agile<IMFAsyncResult>) -> Job {
    Box::new(move || {
        let result = result.into_inner();
        // SAFETY: the result came through an MF function, whose contract is
        // that every IMFAsyncResult inherits MFASYNCRESULT.
        match unsafe { callback_of(&result) } {
            // SAFETY: a plain COM call; its HRESULT has no receiver.
            Some(callback) => drop(unsafe { callback.Invoke(&result) }),
            None => {
                // SAFETY: as above.
                let event = unsafe { event_of(&result) };
                if !event.is_null() {
                    kernel32::event::SetEvent(event);
                }
            }
        }
    })
}

/// Runs `job` on the standard work queue.
pub fn put(job: impl FnOnce() + Send + 'static) {
    if let Some(queue) = standard(MFASYNC_CALLBACK_QUEUE_STANDARD as u32) {
        queue.push(Box::new(job));
    }
}

/// Invokes `callback` with `result` on the standard work queue.
pub fn invoke(callback: IMFAsyncCallback, result: IMFAsyncResult) {
    let job = Agile((callback, result));
    put(move || {
        let (callback, result) = job.into_inner();
        // SAFETY: a plain COM call; the callback's HRESULT has no receiver.
        let _ = unsafe { callback.Invoke(&result) };
    });
}

/// A result carrying `state` handed to `callback` on the standard queue.
pub fn put_work_item(callback: IMFAsyncCallback, state: Option<IUnknown>) -> Result<()> {
    let result = AsyncResult::create(None, Some(callback.clone()), state);
    invoke(callback, result);
    Ok(())
}

/// MFPutWorkItemEx: `result` dispatched on queue `id`.
pub fn put_result(id: u32, result: IMFAsyncResult) -> Result<()> {
    started()?;
    if find(id)?.push(dispatch(Agile(result))) {
        Ok(())
    } else {
        fail(MF_E_INVALID_WORKQUEUE)
    }
}

/// MFInvokeCallback: `result` dispatched on the queue its callback's
/// GetParameters names (the standard queue when it answers a failure such
/// as E_NOTIMPL, "IMFAsyncCallback::GetParameters").
pub fn invoke_callback(result: IMFAsyncResult) -> Result<()> {
    started()?;
    let mut queue = MFASYNC_CALLBACK_QUEUE_STANDARD as u32;
    // SAFETY: every IMFAsyncResult inherits MFASYNCRESULT.
    if let Some(callback) = unsafe { callback_of(&result) } {
        let mut flags = 0;
        let mut named = queue;
        // SAFETY: both out-pointers are valid for the call.
        if unsafe { callback.GetParameters(&mut flags, &mut named) }.is_ok() {
            queue = named;
        }
    }
    put_result(queue, result)
}

static NEXT_KEY: AtomicU64 = AtomicU64::new(1);

fn new_key() -> u64 {
    NEXT_KEY.fetch_add(1, Ordering::Relaxed)
}

/// MFScheduleWorkItemEx: `result` dispatched on the timer queue after
/// `-timeout_ms` milliseconds (the page asks for a negative value; zero or
/// positive fire at once). Returns the key for MFCancelWorkItem.
pub fn schedule(result: IMFAsyncResult, timeout_ms: i64) -> Result<u64> {
    started()?;
    let delay = Duration::from_millis(timeout_ms.saturating_neg().max(0) as u64);
    let key = new_key();
    let due = Instant::now() + delay;
    let job = dispatch(Agile(result));
    timer_queue().add_timer(TimerKey::Item(key), Timed::Once { due, job });
    Ok(key)
}

/// MFCancelWorkItem: a scheduled or waiting item not yet dispatched is
/// released unrun; any other key is MF_E_NOT_FOUND (Wine's tests, as on
/// Windows 10).
pub fn cancel(key: u64) -> Result<()> {
    if let Some(timed) = timer_queue().remove_timer(TimerKey::Item(key)) {
        drop(timed);
        return Ok(());
    }
    match waits::remove(key) {
        Some(item) => {
            drop(item);
            Ok(())
        }
        None => fail(MF_E_NOT_FOUND),
    }
}

/// MFPERIODICCALLBACK.
pub type PeriodicCallback = unsafe extern "system" fn(context: *mut c_void);

static NEXT_PERIODIC: AtomicU64 = AtomicU64::new(1);

/// MFAddPeriodicCallback: `callback(context)` every [`TIMER_PERIOD_MS`] on
/// the timer queue, the context referenced until removal. Returns a
/// non-zero key (Wine's tests).
pub fn add_periodic(callback: PeriodicCallback, context: Option<IUnknown>) -> Result<u32> {
    started()?;
    let key = NEXT_PERIODIC.fetch_add(1, Ordering::Relaxed) as u32;
    let key = if key == 0 {
        NEXT_PERIODIC.fetch_add(1, Ordering::Relaxed) as u32
    } else {
        key
    };
    let context = Agile(context);
    let tick: Tick = Arc::new(move || {
        // The whole wrapper is captured (not its non-Sync field).
        let held = &context;
        let raw = held
            .0
            .as_ref()
            .map_or(std::ptr::null_mut(), Interface::as_raw);
        // SAFETY: the caller's MFPERIODICCALLBACK with the context it gave,
        // kept alive by this closure.
        unsafe { callback(raw) };
    });
    let period = Duration::from_millis(u64::from(TIMER_PERIOD_MS));
    let due = Instant::now() + period;
    timer_queue().add_timer(TimerKey::Periodic(key), Timed::Every { due, period, tick });
    Ok(key)
}

/// MFRemovePeriodicCallback: once this returns the callback is not running
/// (unless the caller is that callback) and will not run again. An unknown
/// key is MF_E_NOT_FOUND.
pub fn remove_periodic(key: u32) -> Result<()> {
    match timer_queue().remove_timer(TimerKey::Periodic(key)) {
        Some(timed) => {
            drop(timed);
            Ok(())
        }
        None => fail(MF_E_NOT_FOUND),
    }
}

/// MFPutWaitingWorkItem: `result` dispatched on the timer queue when
/// `event` is signalled (an auto-reset event is reset by the wait). A NULL
/// handle is accepted and never fires (Wine's tests, as on Windows); the
/// item stays until it fires or is cancelled.
pub fn put_waiting(event: *mut c_void, result: IMFAsyncResult) -> Result<u64> {
    started()?;
    let object = if event.is_null() {
        None
    } else {
        let object = kernel32::object::get(event).map_err(|e| {
            windows_core::Error::from_hresult(HRESULT(win32::HResult::from_win32(e).0))
        })?;
        Some(object)
    };
    let key = new_key();
    waits::add(waits::Waiting {
        key,
        object,
        job: dispatch(Agile(result)),
    });
    Ok(key)
}

/// The items MFPutWaitingWorkItem put, and the one thread that waits for
/// all of them: it sleeps in kernel32's wait lock, where every SetEvent
/// wakes it to look (see kernel32's `wait` module).
mod waits {
    use super::*;

    pub struct Waiting {
        pub key: u64,
        pub object: Option<Arc<dyn KernelObject>>,
        pub job: Job,
    }

    fn items() -> &'static Mutex<Vec<Waiting>> {
        static ITEMS: OnceLock<Mutex<Vec<Waiting>>> = OnceLock::new();
        ITEMS.get_or_init(|| {
            let started = std::thread::Builder::new()
                .name("mf-waiting-items".into())
                .spawn(wait_forever);
            if let Err(e) = started {
                eprintln!("winsession: cannot start the MF waiting-item thread: {e}");
            }
            Mutex::default()
        })
    }

    pub fn add(item: Waiting) {
        let items = items();
        // Inside `signal`, so that the waiting thread looks again.
        kernel32::wait::signal(|| lock(items).push(item));
    }

    pub fn remove(key: u64) -> Option<Waiting> {
        let mut items = lock(items());
        let i = items.iter().position(|w| w.key == key)?;
        Some(items.swap_remove(i))
    }

    pub fn clear() -> Vec<Waiting> {
        std::mem::take(&mut *lock(items()))
    }

    fn wait_forever() {
        let me = kernel32::thread::current();
        loop {
            let mut fired = Vec::new();
            kernel32::wait::wait_until(|| {
                let mut items = lock(items());
                let mut i = 0;
                while i < items.len() {
                    let signaled = items[i]
                        .object
                        .as_deref()
                        .and_then(KernelObject::waitable)
                        .is_some_and(|w| {
                            // Taken as a wait takes it: an auto-reset
                            // event resets.
                            let signaled = w.is_signaled(&me);
                            if signaled {
                                w.satisfy(&me);
                            }
                            signaled
                        });
                    if signaled {
                        fired.push(items.swap_remove(i));
                    } else {
                        i += 1;
                    }
                }
                !fired.is_empty()
            });
            let queue = timer_queue();
            for item in fired {
                queue.push(item.job);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    #[test]
    fn deadlines_come_out_in_time_order_and_cancelled_ones_never() {
        let mut timers = Timers::default();
        let start = Instant::now();
        let (tx, rx) = channel();
        for (key, ms) in [(1u64, 30u64), (2, 10), (3, 20)] {
            let tx = tx.clone();
            let job: Job = Box::new(move || tx.send(key).unwrap());
            let due = start + Duration::from_millis(ms);
            timers.insert(TimerKey::Item(key), Timed::Once { due, job });
        }
        timers.entries.remove(&TimerKey::Item(3));
        assert!(
            matches!(timers.next(start), Next::Sleep(Some(d)) if d == Duration::from_millis(10))
        );
        let later = start + Duration::from_millis(40);
        while let Next::Run(job) = timers.next(later) {
            job();
        }
        assert_eq!(rx.try_iter().collect::<Vec<_>>(), [2, 1]);
        assert!(matches!(timers.next(later), Next::Sleep(None)));
    }

    #[test]
    fn a_periodic_entry_comes_back_one_period_later() {
        let mut timers = Timers::default();
        let start = Instant::now();
        let period = Duration::from_millis(10);
        let tick: Tick = Arc::new(|| {});
        let key = TimerKey::Periodic(7);
        timers.insert(
            key,
            Timed::Every {
                due: start,
                period,
                tick,
            },
        );
        assert!(matches!(timers.next(start), Next::Tick(k, _) if k == key));
        assert!(matches!(timers.next(start), Next::Sleep(Some(d)) if d == period));
    }

    #[test]
    fn a_serial_queue_runs_in_order_off_the_callers_thread() {
        let queue = Queue::new("test-serial".into(), 1);
        let (tx, rx) = channel();
        let me = std::thread::current().id();
        for i in 0..50 {
            let tx = tx.clone();
            queue.push(Box::new(move || {
                tx.send((i, std::thread::current().id())).unwrap()
            }));
        }
        let got: Vec<_> = (0..50)
            .map(|_| rx.recv_timeout(Duration::from_secs(5)).unwrap())
            .collect();
        assert!(
            got.iter()
                .enumerate()
                .all(|(i, (n, t))| *n == i && *t != me)
        );
        queue.close(false);
        assert!(!queue.push(Box::new(|| {})));
    }

    #[test]
    fn queue_locks_count_and_platform_ids_always_lock() {
        lock_platform();
        let id = allocate(MF_STANDARD_WORKQUEUE).unwrap();
        assert_ne!(id & MFASYNC_CALLBACK_QUEUE_PRIVATE_MASK, 0);
        lock_queue(id).unwrap();
        unlock_queue(id).unwrap();
        unlock_queue(id).unwrap();
        assert_eq!(unlock_queue(id).unwrap_err().code(), MF_E_INVALID_WORKQUEUE);
        assert_eq!(lock_queue(id).unwrap_err().code(), MF_E_INVALID_WORKQUEUE);
        assert!(lock_queue(MFASYNC_CALLBACK_QUEUE_STANDARD as u32).is_ok());
        assert!(unlock_queue(0x20).is_ok());
        assert_eq!(allocate(9).unwrap_err().code(), E_INVALIDARG);
        assert_eq!(
            find(6).err().map(|e| e.code()),
            Some(MF_E_INVALID_WORKQUEUE)
        );
        assert_eq!(cancel(u64::MAX).unwrap_err().code(), MF_E_NOT_FOUND);
        unlock_platform();
    }
}
