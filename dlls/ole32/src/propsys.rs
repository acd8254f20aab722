//! propsys' PROPVARIANT readers (`PropVariantTo*`) and the exported
//! `InitPropVariantFrom*` helpers; the inline ones are in propvarutil.h.
//!
//! Conversions follow PropVariantChangeType: numbers of any width convert
//! when the value fits (HRESULT_FROM_WIN32(ERROR_ARITHMETIC_OVERFLOW)
//! otherwise), strings are parsed, VT_EMPTY reads as zero / FALSE / "",
//! and other types are DISP_E_TYPEMISMATCH.

use windows_sys::Win32::Foundation::{
    DISP_E_TYPEMISMATCH, E_INVALIDARG, E_OUTOFMEMORY, E_UNEXPECTED, ERROR_ARITHMETIC_OVERFLOW, S_OK,
};
use windows_sys::Win32::System::Com::StructuredStorage::PROPVARIANT;
use windows_sys::Win32::System::Variant::{
    VT_BOOL, VT_BSTR, VT_CLSID, VT_EMPTY, VT_I1, VT_I2, VT_I4, VT_I8, VT_INT, VT_LPWSTR, VT_UI1,
    VT_UI2, VT_UI4, VT_UI8, VT_UINT,
};
use windows_sys::core::{GUID, HRESULT};

use crate::{guid, task_mem};

const OVERFLOW: HRESULT = (0x8007_0000u32 | ERROR_ARITHMETIC_OVERFLOW) as HRESULT;
/// STRSAFE_E_INSUFFICIENT_BUFFER: the string was cut to fit.
const INSUFFICIENT_BUFFER: HRESULT = 0x8007_007Au32 as HRESULT;

/// A PROPVARIANT's value, as far as these conversions read it.
enum Read {
    Empty,
    Int(i128),
    Text(Vec<u16>),
    Guid(GUID),
}

/// # Safety
/// `p` is NULL or an initialised PROPVARIANT.
unsafe fn read(p: *const PROPVARIANT) -> Result<Read, HRESULT> {
    // SAFETY: NULL or valid, per the contract.
    let Some(p) = (unsafe { p.as_ref() }) else {
        return Err(E_INVALIDARG);
    };
    // SAFETY: the tag names the live member.
    unsafe {
        let tagged = &p.Anonymous.Anonymous;
        let u = &tagged.Anonymous;
        Ok(match tagged.vt {
            VT_EMPTY => Read::Empty,
            VT_I1 => Read::Int(u.cVal.into()),
            VT_UI1 => Read::Int(u.bVal.into()),
            VT_I2 => Read::Int(u.iVal.into()),
            VT_UI2 => Read::Int(u.uiVal.into()),
            VT_I4 | VT_INT => Read::Int(u.lVal.into()),
            VT_UI4 | VT_UINT => Read::Int(u.ulVal.into()),
            VT_I8 => Read::Int(u.hVal.into()),
            VT_UI8 => Read::Int(u.uhVal.into()),
            // VARIANT_TRUE is -1, as VariantChangeType converts it.
            VT_BOOL => Read::Int(u.boolVal.into()),
            VT_LPWSTR => Read::Text(wide(u.pwszVal)),
            VT_BSTR => Read::Text(wide(u.bstrVal)),
            VT_CLSID if !u.puuid.is_null() => Read::Guid(*u.puuid),
            _ => return Err(DISP_E_TYPEMISMATCH),
        })
    }
}

/// # Safety
/// `p` is NULL or NUL-terminated.
unsafe fn wide(p: *const u16) -> Vec<u16> {
    let mut v = Vec::new();
    // SAFETY: reading up to the terminator.
    unsafe {
        while !p.is_null() && *p.add(v.len()) != 0 {
            v.push(*p.add(v.len()));
        }
    }
    v
}

/// The value as an integer, strings parsed as decimal (or 0x hex).
fn integer(value: Read) -> Result<i128, HRESULT> {
    match value {
        Read::Empty => Ok(0),
        Read::Int(v) => Ok(v),
        Read::Text(t) => {
            let s = String::from_utf16_lossy(&t);
            let s = s.trim();
            let parsed = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
                Some(hex) => i128::from_str_radix(hex, 16),
                None => s.parse::<i128>(),
            };
            parsed.map_err(|_| DISP_E_TYPEMISMATCH)
        }
        Read::Guid(_) => Err(DISP_E_TYPEMISMATCH),
    }
}

/// Converts and stores a number of type `T`.
///
/// # Safety
/// `p` as [`read`]; `out` is NULL or writable.
unsafe fn to_number<T: TryFrom<i128>>(
    name: &'static str,
    p: *const PROPVARIANT,
    out: *mut T,
) -> HRESULT {
    win32::abi::guard(name, E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        // SAFETY: per the contract.
        match unsafe { read(p) }.and_then(integer) {
            Ok(v) => match T::try_from(v) {
                Ok(v) => {
                    *out = v;
                    S_OK
                }
                Err(_) => OVERFLOW,
            },
            Err(hr) => hr,
        }
    })
}

/// # Safety
/// `p` is NULL or an initialised PROPVARIANT; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToUInt32(p: *const PROPVARIANT, out: *mut u32) -> HRESULT {
    // SAFETY: per the contract.
    unsafe { to_number("PropVariantToUInt32", p, out) }
}

/// # Safety
/// As PropVariantToUInt32.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToInt32(p: *const PROPVARIANT, out: *mut i32) -> HRESULT {
    // SAFETY: per the contract.
    unsafe { to_number("PropVariantToInt32", p, out) }
}

/// # Safety
/// As PropVariantToUInt32.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToUInt64(p: *const PROPVARIANT, out: *mut u64) -> HRESULT {
    // SAFETY: per the contract.
    unsafe { to_number("PropVariantToUInt64", p, out) }
}

/// # Safety
/// As PropVariantToUInt32.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToInt64(p: *const PROPVARIANT, out: *mut i64) -> HRESULT {
    // SAFETY: per the contract.
    unsafe { to_number("PropVariantToInt64", p, out) }
}

/// PropVariantToBoolean: numbers are TRUE when not zero; strings "true" /
/// "false" (any case) or numbers.
///
/// # Safety
/// As PropVariantToUInt32.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToBoolean(
    p: *const PROPVARIANT,
    out: *mut i32,
) -> HRESULT {
    win32::abi::guard("PropVariantToBoolean", E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        // SAFETY: per the contract.
        let value = match unsafe { read(p) } {
            Ok(Read::Text(t)) => match String::from_utf16_lossy(&t)
                .trim()
                .to_ascii_lowercase()
                .as_str()
            {
                "true" => Ok(1),
                "false" => Ok(0),
                _ => integer(Read::Text(t)),
            },
            Ok(other) => integer(other),
            Err(hr) => Err(hr),
        };
        match value {
            Ok(v) => {
                *out = i32::from(v != 0);
                S_OK
            }
            Err(hr) => hr,
        }
    })
}

/// The value as text: strings as they are, numbers in decimal, GUIDs in
/// the registry form, VT_EMPTY as "".
fn text(value: Read) -> Vec<u16> {
    match value {
        Read::Empty => Vec::new(),
        Read::Int(v) => v.to_string().encode_utf16().collect(),
        Read::Text(t) => t,
        Read::Guid(g) => guid::format(&g).encode_utf16().collect(),
    }
}

/// PropVariantToString: the text cut to `capacity` units with its NUL
/// (STRSAFE_E_INSUFFICIENT_BUFFER when cut).
///
/// # Safety
/// `p` as PropVariantToUInt32; `out` is NULL or has room for `capacity`
/// units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToString(
    p: *const PROPVARIANT,
    out: *mut u16,
    capacity: u32,
) -> HRESULT {
    win32::abi::guard("PropVariantToString", E_UNEXPECTED, || {
        if out.is_null() || capacity == 0 {
            return E_INVALIDARG;
        }
        // SAFETY: per the contract.
        let t = match unsafe { read(p) } {
            Ok(v) => text(v),
            Err(hr) => {
                // SAFETY: `out` has room for at least one unit.
                unsafe { out.write(0) };
                return hr;
            }
        };
        let n = t.len().min(capacity as usize - 1);
        // SAFETY: `n` + 1 <= capacity units fit.
        unsafe {
            std::ptr::copy_nonoverlapping(t.as_ptr(), out, n);
            out.add(n).write(0);
        }
        if n < t.len() {
            INSUFFICIENT_BUFFER
        } else {
            S_OK
        }
    })
}

/// PropVariantToStringAlloc: the text in task memory.
///
/// # Safety
/// `p` as PropVariantToUInt32; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToStringAlloc(
    p: *const PROPVARIANT,
    out: *mut *mut u16,
) -> HRESULT {
    win32::abi::guard("PropVariantToStringAlloc", E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        *out = std::ptr::null_mut();
        // SAFETY: per the contract.
        match unsafe { read(p) } {
            Ok(v) => {
                *out = task_mem::wide_copy(&text(v));
                if out.is_null() { E_OUTOFMEMORY } else { S_OK }
            }
            Err(hr) => hr,
        }
    })
}

/// PropVariantToGUID: VT_CLSID, or a string in the registry form.
///
/// # Safety
/// `p` as PropVariantToUInt32; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn PropVariantToGUID(p: *const PROPVARIANT, out: *mut GUID) -> HRESULT {
    win32::abi::guard("PropVariantToGUID", E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        // SAFETY: per the contract.
        match unsafe { read(p) } {
            Ok(Read::Guid(g)) => {
                *out = g;
                S_OK
            }
            Ok(Read::Text(t)) => {
                let mut g = GUID::from_u128(0);
                if guid::parse_into(&t, &mut g) {
                    *out = g;
                    S_OK
                } else {
                    E_INVALIDARG
                }
            }
            Ok(_) => DISP_E_TYPEMISMATCH,
            Err(hr) => hr,
        }
    })
}

/// Stores a task-allocated string as VT_LPWSTR.
fn init_string(units: &[u16], out: &mut PROPVARIANT) -> HRESULT {
    let copy = task_mem::wide_copy(units);
    if copy.is_null() {
        return E_OUTOFMEMORY;
    }
    *out = PROPVARIANT::default();
    out.Anonymous.Anonymous.vt = VT_LPWSTR;
    out.Anonymous.Anonymous.Anonymous.pwszVal = copy;
    S_OK
}

/// InitPropVariantFromGUIDAsString: VT_LPWSTR in the registry form.
///
/// # Safety
/// `g` is NULL or a GUID; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitPropVariantFromGUIDAsString(
    g: *const GUID,
    out: *mut PROPVARIANT,
) -> HRESULT {
    win32::abi::guard("InitPropVariantFromGUIDAsString", E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let (Some(g), Some(out)) = (unsafe { g.as_ref() }, unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        let units: Vec<u16> = guid::format(g).encode_utf16().collect();
        init_string(&units, out)
    })
}

/// InitPropVariantFromCLSID: VT_CLSID with a task-allocated copy.
///
/// # Safety
/// As InitPropVariantFromGUIDAsString.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn InitPropVariantFromCLSID(
    g: *const GUID,
    out: *mut PROPVARIANT,
) -> HRESULT {
    win32::abi::guard("InitPropVariantFromCLSID", E_UNEXPECTED, || {
        // SAFETY: per the contract.
        let (Some(g), Some(out)) = (unsafe { g.as_ref() }, unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        // SAFETY: allocating room for one GUID.
        let copy = unsafe { task_mem::CoTaskMemAlloc(size_of::<GUID>()) }.cast::<GUID>();
        if copy.is_null() {
            return E_OUTOFMEMORY;
        }
        // SAFETY: `copy` has room for a GUID.
        unsafe { copy.write(*g) };
        *out = PROPVARIANT::default();
        out.Anonymous.Anonymous.vt = VT_CLSID;
        out.Anonymous.Anonymous.Anonymous.puuid = copy;
        S_OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pv(vt: u16, set: impl FnOnce(&mut PROPVARIANT)) -> PROPVARIANT {
        let mut p = PROPVARIANT::default();
        p.Anonymous.Anonymous.vt = vt;
        set(&mut p);
        p
    }

    #[test]
    fn numbers_convert_when_they_fit() {
        let big = pv(VT_UI8, |p| p.Anonymous.Anonymous.Anonymous.uhVal = 1 << 40);
        let small = pv(VT_I4, |p| p.Anonymous.Anonymous.Anonymous.lVal = -5);
        let (mut u32v, mut u64v, mut i64v) = (7u32, 0u64, 0i64);
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(PropVariantToUInt32(&big, &mut u32v), OVERFLOW);
            assert_eq!(u32v, 7);
            assert_eq!(PropVariantToUInt64(&big, &mut u64v), S_OK);
            assert_eq!(u64v, 1 << 40);
            assert_eq!(PropVariantToUInt32(&small, &mut u32v), OVERFLOW);
            assert_eq!(PropVariantToInt64(&small, &mut i64v), S_OK);
            assert_eq!(i64v, -5);
            assert_eq!(
                PropVariantToUInt32(&PROPVARIANT::default(), &mut u32v),
                S_OK
            );
            assert_eq!(u32v, 0);
            assert_eq!(
                PropVariantToUInt32(&big, std::ptr::null_mut()),
                E_INVALIDARG
            );
            let text = win32::wstr::to_wide_nul("42");
            let s = pv(VT_LPWSTR, |p| {
                p.Anonymous.Anonymous.Anonymous.pwszVal = text.as_ptr().cast_mut()
            });
            assert_eq!(PropVariantToUInt32(&s, &mut u32v), S_OK);
            assert_eq!(u32v, 42);
            let f = pv(windows_sys::Win32::System::Variant::VT_R8, |_| {});
            assert_eq!(PropVariantToUInt32(&f, &mut u32v), DISP_E_TYPEMISMATCH);
        }
    }

    #[test]
    fn booleans_strings_and_guids() {
        let yes = pv(VT_BOOL, |p| p.Anonymous.Anonymous.Anonymous.boolVal = -1);
        let mut b = 0;
        let mut buf = [0u16; 4];
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(PropVariantToBoolean(&yes, &mut b), S_OK);
            assert_eq!(b, 1);
            let n = pv(VT_UI4, |p| p.Anonymous.Anonymous.Anonymous.ulVal = 12345);
            assert_eq!(
                PropVariantToString(&n, buf.as_mut_ptr(), 4),
                INSUFFICIENT_BUFFER
            );
            assert_eq!(buf, [0x31, 0x32, 0x33, 0]);
            let g = GUID::from_u128(0x0be35203_8f91_11ce_9de3_00aa004bb851);
            let mut as_text = PROPVARIANT::default();
            assert_eq!(InitPropVariantFromGUIDAsString(&g, &mut as_text), S_OK);
            let mut back = GUID::from_u128(0);
            assert_eq!(PropVariantToGUID(&as_text, &mut back), S_OK);
            assert_eq!(guid::format(&back), guid::format(&g));
            let mut alloc = std::ptr::null_mut();
            assert_eq!(PropVariantToStringAlloc(&as_text, &mut alloc), S_OK);
            assert_eq!(
                win32::wstr::from_wide_ptr(alloc).unwrap().unwrap(),
                "{0BE35203-8F91-11CE-9DE3-00AA004BB851}"
            );
            task_mem::CoTaskMemFree(alloc.cast());
            task_mem::CoTaskMemFree(as_text.Anonymous.Anonymous.Anonymous.pwszVal.cast());
            let mut clsid = PROPVARIANT::default();
            assert_eq!(InitPropVariantFromCLSID(&g, &mut clsid), S_OK);
            back = GUID::from_u128(0);
            assert_eq!(PropVariantToGUID(&clsid, &mut back), S_OK);
            assert_eq!(back.data1, g.data1);
            task_mem::CoTaskMemFree(clsid.Anonymous.Anonymous.Anonymous.puuid.cast());
        }
    }
}
