//! WinHttpSetOption, WinHttpQueryOption and WinHttpSetTimeouts: the C side
//! of the option table ([`crate::options::TABLE`]). Both calls look the
//! option up, check the handle's kind against the row, then move the value
//! the row's [`Value`] says between the caller's buffer and the handle.

use std::ffi::c_void;
use std::time::Duration;

use win32::abi::bool_call;
use win32::sync::lock;
use win32::{Win32Error, Win32Result, wstr};
use windows_sys::Win32::Networking::WinHttp as wh;
use windows_sys::Win32::Networking::WinSock as ws;
use windows_sys::Win32::System::Memory::GPTR;
use windows_sys::core::BOOL;

use super::{Hinternet, Internet, WRONG_TYPE, get};
use crate::options::{self, Kinds, Options, Proxy, Text, Value};

impl Internet {
    fn kinds(&self) -> Kinds {
        match self {
            Internet::Session(_) => Kinds::SESSION,
            Internet::Connection(_) => Kinds::CONNECT,
            Internet::Request(_) => Kinds::REQUEST,
            Internet::Socket(_) => Kinds::SOCKET,
            Internet::Resolver(_) => Kinds::NONE,
        }
    }

    /// The DWORD options a query reads: a connection has none of its own
    /// and reports its session's current values (Wine's `test_timeouts`).
    fn read_options(&self) -> Win32Result<Options> {
        match self {
            Internet::Connection(c) => Ok(*lock(&c.session.options)),
            other => other.options().map(|o| *o),
        }
    }

    fn proxy(&self) -> Win32Result<&std::sync::Mutex<Proxy>> {
        match self {
            Internet::Session(s) => Ok(&s.proxy),
            Internet::Request(r) => Ok(&r.proxy),
            _ => Err(WRONG_TYPE),
        }
    }
}

/// The buffer a set call passes.
struct SetArg {
    buffer: *mut c_void,
    len: u32,
}

impl SetArg {
    /// The buffer as `len` bytes, None when NULL.
    ///
    /// # Safety
    /// `buffer` is NULL or valid for `len` bytes.
    unsafe fn bytes(&self) -> Option<&[u8]> {
        if self.buffer.is_null() {
            return None;
        }
        if self.len == 0 {
            return Some(&[]);
        }
        // SAFETY: valid for `len` bytes per the contract.
        Some(unsafe { std::slice::from_raw_parts(self.buffer.cast::<u8>(), self.len as usize) })
    }

    /// A pointer-sized value (DWORD_PTR, HANDLE); another length is
    /// ERROR_INSUFFICIENT_BUFFER as for DWORD options.
    ///
    /// # Safety
    /// As for [`bytes`](Self::bytes).
    unsafe fn pointer(&self) -> Win32Result<usize> {
        // SAFETY: per the contract.
        let bytes = unsafe { self.bytes() }.ok_or(Win32Error::INVALID_PARAMETER)?;
        let raw: [u8; size_of::<usize>()] = bytes
            .try_into()
            .map_err(|_| Win32Error::INSUFFICIENT_BUFFER)?;
        Ok(usize::from_ne_bytes(raw))
    }

    /// A string option: `len` counts WCHARs, and the text need not be
    /// terminated (Wine's `test_credentials` passes lstrlenW).
    ///
    /// # Safety
    /// `buffer` is NULL or valid for `len` WCHARs.
    unsafe fn text(&self) -> Win32Result<String> {
        if self.buffer.is_null() {
            return Ok(String::new());
        }
        // SAFETY: valid for `len` WCHARs per the contract.
        let s = unsafe { wstr::from_wide_counted(self.buffer.cast(), self.len as usize * 2) };
        Ok(s.trim_end_matches('\0').to_string())
    }

    /// A WINHTTP_PROXY_INFO.
    ///
    /// # Safety
    /// As for [`bytes`](Self::bytes); its strings NULL or terminated.
    unsafe fn proxy(&self) -> Win32Result<Proxy> {
        if self.buffer.is_null() || (self.len as usize) < size_of::<wh::WINHTTP_PROXY_INFO>() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: at least one struct long per the check.
        let info = unsafe {
            self.buffer
                .cast::<wh::WINHTTP_PROXY_INFO>()
                .read_unaligned()
        };
        // SAFETY: the struct's strings are NULL or terminated per the contract.
        let (proxy, bypass) = unsafe {
            (
                wstr::from_wide_ptr(info.lpszProxy)?.unwrap_or_default(),
                wstr::from_wide_ptr(info.lpszProxyBypass)?.unwrap_or_default(),
            )
        };
        Proxy::checked(info.dwAccessType, proxy, bypass)
    }
}

/// # Safety
/// `buffer` is valid for `len` bytes (WCHARs for string options).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpSetOption(
    h: Hinternet,
    option: u32,
    buffer: *mut c_void,
    len: u32,
) -> BOOL {
    bool_call("WinHttpSetOption", || {
        let arg = SetArg { buffer, len };
        if h.is_null() && option == wh::WINHTTP_OPTION_WORKER_THREAD_COUNT {
            // SAFETY: per the contract.
            let bytes = unsafe { arg.bytes() };
            let rule = options::strict(options::Check::Any);
            crate::runtime::set_worker_count(rule.decode(bytes)? as usize);
            return Ok(());
        }
        let obj = get(h)?;
        let row = options::find(option).ok_or(Win32Error(wh::ERROR_WINHTTP_INVALID_OPTION))?;
        if buffer.is_null() && len != 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        row.check_set(obj.kinds())?;
        // SAFETY: per the contract.
        unsafe { set_value(row.value, &obj, &arg) }
    })
}

/// Store a set value where the handle keeps it.
///
/// # Safety
/// As for WinHttpSetOption.
unsafe fn set_value(value: Value, obj: &Internet, arg: &SetArg) -> Win32Result<()> {
    match (value, obj) {
        (Value::Dword(slot, rule), o) => {
            // SAFETY: per the contract.
            let v = rule.decode(unsafe { arg.bytes() })?;
            o.options()?.put(slot, &rule, v);
        }
        (Value::Keepalive(rule), Internet::Socket(w)) => {
            // SAFETY: per the contract.
            let v = rule.decode(unsafe { arg.bytes() })?;
            w.set_keepalive(Duration::from_millis(u64::from(v)));
        }
        (Value::CloseTimeout(rule), Internet::Socket(w)) => {
            // SAFETY: per the contract.
            let v = rule.decode(unsafe { arg.bytes() })?;
            w.set_close_timeout(Duration::from_millis(u64::from(v)));
        }
        // SAFETY: per the contract.
        (Value::Context, o) => o.notify().set_context(unsafe { arg.pointer() }?),
        (Value::UnloadEvent, Internet::Session(s)) => {
            // SAFETY: per the contract.
            *lock(&s.unload_event) = Some(unsafe { arg.pointer() }?);
        }
        (Value::Upgrade, Internet::Request(r)) => r.set_upgrade(),
        (Value::Text(Text::UserAgent), Internet::Session(s)) => {
            // SAFETY: per the contract.
            *lock(&s.agent) = unsafe { arg.text() }?;
        }
        (Value::Text(t), Internet::Request(r)) => {
            // SAFETY: per the contract.
            let text = unsafe { arg.text() }?;
            let mut credentials = lock(&r.credentials);
            *credentials.slot(t).ok_or(WRONG_TYPE)? = text;
        }
        // SAFETY: per the contract.
        (Value::Proxy, o) => *lock(o.proxy()?) = unsafe { arg.proxy() }?,
        _ => return Err(WRONG_TYPE),
    }
    Ok(())
}

/// What a query answers, before it is written to the caller's buffer.
enum Answer {
    Bytes(Vec<u8>),
    /// A string, without its terminator.
    Text(Vec<u16>),
    Proxy(Proxy),
    /// A value of `size` bytes the handle cannot give now: the buffer is
    /// checked first (Wine's `test_connection_info`), then `error`.
    Unavailable {
        size: usize,
        error: Win32Error,
    },
}

fn dword(v: u32) -> Answer {
    Answer::Bytes(v.to_ne_bytes().to_vec())
}

fn pointer(v: usize) -> Answer {
    Answer::Bytes(v.to_ne_bytes().to_vec())
}

/// # Safety
/// `len` is NULL or valid; `buffer` is NULL or valid for `*len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpQueryOption(
    h: Hinternet,
    option: u32,
    buffer: *mut c_void,
    len: *mut u32,
) -> BOOL {
    bool_call("WinHttpQueryOption", || {
        let answer = if h.is_null() && option == wh::WINHTTP_OPTION_WORKER_THREAD_COUNT {
            dword(crate::runtime::worker_count() as u32)
        } else {
            let obj = get(h)?;
            if len.is_null() {
                return Err(Win32Error::INVALID_PARAMETER);
            }
            let row = options::find(option).ok_or(Win32Error::INVALID_PARAMETER)?;
            row.check_query(obj.kinds())?;
            query_value(row.value, &obj)?
        };
        if len.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract, with `len` checked non-NULL.
        unsafe { write_answer(answer, buffer, len) }
    })
}

fn query_value(value: Value, obj: &Internet) -> Win32Result<Answer> {
    Ok(match (value, obj) {
        (Value::Dword(slot, _), o) => dword(o.read_options()?.get(slot)),
        (Value::Context, o) => pointer(o.notify().context()),
        (Value::HandleType, o) => dword(o.kind()),
        (Value::Parent, Internet::Connection(c)) => pointer(c.session.notify.handle()),
        (Value::Parent, Internet::Request(r)) => pointer(r.parent),
        // Windows reports 0 on every handle (Wine's test_WinHttpQueryOption);
        // the pool's size is read on the NULL handle.
        (Value::WorkerThreads, _) => dword(0),
        (Value::Text(Text::UserAgent), Internet::Session(s)) => text(&lock(&s.agent)),
        (Value::Text(Text::Url), Internet::Request(r)) => text(&r.url()),
        (Value::Text(t), Internet::Request(r)) => {
            let mut credentials = lock(&r.credentials);
            text(credentials.slot(t).ok_or(WRONG_TYPE)?)
        }
        (Value::Proxy, o) => Answer::Proxy(lock(o.proxy()?).clone()),
        (Value::ConnectionInfo, Internet::Request(r)) => match r.addresses() {
            Some((local, remote)) => Answer::Bytes(connection_info(local, remote)),
            None => Answer::Unavailable {
                size: size_of::<wh::WINHTTP_CONNECTION_INFO>(),
                error: Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE),
            },
        },
        // There is no CryptoAPI certificate context to hand out.
        (Value::ServerCert, Internet::Request(_)) => Answer::Unavailable {
            size: size_of::<usize>(),
            error: Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE),
        },
        // Zeros until a TLS connection carries the request (Wine's
        // test_WinHttpQueryOption, on Windows).
        (Value::SecurityInfo, Internet::Request(r)) => {
            Answer::Bytes(super::security_info::bytes(r.security().as_ref()))
        }
        // Responses come over HTTP/1.1, which has no flag.
        (Value::ProtocolUsed, Internet::Request(r)) => dword(r.protocol_used()),
        _ => return Err(WRONG_TYPE),
    })
}

fn text(s: &str) -> Answer {
    Answer::Text(s.encode_utf16().collect())
}

/// A WINHTTP_CONNECTION_INFO with Windows' SOCKADDR layouts (AF_INET6 is
/// 23 there), built byte by byte so no padding is read.
fn connection_info(local: std::net::SocketAddr, remote: std::net::SocketAddr) -> Vec<u8> {
    let size = size_of::<wh::WINHTTP_CONNECTION_INFO>();
    let mut out = vec![0u8; size];
    out[..4].copy_from_slice(&(size as u32).to_ne_bytes());
    let slots = [
        (
            std::mem::offset_of!(wh::WINHTTP_CONNECTION_INFO, LocalAddress),
            local,
        ),
        (
            std::mem::offset_of!(wh::WINHTTP_CONNECTION_INFO, RemoteAddress),
            remote,
        ),
    ];
    for (at, addr) in slots {
        let sa = &mut out[at..at + size_of::<ws::SOCKADDR_STORAGE>()];
        sa[2..4].copy_from_slice(&addr.port().to_be_bytes());
        match addr {
            std::net::SocketAddr::V4(v4) => {
                sa[..2].copy_from_slice(&ws::AF_INET.to_ne_bytes());
                sa[4..8].copy_from_slice(&v4.ip().octets());
            }
            std::net::SocketAddr::V6(v6) => {
                sa[..2].copy_from_slice(&ws::AF_INET6.to_ne_bytes());
                sa[4..8].copy_from_slice(&v6.flowinfo().to_be_bytes());
                sa[8..24].copy_from_slice(&v6.ip().octets());
                sa[24..28].copy_from_slice(&v6.scope_id().to_ne_bytes());
            }
        }
    }
    out
}

/// The proxy and bypass strings of a WINHTTP_PROXY_INFO or
/// WINHTTP_CURRENT_USER_IE_PROXY_CONFIG, each GlobalAlloc'd (NULL when
/// empty); if the second cannot be allocated the first is freed.
pub(super) fn global_strings(proxy: &str, bypass: &str) -> Win32Result<(*mut u16, *mut u16)> {
    let first = global_text(proxy)?;
    match global_text(bypass) {
        Ok(second) => Ok((first, second)),
        Err(e) => {
            // SAFETY: `first` is NULL or the block just allocated, owned here.
            unsafe { kernel32::memory::GlobalFree(first.cast()) };
            Err(e)
        }
    }
}

/// A string for WINHTTP_PROXY_INFO: GlobalAlloc'd, as the caller frees it
/// with GlobalFree ("WinHttpQueryOption"); NULL when empty.
fn global_text(s: &str) -> Win32Result<*mut u16> {
    if s.is_empty() {
        return Ok(std::ptr::null_mut());
    }
    let wide = wstr::to_wide_nul(s);
    let p = kernel32::memory::GlobalAlloc(GPTR, wide.len() * 2).cast::<u16>();
    if p.is_null() {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    // SAFETY: a fresh block of wide.len() WCHARs.
    unsafe { std::ptr::copy_nonoverlapping(wide.as_ptr(), p, wide.len()) };
    Ok(p)
}

/// Write a query's answer: a buffer that is NULL or too small is
/// ERROR_INSUFFICIENT_BUFFER with the size needed in `*len` (for strings,
/// with the terminator); on success `*len` is the size written (for
/// strings, without it: Wine's `test_credentials`).
///
/// # Safety
/// `len` is valid; `buffer` is NULL or valid for `*len` bytes.
unsafe fn write_answer(answer: Answer, buffer: *mut c_void, len: *mut u32) -> Win32Result<()> {
    // SAFETY: valid per the contract.
    let room = unsafe { len.read() } as usize;
    let needed = match &answer {
        Answer::Bytes(b) => b.len(),
        Answer::Text(t) => (t.len() + 1) * 2,
        Answer::Proxy(_) => size_of::<wh::WINHTTP_PROXY_INFO>(),
        Answer::Unavailable { size, .. } => *size,
    };
    if buffer.is_null() || room < needed {
        // SAFETY: valid per the contract.
        unsafe { len.write(needed as u32) };
        return Err(Win32Error::INSUFFICIENT_BUFFER);
    }
    let written = match answer {
        Answer::Bytes(b) => {
            // SAFETY: the buffer holds `room` >= b.len() bytes.
            unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), buffer.cast::<u8>(), b.len()) };
            b.len()
        }
        Answer::Text(t) => {
            let out = buffer.cast::<u16>();
            // SAFETY: the buffer holds `room` >= (t.len() + 1) * 2 bytes;
            // unaligned writes because the caller's buffer is any LPVOID.
            unsafe {
                for (i, &unit) in t.iter().chain(std::iter::once(&0)).enumerate() {
                    out.add(i).write_unaligned(unit);
                }
            }
            t.len() * 2
        }
        Answer::Proxy(p) => {
            let (proxy, bypass) = global_strings(&p.proxy, &p.bypass)?;
            let info = wh::WINHTTP_PROXY_INFO {
                dwAccessType: p.access,
                lpszProxy: proxy,
                lpszProxyBypass: bypass,
            };
            // SAFETY: the buffer holds one WINHTTP_PROXY_INFO.
            unsafe {
                buffer
                    .cast::<wh::WINHTTP_PROXY_INFO>()
                    .write_unaligned(info)
            };
            needed
        }
        Answer::Unavailable { error, .. } => return Err(error),
    };
    // SAFETY: valid per the contract.
    unsafe { len.write(written as u32) };
    Ok(())
}

/// WinHttpSetTimeouts on a session or request; a connection is 12018 once
/// the values are checked (Wine's `test_timeouts`, which passes on
/// Windows), and a request keeps the values its session had when opened.
#[unsafe(no_mangle)]
pub extern "system" fn WinHttpSetTimeouts(
    h: Hinternet,
    resolve: i32,
    connect: i32,
    send: i32,
    receive: i32,
) -> BOOL {
    bool_call("WinHttpSetTimeouts", || {
        let obj = get(h)?;
        let values = [resolve, connect, send, receive];
        Options::check_timeouts(values)?;
        obj.options()?.set_timeouts(values);
        Ok(())
    })
}
