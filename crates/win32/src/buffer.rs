//! Buffers an API allocates for its caller (WTSFreeMemory & co).
//!
//! Each buffer is one allocation: the record array first, then the strings
//! and blobs the records point into (the same shape Wine's
//! WTSEnumerateSessionsA builds). Every live buffer is recorded with its
//! kind and record count, so the free functions can check a pointer before
//! touching it: a pointer we never handed out, a second free, or a wrong
//! kind or count is an error and never a crash.

use std::alloc::{self, Layout};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::{Mutex, MutexGuard, OnceLock};

use crate::{Win32Error, Win32Result};

/// The kind of a buffer that carries no record type (a string, a scalar).
pub const KIND_PLAIN: u32 = u32::MAX;

const TAIL_ALIGN: usize = 16;

#[derive(Clone, Copy)]
struct Allocation {
    layout: Layout,
    kind: u32,
    count: usize,
}

fn live() -> MutexGuard<'static, HashMap<usize, Allocation>> {
    static LIVE: OnceLock<Mutex<HashMap<usize, Allocation>>> = OnceLock::new();
    crate::sync::lock(LIVE.get_or_init(Mutex::default))
}

/// Strings and blobs laid out after the records.
#[derive(Default)]
pub struct Tail {
    bytes: Vec<u8>,
}

/// Where a tail item starts, relative to the tail.
#[derive(Clone, Copy, Debug)]
pub struct TailRef(usize);

impl Tail {
    pub fn bytes(&mut self, data: &[u8], align: usize) -> TailRef {
        let start = self.bytes.len().next_multiple_of(align.max(1));
        self.bytes.resize(start, 0);
        self.bytes.extend_from_slice(data);
        TailRef(start)
    }

    /// A NUL-terminated UTF-16 string.
    pub fn wide(&mut self, s: &str) -> TailRef {
        let units = crate::wstr::to_wide_nul(s);
        let raw: Vec<u8> = units.iter().flat_map(|u| u.to_ne_bytes()).collect();
        self.bytes(&raw, 2)
    }

    /// A NUL-terminated ANSI (UTF-8) string.
    pub fn ansi(&mut self, s: &str) -> TailRef {
        self.bytes(&crate::wstr::to_ansi_nul(s), 1)
    }
}

/// An allocated, registered buffer of `count` records of `T` plus a tail.
pub struct ApiBuffer<T> {
    base: *mut u8,
    count: usize,
    tail_offset: usize,
    _records: PhantomData<T>,
}

impl<T: Copy> ApiBuffer<T> {
    /// Allocate room for `count` records followed by `tail`, zeroed.
    pub fn allocate(kind: u32, count: usize, tail: Tail) -> Win32Result<Self> {
        let records = count
            .checked_mul(size_of::<T>())
            .ok_or(Win32Error::NOT_ENOUGH_MEMORY)?;
        let tail_offset = records.next_multiple_of(TAIL_ALIGN);
        let size = (tail_offset + tail.bytes.len()).max(TAIL_ALIGN);
        let layout = Layout::from_size_align(size, align_of::<T>().max(TAIL_ALIGN))
            .map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)?;
        // SAFETY: the layout has a non-zero size.
        let base = unsafe { alloc::alloc_zeroed(layout) };
        if base.is_null() {
            return Err(Win32Error::NOT_ENOUGH_MEMORY);
        }
        // SAFETY: the tail fits after `tail_offset` by construction of `size`.
        unsafe {
            std::ptr::copy_nonoverlapping(
                tail.bytes.as_ptr(),
                base.add(tail_offset),
                tail.bytes.len(),
            );
        }
        live().insert(
            base as usize,
            Allocation {
                layout,
                kind,
                count,
            },
        );
        Ok(Self {
            base,
            count,
            tail_offset,
            _records: PhantomData,
        })
    }

    /// The address of a tail item, to store in a record.
    pub fn tail_ptr<U>(&self, r: TailRef) -> *mut U {
        // SAFETY: `r` came from the tail copied into this allocation.
        unsafe { self.base.add(self.tail_offset + r.0).cast() }
    }

    pub fn set(&mut self, index: usize, record: T) {
        assert!(index < self.count, "record index out of range");
        // SAFETY: index is in bounds and the base is aligned for T.
        unsafe { self.base.cast::<T>().add(index).write(record) }
    }

    /// Hand the buffer to the caller, who frees it with [`free`].
    pub fn into_raw(self) -> *mut T {
        let p = self.base.cast();
        std::mem::forget(self);
        p
    }
}

impl<T> Drop for ApiBuffer<T> {
    fn drop(&mut self) {
        // Not handed out: release it again.
        let _ = free(self.base.cast());
    }
}

/// Allocate a buffer holding one value, returning it and its size in bytes.
pub fn single<T: Copy>(value: T) -> Win32Result<(*mut T, u32)> {
    let mut b = ApiBuffer::<T>::allocate(KIND_PLAIN, 1, Tail::default())?;
    b.set(0, value);
    Ok((b.into_raw(), size_of::<T>() as u32))
}

/// Allocate raw bytes (a string with its terminator), returning the buffer
/// and the byte count.
pub fn bytes(data: &[u8]) -> Win32Result<(*mut u8, u32)> {
    let mut tail = Tail::default();
    let at = tail.bytes(data, 1);
    let b = ApiBuffer::<u8>::allocate(KIND_PLAIN, 0, tail)?;
    let p = b.tail_ptr::<u8>(at);
    let len = u32::try_from(data.len()).map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)?;
    b.into_raw();
    Ok((p, len))
}

/// Free a buffer whatever its kind. NULL is a no-op.
// Safe for any pointer value: it is dereferenced only after the registry
// proves this module allocated it.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub fn free(p: *mut u8) -> Win32Result<()> {
    if p.is_null() {
        return Ok(());
    }
    let a = live()
        .remove(&(p as usize))
        .ok_or(Win32Error::INVALID_PARAMETER)?;
    // SAFETY: the registry proves `p` was allocated with this layout and
    // removing it first makes a double free impossible.
    unsafe { alloc::dealloc(p, a.layout) };
    Ok(())
}

/// Free a buffer after checking it holds `count` records of `kind`.
pub fn free_checked(p: *mut u8, kind: u32, count: usize) -> Win32Result<()> {
    if p.is_null() {
        return Ok(());
    }
    {
        let live = live();
        let a = live
            .get(&(p as usize))
            .ok_or(Win32Error::INVALID_PARAMETER)?;
        if a.kind != kind || a.count != count {
            return Err(Win32Error::INVALID_PARAMETER);
        }
    }
    free(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Clone, Copy)]
    #[repr(C)]
    struct Rec {
        id: u32,
        name: *mut u16,
    }

    #[test]
    fn records_point_into_their_own_allocation() {
        let mut tail = Tail::default();
        let a = tail.wide("alpha");
        let b = tail.wide("béta");
        let mut buf = ApiBuffer::<Rec>::allocate(7, 2, tail).unwrap();
        let (pa, pb) = (buf.tail_ptr(a), buf.tail_ptr(b));
        buf.set(0, Rec { id: 1, name: pa });
        buf.set(1, Rec { id: 2, name: pb });
        let p = buf.into_raw();
        // SAFETY: the buffer holds two initialised records.
        let recs = unsafe { std::slice::from_raw_parts(p, 2) };
        // SAFETY: the record points at a terminated string in the buffer.
        let name = unsafe { crate::wstr::from_wide_ptr(recs[1].name) }.unwrap();
        assert_eq!(name.as_deref(), Some("béta"));
        assert_eq!(recs[0].id, 1);
        assert_eq!(
            free_checked(p.cast(), 7, 3),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            free_checked(p.cast(), 8, 2),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(free_checked(p.cast(), 7, 2), Ok(()));
        assert_eq!(free(p.cast()), Err(Win32Error::INVALID_PARAMETER));
    }

    #[test]
    fn foreign_and_null_pointers() {
        assert_eq!(free(std::ptr::null_mut()), Ok(()));
        let mut local = 0u8;
        assert_eq!(free(&mut local), Err(Win32Error::INVALID_PARAMETER));
        let (p, n) = bytes(b"ok\0").unwrap();
        assert_eq!(n, 3);
        assert_eq!(free(p), Ok(()));
    }

    #[test]
    fn empty_arrays_are_valid_pointers() {
        let b = ApiBuffer::<Rec>::allocate(1, 0, Tail::default()).unwrap();
        let p = b.into_raw();
        assert!(!p.is_null());
        assert_eq!(free_checked(p.cast(), 1, 0), Ok(()));
    }
}
