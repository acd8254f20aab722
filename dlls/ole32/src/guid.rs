//! GUIDs as strings, in the registry form `{XXXXXXXX-XXXX-XXXX-XXXX-
//! XXXXXXXXXXXX}`, and new GUIDs.
//!
//! Parsing follows what Wine's tests show Windows does: fields are stored
//! as they are read, so a string that breaks off leaves the fields before
//! the fault (and the digits read of the faulty one) in the output.

use windows_sys::Win32::Foundation::{
    CO_E_CLASSSTRING, CO_E_IIDSTRING, E_INVALIDARG, E_OUTOFMEMORY, E_UNEXPECTED, S_OK,
};
use windows_sys::core::{GUID, HRESULT};

use crate::task_mem;

/// Characters of the registry form, without the NUL.
const GUID_CHARS: usize = 38;

/// The registry form, upper-case hexadecimal, as StringFromGUID2 writes it.
pub fn format(g: &GUID) -> String {
    let d = g.data4;
    format!(
        "{{{:08X}-{:04X}-{:04X}-{:02X}{:02X}-{:02X}{:02X}{:02X}{:02X}{:02X}{:02X}}}",
        g.data1, g.data2, g.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
    )
}

/// Reads the registry form from the start of `s` into `out`, field by
/// field; true when all of it was read and nothing follows.
pub fn parse_into(s: &[u16], out: &mut GUID) -> bool {
    let mut at = 0;
    let expect = |c: u8, at: &mut usize| {
        let ok = s.get(*at) == Some(&u16::from(c));
        *at += 1;
        ok
    };
    if !expect(b'{', &mut at) {
        return false;
    }
    // Reads `digits` hex digits; on a bad one, hands back what was read.
    let hex = |digits: usize, at: &mut usize| -> Result<u32, u32> {
        let mut v = 0u32;
        for _ in 0..digits {
            let digit = s
                .get(*at)
                .and_then(|&u| char::from_u32(u.into())?.to_digit(16));
            *at += 1;
            match digit {
                Some(d) => v = v << 4 | d,
                None => return Err(v),
            }
        }
        Ok(v)
    };
    match hex(8, &mut at) {
        Ok(v) => out.data1 = v,
        Err(v) => {
            out.data1 = v;
            return false;
        }
    }
    if !expect(b'-', &mut at) {
        return false;
    }
    for field in [&mut out.data2, &mut out.data3] {
        let read = hex(4, &mut at);
        let (Ok(v) | Err(v)) = read;
        *field = v as u16;
        if read.is_err() || !expect(b'-', &mut at) {
            return false;
        }
    }
    for i in 0..8 {
        if i == 2 && !expect(b'-', &mut at) {
            return false;
        }
        let read = hex(2, &mut at);
        let (Ok(v) | Err(v)) = read;
        out.data4[i] = v as u8;
        if read.is_err() {
            return false;
        }
    }
    expect(b'}', &mut at) && s.len() == GUID_CHARS
}

/// The UTF-16 units of a NUL-terminated string, at most `limit` of them
/// (enough to tell a GUID string from a longer one).
///
/// # Safety
/// `p` is a NUL-terminated UTF-16 string.
unsafe fn units(p: *const u16, limit: usize) -> Vec<u16> {
    let mut v = Vec::new();
    // SAFETY: reading up to the terminator, and at most `limit` units.
    unsafe {
        while v.len() < limit && *p.add(v.len()) != 0 {
            v.push(*p.add(v.len()));
        }
    }
    v
}

/// StringFromGUID2: the characters written, NUL included (39), or 0 when
/// `guid` or `out` is NULL or `capacity` is too small.
///
/// # Safety
/// `guid` is NULL or a GUID; `out` is NULL or has room for `capacity`
/// UTF-16 units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn StringFromGUID2(
    guid: *const GUID,
    out: *mut u16,
    capacity: i32,
) -> i32 {
    win32::abi::guard("StringFromGUID2", 0, || {
        // SAFETY: NULL or a GUID, per the contract.
        let Some(g) = (unsafe { guid.as_ref() }) else {
            return 0;
        };
        let text = win32::wstr::to_wide_nul(&format(g));
        if out.is_null() || usize::try_from(capacity).map_or(true, |c| c < text.len()) {
            return 0;
        }
        // SAFETY: `out` has room for `capacity` >= text.len() units.
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), out, text.len()) };
        text.len() as i32
    })
}

/// StringFromCLSID: the registry form in task memory (CoTaskMemFree).
///
/// # Safety
/// `clsid` is NULL or a GUID; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn StringFromCLSID(clsid: *const GUID, out: *mut *mut u16) -> HRESULT {
    win32::abi::guard("StringFromCLSID", E_UNEXPECTED, || {
        // SAFETY: NULL or valid, per the contract.
        let (Some(g), Some(out)) = (unsafe { clsid.as_ref() }, unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        let units: Vec<u16> = format(g).encode_utf16().collect();
        *out = task_mem::wide_copy(&units);
        if out.is_null() { E_OUTOFMEMORY } else { S_OK }
    })
}

/// StringFromIID: as StringFromCLSID.
///
/// # Safety
/// As StringFromCLSID.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn StringFromIID(iid: *const GUID, out: *mut *mut u16) -> HRESULT {
    // SAFETY: forwarding the caller's arguments.
    unsafe { StringFromCLSID(iid, out) }
}

/// CLSIDFromString: NULL or "" is CLSID_NULL; a string in the registry
/// form is parsed (CO_E_CLASSSTRING when malformed or followed by more).
/// Anything else would be a ProgID, and there is no registry to look one
/// up in: CLSID_NULL with CO_E_CLASSSTRING, as Windows answers for an
/// unknown ProgID.
///
/// # Safety
/// `s` is NULL or a NUL-terminated UTF-16 string; `out` is NULL or a GUID.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CLSIDFromString(s: *const u16, out: *mut GUID) -> HRESULT {
    win32::abi::guard("CLSIDFromString", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        let s = if s.is_null() {
            Vec::new()
        } else {
            // SAFETY: terminated, per the contract.
            unsafe { units(s, GUID_CHARS + 1) }
        };
        if s.is_empty() {
            *out = GUID::from_u128(0);
            return S_OK;
        }
        if s[0] != u16::from(b'{') {
            *out = GUID::from_u128(0);
            return CO_E_CLASSSTRING;
        }
        if parse_into(&s, out) {
            S_OK
        } else {
            CO_E_CLASSSTRING
        }
    })
}

/// IIDFromString: NULL is IID_NULL; a string that is not 38 characters is
/// E_INVALIDARG with the output untouched; one of that length in the wrong
/// form is CO_E_IIDSTRING.
///
/// # Safety
/// As CLSIDFromString.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn IIDFromString(s: *const u16, out: *mut GUID) -> HRESULT {
    win32::abi::guard("IIDFromString", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        if s.is_null() {
            *out = GUID::from_u128(0);
            return S_OK;
        }
        // SAFETY: terminated, per the contract.
        let s = unsafe { units(s, GUID_CHARS + 1) };
        if s.len() != GUID_CHARS {
            return E_INVALIDARG;
        }
        if s[0] != u16::from(b'{') {
            return CO_E_IIDSTRING;
        }
        if parse_into(&s, out) {
            S_OK
        } else {
            CO_E_IIDSTRING
        }
    })
}

/// CoCreateGuid: a random (version 4, RFC 4122 variant) GUID from the
/// kernel's random source.
///
/// # Safety
/// `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoCreateGuid(out: *mut GUID) -> HRESULT {
    win32::abi::guard("CoCreateGuid", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        let mut bytes = [0u8; 16];
        let mut filled = 0;
        while filled < bytes.len() {
            // SAFETY: writing into the rest of `bytes`.
            let n = unsafe {
                libc::getrandom(bytes[filled..].as_mut_ptr().cast(), bytes.len() - filled, 0)
            };
            match usize::try_from(n) {
                Ok(n) => filled += n,
                Err(_) if std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) => {}
                Err(_) => return E_UNEXPECTED,
            }
        }
        let mut v = u128::from_be_bytes(bytes);
        // Version 4 in data3's top nibble, variant 10 in data4[0]'s top bits.
        v = (v & !(0xf << 76)) | (0x4 << 76);
        v = (v & !(0x3 << 62)) | (0x2 << 62);
        *out = GUID::from_u128(v);
        S_OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CLSID_StdFont, the GUID Wine's tests use.
    const STD_FONT: GUID = GUID::from_u128(0x0be35203_8f91_11ce_9de3_00aa004bb851);
    const STD_FONT_STR: &str = "{0BE35203-8F91-11CE-9DE3-00AA004BB851}";

    fn w(s: &str) -> Vec<u16> {
        win32::wstr::to_wide_nul(s)
    }

    fn same(a: &GUID, b: &GUID) -> bool {
        format(a) == format(b)
    }

    fn filled() -> GUID {
        GUID {
            data1: 0xcccc_cccc,
            data2: 0xcccc,
            data3: 0xcccc,
            data4: [0xcc; 8],
        }
    }

    #[test]
    fn string_from_guid2_needs_room_for_39() {
        let mut buf = [0u16; 50];
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(StringFromGUID2(&STD_FONT, buf.as_mut_ptr(), 50), 39);
            assert_eq!(String::from_utf16_lossy(&buf[..38]), STD_FONT_STR);
            assert_eq!(buf[38], 0);
            assert_eq!(StringFromGUID2(&STD_FONT, buf.as_mut_ptr(), 39), 39);
            assert_eq!(StringFromGUID2(&STD_FONT, buf.as_mut_ptr(), 38), 0);
            assert_eq!(StringFromGUID2(std::ptr::null(), buf.as_mut_ptr(), 50), 0);
            assert_eq!(StringFromGUID2(&STD_FONT, std::ptr::null_mut(), 50), 0);
        }
    }

    #[test]
    fn string_from_clsid_allocates() {
        let mut p = std::ptr::null_mut();
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(StringFromCLSID(&STD_FONT, &mut p), S_OK);
            assert_eq!(
                win32::wstr::from_wide_ptr(p).unwrap().unwrap(),
                STD_FONT_STR
            );
            crate::task_mem::CoTaskMemFree(p.cast());
            assert_eq!(StringFromIID(&STD_FONT, std::ptr::null_mut()), E_INVALIDARG);
        }
    }

    #[test]
    fn clsid_from_string_follows_windows() {
        let mut g = filled();
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(CLSIDFromString(w(STD_FONT_STR).as_ptr(), &mut g), S_OK);
            assert!(same(&g, &STD_FONT));
            // Lower case parses too.
            assert_eq!(
                CLSIDFromString(w(&STD_FONT_STR.to_lowercase()).as_ptr(), &mut g),
                S_OK
            );
            assert!(same(&g, &STD_FONT));
            g = filled();
            assert_eq!(CLSIDFromString(std::ptr::null(), &mut g), S_OK);
            assert!(same(&g, &GUID::from_u128(0)));
            // Longer than a GUID: parsed, but an error.
            g = filled();
            assert_eq!(
                CLSIDFromString(w(&format!("{STD_FONT_STR}AAAA")).as_ptr(), &mut g),
                CO_E_CLASSSTRING
            );
            assert!(same(&g, &STD_FONT));
            // No brace: a ProgID, which is not registered.
            g = filled();
            assert_eq!(
                CLSIDFromString(w(&STD_FONT_STR[1..]).as_ptr(), &mut g),
                CO_E_CLASSSTRING
            );
            assert!(same(&g, &GUID::from_u128(0)));
            // Broken after data1: data1 stored, data2 untouched.
            let mut broken = STD_FONT_STR.to_string();
            broken.replace_range(9..10, "*");
            g = filled();
            assert_eq!(
                CLSIDFromString(w(&broken).as_ptr(), &mut g),
                CO_E_CLASSSTRING
            );
            assert_eq!((g.data1, g.data2), (0x0be35203, 0xcccc));
            // Broken inside data1: the digits read so far.
            broken.replace_range(3..4, "*");
            g = filled();
            assert_eq!(
                CLSIDFromString(w(&broken).as_ptr(), &mut g),
                CO_E_CLASSSTRING
            );
            assert_eq!((g.data1, g.data2), (0xb, 0xcccc));
            assert_eq!(
                CLSIDFromString(w(STD_FONT_STR).as_ptr(), std::ptr::null_mut()),
                E_INVALIDARG
            );
        }
    }

    #[test]
    fn iid_from_string_checks_the_length_first() {
        let mut g = filled();
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(IIDFromString(w(STD_FONT_STR).as_ptr(), &mut g), S_OK);
            assert!(same(&g, &STD_FONT));
            assert_eq!(IIDFromString(std::ptr::null(), &mut g), S_OK);
            assert!(same(&g, &GUID::from_u128(0)));
            g = filled();
            assert_eq!(
                IIDFromString(w(&format!("{STD_FONT_STR}A")).as_ptr(), &mut g),
                E_INVALIDARG
            );
            assert_eq!(g.data1, 0xcccc_cccc);
            assert_eq!(IIDFromString(w("StdFont").as_ptr(), &mut g), E_INVALIDARG);
            assert_eq!(g.data1, 0xcccc_cccc);
            let bad_digit = "{00000001-0000-0000-g000-000000000046}";
            assert_eq!(IIDFromString(w(bad_digit).as_ptr(), &mut g), CO_E_IIDSTRING);
            assert_eq!(g.data1, 1);
            g = filled();
            let no_brace = "broken001=0000-0000-g000-000000000046}";
            assert_eq!(IIDFromString(w(no_brace).as_ptr(), &mut g), CO_E_IIDSTRING);
            assert_eq!(g.data1, 0xcccc_cccc);
        }
    }

    #[test]
    fn new_guids_are_version_4_and_differ() {
        let (mut a, mut b) = (filled(), filled());
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(CoCreateGuid(&mut a), S_OK);
            assert_eq!(CoCreateGuid(&mut b), S_OK);
            assert_eq!(CoCreateGuid(std::ptr::null_mut()), E_INVALIDARG);
        }
        assert!(!same(&a, &b));
        assert_eq!(a.data3 >> 12, 4);
        assert_eq!(a.data4[0] >> 6, 0b10);
    }
}
