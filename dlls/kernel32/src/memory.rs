//! Heaps and the Local/Global allocators.
//!
//! Every block is a Rust allocation recorded with its heap and its
//! requested size, so HeapSize answers exactly what was asked for (as
//! Windows does) and freeing a pointer that is not ours, freeing twice or
//! freeing through the wrong heap is an error (ERROR_INVALID_PARAMETER),
//! never heap corruption. Blocks are aligned to 16 bytes, Windows'
//! MEMORY_ALLOCATION_ALIGNMENT on x64.
//!
//! `LocalAlloc` and `GlobalAlloc` allocate from the process heap, as they do
//! on Windows. LMEM_MOVEABLE / GMEM_MOVEABLE memory is fixed memory here:
//! the "handle" is the block's address and `LocalLock`/`GlobalLock` return
//! it unchanged, which every program that locks before use handles.
//! HEAP_GENERATE_EXCEPTIONS cannot raise a structured exception on Linux; a
//! failed allocation returns NULL like any other.

use std::alloc::{self, Layout};
use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::{Mutex, MutexGuard, OnceLock};

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error, sync};
use windows_sys::Win32::Foundation::{HANDLE, HGLOBAL, HLOCAL};
use windows_sys::Win32::System::Memory as m;
use windows_sys::core::BOOL;

const ALIGN: usize = 16;

struct Block {
    heap: usize,
    layout: Layout,
    /// The size the caller asked for; `layout` is at least one byte.
    size: usize,
}

/// A heap: its blocks are found through the shared registry.
struct Heap {
    /// HeapCreate's dw_maximum_size; 0 means growable.
    max: usize,
    used: usize,
    process: bool,
}

#[derive(Default)]
struct Registry {
    heaps: HashMap<usize, Heap>,
    blocks: HashMap<usize, Block>,
    next_heap: usize,
}

fn registry() -> MutexGuard<'static, Registry> {
    static REGISTRY: OnceLock<Mutex<Registry>> = OnceLock::new();
    sync::lock(REGISTRY.get_or_init(Mutex::default))
}

/// Heap handles are small multiples of 16 above this base: they never look
/// like a kernel handle of the foundation's table (whose generation sits in
/// the high half) nor like a pointer.
const HEAP_HANDLE_BASE: usize = 0x7E00_0000;

impl Registry {
    fn create_heap(&mut self, max: usize, process: bool) -> usize {
        self.next_heap += 1;
        let handle = HEAP_HANDLE_BASE + self.next_heap * ALIGN;
        self.heaps.insert(
            handle,
            Heap {
                max,
                used: 0,
                process,
            },
        );
        handle
    }

    fn heap(&mut self, handle: usize) -> Win32Result<&mut Heap> {
        self.heaps
            .get_mut(&handle)
            .ok_or(Win32Error::INVALID_HANDLE)
    }
}

/// The process heap, created on first use and never destroyed.
pub(crate) fn process_heap() -> usize {
    static PROCESS_HEAP: OnceLock<usize> = OnceLock::new();
    *PROCESS_HEAP.get_or_init(|| registry().create_heap(0, true))
}

fn layout_for(size: usize) -> Win32Result<Layout> {
    Layout::from_size_align(size.max(1), ALIGN).map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)
}

/// Allocate `size` bytes on `heap`.
pub(crate) fn allocate(heap: usize, size: usize, zero: bool) -> Win32Result<*mut u8> {
    let layout = layout_for(size)?;
    let mut reg = registry();
    let h = reg.heap(heap)?;
    if h.max != 0 && h.used.saturating_add(size) > h.max {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    h.used += size;
    // SAFETY: the layout has a non-zero size.
    let p = unsafe {
        if zero {
            alloc::alloc_zeroed(layout)
        } else {
            alloc::alloc(layout)
        }
    };
    if p.is_null() {
        if let Ok(h) = reg.heap(heap) {
            h.used -= size;
        }
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    reg.blocks.insert(p as usize, Block { heap, layout, size });
    Ok(p)
}

/// Allocate a process-heap block holding `bytes`, for buffers an API hands
/// out to be freed with LocalFree (FormatMessage, CommandLineToArgvW).
pub(crate) fn local_copy(bytes: &[u8]) -> Win32Result<*mut u8> {
    let p = allocate(process_heap(), bytes.len(), false)?;
    // SAFETY: `p` was just allocated with room for `bytes`.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len()) };
    Ok(p)
}

/// Free a block of `heap`.
pub(crate) fn free(heap: usize, p: *mut u8) -> Win32Result<()> {
    let mut reg = registry();
    reg.heap(heap)?;
    let block = match reg.blocks.get(&(p as usize)) {
        Some(b) if b.heap == heap => reg.blocks.remove(&(p as usize)),
        _ => None,
    }
    .ok_or(Win32Error::INVALID_PARAMETER)?;
    if let Ok(h) = reg.heap(heap) {
        h.used -= block.size;
    }
    // SAFETY: the registry proves `p` was allocated with this layout, and
    // removing it first makes a second free impossible.
    unsafe { alloc::dealloc(p, block.layout) };
    Ok(())
}

/// The requested size of a block of `heap`.
fn block_size(heap: usize, p: *const u8) -> Win32Result<usize> {
    let reg = registry();
    match reg.blocks.get(&(p as usize)) {
        Some(b) if b.heap == heap => Ok(b.size),
        _ => Err(Win32Error::INVALID_PARAMETER),
    }
}

/// Resize a block. `may_move` false keeps the address, which only works
/// within the block's allocation; `zero` clears the bytes it gains.
fn reallocate(
    heap: usize,
    p: *mut u8,
    size: usize,
    may_move: bool,
    zero: bool,
) -> Win32Result<*mut u8> {
    let mut reg = registry();
    let (old_size, old_layout, max, used) = {
        let block = match reg.blocks.get(&(p as usize)) {
            Some(b) if b.heap == heap => b,
            _ => return Err(Win32Error::INVALID_PARAMETER),
        };
        let h = reg.heaps.get(&heap).ok_or(Win32Error::INVALID_HANDLE)?;
        (block.size, block.layout, h.max, h.used)
    };
    if max != 0 && (used - old_size).saturating_add(size) > max {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    }
    let (q, layout) = if size <= old_layout.size() {
        (p, old_layout)
    } else if !may_move {
        return Err(Win32Error::NOT_ENOUGH_MEMORY);
    } else {
        let layout = layout_for(size)?;
        // SAFETY: `p` was allocated with `old_layout` (the registry says so)
        // and the new size is non-zero.
        let q = unsafe { alloc::realloc(p, old_layout, layout.size()) };
        if q.is_null() {
            return Err(Win32Error::NOT_ENOUGH_MEMORY);
        }
        (q, layout)
    };
    if zero && size > old_size {
        // SAFETY: the block holds at least `size` bytes.
        unsafe { q.add(old_size).write_bytes(0, size - old_size) };
    }
    reg.blocks.remove(&(p as usize));
    reg.blocks.insert(q as usize, Block { heap, layout, size });
    if let Some(h) = reg.heaps.get_mut(&heap) {
        h.used = h.used - old_size + size;
    }
    Ok(q)
}

/// A pointer-returning call: the pointer, or NULL with the last error set.
fn pointer_call(name: &'static str, body: impl FnOnce() -> Win32Result<*mut u8>) -> *mut c_void {
    guard(name, std::ptr::null_mut(), || match body() {
        Ok(p) => p.cast(),
        Err(e) => {
            set_last_error(e.0);
            std::ptr::null_mut()
        }
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn GetProcessHeap() -> HANDLE {
    process_heap() as HANDLE
}

/// dw_initial_size is only a hint; dw_maximum_size, when not 0, limits the bytes
/// the heap hands out.
#[unsafe(no_mangle)]
pub extern "system" fn HeapCreate(
    fl_options: u32,
    dw_initial_size: usize,
    dw_maximum_size: usize,
) -> HANDLE {
    let _ = (fl_options, dw_initial_size);
    guard("HeapCreate", std::ptr::null_mut(), || {
        registry().create_heap(dw_maximum_size, false) as HANDLE
    })
}

/// Frees every block of the heap. The process heap cannot be destroyed
/// (the HeapDestroy page forbids it): ERROR_INVALID_PARAMETER.
#[unsafe(no_mangle)]
pub extern "system" fn HeapDestroy(h_heap: HANDLE) -> BOOL {
    bool_call("HeapDestroy", || {
        let mut reg = registry();
        if reg.heap(h_heap as usize)?.process {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        reg.heaps.remove(&(h_heap as usize));
        let doomed: Vec<usize> = reg
            .blocks
            .iter()
            .filter(|(_, b)| b.heap == h_heap as usize)
            .map(|(&p, _)| p)
            .collect();
        for p in doomed {
            if let Some(b) = reg.blocks.remove(&p) {
                // SAFETY: recorded blocks were allocated with their layout.
                unsafe { alloc::dealloc(p as *mut u8, b.layout) };
            }
        }
        Ok(())
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn HeapAlloc(h_heap: HANDLE, dw_flags: u32, dw_bytes: usize) -> *mut c_void {
    pointer_call("HeapAlloc", || {
        allocate(
            h_heap as usize,
            dw_bytes,
            dw_flags & m::HEAP_ZERO_MEMORY != 0,
        )
    })
}

/// # Safety
/// `lp_mem` is any value; only blocks this heap handed out are touched.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn HeapReAlloc(
    h_heap: HANDLE,
    dw_flags: u32,
    lp_mem: *const c_void,
    dw_bytes: usize,
) -> *mut c_void {
    pointer_call("HeapReAlloc", || {
        reallocate(
            h_heap as usize,
            lp_mem as *mut u8,
            dw_bytes,
            dw_flags & m::HEAP_REALLOC_IN_PLACE_ONLY == 0,
            dw_flags & m::HEAP_ZERO_MEMORY != 0,
        )
    })
}

/// Freeing NULL succeeds, as Wine's tests show Windows does.
///
/// # Safety
/// `lp_mem` is any value; only blocks this heap handed out are freed.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn HeapFree(
    h_heap: HANDLE,
    dw_flags: u32,
    lp_mem: *const c_void,
) -> BOOL {
    let _ = dw_flags;
    bool_call("HeapFree", || {
        if lp_mem.is_null() {
            return Ok(());
        }
        free(h_heap as usize, lp_mem as *mut u8)
    })
}

/// (SIZE_T)-1 on failure, as the HeapSize page says.
///
/// # Safety
/// `lp_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn HeapSize(
    h_heap: HANDLE,
    dw_flags: u32,
    lp_mem: *const c_void,
) -> usize {
    let _ = dw_flags;
    guard("HeapSize", usize::MAX, || {
        block_size(h_heap as usize, lp_mem.cast()).unwrap_or_else(|e| {
            set_last_error(e.0);
            usize::MAX
        })
    })
}

/// # Safety
/// `lp_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn HeapValidate(
    h_heap: HANDLE,
    dw_flags: u32,
    lp_mem: *const c_void,
) -> BOOL {
    let _ = dw_flags;
    guard("HeapValidate", 0, || {
        let valid = if lp_mem.is_null() {
            registry().heaps.contains_key(&(h_heap as usize))
        } else {
            block_size(h_heap as usize, lp_mem.cast()).is_ok()
        };
        BOOL::from(valid)
    })
}

/// LMEM_* and GMEM_* share their values.
const MOVEABLE: u32 = m::LMEM_MOVEABLE;
const ZEROINIT: u32 = m::LMEM_ZEROINIT;
const MODIFY: u32 = windows_sys::Win32::System::WindowsProgramming::GMEM_MODIFY;

fn local_alloc(name: &'static str, flags: u32, bytes: usize) -> *mut c_void {
    pointer_call(name, || {
        allocate(process_heap(), bytes, flags & ZEROINIT != 0)
    })
}

/// LocalReAlloc / GlobalReAlloc: with MODIFY only the attributes change (the
/// block stays); without MOVEABLE the block may not move, so it can only
/// shrink (the LocalReAlloc page).
fn local_realloc(name: &'static str, h: *mut c_void, bytes: usize, flags: u32) -> *mut c_void {
    pointer_call(name, || {
        if flags & MODIFY != 0 {
            block_size(process_heap(), h.cast()).map_err(|_| Win32Error::INVALID_HANDLE)?;
            return Ok(h.cast());
        }
        reallocate(
            process_heap(),
            h.cast(),
            bytes,
            flags & MOVEABLE != 0,
            flags & ZEROINIT != 0,
        )
        .map_err(|e| {
            if e == Win32Error::INVALID_PARAMETER {
                Win32Error::INVALID_HANDLE
            } else {
                e
            }
        })
    })
}

/// LocalFree / GlobalFree: NULL on success (and for NULL), the handle itself
/// with ERROR_INVALID_HANDLE on failure.
fn local_free(name: &'static str, h: *mut c_void) -> *mut c_void {
    guard(name, h, || {
        if h.is_null() {
            return h;
        }
        match free(process_heap(), h.cast()) {
            Ok(()) => std::ptr::null_mut(),
            Err(_) => {
                set_last_error(Win32Error::INVALID_HANDLE.0);
                h
            }
        }
    })
}

fn local_size(name: &'static str, h: *mut c_void) -> usize {
    guard(name, 0, || {
        block_size(process_heap(), h.cast()).unwrap_or_else(|_| {
            set_last_error(Win32Error::INVALID_HANDLE.0);
            0
        })
    })
}

fn local_lock(name: &'static str, h: *mut c_void) -> *mut c_void {
    pointer_call(name, || {
        block_size(process_heap(), h.cast()).map_err(|_| Win32Error::INVALID_HANDLE)?;
        Ok(h.cast())
    })
}

/// Fixed memory has no lock count, so unlocking reports "unlocked": FALSE
/// with last error NO_ERROR, the GlobalUnlock page's success case.
fn local_unlock(name: &'static str, h: *mut c_void) -> BOOL {
    guard(name, 0, || {
        let code = match block_size(process_heap(), h.cast()) {
            Ok(_) => 0,
            Err(_) => Win32Error::INVALID_HANDLE.0,
        };
        set_last_error(code);
        0
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn LocalAlloc(u_flags: u32, u_bytes: usize) -> HLOCAL {
    local_alloc("LocalAlloc", u_flags, u_bytes)
}

/// # Safety
/// `h_mem` is any value; only blocks handed out by Local/GlobalAlloc are used.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalReAlloc(h_mem: HLOCAL, u_bytes: usize, u_flags: u32) -> HLOCAL {
    local_realloc("LocalReAlloc", h_mem, u_bytes, u_flags)
}

/// # Safety
/// `h_mem` is any value; only blocks handed out by this module are freed.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalFree(h_mem: HLOCAL) -> HLOCAL {
    local_free("LocalFree", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalSize(h_mem: HLOCAL) -> usize {
    local_size("LocalSize", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalLock(h_mem: HLOCAL) -> *mut c_void {
    local_lock("LocalLock", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalUnlock(h_mem: HLOCAL) -> BOOL {
    local_unlock("LocalUnlock", h_mem)
}

#[unsafe(no_mangle)]
pub extern "system" fn GlobalAlloc(u_flags: u32, dw_bytes: usize) -> HGLOBAL {
    local_alloc("GlobalAlloc", u_flags, dw_bytes)
}

/// # Safety
/// `h_mem` is any value; only blocks handed out by Local/GlobalAlloc are used.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GlobalReAlloc(
    h_mem: HGLOBAL,
    dw_bytes: usize,
    u_flags: u32,
) -> HGLOBAL {
    local_realloc("GlobalReAlloc", h_mem, dw_bytes, u_flags)
}

/// # Safety
/// `h_mem` is any value; only blocks handed out by this module are freed.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GlobalFree(h_mem: HGLOBAL) -> HGLOBAL {
    local_free("GlobalFree", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GlobalSize(h_mem: HGLOBAL) -> usize {
    local_size("GlobalSize", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GlobalLock(h_mem: HGLOBAL) -> *mut c_void {
    local_lock("GlobalLock", h_mem)
}

/// # Safety
/// `h_mem` is any value.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GlobalUnlock(h_mem: HGLOBAL) -> BOOL {
    local_unlock("GlobalUnlock", h_mem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;

    #[test]
    fn heap_alloc_zero_size_realloc_free() {
        let heap = GetProcessHeap();
        let p = HeapAlloc(heap, m::HEAP_ZERO_MEMORY, 24).cast::<u8>();
        assert!(!p.is_null());
        assert_eq!(p as usize % 16, 0);
        // SAFETY: `p` is our 24-byte block.
        unsafe {
            assert!(std::slice::from_raw_parts(p, 24).iter().all(|&b| b == 0));
            assert_eq!(HeapSize(heap, 0, p.cast()), 24);
            p.write_bytes(0xAB, 24);
            let q = HeapReAlloc(heap, m::HEAP_ZERO_MEMORY, p.cast(), 4096).cast::<u8>();
            assert!(!q.is_null());
            assert_eq!(HeapSize(heap, 0, q.cast()), 4096);
            assert_eq!(*q.add(23), 0xAB);
            assert_eq!(*q.add(24), 0, "growth is zeroed");
            assert!(HeapReAlloc(heap, m::HEAP_REALLOC_IN_PLACE_ONLY, q.cast(), 8192).is_null());
            assert_eq!(HeapFree(heap, 0, q.cast()), 1);
            assert_eq!(HeapFree(heap, 0, q.cast()), 0, "double free is refused");
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
            assert_eq!(HeapSize(heap, 0, q.cast()), usize::MAX);
            assert_eq!(HeapFree(heap, 0, std::ptr::null()), 1);
        }
    }

    #[test]
    fn private_heaps_are_separate_and_bounded() {
        let heap = HeapCreate(0, 0, 100);
        assert!(!heap.is_null());
        let p = HeapAlloc(heap, 0, 60);
        assert!(!p.is_null());
        assert!(HeapAlloc(heap, 0, 60).is_null(), "over the maximum size");
        // SAFETY: `p` is a block of `heap`, not of the process heap.
        unsafe {
            assert_eq!(HeapFree(GetProcessHeap(), 0, p), 0);
            assert_eq!(HeapValidate(heap, 0, p), 1);
        }
        assert_eq!(HeapDestroy(heap), 1);
        assert!(HeapAlloc(heap, 0, 1).is_null());
        assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
        assert_eq!(HeapDestroy(GetProcessHeap()), 0);
    }

    #[test]
    fn local_and_global_memory() {
        let h = LocalAlloc(m::LMEM_ZEROINIT, 10);
        assert!(!h.is_null());
        // SAFETY: `h` is our block; the bogus pointer is only looked up.
        unsafe {
            assert_eq!(LocalSize(h), 10);
            assert_eq!(LocalLock(h), h);
            assert_eq!(LocalUnlock(h), 0);
            assert_eq!(get_last_error(), 0);
            assert!(
                LocalReAlloc(h, 100, 0).is_null(),
                "fixed memory cannot move"
            );
            let h = LocalReAlloc(h, 100, m::LMEM_MOVEABLE | m::LMEM_ZEROINIT);
            assert_eq!(LocalSize(h), 100);
            assert!(LocalFree(h).is_null());
            assert_eq!(LocalFree(h), h);
            assert_eq!(get_last_error(), Win32Error::INVALID_HANDLE.0);
            let g = GlobalAlloc(m::GMEM_MOVEABLE, 5);
            assert_eq!(GlobalLock(g), g);
            assert_eq!(GlobalSize(g), 5);
            assert!(GlobalFree(g).is_null());
            let mut bogus = 0u64;
            let bogus = (&mut bogus as *mut u64).cast::<c_void>();
            assert_eq!(LocalFree(bogus), bogus);
            assert!(LocalFree(std::ptr::null_mut()).is_null());
        }
    }
}
