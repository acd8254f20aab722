//! The truncation and return-value rules of each buffer destination.

use super::*;

/// Deliver `text` to a buffer of `size` units (pre-filled with 'x') with
/// `kind` and `count`; the return value and the buffer as text, with NULs
/// shown as '0'.
fn run_narrow(kind: u32, size: usize, count: usize, text: &str) -> (c_int, String) {
    let mut buf = vec![b'x'; size];
    let dest = Destination {
        kind,
        target: if size == 0 {
            std::ptr::null_mut()
        } else {
            buf.as_mut_ptr().cast()
        },
        size,
        count,
    };
    // SAFETY: the buffer has `size` units.
    let r = unsafe { deliver(text.as_bytes(), &dest) };
    let shown = buf
        .iter()
        .map(|&b| if b == 0 { '0' } else { char::from(b) })
        .collect();
    (r, shown)
}

fn run_wide(kind: u32, size: usize, count: usize, text: &str) -> (c_int, Vec<u16>) {
    let mut buf = vec![u16::from(b'x'); size];
    let dest = Destination {
        kind,
        target: buf.as_mut_ptr().cast(),
        size,
        count,
    };
    let units: Vec<u16> = text.encode_utf16().collect();
    // SAFETY: the buffer has `size` units.
    let r = unsafe { deliver(&units, &dest) };
    (r, buf)
}

#[test]
fn c99_snprintf_returns_full_length() {
    assert_eq!(run_narrow(DEST_C99, 4, 0, "hello"), (5, "hel0".into()));
    assert_eq!(run_narrow(DEST_C99, 8, 0, "hello"), (5, "hello0xx".into()));
    assert_eq!(run_narrow(DEST_C99, 0, 0, "hello"), (5, String::new()));
}

#[test]
fn swprintf_fails_when_it_does_not_fit() {
    let (r, buf) = run_wide(DEST_SWPRINTF, 4, 0, "hello");
    assert_eq!(r, -1);
    assert_eq!(buf, [104, 101, 108, 0]);
    let (r, buf) = run_wide(DEST_SWPRINTF, 6, 0, "hello");
    assert_eq!(r, 5);
    assert_eq!(buf[5], 0);
    // Exactly the length without room for the NUL does not fit either.
    assert_eq!(run_wide(DEST_SWPRINTF, 5, 0, "hello").0, -1);
}

#[test]
fn legacy_snprintf_rules() {
    // Fits with room: NUL and the length.
    assert_eq!(
        run_narrow(DEST_LEGACY, 8, 6, "hello"),
        (5, "hello0xx".into())
    );
    // Exactly count: no NUL, the length.
    assert_eq!(
        run_narrow(DEST_LEGACY, 8, 5, "hello"),
        (5, "helloxxx".into())
    );
    // Longer: count units, no NUL, -1.
    assert_eq!(
        run_narrow(DEST_LEGACY, 8, 3, "hello"),
        (-1, "helxxxxx".into())
    );
    let (r, buf) = run_wide(DEST_LEGACY, 4, 4, "hello");
    assert_eq!((r, buf), (-1, vec![104, 101, 108, 108]));
}

#[test]
fn secure_rules() {
    assert_eq!(run_narrow(DEST_SECURE, 6, 0, "hello"), (5, "hello0".into()));
    crate::errno::set_errno(0);
    assert_eq!(run_narrow(DEST_SECURE, 5, 0, "hello"), (-1, "0xxxx".into()));
    assert_eq!(crate::errno::errno(), libc::ERANGE);
    // _TRUNCATE: what fits, a NUL, -1.
    assert_eq!(
        run_narrow(DEST_SECURE_COUNT, 4, TRUNCATE, "hello"),
        (-1, "hel0".into())
    );
    assert_eq!(
        run_narrow(DEST_SECURE_COUNT, 8, TRUNCATE, "hello"),
        (5, "hello0xx".into())
    );
    // A count below the size truncates to count with a NUL and returns -1.
    assert_eq!(
        run_narrow(DEST_SECURE_COUNT, 8, 2, "hello"),
        (-1, "he0xxxxx".into())
    );
    assert_eq!(
        run_narrow(DEST_SECURE_COUNT, 8, 5, "hello"),
        (5, "hello0xx".into())
    );
    // A count whose output cannot fit the buffer is ERANGE, emptied.
    assert_eq!(
        run_narrow(DEST_SECURE_COUNT, 4, 10, "hello"),
        (-1, "0xxx".into())
    );
}

#[test]
fn count_and_wsprintf() {
    assert_eq!(run_narrow(DEST_COUNT, 0, 0, "hello").0, 5);
    let long = "y".repeat(2000);
    let (r, buf) = run_wide(DEST_WSPRINTF, 1100, 0, &long);
    assert_eq!(r, 1023);
    assert_eq!(buf[1023], 0);
    assert_eq!(buf[1024], u16::from(b'x'));
}

unsafe extern "C" fn next_int(va: *mut c_void) -> c_int {
    // SAFETY: the test passes a cursor over i64 values.
    unsafe { next_long_long(va) as c_int }
}
unsafe extern "C" fn next_long_long(va: *mut c_void) -> i64 {
    // SAFETY: `va` is the test's cursor.
    let cursor = unsafe { &mut *va.cast::<(Vec<i64>, usize)>() };
    cursor.1 += 1;
    cursor.0[cursor.1 - 1]
}
unsafe extern "C" fn next_double(va: *mut c_void) -> f64 {
    // SAFETY: as above.
    unsafe { next_long_long(va) as f64 }
}
unsafe extern "C" fn next_pointer(va: *mut c_void) -> *const c_void {
    // SAFETY: as above.
    unsafe { next_long_long(va) as usize as *const c_void }
}

#[test]
fn winsession_format_through_callbacks() {
    let text = win32::wstr::to_wide_nul("wide");
    let mut cursor: (Vec<i64>, usize) = (vec![7, text.as_ptr() as i64, 3], 0);
    let args = CArgs {
        va: (&raw mut cursor).cast(),
        next_int,
        next_long_long,
        next_double,
        next_long_double: next_double,
        next_pointer,
    };
    let mut buf = [0u16; 32];
    let dest = Destination {
        kind: DEST_SWPRINTF,
        target: buf.as_mut_ptr().cast(),
        size: 32,
        count: 0,
    };
    let fmt = win32::wstr::to_wide_nul("%d %s %.1f");
    // SAFETY: valid structures and a sized buffer.
    let r = unsafe { winsession_format(fmt.as_ptr().cast(), 1, &dest, &args) };
    assert_eq!(r, 10);
    assert_eq!(String::from_utf16_lossy(&buf[..10]), "7 wide 3.0");
    // A NULL format is EINVAL; so is an invalid one, which empties _s buffers.
    // SAFETY: as above.
    let r = unsafe { winsession_format(std::ptr::null(), 1, &dest, &args) };
    assert_eq!(r, -1);
    let secure = Destination {
        kind: DEST_SECURE,
        ..dest
    };
    let bad = win32::wstr::to_wide_nul("ab%n");
    // SAFETY: as above.
    let r = unsafe { winsession_format(bad.as_ptr().cast(), 1, &secure, &args) };
    assert_eq!(r, -1);
    assert_eq!(buf[0], 0);
    assert_eq!(crate::errno::errno(), libc::EINVAL);
}
