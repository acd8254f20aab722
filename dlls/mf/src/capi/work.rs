//! The C ABI of asynchronous results and work queues (mfplat).

use std::ffi::c_void;

use windows_core::{HRESULT, IUnknown};

use super::{borrowed, create};
use crate::async_result::AsyncResult;
use crate::bindings::IMFAsyncCallback;
use crate::com::E_POINTER;

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
