//! The scanf family with MSVC semantics: the engine (sans IO) and its C
//! boundary.
//!
//! Sizes follow the printf page's table, as the scanf "Type field
//! characters" page says: `%ld` stores a 32-bit `long` (a `LONG` in our
//! headers), `%I64d`/`%lld` 64 bits, `%Id`/`%zd` pointer-sized; `%s`, `%c`
//! and `%[` store text of the format's own width, `%S`/`%C` the other
//! width, `h` narrow and `l`/`w` wide. `%lf` stores a `double`, `%f` a
//! `float`, `%Lf` a `double` (MSVC's `long double`). The `_s` variants
//! (`swscanf_s` ...) take an `unsigned` buffer size, in units, after each
//! `%s`, `%c` and `%[` pointer; a buffer too small gets an empty string and
//! ends the scan with `ENOMEM` (the scanf_s page), without aborting.
//!
//! The engine reads units of the format's width from an [`Input`] and
//! returns the values to store in order; [`winsession_scan`] fetches one
//! pointer per value from the C `va_list` and writes it.

use std::ffi::{c_int, c_void};

use crate::errno::set_errno;
use crate::format::{Size, Unit, ascii_at, parse_number, parse_size, text_is_wide};
use crate::printf::{CArgs, read_units};

/// A value to store through the next pointer argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Store {
    /// An integer of `bytes` bytes (1, 2, 4 or 8), two's complement.
    Int {
        bytes: usize,
        value: u64,
    },
    /// The units consumed so far (`%n`), stored like `Int` but not counted
    /// in the return value.
    Position {
        bytes: usize,
        value: u64,
    },
    Float(f32),
    Double(f64),
    /// Narrow text, NUL-terminated unless it is a `%c`.
    Narrow {
        text: Vec<u8>,
        nul: bool,
    },
    /// Wide text, NUL-terminated unless it is a `%c`.
    Wide {
        text: Vec<u16>,
        nul: bool,
    },
}

/// Where the scanned units come from.
pub trait Input {
    /// The next unit without consuming it; `None` at the end.
    fn peek(&mut self) -> Option<u32>;
    /// Consume the unit `peek` returned.
    fn advance(&mut self);
}

/// A string's units.
pub struct StrInput<'a> {
    units: &'a [u32],
    at: usize,
}

impl<'a> StrInput<'a> {
    pub fn new(units: &'a [u32]) -> Self {
        StrInput { units, at: 0 }
    }
}

impl Input for StrInput<'_> {
    fn peek(&mut self) -> Option<u32> {
        self.units.get(self.at).copied()
    }
    fn advance(&mut self) {
        self.at += 1;
    }
}

/// The input with the count of consumed units, for `%n`.
struct Counted<'a> {
    input: &'a mut dyn Input,
    consumed: usize,
}

impl Counted<'_> {
    fn peek(&mut self) -> Option<u32> {
        self.input.peek()
    }
    fn take(&mut self) -> Option<u32> {
        let u = self.input.peek()?;
        self.input.advance();
        self.consumed += 1;
        Some(u)
    }
    /// Take the next unit if `accept` likes it and the width allows.
    fn take_if(&mut self, width: &mut usize, accept: impl Fn(u32) -> bool) -> Option<u32> {
        if *width == 0 {
            return None;
        }
        self.peek().filter(|&u| accept(u))?;
        *width -= 1;
        self.take()
    }
}

fn is_space<U: Unit>(u: u32) -> bool {
    if U::WIDE {
        crate::ctype::__wrap_iswspace(u) != 0
    } else {
        matches!(u, 0x09..=0x0D | 0x20)
    }
}

fn ascii(u: u32) -> Option<u8> {
    u8::try_from(u).ok().filter(u8::is_ascii)
}

fn is_char(u: u32, set: &[u8]) -> bool {
    ascii(u).is_some_and(|b| set.contains(&b.to_ascii_lowercase()))
}

/// How a scan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// The format was used up.
    Done,
    /// The input did not match.
    Mismatch,
    /// The input ended.
    End,
}

/// Scan `input` with `format`; returns what scanf returns (the number of
/// values assigned, or -1 when the input ended before the first
/// conversion) and the values to store, in argument order.
pub fn scan<U: Unit>(format: &[U], input: &mut dyn Input) -> (c_int, Vec<Store>) {
    let mut input = Counted { input, consumed: 0 };
    let mut stores = Vec::new();
    let mut assigned = 0;
    let mut converted = false;
    let stop = run::<U>(
        format,
        &mut input,
        &mut stores,
        &mut assigned,
        &mut converted,
    );
    let result = if stop == Stop::End && !converted {
        -1
    } else {
        assigned
    };
    (result, stores)
}

fn run<U: Unit>(
    format: &[U],
    input: &mut Counted,
    stores: &mut Vec<Store>,
    assigned: &mut c_int,
    converted: &mut bool,
) -> Stop {
    let mut i = 0;
    while i < format.len() {
        let f = format[i].value();
        if is_space::<U>(f) {
            while input.peek().is_some_and(is_space::<U>) {
                input.take();
            }
            i += 1;
            continue;
        }
        if f != u32::from(b'%') || ascii_at(format, i + 1) == Some(b'%') {
            if f == u32::from(b'%') {
                i += 1;
                while input.peek().is_some_and(is_space::<U>) {
                    input.take();
                }
            }
            match input.peek() {
                None => return Stop::End,
                Some(u) if u == f => {
                    input.take();
                    i += 1;
                    continue;
                }
                Some(_) => return Stop::Mismatch,
            }
        }
        i += 1;
        let suppress = ascii_at(format, i) == Some(b'*');
        if suppress {
            i += 1;
        }
        let (width, next) = parse_number(format, i);
        let width = (next > i && width > 0).then_some(width);
        i = next;
        let (size, len) = parse_size(format, i);
        i += len;
        let Some(conversion) = ascii_at(format, i) else {
            return Stop::Mismatch;
        };
        i += 1;
        let mut set = None;
        if conversion == b'[' {
            let (parsed, next) = parse_set(format, i);
            set = Some(parsed);
            i = next;
        }
        if conversion == b'n' {
            if let (false, Store::Int { bytes, value }) =
                (suppress, integer_store(size, input.consumed as u64))
            {
                stores.push(Store::Position { bytes, value });
            }
            continue;
        }
        if !matches!(conversion, b'c' | b'C' | b'[') {
            while input.peek().is_some_and(is_space::<U>) {
                input.take();
            }
        }
        if input.peek().is_none() {
            return Stop::End;
        }
        let value = match conversion {
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'p' => {
                let base = match conversion {
                    b'd' | b'u' => 10,
                    b'o' => 8,
                    b'i' => 0,
                    _ => 16,
                };
                let Some(v) = scan_integer(input, width.unwrap_or(usize::MAX), base) else {
                    return Stop::Mismatch;
                };
                let size = if conversion == b'p' {
                    Size::Pointer
                } else {
                    size
                };
                integer_store(size, v)
            }
            b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
                let Some(v) = scan_float(input, width.unwrap_or(usize::MAX)) else {
                    return Stop::Mismatch;
                };
                match size {
                    Size::Long | Size::LongDouble => Store::Double(v),
                    _ => Store::Float(v as f32),
                }
            }
            b's' | b'S' | b'c' | b'C' | b'[' => {
                let char_like = matches!(conversion, b'c' | b'C');
                let mut left = width.unwrap_or(if char_like { 1 } else { usize::MAX });
                let want = left;
                let mut units = Vec::new();
                let accept = |u: u32| match &set {
                    Some(set) => set.matches(u),
                    None => char_like || !is_space::<U>(u),
                };
                while let Some(u) = input.take_if(&mut left, accept) {
                    units.push(u);
                }
                if units.is_empty() || (char_like && units.len() < want) {
                    return if input.peek().is_none() {
                        Stop::End
                    } else {
                        Stop::Mismatch
                    };
                }
                let own = if conversion == b'[' { b's' } else { conversion };
                text_store::<U>(&units, text_is_wide::<U>(size, own), !char_like)
            }
            _ => return Stop::Mismatch,
        };
        *converted = true;
        if !suppress {
            stores.push(value);
            *assigned += 1;
        }
    }
    Stop::Done
}

fn integer_store(size: Size, value: u64) -> Store {
    let bytes = match size {
        Size::Char => 1,
        Size::Short => 2,
        Size::LongLong | Size::Pointer | Size::LongDouble => 8,
        _ => 4,
    };
    Store::Int { bytes, value }
}

fn text_store<U: Unit>(units: &[u32], wide_target: bool, nul: bool) -> Store {
    if U::WIDE {
        let wide: Vec<u16> = units.iter().map(|&u| u as u16).collect();
        if wide_target {
            Store::Wide { text: wide, nul }
        } else {
            let text = String::from_utf16_lossy(&wide).into_bytes();
            Store::Narrow { text, nul }
        }
    } else {
        let bytes: Vec<u8> = units.iter().map(|&u| u as u8).collect();
        if wide_target {
            let text = String::from_utf8_lossy(&bytes).encode_utf16().collect();
            Store::Wide { text, nul }
        } else {
            Store::Narrow { text: bytes, nul }
        }
    }
}

/// A `%[...]` scanset: ranges `a-z` are accepted as MSVC does.
struct ScanSet {
    negated: bool,
    ranges: Vec<(u32, u32)>,
}

impl ScanSet {
    fn matches(&self, u: u32) -> bool {
        self.ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&u)) != self.negated
    }
}

fn parse_set<U: Unit>(format: &[U], mut i: usize) -> (ScanSet, usize) {
    let mut set = ScanSet {
        negated: false,
        ranges: Vec::new(),
    };
    if ascii_at(format, i) == Some(b'^') {
        set.negated = true;
        i += 1;
    }
    let start = i;
    while i < format.len() {
        let u = format[i].value();
        if u == u32::from(b']') && i > start {
            return (set, i + 1);
        }
        let dash = ascii_at(format, i + 1) == Some(b'-');
        match format.get(i + 2) {
            Some(hi) if dash && ascii_at(format, i + 2) != Some(b']') => {
                let (a, b) = (u, hi.value());
                set.ranges.push((a.min(b), a.max(b)));
                i += 3;
            }
            _ => {
                set.ranges.push((u, u));
                i += 1;
            }
        }
    }
    (set, i)
}

/// An integer in `base` (0: C's prefixes decide), wrapping on overflow as
/// the UCRT does; `None` when no digit matched.
fn scan_integer(input: &mut Counted, mut width: usize, mut base: u32) -> Option<u64> {
    let negative = match input.take_if(&mut width, |u| is_char(u, b"+-")) {
        Some(u) => u == u32::from(b'-'),
        None => false,
    };
    let mut digits = 0;
    let mut value: u64 = 0;
    if (base == 0 || base == 16)
        && input
            .take_if(&mut width, |u| u == u32::from(b'0'))
            .is_some()
    {
        digits = 1;
        if input.take_if(&mut width, |u| is_char(u, b"x")).is_some() {
            base = 16;
        } else if base == 0 {
            base = 8;
        }
    }
    if base == 0 {
        base = 10;
    }
    let digit = |u: u32| ascii(u).and_then(|b| char::from(b).to_digit(base));
    while let Some(u) = input.take_if(&mut width, |u| digit(u).is_some()) {
        let d = digit(u).unwrap_or(0);
        value = value
            .wrapping_mul(u64::from(base))
            .wrapping_add(u64::from(d));
        digits += 1;
    }
    (digits > 0).then(|| {
        if negative {
            value.wrapping_neg()
        } else {
            value
        }
    })
}

/// A floating-point number in C's syntax (decimal, hexadecimal, `inf`,
/// `nan`), converted by glibc's `strtod`.
fn scan_float(input: &mut Counted, mut width: usize) -> Option<f64> {
    let mut text = String::new();
    let mut push = |input: &mut Counted, width: &mut usize, accept: &dyn Fn(u32) -> bool| {
        input
            .take_if(width, accept)
            .and_then(ascii)
            .map(|b| text.push(char::from(b)))
            .is_some()
    };
    push(input, &mut width, &|u| is_char(u, b"+-"));
    if push(input, &mut width, &|u| is_char(u, b"in")) {
        // inf, infinity, nan, nan(chars): take letters, digits, '(' ')' '_'.
        while push(input, &mut width, &|u| {
            ascii(u).is_some_and(|b| b.is_ascii_alphanumeric() || b"()_".contains(&b))
        }) {}
    } else {
        let mut hex = false;
        if push(input, &mut width, &|u| u == u32::from(b'0')) {
            hex = push(input, &mut width, &|u| is_char(u, b"x"));
        }
        let is_digit = move |u: u32| {
            ascii(u).is_some_and(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
        };
        while push(input, &mut width, &is_digit) {}
        if push(input, &mut width, &|u| u == u32::from(b'.')) {
            while push(input, &mut width, &is_digit) {}
        }
        let exponent: &[u8] = if hex { b"p" } else { b"e" };
        if push(input, &mut width, &|u| is_char(u, exponent)) {
            push(input, &mut width, &|u| is_char(u, b"+-"));
            while push(input, &mut width, &|u| {
                ascii(u).is_some_and(|b| b.is_ascii_digit())
            }) {}
        }
    }
    let c = std::ffi::CString::new(text).ok()?;
    let mut end = std::ptr::null_mut();
    // SAFETY: `c` is NUL-terminated; `end` is a valid out pointer.
    let v = unsafe { libc::strtod(c.as_ptr(), &mut end) };
    (end.cast_const() != c.as_ptr()).then_some(v)
}

/// Scan from a C string (`sscanf`, `swscanf`).
pub const SOURCE_STRING: u32 = 0;
/// Scan from a `FILE *` (`scanf`, `fwscanf` ...).
pub const SOURCE_FILE: u32 = 1;

/// A narrow `FILE *`, one byte of look-ahead given back with `ungetc`.
struct NarrowFile {
    file: *mut libc::FILE,
    ahead: Option<u32>,
}

impl Input for NarrowFile {
    fn peek(&mut self) -> Option<u32> {
        if self.ahead.is_none() {
            // SAFETY: the caller passed a valid FILE.
            let c = unsafe { libc::fgetc(self.file) };
            self.ahead = u8::try_from(c).ok().map(u32::from);
        }
        self.ahead
    }
    fn advance(&mut self) {
        self.ahead = None;
    }
}

impl Drop for NarrowFile {
    fn drop(&mut self) {
        if let Some(c) = self.ahead {
            // SAFETY: one byte of push-back is guaranteed by C.
            unsafe { libc::ungetc(c as c_int, self.file) };
        }
    }
}

/// A wide `FILE *`: UTF-8 decoded by the wide stdio functions.
struct WideFile {
    file: *mut libc::FILE,
    ahead: Option<u32>,
}

impl Input for WideFile {
    fn peek(&mut self) -> Option<u32> {
        if self.ahead.is_none() {
            // SAFETY: the caller passed a valid FILE.
            let c = unsafe { crate::stdio::__wrap_fgetwc(self.file) };
            self.ahead = (c != crate::ctype::WEOF).then_some(c);
        }
        self.ahead
    }
    fn advance(&mut self) {
        self.ahead = None;
    }
}

impl Drop for WideFile {
    fn drop(&mut self) {
        // An ASCII unit is one byte: glibc's push-back keeps it where narrow
        // reads see it too. Others wait in the wide state.
        match self.ahead {
            // SAFETY: one byte of push-back is guaranteed by C.
            Some(c @ 0..0x80) => unsafe {
                libc::ungetc(c as c_int, self.file);
            },
            // SAFETY: the stream is valid; the unit goes to our own buffer.
            Some(c) => unsafe {
                crate::stdio::__wrap_ungetwc(c, self.file);
            },
            None => {}
        }
    }
}

/// The engine behind every scanf-family function of `sdk/crt/printf.c`:
/// scans the string or `FILE *` `source` with `format` (narrow when `wide`
/// is 0, UTF-16 otherwise) and stores the values through the pointers
/// `args` fetches, each text pointer followed by its size when `secure` is
/// not 0 (the `_s` functions). Returns what scanf returns, or -1 with
/// `EINVAL` for a NULL argument.
///
/// # Safety
/// `format` is NULL or a NUL-terminated string of the width `wide` says;
/// `source` is NULL, such a string or a valid `FILE *` as `source_kind`
/// says; `args` points to valid callbacks whose pointer arguments match
/// the format.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn winsession_scan(
    format: *const c_void,
    wide: c_int,
    secure: c_int,
    source_kind: u32,
    source: *const c_void,
    args: *const CArgs,
) -> c_int {
    win32::abi::guard("winsession_scan", -1, || {
        if format.is_null() || source.is_null() || args.is_null() {
            set_errno(libc::EINVAL);
            return -1;
        }
        // SAFETY: the caller's contract for every pointer below.
        let (result, stores) = unsafe {
            if wide != 0 {
                let format = read_units(format.cast::<u16>(), None);
                match source_kind {
                    SOURCE_STRING => {
                        let units: Vec<u32> = read_units(source.cast::<u16>(), None)
                            .into_iter()
                            .map(u32::from)
                            .collect();
                        scan(&format, &mut StrInput::new(&units))
                    }
                    _ => scan(
                        &format,
                        &mut WideFile {
                            file: source.cast_mut().cast(),
                            ahead: None,
                        },
                    ),
                }
            } else {
                let format = read_units(format.cast::<u8>(), None);
                match source_kind {
                    SOURCE_STRING => {
                        let units: Vec<u32> = read_units(source.cast::<u8>(), None)
                            .into_iter()
                            .map(u32::from)
                            .collect();
                        scan(&format, &mut StrInput::new(&units))
                    }
                    _ => scan(
                        &format,
                        &mut NarrowFile {
                            file: source.cast_mut().cast(),
                            ahead: None,
                        },
                    ),
                }
            }
        };
        // SAFETY: checked non-NULL; the caller's callbacks.
        let args = unsafe { &*args };
        let mut assigned = 0;
        for store in &stores {
            // SAFETY: printf.c's callback reads the next pointer argument.
            let target = unsafe { (args.next_pointer)(args.va) }.cast_mut();
            if let (true, Some(needed)) = (secure != 0, store.text_units()) {
                // SAFETY: the _s functions pass an unsigned size next.
                let size = unsafe { (args.next_int)(args.va) } as u32 as usize;
                if needed > size {
                    if !target.is_null() && size > 0 {
                        // SAFETY: the buffer has `size` > 0 units.
                        unsafe { write_store(&store.emptied(), target) };
                    }
                    set_errno(libc::ENOMEM);
                    return assigned;
                }
            }
            if !target.is_null() {
                // SAFETY: the format promised a pointer of this type, with
                // room for the text (C 7.21.6.2).
                unsafe { write_store(store, target) };
            }
            if !matches!(store, Store::Position { .. }) {
                assigned += 1;
            }
        }
        result
    })
}

impl Store {
    /// The units a text store writes, NUL included; `None` for numbers.
    fn text_units(&self) -> Option<usize> {
        match self {
            Store::Narrow { text, nul } => Some(text.len() + usize::from(*nul)),
            Store::Wide { text, nul } => Some(text.len() + usize::from(*nul)),
            _ => None,
        }
    }

    /// An empty string of the same width.
    fn emptied(&self) -> Store {
        match self {
            Store::Wide { .. } => Store::Wide {
                text: Vec::new(),
                nul: true,
            },
            _ => Store::Narrow {
                text: Vec::new(),
                nul: true,
            },
        }
    }
}

/// # Safety
/// `target` points to storage of the kind `store` needs.
unsafe fn write_store(store: &Store, target: *mut c_void) {
    // SAFETY: the caller's contract.
    unsafe {
        match store {
            Store::Int { bytes: 1, value } | Store::Position { bytes: 1, value } => {
                *target.cast::<u8>() = *value as u8
            }
            Store::Int { bytes: 2, value } | Store::Position { bytes: 2, value } => {
                target.cast::<u16>().write_unaligned(*value as u16)
            }
            Store::Int { bytes: 4, value } | Store::Position { bytes: 4, value } => {
                target.cast::<u32>().write_unaligned(*value as u32)
            }
            Store::Int { value, .. } | Store::Position { value, .. } => {
                target.cast::<u64>().write_unaligned(*value)
            }
            Store::Float(v) => target.cast::<f32>().write_unaligned(*v),
            Store::Double(v) => target.cast::<f64>().write_unaligned(*v),
            Store::Narrow { text, nul } => {
                let p = target.cast::<u8>();
                std::ptr::copy_nonoverlapping(text.as_ptr(), p, text.len());
                if *nul {
                    *p.add(text.len()) = 0;
                }
            }
            Store::Wide { text, nul } => {
                let p = target.cast::<u16>();
                std::ptr::copy_nonoverlapping(text.as_ptr(), p, text.len());
                if *nul {
                    p.add(text.len()).write_unaligned(0);
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "scanf_tests.rs"]
mod tests;
