//! The kernel object table: every kernel32 object (events, mutexes,
//! semaphores, threads, files) lives behind a handle of the foundation's
//! generational table, so one `CloseHandle` closes them all and a stale
//! handle stays invalid after its slot is reused.
//!
//! Also here: the pseudo-handles `GetCurrentProcess()` (-1) and
//! `GetCurrentThread()` (-2), `DuplicateHandle`, and the namespace of named
//! objects that `CreateEvent`/`CreateMutex`/`CreateSemaphore` share.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, handle, set_last_error, sync};
use windows_sys::Win32::Foundation::{
    DUPLICATE_CLOSE_SOURCE, ERROR_ALREADY_EXISTS, HANDLE, INVALID_HANDLE_VALUE,
};
use windows_sys::core::BOOL;

use crate::thread;
use crate::wait::Waitable;

/// A kernel object a handle can name.
pub trait KernelObject: Any + Send + Sync {
    /// The object's wait behaviour, for WaitForSingleObject & co.; None: not waitable.
    fn waitable(&self) -> Option<&dyn Waitable> {
        None
    }
}

/// The handle table stores sized values; this is the one kind kernel32 stores.
struct Entry(Arc<dyn KernelObject>);

/// `GetCurrentProcess()`: the pseudo-handle -1 (which is also
/// `INVALID_HANDLE_VALUE`, as on Windows).
pub const CURRENT_PROCESS: HANDLE = INVALID_HANDLE_VALUE;
/// `GetCurrentThread()`: the pseudo-handle -2.
pub const CURRENT_THREAD: HANDLE = -2isize as HANDLE;

/// The current process as an object, for its pseudo-handle and duplicates of
/// it. Waiting on it never ends while the process runs.
struct Process;

impl KernelObject for Process {
    fn waitable(&self) -> Option<&dyn Waitable> {
        Some(self)
    }
}

impl Waitable for Process {
    fn is_signaled(&self, _waiter: &thread::Thread) -> bool {
        false
    }
}

fn process() -> Arc<Process> {
    static PROCESS: OnceLock<Arc<Process>> = OnceLock::new();
    Arc::clone(PROCESS.get_or_init(|| Arc::new(Process)))
}

/// Issue a new handle for an object.
pub fn insert(object: Arc<dyn KernelObject>) -> Result<HANDLE, Win32Error> {
    handle::insert(Arc::new(Entry(object))).map(|h| h as HANDLE)
}

/// The object a handle names; the pseudo-handles name the current process
/// and thread. ERROR_INVALID_HANDLE for anything else.
pub fn get(handle: HANDLE) -> Result<Arc<dyn KernelObject>, Win32Error> {
    if handle == CURRENT_THREAD {
        return Ok(thread::current());
    }
    if handle == CURRENT_PROCESS {
        return Ok(process());
    }
    let entry = handle::get::<Entry>(handle as usize)?;
    Ok(Arc::clone(&entry.0))
}

/// The object a handle names, if it is a `T`; ERROR_INVALID_HANDLE otherwise.
pub fn get_as<T: KernelObject>(handle: HANDLE) -> Result<Arc<T>, Win32Error> {
    downcast(get(handle)?).ok_or(Win32Error::INVALID_HANDLE)
}

fn downcast<T: KernelObject>(object: Arc<dyn KernelObject>) -> Option<Arc<T>> {
    let any: Arc<dyn Any + Send + Sync> = object;
    any.downcast::<T>().ok()
}

/// Close a handle. Closing a pseudo-handle does nothing and succeeds, as the
/// GetCurrentProcess page says.
pub fn close(handle: HANDLE) -> Win32Result<()> {
    if handle == CURRENT_PROCESS || handle == CURRENT_THREAD {
        return Ok(());
    }
    handle::remove::<Entry>(handle as usize)?;
    Ok(())
}

/// Closes any kernel32 handle. NULL, stale handles and handles of other DLLs
/// (a WTS server handle, say) fail with ERROR_INVALID_HANDLE.
#[unsafe(no_mangle)]
pub extern "system" fn CloseHandle(object: HANDLE) -> BOOL {
    bool_call("CloseHandle", || close(object))
}

#[unsafe(no_mangle)]
pub extern "system" fn GetCurrentProcess() -> HANDLE {
    CURRENT_PROCESS
}

#[unsafe(no_mangle)]
pub extern "system" fn GetCurrentThread() -> HANDLE {
    CURRENT_THREAD
}

/// Within this process only: both process handles must name the current
/// process. Duplicating a pseudo-handle gives a real handle to the process
/// or thread, as the DuplicateHandle page describes. With
/// DUPLICATE_CLOSE_SOURCE the source is closed even when duplication fails.
///
/// # Safety
/// `target` is NULL or points to a writable HANDLE.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn DuplicateHandle(
    source_process: HANDLE,
    source: HANDLE,
    target_process: HANDLE,
    target: *mut HANDLE,
    _desired_access: u32,
    _inherit: BOOL,
    options: u32,
) -> BOOL {
    bool_call("DuplicateHandle", || {
        get_as::<Process>(source_process)?;
        let object = get(source);
        if options & DUPLICATE_CLOSE_SOURCE != 0 {
            // A pseudo-handle or an already invalid one: nothing to close.
            let _ = close(source);
        }
        let object = object?;
        get_as::<Process>(target_process)?;
        // Without a target the duplicate is made and dropped at once (the
        // page keeps this for backward compatibility).
        if !target.is_null() {
            let duplicate = insert(object)?;
            // SAFETY: the caller passes a writable HANDLE, checked non-NULL.
            unsafe { target.write(duplicate) };
        }
        Ok(())
    })
}

// ---- named objects -----------------------------------------------------------

/// Events, mutexes and semaphores share one namespace (the CreateEvent page:
/// a name used by another type fails with ERROR_INVALID_HANDLE). Names are
/// case-sensitive; the namespace is this process's, and `Local\` names the
/// session namespace a plain name lives in.
fn namespace() -> MutexGuard<'static, HashMap<String, Weak<dyn KernelObject>>> {
    static NAMES: OnceLock<Mutex<HashMap<String, Weak<dyn KernelObject>>>> = OnceLock::new();
    sync::lock(NAMES.get_or_init(Mutex::default))
}

/// An empty name is no name, as for a NULL one.
fn object_name(name: Option<String>) -> Option<String> {
    let name = name.filter(|n| !n.is_empty())?;
    Some(match name.strip_prefix("Local\\") {
        Some(rest) => rest.to_owned(),
        None => name,
    })
}

/// Create a (possibly named) object, or open the existing object of that
/// name: the handle, and whether the object already existed.
pub fn create_named<T: KernelObject>(
    name: Option<String>,
    create: impl FnOnce() -> Arc<T>,
) -> Win32Result<(HANDLE, bool)> {
    let Some(name) = object_name(name) else {
        return Ok((insert(create())?, false));
    };
    let mut names = namespace();
    if let Some(existing) = names.get(&name).and_then(Weak::upgrade) {
        let object = downcast::<T>(existing).ok_or(Win32Error::INVALID_HANDLE)?;
        return Ok((insert(object)?, true));
    }
    names.retain(|_, object| object.strong_count() > 0);
    let object: Arc<dyn KernelObject> = create();
    names.insert(name, Arc::downgrade(&object));
    Ok((insert(object)?, false))
}

/// A new handle to the named object of type `T`: ERROR_INVALID_PARAMETER
/// without a name, ERROR_FILE_NOT_FOUND when there is no such object,
/// ERROR_INVALID_HANDLE when the name belongs to another type.
pub fn open_named<T: KernelObject>(name: Option<String>) -> Win32Result<HANDLE> {
    let name = object_name(name).ok_or(Win32Error::INVALID_PARAMETER)?;
    let existing = namespace().get(&name).and_then(Weak::upgrade);
    let object = existing.ok_or(Win32Error::FILE_NOT_FOUND)?;
    insert(downcast::<T>(object).ok_or(Win32Error::INVALID_HANDLE)?)
}

/// The shape of every Create function of a named object: the handle, with
/// the last error ERROR_ALREADY_EXISTS when the name was taken (the call
/// still succeeds) and 0 otherwise; NULL with the error on failure.
pub fn create_call(
    function: &'static str,
    body: impl FnOnce() -> Win32Result<(HANDLE, bool)>,
) -> HANDLE {
    guard(function, std::ptr::null_mut(), || match body() {
        Ok((handle, existed)) => {
            set_last_error(if existed { ERROR_ALREADY_EXISTS } else { 0 });
            handle
        }
        Err(e) => {
            set_last_error(e.0);
            std::ptr::null_mut()
        }
    })
}

/// The shape of every other function that returns a new handle (Open*,
/// CreateThread): the handle with last error 0, or NULL with the error.
pub fn handle_call(function: &'static str, body: impl FnOnce() -> Win32Result<HANDLE>) -> HANDLE {
    create_call(function, || body().map(|h| (h, false)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;

    struct Plain;
    impl KernelObject for Plain {}
    struct Other;
    impl KernelObject for Other {}

    #[test]
    fn get_as_checks_the_type() {
        let h = insert(Arc::new(Plain)).unwrap();
        assert!(get_as::<Plain>(h).is_ok());
        assert_eq!(get_as::<Other>(h).err(), Some(Win32Error::INVALID_HANDLE));
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn close_handle_refuses_null_stale_and_foreign_handles() {
        let h = insert(Arc::new(Plain)).unwrap();
        assert_eq!(CloseHandle(h), 1);
        assert_eq!(get_last_error(), 0);
        for bad in [h, std::ptr::null_mut(), 0x1234 as HANDLE] {
            assert_eq!(CloseHandle(bad), 0);
            assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        }
        // A handle another DLL issued from the same table is not ours to close.
        let foreign = handle::insert(Arc::new(5u8)).unwrap();
        assert_eq!(CloseHandle(foreign as HANDLE), 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        assert!(handle::remove::<u8>(foreign).is_ok());
        // Pseudo-handles close without effect.
        assert_eq!(CloseHandle(GetCurrentProcess()), 1);
        assert_eq!(CloseHandle(GetCurrentThread()), 1);
        assert!(get(GetCurrentThread()).is_ok());
    }

    #[test]
    fn duplicate_handle_shares_the_object_and_can_close_the_source() {
        let plain = Arc::new(Plain);
        let h = insert(plain.clone()).unwrap();
        let mut dup: HANDLE = std::ptr::null_mut();
        let me = GetCurrentProcess();
        // SAFETY: `dup` is a writable HANDLE.
        let ok = unsafe { DuplicateHandle(me, h, me, &mut dup, 0, 0, DUPLICATE_CLOSE_SOURCE) };
        assert_eq!(ok, 1);
        assert_ne!(dup, h);
        assert!(get(h).is_err());
        assert!(Arc::ptr_eq(&get_as::<Plain>(dup).unwrap(), &plain));
        // Another process handle is refused.
        // SAFETY: as above.
        let bad = unsafe { DuplicateHandle(dup, dup, me, &mut dup, 0, 0, 0) };
        assert_eq!(bad, 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        assert_eq!(CloseHandle(dup), 1);
    }

    #[test]
    fn duplicating_the_thread_pseudo_handle_gives_a_real_handle() {
        let mut dup: HANDLE = std::ptr::null_mut();
        let me = GetCurrentProcess();
        // SAFETY: `dup` is a writable HANDLE.
        let ok = unsafe { DuplicateHandle(me, GetCurrentThread(), me, &mut dup, 0, 0, 0) };
        assert_eq!(ok, 1);
        assert_ne!(dup, GetCurrentThread());
        let thread = get_as::<thread::Thread>(dup).unwrap();
        assert!(Arc::ptr_eq(&thread, &thread::current()));
        assert_eq!(CloseHandle(dup), 1);
    }

    #[test]
    fn names_share_objects_and_types_do_not_mix() {
        let name = || Some(String::from("object-test-name"));
        let (a, existed) = create_named(name(), || Arc::new(Plain)).unwrap();
        assert!(!existed);
        let (b, existed) =
            create_named(Some("Local\\object-test-name".into()), || Arc::new(Plain)).unwrap();
        assert!(existed);
        assert!(Arc::ptr_eq(
            &get_as::<Plain>(a).unwrap(),
            &get_as::<Plain>(b).unwrap()
        ));
        assert_eq!(
            create_named(name(), || Arc::new(Other)).err(),
            Some(Win32Error::INVALID_HANDLE)
        );
        assert_eq!(
            open_named::<Other>(name()).err(),
            Some(Win32Error::INVALID_HANDLE)
        );
        let c = open_named::<Plain>(name()).unwrap();
        for h in [a, b, c] {
            assert_eq!(CloseHandle(h), 1);
        }
        // The name dies with its last handle.
        assert_eq!(
            open_named::<Plain>(name()).err(),
            Some(Win32Error::FILE_NOT_FOUND)
        );
        assert_eq!(
            open_named::<Plain>(None).err(),
            Some(Win32Error::INVALID_PARAMETER)
        );
    }
}
