//! INIT_ONCE: one-time initialisation in the structure's pointer.

use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use win32::abi::guard;
use win32::{Win32Error, set_last_error};
use windows_sys::Win32::System::Threading::{INIT_ONCE, PINIT_ONCE_FN};
use windows_sys::core::BOOL;

use super::{futex_wait, futex_wake};

/// The INIT_ONCE pointer as Windows uses it: its low two bits say not yet
/// run (0), running (1) or done (2), and once done the rest is the context
/// the callback returned (whose low INIT_ONCE_CTX_RESERVED_BITS must be
/// zero). While running, bit 2 says threads sleep on it (a futex on the
/// low half).
const ONCE_RUNNING: usize = 1;
const ONCE_DONE: usize = 2;
const ONCE_STATE: usize = 3;
const ONCE_SLEEPERS: usize = 4;

/// # Safety
/// `once` is NULL or points to writable INIT_ONCE memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitOnceInitialize(once: *mut INIT_ONCE) {
    if !once.is_null() {
        // SAFETY: as the caller promises; INIT_ONCE_STATIC_INIT is all zero.
        unsafe { once.write(std::mem::zeroed()) };
    }
}

/// Runs `init_fn` once among all callers: the others wait for it and get
/// its context. A FALSE from the callback fails this call (with the
/// callback's last error) and lets a later call try again.
///
/// # Safety
/// `once` is NULL or a live INIT_ONCE; `init_fn` is NULL or a callback that
/// accepts `parameter`; `context` is NULL or points to a writable pointer.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitOnceExecuteOnce(
    once: *mut INIT_ONCE,
    init_fn: PINIT_ONCE_FN,
    parameter: *mut c_void,
    context: *mut *mut c_void,
) -> BOOL {
    guard("InitOnceExecuteOnce", 0, || {
        let Some(callback) = init_fn.filter(|_| !once.is_null()) else {
            set_last_error(Win32Error::INVALID_PARAMETER.0);
            return 0;
        };
        // SAFETY: a live, aligned INIT_ONCE is one pointer.
        let word = unsafe { AtomicUsize::from_ptr(once.cast()) };
        // SAFETY: its low half, for the futex.
        let low = unsafe { AtomicU32::from_ptr(once.cast()) };
        let done = |value: usize| {
            if !context.is_null() {
                // SAFETY: the caller passes a writable pointer, checked non-NULL.
                unsafe { context.write((value & !ONCE_STATE) as *mut c_void) };
            }
            1
        };
        loop {
            let state = word.load(Ordering::Acquire);
            match state & ONCE_STATE {
                ONCE_DONE => return done(state),
                0 => {
                    if word
                        .compare_exchange(state, ONCE_RUNNING, Ordering::Acquire, Ordering::Relaxed)
                        .is_err()
                    {
                        continue;
                    }
                    let mut made: *mut c_void = std::ptr::null_mut();
                    // SAFETY: the caller's callback, with its parameter.
                    let ok = unsafe { callback(once, parameter, &mut made) } != 0;
                    let valid = made as usize & ONCE_STATE == 0;
                    let next = if ok && valid {
                        made as usize | ONCE_DONE
                    } else {
                        0
                    };
                    if word.swap(next, Ordering::AcqRel) & ONCE_SLEEPERS != 0 {
                        futex_wake(low, i32::MAX);
                    }
                    if next != 0 {
                        return done(next);
                    }
                    if ok {
                        // A context using the reserved low bits.
                        set_last_error(Win32Error::INVALID_PARAMETER.0);
                    }
                    return 0;
                }
                ONCE_RUNNING => {
                    let sleeping = state | ONCE_SLEEPERS;
                    if state & ONCE_SLEEPERS == 0
                        && word
                            .compare_exchange(state, sleeping, Ordering::Relaxed, Ordering::Relaxed)
                            .is_err()
                    {
                        continue;
                    }
                    // While running, the whole value fits the low half.
                    futex_wait(low, sleeping as u32, None);
                }
                _ => {
                    set_last_error(Win32Error::INVALID_PARAMETER.0);
                    return 0;
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::test_support::{Shared, threads};
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;
    use std::time::Duration;
    use win32::get_last_error;

    static INIT_RUNS: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "system" fn slow_init(
        _once: *mut INIT_ONCE,
        parameter: *mut c_void,
        context: *mut *mut c_void,
    ) -> BOOL {
        INIT_RUNS.fetch_add(1, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(50));
        // SAFETY: InitOnceExecuteOnce passes a writable context.
        unsafe { context.write(parameter) };
        1
    }

    #[test]
    fn init_once_runs_once_among_racing_threads() {
        let shared = Shared::<INIT_ONCE, ()>::new(());
        let s = shared.clone();
        let contexts = Arc::new(std::sync::Mutex::new(Vec::new()));
        let c = contexts.clone();
        threads(8, move |_| {
            let mut context = std::ptr::null_mut();
            // SAFETY: a live INIT_ONCE, a valid callback, a writable context.
            let ok = unsafe {
                InitOnceExecuteOnce(
                    s.lock.get(),
                    Some(slow_init),
                    0x1000 as *mut c_void,
                    &mut context,
                )
            };
            assert_eq!(ok, 1);
            c.lock().unwrap().push(context as usize);
        });
        assert_eq!(INIT_RUNS.load(Ordering::SeqCst), 1);
        assert_eq!(*contexts.lock().unwrap(), vec![0x1000; 8]);
    }

    static FAIL_FIRST: AtomicBool = AtomicBool::new(true);

    unsafe extern "system" fn fails_once(
        _once: *mut INIT_ONCE,
        _parameter: *mut c_void,
        _context: *mut *mut c_void,
    ) -> BOOL {
        if FAIL_FIRST.swap(false, Ordering::SeqCst) {
            set_last_error(1234);
            return 0;
        }
        1
    }

    #[test]
    fn init_once_retries_after_a_failed_callback() {
        let mut once = INIT_ONCE::default();
        let mut context = 0x55 as *mut c_void;
        // SAFETY: a live INIT_ONCE, a valid callback, a writable context.
        unsafe {
            assert_eq!(
                InitOnceExecuteOnce(
                    &mut once,
                    Some(fails_once),
                    std::ptr::null_mut(),
                    &mut context
                ),
                0
            );
            assert_eq!(get_last_error(), 1234);
            assert_eq!(
                InitOnceExecuteOnce(
                    &mut once,
                    Some(fails_once),
                    std::ptr::null_mut(),
                    &mut context
                ),
                1
            );
            assert!(context.is_null());
            assert_eq!(
                InitOnceExecuteOnce(&mut once, None, std::ptr::null_mut(), &mut context),
                0
            );
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
            InitOnceInitialize(&mut once);
            assert!(once.Ptr.is_null());
        }
    }
}
