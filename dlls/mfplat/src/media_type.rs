//! IMFMediaType (MFCreateMediaType), with IMFVideoMediaType and
//! IMFAudioMediaType on video and audio types, the uncompressed audio
//! formats the pipeline carries, and IMFMediaTypeHandler for stream
//! descriptors and stream sinks.

use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use windows_core::{
    BOOL, ComObject, Compose, GUID, HRESULT, IInspectable, IInspectable_Vtbl, IUnknown,
    IUnknown_Vtbl, IUnknownImpl, Interface, Ref, Result, implement,
};

use crate::attributes::{AttributeStore, read_all};
use crate::bindings::{
    IMFAttributes, IMFAudioMediaType, IMFAudioMediaType_Impl, IMFAudioMediaType_Vtbl, IMFMediaType,
    IMFMediaType_Impl, IMFMediaTypeHandler, IMFMediaTypeHandler_Impl, IMFVideoMediaType,
    IMFVideoMediaType_Impl, IMFVideoMediaType_Vtbl, MF_E_ATTRIBUTENOTFOUND, MF_E_INVALIDMEDIATYPE,
    MF_E_NO_MORE_TYPES, MF_E_NOT_INITIALIZED, MF_E_UNSUPPORTED_REPRESENTATION,
    MF_MEDIATYPE_EQUAL_FORMAT_DATA, MF_MEDIATYPE_EQUAL_FORMAT_TYPES,
    MF_MEDIATYPE_EQUAL_FORMAT_USER_DATA, MF_MEDIATYPE_EQUAL_MAJOR_TYPES,
    MF_MT_ALL_SAMPLES_INDEPENDENT, MF_MT_AUDIO_AVG_BYTES_PER_SECOND, MF_MT_AUDIO_BITS_PER_SAMPLE,
    MF_MT_AUDIO_BLOCK_ALIGNMENT, MF_MT_AUDIO_NUM_CHANNELS, MF_MT_AUDIO_SAMPLES_PER_SECOND,
    MF_MT_FRAME_RATE_RANGE_MAX, MF_MT_FRAME_RATE_RANGE_MIN, MF_MT_MAJOR_TYPE, MF_MT_SUBTYPE,
    MF_MT_USER_DATA, MFMediaType_Audio, MFMediaType_Video, MFVIDEOFORMAT, WAVEFORMATEX,
};
use crate::com::{E_INVALIDARG, E_NOINTERFACE, E_NOTIMPL, E_POINTER, fail};
use crate::guids::{MFAudioFormat_Float, MFAudioFormat_PCM};
use crate::propvariant::Value;
use win32::sync::lock;

/// A media type's attributes before it is an object: `into()` (or
/// `create`) makes the IMFMediaType, which is also an IMFVideoMediaType or
/// IMFAudioMediaType while its major type says so.
#[derive(Default)]
pub struct MediaType {
    pub attributes: AttributeStore,
}

impl MediaType {
    pub fn create() -> IMFMediaType {
        MediaType::default().into()
    }
}

impl From<MediaType> for IMFMediaType {
    // The type and its views share the store from any thread: Media
    // Foundation objects are free-threaded by contract (com::Agile), and
    // the store locks its items.
    #[allow(clippy::arc_with_non_send_sync)]
    fn from(t: MediaType) -> IMFMediaType {
        TypeObject::create(Arc::new(t.attributes))
    }
}

/// The media type object. Windows answers QueryInterface for
/// IMFVideoMediaType only while MF_MT_MAJOR_TYPE is MFMediaType_Video, and
/// for IMFAudioMediaType only while it is MFMediaType_Audio (Wine's
/// test_media_type, which passes on Windows: the answer changes when the
/// major type is set or the items deleted). A `#[implement]` object answers
/// a fixed set of interfaces, so those two come from a [`Gate`] the object
/// aggregates: windows-core hands it every interface it does not know.
#[implement(IMFMediaType)]
struct TypeObject {
    attributes: Arc<AttributeStore>,
}

crate::impl_attributes!(TypeObject_Impl);

impl TypeObject {
    fn create(attributes: Arc<AttributeStore>) -> IMFMediaType {
        let object = TypeObject {
            attributes: Arc::clone(&attributes),
        };
        // SAFETY: Compose's contract: the slot is written once, here,
        // before the object is shared, while `outer` keeps it alive.
        let (outer, slot) = unsafe { TypeObject::compose(object) };
        let gate = Box::new(Gate {
            vtable: &GATE_VTABLE,
            count: AtomicU32::new(1),
            attributes: Arc::clone(&attributes),
            outer: outer.as_raw(),
        });
        // SAFETY: a Gate starts with its IInspectable vtable; the slot takes
        // its one reference and releases it with the object.
        *slot = Some(unsafe { IInspectable::from_raw(Box::into_raw(gate).cast()) });
        // QueryInterface for an interface the object implements cannot
        // fail; were it to, a type without the two views still works.
        outer
            .cast()
            .unwrap_or_else(|_| TypeObject { attributes }.into())
    }
}

/// IMFMediaType for `$impl`, whose `attributes` field holds the type's
/// items: the media type itself and its video or audio view answer alike.
macro_rules! impl_media_type {
    ($impl:ty) => {
        impl IMFMediaType_Impl for $impl {
            fn GetMajorType(&self) -> Result<GUID> {
                self.attributes.get_guid(&MF_MT_MAJOR_TYPE)
            }

            fn IsCompressedFormat(&self) -> Result<BOOL> {
                Ok(is_compressed(&self.attributes))
            }

            fn IsEqual(&self, other: Ref<IMFMediaType>, flags: *mut u32) -> HRESULT {
                is_equal(&self.attributes, other, flags)
            }

            /// AM_MEDIA_TYPE and WAVEFORMATEX representations belong to
            /// DirectShow interop, which this implementation does not offer.
            fn GetRepresentation(&self, _kind: &GUID, _out: *mut *mut c_void) -> Result<()> {
                fail(MF_E_UNSUPPORTED_REPRESENTATION)
            }

            fn FreeRepresentation(&self, _kind: &GUID, _p: *const c_void) -> Result<()> {
                fail(MF_E_UNSUPPORTED_REPRESENTATION)
            }
        }
    };
}

impl_media_type!(TypeObject_Impl);

/// Compressed unless the type says every sample stands alone, as
/// uncompressed audio does.
fn is_compressed(attributes: &AttributeStore) -> BOOL {
    let independent = attributes
        .get_u32(&MF_MT_ALL_SAMPLES_INDEPENDENT)
        .unwrap_or(0);
    BOOL::from(independent == 0)
}

/// The IsEqual page: each MF_MEDIATYPE_EQUAL_* flag that holds, S_OK when
/// all four do and S_FALSE otherwise; E_INVALIDARG, with the flags zeroed,
/// when either type lacks a major type (Wine's test_media_type, which
/// passes on Windows). Video and audio types compare alike: by their items.
fn is_equal(attributes: &AttributeStore, other: Ref<IMFMediaType>, flags: *mut u32) -> HRESULT {
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
    let Some(held) = equal_flags(&attributes.items(), &theirs) else {
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

/// Whether a type with these items answers QueryInterface for `iid`, one
/// of the two views.
fn view_allowed(attributes: &AttributeStore, iid: &GUID) -> bool {
    let major = attributes.get_guid(&MF_MT_MAJOR_TYPE).ok();
    (*iid == IMFVideoMediaType::IID && major == Some(MFMediaType_Video))
        || (*iid == IMFAudioMediaType::IID && major == Some(MFMediaType_Audio))
}

/// What the media type object aggregates: COM's non-delegating inner
/// object, asked only for the interfaces the outer object lacks. It makes a
/// [`TypeView`] for IMFVideoMediaType or IMFAudioMediaType when the major
/// type allows it; everything else is E_NOINTERFACE.
#[repr(C)]
struct Gate {
    vtable: &'static IInspectable_Vtbl,
    count: AtomicU32,
    attributes: Arc<AttributeStore>,
    /// The media type's IUnknown, not counted: the type owns the gate.
    outer: *mut c_void,
}

impl Gate {
    /// # Safety
    /// `out` is writable (the outer object's QueryInterface checked it).
    unsafe fn query(&self, iid: &GUID, out: *mut *mut c_void) -> HRESULT {
        if *iid == IUnknown::IID || *iid == IInspectable::IID {
            self.AddRef();
            // SAFETY: per the function's contract.
            unsafe { out.write(self as *const Gate as *mut c_void) };
            return HRESULT(0);
        }
        if !view_allowed(&self.attributes, iid) {
            // SAFETY: per the function's contract.
            unsafe { out.write(std::ptr::null_mut()) };
            return E_NOINTERFACE;
        }
        // SAFETY: the outer object is alive while it asks its gate.
        let Some(outer) = (unsafe { IUnknown::from_raw_borrowed(&self.outer) }).cloned() else {
            return E_NOINTERFACE;
        };
        let vtable = if *iid == IMFVideoMediaType::IID {
            &VIDEO_VTABLE as *const IMFVideoMediaType_Vtbl as *const c_void
        } else {
            &AUDIO_VTABLE as *const IMFAudioMediaType_Vtbl as *const c_void
        };
        let view = Box::new(TypeView {
            vtable,
            count: AtomicU32::new(1),
            outer,
            attributes: Arc::clone(&self.attributes),
        });
        // SAFETY: per the function's contract; the caller owns the view.
        unsafe { out.write(Box::into_raw(view).cast()) };
        HRESULT(0)
    }
}

/// IMFVideoMediaType or IMFAudioMediaType on a media type: a tear-off that
/// reads and writes the type's own items and keeps the type alive. Its
/// QueryInterface is the type's, so IUnknown gives the type's identity and
/// IMFMediaType the type itself.
#[repr(C)]
struct TypeView {
    /// VIDEO_VTABLE or AUDIO_VTABLE.
    vtable: *const c_void,
    count: AtomicU32,
    outer: IUnknown,
    attributes: Arc<AttributeStore>,
}

impl TypeView {
    /// # Safety
    /// `out` is writable.
    unsafe fn query(&self, iid: &GUID, out: *mut *mut c_void) -> HRESULT {
        // SAFETY: a plain COM call on a live interface, with the caller's
        // pointers.
        unsafe { self.outer.query(iid, out) }
    }
}

static GATE_VTABLE: IInspectable_Vtbl = IInspectable_Vtbl {
    base: IUnknown_Vtbl::new::<Gate, 0>(),
    GetIids: no_iids,
    GetRuntimeClassName: no_class_name,
    GetTrustLevel: no_trust_level,
};
static VIDEO_VTABLE: IMFVideoMediaType_Vtbl = IMFVideoMediaType_Vtbl::new::<TypeView, 0>();
static AUDIO_VTABLE: IMFAudioMediaType_Vtbl = IMFAudioMediaType_Vtbl::new::<TypeView, 0>();

/// IInspectable's methods on the gate, which no one calls: it is only ever
/// the aggregated object's QueryInterface target.
unsafe extern "system" fn no_iids(_: *mut c_void, _: *mut u32, _: *mut *mut GUID) -> HRESULT {
    E_NOTIMPL
}

unsafe extern "system" fn no_class_name(_: *mut c_void, _: *mut *mut c_void) -> HRESULT {
    E_NOTIMPL
}

unsafe extern "system" fn no_trust_level(_: *mut c_void, _: *mut i32) -> HRESULT {
    E_NOTIMPL
}

/// IUnknownImpl for a hand-built object: a heap box whose first field is
/// its vtable, counted by `count`, with `query` for QueryInterface.
macro_rules! counted_object {
    ($t:ty) => {
        impl IUnknownImpl for $t {
            type Impl = $t;

            fn get_impl(&self) -> &$t {
                self
            }

            fn get_impl_mut(&mut self) -> &mut $t {
                self
            }

            fn into_inner(self) -> $t {
                self
            }

            unsafe fn QueryInterface(&self, iid: *const GUID, out: *mut *mut c_void) -> HRESULT {
                // SAFETY: COM callers pass NULL or valid pointers.
                match unsafe { iid.as_ref() } {
                    // SAFETY: `out` is not NULL, so writable per COM.
                    Some(iid) if !out.is_null() => unsafe { self.query(iid, out) },
                    _ => E_POINTER,
                }
            }

            fn AddRef(&self) -> u32 {
                self.count.fetch_add(1, Ordering::Relaxed) + 1
            }

            unsafe fn Release(this: *mut $t) -> u32 {
                // SAFETY: `this` is a live box made by `Box::into_raw`.
                let left = unsafe { (*this).count.fetch_sub(1, Ordering::AcqRel) } - 1;
                if left == 0 {
                    // SAFETY: the last reference is gone.
                    drop(unsafe { Box::from_raw(this) });
                }
                left
            }

            fn is_reference_count_one(&self) -> bool {
                self.count.load(Ordering::Acquire) == 1
            }

            unsafe fn GetTrustLevel(&self, _value: *mut i32) -> HRESULT {
                E_NOTIMPL
            }

            fn to_object(&self) -> ComObject<$t> {
                self.AddRef();
                // SAFETY: the reference just counted, to the box itself.
                unsafe { ComObject::from_raw(std::ptr::NonNull::from(self)) }
            }
        }

        impl windows_core::ComObjectInner for $t {
            type Outer = $t;

            /// `self` must hold a count of one, its own.
            fn into_object(self) -> ComObject<$t> {
                let raw = std::ptr::NonNull::from(Box::leak(Box::new(self)));
                // SAFETY: a heap box holding the one reference.
                unsafe { ComObject::from_raw(raw) }
            }
        }
    };
}

counted_object!(Gate);
counted_object!(TypeView);
crate::impl_attributes!(TypeView);

impl_media_type!(TypeView);

/// The two structure getters are deprecated ("This method is deprecated.
/// Do not use."): decision, they answer NULL, the value the pages give for
/// a type that cannot be described so.
impl IMFVideoMediaType_Impl for TypeView {
    fn GetVideoFormat(&self) -> *const MFVIDEOFORMAT {
        std::ptr::null()
    }

    fn GetVideoRepresentation(
        &self,
        _kind: &GUID,
        _out: *mut *mut c_void,
        _stride: i32,
    ) -> Result<()> {
        fail(MF_E_UNSUPPORTED_REPRESENTATION)
    }
}

impl IMFAudioMediaType_Impl for TypeView {
    fn GetAudioFormat(&self) -> *const WAVEFORMATEX {
        std::ptr::null()
    }
}

/// A video type of `subtype`: the major type and the subtype, as
/// MFCreateVideoMediaTypeFromSubtype gives it (Wine's test: two items).
pub fn video_type(subtype: &GUID) -> Result<IMFVideoMediaType> {
    let t = MediaType::default();
    t.attributes
        .set(MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Video));
    t.attributes.set(MF_MT_SUBTYPE, Value::Guid(*subtype));
    IMFMediaType::from(t).cast()
}

/// An audio type with `items` (a WAVEFORMATEX's, MFCreateAudioMediaType).
pub fn audio_type(items: Vec<(GUID, Value)>) -> Result<IMFAudioMediaType> {
    let t = MediaType::default();
    for (key, value) in items {
        t.attributes.set(key, value);
    }
    IMFMediaType::from(t).cast()
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

    /// Wine's test_media_type (which passes on Windows): the views follow
    /// the major type, share the type's items and give back its identity.
    #[test]
    fn a_type_is_a_video_or_audio_type_while_its_major_type_says_so() {
        use crate::bindings::MF_MT_FRAME_SIZE;
        let t = MediaType::create();
        assert_eq!(
            t.cast::<IMFVideoMediaType>().unwrap_err().code(),
            E_NOINTERFACE
        );
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            t.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Video).unwrap();
            let video = t.cast::<IMFVideoMediaType>().unwrap();
            assert!(video.cast::<IMFAudioMediaType>().is_err());
            assert!(t.cast::<IMFAudioMediaType>().is_err());
            let identity = |i: &IUnknown| i.cast::<IUnknown>().unwrap().as_raw();
            assert_eq!(
                identity(&video.cast().unwrap()),
                identity(&t.cast().unwrap())
            );
            assert_eq!(video.cast::<IMFMediaType>().unwrap().as_raw(), t.as_raw());
            video
                .SetUINT64(&MF_MT_FRAME_SIZE, (640 << 32) | 480)
                .unwrap();
            assert_eq!(t.GetUINT64(&MF_MT_FRAME_SIZE).unwrap(), (640 << 32) | 480);
            assert_eq!(video.GetMajorType().unwrap(), MFMediaType_Video);
            assert!(video.GetVideoFormat().is_null());
            assert_eq!(
                t.IsEqual(&video.cast::<IMFMediaType>().unwrap()).unwrap(),
                ALL_EQUAL
            );
            // The view keeps the type alive.
            drop(t);
            assert_eq!(video.GetCount().unwrap(), 2);
            video.DeleteAllItems().unwrap();
            assert!(video.cast::<IMFVideoMediaType>().is_err());
            video
                .SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio)
                .unwrap();
            let audio = video.cast::<IMFAudioMediaType>().unwrap();
            assert!(audio.GetAudioFormat().is_null());
        }
        assert!(stereo16().media_type().cast::<IMFAudioMediaType>().is_ok());
    }

    #[test]
    fn a_video_type_from_a_subtype_holds_two_items() {
        use crate::guids::MFVideoFormat_NV12;
        let t = video_type(&MFVideoFormat_NV12).unwrap();
        // SAFETY: plain COM calls.
        unsafe {
            assert_eq!(t.GetCount().unwrap(), 2);
            assert_eq!(t.GetGUID(&MF_MT_SUBTYPE).unwrap(), MFVideoFormat_NV12);
        }
        let pcm = vec![
            (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio)),
            (MF_MT_SUBTYPE, Value::Guid(MFAudioFormat_PCM)),
        ];
        assert!(audio_type(pcm).is_ok());
        let not_audio = vec![(MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Video))];
        assert_eq!(audio_type(not_audio).unwrap_err().code(), E_NOINTERFACE);
    }
}
