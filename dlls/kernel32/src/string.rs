//! Strings: the `lstr*` family, comparison and case mapping, and the A/W
//! text helpers the other modules of this crate share. Code-page conversion
//! (MultiByteToWideChar & co) is in [`codepage`]: the ANSI and OEM code
//! pages are UTF-8 in winsession.
//!
//! Comparison: `CompareString*` and `lstrcmp*` compare by code point after
//! folding case, and when that ties (without NORM_IGNORECASE) a lower-case
//! letter sorts before its upper-case form, as Windows' word sort does for
//! Latin text. The other linguistic rules of Windows' sort tables (ignoring
//! hyphens and apostrophes, accents as secondary weights) are not applied.

use std::cmp::Ordering;

use win32::abi::guard;
use win32::{Win32Error, Win32Result, set_last_error, wstr};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::Globalization as g;
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

pub mod codepage;

/// A character type of the C ABI: `u16` for W functions (UTF-16), `u8` for
/// A functions (UTF-8, the ANSI code page here).
pub(crate) trait Char: Copy + Eq + Default + 'static {
    /// `s` in this encoding, without a terminator.
    fn encode(s: &str) -> Vec<Self>;
    /// Text from units of this encoding; invalid sequences become U+FFFD.
    fn decode(units: &[Self]) -> String;
}

impl Char for u16 {
    fn encode(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }
    fn decode(units: &[u16]) -> String {
        String::from_utf16_lossy(units)
    }
}

impl Char for u8 {
    fn encode(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
    fn decode(units: &[u8]) -> String {
        String::from_utf8_lossy(units).into_owned()
    }
}

/// The length of a NUL-terminated string, in units.
///
/// # Safety
/// `p` points to a NUL-terminated string.
pub(crate) unsafe fn c_len<C: Char>(p: *const C) -> usize {
    let mut n = 0;
    // SAFETY: the caller guarantees a terminator; we stop at it.
    while unsafe { *p.add(n) } != C::default() {
        n += 1;
    }
    n
}

/// The units of a NUL-terminated string, without the terminator.
///
/// # Safety
/// `p` points to a NUL-terminated string that outlives the slice.
pub(crate) unsafe fn c_units<'a, C: Char>(p: *const C) -> &'a [C] {
    // SAFETY: `c_len` units before the terminator are readable.
    unsafe { std::slice::from_raw_parts(p, c_len(p)) }
}

/// Read a string argument; NULL is `None`. Strings longer than
/// `wstr::MAX_INPUT_UNITS` are refused with ERROR_INVALID_PARAMETER.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string.
pub(crate) unsafe fn read_arg<C: Char>(p: *const C) -> Win32Result<Option<String>> {
    if p.is_null() {
        return Ok(None);
    }
    let mut n = 0;
    // SAFETY: the caller guarantees a terminator; we stop at it or at the cap.
    while unsafe { *p.add(n) } != C::default() {
        n += 1;
        if n > wstr::MAX_INPUT_UNITS {
            return Err(Win32Error::INVALID_PARAMETER);
        }
    }
    // SAFETY: `n` units were just read.
    Ok(Some(C::decode(unsafe { std::slice::from_raw_parts(p, n) })))
}

/// A required string argument: NULL is ERROR_INVALID_PARAMETER.
///
/// # Safety
/// As [`read_arg`].
pub(crate) unsafe fn required_arg<C: Char>(p: *const C) -> Win32Result<String> {
    // SAFETY: forwarded contract.
    unsafe { read_arg(p) }?.ok_or(Win32Error::INVALID_PARAMETER)
}

/// Copy `units` and a terminator to `dst`.
///
/// # Safety
/// `dst` has room for `units.len() + 1` units.
pub(crate) unsafe fn copy_terminated<C: Char>(units: &[C], dst: *mut C) {
    // SAFETY: the caller guarantees the room.
    unsafe {
        std::ptr::copy_nonoverlapping(units.as_ptr(), dst, units.len());
        dst.add(units.len()).write(C::default());
    }
}

/// The sizing rule of GetTempPath, GetCurrentDirectory and
/// GetEnvironmentVariable: when `s` and its terminator fit in `size` units
/// it is copied and its length (without the terminator) is returned;
/// otherwise nothing is written and the size needed, terminator included,
/// is returned.
///
/// # Safety
/// `buf` is NULL or has room for `size` units.
pub(crate) unsafe fn write_sized<C: Char>(s: &str, buf: *mut C, size: u32) -> u32 {
    let units = C::encode(s);
    let len = u32::try_from(units.len()).unwrap_or(u32::MAX - 1);
    if buf.is_null() || len >= size {
        return len + 1;
    }
    // SAFETY: `len + 1 <= size` units fit.
    unsafe { copy_terminated(&units, buf) };
    len
}

/// The in/out-size rule of GetComputerName and GetUserName: on success
/// `*size` becomes the length without the terminator (or with it, for
/// `count_nul`); when the buffer is too small `*size` becomes the size
/// needed, terminator included, and the call fails with `too_small`.
///
/// # Safety
/// `size` is valid; `buf` is NULL or has room for `*size` units.
pub(crate) unsafe fn write_in_out<C: Char>(
    s: &str,
    buf: *mut C,
    size: *mut u32,
    count_nul: bool,
    too_small: Win32Error,
) -> Win32Result<()> {
    if size.is_null() {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let units = C::encode(s);
    let needed = u32::try_from(units.len() + 1).map_err(|_| Win32Error::INVALID_PARAMETER)?;
    // SAFETY: `size` is valid (checked non-NULL; the caller guarantees it).
    let room = unsafe { *size };
    if buf.is_null() || room < needed {
        // SAFETY: as above.
        unsafe { *size = needed };
        return Err(too_small);
    }
    // SAFETY: `needed <= room` units fit.
    unsafe {
        copy_terminated(&units, buf);
        *size = if count_nul { needed } else { needed - 1 };
    }
    Ok(())
}

/// Run an int-returning function: its value, or 0 with the last error set.
pub(crate) fn int_call(name: &'static str, body: impl FnOnce() -> Win32Result<i32>) -> i32 {
    guard(name, 0, || match body() {
        Ok(n) => n,
        Err(e) => {
            set_last_error(e.0);
            0
        }
    })
}

fn lstrlen<C: Char>(s: *const C) -> i32 {
    if s.is_null() {
        return 0;
    }
    // SAFETY: lstrlen's contract: a NUL-terminated string.
    i32::try_from(unsafe { c_len(s) }).unwrap_or(i32::MAX)
}

/// # Safety
/// `lp_string` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrlenW(lp_string: PCWSTR) -> i32 {
    guard("lstrlenW", 0, || lstrlen(lp_string))
}

/// # Safety
/// `lp_string` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrlenA(lp_string: PCSTR) -> i32 {
    guard("lstrlenA", 0, || lstrlen(lp_string))
}

/// lstrcpy: NULL arguments give NULL (Windows catches the fault and does
/// the same).
fn lstrcpy<C: Char>(dst: *mut C, src: *const C) -> *mut C {
    if dst.is_null() || src.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: lstrcpy's contract: `src` terminated, `dst` large enough.
    unsafe { copy_terminated(c_units(src), dst) };
    dst
}

/// # Safety
/// `lp_string2` is NUL-terminated and `lp_string1` has room for it.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcpyW(lp_string1: PWSTR, lp_string2: PCWSTR) -> PWSTR {
    guard("lstrcpyW", std::ptr::null_mut(), || {
        lstrcpy(lp_string1, lp_string2)
    })
}

/// # Safety
/// `lp_string2` is NUL-terminated and `lp_string1` has room for it.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcpyA(lp_string1: PSTR, lp_string2: PCSTR) -> PSTR {
    guard("lstrcpyA", std::ptr::null_mut(), || {
        lstrcpy(lp_string1, lp_string2)
    })
}

/// lstrcpyn: at most `max - 1` units and a terminator; `max` 0 writes
/// nothing.
fn lstrcpyn<C: Char>(dst: *mut C, src: *const C, max: i32) -> *mut C {
    if dst.is_null() || src.is_null() {
        return std::ptr::null_mut();
    }
    let Ok(max) = usize::try_from(max) else {
        return dst;
    };
    if max == 0 {
        return dst;
    }
    let mut n = 0;
    // SAFETY: lstrcpyn's contract: `dst` has room for `max` units; `src` is
    // read only up to its terminator or `max - 1` units.
    unsafe {
        while n + 1 < max && *src.add(n) != C::default() {
            *dst.add(n) = *src.add(n);
            n += 1;
        }
        *dst.add(n) = C::default();
    }
    dst
}

/// # Safety
/// `lp_string1` has room for `i_max_length` units; `lp_string2` is terminated or
/// holds at least `i_max_length - 1` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcpynW(
    lp_string1: PWSTR,
    lp_string2: PCWSTR,
    i_max_length: i32,
) -> PWSTR {
    guard("lstrcpynW", std::ptr::null_mut(), || {
        lstrcpyn(lp_string1, lp_string2, i_max_length)
    })
}

/// # Safety
/// As [`lstrcpynW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcpynA(
    lp_string1: PSTR,
    lp_string2: PCSTR,
    i_max_length: i32,
) -> PSTR {
    guard("lstrcpynA", std::ptr::null_mut(), || {
        lstrcpyn(lp_string1, lp_string2, i_max_length)
    })
}

fn lstrcat<C: Char>(dst: *mut C, src: *const C) -> *mut C {
    if dst.is_null() || src.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: lstrcat's contract: both terminated, `dst` has room for both.
    unsafe { copy_terminated(c_units(src), dst.add(c_len(dst))) };
    dst
}

/// # Safety
/// Both strings are NUL-terminated and `lp_string1` has room for both.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcatW(lp_string1: PWSTR, lp_string2: PCWSTR) -> PWSTR {
    guard("lstrcatW", std::ptr::null_mut(), || {
        lstrcat(lp_string1, lp_string2)
    })
}

/// # Safety
/// Both strings are NUL-terminated and `lp_string1` has room for both.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcatA(lp_string1: PSTR, lp_string2: PCSTR) -> PSTR {
    guard("lstrcatA", std::ptr::null_mut(), || {
        lstrcat(lp_string1, lp_string2)
    })
}

/// A UTF-16 unit mapped by a simple case mapping that stays one BMP unit;
/// others (surrogates, expanding mappings such as ß) are left alone.
fn map_unit(u: u16, upper: bool) -> u16 {
    let Some(c) = char::from_u32(u32::from(u)) else {
        return u;
    };
    let mut mapped = if upper {
        c.to_uppercase().collect::<Vec<_>>()
    } else {
        c.to_lowercase().collect::<Vec<_>>()
    };
    match (mapped.pop(), mapped.is_empty()) {
        (Some(m), true) => u16::try_from(u32::from(m)).unwrap_or(u),
        _ => u,
    }
}

/// The comparison described in the module documentation, over code points.
fn compare_text(a: &str, b: &str, ignore_case: bool) -> Ordering {
    let fold = |s: &str| -> Vec<char> { s.chars().flat_map(char::to_lowercase).collect() };
    match fold(a).cmp(&fold(b)) {
        Ordering::Equal if !ignore_case => {
            // Lower case before upper case at the first difference.
            for (x, y) in a.chars().zip(b.chars()) {
                if x != y {
                    return if x.is_lowercase() {
                        Ordering::Less
                    } else {
                        Ordering::Greater
                    };
                }
            }
            a.len().cmp(&b.len())
        }
        other => other,
    }
}

fn lstrcmp<C: Char>(a: *const C, b: *const C, ignore_case: bool) -> i32 {
    // Windows treats NULL as less than any string (Wine's tests).
    match (a.is_null(), b.is_null()) {
        (true, true) => return 0,
        (true, false) => return -1,
        (false, true) => return 1,
        _ => {}
    }
    // SAFETY: lstrcmp's contract: terminated strings.
    let (a, b) = unsafe { (C::decode(c_units(a)), C::decode(c_units(b))) };
    compare_text(&a, &b, ignore_case) as i32
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcmpW(lp_string1: PCWSTR, lp_string2: PCWSTR) -> i32 {
    guard("lstrcmpW", 0, || lstrcmp(lp_string1, lp_string2, false))
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcmpA(lp_string1: PCSTR, lp_string2: PCSTR) -> i32 {
    guard("lstrcmpA", 0, || lstrcmp(lp_string1, lp_string2, false))
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcmpiW(lp_string1: PCWSTR, lp_string2: PCWSTR) -> i32 {
    guard("lstrcmpiW", 0, || lstrcmp(lp_string1, lp_string2, true))
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn lstrcmpiA(lp_string1: PCSTR, lp_string2: PCSTR) -> i32 {
    guard("lstrcmpiA", 0, || lstrcmp(lp_string1, lp_string2, true))
}

/// The units of a counted string argument: `len` units, or up to the
/// terminator for a negative length.
///
/// # Safety
/// `p` is non-NULL and valid for `len` units, or terminated when negative.
unsafe fn counted<'a, C: Char>(p: *const C, len: i32) -> &'a [C] {
    match usize::try_from(len) {
        // SAFETY: the caller guarantees `n` readable units.
        Ok(n) => unsafe { std::slice::from_raw_parts(p, n) },
        // SAFETY: negative means NUL-terminated.
        Err(_) => unsafe { c_units(p) },
    }
}

fn cstr_result(o: Ordering) -> i32 {
    match o {
        Ordering::Less => g::CSTR_LESS_THAN,
        Ordering::Equal => g::CSTR_EQUAL,
        Ordering::Greater => g::CSTR_GREATER_THAN,
    }
}

/// # Safety
/// The strings are valid for their counts (or terminated for -1).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CompareStringOrdinal(
    lp_string1: PCWSTR,
    cch_count1: i32,
    lp_string2: PCWSTR,
    cch_count2: i32,
    b_ignore_case: BOOL,
) -> i32 {
    int_call("CompareStringOrdinal", || {
        if lp_string1.is_null() || lp_string2.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let (a, b) = unsafe {
            (
                counted(lp_string1, cch_count1),
                counted(lp_string2, cch_count2),
            )
        };
        // Ordinal with case ignored compares upper-cased units, as
        // RtlCompareUnicodeString does.
        let key = |u: u16| {
            if b_ignore_case != 0 {
                map_unit(u, true)
            } else {
                u
            }
        };
        Ok(cstr_result(
            a.iter().map(|&u| key(u)).cmp(b.iter().map(|&u| key(u))),
        ))
    })
}

/// The flags CompareString accepts; only the case flags change the result.
const COMPARE_FLAGS: u32 = g::NORM_IGNORECASE
    | g::NORM_IGNORENONSPACE
    | g::NORM_IGNORESYMBOLS
    | g::NORM_IGNOREKANATYPE
    | g::NORM_IGNOREWIDTH
    | g::NORM_LINGUISTIC_CASING
    | g::LINGUISTIC_IGNORECASE
    | g::LINGUISTIC_IGNOREDIACRITIC
    | g::SORT_STRINGSORT
    | g::SORT_DIGITSASNUMBERS;

fn compare_string<C: Char>(
    flags: u32,
    a: *const C,
    la: i32,
    b: *const C,
    lb: i32,
) -> Win32Result<i32> {
    if a.is_null() || b.is_null() {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    if flags & !COMPARE_FLAGS != 0 {
        return Err(Win32Error(f::ERROR_INVALID_FLAGS));
    }
    // SAFETY: CompareString's contract: valid for the counts.
    let (a, b) = unsafe { (C::decode(counted(a, la)), C::decode(counted(b, lb))) };
    let ignore_case = flags & (g::NORM_IGNORECASE | g::LINGUISTIC_IGNORECASE) != 0;
    Ok(cstr_result(compare_text(&a, &b, ignore_case)))
}

/// Every locale compares the same way here (see the module documentation).
///
/// # Safety
/// The strings are valid for their counts (or terminated for negative).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CompareStringW(
    locale: u32,
    dw_cmp_flags: u32,
    lp_string1: PCWSTR,
    cch_count1: i32,
    lp_string2: PCWSTR,
    cch_count2: i32,
) -> i32 {
    let _ = locale;
    int_call("CompareStringW", || {
        compare_string(dw_cmp_flags, lp_string1, cch_count1, lp_string2, cch_count2)
    })
}

/// # Safety
/// As [`CompareStringW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CompareStringA(
    locale: u32,
    dw_cmp_flags: u32,
    lp_string1: PCSTR,
    cch_count1: i32,
    lp_string2: PCSTR,
    cch_count2: i32,
) -> i32 {
    let _ = locale;
    int_call("CompareStringA", || {
        compare_string(dw_cmp_flags, lp_string1, cch_count1, lp_string2, cch_count2)
    })
}

/// # Safety
/// As [`CompareStringW`]; the locale name, version and reserved arguments
/// are not read.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CompareStringEx(
    lp_locale_name: PCWSTR,
    dw_cmp_flags: u32,
    lp_string1: PCWSTR,
    cch_count1: i32,
    lp_string2: PCWSTR,
    cch_count2: i32,
    lp_version_information: *const std::ffi::c_void,
    lp_reserved: *const std::ffi::c_void,
    l_param: isize,
) -> i32 {
    let _ = (lp_locale_name, lp_version_information, lp_reserved, l_param);
    int_call("CompareStringEx", || {
        compare_string(dw_cmp_flags, lp_string1, cch_count1, lp_string2, cch_count2)
    })
}

/// CharUpper/CharLower: a pointer whose high bits are zero carries a single
/// character in its low word (the CharUpper page); otherwise the string is
/// converted in place.
fn change_case(p: PWSTR, upper: bool) -> PWSTR {
    let value = p as usize;
    if value >> 16 == 0 {
        // The character travels in the pointer's low word.
        return map_unit(value as u16, upper) as usize as PWSTR;
    }
    // SAFETY: CharUpper's contract: a terminated, writable string.
    unsafe {
        let mut q = p;
        while *q != 0 {
            *q = map_unit(*q, upper);
            q = q.add(1);
        }
    }
    p
}

/// # Safety
/// `lpsz` is a character in the low word or a writable terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CharUpperW(lpsz: PWSTR) -> PWSTR {
    guard("CharUpperW", std::ptr::null_mut(), || {
        change_case(lpsz, true)
    })
}

/// # Safety
/// `lpsz` is a character in the low word or a writable terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CharLowerW(lpsz: PWSTR) -> PWSTR {
    guard("CharLowerW", std::ptr::null_mut(), || {
        change_case(lpsz, false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;

    fn to_wide(s: &str) -> Vec<u16> {
        wstr::to_wide_nul(s)
    }

    #[test]
    fn lstr_family() {
        let mut buf = [0u16; 16];
        let hello = to_wide("Hello");
        let world = to_wide(" World");
        // SAFETY: buffers are large enough and terminated.
        unsafe {
            assert_eq!(lstrlenW(std::ptr::null()), 0);
            assert_eq!(lstrcpyW(buf.as_mut_ptr(), hello.as_ptr()), buf.as_mut_ptr());
            assert_eq!(lstrcatW(buf.as_mut_ptr(), world.as_ptr()), buf.as_mut_ptr());
            assert_eq!(lstrlenW(buf.as_ptr()), 11);
            let mut small = [0x7777u16; 4];
            lstrcpynW(small.as_mut_ptr(), hello.as_ptr(), 4);
            assert_eq!(small, [b'H' as u16, b'e' as u16, b'l' as u16, 0]);
            assert!(lstrcpyW(std::ptr::null_mut(), hello.as_ptr()).is_null());
            assert_eq!(lstrcmpiW(hello.as_ptr(), to_wide("HELLO").as_ptr()), 0);
            assert!(lstrcmpW(to_wide("a").as_ptr(), to_wide("B").as_ptr()) < 0);
            assert!(lstrcmpW(to_wide("a").as_ptr(), to_wide("A").as_ptr()) < 0);
            assert!(lstrcmpA(c"b".as_ptr().cast(), c"a".as_ptr().cast()) > 0);
            assert_eq!(lstrcmpW(std::ptr::null(), hello.as_ptr()), -1);
        }
    }

    #[test]
    fn ordinal_and_linguistic_comparison() {
        let a = to_wide("abc");
        let b = to_wide("ABD");
        // SAFETY: terminated strings.
        unsafe {
            assert_eq!(
                CompareStringOrdinal(a.as_ptr(), -1, b.as_ptr(), -1, 0),
                g::CSTR_GREATER_THAN
            );
            assert_eq!(
                CompareStringOrdinal(a.as_ptr(), -1, b.as_ptr(), -1, 1),
                g::CSTR_LESS_THAN
            );
            assert_eq!(
                CompareStringOrdinal(a.as_ptr(), 2, b.as_ptr(), 2, 1),
                g::CSTR_EQUAL
            );
            assert_eq!(
                CompareStringW(
                    g::LOCALE_USER_DEFAULT,
                    g::NORM_IGNORECASE,
                    a.as_ptr(),
                    2,
                    b.as_ptr(),
                    2
                ),
                g::CSTR_EQUAL
            );
            assert_eq!(
                CompareStringEx(
                    std::ptr::null(),
                    0,
                    a.as_ptr(),
                    -1,
                    b.as_ptr(),
                    -1,
                    std::ptr::null(),
                    std::ptr::null(),
                    0
                ),
                g::CSTR_LESS_THAN
            );
            assert_eq!(
                CompareStringOrdinal(std::ptr::null(), -1, b.as_ptr(), -1, 0),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INVALID_PARAMETER);
        }
    }

    #[test]
    fn char_upper_lower() {
        let mut s = to_wide("grüße");
        // SAFETY: a writable terminated string; a character in the low word.
        unsafe {
            CharUpperW(s.as_mut_ptr());
            assert_eq!(String::from_utf16_lossy(&s[..5]), "GRÜßE");
            assert_eq!(CharLowerW(b'Q' as usize as PWSTR) as usize, b'q' as usize);
        }
    }
}
