//! Locking that survives a poisoned mutex.
//!
//! A panic inside an API call is caught at the C boundary (see
//! [`crate::abi::guard`]) and the process goes on, so a mutex it held must
//! stay usable: the data it guards is only ever left in a consistent state
//! between statements, and refusing every later call would turn one failure
//! into many.

use std::sync::{Mutex, MutexGuard};

pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
