//! advapi32's LookupAccountSidW/A for the SIDs this library hands out.
//!
//! wtsapi32 gives each process's user as S-1-22-1-UID (Samba's Unix-user
//! SID, `win32::account`); programs that list processes turn it back into
//! `DOMAIN\name` with LookupAccountSid. A Unix user's domain is Samba's
//! "Unix User"; the local system's well-known SIDs have Windows' names.

use win32::abi::bool_call;
use win32::account::{Sid, user_name};
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::{ERROR_INVALID_SID, ERROR_NONE_MAPPED};
use windows_sys::Win32::Security::{PSID, SID_NAME_USE, SidTypeUser, SidTypeWellKnownGroup};
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

use crate::string::{Char, read_arg};

/// The account a SID names: (name, domain, kind), or ERROR_NONE_MAPPED.
fn account_of(sid: &Sid) -> Win32Result<(String, &'static str, SID_NAME_USE)> {
    if let Some(uid) = sid.unix_uid() {
        return user_name(uid)
            .map(|name| (name, "Unix User", SidTypeUser))
            .ok_or(Win32Error(ERROR_NONE_MAPPED));
    }
    let well_known = match (sid.authority, sid.sub_authorities.as_slice()) {
        (1, [0]) => ("Everyone", ""),
        (5, [18]) => ("SYSTEM", "NT AUTHORITY"),
        (5, [19]) => ("LOCAL SERVICE", "NT AUTHORITY"),
        (5, [20]) => ("NETWORK SERVICE", "NT AUTHORITY"),
        _ => return Err(Win32Error(ERROR_NONE_MAPPED)),
    };
    Ok((well_known.0.to_owned(), well_known.1, SidTypeWellKnownGroup))
}

/// One body for both forms. The page's rules: when either buffer is too
/// small, both counts become the sizes needed (with the terminator) and the
/// call fails with ERROR_INSUFFICIENT_BUFFER; on success they are the
/// lengths copied (without it). Only this system can be asked.
///
/// # Safety
/// Each pointer is NULL or valid: `sid` for a whole SID, the counts for
/// reading and writing, each buffer for its count of units.
#[allow(clippy::too_many_arguments)]
unsafe fn lookup_account_sid<C: Char>(
    system: *const C,
    sid: PSID,
    name: *mut C,
    name_len: *mut u32,
    domain: *mut C,
    domain_len: *mut u32,
    kind: *mut SID_NAME_USE,
) -> BOOL {
    bool_call("LookupAccountSid", || {
        // SAFETY: the caller's contract.
        let system = unsafe { read_arg(system) }?.unwrap_or_default();
        if !(system.is_empty() || system == ".") {
            return Err(Win32Error::NOT_SUPPORTED);
        }
        if sid.is_null() || name_len.is_null() || domain_len.is_null() || kind.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: a SID starts with its revision and sub-authority count,
        // which give its length.
        let header = unsafe { std::ptr::read(sid.cast::<[u8; 2]>()) };
        // SAFETY: the caller passes a whole SID.
        let bytes = unsafe { std::slice::from_raw_parts(sid.cast::<u8>(), Sid::length(header)) };
        let sid = Sid::parse(bytes).ok_or(Win32Error(ERROR_INVALID_SID))?;
        let (account, domain_name, account_kind) = account_of(&sid)?;
        let (account, domain_name) = (C::encode(&account), C::encode(domain_name));
        // SAFETY: the counts are valid per the caller's contract.
        let (have_name, have_domain) = unsafe { (*name_len, *domain_len) };
        let fits = |units: &[C], have: u32, buffer: *mut C| {
            !buffer.is_null() && (units.len() as u64) < u64::from(have)
        };
        if !fits(&account, have_name, name) || !fits(&domain_name, have_domain, domain) {
            // SAFETY: as above.
            unsafe {
                *name_len = account.len() as u32 + 1;
                *domain_len = domain_name.len() as u32 + 1;
            }
            return Err(Win32Error::INSUFFICIENT_BUFFER);
        }
        // SAFETY: each buffer holds more units than its text, checked above.
        unsafe {
            for (text, buffer, len) in [
                (&account, name, name_len),
                (&domain_name, domain, domain_len),
            ] {
                std::ptr::copy_nonoverlapping(text.as_ptr(), buffer, text.len());
                *buffer.add(text.len()) = C::default();
                *len = text.len() as u32;
            }
            *kind = account_kind;
        }
        Ok(())
    })
}

/// # Safety
/// See `lookup_account_sid`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LookupAccountSidW(
    system: PCWSTR,
    sid: PSID,
    name: PWSTR,
    name_len: *mut u32,
    domain: PWSTR,
    domain_len: *mut u32,
    kind: *mut SID_NAME_USE,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { lookup_account_sid(system, sid, name, name_len, domain, domain_len, kind) }
}

/// # Safety
/// See `lookup_account_sid`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LookupAccountSidA(
    system: PCSTR,
    sid: PSID,
    name: PSTR,
    name_len: *mut u32,
    domain: PSTR,
    domain_len: *mut u32,
    kind: *mut SID_NAME_USE,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { lookup_account_sid(system, sid, name, name_len, domain, domain_len, kind) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr::null;
    use win32::account::unix_user_sid;
    use win32::get_last_error;
    use windows_sys::Win32::Foundation::ERROR_INSUFFICIENT_BUFFER;

    fn lookup(sid: &[u8], name_room: u32) -> (BOOL, String, String, u32, u32, SID_NAME_USE) {
        let (mut name, mut domain) = ([0u16; 64], [0u16; 64]);
        let (mut name_len, mut domain_len, mut kind) = (name_room, 64, 0);
        // SAFETY: the buffers hold 64 units and the counts say no more.
        let ok = unsafe {
            LookupAccountSidW(
                null(),
                sid.as_ptr() as PSID,
                name.as_mut_ptr(),
                &mut name_len,
                domain.as_mut_ptr(),
                &mut domain_len,
                &mut kind,
            )
        };
        let text =
            |b: &[u16]| String::from_utf16_lossy(&b[..b.iter().position(|&c| c == 0).unwrap_or(0)]);
        (ok, text(&name), text(&domain), name_len, domain_len, kind)
    }

    #[test]
    fn unix_users_and_well_known_sids_are_named() {
        let (ok, name, domain, name_len, domain_len, kind) = lookup(&unix_user_sid(0), 64);
        assert_ne!(ok, 0);
        assert_eq!(
            (name.as_str(), domain.as_str(), kind),
            ("root", "Unix User", SidTypeUser)
        );
        assert_eq!((name_len, domain_len), (4, 9));
        let system = [1u8, 1, 0, 0, 0, 0, 0, 5, 18, 0, 0, 0];
        let (ok, name, domain, ..) = lookup(&system, 64);
        assert_ne!(ok, 0);
        assert_eq!((name.as_str(), domain.as_str()), ("SYSTEM", "NT AUTHORITY"));
    }

    #[test]
    fn small_buffers_learn_both_sizes_and_unknown_sids_fail() {
        let (ok, _, _, name_len, domain_len, _) = lookup(&unix_user_sid(0), 4);
        assert_eq!(ok, 0);
        assert_eq!(get_last_error(), ERROR_INSUFFICIENT_BUFFER);
        assert_eq!((name_len, domain_len), (5, 10));
        let (ok, ..) = lookup(&unix_user_sid(0x7fff_fff0), 64);
        assert_eq!(ok, 0);
        assert_eq!(get_last_error(), ERROR_NONE_MAPPED);
        let (ok, ..) = lookup(&[2, 0, 0, 0, 0, 0, 0, 5], 64);
        assert_eq!(ok, 0);
        assert_eq!(get_last_error(), ERROR_INVALID_SID);
    }
}
