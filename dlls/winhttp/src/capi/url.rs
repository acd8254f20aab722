//! WinHttpCrackUrl and WinHttpCreateUrl over [`crate::url`]: reading and
//! writing URL_COMPONENTS and the caller's buffers.

use win32::abi::bool_call;
use win32::{Win32Error, Win32Result, wstr};
use windows_sys::Win32::Networking::WinHttp::URL_COMPONENTS;
use windows_sys::core::BOOL;

use crate::url::{self, Answer, Part, Parts, Want};

/// dwStructSize must be exactly this (URL_COMPONENTS: "used for version
/// checking"; a zeroed structure is ERROR_INVALID_PARAMETER).
const STRUCT_SIZE: usize = size_of::<URL_COMPONENTS>();

/// `len` units at `p`, or the units before the NUL when `len` is 0: the
/// rule of WinHttpCrackUrl's dwUrlLength and of URL_COMPONENTS' lengths for
/// WinHttpCreateUrl.
///
/// # Safety
/// `p` is valid for `len` units, or NUL-terminated when `len` is 0.
unsafe fn units<'a>(p: *const u16, len: u32) -> Win32Result<&'a [u16]> {
    let len = if len == 0 {
        let mut n = 0;
        // SAFETY: terminated per the contract; we stop at the NUL.
        while unsafe { *p.add(n) } != 0 {
            n += 1;
            if n > wstr::MAX_INPUT_UNITS {
                return Err(Win32Error::INVALID_PARAMETER);
            }
        }
        n
    } else {
        len as usize
    };
    // SAFETY: `len` readable units per the contract or the scan above.
    Ok(unsafe { std::slice::from_raw_parts(p, len) })
}

/// The pointer and length members of one part.
fn members(uc: &mut URL_COMPONENTS, part: Part) -> (&mut *mut u16, &mut u32) {
    match part {
        Part::Scheme => (&mut uc.lpszScheme, &mut uc.dwSchemeLength),
        Part::UserName => (&mut uc.lpszUserName, &mut uc.dwUserNameLength),
        Part::Password => (&mut uc.lpszPassword, &mut uc.dwPasswordLength),
        Part::HostName => (&mut uc.lpszHostName, &mut uc.dwHostNameLength),
        Part::UrlPath => (&mut uc.lpszUrlPath, &mut uc.dwUrlPathLength),
        Part::ExtraInfo => (&mut uc.lpszExtraInfo, &mut uc.dwExtraInfoLength),
    }
}

fn count(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

/// # Safety
/// `url` is NULL, valid for `url_len` WCHARs, or NUL-terminated when
/// `url_len` is 0. `components` is NULL or a URL_COMPONENTS whose non-NULL
/// string members are buffers of the WCHARs their lengths give.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpCrackUrl(
    url: *const u16,
    url_len: u32,
    flags: u32,
    components: *mut URL_COMPONENTS,
) -> BOOL {
    bool_call("WinHttpCrackUrl", || {
        if url.is_null() || components.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL, and a URL_COMPONENTS per the contract.
        let uc = unsafe { &mut *components };
        if uc.dwStructSize as usize != STRUCT_SIZE {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let mut wants = [Want::Nothing; 6];
        for (want, part) in wants.iter_mut().zip(Part::ALL) {
            let (pointer, len) = members(uc, part);
            *want = Want::of(pointer.is_null(), *len)?;
        }
        // SAFETY: per the contract.
        let units = unsafe { units(url, url_len) }?;
        let cracked = url::crack(units, flags, &wants)?;
        for (answer, part) in cracked.answers.iter().zip(Part::ALL) {
            let (pointer, len) = members(uc, part);
            match answer {
                Answer::Keep => {}
                Answer::Point { start, len: n } => {
                    // SAFETY: `start` is at most the URL's length.
                    *pointer = unsafe { url.add(*start) }.cast_mut();
                    *len = count(*n);
                }
                Answer::Null => {
                    *pointer = std::ptr::null_mut();
                    *len = 0;
                }
                Answer::Copy(value) => {
                    // SAFETY: the buffer holds `*len` WCHARs per the
                    // contract, and crack copies only what is shorter.
                    unsafe {
                        std::ptr::copy_nonoverlapping(value.as_ptr(), *pointer, value.len());
                        pointer.add(value.len()).write(0);
                    }
                    *len = count(value.len());
                }
                Answer::TooSmall(needed) => *len = *needed,
            }
        }
        uc.nScheme = cracked.scheme;
        uc.nPort = cracked.port;
        cracked.status()
    })
}

/// # Safety
/// `components` is NULL or a URL_COMPONENTS whose non-NULL string members
/// are valid for their lengths (NUL-terminated when 0); `url_len` is NULL or
/// writable; `url` is NULL or a buffer of `*url_len` WCHARs.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WinHttpCreateUrl(
    components: *const URL_COMPONENTS,
    flags: u32,
    url: *mut u16,
    url_len: *mut u32,
) -> BOOL {
    bool_call("WinHttpCreateUrl", || {
        if components.is_null() || url_len.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: non-NULL, and a URL_COMPONENTS per the contract.
        let uc = unsafe { &*components };
        if uc.dwStructSize as usize != STRUCT_SIZE {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        let text = |p: *mut u16, len: u32| -> Win32Result<Option<&[u16]>> {
            if p.is_null() {
                return Ok(None);
            }
            // SAFETY: valid for `len`, or terminated, per the contract.
            unsafe { units(p, len) }.map(Some)
        };
        let parts = Parts {
            scheme: text(uc.lpszScheme, uc.dwSchemeLength)?,
            scheme_number: uc.nScheme,
            host: text(uc.lpszHostName, uc.dwHostNameLength)?,
            port: uc.nPort,
            user: text(uc.lpszUserName, uc.dwUserNameLength)?,
            password: text(uc.lpszPassword, uc.dwPasswordLength)?,
            path: text(uc.lpszUrlPath, uc.dwUrlPathLength)?,
            extra: text(uc.lpszExtraInfo, uc.dwExtraInfoLength)?,
        };
        let created = url::create(&parts, flags)?;
        let needed = u32::try_from(created.len() + 1).map_err(|_| Win32Error::INVALID_PARAMETER)?;
        // SAFETY: non-NULL and writable per the contract.
        let capacity = unsafe { &mut *url_len };
        // The size comes back before a NULL buffer is refused, so a caller
        // may ask with *pdwUrlLength = 0 (WinHttpCreateUrl; Wine's url.c
        // test: a NULL buffer with room is ERROR_INVALID_PARAMETER).
        if *capacity < needed {
            *capacity = needed;
            return Err(Win32Error::INSUFFICIENT_BUFFER);
        }
        if url.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the buffer holds `*capacity` >= `needed` WCHARs.
        unsafe {
            std::ptr::copy_nonoverlapping(created.as_ptr(), url, created.len());
            url.add(created.len()).write(0);
        }
        *capacity = needed - 1;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::Foundation::{FALSE, TRUE};
    use windows_sys::Win32::Networking::WinHttp as wh;

    fn w(s: &str) -> Vec<u16> {
        s.encode_utf16().chain(std::iter::once(0)).collect()
    }

    fn new_components() -> URL_COMPONENTS {
        URL_COMPONENTS {
            dwStructSize: STRUCT_SIZE as u32,
            ..Default::default()
        }
    }

    #[test]
    fn crack_by_pointer() {
        let url = w("https://me@www.winehq.org:8443/a/b?c=d");
        let mut uc = new_components();
        uc.dwHostNameLength = u32::MAX;
        uc.dwUserNameLength = u32::MAX;
        uc.dwPasswordLength = u32::MAX;
        uc.dwUrlPathLength = u32::MAX;
        uc.dwExtraInfoLength = u32::MAX;
        // SAFETY: a terminated URL and a whole structure.
        let r = unsafe { WinHttpCrackUrl(url.as_ptr(), 0, 0, &mut uc) };
        assert_eq!(r, TRUE);
        assert_eq!(win32::get_last_error(), 0);
        assert_eq!(uc.nScheme, wh::WINHTTP_INTERNET_SCHEME_HTTPS);
        assert_eq!(uc.nPort, 8443);
        // The scheme was not asked for.
        assert!(uc.lpszScheme.is_null());
        assert_eq!(uc.dwSchemeLength, 0);
        assert_eq!(uc.lpszUserName.cast_const(), url[8..].as_ptr());
        assert_eq!(uc.dwUserNameLength, 2);
        assert!(uc.lpszPassword.is_null());
        assert_eq!(uc.dwPasswordLength, 0);
        assert_eq!(uc.lpszHostName.cast_const(), url[11..].as_ptr());
        assert_eq!(uc.dwHostNameLength, 14);
        assert_eq!(uc.lpszUrlPath.cast_const(), url[30..].as_ptr());
        assert_eq!(uc.dwUrlPathLength, 4);
        assert_eq!(uc.dwExtraInfoLength, 4);
    }

    #[test]
    fn crack_counted_url_into_buffers() {
        // Only the first 21 units count: the rest is not read as the path.
        let url = w("http://www.winehq.org/ignored");
        let mut host = [0xffffu16; 32];
        let mut path = [0xffffu16; 4];
        let mut uc = new_components();
        uc.lpszHostName = host.as_mut_ptr();
        uc.dwHostNameLength = 32;
        uc.lpszUrlPath = path.as_mut_ptr();
        uc.dwUrlPathLength = 4;
        // SAFETY: 21 readable units and buffers of the given sizes.
        let r = unsafe { WinHttpCrackUrl(url.as_ptr(), 21, 0, &mut uc) };
        assert_eq!(r, TRUE);
        assert_eq!(&host[..15], &w("www.winehq.org")[..]);
        assert_eq!(uc.dwHostNameLength, 14);
        assert_eq!((path[0], uc.dwUrlPathLength), (0, 0));
        assert_eq!(uc.nPort, 80);

        // A short buffer: its size comes back, the others are filled.
        uc.dwHostNameLength = 5;
        uc.dwUrlPathLength = 4;
        // SAFETY: as above, on the whole terminated URL.
        let r = unsafe { WinHttpCrackUrl(url.as_ptr(), 0, 0, &mut uc) };
        assert_eq!(r, FALSE);
        assert_eq!(win32::get_last_error(), Win32Error::INSUFFICIENT_BUFFER.0);
        assert_eq!(uc.dwHostNameLength, 15);
        assert_eq!(uc.dwUrlPathLength, 9); // "/ignored" and its NUL
    }

    #[test]
    fn crack_refuses_bad_arguments_without_writing() {
        let url = w("http://www.winehq.org/test");
        let mut scheme = [0u16; 8];
        let mut uc = new_components();
        uc.lpszScheme = scheme.as_mut_ptr();
        uc.dwUserNameLength = u32::MAX;
        // SAFETY: a terminated URL and a whole structure.
        let r = unsafe { WinHttpCrackUrl(url.as_ptr(), 0, 0, &mut uc) };
        assert_eq!(r, FALSE);
        assert_eq!(win32::get_last_error(), Win32Error::INVALID_PARAMETER.0);
        assert_eq!(
            (uc.nScheme, uc.nPort, uc.dwUserNameLength),
            (0, 0, u32::MAX)
        );
        // SAFETY: NULL arguments are refused before use.
        unsafe {
            assert_eq!(WinHttpCrackUrl(std::ptr::null(), 0, 0, &mut uc), FALSE);
            assert_eq!(
                WinHttpCrackUrl(url.as_ptr(), 0, 0, std::ptr::null_mut()),
                FALSE
            );
        }
        let mut zeroed = URL_COMPONENTS::default();
        // SAFETY: a terminated URL and a whole structure.
        let r = unsafe { WinHttpCrackUrl(url.as_ptr(), 0, 0, &mut zeroed) };
        assert_eq!(r, FALSE);
        assert_eq!(win32::get_last_error(), Win32Error::INVALID_PARAMETER.0);
    }

    #[test]
    fn create_sizes_then_writes() {
        let host = w("www.winehq.org");
        let path = w("/a b");
        let mut uc = new_components();
        uc.lpszHostName = host.as_ptr().cast_mut();
        uc.lpszUrlPath = path.as_ptr().cast_mut();
        uc.dwUrlPathLength = 4;
        uc.nPort = 80;
        let want = w("http://www.winehq.org/a%20b");
        let mut len = 0u32;
        // SAFETY: a whole structure with terminated strings; no buffer.
        let r = unsafe { WinHttpCreateUrl(&uc, wh::ICU_ESCAPE, std::ptr::null_mut(), &mut len) };
        assert_eq!(r, FALSE);
        assert_eq!(win32::get_last_error(), Win32Error::INSUFFICIENT_BUFFER.0);
        assert_eq!(len as usize, want.len());
        // SAFETY: enough room claimed but no buffer.
        let r = unsafe { WinHttpCreateUrl(&uc, wh::ICU_ESCAPE, std::ptr::null_mut(), &mut len) };
        assert_eq!(
            (r, win32::get_last_error()),
            (FALSE, Win32Error::INVALID_PARAMETER.0)
        );
        assert_eq!(len as usize, want.len());
        let mut out = vec![0xffffu16; len as usize];
        // SAFETY: `out` holds `len` WCHARs.
        let r = unsafe { WinHttpCreateUrl(&uc, wh::ICU_ESCAPE, out.as_mut_ptr(), &mut len) };
        assert_eq!((r, win32::get_last_error()), (TRUE, 0));
        assert_eq!(out, want);
        assert_eq!(len as usize, want.len() - 1);
    }

    #[test]
    fn create_refuses_bad_arguments() {
        let mut len = 7u32;
        let mut out = [0u16; 64];
        // SAFETY: NULL arguments are refused before use.
        unsafe {
            assert_eq!(
                WinHttpCreateUrl(std::ptr::null(), 0, out.as_mut_ptr(), &mut len),
                FALSE
            );
            assert_eq!(len, 7);
            let zeroed = URL_COMPONENTS::default();
            assert_eq!(
                WinHttpCreateUrl(&zeroed, 0, out.as_mut_ptr(), &mut len),
                FALSE
            );
            assert_eq!(len, 7);
            let uc = new_components();
            assert_eq!(
                WinHttpCreateUrl(&uc, 0, out.as_mut_ptr(), std::ptr::null_mut()),
                FALSE
            );
            assert_eq!(win32::get_last_error(), Win32Error::INVALID_PARAMETER.0);
        }
    }
}
