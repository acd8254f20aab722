//! IMFStreamDescriptor and IMFPresentationDescriptor
//! (MFCreateStreamDescriptor, MFCreatePresentationDescriptor), and the
//! simple media type handler (MFCreateSimpleTypeHandler).

use std::sync::Mutex;

use windows_core::{BOOL, GUID, OutRef, Ref, Result, implement};

use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFMediaType, IMFMediaTypeHandler, IMFMediaTypeHandler_Impl, IMFPresentationDescriptor,
    IMFPresentationDescriptor_Impl, IMFStreamDescriptor, IMFStreamDescriptor_Impl,
    MF_E_INVALIDMEDIATYPE, MF_E_NO_MORE_TYPES, MF_E_NOT_INITIALIZED, MF_E_UNEXPECTED,
    MF_MT_MAJOR_TYPE, MF_MT_SUBTYPE,
};
use crate::com::{Agile, E_INVALIDARG, E_POINTER, fail};
use crate::propvariant::Value;
use win32::sync::lock;

#[implement(IMFStreamDescriptor)]
pub struct StreamDescriptor {
    pub attributes: AttributeStore,
    id: u32,
    handler: IMFMediaTypeHandler,
}

crate::impl_attributes!(StreamDescriptor_Impl);

impl StreamDescriptor {
    pub fn create(id: u32, handler: IMFMediaTypeHandler) -> IMFStreamDescriptor {
        StreamDescriptor {
            attributes: AttributeStore::default(),
            id,
            handler,
        }
        .into()
    }
}

impl IMFStreamDescriptor_Impl for StreamDescriptor_Impl {
    fn GetStreamIdentifier(&self) -> Result<u32> {
        Ok(self.id)
    }

    fn GetMediaTypeHandler(&self) -> Result<IMFMediaTypeHandler> {
        Ok(self.handler.clone())
    }
}

#[implement(IMFPresentationDescriptor)]
pub struct PresentationDescriptor {
    pub attributes: AttributeStore,
    streams: Vec<IMFStreamDescriptor>,
    selected: Mutex<Vec<bool>>,
}

crate::impl_attributes!(PresentationDescriptor_Impl);

impl PresentationDescriptor {
    /// A media source's descriptor: every stream starts selected.
    pub fn create(
        streams: Vec<IMFStreamDescriptor>,
        attributes: Vec<(windows_core::GUID, Value)>,
    ) -> IMFPresentationDescriptor {
        let store = AttributeStore::default();
        for (k, v) in attributes {
            store.set(k, v);
        }
        PresentationDescriptor {
            attributes: store,
            selected: Mutex::new(vec![true; streams.len()]),
            streams,
        }
        .into()
    }

    /// MFCreatePresentationDescriptor's: no stream starts selected (what
    /// Windows answers, as Wine's mfplat tests record).
    pub fn deselected(streams: Vec<IMFStreamDescriptor>) -> IMFPresentationDescriptor {
        PresentationDescriptor {
            attributes: AttributeStore::default(),
            selected: Mutex::new(vec![false; streams.len()]),
            streams,
        }
        .into()
    }

    fn select(&self, index: u32, on: bool) -> Result<()> {
        match lock(&self.selected).get_mut(index as usize) {
            Some(s) => {
                *s = on;
                Ok(())
            }
            // E_INVALIDARG, not MF_E_INVALIDINDEX, as Windows answers.
            None => fail(E_INVALIDARG),
        }
    }
}

impl IMFPresentationDescriptor_Impl for PresentationDescriptor_Impl {
    fn GetStreamDescriptorCount(&self) -> Result<u32> {
        Ok(self.streams.len() as u32)
    }

    fn GetStreamDescriptorByIndex(
        &self,
        index: u32,
        selected: *mut BOOL,
        descriptor: OutRef<IMFStreamDescriptor>,
    ) -> Result<()> {
        if selected.is_null() || descriptor.is_null() {
            return fail(E_POINTER);
        }
        let Some(sd) = self.streams.get(index as usize) else {
            return fail(E_INVALIDARG);
        };
        let on = lock(&self.selected)[index as usize];
        // SAFETY: `selected` was checked above.
        unsafe { selected.write(BOOL::from(on)) };
        descriptor.write(Some(sd.clone()))
    }

    fn SelectStream(&self, index: u32) -> Result<()> {
        self.select(index, true)
    }

    fn DeselectStream(&self, index: u32) -> Result<()> {
        self.select(index, false)
    }

    /// A copy with the same stream descriptors, selection and attributes.
    fn Clone(&self) -> Result<IMFPresentationDescriptor> {
        let copy = PresentationDescriptor {
            attributes: AttributeStore::default(),
            streams: self.streams.clone(),
            selected: Mutex::new(lock(&self.selected).clone()),
        };
        for (k, v) in self.attributes.items() {
            copy.attributes.set(k, v);
        }
        Ok(copy.into())
    }
}

/// MFCreateSimpleTypeHandler's object: it offers whatever type is current
/// (one type, or none yet), and supports a type of the same major type and
/// subtype. Answers as Windows gives them in Wine's mf tests.
#[implement(IMFMediaTypeHandler)]
#[derive(Default)]
pub struct SimpleTypeHandler {
    current: Mutex<Option<Agile<IMFMediaType>>>,
}

impl SimpleTypeHandler {
    pub fn create() -> IMFMediaTypeHandler {
        SimpleTypeHandler::default().into()
    }

    fn current(&self) -> Option<IMFMediaType> {
        lock(&self.current).as_ref().map(|t| t.0.clone())
    }
}

/// A GUID attribute of a type, None when it is absent.
fn guid_of(t: &IMFMediaType, key: &GUID) -> Option<GUID> {
    // SAFETY: a plain COM call on a live interface with a valid key.
    unsafe { t.GetGUID(key) }.ok()
}

impl IMFMediaTypeHandler_Impl for SimpleTypeHandler_Impl {
    fn IsMediaTypeSupported(&self, candidate: Ref<IMFMediaType>) -> Result<IMFMediaType> {
        let Some(candidate) = candidate.as_ref() else {
            return fail(E_POINTER);
        };
        let Some(current) = self.current() else {
            return fail(MF_E_UNEXPECTED);
        };
        let same = |key| guid_of(&current, key) == guid_of(candidate, key);
        if guid_of(candidate, &MF_MT_MAJOR_TYPE).is_some()
            && same(&MF_MT_MAJOR_TYPE)
            && same(&MF_MT_SUBTYPE)
        {
            Ok(candidate.clone())
        } else {
            fail(MF_E_INVALIDMEDIATYPE)
        }
    }

    fn GetMediaTypeCount(&self) -> Result<u32> {
        Ok(1)
    }

    fn GetMediaTypeByIndex(&self, index: u32) -> Result<IMFMediaType> {
        if index > 0 {
            return fail(MF_E_NO_MORE_TYPES);
        }
        self.current()
            .ok_or_else(|| windows_core::Error::from(MF_E_UNEXPECTED))
    }

    /// Any type, unchecked; NULL clears it.
    fn SetCurrentMediaType(&self, t: Ref<IMFMediaType>) -> Result<()> {
        *lock(&self.current) = t.as_ref().map(|t| Agile(t.clone()));
        Ok(())
    }

    fn GetCurrentMediaType(&self) -> Result<IMFMediaType> {
        self.current()
            .ok_or_else(|| windows_core::Error::from(MF_E_NOT_INITIALIZED))
    }

    fn GetMajorType(&self) -> Result<GUID> {
        let Some(current) = self.current() else {
            return fail(MF_E_NOT_INITIALIZED);
        };
        // SAFETY: a plain COM call on a live interface with a valid key.
        unsafe { current.GetGUID(&MF_MT_MAJOR_TYPE) }
    }
}

/// Whether `sd` is one of `pd`'s streams and selected there (the check
/// behind MF_E_TOPO_STREAM_DESCRIPTOR_NOT_SELECTED, CONFORMANCE D2).
pub fn is_selected(pd: &IMFPresentationDescriptor, sd: &IMFStreamDescriptor) -> Result<bool> {
    // SAFETY: plain COM calls on live interfaces with valid out-pointers.
    unsafe {
        let wanted = sd.GetStreamIdentifier()?;
        for i in 0..pd.GetStreamDescriptorCount()? {
            let mut on = BOOL(0);
            let mut each = None;
            pd.GetStreamDescriptorByIndex(i, &mut on, &mut each).ok()?;
            if let Some(each) = each
                && each.GetStreamIdentifier()? == wanted
            {
                return Ok(on.as_bool());
            }
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bindings::{MFMediaType_Audio, MFMediaType_Video};
    use crate::media_type::{CurrentType, MediaType, TypeHandler};

    fn stream(id: u32) -> IMFStreamDescriptor {
        StreamDescriptor::create(
            id,
            TypeHandler::create(vec![MediaType::create()], CurrentType::default()),
        )
    }

    fn selected(pd: &IMFPresentationDescriptor, index: u32) -> Result<bool> {
        let mut on = BOOL(0);
        let mut sd = None;
        // SAFETY: a plain COM call with valid out-pointers.
        unsafe { pd.GetStreamDescriptorByIndex(index, &mut on, &mut sd) }.ok()?;
        Ok(on.as_bool())
    }

    #[test]
    fn created_descriptors_start_deselected_and_check_indexes() {
        let pd = PresentationDescriptor::deselected(vec![stream(1), stream(2)]);
        assert!(!selected(&pd, 0).unwrap());
        assert_eq!(selected(&pd, 10).unwrap_err().code(), E_INVALIDARG);
        // SAFETY: plain COM calls.
        unsafe {
            assert_eq!(pd.SelectStream(10), E_INVALIDARG);
            assert_eq!(pd.DeselectStream(2), E_INVALIDARG);
            pd.SelectStream(0).ok().unwrap();
            pd.SetUINT64(&MF_MT_SUBTYPE, 1).ok().unwrap();
            let copy = pd.Clone().unwrap();
            assert!(selected(&copy, 0).unwrap());
            assert!(!selected(&copy, 1).unwrap());
            assert_eq!(copy.GetUINT64(&MF_MT_SUBTYPE).unwrap(), 1);
        }
    }

    #[test]
    fn the_simple_handler_offers_its_current_type() {
        let h = SimpleTypeHandler::create();
        let audio = MediaType::create();
        // SAFETY: plain COM calls.
        unsafe {
            assert_eq!(h.GetMajorType().unwrap_err().code(), MF_E_NOT_INITIALIZED);
            assert_eq!(h.GetMediaTypeCount().unwrap(), 1);
            assert_eq!(
                h.GetCurrentMediaType().unwrap_err().code(),
                MF_E_NOT_INITIALIZED
            );
            assert_eq!(
                h.IsMediaTypeSupported(&audio).unwrap_err().code(),
                MF_E_UNEXPECTED
            );
            assert_eq!(
                h.GetMediaTypeByIndex(0).unwrap_err().code(),
                MF_E_UNEXPECTED
            );
            h.SetCurrentMediaType(&audio).unwrap();
            assert_eq!(h.GetCurrentMediaType().unwrap(), audio);
            assert_eq!(
                h.GetMediaTypeByIndex(1).unwrap_err().code(),
                MF_E_NO_MORE_TYPES
            );
            audio
                .SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio)
                .ok()
                .unwrap();
            assert_eq!(h.GetMajorType().unwrap(), MFMediaType_Audio);
            let video = MediaType::create();
            video
                .SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Video)
                .ok()
                .unwrap();
            assert_eq!(
                h.IsMediaTypeSupported(&video).unwrap_err().code(),
                MF_E_INVALIDMEDIATYPE
            );
            let same = MediaType::create();
            same.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio)
                .ok()
                .unwrap();
            assert!(h.IsMediaTypeSupported(&same).is_ok());
            h.SetCurrentMediaType(None).unwrap();
            assert_eq!(h.GetMajorType().unwrap_err().code(), MF_E_NOT_INITIALIZED);
        }
    }
}
