//! [MS-WDSMA] 2.2: the application packets inside POLL, POLLACK, QCR and
//! ODATA/RDATA: Packet-Size u16 (the whole packet), OpCode u8, then fields.

use super::{DecodeError, DecodeResult, Range, Reader, Writer, put_ranges, read_ranges};

pub const PKTYPE_SRV_CIR: u8 = 0x01;
pub const PKTYPE_CNT_CIR: u8 = 0x02;
pub const PKTYPE_SRV_DATA: u8 = 0x03;
pub const PKTYPE_CNT_PROGRESS: u8 = 0x04;

/// 2.2.3: a CNTCIR carries at most the first 64 missing ranges.
pub const MAX_CIR_RANGES: usize = 64;

/// Bytes a DATA packet adds around its block: the 3-byte header and the
/// BlockNumber and DataLen fields.
pub const DATA_OVERHEAD: usize = 3 + 8 + 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppPacket<'a> {
    SrvCir,
    CntCir {
        progress: u8,
        time_in_session: u32,
        ranges: Vec<Range>,
    },
    Data {
        block: u64,
        data: &'a [u8],
    },
    Progress {
        time_in_session: u32,
        progress: u8,
    },
}

impl<'a> AppPacket<'a> {
    pub fn encode(&self, out: &mut Vec<u8>) {
        let start = out.len();
        out.put_u16(0);
        match self {
            AppPacket::SrvCir => out.put_u8(PKTYPE_SRV_CIR),
            AppPacket::CntCir {
                progress,
                time_in_session,
                ranges,
            } => {
                out.put_u8(PKTYPE_CNT_CIR);
                out.put_u8(*progress);
                out.put_u32(*time_in_session);
                put_ranges(out, &ranges[..ranges.len().min(MAX_CIR_RANGES)]);
            }
            AppPacket::Data { block, data } => {
                out.put_u8(PKTYPE_SRV_DATA);
                out.put_u64(*block);
                out.put_blob(data);
            }
            AppPacket::Progress {
                time_in_session,
                progress,
            } => {
                out.put_u8(PKTYPE_CNT_PROGRESS);
                out.put_u32(*time_in_session);
                out.put_u8(*progress);
            }
        }
        let size = u16::try_from(out.len() - start).unwrap_or(u16::MAX);
        out[start..start + 2].copy_from_slice(&size.to_be_bytes());
    }

    pub fn decode(buf: &'a [u8]) -> DecodeResult<AppPacket<'a>> {
        let mut r = Reader::new(buf);
        let size = usize::from(r.u16()?);
        if size != buf.len() {
            return Err(DecodeError::BadField("Packet-Size"));
        }
        let p = match r.u8()? {
            PKTYPE_SRV_CIR => AppPacket::SrvCir,
            PKTYPE_CNT_CIR => {
                let progress = r.u8()?;
                let time_in_session = r.u32()?;
                let count = r.u16()?;
                if usize::from(count) > MAX_CIR_RANGES {
                    return Err(DecodeError::BadField("RangeCount"));
                }
                AppPacket::CntCir {
                    progress,
                    time_in_session,
                    ranges: read_ranges(&mut r, count)?,
                }
            }
            PKTYPE_SRV_DATA => AppPacket::Data {
                block: r.u64()?,
                data: r.blob()?,
            },
            PKTYPE_CNT_PROGRESS => AppPacket::Progress {
                time_in_session: r.u32()?,
                progress: r.u8()?,
            },
            other => return Err(DecodeError::UnknownOpcode(other)),
        };
        if let AppPacket::CntCir { progress, .. } | AppPacket::Progress { progress, .. } = &p
            && *progress > 100
        {
            return Err(DecodeError::BadField("Progress"));
        }
        r.finish()?;
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rt(p: AppPacket<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        p.encode(&mut out);
        assert_eq!(AppPacket::decode(&out), Ok(p));
        out
    }

    #[test]
    fn layouts() {
        assert_eq!(rt(AppPacket::SrvCir), [0, 3, 1]);
        assert_eq!(
            rt(AppPacket::Progress {
                time_in_session: 0x01020304,
                progress: 50
            }),
            [0, 8, 4, 1, 2, 3, 4, 50]
        );
        assert_eq!(
            rt(AppPacket::Data {
                block: 1,
                data: b"abc"
            }),
            [0, 16, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 3, b'a', b'b', b'c']
        );
        let cir = rt(AppPacket::CntCir {
            progress: 40,
            time_in_session: 7,
            ranges: vec![Range::new(1, 10), Range::new(20, 20)],
        });
        assert_eq!(&cir[..10], &[0, 42, 2, 40, 0, 0, 0, 7, 0, 2]);
        assert_eq!(cir.len(), 10 + 32);
    }

    #[test]
    fn only_the_first_64_ranges_are_sent() {
        let ranges: Vec<Range> = (0..100).map(|i| Range::new(i * 3, i * 3 + 1)).collect();
        let mut out = Vec::new();
        AppPacket::CntCir {
            progress: 0,
            time_in_session: 0,
            ranges: ranges.clone(),
        }
        .encode(&mut out);
        match AppPacket::decode(&out) {
            Ok(AppPacket::CntCir { ranges: got, .. }) => assert_eq!(got, ranges[..64]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_packets() {
        assert!(AppPacket::decode(&[0, 4, 1]).is_err(), "size disagrees");
        assert!(AppPacket::decode(&[0, 3, 9]).is_err(), "unknown type");
        assert!(
            AppPacket::decode(&[0, 8, 4, 0, 0, 0, 0, 101]).is_err(),
            "progress > 100"
        );
        assert!(AppPacket::decode(&[0, 16, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 9, 1, 2, 3]).is_err());
    }
}
