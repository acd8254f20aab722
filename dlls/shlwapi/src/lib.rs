//! shlwapi: the shell helpers COM code written for Windows calls —
//! `QISearch`, the table-driven QueryInterface, and `SHStrDupA`/`W`, which
//! propvarutil.h's inline helpers use.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

use std::ffi::{c_char, c_void};

use windows_sys::Win32::Foundation::{
    E_INVALIDARG, E_NOINTERFACE, E_OUTOFMEMORY, E_POINTER, E_UNEXPECTED, S_OK,
};
use windows_sys::Win32::UI::Shell::QITAB;
use windows_sys::core::{GUID, HRESULT};

/// IID_IUnknown, {00000000-0000-0000-C000-000000000046}.
const IID_IUNKNOWN: GUID = GUID::from_u128(0x00000000_0000_0000_c000_000000000046);

/// The first three slots of every COM vtable.
#[repr(C)]
struct IUnknownVtbl {
    query_interface:
        unsafe extern "system" fn(*mut c_void, *const GUID, *mut *mut c_void) -> HRESULT,
    add_ref: unsafe extern "system" fn(*mut c_void) -> u32,
    release: unsafe extern "system" fn(*mut c_void) -> u32,
}

fn same(a: &GUID, b: &GUID) -> bool {
    (a.data1, a.data2, a.data3, a.data4) == (b.data1, b.data2, b.data3, b.data4)
}

/// QISearch: looks `riid` up in `table` (entries until one with a NULL
/// IID), whose offsets lead from `that` to the object's interface
/// pointers; IID_IUnknown, when the table does not list it, answers the
/// first entry's. The interface found is AddRef'd through its own vtable
/// and stored in `*out`; otherwise `*out` is NULL and the result
/// E_NOINTERFACE. A NULL `out` is E_POINTER.
///
/// # Safety
/// `that` is the object the table describes; `table` is a QITAB array
/// ending in a NULL IID; `riid` is NULL or a GUID; `out` is NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn QISearch(
    that: *mut c_void,
    table: *const QITAB,
    riid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    win32::abi::guard("QISearch", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_POINTER;
        };
        *out = std::ptr::null_mut();
        // SAFETY: NULL or a GUID, per the contract.
        let (Some(riid), false) = (unsafe { riid.as_ref() }, table.is_null()) else {
            return E_NOINTERFACE;
        };
        let mut found = None;
        let mut entry = table;
        // SAFETY: the table ends with a NULL IID, per the contract.
        unsafe {
            while let Some(iid) = (*entry).piid.as_ref() {
                if same(iid, riid) {
                    found = Some((*entry).dwOffset);
                    break;
                }
                entry = entry.add(1);
            }
            if found.is_none() && same(riid, &IID_IUNKNOWN) && !(*table).piid.is_null() {
                found = Some((*table).dwOffset);
            }
        }
        let Some(offset) = found else {
            return E_NOINTERFACE;
        };
        let interface = that
            .cast::<u8>()
            .wrapping_add(offset as usize)
            .cast::<c_void>();
        // SAFETY: the offset leads to an interface pointer of the object,
        // whose first member is its vtable.
        unsafe {
            let vtbl = *interface.cast::<*const IUnknownVtbl>();
            ((*vtbl).add_ref)(interface);
        }
        *out = interface;
        S_OK
    })
}

/// SHStrDupW: a copy of `s` in COM task memory; NULL is E_INVALIDARG with
/// `*out` NULL.
///
/// # Safety
/// `s` is NULL or NUL-terminated; `out` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SHStrDupW(s: *const u16, out: *mut *mut u16) -> HRESULT {
    win32::abi::guard("SHStrDupW", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        *out = std::ptr::null_mut();
        if s.is_null() {
            return E_INVALIDARG;
        }
        let mut len = 0;
        // SAFETY: terminated, per the contract.
        while unsafe { *s.add(len) } != 0 {
            len += 1;
        }
        // SAFETY: `len` units are readable.
        *out = ole32::task_mem::wide_copy(unsafe { std::slice::from_raw_parts(s, len) });
        if out.is_null() { E_OUTOFMEMORY } else { S_OK }
    })
}

/// SHStrDupA: `s` (UTF-8, the ANSI code page here) as UTF-16 in COM task
/// memory.
///
/// # Safety
/// As SHStrDupW, with a byte string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SHStrDupA(s: *const c_char, out: *mut *mut u16) -> HRESULT {
    win32::abi::guard("SHStrDupA", E_UNEXPECTED, || {
        // SAFETY: NULL or writable, per the contract.
        let Some(out) = (unsafe { out.as_mut() }) else {
            return E_INVALIDARG;
        };
        *out = std::ptr::null_mut();
        // SAFETY: NULL or terminated, per the contract.
        let Ok(Some(text)) = (unsafe { win32::wstr::from_ansi_ptr(s) }) else {
            return E_INVALIDARG;
        };
        let units: Vec<u16> = text.encode_utf16().collect();
        *out = ole32::task_mem::wide_copy(&units);
        if out.is_null() { E_OUTOFMEMORY } else { S_OK }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    const IID_FIRST: GUID = GUID::from_u128(0x11111111_0000_4000_8000_000000000001);
    const IID_SECOND: GUID = GUID::from_u128(0x11111111_0000_4000_8000_000000000002);
    const IID_OTHER: GUID = GUID::from_u128(0x11111111_0000_4000_8000_000000000003);

    /// An object with two interfaces, as a C++ class with two bases is laid
    /// out; each interface's AddRef counts separately so the test sees
    /// which vtable was called.
    #[repr(C)]
    struct Fake {
        first: *const IUnknownVtbl,
        second: *const IUnknownVtbl,
    }

    static FIRST_REFS: AtomicU32 = AtomicU32::new(0);
    static SECOND_REFS: AtomicU32 = AtomicU32::new(0);

    unsafe extern "system" fn qi(_: *mut c_void, _: *const GUID, _: *mut *mut c_void) -> HRESULT {
        E_NOINTERFACE
    }
    unsafe extern "system" fn first_add_ref(_: *mut c_void) -> u32 {
        FIRST_REFS.fetch_add(1, Ordering::SeqCst) + 1
    }
    unsafe extern "system" fn second_add_ref(_: *mut c_void) -> u32 {
        SECOND_REFS.fetch_add(1, Ordering::SeqCst) + 1
    }
    unsafe extern "system" fn release(_: *mut c_void) -> u32 {
        1
    }

    static FIRST_VTBL: IUnknownVtbl = IUnknownVtbl {
        query_interface: qi,
        add_ref: first_add_ref,
        release,
    };
    static SECOND_VTBL: IUnknownVtbl = IUnknownVtbl {
        query_interface: qi,
        add_ref: second_add_ref,
        release,
    };

    #[test]
    fn qisearch_finds_interfaces_through_the_table() {
        let mut fake = Fake {
            first: &FIRST_VTBL,
            second: &SECOND_VTBL,
        };
        let that = (&raw mut fake).cast::<c_void>();
        let table = [
            QITAB {
                piid: &IID_FIRST,
                dwOffset: 0,
            },
            QITAB {
                piid: &IID_SECOND,
                dwOffset: size_of::<usize>() as u32,
            },
            QITAB {
                piid: std::ptr::null(),
                dwOffset: 0,
            },
        ];
        let mut out: *mut c_void = std::ptr::dangling_mut();
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(QISearch(that, table.as_ptr(), &IID_SECOND, &mut out), S_OK);
            assert_eq!(out, (&raw mut fake.second).cast());
            assert_eq!(SECOND_REFS.load(Ordering::SeqCst), 1);
            assert_eq!(
                QISearch(that, table.as_ptr(), &IID_IUNKNOWN, &mut out),
                S_OK
            );
            assert_eq!(out, that);
            assert_eq!(FIRST_REFS.load(Ordering::SeqCst), 1);
            assert_eq!(
                QISearch(that, table.as_ptr(), &IID_OTHER, &mut out),
                E_NOINTERFACE
            );
            assert!(out.is_null());
            assert_eq!(
                QISearch(that, table.as_ptr(), &IID_FIRST, std::ptr::null_mut()),
                E_POINTER
            );
            assert_eq!(FIRST_REFS.load(Ordering::SeqCst), 1);
        }
    }

    #[test]
    fn shstrdup_copies_into_task_memory() {
        let text = win32::wstr::to_wide_nul("héllo");
        let mut out = std::ptr::null_mut();
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(SHStrDupW(text.as_ptr(), &mut out), S_OK);
            assert_eq!(std::slice::from_raw_parts(out, text.len()), &text[..]);
            ole32::task_mem::CoTaskMemFree(out.cast());
            assert_eq!(SHStrDupA(c"héllo".as_ptr(), &mut out), S_OK);
            assert_eq!(std::slice::from_raw_parts(out, text.len()), &text[..]);
            ole32::task_mem::CoTaskMemFree(out.cast());
            assert_eq!(SHStrDupW(std::ptr::null(), &mut out), E_INVALIDARG);
            assert!(out.is_null());
        }
    }
}
