//! CRITICAL_SECTION: a recursive lock on a futex in the structure.

use std::sync::atomic::{AtomicI32, AtomicU32, AtomicUsize, Ordering};

use win32::abi::guard;
use windows_sys::core::BOOL;

use super::{futex_wait, futex_wake};
use crate::thread::current_tid;

pub use windows_sys::Win32::System::Threading::CRITICAL_SECTION;

/// The fields of a CRITICAL_SECTION as this implementation uses them:
/// `LockCount` is the futex word (0 free, 1 held, 2 held with sleepers),
/// `OwningThread` the owner's thread id (as on Windows), `RecursionCount`
/// the owner's depth, `SpinCount` the spins before sleeping.
pub(super) struct Critical<'a> {
    lock: &'a AtomicU32,
    recursion: &'a AtomicI32,
    owner: &'a AtomicUsize,
    spin: &'a AtomicUsize,
}

/// # Safety
/// `cs` is NULL or points to a live CRITICAL_SECTION used only through
/// these functions while `'a` lasts.
pub(super) unsafe fn critical<'a>(cs: *mut CRITICAL_SECTION) -> Option<Critical<'a>> {
    if cs.is_null() {
        return None;
    }
    // SAFETY: the fields of a live, aligned CRITICAL_SECTION, each the size
    // of its atomic.
    unsafe {
        Some(Critical {
            lock: AtomicU32::from_ptr((&raw mut (*cs).LockCount).cast()),
            recursion: AtomicI32::from_ptr(&raw mut (*cs).RecursionCount),
            owner: AtomicUsize::from_ptr((&raw mut (*cs).OwningThread).cast()),
            spin: AtomicUsize::from_ptr(&raw mut (*cs).SpinCount),
        })
    }
}

/// A fresh section, as InitializeCriticalSectionEx leaves it. DebugInfo is
/// -1, "no debug information", as Windows 8 and later set it; code that
/// tests DebugInfo to see whether a section was initialised keeps working.
///
/// # Safety
/// `cs` is NULL or points to writable CRITICAL_SECTION memory not in use.
unsafe fn initialize(cs: *mut CRITICAL_SECTION, spin_count: u32) {
    if cs.is_null() {
        return;
    }
    // SAFETY: as the caller promises.
    unsafe {
        cs.write(CRITICAL_SECTION {
            DebugInfo: usize::MAX as *mut _,
            LockCount: 0,
            RecursionCount: 0,
            OwningThread: std::ptr::null_mut(),
            LockSemaphore: std::ptr::null_mut(),
            // The top bits once asked to preallocate an event; the count is
            // the low 24 (InitializeCriticalSectionAndSpinCount page).
            SpinCount: (spin_count & 0x00FF_FFFF) as usize,
        })
    };
}

impl Critical<'_> {
    pub(super) fn enter(&self) {
        let me = current_tid() as usize;
        if self.owner.load(Ordering::Relaxed) == me {
            self.recursion.fetch_add(1, Ordering::Relaxed);
            return;
        }
        if self
            .lock
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.enter_contended();
        }
        self.owner.store(me, Ordering::Relaxed);
        self.recursion.store(1, Ordering::Relaxed);
    }

    fn enter_contended(&self) {
        for _ in 0..self.spin.load(Ordering::Relaxed) {
            if self.lock.load(Ordering::Relaxed) == 0
                && self
                    .lock
                    .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return;
            }
            std::hint::spin_loop();
        }
        // Taken with state 2, so the leave that follows wakes the next one.
        while self.lock.swap(2, Ordering::Acquire) != 0 {
            futex_wait(self.lock, 2, None);
        }
    }

    fn try_enter(&self) -> bool {
        let me = current_tid() as usize;
        if self.owner.load(Ordering::Relaxed) == me {
            self.recursion.fetch_add(1, Ordering::Relaxed);
            return true;
        }
        if self
            .lock
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            return false;
        }
        self.owner.store(me, Ordering::Relaxed);
        self.recursion.store(1, Ordering::Relaxed);
        true
    }

    /// Leaving a section the thread does not own is ignored (Windows'
    /// behaviour is undefined; this is never a hang or a crash).
    pub(super) fn leave(&self) {
        if self.owner.load(Ordering::Relaxed) != current_tid() as usize {
            return;
        }
        if self.recursion.fetch_sub(1, Ordering::Relaxed) > 1 {
            return;
        }
        self.owner.store(0, Ordering::Relaxed);
        if self.lock.swap(0, Ordering::Release) == 2 {
            futex_wake(self.lock, 1);
        }
    }
}

/// # Safety
/// `cs` is NULL or points to writable CRITICAL_SECTION memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitializeCriticalSection(cs: *mut CRITICAL_SECTION) {
    // SAFETY: as the caller promises.
    guard("InitializeCriticalSection", (), || unsafe {
        initialize(cs, 0)
    })
}

/// Always succeeds.
///
/// # Safety
/// `cs` is NULL or points to writable CRITICAL_SECTION memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitializeCriticalSectionAndSpinCount(
    cs: *mut CRITICAL_SECTION,
    spin_count: u32,
) -> BOOL {
    // SAFETY: as the caller promises.
    guard("InitializeCriticalSectionAndSpinCount", 0, || unsafe {
        initialize(cs, spin_count);
        1
    })
}

/// Always succeeds; the flags (debug information) change nothing here.
///
/// # Safety
/// `cs` is NULL or points to writable CRITICAL_SECTION memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitializeCriticalSectionEx(
    cs: *mut CRITICAL_SECTION,
    spin_count: u32,
    _flags: u32,
) -> BOOL {
    // SAFETY: as the caller promises.
    guard("InitializeCriticalSectionEx", 0, || unsafe {
        initialize(cs, spin_count);
        1
    })
}

/// Returns the previous spin count.
///
/// # Safety
/// `cs` is NULL or points to a live CRITICAL_SECTION.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetCriticalSectionSpinCount(
    cs: *mut CRITICAL_SECTION,
    spin_count: u32,
) -> u32 {
    guard("SetCriticalSectionSpinCount", 0, || {
        // SAFETY: as the caller promises.
        let Some(c) = (unsafe { critical(cs) }) else {
            return 0;
        };
        c.spin.swap(spin_count as usize, Ordering::Relaxed) as u32
    })
}

/// Recursive: the owner may enter again and leaves as often.
///
/// # Safety
/// `cs` is NULL or points to a live CRITICAL_SECTION (zero-filled or
/// initialised).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn EnterCriticalSection(cs: *mut CRITICAL_SECTION) {
    guard("EnterCriticalSection", (), || {
        // SAFETY: as the caller promises.
        if let Some(c) = unsafe { critical(cs) } {
            c.enter();
        }
    })
}

/// # Safety
/// `cs` is NULL or points to a live CRITICAL_SECTION (zero-filled or
/// initialised).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn TryEnterCriticalSection(cs: *mut CRITICAL_SECTION) -> BOOL {
    guard("TryEnterCriticalSection", 0, || {
        // SAFETY: as the caller promises.
        unsafe { critical(cs) }
            .is_some_and(|c| c.try_enter())
            .into()
    })
}

/// # Safety
/// `cs` is NULL or points to a live CRITICAL_SECTION.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LeaveCriticalSection(cs: *mut CRITICAL_SECTION) {
    guard("LeaveCriticalSection", (), || {
        // SAFETY: as the caller promises.
        if let Some(c) = unsafe { critical(cs) } {
            c.leave();
        }
    })
}

/// Nothing was allocated; the section is zeroed (usable again only after
/// a new initialisation, as on Windows, though zeroed works here).
///
/// # Safety
/// `cs` is NULL or points to a CRITICAL_SECTION no thread uses.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn DeleteCriticalSection(cs: *mut CRITICAL_SECTION) {
    if !cs.is_null() {
        // SAFETY: as the caller promises; all-zero is a valid CRITICAL_SECTION.
        unsafe { cs.write(std::mem::zeroed()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::test_support::{Shared, threads};

    #[test]
    fn critical_section_counts_exactly_under_contention() {
        let shared = Shared::<CRITICAL_SECTION, u64>::new(0);
        // SAFETY: fresh memory.
        unsafe { InitializeCriticalSectionAndSpinCount(shared.lock.get(), 100) };
        let s = shared.clone();
        threads(4, move |_| {
            for _ in 0..20_000 {
                // SAFETY: a live section; `data` only with it held.
                unsafe {
                    EnterCriticalSection(s.lock.get());
                    EnterCriticalSection(s.lock.get());
                    *s.data.get() += 1;
                    LeaveCriticalSection(s.lock.get());
                    LeaveCriticalSection(s.lock.get());
                }
            }
        });
        // SAFETY: every thread has finished.
        assert_eq!(unsafe { *shared.data.get() }, 80_000);
        // SAFETY: nobody holds the section.
        unsafe {
            let cs = &*shared.lock.get();
            assert_eq!((cs.LockCount, cs.RecursionCount), (0, 0));
            assert!(cs.OwningThread.is_null());
            DeleteCriticalSection(shared.lock.get());
        }
    }

    #[test]
    fn zeroed_critical_section_is_recursive_and_exclusive() {
        static mut SECTION: CRITICAL_SECTION = CRITICAL_SECTION {
            DebugInfo: std::ptr::null_mut(),
            LockCount: 0,
            RecursionCount: 0,
            OwningThread: std::ptr::null_mut(),
            LockSemaphore: std::ptr::null_mut(),
            SpinCount: 0,
        };
        let cs = &raw mut SECTION;
        let address = cs as usize;
        let try_elsewhere = move || {
            std::thread::spawn(move || {
                // SAFETY: the static section.
                let got = unsafe { TryEnterCriticalSection(address as *mut CRITICAL_SECTION) };
                if got != 0 {
                    // SAFETY: as above.
                    unsafe { LeaveCriticalSection(address as *mut CRITICAL_SECTION) };
                }
                got
            })
            .join()
            .unwrap()
        };
        // SAFETY: the static section, used only by this test.
        unsafe {
            EnterCriticalSection(cs);
            assert_eq!(TryEnterCriticalSection(cs), 1);
            assert_eq!((*cs).RecursionCount, 2);
            assert_eq!((*cs).OwningThread as usize, current_tid() as usize);
            assert_eq!(try_elsewhere(), 0);
            LeaveCriticalSection(cs);
            assert_eq!(try_elsewhere(), 0);
            LeaveCriticalSection(cs);
            // Leaving once too often is ignored.
            LeaveCriticalSection(cs);
            assert_eq!(try_elsewhere(), 1);
            EnterCriticalSection(std::ptr::null_mut());
        }
    }
}
