//! Codec for glibc's utmp/utmpx file format (x86_64 and aarch64 layout).
//!
//! The file is a flat array of 384-byte records (CONFORMANCE.md §6.3):
//! `ut_type` i16 @0, `ut_pid` i32 @4, `ut_line[32]` @8, `ut_id[4]` @40,
//! `ut_user[32]` @44, `ut_host[256]` @76, `ut_exit` @332, `ut_session` i32
//! @336, `ut_tv` (2 × i32) @340, `ut_addr_v6[4]` @348, 20 reserved bytes.
//! The file is parsed directly rather than through `getutxent`, whose
//! static buffer is not thread-safe. A torn or short trailing record is
//! ignored, never an error.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

pub const RECORD_SIZE: usize = 384;

/// `ut_type` values we act on.
pub const USER_PROCESS: i16 = 7;
pub const DEAD_PROCESS: i16 = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: i16,
    pub pid: i32,
    pub line: String,
    pub id: [u8; 4],
    pub user: String,
    pub host: String,
    pub session: i32,
    /// Seconds and microseconds since the Unix epoch.
    pub tv_sec: i32,
    pub tv_usec: i32,
    pub addr: Option<IpAddr>,
}

fn field(bytes: &[u8]) -> String {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    String::from_utf8_lossy(&bytes[..end]).into_owned()
}

fn i32_at(r: &[u8], at: usize) -> i32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&r[at..at + 4]);
    i32::from_ne_bytes(b)
}

/// glibc stores IPv4 in the first word and IPv6 across all four.
fn address(raw: &[u8]) -> Option<IpAddr> {
    let mut a = [0u8; 16];
    a.copy_from_slice(raw);
    if a == [0; 16] {
        None
    } else if a[4..] == [0; 12] {
        Some(IpAddr::V4(Ipv4Addr::new(a[0], a[1], a[2], a[3])))
    } else {
        Some(IpAddr::V6(Ipv6Addr::from(a)))
    }
}

impl Record {
    /// Decode one record; `None` unless exactly one record's bytes.
    pub fn decode(r: &[u8]) -> Option<Record> {
        if r.len() != RECORD_SIZE {
            return None;
        }
        let mut id = [0u8; 4];
        id.copy_from_slice(&r[40..44]);
        Some(Record {
            kind: i16::from_ne_bytes([r[0], r[1]]),
            pid: i32_at(r, 4),
            line: field(&r[8..40]),
            id,
            user: field(&r[44..76]),
            host: field(&r[76..332]),
            session: i32_at(r, 336),
            tv_sec: i32_at(r, 340),
            tv_usec: i32_at(r, 344),
            addr: address(&r[348..364]),
        })
    }

    /// Encode, for fixtures and the fuzz corpus. Over-long text is cut.
    pub fn encode(&self) -> [u8; RECORD_SIZE] {
        fn put(dst: &mut [u8], s: &str) {
            let n = s.len().min(dst.len());
            dst[..n].copy_from_slice(&s.as_bytes()[..n]);
        }
        let mut r = [0u8; RECORD_SIZE];
        r[0..2].copy_from_slice(&self.kind.to_ne_bytes());
        r[4..8].copy_from_slice(&self.pid.to_ne_bytes());
        put(&mut r[8..40], &self.line);
        r[40..44].copy_from_slice(&self.id);
        put(&mut r[44..76], &self.user);
        put(&mut r[76..332], &self.host);
        r[336..340].copy_from_slice(&self.session.to_ne_bytes());
        r[340..344].copy_from_slice(&self.tv_sec.to_ne_bytes());
        r[344..348].copy_from_slice(&self.tv_usec.to_ne_bytes());
        match self.addr {
            Some(IpAddr::V4(v4)) => r[348..352].copy_from_slice(&v4.octets()),
            Some(IpAddr::V6(v6)) => r[348..364].copy_from_slice(&v6.octets()),
            None => {}
        }
        r
    }
}

/// Decode every whole record in a buffer.
pub fn decode_all(data: &[u8]) -> Vec<Record> {
    data.chunks_exact(RECORD_SIZE)
        .filter_map(Record::decode)
        .collect()
}

/// Read a utmp file. A missing file is an empty list (no one logged in).
pub fn read(path: &Path) -> std::io::Result<Vec<Record>> {
    match std::fs::read(path) {
        Ok(data) => Ok(decode_all(&data)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Record {
        Record {
            kind: USER_PROCESS,
            pid: 1741,
            line: "pts/0".into(),
            id: *b"/0\0\0",
            user: "root".into(),
            host: "10.0.0.7".into(),
            session: 1736,
            tv_sec: 1_790_000_000,
            tv_usec: 502_584,
            addr: Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, 7))),
        }
    }

    #[test]
    fn round_trip_and_offsets() {
        let r = sample();
        let raw = r.encode();
        assert_eq!(&raw[8..13], b"pts/0");
        assert_eq!(&raw[44..48], b"root");
        assert_eq!(raw[348..352], [10, 0, 0, 7]);
        assert_eq!(Record::decode(&raw), Some(r));
    }

    #[test]
    fn ipv6_and_full_width_fields() {
        let mut r = sample();
        r.addr = Some("fd00::1".parse().unwrap());
        r.user = "u".repeat(32); // no terminator in a full field
        r.host = "h".repeat(256);
        let back = Record::decode(&r.encode()).unwrap();
        assert_eq!(back.user.len(), 32);
        assert_eq!(back.host.len(), 256);
        assert_eq!(back.addr, r.addr);
    }

    #[test]
    fn short_and_garbage_input() {
        assert_eq!(Record::decode(&[0u8; 10]), None);
        let mut data = sample().encode().to_vec();
        data.extend_from_slice(&[0xff; 100]); // torn trailing record
        assert_eq!(decode_all(&data).len(), 1);
        let garbage = vec![0xffu8; RECORD_SIZE * 2];
        let recs = decode_all(&garbage);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].kind, -1);
    }

    /// The layout matches what glibc itself writes (`pututxline`).
    #[test]
    fn matches_glibc_struct_utmpx() {
        assert_eq!(size_of::<libc::utmpx>(), RECORD_SIZE);
        // SAFETY: utmpx is plain data; all-zero is valid.
        let mut u: libc::utmpx = unsafe { std::mem::zeroed() };
        u.ut_type = USER_PROCESS;
        u.ut_pid = 42;
        u.ut_line[..3].copy_from_slice(&[b't' as _, b't' as _, b'y' as _]);
        u.ut_user[..1].copy_from_slice(&[b'x' as _]);
        u.ut_session = 7;
        u.ut_tv.tv_sec = 1000;
        u.ut_addr_v6[0] = u32::from_ne_bytes([192, 168, 0, 1]) as i32;
        // SAFETY: `u` is a live utmpx of exactly RECORD_SIZE bytes.
        let raw = unsafe {
            std::slice::from_raw_parts((&u as *const libc::utmpx).cast::<u8>(), RECORD_SIZE)
        };
        let r = Record::decode(raw).unwrap();
        assert_eq!((r.kind, r.pid, r.session, r.tv_sec), (7, 42, 7, 1000));
        assert_eq!((r.line.as_str(), r.user.as_str()), ("tty", "x"));
        assert_eq!(r.addr, Some(IpAddr::V4(Ipv4Addr::new(192, 168, 0, 1))));
    }
}
