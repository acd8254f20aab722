//! [MS-WDSMSI] 2.2.2: session initiation over UDP port 5041.
//!
//! OpCode u8, OptionsCount u16, then {OptionId u16, OptionLength u16,
//! value}. The spec gives the error packet (2.2.2.3) no opcode of its own;
//! we send it as a REPLY carrying only WDSMCSE_OPT_ERROR, and read any
//! REPLY with that option as an error (CONFORMANCE 3.8).

use std::net::Ipv4Addr;

use super::{DecodeError, DecodeResult, Reader, Writer, from_utf16le, utf16le_nul};

pub const UDP_PORT: u16 = 5041;

pub const OP_REQUEST: u8 = 0x01;
pub const OP_REPLY: u8 = 0x02;

pub const OPT_IPV6_CAPABLE: u16 = 0x010D;
pub const OPT_MULTICAST_PORT: u16 = 0x0205;
pub const OPT_SERVER_PORT: u16 = 0x0206;
pub const OPT_BLOCK_SIZE: u16 = 0x0309;
pub const OPT_SESSION_ID: u16 = 0x030A;
pub const OPT_ERROR: u16 = 0x030B;
pub const OPT_CONTENT_SIZE: u16 = 0x0407;
pub const OPT_TOTAL_BLOCKS: u16 = 0x0408;
pub const OPT_MULTICAST_ADDR: u16 = 0x0503;
pub const OPT_SERVER_ADDR: u16 = 0x0504;
pub const OPT_MAC_ADDRESS: u16 = 0x050C;
pub const OPT_NAMESPACE: u16 = 0x0601;
pub const OPT_CONTENT: u16 = 0x0602;

/// 2.2.2.1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub namespace: String,
    pub content: String,
    pub mac: Vec<u8>,
    pub ipv6_capable: bool,
}

/// What a client needs to join: the reply's options (2.2.2.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub multicast_addr: Ipv4Addr,
    pub server_addr: Ipv4Addr,
    /// The multicast and the server port are the same (2.2.1).
    pub port: u16,
    pub session_id: u32,
    pub content_size: u64,
    pub block_size: u32,
    pub total_blocks: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Request(Request),
    Reply(Offer),
    /// A Win32 error code, or an HRESULT such as WDSMCS_E_NAMESPACE_NOT_FOUND.
    Error(u32),
}

fn put_opt(out: &mut Vec<u8>, id: u16, value: &[u8]) {
    out.put_u16(id);
    out.put_blob(value);
}

impl Message {
    pub fn encode(&self) -> Vec<u8> {
        let mut opts = Vec::new();
        let (op, count) = match self {
            Message::Request(r) => {
                put_opt(&mut opts, OPT_NAMESPACE, &utf16le_nul(&r.namespace));
                put_opt(&mut opts, OPT_CONTENT, &utf16le_nul(&r.content));
                put_opt(&mut opts, OPT_MAC_ADDRESS, &r.mac);
                put_opt(&mut opts, OPT_IPV6_CAPABLE, &[u8::from(r.ipv6_capable)]);
                (OP_REQUEST, 4)
            }
            Message::Reply(o) => {
                put_opt(&mut opts, OPT_MULTICAST_ADDR, &o.multicast_addr.octets());
                put_opt(&mut opts, OPT_SERVER_ADDR, &o.server_addr.octets());
                put_opt(&mut opts, OPT_MULTICAST_PORT, &o.port.to_be_bytes());
                put_opt(&mut opts, OPT_SERVER_PORT, &o.port.to_be_bytes());
                put_opt(&mut opts, OPT_CONTENT_SIZE, &o.content_size.to_be_bytes());
                put_opt(&mut opts, OPT_BLOCK_SIZE, &o.block_size.to_be_bytes());
                put_opt(&mut opts, OPT_TOTAL_BLOCKS, &o.total_blocks.to_be_bytes());
                put_opt(&mut opts, OPT_SESSION_ID, &o.session_id.to_be_bytes());
                (OP_REPLY, 8)
            }
            Message::Error(code) => {
                put_opt(&mut opts, OPT_ERROR, &code.to_be_bytes());
                (OP_REPLY, 1)
            }
        };
        let mut out = vec![op];
        out.put_u16(count);
        out.extend_from_slice(&opts);
        out
    }

    pub fn decode(buf: &[u8]) -> DecodeResult<Message> {
        let mut r = Reader::new(buf);
        let op = r.u8()?;
        let count = r.u16()?;
        let mut opts = Vec::new();
        for _ in 0..count {
            let id = r.u16()?;
            opts.push((id, r.blob()?));
        }
        r.finish()?;
        let find = |id: u16| opts.iter().find(|(i, _)| *i == id).map(|(_, v)| *v);
        let need = |id: u16, name: &'static str| find(id).ok_or(DecodeError::BadField(name));
        match op {
            OP_REQUEST => Ok(Message::Request(Request {
                namespace: utf16_option(need(OPT_NAMESPACE, "NAMESPACE")?, "NAMESPACE")?,
                content: utf16_option(need(OPT_CONTENT, "CONTENT")?, "CONTENT")?,
                mac: need(OPT_MAC_ADDRESS, "MAC_ADDRESS")?.to_vec(),
                ipv6_capable: find(OPT_IPV6_CAPABLE) == Some(&[1]),
            })),
            OP_REPLY => {
                if let Some(e) = find(OPT_ERROR) {
                    return Ok(Message::Error(u32::from_be_bytes(fixed(e, "ERROR")?)));
                }
                let port =
                    u16::from_be_bytes(required(&opts, OPT_MULTICAST_PORT, "MULTICAST_PORT")?);
                let server_port =
                    u16::from_be_bytes(required(&opts, OPT_SERVER_PORT, "SERVER_PORT")?);
                if port != server_port {
                    return Err(DecodeError::BadField("SERVER_PORT"));
                }
                let offer = Offer {
                    multicast_addr: Ipv4Addr::from(required::<4>(
                        &opts,
                        OPT_MULTICAST_ADDR,
                        "MULTICAST_ADDR",
                    )?),
                    server_addr: Ipv4Addr::from(required::<4>(
                        &opts,
                        OPT_SERVER_ADDR,
                        "SERVER_ADDR",
                    )?),
                    port,
                    session_id: u32::from_be_bytes(required(&opts, OPT_SESSION_ID, "SESSION_ID")?),
                    content_size: u64::from_be_bytes(required(
                        &opts,
                        OPT_CONTENT_SIZE,
                        "CONTENT_SIZE",
                    )?),
                    block_size: u32::from_be_bytes(required(&opts, OPT_BLOCK_SIZE, "BLOCK_SIZE")?),
                    total_blocks: u64::from_be_bytes(required(
                        &opts,
                        OPT_TOTAL_BLOCKS,
                        "TOTAL_BLOCKS",
                    )?),
                };
                if !offer.multicast_addr.is_multicast() {
                    return Err(DecodeError::BadField("MULTICAST_ADDR"));
                }
                if offer.block_size == 0
                    || offer.total_blocks
                        != offer.content_size.div_ceil(u64::from(offer.block_size))
                {
                    return Err(DecodeError::BadField("TOTAL_BLOCKS"));
                }
                Ok(Message::Reply(offer))
            }
            other => Err(DecodeError::UnknownOpcode(other)),
        }
    }
}

fn fixed<const N: usize>(v: &[u8], name: &'static str) -> DecodeResult<[u8; N]> {
    v.try_into().map_err(|_| DecodeError::BadField(name))
}

/// A fixed-size option the packet must carry (IPv4 addresses: 4 bytes).
fn required<const N: usize>(
    opts: &[(u16, &[u8])],
    id: u16,
    name: &'static str,
) -> DecodeResult<[u8; N]> {
    let v = opts
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, v)| *v)
        .ok_or(DecodeError::BadField(name))?;
    fixed(v, name)
}

/// A UTF-16LE option "MUST" end in a NUL (2.2.2.1).
fn utf16_option(v: &[u8], name: &'static str) -> DecodeResult<String> {
    if v.len() < 2 || !v.len().is_multiple_of(2) || v[v.len() - 2..] != [0, 0] {
        return Err(DecodeError::BadField(name));
    }
    Ok(from_utf16le(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_layout() {
        let m = Message::Request(Request {
            namespace: "ns".into(),
            content: "f".into(),
            mac: vec![1, 2, 3, 4, 5, 6],
            ipv6_capable: false,
        });
        let b = m.encode();
        assert_eq!(&b[..3], &[OP_REQUEST, 0, 4]);
        assert_eq!(&b[3..13], &[0x06, 0x01, 0, 6, b'n', 0, b's', 0, 0, 0]);
        assert_eq!(Message::decode(&b), Ok(m));
    }

    #[test]
    fn reply_and_error_round_trip() {
        // The spec's example values ([MS-WDSMSI] 4.1).
        let offer = Offer {
            multicast_addr: Ipv4Addr::new(239, 0, 0, 111),
            server_addr: Ipv4Addr::new(192, 168, 0, 200),
            port: 0xFA84,
            session_id: 0x6D19EE7E,
            content_size: 0xEF8B56EC,
            block_size: 0x2251,
            total_blocks: 0x6FB00,
        };
        let b = Message::Reply(offer.clone()).encode();
        assert_eq!(&b[..3], &[OP_REPLY, 0, 8]);
        assert_eq!(&b[3..11], &[0x05, 0x03, 0, 4, 239, 0, 0, 111]);
        assert_eq!(Message::decode(&b), Ok(Message::Reply(offer)));
        let e = Message::Error(0xC1210105).encode();
        assert_eq!(
            e,
            [OP_REPLY, 0, 1, 0x03, 0x0B, 0, 4, 0xC1, 0x21, 0x01, 0x05]
        );
        assert_eq!(Message::decode(&e), Ok(Message::Error(0xC1210105)));
    }

    #[test]
    fn inconsistent_replies_are_refused() {
        let mut offer = Offer {
            multicast_addr: Ipv4Addr::new(239, 0, 0, 1),
            server_addr: Ipv4Addr::new(10, 0, 0, 1),
            port: 1,
            session_id: 1,
            content_size: 100,
            block_size: 10,
            total_blocks: 11,
        };
        assert!(Message::decode(&Message::Reply(offer.clone()).encode()).is_err());
        offer.total_blocks = 10;
        offer.multicast_addr = Ipv4Addr::new(10, 0, 0, 9);
        assert!(Message::decode(&Message::Reply(offer).encode()).is_err());
        // A string option without its NUL.
        let mut b = vec![OP_REQUEST, 0, 3];
        for (id, v) in [
            (OPT_NAMESPACE, &b"n\0"[..]),
            (OPT_CONTENT, b"c\0\0\0"),
            (OPT_MAC_ADDRESS, b""),
        ] {
            b.put_u16(id);
            b.put_blob(v);
        }
        assert!(Message::decode(&b).is_err());
    }
}
