//! The connection-oriented PDUs (C706 12.6, [MS-RPCE] 2.2.2): the common
//! 16-byte header, the bodies, the presentation context and result lists,
//! the sec_trailer with its auth_value, and the framing of a TCP stream
//! into whole PDUs.
//!
//! We send little-endian data representation only (drep `10 00 00 00`,
//! C706 14.1) and refuse a big-endian peer with [`PduError::BigEndian`].
//! A decoder never panics and never allocates more than the bytes present.

use crate::uuid::{SyntaxId, Uuid};

/// The common header's length (C706 12.6.1).
pub const HEADER_LEN: usize = 16;
/// The sec_trailer's length without its auth_value ([MS-RPCE] 2.2.2.11).
pub const SEC_TRAILER_LEN: usize = 8;
/// The sec_trailer of a request, response or fault starts this aligned
/// relative to the stub's start ([MS-RPCE] 2.2.2.12).
pub const STUB_AUTH_ALIGN: usize = 16;
/// The data representation we send: little-endian integers, ASCII, IEEE
/// floats (C706 14.1).
pub const DREP_LE: [u8; 4] = [0x10, 0, 0, 0];

/// `pfc_flags` bits (C706 12.6.3.1, [MS-RPCE] 2.2.2.3).
pub mod pfc {
    /// First fragment of a call.
    pub const FIRST_FRAG: u8 = 0x01;
    /// Last fragment of a call.
    pub const LAST_FRAG: u8 = 0x02;
    /// A cancel was pending at the sender (requests and responses).
    pub const PENDING_CANCEL: u8 = 0x04;
    /// In bind, bind_ack, alter_context and its response, the same bit
    /// offers or accepts header signing ([MS-RPCE] 2.2.2.3).
    pub const SUPPORT_HEADER_SIGN: u8 = 0x04;
    /// Concurrent multiplexing of calls on one connection.
    pub const CONC_MPX: u8 = 0x10;
    /// In a fault: the call did not execute.
    pub const DID_NOT_EXECUTE: u8 = 0x20;
    /// `maybe` call semantics.
    pub const MAYBE: u8 = 0x40;
    /// A request carries an object UUID after its opnum.
    pub const OBJECT_UUID: u8 = 0x80;
}

/// `p_cont_def_result_t` values (C706 12.6.3.1, [MS-RPCE] 2.2.2.4 adds
/// `negotiate_ack`).
pub mod result {
    /// The context is accepted with the transfer syntax in the result.
    pub const ACCEPTANCE: u16 = 0;
    /// Rejected by the user.
    pub const USER_REJECTION: u16 = 1;
    /// Rejected by the runtime, with a provider reason.
    pub const PROVIDER_REJECTION: u16 = 2;
    /// Answer to a bind-time feature negotiation context ([MS-RPCE]
    /// 3.3.1.5.3): the reason field carries the accepted feature bits.
    pub const NEGOTIATE_ACK: u16 = 3;
}

/// `p_provider_reason_t` values of a rejected context (C706 12.6.3.1).
pub mod reason {
    /// No reason given.
    pub const NOT_SPECIFIED: u16 = 0;
    /// The interface is not offered.
    pub const ABSTRACT_SYNTAX_NOT_SUPPORTED: u16 = 1;
    /// None of the transfer syntaxes is supported.
    pub const PROPOSED_TRANSFER_SYNTAXES_NOT_SUPPORTED: u16 = 2;
    /// A local limit was hit.
    pub const LOCAL_LIMIT_EXCEEDED: u16 = 3;
}

/// bind_nak `provider_reject_reason` values (C706 12.6.3.1, [MS-RPCE]
/// 2.2.2.5 adds the last two).
pub mod nak {
    /// No reason given.
    pub const NOT_SPECIFIED: u16 = 0;
    /// The server is congested.
    pub const TEMPORARY_CONGESTION: u16 = 1;
    /// A local limit was hit.
    pub const LOCAL_LIMIT_EXCEEDED: u16 = 2;
    /// The RPC protocol version is not supported.
    pub const PROTOCOL_VERSION_NOT_SUPPORTED: u16 = 4;
    /// The security package is unknown to the server.
    pub const AUTHENTICATION_TYPE_NOT_RECOGNIZED: u16 = 8;
    /// The security token did not verify.
    pub const INVALID_CHECKSUM: u16 = 9;
}

/// The `PTYPE` of a connection-oriented PDU (C706 12.6.4, [MS-RPCE]
/// 2.2.2.10 for auth3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PacketType {
    Request = 0,
    Response = 2,
    Fault = 3,
    Bind = 11,
    BindAck = 12,
    BindNak = 13,
    AlterContext = 14,
    AlterContextResp = 15,
    Auth3 = 16,
    Shutdown = 17,
    CoCancel = 18,
    Orphaned = 19,
}

impl PacketType {
    fn from_u8(v: u8) -> Result<PacketType, PduError> {
        Ok(match v {
            0 => PacketType::Request,
            2 => PacketType::Response,
            3 => PacketType::Fault,
            11 => PacketType::Bind,
            12 => PacketType::BindAck,
            13 => PacketType::BindNak,
            14 => PacketType::AlterContext,
            15 => PacketType::AlterContextResp,
            16 => PacketType::Auth3,
            17 => PacketType::Shutdown,
            18 => PacketType::CoCancel,
            19 => PacketType::Orphaned,
            _ => return Err(PduError::UnknownType(v)),
        })
    }

    /// Where the stub starts in a PDU of this type, for those that carry
    /// one; the trailer is aligned relative to it.
    fn stub_offset(self, flags: u8) -> Option<usize> {
        match self {
            PacketType::Request if flags & pfc::OBJECT_UUID != 0 => Some(HEADER_LEN + 24),
            PacketType::Request | PacketType::Response => Some(HEADER_LEN + 8),
            PacketType::Fault => Some(HEADER_LEN + 16),
            _ => None,
        }
    }
}

/// The sec_trailer ([MS-RPCE] 2.2.2.11).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecTrailer {
    pub auth_type: u8,
    pub auth_level: u8,
    /// Set by [`Pdu::encode`]; on decode, the padding that was removed.
    pub auth_pad_length: u8,
    pub auth_context_id: u32,
}

/// A sec_trailer and its auth_value (C706 13.2.6.1 `auth_verifier_co_t`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthVerifier {
    pub trailer: SecTrailer,
    pub value: Vec<u8>,
}

impl AuthVerifier {
    /// A verifier to encode; [`Pdu::encode`] computes the padding.
    pub fn new(auth_type: u8, auth_level: u8, auth_context_id: u32, value: Vec<u8>) -> Self {
        AuthVerifier {
            trailer: SecTrailer {
                auth_type,
                auth_level,
                auth_pad_length: 0,
                auth_context_id,
            },
            value,
        }
    }

    /// Whether this verifier belongs to the given context of an
    /// association.
    pub fn matches(&self, auth_type: u8, auth_level: u8, auth_context_id: u32) -> bool {
        let t = &self.trailer;
        t.auth_type == auth_type
            && t.auth_level == auth_level
            && t.auth_context_id == auth_context_id
    }
}

/// `p_cont_elem_t` (C706 12.6.3.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextElement {
    pub context_id: u16,
    pub abstract_syntax: SyntaxId,
    pub transfer_syntaxes: Vec<SyntaxId>,
}

/// `p_result_t` (C706 12.6.3.1): see [`result`] and [`reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextResult {
    pub result: u16,
    pub reason: u16,
    pub transfer_syntax: SyntaxId,
}

/// The bind-time feature negotiation syntax's prefix ([MS-RPCE]
/// 3.3.1.5.3): UUID 6cb71c2c-9812-4540-XXXX-XXXXXXXXXXXX version 1.0,
/// the feature bits little-endian in the last eight bytes.
const FEATURE_SYNTAX_PREFIX: Uuid = Uuid::from_u128(0x6cb71c2c_9812_4540_0000_000000000000);

/// The feature bits if `s` is a bind-time feature negotiation syntax.
pub fn bind_time_features(s: &SyntaxId) -> Option<u64> {
    let prefix = FEATURE_SYNTAX_PREFIX;
    let same = s.uuid.data1 == prefix.data1
        && s.uuid.data2 == prefix.data2
        && s.uuid.data3 == prefix.data3
        && s.major == 1
        && s.minor == 0;
    same.then(|| u64::from_le_bytes(s.uuid.data4))
}

/// bind and alter_context bodies (C706 12.6.4.3, 12.6.4.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bind {
    pub max_xmit_frag: u16,
    pub max_recv_frag: u16,
    pub assoc_group_id: u32,
    pub contexts: Vec<ContextElement>,
}

/// bind_ack and alter_context_resp bodies (C706 12.6.4.4, 12.6.4.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindAck {
    pub max_xmit_frag: u16,
    pub max_recv_frag: u16,
    pub assoc_group_id: u32,
    /// `sec_addr` (`port_any_t`) without its terminating NUL: the server's
    /// port as a decimal string; empty in alter_context_resp.
    pub secondary_address: Vec<u8>,
    pub results: Vec<ContextResult>,
}

/// bind_nak body (C706 12.6.4.5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindNak {
    /// See [`nak`].
    pub reason: u16,
    /// Protocol versions the server supports, (major, minor).
    pub versions: Vec<(u8, u8)>,
}

/// request body (C706 12.6.4.9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub alloc_hint: u32,
    pub context_id: u16,
    pub opnum: u16,
    /// Present iff [`pfc::OBJECT_UUID`] is set; [`Pdu::encode`] sets it.
    pub object: Option<Uuid>,
    pub stub: Vec<u8>,
}

/// response body (C706 12.6.4.10).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub alloc_hint: u32,
    pub context_id: u16,
    pub cancel_count: u8,
    pub stub: Vec<u8>,
}

/// fault body (C706 12.6.4.7); any extended error stub is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub alloc_hint: u32,
    pub context_id: u16,
    pub cancel_count: u8,
    pub status: u32,
}

/// A PDU body by type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Request(Request),
    Response(Response),
    Fault(Fault),
    Bind(Bind),
    BindAck(BindAck),
    BindNak(BindNak),
    AlterContext(Bind),
    AlterContextResp(BindAck),
    /// [MS-RPCE] 2.2.2.10: two ignored u16s, then the verifier.
    Auth3 {
        max_xmit_frag: u16,
        max_recv_frag: u16,
    },
    Shutdown,
    CoCancel,
    Orphaned,
}

impl Body {
    /// This body's `PTYPE`.
    pub fn packet_type(&self) -> PacketType {
        match self {
            Body::Request(_) => PacketType::Request,
            Body::Response(_) => PacketType::Response,
            Body::Fault(_) => PacketType::Fault,
            Body::Bind(_) => PacketType::Bind,
            Body::BindAck(_) => PacketType::BindAck,
            Body::BindNak(_) => PacketType::BindNak,
            Body::AlterContext(_) => PacketType::AlterContext,
            Body::AlterContextResp(_) => PacketType::AlterContextResp,
            Body::Auth3 { .. } => PacketType::Auth3,
            Body::Shutdown => PacketType::Shutdown,
            Body::CoCancel => PacketType::CoCancel,
            Body::Orphaned => PacketType::Orphaned,
        }
    }
}

/// One connection-oriented PDU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pdu {
    /// `pfc_flags` (see [`pfc`]); [`Pdu::encode`] keeps
    /// [`pfc::OBJECT_UUID`] in step with the request's object.
    pub flags: u8,
    pub call_id: u32,
    pub body: Body,
    pub auth: Option<AuthVerifier>,
}

/// The common header's fields (C706 12.6.1), as read by [`Header::decode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub ptype: PacketType,
    pub flags: u8,
    pub frag_length: u16,
    pub auth_length: u16,
    pub call_id: u32,
}

/// Checks `rpc_vers` and `drep`, the first eight bytes.
fn check_prefix(b: &[u8]) -> Result<(), PduError> {
    if b.len() < 8 {
        return Err(PduError::Truncated);
    }
    if b[0] != 5 || b[1] > 1 {
        return Err(PduError::BadVersion(b[0], b[1]));
    }
    // C706 14.1: the high nibble of the first drep byte is the integer
    // representation, 0 for big-endian and 1 for little-endian.
    match b[4] >> 4 {
        1 => Ok(()),
        0 => Err(PduError::BigEndian),
        _ => Err(PduError::BadField("drep")),
    }
}

impl Header {
    /// Reads and checks the header at the start of `b`.
    pub fn decode(b: &[u8]) -> Result<Header, PduError> {
        check_prefix(b)?;
        if b.len() < HEADER_LEN {
            return Err(PduError::Truncated);
        }
        let frag_length = u16::from_le_bytes([b[8], b[9]]);
        if usize::from(frag_length) < HEADER_LEN {
            return Err(PduError::BadFragLength(frag_length));
        }
        Ok(Header {
            ptype: PacketType::from_u8(b[2])?,
            flags: b[3],
            frag_length,
            auth_length: u16::from_le_bytes([b[10], b[11]]),
            call_id: u32::from_le_bytes([b[12], b[13], b[14], b[15]]),
        })
    }
}

/// The length of the PDU at the start of a stream buffer, once its
/// `frag_length` has arrived: `Ok(None)` means read more. A request,
/// response or fault longer than `max_frag` (the receive size we
/// negotiated) is an error; the bind family carries security tokens and is
/// never fragmented, so it may use all of `frag_length`'s range.
pub fn next_pdu_len(buf: &[u8], max_frag: u16) -> Result<Option<usize>, PduError> {
    if buf.len() < 10 {
        return Ok(None);
    }
    check_prefix(buf)?;
    let n = u16::from_le_bytes([buf[8], buf[9]]);
    let limit = match PacketType::from_u8(buf[2])? {
        PacketType::Request | PacketType::Response | PacketType::Fault => max_frag,
        _ => u16::MAX,
    };
    if usize::from(n) < HEADER_LEN || n > limit {
        return Err(PduError::BadFragLength(n));
    }
    Ok(Some(usize::from(n)))
}

/// A little-endian reader over a borrowed body.
struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], PduError> {
        if self.buf.len() < n {
            return Err(PduError::Truncated);
        }
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Ok(head)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], PduError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.bytes(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, PduError> {
        Ok(self.array::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16, PduError> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32, PduError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn uuid(&mut self) -> Result<Uuid, PduError> {
        Ok(Uuid::from_le_bytes(self.array()?))
    }
    /// `p_syntax_id_t`: the version's major in the low 16 bits.
    fn syntax(&mut self) -> Result<SyntaxId, PduError> {
        let uuid = self.uuid()?;
        let major = self.u16()?;
        let minor = self.u16()?;
        Ok(SyntaxId { uuid, major, minor })
    }
}

fn put_syntax(out: &mut Vec<u8>, s: &SyntaxId) {
    out.extend_from_slice(&s.uuid.to_le_bytes());
    out.extend_from_slice(&s.major.to_le_bytes());
    out.extend_from_slice(&s.minor.to_le_bytes());
}

fn count_u8(n: usize) -> Result<u8, PduError> {
    u8::try_from(n).map_err(|_| PduError::TooLarge)
}

fn decode_bind(r: &mut Reader<'_>) -> Result<Bind, PduError> {
    let max_xmit_frag = r.u16()?;
    let max_recv_frag = r.u16()?;
    let assoc_group_id = r.u32()?;
    let n = r.u8()?;
    r.bytes(3)?;
    let mut contexts = Vec::new();
    for _ in 0..n {
        let context_id = r.u16()?;
        let n_syntaxes = r.u8()?;
        r.u8()?;
        let abstract_syntax = r.syntax()?;
        let mut transfer_syntaxes = Vec::new();
        for _ in 0..n_syntaxes {
            transfer_syntaxes.push(r.syntax()?);
        }
        contexts.push(ContextElement {
            context_id,
            abstract_syntax,
            transfer_syntaxes,
        });
    }
    Ok(Bind {
        max_xmit_frag,
        max_recv_frag,
        assoc_group_id,
        contexts,
    })
}

fn encode_bind(out: &mut Vec<u8>, b: &Bind) -> Result<(), PduError> {
    out.extend_from_slice(&b.max_xmit_frag.to_le_bytes());
    out.extend_from_slice(&b.max_recv_frag.to_le_bytes());
    out.extend_from_slice(&b.assoc_group_id.to_le_bytes());
    out.extend_from_slice(&[count_u8(b.contexts.len())?, 0, 0, 0]);
    for c in &b.contexts {
        out.extend_from_slice(&c.context_id.to_le_bytes());
        out.extend_from_slice(&[count_u8(c.transfer_syntaxes.len())?, 0]);
        put_syntax(out, &c.abstract_syntax);
        for t in &c.transfer_syntaxes {
            put_syntax(out, t);
        }
    }
    Ok(())
}

fn decode_bind_ack(r: &mut Reader<'_>) -> Result<BindAck, PduError> {
    let max_xmit_frag = r.u16()?;
    let max_recv_frag = r.u16()?;
    let assoc_group_id = r.u32()?;
    let addr_len = usize::from(r.u16()?);
    let mut secondary_address = r.bytes(addr_len)?.to_vec();
    if secondary_address.last() == Some(&0) {
        secondary_address.pop();
    }
    // The result list starts 4-aligned (C706 12.6.4.4 `pad2`); the body
    // starts at offset 16 and the address at 26.
    r.bytes((4 - (26 + addr_len) % 4) % 4)?;
    let n = r.u8()?;
    r.bytes(3)?;
    let mut results = Vec::new();
    for _ in 0..n {
        let result = r.u16()?;
        let reason = r.u16()?;
        let transfer_syntax = r.syntax()?;
        results.push(ContextResult {
            result,
            reason,
            transfer_syntax,
        });
    }
    Ok(BindAck {
        max_xmit_frag,
        max_recv_frag,
        assoc_group_id,
        secondary_address,
        results,
    })
}

fn encode_bind_ack(out: &mut Vec<u8>, b: &BindAck) -> Result<(), PduError> {
    out.extend_from_slice(&b.max_xmit_frag.to_le_bytes());
    out.extend_from_slice(&b.max_recv_frag.to_le_bytes());
    out.extend_from_slice(&b.assoc_group_id.to_le_bytes());
    // port_any_t counts its terminating NUL; an empty address is length 0.
    let addr_len = if b.secondary_address.is_empty() {
        0
    } else {
        b.secondary_address.len() + 1
    };
    out.extend_from_slice(
        &u16::try_from(addr_len)
            .map_err(|_| PduError::TooLarge)?
            .to_le_bytes(),
    );
    if addr_len > 0 {
        out.extend_from_slice(&b.secondary_address);
        out.push(0);
    }
    out.resize(out.len() + (4 - (26 + addr_len) % 4) % 4, 0);
    out.extend_from_slice(&[count_u8(b.results.len())?, 0, 0, 0]);
    for res in &b.results {
        out.extend_from_slice(&res.result.to_le_bytes());
        out.extend_from_slice(&res.reason.to_le_bytes());
        put_syntax(out, &res.transfer_syntax);
    }
    Ok(())
}

impl Pdu {
    /// Decodes one whole PDU; `b.len()` must equal its `frag_length`.
    pub fn decode(b: &[u8]) -> Result<Pdu, PduError> {
        let h = Header::decode(b)?;
        if usize::from(h.frag_length) != b.len() {
            return Err(PduError::BadFragLength(h.frag_length));
        }
        let (body, auth) = split_auth(b, &h)?;
        let mut r = Reader { buf: body };
        let pad = auth
            .as_ref()
            .map_or(0, |a| usize::from(a.trailer.auth_pad_length));
        // The stub runs to the padding before the trailer.
        let stub = |r: &mut Reader<'_>| -> Result<Vec<u8>, PduError> {
            let n = r
                .buf
                .len()
                .checked_sub(pad)
                .ok_or(PduError::BadField("auth_pad_length"))?;
            Ok(r.bytes(n)?.to_vec())
        };
        let body = match h.ptype {
            PacketType::Request => {
                let alloc_hint = r.u32()?;
                let context_id = r.u16()?;
                let opnum = r.u16()?;
                let object = if h.flags & pfc::OBJECT_UUID != 0 {
                    Some(r.uuid()?)
                } else {
                    None
                };
                Body::Request(Request {
                    alloc_hint,
                    context_id,
                    opnum,
                    object,
                    stub: stub(&mut r)?,
                })
            }
            PacketType::Response => {
                let alloc_hint = r.u32()?;
                let context_id = r.u16()?;
                let cancel_count = r.u8()?;
                r.u8()?;
                Body::Response(Response {
                    alloc_hint,
                    context_id,
                    cancel_count,
                    stub: stub(&mut r)?,
                })
            }
            PacketType::Fault => {
                let alloc_hint = r.u32()?;
                let context_id = r.u16()?;
                let cancel_count = r.u8()?;
                r.u8()?;
                let status = r.u32()?;
                Body::Fault(Fault {
                    alloc_hint,
                    context_id,
                    cancel_count,
                    status,
                })
            }
            PacketType::Bind => Body::Bind(decode_bind(&mut r)?),
            PacketType::AlterContext => Body::AlterContext(decode_bind(&mut r)?),
            PacketType::BindAck => Body::BindAck(decode_bind_ack(&mut r)?),
            PacketType::AlterContextResp => Body::AlterContextResp(decode_bind_ack(&mut r)?),
            PacketType::BindNak => {
                let reason = r.u16()?;
                // [MS-RPCE] 2.2.2.5: Windows may omit or extend the version
                // list; read it when present.
                let mut versions = Vec::new();
                if let Ok(n) = r.u8() {
                    for _ in 0..n {
                        versions.push((r.u8()?, r.u8()?));
                    }
                }
                Body::BindNak(BindNak { reason, versions })
            }
            PacketType::Auth3 => Body::Auth3 {
                max_xmit_frag: r.u16()?,
                max_recv_frag: r.u16()?,
            },
            PacketType::Shutdown => Body::Shutdown,
            PacketType::CoCancel => Body::CoCancel,
            PacketType::Orphaned => Body::Orphaned,
        };
        Ok(Pdu {
            flags: h.flags,
            call_id: h.call_id,
            body,
            auth,
        })
    }

    /// Encodes with `frag_length`, `auth_length` and the auth padding
    /// computed: a stub-carrying PDU pads its stub to 16 bytes ([MS-RPCE]
    /// 2.2.2.12), others pad the body so the trailer is 4-aligned (C706
    /// 13.2.6.1).
    pub fn encode(&self) -> Result<Vec<u8>, PduError> {
        let ptype = self.body.packet_type();
        let mut flags = self.flags & !pfc::OBJECT_UUID;
        let mut out = Vec::with_capacity(HEADER_LEN + 64);
        out.extend_from_slice(&[5, 0, ptype as u8, 0]);
        out.extend_from_slice(&DREP_LE);
        out.extend_from_slice(&[0; 8]);
        match &self.body {
            Body::Request(q) => {
                out.extend_from_slice(&q.alloc_hint.to_le_bytes());
                out.extend_from_slice(&q.context_id.to_le_bytes());
                out.extend_from_slice(&q.opnum.to_le_bytes());
                if let Some(o) = &q.object {
                    flags |= pfc::OBJECT_UUID;
                    out.extend_from_slice(&o.to_le_bytes());
                }
                out.extend_from_slice(&q.stub);
            }
            Body::Response(p) => {
                out.extend_from_slice(&p.alloc_hint.to_le_bytes());
                out.extend_from_slice(&p.context_id.to_le_bytes());
                out.extend_from_slice(&[p.cancel_count, 0]);
                out.extend_from_slice(&p.stub);
            }
            Body::Fault(f) => {
                out.extend_from_slice(&f.alloc_hint.to_le_bytes());
                out.extend_from_slice(&f.context_id.to_le_bytes());
                out.extend_from_slice(&[f.cancel_count, 0]);
                out.extend_from_slice(&f.status.to_le_bytes());
                out.extend_from_slice(&[0; 4]);
            }
            Body::Bind(b) | Body::AlterContext(b) => encode_bind(&mut out, b)?,
            Body::BindAck(b) | Body::AlterContextResp(b) => encode_bind_ack(&mut out, b)?,
            Body::BindNak(n) => {
                out.extend_from_slice(&n.reason.to_le_bytes());
                out.push(count_u8(n.versions.len())?);
                for (major, minor) in &n.versions {
                    out.extend_from_slice(&[*major, *minor]);
                }
            }
            Body::Auth3 {
                max_xmit_frag,
                max_recv_frag,
            } => {
                out.extend_from_slice(&max_xmit_frag.to_le_bytes());
                out.extend_from_slice(&max_recv_frag.to_le_bytes());
            }
            Body::Shutdown | Body::CoCancel | Body::Orphaned => {}
        }
        out[3] = flags;
        let mut auth_length = 0;
        if let Some(a) = &self.auth {
            let pad = match ptype.stub_offset(flags) {
                Some(start) => {
                    (STUB_AUTH_ALIGN - (out.len() - start) % STUB_AUTH_ALIGN) % STUB_AUTH_ALIGN
                }
                None => (4 - out.len() % 4) % 4,
            };
            out.resize(out.len() + pad, 0);
            let t = &a.trailer;
            out.extend_from_slice(&[t.auth_type, t.auth_level, pad as u8, 0]);
            out.extend_from_slice(&t.auth_context_id.to_le_bytes());
            out.extend_from_slice(&a.value);
            auth_length = u16::try_from(a.value.len()).map_err(|_| PduError::TooLarge)?;
        }
        let frag_length = u16::try_from(out.len()).map_err(|_| PduError::TooLarge)?;
        out[8..10].copy_from_slice(&frag_length.to_le_bytes());
        out[10..12].copy_from_slice(&auth_length.to_le_bytes());
        out[12..16].copy_from_slice(&self.call_id.to_le_bytes());
        Ok(out)
    }
}

/// Splits a whole PDU into its body (after the header, before the
/// trailer, padding included) and its verifier.
fn split_auth<'a>(b: &'a [u8], h: &Header) -> Result<(&'a [u8], Option<AuthVerifier>), PduError> {
    if h.auth_length == 0 {
        return Ok((&b[HEADER_LEN..], None));
    }
    let trailer_start = b
        .len()
        .checked_sub(usize::from(h.auth_length) + SEC_TRAILER_LEN)
        .filter(|&s| s >= HEADER_LEN)
        .ok_or(PduError::BadAuthLength(h.auth_length))?;
    let t = &b[trailer_start..];
    let trailer = SecTrailer {
        auth_type: t[0],
        auth_level: t[1],
        auth_pad_length: t[2],
        auth_context_id: u32::from_le_bytes([t[4], t[5], t[6], t[7]]),
    };
    let value = t[SEC_TRAILER_LEN..].to_vec();
    Ok((
        &b[HEADER_LEN..trailer_start],
        Some(AuthVerifier { trailer, value }),
    ))
}

mod seal;

pub use crate::error::{PduError, RpcError, status};
pub use seal::{MIN_FRAG, seal, unseal};
pub(crate) use seal::{Sealer, encode_fragments};

#[cfg(test)]
mod tests;
