//! The printf family's C boundary.
//!
//! Rust cannot define a C-variadic function or read a `va_list`, so the
//! variadic entry points live in `sdk/crt/printf.c`: each wraps its
//! `va_list` and calls [`winsession_format`] with callbacks that fetch the
//! next argument by kind, and a [`Destination`] that says where the output
//! goes and which of the family's truncation rules applies.

use std::ffi::{c_int, c_void};

use crate::errno::set_errno;
use crate::format::{self, Args, Flavour, Unit};
use crate::stdio::write_to_file;

/// `_TRUNCATE` (corecrt.h): the count that means "as much as fits".
pub const TRUNCATE: usize = usize::MAX;

/// Output to a `FILE *` (`printf`, `wprintf`, `fprintf` ...). Wide output
/// is written as UTF-8, what a Linux terminal shows.
pub const DEST_FILE: u32 = 0;
/// C99 `snprintf`: at most `size - 1` units and a NUL; returns the full
/// length. `sprintf` passes `SIZE_MAX`.
pub const DEST_C99: u32 = 1;
/// C `swprintf`/`vswprintf`: the truncated output and a NUL, and -1 when it
/// did not fit (the UCRT behaves so: Wine's ucrtbase tests).
pub const DEST_SWPRINTF: u32 = 2;
/// `_snprintf`/`_snwprintf`: at most `count` units; a NUL only when there
/// is room; -1 when the output was longer than `count`.
pub const DEST_LEGACY: u32 = 3;
/// `sprintf_s`/`swprintf_s`: too small a buffer empties it and returns -1
/// with `ERANGE`.
pub const DEST_SECURE: u32 = 4;
/// `_snprintf_s`/`_snwprintf_s`: at most `count` units (`_TRUNCATE`: as
/// many as fit) and always a NUL; -1 when truncated.
pub const DEST_SECURE_COUNT: u32 = 5;
/// `_scprintf`/`_scwprintf`: only the length.
pub const DEST_COUNT: u32 = 6;
/// user32 `wsprintfA`/`wsprintfW`: at most 1024 units including the NUL
/// (the wsprintfW page), no floating point.
pub const DEST_WSPRINTF: u32 = 7;

const WSPRINTF_MAX: usize = 1024;

/// Where a printf call writes. Mirrors `struct winsession_crt_dest` in
/// `sdk/crt/printf.c`.
#[repr(C)]
pub struct Destination {
    pub kind: u32,
    /// The `FILE *` or the buffer.
    pub target: *mut c_void,
    /// The buffer's size in units.
    pub size: usize,
    /// The `count` argument of the `_sn*printf(_s)` functions.
    pub count: usize,
}

/// The argument callbacks. Mirrors `struct winsession_crt_args` in
/// `sdk/crt/printf.c`; `va` is that file's wrapped `va_list`.
#[repr(C)]
pub struct CArgs {
    pub va: *mut c_void,
    pub next_int: unsafe extern "C" fn(*mut c_void) -> c_int,
    pub next_long_long: unsafe extern "C" fn(*mut c_void) -> i64,
    pub next_double: unsafe extern "C" fn(*mut c_void) -> f64,
    pub next_long_double: unsafe extern "C" fn(*mut c_void) -> f64,
    pub next_pointer: unsafe extern "C" fn(*mut c_void) -> *const c_void,
}

impl Args for &CArgs {
    fn int(&mut self) -> i32 {
        // SAFETY: printf.c's callback reads the next variadic argument.
        unsafe { (self.next_int)(self.va) }
    }
    fn long_long(&mut self) -> i64 {
        // SAFETY: as above.
        unsafe { (self.next_long_long)(self.va) }
    }
    fn double(&mut self) -> f64 {
        // SAFETY: as above.
        unsafe { (self.next_double)(self.va) }
    }
    fn long_double(&mut self) -> f64 {
        // SAFETY: as above.
        unsafe { (self.next_long_double)(self.va) }
    }
    fn pointer(&mut self) -> usize {
        // SAFETY: as above.
        unsafe { (self.next_pointer)(self.va) as usize }
    }
    fn narrow_str(&mut self, max: Option<usize>) -> Option<Vec<u8>> {
        let p = self.pointer() as *const u8;
        // SAFETY: the format promised a string: NUL-terminated, or at least
        // `max` readable bytes when a precision is given (C 7.21.6.1).
        (!p.is_null()).then(|| unsafe { read_units(p, max) })
    }
    fn wide_str(&mut self, max: Option<usize>) -> Option<Vec<u16>> {
        let p = self.pointer() as *const u16;
        // SAFETY: as above, for a wide string.
        (!p.is_null()).then(|| unsafe { read_units(p, max) })
    }
}

/// Read units up to a NUL or `max` of them.
///
/// # Safety
/// `p` points to a NUL-terminated string or to at least `max` units.
pub unsafe fn read_units<U: Copy + Default + PartialEq>(p: *const U, max: Option<usize>) -> Vec<U> {
    let limit = max.unwrap_or(usize::MAX);
    let mut v = Vec::new();
    while v.len() < limit {
        // SAFETY: the caller guarantees the units up to the NUL or `max`.
        let u = unsafe { *p.add(v.len()) };
        if u == U::default() {
            break;
        }
        v.push(u);
    }
    v
}

/// The engine behind every printf-family function of `sdk/crt/printf.c`:
/// formats `format` (narrow when `wide` is 0, UTF-16 otherwise) with the
/// arguments `args` fetches, and writes it as `dest` says. Returns what the
/// calling function returns: the length in units, or -1 with `errno` set
/// (`EINVAL` for a NULL or invalid format or buffer, `ERANGE` for a too
/// small `_s` buffer).
///
/// # Safety
/// `format` is NULL or a NUL-terminated string of the width `wide` says;
/// `dest` and `args` point to valid structures; a buffer target has `size`
/// writable units of that width, a file target is a valid `FILE *`.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn winsession_format(
    format: *const c_void,
    wide: c_int,
    dest: *const Destination,
    args: *const CArgs,
) -> c_int {
    win32::abi::guard("winsession_format", -1, || {
        if dest.is_null() || args.is_null() {
            set_errno(libc::EINVAL);
            return -1;
        }
        // SAFETY: checked non-NULL; the caller passes valid structures.
        let (dest, args) = unsafe { (&*dest, &*args) };
        // SAFETY: the caller's format has the width `wide` says.
        unsafe {
            if wide != 0 {
                run::<u16>(format.cast(), dest, args)
            } else {
                run::<u8>(format.cast(), dest, args)
            }
        }
    })
}

/// # Safety
/// As [`winsession_format`].
unsafe fn run<U: Unit + Default + UnitFile>(
    format: *const U,
    dest: &Destination,
    args: &CArgs,
) -> c_int {
    let secure = matches!(dest.kind, DEST_SECURE | DEST_SECURE_COUNT);
    if format.is_null() || (secure && (dest.target.is_null() || dest.size == 0)) {
        set_errno(libc::EINVAL);
        return -1;
    }
    // SAFETY: the caller's format is NUL-terminated.
    let format_units = unsafe { read_units(format, None) };
    let flavour = if dest.kind == DEST_WSPRINTF {
        Flavour::WSPRINTF
    } else {
        Flavour::CRT
    };
    let mut out = Vec::new();
    let mut fetch = args;
    if format::format(&format_units, &mut fetch, flavour, &mut out).is_err() {
        // Keep the documented "empty on failure" of the _s functions.
        if secure {
            // SAFETY: checked non-NULL with at least one unit above.
            unsafe { *dest.target.cast::<U>() = U::default() };
        }
        set_errno(libc::EINVAL);
        return -1;
    }
    // SAFETY: the caller's target matches the kind and size.
    unsafe { deliver(&out, dest) }
}

/// Writing formatted units to a C `FILE *`.
pub trait UnitFile: Sized {
    /// # Safety
    /// `file` is a valid `FILE *`.
    unsafe fn write_file(units: &[Self], file: *mut libc::FILE) -> bool;
}

impl UnitFile for u8 {
    unsafe fn write_file(units: &[u8], file: *mut libc::FILE) -> bool {
        // SAFETY: the caller passes a valid FILE.
        unsafe { write_to_file(units, file) }
    }
}

impl UnitFile for u16 {
    unsafe fn write_file(units: &[u16], file: *mut libc::FILE) -> bool {
        let utf8 = String::from_utf16_lossy(units);
        // SAFETY: the caller passes a valid FILE.
        unsafe { write_to_file(utf8.as_bytes(), file) }
    }
}

/// Hand `out` to its destination and compute the return value.
///
/// # Safety
/// A buffer target has `size` writable units; a file target is a `FILE *`.
unsafe fn deliver<U: Unit + Default + UnitFile>(out: &[U], dest: &Destination) -> c_int {
    let Ok(len) = c_int::try_from(out.len()) else {
        set_errno(libc::EOVERFLOW);
        return -1;
    };
    let buf = dest.target.cast::<U>();
    // Copy `n` units and, when asked, a NUL after them.
    let put = |n: usize, nul: bool| {
        // SAFETY: every call below keeps `n` (+1 with the NUL) within the
        // buffer's `size` units, or within the unbounded SIZE_MAX.
        unsafe {
            std::ptr::copy_nonoverlapping(out.as_ptr(), buf, n);
            if nul {
                *buf.add(n) = U::default();
            }
        }
    };
    let n = out.len();
    match dest.kind {
        DEST_FILE => {
            if buf.is_null() {
                set_errno(libc::EINVAL);
                return -1;
            }
            // SAFETY: the caller passes a valid FILE.
            if unsafe { U::write_file(out, dest.target.cast()) } {
                len
            } else {
                -1
            }
        }
        DEST_C99 => {
            if !buf.is_null() && dest.size > 0 {
                put(n.min(dest.size - 1), true);
            }
            len
        }
        DEST_SWPRINTF => {
            if buf.is_null() {
                return len;
            }
            if n < dest.size {
                put(n, true);
                len
            } else {
                if dest.size > 0 {
                    put(dest.size - 1, true);
                }
                -1
            }
        }
        DEST_LEGACY => {
            if buf.is_null() {
                return len;
            }
            put(n.min(dest.count), n < dest.count);
            if n <= dest.count { len } else { -1 }
        }
        DEST_SECURE => {
            if n < dest.size {
                put(n, true);
                len
            } else {
                put(0, true);
                set_errno(libc::ERANGE);
                -1
            }
        }
        DEST_SECURE_COUNT => {
            let truncate = dest.count == TRUNCATE;
            if !truncate && n.min(dest.count) >= dest.size {
                // The _snprintf_s page: storage for the data and its NUL
                // beyond sizeOfBuffer is an invalid parameter unless count
                // is _TRUNCATE.
                put(0, true);
                set_errno(libc::ERANGE);
                return -1;
            }
            let room = if truncate {
                dest.size - 1
            } else {
                dest.count.min(dest.size - 1)
            };
            put(n.min(room), true);
            if n <= room { len } else { -1 }
        }
        DEST_COUNT => len,
        DEST_WSPRINTF => {
            if buf.is_null() {
                return 0;
            }
            let written = n.min(WSPRINTF_MAX - 1);
            put(written, true);
            written as c_int
        }
        _ => {
            set_errno(libc::EINVAL);
            -1
        }
    }
}

#[cfg(test)]
#[path = "printf_tests.rs"]
mod tests;
