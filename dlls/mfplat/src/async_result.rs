//! IMFAsyncResult (MFCreateAsyncResult) laid out as the SDK's MFASYNCRESULT:
//! the vtable pointer, then `OVERLAPPED overlapped`, `pCallback`,
//! `hrStatusResult`, `dwBytesTransferred`, `hEvent` (the MFASYNCRESULT
//! page), so that sources and sinks written for Windows may read and write
//! those fields directly. GetStatus/SetStatus are `hrStatusResult` itself;
//! the last Release closes a set `hEvent` (Wine's mfplat tests, which pass
//! on Windows). The vtable is built by hand because the object must start
//! with the SDK's fields, not windows-core's identity layout.

use std::ffi::c_void;
use std::mem::offset_of;
use std::ptr::null_mut;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI32, AtomicPtr, AtomicU32, Ordering};

use windows_core::{GUID, HRESULT, IUnknown, IUnknown_Vtbl, Interface, Result};

use crate::bindings::{IMFAsyncCallback, IMFAsyncResult, IMFAsyncResult_Vtbl};
use crate::com::{E_NOINTERFACE, E_POINTER, barrier, fail};
use win32::sync::lock;

/// The SDK's MFASYNCRESULT: what every IMFAsyncResult starts with ("Any
/// custom implementation of the IMFAsyncResult interface must inherit this
/// structure"), so the work queues read `pCallback` and `hEvent` from any
/// result they are given. The fields C writes are atomics of the C types'
/// sizes, so Rust reads them without a data race on its side.
#[repr(C)]
pub struct MFASYNCRESULT {
    vtable: *const IMFAsyncResult_Vtbl,
    /// OVERLAPPED: Internal, InternalHigh, the Offset/Pointer union, hEvent.
    overlapped: [usize; 4],
    callback: AtomicPtr<c_void>,
    status: AtomicI32,
    bytes_transferred: AtomicU32,
    event: AtomicPtr<c_void>,
}

// The SDK's offsets on x86-64 (LONG and DWORD 4 bytes, pointers 8).
const _: () = assert!(offset_of!(MFASYNCRESULT, overlapped) == 8);
const _: () = assert!(offset_of!(MFASYNCRESULT, callback) == 40);
const _: () = assert!(offset_of!(MFASYNCRESULT, status) == 48);
const _: () = assert!(offset_of!(MFASYNCRESULT, bytes_transferred) == 52);
const _: () = assert!(offset_of!(MFASYNCRESULT, event) == 56);
const _: () = assert!(size_of::<MFASYNCRESULT>() == 64);

/// The MFASYNCRESULT fields of `result`.
///
/// # Safety
/// `result` is an IMFAsyncResult that inherits MFASYNCRESULT, as the SDK
/// requires of every implementation.
unsafe fn fields(result: &IMFAsyncResult) -> &MFASYNCRESULT {
    // SAFETY: per the function's contract; the reference lives as long as
    // the borrowed interface does.
    unsafe { &*(result.as_raw() as *const MFASYNCRESULT) }
}

/// `pCallback` of a result, with a reference of its own.
///
/// # Safety
/// `result` inherits MFASYNCRESULT, as the SDK requires of every
/// IMFAsyncResult.
pub unsafe fn callback_of(result: &IMFAsyncResult) -> Option<IMFAsyncCallback> {
    // SAFETY: per the function's contract.
    let raw = unsafe { fields(result) }.callback.load(Ordering::Acquire);
    // SAFETY: `pCallback` is NULL or a live IMFAsyncCallback the result holds.
    unsafe { IMFAsyncCallback::from_raw_borrowed(&raw) }.cloned()
}

/// `hEvent` of a result (NULL when none is set).
///
/// # Safety
/// `result` inherits MFASYNCRESULT, as the SDK requires of every
/// IMFAsyncResult.
pub unsafe fn event_of(result: &IMFAsyncResult) -> *mut c_void {
    // SAFETY: per the function's contract.
    unsafe { fields(result) }.event.load(Ordering::Acquire)
}

/// The object MFCreateAsyncResult returns: MFASYNCRESULT first, then what
/// only this implementation knows.
#[repr(C)]
pub struct AsyncResult {
    header: MFASYNCRESULT,
    refs: AtomicU32,
    object: Option<IUnknown>,
    state: Option<IUnknown>,
}

static VTABLE: IMFAsyncResult_Vtbl = IMFAsyncResult_Vtbl {
    base__: IUnknown_Vtbl {
        QueryInterface: query_interface,
        AddRef: add_ref,
        Release: release,
    },
    GetState: get_state,
    GetStatus: get_status,
    SetStatus: set_status,
    GetObject: get_object,
    GetStateNoAddRef: get_state_no_add_ref,
};

impl AsyncResult {
    pub fn create(
        object: Option<IUnknown>,
        callback: Option<IMFAsyncCallback>,
        state: Option<IUnknown>,
    ) -> IMFAsyncResult {
        let header = MFASYNCRESULT {
            vtable: &VTABLE,
            overlapped: [0; 4],
            callback: AtomicPtr::new(callback.map_or(null_mut(), Interface::into_raw)),
            status: AtomicI32::new(0),
            bytes_transferred: AtomicU32::new(0),
            event: AtomicPtr::new(null_mut()),
        };
        let raw = Box::into_raw(Box::new(AsyncResult {
            header,
            refs: AtomicU32::new(1),
            object,
            state,
        }));
        // SAFETY: `raw` is a live COM object whose first field is its vtable
        // pointer; its one reference passes to the interface.
        unsafe { IMFAsyncResult::from_raw(raw.cast()) }
    }
}

/// The object behind `this`.
///
/// # Safety
/// `this` is an interface pointer this module handed out, still referenced.
unsafe fn object<'a>(this: *mut c_void) -> &'a AsyncResult {
    // SAFETY: per the function's contract.
    unsafe { &*(this as *const AsyncResult) }
}

unsafe extern "system" fn query_interface(
    this: *mut c_void,
    iid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    // SAFETY: a caller passes NULL or a valid IID.
    let Some(iid) = (unsafe { iid.as_ref() }) else {
        // SAFETY: `out` was checked.
        unsafe { out.write(null_mut()) };
        return E_POINTER;
    };
    if *iid == IUnknown::IID || *iid == IMFAsyncResult::IID {
        // SAFETY: `this` is live (the caller holds a reference).
        unsafe { add_ref(this) };
        // SAFETY: `out` was checked.
        unsafe { out.write(this) };
        HRESULT(0)
    } else {
        // SAFETY: `out` was checked.
        unsafe { out.write(null_mut()) };
        E_NOINTERFACE
    }
}

unsafe extern "system" fn add_ref(this: *mut c_void) -> u32 {
    // SAFETY: the caller holds a reference.
    unsafe { object(this) }.refs.fetch_add(1, Ordering::Relaxed) + 1
}

unsafe extern "system" fn release(this: *mut c_void) -> u32 {
    // SAFETY: the caller holds a reference.
    let left = unsafe { object(this) }.refs.fetch_sub(1, Ordering::Release) - 1;
    if left == 0 {
        std::sync::atomic::fence(Ordering::Acquire);
        // SAFETY: the last reference is gone; the box came from `create`.
        let result = unsafe { Box::from_raw(this as *mut AsyncResult) };
        let _ = barrier("IMFAsyncResult::Release", || {
            result.destroy();
            HRESULT(0)
        });
    }
    left
}

impl AsyncResult {
    /// The last Release: the callback's reference goes, and a set `hEvent`
    /// is closed (Wine's test of MFCreateAsyncResult, as on Windows).
    fn destroy(self) {
        let callback = self.header.callback.swap(null_mut(), Ordering::AcqRel);
        if !callback.is_null() {
            // SAFETY: `pCallback` holds a reference this object owns (or one
            // a Windows-style caller stored there in its place).
            drop(unsafe { IMFAsyncCallback::from_raw(callback) });
        }
        let event = self.header.event.load(Ordering::Acquire);
        if !event.is_null() {
            // A handle the caller closed already is not an error here.
            let _ = kernel32::object::close(event);
        }
    }
}

unsafe extern "system" fn get_state(this: *mut c_void, out: *mut *mut c_void) -> HRESULT {
    // SAFETY: the caller holds a reference.
    unsafe { out_interface(out, &object(this).state) }
}

unsafe extern "system" fn get_object(this: *mut c_void, out: *mut *mut c_void) -> HRESULT {
    // SAFETY: the caller holds a reference.
    unsafe { out_interface(out, &object(this).object) }
}

/// GetState/GetObject: E_POINTER for a NULL `out` and when there is nothing
/// to give, `*out` then untouched (Wine's tests, as on Windows).
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn out_interface(out: *mut *mut c_void, value: &Option<IUnknown>) -> HRESULT {
    match value {
        Some(value) if !out.is_null() => {
            // SAFETY: `out` was checked; the caller owns the new reference.
            unsafe { out.write(value.clone().into_raw()) };
            HRESULT(0)
        }
        _ => E_POINTER,
    }
}

unsafe extern "system" fn get_status(this: *mut c_void) -> HRESULT {
    // SAFETY: the caller holds a reference.
    HRESULT(
        unsafe { object(this) }
            .header
            .status
            .load(Ordering::Acquire),
    )
}

unsafe extern "system" fn set_status(this: *mut c_void, status: HRESULT) -> HRESULT {
    // SAFETY: the caller holds a reference.
    unsafe { object(this) }
        .header
        .status
        .store(status.0, Ordering::Release);
    HRESULT(0)
}

unsafe extern "system" fn get_state_no_add_ref(this: *mut c_void) -> Option<IUnknown> {
    // SAFETY: the caller holds a reference. A bitwise copy without AddRef
    // is what this method promises: C receives the pointer and the object
    // keeps its reference.
    unsafe { std::mem::transmute_copy(&object(this).state) }
}

/// Outcomes of Begin*/End* operations that finish at once: the outcome is
/// kept under the IMFAsyncResult handed to the callback until End* collects
/// it with that result.
pub struct Completions<T> {
    done: Mutex<Vec<(usize, T)>>,
}

impl<T> Default for Completions<T> {
    fn default() -> Self {
        Completions {
            done: Mutex::new(Vec::new()),
        }
    }
}

impl<T> Completions<T> {
    /// Records `outcome` and invokes `callback` from the work queue.
    pub fn complete(
        &self,
        outcome: T,
        callback: Option<IMFAsyncCallback>,
        state: Option<IUnknown>,
    ) -> Result<()> {
        let Some(callback) = callback else {
            return fail(E_POINTER);
        };
        let result = AsyncResult::create(None, Some(callback.clone()), state);
        lock(&self.done).push((windows_core::Interface::as_raw(&result) as usize, outcome));
        crate::work_queue::invoke(callback, result);
        Ok(())
    }

    /// The outcome recorded for `result`; E_INVALIDARG for a result this
    /// object did not hand out (or one already collected).
    pub fn take(&self, result: Option<&IMFAsyncResult>) -> Result<T> {
        let Some(result) = result else {
            return fail(E_POINTER);
        };
        let key = windows_core::Interface::as_raw(result) as usize;
        let mut done = lock(&self.done);
        match done.iter().position(|(k, _)| *k == key) {
            Some(i) => Ok(done.remove(i).1),
            None => fail(crate::com::E_INVALIDARG),
        }
    }
}
