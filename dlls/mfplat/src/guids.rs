//! The GUIDs Media Foundation's headers define that Microsoft's metadata
//! (and so tools/mf-bindgen) lacks. Values from constants.md where it lists
//! them, otherwise from the SDK's mfapi.h / mfidl.h.

use windows_core::GUID;

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

/// Audio subtypes are the WAVE format tag in the base GUID
/// XXXXXXXX-0000-0010-8000-00AA00389B71 (mfapi.h DEFINE_MEDIATYPE_GUID).
const fn audio_subtype(tag: u32) -> GUID {
    GUID::from_u128(((tag as u128) << 96) | 0x0000_0010_8000_00aa_0038_9b71)
}

#[allow(non_upper_case_globals)] // the SDK's names
pub const MFAudioFormat_PCM: GUID = audio_subtype(0x0001);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_Float: GUID = audio_subtype(0x0003);
/// The coded formats the media source gives and the decoder transform
/// takes (mfapi.h: WAVE_FORMAT_MPEG, _MPEGLAYER3, _MPEG_HEAAC, and the
/// FLAC and ALAC tags; Vorbis has a GUID of its own).
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_MPEG: GUID = audio_subtype(0x0050);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_MP3: GUID = audio_subtype(0x0055);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_AAC: GUID = audio_subtype(0x1610);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_ALAC: GUID = audio_subtype(0x6c61);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_FLAC: GUID = audio_subtype(0xf1ac);
#[allow(non_upper_case_globals)]
pub const MFAudioFormat_Vorbis: GUID = GUID::from_u128(0x8d2fd10b_5841_4a6b_8905_588fec1aded9);

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
}
