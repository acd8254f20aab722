//! What every COM object here shares: the panic barrier the generated vtable
//! shims call through, HRESULT helpers, and `Agile`, the marker for moving
//! interface pointers between threads.

use std::panic::{AssertUnwindSafe, catch_unwind};

use windows_core::{BOOL, Error, HRESULT, Result};

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

/// Methods that return a pointer (IMFVideoMediaType::GetVideoFormat, the
/// deprecated getters) answer NULL.
impl<T> OnPanic for *const T {
    fn on_panic() -> Self {
        std::ptr::null()
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

pub const E_INVALIDARG: HRESULT = HRESULT(0x8007_0057_u32 as i32);
pub const E_OUTOFMEMORY: HRESULT = HRESULT(0x8007_000E_u32 as i32);
pub const E_POINTER: HRESULT = HRESULT(0x8000_4003_u32 as i32);
pub const E_FAIL: HRESULT = HRESULT(0x8000_4005_u32 as i32);
pub const E_NOTIMPL: HRESULT = HRESULT(0x8000_4001_u32 as i32);
pub const E_NOINTERFACE: HRESULT = HRESULT(0x8000_4002_u32 as i32);

/// An HRESULT as an error.
pub fn fail<T>(hr: HRESULT) -> windows_core::Result<T> {
    Err(Error::from_hresult(hr))
}

/// A GUID argument, which C may pass as NULL (E_POINTER).
pub fn guid_arg(p: *const windows_core::GUID) -> windows_core::Result<windows_core::GUID> {
    // SAFETY: COM callers pass NULL or a valid GUID.
    unsafe { p.as_ref() }
        .copied()
        .ok_or_else(|| Error::from_hresult(E_POINTER))
}

/// IMFGetService::GetService's arguments, checked before anything else,
/// as every implementation here does: both GUIDs and the out pointer
/// (E_POINTER for any NULL). Gives the service and the interface asked for.
pub fn service_args(
    service: *const windows_core::GUID,
    iid: *const windows_core::GUID,
    out: *mut *mut core::ffi::c_void,
) -> windows_core::Result<(windows_core::GUID, windows_core::GUID)> {
    let (service, iid) = (guid_arg(service)?, guid_arg(iid)?);
    if out.is_null() {
        return Err(Error::from_hresult(E_POINTER));
    }
    Ok((service, iid))
}

/// Marks an interface pointer as movable between threads. Media Foundation
/// objects are free-threaded by contract (every MF interface may be called
/// from any thread), which windows-bindgen cannot know from the metadata.
pub struct Agile<T>(pub T);

impl<T> Agile<T> {
    /// Unwraps on the receiving thread (a method, so that closures capture
    /// the whole wrapper rather than its non-Send field).
    pub fn into_inner(self) -> T {
        self.0
    }
}

// SAFETY: see the type's comment: MF objects are free-threaded.
unsafe impl<T> Send for Agile<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Agile<T> {}
pub const E_NOT_SUFFICIENT_BUFFER: HRESULT = HRESULT(0x8007_007A_u32 as i32);

/// An optional GUID argument: NULL reads as GUID_NULL.
pub fn guid_or_null(p: *const windows_core::GUID) -> windows_core::GUID {
    // SAFETY: COM callers pass NULL or a valid GUID.
    unsafe { p.as_ref() }.copied().unwrap_or_default()
}

/// Writes `value` through `out` unless it is NULL (E_POINTER), for the
/// out pointers the vtable shims pass on.
///
/// # Safety
/// `out` is NULL or writable.
pub unsafe fn answer<T>(out: *mut T, value: Result<T>) -> HRESULT {
    match value {
        Ok(_) if out.is_null() => E_POINTER,
        Ok(v) => {
            // SAFETY: per the function's contract, and not NULL.
            unsafe { out.write(v) };
            HRESULT(0)
        }
        Err(e) => e.code(),
    }
}
