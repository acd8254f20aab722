//! The wide string functions (`wcs*`, `wmem*`) for 16-bit `wchar_t`, and
//! MSVC's case-insensitive comparisons (`_wcsicmp`, `_stricmp` ...).
//!
//! Units are compared as unsigned 16-bit values and the comparisons return
//! -1, 0 or 1, as the UCRT does. A surrogate pair is two units (`wcslen`
//! counts units, as on Windows). A NULL string argument, which would crash
//! the C library, reads as empty and writes nothing.

use std::cell::Cell;
use std::cmp::Ordering;
use std::ffi::{c_char, c_int};
use std::ptr;

use crate::ctype::to_lower_unit;

/// `wchar_t` under `-fshort-wchar`.
pub type WChar = u16;

/// Length in units of a NUL-terminated wide string; 0 for NULL.
///
/// # Safety
/// `s` is NULL or NUL-terminated.
pub unsafe fn wide_len(s: *const WChar) -> usize {
    if s.is_null() {
        return 0;
    }
    let mut n = 0;
    // SAFETY: the caller guarantees a terminator; we stop at it.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

/// The units of a NUL-terminated wide string, without the NUL; empty for
/// NULL.
///
/// # Safety
/// `s` is NULL or NUL-terminated and outlives the slice.
pub unsafe fn wide_slice<'a>(s: *const WChar) -> &'a [WChar] {
    if s.is_null() {
        return &[];
    }
    // SAFETY: `wide_len` units are readable before the terminator.
    unsafe { std::slice::from_raw_parts(s, wide_len(s)) }
}

fn sign(o: Ordering) -> c_int {
    o as c_int
}

/// Compare at most `max` units of two strings, with `fold` applied to
/// each unit, stopping at the first NUL as C does.
///
/// # Safety
/// Both are NULL or NUL-terminated.
unsafe fn compare(
    a: *const WChar,
    b: *const WChar,
    max: usize,
    fold: impl Fn(WChar) -> WChar,
) -> c_int {
    // SAFETY: the caller guarantees terminated strings.
    let (a, b) = unsafe { (wide_slice(a), wide_slice(b)) };
    let a = a.iter().take(max).map(|&u| fold(u));
    let b = b.iter().take(max).map(|&u| fold(u));
    sign(a.cmp(b))
}

/// # Safety
/// `s` is NULL or a NUL-terminated wide string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcslen(s: *const WChar) -> usize {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcslen", 0, || unsafe { wide_len(s) })
}

/// # Safety
/// `s` is NULL or has a NUL or at least `max` readable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsnlen(s: *const WChar, max: usize) -> usize {
    win32::abi::guard("wcsnlen", 0, || {
        if s.is_null() {
            return 0;
        }
        let mut n = 0;
        // SAFETY: we read at most `max` units and stop at a NUL.
        while n < max && unsafe { *s.add(n) } != 0 {
            n += 1;
        }
        n
    })
}

/// # Safety
/// `dst` has room for `src` and its NUL; `src` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcscpy(dst: *mut WChar, src: *const WChar) -> *mut WChar {
    win32::abi::guard("wcscpy", dst, || {
        if dst.is_null() {
            return dst;
        }
        // SAFETY: the caller guarantees room for the string and its NUL.
        unsafe {
            let n = wide_len(src);
            ptr::copy(src, dst, n);
            *dst.add(n) = 0;
        }
        dst
    })
}

/// # Safety
/// `dst` has `n` writable units; `src` has a NUL or `n` readable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsncpy(
    dst: *mut WChar,
    src: *const WChar,
    n: usize,
) -> *mut WChar {
    win32::abi::guard("wcsncpy", dst, || {
        if dst.is_null() {
            return dst;
        }
        // SAFETY: the caller's contract; C pads the rest with NULs.
        unsafe {
            let len = __wrap_wcsnlen(src, n);
            ptr::copy(src, dst, len);
            ptr::write_bytes(dst.add(len), 0, n - len);
        }
        dst
    })
}

/// # Safety
/// `dst` is NUL-terminated with room for `src` appended.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcscat(dst: *mut WChar, src: *const WChar) -> *mut WChar {
    win32::abi::guard("wcscat", dst, || {
        if dst.is_null() {
            return dst;
        }
        // SAFETY: the caller guarantees the room.
        unsafe { __wrap_wcscpy(dst.add(wide_len(dst)), src) };
        dst
    })
}

/// # Safety
/// `dst` is NUL-terminated with room for `n` more units and a NUL.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsncat(
    dst: *mut WChar,
    src: *const WChar,
    n: usize,
) -> *mut WChar {
    win32::abi::guard("wcsncat", dst, || {
        if dst.is_null() {
            return dst;
        }
        // SAFETY: the caller guarantees the room.
        unsafe {
            let end = dst.add(wide_len(dst));
            let len = __wrap_wcsnlen(src, n);
            ptr::copy(src, end, len);
            *end.add(len) = 0;
        }
        dst
    })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcscmp(a: *const WChar, b: *const WChar) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcscmp", 0, || unsafe { compare(a, b, usize::MAX, |u| u) })
}

/// `wcscoll`: the "C" locale's collation, which is `wcscmp`'s order.
///
/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcscoll(a: *const WChar, b: *const WChar) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcscoll", 0, || unsafe { compare(a, b, usize::MAX, |u| u) })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsncmp(a: *const WChar, b: *const WChar, n: usize) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcsncmp", 0, || unsafe { compare(a, b, n, |u| u) })
}

/// `_wcsicmp`: compares lower-cased units (the page: "converted to
/// lowercase"), with Unicode's simple case mapping.
///
/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcsicmp(a: *const WChar, b: *const WChar) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("_wcsicmp", 0, || unsafe {
        compare(a, b, usize::MAX, to_lower_unit)
    })
}

/// `_wcsicoll`: the "C" locale's collation is `_wcsicmp`'s order.
///
/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcsicoll(a: *const WChar, b: *const WChar) -> c_int {
    // SAFETY: the caller's contract.
    unsafe { _wcsicmp(a, b) }
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcsnicmp(a: *const WChar, b: *const WChar, n: usize) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("_wcsnicmp", 0, || unsafe {
        compare(a, b, n, to_lower_unit)
    })
}

/// Compare narrow strings ignoring ASCII case, as the UCRT's "C" locale.
///
/// # Safety
/// Both are NULL or NUL-terminated.
unsafe fn compare_narrow_ci(a: *const c_char, b: *const c_char, max: usize) -> c_int {
    let bytes = |p: *const c_char| {
        if p.is_null() {
            &[][..]
        } else {
            // SAFETY: the caller guarantees a terminated string.
            unsafe { std::ffi::CStr::from_ptr(p) }.to_bytes()
        }
    };
    let a = bytes(a).iter().take(max).map(u8::to_ascii_lowercase);
    let b = bytes(b).iter().take(max).map(u8::to_ascii_lowercase);
    sign(a.cmp(b))
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _stricmp(a: *const c_char, b: *const c_char) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("_stricmp", 0, || unsafe {
        compare_narrow_ci(a, b, usize::MAX)
    })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _strnicmp(a: *const c_char, b: *const c_char, n: usize) -> c_int {
    // SAFETY: the caller's contract.
    win32::abi::guard("_strnicmp", 0, || unsafe { compare_narrow_ci(a, b, n) })
}

/// A pointer into `s` at unit `i`, for the search functions.
fn at(s: *const WChar, i: usize) -> *mut WChar {
    s.wrapping_add(i).cast_mut()
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcschr(s: *const WChar, c: WChar) -> *mut WChar {
    win32::abi::guard("wcschr", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let units = unsafe { wide_slice(s) };
        // C: the terminating NUL is part of the string.
        match units.iter().position(|&u| u == c) {
            Some(i) => at(s, i),
            None if c == 0 && !s.is_null() => at(s, units.len()),
            None => ptr::null_mut(),
        }
    })
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsrchr(s: *const WChar, c: WChar) -> *mut WChar {
    win32::abi::guard("wcsrchr", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let units = unsafe { wide_slice(s) };
        match units.iter().rposition(|&u| u == c) {
            Some(i) => at(s, i),
            None if c == 0 && !s.is_null() => at(s, units.len()),
            None => ptr::null_mut(),
        }
    })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsstr(s: *const WChar, needle: *const WChar) -> *mut WChar {
    win32::abi::guard("wcsstr", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let (hay, needle_units) = unsafe { (wide_slice(s), wide_slice(needle)) };
        if s.is_null() {
            return ptr::null_mut();
        }
        if needle_units.is_empty() {
            return s.cast_mut();
        }
        hay.windows(needle_units.len())
            .position(|w| w == needle_units)
            .map_or(ptr::null_mut(), |i| at(s, i))
    })
}

/// Length of the prefix of `s` whose units are (`inside`) or are not in
/// `set`.
///
/// # Safety
/// Both are NULL or NUL-terminated.
unsafe fn span(s: *const WChar, set: *const WChar, inside: bool) -> usize {
    // SAFETY: the caller's contract.
    let (units, set) = unsafe { (wide_slice(s), wide_slice(set)) };
    units
        .iter()
        .position(|u| set.contains(u) != inside)
        .unwrap_or(units.len())
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsspn(s: *const WChar, set: *const WChar) -> usize {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcsspn", 0, || unsafe { span(s, set, true) })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcscspn(s: *const WChar, set: *const WChar) -> usize {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcscspn", 0, || unsafe { span(s, set, false) })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcspbrk(s: *const WChar, set: *const WChar) -> *mut WChar {
    win32::abi::guard("wcspbrk", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let (n, len) = unsafe { (span(s, set, false), wide_len(s)) };
        if n < len { at(s, n) } else { ptr::null_mut() }
    })
}

thread_local! {
    /// `wcstok`'s position when the caller passes no context pointer.
    static WCSTOK_NEXT: Cell<*mut WChar> = const { Cell::new(ptr::null_mut()) };
}

/// `wcstok(s, delim, context)`, the UCRT's conforming form; a NULL
/// `context` uses a per-thread position, as the UCRT does.
///
/// # Safety
/// `s` (or the saved position) is a writable NUL-terminated string, `delim`
/// is NUL-terminated, `context` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcstok(
    s: *mut WChar,
    delim: *const WChar,
    context: *mut *mut WChar,
) -> *mut WChar {
    win32::abi::guard("wcstok", ptr::null_mut(), || {
        let saved = if context.is_null() {
            WCSTOK_NEXT.get()
        } else {
            // SAFETY: `context` is writable, per the contract.
            unsafe { *context }
        };
        let start = if s.is_null() { saved } else { s };
        let (token, next) = if start.is_null() {
            (ptr::null_mut(), ptr::null_mut())
        } else {
            // SAFETY: `start` is within a writable terminated string.
            unsafe {
                let token = start.add(span(start, delim, true));
                if *token == 0 {
                    (ptr::null_mut(), token)
                } else {
                    let end = token.add(span(token, delim, false));
                    if *end == 0 {
                        (token, end)
                    } else {
                        *end = 0;
                        (token, end.add(1))
                    }
                }
            }
        };
        if context.is_null() {
            WCSTOK_NEXT.set(next);
        } else {
            // SAFETY: checked non-NULL; writable per the contract.
            unsafe { *context = next };
        }
        token
    })
}

/// `wcstok_s`: `wcstok` with the caller's context, which the page requires
/// (`EINVAL` and NULL when `context` is NULL, or when `s` and `*context`
/// are both NULL).
///
/// # Safety
/// As [`__wrap_wcstok`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn wcstok_s(
    s: *mut WChar,
    delim: *const WChar,
    context: *mut *mut WChar,
) -> *mut WChar {
    // SAFETY: `context` is checked before it is read.
    if context.is_null() || delim.is_null() || (s.is_null() && unsafe { *context }.is_null()) {
        crate::errno::set_errno(libc::EINVAL);
        return ptr::null_mut();
    }
    // SAFETY: the caller's contract.
    unsafe { __wrap_wcstok(s, delim, context) }
}

/// `_wcstok`: the two-argument `wcstok` of older MSVC, with a per-thread
/// position.
///
/// # Safety
/// As [`__wrap_wcstok`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcstok(s: *mut WChar, delim: *const WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    unsafe { __wrap_wcstok(s, delim, ptr::null_mut()) }
}

/// Map the ASCII letters of a writable narrow string in place (MSVC's
/// "C" locale changes only those).
///
/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
unsafe fn map_narrow_in_place(s: *mut c_char, f: fn(&u8) -> u8) -> *mut c_char {
    if s.is_null() {
        return s;
    }
    let mut i = 0;
    // SAFETY: we stop at the terminator.
    while unsafe { *s.add(i) } != 0 {
        // SAFETY: `i` is before the terminator.
        unsafe { *s.add(i) = f(&(*s.add(i) as u8)) as c_char };
        i += 1;
    }
    s
}

/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _strlwr(s: *mut c_char) -> *mut c_char {
    // SAFETY: the caller's contract.
    win32::abi::guard("_strlwr", s, || unsafe {
        map_narrow_in_place(s, u8::to_ascii_lowercase)
    })
}

/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _strupr(s: *mut c_char) -> *mut c_char {
    // SAFETY: the caller's contract.
    win32::abi::guard("_strupr", s, || unsafe {
        map_narrow_in_place(s, u8::to_ascii_uppercase)
    })
}

/// A `malloc`ed copy, so the program frees it with `free`.
///
/// # Safety
/// `s` is NULL or NUL-terminated.
unsafe fn duplicate(s: *const WChar) -> *mut WChar {
    if s.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: the caller's contract; the copy has room for the NUL.
    unsafe {
        let n = wide_len(s) + 1;
        let copy = libc::malloc(n * 2).cast::<WChar>();
        if !copy.is_null() {
            ptr::copy_nonoverlapping(s, copy, n);
        }
        copy
    }
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsdup(s: *const WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    win32::abi::guard("wcsdup", ptr::null_mut(), || unsafe { duplicate(s) })
}

/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcsdup(s: *const WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    win32::abi::guard("_wcsdup", ptr::null_mut(), || unsafe { duplicate(s) })
}

/// `_strdup`: a `malloc`ed copy of a narrow string.
///
/// # Safety
/// `s` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _strdup(s: *const c_char) -> *mut c_char {
    if s.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: the caller's contract; strdup copies a terminated string.
    unsafe { libc::strdup(s) }
}

/// Map every unit of a writable string in place.
///
/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
unsafe fn map_in_place(s: *mut WChar, f: fn(WChar) -> WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    let n = unsafe { wide_len(s) };
    for i in 0..n {
        // SAFETY: `i` is before the terminator.
        unsafe { *s.add(i) = f(*s.add(i)) };
    }
    s
}

/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcslwr(s: *mut WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    win32::abi::guard("_wcslwr", s, || unsafe { map_in_place(s, to_lower_unit) })
}

/// # Safety
/// `s` is NULL or a writable NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wcsupr(s: *mut WChar) -> *mut WChar {
    // SAFETY: the caller's contract.
    win32::abi::guard("_wcsupr", s, || unsafe {
        map_in_place(s, crate::ctype::to_upper_unit)
    })
}

/// # Safety
/// `dst` and `src` have `n` units (they must not overlap).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wmemcpy(
    dst: *mut WChar,
    src: *const WChar,
    n: usize,
) -> *mut WChar {
    win32::abi::guard("wmemcpy", dst, || {
        if n > 0 {
            // SAFETY: the caller's contract.
            unsafe { ptr::copy_nonoverlapping(src, dst, n) };
        }
        dst
    })
}

/// # Safety
/// `dst` and `src` have `n` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wmemmove(
    dst: *mut WChar,
    src: *const WChar,
    n: usize,
) -> *mut WChar {
    win32::abi::guard("wmemmove", dst, || {
        if n > 0 {
            // SAFETY: the caller's contract.
            unsafe { ptr::copy(src, dst, n) };
        }
        dst
    })
}

/// # Safety
/// `dst` has `n` writable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wmemset(dst: *mut WChar, c: WChar, n: usize) -> *mut WChar {
    win32::abi::guard("wmemset", dst, || {
        for i in 0..n {
            // SAFETY: the caller's contract.
            unsafe { *dst.add(i) = c };
        }
        dst
    })
}

/// # Safety
/// Both have `n` readable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wmemcmp(a: *const WChar, b: *const WChar, n: usize) -> c_int {
    win32::abi::guard("wmemcmp", 0, || {
        if n == 0 {
            return 0;
        }
        // SAFETY: the caller's contract.
        let (a, b) = unsafe {
            (
                std::slice::from_raw_parts(a, n),
                std::slice::from_raw_parts(b, n),
            )
        };
        sign(a.cmp(b))
    })
}

/// # Safety
/// `s` has `n` readable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wmemchr(s: *const WChar, c: WChar, n: usize) -> *mut WChar {
    win32::abi::guard("wmemchr", ptr::null_mut(), || {
        if n == 0 {
            return ptr::null_mut();
        }
        // SAFETY: the caller's contract.
        let units = unsafe { std::slice::from_raw_parts(s, n) };
        units
            .iter()
            .position(|&u| u == c)
            .map_or(ptr::null_mut(), |i| at(s, i))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    #[test]
    fn surrogate_pair_is_two_units() {
        let s = to_wide_nul("a🎉");
        // SAFETY: terminated.
        assert_eq!(unsafe { __wrap_wcslen(s.as_ptr()) }, 3);
        // SAFETY: NULL is accepted.
        assert_eq!(unsafe { __wrap_wcslen(ptr::null()) }, 0);
    }

    #[test]
    fn copy_cat_and_compare() {
        let mut buf = [0xFFFFu16; 16];
        let a = to_wide_nul("abc");
        let b = to_wide_nul("DEF");
        // SAFETY: the buffer has room.
        unsafe {
            __wrap_wcscpy(buf.as_mut_ptr(), a.as_ptr());
            __wrap_wcscat(buf.as_mut_ptr(), b.as_ptr());
            assert_eq!(wide_slice(buf.as_ptr()), &to_wide_nul("abcDEF")[..6]);
            assert_eq!(__wrap_wcscmp(a.as_ptr(), b.as_ptr()), 1);
            assert_eq!(
                _wcsicmp(to_wide_nul("ÄbC").as_ptr(), to_wide_nul("äBc").as_ptr()),
                0
            );
            assert_eq!(_wcsnicmp(a.as_ptr(), to_wide_nul("ABx").as_ptr(), 2), 0);
            assert_eq!(_wcsicmp(a.as_ptr(), to_wide_nul("abd").as_ptr()), -1);
            assert_eq!(_stricmp(c"Hello".as_ptr(), c"hELLO".as_ptr()), 0);
            assert_eq!(_strnicmp(c"Hello".as_ptr(), c"hELp".as_ptr(), 3), 0);
        }
    }

    #[test]
    fn wcsncpy_pads_and_does_not_terminate_when_full() {
        let mut buf = [0xFFFFu16; 6];
        let src = to_wide_nul("ab");
        // SAFETY: 5 units fit.
        unsafe { __wrap_wcsncpy(buf.as_mut_ptr(), src.as_ptr(), 5) };
        assert_eq!(buf, [97, 98, 0, 0, 0, 0xFFFF]);
        let long = to_wide_nul("abcdefgh");
        // SAFETY: 3 units fit.
        unsafe { __wrap_wcsncpy(buf.as_mut_ptr(), long.as_ptr(), 3) };
        assert_eq!(buf[..4], [97, 98, 99, 0]);
    }

    #[test]
    fn searches() {
        let s = to_wide_nul("a,b;;c");
        let p = s.as_ptr();
        // SAFETY: terminated strings.
        unsafe {
            assert_eq!(__wrap_wcschr(p, u16::from(b';')), at(p, 3));
            assert_eq!(__wrap_wcsrchr(p, u16::from(b';')), at(p, 4));
            assert_eq!(__wrap_wcschr(p, 0), at(p, 6));
            assert!(__wrap_wcschr(p, u16::from(b'z')).is_null());
            assert_eq!(__wrap_wcsstr(p, to_wide_nul(";c").as_ptr()), at(p, 4));
            assert_eq!(__wrap_wcspbrk(p, to_wide_nul(";,").as_ptr()), at(p, 1));
            assert_eq!(__wrap_wcsspn(p, to_wide_nul("a,").as_ptr()), 2);
            assert_eq!(__wrap_wcscspn(p, to_wide_nul(";").as_ptr()), 3);
        }
    }

    #[test]
    fn wcstok_splits_with_and_without_context() {
        let mut s = to_wide_nul(" one, two,,three ");
        let delim = to_wide_nul(" ,");
        let mut ctx = ptr::null_mut();
        let mut tokens = Vec::new();
        // SAFETY: a writable terminated string.
        unsafe {
            let mut t = __wrap_wcstok(s.as_mut_ptr(), delim.as_ptr(), &mut ctx);
            while !t.is_null() {
                tokens.push(String::from_utf16_lossy(wide_slice(t)));
                t = __wrap_wcstok(ptr::null_mut(), delim.as_ptr(), &mut ctx);
            }
        }
        assert_eq!(tokens, ["one", "two", "three"]);
        let mut s = to_wide_nul("x y");
        // SAFETY: as above, with the per-thread position.
        unsafe {
            let t = __wrap_wcstok(s.as_mut_ptr(), delim.as_ptr(), ptr::null_mut());
            assert_eq!(wide_slice(t), [u16::from(b'x')]);
            let t = __wrap_wcstok(ptr::null_mut(), delim.as_ptr(), ptr::null_mut());
            assert_eq!(wide_slice(t), [u16::from(b'y')]);
            assert!(__wrap_wcstok(ptr::null_mut(), delim.as_ptr(), ptr::null_mut()).is_null());
            assert!(wcstok_s(ptr::null_mut(), delim.as_ptr(), &mut ctx).is_null());
            let mut narrow = *b"AbC1\0";
            _strlwr(narrow.as_mut_ptr().cast());
            assert_eq!(&narrow, b"abc1\0");
            _strupr(narrow.as_mut_ptr().cast());
            assert_eq!(&narrow, b"ABC1\0");
        }
    }

    #[test]
    fn memory_functions_and_case() {
        let mut buf = [0u16; 4];
        // SAFETY: 4 units.
        unsafe {
            __wrap_wmemset(buf.as_mut_ptr(), 7, 4);
            assert_eq!(buf, [7; 4]);
            assert_eq!(__wrap_wmemcmp(buf.as_ptr(), [7, 7, 8, 7].as_ptr(), 4), -1);
            assert_eq!(__wrap_wmemchr(buf.as_ptr(), 9, 4), ptr::null_mut());
            let mut s = to_wide_nul("MiXed É");
            _wcslwr(s.as_mut_ptr());
            assert_eq!(String::from_utf16_lossy(wide_slice(s.as_ptr())), "mixed é");
            _wcsupr(s.as_mut_ptr());
            assert_eq!(String::from_utf16_lossy(wide_slice(s.as_ptr())), "MIXED É");
            let d = _wcsdup(s.as_ptr());
            assert_eq!(wide_slice(d), wide_slice(s.as_ptr()));
            libc::free(d.cast());
        }
    }
}
