//! FormatMessage.
//!
//! Sources: FORMAT_MESSAGE_FROM_STRING; FORMAT_MESSAGE_FROM_SYSTEM (the
//! system table of `text`, with HRESULTs of the form 0x8007xxxx read as
//! the Win32 code xxxx, and Media Foundation's MF_E_* HRESULTs); FORMAT_MESSAGE_FROM_HMODULE with libwinsession.so's
//! handle (what `GetModuleHandle(L"winhttp.dll")` returns), whose table is
//! WinHTTP's messages and then the system's, since that one object is every
//! winsession DLL. Messages are English: a language other than neutral or
//! English is ERROR_RESOURCE_LANG_NOT_FOUND.
//!
//! Inserts `%1`..`%99` take `!printf!` specifications (d i u x X o c s S p,
//! the h l ll w I I32 I64 sizes, flags, width and precision, `*` taking the
//! next argument). Arguments come from a DWORD_PTR array
//! (FORMAT_MESSAGE_ARGUMENT_ARRAY) or from a `va_list *`: on x86-64 Linux a
//! `va_list` is a pointer to the System V `__va_list_tag`, whose integer
//! arguments this module reads the way `va_arg` does (FormatMessage takes
//! no floating-point arguments, so only the integer area is read). On other
//! targets a message that needs a `va_list` fails with
//! ERROR_INVALID_PARAMETER.

#[path = "message_text.rs"]
mod text;

use std::ffi::c_void;

use win32::abi::guard;
use win32::{Win32Error, Win32Result, set_last_error};
use windows_sys::Win32::Foundation::{
    ERROR_MR_MID_NOT_FOUND, ERROR_RESOURCE_LANG_NOT_FOUND, HMODULE,
};
use windows_sys::Win32::System::Diagnostics::Debug as d;
use windows_sys::Win32::System::WindowsProgramming::FORMAT_MESSAGE_MAX_WIDTH_MASK;
use windows_sys::core::{PSTR, PWSTR};

use crate::string::{Char, c_units, read_arg};

use windows_sys::Win32::System::SystemServices::{LANG_ENGLISH, LANG_NEUTRAL};

/// The System V x86-64 `__va_list_tag`.
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
#[repr(C)]
struct VaListTag {
    gp_offset: u32,
    fp_offset: u32,
    overflow_arg_area: *mut u64,
    reg_save_area: *mut u8,
}

/// Size of the general-purpose part of the register save area (6 × 8).
#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
const GP_SAVE_AREA: u32 = 48;

/// Where insert values come from.
enum Source {
    None,
    Array(*const usize),
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    VaList(*mut VaListTag),
}

struct Arguments {
    source: Source,
    /// Values already taken from a va_list, by insert number - 1.
    taken: Vec<usize>,
}

impl Arguments {
    /// The value of insert `n` (1-based).
    ///
    /// # Safety
    /// The array holds at least `n` values / the va_list has `n` integer
    /// arguments (FormatMessage's contract).
    unsafe fn get(&mut self, n: usize) -> Win32Result<usize> {
        match self.source {
            Source::None => Err(Win32Error::INVALID_PARAMETER),
            // SAFETY: the caller's contract.
            Source::Array(array) => Ok(unsafe { *array.add(n - 1) }),
            #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
            Source::VaList(tag) => {
                while self.taken.len() < n {
                    // SAFETY: the caller's contract: a live va_list with
                    // another integer argument, read as va_arg does.
                    let value = unsafe {
                        let tag = &mut *tag;
                        if tag.gp_offset < GP_SAVE_AREA {
                            let v = tag
                                .reg_save_area
                                .add(tag.gp_offset as usize)
                                .cast::<u64>()
                                .read_unaligned();
                            tag.gp_offset += 8;
                            v
                        } else {
                            let v = tag.overflow_arg_area.read_unaligned();
                            tag.overflow_arg_area = tag.overflow_arg_area.add(1);
                            v
                        }
                    };
                    self.taken.push(value as usize);
                }
                Ok(self.taken[n - 1])
            }
        }
    }
}

/// A `printf` specification inside `!...!`.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    /// 'h', 'l' (also w), 'q' (ll, I64), or none.
    size: Option<char>,
    conversion: char,
}

fn parse_spec(spec: &str, args: &mut Arguments, mut n: usize) -> Win32Result<(Spec, usize)> {
    let mut s = Spec::default();
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '-' => s.left = true,
            '+' => s.plus = true,
            ' ' => s.space = true,
            '#' => s.alternate = true,
            '0' => s.zero = true,
            _ => break,
        }
        i += 1;
    }
    let mut number = |i: &mut usize, n: &mut usize| -> Win32Result<Option<usize>> {
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            // SAFETY: FormatMessage's contract covers the arguments the
            // message uses, `*` ones included.
            let v = unsafe { args.get(*n) }?;
            *n += 1;
            return Ok(Some(v as u32 as usize));
        }
        let digits: String = chars[*i..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        *i += digits.len();
        Ok(digits.parse().ok())
    };
    s.width = number(&mut i, &mut n)?;
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = Some(number(&mut i, &mut n)?.unwrap_or(0));
    }
    let rest: String = chars[i..].iter().collect();
    let (size, rest) = if let Some(r) = rest.strip_prefix("I64").or_else(|| rest.strip_prefix("ll"))
    {
        (Some('q'), r)
    } else if let Some(r) = rest.strip_prefix("I32") {
        (None, r)
    } else if let Some(r) = rest.strip_prefix('I') {
        (Some('q'), r)
    } else if let Some(r) = rest.strip_prefix('l').or_else(|| rest.strip_prefix('w')) {
        (Some('l'), r)
    } else if let Some(r) = rest.strip_prefix('h') {
        (Some('h'), r)
    } else {
        (None, rest.as_str())
    };
    s.size = size;
    s.conversion = rest.chars().next().unwrap_or('s');
    Ok((s, n))
}

/// Pad `body` (after `prefix`, a sign or 0x) to the specification's width.
fn pad(spec: &Spec, prefix: &str, body: &str, numeric: bool) -> String {
    let len = prefix.chars().count() + body.chars().count();
    let fill = spec.width.unwrap_or(0).saturating_sub(len);
    if spec.left {
        format!("{prefix}{body}{}", " ".repeat(fill))
    } else if spec.zero && numeric && spec.precision.is_none() {
        format!("{prefix}{}{body}", "0".repeat(fill))
    } else {
        format!("{}{prefix}{body}", " ".repeat(fill))
    }
}

/// Read a string argument: wide or narrow, "(null)" for NULL.
///
/// # Safety
/// `p` is 0 or a NUL-terminated string of that width.
unsafe fn string_arg(p: usize, wide: bool) -> String {
    if p == 0 {
        return "(null)".into();
    }
    // SAFETY: the caller's contract.
    unsafe {
        if wide {
            u16::decode(c_units(p as *const u16))
        } else {
            u8::decode(c_units(p as *const u8))
        }
    }
}

/// Format insert `n` by its specification. `wide` is whether the function
/// is the W one (which decides what %s and %c mean).
fn format_insert(spec: &str, n: usize, args: &mut Arguments, wide: bool) -> Win32Result<String> {
    let (s, n) = parse_spec(spec, args, n)?;
    // SAFETY: FormatMessage's contract: the message's arguments exist.
    let raw = unsafe { args.get(n) }?;
    let numeric = |digits: String, negative: bool, prefix: &str| {
        let digits = match s.precision {
            Some(p) if digits.len() < p => format!("{}{digits}", "0".repeat(p - digits.len())),
            _ => digits,
        };
        let sign = if negative {
            "-"
        } else if s.plus {
            "+"
        } else if s.space {
            " "
        } else {
            ""
        };
        pad(&s, &format!("{sign}{prefix}"), &digits, true)
    };
    let unsigned = match s.size {
        Some('q') => raw as u64,
        Some('h') => u64::from(raw as u16),
        _ => u64::from(raw as u32),
    };
    Ok(match s.conversion {
        'd' | 'i' => {
            let v = match s.size {
                Some('q') => raw as i64,
                Some('h') => i64::from(raw as i16),
                _ => i64::from(raw as u32 as i32),
            };
            numeric(v.unsigned_abs().to_string(), v < 0, "")
        }
        'u' => numeric(unsigned.to_string(), false, ""),
        'x' => numeric(
            format!("{unsigned:x}"),
            false,
            if s.alternate && unsigned != 0 {
                "0x"
            } else {
                ""
            },
        ),
        'X' => numeric(
            format!("{unsigned:X}"),
            false,
            if s.alternate && unsigned != 0 {
                "0X"
            } else {
                ""
            },
        ),
        'o' => numeric(
            format!("{unsigned:o}"),
            false,
            if s.alternate { "0" } else { "" },
        ),
        'p' => pad(&s, "", &format!("{raw:016X}"), false),
        'c' | 'C' => {
            let wide_char = match s.size {
                Some('h') => false,
                Some('l') => true,
                _ => wide == (s.conversion == 'c'),
            };
            let code = if wide_char {
                u32::from(raw as u16)
            } else {
                u32::from(raw as u8)
            };
            let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
            pad(&s, "", &c.to_string(), false)
        }
        's' | 'S' => {
            let wide_string = match s.size {
                Some('h') => false,
                Some('l') => true,
                _ => wide == (s.conversion == 's'),
            };
            // SAFETY: FormatMessage's contract: a string argument.
            let text = unsafe { string_arg(raw, wide_string) };
            let text: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            pad(&s, "", &text, false)
        }
        other => format!("%{other}"),
    })
}

/// Wrap each line (between hard breaks) at `width` characters, breaking at
/// spaces only, as FormatMessage's width byte asks.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (i, line) in text.split("\r\n").enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        let mut column = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if j > 0 {
                if column > 0 && column + 1 + len > width {
                    out.push_str("\r\n");
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += len;
        }
    }
    out
}

/// Expand a message: escapes, inserts and line breaks.
fn expand(template: &str, flags: u32, args: &mut Arguments, wide: bool) -> Win32Result<String> {
    let width = flags & FORMAT_MESSAGE_MAX_WIDTH_MASK;
    let ignore_inserts = flags & d::FORMAT_MESSAGE_IGNORE_INSERTS != 0;
    // With a width, the message's own line breaks become spaces.
    let soft_break = if width == 0 { "\r\n" } else { " " };
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '%' => {
                let Some(&next) = chars.get(i) else {
                    out.push('%');
                    break;
                };
                i += 1;
                match next {
                    '0' => return Ok(finish(out, width)),
                    '1'..='9' => {
                        let mut digits = next.to_string();
                        if let Some(&d2) = chars.get(i).filter(|c| c.is_ascii_digit()) {
                            digits.push(d2);
                            i += 1;
                        }
                        if ignore_inserts {
                            out.push('%');
                            out.push_str(&digits);
                            continue;
                        }
                        let mut spec = String::from("s");
                        if chars.get(i) == Some(&'!')
                            && let Some(end) = chars[i + 1..].iter().position(|&c| c == '!')
                        {
                            spec = chars[i + 1..i + 1 + end].iter().collect();
                            i += end + 2;
                        }
                        let n: usize = digits.parse().map_err(|_| Win32Error::INVALID_PARAMETER)?;
                        out.push_str(&format_insert(&spec, n, args, wide)?);
                    }
                    'n' => out.push_str("\r\n"),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    other => out.push(other),
                }
            }
            '\r' => {
                if chars.get(i) == Some(&'\n') {
                    i += 1;
                }
                out.push_str(soft_break);
            }
            '\n' => out.push_str(soft_break),
            _ => out.push(c),
        }
    }
    Ok(finish(out, width))
}

fn finish(out: String, width: u32) -> String {
    if width == 0 || width == FORMAT_MESSAGE_MAX_WIDTH_MASK {
        out
    } else {
        wrap(&out, width as usize)
    }
}

/// Messages are English; neutral and English (any sublanguage) are it.
fn check_language(language: u32) -> Win32Result<()> {
    match language & 0x3FF {
        LANG_NEUTRAL | LANG_ENGLISH => Ok(()),
        _ => Err(Win32Error(ERROR_RESOURCE_LANG_NOT_FOUND)),
    }
}

/// The message text of `id` with its CR LF, from the tables the flags name.
fn lookup(flags: u32, module: HMODULE, id: u32, language: u32) -> Win32Result<String> {
    check_language(language)?;
    let from_module = flags & d::FORMAT_MESSAGE_FROM_HMODULE != 0;
    let from_system = flags & d::FORMAT_MESSAGE_FROM_SYSTEM != 0;
    let mut found = None;
    if from_module && crate::module::is_ourselves(module) {
        found = text::find(text::WINHTTP, id).or_else(|| text::find(text::SYSTEM, id));
    }
    if found.is_none() && from_system {
        // HRESULT_FROM_WIN32 values carry the Win32 code in the low word.
        let code = if id & 0xFFFF_0000 == 0x8007_0000 {
            id & 0xFFFF
        } else {
            id
        };
        found = text::find(text::SYSTEM, code).or_else(|| text::find(text::MEDIA_FOUNDATION, id));
    }
    found
        .map(|t| format!("{t}\r\n"))
        .ok_or(Win32Error(ERROR_MR_MID_NOT_FOUND))
}

/// The body of FormatMessageW/A.
///
/// # Safety
/// FormatMessage's contract, with `C` the function's character type.
unsafe fn format_message<C: Char>(
    flags: u32,
    source: *const c_void,
    id: u32,
    language: u32,
    buffer: *mut C,
    size: u32,
    arguments: *const c_void,
) -> Win32Result<u32> {
    // %s and %c mean wide strings and characters in the W function.
    let wide = size_of::<C>() == 2;
    let allocate = flags & d::FORMAT_MESSAGE_ALLOCATE_BUFFER != 0;
    if buffer.is_null() {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    if allocate {
        // SAFETY: with ALLOCATE_BUFFER, `buffer` is really a `C **`.
        unsafe { *buffer.cast::<*mut C>() = std::ptr::null_mut() };
    }
    let template = if flags & d::FORMAT_MESSAGE_FROM_STRING != 0 {
        // SAFETY: with FROM_STRING, `source` is the format string.
        unsafe { read_arg(source.cast::<C>()) }?.ok_or(Win32Error::INVALID_PARAMETER)?
    } else if flags & (d::FORMAT_MESSAGE_FROM_SYSTEM | d::FORMAT_MESSAGE_FROM_HMODULE) != 0 {
        lookup(flags, source as HMODULE, id, language)?
    } else {
        return Err(Win32Error::INVALID_PARAMETER);
    };
    let source = if arguments.is_null() {
        Source::None
    } else if flags & d::FORMAT_MESSAGE_ARGUMENT_ARRAY != 0 {
        Source::Array(arguments.cast())
    } else {
        #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
        {
            Source::VaList(arguments as *mut VaListTag)
        }
        #[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
        {
            Source::None
        }
    };
    let mut args = Arguments {
        source,
        taken: Vec::new(),
    };
    let message = expand(&template, flags, &mut args, wide)?;
    let mut units = C::encode(&message);
    let len = u32::try_from(units.len()).map_err(|_| Win32Error::NOT_ENOUGH_MEMORY)?;
    if allocate {
        // nSize is the minimum number of units to allocate.
        units.resize(
            units.len().max(size as usize).max(units.len() + 1),
            C::default(),
        );
        let bytes: Vec<u8> = units_to_bytes(&units);
        let block = crate::memory::local_copy(&bytes)?;
        // SAFETY: as above.
        unsafe { *buffer.cast::<*mut C>() = block.cast() };
    } else {
        if len >= size {
            return Err(Win32Error::INSUFFICIENT_BUFFER);
        }
        // SAFETY: `buffer` has room for `size > len` units.
        unsafe { crate::string::copy_terminated(&units, buffer) };
    }
    Ok(len)
}

fn units_to_bytes<C: Char>(units: &[C]) -> Vec<u8> {
    // SAFETY: C is u8 or u16, plain data without padding.
    unsafe { std::slice::from_raw_parts(units.as_ptr().cast::<u8>(), std::mem::size_of_val(units)) }
        .to_vec()
}

fn dword_call(name: &'static str, body: impl FnOnce() -> Win32Result<u32>) -> u32 {
    guard(name, 0, || match body() {
        Ok(n) => n,
        Err(e) => {
            set_last_error(e.0);
            0
        }
    })
}

/// # Safety
/// `source` is a format string (FROM_STRING), a module handle or NULL;
/// `buffer` has room for `size` units, or is a `PWSTR *` with
/// FORMAT_MESSAGE_ALLOCATE_BUFFER; `arguments` is NULL, a DWORD_PTR array
/// with FORMAT_MESSAGE_ARGUMENT_ARRAY, or a `va_list *`, holding every
/// argument the message's inserts use.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FormatMessageW(
    flags: u32,
    source: *const c_void,
    message_id: u32,
    language_id: u32,
    buffer: PWSTR,
    size: u32,
    arguments: *const c_void,
) -> u32 {
    dword_call("FormatMessageW", || {
        // SAFETY: the caller's contract.
        unsafe {
            format_message(
                flags,
                source,
                message_id,
                language_id,
                buffer,
                size,
                arguments,
            )
        }
    })
}

/// # Safety
/// As [`FormatMessageW`], in bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FormatMessageA(
    flags: u32,
    source: *const c_void,
    message_id: u32,
    language_id: u32,
    buffer: PSTR,
    size: u32,
    arguments: *const c_void,
) -> u32 {
    dword_call("FormatMessageA", || {
        // SAFETY: the caller's contract.
        unsafe {
            format_message(
                flags,
                source,
                message_id,
                language_id,
                buffer,
                size,
                arguments,
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;
    use win32::wstr::to_wide_nul;

    fn system_w(id: u32, flags: u32) -> Result<String, u32> {
        let mut buf = [0u16; 512];
        // SAFETY: a 512-unit buffer.
        let n = unsafe {
            FormatMessageW(
                d::FORMAT_MESSAGE_FROM_SYSTEM | d::FORMAT_MESSAGE_IGNORE_INSERTS | flags,
                std::ptr::null(),
                id,
                0,
                buf.as_mut_ptr(),
                512,
                std::ptr::null(),
            )
        };
        if n == 0 {
            Err(get_last_error())
        } else {
            Ok(String::from_utf16_lossy(&buf[..n as usize]))
        }
    }

    #[test]
    fn system_messages_end_with_cr_lf() {
        assert_eq!(
            system_w(2, 0).as_deref(),
            Ok("The system cannot find the file specified.\r\n")
        );
        assert_eq!(
            system_w(0x8007_0005, 0).as_deref(),
            Ok("Access is denied.\r\n")
        );
        assert_eq!(
            system_w(2, FORMAT_MESSAGE_MAX_WIDTH_MASK).as_deref(),
            Ok("The system cannot find the file specified. ")
        );
        assert_eq!(system_w(0xFFFF, 0), Err(ERROR_MR_MID_NOT_FOUND));
        assert_eq!(
            system_w(12029, 0),
            Err(ERROR_MR_MID_NOT_FOUND),
            "WinHTTP's texts need its module"
        );
        assert_eq!(
            system_w(0xC00D_36B4, 0).as_deref(),
            Ok(
                "The data specified for the media type is invalid, inconsistent, or not supported by this object.\r\n"
            )
        );
        // Inserts stay as they are with IGNORE_INSERTS.
        assert_eq!(
            system_w(193, 0).as_deref(),
            Ok("%1 is not a valid Win32 application.\r\n")
        );
    }

    #[test]
    fn winhttp_messages_through_its_module() {
        let name = to_wide_nul("winhttp.dll");
        // SAFETY: a terminated name; a 256-unit buffer.
        unsafe {
            let winhttp = crate::module::GetModuleHandleW(name.as_ptr());
            let mut buf = [0u16; 256];
            let n = FormatMessageW(
                d::FORMAT_MESSAGE_FROM_HMODULE,
                winhttp,
                12029,
                0,
                buf.as_mut_ptr(),
                256,
                std::ptr::null(),
            );
            assert_eq!(
                String::from_utf16_lossy(&buf[..n as usize]),
                "A connection with the server could not be established\r\n"
            );
            // A language the tables do not have.
            let german = 0x0407;
            let n = FormatMessageW(
                d::FORMAT_MESSAGE_FROM_HMODULE,
                winhttp,
                12029,
                german,
                buf.as_mut_ptr(),
                256,
                std::ptr::null(),
            );
            assert_eq!((n, get_last_error()), (0, ERROR_RESOURCE_LANG_NOT_FOUND));
        }
    }

    fn from_string_a(format: &str, flags: u32, args: &[usize]) -> Result<String, u32> {
        let format = format!("{format}\0");
        let mut buf = [0u8; 256];
        // SAFETY: a terminated format, a 256-byte buffer, an argument array.
        let n = unsafe {
            FormatMessageA(
                d::FORMAT_MESSAGE_FROM_STRING | d::FORMAT_MESSAGE_ARGUMENT_ARRAY | flags,
                format.as_ptr().cast(),
                0,
                0,
                buf.as_mut_ptr(),
                256,
                args.as_ptr().cast(),
            )
        };
        if n == 0 {
            Err(get_last_error())
        } else {
            Ok(String::from_utf8_lossy(&buf[..n as usize]).into_owned())
        }
    }

    #[test]
    fn inserts_with_printf_specifications() {
        let name = c"world";
        let wide = to_wide_nul("wide");
        let args = [
            name.as_ptr() as usize,
            (-42i32) as u32 as usize,
            255,
            wide.as_ptr() as usize,
            7,
        ];
        assert_eq!(
            from_string_a("Hello %1!", 0, &args).as_deref(),
            Ok("Hello world!")
        );
        assert_eq!(
            from_string_a("%2!d! %3!x! %3!#X! %3!u!", 0, &args).as_deref(),
            Ok("-42 ff 0XFF 255")
        );
        assert_eq!(
            from_string_a("[%3!5d!][%3!-5d!][%3!05d!]", 0, &args).as_deref(),
            Ok("[  255][255  ][00255]")
        );
        assert_eq!(
            from_string_a("%4!ls! %4!S! %1!.3s!", 0, &args).as_deref(),
            Ok("wide wide wor")
        );
        assert_eq!(from_string_a("%1!*d!|", 0, &[4, 9]).as_deref(), Ok("   9|"));
        assert_eq!(
            from_string_a("100%% done%0ignored", 0, &args).as_deref(),
            Ok("100% done")
        );
        assert_eq!(
            from_string_a("a%nb%tc%.", 0, &args).as_deref(),
            Ok("a\r\nb\tc.")
        );
        assert_eq!(
            from_string_a("line\nnext", 0, &args).as_deref(),
            Ok("line\r\nnext")
        );
        assert_eq!(
            from_string_a("keep %1 and %2!d!", d::FORMAT_MESSAGE_IGNORE_INSERTS, &args).as_deref(),
            Ok("keep %1 and %2!d!")
        );
        assert_eq!(
            from_string_a("aaa bbb ccc", 7, &args).as_deref(),
            Ok("aaa bbb\r\nccc")
        );
    }

    #[test]
    fn buffer_rules_and_allocation() {
        let format = to_wide_nul("twelve chars");
        let mut small = [0u16; 12];
        // SAFETY: the buffer holds 12 units; the allocated one is freed.
        unsafe {
            let n = FormatMessageW(
                d::FORMAT_MESSAGE_FROM_STRING,
                format.as_ptr().cast(),
                0,
                0,
                small.as_mut_ptr(),
                12,
                std::ptr::null(),
            );
            assert_eq!(
                (n, get_last_error()),
                (0, Win32Error::INSUFFICIENT_BUFFER.0)
            );
            let mut allocated: PWSTR = std::ptr::null_mut();
            let n = FormatMessageW(
                d::FORMAT_MESSAGE_FROM_STRING | d::FORMAT_MESSAGE_ALLOCATE_BUFFER,
                format.as_ptr().cast(),
                0,
                0,
                (&mut allocated as *mut PWSTR).cast(),
                0,
                std::ptr::null(),
            );
            assert_eq!(n, 12);
            assert_eq!(
                String::from_utf16_lossy(std::slice::from_raw_parts(allocated, 13)),
                "twelve chars\0"
            );
            assert!(crate::memory::LocalFree(allocated.cast()).is_null());
            // An insert without arguments.
            let with_insert = to_wide_nul("needs %1");
            let mut buf = [0u16; 32];
            let n = FormatMessageW(
                d::FORMAT_MESSAGE_FROM_STRING,
                with_insert.as_ptr().cast(),
                0,
                0,
                buf.as_mut_ptr(),
                32,
                std::ptr::null(),
            );
            assert_eq!((n, get_last_error()), (0, Win32Error::INVALID_PARAMETER.0));
        }
    }

    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    #[test]
    fn va_list_arguments_are_read_as_va_arg_does() {
        // Two values in the register save area, the third on the stack.
        let mut saved = [0u64; 6];
        saved[4] = 11;
        saved[5] = 22;
        let mut stack = [33u64, 0];
        let mut tag = VaListTag {
            gp_offset: 32,
            fp_offset: 48,
            overflow_arg_area: stack.as_mut_ptr(),
            reg_save_area: saved.as_mut_ptr().cast(),
        };
        let format = c"%3!d! %1!d! %2!d!";
        let mut buf = [0u8; 32];
        // SAFETY: a va_list tag over live memory holding three integers.
        let n = unsafe {
            FormatMessageA(
                d::FORMAT_MESSAGE_FROM_STRING,
                format.as_ptr().cast(),
                0,
                0,
                buf.as_mut_ptr(),
                32,
                (&mut tag as *mut VaListTag).cast(),
            )
        };
        assert_eq!(&buf[..n as usize], b"33 11 22");
        assert_eq!(tag.gp_offset, 48);
    }
}
