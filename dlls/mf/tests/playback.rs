//! Real media through the Media Session into the WAVE sink: bit-exact for
//! WAV and FLAC, a signal-to-noise bound for Vorbis and MP3.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use mf::bindings::*;

#[test]
fn wav_plays_bit_exact_into_a_wave_file() {
    let dir = scratch("wav");
    let input = signal(1.5);
    let wav = dir.join("in.wav");
    write_wav(&wav, &input);
    let source = open_source(&wav);
    let out = dir.join("out.wav");
    let sink = wave_sink(&out, &source);
    let events = play_to_end(&source, &sink);
    assert_eq!(events.last(), Some(&MESessionClosed), "{events:?}");
    let (spec, output) = read_wav_i16(&out);
    assert_eq!(
        (spec.channels, spec.sample_rate, spec.bits_per_sample),
        (2, RATE, 16)
    );
    assert_eq!(output.len(), input.len());
    assert!(output == input, "the PCM differs");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn flac_plays_bit_exact_into_a_wave_file() {
    let dir = scratch("flac");
    let input = signal(2.0);
    let flac = media_file(&dir, "flac", &input);
    let source = open_source(&flac);
    let out = dir.join("out.wav");
    let sink = wave_sink(&out, &source);
    play_to_end(&source, &sink);
    let (spec, output) = read_wav_i16(&out);
    assert_eq!((spec.channels, spec.sample_rate), (2, RATE));
    assert_eq!(output.len(), input.len());
    assert!(output == input, "the PCM differs");
    std::fs::remove_dir_all(&dir).unwrap();
}
