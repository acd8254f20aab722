//! `wcsftime`: glibc's `strftime` over the UTF-8 form of the format, the
//! result converted back to UTF-16. MSVC's own `#` flag (`%#x` ...) is not
//! translated.

use std::ffi::CString;

use crate::wstring::{WChar, wide_slice};

/// # Safety
/// `dst` has `max` writable units; `format` is NUL-terminated; `tm` points
/// to a valid `struct tm`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsftime(
    dst: *mut WChar,
    max: usize,
    format: *const WChar,
    tm: *const libc::tm,
) -> usize {
    win32::abi::guard("wcsftime", 0, || {
        if dst.is_null() || format.is_null() || tm.is_null() || max == 0 {
            crate::errno::set_errno(libc::EINVAL);
            return 0;
        }
        // SAFETY: the caller's contract.
        let format = String::from_utf16_lossy(unsafe { wide_slice(format) });
        let Ok(narrow) = CString::new(format) else {
            return 0;
        };
        // Each wide unit is at most 3 UTF-8 bytes; a conversion can expand
        // further (%c), so grow until glibc fits or the result surely does
        // not.
        let mut buf = vec![0u8; 256.max(max * 3 + 1)];
        let n = loop {
            // SAFETY: `buf` has `buf.len()` bytes; `narrow` is terminated;
            // `tm` is valid per the contract.
            let n =
                unsafe { libc::strftime(buf.as_mut_ptr().cast(), buf.len(), narrow.as_ptr(), tm) };
            if n > 0 || buf.len() > 64 * 1024 {
                break n;
            }
            buf.resize(buf.len() * 4, 0);
        };
        let wide: Vec<u16> = String::from_utf8_lossy(&buf[..n]).encode_utf16().collect();
        if wide.len() + 1 > max {
            return 0;
        }
        // SAFETY: the text and its NUL fit in `max` units.
        unsafe {
            std::ptr::copy_nonoverlapping(wide.as_ptr(), dst, wide.len());
            *dst.add(wide.len()) = 0;
        }
        wide.len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    #[test]
    fn formats_a_date() {
        // SAFETY: a zeroed tm is valid.
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = 124;
        tm.tm_mon = 1;
        tm.tm_mday = 29;
        tm.tm_hour = 13;
        tm.tm_min = 5;
        let mut buf = [0u16; 32];
        let fmt = to_wide_nul("%Y-%m-%d %H:%M – ok");
        // SAFETY: sized buffer, terminated format, valid tm.
        let n = unsafe { __wrap_wcsftime(buf.as_mut_ptr(), 32, fmt.as_ptr(), &tm) };
        assert_eq!(n, 21);
        assert_eq!(String::from_utf16_lossy(&buf[..n]), "2024-02-29 13:05 – ok");
        // Too small: 0.
        // SAFETY: as above.
        let n = unsafe { __wrap_wcsftime(buf.as_mut_ptr(), 21, fmt.as_ptr(), &tm) };
        assert_eq!(n, 0);
    }
}
