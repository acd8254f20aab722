//! IMFCollection (MFCreateCollection): an ordered list of IUnknown
//! elements, NULL ones included.

use std::ffi::c_void;
use std::sync::Mutex;

use windows_core::{HRESULT, IUnknown, Interface, Ref, Result, implement};

use crate::bindings::{IMFCollection, IMFCollection_Impl};
use crate::com::{E_INVALIDARG, E_POINTER, E_UNEXPECTED};
use win32::sync::lock;

/// MFCreateCollection's object. Elements may be NULL: AddElement(NULL) and
/// InsertElementAt(i, NULL) store one, and inserting past the end pads with
/// NULL elements (Wine's test_MFCreateCollection, which passes on Windows).
#[implement(IMFCollection)]
#[derive(Default)]
pub struct Collection {
    items: Mutex<Vec<Option<IUnknown>>>,
}

impl Collection {
    /// A collection holding `items`.
    pub fn with(items: Vec<Option<IUnknown>>) -> IMFCollection {
        Collection {
            items: Mutex::new(items),
        }
        .into()
    }
}

/// Hands an element to a caller's out pointer (NULL for a NULL element).
///
/// # Safety
/// `out` is writable.
unsafe fn give(out: *mut *mut c_void, element: Option<IUnknown>) {
    // SAFETY: per the function's contract; the reference passes to the caller.
    unsafe { out.write(element.map_or(std::ptr::null_mut(), Interface::into_raw)) };
}

impl IMFCollection_Impl for Collection_Impl {
    fn GetElementCount(&self) -> Result<u32> {
        Ok(lock(&self.items).len() as u32)
    }

    /// Past the end: E_INVALIDARG, `out` untouched; a NULL element:
    /// E_UNEXPECTED with NULL written.
    fn GetElement(&self, index: u32, out: *mut *mut c_void) -> HRESULT {
        if out.is_null() {
            return E_POINTER;
        }
        let Some(element) = lock(&self.items).get(index as usize).cloned() else {
            return E_INVALIDARG;
        };
        let status = if element.is_some() {
            HRESULT(0)
        } else {
            E_UNEXPECTED
        };
        // SAFETY: `out` was checked above.
        unsafe { give(out, element) };
        status
    }

    fn AddElement(&self, item: Ref<IUnknown>) -> Result<()> {
        lock(&self.items).push(item.cloned());
        Ok(())
    }

    fn RemoveElement(&self, index: u32, out: *mut *mut c_void) -> HRESULT {
        if out.is_null() {
            return E_POINTER;
        }
        let mut items = lock(&self.items);
        if index as usize >= items.len() {
            return E_INVALIDARG;
        }
        let element = items.remove(index as usize);
        drop(items);
        // SAFETY: `out` was checked above.
        unsafe { give(out, element) };
        HRESULT(0)
    }

    fn InsertElementAt(&self, index: u32, item: Ref<IUnknown>) -> Result<()> {
        let mut items = lock(&self.items);
        let index = index as usize;
        if index > items.len() {
            items.resize(index, None);
        }
        items.insert(index, item.cloned());
        Ok(())
    }

    fn RemoveAllElements(&self) -> Result<()> {
        // Released outside the lock: an element's release may reach back.
        let items = std::mem::take(&mut *lock(&self.items));
        drop(items);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Wine's test_MFCreateCollection, which passes on Windows.
    #[test]
    fn a_collection_holds_null_elements() {
        let c: IMFCollection = Collection::default().into();
        let vtable = Interface::vtable(&c);
        let unknown: IUnknown = c.cast().unwrap();
        // SAFETY: plain COM calls with valid or allowed NULL pointers.
        unsafe {
            let mut out = std::ptr::dangling_mut::<c_void>();
            assert_eq!((vtable.GetElement)(c.as_raw(), 0, &mut out), E_INVALIDARG);
            assert_eq!(out, std::ptr::dangling_mut());
            let null = std::ptr::null_mut();
            assert_eq!((vtable.GetElement)(c.as_raw(), 0, null), E_POINTER);
            c.AddElement(&unknown).unwrap();
            c.AddElement(None).unwrap();
            c.InsertElementAt(10, &unknown).unwrap();
            assert_eq!(c.GetElementCount().unwrap(), 11);
            assert_eq!((vtable.GetElement)(c.as_raw(), 1, &mut out), E_UNEXPECTED);
            assert!(out.is_null());
            assert_eq!(c.GetElement(10).unwrap().as_raw(), unknown.as_raw());
            assert_eq!((vtable.RemoveElement)(c.as_raw(), 5, &mut out), HRESULT(0));
            assert!(out.is_null());
            c.RemoveAllElements().unwrap();
        }
    }
}
