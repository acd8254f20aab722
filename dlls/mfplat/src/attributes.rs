//! IMFAttributes: the key/value store that events, media types, topologies,
//! nodes and descriptors all carry. `AttributeStore` holds the items;
//! `impl_attributes!` gives an object's IMFAttributes by forwarding to its
//! `attributes` field, so the behaviour exists once.

use std::sync::Mutex;

use windows_core::{BOOL, GUID, IUnknown, Interface, PCWSTR, PWSTR, Ref, Result, implement};

use crate::bindings::{
    IMFAttributes, MF_ATTRIBUTE_TYPE, MF_ATTRIBUTES_MATCH_TYPE, MF_E_ATTRIBUTENOTFOUND,
    MF_E_INVALIDTYPE, PROPVARIANT,
};
use crate::com::{E_INVALIDARG, E_NOT_SUFFICIENT_BUFFER, E_POINTER, fail, guid_arg};
use crate::propvariant::{Value, task_copy, task_wide, wide_units};
use win32::sync::lock;

const MATCH_OUR_ITEMS: i32 = 0;
const MATCH_THEIR_ITEMS: i32 = 1;
const MATCH_ALL_ITEMS: i32 = 2;
const MATCH_INTERSECTION: i32 = 3;
const MATCH_SMALLER: i32 = 4;

/// Items in insertion order (GetItemByIndex walks them).
#[derive(Default)]
pub struct AttributeStore {
    items: Mutex<Vec<(GUID, Value)>>,
}

// The COM methods below keep their IMFAttributes names.
#[allow(non_snake_case)]
impl AttributeStore {
    pub fn get(&self, key: &GUID) -> Option<Value> {
        lock(&self.items)
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    pub fn set(&self, key: GUID, value: Value) {
        let mut items = lock(&self.items);
        match items.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => items.push((key, value)),
        }
    }

    pub fn items(&self) -> Vec<(GUID, Value)> {
        lock(&self.items).clone()
    }

    fn found(&self, key: *const GUID) -> Result<Value> {
        match self.get(&guid_arg(key)?) {
            Some(v) => Ok(v),
            None => fail(MF_E_ATTRIBUTENOTFOUND),
        }
    }

    pub fn get_u32(&self, key: &GUID) -> Result<u32> {
        match self.found(key)? {
            Value::U32(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    pub fn get_u64(&self, key: &GUID) -> Result<u64> {
        match self.found(key)? {
            Value::U64(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    pub fn get_guid(&self, key: &GUID) -> Result<GUID> {
        match self.found(key)? {
            Value::Guid(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    pub fn get_unknown(&self, key: &GUID) -> Result<IUnknown> {
        match self.found(key)? {
            Value::Unknown(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    fn get_string(&self, key: *const GUID) -> Result<Vec<u16>> {
        match self.found(key)? {
            Value::String(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    fn get_blob(&self, key: *const GUID) -> Result<Vec<u8>> {
        match self.found(key)? {
            Value::Blob(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    fn matches(&self, key: &GUID, value: &Value) -> bool {
        self.get(key).as_ref() == Some(value)
    }

    // The IMFAttributes methods, in vtable order.

    pub fn GetItem(&self, key: *const GUID, out: *mut PROPVARIANT) -> Result<()> {
        let v = self.found(key)?;
        if !out.is_null() {
            // SAFETY: a non-NULL `out` points to a PROPVARIANT for the result.
            unsafe { out.write(v.to_raw()?) };
        }
        Ok(())
    }

    pub fn GetItemType(&self, key: *const GUID) -> Result<MF_ATTRIBUTE_TYPE> {
        Ok(self.found(key)?.vartype() as MF_ATTRIBUTE_TYPE)
    }

    pub fn CompareItem(&self, key: *const GUID, value: *const PROPVARIANT) -> Result<BOOL> {
        let key = guid_arg(key)?;
        // The value to compare with is not optional: a clear error, not a
        // comparison with VT_EMPTY.
        if value.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: COM callers pass a valid PROPVARIANT.
        let value = unsafe { Value::from_raw(value) }?;
        Ok(self.matches(&key, &value).into())
    }

    pub fn Compare(
        &self,
        theirs: Ref<IMFAttributes>,
        how: MF_ATTRIBUTES_MATCH_TYPE,
    ) -> Result<BOOL> {
        let theirs = read_all(theirs.ok()?)?;
        let ours = self.items();
        let contains = |set: &[(GUID, Value)], (k, v): &(GUID, Value)| {
            set.iter().any(|(k2, v2)| k2 == k && v2 == v)
        };
        let subset = |a: &[(GUID, Value)], b: &[(GUID, Value)]| a.iter().all(|i| contains(b, i));
        let equal = match how {
            MATCH_OUR_ITEMS => subset(&ours, &theirs),
            MATCH_THEIR_ITEMS => subset(&theirs, &ours),
            MATCH_ALL_ITEMS => ours.len() == theirs.len() && subset(&ours, &theirs),
            MATCH_INTERSECTION => ours
                .iter()
                .filter(|(k, _)| theirs.iter().any(|(k2, _)| k2 == k))
                .all(|i| contains(&theirs, i)),
            MATCH_SMALLER if ours.len() <= theirs.len() => subset(&ours, &theirs),
            MATCH_SMALLER => subset(&theirs, &ours),
            _ => return fail(E_INVALIDARG),
        };
        Ok(equal.into())
    }

    pub fn GetUINT32(&self, key: *const GUID) -> Result<u32> {
        self.get_u32(&guid_arg(key)?)
    }

    pub fn GetUINT64(&self, key: *const GUID) -> Result<u64> {
        self.get_u64(&guid_arg(key)?)
    }

    pub fn GetDouble(&self, key: *const GUID) -> Result<f64> {
        match self.found(key)? {
            Value::F64(v) => Ok(v),
            _ => fail(MF_E_INVALIDTYPE),
        }
    }

    pub fn GetGUID(&self, key: *const GUID) -> Result<GUID> {
        self.get_guid(&guid_arg(key)?)
    }

    pub fn GetStringLength(&self, key: *const GUID) -> Result<u32> {
        Ok(self.get_string(key)?.len() as u32)
    }

    pub fn GetString(&self, key: *const GUID, buf: PWSTR, cch: u32, len: *mut u32) -> Result<()> {
        let s = self.get_string(key)?;
        if buf.is_null() {
            return fail(E_POINTER);
        }
        // The length is given also when the buffer is too small, which is
        // STRSAFE_E_INSUFFICIENT_BUFFER (Wine's test_attributes, which
        // passes on Windows).
        // SAFETY: `len` is NULL or points to a u32.
        if let Some(len) = unsafe { len.as_mut() } {
            *len = s.len() as u32;
        }
        if s.len() + 1 > cch as usize {
            return fail(E_NOT_SUFFICIENT_BUFFER);
        }
        // SAFETY: `buf` holds `cch` units, enough for the string and its NUL.
        unsafe {
            std::ptr::copy_nonoverlapping(s.as_ptr(), buf.0, s.len());
            buf.0.add(s.len()).write(0);
        }
        Ok(())
    }

    pub fn GetAllocatedString(
        &self,
        key: *const GUID,
        out: *mut PWSTR,
        len: *mut u32,
    ) -> Result<()> {
        // The length is optional (the page marks pcchLength _Out_opt_, and
        // Wine's tests pass NULL); the string is not.
        if out.is_null() {
            return fail(E_POINTER);
        }
        let s = self.get_string(key)?;
        let p = task_wide(&s)?;
        // SAFETY: `out` was checked above, `len` is NULL or writable.
        unsafe {
            out.write(PWSTR(p));
            if let Some(len) = len.as_mut() {
                *len = s.len() as u32;
            }
        }
        Ok(())
    }

    pub fn GetBlobSize(&self, key: *const GUID) -> Result<u32> {
        Ok(self.get_blob(key)?.len() as u32)
    }

    pub fn GetBlob(&self, key: *const GUID, buf: *mut u8, size: u32, len: *mut u32) -> Result<()> {
        let b = self.get_blob(key)?;
        if buf.is_null() {
            return fail(E_POINTER);
        }
        if b.len() > size as usize {
            return fail(E_NOT_SUFFICIENT_BUFFER);
        }
        // SAFETY: `buf` holds `size` bytes, enough for the blob; `len` is
        // NULL or points to a u32.
        unsafe {
            std::ptr::copy_nonoverlapping(b.as_ptr(), buf, b.len());
            if let Some(len) = len.as_mut() {
                *len = b.len() as u32;
            }
        }
        Ok(())
    }

    pub fn GetAllocatedBlob(
        &self,
        key: *const GUID,
        out: *mut *mut u8,
        len: *mut u32,
    ) -> Result<()> {
        if out.is_null() || len.is_null() {
            return fail(E_POINTER);
        }
        let b = self.get_blob(key)?;
        let p = task_copy(&b)?;
        // SAFETY: both out pointers were checked above.
        unsafe {
            out.write(p);
            len.write(b.len() as u32);
        }
        Ok(())
    }

    pub fn GetUnknown(
        &self,
        key: *const GUID,
        iid: *const GUID,
        out: *mut *mut core::ffi::c_void,
    ) -> Result<()> {
        if out.is_null() {
            return fail(E_POINTER);
        }
        let unk = self.get_unknown(&guid_arg(key)?)?;
        // SAFETY: `iid` and `out` are the caller's QueryInterface arguments.
        unsafe { unk.query(iid, out).ok() }
    }

    /// A type attributes cannot hold is MF_E_INVALIDTYPE, and the key is
    /// then stored empty (VT_EMPTY): Wine's test_attributes, which passes on
    /// Windows, reads it back after the failed call.
    pub fn SetItem(&self, key: *const GUID, value: *const PROPVARIANT) -> Result<()> {
        let key = guid_arg(key)?;
        // SAFETY: COM callers pass NULL or a valid PROPVARIANT.
        match unsafe { Value::from_raw(value) } {
            Ok(Value::Empty | Value::I64(_) | Value::F32(_)) | Err(_) => {
                self.set(key, Value::Empty);
                fail(MF_E_INVALIDTYPE)
            }
            Ok(v) => {
                self.set(key, v);
                Ok(())
            }
        }
    }

    pub fn DeleteItem(&self, key: *const GUID) -> Result<()> {
        let key = guid_arg(key)?;
        lock(&self.items).retain(|(k, _)| *k != key);
        Ok(())
    }

    pub fn DeleteAllItems(&self) -> Result<()> {
        lock(&self.items).clear();
        Ok(())
    }

    pub fn SetUINT32(&self, key: *const GUID, v: u32) -> Result<()> {
        self.set(guid_arg(key)?, Value::U32(v));
        Ok(())
    }

    pub fn SetUINT64(&self, key: *const GUID, v: u64) -> Result<()> {
        self.set(guid_arg(key)?, Value::U64(v));
        Ok(())
    }

    pub fn SetDouble(&self, key: *const GUID, v: f64) -> Result<()> {
        self.set(guid_arg(key)?, Value::F64(v));
        Ok(())
    }

    pub fn SetGUID(&self, key: *const GUID, v: *const GUID) -> Result<()> {
        self.set(guid_arg(key)?, Value::Guid(guid_arg(v)?));
        Ok(())
    }

    pub fn SetString(&self, key: *const GUID, v: &PCWSTR) -> Result<()> {
        if v.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: a non-NULL string argument is NUL-terminated.
        let units = unsafe { wide_units(v.0) };
        self.set(guid_arg(key)?, Value::String(units));
        Ok(())
    }

    pub fn SetBlob(&self, key: *const GUID, buf: *const u8, size: u32) -> Result<()> {
        let blob = if size == 0 {
            Vec::new()
        } else if buf.is_null() {
            return fail(E_POINTER);
        } else {
            // SAFETY: `buf` holds `size` bytes.
            unsafe { std::slice::from_raw_parts(buf, size as usize) }.to_vec()
        };
        self.set(guid_arg(key)?, Value::Blob(blob));
        Ok(())
    }

    pub fn SetUnknown(&self, key: *const GUID, unk: Ref<IUnknown>) -> Result<()> {
        let key = guid_arg(key)?;
        // NULL is stored as VT_UNKNOWN holding NULL, as Wine's mfplat
        // stores it (the SetUnknown page does not say).
        match unk.cloned() {
            Some(u) => self.set(key, Value::Unknown(u)),
            None => self.set(key, Value::NullUnknown),
        }
        Ok(())
    }

    /// Every call takes the store's lock for itself, so LockStore and
    /// UnlockStore have nothing left to guard.
    pub fn LockStore(&self) -> Result<()> {
        Ok(())
    }

    pub fn UnlockStore(&self) -> Result<()> {
        Ok(())
    }

    pub fn GetCount(&self) -> Result<u32> {
        Ok(lock(&self.items).len() as u32)
    }

    pub fn GetItemByIndex(&self, index: u32, key: *mut GUID, out: *mut PROPVARIANT) -> Result<()> {
        let Some((k, v)) = lock(&self.items).get(index as usize).cloned() else {
            return fail(E_INVALIDARG);
        };
        if key.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: `key` was checked; `out` is NULL or a PROPVARIANT.
        unsafe {
            key.write(k);
            if !out.is_null() {
                out.write(v.to_raw()?);
            }
        }
        Ok(())
    }

    pub fn CopyAllItems(&self, dest: Ref<IMFAttributes>) -> Result<()> {
        let dest = dest.ok()?;
        // SAFETY: plain COM calls on a live interface; each PROPVARIANT is
        // cleared after the destination copied it.
        unsafe {
            dest.DeleteAllItems().ok()?;
            for (k, v) in self.items() {
                let mut raw = v.to_raw()?;
                let r = dest.SetItem(&k, &raw);
                crate::propvariant::clear(&mut raw);
                // An empty item is refused, and stored all the same (SetItem).
                if !(v == Value::Empty && r == MF_E_INVALIDTYPE) {
                    r.ok()?;
                }
            }
        }
        Ok(())
    }
}

/// Every item of another IMFAttributes.
pub fn read_all(attrs: &IMFAttributes) -> Result<Vec<(GUID, Value)>> {
    // SAFETY: plain COM calls on a live interface; each PROPVARIANT read is
    // cleared after it was copied.
    unsafe {
        let n = attrs.GetCount()?;
        let mut items = Vec::with_capacity(n as usize);
        for i in 0..n {
            let mut key = GUID::zeroed();
            let mut raw = PROPVARIANT::default();
            attrs.GetItemByIndex(i, &mut key, &mut raw).ok()?;
            let v = Value::from_raw(&raw);
            crate::propvariant::clear(&mut raw);
            items.push((key, v?));
        }
        Ok(items)
    }
}

/// Implements IMFAttributes for `$impl` (an `#[implement]` type's `_Impl`)
/// by forwarding every method to its `attributes: AttributeStore` field.
#[macro_export]
macro_rules! impl_attributes {
    ($impl:ty) => {
        impl $crate::bindings::IMFAttributes_Impl for $impl {
            fn GetItem(
                &self,
                k: *const windows_core::GUID,
                v: *mut $crate::bindings::PROPVARIANT,
            ) -> windows_core::Result<()> {
                self.attributes.GetItem(k, v)
            }
            fn GetItemType(
                &self,
                k: *const windows_core::GUID,
            ) -> windows_core::Result<$crate::bindings::MF_ATTRIBUTE_TYPE> {
                self.attributes.GetItemType(k)
            }
            fn CompareItem(
                &self,
                k: *const windows_core::GUID,
                v: *const $crate::bindings::PROPVARIANT,
            ) -> windows_core::Result<windows_core::BOOL> {
                self.attributes.CompareItem(k, v)
            }
            fn Compare(
                &self,
                t: windows_core::Ref<$crate::bindings::IMFAttributes>,
                m: $crate::bindings::MF_ATTRIBUTES_MATCH_TYPE,
            ) -> windows_core::Result<windows_core::BOOL> {
                self.attributes.Compare(t, m)
            }
            fn GetUINT32(&self, k: *const windows_core::GUID) -> windows_core::Result<u32> {
                self.attributes.GetUINT32(k)
            }
            fn GetUINT64(&self, k: *const windows_core::GUID) -> windows_core::Result<u64> {
                self.attributes.GetUINT64(k)
            }
            fn GetDouble(&self, k: *const windows_core::GUID) -> windows_core::Result<f64> {
                self.attributes.GetDouble(k)
            }
            fn GetGUID(
                &self,
                k: *const windows_core::GUID,
            ) -> windows_core::Result<windows_core::GUID> {
                self.attributes.GetGUID(k)
            }
            fn GetStringLength(&self, k: *const windows_core::GUID) -> windows_core::Result<u32> {
                self.attributes.GetStringLength(k)
            }
            fn GetString(
                &self,
                k: *const windows_core::GUID,
                b: windows_core::PWSTR,
                n: u32,
                l: *mut u32,
            ) -> windows_core::Result<()> {
                self.attributes.GetString(k, b, n, l)
            }
            fn GetAllocatedString(
                &self,
                k: *const windows_core::GUID,
                o: *mut windows_core::PWSTR,
                l: *mut u32,
            ) -> windows_core::Result<()> {
                self.attributes.GetAllocatedString(k, o, l)
            }
            fn GetBlobSize(&self, k: *const windows_core::GUID) -> windows_core::Result<u32> {
                self.attributes.GetBlobSize(k)
            }
            fn GetBlob(
                &self,
                k: *const windows_core::GUID,
                b: *mut u8,
                n: u32,
                l: *mut u32,
            ) -> windows_core::Result<()> {
                self.attributes.GetBlob(k, b, n, l)
            }
            fn GetAllocatedBlob(
                &self,
                k: *const windows_core::GUID,
                o: *mut *mut u8,
                l: *mut u32,
            ) -> windows_core::Result<()> {
                self.attributes.GetAllocatedBlob(k, o, l)
            }
            fn GetUnknown(
                &self,
                k: *const windows_core::GUID,
                i: *const windows_core::GUID,
                o: *mut *mut core::ffi::c_void,
            ) -> windows_core::Result<()> {
                self.attributes.GetUnknown(k, i, o)
            }
            fn SetItem(
                &self,
                k: *const windows_core::GUID,
                v: *const $crate::bindings::PROPVARIANT,
            ) -> windows_core::Result<()> {
                self.attributes.SetItem(k, v)
            }
            fn DeleteItem(&self, k: *const windows_core::GUID) -> windows_core::Result<()> {
                self.attributes.DeleteItem(k)
            }
            fn DeleteAllItems(&self) -> windows_core::Result<()> {
                self.attributes.DeleteAllItems()
            }
            fn SetUINT32(&self, k: *const windows_core::GUID, v: u32) -> windows_core::Result<()> {
                self.attributes.SetUINT32(k, v)
            }
            fn SetUINT64(&self, k: *const windows_core::GUID, v: u64) -> windows_core::Result<()> {
                self.attributes.SetUINT64(k, v)
            }
            fn SetDouble(&self, k: *const windows_core::GUID, v: f64) -> windows_core::Result<()> {
                self.attributes.SetDouble(k, v)
            }
            fn SetGUID(
                &self,
                k: *const windows_core::GUID,
                v: *const windows_core::GUID,
            ) -> windows_core::Result<()> {
                self.attributes.SetGUID(k, v)
            }
            fn SetString(
                &self,
                k: *const windows_core::GUID,
                v: &windows_core::PCWSTR,
            ) -> windows_core::Result<()> {
                self.attributes.SetString(k, v)
            }
            fn SetBlob(
                &self,
                k: *const windows_core::GUID,
                b: *const u8,
                n: u32,
            ) -> windows_core::Result<()> {
                self.attributes.SetBlob(k, b, n)
            }
            fn SetUnknown(
                &self,
                k: *const windows_core::GUID,
                u: windows_core::Ref<windows_core::IUnknown>,
            ) -> windows_core::Result<()> {
                self.attributes.SetUnknown(k, u)
            }
            fn LockStore(&self) -> windows_core::Result<()> {
                self.attributes.LockStore()
            }
            fn UnlockStore(&self) -> windows_core::Result<()> {
                self.attributes.UnlockStore()
            }
            fn GetCount(&self) -> windows_core::Result<u32> {
                self.attributes.GetCount()
            }
            fn GetItemByIndex(
                &self,
                i: u32,
                k: *mut windows_core::GUID,
                v: *mut $crate::bindings::PROPVARIANT,
            ) -> windows_core::Result<()> {
                self.attributes.GetItemByIndex(i, k, v)
            }
            fn CopyAllItems(
                &self,
                d: windows_core::Ref<$crate::bindings::IMFAttributes>,
            ) -> windows_core::Result<()> {
                self.attributes.CopyAllItems(d)
            }
        }
    };
}

/// MFCreateAttributes' object.
#[implement(IMFAttributes)]
#[derive(Default)]
pub struct Attributes {
    pub attributes: AttributeStore,
}

impl_attributes!(Attributes_Impl);

pub fn create() -> IMFAttributes {
    Attributes::default().into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_core::w;

    #[test]
    fn an_allocated_string_needs_no_length() {
        let attributes = create();
        let key = GUID::from_u128(0x6d1b_0f4c_a3a4_4ab1_9e2b_51a6_a3f6_1e01);
        let mut text = PWSTR::null();
        let mut len = 0u32;
        // SAFETY: plain COM calls with valid out pointers.
        unsafe {
            attributes.SetString(&key, w!("grüße")).ok().unwrap();
            attributes
                .GetAllocatedString(&key, &mut text, std::ptr::null_mut())
                .ok()
                .unwrap();
            // (windows-core's PWSTR::to_string measures with the C
            // library's 32-bit wcslen on Linux.)
            let units = crate::propvariant::wide_units(text.0);
            assert_eq!(String::from_utf16(&units).unwrap(), "grüße");
            libc::free(text.0.cast());
            attributes
                .GetAllocatedString(&key, &mut text, &mut len)
                .ok()
                .unwrap();
            assert_eq!(len, 5);
            libc::free(text.0.cast());
            assert_eq!(
                attributes.GetAllocatedString(&key, std::ptr::null_mut(), &mut len),
                E_POINTER
            );
        }
    }

    /// Wine's test_attributes, which passes on Windows.
    #[test]
    fn a_refused_item_is_stored_empty_and_copied() {
        let attributes = create();
        let key = GUID::from_u128(0x1234_5678_1234_1234_2222_2222_2222_2222);
        let mut value = PROPVARIANT::default();
        // SAFETY: plain COM calls on valid PROPVARIANTs; VT_I4 is 3.
        unsafe {
            (*value.Anonymous.Anonymous).vt = crate::bindings::VARTYPE(3);
            assert_eq!(attributes.SetItem(&key, &value), MF_E_INVALIDTYPE);
            let mut back = PROPVARIANT::default();
            attributes.GetItem(&key, &mut back).unwrap();
            assert_eq!(back.Anonymous.Anonymous.vt.0, 0);
            assert_eq!(attributes.GetCount().unwrap(), 1);
            let copy = create();
            attributes.CopyAllItems(&copy).unwrap();
            assert_eq!(copy.GetCount().unwrap(), 1);
            attributes.DeleteItem(&key).unwrap();
            attributes.DeleteItem(&key).unwrap();
            assert_eq!(
                attributes.GetItem(&key, std::ptr::null_mut()),
                MF_E_ATTRIBUTENOTFOUND
            );
        }
    }

    #[test]
    fn a_short_string_buffer_still_learns_the_length() {
        let attributes = create();
        let key = GUID::from_u128(7);
        let mut buf = [0u16; 1];
        let mut len = 0u32;
        // SAFETY: `buf` holds one unit, as passed.
        unsafe {
            attributes.SetString(&key, w!("Wine")).unwrap();
            let r = attributes.GetString(&key, PWSTR(buf.as_mut_ptr()), 1, &mut len);
            assert_eq!(r, E_NOT_SUFFICIENT_BUFFER);
            assert_eq!((buf[0], len), (0, 4));
        }
    }
}
