//! Numbers from and to wide strings: `wcstol` & co., `_wtoi`, `_itow` & co.
//!
//! Parsing runs glibc's narrow `strto*` over the string's ASCII prefix (a
//! number is ASCII; the first other unit ends it either way), after
//! skipping leading wide white space, so bases, signs, `0x`, `inf`/`nan`,
//! `errno = ERANGE` and the end pointer are exactly C's. The `long`
//! functions that glibc declares (`wcstol`, `wcstoul`) keep the program's
//! 64-bit `long`; the MSVC-only `_wtol` and `_ltow` follow Windows' 32-bit
//! `long`, as their pages describe.

use std::ffi::{c_char, c_int, c_long, c_longlong, c_ulong, c_ulonglong};
use std::ptr;

use crate::ctype::__wrap_iswspace;
use crate::errno::{ErrnoT, fail, set_errno};
use crate::wstring::WChar;

/// Run a narrow `strto*` over `s`'s ASCII prefix and set `*end` to the unit
/// after the parsed number (or to `s` when nothing was parsed).
///
/// # Safety
/// `s` is NULL or NUL-terminated; `end` is NULL or writable.
unsafe fn parse_ascii<T: Default>(
    s: *const WChar,
    end: *mut *mut WChar,
    parse: impl FnOnce(*const c_char, *mut *mut c_char) -> T,
) -> T {
    if s.is_null() {
        set_errno(libc::EINVAL);
        return T::default();
    }
    let mut skipped = 0;
    // SAFETY: we stop at the terminator, which is not white space.
    while __wrap_iswspace(unsafe { *s.add(skipped) }.into()) != 0 {
        skipped += 1;
    }
    let mut ascii: Vec<u8> = Vec::new();
    loop {
        // SAFETY: we stop at the terminator.
        let u = unsafe { *s.add(skipped + ascii.len()) };
        match u8::try_from(u) {
            Ok(b) if b != 0 && b.is_ascii() => ascii.push(b),
            _ => break,
        }
    }
    ascii.push(0);
    let mut narrow_end: *mut c_char = ptr::null_mut();
    let value = parse(ascii.as_ptr().cast(), &mut narrow_end);
    let used = (narrow_end as usize).saturating_sub(ascii.as_ptr() as usize);
    if !end.is_null() {
        let at = if used == 0 { 0 } else { skipped + used };
        // SAFETY: `end` is writable; `at` is within the string.
        unsafe { *end = s.add(at).cast_mut() };
    }
    value
}

macro_rules! wide_strto {
    ($(#[$doc:meta])* $name:ident, $c:ident, $ty:ty) => {
        $(#[$doc])*
        /// # Safety
        /// `s` is NULL or NUL-terminated; `end` is NULL or writable.
        #[unsafe(no_mangle)]
        pub unsafe extern "system" fn $name(s: *const WChar, end: *mut *mut WChar, base: c_int) -> $ty {
            win32::abi::guard(stringify!($name), 0, || {
                // SAFETY: the caller's contract; `p` is our terminated copy.
                unsafe { parse_ascii(s, end, |p, e| libc::$c(p, e, base)) }
            })
        }
    };
}

wide_strto!(__wrap_wcstol, strtol, c_long);
wide_strto!(__wrap_wcstoul, strtoul, c_ulong);
wide_strto!(__wrap_wcstoll, strtoll, c_longlong);
wide_strto!(__wrap_wcstoull, strtoull, c_ulonglong);
wide_strto!(
    /// `_wcstoi64`: `wcstoll` under MSVC's name.
    _wcstoi64, strtoll, c_longlong
);
wide_strto!(
    /// `_wcstoui64`: `wcstoull` under MSVC's name.
    _wcstoui64, strtoull, c_ulonglong
);

/// # Safety
/// `s` is NULL or NUL-terminated; `end` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcstod(s: *const WChar, end: *mut *mut WChar) -> f64 {
    win32::abi::guard("wcstod", 0.0, || {
        // SAFETY: the caller's contract.
        unsafe { parse_ascii(s, end, |p, e| libc::strtod(p, e)) }
    })
}

/// # Safety
/// `s` is NULL or NUL-terminated; `end` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcstof(s: *const WChar, end: *mut *mut WChar) -> f32 {
    win32::abi::guard("wcstof", 0.0, || {
        // SAFETY: the caller's contract.
        unsafe { parse_ascii(s, end, |p, e| libc::strtof(p, e)) }
    })
}

/// Clamp to 32 bits with `ERANGE`, as the UCRT's `atoi`/`atol` do (they
/// parse a 32-bit `long`).
fn clamp_i32(v: i64) -> i32 {
    i32::try_from(v).unwrap_or_else(|_| {
        set_errno(libc::ERANGE);
        if v < 0 { i32::MIN } else { i32::MAX }
    })
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wtoi(s: *const WChar) -> c_int {
    win32::abi::guard("_wtoi", 0, || {
        // SAFETY: the caller's contract.
        let v = unsafe { _wcstoi64(s, ptr::null_mut(), 10) };
        clamp_i32(v)
    })
}

/// `_wtol`: Windows' `long` is 32-bit, so the value clamps as `_wtoi`.
///
/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wtol(s: *const WChar) -> c_long {
    // SAFETY: the caller's contract.
    c_long::from(unsafe { _wtoi(s) })
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wtoi64(s: *const WChar) -> c_longlong {
    // SAFETY: the caller's contract.
    unsafe { _wcstoi64(s, ptr::null_mut(), 10) }
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wtof(s: *const WChar) -> f64 {
    // SAFETY: the caller's contract.
    unsafe { __wrap_wcstod(s, ptr::null_mut()) }
}

/// The digits of `value` in `radix` (2 to 36), lower-case as MSVC prints
/// them; negative only in base 10, otherwise the two's complement `bits`
/// wide (the _itoa page).
pub fn integer_text(value: i64, unsigned: bool, bits: u32, radix: u32) -> Option<String> {
    if !(2..=36).contains(&radix) {
        return None;
    }
    let negative = radix == 10 && !unsigned && value < 0;
    let mut magnitude = if negative {
        value.unsigned_abs()
    } else if bits == 64 {
        value as u64
    } else {
        (value as u64) & ((1u64 << bits) - 1)
    };
    let mut digits = Vec::new();
    loop {
        let d = (magnitude % u64::from(radix)) as u32;
        digits.push(char::from_digit(d, radix).unwrap_or('?'));
        magnitude /= u64::from(radix);
        if magnitude == 0 {
            break;
        }
    }
    if negative {
        digits.push('-');
    }
    Some(digits.iter().rev().collect())
}

/// Write `text` and a NUL to an unbounded buffer (the non-`_s` functions:
/// the caller provides room for the longest value, 33 or 65 units).
///
/// # Safety
/// `buf` is NULL or has room for `text` and the NUL.
unsafe fn write_unbounded<U: From<u8> + Copy>(buf: *mut U, text: &str) -> *mut U {
    if !buf.is_null() {
        for (i, b) in text.bytes().chain(std::iter::once(0)).enumerate() {
            // SAFETY: the caller guarantees the room.
            unsafe { *buf.add(i) = U::from(b) };
        }
    }
    buf
}

/// The `_s` form: `EINVAL` for a NULL/empty buffer or a bad radix,
/// `ERANGE` when the text and its NUL do not fit; the buffer is emptied on
/// error.
///
/// # Safety
/// `buf` is NULL or has `size` writable units.
unsafe fn write_secure<U: From<u8> + Copy>(
    buf: *mut U,
    size: usize,
    text: Option<String>,
) -> ErrnoT {
    if buf.is_null() || size == 0 {
        return fail(libc::EINVAL);
    }
    let code = match text {
        None => libc::EINVAL,
        Some(t) if t.len() < size => {
            // SAFETY: it fits, with the NUL.
            unsafe { write_unbounded(buf, &t) };
            return 0;
        }
        Some(_) => libc::ERANGE,
    };
    // SAFETY: `size` >= 1.
    unsafe { *buf = U::from(0) };
    fail(code)
}

macro_rules! to_text {
    ($name:ident, $unit:ty, $value:ty, $unsigned:expr, $bits:expr) => {
        /// # Safety
        /// `buf` is NULL or has room for the digits, a sign and a NUL.
        #[unsafe(no_mangle)]
        pub unsafe extern "system" fn $name(
            value: $value,
            buf: *mut $unit,
            radix: c_int,
        ) -> *mut $unit {
            win32::abi::guard(stringify!($name), buf, || {
                let text = u32::try_from(radix)
                    .ok()
                    .and_then(|r| integer_text(value as i64, $unsigned, $bits, r));
                if text.is_none() {
                    set_errno(libc::EINVAL);
                }
                // SAFETY: the caller's contract.
                unsafe { write_unbounded(buf, text.as_deref().unwrap_or("")) }
            })
        }
    };
}

to_text!(_itow, WChar, c_int, false, 32);
to_text!(_ltow, WChar, c_long, false, 32);
to_text!(_ultow, WChar, c_ulong, true, 32);
to_text!(_i64tow, WChar, c_longlong, false, 64);
to_text!(_ui64tow, WChar, c_ulonglong, true, 64);
to_text!(_itoa, u8, c_int, false, 32);
to_text!(_ltoa, u8, c_long, false, 32);
to_text!(_ultoa, u8, c_ulong, true, 32);
to_text!(_i64toa, u8, c_longlong, false, 64);
to_text!(_ui64toa, u8, c_ulonglong, true, 64);

macro_rules! to_text_secure {
    ($name:ident, $unit:ty, $value:ty, $unsigned:expr, $bits:expr) => {
        /// # Safety
        /// `buf` is NULL or has `size` writable units.
        #[unsafe(no_mangle)]
        pub unsafe extern "system" fn $name(
            value: $value,
            buf: *mut $unit,
            size: usize,
            radix: c_int,
        ) -> ErrnoT {
            win32::abi::guard(stringify!($name), libc::EINVAL, || {
                let text = u32::try_from(radix)
                    .ok()
                    .and_then(|r| integer_text(value as i64, $unsigned, $bits, r));
                // SAFETY: the caller's contract.
                unsafe { write_secure(buf, size, text) }
            })
        }
    };
}

to_text_secure!(_itow_s, WChar, c_int, false, 32);
to_text_secure!(_i64tow_s, WChar, c_longlong, false, 64);
to_text_secure!(_ui64tow_s, WChar, c_ulonglong, true, 64);
to_text_secure!(_itoa_s, u8, c_int, false, 32);
to_text_secure!(_i64toa_s, u8, c_longlong, false, 64);
to_text_secure!(_ui64toa_s, u8, c_ulonglong, true, 64);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errno::errno;
    use crate::wstring::wide_slice;
    use win32::wstr::to_wide_nul;

    #[test]
    fn wcstol_parses_like_strtol_and_sets_end() {
        let s = to_wide_nul("\u{3000} -0x1fZ");
        let mut end = ptr::null_mut();
        // SAFETY: terminated string, writable end.
        let v = unsafe { __wrap_wcstol(s.as_ptr(), &mut end, 0) };
        assert_eq!(v, -31);
        assert_eq!(end as usize - s.as_ptr() as usize, 2 * 7);
        let s = to_wide_nul("zz");
        // SAFETY: as above.
        let v = unsafe { __wrap_wcstoul(s.as_ptr(), &mut end, 10) };
        assert_eq!((v, end.cast_const()), (0, s.as_ptr()));
        let s = to_wide_nul("99999999999999999999");
        set_errno(0);
        // SAFETY: as above.
        let v = unsafe { __wrap_wcstoll(s.as_ptr(), ptr::null_mut(), 10) };
        assert_eq!(v, i64::MAX);
        assert_eq!(errno(), libc::ERANGE);
        let s = to_wide_nul("2.5e3x");
        // SAFETY: as above.
        assert_eq!(unsafe { __wrap_wcstod(s.as_ptr(), &mut end) }, 2500.0);
        assert_eq!(end as usize - s.as_ptr() as usize, 2 * 5);
    }

    #[test]
    fn wtoi_clamps_to_32_bits() {
        // SAFETY: terminated strings.
        unsafe {
            assert_eq!(_wtoi(to_wide_nul("  42abc").as_ptr()), 42);
            assert_eq!(_wtoi(to_wide_nul("-3000000000").as_ptr()), i32::MIN);
            assert_eq!(
                _wtol(to_wide_nul("3000000000").as_ptr()),
                c_long::from(i32::MAX)
            );
            assert_eq!(_wtoi64(to_wide_nul("3000000000").as_ptr()), 3_000_000_000);
            assert_eq!(_wtof(to_wide_nul("1.5").as_ptr()), 1.5);
            assert_eq!(_wtoi(ptr::null()), 0);
        }
    }

    #[test]
    fn itow_family() {
        let mut buf = [0u16; 70];
        // SAFETY: the buffer has room for any value.
        unsafe {
            _itow(-123, buf.as_mut_ptr(), 10);
            assert_eq!(String::from_utf16_lossy(wide_slice(buf.as_ptr())), "-123");
            _itow(-1, buf.as_mut_ptr(), 16);
            assert_eq!(
                String::from_utf16_lossy(wide_slice(buf.as_ptr())),
                "ffffffff"
            );
            _ltow(-1, buf.as_mut_ptr(), 2);
            assert_eq!(wide_len_of(&buf), 32);
            _i64tow(i64::MIN, buf.as_mut_ptr(), 10);
            assert_eq!(
                String::from_utf16_lossy(wide_slice(buf.as_ptr())),
                "-9223372036854775808"
            );
            let mut a = [0u8; 8];
            _ui64toa(255, a.as_mut_ptr(), 36);
            assert_eq!(&a[..3], b"73\0");
        }
    }

    fn wide_len_of(b: &[u16]) -> usize {
        b.iter().position(|&u| u == 0).unwrap()
    }

    #[test]
    fn itow_s_errors() {
        let mut buf = [0x55u16; 4];
        // SAFETY: the sizes are right.
        unsafe {
            assert_eq!(_itow_s(123, buf.as_mut_ptr(), 4, 10), 0);
            assert_eq!(buf, [49, 50, 51, 0]);
            assert_eq!(_itow_s(1234, buf.as_mut_ptr(), 4, 10), libc::ERANGE);
            assert_eq!(buf[0], 0);
            assert_eq!(_itow_s(1, buf.as_mut_ptr(), 4, 1), libc::EINVAL);
            assert_eq!(_itow_s(1, ptr::null_mut(), 4, 10), libc::EINVAL);
            let mut a = [1u8; 3];
            assert_eq!(_itoa_s(-5, a.as_mut_ptr(), 3, 10), 0);
            assert_eq!(&a, b"-5\0");
        }
    }
}
