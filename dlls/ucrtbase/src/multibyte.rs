//! Multibyte (UTF-8, this project's ANSI code page) to and from wide
//! (UTF-16): `mbstowcs`, `wcstombs`, `mbsrtowcs`, `wcsrtombs`, `mbtowc`,
//! `wctomb`, `btowc`, `wctob`, `mbrtowc`, `wcrtomb`, `mbrlen`.
//!
//! Invalid input is an error (`(size_t)-1` or -1 with `errno = EILSEQ`), as
//! C requires of these functions. One `wchar_t` holds one UTF-16 unit, so
//! the character-at-a-time functions cannot return a character outside the
//! BMP from `mbtowc`/`mbrtowc` (`EILSEQ`), while `wcrtomb` accepts a
//! surrogate pair over two calls (the high half waits in the state) and
//! the string functions convert pairs whole.

use std::ffi::{c_char, c_int};

use crate::ctype::{WEOF, WInt};
use crate::errno::set_errno;
use crate::wstring::{WChar, wide_slice};

const ERROR: usize = usize::MAX;
const INCOMPLETE: usize = usize::MAX - 1;

/// glibc's `mbstate_t`: an `int` count (0 in the initial state, so glibc's
/// `mbsinit` agrees) and four bytes of pending input.
#[repr(C)]
pub struct MbState {
    count: c_int,
    pending: [u8; 4],
}

fn eilseq() -> usize {
    set_errno(libc::EILSEQ);
    ERROR
}

/// Decode the first UTF-8 character of `bytes`: `Ok((char, length))`,
/// `Err(true)` when `bytes` is a valid but incomplete prefix, `Err(false)`
/// when invalid.
fn decode_utf8(bytes: &[u8]) -> Result<(char, usize), bool> {
    let first = *bytes.first().ok_or(true)?;
    let len = match first {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return Err(false),
    };
    let have = &bytes[..len.min(bytes.len())];
    match std::str::from_utf8(have) {
        Ok(s) => s.chars().next().map(|c| (c, len)).ok_or(false),
        Err(e) if e.error_len().is_none() => Err(true),
        Err(_) => Err(false),
    }
}

/// A string conversion's outcome: units (or bytes) written, source units
/// (or bytes) consumed, and whether the source's NUL was reached (and, with
/// room, written).
struct Converted {
    written: usize,
    consumed: usize,
    finished: bool,
}

/// UTF-8 to UTF-16 into at most `limit` units of `dst` (NULL: only count),
/// whole characters only, then a NUL when there is room.
///
/// # Safety
/// `src` is NUL-terminated; `dst` is NULL or has `limit` writable units.
unsafe fn utf8_to_wide(dst: *mut WChar, src: *const c_char, limit: usize) -> Option<Converted> {
    // SAFETY: the caller's contract.
    let bytes = unsafe { std::ffi::CStr::from_ptr(src) }.to_bytes();
    let text = std::str::from_utf8(bytes).ok()?;
    let limit = if dst.is_null() { usize::MAX } else { limit };
    let mut done = Converted {
        written: 0,
        consumed: 0,
        finished: false,
    };
    for c in text.chars() {
        let mut pair = [0u16; 2];
        let units = c.encode_utf16(&mut pair);
        if done.written + units.len() > limit {
            return Some(done);
        }
        if !dst.is_null() {
            for (i, &u) in units.iter().enumerate() {
                // SAFETY: `written + i < limit`.
                unsafe { *dst.add(done.written + i) = u };
            }
        }
        done.written += units.len();
        done.consumed += c.len_utf8();
    }
    if done.written < limit {
        done.finished = true;
        if !dst.is_null() {
            // SAFETY: room for the NUL.
            unsafe { *dst.add(done.written) = 0 };
        }
    }
    Some(done)
}

/// UTF-16 to UTF-8 into at most `limit` bytes of `dst` (NULL: only count),
/// whole characters only, then a NUL when there is room. A lone surrogate
/// fails.
///
/// # Safety
/// `src` is NUL-terminated; `dst` is NULL or has `limit` writable bytes.
unsafe fn wide_to_utf8(dst: *mut c_char, src: *const WChar, limit: usize) -> Option<Converted> {
    // SAFETY: the caller's contract.
    let text = String::from_utf16(unsafe { wide_slice(src) }).ok()?;
    let limit = if dst.is_null() { usize::MAX } else { limit };
    let mut done = Converted {
        written: 0,
        consumed: 0,
        finished: false,
    };
    for c in text.chars() {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        if done.written + bytes.len() > limit {
            return Some(done);
        }
        if !dst.is_null() {
            // SAFETY: `written + len <= limit`.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    bytes.as_ptr(),
                    dst.add(done.written).cast(),
                    bytes.len(),
                )
            };
        }
        done.written += bytes.len();
        done.consumed += c.len_utf16();
    }
    if done.written < limit {
        done.finished = true;
        if !dst.is_null() {
            // SAFETY: room for the NUL.
            unsafe { *dst.add(done.written) = 0 };
        }
    }
    Some(done)
}

/// `mbstowcs`: with `dst` NULL the number of units needed (without NUL);
/// otherwise at most `n` units, and a NUL when there is room.
///
/// # Safety
/// `src` is NUL-terminated; `dst` is NULL or has `n` writable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_mbstowcs(
    dst: *mut WChar,
    src: *const c_char,
    n: usize,
) -> usize {
    win32::abi::guard("mbstowcs", ERROR, || {
        if src.is_null() {
            set_errno(libc::EINVAL);
            return ERROR;
        }
        // SAFETY: the caller's contract.
        unsafe { utf8_to_wide(dst, src, n) }.map_or_else(eilseq, |d| d.written)
    })
}

/// `wcstombs`: with `dst` NULL the number of bytes needed (without NUL);
/// otherwise whole characters within `n` bytes, and a NUL when there is
/// room. A lone surrogate is `EILSEQ`.
///
/// # Safety
/// `src` is NUL-terminated; `dst` is NULL or has `n` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcstombs(
    dst: *mut c_char,
    src: *const WChar,
    n: usize,
) -> usize {
    win32::abi::guard("wcstombs", ERROR, || {
        if src.is_null() {
            set_errno(libc::EINVAL);
            return ERROR;
        }
        // SAFETY: the caller's contract.
        unsafe { wide_to_utf8(dst, src, n) }.map_or_else(eilseq, |d| d.written)
    })
}

/// The restartable conversions (C 7.29.6.4): convert from `*src` as the
/// plain function does, then, when writing, advance `*src` past what was
/// converted, or set it to NULL when the NUL was reached. UTF-8 has no
/// shift state, so the `mbstate_t` is not needed between whole characters.
///
/// # Safety
/// `src` points to a NUL-terminated string pointer; `dst` is NULL or has
/// `n` writable units; `convert` reads and writes within those.
unsafe fn convert_restartable<S, D>(
    name: &'static str,
    dst: *mut D,
    src: *mut *const S,
    n: usize,
    convert: unsafe fn(*mut D, *const S, usize) -> Option<Converted>,
) -> usize {
    win32::abi::guard(name, ERROR, || {
        // SAFETY: the caller's contract.
        if src.is_null() || unsafe { *src }.is_null() {
            set_errno(libc::EINVAL);
            return ERROR;
        }
        // SAFETY: the caller's contract.
        let Some(done) = (unsafe { convert(dst, *src, n) }) else {
            return eilseq();
        };
        if !dst.is_null() {
            // SAFETY: `consumed` units lie within the source string.
            unsafe {
                *src = if done.finished {
                    std::ptr::null()
                } else {
                    (*src).add(done.consumed)
                }
            };
        }
        done.written
    })
}

/// `mbsrtowcs`: `mbstowcs` that advances `*src` (see `convert_restartable`).
///
/// # Safety
/// `src` points to a NUL-terminated string pointer; `dst` is NULL or has
/// `n` writable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_mbsrtowcs(
    dst: *mut WChar,
    src: *mut *const c_char,
    n: usize,
    _ps: *mut MbState,
) -> usize {
    // SAFETY: the caller's contract.
    unsafe { convert_restartable("mbsrtowcs", dst, src, n, utf8_to_wide) }
}

/// `wcsrtombs`: `wcstombs` that advances `*src` (see `convert_restartable`).
///
/// # Safety
/// `src` points to a NUL-terminated string pointer; `dst` is NULL or has
/// `n` writable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcsrtombs(
    dst: *mut c_char,
    src: *mut *const WChar,
    n: usize,
    _ps: *mut MbState,
) -> usize {
    // SAFETY: the caller's contract.
    unsafe { convert_restartable("wcsrtombs", dst, src, n, wide_to_utf8) }
}

/// One character of at most `n` bytes into one unit: `Ok(length)` or an
/// error value for the caller.
///
/// # Safety
/// `s` has `n` readable bytes (or a NUL before); `pwc` is NULL or writable.
unsafe fn decode_one(pwc: *mut WChar, s: *const c_char, n: usize) -> Result<usize, bool> {
    // Never read past a NUL: a C string may be shorter than `n`.
    // SAFETY: the caller's contract.
    let len = (0..n)
        .find(|&i| unsafe { *s.add(i) } == 0)
        .map_or(n, |i| i + 1);
    // SAFETY: `len` bytes are readable.
    let bytes = unsafe { std::slice::from_raw_parts(s.cast::<u8>(), len) };
    let (c, used) = decode_utf8(bytes)?;
    let unit = u16::try_from(u32::from(c)).map_err(|_| false)?;
    if !pwc.is_null() {
        // SAFETY: writable per the contract.
        unsafe { *pwc = unit };
    }
    Ok(if unit == 0 { 0 } else { used })
}

/// # Safety
/// `s` is NULL or has `n` readable bytes; `pwc` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_mbtowc(pwc: *mut WChar, s: *const c_char, n: usize) -> c_int {
    win32::abi::guard("mbtowc", -1, || {
        if s.is_null() {
            return 0; // UTF-8 has no shift state.
        }
        // SAFETY: the caller's contract.
        match unsafe { decode_one(pwc, s, n) } {
            Ok(used) => used as c_int,
            Err(_) => {
                set_errno(libc::EILSEQ);
                -1
            }
        }
    })
}

/// # Safety
/// `s` is NULL or has room for 4 bytes (`MB_CUR_MAX`).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wctomb(s: *mut c_char, wc: WChar) -> c_int {
    win32::abi::guard("wctomb", -1, || {
        if s.is_null() {
            return 0;
        }
        let Some(c) = char::from_u32(wc.into()) else {
            set_errno(libc::EILSEQ);
            return -1;
        };
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        // SAFETY: room for MB_CUR_MAX bytes.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), s.cast(), bytes.len()) };
        bytes.len() as c_int
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_btowc(c: c_int) -> WInt {
    // Only ASCII is a complete character on its own in UTF-8.
    u8::try_from(c)
        .ok()
        .filter(u8::is_ascii)
        .map_or(WEOF, WInt::from)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_wctob(c: WInt) -> c_int {
    u8::try_from(c)
        .ok()
        .filter(u8::is_ascii)
        .map_or(libc::EOF, c_int::from)
}

thread_local! {
    /// The internal states of `mbrtowc`/`wcrtomb`/`mbrlen` with a NULL state.
    static INTERNAL_STATE: std::cell::Cell<(c_int, [u8; 4])> = const { std::cell::Cell::new((0, [0; 4])) };
}

/// Run `f` on the caller's state, or on the per-thread one for NULL.
///
/// # Safety
/// `ps` is NULL or a valid `mbstate_t`.
unsafe fn with_state<R>(ps: *mut MbState, f: impl FnOnce(&mut MbState) -> R) -> R {
    if ps.is_null() {
        let (count, pending) = INTERNAL_STATE.get();
        let mut st = MbState { count, pending };
        let r = f(&mut st);
        INTERNAL_STATE.set((st.count, st.pending));
        r
    } else {
        // SAFETY: the caller's contract.
        f(unsafe { &mut *ps })
    }
}

/// `mbrtowc`: pending bytes of an incomplete character wait in the state
/// (`(size_t)-2`) and complete on the next call.
///
/// # Safety
/// `s` is NULL or has `n` readable bytes; `pwc` is NULL or writable; `ps`
/// is NULL or a valid `mbstate_t`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_mbrtowc(
    pwc: *mut WChar,
    s: *const c_char,
    n: usize,
    ps: *mut MbState,
) -> usize {
    win32::abi::guard("mbrtowc", ERROR, || {
        // SAFETY: the caller's contract.
        unsafe {
            with_state(ps, |st| {
                if s.is_null() {
                    st.count = 0;
                    return 0;
                }
                let held = usize::try_from(st.count).unwrap_or(0).min(4);
                let mut bytes = st.pending[..held].to_vec();
                // Inspect at most `n` bytes and never past a NUL.
                for i in 0..n.min(4 - held) {
                    let b = *s.add(i) as u8;
                    bytes.push(b);
                    if b == 0 {
                        break;
                    }
                }
                match decode_one(pwc, bytes.as_ptr().cast(), bytes.len()) {
                    Ok(used) => {
                        st.count = 0;
                        used.saturating_sub(held)
                    }
                    Err(true) => {
                        st.pending[..bytes.len()].copy_from_slice(&bytes);
                        st.count = bytes.len() as c_int;
                        INCOMPLETE
                    }
                    Err(false) => {
                        st.count = 0;
                        eilseq()
                    }
                }
            })
        }
    })
}

/// # Safety
/// As [`__wrap_mbrtowc`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_mbrlen(s: *const c_char, n: usize, ps: *mut MbState) -> usize {
    // SAFETY: the caller's contract.
    unsafe { __wrap_mbrtowc(std::ptr::null_mut(), s, n, ps) }
}

/// `wcrtomb`: a high surrogate waits in the state (0 bytes written) and the
/// following low surrogate writes the whole character.
///
/// # Safety
/// `s` is NULL or has room for 4 bytes; `ps` is NULL or a valid
/// `mbstate_t`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_wcrtomb(s: *mut c_char, wc: WChar, ps: *mut MbState) -> usize {
    win32::abi::guard("wcrtomb", ERROR, || {
        // SAFETY: the caller's contract.
        unsafe {
            with_state(ps, |st| {
                if s.is_null() {
                    st.count = 0;
                    return 1;
                }
                let high =
                    (st.count == 2).then(|| u16::from_le_bytes([st.pending[0], st.pending[1]]));
                st.count = 0;
                let c = match (high, wc) {
                    (None, 0xD800..=0xDBFF) => {
                        st.pending[..2].copy_from_slice(&wc.to_le_bytes());
                        st.count = 2;
                        return 0;
                    }
                    (Some(h), 0xDC00..=0xDFFF) => {
                        char::decode_utf16([h, wc]).next().and_then(Result::ok)
                    }
                    (None, _) => char::from_u32(wc.into()),
                    (Some(_), _) => None,
                };
                let Some(c) = c else { return eilseq() };
                let mut buf = [0u8; 4];
                let bytes = c.encode_utf8(&mut buf).as_bytes();
                std::ptr::copy_nonoverlapping(bytes.as_ptr(), s.cast(), bytes.len());
                bytes.len()
            })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    #[test]
    fn string_conversions_round_trip() {
        let src = c"h\u{e9}\u{1f389}!";
        // SAFETY: terminated strings, sized buffers.
        unsafe {
            assert_eq!(__wrap_mbstowcs(std::ptr::null_mut(), src.as_ptr(), 0), 5);
            let mut w = [0xFFFFu16; 8];
            assert_eq!(__wrap_mbstowcs(w.as_mut_ptr(), src.as_ptr(), 8), 5);
            assert_eq!(&w[..6], &to_wide_nul("hé🎉!")[..]);
            // Room for 3 units: the pair does not split.
            let mut w3 = [0xFFFFu16; 3];
            assert_eq!(__wrap_mbstowcs(w3.as_mut_ptr(), src.as_ptr(), 3), 2);
            let mut a = [0x7Fu8; 16];
            assert_eq!(__wrap_wcstombs(std::ptr::null_mut(), w.as_ptr(), 0), 8);
            assert_eq!(__wrap_wcstombs(a.as_mut_ptr().cast(), w.as_ptr(), 16), 8);
            assert_eq!(&a[..9], src.to_bytes_with_nul());
            let lone = [0xD800u16, 0];
            assert_eq!(
                __wrap_wcstombs(a.as_mut_ptr().cast(), lone.as_ptr(), 16),
                ERROR
            );
            assert_eq!(__wrap_mbstowcs(w.as_mut_ptr(), c"\xff".as_ptr(), 8), ERROR);
            // The restartable forms advance the source pointer.
            let mut p = src.as_ptr();
            let mut st = MbState {
                count: 0,
                pending: [0; 4],
            };
            assert_eq!(__wrap_mbsrtowcs(w.as_mut_ptr(), &mut p, 2, &mut st), 2);
            assert_eq!(p, src.as_ptr().add(3));
            assert_eq!(__wrap_mbsrtowcs(w.as_mut_ptr(), &mut p, 8, &mut st), 3);
            assert!(p.is_null());
            let wide = to_wide_nul("é€");
            let mut q = wide.as_ptr();
            assert_eq!(
                __wrap_wcsrtombs(a.as_mut_ptr().cast(), &mut q, 4, &mut st),
                2
            );
            assert_eq!(q, wide.as_ptr().add(1));
            assert_eq!(
                __wrap_wcsrtombs(a.as_mut_ptr().cast(), &mut q, 4, &mut st),
                3
            );
            assert!(q.is_null());
        }
    }

    #[test]
    fn character_conversions() {
        let mut wc = 0u16;
        let mut buf = [0u8; 4];
        // SAFETY: valid pointers.
        unsafe {
            assert_eq!(__wrap_mbtowc(&mut wc, c"\u{e9}x".as_ptr(), 4), 2);
            assert_eq!(wc, 0xE9);
            assert_eq!(__wrap_mbtowc(&mut wc, c"\u{1f389}".as_ptr(), 4), -1);
            assert_eq!(__wrap_wctomb(buf.as_mut_ptr().cast(), 0x20AC), 3);
            assert_eq!(&buf[..3], "€".as_bytes());
            let mut st = MbState {
                count: 0,
                pending: [0; 4],
            };
            let euro = "€".as_bytes();
            assert_eq!(
                __wrap_mbrtowc(&mut wc, euro.as_ptr().cast(), 1, &mut st),
                INCOMPLETE
            );
            assert_eq!(
                __wrap_mbrtowc(&mut wc, euro[1..].as_ptr().cast(), 2, &mut st),
                2
            );
            assert_eq!((wc, st.count), (0x20AC, 0));
            assert_eq!(__wrap_wcrtomb(buf.as_mut_ptr().cast(), 0xD83C, &mut st), 0);
            assert_eq!(__wrap_wcrtomb(buf.as_mut_ptr().cast(), 0xDF89, &mut st), 4);
            assert_eq!(&buf, "🎉".as_bytes());
            assert_eq!(
                __wrap_wcrtomb(buf.as_mut_ptr().cast(), 0xDF89, &mut st),
                ERROR
            );
        }
        assert_eq!(__wrap_btowc(0x41), 0x41);
        assert_eq!(__wrap_btowc(0xE9), WEOF);
        assert_eq!(__wrap_wctob(0xE9), libc::EOF);
    }
}
