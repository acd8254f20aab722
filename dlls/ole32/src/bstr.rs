//! oleaut32's BSTR: a UTF-16 string whose pointer is preceded by its length
//! in bytes (4 bytes, the terminator not counted) and followed by a NUL.
//! The block is a C allocation that starts at the length prefix.

/// Bytes before the characters.
const PREFIX: usize = 4;

/// A BSTR of `len` units copied from `src` (zeros when NULL); NULL when
/// memory runs out or the length does not fit the prefix.
///
/// # Safety
/// `src` is NULL or has `len` readable units.
unsafe fn alloc(src: *const u16, len: usize) -> *mut u16 {
    let Some(bytes) = len.checked_mul(2).filter(|&b| u32::try_from(b).is_ok()) else {
        return std::ptr::null_mut();
    };
    // SAFETY: the block has room for the prefix, the units and the NUL;
    // `src` has `len` units per the contract.
    unsafe {
        let block = libc::malloc(PREFIX + bytes + 2).cast::<u8>();
        if block.is_null() {
            return block.cast();
        }
        block.cast::<u32>().write_unaligned(bytes as u32);
        let chars = block.add(PREFIX).cast::<u16>();
        if src.is_null() {
            chars.write_bytes(0, len);
        } else {
            std::ptr::copy_nonoverlapping(src, chars, len);
        }
        chars.add(len).write(0);
        chars
    }
}

/// SysAllocString: a BSTR copy of a NUL-terminated string; NULL for NULL.
///
/// # Safety
/// `s` is NULL or a NUL-terminated UTF-16 string.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SysAllocString(s: *const u16) -> *mut u16 {
    if s.is_null() {
        return std::ptr::null_mut();
    }
    let mut len = 0;
    // SAFETY: the string is terminated, per the contract.
    while unsafe { *s.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` units are readable.
    unsafe { alloc(s, len) }
}

/// SysAllocStringLen: `len` units copied from `s` (zeroed when `s` is
/// NULL), terminated.
///
/// # Safety
/// `s` is NULL or has `len` readable units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SysAllocStringLen(s: *const u16, len: u32) -> *mut u16 {
    // SAFETY: per the contract.
    unsafe { alloc(s, len as usize) }
}

/// SysFreeString: NULL is ignored.
///
/// # Safety
/// `s` is NULL or a live BSTR from this allocator.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SysFreeString(s: *mut u16) {
    if !s.is_null() {
        // SAFETY: a BSTR's block starts PREFIX bytes before it.
        unsafe { libc::free(s.cast::<u8>().sub(PREFIX).cast()) }
    }
}

/// SysStringByteLen: the length prefix; 0 for NULL.
///
/// # Safety
/// `s` is NULL or a live BSTR.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SysStringByteLen(s: *const u16) -> u32 {
    if s.is_null() {
        return 0;
    }
    // SAFETY: a BSTR is preceded by its 4-byte length.
    unsafe { s.cast::<u8>().sub(PREFIX).cast::<u32>().read_unaligned() }
}

/// SysStringLen: the length in UTF-16 units; 0 for NULL.
///
/// # Safety
/// `s` is NULL or a live BSTR.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SysStringLen(s: *const u16) -> u32 {
    // SAFETY: per the contract.
    unsafe { SysStringByteLen(s) / 2 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bstrs_carry_their_length() {
        let text = win32::wstr::to_wide_nul("héllo");
        // SAFETY: test code; the arguments are valid for the calls.
        unsafe {
            let b = SysAllocString(text.as_ptr());
            assert_eq!(SysStringLen(b), 5);
            assert_eq!(SysStringByteLen(b), 10);
            assert_eq!(std::slice::from_raw_parts(b, 6), &text[..]);
            SysFreeString(b);
            let z = SysAllocStringLen(std::ptr::null(), 3);
            assert_eq!(std::slice::from_raw_parts(z, 4), &[0, 0, 0, 0]);
            assert_eq!(SysStringLen(z), 3);
            SysFreeString(z);
            assert!(SysAllocString(std::ptr::null()).is_null());
            assert_eq!(SysStringLen(std::ptr::null()), 0);
            SysFreeString(std::ptr::null_mut());
        }
    }
}
