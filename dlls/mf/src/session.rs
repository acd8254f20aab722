//! The Media Session (MFCreateMediaSession). Public methods check their
//! arguments, then whether the session is shut down, then queue a command;
//! one thread per session runs the commands in order, and each ends by
//! queuing its event (CONFORMANCE section 0, M). Close is asynchronous and
//! MESessionClosed is its last event; after Close only GetClock,
//! GetFullTopology, GetSessionCapabilities and Shutdown work, the commands
//! answer with MF_E_INVALIDREQUEST in their events (F7, F8, C6); after
//! Shutdown every method returns MF_E_SHUTDOWN (G).

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use windows_core::{
    BOOL, GUID, HRESULT, IUnknown, IUnknownImpl, Interface, Ref, Result, implement,
};

use crate::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFClock, IMFGetService, IMFGetService_Impl, IMFMediaEvent,
    IMFMediaEventGenerator_Impl, IMFMediaSession, IMFMediaSession_Impl, IMFPresentationClock,
    IMFRateControl, IMFRateControl_Impl, IMFRateSupport, IMFRateSupport_Impl, IMFTopology,
    MESessionCapabilitiesChanged, MESessionClosed, MESessionPaused, MESessionRateChanged,
    MESessionStarted, MESessionStopped, MESessionTopologiesCleared, MF_E_INVALIDREQUEST,
    MF_E_SHUTDOWN, MF_E_UNSUPPORTED_RATE, MF_E_UNSUPPORTED_SERVICE, MF_EVENT_SESSIONCAPS,
    MF_EVENT_SESSIONCAPS_DELTA, MFRATE_DIRECTION, MFSESSIONCAP_SEEK, MFSESSIONCAP_START,
    MediaEventType, PROPVARIANT, TOPOID,
};
use crate::clock::PresentationClock;
use crate::com::{Agile, E_NOTIMPL, E_POINTER, fail, guid_arg};
use crate::event::{EventQueue, MediaEvent};
use crate::propvariant::Value;
use win32::sync::lock;

pub use crate::guids::MF_RATE_CONTROL_SERVICE;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Stopped,
    Closed,
    ShutDown,
}

enum Command {
    ClearTopologies,
    Start,
    Pause,
    Stop,
    Close,
    SetRate(f32),
}

struct State {
    phase: Phase,
    caps: u32,
    rate: f32,
}

struct Shared {
    events: EventQueue,
    state: Mutex<State>,
    clock: Agile<IMFPresentationClock>,
}

#[implement(IMFMediaSession, IMFGetService, IMFRateControl, IMFRateSupport)]
pub struct MediaSession {
    shared: Arc<Shared>,
    commands: Mutex<Option<Sender<Command>>>,
}

impl MediaSession {
    pub fn create() -> Result<IMFMediaSession> {
        let shared = Arc::new(Shared {
            events: EventQueue::default(),
            state: Mutex::new(State {
                phase: Phase::Stopped,
                caps: 0,
                rate: 1.0,
            }),
            clock: Agile(PresentationClock::create()),
        });
        let (tx, rx) = channel();
        let worker = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("mf-session".into())
            .spawn(move || worker.run(rx))
            .map_err(|_| windows_core::Error::from_hresult(crate::com::E_OUTOFMEMORY))?;
        Ok(MediaSession {
            shared,
            commands: Mutex::new(Some(tx)),
        }
        .into())
    }

    /// Queues a command, or MF_E_SHUTDOWN once the session is shut down.
    fn submit(&self, command: Command) -> Result<()> {
        match lock(&self.commands).as_ref() {
            Some(tx) if tx.send(command).is_ok() => Ok(()),
            _ => fail(MF_E_SHUTDOWN),
        }
    }

    fn check_alive(&self) -> Result<()> {
        if lock(&self.shared.state).phase == Phase::ShutDown {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(())
    }
}

impl Shared {
    fn run(&self, commands: Receiver<Command>) {
        for command in commands {
            if lock(&self.state).phase == Phase::ShutDown {
                break;
            }
            self.execute(command);
        }
    }

    fn send(&self, kind: i32, status: HRESULT, value: Value) {
        // Fails only after Shutdown, when nobody may receive events.
        let _ = self
            .events
            .queue_value(kind as u32, GUID::zeroed(), status, value);
    }

    /// Changes the capabilities and queues MESessionCapabilitiesChanged if
    /// they changed (CONFORMANCE H5).
    fn set_caps(&self, caps: u32) {
        let old = std::mem::replace(&mut lock(&self.state).caps, caps);
        if old != caps {
            let event = MediaEvent::with_attributes(
                MESessionCapabilitiesChanged as u32,
                GUID::zeroed(),
                HRESULT(0),
                Value::Empty,
                vec![
                    (MF_EVENT_SESSIONCAPS, Value::U32(caps)),
                    (MF_EVENT_SESSIONCAPS_DELTA, Value::U32(old ^ caps)),
                ],
            );
            let _ = self.events.queue(event);
        }
    }

    fn execute(&self, command: Command) {
        let phase = lock(&self.state).phase;
        let closed = phase == Phase::Closed;
        // Without a topology every transport command is refused in its
        // event, as Windows does (CONFORMANCE C1-C3); after Close too (F11).
        let refused = HRESULT::from(windows_core::Error::from_hresult(MF_E_INVALIDREQUEST));
        match command {
            Command::Start => self.send(MESessionStarted, refused, Value::Empty),
            Command::Pause => self.send(MESessionPaused, refused, Value::Empty),
            Command::Stop => self.send(MESessionStopped, refused, Value::Empty),
            Command::ClearTopologies => {
                // C4, C6: S_OK before Close, MF_E_INVALIDREQUEST after.
                let status = if closed { refused } else { HRESULT(0) };
                self.send(MESessionTopologiesCleared, status, Value::Empty);
            }
            Command::Close if closed => {
                // F10 (Wine's choice; Windows untested): a second Close.
                self.send(MESessionClosed, refused, Value::Empty);
            }
            Command::Close => {
                let caps = lock(&self.state).caps;
                self.set_caps(caps & !(MFSESSIONCAP_START | MFSESSIONCAP_SEEK) as u32);
                lock(&self.state).phase = Phase::Closed;
                self.send(MESessionClosed, HRESULT(0), Value::Empty);
            }
            Command::SetRate(rate) => {
                lock(&self.state).rate = rate;
                self.send(MESessionRateChanged, HRESULT(0), Value::F32(rate));
            }
        }
    }
}

impl IMFMediaEventGenerator_Impl for MediaSession_Impl {
    fn GetEvent(&self, flags: u32) -> Result<IMFMediaEvent> {
        self.shared.events.get_event(flags)
    }

    fn BeginGetEvent(&self, callback: Ref<IMFAsyncCallback>, state: Ref<IUnknown>) -> Result<()> {
        self.shared
            .events
            .begin_get_event(callback.cloned(), state.cloned())
    }

    fn EndGetEvent(&self, result: Ref<IMFAsyncResult>) -> Result<IMFMediaEvent> {
        self.shared.events.end_get_event(result.as_ref())
    }

    /// An application may queue its own events (CONFORMANCE B11).
    fn QueueEvent(
        &self,
        kind: MediaEventType,
        extended: *const GUID,
        status: HRESULT,
        value: *const PROPVARIANT,
    ) -> Result<()> {
        self.shared.events.queue_raw(kind, extended, status, value)
    }
}

impl IMFMediaSession_Impl for MediaSession_Impl {
    fn SetTopology(&self, _flags: u32, topology: Ref<IMFTopology>) -> Result<()> {
        if topology.is_none() {
            return fail(E_POINTER);
        }
        self.check_alive()?;
        if lock(&self.shared.state).phase == Phase::Closed {
            // F12: the documentation's rule, not Wine's.
            return fail(MF_E_INVALIDREQUEST);
        }
        // Topologies (and with them playback) are not built yet.
        fail(E_NOTIMPL)
    }

    fn ClearTopologies(&self) -> Result<()> {
        self.submit(Command::ClearTopologies)
    }

    fn Start(&self, format: *const GUID, position: *const PROPVARIANT) -> Result<()> {
        // G6: the argument check comes before the shutdown check.
        if position.is_null() {
            return fail(E_POINTER);
        }
        // E16: the time format may be NULL, meaning GUID_NULL (100-ns
        // units), the only format there is; so it is not read.
        let _ = format;
        // SAFETY: `position` is a valid PROPVARIANT.
        unsafe { Value::from_raw(position) }?;
        self.submit(Command::Start)
    }

    fn Pause(&self) -> Result<()> {
        self.submit(Command::Pause)
    }

    fn Stop(&self) -> Result<()> {
        self.submit(Command::Stop)
    }

    fn Close(&self) -> Result<()> {
        self.submit(Command::Close)
    }

    /// Synchronous and silent (G1): the event queue shuts down (a pending
    /// BeginGetEvent is dropped, B8), the clock shuts down (G4), pending
    /// commands go, and the command thread ends.
    fn Shutdown(&self) -> Result<()> {
        let Some(commands) = lock(&self.commands).take() else {
            return fail(MF_E_SHUTDOWN);
        };
        lock(&self.shared.state).phase = Phase::ShutDown;
        drop(commands);
        crate::clock::shutdown(&self.shared.clock.0);
        self.shared.events.shutdown()
    }

    fn GetClock(&self) -> Result<IMFClock> {
        self.check_alive()?;
        self.shared.clock.0.cast()
    }

    fn GetSessionCapabilities(&self) -> Result<u32> {
        let st = lock(&self.shared.state);
        if st.phase == Phase::ShutDown {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(st.caps)
    }

    fn GetFullTopology(&self, _flags: u32, _id: TOPOID) -> Result<IMFTopology> {
        self.check_alive()?;
        // No topology was ever accepted (Wine: MF_E_INVALIDREQUEST).
        fail(MF_E_INVALIDREQUEST)
    }
}

impl IMFGetService_Impl for MediaSession_Impl {
    /// A4, G3: the rate services, refused after Shutdown.
    fn GetService(
        &self,
        service: *const GUID,
        iid: *const GUID,
        out: *mut *mut core::ffi::c_void,
    ) -> Result<()> {
        let service = guid_arg(service)?;
        let iid = guid_arg(iid)?;
        if out.is_null() {
            return fail(E_POINTER);
        }
        self.check_alive()?;
        if service != MF_RATE_CONTROL_SERVICE
            || (iid != IMFRateControl::IID && iid != IMFRateSupport::IID)
        {
            return fail(MF_E_UNSUPPORTED_SERVICE);
        }
        let me: IMFMediaSession = self.to_interface();
        // SAFETY: `iid` and `out` are valid QueryInterface arguments.
        unsafe { me.query(&iid, out).ok() }
    }
}

impl IMFRateControl_Impl for MediaSession_Impl {
    /// A10: asynchronous; MESessionRateChanged carries the rate.
    fn SetRate(&self, thin: BOOL, rate: f32) -> Result<()> {
        if thin.as_bool() {
            return fail(crate::bindings::MF_E_THINNING_UNSUPPORTED);
        }
        self.submit(Command::SetRate(rate))
    }

    /// A7, A8: the rate is required, thinning optional.
    fn GetRate(&self, thin: *mut BOOL, rate: *mut f32) -> Result<()> {
        if rate.is_null() {
            return fail(E_POINTER);
        }
        let r = lock(&self.shared.state).rate;
        // SAFETY: `rate` was checked; `thin` is NULL or a BOOL.
        unsafe {
            rate.write(r);
            if let Some(thin) = thin.as_mut() {
                *thin = BOOL(0);
            }
        }
        Ok(())
    }
}

/// Rates a session with no topology can honour: 0 (scrubbing) to 1,
/// forward only, since the pipeline renders in real time or rateless.
impl IMFRateSupport_Impl for MediaSession_Impl {
    fn GetSlowestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        if direction != crate::bindings::MFRATE_FORWARD {
            return fail(MF_E_UNSUPPORTED_RATE);
        }
        Ok(0.0)
    }

    fn GetFastestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        if direction != crate::bindings::MFRATE_FORWARD {
            return fail(MF_E_UNSUPPORTED_RATE);
        }
        Ok(1.0)
    }

    fn IsRateSupported(&self, _thin: BOOL, rate: f32, nearest: *mut f32) -> Result<()> {
        let supported = (0.0..=1.0).contains(&rate);
        if let Some(nearest) = (!nearest.is_null()).then_some(nearest) {
            // SAFETY: a non-NULL `nearest` points to a float.
            unsafe { nearest.write(rate.clamp(0.0, 1.0)) };
        }
        if supported {
            Ok(())
        } else {
            fail(MF_E_UNSUPPORTED_RATE)
        }
    }
}
