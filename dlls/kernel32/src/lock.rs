//! The user-mode locks that live in the caller's memory: CRITICAL_SECTION,
//! SRWLOCK, CONDITION_VARIABLE and INIT_ONCE, with the SDK's layouts.
//!
//! Each works on a 32-bit word inside the structure with Linux futexes and
//! allocates nothing, so a zero-filled structure (a static, or `SRWLOCK_INIT`
//! and friends) is ready to use and nothing leaks when the memory goes away.

use std::sync::atomic::AtomicU32;
use std::time::Duration;

use windows_sys::Win32::System::Threading::INFINITE;

pub mod condition_variable;
pub mod critical_section;
pub mod init_once;
pub mod srw;

/// Sleep while `*word == expected`, at most `timeout`. False only when the
/// time ran out; a wake, a changed value or a signal all answer true.
fn futex_wait(word: &AtomicU32, expected: u32, timeout: Option<Duration>) -> bool {
    let spec = timeout.map(|t| libc::timespec {
        tv_sec: libc::time_t::try_from(t.as_secs()).unwrap_or(libc::time_t::MAX),
        tv_nsec: libc::c_long::from(t.subsec_nanos() as i32),
    });
    let spec_ptr = spec
        .as_ref()
        .map_or(std::ptr::null(), |s| s as *const libc::timespec);
    // SAFETY: `word` is a live 4-byte aligned word; `spec_ptr` is NULL or a
    // timespec that outlives the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            expected,
            spec_ptr,
        )
    };
    !(r == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ETIMEDOUT))
}

/// Wake up to `count` sleepers on `word`; whether one was woken.
fn futex_wake(word: &AtomicU32, count: i32) -> bool {
    // SAFETY: `word` is a live 4-byte aligned word.
    let r = unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
            count,
        )
    };
    r > 0
}

fn timeout_of(milliseconds: u32) -> Option<Duration> {
    (milliseconds != INFINITE).then(|| Duration::from_millis(u64::from(milliseconds)))
}

/// The 32-bit word at the start of a one-pointer structure (SRWLOCK,
/// CONDITION_VARIABLE): its low half on little-endian x64.
///
/// # Safety
/// `p` is NULL or points to a live, 8-byte aligned pointer-sized structure
/// used only through these functions while `'a` lasts.
unsafe fn low_word<'a, T>(p: *mut T) -> Option<&'a AtomicU32> {
    // SAFETY: as the caller promises; a pointer-sized field holds a u32.
    (!p.is_null()).then(|| unsafe { AtomicU32::from_ptr(p.cast()) })
}

#[cfg(test)]
pub(crate) mod test_support {
    use std::cell::UnsafeCell;
    use std::sync::Arc;

    use windows_sys::Win32::System::Threading::CONDITION_VARIABLE;

    /// Memory shared between threads, guarded by the lock under test.
    pub struct Shared<L, T> {
        pub lock: UnsafeCell<L>,
        pub cv: UnsafeCell<CONDITION_VARIABLE>,
        pub data: UnsafeCell<T>,
    }
    // SAFETY: the tests only touch `data` with `lock` held, and the locks
    // are made for sharing between threads.
    unsafe impl<L, T: Send> Sync for Shared<L, T> {}
    // SAFETY: as above.
    unsafe impl<L, T: Send> Send for Shared<L, T> {}

    impl<L, T> Shared<L, T> {
        pub fn new(data: T) -> Arc<Self> {
            Arc::new(Self {
                // SAFETY: every lock type here is valid all-zero.
                lock: UnsafeCell::new(unsafe { std::mem::zeroed() }),
                cv: UnsafeCell::new(CONDITION_VARIABLE::default()),
                data: UnsafeCell::new(data),
            })
        }
    }

    /// Run `f(i)` on `n` threads and wait for them.
    pub fn threads(n: usize, f: impl Fn(usize) + Send + Sync + 'static) {
        let f = Arc::new(f);
        let handles: Vec<_> = (0..n)
            .map(|i| {
                let f = f.clone();
                std::thread::spawn(move || f(i))
            })
            .collect();
        handles.into_iter().for_each(|h| h.join().unwrap());
    }
}
