//! Operations on whole media types: wrapping one inside another
//! (MFWrapMediaType, MFUnwrapMediaType: the original type's attributes
//! travel as a blob in MF_MT_WRAPPED_TYPE of a type with a new major type
//! and subtype; the blob's layout is this implementation's own, Windows
//! documents it as opaque) and MFCompareFullToPartialMediaType.

use windows_core::{GUID, Interface, Result};

use crate::attributes::read_all;
use crate::bindings::{
    IMFAttributes, IMFMediaType, MF_MT_MAJOR_TYPE, MF_MT_SUBTYPE, MF_MT_WRAPPED_TYPE,
};
use crate::com::E_INVALIDARG;
use crate::media_type::MediaType;
use crate::propvariant::Value;

/// A type of `major`/`subtype` carrying `original` (interface values, which
/// cannot be serialised, are left out).
pub fn wrap(original: &IMFMediaType, major: GUID, subtype: GUID) -> Result<IMFMediaType> {
    let blob = serialize(&read_all(&original.cast::<IMFAttributes>()?)?);
    let wrapper = MediaType::default();
    wrapper.attributes.set(MF_MT_MAJOR_TYPE, Value::Guid(major));
    wrapper.attributes.set(MF_MT_SUBTYPE, Value::Guid(subtype));
    wrapper
        .attributes
        .set(MF_MT_WRAPPED_TYPE, Value::Blob(blob));
    Ok(wrapper.into())
}

/// The type `wrapper` carries: MF_E_ATTRIBUTENOTFOUND when it carries none.
pub fn unwrap(wrapper: &IMFMediaType) -> Result<IMFMediaType> {
    // SAFETY: plain COM calls on a live interface with a valid key.
    let size = unsafe { wrapper.GetBlobSize(&MF_MT_WRAPPED_TYPE)? };
    let mut blob = vec![0u8; size as usize];
    // SAFETY: `blob` has `size` bytes of room.
    let mut written = 0;
    // SAFETY: `blob` has `size` bytes of room; `written` is writable.
    unsafe {
        wrapper
            .GetBlob(&MF_MT_WRAPPED_TYPE, blob.as_mut_ptr(), size, &mut written)
            .ok()?
    };
    let original = MediaType::default();
    for (key, value) in deserialize(&blob).ok_or_else(|| windows_core::Error::from(E_INVALIDARG))? {
        original.attributes.set(key, value);
    }
    Ok(original.into())
}

const KIND_U32: u8 = 1;
const KIND_U64: u8 = 2;
const KIND_I64: u8 = 3;
const KIND_F32: u8 = 4;
const KIND_F64: u8 = 5;
const KIND_GUID: u8 = 6;
const KIND_STRING: u8 = 7;
const KIND_BLOB: u8 = 8;
const KIND_EMPTY: u8 = 9;

/// Each item as its key (16 bytes), a kind byte and a little-endian
/// payload; strings and blobs lead with their u32 length.
fn serialize(items: &[(GUID, Value)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (key, value) in items {
        let (kind, payload): (u8, Vec<u8>) = match value {
            Value::Empty => (KIND_EMPTY, Vec::new()),
            Value::U32(v) => (KIND_U32, v.to_le_bytes().to_vec()),
            Value::U64(v) => (KIND_U64, v.to_le_bytes().to_vec()),
            Value::I64(v) => (KIND_I64, v.to_le_bytes().to_vec()),
            Value::F32(v) => (KIND_F32, v.to_le_bytes().to_vec()),
            Value::F64(v) => (KIND_F64, v.to_le_bytes().to_vec()),
            Value::Guid(g) => (KIND_GUID, g.to_u128().to_le_bytes().to_vec()),
            Value::String(s) => (
                KIND_STRING,
                s.iter().flat_map(|u| u.to_le_bytes()).collect(),
            ),
            Value::Blob(b) => (KIND_BLOB, b.clone()),
            Value::Unknown(_) | Value::NullUnknown => continue,
        };
        out.extend_from_slice(&key.to_u128().to_le_bytes());
        out.push(kind);
        if matches!(kind, KIND_STRING | KIND_BLOB) {
            out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        }
        out.extend_from_slice(&payload);
    }
    out
}

/// The items of a serialised blob; None when it is malformed.
fn deserialize(mut blob: &[u8]) -> Option<Vec<(GUID, Value)>> {
    fn take<'a>(blob: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
        let (head, rest) = blob.split_at_checked(n)?;
        *blob = rest;
        Some(head)
    }
    fn array<const N: usize>(blob: &mut &[u8]) -> Option<[u8; N]> {
        take(blob, N)?.try_into().ok()
    }
    let mut items = Vec::new();
    while !blob.is_empty() {
        let key = GUID::from_u128(u128::from_le_bytes(array(&mut blob)?));
        let [kind] = array(&mut blob)?;
        let value = match kind {
            KIND_EMPTY => Value::Empty,
            KIND_U32 => Value::U32(u32::from_le_bytes(array(&mut blob)?)),
            KIND_U64 => Value::U64(u64::from_le_bytes(array(&mut blob)?)),
            KIND_I64 => Value::I64(i64::from_le_bytes(array(&mut blob)?)),
            KIND_F32 => Value::F32(f32::from_le_bytes(array(&mut blob)?)),
            KIND_F64 => Value::F64(f64::from_le_bytes(array(&mut blob)?)),
            KIND_GUID => Value::Guid(GUID::from_u128(u128::from_le_bytes(array(&mut blob)?))),
            KIND_STRING | KIND_BLOB => {
                let len = u32::from_le_bytes(array(&mut blob)?) as usize;
                let bytes = take(&mut blob, len)?;
                if kind == KIND_BLOB {
                    Value::Blob(bytes.to_vec())
                } else if len.is_multiple_of(2) {
                    Value::String(
                        bytes
                            .chunks_exact(2)
                            .map(|c| u16::from_le_bytes([c[0], c[1]]))
                            .collect(),
                    )
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        items.push((key, value));
    }
    Some(items)
}

/// MFCompareFullToPartialMediaType: the partial type needs a major type,
/// and each of its attributes must be in the full type with the same value.
pub fn full_matches_partial(full: &IMFMediaType, partial: &IMFMediaType) -> Result<bool> {
    let partial = read_all(&partial.cast::<IMFAttributes>()?)?;
    if !partial.iter().any(|(k, _)| *k == MF_MT_MAJOR_TYPE) {
        return Ok(false);
    }
    let full = read_all(&full.cast::<IMFAttributes>()?)?;
    Ok(partial.iter().all(|item| full.contains(item)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::{MF_E_ATTRIBUTENOTFOUND, MFMediaType_Audio, MFMediaType_Video};

    fn typed(items: &[(GUID, Value)]) -> IMFMediaType {
        let t = MediaType::default();
        for (k, v) in items {
            t.attributes.set(*k, v.clone());
        }
        t.into()
    }

    #[test]
    fn every_storable_kind_survives_the_blob() {
        let items = vec![
            (GUID::from_u128(1), Value::U32(7)),
            (GUID::from_u128(2), Value::U64(1 << 40)),
            (GUID::from_u128(3), Value::F64(0.5)),
            (GUID::from_u128(4), Value::Guid(MFMediaType_Audio)),
            (
                GUID::from_u128(5),
                Value::String("Wine".encode_utf16().collect()),
            ),
            (GUID::from_u128(6), Value::Blob(vec![1, 2, 3])),
            (GUID::from_u128(7), Value::I64(-5)),
        ];
        assert_eq!(deserialize(&serialize(&items)), Some(items));
        assert_eq!(deserialize(&[1, 2, 3]), None);
    }

    #[test]
    fn wrapping_keeps_the_original_and_adds_three_items() {
        let original = typed(&[
            (GUID::zeroed(), Value::U32(1)),
            (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Video)),
        ]);
        let subtype = GUID::from_u128(0x00000000_0000_0000_c000_000000000046);
        let wrapper = wrap(&original, MFMediaType_Audio, subtype).unwrap();
        // SAFETY: plain COM calls.
        unsafe {
            assert_eq!(wrapper.GetCount().unwrap(), 3);
            assert_eq!(
                wrapper.GetGUID(&MF_MT_MAJOR_TYPE).unwrap(),
                MFMediaType_Audio
            );
            let back = unwrap(&wrapper).unwrap();
            assert_eq!(back.GetGUID(&MF_MT_MAJOR_TYPE).unwrap(), MFMediaType_Video);
            assert_eq!(back.GetUINT32(&GUID::zeroed()).unwrap(), 1);
            assert_eq!(
                back.GetGUID(&MF_MT_SUBTYPE).unwrap_err().code(),
                MF_E_ATTRIBUTENOTFOUND
            );
            assert_eq!(
                unwrap(&original).unwrap_err().code(),
                MF_E_ATTRIBUTENOTFOUND
            );
        }
    }

    #[test]
    fn partial_types_need_a_major_type_and_matching_items() {
        let empty = typed(&[]);
        assert!(!full_matches_partial(&empty, &typed(&[])).unwrap());
        let audio = (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio));
        let full = typed(&[
            audio.clone(),
            (MF_MT_SUBTYPE, Value::Guid(MFMediaType_Audio)),
        ]);
        assert!(full_matches_partial(&full, &typed(std::slice::from_ref(&audio))).unwrap());
        let other = typed(&[audio, (MF_MT_SUBTYPE, Value::Guid(MFMediaType_Video))]);
        assert!(!full_matches_partial(&full, &other).unwrap());
    }
}
