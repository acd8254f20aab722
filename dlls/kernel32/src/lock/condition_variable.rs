//! CONDITION_VARIABLE: a wake counter in the structure that sleepers
//! futex-wait on.

use std::sync::atomic::Ordering;

use win32::abi::guard;
use win32::{Win32Error, set_last_error};
use windows_sys::Win32::Foundation::ERROR_TIMEOUT;
use windows_sys::Win32::System::Threading::{
    CONDITION_VARIABLE, CONDITION_VARIABLE_LOCKMODE_SHARED, SRWLOCK,
};
use windows_sys::core::BOOL;

use super::critical_section::{CRITICAL_SECTION, critical};
use super::srw::srw;
use super::{futex_wait, futex_wake, low_word, timeout_of};

/// The variable's low 32 bits count wakes; a sleeper notes the count before
/// releasing its lock and sleeps only while it is unchanged, so a wake
/// between the two is never lost. Wakes may be spurious, as the page warns.
///
/// # Safety
/// `cv` is NULL or points to writable CONDITION_VARIABLE memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitializeConditionVariable(cv: *mut CONDITION_VARIABLE) {
    if !cv.is_null() {
        // SAFETY: as the caller promises; CONDITION_VARIABLE_INIT is all zero.
        unsafe { cv.write(std::mem::zeroed()) };
    }
}

/// Release with `unlock`, sleep on `cv` up to `milliseconds`, relock with
/// `relock`: TRUE, or FALSE with ERROR_TIMEOUT when the time ran out.
///
/// # Safety
/// `cv` is NULL or points to a live CONDITION_VARIABLE.
unsafe fn sleep_on(
    cv: *mut CONDITION_VARIABLE,
    milliseconds: u32,
    unlock: impl FnOnce(),
    relock: impl FnOnce(),
) -> BOOL {
    // SAFETY: as the caller promises.
    let Some(sequence) = (unsafe { low_word(cv) }) else {
        set_last_error(Win32Error::INVALID_PARAMETER.0);
        return 0;
    };
    let seen = sequence.load(Ordering::Relaxed);
    unlock();
    let woken = futex_wait(sequence, seen, timeout_of(milliseconds));
    relock();
    if woken {
        1
    } else {
        set_last_error(ERROR_TIMEOUT);
        0
    }
}

/// The section is left once while sleeping and entered again after.
///
/// # Safety
/// `cv` is NULL or a live CONDITION_VARIABLE; `cs` is NULL or a live
/// CRITICAL_SECTION the calling thread owns.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SleepConditionVariableCS(
    cv: *mut CONDITION_VARIABLE,
    cs: *mut CRITICAL_SECTION,
    milliseconds: u32,
) -> BOOL {
    guard("SleepConditionVariableCS", 0, || {
        // SAFETY: as the caller promises.
        let Some(section) = (unsafe { critical(cs) }) else {
            set_last_error(Win32Error::INVALID_PARAMETER.0);
            return 0;
        };
        // SAFETY: as the caller promises.
        unsafe { sleep_on(cv, milliseconds, || section.leave(), || section.enter()) }
    })
}

/// `flags` is 0 (held exclusively) or CONDITION_VARIABLE_LOCKMODE_SHARED;
/// anything else fails with ERROR_INVALID_PARAMETER.
///
/// # Safety
/// `cv` is NULL or a live CONDITION_VARIABLE; `lock` is NULL or a live
/// SRWLOCK the calling thread holds in the mode `flags` names.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SleepConditionVariableSRW(
    cv: *mut CONDITION_VARIABLE,
    lock: *mut SRWLOCK,
    milliseconds: u32,
    flags: u32,
) -> BOOL {
    guard("SleepConditionVariableSRW", 0, || {
        // SAFETY: as the caller promises.
        let srw = unsafe { srw(lock) };
        let (Some(srw), 0 | CONDITION_VARIABLE_LOCKMODE_SHARED) = (srw, flags) else {
            set_last_error(Win32Error::INVALID_PARAMETER.0);
            return 0;
        };
        let shared = flags == CONDITION_VARIABLE_LOCKMODE_SHARED;
        let unlock = || match shared {
            true => srw.release_read(),
            false => srw.release_write(),
        };
        let relock = || match shared {
            true => srw.read(),
            false => srw.write(),
        };
        // SAFETY: as the caller promises.
        unsafe { sleep_on(cv, milliseconds, unlock, relock) }
    })
}

fn wake(function: &'static str, cv: *mut CONDITION_VARIABLE, count: i32) {
    guard(function, (), || {
        // SAFETY: every caller passes on its own caller's promise that `cv`
        // is NULL or a live CONDITION_VARIABLE.
        if let Some(sequence) = unsafe { low_word(cv) } {
            sequence.fetch_add(1, Ordering::Relaxed);
            futex_wake(sequence, count);
        }
    })
}

/// # Safety
/// `cv` is NULL or points to a live CONDITION_VARIABLE.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WakeConditionVariable(cv: *mut CONDITION_VARIABLE) {
    wake("WakeConditionVariable", cv, 1)
}

/// # Safety
/// `cv` is NULL or points to a live CONDITION_VARIABLE.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WakeAllConditionVariable(cv: *mut CONDITION_VARIABLE) {
    wake("WakeAllConditionVariable", cv, i32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::critical_section::{EnterCriticalSection, LeaveCriticalSection};
    use crate::lock::srw::{
        AcquireSRWLockExclusive, AcquireSRWLockShared, ReleaseSRWLockExclusive,
        ReleaseSRWLockShared, TryAcquireSRWLockShared,
    };
    use crate::lock::test_support::Shared;
    use std::collections::VecDeque;
    use std::time::{Duration, Instant};
    use win32::get_last_error;
    use windows_sys::Win32::System::Threading::INFINITE;

    #[test]
    fn condition_variable_producer_consumer_with_a_critical_section() {
        let shared = Shared::<CRITICAL_SECTION, VecDeque<u64>>::new(VecDeque::new());
        let s = shared.clone();
        let consumer = std::thread::spawn(move || {
            let mut sum = 0;
            let mut received = 0;
            // SAFETY: a live section and variable; the queue only with the
            // section held.
            unsafe {
                EnterCriticalSection(s.lock.get());
                while received < 1000 {
                    while (*s.data.get()).is_empty() {
                        assert_eq!(
                            SleepConditionVariableCS(s.cv.get(), s.lock.get(), INFINITE),
                            1
                        );
                    }
                    while let Some(v) = (*s.data.get()).pop_front() {
                        sum += v;
                        received += 1;
                    }
                }
                LeaveCriticalSection(s.lock.get());
            }
            sum
        });
        for v in 1..=1000u64 {
            // SAFETY: as above.
            unsafe {
                EnterCriticalSection(shared.lock.get());
                (*shared.data.get()).push_back(v);
                LeaveCriticalSection(shared.lock.get());
                WakeConditionVariable(shared.cv.get());
            }
        }
        assert_eq!(consumer.join().unwrap(), 500_500);
    }

    #[test]
    fn condition_variable_with_shared_srw_and_wake_all() {
        let shared = Shared::<SRWLOCK, bool>::new(false);
        let s = shared.clone();
        let waiters: Vec<_> = (0..3)
            .map(|_| {
                let s = s.clone();
                std::thread::spawn(move || {
                    // SAFETY: a live lock and variable; `data` read held.
                    unsafe {
                        AcquireSRWLockShared(s.lock.get());
                        while !*s.data.get() {
                            SleepConditionVariableSRW(
                                s.cv.get(),
                                s.lock.get(),
                                INFINITE,
                                CONDITION_VARIABLE_LOCKMODE_SHARED,
                            );
                        }
                        ReleaseSRWLockShared(s.lock.get());
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(50));
        // SAFETY: `data` written held exclusively.
        unsafe {
            AcquireSRWLockExclusive(shared.lock.get());
            *shared.data.get() = true;
            ReleaseSRWLockExclusive(shared.lock.get());
            WakeAllConditionVariable(shared.cv.get());
        }
        waiters.into_iter().for_each(|w| w.join().unwrap());
    }

    #[test]
    fn condition_variable_timeout_is_false_with_error_timeout() {
        let shared = Shared::<SRWLOCK, ()>::new(());
        let start = Instant::now();
        // SAFETY: a live lock and variable.
        unsafe {
            AcquireSRWLockExclusive(shared.lock.get());
            let r = SleepConditionVariableSRW(shared.cv.get(), shared.lock.get(), 50, 0);
            assert_eq!(r, 0);
            assert_eq!(get_last_error(), ERROR_TIMEOUT);
            // Relocked exclusively on return.
            assert_eq!(TryAcquireSRWLockShared(shared.lock.get()), 0);
            let r = SleepConditionVariableSRW(shared.cv.get(), shared.lock.get(), 0, 7);
            assert_eq!(r, 0);
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
            ReleaseSRWLockExclusive(shared.lock.get());
        }
        assert!(start.elapsed() >= Duration::from_millis(50));
        let cs = Shared::<CRITICAL_SECTION, ()>::new(());
        // SAFETY: a live section and variable.
        unsafe {
            EnterCriticalSection(cs.lock.get());
            assert_eq!(SleepConditionVariableCS(cs.cv.get(), cs.lock.get(), 10), 0);
            assert_eq!(get_last_error(), ERROR_TIMEOUT);
            assert_eq!((*cs.lock.get()).RecursionCount, 1);
            LeaveCriticalSection(cs.lock.get());
        }
    }
}
