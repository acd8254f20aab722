//! The demuxer and decoders under the media source and the decoder
//! transform: symphonia opens a file or bytes and picks the first audio
//! track, whose packets either go out coded (to the decoder transform the
//! topology loader inserts) or are decoded here to interleaved PCM in the
//! format they were coded with (integer PCM at its own bit depth, which
//! keeps WAV and FLAC bit-exact; 32-bit float for lossy codecs). The video
//! tracks the container lists are described (codec, frame size and rate),
//! never decoded: their packets are skipped.

use std::collections::VecDeque;
use std::io::Cursor;
use std::path::Path;

use symphonia::core::audio::GenericAudioBufferRef;
use symphonia::core::audio::sample::{SampleFormat, i24};
use symphonia::core::codecs::CodecParameters;
use symphonia::core::codecs::audio::well_known::CODEC_ID_ALAC;
use symphonia::core::codecs::audio::{AudioCodecParameters, AudioDecoder, AudioDecoderOptions};
use symphonia::core::codecs::video::VideoCodecId;
use symphonia::core::codecs::video::well_known::{
    CODEC_ID_AV1, CODEC_ID_H264, CODEC_ID_HEVC, CODEC_ID_MJPEG, CODEC_ID_MPEG4, CODEC_ID_VP8,
    CODEC_ID_VP9, CODEC_ID_WMV3,
};
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, FormatReader, SeekMode, SeekTo, TrackType};
use symphonia::core::io::{MediaSource, MediaSourceStream};
use symphonia::core::meta::MetadataOptions;
use symphonia::core::packet::{Packet, PacketRef};
use symphonia::core::units::{Time, TimeBase};
use symphonia_common::apple::audio::alac::MagicCookie;

use windows_core::{GUID, HRESULT};

use mfplat::bindings::{
    MF_E_INVALID_FORMAT, MF_E_UNSUPPORTED_BYTESTREAM_TYPE, MF_E_UNSUPPORTED_FORMAT,
};
use mfplat::bytestream::io_hresult;
use mfplat::guids::{
    MFVideoFormat_AV1, MFVideoFormat_H264, MFVideoFormat_HEVC, MFVideoFormat_MJPG,
    MFVideoFormat_MP4V, MFVideoFormat_VP80, MFVideoFormat_VP90, MFVideoFormat_WMV3,
};
use mfplat::media_type::AudioFormat;

/// Why a file cannot be played; the media source maps each to the HRESULT
/// Windows gives (source.rs).
#[derive(Debug)]
pub enum DemuxError {
    /// The file cannot be read at all.
    Io(std::io::Error),
    /// Not a container symphonia knows, or one without an audio track.
    NotMedia(String),
    /// An audio track in a codec or sample layout there is no decoder for.
    Unsupported(String),
    /// The data is damaged beyond the decoder's recovery.
    Corrupt(String),
    /// Symphonia panicked on the data (see `guarded`).
    Failed,
}

impl DemuxError {
    /// The HRESULT Windows gives for a file that cannot be opened or read
    /// as media.
    pub fn hresult(&self) -> HRESULT {
        match self {
            DemuxError::Io(io) => io_hresult(io),
            DemuxError::NotMedia(_) => MF_E_UNSUPPORTED_BYTESTREAM_TYPE,
            DemuxError::Unsupported(_) => MF_E_UNSUPPORTED_FORMAT,
            DemuxError::Corrupt(_) | DemuxError::Failed => MF_E_INVALID_FORMAT,
        }
    }
}

impl std::fmt::Display for DemuxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DemuxError::Io(e) => write!(f, "cannot read the file: {e}"),
            DemuxError::NotMedia(m) => write!(f, "not a media file: {m}"),
            DemuxError::Unsupported(m) => write!(f, "unsupported audio: {m}"),
            DemuxError::Corrupt(m) => write!(f, "damaged media: {m}"),
            DemuxError::Failed => write!(f, "damaged media: the demuxer or decoder failed on it"),
        }
    }
}

fn corrupt(e: SymError) -> DemuxError {
    match e {
        SymError::IoError(e) if e.kind() != std::io::ErrorKind::UnexpectedEof => DemuxError::Io(e),
        SymError::Unsupported(m) => DemuxError::Unsupported(m.to_string()),
        other => DemuxError::Corrupt(other.to_string()),
    }
}

/// Runs symphonia on untrusted data. Its readers and decoders can panic on
/// crafted input (an integer overflow in the FLAC reader's seek was found
/// by the fuzz target); such a panic becomes a damaged-media error here,
/// so a bad file is an error and never a crash.
fn guarded<T>(f: impl FnOnce() -> Result<T, DemuxError>) -> Result<T, DemuxError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(Err(DemuxError::Failed))
}

/// `guarded` for state that a panic leaves untrustworthy: once `broken`
/// is set, every call fails.
fn guarded_state<T>(
    broken: &mut bool,
    f: impl FnOnce() -> Result<T, DemuxError>,
) -> Result<T, DemuxError> {
    if *broken {
        return Err(DemuxError::Failed);
    }
    let result = guarded(f);
    *broken = matches!(result, Err(DemuxError::Failed));
    result
}

/// What `probe` tells about a file.
#[derive(Clone, Debug)]
pub struct StreamInfo {
    /// The codec, as symphonia names it ("flac", "mp3", ...).
    pub codec: String,
    pub format: AudioFormat,
    /// 100 ns units, when the container says.
    pub duration: Option<i64>,
}

/// A video track the container lists: described, not decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct VideoTrack {
    /// Its codec's subtype ("Video Subtype GUIDs"), when Media Foundation
    /// names the codec.
    pub subtype: Option<GUID>,
    /// The frame size in pixels, when the container gives it.
    pub size: Option<(u32, u32)>,
    /// Frames per second as numerator and denominator, from the duration
    /// of the track's first frame, when the container gives one.
    pub frame_rate: Option<(u32, u32)>,
    id: u32,
    time_base: Option<TimeBase>,
    /// Its first packet was read (whether or not it told a duration).
    timed: bool,
}

impl VideoTrack {
    fn new(id: u32, params: &symphonia::core::codecs::video::VideoCodecParameters) -> Self {
        let size = params
            .width
            .zip(params.height)
            .filter(|&(w, h)| w > 0 && h > 0)
            .map(|(w, h)| (u32::from(w), u32::from(h)));
        VideoTrack {
            subtype: video_subtype(params.codec),
            size,
            frame_rate: None,
            id,
            time_base: None,
            timed: false,
        }
    }
}

/// The subtypes of the codecs symphonia names that Media Foundation has a
/// subtype for (mfapi.h; MPEG-4 part 2 is MFVideoFormat_MP4V).
fn video_subtype(codec: VideoCodecId) -> Option<GUID> {
    [
        (CODEC_ID_H264, MFVideoFormat_H264),
        (CODEC_ID_HEVC, MFVideoFormat_HEVC),
        (CODEC_ID_VP8, MFVideoFormat_VP80),
        (CODEC_ID_VP9, MFVideoFormat_VP90),
        (CODEC_ID_AV1, MFVideoFormat_AV1),
        (CODEC_ID_MJPEG, MFVideoFormat_MJPG),
        (CODEC_ID_MPEG4, MFVideoFormat_MP4V),
        (CODEC_ID_WMV3, MFVideoFormat_WMV3),
    ]
    .into_iter()
    .find(|(id, _)| *id == codec)
    .map(|(_, subtype)| subtype)
}

/// Frames per second of a frame lasting `ticks` of `time_base`, reduced;
/// None when it does not fit a ratio of two UINT32s.
fn frame_rate(time_base: TimeBase, ticks: u64) -> Option<(u32, u32)> {
    let numerator = u128::from(time_base.denom.get());
    let denominator = u128::from(time_base.numer.get()) * u128::from(ticks);
    if denominator == 0 {
        return None;
    }
    let (mut a, mut b) = (numerator, denominator);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    Some((
        u32::try_from(numerator / a).ok()?,
        u32::try_from(denominator / a).ok()?,
    ))
}

/// Packets read ahead at opening, at most, to learn the video tracks'
/// frame durations (the container interleaves its tracks by time, so each
/// track's first packet comes early).
const LOOKAHEAD_PACKETS: usize = 64;

/// Decoded audio: `bytes` of interleaved frames starting at `time`.
pub struct Chunk {
    pub time: i64,
    pub duration: i64,
    pub bytes: Vec<u8>,
}

/// One coded packet of the track, as the container stores it, and how its
/// decoded frames are cut.
pub struct CodedPacket {
    /// The frame of the presentation its first kept frame is.
    pub position: u64,
    /// The frames it decodes to after the container's trims.
    pub frames: u64,
    /// Frames the container trims from the decoded start and end (encoder
    /// delay and padding); the decoder applies them.
    pub trim_start: u32,
    pub trim_end: u32,
    /// Frames, after the trims, before an accurate seek's target.
    pub skip: u32,
    pub data: Box<[u8]>,
    /// The decoder must start afresh here (after a seek, or where the
    /// container says so).
    pub discontinuity: bool,
}

/// A symphonia decoder for one track, shared by the demuxer (decoding in
/// the source) and the decoder transform.
pub struct PacketDecoder {
    decoder: Box<dyn AudioDecoder>,
    format: AudioFormat,
    /// The format is fixed; when not, the first decoded packet fixes it.
    settled: bool,
    /// The declared bit depth, for the first packet to settle the format.
    bits: Option<u32>,
    /// Symphonia panicked on this data; its state cannot be trusted.
    broken: bool,
}

impl PacketDecoder {
    /// A decoder for `params`, giving `format` when known, else the format
    /// the first packet decodes to.
    pub fn new(
        params: &AudioCodecParameters,
        format: Option<AudioFormat>,
    ) -> Result<PacketDecoder, DemuxError> {
        let rate = params
            .sample_rate
            .ok_or_else(|| DemuxError::Unsupported("no sample rate".into()))?;
        let channels = params
            .channels
            .as_ref()
            .map(|c| c.count() as u32)
            .filter(|&c| c > 0)
            .ok_or_else(|| DemuxError::Unsupported("no channel layout".into()))?;
        let decoder = guarded(|| {
            symphonia::default::get_codecs()
                .make_audio_decoder(params, &AudioDecoderOptions::default())
                .map_err(|e| DemuxError::Unsupported(e.to_string()))
        })?;
        Ok(PacketDecoder {
            decoder,
            settled: format.is_some(),
            format: format.unwrap_or_else(|| output_format(None, None, channels, rate)),
            bits: declared_bits(params),
            broken: false,
        })
    }

    pub fn format(&self) -> AudioFormat {
        self.format
    }

    /// Forgets the stream so far (a seek, a flush, a discontinuity).
    pub fn reset(&mut self) {
        let decoder = &mut self.decoder;
        let _ = guarded_state(&mut self.broken, || {
            decoder.reset();
            Ok(())
        });
    }

    /// Decodes one packet and appends its frames, less the first `skip`,
    /// to `out` in the format; the frames it decoded (0 for a packet the
    /// decoder rejects, which is skipped as players do).
    pub fn decode(
        &mut self,
        packet: &PacketRef<'_>,
        skip: u64,
        out: &mut Vec<u8>,
    ) -> Result<u64, DemuxError> {
        let mut broken = self.broken;
        let result = guarded_state(&mut broken, || self.decode_unguarded(packet, skip, out));
        self.broken = broken;
        result
    }

    fn decode_unguarded(
        &mut self,
        packet: &PacketRef<'_>,
        skip: u64,
        out: &mut Vec<u8>,
    ) -> Result<u64, DemuxError> {
        let decoded = match self.decoder.decode_ref(packet) {
            Ok(d) => d,
            Err(SymError::DecodeError(_)) => return Ok(0),
            Err(e) => return Err(corrupt(e)),
        };
        let frames = decoded.frames() as u64;
        if frames == 0 {
            return Ok(0);
        }
        if !self.settled {
            self.format = output_format(
                Some(buffer_format(&decoded)),
                self.bits,
                self.format.channels,
                self.format.rate,
            );
            self.settled = true;
        }
        let format = self.format;
        if decoded.spec().channels().count() as u32 != format.channels {
            return Err(DemuxError::Unsupported("the channel count changed".into()));
        }
        let drop = skip.min(frames);
        if drop < frames {
            let start = out.len();
            copy_as(&decoded, format, out);
            out.drain(start..start + (drop * format.block_align() as u64) as usize);
        }
        Ok(frames)
    }
}

pub struct Demuxer {
    reader: Box<dyn FormatReader>,
    decoder: PacketDecoder,
    params: AudioCodecParameters,
    track: u32,
    time_base: Option<TimeBase>,
    info: StreamInfo,
    /// The next frame to deliver.
    frame: u64,
    /// Frames still to drop after an accurate seek landed early.
    skip: u64,
    /// The chunk decoded when the file was opened, not yet delivered.
    first: Option<Chunk>,
    /// The next packet starts a new stretch for the decoder.
    discontinuity: bool,
    /// A packet decoded to frames but declared no duration (symphonia's
    /// MKV reader gives none): times cannot come from the packets.
    untimed: bool,
    /// Symphonia panicked on this data; its state cannot be trusted.
    broken: bool,
    /// The video tracks, in the container's order.
    videos: Vec<VideoTrack>,
    /// The audio track's packets read ahead at opening, delivered first.
    read_ahead: VecDeque<Packet>,
}

impl Demuxer {
    pub fn open(path: &Path) -> Result<Demuxer, DemuxError> {
        let file = std::fs::File::open(path).map_err(DemuxError::Io)?;
        let mut hint = Hint::new();
        if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
            hint.with_extension(ext);
        }
        Self::from_source(Box::new(file), hint)
    }

    /// From bytes in memory (a byte stream's content; the fuzz target).
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Demuxer, DemuxError> {
        Self::from_source(Box::new(Cursor::new(bytes)), Hint::new())
    }

    fn from_source(source: Box<dyn MediaSource>, hint: Hint) -> Result<Demuxer, DemuxError> {
        guarded(move || Self::open_source(source, hint))
    }

    fn open_source(source: Box<dyn MediaSource>, hint: Hint) -> Result<Demuxer, DemuxError> {
        let stream = MediaSourceStream::new(source, Default::default());
        let reader = symphonia::default::get_probe()
            .probe(
                &hint,
                stream,
                FormatOptions::default(),
                MetadataOptions::default(),
            )
            .map_err(|e| match e {
                SymError::IoError(e) if e.kind() != std::io::ErrorKind::UnexpectedEof => {
                    DemuxError::Io(e)
                }
                other => DemuxError::NotMedia(other.to_string()),
            })?;
        let track = reader
            .default_track(TrackType::Audio)
            .ok_or_else(|| DemuxError::NotMedia("no audio track".into()))?;
        let params = track
            .codec_params
            .as_ref()
            .and_then(|p| p.audio())
            .ok_or_else(|| DemuxError::NotMedia("no audio parameters".into()))?
            .clone();
        let codec = symphonia::default::get_codecs()
            .get_audio_decoder(params.codec)
            .map(|d| d.codec.info.short_name.to_string())
            .unwrap_or_else(|| "unknown".into());
        // The delivered format follows what the decoder really produces,
        // so the first packet is decoded now and kept for delivery.
        let decoder = PacketDecoder::new(&params, None)?;
        let placeholder = decoder.format();
        let duration = track
            .num_frames
            .map(|frames| placeholder.frames_to_hns(frames))
            .or_else(|| {
                let tb = track.time_base?;
                let d = track.duration?;
                Some(tb.calc_duration(d)?.as_nanos() as i64 / 100)
            });
        let (id, time_base) = (track.id, track.time_base);
        let videos = reader
            .tracks()
            .iter()
            .filter_map(|t| match &t.codec_params {
                Some(CodecParameters::Video(v)) => Some(VideoTrack {
                    time_base: t.time_base,
                    ..VideoTrack::new(t.id, v)
                }),
                _ => None,
            })
            .collect();
        let mut demuxer = Demuxer {
            reader,
            decoder,
            params,
            track: id,
            time_base,
            info: StreamInfo {
                codec,
                format: placeholder,
                duration,
            },
            frame: 0,
            skip: 0,
            first: None,
            discontinuity: false,
            untimed: false,
            broken: false,
            videos,
            read_ahead: VecDeque::new(),
        };
        demuxer.learn_frame_rates();
        demuxer.first = demuxer.next_chunk()?;
        if demuxer.first.is_none() {
            return Err(DemuxError::NotMedia("no audio data".into()));
        }
        Ok(demuxer)
    }

    pub fn info(&self) -> &StreamInfo {
        &self.info
    }

    /// The video tracks the container lists.
    pub fn videos(&self) -> &[VideoTrack] {
        &self.videos
    }

    /// Reads ahead, [`LOOKAHEAD_PACKETS`] at most, until every video track
    /// has shown its first packet, whose duration gives the frame rate;
    /// the audio track's packets are kept for delivery. A reader error
    /// stops the look-ahead and is met again when reading.
    fn learn_frame_rates(&mut self) {
        for _ in 0..LOOKAHEAD_PACKETS {
            if self.videos.iter().all(|v| v.timed) {
                return;
            }
            let packet = match self.reader.next_packet() {
                Ok(Some(p)) => p,
                Err(SymError::ResetRequired) => {
                    self.discontinuity = true;
                    continue;
                }
                Ok(None) | Err(_) => return,
            };
            if packet.track_id == self.track {
                self.read_ahead.push_back(packet);
            } else if let Some(v) = self.videos.iter_mut().find(|v| v.id == packet.track_id)
                && !v.timed
            {
                v.timed = true;
                v.frame_rate = v.time_base.and_then(|tb| frame_rate(tb, packet.dur.get()));
            }
        }
    }

    /// The track's codec parameters, as the container declares them.
    pub fn params(&self) -> &AudioCodecParameters {
        &self.params
    }

    /// Whether packets declare how many frames they hold, which the coded
    /// path needs for sample times and frame-exact seeks (known from the
    /// first packet decoded at opening).
    pub fn packets_timed(&self) -> bool {
        !self.untimed
    }

    /// The next decoded chunk, or None at the end. Packets a decoder
    /// rejects are skipped, as players do; a reader error ends the stream.
    pub fn next_chunk(&mut self) -> Result<Option<Chunk>, DemuxError> {
        if let Some(first) = self.first.take() {
            return Ok(Some(first));
        }
        let mut bytes = Vec::new();
        Ok(self.append_next(&mut bytes)?.map(|(time, duration)| Chunk {
            time,
            duration,
            bytes,
        }))
    }

    /// Decodes the next chunk onto the end of `out` (no copy on the way);
    /// its time and duration, or None at the end.
    pub fn append_next(&mut self, out: &mut Vec<u8>) -> Result<Option<(i64, i64)>, DemuxError> {
        if let Some(first) = self.first.take() {
            out.extend_from_slice(&first.bytes);
            return Ok(Some((first.time, first.duration)));
        }
        self.checked(|d| d.decode_into(out))
    }

    /// The next packet as coded, for a decoder elsewhere, or None at the
    /// end. Frames count as `decode_into` counts them: from the seek's
    /// target, after the trims.
    pub fn next_coded(&mut self) -> Result<Option<CodedPacket>, DemuxError> {
        self.checked(|d| {
            if d.first.take().is_some() {
                // The chunk decoded at opening is not wanted coded: back
                // to the first packet.
                d.seek_to(0)?;
            }
            let Some(packet) = d.read_packet()? else {
                return Ok(None);
            };
            let (trim_start, trim_end) = (packet.trim_start.get(), packet.trim_end.get());
            // `dur` counts the frames left after the trims (symphonia's
            // Packet); the trims count decoded frames.
            let frames = d.ts_frames(packet.dur.get());
            let skip = d.skip.min(frames);
            d.skip -= skip;
            let position = d.frame;
            d.frame += frames - skip;
            Ok(Some(CodedPacket {
                position,
                frames,
                trim_start: trim_start.min(u32::MAX as u64) as u32,
                trim_end: trim_end.min(u32::MAX as u64) as u32,
                skip: skip as u32,
                data: packet.data,
                discontinuity: std::mem::take(&mut d.discontinuity),
            }))
        })
    }

    /// Runs `f` under `guarded`; after a panic every call fails.
    fn checked<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, DemuxError>,
    ) -> Result<T, DemuxError> {
        let mut broken = self.broken;
        let result = guarded_state(&mut broken, || f(self));
        self.broken = broken;
        result
    }

    /// The track's next packet, or None at the end.
    fn read_packet(&mut self) -> Result<Option<Packet>, DemuxError> {
        if let Some(p) = self.read_ahead.pop_front() {
            return Ok(Some(p));
        }
        loop {
            match self.reader.next_packet() {
                Ok(Some(p)) if p.track_id == self.track => return Ok(Some(p)),
                Ok(Some(_)) => continue,
                Ok(None) => return Ok(None),
                Err(SymError::ResetRequired) => self.discontinuity = true,
                Err(SymError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                    return Ok(None);
                }
                Err(e) => return Err(corrupt(e)),
            }
        }
    }

    fn decode_into(&mut self, out: &mut Vec<u8>) -> Result<Option<(i64, i64)>, DemuxError> {
        loop {
            let Some(packet) = self.read_packet()? else {
                return Ok(None);
            };
            if std::mem::take(&mut self.discontinuity) {
                self.decoder.reset();
            }
            let frames = self
                .decoder
                .decode(&packet.as_packet_ref(), self.skip, out)?;
            self.untimed |= frames > 0 && packet.dur.get() == 0;
            self.info.format = self.decoder.format();
            let drop = self.skip.min(frames);
            self.skip -= drop;
            if drop == frames {
                continue;
            }
            let format = self.info.format;
            let time = format.frames_to_hns(self.frame);
            self.frame += frames - drop;
            return Ok(Some((time, format.frames_to_hns(self.frame) - time)));
        }
    }

    /// Moves to `hns` (100 ns units, at least 0) exactly: the reader seeks
    /// to the packet before, and the decoded frames up to the target are
    /// dropped.
    pub fn seek(&mut self, hns: i64) -> Result<(), DemuxError> {
        let hns = hns.max(0);
        if hns == 0 && self.first.as_ref().is_some_and(|c| c.time == 0) {
            // Still at the start: the first chunk is waiting.
            return Ok(());
        }
        self.first = None;
        self.checked(|d| d.seek_to(hns))
    }

    /// A count in the track's time base as frames, to the nearest frame
    /// (in integers: going through seconds would land a frame early).
    fn ts_frames(&self, ts: u64) -> u64 {
        let rate = self.info.format.rate as u128;
        match self.time_base {
            Some(tb) => {
                let (numer, denom) = (tb.numer.get() as u128, tb.denom.get() as u128);
                ((ts as u128 * numer * rate + denom / 2) / denom).min(u64::MAX as u128) as u64
            }
            None => ts,
        }
    }

    fn seek_to(&mut self, hns: i64) -> Result<(), DemuxError> {
        let rate = self.info.format.rate as u64;
        let target = (hns as u128 * rate as u128 / 10_000_000) as u64;
        let time = Time::try_from_secs_f64(target as f64 / rate as f64)
            .ok_or_else(|| DemuxError::Corrupt("seek position out of range".into()))?;
        let seeked = self
            .reader
            .seek(
                SeekMode::Accurate,
                SeekTo::Time {
                    time,
                    track_id: Some(self.track),
                },
            )
            .map_err(corrupt)?;
        self.read_ahead.clear();
        self.decoder.reset();
        self.discontinuity = true;
        let actual = self.ts_frames(seeked.actual_ts.get().max(0) as u64);
        let start = actual.min(target);
        self.skip = target - start;
        self.frame = target;
        Ok(())
    }
}

/// The decoded bit depth a track declares: the container's, or for ALAC
/// the magic cookie's.
pub fn declared_bits(params: &AudioCodecParameters) -> Option<u32> {
    params.bits_per_sample.or_else(|| {
        if params.codec != CODEC_ID_ALAC {
            return None;
        }
        let cookie = params.extra_data.as_deref()?;
        MagicCookie::read(cookie)
            .ok()
            .map(|c| u32::from(c.bit_depth))
    })
}

/// The format delivered for a track: integer PCM keeps its bit depth (8-bit
/// is unsigned in WAVE), anything else becomes 32-bit float.
fn output_format(
    sample: Option<SampleFormat>,
    bits: Option<u32>,
    channels: u32,
    rate: u32,
) -> AudioFormat {
    let integer = matches!(
        sample,
        Some(
            SampleFormat::U8
                | SampleFormat::U16
                | SampleFormat::U24
                | SampleFormat::U32
                | SampleFormat::S8
                | SampleFormat::S16
                | SampleFormat::S24
                | SampleFormat::S32
        )
    );
    let width = match sample {
        Some(SampleFormat::U8 | SampleFormat::S8) => 8,
        Some(SampleFormat::U16 | SampleFormat::S16) => 16,
        Some(SampleFormat::U24 | SampleFormat::S24) => 24,
        _ => 32,
    };
    let bits = match (integer, bits) {
        (true, Some(b @ 1..=32)) => 8 * b.div_ceil(8),
        (true, _) => width,
        _ => 0,
    };
    AudioFormat {
        float: bits == 0,
        channels,
        rate,
        bits: if bits == 0 { 32 } else { bits },
    }
}

/// Appends `decoded` as interleaved little-endian samples of `format`.
fn copy_as(decoded: &GenericAudioBufferRef<'_>, format: AudioFormat, out: &mut Vec<u8>) {
    let start = out.len();
    let size = decoded.frames() * format.block_align() as usize;
    out.resize(start + size, 0);
    let dst = &mut out[start..];
    let native = matches!(
        (decoded, format.float, format.bits),
        (GenericAudioBufferRef::F32(_), true, 32)
            | (GenericAudioBufferRef::U8(_), false, 8)
            | (GenericAudioBufferRef::S16(_), false, 16)
            | (GenericAudioBufferRef::S24(_), false, 24)
            | (GenericAudioBufferRef::S32(_), false, 32)
    );
    if native {
        // Already the delivered format: interleaving only.
        decoded.copy_bytes_interleaved(dst);
        return;
    }
    match (format.float, format.bits) {
        (true, _) => decoded.copy_bytes_interleaved_as::<f32, _>(dst),
        (false, 8) => decoded.copy_bytes_interleaved_as::<u8, _>(dst),
        (false, 16) => decoded.copy_bytes_interleaved_as::<i16, _>(dst),
        (false, 24) => decoded.copy_bytes_interleaved_as::<i24, _>(dst),
        (false, _) => decoded.copy_bytes_interleaved_as::<i32, _>(dst),
    }
}

fn buffer_format(decoded: &GenericAudioBufferRef<'_>) -> SampleFormat {
    match decoded {
        GenericAudioBufferRef::U8(_) => SampleFormat::U8,
        GenericAudioBufferRef::U16(_) => SampleFormat::U16,
        GenericAudioBufferRef::U24(_) => SampleFormat::U24,
        GenericAudioBufferRef::U32(_) => SampleFormat::U32,
        GenericAudioBufferRef::S8(_) => SampleFormat::S8,
        GenericAudioBufferRef::S16(_) => SampleFormat::S16,
        GenericAudioBufferRef::S24(_) => SampleFormat::S24,
        GenericAudioBufferRef::S32(_) => SampleFormat::S32,
        GenericAudioBufferRef::F32(_) => SampleFormat::F32,
        GenericAudioBufferRef::F64(_) => SampleFormat::F64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::num::NonZero;

    #[test]
    fn a_frame_duration_gives_the_reduced_rate() {
        let tb = |numer: u32, denom: u32| TimeBase {
            numer: NonZero::new(numer).unwrap(),
            denom: NonZero::new(denom).unwrap(),
        };
        assert_eq!(frame_rate(tb(1, 12_800), 512), Some((25, 1)));
        assert_eq!(frame_rate(tb(1, 30_000), 1001), Some((30_000, 1001)));
        assert_eq!(frame_rate(tb(1, 90_000), 0), None);
        assert_eq!(frame_rate(tb(1, 3), u64::MAX), None);
        assert_eq!(video_subtype(CODEC_ID_H264), Some(MFVideoFormat_H264));
        assert_eq!(video_subtype(VideoCodecId::default()), None);
    }
}
