//! The system time source (MFCreateSystemTimeSource) and the always-running
//! system clock under it. Times are in 100-ns units.

use std::sync::Mutex;

use windows_core::{HRESULT, Result, implement};

use crate::bindings::{
    IMFClock, IMFClock_Impl, IMFClockStateSink, IMFClockStateSink_Impl, IMFPresentationTimeSource,
    IMFPresentationTimeSource_Impl, MF_E_INVALIDREQUEST,
    MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING, MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ,
    MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK, MFCLOCK_FREQUENCY_HNS, MFCLOCK_PROPERTIES,
    MFCLOCK_STATE, MFCLOCK_STATE_INVALID, MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_RUNNING,
    MFCLOCK_STATE_STOPPED, MFCLOCK_TOLERANCE_UNKNOWN, MFTIME,
};
use crate::com::{E_POINTER, answer, fail};
use win32::sync::lock;

/// The system time source's characteristics: 10 MHz ticks of the system
/// clock, but not always running, since it follows the presentation clock
/// it serves (Wine's test_system_time_source, which passes on Windows).
const TIME_SOURCE_CHARACTERISTICS: u32 = (MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ
    | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK) as u32;

/// The underlying system clock's: that, and always running.
const SYSTEM_CLOCK_CHARACTERISTICS: u32 =
    TIME_SOURCE_CHARACTERISTICS | MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING as u32;

/// What the time source and its clock report (test_system_time_source):
/// 10 MHz, tolerance unknown, a jitter of one tick.
fn system_clock_properties() -> MFCLOCK_PROPERTIES {
    MFCLOCK_PROPERTIES {
        qwCorrelationRate: 0,
        guidClockId: windows_core::GUID::zeroed(),
        dwClockFlags: 0,
        qwClockFrequency: MFCLOCK_FREQUENCY_HNS as u64,
        dwClockTolerance: MFCLOCK_TOLERANCE_UNKNOWN as u32,
        dwClockJitter: 1,
    }
}

/// PRESENTATION_CURRENT_POSITION (mfidl.h): a start offset that resumes
/// the clock where it is.
pub const PRESENTATION_CURRENT_POSITION: i64 = i64::MAX;

/// 100-ns ticks of the monotonic clock since boot, as Windows' system
/// time counts from boot (never 0 in a running system, which programs and
/// Wine's test rely on).
pub fn system_time() -> i64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec through a valid pointer;
    // CLOCK_MONOTONIC cannot fail on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    now.tv_sec * 10_000_000 + now.tv_nsec / 100
}

/// The system time source's own clock, which the presentation clock it
/// serves drives through IMFClockStateSink: stopped at 0, running from the
/// start offset at the clock's rate, held while paused; 0 before any state
/// (Wine's test_system_time_source, which passes on Windows).
struct SourceClock {
    state: MFCLOCK_STATE,
    /// The clock time at `system_at`, and the rate since.
    clock_at: i64,
    system_at: i64,
    rate: f32,
}

impl SourceClock {
    fn at(&self, system: i64) -> i64 {
        match self.state {
            MFCLOCK_STATE_RUNNING => {
                self.clock_at + ((system - self.system_at) as f64 * self.rate as f64) as i64
            }
            MFCLOCK_STATE_PAUSED => self.clock_at,
            _ => 0,
        }
    }

    /// Moves to `state` at `system`, the clock reading `clock` there.
    fn set(&mut self, state: MFCLOCK_STATE, system: i64, clock: i64) {
        self.clock_at = clock;
        self.system_at = system;
        self.state = state;
    }
}

/// The system time source: the monotonic clock, following the presentation
/// clock that uses it. Its underlying clock is its own object, made once.
#[implement(IMFPresentationTimeSource, IMFClockStateSink)]
pub struct SystemTimeSource {
    clock: Mutex<SourceClock>,
    underlying: IMFClock,
}

impl SystemTimeSource {
    pub fn create() -> IMFPresentationTimeSource {
        SystemTimeSource {
            clock: Mutex::new(SourceClock {
                state: MFCLOCK_STATE_INVALID,
                clock_at: 0,
                system_at: 0,
                rate: 1.0,
            }),
            underlying: SystemClock.into(),
        }
        .into()
    }
}

impl IMFClock_Impl for SystemTimeSource_Impl {
    fn GetClockCharacteristics(&self, out: *mut u32) -> HRESULT {
        // SAFETY: `out` is NULL or writable (the shim passes it on).
        unsafe { answer(out, Ok(TIME_SOURCE_CHARACTERISTICS)) }
    }

    fn GetCorrelatedTime(
        &self,
        _reserved: u32,
        clock: *mut i64,
        system: *mut MFTIME,
    ) -> Result<()> {
        write_correlated(clock, system, |now| lock(&self.clock).at(now))
    }

    fn GetContinuityKey(&self) -> Result<u32> {
        Ok(0)
    }

    fn GetState(&self, _reserved: u32) -> Result<MFCLOCK_STATE> {
        Ok(lock(&self.clock).state)
    }

    fn GetProperties(&self, props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
        write_properties(props)
    }
}

fn write_properties(props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
    if props.is_null() {
        return fail(E_POINTER);
    }
    // SAFETY: `props` was checked above.
    unsafe { props.write(system_clock_properties()) };
    Ok(())
}

/// The transitions test_system_time_source records: Start from any state;
/// Stop from any state, though a source never started stays INVALID; Pause
/// from INVALID or RUNNING; Restart from PAUSED only. The others are
/// MF_E_INVALIDREQUEST and leave the state as it was.
impl IMFClockStateSink_Impl for SystemTimeSource_Impl {
    /// Runs from `offset`, or on from where it is for
    /// PRESENTATION_CURRENT_POSITION.
    fn OnClockStart(&self, system: MFTIME, offset: i64) -> Result<()> {
        let mut c = lock(&self.clock);
        let from = if offset == PRESENTATION_CURRENT_POSITION {
            c.at(system.0)
        } else {
            offset
        };
        c.set(MFCLOCK_STATE_RUNNING, system.0, from);
        Ok(())
    }

    fn OnClockStop(&self, system: MFTIME) -> Result<()> {
        let mut c = lock(&self.clock);
        if c.state != MFCLOCK_STATE_INVALID {
            c.set(MFCLOCK_STATE_STOPPED, system.0, 0);
        }
        Ok(())
    }

    fn OnClockPause(&self, system: MFTIME) -> Result<()> {
        let mut c = lock(&self.clock);
        if matches!(c.state, MFCLOCK_STATE_PAUSED | MFCLOCK_STATE_STOPPED) {
            return fail(MF_E_INVALIDREQUEST);
        }
        let held = c.at(system.0);
        c.set(MFCLOCK_STATE_PAUSED, system.0, held);
        Ok(())
    }

    fn OnClockRestart(&self, system: MFTIME) -> Result<()> {
        let mut c = lock(&self.clock);
        if c.state != MFCLOCK_STATE_PAUSED {
            return fail(MF_E_INVALIDREQUEST);
        }
        let held = c.at(system.0);
        c.set(MFCLOCK_STATE_RUNNING, system.0, held);
        Ok(())
    }

    fn OnClockSetRate(&self, system: MFTIME, rate: f32) -> Result<()> {
        let mut c = lock(&self.clock);
        let now = c.at(system.0);
        let state = c.state;
        c.set(state, system.0, now);
        c.rate = rate;
        Ok(())
    }
}

impl IMFPresentationTimeSource_Impl for SystemTimeSource_Impl {
    /// The same clock every time, which holds no reference to its source
    /// (test_system_time_source).
    fn GetUnderlyingClock(&self) -> Result<IMFClock> {
        Ok(self.underlying.clone())
    }
}

/// IMFClock::GetCorrelatedTime of a clock whose time at system time `now`
/// is `time_at(now)`.
fn write_correlated(
    clock: *mut i64,
    system: *mut MFTIME,
    time_at: impl FnOnce(i64) -> i64,
) -> Result<()> {
    if clock.is_null() || system.is_null() {
        return fail(E_POINTER);
    }
    let now = system_time();
    let time = time_at(now);
    // SAFETY: both out pointers were checked above; the caller passes
    // writable storage for each.
    unsafe {
        clock.write(time);
        system.write(MFTIME(now));
    }
    Ok(())
}

/// The system clock under the time source: always running, its time the
/// system time.
#[implement(IMFClock)]
struct SystemClock;

impl IMFClock_Impl for SystemClock_Impl {
    fn GetClockCharacteristics(&self, out: *mut u32) -> HRESULT {
        // SAFETY: `out` is NULL or writable (the shim passes it on).
        unsafe { answer(out, Ok(SYSTEM_CLOCK_CHARACTERISTICS)) }
    }

    fn GetCorrelatedTime(
        &self,
        _reserved: u32,
        clock: *mut i64,
        system: *mut MFTIME,
    ) -> Result<()> {
        write_correlated(clock, system, |now| now)
    }

    fn GetContinuityKey(&self) -> Result<u32> {
        Ok(0)
    }

    fn GetState(&self, _reserved: u32) -> Result<MFCLOCK_STATE> {
        Ok(MFCLOCK_STATE_RUNNING)
    }

    fn GetProperties(&self, props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
        write_properties(props)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_core::Interface;

    /// The transitions of Wine's test_system_time_source, which passes on
    /// Windows: (action, state after, refused).
    #[test]
    fn the_time_source_follows_windows_state_table() {
        let source = SystemTimeSource::create();
        let sink: IMFClockStateSink = source.cast().unwrap();
        let invalid = MF_E_INVALIDREQUEST;
        let table = [
            ('o', MFCLOCK_STATE_INVALID, false),
            ('r', MFCLOCK_STATE_INVALID, true),
            ('p', MFCLOCK_STATE_PAUSED, false),
            ('p', MFCLOCK_STATE_PAUSED, true),
            ('o', MFCLOCK_STATE_STOPPED, false),
            ('o', MFCLOCK_STATE_STOPPED, false),
            ('r', MFCLOCK_STATE_STOPPED, true),
            ('s', MFCLOCK_STATE_RUNNING, false),
            ('s', MFCLOCK_STATE_RUNNING, false),
            ('r', MFCLOCK_STATE_RUNNING, true),
            ('p', MFCLOCK_STATE_PAUSED, false),
            ('r', MFCLOCK_STATE_RUNNING, false),
            ('o', MFCLOCK_STATE_STOPPED, false),
            ('p', MFCLOCK_STATE_STOPPED, true),
        ];
        // SAFETY: plain COM calls with valid out pointers.
        unsafe {
            let (mut time, mut system) = (5, MFTIME(0));
            source.GetCorrelatedTime(0, &mut time, &mut system).unwrap();
            assert_eq!(time, 0);
            for (i, (action, state, refused)) in table.into_iter().enumerate() {
                let hr = match action {
                    's' => sink.OnClockStart(MFTIME(0), 0),
                    'o' => sink.OnClockStop(MFTIME(0)),
                    'p' => sink.OnClockPause(MFTIME(0)),
                    _ => sink.OnClockRestart(MFTIME(0)),
                };
                assert_eq!(hr, if refused { invalid } else { HRESULT(0) }, "{i}");
                assert_eq!(source.GetState(0).unwrap(), state, "{i}");
            }
            assert_eq!(
                source.GetClockCharacteristics().unwrap(),
                (MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ
                    | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK) as u32
            );
            let mut props = MFCLOCK_PROPERTIES::default();
            source.GetProperties(&mut props).unwrap();
            assert_eq!(props.dwClockTolerance, MFCLOCK_TOLERANCE_UNKNOWN as u32);
            assert_eq!(props.dwClockJitter, 1);
            let clock = source.GetUnderlyingClock().unwrap();
            assert_eq!(
                clock.as_raw(),
                source.GetUnderlyingClock().unwrap().as_raw()
            );
            assert_eq!(clock.GetClockCharacteristics().unwrap(), 0xe);
            assert_eq!(clock.GetState(0).unwrap(), MFCLOCK_STATE_RUNNING);
        }
    }
}
