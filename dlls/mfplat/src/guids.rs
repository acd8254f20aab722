//! The GUIDs Media Foundation's headers define that Microsoft's metadata
//! (and so tools/mf-bindgen) lacks. Values from constants.md where it lists
//! them, otherwise from the SDK's mfapi.h / mfidl.h.

use windows_core::GUID;

use crate::bindings::{D3DFMT_A8R8G8B8, D3DFMT_R8G8B8, D3DFMT_X8R8G8B8};
use crate::format::media_subtype;

/// MF_RATE_CONTROL_SERVICE (constants.md).
pub const MF_RATE_CONTROL_SERVICE: GUID = GUID::from_u128(0x866fa297_b802_4bf8_9dc9_5e3b6a9f53c9);

/// Topology-node attributes (constants.md, mfidl.h).
pub const MF_TOPONODE_SOURCE: GUID = GUID::from_u128(0x835c58ec_e075_4bc7_bcba_4de000df9ae6);
pub const MF_TOPONODE_PRESENTATION_DESCRIPTOR: GUID =
    GUID::from_u128(0x835c58ed_e075_4bc7_bcba_4de000df9ae6);
pub const MF_TOPONODE_STREAM_DESCRIPTOR: GUID =
    GUID::from_u128(0x835c58ee_e075_4bc7_bcba_4de000df9ae6);
pub const MF_TOPONODE_STREAMID: GUID = GUID::from_u128(0x14932f9b_9087_4bb4_8412_5167145cbe04);
pub const MF_TOPOLOGY_RESOLUTION_STATUS: GUID =
    GUID::from_u128(0x494bbcde_b031_4e38_97c4_d5422dd618dc);

/// MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME (constants.md), on
/// MESessionStopped and MESessionEnded (CONFORMANCE E18, I3).
pub const MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME: GUID =
    GUID::from_u128(0x190e852f_6238_42d1_b5af_69ea338ef850);

/// MF_PD_DURATION (mfidl.h): the presentation's length in 100 ns.
pub const MF_PD_DURATION: GUID = GUID::from_u128(0x6c990d33_bb8e_477a_8598_0d5d96fcd88a);

/// MFCreateMediaSession's configuration attributes (constants.md): the
/// topology loader's CLSID and the quality manager's. The session here has
/// its own loader and no quality manager, and accepts any value (A5).
pub const MF_SESSION_TOPOLOADER: GUID = GUID::from_u128(0x1e83d482_1f1c_4571_8405_88f4b2181f71);
pub const MF_SESSION_QUALITY_MANAGER: GUID =
    GUID::from_u128(0x1e83d482_1f1c_4571_8405_88f4b2181f73);

/// MF_SAMPLEGRABBERSINK_IGNORE_CLOCK (mfidl.h).
pub const MF_SAMPLEGRABBERSINK_IGNORE_CLOCK: GUID =
    GUID::from_u128(0x0efda2c0_2b69_4e2e_ab8d_46dcbff7d25d);

// Audio subtypes are the WAVE format tag in the base GUID
// XXXXXXXX-0000-0010-8000-00AA00389B71 (mfapi.h DEFINE_MEDIATYPE_GUID).
#[allow(non_upper_case_globals)] // the SDK's names
pub const MFAudioFormat_PCM: GUID = media_subtype(0x0001);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_Float: GUID = media_subtype(0x0003);
/// The coded formats the media source gives and the decoder transform
/// takes (mfapi.h: WAVE_FORMAT_MPEG, _MPEGLAYER3, _MPEG_HEAAC, and the
/// FLAC and ALAC tags; Vorbis has a GUID of its own).
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_MPEG: GUID = media_subtype(0x0050);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_MP3: GUID = media_subtype(0x0055);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_AAC: GUID = media_subtype(0x1610);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_ALAC: GUID = media_subtype(0x6c61);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_FLAC: GUID = media_subtype(0xf1ac);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_Vorbis: GUID = GUID::from_u128(0x8d2fd10b_5841_4a6b_8905_588fec1aded9);

/// Video subtypes: mfapi.h's DEFINE_MEDIATYPE_GUID puts the FOURCC (as a
/// little-endian DWORD), or for the RGB formats the D3DFORMAT value, in the
/// same base GUID ("Video Subtype GUIDs"); Microsoft's metadata lists none
/// of these.
const fn fourcc_subtype(code: &[u8; 4]) -> GUID {
    media_subtype(u32::from_le_bytes(*code))
}

#[allow(non_upper_case_globals)]
pub const MFVideoFormat_RGB32: GUID = media_subtype(D3DFMT_X8R8G8B8 as u32);
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_ARGB32: GUID = media_subtype(D3DFMT_A8R8G8B8 as u32);
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_RGB24: GUID = media_subtype(D3DFMT_R8G8B8 as u32);
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_NV12: GUID = fourcc_subtype(b"NV12");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_YUY2: GUID = fourcc_subtype(b"YUY2");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_I420: GUID = fourcc_subtype(b"I420");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_IYUV: GUID = fourcc_subtype(b"IYUV");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_YV12: GUID = fourcc_subtype(b"YV12");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_H264: GUID = fourcc_subtype(b"H264");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_HEVC: GUID = fourcc_subtype(b"HEVC");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_VP80: GUID = fourcc_subtype(b"VP80");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_VP90: GUID = fourcc_subtype(b"VP90");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_AV1: GUID = fourcc_subtype(b"AV01");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_MJPG: GUID = fourcc_subtype(b"MJPG");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_MP4V: GUID = fourcc_subtype(b"MP4V");
#[allow(non_upper_case_globals)]
pub const MFVideoFormat_WMV3: GUID = fourcc_subtype(b"WMV3");

/// winsession's own sample attribute (a blob): for each buffer (packet) of
/// a coded sample, three little-endian UINT32s: the decoded frames the
/// container trims from its start and its end (encoder delay and padding),
/// and the frames after those that come before the position a seek asked
/// for. The decoder transform drops them all, so that gapless formats keep
/// their length and a seek lands on its frame; the sample's time is that of
/// its first frame kept. Absent when nothing is cut. Not an SDK attribute:
/// only this decoder reads it.
pub const MF_WINSESSION_PACKET_CUTS: GUID = GUID::from_u128(0x3c1e2f4a_8b6d_4e5f_9a0b_7c2d1e6f5a93);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audio_subtypes_use_the_wave_tag_base() {
        assert_eq!(
            format!("{:?}", MFAudioFormat_PCM),
            "00000001-0000-0010-8000-00AA00389B71"
        );
        assert_eq!(MFAudioFormat_Float.data1, 3);
    }

    /// The values the SDK's mfapi.h spells out for a few of them.
    #[test]
    fn video_subtypes_use_the_fourcc_or_d3dformat() {
        assert_eq!(
            format!("{:?}", MFVideoFormat_NV12),
            "3231564E-0000-0010-8000-00AA00389B71"
        );
        assert_eq!(
            format!("{:?}", MFVideoFormat_H264),
            "34363248-0000-0010-8000-00AA00389B71"
        );
        assert_eq!(MFVideoFormat_RGB32.data1, 22);
        assert_eq!(MFVideoFormat_ARGB32.data1, 21);
        assert_eq!(MFVideoFormat_AV1.data1, 0x3130_5641);
    }
}
