//! The C ABI: the SDK's names, types and layouts, over [`crate::Server`].
//!
//! Each function checks its arguments in the order Wine's conformance tests
//! show Windows does (CONFORMANCE.md §2), leaves out-parameters untouched on
//! failure, sets the last error (0 on success) and returns through the
//! foundation's panic barrier. Strings are UTF-16 for W functions and UTF-8
//! for A functions. Every buffer handed out is one checked allocation (see
//! `win32::buffer`).

use std::ffi::{c_char, c_void};
use std::sync::Arc;

use win32::abi::{bool_call, guard};
use win32::buffer::{self, ApiBuffer, KIND_PLAIN, Tail, TailRef};
use win32::wstr;
use win32::{Win32Error, Win32Result, handle};
use windows_sys::Win32::Foundation::HANDLE;
use windows_sys::Win32::System::RemoteDesktop as rd;
use windows_sys::core::BOOL;

use crate::model::{ANY_SESSION, Message, Process, Session};
use crate::server::{Info, Server};

/// W and A records made only of numbers and pointers share a layout; they
/// are built once as W and handed out as either.
const _: () = {
    assert!(size_of::<rd::WTS_SESSION_INFOW>() == size_of::<rd::WTS_SESSION_INFOA>());
    assert!(size_of::<rd::WTS_SESSION_INFO_1W>() == size_of::<rd::WTS_SESSION_INFO_1A>());
    assert!(size_of::<rd::WTS_PROCESS_INFOW>() == size_of::<rd::WTS_PROCESS_INFOA>());
    assert!(size_of::<rd::WTS_PROCESS_INFO_EXW>() == size_of::<rd::WTS_PROCESS_INFO_EXA>());
    assert!(size_of::<rd::WTS_SERVER_INFOW>() == size_of::<rd::WTS_SERVER_INFOA>());
};

/// The buffer kinds WTSFreeMemoryEx checks are the WTS_TYPE_CLASS values.
const KIND_PROCESS_0: u32 = rd::WTSTypeProcessInfoLevel0 as u32;
const KIND_PROCESS_1: u32 = rd::WTSTypeProcessInfoLevel1 as u32;
const KIND_SESSION_1: u32 = rd::WTSTypeSessionInfoLevel1 as u32;

/// The server a handle names; NULL is the local host.
fn server(h: HANDLE) -> Win32Result<Arc<Server>> {
    if h.is_null() {
        Ok(Server::current())
    } else {
        Ok(handle::get::<Server>(h as usize)?)
    }
}

fn count_u32(n: usize) -> Win32Result<u32> {
    u32::try_from(n).map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)
}

/// The text encoding of an A or W function.
trait Encoding {
    /// A NUL-terminated string in a tail.
    fn push(tail: &mut Tail, s: &str) -> TailRef;
    /// A NUL-terminated string, as bytes.
    fn text(s: &str) -> Vec<u8>;
    /// The structure-valued info classes.
    fn session_struct(class: i32, s: &Session, now_us: i64) -> Win32Result<(*mut u8, u32)>;
}

struct Wide;
struct Ansi;

fn single_bytes<T: Copy>(v: T) -> Win32Result<(*mut u8, u32)> {
    buffer::single(v).map(|(p, n)| (p.cast(), n))
}

impl Encoding for Wide {
    fn push(tail: &mut Tail, s: &str) -> TailRef {
        tail.wide(s)
    }
    fn text(s: &str) -> Vec<u8> {
        wstr::to_wide_nul(s)
            .iter()
            .flat_map(|u| u.to_ne_bytes())
            .collect()
    }
    fn session_struct(class: i32, s: &Session, now_us: i64) -> Win32Result<(*mut u8, u32)> {
        match class {
            rd::WTSSessionInfo => single_bytes(wtsinfo_w(s, now_us)),
            rd::WTSSessionInfoEx => single_bytes(rd::WTSINFOEXW {
                Level: 1,
                Data: rd::WTSINFOEX_LEVEL_W {
                    WTSInfoExLevel1: wtsinfoex_w(s, now_us),
                },
            }),
            rd::WTSClientInfo => single_bytes(wtsclient_w(s)),
            rd::WTSConfigInfo => single_bytes(wtsconfig_w(s)),
            _ => Err(Win32Error::INVALID_PARAMETER),
        }
    }
}

impl Encoding for Ansi {
    fn push(tail: &mut Tail, s: &str) -> TailRef {
        tail.ansi(s)
    }
    fn text(s: &str) -> Vec<u8> {
        wstr::to_ansi_nul(s)
    }
    fn session_struct(class: i32, s: &Session, now_us: i64) -> Win32Result<(*mut u8, u32)> {
        match class {
            rd::WTSSessionInfo => single_bytes(wtsinfo_a(s, now_us)),
            rd::WTSSessionInfoEx => single_bytes(rd::WTSINFOEXA {
                Level: 1,
                Data: rd::WTSINFOEX_LEVEL_A {
                    WTSInfoExLevel1: wtsinfoex_a(s, now_us),
                },
            }),
            rd::WTSClientInfo => single_bytes(wtsclient_a(s)),
            rd::WTSConfigInfo => single_bytes(wtsconfig_a(s)),
            _ => Err(Win32Error::INVALID_PARAMETER),
        }
    }
}

/// Fixed-size character arrays in W (u16) and A (i8) structures.
trait FixedChar: Sized {
    fn fill(dst: &mut [Self], s: &str);
}

impl FixedChar for u16 {
    fn fill(dst: &mut [u16], s: &str) {
        wstr::fill_wide(dst, s)
    }
}

impl FixedChar for i8 {
    fn fill(dst: &mut [i8], s: &str) {
        wstr::fill_ansi(dst, s)
    }
}

fn fill<C: FixedChar>(dst: &mut [C], s: &str) {
    C::fill(dst, s)
}

fn ft(us: Option<i64>) -> i64 {
    us.map(|u| {
        win32::time::filetime(
            std::time::UNIX_EPOCH + std::time::Duration::from_micros(u.max(0) as u64),
        )
    })
    .unwrap_or(0)
}

/// The W and A versions of the fixed-array structures have the same field
/// names, so one body builds both.
macro_rules! fixed_structs {
    ($info:ident: $info_ty:ty, $infoex:ident: $infoex_ty:ty, $client:ident: $client_ty:ty, $config:ident: $config_ty:ty) => {
        fn $info(s: &Session, now_us: i64) -> $info_ty {
            let mut v = <$info_ty>::default();
            v.State = s.state.raw();
            v.SessionId = s.id;
            fill(&mut v.WinStationName, &s.station);
            fill(&mut v.Domain, &s.domain);
            fill(&mut v.UserName, &s.user);
            v.ConnectTime = ft(s.logon_time_us);
            v.LastInputTime = ft(s.last_input_us);
            v.LogonTime = ft(s.logon_time_us);
            v.CurrentTime = ft(Some(now_us));
            v
        }

        fn $infoex(s: &Session, now_us: i64) -> $infoex_ty {
            let mut v = <$infoex_ty>::default();
            v.SessionId = s.id;
            v.SessionState = s.state.raw();
            // Terminal logins have no lock state to report.
            v.SessionFlags = rd::WTS_SESSIONSTATE_UNKNOWN as i32;
            fill(&mut v.WinStationName, &s.station);
            fill(&mut v.UserName, &s.user);
            fill(&mut v.DomainName, &s.domain);
            v.LogonTime = ft(s.logon_time_us);
            v.ConnectTime = ft(s.logon_time_us);
            v.LastInputTime = ft(s.last_input_us);
            v.CurrentTime = ft(Some(now_us));
            v
        }

        fn $client(s: &Session) -> $client_ty {
            let mut v = <$client_ty>::default();
            fill(&mut v.ClientName, &s.client_name);
            fill(&mut v.Domain, &s.domain);
            fill(&mut v.UserName, &s.user);
            if let Info::ClientAddress { family, .. } = client_address_of(s) {
                v.ClientAddressFamily = family;
            }
            if let Some(addr) = s.client_address {
                fill(&mut v.ClientAddress, &addr.to_string());
            }
            v
        }

        fn $config(s: &Session) -> $config_ty {
            let mut v = <$config_ty>::default();
            v.version = 1;
            fill(&mut v.LogonUserName, &s.user);
            fill(&mut v.LogonDomain, &s.domain);
            v
        }
    };
}

fixed_structs!(wtsinfo_w: rd::WTSINFOW, wtsinfoex_w: rd::WTSINFOEX_LEVEL1_W, wtsclient_w: rd::WTSCLIENTW, wtsconfig_w: rd::WTSCONFIGINFOW);
fixed_structs!(wtsinfo_a: rd::WTSINFOA, wtsinfoex_a: rd::WTSINFOEX_LEVEL1_A, wtsclient_a: rd::WTSCLIENTA, wtsconfig_a: rd::WTSCONFIGINFOA);

fn client_address_of(s: &Session) -> Info {
    crate::server::client_address(s.client_address)
}

/// Lay out one query answer as the buffer WTSQuerySessionInformation
/// returns, with its byte count (strings include the terminator).
fn marshal<E: Encoding>(class: i32, info: Info) -> Win32Result<(*mut u8, u32)> {
    match info {
        Info::Text(s) => buffer::bytes(&E::text(&s)),
        Info::U32(v) => single_bytes(v),
        Info::U16(v) => single_bytes(v),
        Info::Bool(b) => single_bytes(BOOL::from(b)),
        Info::State(v) => single_bytes(v),
        Info::ClientAddress { family, address } => single_bytes(rd::WTS_CLIENT_ADDRESS {
            AddressFamily: family,
            Address: address,
        }),
        Info::ClientDisplay {
            width,
            height,
            depth,
        } => single_bytes(rd::WTS_CLIENT_DISPLAY {
            HorizontalResolution: width,
            VerticalResolution: height,
            ColorDepth: depth,
        }),
        Info::Session { session, now_us } => E::session_struct(class, &session, now_us),
    }
}

fn sessions_array<E: Encoding>(sessions: &[Session]) -> Win32Result<*mut rd::WTS_SESSION_INFOW> {
    let mut tail = Tail::default();
    let names: Vec<_> = sessions
        .iter()
        .map(|s| E::push(&mut tail, &s.station))
        .collect();
    let mut b = ApiBuffer::<rd::WTS_SESSION_INFOW>::allocate(KIND_PLAIN, sessions.len(), tail)?;
    for (i, (s, name)) in sessions.iter().zip(names).enumerate() {
        let rec = rd::WTS_SESSION_INFOW {
            SessionId: s.id,
            pWinStationName: b.tail_ptr(name),
            State: s.state.raw(),
        };
        b.set(i, rec);
    }
    Ok(b.into_raw())
}

fn sessions1_array<E: Encoding>(
    sessions: &[Session],
    host: &str,
) -> Win32Result<*mut rd::WTS_SESSION_INFO_1W> {
    let mut tail = Tail::default();
    let host_ref = E::push(&mut tail, host);
    let refs: Vec<_> = sessions
        .iter()
        .map(|s| {
            (
                E::push(&mut tail, &s.station),
                E::push(&mut tail, &s.user),
                E::push(&mut tail, &s.domain),
                E::push(&mut tail, &s.client_name),
            )
        })
        .collect();
    let mut b =
        ApiBuffer::<rd::WTS_SESSION_INFO_1W>::allocate(KIND_SESSION_1, sessions.len(), tail)?;
    let farm = b.tail_ptr(host_ref);
    for (i, (s, (station, user, domain, client))) in sessions.iter().zip(refs).enumerate() {
        let rec = rd::WTS_SESSION_INFO_1W {
            // Sessions run directly on this host: the execution
            // environment is the session itself.
            ExecEnvId: s.id,
            State: s.state.raw(),
            SessionId: s.id,
            pSessionName: b.tail_ptr(station),
            pHostName: b.tail_ptr(client),
            pUserName: if s.user.is_empty() {
                std::ptr::null_mut()
            } else {
                b.tail_ptr(user)
            },
            pDomainName: if s.user.is_empty() {
                std::ptr::null_mut()
            } else {
                b.tail_ptr(domain)
            },
            pFarmName: farm,
        };
        b.set(i, rec);
    }
    Ok(b.into_raw())
}

fn processes_array<E: Encoding>(procs: &[Process], extended: bool) -> Win32Result<*mut c_void> {
    let mut tail = Tail::default();
    let refs: Vec<_> = procs
        .iter()
        .map(|p| {
            (
                E::push(&mut tail, &p.name),
                p.uid
                    .map(|u| tail.bytes(&win32::account::unix_user_sid(u), 4)),
            )
        })
        .collect();
    if extended {
        let mut b =
            ApiBuffer::<rd::WTS_PROCESS_INFO_EXW>::allocate(KIND_PROCESS_1, procs.len(), tail)?;
        for (i, (p, (name, sid))) in procs.iter().zip(refs).enumerate() {
            let rec = rd::WTS_PROCESS_INFO_EXW {
                SessionId: p.session_id,
                ProcessId: p.pid,
                pProcessName: b.tail_ptr(name),
                pUserSid: sid.map_or(std::ptr::null_mut(), |r| b.tail_ptr(r)),
                NumberOfThreads: p.threads,
                HandleCount: p.handles,
                PagefileUsage: p.pagefile_bytes.min(u64::from(u32::MAX)) as u32,
                PeakPagefileUsage: p.peak_pagefile_bytes.min(u64::from(u32::MAX)) as u32,
                WorkingSetSize: p.working_set_bytes.min(u64::from(u32::MAX)) as u32,
                PeakWorkingSetSize: p.peak_working_set_bytes.min(u64::from(u32::MAX)) as u32,
                UserTime: p.user_time_ms as i64,
                KernelTime: p.kernel_time_ms as i64,
            };
            b.set(i, rec);
        }
        Ok(b.into_raw().cast())
    } else {
        let mut b =
            ApiBuffer::<rd::WTS_PROCESS_INFOW>::allocate(KIND_PROCESS_0, procs.len(), tail)?;
        for (i, (p, (name, sid))) in procs.iter().zip(refs).enumerate() {
            let rec = rd::WTS_PROCESS_INFOW {
                SessionId: p.session_id,
                ProcessId: p.pid,
                pProcessName: b.tail_ptr(name),
                pUserSid: sid.map_or(std::ptr::null_mut(), |r| b.tail_ptr(r)),
            };
            b.set(i, rec);
        }
        Ok(b.into_raw().cast())
    }
}

// ---- server handles ----------------------------------------------------

fn open_server(name: Win32Result<Option<String>>) -> HANDLE {
    guard("WTSOpenServer", std::ptr::null_mut(), || {
        // A name that cannot even be read still gives a handle that is not
        // valid, never NULL (NULL is the current server).
        let server = match name {
            Ok(n) => Server::open(n.as_deref()),
            Err(_) => Server::open(Some("-invalid-")),
        };
        match handle::insert(Arc::new(server)) {
            Ok(h) => {
                win32::set_last_error(0);
                h as HANDLE
            }
            Err(e) => {
                win32::set_last_error(e.0);
                // An impossible handle value: fails every call, never NULL.
                usize::MAX as HANDLE
            }
        }
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSOpenServerW(name: *const u16) -> HANDLE {
    // SAFETY: per the function's contract.
    open_server(unsafe { wstr::from_wide_ptr(name) })
}

/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSOpenServerA(name: *const c_char) -> HANDLE {
    // SAFETY: per the function's contract.
    open_server(unsafe { wstr::from_ansi_ptr(name) })
}

/// # Safety
/// As [`WTSOpenServerW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSOpenServerExW(name: *const u16) -> HANDLE {
    // SAFETY: per the function's contract. No RD Virtualization Host exists
    // here, so Ex behaves as WTSOpenServer, as its page says for a session
    // host.
    unsafe { WTSOpenServerW(name) }
}

/// # Safety
/// As [`WTSOpenServerA`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSOpenServerExA(name: *const c_char) -> HANDLE {
    // SAFETY: per the function's contract.
    unsafe { WTSOpenServerA(name) }
}

/// Closing NULL (the current server) or an already closed handle does
/// nothing; the function has no way to report an error.
#[unsafe(no_mangle)]
pub extern "system" fn WTSCloseServer(h: HANDLE) {
    guard("WTSCloseServer", (), || {
        if !h.is_null()
            && let Ok(server) = handle::remove::<Server>(h as usize)
        {
            server.close();
        }
    })
}

// ---- sessions ------------------------------------------------------------

unsafe fn enumerate_sessions<E: Encoding>(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SESSION_INFOW,
    count: *mut u32,
) -> BOOL {
    bool_call("WTSEnumerateSessions", || {
        if reserved != 0 || version != 1 || out.is_null() || count.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let sessions = server(h)?.sessions()?;
        let n = count_u32(sessions.len())?;
        let p = sessions_array::<E>(&sessions)?;
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(p);
            count.write(n);
        }
        Ok(())
    })
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateSessionsW(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SESSION_INFOW,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_sessions::<Wide>(h, reserved, version, out, count) }
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateSessionsA(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SESSION_INFOA,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract; the layouts are equal.
    unsafe { enumerate_sessions::<Ansi>(h, reserved, version, out.cast(), count) }
}

unsafe fn enumerate_sessions_ex<E: Encoding>(
    h: HANDLE,
    level: *mut u32,
    filter: u32,
    out: *mut *mut rd::WTS_SESSION_INFO_1W,
    count: *mut u32,
) -> BOOL {
    bool_call("WTSEnumerateSessionsEx", || {
        // SAFETY: `level` is read only when non-NULL.
        if level.is_null() || unsafe { level.read() } != 1 || filter != 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        if out.is_null() || count.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let srv = server(h)?;
        let sessions = srv.sessions()?;
        let host = srv.host_name()?;
        let n = count_u32(sessions.len())?;
        let p = sessions1_array::<E>(&sessions, &host)?;
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(p);
            count.write(n);
        }
        Ok(())
    })
}

/// # Safety
/// Pointers are NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateSessionsExW(
    h: HANDLE,
    level: *mut u32,
    filter: u32,
    out: *mut *mut rd::WTS_SESSION_INFO_1W,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_sessions_ex::<Wide>(h, level, filter, out, count) }
}

/// # Safety
/// Pointers are NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateSessionsExA(
    h: HANDLE,
    level: *mut u32,
    filter: u32,
    out: *mut *mut rd::WTS_SESSION_INFO_1A,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract; the layouts are equal.
    unsafe { enumerate_sessions_ex::<Ansi>(h, level, filter, out.cast(), count) }
}

unsafe fn query_session<E: Encoding>(
    h: HANDLE,
    session: u32,
    class: i32,
    out: *mut *mut u8,
    bytes: *mut u32,
) -> BOOL {
    bool_call("WTSQuerySessionInformation", || {
        // Windows answers NULL out-pointers with ERROR_INVALID_USER_BUFFER
        // (CONFORMANCE.md §2, test_WTSQuerySessionInformation 2).
        if out.is_null() || bytes.is_null() {
            return Err(Win32Error::INVALID_USER_BUFFER);
        }
        let info = server(h)?.query(session, class)?;
        let (p, n) = marshal::<E>(class, info)?;
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(p);
            bytes.write(n);
        }
        Ok(())
    })
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSQuerySessionInformationW(
    h: HANDLE,
    session: u32,
    class: rd::WTS_INFO_CLASS,
    out: *mut *mut u16,
    bytes: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { query_session::<Wide>(h, session, class, out.cast(), bytes) }
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSQuerySessionInformationA(
    h: HANDLE,
    session: u32,
    class: rd::WTS_INFO_CLASS,
    out: *mut *mut c_char,
    bytes: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { query_session::<Ansi>(h, session, class, out.cast(), bytes) }
}

// ---- processes -----------------------------------------------------------

unsafe fn enumerate_processes<E: Encoding>(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut c_void,
    count: *mut u32,
) -> BOOL {
    bool_call("WTSEnumerateProcesses", || {
        if reserved != 0 || version != 1 || out.is_null() || count.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let procs = server(h)?.processes(ANY_SESSION)?;
        let n = count_u32(procs.len())?;
        let p = processes_array::<E>(&procs, false)?;
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(p);
            count.write(n);
        }
        Ok(())
    })
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateProcessesW(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_PROCESS_INFOW,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_processes::<Wide>(h, reserved, version, out.cast(), count) }
}

/// # Safety
/// Out-pointers are NULL or valid for writes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateProcessesA(
    h: HANDLE,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_PROCESS_INFOA,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract; the layouts are equal.
    unsafe { enumerate_processes::<Ansi>(h, reserved, version, out.cast(), count) }
}

unsafe fn enumerate_processes_ex<E: Encoding>(
    h: HANDLE,
    level: *mut u32,
    session: u32,
    out: *mut *mut c_void,
    count: *mut u32,
) -> BOOL {
    bool_call("WTSEnumerateProcessesEx", || {
        if level.is_null() || out.is_null() || count.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: checked non-NULL above.
        let extended = match unsafe { level.read() } {
            0 => false,
            1 => true,
            _ => {
                // The page: an invalid level is set to one, with an error.
                // SAFETY: checked non-NULL above.
                unsafe { level.write(1) };
                return Err(Win32Error::INVALID_PARAMETER);
            }
        };
        let procs = server(h)?.processes(session)?;
        let n = count_u32(procs.len())?;
        let p = processes_array::<E>(&procs, extended)?;
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(p);
            count.write(n);
        }
        Ok(())
    })
}

/// # Safety
/// Pointers are NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateProcessesExW(
    h: HANDLE,
    level: *mut u32,
    session: u32,
    out: *mut *mut u16,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_processes_ex::<Wide>(h, level, session, out.cast(), count) }
}

/// # Safety
/// Pointers are NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateProcessesExA(
    h: HANDLE,
    level: *mut u32,
    session: u32,
    out: *mut *mut c_char,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_processes_ex::<Ansi>(h, level, session, out.cast(), count) }
}

// ---- memory --------------------------------------------------------------

/// Frees any buffer this library handed out. NULL, and pointers it did
/// not hand out, are ignored (the function cannot report errors).
#[unsafe(no_mangle)]
pub extern "system" fn WTSFreeMemory(p: *mut c_void) {
    guard("WTSFreeMemory", (), || {
        let _ = buffer::free(p.cast());
    })
}

fn free_memory_ex(class: rd::WTS_TYPE_CLASS, p: *mut c_void, count: u32) -> BOOL {
    bool_call("WTSFreeMemoryEx", || {
        let kind = match class {
            rd::WTSTypeProcessInfoLevel0 => KIND_PROCESS_0,
            rd::WTSTypeProcessInfoLevel1 => KIND_PROCESS_1,
            rd::WTSTypeSessionInfoLevel1 => KIND_SESSION_1,
            _ => return Err(Win32Error::INVALID_PARAMETER),
        };
        buffer::free_checked(p.cast(), kind, count as usize)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WTSFreeMemoryExW(
    class: rd::WTS_TYPE_CLASS,
    p: *mut c_void,
    count: u32,
) -> BOOL {
    free_memory_ex(class, p, count)
}

#[unsafe(no_mangle)]
pub extern "system" fn WTSFreeMemoryExA(
    class: rd::WTS_TYPE_CLASS,
    p: *mut c_void,
    count: u32,
) -> BOOL {
    free_memory_ex(class, p, count)
}

// ---- acting on sessions and processes --------------------------------------

#[unsafe(no_mangle)]
pub extern "system" fn WTSLogoffSession(h: HANDLE, session: u32, wait: BOOL) -> BOOL {
    bool_call("WTSLogoffSession", || server(h)?.logoff(session, wait != 0))
}

#[unsafe(no_mangle)]
pub extern "system" fn WTSDisconnectSession(h: HANDLE, session: u32, wait: BOOL) -> BOOL {
    bool_call("WTSDisconnectSession", || {
        server(h)?.disconnect(session, wait != 0)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WTSTerminateProcess(h: HANDLE, pid: u32, exit_code: u32) -> BOOL {
    bool_call("WTSTerminateProcess", || {
        server(h)?.terminate_process(pid, exit_code)
    })
}

#[allow(clippy::too_many_arguments)]
fn send_message(
    h: HANDLE,
    session: u32,
    text: Win32Result<(String, String)>,
    style: u32,
    timeout: u32,
    response: *mut i32,
    wait: BOOL,
) -> BOOL {
    bool_call("WTSSendMessage", || {
        if response.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let (title, text) = text?;
        let message = Message {
            title,
            text,
            style,
            timeout_secs: timeout,
            wait: wait != 0,
        };
        let answer = server(h)?.send_message(session, &message)?;
        // SAFETY: checked non-NULL above.
        unsafe { response.write(answer) };
        Ok(())
    })
}

/// # Safety
/// The strings are NULL or valid for their byte lengths; `response` is
/// NULL or valid for a write.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "system" fn WTSSendMessageW(
    h: HANDLE,
    session: u32,
    title: *const u16,
    title_len: u32,
    message: *const u16,
    message_len: u32,
    style: u32,
    timeout: u32,
    response: *mut i32,
    wait: BOOL,
) -> BOOL {
    let text = if title.is_null() || message.is_null() {
        Err(Win32Error::INVALID_PARAMETER)
    } else {
        // SAFETY: non-NULL and valid for the given byte lengths.
        Ok(unsafe {
            (
                wstr::from_wide_counted(title, title_len as usize),
                wstr::from_wide_counted(message, message_len as usize),
            )
        })
    };
    send_message(h, session, text, style, timeout, response, wait)
}

/// # Safety
/// As [`WTSSendMessageW`].
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "system" fn WTSSendMessageA(
    h: HANDLE,
    session: u32,
    title: *const c_char,
    title_len: u32,
    message: *const c_char,
    message_len: u32,
    style: u32,
    timeout: u32,
    response: *mut i32,
    wait: BOOL,
) -> BOOL {
    let text = if title.is_null() || message.is_null() {
        Err(Win32Error::INVALID_PARAMETER)
    } else {
        // SAFETY: non-NULL and valid for the given byte lengths.
        Ok(unsafe {
            (
                wstr::from_ansi_counted(title, title_len as usize),
                wstr::from_ansi_counted(message, message_len as usize),
            )
        })
    };
    send_message(h, session, text, style, timeout, response, wait)
}

/// # Safety
/// `flags` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSWaitSystemEvent(h: HANDLE, mask: u32, flags: *mut u32) -> BOOL {
    bool_call("WTSWaitSystemEvent", || {
        if flags.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let seen = server(h)?.wait_event(mask)?;
        // SAFETY: checked non-NULL above.
        unsafe { flags.write(seen) };
        Ok(())
    })
}

// ---- servers, tokens, console ------------------------------------------------

unsafe fn enumerate_servers<E: Encoding>(
    domain: Win32Result<Option<String>>,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SERVER_INFOW,
    count: *mut u32,
) -> BOOL {
    bool_call("WTSEnumerateServers", || {
        if reserved != 0 || version != 1 || out.is_null() || count.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let _domain = domain?;
        // There is no NetBIOS browse list to ask: the one session host this
        // library knows in any domain is the local one.
        let host = crate::local::host_name()?;
        let mut tail = Tail::default();
        let name = E::push(&mut tail, &host);
        let mut b = ApiBuffer::<rd::WTS_SERVER_INFOW>::allocate(KIND_PLAIN, 1, tail)?;
        let rec = rd::WTS_SERVER_INFOW {
            pServerName: b.tail_ptr(name),
        };
        b.set(0, rec);
        // SAFETY: both out-pointers were checked non-NULL above.
        unsafe {
            out.write(b.into_raw());
            count.write(1);
        }
        Ok(())
    })
}

/// # Safety
/// `domain` is NULL or a NUL-terminated string; out-pointers NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateServersW(
    domain: *const u16,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SERVER_INFOW,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract.
    unsafe { enumerate_servers::<Wide>(wstr::from_wide_ptr(domain), reserved, version, out, count) }
}

/// # Safety
/// As [`WTSEnumerateServersW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WTSEnumerateServersA(
    domain: *const c_char,
    reserved: u32,
    version: u32,
    out: *mut *mut rd::WTS_SERVER_INFOA,
    count: *mut u32,
) -> BOOL {
    // SAFETY: per the function's contract; the layouts are equal.
    unsafe {
        enumerate_servers::<Ansi>(
            wstr::from_ansi_ptr(domain),
            reserved,
            version,
            out.cast(),
            count,
        )
    }
}

/// Linux has no access tokens to hand out: after the documented argument
/// check, the caller gets ERROR_PRIVILEGE_NOT_HELD without root (as Windows
/// without SE_TCB_NAME) and ERROR_NOT_SUPPORTED with it.
#[unsafe(no_mangle)]
pub extern "system" fn WTSQueryUserToken(session: u32, token: *mut HANDLE) -> BOOL {
    bool_call("WTSQueryUserToken", || {
        if token.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Server::current().session(session)?;
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Err(Win32Error(
                windows_sys::Win32::Foundation::ERROR_PRIVILEGE_NOT_HELD,
            ));
        }
        Err(Win32Error::NOT_SUPPORTED)
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn WTSGetActiveConsoleSessionId() -> u32 {
    guard(
        "WTSGetActiveConsoleSessionId",
        rd::WTS_CURRENT_SESSION,
        || Server::current().active_console_session(),
    )
}

/// kernel32's ProcessIdToSessionId, which Windows programs pair with the
/// WTS calls.
///
/// # Safety
/// `session` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ProcessIdToSessionId(pid: u32, session: *mut u32) -> BOOL {
    bool_call("ProcessIdToSessionId", || {
        if session.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let id = Server::current()
            .processes(ANY_SESSION)?
            .into_iter()
            .find(|p| p.pid == pid)
            .map(|p| p.session_id)
            .ok_or(Win32Error::INVALID_PARAMETER)?;
        // SAFETY: checked non-NULL above.
        unsafe { session.write(id) };
        Ok(())
    })
}
