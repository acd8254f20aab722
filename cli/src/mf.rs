//! `winsession mf`: play a media file through the Media Session, or say
//! what is in it, over the mf crate's public API (the same COM objects C
//! programs get from MFCreateMediaSession and MFCreateSourceResolver).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Subcommand;
use mfplat::bindings::{
    IMFActivate, IMFMediaEventGenerator, IMFMediaSession, IMFMediaSink, IMFMediaSource,
    IMFPresentationDescriptor, IMFStreamDescriptor, MESessionClosed, MESessionEnded,
    MESessionStarted, MESessionStopped, MF_ACCESSMODE_WRITE, MF_E_NO_EVENTS_AVAILABLE,
    MF_EVENT_FLAG_NO_WAIT, MF_OBJECT_INVALID, MF_OPENMODE_DELETE_IF_EXIST,
    MF_RESOLUTION_MEDIASOURCE,
};
use mfplat::com::Agile;
use mfplat::guids::{MF_PD_DURATION, MF_TOPONODE_PRESENTATION_DESCRIPTOR, MF_TOPONODE_SOURCE};
use mfplat::media_type::AudioFormat;
use mfplat::propvariant::Value;
use win32::sync::lock;
use windows_core::{GUID, HRESULT, IUnknown, Interface};

#[derive(Subcommand)]
pub enum Command {
    /// Play a media file: to the sound card, or into a WAVE file with --out.
    Play {
        file: PathBuf,
        /// Write the decoded audio to this WAVE file instead of playing it.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Start this many seconds into the file.
        #[arg(long)]
        start: Option<f64>,
    },
    /// Show the streams, formats and duration of a media file.
    Probe { file: PathBuf },
}

pub fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Play { file, out, start } => play(&file, out.as_deref(), start),
        Command::Probe { file } => probe(&file),
    }
}

fn hr_text(what: &str, e: &windows_core::Error) -> String {
    format!(
        "{what}: {} (0x{:08X})",
        describe(e.code()),
        e.code().0 as u32
    )
}

/// Names for the HRESULTs a user meets here.
fn describe(hr: HRESULT) -> &'static str {
    use mfplat::bindings::*;
    match hr {
        h if h == MF_E_UNSUPPORTED_BYTESTREAM_TYPE => "not a media file this build can read",
        h if h == MF_E_UNSUPPORTED_FORMAT => "no decoder for this audio",
        h if h == MF_E_INVALID_FORMAT => "the file is damaged",
        h if h == MF_E_UNSUPPORTED_SCHEME => "only files can be played",
        h if h == MF_E_NO_AUDIO_PLAYBACK_DEVICE => "no audio playback device (use --out FILE.wav)",
        h if h == MF_E_INVALID_POSITION => "the start position is past the end",
        h if h.0 as u32 == 0x8007_0002 => "no such file",
        h if h.0 as u32 == 0x8007_0005 => "access denied",
        _ => "failed",
    }
}

fn open_source(file: &Path) -> Result<IMFMediaSource, String> {
    let resolver = mf::source::SourceResolver::create();
    let url: Vec<u16> = file
        .as_os_str()
        .to_string_lossy()
        .encode_utf16()
        .chain(Some(0))
        .collect();
    let mut kind = MF_OBJECT_INVALID;
    let mut object: Option<IUnknown> = None;
    // SAFETY: a plain COM call with valid out-pointers and a NUL-terminated URL.
    unsafe {
        resolver.CreateObjectFromURL(
            windows_core::PCWSTR(url.as_ptr()),
            MF_RESOLUTION_MEDIASOURCE as u32,
            None,
            &mut kind,
            &mut object,
        )
    }
    .ok()
    .map_err(|e| hr_text(&file.display().to_string(), &e))?;
    object
        .ok_or("the resolver gave no source")?
        .cast()
        .map_err(|e| e.to_string())
}

/// The presentation, its first stream and that stream's audio format.
fn first_stream(
    source: &IMFMediaSource,
) -> Result<(IMFPresentationDescriptor, IMFStreamDescriptor, AudioFormat), String> {
    let err = |e: windows_core::Error| e.to_string();
    // SAFETY: plain COM calls on live interfaces with valid out-pointers.
    unsafe {
        let pd = source.CreatePresentationDescriptor().map_err(err)?;
        let mut selected = windows_core::BOOL(0);
        let mut sd = None;
        pd.GetStreamDescriptorByIndex(0, &mut selected, &mut sd)
            .ok()
            .map_err(err)?;
        let sd = sd.ok_or("no stream")?;
        let t = sd
            .GetMediaTypeHandler()
            .and_then(|h| h.GetCurrentMediaType())
            .map_err(err)?;
        // A coded stream reaches its sink as its decoder's output.
        let decoded = mf::decoder::decoded_type(&t).map_err(err)?;
        let format = AudioFormat::from_media_type(&decoded).map_err(err)?;
        Ok((pd, sd, format))
    }
}

fn duration(pd: &IMFPresentationDescriptor) -> Option<i64> {
    // SAFETY: a plain COM call on a live interface.
    unsafe { pd.GetUINT64(&MF_PD_DURATION) }
        .ok()
        .map(|d| d as i64)
}

fn seconds(hns: i64) -> String {
    let s = hns.max(0) as f64 / 1e7;
    format!("{}:{:06.3}", (s / 60.0) as u64, s % 60.0)
}

fn probe(file: &Path) -> Result<(), String> {
    let source = open_source(file)?;
    let result = (|| {
        let (pd, sd, format) = first_stream(&source)?;
        // SAFETY: plain COM calls on live interfaces.
        let subtype = unsafe {
            sd.GetMediaTypeHandler()
                .and_then(|h| h.GetCurrentMediaType())
                .and_then(|t| t.GetGUID(&mfplat::bindings::MF_MT_SUBTYPE))
        }
        .map_err(|e| e.to_string())?;
        let codec = mf::demux::Demuxer::open(file)
            .map(|d| d.info().codec.clone())
            .unwrap_or_else(|_| "unknown".into());
        // SAFETY: a plain COM call on a live interface.
        let count = unsafe { pd.GetStreamDescriptorCount() }.map_err(|e| e.to_string())?;
        println!("file:     {}", file.display());
        println!("streams:  {count} (the first is the audio one played)");
        println!("codec:    {codec}");
        let name = mf::decoder::subtype_name(&subtype)
            .map_or_else(|| format!("{subtype:?}"), str::to_string);
        let decoded = [
            mfplat::guids::MFAudioFormat_PCM,
            mfplat::guids::MFAudioFormat_Float,
        ];
        if decoded.contains(&subtype) {
            println!("type:     {name}");
        } else {
            println!("type:     {name} (coded: the topology loader inserts a decoder)");
        }
        println!(
            "decodes:  {} {} Hz, {} channel(s), {}-bit",
            if format.float { "float" } else { "PCM" },
            format.rate,
            format.channels,
            format.bits
        );
        match duration(&pd) {
            Some(d) => println!("duration: {} ({d} x 100 ns)", seconds(d)),
            None => println!("duration: unknown"),
        }
        Ok(())
    })();
    // SAFETY: a plain COM call on a live interface.
    let _ = unsafe { source.Shutdown() };
    result
}

/// The sink: a WAVE file, or the audio renderer.
fn make_sink(out: Option<&Path>, sd: &IMFStreamDescriptor) -> Result<IUnknown, String> {
    let err = |e: windows_core::Error| e.to_string();
    match out {
        Some(path) => {
            let stream = mfplat::bytestream::FileByteStream::open(
                MF_ACCESSMODE_WRITE,
                MF_OPENMODE_DELETE_IF_EXIST,
                path,
            )
            .map_err(|e| hr_text(&path.display().to_string(), &e))?;
            // SAFETY: plain COM calls on live interfaces.
            let t = unsafe {
                sd.GetMediaTypeHandler()
                    .and_then(|h| h.GetCurrentMediaType())
            }
            .and_then(|t| mf::decoder::decoded_type(&t))
            .map_err(err)?;
            let sink: IMFMediaSink = mf::sink::create_wave_sink(stream, &t).map_err(err)?;
            // SAFETY: as above.
            let stream_sink = unsafe { sink.GetStreamSinkByIndex(0) }.map_err(err)?;
            stream_sink.cast().map_err(err)
        }
        None => {
            let activate: IMFActivate = mf::sink::SinkActivate::audio_renderer();
            // Activated here, not by the topology loader, so that a missing
            // device is reported before anything starts.
            // SAFETY: a plain COM call on a live interface.
            unsafe { activate.ActivateObject::<IMFMediaSink>() }
                .map_err(|e| hr_text("audio output", &e))?;
            activate.cast().map_err(err)
        }
    }
}

/// Ctrl-C or SIGTERM: the session, once there is one, is stopped; the
/// event loop then closes it and everything shuts down in order.
#[derive(Clone, Default)]
struct Interrupt {
    seen: Arc<AtomicBool>,
    session: Arc<Mutex<Option<Agile<IMFMediaSession>>>>,
}

impl Interrupt {
    /// Installed before any Media Foundation thread exists, so that every
    /// thread blocks the signals and only the waiting one takes them.
    fn install() -> Result<Interrupt, String> {
        let me = Interrupt::default();
        let handler = me.clone();
        crate::signals::on_interrupt(move || {
            handler.seen.store(true, Ordering::SeqCst);
            handler.stop();
        })?;
        Ok(me)
    }

    fn watch(&self, session: &IMFMediaSession) {
        *lock(&self.session) = Some(Agile(session.clone()));
        if self.seen.load(Ordering::SeqCst) {
            self.stop();
        }
    }

    fn stop(&self) {
        if let Some(session) = lock(&self.session).take() {
            // SAFETY: a plain COM call on a live interface.
            let _ = unsafe { session.into_inner().Stop() };
        }
    }
}

fn play(file: &Path, out: Option<&Path>, start: Option<f64>) -> Result<(), String> {
    let interrupt = Interrupt::install()?;
    let source = open_source(file)?;
    let session = match mf::session::MediaSession::create() {
        Ok(s) => s,
        Err(e) => {
            // SAFETY: a plain COM call on a live interface.
            let _ = unsafe { source.Shutdown() };
            return Err(e.to_string());
        }
    };
    let result = play_through(&session, &source, file, out, start, &interrupt);
    // Shutdown in the documented order: the source, then the session (F15).
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        let _ = source.Shutdown();
        let _ = session.Shutdown();
    }
    result
}

fn play_through(
    session: &IMFMediaSession,
    source: &IMFMediaSource,
    file: &Path,
    out: Option<&Path>,
    start: Option<f64>,
    interrupt: &Interrupt,
) -> Result<(), String> {
    let err = |e: windows_core::Error| e.to_string();
    let (pd, sd, format) = first_stream(source)?;
    let total = duration(&pd);
    let sink = make_sink(out, &sd)?;
    let topology = mf::topology::Topology::create();
    // SAFETY: plain COM calls on live interfaces.
    unsafe {
        let src =
            mf::topology::TopologyNode::create(mfplat::bindings::MF_TOPOLOGY_SOURCESTREAM_NODE)
                .map_err(err)?;
        src.SetUnknown(&MF_TOPONODE_SOURCE, source)
            .ok()
            .map_err(err)?;
        src.SetUnknown(&MF_TOPONODE_PRESENTATION_DESCRIPTOR, &pd)
            .ok()
            .map_err(err)?;
        src.SetUnknown(&mfplat::guids::MF_TOPONODE_STREAM_DESCRIPTOR, &sd)
            .ok()
            .map_err(err)?;
        let node = mf::topology::TopologyNode::create(mfplat::bindings::MF_TOPOLOGY_OUTPUT_NODE)
            .map_err(err)?;
        node.SetObject(&sink).ok().map_err(err)?;
        topology.AddNode(&src).ok().map_err(err)?;
        topology.AddNode(&node).ok().map_err(err)?;
        src.ConnectOutput(0, &node, 0).ok().map_err(err)?;
        session.SetTopology(0, &topology).ok().map_err(err)?;
    }
    let position = match start {
        Some(s) if s.is_finite() => Value::I64((s * 1e7) as i64),
        Some(_) => return Err("--start takes a number of seconds".into()),
        None => Value::Empty,
    };
    let raw = position.to_raw().map_err(err)?;
    // SAFETY: a plain COM call with a valid PROPVARIANT.
    unsafe { session.Start(&GUID::zeroed(), &raw) }
        .ok()
        .map_err(err)?;

    interrupt.watch(session);

    let events: IMFMediaEventGenerator = session.cast().map_err(err)?;
    let progress = std::io::stderr().is_terminal();
    let start_hns = match position {
        Value::I64(p) => p,
        _ => 0,
    };
    let mut failure = None;
    let mut closing = false;
    loop {
        // SAFETY: a plain COM call on a live interface.
        match unsafe { events.GetEvent(MF_EVENT_FLAG_NO_WAIT as u32) } {
            Ok(event) => {
                // SAFETY: plain COM calls on a live interface.
                let (kind, status) = unsafe {
                    (
                        event.GetType().map(|t| t.0 as i32).unwrap_or(0),
                        event.GetStatus().unwrap_or(HRESULT(0)),
                    )
                };
                if status.is_err() && failure.is_none() && kind != MESessionClosed {
                    failure = Some(hr_text("playback", &status.into()));
                }
                let done = kind == MESessionEnded
                    || kind == MESessionStopped
                    || (kind == MESessionStarted && status.is_err());
                if done && !closing {
                    closing = true;
                    // SAFETY: a plain COM call on a live interface.
                    unsafe { session.Close() }.ok().map_err(err)?;
                }
                if kind == MESessionClosed {
                    break;
                }
            }
            Err(e) if e.code() == MF_E_NO_EVENTS_AVAILABLE => {
                if progress {
                    let at = played(session, out, format, start_hns);
                    let end = total.map_or("?".into(), seconds);
                    eprint!("\r{} / {end}   ", seconds(at));
                    let _ = std::io::stderr().flush();
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    if progress {
        eprintln!();
    }
    if interrupt.seen.load(Ordering::SeqCst) {
        eprintln!("winsession: stopped");
    }
    match failure {
        Some(f) => Err(f),
        None => {
            if let Some(path) = out {
                eprintln!("{}: written from {}", path.display(), file.display());
            }
            Ok(())
        }
    }
}

/// The position reached: for a WAVE file the audio written so far (the
/// file sink runs ahead of the clock), otherwise the presentation clock.
fn played(session: &IMFMediaSession, out: Option<&Path>, format: AudioFormat, start: i64) -> i64 {
    match out {
        Some(path) => {
            let bytes = std::fs::metadata(path).map_or(0, |m| m.len().saturating_sub(44));
            let frames = bytes / format.block_align().max(1) as u64;
            start.max(0) + format.frames_to_hns(frames)
        }
        None => {
            // SAFETY: plain COM calls on live interfaces.
            unsafe {
                session
                    .GetClock()
                    .and_then(|c| c.cast::<mfplat::bindings::IMFPresentationClock>())
                    .and_then(|c| c.GetTime())
                    .map_or(0, |t| t.0)
            }
        }
    }
}
