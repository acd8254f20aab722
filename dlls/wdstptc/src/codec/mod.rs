//! Wire formats, one module each, all sans-IO: bytes in, values out.
//!
//! - [`mt`]: [MS-WDSMT] transport packets (security header, session header,
//!   the 15 opcodes, extended options);
//! - [`ma`]: [MS-WDSMA] application packets carried inside them;
//! - [`msi`]: [MS-WDSMSI] session initiation over UDP port 5041;
//! - [`wdsc`]: [MS-WDSC] control packets and the `WdsRpcMessage` stub that
//!   carries [MS-WDSMSI]'s initiation over RPC (little-endian, unlike the
//!   rest);
//! - [`keyblob`]: the CryptoAPI key blobs of [MS-WDSMSI]'s SignKey and
//!   SymKey, and the server's RSA key pair for the SIGN mode.
//!
//! Every multi-byte number is in network byte order ([MS-WDSMT] 2.1,
//! [MS-WDSMA] 2.1, [MS-WDSMSI] 2.2.2); UTF-16 strings are little-endian.
//! A decoder never panics: a short, long or inconsistent packet is an error
//! the caller counts and drops.

pub mod keyblob;
pub mod ma;
pub mod msi;
pub mod mt;
pub mod wdsc;

use std::fmt;

/// Why a packet was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// The packet ended inside a field.
    Truncated,
    /// Bytes were left after the last field.
    TrailingBytes,
    /// Not a "WD" packet, or a security header of the wrong kind.
    BadSecurityHeader,
    /// The checksum or HMAC did not match.
    BadIntegrity,
    /// An opcode this format does not define.
    UnknownOpcode(u8),
    /// A field holds a value its specification rules out.
    BadField(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Truncated => write!(f, "packet truncated"),
            DecodeError::TrailingBytes => write!(f, "trailing bytes after the packet"),
            DecodeError::BadSecurityHeader => write!(f, "bad security header"),
            DecodeError::BadIntegrity => write!(f, "checksum or HMAC mismatch"),
            DecodeError::UnknownOpcode(op) => write!(f, "unknown opcode {op:#04x}"),
            DecodeError::BadField(name) => write!(f, "bad value in field {name}"),
        }
    }
}

impl std::error::Error for DecodeError {}

pub type DecodeResult<T> = Result<T, DecodeError>;

/// A big-endian reader over a borrowed packet.
pub struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf }
    }

    pub fn bytes(&mut self, n: usize) -> DecodeResult<&'a [u8]> {
        if self.buf.len() < n {
            return Err(DecodeError::Truncated);
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> DecodeResult<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.bytes(N)?);
        Ok(a)
    }

    pub fn u8(&mut self) -> DecodeResult<u8> {
        Ok(self.array::<1>()?[0])
    }

    pub fn u16(&mut self) -> DecodeResult<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    pub fn u32(&mut self) -> DecodeResult<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    pub fn u64(&mut self) -> DecodeResult<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// A length-prefixed (u8) field, such as JOIN's IPAddress.
    pub fn short_blob(&mut self) -> DecodeResult<&'a [u8]> {
        let n = self.u8()?;
        self.bytes(usize::from(n))
    }

    /// A length-prefixed (u16) field, such as AppData.
    pub fn blob(&mut self) -> DecodeResult<&'a [u8]> {
        let n = self.u16()?;
        self.bytes(usize::from(n))
    }

    pub fn remaining(&self) -> usize {
        self.buf.len()
    }

    pub fn finish(&self) -> DecodeResult<()> {
        if self.buf.is_empty() {
            Ok(())
        } else {
            Err(DecodeError::TrailingBytes)
        }
    }
}

/// Big-endian writers on a `Vec<u8>`.
pub trait Writer {
    fn put_u8(&mut self, v: u8);
    fn put_u16(&mut self, v: u16);
    fn put_u32(&mut self, v: u32);
    fn put_u64(&mut self, v: u64);
    /// A u16 length, then the bytes. The caller keeps `data` under 64 KiB.
    fn put_blob(&mut self, data: &[u8]);
    /// A u8 length, then the bytes. The caller keeps `data` under 256 bytes.
    fn put_short_blob(&mut self, data: &[u8]);
}

impl Writer for Vec<u8> {
    fn put_u8(&mut self, v: u8) {
        self.push(v);
    }
    fn put_u16(&mut self, v: u16) {
        self.extend_from_slice(&v.to_be_bytes());
    }
    fn put_u32(&mut self, v: u32) {
        self.extend_from_slice(&v.to_be_bytes());
    }
    fn put_u64(&mut self, v: u64) {
        self.extend_from_slice(&v.to_be_bytes());
    }
    fn put_blob(&mut self, data: &[u8]) {
        self.put_u16(u16::try_from(data.len()).unwrap_or(u16::MAX));
        self.extend_from_slice(&data[..data.len().min(usize::from(u16::MAX))]);
    }
    fn put_short_blob(&mut self, data: &[u8]) {
        self.put_u8(u8::try_from(data.len()).unwrap_or(u8::MAX));
        self.extend_from_slice(&data[..data.len().min(usize::from(u8::MAX))]);
    }
}

/// An inclusive range of sequence or block numbers, as NACK, NCF and
/// CNTCIR carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Range {
    pub start: u64,
    pub end: u64,
}

impl Range {
    pub fn new(start: u64, end: u64) -> Self {
        Range { start, end }
    }
}

/// Read `count` ranges; a range whose end is below its start is malformed.
pub fn read_ranges(r: &mut Reader<'_>, count: u16) -> DecodeResult<Vec<Range>> {
    let count = usize::from(count);
    if r.remaining() < count * 16 {
        return Err(DecodeError::Truncated);
    }
    let mut v = Vec::with_capacity(count);
    for _ in 0..count {
        let start = r.u64()?;
        let end = r.u64()?;
        if end < start {
            return Err(DecodeError::BadField("range"));
        }
        v.push(Range { start, end });
    }
    Ok(v)
}

pub fn put_ranges(out: &mut Vec<u8>, ranges: &[Range]) {
    out.put_u16(u16::try_from(ranges.len()).unwrap_or(u16::MAX));
    for r in ranges.iter().take(usize::from(u16::MAX)) {
        out.put_u64(r.start);
        out.put_u64(r.end);
    }
}

/// UTF-16LE with a terminating NUL, as the ClientName and MSI string
/// options carry it.
pub fn utf16le_nul(s: &str) -> Vec<u8> {
    s.encode_utf16()
        .chain(std::iter::once(0))
        .flat_map(u16::to_le_bytes)
        .collect()
}

/// Read UTF-16LE up to the first NUL (or the end).
pub fn from_utf16le(b: &[u8]) -> String {
    let units: Vec<u16> = b
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}
