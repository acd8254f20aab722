//! Time: tick counts, the performance counter, FILETIME and SYSTEMTIME
//! conversions, the local time zone, and date and time formatting.
//!
//! - `GetTickCount(64)` count milliseconds of CLOCK_BOOTTIME: like Windows'
//!   tick count it starts at boot and keeps counting through suspend.
//! - The performance counter is CLOCK_MONOTONIC in 100 ns units at 10 MHz,
//!   the frequency current Windows reports.
//! - Local time comes from the C library (`localtime_r`, so `TZ` and
//!   `/etc/localtime` apply). `GetTimeZoneInformation` derives the bias and
//!   the transition rules of the current year from it; the zone names are
//!   the abbreviations the C library knows ("CET"), not Windows' long names.
//! - Date and time formatting is in [`format`](mod@format).

use std::time::SystemTime;
#[cfg(test)]
use std::time::UNIX_EPOCH;

use win32::abi::{bool_call, guard};
use win32::{Win32Error, Win32Result, set_last_error};
use windows_sys::Win32::Foundation::{FILETIME, SYSTEMTIME};
use windows_sys::Win32::System::Time::{TIME_ZONE_ID_INVALID, TIME_ZONE_INFORMATION};
use windows_sys::core::BOOL;

pub mod format;

use windows_sys::Win32::System::SystemServices::{
    TIME_ZONE_ID_DAYLIGHT, TIME_ZONE_ID_STANDARD, TIME_ZONE_ID_UNKNOWN,
};

const TICKS_PER_SECOND: i64 = 10_000_000;
const TICKS_PER_DAY: i64 = 86_400 * TICKS_PER_SECOND;
/// Seconds from 1601-01-01 to 1970-01-01.
const EPOCH_DIFFERENCE_SECS: i64 = 11_644_473_600;
/// Days from 1601-01-01 to 1970-01-01.
const EPOCH_DIFFERENCE_DAYS: i64 = 134_774;

fn clock_ns(clock: libc::clockid_t) -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec to fill; both clocks always exist on
    // Linux, so the call cannot fail.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    (ts.tv_sec as u64) * 1_000_000_000 + ts.tv_nsec as u64
}

#[unsafe(no_mangle)]
pub extern "system" fn GetTickCount64() -> u64 {
    clock_ns(libc::CLOCK_BOOTTIME) / 1_000_000
}

/// Wraps after 49.7 days, as on Windows.
#[unsafe(no_mangle)]
pub extern "system" fn GetTickCount() -> u32 {
    GetTickCount64() as u32
}

/// # Safety
/// `lpPerformanceCount` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn QueryPerformanceCounter(performance_count: *mut i64) -> BOOL {
    bool_call("QueryPerformanceCounter", || {
        if performance_count.is_null() {
            return Err(Win32Error(windows_sys::Win32::Foundation::ERROR_NOACCESS));
        }
        // SAFETY: writable by contract, checked non-NULL.
        unsafe { *performance_count = (clock_ns(libc::CLOCK_MONOTONIC) / 100) as i64 };
        Ok(())
    })
}

/// # Safety
/// `frequency` is NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn QueryPerformanceFrequency(frequency: *mut i64) -> BOOL {
    bool_call("QueryPerformanceFrequency", || {
        if frequency.is_null() {
            return Err(Win32Error(windows_sys::Win32::Foundation::ERROR_NOACCESS));
        }
        // SAFETY: writable by contract, checked non-NULL.
        unsafe { *frequency = TICKS_PER_SECOND };
        Ok(())
    })
}

fn to_filetime(ticks: i64) -> FILETIME {
    FILETIME {
        dwLowDateTime: ticks as u32,
        dwHighDateTime: (ticks >> 32) as u32,
    }
}

fn from_filetime(ft: &FILETIME) -> i64 {
    ((u64::from(ft.dwHighDateTime) << 32) | u64::from(ft.dwLowDateTime)) as i64
}

fn now_ticks() -> i64 {
    win32::time::filetime(SystemTime::now())
}

/// # Safety
/// `system_time_as_file_time` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemTimeAsFileTime(system_time_as_file_time: *mut FILETIME) {
    guard("GetSystemTimeAsFileTime", (), || {
        if !system_time_as_file_time.is_null() {
            // SAFETY: writable by contract.
            unsafe { *system_time_as_file_time = to_filetime(now_ticks()) };
        }
    })
}

/// The system clock has nanosecond resolution here, so this is the same
/// clock as GetSystemTimeAsFileTime.
///
/// # Safety
/// `system_time_as_file_time` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemTimePreciseAsFileTime(
    system_time_as_file_time: *mut FILETIME,
) {
    // SAFETY: same contract.
    unsafe { GetSystemTimeAsFileTime(system_time_as_file_time) }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// days_from_civil).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (Hinnant's civil_from_days).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 31,
    }
}

/// 0 = Sunday, as wDayOfWeek counts; 1970-01-01 was a Thursday.
fn day_of_week(days_since_1970: i64) -> u16 {
    (days_since_1970 + 4).rem_euclid(7) as u16
}

/// FileTimeToSystemTime's range: the high bit must be clear.
fn ticks_to_systemtime(ticks: i64) -> Win32Result<SYSTEMTIME> {
    if ticks < 0 {
        return Err(Win32Error::INVALID_PARAMETER);
    }
    let days = ticks / TICKS_PER_DAY - EPOCH_DIFFERENCE_DAYS;
    let rest = ticks % TICKS_PER_DAY;
    let (year, month, day) = civil_from_days(days);
    Ok(SYSTEMTIME {
        wYear: year as u16,
        wMonth: month as u16,
        wDayOfWeek: day_of_week(days),
        wDay: day as u16,
        wHour: (rest / (3600 * TICKS_PER_SECOND)) as u16,
        wMinute: (rest / (60 * TICKS_PER_SECOND) % 60) as u16,
        wSecond: (rest / TICKS_PER_SECOND % 60) as u16,
        wMilliseconds: (rest / 10_000 % 1000) as u16,
    })
}

/// The date fields must name a real day between 1601 and 30827.
fn check_date(st: &SYSTEMTIME) -> Win32Result<()> {
    let ok = (1601..=30827).contains(&st.wYear)
        && (1..=12).contains(&st.wMonth)
        && st.wDay >= 1
        && u32::from(st.wDay) <= days_in_month(i64::from(st.wYear), u32::from(st.wMonth));
    if ok {
        Ok(())
    } else {
        Err(Win32Error::INVALID_PARAMETER)
    }
}

fn check_time(st: &SYSTEMTIME) -> Win32Result<()> {
    if st.wHour < 24 && st.wMinute < 60 && st.wSecond < 60 && st.wMilliseconds < 1000 {
        Ok(())
    } else {
        Err(Win32Error::INVALID_PARAMETER)
    }
}

/// SystemTimeToFileTime: wDayOfWeek is ignored, the other fields checked.
fn systemtime_to_ticks(st: &SYSTEMTIME) -> Win32Result<i64> {
    check_date(st)?;
    check_time(st)?;
    let days = days_from_civil(
        i64::from(st.wYear),
        u32::from(st.wMonth),
        u32::from(st.wDay),
    ) + EPOCH_DIFFERENCE_DAYS;
    let secs = i64::from(st.wHour) * 3600 + i64::from(st.wMinute) * 60 + i64::from(st.wSecond);
    Ok(days * TICKS_PER_DAY + secs * TICKS_PER_SECOND + i64::from(st.wMilliseconds) * 10_000)
}

unsafe extern "C" {
    /// POSIX tzset (the libc crate does not declare it): re-reads `TZ`, so
    /// a zone the program sets at run time applies.
    fn tzset();
}

/// The C library's local time of a Unix time: (offset east of UTC in
/// seconds, daylight saving in effect, zone abbreviation).
fn local_zone_at(unix_secs: i64) -> (i64, bool, String) {
    // SAFETY: `tm` is plain data; localtime_r fills it and reads only
    // `t`; tzset reads TZ.
    unsafe {
        tzset();
        let t: libc::time_t = unix_secs;
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return (0, false, "UTC".into());
        }
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            std::ffi::CStr::from_ptr(tm.tm_zone)
                .to_string_lossy()
                .into_owned()
        };
        (tm.tm_gmtoff, tm.tm_isdst > 0, zone)
    }
}

fn ticks_to_unix(ticks: i64) -> i64 {
    ticks.div_euclid(TICKS_PER_SECOND) - EPOCH_DIFFERENCE_SECS
}

/// Local FILETIME ticks of a UTC instant, by the zone rules in force then.
fn utc_to_local_ticks(utc: i64) -> i64 {
    utc + local_zone_at(ticks_to_unix(utc)).0 * TICKS_PER_SECOND
}

/// The current local time.
pub(crate) fn local_now() -> SYSTEMTIME {
    ticks_to_systemtime(utc_to_local_ticks(now_ticks())).unwrap_or_default()
}

/// # Safety
/// `system_time` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetSystemTime(system_time: *mut SYSTEMTIME) {
    guard("GetSystemTime", (), || {
        if let (false, Ok(st)) = (system_time.is_null(), ticks_to_systemtime(now_ticks())) {
            // SAFETY: writable by contract.
            unsafe { *system_time = st };
        }
    })
}

/// # Safety
/// `system_time` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetLocalTime(system_time: *mut SYSTEMTIME) {
    guard("GetLocalTime", (), || {
        if !system_time.is_null() {
            // SAFETY: writable by contract.
            unsafe { *system_time = local_now() };
        }
    })
}

/// Read an input structure, write an output one: the shape of the
/// conversion functions. NULL either way is ERROR_INVALID_PARAMETER.
///
/// # Safety
/// `input` is NULL or readable, `output` NULL or writable.
unsafe fn convert<I: Copy, O>(
    name: &'static str,
    input: *const I,
    output: *mut O,
    f: impl FnOnce(I) -> Win32Result<O>,
) -> BOOL {
    bool_call(name, || {
        if input.is_null() || output.is_null() {
            return Err(Win32Error::INVALID_PARAMETER);
        }
        // SAFETY: checked non-NULL; valid by contract.
        let value = f(unsafe { *input })?;
        // SAFETY: as above.
        unsafe { output.write(value) };
        Ok(())
    })
}

/// # Safety
/// `file_time` readable, `system_time` writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FileTimeToSystemTime(
    file_time: *const FILETIME,
    system_time: *mut SYSTEMTIME,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        convert("FileTimeToSystemTime", file_time, system_time, |ft| {
            ticks_to_systemtime(from_filetime(&ft))
        })
    }
}

/// # Safety
/// `system_time` readable, `file_time` writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SystemTimeToFileTime(
    system_time: *const SYSTEMTIME,
    file_time: *mut FILETIME,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        convert("SystemTimeToFileTime", system_time, file_time, |st| {
            systemtime_to_ticks(&st).map(to_filetime)
        })
    }
}

/// Uses the current bias, not the one in force at the converted time, as
/// the FileTimeToLocalFileTime page says.
///
/// # Safety
/// `file_time` readable, `local_file_time` writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn FileTimeToLocalFileTime(
    file_time: *const FILETIME,
    local_file_time: *mut FILETIME,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        convert(
            "FileTimeToLocalFileTime",
            file_time,
            local_file_time,
            |ft| {
                let offset = local_zone_at(ticks_to_unix(now_ticks())).0;
                Ok(to_filetime(from_filetime(&ft) + offset * TICKS_PER_SECOND))
            },
        )
    }
}

/// The inverse of FileTimeToLocalFileTime, with the current bias too.
///
/// # Safety
/// `local_file_time` readable, `file_time` writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn LocalFileTimeToFileTime(
    local_file_time: *const FILETIME,
    file_time: *mut FILETIME,
) -> BOOL {
    // SAFETY: the caller's contract.
    unsafe {
        convert(
            "LocalFileTimeToFileTime",
            local_file_time,
            file_time,
            |ft| {
                let offset = local_zone_at(ticks_to_unix(now_ticks())).0;
                Ok(to_filetime(from_filetime(&ft) - offset * TICKS_PER_SECOND))
            },
        )
    }
}

/// The instant (local ticks) a TIME_ZONE_INFORMATION transition rule names
/// in `year`: an absolute date when wYear is set, otherwise the wDay-th
/// (5 = last) wDayOfWeek of wMonth at wHour:wMinute.
fn transition_local_ticks(rule: &SYSTEMTIME, year: i64) -> Option<i64> {
    let month = u32::from(rule.wMonth);
    if !(1..=12).contains(&month) {
        return None;
    }
    let day = if rule.wYear != 0 {
        u32::from(rule.wDay)
    } else {
        let first = days_from_civil(year, month, 1);
        let first_match = 1 + (u32::from(rule.wDayOfWeek) + 7 - u32::from(day_of_week(first))) % 7;
        let mut day = first_match + 7 * (u32::from(rule.wDay).clamp(1, 5) - 1);
        while day > days_in_month(year, month) {
            day -= 7;
        }
        day
    };
    let st = SYSTEMTIME {
        wYear: year as u16,
        wMonth: rule.wMonth,
        wDay: day as u16,
        wHour: rule.wHour,
        wMinute: rule.wMinute,
        wSecond: rule.wSecond,
        wMilliseconds: rule.wMilliseconds,
        wDayOfWeek: 0,
    };
    systemtime_to_ticks(&st).ok()
}

/// The bias (UTC = local + bias, in minutes) a zone applies at a UTC
/// instant.
fn zone_bias_at(tz: &TIME_ZONE_INFORMATION, utc: i64) -> i32 {
    let standard = tz.Bias + tz.StandardBias;
    let daylight = tz.Bias + tz.DaylightBias;
    if tz.DaylightDate.wMonth == 0 || tz.StandardDate.wMonth == 0 {
        return standard;
    }
    let minute = 60 * TICKS_PER_SECOND;
    let year = ticks_to_systemtime(utc - i64::from(standard) * minute)
        .map(|st| i64::from(st.wYear))
        .unwrap_or(1601);
    // Daylight time starts at a standard-time wall clock and ends at a
    // daylight-time one.
    let (Some(dst_start), Some(dst_end)) = (
        transition_local_ticks(&tz.DaylightDate, year).map(|t| t + i64::from(standard) * minute),
        transition_local_ticks(&tz.StandardDate, year).map(|t| t + i64::from(daylight) * minute),
    ) else {
        return standard;
    };
    let in_daylight = if dst_start < dst_end {
        (dst_start..dst_end).contains(&utc)
    } else {
        // Southern hemisphere: daylight time spans the new year.
        utc >= dst_start || utc < dst_end
    };
    if in_daylight { daylight } else { standard }
}

/// With a NULL zone the C library's rules for the local zone apply, which
/// know the historical transitions of every year.
///
/// # Safety
/// `time_zone_information` is NULL or readable; `universal_time` readable;
/// `local_time` writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn SystemTimeToTzSpecificLocalTime(
    time_zone_information: *const TIME_ZONE_INFORMATION,
    universal_time: *const SYSTEMTIME,
    local_time: *mut SYSTEMTIME,
) -> BOOL {
    // SAFETY: the caller's contract; the zone is read only when non-NULL.
    unsafe {
        convert(
            "SystemTimeToTzSpecificLocalTime",
            universal_time,
            local_time,
            |utc| {
                let utc = systemtime_to_ticks(&utc)?;
                let local = if time_zone_information.is_null() {
                    utc_to_local_ticks(utc)
                } else {
                    let tz = &*time_zone_information;
                    utc - i64::from(zone_bias_at(tz, utc)) * 60 * TICKS_PER_SECOND
                };
                ticks_to_systemtime(local)
            },
        )
    }
}

/// A transition of the local zone in `year`: the rule (month, weekday,
/// occurrence, wall-clock time before the change) and whether it starts
/// daylight time. Found by scanning the year day by day, then bisecting.
fn zone_transitions(year: i64) -> Vec<(SYSTEMTIME, bool)> {
    let start = (days_from_civil(year, 1, 1)) * 86_400;
    let end = days_from_civil(year + 1, 1, 1) * 86_400;
    let mut found = Vec::new();
    let mut t = start;
    let mut state = local_zone_at(t);
    while t < end {
        let next = (t + 86_400).min(end);
        let next_state = local_zone_at(next);
        if next_state.1 != state.1 {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if local_zone_at(mid).1 == state.1 {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            // The wall clock at the change, read in the old offset.
            let wall = (hi + EPOCH_DIFFERENCE_SECS + state.0) * TICKS_PER_SECOND;
            if let Ok(mut st) = ticks_to_systemtime(wall) {
                let dim = days_in_month(year, u32::from(st.wMonth));
                let occurrence = if u32::from(st.wDay) + 7 > dim {
                    5
                } else {
                    (st.wDay - 1) / 7 + 1
                };
                st.wYear = 0;
                st.wDay = occurrence;
                st.wMilliseconds = 0;
                found.push((st, next_state.1));
            }
        }
        t = next;
        state = next_state;
    }
    found
}

fn current_year() -> i64 {
    i64::from(local_now().wYear)
}

/// Bias from tm_gmtoff; the transition rules are those of the current year.
///
/// # Safety
/// `time_zone_information` is writable.
#[unsafe(no_mangle)]
pub unsafe extern "system" fn GetTimeZoneInformation(
    time_zone_information: *mut TIME_ZONE_INFORMATION,
) -> u32 {
    guard("GetTimeZoneInformation", TIME_ZONE_ID_INVALID, || {
        if time_zone_information.is_null() {
            set_last_error(Win32Error::INVALID_PARAMETER.0);
            return TIME_ZONE_ID_INVALID;
        }
        let year = current_year();
        let january = local_zone_at(days_from_civil(year, 1, 1) * 86_400);
        let july = local_zone_at(days_from_civil(year, 7, 1) * 86_400);
        let (standard, daylight) = if january.1 {
            (july, january)
        } else {
            (january, july)
        };
        let mut tz = TIME_ZONE_INFORMATION {
            Bias: -(standard.0 / 60) as i32,
            ..Default::default()
        };
        win32::wstr::fill_wide(&mut tz.StandardName, &standard.2);
        let now = local_zone_at(ticks_to_unix(now_ticks()));
        let id = if standard.0 == daylight.0 && !daylight.1 {
            TIME_ZONE_ID_UNKNOWN
        } else {
            win32::wstr::fill_wide(&mut tz.DaylightName, &daylight.2);
            tz.DaylightBias = -((daylight.0 - standard.0) / 60) as i32;
            for (rule, starts_daylight) in zone_transitions(year) {
                if starts_daylight {
                    tz.DaylightDate = rule;
                } else {
                    tz.StandardDate = rule;
                }
            }
            if now.1 {
                TIME_ZONE_ID_DAYLIGHT
            } else {
                TIME_ZONE_ID_STANDARD
            }
        };
        // SAFETY: writable by contract, checked non-NULL.
        unsafe { *time_zone_information = tz };
        id
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use win32::get_last_error;

    pub(super) fn st(y: u16, mo: u16, d: u16, h: u16, mi: u16, s: u16, ms: u16) -> SYSTEMTIME {
        SYSTEMTIME {
            wYear: y,
            wMonth: mo,
            wDay: d,
            wHour: h,
            wMinute: mi,
            wSecond: s,
            wMilliseconds: ms,
            wDayOfWeek: 0,
        }
    }

    #[test]
    fn filetime_systemtime_at_known_dates() {
        let mut ft = FILETIME::default();
        let mut out = SYSTEMTIME::default();
        // SAFETY: valid structures.
        unsafe {
            // The Unix epoch is 116444736000000000 ticks (the FILETIME page).
            assert_eq!(
                SystemTimeToFileTime(&st(1970, 1, 1, 0, 0, 0, 0), &mut ft),
                1
            );
            assert_eq!(from_filetime(&ft), 116_444_736_000_000_000);
            assert_eq!(FileTimeToSystemTime(&ft, &mut out), 1);
            assert_eq!(out.wDayOfWeek, 4, "a Thursday");
            // 2024-02-29 13:45:30.250, a leap day and a Thursday.
            let leap = st(2024, 2, 29, 13, 45, 30, 250);
            assert_eq!(SystemTimeToFileTime(&leap, &mut ft), 1);
            assert_eq!(from_filetime(&ft), 133_536_879_302_500_000);
            assert_eq!(FileTimeToSystemTime(&ft, &mut out), 1);
            assert_eq!(
                (out.wYear, out.wMonth, out.wDay, out.wDayOfWeek),
                (2024, 2, 29, 4)
            );
            assert_eq!(
                (out.wHour, out.wMinute, out.wSecond, out.wMilliseconds),
                (13, 45, 30, 250)
            );
            // 1601-01-01 is tick 0, a Monday.
            let zero = FILETIME::default();
            assert_eq!(FileTimeToSystemTime(&zero, &mut out), 1);
            assert_eq!(
                (out.wYear, out.wMonth, out.wDay, out.wDayOfWeek),
                (1601, 1, 1, 1)
            );
            // Out of range and invalid fields.
            assert_eq!(
                SystemTimeToFileTime(&st(2023, 2, 29, 0, 0, 0, 0), &mut ft),
                0
            );
            assert_eq!(get_last_error(), Win32Error::INVALID_PARAMETER.0);
            let negative = to_filetime(-1);
            assert_eq!(FileTimeToSystemTime(&negative, &mut out), 0);
        }
    }

    #[test]
    fn clocks_move_forward() {
        let a = GetTickCount64();
        let mut c1 = 0i64;
        let mut c2 = 0i64;
        let mut freq = 0i64;
        // SAFETY: valid out-pointers.
        unsafe {
            assert_eq!(QueryPerformanceFrequency(&mut freq), 1);
            assert_eq!(QueryPerformanceCounter(&mut c1), 1);
            std::thread::sleep(std::time::Duration::from_millis(20));
            assert_eq!(QueryPerformanceCounter(&mut c2), 1);
        }
        assert_eq!(freq, 10_000_000);
        assert!(c2 - c1 >= 200_000, "20 ms is 200000 counts at 10 MHz");
        assert!(GetTickCount64() >= a + 19);
        let mut ft = FILETIME::default();
        // SAFETY: valid out-pointer.
        unsafe { GetSystemTimeAsFileTime(&mut ft) };
        let unix = ticks_to_unix(from_filetime(&ft));
        let real = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap();
        assert!((unix - real).abs() <= 1);
    }

    #[test]
    fn explicit_zone_rules() {
        // US Eastern: UTC-5, daylight from the second Sunday of March at
        // 2:00 to the first Sunday of November at 2:00.
        let tz = TIME_ZONE_INFORMATION {
            Bias: 300,
            DaylightBias: -60,
            StandardDate: SYSTEMTIME {
                wMonth: 11,
                wDay: 1,
                wHour: 2,
                ..Default::default()
            },
            DaylightDate: SYSTEMTIME {
                wMonth: 3,
                wDay: 2,
                wHour: 2,
                ..Default::default()
            },
            ..Default::default()
        };
        let mut local = SYSTEMTIME::default();
        // SAFETY: valid structures.
        unsafe {
            // 2024-07-04 16:00 UTC is 12:00 EDT.
            assert_eq!(
                SystemTimeToTzSpecificLocalTime(&tz, &st(2024, 7, 4, 16, 0, 0, 0), &mut local),
                1
            );
            assert_eq!((local.wHour, local.wDay), (12, 4));
            // 2024-01-15 17:00 UTC is 12:00 EST.
            assert_eq!(
                SystemTimeToTzSpecificLocalTime(&tz, &st(2024, 1, 15, 17, 0, 0, 0), &mut local),
                1
            );
            assert_eq!(local.wHour, 12);
            // 2024-03-10 06:59 UTC is 01:59 EST; 07:00 UTC is 03:00 EDT.
            assert_eq!(
                SystemTimeToTzSpecificLocalTime(&tz, &st(2024, 3, 10, 6, 59, 0, 0), &mut local),
                1
            );
            assert_eq!((local.wHour, local.wMinute), (1, 59));
            assert_eq!(
                SystemTimeToTzSpecificLocalTime(&tz, &st(2024, 3, 10, 7, 0, 0, 0), &mut local),
                1
            );
            assert_eq!(local.wHour, 3);
        }
    }

    #[test]
    fn time_zone_information_is_consistent() {
        let mut tz = TIME_ZONE_INFORMATION::default();
        // SAFETY: valid out-pointer.
        let id = unsafe { GetTimeZoneInformation(&mut tz) };
        assert!(id <= TIME_ZONE_ID_DAYLIGHT);
        let now = local_zone_at(ticks_to_unix(now_ticks()));
        let expected = if id == TIME_ZONE_ID_DAYLIGHT {
            tz.Bias + tz.DaylightBias
        } else {
            tz.Bias + tz.StandardBias
        };
        assert_eq!(i64::from(-expected) * 60, now.0);
    }
}
