//! The C ABI of the platform's helper functions and descriptors (mfplat,
//! and mf's MFGetService, MFShutdownObject and supported-type lists).

use std::ffi::c_void;

use windows_core::{BOOL, GUID, HRESULT, IUnknown, Interface, PWSTR};

use super::{borrowed, create};
use crate::bindings::{
    CALPWSTR, HEAP_ZERO_MEMORY, IMFAudioMediaType, IMFByteStream, IMFGetService, IMFMediaType,
    IMFMediaTypeHandler, IMFPresentationDescriptor, IMFShutdown, IMFStreamDescriptor,
    IMFVideoMediaType, MF_FILE_ACCESSMODE, MF_FILE_OPENMODE, PROPVARIANT, VARTYPE, VT_LPWSTR,
    VT_VECTOR, WAVEFORMATEX,
};
use crate::com::{E_INVALIDARG, E_OUTOFMEMORY, E_POINTER, E_UNEXPECTED, guid_arg};
use crate::descriptor::{PresentationDescriptor, SimpleTypeHandler, StreamDescriptor};
use crate::media_type::{CurrentType, TypeHandler, audio_type, video_type};
use crate::propvariant::{Value, task_alloc, task_copy, task_wide};
use crate::{format, wave_format, wrapped_type};

/// The interfaces of a C array of `count` pointers, each required.
///
/// # Safety
/// `array` is NULL or points to `count` NULL-or-live interface pointers.
unsafe fn interface_array<I: Interface>(
    count: u32,
    array: *const *mut c_void,
) -> windows_core::Result<Vec<I>> {
    if count == 0 {
        return Ok(Vec::new());
    }
    if array.is_null() {
        return Err(E_INVALIDARG.into());
    }
    // SAFETY: per the contract, `count` pointers are readable.
    let raw = unsafe { std::slice::from_raw_parts(array, count as usize) };
    raw.iter()
        // SAFETY: each is NULL or a live interface pointer.
        .map(|p| unsafe { borrowed::<I>(p) }.ok_or_else(|| E_INVALIDARG.into()))
        .collect()
}

/// # Safety
/// `streams` is NULL or points to `count` NULL-or-live IMFStreamDescriptor
/// pointers; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreatePresentationDescriptor(
    count: u32,
    streams: *const *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFPresentationDescriptor>("MFCreatePresentationDescriptor", out, || {
        // SAFETY: per the function's contract.
        let streams = unsafe { interface_array::<IMFStreamDescriptor>(count, streams) }?;
        Ok(PresentationDescriptor::deselected(streams))
    })
}

/// At least one media type is required (E_INVALIDARG otherwise, as
/// Windows answers); the descriptor's handler offers them.
///
/// # Safety
/// `types` is NULL or points to `count` NULL-or-live IMFMediaType
/// pointers; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateStreamDescriptor(
    id: u32,
    count: u32,
    types: *const *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFStreamDescriptor>("MFCreateStreamDescriptor", out, || {
        if count == 0 {
            return Err(E_INVALIDARG.into());
        }
        // SAFETY: per the function's contract.
        let types = unsafe { interface_array::<IMFMediaType>(count, types) }?;
        let handler = TypeHandler::create(types, CurrentType::default());
        Ok(StreamDescriptor::create(id, handler))
    })
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateSimpleTypeHandler(out: *mut *mut c_void) -> HRESULT {
    create::<IMFMediaTypeHandler>("MFCreateSimpleTypeHandler", out, || {
        Ok(SimpleTypeHandler::create())
    })
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFllMulDiv(a: i64, b: i64, c: i64, d: i64) -> i64 {
    win32::abi::guard("MFllMulDiv", i64::MAX, || format::mul_div(a, b, c, d))
}

/// MFHeapAlloc: memory MFHeapFree frees; the file, line and allocation
/// type are diagnostics and a hint, which change nothing here.
///
/// # Safety
/// Callable from C; `file` is not read.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFHeapAlloc(
    size: usize,
    flags: u32,
    _file: *const u8,
    _line: i32,
    _kind: i32,
) -> *mut c_void {
    win32::abi::guard("MFHeapAlloc", std::ptr::null_mut(), || {
        let size = size.max(1);
        // SAFETY: calloc and malloc have no preconditions.
        unsafe {
            // HeapAlloc's flags, which MFHeapAlloc takes.
            if flags & HEAP_ZERO_MEMORY as u32 != 0 {
                libc::calloc(1, size)
            } else {
                libc::malloc(size)
            }
        }
    })
}

/// # Safety
/// `p` is NULL or a block from MFHeapAlloc not yet freed.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFHeapFree(p: *mut c_void) {
    // SAFETY: per the function's contract; free(NULL) does nothing.
    win32::abi::guard("MFHeapFree", (), || unsafe { libc::free(p) })
}

/// MFGetService: the object's IMFGetService::GetService. A NULL object is
/// E_POINTER; an object without IMFGetService answers with its
/// QueryInterface failure, and the service's own answer is passed through
/// (Wine's mf tests record both on Windows).
///
/// # Safety
/// `object` is NULL or live; the other pointers go to the object's method.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFGetService(
    object: *mut c_void,
    service: *const GUID,
    iid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    win32::abi::guard("MFGetService", E_UNEXPECTED, || {
        // SAFETY: per the function's contract.
        let Some(object) = (unsafe { borrowed::<IUnknown>(&object) }) else {
            return E_POINTER;
        };
        let mut raw = std::ptr::null_mut();
        // SAFETY: a QueryInterface call with a valid IID and out-pointer.
        let hr = unsafe { object.query(&IMFGetService::IID, &mut raw) };
        if hr.is_err() {
            return hr;
        }
        // SAFETY: QueryInterface succeeded, so `raw` is an owned reference.
        let get_service = unsafe { IMFGetService::from_raw(raw) };
        // SAFETY: the caller's arguments go to the object's method as given.
        unsafe {
            (Interface::vtable(&get_service).GetService)(get_service.as_raw(), service, iid, out)
        }
    })
}

/// MFShutdownObject: IMFShutdown::Shutdown when the object has it; S_OK in
/// every case, NULL included (Wine's mf tests record it on Windows).
///
/// # Safety
/// `object` is NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFShutdownObject(object: *mut c_void) -> HRESULT {
    win32::abi::guard("MFShutdownObject", E_UNEXPECTED, || {
        // SAFETY: per the function's contract.
        let object = unsafe { borrowed::<IUnknown>(&object) };
        if let Some(shutdown) = object.and_then(|o| o.cast::<IMFShutdown>().ok()) {
            // SAFETY: a plain COM call; its answer is not the caller's.
            let _ = unsafe { shutdown.Shutdown() };
        }
        HRESULT(0)
    })
}

/// FALSE for NULL arguments.
///
/// # Safety
/// Arguments are NULL or live.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCompareFullToPartialMediaType(
    full: *mut c_void,
    partial: *mut c_void,
) -> BOOL {
    win32::abi::guard("MFCompareFullToPartialMediaType", BOOL(0), || {
        // SAFETY: per the function's contract.
        let (full, partial) = unsafe {
            (
                borrowed::<IMFMediaType>(&full),
                borrowed::<IMFMediaType>(&partial),
            )
        };
        let matches = match (full, partial) {
            (Some(f), Some(p)) => wrapped_type::full_matches_partial(&f, &p).unwrap_or(false),
            _ => false,
        };
        BOOL::from(matches)
    })
}

/// # Safety
/// `original` is NULL or live; the GUIDs NULL or valid; `out` NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFWrapMediaType(
    original: *mut c_void,
    major: *const GUID,
    subtype: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaType>("MFWrapMediaType", out, || {
        // SAFETY: per the function's contract.
        let original = unsafe { borrowed::<IMFMediaType>(&original) }.ok_or(E_POINTER)?;
        wrapped_type::wrap(&original, guid_arg(major)?, guid_arg(subtype)?)
    })
}

/// # Safety
/// `wrapper` is NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFUnwrapMediaType(
    wrapper: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFMediaType>("MFUnwrapMediaType", out, || {
        // SAFETY: per the function's contract.
        let wrapper = unsafe { borrowed::<IMFMediaType>(&wrapper) }.ok_or(E_POINTER)?;
        wrapped_type::unwrap(&wrapper)
    })
}

/// The structure in task memory (CoTaskMemFree frees it, as documented),
/// its size in `size` when given (the parameter is optional).
///
/// # Safety
/// `t` is NULL or live; `out` NULL or writable; `size` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateWaveFormatExFromMFMediaType(
    t: *mut c_void,
    out: *mut *mut WAVEFORMATEX,
    size: *mut u32,
    flags: u32,
) -> HRESULT {
    win32::abi::guard("MFCreateWaveFormatExFromMFMediaType", E_UNEXPECTED, || {
        // SAFETY: per the function's contract.
        let Some(t) = (unsafe { borrowed::<IMFMediaType>(&t) }) else {
            return E_POINTER;
        };
        if out.is_null() {
            return E_POINTER;
        }
        let bytes = match wave_format::from_media_type(&t, flags) {
            Ok(b) => b,
            Err(e) => return e.code(),
        };
        let Ok(copy) = task_copy(&bytes) else {
            return E_OUTOFMEMORY;
        };
        // SAFETY: both checked or optional per the contract.
        unsafe {
            out.write(copy.cast());
            if let Some(size) = size.as_mut() {
                *size = bytes.len() as u32;
            }
        }
        HRESULT(0)
    })
}

/// The type's attributes are replaced by the format's.
///
/// # Safety
/// `t` is NULL or live; `format` NULL or `size` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFInitMediaTypeFromWaveFormatEx(
    t: *mut c_void,
    format: *const WAVEFORMATEX,
    size: u32,
) -> HRESULT {
    win32::abi::guard("MFInitMediaTypeFromWaveFormatEx", E_UNEXPECTED, || {
        // SAFETY: per the function's contract.
        let Some(t) = (unsafe { borrowed::<IMFMediaType>(&t) }) else {
            return E_POINTER;
        };
        if format.is_null() {
            return E_POINTER;
        }
        // SAFETY: `size` bytes are readable per the contract.
        let bytes = unsafe { std::slice::from_raw_parts(format.cast::<u8>(), size as usize) };
        let result = wave_format::to_attributes(bytes).and_then(|items| {
            // SAFETY: plain COM calls on a live interface with valid keys.
            unsafe {
                t.DeleteAllItems().ok()?;
                for (key, value) in items {
                    match value {
                        Value::U32(v) => t.SetUINT32(&key, v).ok()?,
                        Value::Guid(g) => t.SetGUID(&key, &g).ok()?,
                        Value::Blob(b) => t.SetBlob(&key, b.as_ptr(), b.len() as u32).ok()?,
                        _ => {}
                    }
                }
            }
            Ok(())
        });
        match result {
            Ok(()) => HRESULT(0),
            Err(e) => e.code(),
        }
    })
}

/// A video type with the major type and `subtype` set.
///
/// # Safety
/// `subtype` is NULL or a valid GUID; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateVideoMediaTypeFromSubtype(
    subtype: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFVideoMediaType>("MFCreateVideoMediaTypeFromSubtype", out, || {
        video_type(&guid_arg(subtype)?)
    })
}

/// An audio type with the attributes MFInitMediaTypeFromWaveFormatEx
/// gives `format` (a WAVEFORMATEX and its cbSize extra bytes).
///
/// # Safety
/// `format` is NULL or a readable WAVEFORMATEX followed by cbSize bytes;
/// `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateAudioMediaType(
    format: *const WAVEFORMATEX,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFAudioMediaType>("MFCreateAudioMediaType", out, || {
        // SAFETY: per the function's contract; the struct is packed, so
        // any address is aligned enough.
        let header = unsafe { format.as_ref() }.ok_or(E_POINTER)?;
        let size = size_of::<WAVEFORMATEX>() + header.cbSize as usize;
        // SAFETY: the structure and its cbSize bytes are readable.
        let bytes = unsafe { std::slice::from_raw_parts(format.cast::<u8>(), size) };
        audio_type(wave_format::to_attributes(bytes)?)
    })
}

/// # Safety
/// `stride` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFGetStrideForBitmapInfoHeader(
    format: u32,
    width: u32,
    stride: *mut i32,
) -> HRESULT {
    win32::abi::guard("MFGetStrideForBitmapInfoHeader", E_UNEXPECTED, || {
        if stride.is_null() {
            return E_POINTER;
        }
        match format::bitmap_stride(format, width) {
            Ok(s) => {
                // SAFETY: checked above.
                unsafe { stride.write(s) };
                HRESULT(0)
            }
            Err(hr) => hr,
        }
    })
}

/// A subtype that is not uncompressed video is E_INVALIDARG with the size
/// set to 0, as Windows answers.
///
/// # Safety
/// `subtype` is NULL or valid; `size` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCalculateImageSize(
    subtype: *const GUID,
    width: u32,
    height: u32,
    size: *mut u32,
) -> HRESULT {
    win32::abi::guard("MFCalculateImageSize", E_UNEXPECTED, || {
        if size.is_null() {
            return E_POINTER;
        }
        let Ok(subtype) = guid_arg(subtype) else {
            return E_POINTER;
        };
        let (bytes, hr) = match format::image_size(&subtype, width, height) {
            Ok(n) => (n, HRESULT(0)),
            Err(hr) => (0, hr),
        };
        // SAFETY: checked above.
        unsafe { size.write(bytes) };
        hr
    })
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFFrameRateToAverageTimePerFrame(
    numerator: u32,
    denominator: u32,
    out: *mut u64,
) -> HRESULT {
    win32::abi::guard("MFFrameRateToAverageTimePerFrame", E_UNEXPECTED, || {
        if out.is_null() {
            return E_POINTER;
        }
        // SAFETY: checked above.
        unsafe { out.write(format::average_time_per_frame(numerator, denominator)) };
        HRESULT(0)
    })
}

/// # Safety
/// `numerator` and `denominator` are NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFAverageTimePerFrameToFrameRate(
    average_time: u64,
    numerator: *mut u32,
    denominator: *mut u32,
) -> HRESULT {
    win32::abi::guard("MFAverageTimePerFrameToFrameRate", E_UNEXPECTED, || {
        if numerator.is_null() || denominator.is_null() {
            return E_POINTER;
        }
        let (n, d) = format::frame_rate(average_time);
        // SAFETY: checked above.
        unsafe {
            numerator.write(n);
            denominator.write(d);
        }
        HRESULT(0)
    })
}

/// A byte stream on a new file in the temporary directory, deleted when
/// the stream is (on Linux the name goes at once; the open file lives on
/// until its last reference).
///
/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateTempFile(
    access: MF_FILE_ACCESSMODE,
    mode: MF_FILE_OPENMODE,
    _flags: u32,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFByteStream>("MFCreateTempFile", out, || {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "MFP{}-{}.tmp",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        let stream = crate::bytestream::FileByteStream::open(access, mode, &path)?;
        let _ = std::fs::remove_file(&path);
        Ok(stream)
    })
}

/// The MIME types the source resolver opens (its containers: WAVE, FLAC,
/// Ogg Vorbis, MP3, ADTS AAC, MP4 audio).
const MIME_TYPES: [&str; 12] = [
    "audio/wav",
    "audio/x-wav",
    "audio/wave",
    "audio/flac",
    "audio/x-flac",
    "audio/ogg",
    "audio/mpeg",
    "audio/mp3",
    "audio/aac",
    "audio/aacp",
    "audio/mp4",
    "audio/x-m4a",
];

/// The URL schemes it opens ("file:" URLs and plain paths).
const SCHEMES: [&str; 1] = ["file:"];

/// `names` as VT_VECTOR | VT_LPWSTR in task memory, which PropVariantClear
/// frees.
fn string_vector(out: *mut PROPVARIANT, names: &[&str]) -> HRESULT {
    if out.is_null() {
        return E_POINTER;
    }
    let mut strings: Vec<PWSTR> = Vec::with_capacity(names.len());
    for name in names {
        let units: Vec<u16> = name.encode_utf16().collect();
        match task_wide(&units) {
            Ok(p) => strings.push(PWSTR(p)),
            Err(e) => {
                for s in strings {
                    // SAFETY: each came from the task allocator above.
                    unsafe { libc::free(s.0.cast()) };
                }
                return e.code();
            }
        }
    }
    let array = task_alloc(std::mem::size_of_val(strings.as_slice())).cast::<PWSTR>();
    if array.is_null() {
        for s in strings {
            // SAFETY: as above.
            unsafe { libc::free(s.0.cast()) };
        }
        return E_OUTOFMEMORY;
    }
    // SAFETY: `array` has room for every pointer; `out` was checked.
    unsafe {
        std::ptr::copy_nonoverlapping(strings.as_ptr(), array, strings.len());
        let mut value = PROPVARIANT::default();
        let tagged = &mut value.Anonymous.Anonymous;
        tagged.vt = VARTYPE((VT_VECTOR | VT_LPWSTR) as u16);
        tagged.Anonymous.calpwstr = CALPWSTR {
            cElems: strings.len() as u32,
            pElems: array,
        };
        out.write(value);
    }
    HRESULT(0)
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFGetSupportedMimeTypes(out: *mut PROPVARIANT) -> HRESULT {
    win32::abi::guard("MFGetSupportedMimeTypes", E_UNEXPECTED, || {
        string_vector(out, &MIME_TYPES)
    })
}

/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFGetSupportedSchemes(out: *mut PROPVARIANT) -> HRESULT {
    win32::abi::guard("MFGetSupportedSchemes", E_UNEXPECTED, || {
        string_vector(out, &SCHEMES)
    })
}

/// A byte stream over an application's IStream.
///
/// # Safety
/// `stream` is NULL or a live IStream; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateMFByteStreamOnStream(
    stream: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFByteStream>("MFCreateMFByteStreamOnStream", out, || {
        // SAFETY: per the function's contract.
        let stream = unsafe { borrowed::<crate::bindings::IStream>(&stream) }.ok_or(E_POINTER)?;
        Ok(crate::stream_bytestream::StreamByteStream::create(stream))
    })
}

/// The page takes an IRandomAccessStream, which exists only in the Windows
/// Runtime; an object that answers IStream is wrapped as
/// MFCreateMFByteStreamOnStream wraps it, any other is E_NOINTERFACE
/// (decision).
///
/// # Safety
/// `object` is NULL or live; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateMFByteStreamOnStreamEx(
    object: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<IMFByteStream>("MFCreateMFByteStreamOnStreamEx", out, || {
        // SAFETY: per the function's contract.
        let object = unsafe { borrowed::<IUnknown>(&object) }.ok_or(E_POINTER)?;
        Ok(crate::stream_bytestream::StreamByteStream::create(
            object.cast::<crate::bindings::IStream>()?,
        ))
    })
}

/// An IStream over a byte stream.
///
/// # Safety
/// `bytes` is NULL or a live IMFByteStream; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateStreamOnMFByteStream(
    bytes: *mut c_void,
    out: *mut *mut c_void,
) -> HRESULT {
    create::<crate::bindings::IStream>("MFCreateStreamOnMFByteStream", out, || {
        // SAFETY: per the function's contract.
        let bytes = unsafe { borrowed::<IMFByteStream>(&bytes) }.ok_or(E_POINTER)?;
        Ok(crate::stream_bytestream::ByteStreamStream::create(bytes))
    })
}

/// The page gives an IRandomAccessStream; without the Windows Runtime the
/// object is the IStream wrapper, as whichever of its interfaces (IStream,
/// ISequentialStream, IUnknown) `iid` names; another is E_NOINTERFACE with
/// NULL written (decision).
///
/// # Safety
/// `bytes` is NULL or a live IMFByteStream; `iid` NULL or valid; `out`
/// NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MFCreateStreamOnMFByteStreamEx(
    bytes: *mut c_void,
    iid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    win32::abi::guard("MFCreateStreamOnMFByteStreamEx", E_UNEXPECTED, || {
        if out.is_null() {
            return E_POINTER;
        }
        // SAFETY: checked above; NULL until there is an object.
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: per the function's contract.
        let Some(bytes) = (unsafe { borrowed::<IMFByteStream>(&bytes) }) else {
            return E_POINTER;
        };
        let created =
            guid_arg(iid).and_then(|iid| crate::stream_bytestream::stream_as(bytes, &iid));
        match created {
            Ok(object) => {
                // SAFETY: checked above; the caller owns the reference.
                unsafe { out.write(object) };
                HRESULT(0)
            }
            Err(e) => e.code(),
        }
    })
}
