//! Waits on kernel objects, alertable waits and APCs, Sleep.
//!
//! Like a tiny wineserver, one process-wide lock guards the state of every
//! waitable object and one condition variable is notified on every change:
//! a waiter checks its objects under the lock and sleeps on the condition
//! variable in the same step, so no wake-up is lost; an object is taken
//! (an auto-reset event reset, a semaphore counted down, a mutex owned) by
//! the one waiter that finds it signalled under the lock, so an auto-reset
//! event releases exactly one waiter; and a WaitAll takes all its objects
//! in one step or none.

use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use win32::abi::guard;
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation::{
    HANDLE, WAIT_ABANDONED_0, WAIT_FAILED, WAIT_IO_COMPLETION, WAIT_OBJECT_0, WAIT_TIMEOUT,
};
use windows_sys::Win32::System::Threading::INFINITE;
use windows_sys::core::BOOL;

use crate::event::Event;
use crate::mutex::Mutant;
use crate::object::{self, KernelObject};
use crate::semaphore::Semaphore;
use crate::thread::{self, Thread};

/// How many handles one wait takes.
pub const MAXIMUM_WAIT_OBJECTS: usize =
    windows_sys::Win32::System::SystemServices::MAXIMUM_WAIT_OBJECTS as usize;

/// How an object behaves in a wait. Every method is called with the wait
/// lock held; an object's state may change only inside [`signal`] (or a
/// wait's own `satisfy`), which is what lets waiters sleep without missing
/// a change.
pub trait Waitable: Send + Sync {
    /// Whether a wait by `waiter` would be satisfied now.
    fn is_signaled(&self, waiter: &Thread) -> bool;
    /// Take the object for a satisfied wait (an auto-reset event resets, a
    /// semaphore counts down, a mutex becomes owned); called right after
    /// `is_signaled` said yes. Returns whether it was an abandoned mutex.
    fn satisfy(&self, _waiter: &Thread) -> bool {
        false
    }
    /// A waiter goes to sleep on this object (PulseEvent counts them).
    fn waiter_blocks(&self) {}
    /// A waiter that slept on this object has woken and looked again.
    fn waiter_wakes(&self) {}
}

struct Scheduler {
    lock: Mutex<()>,
    changed: Condvar,
}

fn scheduler() -> &'static Scheduler {
    static SCHEDULER: OnceLock<Scheduler> = OnceLock::new();
    SCHEDULER.get_or_init(|| Scheduler {
        lock: Mutex::new(()),
        changed: Condvar::new(),
    })
}

/// Change waitable state: runs `change` under the wait lock and wakes every
/// waiter to look again.
pub fn signal<R>(change: impl FnOnce() -> R) -> R {
    let s = scheduler();
    let _held = sync::lock(&s.lock);
    let result = change();
    s.changed.notify_all();
    result
}

/// Block until `done` (evaluated under the wait lock) holds; the state it
/// reads must change inside [`signal`].
pub fn wait_until(mut done: impl FnMut() -> bool) {
    let s = scheduler();
    let mut held = sync::lock(&s.lock);
    while !done() {
        held = sync::wait(&s.changed, held, None);
    }
}

/// How a wait ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitOutcome {
    /// The object at this index satisfied the wait (with WaitAll: all did).
    Object(usize),
    /// ... and it was a mutex whose owner had exited.
    Abandoned(usize),
    Timeout,
    /// APCs ran during an alertable wait.
    Apc,
}

impl WaitOutcome {
    /// The WAIT_* value the wait functions return.
    pub fn code(self) -> u32 {
        match self {
            WaitOutcome::Object(i) => WAIT_OBJECT_0 + i as u32,
            WaitOutcome::Abandoned(i) => WAIT_ABANDONED_0 + i as u32,
            WaitOutcome::Timeout => WAIT_TIMEOUT,
            WaitOutcome::Apc => WAIT_IO_COMPLETION,
        }
    }
}

/// Try to satisfy the wait now (under the lock).
fn try_satisfy(objects: &[&dyn Waitable], all: bool, me: &Thread) -> Option<WaitOutcome> {
    if all {
        if !objects.iter().all(|o| o.is_signaled(me)) {
            return None;
        }
        let mut abandoned = None;
        for (i, o) in objects.iter().enumerate() {
            if o.satisfy(me) && abandoned.is_none() {
                abandoned = Some(i);
            }
        }
        // The WaitForMultipleObjects page: with bWaitAll, WAIT_ABANDONED_0 + i
        // says all are signalled and at least one was abandoned.
        return Some(match abandoned {
            Some(i) => WaitOutcome::Abandoned(i),
            None => WaitOutcome::Object(0),
        });
    }
    let i = objects.iter().position(|o| o.is_signaled(me))?;
    Some(if objects[i].satisfy(me) {
        WaitOutcome::Abandoned(i)
    } else {
        WaitOutcome::Object(i)
    })
}

/// Wait for one (`all` false) or all of `objects`. `before` runs under the
/// wait lock before the first look, so SignalObjectAndWait signals and
/// starts waiting in one step. With `alertable`, queued APCs end the wait
/// (after running) when no object is signalled. An empty `objects` with
/// `alertable` is SleepEx.
pub fn wait_for(
    objects: &[Arc<dyn KernelObject>],
    all: bool,
    timeout_ms: u32,
    alertable: bool,
    before: impl FnOnce() -> Win32Result<()>,
) -> Win32Result<WaitOutcome> {
    let waitables = objects
        .iter()
        .map(|o| o.waitable().ok_or(Win32Error::INVALID_HANDLE))
        .collect::<Win32Result<Vec<_>>>()?;
    let deadline = (timeout_ms != INFINITE)
        .then(|| Instant::now() + Duration::from_millis(u64::from(timeout_ms)));
    let me = thread::current();
    let s = scheduler();
    let mut held = sync::lock(&s.lock);
    before()?;
    s.changed.notify_all();
    let mut blocked = false;
    loop {
        let outcome = try_satisfy(&waitables, all, &me);
        if blocked {
            waitables.iter().for_each(|o| o.waiter_wakes());
        }
        if let Some(outcome) = outcome {
            return Ok(outcome);
        }
        if alertable && me.has_apcs() {
            drop(held);
            me.run_apcs();
            return Ok(WaitOutcome::Apc);
        }
        let remaining = match deadline {
            None => None,
            Some(deadline) => match deadline.checked_duration_since(Instant::now()) {
                Some(left) if !left.is_zero() => Some(left),
                _ => return Ok(WaitOutcome::Timeout),
            },
        };
        waitables.iter().for_each(|o| o.waiter_blocks());
        blocked = true;
        held = sync::wait(&s.changed, held, remaining);
    }
}

/// The handles of a wait as objects; ERROR_INVALID_HANDLE for a bad one.
fn objects_of(handles: &[HANDLE]) -> Win32Result<Vec<Arc<dyn KernelObject>>> {
    handles.iter().map(|&h| object::get(h)).collect()
}

/// The shape of every wait function: a WAIT_* value, or WAIT_FAILED with the
/// error. Successful waits leave the last error alone.
fn wait_call(function: &'static str, body: impl FnOnce() -> Win32Result<WaitOutcome>) -> u32 {
    guard(function, WAIT_FAILED, || match body() {
        Ok(outcome) => outcome.code(),
        Err(e) => {
            set_last_error(e.0);
            WAIT_FAILED
        }
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WaitForSingleObject(handle: HANDLE, milliseconds: u32) -> u32 {
    WaitForSingleObjectEx(handle, milliseconds, 0)
}

#[unsafe(no_mangle)]
pub extern "system" fn WaitForSingleObjectEx(
    handle: HANDLE,
    milliseconds: u32,
    alertable: BOOL,
) -> u32 {
    wait_call("WaitForSingleObjectEx", || {
        let objects = objects_of(&[handle])?;
        wait_for(&objects, false, milliseconds, alertable != 0, || Ok(()))
    })
}

/// # Safety
/// `handles` points to `count` handles.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WaitForMultipleObjects(
    count: u32,
    handles: *const HANDLE,
    wait_all: BOOL,
    milliseconds: u32,
) -> u32 {
    // SAFETY: the same contract, passed on.
    unsafe { WaitForMultipleObjectsEx(count, handles, wait_all, milliseconds, 0) }
}

/// 1 to MAXIMUM_WAIT_OBJECTS handles, else ERROR_INVALID_PARAMETER; with
/// `wait_all` the same object may not appear twice (the page forbids it).
///
/// # Safety
/// `handles` points to `count` handles.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WaitForMultipleObjectsEx(
    count: u32,
    handles: *const HANDLE,
    wait_all: BOOL,
    milliseconds: u32,
    alertable: BOOL,
) -> u32 {
    wait_call("WaitForMultipleObjectsEx", || {
        let count = count as usize;
        if count == 0 || count > MAXIMUM_WAIT_OBJECTS || handles.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller passes `count` handles, checked non-NULL.
        let handles = unsafe { std::slice::from_raw_parts(handles, count) };
        let objects = objects_of(handles)?;
        if wait_all != 0 {
            let mut seen: Vec<*const ()> = objects
                .iter()
                .map(|o| Arc::as_ptr(o).cast::<()>())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            if seen.len() != objects.len() {
                return Err(Win32Error::INVALID_PARAMETER);
            }
        }
        wait_for(
            &objects,
            wait_all != 0,
            milliseconds,
            alertable != 0,
            || Ok(()),
        )
    })
}

/// Signals an event, mutex or semaphore and waits on another object in one
/// step: no waiter can miss the window between the two. Another object type
/// to signal fails with ERROR_INVALID_HANDLE; a failed release (a mutex not
/// owned, a full semaphore) fails the call with its error and no wait.
#[unsafe(no_mangle)]
pub extern "system" fn SignalObjectAndWait(
    to_signal: HANDLE,
    to_wait_on: HANDLE,
    milliseconds: u32,
    alertable: BOOL,
) -> u32 {
    wait_call("SignalObjectAndWait", || {
        let objects = objects_of(&[to_wait_on])?;
        let target = object::get(to_signal)?;
        let me = thread::current();
        let any: Arc<dyn std::any::Any + Send + Sync> = target;
        let release = move || -> Win32Result<()> {
            if let Some(event) = any.downcast_ref::<Event>() {
                event.set_locked();
                Ok(())
            } else if let Some(mutex) = any.downcast_ref::<Mutant>() {
                mutex.release_locked(&me)
            } else if let Some(semaphore) = any.downcast_ref::<Semaphore>() {
                semaphore.release_locked(1).map(drop)
            } else {
                Err(Win32Error::INVALID_HANDLE)
            }
        };
        wait_for(&objects, false, milliseconds, alertable != 0, release)
    })
}

// ---- sleeping and APCs ---------------------------------------------------------

/// Sleep(0) gives up the rest of the time slice; INFINITE never returns.
#[unsafe(no_mangle)]
pub extern "system" fn Sleep(milliseconds: u32) {
    guard("Sleep", (), || sleep(milliseconds))
}

fn sleep(milliseconds: u32) {
    match milliseconds {
        0 => std::thread::yield_now(),
        INFINITE => loop {
            std::thread::sleep(Duration::from_secs(u64::from(u32::MAX)));
        },
        ms => std::thread::sleep(Duration::from_millis(u64::from(ms))),
    }
}

/// Alertable: returns WAIT_IO_COMPLETION once the thread's queued APCs have
/// run (at once if some are queued), else 0 when the time is up.
#[unsafe(no_mangle)]
pub extern "system" fn SleepEx(milliseconds: u32, alertable: BOOL) -> u32 {
    guard("SleepEx", 0, || {
        if alertable == 0 {
            sleep(milliseconds);
            return 0;
        }
        match wait_for(&[], false, milliseconds, true, || Ok(())) {
            Ok(WaitOutcome::Apc) => WAIT_IO_COMPLETION,
            _ => {
                if milliseconds == 0 {
                    std::thread::yield_now();
                }
                0
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{CreateEventW, SetEvent};
    use crate::object::{CloseHandle, GetCurrentThread};
    use std::ptr::null;
    use win32::get_last_error;

    fn event(manual: bool, initial: bool) -> HANDLE {
        // SAFETY: NULL attributes and name are allowed.
        unsafe { CreateEventW(null(), manual.into(), initial.into(), null()) }
    }

    #[test]
    fn timeouts_return_wait_timeout_after_about_the_time_asked() {
        let e = event(false, false);
        let start = Instant::now();
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        assert_eq!(WaitForSingleObject(e, 100), WAIT_TIMEOUT);
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(100), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
        assert_eq!(CloseHandle(e), 1);
    }

    #[test]
    fn bad_handles_and_counts_fail() {
        assert_eq!(WaitForSingleObject(std::ptr::null_mut(), 0), WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        let e = event(true, true);
        let handles = vec![e; 65];
        // SAFETY: `handles` holds 65 handles.
        let r = unsafe { WaitForMultipleObjects(65, handles.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        // SAFETY: as above.
        let r = unsafe { WaitForMultipleObjects(0, handles.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_FAILED);
        // 64 copies are fine when any one will do ...
        // SAFETY: as above.
        let r = unsafe { WaitForMultipleObjects(64, handles.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_OBJECT_0);
        // ... but not with WaitAll.
        // SAFETY: as above.
        let r = unsafe { WaitForMultipleObjects(2, handles.as_ptr(), 1, 0) };
        assert_eq!(r, WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        let with_bad = [e, 0x4444 as HANDLE];
        // SAFETY: `with_bad` holds 2 handles.
        let r = unsafe { WaitForMultipleObjects(2, with_bad.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        assert_eq!(CloseHandle(e), 1);
        // A closed handle is a bad handle.
        assert_eq!(WaitForSingleObject(e, 0), WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
    }

    #[test]
    fn wait_any_reports_the_lowest_signalled_index() {
        let a = event(true, false);
        let b = event(true, true);
        let c = event(true, true);
        let handles = [a, b, c];
        // SAFETY: `handles` holds 3 handles.
        let r = unsafe { WaitForMultipleObjects(3, handles.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_OBJECT_0 + 1);
        // SAFETY: as above.
        let r = unsafe { WaitForMultipleObjects(3, handles.as_ptr(), 1, 0) };
        assert_eq!(r, WAIT_TIMEOUT);
        assert_eq!(SetEvent(a), 1);
        // SAFETY: as above.
        let r = unsafe { WaitForMultipleObjects(3, handles.as_ptr(), 1, INFINITE) };
        assert_eq!(r, WAIT_OBJECT_0);
        for h in handles {
            assert_eq!(CloseHandle(h), 1);
        }
    }

    #[test]
    fn wait_all_takes_every_object_in_one_step() {
        // Two auto-reset events: a WaitAll waiter and a waiter on the second
        // event alone. When only the second is set, the WaitAll waiter must
        // not take it; when both are set, it takes both or neither.
        let a = event(false, false);
        let b = event(false, false);
        let (ha, hb) = (a as usize, b as usize);
        let all = std::thread::spawn(move || {
            let handles = [ha as HANDLE, hb as HANDLE];
            // SAFETY: `handles` holds 2 handles.
            unsafe { WaitForMultipleObjects(2, handles.as_ptr(), 1, 5000) }
        });
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(SetEvent(b), 1);
        std::thread::sleep(Duration::from_millis(50));
        // b is still set: the WaitAll did not consume it on its own.
        assert_eq!(WaitForSingleObject(b, 0), WAIT_OBJECT_0);
        assert_eq!(SetEvent(b), 1);
        assert_eq!(SetEvent(a), 1);
        assert_eq!(all.join().unwrap(), WAIT_OBJECT_0);
        // Both were consumed by it.
        assert_eq!(WaitForSingleObject(a, 0), WAIT_TIMEOUT);
        assert_eq!(WaitForSingleObject(b, 0), WAIT_TIMEOUT);
        assert_eq!(CloseHandle(a), 1);
        assert_eq!(CloseHandle(b), 1);
    }

    #[test]
    fn signal_object_and_wait_signals_then_waits() {
        let to_set = event(false, false);
        let to_wait = event(false, true);
        assert_eq!(SignalObjectAndWait(to_set, to_wait, 0, 0), WAIT_OBJECT_0);
        assert_eq!(WaitForSingleObject(to_set, 0), WAIT_OBJECT_0);
        assert_eq!(SignalObjectAndWait(to_set, to_wait, 10, 0), WAIT_TIMEOUT);
        // A thread handle cannot be signalled.
        assert_eq!(
            SignalObjectAndWait(GetCurrentThread(), to_wait, 0, 0),
            WAIT_FAILED
        );
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        assert_eq!(CloseHandle(to_set), 1);
        assert_eq!(CloseHandle(to_wait), 1);
    }

    #[test]
    fn sleep_ex_not_alertable_just_sleeps() {
        let start = Instant::now();
        assert_eq!(SleepEx(20, 0), 0);
        assert_eq!(SleepEx(20, 1), 0);
        assert!(start.elapsed() >= Duration::from_millis(40));
        Sleep(0);
    }
}
