//! The C ABI of wdstci.h. Thin: it checks and converts arguments, keeps
//! the registered function pointers until StartSession, and calls the
//! Rust API in `session`.
//!
//! Codes where the docs are silent (README, WDS section): a bad or closed
//! handle is ERROR_INVALID_HANDLE; bad arguments ERROR_INVALID_PARAMETER;
//! calls before Initialize or after Shutdown WDSTPC_E_NOT_INITIALIZED;
//! StartSession without START, RECEIVE_CONTENTS or SESSION_COMPLETE
//! WDSTPC_E_CALLBACKS_NOT_REG; RegisterCallback or StartSession after the
//! start WDSTPC_E_ALREADY_IN_PROGRESS; CancelSession after completion
//! WDSTPC_E_ALREADY_COMPLETED; a WaitForCompletion timeout ERROR_TIMEOUT.

use std::ffi::c_void;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use win32::sync::lock;
use win32::wstr::from_wide_ptr;
use win32::{Win32Error, handle};
use windows_sys::Win32::Foundation::{ERROR_CANCELLED, ERROR_INTERNAL_ERROR, HANDLE};
use windows_sys::Win32::System::DeploymentServices::{
    self as ds, PFN_WdsTransportClientReceiveContents, PFN_WdsTransportClientReceiveMetadata,
    PFN_WdsTransportClientSessionComplete, PFN_WdsTransportClientSessionNegotiate,
    PFN_WdsTransportClientSessionStart, PFN_WdsTransportClientSessionStartEx,
    TRANSPORTCLIENT_SESSION_INFO, WDS_TRANSPORTCLIENT_REQUEST,
};

use crate::session::{self, AuthLevel, Callbacks, ClientSession, Request, Status, tpc};

const INFINITE: u32 = u32::MAX;

/// A session handle's object: the Rust session, the caller's pointer and
/// the callbacks registered so far.
struct CSession {
    session: Arc<ClientSession>,
    caller_data: usize,
    pointers: Mutex<[usize; ds::WDS_TRANSPORTCLIENT_MAX_CALLBACKS as usize]>,
}

fn code(r: Result<(), Win32Error>) -> u32 {
    match r {
        Ok(()) => 0,
        Err(e) => e.0,
    }
}

fn call(function: &'static str, body: impl FnOnce() -> Result<(), Win32Error>) -> u32 {
    win32::abi::guard(function, ERROR_INTERNAL_ERROR, || code(body()))
}

fn lookup(h: HANDLE) -> Result<Arc<CSession>, Win32Error> {
    session::check_initialized()?;
    Ok(handle::get::<CSession>(h as usize)?)
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientInitialize() -> u32 {
    call("WdsTransportClientInitialize", || {
        session::initialize();
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientShutdown() -> u32 {
    call("WdsTransportClientShutdown", session::shutdown)
}

/// # Safety
/// `request` is NULL or a readable WDS_TRANSPORTCLIENT_REQUEST whose
/// strings are NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WdsTransportClientInitializeSession(
    request: *const WDS_TRANSPORTCLIENT_REQUEST,
    caller_data: *const c_void,
    out: *mut HANDLE,
) -> u32 {
    call("WdsTransportClientInitializeSession", || {
        session::check_initialized()?;
        if request.is_null() || out.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL, and the caller guarantees a readable struct.
        let r = unsafe { &*request };
        let bad = Err(Win32Error::INVALID_PARAMETER);
        if r.ulLength as usize != size_of::<WDS_TRANSPORTCLIENT_REQUEST>()
            || r.ulApiVersion != ds::WDS_TRANSPORTCLIENT_CURRENT_API_VERSION
            || r.ulProtocol != ds::WDS_TRANSPORTCLIENT_PROTOCOL_MULTICAST
            // The multicast protocol takes no protocol data.
            || !r.pvProtocolData.is_null()
            || r.ulProtocolDataLength != 0
        {
            return bad;
        }
        let auth = match r.ulAuthLevel {
            ds::WDS_TRANSPORTCLIENT_AUTH => AuthLevel::Auth,
            ds::WDS_TRANSPORTCLIENT_NO_AUTH => AuthLevel::NoAuth,
            _ => return bad,
        };
        // SAFETY: the caller guarantees NULL or terminated strings.
        let (server, namespace, object) = unsafe {
            (
                from_wide_ptr(r.pwszServer)?,
                from_wide_ptr(r.pwszNamespace)?,
                from_wide_ptr(r.pwszObjectName)?,
            )
        };
        let (Some(server), Some(namespace), Some(object)) = (server, namespace, object) else {
            return bad;
        };
        let session = ClientSession::new(Request {
            server,
            namespace,
            object,
            cache_size: u64::from(r.ulCacheSize),
            auth,
        })?;
        let h = handle::insert(Arc::new(CSession {
            session,
            caller_data: caller_data as usize,
            pointers: Mutex::new([0; ds::WDS_TRANSPORTCLIENT_MAX_CALLBACKS as usize]),
        }))?;
        // SAFETY: `out` is non-NULL and writable.
        unsafe { *out = h as HANDLE };
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientRegisterCallback(
    h: HANDLE,
    id: i32,
    pfn: *const c_void,
) -> u32 {
    call("WdsTransportClientRegisterCallback", || {
        let s = lookup(h)?;
        if !(0..ds::WDS_TRANSPORTCLIENT_MAX_CALLBACKS).contains(&id) || pfn.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // "Once the session is started, no further callbacks may be
        // registered."
        if s.session.is_started() {
            return Err(tpc(ds::WDSTPC_E_ALREADY_IN_PROGRESS));
        }
        lock(&s.pointers)[id as usize] = pfn as usize;
        Ok(())
    })
}

/// Turn a stored pointer back into its callback type.
///
/// # Safety
/// `p` is 0 or was registered for the callback id whose type `T` is.
unsafe fn as_fn<T>(p: usize) -> Option<T> {
    if p == 0 {
        return None;
    }
    // SAFETY: T is an `Option<extern fn>`-free function pointer type of
    // pointer size, and the caller registered `p` as one.
    Some(unsafe { std::mem::transmute_copy::<usize, T>(&p) })
}

type StartFn = unsafe extern "system" fn(HANDLE, *const c_void, *const u64);
type StartExFn =
    unsafe extern "system" fn(HANDLE, *const c_void, *const TRANSPORTCLIENT_SESSION_INFO);
type ContentsFn = unsafe extern "system" fn(HANDLE, *const c_void, *const c_void, u32, *const u64);
type MetadataFn = unsafe extern "system" fn(HANDLE, *const c_void, *const c_void, u32);
type CompleteFn = unsafe extern "system" fn(HANDLE, *const c_void, u32);
type NegotiateFn =
    unsafe extern "system" fn(HANDLE, *const c_void, *const TRANSPORTCLIENT_SESSION_INFO, HANDLE);

// The Rust aliases and windows-sys's must describe the same functions.
const _: fn() = || {
    let _: PFN_WdsTransportClientSessionStart = None::<StartFn>;
    let _: PFN_WdsTransportClientSessionStartEx = None::<StartExFn>;
    let _: PFN_WdsTransportClientReceiveContents = None::<ContentsFn>;
    let _: PFN_WdsTransportClientReceiveMetadata = None::<MetadataFn>;
    let _: PFN_WdsTransportClientSessionComplete = None::<CompleteFn>;
    let _: PFN_WdsTransportClientSessionNegotiate = None::<NegotiateFn>;
};

fn c_info(info: session::SessionInfo) -> TRANSPORTCLIENT_SESSION_INFO {
    TRANSPORTCLIENT_SESSION_INFO {
        ulStructureLength: size_of::<TRANSPORTCLIENT_SESSION_INFO>() as u32,
        ullFileSize: info.file_size,
        ulBlockSize: info.block_size,
    }
}

/// Wrap the registered C functions as the Rust API's callbacks. Each gets
/// the session handle and the caller's pointer (carried as integers:
/// raw pointers are not Send).
fn c_callbacks(h: usize, data: usize, p: [usize; 6]) -> Callbacks {
    let args = move || (h as HANDLE, data as *const c_void);
    let slot = |id: i32| p[id as usize];
    // SAFETY: each slot holds 0 or the pointer the consumer registered for
    // that callback id, whose type the SDK fixes.
    let start = unsafe { as_fn::<StartFn>(slot(ds::WDS_TRANSPORTCLIENT_SESSION_START)) };
    // SAFETY: as above.
    let start_ex = unsafe { as_fn::<StartExFn>(slot(ds::WDS_TRANSPORTCLIENT_SESSION_STARTEX)) };
    // SAFETY: as above.
    let contents = unsafe { as_fn::<ContentsFn>(slot(ds::WDS_TRANSPORTCLIENT_RECEIVE_CONTENTS)) };
    // SAFETY: as above.
    let metadata = unsafe { as_fn::<MetadataFn>(slot(ds::WDS_TRANSPORTCLIENT_RECEIVE_METADATA)) };
    // SAFETY: as above.
    let complete = unsafe { as_fn::<CompleteFn>(slot(ds::WDS_TRANSPORTCLIENT_SESSION_COMPLETE)) };
    // SAFETY: as above.
    let negotiate =
        unsafe { as_fn::<NegotiateFn>(slot(ds::WDS_TRANSPORTCLIENT_SESSION_NEGOTIATE)) };
    Callbacks {
        session_start: start.map(|f| {
            Box::new(move |size: u64| {
                let (k, d) = args();
                // SAFETY: the consumer's callback, with a live u64.
                unsafe { f(k, d, &size) }
            }) as Box<dyn FnMut(u64) + Send>
        }),
        session_start_ex: start_ex.map(|f| {
            Box::new(move |info: session::SessionInfo| {
                let (k, d) = args();
                // SAFETY: the consumer's callback, with a live struct.
                unsafe { f(k, d, &c_info(info)) }
            }) as Box<dyn FnMut(session::SessionInfo) + Send>
        }),
        receive_contents: contents.map(|f| {
            Box::new(move |buf: &session::Buffer, offset: u64| {
                let (k, d) = args();
                let len = buf.as_slice().len() as u32;
                // SAFETY: the consumer's callback; the buffer is live for
                // the call (and longer if the consumer adds a reference).
                unsafe { f(k, d, buf.as_ptr().cast(), len, &offset) }
            }) as session::ContentsCallback
        }),
        receive_metadata: metadata.map(|f| {
            Box::new(move |m: &[u8]| {
                let (k, d) = args();
                // SAFETY: the consumer's callback, with a live buffer.
                unsafe { f(k, d, m.as_ptr().cast(), m.len() as u32) }
            }) as session::MetadataCallback
        }),
        session_complete: complete.map(|f| {
            Box::new(move |code: u32| {
                let (k, d) = args();
                // SAFETY: the consumer's callback.
                unsafe { f(k, d, code) }
            }) as Box<dyn FnMut(u32) + Send>
        }),
        session_negotiate: negotiate.map(|f| {
            Box::new(move |info: session::SessionInfo| {
                let (k, d) = args();
                // SAFETY: the consumer's callback, with a live struct.
                unsafe { f(k, d, &c_info(info), k) }
            }) as Box<dyn FnMut(session::SessionInfo) + Send>
        }),
    }
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientStartSession(h: HANDLE) -> u32 {
    call("WdsTransportClientStartSession", || {
        let s = lookup(h)?;
        let pointers = *lock(&s.pointers);
        s.session
            .start(c_callbacks(h as usize, s.caller_data, pointers))
    })
}

/// # Safety
/// `offset` is NULL or points to a readable ULARGE_INTEGER.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WdsTransportClientCompleteReceive(
    h: HANDLE,
    size: u32,
    offset: *const u64,
) -> u32 {
    call("WdsTransportClientCompleteReceive", || {
        let s = lookup(h)?;
        if offset.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and readable per the contract.
        s.session.complete_receive(size, unsafe { *offset })
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientCancelSession(h: HANDLE) -> u32 {
    call("WdsTransportClientCancelSession", || {
        lookup(h)?.session.cancel(ERROR_CANCELLED)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientCancelSessionEx(h: HANDLE, error: u32) -> u32 {
    call("WdsTransportClientCancelSessionEx", || {
        lookup(h)?.session.cancel(error)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientWaitForCompletion(h: HANDLE, timeout: u32) -> u32 {
    call("WdsTransportClientWaitForCompletion", || {
        let s = lookup(h)?;
        let t = (timeout != INFINITE).then(|| Duration::from_millis(u64::from(timeout)));
        s.session.wait(t)
    })
}

/// # Safety
/// `status` and `error` are NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WdsTransportClientQueryStatus(
    h: HANDLE,
    status: *mut u32,
    error: *mut u32,
) -> u32 {
    call("WdsTransportClientQueryStatus", || {
        let s = lookup(h)?;
        if status.is_null() || error.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let (st, e) = match s.session.status() {
            Status::InProgress => (ds::WDS_TRANSPORTCLIENT_STATUS_IN_PROGRESS, 0),
            Status::Success => (ds::WDS_TRANSPORTCLIENT_STATUS_SUCCESS, 0),
            Status::Failure(e) => (ds::WDS_TRANSPORTCLIENT_STATUS_FAILURE, e),
        };
        // SAFETY: both non-NULL and writable per the contract.
        unsafe {
            *status = st;
            *error = e;
        }
        Ok(())
    })
}

/// The seed: the session is not cancelled and its callbacks continue until
/// it completes; the handle is refused from now on.
#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientCloseSession(h: HANDLE) -> u32 {
    call("WdsTransportClientCloseSession", || {
        session::check_initialized()?;
        let s = handle::remove::<CSession>(h as usize)?;
        s.session.close();
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientAddRefBuffer(p: *const c_void) -> u32 {
    call("WdsTransportClientAddRefBuffer", || {
        session::add_ref_buffer(p.cast())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WdsTransportClientReleaseBuffer(p: *const c_void) -> u32 {
    call("WdsTransportClientReleaseBuffer", || {
        session::release_buffer(p.cast())
    })
}
