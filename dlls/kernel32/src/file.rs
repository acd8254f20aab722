//! Files: CreateFile and the handle-based file functions, the path
//! mapping, the standard handles and console output. Operations on paths
//! (directories, attributes, temporary names) are in [`path`].
//!
//! A file handle names a [`FileObject`] in the kernel object table; the
//! descriptor is closed when the last handle to it is (CloseHandle, with
//! DuplicateHandle copies counted).
//!
//! OVERLAPPED: I/O with an OVERLAPPED structure is performed at once, at
//! its Offset/OffsetHigh, before ReadFile/WriteFile return: `Internal`
//! (the status) and `InternalHigh` (the byte count) are filled, the event
//! is set, and the call returns TRUE, never ERROR_IO_PENDING. This is what
//! Windows does for a handle opened without FILE_FLAG_OVERLAPPED, and a
//! permitted outcome for one opened with it (the ReadFile page: an
//! overlapped request may complete synchronously).
//!
//! The standard handles (`GetStdHandle`) are file objects over descriptors
//! 0, 1 and 2. Windows lets a program close them, and so does this: the
//! handle becomes invalid, but descriptors 0-2 themselves stay open, because
//! the C runtime's stdin/stdout/stderr use them too. A later GetStdHandle
//! issues a fresh handle.
//!
//! Share modes and security attributes are accepted and not enforced: Linux
//! has no mandatory sharing locks.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::os::unix::fs::{FileExt, FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation as f;
use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::Storage::FileSystem as fs_;
use windows_sys::Win32::System::IO::OVERLAPPED;
use windows_sys::core::{BOOL, PCSTR, PCWSTR};

use crate::object::{self, KernelObject};
use crate::string::{Char, required_arg};

pub mod path;

use windows_sys::Win32::System::Console::{STD_ERROR_HANDLE, STD_INPUT_HANDLE, STD_OUTPUT_HANDLE};

/// A file object: the descriptor, what the handle may do, and what closing
/// the last handle does.
pub struct FileObject {
    file: ManuallyDrop<File>,
    /// False for the standard descriptors, which are never closed.
    owns_fd: bool,
    readable: bool,
    writable: bool,
    /// Opened with FILE_FLAG_OVERLAPPED: there is no file pointer to move.
    overlapped: bool,
    /// FILE_FLAG_DELETE_ON_CLOSE: unlinked when the last handle closes.
    delete_on_close: Option<PathBuf>,
}

impl KernelObject for FileObject {}

impl Drop for FileObject {
    fn drop(&mut self) {
        if let Some(path) = &self.delete_on_close {
            let _ = fs::remove_file(path);
        }
        if self.owns_fd {
            // SAFETY: dropped exactly once, here, and never used again.
            unsafe { ManuallyDrop::drop(&mut self.file) };
        }
    }
}

impl FileObject {
    fn std(fd: i32) -> Self {
        Self {
            // SAFETY: descriptors 0-2 are open for the process's life and
            // the ManuallyDrop (owns_fd false) never closes them.
            file: ManuallyDrop::new(unsafe { File::from_raw_fd(fd) }),
            owns_fd: false,
            readable: true,
            writable: true,
            overlapped: false,
            delete_on_close: None,
        }
    }

    /// The file, for I/O through `&File`.
    fn file(&self) -> &File {
        &self.file
    }
}

/// The Win32 error for a failed file operation on `path`. A missing file
/// is ERROR_FILE_NOT_FOUND when its directory exists and
/// ERROR_PATH_NOT_FOUND when it does not, as Windows distinguishes them.
fn file_error(e: &io::Error, path: Option<&Path>) -> Win32Error {
    let code = match e.raw_os_error() {
        Some(libc::ENOENT) => {
            let parent_exists = path
                .and_then(Path::parent)
                .map(|p| p.as_os_str().is_empty() || p.is_dir())
                .unwrap_or(true);
            if parent_exists {
                f::ERROR_FILE_NOT_FOUND
            } else {
                f::ERROR_PATH_NOT_FOUND
            }
        }
        Some(libc::ENOTDIR) => f::ERROR_PATH_NOT_FOUND,
        Some(libc::EEXIST) => f::ERROR_FILE_EXISTS,
        Some(libc::EACCES | libc::EPERM | libc::EISDIR) => f::ERROR_ACCESS_DENIED,
        Some(libc::ENAMETOOLONG) => f::ERROR_FILENAME_EXCED_RANGE,
        Some(libc::ENOTEMPTY) => f::ERROR_DIR_NOT_EMPTY,
        Some(libc::ENOSPC) => f::ERROR_DISK_FULL,
        Some(libc::EROFS) => f::ERROR_WRITE_PROTECT,
        Some(libc::EMFILE | libc::ENFILE) => f::ERROR_TOO_MANY_OPEN_FILES,
        Some(libc::ESPIPE) => f::ERROR_SEEK_ON_DEVICE,
        Some(libc::EBUSY | libc::ETXTBSY) => f::ERROR_SHARING_VIOLATION,
        _ => return Win32Error::from(io::Error::new(e.kind(), e.to_string())),
    };
    Win32Error(code)
}

fn os_error(e: io::Error) -> Win32Error {
    file_error(&e, None)
}

/// What CreateFile asks for, decoded.
struct OpenRequest {
    access: u32,
    disposition: u32,
    flags: u32,
}

const READ_ACCESS: u32 = f::GENERIC_READ | f::GENERIC_ALL | fs_::FILE_READ_DATA;
const WRITE_ACCESS: u32 =
    f::GENERIC_WRITE | f::GENERIC_ALL | fs_::FILE_WRITE_DATA | fs_::FILE_APPEND_DATA;

/// Open `path` as CreateFile does: the object, and whether an existing file
/// was opened by CREATE_ALWAYS or OPEN_ALWAYS (ERROR_ALREADY_EXISTS).
fn open_file(path: &Path, req: &OpenRequest) -> Win32Result<(FileObject, bool)> {
    let readable = req.access & READ_ACCESS != 0;
    let writable = req.access & WRITE_ACCESS != 0;
    // FILE_APPEND_DATA without FILE_WRITE_DATA writes only at the end.
    let append = req.access & fs_::FILE_APPEND_DATA != 0
        && req.access & (f::GENERIC_WRITE | f::GENERIC_ALL | fs_::FILE_WRITE_DATA) == 0;
    let mode = if req.flags & fs_::FILE_ATTRIBUTE_READONLY != 0 {
        0o444
    } else {
        0o666
    };
    let options = |create_new: bool, truncate: bool| {
        let mut o = OpenOptions::new();
        o.read(readable || !writable)
            .write(writable && !append)
            .append(append)
            .mode(mode);
        if create_new {
            o.create_new(true);
        }
        if truncate {
            o.truncate(true);
        }
        o
    };
    let open = |o: OpenOptions| o.open(path).map_err(|e| file_error(&e, Some(path)));
    let (file, existed) = match req.disposition {
        fs_::CREATE_NEW => (open(options(true, false))?, false),
        fs_::OPEN_EXISTING => (open(options(false, false))?, false),
        fs_::TRUNCATE_EXISTING if writable => (open(options(false, true))?, false),
        fs_::CREATE_ALWAYS | fs_::OPEN_ALWAYS => {
            let truncate = req.disposition == fs_::CREATE_ALWAYS;
            match options(true, false).open(path) {
                Ok(file) => (file, false),
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {
                    (open(options(false, truncate && writable))?, true)
                }
                Err(e) => return Err(file_error(&e, Some(path))),
            }
        }
        _ => return Err(Win32Error::INVALID_PARAMETER),
    };
    // A directory opens only with FILE_FLAG_BACKUP_SEMANTICS (CreateFile page).
    if file.metadata().is_ok_and(|m| m.is_dir()) && req.flags & fs_::FILE_FLAG_BACKUP_SEMANTICS == 0
    {
        return Err(Win32Error::ACCESS_DENIED);
    }
    let delete_on_close = (req.flags & fs_::FILE_FLAG_DELETE_ON_CLOSE != 0)
        .then(|| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    Ok((
        FileObject {
            file: ManuallyDrop::new(file),
            owns_fd: true,
            readable,
            writable,
            overlapped: req.flags & fs_::FILE_FLAG_OVERLAPPED != 0,
            delete_on_close,
        },
        existed,
    ))
}

/// CreateFile: INVALID_HANDLE_VALUE on failure. On success the last error
/// is ERROR_ALREADY_EXISTS when CREATE_ALWAYS or OPEN_ALWAYS found the file,
/// 0 otherwise (the CreateFile page).
///
/// # Safety
/// `name` is NULL or NUL-terminated.
unsafe fn create_file<C: Char>(
    name: *const C,
    access: u32,
    disposition: u32,
    flags: u32,
) -> HANDLE {
    guard("CreateFile", INVALID_HANDLE_VALUE, || {
        let result = (|| {
            // SAFETY: the caller's contract.
            let name =
                unsafe { required_arg(name) }.map_err(|_| Win32Error(f::ERROR_PATH_NOT_FOUND))?;
            if name.is_empty() {
                return Err(Win32Error(f::ERROR_PATH_NOT_FOUND));
            }
            let path = win32::path::from_windows(&name);
            let (object, existed) = open_file(
                &path,
                &OpenRequest {
                    access,
                    disposition,
                    flags,
                },
            )?;
            Ok((object::insert(Arc::new(object))?, existed))
        })();
        match result {
            Ok((handle, existed)) => {
                set_last_error(if existed { f::ERROR_ALREADY_EXISTS } else { 0 });
                handle
            }
            Err(e) => {
                set_last_error(e.0);
                INVALID_HANDLE_VALUE
            }
        }
    })
}

/// # Safety
/// `file_name` is NULL or NUL-terminated; the security attributes and
/// template are not read.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateFileW(
    file_name: PCWSTR,
    desired_access: u32,
    share_mode: u32,
    security_attributes: *const std::ffi::c_void,
    creation_disposition: u32,
    flags_and_attributes: u32,
    template_file: HANDLE,
) -> HANDLE {
    let _ = (share_mode, security_attributes, template_file);
    // SAFETY: the caller's contract.
    unsafe {
        create_file(
            file_name,
            desired_access,
            creation_disposition,
            flags_and_attributes,
        )
    }
}

/// # Safety
/// As [`CreateFileW`], with a UTF-8 name.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CreateFileA(
    file_name: PCSTR,
    desired_access: u32,
    share_mode: u32,
    security_attributes: *const std::ffi::c_void,
    creation_disposition: u32,
    flags_and_attributes: u32,
    template_file: HANDLE,
) -> HANDLE {
    let _ = (share_mode, security_attributes, template_file);
    // SAFETY: the caller's contract.
    unsafe {
        create_file(
            file_name,
            desired_access,
            creation_disposition,
            flags_and_attributes,
        )
    }
}

fn file_object(handle: HANDLE) -> Win32Result<Arc<FileObject>> {
    object::get_as::<FileObject>(handle)
}

/// The NTSTATUS values Internal carries, and the Win32 errors they mean.
const IO_STATUSES: [(f::NTSTATUS, u32); 4] = [
    (f::STATUS_SUCCESS, 0),
    (f::STATUS_END_OF_FILE, f::ERROR_HANDLE_EOF),
    (f::STATUS_ACCESS_DENIED, f::ERROR_ACCESS_DENIED),
    (f::STATUS_DISK_FULL, f::ERROR_DISK_FULL),
];

fn status_of(result: &Win32Result<u32>) -> f::NTSTATUS {
    let code = match result {
        Ok(_) => 0,
        Err(e) => e.0,
    };
    IO_STATUSES
        .iter()
        .find(|(_, c)| *c == code)
        .map_or(f::STATUS_UNSUCCESSFUL, |(s, _)| *s)
}

fn error_of(status: f::NTSTATUS) -> u32 {
    IO_STATUSES
        .iter()
        .find(|(s, _)| *s == status)
        .map_or(f::ERROR_GEN_FAILURE, |(_, c)| *c)
}

/// Perform a transfer with Windows' OVERLAPPED rules: at the structure's
/// offset, completing at once (see the module documentation).
///
/// # Safety
/// `ov` is NULL or a valid OVERLAPPED.
unsafe fn transfer(
    file: &FileObject,
    ov: *mut OVERLAPPED,
    positioned: impl FnOnce(&File, u64) -> io::Result<usize>,
    streamed: impl FnOnce(&File) -> io::Result<usize>,
) -> Win32Result<u32> {
    if ov.is_null() {
        let n = streamed(file.file()).map_err(os_error)?;
        return Ok(n as u32);
    }
    // SAFETY: a valid OVERLAPPED by contract; the offset is its union's
    // Offset/OffsetHigh pair.
    let offset = unsafe {
        let o = (*ov).Anonymous.Anonymous;
        (u64::from(o.OffsetHigh) << 32) | u64::from(o.Offset)
    };
    let result = match positioned(file.file(), offset) {
        // Pipes and terminals have no offsets: the transfer streams.
        Err(e) if e.raw_os_error() == Some(libc::ESPIPE) => streamed(file.file()),
        Ok(n) => {
            if !file.overlapped {
                // A synchronous handle's file pointer follows the transfer.
                let _ = file.file().seek(SeekFrom::Start(offset + n as u64));
            }
            Ok(n)
        }
        other => other,
    }
    .map(|n| n as u32)
    .map_err(os_error);
    // SAFETY: as above; Internal and InternalHigh are ours to fill.
    unsafe {
        (*ov).Internal = status_of(&result) as u32 as usize;
        (*ov).InternalHigh = *result.as_ref().unwrap_or(&0) as usize;
        let event = (*ov).hEvent;
        if !event.is_null() && result.is_ok() {
            crate::event::SetEvent(event);
        }
    }
    result
}

/// # Safety
/// `buffer` has room for `to_read` bytes; `read` NULL or writable; `ov`
/// NULL or a valid OVERLAPPED.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn ReadFile(
    file: HANDLE,
    buffer: *mut u8,
    to_read: u32,
    read: *mut u32,
    overlapped: *mut OVERLAPPED,
) -> BOOL {
    bool_call("ReadFile", || {
        let object = file_object(file)?;
        if !object.readable {
            return Err(Win32Error::ACCESS_DENIED);
        }
        if read.is_null() && overlapped.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        if buffer.is_null() && to_read > 0 {
            return Err(Win32Error(f::ERROR_NOACCESS));
        }
        if !read.is_null() {
            // SAFETY: writable by contract; zeroed first, as Windows does.
            unsafe { *read = 0 };
        }
        let buf: &mut [u8] = if to_read == 0 {
            &mut []
        } else {
            // SAFETY: `to_read` writable bytes by contract.
            unsafe { std::slice::from_raw_parts_mut(buffer, to_read as usize) }
        };
        let buf_ptr = buf.as_mut_ptr();
        let len = buf.len();
        // SAFETY: the caller's contract; each closure gets the same buffer
        // but only one of them runs to completion at a time.
        let n = unsafe {
            transfer(
                &object,
                overlapped,
                |f, off| f.read_at(std::slice::from_raw_parts_mut(buf_ptr, len), off),
                |mut f| f.read(std::slice::from_raw_parts_mut(buf_ptr, len)),
            )
        }?;
        if !read.is_null() {
            // SAFETY: as above.
            unsafe { *read = n };
        }
        // Reading at or past the end through an OVERLAPPED is an error
        // (ReadFile page); a plain read at the end succeeds with 0 bytes.
        if n == 0 && to_read > 0 && !overlapped.is_null() {
            // SAFETY: a valid OVERLAPPED by contract.
            unsafe { (*overlapped).Internal = f::STATUS_END_OF_FILE as u32 as usize };
            return Err(Win32Error(f::ERROR_HANDLE_EOF));
        }
        Ok(())
    })
}

/// # Safety
/// `buffer` holds `to_write` bytes; `written` NULL or writable; `ov` NULL
/// or a valid OVERLAPPED.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WriteFile(
    file: HANDLE,
    buffer: *const u8,
    to_write: u32,
    written: *mut u32,
    overlapped: *mut OVERLAPPED,
) -> BOOL {
    bool_call("WriteFile", || {
        let object = file_object(file)?;
        if !object.writable {
            return Err(Win32Error::ACCESS_DENIED);
        }
        if written.is_null() && overlapped.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        if buffer.is_null() && to_write > 0 {
            return Err(Win32Error(f::ERROR_NOACCESS));
        }
        if !written.is_null() {
            // SAFETY: writable by contract.
            unsafe { *written = 0 };
        }
        let data: &[u8] = if to_write == 0 {
            &[]
        } else {
            // SAFETY: `to_write` readable bytes by contract.
            unsafe { std::slice::from_raw_parts(buffer, to_write as usize) }
        };
        // SAFETY: the caller's contract.
        let n = unsafe {
            transfer(
                &object,
                overlapped,
                |f, off| f.write_all_at(data, off).map(|()| data.len()),
                |mut f| f.write_all(data).map(|()| data.len()),
            )
        }?;
        if !written.is_null() {
            // SAFETY: as above.
            unsafe { *written = n };
        }
        Ok(())
    })
}

/// The I/O here has always completed, so waiting is never needed: the
/// result is read from the structure (Internal/InternalHigh), as Windows
/// does. A status still STATUS_PENDING (a structure we never filled) is
/// ERROR_IO_INCOMPLETE.
///
/// # Safety
/// `overlapped` is a valid OVERLAPPED; `transferred` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetOverlappedResult(
    file: HANDLE,
    overlapped: *const OVERLAPPED,
    transferred: *mut u32,
    wait: BOOL,
) -> BOOL {
    let _ = (file, wait);
    bool_call("GetOverlappedResult", || {
        if overlapped.is_null() || transferred.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: valid by contract, checked non-NULL.
        let (status, count) = unsafe {
            (
                (*overlapped).Internal as u32 as i32,
                (*overlapped).InternalHigh,
            )
        };
        if status == f::STATUS_PENDING {
            return Err(Win32Error(f::ERROR_IO_INCOMPLETE));
        }
        // SAFETY: as above.
        unsafe { *transferred = count as u32 };
        match error_of(status) {
            0 => Ok(()),
            code => Err(Win32Error(code)),
        }
    })
}

/// Move a file pointer; a position before the start is
/// ERROR_NEGATIVE_SEEK.
fn seek(handle: HANDLE, distance: i64, method: u32) -> Win32Result<u64> {
    let object = file_object(handle)?;
    let mut file = object.file();
    let base = match method {
        fs_::FILE_BEGIN => 0,
        fs_::FILE_CURRENT => file.stream_position().map_err(os_error)? as i64,
        fs_::FILE_END => file.metadata().map_err(os_error)?.len() as i64,
        _ => return Err(Win32Error::INVALID_PARAMETER),
    };
    let target = base
        .checked_add(distance)
        .ok_or(Win32Error::INVALID_PARAMETER)?;
    if target < 0 {
        return Err(Win32Error(f::ERROR_NEGATIVE_SEEK));
    }
    file.seek(SeekFrom::Start(target as u64)).map_err(os_error)
}

/// # Safety
/// `new_file_pointer` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetFilePointerEx(
    file: HANDLE,
    distance_to_move: i64,
    new_file_pointer: *mut i64,
    move_method: u32,
) -> BOOL {
    bool_call("SetFilePointerEx", || {
        let position = seek(file, distance_to_move, move_method)?;
        if !new_file_pointer.is_null() {
            // SAFETY: writable by contract.
            unsafe { *new_file_pointer = position as i64 };
        }
        Ok(())
    })
}

/// INVALID_SET_FILE_POINTER on failure; on success the last error is 0, so
/// a position whose low part is 0xFFFFFFFF can be told apart (the
/// SetFilePointer page). Without a high part the distance is a signed
/// 32-bit value and the result must fit in 32 bits.
///
/// # Safety
/// `distance_to_move_high` NULL or readable and writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SetFilePointer(
    file: HANDLE,
    distance_to_move: i32,
    distance_to_move_high: *mut i32,
    move_method: u32,
) -> u32 {
    guard("SetFilePointer", fs_::INVALID_SET_FILE_POINTER, || {
        let distance = if distance_to_move_high.is_null() {
            i64::from(distance_to_move)
        } else {
            // SAFETY: readable by contract.
            (i64::from(unsafe { *distance_to_move_high }) << 32)
                | i64::from(distance_to_move as u32)
        };
        let result = seek(file, distance, move_method).and_then(|pos| {
            if distance_to_move_high.is_null() && pos > u64::from(u32::MAX) {
                Err(Win32Error::INVALID_PARAMETER)
            } else {
                Ok(pos)
            }
        });
        match result {
            Ok(pos) => {
                if !distance_to_move_high.is_null() {
                    // SAFETY: writable by contract.
                    unsafe { *distance_to_move_high = (pos >> 32) as i32 };
                }
                set_last_error(0);
                pos as u32
            }
            Err(e) => {
                set_last_error(e.0);
                fs_::INVALID_SET_FILE_POINTER
            }
        }
    })
}

fn file_size(handle: HANDLE) -> Win32Result<u64> {
    Ok(file_object(handle)?
        .file()
        .metadata()
        .map_err(os_error)?
        .len())
}

/// # Safety
/// `size` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetFileSizeEx(file: HANDLE, size: *mut i64) -> BOOL {
    bool_call("GetFileSizeEx", || {
        if size.is_null() {
            return Err(Win32Error(f::ERROR_NOACCESS));
        }
        let n = file_size(file)?;
        // SAFETY: writable by contract, checked non-NULL.
        unsafe { *size = n as i64 };
        Ok(())
    })
}

/// INVALID_FILE_SIZE on failure; success sets the last error to 0 so a low
/// part of 0xFFFFFFFF can be told apart (GetFileSize page).
///
/// # Safety
/// `file_size_high` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetFileSize(file: HANDLE, file_size_high: *mut u32) -> u32 {
    guard("GetFileSize", fs_::INVALID_FILE_SIZE, || {
        match file_size(file) {
            Ok(n) => {
                if !file_size_high.is_null() {
                    // SAFETY: writable by contract.
                    unsafe { *file_size_high = (n >> 32) as u32 };
                }
                set_last_error(0);
                n as u32
            }
            Err(e) => {
                set_last_error(e.0);
                fs_::INVALID_FILE_SIZE
            }
        }
    })
}

/// Truncates or extends the file to the current file pointer.
#[unsafe(no_mangle)]
pub extern "system" fn SetEndOfFile(file: HANDLE) -> BOOL {
    bool_call("SetEndOfFile", || {
        let object = file_object(file)?;
        if !object.writable {
            return Err(Win32Error::ACCESS_DENIED);
        }
        let mut f = object.file();
        let position = f.stream_position().map_err(os_error)?;
        f.set_len(position).map_err(os_error)
    })
}

/// Terminals and pipes have nothing to flush to disk: success.
#[unsafe(no_mangle)]
pub extern "system" fn FlushFileBuffers(file: HANDLE) -> BOOL {
    bool_call("FlushFileBuffers", || {
        let object = file_object(file)?;
        match object.file().sync_all() {
            Err(e) if matches!(e.raw_os_error(), Some(libc::EINVAL | libc::EROFS)) => Ok(()),
            other => other.map_err(os_error),
        }
    })
}

/// FILE_TYPE_DISK for files and directories, FILE_TYPE_CHAR for terminals
/// and devices, FILE_TYPE_PIPE for pipes and sockets.
#[unsafe(no_mangle)]
pub extern "system" fn GetFileType(file: HANDLE) -> u32 {
    guard("GetFileType", fs_::FILE_TYPE_UNKNOWN, || {
        let kind = file_object(file).and_then(|o| o.file().metadata().map_err(os_error));
        // Success sets NO_ERROR, which tells FILE_TYPE_UNKNOWN as a result
        // apart from a failure (the GetFileType page).
        set_last_error(kind.as_ref().err().map_or(0, |e| e.0));
        match kind {
            Ok(m) if m.file_type().is_char_device() => fs_::FILE_TYPE_CHAR,
            Ok(m) if m.file_type().is_fifo() || m.file_type().is_socket() => fs_::FILE_TYPE_PIPE,
            Ok(_) => fs_::FILE_TYPE_DISK,
            Err(_) => fs_::FILE_TYPE_UNKNOWN,
        }
    })
}

/// The handles GetStdHandle issued, by descriptor.
fn std_handles() -> &'static Mutex<[Option<usize>; 3]> {
    static STD: OnceLock<Mutex<[Option<usize>; 3]>> = OnceLock::new();
    STD.get_or_init(Mutex::default)
}

/// The handle of a standard stream, issued once and again after it was
/// closed (see the module documentation). Another value is
/// INVALID_HANDLE_VALUE with ERROR_INVALID_HANDLE.
#[unsafe(no_mangle)]
pub extern "system" fn GetStdHandle(std_handle: u32) -> HANDLE {
    guard("GetStdHandle", INVALID_HANDLE_VALUE, || {
        let fd = match std_handle {
            STD_INPUT_HANDLE => 0,
            STD_OUTPUT_HANDLE => 1,
            STD_ERROR_HANDLE => 2,
            _ => {
                set_last_error(Win32Error::INVALID_HANDLE.0);
                return INVALID_HANDLE_VALUE;
            }
        };
        let mut handles = sync::lock(std_handles());
        if let Some(h) = handles[fd]
            && file_object(h as HANDLE).is_ok()
        {
            return h as HANDLE;
        }
        match object::insert(Arc::new(FileObject::std(fd as i32))) {
            Ok(h) => {
                handles[fd] = Some(h as usize);
                h
            }
            Err(e) => {
                set_last_error(e.0);
                INVALID_HANDLE_VALUE
            }
        }
    })
}

/// Console output: the text as UTF-8 to the handle's descriptor;
/// `chars_written` counts the caller's characters.
///
/// # Safety
/// `buffer` holds `count` units; `chars_written` NULL or writable.
unsafe fn write_console<C: Char>(
    handle: HANDLE,
    buffer: *const C,
    count: u32,
    chars_written: *mut u32,
) -> BOOL {
    bool_call("WriteConsole", || {
        let object = file_object(handle)?;
        if buffer.is_null() && count > 0 {
            return Err(Win32Error(f::ERROR_NOACCESS));
        }
        let units: &[C] = if count == 0 {
            &[]
        } else {
            // SAFETY: `count` readable units by contract.
            unsafe { std::slice::from_raw_parts(buffer, count as usize) }
        };
        let text = C::decode(units);
        object.file().write_all(text.as_bytes()).map_err(os_error)?;
        if !chars_written.is_null() {
            // SAFETY: writable by contract.
            unsafe { *chars_written = count };
        }
        Ok(())
    })
}

/// # Safety
/// `buffer` holds `number_of_chars_to_write` units; `number_of_chars_written`
/// NULL or writable; `reserved` is not read.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WriteConsoleW(
    console_output: HANDLE,
    buffer: PCWSTR,
    number_of_chars_to_write: u32,
    number_of_chars_written: *mut u32,
    reserved: *const std::ffi::c_void,
) -> BOOL {
    let _ = reserved;
    // SAFETY: the caller's contract.
    unsafe {
        write_console(
            console_output,
            buffer,
            number_of_chars_to_write,
            number_of_chars_written,
        )
    }
}

/// # Safety
/// As [`WriteConsoleW`], in bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn WriteConsoleA(
    console_output: HANDLE,
    buffer: PCSTR,
    number_of_chars_to_write: u32,
    number_of_chars_written: *mut u32,
    reserved: *const std::ffi::c_void,
) -> BOOL {
    let _ = reserved;
    // SAFETY: the caller's contract.
    unsafe {
        write_console(
            console_output,
            buffer,
            number_of_chars_to_write,
            number_of_chars_written,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::CloseHandle;
    use win32::get_last_error;
    use win32::wstr::to_wide_nul;

    /// A directory of its own under the system temporary directory.
    pub(super) struct TempDir(pub(super) PathBuf);

    impl TempDir {
        pub(super) fn new(tag: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("k32-file-{tag}-{}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            Self(dir)
        }
        pub(super) fn wide(&self, name: &str) -> Vec<u16> {
            to_wide_nul(&self.0.join(name).to_string_lossy())
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    pub(super) fn create(name: &[u16], access: u32, disposition: u32, flags: u32) -> HANDLE {
        // SAFETY: a terminated name; the other pointers are NULL.
        unsafe {
            CreateFileW(
                name.as_ptr(),
                access,
                0,
                std::ptr::null(),
                disposition,
                flags,
                std::ptr::null_mut(),
            )
        }
    }

    pub(super) const RW: u32 = f::GENERIC_READ | f::GENERIC_WRITE;

    #[test]
    fn creation_dispositions_and_their_errors() {
        let dir = TempDir::new("disp");
        let name = dir.wide("a.txt");
        let h = create(&name, RW, fs_::OPEN_EXISTING, 0);
        assert_eq!(h, INVALID_HANDLE_VALUE);
        assert_eq!(get_last_error(), f::ERROR_FILE_NOT_FOUND);
        let missing_dir = dir.wide(r"no\such.txt");
        assert_eq!(
            create(&missing_dir, RW, fs_::CREATE_ALWAYS, 0),
            INVALID_HANDLE_VALUE
        );
        assert_eq!(get_last_error(), f::ERROR_PATH_NOT_FOUND);

        let h = create(&name, RW, fs_::CREATE_NEW, fs_::FILE_ATTRIBUTE_NORMAL);
        assert_ne!(h, INVALID_HANDLE_VALUE);
        assert_eq!(get_last_error(), 0);
        assert_eq!(CloseHandle(h), 1);
        assert_eq!(create(&name, RW, fs_::CREATE_NEW, 0), INVALID_HANDLE_VALUE);
        assert_eq!(get_last_error(), f::ERROR_FILE_EXISTS);
        for disposition in [fs_::CREATE_ALWAYS, fs_::OPEN_ALWAYS] {
            let h = create(&name, RW, disposition, 0);
            assert_ne!(h, INVALID_HANDLE_VALUE);
            assert_eq!(get_last_error(), f::ERROR_ALREADY_EXISTS);
            assert_eq!(CloseHandle(h), 1);
        }
        assert_eq!(
            create(&name, f::GENERIC_READ, fs_::TRUNCATE_EXISTING, 0),
            INVALID_HANDLE_VALUE
        );
        assert_eq!(get_last_error(), f::ERROR_INVALID_PARAMETER);
        assert_eq!(create(&name, RW, 99, 0), INVALID_HANDLE_VALUE);
        // A directory needs FILE_FLAG_BACKUP_SEMANTICS.
        let d = to_wide_nul(&dir.0.to_string_lossy());
        assert_eq!(
            create(&d, f::GENERIC_READ, fs_::OPEN_EXISTING, 0),
            INVALID_HANDLE_VALUE
        );
        assert_eq!(get_last_error(), f::ERROR_ACCESS_DENIED);
        let h = create(
            &d,
            f::GENERIC_READ,
            fs_::OPEN_EXISTING,
            fs_::FILE_FLAG_BACKUP_SEMANTICS,
        );
        assert_eq!(CloseHandle(h), 1);
    }

    #[test]
    fn read_write_seek_size_truncate() {
        let dir = TempDir::new("rw");
        let name = dir.wide("data.bin");
        let h = create(&name, RW, fs_::CREATE_ALWAYS, 0);
        let mut n = 0u32;
        let mut buf = [0u8; 16];
        let mut pos = 0i64;
        let mut size = 0i64;
        // SAFETY: valid buffers and out-pointers.
        unsafe {
            assert_eq!(
                WriteFile(h, b"hello world".as_ptr(), 11, &mut n, std::ptr::null_mut()),
                1
            );
            assert_eq!(n, 11);
            assert_eq!(GetFileSizeEx(h, &mut size), 1);
            assert_eq!(size, 11);
            assert_eq!(SetFilePointerEx(h, 6, &mut pos, fs_::FILE_BEGIN), 1);
            assert_eq!(pos, 6);
            assert_eq!(
                ReadFile(h, buf.as_mut_ptr(), 16, &mut n, std::ptr::null_mut()),
                1
            );
            assert_eq!(&buf[..n as usize], b"world");
            // At the end a read succeeds with 0 bytes.
            assert_eq!(
                ReadFile(h, buf.as_mut_ptr(), 16, &mut n, std::ptr::null_mut()),
                1
            );
            assert_eq!(n, 0);
            assert_eq!(SetFilePointerEx(h, -20, &mut pos, fs_::FILE_CURRENT), 0);
            assert_eq!(get_last_error(), f::ERROR_NEGATIVE_SEEK);
            assert_eq!(
                SetFilePointer(h, -6, std::ptr::null_mut(), fs_::FILE_END),
                5
            );
            assert_eq!(SetEndOfFile(h), 1);
            let mut high = 0u32;
            assert_eq!(GetFileSize(h, &mut high), 5);
            assert_eq!((high, get_last_error()), (0, 0));
            let mut far_high = 1i32;
            // 4 GiB: low part 0, high part 1.
            assert_eq!(SetFilePointer(h, 0, &mut far_high, fs_::FILE_BEGIN), 0);
            assert_eq!(far_high, 1);
            assert_eq!(FlushFileBuffers(h), 1);
        }
        assert_eq!(CloseHandle(h), 1);
        assert_eq!(fs::read(dir.0.join("data.bin")).unwrap(), b"hello");
        // A read-only handle cannot write.
        let h = create(&name, f::GENERIC_READ, fs_::OPEN_EXISTING, 0);
        // SAFETY: valid buffers.
        unsafe {
            assert_eq!(
                WriteFile(h, b"x".as_ptr(), 1, &mut n, std::ptr::null_mut()),
                0
            );
            assert_eq!(get_last_error(), f::ERROR_ACCESS_DENIED);
        }
        assert_eq!(CloseHandle(h), 1);
        // SAFETY: as above.
        unsafe {
            assert_eq!(
                ReadFile(h, buf.as_mut_ptr(), 1, &mut n, std::ptr::null_mut()),
                0
            )
        };
        assert_eq!(get_last_error(), f::ERROR_INVALID_HANDLE);
    }

    #[test]
    fn overlapped_io_completes_at_once_and_sets_the_event() {
        let dir = TempDir::new("ov");
        let name = dir.wide("ov.bin");
        let h = create(&name, RW, fs_::CREATE_ALWAYS, fs_::FILE_FLAG_OVERLAPPED);
        // SAFETY: no pointer arguments besides NULL.
        let event = unsafe { crate::event::CreateEventW(std::ptr::null(), 1, 0, std::ptr::null()) };
        let mut ov = OVERLAPPED {
            hEvent: event,
            ..Default::default()
        };
        ov.Anonymous.Anonymous.Offset = 4;
        let mut n = 0u32;
        let mut buf = [0u8; 8];
        // SAFETY: valid structures and buffers.
        unsafe {
            assert_eq!(
                WriteFile(h, b"abcd".as_ptr(), 4, std::ptr::null_mut(), &mut ov),
                1
            );
            assert_eq!(ov.InternalHigh, 4);
            assert_eq!(ov.Internal, 0);
            assert_eq!(
                crate::wait::WaitForSingleObject(event, 0),
                0,
                "the event is set"
            );
            assert_eq!(GetOverlappedResult(h, &ov, &mut n, 1), 1);
            assert_eq!(n, 4);
            ov.Anonymous.Anonymous.Offset = 3;
            assert_eq!(
                ReadFile(h, buf.as_mut_ptr(), 8, std::ptr::null_mut(), &mut ov),
                1
            );
            assert_eq!(&buf[..ov.InternalHigh], b"\0abcd");
            ov.Anonymous.Anonymous.Offset = 100;
            assert_eq!(ReadFile(h, buf.as_mut_ptr(), 8, &mut n, &mut ov), 0);
            assert_eq!(get_last_error(), f::ERROR_HANDLE_EOF);
            assert_eq!(GetOverlappedResult(h, &ov, &mut n, 0), 0);
            assert_eq!(get_last_error(), f::ERROR_HANDLE_EOF);
        }
        assert_eq!(CloseHandle(h), 1);
        assert_eq!(CloseHandle(event), 1);
    }

    #[test]
    fn delete_on_close_removes_the_file() {
        let dir = TempDir::new("misc");
        let name = dir.wide("gone.txt");
        let h = create(&name, RW, fs_::CREATE_NEW, fs_::FILE_FLAG_DELETE_ON_CLOSE);
        assert!(dir.0.join("gone.txt").exists());
        assert_eq!(CloseHandle(h), 1);
        assert!(!dir.0.join("gone.txt").exists());
    }

    #[test]
    fn std_handles_write_and_survive_close() {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        assert_ne!(out, INVALID_HANDLE_VALUE);
        assert_eq!(GetStdHandle(STD_OUTPUT_HANDLE), out);
        let text = to_wide_nul("");
        let mut n = 1u32;
        // SAFETY: valid buffers.
        unsafe {
            assert_eq!(
                WriteConsoleW(out, text.as_ptr(), 0, &mut n, std::ptr::null()),
                1
            );
        }
        assert_eq!(n, 0);
        assert_eq!(GetStdHandle(12345), INVALID_HANDLE_VALUE);
        assert_eq!(get_last_error(), f::ERROR_INVALID_HANDLE);
        let err = GetStdHandle(STD_ERROR_HANDLE);
        assert_eq!(CloseHandle(err), 1);
        // Descriptor 2 is still open; a new handle is issued.
        // SAFETY: fcntl on a descriptor number only queries it.
        assert!(unsafe { libc::fcntl(2, libc::F_GETFD) } >= 0);
        let again = GetStdHandle(STD_ERROR_HANDLE);
        assert_ne!(again, INVALID_HANDLE_VALUE);
        assert!(file_object(again).is_ok());
    }
}
