//! What every COM object here shares: the panic barrier the generated vtable
//! shims call through, HRESULT helpers, and `Agile`, the marker for moving
//! interface pointers between threads.

use std::panic::{AssertUnwindSafe, catch_unwind};

use windows_core::{BOOL, Error, HRESULT};

/// The value a vtable shim returns when the implementation panicked.
pub trait OnPanic {
    fn on_panic() -> Self;
}

impl<T> OnPanic for windows_core::Result<T> {
    fn on_panic() -> Self {
        Err(Error::from_hresult(E_UNEXPECTED))
    }
}

impl<T> OnPanic for Option<T> {
    fn on_panic() -> Self {
        None
    }
}

impl OnPanic for HRESULT {
    fn on_panic() -> Self {
        E_UNEXPECTED
    }
}

impl OnPanic for BOOL {
    fn on_panic() -> Self {
        BOOL(0)
    }
}

pub const E_UNEXPECTED: HRESULT = HRESULT(0x8000_FFFF_u32 as i32);

/// Runs a COM method's implementation so that no panic crosses into C.
pub fn barrier<R: OnPanic>(method: &'static str, body: impl FnOnce() -> R) -> R {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or_else(|_| {
        eprintln!("winsession: internal error in {method}");
        R::on_panic()
    })
}
