//! One branch of the playing topology, from a source stream through its
//! transforms to a stream sink. Samples move by request, as the stream
//! sink protocol has it: the sink gets a sample only for an
//! MEStreamSinkRequestSample it sent, and each request it has not had
//! answered keeps one RequestSample outstanding on the source stream. What
//! the transforms give beyond the requests waits for the next ones; an
//! input they swallow (a decoder's first packet, a converter's tail) is
//! replaced by another request to the stream. The end marker follows the
//! last sample.

use std::collections::VecDeque;

use windows_core::Result;

use mfplat::bindings::{
    IMFMediaStream, IMFSample, IMFStreamSink, IMFTransform, MF_E_TRANSFORM_NEED_MORE_INPUT,
    MFSTREAMSINK_MARKER_ENDOFSEGMENT, MFT_MESSAGE_COMMAND_DRAIN, MFT_MESSAGE_COMMAND_FLUSH,
    MFT_OUTPUT_DATA_BUFFER, PROPVARIANT,
};
use mfplat::com::Agile;
use mfplat::propvariant::Value;

/// One source stream feeding one stream sink.
pub(super) struct Branch {
    pub(super) source: usize,
    pub(super) stream_id: u32,
    pub(super) stream: Option<Agile<IMFMediaStream>>,
    pub(super) stream_key: usize,
    pub(super) sink: Agile<IMFStreamSink>,
    pub(super) sink_key: usize,
    /// The transforms between the stream and the sink, in order (the
    /// loader's decoder and converter, or the application's own).
    pub(super) transforms: Vec<Agile<IMFTransform>>,
    /// The sink's requests not yet answered with a sample.
    pub(super) demand: usize,
    /// RequestSample calls on the stream not yet answered with a sample.
    pub(super) asked: usize,
    /// Samples out of the transforms that no request has taken yet.
    pub(super) ready: VecDeque<Agile<IMFSample>>,
    /// MEEndOfStream arrived (the transforms are drained).
    pub(super) end_of_stream: bool,
    /// The end marker was placed on the sink.
    pub(super) marker_placed: bool,
    /// The sink answered the end marker.
    pub(super) done: bool,
    /// The sink acknowledged the transition under way.
    pub(super) acked: bool,
    /// Samples the stream queued before its MEStreamStarted or
    /// MEStreamSeeked belong to the position before the last Start and are
    /// dropped.
    pub(super) stale: bool,
    pub(super) gone: bool,
}

impl Branch {
    pub(super) fn new(
        source: usize,
        stream_id: u32,
        sink: (usize, Agile<IMFStreamSink>),
        transforms: Vec<Agile<IMFTransform>>,
    ) -> Branch {
        Branch {
            source,
            stream_id,
            stream: None,
            stream_key: 0,
            sink_key: sink.0,
            sink: sink.1,
            transforms,
            demand: 0,
            asked: 0,
            ready: VecDeque::new(),
            end_of_stream: false,
            marker_placed: false,
            done: false,
            acked: false,
            stale: false,
            gone: false,
        }
    }

    /// Back to the start of a run: nothing requested, nothing held.
    pub(super) fn restart(&mut self) {
        self.demand = 0;
        self.asked = 0;
        self.ready.clear();
        self.end_of_stream = false;
        self.marker_placed = false;
        self.done = false;
        self.acked = false;
        self.stale = true;
    }

    /// The sink asked for a sample.
    pub(super) fn requested(&mut self) {
        self.demand += 1;
        self.supply();
    }

    /// A sample from the stream goes through the transforms; what comes
    /// out answers the sink's requests or waits. A transform's failure is
    /// the caller's to report; the request it would have answered goes to
    /// the stream again.
    pub(super) fn arrived(&mut self, sample: &IMFSample) -> Result<()> {
        self.asked = self.asked.saturating_sub(1);
        let fed = feed(&self.transforms, sample, &mut self.ready);
        self.supply();
        fed
    }

    /// The end of the stream: the transforms give what they hold, and the
    /// end marker follows once the sink has had it all.
    pub(super) fn ended(&mut self) -> Result<()> {
        self.end_of_stream = true;
        let drained = drain(&self.transforms, &mut self.ready);
        self.supply();
        drained
    }

    /// Answers the sink's requests from what is ready, then asks the
    /// stream for each request still open; at the end, places the end
    /// marker once nothing is left to deliver. A sink that takes no
    /// marker (it failed or went) is done.
    pub(super) fn supply(&mut self) {
        while self.demand > 0 {
            let Some(sample) = self.ready.pop_front() else {
                break;
            };
            self.demand -= 1;
            // SAFETY: a plain COM call on live interfaces. A stopped sink
            // refuses samples that were under way, which is no error.
            let _ = unsafe { self.sink.0.ProcessSample(&sample.0) };
        }
        if self.end_of_stream {
            if self.ready.is_empty() && !self.marker_placed {
                self.marker_placed = true;
                let end = Value::Empty.to_raw().unwrap_or_default();
                // SAFETY: plain COM call; the PROPVARIANTs are VT_EMPTY.
                let placed = unsafe {
                    self.sink.0.PlaceMarker(
                        MFSTREAMSINK_MARKER_ENDOFSEGMENT,
                        &end as *const PROPVARIANT,
                        &end as *const PROPVARIANT,
                    )
                };
                if placed.is_err() {
                    self.done = true;
                }
            }
            return;
        }
        let Some(stream) = &self.stream else {
            return;
        };
        while self.asked < self.demand {
            self.asked += 1;
            // SAFETY: a plain COM call on a live interface; a refusal
            // (stopped, ended) drops the request.
            let _ = unsafe { stream.0.RequestSample(None) };
        }
    }
}

/// Hands `sample` to the first of `chain` and what comes out on down the
/// chain; what leaves the last goes to `out` (the sample itself when there
/// is no transform).
fn feed(
    chain: &[Agile<IMFTransform>],
    sample: &IMFSample,
    out: &mut VecDeque<Agile<IMFSample>>,
) -> Result<()> {
    let Some((first, rest)) = chain.split_first() else {
        out.push_back(Agile(sample.clone()));
        return Ok(());
    };
    // SAFETY: a plain COM call on live interfaces.
    unsafe { first.0.ProcessInput(0, sample, 0) }.ok()?;
    pass_outputs(&first.0, rest, out)
}

/// Hands every sample `t` has ready on down the rest of the chain.
fn pass_outputs(
    t: &IMFTransform,
    rest: &[Agile<IMFTransform>],
    out: &mut VecDeque<Agile<IMFSample>>,
) -> Result<()> {
    // SAFETY: plain COM calls on live interfaces; each output sample is
    // taken out of its buffer entry, which leaves it owned here.
    unsafe {
        loop {
            let mut buffers = [MFT_OUTPUT_DATA_BUFFER::default()];
            let mut status = 0;
            let hr = t.ProcessOutput(0, 1, buffers.as_mut_ptr(), &mut status);
            let sample = std::mem::ManuallyDrop::take(&mut buffers[0].pSample);
            drop(std::mem::ManuallyDrop::take(&mut buffers[0].pEvents));
            if hr == MF_E_TRANSFORM_NEED_MORE_INPUT {
                return Ok(());
            }
            hr.ok()?;
            if let Some(sample) = sample {
                feed(rest, &sample, out)?;
            }
        }
    }
}

/// At the end of the stream each transform in turn gives what it still
/// holds, which goes on down the chain.
fn drain(chain: &[Agile<IMFTransform>], out: &mut VecDeque<Agile<IMFSample>>) -> Result<()> {
    for (i, t) in chain.iter().enumerate() {
        // SAFETY: a plain COM call on a live interface.
        unsafe { t.0.ProcessMessage(MFT_MESSAGE_COMMAND_DRAIN, 0) }.ok()?;
        pass_outputs(&t.0, &chain[i + 1..], out)?;
    }
    Ok(())
}

/// Drops what a branch holds: the samples waiting for requests, the
/// transforms' samples and the sink's queue.
pub(super) fn flush(branch: &mut Branch) {
    branch.ready.clear();
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        for t in &branch.transforms {
            let _ = t.0.ProcessMessage(MFT_MESSAGE_COMMAND_FLUSH, 0);
        }
        let _ = branch.sink.0.Flush();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use windows_core::{IUnknown, Ref, implement};

    use mfplat::bindings::{
        IMFMediaSink, IMFMediaSource, IMFMediaStream_Impl, IMFMediaType, IMFMediaTypeHandler,
        IMFStreamDescriptor, IMFStreamSink_Impl, MFSTREAMSINK_MARKER_TYPE,
    };
    use mfplat::com::{E_NOTIMPL, fail};
    use mfplat::event::EventQueue;
    use mfplat::sample::Sample;

    use super::*;
    use crate::transform::{Engine, Transform};

    /// What the fake stream and sink saw.
    #[derive(Default)]
    struct Log {
        requests: usize,
        delivered: Vec<i64>,
        markers: usize,
    }

    #[implement(IMFStreamSink)]
    struct FakeSink {
        events: EventQueue,
        log: Arc<Mutex<Log>>,
    }
    mfplat::impl_generator!(FakeSink_Impl, s => s.events);

    impl IMFStreamSink_Impl for FakeSink_Impl {
        fn GetMediaSink(&self) -> Result<IMFMediaSink> {
            fail(E_NOTIMPL)
        }
        fn GetIdentifier(&self) -> Result<u32> {
            Ok(0)
        }
        fn GetMediaTypeHandler(&self) -> Result<IMFMediaTypeHandler> {
            fail(E_NOTIMPL)
        }
        fn ProcessSample(&self, sample: Ref<IMFSample>) -> Result<()> {
            // SAFETY: a plain COM call on a live interface.
            let time = unsafe { sample.ok()?.GetSampleTime() }?;
            self.log.lock().unwrap().delivered.push(time);
            Ok(())
        }
        fn PlaceMarker(
            &self,
            _: MFSTREAMSINK_MARKER_TYPE,
            _: *const PROPVARIANT,
            _: *const PROPVARIANT,
        ) -> Result<()> {
            self.log.lock().unwrap().markers += 1;
            Ok(())
        }
        fn Flush(&self) -> Result<()> {
            Ok(())
        }
    }

    #[implement(IMFMediaStream)]
    struct FakeStream {
        events: EventQueue,
        log: Arc<Mutex<Log>>,
    }
    mfplat::impl_generator!(FakeStream_Impl, s => s.events);

    impl IMFMediaStream_Impl for FakeStream_Impl {
        fn GetMediaSource(&self) -> Result<IMFMediaSource> {
            fail(E_NOTIMPL)
        }
        fn GetStreamDescriptor(&self) -> Result<IMFStreamDescriptor> {
            fail(E_NOTIMPL)
        }
        fn RequestSample(&self, _: Ref<IUnknown>) -> Result<()> {
            self.log.lock().unwrap().requests += 1;
            Ok(())
        }
    }

    /// A decoder-like engine: its first input gives nothing, each later
    /// one passes through, and the drain gives one more sample (time 1000).
    #[derive(Default)]
    struct Swallower {
        inputs: usize,
    }

    impl Engine for Swallower {
        fn input_type(&self) -> Option<IMFMediaType> {
            None
        }
        fn output_type(&self) -> Option<IMFMediaType> {
            None
        }
        fn ready(&self) -> bool {
            true
        }
        fn set_input(&mut self, _: Option<&IMFMediaType>, _: bool) -> Result<()> {
            Ok(())
        }
        fn set_output(&mut self, _: Option<&IMFMediaType>, _: bool) -> Result<()> {
            Ok(())
        }
        fn input_available(&self, _: u32) -> Result<IMFMediaType> {
            fail(E_NOTIMPL)
        }
        fn output_available(&self, _: u32) -> Result<IMFMediaType> {
            fail(E_NOTIMPL)
        }
        fn sizes(&self) -> (u32, u32) {
            (0, 0)
        }
        fn process(&mut self, sample: &IMFSample) -> Result<Option<IMFSample>> {
            self.inputs += 1;
            Ok((self.inputs > 1).then(|| sample.clone()))
        }
        fn drain(&mut self) -> Result<Option<IMFSample>> {
            Ok(Some(Sample::with_bytes(vec![0; 4], 1000, 1)?))
        }
        fn flush(&mut self) {}
    }

    fn sample(time: i64) -> IMFSample {
        Sample::with_bytes(vec![0; 4], time, 1).unwrap()
    }

    /// The stream sink protocol with an application's sink, which asks for
    /// one sample at a time: a swallowed input is asked for again, what
    /// comes out unasked waits for a request, and the end marker waits for
    /// the drained tail to be delivered.
    #[test]
    fn a_sink_gets_a_sample_for_each_request_and_no_more() {
        let log = Arc::new(Mutex::new(Log::default()));
        let sink: IMFStreamSink = FakeSink {
            events: EventQueue::default(),
            log: log.clone(),
        }
        .into();
        let stream: IMFMediaStream = FakeStream {
            events: EventQueue::default(),
            log: log.clone(),
        }
        .into();
        let transform = Transform::create(Box::new(Swallower::default()));
        let mut branch = Branch::new(0, 0, (1, Agile(sink)), vec![Agile(transform)]);
        branch.restart();
        // A request before the stream is known waits for it.
        branch.requested();
        assert_eq!(log.lock().unwrap().requests, 0);
        branch.stream = Some(Agile(stream));
        branch.supply();
        assert_eq!(log.lock().unwrap().requests, 1);
        // The first input is swallowed: the request goes to the stream again.
        branch.arrived(&sample(0)).unwrap();
        assert_eq!(log.lock().unwrap().requests, 2);
        assert!(log.lock().unwrap().delivered.is_empty());
        branch.arrived(&sample(1)).unwrap();
        assert_eq!(log.lock().unwrap().delivered, [1]);
        // A sample nobody asked for waits for the next request, which it
        // answers without asking the stream.
        branch.arrived(&sample(2)).unwrap();
        assert_eq!(log.lock().unwrap().delivered, [1]);
        branch.requested();
        assert_eq!(log.lock().unwrap().delivered, [1, 2]);
        assert_eq!(log.lock().unwrap().requests, 2);
        // The drained tail waits for a request, and the marker for it.
        branch.ended().unwrap();
        assert_eq!(log.lock().unwrap().markers, 0);
        branch.requested();
        let log = log.lock().unwrap();
        assert_eq!(log.delivered, [1, 2, 1000]);
        assert_eq!(log.markers, 1);
        assert_eq!(log.requests, 2);
        assert!(branch.marker_placed && !branch.done);
    }
}
