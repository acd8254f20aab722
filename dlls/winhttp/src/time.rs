//! HTTP dates for WinHttpTimeFromSystemTime and WinHttpTimeToSystemTime:
//! the RFC 1123 form "Mon, 28 Jul 2008 10:05:52 GMT" out, and in the
//! leniency Wine's tests record for Windows (" mon 28 jul 2008 10 05 52\n"
//! reads the same: any run of separators, any case, no zone). The RFC 850
//! ("Monday, 28-Jul-08 ...") and asctime ("Mon Jul 28 10:05:52 2008")
//! forms HTTP also allows (RFC 9110 5.6.7) read as well.

use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Foundation::{FILETIME, SYSTEMTIME};

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// WinHttpTimeFromSystemTime's text (29 characters; the caller's
/// WINHTTP_TIME_FORMAT_BUFSIZE holds it and its terminator). The day name
/// is the structure's wDayOfWeek, as the structure is taken as given; a
/// day or month out of range is ERROR_INVALID_PARAMETER.
pub fn format(st: &SYSTEMTIME) -> Win32Result<String> {
    let day = DAYS
        .get(usize::from(st.wDayOfWeek))
        .ok_or(Win32Error::INVALID_PARAMETER)?;
    let month = MONTHS
        .get(usize::from(st.wMonth).wrapping_sub(1))
        .ok_or(Win32Error::INVALID_PARAMETER)?;
    Ok(format!(
        "{day}, {:02} {month} {:04} {:02}:{:02}:{:02} GMT",
        st.wDay, st.wYear, st.wHour, st.wMinute, st.wSecond
    ))
}

/// The index of a day or month name: its first three letters, any case.
fn name_index(names: &[&str], token: &str) -> Option<u16> {
    let prefix = token.get(..3)?;
    names
        .iter()
        .position(|n| n.eq_ignore_ascii_case(prefix))
        .and_then(|i| u16::try_from(i).ok())
}

fn number(token: Option<&&str>) -> Win32Result<u16> {
    token
        .and_then(|t| t.parse().ok())
        .ok_or(Win32Error::INVALID_PARAMETER)
}

/// WinHttpTimeToSystemTime's reading of `text`. The weekday is the date's
/// own (a wrong day name does not change the date); wMilliseconds is 0.
pub fn parse(text: &str) -> Win32Result<SYSTEMTIME> {
    let tokens: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    // The day name is optional; asctime puts the month before the day.
    let rest = match tokens.first() {
        Some(t) if name_index(&DAYS, t).is_some() => &tokens[1..],
        _ => &tokens[..],
    };
    let (day, month, year, clock) = match rest {
        [m, d, h, min, s, y, ..] if name_index(&MONTHS, m).is_some() => {
            (d, name_index(&MONTHS, m), y, [h, min, s])
        }
        [d, m, y, h, min, s, ..] => (d, name_index(&MONTHS, m), y, [h, min, s]),
        _ => return Err(Win32Error::INVALID_PARAMETER),
    };
    let month = month.ok_or(Win32Error::INVALID_PARAMETER)?;
    let year = match number(Some(year))? {
        // RFC 850's two-digit years (RFC 9110 5.6.7: within 50 years).
        y @ 0..=49 => y + 2000,
        y @ 50..=99 => y + 1900,
        y => y,
    };
    let parsed = SYSTEMTIME {
        wYear: year,
        wMonth: month + 1,
        wDayOfWeek: 0,
        wDay: number(Some(day))?,
        wHour: number(Some(clock[0]))?,
        wMinute: number(Some(clock[1]))?,
        wSecond: number(Some(clock[2]))?,
        wMilliseconds: 0,
    };
    with_weekday(&parsed)
}

/// Check the date through kernel32's own calendar and fill in its weekday.
fn with_weekday(st: &SYSTEMTIME) -> Win32Result<SYSTEMTIME> {
    let mut ft = FILETIME {
        dwLowDateTime: 0,
        dwHighDateTime: 0,
    };
    let mut out = *st;
    // SAFETY: both pointers are to locals of the right types.
    let ok = unsafe {
        kernel32::time::SystemTimeToFileTime(st, &mut ft) != 0
            && kernel32::time::FileTimeToSystemTime(&ft, &mut out) != 0
    };
    if ok {
        Ok(out)
    } else {
        Err(Win32Error::INVALID_PARAMETER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(y: u16, m: u16, dow: u16, d: u16, h: u16, min: u16, s: u16) -> SYSTEMTIME {
        SYSTEMTIME {
            wYear: y,
            wMonth: m,
            wDayOfWeek: dow,
            wDay: d,
            wHour: h,
            wMinute: min,
            wSecond: s,
            wMilliseconds: 0,
        }
    }

    fn same(a: &SYSTEMTIME, b: &SYSTEMTIME) -> bool {
        (
            a.wYear,
            a.wMonth,
            a.wDayOfWeek,
            a.wDay,
            a.wHour,
            a.wMinute,
            a.wSecond,
            a.wMilliseconds,
        ) == (
            b.wYear,
            b.wMonth,
            b.wDayOfWeek,
            b.wDay,
            b.wHour,
            b.wMinute,
            b.wSecond,
            b.wMilliseconds,
        )
    }

    #[test]
    fn formats_rfc_1123() {
        let t = st(2008, 7, 1, 28, 10, 5, 52);
        assert_eq!(format(&t).unwrap(), "Mon, 28 Jul 2008 10:05:52 GMT");
        assert_eq!(
            format(&st(2024, 1, 0, 7, 0, 0, 9)).unwrap(),
            "Sun, 07 Jan 2024 00:00:09 GMT"
        );
        // One WCHAR short of WINHTTP_TIME_FORMAT_BUFSIZE / 2 with the NUL.
        assert!(format(&t).unwrap().len() < 31);
        assert_eq!(
            format(&st(2008, 13, 1, 28, 0, 0, 0)),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            format(&st(2008, 0, 1, 28, 0, 0, 0)),
            Err(Win32Error::INVALID_PARAMETER)
        );
        assert_eq!(
            format(&st(2008, 7, 7, 28, 0, 0, 0)),
            Err(Win32Error::INVALID_PARAMETER)
        );
    }

    #[test]
    fn parses_leniently() {
        let want = st(2008, 7, 1, 28, 10, 5, 52);
        for text in [
            "Mon, 28 Jul 2008 10:05:52 GMT\n",
            " mon 28 jul 2008 10 05 52\n",
            "Monday, 28-Jul-08 10:05:52 GMT",
            "Mon Jul 28 10:05:52 2008",
            "28 JUL 2008 10:05:52",
            // The date decides the weekday.
            "Fri, 28 Jul 2008 10:05:52 GMT",
        ] {
            assert!(same(&parse(text).unwrap(), &want), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for text in [
            "",
            "Mon, 28 Foo 2008 10:05:52 GMT",
            "Mon, 31 Feb 2008 10:05:52 GMT",
            "Mon, 28 Jul 2008 25:05:52 GMT",
            "Mon, 28 Jul 2008",
            "Mon, xx Jul 2008 10:05:52 GMT",
        ] {
            assert_eq!(
                parse(text).map(|_| ()),
                Err(Win32Error::INVALID_PARAMETER),
                "{text}"
            );
        }
    }

    #[test]
    fn round_trips() {
        let t = st(1999, 12, 5, 31, 23, 59, 59);
        assert!(same(&parse(&format(&t).unwrap()).unwrap(), &t));
    }
}
