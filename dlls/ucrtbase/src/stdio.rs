//! Wide stdio over glibc's `FILE`: `fputws`, `fgetwc` & co., `_wfopen`,
//! `fopen_s`, and the wide environment and file-name functions
//! (`_wgetenv`, `_wputenv`, `_wremove`, `_wrename`, `_wsystem`).
//!
//! Streams stay byte streams: wide output is written as UTF-8 with
//! `fwrite` (what a Linux terminal or file reader expects; MSVC would use
//! the console code page), so it interleaves correctly with `puts` and
//! `printf`. Wide input decodes UTF-8 from `getc`; a character outside the
//! BMP comes back as two calls (high then low surrogate), and invalid bytes
//! as U+FFFD. Windows paths passed to the `_w` file functions map to Linux
//! paths by the one rule every DLL here uses (`win32::path::from_windows`).

use std::collections::HashMap;
use std::ffi::{CString, c_char, c_int};
use std::ptr;
use std::sync::{Mutex, PoisonError};

use crate::ctype::{WEOF, WInt};
use crate::errno::{ErrnoT, errno, fail, set_errno};
use crate::wstring::{WChar, wide_slice};

unsafe extern "C" {
    static stdout: *mut libc::FILE;
    static stdin: *mut libc::FILE;
}

fn standard_output() -> *mut libc::FILE {
    // SAFETY: glibc's `stdout` is initialised before any program code runs.
    unsafe { stdout }
}

fn standard_input() -> *mut libc::FILE {
    // SAFETY: as above, for `stdin`.
    unsafe { stdin }
}

/// Write all of `bytes` to `file`; false on an error.
///
/// # Safety
/// `file` is a valid `FILE *`.
pub unsafe fn write_to_file(bytes: &[u8], file: *mut libc::FILE) -> bool {
    if bytes.is_empty() {
        return true;
    }
    // SAFETY: the caller's contract.
    unsafe { libc::fwrite(bytes.as_ptr().cast(), 1, bytes.len(), file) == bytes.len() }
}

/// Per-stream UTF-16 state that a byte `FILE` cannot hold: units decoded
/// (or pushed back by `ungetwc`) but not yet returned, and a high surrogate
/// written by `fputwc` that waits for its low half.
#[derive(Default)]
struct StreamUnits {
    unread: Vec<u16>,
    high_surrogate: Option<u16>,
}

static STREAMS: Mutex<Option<HashMap<usize, StreamUnits>>> = Mutex::new(None);

/// Run `f` on the stream's state. A state that becomes empty is dropped at
/// once, so a later stream at the same address (after `fclose`) starts
/// clean and nothing stays allocated.
fn with_stream<R>(file: *mut libc::FILE, f: impl FnOnce(&mut StreamUnits) -> R) -> R {
    let mut guard = STREAMS.lock().unwrap_or_else(PoisonError::into_inner);
    let map = guard.get_or_insert_with(HashMap::new);
    let key = file as usize;
    let state = map.entry(key).or_default();
    let r = f(state);
    if state.unread.is_empty() && state.high_surrogate.is_none() {
        map.remove(&key);
    }
    if map.is_empty() {
        *guard = None;
    }
    r
}

/// # Safety
/// `file` is a valid `FILE *`.
unsafe fn put_unit(unit: u16, file: *mut libc::FILE) -> WInt {
    let pending = with_stream(file, |s| s.high_surrogate.take());
    let text = match (pending, unit) {
        (None, 0xD800..=0xDBFF) => {
            with_stream(file, |s| s.high_surrogate = Some(unit));
            return unit.into();
        }
        (Some(h), _) => String::from_utf16_lossy(&[h, unit]),
        (None, _) => String::from_utf16_lossy(&[unit]),
    };
    // SAFETY: the caller's contract.
    if unsafe { write_to_file(text.as_bytes(), file) } {
        unit.into()
    } else {
        WEOF
    }
}

/// # Safety
/// `file` is a valid `FILE *`.
unsafe fn get_unit(file: *mut libc::FILE) -> WInt {
    if let Some(u) = with_stream(file, |s| s.unread.pop()) {
        return u.into();
    }
    let mut bytes = Vec::with_capacity(4);
    loop {
        // SAFETY: the caller's contract.
        let b = unsafe { libc::fgetc(file) };
        let Ok(b) = u8::try_from(b) else {
            // End of file or an error: what was read is an incomplete
            // character.
            return if bytes.is_empty() { WEOF } else { 0xFFFD };
        };
        bytes.push(b);
        match std::str::from_utf8(&bytes) {
            Ok(s) => {
                let mut units = s.encode_utf16().collect::<Vec<_>>();
                let first = units.remove(0);
                // The low surrogate is returned by the next call.
                with_stream(file, |st| st.unread.extend(units));
                return first.into();
            }
            Err(e) if e.error_len().is_none() && bytes.len() < 4 => continue,
            Err(_) => {
                // An invalid byte: give it back unless it was the first, so
                // the next character starts cleanly.
                if bytes.len() > 1 {
                    // SAFETY: one byte of push-back is guaranteed by C.
                    unsafe { libc::ungetc(b.into(), file) };
                }
                return 0xFFFD;
            }
        }
    }
}

/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_fputwc(c: WChar, file: *mut libc::FILE) -> WInt {
    if file.is_null() {
        set_errno(libc::EINVAL);
        return WEOF;
    }
    // SAFETY: the caller's contract.
    win32::abi::guard("fputwc", WEOF, || unsafe { put_unit(c, file) })
}

/// `putwc`: `fputwc` (glibc's is a function, not a macro).
///
/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_putwc(c: WChar, file: *mut libc::FILE) -> WInt {
    // SAFETY: the caller's contract.
    unsafe { __wrap_fputwc(c, file) }
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_putwchar(c: WChar) -> WInt {
    // SAFETY: stdout is a valid FILE.
    unsafe { __wrap_fputwc(c, standard_output()) }
}

/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_fgetwc(file: *mut libc::FILE) -> WInt {
    if file.is_null() {
        set_errno(libc::EINVAL);
        return WEOF;
    }
    // SAFETY: the caller's contract.
    win32::abi::guard("fgetwc", WEOF, || unsafe { get_unit(file) })
}

/// `getwc`: `fgetwc`.
///
/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_getwc(file: *mut libc::FILE) -> WInt {
    // SAFETY: the caller's contract.
    unsafe { __wrap_fgetwc(file) }
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_getwchar() -> WInt {
    // SAFETY: stdin is a valid FILE.
    unsafe { __wrap_fgetwc(standard_input()) }
}

/// `ungetwc`: the unit is returned by the next wide read of the stream.
///
/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_ungetwc(c: WInt, file: *mut libc::FILE) -> WInt {
    match u16::try_from(c) {
        Ok(u) if !file.is_null() => {
            with_stream(file, |s| s.unread.push(u));
            c
        }
        _ => WEOF,
    }
}

/// `fclose`: glibc's, after forgetting the stream's UTF-16 state, so a
/// stream opened later at the same address starts clean.
///
/// # Safety
/// `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_fclose(file: *mut libc::FILE) -> c_int {
    with_stream(file, |s| *s = StreamUnits::default());
    // SAFETY: the caller's contract.
    unsafe { libc::fclose(file) }
}

/// # Safety
/// `s` is NUL-terminated; `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_fputws(s: *const WChar, file: *mut libc::FILE) -> c_int {
    if s.is_null() || file.is_null() {
        set_errno(libc::EINVAL);
        return -1;
    }
    win32::abi::guard("fputws", -1, || {
        // SAFETY: the caller's contract.
        let text = String::from_utf16_lossy(unsafe { wide_slice(s) });
        // SAFETY: the caller's contract.
        if unsafe { write_to_file(text.as_bytes(), file) } {
            0
        } else {
            -1
        }
    })
}

/// `_putws`: the string and a newline on stdout.
///
/// # Safety
/// `s` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _putws(s: *const WChar) -> c_int {
    // SAFETY: the caller's contract; stdout is a valid FILE.
    unsafe {
        if __wrap_fputws(s, standard_output()) < 0 || !write_to_file(b"\n", standard_output()) {
            return WEOF as c_int;
        }
    }
    0
}

/// `fgetws`: at most `n - 1` units, up to and including a newline.
///
/// # Safety
/// `buf` has `n` writable units; `file` is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn __wrap_fgetws(
    buf: *mut WChar,
    n: c_int,
    file: *mut libc::FILE,
) -> *mut WChar {
    let Ok(n) = usize::try_from(n) else {
        set_errno(libc::EINVAL);
        return ptr::null_mut();
    };
    if buf.is_null() || file.is_null() || n == 0 {
        set_errno(libc::EINVAL);
        return ptr::null_mut();
    }
    win32::abi::guard("fgetws", ptr::null_mut(), || {
        let mut len = 0;
        while len + 1 < n {
            // SAFETY: the caller's contract.
            let c = unsafe { get_unit(file) };
            let Ok(u) = u16::try_from(c) else { break };
            // SAFETY: `len < n - 1`.
            unsafe { *buf.add(len) = u };
            len += 1;
            if u == u16::from(b'\n') {
                break;
            }
        }
        if len == 0 && n > 1 {
            return ptr::null_mut();
        }
        // SAFETY: `len <= n - 1`.
        unsafe { *buf.add(len) = 0 };
        buf
    })
}

/// A wide argument as UTF-8 for glibc; `None` for NULL or an interior NUL.
///
/// # Safety
/// `s` is NULL or NUL-terminated.
unsafe fn narrow(s: *const WChar) -> Option<CString> {
    if s.is_null() {
        return None;
    }
    // SAFETY: the caller's contract.
    CString::new(String::from_utf16_lossy(unsafe { wide_slice(s) })).ok()
}

/// A Windows path as a Linux one, by the rule every DLL here uses (`win32::path`):
/// `\` separators, drive letters naming the root, `NUL` ...
///
/// # Safety
/// `s` is NULL or NUL-terminated.
unsafe fn narrow_path(s: *const WChar) -> Option<CString> {
    if s.is_null() {
        return None;
    }
    // SAFETY: the caller's contract.
    let windows = String::from_utf16_lossy(unsafe { wide_slice(s) });
    let path = win32::path::from_windows(&windows);
    CString::new(path.into_os_string().into_encoded_bytes()).ok()
}

/// An MSVC `fopen` mode as glibc's: `r`/`w`/`a`, `+`, `b` and `x` stay;
/// text mode `t`, the hint letters (`N`, `S`, `R`, `T`, `D`, `c`, `n`) and
/// `,ccs=...` have no Linux meaning and go.
fn linux_mode(mode: &str) -> Option<CString> {
    let base = mode.split(',').next().unwrap_or_default();
    let kept: String = base
        .chars()
        .filter(|c| matches!(c, 'r' | 'w' | 'a' | '+' | 'b' | 'x'))
        .collect();
    if !kept.starts_with(['r', 'w', 'a']) {
        return None;
    }
    CString::new(kept).ok()
}

/// # Safety
/// `path` and `mode` are NULL or NUL-terminated.
unsafe fn open(path: Option<CString>, mode: Option<String>) -> Result<*mut libc::FILE, ErrnoT> {
    let (Some(path), Some(mode)) = (path, mode.as_deref().and_then(linux_mode)) else {
        return Err(libc::EINVAL);
    };
    // SAFETY: both are NUL-terminated.
    let f = unsafe { libc::fopen(path.as_ptr(), mode.as_ptr()) };
    if f.is_null() { Err(errno()) } else { Ok(f) }
}

/// # Safety
/// `path` and `mode` are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wfopen(path: *const WChar, mode: *const WChar) -> *mut libc::FILE {
    win32::abi::guard("_wfopen", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let mode = unsafe { narrow(mode) }.map(|m| m.to_string_lossy().into_owned());
        // SAFETY: the caller's contract.
        match unsafe { open(narrow_path(path), mode) } {
            Ok(f) => f,
            Err(code) => {
                set_errno(code);
                ptr::null_mut()
            }
        }
    })
}

/// # Safety
/// `out` is NULL or writable; `path` and `mode` are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wfopen_s(
    out: *mut *mut libc::FILE,
    path: *const WChar,
    mode: *const WChar,
) -> ErrnoT {
    if out.is_null() {
        return fail(libc::EINVAL);
    }
    // SAFETY: the caller's contract.
    let f = unsafe { _wfopen(path, mode) };
    // SAFETY: checked non-NULL.
    unsafe { *out = f };
    if f.is_null() { errno() } else { 0 }
}

/// # Safety
/// `out` is NULL or writable; `path` and `mode` are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn fopen_s(
    out: *mut *mut libc::FILE,
    path: *const c_char,
    mode: *const c_char,
) -> ErrnoT {
    if out.is_null() {
        return fail(libc::EINVAL);
    }
    win32::abi::guard("fopen_s", libc::EINVAL, || {
        // SAFETY: the caller's contract.
        let text =
            |p: *const c_char| (!p.is_null()).then(|| unsafe { std::ffi::CStr::from_ptr(p) });
        let path = text(path).map(CString::from);
        let mode = text(mode).map(|m| m.to_string_lossy().into_owned());
        // SAFETY: the caller's contract.
        let r = unsafe { open(path, mode) };
        // SAFETY: checked non-NULL.
        unsafe { *out = *r.as_ref().unwrap_or(&ptr::null_mut()) };
        match r {
            Ok(_) => 0,
            Err(code) => fail(code),
        }
    })
}

/// Wide environment strings handed out by `_wgetenv`. Each distinct value
/// is kept for the life of the process, so a returned pointer stays valid
/// as the page promises until the variable changes (and longer).
static ENVIRONMENT_VALUES: Mutex<Vec<Box<[u16]>>> = Mutex::new(Vec::new());

/// The variable's value from glibc's environment.
///
/// # Safety
/// `name` is NULL or NUL-terminated.
unsafe fn get_env(name: *const WChar) -> Option<Vec<u16>> {
    // SAFETY: the caller's contract.
    let name = unsafe { narrow(name) }?;
    // SAFETY: `name` is terminated; getenv's result is read at once.
    let value = unsafe { libc::getenv(name.as_ptr()) };
    if value.is_null() {
        return None;
    }
    // SAFETY: getenv returns a terminated string.
    let text = unsafe { std::ffi::CStr::from_ptr(value) }.to_string_lossy();
    Some(win32::wstr::to_wide_nul(&text))
}

/// # Safety
/// `name` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wgetenv(name: *const WChar) -> *mut WChar {
    win32::abi::guard("_wgetenv", ptr::null_mut(), || {
        // SAFETY: the caller's contract.
        let Some(value) = (unsafe { get_env(name) }) else {
            return ptr::null_mut();
        };
        let mut kept = ENVIRONMENT_VALUES
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(v) = kept.iter_mut().find(|v| v[..] == value[..]) {
            return v.as_mut_ptr();
        }
        kept.push(value.into_boxed_slice());
        kept.last_mut().map_or(ptr::null_mut(), |v| v.as_mut_ptr())
    })
}

/// `_wgetenv_s`: the value's size with its NUL in `*required` (0 when
/// unset), copied when `size` is enough, `ERANGE` when not.
///
/// # Safety
/// `required` is writable; `buf` is NULL or has `size` writable units;
/// `name` is NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wgetenv_s(
    required: *mut usize,
    buf: *mut WChar,
    size: usize,
    name: *const WChar,
) -> ErrnoT {
    if required.is_null() || name.is_null() || (buf.is_null() && size > 0) {
        return fail(libc::EINVAL);
    }
    win32::abi::guard("_wgetenv_s", libc::EINVAL, || {
        // SAFETY: the caller's contract.
        let value = unsafe { get_env(name) }.unwrap_or_default();
        // SAFETY: `required` is writable.
        unsafe { *required = value.len() };
        if buf.is_null() {
            return 0;
        }
        if value.is_empty() {
            // SAFETY: size > 0 here.
            unsafe { *buf = 0 };
            return 0;
        }
        if value.len() > size {
            return fail(libc::ERANGE);
        }
        // SAFETY: the value and its NUL fit.
        unsafe { ptr::copy_nonoverlapping(value.as_ptr(), buf, value.len()) };
        0
    })
}

/// # Safety
/// Both are NUL-terminated.
unsafe fn put_env(name: &str, value: &str) -> ErrnoT {
    let Ok(name) = CString::new(name) else {
        return fail(libc::EINVAL);
    };
    if name.is_empty() || name.as_bytes().contains(&b'=') {
        return fail(libc::EINVAL);
    }
    // An empty value removes the variable (the _putenv page).
    let r = if value.is_empty() {
        // SAFETY: a terminated name. Like C's putenv this is not
        // thread-safe against concurrent getenv, as on Windows.
        unsafe { libc::unsetenv(name.as_ptr()) }
    } else {
        let Ok(value) = CString::new(value) else {
            return fail(libc::EINVAL);
        };
        // SAFETY: as above.
        unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) }
    };
    if r == 0 { 0 } else { errno() }
}

/// `_wputenv(L"NAME=value")`; `L"NAME="` removes NAME. 0 or -1.
///
/// # Safety
/// `assignment` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wputenv(assignment: *const WChar) -> c_int {
    win32::abi::guard("_wputenv", -1, || {
        // SAFETY: the caller's contract.
        let text = String::from_utf16_lossy(unsafe { wide_slice(assignment) });
        let Some((name, value)) = text.split_once('=') else {
            set_errno(libc::EINVAL);
            return -1;
        };
        // SAFETY: our own strings.
        if unsafe { put_env(name, value) } == 0 {
            0
        } else {
            -1
        }
    })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wputenv_s(name: *const WChar, value: *const WChar) -> ErrnoT {
    if name.is_null() || value.is_null() {
        return fail(libc::EINVAL);
    }
    win32::abi::guard("_wputenv_s", libc::EINVAL, || {
        // SAFETY: the caller's contract.
        let (name, value) = unsafe { (wide_slice(name), wide_slice(value)) };
        // SAFETY: our own strings.
        unsafe {
            put_env(
                &String::from_utf16_lossy(name),
                &String::from_utf16_lossy(value),
            )
        }
    })
}

/// Run a glibc path function over converted arguments: 0 or -1 with errno.
fn path_call(paths: &[Option<CString>], f: impl FnOnce(&[*const c_char]) -> c_int) -> c_int {
    let Some(ptrs) = paths
        .iter()
        .map(|p| p.as_ref().map(|c| c.as_ptr()))
        .collect::<Option<Vec<_>>>()
    else {
        set_errno(libc::EINVAL);
        return -1;
    };
    f(&ptrs)
}

/// # Safety
/// `path` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wremove(path: *const WChar) -> c_int {
    win32::abi::guard("_wremove", -1, || {
        // SAFETY: the caller's contract; the pointer is our terminated copy.
        path_call(&[unsafe { narrow_path(path) }], |p| unsafe {
            libc::remove(p[0])
        })
    })
}

/// `_wunlink`: deletes a file (not a directory), as the page says.
///
/// # Safety
/// `path` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wunlink(path: *const WChar) -> c_int {
    win32::abi::guard("_wunlink", -1, || {
        // SAFETY: the caller's contract; the pointer is our terminated copy.
        path_call(&[unsafe { narrow_path(path) }], |p| unsafe {
            libc::unlink(p[0])
        })
    })
}

/// # Safety
/// Both are NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wrename(from: *const WChar, to: *const WChar) -> c_int {
    win32::abi::guard("_wrename", -1, || {
        // SAFETY: the caller's contract; the pointers are our copies.
        let paths = unsafe { [narrow_path(from), narrow_path(to)] };
        // SAFETY: terminated copies.
        path_call(&paths, |p| unsafe { libc::rename(p[0], p[1]) })
    })
}

/// `_wsystem`: the command goes to `/bin/sh` as `system` does; a NULL
/// command asks whether a shell exists.
///
/// # Safety
/// `command` is NULL or NUL-terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn _wsystem(command: *const WChar) -> c_int {
    win32::abi::guard("_wsystem", -1, || {
        if command.is_null() {
            // SAFETY: NULL asks for the shell's presence.
            return unsafe { libc::system(ptr::null()) };
        }
        // SAFETY: the caller's contract; the pointer is our copy.
        path_call(&[unsafe { narrow(command) }], |p| unsafe {
            libc::system(p[0])
        })
    })
}

thread_local! {
    static ERROR_TEXT: std::cell::RefCell<Vec<u16>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `_wcserror`: glibc's message for the code, in a per-thread buffer valid
/// until the thread's next call (the page's rule).
#[unsafe(no_mangle)]
pub extern "system" fn _wcserror(code: c_int) -> *mut WChar {
    win32::abi::guard("_wcserror", ptr::null_mut(), || {
        let text = std::io::Error::from_raw_os_error(code).to_string();
        // io::Error appends " (os error N)"; the CRT prints the bare text.
        let bare = text.split(" (os error").next().unwrap_or_default();
        ERROR_TEXT.with_borrow_mut(|buf| {
            *buf = win32::wstr::to_wide_nul(bare);
            buf.as_mut_ptr()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    fn temp_path(name: &str) -> String {
        format!(
            "{}/ucrtbase-{}-{name}",
            std::env::temp_dir().display(),
            std::process::id()
        )
    }

    #[test]
    fn wide_file_round_trip_through_utf8() {
        let path = temp_path("round");
        let wpath = to_wide_nul(&path.replace('/', "\\"));
        // SAFETY: terminated strings, valid FILEs.
        unsafe {
            let f = _wfopen(wpath.as_ptr(), to_wide_nul("wt, ccs=UTF-8").as_ptr());
            assert!(!f.is_null());
            assert_eq!(__wrap_fputws(to_wide_nul("hé\n").as_ptr(), f), 0);
            for u in "🎉x".encode_utf16() {
                assert_ne!(__wrap_fputwc(u, f), WEOF);
            }
            libc::fclose(f);
            assert_eq!(std::fs::read_to_string(&path).unwrap(), "hé\n🎉x");
            let mut f = ptr::null_mut();
            assert_eq!(
                _wfopen_s(&mut f, wpath.as_ptr(), to_wide_nul("rb").as_ptr()),
                0
            );
            let mut buf = [0u16; 8];
            assert_eq!(__wrap_fgetws(buf.as_mut_ptr(), 8, f), buf.as_mut_ptr());
            assert_eq!(&buf[..4], &to_wide_nul("hé\n")[..]);
            assert_eq!(__wrap_fgetwc(f), 0xD83C);
            assert_eq!(__wrap_fgetwc(f), 0xDF89);
            assert_eq!(__wrap_ungetwc(0x41, f), 0x41);
            assert_eq!(__wrap_fgetwc(f), 0x41);
            assert_eq!(__wrap_fgetwc(f), u32::from(b'x'));
            assert_eq!(__wrap_fgetwc(f), WEOF);
            assert!(__wrap_fgetws(buf.as_mut_ptr(), 8, f).is_null());
            libc::fclose(f);
            // A drive letter names the root, as in CreateFileW.
            let drive = to_wide_nul(&format!("C:{}", path.replace('/', "\\")));
            assert_eq!(_wremove(drive.as_ptr()), 0);
            assert_eq!(_wremove(wpath.as_ptr()), -1);
            assert_eq!(errno(), libc::ENOENT);
        }
    }

    #[test]
    fn fopen_s_reports_errors() {
        let mut f = ptr::null_mut();
        // SAFETY: valid pointers.
        unsafe {
            assert_eq!(
                fopen_s(&mut f, c"/nonexistent/x".as_ptr(), c"r".as_ptr()),
                libc::ENOENT
            );
            assert!(f.is_null());
            assert_eq!(
                fopen_s(&mut f, c"/dev/null".as_ptr(), c"q".as_ptr()),
                libc::EINVAL
            );
            assert_eq!(
                fopen_s(ptr::null_mut(), c"/dev/null".as_ptr(), c"r".as_ptr()),
                libc::EINVAL
            );
            assert_eq!(fopen_s(&mut f, c"/dev/null".as_ptr(), c"rt".as_ptr()), 0);
            libc::fclose(f);
        }
    }

    #[test]
    fn environment() {
        // SAFETY: terminated strings; the variable is this test's own.
        unsafe {
            let name = to_wide_nul("UCRTBASE_TEST_VAR");
            assert_eq!(
                _wputenv(to_wide_nul("UCRTBASE_TEST_VAR=wert ü").as_ptr()),
                0
            );
            let v = _wgetenv(name.as_ptr());
            assert_eq!(wide_slice(v), &to_wide_nul("wert ü")[..6]);
            let mut need = 0;
            let mut small = [0u16; 3];
            assert_eq!(
                _wgetenv_s(&mut need, small.as_mut_ptr(), 3, name.as_ptr()),
                libc::ERANGE
            );
            assert_eq!(need, 7);
            assert_eq!(_wputenv_s(name.as_ptr(), to_wide_nul("").as_ptr()), 0);
            assert!(_wgetenv(name.as_ptr()).is_null());
            assert_eq!(_wputenv(to_wide_nul("novalue").as_ptr()), -1);
        }
    }

    #[test]
    fn error_text() {
        let p = _wcserror(libc::ENOENT);
        // SAFETY: a terminated per-thread buffer.
        let text = String::from_utf16_lossy(unsafe { wide_slice(p) });
        assert_eq!(text, "No such file or directory");
    }
}
