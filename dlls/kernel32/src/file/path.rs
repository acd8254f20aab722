//! Operations on paths rather than handles: deleting files, creating and
//! removing directories, attributes, the temporary directory and temporary
//! file names, the current directory. Windows paths map to Linux ones by
//! `win32::path::from_windows`.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::Foundation::MAX_PATH;
use windows_sys::Win32::Storage::FileSystem as fs_;
use windows_sys::core::{BOOL, PCSTR, PCWSTR, PSTR, PWSTR};

use super::{file_error, os_error};
use crate::string::{Char, required_arg, write_sized};

/// A path operation taking one path argument.
///
/// # Safety
/// `name` is NULL or NUL-terminated.
unsafe fn path_call<C: Char>(
    function: &'static str,
    name: *const C,
    op: impl FnOnce(&Path) -> Win32Result<()>,
) -> BOOL {
    bool_call(function, || {
        // SAFETY: the caller's contract.
        let name =
            unsafe { required_arg(name) }.map_err(|_| Win32Error(f::ERROR_PATH_NOT_FOUND))?;
        op(&win32::path::from_windows(&name))
    })
}

/// A directory is ERROR_ACCESS_DENIED, as on Windows.
fn delete_file(path: &Path) -> Win32Result<()> {
    fs::remove_file(path).map_err(|e| file_error(&e, Some(path)))
}

/// # Safety
/// `file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn DeleteFileW(file_name: PCWSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { path_call("DeleteFileW", file_name, delete_file) }
}

/// # Safety
/// `file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn DeleteFileA(file_name: PCSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { path_call("DeleteFileA", file_name, delete_file) }
}

/// An existing name is ERROR_ALREADY_EXISTS; a missing parent
/// ERROR_PATH_NOT_FOUND (the CreateDirectory page).
fn create_directory(path: &Path) -> Win32Result<()> {
    fs::create_dir(path).map_err(|e| match e.raw_os_error() {
        Some(libc::EEXIST) => Win32Error(f::ERROR_ALREADY_EXISTS),
        Some(libc::ENOENT) => Win32Error(f::ERROR_PATH_NOT_FOUND),
        _ => file_error(&e, Some(path)),
    })
}

/// # Safety
/// `path_name` is NULL or NUL-terminated; the security attributes are not
/// read.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateDirectoryW(
    path_name: PCWSTR,
    security_attributes: *const std::ffi::c_void,
) -> BOOL {
    let _ = security_attributes;
    // SAFETY: the caller's contract.
    unsafe { path_call("CreateDirectoryW", path_name, create_directory) }
}

/// # Safety
/// As [`CreateDirectoryW`].
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateDirectoryA(
    path_name: PCSTR,
    security_attributes: *const std::ffi::c_void,
) -> BOOL {
    let _ = security_attributes;
    // SAFETY: the caller's contract.
    unsafe { path_call("CreateDirectoryA", path_name, create_directory) }
}

/// A file is ERROR_DIRECTORY; a non-empty directory ERROR_DIR_NOT_EMPTY.
fn remove_directory(path: &Path) -> Win32Result<()> {
    fs::remove_dir(path).map_err(|e| match e.raw_os_error() {
        Some(libc::ENOTDIR) if path.exists() => Win32Error(f::ERROR_DIRECTORY),
        _ => file_error(&e, Some(path)),
    })
}

/// # Safety
/// `path_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn RemoveDirectoryW(path_name: PCWSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { path_call("RemoveDirectoryW", path_name, remove_directory) }
}

/// # Safety
/// `path_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn RemoveDirectoryA(path_name: PCSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe { path_call("RemoveDirectoryA", path_name, remove_directory) }
}

/// Attributes from the mode: DIRECTORY, or ARCHIVE for other files (the
/// bit Windows sets on files it writes); READONLY without an owner write
/// bit; HIDDEN for dot files, as Wine maps them.
fn attributes(path: &Path) -> Win32Result<u32> {
    let meta = fs::metadata(path).map_err(|e| file_error(&e, Some(path)))?;
    let mut attrs = if meta.is_dir() {
        fs_::FILE_ATTRIBUTE_DIRECTORY
    } else {
        fs_::FILE_ATTRIBUTE_ARCHIVE
    };
    if meta.permissions().mode() & 0o200 == 0 {
        attrs |= fs_::FILE_ATTRIBUTE_READONLY;
    }
    let hidden = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n != "." && n != "..");
    if hidden {
        attrs |= fs_::FILE_ATTRIBUTE_HIDDEN;
    }
    if !meta.is_dir() && !meta.is_file() && meta.mode() & libc::S_IFMT == libc::S_IFCHR {
        attrs |= fs_::FILE_ATTRIBUTE_DEVICE;
    }
    Ok(attrs)
}

/// # Safety
/// `name` is NULL or NUL-terminated.
unsafe fn get_attributes<C: Char>(name: *const C) -> u32 {
    guard("GetFileAttributes", fs_::INVALID_FILE_ATTRIBUTES, || {
        // SAFETY: the caller's contract.
        let result = unsafe { required_arg(name) }
            .map_err(|_| Win32Error(f::ERROR_PATH_NOT_FOUND))
            .and_then(|n| attributes(&win32::path::from_windows(&n)));
        result.unwrap_or_else(|e| {
            set_last_error(e.0);
            fs_::INVALID_FILE_ATTRIBUTES
        })
    })
}

/// # Safety
/// `file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetFileAttributesW(file_name: PCWSTR) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_attributes(file_name) }
}

/// # Safety
/// `file_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetFileAttributesA(file_name: PCSTR) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_attributes(file_name) }
}

/// TMPDIR when set, else /tmp; always with a trailing separator, as the
/// GetTempPath page promises.
fn temp_dir() -> String {
    let mut dir = std::env::var("TMPDIR")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/tmp".into());
    if !dir.ends_with('/') {
        dir.push('/');
    }
    dir
}

/// # Safety
/// `buffer` is NULL or has room for `buffer_length` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTempPathW(buffer_length: u32, buffer: PWSTR) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetTempPathW", 0, || unsafe {
        write_sized(&temp_dir(), buffer, buffer_length)
    })
}

/// # Safety
/// `buffer` is NULL or has room for `buffer_length` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTempPathA(buffer_length: u32, buffer: PSTR) -> u32 {
    // SAFETY: the caller's contract.
    guard("GetTempPathA", 0, || unsafe {
        write_sized(&temp_dir(), buffer, buffer_length)
    })
}

/// The name GetTempFileName builds: the path, a separator if it has none,
/// up to three characters of the prefix, the number in upper-case hex and
/// ".tmp".
fn temp_file_name(dir: &str, prefix: &str, unique: u32) -> String {
    let mut name = dir.to_owned();
    if !name.is_empty() && !name.ends_with(['/', '\\']) {
        name.push('/');
    }
    name.extend(prefix.chars().take(3));
    name.push_str(&format!("{unique:X}.tmp"));
    name
}

/// A unique nonzero 16-bit starting number for this process.
fn next_unique() -> u32 {
    static NEXT: OnceLock<Mutex<u32>> = OnceLock::new();
    let mut n = sync::lock(NEXT.get_or_init(|| {
        let seed = std::process::id() ^ (crate::time::GetTickCount() << 4);
        Mutex::new(seed)
    }));
    *n = n.wrapping_add(1);
    match *n & 0xFFFF {
        0 => 1,
        v => v,
    }
}

/// With `unique` 0 a number is chosen and the file created (CREATE_NEW),
/// trying further numbers while the name exists; otherwise only the name
/// is built, with the low 16 bits of `unique` (the GetTempFileName page).
///
/// # Safety
/// `path` and `prefix` are NULL or NUL-terminated; `out` has room for
/// MAX_PATH units.
unsafe fn get_temp_file_name<C: Char>(
    path: *const C,
    prefix: *const C,
    unique: u32,
    out: *mut C,
) -> u32 {
    guard("GetTempFileName", 0, || {
        let result = (|| {
            // SAFETY: the caller's contract.
            let dir = unsafe { required_arg(path) }?;
            // SAFETY: the caller's contract.
            let prefix = unsafe { crate::string::read_arg(prefix) }?.unwrap_or_default();
            if out.is_null() {
                return Err(Win32Error::INVALID_PARAMETER);
            }
            let fits = |name: &str| C::encode(name).len() < MAX_PATH as usize;
            let (name, number) = if unique != 0 {
                let number = unique & 0xFFFF;
                (temp_file_name(&dir, &prefix, number), unique)
            } else {
                let mut found = None;
                for _ in 0..0x10000 {
                    let number = next_unique();
                    let name = temp_file_name(&dir, &prefix, number);
                    if !fits(&name) {
                        return Err(Win32Error(f::ERROR_BUFFER_OVERFLOW));
                    }
                    let path = win32::path::from_windows(&name);
                    match OpenOptions::new().write(true).create_new(true).open(&path) {
                        Ok(_) => {
                            found = Some((name, number));
                            break;
                        }
                        Err(e) if e.raw_os_error() == Some(libc::EEXIST) => continue,
                        Err(e) => return Err(file_error(&e, Some(&path))),
                    }
                }
                found.ok_or(Win32Error(f::ERROR_FILE_EXISTS))?
            };
            if !fits(&name) {
                return Err(Win32Error(f::ERROR_BUFFER_OVERFLOW));
            }
            // SAFETY: `out` has MAX_PATH units and the name fits with its
            // terminator.
            unsafe { crate::string::copy_terminated(&C::encode(&name), out) };
            Ok(number)
        })();
        result.unwrap_or_else(|e| {
            set_last_error(e.0);
            0
        })
    })
}

/// # Safety
/// `path_name` and `prefix_string` are NULL or NUL-terminated;
/// `temp_file_name` has room for MAX_PATH units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTempFileNameW(
    path_name: PCWSTR,
    prefix_string: PCWSTR,
    unique: u32,
    temp_file_name: PWSTR,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_temp_file_name(path_name, prefix_string, unique, temp_file_name) }
}

/// # Safety
/// As [`GetTempFileNameW`], in bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTempFileNameA(
    path_name: PCSTR,
    prefix_string: PCSTR,
    unique: u32,
    temp_file_name: PSTR,
) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_temp_file_name(path_name, prefix_string, unique, temp_file_name) }
}

fn current_dir() -> Win32Result<String> {
    let dir = std::env::current_dir().map_err(os_error)?;
    Ok(dir.to_string_lossy().into_owned())
}

/// # Safety
/// `buffer` is NULL or has room for `buffer_length` units.
unsafe fn get_current_directory<C: Char>(buffer_length: u32, buffer: *mut C) -> u32 {
    guard("GetCurrentDirectory", 0, || match current_dir() {
        // SAFETY: the caller's contract.
        Ok(dir) => unsafe { write_sized(&dir, buffer, buffer_length) },
        Err(e) => {
            set_last_error(e.0);
            0
        }
    })
}

/// # Safety
/// `buffer` is NULL or has room for `buffer_length` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetCurrentDirectoryW(buffer_length: u32, buffer: PWSTR) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_current_directory(buffer_length, buffer) }
}

/// # Safety
/// `buffer` is NULL or has room for `buffer_length` bytes.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetCurrentDirectoryA(buffer_length: u32, buffer: PSTR) -> u32 {
    // SAFETY: the caller's contract.
    unsafe { get_current_directory(buffer_length, buffer) }
}

/// # Safety
/// `path_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetCurrentDirectoryW(path_name: PCWSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        path_call("SetCurrentDirectoryW", path_name, |p| {
            std::env::set_current_dir(p).map_err(|e| file_error(&e, Some(p)))
        })
    }
}

/// # Safety
/// `path_name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetCurrentDirectoryA(path_name: PCSTR) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        path_call("SetCurrentDirectoryA", path_name, |p| {
            std::env::set_current_dir(p).map_err(|e| file_error(&e, Some(p)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::tests::{RW, TempDir, create};
    use crate::object::CloseHandle;
    use win32::get_last_error;
    use win32::wstr::to_wide_nul;

    #[test]
    fn directories_and_attributes() {
        let dir = TempDir::new("dirs");
        let sub = dir.wide("sub");
        // SAFETY: terminated names.
        unsafe {
            assert_eq!(CreateDirectoryW(sub.as_ptr(), std::ptr::null()), 1);
            assert_eq!(CreateDirectoryW(sub.as_ptr(), std::ptr::null()), 0);
            assert_eq!(get_last_error(), f::ERROR_ALREADY_EXISTS);
            assert_eq!(
                GetFileAttributesW(sub.as_ptr()),
                fs_::FILE_ATTRIBUTE_DIRECTORY
            );
            let file = dir.wide(r"sub\f.txt");
            CloseHandle(create(&file, RW, fs_::CREATE_NEW, 0));
            assert_eq!(
                GetFileAttributesW(file.as_ptr()),
                fs_::FILE_ATTRIBUTE_ARCHIVE
            );
            assert_eq!(RemoveDirectoryW(sub.as_ptr()), 0);
            assert_eq!(get_last_error(), f::ERROR_DIR_NOT_EMPTY);
            assert_eq!(DeleteFileW(sub.as_ptr()), 0);
            assert_eq!(get_last_error(), f::ERROR_ACCESS_DENIED);
            assert_eq!(DeleteFileW(file.as_ptr()), 1);
            assert_eq!(DeleteFileW(file.as_ptr()), 0);
            assert_eq!(get_last_error(), f::ERROR_FILE_NOT_FOUND);
            assert_eq!(
                GetFileAttributesW(file.as_ptr()),
                fs_::INVALID_FILE_ATTRIBUTES
            );
            assert_eq!(get_last_error(), f::ERROR_FILE_NOT_FOUND);
            assert_eq!(RemoveDirectoryW(sub.as_ptr()), 1);
            assert_eq!(
                GetFileAttributesA(c"/nonexistent-dir/x".as_ptr().cast()),
                fs_::INVALID_FILE_ATTRIBUTES
            );
            assert_eq!(get_last_error(), f::ERROR_PATH_NOT_FOUND);
        }
    }

    #[test]
    fn temp_path_and_temp_file_names() {
        let mut buf = [0u16; 260];
        // SAFETY: valid buffers.
        unsafe {
            let needed = GetTempPathW(0, std::ptr::null_mut());
            let n = GetTempPathW(260, buf.as_mut_ptr());
            assert_eq!(n + 1, needed);
            let path = String::from_utf16_lossy(&buf[..n as usize]);
            assert!(path.ends_with('/'));
            assert_eq!(
                GetTempPathW(n, buf.as_mut_ptr()),
                n + 1,
                "one short: the size needed"
            );

            let dir = TempDir::new("tmpname");
            let d = to_wide_nul(&dir.0.to_string_lossy());
            let prefix = to_wide_nul("abcdef");
            assert_eq!(
                GetTempFileNameW(d.as_ptr(), prefix.as_ptr(), 0x1A2B, buf.as_mut_ptr()),
                0x1A2B
            );
            let name = String::from_utf16_lossy(&buf[..buf.iter().position(|&u| u == 0).unwrap()]);
            assert_eq!(name, format!("{}/abc1A2B.tmp", dir.0.display()));
            assert!(!Path::new(&name).exists(), "a given number creates nothing");
            let number = GetTempFileNameW(d.as_ptr(), prefix.as_ptr(), 0, buf.as_mut_ptr());
            assert!(number != 0 && number <= 0xFFFF);
            let name = String::from_utf16_lossy(&buf[..buf.iter().position(|&u| u == 0).unwrap()]);
            assert!(Path::new(&name).exists(), "number 0 creates the file");
            let missing = to_wide_nul("/nonexistent-dir-k32");
            assert_eq!(
                GetTempFileNameW(missing.as_ptr(), prefix.as_ptr(), 0, buf.as_mut_ptr()),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_PATH_NOT_FOUND);

            let cwd = GetCurrentDirectoryW(260, buf.as_mut_ptr());
            assert_eq!(
                String::from_utf16_lossy(&buf[..cwd as usize]),
                std::env::current_dir().unwrap().to_string_lossy()
            );
        }
    }
}
