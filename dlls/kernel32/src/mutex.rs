//! Mutex objects ("mutants"): CreateMutex(Ex), OpenMutex, ReleaseMutex,
//! recursive ownership, and abandonment when the owner exits.

use std::ffi::c_char;
use std::sync::{Arc, Mutex, MutexGuard, Weak};

use win32::abi::bool_call;
use win32::wstr::{from_ansi_ptr, from_wide_ptr};
use win32::{Win32Error, Win32Result, sync};
use windows_sys::Win32::Foundation::{ERROR_NOT_OWNER, HANDLE};
use windows_sys::Win32::Security::SECURITY_ATTRIBUTES;
use windows_sys::Win32::System::Threading::CREATE_MUTEX_INITIAL_OWNER;
use windows_sys::core::BOOL;

use crate::object::{self, KernelObject, create_call, create_named, handle_call, open_named};
use crate::thread::{self, Thread};
use crate::wait::{Waitable, signal};

/// A mutex object; owned by a thread id, recursively.
pub struct Mutant {
    /// Itself, for the owner's list of owned mutexes.
    this: Weak<Mutant>,
    state: Mutex<MutantState>,
}

#[derive(Default)]
struct MutantState {
    owner: Option<u32>,
    recursion: u32,
    /// The owner exited holding it; the next wait to take it learns so.
    abandoned: bool,
}

impl Mutant {
    /// A new mutex, owned by `owner` when given.
    pub fn new(owner: Option<&Thread>) -> Arc<Self> {
        let mutant = Arc::new_cyclic(|this| Self {
            this: this.clone(),
            state: Mutex::default(),
        });
        if let Some(owner) = owner {
            mutant.take(owner);
        }
        mutant
    }

    fn state(&self) -> MutexGuard<'_, MutantState> {
        sync::lock(&self.state)
    }

    /// Acquire (once more) for `thread`; whether it had been abandoned.
    fn take(&self, thread: &Thread) -> bool {
        let mut state = self.state();
        state.recursion = state.recursion.saturating_add(1);
        let abandoned = std::mem::take(&mut state.abandoned);
        if state.owner.is_none() {
            state.owner = Some(thread.tid());
            drop(state);
            thread.own(self.this.clone());
        }
        abandoned
    }

    /// ReleaseMutex for `thread`, with the wait lock held: ERROR_NOT_OWNER
    /// unless it owns the mutex.
    pub fn release_locked(&self, thread: &Thread) -> Win32Result<()> {
        let mut state = self.state();
        if state.owner != Some(thread.tid()) {
            return Err(Win32Error(ERROR_NOT_OWNER));
        }
        state.recursion -= 1;
        if state.recursion == 0 {
            state.owner = None;
            drop(state);
            thread.disown(&self.this);
        }
        Ok(())
    }

    /// The owner `tid` exited: the mutex becomes free and abandoned (with the
    /// wait lock held).
    pub fn abandon_locked(&self, tid: u32) {
        let mut state = self.state();
        if state.owner == Some(tid) {
            *state = MutantState {
                abandoned: true,
                ..MutantState::default()
            };
        }
    }
}

impl KernelObject for Mutant {
    fn waitable(&self) -> Option<&dyn Waitable> {
        Some(self)
    }
}

impl Waitable for Mutant {
    fn is_signaled(&self, waiter: &Thread) -> bool {
        let state = self.state();
        state.owner.is_none() || state.owner == Some(waiter.tid())
    }

    fn satisfy(&self, waiter: &Thread) -> bool {
        self.take(waiter)
    }
}

/// An existing mutex of that name is opened as it is; `initial_owner` is
/// then ignored (CreateMutex page).
fn create_mutex(name: Win32Result<Option<String>>, initial_owner: bool) -> HANDLE {
    create_call("CreateMutex", || {
        create_named(name?, || {
            Mutant::new(initial_owner.then(thread::current).as_deref())
        })
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateMutexW(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_owner: BOOL,
    name: *const u16,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_mutex(unsafe { from_wide_ptr(name) }, initial_owner != 0)
}

/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateMutexA(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_owner: BOOL,
    name: *const c_char,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_mutex(unsafe { from_ansi_ptr(name) }, initial_owner != 0)
}

/// The one flag is CREATE_MUTEX_INITIAL_OWNER; others fail with
/// ERROR_INVALID_PARAMETER.
fn create_mutex_ex(name: Win32Result<Option<String>>, flags: u32) -> HANDLE {
    if flags & !CREATE_MUTEX_INITIAL_OWNER != 0 {
        return create_call("CreateMutexEx", || Err(Win32Error::INVALID_PARAMETER));
    }
    create_mutex(name, flags & CREATE_MUTEX_INITIAL_OWNER != 0)
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes and
/// access mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateMutexExW(
    _attributes: *const SECURITY_ATTRIBUTES,
    name: *const u16,
    flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_mutex_ex(unsafe { from_wide_ptr(name) }, flags)
}

/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes and access
/// mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateMutexExA(
    _attributes: *const SECURITY_ATTRIBUTES,
    name: *const c_char,
    flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_mutex_ex(unsafe { from_ansi_ptr(name) }, flags)
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenMutexW(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const u16,
) -> HANDLE {
    handle_call("OpenMutexW", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Mutant>(unsafe { from_wide_ptr(name) }?)
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenMutexA(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const c_char,
) -> HANDLE {
    handle_call("OpenMutexA", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Mutant>(unsafe { from_ansi_ptr(name) }?)
    })
}

/// Gives up one level of ownership; ERROR_NOT_OWNER when the calling thread
/// does not own the mutex.
#[unsafe(no_mangle)]
pub extern "system" fn ReleaseMutex(mutex: HANDLE) -> BOOL {
    bool_call("ReleaseMutex", || {
        let mutant = object::get_as::<Mutant>(mutex)?;
        let me = thread::current();
        signal(|| mutant.release_locked(&me))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::CloseHandle;
    use crate::wait::{WaitForMultipleObjects, WaitForSingleObject};
    use std::ptr::null;
    use win32::get_last_error;
    use windows_sys::Win32::Foundation::{
        ERROR_ALREADY_EXISTS, WAIT_ABANDONED, WAIT_ABANDONED_0, WAIT_OBJECT_0, WAIT_TIMEOUT,
    };

    fn mutex(owned: bool) -> HANDLE {
        // SAFETY: NULL attributes and name are allowed.
        unsafe { CreateMutexW(null(), owned.into(), null()) }
    }

    /// Run `f` on another thread and return its result.
    fn elsewhere<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
        std::thread::spawn(f).join().unwrap()
    }

    #[test]
    fn ownership_is_recursive_and_per_thread() {
        let m = mutex(true);
        let hm = m as usize;
        assert_eq!(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
        // Owned twice now: another thread cannot take it ...
        assert_eq!(
            elsewhere(move || WaitForSingleObject(hm as HANDLE, 0)),
            WAIT_TIMEOUT
        );
        // ... nor release it.
        assert_eq!(
            elsewhere(move || (ReleaseMutex(hm as HANDLE), get_last_error())),
            (0, ERROR_NOT_OWNER)
        );
        assert_eq!(ReleaseMutex(m), 1);
        assert_eq!(
            elsewhere(move || WaitForSingleObject(hm as HANDLE, 0)),
            WAIT_TIMEOUT
        );
        assert_eq!(ReleaseMutex(m), 1);
        assert_eq!(ReleaseMutex(m), 0);
        assert_eq!(get_last_error(), ERROR_NOT_OWNER);
        // Free: another thread takes it and releases it.
        assert_eq!(
            elsewhere(move || {
                let got = WaitForSingleObject(hm as HANDLE, 0);
                (got, ReleaseMutex(hm as HANDLE))
            }),
            (WAIT_OBJECT_0, 1)
        );
        assert_eq!(CloseHandle(m), 1);
    }

    #[test]
    fn an_exited_owner_abandons_the_mutex() {
        let m = mutex(false);
        let hm = m as usize;
        elsewhere(move || {
            assert_eq!(WaitForSingleObject(hm as HANDLE, 0), WAIT_OBJECT_0);
            // Exits owning it.
        });
        assert_eq!(WaitForSingleObject(m, 1000), WAIT_ABANDONED);
        // Now owned normally by this thread.
        assert_eq!(WaitForSingleObject(m, 0), WAIT_OBJECT_0);
        assert_eq!(ReleaseMutex(m), 1);
        assert_eq!(ReleaseMutex(m), 1);
        assert_eq!(ReleaseMutex(m), 0);

        // In WaitForMultipleObjects the index comes with WAIT_ABANDONED_0.
        let other = mutex(false);
        let ho = other as usize;
        elsewhere(move || {
            assert_eq!(WaitForSingleObject(ho as HANDLE, 0), WAIT_OBJECT_0);
        });
        let handles = [m, other];
        // SAFETY: `handles` holds 2 handles.
        let r = unsafe { WaitForMultipleObjects(2, handles.as_ptr(), 0, 0) };
        assert_eq!(r, WAIT_OBJECT_0);
        // SAFETY: as above; `m` is owned by us, `other` abandoned.
        let r = unsafe { WaitForMultipleObjects(2, handles.as_ptr(), 1, 0) };
        assert_eq!(r, WAIT_ABANDONED_0 + 1);
        for h in handles {
            assert_eq!(CloseHandle(h), 1);
        }
    }

    #[test]
    fn named_mutex_ignores_initial_owner_the_second_time() {
        let name = win32::wstr::to_wide_nul("mutex-test-name");
        // SAFETY: `name` is terminated.
        let a = unsafe { CreateMutexW(null(), 0, name.as_ptr()) };
        assert_eq!(get_last_error(), 0);
        let ha = a as usize;
        let second = elsewhere(move || {
            let name = win32::wstr::to_wide_nul("mutex-test-name");
            // SAFETY: `name` is terminated.
            let b = unsafe { CreateMutexExW(null(), name.as_ptr(), CREATE_MUTEX_INITIAL_OWNER, 0) };
            let error = get_last_error();
            // Not owned by this thread: the initial owner flag was ignored.
            let release = ReleaseMutex(b);
            CloseHandle(b);
            (error, release, WaitForSingleObject(ha as HANDLE, 0))
        });
        assert_eq!(second, (ERROR_ALREADY_EXISTS, 0, WAIT_OBJECT_0));
        assert_eq!(CloseHandle(a), 1);
    }
}
