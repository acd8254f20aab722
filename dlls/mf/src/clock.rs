//! The presentation clock (MFCreatePresentationClock, and the clock a Media
//! Session hands out), over any IMFPresentationTimeSource. Times are in
//! 100-ns units.

use std::ffi::c_void;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use windows_core::{BOOL, HRESULT, IUnknown, Interface, Ref, Result, implement};

use mfplat::async_result::AsyncResult;
use mfplat::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFClock_Impl, IMFClockStateSink, IMFPresentationClock,
    IMFPresentationClock_Impl, IMFPresentationTimeSource, IMFRateControl, IMFRateControl_Impl,
    IMFShutdown, IMFShutdown_Impl, IMFTimer, IMFTimer_Impl, MF_E_CLOCK_NO_TIME_SOURCE,
    MF_E_CLOCK_STATE_ALREADY_SET, MF_E_INVALIDREQUEST, MF_E_SHUTDOWN, MF_E_THINNING_UNSUPPORTED,
    MF_S_CLOCK_STOPPED, MFCLOCK_PROPERTIES, MFCLOCK_STATE, MFCLOCK_STATE_INVALID,
    MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_STOPPED, MFSHUTDOWN_COMPLETED,
    MFSHUTDOWN_STATUS, MFTIME, MFTIMER_RELATIVE,
};
use mfplat::bindings::{MF_E_UNSUPPORTED_RATE, MFRATE_DIRECTION, MFRATE_FORWARD};
use mfplat::com::{E_INVALIDARG, E_OUTOFMEMORY, E_POINTER, answer, fail};
use mfplat::time_source::PRESENTATION_CURRENT_POSITION;
use win32::sync::{lock, wait};

/// Reads (clock time, system time) from a time source.
fn correlated(source: &IMFPresentationTimeSource) -> Result<(i64, i64)> {
    let (mut clock, mut system) = (0i64, MFTIME(0));
    // SAFETY: a plain COM call with two valid out pointers.
    unsafe { source.GetCorrelatedTime(0, &mut clock, &mut system) }.ok()?;
    Ok((clock, system.0))
}

/// A timer from IMFTimer::SetTimer, waiting for its presentation time.
struct Timer {
    at: i64,
    callback: IMFAsyncCallback,
    /// What Invoke receives (the caller's state), and the identity of the
    /// key SetTimer handed out.
    result: IMFAsyncResult,
}

struct ClockState {
    source: Option<IMFPresentationTimeSource>,
    /// The time source as a clock state sink: the presentation clock tells
    /// it every change first (IMFPresentationTimeSource's page: a time
    /// source must implement IMFClockStateSink), and then reads the
    /// presentation time from it (CONFORMANCE J6). A time source without
    /// it is read as a free-running clock.
    source_sink: Option<IMFClockStateSink>,
    state: MFCLOCK_STATE,
    /// Presentation time at `source_at`, the source time of the last change.
    presentation_at: i64,
    source_at: i64,
    rate: f32,
    sinks: Vec<IMFClockStateSink>,
    shut_down: bool,
    timers: Vec<Timer>,
    /// Whether the thread that fires the timers runs.
    timer_thread: bool,
    /// The clock object is gone; the timer thread ends.
    dropped: bool,
}

/// The state, shared with the timer thread, and what wakes that thread:
/// a new or cancelled timer, a state or rate change, the clock's end.
struct Shared {
    state: Mutex<ClockState>,
    changed: Condvar,
}

// SAFETY: the COM objects held (time source, sinks, timer callbacks) are
// Media Foundation objects, free-threaded by contract (see `Agile`), and
// the state is only touched under its mutex.
unsafe impl Send for Shared {}
// SAFETY: as above.
unsafe impl Sync for Shared {}

#[implement(IMFPresentationClock, IMFShutdown, IMFRateControl, IMFTimer)]
pub struct PresentationClock {
    shared: Arc<Shared>,
}

impl PresentationClock {
    pub fn create() -> IMFPresentationClock {
        PresentationClock {
            shared: Arc::new(Shared {
                state: Mutex::new(ClockState {
                    source: None,
                    source_sink: None,
                    state: MFCLOCK_STATE_INVALID,
                    presentation_at: 0,
                    source_at: 0,
                    rate: 1.0,
                    sinks: Vec::new(),
                    shut_down: false,
                    timers: Vec::new(),
                    timer_thread: false,
                    dropped: false,
                }),
                changed: Condvar::new(),
            }),
        }
        .into()
    }

    fn locked(&self) -> MutexGuard<'_, ClockState> {
        lock(&self.shared.state)
    }

    /// Tell the timer thread that something it waits on changed.
    fn wake_timers(&self) {
        self.shared.changed.notify_all();
    }
}

impl Drop for PresentationClock {
    fn drop(&mut self) {
        let mut st = self.locked();
        st.dropped = true;
        st.timers.clear();
        drop(st);
        self.wake_timers();
    }
}

/// The timer thread: fires every timer whose time the running clock has
/// reached (CONFORMANCE J10: one already passed fires at once), sleeping
/// until the earliest one is due or something changes.
fn run_timers(shared: &Shared) {
    let mut st = lock(&shared.state);
    loop {
        if st.dropped {
            return;
        }
        let mut sleep = None;
        if st.state == MFCLOCK_STATE_RUNNING
            && let Ok(now) = st.time()
        {
            let (due, waiting): (Vec<Timer>, Vec<Timer>) =
                st.timers.drain(..).partition(|t| t.at <= now);
            st.timers = waiting;
            if !due.is_empty() {
                drop(st);
                for t in due {
                    mfplat::work_queue::invoke(t.callback, t.result);
                }
                st = lock(&shared.state);
                continue;
            }
            let earliest = st.timers.iter().map(|t| t.at).min();
            if let Some(at) = earliest
                && st.rate > 0.0
            {
                let hns = ((at - now) as f64 / st.rate as f64).ceil() as u64;
                sleep = Some(Duration::from_nanos(hns.saturating_mul(100)));
            }
        }
        // Not running, no timer, or a rate that does not move forward:
        // sleep until told.
        st = wait(&shared.changed, st, sleep);
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
        if self.source_sink.is_some()
            && matches!(self.state, MFCLOCK_STATE_RUNNING | MFCLOCK_STATE_PAUSED)
        {
            // The time source follows the presentation itself.
            return Ok(now);
        }
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
                // Resume where the clock is.
                Some(PRESENTATION_CURRENT_POSITION) | None => self.time()?,
                Some(offset) => offset,
            },
            MFCLOCK_STATE_PAUSED => self.time()?,
            _ => 0,
        };
        self.source_at = now;
        self.state = to;
        Ok(SinkNotice {
            time_source: self.source_sink.clone(),
            sinks: self.sinks.clone(),
            to,
            restart: from == MFCLOCK_STATE_PAUSED
                && start_offset == Some(PRESENTATION_CURRENT_POSITION),
            system: MFTIME(system),
            offset: self.presentation_at,
        })
    }
}

/// A state change the time source and the clock's sinks are to hear about.
struct SinkNotice {
    time_source: Option<IMFClockStateSink>,
    sinks: Vec<IMFClockStateSink>,
    to: MFCLOCK_STATE,
    restart: bool,
    system: MFTIME,
    offset: i64,
}

impl SinkNotice {
    fn send(self) {
        for sink in self.time_source.iter().chain(&self.sinks) {
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

/// Without a time source the clock answers MF_E_CLOCK_NO_TIME_SOURCE
/// before looking at its pointers; with one it reports the source's
/// characteristics and properties (Wine's test_presentation_clock, which
/// passes on Windows).
impl IMFClock_Impl for PresentationClock_Impl {
    fn GetClockCharacteristics(&self, out: *mut u32) -> HRESULT {
        let source = self.locked().source().cloned();
        // SAFETY: a plain COM call on a live interface; `out` is NULL or
        // writable (the shim passes it on).
        unsafe { answer(out, source.and_then(|s| s.GetClockCharacteristics())) }
    }

    fn GetCorrelatedTime(
        &self,
        _reserved: u32,
        clock: *mut i64,
        system: *mut MFTIME,
    ) -> Result<()> {
        let st = self.locked();
        let (_, sys) = correlated(st.source()?)?;
        if clock.is_null() || system.is_null() {
            return fail(E_POINTER);
        }
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
        Ok(self.locked().state)
    }

    fn GetProperties(&self, props: *mut MFCLOCK_PROPERTIES) -> Result<()> {
        let source = self.locked().source().cloned()?;
        // SAFETY: a plain COM call; `props` is the caller's, checked by the
        // time source.
        unsafe { source.GetProperties(props) }.ok()
    }
}

impl IMFPresentationClock_Impl for PresentationClock_Impl {
    fn SetTimeSource(&self, source: Ref<IMFPresentationTimeSource>) -> Result<()> {
        let source = source.ok()?.clone();
        let mut st = self.locked();
        st.source_sink = source.cast().ok();
        st.source = Some(source);
        Ok(())
    }

    fn GetTimeSource(&self) -> Result<IMFPresentationTimeSource> {
        self.locked().source().cloned()
    }

    fn GetTime(&self) -> Result<MFTIME> {
        self.locked().time().map(MFTIME)
    }

    fn AddClockStateSink(&self, sink: Ref<IMFClockStateSink>) -> Result<()> {
        let sink = sink
            .ok()
            .map_err(|_| windows_core::Error::from_hresult(E_INVALIDARG))?;
        let mut st = self.locked();
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
        self.locked().sinks.retain(|s| s.as_raw() != sink.as_raw());
        Ok(())
    }

    fn Start(&self, offset: i64) -> Result<()> {
        let notice = self.locked().change(MFCLOCK_STATE_RUNNING, Some(offset))?;
        self.wake_timers();
        notice.send();
        Ok(())
    }

    fn Stop(&self) -> Result<()> {
        let notice = self.locked().change(MFCLOCK_STATE_STOPPED, None)?;
        self.wake_timers();
        notice.send();
        Ok(())
    }

    fn Pause(&self) -> Result<()> {
        let notice = self.locked().change(MFCLOCK_STATE_PAUSED, None)?;
        self.wake_timers();
        notice.send();
        Ok(())
    }
}

impl IMFShutdown_Impl for PresentationClock_Impl {
    /// CONFORMANCE J9: the clock keeps answering after its own Shutdown.
    fn Shutdown(&self) -> Result<()> {
        let mut st = self.locked();
        st.shut_down = true;
        st.sinks.clear();
        st.timers.clear();
        Ok(())
    }

    fn GetShutdownStatus(&self) -> Result<MFSHUTDOWN_STATUS> {
        if self.locked().shut_down {
            Ok(MFSHUTDOWN_COMPLETED)
        } else {
            fail(MF_E_INVALIDREQUEST)
        }
    }
}

impl IMFRateControl_Impl for PresentationClock_Impl {
    fn SetRate(&self, thin: BOOL, rate: f32) -> Result<()> {
        let mut st = self.locked();
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
        let sinks = st.sinks.clone();
        let time_source = st.source_sink.clone();
        let system = correlated(st.source()?)?.1;
        drop(st);
        self.wake_timers();
        for sink in time_source.iter().chain(&sinks) {
            // SAFETY: a plain COM call; as for the other notifications, a
            // sink's failure is its own business.
            let _ = unsafe { sink.OnClockSetRate(MFTIME(system), rate) };
        }
        Ok(())
    }

    /// A NULL rate is E_INVALIDARG, a NULL thinning flag is allowed
    /// (test_presentation_clock).
    fn GetRate(&self, thin: *mut BOOL, rate: *mut f32) -> Result<()> {
        if rate.is_null() {
            return fail(E_INVALIDARG);
        }
        let st = self.locked();
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

impl IMFTimer_Impl for PresentationClock_Impl {
    /// The key is optional (ppunkKey may be NULL, the SetTimer page).
    fn SetTimer(
        &self,
        flags: u32,
        time: i64,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
        key: *mut *mut c_void,
    ) -> HRESULT {
        match self.set_timer(flags, time, callback, state) {
            Ok((k, status)) => {
                if !key.is_null() {
                    // SAFETY: a non-NULL `key` is writable; the reference
                    // passes to the caller.
                    unsafe { key.write(k.into_raw()) };
                }
                status
            }
            Err(e) => e.code(),
        }
    }

    /// A key whose timer fired or was cancelled already cancels nothing.
    fn CancelTimer(&self, key: Ref<IUnknown>) -> Result<()> {
        let key = key.ok()?.cast::<IUnknown>()?;
        let mut st = self.locked();
        let mut kept = Vec::with_capacity(st.timers.len());
        for t in st.timers.drain(..) {
            match t.result.cast::<IUnknown>() {
                Ok(k) if k.as_raw() == key.as_raw() => {}
                _ => kept.push(t),
            }
        }
        st.timers = kept;
        drop(st);
        self.wake_timers();
        Ok(())
    }
}

impl PresentationClock_Impl {
    /// SetTimer's key and status: MF_S_CLOCK_STOPPED when the clock is not
    /// running or paused, the timer then waiting for a Start (documented).
    fn set_timer(
        &self,
        flags: u32,
        time: i64,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
    ) -> Result<(IUnknown, HRESULT)> {
        let callback = callback.ok()?.clone();
        let mut st = self.locked();
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        let at = if flags & MFTIMER_RELATIVE as u32 != 0 {
            st.time()? + time
        } else {
            time
        };
        let result = AsyncResult::create(None, Some(callback.clone()), state.cloned());
        let key: IUnknown = result.cast()?;
        st.timers.push(Timer {
            at,
            callback,
            result,
        });
        let status = match st.state {
            MFCLOCK_STATE_RUNNING | MFCLOCK_STATE_PAUSED => HRESULT(0),
            _ => MF_S_CLOCK_STOPPED,
        };
        if !st.timer_thread {
            let shared = Arc::clone(&self.shared);
            std::thread::Builder::new()
                .name("mf-clock-timers".into())
                .spawn(move || run_timers(&shared))
                .map_err(|_| windows_core::Error::from_hresult(E_OUTOFMEMORY))?;
            st.timer_thread = true;
        }
        drop(st);
        self.wake_timers();
        Ok((key, status))
    }
}

/// IMFRateSupport's direction check: reverse play is not built.
pub fn forward_only(direction: MFRATE_DIRECTION) -> Result<()> {
    if direction == MFRATE_FORWARD {
        Ok(())
    } else {
        fail(MF_E_UNSUPPORTED_RATE)
    }
}

/// IMFRateSupport::IsRateSupported over the range `slowest..=fastest`:
/// the nearest supported rate goes to `nearest` when it is not NULL.
pub fn rate_in(rate: f32, slowest: f32, fastest: f32, nearest: *mut f32) -> Result<()> {
    // SAFETY: a non-NULL `nearest` points to a float (the method's contract).
    if let Some(nearest) = unsafe { nearest.as_mut() } {
        *nearest = rate.clamp(slowest, fastest);
    }
    if (slowest..=fastest).contains(&rate) {
        Ok(())
    } else {
        fail(MF_E_UNSUPPORTED_RATE)
    }
}

/// Shuts a clock down through its IMFShutdown.
pub fn shutdown(clock: &IMFPresentationClock) {
    if let Ok(s) = clock.cast::<IMFShutdown>() {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { s.Shutdown() };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfplat::time_source::SystemTimeSource;

    /// Wine's test_presentation_clock, which passes on Windows.
    #[test]
    fn a_clock_without_time_source_says_so_first() {
        let clock = PresentationClock::create();
        let vtable = Interface::vtable(&clock);
        let null = std::ptr::null_mut::<c_void>();
        // SAFETY: plain COM calls with valid or deliberately NULL pointers.
        unsafe {
            let characteristics = vtable.base__.GetClockCharacteristics;
            assert_eq!(
                characteristics(clock.as_raw(), null.cast()),
                MF_E_CLOCK_NO_TIME_SOURCE
            );
            assert_eq!(
                (vtable.GetTimeSource)(clock.as_raw(), null.cast()),
                E_INVALIDARG
            );
            let mut system = MFTIME(0);
            assert_eq!(
                clock.GetCorrelatedTime(0, null.cast(), &mut system),
                MF_E_CLOCK_NO_TIME_SOURCE
            );
            assert_eq!(clock.Stop(), MF_E_CLOCK_NO_TIME_SOURCE);
            let shutdown: IMFShutdown = clock.cast().unwrap();
            let status = Interface::vtable(&shutdown).GetShutdownStatus;
            assert_eq!(status(shutdown.as_raw(), null.cast()), E_INVALIDARG);
            let source = SystemTimeSource::create();
            clock.SetTimeSource(&source).unwrap();
            assert_eq!(characteristics(clock.as_raw(), null.cast()), E_POINTER);
            assert_eq!(clock.GetClockCharacteristics().unwrap(), 0xa);
            // Stopping a clock never started leaves its time source INVALID.
            clock.Stop().unwrap();
            assert_eq!(clock.GetState(0).unwrap(), MFCLOCK_STATE_STOPPED);
            assert_eq!(source.GetState(0).unwrap(), MFCLOCK_STATE_INVALID);
            let rate: IMFRateControl = clock.cast().unwrap();
            let mut thin = BOOL(1);
            assert_eq!(rate.GetRate(&mut thin, null.cast()), E_INVALIDARG);
            assert_eq!(rate.GetRate(null.cast(), &mut 0.0), HRESULT(0));
        }
    }
}
