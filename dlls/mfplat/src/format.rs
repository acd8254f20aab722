//! The arithmetic mfplat offers as functions: MFllMulDiv, frame rate and
//! average frame time (MFFrameRateToAverageTimePerFrame and back), and the
//! stride and image size of uncompressed video subtypes
//! (MFGetStrideForBitmapInfoHeader, MFCalculateImageSize).

use windows_core::{GUID, HRESULT};

use crate::bindings::{
    D3DFMT_A2B10G10R10, D3DFMT_A8R8G8B8, D3DFMT_A16B16G16R16F, D3DFMT_P8, D3DFMT_R5G6B5,
    D3DFMT_R8G8B8, D3DFMT_X1R5G5B5, D3DFMT_X8R8G8B8, MF_E_INVALIDMEDIATYPE,
};
use crate::com::E_INVALIDARG;

/// ((a * b) + d) / c rounded toward zero, without intermediate overflow; a
/// result out of range, or a zero divisor, is _I64_MAX or LLONG_MIN by the
/// sign of the dividend ("MFllMulDiv function").
pub fn mul_div(a: i64, b: i64, c: i64, d: i64) -> i64 {
    let dividend = a as i128 * b as i128 + d as i128;
    let saturated = if dividend < 0 { i64::MIN } else { i64::MAX };
    if c == 0 {
        return saturated;
    }
    i64::try_from(dividend / c as i128).unwrap_or(saturated)
}

/// The look-up table of "MFFrameRateToAverageTimePerFrame function":
/// (numerator, denominator, 100-ns units per frame).
const COMMON_RATES: [(u32, u32, u64); 8] = [
    (60000, 1001, 166833),
    (30000, 1001, 333667),
    (24000, 1001, 417188),
    (60, 1, 166667),
    (30, 1, 333333),
    (50, 1, 200000),
    (25, 1, 400000),
    (24, 1, 416667),
];

const HNS_PER_SECOND: u64 = 10_000_000;

/// A frame's duration in 100-ns units: the table's value for the common
/// rates, else rounded to the nearest unit; 0 for a zero rate (what
/// Windows answers, as Wine's tests record).
pub fn average_time_per_frame(numerator: u32, denominator: u32) -> u64 {
    if let Some(&(_, _, time)) = COMMON_RATES
        .iter()
        .find(|(n, d, _)| (*n, *d) == (numerator, denominator))
    {
        return time;
    }
    if numerator == 0 {
        return 0;
    }
    let (n, d) = (numerator as u128, denominator as u128);
    ((d * HNS_PER_SECOND as u128 * 2 + n) / (n * 2)) as u64
}

/// The frame rate of a frame duration: the common rates from the same
/// table, else 10^7 / duration as a reduced fraction (scaled to fit 32 bits
/// when it does not); 0/0 for a zero duration.
pub fn frame_rate(average_time: u64) -> (u32, u32) {
    if let Some(&(n, d, _)) = COMMON_RATES.iter().find(|(_, _, t)| *t == average_time) {
        return (n, d);
    }
    if average_time == 0 {
        return (0, 0);
    }
    let divisor = gcd(HNS_PER_SECOND, average_time);
    let (n, d) = (HNS_PER_SECOND / divisor, average_time / divisor);
    match u32::try_from(d) {
        Ok(d) => (n as u32, d),
        Err(_) => {
            let n = (HNS_PER_SECOND as u128 * u32::MAX as u128 + average_time as u128 / 2)
                / average_time as u128;
            (n as u32, u32::MAX)
        }
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// Subtype GUIDs put a FOURCC or D3DFORMAT in the base GUID
/// XXXXXXXX-0000-0010-8000-00AA00389B71 ("Video Subtype GUIDs").
const SUBTYPE_BASE: u128 = 0x0000_0010_8000_00aa_0038_9b71;

pub const fn media_subtype(code: u32) -> GUID {
    GUID::from_u128(((code as u128) << 96) | SUBTYPE_BASE)
}

const fn fourcc(code: &[u8; 4]) -> u32 {
    u32::from_le_bytes(*code)
}

/// How a subtype lays its pixels out in memory ("Image Stride",
/// "Recommended 8-Bit YUV Formats for Video Rendering").
#[derive(Clone, Copy, Debug, PartialEq)]
enum Layout {
    /// Bottom-up rows of this many bytes per pixel, padded to a DWORD:
    /// the stride of a BITMAPINFOHEADER image is negative.
    Rgb(u32),
    /// Top-down rows of this many bytes per pixel (AYUV).
    Packed(u32),
    /// 4:2:2 macropixels of two pixels in four bytes (YUY2, UYVY, YVYU).
    Packed422,
    /// 4:2:0 with a full-size Y plane then half-size chroma (NV12, YV12,
    /// I420, IYUV): the stride is the Y plane's.
    Planar420,
}

const VIDEO_LAYOUTS: [(u32, Layout); 17] = [
    (D3DFMT_P8 as u32, Layout::Rgb(1)),
    (D3DFMT_X1R5G5B5 as u32, Layout::Rgb(2)),
    (D3DFMT_R5G6B5 as u32, Layout::Rgb(2)),
    (D3DFMT_R8G8B8 as u32, Layout::Rgb(3)),
    (D3DFMT_X8R8G8B8 as u32, Layout::Rgb(4)),
    (D3DFMT_A8R8G8B8 as u32, Layout::Rgb(4)),
    (D3DFMT_A2B10G10R10 as u32, Layout::Rgb(4)),
    (D3DFMT_A16B16G16R16F as u32, Layout::Rgb(8)),
    (fourcc(b"AYUV"), Layout::Packed(4)),
    (fourcc(b"YUY2"), Layout::Packed422),
    (fourcc(b"UYVY"), Layout::Packed422),
    (fourcc(b"YVYU"), Layout::Packed422),
    (fourcc(b"NV12"), Layout::Planar420),
    (fourcc(b"NV21"), Layout::Planar420),
    (fourcc(b"YV12"), Layout::Planar420),
    (fourcc(b"I420"), Layout::Planar420),
    (fourcc(b"IYUV"), Layout::Planar420),
];

fn layout(code: u32) -> Option<Layout> {
    VIDEO_LAYOUTS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, l)| *l)
}

fn align(value: u64, to: u64) -> u64 {
    value.div_ceil(to) * to
}

/// The minimum stride of one row, negative for bottom-up RGB
/// (MFGetStrideForBitmapInfoHeader); MF_E_INVALIDMEDIATYPE for a format
/// that is not uncompressed video.
pub fn bitmap_stride(format: u32, width: u32) -> Result<i32, HRESULT> {
    let width = width as u64;
    let (bytes, negative) = match layout(format).ok_or(MF_E_INVALIDMEDIATYPE)? {
        Layout::Rgb(pixel) => (align(width * pixel as u64, 4), true),
        Layout::Packed(pixel) => (width * pixel as u64, false),
        Layout::Packed422 => (align(width, 2) * 2, false),
        Layout::Planar420 => (width, false),
    };
    let bytes = i32::try_from(bytes).map_err(|_| E_INVALIDARG)?;
    Ok(if negative { -bytes } else { bytes })
}

/// The size of one uncompressed frame (MFCalculateImageSize); E_INVALIDARG
/// for a subtype that is not uncompressed video, or a size past 32 bits.
pub fn image_size(subtype: &GUID, width: u32, height: u32) -> Result<u32, HRESULT> {
    let base = subtype.to_u128() & ((1u128 << 96) - 1);
    if base != SUBTYPE_BASE {
        return Err(E_INVALIDARG);
    }
    // Rows of up to 2^32 pixels of 8 bytes, 2^32 rows: 128-bit products.
    let (width, height) = (width as u64, height as u128);
    let size = match layout(subtype.data1).ok_or(E_INVALIDARG)? {
        Layout::Rgb(pixel) => align(width * pixel as u64, 4) as u128 * height,
        Layout::Packed(pixel) => (width * pixel as u64) as u128 * height,
        Layout::Packed422 => (align(width, 2) * 2) as u128 * height,
        Layout::Planar420 => align(width, 2) as u128 * height * 3 / 2,
    };
    u32::try_from(size).map_err(|_| E_INVALIDARG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mul_div_truncates_and_saturates() {
        assert_eq!(mul_div(0, 0, 0, 0), i64::MAX);
        assert_eq!(mul_div(-1, 1, 0, 0), i64::MIN);
        assert_eq!(mul_div(1_000_000, 1_000_000, 2, 0), 500_000_000_000);
        assert_eq!(mul_div(i64::MAX, 3, i64::MAX, 1), 3);
        assert_eq!(mul_div(-10_000, 3, 100, 0), -300);
        assert_eq!(mul_div(2, 0, 3, 5), 1);
        assert_eq!(mul_div(2, 1, 1, -3), -1);
        assert_eq!(mul_div(-7, 1, 2, 0), -3, "toward zero, not floor");
        assert_eq!(mul_div(i64::MAX, 4, 8, 0), i64::MAX / 2);
        assert_eq!(mul_div(i64::MAX, 4, 0x1_0000_0000, 0), 0x1_ffff_ffff);
        assert_eq!(mul_div(i64::MAX, 2, 1, 0), i64::MAX);
        assert_eq!(mul_div(i64::MIN, 2, 1, 0), i64::MIN);
    }

    #[test]
    fn frame_rates_use_the_documented_table() {
        for (n, d, t) in [
            (60000, 1001, 166833),
            (30000, 1001, 333667),
            (24000, 1001, 417188),
            (60, 1, 166667),
            (30, 1, 333333),
            (50, 1, 200000),
            (25, 1, 400000),
            (24, 1, 416667),
            (39, 1, 256410),
            (120, 1, 83333),
            (0, 0, 0),
            (0, 1001, 0),
        ] {
            assert_eq!(average_time_per_frame(n, d), t, "{n}/{d}");
        }
        // 23.976 is the table's value, not 10^7 * 1001 / 24000 (417083).
        assert_ne!(average_time_per_frame(24000, 1001), 417083);
    }

    #[test]
    fn frame_durations_map_back_to_rates() {
        assert_eq!(frame_rate(166833), (60000, 1001));
        assert_eq!(frame_rate(333667), (30000, 1001));
        assert_eq!(frame_rate(417188), (24000, 1001));
        assert_eq!(frame_rate(400000), (25, 1));
        assert_eq!(frame_rate(1_000_000), (10, 1));
        assert_eq!(frame_rate(3), (10_000_000, 3));
        assert_eq!(frame_rate(0), (0, 0));
        let (n, d) = frame_rate(u64::MAX / 2);
        assert_eq!(d, u32::MAX);
        assert!(n <= 1);
    }

    fn subtype(code: &[u8; 4]) -> GUID {
        media_subtype(fourcc(code))
    }

    #[test]
    fn rgb_strides_are_negative_and_dword_aligned() {
        for (format, width, stride) in [
            (D3DFMT_P8, 3, -4),
            (D3DFMT_P8, 1, -4),
            (D3DFMT_X1R5G5B5, 3, -8),
            (D3DFMT_R5G6B5, 1, -4),
            (D3DFMT_R8G8B8, 3, -12),
            (D3DFMT_R8G8B8, 1, -4),
            (D3DFMT_X8R8G8B8, 3, -12),
            (D3DFMT_A8R8G8B8, 1, -4),
            (D3DFMT_A2B10G10R10, 3, -12),
            (D3DFMT_A16B16G16R16F, 3, -24),
            (D3DFMT_A16B16G16R16F, 1, -8),
        ] {
            assert_eq!(bitmap_stride(format as u32, width), Ok(stride), "{format}");
        }
    }

    #[test]
    fn yuv_strides_follow_the_luma_plane() {
        for (code, width, stride) in [
            (b"NV12", 1, 1),
            (b"NV12", 3, 3),
            (b"AYUV", 5, 20),
            (b"YV12", 320, 320),
            (b"I420", 3, 3),
            (b"IYUV", 2, 2),
            (b"YUY2", 4, 8),
            (b"UYVY", 3, 8),
        ] {
            assert_eq!(bitmap_stride(fourcc(code), width), Ok(stride));
        }
        assert_eq!(
            bitmap_stride(fourcc(b"H264"), 1),
            Err(MF_E_INVALIDMEDIATYPE)
        );
    }

    #[test]
    fn image_sizes_match_windows() {
        let rgb = |f: i32| media_subtype(f as u32);
        for (t, w, h, size) in [
            (rgb(D3DFMT_P8), 3, 5, 20),
            (rgb(D3DFMT_P8), 1, 1, 4),
            (rgb(D3DFMT_X1R5G5B5), 3, 5, 40),
            (rgb(D3DFMT_R5G6B5), 1, 1, 4),
            (rgb(D3DFMT_R8G8B8), 3, 5, 60),
            (rgb(D3DFMT_X8R8G8B8), 3, 5, 60),
            (rgb(D3DFMT_A16B16G16R16F), 3, 5, 120),
            (subtype(b"NV12"), 1, 3, 9),
            (subtype(b"NV12"), 1, 2, 6),
            (subtype(b"NV12"), 3, 2, 12),
            (subtype(b"NV12"), 320, 240, 115200),
            (subtype(b"AYUV"), 4, 3, 48),
            (subtype(b"YV12"), 1, 1, 3),
            (subtype(b"I420"), 4, 3, 18),
            (subtype(b"IYUV"), 1, 2, 6),
            (subtype(b"YUY2"), 2, 1, 4),
            (subtype(b"YUY2"), 128, 128, 32768),
            (subtype(b"UYVY"), 320, 240, 153600),
        ] {
            assert_eq!(image_size(&t, w, h), Ok(size), "{t:?} {w}x{h}");
        }
        // IID_IUnknown is not a video subtype.
        let unknown = GUID::from_u128(0x00000000_0000_0000_c000_000000000046);
        assert_eq!(image_size(&unknown, 1, 1), Err(E_INVALIDARG));
        assert_eq!(image_size(&subtype(b"H264"), 1, 1), Err(E_INVALIDARG));
        assert_eq!(
            image_size(&rgb(D3DFMT_X8R8G8B8), u32::MAX, u32::MAX),
            Err(E_INVALIDARG)
        );
    }
}
