//! CoCreateInstance over a table of classes. Windows finds a CLSID's server
//! in the registry; here the crates that implement COM classes register a
//! creation function for each CLSID with [`register_class`] when the shared
//! object loads or before first use.

use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::{Mutex, PoisonError};

use windows_sys::Win32::Foundation::{
    CO_E_NOTINITIALIZED, E_INVALIDARG, E_POINTER, E_UNEXPECTED, REGDB_E_CLASSNOTREG,
};
use windows_sys::core::{GUID, HRESULT};

use crate::apartment;

/// Creates an instance of one class: `outer` is the controlling IUnknown
/// for aggregation (NULL without), `riid` the interface wanted, `out` where
/// its pointer goes. The contract of IClassFactory::CreateInstance: a class
/// that cannot aggregate answers CLASS_E_NOAGGREGATION for a non-NULL
/// `outer`; on failure `*out` is NULL.
pub type ClassCreator =
    unsafe fn(outer: *mut c_void, riid: *const GUID, out: *mut *mut c_void) -> HRESULT;

/// The GUID as a map key.
fn key(g: &GUID) -> u128 {
    (u128::from(g.data1) << 96)
        | (u128::from(g.data2) << 80)
        | (u128::from(g.data3) << 64)
        | u128::from(u64::from_be_bytes(g.data4))
}

static CLASSES: Mutex<Option<HashMap<u128, ClassCreator>>> = Mutex::new(None);

/// Makes `clsid` creatable through CoCreateInstance; a second registration
/// of the same CLSID replaces the first.
pub fn register_class(clsid: &GUID, create: ClassCreator) {
    CLASSES
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_or_insert_with(HashMap::new)
        .insert(key(clsid), create);
}

fn creator(clsid: &GUID) -> Option<ClassCreator> {
    CLASSES
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .as_ref()
        .and_then(|m| m.get(&key(clsid)).copied())
}

/// CoCreateInstance. The class context is accepted as given: every class
/// here is in-process.
///
/// # Safety
/// `clsid` and `riid` are NULL or point to GUIDs; `out` is NULL or points
/// to writable storage for an interface pointer; `outer` is NULL or a live
/// IUnknown.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoCreateInstance(
    clsid: *const GUID,
    outer: *mut c_void,
    _context: u32,
    riid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    win32::abi::guard("CoCreateInstance", E_UNEXPECTED, || {
        if out.is_null() {
            return E_POINTER;
        }
        // SAFETY: `out` is writable per the contract; Windows clears it
        // before anything else can fail.
        unsafe { out.write(std::ptr::null_mut()) };
        // SAFETY: NULL or a GUID, per the contract.
        let (Some(clsid), false) = (unsafe { clsid.as_ref() }, riid.is_null()) else {
            return E_INVALIDARG;
        };
        if apartment::current().is_none() {
            return CO_E_NOTINITIALIZED;
        }
        match creator(clsid) {
            // SAFETY: the arguments are the caller's, valid per the contract.
            Some(create) => unsafe { create(outer, riid, out) },
            None => REGDB_E_CLASSNOTREG,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::Foundation::{CLASS_E_NOAGGREGATION, S_OK};
    use windows_sys::Win32::System::Com::{CLSCTX_INPROC_SERVER, COINIT_MULTITHREADED};

    const CLSID_TEST: GUID = GUID::from_u128(0x2b3c4d5e_0000_4000_8000_00000000c1a5);
    const CLSID_NONE: GUID = GUID::from_u128(0x2b3c4d5e_0000_4000_8000_0000000000ff);
    const IID_ANY: GUID = GUID::from_u128(0);
    static mut OBJECT: u32 = 0;

    unsafe fn create_test(outer: *mut c_void, _: *const GUID, out: *mut *mut c_void) -> HRESULT {
        if !outer.is_null() {
            return CLASS_E_NOAGGREGATION;
        }
        // SAFETY: test code; `out` is the caller's pointer.
        unsafe { out.write((&raw mut OBJECT).cast()) };
        S_OK
    }

    #[test]
    fn creates_registered_classes_once_com_is_initialized() {
        register_class(&CLSID_TEST, create_test);
        // SAFETY: test code; the arguments are valid for the calls.
        std::thread::spawn(|| unsafe {
            let mut p: *mut c_void = std::ptr::dangling_mut();
            let ctx = CLSCTX_INPROC_SERVER;
            assert_eq!(
                CoCreateInstance(
                    &CLSID_TEST,
                    std::ptr::null_mut(),
                    ctx,
                    &IID_ANY,
                    std::ptr::null_mut()
                ),
                E_POINTER
            );
            assert_eq!(
                crate::apartment::initialize(crate::apartment::Model::SingleThreaded),
                S_OK
            );
            assert_eq!(
                CoCreateInstance(&CLSID_NONE, std::ptr::null_mut(), ctx, &IID_ANY, &mut p),
                REGDB_E_CLASSNOTREG
            );
            assert!(p.is_null());
            assert_eq!(
                CoCreateInstance(
                    std::ptr::null(),
                    std::ptr::null_mut(),
                    ctx,
                    &IID_ANY,
                    &mut p
                ),
                E_INVALIDARG
            );
            assert_eq!(
                CoCreateInstance(&CLSID_TEST, std::ptr::null_mut(), ctx, &IID_ANY, &mut p),
                S_OK
            );
            assert_eq!(p, (&raw mut OBJECT).cast());
            assert_eq!(
                CoCreateInstance(&CLSID_TEST, 8 as *mut c_void, ctx, &IID_ANY, &mut p),
                CLASS_E_NOAGGREGATION
            );
            crate::apartment::uninitialize();
        })
        .join()
        .unwrap();
    }

    #[test]
    fn without_an_apartment_com_is_not_initialized() {
        let _mta = crate::apartment::tests::MTA_USERS.lock().unwrap();
        // SAFETY: test code; the arguments are valid for the calls.
        std::thread::spawn(|| unsafe {
            let mut p: *mut c_void = std::ptr::dangling_mut();
            let hr = CoCreateInstance(&CLSID_TEST, std::ptr::null_mut(), 1, &IID_ANY, &mut p);
            assert_eq!(hr, CO_E_NOTINITIALIZED);
            assert!(p.is_null());
            // Another thread in the MTA puts this one in it implicitly.
            let (entered, release) = (std::sync::mpsc::channel(), std::sync::mpsc::channel::<()>());
            let member = std::thread::spawn(move || {
                assert_eq!(
                    crate::apartment::CoInitializeEx(
                        std::ptr::null_mut(),
                        COINIT_MULTITHREADED as u32
                    ),
                    S_OK
                );
                entered.0.send(()).unwrap();
                release.1.recv().unwrap();
                crate::apartment::CoUninitialize();
            });
            entered.1.recv().unwrap();
            register_class(&CLSID_TEST, create_test);
            assert_eq!(
                CoCreateInstance(&CLSID_TEST, std::ptr::null_mut(), 1, &IID_ANY, &mut p),
                S_OK
            );
            release.0.send(()).unwrap();
            member.join().unwrap();
        })
        .join()
        .unwrap();
    }
}
