//! The C boundary: the panic barrier and the exported last-error functions.

use std::panic::{self, AssertUnwindSafe};

use windows_sys::Win32::Foundation::{FALSE, TRUE};
use windows_sys::core::BOOL;

use crate::last_error::{self, set_last_error};
use crate::{Win32Error, Win32Result};

/// Run an exported function's body so that no panic crosses into C: a panic
/// is logged, the last error becomes ERROR_INTERNAL_ERROR and the function
/// returns `on_panic`, its documented failure value.
pub fn guard<R>(function: &'static str, on_panic: R, body: impl FnOnce() -> R) -> R {
    match panic::catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            eprintln!("winsession: internal error in {function}: {what}");
            set_last_error(Win32Error::INTERNAL_ERROR.0);
            on_panic
        }
    }
}

/// The usual shape of a BOOL function: TRUE with last error 0, or FALSE with
/// the error code.
pub fn bool_call(function: &'static str, body: impl FnOnce() -> Win32Result<()>) -> BOOL {
    guard(function, FALSE, || {
        let r = body();
        last_error::record(&r);
        if r.is_ok() { TRUE } else { FALSE }
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn GetLastError() -> u32 {
    last_error::get_last_error()
}

#[unsafe(no_mangle)]
pub extern "system" fn SetLastError(code: u32) {
    set_last_error(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panic_becomes_documented_failure() {
        let prev = panic::take_hook();
        panic::set_hook(Box::new(|_| {}));
        let r = bool_call("Test", || panic!("boom"));
        panic::set_hook(prev);
        assert_eq!(r, FALSE);
        assert_eq!(GetLastError(), Win32Error::INTERNAL_ERROR.0);
    }

    #[test]
    fn success_clears_last_error() {
        SetLastError(0xdead_beef);
        assert_eq!(bool_call("Test", || Ok(())), TRUE);
        assert_eq!(GetLastError(), 0);
        assert_eq!(
            bool_call("Test", || Err(Win32Error::INVALID_PARAMETER)),
            FALSE
        );
        assert_eq!(GetLastError(), 87);
    }
}
