//! Wide character classification and case mapping (`iswalpha`,
//! `towlower` ...) for UTF-16 units.
//!
//! The classes follow Unicode's properties, as the UCRT's tables (built from
//! `GetStringTypeW`) do; case mapping is Unicode's simple one-to-one mapping
//! within the BMP, what the UCRT applies once a program selects a locale.
//! `iswdigit` and `iswxdigit` stay ASCII, as C defines them. A surrogate
//! half or `WEOF` is in no class and maps to itself.

use std::ffi::c_int;

/// `wint_t` as glibc's headers declare it (32-bit even with
/// `-fshort-wchar`); `WEOF` is `0xFFFFFFFF`.
pub type WInt = u32;

/// glibc's `WEOF`.
pub const WEOF: WInt = 0xFFFF_FFFF;

fn as_char(c: WInt) -> Option<char> {
    u16::try_from(c).ok().and_then(|u| char::from_u32(u.into()))
}

fn map_single(c: u16, map: impl Fn(char) -> Option<char>) -> u16 {
    char::from_u32(c.into())
        .and_then(map)
        .and_then(|m| u16::try_from(u32::from(m)).ok())
        .unwrap_or(c)
}

/// The simple lower-case mapping of a UTF-16 unit.
pub fn to_lower_unit(c: u16) -> u16 {
    map_single(c, |ch| {
        let mut it = ch.to_lowercase();
        match (it.next(), it.next()) {
            (Some(m), None) => Some(m),
            _ => None,
        }
    })
}

/// The simple upper-case mapping of a UTF-16 unit.
pub fn to_upper_unit(c: u16) -> u16 {
    map_single(c, |ch| {
        let mut it = ch.to_uppercase();
        match (it.next(), it.next()) {
            (Some(m), None) => Some(m),
            _ => None,
        }
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_towlower(c: WInt) -> WInt {
    u16::try_from(c).map_or(c, |u| to_lower_unit(u).into())
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_towupper(c: WInt) -> WInt {
    u16::try_from(c).map_or(c, |u| to_upper_unit(u).into())
}

fn class(c: WInt, test: fn(char) -> bool) -> c_int {
    as_char(c).is_some_and(test).into()
}

fn is_print(ch: char) -> bool {
    !ch.is_control() && !matches!(ch, '\u{2028}' | '\u{2029}')
}

fn is_punct(ch: char) -> bool {
    is_print(ch) && !ch.is_alphanumeric() && !ch.is_whitespace()
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswalpha(c: WInt) -> c_int {
    class(c, char::is_alphabetic)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswdigit(c: WInt) -> c_int {
    class(c, |ch| ch.is_ascii_digit())
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswxdigit(c: WInt) -> c_int {
    class(c, |ch| ch.is_ascii_hexdigit())
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswspace(c: WInt) -> c_int {
    class(c, char::is_whitespace)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswblank(c: WInt) -> c_int {
    class(c, |ch| {
        ch == '\t'
            || (ch.is_whitespace() && !ch.is_control() && ch != '\u{2028}' && ch != '\u{2029}')
    })
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswupper(c: WInt) -> c_int {
    class(c, char::is_uppercase)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswlower(c: WInt) -> c_int {
    class(c, char::is_lowercase)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswalnum(c: WInt) -> c_int {
    class(c, char::is_alphanumeric)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswpunct(c: WInt) -> c_int {
    class(c, is_punct)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswprint(c: WInt) -> c_int {
    class(c, is_print)
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswgraph(c: WInt) -> c_int {
    class(c, |ch| is_print(ch) && !ch.is_whitespace())
}

#[unsafe(no_mangle)]
pub extern "system" fn __wrap_iswcntrl(c: WInt) -> c_int {
    class(c, |ch| {
        ch.is_control() || matches!(ch, '\u{2028}' | '\u{2029}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(c: char) -> WInt {
        c.into()
    }

    #[test]
    fn case_mapping() {
        assert_eq!(__wrap_towlower(w('A')), w('a'));
        assert_eq!(__wrap_towlower(w('Ä')), w('ä'));
        assert_eq!(__wrap_towupper(w('ω')), w('Ω'));
        // ß upper-cases to two letters: no simple mapping, unchanged.
        assert_eq!(__wrap_towupper(w('ß')), w('ß'));
        assert_eq!(__wrap_towlower(WEOF), WEOF);
        assert_eq!(__wrap_towlower(0xD800), 0xD800);
    }

    #[test]
    fn classes() {
        assert_eq!(__wrap_iswalpha(w('é')), 1);
        assert_eq!(__wrap_iswalpha(w('1')), 0);
        assert_eq!(__wrap_iswdigit(w('7')), 1);
        assert_eq!(__wrap_iswdigit(w('٣')), 0);
        assert_eq!(__wrap_iswspace(w(' ')), 1);
        assert_eq!(__wrap_iswspace(0x3000), 1);
        assert_eq!(__wrap_iswupper(w('Q')), 1);
        assert_eq!(__wrap_iswlower(w('Q')), 0);
        assert_eq!(__wrap_iswpunct(w('!')), 1);
        assert_eq!(__wrap_iswpunct(w('a')), 0);
        assert_eq!(__wrap_iswxdigit(w('f')), 1);
        assert_eq!(__wrap_iswcntrl(w('\n')), 1);
        assert_eq!(__wrap_iswprint(w('\n')), 0);
        assert_eq!(__wrap_iswblank(w('\t')), 1);
        assert_eq!(__wrap_iswblank(w('\n')), 0);
        assert_eq!(__wrap_iswalnum(WEOF), 0);
    }
}
