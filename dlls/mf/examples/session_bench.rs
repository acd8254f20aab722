//! The Media Foundation benchmark (bench/mf.sh runs it; a benchmark, not a
//! test). In one run:
//! (a) decode-and-deliver throughput of each file through a Media Session
//!     into a sample grabber that ignores the clock, against the same decode
//!     with symphonia called directly and against `ffmpeg -f null`;
//! (b) the latency from Start, Pause and Stop calls to their events, p50
//!     and p99 over N cycles.
//! Usage: session_bench CYCLES FILE...

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mfplat::bindings::*;
use mfplat::guids::*;
use mfplat::propvariant::Value;
use symphonia::core::audio::GenericAudioBufferRef;
use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, TrackType};
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use windows_core::{GUID, IUnknown, Interface, implement};

#[implement(IMFSampleGrabberSinkCallback)]
struct Counter {
    bytes: Arc<AtomicU64>,
}

impl IMFClockStateSink_Impl for Counter_Impl {
    fn OnClockStart(&self, _: MFTIME, _: i64) -> windows_core::Result<()> {
        Ok(())
    }
    fn OnClockStop(&self, _: MFTIME) -> windows_core::Result<()> {
        Ok(())
    }
    fn OnClockPause(&self, _: MFTIME) -> windows_core::Result<()> {
        Ok(())
    }
    fn OnClockRestart(&self, _: MFTIME) -> windows_core::Result<()> {
        Ok(())
    }
    fn OnClockSetRate(&self, _: MFTIME, _: f32) -> windows_core::Result<()> {
        Ok(())
    }
}

impl IMFSampleGrabberSinkCallback_Impl for Counter_Impl {
    fn OnSetPresentationClock(
        &self,
        _: windows_core::Ref<IMFPresentationClock>,
    ) -> windows_core::Result<()> {
        Ok(())
    }
    fn OnProcessSample(
        &self,
        _: *const GUID,
        _: u32,
        _: i64,
        _: i64,
        _: *const u8,
        size: u32,
    ) -> windows_core::Result<()> {
        self.bytes.fetch_add(size as u64, Ordering::Relaxed);
        Ok(())
    }
    fn OnShutdown(&self) -> windows_core::Result<()> {
        Ok(())
    }
}

type Fail = Box<dyn std::error::Error>;

fn wait(events: &IMFMediaEventGenerator, kind: i32) -> Result<(), Fail> {
    loop {
        // SAFETY: a plain COM call.
        let e = unsafe { events.GetEvent(0) }?;
        // SAFETY: as above.
        if unsafe { e.GetType() }?.0 as i32 == kind {
            // SAFETY: as above.
            unsafe { e.GetStatus() }?.ok()?;
            return Ok(());
        }
    }
}

fn start(session: &IMFMediaSession, at: Option<i64>) -> Result<(), Fail> {
    let raw = at.map_or(Value::Empty, Value::I64).to_raw()?;
    // SAFETY: a plain COM call with a valid PROPVARIANT.
    unsafe { session.Start(&GUID::zeroed(), &raw) }.ok()?;
    Ok(())
}

/// A session playing `file` into a sample grabber; returns it set up and
/// ready, with the byte counter.
fn session_for(
    file: &str,
    ignore_clock: bool,
) -> Result<(IMFMediaSession, IMFMediaSource, Arc<AtomicU64>), Fail> {
    let source = mf::source::MediaSource::open(std::path::Path::new(file))?;
    let bytes = Arc::new(AtomicU64::new(0));
    let callback: IMFSampleGrabberSinkCallback = Counter {
        bytes: bytes.clone(),
    }
    .into();
    // The grabber takes the PCM or float the stream decodes to, so the
    // loader inserts the decoder, as for a player.
    // SAFETY: plain COM calls on live interfaces.
    let t = unsafe {
        let pd = source.CreatePresentationDescriptor()?;
        let mut selected = windows_core::BOOL(0);
        let mut sd = None;
        pd.GetStreamDescriptorByIndex(0, &mut selected, &mut sd)
            .ok()?;
        let coded = sd
            .ok_or("no stream")?
            .GetMediaTypeHandler()?
            .GetCurrentMediaType()?;
        mf::decoder::decoded_type(&coded)?
    };
    let activate = mf::sink::SinkActivate::sample_grabber(t, callback);
    let session = mf::session::MediaSession::create()?;
    let topology = mf::topology::Topology::create();
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        if ignore_clock {
            activate
                .SetUINT32(&MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, 1)
                .ok()?;
        }
        let pd = source.CreatePresentationDescriptor()?;
        let mut selected = windows_core::BOOL(0);
        let mut sd = None;
        pd.GetStreamDescriptorByIndex(0, &mut selected, &mut sd)
            .ok()?;
        let src = mf::topology::TopologyNode::create(MF_TOPOLOGY_SOURCESTREAM_NODE)?;
        src.SetUnknown(&MF_TOPONODE_SOURCE, &source).ok()?;
        src.SetUnknown(&MF_TOPONODE_PRESENTATION_DESCRIPTOR, &pd)
            .ok()?;
        let sd = sd.ok_or("no stream")?;
        src.SetUnknown(&MF_TOPONODE_STREAM_DESCRIPTOR, &sd).ok()?;
        let out = mf::topology::TopologyNode::create(MF_TOPOLOGY_OUTPUT_NODE)?;
        out.SetObject(&activate.cast::<IUnknown>()?).ok()?;
        topology.AddNode(&src).ok()?;
        topology.AddNode(&out).ok()?;
        src.ConnectOutput(0, &out, 0).ok()?;
        session.SetTopology(0, &topology).ok()?;
    }
    wait(&session.cast()?, MESessionTopologyStatus)?;
    Ok((session, source, bytes))
}

fn close(session: &IMFMediaSession, source: &IMFMediaSource) -> Result<(), Fail> {
    // SAFETY: plain COM calls on live interfaces.
    unsafe { session.Close() }.ok()?;
    wait(&session.cast()?, MESessionClosed)?;
    // SAFETY: as above.
    unsafe {
        source.Shutdown().ok()?;
        session.Shutdown().ok()?;
    }
    Ok(())
}

/// Seconds to play `file` to the end through a session; bytes delivered.
fn through_session(file: &str) -> Result<(f64, u64), Fail> {
    let (session, source, bytes) = session_for(file, true)?;
    let t = Instant::now();
    start(&session, None)?;
    wait(&session.cast()?, MESessionEnded)?;
    let secs = t.elapsed().as_secs_f64();
    close(&session, &source)?;
    Ok((secs, bytes.load(Ordering::Relaxed)))
}

/// The same decode with symphonia's own API: probe, decode every packet,
/// copy it out interleaved (what a player does).
fn direct(file: &str) -> Result<(f64, u64), Fail> {
    let t = Instant::now();
    let mss = MediaSourceStream::new(Box::new(std::fs::File::open(file)?), Default::default());
    let mut hint = Hint::new();
    if let Some(ext) = std::path::Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
    {
        hint.with_extension(ext);
    }
    let mut reader = symphonia::default::get_probe().probe(
        &hint,
        mss,
        FormatOptions::default(),
        MetadataOptions::default(),
    )?;
    let track = reader
        .default_track(TrackType::Audio)
        .ok_or("no audio track")?;
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .ok_or("no audio")?
        .clone();
    let id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &AudioDecoderOptions::default())?;
    let mut out = Vec::new();
    let mut total = 0u64;
    while let Some(packet) = reader.next_packet()? {
        if packet.track_id != id {
            continue;
        }
        let decoded = decoder.decode(&packet)?;
        out.clear();
        // The session's output format: 16-bit PCM for the 16-bit FLAC,
        // float for MP3.
        match decoded {
            GenericAudioBufferRef::F32(_) => decoded.copy_bytes_to_vec_interleaved(&mut out),
            _ => decoded.copy_bytes_to_vec_interleaved_as::<i16>(&mut out),
        }
        total += out.len() as u64;
    }
    Ok((t.elapsed().as_secs_f64(), total))
}

/// The source's own decoding (mf::demux) without the session: where the
/// session's overhead is not.
fn demuxer_only(file: &str) -> Result<f64, Fail> {
    let t = Instant::now();
    let mut d = mf::demux::Demuxer::open(std::path::Path::new(file)).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    loop {
        out.clear();
        if d.append_next(&mut out)
            .map_err(|e| e.to_string())?
            .is_none()
        {
            break;
        }
    }
    Ok(t.elapsed().as_secs_f64())
}

fn ffmpeg(file: &str) -> Result<f64, Fail> {
    let t = Instant::now();
    let status = std::process::Command::new("ffmpeg")
        .args([
            "-v", "error", "-threads", "1", "-i", file, "-f", "null", "-",
        ])
        .status()?;
    if !status.success() {
        return Err("ffmpeg failed".into());
    }
    Ok(t.elapsed().as_secs_f64())
}

const ROUNDS: usize = 7;

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

/// (b): Start, Pause and Stop against a clocked grabber, each timed from
/// the call to its event.
fn latency(file: &str, cycles: usize) -> Result<(), Fail> {
    let (session, source, _) = session_for(file, false)?;
    let events: IMFMediaEventGenerator = session.cast()?;
    let times = Mutex::new([Vec::new(), Vec::new(), Vec::new()]);
    let timed = |slot: usize, call: &dyn Fn() -> Result<(), Fail>, kind: i32| {
        let t = Instant::now();
        call()?;
        wait(&events, kind)?;
        if let Ok(mut v) = times.lock() {
            v[slot].push(t.elapsed());
        }
        Ok::<(), Fail>(())
    };
    for _ in 0..cycles {
        timed(0, &|| start(&session, None), MESessionStarted)?;
        // SAFETY: plain COM calls on a live interface.
        timed(1, &|| Ok(unsafe { session.Pause() }.ok()?), MESessionPaused)?;
        // SAFETY: as above.
        timed(2, &|| Ok(unsafe { session.Stop() }.ok()?), MESessionStopped)?;
    }
    close(&session, &source)?;
    let mut times = times.into_inner().map_err(|_| "poisoned")?;
    for (name, v) in ["Start", "Pause", "Stop"].iter().zip(times.iter_mut()) {
        v.sort();
        println!(
            "latency {name}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} calls",
            percentile(v, 0.5),
            percentile(v, 0.99),
            percentile(v, 1.0),
            v.len()
        );
    }
    Ok(())
}

fn main() -> Result<(), Fail> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cycles, files) = args
        .split_first()
        .ok_or("usage: session_bench CYCLES FILE...")?;
    let cycles: usize = cycles.parse()?;
    for file in files {
        // Interleaved rounds, so that the machine's drift hits all three
        // alike; the minimum and the median of each are reported.
        let mut times = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
        let mut delivered = (0, 0);
        for _ in 0..ROUNDS {
            let (s, b) = through_session(file)?;
            times[0].push(s);
            delivered.0 = b;
            let (d, b) = direct(file)?;
            times[1].push(d);
            delivered.1 = b;
            times[2].push(ffmpeg(file)?);
            times[3].push(demuxer_only(file)?);
        }
        for t in times.iter_mut() {
            t.sort_by(f64::total_cmp);
        }
        let min = |i: usize| times[i][0];
        let median = |i: usize| times[i][ROUNDS / 2];
        println!(
            "{file}: min session {:.3} s, symphonia direct {:.3} s, ffmpeg {:.3} s, \
             the source's demuxer alone {:.3} s; \
             session/direct {:.3}, session/ffmpeg {:.3} (medians: {:.3}, {:.3}); bytes {} vs {}",
            min(0),
            min(1),
            min(2),
            min(3),
            min(0) / min(1),
            min(0) / min(2),
            median(0) / median(1),
            median(0) / median(2),
            delivered.0,
            delivered.1
        );
    }
    latency(files.first().ok_or("no file")?, cycles)
}
