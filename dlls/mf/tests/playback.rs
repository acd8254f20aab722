//! Real media through the Media Session into the WAVE sink: bit-exact for
//! WAV and FLAC, a signal-to-noise bound for Vorbis and MP3.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use mfplat::bindings::*;

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

/// `out`, made from `wav` by ffmpeg with `args`.
fn ffmpeg(wav: &std::path::Path, out: std::path::PathBuf, args: &[&str]) -> std::path::PathBuf {
    let status = std::process::Command::new("ffmpeg")
        .args(["-loglevel", "error", "-y", "-i"])
        .arg(wav)
        .args(args)
        .arg(&out)
        .status()
        .expect("ffmpeg is needed (scripts/test.sh installs it)");
    assert!(status.success(), "ffmpeg {args:?} failed");
    out
}

/// The data chunk of a WAVE file.
fn wave_data(path: &std::path::Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    let mut at = 12;
    while at + 8 <= bytes.len() {
        let size = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as usize;
        if &bytes[at..at + 4] == b"data" {
            return bytes[at + 8..at + 8 + size].to_vec();
        }
        at += 8 + size + (size & 1);
    }
    panic!("{path:?} has no data chunk");
}

#[test]
fn the_decoder_transform_decodes_each_codec_as_the_demuxer_does() {
    // Each codec the decoder transform takes, played through the session
    // (the source gives packets, the loader inserts the decoder, made from
    // the stream's media type alone) into a WAVE file: the same bytes as
    // symphonia decoding in the demuxer, trims for encoder delay and
    // padding included.
    let dir = scratch("coded");
    let input = signal(1.0);
    let wav = media_file(&dir, "wav", &input);
    let files = [
        media_file(&dir, "flac", &input),
        media_file(&dir, "ogg", &input),
        media_file(&dir, "mp3", &input),
        ffmpeg(&wav, dir.join("aac.m4a"), &["-c:a", "aac"]),
        ffmpeg(&wav, dir.join("adts.aac"), &["-c:a", "aac", "-f", "adts"]),
        ffmpeg(&wav, dir.join("alac.m4a"), &["-c:a", "alac"]),
        ffmpeg(&wav, dir.join("layer2.mp2"), &["-c:a", "mp2"]),
    ];
    for file in &files {
        let mut direct = mf::demux::Demuxer::open(file).unwrap();
        assert!(
            mf::decoder::coded_media_type(direct.params()).is_some(),
            "{file:?}: not given coded"
        );
        let mut expected = Vec::new();
        while let Some(chunk) = direct.next_chunk().unwrap() {
            expected.extend(chunk.bytes);
        }
        let source = open_source(file);
        let out = file.with_extension("out.wav");
        let sink = wave_sink(&out, &source);
        play_to_end(&source, &sink, None);
        let got = wave_data(&out);
        assert!(!expected.is_empty(), "{file:?}");
        assert_eq!(got.len(), expected.len(), "{file:?}");
        assert!(got == expected, "{file:?}: the decoded audio differs");
    }
    // Symphonia's MKV reader gives packets no duration: such a stream is
    // decoded in the source, and plays the same.
    let mkv = ffmpeg(&wav, dir.join("flac.mkv"), &["-c:a", "flac"]);
    assert!(!mf::demux::Demuxer::open(&mkv).unwrap().packets_timed());
    let source = open_source(&mkv);
    let out = dir.join("mkv.wav");
    let sink = wave_sink(&out, &source);
    play_to_end(&source, &sink, None);
    let (_, output) = read_wav_i16(&out);
    assert!(output == input, "FLAC in MKV differs");
    std::fs::remove_dir_all(&dir).unwrap();
}
