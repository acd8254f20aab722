//! RFC 6455 framing, sans-IO: frame headers in and out, masking.
//!
//! WinHTTP hands the caller each fragment as it arrives and must never hold
//! a whole message, so the codec works at header level: [`decode_header`]
//! parses and validates one header from the bytes at hand, and the caller
//! streams the payload itself. That is why this is not tungstenite, whose
//! reader returns whole frames.

/// Opcodes (RFC 6455 §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    Continuation,
    Text,
    Binary,
    Close,
    Ping,
    Pong,
}

impl Opcode {
    fn from_bits(b: u8) -> Option<Opcode> {
        Some(match b {
            0x0 => Opcode::Continuation,
            0x1 => Opcode::Text,
            0x2 => Opcode::Binary,
            0x8 => Opcode::Close,
            0x9 => Opcode::Ping,
            0xA => Opcode::Pong,
            _ => return None,
        })
    }

    pub fn bits(self) -> u8 {
        match self {
            Opcode::Continuation => 0x0,
            Opcode::Text => 0x1,
            Opcode::Binary => 0x2,
            Opcode::Close => 0x8,
            Opcode::Ping => 0x9,
            Opcode::Pong => 0xA,
        }
    }

    pub fn is_control(self) -> bool {
        matches!(self, Opcode::Close | Opcode::Ping | Opcode::Pong)
    }
}

/// One parsed frame header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub fin: bool,
    pub opcode: Opcode,
    pub mask: Option<[u8; 4]>,
    pub len: u64,
}

/// Why a frame from the server breaks RFC 6455.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violation {
    ReservedBits,
    UnknownOpcode(u8),
    /// Servers must not mask (§5.1).
    MaskedServerFrame,
    /// Control frames carry at most 125 bytes and are never fragmented.
    BadControlFrame,
    /// The 64-bit length has its top bit set, or is not minimal.
    BadLength,
}

/// Longest header: 2 + 8 (length) + 4 (mask).
pub const MAX_HEADER: usize = 14;

/// Parse the header at the start of `buf`: `Ok(None)` when more bytes are
/// needed, else the header and its size. Only server-to-client rules are
/// enforced (no mask).
pub fn decode_header(buf: &[u8]) -> Result<Option<(Header, usize)>, Violation> {
    let [b0, b1, ..] = *buf else {
        return Ok(None);
    };
    if b0 & 0x70 != 0 {
        return Err(Violation::ReservedBits);
    }
    let opcode = Opcode::from_bits(b0 & 0x0F).ok_or(Violation::UnknownOpcode(b0 & 0x0F))?;
    let fin = b0 & 0x80 != 0;
    let masked = b1 & 0x80 != 0;
    let (len, mut at) = match b1 & 0x7F {
        126 => {
            let Some(b) = buf.get(2..4) else {
                return Ok(None);
            };
            let len = u64::from(u16::from_be_bytes([b[0], b[1]]));
            if len < 126 {
                return Err(Violation::BadLength);
            }
            (len, 4)
        }
        127 => {
            let Some(b) = buf.get(2..10) else {
                return Ok(None);
            };
            let mut raw = [0u8; 8];
            raw.copy_from_slice(b);
            let len = u64::from_be_bytes(raw);
            if len >> 63 != 0 || len <= 0xFFFF {
                return Err(Violation::BadLength);
            }
            (len, 10)
        }
        n => (u64::from(n), 2),
    };
    if opcode.is_control() && (!fin || len > 125) {
        return Err(Violation::BadControlFrame);
    }
    let mask = if masked {
        let Some(m) = buf.get(at..at + 4) else {
            return Ok(None);
        };
        at += 4;
        Some([m[0], m[1], m[2], m[3]])
    } else {
        None
    };
    if mask.is_some() {
        return Err(Violation::MaskedServerFrame);
    }
    Ok(Some((
        Header {
            fin,
            opcode,
            mask,
            len,
        },
        at,
    )))
}

/// Write a header into `out`, returning its length.
pub fn encode_header(h: &Header, out: &mut [u8; MAX_HEADER]) -> usize {
    out[0] = (if h.fin { 0x80 } else { 0 }) | h.opcode.bits();
    let mask_bit = if h.mask.is_some() { 0x80 } else { 0 };
    let mut at = if h.len < 126 {
        out[1] = mask_bit | h.len as u8;
        2
    } else if h.len <= 0xFFFF {
        out[1] = mask_bit | 126;
        out[2..4].copy_from_slice(&(h.len as u16).to_be_bytes());
        4
    } else {
        out[1] = mask_bit | 127;
        out[2..10].copy_from_slice(&h.len.to_be_bytes());
        10
    };
    if let Some(m) = h.mask {
        out[at..at + 4].copy_from_slice(&m);
        at += 4;
    }
    at
}

/// XOR `data` with the mask, as if `data` started `offset` bytes into the
/// payload.
pub fn apply_mask(data: &mut [u8], mask: [u8; 4], offset: usize) {
    let mut key = [0u8; 8];
    for (i, k) in key.iter_mut().enumerate() {
        *k = mask[(offset + i) % 4];
    }
    let wide = u64::from_ne_bytes(key);
    let mut chunks = data.chunks_exact_mut(8);
    for chunk in &mut chunks {
        let mut v = [0u8; 8];
        v.copy_from_slice(chunk);
        chunk.copy_from_slice(&(u64::from_ne_bytes(v) ^ wide).to_ne_bytes());
    }
    for (i, b) in chunks.into_remainder().iter_mut().enumerate() {
        *b ^= key[i];
    }
}

/// Close status codes a peer may send (RFC 6455 §7.4, with the IANA
/// registrations 1012-1014).
pub fn valid_close_code(code: u16) -> bool {
    matches!(code, 1000..=1003 | 1007..=1014 | 3000..=4999)
}

/// "No status": a close frame without a payload (RFC 6455 §7.1.5).
pub const EMPTY_CLOSE_STATUS: u16 = 1005;
/// Longest close reason: 125 payload bytes minus the status.
pub const MAX_CLOSE_REASON: usize = 123;
/// The status this side sends when the server breaks the framing rules.
pub const PROTOCOL_ERROR: u16 = 1002;
/// The status this side sends for text that is not UTF-8 (§8.1).
pub const INVALID_PAYLOAD: u16 = 1007;

/// A close frame's payload: nothing for [`EMPTY_CLOSE_STATUS`], else the
/// status in network order and the reason (§5.5.1).
pub fn encode_close(status: u16, reason: &[u8]) -> Vec<u8> {
    if status == EMPTY_CLOSE_STATUS {
        return Vec::new();
    }
    let mut payload = Vec::with_capacity(2 + reason.len());
    payload.extend_from_slice(&status.to_be_bytes());
    payload.extend_from_slice(reason);
    payload
}

/// Parse a close frame from the server: its status and reason, or the
/// status to fail the connection with (1002 for a 1-byte payload or a
/// status no one may send, 1007 for a reason that is not UTF-8).
pub fn decode_close(payload: &[u8]) -> Result<(u16, Vec<u8>), u16> {
    match payload {
        [] => Ok((EMPTY_CLOSE_STATUS, Vec::new())),
        [_] => Err(PROTOCOL_ERROR),
        [hi, lo, reason @ ..] => {
            let status = u16::from_be_bytes([*hi, *lo]);
            if !valid_close_code(status) {
                return Err(PROTOCOL_ERROR);
            }
            if std::str::from_utf8(reason).is_err() {
                return Err(INVALID_PAYLOAD);
            }
            Ok((status, reason.to_vec()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_all_length_forms() {
        for (len, size) in [
            (0u64, 2usize),
            (125, 2),
            (126, 4),
            (65535, 4),
            (65536, 10),
            (1 << 40, 10),
        ] {
            let h = Header {
                fin: true,
                opcode: Opcode::Binary,
                mask: None,
                len,
            };
            let mut out = [0u8; MAX_HEADER];
            let n = encode_header(&h, &mut out);
            assert_eq!(n, size);
            assert_eq!(decode_header(&out[..n]), Ok(Some((h, n))));
            // Every shorter prefix asks for more bytes.
            for cut in 0..n {
                assert_eq!(decode_header(&out[..cut]), Ok(None));
            }
        }
    }

    #[test]
    fn rfc_examples() {
        // §5.7: a single-frame unmasked text message "Hello".
        assert_eq!(
            decode_header(&[0x81, 0x05, b'H']),
            Ok(Some((
                Header {
                    fin: true,
                    opcode: Opcode::Text,
                    mask: None,
                    len: 5
                },
                2
            )))
        );
        // A masked "Hello" from a client, as the RFC shows it.
        let mut hello = *b"Hello";
        apply_mask(&mut hello, [0x37, 0xfa, 0x21, 0x3d], 0);
        assert_eq!(hello, [0x7f, 0x9f, 0x4d, 0x51, 0x58]);
    }

    #[test]
    fn server_violations() {
        assert_eq!(decode_header(&[0x91, 0x00]), Err(Violation::ReservedBits));
        assert_eq!(
            decode_header(&[0x83, 0x00]),
            Err(Violation::UnknownOpcode(3))
        );
        assert_eq!(
            decode_header(&[0x8B, 0x00]),
            Err(Violation::UnknownOpcode(0xB))
        );
        assert_eq!(
            decode_header(&[0x81, 0x81, 1, 2, 3, 4]),
            Err(Violation::MaskedServerFrame)
        );
        assert_eq!(
            decode_header(&[0x09, 0x00]),
            Err(Violation::BadControlFrame)
        );
        assert_eq!(
            decode_header(&[0x89, 126, 0, 126]),
            Err(Violation::BadControlFrame)
        );
        assert_eq!(decode_header(&[0x82, 126, 0, 5]), Err(Violation::BadLength));
        let mut huge = [0x82, 127, 0x80, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(decode_header(&huge), Err(Violation::BadLength));
        huge[2] = 0;
        huge[9] = 5;
        assert_eq!(decode_header(&huge), Err(Violation::BadLength));
    }

    #[test]
    fn masking_at_any_offset_matches_bytewise() {
        let mask = [1, 2, 3, 4];
        let data: Vec<u8> = (0..100u8).collect();
        for offset in 0..8 {
            let mut fast = data.clone();
            apply_mask(&mut fast, mask, offset);
            let slow: Vec<u8> = data
                .iter()
                .enumerate()
                .map(|(i, b)| b ^ mask[(i + offset) % 4])
                .collect();
            assert_eq!(fast, slow);
        }
    }

    #[test]
    fn close_codes() {
        for ok in [
            1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 3000, 4999,
        ] {
            assert!(valid_close_code(ok), "{ok}");
        }
        for bad in [
            0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535,
        ] {
            assert!(!valid_close_code(bad), "{bad}");
        }
    }

    #[test]
    fn close_payloads() {
        assert_eq!(encode_close(1000, b"bye"), b"\x03\xe8bye");
        assert_eq!(encode_close(EMPTY_CLOSE_STATUS, b"ignored"), b"");
        assert_eq!(decode_close(b""), Ok((EMPTY_CLOSE_STATUS, Vec::new())));
        assert_eq!(decode_close(b"\x03\xe8bye"), Ok((1000, b"bye".to_vec())));
        assert_eq!(decode_close(b"\x03"), Err(PROTOCOL_ERROR));
        assert_eq!(decode_close(b"\x03\xed"), Err(PROTOCOL_ERROR));
        assert_eq!(decode_close(b"\x03\xe8\xff"), Err(INVALID_PAYLOAD));
    }
}
