//! Accounts as the Win32 APIs name them: a Unix user is the SID Samba gives
//! it, S-1-22-1-UID (README, Terminal Services), and its name comes from the
//! user database. wtsapi32 hands these SIDs out with its processes, and
//! advapi32's LookupAccountSid (kernel32 crate) reads them back.

use std::ffi::CStr;

/// The login name of a uid, if the user database knows it.
pub fn user_name(uid: u32) -> Option<String> {
    // SAFETY: passwd is plain data; all-zero is a valid (empty) value.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 4096];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are valid for the sizes given.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() || pwd.pw_name.is_null() {
        return None;
    }
    // SAFETY: getpwuid_r succeeded, so pw_name points into `buf`.
    Some(
        unsafe { CStr::from_ptr(pwd.pw_name) }
            .to_string_lossy()
            .into_owned(),
    )
}

/// The uid and primary gid of a login name, if the user database knows it.
fn passwd_ids(name: &str) -> Option<(u32, u32)> {
    let name = std::ffi::CString::new(name).ok()?;
    // SAFETY: passwd is plain data; all-zero is a valid (empty) value.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 4096];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: `name` is NUL-terminated and all pointers are valid for the
    // sizes given.
    let rc = unsafe {
        libc::getpwnam_r(
            name.as_ptr(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    (rc == 0 && !result.is_null()).then_some((pwd.pw_uid, pwd.pw_gid))
}

/// The uid of a login name.
pub fn uid_of(name: &str) -> Option<u32> {
    passwd_ids(name).map(|(uid, _)| uid)
}

/// Whether the local account `user` belongs to the local `group`, as its
/// primary group or as a listed member (getgrouplist).
pub fn user_in_group(user: &str, group: &str) -> bool {
    let (Some((_, primary)), Ok(cuser), Ok(cgroup)) = (
        passwd_ids(user),
        std::ffi::CString::new(user),
        std::ffi::CString::new(group),
    ) else {
        return false;
    };
    // SAFETY: group is plain data; all-zero is a valid (empty) value.
    let mut grp: libc::group = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16384];
    let mut result: *mut libc::group = std::ptr::null_mut();
    // SAFETY: `cgroup` is NUL-terminated and all pointers are valid for the
    // sizes given.
    let rc = unsafe {
        libc::getgrnam_r(
            cgroup.as_ptr(),
            &mut grp,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    if rc != 0 || result.is_null() {
        return false;
    }
    let mut groups = vec![0 as libc::gid_t; 256];
    let mut n = groups.len() as libc::c_int;
    // SAFETY: `groups` holds `n` entries; getgrouplist writes at most that
    // many and sets `n` to the count.
    let rc = unsafe { libc::getgrouplist(cuser.as_ptr(), primary, groups.as_mut_ptr(), &mut n) };
    if rc < 0 {
        return false;
    }
    groups.truncate(usize::try_from(n).unwrap_or(0));
    groups.contains(&grp.gr_gid)
}

/// S-1-22-1-UID, the SID Samba gives a Unix user, in binary form (a SID's
/// layout: revision, sub-authority count, 48-bit big-endian identifier
/// authority, little-endian 32-bit sub-authorities).
pub fn unix_user_sid(uid: u32) -> [u8; 16] {
    let mut sid = [0u8; 16];
    sid[0] = 1; // revision
    sid[1] = 2; // sub-authority count
    sid[7] = UNIX_AUTHORITY as u8;
    sid[8..12].copy_from_slice(&UNIX_USERS.to_le_bytes());
    sid[12..16].copy_from_slice(&uid.to_le_bytes());
    sid
}

/// Samba's identifier authority for Unix accounts, and its first
/// sub-authority for users.
const UNIX_AUTHORITY: u64 = 22;
const UNIX_USERS: u32 = 1;

/// A SID's identifier authority and sub-authorities.
#[derive(Debug, PartialEq, Eq)]
pub struct Sid {
    pub authority: u64,
    pub sub_authorities: Vec<u32>,
}

impl Sid {
    /// Read a binary SID; None unless it is revision 1 with at most 15
    /// sub-authorities, all within `bytes`.
    pub fn parse(bytes: &[u8]) -> Option<Sid> {
        let (&revision, rest) = bytes.split_first()?;
        let (&count, rest) = rest.split_first()?;
        if revision != 1 || count > 15 || rest.len() < 6 + 4 * usize::from(count) {
            return None;
        }
        let authority = rest[..6].iter().fold(0u64, |a, &b| a << 8 | u64::from(b));
        let sub_authorities = rest[6..6 + 4 * usize::from(count)]
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        Some(Sid {
            authority,
            sub_authorities,
        })
    }

    /// The binary length of a SID whose first two bytes are `header`.
    pub fn length(header: [u8; 2]) -> usize {
        8 + 4 * usize::from(header[1])
    }

    /// The uid of a Unix-user SID (S-1-22-1-UID).
    pub fn unix_uid(&self) -> Option<u32> {
        match (self.authority, self.sub_authorities.as_slice()) {
            (UNIX_AUTHORITY, [UNIX_USERS, uid]) => Some(*uid),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_user_sids_round_trip() {
        let sid = unix_user_sid(1000);
        assert_eq!(Sid::length([sid[0], sid[1]]), 16);
        let parsed = Sid::parse(&sid).unwrap();
        assert_eq!(parsed.authority, 22);
        assert_eq!(parsed.sub_authorities, vec![1, 1000]);
        assert_eq!(parsed.unix_uid(), Some(1000));
        assert_eq!(Sid::parse(&sid[..15]), None);
        assert_eq!(Sid::parse(&[2, 0, 0, 0, 0, 0, 0, 5]), None);
        assert_eq!(user_name(0).as_deref(), Some("root"));
        assert_eq!(uid_of("root"), Some(0));
        assert_eq!(uid_of("no such user here"), None);
        assert!(user_in_group("root", "root"));
        assert!(!user_in_group("root", "no-such-group"));
    }
}
