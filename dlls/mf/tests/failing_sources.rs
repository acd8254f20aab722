//! CONFORMANCE E2 and E3 with a media source written here that fails on
//! purpose: the session's Start answers with the source's error in
//! MESessionStarted, whether the failure is in BeginGetEvent (and then the
//! source's Start is never called) or in Start itself.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use common::*;
use mfplat::bindings::*;
use windows_core::{GUID, HRESULT, IUnknown, Interface, Ref, Result, implement};

const E_BEGIN: HRESULT = HRESULT(0x8000_1234_u32 as i32);

#[implement(IMFMediaSource)]
struct Failing {
    begin_fails: bool,
    started: Arc<AtomicBool>,
    pd: IMFPresentationDescriptor,
}

impl IMFMediaEventGenerator_Impl for Failing_Impl {
    fn GetEvent(&self, _: u32) -> Result<IMFMediaEvent> {
        Err(MF_E_NO_EVENTS_AVAILABLE.into())
    }
    fn BeginGetEvent(&self, _: Ref<IMFAsyncCallback>, _: Ref<IUnknown>) -> Result<()> {
        if self.begin_fails {
            Err(E_BEGIN.into())
        } else {
            Ok(())
        }
    }
    fn EndGetEvent(&self, _: Ref<IMFAsyncResult>) -> Result<IMFMediaEvent> {
        Err(MF_E_NO_EVENTS_AVAILABLE.into())
    }
    fn QueueEvent(
        &self,
        _: MediaEventType,
        _: *const GUID,
        _: HRESULT,
        _: *const PROPVARIANT,
    ) -> Result<()> {
        Ok(())
    }
}

impl IMFMediaSource_Impl for Failing_Impl {
    fn GetCharacteristics(&self) -> Result<u32> {
        Ok(MFMEDIASOURCE_CAN_PAUSE as u32)
    }
    fn CreatePresentationDescriptor(&self) -> Result<IMFPresentationDescriptor> {
        Ok(self.pd.clone())
    }
    fn Start(
        &self,
        _: Ref<IMFPresentationDescriptor>,
        _: *const GUID,
        _: *const PROPVARIANT,
    ) -> Result<()> {
        self.started.store(true, Ordering::SeqCst);
        Err(mfplat::com::E_NOTIMPL.into())
    }
    fn Stop(&self) -> Result<()> {
        Ok(())
    }
    fn Pause(&self) -> Result<()> {
        Ok(())
    }
    fn Shutdown(&self) -> Result<()> {
        Ok(())
    }
}

/// Starts a session over a failing source; MESessionStarted's status and
/// whether the source's Start was called.
fn start_failing(begin_fails: bool) -> (HRESULT, bool) {
    let dir = scratch(if begin_fails { "e2" } else { "e3" });
    let wav = media_file(&dir, "wav", &signal(0.2));
    let real = open_source(&wav);
    // SAFETY: plain COM calls.
    let pd = unsafe { real.CreatePresentationDescriptor() }.unwrap();
    let started = Arc::new(AtomicBool::new(false));
    let source: IMFMediaSource = Failing {
        begin_fails,
        started: started.clone(),
        pd,
    }
    .into();
    let (activate, _grabbed) = grabber_activate(true);
    let (session, events) = create_session();
    let topology = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &topology).unwrap() };
    wait_for(
        &events,
        MESessionTopologyStatus,
        Duration::from_secs(5),
        &mut seen,
    );
    start(&session, None);
    let e = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    // SAFETY: plain COM calls.
    unsafe {
        session.Close().unwrap();
        wait_for(&events, MESessionClosed, Duration::from_secs(1), &mut seen);
        real.Shutdown().unwrap();
        session.Shutdown().unwrap();
    }
    std::fs::remove_dir_all(dir).unwrap();
    (e.status, started.load(Ordering::SeqCst))
}

#[test]
fn a_source_whose_begin_get_event_fails_fails_start_with_its_error() {
    // E2: the status is the source's error, and its Start is never called.
    assert_eq!(start_failing(true), (E_BEGIN, false));
}

#[test]
fn a_source_whose_start_fails_fails_start_with_its_error() {
    // E3.
    assert_eq!(start_failing(false), (mfplat::com::E_NOTIMPL, true));
}
