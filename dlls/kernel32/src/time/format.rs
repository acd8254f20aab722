//! Date and time formatting: GetDateFormat and GetTimeFormat in their A, W
//! and Ex forms.
//!
//! Every locale formats with the en-US patterns and English names
//! ("M/d/yyyy", "dddd, MMMM d, yyyy", "h:mm:ss tt"), except the invariant
//! locale, which uses its own ("MM/dd/yyyy", "dddd, dd MMMM yyyy",
//! "HH:mm:ss"): Linux has no Windows locale data.

use win32::abi::guard;
use win32::{Win32Error, Win32Result, set_last_error};
use windows_sys::Win32::Foundation::{ERROR_INVALID_FLAGS, SYSTEMTIME};
use windows_sys::Win32::Globalization as g;
use windows_sys::core::{PCSTR, PCWSTR, PSTR, PWSTR};

use super::{check_date, check_time, day_of_week, days_from_civil, local_now};
use crate::string::{Char, read_arg};

// windows-sys declares this under the Win32_System_SystemServices feature,
// which the workspace does not enable.
const LOCALE_INVARIANT: u32 = 0x007F;

const DAY_NAMES: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The patterns of a locale.
struct Patterns {
    short_date: &'static str,
    long_date: &'static str,
    year_month: &'static str,
    month_day: &'static str,
    time: &'static str,
}

const EN_US: Patterns = Patterns {
    short_date: "M/d/yyyy",
    long_date: "dddd, MMMM d, yyyy",
    year_month: "MMMM yyyy",
    month_day: "MMMM d",
    time: "h:mm:ss tt",
};

const INVARIANT: Patterns = Patterns {
    short_date: "MM/dd/yyyy",
    long_date: "dddd, dd MMMM yyyy",
    year_month: "yyyy MMMM",
    month_day: "MMMM dd",
    time: "HH:mm:ss",
};

fn patterns_for_lcid(lcid: u32) -> &'static Patterns {
    if lcid == LOCALE_INVARIANT {
        &INVARIANT
    } else {
        &EN_US
    }
}

/// # Safety
/// `name` is NULL or NUL-terminated.
unsafe fn patterns_for_name(name: PCWSTR) -> Win32Result<&'static Patterns> {
    // SAFETY: forwarded contract.
    Ok(match unsafe { read_arg(name) }?.as_deref() {
        Some("") => &INVARIANT,
        _ => &EN_US,
    })
}

/// Which fields a picture may contain.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    Date,
    Time,
}

/// Expand a picture. Letters of the other kind, and anything else, are
/// copied; 'quoted' text is copied without its quotes ('' is a quote).
/// A field removed by a TIME_NO* flag takes the separator before it along.
fn expand_picture(picture: &str, st: &SYSTEMTIME, fields: Fields, flags: u32) -> String {
    let chars: Vec<char> = picture.chars().collect();
    let mut out = String::new();
    let mut after_last_field: Option<usize> = None;
    let mut skipping_separator = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' && chars.get(i + 1) == Some(&'\'') {
            out.push('\'');
            i += 2;
            continue;
        }
        if c == '\'' {
            i += 1;
            loop {
                match (chars.get(i), chars.get(i + 1)) {
                    (Some('\''), Some('\'')) => {
                        out.push('\'');
                        i += 2;
                    }
                    (Some('\''), _) => {
                        i += 1;
                        break;
                    }
                    (Some(&ch), _) => {
                        if !skipping_separator {
                            out.push(ch);
                        }
                        i += 1;
                    }
                    (None, _) => break,
                }
            }
            continue;
        }
        let run = chars[i..].iter().take_while(|&&x| x == c).count();
        i += run;
        let field = match (fields, c) {
            (Fields::Date, 'd' | 'M' | 'y' | 'g') | (Fields::Time, 'h' | 'H' | 'm' | 's' | 't') => {
                c
            }
            _ => {
                if !skipping_separator {
                    out.extend(std::iter::repeat_n(c, run));
                }
                continue;
            }
        };
        let skipped = match field {
            'm' => flags & g::TIME_NOMINUTESORSECONDS != 0,
            's' => flags & (g::TIME_NOMINUTESORSECONDS | g::TIME_NOSECONDS) != 0,
            't' => flags & g::TIME_NOTIMEMARKER != 0,
            _ => false,
        };
        if skipped {
            match after_last_field {
                Some(end) => out.truncate(end),
                None => skipping_separator = true,
            }
            continue;
        }
        skipping_separator = false;
        let two = |v: u16| format!("{v:02}");
        let hour12 = match st.wHour % 12 {
            0 => 12,
            h => h,
        };
        let text = match (field, run) {
            ('d', 1) => st.wDay.to_string(),
            ('d', 2) => two(st.wDay),
            ('d', 3) => DAY_NAMES[usize::from(st.wDayOfWeek % 7)][..3].to_string(),
            ('d', _) => DAY_NAMES[usize::from(st.wDayOfWeek % 7)].to_string(),
            ('M', 1) => st.wMonth.to_string(),
            ('M', 2) => two(st.wMonth),
            ('M', 3) => MONTH_NAMES[usize::from(st.wMonth - 1)][..3].to_string(),
            ('M', _) => MONTH_NAMES[usize::from(st.wMonth - 1)].to_string(),
            ('y', 1) => (st.wYear % 100).to_string(),
            ('y', 2) => two(st.wYear % 100),
            ('y', _) => st.wYear.to_string(),
            ('g', _) => "A.D.".to_string(),
            ('h', _) if flags & g::TIME_FORCE24HOURFORMAT != 0 => {
                if run == 1 {
                    st.wHour.to_string()
                } else {
                    two(st.wHour)
                }
            }
            ('h', 1) => hour12.to_string(),
            ('h', _) => two(hour12),
            ('H', 1) => st.wHour.to_string(),
            ('H', _) => two(st.wHour),
            ('m', 1) => st.wMinute.to_string(),
            ('m', _) => two(st.wMinute),
            ('s', 1) => st.wSecond.to_string(),
            ('s', _) => two(st.wSecond),
            ('t', 1) => (if st.wHour < 12 { "A" } else { "P" }).to_string(),
            _ => (if st.wHour < 12 { "AM" } else { "PM" }).to_string(),
        };
        out.push_str(&text);
        after_last_field = Some(out.len());
    }
    out
}

/// The date to format: the caller's, checked, with the day of the week
/// computed (Windows ignores wDayOfWeek), or the local time now.
///
/// # Safety
/// `date` is NULL or readable.
unsafe fn date_to_format(date: *const SYSTEMTIME, fields: Fields) -> Win32Result<SYSTEMTIME> {
    if date.is_null() {
        return Ok(local_now());
    }
    // SAFETY: readable by contract.
    let mut st = unsafe { *date };
    match fields {
        Fields::Date => {
            check_date(&st)?;
            st.wDayOfWeek = day_of_week(days_from_civil(
                i64::from(st.wYear),
                u32::from(st.wMonth),
                u32::from(st.wDay),
            ));
        }
        Fields::Time => check_time(&st)?,
    }
    Ok(st)
}

const DATE_FORMAT_FLAGS: u32 =
    g::DATE_SHORTDATE | g::DATE_LONGDATE | g::DATE_YEARMONTH | g::DATE_MONTHDAY;
const DATE_OTHER_FLAGS: u32 = g::DATE_USE_ALT_CALENDAR
    | g::DATE_LTRREADING
    | g::DATE_RTLREADING
    | g::DATE_AUTOLAYOUT
    | g::LOCALE_NOUSEROVERRIDE
    | g::LOCALE_USE_CP_ACP;
const TIME_FLAGS: u32 = g::TIME_NOMINUTESORSECONDS
    | g::TIME_NOSECONDS
    | g::TIME_NOTIMEMARKER
    | g::TIME_FORCE24HOURFORMAT
    | g::LOCALE_NOUSEROVERRIDE
    | g::LOCALE_USE_CP_ACP;

/// GetDateFormat's text: a picture, or the pattern one flag selects (a
/// picture together with a pattern flag is ERROR_INVALID_FLAGS).
fn format_date(
    patterns: &Patterns,
    flags: u32,
    st: &SYSTEMTIME,
    picture: Option<String>,
) -> Win32Result<String> {
    if flags & !(DATE_FORMAT_FLAGS | DATE_OTHER_FLAGS) != 0 {
        return Err(Win32Error(ERROR_INVALID_FLAGS));
    }
    let selected = flags & DATE_FORMAT_FLAGS;
    if selected.count_ones() > 1 || (picture.is_some() && selected != 0) {
        return Err(Win32Error(ERROR_INVALID_FLAGS));
    }
    let picture = picture.unwrap_or_else(|| {
        match selected {
            g::DATE_LONGDATE => patterns.long_date,
            g::DATE_YEARMONTH => patterns.year_month,
            g::DATE_MONTHDAY => patterns.month_day,
            _ => patterns.short_date,
        }
        .to_string()
    });
    Ok(expand_picture(&picture, st, Fields::Date, flags))
}

fn format_time(
    patterns: &Patterns,
    flags: u32,
    st: &SYSTEMTIME,
    picture: Option<String>,
) -> Win32Result<String> {
    if flags & !TIME_FLAGS != 0 {
        return Err(Win32Error(ERROR_INVALID_FLAGS));
    }
    let picture = picture.unwrap_or_else(|| patterns.time.to_string());
    Ok(expand_picture(&picture, st, Fields::Time, flags))
}

/// Deliver formatted text with the GetDateFormat rules: `size` 0 asks for
/// the size, terminator included; a short buffer is
/// ERROR_INSUFFICIENT_BUFFER.
///
/// # Safety
/// `out` has room for `size` units when `size` > 0.
unsafe fn deliver<C: Char>(text: &str, out: *mut C, size: i32) -> Win32Result<i32> {
    let units = C::encode(text);
    let needed = i32::try_from(units.len() + 1).map_err(|_| Win32Error::INSUFFICIENT_BUFFER)?;
    if size < 0 || (size > 0 && out.is_null()) {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    if size == 0 {
        return Ok(needed);
    }
    if needed > size {
        return Err(Win32Error::INSUFFICIENT_BUFFER);
    }
    // SAFETY: `needed <= size` units fit.
    unsafe { crate::string::copy_terminated(&units, out) };
    Ok(needed)
}

/// The body shared by the eight formatting exports.
///
/// # Safety
/// `date` NULL or readable; `picture` NULL or terminated; `out` has room
/// for `size` units.
unsafe fn get_format<C: Char>(
    name: &'static str,
    patterns: impl FnOnce() -> Win32Result<&'static Patterns>,
    fields: Fields,
    flags: u32,
    date: *const SYSTEMTIME,
    picture: *const C,
    (out, size): (*mut C, i32),
) -> i32 {
    guard(name, 0, || {
        let result = (|| {
            let patterns = patterns()?;
            // SAFETY: the caller's contract.
            let st = unsafe { date_to_format(date, fields) }?;
            // SAFETY: the caller's contract.
            let picture = unsafe { read_arg(picture) }?;
            let text = match fields {
                Fields::Date => format_date(patterns, flags, &st, picture)?,
                Fields::Time => format_time(patterns, flags, &st, picture)?,
            };
            // SAFETY: the caller's contract.
            unsafe { deliver(&text, out, size) }
        })();
        result.unwrap_or_else(|e| {
            set_last_error(e.0);
            0
        })
    })
}

/// # Safety
/// `date` NULL or readable; `format` NULL or terminated; `date_str` has room
/// for `cch_date` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetDateFormatW(
    locale: u32,
    flags: u32,
    date: *const SYSTEMTIME,
    format: PCWSTR,
    date_str: PWSTR,
    cch_date: i32,
) -> i32 {
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetDateFormatW",
            || Ok(patterns_for_lcid(locale)),
            Fields::Date,
            flags,
            date,
            format,
            (date_str, cch_date),
        )
    }
}

/// # Safety
/// As [`GetDateFormatW`], in bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetDateFormatA(
    locale: u32,
    flags: u32,
    date: *const SYSTEMTIME,
    format: PCSTR,
    date_str: PSTR,
    cch_date: i32,
) -> i32 {
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetDateFormatA",
            || Ok(patterns_for_lcid(locale)),
            Fields::Date,
            flags,
            date,
            format,
            (date_str, cch_date),
        )
    }
}

/// The calendar argument must be NULL, as the page says.
///
/// # Safety
/// As [`GetDateFormatW`]; `locale_name` NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetDateFormatEx(
    locale_name: PCWSTR,
    flags: u32,
    date: *const SYSTEMTIME,
    format: PCWSTR,
    date_str: PWSTR,
    cch_date: i32,
    calendar: PCWSTR,
) -> i32 {
    if !calendar.is_null() {
        set_last_error(Win32Error::INVALID_PARAMETER.0);
        return 0;
    }
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetDateFormatEx",
            || patterns_for_name(locale_name),
            Fields::Date,
            flags,
            date,
            format,
            (date_str, cch_date),
        )
    }
}

/// # Safety
/// `time` NULL or readable; `format` NULL or terminated; `time_str` has room
/// for `cch_time` units.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTimeFormatW(
    locale: u32,
    flags: u32,
    time: *const SYSTEMTIME,
    format: PCWSTR,
    time_str: PWSTR,
    cch_time: i32,
) -> i32 {
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetTimeFormatW",
            || Ok(patterns_for_lcid(locale)),
            Fields::Time,
            flags,
            time,
            format,
            (time_str, cch_time),
        )
    }
}

/// # Safety
/// As [`GetTimeFormatW`], in bytes of UTF-8.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTimeFormatA(
    locale: u32,
    flags: u32,
    time: *const SYSTEMTIME,
    format: PCSTR,
    time_str: PSTR,
    cch_time: i32,
) -> i32 {
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetTimeFormatA",
            || Ok(patterns_for_lcid(locale)),
            Fields::Time,
            flags,
            time,
            format,
            (time_str, cch_time),
        )
    }
}

/// # Safety
/// As [`GetTimeFormatW`]; `locale_name` NULL or terminated.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTimeFormatEx(
    locale_name: PCWSTR,
    flags: u32,
    time: *const SYSTEMTIME,
    format: PCWSTR,
    time_str: PWSTR,
    cch_time: i32,
) -> i32 {
    // SAFETY: the caller's contract.
    unsafe {
        get_format(
            "GetTimeFormatEx",
            || patterns_for_name(locale_name),
            Fields::Time,
            flags,
            time,
            format,
            (time_str, cch_time),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::tests::st;
    use win32::get_last_error;

    fn date_w(flags: u32, date: &SYSTEMTIME, picture: Option<&str>) -> String {
        let pic = picture.map(win32::wstr::to_wide_nul);
        let pic_ptr = pic.as_ref().map_or(std::ptr::null(), |p| p.as_ptr());
        let mut buf = [0u16; 64];
        // SAFETY: valid buffers.
        let n = unsafe {
            GetDateFormatW(
                g::LOCALE_USER_DEFAULT,
                flags,
                date,
                pic_ptr,
                buf.as_mut_ptr(),
                64,
            )
        };
        assert!(n > 0, "GetDateFormatW failed: {}", get_last_error());
        String::from_utf16_lossy(&buf[..n as usize - 1])
    }

    fn time_w(flags: u32, time: &SYSTEMTIME, picture: Option<&str>) -> String {
        let pic = picture.map(win32::wstr::to_wide_nul);
        let pic_ptr = pic.as_ref().map_or(std::ptr::null(), |p| p.as_ptr());
        let mut buf = [0u16; 64];
        // SAFETY: valid buffers.
        let n = unsafe {
            GetTimeFormatW(
                g::LOCALE_USER_DEFAULT,
                flags,
                time,
                pic_ptr,
                buf.as_mut_ptr(),
                64,
            )
        };
        assert!(n > 0, "GetTimeFormatW failed: {}", get_last_error());
        String::from_utf16_lossy(&buf[..n as usize - 1])
    }

    #[test]
    fn date_formats() {
        let d = st(2024, 3, 5, 0, 0, 0, 0);
        assert_eq!(date_w(g::DATE_SHORTDATE, &d, None), "3/5/2024");
        assert_eq!(date_w(0, &d, None), "3/5/2024");
        assert_eq!(date_w(g::DATE_LONGDATE, &d, None), "Tuesday, March 5, 2024");
        assert_eq!(
            date_w(0, &d, Some("ddd dd MMM yy 'of' yyyy g")),
            "Tue 05 Mar 24 of 2024 A.D."
        );
        assert_eq!(date_w(0, &d, Some("d''M hh")), "5'3 hh");
        // Both a picture and a pattern flag.
        let pic = win32::wstr::to_wide_nul("d");
        let mut buf = [0u16; 8];
        // SAFETY: valid buffers.
        unsafe {
            assert_eq!(
                GetDateFormatW(
                    0x400,
                    g::DATE_LONGDATE,
                    &d,
                    pic.as_ptr(),
                    buf.as_mut_ptr(),
                    8
                ),
                0
            );
            assert_eq!(get_last_error(), ERROR_INVALID_FLAGS);
            assert_eq!(
                GetDateFormatW(0x400, 0, &d, std::ptr::null(), std::ptr::null_mut(), 0),
                9
            );
            assert_eq!(
                GetDateFormatW(0x400, 0, &d, std::ptr::null(), buf.as_mut_ptr(), 8),
                0
            );
            assert_eq!(get_last_error(), Win32Error::INSUFFICIENT_BUFFER.0);
            let bad = st(2024, 13, 1, 0, 0, 0, 0);
            assert_eq!(
                GetDateFormatW(0x400, 0, &bad, std::ptr::null(), buf.as_mut_ptr(), 8),
                0
            );
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
            let mut a = [0u8; 16];
            assert_eq!(
                GetDateFormatA(0x400, 0, &d, std::ptr::null(), a.as_mut_ptr(), 16),
                9
            );
            assert_eq!(&a[..9], b"3/5/2024\0");
            let invariant = win32::wstr::to_wide_nul("");
            let mut w = [0u16; 16];
            assert_eq!(
                GetDateFormatEx(
                    invariant.as_ptr(),
                    0,
                    &d,
                    std::ptr::null(),
                    w.as_mut_ptr(),
                    16,
                    std::ptr::null()
                ),
                11
            );
            assert_eq!(String::from_utf16_lossy(&w[..10]), "03/05/2024");
        }
    }

    #[test]
    fn time_formats() {
        let t = st(2024, 3, 5, 13, 7, 9, 0);
        assert_eq!(time_w(0, &t, None), "1:07:09 PM");
        assert_eq!(time_w(g::TIME_NOSECONDS, &t, None), "1:07 PM");
        assert_eq!(time_w(g::TIME_FORCE24HOURFORMAT, &t, None), "13:07:09 PM");
        assert_eq!(
            time_w(g::TIME_FORCE24HOURFORMAT | g::TIME_NOTIMEMARKER, &t, None),
            "13:07:09"
        );
        assert_eq!(time_w(0, &t, Some("HH'h'mm t")), "13h07 P");
        assert_eq!(
            time_w(0, &st(2024, 1, 1, 0, 5, 0, 0), Some("hh:mm tt")),
            "12:05 AM"
        );
        assert!(!time_w(0, &SYSTEMTIME::default(), None).is_empty());
    }
}
