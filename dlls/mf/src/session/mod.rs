//! The Media Session (MFCreateMediaSession). Public methods check their
//! arguments, then whether the session is shut down, then queue a command;
//! one thread per session runs the commands in order, one transition at a
//! time, and each command ends by queuing its event (CONFORMANCE section 0,
//! M). The same thread receives the events of the sources, streams and
//! stream sinks of the current topology (each generator is subscribed with
//! BeginGetEvent and forwards into the thread's channel) and moves the
//! samples: a sink's MEStreamSinkRequestSample becomes a RequestSample on
//! its source stream, whose MEMediaSample becomes the sink's ProcessSample,
//! one sample per request whatever the transforms between give or swallow
//! (`pipeline`), so that an application's sink which asks for one sample
//! at a time is served as the stream sink protocol says.
//!
//! Close is asynchronous and MESessionClosed is its last event; after Close
//! only GetClock, GetFullTopology, GetSessionCapabilities and Shutdown work,
//! the commands answer with MF_E_INVALIDREQUEST in their events (F7, F8,
//! C6); after Shutdown every method returns MF_E_SHUTDOWN (G).

// Event kinds are matched by the SDK's MediaEventType names.
#![allow(non_upper_case_globals)]

mod forwarder;
mod loader;
mod pipeline;
mod worker;

/// The loader the session uses, for IMFTopoLoader (MFCreateTopoLoader).
pub(crate) use loader::resolve;

use std::collections::VecDeque;
use std::sync::mpsc::{Sender, channel};
use std::sync::{Arc, Mutex};

use windows_core::{BOOL, GUID, HRESULT, IUnknownImpl, Interface, Ref, Result, implement};

use mfplat::bindings::{
    IMFAsyncResult, IMFClock, IMFGetService, IMFGetService_Impl, IMFMediaEvent, IMFMediaSession,
    IMFMediaSession_Impl, IMFMediaSink, IMFPresentationClock, IMFRateControl, IMFRateControl_Impl,
    IMFRateSupport, IMFRateSupport_Impl, IMFTopology, MF_E_INVALIDREQUEST, MF_E_NOT_FOUND,
    MF_E_SHUTDOWN, MF_E_UNSUPPORTED_SERVICE, MFRATE_DIRECTION, MFSESSION_GETFULLTOPOLOGY_CURRENT,
    MFSESSION_SETTOPOLOGY_CLEAR_CURRENT, PROPVARIANT, TOPOID,
};
use mfplat::com::{Agile, E_POINTER, fail, service_args};
use mfplat::event::EventQueue;
use mfplat::propvariant::Value;
use win32::sync::lock;

use self::loader::check_topology;
use self::worker::{Playback, Worker, sink_rates};
use crate::clock::PresentationClock;

pub use mfplat::guids::MF_RATE_CONTROL_SERVICE;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Open,
    Closed,
    ShutDown,
}

/// Which object of the current topology an event came from (indexes into
/// `Current`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Origin {
    Source(usize),
    Stream(usize),
    Sink(usize),
}

enum Command {
    SetTopology(u32, Agile<IMFTopology>),
    /// MFSESSION_SETTOPOLOGY_CLEAR_CURRENT, for this topology or any.
    ClearCurrent(Option<Agile<IMFTopology>>),
    ClearTopologies,
    Start(Value),
    Pause,
    Stop,
    Close,
    SetRate(f32),
}

// SAFETY: the interface pointers in commands and messages are MF objects,
// free-threaded by contract (com::Agile).
unsafe impl Send for Command {}
// SAFETY: as above.
unsafe impl Send for Msg {}

enum Msg {
    Command(Command),
    /// An event of the generator whose COM identity is the key.
    Event(usize, Agile<IMFMediaEvent>),
    /// A generator shut down while the session listened to it.
    Gone(usize),
    Finalized(usize, Agile<IMFAsyncResult>),
    Shutdown,
}

struct State {
    phase: Phase,
    caps: u32,
    rate: f32,
    /// The current full topology (GetFullTopology).
    topology: Option<Agile<IMFTopology>>,
    /// The media sinks of the current topology, shut down with the session
    /// (CONFORMANCE D7, G12).
    sinks: Vec<Agile<IMFMediaSink>>,
}

struct Shared {
    events: EventQueue,
    state: Mutex<State>,
    clock: Agile<IMFPresentationClock>,
}

#[implement(IMFMediaSession, IMFGetService, IMFRateControl, IMFRateSupport)]
pub struct MediaSession {
    shared: Arc<Shared>,
    commands: Mutex<Option<Sender<Msg>>>,
}

impl MediaSession {
    pub fn create() -> Result<IMFMediaSession> {
        let shared = Arc::new(Shared {
            events: EventQueue::default(),
            state: Mutex::new(State {
                phase: Phase::Open,
                caps: 0,
                rate: 1.0,
                topology: None,
                sinks: Vec::new(),
            }),
            clock: Agile(PresentationClock::create()),
        });
        let (tx, rx) = channel();
        let worker = Worker {
            shared: Arc::clone(&shared),
            tx: tx.clone(),
            current: None,
            queued: VecDeque::new(),
            playback: Playback::Stopped,
            transition: None,
            pending: VecDeque::new(),
            close_status: HRESULT(0),
            listening: Vec::new(),
        };
        std::thread::Builder::new()
            .name("mf-session".into())
            .spawn(move || worker.run(rx))
            .map_err(|_| windows_core::Error::from_hresult(mfplat::com::E_OUTOFMEMORY))?;
        Ok(MediaSession {
            shared,
            commands: Mutex::new(Some(tx)),
        }
        .into())
    }

    /// Queues a command, or MF_E_SHUTDOWN once the session is shut down.
    fn submit(&self, command: Command) -> Result<()> {
        match lock(&self.commands).as_ref() {
            Some(tx) if tx.send(Msg::Command(command)).is_ok() => Ok(()),
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

impl IMFMediaSession_Impl for MediaSession_Impl {
    fn SetTopology(&self, flags: u32, topology: Ref<IMFTopology>) -> Result<()> {
        let clear = flags & MFSESSION_SETTOPOLOGY_CLEAR_CURRENT as u32 != 0;
        match topology.as_ref() {
            Some(t) if !clear => check_topology(t)?,
            // CLEAR_CURRENT takes NULL for "whatever is current".
            None if !clear => return fail(E_POINTER),
            _ => {}
        }
        self.check_alive()?;
        if lock(&self.shared.state).phase == Phase::Closed {
            // F12: the documentation's rule, not Wine's.
            return fail(MF_E_INVALIDREQUEST);
        }
        let topology = topology.cloned().map(Agile);
        match (clear, topology) {
            (true, t) => self.submit(Command::ClearCurrent(t)),
            (false, Some(t)) => self.submit(Command::SetTopology(flags, t)),
            (false, None) => fail(E_POINTER),
        }
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
        let position = unsafe { Value::from_raw(position) }?;
        self.submit(Command::Start(position))
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

    /// Synchronous and silent (G1): the command thread ends (pending
    /// commands go), the sinks of the current topology shut down (D7), the
    /// clock shuts down (G4) and the event queue shuts down (a pending
    /// BeginGetEvent is dropped, B8).
    fn Shutdown(&self) -> Result<()> {
        let Some(commands) = lock(&self.commands).take() else {
            return fail(MF_E_SHUTDOWN);
        };
        let (sinks, topology) = {
            let mut st = lock(&self.shared.state);
            st.phase = Phase::ShutDown;
            (std::mem::take(&mut st.sinks), st.topology.take())
        };
        let _ = commands.send(Msg::Shutdown);
        drop(commands);
        for sink in sinks {
            // SAFETY: a plain COM call on a live interface.
            let _ = unsafe { sink.0.Shutdown() };
        }
        drop(topology);
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

    /// The current topology, or by id among the current one (Wine searches
    /// only queued ones; the documentation says "current or pending").
    fn GetFullTopology(&self, flags: u32, id: TOPOID) -> Result<IMFTopology> {
        self.check_alive()?;
        let st = lock(&self.shared.state);
        let Some(current) = st.topology.as_ref() else {
            return fail(MF_E_INVALIDREQUEST);
        };
        if flags & MFSESSION_GETFULLTOPOLOGY_CURRENT as u32 != 0 {
            return Ok(current.0.clone());
        }
        // SAFETY: a plain COM call on a live interface.
        if unsafe { current.0.GetTopologyID() }?.0 == id.0 {
            return Ok(current.0.clone());
        }
        fail(MF_E_NOT_FOUND)
    }
}

mfplat::impl_generator!(MediaSession_Impl, s => s.shared.events);
impl IMFGetService_Impl for MediaSession_Impl {
    /// A4, G3: the rate services, refused after Shutdown.
    fn GetService(
        &self,
        service: *const GUID,
        iid: *const GUID,
        out: *mut *mut core::ffi::c_void,
    ) -> Result<()> {
        let (service, iid) = service_args(service, iid, out)?;
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
            return fail(mfplat::bindings::MF_E_THINNING_UNSUPPORTED);
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

/// Forward rates only, the range the current topology's sinks share
/// (`Shared::rates`).
impl IMFRateSupport_Impl for MediaSession_Impl {
    fn GetSlowestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        crate::clock::forward_only(direction)?;
        Ok(self.shared.rates().0)
    }

    fn GetFastestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        crate::clock::forward_only(direction)?;
        Ok(self.shared.rates().1)
    }

    fn IsRateSupported(&self, _thin: BOOL, rate: f32, nearest: *mut f32) -> Result<()> {
        let (slowest, fastest) = self.shared.rates();
        crate::clock::rate_in(rate, slowest, fastest, nearest)
    }
}

impl Shared {
    /// The forward rates (slowest, fastest) every sink of the current
    /// topology presents at; any without a topology.
    fn rates(&self) -> (f32, f32) {
        let sinks: Vec<IMFMediaSink> = lock(&self.state)
            .sinks
            .iter()
            .map(|s| s.0.clone())
            .collect();
        sinks
            .iter()
            .fold((0.0, f32::MAX), |(slowest, fastest), sink| {
                let (s, f) = sink_rates(sink);
                (slowest.max(s), fastest.min(f))
            })
    }
}
