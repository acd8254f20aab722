//! FILETIME conversions: 100 ns ticks since 1601-01-01 UTC.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Seconds between 1601-01-01 and 1970-01-01.
const EPOCH_DIFFERENCE_SECS: u64 = 11_644_473_600;

/// A point in time as FILETIME ticks; times before 1601 clamp to 0.
pub fn filetime(t: SystemTime) -> i64 {
    let ticks = match t.duration_since(UNIX_EPOCH) {
        Ok(since) => (since.as_nanos() / 100) + u128::from(EPOCH_DIFFERENCE_SECS) * 10_000_000,
        Err(before) => {
            let back = before.duration().as_nanos() / 100;
            (u128::from(EPOCH_DIFFERENCE_SECS) * 10_000_000).saturating_sub(back)
        }
    };
    i64::try_from(ticks).unwrap_or(i64::MAX)
}

/// The inverse of [`filetime`].
pub fn from_filetime(ticks: i64) -> SystemTime {
    let ticks = u64::try_from(ticks).unwrap_or(0);
    let since_1601 = Duration::from_nanos(ticks.saturating_mul(100));
    let offset = Duration::from_secs(EPOCH_DIFFERENCE_SECS);
    match since_1601.checked_sub(offset) {
        Some(after) => UNIX_EPOCH + after,
        None => UNIX_EPOCH - (offset - since_1601),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_epoch_is_the_documented_filetime() {
        assert_eq!(filetime(UNIX_EPOCH), 116_444_736_000_000_000);
        let t = UNIX_EPOCH + Duration::from_micros(1_700_000_000_123_456);
        assert_eq!(from_filetime(filetime(t)), t);
    }
}
