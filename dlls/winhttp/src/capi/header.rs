//! WinHttpAddRequestHeaders(Ex) and WinHttpQueryHeaders(Ex): the C side of
//! the header store ([`crate::headers`]) and its queries ([`crate::query`]).

use std::ffi::{c_char, c_void};

use win32::abi::bool_call;
use win32::{Win32Error, Win32Result, wstr};
use windows_sys::Win32::Networking::WinHttp as wh;
use windows_sys::core::BOOL;

use super::{Hinternet, code_call, header_block, request};
use crate::headers;
use crate::query::{self, HeaderValue};

/// # Safety
/// `headers` is valid for `len` WCHARs, or terminated when `len` is -1.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpAddRequestHeaders(
    h: Hinternet,
    headers: *const u16,
    len: u32,
    modifiers: u32,
) -> BOOL {
    bool_call("WinHttpAddRequestHeaders", || {
        let r = request(h)?;
        // A zero length is an argument error (Wine's tests, on Windows).
        if headers.is_null() || len == 0 {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract.
        let block = unsafe { header_block(headers, len) }?;
        r.add_headers(&block, modifiers)
    })
}

/// # Safety
/// `headers` is NULL or valid for `count` entries, each a name and value
/// (UTF-16 with WINHTTP_EXTENDED_HEADER_FLAG_UNICODE, else 8-bit) that are
/// NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpAddRequestHeadersEx(
    h: Hinternet,
    modifiers: u32,
    flags: u64,
    extra: u64,
    count: u32,
    headers: *const wh::WINHTTP_EXTENDED_HEADER,
) -> u32 {
    code_call("WinHttpAddRequestHeadersEx", || {
        let r = request(h)?;
        // ullExtra is reserved: "Set to 0".
        if extra != 0 || count == 0 || headers.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let unicode = flags & u64::from(wh::WINHTTP_EXTENDED_HEADER_FLAG_UNICODE) != 0;
        // SAFETY: `count` entries per the contract.
        let entries = unsafe { std::slice::from_raw_parts(headers, count as usize) };
        let mut checked = Vec::with_capacity(entries.len());
        for e in entries {
            // SAFETY: the union members are pointers to strings of the
            // width the flag names, NULL or terminated per the contract.
            let (name, value) = unsafe {
                if unicode {
                    (
                        wstr::from_wide_ptr(e.Anonymous1.pwszName)?,
                        wstr::from_wide_ptr(e.Anonymous2.pwszValue)?,
                    )
                } else {
                    (
                        wstr::from_ansi_ptr(e.Anonymous1.pszName.cast::<c_char>())?,
                        wstr::from_ansi_ptr(e.Anonymous2.pszValue.cast::<c_char>())?,
                    )
                }
            };
            let name = name.ok_or(Win32Error::INVALID_PARAMETER)?;
            checked.push(headers::checked(&name, &value.unwrap_or_default())?);
        }
        r.add_header_list(&checked, modifiers)
    })
}

/// Write `bytes` to the caller's buffer, or say how many it needs.
///
/// # Safety
/// `len` is valid; `buffer` NULL or valid for `*len` bytes.
unsafe fn fill(bytes: &[u8], buffer: *mut c_void, len: *mut u32) -> Win32Result<()> {
    // SAFETY: valid per the contract.
    let room = unsafe { len.read() } as usize;
    if buffer.is_null() || room < bytes.len() {
        // SAFETY: valid per the contract.
        unsafe { len.write(bytes.len() as u32) };
        return Err(Win32Error::INSUFFICIENT_BUFFER);
    }
    // SAFETY: the buffer holds at least `bytes.len()` bytes.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buffer.cast::<u8>(), bytes.len()) };
    Ok(())
}

/// # Safety
/// `name` is NULL or terminated; `len` NULL or valid; `buffer` NULL or
/// valid for `*len` bytes; `index` NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpQueryHeaders(
    h: Hinternet,
    level: u32,
    name: *const u16,
    buffer: *mut c_void,
    len: *mut u32,
    index: *mut u32,
) -> BOOL {
    bool_call("WinHttpQueryHeaders", || {
        let r = request(h)?;
        if len.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract.
        let name = unsafe { wstr::from_wide_ptr(name) }?;
        let at = if index.is_null() {
            0
        } else {
            // SAFETY: non-NULL, so valid per the contract.
            unsafe { index.read() }
        };
        let (value, by_name) = r.query_header(level, name.as_deref(), at)?;
        let (bytes, reported) = value.to_bytes(true);
        // SAFETY: `len` checked non-NULL; `buffer` per the contract.
        unsafe { fill(&bytes, buffer, len) }?;
        // SAFETY: checked non-NULL.
        unsafe { len.write(reported as u32) };
        if by_name && !index.is_null() {
            // SAFETY: non-NULL per the check.
            unsafe { index.write(at + 1) };
        }
        Ok(())
    })
}

/// The WINHTTP_EXTENDED_HEADER array and, after it, the strings it points
/// to, laid out in `buffer` (`base` is where the buffer will be).
fn extended_block(entries: &[(String, String)], wide: bool, base: usize) -> Vec<u8> {
    let entry = size_of::<wh::WINHTTP_EXTENDED_HEADER>();
    let encode = |s: &str| -> Vec<u8> { HeaderValue::Text(s.to_string()).to_bytes(wide).0 };
    let strings: Vec<(Vec<u8>, Vec<u8>)> = entries
        .iter()
        .map(|(n, v)| (encode(n), encode(v)))
        .collect();
    let mut table = Vec::with_capacity(entries.len() * entry);
    let mut data = Vec::new();
    let mut at = base + entries.len() * entry;
    for (n, v) in &strings {
        table.extend_from_slice(&at.to_ne_bytes());
        at += n.len();
        table.extend_from_slice(&at.to_ne_bytes());
        at += v.len();
        data.extend_from_slice(n);
        data.extend_from_slice(v);
    }
    table.extend_from_slice(&data);
    table
}

/// # Safety
/// `index` NULL or valid; `name` NULL or a WINHTTP_HEADER_NAME whose
/// string (UTF-16, or 8-bit with WINHTTP_QUERY_FLAG_WIRE_ENCODING) is NULL
/// or terminated; `len` valid; `buffer` NULL or valid for `*len` bytes
/// and 8-byte aligned; `headers` and `count` NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpQueryHeadersEx(
    h: Hinternet,
    level: u32,
    flags: u64,
    _code_page: u32,
    index: *mut u32,
    name: *const wh::WINHTTP_HEADER_NAME,
    buffer: *mut c_void,
    len: *mut u32,
    headers: *mut *mut wh::WINHTTP_EXTENDED_HEADER,
    count: *mut u32,
) -> u32 {
    code_call("WinHttpQueryHeadersEx", || {
        let r = request(h)?;
        // ullFlags is reserved: "Set to 0".
        if flags != 0 || len.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let wide = level & wh::WINHTTP_QUERY_FLAG_WIRE_ENCODING == 0;
        let name = if name.is_null() {
            None
        } else if wide {
            // SAFETY: a WINHTTP_HEADER_NAME with a UTF-16 name, per the contract.
            unsafe { wstr::from_wide_ptr((*name).pwszName) }?
        } else {
            // SAFETY: a WINHTTP_HEADER_NAME with an 8-bit name, per the contract.
            unsafe { wstr::from_ansi_ptr((*name).pszName.cast::<c_char>()) }?
        };
        let at = if index.is_null() {
            0
        } else {
            // SAFETY: non-NULL, so valid per the contract.
            unsafe { index.read() }
        };
        let level = level & !wh::WINHTTP_QUERY_FLAG_WIRE_ENCODING;
        let (entries, by_name) =
            r.with_message(level, |m| query::entries(m, level, name.as_deref(), at))?;
        let block = extended_block(&entries, wide, buffer as usize);
        // SAFETY: `len` checked non-NULL; `buffer` per the contract.
        unsafe { fill(&block, buffer, len) }?;
        // SAFETY: all checked non-NULL, valid per the contract.
        unsafe {
            len.write(block.len() as u32);
            if !headers.is_null() {
                headers.write(buffer.cast());
            }
            if !count.is_null() {
                count.write(entries.len() as u32);
            }
            if by_name && !index.is_null() {
                index.write(at + 1);
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extended_block_points_into_itself() {
        let entries = vec![("A".to_string(), "1".to_string())];
        let block = extended_block(&entries, true, 0x1000);
        let entry = size_of::<wh::WINHTTP_EXTENDED_HEADER>();
        let name = usize::from_ne_bytes(block[..8].try_into().unwrap());
        let value = usize::from_ne_bytes(block[8..16].try_into().unwrap());
        assert_eq!((name, value), (0x1000 + entry, 0x1000 + entry + 4));
        assert_eq!(&block[entry..], &[b'A', 0, 0, 0, b'1', 0, 0, 0]);
    }
}
