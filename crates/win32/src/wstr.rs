//! UTF-16 ("W") and ANSI ("A") strings at the C boundary.
//!
//! W functions are native. A functions use UTF-8 as the ANSI code page: on
//! Linux that is what `char *` text already is, and it round-trips every
//! name the host has. Invalid sequences from C become U+FFFD.

use std::ffi::{CStr, c_char};

use crate::Win32Error;

/// Longest string accepted from C, in code units; guards against a missing
/// terminator running through memory.
pub const MAX_INPUT_UNITS: usize = 1 << 20;

/// Read a NUL-terminated UTF-16 string. `None` for a NULL pointer.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated UTF-16 string.
pub unsafe fn from_wide_ptr(p: *const u16) -> Result<Option<String>, Win32Error> {
    if p.is_null() {
        return Ok(None);
    }
    let mut len = 0;
    // SAFETY: the caller guarantees a terminated string; we stop at the NUL.
    while unsafe { *p.add(len) } != 0 {
        len += 1;
        if len > MAX_INPUT_UNITS {
            return Err(Win32Error::INVALID_PARAMETER);
        }
    }
    // SAFETY: `len` units before the terminator were just read.
    let units = unsafe { std::slice::from_raw_parts(p, len) };
    Ok(Some(String::from_utf16_lossy(units)))
}

/// Read a NUL-terminated ANSI (UTF-8) string. `None` for a NULL pointer.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated byte string.
pub unsafe fn from_ansi_ptr(p: *const c_char) -> Result<Option<String>, Win32Error> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: the caller guarantees a terminated string.
    let s = unsafe { CStr::from_ptr(p) };
    if s.count_bytes() > MAX_INPUT_UNITS {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    Ok(Some(s.to_string_lossy().into_owned()))
}

/// Read exactly `bytes` bytes of UTF-16 (a length-counted W argument such as
/// WTSSendMessage's title), stopping early at a NUL.
///
/// # Safety
/// `p` points to at least `bytes` readable bytes.
pub unsafe fn from_wide_counted(p: *const u16, bytes: usize) -> String {
    // SAFETY: the caller guarantees `bytes` readable bytes.
    let units = unsafe { std::slice::from_raw_parts(p, bytes / 2) };
    let end = units.iter().position(|&u| u == 0).unwrap_or(units.len());
    String::from_utf16_lossy(&units[..end])
}

/// Read exactly `bytes` bytes of ANSI text, stopping early at a NUL.
///
/// # Safety
/// `p` points to at least `bytes` readable bytes.
pub unsafe fn from_ansi_counted(p: *const c_char, bytes: usize) -> String {
    // SAFETY: the caller guarantees `bytes` readable bytes.
    let raw = unsafe { std::slice::from_raw_parts(p.cast::<u8>(), bytes) };
    let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
    String::from_utf8_lossy(&raw[..end]).into_owned()
}

/// UTF-16 with a terminating NUL.
pub fn to_wide_nul(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(std::iter::once(0)).collect()
}

/// UTF-8 with a terminating NUL; interior NULs end the string early, as C
/// would read it.
pub fn to_ansi_nul(s: &str) -> Vec<u8> {
    let end = s.find('\0').unwrap_or(s.len());
    let mut v = Vec::with_capacity(end + 1);
    v.extend_from_slice(&s.as_bytes()[..end]);
    v.push(0);
    v
}

/// Copy `s` into a fixed-size UTF-16 array, truncating so a NUL always fits.
pub fn fill_wide(dst: &mut [u16], s: &str) {
    dst.fill(0);
    let room = dst.len().saturating_sub(1);
    for (d, u) in dst.iter_mut().take(room).zip(s.encode_utf16()) {
        *d = u;
    }
}

/// Copy `s` into a fixed-size `CHAR` array, truncating on a character
/// boundary so the result stays valid UTF-8 and NUL-terminated.
pub fn fill_ansi(dst: &mut [i8], s: &str) {
    dst.fill(0);
    let room = dst.len().saturating_sub(1);
    let mut end = s.len().min(room);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    for (d, b) in dst.iter_mut().zip(&s.as_bytes()[..end]) {
        *d = *b as i8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_round_trip_with_non_bmp() {
        let w = to_wide_nul("Grüße 🎉");
        assert_eq!(w.last(), Some(&0));
        // SAFETY: `w` is NUL-terminated.
        let back = unsafe { from_wide_ptr(w.as_ptr()) }.unwrap();
        assert_eq!(back.as_deref(), Some("Grüße 🎉"));
        // SAFETY: NULL is allowed.
        assert_eq!(unsafe { from_wide_ptr(std::ptr::null()) }.unwrap(), None);
    }

    #[test]
    fn fixed_arrays_truncate_and_terminate() {
        let mut w = [1u16; 4];
        fill_wide(&mut w, "abcdef");
        assert_eq!(w, [b'a' as u16, b'b' as u16, b'c' as u16, 0]);
        let mut a = [1i8; 4];
        fill_ansi(&mut a, "aé€");
        // "aé" is 3 bytes; the euro sign would not fit whole.
        assert_eq!(a[3], 0);
        let bytes: Vec<u8> = a.iter().map(|&c| c as u8).collect();
        assert_eq!(&bytes[..3], "aé".as_bytes());
    }

    #[test]
    fn counted_strings_stop_at_nul() {
        let w = to_wide_nul("hi");
        // SAFETY: `w` has 3 units, 6 bytes.
        assert_eq!(unsafe { from_wide_counted(w.as_ptr(), 6) }, "hi");
        let a = b"yo\0zz";
        // SAFETY: `a` has 5 bytes.
        assert_eq!(unsafe { from_ansi_counted(a.as_ptr().cast(), 5) }, "yo");
    }
}
