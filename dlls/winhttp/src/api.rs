//! The WinHTTP handle objects and what each call does to them.
//!
//! Session → Connection → Request → WebSocket, each behind a handle from
//! the shared table. Every handle has a [`Notify`]: its status callback,
//! notification mask and context, inherited from its parent when created.
//!
//! How each mode runs is in [`crate::runtime`], [`crate::request`] and
//! [`crate::websocket`]. HANDLE_CLOSING is always a handle's last callback.

use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use win32::sync::lock;
use win32::{Win32Error, Win32Result};

use crate::options::{Options, Proxy};
use windows_sys::Win32::Networking::WinHttp as wh;

fn werr(code: u32) -> Win32Error {
    Win32Error(code)
}

/// A status callback as C code registers it.
pub type StatusCallback = wh::WINHTTP_STATUS_CALLBACK;

/// A handle's callback, mask and context.
pub struct Notify {
    handle: OnceLock<usize>,
    callback: Mutex<(StatusCallback, u32)>,
    context: AtomicUsize,
}

impl Notify {
    pub fn root() -> Notify {
        Notify {
            handle: OnceLock::new(),
            callback: Mutex::new((None, 0)),
            context: AtomicUsize::new(0),
        }
    }

    pub fn inherit(parent: &Notify, context: usize) -> Notify {
        Notify {
            handle: OnceLock::new(),
            callback: Mutex::new(*lock(&parent.callback)),
            context: AtomicUsize::new(context),
        }
    }

    /// The handle value callbacks report (0 before it is issued).
    pub fn handle(&self) -> usize {
        self.handle.get().copied().unwrap_or(0)
    }

    /// Record the handle value callbacks report.
    pub fn bind(&self, handle: usize) {
        let _ = self.handle.set(handle);
    }

    /// WinHttpSetStatusCallback: returns the previous callback.
    pub fn set_callback(&self, callback: StatusCallback, mask: u32) -> StatusCallback {
        std::mem::replace(&mut *lock(&self.callback), (callback, mask)).0
    }

    pub fn context(&self) -> usize {
        self.context.load(Ordering::SeqCst)
    }

    pub fn set_context(&self, v: usize) {
        self.context.store(v, Ordering::SeqCst);
    }

    /// Deliver one notification if the mask asks for it. No lock is held
    /// while the callback runs.
    pub(crate) fn send(&self, status: u32, info: *mut c_void, len: u32) {
        let (callback, mask) = *lock(&self.callback);
        if let Some(f) = callback
            && mask & status != 0
        {
            let h = self.handle();
            // SAFETY: the application registered this function for exactly
            // this signature; `info` is valid for `len` bytes for the call.
            unsafe { f(h as *mut c_void, self.context(), status, info, len) };
        }
    }

    pub(crate) fn send_value<T>(&self, status: u32, mut value: T) {
        self.send(status, (&mut value as *mut T).cast(), size_of::<T>() as u32);
    }

    /// HANDLE_CREATED or HANDLE_CLOSING, which carry the handle itself.
    pub(crate) fn send_handle(&self, status: u32) {
        let h = self.handle() as *mut c_void;
        self.send_value(status, h);
    }
}

pub struct Session {
    pub notify: Notify,
    /// WINHTTP_OPTION_USER_AGENT.
    pub agent: Mutex<String>,
    pub async_mode: bool,
    /// WINHTTP_OPTION_UNLOAD_NOTIFY_EVENT: an event handle set once the
    /// session's handle is closed.
    pub unload_event: Mutex<Option<usize>>,
    pub options: Mutex<Options>,
    /// WINHTTP_OPTION_PROXY, from WinHttpOpen's access type.
    pub proxy: Mutex<Proxy>,
    /// The session's cookies (unless WINHTTP_DISABLE_COOKIES).
    pub cookies: Mutex<crate::cookie::CookieJar>,
}

impl Session {
    pub fn new(agent: &str, async_mode: bool, proxy: Proxy) -> Session {
        Session {
            notify: Notify::root(),
            agent: Mutex::new(agent.to_string()),
            async_mode,
            unload_event: Mutex::default(),
            options: Mutex::default(),
            proxy: Mutex::new(proxy),
            cookies: Mutex::default(),
        }
    }

    /// WinHttpCloseHandle on the session: HANDLE_CLOSING, then the unload
    /// event (Wine's tests, which pass on Windows: not before the close,
    /// within 2 s after).
    pub fn close_handle(&self) {
        self.notify
            .send_handle(wh::WINHTTP_CALLBACK_STATUS_HANDLE_CLOSING);
        if let Some(event) = lock(&self.unload_event).take() {
            kernel32::event::SetEvent(event as windows_sys::Win32::Foundation::HANDLE);
        }
    }
}

pub struct Connection {
    pub notify: Notify,
    pub session: Arc<Session>,
    pub host: String,
    pub port: u16,
}

impl Connection {
    pub fn new(session: &Arc<Session>, host: &str, port: u16) -> Win32Result<Connection> {
        if host.is_empty() || host.contains(['/', ' ']) {
            return Err(werr(wh::ERROR_WINHTTP_INVALID_URL));
        }
        Ok(Connection {
            notify: Notify::inherit(&session.notify, session.notify.context()),
            session: Arc::clone(session),
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string(),
            port,
        })
    }
}
