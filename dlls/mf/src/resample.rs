//! What the converter does beyond the sample format: channel mapping and
//! sample-rate conversion, on interleaved 32-bit float frames, in pieces
//! (a stream goes through sample by sample, and the state carries over).
//!
//! Rate conversion is band-limited interpolation: each output frame is the
//! input under a Blackman-windowed sinc kernel of `TAPS` input frames on
//! each side, its cutoff lowered to the output's Nyquist frequency when
//! the rate goes down, so nothing aliases.

use std::f64::consts::PI;

/// Kernel half-width in input frames.
const TAPS: usize = 16;

/// Maps `frames` from `from` channels to `to`: a mono source goes to the
/// first two channels, a downmix to mono averages, a downmix to two or more
/// folds each extra channel into one kept (at -3 dB) so nothing is dropped,
/// and an upmix leaves the new channels silent.
pub fn map_channels(frames: &[f32], from: usize, to: usize) -> Vec<f32> {
    if from == to || from == 0 || to == 0 {
        return frames.to_vec();
    }
    let mut out = Vec::with_capacity(frames.len() / from * to);
    for frame in frames.chunks_exact(from) {
        if to == 1 {
            out.push(frame.iter().sum::<f32>() / from as f32);
            continue;
        }
        let start = out.len();
        out.resize(start + to, 0.0);
        let mapped = &mut out[start..];
        if from == 1 {
            mapped[0] = frame[0];
            mapped[1] = frame[0];
            continue;
        }
        for (c, &x) in frame.iter().enumerate() {
            if c < to {
                mapped[c] += x;
            } else {
                mapped[c % to] += x * std::f32::consts::FRAC_1_SQRT_2;
            }
        }
    }
    out
}

/// A streaming rate converter for `channels` interleaved channels.
pub struct Resampler {
    channels: usize,
    /// Input frames per output frame.
    step: f64,
    /// The kernel's cutoff as a fraction of the input's Nyquist frequency.
    cutoff: f64,
    /// Input not yet fully used, interleaved; it starts with `TAPS` frames
    /// of silence so that the first output frame is the first input frame.
    history: Vec<f32>,
    /// Where the next output frame falls, in frames of `history`.
    position: f64,
}

impl Resampler {
    pub fn new(from_rate: u32, to_rate: u32, channels: usize) -> Resampler {
        let step = from_rate as f64 / to_rate as f64;
        Resampler {
            channels: channels.max(1),
            step,
            cutoff: (1.0 / step).min(1.0),
            history: vec![0.0; TAPS * channels.max(1)],
            position: TAPS as f64,
        }
    }

    /// Takes `input` frames; gives every output frame whose kernel the
    /// input seen so far covers.
    pub fn push(&mut self, input: &[f32]) -> Vec<f32> {
        let ch = self.channels;
        self.history.extend_from_slice(input);
        let frames = self.history.len() / ch;
        let mut out = Vec::new();
        while (self.position as usize) + TAPS < frames {
            let base = self.position as usize;
            let frac = self.position - base as f64;
            let weights: Vec<f64> = (0..2 * TAPS)
                .map(|k| self.kernel(k as f64 - (TAPS - 1) as f64 - frac))
                .collect();
            let first = base + 1 - TAPS;
            for c in 0..ch {
                let acc: f64 = weights
                    .iter()
                    .enumerate()
                    .map(|(k, w)| self.history[(first + k) * ch + c] as f64 * w)
                    .sum();
                out.push(acc as f32);
            }
            self.position += self.step;
        }
        // Keep what the next output frame's kernel still reaches.
        let used = (self.position as usize + 1)
            .saturating_sub(TAPS)
            .min(frames);
        self.history.drain(..used * ch);
        self.position -= used as f64;
        out
    }

    /// The output frames still owed for the input given so far (its end).
    pub fn drain(&mut self) -> Vec<f32> {
        let silence = vec![0.0; TAPS * self.channels];
        let out = self.push(&silence);
        *self = Resampler {
            history: vec![0.0; TAPS * self.channels],
            position: TAPS as f64,
            ..*self
        };
        out
    }

    /// The windowed sinc at `t` input frames from the output position.
    fn kernel(&self, t: f64) -> f64 {
        let half = TAPS as f64;
        if t.abs() >= half {
            return 0.0;
        }
        let x = self.cutoff * t;
        let sinc = if x.abs() < 1e-12 {
            1.0
        } else {
            (PI * x).sin() / (PI * x)
        };
        let w = 0.5 * (1.0 + t / half); // 0..1 across the kernel
        let blackman = 0.42 - 0.5 * (2.0 * PI * w).cos() + 0.08 * (4.0 * PI * w).cos();
        self.cutoff * sinc * blackman
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(rate: u32, freq: f64, frames: usize) -> Vec<f32> {
        (0..frames)
            .map(|i| (2.0 * PI * freq * i as f64 / rate as f64).sin() as f32 * 0.5)
            .collect()
    }

    /// Signal-to-noise ratio of `got` against `want`, in dB.
    fn snr(want: &[f32], got: &[f32]) -> f64 {
        let signal: f64 = want.iter().map(|x| (*x as f64).powi(2)).sum();
        let noise: f64 = want
            .iter()
            .zip(got)
            .map(|(a, b)| (*a as f64 - *b as f64).powi(2))
            .sum();
        10.0 * (signal / noise.max(1e-30)).log10()
    }

    #[test]
    fn a_tone_keeps_its_frequency_and_length_across_rates() {
        for (from, to) in [(44_100, 48_000), (48_000, 44_100), (44_100, 22_050)] {
            let input = tone(from, 1000.0, from as usize);
            let mut r = Resampler::new(from, to, 1);
            // In uneven pieces, as samples arrive.
            let mut out = Vec::new();
            for piece in input.chunks(4099) {
                out.extend(r.push(piece));
            }
            out.extend(r.drain());
            let expected = tone(to, 1000.0, to as usize);
            assert!(
                (out.len() as i64 - to as i64).abs() <= 1,
                "{from} -> {to}: {} frames",
                out.len()
            );
            // Away from the ends, where the kernel sees silence.
            let inner = TAPS * 4..to as usize - TAPS * 4;
            let db = snr(&expected[inner.clone()], &out[inner]);
            assert!(db > 60.0, "{from} -> {to}: SNR {db:.1} dB");
        }
    }

    #[test]
    fn a_tone_above_the_new_nyquist_frequency_is_removed() {
        let input = tone(48_000, 15_000.0, 48_000);
        let mut r = Resampler::new(48_000, 22_050, 1);
        let out = r.push(&input);
        let inner = &out[TAPS * 4..out.len() - TAPS * 4];
        let rms =
            (inner.iter().map(|x| (*x as f64).powi(2)).sum::<f64>() / inner.len() as f64).sqrt();
        assert!(rms < 0.01, "aliased energy: rms {rms}");
    }

    #[test]
    fn channels_are_mapped_without_losing_any() {
        assert_eq!(map_channels(&[0.5, -0.5], 1, 2), [0.5, 0.5, -0.5, -0.5]);
        let mono = map_channels(&[0.2, 0.4], 2, 1);
        assert!(mono.len() == 1 && (mono[0] - 0.3).abs() < 1e-6, "{mono:?}");
        let folded = map_channels(&[0.1, 0.2, 1.0], 3, 2);
        assert!((folded[0] - (0.1 + std::f32::consts::FRAC_1_SQRT_2)).abs() < 1e-6);
        assert_eq!(folded[1], 0.2);
        assert_eq!(map_channels(&[0.1, 0.2], 2, 4), [0.1, 0.2, 0.0, 0.0]);
    }
}
