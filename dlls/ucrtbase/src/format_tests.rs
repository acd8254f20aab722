//! Tests of the format engine: the standard subset against glibc's own
//! `snprintf`, then MSVC's extensions.

use super::*;

#[derive(Debug, Clone)]
enum Value {
    Int(i32),
    LongLong(i64),
    Double(f64),
    Pointer(usize),
    Narrow(Option<Vec<u8>>),
    Wide(Option<Vec<u16>>),
}

struct List(std::collections::VecDeque<Value>);

impl Args for List {
    fn int(&mut self) -> i32 {
        match self.0.pop_front() {
            Some(Value::Int(v)) => v,
            other => panic!("wanted an int, have {other:?}"),
        }
    }
    fn long_long(&mut self) -> i64 {
        match self.0.pop_front() {
            Some(Value::LongLong(v)) => v,
            other => panic!("wanted a long long, have {other:?}"),
        }
    }
    fn double(&mut self) -> f64 {
        match self.0.pop_front() {
            Some(Value::Double(v)) => v,
            other => panic!("wanted a double, have {other:?}"),
        }
    }
    fn long_double(&mut self) -> f64 {
        self.double()
    }
    fn pointer(&mut self) -> usize {
        match self.0.pop_front() {
            Some(Value::Pointer(v)) => v,
            other => panic!("wanted a pointer, have {other:?}"),
        }
    }
    fn narrow_str(&mut self, max: Option<usize>) -> Option<Vec<u8>> {
        match self.0.pop_front() {
            Some(Value::Narrow(v)) => v.map(|mut s| {
                s.truncate(max.unwrap_or(usize::MAX));
                s
            }),
            other => panic!("wanted a narrow string, have {other:?}"),
        }
    }
    fn wide_str(&mut self, max: Option<usize>) -> Option<Vec<u16>> {
        match self.0.pop_front() {
            Some(Value::Wide(v)) => v.map(|mut s| {
                s.truncate(max.unwrap_or(usize::MAX));
                s
            }),
            other => panic!("wanted a wide string, have {other:?}"),
        }
    }
}

fn narrow_with(flavour: Flavour, fmt: &str, args: &[Value]) -> Result<String, InvalidFormat> {
    let mut list = List(args.iter().cloned().collect());
    let mut out = Vec::new();
    format(fmt.as_bytes(), &mut list, flavour, &mut out)?;
    assert!(list.0.is_empty(), "{fmt}: arguments left over");
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn narrow(fmt: &str, args: &[Value]) -> String {
    narrow_with(Flavour::CRT, fmt, args).unwrap()
}

fn wide_units(flavour: Flavour, fmt: &str, args: &[Value]) -> Result<Vec<u16>, InvalidFormat> {
    let f: Vec<u16> = fmt.encode_utf16().collect();
    let mut list = List(args.iter().cloned().collect());
    let mut out = Vec::new();
    format(&f, &mut list, flavour, &mut out)?;
    assert!(list.0.is_empty(), "{fmt}: arguments left over");
    Ok(out)
}

fn wide(fmt: &str, args: &[Value]) -> String {
    String::from_utf16(&wide_units(Flavour::CRT, fmt, args).unwrap()).unwrap()
}

fn n(s: &str) -> Value {
    Value::Narrow(Some(s.as_bytes().to_vec()))
}

fn w(s: &str) -> Value {
    Value::Wide(Some(s.encode_utf16().collect()))
}

fn c_format(fmt: &str) -> std::ffi::CString {
    std::ffi::CString::new(fmt).unwrap()
}

fn glibc_int(fmt: &str, v: i32) -> String {
    let mut buf = [0u8; 512];
    let f = c_format(fmt);
    // SAFETY: a sized buffer, a format with one int conversion.
    let n = unsafe { libc::snprintf(buf.as_mut_ptr().cast(), buf.len(), f.as_ptr(), v) };
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

fn glibc_long_long(fmt: &str, v: i64) -> String {
    let mut buf = [0u8; 512];
    let f = c_format(fmt);
    // SAFETY: a sized buffer, a format with one long long conversion.
    let n = unsafe { libc::snprintf(buf.as_mut_ptr().cast(), buf.len(), f.as_ptr(), v) };
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

fn glibc_double(fmt: &str, v: f64) -> String {
    let mut buf = [0u8; 512];
    let f = c_format(fmt);
    // SAFETY: a sized buffer, a format with one double conversion.
    let n = unsafe { libc::snprintf(buf.as_mut_ptr().cast(), buf.len(), f.as_ptr(), v) };
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

fn glibc_str(fmt: &str, s: &str) -> String {
    let mut buf = [0u8; 512];
    let f = c_format(fmt);
    let s = c_format(s);
    // SAFETY: a sized buffer, a format with one string conversion.
    let n = unsafe { libc::snprintf(buf.as_mut_ptr().cast(), buf.len(), f.as_ptr(), s.as_ptr()) };
    String::from_utf8_lossy(&buf[..n as usize]).into_owned()
}

const FLAGS: [&str; 9] = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0"];
const WIDTHS: [&str; 3] = ["", "1", "12"];
const PRECISIONS: [&str; 4] = ["", ".", ".0", ".5"];

fn specs(conversions: &str, sizes: &[&str]) -> Vec<String> {
    let mut v = Vec::new();
    for f in FLAGS {
        for wd in WIDTHS {
            for p in PRECISIONS {
                for s in sizes {
                    for c in conversions.chars() {
                        v.push(format!("[%{f}{wd}{p}{s}{c}]"));
                    }
                }
            }
        }
    }
    v
}

#[test]
fn int_conversions_match_glibc() {
    let values = [0, 1, -1, 42, -42, 255, 65535, i32::MAX, i32::MIN];
    for spec in specs("diouxX", &["", "h", "hh"]) {
        for v in values {
            assert_eq!(
                narrow(&spec, &[Value::Int(v)]),
                glibc_int(&spec, v),
                "{spec} {v}"
            );
        }
    }
}

#[test]
fn long_long_conversions_match_glibc() {
    let values = [0, -1, 1 << 40, i64::MAX, i64::MIN];
    for spec in specs("diouxX", &["ll"]) {
        for v in values {
            assert_eq!(
                narrow(&spec, &[Value::LongLong(v)]),
                glibc_long_long(&spec, v),
                "{spec} {v}"
            );
        }
    }
}

#[test]
fn float_conversions_match_glibc() {
    let values = [
        0.0,
        -0.0,
        1.5,
        -2.25e-7,
        1e300,
        123456.789,
        f64::INFINITY,
        f64::NAN,
    ];
    for spec in specs("eEfFgGaA", &[""]) {
        for v in values {
            assert_eq!(
                narrow(&spec, &[Value::Double(v)]),
                glibc_double(&spec, v),
                "{spec} {v}"
            );
        }
    }
}

#[test]
fn strings_and_chars_match_glibc() {
    for f in [
        "[%s]", "[%10s]", "[%-10s]", "[%.2s]", "[%10.3s]", "[%.0s]", "[%s]",
    ] {
        for s in ["", "hello", "grüße"] {
            assert_eq!(narrow(f, &[n(s)]), glibc_str(f, s), "{f} {s}");
        }
    }
    for f in ["[%c]", "[%5c]", "[%-5c]", "%%[%c]%%"] {
        assert_eq!(narrow(f, &[Value::Int(65)]), glibc_int(f, 65), "{f}");
    }
}

#[test]
fn star_width_and_precision() {
    let args = [Value::Int(-6), Value::Int(3), Value::Int(7)];
    assert_eq!(narrow("[%*.*d]", &args), "[007   ]");
    // A negative precision counts as none.
    assert_eq!(narrow("[%.*d]", &[Value::Int(-1), Value::Int(5)]), "[5]");
}

#[test]
fn msvc_size_prefixes() {
    // l is 32-bit: only the low half of the argument's slot counts.
    assert_eq!(
        narrow(
            "%ld %lu %lx",
            &[Value::Int(-1), Value::Int(-1), Value::Int(-1)]
        ),
        "-1 4294967295 ffffffff"
    );
    let big = Value::LongLong(-1);
    assert_eq!(
        narrow("%I64d %I64u", &[big.clone(), big.clone()]),
        "-1 18446744073709551615"
    );
    assert_eq!(
        narrow(
            "%Iu %zu %Id %td %jd",
            &[big.clone(), big.clone(), big.clone(), big.clone(), big]
        ),
        "18446744073709551615 18446744073709551615 -1 -1 -1"
    );
    assert_eq!(
        narrow("%I32d %I32x", &[Value::Int(-2), Value::Int(255)]),
        "-2 ff"
    );
    assert_eq!(narrow("%lld", &[Value::LongLong(1 << 40)]), "1099511627776");
    assert_eq!(
        narrow("%lf %Lf", &[Value::Double(1.5), Value::Double(2.5)]),
        "1.500000 2.500000"
    );
}

#[test]
fn narrow_format_string_widths() {
    assert_eq!(
        narrow(
            "%s|%ws|%S|%ls|%hs",
            &[n("a"), w("é"), w("🎉"), w("x"), n("y")]
        ),
        "a|é|🎉|x|y"
    );
    assert_eq!(
        narrow(
            "%c%C%lc%wc%hc",
            &[
                Value::Int(97),
                Value::Int(0xE9),
                Value::Int(0x20AC),
                Value::Int(98),
                Value::Int(99)
            ]
        ),
        "aé€bc"
    );
    // A lone surrogate becomes U+FFFD in UTF-8.
    assert_eq!(
        narrow("%ls", &[Value::Wide(Some(vec![0xD800, 0x41]))]),
        "\u{FFFD}A"
    );
    assert_eq!(narrow("[%5ls]", &[w("ab")]), "[   ab]");
}

#[test]
fn wide_format_string_widths() {
    assert_eq!(wide("%s %d\n", &[w("x"), Value::Int(1)]), "x 1\n");
    assert_eq!(
        wide(
            "%s|%S|%hs|%ls|%ws",
            &[w("wide"), n("narrow ü"), n("h"), w("l"), w("w")]
        ),
        "wide|narrow ü|h|l|w"
    );
    assert_eq!(
        wide(
            "%c%C%hc%lc",
            &[
                Value::Int(0x20AC),
                Value::Int(0x41),
                Value::Int(0x42),
                Value::Int(0x43)
            ]
        ),
        "€ABC"
    );
    assert_eq!(wide("[%-4s]", &[w("é")]), "[é   ]");
    // Width and precision count UTF-16 units; a cut pair loses its high half.
    assert_eq!(wide("[%.1s]", &[w("🎉")]), "[]");
    assert_eq!(wide("[%3s]", &[w("🎉")]), "[ 🎉]");
    // Lone surrogates pass through untouched in wide output.
    assert_eq!(
        wide_units(Flavour::CRT, "%s", &[Value::Wide(Some(vec![0xDC00]))]).unwrap(),
        [0xDC00]
    );
    assert_eq!(
        wide(
            "%5.1f|%e|%x",
            &[Value::Double(2.25), Value::Double(1e10), Value::Int(255)]
        ),
        "  2.2|1.000000e+10|ff"
    );
}

#[test]
fn null_strings_and_pointers() {
    assert_eq!(
        narrow("%s %ls", &[Value::Narrow(None), Value::Wide(None)]),
        "(null) (null)"
    );
    assert_eq!(narrow("[%.3s]", &[Value::Narrow(None)]), "[(nu]");
    assert_eq!(wide("%s", &[Value::Wide(None)]), "(null)");
    assert_eq!(
        narrow("%p", &[Value::Pointer(0x12ff7c)]),
        "000000000012FF7C"
    );
    assert_eq!(
        narrow("[%20p]", &[Value::Pointer(0)]),
        "[    0000000000000000]"
    );
}

#[test]
fn invalid_specifications_fail() {
    assert_eq!(narrow_with(Flavour::CRT, "%n", &[]), Err(InvalidFormat));
    assert_eq!(narrow_with(Flavour::CRT, "%y", &[]), Err(InvalidFormat));
    assert_eq!(narrow_with(Flavour::CRT, "abc%", &[]), Err(InvalidFormat));
    assert_eq!(narrow_with(Flavour::CRT, "%Z", &[]), Err(InvalidFormat));
    assert_eq!(narrow("100%%", &[]), "100%");
}

#[test]
fn wsprintf_has_no_floating_point() {
    let out = wide_units(Flavour::WSPRINTF, "%d%f%s", &[Value::Int(1), w("x")]).unwrap();
    assert_eq!(String::from_utf16(&out).unwrap(), "1x");
    assert_eq!(
        narrow_with(Flavour::WSPRINTF, "%hs/%ls", &[n("a"), w("b")]).unwrap(),
        "a/b"
    );
}
