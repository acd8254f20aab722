//! One branch of the playing topology, from a source stream through its
//! transforms to a stream sink: samples fed in, outputs passed on, drained
//! at the end and flushed on a seek.

use windows_core::Result;

use mfplat::bindings::{
    IMFMediaStream, IMFSample, IMFStreamSink, IMFTransform, MF_E_TRANSFORM_NEED_MORE_INPUT,
    MFT_MESSAGE_COMMAND_DRAIN, MFT_MESSAGE_COMMAND_FLUSH, MFT_OUTPUT_DATA_BUFFER,
};
use mfplat::com::Agile;

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
    /// Requests the sink made before its stream was known.
    pub(super) waiting: usize,
    /// MEEndOfStream arrived and the end marker was placed.
    pub(super) end_of_stream: bool,
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

/// Hands a stream's sample to its sink, through the branch's transforms;
/// a transform's failure is the application's MEError.
pub(super) fn deliver(branch: &Branch, sample: &IMFSample) -> Result<()> {
    feed(&branch.transforms, &branch.sink.0, sample)
}

/// Hands `sample` to the first of `chain`, or to the sink when there is
/// none, and what comes out on down the chain.
pub(super) fn feed(
    chain: &[Agile<IMFTransform>],
    sink: &IMFStreamSink,
    sample: &IMFSample,
) -> Result<()> {
    let Some((first, rest)) = chain.split_first() else {
        // SAFETY: a plain COM call on live interfaces. A stopped sink
        // refuses samples that were under way, which is no error.
        let _ = unsafe { sink.ProcessSample(sample) };
        return Ok(());
    };
    // SAFETY: a plain COM call on live interfaces.
    unsafe { first.0.ProcessInput(0, sample, 0) }.ok()?;
    pass_outputs(&first.0, rest, sink)
}

/// Hands every sample `t` has ready on down the rest of the chain.
pub(super) fn pass_outputs(
    t: &IMFTransform,
    rest: &[Agile<IMFTransform>],
    sink: &IMFStreamSink,
) -> Result<()> {
    // SAFETY: plain COM calls on live interfaces; each output sample is
    // taken out of its buffer entry, which leaves it owned here.
    unsafe {
        loop {
            let mut buffers = [MFT_OUTPUT_DATA_BUFFER::default()];
            let mut status = 0;
            let hr = t.ProcessOutput(0, 1, buffers.as_mut_ptr(), &mut status);
            let out = std::mem::ManuallyDrop::take(&mut buffers[0].pSample);
            drop(std::mem::ManuallyDrop::take(&mut buffers[0].pEvents));
            if hr == MF_E_TRANSFORM_NEED_MORE_INPUT {
                return Ok(());
            }
            hr.ok()?;
            if let Some(out) = out {
                feed(rest, sink, &out)?;
            }
        }
    }
}

/// At the end of the stream each transform in turn gives what it still
/// holds, which goes on down the chain before the end marker.
pub(super) fn drain(branch: &Branch) -> Result<()> {
    for (i, t) in branch.transforms.iter().enumerate() {
        // SAFETY: a plain COM call on a live interface.
        unsafe { t.0.ProcessMessage(MFT_MESSAGE_COMMAND_DRAIN, 0) }.ok()?;
        pass_outputs(&t.0, &branch.transforms[i + 1..], &branch.sink.0)?;
    }
    Ok(())
}

/// Drops what a branch holds: the transform's sample and the sink's queue.
pub(super) fn flush(branch: &Branch) {
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        for t in &branch.transforms {
            let _ = t.0.ProcessMessage(MFT_MESSAGE_COMMAND_FLUSH, 0);
        }
        let _ = branch.sink.0.Flush();
    }
}
