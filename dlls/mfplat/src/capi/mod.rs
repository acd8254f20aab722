//! The C ABI of mfplat: creation functions, PropVariantClear and
//! PropVariantCopy. Objects are returned as interface pointers the caller owns.
//! Asynchronous results and work queues are in `work`; the platform's
//! helper functions and descriptors in `platform`.

mod platform;
mod work;

use std::ffi::c_void;

use windows_core::{GUID, HRESULT, Interface};

use crate::bindings::{
    IMFAttributes, IMFByteStream, IMFCollection, IMFMediaBuffer, IMFMediaEvent, IMFMediaEventQueue,
    IMFMediaType, IMFPresentationTimeSource, IMFSample, MF_E_BAD_STARTUP_VERSION,
    MF_FILE_ACCESSMODE, MF_FILE_OPENMODE, MF_VERSION, PROPVARIANT,
};
use crate::bytestream::FileByteStream;
use crate::collection::Collection;
use crate::com::{E_INVALIDARG, E_POINTER, guid_or_null};
use crate::event::MediaEvent;
use crate::media_type::MediaType;
use crate::propvariant::Value;
use crate::sample::{MemoryBuffer, Sample};
use crate::time_source::SystemTimeSource;

/// Runs a creation function's body, with the panic barrier, and hands the
/// object to `out`.
pub fn create<I: Interface>(
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
pub unsafe fn borrowed<I: Interface>(p: &*mut c_void) -> Option<I> {
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
    crate::work_queue::lock_platform();
    HRESULT(0)
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFShutdown() -> HRESULT {
    crate::com::barrier("MFShutdown", || {
        crate::work_queue::unlock_platform();
        HRESULT(0)
    })
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

/// PropVariantCopy: a deep copy (strings, GUIDs and blobs duplicated in
/// task memory, interfaces AddRef'd) of the value kinds Media Foundation
/// stores; others are E_INVALIDARG. Here beside PropVariantClear because
/// both need to know those kinds; the task allocator itself is ole32's.
///
/// # Safety
/// `dest` is NULL or writable; `src` is NULL or an initialised PROPVARIANT.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn PropVariantCopy(
    dest: *mut PROPVARIANT,
    src: *const PROPVARIANT,
) -> HRESULT {
    if dest.is_null() || src.is_null() {
        return E_INVALIDARG;
    }
    crate::com::barrier("PropVariantCopy", || {
        // SAFETY: `src` is a valid PROPVARIANT per the contract.
        match unsafe { Value::from_raw(src) }.and_then(|v| v.to_raw()) {
            Ok(copy) => {
                // SAFETY: `dest` is writable; its old contents are not
                // freed, as the documentation says.
                unsafe { dest.write(copy) };
                HRESULT(0)
            }
            Err(e) => e.code(),
        }
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateCollection(out: *mut *mut c_void) -> HRESULT {
    create::<IMFCollection>("MFCreateCollection", out, || {
        Ok(Collection::default().into())
    })
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateMediaType(out: *mut *mut c_void) -> HRESULT {
    create::<IMFMediaType>("MFCreateMediaType", out, || Ok(MediaType::create()))
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateSample(out: *mut *mut c_void) -> HRESULT {
    create::<IMFSample>("MFCreateSample", out, || Ok(Sample::create()))
}

/// # Safety
/// `out` is NULL or points to writable storage for an interface pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateMemoryBuffer(max_length: u32, out: *mut *mut c_void) -> HRESULT {
    create::<IMFMediaBuffer>("MFCreateMemoryBuffer", out, || {
        Ok(MemoryBuffer::create(max_length))
    })
}

/// # Safety
/// `url` is NULL or a NUL-terminated UTF-16 string; `out` as above.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MFCreateFile(
    access: MF_FILE_ACCESSMODE,
    mode: MF_FILE_OPENMODE,
    _flags: u32,
    url: *const u16,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFByteStream>("MFCreateFile", out, || {
        if url.is_null() {
            return Err(E_POINTER.into());
        }
        // SAFETY: per the function's contract.
        let path = String::from_utf16_lossy(&unsafe { crate::propvariant::wide_units(url) });
        FileByteStream::open(access, mode, &win32::path::from_windows(&path))
    })
}
