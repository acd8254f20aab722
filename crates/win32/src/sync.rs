//! Locking that survives a poisoned mutex.
//!
//! A panic inside an API call is caught at the C boundary (see
//! [`crate::abi::guard`]) and the process goes on, so a mutex it held must
//! stay usable: the data it guards is only ever left in a consistent state
//! between statements, and refusing every later call would turn one failure
//! into many.

use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `Condvar::wait` (or `wait_timeout` when `timeout` is given) that
/// survives a poisoned mutex, as `lock` does.
pub fn wait<'a, T>(
    cv: &Condvar,
    guard: MutexGuard<'a, T>,
    timeout: Option<Duration>,
) -> MutexGuard<'a, T> {
    match timeout {
        None => cv.wait(guard).unwrap_or_else(|p| p.into_inner()),
        Some(t) => match cv.wait_timeout(guard, t) {
            Ok((g, _)) => g,
            Err(p) => p.into_inner().0,
        },
    }
}
