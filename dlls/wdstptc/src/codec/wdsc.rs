//! [MS-WDSC] 2.2.1: WDS Control Protocol packets (Endpoint Header,
//! Operation Header, Variables Section), the `WdsRpcMessage` stub that
//! carries them (3.1.4.1), and [MS-WDSMSI] 2.2.1's `WDSMC_OP_INITIATE`
//! request and reply on top.
//!
//! Unlike the UDP formats, every number here is little-endian ([MS-WDSC]
//! 2.2.1); only the addresses inside blobs are in network order
//! ([MS-WDSMSI] 2.2.1).

use std::net::Ipv4Addr;

use dcerpc::Uuid;

use super::msi::Offer;
use super::{DecodeError, DecodeResult, from_utf16le, utf16le_nul};

/// [MS-WDSC] 2.1: the interface, version 1.0.
pub const INTERFACE: Uuid = Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620);
/// [MS-WDSMSI] 1.9: the Multicast Session Initiation Endpoint GUID.
pub const MULTICAST_ENDPOINT: Uuid = Uuid::from_u128(0x6f13a317_3687_4b54_81a5_504daa9062fa);
/// [MS-WDSC] 3.1.4: WdsRpcMessage is opnum 0.
pub const OPNUM_WDS_RPC_MESSAGE: u16 = 0;
/// [MS-WDSMSI] 2.2: WDSMC_OP_INITIATE.
pub const OP_INITIATE: u32 = 0x0000_0006;

pub const PACKET_REQUEST: u8 = 0x01;
pub const PACKET_REPLY: u8 = 0x02;

pub const VAR_BYTE: u32 = 0x0001;
pub const VAR_USHORT: u32 = 0x0002;
pub const VAR_ULONG: u32 = 0x0004;
pub const VAR_ULONG64: u32 = 0x0008;
pub const VAR_STRING: u32 = 0x0010;
pub const VAR_WSTRING: u32 = 0x0020;
pub const VAR_BLOB: u32 = 0x0040;
/// 2.2.1.3.2.2: the type modifier in the high 16 bits of Variable-Type.
pub const VAR_ARRAY: u32 = 0x1000 << 16;

/// [MS-WDSMSI] 2.2.1 Cap flags.
pub const CAP_CHECKSUM: u32 = 0x1;
pub const CAP_IPV6: u32 = 0x2;
pub const CAP_BOOT_DEVICE: u32 = 0x4;

/// [MS-WDSMSI] 2.2.1 SecMode: WDSMCTP_SEC_*.
pub const SEC_NONE: u16 = 0;
pub const SEC_HASH: u16 = 1;
pub const SEC_SIGN: u16 = 2;
pub const SEC_CHECKSUM: u16 = 3;

const ENDPOINT_HEADER: usize = 0x28;
const OPERATION_HEADER: usize = 16;
const NAME_BYTES: usize = 66;
/// Name, padding, type, value length, array size.
const BLOCK_HEADER: usize = NAME_BYTES + 2 + 12;
const VERSION: u16 = 0x0100;

/// One Variable Description Block (2.2.1.3.1), its value as raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub var_type: u32,
    /// 0 unless `var_type` has VAR_ARRAY (2.2.1.3.3).
    pub array_size: u32,
    /// Value-Length for an array (the element's size); unused otherwise.
    pub element_len: u32,
    pub value: Vec<u8>,
}

impl Variable {
    fn scalar(name: &str, var_type: u32, value: Vec<u8>) -> Variable {
        Variable {
            name: name.into(),
            var_type,
            array_size: 0,
            element_len: 0,
            value,
        }
    }
    pub fn ulong(name: &str, v: u32) -> Variable {
        Variable::scalar(name, VAR_ULONG, v.to_le_bytes().to_vec())
    }
    pub fn ulong64(name: &str, v: u64) -> Variable {
        Variable::scalar(name, VAR_ULONG64, v.to_le_bytes().to_vec())
    }
    pub fn wstring(name: &str, v: &str) -> Variable {
        Variable::scalar(name, VAR_WSTRING, utf16le_nul(v))
    }
    pub fn blob(name: &str, v: &[u8]) -> Variable {
        Variable::scalar(name, VAR_BLOB, v.to_vec())
    }

    fn value_length(&self) -> u32 {
        if self.var_type & VAR_ARRAY != 0 {
            self.element_len
        } else {
            u32::try_from(self.value.len()).unwrap_or(u32::MAX)
        }
    }
}

/// A request or reply packet (2.2.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packet {
    pub endpoint: Uuid,
    pub packet_type: u8,
    /// The OpCode of a request, the error code of a reply (2.2.1.2).
    pub opcode_or_error: u32,
    pub variables: Vec<Variable>,
}

impl Packet {
    /// The variable named `name`; names are case-insensitive (2.2.1.3.1).
    pub fn get(&self, name: &str) -> Option<&Variable> {
        self.variables
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
    }

    fn typed(&self, name: &str, var_type: u32) -> DecodeResult<Option<&[u8]>> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if v.var_type == var_type => Ok(Some(&v.value)),
            Some(_) => Err(DecodeError::BadField("variable type")),
        }
    }

    pub fn ulong(&self, name: &str) -> DecodeResult<Option<u32>> {
        self.typed(name, VAR_ULONG)?
            .map(|v| fixed(v).map(u32::from_le_bytes))
            .transpose()
    }

    pub fn ulong64(&self, name: &str) -> DecodeResult<Option<u64>> {
        self.typed(name, VAR_ULONG64)?
            .map(|v| fixed(v).map(u64::from_le_bytes))
            .transpose()
    }

    pub fn wstring(&self, name: &str) -> DecodeResult<Option<String>> {
        match self.typed(name, VAR_WSTRING)? {
            None => Ok(None),
            // 2.2.1.3.2.1: "MUST be terminated by a zero (null) character".
            Some(v) if v.len() >= 2 && v.len() % 2 == 0 && v[v.len() - 2..] == [0, 0] => {
                Ok(Some(from_utf16le(v)))
            }
            Some(_) => Err(DecodeError::BadField("WSTRING")),
        }
    }

    pub fn blob(&self, name: &str) -> DecodeResult<Option<&[u8]>> {
        self.typed(name, VAR_BLOB)
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut vars = Vec::new();
        for v in &self.variables {
            let start = vars.len();
            let mut name: Vec<u8> = utf16le_nul(&v.name);
            // 66 bytes: at most 32 characters and the NUL.
            name.truncate(NAME_BYTES - 2);
            name.resize(NAME_BYTES, 0);
            vars.extend_from_slice(&name);
            vars.extend_from_slice(&[0, 0]);
            vars.extend_from_slice(&v.var_type.to_le_bytes());
            vars.extend_from_slice(&v.value_length().to_le_bytes());
            vars.extend_from_slice(&v.array_size.to_le_bytes());
            vars.extend_from_slice(&v.value);
            // Padding_end: the block's size is a multiple of 16.
            let len = vars.len() - start;
            vars.resize(start + len.next_multiple_of(16), 0);
        }
        let op_size = OPERATION_HEADER + vars.len();
        let total = ENDPOINT_HEADER + op_size;
        let mut out = Vec::with_capacity(total);
        out.extend_from_slice(&(ENDPOINT_HEADER as u16).to_le_bytes());
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&u32::try_from(total).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&self.endpoint.to_le_bytes());
        out.extend_from_slice(&[0; 16]);
        out.extend_from_slice(&u32::try_from(op_size).unwrap_or(u32::MAX).to_le_bytes());
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.push(self.packet_type);
        out.push(0);
        out.extend_from_slice(&self.opcode_or_error.to_le_bytes());
        let count = u32::try_from(self.variables.len()).unwrap_or(u32::MAX);
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&vars);
        out
    }

    /// Validates the headers and every block (3.1.4.1, 3.2.4). The packet
    /// type is not checked: Windows' replies do not set it (<1>).
    pub fn decode(buf: &[u8]) -> DecodeResult<Packet> {
        let mut r = Le(buf);
        if usize::from(r.u16()?) != ENDPOINT_HEADER || r.u16()? != VERSION {
            return Err(DecodeError::BadField("Endpoint Header"));
        }
        if usize::try_from(r.u32()?).ok() != Some(buf.len()) {
            return Err(DecodeError::BadField("Packet-Size"));
        }
        let endpoint = Uuid::from_le_bytes(r.array()?);
        r.bytes(16)?;
        if usize::try_from(r.u32()?).ok() != Some(buf.len() - ENDPOINT_HEADER)
            || r.u16()? != VERSION
        {
            return Err(DecodeError::BadField("Operation Header"));
        }
        let packet_type = r.u8()?;
        r.u8()?;
        let opcode_or_error = r.u32()?;
        let count = r.u32()?;
        if usize::try_from(count).map_or(true, |c| c > r.0.len() / BLOCK_HEADER) {
            return Err(DecodeError::BadField("Variable-Count"));
        }
        let mut variables: Vec<Variable> = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let start = r.0.len();
            let name_bytes = r.bytes(NAME_BYTES)?;
            // 2.2.1.3.1: "The variable name MUST end with a null character".
            if !name_bytes.chunks_exact(2).any(|c| c == [0, 0]) {
                return Err(DecodeError::BadField("Variable-Name"));
            }
            let name = from_utf16le(name_bytes);
            r.bytes(2)?;
            let var_type = r.u32()?;
            let value_length = r.u32()?;
            let array_size = r.u32()?;
            let is_array = var_type & VAR_ARRAY != 0;
            let base = var_type & !VAR_ARRAY;
            let fixed_len = match base {
                VAR_BYTE => Some(1),
                VAR_USHORT => Some(2),
                VAR_ULONG => Some(4),
                VAR_ULONG64 => Some(8),
                VAR_STRING | VAR_WSTRING | VAR_BLOB => None,
                _ => return Err(DecodeError::BadField("Variable-Type")),
            };
            let total = if is_array {
                if array_size == 0 {
                    return Err(DecodeError::BadField("Array-Size"));
                }
                u64::from(value_length) * u64::from(array_size)
            } else {
                u64::from(value_length)
            };
            if let Some(n) = fixed_len
                && value_length != n
            {
                return Err(DecodeError::BadField("Value-Length"));
            }
            let total = usize::try_from(total).map_err(|_| DecodeError::Truncated)?;
            let value = r.bytes(total)?.to_vec();
            let used = start - r.0.len();
            r.bytes(used.next_multiple_of(16) - used)?;
            if variables.iter().any(|v| v.name.eq_ignore_ascii_case(&name)) {
                // 2.2.1.3.1: "Duplicate variable names MUST NOT be allowed."
                return Err(DecodeError::BadField("duplicate variable"));
            }
            variables.push(Variable {
                name,
                var_type,
                array_size: if is_array { array_size } else { 0 },
                element_len: if is_array { value_length } else { 0 },
                value,
            });
        }
        if !r.0.is_empty() {
            return Err(DecodeError::TrailingBytes);
        }
        Ok(Packet {
            endpoint,
            packet_type,
            opcode_or_error,
            variables,
        })
    }
}

fn fixed<const N: usize>(v: &[u8]) -> DecodeResult<[u8; N]> {
    v.try_into()
        .map_err(|_| DecodeError::BadField("Value-Length"))
}

/// A little-endian reader (the codec module's `Reader` is big-endian).
struct Le<'a>(&'a [u8]);

impl<'a> Le<'a> {
    fn bytes(&mut self, n: usize) -> DecodeResult<&'a [u8]> {
        if self.0.len() < n {
            return Err(DecodeError::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn array<const N: usize>(&mut self) -> DecodeResult<[u8; N]> {
        fixed(self.bytes(N)?)
    }
    fn u8(&mut self) -> DecodeResult<u8> {
        Ok(self.bytes(1)?[0])
    }
    fn u16(&mut self) -> DecodeResult<u16> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> DecodeResult<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
}

/// The WDSMC_OP_INITIATE request's variables ([MS-WDSMSI] 2.2.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiateRequest {
    pub namespace: String,
    pub content: String,
    /// The machine name, at most 15 characters and the NUL.
    pub client: String,
    pub cap: Option<u32>,
}

impl InitiateRequest {
    pub fn to_packet(&self) -> Packet {
        let client: String = self.client.chars().take(15).collect();
        let mut variables = vec![
            Variable::wstring("Namespace", &self.namespace),
            Variable::wstring("Content", &self.content),
            Variable::wstring("Client", &client),
        ];
        if let Some(cap) = self.cap {
            variables.push(Variable::ulong("Cap", cap));
        }
        Packet {
            endpoint: MULTICAST_ENDPOINT,
            packet_type: PACKET_REQUEST,
            opcode_or_error: OP_INITIATE,
            variables,
        }
    }

    /// The request's required variables ([MS-WDSC] 3.1.4.1: "validate that
    /// all required variables are present").
    pub fn from_packet(p: &Packet) -> DecodeResult<InitiateRequest> {
        let need = |name: &'static str| p.wstring(name)?.ok_or(DecodeError::BadField(name));
        Ok(InitiateRequest {
            namespace: need("Namespace")?,
            content: need("Content")?,
            client: need("Client")?,
            cap: p.ulong("Cap")?,
        })
    }
}

/// The packet-protection keys a reply hands out ([MS-WDSMSI] 2.2.1).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReplySecurity {
    /// SecMode: (client mode, server mode).
    pub modes: Option<(u16, u16)>,
    pub sym_key: Option<Vec<u8>>,
    pub sign_key: Option<Vec<u8>>,
    pub hash_alg: Option<u32>,
    pub hmac_alg: Option<u32>,
}

/// The WDSMC_OP_INITIATE reply's variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiateReply {
    pub offer: Offer,
    pub security: ReplySecurity,
    /// ContentMetadata, when the content has any.
    pub metadata: Option<Vec<u8>>,
    pub user_sid: Option<Vec<u8>>,
}

impl InitiateReply {
    pub fn to_packet(&self) -> Packet {
        let o = &self.offer;
        let port = u32::from(o.port);
        let mut variables = vec![
            Variable::ulong("TpMcAddress.Port", port),
            Variable::blob("TpMcAddress.Address", &o.multicast_addr.octets()),
            Variable::ulong("TpUniAddress.Port", port),
            Variable::blob("TpUniAddress.Address", &o.server_addr.octets()),
            Variable::ulong("SessionId", o.session_id),
            Variable::ulong64("ContentSize", o.content_size),
            Variable::ulong("BlockSize", o.block_size),
            Variable::ulong64("TotalBlocks", o.total_blocks),
        ];
        if let Some(m) = &self.metadata {
            variables.push(Variable::blob("ContentMetadata", m));
        }
        let s = &self.security;
        if let Some(k) = &s.sym_key {
            variables.push(Variable::blob("SymKey", k));
        }
        if let Some(k) = &s.sign_key {
            variables.push(Variable::blob("SignKey", k));
        }
        if let Some(a) = s.hash_alg {
            variables.push(Variable::ulong("HashAlgId", a));
        }
        if let Some(a) = s.hmac_alg {
            variables.push(Variable::ulong("HMACAlgId", a));
        }
        if let Some((client, server)) = s.modes {
            // 2.2.1: client mode in the low 16 bits, server mode above.
            let v = u32::from(client) | u32::from(server) << 16;
            variables.push(Variable::ulong("SecMode", v));
        }
        if let Some(sid) = &self.user_sid {
            variables.push(Variable::blob("UserSid", sid));
        }
        Packet {
            endpoint: MULTICAST_ENDPOINT,
            packet_type: PACKET_REPLY,
            opcode_or_error: 0,
            variables,
        }
    }

    /// The reply's variables, checked as the UDP reply's are (an IPv4
    /// multicast group, TotalBlocks consistent with the sizes, the two
    /// ports equal).
    pub fn from_packet(p: &Packet) -> DecodeResult<InitiateReply> {
        let ulong = |name: &'static str| p.ulong(name)?.ok_or(DecodeError::BadField(name));
        let ulong64 = |name: &'static str| p.ulong64(name)?.ok_or(DecodeError::BadField(name));
        let ipv4 = |name: &'static str| -> DecodeResult<Ipv4Addr> {
            let b = p.blob(name)?.ok_or(DecodeError::BadField(name))?;
            Ok(Ipv4Addr::from(
                <[u8; 4]>::try_from(b).map_err(|_| DecodeError::BadField(name))?,
            ))
        };
        let port = ulong("TpMcAddress.Port")?;
        if ulong("TpUniAddress.Port")? != port {
            return Err(DecodeError::BadField("TpUniAddress.Port"));
        }
        let offer = Offer {
            multicast_addr: ipv4("TpMcAddress.Address")?,
            server_addr: ipv4("TpUniAddress.Address")?,
            port: u16::try_from(port).map_err(|_| DecodeError::BadField("TpMcAddress.Port"))?,
            session_id: ulong("SessionId")?,
            content_size: ulong64("ContentSize")?,
            block_size: ulong("BlockSize")?,
            total_blocks: ulong64("TotalBlocks")?,
        };
        if !offer.multicast_addr.is_multicast() {
            return Err(DecodeError::BadField("TpMcAddress.Address"));
        }
        if offer.block_size == 0
            || offer.total_blocks != offer.content_size.div_ceil(u64::from(offer.block_size))
        {
            return Err(DecodeError::BadField("TotalBlocks"));
        }
        let modes = p.ulong("SecMode")?.map(|v| (v as u16, (v >> 16) as u16));
        Ok(InitiateReply {
            offer,
            security: ReplySecurity {
                modes,
                sym_key: p.blob("SymKey")?.map(<[u8]>::to_vec),
                sign_key: p.blob("SignKey")?.map(<[u8]>::to_vec),
                hash_alg: p.ulong("HashAlgId")?,
                hmac_alg: p.ulong("HMACAlgId")?,
            },
            metadata: p.blob("ContentMetadata")?.map(<[u8]>::to_vec),
            user_sid: p.blob("UserSid")?.map(<[u8]>::to_vec),
        })
    }
}

/// The largest packet either side accepts in one call: far above any
/// INITIATE exchange (a few hundred bytes plus the metadata), and a bound
/// on what a peer can make us allocate.
pub const MAX_PACKET: usize = 1 << 20;

/// NDR alignment of the next field to 4 bytes.
fn pad4(out: &mut Vec<u8>) {
    out.resize(out.len().next_multiple_of(4), 0);
}

/// WdsRpcMessage's \[in\] parameters in NDR: `uRequestPacketSize`, then the
/// top-level conformant array `bRequestPacket` (its max_count, then the
/// bytes). C706 14.3.3.2; the top-level array is a reference pointer, so
/// no referent id.
pub fn encode_call(packet: &[u8]) -> Vec<u8> {
    let n = u32::try_from(packet.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(8 + packet.len() + 3);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(packet);
    pad4(&mut out);
    out
}

/// The request packet out of a WdsRpcMessage call's stub.
pub fn decode_call(stub: &[u8]) -> DecodeResult<&[u8]> {
    let mut r = Le(stub);
    let size = r.u32()?;
    if r.u32()? != size {
        return Err(DecodeError::BadField("uRequestPacketSize"));
    }
    let size = usize::try_from(size).map_err(|_| DecodeError::Truncated)?;
    if size > MAX_PACKET {
        return Err(DecodeError::BadField("uRequestPacketSize"));
    }
    r.bytes(size)
}

/// WdsRpcMessage's \[out\] parameters and return value: `*puReplyPacketSize`,
/// `*pbReplyPacket` (a unique pointer: referent id, max_count, bytes; NULL
/// when there is no reply), then the `unsigned long` result.
pub fn encode_return(reply: Option<&[u8]>, status: u32) -> Vec<u8> {
    let mut out = Vec::new();
    match reply {
        Some(p) => {
            let n = u32::try_from(p.len()).unwrap_or(u32::MAX);
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(&0x0002_0000u32.to_le_bytes());
            out.extend_from_slice(&n.to_le_bytes());
            out.extend_from_slice(p);
            pad4(&mut out);
        }
        None => out.extend_from_slice(&[0; 8]),
    }
    out.extend_from_slice(&status.to_le_bytes());
    out
}

/// The reply packet (if any) and the call's return value.
pub fn decode_return(stub: &[u8]) -> DecodeResult<(Option<Vec<u8>>, u32)> {
    let mut r = Le(stub);
    let size = r.u32()?;
    let referent = r.u32()?;
    let reply = if referent == 0 {
        None
    } else {
        let max_count = r.u32()?;
        if max_count != size || usize::try_from(size).map_or(true, |s| s > MAX_PACKET) {
            return Err(DecodeError::BadField("puReplyPacketSize"));
        }
        let p = r.bytes(size as usize)?.to_vec();
        r.bytes((4 - size as usize % 4) % 4)?;
        Some(p)
    };
    let status = r.u32()?;
    if !r.0.is_empty() {
        return Err(DecodeError::TrailingBytes);
    }
    Ok((reply, status))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example_offer() -> Offer {
        // [MS-WDSMSI] 4.1's reply values.
        Offer {
            multicast_addr: Ipv4Addr::new(0xEF, 0, 0, 0x6F),
            server_addr: Ipv4Addr::new(0xC0, 0xA8, 0, 0xC8),
            port: 0xFA84,
            session_id: 0x6D19EE7E,
            content_size: 0xEF8B56EC,
            block_size: 0x2251,
            total_blocks: 0x6FB00,
        }
    }

    #[test]
    fn request_layout() {
        // [MS-WDSMSI] 4.1's request.
        let req = InitiateRequest {
            namespace: "WDS:default/install.wim/1".into(),
            content: "install.wim".into(),
            client: "TestMachine".into(),
            cap: Some(CAP_CHECKSUM | CAP_IPV6),
        };
        let b = req.to_packet().encode();
        // Endpoint Header: size 0x28, version 0x0100, packet size, GUID.
        assert_eq!(&b[..4], &[0x28, 0, 0, 1]);
        assert_eq!(
            u32::from_le_bytes(b[4..8].try_into().unwrap()) as usize,
            b.len()
        );
        assert_eq!(&b[8..12], &[0x17, 0xa3, 0x13, 0x6f]);
        assert_eq!(&b[24..40], &[0; 16]);
        // Operation Header: size, version, type, pad, opcode, count.
        assert_eq!(
            u32::from_le_bytes(b[40..44].try_into().unwrap()) as usize,
            b.len() - 40
        );
        assert_eq!(&b[44..56], &[0, 1, 1, 0, 6, 0, 0, 0, 4, 0, 0, 0]);
        // The first block: "Namespace" in 66 bytes, type WSTRING, the
        // value's byte length, array size 0, padded to 16.
        assert_eq!(&b[56..60], &[b'N', 0, b'a', 0]);
        assert_eq!(
            &b[56 + 68..56 + 80],
            &[0x20, 0, 0, 0, 52, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!((80 + 52usize).next_multiple_of(16), 144);
        assert_eq!(&b[56 + 144..56 + 146], &[b'C', 0]);
        let back = InitiateRequest::from_packet(&Packet::decode(&b).unwrap()).unwrap();
        assert_eq!(back, req);
    }

    #[test]
    fn reply_round_trip_and_names_are_case_insensitive() {
        let reply = InitiateReply {
            offer: example_offer(),
            security: ReplySecurity {
                modes: Some((SEC_HASH, SEC_HASH)),
                sym_key: Some(vec![8, 2, 0, 0, 3, 0x66, 0, 0, 0x18, 0, 0, 0]),
                sign_key: None,
                hash_alg: Some(0x800C),
                hmac_alg: Some(0x8009),
            },
            metadata: Some(b"meta".to_vec()),
            user_sid: Some(vec![1, 1, 0, 0, 0, 0, 0, 5, 7, 0, 0, 0]),
        };
        let mut p = reply.to_packet();
        let b = p.encode();
        assert_eq!(
            InitiateReply::from_packet(&Packet::decode(&b).unwrap()).unwrap(),
            reply
        );
        // SecMode 0x00010001 as in 4.1.
        assert_eq!(p.ulong("secmode").unwrap(), Some(0x0001_0001));
        p.variables[0].name = "TPMCADDRESS.PORT".into();
        assert!(InitiateReply::from_packet(&p).is_ok());
    }

    #[test]
    fn malformed_packets_are_refused() {
        let good = InitiateRequest {
            namespace: "n".into(),
            content: "c".into(),
            client: "m".into(),
            cap: None,
        }
        .to_packet()
        .encode();
        for cut in [0, 10, 40, 56, 60, good.len() - 1] {
            assert!(Packet::decode(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut lie = good.clone();
        lie[52] = 0xFF; // Variable-Count
        assert!(Packet::decode(&lie).is_err());
        let mut dup = good.clone();
        dup[56 + 96..56 + 96 + 66].copy_from_slice(&good[56..56 + 66]);
        assert!(Packet::decode(&dup).is_err());
        let mut unterminated = good.clone();
        unterminated[56..56 + 66].fill(b'A');
        assert!(Packet::decode(&unterminated).is_err());
        let mut bad_type = good.clone();
        bad_type[56 + 68] = 0x80;
        assert!(Packet::decode(&bad_type).is_err());
        // A required variable missing.
        let mut p = Packet::decode(&good).unwrap();
        p.variables.remove(2);
        assert!(InitiateRequest::from_packet(&p).is_err());
        // A wrong type for a known name.
        let mut p = Packet::decode(&good).unwrap();
        p.variables[0] = Variable::ulong("Namespace", 1);
        assert!(InitiateRequest::from_packet(&p).is_err());
    }

    #[test]
    fn rpc_message_stubs() {
        let stub = encode_call(b"abcde");
        assert_eq!(
            stub,
            [
                5, 0, 0, 0, 5, 0, 0, 0, b'a', b'b', b'c', b'd', b'e', 0, 0, 0
            ]
        );
        assert_eq!(decode_call(&stub).unwrap(), b"abcde");
        assert!(decode_call(&stub[..10]).is_err());
        let ret = encode_return(Some(b"xyz"), 0);
        assert_eq!(decode_return(&ret).unwrap(), (Some(b"xyz".to_vec()), 0));
        let fail = encode_return(None, 5);
        assert_eq!(fail, [0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0]);
        assert_eq!(decode_return(&fail).unwrap(), (None, 5));
        let mut huge = ret.clone();
        huge[0..4].copy_from_slice(&u32::MAX.to_le_bytes());
        huge[8..12].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decode_return(&huge).is_err());
    }
}
