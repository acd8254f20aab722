//! The request path as WinHttpOpenRequest escapes it into the request line.
//!
//! What Windows escapes is what Wine's `test_request_path_escapes` records
//! for it (the server checks the request line it receives):
//! - by default: control characters, space, DEL, `"`, `#`, `<`, `>`, `[`,
//!   `\`, `]`, `^`, `` ` ``, `{`, `|`, `}` and every byte of a non-ASCII
//!   character's UTF-8 form become `%XX`; `%` and the other printable
//!   characters go as they are;
//! - `WINHTTP_FLAG_ESCAPE_PERCENT`: `%` is escaped too ("all unsafe
//!   characters are converted to an escape sequence including the percent
//!   symbol", the WinHttpOpenRequest page);
//! - `WINHTTP_FLAG_ESCAPE_DISABLE`: only spaces and non-ASCII bytes are
//!   escaped, and CR and LF are left out (Windows drops a trailing CR LF
//!   there); `WINHTTP_FLAG_ESCAPE_DISABLE_QUERY`: the same from the first
//!   `?` on, the path before it escaped as by default.
//!
//! Decisions where Windows is not recorded: CR and LF never go raw (left
//! out where escaping is off), so a path can never end the request line
//! and add headers;
//! `WINHTTP_FLAG_NULL_CODEPAGE` ("valid ANSI characters represented by
//! WCHAR") takes each character's low byte instead of its UTF-8 form (a
//! character past U+00FF becomes `?`), then escapes as above.

use windows_sys::Win32::Networking::WinHttp as wh;

/// `path` as it goes into the request line under OpenRequest's `flags`.
pub fn escape(path: &str, flags: u32) -> String {
    let percent = flags & wh::WINHTTP_FLAG_ESCAPE_PERCENT != 0;
    let disabled = flags & wh::WINHTTP_FLAG_ESCAPE_DISABLE != 0;
    let disabled_in_query = flags & wh::WINHTTP_FLAG_ESCAPE_DISABLE_QUERY != 0;
    let null_codepage = flags & wh::WINHTTP_FLAG_NULL_CODEPAGE != 0;
    let mut out = String::with_capacity(path.len());
    let mut in_query = false;
    let mut utf8 = [0u8; 4];
    for c in path.chars() {
        in_query |= c == '?';
        let bytes: &[u8] = if null_codepage {
            utf8[0] = u8::try_from(u32::from(c)).unwrap_or(b'?');
            &utf8[..1]
        } else {
            c.encode_utf8(&mut utf8).as_bytes()
        };
        let minimal = disabled || (in_query && disabled_in_query);
        for &b in bytes {
            if minimal && matches!(b, b'\r' | b'\n') {
                continue;
            }
            let escape = match b {
                b'\r' | b'\n' | b' ' | 0x80.. => true,
                _ if minimal => false,
                0..=0x1f
                | 0x7f
                | b'"'
                | b'#'
                | b'<'
                | b'>'
                | b'['
                | b'\\'
                | b']'
                | b'^'
                | b'`'
                | b'{'
                | b'|'
                | b'}' => true,
                b'%' => percent,
                _ => false,
            };
            if escape {
                out.push_str(&format!("%{b:02X}"));
            } else {
                out.push(char::from(b));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "/p\r\n\x1f\x7f< %x?\x1f\x7f !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    #[test]
    fn default_escapes_unsafe_but_not_percent() {
        assert_eq!(
            escape(SAMPLE, 0),
            "/p%0D%0A%1F%7F%3C%20%x?%1F%7F%20!%22%23$%&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D~"
        );
        assert_eq!(escape("/plain/path?a=b&c", 0), "/plain/path?a=b&c");
    }

    #[test]
    fn escape_percent() {
        assert_eq!(
            escape(SAMPLE, wh::WINHTTP_FLAG_ESCAPE_PERCENT),
            "/p%0D%0A%1F%7F%3C%20%25x?%1F%7F%20!%22%23$%25&'()*+,-./:;%3C=%3E?@%5B%5C%5D%5E_%60%7B%7C%7D~"
        );
    }

    #[test]
    fn escape_disable_keeps_all_but_spaces_non_ascii_and_line_ends() {
        assert_eq!(
            escape(
                "/p\x1f\x7f< %x?\x1f\x7f !\"<>`\u{80}",
                wh::WINHTTP_FLAG_ESCAPE_DISABLE
            ),
            "/p\x1f\x7f<%20%x?\x1f\x7f%20!\"<>`%C2%80"
        );
        assert_eq!(
            escape("/a\r\nb~\r\n", wh::WINHTTP_FLAG_ESCAPE_DISABLE),
            "/ab~"
        );
    }

    #[test]
    fn escape_disable_query_only_after_the_question_mark() {
        assert_eq!(
            escape("/p< \x7f?< \x7f\"", wh::WINHTTP_FLAG_ESCAPE_DISABLE_QUERY),
            "/p%3C%20%7F?<%20\x7f\""
        );
    }

    #[test]
    fn non_ascii_is_utf8_or_the_low_byte() {
        assert_eq!(
            escape("/e&text=\u{541b}\u{306e}", 0),
            "/e&text=%E5%90%9B%E3%81%AE"
        );
        assert_eq!(escape("/one\u{80}\x7f~", 0), "/one%C2%80%7F~");
        assert_eq!(
            escape("/\u{e4}\u{541b}", wh::WINHTTP_FLAG_NULL_CODEPAGE),
            "/%E4?"
        );
    }
}
