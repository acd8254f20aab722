//! The printf format engine with MSVC semantics, sans IO.
//!
//! It parses a narrow (`u8`) or wide (`u16`) format, fetches arguments
//! through [`Args`] and appends the result, in the format's own unit, to a
//! vector. Everything follows Microsoft's "Format specification syntax:
//! printf and wprintf functions" and "Size specification" pages:
//! - `%s`/`%c` take a string/character of the format's own width, `%S`/`%C`
//!   the other width, `%hs`/`%hc` always narrow, `%ls`/`%lc`/`%ws`/`%wc`
//!   always wide;
//! - `l` on an integer is 32-bit (Windows' `long`), `ll` and `I64` 64-bit,
//!   `I`, `z`, `t` and `j` pointer-sized (64-bit), `I32` 32-bit, `h`/`hh` as C;
//! - `%p` prints the pointer as 16 upper-case hex digits, as MSVC on x64;
//! - a NULL string prints `(null)`, cut by the precision as MSVC does;
//! - the precision of a string counts the argument's own units (bytes of a
//!   narrow string, UTF-16 units of a wide one), the width the output's;
//! - `%Z` (an `ANSI_STRING`) is not supported;
//! - `%n` is rejected, as it is in the UCRT unless a program calls
//!   `_set_printf_count_output` (the page calls it "a security risk");
//! - an invalid specification makes the whole call fail (MSVC's invalid
//!   parameter path returns -1 with `EINVAL`; we return the error instead of
//!   aborting).
//!
//! Narrow strings are UTF-8 (the ANSI code page of this project), wide
//! strings UTF-16; crossing widths converts, with U+FFFD for invalid input.

/// A printf call failed; the caller returns -1 with `errno = EINVAL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidFormat;

/// Where the arguments of a printf call come from: the C `va_list` in
/// production, a list of values in tests.
pub trait Args {
    /// An `int` (also `char`, `short` and `wchar_t`, promoted).
    fn int(&mut self) -> i32;
    /// A 64-bit integer (`long long`, `size_t`, `__int64`).
    fn long_long(&mut self) -> i64;
    /// A `double` (also `float`, promoted).
    fn double(&mut self) -> f64;
    /// A `long double`, which MSVC treats as `double`.
    fn long_double(&mut self) -> f64;
    /// A pointer's address.
    fn pointer(&mut self) -> usize;
    /// A narrow string argument, at most `max` bytes of it; `None` for NULL.
    fn narrow_str(&mut self, max: Option<usize>) -> Option<Vec<u8>>;
    /// A wide string argument, at most `max` units of it; `None` for NULL.
    fn wide_str(&mut self, max: Option<usize>) -> Option<Vec<u16>>;
}

/// A code unit of a format and of its output: `u8` for the narrow family,
/// `u16` for the wide one.
pub trait Unit: Copy + Eq + 'static {
    /// Whether this is the wide family (`%s` is then a wide string).
    const WIDE: bool;
    fn from_ascii(b: u8) -> Self;
    fn value(self) -> u32;
    /// Append narrow (UTF-8) text.
    fn push_narrow(out: &mut Vec<Self>, s: &[u8]);
    /// Append wide (UTF-16) text.
    fn push_wide(out: &mut Vec<Self>, s: &[u16]);
    /// Append one narrow character (a byte).
    fn push_narrow_char(out: &mut Vec<Self>, c: u8);
    /// Append one wide character (a UTF-16 unit).
    fn push_wide_char(out: &mut Vec<Self>, c: u16);
}

impl Unit for u8 {
    const WIDE: bool = false;
    fn from_ascii(b: u8) -> Self {
        b
    }
    fn value(self) -> u32 {
        self.into()
    }
    fn push_narrow(out: &mut Vec<u8>, s: &[u8]) {
        // Bytes pass through untouched, as glibc's %s does.
        out.extend_from_slice(s);
    }
    fn push_wide(out: &mut Vec<u8>, s: &[u16]) {
        out.extend(String::from_utf16_lossy(s).bytes());
    }
    fn push_narrow_char(out: &mut Vec<u8>, c: u8) {
        out.push(c);
    }
    fn push_wide_char(out: &mut Vec<u8>, c: u16) {
        Self::push_wide(out, &[c]);
    }
}

impl Unit for u16 {
    const WIDE: bool = true;
    fn from_ascii(b: u8) -> Self {
        b.into()
    }
    fn value(self) -> u32 {
        self.into()
    }
    fn push_narrow(out: &mut Vec<u16>, s: &[u8]) {
        out.extend(String::from_utf8_lossy(s).encode_utf16());
    }
    fn push_wide(out: &mut Vec<u16>, s: &[u16]) {
        // Units pass through untouched, lone surrogates included.
        out.extend_from_slice(s);
    }
    fn push_narrow_char(out: &mut Vec<u16>, c: u8) {
        Self::push_narrow(out, &[c]);
    }
    fn push_wide_char(out: &mut Vec<u16>, c: u16) {
        out.push(c);
    }
}

/// What a call supports beyond the common core.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flavour {
    /// Floating-point conversions. user32's `wsprintf` has none: its page
    /// lists no `e`/`f`/`g`, and such a specification prints nothing.
    pub floats: bool,
}

impl Flavour {
    /// The C runtime's printf family.
    pub const CRT: Flavour = Flavour { floats: true };
    /// user32's `wsprintfA`/`wsprintfW`.
    pub const WSPRINTF: Flavour = Flavour { floats: false };
}

/// A size prefix, shared with the scanf family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Size {
    Default,
    Char,
    Short,
    /// `l`: 32-bit integers, wide strings and characters.
    Long,
    /// `ll`, `I64`: 64-bit.
    LongLong,
    /// `I`, `z`, `t`, `j`: pointer-sized.
    Pointer,
    /// `I32`.
    Int32,
    /// `L`: long double.
    LongDouble,
    /// `w`: wide strings and characters.
    Wide,
}

#[derive(Debug, Default, Clone, Copy)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
}

#[derive(Debug, Clone, Copy)]
struct Spec {
    flags: Flags,
    width: usize,
    precision: Option<usize>,
    size: Size,
    conversion: u8,
}

/// Format `format` (without its terminating NUL) into `out`.
pub fn format<U: Unit>(
    format: &[U],
    args: &mut dyn Args,
    flavour: Flavour,
    out: &mut Vec<U>,
) -> Result<(), InvalidFormat> {
    let percent = U::from_ascii(b'%');
    let mut i = 0;
    while i < format.len() {
        let u = format[i];
        if u != percent {
            out.push(u);
            i += 1;
            continue;
        }
        let (spec, next) = parse_spec(format, i + 1, args)?;
        i = next;
        convert(&spec, args, flavour, out)?;
    }
    Ok(())
}

pub(crate) fn ascii_at<U: Unit>(format: &[U], i: usize) -> Option<u8> {
    format
        .get(i)
        .and_then(|u| u8::try_from(u.value()).ok())
        .filter(u8::is_ascii)
}

pub(crate) fn parse_number<U: Unit>(format: &[U], mut i: usize) -> (usize, usize) {
    let mut n: usize = 0;
    while let Some(d @ b'0'..=b'9') = ascii_at(format, i) {
        n = n.saturating_mul(10).saturating_add(usize::from(d - b'0'));
        i += 1;
    }
    (n, i)
}

/// Parse the specification after a `%` starting at `i`; `*` widths and
/// precisions are fetched from `args` in order, as C requires.
fn parse_spec<U: Unit>(
    format: &[U],
    mut i: usize,
    args: &mut dyn Args,
) -> Result<(Spec, usize), InvalidFormat> {
    let mut flags = Flags::default();
    while let Some(c) = ascii_at(format, i) {
        match c {
            b'-' => flags.left = true,
            b'+' => flags.plus = true,
            b' ' => flags.space = true,
            b'#' => flags.alternate = true,
            b'0' => flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let width;
    if ascii_at(format, i) == Some(b'*') {
        let w = args.int();
        if w < 0 {
            flags.left = true;
        }
        width = w.unsigned_abs() as usize;
        i += 1;
    } else {
        (width, i) = parse_number(format, i);
    }
    let mut precision = None;
    if ascii_at(format, i) == Some(b'.') {
        i += 1;
        if ascii_at(format, i) == Some(b'*') {
            // A negative precision is taken as if it were omitted (C 7.21.6.1).
            precision = usize::try_from(args.int()).ok();
            i += 1;
        } else {
            let (p, next) = parse_number(format, i);
            precision = Some(p);
            i = next;
        }
    }
    let (size, len) = parse_size(format, i);
    i += len;
    let conversion = ascii_at(format, i).ok_or(InvalidFormat)?;
    Ok((
        Spec {
            flags,
            width,
            precision,
            size,
            conversion,
        },
        i + 1,
    ))
}

/// The size prefix at `i` and its length in units (MSVC's "Argument size
/// specification" table).
pub(crate) fn parse_size<U: Unit>(format: &[U], i: usize) -> (Size, usize) {
    let starts = |s: &[u8], i: usize| {
        s.iter()
            .enumerate()
            .all(|(k, &c)| ascii_at(format, i + k) == Some(c))
    };
    match ascii_at(format, i) {
        Some(b'h') if ascii_at(format, i + 1) == Some(b'h') => (Size::Char, 2),
        Some(b'h') => (Size::Short, 1),
        Some(b'l') if ascii_at(format, i + 1) == Some(b'l') => (Size::LongLong, 2),
        Some(b'l') => (Size::Long, 1),
        Some(b'q') => (Size::LongLong, 1),
        Some(b'L') => (Size::LongDouble, 1),
        Some(b'w') => (Size::Wide, 1),
        Some(b'z' | b't' | b'j') => (Size::Pointer, 1),
        Some(b'I') if starts(b"I64", i) => (Size::LongLong, 3),
        Some(b'I') if starts(b"I32", i) => (Size::Int32, 3),
        Some(b'I') => (Size::Pointer, 1),
        _ => (Size::Default, 0),
    }
}

/// Whether a string or character conversion takes wide text: `h` narrow,
/// `l`/`w` wide, a lower-case conversion the format's own width and an
/// upper-case one (`%S`, `%C`) the other.
pub(crate) fn text_is_wide<U: Unit>(size: Size, conversion: u8) -> bool {
    match size {
        Size::Short => false,
        Size::Long | Size::Wide => true,
        _ => conversion.is_ascii_lowercase() == U::WIDE,
    }
}

fn convert<U: Unit>(
    spec: &Spec,
    args: &mut dyn Args,
    flavour: Flavour,
    out: &mut Vec<U>,
) -> Result<(), InvalidFormat> {
    let mut body: Vec<U> = Vec::new();
    match spec.conversion {
        b'%' => {
            out.push(U::from_ascii(b'%'));
            return Ok(());
        }
        b'd' | b'i' => {
            let v = match spec.size {
                Size::Char => i64::from(args.int() as i8),
                Size::Short => i64::from(args.int() as i16),
                Size::LongLong | Size::Pointer | Size::LongDouble => args.long_long(),
                _ => i64::from(args.int()),
            };
            integer(spec, v.unsigned_abs(), v < 0, out);
            return Ok(());
        }
        b'u' | b'o' | b'x' | b'X' => {
            let v = match spec.size {
                Size::Char => u64::from(args.int() as u8),
                Size::Short => u64::from(args.int() as u16),
                Size::LongLong | Size::Pointer | Size::LongDouble => args.long_long() as u64,
                _ => u64::from(args.int() as u32),
            };
            integer(spec, v, false, out);
            return Ok(());
        }
        b'p' => {
            let hex = format!("{:016X}", args.pointer());
            body.extend(hex.bytes().map(U::from_ascii));
        }
        b'c' | b'C' => {
            let c = args.int();
            if text_is_wide::<U>(spec.size, spec.conversion) {
                U::push_wide_char(&mut body, c as u16);
            } else {
                U::push_narrow_char(&mut body, c as u8);
            }
        }
        b's' | b'S' => {
            let present = if text_is_wide::<U>(spec.size, spec.conversion) {
                args.wide_str(spec.precision)
                    .map(|s| U::push_wide(&mut body, without_cut_pair(&s, spec.precision)))
            } else {
                args.narrow_str(spec.precision)
                    .map(|s| U::push_narrow(&mut body, &s))
            };
            if present.is_none() {
                let null = &b"(null)"[..spec.precision.unwrap_or(6).min(6)];
                body.extend(null.iter().copied().map(U::from_ascii));
            }
        }
        b'e' | b'E' | b'f' | b'F' | b'g' | b'G' | b'a' | b'A' => {
            if !flavour.floats {
                return Ok(());
            }
            let v = if spec.size == Size::LongDouble {
                args.long_double()
            } else {
                args.double()
            };
            floating(spec, v, out);
            return Ok(());
        }
        _ => return Err(InvalidFormat),
    }
    pad(spec, &body, out);
    Ok(())
}

/// A precision that cuts a wide string between the halves of a surrogate
/// pair drops the lone high half instead of printing U+FFFD.
fn without_cut_pair(s: &[u16], precision: Option<usize>) -> &[u16] {
    match s.last() {
        Some(0xD800..=0xDBFF) if precision == Some(s.len()) => &s[..s.len() - 1],
        _ => s,
    }
}

fn pad<U: Unit>(spec: &Spec, body: &[U], out: &mut Vec<U>) {
    let fill = spec.width.saturating_sub(body.len());
    let space = U::from_ascii(b' ');
    if spec.flags.left {
        out.extend_from_slice(body);
        out.extend(std::iter::repeat_n(space, fill));
    } else {
        out.extend(std::iter::repeat_n(space, fill));
        out.extend_from_slice(body);
    }
}

fn integer<U: Unit>(spec: &Spec, magnitude: u64, negative: bool, out: &mut Vec<U>) {
    let c = spec.conversion;
    let mut digits = match c {
        b'o' => format!("{magnitude:o}"),
        b'x' => format!("{magnitude:x}"),
        b'X' => format!("{magnitude:X}"),
        _ => magnitude.to_string(),
    };
    let precision = spec.precision.unwrap_or(1);
    if precision == 0 && magnitude == 0 {
        digits.clear();
    }
    if digits.len() < precision {
        digits.insert_str(0, &"0".repeat(precision - digits.len()));
    }
    if c == b'o' && spec.flags.alternate && !digits.starts_with('0') {
        digits.insert(0, '0');
    }
    let prefix = match c {
        b'd' | b'i' if negative => "-",
        b'd' | b'i' if spec.flags.plus => "+",
        b'd' | b'i' if spec.flags.space => " ",
        b'x' if spec.flags.alternate && magnitude != 0 => "0x",
        b'X' if spec.flags.alternate && magnitude != 0 => "0X",
        _ => "",
    };
    // The 0 flag is ignored with '-' or with a precision (C 7.21.6.1).
    if spec.flags.zero && !spec.flags.left && spec.precision.is_none() {
        let zeros = spec.width.saturating_sub(prefix.len() + digits.len());
        digits.insert_str(0, &"0".repeat(zeros));
    }
    let body: Vec<U> = prefix
        .bytes()
        .chain(digits.bytes())
        .map(U::from_ascii)
        .collect();
    pad(spec, &body, out);
}

/// Floating point is glibc's `snprintf` with the same flags, width and
/// precision, so %e/%f/%g/%a print exactly as a Linux program expects.
fn floating<U: Unit>(spec: &Spec, value: f64, out: &mut Vec<U>) {
    let mut narrow = String::from("%");
    let f = spec.flags;
    for (on, c) in [
        (f.left, '-'),
        (f.plus, '+'),
        (f.space, ' '),
        (f.alternate, '#'),
        (f.zero, '0'),
    ] {
        if on {
            narrow.push(c);
        }
    }
    if spec.width > 0 {
        narrow.push_str(&spec.width.to_string());
    }
    if let Some(p) = spec.precision {
        narrow.push_str(&format!(".{p}"));
    }
    narrow.push(char::from(spec.conversion));
    narrow.push('\0');
    let mut buf = vec![0u8; 64 + spec.width + spec.precision.unwrap_or(0)];
    loop {
        // SAFETY: `buf` has `buf.len()` writable bytes, `narrow` is a
        // NUL-terminated format with exactly one double conversion, and the
        // argument is a double.
        let n = unsafe {
            libc::snprintf(
                buf.as_mut_ptr().cast(),
                buf.len(),
                narrow.as_ptr().cast(),
                value,
            )
        };
        let Ok(n) = usize::try_from(n) else { return };
        if n < buf.len() {
            out.extend(buf[..n].iter().copied().map(U::from_ascii));
            return;
        }
        buf.resize(n + 1, 0);
    }
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
