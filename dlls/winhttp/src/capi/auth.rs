//! WinHttpQueryAuthSchemes and WinHttpSetCredentials: the C side of
//! [`crate::auth`].

use std::ffi::c_void;

use win32::abi::bool_call;
use win32::{Win32Error, wstr};
use windows_sys::core::BOOL;

use super::{Hinternet, request};
use crate::auth::Credential;

/// # Safety
/// Each pointer is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpQueryAuthSchemes(
    h: Hinternet,
    supported: *mut u32,
    first: *mut u32,
    target: *mut u32,
) -> BOOL {
    bool_call("WinHttpQueryAuthSchemes", || {
        let r = request(h)?;
        // Windows answers 87 or ERROR_INVALID_OPERATION for a NULL
        // pointer (Wine's tests accept both); nothing is written.
        if supported.is_null() || first.is_null() || target.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let offer = r.auth_offer()?;
        // SAFETY: all three checked non-NULL, valid per the contract.
        unsafe {
            supported.write(offer.supported);
            first.write(offer.first);
            target.write(offer.target);
        }
        Ok(())
    })
}

/// # Safety
/// `user` and `password` are NULL or NUL-terminated UTF-16.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpSetCredentials(
    h: Hinternet,
    target: u32,
    scheme: u32,
    user: *const u16,
    password: *const u16,
    auth_params: *mut c_void,
) -> BOOL {
    bool_call("WinHttpSetCredentials", || {
        let r = request(h)?;
        // pAuthParams: "This parameter is reserved and must be NULL."
        if !auth_params.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract.
        let (user, password) =
            unsafe { (wstr::from_wide_ptr(user)?, wstr::from_wide_ptr(password)?) };
        r.set_credentials(target, Credential::new(target, scheme, user, password)?);
        Ok(())
    })
}
