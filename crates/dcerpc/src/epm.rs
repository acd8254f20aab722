//! The endpoint mapper's `ept_map` (C706 appendix O, [MS-RPCE] 2.2.1.2):
//! the NDR stubs of opnum 3 for both sides, without PDUs or sockets. A
//! client asks port 135 where an interface listens over `ncacn_ip_tcp`; a
//! server answers with towers naming its TCP port and IPv4 address.
//!
//! ```text
//! void ept_map([in] handle_t h,
//!              [in, ptr] uuid_p_t object,
//!              [in, ptr] twr_p_t map_tower,
//!              [in, out] ept_lookup_handle_t *entry_handle,
//!              [in, range(0,500)] unsigned32 max_towers,
//!              [out] unsigned32 *num_towers,
//!              [out, ptr, size_is(max_towers), length_is(*num_towers)]
//!                  twr_p_t *towers,
//!              [out] error_status_t *status);
//! typedef struct { unsigned32 tower_length;
//!                  [size_is(tower_length)] byte tower_octet_string[]; } twr_t;
//! ```
//!
//! NDR here is little-endian with 4-byte alignment counted from the stub's
//! first byte (C706 14.2.2); the towers inside `tower_octet_string` are
//! their own format (C706 appendix L): little-endian counts and lengths,
//! but the port and address big-endian, as on the network.

use std::fmt;
use std::net::Ipv4Addr;

use crate::uuid::{SyntaxId, Uuid};

/// The endpoint mapper interface, version 3.0 (C706 appendix O).
pub const EPM_INTERFACE: SyntaxId = SyntaxId {
    uuid: Uuid::from_u128(0xe1af8308_5d1f_11c9_91a4_08002b14a0fa),
    major: 3,
    minor: 0,
};

/// `ept_map`'s operation number (C706 appendix O).
pub const OPNUM_EPT_MAP: u16 = 3;

/// The mapper's well-known endpoint over `ncacn_ip_tcp` (IANA "epmap").
pub const EPM_TCP_PORT: u16 = 135;

/// DCE's `ept_s_not_registered` as it travels in `status`: the wire value,
/// not Win32's `EPT_S_NOT_REGISTERED` (1753) that Windows maps it to.
pub const EPT_S_NOT_REGISTERED: u32 = 0x16c9_a0d6;

/// How many towers [`map_request`] asks for, as Impacket's `hept_map`; a
/// WDS server registers one.
pub const REQUEST_MAX_TOWERS: u32 = 4;

/// Tower floor protocol identifiers (C706 appendix I, [MS-RPCE] 2.2.1.2).
const FLOOR_UUID: u8 = 0x0d;
const FLOOR_RPC_CO: u8 = 0x0b;
const FLOOR_TCP_PORT: u8 = 0x07;
const FLOOR_IPV4: u8 = 0x09;

/// Size of an `ndr_context_handle`: attributes and a UUID (C706 chapter
/// 14, context handles).
const CONTEXT_HANDLE_LEN: usize = 20;

/// Referent ids: Windows Server 2003 rejects an `ept_map` whose object and
/// tower pointers are not 1 and 2 (as Impacket's `hept_map` notes), and
/// numbers its own \[out\] pointers on from there.
const OBJECT_REFERENT: u32 = 1;
const TOWER_REFERENT: u32 = 2;
const FIRST_REPLY_REFERENT: u32 = 3;

/// Where an interface listens over `ncacn_ip_tcp`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TcpEndpoint {
    pub port: u16,
    pub ip: Ipv4Addr,
}

/// An `ept_map` request as the server decodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MapRequest {
    /// The object UUID asked for; `None` for a null pointer (a nil UUID
    /// stays `Some(Uuid::NIL)`).
    pub object: Option<Uuid>,
    /// The interface of the tower's first floor.
    pub interface: SyntaxId,
    /// The most towers the client accepts; the reply's array is declared
    /// this size (`size_is(max_towers)`).
    pub max_towers: u32,
}

/// Why a stub was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EpmError {
    /// The stub ended inside a field.
    Truncated,
    /// Bytes were left after the last field.
    TrailingBytes,
    /// A field holds a value NDR or the tower format rules out.
    BadField(&'static str),
    /// The mapper answered with this nonzero status, e.g.
    /// [`EPT_S_NOT_REGISTERED`].
    Status(u32),
}

impl fmt::Display for EpmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EpmError::Truncated => write!(f, "ept_map stub truncated"),
            EpmError::TrailingBytes => write!(f, "trailing bytes after the ept_map stub"),
            EpmError::BadField(name) => write!(f, "bad value in ept_map field {name}"),
            EpmError::Status(status) => write!(f, "endpoint mapper status {status:#010x}"),
        }
    }
}

impl std::error::Error for EpmError {}

/// The client's \[in\] stub: a nil object UUID, a tower for `interface` over
/// `ncacn_ip_tcp` with port 0 and address 0.0.0.0, a null lookup handle
/// and [`REQUEST_MAX_TOWERS`], as Impacket's `hept_map` builds it.
pub fn map_request(interface: SyntaxId) -> Vec<u8> {
    let tower = tower_octets(
        interface,
        TcpEndpoint {
            port: 0,
            ip: Ipv4Addr::UNSPECIFIED,
        },
    );
    let mut out = Vec::with_capacity(64 + tower.len());
    put_u32(&mut out, OBJECT_REFERENT);
    out.extend_from_slice(&Uuid::NIL.to_le_bytes());
    put_u32(&mut out, TOWER_REFERENT);
    put_twr(&mut out, &tower);
    out.extend_from_slice(&[0u8; CONTEXT_HANDLE_LEN]);
    put_u32(&mut out, REQUEST_MAX_TOWERS);
    out
}

/// The server's reading of a client's \[in\] stub.
pub fn parse_map_request(stub: &[u8]) -> Result<MapRequest, EpmError> {
    let mut r = NdrReader::new(stub);
    let object = if r.u32()? == 0 {
        None
    } else {
        Some(Uuid::from_le_bytes(r.array()?))
    };
    if r.u32()? == 0 {
        return Err(EpmError::BadField("map_tower"));
    }
    let tower = r.twr()?;
    r.bytes(CONTEXT_HANDLE_LEN)?;
    let max_towers = r.u32()?;
    r.finish()?;

    let floors = parse_floors(tower)?;
    let first = floors.first().ok_or(EpmError::BadField("floor count"))?;
    let interface = parse_uuid_floor(first)?;
    Ok(MapRequest {
        object,
        interface,
        max_towers,
    })
}

/// The server's \[out\] stub: one tower per endpoint (at most
/// `request.max_towers` of them) naming the interface asked for, a null
/// lookup handle (everything is returned at once), and status 0; or, with
/// no endpoints, no towers and [`EPT_S_NOT_REGISTERED`], as Windows answers
/// for an interface nobody registered.
pub fn map_response(request: &MapRequest, endpoints: &[TcpEndpoint]) -> Vec<u8> {
    let limit = usize::try_from(request.max_towers).unwrap_or(usize::MAX);
    let towers: Vec<Vec<u8>> = endpoints
        .iter()
        .take(limit)
        .map(|&ep| tower_octets(request.interface, ep))
        .collect();
    // `towers.len()` is at most `max_towers`, a u32.
    let count = u32::try_from(towers.len()).unwrap_or(u32::MAX);
    let status = if towers.is_empty() {
        EPT_S_NOT_REGISTERED
    } else {
        0
    };

    let mut out = Vec::new();
    out.extend_from_slice(&[0u8; CONTEXT_HANDLE_LEN]);
    put_u32(&mut out, count);
    // A conformant varying array of full pointers (C706 chapter 14): max
    // count, offset, actual count, the referent ids, then each referent.
    put_u32(&mut out, request.max_towers);
    put_u32(&mut out, 0);
    put_u32(&mut out, count);
    for referent in (FIRST_REPLY_REFERENT..).take(towers.len()) {
        put_u32(&mut out, referent);
    }
    for tower in &towers {
        put_twr(&mut out, tower);
    }
    put_u32(&mut out, status);
    out
}

/// The client's reading of the server's \[out\] stub: the TCP endpoints of
/// the towers that name one (towers for other protocols are skipped), or
/// the mapper's nonzero status.
pub fn parse_map_response(stub: &[u8]) -> Result<Vec<TcpEndpoint>, EpmError> {
    let mut r = NdrReader::new(stub);
    r.bytes(CONTEXT_HANDLE_LEN)?;
    let num_towers = r.u32()?;
    let max_count = r.u32()?;
    let offset = r.u32()?;
    let actual_count = r.u32()?;
    if offset != 0 {
        return Err(EpmError::BadField("towers offset"));
    }
    if actual_count > max_count {
        return Err(EpmError::BadField("towers actual count"));
    }
    if actual_count != num_towers {
        return Err(EpmError::BadField("num_towers"));
    }
    let count = usize::try_from(actual_count).map_err(|_| EpmError::Truncated)?;
    // Four bytes per referent id must be present before anything is
    // allocated from the count.
    if r.remaining() / 4 < count {
        return Err(EpmError::Truncated);
    }
    let mut referents = Vec::with_capacity(count);
    for _ in 0..count {
        referents.push(r.u32()?);
    }

    let mut endpoints = Vec::new();
    // Full pointers may alias (C706 chapter 14, full pointers): a repeated
    // referent id carries no second tower.
    let mut seen: Vec<u32> = Vec::new();
    for referent in referents {
        if referent == 0 || seen.contains(&referent) {
            continue;
        }
        seen.push(referent);
        let floors = parse_floors(r.twr()?)?;
        if let Some(endpoint) = tcp_endpoint(&floors)? {
            endpoints.push(endpoint);
        }
    }
    let status = r.u32()?;
    r.finish()?;
    if status != 0 {
        return Err(EpmError::Status(status));
    }
    Ok(endpoints)
}

/// A tower for `interface` over `ncacn_ip_tcp` at `endpoint` ([MS-RPCE]
/// 2.2.1.2, C706 appendix L): five floors, each a left-hand side (protocol
/// identifier and data) and a right-hand side (related data).
fn tower_octets(interface: SyntaxId, endpoint: TcpEndpoint) -> Vec<u8> {
    let mut t = Vec::with_capacity(75);
    t.extend_from_slice(&5u16.to_le_bytes());
    for syntax in [interface, SyntaxId::NDR] {
        let mut lhs = vec![FLOOR_UUID];
        lhs.extend_from_slice(&syntax.uuid.to_le_bytes());
        lhs.extend_from_slice(&syntax.major.to_le_bytes());
        put_floor(&mut t, &lhs, &syntax.minor.to_le_bytes());
    }
    // Connection-oriented RPC, minor version 0.
    put_floor(&mut t, &[FLOOR_RPC_CO], &0u16.to_le_bytes());
    put_floor(&mut t, &[FLOOR_TCP_PORT], &endpoint.port.to_be_bytes());
    put_floor(&mut t, &[FLOOR_IPV4], &endpoint.ip.octets());
    t
}

fn put_floor(t: &mut Vec<u8>, lhs: &[u8], rhs: &[u8]) {
    // Floors here are at most 19 bytes a side.
    t.extend_from_slice(&u16::try_from(lhs.len()).unwrap_or(u16::MAX).to_le_bytes());
    t.extend_from_slice(lhs);
    t.extend_from_slice(&u16::try_from(rhs.len()).unwrap_or(u16::MAX).to_le_bytes());
    t.extend_from_slice(rhs);
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    // Every u32 here follows a 4-byte-aligned field or an aligned twr_t.
    align_out(out);
    out.extend_from_slice(&v.to_le_bytes());
}

fn align_out(out: &mut Vec<u8>) {
    out.resize(out.len().next_multiple_of(4), 0);
}

/// A `twr_t` referent: a conformant structure, so the array's max count
/// comes first, then `tower_length` (the same number), then the octets
/// (C706 chapter 14, conformant structures).
fn put_twr(out: &mut Vec<u8>, tower: &[u8]) {
    // A tower is 75 bytes.
    let len = u32::try_from(tower.len()).unwrap_or(u32::MAX);
    put_u32(out, len);
    put_u32(out, len);
    out.extend_from_slice(tower);
}

/// One floor: its left-hand and right-hand sides.
struct Floor<'a> {
    lhs: &'a [u8],
    rhs: &'a [u8],
}

fn parse_floors(tower: &[u8]) -> Result<Vec<Floor<'_>>, EpmError> {
    let mut r = TowerReader { buf: tower };
    let count = r.u16()?;
    // Each floor is at least four bytes, so the vector never outgrows the
    // tower itself.
    let mut floors = Vec::new();
    for _ in 0..count {
        let lhs_len = r.u16()?;
        let lhs = r.bytes(usize::from(lhs_len))?;
        let rhs_len = r.u16()?;
        let rhs = r.bytes(usize::from(rhs_len))?;
        floors.push(Floor { lhs, rhs });
    }
    if !r.buf.is_empty() {
        return Err(EpmError::BadField("tower length"));
    }
    Ok(floors)
}

/// An interface or transfer syntax floor: 0x0d, UUID, major version on
/// the left; minor version on the right.
fn parse_uuid_floor(floor: &Floor<'_>) -> Result<SyntaxId, EpmError> {
    let bad = EpmError::BadField("interface floor");
    let [FLOOR_UUID, uuid_and_major @ ..] = floor.lhs else {
        return Err(bad);
    };
    let (Some((uuid, major)), Ok(minor)) = (
        uuid_and_major.split_first_chunk::<16>(),
        <[u8; 2]>::try_from(floor.rhs),
    ) else {
        return Err(bad);
    };
    let major = <[u8; 2]>::try_from(major).map_err(|_| bad)?;
    Ok(SyntaxId {
        uuid: Uuid::from_le_bytes(*uuid),
        major: u16::from_le_bytes(major),
        minor: u16::from_le_bytes(minor),
    })
}

/// The port and address floors of a TCP tower; `None` when the tower
/// names no TCP port (another protocol sequence).
fn tcp_endpoint(floors: &[Floor<'_>]) -> Result<Option<TcpEndpoint>, EpmError> {
    let mut port = None;
    let mut ip = None;
    for floor in floors {
        match floor.lhs {
            [FLOOR_TCP_PORT] => {
                let b =
                    <[u8; 2]>::try_from(floor.rhs).map_err(|_| EpmError::BadField("port floor"))?;
                port = Some(u16::from_be_bytes(b));
            }
            [FLOOR_IPV4] => {
                let b = <[u8; 4]>::try_from(floor.rhs)
                    .map_err(|_| EpmError::BadField("address floor"))?;
                ip = Some(Ipv4Addr::from(b));
            }
            _ => {}
        }
    }
    Ok(port.map(|port| TcpEndpoint {
        port,
        ip: ip.unwrap_or(Ipv4Addr::UNSPECIFIED),
    }))
}

/// Little-endian NDR reading with alignment counted from the stub's start.
struct NdrReader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> NdrReader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        NdrReader { buf, pos: 0 }
    }

    fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], EpmError> {
        let end = self.pos.checked_add(n).ok_or(EpmError::Truncated)?;
        let b = self.buf.get(self.pos..end).ok_or(EpmError::Truncated)?;
        self.pos = end;
        Ok(b)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], EpmError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.bytes(N)?);
        Ok(a)
    }

    /// Padding bytes are skipped unread: peers fill them with anything
    /// (Impacket with 0xab or random bytes).
    fn u32(&mut self) -> Result<u32, EpmError> {
        self.bytes(self.pos.next_multiple_of(4) - self.pos)?;
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// A `twr_t`: the conformance, `tower_length` equal to it, the octets.
    fn twr(&mut self) -> Result<&'a [u8], EpmError> {
        let max_count = self.u32()?;
        let tower_length = self.u32()?;
        if max_count != tower_length {
            return Err(EpmError::BadField("tower_length"));
        }
        let len = usize::try_from(tower_length).map_err(|_| EpmError::Truncated)?;
        self.bytes(len)
    }

    fn finish(&self) -> Result<(), EpmError> {
        if self.pos == self.buf.len() {
            Ok(())
        } else {
            Err(EpmError::TrailingBytes)
        }
    }
}

/// The tower format's own little-endian, unaligned fields.
struct TowerReader<'a> {
    buf: &'a [u8],
}

impl<'a> TowerReader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], EpmError> {
        let (head, rest) = self
            .buf
            .split_at_checked(n)
            .ok_or(EpmError::BadField("tower floors"))?;
        self.buf = rest;
        Ok(head)
    }

    fn u16(&mut self) -> Result<u16, EpmError> {
        let (b, rest) = self
            .buf
            .split_first_chunk::<2>()
            .ok_or(EpmError::BadField("tower floors"))?;
        self.buf = rest;
        Ok(u16::from_le_bytes(*b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WDS: SyntaxId = SyntaxId {
        uuid: Uuid::from_u128(0x1A927394_352E_4553_AE3F_7CF4AAFCA620),
        major: 1,
        minor: 0,
    };

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// Impacket 0.13 produced this: `epm.ept_map()` filled as `hept_map`
    /// fills it for 1A927394-352E-4553-AE3F-7CF4AAFCA620 v1.0 over
    /// `ncacn_ip_tcp`, then `getData()`. Its one alignment byte after the
    /// 75-byte tower (offset 107) is Impacket's filler 0xab.
    const IMPACKET_MAP_REQUEST: &str = "\
        0100000000000000000000000000000000000000020000004b0000004b000000\
        050013000d9473921a2e355345ae3f7cf4aafca62001000200000013000d045d\
        888aeb1cc9119fe808002b10486002000200000001000b020000000100070200\
        0000010009040000000000ab0000000000000000000000000000000000000000\
        04000000";

    /// Impacket 0.13 produced this: `epm.ept_mapResponse()` with
    /// MaximumCount 4 and two towers for the same interface, 10.0.0.1 port
    /// 49664 and 192.168.1.2 port 5040; its referent ids (0xfb64, 0x71c1)
    /// and padding bytes are random.
    const IMPACKET_MAP_RESPONSE: &str = "\
        0000000000000000000000000000000000000000020000000400000000000000\
        0200000064fb0000c17100004b0000004b000000050013000d9473921a2e3553\
        45ae3f7cf4aafca62001000200000013000d045d888aeb1cc9119fe808002b10\
        486002000200000001000b020000000100070200c20001000904000a000001ee\
        4b0000004b000000050013000d9473921a2e355345ae3f7cf4aafca620010002\
        00000013000d045d888aeb1cc9119fe808002b10486002000200000001000b02\
        000000010007020013b00100090400c0a80102bf00000000";

    #[test]
    fn request_matches_impacket() {
        let mut expected = hex(IMPACKET_MAP_REQUEST);
        assert_eq!(expected[107], 0xab);
        expected[107] = 0;
        assert_eq!(map_request(WDS), expected);
    }

    #[test]
    fn server_reads_impacket_request() {
        let req = parse_map_request(&hex(IMPACKET_MAP_REQUEST)).unwrap();
        assert_eq!(
            req,
            MapRequest {
                object: Some(Uuid::NIL),
                interface: WDS,
                max_towers: 4
            }
        );
    }

    #[test]
    fn client_reads_impacket_response() {
        let eps = parse_map_response(&hex(IMPACKET_MAP_RESPONSE)).unwrap();
        assert_eq!(
            eps,
            vec![
                TcpEndpoint {
                    port: 49664,
                    ip: Ipv4Addr::new(10, 0, 0, 1)
                },
                TcpEndpoint {
                    port: 5040,
                    ip: Ipv4Addr::new(192, 168, 1, 2)
                },
            ]
        );
    }

    #[test]
    fn response_matches_impacket_layout() {
        let req = MapRequest {
            object: Some(Uuid::NIL),
            interface: WDS,
            max_towers: 4,
        };
        let eps = [
            TcpEndpoint {
                port: 49664,
                ip: Ipv4Addr::new(10, 0, 0, 1),
            },
            TcpEndpoint {
                port: 5040,
                ip: Ipv4Addr::new(192, 168, 1, 2),
            },
        ];
        // Impacket's vector with our referent ids and zero padding.
        let mut expected = hex(IMPACKET_MAP_RESPONSE);
        expected[36..44].copy_from_slice(&[3, 0, 0, 0, 4, 0, 0, 0]);
        assert_eq!((expected[127], expected[211]), (0xee, 0xbf));
        expected[127] = 0;
        expected[211] = 0;
        assert_eq!(map_response(&req, &eps), expected);
    }

    #[test]
    fn response_round_trip() {
        let req = parse_map_request(&map_request(WDS)).unwrap();
        let eps = [
            TcpEndpoint {
                port: 0xc001,
                ip: Ipv4Addr::new(10, 1, 2, 3),
            },
            TcpEndpoint {
                port: 135,
                ip: Ipv4Addr::UNSPECIFIED,
            },
        ];
        let stub = map_response(&req, &eps);
        assert_eq!(parse_map_response(&stub).unwrap(), eps);
        // Port big-endian inside the tower; the array declared max_towers
        // long with two elements, referent ids 3 and 4.
        assert_eq!(
            &stub[24..40],
            &[4, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0]
        );
        let port_floor = [1, 0, FLOOR_TCP_PORT, 2, 0, 0xc0, 0x01];
        assert!(stub.windows(7).any(|w| w == port_floor));
        // The tower floors name the interface asked for.
        assert_eq!(&stub[52..54], &[5, 0]);
        assert_eq!(&stub[57..73], &WDS.uuid.to_le_bytes());
    }

    #[test]
    fn response_truncated_to_max_towers() {
        let req = MapRequest {
            object: None,
            interface: WDS,
            max_towers: 1,
        };
        let eps = [
            TcpEndpoint {
                port: 1,
                ip: Ipv4Addr::LOCALHOST,
            },
            TcpEndpoint {
                port: 2,
                ip: Ipv4Addr::LOCALHOST,
            },
        ];
        assert_eq!(
            parse_map_response(&map_response(&req, &eps)).unwrap(),
            eps[..1]
        );
    }

    #[test]
    fn not_registered() {
        let req = parse_map_request(&map_request(WDS)).unwrap();
        let stub = map_response(&req, &[]);
        // Handle, num_towers 0, max 4, offset 0, actual 0, status.
        assert_eq!(stub.len(), 20 + 4 * 5);
        assert_eq!(
            parse_map_response(&stub),
            Err(EpmError::Status(EPT_S_NOT_REGISTERED))
        );
    }

    #[test]
    fn null_object_pointer_accepted() {
        let mut stub = map_request(WDS);
        // Drop the object's referent: null pointer, no UUID.
        stub.splice(0..20, [0, 0, 0, 0]);
        let req = parse_map_request(&stub).unwrap();
        assert_eq!(req.object, None);
        assert_eq!(req.interface, WDS);
    }

    #[test]
    fn aliased_tower_pointers_read_once() {
        let req = MapRequest {
            object: None,
            interface: WDS,
            max_towers: 4,
        };
        let ep = TcpEndpoint {
            port: 7,
            ip: Ipv4Addr::LOCALHOST,
        };
        let one = map_response(&req, &[ep]);
        // Rebuild with two elements both pointing at referent 3.
        let mut stub = one[..20].to_vec();
        for v in [2u32, 4, 0, 2, 3, 3] {
            stub.extend_from_slice(&v.to_le_bytes());
        }
        stub.extend_from_slice(&one[40..]);
        assert_eq!(parse_map_response(&stub).unwrap(), vec![ep]);
    }

    #[test]
    fn malformed_requests_refused() {
        let good = map_request(WDS);
        for n in 0..good.len() {
            assert!(parse_map_request(&good[..n]).is_err(), "prefix {n}");
        }
        let mut long = good.clone();
        long.push(0);
        assert_eq!(parse_map_request(&long), Err(EpmError::TrailingBytes));

        let mut null_tower = good.clone();
        null_tower[20..24].fill(0);
        assert_eq!(
            parse_map_request(&null_tower),
            Err(EpmError::BadField("map_tower"))
        );

        let mut bad_conformance = good.clone();
        bad_conformance[24] = 0x4c;
        assert_eq!(
            parse_map_request(&bad_conformance),
            Err(EpmError::BadField("tower_length"))
        );

        let mut huge = good.clone();
        huge[24..32].copy_from_slice(&[0xff; 8]);
        assert_eq!(parse_map_request(&huge), Err(EpmError::Truncated));

        // A floor claiming more bytes than the tower holds.
        let mut bad_floor = good.clone();
        bad_floor[34] = 0xff;
        assert_eq!(
            parse_map_request(&bad_floor),
            Err(EpmError::BadField("tower floors"))
        );

        // First floor not a UUID floor.
        let mut not_uuid = good;
        not_uuid[36] = FLOOR_RPC_CO;
        assert_eq!(
            parse_map_request(&not_uuid),
            Err(EpmError::BadField("interface floor"))
        );
    }

    #[test]
    fn malformed_responses_refused() {
        let good = hex(IMPACKET_MAP_RESPONSE);
        for n in 0..good.len() {
            assert!(parse_map_response(&good[..n]).is_err(), "prefix {n}");
        }
        let mut long = good.clone();
        long.extend_from_slice(&[0; 4]);
        assert_eq!(parse_map_response(&long), Err(EpmError::TrailingBytes));

        // Actual count beyond max count, and disagreeing with num_towers.
        let mut over = good.clone();
        over[24] = 1;
        assert_eq!(
            parse_map_response(&over),
            Err(EpmError::BadField("towers actual count"))
        );
        let mut disagree = good.clone();
        disagree[20] = 3;
        assert_eq!(
            parse_map_response(&disagree),
            Err(EpmError::BadField("num_towers"))
        );

        // A huge count with no referents behind it allocates nothing.
        let mut huge = good[..40].to_vec();
        for at in [20, 24, 32] {
            huge[at..at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        }
        assert_eq!(parse_map_response(&huge), Err(EpmError::Truncated));

        let mut offset = good;
        offset[28] = 1;
        assert_eq!(
            parse_map_response(&offset),
            Err(EpmError::BadField("towers offset"))
        );
    }
}
