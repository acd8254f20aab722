//! The audio decoder transform the topology loader inserts after a source
//! stream whose type is coded (FLAC, ALAC, MP3, MPEG layer II, AAC,
//! Vorbis), as Windows' loader inserts its decoder MFTs: symphonia's decoder
//! for the codec, made from the media type alone (subtype, rate, channels,
//! bit depth, and the codec's setup data in MF_MT_USER_DATA), in the shell
//! of `transform`. Each buffer of an input sample is one packet; each input
//! sample gives one output sample of PCM (lossless codecs, at their bit
//! depth) or 32-bit float (lossy codecs).

use symphonia::core::audio::{Channels, Position};
use symphonia::core::codecs::audio::AudioCodecParameters;
use symphonia::core::codecs::audio::well_known::{
    CODEC_ID_AAC, CODEC_ID_ALAC, CODEC_ID_FLAC, CODEC_ID_MP2, CODEC_ID_MP3, CODEC_ID_VORBIS,
};
use symphonia::core::packet::PacketRef;
use symphonia::core::units::{Duration, Timestamp};
use windows_core::{GUID, IUnknown, Result};

use crate::demux::PacketDecoder;
use crate::transform::{Engine, Transform};
use mfplat::bindings::{
    IMFAttributes, IMFMediaType, IMFSample, MF_E_INVALIDMEDIATYPE, MF_E_NO_MORE_TYPES,
    MF_E_TRANSFORM_TYPE_NOT_SET, MF_MT_AUDIO_BITS_PER_SAMPLE, MF_MT_AUDIO_CHANNEL_MASK,
    MF_MT_AUDIO_NUM_CHANNELS, MF_MT_AUDIO_SAMPLES_PER_SECOND, MF_MT_COMPRESSED, MF_MT_MAJOR_TYPE,
    MF_MT_SUBTYPE, MF_MT_USER_DATA, MFMediaType_Audio, MFSampleExtension_Discontinuity,
};
use mfplat::bindings::{MF_MT_AAC_AUDIO_PROFILE_LEVEL_INDICATION, MF_MT_AAC_PAYLOAD_TYPE};
use mfplat::com::{Agile, fail};
use mfplat::guids::{
    MF_WINSESSION_PACKET_CUTS, MFAudioFormat_AAC, MFAudioFormat_ALAC, MFAudioFormat_FLAC,
    MFAudioFormat_Float, MFAudioFormat_MP3, MFAudioFormat_MPEG, MFAudioFormat_PCM,
    MFAudioFormat_Vorbis,
};
use mfplat::media_type::{AudioFormat, MediaType};
use mfplat::propvariant::Value;
use mfplat::sample::Sample;

/// The codecs a decoder transform takes: symphonia's id, the subtype, and
/// whether it is lossless (decoded to integer PCM at its bit depth). MPEG
/// layer I shares MFAudioFormat_MPEG with layer II and symphonia needs to
/// be told which; the type would carry it in an MPEG1WAVEFORMAT, so layer I
/// stays decoded in the source.
type Codec = (
    symphonia::core::codecs::audio::AudioCodecId,
    GUID,
    bool,
    &'static str,
);
const CODECS: [Codec; 6] = [
    (
        CODEC_ID_FLAC,
        MFAudioFormat_FLAC,
        true,
        "MFAudioFormat_FLAC",
    ),
    (
        CODEC_ID_ALAC,
        MFAudioFormat_ALAC,
        true,
        "MFAudioFormat_ALAC",
    ),
    (CODEC_ID_MP3, MFAudioFormat_MP3, false, "MFAudioFormat_MP3"),
    (
        CODEC_ID_MP2,
        MFAudioFormat_MPEG,
        false,
        "MFAudioFormat_MPEG",
    ),
    (CODEC_ID_AAC, MFAudioFormat_AAC, false, "MFAudioFormat_AAC"),
    (
        CODEC_ID_VORBIS,
        MFAudioFormat_Vorbis,
        false,
        "MFAudioFormat_Vorbis",
    ),
];

/// The SDK's name of an audio subtype a source here offers.
pub fn subtype_name(subtype: &GUID) -> Option<&'static str> {
    match *subtype {
        s if s == MFAudioFormat_PCM => Some("MFAudioFormat_PCM"),
        s if s == MFAudioFormat_Float => Some("MFAudioFormat_Float"),
        s => CODECS.iter().find(|c| c.1 == s).map(|c| c.3),
    }
}

/// SPEAKER_* bits of a channel mask: symphonia's positions use the same
/// bits for the 18 WAVEFORMATEXTENSIBLE speakers.
const SPEAKER_BITS: u64 = 0x3_ffff;

/// What a track decodes to: integer PCM at the declared depth for lossless
/// codecs, float for lossy ones; None for a codec no decoder transform
/// takes (the source decodes those itself).
pub fn decoded_format(params: &AudioCodecParameters) -> Option<AudioFormat> {
    let &(_, _, lossless, _) = CODECS.iter().find(|c| c.0 == params.codec)?;
    let rate = params.sample_rate?;
    let channels = params.channels.as_ref()?.count() as u32;
    let bits = match (lossless, crate::demux::declared_bits(params)) {
        (false, _) => 32,
        (true, Some(b @ 1..=32)) => 8 * b.div_ceil(8),
        (true, _) => return None,
    };
    (channels > 0).then_some(AudioFormat {
        float: !lossless,
        channels,
        rate,
        bits,
    })
}

/// The media type a source stream of `params` offers, when a decoder
/// transform takes the codec: major type audio, the codec's subtype, rate,
/// channels (and their mask), the bit depth of lossless codecs, and the
/// setup data the container holds (FLAC's STREAMINFO, AAC's
/// AudioSpecificConfig behind HEAACWAVEINFO's tail, Vorbis' headers,
/// ALAC's cookie) in MF_MT_USER_DATA.
pub fn coded_media_type(params: &AudioCodecParameters) -> Option<IMFMediaType> {
    decoded_format(params)?;
    let &(_, subtype, lossless, _) = CODECS.iter().find(|c| c.0 == params.codec)?;
    let t = MediaType::default();
    let channels = params.channels.as_ref()?;
    let mut attributes = vec![
        (MF_MT_MAJOR_TYPE, Value::Guid(MFMediaType_Audio)),
        (MF_MT_SUBTYPE, Value::Guid(subtype)),
        (MF_MT_COMPRESSED, Value::U32(1)),
        (
            MF_MT_AUDIO_NUM_CHANNELS,
            Value::U32(channels.count() as u32),
        ),
        (
            MF_MT_AUDIO_SAMPLES_PER_SECOND,
            Value::U32(params.sample_rate?),
        ),
    ];
    if let Channels::Positioned(p) = channels {
        attributes.push((
            MF_MT_AUDIO_CHANNEL_MASK,
            Value::U32((p.bits() & SPEAKER_BITS) as u32),
        ));
    }
    if let (true, Some(bits)) = (lossless, crate::demux::declared_bits(params)) {
        attributes.push((MF_MT_AUDIO_BITS_PER_SAMPLE, Value::U32(bits)));
    }
    if subtype == MFAudioFormat_AAC {
        let config = params.extra_data.as_deref().unwrap_or_default();
        attributes.push((MF_MT_AAC_PAYLOAD_TYPE, Value::U32(AAC_RAW)));
        attributes.push((
            MF_MT_AAC_AUDIO_PROFILE_LEVEL_INDICATION,
            Value::U32(AAC_PROFILE_UNSPECIFIED.into()),
        ));
        attributes.push((MF_MT_USER_DATA, Value::Blob(aac_user_data(config))));
    } else if let Some(data) = &params.extra_data {
        attributes.push((MF_MT_USER_DATA, Value::Blob(data.to_vec())));
    }
    for (k, v) in attributes {
        t.attributes.set(k, v);
    }
    Some(t.into())
}

/// The size of HEAACWAVEINFO's fields after its WAVEFORMATEX
/// (wPayloadType, wAudioProfileLevelIndication, wStructType, wReserved1,
/// dwReserved2), which the "AAC Media Types" page puts at the start of an
/// AAC type's MF_MT_USER_DATA, before the AudioSpecificConfig.
const HEAAC_TAIL: usize = 12;
/// wPayloadType / MF_MT_AAC_PAYLOAD_TYPE 0: raw AAC frames, which are what
/// the source's samples hold (an ADTS file's headers are stripped).
const AAC_RAW: u32 = 0;
/// wAudioProfileLevelIndication 0xFE: no profile specified.
const AAC_PROFILE_UNSPECIFIED: u16 = 0xFE;

/// An AAC type's MF_MT_USER_DATA as Windows' sources give it: the
/// HEAACWAVEINFO tail (struct type 0: the AudioSpecificConfig follows),
/// then the AudioSpecificConfig.
fn aac_user_data(config: &[u8]) -> Vec<u8> {
    let mut data = Vec::with_capacity(HEAAC_TAIL + config.len());
    data.extend_from_slice(&(AAC_RAW as u16).to_le_bytes());
    data.extend_from_slice(&AAC_PROFILE_UNSPECIFIED.to_le_bytes());
    data.extend_from_slice(&[0; HEAAC_TAIL - 4]);
    data.extend_from_slice(config);
    data
}

/// The AudioSpecificConfig in an AAC type's MF_MT_USER_DATA: after the
/// HEAACWAVEINFO tail (Windows' layout: struct type 0, reserved fields
/// zero), or the whole blob when it holds the config alone, as some
/// programs give it.
fn aac_config(user_data: &[u8]) -> &[u8] {
    match user_data.split_at_checked(HEAAC_TAIL) {
        Some((tail, config)) if tail[4..].iter().all(|&b| b == 0) => config,
        _ => user_data,
    }
}

/// The codec parameters a coded media type describes; MF_E_INVALIDMEDIATYPE
/// for one no decoder here takes.
fn params_from_type(t: &IMFMediaType) -> Result<AudioCodecParameters> {
    let invalid = |_| windows_core::Error::from(MF_E_INVALIDMEDIATYPE);
    // SAFETY: plain COM calls on a live interface with valid keys.
    unsafe {
        if t.GetGUID(&MF_MT_MAJOR_TYPE).map_err(invalid)? != MFMediaType_Audio {
            return fail(MF_E_INVALIDMEDIATYPE);
        }
        let subtype = t.GetGUID(&MF_MT_SUBTYPE).map_err(invalid)?;
        let Some(&(codec, ..)) = CODECS.iter().find(|c| c.1 == subtype) else {
            return fail(MF_E_INVALIDMEDIATYPE);
        };
        let count = t.GetUINT32(&MF_MT_AUDIO_NUM_CHANNELS).map_err(invalid)?;
        let positions = t
            .GetUINT32(&MF_MT_AUDIO_CHANNEL_MASK)
            .ok()
            .map(|m| Position::from_bits_truncate(m as u64 & SPEAKER_BITS))
            .filter(|p| p.bits().count_ones() == count);
        let mut params = AudioCodecParameters::new();
        params
            .for_codec(codec)
            .with_sample_rate(
                t.GetUINT32(&MF_MT_AUDIO_SAMPLES_PER_SECOND)
                    .map_err(invalid)?,
            )
            .with_channels(match positions {
                Some(p) => Channels::Positioned(p),
                None => Channels::Discrete(
                    u16::try_from(count)
                        .map_err(|_| windows_core::Error::from(MF_E_INVALIDMEDIATYPE))?,
                ),
            });
        if let Ok(bits) = t.GetUINT32(&MF_MT_AUDIO_BITS_PER_SAMPLE) {
            params.with_bits_per_sample(bits);
        }
        let mut setup = blob(t, &MF_MT_USER_DATA);
        if subtype == MFAudioFormat_AAC {
            setup = aac_config(&setup).to_vec();
        }
        if !setup.is_empty() {
            params.with_extra_data(setup.into_boxed_slice());
        }
        decoded_format(&params).ok_or_else(|| windows_core::Error::from(MF_E_INVALIDMEDIATYPE))?;
        Ok(params)
    }
}

/// A blob attribute's bytes; none when it is not set.
fn blob(attributes: &IMFAttributes, key: &GUID) -> Vec<u8> {
    // SAFETY: plain COM calls; the buffer holds the size GetBlobSize gave.
    unsafe {
        let Ok(size) = attributes.GetBlobSize(key) else {
            return Vec::new();
        };
        let mut data = vec![0u8; size as usize];
        let mut got = 0;
        if attributes
            .GetBlob(key, data.as_mut_ptr(), size, &mut got)
            .is_err()
        {
            return Vec::new();
        }
        data.truncate(got as usize);
        data
    }
}

/// The uncompressed type a stream of type `t` reaches a sink in: `t`
/// itself when it is PCM or float, else what its decoder gives.
pub fn decoded_type(t: &IMFMediaType) -> Result<IMFMediaType> {
    if AudioFormat::from_media_type(t).is_ok() {
        return Ok(t.clone());
    }
    let params = params_from_type(t)?;
    decoded_format(&params)
        .map(|f| f.media_type())
        .ok_or_else(|| windows_core::Error::from(MF_E_INVALIDMEDIATYPE))
}

/// The decoder's engine under the shared transform shell.
#[derive(Default)]
pub struct Decoder {
    /// The input type and the decoder made for it, whose format is the one
    /// output type.
    input: Option<(Agile<IMFMediaType>, PacketDecoder)>,
    /// The output type is set (to the decoder's format).
    output_set: bool,
}

impl Decoder {
    /// The output format once both types are set.
    fn decoded(&self) -> Option<AudioFormat> {
        let (_, decoder) = self.input.as_ref()?;
        self.output_set.then(|| decoder.format())
    }
}

impl Engine for Decoder {
    fn input_type(&self) -> Option<IMFMediaType> {
        self.input.as_ref().map(|(t, _)| t.0.clone())
    }

    fn output_type(&self) -> Option<IMFMediaType> {
        self.decoded().map(|f| f.media_type())
    }

    fn ready(&self) -> bool {
        self.decoded().is_some()
    }

    fn set_input(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()> {
        let Some(t) = t else {
            if !test_only {
                *self = Decoder::default();
            }
            return Ok(());
        };
        let params = params_from_type(t)?;
        let format = decoded_format(&params)
            .ok_or_else(|| windows_core::Error::from(MF_E_INVALIDMEDIATYPE))?;
        let decoder = PacketDecoder::new(&params, Some(format))
            .map_err(|e| windows_core::Error::from(e.hresult()))?;
        if !test_only {
            self.output_set &= self.decoded() == Some(format);
            self.input = Some((Agile(t.clone()), decoder));
        }
        Ok(())
    }

    /// The output is the one format the input decodes to.
    fn set_output(&mut self, t: Option<&IMFMediaType>, test_only: bool) -> Result<()> {
        let format = t.map(AudioFormat::from_media_type).transpose()?;
        let Some((_, decoder)) = &self.input else {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        };
        if format.is_some_and(|f| f != decoder.format()) {
            return fail(MF_E_INVALIDMEDIATYPE);
        }
        if !test_only {
            self.output_set = format.is_some();
        }
        Ok(())
    }

    fn input_available(&self, index: u32) -> Result<IMFMediaType> {
        match (&self.input, index) {
            (Some((t, _)), 0) => Ok(t.0.clone()),
            _ => fail(MF_E_NO_MORE_TYPES),
        }
    }

    fn output_available(&self, index: u32) -> Result<IMFMediaType> {
        match (&self.input, index) {
            (Some((_, decoder)), 0) => Ok(decoder.format().media_type()),
            (Some(_), _) => fail(MF_E_NO_MORE_TYPES),
            (None, _) => fail(MF_E_TRANSFORM_TYPE_NOT_SET),
        }
    }

    fn sizes(&self) -> (u32, u32) {
        (0, self.decoded().map_or(0, |f| f.block_align()))
    }

    /// Decodes every packet of the sample (one per buffer), cutting what
    /// MF_WINSESSION_PACKET_CUTS names; a discontinuity resets the decoder
    /// first.
    fn process(&mut self, sample: &IMFSample) -> Result<Option<IMFSample>> {
        let format = self
            .decoded()
            .ok_or_else(|| windows_core::Error::from(MF_E_TRANSFORM_TYPE_NOT_SET))?;
        let Some((_, decoder)) = self.input.as_mut() else {
            return fail(MF_E_TRANSFORM_TYPE_NOT_SET);
        };
        // SAFETY: plain COM calls on live interfaces; each buffer is read
        // while locked, between Lock and Unlock.
        unsafe {
            if sample
                .GetUINT32(&MFSampleExtension_Discontinuity)
                .is_ok_and(|d| d != 0)
            {
                decoder.reset();
            }
            let cuts = blob(sample, &MF_WINSESSION_PACKET_CUTS);
            let time = sample.GetSampleTime().unwrap_or(0);
            // Room for what the sample's duration says and a codec frame
            // more, so that the output grows once at most; a duration an
            // application makes up reserves no more than 2^18 frames.
            let frames = sample.GetSampleDuration().unwrap_or(0).max(0) as u128
                * format.rate as u128
                / 10_000_000;
            let room = (frames as usize).min(1 << 18) + 8192;
            let mut out = Vec::with_capacity(room * format.block_align() as usize);
            for i in 0..sample.GetBufferCount()? {
                let cut = |k: usize| {
                    let at = (i as usize * 3 + k) * 4;
                    cuts.get(at..at + 4)
                        .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                };
                let buffer = sample.GetBufferByIndex(i)?;
                mfplat::sample::with_buffer_bytes(&buffer, |data| {
                    let mut packet = PacketRef::new(0, Timestamp::ZERO, Duration::new(0), data);
                    packet.trim_start = Duration::new(cut(0) as u64);
                    packet.trim_end = Duration::new(cut(1) as u64);
                    decoder
                        .decode(&packet, cut(2) as u64, &mut out)
                        .map_err(|e| windows_core::Error::from(e.hresult()))
                })?;
            }
            if out.is_empty() {
                return Ok(None);
            }
            let frames = out.len() as u64 / format.block_align().max(1) as u64;
            Sample::with_bytes(out, time, format.frames_to_hns(frames)).map(Some)
        }
    }

    fn drain(&mut self) -> Result<Option<IMFSample>> {
        Ok(None)
    }

    fn flush(&mut self) {
        if let Some((_, decoder)) = self.input.as_mut() {
            decoder.reset();
        }
    }
}

/// A decoder from `coded` to `decoded`, as IUnknown for a topology node.
pub fn create_node_object(coded: &IMFMediaType, decoded: &IMFMediaType) -> Result<IUnknown> {
    Transform::node_object(Box::<Decoder>::default(), coded, decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aac_user_data_is_windows_layout_and_both_layouts_are_read() {
        let config = [0x12, 0x10];
        let data = aac_user_data(&config);
        assert_eq!(data.len(), HEAAC_TAIL + 2);
        // wPayloadType 0, wAudioProfileLevelIndication 0xFE, then zeros.
        assert_eq!(&data[..4], &[0, 0, 0xFE, 0]);
        assert!(data[4..HEAAC_TAIL].iter().all(|&b| b == 0));
        assert_eq!(aac_config(&data), &config);
        // An AudioSpecificConfig alone, as some programs give it.
        assert_eq!(aac_config(&config), &config);
        let long_config = [0x13, 0x90, 0x56, 0xe5, 0xa5, 0x48, 0x80, 1, 2, 3, 4, 5, 6];
        assert_eq!(aac_config(&long_config), &long_config);
    }
}
