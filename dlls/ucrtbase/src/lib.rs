#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]
//! ucrtbase: a C runtime with MSVC semantics for 16-bit `wchar_t`.
//!
//! Windows programs are compiled with `-fshort-wchar`, so glibc's wide
//! functions (built for a 32-bit `wchar_t`) would read their strings wrong,
//! and glibc's printf knows none of MSVC's formats (`%ws`, `%S`, `%I64d`,
//! `%Iu`; `%s` in a wide format is a wide string). As Wine's ucrtbase does
//! for Winelib programs, this crate provides those functions:
//! - glibc names are reached through GNU ld's `--wrap`: the compiler driver
//!   links every program with `-Wl,--wrap=NAME` for each name in
//!   `sdk/crt/wrapped.txt`, so the program's own calls to `wcslen` land on
//!   `__wrap_wcslen` here while shared libraries keep glibc's;
//! - MSVC-only names (`_wcsicmp`, `_itow`, `swprintf_s` ...) are exported
//!   under their own names;
//! - the variadic printf and scanf entry points are C (`sdk/crt/printf.c`, linked into
//!   every program as `libwinsession_crt.a`), which hands each `va_list` to
//!   [`printf::winsession_format`] (printf) or [`scanf::winsession_scan`]
//!   (scanf); the engines themselves are [`format`](mod@format) and [`scanf::scan`].
//!
//! Text: narrow strings are UTF-8 (this project's ANSI code page), wide
//! strings UTF-16. The `_s` functions return their error code (and set
//! `errno`) where MSVC would call the invalid-parameter handler, whose
//! default ends the process: a library should not abort its host.

pub mod convert;
pub mod ctype;
pub mod errno;
pub mod format;
pub mod multibyte;
pub mod printf;
pub mod scanf;
pub mod secure;
pub mod stdio;
pub mod time;
pub mod wstring;

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    fn identifier(s: &str) -> &str {
        let end = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        &s[..end]
    }

    /// `sdk/crt/wrapped.txt` (the driver's `--wrap` list) names exactly the
    /// functions this crate and `printf.c` define as `__wrap_NAME`: a name
    /// missing here would leave a program's call unresolved, a definition
    /// missing from the list would leave the call on glibc's function.
    #[test]
    fn wrap_list_matches_the_definitions() {
        let listed: BTreeSet<&str> = include_str!("../../../sdk/crt/wrapped.txt")
            .lines()
            .filter(|l| !l.is_empty())
            .collect();
        let rust = [
            include_str!("convert.rs"),
            include_str!("ctype.rs"),
            include_str!("multibyte.rs"),
            include_str!("stdio.rs"),
            include_str!("time.rs"),
            include_str!("wstring.rs"),
        ];
        let printf_c = include_str!("../../../sdk/crt/printf.c");
        let mut defined = BTreeSet::new();
        for source in rust.iter().chain([&printf_c]) {
            for marker in ["fn __wrap_", "wide_strto!(__wrap_"] {
                for piece in source.split(marker).skip(1) {
                    defined.insert(identifier(piece));
                }
            }
        }
        for line in printf_c.lines() {
            if let Some(rest) = line.strip_prefix("VARIADIC(int, __wrap_") {
                defined.insert(identifier(rest));
            } else if let Some(rest) = line.strip_prefix("VALIST(int, __wrap_") {
                defined.insert(identifier(rest));
            } else if let Some(rest) = line
                .strip_prefix("SCANF_PAIR(")
                .or_else(|| line.strip_prefix("VSCANF_PAIR("))
            {
                let name = identifier(rest);
                defined.insert(name);
                defined.insert(Box::leak(format!("__isoc99_{name}").into_boxed_str()));
            }
        }
        defined.remove("");
        assert_eq!(listed, defined);
        assert!(listed.contains("wcslen") && listed.contains("__isoc99_swscanf"));
    }
}
