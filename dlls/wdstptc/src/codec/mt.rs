//! [MS-WDSMT] 2.2: transport packets.
//!
//! Layout: Security Header ('W' 'D', type, length, data), Session Header
//! (SessionId u32, OpCode u8, SenderTime u64), the opcode's fields, then
//! Extended Options (a u16 count, always present, then id/len/value).
//! Integrity covers everything after the Security Header (2.2.2.1-2.2.2.3).

use std::sync::Arc;

use super::keyblob::RsaPublicKey;
pub use super::keyblob::Signer;
use super::{DecodeError, DecodeResult, Range, Reader, Writer, put_ranges, read_ranges};

pub const OP_SPM: u8 = 0x01;
pub const OP_JOIN: u8 = 0x02;
pub const OP_JOINACK: u8 = 0x03;
pub const OP_QCC: u8 = 0x04;
pub const OP_QCR: u8 = 0x05;
pub const OP_ODATA: u8 = 0x06;
pub const OP_RDATA: u8 = 0x07;
pub const OP_ACK: u8 = 0x08;
pub const OP_NACK: u8 = 0x09;
pub const OP_NCF: u8 = 0x0A;
pub const OP_LEAVE: u8 = 0x0B;
pub const OP_POLL: u8 = 0x0C;
// The server dispatch table in 3.1.5.1 says 0x0C; 2.2.3 and constants.md
// give 0x0D.
pub const OP_POLLACK: u8 = 0x0D;
pub const OP_KICK: u8 = 0x0E;
pub const OP_DEMOTE: u8 = 0x0F;

pub const OPT_CPU_UTIL: u16 = 0x0101;
pub const OPT_MEM_UTIL: u16 = 0x0102;
pub const OPT_NET_UTIL: u16 = 0x0103;
pub const OPT_ODATA_FW_LEAD_SEQ_NO: u16 = 0x0406;
pub const OPT_USER_SID: u16 = 0x0504;
pub const OPT_CAPABILITIES: u16 = 0x0505;
pub const CAP_MULTISTREAM: u8 = 0x01;

pub const LEAVE_COMPLETE: u8 = 0x00;
pub const LEAVE_CANCELLED: u8 = 0x01;
pub const LEAVE_INACTIVE: u8 = 0x02;

pub const KICK_POLICY_NOT_MET: u8 = 0x00;
pub const KICK_FALLBACK: u8 = 0x01;
pub const KICK_FAIL: u8 = 0x02;

/// 2.2.13: at most 250 client ids per DEMOTE.
pub const DEMOTE_MAX_CLIENTS: usize = 250;

/// LossRate travels as a fixed-point number scaled by 10^16 (2.2.8, 3.1.5.9.5).
pub const LOSS_RATE_SCALE: f64 = 1e16;

const SECHDR_NONE: u8 = 0x00;
const SECHDR_HASH: u8 = 0x01;
const SECHDR_SIGN: u8 = 0x02;
const SECHDR_CHECKSUM: u8 = 0x03;

/// Bytes from the start of a packet to its Session Header, per mode.
const SECURITY_PREFIX: usize = 5;
const HMAC_LEN: usize = 32;

/// How packets of one direction are protected ([MS-WDSMSI] 2.2.1: the
/// client and the server each have a mode). A packet in another mode than
/// the one expected fails validation (3.1.5.1.1, 3.2.5.2).
#[derive(Clone)]
pub enum Security {
    None,
    Checksum,
    /// HMAC with HMACAlgId = CALG_HMAC over HashAlgId = CALG_SHA_256, keyed
    /// by the SymKey bytes. We read 2.2.2.1's "hash, then HMAC" as
    /// CryptoAPI's CALG_HMAC hash object, that is HMAC-SHA256 of the bytes.
    Hmac(ring::hmac::Key),
    /// SIGN (2.2.2.2) as the server sends it: RSA PKCS#1 v1.5 over the
    /// SHA-256 hash (HashAlgId = CALG_SHA_256, [MS-WDSMSI] 4.1) with the
    /// server's key pair, as CryptSignHash makes it. SecurityData is the
    /// signature in CryptoAPI's byte order, least significant byte first:
    /// 2.2.2.2 forbids any byte order transformation, so the bytes are
    /// CryptSignHash's output as a Windows server sends them. Decoding with
    /// it checks the signature with the pair's public key.
    Sign(Arc<Signer>),
    /// SIGN as a client receives it: the server's public key from the
    /// SignKey blob. It cannot sign: a packet encoded with it carries a
    /// zero signature that every receiver refuses.
    Verify(RsaPublicKey),
}

impl Security {
    pub fn hmac(key: &[u8]) -> Self {
        Security::Hmac(ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key))
    }

    /// The receiving side of SIGN from [MS-WDSMSI] 2.2.1's SignKey variable
    /// (a CryptoAPI PUBLICKEYBLOB).
    pub fn verifier(public_key_blob: &[u8]) -> DecodeResult<Self> {
        RsaPublicKey::from_public_key_blob(public_key_blob).map(Security::Verify)
    }

    fn header_type(&self) -> u8 {
        match self {
            Security::None => SECHDR_NONE,
            Security::Checksum => SECHDR_CHECKSUM,
            Security::Hmac(_) => SECHDR_HASH,
            Security::Sign(_) | Security::Verify(_) => SECHDR_SIGN,
        }
    }

    fn data_len(&self) -> usize {
        match self {
            Security::None => 0,
            Security::Checksum => 4,
            Security::Hmac(_) => HMAC_LEN,
            // 256 bytes for a 2048-bit key.
            Security::Sign(pair) => pair.signature_len(),
            Security::Verify(public) => public.signature_len(),
        }
    }

    /// Bytes before the Session Header in packets of this mode.
    pub fn overhead(&self) -> usize {
        SECURITY_PREFIX + self.data_len()
    }
}

impl std::fmt::Debug for Security {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Security::None => "None",
            Security::Checksum => "Checksum",
            Security::Hmac(_) => "Hmac",
            Security::Sign(_) => "Sign",
            Security::Verify(_) => "Verify",
        })
    }
}

/// 2.2.2.3: the byte sum into a u32, bit-inverted.
pub fn checksum(bytes: &[u8]) -> u32 {
    let mut sum: u32 = 0;
    for chunk in bytes.chunks(1 << 16) {
        // 65536 bytes of at most 255 each cannot overflow a u32.
        let part: u32 = chunk.iter().map(|&b| u32::from(b)).sum();
        sum = sum.wrapping_add(part);
    }
    !sum
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spm {
    pub seq: u64,
    pub master_client_id: u32,
    pub min_nack_backoff: u16,
    pub max_nack_backoff: u16,
    pub trail: u64,
    pub lead: u64,
    pub rtt: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Join<'a> {
    /// 32 bytes of UTF-16LE on the wire, NUL-terminated.
    pub client_name: String,
    pub ip: &'a [u8],
    pub mac: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinAck {
    pub client_id: u32,
    pub min_nack_backoff: u16,
    pub max_nack_backoff: u16,
    pub rtt: u16,
    pub client_time: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qcc {
    pub seq: u64,
    pub qcr_backoff: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qcr<'a> {
    pub client_id: u32,
    pub qcc_seq: u64,
    pub backoff: u16,
    pub server_time: u64,
    pub hi_odata_seq: u64,
    pub loss_rate: u64,
    pub app_data: &'a [u8],
}

/// ODATA and RDATA (2.2.16, 2.2.17) share this body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data<'a> {
    pub client_id: u32,
    pub seq: u64,
    pub trail: u64,
    pub data: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ack {
    pub client_id: u32,
    pub seq: u64,
    pub server_time: u64,
    pub hi_odata_seq: u64,
    pub loss_rate: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nack {
    pub client_id: u32,
    pub hi_odata_seq: u64,
    pub loss_rate: u64,
    pub ranges: Vec<Range>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Poll<'a> {
    pub seq: u64,
    pub backoff: u16,
    pub app_data: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollAck<'a> {
    pub client_id: u32,
    pub seq: u64,
    pub app_data: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Demote<'a> {
    pub lower_session_id: u32,
    pub maddr: &'a [u8],
    pub mport: u16,
    pub uaddr: &'a [u8],
    pub uport: u16,
    pub clients: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body<'a> {
    Spm(Spm),
    Join(Join<'a>),
    JoinAck(JoinAck),
    Qcc(Qcc),
    Qcr(Qcr<'a>),
    Odata(Data<'a>),
    Rdata(Data<'a>),
    Ack(Ack),
    Nack(Nack),
    Ncf(Vec<Range>),
    Leave { client_id: u32, reason: u8 },
    Poll(Poll<'a>),
    PollAck(PollAck<'a>),
    Kick(Vec<(u32, u8)>),
    Demote(Demote<'a>),
}

impl Body<'_> {
    pub fn opcode(&self) -> u8 {
        match self {
            Body::Spm(_) => OP_SPM,
            Body::Join(_) => OP_JOIN,
            Body::JoinAck(_) => OP_JOINACK,
            Body::Qcc(_) => OP_QCC,
            Body::Qcr(_) => OP_QCR,
            Body::Odata(_) => OP_ODATA,
            Body::Rdata(_) => OP_RDATA,
            Body::Ack(_) => OP_ACK,
            Body::Nack(_) => OP_NACK,
            Body::Ncf(_) => OP_NCF,
            Body::Leave { .. } => OP_LEAVE,
            Body::Poll(_) => OP_POLL,
            Body::PollAck(_) => OP_POLLACK,
            Body::Kick(_) => OP_KICK,
            Body::Demote(_) => OP_DEMOTE,
        }
    }
}

/// One extended option (2.2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt<'a> {
    pub id: u16,
    pub value: &'a [u8],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packet<'a> {
    pub session_id: u32,
    pub sender_time: u64,
    pub body: Body<'a>,
    pub options: Vec<Opt<'a>>,
}

impl<'a> Packet<'a> {
    pub fn new(session_id: u32, sender_time: u64, body: Body<'a>) -> Self {
        Packet {
            session_id,
            sender_time,
            body,
            options: Vec::new(),
        }
    }

    pub fn option(&self, id: u16) -> Option<&'a [u8]> {
        self.options.iter().find(|o| o.id == id).map(|o| o.value)
    }

    /// Append the encoded packet to `out`, protected by `sec`.
    pub fn encode(&self, sec: &Security, out: &mut Vec<u8>) {
        let start = out.len();
        out.extend_from_slice(b"WD");
        out.put_u8(sec.header_type());
        let data_len = sec.data_len();
        out.put_u16(data_len as u16);
        out.resize(out.len() + data_len, 0);
        let covered = out.len();
        out.put_u32(self.session_id);
        out.put_u8(self.body.opcode());
        out.put_u64(self.sender_time);
        encode_body(&self.body, out);
        out.put_u16(self.options.len() as u16);
        for o in &self.options {
            out.put_u16(o.id);
            out.put_blob(o.value);
        }
        seal(sec, &mut out[start..], covered - start);
    }

    /// Validate `buf` against the expected mode and decode it.
    pub fn decode(buf: &'a [u8], sec: &Security) -> DecodeResult<Packet<'a>> {
        let covered = verify(buf, sec)?;
        let mut r = Reader::new(&buf[covered..]);
        let session_id = r.u32()?;
        let op = r.u8()?;
        let sender_time = r.u64()?;
        let body = decode_body(op, &mut r)?;
        let count = r.u16()?;
        let mut options = Vec::new();
        for _ in 0..count {
            let id = r.u16()?;
            let value = r.blob()?;
            options.push(Opt { id, value });
        }
        r.finish()?;
        Ok(Packet {
            session_id,
            sender_time,
            body,
            options,
        })
    }
}

/// Where an encoded packet's Session Header starts.
fn session_header_offset(buf: &[u8]) -> Option<usize> {
    if buf.len() < SECURITY_PREFIX || &buf[..2] != b"WD" {
        return None;
    }
    Some(SECURITY_PREFIX + usize::from(u16::from_be_bytes([buf[3], buf[4]])))
}

/// The SenderTime of an encoded packet.
pub fn sender_time(buf: &[u8]) -> Option<u64> {
    let off = session_header_offset(buf)? + 5;
    let t = buf.get(off..off + 8)?;
    Some(u64::from_be_bytes(t.try_into().ok()?))
}

/// Give an encoded packet a new SenderTime and seal it again: a packet
/// that waited in a send queue must carry the time it is sent (2.2.3), or
/// the RTT measured from its echo includes the wait.
pub fn restamp(buf: &mut [u8], sec: &Security, sender_time: u64) {
    let Some(off) = session_header_offset(buf) else {
        return;
    };
    let Some(t) = buf.get_mut(off + 5..off + 13) else {
        return;
    };
    t.copy_from_slice(&sender_time.to_be_bytes());
    seal(sec, buf, off);
}

fn seal(sec: &Security, packet: &mut [u8], covered: usize) {
    let (head, body) = packet.split_at_mut(covered);
    match sec {
        Security::None => {}
        Security::Checksum => {
            head[SECURITY_PREFIX..].copy_from_slice(&checksum(body).to_be_bytes());
        }
        Security::Hmac(key) => {
            let tag = ring::hmac::sign(key, body);
            head[SECURITY_PREFIX..].copy_from_slice(tag.as_ref());
        }
        Security::Sign(pair) => {
            let sig = &mut head[SECURITY_PREFIX..];
            if !pair.sign_capi(body, sig) {
                // No randomness for RSA blinding: send a signature no one
                // accepts rather than none.
                sig.fill(0);
            }
        }
        Security::Verify(_) => head[SECURITY_PREFIX..].fill(0),
    }
}

/// Check the Security Header against `sec` (3.1.5.1.1, 3.2.5.2) and return
/// where the Session Header starts.
fn verify(buf: &[u8], sec: &Security) -> DecodeResult<usize> {
    let mut r = Reader::new(buf);
    if r.bytes(2)? != b"WD" {
        return Err(DecodeError::BadSecurityHeader);
    }
    let kind = r.u8()?;
    let len = usize::from(r.u16()?);
    if kind != sec.header_type() || len != sec.data_len() {
        return Err(DecodeError::BadSecurityHeader);
    }
    let data = r.bytes(len)?;
    let covered = SECURITY_PREFIX + len;
    let body = &buf[covered..];
    let ok = match sec {
        Security::None => true,
        Security::Checksum => data == checksum(body).to_be_bytes(),
        Security::Hmac(key) => ring::hmac::verify(key, body, data).is_ok(),
        Security::Sign(pair) => pair.public_key().verify_capi(body, data),
        Security::Verify(public) => public.verify_capi(body, data),
    };
    if ok {
        Ok(covered)
    } else {
        Err(DecodeError::BadIntegrity)
    }
}

fn encode_body(body: &Body<'_>, out: &mut Vec<u8>) {
    match body {
        Body::Spm(s) => {
            out.put_u64(s.seq);
            out.put_u32(s.master_client_id);
            out.put_u16(s.min_nack_backoff);
            out.put_u16(s.max_nack_backoff);
            out.put_u64(s.trail);
            out.put_u64(s.lead);
            out.put_u16(s.rtt);
        }
        Body::Join(j) => {
            let mut name = [0u8; 32];
            // 2.2.5: at most 15 characters and the NUL fit in 32 bytes.
            let units: Vec<u16> = j.client_name.encode_utf16().take(15).collect();
            for (i, u) in units.iter().enumerate() {
                name[2 * i..2 * i + 2].copy_from_slice(&u.to_le_bytes());
            }
            out.extend_from_slice(&name);
            out.put_short_blob(j.ip);
            out.put_short_blob(j.mac);
        }
        Body::JoinAck(a) => {
            out.put_u32(a.client_id);
            out.put_u16(a.min_nack_backoff);
            out.put_u16(a.max_nack_backoff);
            out.put_u16(a.rtt);
            out.put_u64(a.client_time);
        }
        Body::Qcc(q) => {
            out.put_u64(q.seq);
            out.put_u16(q.qcr_backoff);
        }
        Body::Qcr(q) => {
            out.put_u32(q.client_id);
            out.put_u64(q.qcc_seq);
            out.put_u16(q.backoff);
            out.put_u64(q.server_time);
            out.put_u64(q.hi_odata_seq);
            out.put_u64(q.loss_rate);
            out.put_blob(q.app_data);
        }
        Body::Odata(d) | Body::Rdata(d) => {
            out.put_u32(d.client_id);
            out.put_u64(d.seq);
            out.put_u64(d.trail);
            out.put_blob(d.data);
        }
        Body::Ack(a) => {
            out.put_u32(a.client_id);
            out.put_u64(a.seq);
            out.put_u64(a.server_time);
            out.put_u64(a.hi_odata_seq);
            out.put_u64(a.loss_rate);
        }
        Body::Nack(n) => {
            out.put_u32(n.client_id);
            out.put_u64(n.hi_odata_seq);
            out.put_u64(n.loss_rate);
            put_ranges(out, &n.ranges);
        }
        Body::Ncf(ranges) => put_ranges(out, ranges),
        Body::Leave { client_id, reason } => {
            out.put_u32(*client_id);
            out.put_u8(*reason);
        }
        Body::Poll(p) => {
            out.put_u64(p.seq);
            out.put_u16(p.backoff);
            out.put_blob(p.app_data);
        }
        Body::PollAck(p) => {
            out.put_u32(p.client_id);
            out.put_u64(p.seq);
            out.put_blob(p.app_data);
        }
        Body::Kick(list) => {
            out.put_u16(list.len() as u16);
            for (id, reason) in list {
                out.put_u32(*id);
                out.put_u8(*reason);
            }
        }
        Body::Demote(d) => {
            out.put_u32(d.lower_session_id);
            out.put_short_blob(d.maddr);
            out.put_u16(d.mport);
            out.put_short_blob(d.uaddr);
            out.put_u16(d.uport);
            out.put_u16(d.clients.len() as u16);
            for id in &d.clients {
                out.put_u32(*id);
            }
        }
    }
}

fn ip_len_ok(b: &[u8]) -> bool {
    b.len() == 4 || b.len() == 16
}

fn decode_body<'a>(op: u8, r: &mut Reader<'a>) -> DecodeResult<Body<'a>> {
    Ok(match op {
        OP_SPM => Body::Spm(Spm {
            seq: r.u64()?,
            master_client_id: r.u32()?,
            min_nack_backoff: r.u16()?,
            max_nack_backoff: r.u16()?,
            trail: r.u64()?,
            lead: r.u64()?,
            rtt: r.u16()?,
        }),
        OP_JOIN => {
            // 2.2.5: the last of the 16 characters is the NUL, so a name
            // has at most 15; whatever stands in the 16th is ignored.
            let client_name = super::from_utf16le(&r.bytes(32)?[..30]);
            let ip = r.short_blob()?;
            if !ip_len_ok(ip) {
                return Err(DecodeError::BadField("IPAddrLen"));
            }
            let mac = r.short_blob()?;
            Body::Join(Join {
                client_name,
                ip,
                mac,
            })
        }
        OP_JOINACK => Body::JoinAck(JoinAck {
            client_id: r.u32()?,
            min_nack_backoff: r.u16()?,
            max_nack_backoff: r.u16()?,
            rtt: r.u16()?,
            client_time: r.u64()?,
        }),
        OP_QCC => Body::Qcc(Qcc {
            seq: r.u64()?,
            qcr_backoff: r.u16()?,
        }),
        OP_QCR => Body::Qcr(Qcr {
            client_id: r.u32()?,
            qcc_seq: r.u64()?,
            backoff: r.u16()?,
            server_time: r.u64()?,
            hi_odata_seq: r.u64()?,
            loss_rate: r.u64()?,
            app_data: r.blob()?,
        }),
        OP_ODATA | OP_RDATA => {
            let d = Data {
                client_id: r.u32()?,
                seq: r.u64()?,
                trail: r.u64()?,
                data: r.blob()?,
            };
            if op == OP_ODATA {
                Body::Odata(d)
            } else {
                Body::Rdata(d)
            }
        }
        OP_ACK => Body::Ack(Ack {
            client_id: r.u32()?,
            seq: r.u64()?,
            server_time: r.u64()?,
            hi_odata_seq: r.u64()?,
            loss_rate: r.u64()?,
        }),
        OP_NACK => {
            let client_id = r.u32()?;
            let hi_odata_seq = r.u64()?;
            let loss_rate = r.u64()?;
            let count = r.u16()?;
            Body::Nack(Nack {
                client_id,
                hi_odata_seq,
                loss_rate,
                ranges: read_ranges(r, count)?,
            })
        }
        OP_NCF => {
            let count = r.u16()?;
            Body::Ncf(read_ranges(r, count)?)
        }
        OP_LEAVE => Body::Leave {
            client_id: r.u32()?,
            reason: r.u8()?,
        },
        OP_POLL => Body::Poll(Poll {
            seq: r.u64()?,
            backoff: r.u16()?,
            app_data: r.blob()?,
        }),
        OP_POLLACK => Body::PollAck(PollAck {
            client_id: r.u32()?,
            seq: r.u64()?,
            app_data: r.blob()?,
        }),
        OP_KICK => {
            let count = usize::from(r.u16()?);
            if r.remaining() < count * 5 {
                return Err(DecodeError::Truncated);
            }
            let mut list = Vec::with_capacity(count);
            for _ in 0..count {
                list.push((r.u32()?, r.u8()?));
            }
            Body::Kick(list)
        }
        OP_DEMOTE => {
            let lower_session_id = r.u32()?;
            let maddr = r.short_blob()?;
            let mport = r.u16()?;
            let uaddr = r.short_blob()?;
            let uport = r.u16()?;
            if !ip_len_ok(maddr) || !ip_len_ok(uaddr) {
                return Err(DecodeError::BadField("DEMOTE address"));
            }
            let count = usize::from(r.u16()?);
            if count > DEMOTE_MAX_CLIENTS {
                return Err(DecodeError::BadField("DEMOTE ClientCount"));
            }
            let mut clients = Vec::with_capacity(count);
            for _ in 0..count {
                clients.push(r.u32()?);
            }
            Body::Demote(Demote {
                lower_session_id,
                maddr,
                mport,
                uaddr,
                uport,
                clients,
            })
        }
        other => return Err(DecodeError::UnknownOpcode(other)),
    })
}

#[cfg(test)]
mod tests;
