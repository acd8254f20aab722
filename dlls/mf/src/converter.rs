//! The audio format converter the topology loader inserts when a sink does
//! not take the source's format (CONFORMANCE D6), as Windows' loader
//! inserts its audio resampler: an IMFTransform with one input and one
//! output that converts between integer PCM (8-bit unsigned, 16/24/32-bit
//! signed) and 32-bit float, maps channels and converts the sample rate
//! (`resample`). It provides its output samples
//! (MFT_OUTPUT_STREAM_PROVIDES_SAMPLES) and holds one input sample at a
//! time; a drain gives what the rate converter still owes.

use std::sync::Mutex;

use windows_core::{IUnknown, Ref, Result, implement};

use crate::bindings::{
    IMFAttributes, IMFMediaEvent, IMFMediaType, IMFSample, IMFTransform, IMFTransform_Impl,
    MF_E_INVALIDSTREAMNUMBER, MF_E_NO_MORE_TYPES, MF_E_NOTACCEPTING,
    MF_E_TRANSFORM_NEED_MORE_INPUT, MF_E_TRANSFORM_TYPE_NOT_SET, MFT_INPUT_STATUS_ACCEPT_DATA,
    MFT_INPUT_STREAM_INFO, MFT_MESSAGE_COMMAND_DRAIN, MFT_MESSAGE_COMMAND_FLUSH, MFT_MESSAGE_TYPE,
    MFT_OUTPUT_DATA_BUFFER, MFT_OUTPUT_STATUS_SAMPLE_READY, MFT_OUTPUT_STREAM_INFO,
    MFT_OUTPUT_STREAM_PROVIDES_SAMPLES, MFT_OUTPUT_STREAM_WHOLE_SAMPLES, MFT_SET_TYPE_TEST_ONLY,
};
use crate::com::{Agile, E_INVALIDARG, E_NOTIMPL, E_POINTER, fail};
use crate::media_type::AudioFormat;
use crate::resample::{Resampler, map_channels};
use crate::sample::{Sample, with_sample_bytes};
use win32::sync::lock;

/// The sample formats the converter offers, in order of preference.
const OFFERED: [(bool, u32); 5] = [
    (true, 32),
    (false, 16),
    (false, 24),
    (false, 32),
    (false, 8),
];

/// One sample as a left-justified 32-bit integer or a float.
#[derive(Clone, Copy)]
enum Level {
    Int(i32),
    Float(f32),
}

fn read(bytes: &[u8], float: bool) -> Level {
    match (float, bytes.len()) {
        (true, _) => Level::Float(f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
        (false, 1) => Level::Int((bytes[0] as i32 - 128) << 24),
        (false, 2) => Level::Int((i16::from_le_bytes([bytes[0], bytes[1]]) as i32) << 16),
        (false, 3) => Level::Int(i32::from_le_bytes([0, bytes[0], bytes[1], bytes[2]])),
        _ => Level::Int(i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])),
    }
}

fn write(level: Level, to: AudioFormat, out: &mut Vec<u8>) {
    if to.float {
        let x = match level {
            Level::Float(x) => x,
            Level::Int(i) => i as f32 / 2_147_483_648.0,
        };
        out.extend_from_slice(&x.to_le_bytes());
        return;
    }
    let i = match level {
        Level::Int(i) => i,
        Level::Float(x) => (x.clamp(-1.0, 1.0) as f64 * 2_147_483_648.0)
            .round()
            .clamp(i32::MIN as f64, i32::MAX as f64) as i32,
    };
    match to.bits {
        8 => out.push(((i >> 24) + 128) as u8),
        16 => out.extend_from_slice(&((i >> 16) as i16).to_le_bytes()),
        24 => out.extend_from_slice(&i.to_le_bytes()[1..]),
        _ => out.extend_from_slice(&i.to_le_bytes()),
    }
}

/// Converts interleaved samples between two formats of the same layout;
/// an integer narrowing drops the low bits, a widening is exact.
pub fn convert(input: &[u8], from: AudioFormat, to: AudioFormat) -> Vec<u8> {
    let width = (from.bits / 8).max(1) as usize;
    let mut out = Vec::with_capacity(input.len() / width * (to.bits / 8) as usize);
    for chunk in input.chunks_exact(width) {
        write(read(chunk, from.float), to, &mut out);
    }
    out
}

#[derive(Default)]
struct State {
    input: Option<AudioFormat>,
    output: Option<AudioFormat>,
    pending: Option<Agile<IMFSample>>,
    /// The rate converter, made for the types when a sample first needs it.
    resampler: Option<Resampler>,
    /// When the rate changes, output times follow from the frames given
    /// since the first input after a flush: its time, and the frames.
    timeline: Option<(i64, u64)>,
    /// A drain asked for what the rate converter still holds.
    draining: bool,
}

impl State {
    /// `bytes` of the input format as the output format: converted sample
    /// by sample when only the sample format differs (exact for integer
    /// widenings), else through float frames, channel mapping and the rate
    /// converter.
    fn convert(&mut self, bytes: &[u8], from: AudioFormat, to: AudioFormat) -> Vec<u8> {
        if from.rate == to.rate && from.channels == to.channels {
            return convert(bytes, from, to);
        }
        let floats = convert(
            bytes,
            from,
            AudioFormat {
                float: true,
                bits: 32,
                ..from
            },
        );
        let frames: Vec<f32> = floats
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let mapped = map_channels(&frames, from.channels as usize, to.channels as usize);
        let resampled = if from.rate == to.rate {
            mapped
        } else {
            self.resampler
                .get_or_insert_with(|| Resampler::new(from.rate, to.rate, to.channels as usize))
                .push(&mapped)
        };
        self.to_output(&resampled, to)
    }

    /// What the rate converter still owes, as the output format.
    fn drain(&mut self, to: AudioFormat) -> Vec<u8> {
        match self.resampler.as_mut() {
            Some(r) => {
                let tail = r.drain();
                self.to_output(&tail, to)
            }
            None => Vec::new(),
        }
    }

    fn to_output(&self, frames: &[f32], to: AudioFormat) -> Vec<u8> {
        let mut out = Vec::with_capacity(frames.len() * (to.bits / 8) as usize);
        for &x in frames {
            write(Level::Float(x), to, &mut out);
        }
        out
    }
}

#[implement(IMFTransform)]
#[derive(Default)]
pub struct AudioConverter {
    state: Mutex<State>,
}

impl AudioConverter {
    pub fn create() -> IMFTransform {
        AudioConverter::default().into()
    }
}

fn only_stream(id: u32) -> Result<()> {
    if id != 0 {
        return fail(MF_E_INVALIDSTREAMNUMBER);
    }
    Ok(())
}

fn offered(other: Option<AudioFormat>, index: u32) -> Result<IMFMediaType> {
    let other = other.ok_or_else(|| windows_core::Error::from(MF_E_TRANSFORM_TYPE_NOT_SET))?;
    match OFFERED.get(index as usize) {
        Some(&(float, bits)) => Ok(AudioFormat {
            float,
            bits,
            ..other
        }
        .media_type()),
        None => fail(MF_E_NO_MORE_TYPES),
    }
}

/// SetInputType / SetOutputType: NULL clears the side; TEST_ONLY checks
/// without setting.
fn set_side(
    state: &Mutex<State>,
    id: u32,
    t: Option<&IMFMediaType>,
    flags: u32,
    input: bool,
) -> Result<()> {
    only_stream(id)?;
    let format = t.map(AudioFormat::from_media_type).transpose()?;
    let mut st = lock(state);
    if flags & MFT_SET_TYPE_TEST_ONLY as u32 == 0 {
        *(if input { &mut st.input } else { &mut st.output }) = format;
        st.resampler = None;
        st.timeline = None;
    }
    Ok(())
}

impl IMFTransform_Impl for AudioConverter_Impl {
    fn GetStreamLimits(&self, a: *mut u32, b: *mut u32, c: *mut u32, d: *mut u32) -> Result<()> {
        for p in [a, b, c, d] {
            if p.is_null() {
                return fail(E_POINTER);
            }
            // SAFETY: checked above.
            unsafe { p.write(1) };
        }
        Ok(())
    }

    fn GetStreamCount(&self, inputs: *mut u32, outputs: *mut u32) -> Result<()> {
        if inputs.is_null() || outputs.is_null() {
            return fail(E_POINTER);
        }
        // SAFETY: checked above.
        unsafe {
            inputs.write(1);
            outputs.write(1);
        }
        Ok(())
    }

    /// Stream ids are 0 (the method page: E_NOTIMPL for fixed, consecutive
    /// ids from 0).
    fn GetStreamIDs(&self, _: u32, _: *mut u32, _: u32, _: *mut u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn GetInputStreamInfo(&self, id: u32, info: *mut MFT_INPUT_STREAM_INFO) -> Result<()> {
        only_stream(id)?;
        if info.is_null() {
            return fail(E_POINTER);
        }
        let block = lock(&self.state).input.map_or(0, |f| f.block_align());
        // SAFETY: checked above.
        unsafe {
            info.write(MFT_INPUT_STREAM_INFO {
                cbSize: block,
                cbAlignment: 1,
                ..Default::default()
            })
        };
        Ok(())
    }

    fn GetOutputStreamInfo(&self, id: u32) -> Result<MFT_OUTPUT_STREAM_INFO> {
        only_stream(id)?;
        Ok(MFT_OUTPUT_STREAM_INFO {
            dwFlags: (MFT_OUTPUT_STREAM_PROVIDES_SAMPLES | MFT_OUTPUT_STREAM_WHOLE_SAMPLES) as u32,
            cbSize: lock(&self.state).output.map_or(0, |f| f.block_align()),
            cbAlignment: 1,
        })
    }

    fn GetAttributes(&self) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn GetInputStreamAttributes(&self, _: u32) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn GetOutputStreamAttributes(&self, _: u32) -> Result<IMFAttributes> {
        fail(E_NOTIMPL)
    }

    fn DeleteInputStream(&self, _: u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn AddInputStreams(&self, _: u32, _: *const u32) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn GetInputAvailableType(&self, id: u32, index: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        offered(lock(&self.state).output, index)
    }

    fn GetOutputAvailableType(&self, id: u32, index: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        offered(lock(&self.state).input, index)
    }

    fn SetInputType(&self, id: u32, t: Ref<IMFMediaType>, flags: u32) -> Result<()> {
        set_side(&self.state, id, t.as_ref(), flags, true)
    }

    fn SetOutputType(&self, id: u32, t: Ref<IMFMediaType>, flags: u32) -> Result<()> {
        set_side(&self.state, id, t.as_ref(), flags, false)
    }

    fn GetInputCurrentType(&self, id: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        match lock(&self.state).input {
            Some(f) => Ok(f.media_type()),
            None => fail(MF_E_TRANSFORM_TYPE_NOT_SET),
        }
    }

    fn GetOutputCurrentType(&self, id: u32) -> Result<IMFMediaType> {
        only_stream(id)?;
        match lock(&self.state).output {
            Some(f) => Ok(f.media_type()),
            None => fail(MF_E_TRANSFORM_TYPE_NOT_SET),
        }
    }

    fn GetInputStatus(&self, id: u32) -> Result<u32> {
        only_stream(id)?;
        Ok(if lock(&self.state).pending.is_none() {
            MFT_INPUT_STATUS_ACCEPT_DATA as u32
        } else {
            0
        })
    }

    fn GetOutputStatus(&self) -> Result<u32> {
        Ok(if lock(&self.state).pending.is_some() {
            MFT_OUTPUT_STATUS_SAMPLE_READY as u32
        } else {
            0
        })
    }

    fn SetOutputBounds(&self, _: i64, _: i64) -> Result<()> {
        fail(E_NOTIMPL)
    }

    fn ProcessEvent(&self, _: u32, _: Ref<IMFMediaEvent>) -> Result<()> {
        fail(E_NOTIMPL)
    }

    /// A flush drops the held sample and what the rate converter holds; a
    /// drain makes the next ProcessOutput give the converter's tail.
    fn ProcessMessage(&self, message: MFT_MESSAGE_TYPE, _param: usize) -> Result<()> {
        let mut st = lock(&self.state);
        if message == MFT_MESSAGE_COMMAND_FLUSH {
            st.pending = None;
            st.resampler = None;
            st.timeline = None;
            st.draining = false;
        } else if message == MFT_MESSAGE_COMMAND_DRAIN {
            st.draining = st.resampler.is_some();
        }
        Ok(())
    }

    fn ProcessInput(&self, id: u32, sample: Ref<IMFSample>, _flags: u32) -> Result<()> {
        only_stream(id)?;
        let Some(sample) = sample.as_ref() else {
            return fail(E_POINTER);
        };
        let mut st = lock(&self.state);
        if st.input.is_none() || st.output.is_none() {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        }
        if st.pending.is_some() {
            return fail(MF_E_NOTACCEPTING);
        }
        st.pending = Some(Agile(sample.clone()));
        Ok(())
    }

    fn ProcessOutput(
        &self,
        _flags: u32,
        count: u32,
        buffers: *mut MFT_OUTPUT_DATA_BUFFER,
        status: *mut u32,
    ) -> Result<()> {
        if buffers.is_null() || status.is_null() {
            return fail(E_POINTER);
        }
        if count != 1 {
            return fail(E_INVALIDARG);
        }
        let mut st = lock(&self.state);
        let (Some(from), Some(to)) = (st.input, st.output) else {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        };
        let (converted, time, duration) = match st.pending.take() {
            Some(sample) => {
                let sample = sample.0;
                let converted =
                    with_sample_bytes(&sample, |bytes| Ok(st.convert(bytes, from, to)))?;
                // SAFETY: plain COM calls on a live interface.
                let (time, duration) = unsafe {
                    (
                        sample.GetSampleTime().unwrap_or(0),
                        sample.GetSampleDuration().unwrap_or(0),
                    )
                };
                (converted, time, duration)
            }
            None if st.draining => {
                st.draining = false;
                (st.drain(to), 0, 0)
            }
            None => return fail(MF_E_TRANSFORM_NEED_MORE_INPUT),
        };
        if converted.is_empty() {
            return fail(MF_E_TRANSFORM_NEED_MORE_INPUT);
        }
        // Through the rate converter, times follow from the frames given.
        let (time, duration) = if from.rate == to.rate {
            (time, duration)
        } else {
            let (base, given) = st.timeline.unwrap_or((time, 0));
            let frames = converted.len() as u64 / to.block_align().max(1) as u64;
            st.timeline = Some((base, given + frames));
            let start = base + to.frames_to_hns(given);
            (start, base + to.frames_to_hns(given + frames) - start)
        };
        drop(st);
        let out = Sample::with_bytes(converted, time, duration)?;
        // SAFETY: `buffers` holds `count` (1) entries and `status` is
        // writable, both checked above; the caller owns the sample written.
        unsafe {
            let b = &mut *buffers;
            b.pSample = std::mem::ManuallyDrop::new(Some(out));
            b.dwStatus = 0;
            status.write(0);
        }
        Ok(())
    }
}

/// The converter as IUnknown, for a topology node's object.
pub fn create_node_object(from: &IMFMediaType, to: &IMFMediaType) -> Result<IUnknown> {
    let t = AudioConverter::create();
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        t.SetInputType(0, from, 0).ok()?;
        t.SetOutputType(0, to, 0).ok()?;
    }
    windows_core::Interface::cast(&t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(float: bool, bits: u32) -> AudioFormat {
        AudioFormat {
            float,
            channels: 2,
            rate: 44_100,
            bits,
        }
    }

    #[test]
    fn integer_widths_round_trip_and_float_keeps_the_level() {
        let pcm16: Vec<u8> = [0i16, 1, -1, i16::MAX, i16::MIN, 12_345]
            .iter()
            .flat_map(|s| s.to_le_bytes())
            .collect();
        for bits in [24, 32] {
            let wide = convert(&pcm16, f(false, 16), f(false, bits));
            assert_eq!(convert(&wide, f(false, bits), f(false, 16)), pcm16);
        }
        let float = convert(&pcm16, f(false, 16), f(true, 32));
        assert_eq!(convert(&float, f(true, 32), f(false, 16)), pcm16);
        let eight = convert(&pcm16, f(false, 16), f(false, 8));
        assert_eq!(eight[0], 128);
        assert_eq!(eight[3], 255);
        let loud = convert(&2.0f32.to_le_bytes(), f(true, 32), f(false, 16));
        assert_eq!(loud, i16::MAX.to_le_bytes());
    }
}
