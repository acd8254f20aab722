//! COM apartments: which concurrency model each thread entered and how many
//! times (CoInitializeEx and CoUninitialize calls nest).
//!
//! Nothing here marshals between apartments: every winsession object is
//! free-threaded, so the model only decides the return codes Windows gives
//! (first call S_OK, later calls S_FALSE, the other model
//! RPC_E_CHANGED_MODE) and whether CoCreateInstance may run.

use std::cell::Cell;
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

use windows_sys::Win32::Foundation::{
    E_INVALIDARG, E_UNEXPECTED, RPC_E_CHANGED_MODE, S_FALSE, S_OK,
};
use windows_sys::Win32::System::Com::{
    COINIT_APARTMENTTHREADED, COINIT_DISABLE_OLE1DDE, COINIT_SPEED_OVER_MEMORY,
};
use windows_sys::core::HRESULT;

/// The concurrency model of an apartment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// COINIT_APARTMENTTHREADED: a single-threaded apartment.
    SingleThreaded,
    /// COINIT_MULTITHREADED: the process' multithreaded apartment.
    MultiThreaded,
}

thread_local! {
    /// This thread's apartment and its CoInitializeEx count.
    static APARTMENT: Cell<Option<(Model, u32)>> = const { Cell::new(None) };
}

/// Threads inside the multithreaded apartment. While there is one, every
/// other thread of the process is implicitly in it too (CoCreateInstance
/// works there without CoInitializeEx, as on Windows).
static MTA_THREADS: AtomicUsize = AtomicUsize::new(0);

/// Every COINIT flag Windows defines; others are an invalid argument.
const KNOWN_FLAGS: u32 =
    (COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE | COINIT_SPEED_OVER_MEMORY) as u32;

/// Enters this thread into an apartment of `model`.
pub fn initialize(model: Model) -> HRESULT {
    APARTMENT.with(|a| match a.get() {
        None => {
            if model == Model::MultiThreaded {
                MTA_THREADS.fetch_add(1, Ordering::SeqCst);
            }
            a.set(Some((model, 1)));
            S_OK
        }
        Some((current, _)) if current != model => RPC_E_CHANGED_MODE,
        Some((current, count)) => {
            a.set(Some((current, count.saturating_add(1))));
            S_FALSE
        }
    })
}

/// Leaves one level of this thread's apartment; the last level closes it.
/// Without an apartment, nothing happens (as on Windows).
pub fn uninitialize() {
    APARTMENT.with(|a| match a.get() {
        Some((model, 1)) => {
            if model == Model::MultiThreaded {
                MTA_THREADS.fetch_sub(1, Ordering::SeqCst);
            }
            a.set(None);
        }
        Some((model, count)) => a.set(Some((model, count - 1))),
        None => {}
    })
}

/// The apartment this thread runs in: its own, or the process'
/// multithreaded one when another thread has entered it.
pub fn current() -> Option<Model> {
    APARTMENT
        .with(|a| a.get())
        .map(|(model, _)| model)
        .or_else(|| (MTA_THREADS.load(Ordering::SeqCst) > 0).then_some(Model::MultiThreaded))
}

/// CoInitializeEx: `reserved` must be NULL ("Reserved; must be NULL" in the
/// documentation; a clear E_INVALIDARG rather than ignoring it).
///
/// # Safety
/// Callable from C with any arguments.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoInitializeEx(reserved: *mut c_void, coinit: u32) -> HRESULT {
    win32::abi::guard("CoInitializeEx", E_UNEXPECTED, || {
        if !reserved.is_null() || coinit & !KNOWN_FLAGS != 0 {
            return E_INVALIDARG;
        }
        initialize(model_of(coinit))
    })
}

/// CoInitialize: CoInitializeEx with COINIT_APARTMENTTHREADED.
///
/// # Safety
/// Callable from C with any arguments.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoInitialize(reserved: *mut c_void) -> HRESULT {
    // SAFETY: forwarding the caller's arguments.
    unsafe { CoInitializeEx(reserved, COINIT_APARTMENTTHREADED as u32) }
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoUninitialize() {
    win32::abi::guard("CoUninitialize", (), uninitialize)
}

/// OleInitialize: a single-threaded apartment (OLE needs one); on a thread
/// in the multithreaded apartment, RPC_E_CHANGED_MODE.
///
/// # Safety
/// Callable from C with any arguments.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OleInitialize(reserved: *mut c_void) -> HRESULT {
    // SAFETY: forwarding the caller's arguments.
    unsafe { CoInitialize(reserved) }
}

/// # Safety
/// Callable from C.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OleUninitialize() {
    // SAFETY: no arguments.
    unsafe { CoUninitialize() }
}

fn model_of(coinit: u32) -> Model {
    if coinit & COINIT_APARTMENTTHREADED as u32 != 0 {
        Model::SingleThreaded
    } else {
        Model::MultiThreaded
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use windows_sys::Win32::System::Com::COINIT_MULTITHREADED;

    /// Held by every test that enters the multithreaded apartment or needs
    /// it empty: it is process-wide.
    pub(crate) static MTA_USERS: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn on_new_thread<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        std::thread::spawn(f).join().unwrap()
    }

    #[test]
    fn calls_nest_and_the_other_model_is_refused() {
        let _mta = MTA_USERS.lock().unwrap();
        // SAFETY: test code; the arguments are valid for the calls.
        on_new_thread(|| unsafe {
            let sta = COINIT_APARTMENTTHREADED as u32;
            assert_eq!(CoInitializeEx(std::ptr::null_mut(), sta), S_OK);
            assert_eq!(CoInitializeEx(std::ptr::null_mut(), sta), S_FALSE);
            assert_eq!(CoInitialize(std::ptr::null_mut()), S_FALSE);
            assert_eq!(
                CoInitializeEx(std::ptr::null_mut(), COINIT_MULTITHREADED as u32),
                RPC_E_CHANGED_MODE
            );
            assert_eq!(current(), Some(Model::SingleThreaded));
            // Three successful calls, three CoUninitialize.
            CoUninitialize();
            CoUninitialize();
            assert_eq!(current(), Some(Model::SingleThreaded));
            CoUninitialize();
            assert_ne!(
                APARTMENT.with(|a| a.get()).map(|(m, _)| m),
                Some(Model::SingleThreaded)
            );
            // Once closed, the thread may choose the other model.
            assert_eq!(
                CoInitializeEx(std::ptr::null_mut(), COINIT_MULTITHREADED as u32),
                S_OK
            );
            CoUninitialize();
            // Unbalanced CoUninitialize does nothing.
            CoUninitialize();
        });
    }

    #[test]
    fn reserved_and_unknown_flags_are_invalid() {
        // SAFETY: test code; the arguments are valid for the calls.
        on_new_thread(|| unsafe {
            let mut x = 0u8;
            let p = (&raw mut x).cast::<c_void>();
            assert_eq!(CoInitializeEx(p, 0), E_INVALIDARG);
            assert_eq!(CoInitializeEx(std::ptr::null_mut(), 0x100), E_INVALIDARG);
            assert_eq!(APARTMENT.with(|a| a.get()), None);
        });
    }

    #[test]
    fn ole_initialize_wants_a_single_threaded_apartment() {
        let _mta = MTA_USERS.lock().unwrap();
        // SAFETY: test code; the arguments are valid for the calls.
        on_new_thread(|| unsafe {
            assert_eq!(
                CoInitializeEx(std::ptr::null_mut(), COINIT_MULTITHREADED as u32),
                S_OK
            );
            assert_eq!(OleInitialize(std::ptr::null_mut()), RPC_E_CHANGED_MODE);
            CoUninitialize();
            assert_eq!(OleInitialize(std::ptr::null_mut()), S_OK);
            assert_eq!(OleInitialize(std::ptr::null_mut()), S_FALSE);
            OleUninitialize();
            OleUninitialize();
        });
    }
}
