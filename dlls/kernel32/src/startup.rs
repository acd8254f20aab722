//! The program's start: `__winsession_start` (called by the small C `main`
//! the compiler drivers link, with whichever of wmain, wWinMain and WinMain
//! the program defines), the command line (`GetCommandLineW/A`) and its
//! inverse, `CommandLineToArgvW`.
//!
//! The command line is the arguments quoted as Windows quotes them: a word
//! that is empty or holds a space, tab or double quote is put in double
//! quotes, with the backslashes before a quote doubled and the quote escaped
//! (the rules CommandLineToArgvW and the C runtime parse by). The program
//! name is quoted without escapes, as Windows parses it. Without
//! `__winsession_start` (a program with a plain `main`), the line is built
//! from /proc/self/cmdline.

use std::ffi::{CStr, c_char};
use std::sync::OnceLock;

use win32::abi::guard;
use win32::{Win32Error, Win32Result, set_last_error};
use windows_sys::Win32::Foundation::HINSTANCE;
use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWDEFAULT;
use windows_sys::core::{PCWSTR, PSTR, PWSTR};

use crate::string::{Char, c_units};

/// `int wmain(int argc, wchar_t **argv, wchar_t **envp)`.
pub type WMain = unsafe extern "C" fn(i32, *mut PWSTR, *mut PWSTR) -> i32;
/// `int WINAPI wWinMain(HINSTANCE, HINSTANCE, PWSTR, int)`.
pub type WWinMain = unsafe extern "system" fn(HINSTANCE, HINSTANCE, PWSTR, i32) -> i32;
/// `int WINAPI WinMain(HINSTANCE, HINSTANCE, PSTR, int)`.
pub type WinMain = unsafe extern "system" fn(HINSTANCE, HINSTANCE, PSTR, i32) -> i32;

/// Quote one argument for a command line (see the module documentation).
fn quote_argument(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '\n', '\u{b}', '"']) {
        return arg.to_owned();
    }
    let mut out = String::from("\"");
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                // Each backslash before a quote is doubled, and the quote
                // itself escaped.
                out.extend(std::iter::repeat_n('\\', 2 * backslashes + 1));
                backslashes = 0;
            }
            _ => {
                out.extend(std::iter::repeat_n('\\', backslashes));
                backslashes = 0;
            }
        }
        if c != '\\' {
            out.push(c);
        }
    }
    // Backslashes before the closing quote are doubled too.
    out.extend(std::iter::repeat_n('\\', 2 * backslashes));
    out.push('"');
    out
}

/// The program name is parsed up to the next space (or closing quote)
/// without escapes, so it is only put in quotes.
fn quote_program(name: &str) -> String {
    if name.is_empty() || name.contains([' ', '\t']) {
        format!("\"{name}\"")
    } else {
        name.to_owned()
    }
}

/// The whole command line of a list of arguments.
pub(crate) fn command_line_of(args: &[String]) -> String {
    let mut words = Vec::with_capacity(args.len());
    if let Some((program, rest)) = args.split_first() {
        words.push(quote_program(program));
        words.extend(rest.iter().map(|a| quote_argument(a)));
    }
    words.join(" ")
}

/// Where the arguments after the program name start: past the program
/// name's token and the blanks after it.
fn arguments_start(line: &str) -> usize {
    let bytes = line.as_bytes();
    let mut i = 0;
    if bytes.first() == Some(&b'"') {
        i = 1 + line[1..].find('"').map_or(line.len() - 1, |q| q + 1);
    } else {
        while i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
            i += 1;
        }
    }
    while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
        i += 1;
    }
    i
}

/// A NUL-terminated copy that lives as long as the process.
fn leak_terminated<C: Char>(s: &str) -> *mut C {
    let mut units = C::encode(s);
    units.push(C::default());
    Box::leak(units.into_boxed_slice()).as_mut_ptr()
}

/// A NULL-terminated array of wide strings that lives as long as the
/// process (wmain's argv and envp).
fn leak_wide_array(items: &[String]) -> *mut PWSTR {
    let mut pointers: Vec<PWSTR> = items.iter().map(|s| leak_terminated::<u16>(s)).collect();
    pointers.push(std::ptr::null_mut());
    Box::leak(pointers.into_boxed_slice()).as_mut_ptr()
}

/// The command line, in both encodings, with where the arguments start.
struct CommandLine {
    wide: usize,
    ansi: usize,
    wide_arguments: usize,
    ansi_arguments: usize,
}

static COMMAND_LINE: OnceLock<CommandLine> = OnceLock::new();

/// wmain's UTF-16 argv and envp, kept where the process can reach them to
/// its end (so leak checkers see them as still reachable, not lost).
static WMAIN_ARRAYS: OnceLock<(usize, usize)> = OnceLock::new();

fn record_command_line(line: &str) -> &'static CommandLine {
    COMMAND_LINE.get_or_init(|| {
        let start = arguments_start(line);
        let wide: *mut u16 = leak_terminated(line);
        let ansi: *mut u8 = leak_terminated(line);
        let wide_start = line[..start].encode_utf16().count();
        CommandLine {
            wide: wide as usize,
            ansi: ansi as usize,
            // SAFETY: both offsets are within the leaked copies.
            wide_arguments: unsafe { wide.add(wide_start) } as usize,
            // SAFETY: as above.
            ansi_arguments: unsafe { ansi.add(start) } as usize,
        }
    })
}

/// The recorded command line, or one built from /proc/self/cmdline.
fn command_line() -> &'static CommandLine {
    if let Some(line) = COMMAND_LINE.get() {
        return line;
    }
    let raw = std::fs::read("/proc/self/cmdline").unwrap_or_default();
    // Each argument ends with a NUL, so an empty argument is an empty
    // field and only the final terminator's is dropped.
    let body = raw.strip_suffix(&[0]).unwrap_or(&raw);
    let args: Vec<String> = if body.is_empty() {
        Vec::new()
    } else {
        body.split(|&b| b == 0)
            .map(|a| String::from_utf8_lossy(a).into_owned())
            .collect()
    };
    record_command_line(&command_line_of(&args))
}

/// Read a NULL-terminated `char **` array.
///
/// # Safety
/// `array` is NULL or a NULL-terminated array of terminated strings.
unsafe fn read_c_array(array: *const *const c_char, limit: Option<usize>) -> Vec<String> {
    let mut items = Vec::new();
    if array.is_null() {
        return items;
    }
    loop {
        if limit.is_some_and(|l| items.len() >= l) {
            break;
        }
        // SAFETY: the caller's contract: entries up to the NULL are valid.
        let p = unsafe { *array.add(items.len()) };
        if p.is_null() {
            break;
        }
        // SAFETY: as above.
        items.push(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned());
    }
    items
}

/// Start the program: record the command line, convert argv and envp to
/// UTF-16 (kept for the life of the process) and call the entry point:
/// wmain if given, else wWinMain, else WinMain (hInstance is the program's
/// module, hPrevInstance NULL, the command line after the program name,
/// SW_SHOWDEFAULT). Returns the entry point's result; 1 with a message
/// when no entry point was given.
///
/// # Safety
/// `argv` holds `argc` terminated strings and a NULL; `envp` is NULL or a
/// NULL-terminated array of terminated strings; the entry points are NULL
/// or functions of the declared types.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn __winsession_start(
    argc: i32,
    argv: *const *const c_char,
    envp: *const *const c_char,
    wmain: Option<WMain>,
    wwinmain: Option<WWinMain>,
    winmain: Option<WinMain>,
) -> i32 {
    let prepared = guard("__winsession_start", None, || {
        // SAFETY: the caller's contract.
        let args = unsafe { read_c_array(argv, usize::try_from(argc).ok()) };
        // SAFETY: the caller's contract.
        let env = unsafe { read_c_array(envp, None) };
        let line = record_command_line(&command_line_of(&args));
        Some((args, env, line))
    });
    let Some((args, env, line)) = prepared else {
        return 1;
    };
    let instance = crate::module::program_module();
    // SAFETY: the entry points have the declared types (the caller's
    // contract); the arrays and strings passed live for the process.
    unsafe {
        if let Some(wmain) = wmain {
            let count = i32::try_from(args.len()).unwrap_or(i32::MAX);
            let (argv, envp) = *WMAIN_ARRAYS.get_or_init(|| {
                (
                    leak_wide_array(&args) as usize,
                    leak_wide_array(&env) as usize,
                )
            });
            wmain(count, argv as *mut PWSTR, envp as *mut PWSTR)
        } else if let Some(wwinmain) = wwinmain {
            wwinmain(
                instance,
                std::ptr::null_mut(),
                line.wide_arguments as PWSTR,
                SW_SHOWDEFAULT,
            )
        } else if let Some(winmain) = winmain {
            winmain(
                instance,
                std::ptr::null_mut(),
                line.ansi_arguments as PSTR,
                SW_SHOWDEFAULT,
            )
        } else {
            eprintln!("winsession: the program defines none of wmain, wWinMain and WinMain");
            1
        }
    }
}

/// The command line; the buffer lives as long as the process.
#[unsafe(no_mangle)]
pub extern "system" fn GetCommandLineW() -> PWSTR {
    guard("GetCommandLineW", std::ptr::null_mut(), || {
        command_line().wide as PWSTR
    })
}

/// The command line in UTF-8.
#[unsafe(no_mangle)]
pub extern "system" fn GetCommandLineA() -> PSTR {
    guard("GetCommandLineA", std::ptr::null_mut(), || {
        command_line().ansi as PSTR
    })
}

/// Split a command line by CommandLineToArgvW's rules: the program name
/// runs to the next blank, or between quotes without escapes; after it,
/// 2n backslashes and a quote are n backslashes and a quote that toggles
/// quoting, 2n+1 backslashes and a quote are n backslashes and a literal
/// quote, other backslashes are literal, and inside quotes a doubled quote
/// is a literal quote.
pub(crate) fn split_command_line(line: &[u16]) -> Vec<Vec<u16>> {
    const QUOTE: u16 = b'"' as u16;
    const BACKSLASH: u16 = b'\\' as u16;
    let blank = |u: u16| u == u16::from(b' ') || u == u16::from(b'\t');
    let mut args = Vec::new();
    let mut i = 0;
    // The program name.
    let mut program = Vec::new();
    if line.first() == Some(&QUOTE) {
        i = 1;
        while i < line.len() && line[i] != QUOTE {
            program.push(line[i]);
            i += 1;
        }
        i += 1;
    } else {
        while i < line.len() && !blank(line[i]) {
            program.push(line[i]);
            i += 1;
        }
    }
    args.push(program);
    while i < line.len() && blank(line[i]) {
        i += 1;
    }
    let mut current: Option<Vec<u16>> = None;
    let mut in_quotes = false;
    while i < line.len() {
        let u = line[i];
        if blank(u) && !in_quotes {
            if let Some(arg) = current.take() {
                args.push(arg);
            }
            i += 1;
            continue;
        }
        let arg = current.get_or_insert_with(Vec::new);
        if u == BACKSLASH {
            let run = line[i..].iter().take_while(|&&c| c == BACKSLASH).count();
            i += run;
            if line.get(i) == Some(&QUOTE) {
                arg.extend(std::iter::repeat_n(BACKSLASH, run / 2));
                if run % 2 == 1 {
                    arg.push(QUOTE);
                    i += 1;
                }
            } else {
                arg.extend(std::iter::repeat_n(BACKSLASH, run));
            }
            continue;
        }
        if u == QUOTE {
            i += 1;
            if in_quotes && line.get(i) == Some(&QUOTE) {
                // A doubled quote inside quotes is a literal quote.
                arg.push(QUOTE);
                i += 1;
            } else {
                in_quotes = !in_quotes;
            }
            continue;
        }
        arg.push(u);
        i += 1;
    }
    if let Some(arg) = current {
        args.push(arg);
    }
    args
}

/// One LocalAlloc block: the argv array (with a final NULL) and then the
/// strings, freed with one LocalFree. An empty command line gives the
/// program's path, as the CommandLineToArgvW page says.
///
/// # Safety
/// `cmd_line` is NULL or NUL-terminated; `num_args` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn CommandLineToArgvW(
    cmd_line: PCWSTR,
    num_args: *mut i32,
) -> *mut PWSTR {
    guard("CommandLineToArgvW", std::ptr::null_mut(), || {
        let result = (|| -> Win32Result<*mut PWSTR> {
            if num_args.is_null() {
                return Err(Win32Error::INVALID_PARAMETER);
            }
            let args = if cmd_line.is_null() || {
                // SAFETY: non-NULL and terminated by contract.
                unsafe { *cmd_line == 0 }
            } {
                let exe = std::fs::read_link("/proc/self/exe").map_err(Win32Error::from)?;
                vec![u16::encode(&exe.to_string_lossy())]
            } else {
                // SAFETY: terminated by contract.
                split_command_line(unsafe { c_units(cmd_line) })
            };
            let table = (args.len() + 1) * size_of::<PWSTR>();
            let strings: usize = args.iter().map(|a| (a.len() + 1) * 2).sum();
            let block =
                crate::memory::allocate(crate::memory::process_heap(), table + strings, true)?;
            let argv = block.cast::<PWSTR>();
            // SAFETY: the block holds the table and every string with its
            // terminator (zeroed, so the final pointer is NULL); the table
            // is pointer-aligned (heap blocks are 16-aligned).
            unsafe {
                let mut text = block.add(table).cast::<u16>();
                for (i, arg) in args.iter().enumerate() {
                    argv.add(i).write(text);
                    crate::string::copy_terminated(arg, text);
                    text = text.add(arg.len() + 1);
                }
                *num_args = i32::try_from(args.len()).unwrap_or(i32::MAX);
            }
            Ok(argv)
        })();
        result.unwrap_or_else(|e| {
            set_last_error(e.0);
            std::ptr::null_mut()
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::wstr::to_wide_nul;

    fn argv_of(line: &str) -> Vec<String> {
        let w = to_wide_nul(line);
        let mut n = 0;
        // SAFETY: a terminated line; the block is read within its count and
        // freed once.
        unsafe {
            let argv = CommandLineToArgvW(w.as_ptr(), &mut n);
            assert!(!argv.is_null());
            let out = (0..n as usize)
                .map(|i| String::from_utf16_lossy(c_units(*argv.add(i))))
                .collect();
            assert!((*argv.add(n as usize)).is_null());
            assert!(crate::memory::LocalFree(argv.cast()).is_null());
            out
        }
    }

    #[test]
    fn windows_splitting_rules() {
        assert_eq!(argv_of(r#"prog a b"#), ["prog", "a", "b"]);
        assert_eq!(
            argv_of(r#""C:\Program Files\x.exe" "a b"  c"#),
            [r"C:\Program Files\x.exe", "a b", "c"]
        );
        // The documented examples of the CommandLineToArgvW page.
        assert_eq!(argv_of(r#"p "abc" d e"#), ["p", "abc", "d", "e"]);
        assert_eq!(
            argv_of(r#"p a\\\b d"e f"g h"#),
            ["p", r"a\\\b", "de fg", "h"]
        );
        assert_eq!(argv_of(r#"p a\\\"b c d"#), ["p", r#"a\"b"#, "c", "d"]);
        assert_eq!(argv_of(r#"p a\\\\"b c" d e"#), ["p", r"a\\b c", "d", "e"]);
        assert_eq!(argv_of(r#"p a"b"" c d"#), ["p", r#"ab" c d"#]);
        assert_eq!(argv_of(r#"p "" "a""b""#), ["p", "", r#"a"b"#]);
        assert_eq!(argv_of(r"C:\dir\prog.exe   "), [r"C:\dir\prog.exe"]);
    }

    #[test]
    fn empty_line_is_the_program_path() {
        let exe = std::env::current_exe().unwrap();
        assert_eq!(argv_of(""), [exe.to_string_lossy().into_owned()]);
        let empty = to_wide_nul("x");
        // SAFETY: NULL count pointer is refused before anything is read.
        assert!(unsafe { CommandLineToArgvW(empty.as_ptr(), std::ptr::null_mut()) }.is_null());
    }

    #[test]
    fn quoting_round_trips_through_command_line_to_argv() {
        let args: Vec<String> = [
            "/usr/bin/my prog",
            "plain",
            "",
            "two words",
            "tab\there",
            r#"quote"inside"#,
            r"trailing\",
            r#"back\"slash"#,
            r"C:\path\",
            r"\\server\share",
            "ünïcødé ✓",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let line = command_line_of(&args);
        assert_eq!(argv_of(&line), args);
        let start = arguments_start(&line);
        assert_eq!(&line[start..start + 5], "plain");
    }

    #[test]
    fn command_line_exists_without_start() {
        let w = GetCommandLineW();
        let a = GetCommandLineA();
        // SAFETY: both are terminated process-lifetime strings.
        unsafe {
            let wide = String::from_utf16_lossy(c_units(w));
            let ansi = String::from_utf8_lossy(c_units(a.cast_const())).into_owned();
            assert_eq!(wide, ansi);
            let program = std::env::args().next().unwrap();
            assert!(wide.starts_with(&quote_program(&program)));
        }
    }
}
