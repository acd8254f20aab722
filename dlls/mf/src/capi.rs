//! The C ABI of mf and mfplat: creation functions and the COM task
//! allocator. Objects are returned as interface pointers the caller owns.

use std::ffi::c_void;

use windows_core::{GUID, HRESULT, IUnknown, Interface};

use crate::async_result::AsyncResult;
use crate::bindings::{
    IMFAsyncCallback, IMFAttributes, IMFMediaEvent, IMFMediaEventQueue, IMFMediaSession,
    IMFPresentationClock, IMFPresentationTimeSource, MF_E_BAD_STARTUP_VERSION, MF_VERSION,
    PROPVARIANT,
};
use crate::clock::{PresentationClock, SystemTimeSource};
use crate::com::{E_POINTER, guid_or_null};
use crate::event::MediaEvent;
use crate::propvariant::Value;

/// Runs a creation function's body, with the panic barrier, and hands the
/// object to `out`.
fn create<I: Interface>(
    name: &'static str,
    out: *mut *mut c_void,
    body: impl FnOnce() -> windows_core::Result<I>,
) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    crate::com::barrier(name, || match body() {
        Ok(object) => {
            // SAFETY: `out` was checked; the caller owns the reference.
            unsafe { out.write(object.into_raw()) };
            HRESULT(0)
        }
        Err(e) => e.code(),
    })
}

/// A borrowed interface argument.
///
/// # Safety
/// `p` is NULL or a live interface pointer of type `I`.
unsafe fn borrowed<I: Interface>(p: &*mut c_void) -> Option<I> {
    // SAFETY: per the function's contract.
    unsafe { I::from_raw_borrowed(p) }.cloned()
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFStartup(version: u32, _flags: u32) -> HRESULT {
    // Any MF_API_VERSION of SDK version 2 is accepted, as Windows does.
    if version >> 16 != MF_VERSION as u32 >> 16 {
        return MF_E_BAD_STARTUP_VERSION;
    }
    HRESULT(0)
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFShutdown() -> HRESULT {
    HRESULT(0)
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateAttributes(out: *mut *mut c_void, _initial: u32) -> HRESULT {
    create::<IMFAttributes>(
        "MFCreateAttributes",
        out,
        || Ok(crate::attributes::create()),
    )
}

/// # Safety
/// Pointers are NULL or valid, as the SDK documents.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateMediaEvent(
    kind: u32,
    extended: *const GUID,
    status: HRESULT,
    value: *const PROPVARIANT,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaEvent>("MFCreateMediaEvent", out, || {
        // SAFETY: `value` is NULL or a valid PROPVARIANT.
        let value = unsafe { Value::from_raw(value) }?;
        Ok(MediaEvent::create(
            kind,
            guid_or_null(extended),
            status,
            value,
        ))
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateEventQueue(out: *mut *mut c_void) -> HRESULT {
    create::<IMFMediaEventQueue>("MFCreateEventQueue", out, || {
        Ok(crate::event::create_queue())
    })
}

/// # Safety
/// Interface arguments are NULL or live; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateAsyncResult(
    object: *mut c_void,
    callback: *mut c_void,
    state: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create("MFCreateAsyncResult", out, || {
        // SAFETY: the arguments are NULL or live interface pointers.
        let (object, callback, state) = unsafe {
            (
                borrowed::<IUnknown>(&object),
                borrowed::<IMFAsyncCallback>(&callback),
                borrowed::<IUnknown>(&state),
            )
        };
        Ok(AsyncResult::create(object, callback, state))
    })
}

/// Every queue id runs on the standard work queue, which keeps the
/// documented guarantee (callbacks on a work-queue thread, in order).
///
/// # Safety
/// Interface arguments are NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFPutWorkItem(
    _queue: u32,
    callback: *mut c_void,
    state: *mut c_void,
) -> HRESULT {
    crate::com::barrier("MFPutWorkItem", || {
        // SAFETY: the arguments are NULL or live interface pointers.
        let (callback, state) = unsafe {
            (
                borrowed::<IMFAsyncCallback>(&callback),
                borrowed::<IUnknown>(&state),
            )
        };
        let Some(callback) = callback else {
            return E_POINTER;
        };
        match crate::work_queue::put_work_item(callback, state) {
            Ok(()) => HRESULT(0),
            Err(e) => e.code(),
        }
    })
}

/// # Safety
/// `config` is NULL or a live IMFAttributes; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateMediaSession(
    _config: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    // A5: configuration attributes (MF_SESSION_TOPOLOADER, ...) never make
    // creation fail; this session has one topology loader and no quality
    // manager.
    create::<IMFMediaSession>(
        "MFCreateMediaSession",
        out,
        crate::session::MediaSession::create,
    )
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreatePresentationClock(out: *mut *mut c_void) -> HRESULT {
    create::<IMFPresentationClock>("MFCreatePresentationClock", out, || {
        Ok(PresentationClock::create())
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateSystemTimeSource(out: *mut *mut c_void) -> HRESULT {
    create::<IMFPresentationTimeSource>("MFCreateSystemTimeSource", out, || {
        Ok(SystemTimeSource::create())
    })
}

/// # Safety
/// `p` is NULL or an initialised PROPVARIANT.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn PropVariantClear(p: *mut PROPVARIANT) -> HRESULT {
    crate::com::barrier("PropVariantClear", || {
        // SAFETY: per the function's contract.
        unsafe { crate::propvariant::clear(p) };
        HRESULT(0)
    })
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn CoTaskMemAlloc(bytes: usize) -> *mut c_void {
    crate::propvariant::task_alloc(bytes).cast()
}

/// # Safety
/// `p` is NULL or came from CoTaskMemAlloc (or an API that allocates so).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn CoTaskMemFree(p: *mut c_void) {
    // SAFETY: per the function's contract, `p` is a malloc'd block or NULL.
    unsafe { libc::free(p) }
}
