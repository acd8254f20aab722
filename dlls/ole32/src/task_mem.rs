//! The COM task allocator. On Linux it is the C allocator: winsession's
//! APIs (Media Foundation's strings and PROPVARIANT members among them)
//! hand out malloc'd blocks that callers free with CoTaskMemFree, and
//! blocks from CoTaskMemAlloc may be passed to them to free.

use std::ffi::c_void;

/// CoTaskMemAlloc: a block of at least `bytes` bytes, or NULL when memory
/// runs out. A 0-byte request gives a valid, freeable block, as on Windows.
///
/// # Safety
/// Callable from C with any argument.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoTaskMemAlloc(bytes: usize) -> *mut c_void {
    // SAFETY: malloc has no preconditions; one byte at least so an empty
    // request still gives a block.
    unsafe { libc::malloc(bytes.max(1)) }
}

/// CoTaskMemRealloc (IMalloc::Realloc's rules): a NULL block allocates; a
/// size of 0 frees the block and gives NULL; on failure the old block is
/// left as it was and NULL comes back.
///
/// # Safety
/// `block` is NULL or a live block from the task allocator.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoTaskMemRealloc(block: *mut c_void, bytes: usize) -> *mut c_void {
    if bytes == 0 && !block.is_null() {
        // SAFETY: per the contract, `block` came from malloc.
        unsafe { libc::free(block) };
        return std::ptr::null_mut();
    }
    // SAFETY: per the contract; realloc(NULL, n) allocates.
    unsafe { libc::realloc(block, bytes.max(1)) }
}

/// CoTaskMemFree: NULL is ignored.
///
/// # Safety
/// `block` is NULL or a live block from the task allocator (or an API that
/// documents freeing with CoTaskMemFree).
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CoTaskMemFree(block: *mut c_void) {
    // SAFETY: per the contract; free(NULL) does nothing.
    unsafe { libc::free(block) }
}

/// A NUL-terminated copy of `units` in task memory, or NULL when memory
/// runs out.
pub fn wide_copy(units: &[u16]) -> *mut u16 {
    // SAFETY: allocating; the block has room for the units and the NUL.
    unsafe {
        let p = CoTaskMemAlloc((units.len() + 1) * 2).cast::<u16>();
        if !p.is_null() {
            std::ptr::copy_nonoverlapping(units.as_ptr(), p, units.len());
            p.add(units.len()).write(0);
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_grow_shrink_and_free() {
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            let p = CoTaskMemAlloc(0);
            assert!(!p.is_null());
            let q = CoTaskMemRealloc(p, 64).cast::<u8>();
            assert!(!q.is_null());
            q.write_bytes(7, 64);
            let r = CoTaskMemRealloc(q.cast(), 128).cast::<u8>();
            assert_eq!(*r.add(63), 7);
            assert!(CoTaskMemRealloc(r.cast(), 0).is_null());
            let fresh = CoTaskMemRealloc(std::ptr::null_mut(), 8);
            assert!(!fresh.is_null());
            // The C allocator's blocks and the task allocator's are one.
            libc::free(fresh);
            CoTaskMemFree(libc::malloc(4));
            CoTaskMemFree(std::ptr::null_mut());
        }
    }

    #[test]
    fn wide_copies_are_terminated() {
        let p = wide_copy(&[0x41, 0x42]);
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            assert_eq!(std::slice::from_raw_parts(p, 3), &[0x41, 0x42, 0]);
            CoTaskMemFree(p.cast());
        }
    }
}
