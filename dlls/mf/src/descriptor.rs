//! IMFStreamDescriptor and IMFPresentationDescriptor
//! (MFCreateStreamDescriptor, MFCreatePresentationDescriptor).

use std::sync::Mutex;

use windows_core::{BOOL, OutRef, Result, implement};

use crate::attributes::AttributeStore;
use crate::bindings::{
    IMFMediaTypeHandler, IMFPresentationDescriptor, IMFPresentationDescriptor_Impl,
    IMFStreamDescriptor, IMFStreamDescriptor_Impl, MF_E_INVALIDINDEX,
};
use crate::com::{E_POINTER, fail};
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
    /// Every stream starts selected.
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

    fn select(&self, index: u32, on: bool) -> Result<()> {
        match lock(&self.selected).get_mut(index as usize) {
            Some(s) => {
                *s = on;
                Ok(())
            }
            None => fail(MF_E_INVALIDINDEX),
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
            return fail(MF_E_INVALIDINDEX);
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
