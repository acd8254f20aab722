//! Media sinks with one stream: the WAVE file sink (MFCreateWAVEMediaSink),
//! the sample grabber (MFCreateSampleGrabberSinkActivate) and the audio
//! renderer's activation object (MFCreateAudioRendererActivate).
//!
//! A stream sink follows the documented protocol: when the presentation
//! clock starts it queues MEStreamSinkStarted and asks for samples with
//! MEStreamSinkRequestSample; pause, restart and stop answer with
//! MEStreamSinkPaused, MEStreamSinkStarted and MEStreamSinkStopped; a marker
//! is answered with MEStreamSinkMarker once the samples before it are
//! consumed. A rateless sink (the WAVE sink, and the grabber with
//! MF_SAMPLEGRABBERSINK_IGNORE_CLOCK) consumes each sample as it arrives;
//! otherwise a presenter thread holds each sample until the clock reaches
//! its time.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use windows_core::{
    BOOL, GUID, HRESULT, IUnknown, IUnknownImpl, Interface, Ref, Result, implement,
};

use mfplat::async_result::Completions;
use mfplat::attributes::AttributeStore;
use mfplat::bindings::{
    IMFActivate, IMFActivate_Impl, IMFAsyncCallback, IMFAsyncResult, IMFByteStream,
    IMFClockStateSink, IMFClockStateSink_Impl, IMFFinalizableMediaSink,
    IMFFinalizableMediaSink_Impl, IMFGetService, IMFGetService_Impl, IMFMediaSink,
    IMFMediaSink_Impl, IMFMediaType, IMFMediaTypeHandler, IMFMediaTypeHandler_Impl,
    IMFPresentationClock, IMFRateSupport, IMFRateSupport_Impl, IMFSample,
    IMFSampleGrabberSinkCallback, IMFStreamSink, IMFStreamSink_Impl, MEDIASINK_FIXED_STREAMS,
    MEDIASINK_RATELESS, MEStreamSinkMarker, MEStreamSinkPaused, MEStreamSinkRequestSample,
    MEStreamSinkStarted, MEStreamSinkStopped, MF_E_INVALIDINDEX, MF_E_INVALIDMEDIATYPE,
    MF_E_INVALIDREQUEST, MF_E_INVALIDSTREAMNUMBER, MF_E_NO_AUDIO_PLAYBACK_DEVICE, MF_E_NO_CLOCK,
    MF_E_NO_MORE_TYPES, MF_E_NOT_INITIALIZED, MF_E_SHUTDOWN, MF_E_STREAMSINK_REMOVED,
    MF_E_STREAMSINKS_FIXED, MF_E_THINNING_UNSUPPORTED, MF_E_UNSUPPORTED_SERVICE,
    MF_MEDIATYPE_EQUAL_FORMAT_DATA, MF_MEDIATYPE_EQUAL_FORMAT_TYPES,
    MF_MEDIATYPE_EQUAL_MAJOR_TYPES, MFMediaType_Audio, MFRATE_DIRECTION, MFSTREAMSINK_MARKER_TYPE,
    MFTIME, PROPVARIANT,
};
use mfplat::bindings::{MF_MT_MAJOR_TYPE, MF_MT_SUBTYPE};
use mfplat::com::{Agile, E_NOTIMPL, E_POINTER, fail, service_args};
use mfplat::event::EventQueue;
use mfplat::guids::{
    MF_RATE_CONTROL_SERVICE, MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, MFAudioFormat_Float,
    MFAudioFormat_PCM,
};
use mfplat::media_type::{AudioFormat, CurrentType, TypeHandler};
use mfplat::propvariant::Value;
use mfplat::sample::with_sample_bytes;
use win32::sync::lock;

/// E_ABORT: the status of markers a Flush discards (IMFStreamSink::Flush).
const E_ABORT: HRESULT = HRESULT(0x8000_4004_u32 as i32);

/// Samples a clocked sink keeps asked for ahead of the clock.
const CLOCKED_AHEAD: usize = 3;

/// Samples a rateless sink keeps asked for, so that the source reads the
/// next while this one is consumed. Each request travels through four
/// threads (sink, session, source, session) in about as long as decoding a
/// sample takes, so a shallow queue starves the decoder: on two minutes of
/// MP3, 4 ahead gave 1.18x symphonia's own time, 8 gave 1.09x, 16 1.06x and
/// 32 1.04x (BENCHMARKS.md). 32 samples of 8192 frames are 6 s of audio.
const RATELESS_AHEAD: usize = 32;

/// What a sink does with what reaches it.
trait Consumer: Send {
    fn consume(&mut self, sample: &IMFSample) -> Result<()>;
    fn clock_changed(&mut self, _change: ClockChange) {}
    fn set_clock(&mut self, _clock: Option<&IMFPresentationClock>) {}
    fn finalize(&mut self) -> Result<()> {
        Ok(())
    }
    fn shutdown(&mut self) {}
    /// The samples before an end-of-segment marker are all consumed.
    fn end_of_segment(&mut self) {}
    /// The forward rates (slowest, fastest) it presents at: any, since
    /// it presents by the clock, unless it says otherwise.
    fn rates(&self) -> (f32, f32) {
        (0.0, f32::MAX)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum ClockChange {
    Start(MFTIME, i64),
    Stop(MFTIME),
    Pause(MFTIME),
    Restart(MFTIME),
    Rate(MFTIME, f32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Run {
    Stopped,
    Running,
    Paused,
}

enum Item {
    Sample(Agile<IMFSample>),
    Marker(Value),
}

struct StreamState {
    run: Run,
    queue: VecDeque<Item>,
    /// Requests sent and not yet answered by ProcessSample.
    outstanding: usize,
    shut_down: bool,
    clock: Option<Agile<IMFPresentationClock>>,
    sink: Option<Agile<IMFMediaSink>>,
}

/// The media types a stream sink takes.
enum StreamTypes {
    /// The types it offers, through mfplat's handler (the WAVE sink, the
    /// audio renderer).
    Offered(IMFMediaTypeHandler),
    /// The sample grabber's: a candidate is compared with the type the
    /// activation object was made with, as that type is at the time of
    /// the call, and must have its major type, subtype and format data
    /// (test_sample_grabber_is_mediatype_supported); the current type
    /// starts as that type (Windows 8 and later).
    Grabber {
        creation: IMFMediaType,
        current: Mutex<IMFMediaType>,
    },
}

impl StreamTypes {
    fn grabber(creation: IMFMediaType) -> Self {
        StreamTypes::Grabber {
            current: Mutex::new(creation.clone()),
            creation,
        }
    }
}

/// Whether the sample grabber made with `creation` takes `candidate`.
fn grabber_takes(creation: &IMFMediaType, candidate: &IMFMediaType) -> bool {
    const NEEDED: u32 = (MF_MEDIATYPE_EQUAL_MAJOR_TYPES
        | MF_MEDIATYPE_EQUAL_FORMAT_TYPES
        | MF_MEDIATYPE_EQUAL_FORMAT_DATA) as u32;
    // SAFETY: a plain COM call on live interfaces; S_FALSE comes with the
    // flags that hold, a failure (no major type) with none.
    unsafe { creation.IsEqual(candidate) }.is_ok_and(|flags| flags & NEEDED == NEEDED)
}

struct StreamCore {
    events: EventQueue,
    /// Let go at Shutdown, with the consumer, so that the application's
    /// objects are released then and not when the presenter thread ends.
    types: Mutex<Option<StreamTypes>>,
    rateless: bool,
    state: Mutex<StreamState>,
    changed: Condvar,
    consumer: Mutex<Box<dyn Consumer>>,
}

// SAFETY: the interface pointers inside are MF objects, free-threaded by
// contract (com::Agile); the state is behind mutexes.
unsafe impl Send for StreamCore {}
// SAFETY: as above.
unsafe impl Sync for StreamCore {}

impl StreamCore {
    /// A stream's methods answer MF_E_STREAMSINK_REMOVED once its sink is
    /// shut down (test_sample_grabber, test_wave_sink).
    fn attached(&self) -> Result<()> {
        if lock(&self.state).shut_down {
            return fail(MF_E_STREAMSINK_REMOVED);
        }
        Ok(())
    }

    /// Keeps `want` requests outstanding.
    fn request(&self, st: &mut StreamState) {
        let want = if self.rateless {
            RATELESS_AHEAD
        } else {
            CLOCKED_AHEAD
        };
        while st.outstanding + st.queue.len() < want {
            st.outstanding += 1;
            self.events
                .send(MEStreamSinkRequestSample, HRESULT(0), Value::Empty);
        }
    }

    fn consume(&self, sample: &IMFSample) {
        // A consumer's failure (a full disk) has no receiver in the
        // protocol; the sample is lost as on Windows, and said so.
        if let Err(e) = lock(&self.consumer).consume(sample) {
            eprintln!("winsession: a media sink could not take a sample: {e}");
        }
    }

    fn clock_changed(&self, change: ClockChange) -> Result<()> {
        let mut st = lock(&self.state);
        if st.shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        let (run, kind) = match change {
            ClockChange::Start(..) | ClockChange::Restart(_) => (Run::Running, MEStreamSinkStarted),
            ClockChange::Pause(_) => (Run::Paused, MEStreamSinkPaused),
            ClockChange::Stop(_) => (Run::Stopped, MEStreamSinkStopped),
            ClockChange::Rate(..) => {
                drop(st);
                lock(&self.consumer).clock_changed(change);
                return Ok(());
            }
        };
        st.run = run;
        // A start (also a seek's restart) asks afresh: requests made before
        // it were dropped with the source's old position.
        if matches!(change, ClockChange::Start(..)) || run == Run::Stopped {
            st.outstanding = 0;
        }
        if run == Run::Stopped {
            st.queue.clear();
        }
        drop(st);
        lock(&self.consumer).clock_changed(change);
        self.events.send(kind, HRESULT(0), Value::Empty);
        let mut st = lock(&self.state);
        if run == Run::Running {
            self.request(&mut st);
        }
        self.changed.notify_all();
        Ok(())
    }

    /// The presenter of a clocked sink: each sample waits for its time.
    fn present(self: Arc<Self>) {
        let mut st = lock(&self.state);
        loop {
            if st.shut_down {
                return;
            }
            let ready = st.run == Run::Running && !st.queue.is_empty();
            if !ready {
                st = win32::sync::wait(&self.changed, st, None);
                continue;
            }
            if let Some(Item::Sample(sample)) = st.queue.front() {
                let due = sample_time(&sample.0);
                let now = st.clock.as_ref().and_then(|c| clock_time(&c.0));
                if let (Some(due), Some(now)) = (due, now)
                    && due > now
                {
                    let wait_for = Duration::from_nanos(((due - now) as u64).saturating_mul(100));
                    st = win32::sync::wait(
                        &self.changed,
                        st,
                        Some(wait_for.min(Duration::from_millis(20))),
                    );
                    continue;
                }
            }
            let Some(item) = st.queue.pop_front() else {
                continue;
            };
            drop(st);
            match item {
                Item::Sample(sample) => self.consume(&sample.0),
                Item::Marker(context) => {
                    lock(&self.consumer).end_of_segment();
                    self.events.send(MEStreamSinkMarker, HRESULT(0), context);
                }
            }
            st = lock(&self.state);
            if st.run == Run::Running {
                self.request(&mut st);
            }
        }
    }
}

fn sample_time(sample: &IMFSample) -> Option<i64> {
    // SAFETY: a plain COM call on a live interface.
    unsafe { sample.GetSampleTime() }.ok()
}

fn clock_time(clock: &IMFPresentationClock) -> Option<i64> {
    // SAFETY: a plain COM call on a live interface.
    unsafe { clock.GetTime() }.ok().map(|t| t.0)
}

/// The stream is its own type handler, as Windows' are (test_sample_grabber,
/// test_sar: QueryInterface and GetMediaTypeHandler give the same object).
#[implement(IMFStreamSink, IMFMediaTypeHandler)]
struct StreamSink {
    core: Arc<StreamCore>,
}

mfplat::impl_generator!(StreamSink_Impl, s => s.core.events);

impl IMFStreamSink_Impl for StreamSink_Impl {
    fn GetMediaSink(&self) -> Result<IMFMediaSink> {
        match &lock(&self.core.state).sink {
            Some(s) => Ok(s.0.clone()),
            None => fail(MF_E_STREAMSINK_REMOVED),
        }
    }

    fn GetIdentifier(&self) -> Result<u32> {
        self.core.attached()?;
        Ok(0)
    }

    fn GetMediaTypeHandler(&self) -> Result<IMFMediaTypeHandler> {
        self.core.attached()?;
        Ok(self.to_interface())
    }

    fn ProcessSample(&self, sample: Ref<IMFSample>) -> Result<()> {
        let Some(sample) = sample.as_ref() else {
            return fail(E_POINTER);
        };
        let mut st = lock(&self.core.state);
        if st.shut_down {
            return fail(MF_E_STREAMSINK_REMOVED);
        }
        if st.clock.is_none() {
            return fail(MF_E_NO_CLOCK);
        }
        if st.run == Run::Stopped {
            return fail(MF_E_INVALIDREQUEST);
        }
        st.outstanding = st.outstanding.saturating_sub(1);
        if self.core.rateless {
            drop(st);
            self.core.consume(sample);
            let mut st = lock(&self.core.state);
            if st.run == Run::Running {
                self.core.request(&mut st);
            }
        } else {
            st.queue.push_back(Item::Sample(Agile(sample.clone())));
            self.core.changed.notify_all();
        }
        Ok(())
    }

    /// The marker's event carries the context value (the PlaceMarker page).
    fn PlaceMarker(
        &self,
        _kind: MFSTREAMSINK_MARKER_TYPE,
        _value: *const PROPVARIANT,
        context: *const PROPVARIANT,
    ) -> Result<()> {
        // SAFETY: COM callers pass NULL or a valid PROPVARIANT.
        let context = unsafe { Value::from_raw(context) }?;
        let mut st = lock(&self.core.state);
        if st.shut_down {
            return fail(MF_E_STREAMSINK_REMOVED);
        }
        if self.core.rateless || st.queue.is_empty() {
            drop(st);
            lock(&self.core.consumer).end_of_segment();
            self.core
                .events
                .send(MEStreamSinkMarker, HRESULT(0), context);
        } else {
            st.queue.push_back(Item::Marker(context));
            self.core.changed.notify_all();
        }
        Ok(())
    }

    /// Drops queued samples; queued markers are answered with E_ABORT.
    fn Flush(&self) -> Result<()> {
        let dropped = {
            let mut st = lock(&self.core.state);
            if st.shut_down {
                return fail(MF_E_STREAMSINK_REMOVED);
            }
            std::mem::take(&mut st.queue)
        };
        for item in dropped {
            if let Item::Marker(context) = item {
                self.core.events.send(MEStreamSinkMarker, E_ABORT, context);
            }
        }
        Ok(())
    }
}

/// Every method but the type list answers MF_E_STREAMSINK_REMOVED after
/// the sink's Shutdown (test_sample_grabber).
impl IMFMediaTypeHandler_Impl for StreamSink_Impl {
    /// A supported candidate is its own closest type.
    fn IsMediaTypeSupported(&self, candidate: Ref<IMFMediaType>) -> Result<IMFMediaType> {
        self.core.attached()?;
        let Some(candidate) = candidate.as_ref() else {
            return fail(E_POINTER);
        };
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on live interfaces.
            Some(StreamTypes::Offered(h)) => unsafe { h.IsMediaTypeSupported(candidate) },
            Some(StreamTypes::Grabber { creation, .. }) => {
                if grabber_takes(creation, candidate) {
                    Ok(candidate.clone())
                } else {
                    fail(MF_E_INVALIDMEDIATYPE)
                }
            }
            None => fail(MF_E_STREAMSINK_REMOVED),
        }
    }

    /// Decision: the grabber offers its creation type, which the topology
    /// loader builds a converter's output from (Windows' grabber offers
    /// none and relies on its current type).
    fn GetMediaTypeCount(&self) -> Result<u32> {
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on a live interface.
            Some(StreamTypes::Offered(h)) => unsafe { h.GetMediaTypeCount() },
            Some(StreamTypes::Grabber { .. }) => Ok(1),
            None => Ok(0),
        }
    }

    fn GetMediaTypeByIndex(&self, index: u32) -> Result<IMFMediaType> {
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on a live interface.
            Some(StreamTypes::Offered(h)) => unsafe { h.GetMediaTypeByIndex(index) },
            Some(StreamTypes::Grabber { creation, .. }) if index == 0 => Ok(creation.clone()),
            _ => fail(MF_E_NO_MORE_TYPES),
        }
    }

    fn SetCurrentMediaType(&self, t: Ref<IMFMediaType>) -> Result<()> {
        self.core.attached()?;
        let Some(t) = t.as_ref() else {
            return fail(E_POINTER);
        };
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on live interfaces.
            Some(StreamTypes::Offered(h)) => unsafe { h.SetCurrentMediaType(t) }.ok(),
            Some(StreamTypes::Grabber { creation, current }) => {
                if !grabber_takes(creation, t) {
                    return fail(MF_E_INVALIDMEDIATYPE);
                }
                *lock(current) = t.clone();
                Ok(())
            }
            None => fail(MF_E_STREAMSINK_REMOVED),
        }
    }

    fn GetCurrentMediaType(&self) -> Result<IMFMediaType> {
        self.core.attached()?;
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on a live interface.
            Some(StreamTypes::Offered(h)) => unsafe { h.GetCurrentMediaType() },
            Some(StreamTypes::Grabber { current, .. }) => Ok(lock(current).clone()),
            None => fail(MF_E_STREAMSINK_REMOVED),
        }
    }

    fn GetMajorType(&self) -> Result<GUID> {
        self.core.attached()?;
        match lock(&self.core.types).as_ref() {
            // SAFETY: a plain COM call on a live interface.
            Some(StreamTypes::Offered(h)) => unsafe { h.GetMajorType() },
            // SAFETY: as above.
            Some(StreamTypes::Grabber { current, .. }) => unsafe { lock(current).GetMajorType() },
            None => fail(MF_E_STREAMSINK_REMOVED),
        }
    }
}

/// A media sink with one fixed stream; the consumer makes it a WAVE writer
/// or a sample grabber.
#[implement(
    IMFMediaSink,
    IMFFinalizableMediaSink,
    IMFClockStateSink,
    IMFRateSupport,
    IMFGetService
)]
struct SingleStreamSink {
    core: Arc<StreamCore>,
    stream: IMFStreamSink,
    finalized: Completions<Result<()>>,
}

impl SingleStreamSink {
    fn create(types: StreamTypes, rateless: bool, consumer: Box<dyn Consumer>) -> IMFMediaSink {
        let core = Arc::new(StreamCore {
            events: EventQueue::default(),
            types: Mutex::new(Some(types)),
            rateless,
            state: Mutex::new(StreamState {
                run: Run::Stopped,
                queue: VecDeque::new(),
                outstanding: 0,
                shut_down: false,
                clock: None,
                sink: None,
            }),
            changed: Condvar::new(),
            consumer: Mutex::new(consumer),
        });
        if !rateless {
            let presenter = Arc::clone(&core);
            // Without the thread the sink still works, rateless.
            let _ = std::thread::Builder::new()
                .name("mf-sink-presenter".into())
                .spawn(move || presenter.present());
        }
        let stream: IMFStreamSink = StreamSink {
            core: Arc::clone(&core),
        }
        .into();
        let sink: IMFMediaSink = SingleStreamSink {
            core: Arc::clone(&core),
            stream,
            finalized: Completions::default(),
        }
        .into();
        // The stream refers back to its sink until Shutdown.
        lock(&core.state).sink = Some(Agile(sink.clone()));
        sink
    }

    fn live(&self) -> Result<()> {
        if lock(&self.core.state).shut_down {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(())
    }
}

impl IMFMediaSink_Impl for SingleStreamSink_Impl {
    fn GetCharacteristics(&self) -> Result<u32> {
        self.live()?;
        let mut c = MEDIASINK_FIXED_STREAMS as u32;
        if self.core.rateless {
            c |= MEDIASINK_RATELESS as u32;
        }
        Ok(c)
    }

    fn AddStreamSink(&self, _id: u32, _t: Ref<IMFMediaType>) -> Result<IMFStreamSink> {
        self.live()?;
        fail(MF_E_STREAMSINKS_FIXED)
    }

    fn RemoveStreamSink(&self, _id: u32) -> Result<()> {
        self.live()?;
        fail(MF_E_STREAMSINKS_FIXED)
    }

    fn GetStreamSinkCount(&self) -> Result<u32> {
        self.live()?;
        Ok(1)
    }

    /// MF_E_INVALIDINDEX past the one stream (test_sample_grabber).
    fn GetStreamSinkByIndex(&self, index: u32) -> Result<IMFStreamSink> {
        self.live()?;
        if index != 0 {
            return fail(MF_E_INVALIDINDEX);
        }
        Ok(self.stream.clone())
    }

    fn GetStreamSinkById(&self, id: u32) -> Result<IMFStreamSink> {
        self.live()?;
        if id != 0 {
            return fail(MF_E_INVALIDSTREAMNUMBER);
        }
        Ok(self.stream.clone())
    }

    fn SetPresentationClock(&self, clock: Ref<IMFPresentationClock>) -> Result<()> {
        self.live()?;
        let me: IMFClockStateSink = self.to_interface();
        let old = lock(&self.core.state).clock.take();
        if let Some(old) = old {
            // SAFETY: a plain COM call on a live interface.
            let _ = unsafe { old.0.RemoveClockStateSink(&me) };
        }
        if let Some(clock) = clock.as_ref() {
            // SAFETY: a plain COM call on a live interface.
            unsafe { clock.AddClockStateSink(&me) }.ok()?;
            lock(&self.core.state).clock = Some(Agile(clock.clone()));
        }
        lock(&self.core.consumer).set_clock(clock.as_ref());
        Ok(())
    }

    fn GetPresentationClock(&self) -> Result<IMFPresentationClock> {
        self.live()?;
        match &lock(&self.core.state).clock {
            Some(c) => Ok(c.0.clone()),
            None => fail(MF_E_NO_CLOCK),
        }
    }

    /// Leaves the clock, ends the presenter, completes the file, and
    /// releases the stream's link back to the sink.
    fn Shutdown(&self) -> Result<()> {
        let (clock, sink) = {
            let mut st = lock(&self.core.state);
            if st.shut_down {
                return fail(MF_E_SHUTDOWN);
            }
            st.shut_down = true;
            st.queue.clear();
            (st.clock.take(), st.sink.take())
        };
        self.core.changed.notify_all();
        if let Some(clock) = clock {
            let me: IMFClockStateSink = self.to_interface();
            // SAFETY: a plain COM call on a live interface.
            let _ = unsafe { clock.0.RemoveClockStateSink(&me) };
        }
        drop(sink);
        let mut consumer = std::mem::replace(&mut *lock(&self.core.consumer), Box::new(ShutDown));
        let types = lock(&self.core.types).take();
        consumer.shutdown();
        drop((consumer, types));
        self.core.events.shutdown()
    }
}

impl IMFFinalizableMediaSink_Impl for SingleStreamSink_Impl {
    fn BeginFinalize(&self, callback: Ref<IMFAsyncCallback>, state: Ref<IUnknown>) -> Result<()> {
        self.live()?;
        let outcome = lock(&self.core.consumer).finalize();
        self.finalized
            .complete(outcome, callback.cloned(), state.cloned())
    }

    fn EndFinalize(&self, result: Ref<IMFAsyncResult>) -> Result<()> {
        self.finalized.take(result.as_ref())?
    }
}

impl IMFClockStateSink_Impl for SingleStreamSink_Impl {
    fn OnClockStart(&self, system: MFTIME, offset: i64) -> Result<()> {
        self.core.clock_changed(ClockChange::Start(system, offset))
    }

    fn OnClockStop(&self, system: MFTIME) -> Result<()> {
        self.core.clock_changed(ClockChange::Stop(system))
    }

    fn OnClockPause(&self, system: MFTIME) -> Result<()> {
        self.core.clock_changed(ClockChange::Pause(system))
    }

    fn OnClockRestart(&self, system: MFTIME) -> Result<()> {
        self.core.clock_changed(ClockChange::Restart(system))
    }

    fn OnClockSetRate(&self, system: MFTIME, rate: f32) -> Result<()> {
        self.core.clock_changed(ClockChange::Rate(system, rate))
    }
}

/// MF_RATE_CONTROL_SERVICE gives the sink's IMFRateSupport (test_sample_grabber);
/// IMFRateControl is not a sink's (test_sar).
impl IMFGetService_Impl for SingleStreamSink_Impl {
    fn GetService(
        &self,
        service: *const GUID,
        iid: *const GUID,
        out: *mut *mut core::ffi::c_void,
    ) -> Result<()> {
        let (service, iid) = service_args(service, iid, out)?;
        if service != MF_RATE_CONTROL_SERVICE {
            return fail(MF_E_UNSUPPORTED_SERVICE);
        }
        let me: IMFMediaSink = self.to_interface();
        // SAFETY: `iid` and `out` are valid QueryInterface arguments.
        unsafe { me.query(&iid, out).ok() }
    }
}

/// Forward rates only, without thinning.
impl IMFRateSupport_Impl for SingleStreamSink_Impl {
    fn GetSlowestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        self.live()?;
        crate::clock::forward_only(direction)?;
        Ok(lock(&self.core.consumer).rates().0)
    }

    fn GetFastestRate(&self, direction: MFRATE_DIRECTION, _thin: BOOL) -> Result<f32> {
        self.live()?;
        crate::clock::forward_only(direction)?;
        Ok(lock(&self.core.consumer).rates().1)
    }

    fn IsRateSupported(&self, thin: BOOL, rate: f32, nearest: *mut f32) -> Result<()> {
        self.live()?;
        if thin.as_bool() {
            return fail(MF_E_THINNING_UNSUPPORTED);
        }
        let (slowest, fastest) = lock(&self.core.consumer).rates();
        crate::clock::rate_in(rate, slowest, fastest, nearest)
    }
}

/// What a sink consumes with after Shutdown: nothing.
struct ShutDown;

impl Consumer for ShutDown {
    fn consume(&mut self, _sample: &IMFSample) -> Result<()> {
        fail(MF_E_SHUTDOWN)
    }
}

/// The WAVE file writer: a RIFF header whose sizes are completed when the
/// sink is finalized (or shut down without it, so that nothing is lost).
struct WaveWriter {
    target: Agile<IMFByteStream>,
    format: AudioFormat,
    data_bytes: u64,
    started: bool,
    done: bool,
}

/// The RIFF/WAVE header for `data` bytes of `format` (WAVE_FORMAT_PCM or
/// WAVE_FORMAT_IEEE_FLOAT, a 16-byte fmt chunk).
pub fn wave_header(format: AudioFormat, data: u64) -> Vec<u8> {
    let data = u32::try_from(data).unwrap_or(u32::MAX - 36);
    let mut h = Vec::with_capacity(44);
    h.extend_from_slice(b"RIFF");
    h.extend_from_slice(&(36u32.saturating_add(data)).to_le_bytes());
    h.extend_from_slice(b"WAVEfmt ");
    h.extend_from_slice(&16u32.to_le_bytes());
    h.extend_from_slice(&(if format.float { 3u16 } else { 1u16 }).to_le_bytes());
    h.extend_from_slice(&(format.channels as u16).to_le_bytes());
    h.extend_from_slice(&format.rate.to_le_bytes());
    h.extend_from_slice(&(format.rate * format.block_align()).to_le_bytes());
    h.extend_from_slice(&(format.block_align() as u16).to_le_bytes());
    h.extend_from_slice(&(format.bits as u16).to_le_bytes());
    h.extend_from_slice(b"data");
    h.extend_from_slice(&data.to_le_bytes());
    h
}

// SAFETY: the byte stream is an MF object, free-threaded by contract.
unsafe impl Send for WaveWriter {}

impl WaveWriter {
    fn write(&self, bytes: &[u8]) -> Result<()> {
        let mut written = 0;
        while written < bytes.len() {
            let chunk = &bytes[written..];
            let len = chunk.len().min(u32::MAX as usize) as u32;
            // SAFETY: `chunk` holds at least `len` bytes.
            let n = unsafe { self.target.0.Write(chunk.as_ptr(), len) }?;
            if n == 0 {
                return fail(mfplat::com::E_FAIL);
            }
            written += n as usize;
        }
        Ok(())
    }

    fn start(&mut self) -> Result<()> {
        if !self.started {
            self.write(&wave_header(self.format, 0))?;
            self.started = true;
        }
        Ok(())
    }
}

impl Consumer for WaveWriter {
    fn consume(&mut self, sample: &IMFSample) -> Result<()> {
        if self.done {
            return fail(MF_E_SHUTDOWN);
        }
        self.start()?;
        let written = with_sample_bytes(sample, |bytes| self.write(bytes).map(|()| bytes.len()))?;
        self.data_bytes += written as u64;
        Ok(())
    }

    fn finalize(&mut self) -> Result<()> {
        if self.done {
            return Ok(());
        }
        self.start()?;
        // SAFETY: plain COM calls on a live interface.
        unsafe {
            let end = self.target.0.GetCurrentPosition()?;
            self.target.0.SetCurrentPosition(0).ok()?;
            self.write(&wave_header(self.format, self.data_bytes))?;
            self.target.0.SetCurrentPosition(end).ok()?;
            self.target.0.Flush().ok()?;
        }
        self.done = true;
        Ok(())
    }

    fn shutdown(&mut self) {
        if let Err(e) = self.finalize() {
            eprintln!("winsession: the WAVE file could not be completed: {e}");
        }
    }
}

/// MFCreateWAVEMediaSink: writes `format` (uncompressed PCM or float)
/// into `target`.
pub fn create_wave_sink(target: IMFByteStream, t: &IMFMediaType) -> Result<IMFMediaSink> {
    let format = AudioFormat::from_media_type(t)?;
    let offered = format.media_type();
    let current = CurrentType::default();
    *lock(&current) = Some(Agile(offered.clone()));
    let writer = WaveWriter {
        target: Agile(target),
        format,
        data_bytes: 0,
        started: false,
        done: false,
    };
    Ok(SingleStreamSink::create(
        StreamTypes::Offered(TypeHandler::create(vec![offered], current)),
        true,
        Box::new(writer),
    ))
}

/// The sample grabber's consumer: every sample and clock change goes to the
/// application's callback.
struct Grabber {
    callback: Agile<IMFSampleGrabberSinkCallback>,
    major: GUID,
}

// SAFETY: the callback is an MF interface, free-threaded by contract.
unsafe impl Send for Grabber {}

impl Consumer for Grabber {
    fn consume(&mut self, sample: &IMFSample) -> Result<()> {
        // SAFETY: plain COM calls on live interfaces.
        let (time, duration, flags) = unsafe {
            (
                sample.GetSampleTime().unwrap_or(0),
                sample.GetSampleDuration().unwrap_or(0),
                sample.GetSampleFlags().unwrap_or(0),
            )
        };
        with_sample_bytes(sample, |bytes| {
            // SAFETY: a plain COM call; `bytes` stays valid for the call.
            unsafe {
                self.callback
                    .0
                    .OnProcessSample(&self.major, flags, time, duration, bytes)
                    .ok()
            }
        })
    }

    fn clock_changed(&mut self, change: ClockChange) {
        let cb = &self.callback.0;
        // SAFETY: plain COM calls; the callback's answers have no receiver.
        let _ = unsafe {
            match change {
                ClockChange::Start(t, offset) => cb.OnClockStart(t, offset),
                ClockChange::Stop(t) => cb.OnClockStop(t),
                ClockChange::Pause(t) => cb.OnClockPause(t),
                ClockChange::Restart(t) => cb.OnClockRestart(t),
                ClockChange::Rate(t, r) => cb.OnClockSetRate(t, r),
            }
        };
    }

    fn set_clock(&mut self, clock: Option<&IMFPresentationClock>) {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { self.callback.0.OnSetPresentationClock(clock) };
    }

    fn shutdown(&mut self) {
        // SAFETY: a plain COM call on a live interface.
        let _ = unsafe { self.callback.0.OnShutdown() };
    }
}

/// The audio renderer's consumer: samples, at their presentation time, to
/// ALSA's default device, in the format the topology loader set.
struct AlsaWriter {
    pcm: crate::alsa::Pcm,
    current: CurrentType,
}

impl Consumer for AlsaWriter {
    fn consume(&mut self, sample: &IMFSample) -> Result<()> {
        let t = lock(&self.current)
            .as_ref()
            .map(|t| t.0.clone())
            .ok_or_else(|| windows_core::Error::from(MF_E_NOT_INITIALIZED))?;
        let format = AudioFormat::from_media_type(&t)?;
        with_sample_bytes(sample, |bytes| {
            self.pcm
                .write(format, bytes)
                .map_err(|e| windows_core::Error::new(mfplat::com::E_FAIL, e))
        })
    }

    fn clock_changed(&mut self, change: ClockChange) {
        if let ClockChange::Stop(_) = change {
            self.pcm.stop();
        }
    }

    fn end_of_segment(&mut self) {
        self.pcm.drain();
    }

    /// The device plays at its own pace: only the normal rate.
    fn rates(&self) -> (f32, f32) {
        (1.0, 1.0)
    }
}

/// MFCreateAudioRenderer: the renderer itself, on ALSA's default device;
/// MF_E_NO_AUDIO_PLAYBACK_DEVICE without one, as on Windows.
pub fn create_audio_renderer() -> Result<IMFMediaSink> {
    let pcm = crate::alsa::Pcm::open_default()
        .ok_or_else(|| windows_core::Error::from(MF_E_NO_AUDIO_PLAYBACK_DEVICE))?;
    let offered = [MFAudioFormat_Float, MFAudioFormat_PCM]
        .iter()
        .map(|subtype| {
            let t = mfplat::media_type::MediaType::create();
            // SAFETY: plain COM calls on a live interface.
            unsafe {
                t.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio).ok()?;
                t.SetGUID(&MF_MT_SUBTYPE, subtype).ok()?;
            }
            Ok(t)
        })
        .collect::<Result<Vec<_>>>()?;
    let current = CurrentType::default();
    let writer = AlsaWriter {
        pcm,
        current: current.clone(),
    };
    Ok(SingleStreamSink::create(
        StreamTypes::Offered(TypeHandler::create(offered, current)),
        false,
        Box::new(writer),
    ))
}

/// Which sink an activation object makes.
enum Activates {
    Grabber {
        offered: IMFMediaType,
        callback: IMFSampleGrabberSinkCallback,
    },
    AudioRenderer,
}

#[derive(Default)]
struct ActivateState {
    object: Option<IMFMediaSink>,
    shut_down: bool,
}

/// IMFActivate for the sinks: the sink is made at the first
/// ActivateObject and given again at the next ones. ShutdownObject differs
/// as Windows' do: the audio renderer's shuts its sink down and gives it
/// again afterwards (test_sar); the sample grabber's lets its sink go
/// without shutting it down and refuses to activate again with
/// MF_E_SHUTDOWN (test_sample_grabber). Neither detaches (E_NOTIMPL).
#[implement(IMFActivate)]
pub struct SinkActivate {
    pub attributes: AttributeStore,
    activates: Activates,
    state: Mutex<ActivateState>,
}

mfplat::impl_attributes!(SinkActivate_Impl);

impl SinkActivate {
    /// MFCreateSampleGrabberSinkActivate.
    pub fn sample_grabber(
        offered: IMFMediaType,
        callback: IMFSampleGrabberSinkCallback,
    ) -> IMFActivate {
        Self::with(Activates::Grabber { offered, callback })
    }

    /// MFCreateAudioRendererActivate.
    pub fn audio_renderer() -> IMFActivate {
        Self::with(Activates::AudioRenderer)
    }

    fn with(activates: Activates) -> IMFActivate {
        SinkActivate {
            attributes: AttributeStore::default(),
            activates,
            state: Mutex::new(ActivateState::default()),
        }
        .into()
    }

    fn make(&self) -> Result<IMFMediaSink> {
        match &self.activates {
            Activates::Grabber { offered, callback } => {
                let ignore_clock = self
                    .attributes
                    .get_u32(&MF_SAMPLEGRABBERSINK_IGNORE_CLOCK)
                    .unwrap_or(0)
                    != 0;
                // SAFETY: a plain COM call on a live interface.
                let major = unsafe { offered.GetMajorType() }.unwrap_or(MFMediaType_Audio);
                let grabber = Grabber {
                    callback: Agile(callback.clone()),
                    major,
                };
                Ok(SingleStreamSink::create(
                    StreamTypes::grabber(offered.clone()),
                    ignore_clock,
                    Box::new(grabber),
                ))
            }
            Activates::AudioRenderer => create_audio_renderer(),
        }
    }
}

impl IMFActivate_Impl for SinkActivate_Impl {
    fn ActivateObject(&self, iid: *const GUID, out: *mut *mut core::ffi::c_void) -> Result<()> {
        let iid = mfplat::com::guid_arg(iid)?;
        let sink = {
            let mut st = lock(&self.state);
            match st.object.as_ref() {
                Some(s) => s.clone(),
                None if st.shut_down => return fail(MF_E_SHUTDOWN),
                None => {
                    let s = self.make()?;
                    st.object = Some(s.clone());
                    s
                }
            }
        };
        // SAFETY: `iid` and `out` are valid QueryInterface arguments.
        unsafe { sink.query(&iid, out).ok() }
    }

    fn ShutdownObject(&self) -> Result<()> {
        let sink = {
            let mut st = lock(&self.state);
            match self.activates {
                Activates::Grabber { .. } => {
                    st.shut_down = true;
                    drop(st.object.take());
                    None
                }
                Activates::AudioRenderer => st.object.clone(),
            }
        };
        if let Some(sink) = sink {
            // SAFETY: a plain COM call on a live interface; a sink already
            // shut down answers MF_E_SHUTDOWN, which changes nothing here.
            let _ = unsafe { sink.Shutdown() };
        }
        Ok(())
    }

    fn DetachObject(&self) -> Result<()> {
        fail(E_NOTIMPL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn audio(subtype: Option<&GUID>, rate: Option<u32>) -> IMFMediaType {
        let t = mfplat::media_type::MediaType::create();
        // SAFETY: plain COM calls on a live interface.
        unsafe {
            t.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio).unwrap();
            if let Some(s) = subtype {
                t.SetGUID(&MF_MT_SUBTYPE, s).unwrap();
            }
            if let Some(r) = rate {
                t.SetUINT32(&mfplat::bindings::MF_MT_AUDIO_SAMPLES_PER_SECOND, r)
                    .unwrap();
            }
        }
        t
    }

    #[test]
    fn the_grabber_takes_types_with_its_creation_types_items() {
        let creation = audio(Some(&MFAudioFormat_PCM), None);
        assert!(grabber_takes(
            &creation,
            &audio(Some(&MFAudioFormat_PCM), Some(44_100))
        ));
        assert!(!grabber_takes(&creation, &audio(None, None)));
        assert!(!grabber_takes(
            &creation,
            &audio(Some(&MFAudioFormat_Float), None)
        ));
        let at_44k = audio(Some(&MFAudioFormat_PCM), Some(44_100));
        assert!(!grabber_takes(
            &at_44k,
            &audio(Some(&MFAudioFormat_PCM), Some(48_000))
        ));
        assert!(!grabber_takes(
            &at_44k,
            &mfplat::media_type::MediaType::create()
        ));
    }
}
