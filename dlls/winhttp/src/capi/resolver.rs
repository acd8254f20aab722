//! The asynchronous proxy resolver: WinHttpCreateProxyResolver,
//! WinHttpGetProxyForUrlEx(2), WinHttpGetProxyResult(Ex),
//! WinHttpFreeProxyResult(Ex) and WinHttpResetAutoProxy.
//!
//! The answer is WinHttpGetProxyForUrl's ([`AutoProxyQuery`]): no PAC and no
//! WPAD, so auto-detection fails with ERROR_WINHTTP_AUTODETECTION_FAILED
//! unless WINHTTP_AUTOPROXY_ALLOW_STATIC lets the static configuration
//! answer. A resolver handle is a child of its session: it inherits the
//! session's status callback, and its completions go through its own
//! [`Strand`] on the worker pool, never on the calling thread
//! ("WinHttpGetProxyForUrlEx": it "always executes asynchronously and
//! returns immediately with ERROR_IO_PENDING").
//!
//! Decisions where the pages are silent:
//! - GETPROXYFORURL_COMPLETE carries no status information (NULL, 0): the
//!   answer is read with WinHttpGetProxyResult.
//! - A second WinHttpGetProxyForUrlEx while one is pending is
//!   ERROR_WINHTTP_INCORRECT_HANDLE_STATE; a finished one may be followed by
//!   another, whose answer replaces the first.
//! - The result has one entry, the route a request to the URL takes under
//!   the configuration found ([`route_for`]).

use std::ffi::c_void;
use std::sync::{Arc, Mutex};

use win32::abi::guard;
use win32::sync::lock;
use win32::{Win32Error, Win32Result, wstr};
use windows_sys::Win32::Foundation::{ERROR_IO_PENDING, FALSE, TRUE};
use windows_sys::Win32::Networking::WinHttp as wh;
use windows_sys::Win32::System::Memory::GPTR;

use super::proxy::AutoProxyQuery;
use super::{Internet, WRONG_TYPE, code_call, get, issue, session};
use crate::api::Notify;
use crate::options::Proxy;
use crate::proxy::{self, Via};
use crate::runtime::Strand;

const INCORRECT_STATE: Win32Error = Win32Error(wh::ERROR_WINHTTP_INCORRECT_HANDLE_STATE);

/// Where a request to a URL goes: one WINHTTP_PROXY_RESULT_ENTRY.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Through this HTTP proxy (fProxy).
    Proxy(Via),
    /// Direct because the bypass list matches the host (fBypass).
    Bypassed,
    /// Direct: no proxy applies to the URL.
    Direct,
}

/// The route a request to `host` (https when `secure`) takes under
/// `config`: the proxy [`proxy::route`] picks for a request, so the
/// resolver's answer is what WinHTTP itself would do with that
/// configuration; else direct, marked bypassed when only the bypass list
/// kept the proxy away ("WINHTTP_PROXY_RESULT_ENTRY": fBypass "indicates if
/// the result is bypassing a proxy (on an intranet)").
pub fn route_for(config: &Proxy, secure: bool, host: &str) -> Route {
    if let Some(via) = proxy::route(config, secure, host) {
        return Route::Proxy(via);
    }
    // route() is None both for a bypassed host and for no proxy at all:
    // without the bypass list the former finds its proxy.
    let unbypassed = Proxy {
        bypass: String::new(),
        ..config.clone()
    };
    if proxy::route(&unbypassed, secure, host).is_some() {
        Route::Bypassed
    } else {
        Route::Direct
    }
}

/// Where the resolver is in its one operation.
enum State {
    /// Nothing asked yet, or the last question failed.
    Idle,
    Pending,
    Resolved(Route),
    /// The handle is closed: a completion still running reports nothing.
    Closed,
}

/// A resolver handle's object.
pub struct Resolver {
    pub notify: Notify,
    strand: Arc<Strand>,
    state: Mutex<State>,
}

impl Resolver {
    /// WinHttpGetProxyForUrlEx: the question is answered on a worker, which
    /// reports GETPROXYFORURL_COMPLETE or REQUEST_ERROR.
    fn start(self: &Arc<Self>, query: AutoProxyQuery, context: usize) -> Win32Result<()> {
        {
            let mut state = lock(&self.state);
            match *state {
                State::Pending => return Err(INCORRECT_STATE),
                State::Closed => return Err(Win32Error::INVALID_HANDLE),
                State::Idle | State::Resolved(_) => *state = State::Pending,
            }
        }
        // "Context data that will be passed to the completion callback".
        self.notify.set_context(context);
        let me = Arc::clone(self);
        self.strand.post(move || {
            let answer = query
                .resolve()
                .map(|config| route_for(&config, query.secure, &query.host));
            me.complete(answer);
        });
        Ok(())
    }

    /// Keep the answer, then report it, unless the handle was closed
    /// meanwhile (its cancellation is reported instead).
    fn complete(&self, answer: Win32Result<Route>) {
        {
            let mut state = lock(&self.state);
            if !matches!(*state, State::Pending) {
                return;
            }
            *state = match &answer {
                Ok(route) => State::Resolved(route.clone()),
                Err(_) => State::Idle,
            };
        }
        match answer {
            Ok(_) => self.notify.send(
                wh::WINHTTP_CALLBACK_STATUS_GETPROXYFORURL_COMPLETE,
                std::ptr::null_mut(),
                0,
            ),
            Err(e) => self.report_error(e),
        }
    }

    /// REQUEST_ERROR for the GetProxyForUrlEx in progress
    /// ("WinHttpGetProxyForUrlEx": "If the call fails after returning
    /// ERROR_IO_PENDING then a callback of WINHTTP_CALLBACK_STATUS_REQUEST_ERROR
    /// will be issued").
    fn report_error(&self, e: Win32Error) {
        self.notify.send_value(
            wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
            wh::WINHTTP_ASYNC_RESULT {
                dwResult: wh::API_GET_PROXY_FOR_URL as usize,
                dwError: e.0,
            },
        );
    }

    /// The answer of the last completed question.
    fn resolved(&self) -> Win32Result<Route> {
        match &*lock(&self.state) {
            State::Resolved(route) => Ok(route.clone()),
            // "The resolver handle has not successfully completed a call to
            // WinHttpGetProxyForUrlEx" (WinHttpGetProxyResult).
            _ => Err(INCORRECT_STATE),
        }
    }

    /// WinHttpCloseHandle: a pending question ends with REQUEST_ERROR,
    /// ERROR_WINHTTP_OPERATION_CANCELLED ("WinHttpGetProxyForUrlEx"), then
    /// HANDLE_CLOSING last, as for the other handles.
    pub fn close_handle(self: &Arc<Self>) {
        let before = std::mem::replace(&mut *lock(&self.state), State::Closed);
        if matches!(before, State::Pending) {
            let me = Arc::clone(self);
            self.strand
                .post(move || me.report_error(Win32Error(wh::ERROR_WINHTTP_OPERATION_CANCELLED)));
        }
        let me = Arc::clone(self);
        self.strand.run_here_or_queue(move || {
            me.notify
                .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING)
        });
    }
}

fn resolver(h: *const c_void) -> Win32Result<Arc<Resolver>> {
    match &*get(h.cast_mut())? {
        Internet::Resolver(r) => Ok(Arc::clone(r)),
        _ => Err(WRONG_TYPE),
    }
}

/// A resolver for an asynchronous session: NULL is ERROR_INVALID_HANDLE,
/// another handle or a synchronous session
/// ERROR_WINHTTP_INCORRECT_HANDLE_TYPE ("WinHttpCreateProxyResolver").
///
/// # Safety
/// `resolver_out` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpCreateProxyResolver(
    h: *const c_void,
    resolver_out: *mut *mut c_void,
) -> u32 {
    code_call("WinHttpCreateProxyResolver", || {
        let s = session(h.cast_mut())?;
        if !s.async_mode {
            return Err(WRONG_TYPE);
        }
        if resolver_out.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let r = Resolver {
            notify: Notify::inherit(&s.notify, s.notify.context()),
            strand: Arc::default(),
            state: Mutex::new(State::Idle),
        };
        let h = issue(Internet::Resolver(Arc::new(r)), true)?;
        // SAFETY: non-NULL and writable per the contract.
        unsafe { resolver_out.write_unaligned(h) };
        Ok(())
    })
}

/// The handle, then the checks of WinHttpGetProxyForUrl (and
/// `arguments_valid`, Ex2's own), then ERROR_IO_PENDING and the answer
/// through the callback.
///
/// # Safety
/// As for WinHttpGetProxyForUrl's `url` and `options`.
unsafe fn get_proxy_for_url(
    function: &'static str,
    h: *const c_void,
    url: *const u16,
    options: *const wh::WINHTTP_AUTOPROXY_OPTIONS,
    arguments_valid: bool,
    context: usize,
) -> u32 {
    guard(function, Win32Error::INTERNAL_ERROR.0, || {
        let started = resolver(h).and_then(|r| {
            if !arguments_valid {
                return Err(Win32Error::INVALID_PARAMETER);
            }
            // SAFETY: per the contract.
            let query = unsafe { AutoProxyQuery::checked(url, options) }?;
            r.start(query, context)
        });
        match started {
            Ok(()) => ERROR_IO_PENDING,
            Err(e) => e.0,
        }
    })
}

/// # Safety
/// `url` is NULL or terminated UTF-16; `options` NULL or valid for a read
/// (its URL NULL or terminated).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetProxyForUrlEx(
    h: *const c_void,
    url: *const u16,
    options: *const wh::WINHTTP_AUTOPROXY_OPTIONS,
    context: usize,
) -> u32 {
    // SAFETY: per the contract.
    unsafe { get_proxy_for_url("WinHttpGetProxyForUrlEx", h, url, options, true, context) }
}

/// WinHttpGetProxyForUrlEx with an interface selection context, which
/// picks among per-interface proxy settings; the environment's settings
/// are the same for every interface, so a well-formed context changes
/// nothing.
///
/// # Safety
/// As for WinHttpGetProxyForUrlEx; `selection` is NULL or valid for
/// `selection_len` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetProxyForUrlEx2(
    h: *const c_void,
    url: *const u16,
    options: *const wh::WINHTTP_AUTOPROXY_OPTIONS,
    selection_len: u32,
    selection: *const u8,
    context: usize,
) -> u32 {
    let selection_valid = !selection.is_null() || selection_len == 0;
    // SAFETY: per the contract.
    unsafe {
        get_proxy_for_url(
            "WinHttpGetProxyForUrlEx2",
            h,
            url,
            options,
            selection_valid,
            context,
        )
    }
}

/// `routes` as WINHTTP_PROXY_RESULT_ENTRY records in one GlobalAlloc'd
/// block, each proxy's host name after the array, so one GlobalFree of the
/// array frees it all (WinHttpFreeProxyResult).
fn write_entries(routes: &[Route]) -> Win32Result<*mut wh::WINHTTP_PROXY_RESULT_ENTRY> {
    let names: Vec<Vec<u16>> = routes
        .iter()
        .map(|r| match r {
            Route::Proxy(via) => wstr::to_wide_nul(&via.host),
            _ => Vec::new(),
        })
        .collect();
    let head = routes.len() * size_of::<wh::WINHTTP_PROXY_RESULT_ENTRY>();
    let bytes = head + names.iter().map(|n| n.len() * 2).sum::<usize>();
    let block = kernel32::memory::GlobalAlloc(GPTR, bytes).cast::<u8>();
    if block.is_null() {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    let entries = block.cast::<wh::WINHTTP_PROXY_RESULT_ENTRY>();
    let mut offset = head;
    for (i, (route, name)) in routes.iter().zip(&names).enumerate() {
        let (proxy_name, port) = match route {
            Route::Proxy(via) => {
                // SAFETY: the name's units fit at `offset` in the block
                // sized above; the block is 16-byte aligned and `head` a
                // multiple of the entry's size, so u16 alignment holds.
                let p = unsafe { block.add(offset) }.cast::<u16>();
                // SAFETY: as above; `name` and the block do not overlap.
                unsafe { std::ptr::copy_nonoverlapping(name.as_ptr(), p, name.len()) };
                offset += name.len() * 2;
                (p, via.port)
            }
            _ => (std::ptr::null_mut(), 0),
        };
        let entry = wh::WINHTTP_PROXY_RESULT_ENTRY {
            fProxy: if matches!(route, Route::Proxy(_)) {
                TRUE
            } else {
                FALSE
            },
            fBypass: if *route == Route::Bypassed {
                TRUE
            } else {
                FALSE
            },
            // WinHTTP speaks plain HTTP to its proxy (crate::proxy).
            ProxyScheme: if proxy_name.is_null() {
                0
            } else {
                wh::WINHTTP_INTERNET_SCHEME_HTTP
            },
            pwszProxy: proxy_name,
            ProxyPort: port,
        };
        // SAFETY: entry `i` lies inside the array at the block's start,
        // which is aligned for it.
        unsafe { entries.add(i).write(entry) };
    }
    Ok(entries)
}

/// The resolver's answer as entries, for the two result functions.
fn answer(
    h: *const c_void,
    out_is_null: bool,
) -> Win32Result<(u32, *mut wh::WINHTTP_PROXY_RESULT_ENTRY)> {
    let route = resolver(h)?.resolved();
    if out_is_null {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let route = route?;
    Ok((1, write_entries(std::slice::from_ref(&route))?))
}

/// The answer of the resolver's last completed WinHttpGetProxyForUrlEx;
/// ERROR_WINHTTP_INCORRECT_HANDLE_STATE before one completed
/// ("WinHttpGetProxyResult"). Free it with WinHttpFreeProxyResult.
///
/// # Safety
/// `result` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetProxyResult(
    h: *const c_void,
    result: *mut wh::WINHTTP_PROXY_RESULT,
) -> u32 {
    code_call("WinHttpGetProxyResult", || {
        let (count, entries) = answer(h, result.is_null())?;
        let answer = wh::WINHTTP_PROXY_RESULT {
            cEntries: count,
            pEntries: entries,
        };
        // SAFETY: non-NULL (checked by `answer`) and writable per the
        // contract.
        unsafe { result.write_unaligned(answer) };
        Ok(())
    })
}

/// WinHttpGetProxyResult with the extended structure: no proxy detection
/// handle and no interface affinity, as nothing is detected here.
///
/// # Safety
/// `result` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetProxyResultEx(
    h: *const c_void,
    result: *mut wh::WINHTTP_PROXY_RESULT_EX,
) -> u32 {
    code_call("WinHttpGetProxyResultEx", || {
        let (count, entries) = answer(h, result.is_null())?;
        let answer = wh::WINHTTP_PROXY_RESULT_EX {
            cEntries: count,
            pEntries: entries,
            hProxyDetectionHandle: std::ptr::null_mut(),
            dwProxyInterfaceAffinity: 0,
        };
        // SAFETY: non-NULL (checked by `answer`) and writable per the
        // contract.
        unsafe { result.write_unaligned(answer) };
        Ok(())
    })
}

/// Free the entries block and empty the structure's count and pointer.
///
/// # Safety
/// `entries` and `count` are valid for reads and writes; `*entries` is
/// NULL or a block from [`write_entries`].
unsafe fn free_entries(count: *mut u32, entries: *mut *mut wh::WINHTTP_PROXY_RESULT_ENTRY) {
    // SAFETY: per the contract.
    unsafe {
        kernel32::memory::GlobalFree(entries.read_unaligned().cast());
        entries.write_unaligned(std::ptr::null_mut());
        count.write_unaligned(0);
    }
}

/// # Safety
/// `result` is NULL or a structure WinHttpGetProxyResult filled.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpFreeProxyResult(result: *mut wh::WINHTTP_PROXY_RESULT) {
    guard("WinHttpFreeProxyResult", (), || {
        if !result.is_null() {
            // SAFETY: per the contract; raw field pointers, no reference
            // to a possibly unaligned structure.
            unsafe { free_entries(&raw mut (*result).cEntries, &raw mut (*result).pEntries) };
        }
    })
}

/// # Safety
/// `result` is NULL or a structure WinHttpGetProxyResultEx filled.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpFreeProxyResultEx(result: *mut wh::WINHTTP_PROXY_RESULT_EX) {
    guard("WinHttpFreeProxyResultEx", (), || {
        if !result.is_null() {
            // SAFETY: as in WinHttpFreeProxyResult.
            unsafe { free_entries(&raw mut (*result).cEntries, &raw mut (*result).pEntries) };
        }
    })
}

/// The flags WinHttpResetAutoProxy's page lists.
const RESET_FLAGS: u32 = wh::WINHTTP_RESET_ALL
    | wh::WINHTTP_RESET_NOTIFY_NETWORK_CHANGED
    | wh::WINHTTP_RESET_OUT_OF_PROC
    | wh::WINHTTP_RESET_DISCARD_RESOLVERS;

/// Nothing is cached without WPAD or PAC, so a well-formed reset succeeds
/// at once. A session handle of either mode is required
/// (ERROR_INVALID_HANDLE, ERROR_WINHTTP_INCORRECT_HANDLE_TYPE), and the page
/// calls WINHTTP_RESET_OUT_OF_PROC required: without it, or with a bit the
/// page does not list, the answer is ERROR_INVALID_PARAMETER.
#[unsafe(no_mangle)]
pub extern "system" fn WinHttpResetAutoProxy(h: *const c_void, flags: u32) -> u32 {
    code_call("WinHttpResetAutoProxy", || {
        session(h.cast_mut())?;
        if flags & !RESET_FLAGS != 0 || flags & wh::WINHTTP_RESET_OUT_OF_PROC == 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(list: &str, bypass: &str) -> Proxy {
        Proxy {
            access: wh::WINHTTP_ACCESS_TYPE_NAMED_PROXY,
            proxy: list.into(),
            bypass: bypass.into(),
        }
    }

    fn via(host: &str, port: u16) -> Route {
        Route::Proxy(Via {
            host: host.into(),
            port,
        })
    }

    #[test]
    fn a_configuration_maps_to_the_route_a_request_takes() {
        let p = named("http=web:8080;https=secure:8443", "*.internal;<local>");
        assert_eq!(route_for(&p, false, "example.com"), via("web", 8080));
        assert_eq!(route_for(&p, true, "example.com"), via("secure", 8443));
        assert_eq!(route_for(&p, false, "a.internal"), Route::Bypassed);
        assert_eq!(route_for(&p, true, "intranet"), Route::Bypassed);
        // No proxy for the scheme: direct, though not through the list.
        let p = named("https=secure:8443", "*.internal");
        assert_eq!(route_for(&p, false, "example.com"), Route::Direct);
        assert_eq!(route_for(&p, false, "a.internal"), Route::Direct);
        assert_eq!(route_for(&p, true, "a.internal"), Route::Bypassed);
        assert_eq!(route_for(&named("p", ""), false, "h"), via("p", 80));
        assert_eq!(route_for(&Proxy::default(), true, "h"), Route::Direct);
        // Bypass strings on a direct configuration change nothing.
        let direct = Proxy {
            bypass: "h".into(),
            ..Proxy::default()
        };
        assert_eq!(route_for(&direct, false, "h"), Route::Direct);
    }

    #[test]
    fn entries_carry_the_route_and_free_as_one_block() {
        let routes = [via("proxy.corp", 3128), Route::Bypassed, Route::Direct];
        let entries = write_entries(&routes).unwrap();
        let mut result = wh::WINHTTP_PROXY_RESULT {
            cEntries: 3,
            pEntries: entries,
        };
        // SAFETY: three entries were just written.
        let got = unsafe { std::slice::from_raw_parts(entries, 3) };
        assert_eq!((got[0].fProxy, got[0].fBypass), (TRUE, FALSE));
        assert_eq!(got[0].ProxyScheme, wh::WINHTTP_INTERNET_SCHEME_HTTP);
        assert_eq!(got[0].ProxyPort, 3128);
        // SAFETY: a terminated string inside the block.
        let name = unsafe { wstr::from_wide_ptr(got[0].pwszProxy) }.unwrap();
        assert_eq!(name.as_deref(), Some("proxy.corp"));
        assert_eq!((got[1].fProxy, got[1].fBypass), (FALSE, TRUE));
        assert_eq!((got[2].fProxy, got[2].fBypass), (FALSE, FALSE));
        assert!(got[1].pwszProxy.is_null() && got[2].pwszProxy.is_null());
        // SAFETY: the structure just filled.
        unsafe { WinHttpFreeProxyResult(&mut result) };
        assert_eq!(
            (result.cEntries, result.pEntries),
            (0, std::ptr::null_mut())
        );
    }

    /// Notifications the recording callback saw: status and the error of a
    /// REQUEST_ERROR.
    static SEEN: Mutex<Vec<(u32, u32)>> = Mutex::new(Vec::new());

    unsafe extern "system" fn record(
        _h: *mut c_void,
        _context: usize,
        status: u32,
        info: *mut c_void,
        _len: u32,
    ) {
        let error = if status == wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR {
            // SAFETY: REQUEST_ERROR carries a WINHTTP_ASYNC_RESULT.
            unsafe { info.cast::<wh::WINHTTP_ASYNC_RESULT>().read() }.dwError
        } else {
            0
        };
        lock(&SEEN).push((status, error));
    }

    fn query(url: &str, options: &wh::WINHTTP_AUTOPROXY_OPTIONS) -> AutoProxyQuery {
        let url = wstr::to_wide_nul(url);
        // SAFETY: a terminated URL and a valid options structure.
        unsafe { AutoProxyQuery::checked(url.as_ptr(), options) }.unwrap()
    }

    #[test]
    fn one_question_at_a_time_and_a_close_cancels_it() {
        let r = Arc::new(Resolver {
            notify: Notify::root(),
            strand: Arc::default(),
            state: Mutex::new(State::Pending),
        });
        r.notify
            .set_callback(Some(record), wh::WINHTTP_CALLBACK_FLAG_ALL_NOTIFICATIONS);
        let options = wh::WINHTTP_AUTOPROXY_OPTIONS {
            dwFlags: wh::WINHTTP_AUTOPROXY_AUTO_DETECT,
            dwAutoDetectFlags: wh::WINHTTP_AUTO_DETECT_TYPE_DNS_A,
            lpszAutoConfigUrl: std::ptr::null(),
            lpvReserved: std::ptr::null_mut(),
            dwReserved: 0,
            fAutoLogonIfChallenged: FALSE,
        };
        assert_eq!(
            r.start(query("http://example.com/", &options), 1),
            Err(INCORRECT_STATE)
        );
        assert_eq!(r.resolved(), Err(INCORRECT_STATE));
        r.close_handle();
        // A completion after the close reports nothing.
        r.complete(Ok(Route::Direct));
        for _ in 0..200 {
            if lock(&SEEN).len() >= 2 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(
            *lock(&SEEN),
            [
                (
                    wh::WINHTTP_CALLBACK_STATUS_REQUEST_ERROR,
                    wh::ERROR_WINHTTP_OPERATION_CANCELLED
                ),
                (wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING, 0),
            ]
        );
        assert_eq!(
            r.start(query("http://example.com/", &options), 1),
            Err(Win32Error::INVALID_HANDLE)
        );
    }

    #[test]
    fn handles_are_checked_first() {
        assert_eq!(
            // SAFETY: NULL arguments are allowed.
            unsafe { WinHttpCreateProxyResolver(std::ptr::null(), std::ptr::null_mut()) },
            Win32Error::INVALID_HANDLE.0
        );
        let mut result = wh::WINHTTP_PROXY_RESULT {
            cEntries: 0,
            pEntries: std::ptr::null_mut(),
        };
        assert_eq!(
            // SAFETY: a valid out structure.
            unsafe { WinHttpGetProxyResult(std::ptr::null(), &mut result) },
            Win32Error::INVALID_HANDLE.0
        );
        assert_eq!(
            WinHttpResetAutoProxy(std::ptr::null(), wh::WINHTTP_RESET_OUT_OF_PROC),
            Win32Error::INVALID_HANDLE.0
        );
        // SAFETY: NULL is allowed.
        unsafe { WinHttpFreeProxyResult(std::ptr::null_mut()) };
    }
}
