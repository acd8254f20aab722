//! Semaphore objects: CreateSemaphore(Ex), OpenSemaphore, ReleaseSemaphore.

use std::ffi::c_char;
use std::sync::{Arc, Mutex, MutexGuard};

use win32::abi::bool_call;
use win32::wstr::{from_ansi_ptr, from_wide_ptr};
use win32::{Win32Error, Win32Result, sync};
use windows_sys::Win32::Foundation::{ERROR_TOO_MANY_POSTS, HANDLE};
use windows_sys::Win32::Security::SECURITY_ATTRIBUTES;
use windows_sys::core::BOOL;

use crate::object::{self, KernelObject, create_call, create_named, handle_call, open_named};
use crate::thread::Thread;
use crate::wait::{Waitable, signal};

/// A counting semaphore.
pub struct Semaphore {
    maximum: i32,
    count: Mutex<i32>,
}

impl Semaphore {
    /// The CreateSemaphore page: 0 <= initial <= maximum and maximum > 0,
    /// else ERROR_INVALID_PARAMETER.
    pub fn new(initial: i32, maximum: i32) -> Win32Result<Arc<Self>> {
        if maximum <= 0 || initial < 0 || initial > maximum {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        Ok(Arc::new(Self {
            maximum,
            count: Mutex::new(initial),
        }))
    }

    fn count(&self) -> MutexGuard<'_, i32> {
        sync::lock(&self.count)
    }

    /// ReleaseSemaphore with the wait lock held: the previous count, or
    /// ERROR_TOO_MANY_POSTS (count unchanged) past the maximum.
    pub fn release_locked(&self, release: i32) -> Win32Result<i32> {
        if release <= 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let mut count = self.count();
        let previous = *count;
        if release > self.maximum - previous {
            return Err(Win32Error(ERROR_TOO_MANY_POSTS));
        }
        *count += release;
        Ok(previous)
    }
}

impl KernelObject for Semaphore {
    fn waitable(&self) -> Option<&dyn Waitable> {
        Some(self)
    }
}

impl Waitable for Semaphore {
    fn is_signaled(&self, _waiter: &Thread) -> bool {
        *self.count() > 0
    }

    fn satisfy(&self, _waiter: &Thread) -> bool {
        *self.count() -= 1;
        false
    }
}

/// The counts are checked before the name is looked up; an existing
/// semaphore of that name keeps its own counts.
fn create_semaphore(name: Win32Result<Option<String>>, initial: i32, maximum: i32) -> HANDLE {
    create_call("CreateSemaphore", || {
        let semaphore = Semaphore::new(initial, maximum)?;
        create_named(name?, || semaphore)
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateSemaphoreW(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_count: i32,
    maximum_count: i32,
    name: *const u16,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_semaphore(unsafe { from_wide_ptr(name) }, initial_count, maximum_count)
}

/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateSemaphoreA(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_count: i32,
    maximum_count: i32,
    name: *const c_char,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_semaphore(unsafe { from_ansi_ptr(name) }, initial_count, maximum_count)
}

/// `flags` is reserved (the page says 0) and ignored.
///
/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string; the attributes and
/// access mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateSemaphoreExW(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_count: i32,
    maximum_count: i32,
    name: *const u16,
    _flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_semaphore(unsafe { from_wide_ptr(name) }, initial_count, maximum_count)
}

/// `flags` is reserved (the page says 0) and ignored.
///
/// # Safety
/// `name` is NULL or a NUL-terminated string; the attributes and access
/// mask are ignored.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateSemaphoreExA(
    _attributes: *const SECURITY_ATTRIBUTES,
    initial_count: i32,
    maximum_count: i32,
    name: *const c_char,
    _flags: u32,
    _desired_access: u32,
) -> HANDLE {
    // SAFETY: the caller passes NULL or a terminated string.
    create_semaphore(unsafe { from_ansi_ptr(name) }, initial_count, maximum_count)
}

/// # Safety
/// `name` is NULL or a NUL-terminated UTF-16 string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenSemaphoreW(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const u16,
) -> HANDLE {
    handle_call("OpenSemaphoreW", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Semaphore>(unsafe { from_wide_ptr(name) }?)
    })
}

/// # Safety
/// `name` is NULL or a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn OpenSemaphoreA(
    _desired_access: u32,
    _inherit: BOOL,
    name: *const c_char,
) -> HANDLE {
    handle_call("OpenSemaphoreA", || {
        // SAFETY: the caller passes NULL or a terminated string.
        open_named::<Semaphore>(unsafe { from_ansi_ptr(name) }?)
    })
}

/// Adds `release_count` (> 0, else ERROR_INVALID_PARAMETER); past the
/// maximum nothing changes and the call fails with ERROR_TOO_MANY_POSTS.
/// The previous count goes to `previous_count` when it is not NULL.
///
/// # Safety
/// `previous_count` is NULL or points to a writable LONG.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ReleaseSemaphore(
    semaphore: HANDLE,
    release_count: i32,
    previous_count: *mut i32,
) -> BOOL {
    bool_call("ReleaseSemaphore", || {
        let object = object::get_as::<Semaphore>(semaphore)?;
        let previous = signal(|| object.release_locked(release_count))?;
        if !previous_count.is_null() {
            // SAFETY: the caller passes a writable LONG, checked non-NULL.
            unsafe { previous_count.write(previous) };
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::CloseHandle;
    use crate::wait::WaitForSingleObject;
    use std::ptr::{null, null_mut};
    use std::time::Duration;
    use win32::get_last_error;
    use windows_sys::Win32::Foundation::{ERROR_ALREADY_EXISTS, WAIT_OBJECT_0, WAIT_TIMEOUT};

    fn semaphore(initial: i32, maximum: i32) -> HANDLE {
        // SAFETY: NULL attributes and name are allowed.
        unsafe { CreateSemaphoreW(null(), initial, maximum, null()) }
    }

    fn release(h: HANDLE, n: i32) -> (BOOL, i32) {
        let mut previous = -1;
        // SAFETY: `previous` is a writable LONG.
        let ok = unsafe { ReleaseSemaphore(h, n, &mut previous) };
        (ok, previous)
    }

    #[test]
    fn counts_limits_and_previous_count() {
        let s = semaphore(1, 3);
        assert_eq!(WaitForSingleObject(s, 0), WAIT_OBJECT_0);
        assert_eq!(WaitForSingleObject(s, 0), WAIT_TIMEOUT);
        assert_eq!(release(s, 2), (1, 0));
        assert_eq!(release(s, 1), (1, 2));
        // Full: one more is too many, and the count is unchanged.
        assert_eq!(release(s, 1), (0, -1));
        assert_eq!(get_last_error(), ERROR_TOO_MANY_POSTS);
        assert_eq!(release(s, 0).0, 0);
        assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        for _ in 0..3 {
            assert_eq!(WaitForSingleObject(s, 0), WAIT_OBJECT_0);
        }
        assert_eq!(WaitForSingleObject(s, 0), WAIT_TIMEOUT);
        // SAFETY: NULL previous count is allowed.
        assert_eq!(unsafe { ReleaseSemaphore(s, 1, null_mut()) }, 1);
        assert_eq!(CloseHandle(s), 1);
    }

    #[test]
    fn invalid_counts_fail() {
        for (initial, maximum) in [(0, 0), (-1, 1), (2, 1)] {
            assert!(semaphore(initial, maximum).is_null());
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
        }
    }

    #[test]
    fn a_release_wakes_a_waiter() {
        let s = semaphore(0, 1);
        let hs = s as usize;
        let waiter = std::thread::spawn(move || WaitForSingleObject(hs as HANDLE, 5000));
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(release(s, 1), (1, 0));
        assert_eq!(waiter.join().unwrap(), WAIT_OBJECT_0);
        assert_eq!(CloseHandle(s), 1);
    }

    #[test]
    fn named_semaphores_are_shared() {
        // SAFETY: the name is terminated.
        let a = unsafe { CreateSemaphoreA(null(), 0, 2, c"semaphore-test".as_ptr()) };
        // SAFETY: as above.
        let b = unsafe { CreateSemaphoreA(null(), 2, 2, c"semaphore-test".as_ptr()) };
        assert_eq!(get_last_error(), ERROR_ALREADY_EXISTS);
        // The first create's counts hold.
        assert_eq!(WaitForSingleObject(b, 0), WAIT_TIMEOUT);
        assert_eq!(release(a, 1), (1, 0));
        assert_eq!(WaitForSingleObject(b, 0), WAIT_OBJECT_0);
        assert_eq!(CloseHandle(a), 1);
        assert_eq!(CloseHandle(b), 1);
    }
}
