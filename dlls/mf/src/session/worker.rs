//! The session's thread: runs the commands in order, one transition at a
//! time, reacts to the events of the current topology's sources, streams
//! and sinks, and ends each command by queuing its event.

// Event kinds are matched by the SDK's MediaEventType names.
#![allow(non_upper_case_globals)]

use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex};

use windows_core::{BOOL, GUID, HRESULT, IUnknown, Interface, Result};

use mfplat::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFFinalizableMediaSink, IMFMediaEvent,
    IMFMediaEventGenerator, IMFMediaSink, IMFMediaSource, IMFMediaStream, IMFPresentationClock,
    IMFPresentationDescriptor, IMFRateControl, IMFRateSupport, IMFSample, IMFStreamDescriptor,
    IMFTopology, MEDIASINK_RATELESS, MEEndOfPresentation, MEEndOfStream, MEError, MEMediaSample,
    MENewStream, MESessionCapabilitiesChanged, MESessionClosed, MESessionEnded, MESessionPaused,
    MESessionRateChanged, MESessionStarted, MESessionStopped, MESessionTopologiesCleared,
    MESessionTopologySet, MESessionTopologyStatus, MESourceSeeked, MESourceStarted, MEStreamSeeked,
    MEStreamSinkMarker, MEStreamSinkPaused, MEStreamSinkRequestSample, MEStreamSinkStarted,
    MEStreamSinkStopped, MEStreamStarted, MEUpdatedStream, MF_E_INVALIDREQUEST,
    MF_E_SESSION_PAUSEWHILESTOPPED, MF_E_SHUTDOWN, MF_E_TOPO_UNSUPPORTED,
    MF_EVENT_PRESENTATION_TIME_OFFSET, MF_EVENT_SESSIONCAPS, MF_EVENT_SESSIONCAPS_DELTA,
    MF_EVENT_TOPOLOGY_STATUS, MF_TOPOLOGY_SOURCESTREAM_NODE, MF_TOPOSTATUS_ENDED,
    MF_TOPOSTATUS_READY, MFMEDIASOURCE_CAN_PAUSE, MFMEDIASOURCE_CAN_SEEK,
    MFMEDIASOURCE_DOES_NOT_USE_NETWORK, MFRATE_FORWARD, MFSESSION_SETTOPOLOGY_IMMEDIATE,
    MFSESSION_SETTOPOLOGY_NORESOLUTION, MFSESSIONCAP_DOES_NOT_USE_NETWORK, MFSESSIONCAP_PAUSE,
    MFSESSIONCAP_RATE_FORWARD, MFSESSIONCAP_SEEK, MFSESSIONCAP_START,
};
use mfplat::com::{Agile, fail};
use mfplat::event::MediaEvent;
use mfplat::guids::{
    MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME, MF_TOPONODE_PRESENTATION_DESCRIPTOR,
    MF_TOPONODE_SOURCE, MF_TOPONODE_STREAM_DESCRIPTOR,
};
use mfplat::propvariant::Value;
use mfplat::time_source::{PRESENTATION_CURRENT_POSITION, SystemTimeSource};
use win32::sync::lock;

use super::forwarder::{FinalizeCallback, identity, subscribe};
use super::loader::{branch_end, node_unknown, output_stream_sink, resolve};
use super::pipeline::{Branch, flush};
use super::{Command, Msg, Origin, Phase, Shared};

/// A source with the presentation descriptor its nodes name.
pub(super) struct SourceEntry {
    pub(super) key: usize,
    pub(super) source: Agile<IMFMediaSource>,
    pub(super) pd: Agile<IMFPresentationDescriptor>,
    pub(super) ended: bool,
}

pub(super) struct Current {
    pub(super) topology: Agile<IMFTopology>,
    pub(super) sources: Vec<SourceEntry>,
    pub(super) branches: Vec<Branch>,
    pub(super) sinks: Vec<Agile<IMFMediaSink>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Playback {
    Stopped,
    Started,
    Paused,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum AfterStop {
    Stopped,
    Close,
}

pub(super) enum Transition {
    /// Sources are starting (`left` more to answer), then the clock starts
    /// at `clock_at` and the sinks answer.
    StartingSources {
        left: usize,
        clock_at: i64,
        seek: bool,
    },
    StartingSinks,
    Pausing,
    Stopping(AfterStop),
    Finalizing {
        left: usize,
    },
}

pub(super) struct Worker {
    pub(super) shared: Arc<Shared>,
    pub(super) tx: Sender<Msg>,
    pub(super) current: Option<Current>,
    /// Resolved topologies waiting for the current one to end (D9).
    pub(super) queued: VecDeque<Agile<IMFTopology>>,
    pub(super) playback: Playback,
    pub(super) transition: Option<Transition>,
    pub(super) pending: VecDeque<Command>,
    /// MESessionClosed's status: MF_E_SHUTDOWN when a source was shut down
    /// during Close (CONFORMANCE F5).
    pub(super) close_status: HRESULT,
    /// The identities of the generators the session is subscribed to.
    pub(super) listening: Vec<usize>,
}

pub(super) fn refused() -> HRESULT {
    MF_E_INVALIDREQUEST
}

/// MESessionStarted's status when a source fails the Start: its error
/// (E2, E3), except that a source already shut down leaves the session
/// nothing to play, which Windows reports as MF_E_INVALIDREQUEST (K).
pub(super) fn start_failure(hr: HRESULT) -> HRESULT {
    if hr == MF_E_SHUTDOWN { refused() } else { hr }
}

/// The type, status and value of an event.
pub(super) fn event_parts(event: &IMFMediaEvent) -> (i32, HRESULT, Value) {
    // SAFETY: plain COM calls on a live interface; the PROPVARIANT read is
    // cleared after it was copied.
    unsafe {
        let kind = event.GetType().map(|t| t.0 as i32).unwrap_or(0);
        let status = event.GetStatus().unwrap_or(mfplat::com::E_FAIL);
        let value = match event.GetValue() {
            Ok(mut raw) => {
                let v = Value::from_raw(&raw).unwrap_or(Value::Empty);
                mfplat::propvariant::clear(&mut raw);
                v
            }
            Err(_) => Value::Empty,
        };
        (kind, status, value)
    }
}

/// The sinks of a topology that stops being current leave the clock.
pub(super) fn release_sinks(old: &Current) {
    for sink in &old.sinks {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { sink.0.SetPresentationClock(None) };
    }
}

pub(super) fn same<I: Interface>(a: &I, b: &I) -> bool {
    a.as_raw() == b.as_raw()
}

impl Worker {
    pub(super) fn run(mut self, rx: Receiver<Msg>) {
        for msg in rx {
            match msg {
                Msg::Shutdown => break,
                Msg::Command(c) => self.pending.push_back(c),
                Msg::Event(key, event) => {
                    if let Some(origin) = self.origin(key) {
                        self.on_event(origin, &event.0);
                    }
                }
                Msg::Gone(key) => {
                    self.listening.retain(|k| *k != key);
                    if let Some(origin) = self.origin(key) {
                        self.on_gone(origin);
                    }
                }
                Msg::Finalized(index, result) => self.on_finalized(index, &result.0),
            }
            while self.transition.is_none() {
                let Some(command) = self.pending.pop_front() else {
                    break;
                };
                self.execute(command);
            }
        }
    }

    fn send(&self, kind: i32, status: HRESULT, value: Value) {
        self.shared.events.send(kind, status, value);
    }

    fn send_with(&self, kind: i32, status: HRESULT, value: Value, attrs: Vec<(GUID, Value)>) {
        let event = MediaEvent::with_attributes(kind as u32, GUID::zeroed(), status, value, attrs);
        // Fails only after Shutdown, when nobody may receive events.
        let _ = self.shared.events.queue(event);
    }

    fn closed(&self) -> bool {
        lock(&self.shared.state).phase == Phase::Closed
    }

    /// Changes the capabilities and queues MESessionCapabilitiesChanged if
    /// they changed (CONFORMANCE H5).
    fn set_caps(&self, caps: u32) {
        let old = std::mem::replace(&mut lock(&self.shared.state).caps, caps);
        if old != caps {
            self.send_with(
                MESessionCapabilitiesChanged,
                HRESULT(0),
                Value::Empty,
                vec![
                    (MF_EVENT_SESSIONCAPS, Value::U32(caps)),
                    (MF_EVENT_SESSIONCAPS_DELTA, Value::U32(old ^ caps)),
                ],
            );
        }
    }

    fn caps(&self) -> u32 {
        lock(&self.shared.state).caps
    }

    fn clock(&self) -> &IMFPresentationClock {
        &self.shared.clock.0
    }

    fn clock_time(&self) -> i64 {
        // SAFETY: a plain COM call on a live interface.
        unsafe { self.clock().GetTime() }.map_or(0, |t| t.0)
    }

    fn execute(&mut self, command: Command) {
        match command {
            Command::SetTopology(flags, topology) => self.set_topology(flags, topology.0),
            Command::ClearCurrent(topology) => self.clear_current(topology.map(Agile::into_inner)),
            Command::ClearTopologies => {
                // C4, C6: S_OK before Close, MF_E_INVALIDREQUEST after; the
                // current topology stays (D8).
                let status = if self.closed() {
                    refused()
                } else {
                    self.queued.clear();
                    HRESULT(0)
                };
                self.send(MESessionTopologiesCleared, status, Value::Empty);
            }
            Command::Start(position) => self.start(position),
            Command::Pause => self.pause(),
            Command::Stop => self.stop(),
            Command::Close => self.close(),
            Command::SetRate(rate) => self.set_rate(rate),
        }
    }

    /// A rate every sink of the current topology presents at goes to the
    /// clock, and MESessionRateChanged carries it; another is refused with
    /// MF_E_UNSUPPORTED_RATE and changes nothing.
    fn set_rate(&mut self, rate: f32) {
        let (slowest, fastest) = self.shared.rates();
        if let Err(e) = crate::clock::rate_in(rate, slowest, fastest, std::ptr::null_mut()) {
            self.send(MESessionRateChanged, e.code(), Value::Empty);
            return;
        }
        lock(&self.shared.state).rate = rate;
        self.apply_rate();
        self.send(MESessionRateChanged, HRESULT(0), Value::F32(rate));
    }

    /// Puts the session's rate on its clock. Without a time source the
    /// clock refuses (A9, A10), and the rate waits for the first topology.
    /// The sinks hear of it only when it changes.
    fn apply_rate(&self) {
        let rate = lock(&self.shared.state).rate;
        if let Ok(control) = self.clock().cast::<IMFRateControl>() {
            let mut thin = BOOL(0);
            let mut now = 0.0f32;
            // SAFETY: plain COM calls on a live interface with valid out
            // pointers.
            unsafe {
                if control.GetRate(&mut thin, &mut now).is_err() || now != rate {
                    let _ = control.SetRate(false, rate);
                }
            }
        }
    }

    fn set_topology(&mut self, flags: u32, topology: IMFTopology) {
        if self.closed() {
            self.send(MESessionTopologySet, refused(), Value::Empty);
            return;
        }
        let full = if flags & MFSESSION_SETTOPOLOGY_NORESOLUTION as u32 != 0 {
            Ok(topology.clone())
        } else {
            resolve(&topology)
        };
        let full = match full {
            Ok(f) => f,
            Err(e) => {
                let value = topology.cast().map_or(Value::Empty, Value::Unknown);
                self.send(MESessionTopologySet, e.code(), value);
                return;
            }
        };
        // D9: while playing, a topology waits for the current one to end,
        // unless IMMEDIATE replaces it now.
        if self.playback != Playback::Stopped {
            if flags & MFSESSION_SETTOPOLOGY_IMMEDIATE as u32 == 0 {
                self.queued.push_back(Agile(full));
                return;
            }
            self.halt();
        }
        self.apply(full);
    }

    /// MFSESSION_SETTOPOLOGY_CLEAR_CURRENT: the current topology goes (only
    /// if it is `topology`, when one is given), playback stops, and the
    /// next queued topology, if any, becomes current. MESessionTopologySet
    /// answers, with no topology when none follows.
    fn clear_current(&mut self, topology: Option<IMFTopology>) {
        let matches = match (&self.current, &topology) {
            (Some(c), Some(t)) => identity(&c.topology.0) == identity(t),
            (Some(_), None) => true,
            (None, _) => false,
        };
        if self.closed() || !matches {
            let status = if self.closed() { refused() } else { HRESULT(0) };
            self.send(MESessionTopologySet, status, Value::Empty);
            return;
        }
        if self.playback != Playback::Stopped {
            self.halt();
        }
        if let Some(old) = self.current.take() {
            release_sinks(&old);
        }
        {
            let mut st = lock(&self.shared.state);
            st.topology = None;
            st.sinks.clear();
        }
        match self.queued.pop_front() {
            Some(next) => self.apply(next.0),
            None => {
                self.set_caps(0);
                self.send(MESessionTopologySet, HRESULT(0), Value::Empty);
            }
        }
    }

    /// Makes `full` the current topology: TopologySet, the capabilities,
    /// then TopologyStatus READY (CONFORMANCE L 2-5, D10).
    fn apply(&mut self, full: IMFTopology) {
        let value = full.cast().map_or(Value::Empty, Value::Unknown);
        let current = match self.build(&full) {
            Ok(c) => c,
            Err(e) => {
                self.send(MESessionTopologySet, e.code(), value);
                return;
            }
        };
        if let Some(old) = self.current.take() {
            release_sinks(&old);
        }
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            if self.clock().GetTimeSource().is_err() {
                let _ = self.clock().SetTimeSource(&SystemTimeSource::create());
            }
            for sink in &current.sinks {
                let _ = sink.0.SetPresentationClock(self.clock());
            }
        }
        self.apply_rate();
        let mut caps = (MFSESSIONCAP_START
            | MFSESSIONCAP_SEEK
            | MFSESSIONCAP_RATE_FORWARD
            | MFSESSIONCAP_DOES_NOT_USE_NETWORK) as u32;
        for s in &current.sources {
            // SAFETY: a plain COM call on a live interface.
            let c = unsafe { s.source.0.GetCharacteristics() }.unwrap_or(0);
            if c & MFMEDIASOURCE_CAN_SEEK as u32 == 0 {
                caps &= !(MFSESSIONCAP_SEEK as u32);
            }
            if c & MFMEDIASOURCE_DOES_NOT_USE_NETWORK as u32 == 0 {
                caps &= !(MFSESSIONCAP_DOES_NOT_USE_NETWORK as u32);
            }
        }
        {
            let mut st = lock(&self.shared.state);
            st.topology = Some(Agile(full.clone()));
            st.sinks = current.sinks.iter().map(|s| Agile(s.0.clone())).collect();
        }
        self.current = Some(current);
        self.send(MESessionTopologySet, HRESULT(0), value.clone());
        self.set_caps(caps);
        self.send_with(
            MESessionTopologyStatus,
            HRESULT(0),
            value,
            vec![(
                MF_EVENT_TOPOLOGY_STATUS,
                Value::U32(MF_TOPOSTATUS_READY as u32),
            )],
        );
    }

    fn build(&self, full: &IMFTopology) -> Result<Current> {
        let mut current = Current {
            topology: Agile(full.clone()),
            sources: Vec::new(),
            branches: Vec::new(),
            sinks: Vec::new(),
        };
        // SAFETY: plain COM calls on live interfaces.
        unsafe {
            for i in 0..full.GetNodeCount()? {
                let node = full.GetNode(i)?;
                if node.GetNodeType()? != MF_TOPOLOGY_SOURCESTREAM_NODE {
                    continue;
                }
                let source: IMFMediaSource = node_unknown(&node, &MF_TOPONODE_SOURCE)?;
                let pd: IMFPresentationDescriptor =
                    node_unknown(&node, &MF_TOPONODE_PRESENTATION_DESCRIPTOR)?;
                let sd: IMFStreamDescriptor = node_unknown(&node, &MF_TOPONODE_STREAM_DESCRIPTOR)?;
                let (down, transforms) = branch_end(&node)?;
                let sink = output_stream_sink(&down, false)?;
                let media_sink = sink.GetMediaSink()?;
                let source_index = match current
                    .sources
                    .iter()
                    .position(|s| same(&s.source.0, &source))
                {
                    Some(i) => i,
                    None => {
                        current.sources.push(SourceEntry {
                            key: identity(&source),
                            source: Agile(source),
                            pd: Agile(pd),
                            ended: false,
                        });
                        current.sources.len() - 1
                    }
                };
                if !current.sinks.iter().any(|s| same(&s.0, &media_sink)) {
                    current.sinks.push(Agile(media_sink));
                }
                current.branches.push(Branch::new(
                    source_index,
                    sd.GetStreamIdentifier()?,
                    (identity(&sink), Agile(sink)),
                    transforms.into_iter().map(Agile).collect(),
                ));
            }
        }
        if current.branches.is_empty() {
            return fail(MF_E_TOPO_UNSUPPORTED);
        }
        Ok(current)
    }

    /// Subscribes to every source not yet listened to (streams and stream
    /// sinks follow at MENewStream); E2: a refusal fails the Start with its
    /// error.
    fn subscribe_all(&mut self) -> Result<()> {
        let sources: Vec<IMFMediaSource> = match &self.current {
            Some(c) => c.sources.iter().map(|s| s.source.0.clone()).collect(),
            None => return Ok(()),
        };
        for source in sources {
            self.listen(source.cast()?)?;
        }
        Ok(())
    }

    /// Subscribes to a generator unless the session listens to it already
    /// (a source may serve several topologies in turn).
    fn listen(&mut self, generator: IMFMediaEventGenerator) -> Result<()> {
        let key = identity(&generator);
        if !self.listening.contains(&key) {
            subscribe(generator, &self.tx)?;
            self.listening.push(key);
        }
        Ok(())
    }

    /// Which object of the current topology has the identity `key`.
    fn origin(&self, key: usize) -> Option<Origin> {
        let current = self.current.as_ref()?;
        if let Some(i) = current.sources.iter().position(|s| s.key == key) {
            return Some(Origin::Source(i));
        }
        for (b, branch) in current.branches.iter().enumerate() {
            if branch.sink_key == key {
                return Some(Origin::Sink(b));
            }
            if branch
                .stream
                .as_ref()
                .is_some_and(|s| identity(&s.0) == key)
            {
                return Some(Origin::Stream(b));
            }
        }
        None
    }

    fn start(&mut self, position: Value) {
        if self.closed() || self.current.is_none() {
            // C1, F11.
            self.send(MESessionStarted, refused(), Value::Empty);
            return;
        }
        let seek_to = match position {
            Value::I64(p) => Some(p),
            _ => None,
        };
        if self.playback == Playback::Started && seek_to.is_none() {
            self.send(MESessionStarted, HRESULT(0), Value::Empty);
            return;
        }
        if let Err(e) = self.subscribe_all() {
            self.send(MESessionStarted, start_failure(e.code()), Value::Empty);
            return;
        }
        let seek = self.playback != Playback::Stopped && seek_to.is_some();
        let clock_at = match (self.playback, seek_to) {
            (_, Some(p)) => p,
            (Playback::Paused, None) => PRESENTATION_CURRENT_POSITION,
            _ => 0,
        };
        let Some(current) = self.current.as_mut() else {
            return;
        };
        if seek {
            // E13: sinks drop what they hold, the sources stop and start
            // again at the new position; the clock is not stopped.
            for b in current.branches.iter_mut() {
                flush(b);
            }
        }
        for b in current.branches.iter_mut() {
            b.restart();
        }
        let raw = match position.to_raw() {
            Ok(r) => r,
            Err(e) => {
                self.send(MESessionStarted, e.code(), Value::Empty);
                return;
            }
        };
        let mut started = 0;
        for s in current.sources.iter_mut() {
            s.ended = false;
            // SAFETY: plain COM calls on live interfaces; `raw` is a valid
            // PROPVARIANT.
            let result = unsafe {
                if seek {
                    let _ = s.source.0.Stop();
                }
                s.source.0.Start(&s.pd.0, &GUID::zeroed(), &raw).ok()
            };
            match result {
                Ok(()) => started += 1,
                // K: a source shut down under a seek still lets the session
                // start (Windows shows S_OK); under a first Start the
                // session has nothing to play.
                Err(e) if e.code() == MF_E_SHUTDOWN && seek => {}
                Err(e) => {
                    self.send(MESessionStarted, start_failure(e.code()), Value::Empty);
                    return;
                }
            }
        }
        self.transition = Some(Transition::StartingSources {
            left: started,
            clock_at,
            seek,
        });
        if started == 0 {
            self.sources_started();
        }
    }

    /// Every source answered: the clock starts and the sinks follow.
    fn sources_started(&mut self) {
        let Some(Transition::StartingSources { clock_at, .. }) = self.transition else {
            return;
        };
        self.transition = Some(Transition::StartingSinks);
        // SAFETY: a plain COM call on a live interface.
        if let Err(e) = unsafe { self.clock().Start(clock_at) }.ok() {
            self.transition = None;
            self.send(MESessionStarted, e.code(), Value::Empty);
            return;
        }
        self.check_acks();
    }

    fn pause(&mut self) {
        if self.closed() || self.current.is_none() {
            // C3: Windows refuses with INVALIDREQUEST without a topology.
            self.send(MESessionPaused, refused(), Value::Empty);
            return;
        }
        match self.playback {
            // E14: documented for a session that is stopped.
            Playback::Stopped => {
                self.send(
                    MESessionPaused,
                    MF_E_SESSION_PAUSEWHILESTOPPED,
                    Value::Empty,
                );
                return;
            }
            Playback::Paused => {
                self.send(MESessionPaused, refused(), Value::Empty);
                return;
            }
            Playback::Started => {}
        }
        self.reset_acks();
        // L 11: the clock pauses (and with it the sinks), then the sources.
        // SAFETY: plain COM calls on live interfaces.
        if let Err(e) = unsafe { self.clock().Pause() }.ok() {
            self.send(MESessionPaused, e.code(), Value::Empty);
            return;
        }
        if let Some(current) = &self.current {
            for s in &current.sources {
                // SAFETY: as above; a source that cannot pause keeps
                // delivering into sinks that hold the samples.
                let _ = unsafe { s.source.0.Pause() };
            }
        }
        self.transition = Some(Transition::Pausing);
        self.check_acks();
    }

    fn stop(&mut self) {
        if self.closed() || self.current.is_none() {
            // C2: INVALIDREQUEST without a topology, and after Close (F11).
            self.send(MESessionStopped, refused(), Value::Empty);
            return;
        }
        if self.playback == Playback::Stopped {
            self.send_stopped(MESessionStopped);
            return;
        }
        self.begin_stop(AfterStop::Stopped);
    }

    fn send_stopped(&self, kind: i32) {
        self.send_with(
            kind,
            HRESULT(0),
            Value::Empty,
            vec![(
                MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME,
                Value::U64(self.clock_time().max(0) as u64),
            )],
        );
    }

    /// L 14: the clock stops (and with it the sinks), then the sources;
    /// the sinks drop what they hold.
    fn begin_stop(&mut self, after: AfterStop) {
        self.reset_acks();
        // SAFETY: plain COM calls on live interfaces.
        let clock_stopped = unsafe { self.clock().Stop() }.is_ok();
        self.stop_sources();
        self.transition = Some(Transition::Stopping(after));
        if !clock_stopped {
            // The sinks were stopped already; nobody will answer.
            if let Some(c) = self.current.as_mut() {
                c.branches.iter_mut().for_each(|b| b.acked = true);
            }
        }
        self.check_acks();
    }

    fn stop_sources(&mut self) {
        let Some(current) = self.current.as_mut() else {
            return;
        };
        for b in current.branches.iter_mut() {
            flush(b);
        }
        for s in &current.sources {
            // SAFETY: as above.
            if let Err(e) = unsafe { s.source.0.Stop() }.ok()
                && e.code() == MF_E_SHUTDOWN
            {
                self.close_status = MF_E_SHUTDOWN;
            }
        }
    }

    /// Stops at once without waiting for acknowledgements: the end of the
    /// presentation and an IMMEDIATE topology change.
    fn halt(&mut self) {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { self.clock().Stop() };
        self.stop_sources();
        self.playback = Playback::Stopped;
        let caps = self.caps() & !(MFSESSIONCAP_PAUSE as u32);
        self.set_caps(caps);
    }

    fn close(&mut self) {
        if self.closed() {
            // F10 (Wine's choice; Windows untested): a second Close.
            self.send(MESessionClosed, refused(), Value::Empty);
            return;
        }
        self.queued.clear();
        if self.playback != Playback::Stopped {
            // F9: stop without MESessionStopped, then finalize.
            self.begin_stop(AfterStop::Close);
        } else {
            self.finalize();
        }
    }

    /// L 16: sinks that can be finalized are, then the session is closed.
    fn finalize(&mut self) {
        let mut left = 0;
        if let Some(current) = &self.current {
            for (i, sink) in current.sinks.iter().enumerate() {
                let Ok(f) = sink.0.cast::<IMFFinalizableMediaSink>() else {
                    continue;
                };
                let callback: IMFAsyncCallback = FinalizeCallback {
                    index: i,
                    tx: Mutex::new(self.tx.clone()),
                }
                .into();
                // SAFETY: a plain COM call on live interfaces.
                if unsafe { f.BeginFinalize(&callback, None) }.is_ok() {
                    left += 1;
                }
            }
        }
        if left == 0 {
            self.closed_now();
        } else {
            self.transition = Some(Transition::Finalizing { left });
        }
    }

    fn on_finalized(&mut self, index: usize, result: &IMFAsyncResult) {
        let sink = self.current.as_ref().and_then(|c| c.sinks.get(index));
        if let Some(f) = sink.and_then(|s| s.0.cast::<IMFFinalizableMediaSink>().ok())
            // SAFETY: a plain COM call on live interfaces.
            && let Err(e) = unsafe { f.EndFinalize(result) }.ok()
        {
            eprintln!("winsession: a media sink could not be finalized: {e}");
        }
        if let Some(Transition::Finalizing { left }) = &mut self.transition {
            *left -= 1;
            if *left == 0 {
                self.transition = None;
                self.closed_now();
            }
        }
    }

    /// F14, F2: START and SEEK go, then MESessionClosed, the last event.
    fn closed_now(&mut self) {
        let caps = self.caps() & !((MFSESSIONCAP_START | MFSESSIONCAP_SEEK) as u32);
        self.set_caps(caps);
        lock(&self.shared.state).phase = Phase::Closed;
        let status = std::mem::replace(&mut self.close_status, HRESULT(0));
        self.send(MESessionClosed, status, Value::Empty);
    }

    fn reset_acks(&mut self) {
        if let Some(c) = self.current.as_mut() {
            for b in c.branches.iter_mut() {
                b.acked = b.gone;
            }
        }
    }

    /// Ends the transition once every stream sink has answered it.
    fn check_acks(&mut self) {
        let all = self
            .current
            .as_ref()
            .is_none_or(|c| c.branches.iter().all(|b| b.acked || b.gone));
        if !all {
            return;
        }
        match self.transition {
            Some(Transition::StartingSinks) => {
                self.transition = None;
                self.playback = Playback::Started;
                let caps = self.caps() | MFSESSIONCAP_PAUSE as u32;
                let can_pause = self.current.as_ref().is_some_and(|c| {
                    c.sources.iter().all(|s| {
                        // SAFETY: a plain COM call on a live interface.
                        unsafe { s.source.0.GetCharacteristics() }
                            .is_ok_and(|v| v & MFMEDIASOURCE_CAN_PAUSE as u32 != 0)
                    })
                });
                if can_pause {
                    self.set_caps(caps);
                }
                // E17: value VT_EMPTY, the presentation time offset 0.
                self.send_with(
                    MESessionStarted,
                    HRESULT(0),
                    Value::Empty,
                    vec![(MF_EVENT_PRESENTATION_TIME_OFFSET, Value::U64(0))],
                );
                self.check_end();
            }
            Some(Transition::Pausing) => {
                self.transition = None;
                self.playback = Playback::Paused;
                let caps = self.caps() & !(MFSESSIONCAP_PAUSE as u32);
                self.set_caps(caps);
                self.send(MESessionPaused, HRESULT(0), Value::Empty);
            }
            Some(Transition::Stopping(after)) => {
                self.transition = None;
                self.playback = Playback::Stopped;
                let caps = self.caps() & !(MFSESSIONCAP_PAUSE as u32);
                self.set_caps(caps);
                match after {
                    AfterStop::Stopped => self.send_stopped(MESessionStopped),
                    AfterStop::Close => self.finalize(),
                }
            }
            _ => {}
        }
    }

    fn on_event(&mut self, origin: Origin, event: &IMFMediaEvent) {
        let (kind, status, value) = event_parts(event);
        match origin {
            Origin::Source(i) => self.on_source_event(i, kind, status, value),
            Origin::Stream(b) => self.on_stream_event(b, kind, status, value),
            Origin::Sink(b) => self.on_sink_event(b, kind, status, value),
        }
    }

    fn on_source_event(&mut self, index: usize, kind: i32, status: HRESULT, value: Value) {
        match kind {
            MENewStream | MEUpdatedStream => {
                let Value::Unknown(unknown) = value else {
                    return;
                };
                let Ok(stream) = unknown.cast::<IMFMediaStream>() else {
                    return;
                };
                // SAFETY: plain COM calls on live interfaces.
                let id = unsafe {
                    stream
                        .GetStreamDescriptor()
                        .and_then(|sd| sd.GetStreamIdentifier())
                };
                let Ok(id) = id else {
                    return;
                };
                let matching: Vec<usize> = match &self.current {
                    Some(c) => (0..c.branches.len())
                        .filter(|&b| c.branches[b].source == index && c.branches[b].stream_id == id)
                        .collect(),
                    None => return,
                };
                for b in matching {
                    let sink = match self.current.as_ref().map(|c| &c.branches[b].sink) {
                        Some(s) => s.0.clone(),
                        None => return,
                    };
                    if let Ok(g) = stream.cast() {
                        let _ = self.listen(g);
                    }
                    if let Ok(g) = sink.cast() {
                        let _ = self.listen(g);
                    }
                    let Some(branch) = self.current.as_mut().map(|c| &mut c.branches[b]) else {
                        return;
                    };
                    branch.stream_key = identity(&stream);
                    branch.stream = Some(Agile(stream.clone()));
                    // The sink's requests so far go to the stream now.
                    branch.supply();
                }
            }
            MESourceStarted | MESourceSeeked => {
                if let Some(Transition::StartingSources { left, seek, .. }) = &mut self.transition {
                    if status.is_err() && !*seek {
                        self.transition = None;
                        self.send(MESessionStarted, status, Value::Empty);
                        return;
                    }
                    *left = left.saturating_sub(1);
                    if *left == 0 {
                        self.sources_started();
                    }
                }
            }
            MEEndOfPresentation => {
                if let Some(s) = self.current.as_mut().and_then(|c| c.sources.get_mut(index)) {
                    s.ended = true;
                }
                self.check_end();
            }
            MEError => self.send(MEError, status, Value::Empty),
            _ => {}
        }
    }

    fn on_stream_event(&mut self, b: usize, kind: i32, status: HRESULT, value: Value) {
        let Some(branch) = self.current.as_mut().and_then(|c| c.branches.get_mut(b)) else {
            return;
        };
        match kind {
            MEStreamStarted | MEStreamSeeked => branch.stale = false,
            MEMediaSample if branch.stale => {}
            MEMediaSample => {
                let Value::Unknown(unknown) = value else {
                    return;
                };
                let delivered = unknown
                    .cast::<IMFSample>()
                    .and_then(|sample| branch.arrived(&sample));
                if let Err(e) = delivered {
                    // A transform that fails (a decoder on damaged data)
                    // is reported as a source's error is; playback goes on
                    // with the next sample.
                    self.send(MEError, e.code(), Value::Empty);
                }
            }
            MEEndOfStream => {
                let drained = branch.ended();
                let done = branch.done;
                if let Err(e) = drained {
                    self.send(MEError, e.code(), Value::Empty);
                }
                if done {
                    self.check_end();
                }
            }
            MEError => self.send(MEError, status, Value::Empty),
            _ => {}
        }
    }

    fn on_sink_event(&mut self, b: usize, kind: i32, _status: HRESULT, _value: Value) {
        let Some(branch) = self.current.as_mut().and_then(|c| c.branches.get_mut(b)) else {
            return;
        };
        match kind {
            MEStreamSinkRequestSample => {
                branch.requested();
                if branch.done {
                    self.check_end();
                }
            }
            MEStreamSinkMarker if branch.marker_placed => {
                branch.done = true;
                self.check_end();
            }
            MEStreamSinkStarted | MEStreamSinkPaused | MEStreamSinkStopped => {
                let expected = match self.transition {
                    Some(Transition::StartingSinks) => MEStreamSinkStarted,
                    Some(Transition::Pausing) => MEStreamSinkPaused,
                    Some(Transition::Stopping(_)) => MEStreamSinkStopped,
                    _ => return,
                };
                if kind == expected {
                    branch.acked = true;
                    self.check_acks();
                }
            }
            _ => {}
        }
    }

    fn on_gone(&mut self, origin: Origin) {
        let Some(current) = self.current.as_mut() else {
            return;
        };
        match origin {
            Origin::Source(i) => {
                if let Some(s) = current.sources.get_mut(i) {
                    s.ended = true;
                }
                match self.transition {
                    // K: the source went before it started.
                    Some(Transition::StartingSources { seek: false, .. }) => {
                        self.transition = None;
                        self.send(MESessionStarted, refused(), Value::Empty);
                    }
                    Some(Transition::Stopping(AfterStop::Close))
                    | Some(Transition::Finalizing { .. }) => self.close_status = MF_E_SHUTDOWN,
                    _ => {}
                }
            }
            Origin::Stream(b) => {
                if let Some(branch) = current.branches.get_mut(b) {
                    branch.end_of_stream = true;
                    branch.done = true;
                }
                self.check_end();
            }
            Origin::Sink(b) => {
                if let Some(branch) = current.branches.get_mut(b) {
                    branch.gone = true;
                    branch.done = true;
                }
                self.check_acks();
            }
        }
    }

    /// I1-I3: every source ended and every sink answered its end marker:
    /// MEEndOfPresentation, TopologyStatus ENDED, the session stops itself,
    /// and MESessionEnded takes MESessionStopped's place.
    fn check_end(&mut self) {
        if self.playback != Playback::Started || self.transition.is_some() {
            return;
        }
        let ended = self.current.as_ref().is_some_and(|c| {
            c.sources.iter().all(|s| s.ended) && c.branches.iter().all(|b| b.done)
        });
        if !ended {
            return;
        }
        let topology = self
            .current
            .as_ref()
            .and_then(|c| c.topology.0.cast::<IUnknown>().ok());
        self.send(MEEndOfPresentation, HRESULT(0), Value::Empty);
        self.send_with(
            MESessionTopologyStatus,
            HRESULT(0),
            topology.map_or(Value::Empty, Value::Unknown),
            vec![(
                MF_EVENT_TOPOLOGY_STATUS,
                Value::U32(MF_TOPOSTATUS_ENDED as u32),
            )],
        );
        let at = self.clock_time();
        self.halt();
        self.send_with(
            MESessionEnded,
            HRESULT(0),
            Value::Empty,
            vec![(
                MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME,
                Value::U64(at.max(0) as u64),
            )],
        );
        if let Some(next) = self.queued.pop_front() {
            self.apply(next.0);
        }
    }
}

/// A rateless sink takes any rate, one with IMFRateSupport says which,
/// another only the normal rate.
pub(super) fn sink_rates(sink: &IMFMediaSink) -> (f32, f32) {
    // SAFETY: plain COM calls on a live interface.
    unsafe {
        if sink
            .GetCharacteristics()
            .is_ok_and(|c| c & MEDIASINK_RATELESS as u32 != 0)
        {
            return (0.0, f32::MAX);
        }
        match sink.cast::<IMFRateSupport>() {
            Ok(r) => (
                r.GetSlowestRate(MFRATE_FORWARD, false).unwrap_or(1.0),
                r.GetFastestRate(MFRATE_FORWARD, false).unwrap_or(1.0),
            ),
            Err(_) => (1.0, 1.0),
        }
    }
}
