//! Code-page conversion: MultiByteToWideChar, WideCharToMultiByte and the
//! code-page queries. CP_ACP, CP_OEMCP, CP_THREAD_ACP and CP_UTF8 are
//! UTF-8; Windows-1252 and ISO 8859-1 are converted without best-fit
//! mappings.

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::Globalization as g;
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

use super::{Char, c_len, int_call};

/// The code pages this implementation converts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CodePage {
    /// CP_UTF8 itself: Windows refuses default-character arguments for it.
    Utf8,
    /// CP_ACP, CP_OEMCP, CP_THREAD_ACP: UTF-8 here, but programs written
    /// for a single-byte ANSI code page pass default-character arguments.
    AnsiUtf8,
    Windows1252,
    Latin1,
}

/// The Windows-1252 characters at 0x80..=0x9F (Microsoft's bestfit1252
/// table); the five undefined bytes map to the C1 control with their value,
/// as MultiByteToWideChar does.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

const CP_WINDOWS_1252: u32 = 1252;
const CP_ISO_8859_1: u32 = 28591;

fn code_page(cp: u32) -> Win32Result<CodePage> {
    match cp {
        g::CP_UTF8 => Ok(CodePage::Utf8),
        g::CP_ACP | g::CP_OEMCP | g::CP_THREAD_ACP => Ok(CodePage::AnsiUtf8),
        CP_WINDOWS_1252 => Ok(CodePage::Windows1252),
        CP_ISO_8859_1 => Ok(CodePage::Latin1),
        _ => Err(Win32Error::INVALID_PARAMETER),
    }
}

fn decode_multibyte(cp: CodePage, flags: u32, src: &[u8]) -> Win32Result<Vec<u16>> {
    let strict = flags & g::MB_ERR_INVALID_CHARS != 0;
    let allowed = match cp {
        CodePage::Utf8 => g::MB_ERR_INVALID_CHARS,
        _ => g::MB_PRECOMPOSED | g::MB_COMPOSITE | g::MB_USEGLYPHCHARS | g::MB_ERR_INVALID_CHARS,
    };
    if flags & !allowed != 0 {
        return Err(Win32Error(f::ERROR_INVALID_FLAGS));
    }
    let mut out = Vec::with_capacity(src.len());
    match cp {
        CodePage::Utf8 | CodePage::AnsiUtf8 => {
            for chunk in src.utf8_chunks() {
                out.extend(chunk.valid().encode_utf16());
                if !chunk.invalid().is_empty() {
                    if strict {
                        return Err(Win32Error(f::ERROR_NO_UNICODE_TRANSLATION));
                    }
                    out.push(0xFFFD);
                }
            }
        }
        CodePage::Windows1252 => out.extend(src.iter().map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => u16::from(b),
        })),
        CodePage::Latin1 => out.extend(src.iter().map(|&b| u16::from(b))),
    }
    Ok(out)
}

/// The result of encoding: the bytes and whether a default character was
/// used.
fn encode_multibyte(
    cp: CodePage,
    flags: u32,
    src: &[u16],
    default_char: Option<u8>,
) -> Win32Result<(Vec<u8>, bool)> {
    let strict = flags & g::WC_ERR_INVALID_CHARS != 0;
    if cp == CodePage::Utf8 && flags & !g::WC_ERR_INVALID_CHARS != 0 {
        return Err(Win32Error(f::ERROR_INVALID_FLAGS));
    }
    let mut out = Vec::with_capacity(src.len());
    let mut used_default = false;
    match cp {
        CodePage::Utf8 | CodePage::AnsiUtf8 => {
            for unit in char::decode_utf16(src.iter().copied()) {
                let c = match unit {
                    Ok(c) => c,
                    Err(_) if strict => {
                        return Err(Win32Error(f::ERROR_NO_UNICODE_TRANSLATION));
                    }
                    Err(_) => {
                        used_default = true;
                        char::REPLACEMENT_CHARACTER
                    }
                };
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        CodePage::Windows1252 | CodePage::Latin1 => {
            let default = default_char.unwrap_or(b'?');
            for &u in src {
                let byte = match u {
                    0..=0x7F | 0xA0..=0xFF => u8::try_from(u).ok(),
                    0x80..=0x9F if cp == CodePage::Latin1 => u8::try_from(u).ok(),
                    _ if cp == CodePage::Windows1252 => CP1252_HIGH
                        .iter()
                        .position(|&x| x == u)
                        .and_then(|i| u8::try_from(0x80 + i).ok()),
                    _ => None,
                };
                out.push(byte.unwrap_or_else(|| {
                    used_default = true;
                    default
                }));
            }
        }
    }
    Ok((out, used_default))
}

/// The input of a conversion: `len` units, or up to and including the
/// terminator for -1.
///
/// # Safety
/// `p` is valid for `len` units, or NUL-terminated when `len` is -1.
unsafe fn conversion_input<'a, C: Char>(p: *const C, len: i32) -> Win32Result<&'a [C]> {
    if p.is_null() || len == 0 || len < -1 {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let n = match usize::try_from(len) {
        Ok(n) => n,
        // SAFETY: -1 means NUL-terminated; the terminator is included.
        Err(_) => (unsafe { c_len(p) }) + 1,
    };
    // SAFETY: the caller guarantees `n` readable units.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// Deliver a conversion's output: a size query when `room` is 0, else a
/// copy or ERROR_INSUFFICIENT_BUFFER.
///
/// # Safety
/// `dst` has room for `room` units when `room` > 0.
unsafe fn conversion_output<C: Copy>(out: &[C], dst: *mut C, room: i32) -> Win32Result<i32> {
    let n = i32::try_from(out.len()).map_err(|_| Win32Error::INSUFFICIENT_BUFFER)?;
    if room == 0 {
        return Ok(n);
    }
    if n > room {
        return Err(Win32Error::INSUFFICIENT_BUFFER);
    }
    // SAFETY: `n <= room` units fit.
    unsafe { std::ptr::copy_nonoverlapping(out.as_ptr(), dst, out.len()) };
    Ok(n)
}

/// # Safety
/// `lp_multi_byte_str` holds `cb_multi_byte` bytes (or is NUL-terminated for -1);
/// `lp_wide_char_str` has room for `cch_wide_char` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn MultiByteToWideChar(
    code_page_id: u32,
    dw_flags: u32,
    lp_multi_byte_str: PCSTR,
    cb_multi_byte: i32,
    lp_wide_char_str: PWSTR,
    cch_wide_char: i32,
) -> i32 {
    int_call("MultiByteToWideChar", || {
        if cch_wide_char < 0 || (cch_wide_char > 0 && lp_wide_char_str.is_null()) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let src = unsafe { conversion_input(lp_multi_byte_str, cb_multi_byte) }?;
        let out = decode_multibyte(code_page(code_page_id)?, dw_flags, src)?;
        // SAFETY: the caller's contract.
        unsafe { conversion_output(&out, lp_wide_char_str, cch_wide_char) }
    })
}

/// # Safety
/// `lp_wide_char_str` holds `cch_wide_char` units (or is NUL-terminated for -1);
/// `lp_multi_byte_str` has room for `cb_multi_byte` bytes; `lp_default_char` is
/// NULL or points to a byte; `lp_used_default_char` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WideCharToMultiByte(
    code_page_id: u32,
    dw_flags: u32,
    lp_wide_char_str: PCWSTR,
    cch_wide_char: i32,
    lp_multi_byte_str: PSTR,
    cb_multi_byte: i32,
    lp_default_char: PCSTR,
    lp_used_default_char: *mut BOOL,
) -> i32 {
    int_call("WideCharToMultiByte", || {
        if cb_multi_byte < 0 || (cb_multi_byte > 0 && lp_multi_byte_str.is_null()) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let cp = code_page(code_page_id)?;
        // The WideCharToMultiByte page: these must be NULL for CP_UTF8.
        if cp == CodePage::Utf8 && (!lp_default_char.is_null() || !lp_used_default_char.is_null()) {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let src = unsafe { conversion_input(lp_wide_char_str, cch_wide_char) }?;
        // SAFETY: NULL or a readable byte.
        let default = (!lp_default_char.is_null()).then(|| unsafe { *lp_default_char });
        let (out, used) = encode_multibyte(cp, dw_flags, src, default)?;
        // SAFETY: the caller's contract.
        let n = unsafe { conversion_output(&out, lp_multi_byte_str, cb_multi_byte) }?;
        if !lp_used_default_char.is_null() {
            // SAFETY: writable by contract.
            unsafe { *lp_used_default_char = BOOL::from(used) };
        }
        Ok(n)
    })
}

/// The ANSI code page: UTF-8.
#[unsafe(no_mangle)]
pub extern "system" fn GetACP() -> u32 {
    g::CP_UTF8
}

/// The OEM code page: UTF-8, like the ANSI one.
#[unsafe(no_mangle)]
pub extern "system" fn GetOEMCP() -> u32 {
    g::CP_UTF8
}

/// # Safety
/// No pointer arguments.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn IsValidCodePage(code_page_id: u32) -> BOOL {
    BOOL::from(code_page(code_page_id).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul as to_wide;
    use win32::{get_last_error, set_last_error};

    #[test]
    fn utf8_to_wide_sizes_and_terminator() {
        let src = "héllo\0";
        // SAFETY: valid buffers throughout.
        unsafe {
            let n = MultiByteToWideChar(g::CP_UTF8, 0, src.as_ptr(), -1, std::ptr::null_mut(), 0);
            assert_eq!(n, 6, "size query counts the terminator for -1");
            let mut out = [0xAAAAu16; 6];
            let n = MultiByteToWideChar(g::CP_ACP, 0, src.as_ptr(), -1, out.as_mut_ptr(), 6);
            assert_eq!(n, 6);
            assert_eq!(&out, &to_wide("héllo")[..]);
            // An explicit length does not add a terminator.
            let n = MultiByteToWideChar(g::CP_UTF8, 0, src.as_ptr(), 2, out.as_mut_ptr(), 6);
            // 'h' and half of 'é': the cut sequence becomes U+FFFD.
            assert_eq!(n, 2);
            assert_eq!(&out[..2], &[0x68, 0xFFFD]);
        }
    }

    #[test]
    fn invalid_utf8_is_replaced_or_refused() {
        let bad = [b'a', 0xFF, b'b'];
        let mut out = [0u16; 8];
        // SAFETY: valid buffers.
        unsafe {
            let n = MultiByteToWideChar(g::CP_UTF8, 0, bad.as_ptr(), 3, out.as_mut_ptr(), 8);
            assert_eq!(&out[..n as usize], &[0x61, 0xFFFD, 0x62]);
            set_last_error(0);
            let n = MultiByteToWideChar(
                g::CP_UTF8,
                g::MB_ERR_INVALID_CHARS,
                bad.as_ptr(),
                3,
                out.as_mut_ptr(),
                8,
            );
            assert_eq!(n, 0);
            assert_eq!(get_last_error(), f::ERROR_NO_UNICODE_TRANSLATION);
        }
    }

    #[test]
    fn conversion_argument_errors() {
        let src = b"abc";
        let mut out = [0u16; 2];
        // SAFETY: valid buffers.
        unsafe {
            assert_eq!(
                MultiByteToWideChar(g::CP_UTF8, 0, src.as_ptr(), 3, out.as_mut_ptr(), 2),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INSUFFICIENT_BUFFER);
            assert_eq!(
                MultiByteToWideChar(g::CP_UTF8, 0, src.as_ptr(), 0, out.as_mut_ptr(), 2),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INVALID_PARAMETER);
            assert_eq!(
                MultiByteToWideChar(12345, 0, src.as_ptr(), 3, out.as_mut_ptr(), 2),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INVALID_PARAMETER);
            assert_eq!(
                MultiByteToWideChar(
                    g::CP_UTF8,
                    g::MB_PRECOMPOSED,
                    src.as_ptr(),
                    3,
                    out.as_mut_ptr(),
                    2
                ),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INVALID_FLAGS);
            let w = to_wide("x");
            let mut used: BOOL = 0;
            let mut bytes = [0u8; 4];
            assert_eq!(
                WideCharToMultiByte(
                    g::CP_UTF8,
                    0,
                    w.as_ptr(),
                    -1,
                    bytes.as_mut_ptr(),
                    4,
                    std::ptr::null(),
                    &mut used
                ),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_INVALID_PARAMETER);
            // CP_ACP accepts it: programs written for single-byte pages pass it.
            assert_eq!(
                WideCharToMultiByte(
                    g::CP_ACP,
                    0,
                    w.as_ptr(),
                    -1,
                    bytes.as_mut_ptr(),
                    4,
                    std::ptr::null(),
                    &mut used
                ),
                2
            );
            assert_eq!(used, 0);
        }
    }

    #[test]
    fn wide_to_utf8_lone_surrogate_and_1252() {
        let w = [0x41u16, 0xD800, 0x42, 0];
        let mut out = [0u8; 16];
        // SAFETY: valid buffers.
        unsafe {
            let n = WideCharToMultiByte(
                g::CP_UTF8,
                0,
                w.as_ptr(),
                -1,
                std::ptr::null_mut(),
                0,
                std::ptr::null(),
                std::ptr::null_mut(),
            );
            assert_eq!(n, 6);
            let n = WideCharToMultiByte(
                g::CP_UTF8,
                0,
                w.as_ptr(),
                -1,
                out.as_mut_ptr(),
                16,
                std::ptr::null(),
                std::ptr::null_mut(),
            );
            assert_eq!(&out[..n as usize], b"A\xEF\xBF\xBDB\0");
            let n = WideCharToMultiByte(
                g::CP_UTF8,
                g::WC_ERR_INVALID_CHARS,
                w.as_ptr(),
                -1,
                out.as_mut_ptr(),
                16,
                std::ptr::null(),
                std::ptr::null_mut(),
            );
            assert_eq!(n, 0);
            assert_eq!(get_last_error(), f::ERROR_NO_UNICODE_TRANSLATION);
            let euro = [0x20ACu16, 0x4E2D];
            let mut used: BOOL = 0;
            let n = WideCharToMultiByte(
                1252,
                0,
                euro.as_ptr(),
                2,
                out.as_mut_ptr(),
                16,
                std::ptr::null(),
                &mut used,
            );
            assert_eq!(&out[..n as usize], &[0x80, b'?']);
            assert_eq!(used, 1);
            let back = [0x80u8, 0xE9];
            let mut wide = [0u16; 2];
            assert_eq!(
                MultiByteToWideChar(1252, 0, back.as_ptr(), 2, wide.as_mut_ptr(), 2),
                2
            );
            assert_eq!(wide, [0x20AC, 0xE9]);
        }
    }
}
