//! IMFMediaType (MFCreateMediaType), the uncompressed audio formats the
//! pipeline carries, and IMFMediaTypeHandler for stream descriptors and
//! stream sinks.

use std::sync::{Arc, Mutex};

use windows_core::{BOOL, GUID, HRESULT, Interface, Ref, Result, implement};

use crate::attributes::{AttributeStore, read_all};
use crate::bindings::{
    IMFAttributes, IMFMediaType, IMFMediaType_Impl, IMFMediaTypeHandler, IMFMediaTypeHandler_Impl,
    MF_E_ATTRIBUTENOTFOUND, MF_E_INVALIDMEDIATYPE, MF_E_NO_MORE_TYPES, MF_E_NOT_INITIALIZED,
    MF_E_UNSUPPORTED_REPRESENTATION, MF_MEDIATYPE_EQUAL_FORMAT_DATA,
    MF_MEDIATYPE_EQUAL_FORMAT_TYPES, MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA,
    MF_MEDIATYPE_EQUAL_MAJOR_TYPES, MF_MT_ALL_SAMPLES_INDEPENDENT,
    MF_MT_AUDIO_AVG_BYTES_PER_SECOND, MF_MT_AUDIO_BITS_PER_SAMPLE, MF_MT_AUDIO_BLOCK_ALIGNMENT,
    MF_MT_AUDIO_NUM_CHANNELS, MF_MT_AUDIO_SAMPLES_PER_SECOND, MF_MT_FRAME_RATE_RANGE_MAX,
    MF_MT_FRAME_RATE_RANGE_MIN, MF_MT_MAJOR_TYPE, MF_MT_SUBTYPE, MF_MT_USER_DATA,
    MFMediaType_Audio,
};
use crate::com::{E_INVALIDARG, E_POINTER, fail};
use crate::guids::{MFAudioFormat_Float, MFAudioFormat_PCM};
use crate::propvariant::Value;
use win32::sync::lock;

#[implement(IMFMediaType)]
#[derive(Default)]
pub struct MediaType {
    pub attributes: AttributeStore,
}

crate::impl_attributes!(MediaType_Impl);

impl MediaType {
    pub fn create() -> IMFMediaType {
        MediaType::default().into()
    }
}

impl IMFMediaType_Impl for MediaType_Impl {
    fn GetMajorType(&self) -> Result<GUID> {
        self.attributes.get_guid(&MF_MT_MAJOR_TYPE)
    }

    /// Compressed unless the type says every sample stands alone, as
    /// uncompressed audio does.
    fn IsCompressedFormat(&self) -> Result<BOOL> {
        let independent = self
            .attributes
            .get_u32(&MF_MT_ALL_SAMPLES_INDEPENDENT)
            .unwrap_or(0);
        Ok(BOOL::from(independent == 0))
    }

    /// The IsEqual page: each MF_MEDIATYPE_EQUAL_* flag that holds, S_OK
    /// when all four do and S_FALSE otherwise; E_INVALIDARG, with the flags
    /// zeroed, when either type lacks a major type (Wine's test_media_type,
    /// which passes on Windows).
    fn IsEqual(&self, other: Ref<IMFMediaType>, flags: *mut u32) -> HRESULT {
        if flags.is_null() {
            return E_POINTER;
        }
        // SAFETY: `flags` was checked above.
        unsafe { flags.write(0) };
        let Some(other) = other.as_ref() else {
            return E_POINTER;
        };
        let theirs = match other.cast::<IMFAttributes>().and_then(|a| read_all(&a)) {
            Ok(items) => items,
            Err(e) => return e.code(),
        };
        let Some(held) = equal_flags(&self.attributes.items(), &theirs) else {
            return E_INVALIDARG;
        };
        // SAFETY: `flags` was checked above.
        unsafe { flags.write(held) };
        if held == ALL_EQUAL {
            HRESULT(0)
        } else {
            S_FALSE
        }
    }

    /// AM_MEDIA_TYPE and WAVEFORMATEX representations belong to DirectShow
    /// interop, which this implementation does not offer.
    fn GetRepresentation(&self, _kind: &GUID, _out: *mut *mut core::ffi::c_void) -> Result<()> {
        fail(MF_E_UNSUPPORTED_REPRESENTATION)
    }

    fn FreeRepresentation(&self, _kind: &GUID, _p: *const core::ffi::c_void) -> Result<()> {
        fail(MF_E_UNSUPPORTED_REPRESENTATION)
    }
}

/// winerror.h's S_FALSE: IsEqual's answer for types that differ.
const S_FALSE: HRESULT = HRESULT(1);

const ALL_EQUAL: u32 = (MF_MEDIATYPE_EQUAL_MAJOR_TYPES
    | MF_MEDIATYPE_EQUAL_FORMAT_TYPES
    | MF_MEDIATYPE_EQUAL_FORMAT_DATA
    | MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA) as u32;

/// The MF_MEDIATYPE_EQUAL_* flags that hold between two types' items, as
/// the IsEqual page defines them; None when either has no major type.
/// Format data: every item of the type with fewer items is in the other
/// with the same value, except MF_MT_USER_DATA and the frame rate range.
fn equal_flags(ours: &[(GUID, Value)], theirs: &[(GUID, Value)]) -> Option<u32> {
    let get = |items: &[(GUID, Value)], key: &GUID| {
        items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    };
    let major = get(ours, &MF_MT_MAJOR_TYPE)?;
    let mut held = 0;
    if major == get(theirs, &MF_MT_MAJOR_TYPE)? {
        held |= MF_MEDIATYPE_EQUAL_MAJOR_TYPES;
    }
    if get(ours, &MF_MT_SUBTYPE) == get(theirs, &MF_MT_SUBTYPE) {
        held |= MF_MEDIATYPE_EQUAL_FORMAT_TYPES;
    }
    let (fewer, more) = if ours.len() <= theirs.len() {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    let ignored = [
        MF_MT_USER_DATA,
        MF_MT_FRAME_RATE_RANGE_MIN,
        MF_MT_FRAME_RATE_RANGE_MAX,
    ];
    if fewer
        .iter()
        .filter(|(k, _)| !ignored.contains(k))
        .all(|item| more.contains(item))
    {
        held |= MF_MEDIATYPE_EQUAL_FORMAT_DATA;
    }
    if get(ours, &MF_MT_USER_DATA) == get(theirs, &MF_MT_USER_DATA) {
        held |= MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA;
    }
    Some(held as u32)
}

/// Uncompressed interleaved audio, the only payload the pipeline carries:
/// integer PCM (8-bit unsigned, 16/24/32-bit signed, little-endian) or
/// 32-bit float.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AudioFormat {
    pub float: bool,
    pub channels: u32,
    pub rate: u32,
    pub bits: u32,
}

impl AudioFormat {
    pub fn block_align(&self) -> u32 {
        self.channels * self.bits / 8
    }

    /// 100-ns units for `frames` frames.
    pub fn frames_to_hns(&self, frames: u64) -> i64 {
        (frames as i128 * 10_000_000 / self.rate.max(1) as i128) as i64
    }

    /// A full IMFMediaType for this format.
    pub fn media_type(&self) -> IMFMediaType {
        let t = MediaType::default();
        let subtype = if self.float {
            MFAudioFormat_Float
        } else {
            MFAudioFormat_PCM
        };
        for (k, v) in [
            (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio)),
            (MF_MT_SUBTYPE, Value::Guid(subtype)),
            (MF_MT_AUDIO_NUM_CHANNELS, Value::U32(self.channels)),
            (MF_MT_AUDIO_SAMPLES_PER_SECOND, Value::U32(self.rate)),
            (MF_MT_AUDIO_BITS_PER_SAMPLE, Value::U32(self.bits)),
            (MF_MT_AUDIO_BLOCK_ALIGNMENT, Value::U32(self.block_align())),
            (
                MF_MT_AUDIO_AVG_BYTES_PER_SECOND,
                Value::U32(self.block_align() * self.rate),
            ),
            (MF_MT_ALL_SAMPLES_INDEPENDENT, Value::U32(1)),
        ] {
            t.attributes.set(k, v);
        }
        t.into()
    }

    /// Reads any IMFMediaType (also one a caller built): audio, PCM or
    /// float, with channels, rate and bits given; else MF_E_INVALIDMEDIATYPE.
    pub fn from_media_type(t: &IMFMediaType) -> Result<AudioFormat> {
        let invalid = |_| windows_core::Error::from_hresult(MF_E_INVALIDMEDIATYPE);
        // SAFETY: plain COM calls on a live interface with valid keys.
        unsafe {
            if t.GetGUID(&MF_MT_MAJOR_TYPE).map_err(invalid)? != MFMediaType_Audio {
                return fail(MF_E_INVALIDMEDIATYPE);
            }
            let float = match t.GetGUID(&MF_MT_SUBTYPE).map_err(invalid)? {
                s if s == MFAudioFormat_PCM => false,
                s if s == MFAudioFormat_Float => true,
                _ => return fail(MF_E_INVALIDMEDIATYPE),
            };
            let format = AudioFormat {
                float,
                channels: t.GetUINT32(&MF_MT_AUDIO_NUM_CHANNELS).map_err(invalid)?,
                rate: t
                    .GetUINT32(&MF_MT_AUDIO_SAMPLES_PER_SECOND)
                    .map_err(invalid)?,
                bits: t.GetUINT32(&MF_MT_AUDIO_BITS_PER_SAMPLE).map_err(invalid)?,
            };
            let sane_bits = if float {
                format.bits == 32
            } else {
                matches!(format.bits, 8 | 16 | 24 | 32)
            };
            if !sane_bits || format.channels == 0 || format.rate == 0 {
                return fail(MF_E_INVALIDMEDIATYPE);
            }
            Ok(format)
        }
    }
}

/// The current type a handler's owner reads (a stream sink needs the
/// format the topology loader settled on).
pub type CurrentType = Arc<Mutex<Option<crate::com::Agile<IMFMediaType>>>>;

/// IMFMediaTypeHandler over a list of offered types. A candidate is
/// supported when it carries every attribute of one offered type with the
/// same value, so an offered type may be partial (the sample grabber's).
#[implement(IMFMediaTypeHandler)]
pub struct TypeHandler {
    offered: Vec<IMFMediaType>,
    current: CurrentType,
}

impl TypeHandler {
    pub fn create(offered: Vec<IMFMediaType>, current: CurrentType) -> IMFMediaTypeHandler {
        TypeHandler { offered, current }.into()
    }

    fn supports(&self, candidate: &IMFMediaType) -> Result<bool> {
        let theirs = read_all(&candidate.cast::<IMFAttributes>()?)?;
        for offered in &self.offered {
            let ours = read_all(&offered.cast::<IMFAttributes>()?)?;
            if ours.iter().all(|item| theirs.contains(item)) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

impl IMFMediaTypeHandler_Impl for TypeHandler_Impl {
    /// The closest type is optional (the page: "This parameter can be
    /// NULL"; the vtable shim writes it only where asked). A supported
    /// candidate is its own closest type.
    fn IsMediaTypeSupported(&self, candidate: Ref<IMFMediaType>) -> Result<IMFMediaType> {
        let Some(candidate) = candidate.as_ref() else {
            return fail(E_POINTER);
        };
        if self.supports(candidate)? {
            Ok(candidate.clone())
        } else {
            fail(MF_E_INVALIDMEDIATYPE)
        }
    }

    fn GetMediaTypeCount(&self) -> Result<u32> {
        Ok(self.offered.len() as u32)
    }

    fn GetMediaTypeByIndex(&self, index: u32) -> Result<IMFMediaType> {
        match self.offered.get(index as usize) {
            Some(t) => Ok(t.clone()),
            None => fail(MF_E_NO_MORE_TYPES),
        }
    }

    fn SetCurrentMediaType(&self, t: Ref<IMFMediaType>) -> Result<()> {
        let Some(t) = t.as_ref() else {
            return fail(E_POINTER);
        };
        if !self.supports(t)? {
            return fail(MF_E_INVALIDMEDIATYPE);
        }
        *lock(&self.current) = Some(crate::com::Agile(t.clone()));
        Ok(())
    }

    fn GetCurrentMediaType(&self) -> Result<IMFMediaType> {
        match lock(&self.current).as_ref() {
            Some(t) => Ok(t.0.clone()),
            None => fail(MF_E_NOT_INITIALIZED),
        }
    }

    fn GetMajorType(&self) -> Result<GUID> {
        let first = self
            .offered
            .first()
            .ok_or_else(|| windows_core::Error::from_hresult(MF_E_ATTRIBUTENOTFOUND))?;
        // SAFETY: a plain COM call on a live interface.
        unsafe { first.GetMajorType() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stereo16() -> AudioFormat {
        AudioFormat {
            float: false,
            channels: 2,
            rate: 44_100,
            bits: 16,
        }
    }

    #[test]
    fn a_format_survives_its_media_type() {
        let t = stereo16().media_type();
        assert_eq!(AudioFormat::from_media_type(&t).unwrap(), stereo16());
        // SAFETY: plain COM calls.
        unsafe {
            assert_eq!(t.GetUINT32(&MF_MT_AUDIO_BLOCK_ALIGNMENT).unwrap(), 4);
            assert_eq!(t.IsEqual(&stereo16().media_type()).unwrap(), 15);
            let other = AudioFormat {
                rate: 48_000,
                ..stereo16()
            }
            .media_type();
            // S_FALSE, a success code: everything but the format data holds.
            assert_eq!(
                t.IsEqual(&other).unwrap(),
                ALL_EQUAL & !(MF_MEDIATYPE_EQUAL_FORMAT_DATA as u32)
            );
        }
    }

    /// The IsEqual cases of Wine's test_media_type, which pass on Windows.
    #[test]
    fn is_equal_reports_the_flags_that_still_hold() {
        use crate::bindings::MFMediaType_Video;
        let video = (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Video));
        let independent = (MF_MT_ALL_SAMPLES_INDEPENDENT, Value::U32(1));
        let ours = vec![independent.clone(), video.clone()];
        let flags = |a: &[(GUID, Value)], b: &[(GUID, Value)]| equal_flags(a, b);
        assert_eq!(flags(&ours, &[]), None);
        assert_eq!(flags(&[], &ours), None);
        let audio = [(MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio))];
        let (major, types, data, user) = (
            MF_MEDIATYPE_EQUAL_MAJOR_TYPES as u32,
            MF_MEDIATYPE_EQUAL_FORMAT_TYPES as u32,
            MF_MEDIATYPE_EQUAL_FORMAT_DATA as u32,
            MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA as u32,
        );
        assert_eq!(flags(&ours, &audio), Some(types | user));
        // The smaller type's items are all in the larger one.
        assert_eq!(flags(&ours, std::slice::from_ref(&video)), Some(ALL_EQUAL));
        let with_user = [ours.clone(), vec![(MF_MT_USER_DATA, Value::Blob(vec![1]))]].concat();
        assert_eq!(
            flags(&with_user, std::slice::from_ref(&video)),
            Some(major | types | data)
        );
        let with_subtype = [ours, vec![(MF_MT_SUBTYPE, Value::Guid(MFAudioFormat_PCM))]].concat();
        assert_eq!(
            flags(&with_subtype, std::slice::from_ref(&video)),
            Some(major | data | user)
        );
        // Through the vtable: S_FALSE with the flags, E_INVALIDARG with 0.
        let (a, b) = (MediaType::create(), MediaType::create());
        // SAFETY: plain COM calls; `f` is a valid out pointer.
        unsafe {
            a.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Video).unwrap();
            let mut f = 0xdead_beef;
            let is_equal = Interface::vtable(&a).IsEqual;
            assert_eq!(is_equal(a.as_raw(), b.as_raw(), &mut f), E_INVALIDARG);
            assert_eq!(f, 0);
            b.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio).unwrap();
            assert_eq!(is_equal(a.as_raw(), b.as_raw(), &mut f), S_FALSE);
            assert_eq!(f, types | user);
            let null = std::ptr::null_mut();
            assert_eq!(is_equal(a.as_raw(), b.as_raw(), null), E_POINTER);
        }
    }

    #[test]
    fn a_partial_offered_type_accepts_any_matching_format() {
        let partial = MediaType::create();
        // SAFETY: plain COM calls.
        unsafe {
            partial
                .SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio)
                .ok()
                .unwrap();
            partial
                .SetGUID(&MF_MT_SUBTYPE, &MFAudioFormat_PCM)
                .ok()
                .unwrap();
        }
        let current = CurrentType::default();
        let h = TypeHandler::create(vec![partial], current.clone());
        let float = AudioFormat {
            float: true,
            bits: 32,
            ..stereo16()
        }
        .media_type();
        // SAFETY: plain COM calls.
        unsafe {
            assert!(h.IsMediaTypeSupported(&stereo16().media_type()).is_ok());
            assert_eq!(
                h.IsMediaTypeSupported(&float).unwrap_err().code(),
                MF_E_INVALIDMEDIATYPE
            );
            assert_eq!(
                h.GetCurrentMediaType().unwrap_err().code(),
                MF_E_NOT_INITIALIZED
            );
            h.SetCurrentMediaType(&stereo16().media_type()).unwrap();
        }
        assert!(lock(&current).is_some());
    }
}
