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
    let events = play_to_end(&source, &sink, None);
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
    play_to_end(&source, &sink, None);
    let (spec, output) = read_wav_i16(&out);
    assert_eq!((spec.channels, spec.sample_rate), (2, RATE));
    assert_eq!(output.len(), input.len());
    assert!(output == input, "the PCM differs");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_seek_lands_on_its_frame_through_the_decoder_and_in_the_source() {
    // Started at 1.5 s, the WAVE file holds the source's PCM from frame
    // 66,150 exactly: FLAC through the loader's decoder (the source seeks
    // to a packet and the decoder drops the frames before the target),
    // and WAV decoded in the source.
    let dir = scratch("seek-frame");
    let input = signal(2.0);
    let target = RATE as usize * 3 / 2;
    for kind in ["flac", "wav"] {
        let file = media_file(&dir, kind, &input);
        let source = open_source(&file);
        let out = dir.join(format!("from-{kind}.wav"));
        let sink = wave_sink(&out, &source);
        play_to_end(&source, &sink, Some(15_000_000));
        let (_, output) = read_wav_i16(&out);
        assert_eq!(output.len(), input.len() - target * 2, "{kind}");
        assert!(output == input[target * 2..], "{kind}: the PCM differs");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
