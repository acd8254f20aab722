//! PROPVARIANT, the tagged value of attributes and events, as a Rust enum,
//! and the COM task allocator its strings and blobs live in.

use std::mem::ManuallyDrop;

use windows_core::{Error, GUID, IUnknown, PWSTR, Result};

use crate::bindings::{PROPVARIANT, VARTYPE};
use crate::com::{E_INVALIDARG, E_OUTOFMEMORY};

pub const VT_EMPTY: u16 = 0;
pub const VT_R4: u16 = 4;
pub const VT_R8: u16 = 5;
pub const VT_UNKNOWN: u16 = 13;
pub const VT_UI4: u16 = 19;
pub const VT_I8: u16 = 20;
pub const VT_UI8: u16 = 21;
pub const VT_LPWSTR: u16 = 31;
pub const VT_CLSID: u16 = 72;
pub const VT_VECTOR_UI1: u16 = 0x1011;
/// VT_VECTOR | VT_LPWSTR: MFGetSupportedMimeTypes' and
/// MFGetSupportedSchemes' lists, which PropVariantClear frees.
pub const VT_VECTOR_LPWSTR: u16 = 0x101F;

/// The PROPVARIANT types Media Foundation uses (MF_ATTRIBUTE_TYPE, plus
/// VT_I8 for positions and VT_R4 for rates).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    U32(u32),
    U64(u64),
    I64(i64),
    F32(f32),
    F64(f64),
    Guid(GUID),
    /// UTF-16 without the NUL.
    String(Vec<u16>),
    Blob(Vec<u8>),
    Unknown(IUnknown),
    /// VT_UNKNOWN holding NULL: a value of its own, which reads back as
    /// VT_UNKNOWN (Wine's test_MFCreateMediaEvent, which passes on Windows).
    NullUnknown,
}

impl Value {
    pub fn vartype(&self) -> u16 {
        match self {
            Value::Empty => VT_EMPTY,
            Value::U32(_) => VT_UI4,
            Value::U64(_) => VT_UI8,
            Value::I64(_) => VT_I8,
            Value::F32(_) => VT_R4,
            Value::F64(_) => VT_R8,
            Value::Guid(_) => VT_CLSID,
            Value::String(_) => VT_LPWSTR,
            Value::Blob(_) => VT_VECTOR_UI1,
            Value::Unknown(_) | Value::NullUnknown => VT_UNKNOWN,
        }
    }

    /// Reads a caller's PROPVARIANT; NULL reads as VT_EMPTY. Types Media
    /// Foundation does not store are E_INVALIDARG.
    ///
    /// # Safety
    /// `p` is NULL or points to an initialised PROPVARIANT.
    pub unsafe fn from_raw(p: *const PROPVARIANT) -> Result<Value> {
        // SAFETY: the caller passes NULL or a valid PROPVARIANT.
        let Some(p) = (unsafe { p.as_ref() }) else {
            return Ok(Value::Empty);
        };
        // SAFETY: the outer union's first member is the tagged struct every
        // PROPVARIANT starts with; the tag says which member is live.
        unsafe {
            let tagged = &p.Anonymous.Anonymous;
            let u = &tagged.Anonymous;
            Ok(match tagged.vt.0 {
                VT_EMPTY => Value::Empty,
                VT_UI4 => Value::U32(u.ulVal),
                VT_UI8 => Value::U64(u.uhVal),
                VT_I8 => Value::I64(u.hVal),
                VT_R4 => Value::F32(u.fltVal),
                VT_R8 => Value::F64(u.dblVal),
                VT_CLSID => {
                    Value::Guid(*u.puuid.as_ref().ok_or(Error::from_hresult(E_INVALIDARG))?)
                }
                VT_LPWSTR => Value::String(wide_units(u.pwszVal.0)),
                VT_VECTOR_UI1 => {
                    let v = &u.caub;
                    if v.cElems == 0 || v.pElems.is_null() {
                        Value::Blob(Vec::new())
                    } else {
                        Value::Blob(
                            std::slice::from_raw_parts(v.pElems, v.cElems as usize).to_vec(),
                        )
                    }
                }
                VT_UNKNOWN => match u.punkVal.as_ref() {
                    Some(unk) => Value::Unknown(unk.clone()),
                    None => Value::NullUnknown,
                },
                _ => return Err(Error::from_hresult(E_INVALIDARG)),
            })
        }
    }

    /// A PROPVARIANT the caller owns (and frees with PropVariantClear).
    pub fn to_raw(&self) -> Result<PROPVARIANT> {
        let mut p = PROPVARIANT::default();
        // SAFETY: writing the tag and the member it names into a zeroed
        // PROPVARIANT; strings and blobs are copied into task memory.
        unsafe {
            let tagged = &mut p.Anonymous.Anonymous;
            tagged.vt = VARTYPE(self.vartype());
            let u = &mut tagged.Anonymous;
            match self {
                Value::Empty => {}
                Value::U32(v) => u.ulVal = *v,
                Value::U64(v) => u.uhVal = *v,
                Value::I64(v) => u.hVal = *v,
                Value::F32(v) => u.fltVal = *v,
                Value::F64(v) => u.dblVal = *v,
                Value::Guid(g) => u.puuid = task_copy(std::slice::from_ref(g))?,
                Value::String(s) => u.pwszVal = PWSTR(task_wide(s)?),
                Value::Blob(b) => {
                    u.caub.cElems = b.len() as u32;
                    u.caub.pElems = task_copy(b)?;
                }
                Value::Unknown(unk) => u.punkVal = ManuallyDrop::new(Some(unk.clone())),
                Value::NullUnknown => u.punkVal = ManuallyDrop::new(None),
            }
        }
        Ok(p)
    }
}

/// The UTF-16 units of a NUL-terminated string (none for NULL).
///
/// # Safety
/// `p` is NULL or a NUL-terminated UTF-16 string.
pub unsafe fn wide_units(p: *const u16) -> Vec<u16> {
    if p.is_null() {
        return Vec::new();
    }
    let mut n = 0;
    // SAFETY: the string is NUL-terminated, so every unit up to it is readable.
    unsafe {
        while *p.add(n) != 0 {
            n += 1;
        }
        std::slice::from_raw_parts(p, n).to_vec()
    }
}

/// CoTaskMemAlloc: the allocator whose blocks callers free with
/// CoTaskMemFree (the C allocator on Linux).
pub fn task_alloc(bytes: usize) -> *mut u8 {
    // SAFETY: malloc has no preconditions; one byte at least, so a
    // successful empty allocation is never NULL.
    unsafe { libc::malloc(bytes.max(1)).cast() }
}

pub fn task_copy<T: Copy>(items: &[T]) -> Result<*mut T> {
    let bytes = std::mem::size_of_val(items);
    let p = task_alloc(bytes).cast::<T>();
    if p.is_null() {
        return Err(Error::from_hresult(E_OUTOFMEMORY));
    }
    // SAFETY: `p` has room for `items`, and the two do not overlap.
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), p, items.len()) };
    Ok(p)
}

/// A NUL-terminated copy of `s` in task memory.
pub fn task_wide(s: &[u16]) -> Result<*mut u16> {
    let mut with_nul = s.to_vec();
    with_nul.push(0);
    task_copy(&with_nul)
}

/// PropVariantClear: frees what the PROPVARIANT owns and empties it.
///
/// # Safety
/// `p` is NULL or an initialised PROPVARIANT.
pub unsafe fn clear(p: *mut PROPVARIANT) {
    // SAFETY: the caller passes NULL or a valid PROPVARIANT.
    let Some(p) = (unsafe { p.as_mut() }) else {
        return;
    };
    // SAFETY: the tag names the live member; its allocation came from the
    // task allocator or is a counted reference.
    unsafe {
        let tagged = &mut p.Anonymous.Anonymous;
        let vt = tagged.vt.0;
        let u = &mut tagged.Anonymous;
        match vt {
            VT_CLSID => libc::free(u.puuid.cast()),
            VT_LPWSTR => libc::free(u.pwszVal.0.cast()),
            VT_VECTOR_UI1 => libc::free(u.caub.pElems.cast()),
            VT_UNKNOWN => ManuallyDrop::drop(&mut u.punkVal),
            VT_VECTOR_LPWSTR => {
                let v = &u.calpwstr;
                if !v.pElems.is_null() {
                    for i in 0..v.cElems as usize {
                        libc::free((*v.pElems.add(i)).0.cast());
                    }
                }
                libc::free(v.pElems.cast());
            }
            _ => {}
        }
    }
    *p = PROPVARIANT::default();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_null_unknown_round_trips_as_vt_unknown() {
        let mut raw = Value::NullUnknown.to_raw().unwrap();
        // SAFETY: `raw` is an initialised PROPVARIANT.
        unsafe {
            assert_eq!(raw.Anonymous.Anonymous.vt.0, VT_UNKNOWN);
            assert_eq!(Value::from_raw(&raw).unwrap(), Value::NullUnknown);
            clear(&mut raw);
            assert_eq!(raw.Anonymous.Anonymous.vt.0, VT_EMPTY);
        }
    }
}
