//! CONFORMANCE E11-E13 and H2 with a media source written here: it wraps a
//! real one, writes every Start, Stop and Pause the session makes into the
//! log the sample grabber writes its clock notifications to, and may be
//! unseekable (no MFMEDIASOURCE_CAN_SEEK, and E_FAIL for a Start at a
//! non-zero position), as Windows' test source is.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use mfplat::bindings::*;
use mfplat::propvariant::Value;
use windows_core::{GUID, HRESULT, IUnknown, Interface, Ref, Result, implement};

const SECOND: i64 = 10_000_000;
const TOLERANCE: i64 = SECOND / 2; // CONFORMANCE 2.5: ±0.5 s after a seek

#[implement(IMFMediaSource)]
struct Recording {
    inner: IMFMediaSource,
    seekable: bool,
    log: Arc<Mutex<Grabbed>>,
}

impl Recording_Impl {
    fn record(&self, call: &'static str) {
        self.log.lock().unwrap().clock_events.push(call);
    }
}

impl IMFMediaEventGenerator_Impl for Recording_Impl {
    fn GetEvent(&self, flags: u32) -> Result<IMFMediaEvent> {
        // SAFETY: plain COM calls on a live interface.
        unsafe { self.inner.GetEvent(flags) }
    }
    fn BeginGetEvent(&self, callback: Ref<IMFAsyncCallback>, state: Ref<IUnknown>) -> Result<()> {
        // SAFETY: as above.
        unsafe { self.inner.BeginGetEvent(callback.as_ref(), state.as_ref()) }.ok()
    }
    fn EndGetEvent(&self, result: Ref<IMFAsyncResult>) -> Result<IMFMediaEvent> {
        // SAFETY: as above.
        unsafe { self.inner.EndGetEvent(result.as_ref()) }
    }
    fn QueueEvent(
        &self,
        kind: MediaEventType,
        extended: *const GUID,
        status: HRESULT,
        value: *const PROPVARIANT,
    ) -> Result<()> {
        // SAFETY: as above; the pointers are the caller's, passed on.
        unsafe { self.inner.QueueEvent(kind, extended, status, value) }.ok()
    }
}

impl IMFMediaSource_Impl for Recording_Impl {
    fn GetCharacteristics(&self) -> Result<u32> {
        // SAFETY: as above.
        let c = unsafe { self.inner.GetCharacteristics() }?;
        Ok(if self.seekable {
            c
        } else {
            c & !(MFMEDIASOURCE_CAN_SEEK as u32)
        })
    }
    fn CreatePresentationDescriptor(&self) -> Result<IMFPresentationDescriptor> {
        // SAFETY: as above.
        unsafe { self.inner.CreatePresentationDescriptor() }
    }
    fn Start(
        &self,
        pd: Ref<IMFPresentationDescriptor>,
        format: *const GUID,
        position: *const PROPVARIANT,
    ) -> Result<()> {
        self.record("source start");
        // SAFETY: the session passes a valid PROPVARIANT.
        let at = unsafe { Value::from_raw(&*position) }?;
        if !self.seekable && !matches!(at, Value::Empty | Value::I64(0)) {
            return Err(mfplat::com::E_FAIL.into());
        }
        // SAFETY: as above.
        unsafe { self.inner.Start(pd.as_ref(), format, position) }.ok()
    }
    fn Stop(&self) -> Result<()> {
        self.record("source stop");
        // SAFETY: as above.
        unsafe { self.inner.Stop() }.ok()
    }
    fn Pause(&self) -> Result<()> {
        self.record("source pause");
        // SAFETY: as above.
        unsafe { self.inner.Pause() }.ok()
    }
    fn Shutdown(&self) -> Result<()> {
        // SAFETY: as above.
        unsafe { self.inner.Shutdown() }.ok()
    }
}

struct Rig {
    dir: std::path::PathBuf,
    real: IMFMediaSource,
    session: IMFMediaSession,
    events: IMFMediaEventGenerator,
    log: Arc<Mutex<Grabbed>>,
    seen: Vec<i32>,
}

/// A session playing a 3 s WAV file through the recording source into a
/// clocked sample grabber; returns after MESessionTopologyStatus READY.
fn rig(name: &str, seekable: bool) -> Rig {
    let dir = scratch(name);
    let wav = media_file(&dir, "wav", &signal(3.0));
    let real = open_source(&wav);
    let (activate, log) = grabber_activate(false);
    let source: IMFMediaSource = Recording {
        inner: real.clone(),
        seekable,
        log: log.clone(),
    }
    .into();
    let (session, events) = create_session();
    let topology = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &topology).unwrap() };
    let ready = wait_for(
        &events,
        MESessionTopologyStatus,
        Duration::from_secs(5),
        &mut seen,
    );
    assert_eq!(ready.status, HRESULT(0));
    Rig {
        dir,
        real,
        session,
        events,
        log,
        seen,
    }
}

impl Rig {
    /// Start at `position`; MESessionStarted's status.
    fn start(&mut self, position: Option<i64>) -> HRESULT {
        start(&self.session, position);
        wait_for(
            &self.events,
            MESessionStarted,
            Duration::from_secs(5),
            &mut self.seen,
        )
        .status
    }

    /// The calls into the source and the sink since the last look, once
    /// `count` of them arrived (a sink hears of the clock on its own
    /// thread) and a moment passed for any unexpected one.
    fn calls(&self, count: usize) -> Vec<&'static str> {
        let deadline = Instant::now() + Duration::from_secs(2);
        while self.log.lock().unwrap().clock_events.len() < count && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(Duration::from_millis(50));
        std::mem::take(&mut self.log.lock().unwrap().clock_events)
    }

    fn close(mut self) {
        // SAFETY: plain COM calls.
        unsafe { self.session.Close().unwrap() };
        let closed = wait_for(
            &self.events,
            MESessionClosed,
            Duration::from_secs(2),
            &mut self.seen,
        );
        assert_eq!(closed.status, HRESULT(0));
        // SAFETY: plain COM calls.
        unsafe {
            self.real.Shutdown().unwrap();
            self.session.Shutdown().unwrap();
        }
        std::fs::remove_dir_all(&self.dir).unwrap();
    }
}

#[test]
fn an_unseekable_source_takes_seek_away_and_fails_a_seek_with_its_error() {
    let mut rig = rig("e11", false);
    assert_eq!(rig.start(None), HRESULT(0));
    // E11, H2: started, the session can start but not seek.
    // SAFETY: a plain COM call.
    let caps = unsafe { rig.session.GetSessionCapabilities() }.unwrap();
    assert_ne!(caps & MFSESSIONCAP_START as u32, 0, "caps {caps:#x}");
    assert_eq!(caps & MFSESSIONCAP_SEEK as u32, 0, "caps {caps:#x}");
    // E12: a seek to 1 s is answered with the source's error, and the clock
    // is not moved there.
    assert_eq!(rig.start(Some(SECOND)), mfplat::com::E_FAIL);
    let t = clock_time(&rig.session);
    assert!(t.abs() < TOLERANCE, "clock at {t} after a refused seek");
    rig.close();
}

#[test]
fn a_seek_stops_and_starts_the_source_then_starts_the_sink() {
    let mut rig = rig("e13", true);
    // E13, from never started: the source starts, then the sink.
    assert_eq!(rig.start(Some(SECOND)), HRESULT(0));
    assert_eq!(rig.calls(2), ["source start", "start"]);
    // From running: the source stops and starts again, then the sink
    // starts; the sink is never stopped.
    assert_eq!(rig.start(Some(SECOND)), HRESULT(0));
    assert_eq!(rig.calls(3), ["source stop", "source start", "start"]);
    // From paused: the same.
    // SAFETY: a plain COM call.
    unsafe { rig.session.Pause().unwrap() };
    let paused = wait_for(
        &rig.events,
        MESessionPaused,
        Duration::from_secs(5),
        &mut rig.seen,
    );
    assert_eq!(paused.status, HRESULT(0));
    // (The order of these two is row L's, tested there.)
    let mut pausing = rig.calls(2);
    pausing.sort_unstable();
    assert_eq!(pausing, ["pause", "source pause"]);
    assert_eq!(rig.start(Some(SECOND)), HRESULT(0));
    assert_eq!(rig.calls(3), ["source stop", "source start", "start"]);
    let t = clock_time(&rig.session);
    assert!(
        (t - SECOND).abs() < TOLERANCE,
        "clock at {t} after a seek to 1 s"
    );
    rig.close();
}
