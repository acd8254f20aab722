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
use crate::options::Proxy;
use crate::proxy::{self, EnvConfig};
use crate::url::{self, Answer, Part, Want};

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
        unsafe { write_info(info, &proxy::default_config()) }
    })
}

/// `config` into `info`, its strings from GlobalAlloc.
///
/// # Safety
/// `info` is valid for a write.
unsafe fn write_info(info: *mut wh::WINHTTP_PROXY_INFO, config: &Proxy) -> Win32Result<()> {
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

/// An auto-proxy question that passed Windows' checks: the URL's host and
/// scheme, and whether the static configuration may answer. Shared by
/// WinHttpGetProxyForUrl and the resolver's WinHttpGetProxyForUrlEx.
pub(super) struct AutoProxyQuery {
    /// The URL's host, without an IPv6 literal's brackets.
    pub host: String,
    /// The URL is https.
    pub secure: bool,
    allow_static: bool,
}

impl AutoProxyQuery {
    /// The checks Windows makes on the URL and the options (Wine's
    /// test_WinHttpGetProxyForUrl): both given, one of the two ways asked
    /// for with what it needs, a URL WinHttpCrackUrl accepts.
    ///
    /// # Safety
    /// `url` is NULL or terminated UTF-16; `options` NULL or valid for a
    /// read (its URL NULL or terminated).
    pub(super) unsafe fn checked(
        url: *const u16,
        options: *const wh::WINHTTP_AUTOPROXY_OPTIONS,
    ) -> Win32Result<AutoProxyQuery> {
        if url.is_null() || options.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL and readable per the contract.
        let options = unsafe { options.read_unaligned() };
        let detect = options.dwFlags & wh::WINHTTP_AUTOPROXY_AUTO_DETECT != 0;
        let script = options.dwFlags & wh::WINHTTP_AUTOPROXY_CONFIG_URL != 0;
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
        let mut wants = [Want::Nothing; 6];
        wants[Part::HostName as usize] = Want::Pointer;
        let cracked = url::crack(&units, 0, &wants)?;
        let host = match &cracked.answers[Part::HostName as usize] {
            Answer::Point { start, len } => units.get(*start..start + len).unwrap_or_default(),
            _ => &[],
        };
        let host = String::from_utf16_lossy(host);
        Ok(AutoProxyQuery {
            host: host
                .trim_start_matches('[')
                .trim_end_matches(']')
                .to_string(),
            secure: cracked.scheme == wh::WINHTTP_INTERNET_SCHEME_HTTPS,
            allow_static: options.dwFlags & wh::WINHTTP_AUTOPROXY_ALLOW_STATIC != 0,
        })
    }

    /// Without PAC support there is no script to run for any URL and
    /// nothing to detect: ERROR_WINHTTP_AUTODETECTION_FAILED for
    /// auto-detection and for a configuration URL alike, as on a network
    /// without WPAD, unless WINHTTP_AUTOPROXY_ALLOW_STATIC lets the static
    /// (default) configuration answer (Wine's test_WinHttpGetProxyForUrl,
    /// on Windows).
    pub(super) fn resolve(&self) -> Win32Result<Proxy> {
        if self.allow_static {
            Ok(proxy::default_config())
        } else {
            Err(AUTODETECTION_FAILED)
        }
    }
}

/// The configuration [`AutoProxyQuery::resolve`] finds, as a
/// WINHTTP_PROXY_INFO; callers fall back to the IE or default
/// configuration when it fails, as they do on a network without WPAD.
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
        if info.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: per the contract.
        let config = unsafe { AutoProxyQuery::checked(url, options) }?.resolve()?;
        // SAFETY: non-NULL and writable per the contract.
        unsafe { write_info(info, &config) }
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
