//! The C ABI of asynchronous results and work queues (mfplat): each
//! function checks its pointers, then hands over to `work_queue`.

use std::ffi::c_void;

use windows_core::{HRESULT, IUnknown};

use super::{borrowed, create};
use crate::async_result::AsyncResult;
use crate::bindings::{IMFAsyncCallback, IMFAsyncResult, MF_STANDARD_WORKQUEUE};
use crate::com::{E_INVALIDARG, E_POINTER, barrier};
use crate::work_queue::{self, PeriodicCallback};

/// The shape of these functions: the panic barrier, and an HRESULT.
fn call(name: &'static str, body: impl FnOnce() -> windows_core::Result<()>) -> HRESULT {
    barrier(name, || match body() {
        Ok(()) => HRESULT(0),
        Err(e) => e.code(),
    })
}

/// Writes an optional out-value.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn write_opt<T>(out: *mut T, value: T) {
    // SAFETY: per the function's contract.
    if let Some(out) = unsafe { out.as_mut() } {
        *out = value;
    }
}

/// A required out-value: E_POINTER for NULL.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn write_out<T>(out: *mut T, value: windows_core::Result<T>) -> windows_core::Result<()> {
    if out.is_null() {
        return Err(E_POINTER.into());
    }
    // SAFETY: checked above; writable per the contract.
    unsafe { out.write(value?) };
    Ok(())
}

/// # Safety
/// Interface arguments are NULL or live; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateAsyncResult(
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

/// A new result for `callback` and `state` (E_POINTER without a callback).
///
/// # Safety
/// Both are NULL or live interface pointers.
unsafe fn new_result(
    callback: *mut c_void,
    state: *mut c_void,
) -> windows_core::Result<IMFAsyncResult> {
    // SAFETY: per the function's contract.
    let (callback, state) = unsafe {
        (
            borrowed::<IMFAsyncCallback>(&callback),
            borrowed::<IUnknown>(&state),
        )
    };
    match callback {
        Some(callback) => Ok(AsyncResult::create(None, Some(callback), state)),
        None => Err(E_POINTER.into()),
    }
}

/// A result argument (E_POINTER for NULL).
///
/// # Safety
/// `result` is NULL or a live IMFAsyncResult inheriting MFASYNCRESULT.
unsafe fn result_arg(result: *mut c_void) -> windows_core::Result<IMFAsyncResult> {
    // SAFETY: per the function's contract.
    unsafe { borrowed::<IMFAsyncResult>(&result) }.ok_or_else(|| E_POINTER.into())
}

/// # Safety
/// Interface arguments are NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFPutWorkItem(
    queue: u32,
    callback: *mut c_void,
    state: *mut c_void,
) -> HRESULT {
    // SAFETY: the same contract.
    unsafe { MFPutWorkItem2(queue, 0, callback, state) }
}

/// The priority orders nothing here: each queue runs its items in order.
///
/// # Safety
/// Interface arguments are NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFPutWorkItem2(
    queue: u32,
    _priority: i32,
    callback: *mut c_void,
    state: *mut c_void,
) -> HRESULT {
    call("MFPutWorkItem2", || {
        // SAFETY: per the function's contract.
        let result = unsafe { new_result(callback, state) }?;
        work_queue::put_result(queue, result)
    })
}

/// # Safety
/// `result` is NULL or a live IMFAsyncResult inheriting MFASYNCRESULT.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFPutWorkItemEx(queue: u32, result: *mut c_void) -> HRESULT {
    // SAFETY: the same contract.
    unsafe { MFPutWorkItemEx2(queue, 0, result) }
}

/// # Safety
/// `result` is NULL or a live IMFAsyncResult inheriting MFASYNCRESULT.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFPutWorkItemEx2(
    queue: u32,
    _priority: i32,
    result: *mut c_void,
) -> HRESULT {
    call("MFPutWorkItemEx2", || {
        // SAFETY: per the function's contract.
        work_queue::put_result(queue, unsafe { result_arg(result) }?)
    })
}

/// # Safety
/// `result` is NULL or a live IMFAsyncResult inheriting MFASYNCRESULT.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFInvokeCallback(result: *mut c_void) -> HRESULT {
    call("MFInvokeCallback", || {
        // SAFETY: per the function's contract.
        work_queue::invoke_callback(unsafe { result_arg(result) }?)
    })
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFAllocateWorkQueue(out: *mut u32) -> HRESULT {
    // SAFETY: the same contract.
    unsafe { MFAllocateWorkQueueEx(MF_STANDARD_WORKQUEUE, out) }
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFAllocateWorkQueueEx(kind: i32, out: *mut u32) -> HRESULT {
    call("MFAllocateWorkQueueEx", || {
        if out.is_null() {
            return Err(E_POINTER.into());
        }
        // SAFETY: per the function's contract.
        unsafe { write_out(out, work_queue::allocate(kind)) }
    })
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFAllocateSerialWorkQueue(target: u32, out: *mut u32) -> HRESULT {
    call("MFAllocateSerialWorkQueue", || {
        if out.is_null() {
            return Err(E_POINTER.into());
        }
        // SAFETY: per the function's contract.
        unsafe { write_out(out, work_queue::allocate_serial(target)) }
    })
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFLockWorkQueue(queue: u32) -> HRESULT {
    call("MFLockWorkQueue", || work_queue::lock_queue(queue))
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFUnlockWorkQueue(queue: u32) -> HRESULT {
    call("MFUnlockWorkQueue", || work_queue::unlock_queue(queue))
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFLockPlatform() -> HRESULT {
    call("MFLockPlatform", || {
        work_queue::lock_platform();
        Ok(())
    })
}

/// The last unlock shuts the platform down, as MFShutdown does (Wine's
/// tests, as on Windows).
///
/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFUnlockPlatform() -> HRESULT {
    call("MFUnlockPlatform", || {
        work_queue::unlock_platform();
        Ok(())
    })
}

/// # Safety
/// Interface arguments are NULL or live; `key` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFScheduleWorkItem(
    callback: *mut c_void,
    state: *mut c_void,
    timeout_ms: i64,
    key: *mut u64,
) -> HRESULT {
    call("MFScheduleWorkItem", || {
        // SAFETY: per the function's contract.
        let result = unsafe { new_result(callback, state) }?;
        let k = work_queue::schedule(result, timeout_ms)?;
        // SAFETY: `key` is NULL or writable.
        unsafe { write_opt(key, k) };
        Ok(())
    })
}

/// # Safety
/// `result` is NULL or a live IMFAsyncResult inheriting MFASYNCRESULT;
/// `key` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFScheduleWorkItemEx(
    result: *mut c_void,
    timeout_ms: i64,
    key: *mut u64,
) -> HRESULT {
    call("MFScheduleWorkItemEx", || {
        // SAFETY: per the function's contract.
        let k = work_queue::schedule(unsafe { result_arg(result) }?, timeout_ms)?;
        // SAFETY: `key` is NULL or writable.
        unsafe { write_opt(key, k) };
        Ok(())
    })
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCancelWorkItem(key: u64) -> HRESULT {
    call("MFCancelWorkItem", || work_queue::cancel(key))
}

/// # Safety
/// `period` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFGetTimerPeriodicity(period: *mut u32) -> HRESULT {
    call("MFGetTimerPeriodicity", || {
        // SAFETY: per the function's contract.
        unsafe { write_out(period, Ok(work_queue::TIMER_PERIOD_MS)) }
    })
}

/// # Safety
/// `callback` is NULL or a function of MFPERIODICCALLBACK's type; `context`
/// is NULL or a live IUnknown; `key` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFAddPeriodicCallback(
    callback: Option<PeriodicCallback>,
    context: *mut c_void,
    key: *mut u32,
) -> HRESULT {
    call("MFAddPeriodicCallback", || {
        let Some(callback) = callback else {
            return Err(E_INVALIDARG.into());
        };
        // SAFETY: per the function's contract.
        let context = unsafe { borrowed::<IUnknown>(&context) };
        let k = work_queue::add_periodic(callback, context)?;
        // SAFETY: `key` is NULL or writable.
        unsafe { write_opt(key, k) };
        Ok(())
    })
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFRemovePeriodicCallback(key: u32) -> HRESULT {
    call("MFRemovePeriodicCallback", || {
        work_queue::remove_periodic(key)
    })
}

/// The priority orders nothing here.
///
/// # Safety
/// `event` is NULL or a handle; `result` is NULL or a live IMFAsyncResult
/// inheriting MFASYNCRESULT; `key` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFPutWaitingWorkItem(
    event: *mut c_void,
    _priority: i32,
    result: *mut c_void,
    key: *mut u64,
) -> HRESULT {
    call("MFPutWaitingWorkItem", || {
        // SAFETY: per the function's contract.
        let k = work_queue::put_waiting(event, unsafe { result_arg(result) }?)?;
        // SAFETY: `key` is NULL or writable.
        unsafe { write_opt(key, k) };
        Ok(())
    })
}
