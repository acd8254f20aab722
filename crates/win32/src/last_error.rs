//! The per-thread last error (GetLastError / SetLastError).
//!
//! One value per thread for the whole process: every DLL reaches it through
//! this crate, and all DLLs are one shared object, so there is one copy.

use std::cell::Cell;

use crate::Win32Error;

thread_local! {
    static LAST_ERROR: Cell<u32> = const { Cell::new(0) };
}

pub fn get_last_error() -> u32 {
    LAST_ERROR.with(Cell::get)
}

pub fn set_last_error(code: u32) {
    LAST_ERROR.with(|c| c.set(code));
}

/// Record the outcome of an API call: 0 on success (Wine's tests show
/// Windows clears the last error on success), the code on failure.
pub fn record<T>(result: &Result<T, Win32Error>) {
    set_last_error(match result {
        Ok(_) => 0,
        Err(e) => e.0,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_error_is_per_thread() {
        set_last_error(5);
        let other = std::thread::spawn(|| {
            let before = get_last_error();
            set_last_error(87);
            (before, get_last_error())
        })
        .join();
        assert_eq!(other.ok(), Some((0, 87)));
        assert_eq!(get_last_error(), 5);
    }
}
