//! WinHttpTimeFromSystemTime and WinHttpTimeToSystemTime over
//! [`crate::time`].

use win32::abi::bool_call;
use win32::{Win32Error, wstr};
use windows_sys::Win32::Foundation::SYSTEMTIME;
use windows_sys::core::BOOL;

/// Writes the RFC 1123 date and its terminator into `time`, which holds
/// WINHTTP_TIME_FORMAT_BUFSIZE bytes.
///
/// # Safety
/// `st` is NULL or valid; `time` is NULL or valid for
/// WINHTTP_TIME_FORMAT_BUFSIZE bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpTimeFromSystemTime(
    st: *const SYSTEMTIME,
    time: *mut u16,
) -> BOOL {
    bool_call("WinHttpTimeFromSystemTime", || {
        if st.is_null() || time.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL, so valid per the contract.
        let text = crate::time::format(&unsafe { st.read_unaligned() })?;
        let wide = wstr::to_wide_nul(&text);
        // SAFETY: at most 30 WCHARs, within WINHTTP_TIME_FORMAT_BUFSIZE
        // bytes; unaligned writes because the caller's buffer is any LPWSTR.
        unsafe {
            for (i, &unit) in wide.iter().enumerate() {
                time.add(i).write_unaligned(unit);
            }
        }
        Ok(())
    })
}

/// # Safety
/// `time` is NULL or NUL-terminated UTF-16; `st` is NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpTimeToSystemTime(
    time: *const u16,
    st: *mut SYSTEMTIME,
) -> BOOL {
    bool_call("WinHttpTimeToSystemTime", || {
        if time.is_null() || st.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and terminated per the contract.
        let text = unsafe { wstr::from_wide_ptr(time) }?.unwrap_or_default();
        let parsed = crate::time::parse(&text)?;
        // SAFETY: non-NULL, so valid per the contract.
        unsafe { st.write_unaligned(parsed) };
        Ok(())
    })
}
