//! The media source for files (the source resolver's object): one
//! IMFMediaSource with one IMFMediaStream for the file's audio track, over
//! the symphonia demuxer. It follows the source's documented event rules:
//! Start queues MENewStream (first time) or MEUpdatedStream, then
//! MESourceStarted or MESourceSeeked, then MEStreamStarted or MEStreamSeeked;
//! every RequestSample is answered by one MEMediaSample, and after the last
//! one by MEEndOfStream and MEEndOfPresentation. A thread per source
//! answers the requests, so that reading overlaps the delivery of the
//! samples before. A stream in a codec the decoder transform takes gives
//! the coded packets (and the loader inserts the decoder, as on Windows);
//! any other (PCM, ADPCM, MPEG layer I, or packets without durations) is
//! decoded here.
//!
//! The video tracks the container lists are described too, each by a
//! stream descriptor after the audio one (ids 1, 2, ...) with its coded
//! type: major type video, the codec's subtype, and the frame size and
//! rate when the container gives them. As Windows' MPEG-4 source does
//! ("MPEG-4 File Source": the first video and the first audio stream are
//! selected), the first video stream starts selected and the others not.
//! No video is delivered: there is no video decoder, so the topology
//! loader refuses a branch from a video stream (MF_E_TOPO_CODEC_NOT_FOUND),
//! and Start starts the audio stream alone.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};

use windows_core::{GUID, HRESULT, IUnknown, Interface, OutRef, PCWSTR, Ref, Result, implement};

use crate::demux::{Demuxer, StreamInfo, VideoTrack};
use mfplat::async_result::Completions;
use mfplat::bindings::{
    IMFAsyncCallback, IMFAsyncResult, IMFByteStream, IMFMediaSource, IMFMediaSource_Impl,
    IMFMediaStream, IMFMediaStream_Impl, IMFPresentationDescriptor, IMFSourceResolver,
    IMFSourceResolver_Impl, IMFStreamDescriptor, IPropertyStore, MEEndOfPresentation,
    MEEndOfStream, MEError, MEMediaSample, MENewStream, MESourcePaused, MESourceSeeked,
    MESourceStarted, MESourceStopped, MEStreamPaused, MEStreamSeeked, MEStreamStarted,
    MEStreamStopped, MEUpdatedStream, MF_ACCESSMODE_READ, MF_E_END_OF_STREAM,
    MF_E_INVALID_POSITION, MF_E_INVALID_STATE_TRANSITION, MF_E_MEDIA_SOURCE_WRONGSTATE,
    MF_E_SHUTDOWN, MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS, MF_E_UNSUPPORTED_SCHEME,
    MF_E_UNSUPPORTED_TIME_FORMAT, MF_MT_FRAME_RATE, MF_MT_FRAME_SIZE, MF_MT_MAJOR_TYPE,
    MF_MT_SUBTYPE, MF_OBJECT_BYTESTREAM, MF_OBJECT_MEDIASOURCE, MF_OBJECT_TYPE,
    MF_OPENMODE_FAIL_IF_NOT_EXIST, MF_RESOLUTION_BYTESTREAM, MF_RESOLUTION_MEDIASOURCE,
    MFMEDIASOURCE_CAN_PAUSE, MFMEDIASOURCE_CAN_SEEK, MFMEDIASOURCE_DOES_NOT_USE_NETWORK,
    MFMediaType_Video, MFSampleExtension_Discontinuity, PROPVARIANT,
};
use mfplat::bytestream::{FileByteStream, read_to_end};
use mfplat::com::{Agile, E_INVALIDARG, E_POINTER, fail, guid_or_null};
use mfplat::descriptor::{PresentationDescriptor, StreamDescriptor, is_selected};
use mfplat::event::EventQueue;
use mfplat::guids::{MF_PD_DURATION, MF_WINSESSION_PACKET_CUTS};
use mfplat::media_type::{CurrentType, MediaType, TypeHandler};
use mfplat::propvariant::Value;
use mfplat::sample::{MemoryBuffer, Sample};
use win32::sync::lock;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Phase {
    Stopped,
    Started,
    Paused,
    ShutDown,
}

struct SourceState {
    phase: Phase,
    demuxer: Option<Demuxer>,
    announced: bool,
    ended: bool,
    /// Requests not answered yet (those made while paused wait for Start).
    pending: usize,
    /// Changes at every Stop and seek: a sample decoded for an older
    /// position is dropped, not delivered.
    generation: u64,
    /// A decoding error, reported (MEError, then the end) at the next
    /// request, after the audio decoded before it.
    failed: Option<HRESULT>,
    /// The source, for the stream's GetMediaSource; dropped at Shutdown,
    /// which breaks the source-stream cycle (an application must call
    /// Shutdown, as on Windows).
    source: Option<Agile<IMFMediaSource>>,
}

struct Core {
    events: EventQueue,
    stream_events: EventQueue,
    state: Mutex<SourceState>,
    /// Signals the reading thread (work to do, shut down) and the
    /// methods waiting for the demuxer it has out.
    changed: Condvar,
    info: StreamInfo,
    /// The stream gives coded packets, for the decoder transform the
    /// topology loader inserts; else it gives decoded audio.
    coded: bool,
}

/// Frames per sample at least: short codec frames (1152 for MP3) are
/// joined, which keeps the per-sample cost of the pipeline small.
const MIN_FRAMES: u64 = 8192;

/// Packets per coded sample at most, for containers that give packets no
/// duration: a sample never holds the whole file.
const MAX_PACKETS: usize = 64;

// SAFETY: Core's interface pointers are MF objects, free-threaded by
// contract (com::Agile); its state is behind the mutex.
unsafe impl Send for Core {}
// SAFETY: as above.
unsafe impl Sync for Core {}

impl Core {
    /// The reading thread: answers requests while the source is
    /// started, one sample of at least MIN_FRAMES frames each (coded
    /// packets, or audio it decodes), with the
    /// demuxer taken out of the state so that the methods stay responsive.
    fn answer_requests(&self) {
        let mut st = lock(&self.state);
        loop {
            if st.phase == Phase::ShutDown {
                return;
            }
            let ready = st.phase == Phase::Started && st.pending > 0 && !st.ended;
            let taken = if ready { st.demuxer.take() } else { None };
            let Some(mut demuxer) = taken else {
                st = win32::sync::wait(&self.changed, st, None);
                continue;
            };
            st.pending -= 1;
            let generation = st.generation;
            let failed = st.failed.take();
            drop(st);
            let block = match failed {
                Some(hr) => Err(hr),
                None if self.coded => Self::coded_block(&mut demuxer),
                None => Self::decode_block(&mut demuxer),
            };
            st = lock(&self.state);
            st.demuxer = Some(demuxer);
            self.changed.notify_all();
            if st.generation != generation || st.phase == Phase::ShutDown {
                continue;
            }
            match block {
                Ok((Some(sample), failed)) => {
                    st.failed = failed;
                    self.stream_events
                        .send(MEMediaSample, HRESULT(0), Value::Unknown(sample));
                }
                Ok((None, _)) => self.end(&mut st),
                // A damaged file ends the stream after an MEError carrying why.
                Err(hr) => {
                    self.stream_events.send(MEError, hr, Value::Empty);
                    self.end(&mut st);
                }
            }
        }
    }

    /// The next sample (None at the end), and an error met after the audio
    /// in it, to be reported next.
    fn decode_block(
        demuxer: &mut Demuxer,
    ) -> std::result::Result<(Option<IUnknown>, Option<HRESULT>), HRESULT> {
        let format = demuxer.info().format;
        let min_bytes = (MIN_FRAMES * format.block_align() as u64) as usize;
        // Room for the block and one more codec frame, so that it grows once
        // at most.
        let mut bytes = Vec::with_capacity(min_bytes * 2);
        let (mut time, mut end) = (None, 0);
        let mut failed = None;
        while bytes.len() < min_bytes {
            match demuxer.append_next(&mut bytes) {
                Ok(Some((t, d))) => {
                    time.get_or_insert(t);
                    end = t + d;
                }
                Ok(None) => break,
                Err(e) if bytes.is_empty() => return Err(e.hresult()),
                Err(e) => {
                    failed = Some(e.hresult());
                    break;
                }
            }
        }
        let time = time.unwrap_or(0);
        let duration = end - time;
        if bytes.is_empty() {
            return Ok((None, None));
        }
        let sample = Sample::with_bytes(bytes, time, duration).map_err(|e| e.code())?;
        Ok((Some(sample.into()), failed))
    }

    /// The next sample of coded packets, one per buffer, of at least
    /// MIN_FRAMES frames kept (None at the end), and an error met after
    /// them, to be reported next. The first sample after a seek or a reset
    /// of the container is marked as a discontinuity; what the decoder must
    /// cut goes in MF_WINSESSION_PACKET_CUTS.
    fn coded_block(
        demuxer: &mut Demuxer,
    ) -> std::result::Result<(Option<IUnknown>, Option<HRESULT>), HRESULT> {
        let sample = Sample::create();
        let (mut first, mut end, mut discontinuity) = (None, 0, false);
        let (mut cuts, mut cut) = (Vec::new(), false);
        let mut failed = None;
        let mut packets = 0;
        while end - first.unwrap_or(end) < MIN_FRAMES && packets < MAX_PACKETS {
            packets += 1;
            match demuxer.next_coded() {
                Ok(Some(packet)) => {
                    first.get_or_insert(packet.position);
                    end = packet.position + packet.frames - packet.skip as u64;
                    discontinuity |= packet.discontinuity;
                    for v in [packet.trim_start, packet.trim_end, packet.skip] {
                        cut |= v != 0;
                        cuts.extend_from_slice(&v.to_le_bytes());
                    }
                    let buffer =
                        MemoryBuffer::from_vec(packet.data.into_vec()).map_err(|e| e.code())?;
                    // SAFETY: a plain COM call on live interfaces.
                    unsafe { sample.AddBuffer(&buffer) }
                        .ok()
                        .map_err(|e| e.code())?;
                }
                Ok(None) => break,
                Err(e) if first.is_none() => return Err(e.hresult()),
                Err(e) => {
                    failed = Some(e.hresult());
                    break;
                }
            }
        }
        let Some(first) = first else {
            return Ok((None, None));
        };
        let format = demuxer.info().format;
        let time = format.frames_to_hns(first);
        let duration = format.frames_to_hns(end) - time;
        // SAFETY: plain COM calls on a live interface with valid keys.
        let stamped = unsafe {
            sample.SetSampleTime(time).ok().and_then(|_| {
                sample.SetSampleDuration(duration).ok()?;
                if cut {
                    sample
                        .SetBlob(&MF_WINSESSION_PACKET_CUTS, cuts.as_ptr(), cuts.len() as u32)
                        .ok()?;
                }
                if discontinuity {
                    sample.SetUINT32(&MFSampleExtension_Discontinuity, 1).ok()?;
                }
                Ok(())
            })
        };
        stamped.map_err(|e| e.code())?;
        Ok((Some(sample.into()), failed))
    }

    fn end(&self, st: &mut SourceState) {
        st.ended = true;
        st.pending = 0;
        self.stream_events
            .send(MEEndOfStream, HRESULT(0), Value::Empty);
        self.events
            .send(MEEndOfPresentation, HRESULT(0), Value::Empty);
    }

    /// The state with the demuxer back from the reading thread.
    fn settled(&self) -> std::sync::MutexGuard<'_, SourceState> {
        let mut st = lock(&self.state);
        while st.demuxer.is_none() && st.phase != Phase::ShutDown {
            st = win32::sync::wait(&self.changed, st, None);
        }
        st
    }
}

#[implement(IMFMediaSource)]
pub struct MediaSource {
    core: Arc<Core>,
    pd: IMFPresentationDescriptor,
    stream: IMFMediaStream,
}

#[implement(IMFMediaStream)]
pub struct MediaStream {
    core: Arc<Core>,
    sd: IMFStreamDescriptor,
}

impl MediaSource {
    pub fn open(path: &Path) -> Result<IMFMediaSource> {
        Self::create(Demuxer::open(path).map_err(|e| e.hresult())?)
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Result<IMFMediaSource> {
        Self::create(Demuxer::from_bytes(bytes).map_err(|e| e.hresult())?)
    }

    fn create(demuxer: Demuxer) -> Result<IMFMediaSource> {
        let info = demuxer.info().clone();
        // Packets without durations (MKV) are decoded here, where the
        // frames are counted.
        let coded_type = demuxer
            .packets_timed()
            .then(|| crate::decoder::coded_media_type(demuxer.params()))
            .flatten();
        let coded = coded_type.is_some();
        let offered = coded_type.unwrap_or_else(|| info.format.media_type());
        let sd = described(0, offered);
        let mut streams = vec![sd.clone()];
        for (id, video) in (1..).zip(demuxer.videos()) {
            streams.push(described(id, video_media_type(video)));
        }
        let mut attributes = Vec::new();
        if let Some(d) = info.duration {
            attributes.push((MF_PD_DURATION, Value::U64(d.max(0) as u64)));
        }
        let count = streams.len() as u32;
        let pd = PresentationDescriptor::create(streams, attributes);
        // The audio stream and the first video one start selected.
        for index in 2..count {
            // SAFETY: a plain COM call on a live interface, index in range.
            unsafe { pd.DeselectStream(index) }.ok()?;
        }
        let core = Arc::new(Core {
            events: EventQueue::default(),
            stream_events: EventQueue::default(),
            state: Mutex::new(SourceState {
                phase: Phase::Stopped,
                demuxer: Some(demuxer),
                announced: false,
                ended: false,
                pending: 0,
                generation: 0,
                failed: None,
                source: None,
            }),
            changed: Condvar::new(),
            info,
            coded,
        });
        let worker = Arc::clone(&core);
        std::thread::Builder::new()
            .name("mf-source".into())
            .spawn(move || worker.answer_requests())
            .map_err(|_| windows_core::Error::from(mfplat::com::E_OUTOFMEMORY))?;
        let stream: IMFMediaStream = MediaStream {
            core: Arc::clone(&core),
            sd,
        }
        .into();
        let source: IMFMediaSource = MediaSource {
            core: Arc::clone(&core),
            pd,
            stream,
        }
        .into();
        lock(&core.state).source = Some(Agile(source.clone()));
        Ok(source)
    }

    fn live(&self) -> Result<std::sync::MutexGuard<'_, SourceState>> {
        let st = self.core.settled();
        if st.phase == Phase::ShutDown {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(st)
    }
}

/// A stream descriptor offering `t` alone, which is its current type.
fn described(id: u32, t: mfplat::bindings::IMFMediaType) -> IMFStreamDescriptor {
    let current = CurrentType::default();
    *lock(&current) = Some(Agile(t.clone()));
    StreamDescriptor::create(id, TypeHandler::create(vec![t], current))
}

/// A video track's coded type: the major type, the subtype (when Media
/// Foundation names the codec) and what the container tells of the frames
/// (MF_MT_FRAME_SIZE and MF_MT_FRAME_RATE pack two UINT32s, the first in
/// the high half, as MFSetAttributeSize/MFSetAttributeRatio do).
fn video_media_type(video: &VideoTrack) -> mfplat::bindings::IMFMediaType {
    let t = MediaType::default();
    t.attributes
        .set(MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Video));
    if let Some(subtype) = video.subtype {
        t.attributes.set(MF_MT_SUBTYPE, Value::Guid(subtype));
    }
    let pair = |(high, low): (u32, u32)| Value::U64(u64::from(high) << 32 | u64::from(low));
    if let Some(size) = video.size {
        t.attributes.set(MF_MT_FRAME_SIZE, pair(size));
    }
    if let Some(rate) = video.frame_rate {
        t.attributes.set(MF_MT_FRAME_RATE, pair(rate));
    }
    t.into()
}

mfplat::impl_generator!(MediaSource_Impl, s => s.core.events);
mfplat::impl_generator!(MediaStream_Impl, s => s.core.stream_events);

impl IMFMediaSource_Impl for MediaSource_Impl {
    fn GetCharacteristics(&self) -> Result<u32> {
        drop(self.live()?);
        Ok(
            (MFMEDIASOURCE_CAN_SEEK | MFMEDIASOURCE_CAN_PAUSE | MFMEDIASOURCE_DOES_NOT_USE_NETWORK)
                as u32,
        )
    }

    /// A copy: the caller's selections do not change the source's own.
    fn CreatePresentationDescriptor(&self) -> Result<IMFPresentationDescriptor> {
        drop(self.live()?);
        // SAFETY: a plain COM call on a live interface.
        unsafe { self.pd.Clone() }
    }

    fn Start(
        &self,
        pd: Ref<IMFPresentationDescriptor>,
        format: *const GUID,
        position: *const PROPVARIANT,
    ) -> Result<()> {
        let Some(pd) = pd.as_ref() else {
            return fail(E_INVALIDARG);
        };
        if guid_or_null(format) != GUID::zeroed() {
            return fail(MF_E_UNSUPPORTED_TIME_FORMAT);
        }
        // SAFETY: COM callers pass NULL or a valid PROPVARIANT.
        let position = match unsafe { Value::from_raw(position) }? {
            Value::Empty => None,
            Value::I64(p) => Some(p),
            _ => return fail(MF_E_UNSUPPORTED_TIME_FORMAT),
        };
        // SAFETY: a plain COM call on a live interface.
        let sd = unsafe { self.stream.GetStreamDescriptor() }?;
        let selected = is_selected(pd, &sd)?;
        let mut st = self.live()?;
        if let (Some(p), Some(d)) = (position, self.core.info.duration)
            && p > d
        {
            return fail(MF_E_INVALID_POSITION);
        }
        let was = st.phase;
        // From stopped the presentation starts at the beginning unless a
        // position is given; from paused or started it continues.
        let seek_to = position.or((was == Phase::Stopped).then_some(0));
        if let (Some(p), Some(demuxer)) = (seek_to, st.demuxer.as_mut()) {
            demuxer.seek(p).map_err(|e| e.hresult())?;
            st.ended = false;
            st.failed = None;
            st.generation += 1;
            if was == Phase::Started {
                // Requests for the old position are not answered.
                st.pending = 0;
            }
        }
        let seeking = was != Phase::Stopped && position.is_some();
        let at = position.map_or(Value::Empty, Value::I64);
        let stream: IUnknown = self.stream.cast()?;
        if selected {
            let kind = if st.announced {
                MEUpdatedStream
            } else {
                MENewStream
            };
            st.announced = true;
            self.core
                .events
                .send(kind, HRESULT(0), Value::Unknown(stream));
        }
        let (source_kind, stream_kind) = if seeking {
            (MESourceSeeked, MEStreamSeeked)
        } else {
            (MESourceStarted, MEStreamStarted)
        };
        self.core.events.send(source_kind, HRESULT(0), at.clone());
        if selected {
            self.core.stream_events.send(stream_kind, HRESULT(0), at);
        }
        st.phase = Phase::Started;
        self.core.changed.notify_all();
        Ok(())
    }

    fn Stop(&self) -> Result<()> {
        let mut st = self.live()?;
        st.phase = Phase::Stopped;
        st.pending = 0;
        st.generation += 1;
        self.core
            .events
            .send(MESourceStopped, HRESULT(0), Value::Empty);
        self.core
            .stream_events
            .send(MEStreamStopped, HRESULT(0), Value::Empty);
        Ok(())
    }

    fn Pause(&self) -> Result<()> {
        let mut st = self.live()?;
        if st.phase != Phase::Started {
            return fail(MF_E_INVALID_STATE_TRANSITION);
        }
        st.phase = Phase::Paused;
        self.core
            .events
            .send(MESourcePaused, HRESULT(0), Value::Empty);
        self.core
            .stream_events
            .send(MEStreamPaused, HRESULT(0), Value::Empty);
        Ok(())
    }

    fn Shutdown(&self) -> Result<()> {
        let source = {
            let mut st = self.live()?;
            st.phase = Phase::ShutDown;
            st.demuxer = None;
            self.core.changed.notify_all();
            st.source.take()
        };
        drop(source);
        self.core.stream_events.shutdown()?;
        self.core.events.shutdown()
    }
}

impl IMFMediaStream_Impl for MediaStream_Impl {
    fn GetMediaSource(&self) -> Result<IMFMediaSource> {
        match &lock(&self.core.state).source {
            Some(s) => Ok(s.0.clone()),
            None => fail(MF_E_SHUTDOWN),
        }
    }

    fn GetStreamDescriptor(&self) -> Result<IMFStreamDescriptor> {
        if lock(&self.core.state).phase == Phase::ShutDown {
            return fail(MF_E_SHUTDOWN);
        }
        Ok(self.sd.clone())
    }

    fn RequestSample(&self, _token: Ref<IUnknown>) -> Result<()> {
        let mut st = lock(&self.core.state);
        match st.phase {
            Phase::ShutDown => fail(MF_E_SHUTDOWN),
            Phase::Stopped => fail(MF_E_MEDIA_SOURCE_WRONGSTATE),
            _ if st.ended => fail(MF_E_END_OF_STREAM),
            Phase::Paused | Phase::Started => {
                st.pending += 1;
                self.core.changed.notify_all();
                Ok(())
            }
        }
    }
}

/// A file URL or a plain path as a path (Windows names map as
/// `win32::path` says: `C:\\dir\\x.wav`, `file:///C:/dir/x.wav`); other
/// schemes are not supported.
fn url_path(url: &str) -> Result<PathBuf> {
    if let Some(rest) = url.strip_prefix("file://") {
        let decoded = percent_decode(rest);
        // file:///C:/x carries the drive after the root's slash.
        let name = match decoded.as_bytes() {
            [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => &decoded[1..],
            _ => &decoded[..],
        };
        return Ok(win32::path::from_windows(name));
    }
    match url.split_once("://") {
        Some(_) => fail(MF_E_UNSUPPORTED_SCHEME),
        None => Ok(win32::path::from_windows(url)),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

type Resolved = Result<(MF_OBJECT_TYPE, IUnknown)>;

/// MFCreateSourceResolver's object.
#[implement(IMFSourceResolver)]
#[derive(Default)]
pub struct SourceResolver {
    done: Completions<Resolved>,
}

impl SourceResolver {
    pub fn create() -> IMFSourceResolver {
        SourceResolver::default().into()
    }

    /// The object a URL resolves to under `flags`.
    pub fn resolve_url(url: &str, flags: u32) -> Resolved {
        let path = url_path(url)?;
        match resolution(flags)? {
            MF_OBJECT_MEDIASOURCE => Ok((MF_OBJECT_MEDIASOURCE, MediaSource::open(&path)?.cast()?)),
            _ => {
                let stream =
                    FileByteStream::open(MF_ACCESSMODE_READ, MF_OPENMODE_FAIL_IF_NOT_EXIST, &path)?;
                Ok((MF_OBJECT_BYTESTREAM, stream.cast()?))
            }
        }
    }

    fn resolve_stream(stream: Option<&IMFByteStream>, flags: u32) -> Resolved {
        let Some(stream) = stream else {
            return fail(E_POINTER);
        };
        match resolution(flags)? {
            MF_OBJECT_MEDIASOURCE => {
                let source = MediaSource::from_bytes(read_to_end(stream)?)?;
                Ok((MF_OBJECT_MEDIASOURCE, source.cast()?))
            }
            _ => Ok((MF_OBJECT_BYTESTREAM, stream.cast()?)),
        }
    }
}

/// Which object the MF_RESOLUTION_* flags ask for.
fn resolution(flags: u32) -> Result<MF_OBJECT_TYPE> {
    let source = flags & MF_RESOLUTION_MEDIASOURCE as u32 != 0;
    let stream = flags & MF_RESOLUTION_BYTESTREAM as u32 != 0;
    match (source, stream) {
        (true, true) => fail(MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS),
        (true, false) => Ok(MF_OBJECT_MEDIASOURCE),
        (false, true) => Ok(MF_OBJECT_BYTESTREAM),
        (false, false) => fail(E_INVALIDARG),
    }
}

fn url_arg(url: &PCWSTR) -> Result<String> {
    if url.is_null() {
        return fail(E_POINTER);
    }
    // SAFETY: COM callers pass a NUL-terminated string.
    let units = unsafe { mfplat::propvariant::wide_units(url.0) };
    Ok(String::from_utf16_lossy(&units))
}

fn hand_out(resolved: Resolved, kind: *mut MF_OBJECT_TYPE, object: OutRef<IUnknown>) -> Result<()> {
    if kind.is_null() || object.is_null() {
        return fail(E_POINTER);
    }
    let (t, o) = resolved?;
    // SAFETY: checked above.
    unsafe { kind.write(t) };
    object.write(Some(o))
}

fn no_cookie(cookie: OutRef<IUnknown>) -> Result<()> {
    // The work is done before Begin* returns: there is nothing to cancel.
    if cookie.is_null() {
        return Ok(());
    }
    cookie.write(None)
}

impl IMFSourceResolver_Impl for SourceResolver_Impl {
    fn CreateObjectFromURL(
        &self,
        url: &PCWSTR,
        flags: u32,
        _props: Ref<IPropertyStore>,
        kind: *mut MF_OBJECT_TYPE,
        object: OutRef<IUnknown>,
    ) -> Result<()> {
        if kind.is_null() || object.is_null() {
            return fail(E_POINTER);
        }
        hand_out(
            SourceResolver::resolve_url(&url_arg(url)?, flags),
            kind,
            object,
        )
    }

    fn CreateObjectFromByteStream(
        &self,
        stream: Ref<IMFByteStream>,
        _url: &PCWSTR,
        flags: u32,
        _props: Ref<IPropertyStore>,
        kind: *mut MF_OBJECT_TYPE,
        object: OutRef<IUnknown>,
    ) -> Result<()> {
        if kind.is_null() || object.is_null() {
            return fail(E_POINTER);
        }
        hand_out(
            SourceResolver::resolve_stream(stream.as_ref(), flags),
            kind,
            object,
        )
    }

    fn BeginCreateObjectFromURL(
        &self,
        url: &PCWSTR,
        flags: u32,
        _props: Ref<IPropertyStore>,
        cookie: OutRef<IUnknown>,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
    ) -> Result<()> {
        let url = url_arg(url)?;
        no_cookie(cookie)?;
        let resolved = SourceResolver::resolve_url(&url, flags);
        self.done
            .complete(resolved, callback.cloned(), state.cloned())
    }

    fn EndCreateObjectFromURL(
        &self,
        result: Ref<IMFAsyncResult>,
        kind: *mut MF_OBJECT_TYPE,
        object: OutRef<IUnknown>,
    ) -> Result<()> {
        hand_out(self.done.take(result.as_ref())?, kind, object)
    }

    fn BeginCreateObjectFromByteStream(
        &self,
        stream: Ref<IMFByteStream>,
        _url: &PCWSTR,
        flags: u32,
        _props: Ref<IPropertyStore>,
        cookie: OutRef<IUnknown>,
        callback: Ref<IMFAsyncCallback>,
        state: Ref<IUnknown>,
    ) -> Result<()> {
        no_cookie(cookie)?;
        let resolved = SourceResolver::resolve_stream(stream.as_ref(), flags);
        self.done
            .complete(resolved, callback.cloned(), state.cloned())
    }

    fn EndCreateObjectFromByteStream(
        &self,
        result: Ref<IMFAsyncResult>,
        kind: *mut MF_OBJECT_TYPE,
        object: OutRef<IUnknown>,
    ) -> Result<()> {
        hand_out(self.done.take(result.as_ref())?, kind, object)
    }

    /// Creation finishes inside Begin*, so no cookie is ever pending; a
    /// NULL one is a clear error (the argument is not optional).
    fn CancelObjectCreation(&self, cookie: Ref<IUnknown>) -> Result<()> {
        if cookie.is_none() {
            return fail(E_POINTER);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfplat::bindings::MF_E_UNSUPPORTED_BYTESTREAM_TYPE;

    #[test]
    fn urls_name_files_or_are_refused() {
        assert_eq!(
            url_path("file:///tmp/a%20b.flac").unwrap(),
            PathBuf::from("/tmp/a b.flac")
        );
        assert_eq!(url_path("/x.wav").unwrap(), PathBuf::from("/x.wav"));
        assert_eq!(
            url_path(r"C:\Music\x.wav").unwrap(),
            PathBuf::from("/Music/x.wav")
        );
        assert_eq!(
            url_path("file:///C:/Music/a%20b.wav").unwrap(),
            PathBuf::from("/Music/a b.wav")
        );
        assert_eq!(
            url_path("http://example.invalid/a.mp3").unwrap_err().code(),
            MF_E_UNSUPPORTED_SCHEME
        );
    }

    #[test]
    fn bad_files_give_the_documented_errors() {
        let dir = std::env::temp_dir().join(format!("mf-src-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let junk = dir.join("junk.wav");
        std::fs::write(&junk, b"this is not a wave file at all").unwrap();
        let code = |p: &Path| MediaSource::open(p).unwrap_err().code();
        assert_eq!(
            code(&dir.join("missing.flac")),
            HRESULT(0x8007_0002_u32 as i32)
        );
        assert_eq!(code(&junk), MF_E_UNSUPPORTED_BYTESTREAM_TYPE);
        assert_eq!(
            resolution(MF_RESOLUTION_MEDIASOURCE as u32 | MF_RESOLUTION_BYTESTREAM as u32)
                .unwrap_err()
                .code(),
            MF_E_SOURCERESOLVER_MUTUALLY_EXCLUSIVE_FLAGS
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// An MP4 with an H.264 video track (320x240 at 30000/1001 frames per
    /// second) and an AAC audio track, made by ffmpeg.
    fn video_file(dir: &Path) -> PathBuf {
        let path = dir.join("video.mp4");
        let status = std::process::Command::new("ffmpeg")
            .args([
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
            ])
            .arg("testsrc=size=320x240:rate=30000/1001")
            .args(["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"])
            .args([
                "-t",
                "1",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-c:a",
                "aac",
            ])
            .arg(&path)
            .status()
            .expect("ffmpeg is needed (scripts/test.sh installs it)");
        assert!(status.success());
        path
    }

    #[test]
    fn a_video_track_is_described_and_starts_selected() {
        use mfplat::bindings::MFMediaType_Audio;
        use mfplat::guids::MFVideoFormat_H264;
        let dir = std::env::temp_dir().join(format!("mf-src-video-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let source = MediaSource::open(&video_file(&dir)).unwrap();
        // SAFETY: plain COM calls on live interfaces with valid out pointers.
        unsafe {
            let pd = source.CreatePresentationDescriptor().unwrap();
            assert_eq!(pd.GetStreamDescriptorCount().unwrap(), 2);
            let stream = |i| {
                let (mut on, mut sd) = (windows_core::BOOL(0), None);
                pd.GetStreamDescriptorByIndex(i, &mut on, &mut sd).unwrap();
                let sd = sd.unwrap();
                let t = sd
                    .GetMediaTypeHandler()
                    .unwrap()
                    .GetCurrentMediaType()
                    .unwrap();
                (on.as_bool(), sd.GetStreamIdentifier().unwrap(), t)
            };
            let (on, id, audio) = stream(0);
            assert!(on);
            assert_eq!(id, 0);
            assert_eq!(audio.GetMajorType().unwrap(), MFMediaType_Audio);
            let (on, id, video) = stream(1);
            assert!(on, "the first video stream starts selected");
            assert_eq!(id, 1);
            assert_eq!(video.GetMajorType().unwrap(), MFMediaType_Video);
            assert_eq!(video.GetGUID(&MF_MT_SUBTYPE).unwrap(), MFVideoFormat_H264);
            assert_eq!(video.GetUINT64(&MF_MT_FRAME_SIZE).unwrap(), 320 << 32 | 240);
            assert_eq!(
                video.GetUINT64(&MF_MT_FRAME_RATE).unwrap(),
                30000 << 32 | 1001
            );
            assert!(video.cast::<mfplat::bindings::IMFVideoMediaType>().is_ok());
            source.Shutdown().unwrap();
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
