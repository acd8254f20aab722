//! Event objects: CreateEvent(Ex), OpenEvent, SetEvent, ResetEvent,
//! PulseEvent.

use std::ffi::c_char;
use std::sync::{Arc, Mutex, MutexGuard};

use win32::abi::bool_call;
use win32::wstr::{from_ansi_ptr, from_wide_ptr};
use win32::{Win32Error, Win32Result, sync};
use windows_sys::Win32::Foundation::HANDLE;
use windows_sys::Win32::Security::SECURITY_ATTRIBUTES;
use windows_sys::Win32::System::Threading::{CREATE_EVENT_INITIAL_SET, CREATE_EVENT_MANUAL_RESET};
use windows_sys::core::BOOL;

use crate::object::{self, KernelObject, create_call, create_named, handle_call, open_named};
use crate::thread::Thread;
use crate::wait::{Waitable, signal};

/// A manual- or auto-reset event.
pub struct Event {
    manual_reset: bool,
    state: Mutex<EventState>,
}

#[derive(Default)]
struct EventState {
    signaled: bool,
    /// Waiters asleep on the event right now.
    blocked: usize,
    /// After a PulseEvent: how many of the waiters asleep at the pulse have
    /// yet to look; the event resets when the last one has.
    pulse_pending: usize,
}

impl Event {
    pub fn new(manual_reset: bool, initial: bool) -> Arc<Self> {
        Arc::new(Self {
            manual_reset,
            state: Mutex::new(EventState {
                signaled: initial,
                ..EventState::default()
            }),
        })
    }

    fn state(&self) -> MutexGuard<'_, EventState> {
        sync::lock(&self.state)
    }

    /// SetEvent, with the wait lock held.
    pub fn set_locked(&self) {
        let mut state = self.state();
        state.signaled = true;
        state.pulse_pending = 0;
    }

    fn reset_locked(&self) {
        let mut state = self.state();
        state.signaled = false;
        state.pulse_pending = 0;
    }

    /// The PulseEvent page: a manual-reset event releases every thread
    /// waiting at that moment, an auto-reset event one of them; then the
    /// event is reset. With no waiter it only resets.
    fn pulse_locked(&self) {
        let mut state = self.state();
        state.signaled = state.blocked > 0;
        state.pulse_pending = state.blocked;
    }
}

impl KernelObject for Event {
    fn waitable(&self) -> Option<&dyn Waitable> {
        Some(self)
    }
}

impl Waitable for Event {
    fn is_signaled(&self, _waiter: &Thread) -> bool {
        self.state().signaled
    }

    fn satisfy(&self, _waiter: &Thread) -> bool {
        if !self.manual_reset {
            let mut state = self.state();
            state.signaled = false;
            state.pulse_pending = 0;
        }
        false
    }

    fn waiter_blocks(&self) {
        self.state().blocked += 1;
    }

    fn waiter_wakes(&self) {
        let mut state = self.state();
        state.blocked = state.blocked.saturating_sub(1);
        if state.pulse_pending > 0 {
            state.pulse_pending -= 1;
            if state.pulse_pending == 0 {
                state.signaled = false;
            }
        }
    }
}

fn create_event(name: Option<String>, manual_reset: bool, initial: bool) -> HANDLE {
    // An existing event keeps its own type and state (CreateEvent page).
    create_call("CreateEvent", || {
        create_named(name, || Event::new(manual_reset, initial))
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateEventW(
    _attributes: *const SECURITY_ATTRIBUTES,
    manual_reset: BOOL,
    initial_state: BOOL,
    name: *const u16,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    match unsafe { from_wide_ptr(name) } {
        Ok(name) => create_event(name, manual_reset != 0, initial_state != 0),
        Err(e) => create_call("CreateEventW", || Err(e)),
    }
}

/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateEventA(
    _attributes: *const SECURITY_ATTRIBUTES,
    manual_reset: BOOL,
    initial_state: BOOL,
    name: *const c_char,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    match unsafe { from_ansi_ptr(name) } {
        Ok(name) => create_event(name, manual_reset != 0, initial_state != 0),
        Err(e) => create_call("CreateEventA", || Err(e)),
    }
}

/// CreateEventEx's flags are CREATE_EVENT_MANUAL_RESET and
/// CREATE_EVENT_INITIAL_SET; other bits fail with ERROR_INVALID_PARAMETER.
fn create_event_ex(name: Win32Result<Option<String>>, flags: u32) -> HANDLE {
    let known = CREATE_EVENT_MANUAL_RESET | CREATE_EVENT_INITIAL_SET;
    match name {
        Ok(name) if flags & !known == 0 => create_event(
            name,
            flags & CREATE_EVENT_MANUAL_RESET != 0,
            flags & CREATE_EVENT_INITIAL_SET != 0,
        ),
        Ok(_) => create_call("CreateEventEx", || Err(Win32Error::INVALID_PARAMETER)),
        Err(e) => create_call("CreateEventEx", || Err(e)),
    }
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes and
/// access mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateEventExW(
    _attributes: *const SECURITY_ATTRIBUTES,
    name: *const u16,
    flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_event_ex(unsafe { from_wide_ptr(name) }, flags)
}

/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes and access
/// mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateEventExA(
    _attributes: *const SECURITY_ATTRIBUTES,
    name: *const c_char,
    flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_event_ex(unsafe { from_ansi_ptr(name) }, flags)
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenEventW(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const u16,
) -> HANDLE {
    handle_call("OpenEventW", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Event>(unsafe { from_wide_ptr(name) }?)
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenEventA(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const c_char,
) -> HANDLE {
    handle_call("OpenEventA", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Event>(unsafe { from_ansi_ptr(name) }?)
    })
}

fn with_event(function: &'static str, handle: HANDLE, change: fn(&Event)) -> BOOL {
    bool_call(function, || {
        let event = object::get_as::<Event>(handle)?;
        signal(|| change(&event));
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn SetEvent(event: HANDLE) -> BOOL {
    with_event("SetEvent", event, Event::set_locked)
}

#[unsafe(no_mangle)]
pub extern "system" fn ResetEvent(event: HANDLE) -> BOOL {
    with_event("ResetEvent", event, Event::reset_locked)
}

#[unsafe(no_mangle)]
pub extern "system" fn PulseEvent(event: HANDLE) -> BOOL {
    with_event("PulseEvent", event, Event::pulse_locked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::CloseHandle;
    use crate::wait::{WaitForMultipleObjects, WaitForSingleObject};
    use std::ptr::null;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;
    use win32::get_last_error;
    use windows_sys::Win32::Foundation::{
        ERROR_ALREADY_EXISTS, ERROR_FILE_NOT_FOUND, ERROR_INVALID_HANDLE, WAIT_FAILED,
        WAIT_OBJECT_0, WAIT_TIMEOUT,
    };

    fn event(manual: bool, initial: bool) -> HANDLE {
        // SAFETY: NULL attributes and name are allowed.
        unsafe { CreateEventW(null(), manual.into(), initial.into(), null()) }
    }

    /// Start `n` threads that each wait once on `h` (5 s at most) and count
    /// their successes.
    fn waiters(h: HANDLE, n: usize) -> (Arc<AtomicUsize>, Vec<std::thread::JoinHandle<()>>) {
        let woken = Arc::new(AtomicUsize::new(0));
        let h = h as usize;
        let threads = (0..n)
            .map(|_| {
                let woken = woken.clone();
                std::thread::spawn(move || {
                    if WaitForSingleObject(h as HANDLE, 5000) == WAIT_OBJECT_0 {
                        woken.fetch_add(1, Ordering::SeqCst);
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(100));
        (woken, threads)
    }

    fn settle() {
        std::thread::sleep(Duration::from_millis(200));
    }

    #[test]
    fn auto_reset_wakes_exactly_one_waiter_per_set() {
        let e = event(false, false);
        let (woken, threads) = waiters(e, 3);
        assert_eq!(SetEvent(e), 1);
        settle();
        assert_eq!(woken.load(Ordering::SeqCst), 1);
        assert_eq!(SetEvent(e), 1);
        settle();
        assert_eq!(woken.load(Ordering::SeqCst), 2);
        assert_eq!(SetEvent(e), 1);
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(woken.load(Ordering::SeqCst), 3);
        // Each set was consumed by one waiter.
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        assert_eq!(CloseHandle(e), 1);
    }

    #[test]
    fn manual_reset_wakes_all_and_stays_set() {
        let e = event(true, false);
        let (woken, threads) = waiters(e, 4);
        assert_eq!(SetEvent(e), 1);
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(woken.load(Ordering::SeqCst), 4);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
        assert_eq!(ResetEvent(e), 1);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        assert_eq!(CloseHandle(e), 1);
    }

    #[test]
    fn initial_state_and_auto_reset_on_wait() {
        let e = event(false, true);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_OBJECT_0);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        assert_eq!(CloseHandle(e), 1);
    }

    #[test]
    fn pulse_releases_the_current_waiters_and_resets() {
        let e = event(true, false);
        // Nobody waits: the pulse leaves the event reset.
        assert_eq!(PulseEvent(e), 1);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        let (woken, threads) = waiters(e, 3);
        assert_eq!(PulseEvent(e), 1);
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(woken.load(Ordering::SeqCst), 3);
        assert_eq!(WaitForSingleObject(e, 0), WAIT_TIMEOUT);
        assert_eq!(CloseHandle(e), 1);

        let auto = event(false, false);
        let (woken, threads) = waiters(auto, 2);
        assert_eq!(PulseEvent(auto), 1);
        settle();
        assert_eq!(woken.load(Ordering::SeqCst), 1);
        assert_eq!(WaitForSingleObject(auto, 0), WAIT_TIMEOUT);
        assert_eq!(SetEvent(auto), 1);
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(CloseHandle(auto), 1);
    }

    #[test]
    fn named_events_are_shared_and_say_already_exists() {
        let name = win32::wstr::to_wide_nul("event-test-shared");
        // SAFETY: `name` is terminated.
        let a = unsafe { CreateEventW(null(), 1, 0, name.as_ptr()) };
        assert!(!a.is_null());
        assert_eq!(get_last_error(), 0);
        // SAFETY: as above; the second create's type and state are ignored.
        let b = unsafe { CreateEventExW(null(), name.as_ptr(), CREATE_EVENT_INITIAL_SET, 0) };
        assert_eq!(get_last_error(), ERROR_ALREADY_EXISTS);
        // SAFETY: as above.
        let c = unsafe { OpenEventA(0, 0, c"event-test-shared".as_ptr()) };
        assert!(!c.is_null());
        assert_eq!(WaitForSingleObject(c, 0), WAIT_TIMEOUT);
        assert_eq!(SetEvent(b), 1);
        // Manual reset, as the first create said.
        assert_eq!(WaitForSingleObject(c, 0), WAIT_OBJECT_0);
        assert_eq!(WaitForSingleObject(a, 0), WAIT_OBJECT_0);
        // The same object twice is refused in a WaitAll.
        let both = [a, c];
        // SAFETY: `both` holds 2 handles.
        let r = unsafe { WaitForMultipleObjects(2, both.as_ptr(), 1, 0) };
        assert_eq!(r, WAIT_FAILED);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        for h in [a, b, c] {
            assert_eq!(CloseHandle(h), 1);
        }
        // SAFETY: as above.
        let gone = unsafe { OpenEventW(0, 0, name.as_ptr()) };
        assert!(gone.is_null());
        assert_eq!(get_last_error(), ERROR_FILE_NOT_FOUND);
    }

    #[test]
    fn event_calls_on_other_handles_fail() {
        assert_eq!(SetEvent(std::ptr::null_mut()), 0);
        assert_eq!(get_last_error(), ERROR_INVALID_HANDLE);
        assert_eq!(SetEvent(crate::object::GetCurrentThread()), 0);
        assert_eq!(get_last_error(), ERROR_INVALID_HANDLE);
        // SAFETY: NULL name.
        let bad = unsafe { CreateEventExW(null(), null(), 0x100, 0) };
        assert!(bad.is_null());
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
    }
}
