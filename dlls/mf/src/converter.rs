//! The audio format converter the topology loader inserts when a sink does
//! not take the source's format (CONFORMANCE D6), as Windows' loader
//! inserts its audio resampler: an IMFTransform with one input and one
//! output that converts between integer PCM (8-bit unsigned, 16/24/32-bit
//! signed) and 32-bit float, maps channels and converts the sample rate
//! (`resample`), in the shell of `transform`; a drain gives what the rate
//! converter still owes.

use windows_core::{IUnknown, Result};

use crate::resample::{Resampler, map_channels};
use crate::transform::{Engine, Transform};
use mfplat::bindings::{IMFMediaType, IMFSample, MF_E_NO_MORE_TYPES, MF_E_TRANSFORM_TYPE_NOT_SET};
use mfplat::com::fail;
use mfplat::media_type::AudioFormat;
use mfplat::sample::{Sample, with_sample_bytes};

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

/// The converter's engine under the shared transform shell.
#[derive(Default)]
pub struct Converter {
    input: Option<AudioFormat>,
    output: Option<AudioFormat>,
    /// The rate converter, made for the types when a sample first needs it.
    resampler: Option<Resampler>,
    /// When the rate changes, output times follow from the frames given
    /// since the first input after a flush: its time, and the frames.
    timeline: Option<(i64, u64)>,
}

impl Converter {
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
        to_output(&resampled, to)
    }

    /// The output sample for converted bytes: through the rate converter,
    /// times follow from the frames given.
    fn output(
        &mut self,
        converted: Vec<u8>,
        time: i64,
        duration: i64,
        from: AudioFormat,
        to: AudioFormat,
    ) -> Result<Option<IMFSample>> {
        if converted.is_empty() {
            return Ok(None);
        }
        let (time, duration) = if from.rate == to.rate {
            (time, duration)
        } else {
            let (base, given) = self.timeline.unwrap_or((time, 0));
            let frames = converted.len() as u64 / to.block_align().max(1) as u64;
            self.timeline = Some((base, given + frames));
            let start = base + to.frames_to_hns(given);
            (start, base + to.frames_to_hns(given + frames) - start)
        };
        Sample::with_bytes(converted, time, duration).map(Some)
    }

    fn set(&mut self, t: Option<&IMFMediaType>, test_only: bool, input: bool) -> Result<()> {
        let format = t.map(AudioFormat::from_media_type).transpose()?;
        if !test_only {
            *(if input {
                &mut self.input
            } else {
                &mut self.output
            }) = format;
            self.flush();
        }
        Ok(())
    }

    fn types(&self) -> Result<(AudioFormat, AudioFormat)> {
        match (self.input, self.output) {
            (Some(from), Some(to)) => Ok((from, to)),
            _ => fail(MF_E_TRANSFORM_TYPE_NOT_SET),
        }
    }
}

fn to_output(frames: &[f32], to: AudioFormat) -> Vec<u8> {
    let mut out = Vec::with_capacity(frames.len() * (to.bits / 8) as usize);
    for &x in frames {
        write(Level::Float(x), to, &mut out);
    }
    out
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

impl Engine for Converter {
    fn input_type(&self) -> Option<IMFMediaType> {
        self.input.map(|f| f.media_type())
    }

    fn output_type(&self) -> Option<IMFMediaType> {
        self.output.map(|f| f.media_type())
    }

    fn ready(&self) -> bool {
        self.input.is_some() && self.output.is_some()
    }

    fn set_input(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()> {
        self.set(t, test_only, true)
    }

    fn set_output(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()> {
        self.set(t, test_only, false)
    }

    fn input_available(&self, index: u32) -> Result<IMFMediaType> {
        offered(self.output, index)
    }

    fn output_available(&self, index: u32) -> Result<IMFMediaType> {
        offered(self.input, index)
    }

    fn sizes(&self) -> (u32, u32) {
        (
            self.input.map_or(0, |f| f.block_align()),
            self.output.map_or(0, |f| f.block_align()),
        )
    }

    fn process(&mut self, sample: &IMFSample) -> Result<Option<IMFSample>> {
        let (from, to) = self.types()?;
        let converted = with_sample_bytes(sample, |bytes| Ok(self.convert(bytes, from, to)))?;
        // SAFETY: plain COM calls on a live interface.
        let (time, duration) = unsafe {
            (
                sample.GetSampleTime().unwrap_or(0),
                sample.GetSampleDuration().unwrap_or(0),
            )
        };
        self.output(converted, time, duration, from, to)
    }

    /// What the rate converter still owes.
    fn drain(&mut self) -> Result<Option<IMFSample>> {
        let (from, to) = self.types()?;
        let tail = match self.resampler.as_mut() {
            Some(r) => to_output(&r.drain(), to),
            None => Vec::new(),
        };
        self.output(tail, 0, 0, from, to)
    }

    fn flush(&mut self) {
        self.resampler = None;
        self.timeline = None;
    }
}

/// A converter between two types, as IUnknown for a topology node.
pub fn create_node_object(from: &IMFMediaType, to: &IMFMediaType) -> Result<IUnknown> {
    Transform::node_object(Box::<Converter>::default(), from, to)
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
