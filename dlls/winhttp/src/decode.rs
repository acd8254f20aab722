//! Content-Encoding decoding for WINHTTP_OPTION_DECOMPRESSION.
//!
//! What Windows does ("WINHTTP_OPTION_DECOMPRESSION", option flags page):
//! the option's flags choose which Content-Encodings WinHTTP decodes
//! (WINHTTP_DECOMPRESSION_FLAG_GZIP, _DEFLATE), it sets an Accept-Encoding
//! header of its own "overriding any supplied by the caller" (see
//! [`accept_encoding`]), and without the option compressed bodies reach
//! the application as they are. When it has decoded a body, the response's
//! Content-Encoding and Content-Length headers are gone from what
//! WinHttpQueryHeaders reports: Microsoft's WinHttpHandler strips them when
//! it decodes by hand "to match the behavior of WINHTTP when it does
//! decompression itself" (dotnet/corefx WinHttpResponseParser.cs). Wine does
//! not decode, so its tests record nothing more.
//!
//! gzip is RFC 1952 (one member; bytes after it are ignored), with
//! "x-gzip" taken as gzip (RFC 9110 8.4.1.3). "deflate" is meant to be the
//! zlib format (RFC 9110 8.4.1.2, RFC 1950), but servers also send raw
//! deflate (RFC 1951): a body whose first two bytes are no zlib header is
//! read as raw deflate. A list of encodings ("gzip, deflate") is left
//! undecoded.
//!
//! Decisions where Windows is not recorded: a corrupt stream (bad header,
//! bad deflate data, a CRC-32, Adler-32 or length that does not match) is
//! ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "the server response could not
//! be parsed"; a body that ends before the stream does
//! ([`Decoder::finished`] still false) is the caller's to report the same
//! way, except a body of no bytes at all, which servers send with a
//! Content-Encoding on empty responses and which is best passed on empty. Output is produced at most `max_out` bytes a call, so a small body
//! that expands to gigabytes streams out instead of filling memory.

use flate2::{Crc, Decompress, FlushDecompress, Status};
use win32::{Win32Error, Win32Result};
use windows_sys::Win32::Networking::WinHttp as wh;

const INVALID_SERVER_RESPONSE: Win32Error = Win32Error(wh::ERROR_WINHTTP_INVALID_SERVER_RESPONSE);

/// The most output one decompress call writes: bounds the zeroed scratch
/// space [`Decoder::decode`] lends the inflater.
const STEP: usize = 64 * 1024;

/// RFC 1952 2.3.1 FLG bits.
const FHCRC: u8 = 0x02;
const FEXTRA: u8 = 0x04;
const FNAME: u8 = 0x08;
const FCOMMENT: u8 = 0x10;
const RESERVED: u8 = 0xe0;

/// The Accept-Encoding header WinHTTP sends for the option's `flags`.
pub fn accept_encoding(flags: u32) -> Option<&'static str> {
    let gzip = flags & wh::WINHTTP_DECOMPRESSION_FLAG_GZIP != 0;
    let deflate = flags & wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE != 0;
    match (gzip, deflate) {
        (true, true) => Some("gzip, deflate"),
        (true, false) => Some("gzip"),
        (false, true) => Some("deflate"),
        (false, false) => None,
    }
}

/// Where in the stream the decoder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// gzip: the 10 fixed header bytes (RFC 1952 2.3).
    GzipHeader,
    /// gzip: FEXTRA's 2-byte length.
    GzipExtraLength,
    /// gzip: this many FEXTRA bytes still to skip.
    GzipExtra(u16),
    /// gzip: FNAME, up to its zero byte.
    GzipName,
    /// gzip: FCOMMENT, up to its zero byte.
    GzipComment,
    /// gzip: FHCRC's 2 bytes.
    GzipHeaderCrc,
    /// "deflate": zlib or raw, decided by the first two bytes.
    DeflateSniff,
    /// The deflate data.
    Body,
    /// gzip: CRC-32 and ISIZE (RFC 1952 2.3.1).
    GzipTrailer,
    Done,
}

/// A response body's Content-Encoding decoder.
pub struct Decoder {
    stage: Stage,
    /// The gzip header's FLG byte.
    flags: u8,
    inflater: Decompress,
    /// gzip: the CRC-32 and length of the output so far.
    crc: Option<Crc>,
}

impl std::fmt::Debug for Decoder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decoder")
            .field("stage", &self.stage)
            .finish()
    }
}

impl Decoder {
    /// The decoder for a response whose Content-Encoding is
    /// `content_encoding` under WINHTTP_OPTION_DECOMPRESSION's `flags`, or
    /// `None` when the body is delivered as it is.
    pub fn for_response(flags: u32, content_encoding: Option<&str>) -> Option<Decoder> {
        let encoding = content_encoding?.trim_matches([' ', '\t']);
        let is = |name: &str| encoding.eq_ignore_ascii_case(name);
        if flags & wh::WINHTTP_DECOMPRESSION_FLAG_GZIP != 0 && (is("gzip") || is("x-gzip")) {
            Some(Decoder {
                stage: Stage::GzipHeader,
                flags: 0,
                inflater: Decompress::new(false),
                crc: Some(Crc::new()),
            })
        } else if flags & wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE != 0 && is("deflate") {
            Some(Decoder {
                stage: Stage::DeflateSniff,
                flags: 0,
                // Replaced once the first bytes tell zlib from raw.
                inflater: Decompress::new(true),
                crc: None,
            })
        } else {
            None
        }
    }

    /// Whether the whole compressed stream has been decoded and checked.
    pub fn finished(&self) -> bool {
        self.stage == Stage::Done
    }

    /// Decode from the front of `input`, removing what is used, and append
    /// at most `max_out` bytes to `out`. It stops when `input` is used up,
    /// `max_out` is reached or the stream ends (input after the end is
    /// dropped); call again with more input or room.
    pub fn decode(
        &mut self,
        input: &mut Vec<u8>,
        out: &mut Vec<u8>,
        max_out: usize,
    ) -> Win32Result<()> {
        let mut used = 0;
        let result = self.run(input, &mut used, out, max_out);
        if self.stage == Stage::Done {
            input.clear();
        } else {
            input.drain(..used);
        }
        result
    }

    fn run(
        &mut self,
        input: &[u8],
        used: &mut usize,
        out: &mut Vec<u8>,
        max_out: usize,
    ) -> Win32Result<()> {
        let mut produced = 0;
        loop {
            let rest = &input[*used..];
            match self.stage {
                Stage::Done => return Ok(()),
                Stage::GzipHeader => {
                    let Some(header) = rest.get(..10) else {
                        return Ok(());
                    };
                    // ID1, ID2, CM = 8 (deflate), no reserved flag.
                    if header[..3] != [0x1f, 0x8b, 8] || header[3] & RESERVED != 0 {
                        return Err(INVALID_SERVER_RESPONSE);
                    }
                    self.flags = header[3];
                    *used += 10;
                    self.stage = self.after_header_field(Stage::GzipHeader);
                }
                Stage::GzipExtraLength => {
                    let Some(len) = rest.get(..2) else {
                        return Ok(());
                    };
                    *used += 2;
                    self.stage = Stage::GzipExtra(u16::from_le_bytes([len[0], len[1]]));
                }
                Stage::GzipExtra(left) => {
                    let skip = rest.len().min(usize::from(left));
                    *used += skip;
                    // `skip` is at most `left`, a u16.
                    let left = left - u16::try_from(skip).unwrap_or(left);
                    if left > 0 {
                        self.stage = Stage::GzipExtra(left);
                        return Ok(());
                    }
                    self.stage = self.after_header_field(Stage::GzipExtra(0));
                }
                Stage::GzipName | Stage::GzipComment => match rest.iter().position(|&b| b == 0) {
                    // A name or comment of any length is skipped as it
                    // comes, never buffered.
                    None => {
                        *used += rest.len();
                        return Ok(());
                    }
                    Some(zero) => {
                        *used += zero + 1;
                        self.stage = self.after_header_field(self.stage);
                    }
                },
                Stage::GzipHeaderCrc => {
                    if rest.len() < 2 {
                        return Ok(());
                    }
                    *used += 2;
                    self.stage = Stage::Body;
                }
                Stage::DeflateSniff => {
                    let Some(&[cmf, flg]) = rest.get(..2) else {
                        return Ok(());
                    };
                    // RFC 1950 2.2: CM 8 and the header a multiple of 31.
                    let zlib =
                        cmf & 0x0f == 8 && ((u16::from(cmf) << 8) | u16::from(flg)) % 31 == 0;
                    self.inflater = Decompress::new(zlib);
                    self.stage = Stage::Body;
                }
                Stage::Body => {
                    let room = max_out - produced;
                    if room == 0 {
                        return Ok(());
                    }
                    let (consumed, made, end) = self.inflate(rest, out, room)?;
                    *used += consumed;
                    produced += made;
                    if end {
                        self.stage = if self.crc.is_some() {
                            Stage::GzipTrailer
                        } else {
                            Stage::Done
                        };
                    } else if consumed == 0 && made == 0 {
                        return Ok(());
                    }
                }
                Stage::GzipTrailer => {
                    let Some(trailer) = rest.get(..8) else {
                        return Ok(());
                    };
                    let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
                    let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
                    // ISIZE is the length modulo 2^32, as Crc counts it.
                    if self
                        .crc
                        .as_ref()
                        .is_none_or(|c| c.sum() != crc || c.amount() != size)
                    {
                        return Err(INVALID_SERVER_RESPONSE);
                    }
                    *used += 8;
                    self.stage = Stage::Done;
                }
            }
        }
    }

    /// The gzip header field after `field`, by the FLG bits (RFC 1952
    /// 2.3: FEXTRA, FNAME, FCOMMENT, FHCRC in that order).
    fn after_header_field(&self, field: Stage) -> Stage {
        let order = [
            (Stage::GzipExtraLength, FEXTRA),
            (Stage::GzipName, FNAME),
            (Stage::GzipComment, FCOMMENT),
            (Stage::GzipHeaderCrc, FHCRC),
        ];
        let start = match field {
            Stage::GzipHeader => 0,
            Stage::GzipExtra(_) => 1,
            Stage::GzipName => 2,
            _ => 3,
        };
        order[start..]
            .iter()
            .find(|(_, bit)| self.flags & bit != 0)
            .map_or(Stage::Body, |&(stage, _)| stage)
    }

    /// Inflate from `input` into at most `room` new bytes of `out`:
    /// (input used, bytes made, end of the deflate stream).
    fn inflate(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        room: usize,
    ) -> Win32Result<(usize, usize, bool)> {
        let start = out.len();
        out.resize(start + room.min(STEP), 0);
        let (in_before, out_before) = (self.inflater.total_in(), self.inflater.total_out());
        let status = self
            .inflater
            .decompress(input, &mut out[start..], FlushDecompress::None);
        let consumed = usize::try_from(self.inflater.total_in() - in_before).unwrap_or(0);
        let made = usize::try_from(self.inflater.total_out() - out_before).unwrap_or(0);
        out.truncate(start + made);
        let status = status.map_err(|_| INVALID_SERVER_RESPONSE)?;
        if let Some(crc) = &mut self.crc {
            crc.update(&out[start..]);
        }
        Ok((consumed, made, status == Status::StreamEnd))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::{GzEncoder, ZlibEncoder};
    use flate2::{Compress, Compression, FlushCompress, GzBuilder};
    use std::io::Write;

    const ALL: u32 = wh::WINHTTP_DECOMPRESSION_FLAG_GZIP | wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE;

    fn sample() -> Vec<u8> {
        (0..200_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect()
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = ZlibEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn raw(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    /// Feed `body` in `chunk`-byte pieces, reading at most `max_out` a call.
    fn decode_all(
        encoding: &str,
        body: &[u8],
        chunk: usize,
        max_out: usize,
    ) -> Win32Result<(Vec<u8>, bool)> {
        let mut d = Decoder::for_response(ALL, Some(encoding)).unwrap();
        let mut input = Vec::new();
        let mut out = Vec::new();
        for piece in body.chunks(chunk) {
            input.extend_from_slice(piece);
            loop {
                let before = (input.len(), out.len());
                d.decode(&mut input, &mut out, max_out)?;
                assert!(out.len() - before.1 <= max_out);
                if (input.len(), out.len()) == before {
                    break;
                }
            }
        }
        Ok((out, d.finished()))
    }

    #[test]
    fn which_responses_are_decoded() {
        let gz = wh::WINHTTP_DECOMPRESSION_FLAG_GZIP;
        let df = wh::WINHTTP_DECOMPRESSION_FLAG_DEFLATE;
        assert!(Decoder::for_response(gz, Some("gzip")).is_some());
        assert!(Decoder::for_response(gz, Some(" GZip ")).is_some());
        assert!(Decoder::for_response(gz, Some("x-gzip")).is_some());
        assert!(Decoder::for_response(df, Some("gzip")).is_none());
        assert!(Decoder::for_response(df, Some("Deflate")).is_some());
        assert!(Decoder::for_response(gz, Some("deflate")).is_none());
        assert!(Decoder::for_response(0, Some("gzip")).is_none());
        assert!(Decoder::for_response(ALL, None).is_none());
        assert!(Decoder::for_response(ALL, Some("identity")).is_none());
        assert!(Decoder::for_response(ALL, Some("br")).is_none());
        assert!(Decoder::for_response(ALL, Some("gzip, deflate")).is_none());
        assert_eq!(accept_encoding(ALL), Some("gzip, deflate"));
        assert_eq!(accept_encoding(gz), Some("gzip"));
        assert_eq!(accept_encoding(df), Some("deflate"));
        assert_eq!(accept_encoding(0), None);
    }

    #[test]
    fn gzip_whole_and_byte_by_byte() {
        let data = sample();
        let body = gzip(&data);
        assert_eq!(
            decode_all("gzip", &body, body.len(), usize::MAX).unwrap(),
            (data.clone(), true)
        );
        assert_eq!(decode_all("gzip", &body, 1, 1000).unwrap(), (data, true));
    }

    #[test]
    fn gzip_optional_header_fields() {
        let data = b"hello, header fields".to_vec();
        let mut e = GzBuilder::new()
            .filename("name.txt")
            .comment("a comment")
            .extra(vec![7u8; 300])
            .write(Vec::new(), Compression::default());
        e.write_all(&data).unwrap();
        let mut body = e.finish().unwrap();
        assert_eq!(
            decode_all("gzip", &body, 1, 3).unwrap(),
            (data.clone(), true)
        );
        // FHCRC: two more bytes after the other fields (flate2 does not
        // write it, so add it by hand after the fixed header).
        body[3] |= FHCRC;
        let name_end = body
            .iter()
            .skip(10 + 2 + 300)
            .position(|&b| b == 0)
            .unwrap()
            + 10
            + 2
            + 300
            + 1;
        let comment_end = body.iter().skip(name_end).position(|&b| b == 0).unwrap() + name_end + 1;
        body.splice(comment_end..comment_end, [0xaa, 0xbb]);
        assert_eq!(decode_all("gzip", &body, 5, 7).unwrap(), (data, true));
    }

    #[test]
    fn deflate_zlib_and_raw() {
        let data = sample();
        for body in [zlib(&data), raw(&data)] {
            assert_eq!(
                decode_all("deflate", &body, 1, 4096).unwrap(),
                (data.clone(), true)
            );
            assert_eq!(
                decode_all("deflate", &body, 8192, usize::MAX).unwrap(),
                (data.clone(), true)
            );
        }
        // An empty body in both forms.
        for body in [zlib(b""), raw(b"")] {
            assert_eq!(
                decode_all("deflate", &body, 1, 10).unwrap(),
                (Vec::new(), true)
            );
        }
    }

    #[test]
    fn input_after_the_end_is_dropped() {
        let mut body = gzip(b"abc");
        body.extend_from_slice(b"trailing garbage");
        let mut d = Decoder::for_response(ALL, Some("gzip")).unwrap();
        let (mut input, mut out) = (body, Vec::new());
        d.decode(&mut input, &mut out, 100).unwrap();
        assert_eq!(out, b"abc");
        assert!(d.finished() && input.is_empty());
        d.decode(&mut b"more".to_vec(), &mut out, 100).unwrap();
        assert_eq!(out, b"abc");
    }

    #[test]
    fn truncated_streams_are_not_finished() {
        let data = sample();
        for (encoding, body) in [
            ("gzip", gzip(&data)),
            ("deflate", zlib(&data)),
            ("deflate", raw(&data)),
        ] {
            for cut in [0, 1, 5, 11, body.len() / 2, body.len() - 1] {
                let (out, finished) = decode_all(encoding, &body[..cut], 64, 4096).unwrap();
                assert!(!finished, "{encoding} cut at {cut}");
                assert!(data.starts_with(&out));
            }
        }
    }

    #[test]
    fn corrupt_streams_are_invalid_server_responses() {
        let data = sample();
        let err = Err(INVALID_SERVER_RESPONSE);
        // Bad magic, method, reserved flags.
        for (i, byte) in [(0, 0x1e), (2, 7), (3, 0x20)] {
            let mut body = gzip(&data);
            body[i] = byte;
            assert_eq!(decode_all("gzip", &body, 100, 4096), err, "byte {i}");
        }
        // Wrong CRC-32, wrong ISIZE.
        for from_end in [8, 1] {
            let mut body = gzip(&data);
            let at = body.len() - from_end;
            body[at] ^= 0xff;
            assert_eq!(
                decode_all("gzip", &body, 100, 4096),
                err,
                "{from_end} from the end"
            );
        }
        // Wrong Adler-32.
        let mut body = zlib(&data);
        let last = body.len() - 1;
        body[last] ^= 0xff;
        assert_eq!(decode_all("deflate", &body, 100, 4096), err);
        // Garbage as deflate data: a reserved block type (BTYPE 11).
        let garbage = [0xff; 64];
        assert_eq!(decode_all("deflate", &garbage, 64, 4096), err);
        let mut body = gzip(b"x");
        body.truncate(10);
        body.extend_from_slice(&garbage);
        assert_eq!(decode_all("gzip", &body, 100, 4096), err);
    }

    /// A raw deflate stream that expands to `mib` MiB of zeros, built from
    /// one compressed MiB repeated (each ends byte-aligned by a sync flush,
    /// and its references reach only zeros), then an empty final block.
    fn zero_bomb(mib: usize) -> Vec<u8> {
        let mut c = Compress::new(Compression::best(), false);
        let mut block = Vec::with_capacity(4096);
        c.compress_vec(&vec![0u8; 1 << 20], &mut block, FlushCompress::Sync)
            .unwrap();
        assert_eq!(c.total_in(), 1 << 20);
        let mut bomb = block.repeat(mib);
        // BFINAL, stored, LEN 0, NLEN 0xffff (RFC 1951 3.2.4).
        bomb.extend_from_slice(&[0x01, 0x00, 0x00, 0xff, 0xff]);
        bomb
    }

    #[test]
    fn a_gibibyte_bomb_streams_out_in_max_out_steps() {
        let mut body = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
        body.extend(zero_bomb(1024));
        let mut d = Decoder::for_response(ALL, Some("gzip")).unwrap();
        let mut input = body.clone();
        let mut out = Vec::new();
        let max_out = 64 * 1024;
        // 256 steps: 16 MiB of the 1 GiB, never more than max_out at once,
        // the output buffer never past one step.
        for _ in 0..256 {
            out.clear();
            d.decode(&mut input, &mut out, max_out).unwrap();
            assert_eq!(out.len(), max_out);
            assert!(out.iter().all(|&b| b == 0));
            assert!(out.capacity() <= 2 * max_out);
        }
        assert!(!d.finished());
        assert!(!input.is_empty() && input.len() < body.len());
    }

    #[test]
    fn a_smaller_bomb_decodes_to_the_end_and_checks() {
        // 64 MiB of zeros with its real gzip trailer.
        let mib = 64;
        let mut crc = Crc::new();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..mib {
            crc.update(&zeros);
        }
        let mut body = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
        body.extend(zero_bomb(mib));
        body.extend_from_slice(&crc.sum().to_le_bytes());
        body.extend_from_slice(&crc.amount().to_le_bytes());
        let mut d = Decoder::for_response(ALL, Some("gzip")).unwrap();
        let (mut input, mut out, mut total) = (body, Vec::new(), 0usize);
        while !d.finished() {
            out.clear();
            d.decode(&mut input, &mut out, 1 << 20).unwrap();
            assert!(out.len() <= 1 << 20);
            total += out.len();
        }
        assert_eq!(total, mib << 20);
    }

    #[test]
    fn zero_room_makes_no_progress_but_no_error() {
        let body = gzip(b"abc");
        let mut d = Decoder::for_response(ALL, Some("gzip")).unwrap();
        let (mut input, mut out) = (body.clone(), Vec::new());
        d.decode(&mut input, &mut out, 0).unwrap();
        assert!(out.is_empty());
        // Only the header was taken.
        assert_eq!(input.len(), body.len() - 10);
        d.decode(&mut input, &mut out, 10).unwrap();
        assert_eq!(out, b"abc");
        assert!(d.finished());
    }
}
