//! The presentation clock (MFCreatePresentationClock, and the clock a Media
//! Session hands out) and the system time source
//! (MFCreateSystemTimeSource). Times are in 100-ns units.

use std::sync::Mutex;
use std::time::Instant;

use windows_core::{BOOL, Interface, Ref, Result, implement};

use crate::bindings::{
    IMFClock, IMFClock_Impl, IMFClockStateSink, IMFPresentationClock, IMFPresentationClock_Impl,
    IMFPresentationTimeSource, IMFPresentationTimeSource_Impl, IMFRateControl, IMFRateControl_Impl,
    IMFShutdown, IMFShutdown_Impl, MF_E_CLOCK_NO_TIME_SOURCE, MF_E_CLOCK_STATE_ALREADY_SET,
    MF_E_INVALIDREQUEST, MF_E_THINNING_UNSUPPORTED, MFCLOCK_PROPERTIES, MFCLOCK_STATE,
    MFCLOCK_STATE_INVALID, MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_STOPPED,
    MFSHUTDOWN_COMPLETED, MFSHUTDOWN_STATUS, MFTIME,
};
use crate::com::{E_INVALIDARG, E_POINTER, fail};
use win32::sync::lock;

/// MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ | _ALWAYS_RUNNING.
const SYSTEM_CLOCK_CHARACTERISTICS: u32 = 0x2 | 0x4;
const HNS_PER_SECOND: u64 = 10_000_000;

/// What both clocks report: 10 MHz ticks of the system clock.
fn system_clock_properties() -> MFCLOCK_PROPERTIES {
    MFCLOCK_PROPERTIES {
        qwCorrelationRate: 0,
        guidClockId: windows_core::GUID::zeroed(),
        dwClockFlags: 0,
        qwClockFrequency: HNS_PER_SECOND,
        dwClockTolerance: 50,
        dwClockJitter: 1,
    }
}

/// 100-ns ticks of the monotonic clock since the first call.
pub fn system_time() -> i64 {
    static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let epoch = *EPOCH.get_or_init(Instant::now);
    (epoch.elapsed().as_nanos() / 100) as i64
}

/// Reads (clock time, system time) from a time source.
fn correlated(source: &IMFPresentationTimeSource) -> Result<(i64, i64)> {
    let (mut clock, mut system) = (0i64, MFTIME(0));
    // SAFETY: a plain COM call with two valid out pointers.
    unsafe { source.GetCorrelatedTime(0, &mut clock, &mut system) }.ok()?;
    Ok((clock, system.0))
}

struct ClockState {
    source: Option<IMFPresentationTimeSource>,
    state: MFCLOCK_STATE,
    /// Presentation time at `source_at`, the source time of the last change.
    presentation_at: i64,
    source_at: i64,
    rate: f32,
    sinks: Vec<IMFClockStateSink>,
    shut_down: bool,
}

#[implement(IMFPresentationClock, IMFShutdown, IMFRateControl)]
pub struct PresentationClock {
    state: Mutex<ClockState>,
}

impl PresentationClock {
    pub fn create() -> IMFPresentationClock {
        PresentationClock {
            state: Mutex::new(ClockState {
                source: None,
                state: MFCLOCK_STATE_INVALID,
                presentation_at: 0,
                source_at: 0,
                rate: 1.0,
                sinks: Vec::new(),
                shut_down: false,
            }),
        }
        .into()
    }
}

impl ClockState {
    fn source(&self) -> Result<&IMFPresentationTimeSource> {
        self.source
            .as_ref()
            .ok_or_else(|| windows_core::Error::from_hresult(MF_E_CLOCK_NO_TIME_SOURCE))
    }

    fn time(&self) -> Result<i64> {
        let (now, _) = correlated(self.source()?)?;
        Ok(match self.state {
            MFCLOCK_STATE_RUNNING => {
                self.presentation_at + ((now - self.source_at) as f64 * self.rate as f64) as i64
            }
            MFCLOCK_STATE_PAUSED => self.presentation_at,
            _ => 0,
        })
    }

    /// Moves to `to` (the CONFORMANCE J5 table) and returns what the sinks
    /// must be told, which happens after the lock is released so that a
    /// sink may call back into the clock.
    fn change(&mut self, to: MFCLOCK_STATE, start_offset: Option<i64>) -> Result<SinkNotice> {
        let (now, system) = correlated(self.source()?)?;
        let from = self.state;
        match (from, to) {
            (MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_PAUSED)
            | (MFCLOCK_STATE_STOPPED, MFCLOCK_STATE_STOPPED) => {
                return fail(MF_E_CLOCK_STATE_ALREADY_SET);
            }
            (MFCLOCK_STATE_STOPPED | MFCLOCK_STATE_INVALID, MFCLOCK_STATE_PAUSED) => {
                return fail(MF_E_INVALIDREQUEST);
            }
            _ => {}
        }
        self.presentation_at = match to {
            MFCLOCK_STATE_RUNNING => match start_offset {
                // PRESENTATION_CURRENT_POSITION: resume where the clock is.
                Some(i64::MAX) | None => self.time()?,
                Some(offset) => offset,
            },
            MFCLOCK_STATE_PAUSED => self.time()?,
            _ => 0,
        };
        self.source_at = now;
        self.state = to;
        Ok(SinkNotice {
            sinks: self.sinks.clone(),
            to,
            restart: from == MFCLOCK_STATE_PAUSED && start_offset == Some(i64::MAX),
            system: MFTIME(system),
            offset: self.presentation_at,
        })
    }
}

/// A state change the clock's sinks are to hear about.
struct SinkNotice {
    sinks: Vec<IMFClockStateSink>,
    to: MFCLOCK_STATE,
    restart: bool,
    system: MFTIME,
    offset: i64,
}

impl SinkNotice {
    fn send(self) {
        for sink in &self.sinks {
            // SAFETY: plain COM calls; a sink's failure is its own business,
            // as on Windows.
            let _ = unsafe {
                match self.to {
                    MFCLOCK_STATE_RUNNING if self.restart => sink.OnClockRestart(self.system),
                    MFCLOCK_STATE_RUNNING => sink.OnClockStart(self.system, self.offset),
                    MFCLOCK_STATE_PAUSED => sink.OnClockPause(self.system),
                    _ => sink.OnClockStop(self.system),
                }
            };
        }
    }
}

impl IMFClock_Impl for PresentationClock_Impl {
    fn GetClockCharacteristics(&self) -> Result<u32> {
        Ok(SYSTEM_CLOCK_CHARACTERISTICS)
    }

    fn GetCorrelatedTime(
        &self,
        _reserved: u32,
        clock: *mut i64,
        system: *mut MFTIME,
    ) -> Result<()> {
        if clock.is_null() || system.is_null() {
            return fail(E_POINTER);
        }
        let st = lock(&self.state);
        let (_, sys) = correlated(st.source()?)?;
        let t = st.time()?;
        // SAFETY: both out pointers were checked above.
        unsafe {
            clock.write(t);
            system.write(MFTIME(sys));
        }
        Ok(())
    }

    fn GetContinuityKey(&self) -> Result<u32> {
        Ok(0)
    }

    fn GetState(&self, _reserved: u32) -> Result<MFCLOCK_STATE> {
        Ok(lock(&self.state).state)
    }

    fn GetProperties(&self, props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
        let st = lock(&self.state);
        st.source()?;
        if props.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: `props` was checked above.
        unsafe { props.write(system_clock_properties()) };
        Ok(())
    }
}

impl IMFPresentationClock_Impl for PresentationClock_Impl {
    fn SetTimeSource(&self, source: Ref<IMFPresentationTimeSource>) -> Result<()> {
        let source = source.ok()?.clone();
        lock(&self.state).source = Some(source);
        Ok(())
    }

    fn GetTimeSource(&self) -> Result<IMFPresentationTimeSource> {
        lock(&self.state).source().cloned()
    }

    fn GetTime(&self) -> Result<MFTIME> {
        lock(&self.state).time().map(MFTIME)
    }

    fn AddClockStateSink(&self, sink: Ref<IMFClockStateSink>) -> Result<()> {
        let sink = sink
            .ok()
            .map_err(|_| windows_core::Error::from_hresult(E_INVALIDARG))?;
        let mut st = lock(&self.state);
        if st.sinks.iter().any(|s| s.as_raw() == sink.as_raw()) {
            return fail(E_INVALIDARG);
        }
        st.sinks.push(sink.clone());
        Ok(())
    }

    fn RemoveClockStateSink(&self, sink: Ref<IMFClockStateSink>) -> Result<()> {
        let sink = sink
            .ok()
            .map_err(|_| windows_core::Error::from_hresult(E_INVALIDARG))?;
        lock(&self.state)
            .sinks
            .retain(|s| s.as_raw() != sink.as_raw());
        Ok(())
    }

    fn Start(&self, offset: i64) -> Result<()> {
        let notice = lock(&self.state).change(MFCLOCK_STATE_RUNNING, Some(offset))?;
        notice.send();
        Ok(())
    }

    fn Stop(&self) -> Result<()> {
        let notice = lock(&self.state).change(MFCLOCK_STATE_STOPPED, None)?;
        notice.send();
        Ok(())
    }

    fn Pause(&self) -> Result<()> {
        let notice = lock(&self.state).change(MFCLOCK_STATE_PAUSED, None)?;
        notice.send();
        Ok(())
    }
}

impl IMFShutdown_Impl for PresentationClock_Impl {
    /// CONFORMANCE J9: the clock keeps answering after its own Shutdown.
    fn Shutdown(&self) -> Result<()> {
        let mut st = lock(&self.state);
        st.shut_down = true;
        st.sinks.clear();
        Ok(())
    }

    fn GetShutdownStatus(&self) -> Result<MFSHUTDOWN_STATUS> {
        if lock(&self.state).shut_down {
            Ok(MFSHUTDOWN_COMPLETED)
        } else {
            fail(MF_E_INVALIDREQUEST)
        }
    }
}

impl IMFRateControl_Impl for PresentationClock_Impl {
    fn SetRate(&self, thin: BOOL, rate: f32) -> Result<()> {
        let mut st = lock(&self.state);
        st.source()?;
        if thin.as_bool() {
            return fail(MF_E_THINNING_UNSUPPORTED);
        }
        if st.state == MFCLOCK_STATE_RUNNING {
            let t = st.time()?;
            st.presentation_at = t;
            st.source_at = correlated(st.source()?)?.0;
        }
        st.rate = rate;
        Ok(())
    }

    fn GetRate(&self, thin: *mut BOOL, rate: *mut f32) -> Result<()> {
        if rate.is_null() {
            return fail(E_POINTER);
        }
        let st = lock(&self.state);
        st.source()?;
        // SAFETY: `rate` was checked; `thin` is NULL or a BOOL.
        unsafe {
            rate.write(st.rate);
            if let Some(thin) = thin.as_mut() {
                *thin = BOOL(0);
            }
        }
        Ok(())
    }
}

/// The system time source: the monotonic clock, always running.
#[implement(IMFPresentationTimeSource)]
pub struct SystemTimeSource;

impl SystemTimeSource {
    pub fn create() -> IMFPresentationTimeSource {
        SystemTimeSource.into()
    }
}

impl IMFClock_Impl for SystemTimeSource_Impl {
    fn GetClockCharacteristics(&self) -> Result<u32> {
        Ok(SYSTEM_CLOCK_CHARACTERISTICS)
    }

    fn GetCorrelatedTime(
        &self,
        _reserved: u32,
        clock: *mut i64,
        system: *mut MFTIME,
    ) -> Result<()> {
        if clock.is_null() || system.is_null() {
            return fail(E_POINTER);
        }
        let now = system_time();
        // SAFETY: both out pointers were checked above.
        unsafe {
            clock.write(now);
            system.write(MFTIME(now));
        }
        Ok(())
    }

    fn GetContinuityKey(&self) -> Result<u32> {
        Ok(0)
    }

    fn GetState(&self, _reserved: u32) -> Result<MFCLOCK_STATE> {
        Ok(MFCLOCK_STATE_RUNNING)
    }

    fn GetProperties(&self, props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
        if props.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: `props` was checked above.
        unsafe { props.write(system_clock_properties()) };
        Ok(())
    }
}

impl IMFPresentationTimeSource_Impl for SystemTimeSource_Impl {
    fn GetUnderlyingClock(&self) -> Result<IMFClock> {
        fail(crate::bindings::MF_E_NO_CLOCK)
    }
}

/// Shuts a clock down through its IMFShutdown.
pub fn shutdown(clock: &IMFPresentationClock) {
    if let Ok(s) = clock.cast::<IMFShutdown>() {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { s.Shutdown() };
    }
}
