//! CONFORMANCE rows that need a real topology: seeking and the clock (E),
//! pause and stop, Close during playback and during a seek, the source shut
//! down under the session (K), end of presentation (I) and the event order
//! (L); the sample grabber with and without the clock; lossy codecs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::Duration;

use common::*;
use mfplat::bindings::*;
use mfplat::guids::{
    MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, MFAudioFormat_Float, MFAudioFormat_MP3, MFAudioFormat_PCM,
};
use mfplat::media_type::AudioFormat;
use mfplat::propvariant::Value;
use windows_core::{GUID, HRESULT, IUnknown, Interface};

const SECOND: i64 = 10_000_000;
const TOLERANCE: i64 = SECOND / 2; // CONFORMANCE 2.5: ±0.5 s after a seek

fn wav_source(name: &str, seconds: f64) -> (std::path::PathBuf, IMFMediaSource) {
    let dir = scratch(name);
    let wav = dir.join("in.wav");
    write_wav(&wav, &signal(seconds));
    let source = open_source(&wav);
    (dir, source)
}

/// A session with `source` set up to play into a sample grabber; returns
/// after MESessionTopologyStatus READY.
fn grabbed_session(
    source: &IMFMediaSource,
    ignore_clock: bool,
    seen: &mut Vec<i32>,
) -> (
    IMFMediaSession,
    IMFMediaEventGenerator,
    std::sync::Arc<std::sync::Mutex<Grabbed>>,
) {
    let (activate, grabbed) = grabber_activate(ignore_clock);
    let (session, events) = create_session();
    let topology = topology(source, &activate.cast::<IUnknown>().unwrap());
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &topology).unwrap() };
    let status = wait_for(
        &events,
        MESessionTopologyStatus,
        Duration::from_secs(5),
        seen,
    );
    assert_eq!(status.status, HRESULT(0));
    (session, events, grabbed)
}

fn shut(session: &IMFMediaSession, source: &IMFMediaSource) {
    // SAFETY: plain COM calls.
    unsafe {
        let _ = source.Shutdown();
        session.Shutdown().unwrap();
    }
}

#[test]
fn the_event_order_of_a_whole_presentation() {
    let (dir, source) = wav_source("order", 0.5);
    let mut seen = Vec::new();
    let (session, events, grabbed) = grabbed_session(&source, true, &mut seen);
    start(&session, None);
    wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    wait_for(&events, MESessionEnded, Duration::from_secs(10), &mut seen);
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    wait_for(&events, MESessionClosed, Duration::from_secs(5), &mut seen);
    // L: TopologySet, CapabilitiesChanged, TopologyStatus, (caps +PAUSE)
    // Started, EndOfPresentation, TopologyStatus ENDED, (caps -PAUSE)
    // Ended, (caps -START -SEEK) Closed.
    assert_eq!(
        seen,
        vec![
            MESessionTopologySet,
            MESessionCapabilitiesChanged,
            MESessionTopologyStatus,
            MESessionCapabilitiesChanged,
            MESessionStarted,
            MEEndOfPresentation,
            MESessionTopologyStatus,
            MESessionCapabilitiesChanged,
            MESessionEnded,
            MESessionCapabilitiesChanged,
            MESessionClosed,
        ]
    );
    let g = grabbed.lock().unwrap();
    assert_eq!(g.bytes.len(), (0.5 * RATE as f64) as usize * 4);
    drop(g);
    shut(&session, &source);
    // G12: the session shut the grabber down, which tells its callback.
    assert!(grabbed.lock().unwrap().shut_down);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn seeks_land_on_their_position_and_the_clock_runs_only_while_started() {
    let (dir, source) = wav_source("seek", 4.0);
    seeks_and_the_clock(dir, source);
}

#[test]
fn seeks_through_the_decoder_land_on_their_position() {
    // The same rows over FLAC: the loader's decoder is flushed at each
    // seek and restarts from the source's new packets.
    let dir = scratch("seek-flac");
    let flac = media_file(&dir, "flac", &signal(4.0));
    let source = open_source(&flac);
    seeks_and_the_clock(dir, source);
}

fn seeks_and_the_clock(dir: std::path::PathBuf, source: IMFMediaSource) {
    let mut seen = Vec::new();
    let (session, events, grabbed) = grabbed_session(&source, false, &mut seen);
    start(&session, None);
    let started = wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    assert_eq!(started.status, HRESULT(0));
    // E4: a seek to 1 s while started.
    start(&session, Some(SECOND));
    let seeked = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(seeked.status, HRESULT(0));
    let t = clock_time(&session);
    assert!(
        (t - SECOND).abs() < TOLERANCE,
        "clock at {t} after a seek to 1 s"
    );
    // Samples delivered after the seek start at 1 s, never before their time.
    std::thread::sleep(Duration::from_millis(200));
    {
        let g = grabbed.lock().unwrap();
        let after: Vec<_> = g.times.iter().filter(|(s, _)| *s >= SECOND).collect();
        assert!(!after.is_empty(), "nothing delivered after the seek");
        for (sample, clock) in &g.times {
            let clock = clock.unwrap();
            assert!(
                clock + SECOND / 100 >= *sample - SECOND,
                "early: {sample} at {clock}"
            );
        }
    }
    // E5: past the end.
    start(&session, Some(10 * SECOND));
    let past = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(past.status, MF_E_INVALID_POSITION);
    // E8, J11: paused, the clock holds still.
    // SAFETY: plain COM calls.
    unsafe { session.Pause().unwrap() };
    let paused = wait_for(&events, MESessionPaused, Duration::from_secs(1), &mut seen);
    assert_eq!(paused.status, HRESULT(0));
    let a = clock_time(&session);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(clock_time(&session), a, "the clock moved while paused");
    // E16: a NULL time format is GUID_NULL, and VT_EMPTY resumes from
    // where the clock paused.
    let empty = Value::Empty.to_raw().unwrap();
    // SAFETY: plain COM calls; a NULL format GUID is allowed.
    unsafe { session.Start(std::ptr::null(), &empty).unwrap() };
    let resumed = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(resumed.status, HRESULT(0));
    let r = clock_time(&session);
    assert!(r >= a && r - a < TOLERANCE, "resumed at {r}, paused at {a}");
    // SAFETY: plain COM calls.
    unsafe { session.Pause().unwrap() };
    wait_for(&events, MESessionPaused, Duration::from_secs(1), &mut seen);
    // E9: a seek from paused starts and the clock runs again.
    start(&session, Some(2 * SECOND));
    wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    let b = clock_time(&session);
    assert!(
        (b - 2 * SECOND).abs() < TOLERANCE,
        "clock at {b} after a seek to 2 s"
    );
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        clock_time(&session) > b,
        "the clock does not run after the seek"
    );
    // E6: a negative position is accepted.
    start(&session, Some(-SECOND));
    let neg = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(neg.status, HRESULT(0));
    let t = clock_time(&session);
    assert!((t + SECOND).abs() < TOLERANCE, "clock at {t} after -1 s");
    // E7: back to 0 while started.
    start(&session, Some(0));
    let zero = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(zero.status, HRESULT(0));
    let t = clock_time(&session);
    assert!(t.abs() < TOLERANCE, "clock at {t} after a seek to 0");
    // Stop: the clock stops at 0 (J11).
    // SAFETY: plain COM calls.
    unsafe { session.Stop().unwrap() };
    let stopped = wait_for(&events, MESessionStopped, Duration::from_secs(1), &mut seen);
    assert_eq!(stopped.status, HRESULT(0));
    assert_eq!(clock_time(&session), 0);
    // E14: Pause while stopped.
    // SAFETY: plain COM calls.
    unsafe { session.Pause().unwrap() };
    let refused = wait_for(&events, MESessionPaused, Duration::from_secs(1), &mut seen);
    assert_eq!(refused.status, MF_E_SESSION_PAUSEWHILESTOPPED);
    // E10: Stop then Close without waiting.
    start(&session, None);
    wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    // SAFETY: plain COM calls.
    unsafe {
        session.Stop().unwrap();
        session.Close().unwrap();
    }
    let closed = wait_for(&events, MESessionClosed, Duration::from_secs(1), &mut seen);
    assert_eq!(closed.status, HRESULT(0));
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn close_during_playback_and_during_a_seek_completes() {
    // WAV decoded in the source, and FLAC through the loader's decoder.
    for (kind, seek_first) in [
        ("wav", false),
        ("wav", true),
        ("flac", false),
        ("flac", true),
    ] {
        let dir = scratch(&format!("close-{kind}-{seek_first}"));
        let file = media_file(&dir, kind, &signal(3.0));
        let source = open_source(&file);
        let mut seen = Vec::new();
        let (session, events, _grabbed) = grabbed_session(&source, false, &mut seen);
        start(&session, None);
        wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
        if seek_first {
            start(&session, Some(SECOND));
        }
        // SAFETY: plain COM calls.
        unsafe { session.Close().unwrap() };
        let closed = wait_for(&events, MESessionClosed, Duration::from_secs(1), &mut seen);
        assert_eq!(closed.status, HRESULT(0));
        // F9: no MESessionStopped on the way.
        assert!(!seen.contains(&MESessionStopped), "{seen:?}");
        shut(&session, &source);
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_source_shut_down_under_the_session_is_survived() {
    // K: right after Start the session has nothing to play.
    let (dir, source) = wav_source("k-start", 1.0);
    let mut seen = Vec::new();
    let (session, events, _g) = grabbed_session(&source, true, &mut seen);
    start(&session, None);
    // SAFETY: plain COM calls.
    unsafe { source.Shutdown().unwrap() };
    let started = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert!(
        [HRESULT(0), MF_E_INVALIDREQUEST].contains(&started.status),
        "{:?}",
        started.status
    );
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    let closed = wait_for(&events, MESessionClosed, Duration::from_secs(1), &mut seen);
    assert!([HRESULT(0), MF_E_SHUTDOWN].contains(&closed.status));
    // SAFETY: plain COM calls.
    unsafe { session.Shutdown().unwrap() };
    std::fs::remove_dir_all(dir).unwrap();

    // F5: Close, then the source goes at once.
    let (dir, source) = wav_source("k-close", 3.0);
    let mut seen = Vec::new();
    let (session, events, _g) = grabbed_session(&source, false, &mut seen);
    start(&session, None);
    wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    // SAFETY: plain COM calls.
    unsafe {
        session.Close().unwrap();
        source.Shutdown().unwrap();
    }
    let closed = wait_for(&events, MESessionClosed, Duration::from_secs(1), &mut seen);
    assert!([HRESULT(0), MF_E_SHUTDOWN].contains(&closed.status));
    // SAFETY: plain COM calls.
    unsafe { session.Shutdown().unwrap() };
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_grabber_that_ignores_the_clock_takes_everything_at_once() {
    let (dir, source) = wav_source("grab", 3.0);
    let mut seen = Vec::new();
    let (session, events, grabbed) = grabbed_session(&source, true, &mut seen);
    let started_at = std::time::Instant::now();
    start(&session, None);
    wait_for(&events, MESessionEnded, Duration::from_secs(10), &mut seen);
    // Three seconds of audio without waiting for the clock; the bound only
    // tells a paced delivery (3 s) from an unpaced one.
    assert!(started_at.elapsed() < Duration::from_secs(2));
    let g = grabbed.lock().unwrap();
    let expected: Vec<u8> = signal(3.0).iter().flat_map(|s| s.to_le_bytes()).collect();
    assert!(g.bytes == expected, "the grabbed PCM differs");
    assert_eq!(g.clock_events.first(), Some(&"start"));
    drop(g);
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

/// The best signal-to-noise ratio of `decoded` against `reference` over
/// small alignments (lossy encoders may shift the signal).
fn snr_db(reference: &[f32], decoded: &[f32]) -> f64 {
    let window = &reference[RATE as usize..RATE as usize * 2];
    let mut best = f64::MIN;
    for lag in -2400i64..=2400 {
        let start = RATE as i64 + lag;
        if start < 0 || start as usize + window.len() > decoded.len() {
            continue;
        }
        let other = &decoded[start as usize..start as usize + window.len()];
        let (mut sig, mut noise) = (0.0f64, 0.0f64);
        for (a, b) in window.iter().zip(other) {
            sig += (*a as f64).powi(2);
            noise += (*a as f64 - *b as f64).powi(2);
        }
        best = best.max(10.0 * (sig / noise.max(1e-12)).log10());
    }
    best
}

#[test]
fn lossy_codecs_play_within_a_signal_to_noise_bound() {
    let dir = scratch("lossy");
    let input = signal(3.0);
    let ogg = media_file(&dir, "ogg", &input);
    let mp3 = media_file(&dir, "mp3", &input);
    // Left channel of the reference as float.
    let reference: Vec<f32> = input
        .iter()
        .step_by(2)
        .map(|s| *s as f32 / 32768.0)
        .collect();
    for file in [&ogg, &mp3] {
        let source = open_source(file);
        let out = dir.join("out.wav");
        let sink = wave_sink(&out, &source);
        play_to_end(&source, &sink, None);
        let (spec, samples) = read_wav_f32(&out);
        assert_eq!((spec.channels, spec.sample_rate), (2, RATE), "{file:?}");
        let left: Vec<f32> = samples.iter().step_by(2).copied().collect();
        let frames = left.len() as i64;
        assert!(
            (frames - reference.len() as i64).abs() < RATE as i64 / 10,
            "{file:?}: {frames} frames for {}",
            reference.len()
        );
        let snr = snr_db(&reference, &left);
        assert!(snr > 25.0, "{file:?}: SNR {snr:.1} dB");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn damaged_and_unknown_media_fail_as_documented() {
    let dir = scratch("bad");
    let flac = media_file(&dir, "flac", &signal(1.0));
    // A FLAC file cut in half plays what it has and ends.
    let bytes = std::fs::read(&flac).unwrap();
    let cut = dir.join("cut.flac");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let source = open_source(&cut);
    let out = dir.join("out.wav");
    let sink = wave_sink(&out, &source);
    play_to_end(&source, &sink, None);
    let (_, samples) = read_wav_i16(&out);
    assert!(!samples.is_empty() && samples.len() < signal(1.0).len());
    // Garbage after a valid header: decoding errors end the stream, no crash.
    let mut broken = bytes.clone();
    for b in broken.iter_mut().skip(200).step_by(7) {
        *b ^= 0x5a;
    }
    let broken_path = dir.join("broken.flac");
    std::fs::write(&broken_path, &broken).unwrap();
    if let Ok(source) = mf::source::MediaSource::open(&broken_path) {
        let out = dir.join("broken.wav");
        let sink = wave_sink(&out, &source);
        play_to_end(&source, &sink, None);
    }
    // The audio renderer on a machine without a sound card.
    let renderer = mf::sink::SinkActivate::audio_renderer();
    // SAFETY: plain COM call.
    let r = unsafe { renderer.ActivateObject::<IMFMediaSink>() };
    assert_eq!(r.unwrap_err().code(), MF_E_NO_AUDIO_PLAYBACK_DEVICE);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_loader_inserts_a_decoder_and_a_converter_for_a_sink_that_wants_another_format() {
    // D6: the MP3 stream is coded, so a decoder goes first; it gives float,
    // and the grabber takes 16-bit PCM only, so a converter follows.
    let dir = scratch("convert");
    let mp3 = media_file(&dir, "mp3", &signal(1.0));
    let source = open_source(&mp3);
    let (activate, grabbed) = grabber_activate(true);
    let (session, events) = create_session();
    let partial = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    let full = set_topology(&session, &events, 0, &partial, &mut seen);
    let full: IMFTopology = full.cast().unwrap();
    // SAFETY: plain COM calls.
    unsafe {
        assert_eq!(full.GetNodeCount().unwrap(), 4);
        let transforms: Vec<IMFTransform> = (0..4)
            .map(|i| full.GetNode(i).unwrap())
            .filter(|n| n.GetNodeType().unwrap() == MF_TOPOLOGY_TRANSFORM_NODE)
            .map(|n| n.GetObject().unwrap().cast().unwrap())
            .collect();
        assert_eq!(transforms.len(), 2);
        let subtypes: Vec<(GUID, GUID)> = transforms
            .iter()
            .map(|t| {
                let input = t.GetInputCurrentType(0).unwrap();
                let output = t.GetOutputCurrentType(0).unwrap();
                (
                    input.GetGUID(&MF_MT_SUBTYPE).unwrap(),
                    output.GetGUID(&MF_MT_SUBTYPE).unwrap(),
                )
            })
            .collect();
        assert!(
            subtypes.contains(&(MFAudioFormat_MP3, MFAudioFormat_Float)),
            "no MP3 decoder: {subtypes:?}"
        );
        assert!(
            subtypes.contains(&(MFAudioFormat_Float, MFAudioFormat_PCM)),
            "no converter: {subtypes:?}"
        );
        assert_eq!(
            partial.GetNodeCount().unwrap(),
            2,
            "the partial topology is left as it was"
        );
    }
    start(&session, None);
    wait_for(&events, MESessionEnded, Duration::from_secs(10), &mut seen);
    {
        let g = grabbed.lock().unwrap();
        let frames = g.bytes.len() / 4;
        assert!(
            (frames as i64 - RATE as i64).abs() < RATE as i64 / 10,
            "{frames} frames"
        );
        // 16-bit samples of a signal that peaks near 12 000.
        let peak = g
            .bytes
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]).unsigned_abs())
            .max()
            .unwrap();
        assert!((10_000..14_000).contains(&peak), "peak {peak}");
    }
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_topology_set_without_resolution_is_the_one_given() {
    // D5: NORESOLUTION: MESessionTopologySet carries the very object, and
    // the sink's type is left alone. D8: ClearTopologies keeps the current
    // topology.
    let (dir, source) = wav_source("noresolution", 0.5);
    let out = dir.join("out.wav");
    let sink = wave_sink(&out, &source);
    // SAFETY: plain COM calls.
    let stream_sink: IUnknown = unsafe { sink.GetStreamSinkByIndex(0) }
        .unwrap()
        .cast()
        .unwrap();
    let topology = topology(&source, &stream_sink);
    let (session, events) = create_session();
    let mut seen = Vec::new();
    let given = set_topology(
        &session,
        &events,
        MFSESSION_SETTOPOLOGY_NORESOLUTION as u32,
        &topology,
        &mut seen,
    );
    assert_eq!(
        given.as_raw(),
        topology.cast::<IUnknown>().unwrap().as_raw(),
        "D5: the same object"
    );
    // SAFETY: plain COM calls.
    unsafe { session.ClearTopologies().unwrap() };
    let cleared = wait_for(
        &events,
        MESessionTopologiesCleared,
        Duration::from_secs(1),
        &mut seen,
    );
    assert_eq!(cleared.status, HRESULT(0));
    // SAFETY: plain COM calls.
    let current = unsafe {
        session
            .GetFullTopology(MFSESSION_GETFULLTOPOLOGY_CURRENT as u32, TOPOID(0))
            .unwrap()
    };
    assert_eq!(
        current.cast::<IUnknown>().unwrap().as_raw(),
        topology.cast::<IUnknown>().unwrap().as_raw()
    );
    start(&session, None);
    wait_for(&events, MESessionEnded, Duration::from_secs(5), &mut seen);
    shut(&session, &source);
    let (_, samples) = read_wav_i16(&out);
    assert_eq!(samples, signal(0.5));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn clear_current_drops_the_current_topology_and_only_a_matching_one() {
    // MFSESSION_SETTOPOLOGY_CLEAR_CURRENT (SetTopology page): with another
    // topology nothing changes; with NULL the current one goes, and the
    // session has nothing to play.
    let (dir, source) = wav_source("clear", 0.5);
    let (activate, _g) = grabber_activate(true);
    let (session, events) = create_session();
    let topology = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    set_topology(&session, &events, 0, &topology, &mut seen);
    let other = mf::topology::Topology::create();
    let clear = MFSESSION_SETTOPOLOGY_CLEAR_CURRENT as u32;
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(clear, &other).unwrap() };
    wait_for(
        &events,
        MESessionTopologySet,
        Duration::from_secs(1),
        &mut seen,
    );
    let current = TOPOID(0);
    let flags = MFSESSION_GETFULLTOPOLOGY_CURRENT as u32;
    // SAFETY: plain COM calls.
    unsafe {
        assert!(session.GetFullTopology(flags, current).is_ok());
        session.SetTopology(clear, None).unwrap();
    }
    let set = wait_for(
        &events,
        MESessionTopologySet,
        Duration::from_secs(1),
        &mut seen,
    );
    assert_eq!(set.status, HRESULT(0));
    // SAFETY: plain COM calls.
    unsafe {
        assert_eq!(
            session.GetFullTopology(flags, current).unwrap_err().code(),
            MF_E_INVALIDREQUEST
        );
        assert_eq!(session.GetSessionCapabilities().unwrap(), 0);
        assert_eq!(session.SetTopology(0, None), mfplat::com::E_POINTER);
    }
    start(&session, None);
    let started = wait_for(&events, MESessionStarted, Duration::from_secs(1), &mut seen);
    assert_eq!(started.status, MF_E_INVALIDREQUEST);
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_rate_the_sinks_take_drives_the_clock_and_another_is_refused() {
    let (dir, source) = wav_source("rate", 3.0);
    let mut seen = Vec::new();
    let (session, events, grabbed) = grabbed_session(&source, false, &mut seen);
    let control: IMFRateControl = session.cast().unwrap();
    let support: IMFRateSupport = session.cast().unwrap();
    // SAFETY: plain COM calls.
    unsafe {
        // The grabber presents by the clock at any forward rate.
        assert_eq!(
            support.GetFastestRate(MFRATE_FORWARD, false).unwrap(),
            f32::MAX
        );
        assert_eq!(
            support
                .GetFastestRate(MFRATE_REVERSE, false)
                .map_err(|e| e.code()),
            Err(MF_E_UNSUPPORTED_RATE)
        );
        control.SetRate(false, 2.0).unwrap();
    }
    let changed = wait_for(
        &events,
        MESessionRateChanged,
        Duration::from_secs(1),
        &mut seen,
    );
    assert_eq!(
        (changed.status, changed.value),
        (HRESULT(0), Value::F32(2.0))
    );
    assert_eq!(
        grabbed.lock().unwrap().clock_events,
        ["rate"],
        "the sink was not told"
    );
    start(&session, None);
    wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    std::thread::sleep(Duration::from_millis(500));
    // Twice as fast: a second of presentation in half a second or more.
    let t = clock_time(&session);
    assert!(t >= SECOND * 9 / 10, "clock at {t} after 0.5 s at rate 2");
    assert!(
        grabbed
            .lock()
            .unwrap()
            .times
            .iter()
            .any(|(s, _)| *s >= SECOND * 3 / 4),
        "samples are not presented at the clock's rate"
    );
    // A reverse rate is refused, and the rate stays.
    // SAFETY: plain COM calls.
    unsafe { control.SetRate(false, -1.0).unwrap() };
    let refused = wait_for(
        &events,
        MESessionRateChanged,
        Duration::from_secs(1),
        &mut seen,
    );
    assert_eq!(refused.status, MF_E_UNSUPPORTED_RATE);
    let (mut thin, mut rate) = (windows_core::BOOL(1), 0.0f32);
    // SAFETY: valid out pointers.
    unsafe { control.GetRate(&mut thin, &mut rate).unwrap() };
    assert_eq!(rate, 2.0);
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    wait_for(&events, MESessionClosed, Duration::from_secs(2), &mut seen);
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_converter_changes_the_rate_and_the_channels_a_sink_asks_for() {
    // 44.1 kHz stereo into a grabber that takes 48 kHz mono 16-bit: the
    // loader's converter resamples and mixes down, as Windows' resampler.
    let seconds = 1.0;
    let (dir, source) = wav_source("resample", seconds);
    let wanted = AudioFormat {
        float: false,
        channels: 1,
        rate: 48_000,
        bits: 16,
    };
    let (callback, grabbed) = Grabber::create();
    let activate = mf::sink::SinkActivate::sample_grabber(wanted.media_type(), callback);
    // SAFETY: plain COM calls.
    unsafe {
        activate
            .SetUINT32(&MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, 1)
            .unwrap()
    };
    let (session, events) = create_session();
    let partial = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    let full: IMFTopology = set_topology(&session, &events, 0, &partial, &mut seen)
        .cast()
        .unwrap();
    // SAFETY: a plain COM call.
    assert_eq!(unsafe { full.GetNodeCount() }.unwrap(), 3);
    start(&session, None);
    wait_for(&events, MESessionEnded, Duration::from_secs(10), &mut seen);
    let got: Vec<f64> = grabbed
        .lock()
        .unwrap()
        .bytes
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]) as f64)
        .collect();
    let expected_frames = (seconds * 48_000.0) as i64;
    assert!(
        (got.len() as i64 - expected_frames).abs() <= 2,
        "{} frames at 48 kHz for {seconds} s",
        got.len()
    );
    // The mix of the two tones (the noise averages down).
    let want: Vec<f64> = (0..got.len())
        .map(|i| {
            let t = i as f64 / 48_000.0;
            let tone = |f: f64| (2.0 * std::f64::consts::PI * f * t).sin() * 12_000.0;
            (tone(440.0) + tone(660.0)) / 2.0
        })
        .collect();
    let inner = 64..got.len() - 64;
    let signal: f64 = want[inner.clone()].iter().map(|x| x * x).sum();
    let noise: f64 = inner.map(|i| (want[i] - got[i]).powi(2)).sum();
    let snr = 10.0 * (signal / noise).log10();
    assert!(snr > 40.0, "SNR {snr:.1} dB");
    // The times follow the output frames: the last sample ends at 1 s.
    {
        let g = grabbed.lock().unwrap();
        let (last, _) = g.times.last().copied().unwrap();
        assert!(last < SECOND && last > SECOND / 2, "last sample at {last}");
    }
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

/// A transform that takes any audio and fails on every sample, as a
/// decoder does on data it cannot decode.
struct FailingEngine;

const E_DAMAGED: HRESULT = HRESULT(0x8000_4321_u32 as i32);

impl mf::transform::Engine for FailingEngine {
    fn input_type(&self) -> Option<IMFMediaType> {
        Some(
            AudioFormat {
                float: false,
                channels: 2,
                rate: RATE,
                bits: 16,
            }
            .media_type(),
        )
    }
    fn output_type(&self) -> Option<IMFMediaType> {
        self.input_type()
    }
    fn ready(&self) -> bool {
        true
    }
    fn set_input(&mut self, _: Option<&IMFMediaType>, _: bool) -> windows_core::Result<()> {
        Ok(())
    }
    fn set_output(&mut self, _: Option<&IMFMediaType>, _: bool) -> windows_core::Result<()> {
        Ok(())
    }
    fn input_available(&self, _: u32) -> windows_core::Result<IMFMediaType> {
        Err(MF_E_NO_MORE_TYPES.into())
    }
    fn output_available(&self, _: u32) -> windows_core::Result<IMFMediaType> {
        Err(MF_E_NO_MORE_TYPES.into())
    }
    fn sizes(&self) -> (u32, u32) {
        (0, 0)
    }
    fn process(&mut self, _: &IMFSample) -> windows_core::Result<Option<IMFSample>> {
        Err(E_DAMAGED.into())
    }
    fn drain(&mut self) -> windows_core::Result<Option<IMFSample>> {
        Ok(None)
    }
    fn flush(&mut self) {}
}

#[test]
fn a_failing_transform_is_reported_in_meerror_and_the_presentation_still_ends() {
    let (dir, source) = wav_source("failing-transform", 0.5);
    let (activate, grabbed) = grabber_activate(true);
    let partial = topology(&source, &activate.cast::<IUnknown>().unwrap());
    // SAFETY: plain COM calls: source -> failing transform -> grabber.
    unsafe {
        let (src, out) = (partial.GetNode(0).unwrap(), partial.GetNode(1).unwrap());
        let node = mf::topology::TopologyNode::create(MF_TOPOLOGY_TRANSFORM_NODE).unwrap();
        let transform = mf::transform::Transform::create(Box::new(FailingEngine));
        node.SetObject(&transform).unwrap();
        partial.AddNode(&node).unwrap();
        src.ConnectOutput(0, &node, 0).unwrap();
        node.ConnectOutput(0, &out, 0).unwrap();
    }
    let (session, events) = create_session();
    let mut seen = Vec::new();
    set_topology(&session, &events, 0, &partial, &mut seen);
    start(&session, None);
    let error = wait_for(&events, MEError, Duration::from_secs(5), &mut seen);
    assert_eq!(error.status, E_DAMAGED);
    wait_for(&events, MESessionEnded, Duration::from_secs(10), &mut seen);
    assert!(
        grabbed.lock().unwrap().bytes.is_empty(),
        "nothing passed the transform"
    );
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn capability_changes_carry_the_new_flags_and_the_change_and_started_its_offset() {
    // H5: each MESessionCapabilitiesChanged (S_OK, VT_EMPTY) carries
    // MF_EVENT_SESSIONCAPS, the new flags, and MF_EVENT_SESSIONCAPS_DELTA,
    // old XOR new. E17: MESessionStarted is VT_EMPTY with
    // MF_EVENT_PRESENTATION_TIME_OFFSET.
    const START_SEEK: u32 = (MFSESSIONCAP_START | MFSESSIONCAP_SEEK) as u32;
    const PAUSE: u32 = MFSESSIONCAP_PAUSE as u32;
    let (dir, source) = wav_source("caps", 0.5);
    let (activate, _grabbed) = grabber_activate(true);
    let (session, events) = create_session();
    let partial = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    let mut caps = 0u32;
    let mut next_caps = |seen: &mut Vec<i32>| {
        let e = wait_for(
            &events,
            MESessionCapabilitiesChanged,
            Duration::from_secs(5),
            seen,
        );
        assert_eq!(e.status, HRESULT(0));
        assert!(matches!(e.value, Value::Empty), "{:?}", e.value);
        // SAFETY: plain COM calls on the event.
        let (new, delta) = unsafe {
            (
                e.event.GetUINT32(&MF_EVENT_SESSIONCAPS).unwrap(),
                e.event.GetUINT32(&MF_EVENT_SESSIONCAPS_DELTA).unwrap(),
            )
        };
        assert_eq!(delta, caps ^ new, "delta from {caps:#x} to {new:#x}");
        caps = new;
        new
    };
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &partial).unwrap() };
    let ready = next_caps(&mut seen);
    assert_eq!(ready & START_SEEK, START_SEEK);
    start(&session, None);
    assert_ne!(next_caps(&mut seen) & PAUSE, 0, "PAUSE once started");
    let started = wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    assert!(matches!(started.value, Value::Empty));
    // SAFETY: a plain COM call on the event.
    assert!(unsafe { started.event.GetUINT64(&MF_EVENT_PRESENTATION_TIME_OFFSET) }.is_ok());
    assert_eq!(next_caps(&mut seen) & PAUSE, 0, "no PAUSE at the end");
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    assert_eq!(next_caps(&mut seen) & START_SEEK, 0);
    wait_for(&events, MESessionClosed, Duration::from_secs(5), &mut seen);
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}

/// The kinds of the events queued within `time`, waiting that long.
fn events_within(generator: &IMFMediaEventGenerator, time: Duration) -> Vec<i32> {
    let deadline = std::time::Instant::now() + time;
    let mut kinds = Vec::new();
    while std::time::Instant::now() < deadline {
        // SAFETY: plain COM calls.
        match unsafe { generator.GetEvent(MF_EVENT_FLAG_NO_WAIT as u32) } {
            // SAFETY: as above.
            Ok(event) => kinds.push(unsafe { event.GetType() }.unwrap().0 as i32),
            Err(_) => std::thread::sleep(Duration::from_millis(1)),
        }
    }
    kinds
}

#[test]
fn a_topology_given_while_running_waits_unless_immediate() {
    // D10: the first topology becomes current at once: TopologyStatus
    // READY, carrying the topology.
    let (dir, source) = wav_source("d9", 3.0);
    let (activate, _grabbed) = grabber_activate(false);
    let (session, events) = create_session();
    let first = topology(&source, &activate.cast::<IUnknown>().unwrap());
    let mut seen = Vec::new();
    set_topology(&session, &events, 0, &first, &mut seen);
    let status = wait_for(
        &events,
        MESessionTopologyStatus,
        Duration::from_secs(5),
        &mut seen,
    );
    // SAFETY: a plain COM call on the event.
    let topo_status = unsafe { status.event.GetUINT32(&MF_EVENT_TOPOLOGY_STATUS) }.unwrap();
    assert_eq!(topo_status, MF_TOPOSTATUS_READY as u32);
    assert!(
        matches!(status.value, Value::Unknown(_)),
        "{:?}",
        status.value
    );
    start(&session, None);
    wait_for(&events, MESessionStarted, Duration::from_secs(5), &mut seen);
    // D9: while running, another topology waits for the current one.
    let second_wav = dir.join("second.wav");
    write_wav(&second_wav, &signal(0.5));
    let second_source = open_source(&second_wav);
    let (second_sink, _) = grabber_activate(true);
    let second = topology(&second_source, &second_sink.cast::<IUnknown>().unwrap());
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &second).unwrap() };
    let kinds = events_within(&events, Duration::from_millis(300));
    assert!(
        !kinds.contains(&MESessionTopologySet),
        "applied while running: {kinds:?}"
    );
    // With IMMEDIATE it replaces the current one at once.
    let third_wav = dir.join("third.wav");
    write_wav(&third_wav, &signal(0.5));
    let third_source = open_source(&third_wav);
    let (third_sink, _) = grabber_activate(true);
    let third = topology(&third_source, &third_sink.cast::<IUnknown>().unwrap());
    // SAFETY: plain COM calls.
    unsafe {
        session
            .SetTopology(MFSESSION_SETTOPOLOGY_IMMEDIATE as u32, &third)
            .unwrap()
    };
    let set = wait_for(
        &events,
        MESessionTopologySet,
        Duration::from_secs(2),
        &mut seen,
    );
    assert_eq!(set.status, HRESULT(0));
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    wait_for(&events, MESessionClosed, Duration::from_secs(5), &mut seen);
    // SAFETY: plain COM calls.
    unsafe {
        second_source.Shutdown().unwrap();
        third_source.Shutdown().unwrap();
    }
    shut(&session, &source);
    std::fs::remove_dir_all(dir).unwrap();
}
