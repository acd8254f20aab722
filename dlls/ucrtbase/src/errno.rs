//! `errno` and `errno_t`.

use std::ffi::c_int;

/// `errno_t` (corecrt.h): 0 or an `errno` value.
pub type ErrnoT = c_int;

/// Set the calling thread's `errno` (glibc's, which the program reads).
pub fn set_errno(code: c_int) {
    // SAFETY: __errno_location returns this thread's errno slot.
    unsafe { *libc::__errno_location() = code };
}

/// The calling thread's `errno`.
pub fn errno() -> c_int {
    // SAFETY: as above.
    unsafe { *libc::__errno_location() }
}

/// Report a parameter error as the `_s` functions do without aborting: set
/// `errno` and return the same code.
pub fn fail(code: c_int) -> ErrnoT {
    set_errno(code);
    code
}
