//! SRWLOCK: a reader-writer lock on two futex words in the structure.

use std::sync::atomic::{AtomicU32, Ordering};

use win32::abi::guard;
use windows_sys::Win32::System::Threading::SRWLOCK;

use super::{futex_wait, futex_wake, low_word};

/// The SDK's BOOLEAN (an unsigned char), which windows-sys does not declare.
#[allow(clippy::upper_case_acronyms)]
type BOOLEAN = u8;

/// The SRWLOCK's pointer holds two futex words: the state (low half) and a
/// counter writers sleep on (high half). The state counts readers in its
/// low 30 bits (all ones: a writer holds it) and flags sleeping readers and
/// writers in the top two; waiting writers go first, so readers cannot
/// starve them.
pub(super) struct Srw<'a> {
    state: &'a AtomicU32,
    writer_wake: &'a AtomicU32,
}

const READ_LOCKED: u32 = 1;
const HOLDERS: u32 = (1 << 30) - 1;
const WRITE_LOCKED: u32 = HOLDERS;
const MAX_READERS: u32 = HOLDERS - 1;
const READERS_WAITING: u32 = 1 << 30;
const WRITERS_WAITING: u32 = 1 << 31;

fn is_unlocked(state: u32) -> bool {
    state & HOLDERS == 0
}

fn is_write_locked(state: u32) -> bool {
    state & HOLDERS == WRITE_LOCKED
}

fn is_read_lockable(state: u32) -> bool {
    state & HOLDERS < MAX_READERS && state & (READERS_WAITING | WRITERS_WAITING) == 0
}

/// # Safety
/// `lock` is NULL or points to a live SRWLOCK used only through these
/// functions while `'a` lasts.
pub(super) unsafe fn srw<'a>(lock: *mut SRWLOCK) -> Option<Srw<'a>> {
    // SAFETY: as the caller promises; the pointer's two halves are u32s.
    let state = unsafe { low_word(lock) }?;
    // SAFETY: the high half of the same live pointer-sized structure.
    let writer_wake = unsafe { AtomicU32::from_ptr(lock.cast::<u32>().add(1)) };
    Some(Srw { state, writer_wake })
}

impl Srw<'_> {
    fn try_read(&self) -> bool {
        self.state
            .fetch_update(Ordering::Acquire, Ordering::Relaxed, |s| {
                is_read_lockable(s).then(|| s + READ_LOCKED)
            })
            .is_ok()
    }

    pub(super) fn read(&self) {
        let mut s = self.state.load(Ordering::Relaxed);
        loop {
            if is_read_lockable(s) {
                match self.state.compare_exchange_weak(
                    s,
                    s + READ_LOCKED,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => return,
                    Err(now) => {
                        s = now;
                        continue;
                    }
                }
            }
            if s & HOLDERS == MAX_READERS {
                // 2^30 readers at once: wait for one to leave.
                std::thread::yield_now();
                s = self.state.load(Ordering::Relaxed);
                continue;
            }
            if s & READERS_WAITING == 0
                && let Err(now) = self.state.compare_exchange(
                    s,
                    s | READERS_WAITING,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                )
            {
                s = now;
                continue;
            }
            futex_wait(self.state, s | READERS_WAITING, None);
            s = self.state.load(Ordering::Relaxed);
        }
    }

    pub(super) fn release_read(&self) {
        let s = self.state.load(Ordering::Relaxed);
        if s & HOLDERS == 0 || is_write_locked(s) {
            return;
        }
        let s = self.state.fetch_sub(READ_LOCKED, Ordering::Release) - READ_LOCKED;
        if is_unlocked(s) && s & WRITERS_WAITING != 0 {
            self.wake_writer_or_readers(s);
        }
    }

    fn try_write(&self) -> bool {
        self.state
            .fetch_update(Ordering::Acquire, Ordering::Relaxed, |s| {
                is_unlocked(s).then(|| s + WRITE_LOCKED)
            })
            .is_ok()
    }

    pub(super) fn write(&self) {
        let mut s = self.state.load(Ordering::Relaxed);
        // Once this writer has slept, it takes the lock keeping the
        // writers-waiting flag: others may still sleep.
        let mut other_writers = 0;
        loop {
            if is_unlocked(s) {
                match self.state.compare_exchange_weak(
                    s,
                    s | WRITE_LOCKED | other_writers,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => return,
                    Err(now) => {
                        s = now;
                        continue;
                    }
                }
            }
            if s & WRITERS_WAITING == 0
                && let Err(now) = self.state.compare_exchange(
                    s,
                    s | WRITERS_WAITING,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                )
            {
                s = now;
                continue;
            }
            other_writers = WRITERS_WAITING;
            let seen = self.writer_wake.load(Ordering::Acquire);
            s = self.state.load(Ordering::Relaxed);
            if is_unlocked(s) || s & WRITERS_WAITING == 0 {
                continue;
            }
            futex_wait(self.writer_wake, seen, None);
            s = self.state.load(Ordering::Relaxed);
        }
    }

    pub(super) fn release_write(&self) {
        if !is_write_locked(self.state.load(Ordering::Relaxed)) {
            return;
        }
        let s = self.state.fetch_sub(WRITE_LOCKED, Ordering::Release) - WRITE_LOCKED;
        if s & (READERS_WAITING | WRITERS_WAITING) != 0 {
            self.wake_writer_or_readers(s);
        }
    }

    /// The lock became free with sleepers: a writer first, else all readers.
    fn wake_writer_or_readers(&self, mut s: u32) {
        if s == WRITERS_WAITING {
            match self
                .state
                .compare_exchange(s, 0, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => {
                    if self.wake_writer() {
                        return;
                    }
                    s = 0;
                }
                Err(now) => s = now,
            }
        }
        if s == READERS_WAITING | WRITERS_WAITING {
            match self.state.compare_exchange(
                s,
                READERS_WAITING,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(_) => {
                    if self.wake_writer() {
                        return;
                    }
                    s = READERS_WAITING;
                }
                Err(now) => s = now,
            }
        }
        if s == READERS_WAITING
            && self
                .state
                .compare_exchange(s, 0, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            futex_wake(self.state, i32::MAX);
        }
    }

    fn wake_writer(&self) -> bool {
        self.writer_wake.fetch_add(1, Ordering::Release);
        futex_wake(self.writer_wake, 1)
    }
}

/// Runs `f` on the lock; a NULL lock does nothing.
fn with_srw<R: Default>(
    function: &'static str,
    lock: *mut SRWLOCK,
    f: impl FnOnce(&Srw) -> R,
) -> R {
    guard(function, R::default(), || {
        // SAFETY: every caller passes on its own caller's promise that the
        // lock is NULL or a live SRWLOCK.
        match unsafe { srw(lock) } {
            Some(srw) => f(&srw),
            None => R::default(),
        }
    })
}

/// # Safety
/// `lock` is NULL or points to writable SRWLOCK memory not in use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitializeSRWLock(lock: *mut SRWLOCK) {
    if !lock.is_null() {
        // SAFETY: as the caller promises; SRWLOCK_INIT is all zero.
        unsafe { lock.write(std::mem::zeroed()) };
    }
}

/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn AcquireSRWLockExclusive(lock: *mut SRWLOCK) {
    with_srw("AcquireSRWLockExclusive", lock, |s| s.write())
}

/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn AcquireSRWLockShared(lock: *mut SRWLOCK) {
    with_srw("AcquireSRWLockShared", lock, |s| s.read())
}

/// Releasing a lock not held exclusively is ignored.
///
/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ReleaseSRWLockExclusive(lock: *mut SRWLOCK) {
    with_srw("ReleaseSRWLockExclusive", lock, |s| s.release_write())
}

/// Releasing a lock not held shared is ignored.
///
/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ReleaseSRWLockShared(lock: *mut SRWLOCK) {
    with_srw("ReleaseSRWLockShared", lock, |s| s.release_read())
}

/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn TryAcquireSRWLockExclusive(lock: *mut SRWLOCK) -> BOOLEAN {
    with_srw("TryAcquireSRWLockExclusive", lock, |s| s.try_write().into())
}

/// # Safety
/// `lock` is NULL or points to a live SRWLOCK.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn TryAcquireSRWLockShared(lock: *mut SRWLOCK) -> BOOLEAN {
    with_srw("TryAcquireSRWLockShared", lock, |s| s.try_read().into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::test_support::{Shared, threads};
    use std::sync::Arc;
    use std::sync::atomic::AtomicUsize;
    use std::time::{Duration, Instant};

    #[test]
    fn the_lock_is_one_pointer_holding_both_words() {
        assert_eq!(size_of::<SRWLOCK>(), 8);
        assert_eq!(align_of::<SRWLOCK>(), 8);
    }

    #[test]
    fn srw_readers_hold_it_together_and_exclude_writers() {
        let shared = Shared::<SRWLOCK, ()>::new(());
        let inside = Arc::new(AtomicUsize::new(0));
        let together = Arc::new(AtomicUsize::new(0));
        let (s, i, t) = (shared.clone(), inside.clone(), together.clone());
        threads(3, move |_| {
            // SAFETY: a live lock.
            unsafe { AcquireSRWLockShared(s.lock.get()) };
            i.fetch_add(1, Ordering::SeqCst);
            let deadline = Instant::now() + Duration::from_secs(5);
            while i.load(Ordering::SeqCst) < 3 && Instant::now() < deadline {
                std::thread::yield_now();
            }
            if i.load(Ordering::SeqCst) == 3 {
                t.fetch_add(1, Ordering::SeqCst);
            }
            // A writer cannot get in while readers hold it.
            // SAFETY: as above.
            assert_eq!(unsafe { TryAcquireSRWLockExclusive(s.lock.get()) }, 0);
            // SAFETY: as above.
            assert_eq!(unsafe { TryAcquireSRWLockShared(s.lock.get()) }, 1);
            // SAFETY: as above, held twice.
            unsafe {
                ReleaseSRWLockShared(s.lock.get());
                ReleaseSRWLockShared(s.lock.get());
            }
        });
        assert_eq!(together.load(Ordering::SeqCst), 3);
        let lock = shared.lock.get();
        // SAFETY: a live lock, free now.
        unsafe {
            assert_eq!(TryAcquireSRWLockExclusive(lock), 1);
            assert_eq!(TryAcquireSRWLockShared(lock), 0);
            assert_eq!(TryAcquireSRWLockExclusive(lock), 0);
            ReleaseSRWLockExclusive(lock);
            // Releasing again is ignored.
            ReleaseSRWLockExclusive(lock);
            assert_eq!((*lock).Ptr as usize, 0);
        }
    }

    #[test]
    fn srw_writers_and_readers_under_contention() {
        let shared = Shared::<SRWLOCK, (u64, u64)>::new((0, 0));
        let s = shared.clone();
        threads(6, move |i| {
            for _ in 0..5_000 {
                // SAFETY: a live lock; `data` written only held exclusively.
                unsafe {
                    if i % 2 == 0 {
                        AcquireSRWLockExclusive(s.lock.get());
                        let d = &mut *s.data.get();
                        d.0 += 1;
                        d.1 += 1;
                        ReleaseSRWLockExclusive(s.lock.get());
                    } else {
                        AcquireSRWLockShared(s.lock.get());
                        let d = &*s.data.get();
                        assert_eq!(d.0, d.1);
                        ReleaseSRWLockShared(s.lock.get());
                    }
                }
            }
        });
        // SAFETY: every thread has finished.
        assert_eq!(unsafe { *shared.data.get() }, (15_000, 15_000));
    }
}
