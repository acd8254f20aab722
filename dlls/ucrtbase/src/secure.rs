//! The bounds-checked string functions (`wcscpy_s`, `strcpy_s` ...).
//!
//! They follow their Microsoft pages: a NULL or zero-sized destination is
//! `EINVAL`; otherwise, on any error the destination is emptied and the
//! error returned (`EINVAL` for a NULL source or an unterminated
//! destination, `ERANGE` when the result does not fit). `_TRUNCATE` as the
//! count copies what fits and returns `STRUNCATE`. Where MSVC's default
//! invalid-parameter handler would end the process, these return the code.

use std::ffi::c_char;

use crate::errno::{ErrnoT, fail};
use crate::printf::TRUNCATE;
use crate::wstring::WChar;

/// `STRUNCATE` (errno.h of the UCRT): the copy was cut at `_TRUNCATE`.
pub const STRUNCATE: ErrnoT = 80;

/// Units before the NUL, looking at most `max` units.
///
/// # Safety
/// `s` has a NUL or `max` readable units.
unsafe fn bounded_len<U: Copy + Default + PartialEq>(s: *const U, max: usize) -> usize {
    let mut n = 0;
    // SAFETY: the caller's contract; we stop at the NUL or `max`.
    while n < max && unsafe { *s.add(n) } != U::default() {
        n += 1;
    }
    n
}

/// Append at most `count` units of `src` to the string already at the
/// start of `dst` (`offset` units long), with MSVC's `_s` rules.
///
/// # Safety
/// `dst` is NULL or has `size` writable units; `src` is NULL or has a NUL
/// or `count` readable units.
unsafe fn copy_at<U: Copy + Default + PartialEq>(
    dst: *mut U,
    size: usize,
    append: bool,
    src: *const U,
    count: usize,
) -> ErrnoT {
    if dst.is_null() || size == 0 {
        return fail(libc::EINVAL);
    }
    // SAFETY: the caller's contract for every access below.
    unsafe {
        let offset = if append { bounded_len(dst, size) } else { 0 };
        let fail_empty = |code| {
            *dst = U::default();
            fail(code)
        };
        if offset == size {
            return fail_empty(libc::EINVAL);
        }
        if count == 0 {
            if !append {
                *dst = U::default();
            }
            return 0;
        }
        if src.is_null() {
            return fail_empty(libc::EINVAL);
        }
        let room = size - offset - 1;
        let len = bounded_len(src, count);
        let (n, code) = if len <= room {
            (len, 0)
        } else if count == TRUNCATE {
            (room, STRUNCATE)
        } else {
            return fail_empty(libc::ERANGE);
        };
        std::ptr::copy(src, dst.add(offset), n);
        *dst.add(offset + n) = U::default();
        code
    }
}

macro_rules! secure_copy {
    ($name:ident, $unit:ty, $append:expr) => {
        /// # Safety
        /// `dst` is NULL or has `size` writable units; `src` is NULL or
        /// NUL-terminated.
        #[unsafe(no_mangle)]
        pub unsafe extern "system" fn $name(
            dst: *mut $unit,
            size: usize,
            src: *const $unit,
        ) -> ErrnoT {
            // SAFETY: the caller's contract.
            win32::abi::guard(stringify!($name), libc::EINVAL, || unsafe {
                copy_at(dst, size, $append, src, usize::MAX - 1)
            })
        }
    };
}

macro_rules! secure_copy_n {
    ($name:ident, $unit:ty, $append:expr) => {
        /// # Safety
        /// `dst` is NULL or has `size` writable units; `src` is NULL or has a
        /// NUL or `count` readable units.
        #[unsafe(no_mangle)]
        pub unsafe extern "system" fn $name(
            dst: *mut $unit,
            size: usize,
            src: *const $unit,
            count: usize,
        ) -> ErrnoT {
            // SAFETY: the caller's contract.
            win32::abi::guard(stringify!($name), libc::EINVAL, || unsafe {
                copy_at(dst, size, $append, src, count)
            })
        }
    };
}

secure_copy!(wcscpy_s, WChar, false);
secure_copy!(wcscat_s, WChar, true);
secure_copy!(strcpy_s, c_char, false);
secure_copy!(strcat_s, c_char, true);
secure_copy_n!(wcsncpy_s, WChar, false);
secure_copy_n!(wcsncat_s, WChar, true);
secure_copy_n!(strncpy_s, c_char, false);
secure_copy_n!(strncat_s, c_char, true);

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    #[test]
    fn wcscpy_s_fits_or_empties() {
        let mut buf = [0x55u16; 4];
        let abc = to_wide_nul("abc");
        // SAFETY: sized buffers, terminated sources.
        unsafe {
            assert_eq!(wcscpy_s(buf.as_mut_ptr(), 4, abc.as_ptr()), 0);
            assert_eq!(buf, [97, 98, 99, 0]);
            assert_eq!(wcscpy_s(buf.as_mut_ptr(), 3, abc.as_ptr()), libc::ERANGE);
            assert_eq!(buf[0], 0);
            assert_eq!(
                wcscpy_s(buf.as_mut_ptr(), 4, std::ptr::null()),
                libc::EINVAL
            );
            assert_eq!(
                wcscpy_s(std::ptr::null_mut(), 4, abc.as_ptr()),
                libc::EINVAL
            );
            assert_eq!(wcscpy_s(buf.as_mut_ptr(), 0, abc.as_ptr()), libc::EINVAL);
        }
    }

    #[test]
    fn cat_and_truncate() {
        let mut buf = [0u8; 6];
        // SAFETY: sized buffers, terminated sources.
        unsafe {
            assert_eq!(strcpy_s(buf.as_mut_ptr().cast(), 6, c"ab".as_ptr()), 0);
            assert_eq!(strcat_s(buf.as_mut_ptr().cast(), 6, c"cd".as_ptr()), 0);
            assert_eq!(&buf[..5], b"abcd\0");
            assert_eq!(
                strcat_s(buf.as_mut_ptr().cast(), 6, c"ef".as_ptr()),
                libc::ERANGE
            );
            assert_eq!(buf[0], 0);
            assert_eq!(
                strncpy_s(buf.as_mut_ptr().cast(), 6, c"abcdefgh".as_ptr(), TRUNCATE),
                STRUNCATE
            );
            assert_eq!(&buf, b"abcde\0");
            assert_eq!(
                strncpy_s(buf.as_mut_ptr().cast(), 6, c"abcdefgh".as_ptr(), 3),
                0
            );
            assert_eq!(&buf[..4], b"abc\0");
            assert_eq!(strncat_s(buf.as_mut_ptr().cast(), 6, c"xyz".as_ptr(), 1), 0);
            assert_eq!(&buf[..5], b"abcx\0");
            let mut unterminated = [b'x'; 3];
            assert_eq!(
                strcat_s(unterminated.as_mut_ptr().cast(), 3, c"a".as_ptr()),
                libc::EINVAL
            );
            assert_eq!(unterminated[0], 0);
        }
    }
}
