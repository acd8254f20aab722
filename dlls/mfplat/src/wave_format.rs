//! WAVEFORMATEX and WAVEFORMATEXTENSIBLE against audio media types
//! (MFCreateWaveFormatExFromMFMediaType, MFInitMediaTypeFromWaveFormatEx).

use std::mem::size_of;

use windows_core::{GUID, Interface, Result};

use crate::attributes::read_all;
use crate::bindings::{
    IMFAttributes, IMFMediaType, MF_E_INVALIDMEDIATYPE, MF_MT_ALL_SAMPLES_INDEPENDENT,
    MF_MT_AUDIO_AVG_BYTES_PER_SECOND, MF_MT_AUDIO_BITS_PER_SAMPLE, MF_MT_AUDIO_BLOCK_ALIGNMENT,
    MF_MT_AUDIO_CHANNEL_MASK, MF_MT_AUDIO_NUM_CHANNELS, MF_MT_AUDIO_PREFER_WAVEFORMATEX,
    MF_MT_AUDIO_SAMPLES_PER_SECOND, MF_MT_AUDIO_VALID_BITS_PER_SAMPLE, MF_MT_MAJOR_TYPE,
    MF_MT_SUBTYPE, MF_MT_USER_DATA, MFMediaType_Audio, WAVE_FORMAT_EXTENSIBLE, WAVEFORMATEX,
    WAVEFORMATEXTENSIBLE, WAVEFORMATEXTENSIBLE_0,
};
use crate::com::{E_INVALIDARG, fail};
use crate::format::media_subtype;
use crate::guids::{MFAudioFormat_Float, MFAudioFormat_PCM};
use crate::propvariant::Value;

/// MFWaveFormatExConvertFlags (mfapi.h; Microsoft's metadata lacks them).
pub const CONVERT_FLAG_NORMAL: u32 = 0;
pub const CONVERT_FLAG_FORCE_EXTENSIBLE: u32 = 1;

const EX: usize = size_of::<WAVEFORMATEX>();
const EXTENSIBLE: usize = size_of::<WAVEFORMATEXTENSIBLE>();

/// The wave format tag an audio subtype carries in Data1, when it is of
/// the WAVE_FORMAT_* family ("Audio Subtype GUIDs").
fn wave_tag(subtype: &GUID) -> Option<u16> {
    let tag = u16::try_from(subtype.data1).ok()?;
    (media_subtype(tag as u32) == *subtype).then_some(tag)
}

fn value<'a>(items: &'a [(GUID, Value)], key: &GUID) -> Option<&'a Value> {
    items.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

fn u32_value(items: &[(GUID, Value)], key: &GUID) -> Option<u32> {
    match value(items, key) {
        Some(Value::U32(v)) => Some(*v),
        _ => None,
    }
}

/// The bytes of a plain-old-data struct the bindings declare packed.
fn bytes_of<T: Copy>(value: &T) -> Vec<u8> {
    // SAFETY: T is a repr(C, packed(1)) struct of integers and GUIDs, so
    // all of its size_of bytes are initialised (no padding).
    unsafe { std::slice::from_raw_parts((value as *const T).cast::<u8>(), size_of::<T>()) }.to_vec()
}

/// MFCreateWaveFormatExFromMFMediaType's structure as bytes: WAVEFORMATEX
/// with MF_MT_USER_DATA after it, or WAVEFORMATEXTENSIBLE when the flags
/// force it or the format needs it (more than two channels, or valid bits
/// below the container's). Missing attributes read as 0, as on Windows.
pub fn from_media_type(t: &IMFMediaType, flags: u32) -> Result<Vec<u8>> {
    // SAFETY: plain COM calls on a live interface with valid keys.
    let (major, subtype) = unsafe { (t.GetGUID(&MF_MT_MAJOR_TYPE)?, t.GetGUID(&MF_MT_SUBTYPE)?) };
    if major != MFMediaType_Audio {
        return fail(E_INVALIDARG);
    }
    let tag = wave_tag(&subtype).ok_or_else(|| windows_core::Error::from(MF_E_INVALIDMEDIATYPE))?;
    let items = read_all(&t.cast::<IMFAttributes>()?)?;
    let get = |key: &GUID| u32_value(&items, key).unwrap_or(0);
    let user_data: &[u8] = match value(&items, &MF_MT_USER_DATA) {
        Some(Value::Blob(b)) => b,
        _ => &[],
    };
    let channels = get(&MF_MT_AUDIO_NUM_CHANNELS);
    let bits = get(&MF_MT_AUDIO_BITS_PER_SAMPLE);
    let valid_bits = u32_value(&items, &MF_MT_AUDIO_VALID_BITS_PER_SAMPLE);
    let extensible = flags == CONVERT_FLAG_FORCE_EXTENSIBLE
        || channels > 2
        || valid_bits.is_some_and(|v| v != bits);
    let tail = if extensible { EXTENSIBLE - EX } else { 0 } + user_data.len();
    let mut format = WAVEFORMATEX {
        wFormatTag: if extensible {
            WAVE_FORMAT_EXTENSIBLE as u16
        } else {
            tag
        },
        nChannels: channels as u16,
        nSamplesPerSec: get(&MF_MT_AUDIO_SAMPLES_PER_SECOND),
        nAvgBytesPerSec: get(&MF_MT_AUDIO_AVG_BYTES_PER_SECOND),
        nBlockAlign: get(&MF_MT_AUDIO_BLOCK_ALIGNMENT) as u16,
        wBitsPerSample: bits as u16,
        cbSize: u16::try_from(tail).map_err(|_| windows_core::Error::from(E_INVALIDARG))?,
    };
    let mut out = if extensible {
        bytes_of(&WAVEFORMATEXTENSIBLE {
            Format: format,
            Samples: WAVEFORMATEXTENSIBLE_0 {
                wValidBitsPerSample: valid_bits.unwrap_or(bits) as u16,
            },
            dwChannelMask: u32_value(&items, &MF_MT_AUDIO_CHANNEL_MASK).unwrap_or(0),
            // KSDATAFORMAT_SUBTYPE_* share the media subtypes' GUIDs.
            SubFormat: subtype,
        })
    } else {
        format.cbSize = user_data.len() as u16;
        bytes_of(&format)
    };
    out.extend_from_slice(user_data);
    Ok(out)
}

/// The attributes MFInitMediaTypeFromWaveFormatEx gives a media type for
/// `bytes` (a WAVEFORMATEX and its cbSize extra bytes): the major type and
/// subtype, each non-zero field, the channel mask and valid bits of
/// WAVEFORMATEXTENSIBLE, MF_MT_AUDIO_PREFER_WAVEFORMATEX for a plain
/// WAVEFORMATEX, independent samples for PCM and float, and the remaining
/// extra bytes as MF_MT_USER_DATA. E_INVALIDARG when the buffer is shorter
/// than the structure it declares.
pub fn to_attributes(bytes: &[u8]) -> Result<Vec<(GUID, Value)>> {
    let invalid = || windows_core::Error::from(E_INVALIDARG);
    if bytes.len() < EX {
        return Err(invalid());
    }
    // SAFETY: at least EX bytes are readable; the struct is packed, so any
    // address is aligned enough for an unaligned read.
    let format = unsafe { bytes.as_ptr().cast::<WAVEFORMATEX>().read_unaligned() };
    let extra = bytes
        .get(EX..EX + format.cbSize as usize)
        .ok_or_else(invalid)?;
    let mut items = Vec::new();
    let (subtype, user_data) = if format.wFormatTag == WAVE_FORMAT_EXTENSIBLE as u16 {
        if extra.len() < EXTENSIBLE - EX {
            return Err(invalid());
        }
        // SAFETY: EXTENSIBLE bytes are readable (checked through cbSize).
        let ext = unsafe {
            bytes
                .as_ptr()
                .cast::<WAVEFORMATEXTENSIBLE>()
                .read_unaligned()
        };
        // SAFETY: the union's members are all WORDs.
        let valid_bits = unsafe { ext.Samples.wValidBitsPerSample };
        if ext.dwChannelMask != 0 {
            items.push((MF_MT_AUDIO_CHANNEL_MASK, Value::U32(ext.dwChannelMask)));
        }
        if valid_bits != 0 && format.wBitsPerSample != 0 {
            items.push((
                MF_MT_AUDIO_VALID_BITS_PER_SAMPLE,
                Value::U32(valid_bits as u32),
            ));
        }
        (ext.SubFormat, &extra[EXTENSIBLE - EX..])
    } else {
        items.push((MF_MT_AUDIO_PREFER_WAVEFORMATEX, Value::U32(1)));
        (media_subtype(format.wFormatTag as u32), extra)
    };
    items.insert(0, (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio)));
    items.insert(1, (MF_MT_SUBTYPE, Value::Guid(subtype)));
    for (key, field) in [
        (MF_MT_AUDIO_NUM_CHANNELS, format.nChannels as u32),
        (MF_MT_AUDIO_SAMPLES_PER_SECOND, format.nSamplesPerSec),
        (MF_MT_AUDIO_AVG_BYTES_PER_SECOND, format.nAvgBytesPerSec),
        (MF_MT_AUDIO_BLOCK_ALIGNMENT, format.nBlockAlign as u32),
        (MF_MT_AUDIO_BITS_PER_SAMPLE, format.wBitsPerSample as u32),
    ] {
        if field != 0 {
            items.push((key, Value::U32(field)));
        }
    }
    if subtype == MFAudioFormat_PCM || subtype == MFAudioFormat_Float {
        items.push((MF_MT_ALL_SAMPLES_INDEPENDENT, Value::U32(1)));
    }
    if !user_data.is_empty() {
        items.push((MF_MT_USER_DATA, Value::Blob(user_data.to_vec())));
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::{WAVE_FORMAT_IEEE_FLOAT, WAVE_FORMAT_PCM};
    use crate::guids::MFAudioFormat_AAC;
    use crate::media_type::MediaType;

    fn media_type(items: &[(GUID, Value)]) -> IMFMediaType {
        let t = MediaType::default();
        for (k, v) in items {
            t.attributes.set(*k, v.clone());
        }
        t.into()
    }

    fn read<T: Copy>(bytes: &[u8]) -> T {
        assert!(bytes.len() >= size_of::<T>());
        // SAFETY: checked length; packed structs read unaligned.
        unsafe { bytes.as_ptr().cast::<T>().read_unaligned() }
    }

    fn audio(subtype: GUID, more: &[(GUID, Value)]) -> IMFMediaType {
        let mut items = vec![
            (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio)),
            (MF_MT_SUBTYPE, Value::Guid(subtype)),
        ];
        items.extend_from_slice(more);
        media_type(&items)
    }

    #[test]
    fn the_structs_have_the_sdk_sizes() {
        assert_eq!(EX, 18);
        assert_eq!(EXTENSIBLE, 40);
    }

    #[test]
    fn missing_major_or_subtype_is_attribute_not_found() {
        let empty = media_type(&[]);
        let code = from_media_type(&empty, CONVERT_FLAG_NORMAL)
            .unwrap_err()
            .code();
        assert_eq!(code, crate::bindings::MF_E_ATTRIBUTENOTFOUND);
        let video = media_type(&[(
            MF_MT_MAJOR_TYPE,
            Value::Guid(crate::bindings::MFMediaType_Video),
        )]);
        let code = from_media_type(&video, CONVERT_FLAG_NORMAL)
            .unwrap_err()
            .code();
        assert_eq!(code, crate::bindings::MF_E_ATTRIBUTENOTFOUND);
    }

    #[test]
    fn pcm_and_float_without_fields_give_zeroed_structures() {
        for (subtype, tag) in [
            (MFAudioFormat_PCM, WAVE_FORMAT_PCM),
            (MFAudioFormat_Float, WAVE_FORMAT_IEEE_FLOAT),
        ] {
            let t = audio(subtype, &[]);
            let plain = from_media_type(&t, CONVERT_FLAG_NORMAL).unwrap();
            assert_eq!(plain.len(), EX);
            let f: WAVEFORMATEX = read(&plain);
            assert_eq!({ f.wFormatTag }, tag as u16);
            assert_eq!(
                { f.nChannels } as u32 + f.nSamplesPerSec + { f.cbSize } as u32,
                0
            );
            let ext = from_media_type(&t, CONVERT_FLAG_FORCE_EXTENSIBLE).unwrap();
            assert_eq!(ext.len(), EXTENSIBLE);
            let e: WAVEFORMATEXTENSIBLE = read(&ext);
            assert_eq!({ e.Format.wFormatTag }, WAVE_FORMAT_EXTENSIBLE as u16);
            assert_eq!({ e.Format.cbSize }, 22);
            assert_eq!({ e.SubFormat }, subtype);
            // An unknown flag value converts normally.
            assert_eq!(from_media_type(&t, 2).unwrap().len(), EX);
        }
    }

    #[test]
    fn many_channels_need_the_extensible_form() {
        let t = audio(
            MFAudioFormat_PCM,
            &[
                (MF_MT_AUDIO_NUM_CHANNELS, Value::U32(6)),
                (MF_MT_AUDIO_SAMPLES_PER_SECOND, Value::U32(48000)),
                (MF_MT_AUDIO_BITS_PER_SAMPLE, Value::U32(24)),
                (MF_MT_AUDIO_BLOCK_ALIGNMENT, Value::U32(18)),
                (MF_MT_AUDIO_AVG_BYTES_PER_SECOND, Value::U32(864000)),
                (MF_MT_AUDIO_CHANNEL_MASK, Value::U32(0x3f)),
            ],
        );
        let bytes = from_media_type(&t, CONVERT_FLAG_NORMAL).unwrap();
        let e: WAVEFORMATEXTENSIBLE = read(&bytes);
        assert_eq!({ e.Format.nChannels }, 6);
        assert_eq!({ e.dwChannelMask }, 0x3f);
        // SAFETY: a WORD union.
        assert_eq!(unsafe { e.Samples.wValidBitsPerSample }, 24);
        // Back to attributes: the same fields, no PREFER_WAVEFORMATEX.
        let items = to_attributes(&bytes).unwrap();
        assert_eq!(u32_value(&items, &MF_MT_AUDIO_NUM_CHANNELS), Some(6));
        assert_eq!(u32_value(&items, &MF_MT_AUDIO_CHANNEL_MASK), Some(0x3f));
        assert_eq!(
            u32_value(&items, &MF_MT_AUDIO_VALID_BITS_PER_SAMPLE),
            Some(24)
        );
        assert_eq!(u32_value(&items, &MF_MT_AUDIO_PREFER_WAVEFORMATEX), None);
        assert_eq!(u32_value(&items, &MF_MT_ALL_SAMPLES_INDEPENDENT), Some(1));
        assert_eq!(
            value(&items, &MF_MT_SUBTYPE),
            Some(&Value::Guid(MFAudioFormat_PCM))
        );
    }

    #[test]
    fn user_data_rides_after_the_structure_both_ways() {
        let config = vec![0u8, 0xfe, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12, 0x10];
        let t = audio(
            MFAudioFormat_AAC,
            &[
                (MF_MT_AUDIO_NUM_CHANNELS, Value::U32(2)),
                (MF_MT_USER_DATA, Value::Blob(config.clone())),
            ],
        );
        let bytes = from_media_type(&t, CONVERT_FLAG_NORMAL).unwrap();
        assert_eq!(bytes.len(), EX + config.len());
        let f: WAVEFORMATEX = read(&bytes);
        assert_eq!({ f.wFormatTag }, 0x1610);
        assert_eq!({ f.cbSize } as usize, config.len());
        let items = to_attributes(&bytes).unwrap();
        assert_eq!(value(&items, &MF_MT_USER_DATA), Some(&Value::Blob(config)));
        assert_eq!(u32_value(&items, &MF_MT_AUDIO_PREFER_WAVEFORMATEX), Some(1));
        assert_eq!(u32_value(&items, &MF_MT_ALL_SAMPLES_INDEPENDENT), None);
    }

    #[test]
    fn short_buffers_are_invalid() {
        let pcm = WAVEFORMATEX {
            wFormatTag: WAVE_FORMAT_PCM as u16,
            nChannels: 2,
            nSamplesPerSec: 44100,
            nAvgBytesPerSec: 176400,
            nBlockAlign: 4,
            wBitsPerSample: 16,
            cbSize: 0,
        };
        let bytes = bytes_of(&pcm);
        assert_eq!(
            to_attributes(&bytes[..EX - 1]).unwrap_err().code(),
            E_INVALIDARG
        );
        let items = to_attributes(&bytes).unwrap();
        assert_eq!(u32_value(&items, &MF_MT_AUDIO_BLOCK_ALIGNMENT), Some(4));
        let claims_more = WAVEFORMATEX { cbSize: 4, ..pcm };
        assert_eq!(
            to_attributes(&bytes_of(&claims_more)).unwrap_err().code(),
            E_INVALIDARG
        );
        let ext_too_short = WAVEFORMATEX {
            wFormatTag: WAVE_FORMAT_EXTENSIBLE as u16,
            ..pcm
        };
        assert_eq!(
            to_attributes(&bytes_of(&ext_too_short)).unwrap_err().code(),
            E_INVALIDARG
        );
    }
}
