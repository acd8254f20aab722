//! The presentation clock (MFCreatePresentationClock, and the clock a Media
//! Session hands out) and the system time source
//! (MFCreateSystemTimeSource). Times are in 100-ns units.

use std::ffi::c_void;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use windows_core::{BOOL, HRESULT, IUnknown, Interface, Ref, Result, implement};

use crate::async_result::AsyncResult;
use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFClock, IMFClock_Impl, IMFClockStateSink,
    IMFClockStateSink_Impl, IMFPresentationClock, IMFPresentationClock_Impl,
    IMFPresentationTimeSource, IMFPresentationTimeSource_Impl, IMFRateControl, IMFRateControl_Impl,
    IMFShutdown, IMFShutdown_Impl, IMFTimer, IMFTimer_Impl, MF_E_CLOCK_NO_TIME_SOURCE,
    MF_E_CLOCK_STATE_ALREADY_SET, MF_E_INVALIDREQUEST, MF_E_SHUTDOWN, MF_E_THINNING_UNSUPPORTED,
    MF_S_CLOCK_STOPPED, MFCLOCK_PROPERTIES, MFCLOCK_STATE, MFCLOCK_STATE_INVALID,
    MFCLOCK_STATE_PAUSED, MFCLOCK_STATE_RUNNING, MFCLOCK_STATE_STOPPED, MFSHUTDOWN_COMPLETED,
    MFSHUTDOWN_STATUS, MFTIME, MFTIMER_RELATIVE,
};
use crate::bindings::{MF_E_UNSUPPORTED_RATE, MFRATE_DIRECTION, MFRATE_FORWARD};
use crate::com::{E_INVALIDARG, E_OUTOFMEMORY, E_POINTER, fail};
use win32::sync::{lock, wait};

// MFCLOCK_CHARACTERISTICS_FLAGS and the MFCLOCK_PROPERTIES values of mfidl.h
// (the metadata's filter does not list them yet).
const MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ: u32 = 0x2;
const MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING: u32 = 0x4;
const MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK: u32 = 0x8;
const MFCLOCK_FREQUENCY_HNS: u64 = 10_000_000;
const MFCLOCK_TOLERANCE_UNKNOWN: u32 = 50_000;

/// The system time source's characteristics: 10 MHz ticks of the system
/// clock, but not always running, since it follows the presentation clock
/// it serves (Wine's test_system_time_source, which passes on Windows).
const TIME_SOURCE_CHARACTERISTICS: u32 =
    MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK;

/// The underlying system clock's: that, and always running.
const SYSTEM_CLOCK_CHARACTERISTICS: u32 =
    TIME_SOURCE_CHARACTERISTICS | MFCLOCK_CHARACTERISTICS_FLAG_ALWAYS_RUNNING;

/// What the time source and its clock report (test_system_time_source):
/// 10 MHz, tolerance unknown, a jitter of one tick.
fn system_clock_properties() -> MFCLOCK_PROPERTIES {
    MFCLOCK_PROPERTIES {
        qwCorrelationRate: 0,
        guidClockId: windows_core::GUID::zeroed(),
        dwClockFlags: 0,
        qwClockFrequency: MFCLOCK_FREQUENCY_HNS,
        dwClockTolerance: MFCLOCK_TOLERANCE_UNKNOWN,
        dwClockJitter: 1,
    }
}

/// Writes `value` through `out` unless it is NULL (E_POINTER), for the
/// out pointers the vtable shims pass on.
///
/// # Safety
/// `out` is NULL or writable.
unsafe fn answer<T>(out: *mut T, value: Result<T>) -> HRESULT {
    match value {
        Ok(_) if out.is_null() => E_POINTER,
        Ok(v) => {
            // SAFETY: per the function's contract, and not NULL.
            unsafe { out.write(v) };
            HRESULT(0)
        }
        Err(e) => e.code(),
    }
}

/// PRESENTATION_CURRENT_POSITION (mfidl.h): a start offset that resumes
/// the clock where it is.
pub const PRESENTATION_CURRENT_POSITION: i64 = i64::MAX;

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
                    crate::work_queue::invoke(t.callback, t.result);
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
                MFCLOCK_CHARACTERISTICS_FLAG_FREQUENCY_10MHZ
                    | MFCLOCK_CHARACTERISTICS_FLAG_IS_SYSTEM_CLOCK
            );
            let mut props = MFCLOCK_PROPERTIES::default();
            source.GetProperties(&mut props).unwrap();
            assert_eq!(props.dwClockTolerance, MFCLOCK_TOLERANCE_UNKNOWN);
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
