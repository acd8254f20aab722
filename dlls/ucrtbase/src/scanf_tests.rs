//! Tests of the scanf engine.

use super::*;

fn narrow(format: &str, input: &str) -> (c_int, Vec<Store>) {
    let units: Vec<u32> = input.bytes().map(u32::from).collect();
    scan(format.as_bytes(), &mut StrInput::new(&units))
}

fn wide(format: &str, input: &str) -> (c_int, Vec<Store>) {
    let f: Vec<u16> = format.encode_utf16().collect();
    let units: Vec<u32> = input.encode_utf16().map(u32::from).collect();
    scan(&f, &mut StrInput::new(&units))
}

fn int(bytes: usize, value: i64) -> Store {
    Store::Int {
        bytes,
        value: value as u64,
    }
}

fn nstr(s: &str) -> Store {
    Store::Narrow {
        text: s.as_bytes().to_vec(),
        nul: true,
    }
}

fn wstr(s: &str) -> Store {
    Store::Wide {
        text: s.encode_utf16().collect(),
        nul: true,
    }
}

#[test]
fn integers_with_msvc_sizes() {
    assert_eq!(
        narrow("%d %ld %lld %I64d %hd %hhd", "1 -2 3 4 5 6"),
        (
            6,
            vec![
                int(4, 1),
                int(4, -2),
                int(8, 3),
                int(8, 4),
                int(2, 5),
                int(1, 6)
            ]
        )
    );
    assert_eq!(
        narrow("%x %X %o %i %i %i %u %zu", "ff 0x1F 17 0x10 010 -9 7 8"),
        (
            8,
            vec![
                int(4, 255),
                int(4, 31),
                int(4, 15),
                int(4, 16),
                int(4, 8),
                int(4, -9),
                int(4, 7),
                int(8, 8)
            ]
        )
    );
    assert_eq!(narrow("%3d%d", "12345"), (2, vec![int(4, 123), int(4, 45)]));
    assert_eq!(narrow("%p", "0012FF7C"), (1, vec![int(8, 0x12ff7c)]));
}

#[test]
fn floats() {
    assert_eq!(
        narrow("%f %lf %Lf %e", "1.5 -2.25e2 0x1p4 inf"),
        (
            4,
            vec![
                Store::Float(1.5),
                Store::Double(-225.0),
                Store::Double(16.0),
                Store::Float(f32::INFINITY)
            ]
        )
    );
    assert_eq!(narrow("%f", "abc"), (0, vec![]));
}

#[test]
fn strings_follow_the_format_width() {
    assert_eq!(
        narrow("%s %S %ls", "one zwei drei"),
        (3, vec![nstr("one"), wstr("zwei"), wstr("drei")])
    );
    assert_eq!(
        wide("%s %S %hs", "wide ansi h"),
        (3, vec![wstr("wide"), nstr("ansi"), nstr("h")])
    );
    // Wide input into a narrow target is UTF-8.
    assert_eq!(wide("%S", "é"), (1, vec![nstr("é")]));
    assert_eq!(
        wide("%c%3c", "abcd"),
        (
            2,
            vec![
                Store::Wide {
                    text: vec![97],
                    nul: false
                },
                Store::Wide {
                    text: vec![98, 99, 100],
                    nul: false
                }
            ]
        )
    );
    assert_eq!(
        narrow("%4s%s", "abcdef"),
        (2, vec![nstr("abcd"), nstr("ef")])
    );
}

#[test]
fn scansets() {
    assert_eq!(
        narrow("%[a-c]%[^\n]", "abcabX yz\n"),
        (2, vec![nstr("abcab"), nstr("X yz")])
    );
    assert_eq!(narrow("%[]x]", "]x]y"), (1, vec![nstr("]x]")]));
    assert_eq!(
        wide("%[^,],%d", "name,5"),
        (2, vec![wstr("name"), int(4, 5)])
    );
}

#[test]
fn literals_suppression_and_count() {
    assert_eq!(
        narrow("x=%d, y=%*d %n", "x=1, y=2  "),
        (
            1,
            vec![
                int(4, 1),
                Store::Position {
                    bytes: 4,
                    value: 10
                }
            ]
        )
    );
    assert_eq!(narrow("%d%%", "5 %"), (1, vec![int(4, 5)]));
    assert_eq!(narrow("a%d", "b1"), (0, vec![]));
}

#[test]
fn end_of_input() {
    assert_eq!(narrow("%d", ""), (-1, vec![]));
    assert_eq!(narrow("%d", "   "), (-1, vec![]));
    assert_eq!(narrow("%d %d", "1"), (1, vec![int(4, 1)]));
    assert_eq!(wide("%s", ""), (-1, vec![]));
}
