//! The C ABI of winhttp: the SDK's names and types over [`crate::api`].
//!
//! Handles of all four kinds live in the shared handle table as one type,
//! [`Internet`], so a WinHTTP handle of the wrong kind is
//! ERROR_WINHTTP_INCORRECT_HANDLE_TYPE and anything else is
//! ERROR_INVALID_HANDLE. WebSocket functions return their error code;
//! the others return BOOL or a handle and set the last error.

mod auth;
mod header;
mod option;
mod proxy;
mod resolver;
mod security_info;
mod time;
mod url;

use std::ffi::c_void;
use std::sync::{Arc, MutexGuard};

use win32::abi::{bool_call, guard};
use win32::sync::lock;
use win32::{HandleError, Win32Error, Win32Result, handle, set_last_error, wstr};
use windows_sys::Win32::Networking::WinHttp as wh;
use windows_sys::core::BOOL;

use crate::api::{self, Connection, Session, StatusCallback};
use crate::options::{Options, Proxy};
use crate::request::Request;
use crate::websocket::{BufferType, MAX_CLOSE_REASON, WebSocket};

type Hinternet = *mut c_void;

/// Any WinHTTP handle.
pub enum Internet {
    Session(Arc<Session>),
    Connection(Arc<Connection>),
    Request(Arc<Request>),
    Socket(Arc<WebSocket>),
    Resolver(Arc<resolver::Resolver>),
}

impl Internet {
    fn notify(&self) -> &api::Notify {
        match self {
            Internet::Session(s) => &s.notify,
            Internet::Connection(c) => &c.notify,
            Internet::Request(r) => &r.notify,
            Internet::Socket(w) => &w.notify,
            Internet::Resolver(r) => &r.notify,
        }
    }

    /// The options of a session or request; other handles have none.
    fn options(&self) -> Win32Result<MutexGuard<'_, Options>> {
        match self {
            Internet::Session(s) => Ok(lock(&s.options)),
            Internet::Request(r) => Ok(lock(&r.options)),
            _ => Err(WRONG_TYPE),
        }
    }

    fn kind(&self) -> u32 {
        match self {
            Internet::Session(_) => wh::WINHTTP_HANDLE_TYPE_SESSION,
            Internet::Connection(_) => wh::WINHTTP_HANDLE_TYPE_CONNECT,
            Internet::Request(_) => wh::WINHTTP_HANDLE_TYPE_REQUEST,
            Internet::Socket(_) => wh::WINHTTP_HANDLE_TYPE_WEBSOCKET,
            Internet::Resolver(_) => wh::WINHTTP_HANDLE_TYPE_PROXY_RESOLVER,
        }
    }
}

const WRONG_TYPE: Win32Error = Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_TYPE);

fn get(h: Hinternet) -> Win32Result<Arc<Internet>> {
    handle::get::<Internet>(h as usize).map_err(|_: HandleError| Win32Error::INVALID_HANDLE)
}

fn session(h: Hinternet) -> Win32Result<Arc<Session>> {
    match &*get(h)? {
        Internet::Session(s) => Ok(Arc::clone(s)),
        _ => Err(WRONG_TYPE),
    }
}

fn request(h: Hinternet) -> Win32Result<Arc<Request>> {
    match &*get(h)? {
        Internet::Request(r) => Ok(Arc::clone(r)),
        _ => Err(WRONG_TYPE),
    }
}

fn socket(h: Hinternet) -> Win32Result<Arc<WebSocket>> {
    match &*get(h)? {
        Internet::Socket(w) => Ok(Arc::clone(w)),
        _ => Err(WRONG_TYPE),
    }
}

/// Put a new object in the table, bind its notifications to the handle,
/// and announce it with HANDLE_CREATED.
fn issue(object: Internet, announce: bool) -> Win32Result<Hinternet> {
    let object = Arc::new(object);
    let h = handle::insert(Arc::clone(&object))?;
    object.notify().bind(h);
    if announce {
        object
            .notify()
            .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CREATED);
    }
    Ok(h as Hinternet)
}

fn handle_call(function: &'static str, body: impl FnOnce() -> Win32Result<Hinternet>) -> Hinternet {
    guard(function, std::ptr::null_mut(), || match body() {
        Ok(h) => {
            set_last_error(0);
            h
        }
        Err(e) => {
            set_last_error(e.0);
            std::ptr::null_mut()
        }
    })
}

fn code_call(function: &'static str, body: impl FnOnce() -> Win32Result<()>) -> u32 {
    guard(function, Win32Error::INTERNAL_ERROR.0, || match body() {
        Ok(()) => 0,
        Err(e) => e.0,
    })
}

/// # Safety
/// `p` is NULL or a NUL-terminated UTF-16 string.
unsafe fn text(p: *const u16) -> Win32Result<String> {
    // SAFETY: per the contract.
    Ok(unsafe { wstr::from_wide_ptr(p) }?.unwrap_or_default())
}

/// A header block: `len` WCHARs, or NUL-terminated when `len` is -1.
///
/// # Safety
/// `p` is NULL or valid for `len` units (or terminated).
unsafe fn header_block(p: *const u16, len: u32) -> Win32Result<String> {
    if p.is_null() {
        return Ok(String::new());
    }
    if len == u32::MAX {
        // SAFETY: terminated per the contract.
        return unsafe { text(p) };
    }
    // SAFETY: `len` units are readable per the contract.
    Ok(unsafe { wstr::from_wide_counted(p, len as usize * 2) })
}

/// # Safety
/// Strings are NULL or NUL-terminated UTF-16.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpOpen(
    agent: *const u16,
    access_type: u32,
    proxy: *const u16,
    bypass: *const u16,
    flags: u32,
) -> Hinternet {
    handle_call("WinHttpOpen", || {
        // SAFETY: per the contract.
        let (agent, proxy, bypass) = unsafe { (text(agent)?, text(proxy)?, text(bypass)?) };
        let proxy = Proxy::from_open(access_type, &proxy, &bypass);
        let s = Session::new(&agent, flags & wh::WINHTTP_FLAG_ASYNC != 0, proxy);
        issue(Internet::Session(Arc::new(s)), false)
    })
}

/// # Safety
/// `server` is NULL or NUL-terminated UTF-16.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpConnect(
    h: Hinternet,
    server: *const u16,
    port: u16,
    _reserved: u32,
) -> Hinternet {
    handle_call("WinHttpConnect", || {
        let s = session(h)?;
        // No server name is an argument error (Wine's test_OpenRequest).
        if server.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract.
        let host = unsafe { text(server) }?;
        let c = Connection::new(&s, &host, port)?;
        issue(Internet::Connection(Arc::new(c)), true)
    })
}

/// # Safety
/// Strings are NULL or NUL-terminated UTF-16; `accept` is NULL or a
/// NULL-terminated array of them.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpOpenRequest(
    h: Hinternet,
    verb: *const u16,
    object: *const u16,
    version: *const u16,
    referrer: *const u16,
    accept: *const *const u16,
    flags: u32,
) -> Hinternet {
    handle_call("WinHttpOpenRequest", || {
        let c = match &*get(h)? {
            Internet::Connection(c) => Arc::clone(c),
            _ => return Err(WRONG_TYPE),
        };
        // SAFETY: per the contract.
        let (verb, path, version, referrer) =
            unsafe { (text(verb)?, text(object)?, text(version)?, text(referrer)?) };
        let r = Request::new(&c, &verb, &path, &version, flags);
        // WINHTTP_FLAG_REFRESH: "a Pragma: no-cache header is added to the
        // request handle", and for HTTP/1.1 "Cache-Control: no-cache".
        if flags & wh::WINHTTP_FLAG_REFRESH != 0 {
            r.add_headers("Pragma: no-cache", wh::WINHTTP_ADDREQ_FLAG_ADD)?;
            if !version.eq_ignore_ascii_case("HTTP/1.0") {
                r.add_headers("Cache-Control: no-cache", wh::WINHTTP_ADDREQ_FLAG_ADD)?;
            }
        }
        if !referrer.is_empty() {
            r.add_headers(&format!("Referer: {referrer}"), wh::WINHTTP_ADDREQ_FLAG_ADD)?;
        }
        let mut types = Vec::new();
        let mut p = accept;
        // SAFETY: a NULL-terminated array per the contract.
        while !p.is_null() && unsafe { !(*p).is_null() } {
            // SAFETY: each entry is a terminated string.
            types.push(unsafe { text(*p) }?);
            // SAFETY: still inside the array, before its NULL.
            p = unsafe { p.add(1) };
        }
        if !types.is_empty() {
            r.add_headers(
                &format!("Accept: {}", types.join(", ")),
                wh::WINHTTP_ADDREQ_FLAG_ADD,
            )?;
        }
        issue(Internet::Request(Arc::new(r)), true)
    })
}

/// An HTTP call on a request handle. A bad handle fails the call; in async
/// mode any other failure returns TRUE and reports REQUEST_ERROR with the
/// API that failed [17].
fn http_call(
    function: &'static str,
    api_id: u32,
    h: Hinternet,
    body: impl FnOnce(&Arc<Request>) -> Win32Result<()>,
) -> BOOL {
    bool_call(function, || {
        let r = request(h)?;
        match body(&r) {
            Err(e) if r.session.async_mode && e != Win32Error::INVALID_PARAMETER => {
                r.notify.send_value(
                    wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
                    wh::WINHTTP_ASYNC_RESULT {
                        dwResult: api_id as usize,
                        dwError: e.0,
                    },
                );
                Ok(())
            }
            other => other,
        }
    })
}

/// # Safety
/// `headers` as for WinHttpAddRequestHeaders; `optional` valid for
/// `optional_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpSendRequest(
    h: Hinternet,
    headers: *const u16,
    headers_len: u32,
    optional: *const c_void,
    optional_len: u32,
    total_len: u32,
    context: usize,
) -> BOOL {
    http_call("WinHttpSendRequest", wh::API_SEND_REQUEST, h, |r| {
        // A zero context keeps the one set with WINHTTP_OPTION_CONTEXT_VALUE
        // (Wine's notification tests, which pass on Windows, rely on it).
        if context != 0 {
            r.notify.set_context(context);
        }
        // A length of 0 with headers given reads them up to their NUL, as
        // -1 does (Wine's test_not_modified, on Windows).
        let headers_len = if headers_len == 0 {
            u32::MAX
        } else {
            headers_len
        };
        // SAFETY: per the contract.
        let extra = unsafe { header_block(headers, headers_len) }?;
        let data = if optional.is_null() || optional_len == 0 {
            &[][..]
        } else {
            // SAFETY: valid for `optional_len` bytes per the contract.
            unsafe { std::slice::from_raw_parts(optional.cast::<u8>(), optional_len as usize) }
        };
        r.send(&extra, data, total_len)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WinHttpReceiveResponse(h: Hinternet, reserved: *mut c_void) -> BOOL {
    // A non-NULL reserved pointer is an argument error, which is
    // returned in async mode too.
    http_call("WinHttpReceiveResponse", wh::API_RECEIVE_RESPONSE, h, |r| {
        if !reserved.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        r.receive_response()
    })
}

/// # Safety
/// `available` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpQueryDataAvailable(h: Hinternet, available: *mut u32) -> BOOL {
    let mut pending = false;
    let ok = http_call(
        "WinHttpQueryDataAvailable",
        wh::API_QUERY_DATA_AVAILABLE,
        h,
        |r| {
            // In async mode, bytes already here complete inside the call;
            // otherwise DATA_AVAILABLE comes from a worker (Wine's
            // notification tests accept both on Windows).
            let Some(n) = r.data_available()? else {
                pending = true;
                return Ok(());
            };
            if !available.is_null() {
                // SAFETY: non-NULL per the check.
                unsafe { available.write(n) };
            }
            if r.session.async_mode {
                r.notify
                    .send_value(wh::WINHTTP_CALLBACK_STATUS_DATA_AVAILABLE, n);
            }
            Ok(())
        },
    );
    announce_pending(ok, pending)
}

/// An async call whose completion comes later from another thread leaves
/// ERROR_IO_PENDING; one completed inside the call, ERROR_SUCCESS (Wine's
/// test_async, which passes on Windows).
fn announce_pending(ok: BOOL, pending: bool) -> BOOL {
    if ok != 0 && pending {
        set_last_error(windows_sys::Win32::Foundation::ERROR_IO_PENDING);
    }
    ok
}

/// # Safety
/// `buffer` valid for `to_read` bytes (until READ_COMPLETE in async mode);
/// `read` NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpReadData(
    h: Hinternet,
    buffer: *mut c_void,
    to_read: u32,
    read: *mut u32,
) -> BOOL {
    let mut pending = false;
    let ok = http_call("WinHttpReadData", wh::API_READ_DATA, h, |r| {
        // SAFETY: per this function's contract.
        pending = unsafe { read_body(r, buffer, to_read, read, false) }?;
        Ok(())
    });
    announce_pending(ok, pending)
}

/// # Safety
/// As for WinHttpReadData; `property` is reserved (NULL, `property_len` 0).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpReadDataEx(
    h: Hinternet,
    buffer: *mut c_void,
    to_read: u32,
    read: *mut u32,
    flags: u64,
    property_len: u32,
    property: *const c_void,
) -> u32 {
    // WinHttpReadDataEx answers with the error code itself.
    let mut pending = false;
    let ok = http_call("WinHttpReadDataEx", wh::API_READ_DATA, h, |r| {
        if flags & !crate::request::READ_DATA_EX_FLAG_FILL_BUFFER != 0
            || property_len != 0
            || !property.is_null()
        {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let fill = flags & crate::request::READ_DATA_EX_FLAG_FILL_BUFFER != 0;
        // SAFETY: per this function's contract.
        pending = unsafe { read_body(r, buffer, to_read, read, fill) }?;
        Ok(())
    });
    if announce_pending(ok, pending) != 0 {
        0
    } else {
        win32::get_last_error()
    }
}

/// The body of WinHttpReadData(Ex): whether READ_COMPLETE comes later.
///
/// # Safety
/// As for WinHttpReadData.
unsafe fn read_body(
    r: &Arc<Request>,
    buffer: *mut c_void,
    to_read: u32,
    read: *mut u32,
    fill: bool,
) -> Win32Result<bool> {
    if buffer.is_null() && to_read > 0 {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let n = if r.session.async_mode {
        // Nothing here yet: READ_COMPLETE comes from a worker.
        let Some(n) = r.read_async(buffer.cast(), to_read as usize, fill)? else {
            return Ok(true);
        };
        n as u32
    } else {
        let out = if to_read == 0 {
            &mut [][..]
        } else {
            // SAFETY: valid for `to_read` bytes per the contract.
            unsafe { std::slice::from_raw_parts_mut(buffer.cast::<u8>(), to_read as usize) }
        };
        r.read(out, fill)? as u32
    };
    if !read.is_null() {
        // SAFETY: non-NULL per the check.
        unsafe { read.write(n) };
    }
    if r.session.async_mode {
        r.notify
            .send(wh::WINHTTP_CALLBACK_STATUS_READ_COMPLETE, buffer, n);
    }
    Ok(false)
}

/// # Safety
/// `buffer` valid for `to_write` bytes; `written` NULL or valid for a
/// write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWriteData(
    h: Hinternet,
    buffer: *const c_void,
    to_write: u32,
    written: *mut u32,
) -> BOOL {
    http_call("WinHttpWriteData", wh::API_WRITE_DATA, h, |r| {
        if buffer.is_null() && to_write > 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let data = if to_write == 0 {
            &[][..]
        } else {
            // SAFETY: valid for `to_write` bytes per the contract.
            unsafe { std::slice::from_raw_parts(buffer.cast::<u8>(), to_write as usize) }
        };
        r.write(data)?;
        // In async mode the count comes with WRITE_COMPLETE.
        if !written.is_null() && !r.session.async_mode {
            // SAFETY: non-NULL per the check.
            unsafe { written.write(to_write) };
        }
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WinHttpSetStatusCallback(
    h: Hinternet,
    callback: StatusCallback,
    flags: u32,
    _reserved: usize,
) -> StatusCallback {
    // WINHTTP_INVALID_STATUS_CALLBACK, the all-ones pointer.
    let invalid: StatusCallback = {
        // SAFETY: an all-ones function pointer is the SDK's sentinel; it is
        // returned, never called.
        unsafe { std::mem::transmute::<usize, StatusCallback>(usize::MAX) }
    };
    guard("WinHttpSetStatusCallback", invalid, || match get(h) {
        Ok(obj) => {
            set_last_error(0);
            obj.notify().set_callback(callback, flags)
        }
        Err(e) => {
            set_last_error(e.0);
            invalid
        }
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WinHttpCloseHandle(h: Hinternet) -> BOOL {
    bool_call("WinHttpCloseHandle", || {
        let obj = handle::remove::<Internet>(h as usize).map_err(|_| Win32Error::INVALID_HANDLE)?;
        match &*obj {
            Internet::Socket(w) => w.close_handle(),
            Internet::Request(r) => r.close_handle(),
            Internet::Session(s) => s.close_handle(),
            Internet::Resolver(r) => r.close_handle(),
            other => other
                .notify()
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING),
        }
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WinHttpWebSocketCompleteUpgrade(h: Hinternet, context: usize) -> Hinternet {
    handle_call("WinHttpWebSocketCompleteUpgrade", || {
        let r = request(h)?;
        issue(Internet::Socket(r.complete_upgrade(context)?), true)
    })
}

/// # Safety
/// `buffer` is valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWebSocketSend(
    h: Hinternet,
    kind: i32,
    buffer: *const c_void,
    len: u32,
) -> u32 {
    code_call("WinHttpWebSocketSend", || {
        let w = socket(h)?;
        let kind = BufferType::from_raw(kind).ok_or(Win32Error::INVALID_PARAMETER)?;
        if buffer.is_null() && len > 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let data = if len == 0 {
            &[][..]
        } else {
            // SAFETY: valid for `len` bytes per the contract.
            unsafe { std::slice::from_raw_parts(buffer.cast::<u8>(), len as usize) }
        };
        w.send(kind, data)
    })
}

/// # Safety
/// `buffer` is valid for `len` bytes (until completion in async mode);
/// `read` and `kind` are NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWebSocketReceive(
    h: Hinternet,
    buffer: *mut c_void,
    len: u32,
    read: *mut u32,
    kind: *mut i32,
) -> u32 {
    code_call("WinHttpWebSocketReceive", || {
        let w = socket(h)?;
        if buffer.is_null() || len == 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        if w.async_mode {
            // SAFETY: the caller lends the buffer until completion.
            return unsafe { w.receive_async(buffer.cast(), len as usize) };
        }
        if read.is_null() || kind.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: valid for `len` bytes per the contract.
        let out = unsafe { std::slice::from_raw_parts_mut(buffer.cast::<u8>(), len as usize) };
        let (n, t) = w.receive(out)?;
        // SAFETY: both checked non-NULL.
        unsafe {
            read.write(n as u32);
            kind.write(t.raw());
        }
        Ok(())
    })
}

/// The reason argument of Shutdown and Close, checked before any state
/// check [42].
///
/// # Safety
/// `reason` is NULL or valid for `len` bytes.
unsafe fn close_reason<'a>(reason: *const c_void, len: u32) -> Win32Result<&'a [u8]> {
    if len as usize > MAX_CLOSE_REASON || (reason.is_null() && len > 0) {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    if len == 0 {
        return Ok(&[]);
    }
    // SAFETY: valid for `len` bytes per the contract.
    Ok(unsafe { std::slice::from_raw_parts(reason.cast::<u8>(), len as usize) })
}

/// Shutdown and Close: the reason is checked before the handle [42].
///
/// # Safety
/// `reason` is NULL or valid for `len` bytes.
unsafe fn closing_call(
    function: &'static str,
    h: Hinternet,
    reason: *const c_void,
    len: u32,
    op: impl FnOnce(&Arc<WebSocket>, &[u8]) -> Win32Result<()>,
) -> u32 {
    code_call(function, || {
        // SAFETY: per the contract.
        let reason = unsafe { close_reason(reason, len) }?;
        op(&socket(h)?, reason)
    })
}

/// # Safety
/// `reason` is NULL or valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWebSocketShutdown(
    h: Hinternet,
    status: u16,
    reason: *const c_void,
    len: u32,
) -> u32 {
    // SAFETY: per the contract.
    unsafe {
        closing_call("WinHttpWebSocketShutdown", h, reason, len, |w, r| {
            w.shutdown(status, r)
        })
    }
}

/// # Safety
/// `reason` is NULL or valid for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWebSocketClose(
    h: Hinternet,
    status: u16,
    reason: *const c_void,
    len: u32,
) -> u32 {
    // SAFETY: per the contract.
    unsafe {
        closing_call("WinHttpWebSocketClose", h, reason, len, |w, r| {
            w.close(status, r)
        })
    }
}

/// # Safety
/// Pointers are NULL or valid; `reason` for `len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpWebSocketQueryCloseStatus(
    h: Hinternet,
    status: *mut u16,
    reason: *mut c_void,
    len: u32,
    consumed: *mut u32,
) -> u32 {
    code_call("WinHttpWebSocketQueryCloseStatus", || {
        let w = socket(h)?;
        if status.is_null() || consumed.is_null() || (reason.is_null() && len > 0) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let (code, text) = w.close_status()?;
        // SAFETY: both checked non-NULL.
        unsafe {
            status.write(code);
            consumed.write(text.len() as u32);
        }
        if text.len() > len as usize {
            return Err(Win32Error::INSUFFICIENT_BUFFER);
        }
        if !text.is_empty() {
            // SAFETY: the buffer holds `len` >= text.len() bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(text.as_ptr(), reason.cast::<u8>(), text.len())
            };
        }
        Ok(())
    })
}

/// WinHTTP runs here: TRUE, as on every supported Windows version
/// (WinHttpCheckPlatform's page).
#[unsafe(no_mangle)]
pub extern "system" fn WinHttpCheckPlatform() -> BOOL {
    windows_sys::Win32::Foundation::TRUE
}
