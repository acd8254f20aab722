//! Shared by the playback tests: signals, topologies and event waits, all
//! through the public COM API.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mfplat::bindings::*;
use mfplat::guids::*;
use mfplat::propvariant::Value;
use windows_core::{GUID, HRESULT, IUnknown, Interface};

pub const RATE: u32 = 44_100;

/// A per-test scratch directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mf-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A two-channel 16-bit signal: a 440 Hz tone left, a 660 Hz tone right,
/// with a little noise so that every bit matters.
pub fn signal(seconds: f64) -> Vec<i16> {
    let frames = (seconds * RATE as f64) as usize;
    let mut seed = 0x1234_5678u32;
    let mut out = Vec::with_capacity(frames * 2);
    for i in 0..frames {
        let t = i as f64 / RATE as f64;
        for f in [440.0, 660.0] {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let noise = (seed >> 16) as i32 % 64 - 32;
            let v = (f64::sin(2.0 * std::f64::consts::PI * f * t) * 12_000.0) as i32 + noise;
            out.push(v as i16);
        }
    }
    out
}

pub fn write_wav(path: &Path, samples: &[i16]) {
    let spec = hound::WavSpec {
        channels: 2,
        sample_rate: RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    for s in samples {
        w.write_sample(*s).unwrap();
    }
    w.finalize().unwrap();
}

/// `samples` as a file of `kind` ("wav", "flac", "ogg" or "mp3") in `dir`,
/// made with Debian's encoders (scripts/test.sh installs them).
pub fn media_file(dir: &Path, kind: &str, samples: &[i16]) -> PathBuf {
    let wav = dir.join("in.wav");
    write_wav(&wav, samples);
    let out = dir.join(format!("in.{kind}"));
    let (o, w) = (out.to_str().unwrap(), wav.to_str().unwrap());
    match kind {
        "wav" => return wav,
        "flac" => encode("flac", &["-8", "-f", "-s", "-o", o, w]),
        "ogg" => encode("oggenc", &["-Q", "-q", "6", "-o", o, w]),
        "mp3" => encode("lame", &["--quiet", "-b", "256", w, o]),
        _ => panic!("no encoder for {kind}"),
    }
    out
}

fn encode(program: &str, args: &[&str]) {
    let status = std::process::Command::new(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("{program} is needed (scripts/test.sh installs it): {e}"));
    assert!(status.success(), "{program} {args:?} failed");
}

pub fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub fn open_source(path: &Path) -> IMFMediaSource {
    let resolver = mf::source::SourceResolver::create();
    let url = wide(path.to_str().unwrap());
    let mut kind = MF_OBJECT_INVALID;
    let mut object = None;
    // SAFETY: valid arguments.
    unsafe {
        resolver
            .CreateObjectFromURL(
                windows_core::PCWSTR(url.as_ptr()),
                MF_RESOLUTION_MEDIASOURCE as u32,
                None,
                &mut kind,
                &mut object,
            )
            .unwrap();
    }
    assert_eq!(kind, MF_OBJECT_MEDIASOURCE);
    object.unwrap().cast().unwrap()
}

/// The playback tutorial's topology: one source node per stream, each
/// connected to an output node holding `sink`.
pub fn topology(source: &IMFMediaSource, sink: &IUnknown) -> IMFTopology {
    let topology = mf::topology::Topology::create();
    // SAFETY: plain COM calls.
    unsafe {
        let pd = source.CreatePresentationDescriptor().unwrap();
        let mut selected = windows_core::BOOL(0);
        let mut sd = None;
        pd.GetStreamDescriptorByIndex(0, &mut selected, &mut sd)
            .unwrap();
        let sd = sd.unwrap();
        let src = mf::topology::TopologyNode::create(MF_TOPOLOGY_SOURCESTREAM_NODE).unwrap();
        src.SetUnknown(&MF_TOPONODE_SOURCE, source).unwrap();
        src.SetUnknown(&MF_TOPONODE_PRESENTATION_DESCRIPTOR, &pd)
            .unwrap();
        src.SetUnknown(&MF_TOPONODE_STREAM_DESCRIPTOR, &sd).unwrap();
        let out = mf::topology::TopologyNode::create(MF_TOPOLOGY_OUTPUT_NODE).unwrap();
        out.SetObject(sink).unwrap();
        topology.AddNode(&src).unwrap();
        topology.AddNode(&out).unwrap();
        src.ConnectOutput(0, &out, 0).unwrap();
    }
    topology
}

pub struct Event {
    pub kind: i32,
    pub status: HRESULT,
    pub value: Value,
    pub event: IMFMediaEvent,
}

/// Every event until `kind` (returned), or a panic after `timeout`.
pub fn wait_for(
    generator: &IMFMediaEventGenerator,
    kind: i32,
    timeout: Duration,
    seen: &mut Vec<i32>,
) -> Event {
    let deadline = Instant::now() + timeout;
    loop {
        // SAFETY: plain COM calls.
        match unsafe { generator.GetEvent(MF_EVENT_FLAG_NO_WAIT as u32) } {
            Ok(event) => {
                // SAFETY: as above.
                let (k, status, mut raw) = unsafe {
                    (
                        event.GetType().unwrap().0 as i32,
                        event.GetStatus().unwrap(),
                        event.GetValue().unwrap(),
                    )
                };
                // SAFETY: `raw` came from GetValue.
                let value = unsafe { Value::from_raw(&raw) }.unwrap();
                // SAFETY: as above.
                unsafe { mfplat::propvariant::clear(&mut raw) };
                seen.push(k);
                if k == kind {
                    return Event {
                        kind: k,
                        status,
                        value,
                        event,
                    };
                }
            }
            Err(e) if e.code() == MF_E_NO_EVENTS_AVAILABLE => {
                assert!(
                    Instant::now() < deadline,
                    "no event {kind} within {timeout:?}; saw {seen:?}"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
            Err(e) => panic!("GetEvent: {e}"),
        }
    }
}

pub fn start(session: &IMFMediaSession, position: Option<i64>) {
    let raw = position.map_or(Value::Empty, Value::I64).to_raw().unwrap();
    // SAFETY: plain COM call with a valid PROPVARIANT.
    unsafe { session.Start(&GUID::zeroed(), &raw).unwrap() };
}

/// Reads a WAVE file's samples as 16-bit integers.
pub fn read_wav_i16(path: &Path) -> (hound::WavSpec, Vec<i16>) {
    let mut r = hound::WavReader::open(path).unwrap();
    let spec = r.spec();
    (spec, r.samples::<i16>().map(|s| s.unwrap()).collect())
}

pub fn read_wav_f32(path: &Path) -> (hound::WavSpec, Vec<f32>) {
    let mut r = hound::WavReader::open(path).unwrap();
    let spec = r.spec();
    (spec, r.samples::<f32>().map(|s| s.unwrap()).collect())
}

pub fn wave_sink(path: &Path, source: &IMFMediaSource) -> IMFMediaSink {
    let stream = mfplat::bytestream::FileByteStream::open(
        MF_ACCESSMODE_WRITE,
        MF_OPENMODE_DELETE_IF_EXIST,
        path,
    )
    .unwrap();
    // SAFETY: plain COM calls.
    let t = unsafe {
        let pd = source.CreatePresentationDescriptor().unwrap();
        let mut selected = windows_core::BOOL(0);
        let mut sd = None;
        pd.GetStreamDescriptorByIndex(0, &mut selected, &mut sd)
            .unwrap();
        sd.unwrap()
            .GetMediaTypeHandler()
            .unwrap()
            .GetCurrentMediaType()
            .unwrap()
    };
    // A coded stream's type is no WAVE format: the sink takes what the
    // loader's decoder gives.
    let pcm = mf::decoder::decoded_type(&t).unwrap();
    mf::sink::create_wave_sink(stream, &pcm).unwrap()
}

/// Plays `source` into `sink` from `position` (100 ns; None: the start)
/// to the end, closes and shuts everything down; returns the session's
/// events in order.
pub fn play_to_end(
    source: &IMFMediaSource,
    sink: &IMFMediaSink,
    position: Option<i64>,
) -> Vec<i32> {
    let session = mf::session::MediaSession::create().unwrap();
    let generator: IMFMediaEventGenerator = session.cast().unwrap();
    // SAFETY: plain COM calls.
    let stream_sink: IUnknown = unsafe { sink.GetStreamSinkByIndex(0) }
        .unwrap()
        .cast()
        .unwrap();
    let topology = topology(source, &stream_sink);
    let mut seen = Vec::new();
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(0, &topology).unwrap() };
    let set = wait_for(
        &generator,
        MESessionTopologySet,
        Duration::from_secs(5),
        &mut seen,
    );
    assert_eq!(set.status, HRESULT(0));
    start(&session, position);
    let started = wait_for(
        &generator,
        MESessionStarted,
        Duration::from_secs(5),
        &mut seen,
    );
    assert_eq!(started.status, HRESULT(0));
    let ended = wait_for(
        &generator,
        MESessionEnded,
        Duration::from_secs(60),
        &mut seen,
    );
    assert_eq!(ended.status, HRESULT(0));
    // SAFETY: plain COM calls.
    unsafe { session.Close().unwrap() };
    let closed = wait_for(
        &generator,
        MESessionClosed,
        Duration::from_secs(5),
        &mut seen,
    );
    assert_eq!(closed.status, HRESULT(0));
    // SAFETY: plain COM calls.
    unsafe {
        source.Shutdown().unwrap();
        session.Shutdown().unwrap();
    }
    seen
}

/// What a sample grabber received, and the clock times at which it did.
#[derive(Default)]
pub struct Grabbed {
    pub bytes: Vec<u8>,
    /// (sample time, clock time when delivered) per sample.
    pub times: Vec<(i64, Option<i64>)>,
    pub clock_events: Vec<&'static str>,
    pub shut_down: bool,
}

#[windows_core::implement(IMFSampleGrabberSinkCallback)]
pub struct Grabber {
    pub seen: std::sync::Arc<std::sync::Mutex<Grabbed>>,
    clock: std::sync::Mutex<Option<mfplat::com::Agile<IMFPresentationClock>>>,
}

impl Grabber {
    pub fn create() -> (
        IMFSampleGrabberSinkCallback,
        std::sync::Arc<std::sync::Mutex<Grabbed>>,
    ) {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Grabbed::default()));
        let g = Grabber {
            seen: seen.clone(),
            clock: std::sync::Mutex::new(None),
        };
        (g.into(), seen)
    }
}

impl IMFClockStateSink_Impl for Grabber_Impl {
    fn OnClockStart(&self, _t: MFTIME, _o: i64) -> windows_core::Result<()> {
        self.seen.lock().unwrap().clock_events.push("start");
        Ok(())
    }
    fn OnClockStop(&self, _t: MFTIME) -> windows_core::Result<()> {
        self.seen.lock().unwrap().clock_events.push("stop");
        Ok(())
    }
    fn OnClockPause(&self, _t: MFTIME) -> windows_core::Result<()> {
        self.seen.lock().unwrap().clock_events.push("pause");
        Ok(())
    }
    fn OnClockRestart(&self, _t: MFTIME) -> windows_core::Result<()> {
        self.seen.lock().unwrap().clock_events.push("restart");
        Ok(())
    }
    fn OnClockSetRate(&self, _t: MFTIME, _r: f32) -> windows_core::Result<()> {
        self.seen.lock().unwrap().clock_events.push("rate");
        Ok(())
    }
}

impl IMFSampleGrabberSinkCallback_Impl for Grabber_Impl {
    fn OnSetPresentationClock(
        &self,
        clock: windows_core::Ref<IMFPresentationClock>,
    ) -> windows_core::Result<()> {
        *self.clock.lock().unwrap() = clock.cloned().map(mfplat::com::Agile);
        Ok(())
    }
    fn OnProcessSample(
        &self,
        _major: *const GUID,
        _flags: u32,
        time: i64,
        _duration: i64,
        buffer: *const u8,
        size: u32,
    ) -> windows_core::Result<()> {
        let now = self
            .clock
            .lock()
            .unwrap()
            .as_ref()
            // SAFETY: a plain COM call.
            .and_then(|c| unsafe { c.0.GetTime() }.ok().map(|t| t.0));
        // SAFETY: the sink passes `size` readable bytes.
        let bytes = unsafe { std::slice::from_raw_parts(buffer, size as usize) };
        let mut seen = self.seen.lock().unwrap();
        seen.bytes.extend_from_slice(bytes);
        seen.times.push((time, now));
        Ok(())
    }
    fn OnShutdown(&self) -> windows_core::Result<()> {
        self.seen.lock().unwrap().shut_down = true;
        // The clock refers to the sink; let it go.
        self.clock.lock().unwrap().take();
        Ok(())
    }
}

/// A sample-grabber activation object for 16-bit PCM audio, optionally
/// ignoring the clock.
pub fn grabber_activate(
    ignore_clock: bool,
) -> (IMFActivate, std::sync::Arc<std::sync::Mutex<Grabbed>>) {
    let (callback, seen) = Grabber::create();
    let t = mfplat::media_type::MediaType::create();
    // SAFETY: plain COM calls.
    unsafe {
        t.SetGUID(&MF_MT_MAJOR_TYPE, &MFMediaType_Audio).unwrap();
        t.SetGUID(&MF_MT_SUBTYPE, &MFAudioFormat_PCM).unwrap();
    }
    let activate = mf::sink::SinkActivate::sample_grabber(t, callback);
    if ignore_clock {
        // SAFETY: as above.
        unsafe {
            activate
                .SetUINT32(&MF_SAMPLEGRABBERSINK_IGNORE_CLOCK, 1)
                .unwrap()
        };
    }
    (activate, seen)
}

pub fn create_session() -> (IMFMediaSession, IMFMediaEventGenerator) {
    let session = mf::session::MediaSession::create().unwrap();
    let generator = session.cast().unwrap();
    (session, generator)
}

pub fn clock_time(session: &IMFMediaSession) -> i64 {
    // SAFETY: plain COM calls.
    unsafe {
        let clock: IMFPresentationClock = session.GetClock().unwrap().cast().unwrap();
        clock.GetTime().unwrap().0
    }
}

/// SetTopology, then its MESessionTopologySet (S_OK): the topology it
/// carries.
pub fn set_topology(
    session: &IMFMediaSession,
    events: &IMFMediaEventGenerator,
    flags: u32,
    topology: &IMFTopology,
    seen: &mut Vec<i32>,
) -> IUnknown {
    // SAFETY: plain COM calls.
    unsafe { session.SetTopology(flags, topology).unwrap() };
    let set = wait_for(events, MESessionTopologySet, Duration::from_secs(5), seen);
    assert_eq!(set.status, HRESULT(0));
    match set.value {
        Value::Unknown(t) => t,
        other => panic!("MESessionTopologySet carries {other:?}"),
    }
}
