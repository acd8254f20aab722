//! Modules: GetModuleHandle, LoadLibrary, GetProcAddress, FreeLibrary,
//! GetModuleFileName over the dynamic loader.
//!
//! Every Windows DLL winsession implements lives in one shared object,
//! `libwinsession.so`, so all of their names (`kernel32.dll`, `winhttp`,
//! `WTSAPI32.DLL`, an `api-ms-win-*` API set...) give its handle: the
//! loader's handle of the object this code is in. Other names are handed
//! to `dlopen` as they are and then as `lib<name>.so`, so a program can
//! load a Linux library by its Windows-style name. Module handles are the
//! loader's handles; a handle this module never issued is refused
//! (ERROR_MOD_NOT_FOUND for GetProcAddress, ERROR_INVALID_HANDLE for
//! FreeLibrary) instead of being passed to `dlsym`/`dlclose`.

use std::collections::HashMap;
use std::ffi::{CStr, CString, c_void};
use std::sync::{Mutex, MutexGuard, OnceLock};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation::{
    ERROR_MOD_NOT_FOUND, ERROR_PROC_NOT_FOUND, FALSE, HMODULE, TRUE,
};
use windows_sys::Win32::System::LibraryLoader as ll;
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

use crate::string::{Char, read_arg};

/// The Windows DLLs whose exports libwinsession.so carries.
const OUR_DLLS: &[&str] = &[
    "kernel32",
    "kernelbase",
    "ntdll",
    "user32",
    "advapi32",
    "shell32",
    "ole32",
    "combase",
    "oleaut32",
    "shlwapi",
    "propsys",
    "wtsapi32",
    "winhttp",
    "wdstptc",
    "mf",
    "mfplat",
    "mfreadwrite",
    "ucrtbase",
    "msvcrt",
];

/// Whether a module name names one of our DLLs: the last path component,
/// without ".dll", compared without case.
fn is_our_dll(name: &str) -> bool {
    let base = name
        .rsplit(['\\', '/'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    let base = base.strip_suffix(".dll").unwrap_or(&base);
    OUR_DLLS.contains(&base) || base.starts_with("api-ms-win-") || base.starts_with("ext-ms-win-")
}

/// The API sets whose functions this library implements: the core and C
/// runtime sets, and the extension sets of the DLLs here. `ext-ms-win-*`
/// sets are optional on Windows, which is why programs ask.
const IMPLEMENTED_API_SETS: &[&str] = &[
    "api-ms-win-core-",
    "api-ms-win-crt-",
    "api-ms-win-security-base-",
    "ext-ms-win-session-wtsapi32-",
    "ext-ms-win-networking-winhttp-",
];

/// `IsApiSetImplemented` (apiquery2.h): whether a contract name, such as
/// `ext-ms-win-session-wtsapi32-l1-1-0`, is one this library serves. Names
/// compare without case; NULL is FALSE.
///
/// # Safety
/// `contract` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn IsApiSetImplemented(contract: PCSTR) -> BOOL {
    guard("IsApiSetImplemented", FALSE, || {
        // SAFETY: per the function's contract.
        let name = match unsafe { win32::wstr::from_ansi_ptr(contract.cast()) } {
            Ok(Some(name)) => name.to_ascii_lowercase(),
            _ => return FALSE,
        };
        let implemented = IMPLEMENTED_API_SETS.iter().any(|set| {
            name.strip_prefix(set)
                .is_some_and(|version| !version.is_empty())
        });
        implemented.into()
    })
}

/// A module handle as the loader gives it.
type Handle = usize;

/// This object: its path (from `dladdr` on one of our functions) and its
/// loader handle (`dlopen` of that path with RTLD_NOLOAD, or the program's
/// handle when this code is linked into the executable itself).
struct Ourselves {
    path: String,
    handle: Handle,
}

fn ourselves() -> &'static Ourselves {
    static OURSELVES: OnceLock<Ourselves> = OnceLock::new();
    OURSELVES.get_or_init(|| {
        let path = object_path(GetModuleHandleW as *const c_void).unwrap_or_default();
        let handle = CString::new(path.clone())
            .ok()
            .map(|c| {
                // SAFETY: a terminated path; RTLD_NOLOAD only looks it up.
                unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_LAZY | libc::RTLD_NOLOAD) }
            })
            .filter(|h| !h.is_null())
            .map_or_else(program_handle, |h| h as Handle);
        Ourselves { path, handle }
    })
}

/// The path of the object containing `address`.
fn object_path(address: *const c_void) -> Option<String> {
    // SAFETY: `info` is plain data dladdr fills; the address is only looked
    // up, never dereferenced.
    unsafe {
        let mut info: libc::Dl_info = std::mem::zeroed();
        if libc::dladdr(address, &mut info) == 0 || info.dli_fname.is_null() {
            return None;
        }
        Some(
            CStr::from_ptr(info.dli_fname)
                .to_string_lossy()
                .into_owned(),
        )
    }
}

/// The executable's handle (`dlopen(NULL)`), which is also what `dlsym`
/// searches through every global object with.
fn program_handle() -> Handle {
    static PROGRAM: OnceLock<Handle> = OnceLock::new();
    // SAFETY: dlopen(NULL) returns the main program's handle.
    *PROGRAM.get_or_init(|| unsafe { libc::dlopen(std::ptr::null(), libc::RTLD_LAZY) } as Handle)
}

/// Whether `h` is libwinsession.so's handle (FormatMessage uses this to
/// find the WinHTTP and system message tables).
pub(crate) fn is_ourselves(h: HMODULE) -> bool {
    h as Handle == ourselves().handle
}

/// libwinsession.so's handle.
pub(crate) fn ourselves_module() -> HMODULE {
    ourselves().handle as HMODULE
}

/// The handle `GetModuleHandle(NULL)` gives: the program.
pub(crate) fn program_module() -> HMODULE {
    program_handle() as HMODULE
}

/// Modules this module looked up or loaded: their path and how many
/// LoadLibrary references are outstanding.
struct Loaded {
    path: String,
    references: usize,
}

fn loaded() -> MutexGuard<'static, HashMap<Handle, Loaded>> {
    static LOADED: OnceLock<Mutex<HashMap<Handle, Loaded>>> = OnceLock::new();
    sync::lock(LOADED.get_or_init(Mutex::default))
}

/// The names `dlopen` is tried with: the name (a Windows path mapped to a
/// Linux one), then `lib<name>.so` with ".dll" removed.
fn candidates(name: &str) -> Vec<String> {
    let path = win32::path::from_windows(name)
        .to_string_lossy()
        .into_owned();
    let mut names = vec![path.clone()];
    if !path.contains('/') {
        let lower = path.to_ascii_lowercase();
        let base = lower
            .strip_suffix(".dll")
            .map_or(path.as_str(), |_| &path[..path.len() - 4]);
        names.push(format!("lib{base}.so"));
    }
    names
}

/// dlopen each candidate in turn: the handle and the name that worked.
fn dlopen_any(name: &str, flags: i32) -> Option<(Handle, String)> {
    candidates(name).into_iter().find_map(|candidate| {
        let c = CString::new(candidate.clone()).ok()?;
        // SAFETY: a terminated name; dlopen has no other preconditions.
        let h = unsafe { libc::dlopen(c.as_ptr(), flags) };
        (!h.is_null()).then_some((h as Handle, candidate))
    })
}

/// GetModuleHandle: a module already in the process, without taking a
/// reference.
fn module_handle(name: Option<&str>) -> Win32Result<Handle> {
    let Some(name) = name else {
        return Ok(program_handle());
    };
    if is_our_dll(name) {
        return Ok(ourselves().handle);
    }
    let (h, path) = dlopen_any(name, libc::RTLD_LAZY | libc::RTLD_NOLOAD)
        .ok_or(Win32Error(ERROR_MOD_NOT_FOUND))?;
    // RTLD_NOLOAD still counts a reference; give it back.
    // SAFETY: `h` was just returned by dlopen.
    unsafe { libc::dlclose(h as *mut c_void) };
    loaded().entry(h).or_insert(Loaded {
        path,
        references: 0,
    });
    Ok(h)
}

/// LoadLibrary: our DLL names give our handle (never unloaded); others are
/// loaded with RTLD_NOW and counted.
fn load_library(name: &str) -> Win32Result<Handle> {
    if is_our_dll(name) {
        return Ok(ourselves().handle);
    }
    let (h, path) = dlopen_any(name, libc::RTLD_NOW | libc::RTLD_LOCAL)
        .ok_or(Win32Error(ERROR_MOD_NOT_FOUND))?;
    loaded()
        .entry(h)
        .or_insert(Loaded {
            path,
            references: 0,
        })
        .references += 1;
    Ok(h)
}

fn handle_call(name: &'static str, body: impl FnOnce() -> Win32Result<Handle>) -> HMODULE {
    guard(name, std::ptr::null_mut(), || match body() {
        Ok(h) => h as HMODULE,
        Err(e) => {
            set_last_error(e.0);
            std::ptr::null_mut()
        }
    })
}

/// # Safety
/// `module_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleHandleW(module_name: PCWSTR) -> HMODULE {
    handle_call("GetModuleHandleW", || {
        // SAFETY: the caller's contract.
        module_handle(unsafe { read_arg(module_name) }?.as_deref())
    })
}

/// # Safety
/// `module_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleHandleA(module_name: PCSTR) -> HMODULE {
    handle_call("GetModuleHandleA", || {
        // SAFETY: the caller's contract.
        module_handle(unsafe { read_arg(module_name) }?.as_deref())
    })
}

/// GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS finds the module containing an
/// address; the reference-count flags change nothing (our DLLs are never
/// unloaded). On failure `*module` is NULL.
///
/// # Safety
/// `module_name` is NULL, an address (with FROM_ADDRESS) or NUL-terminated;
/// `module` is writable.
unsafe fn get_module_handle_ex<C: Char>(
    flags: u32,
    module_name: *const C,
    module: *mut HMODULE,
) -> BOOL {
    bool_call("GetModuleHandleEx", || {
        if module.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: writable by contract.
        unsafe { *module = std::ptr::null_mut() };
        let h = if flags & ll::GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS != 0 {
            let path = object_path(module_name.cast()).ok_or(Win32Error(ERROR_MOD_NOT_FOUND))?;
            if path == ourselves().path {
                ourselves().handle
            } else {
                module_handle(Some(&path)).unwrap_or_else(|_| program_handle())
            }
        } else {
            // SAFETY: the caller's contract.
            module_handle(unsafe { read_arg(module_name) }?.as_deref())?
        };
        // SAFETY: as above.
        unsafe { *module = h as HMODULE };
        Ok(())
    })
}

/// # Safety
/// As `get_module_handle_ex`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleHandleExW(
    flags: u32,
    module_name: PCWSTR,
    module: *mut HMODULE,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_module_handle_ex(flags, module_name, module) }
}

/// # Safety
/// As `get_module_handle_ex`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleHandleExA(
    flags: u32,
    module_name: PCSTR,
    module: *mut HMODULE,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { get_module_handle_ex(flags, module_name, module) }
}

/// # Safety
/// `lib_file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LoadLibraryW(lib_file_name: PCWSTR) -> HMODULE {
    handle_call("LoadLibraryW", || {
        // SAFETY: the caller's contract.
        let name = unsafe { read_arg(lib_file_name) }?.ok_or(Win32Error::INVALID_PARAMETER)?;
        load_library(&name)
    })
}

/// # Safety
/// `lib_file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LoadLibraryA(lib_file_name: PCSTR) -> HMODULE {
    handle_call("LoadLibraryA", || {
        // SAFETY: the caller's contract.
        let name = unsafe { read_arg(lib_file_name) }?.ok_or(Win32Error::INVALID_PARAMETER)?;
        load_library(&name)
    })
}

/// `file` must be NULL (the LoadLibraryEx page reserves it); the flags
/// (search paths, data-file loads) do not change how a shared object loads.
///
/// # Safety
/// `lib_file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LoadLibraryExW(
    lib_file_name: PCWSTR,
    file: *mut c_void,
    flags: u32,
) -> HMODULE {
    let _ = flags;
    handle_call("LoadLibraryExW", || {
        if !file.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let name = unsafe { read_arg(lib_file_name) }?.ok_or(Win32Error::INVALID_PARAMETER)?;
        load_library(&name)
    })
}

/// # Safety
/// As [`LoadLibraryExW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LoadLibraryExA(
    lib_file_name: PCSTR,
    file: *mut c_void,
    flags: u32,
) -> HMODULE {
    let _ = flags;
    handle_call("LoadLibraryExA", || {
        if !file.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: the caller's contract.
        let name = unsafe { read_arg(lib_file_name) }?.ok_or(Win32Error::INVALID_PARAMETER)?;
        load_library(&name)
    })
}

/// Our own handle and the program's stay loaded; a loaded library is
/// closed when its last LoadLibrary reference is freed.
#[unsafe(no_mangle)]
pub extern "system" fn FreeLibrary(lib_module: HMODULE) -> BOOL {
    bool_call("FreeLibrary", || {
        let h = lib_module as Handle;
        if h == ourselves().handle || h == program_handle() {
            return Ok(());
        }
        let mut loaded = loaded();
        let entry = loaded
            .get_mut(&h)
            .filter(|l| l.references > 0)
            .ok_or(Win32Error::INVALID_HANDLE)?;
        entry.references -= 1;
        if entry.references == 0 {
            loaded.remove(&h);
        }
        // SAFETY: `h` came from dlopen and holds a reference we count.
        unsafe { libc::dlclose(h as *mut c_void) };
        Ok(())
    })
}

/// A DLL's DllMain asks not to hear of threads starting and ending. No
/// module here gets those notifications (shared objects have no DllMain
/// calls), so there is nothing to turn off: TRUE, as Windows answers a DLL
/// without static TLS.
#[unsafe(no_mangle)]
pub extern "system" fn DisableThreadLibraryCalls(_lib_module: HMODULE) -> BOOL {
    TRUE
}

/// Whether `h` is a module handle this module issued.
fn known_module(h: Handle) -> bool {
    h == ourselves().handle || h == program_handle() || loaded().contains_key(&h)
}

/// Ordinals (values below 0x10000) have no meaning for a shared object:
/// ERROR_PROC_NOT_FOUND. A NULL module is the program, whose lookup
/// searches every global object (our exports included).
///
/// # Safety
/// `proc_name` is an ordinal or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetProcAddress(module: HMODULE, proc_name: PCSTR) -> *mut c_void {
    guard("GetProcAddress", std::ptr::null_mut(), || {
        let result = (|| {
            let h = if module.is_null() {
                program_handle()
            } else {
                module as Handle
            };
            if !known_module(h) {
                return Err(Win32Error(ERROR_MOD_NOT_FOUND));
            }
            if (proc_name as usize) < 0x10000 {
                return Err(Win32Error(ERROR_PROC_NOT_FOUND));
            }
            // SAFETY: a terminated name by contract; `h` is a live loader
            // handle (checked above).
            let symbol = unsafe { libc::dlsym(h as *mut c_void, proc_name.cast()) };
            if symbol.is_null() {
                Err(Win32Error(ERROR_PROC_NOT_FOUND))
            } else {
                Ok(symbol)
            }
        })();
        result.unwrap_or_else(|e| {
            set_last_error(e.0);
            std::ptr::null_mut()
        })
    })
}

/// The file a module handle names: the executable for NULL or the
/// program's handle, this object for ours, the loaded path otherwise.
fn module_path(module: HMODULE) -> Win32Result<String> {
    let h = module as Handle;
    if module.is_null() || h == program_handle() {
        return std::fs::read_link("/proc/self/exe")
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(Win32Error::from);
    }
    if h == ourselves().handle {
        return Ok(ourselves().path.clone());
    }
    loaded()
        .get(&h)
        .map(|l| l.path.clone())
        .ok_or(Win32Error(ERROR_MOD_NOT_FOUND))
}

/// The path, truncated to `size - 1` units and terminated when it does not
/// fit: then the result is `size` and the last error
/// ERROR_INSUFFICIENT_BUFFER, as on Windows Vista and later.
///
/// # Safety
/// `filename` has room for `size` units.
unsafe fn get_module_file_name<C: Char>(module: HMODULE, filename: *mut C, size: u32) -> u32 {
    guard("GetModuleFileName", 0, || {
        let path = match module_path(module) {
            Ok(p) => p,
            Err(e) => {
                set_last_error(e.0);
                return 0;
            }
        };
        if size == 0 || filename.is_null() {
            set_last_error(Win32Error::INSUFFICIENT_BUFFER.0);
            return 0;
        }
        let units = C::encode(&path);
        let room = size as usize - 1;
        let n = units.len().min(room);
        // SAFETY: `n + 1 <= size` units fit.
        unsafe { crate::string::copy_terminated(&units[..n], filename) };
        if units.len() > room {
            set_last_error(Win32Error::INSUFFICIENT_BUFFER.0);
            size
        } else {
            set_last_error(0);
            n as u32
        }
    })
}

/// # Safety
/// `filename` has room for `size` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleFileNameW(
    module: HMODULE,
    filename: PWSTR,
    size: u32,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_module_file_name(module, filename, size) }
}

/// # Safety
/// `filename` has room for `size` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetModuleFileNameA(
    module: HMODULE,
    filename: PSTR,
    size: u32,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_module_file_name(module, filename, size) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;
    use win32::wstr::to_wide_nul;

    fn handle_of(name: &str) -> HMODULE {
        let w = to_wide_nul(name);
        // SAFETY: a terminated name.
        unsafe { GetModuleHandleW(w.as_ptr()) }
    }

    #[test]
    fn api_sets_of_the_dlls_here_are_implemented() {
        let ask = |name: &str| {
            let c = CString::new(name).unwrap();
            // SAFETY: a NUL-terminated string.
            unsafe { IsApiSetImplemented(c.as_ptr().cast()) }
        };
        assert_ne!(ask("ext-ms-win-session-wtsapi32-l1-1-0"), FALSE);
        assert_ne!(ask("API-MS-WIN-CORE-SYNCH-L1-2-0"), FALSE);
        assert_eq!(ask("ext-ms-win-ntuser-window-l1-1-0"), FALSE);
        assert_eq!(ask("ext-ms-win-session-wtsapi32-"), FALSE);
        // SAFETY: NULL is allowed.
        assert_eq!(unsafe { IsApiSetImplemented(std::ptr::null()) }, FALSE);
    }

    #[test]
    fn a_dll_may_turn_off_thread_notifications() {
        assert_eq!(DisableThreadLibraryCalls(handle_of("kernel32.dll")), TRUE);
    }

    #[test]
    fn our_dll_names_give_our_handle() {
        let ours = handle_of("kernel32.dll");
        assert!(!ours.is_null());
        for name in [
            "KERNEL32",
            "winhttp.dll",
            "WtsApi32.DLL",
            r"C:\Windows\System32\mf.dll",
            "api-ms-win-core-synch-l1-2-0.dll",
        ] {
            assert_eq!(handle_of(name), ours, "{name}");
        }
        assert!(handle_of("nosuchmodule.dll").is_null());
        assert_eq!(get_last_error(), ERROR_MOD_NOT_FOUND);
        assert_eq!(
            // SAFETY: NULL is allowed.
            unsafe { GetModuleHandleW(std::ptr::null()) },
            program_module()
        );
        let mut from_address: HMODULE = std::ptr::null_mut();
        // SAFETY: an address of ours and a writable out-pointer.
        let ok = unsafe {
            GetModuleHandleExW(
                ll::GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS,
                FreeLibrary as *const u16,
                &mut from_address,
            )
        };
        assert_eq!(ok, 1);
        assert_eq!(from_address, ours);
    }

    #[test]
    fn load_library_and_get_proc_address() {
        let name = to_wide_nul("libc.so.6");
        // SAFETY: terminated names throughout; symbols are only compared.
        unsafe {
            let libc_handle = LoadLibraryW(name.as_ptr());
            assert!(!libc_handle.is_null());
            let strlen = GetProcAddress(libc_handle, c"strlen".as_ptr().cast());
            assert_eq!(strlen, libc::strlen as *mut c_void);
            assert!(GetProcAddress(libc_handle, c"no_such_function_k32".as_ptr().cast()).is_null());
            assert_eq!(get_last_error(), ERROR_PROC_NOT_FOUND);
            assert!(GetProcAddress(libc_handle, 5 as PCSTR).is_null());
            assert_eq!(get_last_error(), ERROR_PROC_NOT_FOUND);
            assert_eq!(FreeLibrary(libc_handle), 1);
            assert_eq!(FreeLibrary(libc_handle), 0, "its one reference is gone");
            assert!(GetProcAddress(0x1234 as HMODULE, c"strlen".as_ptr().cast()).is_null());
            assert_eq!(get_last_error(), ERROR_MOD_NOT_FOUND);
            let missing = to_wide_nul("no-such-library.dll");
            assert!(LoadLibraryW(missing.as_ptr()).is_null());
            assert_eq!(get_last_error(), ERROR_MOD_NOT_FOUND);
            // Our own names never unload.
            let ours = LoadLibraryA(c"KERNEL32.DLL".as_ptr().cast());
            assert_eq!(ours, handle_of("kernel32"));
            assert_eq!(FreeLibrary(ours), 1);
        }
    }

    /// Inside the unit-test executable our exports are not dynamic symbols,
    /// so this runs against the built libwinsession.so (next to the test's
    /// deps directory): its GetModuleHandleW("kernel32") must give its own
    /// handle, and its GetProcAddress must find its exports there.
    #[test]
    fn get_proc_address_finds_our_exports_in_libwinsession() {
        let exe = std::env::current_exe().unwrap();
        let Some(so) = exe
            .parent()
            .and_then(|d| d.parent())
            .map(|d| d.join("libwinsession.so"))
        else {
            return;
        };
        if !so.exists() {
            eprintln!("skipped: {} is not built", so.display());
            return;
        }
        type GetModuleHandleFn = unsafe extern "system" fn(PCWSTR) -> HMODULE;
        type GetProcAddressFn = unsafe extern "system" fn(HMODULE, PCSTR) -> *mut c_void;
        let path = to_wide_nul(&so.to_string_lossy());
        // SAFETY: terminated names; the resolved functions have the
        // prototypes declared above.
        unsafe {
            let lib = LoadLibraryW(path.as_ptr());
            assert!(!lib.is_null());
            let get_module_handle: GetModuleHandleFn =
                std::mem::transmute(GetProcAddress(lib, c"GetModuleHandleW".as_ptr().cast()));
            let get_proc_address: GetProcAddressFn =
                std::mem::transmute(GetProcAddress(lib, c"GetProcAddress".as_ptr().cast()));
            let kernel32 = to_wide_nul("kernel32.dll");
            let theirs = get_module_handle(kernel32.as_ptr());
            assert_eq!(theirs, lib, "the library's kernel32 handle is the library");
            let create_file = get_proc_address(theirs, c"CreateFileW".as_ptr().cast());
            assert_eq!(
                create_file,
                GetProcAddress(lib, c"CreateFileW".as_ptr().cast())
            );
            assert!(!create_file.is_null());
            assert_eq!(FreeLibrary(lib), 1);
        }
    }

    #[test]
    fn module_file_names() {
        let mut buf = [0u16; 512];
        // SAFETY: valid buffers.
        unsafe {
            let n = GetModuleFileNameW(std::ptr::null_mut(), buf.as_mut_ptr(), 512);
            let exe = std::env::current_exe().unwrap();
            assert_eq!(
                String::from_utf16_lossy(&buf[..n as usize]),
                exe.to_string_lossy()
            );
            let mut small = [0x7777u16; 4];
            assert_eq!(
                GetModuleFileNameW(std::ptr::null_mut(), small.as_mut_ptr(), 4),
                4
            );
            assert_eq!(get_last_error(), Win32Error::INSUFFICIENT_BUFFER.0);
            assert_eq!(small[3], 0);
            let n = GetModuleFileNameW(handle_of("winhttp"), buf.as_mut_ptr(), 512);
            assert!(n > 0);
        }
    }
}
