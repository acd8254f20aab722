//! The proxy configuration functions over [`crate::proxy`]:
//! WinHttpGetIEProxyConfigForCurrentUser, WinHttpGetDefaultProxyConfiguration,
//! WinHttpSetDefaultProxyConfiguration, WinHttpGetProxyForUrl and
//! WinHttpDetectAutoProxyConfigUrl. Argument checks and error codes are
//! Windows' as Wine's `dlls/winhttp/tests/winhttp.c` records them (its
//! `ok()` lines without `todo_wine`). Strings handed out are GlobalAlloc'd;
//! the caller frees them with GlobalFree.

use std::ffi::c_void;

use win32::abi::bool_call;
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::FALSE;
use windows_sys::Win32::Networking::WinHttp as wh;
use windows_sys::core::BOOL;

use super::option::global_strings;
use super::{Internet, WRONG_TYPE, get, text};
use crate::proxy::{self, EnvConfig};
use crate::url::{self, Want};

const AUTODETECTION_FAILED: Win32Error = Win32Error(wh::ERROR_WINHTTP_AUTODETECTION_FAILED);

/// The environment's settings as the IE configuration: no auto-detection
/// and no PAC script (they are not supported), the proxy and bypass lists
/// from `*_proxy` and `no_proxy`, NULL where unset.
///
/// # Safety
/// `config` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetIEProxyConfigForCurrentUser(
    config: *mut wh::WINHTTP_CURRENT_USER_IE_PROXY_CONFIG,
) -> BOOL {
    bool_call("WinHttpGetIEProxyConfigForCurrentUser", || {
        if config.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let env = EnvConfig::current();
        let (proxy, bypass) = global_strings(&env.proxy, &env.bypass)?;
        let answer = wh::WINHTTP_CURRENT_USER_IE_PROXY_CONFIG {
            fAutoDetect: FALSE,
            lpszAutoConfigUrl: std::ptr::null_mut(),
            lpszProxy: proxy,
            lpszProxyBypass: bypass,
        };
        // SAFETY: non-NULL and writable per the contract; unaligned as the
        // caller's pointer is not checked.
        unsafe { config.write_unaligned(answer) };
        Ok(())
    })
}

/// The process's default configuration: the environment's until
/// WinHttpSetDefaultProxyConfiguration replaces it.
///
/// # Safety
/// `info` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetDefaultProxyConfiguration(
    info: *mut wh::WINHTTP_PROXY_INFO,
) -> BOOL {
    bool_call("WinHttpGetDefaultProxyConfiguration", || {
        if info.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and writable per the contract.
        unsafe { write_default(info) }
    })
}

/// The default configuration into `info`, its strings from GlobalAlloc.
///
/// # Safety
/// `info` is valid for a write.
unsafe fn write_default(info: *mut wh::WINHTTP_PROXY_INFO) -> Win32Result<()> {
    let config = proxy::default_config();
    let (proxy, bypass) = global_strings(&config.proxy, &config.bypass)?;
    let answer = wh::WINHTTP_PROXY_INFO {
        dwAccessType: config.access,
        lpszProxy: proxy,
        lpszProxyBypass: bypass,
    };
    // SAFETY: writable per this function's contract.
    unsafe { info.write_unaligned(answer) };
    Ok(())
}

/// Replaces the default configuration for this process (Windows writes the
/// registry; nothing on Linux corresponds). Sessions opened afterwards
/// with WINHTTP_ACCESS_TYPE_DEFAULT_PROXY report it.
///
/// # Safety
/// `info` is NULL or valid for a read; its strings NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpSetDefaultProxyConfiguration(
    info: *mut wh::WINHTTP_PROXY_INFO,
) -> BOOL {
    bool_call("WinHttpSetDefaultProxyConfiguration", || {
        if info.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and readable per the contract.
        let info = unsafe { info.read_unaligned() };
        // SAFETY: the strings are NULL or terminated per the contract.
        let (names, bypass) = unsafe { (text(info.lpszProxy)?, text(info.lpszProxyBypass)?) };
        proxy::set_default_config(proxy::checked_default(info.dwAccessType, names, bypass)?);
        Ok(())
    })
}

/// Without PAC support there is no script to run for any URL: once the
/// arguments and the URL pass Windows' checks, the answer is
/// ERROR_WINHTTP_AUTODETECTION_FAILED for auto-detection and for a
/// configuration URL alike, and callers fall back to the IE or default
/// configuration as they do on a network without WPAD.
///
/// # Safety
/// `url` is NULL or terminated UTF-16; `options` NULL or valid for a read
/// (its URL NULL or terminated); `info` NULL or valid.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpGetProxyForUrl(
    h: *mut c_void,
    url: *const u16,
    options: *mut wh::WINHTTP_AUTOPROXY_OPTIONS,
    info: *mut wh::WINHTTP_PROXY_INFO,
) -> BOOL {
    bool_call("WinHttpGetProxyForUrl", || {
        let Internet::Session(_) = &*get(h)? else {
            return Err(WRONG_TYPE);
        };
        if url.is_null() || options.is_null() || info.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and readable per the contract.
        let options = unsafe { options.read_unaligned() };
        let detect = options.dwFlags & wh::WINHTTP_AUTOPROXY_AUTO_DETECT != 0;
        let script = options.dwFlags & wh::WINHTTP_AUTOPROXY_CONFIG_URL != 0;
        // One of the two ways, each with what it needs (Wine's
        // test_WinHttpGetProxyForUrl).
        if !(detect || script)
            || (detect && options.dwAutoDetectFlags == 0)
            || (script && options.lpszAutoConfigUrl.is_null())
        {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and terminated per the contract.
        let url = unsafe { text(url) }?;
        if url.is_empty() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // A URL WinHttpCrackUrl refuses fails with its error ("http:" fails
        // on Windows too).
        let units: Vec<u16> = url.encode_utf16().collect();
        url::crack(&units, 0, &[Want::Nothing; 6])?;
        // WINHTTP_AUTOPROXY_ALLOW_STATIC: the static (default)
        // configuration answers when detection finds nothing (Wine's
        // test_WinHttpGetProxyForUrl, on Windows).
        if options.dwFlags & wh::WINHTTP_AUTOPROXY_ALLOW_STATIC != 0 {
            // SAFETY: non-NULL and writable per the contract.
            return unsafe { write_default(info) };
        }
        Err(AUTODETECTION_FAILED)
    })
}

/// No WPAD on Linux: neither DHCP nor DNS is asked, and detection fails
/// with `*url` set to NULL. No detection type, or no place for the URL, is
/// ERROR_INVALID_PARAMETER (Wine's test_WinHttpDetectAutoProxyConfigUrl).
///
/// # Safety
/// `url` is NULL or valid for a write.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpDetectAutoProxyConfigUrl(
    flags: u32,
    url: *mut *mut u16,
) -> BOOL {
    bool_call("WinHttpDetectAutoProxyConfigUrl", || {
        if flags == 0 || url.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and writable per the contract.
        unsafe { url.write_unaligned(std::ptr::null_mut()) };
        Err(AUTODETECTION_FAILED)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_fails_and_clears_the_url() {
        let mut url = 0x1234usize as *mut u16;
        // SAFETY: a valid out pointer.
        let ok = unsafe {
            WinHttpDetectAutoProxyConfigUrl(wh::WINHTTP_AUTO_DETECT_TYPE_DNS_A, &mut url)
        };
        assert_eq!(ok, FALSE);
        assert!(url.is_null());
        assert_eq!(
            win32::last_error::get_last_error(),
            wh::ERROR_WINHTTP_AUTODETECTION_FAILED
        );
        // SAFETY: NULL is allowed.
        let ok = unsafe {
            WinHttpDetectAutoProxyConfigUrl(wh::WINHTTP_AUTO_DETECT_TYPE_DHCP, std::ptr::null_mut())
        };
        assert_eq!(ok, FALSE);
        assert_eq!(
            win32::last_error::get_last_error(),
            Win32Error::INVALID_PARAMETER.0
        );
    }

    #[test]
    fn proxy_for_url_checks_the_handle_first() {
        // SAFETY: NULL arguments are allowed.
        let ok = unsafe {
            WinHttpGetProxyForUrl(
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        assert_eq!(ok, FALSE);
        assert_eq!(
            win32::last_error::get_last_error(),
            Win32Error::INVALID_HANDLE.0
        );
    }
}
